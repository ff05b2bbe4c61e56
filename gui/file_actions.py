"""What the File menu does: new, open, save a copy, export, print — the window's handlers.

Rules:
- New and Open ask for a file and give the window a pack it then owns (closed when replaced or
  when the window closes). A pack another instance holds is offered read-only (``gui.app``).
- Save a copy writes a consistent copy of the pack file (SQLite's backup) to another name; the
  window stays on the pack it has (every edit is already saved there).
- Exports (interchange workbook or folder, scorecard CSV) run as background jobs with progress
  and Cancel; a cancelled export leaves no partial file under the chosen name.
- Print shows a print preview of the period's scorecard table (code, title, figures, RAG with
  its letter, arrow, face). The committee papers' PDF replaces this handler when it exists.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from html import escape
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from gui.jobs import JobProgress, run_job
from model.scorecard import build_scorecard

__all__ = ["save_copy", "export_interchange", "export_scorecard_csv", "scorecard_html",
           "print_scorecard", "ask_path"]

PACK_FILTER = "Craffu packs (*.craffu)"


def ask_path(parent: QWidget, title: str, filter_: str, save: bool, start: str = "") -> Path | None:
    if save:
        path, _ = QFileDialog.getSaveFileName(parent, f"{title} — Craffu", start, filter_)
    else:
        path, _ = QFileDialog.getOpenFileName(parent, f"{title} — Craffu", start, filter_)
    return Path(path) if path else None


def save_copy(pack, destination: Path) -> Path:
    """Write a consistent copy of ``pack``'s file to ``destination`` (replacing it)."""
    destination = Path(destination)
    if destination.resolve() == Path(pack.path).resolve():
        raise ValueError("choose another name: a copy cannot replace the pack itself")
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


def _export(parent, title: str, destination: Path, write, tell):
    def work(progress: JobProgress) -> Path:
        progress.report(0, None, f"Writing {destination.name}…")
        if destination.suffix:  # a file: write beside it, then rename, so Cancel leaves none
            temporary = destination.with_name(f".{destination.name}.part{destination.suffix}")
            write(temporary)
            if progress.cancelled:
                temporary.unlink(missing_ok=True)
                progress.check()
            os.replace(temporary, destination)
        else:
            write(destination)
            progress.check()
        return destination

    return run_job(parent, title, work, lambda path: tell(f"Wrote {path}"),
                   on_cancel=lambda: tell(f"{title} cancelled"))


def export_interchange(parent, pack, destination: Path, tell):
    from exporters.interchange import write_interchange

    return _export(parent, "Exporting the pack", destination,
                   lambda path: write_interchange(pack, path), tell)


def export_scorecard_csv(parent, pack, period, destination: Path, tell):
    from exporters.scorecard_csv import write_scorecard_csv

    scorecard = build_scorecard(pack, period)
    return _export(parent, "Exporting the scorecard", destination,
                   lambda path: write_scorecard_csv(scorecard, path), tell)


def scorecard_html(pack, period) -> str:
    """The period's scorecard as an HTML table for printing; symbols with their words."""
    from gui.scorecard_model import figure_text
    from model import symbols

    scorecard = build_scorecard(pack, period)
    rows = []
    for group, members in scorecard.groups:
        rows.append(f'<tr><td colspan="8"><b>{escape(group.name or "Other indicators")}'
                    "</b></td></tr>")
        for row in members:
            ind, status = row.indicator, row.status
            rag = status.rag
            fill = symbols.RAG_FILL.get(rag)
            style = f' style="background-color:{fill}"' if fill else ""
            rows.append(
                "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in (
                    ind.code, ind.title, figure_text(ind, status.ytd),
                    figure_text(ind, status.target)))
                + f"<td{style}><b>{escape(symbols.rag_symbol(rag))}</b></td>"
                + f"<td>{escape(symbols.arrow_symbol(status.direction))} "
                  f"{escape(status.direction)}</td>"
                + f"<td>{escape(symbols.face_symbol(status.forecast))} "
                  f"{escape(status.forecast)}</td></tr>")
    return (f"<h2>{escape(pack.name)} — {escape(period.label)}</h2>"
            '<table border="1" cellspacing="0" cellpadding="3">'
            "<tr><th>Code</th><th>Indicator</th><th>Year to date</th><th>Target</th>"
            "<th>RAG</th><th>Trend</th><th>Forecast</th></tr>" + "".join(rows) + "</table>")


def print_scorecard(parent, pack, period) -> None:
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    document = QTextDocument()
    document.setHtml(scorecard_html(pack, period))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(f"{pack.name} {period.label}")
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle("Print the scorecard — Craffu")
    dialog.paintRequested.connect(document.print_)
    dialog.exec()


def report_error(parent, title: str, exc: BaseException) -> None:
    QMessageBox.warning(parent, f"{title} — Craffu", str(exc))
