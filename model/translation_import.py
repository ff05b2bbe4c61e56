"""The translation workbook: its layout, and reading a translated one back into a pack as one
all-or-nothing import with a preview (``model.import_plan.ImportPlan``).

``exporters.translation_workbook`` writes, for one period, one row per text of the papers that
has no Welsh (``model.translation.missing_welsh``); a translator fills the Welsh column and the
officer imports the workbook (``python main.py import PACK FILE``, or File ▸ Import), which
recognises it by its hidden sheet. The layout is defined here so that the writer and this
reader cannot drift apart:

- a very hidden sheet ``MARKER_SHEET`` says what the workbook is (``MARKER``), its layout
  version, the period and how many text rows it has;
- the ``TEXTS_SHEET`` has a title in row 1, the headings ``HEADINGS`` in row 2 and one row per
  text from row 3: the hidden keys (record kind, record key as JSON, Welsh field, item), then
  the record and field in words, the English, and the Welsh to fill in (the only unlocked
  column).

Rules of the import:
- A workbook without the marker, with the texts sheet renamed, a heading changed or moved, or
  a layout version this reader does not know is refused as a whole; so are rows added below
  the exported ones and cleared or edited keys.
- A blank Welsh cell changes nothing (the text stays untranslated); a formula, an error value
  or a number in a Welsh cell is refused, naming the cell.
- The English in the workbook must still be the pack's English: a text changed in the pack
  since the export is refused ("export a new workbook"), so a translation is never put against
  a text it does not translate. A record deleted since is refused the same way.
- Labels in a list (breakdown rows and columns, snapshot categories) are set at their place;
  the Welsh list is padded with blanks to the English's length.
- A cover-report text is translated paragraph by paragraph (``item``: the paragraph's number):
  the Welsh text is made of the workbook's paragraphs, in order, separated by a blank line,
  keeping the Welsh paragraphs the pack already pairs. Every paragraph of a text must then have
  its Welsh: a text left partly translated is refused, naming the blank cells.
- The records are then checked by the pack's own rules and applied in one step (one undo).
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path
from typing import Any

from model import records as r
from model.commands import Command
from model.import_plan import ImportPlan, ImportProblem, InterchangeError
from model.periods import PeriodError, parse_period
from model.translation import paired_paragraphs, paragraphs
from model.xlsx_reader import open_xlsx
from model.xlsx_safety import DEFAULT_LIMITS, Limits, WorkbookRefused, check_workbook_file

__all__ = ["MARKER", "MARKER_SHEET", "TEXTS_SHEET", "INSTRUCTIONS_SHEET", "LAYOUT_VERSION",
           "HEADINGS", "COLUMN", "HEADING_ROW", "FIRST_ROW", "encode_key", "is_translation",
           "read_translation"]

MARKER = "Craffu translation workbook"
MARKER_SHEET = "Craffu"
TEXTS_SHEET = "Texts"
INSTRUCTIONS_SHEET = "Instructions"
LAYOUT_VERSION = 1
HEADINGS: tuple[str, ...] = (
    "Key: kind", "Key: record", "Key: field", "Key: item",
    "Record / Cofnod", "Field / Maes", "English / Saesneg", "Welsh / Cymraeg",
)
COLUMN: dict[str, int] = {heading: index for index, heading in enumerate(HEADINGS, start=1)}
HEADING_ROW = 2
FIRST_ROW = 3
WELSH = "Welsh / Cymraeg"


def encode_key(key: tuple) -> str:
    """A record's key as the workbook keeps it: JSON, periods as their labels."""
    return json.dumps([getattr(part, "label", part) for part in key], ensure_ascii=False)


def _decode_key(kind: str, text: str) -> tuple:
    cls = r.KINDS[kind]
    parts = json.loads(text)
    if not isinstance(parts, list) or len(parts) != len(cls.KEY):
        raise ValueError("wrong length")
    types = r.field_types(cls)
    out = []
    for name, part in zip(cls.KEY, parts, strict=True):
        kind_of = types[name]
        out.append(parse_period(str(part)) if kind_of == "period" else
                   int(part) if kind_of == "int" else str(part))
    return tuple(out)


def is_translation(path: Path | str) -> bool:
    """Whether ``path`` is a workbook with the translation workbook's sheets (cheap: the zip's
    directory and ``xl/workbook.xml`` only, after the safety checks)."""
    path = Path(path)
    try:
        check_workbook_file(path)
        with zipfile.ZipFile(path) as archive:
            workbook_xml = archive.read("xl/workbook.xml")
    except (WorkbookRefused, zipfile.BadZipFile, KeyError, OSError):
        return False
    names = set(re.findall(rb'<(?:\w+:)?sheet\s[^>]*name="([^"]*)"', workbook_xml))
    return TEXTS_SHEET.encode() in names and MARKER_SHEET.encode() in names


class _Reader:
    def __init__(self, pack, file: str):
        self.pack = pack
        self.file = file
        self.problems: list[ImportProblem] = []
        self.records: dict[tuple[str, tuple], r.Record] = {}
        self.origins: dict[tuple[str, tuple], int] = {}
        # (kind, key, field) -> {paragraph number: (row, Welsh or None)}
        self.cover: dict[tuple, dict[int, tuple[int, str | None]]] = {}
        self.rows_seen = 0

    def add(self, row: int | None, column: str | None, reason: str) -> None:
        self.problems.append(ImportProblem(self.file, TEXTS_SHEET, row, column, reason))

    def headings(self, cells: tuple) -> None:
        for index, expected in enumerate(HEADINGS):
            cell = cells[index] if index < len(cells) else None
            found = cell.value if cell is not None else None
            if not isinstance(found, str) or found.strip() != expected:
                self.add(HEADING_ROW, expected, "the headings were changed or moved; use the "
                         "workbook as exported")
                return

    def current(self, kind: str, key: tuple) -> r.Record | None:
        return self.records.get((kind, key)) or self.pack.get(kind, key)

    def row(self, number: int, cells: list, last_row: int) -> None:
        def value(heading):
            cell = cells[COLUMN[heading] - 1]
            return None if cell is None else cell.value

        filled = [c for c in cells if c is not None and c.value not in (None, "")]
        if number > last_row:
            if filled:
                self.add(number, None, "a row was added below the exported rows; only the "
                         "exported texts can be imported")
            return
        if not filled:
            return
        self.rows_seen += 1
        kind, key_text, field = value("Key: kind"), value("Key: record"), value("Key: field")
        item = value("Key: item")
        try:
            key = _decode_key(str(kind), str(key_text))
            field = str(field)
            if not field.endswith("_cy") or field not in r.field_types(r.KINDS[kind]):
                raise ValueError(field)
            item = None if item in (None, "") else int(item)
        except (KeyError, ValueError, TypeError, PeriodError, json.JSONDecodeError):
            self.add(number, "Key: record", "the row's hidden key was edited or cleared; use "
                     "the workbook as exported")
            return
        english = value("English / Saesneg")
        english = "" if english is None else str(english)
        welsh_cell = cells[COLUMN[WELSH] - 1]
        welsh = self.welsh(number, welsh_cell)
        if welsh is _BAD:
            return
        record = self.current(kind, key)
        if record is None:
            self.add(number, "Record / Cofnod", "this record is no longer in the pack; export a "
                     "new workbook")
            return
        source = field[:-3]
        if kind == "settings" and source.endswith("_text"):
            self.cover_paragraph(number, record, source, item, english, welsh)
            return
        now = getattr(record, source)
        if item is not None:  # a label in a list
            now = now[item] if isinstance(now, list) and 0 <= item < len(now) else None
        if now is None or str(now).strip() != english.strip():
            self.add(number, "English / Saesneg", "the English was changed in the pack since "
                     "the workbook was exported; export a new workbook")
            return
        if welsh is None:
            return
        if item is None:
            self.put(kind, key, record.replace(**{field: welsh}), number)
        else:
            labels = list(getattr(record, field) or [])
            labels += [""] * (len(getattr(record, source)) - len(labels))
            labels[item] = welsh
            self.put(kind, key, record.replace(**{field: labels}), number)

    def welsh(self, number: int, cell) -> Any:
        if cell is None or cell.value is None:
            return None
        where = f"cell {cell.coordinate}"
        if cell.formula:
            self.add(number, WELSH, f"{where} contains a formula; type the text itself (put an "
                     "apostrophe before a text starting with =)")
            return _BAD
        if cell.kind == "e" or not isinstance(cell.value, str):
            self.add(number, WELSH, f"{where} holds {cell.value!s}, not a text")
            return _BAD
        return cell.value.strip() or None

    def cover_paragraph(self, number, record, source, item, english, welsh) -> None:
        pairs = paired_paragraphs(getattr(record, source), getattr(record, f"{source}_cy"))
        index = (item or 1) - 1
        if index >= len(pairs) or pairs[index][0].strip() != english.strip():
            self.add(number, "English / Saesneg", "the English was changed in the pack since "
                     "the workbook was exported; export a new workbook")
            return
        if welsh is not None and len(paragraphs(welsh)) != 1:
            self.add(number, WELSH, "one paragraph per cell: a blank line would make two")
            return
        self.cover.setdefault((record.kind, record.key, source), {})[index] = (number, welsh)

    def put(self, kind: str, key: tuple, record: r.Record, number: int) -> None:
        self.records[(kind, key)] = record
        self.origins.setdefault((kind, key), number)

    def finish_cover(self) -> None:
        for (kind, key, source), given in self.cover.items():
            if all(welsh is None for _row, welsh in given.values()):
                continue
            record = self.current(kind, key)
            pairs = paired_paragraphs(getattr(record, source), getattr(record, f"{source}_cy"))
            texts = [cy for _en, cy in pairs]
            for index, (_row, welsh) in given.items():
                if welsh is not None:
                    texts[index] = welsh
            blank = [given[i][0] for i, text in enumerate(texts) if not text and i in given]
            missing = [i + 1 for i, text in enumerate(texts) if not text and i not in given]
            if blank or missing:
                for row in blank:
                    self.add(row, WELSH, "a cover-report text is translated paragraph by "
                             "paragraph, all its paragraphs at once: fill this one too")
                if missing:
                    self.add(min(row for row, _w in given.values()), WELSH,
                             f"paragraphs {', '.join(map(str, missing))} of this text are not "
                             "in the workbook; export a new workbook")
                continue
            self.put(kind, key, record.replace(**{f"{source}_cy": "\n\n".join(texts)}),
                     min(row for row, _w in given.values()))

    def locate(self, problems) -> list[ImportProblem]:
        return [ImportProblem(self.file, TEXTS_SHEET, self.origins.get((p.kind, tuple(p.key))),
                              WELSH, p.message) for p in problems]


_BAD = object()


def _marker(book, reader: _Reader) -> int | None:
    names = list(book.sheet_names)
    if MARKER_SHEET not in names or TEXTS_SHEET not in names:
        reader.add(None, None, f"this is not a Craffu translation workbook (the sheets "
                   f"{TEXTS_SHEET} and {MARKER_SHEET} are needed); export one from the pack")
        return None
    marker: dict[str, Any] = {}
    for _number, cells in book.rows(MARKER_SHEET):
        if cells and cells[0] is not None and isinstance(cells[0].value, str):
            marker[cells[0].value.strip()] = cells[1].value if len(cells) > 1 and cells[1] \
                else None
    if marker.get("marker") != MARKER or str(marker.get("version")) != str(LAYOUT_VERSION):
        reader.add(None, None, f"this translation workbook has another layout (version "
                   f"{marker.get('version')}); this Craffu reads version {LAYOUT_VERSION}: "
                   "export a new workbook")
        return None
    try:
        return int(marker.get("rows"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        reader.add(None, None, "the hidden sheet was edited; export a new workbook")
        return None


def read_translation(path: Path | str, pack, *, limits: Limits = DEFAULT_LIMITS) -> ImportPlan:
    """Read a translated workbook against ``pack``: the ImportPlan (``changes`` for the preview,
    ``apply()``), or InterchangeError naming every problem (nothing changed)."""
    path = Path(path)
    reader = _Reader(pack, path.name)
    try:
        with open_xlsx(path, limits) as book:
            rows = _marker(book, reader)
            if rows is not None:
                last_row = FIRST_ROW + rows - 1
                for number, cells in book.rows(TEXTS_SHEET):
                    if number == HEADING_ROW:
                        reader.headings(cells)
                    elif number >= FIRST_ROW:
                        padded = list(cells[:len(HEADINGS)]) + [None] * (len(HEADINGS)
                                                                        - len(cells))
                        reader.row(number, padded, last_row)
                if not reader.problems and reader.rows_seen < rows:
                    reader.add(None, None, f"the sheet has {reader.rows_seen} text rows, but "
                               f"the workbook was exported with {rows}; use it as exported")
    except WorkbookRefused as exc:
        raise InterchangeError([ImportProblem(path.name, "", None, None, str(exc))]) from None
    reader.finish_cover()
    if reader.problems:
        raise InterchangeError(sorted(reader.problems, key=lambda p: p.row or 0))
    command = Command(f"Import the Welsh of {path.name}",
                      tuple((kind, key, new) for (kind, key), new in reader.records.items()))
    diffs, problems = pack.prepare(command)
    if problems:
        raise InterchangeError(reader.locate(problems))
    command = Command(command.label, tuple((kind, key, new) for kind, key, _old, new in diffs))
    return ImportPlan(pack, path, command, diffs, reader.locate)
