#pragma once
// The vocabulary the synthetic corpus is made of: phrases about digital
// transformation in hospitals, in the register of the study in METHOD.md
// (EPR roll-outs, exemplars and fast followers, suppliers, clinical safety),
// plus the placeholders, names and Unicode a real transcript carries.

#include <QList>
#include <QStringList>

namespace gw::bench {

struct WordBank
{
    QStringList subjects;    // "the clinical safety team"
    QStringList verbs;       // "had to negotiate with"
    QStringList objects;     // "the electronic prescribing module"
    QStringList tails;       // "during the go-live"
    QStringList openers;     // "To be honest,"
    QStringList fillers;     // "you know,"  (speech only)
    QStringList questions;   // what an interviewer asks
    QStringList names;       // people named in documents and notes (accents)
    QStringList quotes;      // short phrases quoted in curly quotes
    QStringList rare;        // non-BMP characters
    QStringList headings;    // document section headings
    QStringList documentKinds;
    QStringList meetingKinds;
    // Search terms drawn from the phrases above (letters only).
    QStringList searchWords;
    QStringList searchPhrases; // two words that occur side by side
};

[[nodiscard]] const WordBank &wordBank();

// Interviewee roles and how many of each, as published in Table 2 of the study
// (/work/shared/domain/table2-interviewees.json): 178 in-depth + 50 wider = 228.
struct RoleCount
{
    QString role;
    int count = 0;
    bool inDepth = true; // one of the 12 in-depth case-study sites
};
[[nodiscard]] QList<RoleCount> intervieweeRoles();

} // namespace gw::bench
