#include "core/model/display_names.h"

#include <QCoreApplication>

namespace gw {

namespace {

QString word(const char *text) { return QCoreApplication::translate("gw::display_names", text); }

} // namespace

QString displayName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Interview: return word(QT_TRANSLATE_NOOP("gw::display_names", "interview"));
    case SourceKind::Observation: return word(QT_TRANSLATE_NOOP("gw::display_names", "observation"));
    case SourceKind::Document: return word(QT_TRANSLATE_NOOP("gw::display_names", "document"));
    }
    return {};
}

QString displayName(CodeStage stage)
{
    switch (stage) {
    case CodeStage::Open: return word(QT_TRANSLATE_NOOP("gw::display_names", "open"));
    case CodeStage::Focused: return word(QT_TRANSLATE_NOOP("gw::display_names", "focused"));
    case CodeStage::FirstOrder: return word(QT_TRANSLATE_NOOP("gw::display_names", "first-order"));
    }
    return {};
}

QString displayName(AttributeType type)
{
    switch (type) {
    case AttributeType::Text: return word(QT_TRANSLATE_NOOP("gw::display_names", "text"));
    case AttributeType::Number: return word(QT_TRANSLATE_NOOP("gw::display_names", "number"));
    case AttributeType::Date: return word(QT_TRANSLATE_NOOP("gw::display_names", "date"));
    case AttributeType::Boolean: return word(QT_TRANSLATE_NOOP("gw::display_names", "yes/no"));
    }
    return {};
}

QString displayName(ModelRole role)
{
    switch (role) {
    case ModelRole::Context: return word(QT_TRANSLATE_NOOP("gw::display_names", "context"));
    case ModelRole::Mechanism: return word(QT_TRANSLATE_NOOP("gw::display_names", "mechanism"));
    case ModelRole::Outcome: return word(QT_TRANSLATE_NOOP("gw::display_names", "outcome"));
    }
    return {};
}

QString displayNameWithArticle(ModelRole role)
{
    switch (role) {
    case ModelRole::Context: return word(QT_TRANSLATE_NOOP("gw::display_names", "a context"));
    case ModelRole::Mechanism: return word(QT_TRANSLATE_NOOP("gw::display_names", "a mechanism"));
    case ModelRole::Outcome: return word(QT_TRANSLATE_NOOP("gw::display_names", "an outcome"));
    }
    return {};
}

QString displayName(ElementKind kind)
{
    switch (kind) {
    case ElementKind::Dimension: return word(QT_TRANSLATE_NOOP("gw::display_names", "dimension"));
    case ElementKind::Theme: return word(QT_TRANSLATE_NOOP("gw::display_names", "theme"));
    case ElementKind::Code: return word(QT_TRANSLATE_NOOP("gw::display_names", "code"));
    }
    return {};
}

QString displayName(StructureTier tier)
{
    switch (tier) {
    case StructureTier::Dimension: return displayName(ElementKind::Dimension);
    case StructureTier::Theme: return displayName(ElementKind::Theme);
    case StructureTier::Code: return displayName(ElementKind::Code);
    }
    return {};
}

QString displayName(ItemTier tier)
{
    switch (tier) {
    case ItemTier::Dimension: return displayName(ElementKind::Dimension);
    case ItemTier::Theme: return displayName(ElementKind::Theme);
    case ItemTier::Code: return displayName(ElementKind::Code);
    }
    return {};
}

QString displayName(MergeKind kind)
{
    switch (kind) {
    case MergeKind::Code: return displayName(ElementKind::Code);
    case MergeKind::Theme: return displayName(ElementKind::Theme);
    case MergeKind::Dimension: return displayName(ElementKind::Dimension);
    case MergeKind::Memo: return word(QT_TRANSLATE_NOOP("gw::display_names", "memo"));
    case MergeKind::Segment: return word(QT_TRANSLATE_NOOP("gw::display_names", "segment"));
    case MergeKind::Element: return word(QT_TRANSLATE_NOOP("gw::display_names", "model element"));
    case MergeKind::Link: return word(QT_TRANSLATE_NOOP("gw::display_names", "model link"));
    }
    return {};
}

QString displayName(MergeField field)
{
    switch (field) {
    case MergeField::Name: return word(QT_TRANSLATE_NOOP("gw::display_names", "name"));
    case MergeField::Definition: return word(QT_TRANSLATE_NOOP("gw::display_names", "definition"));
    case MergeField::Parent: return word(QT_TRANSLATE_NOOP("gw::display_names", "place"));
    case MergeField::Body: return displayName(AttributeType::Text);
    case MergeField::Coding: return word(QT_TRANSLATE_NOOP("gw::display_names", "coding"));
    case MergeField::Removal: return word(QT_TRANSLATE_NOOP("gw::display_names", "removal"));
    case MergeField::Placement: return word(QT_TRANSLATE_NOOP("gw::display_names", "placement"));
    case MergeField::Link: return word(QT_TRANSLATE_NOOP("gw::display_names", "type and memo"));
    }
    return {};
}

} // namespace gw
