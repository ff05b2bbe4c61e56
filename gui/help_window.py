"""Help ▸ User guide, Keyboard shortcuts and About: help at hand, offline.

Rules:
- The user guide is Markdown bundled with Craffu (``resources/help/guide.md``, with its
  pictures beside it), shown in a browser window inside Craffu: nothing is fetched from the
  internet. Its links to the longer documents (``interchange.md``, ``status-rules.md``, the
  sample papers) open in the same window, found in ``docs/``; links to the web open in the
  web browser.
- Keyboard shortcuts lists every shortcut of the window, from the actions themselves
  (``gui.actions.shortcut_rows``), so the list cannot drift from what the keys do.
- About says the version, the Python and Qt it runs on, the licence of the bundled DejaVu
  fonts, and where the data lives: the pack open, this computer's settings file and the folder
  of the sample's working copy.
- Each is a window of its own (not modal): the officer can read while working.
"""

from __future__ import annotations

import platform
from html import escape
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gui.actions import shortcut_rows
from gui.language import translate
from gui.opening import RESOURCES
from gui.preferences import settings

__all__ = ["HelpWindow", "show_guide", "show_shortcuts", "show_about", "GUIDE", "version",
           "about_html", "shortcuts_html"]

HELP = RESOURCES / "help"
GUIDE = HELP / "guide.md"
DOCS = RESOURCES.parent / "docs"


def version() -> str:
    try:
        return metadata.version("craffu")
    except metadata.PackageNotFoundError:
        return translate("help_window", "{version} (not installed)").format(version="0.1.0")


class HelpWindow(QDialog):
    """A window reading the guide (or another page) with Back, Home and Close."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(f"{title} — Craffu")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(title)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self.follow)
        self.browser.setSearchPaths([str(HELP), str(DOCS)])
        back = QPushButton(translate("help_window", "&Back"))
        back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        back.setEnabled(False)
        home = QPushButton(translate("help_window", "&Contents"))
        home.clicked.connect(self.browser.home)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        bar = QHBoxLayout()
        bar.addWidget(back)
        bar.addWidget(home)
        bar.addStretch(1)
        bar.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(bar)
        room = self.screen().availableGeometry() if self.screen() else None
        self.resize(min(900, room.width() - 40) if room else 900,
                    min(760, room.height() - 80) if room else 700)

    def follow(self, url: QUrl) -> None:
        """Pages of the guide and documents open here; the web in the web browser."""
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        if url.isRelative() or url.isLocalFile():
            name = url.path() if url.isRelative() else url.toLocalFile()
            for folder in (HELP, DOCS, Path(self.browser.source().toLocalFile()).parent):
                found = (folder / name) if url.isRelative() else Path(name)
                if found.is_file():
                    target = QUrl.fromLocalFile(str(found))
                    target.setFragment(url.fragment())
                    self.browser.setSource(target)
                    return
        if url.hasFragment() and not url.path():
            self.browser.scrollToAnchor(url.fragment())


def _open(window, title: str) -> HelpWindow:
    old = getattr(window, "help_window", None)
    if old is not None:
        try:
            old.close()
        except RuntimeError:
            pass
    help_window = HelpWindow(title, window)
    window.help_window = help_window
    return help_window


def show_guide(window, page: str = "guide.md") -> HelpWindow:
    """Open the user guide (F1)."""
    help_window = _open(window, translate("help_window", "User guide"))
    source = HELP / page if (HELP / page).is_file() else DOCS / page
    help_window.browser.setSource(QUrl.fromLocalFile(str(source)))
    help_window.show()
    return help_window


def shortcuts_html(actions) -> str:
    rows = "".join(f"<tr><td>{escape(menu)}</td><td>{escape(text)}</td>"
                   f"<td><b>{escape(keys)}</b></td></tr>"
                   for menu, text, keys in shortcut_rows(actions))
    heads = "".join(f"<th align='left'>{escape(head)}</th>"
                    for head in (translate("help_window", "Menu"),
                                 translate("help_window", "Action"),
                                 translate("help_window", "Keys")))
    return (translate(
        "help_window",
        "<h2>Keyboard shortcuts</h2><p>In the grids: <b>Return</b> enters the figure and "
        "moves down, <b>Tab</b> moves right, <b>F2</b> or typing edits, <b>Escape</b> "
        "leaves the cell as it was, <b>Delete</b> clears the selected cells, "
        "<b>Ctrl+C</b> / <b>Ctrl+V</b> copy and paste blocks as in Excel; a click on a "
        "column's heading sorts by it (again: the other way round).</p>")
        + "<table cellpadding='4' border='1' style='border-collapse:collapse'>"
        f"<tr>{heads}</tr>{rows}</table>")


def show_shortcuts(window) -> HelpWindow:
    help_window = _open(window, translate("help_window", "Keyboard shortcuts"))
    help_window.browser.setHtml(shortcuts_html(window.actions_by_id))
    help_window.show()
    return help_window


def about_html(window) -> str:
    pack = getattr(window, "pack", None)
    where = escape(str(pack.path) if pack is not None
                   else translate("help_window", "no pack is open"))
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    licence = (RESOURCES / "fonts" / "LICENSE")
    licence_text = licence.read_text(encoding="utf-8") if licence.is_file() else \
        translate("help_window", "The licence file is missing from this installation.")
    return (
        f"<h2>Craffu {escape(version())}</h2>"
        + translate("help_window",
                    "<p><i>Craffu</i> is Welsh for “to scrutinise”: quarterly "
                    "performance papers for a council scrutiny committee, prepared offline.</p>")
        + translate("help_window",
                    "<p>Python {python}, Qt for Python (PySide6) {pyside}, on {system}.</p>"
                    ).format(python=escape(platform.python_version()),
                             pyside=escape(pyside_version), system=escape(platform.system()))
        + translate("help_window", "<h3>Where your data lives</h3>") + "<ul>"
        + translate("help_window",
                    "<li>The pack open now: <b>{pack}</b>. Every change is saved there at once; "
                    "its history (who changed what, when) is kept inside it.</li>"
                    ).format(pack=where)
        + translate("help_window",
                    "<li>This computer's settings (recent packs, window layout, the last "
                    "folders, the papers' language): <b>{settings}</b>.</li>"
                    ).format(settings=escape(settings().fileName()))
        + translate("help_window",
                    "<li>The working copy of the sample pack: <b>{folder}</b>.</li>"
                    ).format(folder=escape(data))
        + "</ul>"
        + translate("help_window",
                    "<h3>Fonts</h3><p>The papers and symbols use DejaVu Sans, bundled with "
                    "Craffu under its licence (Bitstream Vera licence; DejaVu changes are in "
                    "the public domain):</p>")
        + f"<pre style='font-size:small'>{escape(licence_text)}</pre>")


def show_about(window) -> HelpWindow:
    help_window = _open(window, translate("help_window", "About Craffu"))
    help_window.browser.setHtml(about_html(window))
    help_window.show()
    return help_window
