#pragma once
// The corpus generator's only source of chance. std::mt19937's output is fixed by
// the standard, but std::uniform_int_distribution's is not (libstdc++ and libc++
// reduce ranges differently), so the range reduction is our own: rejection
// sampling, which is unbiased and gives the same numbers on every library.

#include <QList>
#include <cstdint>
#include <random>
#include <span>

namespace gw::bench {

class CorpusRng
{
public:
    explicit CorpusRng(std::uint32_t seed) : m_engine(seed) {}

    // Uniform in [0, n); n > 0.
    std::uint32_t below(std::uint32_t n)
    {
        const std::uint32_t threshold = (0u - n) % n; // 2^32 mod n: the biased tail to reject
        for (;;) {
            const std::uint32_t r = std::uint32_t(m_engine());
            if (r >= threshold)
                return r % n;
        }
    }
    // Uniform in [lo, hi].
    int between(int lo, int hi) { return lo + int(below(std::uint32_t(hi - lo + 1))); }
    bool percent(int p) { return int(below(100)) < p; }

    template <typename T> const T &pick(std::span<const T> items) { return items[below(std::uint32_t(items.size()))]; }
    template <typename T> const T &pick(const QList<T> &items) { return items[below(std::uint32_t(items.size()))]; }

    // Fisher-Yates with our own reduction (std::shuffle is library-specific too).
    template <typename T> void shuffle(QList<T> &items)
    {
        for (qsizetype i = items.size() - 1; i > 0; --i)
            items.swapItemsAt(i, qsizetype(below(std::uint32_t(i + 1))));
    }

private:
    std::mt19937 m_engine;
};

} // namespace gw::bench
