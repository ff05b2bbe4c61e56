"""The pieces of Craffu's workbook reader (``model.xlsx_reader``): cells and cell references,
the safe expat parser, spreadsheet text escapes, number formats and date serials.

Rules:
- ``safe_parser()`` is an expat parser that refuses document type and entity declarations
  (``Forbidden``: how XML bombs and external entities arrive) and never fetches anything.
- Text escapes ``_xHHHH_`` (ECMA-376 ST_Xstring) are decoded by ``unescape``.
- ``is_percent_format`` and ``date_format_kind`` read number format codes; ``from_serial`` turns
  a date serial (1900 or 1904 system) into Python's date types as openpyxl does.
- ``TooLong`` stands for a text longer than a cell may hold (``Limits.max_text_chars``, 32,767
  as in Excel): its first ``TOO_LONG_HEAD`` characters and its length; the reader never keeps
  more than ``TEXT_COLLECTED`` times the limit of any text.
- ``Damaged``: a part whose content is not what a workbook can hold (reason in ``args[0]``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, NamedTuple
from xml.parsers import expat

MAX_ROW = 1_048_576
MAX_COLUMN = 16_384

CHUNK = 64 * 1024


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


new_cell = tuple.__new__  # Cell(...) without the generated __new__'s overhead


def column_letter(column: int) -> str:
    """``1`` -> ``A``, ``27`` -> ``AA``."""
    letters = ""
    while column:
        column, rem = divmod(column - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


COLUMNS: dict[str, int] = {}


def column_index(letters: str) -> int:
    """``A`` -> 1; 0 when ``letters`` is not a column name."""
    index = COLUMNS.get(letters)
    if index is None:
        index = 0
        for char in letters:
            code = ord(char) - 64
            if not 1 <= code <= 26:
                return 0
            index = index * 26 + code
        if index > MAX_COLUMN:
            return index
        COLUMNS[letters] = index
    return index


_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d{1,7})$")


def parse_ref(ref: str) -> tuple[int, int] | None:
    match = _REF.match(ref.strip())
    if not match:
        return None
    return int(match.group(2)), column_index(match.group(1).upper())


# -- safe parsing ------------------------------------------------------------------------------


class Forbidden(Exception):
    """A part declared a document type or entities."""


def _forbid(*_args) -> None:
    raise Forbidden


def safe_parser() -> Any:
    """An expat parser that refuses DTDs and entity declarations and never fetches anything."""
    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = _forbid
    parser.EntityDeclHandler = _forbid
    parser.UnparsedEntityDeclHandler = _forbid
    parser.ExternalEntityRefHandler = _forbid
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.buffer_text = True
    parser.buffer_size = CHUNK
    return parser


_LOCAL: dict[str, str] = {}


def local_name(name: str) -> str:
    """The element or attribute name without its namespace prefix (``x:c`` -> ``c``)."""
    local = _LOCAL.get(name)
    if local is None:
        local = name.rpartition(":")[2]
        if len(_LOCAL) < 1024:  # a hostile part may invent any number of names
            _LOCAL[name] = local
    return local


def attribute(attrs: dict[str, str], local: str) -> str | None:
    """An attribute by local name, whatever its prefix."""
    for key, value in attrs.items():
        if local_name(key) == local:
            return value
    return None


_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def unescape(text: str) -> str:
    """Decode the ``_xHHHH_`` escapes of spreadsheet text (ECMA-376 ST_Xstring)."""
    if "_x" not in text:
        return text
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


# -- number formats ----------------------------------------------------------------------------

PERCENT_IDS = frozenset({9, 10})
DATE_IDS = frozenset([*range(14, 23), *range(27, 37), 45, 46, 47, *range(50, 59)])
ELAPSED_IDS = frozenset({46})
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


def from_serial(value: float, date1904: bool, elapsed: bool
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


def from_iso(text: str) -> dt.date | dt.datetime | dt.time:
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


class Damaged(Exception):
    """A sheet whose content is not what a workbook can hold (reason in args[0])."""


#: Characters of an over-long text kept to quote it in a message.
TOO_LONG_HEAD = 40
#: How many times the text limit is collected at most before the rest is only counted (an
#: escaped character ``_x0007_`` takes seven, so a text within the limit is always whole).
TEXT_COLLECTED = 7


class TooLong(NamedTuple):
    """A text longer than a cell may hold: its start, its length and the limit."""

    head: str
    length: int
    limit: int
