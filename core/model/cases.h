#pragma once
// Cases (a participant, a site) and their typed attributes, in the words of
// METHOD.md: plain values the Project hands out and takes in. A case is linked
// to the sources that came from it, so a quote can be cited with the speaker's
// attributes ("[CCIO from Site_E]").

#include "core/model/types.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>
#include <vector>

namespace gw {

enum class AttributeType { Text, Number, Date, Boolean };

[[nodiscard]] QString toString(AttributeType type);
[[nodiscard]] std::optional<AttributeType> attributeTypeFromString(const QString &text);

// The stored form of VALUE for an attribute of TYPE, or nothing when it does not
// fit: numbers keep their written form (a "0123" stays "0123"), dates must be
// ISO yyyy-mm-dd, booleans become "true"/"false" from yes/no/true/false.
[[nodiscard]] std::optional<QString> attributeValue(AttributeType type, const QString &value);

struct AttributeInfo
{
    Id id = 0;
    QString guid;
    QString name;
    AttributeType type = AttributeType::Text;
    int position = 0;
};

struct CaseValue
{
    QString attribute;
    AttributeType type = AttributeType::Text;
    QString value;
};

struct CaseInfo
{
    Id id = 0;
    QString guid;
    QString name;
    QString description;
    QList<CaseValue> values; // in attribute order; attributes without a value are absent
    QList<Id> sourceIds;     // the sources linked to this case, by source name
    QStringList sourceNames;

    // The value of ATTRIBUTE, or an empty string when the case has none.
    [[nodiscard]] QString value(const QString &attribute) const;
};

// A named set of sources ("the pilot sites"); a source may be in several.
struct SourceSetInfo
{
    Id id = 0;
    QString guid;
    QString name;
    QString description;
    QList<Id> sourceIds; // by source name
    QStringList sourceNames;
};

// Many case edits written together by Project::writeCases, in one transaction:
// attributes are created when missing (an existing one keeps its type), cases
// are created when missing, values set (an empty value clears it) and sources
// linked. Used by the sheet import, where a half-written sheet would be worse
// than none.
struct CaseRecord
{
    QString name;
    QList<std::pair<QString, QString>> values; // attribute name -> value
    QList<Id> sourceIds;
};

struct CaseBatch
{
    QList<std::pair<QString, AttributeType>> attributes; // in column order
    std::vector<CaseRecord> cases;
};

} // namespace gw
