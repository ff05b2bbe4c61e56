"""The table of the editor's actions (``gui.actions`` builds them): each action's id, menu,
text, tip, standard shortcut and when it is enabled, in menu order.

The menus' titles and the actions' texts and tips are English, marked for translation in the
context ``actions`` (``QT_TRANSLATE_NOOP``); ``gui.actions`` shows them in the window's
language. See ``gui.actions`` for the rules.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence

__all__ = ["ActionId", "ActionSpec", "ActionState", "ACTIONS", "MENUS", "PAGE_ACTIONS",
           "PAGE_OF_ACTION", "PAGE_TIP"]

class ActionId(StrEnum):
    NEW = "file.new"
    OPEN = "file.open"
    OPEN_RECENT = "file.open_recent"
    OPEN_SERVER = "file.open_server"
    SAVE_COPY = "file.save_copy"
    IMPORT = "file.import"
    EXPORT_INTERCHANGE = "file.export_interchange"
    EXPORT_SCORECARD_CSV = "file.export_scorecard_csv"
    EXPORT_RETURN = "file.export_return"
    EXPORT_TEMPLATE = "file.export_template"
    PREVIEW_SCORECARD = "file.preview_scorecard"
    PREVIEW_PACK = "file.preview_pack"
    EXPORT_SCORECARD_PDF = "file.export_scorecard_pdf"
    EXPORT_PACK_PDF = "file.export_pack_pdf"
    EXPORT_HTML = "file.export_html"
    PRINT = "file.print"
    PUBLISH = "file.publish"
    QUIT = "file.quit"
    UNDO = "edit.undo"
    REDO = "edit.redo"
    COPY = "edit.copy"
    PASTE = "edit.paste"
    FIND = "edit.find"
    PREFERENCES = "edit.preferences"
    PREVIOUS_PERIOD = "period.previous"
    NEXT_PERIOD = "period.next"
    MARK_FINAL = "period.mark_final"
    REOPEN = "period.reopen"
    CHECKS = "view.checks"
    GROUP_ORDER = "view.group_order"
    ZOOM_IN = "view.zoom_in"
    ZOOM_OUT = "view.zoom_out"
    ZOOM_RESET = "view.zoom_reset"
    GO_NAVIGATOR = "go.navigator"
    GO_SCORECARD = "go.scorecard"
    GO_DASHBOARD = "go.dashboard"
    GO_INDICATORS = "go.indicators"
    GO_TARGETS = "go.targets"
    GO_COMMENTARY = "go.commentary"
    GO_COMMITMENTS = "go.commitments"
    GO_BUDGET = "go.budget"
    GO_BREAKDOWNS = "go.breakdowns"
    GO_SNAPSHOTS = "go.snapshots"
    GO_NARRATIVES = "go.narratives"
    GO_KEY_AREAS = "go.key_areas"
    GO_COVER = "go.cover"
    GO_SETTINGS = "go.settings"
    IMPORT_FOLDER = "file.import_folder"
    EXPORT_TRANSLATION = "file.export_translation"
    IMPORT_TRANSLATION = "file.import_translation"
    PRINT_PACK = "file.print_pack"
    HELP_GUIDE = "help.guide"
    HELP_SHORTCUTS = "help.shortcuts"
    HELP_ABOUT = "help.about"


@dataclass(frozen=True)
class ActionState:
    """What enablement depends on."""

    has_pack: bool = False
    writable: bool = False
    final: bool = False
    can_undo: bool = False
    can_redo: bool = False


@dataclass(frozen=True)
class ActionSpec:
    id: ActionId
    menu: str
    text: str
    tip: str
    shortcut: QKeySequence.StandardKey | str | None = None
    enabled: Callable[[ActionState], bool] = lambda state: True
    separator_before: bool = False


def _pack(s: ActionState) -> bool:
    return s.has_pack


def _writable(s: ActionState) -> bool:
    return s.has_pack and s.writable


K = QKeySequence.StandardKey
MENUS = (QT_TRANSLATE_NOOP("actions", "&File"), QT_TRANSLATE_NOOP("actions", "&Edit"),
         QT_TRANSLATE_NOOP("actions", "&Period"), QT_TRANSLATE_NOOP("actions", "&View"),
         QT_TRANSLATE_NOOP("actions", "&Go"), QT_TRANSLATE_NOOP("actions", "&Help"))
FILE, EDIT, PERIOD, VIEW, GO, HELP = MENUS

#: The tip of each Go ▸ page action (``{page}``: the page's name).
PAGE_TIP = QT_TRANSLATE_NOOP("actions", "Show the {page} page")

#: The navigator's pages in its order, with their words and shortcuts (the Go menu).
PAGE_ACTIONS = (
    (ActionId.GO_SCORECARD, "scorecard", QT_TRANSLATE_NOOP("actions", "&Scorecard"), "Ctrl+1"),
    (ActionId.GO_DASHBOARD, "dashboard", QT_TRANSLATE_NOOP("actions", "&Dashboard"), "Ctrl+2"),
    (
        ActionId.GO_INDICATORS, "indicators",
        QT_TRANSLATE_NOOP("actions", "&Indicator definitions"), "Ctrl+3",
    ),
    (ActionId.GO_TARGETS, "targets", QT_TRANSLATE_NOOP("actions", "&Targets"), "Ctrl+4"),
    (ActionId.GO_COMMENTARY, "commentary", QT_TRANSLATE_NOOP("actions", "&Commentary"), "Ctrl+5"),
    (
        ActionId.GO_COMMITMENTS, "commitments", QT_TRANSLATE_NOOP("actions", "Co&mmitments"),
        "Ctrl+6",
    ),
    (ActionId.GO_BUDGET, "budget", QT_TRANSLATE_NOOP("actions", "B&udget update"), "Ctrl+Alt+B"),
    (ActionId.GO_BREAKDOWNS, "breakdowns", QT_TRANSLATE_NOOP("actions", "&Breakdowns"), "Ctrl+7"),
    (ActionId.GO_SNAPSHOTS, "snapshots", QT_TRANSLATE_NOOP("actions", "S&napshots"), "Ctrl+8"),
    (ActionId.GO_NARRATIVES, "narratives", QT_TRANSLATE_NOOP("actions", "N&arratives"), "Ctrl+9"),
    (ActionId.GO_KEY_AREAS, "key_areas", QT_TRANSLATE_NOOP("actions", "&Key areas"), "Ctrl+0"),
    (ActionId.GO_COVER, "cover", QT_TRANSLATE_NOOP("actions", "Cover &report"), "Ctrl+Alt+R"),
    (ActionId.GO_SETTINGS, "settings", QT_TRANSLATE_NOOP("actions", "Se&ttings"), "Ctrl+Alt+S"),
)
#: Action id -> navigator page.
PAGE_OF_ACTION = {action_id: page for action_id, page, _text, _key in PAGE_ACTIONS}

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        ActionId.NEW, FILE, QT_TRANSLATE_NOOP("actions", "&New pack…"),
        QT_TRANSLATE_NOOP("actions", "Create an empty pack file"), K.New,
    ),
    ActionSpec(
        ActionId.OPEN, FILE, QT_TRANSLATE_NOOP("actions", "&Open pack…"),
        QT_TRANSLATE_NOOP("actions", "Open a pack file"), K.Open,
    ),
    ActionSpec(
        ActionId.OPEN_RECENT, FILE, QT_TRANSLATE_NOOP("actions", "Open &recent"),
        QT_TRANSLATE_NOOP("actions", "Packs opened lately"),
    ),
    ActionSpec(
        ActionId.OPEN_SERVER, FILE, QT_TRANSLATE_NOOP("actions", "Open ser&ver pack…"),
        QT_TRANSLATE_NOOP(
            "actions", "Open a pack on the council's PostgreSQL server, shared by the team"
        ),
    ),
    ActionSpec(
        ActionId.SAVE_COPY, FILE, QT_TRANSLATE_NOOP("actions", "Save a &copy as…"),
        QT_TRANSLATE_NOOP(
            "actions",
            "Every change is already saved; this writes a copy of the pack to another file",
        ),
        K.SaveAs, _pack,
    ),
    ActionSpec(
        ActionId.IMPORT, FILE,
        QT_TRANSLATE_NOOP("actions", "&Import workbook, template or CSV…"),
        QT_TRANSLATE_NOOP(
            "actions",
            "Import the interchange format or a filled data-collection template, with a "
            "preview of the changes",
        ),
        "Ctrl+I", _writable, separator_before=True,
    ),
    ActionSpec(
        ActionId.IMPORT_FOLDER, FILE, QT_TRANSLATE_NOOP("actions", "Import a CSV &folder…"),
        QT_TRANSLATE_NOOP(
            "actions",
            "Import a folder of interchange CSV files (Indicators.csv, Values.csv …) "
            "together, with a preview of the changes",
        ),
        "Ctrl+Shift+I", _writable,
    ),
    ActionSpec(
        ActionId.EXPORT_INTERCHANGE, FILE,
        QT_TRANSLATE_NOOP("actions", "&Export pack as workbook…"),
        QT_TRANSLATE_NOOP("actions", "Write the whole pack in the interchange format (.xlsx)"),
        "Ctrl+E", _pack,
    ),
    ActionSpec(
        ActionId.EXPORT_SCORECARD_CSV, FILE,
        QT_TRANSLATE_NOOP("actions", "Export scorecard as CS&V…"),
        QT_TRANSLATE_NOOP("actions", "Write the period's scorecard as CSV"), None, _pack,
    ),
    ActionSpec(
        ActionId.EXPORT_RETURN, FILE, QT_TRANSLATE_NOOP("actions", "Export Excel re&turn…"),
        QT_TRANSLATE_NOOP(
            "actions",
            "Write the period's return as an Excel workbook: cover, scorecard with statuses, "
            "breakdowns, snapshots, commitments and five-year trends",
        ),
        None, _pack,
    ),
    ActionSpec(
        ActionId.EXPORT_TEMPLATE, FILE,
        QT_TRANSLATE_NOOP("actions", "Export data-collection te&mplate…"),
        QT_TRANSLATE_NOOP(
            "actions",
            "Write a workbook for a service to fill with the period's figures; import it "
            "back with Import",
        ),
        None, _pack,
    ),
    ActionSpec(
        ActionId.EXPORT_TRANSLATION, FILE,
        QT_TRANSLATE_NOOP("actions", "Export texts for Wel&sh translation…"),
        QT_TRANSLATE_NOOP(
            "actions",
            "Write the period's texts that have no Welsh to a workbook for a translator: "
            "each field, its English and a blank Welsh cell",
        ),
        None, _pack,
    ),
    ActionSpec(
        ActionId.IMPORT_TRANSLATION, FILE,
        QT_TRANSLATE_NOOP("actions", "Import Welsh trans&lation…"),
        QT_TRANSLATE_NOOP(
            "actions",
            "Import a translator's filled workbook, with a preview of every text's Welsh",
        ),
        None, _writable,
    ),
    ActionSpec(
        ActionId.PREVIEW_SCORECARD, FILE, QT_TRANSLATE_NOOP("actions", "Pre&view scorecard"),
        QT_TRANSLATE_NOOP("actions", "Show the period's scorecard PDF as it will print"), None,
        _pack, separator_before=True,
    ),
    ActionSpec(
        ActionId.PREVIEW_PACK, FILE, QT_TRANSLATE_NOOP("actions", "Previe&w committee pack"),
        QT_TRANSLATE_NOOP(
            "actions", "Show the full committee pack PDF (cover report and appendices)"
        ),
        None, _pack,
    ),
    ActionSpec(
        ActionId.EXPORT_SCORECARD_PDF, FILE,
        QT_TRANSLATE_NOOP("actions", "Export scorecard P&DF…"),
        QT_TRANSLATE_NOOP("actions", "Write the period's scorecard as a PDF (A4 landscape)"), None,
        _pack,
    ),
    ActionSpec(
        ActionId.EXPORT_PACK_PDF, FILE,
        QT_TRANSLATE_NOOP("actions", "Export committee pac&k PDF…"),
        QT_TRANSLATE_NOOP(
            "actions",
            "Write the full committee pack as a PDF: cover report, scorecard, dashboard, "
            "key areas, commitments, breakdowns and target rationale",
        ),
        None, _pack,
    ),
    ActionSpec(
        ActionId.EXPORT_HTML, FILE, QT_TRANSLATE_NOOP("actions", "Export &HTML edition…"),
        QT_TRANSLATE_NOOP(
            "actions",
            "Write the committee pack as one accessible web page (HTML) to publish "
            "online: headings, tables and charts a screen reader can read",
        ),
        None, _pack,
    ),
    ActionSpec(
        ActionId.PRINT, FILE, QT_TRANSLATE_NOOP("actions", "&Print scorecard…"),
        QT_TRANSLATE_NOOP("actions", "Preview the scorecard PDF and print those same pages"),
        K.Print, _pack,
    ),
    ActionSpec(
        ActionId.PRINT_PACK, FILE, QT_TRANSLATE_NOOP("actions", "Print committee p&ack…"),
        QT_TRANSLATE_NOOP(
            "actions",
            "Preview the committee pack PDF (cover report and appendices) and print those "
            "same pages",
        ),
        "Ctrl+Shift+P", _pack,
    ),
    ActionSpec(
        ActionId.PUBLISH, FILE, QT_TRANSLATE_NOOP("actions", "Pu&blish…"),
        QT_TRANSLATE_NOOP(
            "actions",
            "Make the period's published edition (papers, Excel return, CSV) once it is "
            "final and its checks report no errors; shows what changed since it was "
            "published",
        ),
        None, _pack, separator_before=True,
    ),
    ActionSpec(
        ActionId.QUIT, FILE, QT_TRANSLATE_NOOP("actions", "&Quit"),
        QT_TRANSLATE_NOOP("actions", "Close Craffu (every change is saved)"), K.Quit,
        separator_before=True,
    ),
    ActionSpec(
        ActionId.UNDO, EDIT, QT_TRANSLATE_NOOP("actions", "&Undo"),
        QT_TRANSLATE_NOOP("actions", "Undo the last change"), K.Undo,
        lambda s: _writable(s) and s.can_undo,
    ),
    ActionSpec(
        ActionId.REDO, EDIT, QT_TRANSLATE_NOOP("actions", "&Redo"),
        QT_TRANSLATE_NOOP("actions", "Redo the change last undone"), K.Redo,
        lambda s: _writable(s) and s.can_redo,
    ),
    ActionSpec(
        ActionId.COPY, EDIT, QT_TRANSLATE_NOOP("actions", "&Copy"),
        QT_TRANSLATE_NOOP("actions", "Copy the selected cells as tab-separated text"), K.Copy,
        _pack, separator_before=True,
    ),
    ActionSpec(
        ActionId.PASTE, EDIT, QT_TRANSLATE_NOOP("actions", "&Paste"),
        QT_TRANSLATE_NOOP(
            "actions", "Paste figures copied from Excel or LibreOffice at the current cell"
        ),
        K.Paste, _writable,
    ),
    ActionSpec(
        ActionId.FIND, EDIT, QT_TRANSLATE_NOOP("actions", "&Find…"),
        QT_TRANSLATE_NOOP("actions", "Filter the scorecard by text"), K.Find, _pack,
    ),
    ActionSpec(
        ActionId.PREFERENCES, EDIT, QT_TRANSLATE_NOOP("actions", "Pr&eferences…"),
        QT_TRANSLATE_NOOP("actions", "Settings of this computer"),
        K.Preferences if hasattr(K, "Preferences") else "Ctrl+,", separator_before=True,
    ),
    ActionSpec(
        ActionId.PREVIOUS_PERIOD, PERIOD, QT_TRANSLATE_NOOP("actions", "&Previous quarter"),
        QT_TRANSLATE_NOOP("actions", "Show the quarter before"), "Ctrl+PgUp", _pack,
    ),
    ActionSpec(
        ActionId.NEXT_PERIOD, PERIOD, QT_TRANSLATE_NOOP("actions", "&Next quarter"),
        QT_TRANSLATE_NOOP("actions", "Show the quarter after"), "Ctrl+PgDown", _pack,
    ),
    ActionSpec(
        ActionId.MARK_FINAL, PERIOD, QT_TRANSLATE_NOOP("actions", "&Mark period final"),
        QT_TRANSLATE_NOOP(
            "actions",
            "Make this period's figures and commentary read-only (recorded in the history)",
        ),
        None, lambda s: _writable(s) and not s.final, separator_before=True,
    ),
    ActionSpec(
        ActionId.REOPEN, PERIOD, QT_TRANSLATE_NOOP("actions", "&Reopen period"),
        QT_TRANSLATE_NOOP(
            "actions", "Allow changes to this period's figures again (recorded in the history)"
        ),
        None, lambda s: _writable(s) and s.final,
    ),
    ActionSpec(
        ActionId.CHECKS, VIEW, QT_TRANSLATE_NOOP("actions", "Run &checks"),
        QT_TRANSLATE_NOOP("actions", "Check the period before publishing"), "F5", _pack,
    ),
    ActionSpec(
        ActionId.GROUP_ORDER, VIEW, QT_TRANSLATE_NOOP("actions", "&Group order"),
        QT_TRANSLATE_NOOP(
            "actions",
            "Put the scorecard back in the papers' order, by group (after sorting by a column)",
        ),
        "Ctrl+Alt+G", _pack, separator_before=True,
    ),
    ActionSpec(
        ActionId.ZOOM_IN, VIEW, QT_TRANSLATE_NOOP("actions", "Zoom &in"),
        QT_TRANSLATE_NOOP("actions", "Larger text in the grids (remembered)"), "Ctrl+=", _pack,
    ),
    ActionSpec(
        ActionId.ZOOM_OUT, VIEW, QT_TRANSLATE_NOOP("actions", "Zoom &out"),
        QT_TRANSLATE_NOOP("actions", "Smaller text in the grids (remembered)"), "Ctrl+-", _pack,
    ),
    ActionSpec(
        ActionId.ZOOM_RESET, VIEW, QT_TRANSLATE_NOOP("actions", "&Actual size"),
        QT_TRANSLATE_NOOP("actions", "The grids' text at its usual size"), "Ctrl+Alt+0", _pack,
    ),
    ActionSpec(
        ActionId.GO_NAVIGATOR, GO, QT_TRANSLATE_NOOP("actions", "The na&vigator"),
        QT_TRANSLATE_NOOP("actions", "Move to the navigator (then the arrow keys choose a page)"),
        "F6", _pack,
    ),
    *(
        ActionSpec(
            action_id,
            GO,
            text,
            PAGE_TIP,
            key,
            _pack,
            separator_before=action_id == ActionId.GO_SCORECARD,
        )
        for action_id, _page, text, key in PAGE_ACTIONS
    ),
    ActionSpec(
        ActionId.HELP_GUIDE, HELP, QT_TRANSLATE_NOOP("actions", "&User guide"),
        QT_TRANSLATE_NOOP(
            "actions", "How to prepare a quarter's papers with Craffu (readable offline)"
        ),
        "F1",
    ),
    ActionSpec(
        ActionId.HELP_SHORTCUTS, HELP, QT_TRANSLATE_NOOP("actions", "&Keyboard shortcuts"),
        QT_TRANSLATE_NOOP("actions", "Every shortcut of the window"),
    ),
    ActionSpec(
        ActionId.HELP_ABOUT, HELP, QT_TRANSLATE_NOOP("actions", "&About Craffu"),
        QT_TRANSLATE_NOOP("actions", "Version, licences and where your data lives"),
        separator_before=True,
    ),
)
