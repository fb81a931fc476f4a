#pragma once
// Runs a function over items [0, count) on worker threads, a bounded window
// ahead of the one consumer that takes the results in order. With one core
// left for the consumer (the database thread), parsing the next files overlaps
// inserting this one without starving the inserts.

#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace gw {

template <typename T> class Prefetch
{
public:
    Prefetch(int count, int workers, int window, std::function<T(int)> produce)
        : m_results(count), m_window(window), m_produce(std::move(produce))
    {
        for (int w = 0; w < std::min(workers, count); ++w)
            m_threads.emplace_back([this] { work(); });
    }
    Prefetch(const Prefetch &) = delete;
    Prefetch &operator=(const Prefetch &) = delete;

    // Stops handing out new items and waits for the ones under way.
    ~Prefetch()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_changed.notify_all();
        for (auto &t : m_threads)
            t.join();
    }

    // The result for INDEX, waiting for it; call with 0, 1, 2... in order.
    T take(int index)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_results[index].has_value(); });
        T value = std::move(*m_results[index]);
        m_results[index].reset();
        m_consumed = index + 1;
        lock.unlock();
        m_changed.notify_all();
        return value;
    }

private:
    void work()
    {
        for (;;) {
            int index = 0;
            {
                std::unique_lock lock(m_mutex);
                const auto total = int(m_results.size());
                m_changed.wait(lock, [&] { return m_stopped || m_next >= total || m_next < m_consumed + m_window; });
                if (m_stopped || m_next >= total)
                    return;
                index = m_next++;
            }
            T value = m_produce(index);
            {
                std::lock_guard lock(m_mutex);
                m_results[index] = std::move(value);
            }
            m_changed.notify_all();
        }
    }

    std::vector<std::optional<T>> m_results;
    const int m_window;
    std::function<T(int)> m_produce;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_next = 0;
    int m_consumed = 0;
    bool m_stopped = false;
    std::vector<std::thread> m_threads; // last: joined before the rest go
};

} // namespace gw
