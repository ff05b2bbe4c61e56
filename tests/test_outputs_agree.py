"""Every output of a period agrees, because every output reads the same period report:
the window's dashboard and the committee pack draw the same charts; the checks dock and
``python main.py check`` list the same findings; the window, the PDF and the Excel return show
the same demand measures."""

from __future__ import annotations

import io
import re
import shutil
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

import main
from exporters import chart_drawing
from exporters.excel_return import write_return
from exporters.pdf_base import PaperOptions
from exporters.pdf_pack import write_pack_pdf
from gui.dashboard import DashboardPage
from gui.main_window import MainWindow
from gui.preferences import Preferences
from model import records as r
from model.commands import put
from model.pack import Pack
from model.periods import Period
from model.report import PeriodReport

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample.craffu"
PERIODS = (Period(2024, 4), Period(2023, 3))


@pytest.fixture(scope="module")
def sample_pack():
    pack = Pack.open(SAMPLE, read_only=True)
    yield pack
    pack.close()


def _window_charts(qtbot, pack, period: Period) -> dict[str, list]:
    """The charts the window's dashboard draws for ``period``, by section."""
    page = DashboardPage(pack)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    page.set_period(period)
    qtbot.waitUntil(page.is_drawn, timeout=10000)
    cards = [c.chart for c in page.breakdown_cards if c.isVisible()]
    return {
        "demand": list(page.demand.charts),
        "key_indicators": list(page.chosen.charts),
        "bars": cards,
        "rag": [page.rag_card.chart] if page.rag_card.isVisible() else [],
        "plans": [c.chart for c in page.plan_cards if c.isVisible()],
        "measures": list(page.measures.charts) if page.measures.isVisible() else [],
        "budget": [page.budget_card.chart] if page.budget_card.isVisible() else [],
    }


def _pdf_charts(monkeypatch, pack, period: Period) -> tuple[list, bytes]:
    """The charts the committee pack draws for ``period``, in the order it draws them."""
    drawn = []
    real = chart_drawing.chart_drawing

    def recording(chart, *args, **kwargs):
        drawn.append(chart)
        return real(chart, *args, **kwargs)

    monkeypatch.setattr(chart_drawing, "chart_drawing", recording)
    pdf = write_pack_pdf(pack, period, None, PaperOptions("en"))
    return drawn, pdf


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: p.label)
def test_the_dashboard_and_the_committee_pack_draw_the_same_charts(qtbot, monkeypatch,
                                                                   sample_pack, period):
    window = _window_charts(qtbot, sample_pack, period)
    drawn, _pdf = _pdf_charts(monkeypatch, sample_pack, period)
    on_screen = [chart for charts in window.values() for chart in charts]
    assert on_screen and window["demand"] and window["rag"] and window["measures"]
    for chart in on_screen:  # the same description: title, series, figures, text alternative
        assert chart in drawn, chart.title
    # and the papers draw no chart the dashboard leaves out, but the key areas' related
    # measures, drawn on their key area's page
    related = [m.chart for part in PeriodReport(sample_pack, period).key_areas
               for m in part.related]
    for chart in drawn:
        assert chart in on_screen or chart in related, chart.title
    titles = [c.title for c in drawn]
    # the demand measures appear in the pack in the dashboard's order
    demand = [t for t in titles if t in {c.title for c in window["demand"]}]
    assert list(dict.fromkeys(demand)) == [c.title for c in window["demand"]]


def _dashboard_appendix_codes(pdf: bytes, report: PeriodReport) -> list[str]:
    """The indicator codes of the trend charts in the committee pack's dashboard appendix, read
    from the pages' text (each chart's text alternative starts with its code)."""
    text = " ".join(re.sub(r"\s+", " ", page.extract_text())
                    for page in PdfReader(io.BytesIO(pdf)).pages)
    letters = [a.letter for a in report.appendices]
    here = next(a.letter for a in report.appendices if a.kind == "dashboard")
    after = letters[letters.index(here) + 1]
    start = text.rindex(f"Appendix {here} – Performance dashboard")  # the heading itself
    end = text.index(f"Appendix {after} – ", start)
    return re.findall(r"Chart description: ([A-Z]+[0-9.]+) [^:]*?, quarterly", text[start:end])


def test_window_pdf_and_excel_show_the_same_demand_measures(qtbot, monkeypatch, sample_pack,
                                                            tmp_path):
    period = PERIODS[0]
    expected = list(PeriodReport(sample_pack, period).demand_codes)
    assert {"DEM.05", "DEM.06"} <= set(expected) and "PLA.01" not in expected
    window = [c.code for c in _window_charts(qtbot, sample_pack, period)["demand"]]
    _drawn, pdf = _pdf_charts(monkeypatch, sample_pack, period)
    report = PeriodReport(sample_pack, period)
    papers = _dashboard_appendix_codes(pdf, report)
    measures = list(report.dashboard_measure_codes)  # the dashboard's selected measures follow
    assert papers[len(expected):] == measures
    papers = papers[:len(expected)]
    sheet = openpyxl.load_workbook(write_return(sample_pack, period,
                                                tmp_path / "return.xlsx"))["Demand"]
    workbook = [row[0] for row in sheet.iter_rows(min_row=5, values_only=True) if row[0]]
    assert window == papers == workbook == expected


@pytest.fixture
def planted(tmp_path):
    """A copy of the sample with a problem for every editor's check: a breakdown whose total
    differs from its indicator, a figure that jumps, commentary over the length limit."""
    path = tmp_path / "planted.craffu"
    shutil.copyfile(SAMPLE, path)
    pack = Pack.open(path)
    period = PERIODS[0]
    breakdown = next(b for b in pack.all("breakdown") if b.period == period)
    cells = [list(line) for line in breakdown.cells]
    cells[0][0] += 100
    pack.apply(put("Plant problems", breakdown.replace(cells=cells),
                   r.Value("DEM.01", period, actual=Decimal(90000)),
                   r.Commentary("K1.25", period, text="Long. " * 300)))
    yield pack
    pack.close()


def test_the_checks_dock_and_check_list_the_same_findings(qtbot, capsys, planted):
    assert Preferences() == Preferences(1500, 50)  # the window's limits are check's defaults
    window = MainWindow(planted, PERIODS[0])
    qtbot.addWidget(window)
    window.preferences = Preferences()
    periods = [Period(year, q) for year in range(2019, 2025) for q in (1, 2, 3, 4)]
    found = set()
    for period in periods:
        window.set_period(period)
        window.run_checks()
        in_window = [str(f) for f in window.checks_model.findings]
        capsys.readouterr()
        main.main(["check", str(planted.path), "--period", period.label])
        printed = capsys.readouterr().out.splitlines()[:-1]  # the last line is the count
        assert in_window == printed, period.label
        found |= {(f.code, f.field) for f in window.checks_model.findings}
    # the checks the window once made on its own are check's too
    assert {("DEM.02", "breakdown"), ("DEM.01", "actual"), ("K1.25", "commentary")} <= found
