"""The cover report's words and numbers, and the list of appendices, for a period report.

Rules:
- The appendices are lettered A, B, C… in the seeds' order, leaving out any that would be
  empty: the narrative appendices (the period's narratives named ``appendix-…``: seed 000's
  directorate extract, seed 002's Annual Well-being Report extract); the commitments, one
  appendix per plan (seed 000: the Corporate Plan's in B, the Directorate Delivery Plan's
  headline actions in C); the dashboard (indicators, commitments or a budget, with the
  sections' narratives); the period's other narratives (updates such as the Workforce Strategy);
  the scorecard (when the pack has indicators); the period's breakdowns; the snapshot comparisons;
  the rationale for the year's targets; one per key area whose indicator exists. Each title and
  what it holds is written in each language of the edition, a key area's title once per
  language.
- The cover report follows the seeds: organisation, committee, meeting date, title, then the
  headings Reason for the Report, Background, Performance during <period>, Scope of Scrutiny
  (seed 002; the report setting ``scope_text``, left out when blank), Way Forward (headed
  "Scope / Way Forward" when there is no Scope of Scrutiny), Legal Implications, Financial
  Implications, Recommendation, and the signatory, role and date.
  Paragraphs are numbered continuously; the recommendation is not numbered.
- Every paragraph has a key that is the same in every language (``CoverParagraph.key``): a
  settings text's paragraphs are ``reason.1``, ``reason.2``… (paired with the Welsh paragraph of
  the same number, ``model.translation.paired_paragraphs``: a Welsh text with another number of
  paragraphs cannot be paired, so its English paragraphs print marked "[Saesneg yn unig]" and
  the checks say why); the generated ones are ``performance.symbols``, ``performance.rag``,
  ``performance.declined``, ``performance.overrides``, ``performance.appendices``,
  ``performance.suppressed``. A Welsh edition has exactly the English edition's paragraphs, in
  the same order with the same numbers; a bilingual one prints each English paragraph with its
  own Welsh under it.
- The period's meeting (``records.Meeting``) gives the meeting date and the report date (no
  other date: a period without a meeting prints none, and ``check`` says so), and the
  committee, title and signatory where it sets them (else the report settings'). Without a
  meeting title, the title is the report settings' subject and the period in words
  (``words.period_phrase``: "Quarter 3: October to December 2017", "Quarter 4 and year-end
  2023-24"); the first paragraph under Reason for the Report (key ``opening``) says which
  period the report covers and when it ended, and the performance heading names the period
  the same way.
- The performance paragraphs are generated from the scorecard: what the symbols mean; the counts
  of Green, Amber and Red (and no data, and the measures without RAG); the indicators whose
  performance declined, with the comparison in figures in each language (as the edition prints
  them: a hidden figure is ``*`` in English, and the Welsh leaves the figures out); how many
  forecasts officers set; each plan's commitments by status; the budget update's totals and
  variance; every appendix with what it holds; and, in a published edition, what ``*`` means.
"""

from __future__ import annotations

import string

from model import words as pt
from model.report.parts import Appendix, Bullet, CoverParagraph, CoverReport, CoverSection
from model.translation import paired_paragraphs, paragraphs

__all__ = ["appendices", "cover_report", "cover_title", "paragraphs", "declined_comparison"]

#: The settings text under each heading of the cover report.
_SECTIONS = (("reason", "reason_text"), ("background", "background_text"))
_AFTER = (("way_forward", "way_forward_text"), ("legal", "legal_text"),
          ("financial", "financial_text"))


def appendices(report) -> tuple[Appendix, ...]:
    """The appendices of ``report``'s committee pack, lettered in order."""
    period, language = report.period, report.language
    languages = pt.languages_of(language)
    found: list[tuple[str, tuple[str, ...], tuple[str, ...], str]] = []

    def add(kind, title_key, holds_key, key="", **fields):
        found.append((kind, tuple(pt.words(title_key, one, **fields) for one in languages),
                      tuple(pt.words(holds_key, one, **fields) for one in languages), key))

    label = pt.period_pair(period)
    for narrative in report.narrative_appendices:
        title = pt.Pair.of(narrative.title or narrative.name, narrative.title_cy)
        add("narrative", "app_narrative", "app_narrative_holds", key=narrative.name,
            title=title)
    for part in report.plans:
        name = pt.Pair(*(part.title_in(one) for one in ("en", "cy")))
        add("commitments", "app_plan", "app_plan_holds", key=part.plan, plan=name,
            period=label)
    if report.scorecard.rows or report.plans or report.budget:
        add("dashboard", "app_dashboard", "app_dashboard_holds")
    if report.narratives:
        add("narratives", "app_narratives", "app_narratives_holds",
            titles=pt.Pair(*("; ".join(pt.Pair.of(n.title or n.name, n.title_cy).get(one)
                                        for n in report.narratives) for one in ("en", "cy"))))
    if report.scorecard.rows:
        add("scorecard", "app_scorecard", "app_scorecard_holds", period=label)
    if report.breakdowns:
        add("breakdowns", "app_breakdowns", "app_breakdowns_holds",
            titles=pt.Pair(*("; ".join(pt.Pair.of(t.record.title, t.record.title_cy).get(one)
                                        for t in report.breakdowns) for one in ("en", "cy"))))
    if report.snapshots:
        add("snapshots", "app_snapshots", "app_snapshots_holds",
            titles=pt.Pair(*("; ".join(pt.Pair.of(t.record.title, t.record.title_cy).get(one)
                                        for t in report.snapshots) for one in ("en", "cy"))))
    if report.rationale:
        add("rationale", "app_rationale", "app_rationale_holds", year=period.fy.label)
    for part in report.key_areas:
        add("key_area", "app_key_area", "app_key_area_holds", key=part.area.name,
            title=pt.Pair.of(part.area.title, part.area.title_cy))
    letters = string.ascii_uppercase
    return tuple(Appendix(letters[i] if i < 26 else f"A{letters[i - 26]}", kind,
                          " / ".join(titles), " / ".join(holds), key, titles, holds)
                 for i, (kind, titles, holds, key) in enumerate(found))


class _Numbers:
    def __init__(self):
        self.n = 0

    def next(self) -> int:
        self.n += 1
        return self.n


def _settings_paragraphs(section: str, english: str, welsh: str, language: str,
                         numbers: _Numbers | None) -> tuple[CoverParagraph, ...]:
    """A settings text's paragraphs, each paired with its own Welsh by paragraph number."""
    out = []
    for n, (en, cy) in enumerate(paired_paragraphs(english, welsh), 1):
        if language == "en" and not en:
            continue  # a paragraph with Welsh only is not in the English edition
        texts = tuple(pt.pick(en, cy, language))
        out.append(CoverParagraph(numbers.next() if numbers else None, texts,
                                  key=f"{section}.{n}"))
    return tuple(out)


def declined_comparison(indicator, status, period, language: str) -> str:
    """The figures behind a "declined" in ``language``: "612 against 700 for 2023-24 Q4 (down
    88)" / "612 o'i gymharu â 700 ar gyfer 2023-24 Ch4 (i lawr 88)". English is the status's own
    explanation; the Welsh is written from the same figures."""
    if language == "en":
        return status.direction_explanation.partition(": ")[2]
    mode = indicator.compare_with or "year"
    if mode == "quarter":
        current, label = status.value, pt.period_label(period.previous(), language)
    else:
        current = status.ytd
        if indicator.aggregation == "last" or period.quarter == 1:
            label = pt.period_label(period.same_quarter_last_year(), language)
        else:
            label = pt.words("span_quarters", language, year=period.fy.previous().label,
                             quarter=period.quarter)
    compared = status.comparison
    if current is None or compared is None:
        return ""
    delta = current - compared
    change = pt.words("no change", language) if delta == 0 else pt.words(
        "change_up" if delta > 0 else "change_down", language,
        amount=pt.figure_words(indicator, abs(delta), language, exact=True, difference=True))
    return pt.words("declined_bullet", language,
                    current=pt.figure_words(indicator, current, language),
                    compared=pt.figure_words(indicator, compared, language), label=label,
                    change=change)


def _declined_bullets(report) -> list[Bullet]:
    lang, period = report.language, report.period
    bullets = []
    for row in report.scorecard.rows:
        indicator, status = row.indicator, row.status
        if status.direction != "declined":
            continue
        # as the edition prints it (model.report.figures): a hidden figure is * in English
        # too, and the Welsh, written from the figures, leaves them out
        printed = report.printed(row)
        hidden = printed.ytd.hidden or printed.value.hidden or printed.comparison.hidden
        title = pt.Pair.of(indicator.title, indicator.title_cy)
        texts = []
        for one in pt.languages_of(lang):
            if one == "en":
                explanation = printed.direction_explanation.partition(": ")[2]
            else:
                explanation = "" if hidden else declined_comparison(indicator, status, period,
                                                                    one)
            texts.append(f" {title.get(one)}" + (f": {explanation}" if explanation else ""))
        welsh = (row.code, texts[1]) if lang == "both" else None
        bullets.append(Bullet(row.code, texts[0], welsh))
    return bullets


def _performance(report, numbers: _Numbers) -> tuple[CoverParagraph, ...]:
    lang, scorecard, suppression = report.language, report.scorecard, report.suppression
    counts = scorecard.rag_counts()
    with_target = counts["Green"] + counts["Amber"] + counts["Red"] + counts["no data"]
    out: list[CoverParagraph] = []

    def numbered(key, texts, bullets=()) -> None:
        out.append(CoverParagraph(numbers.next(), tuple(texts), tuple(bullets),
                                  f"performance.{key}"))

    numbered("symbols", pt.pair("summary_symbols", lang))
    texts = []
    for one in pt.languages_of(lang):
        nodata = pt.words("summary_nodata", one, count=counts["no data"]) \
            if counts["no data"] else ""
        text = pt.words("summary_rag", one, total=len(scorecard.rows),
                        period=pt.period_text(scorecard.period, one), with_target=with_target,
                        green=counts["Green"], amber=counts["Amber"], red=counts["Red"],
                        nodata=nodata)
        if counts["n/a"]:
            text += " " + pt.words("summary_context", one, count=counts["n/a"])
        texts.append(text)
    numbered("rag", texts)
    declined = _declined_bullets(report)
    if declined:
        numbered("declined", pt.pair("summary_declined", lang, count=len(declined)), declined)
    else:
        numbered("declined", pt.pair("summary_declined_none", lang))
    overridden = sum(1 for row in scorecard.rows if row.status.forecast_overridden)
    if overridden:
        numbered("overrides", pt.pair("summary_overrides", lang, count=overridden))
    plans = report.plans
    if plans and any(part.counts for part in plans):
        texts = []
        for one in pt.languages_of(lang):
            texts.append(" ".join(pt.words(
                "plan_counts", one, plan=part.title_in(one), count=len(part.lines),
                counts=", ".join(f"{n} {pt.commitment_status_word(status, one)}"
                                 for status, n in part.counts) or "–")
                for part in plans))
        numbered("plans", texts)
    if report.budget is not None and report.budget.summary:
        numbered("budget", report.budget.summary)
    bullets = []
    for a in report.appendices:
        texts = [(pt.words("appendix", one, letter=a.letter), f" – {title}: {holds}")
                 for one, title, holds in zip(pt.languages_of(lang), a.titles, a.holds_texts,
                                              strict=True)]
        bullets.append(Bullet(*texts[0], texts[1] if len(texts) > 1 else None))
    numbered("appendices", pt.pair("summary_appendices", lang), bullets)
    if suppression.active:
        numbered("suppressed", pt.pair("summary_suppressed", lang, last=suppression.threshold - 1,
                                       threshold=suppression.threshold))
    return tuple(out)


def cover_title(report) -> tuple[str, ...]:
    """The cover report's title: the meeting's, else the report settings' subject (or the
    pack's name) and the period in words ("… : Quarter 3: October to December 2017")."""
    meeting, s, lang = report.meeting, report.pack.settings, report.language
    if meeting is not None and meeting.title.strip():
        return tuple(pt.pick(meeting.title, meeting.title_cy, lang))
    subject_en = s.report_title or report.pack.name
    subject_cy = s.report_title_cy or subject_en
    return tuple(pt.words("report_title", one, subject=subject_cy if one == "cy" else subject_en,
                          phrase=pt.period_phrase(report.period, one))
                 for one in pt.languages_of(lang))


def _opening(report, numbers: _Numbers) -> CoverParagraph:
    """The first paragraph: what period the report covers, from the period itself."""
    period = report.period
    texts = []
    for one in pt.languages_of(report.language):
        span = pt.words("span_year" if period.quarter == 4 else "span_quarter", one)
        texts.append(pt.words("reason_opening", one, phrase=pt.period_phrase(period, one),
                              span=span, day=pt.date_text(period.last_day, one)))
    return CoverParagraph(numbers.next(), tuple(texts), key="opening")


def _meeting_or_settings(meeting, settings, name: str) -> str:
    value = getattr(meeting, name, "") if meeting is not None else ""
    return value or getattr(settings, name)


def cover_report(report) -> CoverReport:
    """The cover report of ``report`` (see the module rules)."""
    s, lang, period = report.pack.settings, report.language, report.period
    meeting = report.meeting
    numbers = _Numbers()
    if lang == "both":
        organisation = "  ".join(t for t in (s.organisation_cy, s.organisation) if t)
    else:
        organisation = pt.joined(s.organisation, s.organisation_cy, lang)

    def section(key: str, field: str, numbered: bool = True) -> CoverSection:
        return CoverSection(key, pt.words(key, lang), _settings_paragraphs(
            key, getattr(s, field), getattr(s, f"{field}_cy"), lang,
            numbers if numbered else None))

    opening = _opening(report, numbers)
    sections = [section(key, field) for key, field in _SECTIONS]
    reason = sections[0]
    sections[0] = CoverSection(reason.key, reason.heading, (opening, *reason.paragraphs))
    heading = pt.words("performance", lang, period=pt.period_phrase(period, lang))
    sections.append(CoverSection("performance", heading, _performance(report, numbers)))
    if s.scope_text.strip() or s.scope_text_cy.strip():
        sections.append(section("scope", "scope_text"))
    for key, field in _AFTER:
        done = section(key, field)
        if key == "way_forward" and sections[-1].key == "scope":
            done = CoverSection(key, pt.words("way_forward_only", lang), done.paragraphs)
        sections.append(done)
    sections.append(section("recommendation", "recommendation_text", numbered=False))
    committee = _meeting_or_settings(meeting, s, "committee")
    committee_cy = _meeting_or_settings(meeting, s, "committee_cy")
    role = _meeting_or_settings(meeting, s, "signatory_role")
    role_cy = _meeting_or_settings(meeting, s, "signatory_role_cy")
    return CoverReport(
        organisation=organisation,
        committee=tuple(t for t in pt.pick(committee, committee_cy, lang) if t),
        meeting_date=pt.date_text(meeting.meeting_date if meeting else None, lang),
        title=cover_title(report),
        sections=tuple(sections),
        signatory=_meeting_or_settings(meeting, s, "signatory"),
        signatory_role=pt.joined(role, role_cy, lang),
        report_date=pt.date_text(meeting.report_date if meeting else None, lang),
    )
