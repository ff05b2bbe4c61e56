"""The scorecard grid's Qt model: an adapter over ``model.scorecard.Scorecard``.

Rules:
- One row per indicator, in paper order, with a heading row before each group when the pack has
  more than one group (a single unnamed group gets no heading). Heading rows are not selectable;
  the view spans them across every column.
- Columns are ``Column``; figures are printed as the papers print them: the indicator's decimals,
  thousands separators, ``%`` for percentages, ``£`` for money. Blank means no figure (a quarter
  after the period or not reported), never zero.
- RAG cells have a fill colour *and* their letter (R, A, G) or words (n/a, no data); arrows and
  faces are glyphs (``gui.symbols``). Nothing relies on colour alone.
- Tooltips give the status explanation that belongs to the cell: the RAG explanation on the RAG
  cell, the direction explanation on the arrow, the forecast explanation on the face, all three
  elsewhere in the row. ``AccessibleTextRole`` gives words ("Red", "improved", "likely").
- Custom roles (``Role``): a sort key that compares correctly (numbers as numbers, RAG worst
  first), the underlying ``ScorecardRow``, the group name, and whether a row is a heading.
- An officer's forecast (an override, with its reason) is marked with a dagger after the
  face (``OVERRIDE_MARK``, explained in the face's tooltip and in the key); the face's tooltip
  is the explanation "likely: officer's forecast, because …".
- The model follows the pack: after every applied command it recomputes the rows of the
  indicators whose figures, targets, commentary or forecast changed, and reloads the whole
  scorecard (``beginResetModel``/``endResetModel``) when indicators, groups, settings or a
  period's final state changed. ``scorecardChanged`` is emitted after either.
- Speed: ``data`` is called for every role of every visible cell on every paint, so each
  row's shown values (text, tooltip, colours, fonts, alignment, accessible text) and flags are
  worked out once, when the row is first asked for, and kept. A recomputed row drops its kept
  values; ``dataChanged`` is emitted for that row only: once per span of columns whose values
  differ, naming only the roles that differ there (the row and sort-key roles go with the
  widest span). A reload drops them all.
- Quarter cells up to the period shown are editable (``gui.scorecard_edit`` says when not).
  ``setData`` turns the typed text into a model command, has the pack check it, and applies it
  through the undo stack (``set_undo_stack``); a refusal emits ``editRefused(index, reason)``
  and changes nothing. The edit text of a quarter is ``numerator / denominator`` where both are
  stored, else the figure.
- ``block_text`` copies cells as tab-separated text (quarters as their edit text, so that a
  copied block pastes back exactly); ``paste_block`` pastes one (see ``gui.scorecard_edit``).
- The model only shows and checks; it never opens dialogs.
"""

from __future__ import annotations

import dataclasses
import math
import re
from decimal import Decimal
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication

from gui.cell_input import CellInputError, figure_edit_text
from gui.scorecard_edit import (
    CellTarget,
    ForecastError,
    PasteError,
    figure_command,
    forecast_command,
    parse_block,
    paste_command,
    quarter_editable_reason,
)
from model import records as r
from model import symbols
from model.numbers import format_fixed
from model.periods import Period
from model.report import PeriodReport
from model.scorecard import Scorecard, ScorecardRow, scorecard_row

__all__ = ["Column", "Role", "ScorecardModel", "figure_text", "dark_scheme", "OVERRIDE_MARK"]

#: Printed after the face of an officer's forecast (explained in its tooltip and the key).
OVERRIDE_MARK = "\u2020"


class Column(IntEnum):
    CODE = 0
    TITLE = 1
    PREVIOUS = 2
    Q1 = 3
    Q2 = 4
    Q3 = 5
    Q4 = 6
    YTD = 7
    TARGET = 8
    RAG = 9
    ARROW = 10
    FACE = 11
    COMMENTARY = 12


QUARTER_COLUMNS = (Column.Q1, Column.Q2, Column.Q3, Column.Q4)
FIGURE_COLUMNS = (Column.PREVIOUS, *QUARTER_COLUMNS, Column.YTD, Column.TARGET)
SYMBOL_COLUMNS = (Column.RAG, Column.ARROW, Column.FACE, Column.COMMENTARY)


class Role(IntEnum):
    SORT_KEY = Qt.ItemDataRole.UserRole + 1
    ROW = Qt.ItemDataRole.UserRole + 2  # the ScorecardRow, or None on a heading row
    GROUP = Qt.ItemDataRole.UserRole + 3  # the group name
    IS_HEADING = Qt.ItemDataRole.UserRole + 4


#: Record kinds whose change only affects the rows of the indicator in their key.
_ROW_KINDS = {"value", "target", "commentary", "forecast_override"}
#: Record kinds whose change can affect every row, the order or the grouping.
_RELOAD_KINDS = {"indicator", "group", "settings", "period_state"}

_COLUMNS = tuple(Column)
_ANSWERED_ROLES = frozenset(int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.AccessibleDescriptionRole,
    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, *Role))

_RAG_ORDER = {"Red": 0, "Amber": 1, "Green": 2, "no data": 3, "n/a": 4}
_DIRECTION_ORDER = {word: i for i, word in enumerate(
    ("declined", "sustained", "improved", "increased", "no change", "decreased", "not comparable"))}
_FORECAST_ORDER = {"unlikely": 0, "may": 1, "likely": 2, "n/a": 3}

#: The roles whose values are kept per row (``_cells_of``); asked for on every paint.
_KEPT_ROLES = tuple(int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.AccessibleDescriptionRole,
    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole))

_ROLES_RECOMPUTED = [
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
    Role.SORT_KEY,
    Role.ROW,
]


def figure_text(indicator: r.Indicator, number: Decimal | None) -> str:
    """A figure as the scorecard prints it: ``61.0%``, ``28,354``, ``£1,234``, ``12.5``;
    blank for no figure."""
    if number is None:
        return ""
    text = format_fixed(number, indicator.display_decimals, thousands=True)
    if indicator.unit == "percent":
        return f"{text}%"
    if indicator.unit == "currency":
        return f"-£{text[1:]}" if text.startswith("-") else f"£{text}"
    return text


def _natural_key(text: str) -> str:
    """``K1.9`` before ``K1.22``: runs of digits padded so that text order is number order."""
    return re.sub(r"\d+", lambda m: m.group(0).zfill(8), text.casefold())


def _group_heading(name: str) -> str:
    return name or "Other indicators"


class ScorecardModel(QAbstractTableModel):
    """The scorecard of one pack for one period, as a read-only table."""

    #: Emitted after the rows were reloaded or recomputed (the counts may have changed).
    scorecardChanged = Signal()
    #: A typed figure was refused: the cell and the reason.
    editRefused = Signal(QModelIndex, str)
    # Carries the pack's change notifications onto the model's thread.
    _packChanged = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pack = None
        self._period: Period | None = None
        self._scorecard: Scorecard | None = None
        # One entry per table row: a Group (heading) or a ScorecardRow.
        self._entries: list[r.Group | ScorecardRow] = []
        # Kept per row, filled when first asked for: role -> values by column, and flags.
        self._cells: list[dict[int, tuple] | None] = []
        self._flags: list[tuple | None] = []
        self._font_cache: _Fonts | None = None
        self._undo = None
        self._packChanged.connect(self._apply_changes)

    # -- what it shows -----------------------------------------------------------------------

    def set_pack(self, pack, period: Period) -> None:
        """Show ``pack`` at ``period`` and follow its changes (replacing any previous pack)."""
        self.detach()
        self._pack = pack
        self._period = period
        pack.subscribe(self._on_pack_changed)
        self.reload()

    def set_period(self, period: Period) -> None:
        self._period = period
        self.reload()

    def detach(self) -> None:
        """Stop following the pack (call before the pack is closed)."""
        if self._pack is not None:
            self._pack.unsubscribe(self._on_pack_changed)
        self._pack = None

    def set_undo_stack(self, stack) -> None:
        """Apply edits through ``stack`` (a ``gui.undo.PackUndoStack``); without one, edits
        are applied to the pack directly."""
        self._undo = stack

    @property
    def pack(self):
        return self._pack

    @property
    def period(self) -> Period | None:
        return self._period

    @property
    def scorecard(self) -> Scorecard | None:
        return self._scorecard

    def rag_counts(self) -> dict[str, int]:
        if self._scorecard is None:
            return {rag: 0 for rag in symbols.RAG_LETTER}
        return self._scorecard.rag_counts()

    def _fonts(self) -> _Fonts:
        if self._font_cache is None:
            self._font_cache = _Fonts()
        return self._font_cache

    def reload(self) -> None:
        """Rebuild every row from the pack."""
        self.beginResetModel()
        self._font_cache = None  # the application font may have changed
        if self._pack is None or self._period is None:
            self._scorecard = None
            self._entries = []
        else:
            self._scorecard = PeriodReport(self._pack, self._period).scorecard
            self._entries = self._layout(self._scorecard)
        self._cells = [None] * len(self._entries)
        self._flags = [None] * len(self._entries)
        self.endResetModel()
        self.scorecardChanged.emit()

    @staticmethod
    def _layout(scorecard: Scorecard) -> list[r.Group | ScorecardRow]:
        headings = len(scorecard.groups) > 1 or any(g.name for g, _ in scorecard.groups)
        entries: list[r.Group | ScorecardRow] = []
        for group, rows in scorecard.groups:
            if headings:
                entries.append(group)
            entries.extend(rows)
        return entries

    def column_texts(self, column: Column) -> list[tuple[int, str]]:
        """(row, shown text) of every indicator row in ``column``: for measuring, without a
        round trip through Qt for each cell."""
        return [(row, self._display(entry, column)) for row, entry in enumerate(self._entries)
                if isinstance(entry, ScorecardRow)]

    def row_of(self, code: str) -> int:
        """The table row of indicator ``code``, or -1."""
        for i, entry in enumerate(self._entries):
            if isinstance(entry, ScorecardRow) and entry.code == code:
                return i
        return -1

    # -- following the pack ------------------------------------------------------------------

    def _on_pack_changed(self, changes) -> None:
        # Called by the pack, possibly from a worker thread: hand over to the model's thread.
        try:
            self._packChanged.emit(changes)
        except RuntimeError:  # the Qt side of this model is gone
            if self._pack is not None:
                self._pack.unsubscribe(self._on_pack_changed)

    @Slot(object)
    def _apply_changes(self, changes) -> None:
        if self._pack is None or self._period is None:
            return
        codes: set[str] = set()
        for kind, key, _old, _new in changes:
            if kind in _RELOAD_KINDS:
                self.reload()
                return
            if kind in _ROW_KINDS:
                codes.add(key[0])
        if not codes:
            return
        fresh: dict[str, ScorecardRow] = {}
        for row, entry in enumerate(self._entries):
            if isinstance(entry, ScorecardRow) and entry.code in codes:
                indicator = self._pack.indicator(entry.code)
                if indicator is None:  # deleted without an indicator change: be safe
                    self.reload()
                    return
                updated = scorecard_row(self._pack, indicator, self._period)
                self._entries[row] = updated
                fresh[updated.code] = updated
                self._row_recomputed(row, updated)
        if fresh and self._scorecard is not None:
            self._scorecard = _replace_rows(self._scorecard, fresh)
            self.scorecardChanged.emit()

    def _row_recomputed(self, row: int, updated: ScorecardRow) -> None:
        """Drop the row's kept values and tell the views which of its cells and roles changed."""
        old = self._cells[row]
        self._cells[row] = None
        last = len(Column) - 1
        if old is None:  # never shown: nothing to compare with
            self.dataChanged.emit(self.index(row, 0), self.index(row, last), _ROLES_RECOMPUTED)
            return
        new = self._cells[row] = self._cells_of(updated)
        spans: dict[tuple[int, int], set[int]] = {}
        for role, values in new.items():
            before = old[role]
            changed = [column for column in range(len(values))
                       if before[column] is not values[column]
                       and before[column] != values[column]]
            if changed:
                spans.setdefault((changed[0], changed[-1]), set()).add(role)
        if not spans:  # e.g. only a note changed: the row object itself is new
            spans[(0, last)] = set()
        widest = max(spans, key=lambda span: span[1] - span[0])
        spans[widest] |= {int(Role.SORT_KEY), int(Role.ROW)}
        for (left, right), roles in spans.items():
            if int(Qt.ItemDataRole.DisplayRole) in roles and left <= Column.Q4 and \
                    right >= Column.Q1:
                roles.add(int(Qt.ItemDataRole.EditRole))
            self.dataChanged.emit(self.index(row, left), self.index(row, right), sorted(roles))

    def _cells_of(self, entry) -> dict[int, tuple]:
        """Every kept role's value for every column of one row (see ``_KEPT_ROLES``)."""
        if isinstance(entry, r.Group):
            return {role: tuple(self._heading_data(entry, column, role) for column in _COLUMNS)
                    for role in _KEPT_ROLES}
        return {role: tuple(self._row_data(entry, column, role) for column in _COLUMNS)
                for role in _KEPT_ROLES}

    # -- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row = index.row()
        kept = self._flags[row]
        if kept is None:
            kept = self._flags[row] = self._row_flags(row)
        return kept[index.column()]

    def _row_flags(self, row: int) -> tuple:
        if isinstance(self._entries[row], r.Group):
            return (Qt.ItemFlag.ItemIsEnabled,) * len(Column)
        plain = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return tuple(plain | Qt.ItemFlag.ItemIsEditable
                     if column in QUARTER_COLUMNS and self.edit_refusal(self.index(row, column))
                     is None else plain for column in _COLUMNS)

    # -- editing -----------------------------------------------------------------------------

    def quarter_of(self, index: QModelIndex) -> int | None:
        column = index.column()
        return column - Column.Q1 + 1 if Column.Q1 <= column <= Column.Q4 else None

    def row_entry(self, row: int) -> ScorecardRow | None:
        if 0 <= row < len(self._entries) and isinstance(self._entries[row], ScorecardRow):
            return self._entries[row]  # type: ignore[return-value]
        return None

    def edit_refusal(self, index: QModelIndex) -> str | None:
        """Why this cell cannot be edited, or None if it can."""
        quarter = self.quarter_of(index)
        if self._pack is None or self._period is None or self.row_entry(index.row()) is None:
            return "not a figure cell"
        if quarter is None:
            return f"{self._header_text(Column(index.column())).replace(chr(10), ' ')} is " \
                   "worked out, not entered"
        return quarter_editable_reason(self._pack, self._period, quarter)

    def _apply(self, command) -> None:
        if self._undo is not None:
            self._undo.apply(command)
        else:
            self._pack.apply(command)

    def apply_command(self, command) -> None:
        """Apply a model command as one undo step (through the undo stack when there is one).
        Raises ValidationError or ReadOnlyPack when the pack refuses it."""
        self._apply(command)

    def override_forecast(self, code: str, forecast: str | None, reason: str = "") -> None:
        """Set (likely / may / unlikely, with ``reason``) or clear (``None``) the officer's
        forecast of ``code`` for the period shown, as one undo step. Raises ForecastError."""
        if self._pack is None or self._period is None:
            raise ForecastError("there is no pack open")
        self._apply(forecast_command(self._pack, code, self._period, forecast, reason))

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        reason = self.edit_refusal(index)
        entry = self.row_entry(index.row())
        if reason is not None or entry is None:
            self.editRefused.emit(index, reason or "not editable")
            return False
        period = Period(self._period.year, self.quarter_of(index))
        try:
            command = figure_command(self._pack, entry.indicator, period, str(value or ""))
            _changes, problems = self._pack.prepare(command)
            if problems:
                raise CellInputError("; ".join(p.message for p in problems))
            self._apply(command)
        except (CellInputError, ValueError) as exc:
            self.editRefused.emit(index, f"{entry.code} {period.label}: {exc}")
            return False
        return True

    def block_text(self, rows: list[int], columns: list[int]) -> str:
        """The cells at ``rows`` x ``columns`` as tab-separated text, one line per row."""
        lines = []
        for row in rows:
            cells = []
            for column in columns:
                index = self.index(row, column)
                if self.quarter_of(index) and self.row_entry(row) is not None:
                    cells.append(str(self.data(index, Qt.ItemDataRole.EditRole) or ""))
                else:
                    cells.append(str(self.data(index) or ""))
            lines.append("\t".join(cells))
        return "\n".join(lines) + "\n"

    def paste_block(self, start: QModelIndex, text: str, rows: list[int] | None = None) -> int:
        """Paste tab-separated ``text`` with its top-left cell at ``start``; ``rows``: the
        table rows that may be filled, in order (default: every indicator row). Returns the
        number of cells entered; raises PasteError (naming the first bad cell) and changes
        nothing if any cell is refused."""
        if self._pack is None or self._period is None:
            raise PasteError("there is no pack to paste into")
        block = parse_block(text)
        if rows is None:
            rows = [i for i in range(len(self._entries)) if self.row_entry(i) is not None]
        rows = [row for row in rows if row >= start.row() and self.row_entry(row) is not None]
        cells: list[tuple[CellTarget, str]] = []
        for i, line in enumerate(block, 1):
            if i > len(rows):
                raise PasteError(f"the pasted cells have {len(block)} rows but only "
                                 f"{len(rows)} indicator rows are below the current cell")
            entry = self.row_entry(rows[i - 1])
            for j, cell in enumerate(line, 1):
                column = start.column() + j - 1
                if not Column.Q1 <= column <= Column.Q4:
                    name = self._header_text(Column(column)).replace("\n", " ") \
                        if column < len(Column) else "beyond the last column"
                    raise PasteError(
                        f"{entry.code} {name} (row {i}, column {j} of the pasted cells): only "
                        "the quarter columns Q1 to Q4 take figures")
                cells.append((CellTarget(entry.indicator, column - Column.Q1 + 1, i, j), cell))
        command = paste_command(self._pack, self._period, cells)
        self._apply(command)
        return len(cells)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return super().headerData(section, orientation, role)
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header_text(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tooltip(column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        return None

    def _header_text(self, column: Column) -> str:
        period = self._period
        if column == Column.PREVIOUS:
            return f"{period.fy.previous().label}\noutturn" if period else "Previous\noutturn"
        if column in QUARTER_COLUMNS:
            return f"Q{column - Column.Q1 + 1}"
        return {
            Column.CODE: "Code",
            Column.TITLE: "Indicator",
            Column.YTD: "Year to\ndate",
            Column.TARGET: "Target",
            Column.RAG: "RAG",
            Column.ARROW: "Trend",
            Column.FACE: "Forecast",
            Column.COMMENTARY: "Com-\nmentary",
        }[column]

    def _header_tooltip(self, column: Column) -> str:
        period = self._period
        fy = period.fy.label if period else "this year"
        if column in QUARTER_COLUMNS:
            q = column - Column.Q1 + 1
            return f"The figure for Q{q} {fy} (blank: not reported or not yet due)"
        return {
            Column.CODE: "Indicator code",
            Column.TITLE: "Indicator title",
            Column.PREVIOUS: "The previous financial year's year-end (outturn) figure",
            Column.YTD: f"Year to date for {period.label}" if period else "Year to date",
            Column.TARGET: "The target for the year to date (pro rata or trajectory where set)",
            Column.RAG: "Red / Amber / Green against the target",
            Column.ARROW: "Direction of travel against the comparison period",
            Column.FACE: "Forecast: likely, may or unlikely to meet the year's target",
            Column.COMMENTARY: "Whether commentary is written for the period",
        }[column]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        # Called for every role of every visible cell on every paint: roles this model never
        # answers return at once, and columns are looked up, not converted.
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._entries):
            return None
        cells = self._cells[row]
        if cells is None:
            cells = self._cells[row] = self._cells_of(self._entries[row])
        values = cells.get(role)
        if values is not None:
            return values[index.column()]
        entry = self._entries[row]
        column = _COLUMNS[index.column()]
        if isinstance(entry, r.Group):
            return self._heading_data(entry, column, role)
        return self._row_data(entry, column, role)

    # -- cells -------------------------------------------------------------------------------

    def _heading_data(self, group: r.Group, column: Column, role: int):
        if role == Role.IS_HEADING:
            return True
        if role == Role.GROUP:
            return group.name
        if role == Role.ROW:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):
            return _group_heading(group.name) if column == Column.CODE else ""
        if role == Role.SORT_KEY:
            return ""
        if role == Qt.ItemDataRole.FontRole:
            return self._fonts().heading
        if role == Qt.ItemDataRole.BackgroundRole:
            return QGuiApplication.palette().button()
        if role == Qt.ItemDataRole.ForegroundRole:
            return QGuiApplication.palette().buttonText()
        return None

    def _row_data(self, row: ScorecardRow, column: Column, role: int):
        status = row.status
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            quarter = column - Column.Q1 + 1 if column in QUARTER_COLUMNS else None
            if quarter and self._pack is not None and self._period is not None:
                return figure_edit_text(row.indicator, self._pack.value(
                    row.code, Period(self._period.year, quarter)))
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.COMMENTARY:
                text = row.commentary.text.strip() if row.has_commentary else ""
                return (text[:300] + ("…" if len(text) > 300 else "")) if text else \
                    f"No commentary for {row.status.period.label}"
            if column == Column.RAG:
                return status.rag_explanation
            if column == Column.ARROW:
                return status.direction_explanation
            if column == Column.FACE:
                if status.forecast_overridden:
                    return (f"{status.forecast_explanation}\n{OVERRIDE_MARK} an officer's "
                            "forecast, not the calculated one: double-click or right-click to "
                            "change or clear it")
                return status.forecast_explanation
            return "\n".join((status.rag_explanation, status.direction_explanation,
                              status.forecast_explanation))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == Column.RAG:
                return status.rag
            if column == Column.ARROW:
                return status.direction
            if column == Column.FACE:
                if status.forecast == "n/a":
                    return "no forecast"
                return f"{status.forecast} to meet target" + (
                    " (officer's forecast)" if status.forecast_overridden else "")
            if column == Column.COMMENTARY:
                return "commentary written" if row.has_commentary else "no commentary"
            return self._display(row, column) or "blank"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            if column == Column.RAG:
                return status.rag_explanation
            if column == Column.ARROW:
                return status.direction_explanation
            if column == Column.FACE:
                return status.forecast_explanation
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == Column.RAG and status.rag in symbols.RAG_FILL:
                return _brush(symbols.RAG_FILL[status.rag])
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == Column.RAG and status.rag in symbols.RAG_FILL:
                return _brush(symbols.RAG_TEXT)
            if column == Column.ARROW:
                colour = symbols.arrow_colour(status.direction, dark_scheme())
                return _brush(colour) if colour else None
            return None
        if role == Qt.ItemDataRole.FontRole:
            return self._fonts().for_cell(column, status)
        if role == Role.SORT_KEY:
            return self._sort_key(row, column)
        if role == Role.ROW:
            return row
        if role == Role.GROUP:
            return row.indicator.group
        if role == Role.IS_HEADING:
            return False
        return None

    def _display(self, row: ScorecardRow, column: Column) -> str:
        indicator, status = row.indicator, row.status
        if column == Column.CODE:
            return indicator.code
        if column == Column.TITLE:
            return indicator.title
        if column == Column.PREVIOUS:
            return figure_text(indicator, row.previous_outturn)
        if column in QUARTER_COLUMNS:
            return figure_text(indicator, row.quarters[column - Column.Q1])
        if column == Column.YTD:
            return figure_text(indicator, status.ytd)
        if column == Column.TARGET:
            return figure_text(indicator, status.target)
        if column == Column.RAG:
            return symbols.rag_symbol(status.rag)
        if column == Column.ARROW:
            return symbols.arrow_symbol(status.direction)
        if column == Column.FACE:
            face = symbols.face_symbol(status.forecast)
            return f"{face} {OVERRIDE_MARK}" if status.forecast_overridden else face
        if column == Column.COMMENTARY:
            return "Yes" if row.has_commentary else ""
        return ""

    @staticmethod
    def _sort_key(row: ScorecardRow, column: Column):
        """Comparable with ``<`` between rows of one column: str for text, float for figures
        (no figure sorts first), int ranks for symbols (worst first)."""
        status = row.status
        if column == Column.CODE:
            return _natural_key(row.code)
        if column == Column.TITLE:
            return row.indicator.title.casefold()
        if column == Column.RAG:
            return _RAG_ORDER.get(status.rag, len(_RAG_ORDER))
        if column == Column.ARROW:
            return _DIRECTION_ORDER.get(status.direction, len(_DIRECTION_ORDER))
        if column == Column.FACE:
            return _FORECAST_ORDER.get(status.forecast, len(_FORECAST_ORDER))
        if column == Column.COMMENTARY:
            return int(row.has_commentary)
        number = {
            Column.PREVIOUS: row.previous_outturn,
            Column.YTD: status.ytd,
            Column.TARGET: status.target,
        }.get(column)
        if column in QUARTER_COLUMNS:
            number = row.quarters[column - Column.Q1]
        return -math.inf if number is None else float(number)


def _replace_rows(scorecard: Scorecard, fresh: dict[str, ScorecardRow]) -> Scorecard:
    rows = tuple(fresh.get(row.code, row) for row in scorecard.rows)
    groups = tuple((group, tuple(fresh.get(row.code, row) for row in members))
                   for group, members in scorecard.groups)
    return dataclasses.replace(scorecard, rows=rows, groups=groups)


def _alignment(column: Column) -> Qt.AlignmentFlag:
    if column in FIGURE_COLUMNS:
        return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    if column in SYMBOL_COLUMNS:
        return Qt.AlignmentFlag.AlignCenter
    return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def dark_scheme() -> bool:
    """Whether the application is drawn light on dark."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


_BRUSHES: dict[str, QBrush] = {}


def _brush(colour: str) -> QBrush:
    brush = _BRUSHES.get(colour)
    if brush is None:
        brush = _BRUSHES[colour] = QBrush(QColor(colour))
    return brush


class _Fonts:
    """The fonts the cells use, made once from the application font (``data`` is called for
    every cell on every paint, so it must not build fonts)."""

    def __init__(self):
        base = QFont(QGuiApplication.font())
        self.heading = QFont(base)
        self.heading.setBold(True)
        symbol = QFont(base)
        symbol.setFamilies(["DejaVu Sans", *base.families()])
        self.rag = QFont(symbol)
        self.rag.setBold(True)
        self.symbol = QFont(symbol)
        if symbol.pointSizeF() > 0:
            self.symbol.setPointSizeF(symbol.pointSizeF() * 1.3)
        self.overridden = QFont(self.symbol)
        self.overridden.setItalic(True)

    def for_cell(self, column: Column, status) -> QFont | None:
        """Symbols a little larger than text and in DejaVu Sans, which has every glyph; the RAG
        letter bold; an officer's overridden forecast in italics."""
        if column == Column.RAG:
            return self.rag
        if column == Column.ARROW:
            return self.symbol
        if column == Column.FACE:
            return self.overridden if status.forecast_overridden else self.symbol
        return None
