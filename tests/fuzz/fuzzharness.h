#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>
#include <vector>

// The fuzz harnesses (docs/testing.md, "Fuzzing"): one entry function per parser, shared by
// the libFuzzer executables (fuzzmain.cpp) and tst_fuzzregressions. Each takes arbitrary
// bytes, runs its parser over them the way the application does, and returns the parser's
// error message (empty when the input was accepted). A crash, a sanitizer report, a leak,
// a hang or a broken property check (abort) is a finding.
namespace goodwill::fuzz {

using Entry = QString (*)(const std::uint8_t *data, std::size_t size);

struct Harness
{
    const char
        *name; // the fuzzer is fuzz_<name>; its regressions tests/data/fuzz-regressions/<name>
    Entry entry;
};

// Every harness, in the order ./dev fuzz runs them.
const std::vector<Harness> &harnesses();
// The harness called `name`, or null.
const Harness *findHarness(const QString &name);

// Import readers. Their input is one file or a bundle of files (fuzzworkspace.h).
QString fuzzSlack(const std::uint8_t *data, std::size_t size);
QString fuzzEngage(const std::uint8_t *data, std::size_t size);
QString fuzzMattermost(const std::uint8_t *data, std::size_t size);
QString fuzzTeams(const std::uint8_t *data, std::size_t size);
QString fuzzActivityCsv(const std::uint8_t *data, std::size_t size);
QString fuzzActivityJsonl(const std::uint8_t *data, std::size_t size);
QString fuzzRoster(const std::uint8_t *data, std::size_t size);
// Model inputs: a sentiment lexicon file, a user's model file.
QString fuzzLexicon(const std::uint8_t *data, std::size_t size);
QString fuzzModelFile(const std::uint8_t *data, std::size_t size);
// Text helpers the readers share.
QString fuzzHtmlText(const std::uint8_t *data, std::size_t size);
QString fuzzSlackMarkup(const std::uint8_t *data, std::size_t size);
QString fuzzCsvReader(const std::uint8_t *data, std::size_t size);

} // namespace goodwill::fuzz
