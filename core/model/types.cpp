#include "core/model/types.h"

#include <QCoreApplication>

namespace gw {

QString toString(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Interview: return QStringLiteral("interview");
    case SourceKind::Observation: return QStringLiteral("observation");
    case SourceKind::Document: return QStringLiteral("document");
    }
    return {};
}

QString toString(CodeStage stage)
{
    switch (stage) {
    case CodeStage::Open: return QStringLiteral("open");
    case CodeStage::Focused: return QStringLiteral("focused");
    case CodeStage::FirstOrder: return QStringLiteral("first-order");
    }
    return {};
}

std::optional<SourceKind> sourceKindFromString(const QString &text)
{
    for (auto kind : {SourceKind::Interview, SourceKind::Observation, SourceKind::Document})
        if (text.compare(toString(kind), Qt::CaseInsensitive) == 0)
            return kind;
    return std::nullopt;
}

std::optional<CodeStage> codeStageFromString(const QString &text)
{
    for (auto stage : {CodeStage::Open, CodeStage::Focused, CodeStage::FirstOrder})
        if (text.compare(toString(stage), Qt::CaseInsensitive) == 0)
            return stage;
    if (text.compare(QStringLiteral("first_order"), Qt::CaseInsensitive) == 0 ||
        text.compare(QStringLiteral("firstorder"), Qt::CaseInsensitive) == 0)
        return CodeStage::FirstOrder;
    return std::nullopt;
}

Status checkSegmentRange(const SourceInfo &source, std::int64_t start, std::int64_t end)
{
    if (start < 0 || end <= start || end > source.length)
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::types", "The range [%1, %2) is not inside \"%3\", which has %4 characters.")
                        .arg(start)
                        .arg(end)
                        .arg(source.name)
                        .arg(source.length));
    return {};
}

} // namespace gw
