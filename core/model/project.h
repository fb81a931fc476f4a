#pragma once
// An open Groundwork project: one SQLite file, locked against a second
// Groundwork, migrated to the current schema. The domain API that the CLI and
// the GUI both use; every edit commits at once and is announced by a signal.

#include "core/error.h"
#include "core/model/cases.h"
#include "core/model/types.h"
#include "core/store/database.h"

#include <QObject>
#include <memory>
#include <vector>

class QLockFile;

namespace gw {

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
    [[nodiscard]] static QString contentHash(const QString &normalisedText);

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

    // Segments: code point ranges [start, end) of a source, coded with a code.
    [[nodiscard]] Result<Id> applyCode(Id sourceId, Id codeId, std::int64_t start, std::int64_t end);
    [[nodiscard]] Status removeSegment(Id segmentId);
    [[nodiscard]] Result<SegmentInfo> segment(Id segmentId);
    // Recodes and/or adjusts a segment; bounds are checked against its source.
    [[nodiscard]] Status updateSegment(Id segmentId, Id codeId, std::int64_t start, std::int64_t end);
    // Re-inserts a removed segment with its id, guid and coder (to undo uncoding).
    [[nodiscard]] Result<Id> restoreSegment(const SegmentInfo &segment);
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

    // Full-text search (FTS5 syntax: words, "phrases", prefix*, NEAR(a b, 5)).
    [[nodiscard]] Result<std::vector<SearchHit>> search(const QString &query, int limit = 200);

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

    [[nodiscard]] Result<ProjectCounts> counts();

Q_SIGNALS:
    void sourceAdded(gw::Id sourceId);
    void codeAdded(gw::Id codeId);
    void codeChanged(gw::Id codeId);
    void codeRemoved(gw::Id codeId);
    void segmentsChanged(gw::Id sourceId, gw::Id codeId);
    // Cases, attributes, values or case-source links changed.
    void casesChanged();
    // A memo was added, edited or removed.
    void memosChanged();

private:
    Project(Database db, std::unique_ptr<QLockFile> lock);
    [[nodiscard]] Result<Id> coderId();

    Database m_db;
    std::unique_ptr<QLockFile> m_lock;
    QString m_backup;
    QString m_coderName;
    Id m_coderId = 0;
};

} // namespace gw
