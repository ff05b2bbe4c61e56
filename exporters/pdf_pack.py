"""The full committee pack: contents, cover report and lettered appendices, as one PDF.

Rules:
- Everything printed comes from one period report (``model.report.PeriodReport``) for the
  period, language and edition (draft or published): the scorecard, the cover report's words and
  numbers, the list of appendices, the tables and the chart descriptions. This module and its
  parts (``exporters.pdf_cover``, ``exporters.pdf_appendices``, ``exporters.pdf_scorecard``)
  only lay them out, so the papers agree with the window and the Excel return.
- Order: the cover report (portrait, in the seeds' shape), then the pack's title and a contents
  page (as in the seeds, the contents follow the cover report), then the appendices, each
  starting a new page, lettered A, B, C… as the report lists them (the seeds' order): the
  narrative appendices (e.g. the Annual Well-being Report extract); the commitments of each
  plan with their status (landscape); the compact dashboard (``exporters.pdf_dashboard``); the
  scorecard (landscape, the key in the foot of every page); the breakdowns with totals
  (landscape); the snapshot comparisons; the rationale for the year's targets; one monitoring
  page per key area.
- Every appendix has a bookmark and a contents entry; scorecard groups and key areas are
  bookmarked below their appendix. Published mode suppresses small numbers in tables and charts
  alike (the report's ``suppression``).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import NextPageTemplate, PageBreak, Paragraph

from exporters.pdf_appendices import (
    breakdown_tables,
    commitments_table,
    key_area_page,
    narrative_story,
    rationale_table,
    snapshot_tables,
)
from exporters.pdf_base import (
    LANDSCAPE,
    PORTRAIT,
    SCORECARD,
    Bookmark,
    PaperOptions,
    build_pdf,
    contents_table,
    escape,
    styles,
)
from exporters.pdf_cover import cover_story
from exporters.pdf_dashboard import dashboard
from exporters.pdf_scorecard import page_key, scorecard_story
from model import words as pt
from model.periods import Period
from model.progress import Progress, reporting, tick
from model.report import PeriodReport
from model.report.parts import Appendix

__all__ = ["write_pack_pdf", "pack_story"]

#: Appendices printed on landscape pages.
_LANDSCAPE_KINDS = ("scorecard", "commitments", "breakdowns")


def _appendix_heading(appendix: Appendix, options: PaperOptions, st) -> list:
    """"Appendix C – Key area: …", each language's title once ("… / Atodiad C – …")."""
    text = " / ".join(f"{pt.words('appendix', one, letter=appendix.letter)} – {title}"
                      for one, title in zip(pt.languages_of(options.language), appendix.titles,
                                            strict=True))
    return [Bookmark(f"appendix-{appendix.letter}", text, 0, contents=text),
            Paragraph(escape(text), st["h1"])]


def _appendix(report: PeriodReport, appendix: Appendix, options: PaperOptions, st) -> list:
    lang, kind = options.language, appendix.kind
    if kind == "scorecard":
        heading = " / ".join(f"{pt.words('performance_scorecard', one)}: "
                             f"{pt.period_text(report.period, one)}"
                             for one in pt.languages_of(lang))
        return [Paragraph(escape(heading), st["h2"]),
                *scorecard_story(report, options, header=False,
                                 bookmark_prefix=f"appendix-{appendix.letter}", level=1)]
    if kind == "dashboard":
        return dashboard(report, options, st)
    if kind == "key_area":
        part = next(p for p in report.key_areas if p.area.name == appendix.key)
        return key_area_page(report, part, options, st)
    if kind == "commitments":
        return commitments_table(report, options, st, plan=appendix.key)
    if kind == "narratives":
        story = []
        for narrative in report.narratives:
            story += narrative_story(narrative, options, st)
        return story
    if kind == "narrative":
        narrative = next(n for n in report.narrative_appendices if n.name == appendix.key)
        return narrative_story(narrative, options, st, heading="")
    if kind == "breakdowns":
        return breakdown_tables(report, options, st)
    if kind == "snapshots":
        return snapshot_tables(report, options, st)
    if kind == "rationale":
        return rationale_table(report, options, st)
    raise ValueError(f"no layout for the appendix kind {kind!r}")


def pack_story(report: PeriodReport, options: PaperOptions) -> list:
    """The committee pack's flowables, from ``report``."""
    st = styles()
    lang = options.language
    story: list = cover_story(report.cover, lang, st)
    # the contents follow the cover report, as in the seeds
    story += [PageBreak(), Paragraph(escape(report.title), st["title"]),
              Paragraph(escape(pt.words("contents", lang)), st["h1"]),
              contents_table([st["toc1"], st["toc2"]])]
    current = PORTRAIT
    for appendix in report.appendices:
        tick(f"Laying out {appendix.kind}")
        wanted = SCORECARD if appendix.kind == "scorecard" else \
            LANDSCAPE if appendix.kind in _LANDSCAPE_KINDS else PORTRAIT
        if wanted != current:
            story.append(NextPageTemplate(wanted))
            current = wanted
        story.append(PageBreak())
        story += _appendix_heading(appendix, options, st)
        story += _appendix(report, appendix, options, st)
    return story


def write_pack_pdf(pack, period: Period, path: Path | str | None,
                   options: PaperOptions | None = None, *,
                   report: PeriodReport | None = None,
                   progress: Progress | None = None) -> bytes:
    """Write the full committee pack for ``period`` to ``path``; returns the PDF's bytes.

    ``report``: the period report to lay out (made from ``options`` when not given; its
    language and edition must be those of ``options``). ``progress``: told how far it got,
    raises ``model.errors.Cancelled`` to stop (``model.progress``): nothing is written."""
    with reporting(progress):
        return _write_pack_pdf(pack, period, path, options, report)


def _write_pack_pdf(pack, period, path, options, report) -> bytes:
    options = options or PaperOptions()
    if report is None:
        report = PeriodReport(pack, period, options.language, published=options.published,
                              publishing=options.publishing)
    elif (report.language, report.published, report.publishing) != (
            options.language, options.published, options.publishing):
        raise ValueError("the report's language and edition differ from the options'")
    def story(doc):
        doc.page_key = page_key(options, report.suppression)
        return pack_story(report, options)

    return build_pdf(story, path, title=report.title,
                     options=options, draft=not report.is_final,
                     author=pt.joined(pack.settings.organisation,
                                      pack.settings.organisation_cy, options.language),
                     subject=pt.joined(pack.settings.committee, pack.settings.committee_cy,
                                       options.language))
