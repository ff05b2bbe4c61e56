#!/usr/bin/env bash
# Quick start: run Craffu. With no arguments it opens a working copy of the bundled sample pack;
# any arguments go to main.py (e.g. `bash scripts/run.sh my.craffu`, `bash scripts/run.sh --help`).
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
exec .venv/bin/python main.py "$@"
