# Satchel: the two commands that set up a fresh machine are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
# System tools the test suite drives for real: the age CLI (interop), gnome-keyring and
# dbus (a real Secret Service for the keystore tests), npm (the CCTV test vectors), zbar
# (reads back the contact card's QR code).
TEST_TOOLS := age:age gnome-keyring-daemon:gnome-keyring dbus-run-session:dbus npm:npm \
	zbarimg:zbar-tools
# Libraries Qt needs to run (offscreen in the tests, on screen for make run), and a font
# with Cyrillic letters.
QT_LIBS := -:libegl1 -:libgl1 -:libxkbcommon0 -:libfontconfig1 -:libfreetype6 \
	-:libdbus-1-3 -:libglib2.0-0 -:libx11-6 -:libxcb1 -:fonts-dejavu-core

.PHONY: run run-deps test lint typecheck unit system-deps vectors clean translations \
	translations-from-source

run: run-deps $(STAMP_RUN) translations
	$(BIN)/satchel $(ARGS)

run-deps:
	@sh packaging/system-deps.sh $(QT_LIBS)

test: system-deps $(STAMP_TEST) vectors translations lint typecheck unit

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(STAMP_RUN)

system-deps:
	@sh packaging/system-deps.sh $(TEST_TOOLS) $(QT_LIBS)

# The C2SP CCTV age test vectors, fetched from the npm registry like any test dependency.
vectors:
	@sh packaging/fetch-test-vectors.sh .cache/cctv-age

lint: $(STAMP_TEST)
	$(BIN)/ruff check app crypto ui tests bench packaging
	$(BIN)/ruff format --check app crypto ui tests bench packaging

typecheck: $(STAMP_TEST)
	$(BIN)/mypy

unit: $(STAMP_TEST)
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

.PHONY: package package-deps package-onefile package-test package-lock

$(BUILD_VENV)/.installed: packaging/requirements-build.txt packaging/constraints.txt
	$(PYTHON) -m venv $(BUILD_VENV)
	$(BUILD_VENV)/bin/pip install --quiet --only-binary=:all: \
		-r packaging/requirements-build.txt -r packaging/constraints.txt
	touch $@

# Libraries the packaged app bundles so that it can show windows on Linux desktops.
PACKAGE_LIBS := -:libxcb-icccm4 -:libxcb-keysyms1 -:libxcb-cursor0

package-deps:
	@sh packaging/system-deps.sh $(QT_LIBS) $(PACKAGE_LIBS)

package: package-deps $(BUILD_VENV)/.installed translations
	$(PYINSTALLER) packaging/satchel.spec
	@SOURCE_DATE_EPOCH=$(SOURCE_DATE_EPOCH) sh packaging/archive.sh dist $(PACKAGE_NAME)

package-onefile: package-deps $(BUILD_VENV)/.installed translations
	SATCHEL_ONEFILE=1 $(PYINSTALLER) packaging/satchel.spec
	@SOURCE_DATE_EPOCH=$(SOURCE_DATE_EPOCH) sh packaging/archive.sh dist $(PACKAGE_NAME)-onefile

package-test: package
	QT_QPA_PLATFORM=offscreen dist/$(PACKAGE_NAME)/$(PACKAGE_NAME) selftest

# Compare the pinned runtime versions with what the development virtualenv has installed.
package-lock: $(STAMP_RUN)
	@$(BIN)/python packaging/check_constraints.py packaging/constraints.txt

# Compile the Qt Linguist sources (resources/i18n/*.ts) into the .qm files the app loads.
translations: $(STAMP_RUN)
	$(BIN)/pyside6-lrelease -silent resources/i18n/satchel_ru.ts resources/i18n/satchel_fr.ts

# Re-extract every user-visible string into the .ts files for translators: the screens'
# strings from ui/ and the core's error sentences from app/ (QT_TRANSLATE_NOOP("Core", ...)).
translations-from-source: $(STAMP_RUN)
	$(BIN)/pyside6-lupdate -silent -extensions py -locations none ui app \
		-ts resources/i18n/satchel_ru.ts resources/i18n/satchel_fr.ts

# Every main screen in English, Russian and French, from a throw-away demo vault, rendered
# offscreen under a private Secret Service: docs/screenshots/<lang>/<screen>.png.
.PHONY: screenshots
screenshots: translations
	QT_QPA_PLATFORM=offscreen sh tests/keyring-session.sh $(BIN)/python -m ui.screenshots docs/screenshots

# The reliability suite with large counts (tests/reliability/torture.py): real satchel
# processes killed at random moments, every command on a full disk, flipped bits, fuzzed
# parsers; prints the table. Several minutes; needs root for the disk-full part.
.PHONY: torture
TORTURE_ARGS ?= --kills 300 --flips 20000 --fuzz 100000
torture: $(STAMP_TEST)
	sh tests/keyring-session.sh env PYTHONPATH=$(CURDIR) $(BIN)/python -m tests.reliability.torture $(TORTURE_ARGS)
