# GMS Desk: `make run` sets up and starts the app; `make test` sets up and runs the tests.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
LANGS := en km lo my th vi zh_CN
TS := $(foreach l,$(LANGS),translations/gmsdesk_$(l).ts)
# Qt's own words (buttons, file dialog, text box menus) where Qt has no translation of its own,
# written from tools/i18n/qt_catalog/ by tools/i18n/build_qt_ts.py.
QT_TS := $(foreach l,km lo my th vi zh_CN,translations/qt_gmsdesk_$(l).ts)
QM := $(TS:.ts=.qm) $(QT_TS:.ts=.qm)

.PHONY: run test install install-test translations lupdate bench lint clean system-libs dist

run: $(STAMP) $(QM) system-libs
	$(VENV)/bin/gmsdesk

# The tests run only once the lint passes.
test: $(TEST_STAMP) $(QM) lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install -q -e .
	touch $@

# The system libraries Qt's xcb platform plugin (the window on X11) needs and a bare Linux may
# lack, found with ldd of the plugin: installed with apt-get when run as root, else named with
# the exact command that installs them. On every `make run` rather than once with the install
# above, whose stamp `make test` (offscreen, no X libraries needed) also sets.
system-libs: $(STAMP)
	@$(PY) tools/xcb_deps.py --install

# A wheel that carries its fonts, seed data, shipped forms and compiled translations (setup.py
# puts them in gmsdesk/_bundled/), in dist/; tests/test_wheel.py installs and runs one. Then the
# installers (packaging/README.md), with PyInstaller from the dist extra: the one-folder app in
# dist/gmsdesk/ and, on Linux, its .tar.gz and .deb (on Windows the Inno Setup installer, on
# macOS GMS Desk.app and a .dmg); then the smoke test of the bundled app (offscreen: an SME,
# certificates in Khmer, the window). A few minutes, so not part of `make test`.
dist: $(STAMP) $(QM)
	rm -rf build dist/gmsdesk
	$(PY) -m pip install -q -e '.[dist]'
	$(PY) -m pip wheel -q --no-deps -w dist .
	@ls -l dist/*.whl
	$(PY) packaging/build.py
	$(PY) packaging/smoke.py

# The PDF tests render pages with poppler's pdftoppm.
$(TEST_STAMP): pyproject.toml | $(VENV)/bin/python
	@if ! command -v pdftoppm >/dev/null && command -v apt-get >/dev/null && \
	  [ "$$(id -u)" = 0 ]; then \
	  apt-get install -y -qq poppler-utils >/dev/null || \
	  (apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null) || true; fi
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP) $@

# Compiled translations are built from the .ts sources.
translations/%.qm: translations/%.ts | $(VENV)/bin/python
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Collect new strings from the code into the .ts files (run after changing UI text).
lupdate: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations none $$(find gmsdesk -name '*.py' | sort) -ts $(TS)

bench: $(TEST_STAMP)
	$(PY) bench/registry.py
	$(PY) bench/sync.py
	$(PY) bench/training_pdf.py
	$(PY) bench/training.py
	$(PY) bench/forms.py

# mypy checks the Qt-free packages (strict, see pyproject.toml); gmsdesk/ui is not checked yet.
lint: $(TEST_STAMP)
	$(VENV)/bin/ruff check gmsdesk tests bench packaging
	$(VENV)/bin/mypy gmsdesk/storage gmsdesk/sync gmsdesk/server gmsdesk/forms gmsdesk/reports \
	  gmsdesk/records gmsdesk/services gmsdesk/text.py gmsdesk/transfer.py gmsdesk/tabular.py \
	  gmsdesk/money.py gmsdesk/ui

clean:
	rm -rf $(VENV) .pytest_cache
