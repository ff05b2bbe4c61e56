"""The words of publishing (issue 11): the marks of editions that are not the published one,
the cover report's period in words and its opening, the report date; merged into
``model.words.TEXT`` (``PUBLISHING_TEXT``), English and Welsh."""

from __future__ import annotations

from model.periods import Period

__all__ = ["PUBLISHING_TEXT", "period_phrase"]

PUBLISHING_TEXT: dict[str, tuple[str, str]] = {
    "check_no_meeting": ("no meeting is recorded for {period}, so the cover report has no "
                         "meeting date or report date",
                         "nid oes cyfarfod wedi'i gofnodi ar gyfer {period}, felly nid oes "
                         "dyddiad cyfarfod na dyddiad adroddiad ar yr adroddiad clawr"),
    "check_report_after_meeting": ("the report date {report} is after the meeting on {meeting}",
                                   "mae dyddiad yr adroddiad {report} ar ôl y cyfarfod ar "
                                   "{meeting}"),
    "published_note": ("Published edition: small numbers are hidden (*) to protect privacy.",
                       "Argraffiad cyhoeddedig: mae niferoedd bach wedi'u cuddio (*) i "
                       "ddiogelu preifatrwydd."),
    "key_suppressed": ("*: a count of 1 to {last}, or a percentage of fewer than {threshold} "
                       "people, hidden to protect privacy; some other figures are hidden so "
                       "that these cannot be worked out",
                       "*: nifer o 1 i {last}, neu ganran o lai na {threshold} o bobl, wedi'i "
                       "chuddio i ddiogelu preifatrwydd; mae rhai ffigurau eraill wedi'u cuddio "
                       "fel na ellir cyfrifo'r rhain"),
    "summary_suppressed": ("In this published edition, counts of 1 to {last} and percentages of "
                           "fewer than {threshold} people are shown as * to protect privacy, "
                           "and so are some other figures from which they could be worked out.",
                           "Yn yr argraffiad cyhoeddedig hwn, dangosir niferoedd o 1 i {last} a "
                           "chanrannau o lai na {threshold} o bobl fel * i ddiogelu "
                           "preifatrwydd, a hefyd rai ffigurau eraill y gellid eu cyfrifo "
                           "ohonynt."),
    "mark_draft": ("For internal use: not the published edition (every figure shown)",
                   "At ddefnydd mewnol: nid yr argraffiad cyhoeddedig (pob ffigur i'w weld)"),
    "mark_preview": ("PREVIEW: not the published edition (small numbers hidden)",
                     "RHAGOLWG: nid yr argraffiad cyhoeddedig (niferoedd bach wedi'u cuddio)"),
    "reason_opening": ("This report sets out performance information for {phrase}, the "
                       "{span} ending {day}.",
                       "Mae'r adroddiad hwn yn nodi gwybodaeth am berfformiad ar gyfer {phrase}, "
                       "y {span} sy'n dod i ben ar {day}."),
    "span_quarter": ("quarter", "chwarter"),
    "span_year": ("quarter and year", "chwarter a'r flwyddyn"),
    "report_title": ("{subject}: {phrase}", "{subject}: {phrase}"),
    "performance_report": ("Performance report", "Adroddiad perfformiad"),
    "report_date": ("Report date", "Dyddiad yr adroddiad"),
}

_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
_MONTHS_CY = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst",
              "Medi", "Hydref", "Tachwedd", "Rhagfyr")


def period_phrase(period: Period, language: str) -> str:
    """The period as a cover report names it: ``Quarter 3: October to December 2017``, and a
    fourth quarter with its year: ``Quarter 4 and year-end 2023-24`` (Welsh ``Chwarter 3:
    Hydref i Rhagfyr 2017``, ``Chwarter 4 a diwedd blwyddyn 2023-24``); both: English / Welsh."""
    first, last = period.first_day, period.last_day

    def one(cy: bool) -> str:
        months = _MONTHS_CY if cy else _MONTHS_EN
        if period.quarter == 4:
            return (f"Chwarter 4 a diwedd blwyddyn {period.fy.label}" if cy
                    else f"Quarter 4 and year-end {period.fy.label}")
        span = f"{months[first.month - 1]} {'i' if cy else 'to'} {months[last.month - 1]}"
        return f"{'Chwarter' if cy else 'Quarter'} {period.quarter}: {span} {last.year}"

    return {"en": one(False), "cy": one(True), "both": f"{one(False)} / {one(True)}"}[language]
