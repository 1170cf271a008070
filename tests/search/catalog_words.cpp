#include "catalog_words.h"

#include <array>

namespace cz::search::test {

namespace {

constexpr Word kFruit[] = {
    {"苹果", "apple"},
    {"红富士苹果", "red fuji apple"},
    {"香蕉", "banana"},
    {"脐橙", "navel orange"},
    {"橙子", "orange"},
    {"猕猴桃", "kiwi fruit"},
    {"葡萄", "grape"},
    {"西瓜", "watermelon"},
    {"梨", "pear"},
    {"雪梨", "snow pear"},
    {"桃子", "peach"},
    {"草莓", "strawberry"},
    {"芒果", "mango"},
    {"柚子", "pomelo"},
    {"柿子", "persimmon"},
    {"红枣", "red dates"},
    {"和田大枣", "hotan jujube"},
    {"核桃", "walnut"},
    {"板栗", "chestnut"},
    {"樱桃", "cherry"},
    {"荔枝", "lychee"},
    {"石榴", "pomegranate"},
    {"哈密瓜", "hami melon"},
};
constexpr Word kFruitBrands[] = {{"褚橙", "chu orange"}, {"佳沛", "zespri"}, {"都乐", "dole"}, {"百果园", "pagoda"}};
constexpr Word kFruitQualifiers[] = {
    {"烟台", "yantai"},      {"洛川", "luochuan"}, {"阿克苏", "aksu"},  {"赣南", "gannan"},        {"新疆", "xinjiang"},
    {"陕西", "shaanxi"},     {"山东", "shandong"}, {"云南", "yunnan"},  {"海南", "hainan"},        {"砀山", "dangshan"},
    {"新鲜", "fresh"},       {"精选", "selected"}, {"特级", "premium"}, {"农家", "farm"},          {"当季", "seasonal"},
    {"脆甜", "crisp sweet"}, {"有机", "organic"},  {"大果", "large"},   {"冰糖心", "sugar heart"},
};
constexpr Word kFruitSpecs[] = {{"5斤", "2.5kg"}, {"10斤", "5kg"},   {"3斤", "1.5kg"},       {"2.5kg", "2.5kg"},
                                {"5kg", "5kg"},   {"12个", "12pcs"}, {"礼盒装", "gift box"}, {"整箱", "case"}};

constexpr Word kDrinks[] = {
    {"矿泉水", "mineral water"},
    {"天然矿泉水", "natural mineral water"},
    {"纯净水", "purified water"},
    {"可乐", "cola"},
    {"雪碧", "sprite"},
    {"绿茶", "green tea"},
    {"红茶", "black tea"},
    {"冰红茶", "iced tea"},
    {"橙汁", "orange juice"},
    {"啤酒", "beer"},
    {"白酒", "baijiu"},
    {"牛奶", "milk"},
    {"纯牛奶", "pure milk"},
    {"酸奶", "yogurt"},
    {"豆奶", "soy milk"},
    {"凉茶", "herbal tea"},
    {"苏打水", "soda water"},
    {"功能饮料", "energy drink"},
    {"长城葡萄酒", "great wall wine"},
    {"乳酸菌饮料", "lactobacillus drink"},
};
constexpr Word kDrinkBrands[] = {
    {"农夫山泉", "nongfu spring"}, {"娃哈哈", "wahaha"},      {"康师傅", "master kong"}, {"统一", "uni-president"},
    {"怡宝", "c'estbon"},          {"可口可乐", "coca-cola"}, {"百事", "pepsi"},         {"伊利", "yili"},
    {"蒙牛", "mengniu"},           {"青岛", "tsingtao"},      {"雪花", "snow"},          {"燕京", "yanjing"},
    {"红牛", "red bull"},          {"王老吉", "wanglaoji"},   {"加多宝", "jdb"},         {"旺仔", "want want"},
    {"养乐多", "yakult"},
};
constexpr Word kDrinkQualifiers[] = {{"冰镇", "chilled"},  {"无糖", "sugar free"}, {"低脂", "low fat"},
                                     {"原味", "original"}, {"经典", "classic"},    {"家庭装", "family pack"}};
constexpr Word kDrinkSpecs[] = {{"550ml", "550ml"},          {"500ml", "500ml"},  {"1.5L", "1.5l"},
                                {"250ml", "250ml"},          {"330ml", "330ml"},  {"380ml*24瓶", "380ml x24"},
                                {"500ml*12瓶", "500ml x12"}, {"24罐", "24 cans"}, {"整箱", "case"}};

constexpr Word kDaily[] = {
    {"洗衣粉", "washing powder"},
    {"洗衣液", "laundry liquid"},
    {"肥皂", "soap"},
    {"香皂", "bath soap"},
    {"牙膏", "toothpaste"},
    {"牙刷", "toothbrush"},
    {"洗发水", "shampoo"},
    {"沐浴露", "shower gel"},
    {"卫生纸", "toilet paper"},
    {"抽纸", "tissues"},
    {"毛巾", "towel"},
    {"洗洁精", "dish soap"},
    {"拖把", "mop"},
    {"垃圾袋", "trash bags"},
    {"衣架", "hangers"},
    {"行李箱", "luggage"},
    {"暖水瓶", "thermos"},
};
constexpr Word kDailyBrands[] = {
    {"立白", "liby"},
    {"雕牌", "diaopai"},
    {"奥妙", "omo"},
    {"蓝月亮", "blue moon"},
    {"汰渍", "tide"},
    {"心相印", "hearttex"},
    {"维达", "vinda"},
    {"清风", "breeze"},
    {"云南白药", "yunnan baiyao"},
    {"中华", "zhonghua"},
    {"高露洁", "colgate"},
    {"佳洁士", "crest"},
    {"舒肤佳", "safeguard"},
    {"海飞丝", "head shoulders"},
};
constexpr Word kDailyQualifiers[] = {{"薰衣草", "lavender"}, {"柠檬", "lemon"},        {"加厚", "thick"},
                                     {"家用", "home"},       {"实惠装", "value pack"}, {"护色", "color care"}};
constexpr Word kDailySpecs[]
    = {{"2kg", "2kg"},       {"1.5kg", "1.5kg"},   {"500g", "500g"},    {"3kg", "3kg"},
       {"12卷", "12 rolls"}, {"10包", "10 packs"}, {"3支装", "3 pack"}, {"家庭装", "family pack"}};

constexpr Word kFarm[] = {
    {"化肥", "fertilizer"},
    {"复合肥", "compound fertilizer"},
    {"尿素", "urea"},
    {"有机肥", "organic fertilizer"},
    {"磷肥", "phosphate fertilizer"},
    {"钾肥", "potash"},
    {"玉米种子", "corn seed"},
    {"小麦种子", "wheat seed"},
    {"水稻种子", "rice seed"},
    {"大豆种子", "soybean seed"},
    {"蔬菜种子", "vegetable seed"},
    {"农药", "pesticide"},
    {"杀虫剂", "insecticide"},
    {"除草剂", "herbicide"},
    {"杀菌剂", "fungicide"},
    {"地膜", "mulch film"},
    {"喷雾器", "sprayer"},
    {"锄头", "hoe"},
    {"镰刀", "sickle"},
    {"水管", "hose"},
    {"饲料", "feed"},
    {"猪饲料", "pig feed"},
    {"鸡饲料", "chicken feed"},
    {"朝天椒种子", "chili seed"},
};
constexpr Word kFarmBrands[] = {
    {"史丹利", "stanley"},    {"金正大", "kingenta"}, {"中化", "sinochem"}, {"心连心", "xlx"},
    {"隆平高科", "longping"}, {"登海", "denghai"},    {"先玉", "xianyu"},   {"鲁西", "luxi"},
    {"新洋丰", "yangfeng"},   {"正大", "cp"},         {"大北农", "dbn"},    {"通威", "tongwei"},
};
constexpr Word kFarmQualifiers[] = {{"高产", "high yield"}, {"抗倒伏", "lodging resistant"}, {"进口", "imported"},
                                    {"高效", "effective"},  {"缓释", "slow release"},        {"通用", "general"}};
constexpr Word kFarmSpecs[] = {{"40kg", "40kg"},   {"50kg", "50kg"}, {"25kg", "25kg"}, {"1kg", "1kg"}, {"500g", "500g"},
                               {"100ml", "100ml"}, {"1L", "1l"},     {"200g", "200g"}, {"5kg", "5kg"}};

constexpr Word kFood[] = {
    {"大米", "rice"},
    {"东北大米", "northeast rice"},
    {"面粉", "flour"},
    {"食用油", "cooking oil"},
    {"花生油", "peanut oil"},
    {"菜籽油", "rapeseed oil"},
    {"大豆油", "soybean oil"},
    {"酱油", "soy sauce"},
    {"生抽", "light soy sauce"},
    {"老抽", "dark soy sauce"},
    {"醋", "vinegar"},
    {"陈醋", "aged vinegar"},
    {"盐", "salt"},
    {"白糖", "sugar"},
    {"红糖", "brown sugar"},
    {"挂面", "noodles"},
    {"方便面", "instant noodles"},
    {"火腿肠", "ham sausage"},
    {"鸡蛋", "eggs"},
    {"土鸡蛋", "free range eggs"},
    {"饼干", "biscuits"},
    {"蜂蜜", "honey"},
    {"调料", "seasoning"},
    {"味精", "msg"},
    {"鸡精", "chicken essence"},
    {"辣椒酱", "chili sauce"},
    {"榨菜", "pickles"},
    {"重庆火锅底料", "chongqing hotpot base"},
    {"薯片", "potato chips"},
};
constexpr Word kFoodBrands[] = {
    {"金龙鱼", "arawana"},     {"鲁花", "luhua"},         {"福临门", "fortune"}, {"海天", "haitian"},
    {"李锦记", "lee kum kee"}, {"老干妈", "laoganma"},    {"太太乐", "totole"},  {"今麦郎", "jinmailang"},
    {"双汇", "shuanghui"},     {"五得利", "wudeli"},      {"中粮", "cofco"},     {"乌江", "wujiang"},
    {"乐事", "lays"},          {"康师傅", "master kong"},
};
constexpr Word kFoodQualifiers[] = {{"五常", "wuchang"}, {"东北", "northeast"}, {"香辣", "spicy"}, {"特级", "premium"},
                                    {"压榨", "pressed"}, {"农家", "farm"},      {"散装", "bulk"}};
constexpr Word kFoodSpecs[]
    = {{"5kg", "5kg"}, {"10kg", "10kg"}, {"25kg", "25kg"},   {"5L", "5l"},       {"1.8L", "1.8l"}, {"500ml", "500ml"},
       {"1kg", "1kg"}, {"400g", "400g"}, {"30枚", "30 pcs"}, {"5包", "5 packs"}, {"整箱", "case"}};

constexpr Word kAppliances[] = {
    {"电饭煲", "rice cooker"},
    {"电风扇", "electric fan"},
    {"电热水壶", "electric kettle"},
    {"电磁炉", "induction cooker"},
    {"手电筒", "flashlight"},
    {"电池", "battery"},
    {"插座", "power strip"},
    {"灯泡", "light bulb"},
    {"充电器", "charger"},
    {"数据线", "data cable"},
    {"电动车电瓶", "e-bike battery"},
    {"收音机", "radio"},
    {"老人机", "senior phone"},
    {"电视", "tv"},
    {"自行车", "bicycle"},
};
constexpr Word kApplianceBrands[] = {
    {"美的", "midea"}, {"苏泊尔", "supor"},   {"九阳", "joyoung"},   {"格力", "gree"},    {"南孚", "nanfu"},
    {"公牛", "bull"},  {"欧普", "opple"},     {"飞利浦", "philips"}, {"小米", "xiaomi"},  {"TCL", "tcl"},
    {"海尔", "haier"}, {"长虹", "changhong"}, {"天能", "tianneng"},  {"永久", "forever"}, {"凤凰", "phoenix"},
};
constexpr Word kApplianceQualifiers[] = {{"家用", "home"},
                                         {"智能", "smart"},
                                         {"大容量", "large capacity"},
                                         {"节能", "energy saving"},
                                         {"多功能", "multi function"}};
constexpr Word kApplianceSpecs[] = {{"4L", "4l"},  {"5号10粒", "aa 10pcs"}, {"7号", "aaa"}, {"1.8m", "1.8m"},
                                    {"3米", "3m"}, {"40W", "40w"},          {"9W", "9w"},   {"2000W", "2000w"}};

constexpr Word kClothes[] = {
    {"运动鞋", "sneakers"},
    {"布鞋", "cloth shoes"},
    {"雨靴", "rain boots"},
    {"棉袄", "padded jacket"},
    {"羽绒服", "down jacket"},
    {"袜子", "socks"},
    {"帽子", "hat"},
    {"手套", "gloves"},
    {"劳保手套", "work gloves"},
    {"围裙", "apron"},
    {"秋衣秋裤", "thermal underwear"},
    {"棉鞋", "cotton shoes"},
};
constexpr Word kClothesBrands[] = {
    {"安踏", "anta"}, {"李宁", "li-ning"},    {"回力", "warrior"},         {"特步", "xtep"},
    {"361度", "361"}, {"南极人", "nanjiren"}, {"恒源祥", "hengyuanxiang"}, {"鸿星尔克", "erke"},
};
constexpr Word kClothesQualifiers[] = {{"加厚", "thick"}, {"保暖", "warm"},  {"防滑", "non slip"},
                                       {"男款", "men"},   {"女款", "women"}, {"老人", "elderly"}};
constexpr Word kClothesSpecs[] = {{"42码", "size 42"}, {"40码", "size 40"},  {"均码", "one size"},
                                  {"XL", "xl"},        {"5双装", "5 pairs"}, {"10双", "10 pairs"}};

constexpr std::array<Category, 7> kCategories = {{
    {kFruit, kFruitBrands, kFruitQualifiers, kFruitSpecs, 20},
    {kDrinks, kDrinkBrands, kDrinkQualifiers, kDrinkSpecs, 20},
    {kDaily, kDailyBrands, kDailyQualifiers, kDailySpecs, 15},
    {kFarm, kFarmBrands, kFarmQualifiers, kFarmSpecs, 15},
    {kFood, kFoodBrands, kFoodQualifiers, kFoodSpecs, 15},
    {kAppliances, kApplianceBrands, kApplianceQualifiers, kApplianceSpecs, 8},
    {kClothes, kClothesBrands, kClothesQualifiers, kClothesSpecs, 7},
}};

constexpr const char* kSurnames[] = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高",
    "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁",
    "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "单", "解", "查", "曾",
};
constexpr const char* kGivenChars[] = {
    "伟", "芳", "娜", "秀", "英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
    "超", "兰", "霞", "平", "刚", "桂", "建", "国", "华", "红", "玉", "梅", "春", "福", "德", "志", "海", "金",
    "长", "乐", "行", "重", "朝", "和", "银", "凤", "淑", "珍", "文", "斌", "宇", "浩", "凯", "鑫", "莉", "燕",
};
constexpr Word kMarketing[] = {{"包邮", "free shipping"},  {"正品", "genuine"}, {"批发", "wholesale"},
                               {"农家自产", "home grown"}, {"新品", "new"},     {"特价", "special offer"}};

}  // namespace

std::span<const Category> categories() { return kCategories; }
std::span<const char* const> surnames() { return kSurnames; }
std::span<const char* const> givenNameChars() { return kGivenChars; }
std::span<const Word> marketingWords() { return kMarketing; }

}  // namespace cz::search::test
