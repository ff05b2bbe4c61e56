"""The PDF papers (exporters/pdf_*.py): read back as a person would, with the text extracted
(pypdf) and the fonts listed (pdffonts)."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from exporters.pdf_base import PaperOptions
from exporters.pdf_pack import write_pack_pdf
from exporters.pdf_scorecard import figure_text, write_scorecard_pdf
from model import records as r
from model.commands import put
from model.pack import Pack
from model.periods import Period
from model.report import PeriodReport
from model.sample_build import SHIPPED as SAMPLE_PATH
from model.scorecard import build_scorecard
from tests.conftest import D, add_indicator

Q4 = Period(2024, 4)
PREPARED = dt.date(2025, 7, 1)


def pages_text(pdf: bytes) -> list[str]:
    return [re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture(scope="module")
def sample():
    pack = Pack.open(SAMPLE_PATH, read_only=True)
    yield pack
    pack.close()


@pytest.fixture(scope="module")
def sample_scorecard(sample):
    return write_scorecard_pdf(sample, Q4, None, PaperOptions(prepared=PREPARED))


@pytest.fixture(scope="module")
def sample_pack_pdf(sample):
    return write_pack_pdf(sample, Q4, None, PaperOptions(prepared=PREPARED))


def test_scorecard_prints_every_indicator_with_the_scorecards_figures(sample, sample_scorecard):
    text = " ".join(pages_text(sample_scorecard))
    scorecard = build_scorecard(sample, Q4)
    for row in scorecard.rows:
        assert row.code in text
        ind = row.indicator
        for figure in (row.status.ytd, row.status.target, row.previous_outturn):
            if figure is not None:
                assert figure_text(ind, figure) in text, (row.code, figure)
    reader = PdfReader(io.BytesIO(sample_scorecard))
    page = reader.pages[0]
    assert page.mediabox.width > page.mediabox.height  # A4 landscape
    assert "Cardiff Council" in text and "Children & Young People Scrutiny Committee" in text
    # the meeting's report date, never the day the paper was made (which may be after it)
    assert "Report date: 8 July 2025" in text and "Prepared" not in text


def test_rag_letters_and_key(sample, sample_scorecard):
    text = pages_text(sample_scorecard)
    counts = build_scorecard(sample, Q4).rag_counts()
    whole = " ".join(text)
    # every RAG letter is in its own cell: count the single letters G/A/R in the table rows
    for rag, letter in (("Green", "G"), ("Red", "R")):
        found = len(re.findall(rf"% {letter} |\d {letter} ", whole))
        assert found >= counts[rag] - 2, (rag, found, counts[rag])
    assert "Key" in whole and "Green: on target" in whole
    assert "unlikely to meet the year's target" in whole


def test_page_numbers_title_and_outline(sample, sample_scorecard):
    text = pages_text(sample_scorecard)
    total = len(text)
    for number, page in enumerate(text, 1):
        assert f"Page {number} of {total}" in page
        assert "Performance scorecard 2024-25 Q4" in page
    reader = PdfReader(io.BytesIO(sample_scorecard))
    assert reader.metadata.title.endswith("Performance scorecard 2024-25 Q4")
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"]
    groups = [g.name for g, _rows in build_scorecard(sample, Q4).groups]
    assert [o.title for o in reader.outline] == groups


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="pdffonts (poppler) not installed")
def test_every_font_is_embedded(tmp_path, sample_pack_pdf):
    path = tmp_path / "pack.pdf"
    path.write_bytes(sample_pack_pdf)
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert lines
    for line in lines:
        assert "DejaVuSans" in line
        assert line.split()[-5] == "yes", line  # the "emb" column


def test_draft_until_final_and_byte_identical(pack):
    add_indicator(pack, "K1", unit="count", aggregation="sum")
    pack.apply(put("v", r.Value("K1", Q4, actual=D(12)), r.Target("K1", 2024, annual=D(40))))
    options = PaperOptions(prepared=PREPARED)
    first = write_scorecard_pdf(pack, Q4, None, options)
    assert first == write_scorecard_pdf(pack, Q4, None, options)
    assert "DRAFT" in pages_text(first)[0]
    pack.apply(put("final", r.PeriodState(Q4, final=True)))
    final = write_scorecard_pdf(pack, Q4, None, options)
    assert "DRAFT" not in " ".join(pages_text(final))


def test_welsh_text_diacritics_and_numbering(pack):
    pack.apply(put("g", r.Group("Demand", name_cy="Galw", position=1)))
    add_indicator(pack, "W1", title="Contacts", title_cy="Cysylltiadau â'r ŵyr a'r ŷd",
                  unit="count", aggregation="sum", polarity="none", group="Demand")
    pack.apply(put("v", r.Value("W1", Q4, actual=D(7))))
    cy = pages_text(write_scorecard_pdf(pack, Q4, None, PaperOptions("cy", prepared=PREPARED)))
    assert "Cysylltiadau â'r ŵyr a'r ŷd" in cy[0]
    assert "Tudalen 1 o " in cy[0] and "DRAFFT" in cy[0] and "Galw" in cy[0]
    assert "1 Gorffennaf 2025" in cy[0]
    both = pages_text(write_scorecard_pdf(pack, Q4, None,
                                          PaperOptions("both", prepared=PREPARED)))
    assert "Contacts" in both[0] and "ŵyr" in both[0]
    assert re.search(r"Page 1 of (\d+) / Tudalen 1 o \1", both[0])


def test_published_suppresses_small_numbers_and_draft_does_not(pack):
    add_indicator(pack, "S1", unit="count", aggregation="sum", polarity="none")
    add_indicator(pack, "S2", unit="percent", aggregation="ratio", polarity="higher")
    pack.apply(put("v", r.Value("S1", Period(2024, 1), actual=D(3)),
                   r.Value("S1", Period(2024, 2), actual=D(1234)),
                   r.Value("S2", Period(2024, 1), numerator=D(1), denominator=D(2)),
                   r.Value("S2", Period(2024, 2), numerator=D(90), denominator=D(100))))
    period = Period(2024, 2)
    draft = " ".join(pages_text(write_scorecard_pdf(pack, period, None,
                                                    PaperOptions(prepared=PREPARED))))
    published = " ".join(pages_text(write_scorecard_pdf(
        pack, period, None, PaperOptions(published=True, prepared=PREPARED))))
    row = re.search(r"S1 Indicator S1 (.*?) S2", draft).group(1)
    assert row.split()[:2] == ["3", "1,234"]
    row = re.search(r"S1 Indicator S1 (.*?) S2", published).group(1)
    # Q1's 3 is small; the year to date 1,237 less Q2's 1,234 would give it away, so Q2 is
    # hidden too (secondary suppression)
    assert row.split()[:3] == ["*", "*", "1,237"]
    row = re.search(r"S2 Indicator S2 (.*?) Key", published).group(1)
    assert row.split()[0] == "*" and "50.0%" not in row and "89.2%" in row  # 91 of 102
    assert "*:" not in draft and "hidden to protect privacy" in published


def test_officers_forecast_reason_is_printed(sample):
    q3 = Period(2024, 3)
    text = " ".join(pages_text(write_scorecard_pdf(sample, q3, None,
                                                   PaperOptions(prepared=PREPARED))))
    reason = sample.forecast_override("K1.18", q3).reason
    assert "Forecasts set by officers" in text
    assert re.sub(r"\s+", " ", reason)[:60] in text


def test_full_pack_cover_report_contents_and_appendices(sample, sample_pack_pdf):
    text = pages_text(sample_pack_pdf)
    whole = " ".join(text)
    counts = build_scorecard(sample, Q4).rag_counts()
    assert (f"{counts['Green']} are Green, {counts['Amber']} Amber and {counts['Red']} Red"
            in whole)
    found = PeriodReport(sample, Q4, "en").appendices
    assert [a.letter for a in found] == list("ABCDEFGHIJKLMN")[:len(found)]
    assert {a.kind for a in found} >= {"scorecard", "dashboard", "key_area", "commitments",
                                       "breakdowns", "snapshots", "rationale"}
    # the cover report comes first, then the contents, as in the seeds
    assert "REASON FOR THE REPORT" in text[0]
    contents = next(page for page in text if "Contents" in page)
    assert text.index(contents) > 0
    for appendix in found:
        assert f"Appendix {appendix.letter} – " in contents
        assert f"Appendix {appendix.letter} – {appendix.title[:30]}" in whole
    for heading in ("REASON FOR THE REPORT", "BACKGROUND", "SCOPE OF SCRUTINY", "WAY FORWARD",
                    "LEGAL IMPLICATIONS", "FINANCIAL IMPLICATIONS", "RECOMMENDATION"):
        assert heading in whole
    assert "15 JULY 2025" in whole and "8 July 2025" in whole
    assert "QUARTER 4 AND YEAR-END 2024-25" in text[0]
    assert "This report sets out performance information for Quarter 4 and year-end 2024-25, " \
        "the quarter and year ending 31 March 2025." in whole
    total = len(text)
    assert all(f"Page {n} of {total}" in page for n, page in enumerate(text, 1))
    outline = PdfReader(io.BytesIO(sample_pack_pdf)).outline
    titles = [o.title for o in outline if not isinstance(o, list)]
    assert titles[0] == "Cover report"
    assert sum(t.startswith("Appendix ") for t in titles) == len(found)
    # the breakdown's totals: the grand total of the sample's contacts table
    b = sample.get("breakdown", ("contacts-source-outcome", Period(2024, 4)))
    grand = sum(c for row in b.cells for c in row if c is not None)
    assert f"{grand:,}" in whole


def test_full_pack_in_welsh_uses_welsh_headings(sample):
    text = " ".join(pages_text(write_pack_pdf(sample, Q4, None,
                                              PaperOptions("cy", prepared=PREPARED))))
    for heading in ("Cynnwys", "RHESWM DROS YR ADRODDIAD", "CEFNDIR", "GOBLYGIADAU CYFREITHIOL",
                    "Atodiad A", "Tudalen 1 o"):
        assert heading in text
    assert "pŵer" in text


def test_command_line_writes_both_papers(tmp_path):
    import main

    scorecard, full = tmp_path / "s.pdf", tmp_path / "p.pdf"
    code = main.main(["export", str(SAMPLE_PATH), "--period", "2024-25 Q4", "--pdf",
                      str(scorecard), "--pack-pdf", str(full), "--language", "both",
                      "--published"])
    assert code == 0
    assert PdfReader(scorecard).pages and len(PdfReader(full).pages) > len(
        PdfReader(scorecard).pages)
    assert main.main(["export", str(SAMPLE_PATH), "--pdf", str(tmp_path / "x.txt")]) == 2
