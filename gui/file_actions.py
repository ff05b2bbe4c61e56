"""What the File menu does: new, open, save a copy, export — the window's handlers.

Rules:
- New and Open ask for a file and give the window a pack it then owns (closed when replaced or
  when the window closes). A pack another instance holds is offered read-only (``gui.app``).
- Save a copy writes a consistent copy of the pack file (SQLite's backup) to another name; the
  window stays on the pack it has (every edit is already saved there).
- Exports (interchange workbook or folder, scorecard CSV, and through ``export_job`` the Excel
  return and template of ``gui.excel_actions``) run as background jobs with progress and
  Cancel; a cancelled or failed export leaves no partial file under the chosen name.
- Print and the PDF papers are ``gui.paper_actions``: the real PDF pages, previewed and printed.
- The file dialogs open in the folder last used for the same kind of file (packs, workbooks,
  PDFs, CSV, folders; opening and saving apart), remembered on this computer
  (``folders/<kind>``), not in the program's own folder.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from exporters.interchange import write_interchange
from exporters.scorecard_csv import write_scorecard_csv
from gui.jobs import JobProgress, run_job
from gui.language import translate
from gui.preferences import settings
from model.report import PeriodReport

__all__ = ["save_copy", "export_interchange", "export_scorecard_csv", "export_job", "ask_path",
           "ask_folder", "last_folder", "remember_folder", "folder_kind"]

#: The file dialogs' filter for packs (translated where it is shown).
PACK_FILTER = QT_TRANSLATE_NOOP("file_actions", "Craffu packs (*.craffu)")


def folder_kind(filter_: str, save: bool) -> str:
    """The kind of file a dialog asks for, e.g. ``save-pdf``, from its filter's first pattern."""
    pattern = filter_.split("*.", 1)[1] if "*." in filter_ else "any"
    ext = "".join(ch for ch in pattern.split(")")[0].split(" ")[0] if ch.isalnum())
    return f"{'save' if save else 'open'}-{ext or 'any'}"


def last_folder(kind: str) -> Path:
    """The folder last used for ``kind`` (default: the user's documents folder)."""
    value = settings().value(f"folders/{kind}")
    if value and Path(str(value)).is_dir():
        return Path(str(value))
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(kind: str, folder: Path) -> None:
    settings().setValue(f"folders/{kind}", str(folder))


def ask_path(parent: QWidget, title: str, filter_: str, save: bool, start: str = "") -> Path | None:
    """Ask for a file, starting in the folder last used for this kind of file."""
    kind = folder_kind(filter_, save)
    begin = str(last_folder(kind) / start) if start else str(last_folder(kind))
    if save:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            f"{title} — Craffu",
            begin,
            filter_,
        )
    else:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            f"{title} — Craffu",
            begin,
            filter_,
        )
    if not path:
        return None
    remember_folder(kind, Path(path).parent)
    return Path(path)


def ask_folder(parent: QWidget, title: str) -> Path | None:
    """Ask for a folder (e.g. of interchange CSV files), starting where the last one was."""
    kind = "open-folder"
    path = QFileDialog.getExistingDirectory(
        parent,
        f"{title} — Craffu",
        str(last_folder(kind)),
    )
    if not path:
        return None
    remember_folder(kind, Path(path).parent)
    return Path(path)


def save_copy(pack, destination: Path) -> Path:
    """Write a consistent copy of ``pack``'s file to ``destination`` (replacing it)."""
    destination = Path(destination)
    if destination.resolve() == Path(pack.path).resolve():
        raise ValueError(translate(
            "file_actions", "choose another name: a copy cannot replace the pack itself"))
    handle, temporary = tempfile.mkstemp(dir=destination.parent, suffix=".part")
    os.close(handle)
    try:
        target = sqlite3.connect(temporary)
        try:
            pack.store.conn.backup(target)
        finally:
            target.close()
        os.replace(temporary, destination)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return destination


def export_job(parent, title: str, destination: Path, write, tell):
    """Run ``write(path, progress)`` in the background for ``destination``, with progress and
    Cancel (``progress`` is the ``model.progress`` hook: it raises ``Cancelled``, and nothing
    is written); ``tell(message)`` gets "Wrote <path>" or that it was cancelled. Returns the
    ``Job``."""
    writing = translate("file_actions", "Writing {name}…").format(name=destination.name)

    def work(progress: JobProgress) -> Path:
        progress.report(0, None, writing)
        if destination.suffix:  # a file: write beside it, then rename, so Cancel leaves none
            temporary = destination.with_name(f".{destination.name}.part{destination.suffix}")
            try:
                write(temporary, progress)
            except BaseException:
                temporary.unlink(missing_ok=True)
                raise
            if progress.cancelled:
                temporary.unlink(missing_ok=True)
                progress.check()
            os.replace(temporary, destination)
        else:
            write(destination, progress)
            progress.check()
        return destination

    def written(path: Path) -> None:
        tell(translate("file_actions", "Wrote {path}").format(path=path))
        if hasattr(parent, "wrote"):
            parent.wrote(path)  # Open and Show in folder (gui.written)

    return run_job(parent, title, work, written,
                   on_cancel=lambda: tell(translate(
                       "file_actions", "{title} cancelled; nothing was written").format(
                           title=title)))


def export_interchange(parent, pack, destination: Path, tell):
    return export_job(parent, translate("file_actions", "Exporting the pack"), destination,
                      lambda path, progress: write_interchange(pack, path, progress=progress),
                      tell)


def export_scorecard_csv(parent, pack, period, destination: Path, tell):
    scorecard = PeriodReport(pack, period).scorecard
    return export_job(parent, translate("file_actions", "Exporting the scorecard"), destination,
                      lambda path, _progress: write_scorecard_csv(scorecard, path), tell)


def report_error(parent, title: str, exc: BaseException) -> None:
    QMessageBox.warning(
        parent, f"{title} — Craffu", str(exc)
    )
