#include "market/billers.h"

#include "market/seeded_hash.h"
#include "market/text_codec.h"

#include <algorithm>
#include <array>

namespace cz::market {

namespace {

const std::vector<std::int64_t> kTopUps {1000, 2000, 3000, 5000, 10000, 20000, 30000, 50000};

// Common surnames and given-name characters for the masked holder names on bills.
constexpr std::array<std::string_view, 20> kSurnames {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
                                                      "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "郑"};
constexpr std::array<std::string_view, 20> kGiven {"建国", "秀英", "桂兰", "志强", "海燕", "玉梅", "国华",
                                                   "明",   "丽",   "军",   "红霞", "德胜", "春生", "淑珍",
                                                   "宝山", "凤英", "小龙", "文",   "金花", "长青"};

} // namespace

const std::vector<Biller>& billers()
{
    static const std::vector<Biller> all {
        {"sgcc-henan", "国网河南省电力公司", "State Grid Henan Electric Power", "electricity", 10, 10, {}},
        {"zz-water", "郑州自来水公司", "Zhengzhou Water Supply", "water", 8, 10, {}},
        {"kf-water", "开封市自来水公司", "Kaifeng Water Supply", "water", 8, 10, {}},
        {"zhongyuan-gas", "中原燃气", "Zhongyuan Gas", "gas", 9, 12, {}},
        {"cmcc", "中国移动", "China Mobile", "mobile", 0, 0, kTopUps},
        {"cucc", "中国联通", "China Unicom", "mobile", 0, 0, kTopUps},
        {"ctcc", "中国电信", "China Telecom", "mobile", 0, 0, kTopUps},
    };
    return all;
}

const Biller* findBiller(std::string_view id)
{
    const auto& all = billers();
    const auto it = std::find_if(all.begin(), all.end(), [id](const Biller& b) { return b.id == id; });
    return it == all.end() ? nullptr : &*it;
}

nlohmann::json toWire(const Biller& b)
{
    nlohmann::json j = {{"biller_id", b.id}, {"name_zh", b.nameZh}, {"name_en", b.nameEn}, {"kind", b.kind}};
    if (b.kind == "mobile")
        j["denominations_fen"] = b.denominationsFen;
    else
        j["account_no_length"] = {{"min", b.accountMinLen}, {"max", b.accountMaxLen}};
    return j;
}

BillDue billFor(std::uint64_t seed, const Biller& b, std::string_view accountNo, std::int64_t nowMs)
{
    BillDue due;
    due.period = formatIsoDate(chinaDay(nowMs)).substr(0, 7);
    if (accountNo.size() >= 4 && accountNo.substr(accountNo.size() - 4) == "0000") {
        due.exists = false;
        return due;
    }
    const std::uint64_t holder = seededHash(seed, {"holder", b.id, accountNo});
    const auto h = seededHash(seed, {"bill", b.id, accountNo, due.period});
    // Monthly bills of a rural household: electricity ¥30–¥280, water ¥10–¥90, gas ¥20–¥180.
    std::int64_t lo = 3000;
    std::int64_t hi = 28000;
    if (b.kind == "water") {
        lo = 1000;
        hi = 9000;
    } else if (b.kind == "gas") {
        lo = 2000;
        hi = 18000;
    }
    due.amountDueFen = lo + static_cast<std::int64_t>(h % static_cast<std::uint64_t>(hi - lo + 1));
    const std::string name
        = std::string(kSurnames[holder % kSurnames.size()]) + std::string(kGiven[(holder >> 16) % kGiven.size()]);
    due.holderNameMasked = maskName(name);
    return due;
}

} // namespace cz::market
