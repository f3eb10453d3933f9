# The project's commands. Each installs what it needs on a fresh Debian machine.
#   make generate   regenerate Sources/Infercom/Generated from spec/responses.yaml
#   make check      fail with a diff if the committed bindings differ from what the spec produces
#   make breaking   what the spec's changes since BASE break (openapi-swift diff; BASE: a git ref,
#                   default the last tag, else main, else HEAD; DIFF_FLAGS e.g. '--format markdown')
#   make test       everything: system deps, spec validation, drift check, all tests, lint, fuzz smoke
#   make test-without-curl  the library and its tests built without libcurl (URLSession the default
#                   transport), own build folder .build-nocurl; part of make test
#   make golden     rewrite the golden files of the generator tests (review with git diff)
#   make bench      benchmarks against the anchors (separate package under Tests/Benchmarks)
#   make corpus     rebuild the decoding corpus Tests/Corpus with openai-python (needs PyPI once)
#   make corpus-check  decode the corpus with our bindings and OpenAI's (no PyPI; see Tests/Corpus)
#   make spec-corpus   generate + compile every OpenAPI document in SPEC_CORPUS (a folder of real-world
#                   specs kept outside the repo; skipped when absent), rows into .build/spec-corpus
#   make docs       the DocC documentation of the library (toolchain docc; broken links fail) into
#                   .build/docs/Infercom.doccarchive; part of make test, with docs-checks
#   make lint       swift-format (toolchain) over the hand-written sources, per .swift-format (Tests/lint.sh)
#   make fuzz       libFuzzer targets (generator front end, SSE parser + event decoding), FUZZ_TIME
#                   seconds each (default 60); built with swiftc under Tests/Fuzz, see its Makefile
#   make fuzz-smoke a short run of each fuzz target (SMOKE_TIME seconds each, default 15), part of make test
#   make sanitize   the transport and end-to-end suites under ASan and TSan (own build folders; slow)
#   make test-under-load  the transport and end-to-end suites RUNS times (default 10) with every core busy

SWIFT     ?= swift
SPEC      := spec/responses.yaml
CONFIG    := spec/openapi-swift-config.yaml
GENERATED := Sources/Infercom/Generated
GENERATOR := .build/debug/openapi-swift

CORPUS_VENV := Tests/Corpus/.venv

.PHONY: spec-corpus breaking generate check test test-without-curl golden bench lint fuzz fuzz-smoke deps tls-deps validate-spec generator corpus corpus-check docs docs-checks

generate: generator
	$(GENERATOR) $(SPEC) --config $(CONFIG) --output $(GENERATED)

check: generator
	$(GENERATOR) $(SPEC) --config $(CONFIG) --output $(GENERATED) --check

test: deps tls-deps validate-spec check lint
	$(SWIFT) test
	bash Tests/cli-checks.sh $(GENERATOR)
	bash Tests/diff-checks.sh $(GENERATOR)
	bash Tests/plugin-checks.sh
	$(MAKE) docs docs-checks
	$(MAKE) corpus-check
	$(MAKE) fuzz-smoke
	$(MAKE) test-without-curl

# What an Apple-platform build graph gets: no libcurl. OPENAPI_SWIFT_WITHOUT_CURL=1 makes the manifest
# leave CCurl and OpenAPICurlTransport out (and the LibcurlTransport trait off), so nothing can compile
# against libcurl; the URLSession transport suite and every test not about libcurl then run there.
NOCURL_BUILD := .build-nocurl
test-without-curl: deps
	OPENAPI_SWIFT_WITHOUT_CURL=1 $(SWIFT) build --scratch-path $(NOCURL_BUILD) --build-tests
	@if find $(NOCURL_BUILD) -path '*OpenAPICurlTransport*' -o -name 'CCurl*' | grep -q .; then \
	    echo "error: the curl-less build compiled the libcurl transport" >&2; exit 1; fi
	OPENAPI_SWIFT_WITHOUT_CURL=1 $(SWIFT) test --scratch-path $(NOCURL_BUILD) --skip-build --filter InfercomTests

# The spec at BASE, extracted with git show into a temporary file, against the working tree's spec.
# Exit status as openapi-swift diff's: 1 when a change is breaking (see DIFF_FLAGS --fail-on).
BASE ?= $(shell git describe --tags --abbrev=0 2>/dev/null || { git rev-parse -q --verify main >/dev/null && echo main; } || echo HEAD)
DIFF_FLAGS ?=

breaking: generator
	@dir=$$(mktemp -d) && trap 'rm -rf "$$dir"' EXIT && \
	old="$$dir/responses-at-$$(printf '%s' '$(BASE)' | tr -c 'A-Za-z0-9._-' '_').yaml" && \
	git show '$(BASE):$(SPEC)' > "$$old" && \
	echo "openapi-swift diff: $(SPEC) at $(BASE) → working tree" >&2 && \
	$(GENERATOR) diff "$$old" $(SPEC) --config $(CONFIG) $(DIFF_FLAGS)

golden: deps
	OPENAPI_SWIFT_RECORD=1 $(SWIFT) test --filter GeneratorTests.Golden || true
	@echo "golden files rewritten; review them with: git diff Tests/Golden"

SPEC_CORPUS ?=
spec-corpus: generator
	@if [ -z "$(SPEC_CORPUS)" ] || [ ! -d "$(SPEC_CORPUS)" ]; then echo "spec-corpus: skipped (set SPEC_CORPUS=DIR to a folder of OpenAPI documents; '$(SPEC_CORPUS)' is not one)"; exit 0; fi; \
	$(SWIFT) build --target OpenAPIClientRuntime && \
	python3 Tests/SpecCorpus/run.py "$(SPEC_CORPUS)" .build/spec-corpus

bench: deps
	$(MAKE) -C Tests/Benchmarks bench

# The corpus's bodies are committed; only regenerating them needs openai-python (pinned, in a
# git-ignored virtual environment).
corpus:
	@test -x $(CORPUS_VENV)/bin/python || python3 -m venv $(CORPUS_VENV)
	$(CORPUS_VENV)/bin/python -m pip install --quiet -r Tests/Corpus/requirements.txt
	$(CORPUS_VENV)/bin/python Tests/Corpus/make_corpus.py

corpus-check: generator
	python3 Tests/Corpus/check_corpus.py --generator $(GENERATOR)

lint:
	bash Tests/lint.sh

# DocC from the toolchain (no plugin): symbol graph of Infercom and what it re-exports, then
# docc convert --warnings-as-errors. Read it with a static server, see Tests/docs.sh.
docs: deps
	bash Tests/docs.sh

# A catalog copy with a broken symbol link must fail to build.
docs-checks: deps
	bash Tests/docs-checks.sh

FUZZ_TIME  ?= 60
SMOKE_TIME ?= 15

fuzz: deps
	$(MAKE) -C Tests/Fuzz fuzz FUZZ_TIME=$(FUZZ_TIME)

# Fails on any crash, sanitizer report, leak or stall the fuzzers find in SMOKE_TIME seconds each.
fuzz-smoke: deps
	$(MAKE) -C Tests/Fuzz smoke SMOKE_TIME=$(SMOKE_TIME)

generator: deps
	$(SWIFT) build --product openapi-swift

validate-spec:
	@python3 -c 'import openapi_spec_validator' 2>/dev/null || python3 -m pip install --quiet 'openapi-spec-validator>=0.7'
	python3 -m openapi_spec_validator $(SPEC)

# libyaml and libcurl headers come from Debian packages; install them when missing.
deps:
	@missing=""; \
	pkg-config --exists yaml-0.1 || missing="$$missing libyaml-dev"; \
	pkg-config --exists libcurl || missing="$$missing libcurl4-openssl-dev"; \
	command -v pkg-config >/dev/null || missing="$$missing pkg-config"; \
	bash Tests/install-packages.sh "the build (libyaml, libcurl)" $$missing

# The transport and end-to-end suites under AddressSanitizer and ThreadSanitizer (own build folders).
.PHONY: sanitize test-under-load
sanitize: deps
	bash Tests/sanitize.sh

# The transport and end-to-end suites RUNS times (default 10) while busy loops saturate every core.
RUNS ?= 10
test-under-load: deps
	RUNS=$(RUNS) bash Tests/test-under-load.sh

# The HTTPS tests start nginx (with HTTP/2) on loopback and make their CA with the openssl command line.
tls-deps:
	@missing=""; \
	{ command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]; } || missing="$$missing nginx-light"; \
	command -v openssl >/dev/null || missing="$$missing openssl"; \
	bash Tests/install-packages.sh "the HTTPS tests" $$missing || exit 1; \
	nginx=$$(command -v nginx || echo /usr/sbin/nginx); \
	$$nginx -V 2>&1 | grep -q -- --with-http_v2_module || { echo "error: $$nginx lacks HTTP/2 (--with-http_v2_module)" >&2; exit 1; }
