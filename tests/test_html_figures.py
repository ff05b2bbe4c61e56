"""The HTML edition and the PDF committee pack print the same figures and hide the same cells:
each scorecard cell, breakdown and snapshot cell and trajectory figure of the HTML edition is
compared with the text the PDF lays out for it (the PDF layout's own cell functions), for a
draft and for a published edition with small numbers planted in every kind of table."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from exporters import pdf_scorecard
from exporters.pdf_base import PaperOptions, styles
from exporters.pdf_pack import write_pack_pdf
from model.pack import Pack
from model.periods import Period
from model.report import PeriodReport
from model.report.parts import CHANGE, TOTAL
from tests.html_support import PERIOD, pack_path, parse, sample_edition, text_of


def _figure(cell) -> str:
    """A cell's figure as printed: ``*`` for a hidden one (without the words that explain it)."""
    hidden = [s for s in cell.iter("span") if s.get("class") == "hidden-figure"]
    if hidden:
        mark = hidden[0][0]
        assert mark.get("aria-hidden") == "true"
        return mark.text
    return text_of(cell)


def _table_rows(document, css_class: str):
    for table in document.iter("table"):
        if table.get("class") == css_class:
            yield table, [tr for tr in table.iter("tr") if tr.find("th") is not None]


@pytest.fixture(params=[False, True], ids=["draft", "published"])
def edition(request):
    published = request.param
    pack = Pack.open(pack_path(published), read_only=True)
    report = PeriodReport(pack, PERIOD, "en", published=published)
    yield report, parse(sample_edition("en", published))
    pack.close()


def test_scorecard_cells_are_the_pdf_s(edition):
    report, document = edition
    options = PaperOptions("en", published=report.published)
    st = styles()
    rows = {}
    for _table, trs in _table_rows(document, "scorecard"):
        for tr in trs:
            if tr.get("class", "").startswith("indicator"):
                rows[text_of(tr.find("th"))] = tr.findall("td")
    hidden = 0
    for row in report.scorecard.rows:
        pdf, _ = pdf_scorecard._row_cells(report, row, options, st)
        pdf = [c.getPlainText() if hasattr(c, "getPlainText") else c for c in pdf]
        cells = rows[row.code]
        html = [_figure(td) for td in cells[1:8]]  # outturn, Q1..Q4, YTD, target
        assert html == pdf[2:9], row.code
        hidden += html.count("*")
        rag, arrow, face = (text_of(td) for td in cells[8:11])
        assert rag.startswith(pdf[9]), row.code  # the letter (or n/a, no data), then the word
        # the PDF prints the face's word under it; the glyph comes first in both
        assert arrow.startswith(pdf[10]) and face[:1] == pdf[11][:1], row.code
    assert (hidden >= 3) == report.published  # the planted small numbers are hidden


def test_breakdown_and_snapshot_cells_are_the_pdf_s(edition):
    report, document = edition
    tables = [rows for _t, rows in _table_rows(document, "counts")]
    assert len(tables) == len(report.breakdowns) + len(report.snapshots)
    hidden = 0
    for rows, table in zip(tables, report.breakdowns + report.snapshots, strict=True):
        is_breakdown = table in report.breakdowns
        body, total = rows[1:-1], rows[-1]
        assert [text_of(tr.find("th")) for tr in body] == list(table.rows)
        last = [TOTAL] if is_breakdown else [CHANGE] if len(table.columns) >= 2 else []
        places = [*range(len(table.columns)), *last]
        for i, tr in enumerate(body):  # the PDF prints table.text (the report's decision)
            expected = [table.text(i, j) for j in places]
            html = [_figure(td) for td in tr.findall("td")]
            assert html == expected, table.title
            hidden += html.count("*")
        expected = [table.text(TOTAL, j) for j in places]
        assert [_figure(td) for td in total.findall("td")] == expected
    assert (hidden >= 3) == report.published


def test_trajectory_figures_are_the_report_s(edition):
    report, document = edition
    tables = [rows for _t, rows in _table_rows(document, "trajectory")]
    expected = [(row, part.indicator) for part in report.key_areas  # the year ahead first
                for t in sorted(part.trajectories, key=lambda t: t.year != part.expected_year)
                for row in t.rows]
    printed = [tr for rows in tables for tr in rows[1:]]
    assert len(printed) == len(expected) > 0
    for tr, (row, indicator) in zip(printed, expected, strict=True):
        cells = tr.findall("td")
        assert _figure(cells[0]) == pdf_scorecard.figure_text(indicator, row.expected)
        assert _figure(cells[1]) == row.actual_text


def test_the_pdf_and_the_html_edition_say_the_same_cover_report():
    with Pack.open(pack_path(True), read_only=True) as pack:
        pdf = write_pack_pdf(pack, PERIOD, None, PaperOptions("en", published=True))
        report = PeriodReport(pack, PERIOD, "en", published=True)
    import io

    pdf_words = " ".join(" ".join(page.extract_text().split())
                         for page in PdfReader(io.BytesIO(pdf)).pages)
    document = parse(sample_edition("en", True))
    cover = next(s for s in document.iter("section") if s.get("id") == "cover")
    paragraphs = [text_of(p) for p in cover.iter("p") if p.get("class") is None]
    assert len(paragraphs) >= len(report.cover.paragraphs)
    for paragraph in report.cover.paragraphs:
        words = " ".join(paragraph.texts[0].split())
        assert words in paragraphs
        # the PDF prints the same sentence (its line breaks and hyphenation aside)
        assert words[:40].replace(" ", "") in pdf_words.replace(" ", "")


def test_a_period_without_published_hidden_figures_still_matches():
    with Pack.open(pack_path(False), read_only=True) as pack:
        report = PeriodReport(pack, Period(2021, 4), "en", published=True)
        from exporters.html_edition import render_edition

        document = parse(render_edition(report))
    options = PaperOptions("en", published=True)
    st = styles()
    rows = {text_of(tr.find("th")): tr.findall("td") for _t, trs in
            _table_rows(document, "scorecard") for tr in trs
            if tr.get("class", "").startswith("indicator")}
    stars = 0
    for row in report.scorecard.rows:
        pdf, _ = pdf_scorecard._row_cells(report, row, options, st)
        html = [_figure(td) for td in rows[row.code][1:8]]
        assert html == pdf[2:9]
        stars += html.count("*")
    # the sample's own small numbers of 2021-22, and what would give them away (issue 11)
    assert stars >= 5
