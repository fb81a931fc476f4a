// The import's read-ahead: results come back in order, workers never run more
// than the window ahead of the consumer, and stopping early does not hang.
#include "core/import/prefetch.h"

#include <atomic>
#include <gtest/gtest.h>

using gw::Prefetch;

namespace {

TEST(Prefetch, ResultsComeBackInOrderWhateverTheWorkersDo)
{
    Prefetch<int> prefetch(200, 3, 8, [](int i) {
        if (i % 7 == 0)
            std::this_thread::sleep_for(std::chrono::microseconds(200)); // finish out of order
        return i * i;
    });
    for (int i = 0; i < 200; ++i)
        EXPECT_EQ(prefetch.take(i), i * i);
}

TEST(Prefetch, WorkersStayWithinTheWindow)
{
    std::atomic_int started = 0;
    Prefetch<int> prefetch(100, 2, 5, [&started](int i) {
        ++started;
        return i;
    });
    EXPECT_EQ(prefetch.take(0), 0);
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    EXPECT_LE(started.load(), 6); // item 0 consumed, so items up to 5 may start
    EXPECT_GE(started.load(), 2);
}

TEST(Prefetch, StoppingEarlyWaitsOnlyForWorkUnderWay)
{
    std::atomic_int done = 0;
    {
        Prefetch<int> prefetch(1000, 2, 4, [&done](int i) {
            ++done;
            return i;
        });
        EXPECT_EQ(prefetch.take(0), 0);
    } // destroyed with most items never taken
    EXPECT_LT(done.load(), 10);
}

TEST(Prefetch, NothingToDo)
{
    Prefetch<int> prefetch(0, 2, 4, [](int i) { return i; });
    SUCCEED();
}

} // namespace
