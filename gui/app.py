"""Starting the application: open a pack (or a working copy of the sample) and show its window.

Rules:
- With no pack named, Craffu opens the pack used last (if it still exists), else a
  working copy of the bundled sample pack, made once in the
  user's application-data folder (``sample-working-copy.craffu``) and reused after that. The
  shipped sample is only ever read (copied), never opened.
- A pack that another running instance holds open for writing is not opened for writing: the
  user is told who holds it and since when, and may open it read-only or cancel.
- A file that is not a pack, is damaged, or comes from a newer Craffu gets one clear message
  (never a traceback) and ``run_app`` returns 1.
- ``open_pack`` (``gui.opening``, shared with File ▸ Open) makes these decisions; the dialogs are
  passed in as callables, so tests drive it without blocking on a modal dialog.
- The window opens at the pack's latest period with any figure (this quarter for an empty pack).
- Start-up paints the window first and opens the pack right after
  (``MainWindow.opening``): "Opening <pack>…" is shown until the scorecard is in.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import traceback
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.language import translate
from gui.main_window import MainWindow
from gui.opening import (
    OPEN_READ_ONLY,
    RESOURCES,
    ask_open_read_only,
    load_bundled_fonts,
    locked_message,
    locked_message_box,
    open_pack,
    opening_period,
    show_open_error,
)
from gui.preferences import last_pack
from model.errors import CraffuError

__all__ = [
    "run_app",
    "make_application",
    "install_error_dialogs",
    "open_pack",
    "locked_message",
    "locked_message_box",
    "ask_open_read_only",
    "show_open_error",
    "sample_working_copy",
    "opening_period",
    "load_bundled_fonts",
    "SAMPLE_PACK",
    "WORKING_COPY_NAME",
    "OPEN_READ_ONLY",
]

SAMPLE_PACK = RESOURCES / "sample.craffu"
WORKING_COPY_NAME = "sample-working-copy.craffu"


def sample_working_copy(folder: Path | None = None, sample: Path = SAMPLE_PACK) -> Path:
    """The working copy of the sample pack in ``folder`` (default: the application-data
    folder), copied from ``sample`` the first time. Raises PackFileError if it cannot be made."""
    # Lazy: the model is loaded after the window's first paint (start-up; see gui.opening).
    from model.store import PackFileError

    if folder is None:
        location = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.AppDataLocation)
        if not location:
            raise PackFileError(translate(
                "app", "there is no folder for application data on this computer"))
        folder = Path(location)
    copy = Path(folder) / WORKING_COPY_NAME
    if copy.exists():
        return copy
    if not Path(sample).is_file():
        raise PackFileError(translate(
            "app", "the sample pack is missing from this installation ({sample})").format(
                sample=sample))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # Copy beside the target and rename, so an interrupted copy never looks like a pack;
        # copyfile (not copy2) so a read-only shipped file gives a writable copy.
        handle, temporary = tempfile.mkstemp(dir=folder, suffix=".part")
        os.close(handle)
        try:
            shutil.copyfile(sample, temporary)
            os.replace(temporary, copy)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
    except OSError as exc:
        raise PackFileError(translate(
            "app", "cannot make a working copy of the sample pack in {folder}: {problem}").format(
                folder=folder, problem=exc.strerror or exc)) from None
    return copy


# -- the application -------------------------------------------------------------------------


def make_application(argv: list[str] | None = None, fonts: bool = True) -> QApplication:
    """The QApplication; ``fonts=False`` leaves the bundled fonts to the window, which loads
    them after its first paint."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Craffu")
    app.setOrganizationName("Craffu")
    # No applicationDisplayName: the platform would append it to titles that already name Craffu.
    if fonts:
        load_bundled_fonts()
    return app


def install_error_dialogs() -> None:
    """Errors that escape to Qt's event loop become dialogs instead of a traceback on a
    terminal nobody sees: a user's error (``CraffuError``: a full disk, a refused change) says
    what is wrong and what to do; a defect says so, and its traceback goes to the log."""

    def show(kind, exc, tb) -> None:
        parent = QApplication.activeWindow()
        if isinstance(exc, CraffuError):
            QMessageBox.warning(parent, "Craffu", str(exc))
            return
        text = "".join(traceback.format_exception(kind, exc, tb))
        logging.getLogger("craffu").error("unexpected error\n%s", text)  # not shown: the log
        sys.__stderr__.write(text)
        QMessageBox.critical(
            parent,
            "Craffu",
            translate(
                "app",
                "Something went wrong inside Craffu (a defect, not your mistake). Every change "
                "you made before this is saved in the pack.\n\n{kind}: {exc}",
            ).format(kind=type(exc).__name__, exc=exc),
        )

    sys.excepthook = show


def run_app(pack_path: Path | None, read_only: bool = False, language: str | None = None) -> int:
    """Run Craffu on ``pack_path`` (``None``: the sample's working copy) with the window in
    ``language`` (``cy`` or ``en``; None: the one chosen in Preferences, else the system's);
    the exit code.

    Returns 1 when the pack cannot be opened, 0 when the user cancels at a locked pack,
    otherwise the event loop's exit code.
    """
    app = make_application(fonts=False)
    from gui.language import chosen, install

    install(language or chosen(), app)
    install_error_dialogs()
    if pack_path is None:
        pack_path = last_pack()
    if pack_path is None:
        try:
            pack_path = sample_working_copy()
        except CraffuError as exc:  # the sample cannot be copied (a PackFileError)
            show_open_error(translate("app", "Cannot open the sample pack"), f"{exc}")
            return 1
    failed: list[str] = []

    def report(title: str, text: str) -> None:
        failed.append(text)
        show_open_error(title, text)

    outcome: list[int] = []

    def not_opened() -> None:  # reported already (or the user declined a locked pack)
        outcome.append(1 if failed else 0)
        window.close()

    from model.address import location  # a file, or a server pack's address

    window = MainWindow.opening(location(pack_path), read_only,
                                ask_read_only=ask_open_read_only,
                                report_error=report, failed=not_opened, restore=False)
    screen = app.primaryScreen()
    room = screen.availableGeometry() if screen is not None else None
    # The grid, the navigator and the trend dock side by side want a wide window: take up to
    # 1600 x 1000 of the screen (a remembered geometry replaces this).
    window.resize(min(1600, room.width()) if room else 1280,
                  min(1000, room.height()) if room else 800)
    window.restore_layout()
    window.show()
    try:
        code = app.exec()
        return outcome[0] if outcome else code
    finally:
        if window.pack is not None:
            window.pack.close()  # closing twice is harmless; the lock is released once
