"""What each action does in the main window.

Rules:
- ``default_handler(action_id)`` returns a function of the window; the window may replace any
  of them (``MainWindow.set_handler``). Papers (preview, print, PDF exports) are
  ``gui.paper_actions``; the Excel return and template are ``gui.excel_actions``.
- Mark period final and Reopen period are commands like any other
  (``model.edits.periods``, asked about in ``gui.period_final``): recorded in the pack's
  history (audit log) with who and when, and undoable. File ▸ Publish… is
  ``gui.publish_dialog``.
- Copy and Paste act on the scorecard grid when it is shown, else on the focused table or text
  box.
- Go ▸ a page shows it and puts the keyboard in it; Go ▸ The navigator (F6) puts it in the
  navigator. View ▸ Zoom changes the text size of the grids (remembered on this computer);
  View ▸ Group order undoes a sort by a column.
- Import a CSV folder asks for the folder and imports its interchange files together (an
  indicator defined in Indicators.csv may have its values in Values.csv beside it), with the
  same preview as a workbook.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
)

from gui import excel_actions, paper_actions
from gui.actions import PAGE_OF_ACTION, ActionId
from gui.editors.table_block import BlockTableView
from gui.file_actions import (
    PACK_FILTER,
    ask_folder,
    ask_path,
    export_interchange,
    export_scorecard_csv,
    save_copy,
)
from gui.import_dialog import start_import
from gui.language import current, translate
from gui.opening import ask_open_read_only, open_pack, opening_period, show_open_error
from gui.period_final import set_period_final
from gui.preferences import PreferencesDialog
from gui.publish_dialog import publish_from_window
from model.pack import Pack
from model.store import PackFileError

__all__ = ["default_handler", "set_period_final", "open_pack_file", "go_to_page", "HANDLERS"]


def open_pack_file(window, path: Path | None = None) -> None:
    """Open ``path`` (default: ask for it) in ``window``, which then owns it."""
    path = path or ask_path(window, translate("window_commands", "Open pack"),
                            translate("file_actions", PACK_FILTER), save=False)
    if path is None:
        return
    pack = open_pack(path, ask_read_only=lambda exc: ask_open_read_only(exc, window),
                     report_error=lambda title, text: show_open_error(title, text, window))
    if pack is not None:
        window.set_pack(pack, opening_period(pack), owns_pack=True)


def _new(window) -> None:
    path = ask_path(window, translate("window_commands", "New pack"),
                    translate("file_actions", PACK_FILTER), save=True)
    if path is None:
        return
    if path.suffix != ".craffu":
        path = path.with_suffix(".craffu")
    try:
        pack = Pack.create(path)
    except (PackFileError, OSError) as exc:
        QMessageBox.warning(
            window,
            translate("window_commands", "New pack — Craffu"),
            translate("window_commands", "Cannot create {name}: {exc}").format(
                name=path.name, exc=exc
            ),
        )
        return
    window.set_pack(pack, opening_period(pack), owns_pack=True)


def _save_copy(window) -> None:
    path = ask_path(window, translate("window_commands", "Save a copy"),
                    translate("file_actions", PACK_FILTER), save=True)
    if path is None:
        return
    try:
        save_copy(window.pack, path)
    except (OSError, ValueError) as exc:
        QMessageBox.warning(
            window,
            translate("window_commands", "Save a copy — Craffu"),
            translate("window_commands", "No copy was saved: {exc}").format(exc=exc),
        )
        return
    window.say(
        translate(
            "window_commands", "Saved a copy as {path}; you are still working on {name}"
        ).format(path=path, name=window.pack.path.name)
    )


def _import(window) -> None:
    path = ask_path(window, translate("window_commands", "Import"),
                    translate("window_commands",
                              "Workbooks and templates (*.xlsx);;CSV files (*.csv)"), save=False)
    if path is not None:
        window.last_job = start_import(window, window.pack, window.undo_stack, path,
                                       done=window.say)


def _import_folder(window) -> None:
    folder = ask_folder(window, translate("window_commands", "Import a folder of CSV files"))
    if folder is not None:
        window.last_job = start_import(window, window.pack, window.undo_stack, folder,
                                       done=window.say)


def go_to_page(window, page: str) -> None:
    """Show navigator page ``page`` and put the keyboard in it."""
    window.navigator.choose(page)
    widget = window.show_page(page)
    target = window.scorecard_view if page == "scorecard" else widget
    if hasattr(widget, "focus_first"):
        widget.focus_first()
    else:
        target.setFocus()


def _go_navigator(window) -> None:
    window.navigator_dock.show()
    window.navigator_dock.raise_()
    window.navigator.setFocus()


def _export_interchange(window) -> None:
    path = ask_path(window, translate("window_commands", "Export pack"),
                    translate("window_commands", "Workbooks (*.xlsx)"), save=True,
                    start=f"{window.pack.name}.xlsx")
    if path is not None:
        export_interchange(window, window.pack, path.with_suffix(".xlsx"), window.say)


def _export_csv(window) -> None:
    path = ask_path(window, translate("window_commands", "Export scorecard"),
                    translate("window_commands", "CSV files (*.csv)"), save=True,
                    start=f"{window.pack.name} {window.period.label}.csv")
    if path is not None:
        export_scorecard_csv(window, window.pack, window.period, path.with_suffix(".csv"),
                             window.say)


def set_window_language(window, language: str) -> None:
    """Switch the window to ``language`` now, in place (``MainWindow.retranslate``): nothing
    typed, no undo step and not the place are lost."""
    from gui.language import install

    install(language)
    window.retranslate()
    window.say(translate("window_commands", "The window is in English now")
               if language == "en" else translate("window_commands",
                                                  "The window is in Welsh now"))


def _preferences(window) -> None:
    dialog = PreferencesDialog(window.preferences, window)
    if dialog.exec():
        window.preferences = dialog.preferences()
        window.preferences.save()
        if window.preferences.language != current():
            set_window_language(window, window.preferences.language)
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


#: The focused widgets that copy and paste themselves (tables of the editors, text boxes).
_CLIPBOARD_WIDGETS = (BlockTableView, QLineEdit, QPlainTextEdit, QTextEdit)


def _copy(window) -> None:
    if window.pages.currentWidget() is window.scorecard_page:
        window.scorecard_view.copy_selection()
        return
    focus = QApplication.focusWidget()
    if isinstance(focus, _CLIPBOARD_WIDGETS):
        focus.copy()


def _paste(window) -> None:
    if window.pages.currentWidget() is window.scorecard_page:
        window.scorecard_view.paste()
        return
    focus = QApplication.focusWidget()
    if isinstance(focus, _CLIPBOARD_WIDGETS):
        focus.paste()


def _checks(window) -> None:
    window.run_checks()
    window.checks_dock.show()
    window.checks_dock.raise_()
    window.checks_view.setFocus()


def _translation():
    from gui import translation_actions

    return translation_actions


def _open_server(window) -> None:
    from gui.server_pack import open_server_pack

    open_server_pack(window)


HANDLERS = {
    ActionId.NEW: _new,
    ActionId.OPEN: open_pack_file,
    ActionId.OPEN_SERVER: _open_server,
    ActionId.SAVE_COPY: _save_copy,
    ActionId.IMPORT: _import,
    ActionId.EXPORT_INTERCHANGE: _export_interchange,
    ActionId.EXPORT_SCORECARD_CSV: _export_csv,
    ActionId.EXPORT_RETURN: excel_actions.export_return,
    ActionId.EXPORT_TEMPLATE: excel_actions.export_template,
    ActionId.PREVIEW_SCORECARD: paper_actions.preview_scorecard,
    ActionId.PREVIEW_PACK: paper_actions.preview_pack,
    ActionId.EXPORT_SCORECARD_PDF: paper_actions.export_scorecard_pdf,
    ActionId.EXPORT_PACK_PDF: paper_actions.export_pack_pdf,
    ActionId.EXPORT_HTML: paper_actions.export_html_edition,
    ActionId.PRINT: paper_actions.print_scorecard,
    ActionId.PRINT_PACK: paper_actions.print_pack,
    ActionId.IMPORT_FOLDER: _import_folder,
    ActionId.EXPORT_TRANSLATION: lambda w: _translation().export_untranslated(w),
    ActionId.IMPORT_TRANSLATION: lambda w: _translation().import_translation(w),
    ActionId.GO_NAVIGATOR: _go_navigator,
    ActionId.GROUP_ORDER: lambda w: w.workspace.group_order(),
    ActionId.ZOOM_IN: lambda w: w.workspace.zoom(+1),
    ActionId.ZOOM_OUT: lambda w: w.workspace.zoom(-1),
    ActionId.ZOOM_RESET: lambda w: w.workspace.zoom(0),
    ActionId.HELP_GUIDE: lambda w: _help().show_guide(w),
    ActionId.HELP_SHORTCUTS: lambda w: _help().show_shortcuts(w),
    ActionId.HELP_ABOUT: lambda w: _help().show_about(w),
    **{action_id: (lambda w, p=page: go_to_page(w, p))
       for action_id, page in PAGE_OF_ACTION.items()},
    ActionId.PUBLISH: lambda w: publish_from_window(w),
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


def _help():
    from gui import help_window  # lazy: the guide is read when first asked for

    return help_window


def default_handler(action_id):
    return HANDLERS.get(action_id)
