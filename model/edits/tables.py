"""Breakdowns and snapshot comparisons: made, deleted, their counts, and their lines.

Rules:
- A breakdown is categories (rows, e.g. source of contact) by categories (columns, e.g.
  outcome) for one period; a snapshot is categories by dates. Cells are whole counts, not
  negative; blank is blank, never zero. Totals are worked out (never stored or entered).
- Every change replaces the record's table in one command (one undo step): a typed count, a
  pasted block (all or nothing, the first bad cell named), a line (row, column, category or
  date) added after the current one, removed, renamed in English or Welsh, or moved up or down.
  The cells move with their lines, so the table of figures always has the shape of its labels
  (``model.validation`` refuses any other).
- Line labels are required and unique within their list; a snapshot's dates are dates, stored
  as ``YYYY-MM-DD``. A table keeps at least one line each way (delete the table instead).
- A new table is titled by the officer (required) and gets a name made from the title
  (``contacts-by-source``), two blank rows by two blank columns; a breakdown is for the period
  shown, a snapshot compares 31 March of the last two years.
- The functions take and return records, never build keys, so they work whatever a kind's key
  is; commands use ``record.key``.
- ``breakdown_mismatch``: a breakdown that names an indicator is compared with that indicator's
  figure for the breakdown's period; a grand total that differs is a warning, in words.
"""

from __future__ import annotations

import datetime as dt
import re

from model import records as r
from model.checks import breakdown_mismatch
from model.commands import Command, delete, put
from model.edits.errors import EditError, InputError, PasteError
from model.edits.typed import parse_count, parse_date
from model.errors import quote
from model.periods import Period

__all__ = ["ROWS", "COLUMNS", "Table", "table_of", "with_table", "cells_of", "line_word",
           "total", "place", "insert_line", "remove_line", "move_line", "unique_name",
           "unique_label", "next_date", "breakdown_mismatch", "new_table", "delete_table",
           "set_count", "paste_counts", "add_line", "remove_line_command", "move_line_command",
           "rename_line", "welsh_labels"]

ROWS, COLUMNS = "rows", "columns"

#: The record fields of each kind: (row labels, Welsh row labels, column labels, Welsh column
#: labels or None, cells).
_FIELDS = {
    "breakdown": ("rows", "rows_cy", "columns", "columns_cy", "cells"),
    "snapshot": ("categories", "categories_cy", "dates", None, "counts"),
}


class Table:
    """A breakdown's or snapshot's labels and cells, padded so that every list fits: Welsh
    labels as many as the English ones, ``cells`` len(rows) lines of len(columns) cells."""

    def __init__(self, rows, rows_cy, columns, columns_cy, cells):
        self.rows = list(rows)
        self.columns = list(columns)
        self.rows_cy = _fit([str(x) for x in rows_cy], len(self.rows))
        self.columns_cy = _fit([str(x) for x in (columns_cy or [])], len(self.columns))
        self.cells = [list(cells[i]) if i < len(cells) else [] for i in range(len(self.rows))]
        for line in self.cells:
            del line[len(self.columns):]
            line.extend([None] * (len(self.columns) - len(line)))

    def labels(self, axis: str) -> tuple[list, list]:
        return (self.rows, self.rows_cy) if axis == ROWS else (self.columns, self.columns_cy)


def _fit(values: list, length: int) -> list:
    return (values + [""] * length)[:length]


def table_of(record) -> Table:
    rows, rows_cy, columns, columns_cy, cells = _FIELDS[record.kind]
    return Table(getattr(record, rows), getattr(record, rows_cy), getattr(record, columns),
                 getattr(record, columns_cy) if columns_cy else [], getattr(record, cells))


def with_table(record, table: Table):
    """``record`` holding ``table`` (Welsh labels dropped when none is written)."""
    rows, rows_cy, columns, columns_cy, cells = _FIELDS[record.kind]
    changes = {rows: table.rows, columns: table.columns, cells: table.cells,
               rows_cy: table.rows_cy if any(table.rows_cy) else []}
    if columns_cy:
        changes[columns_cy] = table.columns_cy if any(table.columns_cy) else []
    return record.replace(**changes)


def cells_of(record) -> tuple[list, list, list]:
    """A table's row labels, column labels and cells as stored (not padded)."""
    rows, _rows_cy, columns, _columns_cy, cells = _FIELDS[record.kind]
    return getattr(record, rows), getattr(record, columns), getattr(record, cells)


def welsh_labels(kind: str, axis: str) -> bool:
    """Whether the lines along ``axis`` of a ``kind`` table have Welsh labels."""
    return _FIELDS[kind][1 if axis == ROWS else 3] is not None


def line_word(kind: str, axis: str) -> str:
    """What a line is called: row or column (breakdowns), category or date (snapshots)."""
    if kind == "snapshot":
        return "category" if axis == ROWS else "date"
    return "row" if axis == ROWS else "column"


def total(values) -> int | None:
    """The sum of the counts given; None when all are blank."""
    present = [v for v in values if v is not None]
    return sum(present) if present else None


def place(record, row: int, column: int) -> str:
    """A cell named by its row and column labels (``Police, Referral``; ``Total`` beyond)."""
    rows, columns, _cells = cells_of(record)
    return (f"{rows[row] if row < len(rows) else 'Total'}, "
            f"{columns[column] if column < len(columns) else 'Total'}")


# -- records with a line changed -----------------------------------------------------------------


def insert_line(record, axis: str, at: int, label: str, label_cy: str = ""):
    """``record`` with a blank row (or column) labelled ``label`` inserted before ``at``."""
    table = table_of(record)
    labels, labels_cy = table.labels(axis)
    at = max(0, min(at, len(labels)))
    labels.insert(at, label)
    labels_cy.insert(at, label_cy)
    if axis == ROWS:
        table.cells.insert(at, [None] * len(table.columns))
    else:
        for line in table.cells:
            line.insert(at, None)
    return with_table(record, table)


def remove_line(record, axis: str, at: int):
    """``record`` without its row (or column) ``at`` and that line's figures."""
    table = table_of(record)
    labels, labels_cy = table.labels(axis)
    del labels[at]
    del labels_cy[at]
    if axis == ROWS:
        del table.cells[at]
    else:
        for line in table.cells:
            del line[at]
    return with_table(record, table)


def move_line(record, axis: str, at: int, step: int):
    """``record`` with line ``at`` moved ``step`` places, its figures with it; None at an end."""
    table = table_of(record)
    labels, labels_cy = table.labels(axis)
    to = at + step
    if not 0 <= to < len(labels):
        return None
    for values in (labels, labels_cy, *([table.cells] if axis == ROWS else table.cells)):
        values.insert(to, values.pop(at))
    return with_table(record, table)


def unique_name(taken, title: str) -> str:
    """A name for a new item from its title (``contacts-by-source``), not among ``taken``."""
    base = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-") or "item"
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base}-{n}"
    return name


def unique_label(labels, base: str) -> str:
    """``base``, or ``base 2``, ``base 3`` … whichever is not among ``labels``."""
    taken = {str(x) for x in labels}
    label, n = base, 1
    while label in taken:
        n += 1
        label = f"{base} {n}"
    return label


def next_date(dates, today: dt.date | None = None) -> str:
    """A year after the last date (31 March of this year when there is none)."""
    for text in reversed([str(d) for d in dates]):
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            continue
        try:
            return day.replace(year=day.year + 1).isoformat()
        except ValueError:  # 29 February
            return (day + dt.timedelta(days=365)).isoformat()
    return dt.date((today or dt.date.today()).year, 3, 31).isoformat()


# -- commands --------------------------------------------------------------------------------


def new_table(pack, kind: str, title: str, period: Period) -> Command:
    """A new breakdown (for ``period``) or snapshot titled ``title``: two blank rows by two
    blank columns, last in the list."""
    title = (title or "").strip()
    if not title:
        raise EditError("a title is required")
    existing = pack.all(kind)
    name = unique_name({x.name for x in existing}, title)
    position = max((x.position for x in existing), default=0) + 1
    if kind == "breakdown":
        record = r.Breakdown(name=name, title=title, period=period,
                             rows=["Row 1", "Row 2"], columns=["Column 1", "Column 2"],
                             cells=[[None, None], [None, None]], position=position)
    else:
        year = period.fy.start
        record = r.Snapshot(name=name, title=title, categories=["Category 1", "Category 2"],
                            dates=[f"{year - 1}-03-31", f"{year}-03-31"],
                            counts=[[None, None], [None, None]], position=position)
    return put(f"New {kind} {title}", record)


def delete_table(record) -> Command:
    """Delete a breakdown or snapshot with its figures (one undo step)."""
    return delete(f"Delete {record.kind} {record.title}", record.kind, record.key)


def set_count(record, row: int, column: int, text) -> Command:
    """Enter typed ``text`` as the count at ``row``, ``column`` (not a total)."""
    rows, columns, _cells = cells_of(record)
    if row >= len(rows) or column >= len(columns):
        raise InputError("totals are worked out, not entered")
    number = parse_count(text)
    table = table_of(record)
    table.cells[row][column] = number
    return put(f"Edit {record.title}: {place(record, row, column)}", with_table(record, table))


def paste_counts(pack, record, cells: list[tuple[int, int, str, str]]) -> Command:
    """One command entering every pasted count: ``cells`` are (row, column, text, place in the
    block). Raises PasteError naming the first bad cell (totals cannot be pasted into)."""
    if record is None:
        raise PasteError("choose a table first")
    rows, columns, _cells = cells_of(record)
    table = table_of(record)
    for row, column, text, where in cells:
        spot = f"{place(record, row, column)} ({where})"
        if pack.read_only:
            raise PasteError(f"{spot}: the pack is open read-only")
        if row >= len(rows) or column >= len(columns):
            raise PasteError(f"{spot}: totals are worked out, not entered")
        try:
            table.cells[row][column] = parse_count(text)
        except InputError as exc:
            raise PasteError(f"{spot}: {exc}") from None
    command = put(f"Paste {len(cells)} figure{'s' if len(cells) != 1 else ''} into "
                  f"{record.title}", with_table(record, table))
    _changes, problems = pack.prepare(command)
    if problems:
        raise PasteError("; ".join(p.message for p in problems))
    return command


def add_line(record, axis: str, at: int, label: str | None = None) -> Command:
    """Add a line before ``at`` (the end when ``at`` is past it) labelled ``label``: by
    default the next free "New row" (etc.), or for a snapshot's dates a year after the last."""
    labels, _labels_cy = table_of(record).labels(axis)
    word = line_word(record.kind, axis)
    if label is None:
        label = next_date(labels) if record.kind == "snapshot" and axis == COLUMNS else \
            unique_label(labels, f"New {word}")
    return put(f"Add {word} to {record.title}", insert_line(record, axis, at, label))


def remove_line_command(record, axis: str, at: int) -> Command:
    """Remove line ``at`` with its figures; a table keeps at least one line each way."""
    labels, _labels_cy = table_of(record).labels(axis)
    word = line_word(record.kind, axis)
    if not 0 <= at < len(labels):
        raise EditError(f"choose the {word} to remove first")
    if len(labels) == 1:
        raise EditError(f"a table needs at least one {word}; delete the table instead")
    return put(f"Remove {word} '{labels[at]}' from {record.title}",
               remove_line(record, axis, at))


def move_line_command(record, axis: str, at: int, step: int) -> Command | None:
    """Move line ``at`` ``step`` places with its figures; None at either end."""
    moved = move_line(record, axis, at, step)
    if moved is None:
        return None
    return put(f"Move {line_word(record.kind, axis)} in {record.title}", moved)


def rename_line(record, axis: str, at: int, text, welsh: bool = False) -> Command:
    """Label line ``at`` with ``text`` (its Welsh label when ``welsh``). English labels are
    required and unique; a snapshot's dates are read as dates and stored ``YYYY-MM-DD``."""
    table = table_of(record)
    labels, labels_cy = table.labels(axis)
    word = line_word(record.kind, axis)
    text = str(text or "").strip()
    if record.kind == "snapshot" and axis == COLUMNS:
        day = parse_date(text)
        if day is None:
            raise InputError("a date is required, e.g. 2025-03-31")
        text = day.isoformat()
    elif not welsh and not text:
        raise InputError(f"a {word} needs a label")
    if not welsh and text in [str(x) for i, x in enumerate(labels) if i != at]:
        raise InputError(f"there is already a {word} '{quote(text)}'")
    (labels_cy if welsh else labels)[at] = text
    return put(f"Rename {word} in {record.title}", with_table(record, table))
