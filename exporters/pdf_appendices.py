"""The committee pack's appendices, laid out from the period report (``model.report``).

Rules:
- Every figure, total, status and chart comes from the report; nothing is recomputed here.
- A chart is drawn as vectors (``exporters.chart_drawing``) under its title and followed by its
  text alternative ("Chart description: …"), kept together on a page; a chart that cannot be
  drawn is replaced by a line saying why, and the papers still go out.
- The dashboard appendix is ``exporters.pdf_dashboard`` (compact). The key indicators',
  breakdowns' and snapshots' charts of the dashboard are drawn in their own appendices
  (``DashboardSection.appendix``), from the very same chart descriptions.
- A key area's page: the current position, the five-year trend with the year-by-year table
  beside it and the related measures' charts, the management target and how it was calculated,
  the current actions, and the expected future quarterly improvements (at Q4 next year's
  trajectory first, then the year just ended against its trajectory).
- Tables: a heading row on the pack's dark blue; counts with thousands separators; in a published
  edition a hidden figure prints ``*`` (read through ``CountTable.text``: the report's one
  disclosure decision); totals in bold.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from exporters.pdf_base import FONT, FONT_BOLD, SMALLEST, PaperOptions, escape
from exporters.pdf_cover import markup
from model import words as pt
from model.errors import Cancelled
from model.progress import tick
from model.report import PeriodReport
from model.report.cover import paragraphs
from model.report.parts import CHANGE, TOTAL, KeyAreaPart
from model.scorecard import figure_text

__all__ = ["chart_block", "key_area_page", "five_year_table", "commitments_table",
           "narrative_story", "breakdown_tables", "snapshot_tables", "rationale_table",
           "PORTRAIT_WIDTH", "LANDSCAPE_WIDTH", "grid_table", "STATUS_FILL", "table_widths"]

HEAD_FILL = colors.HexColor("#1F3A5F")
GRID = colors.HexColor("#9AA5B1")
STATUS_FILL = {
    "Green": "#1AA57A", "Amber-Green": "#9CC65A", "Amber": "#F0B429", "Red-Amber": "#EE8A3C",
    "Red": "#E8564A",
}
PORTRAIT_WIDTH = 180 * mm
LANDSCAPE_WIDTH = 267 * mm


def chart_block(chart, width: float, height: float, options: PaperOptions, st) -> list:
    """A chart's title, its drawing and its text alternative, kept together."""
    tick()  # each chart takes a moment to draw (model.progress: Cancel is heard)
    try:
        from exporters.chart_drawing import PAPER_FONT_SIZE, chart_drawing

        drawing = chart_drawing(chart, width, height, font_size=PAPER_FONT_SIZE)
        drawing.initialFontName = FONT  # the renderer would otherwise start in Helvetica
    except Cancelled:
        raise  # the user cancelled: the paper is not written at all
    except Exception as exc:  # noqa: BLE001 - the papers still go out, saying why
        return [Paragraph(escape(pt.words("chart_missing", options.language, reason=str(exc))),
                          st["small"])]
    # the text alternative in each language of the edition, each introduced in its language
    alts = [Paragraph(escape(pt.words("chart_text", one, text=text)), st["small_welsh"])
            for one, text in zip(pt.languages_of(options.language), chart.descriptions,
                                 strict=False)]
    return [KeepTogether([Paragraph(escape(chart.title), st["h3"]), drawing, *alts,
                          Spacer(1, 3 * mm)])]


def narrative_story(narrative, options: PaperOptions, st, heading: str = "h2") -> list:
    """A narrative's heading (its title, else its name; none for ``heading=""``) and its
    paragraphs in the edition's languages."""
    story = []
    if heading:
        story.append(Paragraph(escape(pt.joined(narrative.title or narrative.name,
                                                narrative.title_cy, options.language)),
                               st[heading]))
    for k, text in enumerate(pt.pick(narrative.text, narrative.text_cy, options.language)):
        story += _bullets_or_paragraphs(text, st["body"] if k == 0 else st["welsh"], st)
    return story


def _bullets_or_paragraphs(text: str, style, st) -> list:
    out = []
    for part in paragraphs(text):
        lines = part.split("\n")
        if all(line.lstrip().startswith(("- ", "• ", "* ")) for line in lines):
            out += [Paragraph(escape(line.lstrip()[2:]), st["bullet"], bulletText="•")
                    for line in lines]
        else:
            out.append(Paragraph(markup(part), style))
    return out


def _grid_table(data, widths, header_rows: int = 1, extra=()) -> Table:
    from exporters.pdf_base import styles

    head = styles()["head"]
    data = [[Paragraph(escape(cell), head) if isinstance(cell, str) else cell for cell in row]
            if k < header_rows else row for k, row in enumerate(data)]  # headings wrap
    commands = [
        ("FONT", (0, 0), (-1, -1), FONT, SMALLEST),
        ("FONT", (0, 0), (-1, header_rows - 1), FONT_BOLD, SMALLEST),
        ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), colors.white),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_FILL),
        ("GRID", (0, 0), (-1, -1), 0.3, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        *extra,
    ]
    table = Table(data, colWidths=widths, repeatRows=header_rows, style=TableStyle(commands))
    table.hAlign = "LEFT"
    return table


def key_area_page(report: PeriodReport, part: KeyAreaPart, options: PaperOptions, st) -> list:
    lang, period, indicator = options.language, report.period, part.indicator
    area = part.area
    story = [Paragraph(escape(f"{indicator.code} "
                              f"{pt.joined(indicator.title, indicator.title_cy, lang)}"),
                       st["body"])]
    story.append(Paragraph(escape(pt.words("current_position", lang)), st["h2"]))
    for k, text in enumerate(pt.pick(area.position_text, area.position_text_cy, lang)):
        story += _bullets_or_paragraphs(text, st["body"] if k == 0 else st["welsh"], st)
    story.append(Paragraph(escape(pt.words("five_year_trend", lang)), st["h2"]))
    story += chart_block(part.chart, PORTRAIT_WIDTH, 200, options, st)
    if part.table is not None:
        story += five_year_table(part, options, st)
    if part.related:
        heading = Paragraph(escape(pt.words("related_measures", lang)), st["h2"])
        for k, measure in enumerate(part.related):
            block = chart_block(measure.chart, PORTRAIT_WIDTH, 165, options, st)
            story += [KeepTogether([heading, *block])] if k == 0 else block
    story.append(Paragraph(escape(pt.words("management_target", lang)), st["h2"]))
    target = part.target
    if target is None or target.annual is None:
        story.append(Paragraph(escape(pt.words("no_target", lang, year=period.fy.label)),
                               st["body"]))
    else:
        text = " / ".join(pt.words("target_for", one, year=period.fy.label,
                                   target=pt.figure_words(indicator, target.annual, one))
                          for one in pt.languages_of(lang))
        if target.management:
            text += f" ({pt.words('management_mark', lang)})"
        story.append(Paragraph(f"<b>{escape(text)}</b>", st["body"]))
        for k, rationale in enumerate(pt.pick(target.rationale, target.rationale_cy, lang)):
            if rationale:
                story += _bullets_or_paragraphs(rationale, st["body"] if k == 0 else
                                                st["welsh"], st)
    story.append(Paragraph(escape(pt.words("current_actions", lang)), st["h2"]))
    for k, text in enumerate(pt.pick(area.actions, area.actions_cy, lang)):
        story += _bullets_or_paragraphs(text, st["body"] if k == 0 else st["welsh"], st)
    # the heading and its trajectory tables kept on one page, never spilling alone
    kept = [Paragraph(escape(pt.words("expected_improvements", lang)), st["h2"])]
    expected_label = f"{part.expected_year}-{(part.expected_year + 1) % 100:02d}"
    if part.missing_trajectory:
        key = "no_trajectory_next" if part.expected_year != period.year else "no_trajectory"
        kept.append(Paragraph(escape(pt.words(key, lang, year=expected_label)), st["body"]))
    # the expected year's trajectory first (at Q4: next year's), then this year's against the
    # figures so far
    ordered = sorted(part.trajectories, key=lambda t: t.year != part.expected_year)
    for trajectory in ordered:
        label = f"{trajectory.year}-{(trajectory.year + 1) % 100:02d}"
        heading = "expected_next" if trajectory.year == part.expected_year else \
            "trajectory_so_far"
        kept.append(Paragraph(escape(pt.words(heading, lang, year=label)), st["h3"]))
        data = [[pt.words("quarter", lang), pt.words("expected", lang),
                 pt.words("actual", lang)]]
        for row in trajectory.rows:
            data.append([f"{pt.quarter_label(row.period.quarter, lang)} {row.period.fy.label}",
                         figure_text(indicator, row.expected), row.actual_text])
        kept.append(_grid_table(data, (50 * mm, 40 * mm, 40 * mm),
                                extra=[("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
        kept.append(Spacer(1, 3 * mm))
    story.append(KeepTogether(kept))
    return story


def five_year_table(part: KeyAreaPart, options: PaperOptions, st) -> list:
    """The key area's measures year by year, with the key indicator's target and RAG."""
    lang, table = options.language, part.table
    head = [Paragraph(escape(pt.words("year", lang)), st["head"])]
    head += [Paragraph(escape(f"{m.code} {pt.joined(m.title, m.title_cy, lang)}"), st["head"])
             for m in table.measures]
    head += [Paragraph(escape(f"{table.measures[0].code} {pt.words('target', lang)}"),
                       st["head"]),
             Paragraph(escape(pt.words("rag", lang)), st["head"])]
    data = [head]
    extra = [("ALIGN", (1, 1), (-1, -1), "RIGHT")]
    for i, year in enumerate(table.years):
        rag = table.rags[i]
        data.append([year, *table.cells[i], table.targets[i],
                     pt.rag_word(rag, lang) if rag else ""])
        if rag in STATUS_FILL:
            extra.append(("BACKGROUND", (-1, i + 1), (-1, i + 1),
                          colors.HexColor(STATUS_FILL[rag])))
    columns = len(table.measures) + 3
    first = 32 * mm
    rest = (PORTRAIT_WIDTH - first) / (columns - 1)
    note = pt.words("year_figure_note", lang, year=table.years[-1].split(" ")[0])
    return [Paragraph(escape(pt.words("five_year_table", lang)), st["h3"]),
            _grid_table(data, (first, *([rest] * (columns - 1))), extra=extra),
            Paragraph(escape(note), st["small"]), Spacer(1, 3 * mm)]


def commitments_table(report: PeriodReport, options: PaperOptions, st,
                      plan: str | None = None) -> list:
    """The commitments with their status and progress; ``plan``: only that plan's (the
    appendix of one plan), with its counts by status above the table."""
    lang = options.language
    lines = report.commitments
    story: list = []
    if plan is not None:
        part = next((p for p in report.plans if p.plan == plan), None)
        lines = part.lines if part is not None else ()
        if part is not None and part.counts:
            story.append(Paragraph(escape(" / ".join(pt.words(
                "plan_counts", one, plan=part.title_in(one), count=len(part.lines),
                counts=", ".join(f"{n} {pt.commitment_status_word(status, one)}"
                                 for status, n in part.counts))
                for one in pt.languages_of(lang))), st["body"]))
    # headings and dates wrap in their cells: a bilingual one is two languages long
    head = [Paragraph(escape(pt.words(k, lang)), st["head"])
            for k in ("ref", "commitment", "owner", "due", "status", "progress")]
    data = [head]
    extra = []
    for line in lines:
        c, update, status = line.commitment, line.update, line.status
        progress_texts = pt.pick(update.progress, update.progress_cy, lang) if update else []
        progress = [Paragraph(markup(t), st["cell"] if k == 0 else st["cell_welsh"])
                    for k, t in enumerate(progress_texts) if t]
        title = [Paragraph(escape(t), st["cell"] if k == 0 else st["cell_welsh"])
                 for k, t in enumerate(pt.pick(c.title, c.title_cy, lang)) if t]
        i = len(data)
        owner = Paragraph(escape(pt.joined(c.owner, c.owner_cy, lang)), st["cell"])
        data.append([c.ref, title, owner,
                     Paragraph("<br/>".join(escape(pt.date_text(c.due, one))
                                            for one in pt.languages_of(lang)), st["cell"])
                     if c.due else "",
                     Paragraph(escape(pt.commitment_status_word(status, lang) if status
                                      else pt.words("no update", lang)), st["cell_bold"]),
                     progress])
        if status in STATUS_FILL:
            extra.append(("BACKGROUND", (4, i), (4, i), colors.HexColor(STATUS_FILL[status])))
    return [*story, _grid_table(data, (18 * mm, 80 * mm, 40 * mm, 25 * mm, 24 * mm, 80 * mm),
                                extra=extra)]


def table_widths(table) -> tuple[float, ...]:
    """The column widths of a breakdown's or snapshot's table (label column first)."""
    if table.record.kind == "breakdown":
        first = 45 * mm
        rest = (LANDSCAPE_WIDTH - 90 * mm - first) / (len(table.columns) + 1)
        return (first, *([rest] * (len(table.columns) + 1)))
    return (70 * mm, *([35 * mm] * (len(table.columns) + (len(table.columns) >= 2))))


def breakdown_tables(report: PeriodReport, options: PaperOptions, st) -> list:
    lang = options.language
    story = []
    for table in report.breakdowns:
        story.append(Paragraph(escape(table.title), st["h2"]))
        total = pt.words("total", lang)
        columns = range(len(table.columns))
        record = table.record
        corner = pt.joined(record.row_heading, record.row_heading_cy, lang)
        data = [[Paragraph(escape(corner), st["head"])]
                + [Paragraph(escape(c), st["head"]) for c in table.columns]
                + [Paragraph(escape(total), st["head"])]]
        for i, name in enumerate(table.rows):  # figures as printed: * where hidden
            data.append([Paragraph(escape(name), st["cell"])]
                        + [table.text(i, j) for j in columns] + [table.text(i, TOTAL)])
        data.append([Paragraph(f"<b>{escape(total)}</b>", st["cell"])]
                    + [table.text(TOTAL, j) for j in columns] + [table.text(TOTAL, TOTAL)])
        story.append(_grid_table(data, table_widths(table), extra=[
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("FONT", (0, -1), (-1, -1), FONT_BOLD, SMALLEST),
            ("FONT", (-1, 1), (-1, -1), FONT_BOLD, SMALLEST),
        ]))
        if table.record.note:
            story.append(Paragraph(escape(pt.joined(table.record.note, table.record.note_cy,
                                                          lang)), st["small"]))
        story += chart_block(table.chart, LANDSCAPE_WIDTH - 60 * mm, 230, options, st)
    return story


def _date_heading(text: str, language: str) -> str:
    try:
        return pt.date_text(dt.date.fromisoformat(str(text)), language)
    except ValueError:
        return str(text)


def snapshot_tables(report: PeriodReport, options: PaperOptions, st) -> list:
    lang = options.language
    story = []
    for table in report.snapshots:
        story.append(Paragraph(escape(table.title), st["h2"]))
        dates = [_date_heading(d, lang) for d in table.columns]
        head = [pt.words("category", lang), *dates]
        with_change = len(dates) >= 2
        if with_change:
            head.append(pt.words("change", lang))
        data = [[Paragraph(escape(h), st["head"]) for h in head]]
        columns = range(len(table.columns))
        for i, name in enumerate(table.rows):  # figures as printed: * where hidden
            row = [Paragraph(escape(name), st["cell"])]
            row += [table.text(i, j) for j in columns]
            if with_change:
                row.append(table.text(i, CHANGE))
            data.append(row)
        total_row = [Paragraph(f"<b>{escape(pt.words('total', lang))}</b>", st["cell"])]
        total_row += [table.text(TOTAL, j) for j in columns]
        if with_change:
            total_row.append(table.text(TOTAL, CHANGE))
        data.append(total_row)
        story.append(_grid_table(data, table_widths(table), extra=[
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("FONT", (0, -1), (-1, -1), FONT_BOLD, SMALLEST),
        ]))
        if table.record.note:
            story.append(Paragraph(escape(pt.joined(table.record.note, table.record.note_cy,
                                                          lang)), st["small"]))
        story += chart_block(table.chart, PORTRAIT_WIDTH, 230, options, st)
    return story


def rationale_table(report: PeriodReport, options: PaperOptions, st) -> list:
    lang = options.language
    data = [[Paragraph(escape(pt.words(k, lang)), st["head"])
             for k in ("code", "indicator", "target", "rationale")]]
    for indicator, target in report.rationale:
        title = [Paragraph(escape(t), st["cell"] if k == 0 else st["cell_welsh"])
                 for k, t in enumerate(pt.pick(indicator.title, indicator.title_cy, lang)) if t]
        target_text = figure_text(indicator, target.annual) if target.annual is not None else ""
        if target.management:
            target_text += f"\n({pt.words('management_mark', lang)})"
        rationale = [Paragraph(markup(t), st["cell"] if k == 0 else st["cell_welsh"])
                     for k, t in enumerate(pt.pick(target.rationale, target.rationale_cy, lang))
                     if t]
        data.append([indicator.code, title, Paragraph(escape(target_text).replace(
            "\n", "<br/>"), st["cell"]), rationale])
    # the target column wide enough for "(management target)" whole: never "managemen t"
    return [_grid_table(data, (18 * mm, 58 * mm, 36 * mm, 68 * mm))]


#: The appendices' table (heading row on the pack's dark blue, thin grid), for the other layouts.
grid_table = _grid_table
