// scan_to_cart_p99_ms (issue 4): from the first key of a keyboard-wedge scan to the cart re-priced
// on the sale screen, with a 200,000-product catalog in the station database. Scans are key events
// sent as fast as a scanner sends them, ending with Enter, into the focused search box; the
// BarcodeScanner filter must recognise them, look the barcode up, and the page must re-quote.
// Usage: scan_bench [--products N] [--scans N]

#include "bench_util.h"

#include "gui/gui_context.h"
#include "gui/orders/order_page.h"
#include "market/catalog_gen.h"
#include "services/station_services.h"
#include "storage/catalog_store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>

#include <filesystem>
#include <iostream>
#include <random>

using namespace cz;

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const long long products = bench::arg(argc, argv, "products", 200'000);
    const long long scans = bench::arg(argc, argv, "scans", 1000);
    const auto dir = std::filesystem::temp_directory_path() / ("cz-scan-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    int rc = 0;
    {
        auto db = std::move(Database::open((dir / "s.db").string(), OpenMode::Writer, Durability::Fast)).value();
        SystemClock clock;
        StationServices svc(*db, clock, PinCost::Minimal);
        auto sup = svc.setup().init("bench", "bench", "2580");
        std::vector<std::string> barcodes;
        {
            CatalogStore catalog(*db);
            WriteTransaction tx(*db);
            for (long long i = 0; i < products; ++i) {
                const auto g = market::generateProduct(1, i);
                catalog.upsertIfNewer({g.productId, i + 1, false, g.nameZh, g.nameEn, g.category, g.barcode,
                                       Money::fromFen(g.priceFen), g.unit, g.description, {}});
                if (i % (products / 1000 + 1) == 0)
                    barcodes.push_back(g.barcode);
            }
            tx.commit();
        }
        gui::GuiContext ctx{svc, Session{*sup, "bench", Role::Supervisor}, nullptr};
        gui::OrderPage page(ctx);
        page.resize(1280, 800);
        page.show();
        QApplication::processEvents();
        auto* search = page.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        search->setFocus();
        std::mt19937 rng(5);
        std::vector<double> ms;
        QElapsedTimer timer;
        bool updated = false;
        QObject::connect(&page, &gui::OrderPage::cartChanged, [&] { updated = true; });
        for (long long s = 0; s < scans; ++s) {
            if (page.cart().size() >= 20)
                page.clearCart();
            const QString code = QString::fromStdString(barcodes[rng() % barcodes.size()]);
            updated = false;
            timer.start();
            for (QChar c : code) {
                QKeyEvent press(QEvent::KeyPress, Qt::Key_0 + (c.unicode() - u'0'), Qt::NoModifier, QString(c));
                QApplication::sendEvent(search, &press);
            }
            QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
            QApplication::sendEvent(search, &enter);
            while (!updated && timer.elapsed() < 2000)
                QApplication::processEvents();
            if (!updated) {
                std::cerr << "scan_bench: the scan of " << code.toStdString() << " did not reach the cart\n";
                rc = 1;
                break;
            }
            ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }
        if (rc == 0) {
            bench::figure("scan_catalog_products", static_cast<double>(products), "products");
            bench::figure("scan_to_cart_p50_ms", bench::percentile(ms, 50), "ms");
            bench::figure("scan_to_cart_p99_ms", bench::percentile(ms, 99), "ms");
        }
    }
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
    return rc;
}
