"""Test configuration: headless Qt, and packs to work on.

``QT_QPA_PLATFORM=offscreen`` is set here, before anything imports Qt, so the suite runs without
a display whatever the shell says; importing ``gui`` applies its guard against the PySide6 defect
described in ``gui/__init__.py`` for every test; Qt's standard paths are in test mode, so no test
reads or writes the user's real settings, recent packs or sample working copy.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from decimal import Decimal  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QStandardPaths  # noqa: E402

import gui  # noqa: E402,F401 - applies the PySide6 6.12 / CPython 3.11 guard (gui/__init__.py)
from model import records as r  # noqa: E402
from model.commands import put  # noqa: E402
from model.pack import Pack  # noqa: E402

# QSettings and app data of every test go to Qt's test folders, never the user's real ones.
QStandardPaths.setTestModeEnabled(True)


@pytest.fixture
def pack():
    """An empty in-memory pack."""
    p = Pack.memory()
    yield p
    p.close()


@pytest.fixture
def file_pack(tmp_path):
    """An empty pack file on disk, open for writing."""
    p = Pack.create(tmp_path / "test.craffu")
    yield p
    p.close()


def D(text) -> Decimal:  # noqa: N802 - reads like a literal
    return Decimal(str(text))


def add_indicator(pack: Pack, code: str = "K1", **fields) -> r.Indicator:
    fields.setdefault("title", f"Indicator {code}")
    ind = r.Indicator(code=code, **fields)
    pack.apply(put(f"Add {code}", ind))
    return ind
