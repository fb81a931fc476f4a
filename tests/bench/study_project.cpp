#include "study_project.h"

#include "corpus.h"

#include "core/import/import_job.h"
#include "core/model/project.h"
#include "core/store/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <limits>

namespace gw::bench {

namespace {

// Bump when the recipe changes: an old project is rebuilt.
const QString kMarkerVersion = QStringLiteral("study v1");

int wordCount(const QString &text)
{
    int n = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool space = c.isSpace();
        if (!space && !inWord)
            ++n;
        inWord = !space;
    }
    return n;
}

std::expected<StudyProject, QString> build(const QString &path, const QStringList &folders)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    auto created = Project::create(path);
    if (!created)
        return std::unexpected(created.error().message);
    Project &project = **created;
    if (auto ok = project.setCoder(QStringLiteral("bench")); !ok)
        return std::unexpected(ok.error().message);
    (void)importFiles(project, folders, {});
    auto sources = project.sources();
    if (!sources || sources->size() < 10)
        return std::unexpected(QStringLiteral("too few sources imported from the corpus"));

    StudyProject study{path, 0, 0};
    int bestGap = std::numeric_limits<int>::max();
    for (const SourceInfo &s : *sources) {
        if (s.kind != SourceKind::Interview)
            continue;
        const int gap = std::abs(wordCount(project.sourceText(s.id).value_or(QString())) - 10000);
        if (gap < bestGap) {
            bestGap = gap;
            study.targetSource = s.id;
        }
    }
    Transaction tx(project.database());
    if (!tx.begun())
        return std::unexpected(tx.begun().error().message);
    std::vector<Id> codes;
    const CodeStage stages[] = {CodeStage::Open, CodeStage::Focused, CodeStage::FirstOrder};
    for (int i = 0; i < kStudyCodes; ++i) {
        auto id = project.addCode(QStringLiteral("Code %1").arg(i + 1, 3, 10, QLatin1Char('0')), stages[i % 3]);
        if (!id)
            return std::unexpected(id.error().message);
        codes.push_back(*id);
    }
    study.bigCode = codes.front();
    std::mt19937 rng(kStudySeed);
    std::vector<const SourceInfo *> others;
    const SourceInfo *target = nullptr;
    for (const SourceInfo &s : *sources) {
        if (s.id == study.targetSource)
            target = &s;
        else if (s.length > 50)
            others.push_back(&s);
    }
    if (!target)
        return std::unexpected(QStringLiteral("no interview in the corpus"));
    int made = 0;
    for (int i = 0; made < kStudySegments; ++i) {
        const bool big = made < kStudyBigCodeSegments;
        const bool onTarget = !big && made < kStudyBigCodeSegments + kStudyTargetSegments;
        const SourceInfo &src = onTarget ? *target : *others[std::size_t(below(rng, std::int64_t(others.size())))];
        const Id code = big ? study.bigCode : codes[std::size_t(1 + below(rng, kStudyCodes - 1))];
        const std::int64_t length = std::min<std::int64_t>(src.length, 40 + below(rng, 560));
        const std::int64_t start = below(rng, src.length - length + 1);
        auto id = project.applyCode(src.id, code, start, start + length);
        if (id)
            ++made;
        else if (id.error().kind != ErrorKind::Duplicate)
            return std::unexpected(id.error().message);
        if (i > 10 * kStudySegments)
            return std::unexpected(QStringLiteral("cannot place the segments"));
    }
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error().message);
    return study;
}

} // namespace

bool copyProjectFile(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(to + suffix);
        if (QFileInfo::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix))
            return false;
    }
    return true;
}

std::expected<StudyProject, QString> studyProject(const QString &corpus, const QString &work, bool rebuild)
{
    if (!QFileInfo::exists(corpus + QStringLiteral("/.groundwork-corpus"))) {
        auto made = generateCorpus({corpus, 1.0, 20180401});
        if (!made)
            return std::unexpected(made.error());
    }
    const QStringList folders = {corpus + QStringLiteral("/interviews"), corpus + QStringLiteral("/observations"),
                                 corpus + QStringLiteral("/documents")};
    if (!QDir().mkpath(work))
        return std::unexpected(QStringLiteral("cannot make %1").arg(work));
    const QString path = QDir(work).filePath(QStringLiteral("study.groundwork"));
    const QString markerPath = path + QStringLiteral(".marker");
    const QString key = QStringLiteral("%1 corpus=%2 files=%3 codes=%4 segments=%5 seed=%6")
                            .arg(kMarkerVersion, corpus)
                            .arg(filesToImport(folders).size())
                            .arg(kStudyCodes)
                            .arg(kStudySegments)
                            .arg(kStudySeed);
    QFile marker(markerPath);
    if (!rebuild && QFileInfo::exists(path) && marker.open(QIODevice::ReadOnly)) {
        const QJsonObject saved = QJsonDocument::fromJson(marker.readAll()).object();
        marker.close();
        if (saved.value(QStringLiteral("key")).toString() == key) {
            // A study an earlier version made is brought up to today's schema
            // once, here, so that each run's copy does not migrate again and
            // leave another backup; the backups of this folder are the bench's own.
            if (auto opened = Project::open(path); !opened)
                return std::unexpected(opened.error().message);
            for (const QString &backup : QDir(work).entryList({QStringLiteral("*.bak")}, QDir::Files))
                QFile::remove(QDir(work).filePath(backup));
            return StudyProject{path, saved.value(QStringLiteral("big_code")).toInteger(),
                                saved.value(QStringLiteral("target_source")).toInteger()};
        }
    }
    QFile::remove(markerPath);
    auto study = build(path, folders);
    if (!study)
        return study;
    const QJsonObject out{{QStringLiteral("key"), key},
                          {QStringLiteral("big_code"), qint64(study->bigCode)},
                          {QStringLiteral("target_source"), qint64(study->targetSource)}};
    if (!marker.open(QIODevice::WriteOnly) || marker.write(QJsonDocument(out).toJson()) < 0)
        return std::unexpected(QStringLiteral("cannot write %1").arg(markerPath));
    return study;
}

} // namespace gw::bench
