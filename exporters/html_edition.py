"""The accessible edition: the whole committee pack as one self-contained HTML file.

Rules:
- Made from one period report (``model.report.PeriodReport``) for a period, language and edition
  (draft or published), as the PDF committee pack is (``exporters.pdf_pack``), so the two say
  the same words and figures: the title, a contents list with links, the cover report, then
  the appendices lettered as the report lists them (scorecard, dashboard, key areas,
  commitments, breakdowns, snapshot comparisons, rationale; a kind of appendix with no layout
  here is an error, as in the PDF, so a new kind is added in ``APPENDICES`` and a template).
- Written through Jinja2 templates (``exporters/templates/``) with autoescaping on: every text
  of the pack is escaped where it is written; markup only comes from the templates.
- One file: the style sheet and the charts (SVG, ``exporters.chart_svg``) are inline; no script,
  no font, image or link is fetched, so it reads the same offline, on a shared drive or as an
  e-mail attachment.
- Semantics for WCAG 2.1 AA (checked with axe-core in headless Chromium by the tests): the page's
  language and the language of every other passage; one ``h1`` and headings without gaps;
  landmarks (header, nav, main, footer) and a skip link; tables with a caption and header cells
  with a scope, each in a labelled region that scrolls on a narrow screen; statuses in words as
  well as symbol and colour; charts as ``role="img"`` with a title, the text alternative and the
  figures as a table behind ``<details>``; a visible focus; text contrast of at least 4.5:1;
  reflow at 320 CSS pixels; a print style sheet laid out like the PDF (A4, landscape pages for
  the wide appendices, a page for each appendix, the title and "Page X of Y" in the footer, DRAFT
  across every page until the period is final).
- Output is the same text for the same pack and options (nothing from the clock).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from exporters.chart_svg import FONT_FAMILY
from exporters.files import replacing
from exporters.html_appendices import (
    Charts,
    count_tables_part,
    rationale_part,
)
from exporters.html_cover import ContentsEntry, appendix_heading, cover_part
from exporters.html_figures import Figures
from exporters.html_language import Languages, Text
from exporters.html_scorecard import scorecard_part
from exporters.html_sections import (
    dashboard_view,
    key_area_view,
    narrative_view,
    narratives_view,
    plan_view,
)
from model import words as pt
from model.errors import CraffuError
from model.periods import Period
from model.progress import Progress, reporting, tick
from model.report import PeriodReport
from model.report.parts import Appendix

__all__ = ["HtmlEditionError", "AppendixView", "APPENDICES", "edition_context", "render_edition",
           "write_html_edition", "css_string"]


class HtmlEditionError(CraffuError, ValueError):
    """An HTML edition that cannot be made from what was asked."""


@dataclass(frozen=True)
class AppendixView:
    """An appendix as the template lays it out: ``view`` is what its kind's builder made."""

    letter: str
    kind: str
    anchor: str
    heading: tuple[Text, ...]
    template: str
    view: object
    below: tuple[ContentsEntry, ...] = ()


def _scorecard(languages, figures, charts, appendix, anchor):
    return scorecard_part(languages, figures, anchor)


def _dashboard(languages, figures, charts, appendix, anchor):
    return dashboard_view(languages, charts)


def _key_area(languages, figures, charts, appendix, anchor):
    part = next(p for p in languages.report.key_areas if p.area.name == appendix.key)
    return key_area_view(languages, figures, charts, part)


def _commitments(languages, figures, charts, appendix, anchor):
    return plan_view(languages, appendix.key)


def _narrative(languages, figures, charts, appendix, anchor):
    return narrative_view(languages, appendix.key)


def _narratives(languages, figures, charts, appendix, anchor):
    return narratives_view(languages)


def _breakdowns(languages, figures, charts, appendix, anchor):
    return count_tables_part(languages, figures, charts, "breakdowns")


def _snapshots(languages, figures, charts, appendix, anchor):
    return count_tables_part(languages, figures, charts, "snapshots")


def _rationale(languages, figures, charts, appendix, anchor):
    return rationale_part(languages)


#: Each kind of appendix: the function that builds what its template shows, and the template.
APPENDICES: dict[str, tuple[Callable, str]] = {
    "narrative": (_narrative, "appendix_narrative.html.j2"),
    "narratives": (_narratives, "appendix_narratives.html.j2"),
    "scorecard": (_scorecard, "appendix_scorecard.html.j2"),
    "dashboard": (_dashboard, "appendix_dashboard.html.j2"),
    "key_area": (_key_area, "appendix_key_area.html.j2"),
    "commitments": (_commitments, "appendix_commitments.html.j2"),
    "breakdowns": (_breakdowns, "appendix_count_tables.html.j2"),
    "snapshots": (_snapshots, "appendix_count_tables.html.j2"),
    "rationale": (_rationale, "appendix_rationale.html.j2"),
}
#: Appendices printed on landscape pages, as in the PDF.
LANDSCAPE_KINDS = ("scorecard", "commitments", "breakdowns")


def css_string(text: str) -> str:
    """``text`` as a CSS string literal (quotes, backslashes, line breaks and ``<`` escaped, so
    nothing in it can end the style sheet)."""
    out = []
    for ch in str(text):
        if ch in '"\\<>&' or ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\{ord(ch):X} ")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _page_of(language: str) -> str:
    """The CSS ``content`` of the print footer's "Page X of Y" in the edition's language."""
    text = pt.words("page_of", language, page="\x00", pages="\x01")
    parts = []
    for piece in text.replace("\x01", "\x00\x01").split("\x00"):
        if piece.startswith("\x01"):
            parts.append("counter(pages)")
            piece = piece[1:]
        elif parts:
            parts.append("counter(page)")
        if piece:
            parts.append(css_string(piece))
    return " ".join(parts)


def _appendix(languages: Languages, figures: Figures, charts: Charts,
              appendix: Appendix) -> AppendixView:
    if appendix.kind not in APPENDICES:
        raise HtmlEditionError(f"no layout for the appendix kind '{appendix.kind}'")
    build, template = APPENDICES[appendix.kind]
    anchor = f"appendix-{appendix.letter}"
    view = build(languages, figures, charts, appendix, anchor)
    below: tuple[ContentsEntry, ...] = ()
    if appendix.kind == "scorecard":
        below = tuple(ContentsEntry(g.anchor, g.name) for g in view.groups)
    return AppendixView(appendix.letter, appendix.kind, anchor,
                        appendix_heading(languages, appendix), template, view, below)


def edition_context(report: PeriodReport) -> dict:
    """Everything the templates show, from ``report``."""
    languages = Languages(report)
    figures = Figures(report)
    charts = Charts(languages)
    suppression = report.suppression
    appendices = tuple(_appendix(languages, figures, charts, a) for a in report.appendices)
    draft = not report.is_final
    notes = ()
    if draft:
        notes += (languages.sentence("draft_note"),)
    if suppression.active:
        notes += (languages.sentence("published_note"),)
    return {
        "L": languages,
        "page": languages.page,
        "bilingual": languages.language == "both",
        "report": report,
        "title": report.title,
        "title_texts": languages.each(lambda r: r.title),
        "period": languages.period(report.period),
        "draft": draft,
        "draft_word": languages.label("draft"),
        "notes": notes,
        "cover": cover_part(languages),
        "appendices": appendices,
        "landscape": LANDSCAPE_KINDS,
        "hidden_words": languages.label("html_hidden", threshold=suppression.threshold),
        "hidden_title": languages.words("html_hidden", threshold=suppression.threshold),
        "font_family": FONT_FAMILY,
        "print_title": css_string(report.title[:150]),
        "print_pages": _page_of(report.language),
        "print_draft": css_string(pt.words("draft", report.language)),
        "organisation": languages.each(lambda r: r.cover.organisation),
    }


@lru_cache(maxsize=1)
def _environment():
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(loader=PackageLoader("exporters", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    return env


def render_edition(report: PeriodReport) -> str:
    """The HTML edition of ``report``, as text (rendered piece by piece, ticking
    ``model.progress`` so that a Cancel is heard)."""
    template = _environment().get_template("edition.html.j2")
    parts = []
    for n, part in enumerate(template.generate(edition_context(report))):
        if n % 200 == 0:
            tick()
        parts.append(part)
    return "".join(parts)


def write_html_edition(pack, period: Period, path: Path | str | None, language: str = "en",
                       published: bool = False, *, report: PeriodReport | None = None,
                       progress: Progress | None = None) -> str:
    """Write the HTML edition for ``period`` to ``path`` (UTF-8); returns its text.

    ``report``: the period report to lay out (made from ``language`` and ``published`` when
    not given; its language and edition must be those). ``progress``: told how far it got,
    raises ``model.errors.Cancelled`` to stop (``model.progress``): nothing is written."""
    with reporting(progress):
        return _write_html_edition(pack, period, path, language, published, report)


def _write_html_edition(pack, period, path, language, published, report) -> str:
    if report is None:
        if language not in pt.LANGUAGES:
            raise HtmlEditionError(f"language must be en, cy or both, not '{language}'")
        report = PeriodReport(pack, period, language, published=published)
    elif (report.language, report.published) != (language, published):
        raise ValueError("the report's language and edition differ from the ones asked for")
    tick("Laying out the HTML edition")
    text = render_edition(report)
    tick("Writing the file")
    if path is not None:
        with replacing(path) as temporary:
            temporary.write_text(text, encoding="utf-8", newline="\n")
    return text
