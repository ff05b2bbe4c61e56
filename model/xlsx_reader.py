"""A small, safe, streaming reader of ``.xlsx`` workbooks, built on the C expat parser.

Craffu reads workbooks that other people send (the interchange workbook, the filled
data-collection template). This module reads only what an importer needs, fast, and never trusts
the file. Usage::

    from model.xlsx_reader import open_xlsx

    with open_xlsx(path) as book:                 # raises WorkbookRefused, message for people
        for name in book.sheet_names:             # workbook order, hidden sheets included
            if not book.visible(name) or not book.is_worksheet(name):
                continue
            for number, cells in book.rows(name): # spreadsheet row number, cells by column
                for cell in cells:                # cells[0] is column A; None = empty cell
                    if cell is None:
                        continue
                    if cell.formula:              # never evaluated, cached value never used
                        refuse(f"cell {cell.coordinate} contains a formula")
            book.merged(name)                     # [CellRange('A1:B2', 1, 1, 2, 2), ...]

Rules:

- Safety first: ``open_xlsx`` runs ``model.xlsx_safety.check_workbook_file`` (not a zip, old
  ``.xls``, encrypted, zip bombs, size limits), then parses every part it reads with expat, with
  document type and entity declarations refused (``<!DOCTYPE``, ``<!ENTITY``: how XML bombs and
  external entities arrive; spreadsheets never need them) and external entities never fetched.
  A sheet declaring (``<dimension>``) or holding more than ``Limits.max_rows`` rows after its
  header is refused, at once or as soon as the count is passed; a cell beyond column XFD or row
  1,048,576, an unreadable number or a malformed part is refused as damaged, naming the sheet and
  row. Every refusal is a ``WorkbookRefused`` naming the file.
- Sheets: ``sheet_names`` in workbook order from ``xl/workbook.xml`` and its relationships;
  ``visible(name)`` is False for ``hidden`` and ``veryHidden`` sheets; ``is_worksheet(name)`` is
  False for chart sheets (they have no rows).
- Rows: ``rows(name)`` streams ``(row number, cells)`` for each ``<row>`` the sheet holds (empty
  rows in between are not invented); a row or cell without an ``r`` attribute follows the
  previous one. ``cells`` is a list indexed by column (0 = A), ``None`` where there is no value.
- Cells (``Cell``, an immutable named tuple): ``value``, ``kind``, ``row``, ``column``
  (1-based), ``percent``, ``is_date``, ``formula``; ``coordinate`` (``"C2"``). Kinds:
  ``"n"`` number: a ``Decimal`` read by the shortest repr of its double (``0.1`` stays ``0.1``
  although Excel may store ``0.10000000000000001``); ``percent`` is True when its number format
  shows it as a percentage (built-in 9 and 10, or a custom format with ``%`` outside quotes and
  brackets), the value is as stored (0.85 for 85%). ``"d"`` date or time: a number cell whose
  format is a date or time format (built-in ids 14-22, 27-36, 45-47, 50-58 or a custom code with
  d, m, y, h or s outside quotes, brackets and escapes) becomes a ``datetime`` (a ``time`` below 1,
  a ``timedelta`` for elapsed formats such as ``[h]:mm``) in the workbook's 1900 or 1904 date
  system, and an ISO ``t="d"`` cell a ``date``, ``datetime`` or ``time``; ``is_date`` is True.
  ``"s"`` text: shared strings, inline strings and ``t="str"``, rich-text runs joined, phonetic
  runs left out, ``_xHHHH_`` escapes decoded. ``"b"`` boolean: True or False. ``"e"`` error:
  the error text (``#N/A``, ``#DIV/0!``; a date serial out of range or an unreadable ISO date
  is ``#VALUE!``). ``"f"``
  formula: ``formula`` is True and ``value`` is ``"="`` plus the formula text; the cached
  result is never read, so a caller can refuse it but never trusts it.
- ``merged(name)``: the sheet's merged ranges as ``CellRange(ref, min_row, min_col, max_row,
  max_col)`` (1-based, inclusive), read with the rows when they were streamed to the end, else by
  a pass over the sheet.
- Number formats, shared strings and the date system are read once at open; the shared strings
  are bounded by ``Limits.max_shared_strings_bytes`` (checked before anything is read).
- openpyxl is not used for reading (it stays the library for writing workbooks).
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Callable, Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path, PurePosixPath
from typing import Any, NamedTuple
from xml.parsers import expat

from model.xlsx_safety import (
    DEFAULT_LIMITS,
    Limits,
    WorkbookRefused,
    check_workbook_file,
    too_many_rows,
)

__all__ = ["Cell", "CellRange", "XlsxBook", "open_xlsx", "column_letter", "MAX_ROW", "MAX_COLUMN"]

#: The largest row and column a spreadsheet has (Excel's 1,048,576 rows and column XFD).
MAX_ROW = 1_048_576
MAX_COLUMN = 16_384

_CHUNK = 64 * 1024
_WORKBOOK = "xl/workbook.xml"
_REL_SHEET = "/worksheet"
_REL_STRINGS = "/sharedStrings"
_REL_STYLES = "/styles"


# -- what a reader gets ------------------------------------------------------------------------


class Cell(NamedTuple):
    """One cell with a value (see the module rules for kinds and flags)."""

    value: Any
    kind: str
    row: int
    column: int
    percent: bool = False
    is_date: bool = False
    formula: bool = False

    @property
    def coordinate(self) -> str:
        """The cell's reference, e.g. ``C2``."""
        return f"{column_letter(self.column)}{self.row}"


class CellRange(NamedTuple):
    """A merged range: its reference and its corners (1-based, inclusive)."""

    ref: str
    min_row: int
    min_col: int
    max_row: int
    max_col: int


_new_cell = tuple.__new__  # Cell(...) without the generated __new__'s overhead


def column_letter(column: int) -> str:
    """``1`` -> ``A``, ``27`` -> ``AA``."""
    letters = ""
    while column:
        column, rem = divmod(column - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


_COLUMNS: dict[str, int] = {}


def _column_index(letters: str) -> int:
    """``A`` -> 1; 0 when ``letters`` is not a column name."""
    index = _COLUMNS.get(letters)
    if index is None:
        index = 0
        for char in letters:
            code = ord(char) - 64
            if not 1 <= code <= 26:
                return 0
            index = index * 26 + code
        if index > MAX_COLUMN:
            return index
        _COLUMNS[letters] = index
    return index


_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d{1,7})$")


def _parse_ref(ref: str) -> tuple[int, int] | None:
    match = _REF.match(ref.strip())
    if not match:
        return None
    return int(match.group(2)), _column_index(match.group(1).upper())


# -- safe parsing ------------------------------------------------------------------------------


class _Forbidden(Exception):
    """A part declared a document type or entities."""


def _forbid(*_args) -> None:
    raise _Forbidden


def _parser() -> Any:
    """An expat parser that refuses DTDs and entity declarations and never fetches anything."""
    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = _forbid
    parser.EntityDeclHandler = _forbid
    parser.UnparsedEntityDeclHandler = _forbid
    parser.ExternalEntityRefHandler = _forbid
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.buffer_text = True
    parser.buffer_size = _CHUNK
    return parser


_LOCAL: dict[str, str] = {}


def _local(name: str) -> str:
    """The element or attribute name without its namespace prefix (``x:c`` -> ``c``)."""
    local = _LOCAL.get(name)
    if local is None:
        local = name.rpartition(":")[2]
        if len(_LOCAL) < 1024:  # a hostile part may invent any number of names
            _LOCAL[name] = local
    return local


def _attr(attrs: dict[str, str], local: str) -> str | None:
    """An attribute by local name, whatever its prefix."""
    for key, value in attrs.items():
        if _local(key) == local:
            return value
    return None


_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _unescape(text: str) -> str:
    """Decode the ``_xHHHH_`` escapes of spreadsheet text (ECMA-376 ST_Xstring)."""
    if "_x" not in text:
        return text
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


# -- number formats ----------------------------------------------------------------------------

_PERCENT_IDS = frozenset({9, 10})
_DATE_IDS = frozenset([*range(14, 23), *range(27, 37), 45, 46, 47, *range(50, 59)])
_ELAPSED_IDS = frozenset({46})
_QUOTED = re.compile(r'"[^"]*"|\\.|[_*].|\[[^\]]*\]')
_ELAPSED = re.compile(r"\[(h+|m+|s+)\]", re.IGNORECASE)
_DATE_LETTERS = re.compile(r"[dmyhs]", re.IGNORECASE)


def is_percent_format(code: str | None) -> bool:
    """Whether a number format code shows numbers as percentages (``0.0%``, not ``0"%"``)."""
    if not code or "%" not in code:
        return False
    return "%" in _QUOTED.sub("", code)


def date_format_kind(code: str | None) -> str | None:
    """``"date"`` for a date or time format code, ``"elapsed"`` for ``[h]:mm`` and the like,
    None for any other (only the first section, for positive numbers, counts)."""
    if not code:
        return None
    first = code.split(";")[0]
    if _ELAPSED.search(first):
        return "elapsed"
    return "date" if _DATE_LETTERS.search(_QUOTED.sub("", first)) else None


_WINDOWS_EPOCH = dt.datetime(1899, 12, 30)
_MAC_EPOCH = dt.datetime(1904, 1, 1)


def _from_serial(value: float, date1904: bool, elapsed: bool
                 ) -> dt.datetime | dt.time | dt.timedelta:
    """An Excel date serial as Python's date types (as openpyxl reads them)."""
    if elapsed:
        delta = dt.timedelta(days=value)
        if delta.microseconds:
            delta = dt.timedelta(seconds=delta.total_seconds() // 1,
                                 microseconds=round(delta.microseconds, -3))
        return delta
    day, fraction = divmod(value, 1)
    diff = dt.timedelta(milliseconds=round(fraction * 86_400_000))
    if 0 <= value < 1 and diff.days == 0:
        minutes, seconds = divmod(diff.seconds, 60)
        hours, minutes = divmod(minutes, 60)
        return dt.time(hours, minutes, seconds, diff.microseconds)
    if date1904:
        return _MAC_EPOCH + dt.timedelta(days=day) + diff
    if 0 < value < 60:
        day += 1  # Excel's 1900 leap-year bug: serials before 1 March 1900 are a day out
    return _WINDOWS_EPOCH + dt.timedelta(days=day) + diff


def _from_iso(text: str) -> dt.date | dt.datetime | dt.time:
    text = text.strip()
    if text.endswith("Z"):
        text = text[:-1]
    if "T" not in text and ":" in text:
        return dt.time.fromisoformat(text)
    if text.startswith("T"):
        return dt.time.fromisoformat(text[1:])
    if len(text) == 10:
        return dt.date.fromisoformat(text)
    return dt.datetime.fromisoformat(text)


# -- the workbook ------------------------------------------------------------------------------


class _SheetInfo(NamedTuple):
    name: str
    part: str | None  # the zip member; None when the relationship is missing
    state: str
    worksheet: bool


def open_xlsx(path: Path | str, limits: Limits = DEFAULT_LIMITS) -> XlsxBook:
    """Check ``path`` and open it for reading; the caller closes it (or uses ``with``).

    Raises WorkbookRefused, with a message naming the file, for anything unsafe or unreadable.
    """
    path = Path(path)
    check_workbook_file(path, limits)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise WorkbookRefused(f"{path.name} is a damaged .xlsx workbook ({exc})") from None
    try:
        return XlsxBook(path.name, archive, limits)
    except BaseException:
        archive.close()
        raise


class XlsxBook:
    """An open workbook: its sheets, and their rows streamed on demand."""

    def __init__(self, file_name: str, archive: zipfile.ZipFile, limits: Limits):
        self.file_name = file_name
        self.limits = limits
        self._archive = archive
        self._members = set(archive.namelist())
        self.date1904 = False
        self._sheets: dict[str, _SheetInfo] = {}
        self._merged: dict[str, list[CellRange]] = {}
        rels = self._relationships(_WORKBOOK)
        self._read_workbook(rels)
        strings = next((t for t, kind in rels.values() if kind.endswith(_REL_STRINGS)),
                       "xl/sharedStrings.xml")
        styles = next((t for t, kind in rels.values() if kind.endswith(_REL_STYLES)),
                      "xl/styles.xml")
        self._strings = self._read_strings(strings) if strings in self._members else []
        self._styles = self._read_styles(styles) if styles in self._members else {}

    # -- public -----------------------------------------------------------------------------

    @property
    def sheet_names(self) -> list[str]:
        """Every sheet's name, in workbook order (hidden sheets and chart sheets included)."""
        return list(self._sheets)

    def visible(self, sheet: str) -> bool:
        """False for a hidden or very hidden sheet."""
        return self._info(sheet).state == "visible"

    def state(self, sheet: str) -> str:
        """``visible``, ``hidden`` or ``veryHidden``."""
        return self._info(sheet).state

    def is_worksheet(self, sheet: str) -> bool:
        """False for a chart sheet (it has no cells)."""
        return self._info(sheet).worksheet

    def rows(self, sheet: str) -> Iterator[tuple[int, list[Cell | None]]]:
        """Stream ``(row number, cells)`` for every row the sheet holds (see module rules).

        Raises KeyError at once for a sheet the workbook does not have, WorkbookRefused for a
        chart sheet, a missing part, or (while streaming) a hostile or damaged sheet.
        """
        info = self._info(sheet)
        if not info.worksheet:
            raise WorkbookRefused(f"{self.file_name}, sheet {sheet} is a chart, not a table")
        if info.part is None or info.part not in self._members:
            raise WorkbookRefused(f"{self.file_name}, sheet {sheet} is missing from the "
                                  f"workbook (a damaged .xlsx)")
        return self._stream(sheet, info)

    def _stream(self, sheet: str, info: _SheetInfo) -> Iterator[tuple[int, list[Cell | None]]]:
        handler = _SheetHandler(self, sheet)
        parser = _parser()
        parser.StartElementHandler = handler.start
        parser.EndElementHandler = handler.end
        parser.CharacterDataHandler = handler.text
        ready = handler.ready
        try:
            with self._archive.open(info.part) as member:
                while True:
                    chunk = member.read(_CHUNK)
                    parser.Parse(chunk, not chunk)
                    if ready:
                        yield from ready
                        ready.clear()
                    if not chunk:
                        break
        except _Forbidden:
            raise self._forbidden(info.part) from None
        except (expat.ExpatError, zipfile.BadZipFile, OSError, EOFError, ValueError,
                _Damaged) as exc:
            if isinstance(exc, WorkbookRefused):
                raise
            reason = exc.args[0] if isinstance(exc, _Damaged) else f"{type(exc).__name__}: {exc}"
            raise WorkbookRefused(
                f"{self.file_name}, sheet {sheet} is damaged near row {handler.row_number or 1} "
                f"({reason})"
            ) from None
        self._merged[sheet] = handler.merged

    def merged(self, sheet: str) -> list[CellRange]:
        """The sheet's merged cell ranges."""
        if sheet not in self._merged:
            for _row in self.rows(sheet):
                pass
        return list(self._merged[sheet])

    def close(self) -> None:
        self._archive.close()

    def __enter__(self) -> XlsxBook:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- reading the small parts ------------------------------------------------------------

    def _info(self, sheet: str) -> _SheetInfo:
        try:
            return self._sheets[sheet]
        except KeyError:
            raise KeyError(f"{self.file_name} has no sheet named {sheet!r}") from None

    def _forbidden(self, part: str) -> WorkbookRefused:
        return WorkbookRefused(
            f"{self.file_name}: the part {part} declares a document type or entities, which "
            f"spreadsheets never need (a possible XML bomb); the workbook is refused"
        )

    def _parse(self, part: str, start: Callable, end: Callable | None = None,
               text: Callable | None = None) -> None:
        parser = _parser()
        parser.StartElementHandler = start
        if end is not None:
            parser.EndElementHandler = end
        if text is not None:
            parser.CharacterDataHandler = text
        try:
            with self._archive.open(part) as member:
                while True:
                    chunk = member.read(_CHUNK)
                    parser.Parse(chunk, not chunk)
                    if not chunk:
                        break
        except _Forbidden:
            raise self._forbidden(part) from None
        except (expat.ExpatError, zipfile.BadZipFile, OSError, EOFError, ValueError,
                _Damaged) as exc:
            if isinstance(exc, WorkbookRefused):
                raise
            raise WorkbookRefused(
                f"{self.file_name} is a damaged .xlsx workbook: its part {part} cannot be read "
                f"({type(exc).__name__}: {exc})"
            ) from None

    def _relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """Relationship id -> (target zip member, type) for ``part``."""
        folder = PurePosixPath(part).parent
        rels_part = f"{folder}/_rels/{PurePosixPath(part).name}.rels"
        found: dict[str, tuple[str, str]] = {}
        if rels_part not in self._members:
            return found

        def start(name: str, attrs: dict[str, str]) -> None:
            if _local(name) == "Relationship" and "Id" in attrs and "Target" in attrs:
                target = attrs["Target"].replace("\\", "/")
                if target.startswith("/"):
                    member = target.lstrip("/")
                else:
                    member = _normalise(f"{folder}/{target}")
                found[attrs["Id"]] = (member, attrs.get("Type", ""))

        self._parse(rels_part, start)
        return found

    def _read_workbook(self, rels: dict[str, tuple[str, str]]) -> None:
        def start(name: str, attrs: dict[str, str]) -> None:
            local = _local(name)
            if local == "sheet":
                title = attrs.get("name")
                if title is None:
                    return
                target = rels.get(_attr(attrs, "id") or "")
                state = attrs.get("state", "visible")
                if state not in ("hidden", "veryHidden"):
                    state = "visible"
                worksheet = target is None or target[1].endswith(_REL_SHEET)
                self._sheets[title] = _SheetInfo(title, target[0] if target else None, state,
                                                 worksheet)
            elif local == "workbookPr":
                self.date1904 = attrs.get("date1904", "").lower() in ("1", "true")

        self._parse(_WORKBOOK, start)

    def _read_strings(self, part: str) -> list[str]:
        strings: list[str] = []
        state: dict[str, Any] = {"text": None, "phonetic": 0}
        pieces: list[str] = []

        def start(name: str, attrs: dict[str, str]) -> None:
            local = _local(name)
            if local == "si":
                pieces.clear()
            elif local == "rPh":
                state["phonetic"] += 1
            elif local == "t" and not state["phonetic"]:
                state["text"] = ""

        def end(name: str) -> None:
            local = _local(name)
            if local == "t" and state["text"] is not None:
                pieces.append(state["text"])
                state["text"] = None
            elif local == "rPh":
                state["phonetic"] -= 1
            elif local == "si":
                strings.append(_unescape("".join(pieces)))

        def text(data: str) -> None:
            if state["text"] is not None:
                state["text"] += data

        self._parse(part, start, end, text)
        return strings

    def _read_styles(self, part: str) -> dict[str, tuple[bool, str | None]]:
        """Cell style index (as the ``s`` attribute text) -> (percent, date kind)."""
        custom: dict[int, str] = {}
        ids: list[int] = []
        where = {"cellXfs": False}

        def start(name: str, attrs: dict[str, str]) -> None:
            local = _local(name)
            if local == "numFmt":
                try:
                    custom[int(attrs.get("numFmtId", ""))] = attrs.get("formatCode", "")
                except ValueError:
                    pass
            elif local == "cellXfs":
                where["cellXfs"] = True
            elif local == "xf" and where["cellXfs"]:
                try:
                    ids.append(int(attrs.get("numFmtId", "0")))
                except ValueError:
                    ids.append(0)

        def end(name: str) -> None:
            if _local(name) == "cellXfs":
                where["cellXfs"] = False

        self._parse(part, start, end)
        styles: dict[str, tuple[bool, str | None]] = {}
        for index, format_id in enumerate(ids):
            if format_id in custom:
                code = custom[format_id]
                flags = (is_percent_format(code), date_format_kind(code))
            else:
                flags = (format_id in _PERCENT_IDS,
                         ("elapsed" if format_id in _ELAPSED_IDS else "date")
                         if format_id in _DATE_IDS else None)
            if flags != (False, None):
                styles[str(index)] = flags
        return styles


def _normalise(path: str) -> str:
    parts: list[str] = []
    for piece in path.split("/"):
        if piece in ("", "."):
            continue
        if piece == "..":
            if parts:
                parts.pop()
            continue
        parts.append(piece)
    return "/".join(parts)


# -- the sheet ---------------------------------------------------------------------------------


class _Damaged(Exception):
    """A sheet whose content is not what a workbook can hold (reason in args[0])."""


_NOT_COLLECTING = None
_NUMBER_CACHE_LIMIT = 50_000


class _SheetHandler:
    """expat callbacks for one worksheet: turns ``<row>``/``<c>`` elements into Cells."""

    def __init__(self, book: XlsxBook, sheet: str):
        self.file = book.file_name
        self.sheet = sheet
        self.limits = book.limits
        self.strings = book._strings
        self.styles = book._styles
        self.date1904 = book.date1904
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
                column = _COLUMNS.get(ref.rstrip("0123456789"))
                self.column = column if column is not None else self._column_of(ref)
            self.kind = attrs.get("t", "n")
            self.style = attrs.get("s")
            self.value = self.formula = self.inline = None
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
            self.start(_local(name), attrs)

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
                            cell = _new_cell(Cell, (strings[index], "s", self.row_number, column,
                                                    False, False, False))
                elif kind == "n" and (self.style is None or self.style not in self.styles):
                    number = self.numbers.get(value)
                    if number is None:
                        number = self._number(value, self.row_number, column)
                    cell = _new_cell(Cell, (number, "n", self.row_number, column, False, False,
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
            self.end(_local(name))

    def _start_row(self, number: str | None) -> None:
        if number is None:
            self.row_number += 1
        else:
            try:
                self.row_number = int(number)
            except ValueError:
                raise _Damaged(f"the row number {number!r} is not a number") from None
        if not 1 <= self.row_number <= MAX_ROW:
            raise _Damaged(f"row {self.row_number} is outside a spreadsheet")
        self.rows_seen += 1
        if self.rows_seen - 1 > self.limits.max_rows:
            raise too_many_rows(self.file, self.sheet, None, self.limits)
        self.cells = []
        self.column = 0

    def text(self, data: str) -> None:
        if self.buffer is not None:
            self.buffer += data

    # helpers ----------------------------------------------------------------------------------

    def _column_of(self, ref: str) -> int:
        letters = ref.rstrip("0123456789")
        column = _column_index(letters.upper())
        if not 1 <= column <= MAX_COLUMN:
            raise _Damaged(f"the cell reference {ref!r} is outside a spreadsheet")
        return column

    def _cell(self) -> Cell | None:
        row, column = self.row_number, self.column
        if column > MAX_COLUMN:
            raise _Damaged(f"a cell of row {row} is beyond column XFD")
        if self.formula is not None:
            return _new_cell(Cell, ("=" + self.formula, "f", row, column, False, False, True))
        kind = self.kind
        value = self.value
        if kind == "s":
            if value is None:
                return None
            try:
                text = self.strings[int(value)]
            except (ValueError, IndexError):
                raise _Damaged(f"cell {column_letter(column)}{row} refers to text "
                               f"{value!r} that the workbook does not have") from None
            return _new_cell(Cell, (text, "s", row, column, False, False, False))
        if kind == "n":
            if not value:
                return None
            number = self.numbers.get(value)
            if number is None:
                number = self._number(value, row, column)
            style = self.style
            flags = self.styles.get(style) if style is not None else None
            if flags is None:
                return _new_cell(Cell, (number, "n", row, column, False, False, False))
            percent, date_kind = flags
            if date_kind is None:
                return _new_cell(Cell, (number, "n", row, column, percent, False, False))
            try:
                when = _from_serial(float(number), self.date1904, date_kind == "elapsed")
            except (OverflowError, ValueError):
                return _new_cell(Cell, ("#VALUE!", "e", row, column, False, False, False))
            return _new_cell(Cell, (when, "d", row, column, False, True, False))
        if kind == "inlineStr":
            if self.inline is None:
                return None
            text = _unescape("".join(self.inline))
            return _new_cell(Cell, (text, "s", row, column, False, False, False))
        if value is None:
            return None
        if kind == "str":
            return _new_cell(Cell, (_unescape(value), "s", row, column, False, False, False))
        if kind == "b":
            flag = value.strip().lower() in ("1", "true")
            return _new_cell(Cell, (flag, "b", row, column, False, False, False))
        if kind == "e":
            return _new_cell(Cell, (value, "e", row, column, False, False, False))
        if kind == "d":
            try:
                when = _from_iso(value)
            except ValueError:
                return _new_cell(Cell, ("#VALUE!", "e", row, column, False, False, False))
            return _new_cell(Cell, (when, "d", row, column, False, True, False))
        raise _Damaged(f"cell {column_letter(column)}{row} has the unknown type {kind!r}")

    def _number(self, text: str, row: int, column: int) -> Decimal:
        try:
            if "." in text or "e" in text or "E" in text:
                number = Decimal(repr(float(text)))
            else:
                number = Decimal(text)
        except (ValueError, InvalidOperation):
            number = None
        if number is None or not number.is_finite():
            raise _Damaged(f"cell {column_letter(column)}{row} holds {text[:40]!r} where a "
                           f"number belongs")
        if len(self.numbers) < _NUMBER_CACHE_LIMIT:
            self.numbers[text] = number
        return number

    def _check_dimension(self, ref: str) -> None:
        last = ref.split(":")[-1]
        corner = _parse_ref(last) if last else None
        if corner is not None and corner[0] - 1 > self.limits.max_rows:
            raise too_many_rows(self.file, self.sheet, corner[0] - 1, self.limits)

    def _merge(self, ref: str) -> None:
        first, _, last = ref.partition(":")
        start = _parse_ref(first)
        stop = _parse_ref(last or first)
        if start is None or stop is None:
            raise _Damaged(f"the merged range {ref!r} is not a range of cells")
        self.merged.append(CellRange(ref, min(start[0], stop[0]), min(start[1], stop[1]),
                                     max(start[0], stop[0]), max(start[1], stop[1])))
