"""The quarter's Excel return: read back with openpyxl and pandas, it holds the pack's numbers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from exporters.excel_return import SCORECARD_COLUMNS, write_return
from model import records as r
from model import symbols
from model.commands import put
from model.numbers import round_half_away
from model.periods import Period
from model.scorecard import build_scorecard
from tests.conftest import D, add_indicator

PERIOD = Period(2024, 4)


@pytest.fixture(scope="module")
def sample_return(sample, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("return") / "return.xlsx"
    write_return(sample, PERIOD, path, generated=dt.date(2025, 5, 1))
    return path


def _decimal(value) -> Decimal | None:
    if value is None or value != value:  # NaN from pandas
        return None
    return Decimal(repr(float(value)))


def test_scorecard_sheet_reads_back_with_openpyxl_as_the_packs_figures(sample, sample_return):
    scorecard = build_scorecard(sample, PERIOD)
    book = openpyxl.load_workbook(sample_return)
    sheet = book["Scorecard"]
    headings = [c.value for c in sheet[1]]
    assert headings[:4] == ["Group", "Code", "Indicator", "Unit"]
    assert headings[4] == "Q1 2024-25" and headings[8] == "Outturn 2023-24"
    column = {h: i for i, h in enumerate(SCORECARD_COLUMNS)}
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(scorecard.rows) == 57
    for row, expected in zip(rows, scorecard.rows, strict=True):
        s = expected.status
        assert row[column["Code"]] == expected.code
        for name, figure in (("Period value", s.value), ("Year to date", s.ytd),
                             ("Target", s.target), ("Compared with", s.comparison)):
            got = row[column[name]]
            if figure is None:
                assert got is None, (expected.code, name)  # blank, never zero
            else:
                assert _decimal(got) == round_half_away(figure, s.decimals), (expected.code, name)
        assert row[column["RAG"]] == symbols.rag_symbol(s.rag)
        assert row[column["Arrow"]] == symbols.arrow_symbol(s.direction)
        assert row[column["Direction"]] == s.direction
        assert row[column["Explanation"]] == s.explanation
    # a percentage is stored 0-100 with a literal % in its format, a count with thousands
    k119 = next(i for i, row in enumerate(rows) if row[1] == "K1.19") + 2
    ytd = sheet.cell(row=k119, column=column["Year to date"] + 1)
    assert 0 < ytd.value <= 100 and ytd.number_format == '0.0"%"'
    dem01 = next(i for i, row in enumerate(rows) if row[1] == "DEM.01") + 2
    assert sheet.cell(row=dem01, column=column["Year to date"] + 1).number_format == "#,##0"


def test_return_reads_back_with_pandas_as_the_packs_figures(sample, sample_return):
    import pandas as pd

    frame = pd.read_excel(sample_return, sheet_name="Scorecard")
    scorecard = build_scorecard(sample, PERIOD)
    by_code = {row.code: row for row in scorecard.rows}
    assert list(frame["Code"]) == [row.code for row in scorecard.rows]
    for _, line in frame.iterrows():
        s = by_code[line["Code"]].status
        assert _decimal(line["Year to date"]) == round_half_away(s.ytd, s.decimals)
        assert _decimal(line["Target"]) == round_half_away(s.target, s.decimals)
    # every status is a value, not a formula: pandas sees the letters ("n/a" is one of pandas'
    # default missing-value words, so it is read as text only with keep_default_na=False)
    rag = pd.read_excel(sample_return, sheet_name="Scorecard", keep_default_na=False)["RAG"]
    assert set(rag) <= {"G", "A", "R", "n/a", "no data"}
    assert (rag == "R").sum() == scorecard.rag_counts()["Red"]
    assert (rag == "n/a").sum() == scorecard.rag_counts()["n/a"]


def test_layout_freeze_filter_print_setup_names_and_rag_fill(sample_return):
    book = openpyxl.load_workbook(sample_return)
    assert book.sheetnames == ["Cover", "Scorecard", "Demand", "Breakdowns", "Snapshots",
                               "Commitment progress", "Budget", "Trend"]
    sheet = book["Scorecard"]
    assert sheet.freeze_panes == "D2"
    assert sheet.auto_filter.ref == "A1:U58"
    assert sheet.page_setup.orientation == "landscape"
    # 21 columns are too wide to shrink onto one page legibly: fitted to three pages across,
    # the code and indicator repeated on each
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_setup.fitToWidth == 3 and sheet.page_setup.fitToHeight == 0
    assert sheet.print_title_rows == "$1:$1" and sheet.print_title_cols == "$B:$C"
    assert book["Breakdowns"].sheet_properties.pageSetUpPr.fitToPage
    assert "Page &P of &N" in sheet.oddFooter.right.text
    assert sheet.column_dimensions["S"].width > 30
    assert sheet["S2"].alignment.wrap_text
    names = book.defined_names
    assert names["ScorecardTable"].attr_text == "'Scorecard'!$A$1:$U$58"
    assert {"CommitmentsTable", "SymbolKey", "TrendTable", "DemandTable"} <= set(names)
    rules = [rule for cf in sheet.conditional_formatting for rule in cf.rules]
    assert sorted(rule.formula[0] for rule in rules) == ['"A"', '"G"', '"R"']
    assert {rule.dxf.fill.fgColor.rgb[-6:] for rule in rules} == {
        c[1:] for c in symbols.RAG_FILL.values()}


def test_cover_breakdown_totals_snapshots_commitments_and_trend_chart(sample, sample_return):
    book = openpyxl.load_workbook(sample_return)
    cover = {row[0]: row[1] for row in book["Cover"].iter_rows(values_only=True) if row[0]}
    assert cover["Organisation"] == "Cardiff Council"
    assert cover["Committee"] == "Children & Young People Scrutiny Committee"
    assert cover["Generated"].date() == dt.date(2025, 5, 1)
    assert cover["G"] == "Green: on target"  # the key
    breakdown = sample.get("breakdown", ("contacts-source-outcome", PERIOD))
    rows = list(book["Breakdowns"].iter_rows(values_only=True))
    police = next(row for row in rows if row[0] == "Police")
    assert list(police[1:6]) == [*breakdown.cells[0], sum(breakdown.cells[0])]
    total = next(row for row in rows if row[0] == "Total")
    assert total[5] == sum(sum(line) for line in breakdown.cells)
    snapshot_rows = list(book["Snapshots"].iter_rows(values_only=True))
    foster = next(row for row in snapshot_rows if row[0] == "LA foster carers")
    assert foster[1:4] == (146, 131, -15)
    commitments = list(book["Commitment progress"].iter_rows(values_only=True))
    update = sample.get("commitment_update", ("WBO1.01", PERIOD))
    assert next(row for row in commitments if row[0] == "WBO1.01")[4] == update.status
    trend = book["Trend"]
    assert len(trend._charts) == len(sample.all("key_area")) == 4
    for chart in trend._charts:
        assert chart.tagname == "lineChart"
        assert all(series.smooth is False for series in chart.series)
    years = [row[2] for row in trend.iter_rows(min_row=5, values_only=True) if row[1] == "K1.25"]
    assert years == ["2020-21", "2021-22", "2022-23", "2023-24", "2024-25"]


def test_formula_like_text_is_shown_not_run(pack, tmp_path):
    add_indicator(pack, "K1", title="=HYPERLINK(\"http://evil\",\"click\")", unit="count")
    pack.apply(put("figures",
                   r.Value("K1", PERIOD, actual=D(5)),
                   r.Commentary("K1", PERIOD, text="+44 rose", text_cy="@sum(A1)"),
                   r.Target("K1", 2024, annual=D(4))))
    path = write_return(pack, PERIOD, tmp_path / "r.xlsx")
    sheet = openpyxl.load_workbook(path)["Scorecard"]
    title, commentary = sheet["C2"], sheet["T2"]
    assert title.data_type == "s" and title.value.startswith("=HYPERLINK")
    assert commentary.data_type == "s" and commentary.value == "+44 rose"
    assert title.quotePrefix and commentary.quotePrefix and sheet["U2"].quotePrefix
    # the raw XML holds no formula at all
    import zipfile

    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name)


def test_blank_figures_stay_blank_and_an_empty_pack_still_writes(pack, tmp_path):
    add_indicator(pack, "K1", unit="percent", aggregation="last")
    path = write_return(pack, PERIOD, tmp_path / "r.xlsx")
    book = openpyxl.load_workbook(path)
    row = [c.value for c in book["Scorecard"][2]]
    assert row[1] == "K1" and row[4:13] == [None] * 9
    assert row[13] == "n/a"
    assert "no breakdowns" in book["Breakdowns"]["A3"].value
