#include "storage/database.h"
#include "storage/migrations.h"
#include "support/temp_dir.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

using namespace cz;

TEST(Database, OpensWithWalFullSyncAndForeignKeys)
{
    test::TempDir dir;
    auto db = Database::open(dir.file("s.db"), OpenMode::Writer);
    ASSERT_TRUE(db.ok()) << db.error().detail;
    auto& s = (*db)->sql();
    EXPECT_EQ(s.execAndGet("PRAGMA journal_mode").getString(), "wal");
    EXPECT_EQ(s.execAndGet("PRAGMA synchronous").getInt(), 2);  // FULL
    EXPECT_EQ(s.execAndGet("PRAGMA foreign_keys").getInt(), 1);
    EXPECT_EQ((*db)->schemaVersion(), Database::latestSchemaVersion());
}

TEST(Database, SecondWriterRefusedWithAClearMessage)
{
    test::TempDir dir;
    auto first = Database::open(dir.file("s.db"), OpenMode::Writer);
    ASSERT_TRUE(first.ok());
    auto second = Database::open(dir.file("s.db"), OpenMode::Writer);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, DbErrc::AnotherWriter);
    EXPECT_NE(second.error().detail.find("already open for writing"), std::string::npos) << second.error().detail;
    // A reader may still open it while the writer runs.
    auto reader = Database::open(dir.file("s.db"), OpenMode::ReadOnly);
    EXPECT_TRUE(reader.ok()) << reader.error().detail;
}

TEST(Database, SecondWriterInAnotherProcessIsRefusedAndTheLockDiesWithTheProcess)
{
    test::TempDir dir;
    const std::string path = dir.file("s.db");
    { ASSERT_TRUE(Database::open(path, OpenMode::Writer).ok()); }
    int toParent[2];
    ASSERT_EQ(::pipe(toParent), 0);
    const pid_t pid = ::fork();
    if (pid == 0) {
        auto db = Database::open(path, OpenMode::Writer);
        const char c = db.ok() ? 'y' : 'n';
        (void)!::write(toParent[1], &c, 1);
        ::pause();  // hold the lock until killed
        ::_exit(0);
    }
    char c = 0;
    ASSERT_EQ(::read(toParent[0], &c, 1), 1);
    ASSERT_EQ(c, 'y');
    auto refused = Database::open(path, OpenMode::Writer);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, DbErrc::AnotherWriter);
    EXPECT_NE(refused.error().detail.find(std::to_string(pid)), std::string::npos) << refused.error().detail;
    ::kill(pid, SIGKILL);
    ::waitpid(pid, nullptr, 0);
    EXPECT_TRUE(Database::open(path, OpenMode::Writer).ok());
    ::close(toParent[0]);
    ::close(toParent[1]);
}

TEST(Database, RefusesForeignAndMissingFiles)
{
    test::TempDir dir;
    {
        SQLite::Database other(dir.file("other.db"), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("CREATE TABLE t(x)");
    }
    auto db = Database::open(dir.file("other.db"), OpenMode::Writer);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, DbErrc::NotAStation);
    auto missing = Database::open(dir.file("missing.db"), OpenMode::ReadOnly);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, DbErrc::CannotOpen);
}

TEST(Database, TransactionRollsBackUnlessCommitted)
{
    test::TempDir dir;
    auto db = std::move(Database::open(dir.file("s.db"), OpenMode::Writer)).value();
    {
        WriteTransaction tx(*db);
        db->sql().exec("INSERT INTO settings(key, value) VALUES('a', '1')");
    }
    EXPECT_EQ(db->sql().execAndGet("SELECT count(*) FROM settings").getInt(), 0);
    {
        WriteTransaction tx(*db);
        db->sql().exec("INSERT INTO settings(key, value) VALUES('a', '1')");
        tx.commit();
    }
    EXPECT_EQ(db->sql().execAndGet("SELECT count(*) FROM settings").getInt(), 1);
}

TEST(Database, BackupIsAConsistentStationDatabase)
{
    test::TempDir dir;
    auto db = std::move(Database::open(dir.file("s.db"), OpenMode::Writer)).value();
    db->sql().exec("INSERT INTO settings(key, value) VALUES('station.name', 'x')");
    ASSERT_TRUE(db->backupTo(dir.file("b.db")).ok());
    EXPECT_FALSE(db->backupTo(dir.file("b.db")).ok());  // never overwrites
    auto copy = Database::open(dir.file("b.db"), OpenMode::ReadOnly);
    ASSERT_TRUE(copy.ok()) << copy.error().detail;
    EXPECT_EQ((*copy)->sql().execAndGet("SELECT value FROM settings").getString(), "x");
}

TEST(Database, Migration9KeepsEveryCatalogProductAndItsThumbnail)
{
    test::TempDir dir;
    int appId = 0;
    {
        auto fresh = Database::open(dir.file("fresh.db"), OpenMode::Writer);
        ASSERT_TRUE(fresh.ok());
        appId = (*fresh)->sql().execAndGet("PRAGMA application_id").getInt();
    }
    {
        // A station database as version 8 left it: the catalog WITHOUT ROWID.
        SQLite::Database old(dir.file("s.db"), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        old.exec("PRAGMA application_id = " + std::to_string(appId));
        for (const auto& m : migrations())
            if (m.version <= 8)
                old.exec(m.sql);
        old.exec("PRAGMA user_version = 8");
        SQLite::Statement ins(old, "INSERT INTO catalog_products(product_id, version, deleted, name_zh, barcode, "
                                   "price_fen, image) VALUES(?, ?, 0, '苹果', ?, 1280, ?)");
        const std::string png(1800, '\x89');
        for (int i = 0; i < 50; ++i) {
            ins.bind(1, "P" + std::to_string(i));
            ins.bind(2, 50 - i);
            ins.bind(3, i % 2 ? "690123456789" + std::to_string(i % 10) : std::string());
            if (i % 3 == 0)
                ins.bind(4, png.data(), static_cast<int>(png.size()));
            else
                ins.bind(4);
            ins.exec();
            ins.reset();
        }
    }
    auto db = Database::open(dir.file("s.db"), OpenMode::Writer);
    ASSERT_TRUE(db.ok()) << db.error().detail;
    auto& s = (*db)->sql();
    EXPECT_EQ((*db)->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_EQ(s.execAndGet("SELECT count(*) FROM catalog_products").getInt(), 50);
    EXPECT_EQ(s.execAndGet("SELECT count(*) FROM catalog_products WHERE length(image) = 1800").getInt(), 17);
    EXPECT_EQ(s.execAndGet("SELECT name_zh || price_fen FROM catalog_products WHERE product_id = 'P7'").getString(),
              "苹果1280");
    EXPECT_EQ(s.execAndGet("SELECT count(*) FROM sqlite_schema WHERE sql LIKE '%WITHOUT ROWID%' AND "
                           "name = 'catalog_products'")
                  .getInt(),
              0);
    EXPECT_EQ(s.execAndGet("SELECT count(*) FROM sqlite_schema WHERE name = 'catalog_barcode'").getInt(), 1);
    // product_id is still the key.
    EXPECT_THROW(s.exec("INSERT INTO catalog_products(product_id, version, name_zh, price_fen) VALUES('P7', 99, 'x', 1)"),
                 SQLite::Exception);
}
