"""Preview and print the papers: the real PDF pages, shown with QtPdf and printed as they are.

Rules:
- The preview shows the PDF the exporter made (``QPdfDocument`` + ``QPdfView``), not a
  re-drawing: what is previewed is what is printed and what is published.
- Print sends those same pages to the printer chosen in the print dialog: each page is rendered
  by ``QPdfDocument.render`` (at most 300 dpi, the printer's resolution if lower) and painted to
  fill the printer's page, turned to landscape for landscape pages.
- Making a PDF runs off the user-interface thread with progress (``gui.jobs``); the pack is only
  read. ``export_scorecard_pdf`` / ``export_pack_pdf`` write a file the user chose (``done(path)``
  is told when it is written) and can preview it after; ``preview_scorecard`` / ``preview_pack``
  make the PDF in memory and preview it (``for_print``: the Print button is the default, so
  File > Print is "see the pages, press Enter to print them").
- A failure is one message naming the paper and the reason, never a traceback.
- The papers' names and the preview's words are in the window's language (``PAPERS``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exporters.pdf_pack import write_pack_pdf
from exporters.pdf_scorecard import write_scorecard_pdf
from gui.jobs import run_job
from gui.language import translate

__all__ = [
    "PdfPreviewDialog",
    "print_pdf",
    "export_scorecard_pdf",
    "export_pack_pdf",
    "preview_scorecard",
    "preview_pack",
    "OPEN_PREVIEWS",
]

MAX_PRINT_DPI = 300

#: Each paper's words: its title, the job making it and the message when it fails ({exc}).
PAPERS = {
    "scorecard": (QT_TRANSLATE_NOOP("pdf_preview", "Scorecard"),
                  QT_TRANSLATE_NOOP("pdf_preview", "Making the scorecard"),
                  QT_TRANSLATE_NOOP("pdf_preview", "The scorecard could not be made.\n\n{exc}")),
    "committee_pack": (
        QT_TRANSLATE_NOOP("pdf_preview", "Committee pack"),
        QT_TRANSLATE_NOOP("pdf_preview", "Making the committee pack"),
        QT_TRANSLATE_NOOP("pdf_preview", "The committee pack could not be made.\n\n{exc}")),
}


def _title(paper: str) -> str:
    return translate("pdf_preview", PAPERS[paper][0])


class PdfPreviewDialog(QDialog):
    """Shows a PDF's pages (continuous, fit to width) with Print and Close."""

    def __init__(self, pdf: bytes, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(f"{title} — Craffu")
        self.resize(1000, 800)
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setAccessibleName(translate("pdf_preview", "Pages of the paper"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.pages_label = QLabel(self._pages_text(), self)
        self.print_button = QPushButton(translate("pdf_preview", "&Print…"), self)
        self.print_button.setEnabled(self.document.pageCount() > 0)
        self.print_button.clicked.connect(self.print_with_dialog)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(self.pages_label)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)

    def _pages_text(self) -> str:
        count = self.document.pageCount()
        if self.document.status() == QPdfDocument.Status.Error or count == 0:
            return translate("pdf_preview", "The paper could not be shown.")
        return (translate("pdf_preview", "{count} page") if count == 1
                else translate("pdf_preview", "{count} pages")).format(count=count)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def print_with_dialog(self) -> bool:
        """Ask for a printer and print every page; True if printed."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(translate("pdf_preview", "Print the paper"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            print_pdf(self.document, printer)
        except OSError as exc:  # the printer could not be started: say so, nothing printed
            QMessageBox.warning(self, translate("pdf_preview", "Print the paper"),
                                translate("pdf_preview", "Nothing was printed: {problem}.")
                                .format(problem=exc))
            return False
        return True


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint every page of ``document`` onto ``printer``; returns the number of pages."""
    count = document.pageCount()
    if count == 0:
        return 0
    printer.setFullPage(True)

    def orient(index: int) -> None:
        size = document.pagePointSize(index)
        landscape = size.width() > size.height()
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                                   else QPageLayout.Orientation.Portrait)

    orient(0)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(translate("pdf_preview", "the printer could not be started"))
    try:
        for index in range(count):
            if index:
                orient(index)
                printer.newPage()
            size = document.pagePointSize(index)
            target = QRectF(painter.viewport())
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            pixels = QSize(max(1, round(size.width() / 72 * dpi)),
                           max(1, round(size.height() / 72 * dpi)))
            image = document.render(index, pixels)
            scale = min(target.width() / pixels.width(), target.height() / pixels.height())
            width, height = pixels.width() * scale, pixels.height() * scale
            origin = QPointF((target.width() - width) / 2, (target.height() - height) / 2)
            painter.drawImage(QRectF(origin.x(), origin.y(), width, height), image)
    finally:
        painter.end()
    return count


def _paper_job(parent, paper: str, make, on_done):
    """Run ``make(progress)`` (returns PDF bytes) in the background with progress; Cancel is
    heard between any two parts of the paper and nothing is written. ``paper``: a key of
    ``PAPERS``."""
    title = _title(paper)
    making = translate("pdf_preview", PAPERS[paper][1])

    def work(progress):
        progress.report(0, None, making + "…")
        return make(progress)

    def failed(exc):
        QMessageBox.warning(
            parent,
            f"{title} — Craffu",
            translate("pdf_preview", PAPERS[paper][2]).format(exc=exc),
        )

    return run_job(parent, making, work, on_done, on_error=failed)


#: Previews that are open (a preview without a parent window would otherwise be collected).
OPEN_PREVIEWS: list[PdfPreviewDialog] = []


def _show(parent, pdf: bytes, title: str, for_print: bool = False) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(pdf, title, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if for_print:
        dialog.print_button.setDefault(True)
        dialog.print_button.setFocus()
    OPEN_PREVIEWS.append(dialog)
    dialog.finished.connect(lambda _result: OPEN_PREVIEWS.remove(dialog)
                            if dialog in OPEN_PREVIEWS else None)
    dialog.show()
    return dialog


def _written(parent, paper: str, path: Path | str, preview: bool, done):
    def finished(pdf: bytes) -> None:
        if done is not None:
            done(Path(path))
        if preview:
            _show(parent, pdf, _title(paper))

    return finished


def export_scorecard_pdf(parent, pack, period, options, path: Path | str,
                         preview: bool = False, done=None):
    """Write the scorecard PDF to ``path`` off the UI thread; ``done(path)`` once written;
    optionally preview it after. Returns the running ``gui.jobs.Job``."""
    return _paper_job(parent, "scorecard",
                      lambda progress: write_scorecard_pdf(pack, period, path, options,
                                                          progress=progress),
                      _written(parent, "scorecard", path, preview, done))


def export_pack_pdf(parent, pack, period, options, path: Path | str, preview: bool = False,
                    done=None):
    """Write the full committee pack PDF to ``path`` off the UI thread."""
    return _paper_job(parent, "committee_pack",
                      lambda progress: write_pack_pdf(pack, period, path, options,
                                                     progress=progress),
                      _written(parent, "committee_pack", path, preview, done))


def preview_scorecard(parent, pack, period, options, for_print: bool = False):
    """Make the scorecard in memory and show it in the preview (Print from there)."""
    return _paper_job(parent, "scorecard",
                      lambda progress: write_scorecard_pdf(pack, period, None, options,
                                                          progress=progress),
                      lambda pdf: _show(parent, pdf, _title("scorecard"), for_print))


def preview_pack(parent, pack, period, options, for_print: bool = False):
    """Make the committee pack in memory and show it in the preview."""
    return _paper_job(parent, "committee_pack",
                      lambda progress: write_pack_pdf(pack, period, None, options,
                                                     progress=progress),
                      lambda pdf: _show(parent, pdf, _title("committee_pack"), for_print))
