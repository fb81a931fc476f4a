#include "ui/audit/audit_words.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace gw {

namespace {

QString q(const QString &name)
{
    return QStringLiteral("“%1”").arg(name);
}

// {"guid", "name"} or a bare guid string.
QString nameOf(const QJsonValue &value, const QHash<QString, QString> &codeNames)
{
    if (value.isObject())
        return value.toObject().value(QStringLiteral("name")).toString();
    const QString guid = value.toString();
    return codeNames.value(guid);
}

// A "from"/"to" place: {"theme"|"dimension": {...}, "position": n} or null.
QString placeName(const QJsonValue &place, const QString &tier)
{
    if (!place.isObject())
        return {};
    return place.toObject().value(tier).toObject().value(QStringLiteral("name")).toString();
}

QString listed(const QStringList &names)
{
    if (names.size() <= 1)
        return names.value(0);
    return QStringList(names.mid(0, names.size() - 1)).join(QStringLiteral(", ")) + QStringLiteral(" and ") +
           names.last();
}

QString segments(qint64 n)
{
    return QStringLiteral("%1 %2").arg(QLocale().toString(n), n == 1 ? QStringLiteral("segment") : QStringLiteral("segments"));
}

QString placing(const QString &what, const QJsonObject &d, const QString &tier, const QString &subject)
{
    const QString from = placeName(d.value(QStringLiteral("from")), tier);
    const QString to = placeName(d.value(QStringLiteral("to")), tier);
    if (to.isEmpty())
        return QStringLiteral("Took %1 %2 out of %3 %4").arg(what, q(subject), tier, q(from));
    if (from.isEmpty())
        return QStringLiteral("Placed %1 %2 under %3 %4").arg(what, q(subject), tier, q(to));
    if (from == to)
        return QStringLiteral("Moved %1 %2 to place %3 in %4 %5")
            .arg(what, q(subject))
            .arg(d.value(QStringLiteral("to")).toObject().value(QStringLiteral("position")).toInt() + 1)
            .arg(tier, q(to));
    return QStringLiteral("Moved %1 %2 from %3 %4 to %5").arg(what, q(subject), tier, q(from), q(to));
}

// What a structural edit did, as a phrase: for the entries of its undo and redo,
// which name no code, theme or dimension (they put rows back).
QString editPhrase(const QString &action)
{
    static const QHash<QString, QString> phrases{
        {QStringLiteral("theme.add"), QStringLiteral("creating a theme")},
        {QStringLiteral("dimension.add"), QStringLiteral("creating a dimension")},
        {QStringLiteral("code.place"), QStringLiteral("placing a code")},
        {QStringLiteral("theme.place"), QStringLiteral("placing a theme")},
        {QStringLiteral("dimension.move"), QStringLiteral("moving a dimension")},
        {QStringLiteral("theme.remove"), QStringLiteral("removing a theme")},
        {QStringLiteral("dimension.remove"), QStringLiteral("removing a dimension")},
        {QStringLiteral("theme.exemplar.add"), QStringLiteral("choosing an exemplar quote")},
        {QStringLiteral("theme.exemplar.remove"), QStringLiteral("dropping an exemplar quote")},
    };
    return phrases.value(action, QString(action).replace(u'.', u' '));
}

} // namespace

QString auditInWords(const AuditEntry &entry, const QHash<QString, QString> &codeNames)
{
    if (entry.action.endsWith(QLatin1String(".undo")) || entry.action.endsWith(QLatin1String(".redo"))) {
        const bool undo = entry.action.endsWith(QLatin1String(".undo"));
        return QStringLiteral("%1 %2").arg(undo ? QStringLiteral("Undid") : QStringLiteral("Redid"),
                                           editPhrase(entry.action.chopped(5)));
    }
    const QJsonObject d = QJsonDocument::fromJson(entry.details.toUtf8()).object();
    const QString &a = entry.action;
    auto name = [&](const char *key) { return nameOf(d.value(QLatin1String(key)), codeNames); };
    const QString from = d.value(QStringLiteral("from")).toString();
    const QString to = d.value(QStringLiteral("to")).toString();

    if (a == QLatin1String("theme.add"))
        return QStringLiteral("Created theme %1").arg(q(name("theme")));
    if (a == QLatin1String("theme.restore"))
        return QStringLiteral("Brought back theme %1").arg(q(name("theme")));
    if (a == QLatin1String("dimension.add"))
        return QStringLiteral("Created dimension %1").arg(q(name("dimension")));
    if (a == QLatin1String("dimension.restore"))
        return QStringLiteral("Brought back dimension %1").arg(q(name("dimension")));
    if (a == QLatin1String("theme.rename") || a == QLatin1String("dimension.rename") ||
        a == QLatin1String("code.rename"))
        return QStringLiteral("Renamed %1 %2 to %3").arg(a.section(u'.', 0, 0), q(from), q(to));
    if (a.endsWith(QLatin1String(".define"))) {
        const QString tier = a.section(u'.', 0, 0);
        return QStringLiteral("%1 the definition of %2 %3")
            .arg(from.isEmpty() ? QStringLiteral("Wrote") : to.isEmpty() ? QStringLiteral("Cleared")
                                                                          : QStringLiteral("Changed"),
                 tier, q(nameOf(d.value(tier), codeNames)));
    }
    if (a == QLatin1String("theme.remove")) {
        const qint64 n = d.value(QStringLiteral("unplacedCodes")).toInteger();
        return QStringLiteral("Removed theme %1%2")
            .arg(q(name("theme")), n > 0 ? QStringLiteral(" (its %1 codes are no longer placed)").arg(n) : QString());
    }
    if (a == QLatin1String("dimension.remove")) {
        const qint64 n = d.value(QStringLiteral("unplacedThemes")).toInteger();
        return QStringLiteral("Removed dimension %1%2")
            .arg(q(name("dimension")),
                 n > 0 ? QStringLiteral(" (its %1 themes are no longer placed)").arg(n) : QString());
    }
    if (a == QLatin1String("code.place") || a == QLatin1String("code.unplace"))
        return placing(QStringLiteral("code"), d, QStringLiteral("theme"), name("code"));
    if (a == QLatin1String("theme.place") || a == QLatin1String("theme.unplace"))
        return placing(QStringLiteral("theme"), d, QStringLiteral("dimension"), name("theme"));
    if (a == QLatin1String("dimension.move"))
        return QStringLiteral("Moved dimension %1 to place %2")
            .arg(q(name("dimension")))
            .arg(d.value(QStringLiteral("to")).toInt() + 1);
    if (a == QLatin1String("code.merge") || a == QLatin1String("code.unmerge")) {
        const bool undo = a == QLatin1String("code.unmerge");
        QStringList names;
        for (const QJsonValue &v : d.value(undo ? QStringLiteral("restored") : QStringLiteral("merged")).toArray())
            names << q(nameOf(v, codeNames));
        const QString who = names.size() > 3 ? QStringLiteral("%1 codes").arg(names.size()) : listed(names);
        const qint64 moved = d.value(QStringLiteral("moved")).toInteger();
        const qint64 collapsed = d.value(QStringLiteral("collapsed")).toInteger();
        QString counts = segments(moved) + (undo ? QStringLiteral(" moved back") : QStringLiteral(" moved"));
        if (collapsed > 0)
            counts += QStringLiteral(", %1 %2").arg(QLocale().toString(collapsed),
                                                    undo ? QStringLiteral("restored") : QStringLiteral("collapsed"));
        return undo ? QStringLiteral("Took %1 back out of %2 (%3)").arg(who, q(name("into")), counts)
                    : QStringLiteral("Merged %1 into %2 (%3)").arg(who, q(name("into")), counts);
    }
    if (a == QLatin1String("coding.resolve") || a == QLatin1String("coding.unresolve")) {
        const QString first = d.value(QStringLiteral("first")).toString();
        const QString second = d.value(QStringLiteral("second")).toString();
        const QString how = d.value(QStringLiteral("resolution")).toString();
        const QString outcome = how == QLatin1String("accept first")    ? QStringLiteral("accepted %1's coding").arg(first)
                                : how == QLatin1String("accept second") ? QStringLiteral("accepted %1's coding").arg(second)
                                : how == QLatin1String("both")          ? QStringLiteral("kept both codings")
                                                                        : QStringLiteral("dropped both codings");
        return QStringLiteral("%1 the disagreement between %2 and %3 on %4 in %5 (%6)")
            .arg(a == QLatin1String("coding.resolve") ? QStringLiteral("Resolved") : QStringLiteral("Reopened"),
                 first, second, q(d.value(QStringLiteral("code")).toString()),
                 d.value(QStringLiteral("source")).toString(), outcome);
    }
    if (a == QLatin1String("code.split"))
        return QStringLiteral("Split %1 of %2 off into the new code %3")
            .arg(segments(d.value(QStringLiteral("segments")).toInteger()), q(name("code")), q(name("into")));
    if (a == QLatin1String("code.unsplit"))
        return QStringLiteral("Put %1 of %2 back into %3")
            .arg(segments(d.value(QStringLiteral("segments")).toInteger()), q(name("removed")), q(name("code")));
    if (a == QLatin1String("code.stage")) {
        const QString code = name("code");
        return QStringLiteral("Changed the stage of %1 from %2 to %3")
            .arg(code.isEmpty() ? QStringLiteral("a code") : q(code), from, to);
    }
    if (a == QLatin1String("code.archive") || a == QLatin1String("code.unarchive")) {
        const QString code = name("code");
        return QStringLiteral("%1 code %2")
            .arg(a == QLatin1String("code.archive") ? QStringLiteral("Archived") : QStringLiteral("Restored"),
                 code.isEmpty() ? QString() : q(code))
            .trimmed();
    }
    if (a == QLatin1String("theme.exemplar.add") || a == QLatin1String("theme.exemplar.remove"))
        return QStringLiteral("%1 an exemplar quote from %2 %3 theme %4")
            .arg(a.endsWith(QLatin1String("add")) ? QStringLiteral("Chose") : QStringLiteral("Dropped"),
                 d.value(QStringLiteral("source")).toString(),
                 a.endsWith(QLatin1String("add")) ? QStringLiteral("for") : QStringLiteral("from"),
                 q(name("theme")));
    if (a.startsWith(QLatin1String("structure.")))
        return QStringLiteral("%1 the data structure%2")
            .arg(a == QLatin1String("structure.import") ? QStringLiteral("Imported") : QStringLiteral("Changed"),
                 d.contains(QStringLiteral("file")) ? QStringLiteral(" from %1").arg(d.value(QStringLiteral("file")).toString())
                                                    : QString());
    // Anything newer than this list: its action and what it names.
    QString words = a;
    words.replace(u'.', u' ');
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    for (const char *key : {"code", "theme", "dimension"})
        if (const QString n = name(key); !n.isEmpty())
            return QStringLiteral("%1: %2").arg(words, q(n));
    return words;
}

const QList<AuditKind> &auditKinds()
{
    static const QList<AuditKind> kinds{
        {QStringLiteral("Merges and splits"),
         {QStringLiteral("code.merge"), QStringLiteral("code.unmerge"), QStringLiteral("code.split"),
          QStringLiteral("code.unsplit")}},
        {QStringLiteral("Placing codes"), {QStringLiteral("code.place"), QStringLiteral("code.unplace")}},
        {QStringLiteral("Themes"), {QStringLiteral("theme.")}},
        {QStringLiteral("Dimensions"), {QStringLiteral("dimension.")}},
        {QStringLiteral("Renames"),
         {QStringLiteral("code.rename"), QStringLiteral("theme.rename"), QStringLiteral("dimension.rename")}},
        {QStringLiteral("Definitions"),
         {QStringLiteral("code.define"), QStringLiteral("theme.define"), QStringLiteral("dimension.define")}},
        {QStringLiteral("Stages and archiving"),
         {QStringLiteral("code.stage"), QStringLiteral("code.archive"), QStringLiteral("code.unarchive")}},
        {QStringLiteral("Structure imports"), {QStringLiteral("structure.")}},
    };
    return kinds;
}

} // namespace gw
