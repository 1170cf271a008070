#include "support/temp_dir.h"

#include <cstdlib>
#include <stdexcept>

namespace cz::test {

TempDir::TempDir()
{
    std::string tmpl = (std::filesystem::temp_directory_path() / "cunzhan-test-XXXXXX").string();
    if (!::mkdtemp(tmpl.data()))
        throw std::runtime_error("mkdtemp failed");
    m_path = tmpl;
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

}  // namespace cz::test
