"""Reading one worksheet of an ``.xlsx`` workbook: the expat callbacks that turn ``<row>`` and
``<c>`` elements into ``Cell``s, for ``model.xlsx_reader.XlsxBook.rows`` to stream.

The kinds, flags and refusals of the cells are those stated in ``model.xlsx_reader``. The common
cells (text from the shared table, an unformatted number) are made in ``end`` without a call;
everything else, and every problem, in ``_cell``. Text is collected up to ``TEXT_COLLECTED``
times ``Limits.max_text_chars`` and only counted beyond that; a longer one is a ``"t"`` cell
holding a ``TooLong``.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from model.xlsx_parts import (
    COLUMNS,
    MAX_COLUMN,
    MAX_ROW,
    TEXT_COLLECTED,
    TOO_LONG_HEAD,
    Cell,
    CellRange,
    Damaged,
    TooLong,
    column_index,
    column_letter,
    from_iso,
    from_serial,
    local_name,
    new_cell,
    parse_ref,
    unescape,
)
from model.xlsx_safety import Limits, too_many_rows

_NOT_COLLECTING = None
_NUMBER_CACHE_LIMIT = 50_000


class SheetHandler:
    """expat callbacks for one worksheet: turns ``<row>``/``<c>`` elements into Cells."""

    def __init__(self, file: str, sheet: str, limits: Limits, strings: list,
                 styles: dict[str, tuple[bool, str | None]], date1904: bool):
        self.file = file
        self.sheet = sheet
        self.limits = limits
        self.strings = strings  # the shared strings (str, or TooLong)
        self.styles = styles  # cell style -> (percent, date kind), for formatted ones only
        self.date1904 = date1904
        self.ready: list[tuple[int, list[Cell | None]]] = []
        self.merged: list[CellRange] = []
        self.row_number = 0
        self.rows_seen = 0
        self.cells: list[Cell | None] = []
        self.column = 0
        # the cell being read
        self.kind = "n"
        self.style: str | None = None
        self.value: str | None = None
        self.formula: str | None = None
        self.inline: list[str] | None = None
        self.phonetic = 0
        self.buffer: str | None = _NOT_COLLECTING  # the text of the open v, f or t element
        self.dropped = 0  # characters of the cell's text not collected (beyond ``collect``)
        self.max_text = limits.max_text_chars
        self.collect = TEXT_COLLECTED * self.max_text
        self.numbers: dict[str, Decimal] = {}

    # expat calls these three ------------------------------------------------------------------

    def start(self, name: str, attrs: dict[str, str]) -> None:
        # Names are compared as written (``c``); a prefixed one (``x:c``) is re-dispatched by
        # its local name at the end, so the common case pays for no prefix handling.
        if name == "c":
            ref = attrs.get("r")
            if ref is None:
                self.column += 1
            else:
                column = COLUMNS.get(ref.rstrip("0123456789"))
                self.column = column if column is not None else self._column_of(ref)
            self.kind = attrs.get("t", "n")
            self.style = attrs.get("s")
            self.value = self.formula = self.inline = None
            self.dropped = 0
        elif name == "v":
            self.buffer = ""
        elif name == "row":
            self._start_row(attrs.get("r"))
        elif name == "f":
            self.formula = self.buffer = ""
        elif name == "is":
            self.inline = []
        elif name == "t":
            if self.inline is not None and not self.phonetic:
                self.buffer = ""
        elif name == "rPh":
            self.phonetic += 1
        elif name == "dimension":
            self._check_dimension(attrs.get("ref", ""))
        elif name == "mergeCell":
            self._merge(attrs.get("ref", ""))
        elif ":" in name:
            self.start(local_name(name), attrs)

    def end(self, name: str) -> None:
        if name == "v":
            self.value, self.buffer = self.buffer, _NOT_COLLECTING
        elif name == "c":
            # the common cells (text from the shared table, an unformatted number) are made
            # here; everything else, and every problem, in _cell
            value, kind, column = self.value, self.kind, self.column
            cell = None
            if value and self.formula is None and column <= MAX_COLUMN:
                if kind == "s":
                    if value.isdigit():
                        index = int(value)
                        strings = self.strings
                        if index < len(strings):
                            text = strings[index]
                            if text.__class__ is str:  # not a TooLong
                                cell = new_cell(Cell, (text, "s", self.row_number, column,
                                                       False, False, False))
                elif kind == "n" and (self.style is None or self.style not in self.styles):
                    number = self.numbers.get(value)
                    if number is None:
                        number = self._number(value, self.row_number, column)
                    cell = new_cell(Cell, (number, "n", self.row_number, column, False, False,
                                            False))
            if cell is None:
                cell = self._cell()
            if cell is not None:
                cells = self.cells
                index = self.column - 1
                if index == len(cells):
                    cells.append(cell)
                elif index > len(cells):
                    cells.extend([None] * (index - len(cells)))
                    cells.append(cell)
                else:
                    cells[index] = cell
        elif name == "row":
            self.ready.append((self.row_number, self.cells))
        elif name == "f":
            self.formula, self.buffer = self.buffer, _NOT_COLLECTING
        elif name == "t":
            if self.buffer is not None and self.inline is not None:
                self.inline.append(self.buffer)
                self.buffer = _NOT_COLLECTING
        elif name == "rPh":
            self.phonetic -= 1
        elif ":" in name:
            self.end(local_name(name))

    def _start_row(self, number: str | None) -> None:
        if number is None:
            self.row_number += 1
        else:
            try:
                self.row_number = int(number)
            except ValueError:
                raise Damaged(f"the row number {number!r} is not a number") from None
        if not 1 <= self.row_number <= MAX_ROW:
            raise Damaged(f"row {self.row_number} is outside a spreadsheet")
        self.rows_seen += 1
        if self.rows_seen - 1 > self.limits.max_rows:
            raise too_many_rows(self.file, self.sheet, None, self.limits)
        self.cells = []
        self.column = 0

    def text(self, data: str) -> None:
        buffer = self.buffer
        if buffer is not None:
            if not buffer or len(buffer) < self.collect:  # (most texts come in one piece)
                self.buffer = buffer + data
            else:  # far beyond what a cell may hold: count it, never keep it
                self.dropped += len(data)

    # helpers ----------------------------------------------------------------------------------

    def _column_of(self, ref: str) -> int:
        letters = ref.rstrip("0123456789")
        column = column_index(letters.upper())
        if not 1 <= column <= MAX_COLUMN:
            raise Damaged(f"the cell reference {ref!r} is outside a spreadsheet")
        return column

    def _cell(self) -> Cell | None:
        row, column = self.row_number, self.column
        if column > MAX_COLUMN:
            raise Damaged(f"a cell of row {row} is beyond column XFD")
        if self.formula is not None:
            return new_cell(Cell, ("=" + self.formula, "f", row, column, False, False, True))
        kind = self.kind
        value = self.value
        if kind == "s":
            if value is None:
                return None
            try:
                text = self.strings[int(value)]
            except (ValueError, IndexError):
                raise Damaged(f"cell {column_letter(column)}{row} refers to text "
                              f"{value!r} that the workbook does not have") from None
            return new_cell(Cell, (text, "t" if isinstance(text, TooLong) else "s", row, column,
                                   False, False, False))
        if kind == "n":
            if not value:
                return None
            number = self.numbers.get(value)
            if number is None:
                number = self._number(value, row, column)
            style = self.style
            flags = self.styles.get(style) if style is not None else None
            if flags is None:
                return new_cell(Cell, (number, "n", row, column, False, False, False))
            percent, date_kind = flags
            if date_kind is None:
                return new_cell(Cell, (number, "n", row, column, percent, False, False))
            try:
                when = from_serial(float(number), self.date1904, date_kind == "elapsed")
            except (OverflowError, ValueError):
                return new_cell(Cell, ("#VALUE!", "e", row, column, False, False, False))
            return new_cell(Cell, (when, "d", row, column, False, True, False))
        if kind == "inlineStr":
            if self.inline is None:
                return None
            return self._text(unescape("".join(self.inline)), row, column)
        if value is None:
            return None
        if kind == "str":
            return self._text(unescape(value), row, column)
        if kind == "b":
            flag = value.strip().lower() in ("1", "true")
            return new_cell(Cell, (flag, "b", row, column, False, False, False))
        if kind == "e":
            return new_cell(Cell, (value, "e", row, column, False, False, False))
        if kind == "d":
            try:
                when = from_iso(value)
            except ValueError:
                return new_cell(Cell, ("#VALUE!", "e", row, column, False, False, False))
            return new_cell(Cell, (when, "d", row, column, False, True, False))
        raise Damaged(f"cell {column_letter(column)}{row} has the unknown type {kind!r}")

    def _text(self, text: str, row: int, column: int) -> Cell:
        """A text cell, or a ``"t"`` cell (``TooLong``) when it is longer than a cell holds."""
        if self.dropped or len(text) > self.max_text:
            too_long = TooLong(text[:TOO_LONG_HEAD], len(text) + self.dropped, self.max_text)
            return new_cell(Cell, (too_long, "t", row, column, False, False, False))
        return new_cell(Cell, (text, "s", row, column, False, False, False))

    def _number(self, text: str, row: int, column: int) -> Decimal:
        try:
            if "." in text or "e" in text or "E" in text:
                number = Decimal(repr(float(text)))
            else:
                number = Decimal(text)
        except (ValueError, InvalidOperation):
            number = None
        if number is None or not number.is_finite():
            raise Damaged(f"cell {column_letter(column)}{row} holds {text[:40]!r} where a "
                           f"number belongs")
        if len(self.numbers) < _NUMBER_CACHE_LIMIT:
            self.numbers[text] = number
        return number

    def _check_dimension(self, ref: str) -> None:
        last = ref.split(":")[-1]
        corner = parse_ref(last) if last else None
        if corner is not None and corner[0] - 1 > self.limits.max_rows:
            raise too_many_rows(self.file, self.sheet, corner[0] - 1, self.limits)

    def _merge(self, ref: str) -> None:
        first, _, last = ref.partition(":")
        start = parse_ref(first)
        stop = parse_ref(last or first)
        if start is None or stop is None:
            raise Damaged(f"the merged range {ref!r} is not a range of cells")
        self.merged.append(CellRange(ref, min(start[0], stop[0]), min(start[1], stop[1]),
                                     max(start[0], stop[0]), max(start[1], stop[1])))
