"""The budget update editor: the period's budget lines (the dashboard's and the pack's budget
update, seed 000 para 11 e).

Rules:
- One row per line of the period shown: the line's name (typing a new name renames it), its
  Welsh name, the budget, the projected outturn, the variance (projected outturn − budget,
  worked out, never typed: positive is an overspend) and a note. Figures are pounds.
- Add asks for the line's name, budget and projected outturn; Delete removes the current line;
  Move up / down reorders the period's lines. Every change is one undo step
  (``model.edits.budget``); a period marked final refuses changes.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QInputDialog, QWidget

from gui.editors.record_table import FieldColumn, RecordTableModel
from gui.editors.table_editor import TableEditor
from gui.language import translate
from model.charts.plans import money_text
from model.edits.budget import (
    add_budget_line,
    budget_field,
    delete_budget_line,
    move_budget_line,
    rename_budget_line,
)
from model.edits.errors import EditError
from model.edits.typed import parse_field
from model.periods import Period
from model.store import PackFileError
from model.validation import ValidationError

__all__ = ["BudgetEditor"]


class BudgetEditor(TableEditor):
    def __init__(self, pack, stack, period: Period, parent: QWidget | None = None):
        self.period = period
        self.stack = stack

        def read(field):
            def reading(pack, key):
                record = pack.get("budget_line", key)
                return getattr(record, field) if record is not None else None
            return reading

        def write(field):
            def writing(pack, key, value):
                if field == "line":
                    return rename_budget_line(pack, key[0], key[1], value)
                return budget_field(pack, key[0], key[1], field, value)
            return writing

        def money(_pack, _key, value):
            return money_text(value)

        columns = [
            FieldColumn(translate("editors.budget", "Budget line"), "text", read("line"),
                        write("line"), optional=False),
            FieldColumn(translate("editors.budget", "Budget line (Welsh)"), "text",
                        read("line_cy"), write("line_cy")),
            FieldColumn(translate("editors.budget", "Budget £"), "decimal", read("budget"),
                        write("budget"), optional=False, show=money, field="budget"),
            FieldColumn(translate("editors.budget", "Projected outturn £"), "decimal",
                        read("projected_outturn"), write("projected_outturn"), optional=False,
                        show=money, field="projected_outturn"),
            FieldColumn(translate("editors.budget", "Variance £"), "decimal", read("variance"),
                        None, show=lambda p, k, v: money_text(v, signed=True),
                        tip=translate("editors.budget",
                                      "projected outturn − budget: positive is an overspend")),
            FieldColumn(translate("editors.budget", "Note"), "text", read("note"),
                        write("note")),
        ]
        model = RecordTableModel(
            pack, stack, columns,
            lambda p: [b.key for b in sorted((b for b in p.all("budget_line")
                                              if b.period == self.period),
                                             key=lambda b: (b.position, b.line))],
            {"budget_line", "period_state"})
        super().__init__(translate("editors.budget", "Budget update"), model, parent)
        self.add_button(translate("editors.budget", "&Add…"),
                        translate("editors.budget", "Add a budget line for the period"),
                        self.add)
        self.add_button(translate("editors.budget", "&Delete"),
                        translate("editors.budget", "Delete this budget line"), self.delete)
        self.add_button(translate("editors.budget", "Move &up"),
                        translate("editors.budget", "Earlier in the period"),
                        lambda: self.move(-1))
        self.add_button(translate("editors.budget", "Move do&wn"),
                        translate("editors.budget", "Later in the period"),
                        lambda: self.move(1))
        self.set_period(period)

    def set_period(self, period: Period) -> None:
        self.period = period
        self.heading.setText(
            translate("editors.budget", "<h2>Budget update — {label}</h2>").format(
                label=period.label
            )
        )
        self.model.reload()

    def _apply(self, make) -> bool:
        try:
            command = make()
            if command is not None:
                self.stack.apply(command)
        except (EditError, ValidationError, PackFileError) as exc:
            self.refuse(str(exc))
            return False
        return True

    def add_line(self, line: str, budget: Decimal, outturn: Decimal) -> bool:
        done = self._apply(lambda: add_budget_line(self.model.pack, self.period, line, budget,
                                                   outturn))
        if done:
            self.select_key((self.period, line.strip()))
        return done

    def add(self) -> None:
        line, ok = QInputDialog.getText(
            self,
            translate("editors.budget", "Add budget line — Craffu"),
            translate("editors.budget", "Budget line:"),
        )
        if not ok or not line.strip():
            return
        figures = []
        for what in (translate("editors.budget", "Budget (£):"),
                     translate("editors.budget", "Projected outturn (£):")):
            text, ok = QInputDialog.getText(
                self, translate("editors.budget", "Add budget line — Craffu"), what
            )
            if not ok:
                return
            try:
                figures.append(parse_field("decimal", text, optional=False))
            except EditError as exc:
                self.refuse(str(exc))
                return
        self.add_line(line, *figures)

    def delete(self) -> None:
        key = self.current_key()
        if key is not None:
            self._apply(lambda: delete_budget_line(self.model.pack, key[0], key[1]))

    def move(self, step: int) -> None:
        key = self.current_key()
        if key is not None and self._apply(
                lambda: move_budget_line(self.model.pack, key[0], key[1], step)):
            self.select_key(key)
