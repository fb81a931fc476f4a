#pragma once
// The published data structure (5 dimensions, 14 themes, 33 codes) that ships
// as the Qt resource :/demo/data-structure.json, for the figure tests.

#include "core/structure/data_structure.h"

#include <QFile>
#include <QRegularExpression>
#include <gtest/gtest.h>
#include <ostream>

// Readable QStrings in failure messages.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace gw::test {

// A label's words as one run, for comparing with wrapped lines joined by
// spaces: a long word broken after a slash or hyphen joins back without one.
inline QString normalisedWords(const QString &text)
{
    static const QRegularExpression afterBreak(QStringLiteral("([/-]) "));
    return text.simplified().replace(afterBreak, QStringLiteral("\\1"));
}

inline DataStructure publishedStructure()
{
    QFile file(QStringLiteral(":/demo/data-structure.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    auto structure = dataStructureFromJson(file.readAll(), file.fileName());
    EXPECT_TRUE(structure.has_value());
    return structure.value_or(DataStructure{});
}

// With GROUNDWORK_FIGURE_OUT=DIR, a written figure is kept there as NAME to look at.
inline void keep(const QString &path, const QString &name)
{
    const QString dir = qEnvironmentVariable("GROUNDWORK_FIGURE_OUT");
    if (dir.isEmpty())
        return;
    QFile::remove(dir + QLatin1Char('/') + name);
    QFile::copy(path, dir + QLatin1Char('/') + name);
}

} // namespace gw::test
