// Project: memos on the project, a source, a segment, a code, a theme or a
// dimension. Markdown bodies, saved as the researcher types.
#include "core/model/project.h"
#include "core/coding/memo_store.h"

#include <QCoreApplication>
#include <QUuid>

namespace gw {

namespace {

bool isTargetKind(const QString &kind)
{
    static const QStringList kinds{QStringLiteral("project"), QStringLiteral("source"),
                                   QStringLiteral("segment"), QStringLiteral("code"),
                                   QStringLiteral("theme"),   QStringLiteral("dimension"),
                                   QStringLiteral("case")};
    return kinds.contains(kind);
}

Status checkTarget(const QString &kind, std::optional<Id> id)
{
    if (!isTargetKind(kind))
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_memos", "A memo cannot be attached to a \"%1\".").arg(kind));
    if ((kind == QStringLiteral("project")) != !id.has_value())
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::project_memos", "A memo on the project has no target; any other memo needs one."));
    return {};
}

} // namespace

Result<Id> Project::addMemo(const QString &targetKind, std::optional<Id> targetId, const QString &title,
                            const QString &body)
{
    MemoInfo m;
    m.guid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.targetKind = targetKind;
    m.targetId = targetId;
    m.title = title;
    m.body = body;
    return restoreMemo(m);
}

Result<Id> Project::restoreMemo(const MemoInfo &m)
{
    if (auto ok = checkTarget(m.targetKind, m.targetId); !ok)
        return std::unexpected(ok.error());
    if (m.guid.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_memos", "A restored memo needs its guid."));
    Id coder = 0;
    if (m.coder.isEmpty() || m.coder == m_coderName) {
        auto mine = coderId();
        if (!mine)
            return std::unexpected(mine.error());
        coder = *mine;
    }
    auto id = m_memos->insertMemo(m, coder);
    if (!id)
        return id;
    Q_EMIT memosChanged();
    return id;
}

Status Project::setMemoText(Id memoId, const QString &title, const QString &body)
{
    if (auto ok = m_memos->setText(memoId, title, body); !ok)
        return ok;
    Q_EMIT memosChanged();
    return {};
}

Status Project::setMemoDisconfirming(Id memoId, bool disconfirming)
{
    if (auto ok = m_memos->setDisconfirming(memoId, disconfirming); !ok)
        return ok;
    Q_EMIT memosChanged();
    return {};
}

Status Project::removeMemo(Id memoId)
{
    if (auto ok = m_memos->deleteMemo(memoId); !ok)
        return ok;
    Q_EMIT memosChanged();
    return {};
}

Result<MemoInfo> Project::memo(Id memoId) { return m_memos->memo(memoId); }

Result<std::vector<MemoInfo>> Project::memos(const QString &search) { return m_memos->memos(search); }

Result<std::vector<MemoInfo>> Project::memosOf(const QString &targetKind, std::optional<Id> targetId)
{
    return m_memos->memosOf(targetKind, targetId);
}

} // namespace gw
