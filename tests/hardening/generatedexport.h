#pragma once

#include <QString>

#include <cstdint>

// Exports the hardening tests make at run time (nothing large is committed to the tree).
namespace goodwill::test {

// A Goodwill activity CSV (docs/formats.md section 6) of `threads` threads, each a post
// with three replies and two reactions, by 300 people (person<N>@example.com) in eight
// channels, from 2025-01-01 on. Ids start with `prefix`, so two files are two distinct sets
// of records. Deterministic for a seed. False when it cannot be written.
bool writeActivityCsv(const QString &path, int threads, const QString &prefix,
                      std::uint64_t seed = 1);

// The activities such a file holds (a post, three replies and two reactions a thread).
constexpr int activitiesPerThread = 6;

} // namespace goodwill::test
