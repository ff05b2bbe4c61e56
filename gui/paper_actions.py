"""The committee papers from the window: export, preview and print the scorecard and the pack.

Rules:
- Every paper is the exporters' PDF (``exporters.pdf_scorecard``, ``exporters.pdf_pack``) made
  off the user-interface thread with progress (``gui.pdf_preview``, ``gui.jobs``).
- Before a paper is made, a small dialog asks for its language (English, Welsh, or both) and
  whether it is for publication (small-number suppression: counts from 1 to one below the
  pack's threshold, 5 by default, and percentages of so few, shown as ``*``). The choice is
  remembered on this computer (QSettings ``papers/language`` and ``papers/published``) and
  offered next time; Cancel makes nothing.
- File ▸ Print scorecard and Print committee pack are the paper's preview with Print as its
  default button: what is previewed is exactly what is printed (the same PDF pages).
- Exports ask for the file first (``.pdf`` is added when missing; the name offered is in the
  window's language, ``model.words.paper_file_name``) and tell the status bar the path once
  written. The HTML edition (``exporters.html_edition``) is asked for the same way
  (``.html``) and written as a background job (``gui.file_actions.export_job``). The job is
  kept as ``window.last_job`` (tests wait on its ``finished``).
- reportlab is imported only when a paper is made, never at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from gui.file_actions import ask_path, export_job
from gui.language import current, translate
from gui.preferences import settings
from model.words import paper_file_name

__all__ = ["LANGUAGE_CHOICES", "PaperChoice", "PaperOptionsDialog", "remembered_choice",
           "remember_choice", "ask_options", "export_scorecard_pdf", "export_pack_pdf",
           "preview_scorecard", "preview_pack", "print_scorecard", "print_pack",
           "export_html_edition"]

#: The languages a paper can be made in: (code, English words, shown translated).
LANGUAGE_CHOICES = (("en", QT_TRANSLATE_NOOP("paper_actions", "English")),
                    ("cy", QT_TRANSLATE_NOOP("paper_actions", "Cymraeg (Welsh)")),
                    ("both", QT_TRANSLATE_NOOP("paper_actions", "English and Welsh (bilingual)")))
PDF_FILTER = QT_TRANSLATE_NOOP("paper_actions", "PDF documents (*.pdf)")
HTML_FILTER = QT_TRANSLATE_NOOP("paper_actions", "Web pages (*.html)")
#: The default button of the options dialog when none is named.
MAKE = QT_TRANSLATE_NOOP("paper_actions", "Make")
EXPORT = QT_TRANSLATE_NOOP("paper_actions", "Export")
PREVIEW = QT_TRANSLATE_NOOP("paper_actions", "Preview")
PREVIEW_TO_PRINT = QT_TRANSLATE_NOOP("paper_actions", "Preview to print")


class PaperChoice:
    """What the officer chose: ``language`` (en, cy, both) and ``published``."""

    def __init__(self, language: str = "en", published: bool = False):
        if language not in dict(LANGUAGE_CHOICES):
            language = "en"
        self.language, self.published = language, bool(published)

    def options(self):
        """As ``exporters.pdf_base.PaperOptions`` (prepared today)."""
        # Lazy: reportlab (a heavy library) is loaded when a paper is first made.
        from exporters.pdf_base import PaperOptions

        return PaperOptions(language=self.language, published=self.published)

    def __eq__(self, other) -> bool:
        return (isinstance(other, PaperChoice) and (self.language, self.published)
                == (other.language, other.published))

    def __repr__(self) -> str:
        return f"PaperChoice({self.language!r}, published={self.published})"  # not shown: repr


def remembered_choice() -> PaperChoice:
    s = settings()
    published = s.value("papers/published", False)
    if isinstance(published, str):  # some QSettings back ends give booleans back as text
        published = published.lower() == "true"
    return PaperChoice(str(s.value("papers/language", "en")), bool(published))


def remember_choice(choice: PaperChoice) -> None:
    s = settings()
    s.setValue("papers/language", choice.language)
    s.setValue("papers/published", choice.published)


class PaperOptionsDialog(QDialog):
    """Language and publication of a paper; OK (the default) accepts, Cancel makes nothing.
    ``paper`` (the title) and ``action`` (the OK button) are English, marked for translation
    in the context ``paper_actions``, and shown in the window's language."""

    def __init__(self, paper: str, choice: PaperChoice, action: str = MAKE,
                 parent: QWidget | None = None, threshold: int = 5):
        super().__init__(parent)
        self.setWindowTitle(f"{translate('paper_actions', paper)} — Craffu")
        # Wide enough that the title bar shows the whole title (not "Preview the c… pack").
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.windowTitle()) * 5 // 4
                             + 160)
        self.language = QComboBox()
        self.language.setAccessibleName(translate("paper_actions", "Language of the paper"))
        for code, words in LANGUAGE_CHOICES:
            self.language.addItem(translate("paper_actions", words), code)
        self.language.setCurrentIndex(max(self.language.findData(choice.language), 0))
        self.published = QCheckBox(
            translate("paper_actions", "For &publication: hide small numbers")
        )
        self.published.setAccessibleName(translate("paper_actions", "For publication"))
        small = f"1 to {threshold - 1}" if threshold > 2 else "1"
        self.published.setToolTip(
            translate(
                "paper_actions",
                "Counts of {small}, and percentages of fewer than {threshold}, are shown as * "
                "(the key says why). Leave unticked for internal drafts, which show every figure.",
            ).format(small=small, threshold=threshold)
        )
        self.published.setChecked(choice.published)
        note = QLabel(
            translate(
                "paper_actions",
                "Drafts show every figure. Published papers hide counts of {small} (and "
                "percentages of so few) as *.",
            ).format(small=small)
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("paper_actions", action))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("paper_actions", "&Language:"), self.language)
        form.addRow(self.published)
        form.addRow(note)
        form.addRow(buttons)

    def choice(self) -> PaperChoice:
        return PaperChoice(self.language.currentData(), self.published.isChecked())


def ask_options(window, paper: str, action: str = MAKE):
    """Ask for the paper's options (remembered); ``PaperOptions`` or None on Cancel. ``paper``
    and ``action`` as ``PaperOptionsDialog``'s (English, marked for translation)."""
    settings = getattr(window.pack, "settings", None)
    threshold = getattr(settings, "suppression_threshold", None) or 5
    dialog = PaperOptionsDialog(paper, remembered_choice(), action, window, int(threshold))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    choice = dialog.choice()
    remember_choice(choice)
    return choice.options()


def _ask_pdf_path(window, title: str, name: str):
    path = ask_path(window, title, translate("paper_actions", PDF_FILTER), save=True,
                    start=name)
    if path is None:
        return None
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def _pdf_preview():
    """``gui.pdf_preview``, imported when a paper is first previewed or exported: QtPdf,
    QtPdfWidgets and QtPrintSupport are heavy libraries (about 20 ms) the window does not need
    until then, and it imports reportlab through the exporters."""
    from gui import pdf_preview  # lazy: heavy libraries (see the docstring)

    return pdf_preview


def _keep(window, job):
    window.last_job = job
    return job


def _export_pdf(window, paper: str, export_name: str, title: str, options_title: str):
    """Ask where (``title``, translated; the name offered is ``paper``'s, ``scorecard`` or
    ``committee_pack``, in the window's language) and with which options (``options_title``,
    marked for translation), then write the paper off the UI thread."""
    pdf_preview = _pdf_preview()
    pack, period = window.pack, window.period
    path = _ask_pdf_path(window, title, paper_file_name(paper, period, current()))
    options = path and ask_options(window, options_title, EXPORT)
    if options is None:
        return None
    export = getattr(pdf_preview, export_name)
    return _keep(window, export(window, pack, period, options, path, done=window.wrote))


def export_scorecard_pdf(window):
    return _export_pdf(window, "scorecard", "export_scorecard_pdf",
                       translate("paper_actions", "Export scorecard PDF"),
                       QT_TRANSLATE_NOOP("paper_actions", "Scorecard PDF"))


def export_pack_pdf(window):
    return _export_pdf(window, "committee_pack", "export_pack_pdf",
                       translate("paper_actions", "Export committee pack PDF"),
                       QT_TRANSLATE_NOOP("paper_actions", "Committee pack PDF"))


def export_html_edition(window):
    """Ask where and with which options, then write the HTML edition in the background."""
    pack, period = window.pack, window.period
    name = paper_file_name("committee_pack", period, current()).removesuffix(".pdf") + ".html"
    path = ask_path(window, translate("paper_actions", "Export HTML edition"),
                    translate("paper_actions", HTML_FILTER), save=True, start=name)
    if path is not None and path.suffix.lower() != ".html":
        path = path.with_name(path.name + ".html")
    options = path and ask_options(window, QT_TRANSLATE_NOOP("paper_actions", "HTML edition"),
                                   EXPORT)
    if options is None:
        return None

    def write(target, progress):
        from exporters.html_edition import write_html_edition  # lazy: Jinja2

        write_html_edition(pack, period, target, options.language, options.published,
                           progress=progress)

    return _keep(window, export_job(window,
                                    translate("paper_actions", "Exporting the HTML edition"),
                                    path, write, window.say))


def preview_scorecard(window):
    pdf_preview = _pdf_preview()
    options = ask_options(window, QT_TRANSLATE_NOOP("paper_actions", "Preview the scorecard"),
                          PREVIEW)
    if options is None:
        return None
    return _keep(window, pdf_preview.preview_scorecard(window, window.pack, window.period,
                                                       options))


def preview_pack(window):
    pdf_preview = _pdf_preview()
    options = ask_options(window,
                          QT_TRANSLATE_NOOP("paper_actions", "Preview the committee pack"),
                          PREVIEW)
    if options is None:
        return None
    return _keep(window, pdf_preview.preview_pack(window, window.pack, window.period, options))


def print_scorecard(window):
    """Print: the scorecard's real pages in the preview, with Print as the default button."""
    pdf_preview = _pdf_preview()
    options = ask_options(window, QT_TRANSLATE_NOOP("paper_actions", "Print the scorecard"),
                          PREVIEW_TO_PRINT)
    if options is None:
        return None
    return _keep(window, pdf_preview.preview_scorecard(window, window.pack, window.period,
                                                       options, for_print=True))


def print_pack(window):
    """Print the committee pack: its real pages in the preview, Print the default button."""
    pdf_preview = _pdf_preview()
    options = ask_options(window,
                          QT_TRANSLATE_NOOP("paper_actions", "Print the committee pack"),
                          PREVIEW_TO_PRINT)
    if options is None:
        return None
    return _keep(window, pdf_preview.preview_pack(window, window.pack, window.period, options,
                                                  for_print=True))
