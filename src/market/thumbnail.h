#pragma once
// Small generated product thumbnails (24×24 RGB PNG), deterministic per product, so catalog pages
// carry real image bytes of realistic size without shipping an image set.

#include <cstdint>
#include <string>
#include <string_view>

namespace cz::market {

/// PNG bytes for the product; colours follow the category, the pattern follows the product id.
std::string thumbnailPng(std::uint64_t seed, std::string_view productId, std::string_view category);

} // namespace cz::market
