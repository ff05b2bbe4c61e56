"""Export a chart on screen as a PNG at print resolution, or copy it to the clipboard.

Rules:
- The picture is the chart redrawn at a larger scale (a pyqtgraph view renders its scene into
  the picture; another widget renders through a scaled painter), so lines and text stay sharp:
  at the default 300 dpi and 170 mm (the text width of an A4 page with 20 mm margins) it is
  2008 pixels wide, whatever the widget's size on screen.
- The PNG records its resolution (dots per metre), so a word processor places it at 170 mm.
- pyqtgraph's own SVG export is broken with PySide6 ≥ 6.11 (engineering.md); PNG works. Vector
  charts for the papers come from ``exporters/chart_drawing.py`` instead.
- A file that cannot be written is reported by name, never as a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsView,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QWidget,
)

from gui.language import translate

__all__ = [
    "PRINT_DPI",
    "A4_TEXT_WIDTH_MM",
    "ChartExportError",
    "chart_image",
    "save_chart_png",
    "copy_chart",
    "ExportButtons",
]

PRINT_DPI = 300
A4_TEXT_WIDTH_MM = 170.0
_MM_PER_INCH = 25.4


class ChartExportError(OSError):
    """A chart picture that could not be written."""


def chart_image(widget: QWidget, dpi: int = PRINT_DPI,
                width_mm: float = A4_TEXT_WIDTH_MM) -> QImage:
    """``widget`` drawn ``width_mm`` wide at ``dpi``, keeping its shape, on white."""
    if widget.width() <= 0 or widget.height() <= 0:
        raise ChartExportError(translate(
            "chart_export", "the chart has no size yet; show it before exporting"))
    pixels = round(width_mm / _MM_PER_INCH * dpi)
    scale = pixels / widget.width()
    image = QImage(pixels, round(widget.height() * scale), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    dots_per_metre = round(dpi / _MM_PER_INCH * 1000)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if isinstance(widget, QGraphicsView):
            # A pyqtgraph view: redraw its scene into the larger picture (vectors, not pixels).
            widget.render(painter, QRectF(0, 0, image.width(), image.height()),
                          widget.viewport().rect())
        else:
            painter.scale(scale, scale)
            widget.render(painter, QPoint(0, 0))
    finally:
        painter.end()
    return image


def save_chart_png(widget: QWidget, path: Path | str, dpi: int = PRINT_DPI,
                   width_mm: float = A4_TEXT_WIDTH_MM) -> Path:
    """Write ``widget`` as a PNG at print resolution; ``ChartExportError`` naming the file."""
    path = Path(path)
    if path.suffix.lower() != ".png":
        path = path.with_suffix(path.suffix + ".png") if path.suffix else path.with_suffix(".png")
    if not path.parent.is_dir():
        raise ChartExportError(translate(
            "chart_export", "cannot save {name}: the folder {folder} does not exist").format(
                name=path.name, folder=path.parent))
    image = chart_image(widget, dpi, width_mm)
    if not image.save(str(path), "PNG"):
        raise ChartExportError(translate(
            "chart_export", "cannot save {path}: the file could not be written").format(
                path=path))
    return path


def copy_chart(widget: QWidget, dpi: int = PRINT_DPI,
               width_mm: float = A4_TEXT_WIDTH_MM) -> QImage:
    """Put the chart on the clipboard as an image at print resolution; return it."""
    image = chart_image(widget, dpi, width_mm)
    QGuiApplication.clipboard().setImage(image)
    return image


class ExportButtons(QWidget):
    """"Save PNG…" and "Copy" buttons for the chart ``target``.

    ``file_stem`` gives the suggested file name (without ``.png``).
    """

    def __init__(self, target: QWidget, file_stem: Callable[[], str] | str = "chart",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.target = target
        self.file_stem = file_stem
        self.last_folder = Path.home()
        self.save_button = QPushButton(translate("chart_export", "Save PNG…"))
        self.save_button.setToolTip(
            translate(
                "chart_export",
                "Save the chart as a PNG picture at {PRINT_DPI} dpi, {A4_TEXT_WIDTH_MM:.0f} mm "
                "wide (A4 text width)",
            ).format(PRINT_DPI=PRINT_DPI, A4_TEXT_WIDTH_MM=A4_TEXT_WIDTH_MM)
        )
        self.copy_button = QPushButton(translate("chart_export", "Copy"))
        self.copy_button.setToolTip(
            translate("chart_export", "Copy the chart to the clipboard as a picture")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.save_button)
        layout.addWidget(self.copy_button)
        self.save_button.clicked.connect(self.save)
        self.copy_button.clicked.connect(self.copy)

    def suggested_name(self) -> str:
        stem = self.file_stem() if callable(self.file_stem) else self.file_stem
        safe = "".join(c if c.isalnum() or c in " -_." else "-" for c in stem).strip()
        return (safe or translate("chart_export", "chart")) + ".png"

    def save(self) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            translate("chart_export", "Save chart as PNG"),
            str(self.last_folder / self.suggested_name()),
            translate("chart_export", "PNG pictures (*.png)"),
        )
        if not path:
            return None
        try:
            saved = save_chart_png(self.target, path)
        except ChartExportError as exc:
            QMessageBox.warning(
                self, translate("chart_export", "Chart not saved — Craffu"), str(exc)
            )
            return None
        self.last_folder = saved.parent
        return saved

    def copy(self) -> None:
        try:
            copy_chart(self.target)
        except ChartExportError as exc:
            QMessageBox.warning(
                self, translate("chart_export", "Chart not copied — Craffu"), str(exc)
            )
