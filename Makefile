# make demo   build the page and serve it at http://127.0.0.1:$(PORT)/ (sample article preloaded)
# make test   every test: native, wasm in Node and in headless Chrome, the built package, the page,
#             the Python package and the Spark example (make test-python)
# make build  the wasm-bindgen `--target web` package in www/pkg/
# make package  the npm package (API, element, CSS) in target/npm/
# make bench  speed and size against the peers (see README)
# make model  retrain the names tagger (src/data/names.model) from ../shared/data (DATA=…)
# make fuzz   coverage-guided fuzzing of annotate for FUZZ_SECONDS (default 60; see fuzz/README.md)
#
# Each target installs, on a fresh machine, what it needs and is missing: the wasm32 target,
# wasm-bindgen-cli at Cargo.lock's version, wasm-pack, Chromium and its driver (Debian),
# and the npm dev packages (package-lock.json); for Python, a venv in target/venv with
# python/requirements-dev.txt from PyPI, and a Java runtime (Debian) for Spark. Nothing downloads
# a browser or a binary.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

PORT ?= 8080
PKG := www/pkg
VENV := target/venv
WHEELS := target/wheels
WASM_PACK_VERSION := 0.15.1
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/^version = "\(.*\)"$$/\1/p;}' Cargo.lock)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# The features rustc enables by default for wasm32; wasm-opt must accept them.
WASM_FEATURES := --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
	--enable-mutable-globals --enable-reference-types --enable-multivalue
# wasm-opt inlines every function that has one caller, whatever its size, and so undid the
# out-of-line passes (see src/lib.rs): one 70 KB function that V8 then spent 150 ms of
# background CPU optimising during the first annotation. Only small ones are inlined now.
WASM_OPT_INLINE := --one-caller-inline-max-function-size 200

.PHONY: all build package demo test lint test-native test-wasm-node test-wasm-chrome test-js test-page test-python bench fuzz model \
	setup-rust setup-wasm-pack setup-browser setup-node setup-python setup-java python-wheel bench-python clean

all: build

## Set-up: each step skips what is already there.

setup-rust:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
		|| rustup target add wasm32-unknown-unknown
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WASM_BINDGEN_VERSION)" ]; then \
		echo "Installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (the version in Cargo.lock; about 4 minutes)"; \
		cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --force; \
	fi

setup-wasm-pack: setup-rust
	@command -v wasm-pack >/dev/null \
		|| { echo "Installing wasm-pack $(WASM_PACK_VERSION) (about 3 minutes)"; \
		     cargo install wasm-pack --version $(WASM_PACK_VERSION); }

setup-browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
		echo "Installing Chromium and ChromeDriver from Debian"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium chromium-driver \
		|| { echo "make: cannot install chromium and chromium-driver; install them and run make again" >&2; exit 1; }; \
	fi

setup-node: node_modules/.package-lock.json

setup-python: $(VENV)/.installed

# Made again only when the requirements change; pip then keeps what is already there.
$(VENV)/.installed: python/requirements-dev.txt
	@command -v python3 >/dev/null || { echo "make: python3 (3.10 or later) is needed" >&2; exit 1; }
	@[ -x $(VENV)/bin/python ] || python3 -m venv $(VENV) \
		|| { echo "make: cannot make a venv; install python3-venv and run make again" >&2; exit 1; }
	@echo "Installing python/requirements-dev.txt into $(VENV) (pyspark is large: a few minutes the first time)"
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r python/requirements-dev.txt
	@touch $@

setup-java:
	@if ! command -v java >/dev/null; then \
		echo "Installing a Java runtime (OpenJDK 17) from Debian, for Spark"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq openjdk-17-jre-headless \
		|| { echo "make: cannot install openjdk-17-jre-headless; install a Java runtime (17 or later) and run make again" >&2; exit 1; }; \
	fi

node_modules/.package-lock.json: package.json package-lock.json
	@command -v npm >/dev/null || { echo "make: npm (Node.js 20 or later) is needed" >&2; exit 1; }
	npm ci --no-audit --no-fund
	@touch $@

## Build

# wasm-pack writes a .gitignore of `*` into the package; npm pack would then leave pkg/snippets/
# out of the npm package (www/package.json), so it goes (the repository ignores www/pkg anyway).
build: setup-wasm-pack setup-node
	wasm-pack build --target web --release --out-dir $(PKG) --no-default-features
	rm -f $(PKG)/.gitignore
	wasm-opt -Oz $(WASM_FEATURES) $(WASM_OPT_INLINE) --strip-debug --strip-producers \
		$(PKG)/article_annotator_bg.wasm -o $(PKG)/article_annotator_bg.wasm
	@printf 'Built %s: wasm %s bytes, %s gzipped\n' $(PKG) \
		"$$(wc -c < $(PKG)/article_annotator_bg.wasm)" "$$(gzip -9c $(PKG)/article_annotator_bg.wasm | wc -c)"

# The npm package (www/package.json: the API with its types, the element and its CSS) as
# target/npm/article-annotator-VERSION.tgz.
package: build
	mkdir -p target/npm
	cd www && npm pack --pack-destination $(CURDIR)/target/npm

# The Python wheel (maturin, in python/), installed into the venv.
python-wheel: setup-python
	rm -f $(WHEELS)/article_annotator-*.whl
	cd python && CARGO_TARGET_DIR=$(CURDIR)/target/python $(CURDIR)/$(VENV)/bin/maturin build --release \
		--interpreter $(CURDIR)/$(VENV)/bin/python --out $(CURDIR)/$(WHEELS)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check --force-reinstall --no-deps $(WHEELS)/article_annotator-*.whl

demo: build
	PORT=$(PORT) node tools/serve.mjs

## Tests

test: lint test-native test-wasm-node test-wasm-chrome test-js test-page test-python
	@echo "make test: every suite passed"

# Formatting and clippy, warnings as errors: the core natively and for wasm, and the Python crate.
lint: setup-rust
	cargo fmt --check
	cd python && cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --test wasm_node --test wasm_browser -- -D warnings
	cd python && CARGO_TARGET_DIR=$(CURDIR)/target/python cargo clippy --all-targets -- -D warnings

test-native:
	cargo test

test-wasm-node: setup-wasm-pack
	wasm-pack test --node -- --test wasm_node

test-wasm-chrome: setup-wasm-pack setup-browser
	wasm-pack test --headless --chrome -- --test wasm_browser

test-js: build
	node --test tests/js/

test-page: build setup-browser
	node --test tests/page/

# The Spark test compares the example's tables with the command-line tool's output: the tool
# builds beside the wheel (each spends much of its time linking on one core).
test-python: setup-python setup-java
	cargo build --release --bin annotate & cli=$$!; \
		$(MAKE) --no-print-directory python-wheel || { wait $$cli; exit 1; }; \
		wait $$cli
	$(VENV)/bin/python -m pytest -q -p no:cacheprovider python/tests

## Benchmarks

bench: build
	cargo bench
	node tools/bench.mjs

# Throughput of the Python package beside the command-line tool's (the README's table).
bench-python: python-wheel
	cargo build --release --bin annotate
	$(VENV)/bin/python tools/bench_python.py

## The names model (CoNLL-2003 and Worldwide Newswire are not in the repository: DATA names their folder)

DATA ?= ../shared/data

model:
	cargo run --release --features train --bin train_names -- \
		$(DATA)/conll2003_train.jsonl $(DATA)/worldwide_train.jsonl $(DATA)/conll2003_dev.jsonl src/data/names.model

## Fuzzing (stable Rust: RUSTC_BOOTSTRAP lets cargo fuzz pass its sanitizer flag)

FUZZ_SECONDS ?= 60

fuzz:
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
	mkdir -p fuzz/corpus/annotate
	RUSTC_BOOTSTRAP=1 CARGO_CACHE_RUSTC_INFO=0 cargo fuzz run annotate fuzz/corpus/annotate fuzz/seeds/annotate -- \
		-dict=fuzz/annotate.dict -max_len=4096 -len_control=10 -timeout=10 -max_total_time=$(FUZZ_SECONDS)

clean:
	cargo clean
	rm -rf $(PKG) node_modules
