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
  runs left out, ``_xHHHH_`` escapes decoded. ``"t"`` text longer than a cell may hold
  (``Limits.max_text_chars``, 32,767 as in Excel): ``value`` is a ``TooLong`` (its start and
  length); no more than a few times the limit is ever held in memory. ``"b"`` boolean: True
  or False. ``"e"`` error:
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

import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import Any, NamedTuple
from xml.parsers import expat

from model.xlsx_parts import (
    CHUNK,
    DATE_IDS,
    ELAPSED_IDS,
    MAX_COLUMN,
    MAX_ROW,
    PERCENT_IDS,
    TEXT_COLLECTED,
    TOO_LONG_HEAD,
    Cell,
    CellRange,
    Damaged,
    Forbidden,
    TooLong,
    attribute,
    column_letter,
    date_format_kind,
    is_percent_format,
    local_name,
    safe_parser,
    unescape,
)
from model.xlsx_safety import DEFAULT_LIMITS, Limits, WorkbookRefused, check_workbook_file
from model.xlsx_sheet import SheetHandler

__all__ = ["Cell", "CellRange", "TooLong", "XlsxBook", "open_xlsx", "column_letter",
           "is_percent_format", "date_format_kind", "MAX_ROW", "MAX_COLUMN"]

_WORKBOOK = "xl/workbook.xml"
_REL_SHEET = "/worksheet"
_REL_STRINGS = "/sharedStrings"
_REL_STYLES = "/styles"




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
        handler = SheetHandler(self.file_name, sheet, self.limits, self._strings, self._styles,
                               self.date1904)
        parser = safe_parser()
        parser.StartElementHandler = handler.start
        parser.EndElementHandler = handler.end
        parser.CharacterDataHandler = handler.text
        ready = handler.ready
        try:
            with self._archive.open(info.part) as member:
                while True:
                    chunk = member.read(CHUNK)
                    parser.Parse(chunk, not chunk)
                    if ready:
                        yield from ready
                        ready.clear()
                    if not chunk:
                        break
        except Forbidden:
            raise self._forbidden(info.part) from None
        except (expat.ExpatError, zipfile.BadZipFile, OSError, EOFError, ValueError,
                Damaged) as exc:
            if isinstance(exc, WorkbookRefused):
                raise
            reason = exc.args[0] if isinstance(exc, Damaged) else f"{type(exc).__name__}: {exc}"
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
        parser = safe_parser()
        parser.StartElementHandler = start
        if end is not None:
            parser.EndElementHandler = end
        if text is not None:
            parser.CharacterDataHandler = text
        try:
            with self._archive.open(part) as member:
                while True:
                    chunk = member.read(CHUNK)
                    parser.Parse(chunk, not chunk)
                    if not chunk:
                        break
        except Forbidden:
            raise self._forbidden(part) from None
        except (expat.ExpatError, zipfile.BadZipFile, OSError, EOFError, ValueError,
                Damaged) as exc:
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
            if local_name(name) == "Relationship" and "Id" in attrs and "Target" in attrs:
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
            local = local_name(name)
            if local == "sheet":
                title = attrs.get("name")
                if title is None:
                    return
                target = rels.get(attribute(attrs, "id") or "")
                state = attrs.get("state", "visible")
                if state not in ("hidden", "veryHidden"):
                    state = "visible"
                worksheet = target is None or target[1].endswith(_REL_SHEET)
                self._sheets[title] = _SheetInfo(title, target[0] if target else None, state,
                                                 worksheet)
            elif local == "workbookPr":
                self.date1904 = attrs.get("date1904", "").lower() in ("1", "true")

        self._parse(_WORKBOOK, start)

    def _read_strings(self, part: str) -> list[str | TooLong]:
        """The shared strings; one longer than a cell may hold is a ``TooLong``, of which at
        most ``TEXT_COLLECTED`` times the limit is ever collected."""
        strings: list[str | TooLong] = []
        state: dict[str, Any] = {"text": None, "phonetic": 0, "size": 0, "dropped": 0}
        pieces: list[str] = []
        limit = self.limits.max_text_chars
        collect = TEXT_COLLECTED * limit

        def start(name: str, attrs: dict[str, str]) -> None:
            local = local_name(name)
            if local == "si":
                pieces.clear()
                state["size"] = state["dropped"] = 0
            elif local == "rPh":
                state["phonetic"] += 1
            elif local == "t" and not state["phonetic"]:
                state["text"] = []

        def end(name: str) -> None:
            local = local_name(name)
            if local == "t" and state["text"] is not None:
                pieces.append("".join(state["text"]))
                state["text"] = None
            elif local == "rPh":
                state["phonetic"] -= 1
            elif local == "si":
                text = unescape("".join(pieces))
                if state["dropped"] or len(text) > limit:
                    strings.append(TooLong(text[:TOO_LONG_HEAD], len(text) + state["dropped"],
                                           limit))
                else:
                    strings.append(text)

        def text(data: str) -> None:
            if state["text"] is not None:
                if state["size"] < collect:
                    state["text"].append(data)
                    state["size"] += len(data)
                else:
                    state["dropped"] += len(data)

        self._parse(part, start, end, text)
        return strings

    def _read_styles(self, part: str) -> dict[str, tuple[bool, str | None]]:
        """Cell style index (as the ``s`` attribute text) -> (percent, date kind)."""
        custom: dict[int, str] = {}
        ids: list[int] = []
        where = {"cellXfs": False}

        def start(name: str, attrs: dict[str, str]) -> None:
            local = local_name(name)
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
            if local_name(name) == "cellXfs":
                where["cellXfs"] = False

        self._parse(part, start, end)
        styles: dict[str, tuple[bool, str | None]] = {}
        for index, format_id in enumerate(ids):
            if format_id in custom:
                code = custom[format_id]
                flags = (is_percent_format(code), date_format_kind(code))
            else:
                flags = (format_id in PERCENT_IDS,
                         ("elapsed" if format_id in ELAPSED_IDS else "date")
                         if format_id in DATE_IDS else None)
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

