#include "ui/audit/audit_words.h"

#include <QCoreApplication>
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
    return QCoreApplication::translate("gw::AuditView", "%1 and %2")
        .arg(QStringList(names.mid(0, names.size() - 1)).join(QStringLiteral(", ")), names.last());
}

QString segments(qint64 n)
{
    return n == 1 ? QCoreApplication::translate("gw::AuditView", "%Ln segment", nullptr, int(n))
                  : QCoreApplication::translate("gw::AuditView", "%Ln segments", nullptr, int(n));
}

// Placing a code under a theme (CODE true) or a theme under a dimension.
QString placing(bool code, const QJsonObject &d, const QString &subject)
{
    const QString tier = code ? QStringLiteral("theme") : QStringLiteral("dimension"); // the key of the place
    const QString from = placeName(d.value(QStringLiteral("from")), tier);
    const QString to = placeName(d.value(QStringLiteral("to")), tier);
    if (to.isEmpty())
        return (code ? QCoreApplication::translate("gw::AuditView", "Took code %1 out of theme %2")
                     : QCoreApplication::translate("gw::AuditView", "Took theme %1 out of dimension %2"))
            .arg(q(subject), q(from));
    if (from.isEmpty())
        return (code ? QCoreApplication::translate("gw::AuditView", "Placed code %1 under theme %2")
                     : QCoreApplication::translate("gw::AuditView", "Placed theme %1 under dimension %2"))
            .arg(q(subject), q(to));
    if (from == to) {
        const int position = d.value(QStringLiteral("to")).toObject().value(QStringLiteral("position")).toInt() + 1;
        return (code ? QCoreApplication::translate("gw::AuditView", "Moved code %1 to place %2 in theme %3")
                     : QCoreApplication::translate("gw::AuditView", "Moved theme %1 to place %2 in dimension %3"))
            .arg(q(subject), QString::number(position), q(to));
    }
    return (code ? QCoreApplication::translate("gw::AuditView", "Moved code %1 from theme %2 to %3")
                 : QCoreApplication::translate("gw::AuditView", "Moved theme %1 from dimension %2 to %3"))
        .arg(q(subject), q(from), q(to));
}

// What a structural edit did, as a phrase: for the entries of its undo and redo,
// which name no code, theme or dimension (they put rows back).
QString editPhrase(const QString &action)
{
    static const QHash<QString, const char *> phrases{
        {QStringLiteral("theme.add"), QT_TRANSLATE_NOOP("gw::AuditView", "creating a theme")},
        {QStringLiteral("dimension.add"), QT_TRANSLATE_NOOP("gw::AuditView", "creating a dimension")},
        {QStringLiteral("code.place"), QT_TRANSLATE_NOOP("gw::AuditView", "placing a code")},
        {QStringLiteral("theme.place"), QT_TRANSLATE_NOOP("gw::AuditView", "placing a theme")},
        {QStringLiteral("dimension.move"), QT_TRANSLATE_NOOP("gw::AuditView", "moving a dimension")},
        {QStringLiteral("theme.remove"), QT_TRANSLATE_NOOP("gw::AuditView", "removing a theme")},
        {QStringLiteral("dimension.remove"), QT_TRANSLATE_NOOP("gw::AuditView", "removing a dimension")},
        {QStringLiteral("theme.exemplar.add"), QT_TRANSLATE_NOOP("gw::AuditView", "choosing an exemplar quote")},
        {QStringLiteral("theme.exemplar.remove"), QT_TRANSLATE_NOOP("gw::AuditView", "dropping an exemplar quote")},
    };
    if (const char *phrase = phrases.value(action))
        return QCoreApplication::translate("gw::AuditView", phrase);
    return QString(action).replace(u'.', u' ');
}

// "Wrote the definition of theme “X”": HOW is 0 (wrote), 1 (cleared) or 2 (changed).
QString defining(const QString &tier, int how, const QString &name)
{
    static const char *const code[] = {
        QT_TRANSLATE_NOOP("gw::AuditView", "Wrote the definition of code %1"),
        QT_TRANSLATE_NOOP("gw::AuditView", "Cleared the definition of code %1"),
        QT_TRANSLATE_NOOP("gw::AuditView", "Changed the definition of code %1"),
    };
    static const char *const theme[] = {
        QT_TRANSLATE_NOOP("gw::AuditView", "Wrote the definition of theme %1"),
        QT_TRANSLATE_NOOP("gw::AuditView", "Cleared the definition of theme %1"),
        QT_TRANSLATE_NOOP("gw::AuditView", "Changed the definition of theme %1"),
    };
    static const char *const dimension[] = {
        QT_TRANSLATE_NOOP("gw::AuditView", "Wrote the definition of dimension %1"),
        QT_TRANSLATE_NOOP("gw::AuditView", "Cleared the definition of dimension %1"),
        QT_TRANSLATE_NOOP("gw::AuditView", "Changed the definition of dimension %1"),
    };
    if (tier == QLatin1String("code"))
        return QCoreApplication::translate("gw::AuditView", code[how]).arg(name);
    if (tier == QLatin1String("theme"))
        return QCoreApplication::translate("gw::AuditView", theme[how]).arg(name);
    if (tier == QLatin1String("dimension"))
        return QCoreApplication::translate("gw::AuditView", dimension[how]).arg(name);
    // Another kind of thing (its key as the log has it).
    static const char *const other[] = {
        QT_TRANSLATE_NOOP("gw::AuditView", "Wrote the definition of %1 %2"),
        QT_TRANSLATE_NOOP("gw::AuditView", "Cleared the definition of %1 %2"),
        QT_TRANSLATE_NOOP("gw::AuditView", "Changed the definition of %1 %2"),
    };
    return QCoreApplication::translate("gw::AuditView", other[how]).arg(tier, name);
}

} // namespace

QString auditInWords(const AuditEntry &entry, const QHash<QString, QString> &codeNames)
{
    if (entry.action.endsWith(QLatin1String(".undo")) || entry.action.endsWith(QLatin1String(".redo"))) {
        const QString phrase = editPhrase(entry.action.chopped(5));
        return entry.action.endsWith(QLatin1String(".undo"))
                   ? QCoreApplication::translate("gw::AuditView", "Undid %1").arg(phrase)
                   : QCoreApplication::translate("gw::AuditView", "Redid %1").arg(phrase);
    }
    const QJsonObject d = QJsonDocument::fromJson(entry.details.toUtf8()).object();
    const QString &a = entry.action;
    auto name = [&](const char *key) { return nameOf(d.value(QLatin1String(key)), codeNames); };
    const QString from = d.value(QStringLiteral("from")).toString();
    const QString to = d.value(QStringLiteral("to")).toString();

    if (a == QLatin1String("theme.add"))
        return QCoreApplication::translate("gw::AuditView", "Created theme %1").arg(q(name("theme")));
    if (a == QLatin1String("theme.restore"))
        return QCoreApplication::translate("gw::AuditView", "Brought back theme %1").arg(q(name("theme")));
    if (a == QLatin1String("dimension.add"))
        return QCoreApplication::translate("gw::AuditView", "Created dimension %1").arg(q(name("dimension")));
    if (a == QLatin1String("dimension.restore"))
        return QCoreApplication::translate("gw::AuditView", "Brought back dimension %1").arg(q(name("dimension")));
    if (a == QLatin1String("theme.rename"))
        return QCoreApplication::translate("gw::AuditView", "Renamed theme %1 to %2").arg(q(from), q(to));
    if (a == QLatin1String("dimension.rename"))
        return QCoreApplication::translate("gw::AuditView", "Renamed dimension %1 to %2").arg(q(from), q(to));
    if (a == QLatin1String("code.rename"))
        return QCoreApplication::translate("gw::AuditView", "Renamed code %1 to %2").arg(q(from), q(to));
    if (a.endsWith(QLatin1String(".define"))) {
        const QString tier = a.section(u'.', 0, 0);
        return defining(tier, from.isEmpty() ? 0 : to.isEmpty() ? 1 : 2, q(nameOf(d.value(tier), codeNames)));
    }
    if (a == QLatin1String("theme.remove")) {
        const qint64 n = d.value(QStringLiteral("unplacedCodes")).toInteger();
        if (n > 0)
            return QCoreApplication::translate("gw::AuditView", "Removed theme %1 (its %n codes are no longer placed)",
                                               nullptr, int(n))
                .arg(q(name("theme")));
        return QCoreApplication::translate("gw::AuditView", "Removed theme %1").arg(q(name("theme")));
    }
    if (a == QLatin1String("dimension.remove")) {
        const qint64 n = d.value(QStringLiteral("unplacedThemes")).toInteger();
        if (n > 0)
            return QCoreApplication::translate("gw::AuditView",
                                               "Removed dimension %1 (its %n themes are no longer placed)", nullptr,
                                               int(n))
                .arg(q(name("dimension")));
        return QCoreApplication::translate("gw::AuditView", "Removed dimension %1").arg(q(name("dimension")));
    }
    if (a == QLatin1String("code.place") || a == QLatin1String("code.unplace"))
        return placing(true, d, name("code"));
    if (a == QLatin1String("theme.place") || a == QLatin1String("theme.unplace"))
        return placing(false, d, name("theme"));
    if (a == QLatin1String("dimension.move"))
        return QCoreApplication::translate("gw::AuditView", "Moved dimension %1 to place %2")
            .arg(q(name("dimension")), QString::number(d.value(QStringLiteral("to")).toInt() + 1));
    if (a == QLatin1String("code.merge") || a == QLatin1String("code.unmerge")) {
        const bool undo = a == QLatin1String("code.unmerge");
        QStringList names;
        for (const QJsonValue &v : d.value(undo ? QStringLiteral("restored") : QStringLiteral("merged")).toArray())
            names << q(nameOf(v, codeNames));
        const QString who = names.size() > 3
                                ? QCoreApplication::translate("gw::AuditView", "%n codes", nullptr, int(names.size()))
                                : listed(names);
        const qint64 moved = d.value(QStringLiteral("moved")).toInteger();
        const qint64 collapsed = d.value(QStringLiteral("collapsed")).toInteger();
        QString counts;
        if (collapsed > 0)
            counts = undo ? QCoreApplication::translate("gw::AuditView", "%1 moved back, %Ln restored", nullptr,
                                                        int(collapsed))
                          : QCoreApplication::translate("gw::AuditView", "%1 moved, %Ln collapsed", nullptr,
                                                        int(collapsed));
        else
            counts = undo ? QCoreApplication::translate("gw::AuditView", "%1 moved back")
                          : QCoreApplication::translate("gw::AuditView", "%1 moved");
        counts = counts.arg(segments(moved));
        return undo ? QCoreApplication::translate("gw::AuditView", "Took %1 back out of %2 (%3)")
                          .arg(who, q(name("into")), counts)
                    : QCoreApplication::translate("gw::AuditView", "Merged %1 into %2 (%3)")
                          .arg(who, q(name("into")), counts);
    }
    if (a == QLatin1String("coding.resolve") || a == QLatin1String("coding.unresolve")) {
        const QString first = d.value(QStringLiteral("first")).toString();
        const QString second = d.value(QStringLiteral("second")).toString();
        const QString how = d.value(QStringLiteral("resolution")).toString();
        const QString outcome =
            how == QLatin1String("accept first")
                ? QCoreApplication::translate("gw::AuditView", "accepted %1's coding").arg(first)
            : how == QLatin1String("accept second")
                ? QCoreApplication::translate("gw::AuditView", "accepted %1's coding").arg(second)
            : how == QLatin1String("both") ? QCoreApplication::translate("gw::AuditView", "kept both codings")
                                           : QCoreApplication::translate("gw::AuditView", "dropped both codings");
        return (a == QLatin1String("coding.resolve")
                    ? QCoreApplication::translate("gw::AuditView",
                                                  "Resolved the disagreement between %1 and %2 on %3 in %4 (%5)")
                    : QCoreApplication::translate("gw::AuditView",
                                                  "Reopened the disagreement between %1 and %2 on %3 in %4 (%5)"))
            .arg(first, second, q(d.value(QStringLiteral("code")).toString()),
                 d.value(QStringLiteral("source")).toString(), outcome);
    }
    if (a == QLatin1String("code.split"))
        return QCoreApplication::translate("gw::AuditView", "Split %1 of %2 off into the new code %3")
            .arg(segments(d.value(QStringLiteral("segments")).toInteger()), q(name("code")), q(name("into")));
    if (a == QLatin1String("code.unsplit"))
        return QCoreApplication::translate("gw::AuditView", "Put %1 of %2 back into %3")
            .arg(segments(d.value(QStringLiteral("segments")).toInteger()), q(name("removed")), q(name("code")));
    if (a == QLatin1String("code.stage")) {
        const QString code = name("code");
        return code.isEmpty()
                   ? QCoreApplication::translate("gw::AuditView", "Changed the stage of a code from %1 to %2")
                         .arg(from, to)
                   : QCoreApplication::translate("gw::AuditView", "Changed the stage of %1 from %2 to %3")
                         .arg(q(code), from, to);
    }
    if (a == QLatin1String("code.archive") || a == QLatin1String("code.unarchive")) {
        const QString code = name("code");
        if (a == QLatin1String("code.archive"))
            return code.isEmpty() ? QCoreApplication::translate("gw::AuditView", "Archived code")
                                  : QCoreApplication::translate("gw::AuditView", "Archived code %1").arg(q(code));
        return code.isEmpty() ? QCoreApplication::translate("gw::AuditView", "Restored code")
                              : QCoreApplication::translate("gw::AuditView", "Restored code %1").arg(q(code));
    }
    if (a == QLatin1String("theme.exemplar.add") || a == QLatin1String("theme.exemplar.remove"))
        return (a.endsWith(QLatin1String("add"))
                    ? QCoreApplication::translate("gw::AuditView", "Chose an exemplar quote from %1 for theme %2")
                    : QCoreApplication::translate("gw::AuditView", "Dropped an exemplar quote from %1 from theme %2"))
            .arg(d.value(QStringLiteral("source")).toString(), q(name("theme")));
    if (a.startsWith(QLatin1String("structure."))) {
        const bool imported = a == QLatin1String("structure.import");
        if (d.contains(QStringLiteral("file"))) {
            const QString file = d.value(QStringLiteral("file")).toString();
            return imported ? QCoreApplication::translate("gw::AuditView", "Imported the data structure from %1")
                                  .arg(file)
                            : QCoreApplication::translate("gw::AuditView", "Changed the data structure from %1")
                                  .arg(file);
        }
        return imported ? QCoreApplication::translate("gw::AuditView", "Imported the data structure")
                        : QCoreApplication::translate("gw::AuditView", "Changed the data structure");
    }
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
        {QT_TRANSLATE_NOOP("gw::AuditView", "Merges and splits"),
         {QStringLiteral("code.merge"), QStringLiteral("code.unmerge"), QStringLiteral("code.split"),
          QStringLiteral("code.unsplit")}},
        {QT_TRANSLATE_NOOP("gw::AuditView", "Placing codes"),
         {QStringLiteral("code.place"), QStringLiteral("code.unplace")}},
        {QT_TRANSLATE_NOOP("gw::AuditView", "Themes"), {QStringLiteral("theme.")}},
        {QT_TRANSLATE_NOOP("gw::AuditView", "Dimensions"), {QStringLiteral("dimension.")}},
        {QT_TRANSLATE_NOOP("gw::AuditView", "Renames"),
         {QStringLiteral("code.rename"), QStringLiteral("theme.rename"), QStringLiteral("dimension.rename")}},
        {QT_TRANSLATE_NOOP("gw::AuditView", "Definitions"),
         {QStringLiteral("code.define"), QStringLiteral("theme.define"), QStringLiteral("dimension.define")}},
        {QT_TRANSLATE_NOOP("gw::AuditView", "Stages and archiving"),
         {QStringLiteral("code.stage"), QStringLiteral("code.archive"), QStringLiteral("code.unarchive")}},
        {QT_TRANSLATE_NOOP("gw::AuditView", "Structure imports"), {QStringLiteral("structure.")}},
    };
    return kinds;
}

} // namespace gw
