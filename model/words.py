"""The fixed words of the papers in English and Welsh — one catalogue — and how each language
option combines them.

Rules:
- Every heading, column title, key entry, chart word and sentence that the papers print and that
  does not come from the pack is in the catalogue ``TEXT``, once, in both languages
  (``TEXT[key] = (english, welsh)``): the papers' words here, the charts' words in
  ``model.words_charts``, the command line's and the checks' messages in
  ``model.words_messages``. The HTML edition and the window read the same catalogue; a test
  proves every entry has its Welsh and the same ``{fields}`` in both languages.
- ``language`` is ``en``, ``cy`` or ``both``. ``both`` prints the English and then the Welsh,
  joined by `` / `` for short labels (``words``), or as two paragraphs for prose (``pair``).
  A field given as a ``Pair`` (English, Welsh) is put in each language's sentence in that
  language, so a title appears once per language ("Key area: Timeliness / Maes allweddol:
  Amseroldeb"), never twice.
- Text that comes from the pack (titles, commentary, report paragraphs) is chosen with
  ``pick(english, welsh, language)``. A Welsh or bilingual edition never falls back to English
  silently: a blank Welsh text prints the English marked "[Saesneg yn unig]" (in ``both``, the
  mark stands where the Welsh would be), and ``model.translation`` lists the missing field for
  the checks.
- Quarters are "Q1".."Q4" / "Ch1".."Ch4" in tables, labels and sentences alike, and "Quarter 4"
  / "Chwarter 4" in headings; a period is "2024-25 Q4" / "2024-25 Ch4"; no "Q" ever appears in
  Welsh text. Dates and month names come from Babel's ``en_GB`` and ``cy`` locale data
  ("15 July 2025" / "15 Gorffennaf 2025"). Figures print as ``model.status.describe`` prints
  them, with the units in the language ("12.5 days" / "12.5 diwrnod").
- Welsh numbers take the singular noun (``44 dangosydd``); adjectives after ``yn`` are mutated
  (``yn Wyrdd``, ``yn Goch``). TermCymru's terms are used for the fixed terms: targed,
  chwarter, blwyddyn hyd yma, atodiad, argymhelliad, alldro, sylwebaeth.

The words live in ``model/`` because the period report (``model.report``) writes the cover
report's paragraphs, the appendices' titles and the charts; the exporters only lay them out.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import NamedTuple

from model.periods import Period
from model.words_charts import CHART_TEXT
from model.words_messages import MESSAGE_TEXT, interface_language
from model.words_publishing import PUBLISHING_TEXT, period_phrase
from model.words_sections import SECTION_TEXT

__all__ = [
    "LANGUAGES",
    "TEXT",
    "Pair",
    "words",
    "both_languages",
    "pair",
    "pick",
    "joined",
    "english_only",
    "date_text",
    "period_text",
    "period_label",
    "period_short",
    "period_pair",
    "period_phrase",
    "quarter_label",
    "figure_words",
    "rag_word",
    "direction_word",
    "forecast_word",
    "commitment_status_word",
    "languages_of",
    "paper_file_name",
    "interface_language",
]

LANGUAGES = ("en", "cy", "both")


class Pair(NamedTuple):
    """A text in English and Welsh, for a field of a fixed sentence: each language's sentence
    takes its own (a blank Welsh takes the English)."""

    en: str
    cy: str

    @classmethod
    def of(cls, english: str, welsh: str) -> Pair:
        """Pack text as a field: a blank Welsh is the English marked "[Saesneg yn unig]"."""
        english, welsh = english or "", welsh or ""
        return cls(english, welsh if welsh.strip() or not english.strip()
                   else english_only(english))

    def get(self, language: str) -> str:
        return (self.cy or self.en) if language == "cy" else self.en


TEXT: dict[str, tuple[str, str]] = {
    # the scorecard
    "scorecard": ("Scorecard", "Cerdyn sgorio"),
    "performance_scorecard": ("Performance scorecard", "Cerdyn sgorio perfformiad"),
    "period": ("Period", "Cyfnod"),
    "prepared": ("Prepared", "Paratowyd"),
    "draft": ("DRAFT", "DRAFFT"),
    "draft_note": ("Draft: the figures for this period have not been marked final.",
                   "Drafft: nid yw ffigurau'r cyfnod hwn wedi'u nodi'n derfynol."),
    "code": ("Code", "Cod"),
    "indicator": ("Indicator", "Dangosydd"),
    "previous_outturn": ("Outturn", "Alldro"),
    "ytd": ("YTD", "Blwyddyn hyd yma"),
    "target": ("Target", "Targed"),
    "rag": ("RAG", "RAG"),
    "arrow": ("Trend", "Tuedd"),
    "face": ("Forecast", "Rhagolwg"),
    "commentary": ("Commentary", "Sylwebaeth"),
    "key": ("Key", "Allwedd"),
    "overrides": ("Forecasts set by officers", "Rhagolygon a osodwyd gan swyddogion"),
    "override_line": ("{code}: forecast “{forecast}” set by the officer (calculated: "
                      "“{computed}”), because {reason}",
                      "{code}: rhagolwg “{forecast}” wedi'i osod gan y swyddog (wedi'i "
                      "gyfrifo: “{computed}”), oherwydd {reason}"),
    "no_indicators": ("This pack has no indicators yet.",
                      "Nid oes dangosyddion yn y pecyn hwn eto."),
    "continued": ("continued", "parhad"),
    # the key
    "key_green": ("Green: on target", "Gwyrdd: ar y targed"),
    "key_amber": ("Amber: short of target, within tolerance",
                  "Ambr: yn brin o'r targed, o fewn y goddefiant"),
    "key_red": ("Red: short of target by more than the tolerance",
                "Coch: yn brin o'r targed o fwy na'r goddefiant"),
    "key_na": ("n/a: no target, or a demand or context measure (RAG not appropriate)",
               "amh.: dim targed, neu fesur galw neu gyd-destun (nid yw RAG yn briodol)"),
    "key_nodata": ("no data: no figure reported for the period",
                   "dim data: dim ffigur wedi'i adrodd ar gyfer y cyfnod"),
    "key_arrows": ("The arrow shows whether performance has improved, been sustained or declined "
                   "compared with the same period last year (or the previous quarter where "
                   "shown)",
                   "Mae'r saeth yn dangos a yw perfformiad wedi gwella, wedi'i gynnal neu wedi "
                   "dirywio o'i gymharu â'r un cyfnod y llynedd (neu'r chwarter blaenorol lle "
                   "nodir hynny)"),
    "key_faces": ("The face shows whether performance is likely, may or is unlikely to meet the "
                  "target set for the year",
                  "Mae'r wyneb yn dangos a yw perfformiad yn debygol, efallai, neu'n annhebygol "
                  "o gyrraedd y targed a osodwyd ar gyfer y flwyddyn"),
    "key_outturn": ("Outturn: the year-end (Q4 year-to-date) figure of {year}",
                    "Alldro: ffigur diwedd blwyddyn (blwyddyn hyd yma Ch4) {year}"),
    # directions and forecasts
    "improved": ("improved", "wedi gwella"),
    "sustained": ("sustained", "wedi'i gynnal"),
    "declined": ("declined", "wedi dirywio"),
    "increased": ("increased", "wedi cynyddu"),
    "decreased": ("decreased", "wedi gostwng"),
    "no change": ("no change", "dim newid"),
    "not comparable": ("not comparable", "dim modd cymharu"),
    "likely": ("likely", "tebygol"),
    "may": ("may", "efallai"),
    "unlikely": ("unlikely", "annhebygol"),
    "likely_long": ("likely to meet the year's target", "tebygol o gyrraedd targed y flwyddyn"),
    "may_long": ("may meet the year's target", "efallai y bydd yn cyrraedd targed y flwyddyn"),
    "unlikely_long": ("unlikely to meet the year's target",
                      "annhebygol o gyrraedd targed y flwyddyn"),
    "arrows_none": ("increased / decreased / no change (measures without a target)",
                    "wedi cynyddu / wedi gostwng / dim newid (mesurau heb darged)"),
    # RAG and commitment statuses
    "Green": ("Green", "Gwyrdd"),
    "Amber": ("Amber", "Ambr"),
    "Red": ("Red", "Coch"),
    "n/a": ("n/a", "amh."),
    "no data": ("no data", "dim data"),
    "Amber-Green": ("Amber-Green", "Ambr-Gwyrdd"),
    "Red-Amber": ("Red-Amber", "Coch-Ambr"),
    "Complete": ("Complete", "Wedi'i gwblhau"),
    "Not started": ("Not started", "Heb ddechrau"),
    "Deferred": ("Deferred", "Wedi'i ohirio"),
    "no update": ("no update", "dim diweddariad"),
    # the footer
    "page_of": ("Page {page} of {pages}", "Tudalen {page} o {pages}"),
    # the cover report
    "committee_pack": ("Committee papers", "Papurau'r pwyllgor"),
    "meeting_date": ("Meeting date", "Dyddiad y cyfarfod"),
    "contents": ("Contents", "Cynnwys"),
    "cover_report": ("Cover report", "Adroddiad clawr"),
    "reason": ("Reason for the Report", "Rheswm dros yr Adroddiad"),
    "background": ("Background", "Cefndir"),
    "performance": ("Performance during {period}", "Perfformiad yn ystod {period}"),
    "way_forward": ("Scope / Way Forward", "Cwmpas / Y Ffordd Ymlaen"),
    "legal": ("Legal Implications", "Goblygiadau Cyfreithiol"),
    "financial": ("Financial Implications", "Goblygiadau Ariannol"),
    "recommendation": ("Recommendation", "Argymhelliad"),
    "appendix": ("Appendix {letter}", "Atodiad {letter}"),
    "summary_rag": ("Of the {total} indicators on the scorecard for {period}, {with_target} have "
                    "a target: {green} are Green, {amber} Amber and {red} Red{nodata}.",
                    "O'r {total} dangosydd ar y cerdyn sgorio ar gyfer {period}, mae gan "
                    "{with_target} darged: mae {green} yn Wyrdd, {amber} yn Ambr a {red} yn "
                    "Goch{nodata}."),
    "summary_nodata": ("; {count} have no figure yet", "; nid oes ffigur eto ar gyfer {count}"),
    "summary_context": ("A further {count} are demand or context measures, or have no target, "
                        "and carry no RAG status.",
                        "Mae {count} arall yn fesurau galw neu gyd-destun, neu heb darged, ac nid "
                        "oes ganddynt statws RAG."),
    "summary_declined": ("Performance declined against the comparison period for {count} "
                         "indicators:",
                         "Dirywiodd perfformiad o'i gymharu â'r cyfnod cymharu ar gyfer "
                         "{count} dangosydd:"),
    "summary_declined_none": ("No indicator's performance declined against the comparison "
                              "period.",
                              "Ni ddirywiodd perfformiad unrhyw ddangosydd o'i gymharu â'r "
                              "cyfnod cymharu."),
    "summary_overrides": ("Officers have set the forecast for {count} indicators themselves; "
                          "the reasons are given with the scorecard.",
                          "Mae swyddogion wedi gosod y rhagolwg ar gyfer {count} dangosydd eu "
                          "hunain; rhoddir y rhesymau gyda'r cerdyn sgorio."),
    "summary_appendices": ("The following appendices are attached:",
                           "Mae'r atodiadau canlynol ynghlwm:"),
    "summary_symbols": ("Each indicator on the scorecard is accompanied by its RAG status, an "
                        "arrow and a face. The face symbol shows whether performance is likely, "
                        "may or is unlikely to meet the target set for the year. The arrow shows "
                        "whether performance has improved, been sustained or declined when "
                        "compared with an appropriate previous period.",
                        "Mae statws RAG, saeth ac wyneb gyda phob dangosydd ar y cerdyn sgorio. "
                        "Mae'r wyneb yn dangos a yw perfformiad yn debygol, efallai, neu'n "
                        "annhebygol o gyrraedd y targed a osodwyd ar gyfer y flwyddyn. Mae'r "
                        "saeth yn dangos a yw perfformiad wedi gwella, wedi'i gynnal neu wedi "
                        "dirywio o'i gymharu â chyfnod blaenorol priodol."),
    # the appendices and what each holds
    "app_scorecard": ("Scorecard", "Cerdyn sgorio"),
    "app_scorecard_holds": ("the {period} scorecard: each indicator's figures by quarter, "
                            "year to date, target, RAG status, direction of travel, forecast "
                            "and commentary",
                            "cerdyn sgorio {period}: ffigurau pob dangosydd fesul chwarter, "
                            "blwyddyn hyd yma, targed, statws RAG, cyfeiriad teithio, rhagolwg "
                            "a sylwebaeth"),
    "app_dashboard": ("Performance dashboard", "Dangosfwrdd perfformiad"),
    "app_dashboard_holds": ("the performance dashboard: trend charts and narrative updates",
                            "y dangosfwrdd perfformiad: siartiau tuedd a diweddariadau naratif"),
    "app_key_area": ("Key area: {title}", "Maes allweddol: {title}"),
    "app_key_area_holds": ("monitoring information for the key area “{title}”: current "
                           "position, five-year trend, management target, actions and expected "
                           "quarterly improvements",
                           "gwybodaeth fonitro ar gyfer y maes allweddol “{title}”: y sefyllfa "
                           "bresennol, tuedd pum mlynedd, targed rheoli, camau gweithredu a "
                           "gwelliannau chwarterol disgwyliedig"),
    "app_commitments": ("Commitments", "Ymrwymiadau"),
    "app_commitments_holds": ("the commitments and their RAG status at {period}",
                              "yr ymrwymiadau a'u statws RAG yn {period}"),
    "app_breakdowns": ("Breakdowns", "Dadansoddiadau"),
    "app_breakdowns_holds": ("detailed breakdowns with totals: {titles}",
                             "dadansoddiadau manwl gyda chyfansymiau: {titles}"),
    "app_snapshots": ("Snapshot comparisons", "Cymariaethau ciplun"),
    "app_snapshots_holds": ("comparisons at different dates: {titles}",
                            "cymariaethau ar wahanol ddyddiadau: {titles}"),
    "app_rationale": ("Rationale for targets", "Sail resymegol y targedau"),
    "app_rationale_holds": ("the rationale for the {year} targets and how each management "
                            "target was calculated",
                            "y sail resymegol ar gyfer targedau {year} a sut y cyfrifwyd pob "
                            "targed rheoli"),
    # appendix contents
    "no_narratives": ("No narrative updates for this period.",
                      "Dim diweddariadau naratif ar gyfer y cyfnod hwn."),
    "current_position": ("Current position", "Y sefyllfa bresennol"),
    "five_year_trend": ("Five-year trend", "Tuedd pum mlynedd"),
    "management_target": ("Management target and how it was calculated",
                          "Targed rheoli a sut y cafodd ei gyfrifo"),
    "current_actions": ("Current management actions", "Camau gweithredu rheoli presennol"),
    "expected_improvements": ("Expected quarterly improvements",
                              "Gwelliannau chwarterol disgwyliedig"),
    "no_trajectory": ("No quarterly trajectory has been set for {year}.",
                      "Nid oes trywydd chwarterol wedi'i osod ar gyfer {year}."),
    "no_target": ("No target has been set for {year}.",
                  "Nid oes targed wedi'i osod ar gyfer {year}."),
    "target_for": ("Target for {year}: {target}", "Targed ar gyfer {year}: {target}"),
    "management_mark": ("management target", "targed rheoli"),
    "year": ("Year", "Blwyddyn"),
    "quarter": ("Quarter", "Chwarter"),
    "expected": ("Expected", "Disgwyliedig"),
    "actual": ("Actual", "Gwirioneddol"),
    "ref": ("Ref.", "Cyf."),
    "commitment": ("Commitment", "Ymrwymiad"),
    "owner": ("Owner", "Perchennog"),
    "due": ("Due", "Erbyn"),
    "status": ("Status", "Statws"),
    "progress": ("Progress", "Cynnydd"),
    "no_commitments": ("No commitments are recorded in this pack.",
                       "Nid oes ymrwymiadau wedi'u cofnodi yn y pecyn hwn."),
    "total": ("Total", "Cyfanswm"),
    "category": ("Category", "Categori"),
    "change": ("Change", "Newid"),
    "rationale": ("Rationale", "Sail resymegol"),
    "no_rationale": ("No rationale has been recorded for the {year} targets.",
                     "Nid oes sail resymegol wedi'i chofnodi ar gyfer targedau {year}."),
    "chart_missing": ("(Chart not available: {reason})", "(Siart ddim ar gael: {reason})"),
    "chart_text": ("Chart description: {text}", "Disgrifiad o'r siart: {text}"),
    # the dashboard's sections
    "dashboard_demand": ("Demand", "Galw"),
    "dashboard_key": ("Key indicators", "Dangosyddion allweddol"),
    "dashboard_breakdowns": ("Breakdowns", "Dadansoddiadau"),
    "dashboard_snapshots": ("Snapshot comparisons", "Cymariaethau ciplun"),
    "dashboard_rag": ("RAG status by group", "Statws RAG fesul grŵp"),
    "dashboard_commitments": ("Commitments by status", "Ymrwymiadau fesul statws"),
    # editions and what is missing
    "english_only": ("[English only]", "[Saesneg yn unig]"),
    "welsh_only": ("[Welsh only]", "[Cymraeg yn unig]"),
    "quarter_n": ("Quarter {quarter}", "Chwarter {quarter}"),
    "quarter_short": ("Q{quarter}", "Ch{quarter}"),
    "period_label": ("{year} Q{quarter}", "{year} Ch{quarter}"),
    "period_short": ("Q{quarter} {year}", "Ch{quarter} {year}"),
    "period_long": ("Quarter {quarter} {year}", "Chwarter {quarter} {year}"),
    "declined_bullet": ("{current} against {compared} for {label} ({change})",
                        "{current} o'i gymharu â {compared} ar gyfer {label} ({change})"),
    "change_up": ("up {amount}", "i fyny {amount}"),
    "change_down": ("down {amount}", "i lawr {amount}"),
    "no_figure": ("no figure", "dim ffigur"),
    "days_unit": ("days", "diwrnod"),
    "points_unit": ("percentage points", "pwynt canran"),
    "span_quarters": ("{year} Q1–Q{quarter}", "{year} Ch1–Ch{quarter}"),
    # file names
    "file_scorecard": ("scorecard", "cerdyn-sgorio"),
    "file_committee_pack": ("committee-papers", "papurau-pwyllgor"),
    # the HTML edition (exporters/html_edition.py)
    "html_skip": ("Skip to the main content", "Neidio i'r prif gynnwys"),
    "html_edition": ("Accessible edition of the committee papers",
                     "Fersiwn hygyrch o bapurau'r pwyllgor"),
    "html_top": ("Back to the contents", "Yn ôl i'r cynnwys"),
    "html_figures": ("The chart's figures as a table", "Ffigurau'r siart fel tabl"),
    "html_hidden": ("suppressed: fewer than {threshold}", "wedi'i atal: llai na {threshold}"),
}

TEXT.update({**CHART_TEXT, **MESSAGE_TEXT, **SECTION_TEXT, **PUBLISHING_TEXT})


def _check(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not '{language}'")


def languages_of(language: str) -> tuple[str, ...]:
    """The single languages of an edition: ``("en", "cy")`` for ``both``."""
    _check(language)
    return ("en", "cy") if language == "both" else (language,)


def _fields(fields: dict, language: str) -> dict:
    return {k: v.get(language) if isinstance(v, Pair) else v for k, v in fields.items()}


def _both(key: str, fields: dict) -> tuple[str, str]:
    en, cy = TEXT[key]
    return en.format(**_fields(fields, "en")), cy.format(**_fields(fields, "cy"))


def both_languages(key: str, **fields) -> tuple[str, str]:
    """A fixed text in English and in Welsh (a ``Pair`` field takes each language's part)."""
    return _both(key, fields)


def words(key: str, language: str, **fields) -> str:
    """A fixed label in ``language``; for ``both``, ``English / Cymraeg``."""
    _check(language)
    en, cy = _both(key, fields)
    if language == "en":
        return en
    if language == "cy":
        return cy
    return en if en == cy else f"{en} / {cy}"


def pair(key: str, language: str, **fields) -> list[str]:
    """A fixed sentence as the paragraphs to print: one, or English then Welsh for ``both``."""
    _check(language)
    en, cy = _both(key, fields)
    return {"en": [en], "cy": [cy], "both": [en, cy]}[language]


def english_only(english: str, language: str = "cy") -> str:
    """An English text standing where Welsh should be, visibly marked ("[Saesneg yn unig]")."""
    mark = TEXT["english_only"][1]
    return f"{mark} {english}" if english else mark


def pick(english: str, welsh: str, language: str) -> list[str]:
    """Pack text in ``language``, as the paragraphs to print. ``cy``: the Welsh, or the English
    marked "[Saesneg yn unig]" when the Welsh is blank; ``both``: the English then the Welsh
    (once when they are the same), the mark standing for a blank Welsh. Nothing is printed for
    a text blank in both languages."""
    _check(language)
    english, welsh = english or "", welsh or ""
    has_en, has_cy = bool(english.strip()), bool(welsh.strip())
    if language == "en":
        return [english]
    if language == "cy":
        return [welsh if has_cy or not has_en else english_only(english)]
    if not has_en and not has_cy:
        return [english]
    if welsh == english:
        return [english]
    return [english, welsh if has_cy else english_only("")]


def joined(english: str, welsh: str, language: str) -> str:
    """Pack text in ``language`` on one line: for ``both`` ``English / Cymraeg``."""
    return " / ".join(t for t in pick(english, welsh, language) if t)


@lru_cache(maxsize=512)
def _date(day: dt.date, language: str) -> str:
    from babel.dates import format_date  # lazy: only papers with dates need Babel

    return format_date(day, "d MMMM y", locale="cy" if language == "cy" else "en_GB")


def date_text(day: dt.date | None, language: str) -> str:
    """``15 July 2025`` / ``15 Gorffennaf 2025`` (Babel's locale data); both:
    ``15 July 2025 / 15 Gorffennaf 2025``."""
    if day is None:
        return ""
    en, cy = _date(day, "en"), _date(day, "cy")
    return {"en": en, "cy": cy, "both": en if en == cy else f"{en} / {cy}"}[language]


def _period_words(key: str, period: Period, language: str) -> str:
    return words(key, language, year=period.fy.label, quarter=period.quarter)


def quarter_label(quarter: int, language: str) -> str:
    """``Q1`` / ``Ch1``; both: ``Q1 / Ch1``."""
    return words("quarter_short", language, quarter=quarter)


def period_label(period: Period, language: str) -> str:
    """``2024-25 Q4`` / ``2024-25 Ch4`` (the period's label in tables and sentences)."""
    return _period_words("period_label", period, language)


def period_short(period: Period, language: str) -> str:
    """``Q4 2024-25`` / ``Ch4 2024-25`` (a chart's slot)."""
    return _period_words("period_short", period, language)


def period_text(period: Period, language: str) -> str:
    """``Quarter 4 2024-25`` / ``Chwarter 4 2024-25`` (headings)."""
    return _period_words("period_long", period, language)


def period_pair(period: Period, long: bool = False) -> Pair:
    """The period's label in both languages, for a field of a fixed sentence."""
    key = "period_long" if long else "period_label"
    return Pair(*_both(key, {"year": period.fy.label, "quarter": period.quarter}))


def figure_words(indicator, number, language: str, *, exact: bool = False,
                 difference: bool = False) -> str:
    """A figure as the papers print it (``model.status.describe``) with its unit in
    ``language``: ``12.5 days`` / ``12.5 diwrnod``, ``5.0 percentage points`` / ``5.0 pwynt
    canran``, ``no figure`` / ``dim ffigur``."""
    from model.status import describe

    text = describe(indicator, number, exact=exact, difference=difference)
    if language == "en":
        return text
    if number is None:
        return words("no_figure", language)
    for key in ("points_unit", "days_unit"):
        unit = TEXT[key][0]
        if text.endswith(" " + unit):
            return f"{text[: -len(unit) - 1]} {words(key, language)}"
    return text


def _word(text: str, language: str) -> str:
    return words(text, language) if text in TEXT else text


def rag_word(rag: str, language: str) -> str:
    return _word(rag, language)


def direction_word(direction: str, language: str) -> str:
    return _word(direction, language)


def forecast_word(forecast: str, language: str) -> str:
    return _word(forecast, language)


def commitment_status_word(status: str, language: str) -> str:
    return _word(status, language)


def paper_file_name(paper: str, period: Period, language: str) -> str:
    """The file name a paper is offered under: ``scorecard-2024-25-Q4.pdf``,
    ``cerdyn-sgorio-2024-25-Ch4.pdf``; both: ``scorecard-cerdyn-sgorio-2024-25-Q4.pdf``.
    ``paper`` is ``scorecard`` or ``committee_pack``."""
    _check(language)
    one = "cy" if language == "cy" else "en"
    name = "-".join(dict.fromkeys(words(f"file_{paper}", lang) for lang in languages_of(language)))
    return f"{name}-{period_label(period, one).replace(' ', '-')}.pdf"
