"""Welsh translation from the window: the period's untranslated texts out to a translator, and
the translator's workbook back in.

Rules:
- "Export texts for Welsh translation…" writes ``exporters.translation_workbook`` for the
  period shown: one row per text of its papers without Welsh (the checks' list), English
  beside a blank Welsh cell. When every text has its Welsh, nothing is written and the officer
  is told so. It runs off the user-interface thread with Cancel (``gui.file_actions``); the
  status bar says where the file went, and the workbook's title row how many texts it holds.
- "Import Welsh translation…" reads the filled workbook through the same all-or-nothing import
  as every other source (``gui.import_dialog``, ``model.import_reading``): problems are listed
  and nothing changes, otherwise the preview shows each text's Welsh before one undoable step.
  File ▸ Import recognises the workbook too.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from gui.file_actions import ask_path, export_job
from gui.import_dialog import start_import
from gui.language import current, translate
from model.translation import missing_welsh
from model.words import period_label

__all__ = ["export_untranslated", "import_translation", "translation_file_name"]


def translation_file_name(pack, period) -> str:
    """The file name suggested for the workbook: the pack, the period and what it is for."""
    stem = translate("translation_actions", "{pack} {period} texts to translate").format(
        pack=pack.name, period=period_label(period, current()))
    return stem.replace("/", "-") + ".xlsx"


def export_untranslated(window, path=None):
    """Ask for a file (``path`` answers for tests) and write the period's untranslated texts
    there in the background; returns the job, or None when nothing was written."""
    pack, period = window.pack, window.period
    count = len(missing_welsh(pack, period))
    if not count:
        text = translate("translation_actions",
                         "Every text of the {period} papers has its Welsh: there is nothing "
                         "to translate.").format(period=period_label(period, current()))
        window.say(text)
        if path is None:
            QMessageBox.information(
                window, translate("translation_actions", "Nothing to translate — Craffu"), text)
        return None
    if path is None:
        path = ask_path(window,
                        translate("translation_actions", "Export texts for Welsh translation"),
                        translate("translation_actions", "Excel workbooks (*.xlsx)"), save=True,
                        start=translation_file_name(pack, period))
        if path is None:
            return None
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")

    def write(target, progress):
        # Lazy: openpyxl (a heavy library) is loaded when a workbook is first written.
        from exporters.translation_workbook import write_translation

        progress.check()
        write_translation(pack, period, target)

    window.last_job = export_job(
        window, translate("translation_actions", "Exporting the texts to translate"), path,
        write, window.say)
    return window.last_job


def import_translation(window, path=None):
    """Ask for the translator's workbook (``path`` answers for tests) and import it with the
    preview; returns the job."""
    if path is None:
        path = ask_path(window, translate("translation_actions", "Import Welsh translation"),
                        translate("translation_actions", "Excel workbooks (*.xlsx)"),
                        save=False)
        if path is None:
            return None
    window.last_job = start_import(window, window.pack, window.undo_stack, path,
                                   done=window.say)
    return window.last_job
