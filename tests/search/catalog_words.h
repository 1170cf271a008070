#pragma once
// Word lists for the test catalog (catalog_generator.cpp). Chinese with an English rendering.

#include <span>

namespace cz::search::test {

struct Word {
    const char* zh;
    const char* en;
};

struct Category {
    std::span<const Word> items;
    std::span<const Word> brands;
    std::span<const Word> qualifiers;  ///< origins and adjectives
    std::span<const Word> specs;
    int weight;  ///< relative share of the catalog
};

std::span<const Category> categories();
std::span<const char* const> surnames();
std::span<const char* const> givenNameChars();
std::span<const Word> marketingWords();

}  // namespace cz::search::test
