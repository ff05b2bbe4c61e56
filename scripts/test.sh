#!/usr/bin/env bash
# Quick start: run the whole test suite: ruff, the import-linter layering contracts, pytest.
# Headless: the test configuration (tests/conftest.py) sets QT_QPA_PLATFORM=offscreen.
CRAFFU_TEST_TOOLS=1
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
echo "== ruff"
.venv/bin/ruff check .
echo "== import-linter (model/ and exporters/ never import Qt)"
.venv/bin/lint-imports
echo "== pytest"
exec .venv/bin/pytest "$@"
