#include "word_bank.h"

#include <QRegularExpression>
#include <initializer_list>

namespace gw::bench {

namespace {

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *s : items)
        out << QString::fromUtf8(s);
    return out;
}

// Words of PHRASES that are plain letters (no placeholders), and adjacent pairs.
void deriveSearchTerms(WordBank &bank)
{
    static const QRegularExpression letters(QStringLiteral("^[a-z]{5,}$"));
    static const QStringList stop = list({"about", "their", "there", "which", "would", "through"});
    for (const QString &phrase : bank.objects + bank.subjects + bank.tails) {
        const QStringList words = phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QString w = words[i];
            if (letters.match(w).hasMatch() && !stop.contains(w) && !bank.searchWords.contains(w))
                bank.searchWords << w;
            if (i + 1 < words.size() && letters.match(w).hasMatch() && letters.match(words[i + 1]).hasMatch()) {
                const QString pair = w + QLatin1Char(' ') + words[i + 1];
                if (!bank.searchPhrases.contains(pair))
                    bank.searchPhrases << pair;
            }
        }
    }
}

WordBank makeBank()
{
    WordBank b;
    b.subjects = list({"the clinical safety team", "our chief clinical information officer", "the trust board",
        "[supplier_name]", "the ward managers", "the programme board", "the pharmacy team", "[technology_name]",
        "the integrated care system", "the nursing staff", "frontline clinicians", "the digital team",
        "the regional team", "the benefits realisation group", "the vendor", "the go-live command centre",
        "the fast follower site", "the exemplar site", "NHS England", "the national programme", "our informatics lead",
        "the executive team", "the junior doctors", "the procurement team", "the clinical reference group",
        "the chief nursing information officer", "the finance director", "the user group", "the training team",
        "the medical director", "the project office", "the consultants", "the interoperability working group"});
    b.verbs = list({"had to negotiate with", "struggled to configure", "learned a great deal from", "relied heavily on",
        "pushed back against", "shared templates with", "was mandated to adopt", "worked closely with",
        "underestimated", "procured", "rolled out", "benchmarked against", "was funded to support", "redesigned",
        "kept coming back to", "never really trusted", "signed off", "escalated concerns about", "piloted",
        "took ownership of", "depended on", "was frustrated by", "championed", "delayed", "simplified",
        "invested in", "copied the approach of", "drew on the experience of", "argued for", "tested"});
    b.objects = list({"the electronic prescribing module", "the order communications system",
        "the interoperability standards", "the optimisation phase", "the exemplar funding", "the blueprint",
        "the fast follower partnership", "the clinical safety case", "the data migration", "the readiness assessment",
        "smart card access", "single sign-on", "the discharge summary", "the interface engine", "the business case",
        "the lessons learned paper", "the acute trust next door", "the patient portal", "the nursing documentation",
        "the medicines reconciliation workflow", "the clinical decision support rules", "the bed management board",
        "the maturity index", "the benefits register", "the supplier contract", "the training programme",
        "the super user network", "the shared care record", "the theatre scheduling system", "the test environment",
        "the cutover plan", "the governance structure", "the digital strategy", "the vital signs observations",
        "the pathology results feed", "the radiology requests", "the shared learning events", "the national team"});
    b.tails = list({"at [site_A]", "during the go-live", "in the first year", "across the whole trust",
        "before the contract was signed", "with very little money", "over about eighteen months",
        "after the second phase", "on the wards", "in the emergency department", "for the fast followers",
        "at the regional meetings", "in outpatients", "within the existing budget", "at [site_B]",
        "through the user group", "from the very beginning", "without much clinical input", "in maternity",
        "at the national level", "once the funding arrived", "at [site_C]", "in the pharmacy"});
    b.openers = list({"To be honest,", "In the end,", "At first,", "Looking back,", "Actually,", "Interestingly,",
        "Of course,", "In practice,", "Frankly,", "On the other hand,", "Over time,", "Initially,"});
    b.fillers = list({"you know,", "I mean,", "sort of", "kind of", "basically,", "well,", "erm,", "like,"});
    b.questions = list({"Could you tell me a bit about your role in the programme?",
        "How did the relationship with [supplier_name] develop over time?",
        "What did you take from the exemplar site, if anything?",
        "How were clinicians involved in the design decisions?",
        "Can you say more about how the funding shaped what you did?",
        "What happened at go-live?", "Who did you turn to when things went wrong?",
        "How did you share what you learned with other trusts?",
        "Was there anything you would do differently now?",
        "How did the national team's requirements affect your plans?",
        "What role did the user group play?", "How did [technology_name] change day-to-day work on the wards?",
        "Could you give me an example of that?", "And how did the board respond?",
        "What were the main tensions, in your view?"});
    b.names = list({"Zoë Müller", "Søren Østergaard", "Łukasz Wróbel", "José Peña", "Renée Dubois", "Björn Åkesson",
        "Siân Llewellyn", "Małgorzata Kowalska", "François Lefèvre", "Chloé Brontë", "Jürgen Schäfer",
        "Ingrid Sørensen", "Aoife Ní Bhriain", "Noémie Girard", "Paweł Nowak", "Dorothée Martin", "Amélie Roux",
        "Åsa Lindström", "Thomas O’Neill", "Priya Raghunathan", "Çağla Yılmaz", "Ólafur Jónsson"});
    b.quotes = list({"digital by default", "paperless at the point of care", "the golden thread",
        "fast follower", "a burning platform", "learning health system", "just get it live",
        "clinically led, digitally enabled", "one version of the truth", "adopt and adapt"});
    b.rare = list({"🙂", "𠮷", "👍", "📈", "🏥"});
    b.headings = list({"Background", "Aims and scope", "Current state", "Options appraisal", "Clinical engagement",
        "Governance", "Benefits", "Risks and mitigations", "Implementation approach", "Lessons learned",
        "Interoperability", "Workforce and training", "Costs", "Next steps", "Recommendations"});
    b.documentKinds = list({"Business plan", "Blueprint", "Lessons learned", "Implementation plan",
        "Board paper", "Forum thread", "Webinar notes", "Benefits case", "Readiness review"});
    b.meetingKinds = list({"user group meeting", "programme board", "regional workshop", "conference session",
        "go-live huddle", "clinical safety review", "supplier demonstration", "webinar"});
    deriveSearchTerms(b);
    return b;
}

} // namespace

const WordBank &wordBank()
{
    static const WordBank bank = makeBank();
    return bank;
}

QList<RoleCount> intervieweeRoles()
{
    auto role = [](const char *name, int n, bool inDepth) { return RoleCount{QString::fromUtf8(name), n, inDepth}; };
    return {role("CCIO", 34, true), role("Program manager", 29, true), role("CIO", 27, true),
            role("Nursing roles", 15, true), role("Digital director/lead", 12, true), role("CNIO", 11, true),
            role("Project manager", 11, true), role("Pharmacist", 7, true), role("Other IT-related roles", 20, true),
            role("Clinical transformation lead", 6, true), role("Benefit realization lead", 6, true),
            role("Policy", 44, false), role("Industry", 3, false), role("Others", 3, false)};
}

} // namespace gw::bench
