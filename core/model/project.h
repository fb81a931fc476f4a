#pragma once
// An open Groundwork project: one SQLite file, locked against a second
// Groundwork, migrated to the current schema. The domain API that the CLI and
// the GUI both use; every edit commits at once and is announced by a signal.

#include "core/error.h"
#include "core/model/cases.h"
#include "core/model/code_use.h"
#include "core/model/model_types.h"
#include "core/model/review.h"
#include "core/model/types.h"
#include "core/store/database.h"
#include "core/store/file_lock.h"
#include "core/structure/data_structure.h"

#include <QObject>
#include <functional>
#include <memory>
#include <vector>

class QJsonObject;

namespace gw {

class CodingStore;
class MemoStore;
class ReviewStore;
class SourceStore;
class SqliteSession;
class StructureStore;
class TeamStore;

// A source made ready for the project off the database's thread: normal-form
// text, its UTF-8 and content hash, its length in code points.
struct PreparedSource
{
    NewSource source;
    QByteArray utf8;
    QString hash;
    std::int64_t length = 0;
};

class Project : public QObject
{
    Q_OBJECT

public:
    ~Project() override;

    // Creates a new, empty project at PATH; refuses an existing file.
    [[nodiscard]] static Result<std::unique_ptr<Project>> create(const QString &path);
    // Opens PATH: refuses what is not a project, a damaged or newer one, a
    // read-only one, or one open in another Groundwork. An older project is
    // backed up (PATH.vN.bak) and migrated.
    [[nodiscard]] static Result<std::unique_ptr<Project>> open(const QString &path);
    // Opens PATH as open() does; when another Groundwork has it open, opens it
    // read-only instead (a reader cannot harm it, and SQLite gives it a
    // consistent view). Any edit through a read-only project fails.
    [[nodiscard]] static Result<std::unique_ptr<Project>> openForReading(const QString &path);
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }

    // A second connection to this project's file, for a job on another thread
    // (import, export). It shares this process's lock and coder; its edits are
    // visible here once they commit, and announceSourcesAdded() tells this
    // project's listeners about them.
    [[nodiscard]] Result<std::unique_ptr<Project>> openWorkerConnection() const;
    void announceSourcesAdded(const QList<Id> &ids);

    [[nodiscard]] QString path() const { return m_db.path(); }
    [[nodiscard]] QString name() const;
    [[nodiscard]] Database &database() { return m_db; }
    // Where the backup of an older file went when this open migrated it.
    [[nodiscard]] QString migrationBackup() const { return m_backup; }

    // The coder whose work the edits record; created on first use.
    [[nodiscard]] Status setCoder(const QString &name);
    [[nodiscard]] QString coder() const { return m_coderName; }
    // Everyone who has worked on the project, by name; with CODEDONLY, those
    // who have coded at least one segment.
    [[nodiscard]] Result<QStringList> coderNames(bool codedOnly = false);

    [[nodiscard]] Status setSetting(const QString &key, const QString &value);
    [[nodiscard]] QString setting(const QString &key, const QString &fallback = {});

    // Sources.
    [[nodiscard]] Result<Id> addSource(const NewSource &source);
    [[nodiscard]] Result<Id> addSource(const PreparedSource &prepared);
    // The part of adding a source that needs no database: safe on any thread.
    [[nodiscard]] static Result<PreparedSource> prepareSource(NewSource source);
    [[nodiscard]] Result<std::vector<SourceInfo>> sources();
    [[nodiscard]] Result<SourceInfo> source(Id id);
    [[nodiscard]] Result<SourceInfo> sourceByName(const QString &name);
    [[nodiscard]] bool hasSourceNamed(const QString &name);
    [[nodiscard]] Result<std::optional<SourceInfo>> sourceByHash(const QString &contentHash);
    [[nodiscard]] Result<QString> sourceText(Id id);
    // Sources edited (project_source_edits.cpp), each audited. A removal takes
    // the sources' segments (and the exemplar and evidence rows citing them),
    // turns, case links and the memos on them or their segments, keeping every
    // row aside so that restoreSources puts it all back as it was; removalOf
    // counts what a removal would take, for a confirmation.
    [[nodiscard]] Result<SourceRemoval> removalOf(const std::vector<Id> &ids);
    [[nodiscard]] Result<SourceRemoval> removeSources(const std::vector<Id> &ids, const QString &why = {});
    [[nodiscard]] Status restoreSources(const SourceRemoval &removal, const QString &why = {});
    [[nodiscard]] Status renameSource(Id id, const QString &name, const QString &why = {});
    [[nodiscard]] Status setSourceKind(Id id, SourceKind kind, const QString &why = {});
    [[nodiscard]] static QString contentHash(const QString &normalisedText);
    // Sources' texts edited (project_source_text.cpp) in one transaction, every
    // segment and turn carried along (text::TextEdit::rebase); refused whole
    // when an edit would leave a segment without text or two segments the same.
    // ACTION and DETAILS go to the audit log (never the words, which may be the
    // names anonymisation removes). PROGRESS (sources done, of all) may cancel.
    [[nodiscard]] Result<SourceTextChange> editSourceTexts(const std::vector<SourceTextEdit> &edits,
                                                           const QString &action, const QJsonObject &details,
                                                           const std::function<bool(int, int)> &progress = {});
    [[nodiscard]] Status restoreSourceTexts(const SourceTextChange &change, const QString &action);
    // Tells listeners that the texts CHANGE lists were edited or put back
    // (also after an edit made on a worker connection).
    void announceSourceTexts(const SourceTextChange &change);

    // Codes and the tiers above them.
    [[nodiscard]] Result<Id> addCode(const QString &name, CodeStage stage = CodeStage::Open,
                                     const QString &color = {});
    [[nodiscard]] Status renameCode(Id id, const QString &name);
    // Colour as #rrggbb. Restructuring edits (rename, stage, archive) write the
    // audit log with the value before and after.
    [[nodiscard]] Status setCodeColor(Id id, const QString &color);
    [[nodiscard]] Status setCodeStage(Id id, CodeStage stage);
    [[nodiscard]] Status setCodeArchived(Id id, bool archived);
    // Removes a code that has no segments (to undo its creation).
    [[nodiscard]] Status removeCode(Id id);
    // Re-inserts a removed code with its id and guid (to redo its creation).
    [[nodiscard]] Result<Id> restoreCode(const CodeInfo &code);
    [[nodiscard]] Result<std::vector<CodeInfo>> codes();
    [[nodiscard]] Result<CodeInfo> code(Id id);
    [[nodiscard]] Result<CodeInfo> codeByName(const QString &name);
    [[nodiscard]] Result<std::vector<ThemeInfo>> themes();
    [[nodiscard]] Result<std::vector<DimensionInfo>> dimensions();
    // The definition a codebook prints beside the code (audited).
    [[nodiscard]] Status setCodeDefinition(Id id, const QString &definition, const QString &why = {});

    // The data structure (METHOD.md stages 3-4): second-order themes and
    // aggregate dimensions. A code sits under at most one theme and a theme
    // under at most one dimension, each at a position among its siblings
    // (positions are renumbered 0..n-1 when something is placed). Every edit
    // here writes an audit entry (action, details with before and after, a
    // snapshot of the hierarchy after it, and the coder's optional WHY) and
    // emits structureChanged(). Names are unique per tier and matched exactly.
    // Defined in project_structure*.cpp.
    [[nodiscard]] Result<Id> addTheme(const QString &name, const QString &definition = {},
                                      const QString &why = {});
    [[nodiscard]] Result<Id> addDimension(const QString &name, const QString &definition = {},
                                          const QString &why = {});
    [[nodiscard]] Status renameTheme(Id id, const QString &name, const QString &why = {});
    [[nodiscard]] Status renameDimension(Id id, const QString &name, const QString &why = {});
    [[nodiscard]] Status setThemeDefinition(Id id, const QString &definition, const QString &why = {});
    [[nodiscard]] Status setDimensionDefinition(Id id, const QString &definition, const QString &why = {});
    // Removes a theme: its codes become unplaced and its exemplar choices go.
    // Refused while memos are attached to it (move or remove them first).
    [[nodiscard]] Status removeTheme(Id id, const QString &why = {});
    // Removes a dimension: its themes become unplaced. Refused while memos are
    // attached to it.
    [[nodiscard]] Status removeDimension(Id id, const QString &why = {});
    // Re-inserts a removed theme or dimension with its id, guid and position
    // (not its children: see changeStructureRows).
    [[nodiscard]] Result<Id> restoreTheme(const ThemeInfo &theme, const QString &why = {});
    [[nodiscard]] Result<Id> restoreDimension(const DimensionInfo &dimension, const QString &why = {});
    [[nodiscard]] Result<ThemeInfo> theme(Id id);
    [[nodiscard]] Result<ThemeInfo> themeByName(const QString &name);
    [[nodiscard]] Result<DimensionInfo> dimension(Id id);
    [[nodiscard]] Result<DimensionInfo> dimensionByName(const QString &name);
    // Places CODE under THEME at POSITION among its codes (at the end without
    // one); a code placed elsewhere moves. Unplacing leaves it without a theme.
    [[nodiscard]] Status placeCode(Id codeId, Id themeId, std::optional<int> position = {},
                                   const QString &why = {});
    [[nodiscard]] Status unplaceCode(Id codeId, const QString &why = {});
    // The same for a theme under a dimension.
    [[nodiscard]] Status placeTheme(Id themeId, Id dimensionId, std::optional<int> position = {},
                                    const QString &why = {});
    [[nodiscard]] Status unplaceTheme(Id themeId, const QString &why = {});
    // Moves a dimension to POSITION among the dimensions.
    [[nodiscard]] Status moveDimension(Id dimensionId, int position, const QString &why = {});
    // Codes of THEME in their order.
    [[nodiscard]] Result<std::vector<CodeInfo>> codesOfTheme(Id themeId);
    // What to warn about: active first-order codes without a theme, and themes
    // without a dimension, in their order.
    [[nodiscard]] Result<std::vector<CodeInfo>> unplacedCodes();
    [[nodiscard]] Result<std::vector<ThemeInfo>> unplacedThemes();

    // Exemplar quotes of a theme: segments of the codes under it, in order.
    [[nodiscard]] Status addExemplar(Id themeId, Id segmentId, std::optional<int> position = {},
                                     const QString &why = {});
    [[nodiscard]] Status removeExemplar(Id themeId, Id segmentId, const QString &why = {});
    [[nodiscard]] Result<std::vector<SegmentInfo>> exemplarsOf(Id themeId);
    // Abbreviations printed as Table 1's footnotes, in order (a project setting).
    [[nodiscard]] Status setAbbreviations(const std::vector<Abbreviation> &abbreviations);
    [[nodiscard]] std::vector<Abbreviation> abbreviations();
    // How a quote names its speaker, over case attributes ("Participant from
    // {site}"; attribution.h); empty: the automatic "Role from Site". Refuses a
    // placeholder that names no attribute. Table 1, the quote report, the
    // codebook and every passage list use it.
    [[nodiscard]] Status setAttributionTemplate(const QString &templ);
    [[nodiscard]] QString attributionTemplate();
    // When each code with segments was first and last used, and its first
    // segment, ordered by code id (the codebook; project_codebook.cpp).
    [[nodiscard]] Result<std::vector<CodeUse>> codeUses();

    // The structure's stored rows, and the edit that turns rows FROM into TO
    // (only what differs is written; the rest of the hierarchy is left alone):
    // how structural commands undo and redo. Audited as ACTION.
    [[nodiscard]] Result<StructureRows> structureRows();
    [[nodiscard]] Status changeStructureRows(const StructureRows &from, const StructureRows &to,
                                             const QString &action, const QString &why = {});

    // Focused coding. Merging codes FROM into INTO moves their segments to
    // INTO (a segment INTO already has, same source, range and coder, collapses
    // into it, its memos and exemplar choices following), moves their memos to
    // INTO, appends their non-empty definitions to INTO's ("Name: definition"),
    // and archives and unplaces them; they are never deleted. The result says
    // what changed so that unmergeCodes puts every row back as it was.
    [[nodiscard]] Result<CodeMerge> mergeCodes(const std::vector<Id> &from, Id into, const QString &why = {});
    [[nodiscard]] Status unmergeCodes(const CodeMerge &merge, const QString &why = {});
    // Moves SPLIT.segmentIds of SPLIT.codeId to a new code SPLIT.newName (same
    // stage, placed right after the code under its theme). Fills in the new
    // code's id and guid; a split with them given recreates the same code.
    [[nodiscard]] Result<CodeSplit> splitCode(CodeSplit split, const QString &why = {});
    [[nodiscard]] Status unsplitCode(const CodeSplit &split, const QString &why = {});

    // Groups many structural edits into one audited step (a structure import):
    // while a group is open the edits write no audit entry of their own;
    // closing it writes ACTION with DETAILS (a JSON object) and the hierarchy
    // after them. Groups nest; only the outermost close writes.
    void openAuditGroup();
    [[nodiscard]] Status closeAuditGroup(const QString &action, const QJsonObject &details,
                                         const QString &why = {});

    // The audit log, newest first. Entries' details leave out the hierarchy
    // snapshot (see structureAt); the text filter does not search it.
    [[nodiscard]] Result<std::vector<AuditEntry>> auditLog(const AuditFilter &filter = {});
    // The hierarchy as it was right after audit entry AUDITID (from the latest
    // snapshot at or before it; an empty structure before the first one).
    [[nodiscard]] Result<DataStructure> structureAt(Id auditId);

    // The CMO model (METHOD.md stage 5; the values and what an element is are
    // in model_types.h; defined in project_model*.cpp). Elements, influences,
    // levels and influence types have ids of their own (not the ids of the
    // dimensions, themes, codes they show). Every edit here commits at once,
    // writes an audit entry ("model.*", "influence.*", "evidence.*") and emits
    // modelChanged(). The remove calls hand back a record that the matching
    // restore call puts back exactly (ids, guids, positions): how the undo
    // commands in core/commands work. Names are matched exactly.
    //
    // Levels (top to bottom) and influence types, editable per project; a new
    // project has the four levels and triggers/mandates/controls/enables.
    [[nodiscard]] Result<std::vector<ModelLevel>> modelLevels();
    [[nodiscard]] Result<ModelLevel> modelLevel(Id levelId);
    [[nodiscard]] Result<ModelLevel> modelLevelByName(const QString &name);
    // POSITION none: below the others.
    [[nodiscard]] Result<Id> addModelLevel(const QString &name, std::optional<int> position = {});
    [[nodiscard]] Status renameModelLevel(Id levelId, const QString &name);
    // The level goes; elements at it are left without a level.
    [[nodiscard]] Result<LevelRecord> removeModelLevel(Id levelId);
    [[nodiscard]] Status restoreModelLevel(const LevelRecord &record);
    [[nodiscard]] Result<std::vector<InfluenceType>> influenceTypes();
    [[nodiscard]] Result<InfluenceType> influenceType(Id typeId);
    [[nodiscard]] Result<InfluenceType> influenceTypeByName(const QString &name);
    [[nodiscard]] Result<Id> addInfluenceType(const QString &name, const QString &color, LineStyle style);
    [[nodiscard]] Status setInfluenceTypeStyle(Id typeId, const QString &color, LineStyle style);
    // Removes a type no influence uses.
    [[nodiscard]] Status removeInfluenceType(Id typeId);
    // The spectrum's axis names (project settings; defaults in SpectrumAxes).
    [[nodiscard]] SpectrumAxes spectrumAxes();
    [[nodiscard]] Status setSpectrumAxes(const SpectrumAxes &axes);

    // Elements, in the order of their role (contexts, mechanisms, outcomes),
    // then level, then position.
    [[nodiscard]] Result<std::vector<ModelElement>> modelElements();
    [[nodiscard]] Result<ModelElement> modelElement(Id elementId);
    // The element showing that dimension, theme or code, if it is placed.
    [[nodiscard]] Result<std::optional<ModelElement>> modelElementOf(ElementKind kind, Id targetId);
    // Places a dimension, theme or first-order code; refuses one already placed.
    [[nodiscard]] Result<Id> placeModelElement(const NewModelElement &element);
    [[nodiscard]] Result<ElementRecord> modelElementRecord(Id elementId);
    // Removes the element and every influence from or to it.
    [[nodiscard]] Status removeModelElement(Id elementId);
    [[nodiscard]] Result<Id> restoreModelElement(const ElementRecord &record);
    [[nodiscard]] Status setElementRole(Id elementId, ModelRole role);
    [[nodiscard]] Status setElementLevel(Id elementId, std::optional<Id> levelId);
    // Where an outcome sits on the spectrum (x, y in [0, 1]); none: not placed.
    [[nodiscard]] Status setOutcomePoint(Id elementId, std::optional<SpectrumPoint> point);
    // The codes whose segments an element stands for: the code itself, the
    // (non-archived) codes under the theme, or under the dimension's themes.
    [[nodiscard]] Result<std::vector<Id>> codesOfElement(Id elementId);

    // Influences, in the order they were drawn, with their evidence counts.
    [[nodiscard]] Result<std::vector<Influence>> influences();
    [[nodiscard]] Result<Influence> influence(Id influenceId);
    // Refuses a link from an element to itself and a second link of the same
    // type between the same two elements.
    [[nodiscard]] Result<Id> addInfluence(Id fromElementId, Id toElementId, Id typeId, const QString &memo = {});
    [[nodiscard]] Result<InfluenceRecord> influenceRecord(Id influenceId);
    [[nodiscard]] Status removeInfluence(Id influenceId);
    [[nodiscard]] Result<Id> restoreInfluence(const InfluenceRecord &record);
    [[nodiscard]] Status setInfluenceType(Id influenceId, Id typeId);
    [[nodiscard]] Status setInfluenceMemo(Id influenceId, const QString &memo);
    // Evidence in order: supporting and counter-evidence together.
    [[nodiscard]] Result<std::vector<InfluenceEvidence>> evidenceOf(Id influenceId);
    // POSITION none: after the influence's evidence. Refuses a segment that is
    // already evidence of the influence.
    [[nodiscard]] Status addEvidence(Id influenceId, Id segmentId, bool counter, std::optional<int> position = {});
    [[nodiscard]] Status removeEvidence(Id influenceId, Id segmentId);

    // Segments: code point ranges [start, end) of a source, coded with a code.
    [[nodiscard]] Result<Id> applyCode(Id sourceId, Id codeId, std::int64_t start, std::int64_t end);
    [[nodiscard]] Status removeSegment(Id segmentId);
    // Whether a segment of CODEID covers exactly [START, END) of SOURCEID.
    [[nodiscard]] Result<bool> isCoded(Id sourceId, Id codeId, std::int64_t start, std::int64_t end);
    [[nodiscard]] Result<SegmentInfo> segment(Id segmentId);
    // Recodes and/or adjusts a segment; bounds are checked against its source.
    [[nodiscard]] Status updateSegment(Id segmentId, Id codeId, std::int64_t start, std::int64_t end);
    // Re-inserts a removed segment with its id, guid and coder (to undo uncoding).
    [[nodiscard]] Result<Id> restoreSegment(const SegmentInfo &segment);
    // Bulk coding, whatever its size one transaction and one announcement
    // (segmentsChanged with source 0, "anywhere"). applyCodes codes each range
    // of RANGES (sourceId, start, end) with CODEID as the current coder and
    // returns them as inserted (ids, guids); restoreSegments puts such segments
    // back as they were (redo); removeSegments takes them out (undo).
    [[nodiscard]] Result<std::vector<SegmentInfo>> applyCodes(Id codeId, const std::vector<SegmentInfo> &ranges);
    [[nodiscard]] Status restoreSegments(const std::vector<SegmentInfo> &segments);
    [[nodiscard]] Status removeSegments(const std::vector<Id> &segmentIds);
    // Removes the segments REMOVE (by id) and inserts ADD (each as its coder,
    // which must exist; id and guid kept when given, else new ones) in one
    // transaction with one audit entry ACTION (details: the counts and DETAILS):
    // how a resolved disagreement between coders is written, and undone by
    // swapping the two lists. Returns ADD as inserted (ids, guids).
    [[nodiscard]] Result<std::vector<SegmentInfo>> replaceSegments(const std::vector<SegmentInfo> &remove,
                                                                   const std::vector<SegmentInfo> &add,
                                                                   const QString &action,
                                                                   const QJsonObject &details,
                                                                   const QString &why = {});
    [[nodiscard]] Result<std::vector<Turn>> turns(Id sourceId);
    [[nodiscard]] Result<std::vector<SegmentInfo>> segmentsOfCode(Id codeId);
    // WITHTEXT false leaves SegmentInfo::text empty: views that only place
    // segments skip SQLite walking the source text once per segment.
    [[nodiscard]] Result<std::vector<SegmentInfo>> segmentsOfSource(Id sourceId, bool withText = true);

    // Memos, attached to TARGETKIND ("project", "source", "segment", "code",
    // "theme", "dimension") and its TARGETID (none for the project).
    [[nodiscard]] Result<Id> addMemo(const QString &targetKind, std::optional<Id> targetId,
                                     const QString &title, const QString &body);
    [[nodiscard]] Status setMemoText(Id memoId, const QString &title, const QString &body);
    [[nodiscard]] Status setMemoDisconfirming(Id memoId, bool disconfirming);
    [[nodiscard]] Status removeMemo(Id memoId);
    // Re-inserts a removed memo with its id, guid, coder and times (to undo removal).
    [[nodiscard]] Result<Id> restoreMemo(const MemoInfo &memo);
    [[nodiscard]] Result<MemoInfo> memo(Id memoId);
    // All memos, newest first; SEARCH (if any) must occur in title or body.
    [[nodiscard]] Result<std::vector<MemoInfo>> memos(const QString &search = {});
    [[nodiscard]] Result<std::vector<MemoInfo>> memosOf(const QString &targetKind,
                                                        std::optional<Id> targetId);

    // Full-text search (FTS5 syntax: words, "phrases", prefix*, NEAR(a b, 5)):
    // at most LIMIT hits, best source first and in text order within one, each
    // a word or, by SCOPE's unit, the sentence or paragraph that holds words.
    [[nodiscard]] Result<std::vector<SearchHit>> search(const QString &query, int limit = 200,
                                                        const SearchScope &scope = {});

    // Cases (participants, sites) with typed attributes, linked to their sources.
    // Case and attribute names are unique and matched exactly.
    [[nodiscard]] Result<Id> addCase(const QString &name, const QString &description = {});
    [[nodiscard]] Result<std::vector<CaseInfo>> cases();
    [[nodiscard]] Result<CaseInfo> caseById(Id id);
    [[nodiscard]] Result<CaseInfo> caseByName(const QString &name);
    // The case(s) a source came from, with their attributes, e.g. to cite a quote.
    [[nodiscard]] Result<std::vector<CaseInfo>> casesOfSource(Id sourceId);
    [[nodiscard]] Result<Id> addAttribute(const QString &name, AttributeType type);
    [[nodiscard]] Result<std::vector<AttributeInfo>> attributes();
    [[nodiscard]] Result<AttributeInfo> attributeByName(const QString &name);
    // Sets a case's value, refusing one that does not fit the attribute's type;
    // an empty value clears it.
    [[nodiscard]] Status setAttributeValue(Id caseId, Id attributeId, const QString &value);
    [[nodiscard]] Status linkCaseSource(Id caseId, Id sourceId);
    [[nodiscard]] Status unlinkCaseSource(Id caseId, Id sourceId);
    // Writes all of BATCH in one transaction, or nothing (see CaseBatch).
    [[nodiscard]] Status writeCases(const CaseBatch &batch);
    // Cases and attributes corrected (project_case_edits.cpp), each emitting
    // casesChanged(). Removing a case takes its values, links and memos;
    // removing an attribute takes its values. Names stay unique.
    [[nodiscard]] Status renameCase(Id caseId, const QString &name);
    [[nodiscard]] Status setCaseDescription(Id caseId, const QString &description);
    [[nodiscard]] Status removeCases(const std::vector<Id> &caseIds);
    [[nodiscard]] Status renameAttribute(Id attributeId, const QString &name);
    [[nodiscard]] Status removeAttribute(Id attributeId);
    // Sets of sources (project_sets.cpp), each edit emitting casesChanged():
    // a set is made when sources are first added to it; removing sources from
    // it leaves it (perhaps empty) until it is removed.
    [[nodiscard]] Result<std::vector<SourceSetInfo>> sourceSets();
    [[nodiscard]] Result<SourceSetInfo> sourceSetByName(const QString &name);
    [[nodiscard]] Result<Id> addToSourceSet(const QString &name, const std::vector<Id> &sourceIds);
    [[nodiscard]] Status removeFromSourceSet(Id setId, const std::vector<Id> &sourceIds);
    [[nodiscard]] Status removeSourceSet(Id setId);
    [[nodiscard]] Status renameSourceSet(Id setId, const QString &name);
    // Every case and set row (cases, attributes, values, links to sources,
    // memos on cases, sets of sources and their members) copied aside under a token, and put back whole: how the case
    // sheet's edits and a sheet import are undone (core/commands/case_edits.h).
    [[nodiscard]] Result<std::int64_t> keepCaseTables();
    [[nodiscard]] Status restoreCaseTables(std::int64_t token);
    // The whole project copied to PATH (SQLite's backup API), and this project
    // made that copy again, announcing what came and went: how an edit over
    // every table (a REFI-QDA project merged in) is undone.
    [[nodiscard]] Status copyTo(const QString &path);
    [[nodiscard]] Status replaceWith(const QString &path);

    [[nodiscard]] Result<ProjectCounts> counts();

    // Team work (project_team.cpp). An audit entry for an edit written outside
    // this class, in the caller's transaction (a merge of a teammate's copy):
    // ACTION, DETAILS and the hierarchy after it.
    [[nodiscard]] Status recordAudit(const QString &action, const QJsonObject &details, const QString &why = {});
    // Tells listeners that a merge (or its undo, REMOVED) added or took out
    // SOURCES and CODES and may have changed any segment, memo, case or tier:
    // segmentsChanged(0, 0) then means "any source, any code".
    void announceMerge(const QList<Id> &sources, const QList<Id> &codes, bool removed);
    // The ids of the sources and codes, for an edit that may add or take out
    // any of them (a REFI-QDA merge, the project put back as it was) and then
    // announce what changed with announceSince().
    struct RowIds
    {
        std::vector<Id> sources, codes; // ascending
    };
    [[nodiscard]] RowIds rowIds();
    // Announces the sources and codes added or gone since BEFORE, and that any
    // segment, memo, case or tier may have changed (as announceMerge()).
    void announceSince(const RowIds &before);

    // Review (project_review.cpp): comment threads on a code, theme, dimension
    // or model link, written by the coder, open until someone resolves them.
    // Every change emits reviewChanged(). The remove/restore calls exist for
    // the undo commands (core/commands/*_thread.h, reply_to_thread.h).
    [[nodiscard]] Result<Id> openThread(const ReviewTarget &target, const QString &text);
    [[nodiscard]] Result<Id> addComment(Id threadId, const QString &text);
    // Resolved by the coder now, or open again.
    [[nodiscard]] Status resolveThread(Id threadId);
    [[nodiscard]] Status reopenThread(Id threadId);
    [[nodiscard]] Status setThreadState(Id threadId, const ThreadState &state);
    [[nodiscard]] Result<ThreadState> threadState(Id threadId);
    [[nodiscard]] Status removeThread(Id threadId);
    [[nodiscard]] Status removeComment(Id commentId);
    // Re-inserts a removed thread (with its comments) or comment with ids and times.
    [[nodiscard]] Status restoreThread(const ReviewThread &thread);
    [[nodiscard]] Status restoreComment(const ReviewComment &comment);
    [[nodiscard]] Result<ReviewThread> thread(Id threadId);
    // Threads oldest first, with their comments; only open ones with OPENONLY,
    // only those on TARGET when given (the review panel, an item's comments).
    [[nodiscard]] Result<std::vector<ReviewThread>> threads(bool openOnly = false,
                                                            std::optional<ReviewTarget> target = {});

    // Named snapshots of the data structure (project_snapshots.cpp), e.g.
    // "after the May team meeting"; names are unique. Emit snapshotsChanged().
    [[nodiscard]] Result<Id> takeSnapshot(const QString &name);
    [[nodiscard]] Status removeSnapshot(Id snapshotId);
    // A snapshot row whole, and putting it back with its id (undo and redo).
    [[nodiscard]] Result<SnapshotRecord> snapshotRecord(Id snapshotId);
    [[nodiscard]] Status restoreSnapshot(const SnapshotRecord &record);
    [[nodiscard]] Result<std::vector<SnapshotInfo>> snapshots();
    [[nodiscard]] Result<SnapshotInfo> snapshotByName(const QString &name);
    // The hierarchy a snapshot holds (the JSON of structureSnapshot: ids and names).
    [[nodiscard]] Result<QJsonObject> snapshotStructure(Id snapshotId);
    // The hierarchy now, in the same form.
    [[nodiscard]] Result<QJsonObject> currentStructure();

Q_SIGNALS:
    void sourceAdded(gw::Id sourceId);
    // A source was removed (removeSources), or renamed or given another kind.
    void sourceRemoved(gw::Id sourceId);
    void sourceChanged(gw::Id sourceId);
    void codeAdded(gw::Id codeId);
    void codeChanged(gw::Id codeId);
    void codeRemoved(gw::Id codeId);
    void segmentsChanged(gw::Id sourceId, gw::Id codeId);
    // Cases, attributes, values or case-source links changed.
    void casesChanged();
    // A memo was added, edited or removed.
    void memosChanged();
    // The data structure changed: themes or dimensions added, renamed,
    // redefined, moved or removed; codes placed, unplaced, merged or split;
    // exemplars chosen. (Merges and splits also emit segmentsChanged and
    // codeChanged for what they touched.)
    void structureChanged();
    // The CMO model changed: levels, influence types, axis names, elements,
    // influences or evidence. (Removing a dimension, theme or code also
    // removes its element, without this signal: listen to structureChanged.)
    void modelChanged();
    // A review thread was opened, answered, resolved, reopened or removed.
    void reviewChanged();
    // A snapshot was taken or removed.
    void snapshotsChanged();
    // A coding query was saved, changed or removed (core/commands/save_query.h).
    void savedQueriesChanged();

private:
    Project(Database db, FileLock lock);
    [[nodiscard]] Result<Id> coderId();
    // Announces sources removed or put back, and the rest a removal touches.
    void announceSources(const std::vector<Id> &ids, bool added);
    // Renames a source's row, in the caller's transaction (a text edit's rename).
    [[nodiscard]] Status renameRow(Id sourceId, const QString &name);
    // Puts TEXT into source ID with its segments' and turns' positions, in the
    // caller's transaction.
    [[nodiscard]] Status writeSourceText(Id id, const QString &text, const std::vector<SourceTextChange::Span> &segments,
                                         const std::vector<SourceTextChange::Span> &turns);
    // One audit_log row for a structural edit; with WITHSTRUCTURE, details also
    // get "structure": the hierarchy after the edit (for structureAt).
    [[nodiscard]] Status writeAudit(const QString &action, const QJsonObject &details, const QString &why,
                                    bool withStructure = true);
    // SQL (?1 the text, ?2 the id) run with writeAudit, in one transaction.
    [[nodiscard]] Status updateAudited(const QString &sql, const QString &text, Id id, const QString &action,
                                       const QJsonObject &details, const QString &why, bool withStructure = true);

    // One model edit: EDIT and its audit entry ACTION in one transaction,
    // then modelChanged(). Defined in project_model_levels.cpp.
    [[nodiscard]] Status modelEdit(const QString &action, const QJsonObject &details,
                                   const std::function<Status()> &edit);
    // Inserts an influence and its evidence as recorded, inside a model edit.
    [[nodiscard]] Result<Id> insertInfluence(const InfluenceRecord &record);

    // Declared before the connection so that it is released after it (see file_lock.h).
    FileLock m_lock;
    Database m_db;
    // The stores over this project's rows (docs/design/server-and-stores.md).
    std::unique_ptr<SqliteSession> m_session;
    std::unique_ptr<SourceStore> m_sources;
    std::unique_ptr<CodingStore> m_coding;
    std::unique_ptr<MemoStore> m_memos;
    std::unique_ptr<ReviewStore> m_review;
    std::unique_ptr<TeamStore> m_team;
    std::unique_ptr<StructureStore> m_structure;
    bool m_readOnly = false;
    QString m_backup;
    QString m_coderName;
    Id m_coderId = 0;
    int m_auditGroups = 0;
};

} // namespace gw
