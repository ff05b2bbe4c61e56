"""The indicator definitions editor: every field of domain.md, one indicator per row.

Rules:
- Unit, polarity, aggregation, comparison and tolerance type are drop-downs of the domain words
  (comparison and tolerance type may be blank: the report settings' default applies).
- The code is fixed once made (values, targets and commentary are filed under it).
- Add asks for a new code; Duplicate copies the current indicator's definition (not its figures)
  under a new code; Delete asks first, then deletes the indicator with its values, targets,
  commentary and forecast overrides as one undoable step (refused, with the reason, while a key
  area or breakdown names it). Move up / Move down reorder within the indicator's group. The
  commands and their rules are ``model.edits.indicators``.
- Groups… opens the groups editor (``gui.editors.groups``): group names in English and Welsh
  and the order of the groups.
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QWidget

from gui.editors.asking import confirm_delete
from gui.editors.groups import GroupsDialog
from gui.editors.record_table import FieldColumn, RecordTableModel, field_column
from gui.editors.table_editor import TableEditor
from gui.language import translate
from model import records as r
from model.edits.budget import indicator_formula
from model.edits.errors import EditError
from model.edits.indicators import (
    add_indicator,
    delete_indicator,
    duplicate_indicator,
    move_indicator,
)
from model.store import PackFileError
from model.validation import ValidationError

__all__ = ["IndicatorsEditor", "indicator_columns"]


def indicator_columns():
    def col(header, kind, field, **options):
        return field_column(header, kind, "indicator", field, **options)

    return [
        col(translate("editors.indicators", "Code"), "text", "code", editable=False),
        col(translate("editors.indicators", "Title"), "text", "title"),
        col(translate("editors.indicators", "Title (Welsh)"), "text", "title_cy"),
        col(translate("editors.indicators", "Group"), "text", "group"),
        col(translate("editors.indicators", "Unit"), "choice", "unit", choices=r.UNITS,
            optional=False),
        col(translate("editors.indicators", "Polarity"), "choice", "polarity",
            choices=r.POLARITIES, optional=False,
            tip=translate("editors.indicators",
                          "higher or lower is better; none: a demand measure without RAG")),
        col(translate("editors.indicators", "Aggregation"), "choice", "aggregation",
            choices=r.AGGREGATIONS, optional=False,
            tip=translate("editors.indicators", "how quarters make the year to date")),
        col(translate("editors.indicators", "Decimals"), "int", "decimals",
            tip=translate("editors.indicators", "blank: the unit's default")),
        col(translate("editors.indicators", "Tolerance"), "decimal", "tolerance",
            tip=translate("editors.indicators", "blank: the pack's default (10%)")),
        col(translate("editors.indicators", "Tolerance type"), "choice", "tolerance_type",
            choices=r.TOLERANCE_TYPES),
        col(translate("editors.indicators", "Sustain band %"), "decimal", "sustain_band"),
        col(translate("editors.indicators", "Compare with"), "choice", "compare_with",
            choices=r.COMPARISONS,
            tip=translate("editors.indicators", "year: same quarter last year (default); "
                                                "quarter: the quarter before")),
        FieldColumn(translate("editors.indicators", "Formula"), "text",
                    lambda pack, key: pack.indicator(key[0]).formula
                    if pack.indicator(key[0]) else None,
                    lambda pack, key, value: indicator_formula(pack, key[0], value),
                    field="formula",
                    tip=translate("editors.indicators",
                                  "a calculated indicator: other indicators' codes with + - * / "
                                  "and brackets, e.g. PEO.01 - PEO.02; blank: figures are "
                                  "entered")),
        col(translate("editors.indicators", "Owner"), "text", "owner"),
        col(translate("editors.indicators", "Source"), "text", "source"),
        col(translate("editors.indicators", "Definition"), "text", "definition"),
        col(translate("editors.indicators", "Definition (Welsh)"), "text", "definition_cy"),
    ]


class IndicatorsEditor(TableEditor):
    rows_are_indicators = True

    def __init__(self, pack, stack, parent: QWidget | None = None):
        model = RecordTableModel(pack, stack, indicator_columns(),
                                 lambda p: [(ind.code,) for ind in p.indicators()],
                                 {"indicator", "group"})
        super().__init__(translate("editors.indicators", "Indicator definitions"), model,
                         parent)
        self.stack = stack
        self.add_button(translate("editors.indicators", "&Add…"),
                        translate("editors.indicators", "Add a new indicator"), self.add)
        self.add_button(translate("editors.indicators", "D&uplicate…"),
                        translate("editors.indicators",
                                  "Copy this indicator's definition under a new code"),
                        self.duplicate)
        self.add_button(translate("editors.indicators", "&Delete…"),
                        translate("editors.indicators", "Delete this indicator and its figures"),
                        self.delete)
        self.add_button(translate("editors.indicators", "Move &up"),
                        translate("editors.indicators", "Earlier in its group"),
                        lambda: self.move(-1))
        self.add_button(translate("editors.indicators", "Move do&wn"),
                        translate("editors.indicators", "Later in its group"),
                        lambda: self.move(1))
        self.add_button(translate("editors.indicators", "&Groups…"),
                        translate("editors.indicators",
                                  "Rename groups, give their Welsh names and order them"),
                        self.edit_groups)
        self.groups_dialog = None
        # titles and definitions without Welsh (commentary has its own page)
        self.add_welsh_filter(lambda gap: gap.key if gap.kind == "indicator" else None)

    def edit_groups(self):
        """Open the groups editor in its own window (not modal); returns it."""
        if self.groups_dialog is None:
            self.groups_dialog = GroupsDialog(self.model.pack, self.stack, self)
            self.groups_dialog.editor.messageShown.connect(self.messageShown)
        self.groups_dialog.show()
        self.groups_dialog.raise_()
        return self.groups_dialog

    def detach(self) -> None:
        super().detach()
        if self.groups_dialog is not None:
            self.groups_dialog.editor.detach()

    def _ask_code(self, title: str) -> str | None:
        """The code typed in a dialog titled ``title`` (None: cancelled or blank)."""
        code, ok = QInputDialog.getText(
            self,
            title,
            translate("editors.indicators", "Code of the new indicator:"),
        )
        return code.strip() if ok and code.strip() else None

    def _apply(self, command) -> bool:
        try:
            self.stack.apply(command)
        except ValidationError as exc:
            self.refuse("; ".join(str(p) for p in exc.problems))
            return False
        except PackFileError as exc:
            self.refuse(str(exc))
            return False
        return True

    def add_indicator(self, code: str, template: r.Indicator | None = None) -> bool:
        """Add indicator ``code`` (a copy of ``template``'s definition when given) last in the
        group of the indicator chosen, and choose it."""
        pack = self.model.pack
        current = self.current_key()
        try:
            if template is not None:
                command = duplicate_indicator(pack, template.code, code)
            else:
                group = pack.indicator(current[0]).group if current else ""
                command = add_indicator(pack, code, group)
        except EditError as exc:
            self.refuse(str(exc))
            return False
        if self._apply(command):
            self.select_key((code.strip(),))
            self.say(translate("editors.indicators", "Added {code}").format(code=code.strip()))
            return True
        return False

    def add(self) -> None:
        code = self._ask_code(translate("editors.indicators", "Add indicator — Craffu"))
        if code:
            self.add_indicator(code)

    def duplicate(self) -> None:
        key = self.current_key()
        if key is None:
            self.refuse(translate("editors.indicators", "choose the indicator to duplicate first"))
            return
        code = self._ask_code(translate("editors.indicators",
                                        "Duplicate {code} — Craffu").format(code=key[0]))
        if code:
            self.add_indicator(code, self.model.pack.indicator(key[0]))

    def delete(self, confirm=None) -> bool:
        key = self.current_key()
        if key is None:
            self.refuse(translate("editors.indicators", "choose the indicator to delete first"))
            return False
        pack = self.model.pack
        command = delete_indicator(pack, key[0])
        records = len(command) - 1  # besides the indicator (as model.edits.indicators says)
        question = (translate("editors.indicators",
                              "Delete {code} “{title}” and its {count} figure, target or "
                              "commentary record?") if records == 1
                    else translate("editors.indicators",
                                   "Delete {code} “{title}” and its {count} figures, targets "
                                   "and commentary records?")).format(
            code=key[0], title=pack.indicator(key[0]).title, count=records)
        if not confirm_delete(self, translate("editors.indicators", "indicator"), question,
                              confirm):
            return False
        if self._apply(command):
            self.say(
                translate("editors.indicators", "Deleted {key} (Undo brings it back)").format(
                    key=key[0]
                )
            )
            return True
        return False

    def move(self, step: int) -> None:
        key = self.current_key()
        if key is None:
            return
        column = self.table.currentIndex().column()
        command = move_indicator(self.model.pack, key[0], step)
        if command is None:
            self.say(
                (translate("editors.indicators", "{code} is already first in its group")
                 if step < 0 else translate("editors.indicators",
                                            "{code} is already last in its group")).format(
                    code=key[0])
            )
            return
        if self._apply(command):
            row = self.model.keys.index(key)
            self.table.setCurrentIndex(self.model.index(row, column))
