"""After an export: say where the file went, with "Open" and "Show in folder" at hand.

Rules:
- The status bar says "Wrote <path>" and, beside it, offers **Open** (the file in the program
  the computer opens it with) and **Show in folder** (the folder holding it, in the file
  manager) until the next export or until the officer dismisses it (×).
- Opening goes through ``open_url`` (``QDesktopServices.openUrl``; tests replace it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from gui.language import translate

__all__ = ["WrittenNotice", "show_written", "open_url"]


def open_url(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


class WrittenNotice(QWidget):
    """The status bar's notice of a file just written."""

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self.setAccessibleName(translate("written", "File written"))
        self.label = QLabel(translate("written", "Wrote {name}").format(name=self.path.name))
        self.label.setToolTip(str(self.path))
        self.open_button = QPushButton(translate("written", "&Open"))
        self.open_button.setToolTip(translate("written", "Open {name}").format(name=self.path.name))
        self.folder_button = QPushButton(translate("written", "Show in &folder"))
        self.folder_button.setToolTip(
            translate("written", "Show {parent} in the file manager").format(
                parent=self.path.parent
            )
        )
        close = QPushButton("\u00d7")
        close.setAccessibleName(translate("written", "Dismiss"))
        close.setToolTip(translate("written", "Dismiss"))
        close.setFlat(True)
        close.setMaximumWidth(28)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.open_button, self.folder_button, close):
            layout.addWidget(widget)
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.show_folder)
        close.clicked.connect(self.dismiss)

    def open_file(self) -> bool:
        return open_url(QUrl.fromLocalFile(str(self.path)))

    def show_folder(self) -> bool:
        return open_url(QUrl.fromLocalFile(str(self.path.parent)))

    def dismiss(self) -> None:
        self.hide()
        self.deleteLater()


def show_written(window, path: Path) -> WrittenNotice:
    """Tell ``window``'s status bar that ``path`` was written, with Open and Show in folder."""
    old = getattr(window, "written_notice", None)
    if old is not None:
        try:
            window.statusBar().removeWidget(old)
            old.deleteLater()
        except RuntimeError:  # dismissed already
            pass
    notice = WrittenNotice(path, window)
    window.statusBar().insertPermanentWidget(0, notice)  # not hidden by messages
    notice.show()
    window.written_notice = notice
    return notice
