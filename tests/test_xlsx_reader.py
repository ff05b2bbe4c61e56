"""The streaming workbook reader (model/xlsx_reader.py): the same cells as openpyxl, and safe.

Workbooks are written at test time with openpyxl or by hand from the parts of the hostile-file
tests (``tests/test_interchange.py``); none is committed.
"""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal
from pathlib import Path

import pytest

from model.xlsx_reader import (
    Cell,
    CellRange,
    column_letter,
    date_format_kind,
    is_percent_format,
    open_xlsx,
)
from model.xlsx_safety import Limits, WorkbookRefused
from tests.test_interchange import SHEET, minimal_parts, zip_parts

MAIN = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"


# -- helpers -----------------------------------------------------------------------------------


def read_all(path: Path, **kwargs) -> dict[str, dict[tuple[int, int], Cell]]:
    """Every cell with a value, by sheet and (row, column), as the reader gives them."""
    found: dict[str, dict[tuple[int, int], Cell]] = {}
    with open_xlsx(path, **kwargs) as book:
        for name in book.sheet_names:
            cells = found[name] = {}
            for number, row in book.rows(name):
                for index, cell in enumerate(row):
                    if cell is not None:
                        assert (cell.row, cell.column) == (number, index + 1)
                        cells[(number, index + 1)] = cell
    return found


def openpyxl_cells(path: Path) -> dict[str, dict[tuple[int, int], tuple]]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return {
            sheet.title: {(c.row, c.column): (c.value, c.data_type)
                          for row in sheet.iter_rows() for c in row if c.value is not None}
            for sheet in book.worksheets
        }
    finally:
        book.close()


def assert_same_as_openpyxl(path: Path) -> dict[str, dict[tuple[int, int], Cell]]:
    ours = read_all(path)
    theirs = openpyxl_cells(path)
    assert list(ours) == list(theirs)
    for sheet, cells in theirs.items():
        assert set(ours[sheet]) == set(cells), sheet
        for place, (value, data_type) in cells.items():
            cell = ours[sheet][place]
            assert cell.kind == data_type, (sheet, cell)
            if data_type == "n":  # the same number, to the digit (floats by shortest repr)
                expected = Decimal(repr(value) if isinstance(value, float) else value)
                assert str(cell.value) == str(expected), (sheet, cell)
            else:
                assert cell.value == value, (sheet, cell)
    return ours


def hand_made(tmp_path: Path, rows: bytes, *, head: bytes = b"", tail: bytes = b"",
              parts: dict[str, bytes] | None = None, name: str = "hand.xlsx") -> Path:
    base = minimal_parts((SHEET % (head, rows)).replace(b"</worksheet>", tail + b"</worksheet>"))
    base.update(parts or {})
    return zip_parts(tmp_path / name, base)


STRINGS_REL = (b'<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/'
               b'2006/relationships/sharedStrings" Target="sharedStrings.xml"/>')
STYLES_REL = (b'<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/'
              b'2006/relationships/styles" Target="styles.xml"/>')


def with_rels(parts: dict[str, bytes], *extra: bytes) -> dict[str, bytes]:
    """``parts`` plus the workbook relationships ``extra`` (and content types, for openpyxl)."""
    base = minimal_parts(b"")
    rels = parts.get("xl/_rels/workbook.xml.rels", base["xl/_rels/workbook.xml.rels"])
    parts["xl/_rels/workbook.xml.rels"] = rels.replace(b"</Relationships>",
                                                       b"".join(extra) + b"</Relationships>")
    types = parts.get("[Content_Types].xml", base["[Content_Types].xml"])
    for name, kind in ((b"sharedStrings", b"sharedStrings"), (b"styles", b"styles")):
        if name + b".xml" in b"".join(extra):
            types = types.replace(b"</Types>", b'<Override PartName="/xl/' + name + b'.xml" '
                                  b'ContentType="application/vnd.openxmlformats-officedocument.'
                                  b'spreadsheetml.' + kind + b'+xml"/></Types>')
    parts["[Content_Types].xml"] = types
    return parts


# -- the same cells as openpyxl ----------------------------------------------------------------


@pytest.fixture
def mixed_workbook(tmp_path):
    """Numbers, percentages, dates, times, booleans, errors, formulas, text, merged cells and
    hidden sheets, written by openpyxl."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Values"
    sheet.append(["code", "period", "actual", "share", "when", "flag", "sum", "note"])
    sheet.append(["K1", "2023-24 Q1", 7393, 0.855, dt.datetime(2024, 3, 31), True, "=C2+1",
                  "Contacts ŵ ŷ"])
    sheet.append(["K2", "2023-24 Q2", 0.1, 0.85, dt.date(2023, 7, 1), False, "#N/A", "=text?"])
    sheet.append(["K3", None, 1 / 3, 1, dt.datetime(2024, 1, 2, 13, 30), None, "#DIV/0!", ""])
    sheet.append([None, None, 1e-7, -0.125, dt.time(9, 15), None, None, "  spaced  "])
    sheet.append(["big", None, 12345678901234567, 2.5e20, None, None, None, None])
    sheet["D2"].number_format = "0.0%"
    sheet["D3"].number_format = "0%"
    sheet["D4"].number_format = '0"%"'  # a literal % sign: not a percentage
    sheet["D5"].number_format = "0.00%;[Red]-0.00%"
    sheet["E4"].number_format = "dd/mm/yyyy hh:mm"
    sheet["C3"].number_format = "[h]:mm"  # elapsed time: a timedelta
    sheet["C3"].value = 1.5
    sheet["H3"].data_type = "s"  # text that looks like a formula, stored as text
    sheet.merge_cells("A7:C8")
    sheet["A7"] = "merged"
    hidden = book.create_sheet("Hidden")
    hidden.sheet_state = "hidden"
    hidden["B3"] = "secret"
    very = book.create_sheet("Very hidden")
    very.sheet_state = "veryHidden"
    very["A1"] = 1
    book.create_sheet("Empty")
    path = tmp_path / "mixed.xlsx"
    book.save(path)
    return path


def test_cells_match_openpyxl(mixed_workbook):
    ours = assert_same_as_openpyxl(mixed_workbook)
    values = ours["Values"]
    assert values[(2, 3)] == Cell(Decimal("7393"), "n", 2, 3)
    assert str(values[(3, 3)].value) == "1 day, 12:00:00"  # [h]:mm
    assert values[(4, 3)].value == Decimal("0.3333333333333333")  # shortest repr of 1/3
    assert values[(5, 3)].value == Decimal("1E-7")
    assert values[(6, 3)].value == Decimal("1.234567890123457E+16")  # openpyxl wrote a double
    assert values[(2, 7)].formula and values[(2, 7)].value == "=C2+1"
    assert values[(2, 7)].coordinate == "G2"
    assert values[(3, 7)] == Cell("#N/A", "e", 3, 7)
    assert values[(2, 6)].value is True and values[(3, 6)].kind == "b"
    assert values[(3, 8)].value == "=text?" and values[(3, 8)].kind == "s"
    assert values[(5, 8)].value == "  spaced  "


def test_percent_and_date_flags(mixed_workbook):
    values = read_all(mixed_workbook)["Values"]
    assert [values[(row, 4)].percent for row in (2, 3, 4, 5)] == [True, True, False, True]
    assert values[(2, 4)].value == Decimal("0.855")  # as stored; the caller multiplies
    assert values[(2, 5)] == Cell(dt.datetime(2024, 3, 31), "d", 2, 5, is_date=True)
    assert values[(4, 5)].value == dt.datetime(2024, 1, 2, 13, 30)
    assert values[(5, 5)].value == dt.time(9, 15) and values[(5, 5)].is_date
    assert not any(c.is_date for c in values.values() if c.kind != "d")
    assert not values[(2, 3)].percent and not values[(2, 3)].is_date


def test_sheets_visibility_and_merged_cells(mixed_workbook):
    with open_xlsx(mixed_workbook) as book:
        assert book.sheet_names == ["Values", "Hidden", "Very hidden", "Empty"]
        assert [book.visible(n) for n in book.sheet_names] == [True, False, False, True]
        assert book.state("Very hidden") == "veryHidden"
        assert list(book.rows("Empty")) == []
        assert book.merged("Values") == [CellRange("A7:C8", 7, 1, 8, 3)]
        assert book.merged("Hidden") == []
        with pytest.raises(KeyError, match="no sheet named 'Nope'"):
            book.rows("Nope")


def test_1904_date_system(tmp_path):
    import openpyxl
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    book = openpyxl.Workbook()
    book.epoch = CALENDAR_MAC_1904
    book.active.append([dt.datetime(2024, 3, 31), dt.date(1904, 1, 2)])
    path = tmp_path / "mac.xlsx"
    book.save(path)
    cells = assert_same_as_openpyxl(path)["Sheet"]
    assert cells[(1, 1)].value == dt.datetime(2024, 3, 31)
    assert cells[(1, 2)].value == dt.datetime(1904, 1, 2)
    with open_xlsx(path) as opened:
        assert opened.date1904


def test_shared_strings_rich_text_and_missing_references(tmp_path):
    strings = (b'<?xml version="1.0"?><sst xmlns="' + MAIN + b'" count="4" uniqueCount="4">'
               b'<si><t>code</t></si>'
               b'<si><r><rPr><b/></rPr><t>Rich </t></r><r><t xml:space="preserve">text </t></r>'
               b'<rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si>'
               b'<si><t>line_x000D_break</t></si>'
               b'<si><t/></si></sst>')
    rows = (b'<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c></row>'
            b'<row><c><v>1.5</v></c><c r="D2" t="inlineStr"><is><r><t>in</t></r><r><t>line'
            b'</t></r></is></c><c><v>7</v></c></row>'
            b'<row r="5"><c r="B5" t="str"><v>cached text</v></c><c t="b"><v>1</v></c>'
            b'<c t="e"><v>#REF!</v></c><c t="s"><v>3</v></c></row>')
    parts = with_rels({"xl/sharedStrings.xml": strings}, STRINGS_REL)
    path = hand_made(tmp_path, rows, parts=parts)
    cells = read_all(path)["Values"]
    assert {place: (c.value, c.kind) for place, c in cells.items()} == {
        (1, 1): ("code", "s"), (1, 2): ("Rich text ", "s"), (1, 3): ("line\rbreak", "s"),
        (2, 1): (Decimal("1.5"), "n"), (2, 4): ("inline", "s"), (2, 5): (Decimal(7), "n"),
        (5, 2): ("cached text", "s"), (5, 3): (True, "b"), (5, 4): ("#REF!", "e"),
        (5, 5): ("", "s"),
    }
    theirs = openpyxl_cells(path)["Values"]  # openpyxl agrees but for the _x000D_ escape
    assert theirs[(2, 4)] == ("inline", "s") and theirs[(5, 2)] == ("cached text", "s")
    assert theirs[(1, 2)] == ("Rich text ", "s") and theirs[(2, 5)] == (7, "n")
    with open_xlsx(path) as book:
        assert [n for n, _cells in book.rows("Values")] == [1, 2, 5]


def test_styles_custom_formats_and_iso_dates(tmp_path):
    styles = (b'<?xml version="1.0"?><styleSheet xmlns="' + MAIN + b'"><numFmts count="3">'
              b'<numFmt numFmtId="164" formatCode="0.0%"/>'
              b'<numFmt numFmtId="165" formatCode="dd&quot;/&quot;mm&quot;/&quot;yyyy"/>'
              b'<numFmt numFmtId="166" formatCode="#,##0.0 &quot;days&quot;"/></numFmts>'
              b'<cellStyleXfs count="1"><xf numFmtId="9"/></cellStyleXfs>'
              b'<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/>'
              b'<xf numFmtId="166"/><xf numFmtId="10"/><xf numFmtId="14"/></cellXfs>'
              b'</styleSheet>')
    rows = (b'<row r="1"><c r="A1" s="1"><v>0.85</v></c><c r="B1" s="2"><v>45382</v></c>'
            b'<c r="C1" s="3"><v>12.5</v></c><c r="D1" s="4"><v>0.5</v></c>'
            b'<c r="E1" s="5"><v>45108</v></c><c r="F1" s="0"><v>3</v></c>'
            b'<c r="G1" t="d"><v>2024-03-31</v></c><c r="H1" t="d"><v>2024-03-31T10:30:00</v>'
            b'</c><c r="I1" t="d"><v>not a date</v></c></row>')
    path = hand_made(tmp_path, rows, parts=with_rels({"xl/styles.xml": styles}, STYLES_REL))
    cells = read_all(path)["Values"]
    flags = {place[1]: (c.value, c.kind, c.percent, c.is_date) for place, c in cells.items()}
    assert flags == {
        1: (Decimal("0.85"), "n", True, False),
        2: (dt.datetime(2024, 3, 31), "d", False, True),
        3: (Decimal("12.5"), "n", False, False),  # "days" in quotes is not a date
        4: (Decimal("0.5"), "n", True, False),
        5: (dt.datetime(2023, 7, 1), "d", False, True),
        6: (Decimal(3), "n", False, False),
        7: (dt.date(2024, 3, 31), "d", False, True),
        8: (dt.datetime(2024, 3, 31, 10, 30), "d", False, True),
        9: ("#VALUE!", "e", False, False),
    }


def test_prefixed_elements_are_read(tmp_path):
    sheet = (b'<?xml version="1.0"?><x:worksheet xmlns:x="' + MAIN + b'"><x:sheetData>'
             b'<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>code</x:t></x:is></x:c>'
             b'<x:c r="B1"><x:v>2</x:v></x:c><x:c r="C1"><x:f>B1*2</x:f><x:v>4</x:v></x:c>'
             b'</x:row></x:sheetData><x:mergeCells><x:mergeCell ref="A3:B3"/></x:mergeCells>'
             b'</x:worksheet>')
    path = zip_parts(tmp_path / "prefixed.xlsx", minimal_parts(sheet))
    assert_same_as_openpyxl(path)
    with open_xlsx(path) as book:
        assert book.merged("Values") == [CellRange("A3:B3", 3, 1, 3, 2)]


def test_format_rules():
    assert is_percent_format("0%") and is_percent_format("#,##0.0%")
    assert not is_percent_format('0"%"') and not is_percent_format("0\\%")
    assert not is_percent_format("General") and not is_percent_format(None)
    assert date_format_kind("dd/mm/yyyy") == "date" and date_format_kind("h:mm AM/PM") == "date"
    assert date_format_kind("[h]:mm:ss") == "elapsed"
    assert date_format_kind("#,##0.00") is None and date_format_kind("[Red]0.0") is None
    assert date_format_kind('0.0 "days"') is None and date_format_kind("General") is None
    assert [column_letter(n) for n in (1, 26, 27, 16384)] == ["A", "Z", "AA", "XFD"]


# -- hostile and damaged workbooks -------------------------------------------------------------


def refused(path: Path, limits: Limits | None = None) -> str:
    start = time.perf_counter()
    with pytest.raises(WorkbookRefused) as caught:
        read_all(path, **({"limits": limits} if limits else {}))
    assert time.perf_counter() - start < 2
    return str(caught.value)


LOL = (b"<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
       + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;")
                                            * 10) for i in range(1, 10)) + b"]>")


def test_entities_past_the_scanned_start_are_refused_by_the_parser(tmp_path):
    # 70 KB of comment pushes the declaration past the 64 KB that xlsx_safety scans
    padding = b"<!--" + b"x" * 70_000 + b"-->"
    sheet = (b'<?xml version="1.0"?>' + padding + LOL + b'<worksheet xmlns="' + MAIN + b'">'
             b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
             b'</sheetData></worksheet>')
    message = refused(zip_parts(tmp_path / "lol.xlsx", minimal_parts(sheet)))
    assert message == ("lol.xlsx: the part xl/worksheets/sheet1.xml declares a document type "
                       "or entities, which spreadsheets never need (a possible XML bomb); the "
                       "workbook is refused")
    external = (b'<?xml version="1.0"?>' + padding + b'<!DOCTYPE sst [<!ENTITY x SYSTEM '
                b'"file:///etc/passwd">]><sst xmlns="' + MAIN + b'"><si><t>&x;</t></si></sst>')
    path = hand_made(tmp_path, b"", name="ext.xlsx",
                     parts=with_rels({"xl/sharedStrings.xml": external}, STRINGS_REL))
    assert "the part xl/sharedStrings.xml declares a document type" in refused(path)


def test_the_start_scan_and_zip_checks_still_apply(tmp_path):
    path = zip_parts(tmp_path / "lol.xlsx", minimal_parts(
        b'<?xml version="1.0"?>' + LOL + b'<worksheet xmlns="' + MAIN + b'"/>'))
    assert "declares a document type or entities" in refused(path)
    parts = minimal_parts(SHEET % (b"", b""))
    parts["xl/worksheets/sheet1.xml"] = b"<" + b" " * (64 * 1024 * 1024)
    assert "zip bomb" in refused(zip_parts(tmp_path / "bomb.xlsx", parts))
    text = tmp_path / "renamed.xlsx"
    text.write_text("code,period\n")
    assert "not a zip file" in refused(text)


def test_row_limits(tmp_path):
    huge = hand_made(tmp_path, b"", head=b'<dimension ref="A1:F1000001"/>', name="huge.xlsx")
    assert refused(huge) == ("huge.xlsx, sheet Values has 1,000,000 rows; at most 200,000 rows "
                             "per sheet are read (split the data into several imports)")
    rows = b"".join(b'<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (n, n, n)
                    for n in range(1, 70))
    hidden = hand_made(tmp_path, rows, head=b'<dimension ref="A1:A2"/>', name="hidden.xlsx")
    assert "has more rows than that; at most 50 rows" in refused(hidden, Limits(max_rows=50))
    assert len(read_all(hidden, limits=Limits(max_rows=68))["Values"]) == 69


@pytest.mark.parametrize("rows, reason", [
    (b'<row r="1"><c r="ZZZZ1"><v>1</v></c></row>', "outside a spreadsheet"),
    (b'<row r="2000000"><c><v>1</v></c></row>', "row 2000000 is outside a spreadsheet"),
    (b'<row r="1"><c r="A1"><v>abc</v></c></row>', "cell A1 holds 'abc' where a number"),
    (b'<row r="1"><c r="A1" t="s"><v>5</v></c></row>', "refers to text '5'"),
    (b'<row r="1"><c r="A1"><v>1</v></row>', "mismatched tag"),
])
def test_damaged_sheets_are_refused_naming_the_place(tmp_path, rows, reason):
    message = refused(hand_made(tmp_path, rows))
    assert message.startswith("hand.xlsx, sheet Values is damaged near row ")
    assert reason in message


def test_a_chart_sheet_has_no_rows(tmp_path):
    parts = minimal_parts(SHEET % (b"", b""))
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
        b"</sheets>", b'<sheet name="Chart" sheetId="2" r:id="rId2"/></sheets>')
    parts = with_rels(parts, b'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/'
                             b'officeDocument/2006/relationships/chartsheet" '
                             b'Target="chartsheets/sheet1.xml"/>')
    with open_xlsx(zip_parts(tmp_path / "chart.xlsx", parts)) as book:
        assert book.sheet_names == ["Values", "Chart"]
        assert not book.is_worksheet("Chart") and book.is_worksheet("Values")
        with pytest.raises(WorkbookRefused, match="sheet Chart is a chart, not a table"):
            list(book.rows("Chart"))


def test_reading_stops_early_and_closes(tmp_path, mixed_workbook):
    book = open_xlsx(mixed_workbook)
    rows = book.rows("Values")
    assert next(rows)[0] == 1
    rows.close()
    book.close()
    with pytest.raises(ValueError):  # the zip is closed
        list(book.rows("Values"))
