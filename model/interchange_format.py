"""The interchange format of domain.md: its sheets (or CSV files) and their columns, exactly.

This is the one definition that the reader (``model.interchange``), the writer
(``model.interchange_rows`` for the rows, ``exporters.interchange`` for the files) and the order
in which import problems are listed (``model.import_plan``) all read. Rules:

- ``FORMAT`` lists the sheets in reading order (a sheet is read after the sheets it refers to:
  Breakdowns before BreakdownCells). Each ``Sheet`` names its columns in order, the record kind
  it fills and how its rows make records (``shape``).
- A ``Column`` names the record field it fills (``field``; the column's name when not given) and
  how a cell is read and written (``type``, see ``TYPES``). ``required`` is domain.md's star:
  the column must be on the sheet and filled on every row.
- Shapes: ``record`` is one row, one record, its key from the columns whose fields are the
  kind's key (adding such a sheet, or a column to one, is one entry here). ``values`` is the
  same with a fast path for the biggest sheet. ``targets``, ``commitments``, ``cells``,
  ``counts`` and ``settings`` gather several rows into records (``model.interchange_tables``).
- ``positioned``: a ``record`` sheet whose rows' order sets the records' ``position`` (1, 2, 3
  ... within ``scope``: an indicator's group, a narrative's or breakdown's period).
- ``later``: a column or sheet that domain.md defines but that this version does not read yet
  (it says what it is for; a comment names the issue that brings it). It is never written; a
  file that fills one is refused with a message saying so, and an empty one is accepted
  (nothing would be lost).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "Column",
    "Sheet",
    "FORMAT",
    "BY_NAME",
    "SHEETS",
    "READABLE",
    "REQUIRED",
    "SHEET_ORDER",
    "TYPES",
    "FINAL_PERIODS",
]

#: How cells are read and written: text (kept as typed, blank is ''), name (a code or
#: reference: surrounding spaces dropped), number (blank is missing, never zero), whole (a whole
#: number from ``low`` to ``high``), period (2023-24 Q4), year (2023-24, stored as its start
#: year), date (a date cell, 2024-03-31 or 31/03/2024), isodate (the same, stored as ISO text),
#: choice (one of ``choices``, any case; blank is None), flag (yes or blank), codes (indicator
#: codes separated by spaces), count (a whole number of at least 0 in a table).
TYPES = ("text", "name", "number", "whole", "period", "year", "date", "isodate", "choice",
         "flag", "codes", "count")

#: The Settings row that lists the periods marked final (their figures are read-only).
FINAL_PERIODS = "final_periods"


@dataclass(frozen=True)
class Column:
    name: str
    type: str = "text"
    required: bool = False
    field: str | None = None
    choices: tuple[str, ...] = ()
    low: int = 0
    high: int = 0
    later: str = ""

    @property
    def attribute(self) -> str:
        """The record field this column fills."""
        return self.field or self.name


@dataclass(frozen=True)
class Sheet:
    name: str
    columns: tuple[Column, ...]
    kind: str = ""
    shape: str = "record"
    positioned: bool = False
    scope: str = ""  # the field within which positions count (group, period), or none
    skip_empty: bool = False  # a new record with nothing but its key is not made
    later: str = ""

    def column(self, name: str) -> Column | None:
        for column in self.columns:
            if column.name == name:
                return column
        return None


def _c(name: str, type: str = "text", *, required: bool = False, **more) -> Column:
    return Column(name, type, required, **more)


_UNITS = ("count", "percent", "rate", "days", "currency", "ratio")
_STATUSES = ("Green", "Amber-Green", "Amber", "Red-Amber", "Red", "Complete", "Not started",
             "Deferred")

FORMAT: tuple[Sheet, ...] = (
    Sheet("Groups", (
        _c("name", "name", required=True), _c("name_cy"), _c("position", "whole", high=10**6),
    ), kind="group"),
    Sheet("Indicators", (
        _c("code", "name", required=True), _c("title", required=True), _c("title_cy"),
        _c("definition"), _c("definition_cy"),
        _c("unit", "choice", required=True, choices=_UNITS),
        _c("polarity", "choice", required=True, choices=("higher", "lower", "none")),
        _c("aggregation", "choice", required=True, choices=("sum", "last", "mean", "ratio")),
        _c("decimals", "whole", high=6), _c("group"), _c("tolerance", "number"),
        _c("tolerance_type", "choice", choices=("percent", "absolute")),
        _c("sustain_band", "number"),
        _c("compare_with", "choice", choices=("year", "quarter")),
        _c("owner"), _c("source"),
        _c("formula"),
    ), kind="indicator", positioned=True, scope="group"),
    Sheet("Values", (
        _c("code", "name", required=True), _c("period", "period", required=True),
        _c("actual", "number"), _c("numerator", "number"), _c("denominator", "number"),
        _c("note"),
    ), kind="value", shape="values", skip_empty=True),
    Sheet("Targets", (
        _c("code", "name", required=True), _c("year", "year", required=True),
        _c("target", "number", required=True), _c("quarter", "whole", low=1, high=4),
        _c("management", "flag"), _c("rationale"), _c("rationale_cy"),
    ), kind="target", shape="targets"),
    Sheet("Commentary", (
        _c("code", "name", required=True), _c("period", "period", required=True),
        _c("text"), _c("text_cy"),
    ), kind="commentary", skip_empty=True),
    Sheet("Forecasts", (
        _c("code", "name", required=True), _c("period", "period", required=True),
        _c("forecast", "choice", required=True, choices=("likely", "may", "unlikely")),
        _c("reason", required=True), _c("reason_cy"),
    ), kind="forecast_override"),
    Sheet("Commitments", (
        _c("ref", "name", required=True), _c("title", required=True), _c("title_cy"),
        _c("owner"), _c("owner_cy"), _c("due", "date"),
        _c("plan"), _c("plan_cy"),
        _c("group"), _c("period", "period", required=True),
        _c("status", "choice", required=True, choices=_STATUSES),
        _c("progress"), _c("progress_cy"),
    ), kind="commitment", shape="commitments"),
    Sheet("Breakdowns", (
        _c("name", "name", required=True), _c("period", "period", required=True),
        _c("title", required=True), _c("title_cy"), _c("row_heading"),
        _c("row_heading_cy"), _c("column_heading"), _c("column_heading_cy"),
        _c("indicator", "name"), _c("note"), _c("note_cy"),
    ), kind="breakdown", positioned=True, scope="period"),
    Sheet("BreakdownCells", (
        _c("name", "name", required=True), _c("period", "period", required=True),
        _c("row", required=True), _c("row_cy"), _c("column", required=True), _c("column_cy"),
        _c("value", "count"),
    ), kind="breakdown", shape="cells"),
    Sheet("Snapshots", (
        _c("name", "name", required=True), _c("title", required=True), _c("title_cy"),
        _c("group"), _c("note"), _c("note_cy"),
    ), kind="snapshot", positioned=True),
    Sheet("SnapshotCounts", (
        _c("name", "name", required=True), _c("date", "isodate", required=True),
        _c("category", required=True), _c("category_cy"), _c("count", "count"),
    ), kind="snapshot", shape="counts"),
    Sheet("Narratives", (
        _c("name", "name", required=True), _c("period", "period", required=True),
        _c("title"), _c("title_cy"), _c("text"), _c("text_cy"), _c("group"),
    ), kind="narrative", positioned=True, scope="period"),
    Sheet("KeyAreas", (
        _c("name", "name", required=True), _c("title", required=True), _c("title_cy"),
        _c("indicator", "name", required=True), _c("related", "codes"),
        _c("position_text"), _c("position_text_cy"), _c("actions"), _c("actions_cy"),
    ), kind="key_area", positioned=True),
    Sheet("Budget", (
        _c("period", "period", required=True), _c("line", "name", required=True),
        _c("line_cy"),
        _c("budget", "number", required=True), _c("projected_outturn", "number", required=True),
        _c("note"), _c("note_cy"),
    ), kind="budget_line", positioned=True, scope="period"),
    Sheet("Meetings", (
        _c("period", "period", required=True), _c("meeting_date", "date"),
        _c("report_date", "date"), _c("committee"), _c("committee_cy"), _c("title"),
        _c("title_cy"), _c("signatory"), _c("signatory_role"), _c("signatory_role_cy"),
    ), kind="meeting"),
    Sheet("Settings", (
        _c("name", "name", required=True), _c("value"),
    ), kind="settings", shape="settings"),
)

BY_NAME: dict[str, Sheet] = {sheet.name: sheet for sheet in FORMAT}

#: The sheets this version writes, with their columns in order (``later`` ones left out).
SHEETS: dict[str, tuple[str, ...]] = {
    sheet.name: tuple(c.name for c in sheet.columns if not c.later)
    for sheet in FORMAT if not sheet.later
}

#: Every column a sheet may have on import (``later`` ones included, to be refused if filled).
READABLE: dict[str, tuple[str, ...]] = {
    sheet.name: tuple(c.name for c in sheet.columns) for sheet in FORMAT
}

#: The starred columns: present on the sheet and filled on every row.
REQUIRED: dict[str, frozenset[str]] = {
    sheet.name: frozenset(c.name for c in sheet.columns if c.required) for sheet in FORMAT
}

SHEET_ORDER = {sheet.name: index for index, sheet in enumerate(FORMAT)}
