// The catalog feed's decoder. A first sync reads ~150 MB of catalog pages (200,000 products, a
// sixth of them with a base64 thumbnail), so this one decoder uses simdjson's DOM parser instead of
// nlohmann::json (docs/adr/0001-simdjson-for-catalog-pages.md). The rules are the other decoders':
// the whole body is validated (UTF-8 and JSON), every field is required and typed, numbers are
// integers in range, and a failure names the field's path.

#include "sync/json_reader.h"
#include "sync/wire.h"

#include <openssl/evp.h>
#include <simdjson.h>

#include <cstring>

namespace cz::sync {

namespace {

namespace dom = simdjson::dom;
using detail::DecodeFailure;
using detail::kMaxFen;

constexpr std::size_t kMaxImageBytes = 512 * 1024;

// One JSON object and its path; the path text is only built when something fails.
class Obj final {
public:
    Obj(dom::element e, const std::string& prefix, std::size_t index, bool indexed)
        : m_prefix(prefix), m_index(index), m_indexed(indexed)
    {
        if (e.get(m_obj) != simdjson::SUCCESS)
            fail(nullptr, "expected an object");
    }

    [[noreturn]] void fail(const char* key, const std::string& what) const
    {
        std::string path = m_prefix;
        if (m_indexed)
            path += "[" + std::to_string(m_index) + "]";
        if (key)
            path += path.empty() ? std::string(key) : "." + std::string(key);
        throw DecodeFailure{WireError{std::move(path), what}};
    }

    bool has(const char* key) const
    {
        dom::element v;
        return m_obj.at_key(key).get(v) == simdjson::SUCCESS && !v.is_null();
    }

    dom::element at(const char* key) const
    {
        dom::element v;
        if (m_obj.at_key(key).get(v) != simdjson::SUCCESS || v.is_null())
            fail(key, "missing");
        return v;
    }

    std::string_view text(const char* key, std::size_t max) const
    {
        std::string_view s;
        if (at(key).get(s) != simdjson::SUCCESS)
            fail(key, "expected a string");
        if (s.size() > max)
            fail(key, "longer than " + std::to_string(max) + " bytes");
        return s;
    }

    std::int64_t int64(const char* key, std::int64_t min, std::int64_t max) const
    {
        const dom::element e = at(key);
        if (!e.is_int64()) {
            if (e.is_uint64())
                fail(key, "integer out of range");
            fail(key, "expected an integer");
        }
        const std::int64_t v = e.get_int64().value_unsafe();
        if (v < min || v > max)
            fail(key, "value " + std::to_string(v) + " out of range [" + std::to_string(min) + ", " +
                          std::to_string(max) + "]");
        return v;
    }

    bool boolean(const char* key) const
    {
        bool b = false;
        if (at(key).get(b) != simdjson::SUCCESS)
            fail(key, "expected true or false");
        return b;
    }

private:
    dom::object m_obj;
    const std::string& m_prefix;
    std::size_t m_index;
    bool m_indexed;
};

// Strict standard base64 (RFC 4648 §4, padded). OpenSSL's block decoder is table-driven (libsodium's
// constant-time one took 0.35 s for a catalog's 33,000 thumbnails, this 0.03 s), but it accepts '='
// anywhere and trims surrounding whitespace: both are refused here first.
std::string base64(const Obj& o, const char* key)
{
    const std::string_view text = o.text(key, kMaxImageBytes / 3 * 4 + 4);
    if (text.empty())
        return {};
    if (text.size() % 4 != 0 || static_cast<unsigned char>(text.front()) <= ' ' ||
        static_cast<unsigned char>(text.back()) <= ' ')
        o.fail(key, "not valid base64");
    const auto* pad = static_cast<const char*>(std::memchr(text.data(), '=', text.size()));
    const std::size_t pads = pad ? text.size() - static_cast<std::size_t>(pad - text.data()) : 0;
    if (pads > 2 || (pads == 2 && text.back() != '='))
        o.fail(key, "not valid base64");
    std::string out(text.size() / 4 * 3, '\0');
    const int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                  reinterpret_cast<const unsigned char*>(text.data()), static_cast<int>(text.size()));
    if (n < 0 || static_cast<std::size_t>(n) != out.size())
        o.fail(key, "not valid base64");
    out.resize(out.size() - pads);
    if (out.size() > kMaxImageBytes)
        o.fail(key, "image larger than 512 KiB");
    return out;
}

// One parser per thread: its buffers are reused from page to page.
dom::parser& threadParser()
{
    thread_local dom::parser parser = [] {
        dom::parser p;
        if (p.allocate(64 * 1024, kMaxJsonDepth) != simdjson::SUCCESS)
            throw std::bad_alloc();
        return p;
    }();
    return parser;
}

}  // namespace

WireResult<CatalogPage> decodeCatalogPage(std::string_view body)
{
    return detail::decodeWith<CatalogPage>([&] {
        if (body.empty())
            throw DecodeFailure{WireError{"", "empty body"}};
        dom::element doc;
        const auto err = threadParser().parse(body.data(), body.size()).get(doc);
        if (err == simdjson::DEPTH_ERROR)
            throw DecodeFailure{WireError{"", "JSON nested too deeply"}};
        if (err != simdjson::SUCCESS)
            throw DecodeFailure{WireError{"", "not valid JSON"}};
        if (!doc.is_object())
            throw DecodeFailure{WireError{"", "expected a JSON object"}};
        const std::string none, items = "items";
        const Obj root(doc, none, 0, false);
        dom::array list;
        if (root.at("items").get(list) != simdjson::SUCCESS)
            root.fail("items", "expected an array");
        CatalogPage page;
        page.items.reserve(list.size());
        std::size_t i = 0;
        for (dom::element e : list) {
            const Obj it(e, items, i++, true);
            CatalogItem c;
            c.productId = it.text("product_id", 64);
            if (c.productId.empty())
                it.fail("product_id", "must not be empty");
            c.version = it.int64("version", 1, INT64_MAX);
            c.deleted = it.boolean("deleted");
            c.nameZh = it.text("name_zh", 512);
            c.nameEn = it.text("name_en", 512);
            c.category = it.text("category", 128);
            c.barcode = it.text("barcode", 32);
            c.price = Money::fromFen(it.int64("price_fen", 0, kMaxFen));
            c.unit = it.text("unit", 32);
            c.description = it.text("description", 4096);
            if (it.has("image"))
                c.image = base64(it, "image");
            page.items.push_back(std::move(c));
        }
        page.nextCursor = root.text("next_cursor", 256);
        page.hasMore = root.boolean("has_more");
        return page;
    });
}

}  // namespace cz::sync
