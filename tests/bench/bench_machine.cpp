#include "bench_machine.h"

#include <QFile>
#include <QSysInfo>
#include <sys/resource.h>
#include <thread>

namespace gw::bench {

namespace {

// The value after "KEY:" on the first line of FILE that starts with KEY.
QString field(const QString &file, const QString &key)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QString text = QString::fromUtf8(line);
        if (text.startsWith(key)) {
            const qsizetype colon = text.indexOf(QLatin1Char(':'));
            if (colon >= 0)
                return text.sliced(colon + 1).trimmed();
        }
    }
    return {};
}

std::int64_t kib(const QString &value) { return value.split(QLatin1Char(' ')).value(0).toLongLong(); }

} // namespace

Machine machine()
{
    Machine m;
    m.cores = int(std::thread::hardware_concurrency());
    m.cpu = field(QStringLiteral("/proc/cpuinfo"), QStringLiteral("model name"));
    m.ramGiB = kib(field(QStringLiteral("/proc/meminfo"), QStringLiteral("MemTotal"))) / 1024.0 / 1024.0;
    m.kernel = QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion();
    return m;
}

std::int64_t maxRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto s = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return s(usage.ru_utime) + s(usage.ru_stime);
}

std::int64_t peakResidentKiB() { return kib(field(QStringLiteral("/proc/self/status"), QStringLiteral("VmHWM"))); }

bool resetPeakResident()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

} // namespace gw::bench
