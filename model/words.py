"""The fixed words of the committee papers in English and Welsh, and how each language option
combines them.

Rules:
- Every heading, column title, key entry and sentence that the papers print and that does not
  come from the pack is here, once, in both languages (``TEXT[key] = (english, welsh)``).
- ``language`` is ``en``, ``cy`` or ``both``. ``both`` prints the English and then the Welsh,
  joined by `` / `` for short labels (``words``), or as two paragraphs for prose (``pair``).
- Text that comes from the pack (titles, commentary, report paragraphs) is chosen with
  ``pick(english, welsh, language)``: a blank Welsh text falls back to the English so that a
  paper is never printed with a hole in it (the checks report the missing translation).
- Welsh numbers take the singular noun (``44 dangosydd``); adjectives after ``yn`` are mutated
  (``yn Wyrdd``, ``yn Goch``). Quarters are ``Ch1``..``Ch4`` in tables and ``Chwarter 4`` in
  prose; dates are written ``15 Gorffennaf 2025``.

The words live in ``model/`` because the period report (``model.report``) writes the cover
report's paragraphs and the appendices' titles; the exporters only lay them out.
"""

from __future__ import annotations

import datetime as dt

from model.periods import Period

__all__ = [
    "LANGUAGES",
    "TEXT",
    "words",
    "pair",
    "pick",
    "joined",
    "date_text",
    "period_text",
    "quarter_label",
    "rag_word",
    "direction_word",
    "forecast_word",
    "commitment_status_word",
]

LANGUAGES = ("en", "cy", "both")

TEXT: dict[str, tuple[str, str]] = {
    # the scorecard
    "scorecard": ("Scorecard", "Cerdyn sgorio"),
    "performance_scorecard": ("Performance scorecard", "Cerdyn sgorio perfformiad"),
    "period": ("Period", "Cyfnod"),
    "prepared": ("Prepared", "Paratowyd"),
    "draft": ("DRAFT", "DRAFFT"),
    "draft_note": ("Draft: the figures for this period have not been marked final.",
                   "Drafft: nid yw ffigurau'r cyfnod hwn wedi'u nodi'n derfynol."),
    "published_note": ("Published version: small numbers are suppressed (*).",
                       "Fersiwn gyhoeddedig: mae niferoedd bach wedi'u hatal (*)."),
    "code": ("Code", "Cod"),
    "indicator": ("Indicator", "Dangosydd"),
    "previous_outturn": ("Outturn", "Alldro"),
    "ytd": ("YTD", "Hyd yma"),
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
    "key_suppressed": ("*: a count from 1 to {last}, or a percentage of fewer than {threshold}, "
                       "suppressed in the published version to protect individuals",
                       "*: nifer o 1 i {last}, neu ganran o lai na {threshold}, wedi'i atal yn "
                       "y fersiwn gyhoeddedig i ddiogelu unigolion"),
    "key_outturn": ("Outturn: the year-end (Q4 year-to-date) figure of {year}",
                    "Alldro: ffigur diwedd blwyddyn (hyd yma Ch4) {year}"),
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
    "summary_suppressed": ("In this published version, counts from 1 to {last} and percentages "
                           "of fewer than {threshold} are shown as *.",
                           "Yn y fersiwn gyhoeddedig hon, dangosir niferoedd o 1 i {last} a "
                           "chanrannau o lai na {threshold} fel *."),
    # the appendices and what each holds
    "app_scorecard": ("Scorecard", "Cerdyn sgorio"),
    "app_scorecard_holds": ("the {period} scorecard: each indicator's figures by quarter, "
                            "year to date, target, RAG status, direction of travel, forecast "
                            "and commentary",
                            "cerdyn sgorio {period}: ffigurau pob dangosydd fesul chwarter, hyd "
                            "yma, targed, statws RAG, cyfeiriad teithio, rhagolwg a sylwebaeth"),
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
}

_MONTHS_CY = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst",
              "Medi", "Hydref", "Tachwedd", "Rhagfyr")


def _check(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not '{language}'")


def words(key: str, language: str, **fields) -> str:
    """A fixed label in ``language``; for ``both``, ``English / Cymraeg``."""
    _check(language)
    en, cy = TEXT[key]
    en, cy = en.format(**fields), cy.format(**fields)
    if language == "en":
        return en
    if language == "cy":
        return cy
    return en if en == cy else f"{en} / {cy}"


def pair(key: str, language: str, **fields) -> list[str]:
    """A fixed sentence as the paragraphs to print: one, or English then Welsh for ``both``."""
    _check(language)
    en, cy = TEXT[key]
    en, cy = en.format(**fields), cy.format(**fields)
    return {"en": [en], "cy": [cy], "both": [en, cy]}[language]


def pick(english: str, welsh: str, language: str) -> list[str]:
    """Pack text in ``language``: a blank Welsh text falls back to the English; for ``both``
    the English then the Welsh (once only when they are the same or the Welsh is blank)."""
    _check(language)
    english, welsh = english or "", welsh or ""
    if language == "en":
        return [english]
    if language == "cy":
        return [welsh or english]
    if not welsh.strip() or welsh == english:
        return [english]
    return [english, welsh]


def joined(english: str, welsh: str, language: str) -> str:
    """Pack text in ``language`` on one line: for ``both`` ``English / Cymraeg``."""
    return " / ".join(t for t in pick(english, welsh, language) if t)


def date_text(day: dt.date | None, language: str) -> str:
    """``15 July 2025`` / ``15 Gorffennaf 2025``; both: ``15 July 2025 / 15 Gorffennaf 2025``."""
    if day is None:
        return ""
    en = f"{day.day} {day.strftime('%B')} {day.year}"
    cy = f"{day.day} {_MONTHS_CY[day.month - 1]} {day.year}"
    return {"en": en, "cy": cy, "both": en if en == cy else f"{en} / {cy}"}[language]


def quarter_label(quarter: int, language: str) -> str:
    """``Q1`` / ``Ch1``; both: ``Q1 / Ch1``."""
    return {"en": f"Q{quarter}", "cy": f"Ch{quarter}", "both": f"Q{quarter} / Ch{quarter}"}[
        language]


def period_text(period: Period, language: str) -> str:
    """``Quarter 4 2024-25`` / ``Chwarter 4 2024-25``."""
    en = f"Quarter {period.quarter} {period.fy.label}"
    cy = f"Chwarter {period.quarter} {period.fy.label}"
    return {"en": en, "cy": cy, "both": f"{en} / {cy}"}[language]


def rag_word(rag: str, language: str) -> str:
    return words(rag, language) if rag in TEXT else rag


def direction_word(direction: str, language: str) -> str:
    return words(direction, language) if direction in TEXT else direction


def forecast_word(forecast: str, language: str) -> str:
    return words(forecast, language) if forecast in TEXT else forecast


def commitment_status_word(status: str, language: str) -> str:
    return words(status, language) if status in TEXT else status
