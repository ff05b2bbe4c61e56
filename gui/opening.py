"""Opening a pack in the window: the decisions, and the dialogs that ask and tell.

Rules:
- A pack that another running instance holds open for writing is not opened for writing: the
  user is told who holds it and since when, and may open it read-only or cancel.
- A file that is not a pack, is damaged, or comes from a newer Craffu gets one clear message
  (never a traceback).
- ``open_pack`` makes these decisions; the dialogs are passed in as callables, so tests drive it
  without blocking on a modal dialog.
- The window opens at the pack's latest period with any figure (this quarter for an empty pack).
- Start-up: this module is imported before the window's first paint, so the pack's model (about
  60 ms of imports: records, the pack file, validation) is imported inside ``open_pack``, which
  runs after it (``bench/gui_bench.py`` measures the first paint).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QMessageBox, QWidget

from gui.language import translate
from model.periods import Period

if TYPE_CHECKING:
    from model.lock import PackLocked
    from model.pack import Pack

__all__ = ["open_pack", "opening_period", "locked_message", "locked_message_box",
           "ask_open_read_only", "show_open_error", "load_bundled_fonts", "RESOURCES",
           "OPEN_READ_ONLY"]

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
#: The button that opens a locked pack read-only (translated where it is shown).
OPEN_READ_ONLY = QT_TRANSLATE_NOOP("opening", "Open read-only")


# -- decisions (no dialogs) ------------------------------------------------------------------


def locked_message(exc: PackLocked) -> str:
    """What the user is told when another instance holds the pack."""
    holder = exc.holder or {}
    who = holder.get("user") or translate("opening", "another user")
    text = translate("opening", "{name} is already open for editing by {who}").format(
        name=exc.path.name, who=who)
    if holder.get("host"):
        text += translate("opening", " on {host}").format(host=holder["host"])
    if holder.get("since"):
        text += translate("opening", " since {since}").format(since=holder["since"])
    return text + translate("opening", ".\n\nYou can open it read-only to look at it and print "
                                       "from it. To make changes, ask them to close it first.")


def open_pack(path: Path, read_only: bool = False, *,
              ask_read_only: Callable[[PackLocked], bool],
              report_error: Callable[[str, str], None]) -> Pack | None:
    """Open ``path``; ``None`` if it cannot be opened or the user declined.

    ``ask_read_only(exc)`` is asked when another instance holds the pack and returns True to open
    it read-only; ``report_error(title, text)`` is told why a file cannot be opened, and that a
    file the user may not change (read-only file, folder or drive) was opened read-only.
    """
    # Lazy: the model is loaded after the window's first paint (start-up; module docstring).
    from model.address import location
    from model.lock import PackLocked
    from model.pack import Pack
    from model.store import PackFileError, PackNotWritable

    path = location(path)  # a file's Path, or a server pack's address (model.address)
    try:
        return Pack.open(path, read_only=read_only)
    except PackNotWritable as exc:
        pack = open_pack(path, read_only=True, ask_read_only=ask_read_only,
                         report_error=report_error)
        if pack is not None:
            report_error(translate("opening", "Opened read-only"),
                         translate("opening", "{problem}.\n\nCraffu has opened it read-only: "
                                   "you can look at it, check it and print from it, but not "
                                   "change it.").format(problem=exc))
        return pack
    except PackLocked as exc:
        if not ask_read_only(exc):
            return None
        return open_pack(path, read_only=True, ask_read_only=ask_read_only,
                         report_error=report_error)
    except PackFileError as exc:
        report_error(translate("opening", "Cannot open pack"),
                     translate("opening", "Craffu cannot open {name}.\n\n{problem}").format(
                         name=path.name, problem=exc))
        return None
    except OSError as exc:
        report_error(translate("opening", "Cannot open pack"),
                     translate("opening", "Craffu cannot open {name}.\n\n{problem}").format(
                         name=path.name, problem=exc.strerror or exc))
        return None


def opening_period(pack: Pack, today: dt.date | None = None) -> Period:
    """The period the window opens at: the latest with any figure, else this quarter."""
    return pack.latest_period() or Period.containing(today or dt.date.today())


# -- dialogs ---------------------------------------------------------------------------------


def locked_message_box(exc: PackLocked, parent: QWidget | None = None) -> QMessageBox:
    """The question shown for a locked pack: "Open read-only" or Cancel (the default)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("opening", "Pack in use — Craffu"))
    box.setText(translate("opening", "{name} is in use").format(name=exc.path.name))
    box.setInformativeText(locked_message(exc))
    box.addButton(translate("opening", OPEN_READ_ONLY), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box


def ask_open_read_only(exc: PackLocked, parent: QWidget | None = None) -> bool:
    box = locked_message_box(exc, parent)
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and box.buttonRole(clicked) == QMessageBox.ButtonRole.AcceptRole


def show_open_error(title: str, text: str, parent: QWidget | None = None) -> None:
    QMessageBox.critical(parent, f"{title} — Craffu", text)


_fonts_loaded = False


def load_bundled_fonts() -> None:
    """Make the fonts under resources/fonts (DejaVu Sans, which has every symbol) available
    (once per process)."""
    global _fonts_loaded
    if _fonts_loaded:
        return
    _fonts_loaded = True
    folder = RESOURCES / "fonts"
    if folder.is_dir():
        for font in sorted(folder.glob("*.ttf")):
            QFontDatabase.addApplicationFont(str(font))
