#pragma once
// Finding the source a project already holds for a text from elsewhere (a
// teammate's copy, a REFI-QDA file): the same text, or failing that the same
// text but for white space at its end. The same study exported from NVivo for
// Windows and for Mac differs by a final line break, and matching on the exact
// text alone doubled every source when the two were brought together.

#include "core/error.h"
#include "core/model/types.h"

#include <QHash>
#include <QString>
#include <optional>

namespace gw {

class Database;

struct SourceHere
{
    Id id = 0;
    std::int64_t length = 0;        // code points of our text
    bool trailingSpaceDiffers = false; // matched with white space at the end left out
};

class SourceMatcher
{
public:
    explicit SourceMatcher(Database &db) : m_db(db) {}

    // Our source for TEXT (normalised; HASH its content hash), if any.
    [[nodiscard]] Result<std::optional<SourceHere>> find(const QString &hash, const QString &text);

    // The content hash of TEXT without its trailing white space.
    [[nodiscard]] static QString trimmedHash(const QString &text);

    // A segment [START, END) of their text, held to our source's length (what
    // lay in their extra trailing white space is cut off; nothing left: nullopt).
    [[nodiscard]] static std::optional<std::pair<std::int64_t, std::int64_t>> clamp(const SourceHere &here,
                                                                                 std::int64_t start, std::int64_t end);

private:
    Database &m_db;
    std::optional<QHash<QString, SourceHere>> m_byTrimmedText; // made on the first miss
};

} // namespace gw
