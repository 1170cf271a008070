// 日结 benchmarks:
//   z_report_ms     — the Z report of one day of --day-entries (10,000) entries inside a ledger of
//                     --entries (1,000,000): its figures summed from the journal and the document built.
//   year_report_ms  — the range report over the last 365 days of that ledger (closed days read from
//                     their day-totals snapshot, the rest summed from the journal).
//   year_report_journal_ms — reference, same run: the same year summed from the journal alone.
// The ledger is simulated once through the services (each day opened, traded and closed with its Z)
// into --data-dir and reused. Medians of --runs runs.

#include "bench_util.h"

#include "services/simulator.h"
#include "services/station_services.h"
#include "storage/ledger_store.h"

#include <ctime>
#include <filesystem>
#include <iostream>

using namespace cz;
namespace fs = std::filesystem;

int main(int argc, char** argv)
{
    const fs::path dir = bench::argText(argc, argv, "data-dir", "bench-data");
    fs::create_directories(dir);
    try {
        const long long entries = bench::arg(argc, argv, "entries", 1'000'000);
        const long long dayEntries = bench::arg(argc, argv, "day-entries", 10'000);
        const int days = static_cast<int>(bench::arg(argc, argv, "days", 365));
        const int runs = static_cast<int>(bench::arg(argc, argv, "runs", 7));
        const fs::path path = dir / ("reports-" + std::to_string(entries) + "-" + std::to_string(dayEntries) + ".db");
        auto db = std::move(Database::open(path.string(), OpenMode::Writer, Durability::Fast)).value();
        {
            LedgerStore ledger(*db);
            if (ledger.entryCount() == 0) {
                std::cerr << "simulating " << entries << " entries over " << days << " days in " << path
                          << " (once; reused later)…\n";
                SimulationOptions opt;
                opt.days = days - 1;
                opt.entriesPerDay = static_cast<int>(std::max<long long>(1, (entries - dayEntries) / (days - 1)));
                opt.seed = 7;
                opt.pinCost = PinCost::Minimal;
                opt.startDay = BusinessDay::parse("2025-12-01");
                const double t = bench::timeSeconds([&] {
                    if (auto r = simulate(*db, opt); !r)
                        throw std::runtime_error(r.error().detail);
                    opt.days = 1;
                    opt.entriesPerDay = static_cast<int>(dayEntries);
                    opt.seed = 8;
                    opt.startDay.reset();
                    if (auto r = simulate(*db, opt); !r)
                        throw std::runtime_error(r.error().detail);
                });
                std::cerr << "simulated in " << t << " s\n";
            }
        }
        LedgerStore ledger(*db);
        const BusinessDay last = ledger.lastEntryDay().value();
        FakeClock clock(last.startIn(*StationContext(*db, SystemClock()).zone()) + std::chrono::hours(20));
        StationServices svc(*db, clock, PinCost::Minimal);
        auto& reports = svc.reports();
        const auto range = ledger.seqRange(last, last).value();
        bench::figure("ledger_entries", static_cast<double>(ledger.entryCount()), "entries");
        bench::figure("z_day_entries", static_cast<double>(range.second - range.first + 1), "entries");

        const ReportTexts texts;
        std::vector<double> z, year;
        std::size_t sink = 0;
        for (int i = 0; i < runs; ++i) {
            z.push_back(1000 * bench::timeSeconds([&] { sink += toReceiptBody(reports.dayReceipt(last, texts)).size(); }));
            year.push_back(1000 * bench::timeSeconds([&] { sink += reports.range(last.plusDays(-364), last).days.size(); }));
        }
        bench::figure("z_report_ms", bench::median(z), "ms");
        // Diagnostics: the Z's CPU time (the machine is shared: wall time includes waiting for a
        // core), and the part of the Z that sums the day's journal.
        std::vector<double> zCpu;
        for (int i = 0; i < runs; ++i) {
            const std::clock_t c0 = std::clock();
            sink += toReceiptBody(reports.dayReceipt(last, texts)).size();
            zCpu.push_back(1000.0 * static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC);
        }
        bench::figure("z_report_cpu_ms", bench::median(zCpu), "ms");
        std::vector<double> zSum;
        for (int i = 0; i < runs; ++i)
            zSum.push_back(1000 * bench::timeSeconds([&] { sink += reports.liveTotals(last, last).size(); }));
        bench::figure("z_journal_sum_ms", bench::median(zSum), "ms");
        bench::figure("year_report_ms", bench::median(year), "ms");
        std::vector<double> journal;
        for (int i = 0; i < std::min(runs, 3); ++i)
            journal.push_back(1000 * bench::timeSeconds([&] {
                sink += static_cast<std::size_t>(computeFigures(reports.liveTotals(last.plusDays(-364), last)).entries);
            }));
        bench::figure("year_report_journal_ms", bench::median(journal), "ms");
        if (sink == 0)
            std::cerr << "nothing was reported\n";
    } catch (const std::exception& e) {
        std::cerr << "reports_bench: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
