#include "prose.h"

#include "word_bank.h"

#include <QLocale>

namespace gw::bench {

namespace {

QString capitalised(QString s)
{
    if (s.startsWith(QLatin1Char('['))) // a placeholder keeps its spelling
        return s;
    for (qsizetype i = 0; i < s.size(); ++i)
        if (s[i].isLetter()) {
            s[i] = s[i].toUpper();
            break;
        }
    return s;
}

} // namespace

int countWords(const QString &text)
{
    int n = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool space = c.isSpace();
        if (!space && !inWord)
            ++n;
        inWord = !space;
    }
    return n;
}

QString clock(int seconds, bool withMillis)
{
    const QString hms = QStringLiteral("%1:%2:%3")
                            .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
                            .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return withMillis ? hms + QStringLiteral(".000") : hms;
}

QString Prose::clause()
{
    const WordBank &b = wordBank();
    // One draw per statement: the operands of + are evaluated in an unspecified
    // order, which would make the text depend on the compiler.
    QString s = m_rng.pick(b.subjects);
    s += QLatin1Char(' ') + m_rng.pick(b.verbs);
    s += QLatin1Char(' ') + m_rng.pick(b.objects);
    if (m_rng.percent(55))
        s += QLatin1Char(' ') + m_rng.pick(b.tails);
    return s;
}

QString Prose::sentence(bool spoken)
{
    const WordBank &b = wordBank();
    QString s;
    if (m_rng.percent(30))
        s = m_rng.pick(b.openers) + QLatin1Char(' ');
    if (spoken && m_rng.percent(35))
        s += m_rng.pick(b.fillers) + QLatin1Char(' ');
    s += clause();
    switch (m_rng.below(10)) {
    case 0: s += QStringLiteral(" — and that mattered — because ") + clause(); break;
    case 1: s += QStringLiteral(", which people called “%1”").arg(m_rng.pick(b.quotes)); break;
    case 2:
        s += QStringLiteral(", and %1 ").arg(spoken ? m_rng.pick(b.fillers) : QString());
        s += clause();
        break;
    case 3: s += QStringLiteral(", as %1 pointed out").arg(m_rng.pick(b.names)); break;
    case 4: s += QStringLiteral(", although ") + clause(); break;
    case 5: s += detail(); break;
    default: break;
    }
    s = capitalised(s.simplified()) + (spoken && m_rng.percent(8) ? QStringLiteral("?") : QStringLiteral("."));
    if (m_rng.percent(2))
        s += QLatin1Char(' ') + m_rng.pick(b.rare);
    if (spoken && m_rng.percent(5))
        s += QStringLiteral(" (laughs)");
    if (spoken && m_rng.percent(3))
        s += QStringLiteral(" [inaudible]");
    return s;
}

QString Prose::paragraph(int minWords, bool spoken)
{
    QString p;
    int words = 0;
    while (words < minWords) {
        const QString s = sentence(spoken);
        words += countWords(s);
        p += (p.isEmpty() ? QString() : QStringLiteral(" ")) + s;
    }
    return p;
}

QList<SpeakerTurn> Prose::interview(const QString &participant, int targetWords)
{
    const WordBank &b = wordBank();
    QList<SpeakerTurn> turns;
    int words = 0;
    int seconds = m_rng.between(2, 20);
    while (words < targetWords) {
        static const QStringList acknowledgements = {QStringLiteral("Right."), QStringLiteral("Mm-hm."),
                                                     QStringLiteral("That's interesting."), QStringLiteral("Okay.")};
        QString q = m_rng.percent(35) ? m_rng.pick(acknowledgements) + QLatin1Char(' ') : QString();
        q += m_rng.pick(b.questions);
        turns.append({QStringLiteral("Interviewer"), seconds, q});
        seconds += countWords(q) * 10 / 26 + m_rng.between(1, 4);
        const QString a = paragraph(m_rng.between(60, 260), true);
        turns.append({participant, seconds, a});
        const int n = countWords(q) + countWords(a);
        words += n;
        seconds += countWords(a) * 10 / 26 + m_rng.between(1, 6);
    }
    return turns;
}

Block Prose::table()
{
    const WordBank &b = wordBank();
    Block t{Block::Kind::Table, {}, {}};
    t.rows.append({QStringLiteral("Area"), QStringLiteral("Owner"), QStringLiteral("Status"), QStringLiteral("Notes")});
    const QStringList status = {QStringLiteral("Green"), QStringLiteral("Amber"), QStringLiteral("Red")};
    for (int r = 0, n = m_rng.between(3, 7); r < n; ++r)
        t.rows.append({capitalised(QString(m_rng.pick(b.objects)).remove(QStringLiteral("the "))), m_rng.pick(b.names),
                       m_rng.pick(status), capitalised(m_rng.pick(b.tails))});
    return t;
}

// Figures give the text the long tail of distinct tokens that real text has.
QString Prose::detail()
{
    switch (m_rng.below(4)) {
    case 0: return QStringLiteral(" on ward %1").arg(m_rng.between(1, 60));
    case 1: return QStringLiteral(", about %1% of the %2 staff").arg(m_rng.between(2, 98)).arg(m_rng.between(40, 9000));
    case 2: return QStringLiteral(" at a cost of £%1.%2m").arg(m_rng.between(1, 40)).arg(m_rng.between(0, 9));
    default: return QStringLiteral(" by %1 %2").arg(QLocale::c().monthName(m_rng.between(1, 12))).arg(m_rng.between(2015, 2024));
    }
}

StructuredText Prose::document(const QString &title, int targetWords)
{
    const WordBank &b = wordBank();
    StructuredText doc{title, {}};
    int words = countWords(title);
    bool tableDone = false;
    QStringList headings = b.headings;
    m_rng.shuffle(headings);
    for (int section = 0; words < targetWords; ++section) {
        const QString h = headings[section % headings.size()];
        doc.blocks.append({Block::Kind::Heading, QStringLiteral("%1. %2").arg(section + 1).arg(h), {}});
        words += countWords(doc.blocks.last().text);
        for (int p = 0, n = m_rng.between(2, 5); p < n && words < targetWords; ++p) {
            doc.blocks.append({Block::Kind::Paragraph, paragraph(m_rng.between(50, 160), false), {}});
            words += countWords(doc.blocks.last().text);
        }
        if (m_rng.percent(40))
            for (int i = 0, n = m_rng.between(3, 6); i < n; ++i) {
                doc.blocks.append({Block::Kind::ListItem, capitalised(clause()) + QLatin1Char('.'), {}});
                words += countWords(doc.blocks.last().text);
            }
        if (!tableDone && section >= 1) {
            doc.blocks.append(table());
            for (const QStringList &row : doc.blocks.last().rows)
                words += countWords(row.join(QLatin1Char(' ')));
            tableDone = true;
        }
    }
    return doc;
}

StructuredText Prose::fieldNote(const QString &title, const QString &meeting, int targetWords)
{
    StructuredText doc{title, {}};
    QStringList present = wordBank().names;
    m_rng.shuffle(present);
    present = present.first(m_rng.between(3, 7));
    const QChar site(char16_t(u'A' + m_rng.below(12)));
    doc.blocks.append({Block::Kind::Paragraph,
                       QStringLiteral("Setting: %1, [site_%2]. Present: %3.")
                           .arg(meeting, site, present.join(QStringLiteral(", "))),
                       {}});
    int words = countWords(title) + countWords(doc.blocks.last().text);
    const QStringList parts = {QStringLiteral("What was discussed"), QStringLiteral("How people interacted"),
                               QStringLiteral("What came of it"), QStringLiteral("Reflections")};
    for (int part = 0; words < targetWords; ++part) {
        doc.blocks.append({Block::Kind::Heading, parts[part % parts.size()], {}});
        for (int p = 0, n = m_rng.between(2, 4); p < n && words < targetWords; ++p) {
            doc.blocks.append({Block::Kind::Paragraph, paragraph(m_rng.between(60, 180), m_rng.percent(20)), {}});
            words += countWords(doc.blocks.last().text);
        }
    }
    return doc;
}

QString plainText(const StructuredText &doc)
{
    QStringList out{doc.title};
    for (const Block &block : doc.blocks) {
        if (block.kind == Block::Kind::Table) {
            QStringList rows;
            for (const QStringList &row : block.rows)
                rows << row.join(QLatin1Char('\t'));
            out << rows.join(QLatin1Char('\n'));
        } else {
            out << (block.kind == Block::Kind::ListItem ? QStringLiteral("- ") + block.text : block.text);
        }
    }
    return out.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

} // namespace gw::bench
