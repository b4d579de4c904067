// journal-fuzz: drives libFuzzer over journal's parsers.
//
// SwiftPM renames the `main` of a Swift executable, so libFuzzer's own `main` cannot
// be used; this C `main` calls libFuzzer's `LLVMFuzzerRunDriver` instead. The symbol
// is weak: in a normal build (no -sanitize=fuzzer) it is NULL and the program says
// how to build it properly, so `swift build` still links.
//
// Usage: journal-fuzz entry|config [libFuzzer flags] [corpus folders]   (see `make fuzz`)

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef int (*FuzzCallback)(const uint8_t *data, size_t size);

extern int LLVMFuzzerRunDriver(int *argc, char ***argv, FuzzCallback callback) __attribute__((weak));

// Defined in Swift (Sources/JournalFuzz) with @_cdecl.
extern int journal_fuzz_entry(const uint8_t *data, size_t size);
extern int journal_fuzz_config(const uint8_t *data, size_t size);

static void usage(const char *name) {
    fprintf(stderr, "usage: %s entry|config [libFuzzer flags] [corpus folders]\n"
                    "  entry   the per-file pipeline: encoding checks, front-matter, cmark, extraction\n"
                    "  config  .journal/config.yml parsing\n", name);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        usage(argv[0]);
        return 2;
    }
    FuzzCallback callback = NULL;
    if (strcmp(argv[1], "entry") == 0) callback = journal_fuzz_entry;
    else if (strcmp(argv[1], "config") == 0) callback = journal_fuzz_config;
    if (callback == NULL) {
        usage(argv[0]);
        return 2;
    }
    if (LLVMFuzzerRunDriver == NULL) {
        fprintf(stderr, "%s was built without libFuzzer. Build and run it with `make fuzz` "
                        "(swift build --product journal-fuzz -Xswiftc -sanitize=fuzzer,address).\n", argv[0]);
        return 1;
    }
    // Drop the target name so that libFuzzer sees only its own flags and folders.
    argv[1] = argv[0];
    argc -= 1;
    argv += 1;
    return LLVMFuzzerRunDriver(&argc, &argv, callback);
}
