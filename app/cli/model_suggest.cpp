// model suggest: links the coding suggests: pairs of model elements whose
// segments occur together, strongest first, with their evidence. Changes
// nothing; "model link" adds the ones the researcher accepts.
#include "app/cli/model_support.h"
#include "app/cli/verbs.h"
#include "core/analysis/cooccurrence.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <map>

namespace gw::cli {

namespace {

class ModelSuggestVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("model suggest"); } // data
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::model_suggest", "Suggest links from co-occurring segments.");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::model_suggest",
            "For each pair of model elements, count how often their segments co-occur: "
            "overlapping,\n"
            "within N sentences (--within, default 1), in the same source, in the same case. The\n"
            "strongest pairs that no link joins yet are offered as candidate links (contexts "
            "before\n"
            "mechanisms before outcomes) with the segment pairs behind them. Nothing is added:\n"
            "accept one with \"model link\" and \"model evidence\". --all lists every pair.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("within"),
                          QCoreApplication::translate("gw::cli::model_suggest",
                                                      "Sentences apart that still count as together."),
                          QStringLiteral("N")});
        parser.addOption({QStringLiteral("limit"),
                          QCoreApplication::translate("gw::cli::model_suggest", "At most N candidates (default 10)."),
                          QStringLiteral("N")});
        parser.addOption(
            {QStringLiteral("all"),
             QCoreApplication::translate("gw::cli::model_suggest", "List the counts of every pair, too.")});
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        CooccurrenceOptions options;
        int limit = 10;
        for (const auto &[option, target] :
             {std::pair{QStringLiteral("within"), &options.withinSentences},
              std::pair{QStringLiteral("limit"), &limit}}) {
            if (!parser.isSet(option))
                continue;
            bool ok = false;
            *target = parser.value(option).toInt(&ok);
            if (!ok || *target < 0) {
                io.err << QCoreApplication::translate("gw::cli::model_suggest",
                                                      "groundwork-cli model suggest: --%1 is a whole number from 0.\n")
                              .arg(option);
                return Usage;
            }
        }
        auto project = openProject(parser, io, Access::Read);
        if (!project)
            return Usage;
        auto elements = project->modelElements();
        if (!elements)
            return reportError(io, elements.error());
        auto pairs = elementCooccurrences(*project, options);
        if (!pairs)
            return reportError(io, pairs.error());
        std::map<Id, QString> names;
        for (const ModelElement &e : *elements)
            names[e.id] = e.name;
        const std::vector<CandidateLink> candidates = candidateLinks(*pairs, *elements, limit);
        const auto counts = [&](const ElementCooccurrence &c) {
            return QJsonObject{{QStringLiteral("overlapping"), c.overlapping},
                               {QStringLiteral("nearby"), c.nearby},
                               {QStringLiteral("same_source"), c.sameSource},
                               {QStringLiteral("same_case"), c.sameCase},
                               {QStringLiteral("linked"), c.linked}};
        };
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray candidateArray, pairArray;
            for (const CandidateLink &l : candidates) {
                QJsonArray evidence;
                for (const SegmentPair &p : l.counts.evidence)
                    evidence.append(
                        QJsonObject{{QStringLiteral("from_segment"), qint64(p.first)},
                                    {QStringLiteral("to_segment"), qint64(p.second)},
                                    {QStringLiteral("sentences_apart"), p.sentencesApart}});
                QJsonObject o = counts(l.counts);
                o.insert(QStringLiteral("from"), names[l.fromId]);
                o.insert(QStringLiteral("to"), names[l.toId]);
                o.insert(QStringLiteral("evidence"), evidence);
                candidateArray.append(o);
            }
            if (parser.isSet(QStringLiteral("all")))
                for (const ElementCooccurrence &c : *pairs) {
                    QJsonObject o = counts(c);
                    o.insert(QStringLiteral("first"), names[c.firstId]);
                    o.insert(QStringLiteral("second"), names[c.secondId]);
                    pairArray.append(o);
                }
            QJsonObject doc{{QStringLiteral("within"), options.withinSentences},
                            {QStringLiteral("candidates"), candidateArray}};
            if (parser.isSet(QStringLiteral("all")))
                doc.insert(QStringLiteral("pairs"), pairArray);
            writeJson(io, QJsonDocument(doc));
            return Ok;
        }
        if (candidates.empty())
            io.out << QCoreApplication::translate("gw::cli::model_suggest",
                                                  "No unlinked pair of model elements has segments within %1 "
                                                  "sentence(s) of each other.\n")
                          .arg(options.withinSentences);
        for (const CandidateLink &l : candidates) {
            //: A candidate link; the segment pairs follow: " 12+15 20+21".
            io.out << QCoreApplication::translate("gw::cli::model_suggest",
                                                  "\"%1\" -> \"%2\": %3 nearby, %4 overlapping, %5 source(s), "
                                                  "%6 case(s); segments")
                          .arg(names[l.fromId], names[l.toId], QString::number(l.counts.nearby),
                               QString::number(l.counts.overlapping), QString::number(l.counts.sameSource),
                               QString::number(l.counts.sameCase));
            int shown = 0;
            for (const SegmentPair &p : l.counts.evidence) {
                if (shown++ == 5) {
                    io.out << " ...";
                    break;
                }
                io.out << ' ' << p.first << '+' << p.second;
            }
            io.out << '\n';
        }
        if (parser.isSet(QStringLiteral("all"))) {
            io.out << '\n'
                   << QCoreApplication::translate("gw::cli::model_suggest",
                                                  "Every pair (nearby, overlapping, sources, cases):\n");
            for (const ElementCooccurrence &c : *pairs) {
                io.out << "  \"" << names[c.firstId] << "\" & \"" << names[c.secondId] << "\"\t"
                       << c.nearby << '\t' << c.overlapping << '\t' << c.sameSource << '\t'
                       << c.sameCase;
                if (c.linked)
                    //: Marks a pair that a link already joins, after its counts.
                    io.out << '\t' << QCoreApplication::translate("gw::cli::model_suggest", "linked");
                io.out << '\n';
            }
        }
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeModelSuggestVerb()
{
    return std::make_unique<ModelSuggestVerb>();
}

} // namespace gw::cli
