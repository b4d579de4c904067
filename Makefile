# journal — two commands do all set-up: `make demo` and `make test`.
SWIFT ?= swift
JOURNAL_BIN = .build/debug/journal
TODAY ?= 2026-11-23

.PHONY: all deps build demo test golden clean

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
	$(SWIFT) build
	$(SWIFT) test

golden: deps
	$(SWIFT) build
	JOURNAL_RECORD=1 $(SWIFT) test

clean:
	rm -rf .build
