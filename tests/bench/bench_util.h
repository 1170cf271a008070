#pragma once
// Small helpers shared by the benchmark executables: timing, medians, and the figure lines
// (`figure <name> <value> <unit>`) that docs/performance.md quotes.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace cz::bench {

inline double secondsSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

template <class F>
double timeSeconds(F&& f)
{
    const auto t0 = std::chrono::steady_clock::now();
    f();
    return secondsSince(t0);
}

inline double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/// The p-th percentile (0..100) by nearest rank.
inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    auto rank = static_cast<std::size_t>(p / 100.0 * static_cast<double>(v.size()) + 0.5);
    rank = std::clamp<std::size_t>(rank, 1, v.size());
    return v[rank - 1];
}

inline void figure(const std::string& name, double value, const std::string& unit)
{
    std::printf("figure %s %.6g %s\n", name.c_str(), value, unit.c_str());
    std::fflush(stdout);
}

/// "--name value" from argv, or the fallback.
inline long long arg(int argc, char** argv, const std::string& name, long long fallback)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (argv[i] == "--" + name)
            return std::stoll(argv[i + 1]);
    return fallback;
}

inline std::string argText(int argc, char** argv, const std::string& name, const std::string& fallback)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (argv[i] == "--" + name)
            return argv[i + 1];
    return fallback;
}

}  // namespace cz::bench
