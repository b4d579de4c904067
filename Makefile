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

clean:
	rm -rf .build .build-fuzz .build-asan .build-tsan
