"""Craffu's main window: the scorecard of one pack for one period.

Rules:
- The title is ``<pack name> — <period> — Craffu``, with `` [read-only]`` when the pack was
  opened read-only; it follows renames of the pack.
- The status bar counts Green, Amber and Red (and n/a, no data) for the period, always with the
  letter beside the colour; a key under the grid says what every symbol means.
- The window shows; the pack and its period are given to it. It does not close the pack
  (whoever opened it does), but stops following it when the window closes.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from gui.scorecard_model import ScorecardModel, dark_scheme
from gui.scorecard_view import ScorecardView
from model import symbols
from model.periods import Period

__all__ = ["MainWindow", "window_title", "counts_text", "key_html"]


def window_title(pack_name: str, period: Period | None, read_only: bool) -> str:
    parts = [pack_name]
    if period is not None:
        parts.append(period.label)
    parts.append("Craffu")
    title = " \u2014 ".join(parts)
    return f"{title} [read-only]" if read_only else title


def _swatch(rag: str) -> str:
    letter = escape(symbols.RAG_LETTER[rag])
    return (f'<span style="background-color:{symbols.RAG_FILL[rag]}; '
            f'color:{symbols.RAG_TEXT}; font-weight:bold">&nbsp;{letter}&nbsp;</span>')


def counts_text(counts: dict[str, int]) -> str:
    """The status bar's counts as plain text, e.g. ``G Green 12 · A Amber 3 · R Red 4 · …``."""
    parts = [f"{symbols.RAG_LETTER[rag]} {rag} {counts.get(rag, 0)}"
             for rag in ("Green", "Amber", "Red")]
    parts += [f"{rag} {counts.get(rag, 0)}" for rag in ("n/a", "no data")]
    return " \u00b7 ".join(parts)


def _counts_html(counts: dict[str, int]) -> str:
    parts = [f"{_swatch(rag)} {rag} <b>{counts.get(rag, 0)}</b>"
             for rag in ("Green", "Amber", "Red")]
    parts += [f"{escape(rag)} <b>{counts.get(rag, 0)}</b>" for rag in ("n/a", "no data")]
    return " &nbsp;&middot;&nbsp; ".join(parts)


def key_html() -> str:
    """The key to the symbols, as rich text that wraps between groups of symbols."""
    groups = []
    for group in symbols.KEY_GROUPS:
        items = []
        for symbol, words, meaning in group:
            if meaning in symbols.RAG_FILL:
                shown = _swatch(meaning)
                words = words.split(": ", 1)[1]
            else:
                colour = symbols.arrow_colour(meaning, dark_scheme())
                style = "font-family:'DejaVu Sans'; font-size:large"
                if colour:
                    style += f"; color:{colour}"
                shown = f'<span style="{style}">{escape(symbol)}</span>'
            items.append(f"{shown}&nbsp;{escape(words)}")
        groups.append("<nobr>" + ", ".join(items) + "</nobr>")
    return ("<b>Key:</b> " + " &nbsp;&nbsp; ".join(groups)
            + " &nbsp;&nbsp; <nobr><i>Hover over a cell for the explanation.</i></nobr>")


class MainWindow(QMainWindow):
    """The first window: a read-only scorecard grid. The editor grows from here."""

    def __init__(self, pack, period: Period, parent: QWidget | None = None):
        super().__init__(parent)
        self.pack = pack
        self.scorecard_model = ScorecardModel(self)
        self.scorecard_view = ScorecardView()
        self.scorecard_view.setModel(self.scorecard_model)

        self.key_label = QLabel(key_html())
        self.key_label.setWordWrap(True)
        self.key_label.setTextFormat(Qt.TextFormat.RichText)
        self.key_label.setAccessibleName("Key to the symbols")
        self.key_label.setAccessibleDescription(
            "; ".join(words for _symbol, words, _meaning in symbols.KEY_ITEMS))

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.scorecard_view, 1)
        layout.addWidget(self.key_label)
        self.setCentralWidget(central)

        self.counts_label = QLabel()
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        self.statusBar().addPermanentWidget(self.counts_label)

        self.scorecard_model.scorecardChanged.connect(self._update)
        self.scorecard_model.set_pack(pack, period)

    @property
    def period(self) -> Period | None:
        return self.scorecard_model.period

    def set_period(self, period: Period) -> None:
        self.scorecard_model.set_period(period)

    def _update(self) -> None:
        self.setWindowTitle(window_title(self.pack.name, self.period, self.pack.read_only))
        counts = self.scorecard_model.rag_counts()
        self.counts_label.setText(_counts_html(counts))
        self.counts_label.setAccessibleName(counts_text(counts))
        self.counts_label.setToolTip(counts_text(counts))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.scorecard_model.detach()
        super().closeEvent(event)
