"""The full committee pack: cover report, contents and lettered appendices, as one PDF.

Rules:
- Order: the cover report (portrait, in the seeds' shape), a contents page, then the
  appendices, each starting a new page, lettered A, B, C… in this order and skipping any that
  would be empty: the scorecard (landscape); the dashboard (RAG and commitment charts, the trend
  of each demand measure, the period's narratives); one monitoring page per key area; the
  commitments with their status; the breakdowns with totals; the snapshot comparisons; the
  rationale for the year's targets.
- The cover report's paragraphs are numbered continuously. Their text comes from the pack's
  report settings (``reason_text``, ``background_text``, ``way_forward_text``, ``legal_text``,
  ``financial_text``, ``recommendation_text``; blank lines separate paragraphs; Welsh from the
  ``*_cy`` fields); the performance section is generated from the scorecard: counts of Green,
  Amber and Red, the indicators that declined, officers' forecasts, and every appendix with
  what it holds.
- Figures come from ``model.scorecard`` and ``model.status`` (never recomputed); charts from
  ``model.charts`` drawn as vectors by ``exporters.chart_drawing``, each followed by its text
  alternative. Published mode suppresses small numbers in tables and charts alike
  (``model.suppression``).
- Every appendix has a bookmark and a contents entry; scorecard groups and key areas are
  bookmarked below their appendix.
"""

from __future__ import annotations

import datetime as dt
import string
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from exporters import papers_text as pt
from exporters.pdf_base import (
    FONT,
    FONT_BOLD,
    LANDSCAPE,
    PORTRAIT,
    Bookmark,
    PaperOptions,
    build_pdf,
    contents_table,
    escape,
    styles,
)
from exporters.pdf_scorecard import figure_text, scorecard_story
from model import records as r
from model.periods import Period
from model.scorecard import Scorecard, build_scorecard
from model.status import describe
from model.suppression import SUPPRESSED, Suppression, suppress_chart

__all__ = ["write_pack_pdf", "pack_title", "appendices", "Appendix", "cover_report",
           "performance_summary", "pack_story"]

HEAD_FILL = colors.HexColor("#1F3A5F")
GRID = colors.HexColor("#9AA5B1")
STATUS_FILL = {
    "Green": "#1AA57A", "Amber-Green": "#9CC65A", "Amber": "#F0B429", "Red-Amber": "#EE8A3C",
    "Red": "#E8564A",
}
PORTRAIT_WIDTH = 180 * mm
LANDSCAPE_WIDTH = 267 * mm


@dataclass(frozen=True)
class Appendix:
    """One appendix: its letter, kind, title and what it holds (both as printed), and how to
    build it (``key``: the key area's name for a key-area appendix)."""

    letter: str
    kind: str
    title: str
    holds: str
    key: str = ""


def pack_title(pack, period: Period, language: str) -> str:
    s = pack.settings
    title = " / ".join(t for t in pt.pick(s.report_title, s.report_title_cy, language) if t)
    return title or f"{pack.name} – {pt.words('committee_pack', language)} {period.label}"


def _languages(language: str) -> tuple[str, ...]:
    return ("en", "cy") if language == "both" else (language,)


def _narratives(pack, period: Period) -> list[r.Narrative]:
    return sorted((n for n in pack.all("narrative") if n.period == period),
                  key=lambda n: (n.position, n.name))


def _demand_codes(scorecard: Scorecard) -> list[str]:
    return [row.code for row in scorecard.rows if row.indicator.polarity == "none"]


def _rationale_targets(pack, period: Period) -> list[tuple[r.Indicator, r.Target]]:
    out = []
    for indicator in pack.indicators():
        target = pack.target(indicator.code, period.year)
        if target is not None and (target.rationale.strip() or target.rationale_cy.strip()
                                   or target.management):
            out.append((indicator, target))
    return out


def appendices(pack, period: Period, language: str) -> list[Appendix]:
    """The appendices this pack's papers will have, lettered in order (empty ones left out)."""
    found: list[tuple[str, str, str, str]] = []

    def add(kind, title_key, holds_key, key="", **fields):
        found.append((kind, pt.words(title_key, language, **fields),
                      pt.words(holds_key, language, **fields), key))

    label = period.label
    add("scorecard", "app_scorecard", "app_scorecard_holds", period=label)
    scorecard_has_rows = bool(pack.indicators())
    if not scorecard_has_rows:
        found.clear()
    if pack.indicators() or _narratives(pack, period):
        add("dashboard", "app_dashboard", "app_dashboard_holds")
    key_areas = sorted(pack.all("key_area"), key=lambda k: (k.position, k.name))
    for area in key_areas:
        if pack.indicator(area.indicator) is None:
            continue
        title = " / ".join(t for t in pt.pick(area.title, area.title_cy, language) if t)
        add("key_area", "app_key_area", "app_key_area_holds", key=area.name, title=title)
    if pack.count("commitment"):
        add("commitments", "app_commitments", "app_commitments_holds", period=label)
    breakdowns = _breakdowns(pack, period)
    if breakdowns:
        add("breakdowns", "app_breakdowns", "app_breakdowns_holds",
            titles="; ".join(_title(b.title, b.title_cy, language) for b in breakdowns))
    snapshots = sorted(pack.all("snapshot"), key=lambda s: (s.position, s.name))
    if snapshots:
        add("snapshots", "app_snapshots", "app_snapshots_holds",
            titles="; ".join(_title(s.title, s.title_cy, language) for s in snapshots))
    if _rationale_targets(pack, period):
        add("rationale", "app_rationale", "app_rationale_holds", year=period.fy.label)
    letters = string.ascii_uppercase
    return [Appendix(letters[i] if i < 26 else f"A{letters[i - 26]}", kind, title, holds, key)
            for i, (kind, title, holds, key) in enumerate(found)]


def _breakdowns(pack, period: Period) -> list[r.Breakdown]:
    return sorted((b for b in pack.all("breakdown") if b.period == period),
                  key=lambda b: (b.position, b.name))


def _title(english: str, welsh: str, language: str) -> str:
    return " / ".join(t for t in pt.pick(english, welsh, language) if t)


# -- the cover report -----------------------------------------------------------------------


class _Numbering:
    def __init__(self):
        self.n = 0

    def next(self) -> int:
        self.n += 1
        return self.n


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in (text or "").replace("\r\n", "\n").split("\n\n") if p.strip()]


def _numbered_texts(english: str, welsh: str, options: PaperOptions, st, numbers: _Numbering,
                    numbered: bool = True) -> list:
    """The paragraphs of a report-settings text, numbered; for both languages each English
    paragraph is followed by its Welsh one (matched by position)."""
    lang = options.language
    en, cy = _paragraphs(english), _paragraphs(welsh)
    if lang == "cy":
        en, cy = (cy or en), []
    elif lang == "en":
        cy = []
    story = []
    for i in range(max(len(en), len(cy))):
        first = en[i] if i < len(en) else ""
        second = cy[i] if i < len(cy) else ""
        lead = f"{numbers.next()}.\u2003" if numbered else ""
        if first:
            story.append(Paragraph(lead + _markup(first), st["numbered" if numbered
                                                              else "body"]))
            lead = "\u2003\u2003" if numbered else ""
        if second:
            style = st["numbered_welsh"] if numbered else st["welsh"]
            story.append(Paragraph(("" if first else lead) + _markup(second), style))
    return story


def _markup(text: str) -> str:
    lines = text.split("\n")
    return "<br/>".join(escape(line) for line in lines)


def _heading(key: str, options: PaperOptions, st, **fields) -> list:
    return [Paragraph(escape(pt.words(key, options.language, **fields).upper()), st["h2"])]


def cover_report(pack, period: Period, scorecard: Scorecard, found: list[Appendix],
                 options: PaperOptions, suppression: Suppression, st) -> list:
    s, lang = pack.settings, options.language
    numbers = _Numbering()
    story: list = [Bookmark("cover", pt.words("cover_report", lang), 0,
                            contents=pt.words("cover_report", lang))]
    org = "  ".join(t for t in (s.organisation_cy, s.organisation) if t) if lang == "both" \
        else _title(s.organisation, s.organisation_cy, lang)
    if org:
        story.append(Paragraph(escape(org.upper()), st["org"]))
    story.append(Spacer(1, 4 * mm))
    for text in pt.pick(s.committee, s.committee_cy, lang):
        if text:
            story.append(Paragraph(escape(text.upper()), st["centre_bold"]))
    if s.meeting_date:
        story.append(Spacer(1, 3 * mm))
        story.append(Paragraph(escape(pt.date_text(s.meeting_date, lang).upper()),
                               st["centre_bold"]))
    story.append(Spacer(1, 4 * mm))
    for text in pt.pick(s.report_title or pack.name, s.report_title_cy, lang):
        story.append(Paragraph(escape(text.upper()), st["centre_bold"]))
    story.append(Spacer(1, 6 * mm))

    story += _heading("reason", options, st)
    story += _numbered_texts(s.reason_text, s.reason_text_cy, options, st, numbers)
    story += _heading("background", options, st)
    story += _numbered_texts(s.background_text, s.background_text_cy, options, st, numbers)
    story += _heading("performance", options, st, period=pt.period_text(period, lang).upper()
                      if lang != "both" else period.label)
    story += performance_summary(pack, scorecard, found, options, suppression, st, numbers)
    story += _heading("way_forward", options, st)
    story += _numbered_texts(s.way_forward_text, s.way_forward_text_cy, options, st, numbers)
    story += _heading("legal", options, st)
    story += _numbered_texts(s.legal_text, s.legal_text_cy, options, st, numbers)
    story += _heading("financial", options, st)
    story += _numbered_texts(s.financial_text, s.financial_text_cy, options, st, numbers)
    story += _heading("recommendation", options, st)
    story += _numbered_texts(s.recommendation_text, s.recommendation_text_cy, options, st,
                             numbers, numbered=False)
    signature = [Spacer(1, 6 * mm)]
    if s.signatory:
        signature.append(Paragraph(f"<b>{escape(s.signatory.upper())}</b>", st["body"]))
    role = _title(s.signatory_role, s.signatory_role_cy, lang)
    if role:
        signature.append(Paragraph(f"<b>{escape(role)}</b>", st["body"]))
    if s.report_date:
        signature.append(Paragraph(f"<b>{escape(pt.date_text(s.report_date, lang))}</b>",
                                   st["body"]))
    story.append(KeepTogether(signature))
    return story


def performance_summary(pack, scorecard: Scorecard, found: list[Appendix],
                        options: PaperOptions, suppression: Suppression, st,
                        numbers: _Numbering) -> list:
    """The generated paragraphs: symbols, RAG counts, declines, overrides, appendices."""
    lang = options.language
    counts = scorecard.rag_counts()
    with_target = counts["Green"] + counts["Amber"] + counts["Red"] + counts["no data"]
    story = []

    def numbered(texts: list[str], bullets: list[str] | None = None) -> None:
        lead = f"{numbers.next()}.\u2003"
        for k, text in enumerate(texts):
            style = st["numbered"] if k == 0 else st["numbered_welsh"]
            story.append(Paragraph((lead if k == 0 else "\u2003\u2003") + escape(text), style))
        for bullet in bullets or []:
            story.append(Paragraph(bullet, st["bullet"], bulletText="•"))

    numbered(pt.pair("summary_symbols", lang))
    texts = []
    for one in _languages(lang):
        nodata = pt.TEXT["summary_nodata"][one == "cy"].format(count=counts["no data"]) \
            if counts["no data"] else ""
        texts.append(pt.TEXT["summary_rag"][one == "cy"].format(
            total=len(scorecard.rows), period=pt.period_text(scorecard.period, one),
            with_target=with_target, green=counts["Green"], amber=counts["Amber"],
            red=counts["Red"], nodata=nodata))
        if counts["n/a"]:
            texts[-1] += " " + pt.TEXT["summary_context"][one == "cy"].format(
                count=counts["n/a"])
    numbered(texts)
    declined = [row for row in scorecard.rows if row.status.direction == "declined"]
    if declined:
        bullets = []
        for row in declined:
            title = _title(row.indicator.title, row.indicator.title_cy, lang)
            explanation = row.status.direction_explanation.partition(": ")[2]
            if suppression.active and (
                    row.indicator.unit == "count" and (suppression.count(row.status.ytd)
                                                       or suppression.count(
                                                           row.status.comparison))
                    or row.indicator.unit == "percent"):
                explanation = ""  # figures could reveal a suppressed number
            bullets.append(f"<b>{escape(row.code)}</b> {escape(title)}"
                           + (f": {escape(explanation)}" if explanation and lang != "cy"
                              else ""))
        numbered(pt.pair("summary_declined", lang, count=len(declined)), bullets)
    else:
        numbered(pt.pair("summary_declined_none", lang))
    overridden = sum(1 for row in scorecard.rows if row.status.forecast_overridden)
    if overridden:
        numbered(pt.pair("summary_overrides", lang, count=overridden))
    bullets = [f"<b>{escape(pt.words('appendix', lang, letter=a.letter))}</b> – "
               f"{escape(a.title)}: {escape(a.holds)}" for a in found]
    numbered(pt.pair("summary_appendices", lang), bullets)
    if suppression.active:
        numbered(pt.pair("summary_suppressed", lang, last=suppression.threshold - 1,
                         threshold=suppression.threshold))
    return story


# -- the appendices -------------------------------------------------------------------------


def _appendix_heading(appendix: Appendix, options: PaperOptions, st) -> list:
    name = pt.words("appendix", options.language, letter=appendix.letter)
    text = f"{name} – {appendix.title}"
    return [Bookmark(f"appendix-{appendix.letter}", text, 0, contents=text),
            Paragraph(escape(text), st["h1"])]


def _chart(chart, width: float, height: float, options: PaperOptions, st,
           suppression: Suppression, pack, people_counts: bool = False) -> list:
    chart = suppress_chart(chart, suppression, pack, people_counts=people_counts)
    try:
        from exporters.chart_drawing import chart_drawing

        drawing = chart_drawing(chart, width, height)
        drawing.initialFontName = FONT  # the renderer would otherwise start in Helvetica
    except Exception as exc:  # noqa: BLE001 - the papers still go out, saying why
        return [Paragraph(escape(pt.words("chart_missing", options.language, reason=str(exc))),
                          st["small"])]
    alt = Paragraph(escape(pt.TEXT["chart_text"][options.language == "cy"].format(
        text=chart.alt_text)), st["small_welsh"])
    return [KeepTogether([Paragraph(escape(chart.title), st["h3"]), drawing, alt,
                          Spacer(1, 3 * mm)])]


def dashboard(pack, period: Period, scorecard: Scorecard, options: PaperOptions,
              suppression: Suppression, st) -> list:
    from model import charts

    story = []
    if scorecard.rows:
        story += _chart(charts.rag_summary(pack, period), PORTRAIT_WIDTH, 220, options, st,
                        suppression, pack)
    if pack.count("commitment"):
        story += _chart(charts.commitment_summary(pack, period), PORTRAIT_WIDTH, 200, options,
                        st, suppression, pack)
    for code in _demand_codes(scorecard):
        story += _chart(charts.trend_chart(pack, code, period, years=5), PORTRAIT_WIDTH, 210,
                        options, st, suppression, pack)
    narratives = _narratives(pack, period)
    for narrative in narratives:
        story.append(Paragraph(escape(_title(narrative.title or narrative.name,
                                             narrative.title_cy, options.language)), st["h2"]))
        for k, text in enumerate(pt.pick(narrative.text, narrative.text_cy, options.language)):
            for part in _paragraphs(text):
                story.append(Paragraph(_markup(part), st["body"] if k == 0 else st["welsh"]))
    if not narratives:
        story.append(Paragraph(escape(pt.words("no_narratives", options.language)),
                               st["body"]))
    return story


def _bullets_or_paragraphs(text: str, style, st) -> list:
    out = []
    for part in _paragraphs(text):
        lines = part.split("\n")
        if all(line.lstrip().startswith(("- ", "• ", "* ")) for line in lines):
            out += [Paragraph(escape(line.lstrip()[2:]), st["bullet"], bulletText="•")
                    for line in lines]
        else:
            out.append(Paragraph(_markup(part), style))
    return out


def _grid_table(data, widths, header_rows: int = 1, extra=()) -> Table:
    commands = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("FONT", (0, 0), (-1, header_rows - 1), FONT_BOLD, 8),
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


def key_area_page(pack, period: Period, area: r.KeyArea, options: PaperOptions,
                  suppression: Suppression, st) -> list:
    from model import charts

    lang = options.language
    indicator = pack.indicator(area.indicator)
    story = []
    story.append(Paragraph(escape(f"{indicator.code} "
                                  f"{_title(indicator.title, indicator.title_cy, lang)}"),
                           st["body"]))
    story.append(Paragraph(escape(pt.words("current_position", lang)), st["h2"]))
    for k, text in enumerate(pt.pick(area.position_text, area.position_text_cy, lang)):
        story += _bullets_or_paragraphs(text, st["body"] if k == 0 else st["welsh"], st)
    story.append(Paragraph(escape(pt.words("five_year_trend", lang)), st["h2"]))
    story += _chart(charts.trend_chart(pack, indicator.code, period, years=5),
                    PORTRAIT_WIDTH, 220, options, st, suppression, pack)
    story.append(Paragraph(escape(pt.words("management_target", lang)), st["h2"]))
    target = pack.target(indicator.code, period.year)
    if target is None or target.annual is None:
        story.append(Paragraph(escape(pt.words("no_target", lang, year=period.fy.label)),
                               st["body"]))
    else:
        text = pt.words("target_for", lang, year=period.fy.label,
                        target=describe(indicator, target.annual))
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
    story.append(Paragraph(escape(pt.words("expected_improvements", lang)), st["h2"]))
    story += _trajectory_tables(pack, indicator, period, options, suppression, st)
    return story


def _trajectory_tables(pack, indicator: r.Indicator, period: Period, options: PaperOptions,
                       suppression: Suppression, st) -> list:
    """This year's and next year's quarterly trajectory with the figures so far."""
    lang = options.language
    story = []
    for year in (period.year, period.year + 1):
        fy = Period(year, 1).fy
        target = pack.target(indicator.code, year)
        trajectory = target.trajectory if target is not None else None
        if trajectory is None:
            if year == period.year:
                story.append(Paragraph(escape(pt.words("no_trajectory", lang, year=fy.label)),
                                       st["body"]))
            continue
        data = [[pt.words("quarter", lang), pt.words("expected", lang),
                 pt.words("actual", lang)]]
        for q, expected in enumerate(trajectory, 1):
            p = Period(year, q)
            actual = None
            if p <= period:
                from model.status import period_value

                actual = period_value(indicator, pack.value(indicator.code, p))
                from model.numbers import round_half_away

                actual = round_half_away(actual, indicator.display_decimals)
            shown = SUPPRESSED if suppression.quarter(pack, indicator, p, actual) \
                else figure_text(indicator, actual)
            data.append([f"{pt.quarter_label(q, lang)} {fy.label}",
                         figure_text(indicator, expected), shown])
        story.append(_grid_table(data, (50 * mm, 40 * mm, 40 * mm),
                                 extra=[("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
        story.append(Spacer(1, 3 * mm))
    return story


def commitments_table(pack, period: Period, options: PaperOptions, st) -> list:
    lang = options.language
    head = [pt.words(k, lang) for k in ("ref", "commitment", "owner", "due", "status",
                                        "progress")]
    data = [head]
    extra = []
    for c in sorted(pack.all("commitment"), key=lambda c: (c.position, c.ref)):
        update = pack.get("commitment_update", (c.ref, period))
        status = update.status if update else ""
        progress_texts = pt.pick(update.progress, update.progress_cy, lang) if update else []
        progress = [Paragraph(_markup(t), st["cell"] if k == 0 else st["cell_welsh"])
                    for k, t in enumerate(progress_texts) if t]
        title = [Paragraph(escape(t), st["cell"] if k == 0 else st["cell_welsh"])
                 for k, t in enumerate(pt.pick(c.title, c.title_cy, lang)) if t]
        i = len(data)
        data.append([c.ref, title, Paragraph(escape(c.owner), st["cell"]),
                     pt.date_text(c.due, "en" if lang != "cy" else "cy") if c.due else "",
                     Paragraph(escape(pt.commitment_status_word(status, lang) if status
                                      else pt.words("no update", lang)), st["cell_bold"]),
                     progress])
        if status in STATUS_FILL:
            extra.append(("BACKGROUND", (4, i), (4, i), colors.HexColor(STATUS_FILL[status])))
    return [_grid_table(data, (18 * mm, 80 * mm, 40 * mm, 25 * mm, 24 * mm, 80 * mm),
                        extra=extra)]


def _count_cell(value, suppression: Suppression) -> str:
    if value is None:
        return ""
    if suppression.count(value):
        return SUPPRESSED
    return f"{int(value):,}" if Decimal(value) == int(value) else f"{value:,}"


def breakdown_tables(pack, period: Period, options: PaperOptions, suppression: Suppression,
                     st) -> list:
    from model import charts

    lang = options.language
    story = []
    for b in _breakdowns(pack, period):
        story.append(Paragraph(escape(_title(b.title, b.title_cy, lang)), st["h2"]))
        rows = list(b.rows_cy) if lang == "cy" and b.rows_cy else list(b.rows)
        columns = list(b.columns_cy) if lang == "cy" and b.columns_cy else list(b.columns)
        total = pt.words("total", lang)
        data = [[Paragraph(escape(b.row_heading), st["head"])]
                + [Paragraph(escape(c), st["head"]) for c in columns]
                + [Paragraph(escape(total), st["head"])]]
        col_totals = [Decimal(0)] * len(columns)
        for i, name in enumerate(rows):
            cells = b.cells[i] if i < len(b.cells) else []
            row_total = Decimal(0)
            row = [Paragraph(escape(name), st["cell"])]
            for j in range(len(columns)):
                value = cells[j] if j < len(cells) else None
                if value is not None:
                    row_total += Decimal(value)
                    col_totals[j] += Decimal(value)
                row.append(_count_cell(value, suppression))
            row.append(_count_cell(row_total, suppression))
            data.append(row)
        data.append([Paragraph(f"<b>{escape(total)}</b>", st["cell"])]
                    + [_count_cell(t, suppression) for t in col_totals]
                    + [_count_cell(sum(col_totals, Decimal(0)), suppression)])
        first = 45 * mm
        rest = (LANDSCAPE_WIDTH - 90 * mm - first) / (len(columns) + 1)
        story.append(_grid_table(data, (first, *([rest] * (len(columns) + 1))), extra=[
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("FONT", (0, -1), (-1, -1), FONT_BOLD, 8.5),
            ("FONT", (-1, 1), (-1, -1), FONT_BOLD, 8.5),
        ]))
        if b.note:
            story.append(Paragraph(escape(b.note), st["small"]))
        story += _chart(charts.breakdown_chart(b), LANDSCAPE_WIDTH - 60 * mm, 230, options, st,
                        suppression, pack, people_counts=True)
    return story


def snapshot_tables(pack, options: PaperOptions, suppression: Suppression, st) -> list:
    from model import charts

    lang = options.language
    story = []
    for snap in sorted(pack.all("snapshot"), key=lambda s: (s.position, s.name)):
        story.append(Paragraph(escape(_title(snap.title, snap.title_cy, lang)), st["h2"]))
        categories = list(snap.categories_cy) if lang == "cy" and snap.categories_cy \
            else list(snap.categories)
        dates = []
        for d in snap.dates:
            try:
                dates.append(pt.date_text(dt.date.fromisoformat(str(d)),
                                          "cy" if lang == "cy" else "en"))
            except ValueError:
                dates.append(str(d))
        head = [pt.words("category", lang), *dates]
        if len(dates) >= 2:
            head.append(pt.words("change", lang))
        data = [[Paragraph(escape(h), st["head"]) for h in head]]
        totals = [Decimal(0)] * len(dates)
        for i, name in enumerate(categories):
            counts = snap.counts[i] if i < len(snap.counts) else []
            row = [Paragraph(escape(name), st["cell"])]
            for j in range(len(dates)):
                value = counts[j] if j < len(counts) else None
                if value is not None:
                    totals[j] += Decimal(value)
                row.append(_count_cell(value, suppression))
            if len(dates) >= 2:
                first, last = (counts[0] if counts else None), (
                    counts[len(dates) - 1] if len(counts) >= len(dates) else None)
                hide = suppression.count(first) or suppression.count(last)
                row.append("" if first is None or last is None else SUPPRESSED if hide
                           else f"{int(last) - int(first):+,}")
            data.append(row)
        total_row = [Paragraph(f"<b>{escape(pt.words('total', lang))}</b>", st["cell"])]
        total_row += [_count_cell(t, suppression) for t in totals]
        if len(dates) >= 2:
            total_row.append(f"{int(totals[-1] - totals[0]):+,}")
        data.append(total_row)
        widths = (70 * mm, *([35 * mm] * (len(head) - 1)))
        story.append(_grid_table(data, widths, extra=[
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("FONT", (0, -1), (-1, -1), FONT_BOLD, 8.5),
        ]))
        if snap.note:
            story.append(Paragraph(escape(snap.note), st["small"]))
        story += _chart(charts.snapshot_chart(snap), PORTRAIT_WIDTH, 230, options, st,
                        suppression, pack, people_counts=True)
    return story


def rationale_table(pack, period: Period, options: PaperOptions, st) -> list:
    lang = options.language
    data = [[pt.words("code", lang), pt.words("indicator", lang), pt.words("target", lang),
             pt.words("rationale", lang)]]
    for indicator, target in _rationale_targets(pack, period):
        title = [Paragraph(escape(t), st["cell"] if k == 0 else st["cell_welsh"])
                 for k, t in enumerate(pt.pick(indicator.title, indicator.title_cy, lang)) if t]
        target_text = figure_text(indicator, target.annual) if target.annual is not None else ""
        if target.management:
            target_text += f"\n({pt.words('management_mark', lang)})"
        rationale = [Paragraph(_markup(t), st["cell"] if k == 0 else st["cell_welsh"])
                     for k, t in enumerate(pt.pick(target.rationale, target.rationale_cy, lang))
                     if t]
        data.append([indicator.code, title, Paragraph(escape(target_text).replace(
            "\n", "<br/>"), st["cell"]), rationale])
    return [_grid_table(data, (16 * mm, 60 * mm, 24 * mm, 80 * mm))]


# -- the whole pack -------------------------------------------------------------------------


def pack_story(pack, period: Period, options: PaperOptions, doc=None) -> list:
    st = styles()
    lang = options.language
    scorecard = build_scorecard(pack, period)
    suppression = Suppression.for_pack(pack, options.published)
    found = appendices(pack, period, lang)
    story: list = []
    # contents first, so a reader finds the appendices
    story.append(Paragraph(escape(pack_title(pack, period, lang)), st["title"]))
    story.append(Paragraph(escape(pt.words("contents", lang)), st["h1"]))
    story.append(contents_table([st["toc1"], st["toc2"]]))
    story.append(PageBreak())
    story += cover_report(pack, period, scorecard, found, options, suppression, st)
    current = PORTRAIT
    for appendix in found:
        wanted = LANDSCAPE if appendix.kind in ("scorecard", "commitments", "breakdowns") \
            else PORTRAIT
        if wanted != current:
            story.append(NextPageTemplate(wanted))
            current = wanted
        story.append(PageBreak())
        story += _appendix_heading(appendix, options, st)
        if appendix.kind == "scorecard":
            story.append(Paragraph(escape(
                f"{pt.words('performance_scorecard', lang)}: {pt.period_text(period, lang)}"),
                st["h2"]))
            story += scorecard_story(pack, scorecard, options, suppression, header=False,
                                     bookmark_prefix=f"appendix-{appendix.letter}", level=1)
        elif appendix.kind == "dashboard":
            story += dashboard(pack, period, scorecard, options, suppression, st)
        elif appendix.kind == "key_area":
            area = pack.get("key_area", (appendix.key,))
            story += key_area_page(pack, period, area, options, suppression, st)
        elif appendix.kind == "commitments":
            story += commitments_table(pack, period, options, st)
        elif appendix.kind == "breakdowns":
            story += breakdown_tables(pack, period, options, suppression, st)
        elif appendix.kind == "snapshots":
            story += snapshot_tables(pack, options, suppression, st)
        elif appendix.kind == "rationale":
            story += rationale_table(pack, period, options, st)
    return story


def write_pack_pdf(pack, period: Period, path: Path | str | None,
                   options: PaperOptions | None = None) -> bytes:
    """Write the full committee pack for ``period`` to ``path``; returns the PDF's bytes."""
    options = options or PaperOptions()
    title = pack_title(pack, period, options.language)
    return build_pdf(lambda doc: pack_story(pack, period, options, doc), path, title=title,
                     options=options, draft=not pack.is_final(period),
                     author=pack.settings.organisation, subject=pack.settings.committee)

