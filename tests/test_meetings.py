"""A period's meeting: the cover report's title, dates and opening from the period, and the
checks on meetings."""

from __future__ import annotations

import datetime as dt

from model import records as r
from model import words as pt
from model.checks import ERROR, WARNING, check_period
from model.commands import put
from model.periods import Period
from model.report import PeriodReport

Q3_2017 = Period(2017, 3)


def test_the_period_in_words_as_the_seeds_write_it():
    assert pt.period_phrase(Q3_2017, "en") == "Quarter 3: October to December 2017"
    assert pt.period_phrase(Period(2023, 4), "en") == "Quarter 4 and year-end 2023-24"
    assert pt.period_phrase(Q3_2017, "cy") == "Chwarter 3: Hydref i Rhagfyr 2017"
    assert pt.period_phrase(Period(2023, 4), "cy") == "Chwarter 4 a diwedd blwyddyn 2023-24"
    assert pt.period_phrase(Period(2024, 1), "both") == \
        "Quarter 1: April to June 2024 / Chwarter 1: Ebrill i Mehefin 2024"


def test_the_cover_report_knows_its_period(pack):
    pack.apply(put("settings", pack.settings.replace(
        report_title="Children's Services Performance", committee="Scrutiny Committee",
        meeting_date=dt.date(2025, 7, 15), report_date=dt.date(2025, 7, 8))))
    cover = PeriodReport(pack, Q3_2017).cover
    assert cover.title == ("Children's Services Performance: Quarter 3: October to December "
                           "2017",)
    # the pack-wide dates of the settings are never a period's meeting
    assert cover.meeting_date == "" and cover.report_date == ""
    reason = next(s for s in cover.sections if s.key == "reason")
    assert reason.paragraphs[0].texts == (
        "This report sets out performance information for Quarter 3: October to December "
        "2017, the quarter ending 31 December 2017.",)
    performance = next(s for s in cover.sections if s.key == "performance")
    assert performance.heading == "Performance during Quarter 3: October to December 2017"
    pack.apply(put("meeting", r.Meeting(Q3_2017, meeting_date=dt.date(2018, 3, 13),
                                        report_date=dt.date(2018, 3, 6),
                                        committee="Children & Young People Scrutiny Committee",
                                        title="Children's Services Performance Management "
                                              "Information", signatory="Davina Fiore")))
    cover = PeriodReport(pack, Q3_2017).cover
    assert cover.meeting_date == "13 March 2018" and cover.report_date == "6 March 2018"
    assert cover.title == ("Children's Services Performance Management Information",)
    assert cover.committee == ("Children & Young People Scrutiny Committee",)
    assert cover.signatory == "Davina Fiore"
    welsh = PeriodReport(pack, Q3_2017, "cy").cover
    assert welsh.meeting_date == "13 Mawrth 2018"


def test_check_reports_a_missing_meeting_and_a_report_dated_after_it(pack):
    def meeting_findings():
        return [(f.severity, f.field, f.message) for f in check_period(pack, Q3_2017)
                if f.code == "Meeting"]

    assert meeting_findings() == [(WARNING, "", "no meeting is recorded for 2017-18 Q3, so the "
                                   "cover report has no meeting date or report date")]
    pack.apply(put("meeting", r.Meeting(Q3_2017, meeting_date=dt.date(2018, 3, 13),
                                        report_date=dt.date(2018, 3, 20))))
    assert meeting_findings() == [(ERROR, "report_date", "the report date 20 March 2018 is "
                                   "after the meeting on 13 March 2018")]
    pack.apply(put("meeting", r.Meeting(Q3_2017, meeting_date=dt.date(2018, 3, 13),
                                        report_date=dt.date(2018, 3, 6))))
    assert meeting_findings() == []


def test_the_sample_has_a_meeting_for_every_period():
    from model.pack import Pack
    from model.sample_build import SHIPPED

    with Pack.open(SHIPPED, read_only=True) as pack:
        for period in pack.periods():
            meeting = pack.get("meeting", (period,))
            assert meeting is not None, period.label
            assert meeting.report_date < meeting.meeting_date
            assert meeting.meeting_date > period.last_day
