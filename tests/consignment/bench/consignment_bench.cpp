// consignment_bench: a farmer statement over N sales (default 10,000, spread over listings of 50
// sales each — a farmer's years of harvests), written through the real service (sale events applied
// as the sync applies them), then the statement read several times.
// Prints `figure farmer_statement_10k_ms <median> ms` (the goal is < 50 ms on the station's PC).
//
//   consignment_bench [--sales N] [--runs R] [--data-dir DIR]

#include "bench_util.h"
#include "core/uuid.h"
#include "services/consignment/consignment_service.h"
#include "services/station_services.h"

#include <cstring>
#include <filesystem>
#include <iostream>

using namespace cz;

int main(int argc, char** argv)
{
    int sales = 10'000;
    int runs = 9;
    std::string dir = std::filesystem::temp_directory_path() / "cz-consignment-bench";
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--sales"))
            sales = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--runs"))
            runs = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--data-dir"))
            dir = argv[i + 1];
    }
    std::filesystem::create_directories(dir);
    const std::string path = dir + "/consignment-bench.db";
    std::filesystem::remove(path);
    std::filesystem::remove(path + "-wal");
    std::filesystem::remove(path + "-shm");
    auto db = Database::open(path, OpenMode::Writer, Durability::Fast);
    if (!db) {
        std::cerr << "cannot open " << path << ": " << db.error().detail << "\n";
        return 1;
    }
    FakeClock clock(fromUnixMs(1'795'000'000'000));
    StationServices svc(**db, clock, PinCost::Minimal);
    auto sup = svc.setup().init("基准站", "站长", "2580");
    if (!sup) {
        std::cerr << sup.error().detail << "\n";
        return 1;
    }
    const Session who{*sup, "站长", Role::Supervisor};
    ConsignmentService cs(svc.context(), svc.audit(), svc.settings());
    auto farmer = cs.registerFarmer(who, {newUuid(), "张大山", "13800001234", "一组", "", "cash", ""});
    constexpr int kSalesPerListing = 50;
    std::vector<std::string> listings;
    for (int i = 0; i < (sales + kSalesPerListing - 1) / kSalesPerListing; ++i) {
        ListingInput li;
        li.opId = newUuid();
        li.listingId = newUuid();
        li.farmerId = farmer->id;
        li.titleZh = "红富士苹果";
        li.category = "fruit";
        li.unit = "jin";
        li.unitPrice = Money::fromFen(450);
        li.quantity = 400;
        if (!cs.createListing(who, li) || !cs.receiveGoods(who, newUuid(), li.listingId, 400, "", ConsignmentTexts{})) {
            std::cerr << "cannot create listing\n";
            return 1;
        }
        listings.push_back(li.listingId);
    }
    const double writeS = bench::timeSeconds([&] {
        for (int i = 0; i < sales; i += 500) {
            WriteTransaction tx(**db);
            for (int j = i; j < std::min(sales, i + 500); ++j) {
                const std::int64_t qty = 1 + j % 7;
                const Money gross = Money::fromFen(450 * qty);
                sync::Event e{newUuid(), {}, "listing.sold", 0,
                              sync::ListingSold{listings[static_cast<std::size_t>(j / kSalesPerListing)], newUuid(), qty,
                                                Money::fromFen(450), gross,
                                                applyRate(gross, BasisPoints{500}, Rounding::HalfUp)}};
                (void)cs.applyEvent(e);
            }
            tx.commit();
            clock.advance(std::chrono::minutes(1));
        }
    });
    std::vector<double> ms;
    Money closing;
    std::size_t lines = 0;
    for (int r = 0; r < runs; ++r) {
        ms.push_back(1000.0 * bench::timeSeconds([&] {
            auto st = cs.statement(farmer->id, std::nullopt, std::nullopt);
            closing = st->closing;
            lines = st->lines.size();
        }));
    }
    if (closing != cs.owed(farmer->id) || lines != static_cast<std::size_t>(sales)) {
        std::cerr << "statement does not add up: " << lines << " lines, closing " << formatMoney(closing) << "\n";
        return 1;
    }
    std::printf("# %d sales written in %.2f s; statement of %zu lines, closing %s\n", sales, writeS, lines,
                formatMoney(closing).c_str());
    std::printf("figure farmer_statement_10k_ms %.2f ms\n", bench::median(ms));
    return 0;
}
