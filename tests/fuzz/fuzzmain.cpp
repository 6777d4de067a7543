// The libFuzzer executable fuzz_<name>: GOODWILL_FUZZ_HARNESS names the harness
// (fuzzharness.h) it drives.
#include "fuzzharness.h"

#include <cstdio>
#include <cstdlib>

namespace {
goodwill::fuzz::Entry entry = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    const goodwill::fuzz::Harness *harness =
        goodwill::fuzz::findHarness(QStringLiteral(GOODWILL_FUZZ_HARNESS));
    if (!harness) {
        std::fprintf(stderr, "fuzz: no harness called %s\n", GOODWILL_FUZZ_HARNESS);
        std::abort();
    }
    entry = harness->entry;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    entry(data, size);
    return 0;
}
