#pragma once
// A throwaway station database in a temp directory; its migrations create the search tables.

#include "search/search_index.h"
#include "storage/database.h"

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>

namespace cz::search::test {

class SearchTestDb final {
public:
    SearchTestDb()
    {
        std::string tmpl = (std::filesystem::temp_directory_path() / "cz-search-XXXXXX").string();
        if (::mkdtemp(tmpl.data()) == nullptr)
            throw std::runtime_error("mkdtemp failed");
        m_dir = tmpl;
        auto db = Database::open((m_dir / "station.db").string(), OpenMode::Writer, Durability::Fast);
        if (!db)
            throw std::runtime_error(db.error().detail);
        m_db = std::move(*db);
        m_index = std::make_unique<SearchIndex>(*m_db);
    }
    ~SearchTestDb()
    {
        m_index.reset();
        m_db.reset();
        std::error_code ec;
        std::filesystem::remove_all(m_dir, ec);
    }
    SearchTestDb(const SearchTestDb&) = delete;
    SearchTestDb& operator=(const SearchTestDb&) = delete;

    Database& db() { return *m_db; }
    SearchIndex& index() { return *m_index; }
    [[nodiscard]] std::filesystem::path file() const { return m_dir / "station.db"; }

private:
    std::filesystem::path m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SearchIndex> m_index;
};

}  // namespace cz::search::test
