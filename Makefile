# journal — two commands do all set-up: `make demo` and `make test`.
SWIFT ?= swift
JOURNAL_BIN = .build/debug/journal
TODAY ?= 2026-11-23
# Seconds per fuzz target (`make fuzz SECONDS=600`).
SECONDS ?= 60

.PHONY: all deps build demo test golden fuzz sanitize clean

all: build

deps:
	@sh scripts/install-deps.sh

build: deps
	$(SWIFT) build --product journal

demo: build
	@echo "== journal check (journal-example/)"
	@$(JOURNAL_BIN) check --journal journal-example
	@echo
	@echo "== journal list (journal-example/)"
	@$(JOURNAL_BIN) list --journal journal-example

test: deps
	$(SWIFT) build
	$(SWIFT) test

golden: deps
	$(SWIFT) build
	JOURNAL_RECORD=1 $(SWIFT) test

# libFuzzer over the per-file pipeline and the config parser (docs/robustness.md).
fuzz: deps
	@bash scripts/fuzz.sh $(SECONDS) entry config

# swift test under AddressSanitizer, then ThreadSanitizer, each in its own build folder.
# The CLI tests run the journal binary of the same build (JOURNAL_BIN); leaks of the
# toolchain's own libraries (XCTest, Foundation.Process) are suppressed in Tests/lsan.supp.
sanitize: deps
	$(SWIFT) build --build-tests --scratch-path .build-asan --sanitize=address
	JOURNAL_BIN=$(CURDIR)/.build-asan/debug/journal LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan.supp:print_suppressions=0 \
		$(SWIFT) test --skip-build --scratch-path .build-asan --sanitize=address
	$(SWIFT) build --build-tests --scratch-path .build-tsan --sanitize=thread
	JOURNAL_BIN=$(CURDIR)/.build-tsan/debug/journal TSAN_OPTIONS=halt_on_error=1 \
		$(SWIFT) test --skip-build --scratch-path .build-tsan --sanitize=thread

clean:
	rm -rf .build .build-fuzz .build-asan .build-tsan
