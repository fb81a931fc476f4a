#pragma once
// The study-scale project the benchmarks measure on, built headless from the
// generated corpus (corpus.h) by the recipe of groundwork-gui-bench: every
// source imported, 400 codes (open, focused, first-order in turn), 20,000
// segments spread over the sources by a fixed seed (2,000 of them with code 1,
// 300 on the interview nearest 10,000 words). Built once into a work folder
// and reused while its marker matches; each run copies it.

#include "core/model/types.h"

#include <QString>
#include <QStringList>
#include <cstdint>
#include <expected>
#include <random>

namespace gw::bench {

inline constexpr int kStudyCodes = 400;
inline constexpr int kStudySegments = 20000;
inline constexpr int kStudyBigCodeSegments = 2000;
inline constexpr int kStudyTargetSegments = 300;
inline constexpr std::uint32_t kStudySeed = 20261125;

struct StudyProject
{
    QString path;         // the built project (copy it before editing)
    Id bigCode = 0;       // the code with kStudyBigCodeSegments segments
    Id targetSource = 0;  // the interview with kStudyTargetSegments segments
};

// The corpus in CORPUS (generated there when missing; PDFs need a
// QGuiApplication) made into WORK/study.groundwork, or the one already there.
[[nodiscard]] std::expected<StudyProject, QString> studyProject(const QString &corpus, const QString &work,
                                                                bool rebuild = false);

// Copies a project file with its WAL beside it.
[[nodiscard]] bool copyProjectFile(const QString &from, const QString &to);

// A number in [0, n) from one 32-bit draw, the same on every standard library.
[[nodiscard]] inline std::int64_t below(std::mt19937 &rng, std::int64_t n)
{
    return std::int64_t((std::uint64_t(rng()) * std::uint64_t(n)) >> 32);
}

} // namespace gw::bench
