"""The cover report's words and numbers, and the list of appendices, for a period report.

Rules:
- The appendices are lettered A, B, C… in this order, leaving out any that would be empty: the
  scorecard (when the pack has indicators); the dashboard (indicators or narratives); one per key
  area whose indicator exists; the commitments; the period's breakdowns; the snapshot
  comparisons; the rationale for the year's targets.
- The cover report follows the seeds: organisation, committee, meeting date, title, then the
  headings Reason for the Report, Background, Performance during <period>, Scope / Way Forward,
  Legal Implications, Financial Implications, Recommendation, and the signatory, role and date.
  Paragraphs are numbered continuously; the recommendation is not numbered.
- The paragraphs under every heading but the performance one come from the pack's report
  settings (``reason_text`` …, Welsh from ``*_cy``; a blank line separates paragraphs). For
  ``both`` each English paragraph is followed by the Welsh one in the same position.
- The performance paragraphs are generated from the scorecard: what the symbols mean; the counts
  of Green, Amber and Red (and no data, and the measures without RAG); the indicators whose
  performance declined (with the comparison in words, left out in a published edition where the
  figures could reveal a suppressed number, and in Welsh, whose explanations are not yet
  translated); how many forecasts officers set; every appendix with what it holds; and, in a
  published edition, what ``*`` means.
"""

from __future__ import annotations

import string

from model import words as pt
from model.report.parts import Appendix, Bullet, CoverParagraph, CoverReport, CoverSection

__all__ = ["appendices", "cover_report", "paragraphs"]


def appendices(report) -> tuple[Appendix, ...]:
    """The appendices of ``report``'s committee pack, lettered in order."""
    period, language = report.period, report.language
    found: list[tuple[str, str, str, str]] = []

    def add(kind, title_key, holds_key, key="", **fields):
        found.append((kind, pt.words(title_key, language, **fields),
                      pt.words(holds_key, language, **fields), key))

    if report.scorecard.rows:
        add("scorecard", "app_scorecard", "app_scorecard_holds", period=period.label)
    if report.scorecard.rows or report.narratives:
        add("dashboard", "app_dashboard", "app_dashboard_holds")
    for part in report.key_areas:
        add("key_area", "app_key_area", "app_key_area_holds", key=part.area.name,
            title=part.title)
    if report.commitments:
        add("commitments", "app_commitments", "app_commitments_holds", period=period.label)
    if report.breakdowns:
        add("breakdowns", "app_breakdowns", "app_breakdowns_holds",
            titles="; ".join(t.title for t in report.breakdowns))
    if report.snapshots:
        add("snapshots", "app_snapshots", "app_snapshots_holds",
            titles="; ".join(t.title for t in report.snapshots))
    if report.rationale:
        add("rationale", "app_rationale", "app_rationale_holds", year=period.fy.label)
    letters = string.ascii_uppercase
    return tuple(Appendix(letters[i] if i < 26 else f"A{letters[i - 26]}", kind, title, holds,
                          key) for i, (kind, title, holds, key) in enumerate(found))


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a text: separated by blank lines, trimmed, empty ones left out."""
    return [p.strip() for p in (text or "").replace("\r\n", "\n").split("\n\n") if p.strip()]


class _Numbers:
    def __init__(self):
        self.n = 0

    def next(self) -> int:
        self.n += 1
        return self.n


def _settings_paragraphs(english: str, welsh: str, language: str, numbers: _Numbers | None
                         ) -> tuple[CoverParagraph, ...]:
    en, cy = paragraphs(english), paragraphs(welsh)
    if language == "cy":
        en, cy = (cy or en), []
    elif language == "en":
        cy = []
    out = []
    for i in range(max(len(en), len(cy))):
        texts = (en[i] if i < len(en) else "",) + ((cy[i] if i < len(cy) else "",) if cy else ())
        out.append(CoverParagraph(numbers.next() if numbers else None, texts))
    return tuple(out)


def _languages(language: str) -> tuple[str, ...]:
    return ("en", "cy") if language == "both" else (language,)


def _performance(report, numbers: _Numbers) -> tuple[CoverParagraph, ...]:
    lang, scorecard, suppression = report.language, report.scorecard, report.suppression
    counts = scorecard.rag_counts()
    with_target = counts["Green"] + counts["Amber"] + counts["Red"] + counts["no data"]
    out: list[CoverParagraph] = []

    def numbered(texts, bullets=()) -> None:
        out.append(CoverParagraph(numbers.next(), tuple(texts), tuple(bullets)))

    numbered(pt.pair("summary_symbols", lang))
    texts = []
    for one in _languages(lang):
        cy = one == "cy"
        nodata = pt.TEXT["summary_nodata"][cy].format(count=counts["no data"]) \
            if counts["no data"] else ""
        text = pt.TEXT["summary_rag"][cy].format(
            total=len(scorecard.rows), period=pt.period_text(scorecard.period, one),
            with_target=with_target, green=counts["Green"], amber=counts["Amber"],
            red=counts["Red"], nodata=nodata)
        if counts["n/a"]:
            text += " " + pt.TEXT["summary_context"][cy].format(count=counts["n/a"])
        texts.append(text)
    numbered(texts)
    declined = [row for row in scorecard.rows if row.status.direction == "declined"]
    if declined:
        bullets = []
        for row in declined:
            indicator, status = row.indicator, row.status
            title = pt.joined(indicator.title, indicator.title_cy, lang)
            explanation = status.direction_explanation.partition(": ")[2]
            if suppression.active and (
                    indicator.unit == "count" and (suppression.count(status.ytd)
                                                   or suppression.count(status.comparison))
                    or indicator.unit == "percent"):
                explanation = ""  # figures could reveal a suppressed number
            bullets.append(Bullet(row.code, f" {title}" + (
                f": {explanation}" if explanation and lang != "cy" else "")))
        numbered(pt.pair("summary_declined", lang, count=len(declined)), bullets)
    else:
        numbered(pt.pair("summary_declined_none", lang))
    overridden = sum(1 for row in scorecard.rows if row.status.forecast_overridden)
    if overridden:
        numbered(pt.pair("summary_overrides", lang, count=overridden))
    bullets = [Bullet(pt.words("appendix", lang, letter=a.letter), f" – {a.title}: {a.holds}")
               for a in report.appendices]
    numbered(pt.pair("summary_appendices", lang), bullets)
    if suppression.active:
        numbered(pt.pair("summary_suppressed", lang, last=suppression.threshold - 1,
                         threshold=suppression.threshold))
    return tuple(out)


def cover_report(report) -> CoverReport:
    """The cover report of ``report`` (see the module rules)."""
    s, lang, period = report.pack.settings, report.language, report.period
    numbers = _Numbers()
    if lang == "both":
        organisation = "  ".join(t for t in (s.organisation_cy, s.organisation) if t)
    else:
        organisation = pt.joined(s.organisation, s.organisation_cy, lang)

    def section(key: str, english: str, welsh: str, numbered: bool = True) -> CoverSection:
        return CoverSection(key, pt.words(key, lang), _settings_paragraphs(
            english, welsh, lang, numbers if numbered else None))

    sections = [
        section("reason", s.reason_text, s.reason_text_cy),
        section("background", s.background_text, s.background_text_cy),
    ]
    heading = pt.words("performance", lang, period=pt.period_text(period, lang)
                       if lang != "both" else period.label)
    sections.append(CoverSection("performance", heading, _performance(report, numbers)))
    sections += [
        section("way_forward", s.way_forward_text, s.way_forward_text_cy),
        section("legal", s.legal_text, s.legal_text_cy),
        section("financial", s.financial_text, s.financial_text_cy),
        section("recommendation", s.recommendation_text, s.recommendation_text_cy,
                numbered=False),
    ]
    return CoverReport(
        organisation=organisation,
        committee=tuple(t for t in pt.pick(s.committee, s.committee_cy, lang) if t),
        meeting_date=pt.date_text(s.meeting_date, lang),
        title=tuple(pt.pick(s.report_title or report.pack.name, s.report_title_cy, lang)),
        sections=tuple(sections),
        signatory=s.signatory,
        signatory_role=pt.joined(s.signatory_role, s.signatory_role_cy, lang),
        report_date=pt.date_text(s.report_date, lang),
    )
