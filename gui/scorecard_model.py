"""The scorecard grid's Qt model: a thin adapter over ``model.scorecard.Scorecard``.

Rules:
- One row per indicator, in paper order, with a (not selectable) heading row before each group
  when the pack has more than one group or a named one.
- What each column shows is declared once in ``gui.scorecard_columns`` (``COLUMNS``).
- Custom roles (``Role``): a sort key that compares correctly (numbers as numbers, RAG worst
  first), the underlying ``ScorecardRow``, the group name, and whether a row is a heading.
- The model follows the pack: after every applied command it recomputes the rows of the
  indicators whose figures, targets, commentary or forecast changed, and reloads the whole
  scorecard (``beginResetModel``/``endResetModel``) when indicators, groups, settings or a
  period's final state changed. ``scorecardChanged`` is emitted after either.
- Speed: each row's shown values and flags are worked out when first asked for, and kept; a
  recomputed row drops them and emits ``dataChanged`` once per span of differing columns, with
  only the roles that differ (row and sort-key roles with the widest span); a reload drops all.
- In the Welsh window the pack's Welsh texts and the status explained in Welsh are shown.
- Quarter cells up to the period shown are editable (``model.edits.figures`` says when not).
  ``setData`` turns the typed text into a model command (``model.edits.figures.enter_figure``)
  and applies it through the undo stack (``set_undo_stack``), which has the pack check it; a
  refusal emits ``editRefused(index, reason)`` and changes nothing. The edit text of a quarter
  is ``numerator / denominator`` where both are stored, else the figure.
- ``block_text`` copies cells as tab-separated text (quarters as their edit text, so a copied
  block pastes back exactly); ``paste_block`` pastes one (``model.edits.figures``).
- Quarters of a final period are locked: grey, a padlock (drawn by the view's delegate) and a
  tooltip saying so (``Role.LOCKED`` gives the reason).
- A refused figure stays at its cell until it is corrected (``Role.REFUSED``: the text typed
  and why; the tooltip says it, the delegate outlines the cell): a figure entered there, or
  any change of that figure, clears it (``refusals``).
- Sorting (``sort`` by ``Role.SORT_KEY``) drops group headings; ``sort(-1)`` is the papers'
  group order again. The sort is kept across reloads (period changes, undo).
- The model only shows and checks; it never opens dialogs.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor

from gui.language import current, translate
from gui.scorecard_clipboard import ScorecardClipboard
from gui.scorecard_columns import (
    ANSWERED_ROLES,
    COLUMNS,
    KEPT_ROLES,
    OVERRIDE_MARK,
    QUARTER_COLUMNS,
    Column,
    Fonts,
    Role,
    cell,
    dark_scheme,
    figure_text,
    heading_cell,
    welsh_tips,
)
from gui.scorecard_order import SortedRows
from model import records as r
from model import symbols
from model.edits.errors import EditError, ForecastError, refusal
from model.edits.figures import (
    enter_figure,
    forecast_command,
    quarter_editable_reason,
)
from model.edits.typed import figure_edit_text
from model.periods import Period
from model.report import PeriodReport
from model.scorecard import Scorecard, ScorecardRow, scorecard_row
from model.store import PackFileError
from model.validation import ValidationError
from model.words import period_label

__all__ = ["Column", "Role", "ScorecardModel", "figure_text", "dark_scheme", "OVERRIDE_MARK"]

#: Record kinds whose change only affects the rows of the indicator in their key.
_ROW_KINDS = {"value", "target", "commentary", "forecast_override"}
#: Record kinds whose change can affect every row, the order or the grouping.
_RELOAD_KINDS = {"indicator", "group", "settings", "period_state"}

_COLUMNS = tuple(Column)
_EDIT = int(Qt.ItemDataRole.EditRole)
_LOCKED, _REFUSED = int(Role.LOCKED), int(Role.REFUSED)
_TIP, _BACKGROUND = int(Qt.ItemDataRole.ToolTipRole), int(Qt.ItemDataRole.BackgroundRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)

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


class ScorecardModel(SortedRows, ScorecardClipboard, QAbstractTableModel):
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
        self._report: PeriodReport | None = None
        # One entry per table row: a Group (heading) or a ScorecardRow.
        self._entries: list[r.Group | ScorecardRow] = []
        # Kept per row, filled when first asked for: role -> values by column, and flags.
        self._cells: list[dict[int, tuple] | None] = []
        self._flags: list[tuple | None] = []
        self._font_cache: Fonts | None = None
        self._undo = None
        #: Quarter columns of a final period, with why they are locked.
        self._locked: dict[int, str] = {}
        #: (code, quarter) -> (text typed, why it was refused), until corrected.
        self.refusals: dict[tuple[str, int], tuple[str, str]] = {}
        #: (column, descending) while sorted by a column; None: the papers' group order.
        self.sorted_by: tuple[int, bool] | None = None
        #: The grid's font (View ▸ Zoom); None: the application's.
        self.base_font = None
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

    def _fonts(self) -> Fonts:
        if self._font_cache is None:
            self._font_cache = Fonts(self.base_font)
        return self._font_cache

    def set_font(self, font) -> None:
        """Draw the cells from ``font`` (the grid's zoom; None: the application font)."""
        self.base_font = font
        self.reload()

    def reload(self) -> None:
        """Rebuild every row from the pack."""
        self.beginResetModel()
        self._font_cache = None  # the application font or the zoom may have changed
        if self._pack is None or self._period is None:
            self._report = None
            self._scorecard = None
            self._entries = []
            self._locked = {}
        else:
            self._report = PeriodReport(self._pack, self._period, current())
            self._scorecard = self._report.scorecard
            self._entries = self._ordered(self._layout(self._scorecard))
            self._locked = {}
            for column in QUARTER_COLUMNS:
                period = Period(self._period.year, COLUMNS[column].quarter)
                if COLUMNS[column].quarter <= self._period.quarter and \
                        self._pack.is_final(period):
                    self._locked[int(column)] = translate(
                        "scorecard_model", "{period} is final: its figures are locked. "
                        "Period \u25b8 Reopen period to change them").format(
                            period=period_label(period, current()))
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
        display = COLUMNS[column].display
        return [(row, display(entry)) for row, entry in enumerate(self._entries)
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
            if kind == "value" and key[1].year == self._period.year:
                self.refusals.pop((key[0], key[1].quarter), None)  # corrected, or replaced
        if not codes:
            return
        from model.formula_values import dependents

        codes |= dependents(self._pack, codes)  # calculated indicators follow their operands
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
        """Every kept role's value for every column of one row (see ``KEPT_ROLES``), with
        locked quarters and refused figures said in their tooltips and words."""
        fonts = self._fonts()
        answer = heading_cell if isinstance(entry, r.Group) else cell
        cells = {role: tuple(answer(column, entry, role, fonts) for column in _COLUMNS)
                 for role in KEPT_ROLES}
        if not isinstance(entry, r.Group) and current() == "cy" and self._report is not None:
            cells[_TIP] = welsh_tips(self._report, entry, cells[_TIP])
        if isinstance(entry, r.Group) or not (self._locked or self.refusals):
            return cells
        tips, words, fills = (list(cells[_TIP]), list(cells[_ACCESSIBLE]),
                              list(cells[_BACKGROUND]))
        for column, why in self._locked.items():
            tips[column] = f"{why}\n{tips[column]}"
            words[column] = translate("scorecard_model", "{words}, locked: final").format(
                words=words[column])
            fills[column] = _LOCKED_FILL
        for column in QUARTER_COLUMNS:
            refused = self.refusals.get((entry.code, COLUMNS[column].quarter))
            if refused is not None:
                typed, reason = refused
                tips[column] = translate("scorecard_model", "Refused: {reason} (you typed "
                                         "\u201c{typed}\u201d)").format(reason=reason, typed=typed)
                words[column] = translate("scorecard_model", "{words}, refused: {reason}").format(
                    words=words[column], reason=reason)
        cells[_TIP], cells[_ACCESSIBLE], cells[_BACKGROUND] = (tuple(tips), tuple(words),
                                                               tuple(fills))
        return cells

    def _refusal_changed(self, row: int) -> None:
        self._cells[row] = None
        self.dataChanged.emit(self.index(row, Column.Q1), self.index(row, Column.Q4),
                              [_TIP, _ACCESSIBLE, _REFUSED])

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
            return translate("scorecard_model", "not a figure cell")
        if quarter is None:
            header = COLUMNS[Column(index.column())].header(self._period).replace("\n", " ")
            return translate("scorecard_model", "{column} is worked out, not entered").format(
                column=header)
        indicator = self.row_entry(index.row()).indicator
        if indicator.formula:
            return translate("scorecard_model", "{code} is calculated from its formula "
                             "({formula}); its figures are worked out, not entered").format(
                                 code=indicator.code, formula=indicator.formula)
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
            raise ForecastError(translate("scorecard_model", "there is no pack open"))
        self._apply(forecast_command(self._pack, code, self._period, forecast, reason))

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        reason = self.edit_refusal(index)
        entry = self.row_entry(index.row())
        if reason is not None or entry is None:
            self.editRefused.emit(index, reason or translate("scorecard_model", "not editable"))
            return False
        quarter = self.quarter_of(index)
        period = Period(self._period.year, quarter)
        try:
            self._apply(enter_figure(self._pack, entry.indicator, self._period, quarter,
                                     str(value or "")))
        except (EditError, ValidationError, PackFileError) as exc:
            reason = f"{entry.code} {period.label}: {refusal(exc)}"
            self.refusals[(entry.code, quarter)] = (str(value or ""), reason)
            self._refusal_changed(index.row())
            self.editRefused.emit(index, reason)
            return False
        if self.refusals.pop((entry.code, quarter), None) is not None:
            self._refusal_changed(self.row_of(entry.code))
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return super().headerData(section, orientation, role)
        spec = COLUMNS[Column(section)]
        if role == Qt.ItemDataRole.DisplayRole:
            return spec.header(self._period)
        if role == Qt.ItemDataRole.ToolTipRole:
            return spec.header_tip(self._period)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return spec.align
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        # Called for every role of every visible cell on every paint: roles this model never
        # answers return at once, and columns are looked up, not converted.
        if role not in ANSWERED_ROLES or not index.isValid():
            if role == _LOCKED or role == _REFUSED:  # noqa: PLR1714 - two ints, hot path
                return self._mark(index, role)
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
            return heading_cell(column, entry, role, self._fonts())
        if role == _EDIT and column in QUARTER_COLUMNS and self._pack is not None \
                and self._period is not None:
            return figure_edit_text(self._pack.value(
                entry.code, Period(self._period.year, COLUMNS[column].quarter)))
        return cell(column, entry, role, self._fonts())


    @property
    def marked(self) -> bool:
        """Whether any cell is locked (final) or holds a refused figure (the delegate draws
        padlocks and outlines only then)."""
        return bool(self._locked or self.refusals)

    def _mark(self, index: QModelIndex, role: int):
        """Why the cell is locked (``Role.LOCKED``), or the refused (text, reason)."""
        entry = self.row_entry(index.row())
        if entry is None:
            return None
        if role == _LOCKED:
            return self._locked.get(index.column())
        quarter = self.quarter_of(index)
        return self.refusals.get((entry.code, quarter)) if quarter else None


#: The fill of a locked (final) quarter cell.
_LOCKED_FILL = QBrush(QColor("#e4e4e4"))


def _replace_rows(scorecard: Scorecard, fresh: dict[str, ScorecardRow]) -> Scorecard:
    rows = tuple(fresh.get(row.code, row) for row in scorecard.rows)
    groups = tuple((group, tuple(fresh.get(row.code, row) for row in members))
                   for group, members in scorecard.groups)
    return dataclasses.replace(scorecard, rows=rows, groups=groups)
