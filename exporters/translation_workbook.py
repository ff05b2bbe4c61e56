"""The translation workbook: a period's texts that have no Welsh, for a translator.

One row per text of ``model.translation.missing_welsh`` (the same list the checks give, field by
field): the record and the field in words, the English, and a blank Welsh cell, the only cell a
translator can type in (sheet protection without a password). The layout, the hidden keys and
the marker sheet are ``model.translation_import``'s, which reads the workbook back
(``python main.py import PACK FILE``). Text that a spreadsheet would run as a formula is written
as text; the English is kept as it is so the import can tell whether it changed since.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from exporters.excel_cells import put_text, row_height
from exporters.files import replacing
from model.periods import Period
from model.translation import missing_welsh
from model.translation_import import (
    COLUMN,
    FIRST_ROW,
    HEADING_ROW,
    HEADINGS,
    INSTRUCTIONS_SHEET,
    LAYOUT_VERSION,
    MARKER,
    MARKER_SHEET,
    TEXTS_SHEET,
    WELSH,
    encode_key,
)

__all__ = ["write_translation", "build_translation_workbook"]

_WIDTHS = {"Record / Cofnod": 28, "Field / Maes": 22, "English / Saesneg": 60, WELSH: 60}
_INSTRUCTIONS = (
    "Texts to translate into Welsh / Testunau i'w cyfieithu i'r Gymraeg",
    "",
    "Each row of the sheet Texts is a text of the papers that has no Welsh yet. Type the Welsh "
    "in the last column; leave the other columns as they are.",
    "Mae pob rhes yn y daflen Texts yn destun yn y papurau heb Gymraeg eto. Teipiwch y Gymraeg "
    "yn y golofn olaf; gadewch y colofnau eraill fel y maent.",
    "",
    "One paragraph per cell: a cover-report text comes paragraph by paragraph, and all the "
    "paragraphs of a text are needed together. A blank cell leaves the text untranslated.",
    "Un paragraff ym mhob cell: daw testun yr adroddiad clawr fesul paragraff, ac mae angen "
    "pob paragraff o destun gyda'i gilydd. Mae cell wag yn gadael y testun heb ei gyfieithu.",
)


def build_translation_workbook(pack, period: Period, generated: dt.date | None = None):
    """The workbook (openpyxl, not saved) and how many texts it asks for."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.utils import get_column_letter
    from openpyxl.workbook.protection import WorkbookProtection

    gaps = missing_welsh(pack, period)
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    instructions = workbook.create_sheet(INSTRUCTIONS_SHEET)
    for row, text in enumerate(_INSTRUCTIONS, 1):
        put_text(instructions.cell(row=row, column=1), text)
        instructions.cell(row=row, column=1).alignment = Alignment(wrap_text=True)
    instructions.cell(row=1, column=1).font = Font(bold=True, size=13)
    instructions.column_dimensions["A"].width = 110
    instructions.protection.sheet = True

    sheet = workbook.create_sheet(TEXTS_SHEET)
    put_text(sheet.cell(row=1, column=COLUMN["Record / Cofnod"]),
             f"{pack.name}: {period.label} – Welsh needed / Angen Cymraeg")
    sheet.cell(row=1, column=COLUMN["Record / Cofnod"]).font = Font(bold=True, size=12)
    head_fill = PatternFill("solid", fgColor="1F3A5F")
    for heading in HEADINGS:
        cell = sheet.cell(row=HEADING_ROW, column=COLUMN[heading], value=heading)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = head_fill
    input_fill = PatternFill("solid", fgColor="FFF7D6")
    wrap = Alignment(wrap_text=True, vertical="top")
    for row, gap in enumerate(gaps, FIRST_ROW):
        values = {"Key: kind": gap.kind, "Key: record": encode_key(gap.key),
                  "Key: field": gap.field, "Record / Cofnod": gap.record_in("en"),
                  "Field / Maes": f"{gap.what_in('en')} / {gap.what_in('cy')}",
                  "English / Saesneg": gap.english}
        for heading, value in values.items():
            put_text(sheet.cell(row=row, column=COLUMN[heading]), value)
            sheet.cell(row=row, column=COLUMN[heading]).alignment = wrap
        if gap.item is not None:
            sheet.cell(row=row, column=COLUMN["Key: item"], value=gap.item)
        welsh = sheet.cell(row=row, column=COLUMN[WELSH])
        welsh.protection = Protection(locked=False)
        welsh.fill = input_fill
        welsh.alignment = wrap
        welsh.number_format = "@"  # text: a typed "1" stays "1"
        sheet.row_dimensions[row].height = row_height(
            ((gap.english, _WIDTHS["English / Saesneg"]),))
    for heading in HEADINGS:
        letter = get_column_letter(COLUMN[heading])
        sheet.column_dimensions[letter].width = _WIDTHS.get(heading, 10)
        sheet.column_dimensions[letter].hidden = heading.startswith("Key:")
    sheet.freeze_panes = sheet.cell(row=FIRST_ROW, column=COLUMN["English / Saesneg"])
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False

    marker = workbook.create_sheet(MARKER_SHEET)
    for row, (name, value) in enumerate((
        ("marker", MARKER), ("version", LAYOUT_VERSION), ("period", period.label),
        ("rows", len(gaps)), ("pack", pack.name),
        ("generated", (generated or dt.date.today()).isoformat()),
    ), start=1):
        marker.cell(row=row, column=1, value=name)
        if isinstance(value, str):
            put_text(marker.cell(row=row, column=2), value)
        else:
            marker.cell(row=row, column=2, value=value)
    marker.sheet_state = "veryHidden"
    workbook.active = 1
    sheet.sheet_view.tabSelected = True
    instructions.sheet_view.tabSelected = False
    workbook.security = WorkbookProtection(lockStructure=True)
    workbook.properties.title = f"Welsh translation – {period.label}"
    workbook.properties.language = "cy-GB"
    workbook.properties.creator = "Craffu"
    return workbook, len(gaps)


def write_translation(pack, period: Period, path: Path | str,
                      generated: dt.date | None = None) -> int:
    """Write the translation workbook of ``period`` to ``path``; return how many texts it asks
    for (0: everything has its Welsh, and the workbook has no rows)."""
    workbook, count = build_translation_workbook(pack, period, generated)
    with replacing(Path(path)) as temp:
        workbook.save(temp)
    return count
