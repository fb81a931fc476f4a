#pragma once
// What every benchmark program shares: a line of its report, giving up with
// the reason (exit 1, named by the program), a core result unwrapped, and the
// seconds since a moment.

#include "core/error.h"

#include <QCoreApplication>
#include <QString>
#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace gw::bench {

using Clock = std::chrono::steady_clock;

inline double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

inline void say(const QString &line)
{
    std::printf("%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

[[noreturn]] inline void die(const QString &why)
{
    std::fprintf(stderr, "%s: %s\n", qUtf8Printable(QCoreApplication::applicationName()), qUtf8Printable(why));
    std::exit(1);
}

template <typename T> T must(std::expected<T, Error> value)
{
    if (!value)
        die(value.error().message);
    return std::move(*value);
}

inline void must(const Status &status)
{
    if (!status)
        die(status.error().message);
}

} // namespace gw::bench
