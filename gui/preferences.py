"""Settings of this computer (not of the pack), kept with QSettings.

Rules:
- Commentary length limit (characters, default 1,500) and the jump limit for figures that
  change implausibly from last quarter (percent, default 50) feed the checks dock.
- Recent packs: the last ten opened, newest first, paths that no longer exist left out.
- The window's language (Cymraeg / English, ``gui.language``): until chosen, the system's.
- The window's geometry and dock layout, and the last pack, are kept here too.
- Tools that open packs for pictures or measurements (``gui.screenshot``,
  ``bench/gui_bench.py``) call ``use_private_settings`` first: their settings, recent packs
  and application data go to a temporary folder (and Qt's test locations), never the user's,
  so a tool's temporary pack can never become the pack the application opens next.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from gui.language import translate

__all__ = ["Preferences", "PreferencesDialog", "recent_packs", "remember_pack", "last_pack",
           "settings", "use_private_settings"]

RECENT_LIMIT = 10


def settings() -> QSettings:
    return QSettings("Craffu", "Craffu")


def use_private_settings() -> Path:
    """Keep this process's (and its children's) settings and application data away from the
    user's: a temporary folder, removed at exit. Call before the application is made."""
    folder = Path(tempfile.mkdtemp(prefix="craffu-private-settings-"))
    atexit.register(shutil.rmtree, folder, True)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(folder / name.split("_")[1].lower())
    QStandardPaths.setTestModeEnabled(True)
    return folder


@dataclass
class Preferences:
    commentary_limit: int = 1500
    jump_percent: int = 50
    #: The window's language, ``cy`` or ``en`` (``gui.language``); until chosen, the system's.
    language: str = ""

    @classmethod
    def load(cls) -> Preferences:
        from gui.language import chosen

        s = settings()
        return cls(int(s.value("checks/commentary_limit", 1500)),
                   int(s.value("checks/jump_percent", 50)), chosen())

    def save(self) -> None:
        from gui.language import choose

        s = settings()
        s.setValue("checks/commentary_limit", self.commentary_limit)
        s.setValue("checks/jump_percent", self.jump_percent)
        if self.language:
            choose(self.language)


def recent_packs() -> list[Path]:
    value = settings().value("recent/packs", []) or []
    if isinstance(value, str):
        value = [value]
    return [Path(p) for p in value if Path(p).is_file()]


def last_pack() -> Path | None:
    """The pack opened last, if it still exists."""
    value = settings().value("recent/last")
    return Path(value) if value and Path(value).is_file() else None


def remember_pack(path: Path) -> None:
    path = Path(path).resolve()
    packs = [path] + [p for p in recent_packs() if p.resolve() != path]
    s = settings()
    s.setValue("recent/packs", [str(p) for p in packs[:RECENT_LIMIT]])
    s.setValue("recent/last", str(path))


class PreferencesDialog(QDialog):
    def __init__(self, preferences: Preferences, parent: QWidget | None = None):
        from gui.language import LANGUAGE_NAMES, current

        super().__init__(parent)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():  # each language named in itself
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(
            current()), 0))  # the language the window is in now
        self.language.setAccessibleName(translate("preferences", "Language of the window"))
        self.setWindowTitle(translate("preferences", "Preferences — Craffu"))
        self.limit = QSpinBox()
        self.limit.setRange(100, 20000)
        self.limit.setSingleStep(100)
        self.limit.setValue(preferences.commentary_limit)
        self.limit.setSuffix(translate("preferences", " characters"))
        self.limit.setAccessibleName(translate("preferences", "Commentary length limit"))
        self.jump = QSpinBox()
        self.jump.setRange(1, 1000)
        self.jump.setValue(preferences.jump_percent)
        self.jump.setSuffix("%")
        self.jump.setAccessibleName(translate(
            "preferences", "Warn when a figure changes from last quarter by more than"))
        form = QFormLayout(self)
        form.addRow(translate("preferences", "&Language / Iaith:"), self.language)
        form.addRow(translate("preferences", "Commentary length &limit:"), self.limit)
        form.addRow(translate("preferences",
                              "Warn when a figure changes from last &quarter by more than:"),
                    self.jump)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def preferences(self) -> Preferences:
        return Preferences(self.limit.value(), self.jump.value(), self.language.currentData())
