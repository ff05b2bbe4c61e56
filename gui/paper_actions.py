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
- Exports ask for the file first (``.pdf`` is added when missing) and tell the status bar the
  path once written. The HTML edition (``exporters.html_edition``) is asked for the same way
  (``.html``) and written as a background job (``gui.file_actions.export_job``). The job is
  kept as ``window.last_job`` (tests wait on its ``finished``).
- reportlab is imported only when a paper is made, never at start-up.
"""

from __future__ import annotations

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
from gui.language import translate
from gui.preferences import settings

__all__ = ["LANGUAGE_CHOICES", "PaperChoice", "PaperOptionsDialog", "remembered_choice",
           "remember_choice", "ask_options", "export_scorecard_pdf", "export_pack_pdf",
           "preview_scorecard", "preview_pack", "print_scorecard", "print_pack",
           "export_html_edition"]

LANGUAGE_CHOICES = (("en", "English"), ("cy", "Cymraeg (Welsh)"),
                    ("both", "English and Welsh (bilingual)"))
PDF_FILTER = "PDF documents (*.pdf)"
HTML_FILTER = "Web pages (*.html)"


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
        return f"PaperChoice({self.language!r}, published={self.published})"


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
    """Language and publication of a paper; OK (the default) accepts, Cancel makes nothing."""

    def __init__(self, paper: str, choice: PaperChoice, action: str = "Make",
                 parent: QWidget | None = None, threshold: int = 5):
        super().__init__(parent)
        self.setWindowTitle(f"{paper} — Craffu")
        # Wide enough that the title bar shows the whole title (not "Preview the c… pack").
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.windowTitle()) * 5 // 4
                             + 160)
        self.language = QComboBox()
        self.language.setAccessibleName(translate("paper_actions", "Language of the paper"))
        for code, words in LANGUAGE_CHOICES:
            self.language.addItem(words, code)
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
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(action)
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


def ask_options(window, paper: str, action: str = "Make"):
    """Ask for the paper's options (remembered); ``PaperOptions`` or None on Cancel."""
    settings = getattr(window.pack, "settings", None)
    threshold = getattr(settings, "suppression_threshold", None) or 5
    dialog = PaperOptionsDialog(paper, remembered_choice(), action, window, int(threshold))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    choice = dialog.choice()
    remember_choice(choice)
    return choice.options()


def _ask_pdf_path(window, title: str, stem: str):
    path = ask_path(window, title, PDF_FILTER, save=True, start=f"{stem}.pdf")
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


def _export_pdf(window, paper: str, export_name: str):
    """Ask where and with which options, then write ``paper`` off the UI thread."""
    pdf_preview = _pdf_preview()
    pack, period = window.pack, window.period
    path = _ask_pdf_path(window, f"Export {paper} PDF",
                         f"{pack.name} {period.label} {paper}".replace("/", "-"))
    options = path and ask_options(window, f"{paper.capitalize()} PDF", "Export")
    if options is None:
        return None
    export = getattr(pdf_preview, export_name)
    return _keep(window, export(window, pack, period, options, path, done=window.wrote))


def export_scorecard_pdf(window):
    return _export_pdf(window, "scorecard", "export_scorecard_pdf")


def export_pack_pdf(window):
    return _export_pdf(window, "committee pack", "export_pack_pdf")


def export_html_edition(window):
    """Ask where and with which options, then write the HTML edition in the background."""
    pack, period = window.pack, window.period
    path = ask_path(window, "Export HTML edition", HTML_FILTER, save=True,
                    start=f"{pack.name} {period.label} committee pack.html".replace("/", "-"))
    if path is not None and path.suffix.lower() != ".html":
        path = path.with_name(path.name + ".html")
    options = path and ask_options(window, "HTML edition", "Export")
    if options is None:
        return None

    def write(target, progress):
        from exporters.html_edition import write_html_edition  # lazy: Jinja2

        write_html_edition(pack, period, target, options.language, options.published,
                           progress=progress)

    return _keep(window, export_job(window, "Exporting the HTML edition", path, write,
                                    window.say))


def preview_scorecard(window):
    pdf_preview = _pdf_preview()
    options = ask_options(window, "Preview the scorecard", "Preview")
    if options is None:
        return None
    return _keep(window, pdf_preview.preview_scorecard(window, window.pack, window.period,
                                                       options))


def preview_pack(window):
    pdf_preview = _pdf_preview()
    options = ask_options(window, "Preview the committee pack", "Preview")
    if options is None:
        return None
    return _keep(window, pdf_preview.preview_pack(window, window.pack, window.period, options))


def print_scorecard(window):
    """Print: the scorecard's real pages in the preview, with Print as the default button."""
    pdf_preview = _pdf_preview()
    options = ask_options(window, "Print the scorecard", "Preview to print")
    if options is None:
        return None
    return _keep(window, pdf_preview.preview_scorecard(window, window.pack, window.period,
                                                       options, for_print=True))


def print_pack(window):
    """Print the committee pack: its real pages in the preview, Print the default button."""
    pdf_preview = _pdf_preview()
    options = ask_options(window, "Print the committee pack", "Preview to print")
    if options is None:
        return None
    return _keep(window, pdf_preview.preview_pack(window, window.pack, window.period, options,
                                                  for_print=True))
