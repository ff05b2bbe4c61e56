"""Reading charts on screen: a light plot for the dashboard and the small helpers its sections
share (a bold heading, a selectable note, the "Drawing…" cover).

``ReadingPlot`` is what ``gui.trend_panel.draw_chart`` needs of a ``pg.PlotItem`` and nothing
more: a PlotItem also builds a context menu and a settings panel on creation (about 8 of its 11
ms) that a reading chart never opens.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtWidgets import QGraphicsGridLayout, QLabel, QSizePolicy, QWidget

from gui.language import translate
from gui.trend_panel import _TEXT

__all__ = ["ReadingPlot", "DrawingNote", "DRAWING", "heading", "note"]

#: The note over a section that is not drawn yet for the page's period (shown translated:
#: ``translate("reading_plot", DRAWING)``).
DRAWING = QT_TRANSLATE_NOOP("reading_plot", "Drawing…")


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.2)
    label.setFont(font)
    label.setAccessibleName(text)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return label


def note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("color: #444444")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ReadingPlot(pg.GraphicsWidget):
    """A plot for reading: title, left axis, view box and bottom axis, laid out as a PlotItem.

    It has the part of ``pg.PlotItem``'s interface that ``draw_chart`` uses (``addItem``,
    ``removeItem``, ``clear``, ``setXRange``, ``setYRange``, ``getAxis``, ``setLabel``,
    ``setTitle``, ``vb``) and nothing a reading chart does not need: no mouse panning or zooming,
    no context menu, no settings panel, no auto-range, no top or right axis.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.vb = pg.ViewBox(parent=self, enableMouse=False, enableMenu=False)
        self.vb.disableAutoRange()  # the chart description sets the range
        self.axes: dict[str, pg.AxisItem] = {}
        self.items: list = []
        self.titleLabel = pg.LabelItem("", parent=self)
        layout = QGraphicsGridLayout()
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setHorizontalSpacing(0)
        layout.setVerticalSpacing(0)
        self.setLayout(layout)
        layout.addItem(self.titleLabel, 0, 1)
        layout.addItem(self.vb, 1, 1)
        for name, row, col in (("left", 1, 0), ("bottom", 2, 1)):
            axis = pg.AxisItem(name, parent=self)
            axis.enableAutoSIPrefix(False)  # figures are printed as the papers print them
            axis.setPen(pg.mkPen("#555555"))
            axis.setTextPen(pg.mkPen(_TEXT))
            axis.linkToView(self.vb)
            axis.setZValue(0.5)
            layout.addItem(axis, row, col)
            self.axes[name] = axis
        self.axes["left"].setGrid(int(0.25 * 255))  # horizontal grid lines, as the papers
        layout.setRowStretchFactor(1, 100)
        layout.setColumnStretchFactor(1, 100)
        self.setTitle(None)

    def getAxis(self, name: str) -> pg.AxisItem:
        return self.axes[name]

    def addItem(self, item) -> None:
        self.items.append(item)
        self.vb.addItem(item)

    def removeItem(self, item) -> None:
        if item in self.items:
            self.items.remove(item)
            self.vb.removeItem(item)

    def clear(self) -> None:
        for item in self.items[:]:
            self.removeItem(item)

    def setXRange(self, low: float, high: float, padding: float | None = None) -> None:
        self.vb.setXRange(low, high, padding=padding)

    def setYRange(self, low: float, high: float, padding: float | None = None) -> None:
        self.vb.setYRange(low, high, padding=padding)

    def setLabel(self, axis: str, text: str | None = None, **style) -> None:
        self.axes[axis].setLabel(text, **style)

    def setTitle(self, title: str | None = None, **style) -> None:
        layout = self.layout()
        self.titleLabel.setVisible(title is not None)
        if title is None:
            layout.setRowFixedHeight(0, 0)
        else:
            layout.setRowFixedHeight(0, 22)
            self.titleLabel.setText(title, **style)


class DrawingNote(QLabel):
    """"Drawing…" over ``cover`` (kept the size of it) while its section is not drawn yet."""

    def __init__(self, cover: QWidget):
        super().__init__(translate("reading_plot", DRAWING), cover)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAutoFillBackground(True)
        self.setStyleSheet("background: #f4f4f4; color: #444444;")
        self.setAccessibleName(translate("reading_plot", DRAWING))
        self.hide()
        cover.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.parent():
            self.setGeometry(watched.rect())
        return False

    def cover(self, on: bool) -> None:
        if on:
            self.setGeometry(self.parentWidget().rect())
            self.raise_()
        self.setVisible(on)
