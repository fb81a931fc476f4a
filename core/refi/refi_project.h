#pragma once
// A REFI-QDA project or codebook as read from its XML, before anything touches
// a Groundwork project: plain values in the standard's own words (users, codes,
// sources, selections, codings, variables, cases, notes, sets). GUIDs are kept
// lower case without braces; positions are the producer's, not yet converted.

#include <QList>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace gw::refi {

struct User
{
    QString guid;
    QString name;
};

// Codes in document order; nesting by parent index (-1 at the top).
struct Code
{
    QString guid;
    QString name;
    QString description;
    QString color; // #rrggbb or empty
    bool codable = true;
    int parent = -1;
    int depth = 0;
};

struct Coding
{
    QString guid;
    QString codeGuid;
    QString user;
    QString created;
};

struct Selection
{
    QString guid;
    QString name;
    QString user;
    QString created;
    std::int64_t start = -1;
    std::int64_t end = -1;
    bool positionsValid = false;
    QList<Coding> codings;
};

struct VariableValue
{
    QString variableGuid;
    QString value; // as written
};

enum class SourceType { Text, Pdf, Picture, Audio, Video };

struct Source
{
    SourceType type = SourceType::Text;
    QString guid;
    QString name;
    QString plainTextPath;
    QString richTextPath;
    QString path; // PDF, picture, audio, video
    QString inlineText;
    bool hasInlineText = false;
    QString user;
    QString created;
    std::vector<Selection> selections;       // plain-text selections
    int otherSelections = 0;                 // PDF, picture, audio, video, transcript selections
    int wholeSourceCodings = 0;              // Coding directly on the source
    QList<VariableValue> values;
};

struct Variable
{
    QString guid;
    QString name;
    QString type; // Text, Boolean, Integer, Float, Date, DateTime
    QString description;
};

struct Case
{
    QString guid;
    QString name;
    QString description;
    QList<VariableValue> values;
    QStringList sourceGuids;
    QStringList selectionGuids;
    int codeRefs = 0;
};

struct Note
{
    QString guid;
    QString name;
    QString text;
    QString plainTextPath;
    bool hasInlineText = false;
    QString user;
    QString created;
    QString modified;
};

// Where a NoteRef sits: "project", "code", "source", "selection", "coding".
struct NoteRef
{
    QString noteGuid;
    QString targetKind;
    QString targetGuid;
};

struct Set
{
    QString guid;
    QString name;
    QStringList codeGuids;
    QStringList sourceGuids;
    QStringList noteGuids;
};

struct RefiProject
{
    bool codebookOnly = false; // a .qdc
    QString name;
    QString origin;
    QString namespaceUri;
    QList<User> users;
    std::vector<Code> codes;
    std::vector<Source> sources;
    QList<Variable> variables;
    QList<Case> cases;
    QList<Note> notes;
    QList<NoteRef> noteRefs;
    QList<Set> sets;
    int links = 0;
    int graphs = 0;
};

} // namespace gw::refi
