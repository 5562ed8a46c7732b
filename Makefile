# Satchel: the two commands that set up a fresh machine are `make run` and `make test`.
# Every Python package comes from one lock file with hashes, uv.lock (docs/packaging.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# uv itself is the one tool installed before the lock can be read: pinned, with hashes.
BOOTSTRAP := .cache/bootstrap
UV := $(BOOTSTRAP)/bin/uv
export UV_PROJECT_ENVIRONMENT := $(VENV)
export UV_PYTHON_DOWNLOADS := never
UV_SYNC := $(UV) sync --frozen --python $(PYTHON) --quiet
# System tools the test suite drives for real: the age CLI (interop), gnome-keyring and
# dbus (a real Secret Service for the keystore tests), npm (the CCTV test vectors), zbar
# (reads back the contact card's QR code), git (pre-commit runs on the tracked files).
TEST_TOOLS := age:age gnome-keyring-daemon:gnome-keyring dbus-run-session:dbus npm:npm \
	zbarimg:zbar-tools git:git
# Libraries Qt needs to run (offscreen in the tests, on screen for make run), and a font
# with Cyrillic letters.
QT_LIBS := -:libegl1 -:libgl1 -:libxkbcommon0 -:libfontconfig1 -:libfreetype6 \
	-:libdbus-1-3 -:libglib2.0-0 -:libx11-6 -:libxcb1 -:fonts-dejavu-core

.PHONY: run run-deps test lint typecheck unit system-deps vectors clean translations \
	translations-from-source sync-run sync-test lock lock-upgrade lock-check hooks

run: run-deps sync-run translations
	$(BIN)/satchel $(ARGS)

run-deps:
	@sh packaging/system-deps.sh $(QT_LIBS)

test: system-deps lock-check sync-test vectors translations lint typecheck unit

$(UV): packaging/uv-requirements.txt
	$(PYTHON) -m venv $(BOOTSTRAP)
	$(BOOTSTRAP)/bin/pip install --quiet --disable-pip-version-check --no-deps \
		--require-hashes --only-binary=:all: -r packaging/uv-requirements.txt
	touch $@

# The app's own environment: exactly the locked versions (a package forced in by hand is
# put back). `run` leaves the test tools alone; `test` also removes what the lock lacks.
sync-run: $(UV)
	$(UV_SYNC) --inexact

sync-test: $(UV)
	$(UV_SYNC) --group test

# Fails when pyproject.toml changed without `make lock`; offline, so an upstream release
# can never fail it.
lock-check: $(UV)
	@$(UV) lock --check --offline --python $(PYTHON) --quiet || { \
		echo "uv.lock does not match pyproject.toml: run 'make lock' and commit uv.lock" >&2; \
		exit 1; }

# Deliberate steps: `lock` follows a pyproject.toml change with the smallest update;
# `lock-upgrade` moves every package to its newest release that pyproject.toml allows.
lock: $(UV)
	$(UV) lock --python $(PYTHON)

lock-upgrade: $(UV)
	$(UV) lock --upgrade --python $(PYTHON)

# Runs ruff, ruff format and mypy before each commit, with the same settings as `make test`.
hooks: sync-test
	$(BIN)/pre-commit install

system-deps:
	@sh packaging/system-deps.sh $(TEST_TOOLS) $(QT_LIBS)

# The C2SP CCTV age test vectors, fetched from the npm registry like any test dependency.
vectors:
	@sh packaging/fetch-test-vectors.sh .cache/cctv-age

# The same hooks `make hooks` installs for commits: ruff and ruff format on tracked files.
lint: sync-test
	$(BIN)/pre-commit run --all-files --show-diff-on-failure ruff
	$(BIN)/pre-commit run --all-files --show-diff-on-failure ruff-format

typecheck: sync-test
	$(BIN)/pre-commit run --all-files mypy

unit: sync-test
	sh tests/keyring-session.sh $(BIN)/python -m pytest $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) .cache build dist .pytest_cache .mypy_cache .ruff_cache

# -- Packaging (issue 6): a one-folder app in dist/, built in its own pinned virtualenv. --
# make package [PACKAGE_NAME=Notes PACKAGE_ICON=neutral]   camouflage: a neutral name and icon
BUILD_VENV := build/venv
PACKAGE_NAME ?= satchel
PACKAGE_ICON ?= satchel
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 1767225600)
PYINSTALLER_ENV := SOURCE_DATE_EPOCH=$(SOURCE_DATE_EPOCH) PYTHONHASHSEED=0 \
	SATCHEL_APP_NAME=$(PACKAGE_NAME) SATCHEL_APP_ICON=$(PACKAGE_ICON)
PYINSTALLER := $(PYINSTALLER_ENV) $(BUILD_VENV)/bin/pyinstaller --noconfirm --clean \
	--log-level WARN --distpath dist --workpath build/pyinstaller

.PHONY: package package-deps package-onefile package-test build-env-check

# The build environment comes from the same uv.lock as .venv: the runtime packages and the
# `build` group (PyInstaller), exported with their hashes and installed by pip with
# --require-hashes, wheels only. Test tools are never in it. packaging/check_build_env.py
# then compares every installed distribution with the lock.
BUILD_REQUIREMENTS := build/requirements.txt

$(BUILD_VENV)/.installed: uv.lock | $(UV)
	mkdir -p build
	$(UV) export --frozen --no-emit-project --no-default-groups --group build \
		--format requirements.txt --quiet -o $(BUILD_REQUIREMENTS)
	rm -rf $(BUILD_VENV)
	$(PYTHON) -m venv $(BUILD_VENV)
	$(BUILD_VENV)/bin/pip install --quiet --disable-pip-version-check --no-deps \
		--require-hashes --only-binary=:all: -r $(BUILD_REQUIREMENTS)
	touch $@

# Libraries the packaged app bundles so that it can show windows on Linux desktops.
PACKAGE_LIBS := -:libxcb-icccm4 -:libxcb-keysyms1 -:libxcb-cursor0

package-deps:
	@sh packaging/system-deps.sh $(QT_LIBS) $(PACKAGE_LIBS)

# Checked again at every build, so a package changed by hand in build/venv stops it.
build-env-check: $(BUILD_VENV)/.installed
	@$(BUILD_VENV)/bin/python packaging/check_build_env.py uv.lock

package: package-deps build-env-check translations
	$(PYINSTALLER) packaging/satchel.spec
	@SOURCE_DATE_EPOCH=$(SOURCE_DATE_EPOCH) sh packaging/archive.sh dist $(PACKAGE_NAME)

package-onefile: package-deps build-env-check translations
	SATCHEL_ONEFILE=1 $(PYINSTALLER) packaging/satchel.spec
	@SOURCE_DATE_EPOCH=$(SOURCE_DATE_EPOCH) sh packaging/archive.sh dist $(PACKAGE_NAME)-onefile

package-test: package
	QT_QPA_PLATFORM=offscreen dist/$(PACKAGE_NAME)/$(PACKAGE_NAME) selftest

# The translated languages (ui/i18n.py LANGUAGES without English): one .ts file each.
TS_LANGS := ru fr de kk
TS_FILES := $(foreach lang,$(TS_LANGS),resources/i18n/satchel_$(lang).ts)

# Compile the Qt Linguist sources (resources/i18n/*.ts) into the .qm files the app loads.
translations: sync-run
	$(BIN)/pyside6-lrelease -silent $(TS_FILES) resources/i18n/satchel_en.ts

# Re-extract every user-visible string into the .ts files for translators: the screens'
# strings from ui/ and the core's error sentences from app/ (QT_TRANSLATE_NOOP("Core", ...)).
# English needs only its plurals ("%Ln case(s)": "1 case", "2 cases"). Strings the code no
# longer has are dropped (-no-obsolete): the files hold what the app shows, nothing else.
translations-from-source: sync-run
	$(BIN)/pyside6-lupdate -silent -no-obsolete -extensions py -locations none ui cli app -ts $(TS_FILES)
	$(BIN)/pyside6-lupdate -silent -no-obsolete -pluralonly -extensions py -locations none ui cli app \
		-ts resources/i18n/satchel_en.ts

# Every main screen in every language (English, Russian, French, German, Kazakh), from a throw-away demo vault, rendered
# offscreen under a private Secret Service: docs/screenshots/<lang>/<screen>.png.
.PHONY: screenshots
screenshots: translations
	QT_QPA_PLATFORM=offscreen sh tests/keyring-session.sh $(BIN)/python -m ui.screenshots docs/screenshots

# Every benchmark in bench/, each in its own process at the sizes issue 16 names, side by side
# with the reference tools; writes the one table to docs/performance.md (bench/report.py).
# About 25 minutes on 2 cores. BENCH_ARGS=--quick checks the plumbing in seconds.
.PHONY: bench
bench: system-deps sync-test translations
	sh tests/keyring-session.sh $(BIN)/python bench/report.py $(BENCH_ARGS)

# The reliability suite with large counts (tests/reliability/torture.py): real satchel
# processes killed at random moments, every command on a full disk, flipped bits, fuzzed
# parsers; prints the table. Several minutes; needs root for the disk-full part.
.PHONY: torture
TORTURE_ARGS ?= --kills 300 --flips 20000 --fuzz 100000
torture: sync-test
	sh tests/keyring-session.sh env PYTHONPATH=$(CURDIR) $(BIN)/python -m tests.reliability.torture $(TORTURE_ARGS)
