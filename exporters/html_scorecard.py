"""The HTML edition's scorecard appendix: one table per group, the key and the officers'
forecasts, from the period report's scorecard.

Rules:
- The rows, figures and statuses are the report's (``PeriodReport.scorecard``), printed by
  ``exporters.html_figures`` exactly as the PDF scorecard prints them; the columns are the
  PDF's: code, indicator, last year's outturn, Q1..Q4, YTD, target, RAG, trend, forecast.
- A status is given in words as well as by its symbol and colour (WCAG 1.4.1): the RAG letter on
  its fill and the word ("Green"), the arrow and "improved", the face and "likely". The symbols
  come from ``model.symbols``; the words from ``model.words``. A forecast an officer set carries
  † as in the PDF, and the reasons follow the key (``exporters.pdf_scorecard.override_lines``).
- The key lists every symbol the PDF's key lists, in the same words, and ``*`` when published.
- The period's commentary follows its indicator, in each language of the edition.
"""

from __future__ import annotations

from dataclasses import dataclass

from exporters.html_figures import Figure, Figures
from exporters.html_language import Block, Languages, Text, blocks
from model import symbols
from model import words as pt
from model.report import PeriodReport
from model.scorecard import ScorecardRow
from model.suppression import SUPPRESSED

__all__ = ["Status", "ScorecardLine", "GroupPart", "KeyEntry", "ScorecardPart",
           "scorecard_part", "OVERRIDE_MARK", "ink_on"]

OVERRIDE_MARK = "\u2020"  # †, as the PDF scorecard


def _luminance(colour: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(int(colour[i:i + 2], 16) / 255) for i in (1, 3, 5))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def ink_on(fill: str) -> str:
    """Black or white, whichever contrasts more with ``fill`` (WCAG's contrast ratio)."""
    light = _luminance(fill)
    return "#000000" if (light + 0.05) / 0.05 >= 1.05 / (light + 0.05) else "#FFFFFF"


@dataclass(frozen=True)
class Status:
    """A status cell: its symbol (hidden from screen readers, which read the words), the words,
    and the cell's fill and ink (``""``: none) or the symbol's colour."""

    symbol: str
    words: tuple[Text, ...]
    fill: str = ""
    ink: str = ""
    colour: str = ""


@dataclass(frozen=True)
class ScorecardLine:
    code: str
    title: tuple[Text, ...]
    figures: tuple[Figure, ...]  # outturn, Q1..Q4, YTD, target
    rag: Status
    direction: Status
    forecast: Status
    commentary: tuple[tuple[Text, tuple[Block, ...]], ...]


@dataclass(frozen=True)
class GroupPart:
    anchor: str
    name: tuple[Text, ...]
    lines: tuple[ScorecardLine, ...]


@dataclass(frozen=True)
class KeyEntry:
    symbol: str
    words: tuple[Text, ...]
    fill: str = ""


@dataclass(frozen=True)
class ScorecardPart:
    heading: tuple[Text, ...]
    columns: tuple[tuple[Text, ...], ...]
    groups: tuple[GroupPart, ...]
    empty: tuple[Text, ...]
    key: tuple[KeyEntry, ...]
    overrides: tuple[tuple[Text, ...], ...]


def _columns(languages: Languages, report: PeriodReport) -> tuple[tuple[Text, ...], ...]:
    previous = report.period.fy.previous().label

    def label(key: str):
        return languages.label(key)

    outturn = languages.in_each(lambda one: f"{pt.words('previous_outturn', one)} {previous}")
    return (label("code"), label("indicator"), outturn,
            *(languages.in_each(lambda one, q=q: pt.quarter_label(q, one)) for q in (1, 2, 3, 4)),
            label("ytd"), label("target"), label("rag"), label("arrow"), label("face"))


def _line(languages: Languages, figures: Figures, row: ScorecardRow) -> ScorecardLine:
    ind, status = row.indicator, row.status
    rag_fill = symbols.RAG_FILL.get(status.rag, "")
    rag = Status(symbols.rag_symbol(status.rag) if rag_fill else "",
                 languages.in_each(lambda one: pt.rag_word(status.rag, one)), rag_fill,
                 symbols.RAG_TEXT if rag_fill else "")
    colour = symbols.arrow_colour(status.direction) if ind.polarity != "none" else None
    direction = Status(symbols.arrow_symbol(status.direction),
                       languages.in_each(lambda one: pt.direction_word(status.direction, one)),
                       colour=colour or "")
    face = symbols.face_symbol(status.forecast)
    if status.forecast_overridden:
        face += OVERRIDE_MARK
    forecast = Status(face, languages.in_each(lambda one: pt.forecast_word(status.forecast,
                                                                            one)))
    commentary: tuple = ()
    if row.has_commentary:
        c = row.commentary
        commentary = tuple((text, blocks(text.text)) for text in languages.pick(c.text, c.text_cy)
                           if text.text.strip())
    return ScorecardLine(ind.code, languages.pick(ind.title, ind.title_cy),
                         figures.scorecard(row), rag, direction, forecast, commentary)


def _key(languages: Languages, report: PeriodReport) -> tuple[KeyEntry, ...]:
    """The PDF scorecard's key, entry for entry."""
    label = languages.label
    a, f = symbols.ARROW, symbols.FACE
    entries = [
        KeyEntry("G", label("key_green"), symbols.RAG_FILL["Green"]),
        KeyEntry("A", label("key_amber"), symbols.RAG_FILL["Amber"]),
        KeyEntry("R", label("key_red"), symbols.RAG_FILL["Red"]),
        KeyEntry(languages.words("n/a"), label("key_na")),
        KeyEntry(languages.words("no data"), label("key_nodata")),
        KeyEntry(f"{a['improved']} {a['sustained']} {a['declined']}", languages.in_each(
            lambda one: f"{pt.words('improved', one)} / {pt.words('sustained', one)} / "
                        f"{pt.words('declined', one)}. {pt.words('key_arrows', one)}")),
        KeyEntry(f"{a['increased']} {a['decreased']} {a['no change']}", label("arrows_none")),
        KeyEntry(symbols.NOT_COMPARABLE, label("not comparable")),
        KeyEntry(f"{f['likely']} {f['may']} {f['unlikely']}", languages.in_each(
            lambda one: f"{pt.words('likely_long', one)} / {pt.words('may_long', one)} / "
                        f"{pt.words('unlikely_long', one)}. {pt.words('key_faces', one)}")),
        KeyEntry(OVERRIDE_MARK, label("overrides")),
        KeyEntry(languages.words("previous_outturn"),
                 label("key_outturn", year=report.period.fy.previous().label)),
    ]
    suppression = report.suppression
    if suppression.active:
        entries.append(KeyEntry(SUPPRESSED, label("key_suppressed", last=suppression.threshold - 1,
                                                  threshold=suppression.threshold)))
    return tuple(entries)


def _overrides(languages: Languages, report: PeriodReport) -> tuple[tuple[Text, ...], ...]:
    """One entry per forecast an officer set: its line in each language (the PDF's words)."""
    from exporters.pdf_scorecard import override_lines

    per_language = [override_lines(report.pack, report.scorecard, one)
                    for one in languages.codes]
    return tuple(tuple(Text(lines[i], one) for lines, one in zip(per_language, languages.codes,
                                                                  strict=True))
                 for i in range(len(per_language[0])))


def scorecard_part(languages: Languages, figures: Figures, anchor: str) -> ScorecardPart:
    """The scorecard appendix of ``languages.report``; groups are anchored ``anchor-group-N``."""
    report = languages.report
    scorecard = report.scorecard
    groups = []
    for n, (group, rows) in enumerate(scorecard.groups):
        name = languages.pick(group.name or "—", group.name_cy)
        groups.append(GroupPart(f"{anchor}-group-{n + 1}", name,
                                tuple(_line(languages, figures, row) for row in rows)))
    heading = languages.in_each(lambda one: f"{pt.words('performance_scorecard', one)}: "
                                            f"{pt.period_text(report.period, one)}")
    return ScorecardPart(heading, _columns(languages, report), tuple(groups),
                         languages.label("no_indicators"), _key(languages, report),
                         _overrides(languages, report))
