"""The targets editor: for the financial year of the period shown, one row per indicator.

Rules:
- Columns: last year's annual target (for reference), this year's annual target, the quarterly
  trajectory, the management-target flag, and the rationale in English and Welsh.
- A trajectory is typed as four figures separated by semicolons (``150; 300; 450; 600``) since
  it is all four quarters or none (domain.md rule 3); blank clears it.
- Percent targets are 0-100 and other rules of ``model.validation`` apply; a refused target is
  named with the reason.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from gui.cell_input import CellInputError, parse_number
from gui.editors.record_table import FieldColumn, RecordTableModel, field_column
from gui.editors.table_editor import TableEditor
from gui.editors.values import FieldInputError, show_field
from model.commands import set_fields
from model.periods import FinancialYear, Period

__all__ = ["TargetsEditor", "parse_trajectory", "trajectory_text"]


def parse_trajectory(text: str) -> tuple:
    cleaned = (text or "").strip()
    if not cleaned:
        return (None, None, None, None)
    parts = [part.strip() for part in cleaned.split(";")]
    if len(parts) != 4:
        raise FieldInputError(f"'{cleaned}': give four quarterly figures separated by "
                              "semicolons, e.g. 150; 300; 450; 600 (blank for none)")
    try:
        numbers = tuple(parse_number(part) for part in parts)
    except CellInputError as exc:
        raise FieldInputError(str(exc)) from None
    if any(n is None for n in numbers):
        raise FieldInputError("a trajectory needs all four quarters")
    return numbers


def trajectory_text(target) -> str:
    if target is None or target.trajectory is None:
        return ""
    return "; ".join(show_field(q) for q in target.trajectory)


class TargetsEditor(TableEditor):
    def __init__(self, pack, stack, period: Period, parent: QWidget | None = None):
        self.year = period.year

        def this_year(key):
            return (key[0], self.year)

        def last_year(key):
            return (key[0], self.year - 1)

        def write_trajectory(pack, key, text):
            q1, q2, q3, q4 = parse_trajectory(text)
            return set_fields(pack, "target", this_year(key),
                              label=f"Edit {key[0]} {FinancialYear(self.year).label} trajectory",
                              q1=q1, q2=q2, q3=q3, q4=q4)

        columns = [
            field_column("Code", "text", "indicator", "code", editable=False),
            field_column("Indicator", "text", "indicator", "title", editable=False),
            field_column("Last year", "decimal", "target", "annual", last_year, editable=False,
                         tip="the previous financial year's annual target"),
            field_column("Annual target", "decimal", "target", "annual", this_year),
            FieldColumn("Trajectory Q1; Q2; Q3; Q4", "text",
                        lambda p, key: trajectory_text(p.target(key[0], self.year)),
                        write_trajectory,
                        tip="expected quarterly figures, all four or none"),
            field_column("Management target", "bool", "target", "management", this_year),
            field_column("Rationale (how it was calculated)", "text", "target", "rationale",
                         this_year),
            field_column("Rationale (Welsh)", "text", "target", "rationale_cy", this_year),
        ]
        model = RecordTableModel(pack, stack, columns,
                                 lambda p: [(ind.code,) for ind in p.indicators()],
                                 {"indicator", "target", "group"})
        super().__init__("Targets", model, parent)
        self.set_period(period)

    def set_period(self, period: Period) -> None:
        self.year = period.year
        self.heading.setText(f"<h2>Targets for {period.fy.label}</h2>")
        self.model.reload()
