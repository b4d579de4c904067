# journal — two commands do all set-up: `make demo` and `make test`.
SWIFT ?= swift
JOURNAL_BIN = .build/debug/journal
TODAY ?= 2026-11-23
PREFIX ?= /usr/local
RELEASE_BIN = .build/release/journal
# On Linux the release binary carries the Swift runtime and Foundation inside it: loading
# them as shared libraries cost 5 ms of every run (a third of a 100-entry report).
# FIXED_ADDRESS=1 also links it at a fixed address (-no-pie), which saves the loader 79,000
# relocations, 220 page faults and about 2 ms per run, at the price of address-space
# randomisation for the executable's own code: opt-in (make install FIXED_ADDRESS=1).
# macOS has the Swift runtime in the system.
FIXED_ADDRESS ?=
RELEASE_FLAGS ?= $(if $(filter Linux,$(shell uname -s)),--static-swift-stdlib $(if $(FIXED_ADDRESS),-Xswiftc -Xclang-linker -Xswiftc -no-pie))
MANUAL = .build/plugins/GenerateManual/outputs/journal/journal.1

# Seconds per fuzz target (`make fuzz FUZZ_SECONDS=600`). Not SECONDS: bash gives that name
# a meaning of its own.
FUZZ_SECONDS ?= 60

.PHONY: all deps build demo test golden install uninstall clean bench fuzz sanitize

all: build

deps:
	@sh scripts/install-deps.sh

build: deps
	$(SWIFT) build --product journal

demo: build
	@echo "== journal check (journal-example/)"
	@$(JOURNAL_BIN) check --journal journal-example
	@echo
	@echo "== journal report (journal-example/, as of $(TODAY))"
	@$(JOURNAL_BIN) report --journal journal-example --today $(TODAY)

test: deps
	python3 scripts/check-layers.py --self-test
	python3 scripts/check-layers.py
	$(SWIFT) build
	$(SWIFT) test

golden: deps
	$(SWIFT) build
	JOURNAL_RECORD=1 $(SWIFT) test

# Release binary, manual page and bash/zsh/fish completions under $(PREFIX) (DESTDIR for packaging).
install: deps
	$(SWIFT) package generate-manual --configuration release
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product journal
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/man/man1" \
		"$(DESTDIR)$(PREFIX)/share/bash-completion/completions" \
		"$(DESTDIR)$(PREFIX)/share/zsh/site-functions" \
		"$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d" \
		"$(DESTDIR)$(PREFIX)/share/doc/journal"
	install -m 755 $(RELEASE_BIN) "$(DESTDIR)$(PREFIX)/bin/journal"
	install -m 644 $(MANUAL) "$(DESTDIR)$(PREFIX)/share/man/man1/journal.1"
	$(RELEASE_BIN) --generate-completion-script bash > "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/journal"
	$(RELEASE_BIN) --generate-completion-script zsh > "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_journal"
	$(RELEASE_BIN) --generate-completion-script fish > "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/journal.fish"
	# The documentation the language server's diagnostics link to (docs/editors.md).
	install -m 644 docs/*.md "$(DESTDIR)$(PREFIX)/share/doc/journal/"
	@echo "Installed journal, its manual page, completions and docs under $(DESTDIR)$(PREFIX)."

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/journal" "$(DESTDIR)$(PREFIX)/share/man/man1/journal.1" \
		"$(DESTDIR)$(PREFIX)/share/bash-completion/completions/journal" \
		"$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_journal" \
		"$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/journal.fish"
	rm -rf "$(DESTDIR)$(PREFIX)/share/doc/journal"

# Benchmark against cat, cmark and a Python peer (docs/performance.md).
# SIZES=10000 for a quicker run; RUNS=N runs per measurement.
SIZES ?= 100,10000,100000
RUNS ?= 5
bench: deps
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product journal
	python3 Benchmarks/bench.py --sizes $(SIZES) --runs $(RUNS)

# libFuzzer over the per-file pipeline and the config parser (docs/robustness.md).
fuzz: deps
	@bash scripts/fuzz.sh $(FUZZ_SECONDS) entry config

# swift test under AddressSanitizer, then ThreadSanitizer, each in its own build folder.
# The CLI tests run the journal binary of the same build (JOURNAL_BIN); leaks of the
# toolchain's own libraries (XCTest, Foundation.Process in the tests) are suppressed in Tests/lsan.supp.
sanitize: deps
	$(SWIFT) build --build-tests --scratch-path .build-asan --sanitize=address
	JOURNAL_BIN=$(CURDIR)/.build-asan/debug/journal LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan.supp:print_suppressions=0 \
		$(SWIFT) test --skip-build --scratch-path .build-asan --sanitize=address
	$(SWIFT) build --build-tests --scratch-path .build-tsan --sanitize=thread
	JOURNAL_BIN=$(CURDIR)/.build-tsan/debug/journal TSAN_OPTIONS=halt_on_error=1 \
		$(SWIFT) test --skip-build --scratch-path .build-tsan --sanitize=thread

clean:
	rm -rf .build .build-fuzz .build-asan .build-tsan
