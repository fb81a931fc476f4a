#include "core/model/source_match.h"

#include "core/model/project.h"
#include "core/store/database.h"

namespace gw {

QString SourceMatcher::trimmedHash(const QString &text)
{
    qsizetype end = text.size();
    while (end > 0 && text[end - 1].isSpace())
        --end;
    return Project::contentHash(text.first(end));
}

Result<std::optional<SourceHere>> SourceMatcher::find(const QString &hash, const QString &text)
{
    auto exact = m_db.prepare(QStringLiteral("SELECT id, length FROM sources WHERE content_hash = ?1"));
    if (!exact)
        return std::unexpected(exact.error());
    exact->bind(1, hash);
    auto row = exact->step();
    if (!row)
        return std::unexpected(row.error());
    if (*row)
        return SourceHere{exact->int64(0), exact->int64(1), false};
    if (!m_byTrimmedText) {
        // Once, on the first text not found as it is: every source's text is read.
        QHash<QString, SourceHere> index;
        auto all = m_db.prepare(QStringLiteral("SELECT id, length, text FROM sources"));
        if (!all)
            return std::unexpected(all.error());
        for (;;) {
            auto next = all->step();
            if (!next)
                return std::unexpected(next.error());
            if (!*next)
                break;
            index.insert(trimmedHash(all->text(2)), SourceHere{all->int64(0), all->int64(1), true});
        }
        m_byTrimmedText = std::move(index);
    }
    const auto it = m_byTrimmedText->constFind(trimmedHash(text));
    if (it == m_byTrimmedText->cend())
        return std::optional<SourceHere>{};
    return std::optional<SourceHere>{*it};
}

std::optional<std::pair<std::int64_t, std::int64_t>> SourceMatcher::clamp(const SourceHere &here, std::int64_t start,
                                                                         std::int64_t end)
{
    end = std::min(end, here.length);
    if (start >= end)
        return std::nullopt;
    return std::pair{start, end};
}

} // namespace gw
