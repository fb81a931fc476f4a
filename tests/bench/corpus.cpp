#include "corpus.h"

#include "corpus_rng.h"
#include "document_formats.h"
#include "word_bank.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <cmath>
#include <limits>

namespace gw::bench {

namespace {

const QString kMarker = QStringLiteral(".groundwork-corpus");

struct Participant
{
    QString id, file, site, role, status, date;
    QString group; // as the published Table 2 groups the interviewees
};

int scaled(int count, double scale) { return std::max(1, int(std::lround(count * scale))); }

// One generator per file, so a file's text does not depend on the ones before it.
CorpusRng rngFor(std::uint32_t seed, std::uint32_t stream, int index)
{
    return CorpusRng(seed * 2654435761u + stream * 100003u + std::uint32_t(index));
}

QString slug(const QString &s) { return s.toLower().replace(QLatin1Char(' '), QLatin1Char('-')); }

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')))
        return s;
    return QLatin1Char('"') + QString(s).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QList<Participant> participants(std::uint32_t seed)
{
    QList<RoleCount> roles = intervieweeRoles();
    QList<const RoleCount *> seats;
    for (const RoleCount &r : roles)
        for (int i = 0; i < r.count; ++i)
            seats << &r;
    CorpusRng rng = rngFor(seed, 1, 0);
    rng.shuffle(seats);
    const QDate first(2018, 3, 1);
    const qint64 days = first.daysTo(QDate(2023, 6, 30));
    QList<Participant> people;
    for (qsizetype i = 0; i < seats.size(); ++i) {
        Participant p;
        p.id = QStringLiteral("P%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        p.file = p.id + ((i * 40) % 228 < 40 ? QStringLiteral(".vtt") : QStringLiteral(".txt"));
        p.role = seats[i]->role;
        const int site = int(rng.below(12));
        p.site = seats[i]->inDepth ? QStringLiteral("Site_%1").arg(QChar(char16_t(u'A' + site))) : QStringLiteral("Wider sample");
        p.status = !seats[i]->inDepth ? QString() : site < 6 ? QStringLiteral("exemplar") : QStringLiteral("fast follower");
        p.group = seats[i]->inDepth ? QStringLiteral("In-depth case study sites (12 sites)")
                                    : QStringLiteral("Wider data collection");
        p.date = first.addDays(rng.below(std::uint32_t(days))).toString(Qt::ISODate);
        people << p;
    }
    return people;
}

// Deals file formats out in proportion to their quotas, evenly spread (the
// format furthest behind its share goes next), so the full corpus has exactly
// the quotas and even a tiny one has every format.
class FormatSpread
{
public:
    explicit FormatSpread(QList<std::pair<int, QString>> quotas) : m_quotas(std::move(quotas)), m_used(m_quotas.size())
    {
        for (const auto &q : m_quotas)
            m_total += q.first;
    }
    QString next()
    {
        qsizetype best = 0;
        std::int64_t bestDeficit = std::numeric_limits<std::int64_t>::min();
        for (qsizetype f = 0; f < m_quotas.size(); ++f) {
            const std::int64_t deficit = std::int64_t(m_quotas[f].first) * (m_dealt + 1) - std::int64_t(m_used[f]) * m_total;
            if (deficit > bestDeficit) {
                bestDeficit = deficit;
                best = f;
            }
        }
        ++m_used[best];
        ++m_dealt;
        return m_quotas[best].second;
    }

private:
    QList<std::pair<int, QString>> m_quotas;
    QList<int> m_used;
    int m_total = 0, m_dealt = 0;
};

class CorpusWriter
{
public:
    CorpusWriter(const CorpusOptions &options) : m_options(options), m_dir(options.folder) {}

    bool write(const QString &relative, const QByteArray &bytes, std::int64_t words)
    {
        QFile file(m_dir.filePath(relative));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            m_error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        tally(relative, words);
        return true;
    }
    void tally(const QString &relative, std::int64_t words)
    {
        FormatTally &t = m_summary.byFormat[QFileInfo(relative).suffix()];
        const std::int64_t bytes = QFileInfo(m_dir.filePath(relative)).size();
        for (FormatTally *x : {&t, &m_summary.total}) {
            ++x->files;
            x->words += words;
            x->bytes += bytes;
        }
    }
    bool packaged(const QString &relative, const StructuredText &doc, int serial)
    {
        const QString path = m_dir.filePath(relative);
        bool ok = true;
        if (relative.endsWith(QLatin1String(".pdf"))) {
            const int pages = writePdf(path, doc, serial);
            m_summary.pdfPages += pages;
            ok = pages > 0;
        } else {
            ok = relative.endsWith(QLatin1String(".odt")) ? writeOdt(path, doc) : writeDocx(path, doc);
        }
        if (!ok) {
            m_error = QStringLiteral("cannot write %1").arg(path);
            return false;
        }
        tally(relative, countWords(plainText(doc)));
        return true;
    }
    // A text format or a package, by suffix.
    bool document(const QString &relative, const StructuredText &doc, int serial)
    {
        const QString suffix = QFileInfo(relative).suffix();
        const std::int64_t words = countWords(plainText(doc));
        if (suffix == QLatin1String("md"))
            return write(relative, toMarkdown(doc), words);
        if (suffix == QLatin1String("txt"))
            return write(relative, toPlain(doc), words);
        if (suffix == QLatin1String("html"))
            return write(relative, toHtml(doc), words);
        return packaged(relative, doc, serial);
    }

    bool interviews(const QList<Participant> &people);
    bool observations();
    bool documents();

    CorpusSummary m_summary;
    QString m_error;

private:
    const CorpusOptions &m_options;
    QDir m_dir;
};

bool CorpusWriter::interviews(const QList<Participant> &people)
{
    QString csv = QStringLiteral("participant,file,site,role,status,interview_date,group\n");
    for (qsizetype i = 0; i < scaled(int(people.size()), m_options.scale) && i < people.size(); ++i) {
        const Participant &p = people[i];
        CorpusRng rng = rngFor(m_options.seed, 2, int(i));
        Prose prose(rng);
        const QList<SpeakerTurn> turns = prose.interview(p.id, rng.between(7000, 10000));
        std::int64_t words = 0;
        for (const SpeakerTurn &t : turns)
            words += countWords(t.text);
        const QString header = QStringLiteral("Interview with %1 — %2, %3\nRecorded %4. Transcribed verbatim; names "
                                              "of people, sites and suppliers replaced by placeholders.")
                                   .arg(p.id, p.role, p.site, p.date);
        const QByteArray bytes = p.file.endsWith(QLatin1String(".vtt")) ? toWebVtt(turns) : toTranscript(header, turns);
        if (!write(QStringLiteral("interviews/") + p.file, bytes, words))
            return false;
        QStringList fields;
        for (const QString &f : {p.id, p.file, p.site, p.role, p.status, p.date, p.group})
            fields << csvField(f);
        csv += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    if (!write(QStringLiteral("attributes.csv"), csv.toUtf8(), 0))
        return false;
    // Every participant of the study, whatever the scale, for the participants
    // table (Table 2): its counts are the published ones.
    QString all = QStringLiteral("participant,role,group,site,status\n");
    for (const Participant &p : people) {
        QStringList fields;
        for (const QString &f : {p.id, p.role, p.group, p.site, p.status})
            fields << csvField(f);
        all += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return write(QStringLiteral("participants.csv"), all.toUtf8(), 0);
}

bool CorpusWriter::observations()
{
    FormatSpread spread({{56, QStringLiteral("md")}, {42, QStringLiteral("txt")}, {15, QStringLiteral("odt")}});
    for (int i = 0; i < scaled(113, m_options.scale); ++i) {
        CorpusRng rng = rngFor(m_options.seed, 3, i);
        Prose prose(rng);
        const QString meeting = rng.pick(wordBank().meetingKinds);
        const QDate date = QDate(2018, 4, 1).addDays(rng.below(1900));
        const StructuredText note =
            prose.fieldNote(QStringLiteral("Field note: %1, %2").arg(meeting, date.toString(Qt::ISODate)), meeting,
                            rng.between(1500, 3000));
        const QString name = QStringLiteral("observations/obs-%1-%2.%3")
                                 .arg(i + 1, 3, 10, QLatin1Char('0'))
                                 .arg(slug(meeting), spread.next());
        if (!document(name, note, 1000 + i))
            return false;
    }
    return true;
}

bool CorpusWriter::documents()
{
    FormatSpread spread({{70, QStringLiteral("docx")}, {40, QStringLiteral("odt")}, {40, QStringLiteral("pdf")},
                         {40, QStringLiteral("md")}, {40, QStringLiteral("txt")}, {47, QStringLiteral("html")}});
    for (int i = 0; i < scaled(277, m_options.scale); ++i) {
        const QString suffix = spread.next();
        CorpusRng rng = rngFor(m_options.seed, 4, i);
        Prose prose(rng);
        const QString kind = rng.pick(wordBank().documentKinds);
        // PDFs are the slow part to draw; they are the shorter documents.
        const int words = suffix == QLatin1String("pdf") ? rng.between(1000, 2500) : rng.between(1000, 6000);
        const QString title = QStringLiteral("%1: %2").arg(kind, rng.pick(wordBank().objects));
        const QString name = QStringLiteral("documents/doc-%1-%2.%3").arg(i + 1, 3, 10, QLatin1Char('0')).arg(slug(kind), suffix);
        if (!document(name, prose.document(title, words), i))
            return false;
    }
    return true;
}

} // namespace

QString defaultCorpusFolder() { return QStringLiteral("/tmp/groundwork-corpus"); }

std::expected<CorpusSummary, QString> generateCorpus(const CorpusOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    const QString folder = QFileInfo(options.folder).absoluteFilePath();
    const QString checkout = QFileInfo(QStringLiteral(GW_SOURCE_DIR)).absoluteFilePath();
    if (folder == checkout || folder.startsWith(checkout + QLatin1Char('/')))
        return std::unexpected(QStringLiteral("%1 is inside the source checkout; choose a folder outside it").arg(folder));
    QDir dir(folder);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (!dir.exists(kMarker))
            return std::unexpected(QStringLiteral("%1 is not empty and is not a generated corpus").arg(folder));
        if (!dir.removeRecursively())
            return std::unexpected(QStringLiteral("cannot remove the old corpus in %1").arg(folder));
    }
    for (const QString &sub : {QStringLiteral("interviews"), QStringLiteral("observations"), QStringLiteral("documents")})
        if (!QDir().mkpath(dir.filePath(sub)))
            return std::unexpected(QStringLiteral("cannot create %1").arg(dir.filePath(sub)));
    QFile marker(dir.filePath(kMarker));
    if (!marker.open(QIODevice::WriteOnly) ||
        marker.write(QStringLiteral("seed %1 scale %2\n").arg(options.seed).arg(options.scale).toUtf8()) < 0)
        return std::unexpected(QStringLiteral("cannot write %1").arg(marker.fileName()));
    marker.close();

    CorpusOptions absolute = options;
    absolute.folder = folder;
    CorpusWriter writer(absolute);
    if (!writer.interviews(participants(options.seed)) || !writer.observations() || !writer.documents())
        return std::unexpected(writer.m_error);
    writer.m_summary.seconds = timer.elapsed() / 1000.0;
    return writer.m_summary;
}

QString describe(const CorpusSummary &summary)
{
    QString out = QStringLiteral("%1 %2 %3 %4\n").arg(QStringLiteral("format"), -8).arg(QStringLiteral("files"), 6)
                      .arg(QStringLiteral("words"), 10).arg(QStringLiteral("MB"), 8);
    auto row = [](const QString &name, const FormatTally &t) {
        return QStringLiteral("%1 %2 %3 %4\n").arg(name, -8).arg(t.files, 6).arg(t.words, 10)
            .arg(t.bytes / 1e6, 8, 'f', 2);
    };
    for (const auto &[suffix, tally] : summary.byFormat)
        out += row(suffix, tally);
    out += row(QStringLiteral("total"), summary.total);
    out += QStringLiteral("PDF pages: %1; generated in %2 s\n").arg(summary.pdfPages).arg(summary.seconds, 0, 'f', 1);
    return out;
}

} // namespace gw::bench
