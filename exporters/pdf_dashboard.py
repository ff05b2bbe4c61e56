"""The committee pack's performance dashboard, compact (seed 000 para 11): a narrative and charts
on each of its sections, in one or two pages for a usual pack.

Rules:
- It lays out the report's dashboard sections that belong to this appendix
  (``DashboardSection.appendix == "dashboard"``: demand, the commitments plan by plan, the
  selected measures such as looked-after reviews and statutory visits, the budget update, the
  RAG status by group), in the report's order. The key indicators', breakdowns' and
  snapshots' charts are drawn in their own appendices, and the period's other narratives in
  the "Updates" appendix.
- Each section: its heading, its narrative (``dashboard-<key>``), the budget table for the budget
  update (line, budget, projected outturn, variance, note, and the totals in bold), then its
  charts side by side: trend charts three to a row (four when there are more than six) as
  small multiples (years under the axis,
  target steps and trajectory drawn, RAG told by the points' shapes; one key above the first
  section explains them all), other charts two to a row. Each chart keeps its title over it;
  the charts' text alternatives follow the section, each introduced "Chart description:".
- Every chart is the report's own description (the window's dashboard draws the same objects).
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from exporters.pdf_appendices import (
    PORTRAIT_WIDTH,
    grid_table,
    narrative_story,
)
from exporters.pdf_base import FONT, FONT_BOLD, PaperOptions, escape
from model import words as pt
from model.errors import Cancelled
from model.progress import tick
from model.report import PeriodReport
from model.report.parts import BudgetPart

__all__ = ["dashboard", "budget_table"]

#: Columns and chart height (points) of a section's grid: trend small multiples, other charts.
_TRENDS = (3, 118)
_OTHERS = (2, 150)


def _drawing(chart, width: float, height: float, compact: bool, options: PaperOptions, st):
    tick()  # each chart takes a moment to draw (model.progress: Cancel is heard)
    try:
        from exporters.chart_drawing import PAPER_FONT_SIZE, chart_drawing

        # 9 pt labels, as every chart of the papers (issue 11)
        drawing = chart_drawing(chart, width, height, compact=compact,
                                font_size=PAPER_FONT_SIZE)
        drawing.initialFontName = FONT
        return drawing
    except Cancelled:
        raise  # the user cancelled: the paper is not written at all
    except Exception as exc:  # noqa: BLE001 - the papers still go out, saying why
        return Paragraph(escape(pt.words("chart_missing", options.language, reason=str(exc))),
                         st["small"])


def _grid(charts, trends: bool, options: PaperOptions, st) -> list:
    columns, height = _TRENDS if trends else _OTHERS
    if trends and len(charts) > 6:
        columns, height = 4, 100
    width = PORTRAIT_WIDTH / columns
    cells = [[Paragraph(escape(chart.title), st["cell_bold"]),
              _drawing(chart, width - 4, height, trends, options, st)] for chart in charts]
    rows = [cells[i:i + columns] for i in range(0, len(cells), columns)]
    if rows:
        rows[-1] += [""] * (columns - len(rows[-1]))
    out = []
    for row in rows:  # a table a row, so a heading keeps with the first row only
        table = Table([row], colWidths=[width] * columns, style=TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, 9),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 1),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]))
        table.hAlign = "LEFT"
        out.append(table)
    return out


def _descriptions(charts, options: PaperOptions, st) -> list:
    out = []
    for chart in charts:
        for one, text in zip(pt.languages_of(options.language), chart.descriptions,
                             strict=False):
            out.append(Paragraph(escape(pt.words("chart_text", one, text=text)),
                                 st["small_welsh"]))
    return out


def _key(options: PaperOptions, st) -> list:
    lang = options.language
    return [Paragraph(escape(" ".join(pt.pair("dashboard_compact_note", lang))) + " "
                      + escape(" · ".join((pt.words("key_green", lang) + " (●)",
                                           pt.words("key_amber", lang) + " (▲)",
                                           pt.words("key_red", lang) + " (■)"))),
                      st["small"]), Spacer(1, 2 * mm)]


def budget_table(budget: BudgetPart, options: PaperOptions, st) -> list:
    """The budget update: a row per line and the totals; the variance is projected outturn −
    budget (positive: an overspend)."""
    lang = options.language
    head = [Paragraph(escape(pt.words(k, lang)), st["head"]) for k in (
        "budget_line", "budget_budget", "budget_outturn", "budget_variance", "budget_note")]
    data = [head]
    for row in (*budget.rows, budget.total):
        note = (pt.joined(row.record.note, row.record.note_cy, lang)
                if row.record is not None else "")
        data.append([Paragraph(escape(row.line), st["cell"]), *row.texts,
                     Paragraph(escape(note), st["cell"])])
    widths = (52 * mm, 28 * mm, 30 * mm, 28 * mm, PORTRAIT_WIDTH - 138 * mm)
    story = [grid_table(data, widths, extra=[
        ("ALIGN", (1, 1), (3, -1), "RIGHT"),
        ("FONT", (0, -1), (-1, -1), FONT_BOLD, 9),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
    ])]
    story += [Paragraph(escape(text), st["small"] if k else st["body"])
              for k, text in enumerate((*budget.summary, " ".join(pt.pair("budget_key", lang))))]
    return story


def dashboard(report: PeriodReport, options: PaperOptions, st) -> list:
    """The compact dashboard appendix of ``report`` (see the module rules)."""
    story = _key(options, st)
    for section in report.dashboard:
        if section.appendix != "dashboard":
            continue
        charts = section.charts
        story.append(Paragraph(escape(section.title), st["h2"]))
        if section.narrative is not None:
            story += narrative_story(section.narrative, options, st, heading="")
        if section.key == "budget" and report.budget is not None:
            story += budget_table(report.budget, options, st)
        story += _grid(charts, section.is_trends, options, st)
        story += _descriptions(charts, options, st)
        story.append(Spacer(1, 2 * mm))
    return story
