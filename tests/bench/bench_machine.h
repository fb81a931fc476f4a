#pragma once
// What the benchmark runs on and what it costs the process: CPU, memory, peaks.
// Linux only (/proc), like the rest of our benchmark tooling.

#include <QString>
#include <cstdint>

namespace gw::bench {

struct Machine
{
    int cores = 0;
    QString cpu;
    double ramGiB = 0;
    QString kernel;
};

[[nodiscard]] Machine machine();

// getrusage's ru_maxrss: the peak resident set of the whole run, in KiB.
[[nodiscard]] std::int64_t maxRssKiB();
// VmHWM from /proc/self/status: the peak since the last resetPeakResident(), in KiB.
[[nodiscard]] std::int64_t peakResidentKiB();
// User + system CPU seconds of the process so far.
[[nodiscard]] double cpuSeconds();
// Starts a new VmHWM window (writes 5 to /proc/self/clear_refs); false if refused.
bool resetPeakResident();

} // namespace gw::bench
