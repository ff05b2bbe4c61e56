"""The scorecard paper: one period's indicators as an A4 landscape table, with its key.

Rules:
- Everything comes from the period report (``model.report.PeriodReport``: its scorecard and
  its suppression, the one structure every output reads); no status is recomputed here.
- Header: organisation and committee, title, period, prepared date (``PaperOptions.prepared``),
  and whether the figures are draft or final (``pack.is_final``); DRAFT is also drawn across
  every page until the period is final (``pdf_base``).
- One table per group, in paper order. Its first two rows, repeated on every page it runs onto,
  are the group's name (carrying the group's bookmark, made once) and the column titles: code,
  indicator, previous year's outturn (Y at Q4
  of the previous year), Q1..Q4, YTD, target, RAG (fill colour and letter), arrow, face. The
  period's commentary is printed under its indicator, across the table, and is never split from
  it (``NOSPLIT``). Each group has a bookmark.
- Figures are printed as ``model.status.describe`` prints them (without the word "days"); a
  missing figure is blank, never 0. In published mode suppressed figures print ``*``
  (``model.suppression``); targets never are.
- A face the officer set (forecast override) is marked † and its reason printed after the key.
- The key explains every symbol used (RAG letters and fills, arrows, faces, †, and ``*`` when
  published), after seed 000 para 13: in full after the tables, and in short in the foot of
  every scorecard page (``page_key``), so no page needs another to be read.
- Legible when printed: 9 pt cells; each face is drawn at 13 pt with its word under it
  (likely, may, unlikely), so the faces never have to be told apart by their mouths; each
  indicator's status explanation (RAG, direction, forecast, as the edition prints them: a
  hidden figure is ``*`` there too) is printed under its row, before its commentary.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from exporters.pdf_base import (
    FONT,
    FONT_BOLD,
    FONT_OBLIQUE,
    KEY_HEIGHT,
    MARGIN,
    SCORECARD,
    SMALLEST,
    Bookmark,
    CellParagraph,
    PaperOptions,
    build_pdf,
    escape,
    styles,
)
from model import symbols
from model import words as pt
from model.periods import Period
from model.progress import Progress, reporting, tick
from model.report import PeriodReport
from model.report.figures import welsh_explanation
from model.scorecard import Scorecard, ScorecardRow, figure_text
from model.suppression import SUPPRESSED, Suppression

__all__ = [
    "write_scorecard_pdf",
    "scorecard_story",
    "scorecard_title",
    "key_story",
    "figure_text",
    "OVERRIDE_MARK",
    "COLUMN_WIDTHS",
    "page_key",
]

OVERRIDE_MARK = "\u2020"  # †
HEAD_FILL = colors.HexColor("#1F3A5F")
GROUP_FILL = colors.HexColor("#DCE4EE")
GRID = colors.HexColor("#9AA5B1")
#: code, indicator, outturn, Q1..Q4, YTD, target, RAG, arrow, face: 267 mm, the A4 landscape
#: frame.
COLUMN_WIDTHS = tuple(w * mm for w in (17, 69, 20, 18, 18, 18, 18, 20, 20, 12, 15, 22))
RAG_COL, ARROW_COL, FACE_COL = 9, 10, 11


def scorecard_title(pack, period: Period, language: str) -> str:
    """The document title: the pack, "Performance scorecard" and the period; in Welsh the
    committee's Welsh name (the pack's title has no Welsh), "Cerdyn sgorio perfformiad" and
    the period ("2024-25 Ch4"); both: the English title / the Welsh title."""
    s = pack.settings
    titles = []
    for one in pt.languages_of(language):
        name = s.pack_title or pack.name
        if one == "cy":
            name = s.committee_cy.strip() or pt.english_only(name)
        titles.append(f"{name} – {pt.words('performance_scorecard', one)} "
                      f"{pt.period_label(period, one)}")
    return " / ".join(titles)


def _lines(texts: list[str], first, second) -> list[CellParagraph]:
    return [CellParagraph(escape(t), first if i == 0 else second) for i, t in enumerate(texts) if t]


def header_story(report: PeriodReport, options: PaperOptions, st) -> list:
    """Organisation, committee, title, period, the report date (the meeting's; a draft
    without a meeting: the date it was prepared), draft or final."""
    pack, scorecard = report.pack, report.scorecard
    s, lang = pack.settings, options.language
    story = []
    for english, welsh in ((s.organisation, s.organisation_cy), (s.committee, s.committee_cy)):
        texts = pt.pick(english, welsh, lang)
        if any(texts):
            story.append(Paragraph(escape(" / ".join(t for t in texts if t)), st["org"]))
    period = scorecard.period
    story.append(Spacer(1, 2 * mm))
    for k, one in enumerate(_languages(lang)):
        title = f"{pt.words('performance_scorecard', one)}: {pt.period_text(period, one)}"
        story.append(Paragraph(escape(title), st["title"] if k == 0 else st["title_welsh"]))
    spans = " / ".join(f"{pt.date_text(period.first_day, one)} – "
                       f"{pt.date_text(period.last_day, one)}" for one in _languages(lang))
    facts = [
        f"<b>{escape(pt.words('period', lang))}:</b> {escape(pt.period_label(period, lang))} "
        f"({escape(spans)})",
    ]
    meeting = report.meeting
    if meeting is not None and meeting.report_date is not None:
        facts.append(f"<b>{escape(pt.words('report_date', lang))}:</b> "
                     f"{escape(pt.date_text(meeting.report_date, lang))}")
    elif not options.publishing:  # never a date after the meeting on the published edition
        facts.append(f"<b>{escape(pt.words('prepared', lang))}:</b> "
                     f"{escape(pt.date_text(options.prepared, lang))}")
    story.append(Paragraph(" &nbsp;&nbsp; ".join(facts), st["body"]))
    notes = []
    if not pack.is_final(period):
        notes += pt.pair("draft_note", lang)
    if options.publishing:  # a preview says so at the top of every page instead
        notes += pt.pair("published_note", lang)
    for note in notes:
        story.append(Paragraph(escape(note), st["small"]))
    story.append(Spacer(1, 3 * mm))
    return story


def _languages(language: str) -> tuple[str, ...]:
    return ("en", "cy") if language == "both" else (language,)


def _column_titles(period: Period, language: str, st) -> list[CellParagraph]:
    """The column titles; for both languages, English above Welsh (oblique)."""
    previous = period.fy.previous().label
    cells = []
    for i in range(12):
        parts = []
        for k, one in enumerate(_languages(language)):
            text = [pt.words("code", one), pt.words("indicator", one),
                    f"{pt.words('previous_outturn', one)} {previous}" if k == 0
                    else pt.words("previous_outturn", one),
                    *(pt.quarter_label(q, one) for q in (1, 2, 3, 4)),
                    pt.words("ytd", one), pt.words("target", one), pt.words("rag", one),
                    pt.words("arrow", one), pt.words("face", one)][i]
            if k and text == parts[0][1]:
                continue
            parts.append((k, text))
        markup = "<br/>".join(escape(t) if k == 0 else
                              f'<font name="{FONT_OBLIQUE}">{escape(t)}</font>'
                              for k, t in parts)
        style = st["head"] if i < 2 else st["head_right"] if i < RAG_COL else st["head_centre"]
        cells.append(CellParagraph(markup, style))
    return cells


def _row_cells(report: PeriodReport, row: ScorecardRow, options: PaperOptions,
               st) -> tuple[list, bool]:
    ind, status, lang = row.indicator, row.status, options.language
    title = _lines(pt.pick(ind.title, ind.title_cy, lang), st["cell"], st["cell_welsh"])
    printed = report.printed(row)  # every figure as the edition prints it (* when hidden)
    cells = [ind.code, title, printed.outturn.text]
    cells += [shown.text for shown in printed.quarters]
    cells.append(printed.ytd.text)
    cells.append(printed.target.text)
    rag = symbols.rag_symbol(status.rag)
    if status.rag in ("n/a", "no data"):  # in words, wrapped within the column
        rag = CellParagraph(escape(pt.rag_word(status.rag, lang)), st["face"])
    cells.append(rag)
    cells.append(symbols.arrow_symbol(status.direction))
    face = symbols.face_symbol(status.forecast)
    if face:  # the face large, its word under it: never told apart by the mouth alone
        mark = OVERRIDE_MARK if status.forecast_overridden else ""
        cells.append(CellParagraph(
            f'<font size="13">{escape(face)}</font>{mark}<br/>'
            f"{escape(pt.forecast_word(status.forecast, lang))}", st["face"]))
    else:
        cells.append(pt.words("n/a", lang) if status.forecast == "n/a" else "")
    return cells, row.has_commentary


@lru_cache(maxsize=64)
def _colour(hex_code: str):
    return colors.HexColor(hex_code)


def _group_table(report: PeriodReport, group, rows, period: Period, options: PaperOptions,
                 st, *, number: int, bookmark_prefix: str, level: int) -> Table:
    lang = options.language
    name = group.name or "—"
    heading = " / ".join(t for t in pt.pick(name, group.name_cy, lang) if t)
    mark = Bookmark(f"{bookmark_prefix}-group-{number}", heading, level, once=True)
    data: list[list] = [[[mark, CellParagraph(escape(heading), st["cell_bold"])]] + [""] * 11,
                        _column_titles(period, lang, st)]
    commands = [
        ("FONT", (0, 0), (-1, -1), FONT, SMALLEST),
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), GROUP_FILL),
        ("BACKGROUND", (0, 1), (-1, 1), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
        ("ALIGN", (RAG_COL, 1), (-1, -1), "CENTER"),
        ("BOX", (0, 0), (-1, -1), 0.5, GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("NOSPLIT", (0, 0), (-1, 2)),
        # column-wide where the size stays 8 pt (a larger font in the empty cells of a
        # commentary row would make that row taller): reportlab re-reads every command at
        # each page split
        ("FONT", (0, 2), (0, -1), FONT_BOLD, SMALLEST),
    ]
    for row in rows:
        tick()  # building a group's rows can take a while (model.progress)
        cells, has_commentary = _row_cells(report, row, options, st)
        i = len(data)
        data.append(cells)
        status = row.status
        fill = symbols.RAG_FILL.get(status.rag)
        if fill:
            commands += [("BACKGROUND", (RAG_COL, i), (RAG_COL, i), _colour(fill)),
                         ("FONT", (RAG_COL, i), (RAG_COL, i), FONT_BOLD, 11)]
        else:  # "n/a", "no data" in words
            commands.append(("FONT", (RAG_COL, i), (RAG_COL, i), FONT, SMALLEST))
        commands.append(("FONT", (ARROW_COL, i), (ARROW_COL, i), FONT, 12))
        colour = symbols.arrow_colour(status.direction)
        if colour and row.indicator.polarity != "none":
            commands.append(("TEXTCOLOR", (ARROW_COL, i), (ARROW_COL, i), _colour(colour)))
        # the status explained, as printed (hidden figures as *), then the commentary
        printed = report.printed(row)
        paragraphs = []
        if options.language in ("en", "both"):
            paragraphs.append(CellParagraph(escape(printed.explanation), st["explanation"]))
        if options.language in ("cy", "both"):  # in Welsh, from the same figures
            paragraphs.append(CellParagraph(escape(welsh_explanation(report, row)),
                                            st["small_welsh"]))
        if has_commentary:
            c = row.commentary
            texts = pt.pick(c.text, c.text_cy, options.language)
            for k, text in enumerate(t for t in texts if t.strip()):
                style = st["small"] if k == 0 else st["small_welsh"]
                for part in text.split("\n\n"):
                    paragraphs.append(CellParagraph(escape(part).replace("\n", "<br/>"), style))
        data.append(["", paragraphs] + [""] * 10)
        commands += [("SPAN", (1, i + 1), (-1, i + 1)),
                     ("TOPPADDING", (0, i + 1), (-1, i + 1), 0),
                     ("BOTTOMPADDING", (0, i + 1), (-1, i + 1), 4),
                     # one column is enough to keep the two rows together, and
                     # reportlab walks every cell of the range at each page split
                     ("NOSPLIT", (0, i), (0, i + 1))]
        commands.append(("LINEBELOW", (0, len(data) - 1), (-1, len(data) - 1), 0.3, GRID))
    table = Table(data, colWidths=COLUMN_WIDTHS, repeatRows=2, style=TableStyle(commands))
    table.hAlign = "LEFT"
    return table


def key_story(options: PaperOptions, suppression: Suppression, period: Period, st,
              overrides: list[str]) -> list:
    """The key (every symbol, in words) and the officers' forecast reasons."""
    lang = options.language
    cell = st["small"]
    entries: list[tuple[str, str | None, str]] = [
        ("G", symbols.RAG_FILL["Green"], pt.words("key_green", lang)),
        ("A", symbols.RAG_FILL["Amber"], pt.words("key_amber", lang)),
        ("R", symbols.RAG_FILL["Red"], pt.words("key_red", lang)),
        (pt.words("n/a", lang), None, pt.words("key_na", lang)),
        (pt.words("no data", lang), None, pt.words("key_nodata", lang)),
    ]
    a = symbols.ARROW
    entries += [
        (f"{a['improved']} {a['sustained']} {a['declined']}", None,
         f"{pt.words('improved', lang)} / {pt.words('sustained', lang)} / "
         f"{pt.words('declined', lang)}. {pt.words('key_arrows', lang)}"),
        (f"{a['increased']} {a['decreased']} {a['no change']}", None,
         pt.words("arrows_none", lang)),
        (symbols.NOT_COMPARABLE, None, pt.words("not comparable", lang)),
        (f"{symbols.FACE['likely']} {symbols.FACE['may']} {symbols.FACE['unlikely']}", None,
         f"{pt.words('likely_long', lang)} / {pt.words('may_long', lang)} / "
         f"{pt.words('unlikely_long', lang)}. {pt.words('key_faces', lang)}"),
        (OVERRIDE_MARK, None, pt.words("overrides", lang)),
        (pt.words("previous_outturn", lang), None,
         pt.words("key_outturn", lang, year=period.fy.previous().label)),
    ]
    if suppression.active:
        entries.append((SUPPRESSED, None, pt.words(
            "key_suppressed", lang, last=suppression.threshold - 1,
            threshold=suppression.threshold)))
    half = (len(entries) + 1) // 2
    left, right = entries[:half], entries[half:]
    data, commands = [], [
        ("FONT", (0, 0), (-1, -1), FONT, SMALLEST),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("ALIGN", (2, 0), (2, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    for i in range(half):
        row = []
        for j, side in enumerate((left, right)):
            if i < len(side):
                symbol, fill, words = side[i]
                wordy = any(ch.isalpha() for ch in symbol) and not fill
                # words in the symbol column wrap within it
                shown = CellParagraph(escape(symbol), st["face"]) if wordy else symbol
                row += [shown, CellParagraph(escape(words), cell)]
                if fill:
                    commands += [("BACKGROUND", (2 * j, i), (2 * j, i), colors.HexColor(fill)),
                                 ("FONT", (2 * j, i), (2 * j, i), FONT_BOLD, 9)]
                elif wordy:
                    commands.append(("FONT", (2 * j, i), (2 * j, i), FONT, SMALLEST))
                else:
                    commands.append(("FONT", (2 * j, i), (2 * j, i), FONT, 11))
            else:
                row += ["", ""]
        data.append(row)
    table = Table(data, colWidths=(22 * mm, 108 * mm, 22 * mm, 108 * mm),
                  style=TableStyle(commands))
    table.hAlign = "LEFT"
    story = [Spacer(1, 4 * mm), Paragraph(escape(pt.words("key", lang)), st["h3"]), table]
    if overrides:
        story.append(Paragraph(escape(pt.words("overrides", lang)), st["h3"]))
        story += [Paragraph(escape(line), st["small"]) for line in overrides]
    return story


def page_key(options: PaperOptions, suppression: Suppression):
    """A function that draws the short key in the foot of a scorecard page."""
    lang = options.language
    a, f = symbols.ARROW, symbols.FACE
    parts = [
        f"<b>{escape(pt.words('key', lang))}:</b>",
        f"<b>G</b> {escape(pt.words('key_green', lang).partition(': ')[2])}",
        f"<b>A</b> {escape(pt.words('key_amber', lang).partition(': ')[2])}",
        f"<b>R</b> {escape(pt.words('key_red', lang).partition(': ')[2])}",
        f"{a['improved']} {a['sustained']} {a['declined']} "
        f"{escape(pt.words('improved', lang))} / {escape(pt.words('sustained', lang))} / "
        f"{escape(pt.words('declined', lang))}",
        f"{a['increased']} {a['decreased']} {a['no change']} "
        f"{escape(pt.words('arrows_none', lang))}",
        f"{symbols.NOT_COMPARABLE} {escape(pt.words('not comparable', lang))}",
        f"{f['likely']} {f['may']} {f['unlikely']} {escape(pt.words('likely_long', lang))} / "
        f"{escape(pt.words('may_long', lang))} / {escape(pt.words('unlikely_long', lang))}",
        f"{OVERRIDE_MARK} {escape(pt.words('overrides', lang))}",
    ]
    if suppression.active:
        parts.append(escape(pt.words("key_suppressed", lang, last=suppression.threshold - 1,
                                     threshold=suppression.threshold)))
    text = " · ".join(parts)

    height = KEY_HEIGHT * (1.75 if lang == "both" else 1)  # PaperDocument.key_height

    def draw(canvas, width: float) -> None:
        paragraph = Paragraph(text, styles()["explanation"])
        _w, h = paragraph.wrap(width - 2 * MARGIN, height)
        top = MARGIN + 4 * mm + height - 2
        paragraph.drawOn(canvas, MARGIN, top - h)

    return draw


def override_lines(pack, scorecard: Scorecard, language: str) -> list[str]:
    """One line per indicator whose forecast an officer set, with the reason."""
    lines = []
    for row in scorecard.rows:
        status = row.status
        if not status.forecast_overridden:
            continue
        override = pack.forecast_override(row.code, scorecard.period)
        computed = status.forecast_explanation.rpartition("(calculated: ")[2].rstrip(")")
        for lang in (("en", "cy") if language == "both" else (language,)):
            reason = pt.pick(override.reason, override.reason_cy, lang)[0] if override else ""
            lines.append(OVERRIDE_MARK + " " + pt.TEXT["override_line"][lang == "cy"].format(
                code=row.code, forecast=pt.forecast_word(status.forecast, lang),
                computed=pt.forecast_word(computed, lang), reason=reason))
    return lines


def scorecard_story(report: PeriodReport, options: PaperOptions, *, header: bool = True,
                    bookmark_prefix: str = "scorecard", level: int = 0) -> list:
    """The scorecard's flowables: header (optional), one table per group, the key."""
    st = styles()
    lang = options.language
    pack, scorecard, suppression = report.pack, report.scorecard, report.suppression
    story = header_story(report, options, st) if header else []
    if not scorecard.rows:
        story.append(Paragraph(escape(pt.words("no_indicators", lang)), st["body"]))
    for n, (group, rows) in enumerate(scorecard.groups):
        story.append(_group_table(report, group, rows, scorecard.period, options, st,
                                  number=n, bookmark_prefix=bookmark_prefix, level=level))
        story.append(Spacer(1, 3 * mm))
    story += key_story(options, suppression, scorecard.period, st,
                       override_lines(pack, scorecard, lang))
    return story


def write_scorecard_pdf(pack, period: Period, path: Path | str | None,
                        options: PaperOptions | None = None, *,
                        report: PeriodReport | None = None,
                        progress: Progress | None = None) -> bytes:
    """Write the period's scorecard (A4 landscape) to ``path``; returns the PDF's bytes.

    ``report``: the period report to lay out (made from ``options`` when not given; its
    language and edition must be those of ``options``). ``progress``: told how far it got,
    raises ``model.errors.Cancelled`` to stop (``model.progress``): nothing is written."""
    with reporting(progress):
        return _write_scorecard_pdf(pack, period, path, options, report)


def _write_scorecard_pdf(pack, period, path, options, report) -> bytes:
    options = options or PaperOptions()
    if report is None:
        report = PeriodReport(pack, period, options.language, published=options.published,
                              publishing=options.publishing)
    elif (report.language, report.published, report.publishing) != (
            options.language, options.published, options.publishing):
        raise ValueError("the report's language and edition differ from the options'")
    tick("Laying out the scorecard")
    title = scorecard_title(pack, period, options.language)

    def story(doc):
        doc.page_key = page_key(options, report.suppression)
        return scorecard_story(report, options)

    return build_pdf(story, path, title=title, options=options, first=SCORECARD,
                     draft=not pack.is_final(period),
                     author=pt.joined(pack.settings.organisation,
                                      pack.settings.organisation_cy, options.language),
                     subject=pt.joined(pack.settings.committee, pack.settings.committee_cy,
                                       options.language))
