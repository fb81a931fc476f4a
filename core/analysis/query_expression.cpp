#include "core/model/display_names.h"
#include "core/analysis/query_expression.h"

#include "core/analysis/coding_data.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace gw {

QString toString(ItemTier tier)
{
    switch (tier) {
    case ItemTier::Code:
        return QStringLiteral("code");
    case ItemTier::Theme:
        return QStringLiteral("theme");
    case ItemTier::Dimension:
        return QStringLiteral("dimension");
    }
    return {};
}

namespace {

constexpr int kMaxDepth = 200;
// Every operator adds a level to the tree the query is evaluated on, so the
// number of names is bounded as the nesting is.
constexpr int kMaxNames = 1000;

enum class Tok { Name, LParen, RParen, And, Or, Not, Near, End };

struct Token
{
    Tok kind = Tok::End;
    qsizetype position = 0; // 0-based
    QString text;           // a name
    std::optional<ItemTier> tier;
    int within = 0;
};

bool isKeyword(QStringView word)
{
    return word == u"AND" || word == u"OR" || word == u"NOT" || word.startsWith(u"NEAR/") || word == u"NEAR";
}

class Parser
{
public:
    Parser(const QString &text, const CodingData &data) : m_text(text), m_data(data) {}

    Result<std::unique_ptr<QueryNode>> parse()
    {
        if (m_text.trimmed().isEmpty())
            return fail(ErrorKind::InvalidInput,
                        QCoreApplication::translate("gw::query_expression", "The query is empty: type a code, theme or dimension name."));
        if (auto t = next(); !t)
            return std::unexpected(t.error());
        auto node = expression(0);
        if (!node)
            return node;
        if (m_token.kind != Tok::End)
            return error(m_token.kind == Tok::RParen ? QCoreApplication::translate("gw::query_expression", "a ) without its (")
                                                     : QCoreApplication::translate("gw::query_expression", "an operator (AND, OR, NOT, NEAR/n) or the end"));
        return node;
    }

private:
    std::unexpected<Error> error(const QString &expected, qsizetype at = -1) const
    {
        const qsizetype position = (at < 0 ? m_token.position : at) + 1;
        const QString found = m_token.kind == Tok::End ? QCoreApplication::translate("gw::query_expression", "the end of the query")
                                                       : QStringLiteral("\"%1\"").arg(m_text.mid(m_token.position, 12).trimmed());
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::query_expression", "Query, position %1: expected %2, found %3.").arg(position).arg(expected, found));
    }

    Status next()
    {
        qsizetype i = m_pos;
        while (i < m_text.size() && m_text[i].isSpace())
            ++i;
        m_token = Token{Tok::End, i, {}, {}, 0};
        m_pos = i;
        if (i >= m_text.size())
            return {};
        const QChar c = m_text[i];
        if (c == u'(' || c == u')') {
            m_token.kind = c == u'(' ? Tok::LParen : Tok::RParen;
            m_pos = i + 1;
            return {};
        }
        const QStringView word = wordAt(i);
        if (word == u"AND" || word == u"OR" || word == u"NOT") {
            m_token.kind = word == u"AND" ? Tok::And : word == u"OR" ? Tok::Or : Tok::Not;
            m_pos = i + word.size();
            return {};
        }
        if (word == u"NEAR" || word.startsWith(u"NEAR/")) {
            bool ok = false;
            const int n = word.mid(5).toInt(&ok);
            if (!ok || n < 0 || word.size() <= 5)
                return fail(ErrorKind::InvalidInput,
                            QCoreApplication::translate("gw::query_expression", "Query, position %1: NEAR needs a distance in sentences, as in "
                                           "NEAR/2 (found \"%2\").").arg(i + 1).arg(word.toString()));
            m_token.kind = Tok::Near;
            m_token.within = n;
            m_pos = i + word.size();
            return {};
        }
        return name(i);
    }

    // The run of characters at I up to white space, a parenthesis or a quote.
    QStringView wordAt(qsizetype i) const
    {
        qsizetype j = i;
        while (j < m_text.size() && !m_text[j].isSpace() && m_text[j] != u'(' && m_text[j] != u')' &&
               m_text[j] != u'"')
            ++j;
        return QStringView(m_text).mid(i, j - i);
    }

    Status name(qsizetype i)
    {
        m_token.kind = Tok::Name;
        static const std::pair<const char16_t *, ItemTier> prefixes[] = {
            {u"code:", ItemTier::Code}, {u"theme:", ItemTier::Theme}, {u"dimension:", ItemTier::Dimension}};
        for (const auto &[prefix, tier] : prefixes) {
            const QStringView p(prefix);
            if (QStringView(m_text).mid(i).startsWith(p, Qt::CaseInsensitive)) {
                m_token.tier = tier;
                i += p.size();
                while (i < m_text.size() && m_text[i].isSpace())
                    ++i;
                break;
            }
        }
        if (i < m_text.size() && m_text[i] == u'"') {
            QString out;
            qsizetype j = i + 1;
            for (;; ++j) {
                if (j >= m_text.size())
                    return fail(ErrorKind::InvalidInput,
                                QCoreApplication::translate("gw::query_expression", "Query, position %1: this quoted name has no closing \".").arg(i + 1));
                if (m_text[j] == u'"') {
                    if (j + 1 < m_text.size() && m_text[j + 1] == u'"') {
                        out += u'"';
                        ++j;
                        continue;
                    }
                    break;
                }
                out += m_text[j];
            }
            m_token.text = out;
            m_pos = j + 1;
            return {};
        }
        qsizetype end = i;
        qsizetype j = i;
        for (;;) {
            while (j < m_text.size() && m_text[j].isSpace())
                ++j;
            if (j >= m_text.size() || m_text[j] == u'(' || m_text[j] == u')' || m_text[j] == u'"')
                break;
            const QStringView word = wordAt(j);
            if (isKeyword(word))
                break;
            j += word.size();
            end = j;
        }
        if (end == i)
            return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::query_expression", "Query, position %1: expected a name after the prefix.").arg(i + 1));
        m_token.text = m_text.mid(i, end - i).simplified();
        m_pos = end;
        return {};
    }

    Result<std::unique_ptr<QueryNode>> expression(int depth)
    {
        auto left = term(depth);
        if (!left)
            return left;
        while (m_token.kind == Tok::Or) {
            if (auto t = next(); !t)
                return std::unexpected(t.error());
            auto right = term(depth);
            if (!right)
                return right;
            left = join(QueryOp::Or, std::move(*left), std::move(*right));
        }
        return left;
    }

    Result<std::unique_ptr<QueryNode>> term(int depth)
    {
        auto left = factor(depth);
        if (!left)
            return left;
        while (m_token.kind == Tok::And || m_token.kind == Tok::Not || m_token.kind == Tok::Near) {
            QueryOp op = m_token.kind == Tok::And ? QueryOp::And
                         : m_token.kind == Tok::Not ? QueryOp::Not
                                                    : QueryOp::Near;
            const int within = m_token.within;
            const QString word = m_token.kind == Tok::And ? QStringLiteral("AND")
                                 : m_token.kind == Tok::Not ? QStringLiteral("NOT")
                                                            : QStringLiteral("NEAR/%1").arg(within);
            if (auto t = next(); !t)
                return std::unexpected(t.error());
            if (op == QueryOp::And && m_token.kind == Tok::Not) {
                op = QueryOp::Not;
                if (auto t = next(); !t)
                    return std::unexpected(t.error());
            }
            if (m_token.kind != Tok::Name && m_token.kind != Tok::LParen)
                return error(QCoreApplication::translate("gw::query_expression", "a code, theme or dimension name or ( after %1").arg(word));
            auto right = factor(depth);
            if (!right)
                return right;
            left = join(op, std::move(*left), std::move(*right));
            (*left)->within = within;
        }
        return left;
    }

    Result<std::unique_ptr<QueryNode>> factor(int depth)
    {
        if (m_token.kind == Tok::LParen) {
            if (depth >= kMaxDepth)
                return fail(ErrorKind::InvalidInput,
                            QCoreApplication::translate("gw::query_expression", "Query, position %1: parentheses nested more than %2 deep.")
                                .arg(m_token.position + 1)
                                .arg(kMaxDepth));
            const qsizetype open = m_token.position;
            if (auto t = next(); !t)
                return std::unexpected(t.error());
            auto inner = expression(depth + 1);
            if (!inner)
                return inner;
            if (m_token.kind != Tok::RParen)
                return error(QCoreApplication::translate("gw::query_expression", "a ) to close the ( at position %1").arg(open + 1));
            if (auto t = next(); !t)
                return std::unexpected(t.error());
            return inner;
        }
        if (m_token.kind != Tok::Name)
            return error(QCoreApplication::translate("gw::query_expression", "a code, theme or dimension name or ("));
        if (++m_names > kMaxNames)
            return fail(ErrorKind::InvalidInput,
                        QCoreApplication::translate("gw::query_expression", "Query, position %1: more than %2 names in one query; save parts of it "
                                       "as queries, or use a theme or dimension for many codes.")
                            .arg(m_token.position + 1)
                            .arg(kMaxNames));
        auto node = resolve(m_token);
        if (!node)
            return node;
        if (auto t = next(); !t)
            return std::unexpected(t.error());
        return node;
    }

    Result<std::unique_ptr<QueryNode>> resolve(const Token &t) const
    {
        const auto match = [&](const QString &stored) {
            return stored.simplified().compare(t.text, Qt::CaseInsensitive) == 0;
        };
        auto node = std::make_unique<QueryNode>();
        if (!t.tier || *t.tier == ItemTier::Code)
            for (const CodeRow &c : m_data.codes)
                if (!c.archived && match(c.name)) {
                    node->tier = ItemTier::Code, node->id = c.id, node->name = c.name;
                    return node;
                }
        if (!t.tier || *t.tier == ItemTier::Theme)
            for (const TierRow &r : m_data.themes)
                if (match(r.name)) {
                    node->tier = ItemTier::Theme, node->id = r.id, node->name = r.name;
                    return node;
                }
        if (!t.tier || *t.tier == ItemTier::Dimension)
            for (const TierRow &r : m_data.dimensions)
                if (match(r.name)) {
                    node->tier = ItemTier::Dimension, node->id = r.id, node->name = r.name;
                    return node;
                }
        const QString what = t.tier ? displayName(*t.tier) : QCoreApplication::translate("gw::query_expression", "code, theme or dimension");
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::query_expression", "Query, position %1: no %2 is called \"%3\".%4")
                                             .arg(t.position + 1)
                                             .arg(what, t.text, closestHint(t.text, queryNames(m_data))));
    }

    static std::unique_ptr<QueryNode> join(QueryOp op, std::unique_ptr<QueryNode> left,
                                           std::unique_ptr<QueryNode> right)
    {
        auto node = std::make_unique<QueryNode>();
        node->op = op;
        node->left = std::move(left);
        node->right = std::move(right);
        return node;
    }

    const QString &m_text;
    const CodingData &m_data;
    qsizetype m_pos = 0;
    int m_names = 0;
    Token m_token;
};

int precedence(QueryOp op)
{
    return op == QueryOp::Or ? 1 : op == QueryOp::Item ? 3 : 2;
}

QString nameText(const QueryNode &n)
{
    static const QRegularExpression plain(QStringLiteral("^[^\\s()\"]+( [^\\s()\"]+)*$"));
    bool quote = !plain.match(n.name).hasMatch();
    for (const QString &word : n.name.split(u' '))
        quote = quote || isKeyword(word);
    QString text = n.name;
    if (quote)
        text = QStringLiteral("\"%1\"").arg(text.replace(u'"', QStringLiteral("\"\"")));
    return n.tier == ItemTier::Code ? text : toString(n.tier) + u':' + text;
}

} // namespace

Result<std::unique_ptr<QueryNode>> parseQueryExpression(const QString &text, const CodingData &data)
{
    return Parser(text, data).parse();
}

QString queryText(const QueryNode &node)
{
    if (node.op == QueryOp::Item)
        return nameText(node);
    const QString op = node.op == QueryOp::Or    ? QStringLiteral("OR")
                       : node.op == QueryOp::And ? QStringLiteral("AND")
                       : node.op == QueryOp::Not ? QStringLiteral("NOT")
                                                 : QStringLiteral("NEAR/%1").arg(node.within);
    const auto side = [&](const QueryNode &child, bool right) {
        const bool wrap = precedence(child.op) < precedence(node.op) ||
                          (right && precedence(child.op) == precedence(node.op) && child.op != QueryOp::Item &&
                           !(node.op == QueryOp::Or && child.op == QueryOp::Or));
        const QString t = queryText(child);
        return wrap ? QStringLiteral("(%1)").arg(t) : t;
    };
    return side(*node.left, false) + u' ' + op + u' ' + side(*node.right, true);
}

QStringList queryNames(const CodingData &data)
{
    QStringList names;
    for (const CodeRow &c : data.codes)
        if (!c.archived)
            names.append(c.name);
    for (const TierRow &t : data.themes)
        names.append(t.name);
    for (const TierRow &d : data.dimensions)
        names.append(d.name);
    names.removeDuplicates();
    return names;
}

QString querySyntaxHelp()
{
    return QCoreApplication::translate("gw::query_expression",
        "Names: a code, theme or dimension (a theme or dimension stands for every code under it); "
        "quote a name with \"...\", or prefix it with code:, theme: or dimension:.\n"
        "A OR B: passages of either.  A AND B: passages coded with both (overlapping, or in one "
        "sentence or paragraph: the unit).  A NOT B: passages of A without B.  A NEAR/n B: A and B "
        "within n sentences.  ( ) group; OR binds loosest.");
}

} // namespace gw
