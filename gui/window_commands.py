"""What each action does in the main window, and which editor each navigator item opens.

Rules:
- ``default_handler(action_id)`` returns a function of the window; the window may replace any
  of them (``MainWindow.set_handler``). Papers (preview, print, PDF exports) are
  ``gui.paper_actions``; the Excel return and template are ``gui.excel_actions``.
- The "Dashboard" page is ``gui.dashboard.DashboardPage`` for the window's pack and period.
- Editors are made the first time their page is chosen (start-up stays quick) and follow the
  window's period from then on.
- Mark period final and Reopen period are commands like any other: recorded in the pack's
  history (audit log) with who and when, and undoable.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from gui.actions import ActionId
from model import records as r
from model.commands import put
from model.validation import ValidationError

__all__ = ["default_handler", "make_editor", "set_period_final"]


def make_editor(page: str, window):
    from gui.editors.commentary import CommentaryEditor
    from gui.editors.commitments import CommitmentsEditor
    from gui.editors.indicators import IndicatorsEditor
    from gui.editors.matrix import MatrixEditor
    from gui.editors.sections import KeyAreasEditor, NarrativesEditor
    from gui.editors.settings import cover_report_form, settings_form
    from gui.editors.targets import TargetsEditor

    pack, stack, period = window.pack, window.undo_stack, window.period
    if page == "dashboard":
        from gui.dashboard import DashboardPage

        dashboard = DashboardPage(pack)
        dashboard.setAccessibleName("Dashboard")
        dashboard.set_period(period)
        return dashboard
    if page == "indicators":
        return IndicatorsEditor(pack, stack)
    if page == "targets":
        return TargetsEditor(pack, stack, period)
    if page == "commentary":
        editor = CommentaryEditor(pack, stack, period, window.preferences.commentary_limit)
        code = window.current_code()
        if code:
            editor.show_indicator(code)
        return editor
    if page == "commitments":
        return CommitmentsEditor(pack, stack, period)
    if page == "breakdowns":
        return MatrixEditor(pack, stack, "breakdown", period)
    if page == "snapshots":
        return MatrixEditor(pack, stack, "snapshot", period)
    if page == "narratives":
        return NarrativesEditor(pack, stack, period)
    if page == "key_areas":
        return KeyAreasEditor(pack, stack, period)
    if page == "cover":
        return cover_report_form(pack, stack)
    if page == "settings":
        return settings_form(pack, stack)
    raise KeyError(f"no editor for page {page!r}")


def set_period_final(window, final: bool) -> bool:
    period = window.period
    label = f"{'Mark' if final else 'Reopen'} {period.label}{' final' if final else ''}"
    try:
        window.undo_stack.apply(put(label, r.PeriodState(period=period, final=final)))
    except (ValidationError, ValueError) as exc:
        window.say(f"Refused: {exc}")
        return False
    window.say(f"{period.label} is {'final: its figures are read-only' if final else 'open'}")
    return True


def _open(window, path: Path | None = None) -> None:
    from gui.app import ask_open_read_only, open_pack, opening_period, show_open_error
    from gui.file_actions import PACK_FILTER, ask_path

    path = path or ask_path(window, "Open pack", PACK_FILTER, save=False)
    if path is None:
        return
    pack = open_pack(path, ask_read_only=lambda exc: ask_open_read_only(exc, window),
                     report_error=lambda title, text: show_open_error(title, text, window))
    if pack is not None:
        window.set_pack(pack, opening_period(pack), owns_pack=True)


def _new(window) -> None:
    from gui.app import opening_period
    from gui.file_actions import PACK_FILTER, ask_path
    from model.pack import Pack
    from model.store import PackFileError

    path = ask_path(window, "New pack", PACK_FILTER, save=True)
    if path is None:
        return
    if path.suffix != ".craffu":
        path = path.with_suffix(".craffu")
    try:
        pack = Pack.create(path)
    except (PackFileError, OSError) as exc:
        QMessageBox.warning(window, "New pack — Craffu", f"Cannot create {path.name}: {exc}")
        return
    window.set_pack(pack, opening_period(pack), owns_pack=True)


def _save_copy(window) -> None:
    from gui.file_actions import PACK_FILTER, ask_path, save_copy

    path = ask_path(window, "Save a copy", PACK_FILTER, save=True)
    if path is None:
        return
    try:
        save_copy(window.pack, path)
    except (OSError, ValueError) as exc:
        QMessageBox.warning(window, "Save a copy — Craffu", f"No copy was saved: {exc}")
        return
    window.say(f"Saved a copy as {path}; you are still working on {window.pack.path.name}")


def _import(window) -> None:
    from gui.file_actions import ask_path
    from gui.import_dialog import start_import

    path = ask_path(window, "Import",
                    "Workbooks and templates (*.xlsx);;CSV files (*.csv)", save=False)
    if path is not None:
        window.last_job = start_import(window, window.pack, window.undo_stack, path,
                                       done=window.say)


def _export_interchange(window) -> None:
    from gui.file_actions import ask_path, export_interchange

    path = ask_path(window, "Export pack", "Workbooks (*.xlsx)", save=True,
                    start=f"{window.pack.name}.xlsx")
    if path is not None:
        export_interchange(window, window.pack, path.with_suffix(".xlsx"), window.say)


def _export_csv(window) -> None:
    from gui.file_actions import ask_path, export_scorecard_csv

    path = ask_path(window, "Export scorecard", "CSV files (*.csv)", save=True,
                    start=f"{window.pack.name} {window.period.label}.csv")
    if path is not None:
        export_scorecard_csv(window, window.pack, window.period, path.with_suffix(".csv"),
                             window.say)


def _preferences(window) -> None:
    from gui.preferences import PreferencesDialog

    dialog = PreferencesDialog(window.preferences, window)
    if dialog.exec():
        window.preferences = dialog.preferences()
        window.preferences.save()
        commentary = window.editors.get("commentary")
        if commentary is not None:
            commentary.limit = window.preferences.commentary_limit
            commentary.set_period(window.period)
        window.run_checks()


def _find(window) -> None:
    window.navigator.choose("scorecard")
    window.show_page("scorecard")
    window.scorecard_page.find.setFocus()
    window.scorecard_page.find.selectAll()


def _copy(window) -> None:
    if window.pages.currentWidget() is window.scorecard_page:
        window.scorecard_view.copy_selection()
    else:
        focus = QApplication.focusWidget()
        if hasattr(focus, "copy"):
            focus.copy()


def _paste(window) -> None:
    if window.pages.currentWidget() is window.scorecard_page:
        window.scorecard_view.paste()
    else:
        focus = QApplication.focusWidget()
        if hasattr(focus, "paste"):
            focus.paste()


def _paper(name: str):
    def handler(window):
        from gui import paper_actions

        return getattr(paper_actions, name)(window)

    return handler


def _excel(name: str):
    def handler(window):
        from gui import excel_actions

        return getattr(excel_actions, name)(window)

    return handler


def _checks(window) -> None:
    window.run_checks()
    window.checks_dock.show()
    window.checks_dock.raise_()
    window.checks_view.setFocus()


HANDLERS = {
    ActionId.NEW: _new,
    ActionId.OPEN: _open,
    ActionId.SAVE_COPY: _save_copy,
    ActionId.IMPORT: _import,
    ActionId.EXPORT_INTERCHANGE: _export_interchange,
    ActionId.EXPORT_SCORECARD_CSV: _export_csv,
    ActionId.EXPORT_RETURN: _excel("export_return"),
    ActionId.EXPORT_TEMPLATE: _excel("export_template"),
    ActionId.PREVIEW_SCORECARD: _paper("preview_scorecard"),
    ActionId.PREVIEW_PACK: _paper("preview_pack"),
    ActionId.EXPORT_SCORECARD_PDF: _paper("export_scorecard_pdf"),
    ActionId.EXPORT_PACK_PDF: _paper("export_pack_pdf"),
    ActionId.PRINT: _paper("print_scorecard"),
    ActionId.QUIT: lambda w: w.close(),
    ActionId.UNDO: lambda w: w.undo_stack.undo(),
    ActionId.REDO: lambda w: w.undo_stack.redo(),
    ActionId.COPY: _copy,
    ActionId.PASTE: _paste,
    ActionId.FIND: _find,
    ActionId.PREFERENCES: _preferences,
    ActionId.PREVIOUS_PERIOD: lambda w: w.set_period(w.period.previous()),
    ActionId.NEXT_PERIOD: lambda w: w.set_period(w.period.next()),
    ActionId.MARK_FINAL: lambda w: set_period_final(w, True),
    ActionId.REOPEN: lambda w: set_period_final(w, False),
    ActionId.CHECKS: _checks,
}


def default_handler(action_id):
    return HANDLERS.get(action_id)
