"""The targets editor: for the financial year of the period shown, one row per indicator.

Rules:
- Targets are shown as the papers print them (``58.0%``, ``5,500``) and typed as plain numbers.
- Columns: last year's annual target (for reference), this year's annual target, the quarterly
  trajectory, the management-target flag, and the rationale in English and Welsh.
- A trajectory is typed as four figures separated by semicolons (``150; 300; 450; 600``) since
  it is all four quarters or none (domain.md rule 3); blank clears it
  (``model.edits.targets``).
- Percent targets are 0-100 and other rules of ``model.validation`` apply; a refused target is
  named with the reason.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from gui.editors.record_table import FieldColumn, RecordTableModel, field_column
from gui.editors.table_editor import TableEditor
from gui.language import translate
from gui.scorecard_columns import figure_text
from model.edits.targets import trajectory_command
from model.edits.typed import show_field, trajectory_text
from model.periods import Period

__all__ = ["TargetsEditor"]


class TargetsEditor(TableEditor):
    rows_are_indicators = True

    def __init__(self, pack, stack, period: Period, parent: QWidget | None = None):
        self.year = period.year

        def this_year(key):
            return (key[0], self.year)

        def last_year(key):
            return (key[0], self.year - 1)

        def as_figure(pack, key, value):  # 58.0%, 5,500, £1,200 as the papers print it
            indicator = pack.indicator(key[0])
            return figure_text(indicator, value) if indicator is not None else show_field(value)

        def write_trajectory(pack, key, text):
            return trajectory_command(pack, key[0], self.year, text)

        columns = [
            field_column(translate("editors.targets", "Code"), "text", "indicator", "code",
                         editable=False),
            field_column(translate("editors.targets", "Indicator"), "text", "indicator",
                         "title", editable=False),
            field_column(translate("editors.targets", "Last year's target"), "decimal",
                         "target", "annual", last_year, editable=False, show=as_figure,
                         tip=translate("editors.targets", "the previous financial year's "
                                                          "annual target (for reference)")),
            field_column(translate("editors.targets", "Annual target"), "decimal", "target",
                         "annual", this_year, show=as_figure),
            FieldColumn(translate("editors.targets", "Trajectory Q1; Q2; Q3; Q4"), "text",
                        lambda p, key: trajectory_text(p.target(key[0], self.year)),
                        write_trajectory,
                        tip=translate("editors.targets",
                                      "expected quarterly figures, all four or none")),
            field_column(translate("editors.targets", "Management target"), "bool", "target",
                         "management", this_year),
            field_column(translate("editors.targets", "Rationale (how it was calculated)"),
                         "text", "target", "rationale", this_year),
            field_column(translate("editors.targets", "Rationale (Welsh)"), "text", "target",
                         "rationale_cy", this_year),
        ]
        model = RecordTableModel(pack, stack, columns,
                                 lambda p: [(ind.code,) for ind in p.indicators()],
                                 {"indicator", "target", "group"})
        super().__init__(translate("editors.targets", "Targets"), model, parent)
        self.set_period(period)

    def set_period(self, period: Period) -> None:
        self.year = period.year
        self.heading.setText(
            translate("editors.targets", "<h2>Targets for {label}</h2>").format(
                label=period.fy.label
            )
        )
        self.model.reload()
