"""The preview shows the exporter's real PDF pages, and printing sends those same pages."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from exporters.pdf_base import PaperOptions
from exporters.pdf_scorecard import write_scorecard_pdf
from gui.pdf_preview import OPEN_PREVIEWS, PdfPreviewDialog, preview_scorecard, print_pdf
from model import records as r
from model.commands import put
from model.periods import Period
from tests.conftest import D, add_indicator

Q4 = Period(2024, 4)


def _pack_pdf(pack, indicators: int = 30) -> bytes:
    for i in range(indicators):
        add_indicator(pack, f"K{i:02d}", unit="count", aggregation="sum")
        pack.apply(put("v", r.Value(f"K{i:02d}", Q4, actual=D(10 + i)),
                       r.Commentary(f"K{i:02d}", Q4, text="Commentary line. " * 12)))
    return write_scorecard_pdf(pack, Q4, None, PaperOptions(prepared=dt.date(2025, 7, 1)))


def test_preview_shows_every_page_and_prints_the_same_pages(qtbot, pack, tmp_path):
    pdf = _pack_pdf(pack)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert pages > 1
    dialog = PdfPreviewDialog(pdf, "Scorecard")
    qtbot.addWidget(dialog)
    assert dialog.page_count == pages
    assert dialog.pages_label.text() == f"{pages} pages"
    assert dialog.print_button.isEnabled()

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert print_pdf(dialog.document, printer) == pages
    printed = PdfReader(out)
    assert len(printed.pages) == pages
    first = printed.pages[0].mediabox
    assert first.width > first.height  # landscape pages print landscape


def test_a_damaged_pdf_is_said_plainly(qtbot):
    dialog = PdfPreviewDialog(b"not a pdf", "Scorecard")
    qtbot.addWidget(dialog)
    assert dialog.page_count == 0
    assert dialog.pages_label.text() == "The paper could not be shown."
    assert not dialog.print_button.isEnabled()


def test_preview_is_made_off_the_ui_thread(qtbot, pack):
    add_indicator(pack, "K1", unit="count", aggregation="sum")
    pack.apply(put("v", r.Value("K1", Q4, actual=D(12))))
    job = preview_scorecard(None, pack, Q4, PaperOptions(prepared=dt.date(2025, 7, 1)))
    with qtbot.waitSignal(job.finished, timeout=10000) as blocker:
        pass
    assert blocker.args == ["done"]
    assert job.result.startswith(b"%PDF")
    assert OPEN_PREVIEWS and OPEN_PREVIEWS[-1].page_count == 1
    assert OPEN_PREVIEWS[-1].isVisible()
    OPEN_PREVIEWS[-1].reject()
    assert not OPEN_PREVIEWS


def test_a_printer_that_cannot_start_is_a_message_not_a_traceback(qtbot, pack, monkeypatch):
    import gui.pdf_preview as preview

    dialog = PdfPreviewDialog(_pack_pdf(pack, indicators=3), "Scorecard")
    qtbot.addWidget(dialog)
    monkeypatch.setattr(preview.QPrintDialog, "exec",
                        lambda _self: preview.QDialog.DialogCode.Accepted)

    def refuse(_document, _printer):
        raise OSError("the printer could not be started")

    said = []
    monkeypatch.setattr(preview, "print_pdf", refuse)
    monkeypatch.setattr(preview.QMessageBox, "warning",
                        lambda _parent, title, text: said.append((title, text)))
    assert dialog.print_with_dialog() is False
    assert said == [("Print the paper",
                     "Nothing was printed: the printer could not be started.")]
