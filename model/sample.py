"""The bundled sample pack: Cardiff Council Children's Services, 2019-20 Q1 to 2024-25 Q4.

Built from the two seed cover reports (``shared/seeds``): the Corporate Plan KPIs K1.18-K1.25 and
K1.32-K1.36 of the September 2024 report (K1.26-K1.31 are not listed there, so they are left out),
the demand measures and the "Shifting the Balance" Place / People / Practice measures it lists,
the four key areas of the March 2018 report (para 9-10) with management targets and how they were
calculated (its Appendix G), commitments with a RAG status per quarter, a contacts-by-source-and-
outcome breakdown (its Appendix F), a placement-type snapshot and narrative updates.

Rules:
- The published Cardiff figures of ``domain.md`` ("Facts for realistic sample data") come out
  exactly: annual totals are the sum of the quarters, stocks and rates are the Q4 figure. Such an
  indicator's ``source`` says ``Published: ...`` with who reported it.
- Everything else is illustrative and labelled so: every indicator's ``source`` contains
  ``Illustrative figures`` (for a published one, for the periods that are not published), and the
  cover report's background, the breakdown, the snapshot and an "About this sample" narrative say
  that the sample is illustrative except the published figures.
- Illustrative figures are generated deterministically (``random.Random`` seeded with a fixed
  string per series), so every build gives the same records. Stocks and flows agree (children
  looked after = last quarter + starts - ends; the child protection register likewise), the
  placement types add up to the children looked after, and the breakdown's grand total equals the
  MASH contacts figure for its period.
- Percentages with a numerator and denominator store no actual, so they are consistent by
  construction. Commentary and key-area texts quote the figures computed by ``model.status``.
- Every Red status in every period has commentary (hand-written for 2024-25 Q3 and Q4, a short
  reason before that), so ``check`` reports no errors for any period.

``build_sample(path)`` writes a new pack (refusing to overwrite); ``python -m model.sample OUT``
does the same from the command line. ``SHIPPED`` is the bundled file, which the application opens
a copy of and never changes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from model import records as r
from model.commands import put
from model.pack import Pack
from model.periods import Period
from model.status import describe, evaluate

__all__ = ["build_sample", "SHIPPED", "PERIODS", "LATEST", "ILLUSTRATIVE", "main"]

#: The bundled sample pack.
SHIPPED = Path(__file__).resolve().parent.parent / "resources" / "sample.craffu"

YEARS = tuple(range(2019, 2025))  # financial years 2019-20 .. 2024-25 (start years)
PERIODS = tuple(Period(y, q) for y in YEARS for q in (1, 2, 3, 4))
LATEST = Period(2024, 4)
ILLUSTRATIVE = "Illustrative figures"
BUILDER = "craffu-sample"  # the audit log's "who" for the records the builder adds

_NEWS = "Cardiff Council news release"
_PRESS = "local press, from council reports"

SAMPLE_NOTE = (
    "This is the sample pack bundled with Craffu. Its indicators, targets and texts follow "
    "Cardiff Council's Children's Services performance reports, but the figures are "
    "illustrative, except the published figures named in each indicator's source (Cardiff "
    "Council news release; local press, from council reports). Do not quote the illustrative "
    "figures as Cardiff's performance."
)
SAMPLE_NOTE_CY = (
    "Dyma'r pecyn enghreifftiol sy'n dod gyda Craffu. Mae'r dangosyddion, y targedau a'r testun "
    "yn dilyn adroddiadau perfformiad Gwasanaethau Plant Cyngor Caerdydd, ond ffigurau "
    "enghreifftiol yw'r ffigurau, ac eithrio'r ffigurau cyhoeddedig a enwir yn ffynhonnell pob "
    "dangosydd. Peidiwch â dyfynnu'r ffigurau enghreifftiol fel perfformiad Caerdydd."
)

# -- groups ---------------------------------------------------------------------------------

G_CP = "Corporate Plan – Well-being Objective 1"
G_DEMAND = "Demand"
G_PLACE = "Shifting the Balance – Place"
G_PEOPLE = "Shifting the Balance – People"
G_PRACTICE = "Shifting the Balance – Practice"

GROUPS = (
    r.Group(G_CP, "Cynllun Corfforaethol – Amcan Llesiant 1", 1),
    r.Group(G_DEMAND, "Galw", 2),
    r.Group(G_PLACE, "Newid y Cydbwysedd – Lle", 3),
    r.Group(G_PEOPLE, "Newid y Cydbwysedd – Pobl", 4),
    r.Group(G_PRACTICE, "Newid y Cydbwysedd – Ymarfer", 5),
)

# -- indicators -----------------------------------------------------------------------------
# (code, group, unit, polarity, aggregation, decimals, title, title_cy, definition, owner, extra)

_CARE_LEAVER_DEF = (
    "Care leavers in categories 2, 3 and 4 (Social Services and Well-being (Wales) Act 2014) "
    "who reached the anniversary in the quarter, and of them those who completed at least three "
    "consecutive months of employment, education or training in the {span} since leaving care."
)

INDICATORS: tuple[tuple, ...] = (
    # Corporate Plan KPIs (seed 002 para 11)
    ("K1.18", G_CP, "count", "higher", "last", 0,
     "The number of children fostered by local authority foster carers",
     "Nifer y plant sy'n cael eu maethu gan ofalwyr maeth yr awdurdod lleol",
     "Children looked after placed with Cardiff Council's own (local authority) foster carers "
     "at the end of the quarter, excluding kinship carers.",
     "Operational Manager, Fostering", {}),
    ("K1.19", G_CP, "percent", "lower", "last", 1,
     "The number of children fostered by external foster carers as a percentage of regulated "
     "placements (excluding kinship)",
     "Nifer y plant sy'n cael eu maethu gan ofalwyr maeth allanol fel canran o'r lleoliadau "
     "rheoleiddiedig (heb gynnwys gofal gan berthnasau)",
     "Children placed with independent fostering agencies at the end of the quarter (numerator) "
     "over children in regulated placements excluding kinship: local authority and agency "
     "foster care and residential care (denominator).",
     "Operational Manager, Placements", {}),
    ("K1.20", G_CP, "count", "higher", "last", 0,
     "The number of children placed in in-house residential placements",
     "Nifer y plant sydd mewn lleoliadau preswyl mewnol",
     "Children looked after living in children's homes run by Cardiff Council at the end of "
     "the quarter.",
     "Operational Manager, Residential Services", {}),
    ("K1.21", G_CP, "percent", "lower", "last", 1,
     "The number of children looked after in external residential placements as a percentage "
     "of regulated placements (excluding kinship)",
     "Nifer y plant sy'n derbyn gofal mewn lleoliadau preswyl allanol fel canran o'r "
     "lleoliadau rheoleiddiedig (heb gynnwys gofal gan berthnasau)",
     "Children in residential placements with external providers at the end of the quarter "
     "(numerator) over children in regulated placements excluding kinship (denominator).",
     "Operational Manager, Placements", {}),
    ("K1.22", G_CP, "count", "higher", "sum", 0,
     "The number of children returned home from care during the year",
     "Nifer y plant a ddychwelodd adref o ofal yn ystod y flwyddyn",
     "Children who ceased to be looked after in the quarter because they returned to live with "
     "their parents or a person with parental responsibility.",
     "Operational Manager, Looked After Children", {}),
    ("K1.23", G_CP, "percent", "higher", "last", 1,
     "The percentage of children looked after in regulated placements who are placed in Cardiff",
     "Canran y plant sy'n derbyn gofal mewn lleoliadau rheoleiddiedig sydd wedi'u lleoli yng "
     "Nghaerdydd",
     "Children in regulated placements (including kinship) whose placement is within the "
     "Cardiff boundary at the end of the quarter, over all children in regulated placements.",
     "Operational Manager, Placements", {}),
    ("K1.24", G_CP, "percent", "higher", "last", 1,
     "The percentage of children looked after in regulated placements who are placed in Cardiff "
     "or a neighbouring authority",
     "Canran y plant sy'n derbyn gofal mewn lleoliadau rheoleiddiedig sydd wedi'u lleoli yng "
     "Nghaerdydd neu mewn awdurdod cyfagos",
     "As K1.23, counting placements in Cardiff or in the Vale of Glamorgan, Rhondda Cynon Taf, "
     "Caerphilly or Newport.",
     "Operational Manager, Placements", {}),
    ("K1.25", G_CP, "percent", "lower", "last", 1,
     "The percentage of permanent social worker vacancies in Children's Services",
     "Canran y swyddi gweithwyr cymdeithasol parhaol sy'n wag yn y Gwasanaethau Plant",
     "Vacant permanent social worker posts (numerator) over established social worker posts "
     "(denominator) at the end of the quarter. Posts covered by agency staff count as vacant.",
     "Head of Workforce Development, Children's Services", {"compare_with": "quarter"}),
    ("K1.32", G_CP, "percent", "higher", "ratio", 1,
     "The percentage of care leavers in categories 2, 3 and 4 who have completed at least three "
     "consecutive months of employment, education or training in the 12 months since leaving "
     "care",
     "Canran y rhai sy'n gadael gofal yng nghategorïau 2, 3 a 4 sydd wedi cwblhau o leiaf dri "
     "mis olynol o gyflogaeth, addysg neu hyfforddiant yn y 12 mis ers gadael gofal",
     _CARE_LEAVER_DEF.format(span="12 months"),
     "Operational Manager, Personal Advisers", {}),
    ("K1.33", G_CP, "percent", "higher", "ratio", 1,
     "The percentage of care leavers in categories 2, 3 and 4 who have completed at least three "
     "consecutive months of employment, education or training in the 13-24 months since "
     "leaving care",
     "Canran y rhai sy'n gadael gofal yng nghategorïau 2, 3 a 4 sydd wedi cwblhau o leiaf dri "
     "mis olynol o gyflogaeth, addysg neu hyfforddiant yn y 13-24 mis ers gadael gofal",
     _CARE_LEAVER_DEF.format(span="13 to 24 months"),
     "Operational Manager, Personal Advisers", {}),
    ("K1.34", G_CP, "count", "higher", "sum", 0,
     "The number of people supported through the Family Gateway",
     "Nifer y bobl a gefnogwyd drwy'r Porth Teuluoedd",
     "People (children, young people and parents or carers) given information, advice or "
     "assistance by the Family Gateway in the quarter.",
     "Operational Manager, Early Help", {}),
    ("K1.35", G_CP, "count", "higher", "sum", 0,
     "The number of people supported by the Family Help Team and Family Help Disability Team",
     "Nifer y bobl a gefnogwyd gan y Tîm Help i Deuluoedd a'r Tîm Help i Deuluoedd – Anabledd",
     "People whose support from the Family Help Team or the Family Help Disability Team started "
     "in the quarter.",
     "Operational Manager, Early Help", {}),
    ("K1.36", G_CP, "percent", "higher", "ratio", 1,
     "The percentage of families referred to Family Help showing evidence of positive distance "
     "travelled",
     "Canran y teuluoedd a atgyfeiriwyd at Help i Deuluoedd sy'n dangos tystiolaeth o bellter "
     "cadarnhaol a deithiwyd",
     "Families whose Family Help support closed in the quarter (denominator) and of them those "
     "whose closing outcome measure scores improved on their opening scores (numerator).",
     "Operational Manager, Early Help", {}),
    # Demand (seed 002 para 12)
    ("DEM.01", G_DEMAND, "count", "none", "sum", 0,
     "Contacts received by Children's Services",
     "Cysylltiadau a ddaeth i law'r Gwasanaethau Plant",
     "Every contact about a child received by Children's Services in the quarter, from any "
     "source, whatever its outcome.",
     "Operational Manager, MASH", {}),
    ("DEM.02", G_DEMAND, "count", "none", "sum", 0,
     "Contacts and referrals received by the Multi-Agency Safeguarding Hub (MASH)",
     "Cysylltiadau ac atgyfeiriadau a ddaeth i law'r Hyb Diogelu Amlasiantaethol (MASH)",
     "Contacts and referrals about children received and screened by the MASH in the quarter.",
     "Operational Manager, MASH", {}),
    ("DEM.03", G_DEMAND, "count", "none", "sum", 0,
     "Referrals received by Children's Services",
     "Atgyfeiriadau a ddaeth i law'r Gwasanaethau Plant",
     "Contacts accepted as referrals for a well-being assessment in the quarter.",
     "Operational Manager, MASH", {}),
    ("DEM.04", G_DEMAND, "count", "none", "sum", 0,
     "Well-being assessments completed",
     "Asesiadau llesiant a gwblhawyd",
     "Well-being assessments of children completed in the quarter (the denominator of DEM.05).",
     "Operational Manager, Intake and Assessment", {}),
    ("DEM.05", G_DEMAND, "percent", "higher", "ratio", 1,
     "Percentage of well-being assessments completed within 42 working days",
     "Canran yr asesiadau llesiant a gwblhawyd o fewn 42 diwrnod gwaith",
     "Well-being assessments completed in the quarter (denominator) and of them those completed "
     "within 42 working days of the referral, counting Monday to Friday except bank holidays in "
     "England and Wales (numerator).",
     "Operational Manager, Intake and Assessment", {}),
    ("DEM.06", G_DEMAND, "percent", "higher", "ratio", 1,
     "Percentage of section 47 assessments completed within 10 working days",
     "Canran yr asesiadau adran 47 a gwblhawyd o fewn 10 diwrnod gwaith",
     "Child protection (section 47) enquiries completed in the quarter (denominator) and of them "
     "those completed within 10 working days of the strategy discussion (numerator).",
     "Operational Manager, Intake and Assessment", {}),
    ("DEM.07", G_DEMAND, "count", "none", "last", 0,
     "Children on the child protection register (at the end of the quarter)",
     "Plant ar y gofrestr amddiffyn plant (ar ddiwedd y chwarter)",
     "Children on Cardiff's child protection register on the last day of the quarter.",
     "Operational Manager, Child Protection", {}),
    ("DEM.08", G_DEMAND, "count", "none", "sum", 0,
     "Children added to the child protection register",
     "Plant a ychwanegwyd at y gofrestr amddiffyn plant",
     "Registrations on the child protection register in the quarter.",
     "Operational Manager, Child Protection", {}),
    ("DEM.09", G_DEMAND, "count", "none", "sum", 0,
     "Children removed from the child protection register",
     "Plant a dynnwyd oddi ar y gofrestr amddiffyn plant",
     "De-registrations from the child protection register in the quarter.",
     "Operational Manager, Child Protection", {}),
    ("DEM.10", G_DEMAND, "count", "none", "last", 0,
     "Children looked after (at the end of the quarter)",
     "Plant sy'n derbyn gofal (ar ddiwedd y chwarter)",
     "Children looked after by Cardiff Council on the last day of the quarter.",
     "Operational Manager, Looked After Children", {}),
    ("DEM.11", G_DEMAND, "count", "none", "sum", 0,
     "Children starting to be looked after",
     "Plant a ddechreuodd dderbyn gofal",
     "Children who started to be looked after in the quarter.",
     "Operational Manager, Looked After Children", {}),
    ("DEM.12", G_DEMAND, "count", "none", "sum", 0,
     "Children ceasing to be looked after",
     "Plant a beidiodd â derbyn gofal",
     "Children who ceased to be looked after in the quarter, for any reason.",
     "Operational Manager, Looked After Children", {}),
    ("DEM.13", G_DEMAND, "count", "none", "last", 0,
     "Children and young people receiving care and support (at the end of the quarter)",
     "Plant a phobl ifanc sy'n cael gofal a chymorth (ar ddiwedd y chwarter)",
     "Children and young people with a care and support plan on the last day of the quarter, "
     "including children looked after and children on the child protection register.",
     "Operational Manager, Support4Families", {}),
    ("DEM.14", G_DEMAND, "count", "none", "last", 0,
     "Care leavers open to the Personal Adviser team (at the end of the quarter)",
     "Pobl ifanc sy'n gadael gofal ac sy'n agored i'r tîm Cynghorwyr Personol (ar ddiwedd y "
     "chwarter)",
     "Care leavers aged 16 to 25 allocated a Personal Adviser on the last day of the quarter.",
     "Operational Manager, Personal Advisers", {}),
    ("DEM.15", G_DEMAND, "rate", "none", "last", 1,
     "Children looked after per 10,000 population aged under 18",
     "Plant sy'n derbyn gofal fesul 10,000 o'r boblogaeth o dan 18 oed",
     "DEM.10 per 10,000 of Cardiff's mid-year estimated population aged under 18 (illustrative "
     "population figures).",
     "Performance and Intelligence Team", {}),
    # Shifting the Balance – Place
    ("PLA.01", G_PLACE, "count", "none", "last", 0,
     "Children looked after in residential care (at the end of the quarter)",
     "Plant sy'n derbyn gofal mewn gofal preswyl (ar ddiwedd y chwarter)",
     "Children looked after living in children's homes, in-house (K1.20) or external, on the "
     "last day of the quarter.",
     "Operational Manager, Placements", {}),
    ("PLA.02", G_PLACE, "percent", "higher", "last", 1,
     "Percentage of children looked after returned home from care during the year",
     "Canran y plant sy'n derbyn gofal a ddychwelodd adref o ofal yn ystod y flwyddyn",
     "Cumulative for the year to date: children returned home from care since 1 April "
     "(numerator, K1.22) over children looked after at any time since 1 April (denominator).",
     "Operational Manager, Looked After Children", {}),
    # Shifting the Balance – People
    ("PEO.01", G_PEOPLE, "count", "higher", "sum", 0,
     "Social workers starting",
     "Gweithwyr cymdeithasol a ddechreuodd",
     "Permanent social workers who started in Children's Services in the quarter, including "
     "newly qualified social workers from the trainee scheme.",
     "Head of Workforce Development, Children's Services", {}),
    ("PEO.02", G_PEOPLE, "count", "lower", "sum", 0,
     "Social workers leaving",
     "Gweithwyr cymdeithasol a adawodd",
     "Permanent social workers who left Children's Services in the quarter, for any reason.",
     "Head of Workforce Development, Children's Services", {}),
    ("PEO.03", G_PEOPLE, "count", "lower", "last", 0,
     "Agency social workers in post (at the end of the quarter)",
     "Gweithwyr cymdeithasol asiantaeth yn y swydd (ar ddiwedd y chwarter)",
     "Agency social workers covering vacant, long-term sick or maternity posts on the last day "
     "of the quarter.",
     "Head of Workforce Development, Children's Services", {}),
    ("PEO.04", G_PEOPLE, "days", "lower", "sum", 1,
     "Working days lost to sickness per full-time equivalent",
     "Diwrnodau gwaith a gollwyd oherwydd salwch fesul cyfwerth ag amser llawn",
     "Working days lost to sickness absence in the quarter per full-time equivalent employee "
     "in Children's Services; the year's figure is the sum of the quarters.",
     "Head of Workforce Development, Children's Services", {}),
    ("PEO.05", G_PEOPLE, "currency", "lower", "sum", 0,
     "Spend on agency social workers",
     "Gwariant ar weithwyr cymdeithasol asiantaeth",
     "Spend on agency social workers in the quarter (GBP), from the directorate budget "
     "monitoring.",
     "Finance Business Partner, Children's Services", {}),
    ("PEO.06", G_PEOPLE, "ratio", "lower", "mean", 1,
     "Average caseload per children's social worker",
     "Llwyth achosion cyfartalog fesul gweithiwr cymdeithasol plant",
     "Children allocated to social workers in case-holding teams over the full-time equivalent "
     "social workers in those teams, at the end of the quarter; the year's figure is the mean "
     "of the quarters.",
     "Head of Workforce Development, Children's Services", {}),
    # Shifting the Balance – Practice
    ("PRA.01", G_PRACTICE, "percent", "higher", "ratio", 1,
     "Percentage of initial child protection conferences held on time",
     "Canran y cynadleddau amddiffyn plant cychwynnol a gynhaliwyd mewn pryd",
     "Initial child protection conferences held in the quarter (denominator) and of them those "
     "held within 15 working days of the strategy discussion (numerator).",
     "Operational Manager, Safeguarding Unit", {}),
    ("PRA.02", G_PRACTICE, "percent", "higher", "ratio", 1,
     "Percentage of child protection review conferences held on time",
     "Canran y cynadleddau adolygu amddiffyn plant a gynhaliwyd mewn pryd",
     "Child protection review conferences held in the quarter (denominator) and of them those "
     "held within the statutory timescale (numerator).",
     "Operational Manager, Safeguarding Unit", {"sustain_band": Decimal("1")}),
    ("PRA.03", G_PRACTICE, "percent", "higher", "ratio", 1,
     "Percentage of children looked after reviews held on time",
     "Canran yr adolygiadau plant sy'n derbyn gofal a gynhaliwyd mewn pryd",
     "Children looked after reviews held in the quarter (denominator) and of them those held "
     "within the statutory timescale (numerator).",
     "Operational Manager, Safeguarding Unit", {}),
    ("PRA.04", G_PRACTICE, "percent", "higher", "ratio", 1,
     "Percentage of visits to children on the child protection register on time",
     "Canran yr ymweliadau â phlant ar y gofrestr amddiffyn plant a wnaed mewn pryd",
     "Statutory visits due in the quarter to children on the child protection register "
     "(denominator) and of them those made on time (numerator).",
     "Operational Manager, Child Protection", {}),
    ("PRA.05", G_PRACTICE, "percent", "higher", "ratio", 1,
     "Percentage of statutory visits to children looked after on time",
     "Canran yr ymweliadau statudol â phlant sy'n derbyn gofal a wnaed mewn pryd",
     "Statutory visits due in the quarter to children looked after (denominator) and of them "
     "those made on time (numerator).",
     "Operational Manager, Looked After Children", {}),
    ("PRA.06", G_PRACTICE, "percent", "higher", "ratio", 1,
     "Percentage of children looked after with a plan in place within 10 working days of "
     "starting to be looked after",
     "Canran y plant sy'n derbyn gofal sydd â chynllun ar waith o fewn 10 diwrnod gwaith i "
     "ddechrau derbyn gofal",
     "Children who started to be looked after in the quarter (denominator) and of them those "
     "with a care and support plan within 10 working days of starting (numerator).",
     "Operational Manager, Looked After Children", {}),
    ("PRA.07", G_PRACTICE, "percent", "higher", "ratio", 1,
     "Percentage of pathway plans in place within 3 months of becoming eligible",
     "Canran y cynlluniau llwybr sydd ar waith o fewn 3 mis i ddod yn gymwys",
     "Young people who became eligible for leaving care support in the quarter (denominator) "
     "and of them those with a pathway plan within 3 months (numerator).",
     "Operational Manager, Personal Advisers", {}),
    ("PRA.08", G_PRACTICE, "percent", "higher", "last", 1,
     "Percentage of children on the child protection register allocated to a social worker",
     "Canran y plant ar y gofrestr amddiffyn plant sydd wedi'u dyrannu i weithiwr cymdeithasol",
     "Children on the child protection register at the end of the quarter (denominator) and of "
     "them those allocated to a qualified social worker (numerator).",
     "Operational Manager, Child Protection",
     {"tolerance": Decimal("2"), "tolerance_type": "absolute"}),
)

#: Published figures (domain.md): code -> (what was published, as reported by).
PUBLISHED_SOURCES = {
    "K1.18": ("129 children with local authority foster carers in 2023, recorded here as the "
              "position at 31 March 2023 (2022-23 Q4)", _PRESS),
    "K1.25": ("social worker vacancy rate 27.3% at the end of 2022-23 and 15.8% at the end of "
              "2023-24 (the Q4 figures)", _PRESS),
    "K1.35": ("487 children supported by Family Help in 2020-21 (the year's total)", _NEWS),
    "DEM.01": ("31,323 contacts in 2019-20 and 37,503 in 2020-21 (the years' totals)", _NEWS),
    "DEM.02": ("25,323 contacts and referrals to the MASH in 2022-23 and 28,460 in 2023-24 "
               "(the years' totals)", _PRESS),
    "DEM.03": ("2,594 referrals in 2019-20 and 4,690 in 2020-21 (the years' totals)", _NEWS),
    "DEM.04": ("2,218 well-being assessments in 2019-20 and 2,651 in 2020-21 (the years' "
               "totals)", _NEWS),
    "DEM.08": ("399 children added to the child protection register in 2019-20 and 648 in "
               "2020-21 (the years' totals)", _NEWS),
    "PLA.01": ("109 children in residential care in 2019-20 and 151 in 2022-23 (the Q4 "
               "figures)", _PRESS),
}


def _source(code: str) -> str:
    published = PUBLISHED_SOURCES.get(code)
    if published is None:
        return f"{ILLUSTRATIVE}: generated for the Craffu sample pack; not Cardiff's figures."
    what, who = published
    return (f"Published: {what} (as reported by: {who}). {ILLUSTRATIVE}: every other period, "
            "and the split of published annual totals into quarters.")


# -- targets --------------------------------------------------------------------------------
# Annual targets for 2019-20 .. 2024-25, for every measure with polarity higher or lower.

TARGETS: dict[str, tuple] = {
    "K1.18": (150, 150, 150, 145, 145, 150),
    "K1.19": (55, 58, 60, 60, 60, 58),
    "K1.20": (2, 2, 4, 8, 12, 16),
    "K1.21": (16, 16, 18, 18, 19, 19),
    "K1.22": (70, 70, 70, 75, 80, 80),
    "K1.23": (60, 60, 60, 60, 60, 60),
    "K1.24": (78, 78, 78, 78, 78, 78),
    "K1.25": (20, 20, 22, 24, 18, 12),
    "K1.32": (55, 55, 55, 55, 58, 60),
    "K1.33": (50, 50, 50, 52, 55, 55),
    "K1.34": (3500, 4000, 4500, 5000, 5500, 5500),
    "K1.35": (300, 450, 600, 800, 1000, 1200),
    "K1.36": (75, 75, 75, 78, 80, 80),
    "DEM.05": (85, 85, 85, 85, 85, 85),
    "DEM.06": (90, 90, 90, 90, 90, 90),
    "PLA.02": (6, 6, 6, 6, 6, "6.2"),
    "PEO.01": (35, 35, 40, 40, 40, 40),
    "PEO.02": (30, 30, 30, 30, 30, 30),
    "PEO.03": (30, 35, 40, 45, 40, 35),
    "PEO.04": (11, 11, 11, 11, 11, 11),
    "PEO.05": (2_000_000, 2_500_000, 3_500_000, 4_500_000, 4_000_000, 3_000_000),
    "PEO.06": (18, 18, 18, 18, 18, 18),
    "PRA.01": (90, 90, 90, 90, 90, 90),
    "PRA.02": (95, 95, 95, 95, 95, 95),
    "PRA.03": (95, 95, 95, 95, 95, 95),
    "PRA.04": (95, 95, 95, 95, 95, 95),
    "PRA.05": (95, 95, 95, 95, 95, 95),
    "PRA.06": (90, 90, 90, 90, 90, 90),
    "PRA.07": (85, 85, 85, 85, 85, 85),
    "PRA.08": (100, 100, 100, 100, 100, 100),
}

_CP_RATIONALE = "Corporate Plan {fy} target, agreed by Cabinet with the Corporate Plan."
_DDP_RATIONALE = "Directorate Delivery Plan {fy} target, set by the Children's Services " \
    "management team."

#: Management targets: (code, year) -> (trajectory q1..q4 or None, rationale). Rationale texts
#: may quote figures: {outturn} is the previous year's outturn.
MANAGEMENT: dict[tuple[str, int], tuple[tuple | None, str]] = {
    ("K1.25", 2024): (
        ("15", "14", "13", "12"),
        "Management target, calculated from the 2023-24 outturn of {outturn} (41 vacant posts in "
        "an establishment of 260). The Social Work Trainee Scheme cohort qualifying in 2024 "
        "(about 9 posts) and the international recruitment campaign (about 6 posts) are "
        "expected to fill about 15 posts, offset by 8 new posts funded in the 2024-25 budget: "
        "about 32 vacancies in 268 posts, 12%. The trajectory takes about one percentage point "
        "off the rate each quarter as the cohorts start."),
    ("K1.25", 2023): (
        None,
        "Management target, calculated from the 2022-23 outturn of {outturn}: the first cohort "
        "of the Social Work Trainee Scheme and a retention payment for experienced social "
        "workers were expected to bring the vacancy rate down by about a third, to 18%."),
    ("DEM.05", 2024): (
        ("80", "82", "84", "85"),
        "Management target. The 2023-24 outturn was {outturn}. The additional assessment team "
        "funded from April 2024 adds capacity of about 60 assessments a quarter which, at a "
        "demand of about 830 assessments a quarter, is expected to lift timeliness by one to "
        "two percentage points a quarter, reaching 85% by Q4."),
    ("PLA.02", 2024): (
        ("1.6", "3.1", "4.7", "6.2"),
        "Management target. Calculated from the children whose care plan at 1 April 2024 was "
        "reunification (about 95), less those expected to remain looked after following court "
        "decisions: about 88 children returning home out of about 1,420 looked after during "
        "the year, 6.2%. The figure is cumulative, so the trajectory adds about a quarter of "
        "the year's returns in each quarter."),
    ("PEO.01", 2024): (
        ("8", "18", "7", "7"),
        "Management target of 40 starters: the 2024 cohort of the Social Work Trainee Scheme "
        "(12, qualifying in September, so in Q2), international recruits (8) and experienced "
        "social workers from the rolling recruitment campaign (about 5 a quarter)."),
}

# -- generation helpers ---------------------------------------------------------------------


def _rng(name: str) -> random.Random:
    return random.Random(f"craffu-sample:{name}")


def _split(total: int, weights: Sequence[float], rng: random.Random,
           jitter: float = 0.03) -> list[int]:
    """``total`` split into whole parts in proportion to ``weights`` (jittered), summing
    exactly to ``total`` (largest remainder)."""
    w = [x * (1 + rng.uniform(-jitter, jitter)) for x in weights]
    scale = total / sum(w)
    raw = [x * scale for x in w]
    parts = [int(x) for x in raw]
    order = sorted(range(len(raw)), key=lambda i: raw[i] - parts[i], reverse=True)
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return parts


def _yearly(totals: Sequence[int], weights: Sequence[float], name: str,
            jitter: float = 0.03) -> list[int]:
    """Quarterly figures for every period from annual totals (exact sums)."""
    rng = _rng(name)
    out: list[int] = []
    for total in totals:
        out.extend(_split(total, weights, rng, jitter))
    return out


def _path(anchors: dict[int, float], name: str, jitter: float, n: int = 24) -> list[float]:
    """Quarter-end levels for quarter indices 0..n-1: linear between ``anchors`` (index -1
    allowed), with noise everywhere except at the anchors."""
    rng = _rng(name)
    keys = sorted(anchors)
    out: list[float] = []
    for i in range(n):
        if i in anchors:
            out.append(float(anchors[i]))
            continue
        lo = max(k for k in keys if k < i)
        hi = min(k for k in keys if k > i)
        level = anchors[lo] + (anchors[hi] - anchors[lo]) * (i - lo) / (hi - lo)
        out.append(level + rng.uniform(-jitter, jitter))
    return out


def _ints(values: Sequence[float]) -> list[int]:
    return [int(round(v)) for v in values]


def _ratio(levels: Sequence[float], dens: Sequence[int], name: str,
           spread: float = 2.0) -> list[tuple[int, int]]:
    """(numerator, denominator) per quarter around each year's percentage level."""
    rng = _rng(name)
    out = []
    for i, den in enumerate(dens):
        pct = levels[i // 4] + rng.uniform(-spread, spread)
        num = min(den, max(0, int(round(den * pct / 100))))
        out.append((num, den))
    return out


def _dens(lo: int, hi: int, name: str, growth: float = 0.0) -> list[int]:
    rng = _rng(name + ":den")
    return [int(round(rng.randint(lo, hi) * (1 + growth * (i // 4)))) for i in range(24)]


def _pct(num: int, den: int) -> Decimal:
    return Decimal(100) * num / den


def _d(number) -> Decimal:
    return Decimal(str(number))


# -- the figures ----------------------------------------------------------------------------

_DEMAND_SEASON = (0.245, 0.235, 0.265, 0.255)
_FLAT = (0.25, 0.25, 0.25, 0.25)


def _figures() -> tuple[dict[str, list], dict]:
    """Every indicator's 24 quarterly figures: an int/Decimal actual or a (num, den) pair,
    and the placement counts behind the snapshot."""
    f: dict[str, list] = {}

    # Children looked after: stock, starts and ends agree (index -1 is 31 March 2019).
    cla_path = _ints(_path({-1: 925, 3: 972, 7: 1065, 11: 1108, 15: 1150, 19: 1121, 23: 1094},
                           "cla", 6))
    starts = _yearly((340, 390, 345, 330, 300, 295), _FLAT, "starts", 0.12)
    ends = []
    previous = 925
    for i in range(24):
        end = starts[i] - (cla_path[i] - previous)
        if end < 30:
            starts[i] += 30 - end
            end = 30
        ends.append(end)
        previous = cla_path[i]
    f["DEM.10"], f["DEM.11"], f["DEM.12"] = cla_path, starts, ends

    population = (76_200, 76_600, 76_900, 77_100, 77_300, 77_400)
    f["DEM.15"] = [(Decimal(cla_path[i]) * 10_000 / population[i // 4]).quantize(Decimal("0.1"))
                   for i in range(24)]

    # Placements: the types add up to the children looked after.
    residential = _ints(_path({0: 104, 3: 109, 15: 151, 19: 147, 23: 139}, "residential", 2))
    in_house = [0] * 8 + [2, 3, 4, 4, 6, 6, 8, 8, 10, 10, 11, 12, 12, 13, 13, 14]
    la_foster = _ints(_path({0: 152, 15: 129, 19: 131, 22: 135, 23: 136}, "la_foster", 2))
    kinship = _ints(_path({0: 228, 23: 302}, "kinship", 4))
    parents = _ints(_path({0: 96, 23: 114}, "parents", 3))
    other = _ints(_path({0: 41, 23: 54}, "other", 2))
    ifa = [cla_path[i] - la_foster[i] - kinship[i] - residential[i] - parents[i] - other[i]
           for i in range(24)]
    regulated_ex_kin = [la_foster[i] + ifa[i] + residential[i] for i in range(24)]
    regulated = [regulated_ex_kin[i] + kinship[i] for i in range(24)]
    f["K1.18"] = la_foster
    f["K1.19"] = [(ifa[i], regulated_ex_kin[i]) for i in range(24)]
    f["K1.20"] = in_house
    f["K1.21"] = [(residential[i] - in_house[i], regulated_ex_kin[i]) for i in range(24)]
    f["PLA.01"] = residential
    in_cardiff = _path({0: 52.0, 23: 56.8}, "in_cardiff", 0.6)
    nearby = _path({0: 74.0, 23: 79.3}, "nearby", 0.6)
    f["K1.23"] = [(int(round(regulated[i] * in_cardiff[i] / 100)), regulated[i])
                  for i in range(24)]
    f["K1.24"] = [(int(round(regulated[i] * nearby[i] / 100)), regulated[i]) for i in range(24)]
    placements = {
        "LA foster carers": la_foster,
        "Independent foster agency": ifa,
        "Kinship": kinship,
        "Residential": residential,
        "Placed with parents": parents,
        "Other": other,
    }

    # Returned home: a flow (K1.22) and the cumulative percentage of children looked after
    # during the year (PLA.02).
    returned = _yearly((68, 61, 70, 74, 79, 84), _FLAT, "returned", 0.2)
    f["K1.22"] = returned
    f["PLA.02"] = []
    for y in range(6):
        at_start = 925 if y == 0 else cla_path[4 * y - 1]
        num = den = 0
        for q in range(4):
            num += returned[4 * y + q]
            den = at_start + sum(starts[4 * y: 4 * y + q + 1])
            f["PLA.02"].append((num, den))

    # Contacts, referrals and assessments.
    f["DEM.01"] = _yearly((31_323, 37_503, 36_120, 33_870, 35_240, 36_410), _DEMAND_SEASON,
                          "contacts")
    f["DEM.02"] = _yearly((22_940, 26_180, 24_760, 25_323, 28_460, 29_640), _DEMAND_SEASON,
                          "mash")
    f["DEM.03"] = _yearly((2_594, 4_690, 4_410, 4_260, 4_480, 4_620), _DEMAND_SEASON,
                          "referrals")
    f["DEM.04"] = _yearly((2_218, 2_651, 2_930, 3_060, 3_210, 3_340), _DEMAND_SEASON,
                          "assessments")
    f["DEM.05"] = _ratio((88, 84, 79, 75, 78, 83.5), f["DEM.04"], "wba42", 1.5)
    s47 = _yearly((720, 1_050, 940, 900, 880, 910), _DEMAND_SEASON, "s47")
    f["DEM.06"] = _ratio((91, 87, 83, 80, 81, 74), s47, "s47_10", 2.0)

    # Child protection register: stock, registrations and de-registrations agree.
    cpr = _ints(_path({-1: 265, 3: 310, 7: 480, 11: 420, 15: 390, 19: 360, 23: 375}, "cpr", 8))
    added = _yearly((399, 648, 560, 520, 490, 510), _DEMAND_SEASON, "cpr_added", 0.08)
    removed = []
    previous = 265
    for i in range(24):
        gone = added[i] - (cpr[i] - previous)
        if gone < 0:
            raise AssertionError("sample: child protection register figures do not agree")
        removed.append(gone)
        previous = cpr[i]
    f["DEM.07"], f["DEM.08"], f["DEM.09"] = cpr, added, removed
    alloc_rng = _rng("cp_allocation")
    f["PRA.08"] = []
    for i in range(24):
        short = 0 if i == 23 else alloc_rng.choice((0, 0, 0, 1, 2, 4))
        f["PRA.08"].append((cpr[i] - short, cpr[i]))

    f["DEM.13"] = _ints(_path({0: 2_350, 23: 2_680}, "care_support", 25))
    f["DEM.14"] = _ints(_path({0: 410, 23: 562}, "care_leavers", 6))

    # Corporate Plan: early help and care leavers.
    f["K1.34"] = _yearly((3_900, 4_800, 5_200, 5_650, 5_900, 6_120), _DEMAND_SEASON, "gateway")
    f["K1.35"] = _yearly((352, 487, 690, 880, 1_050, 1_140), _DEMAND_SEASON, "family_help")
    f["K1.36"] = _ratio((74, 76, 78, 80, 81, 83.5), _dens(110, 190, "distance", 0.05),
                        "distance", 2.0)
    f["K1.32"] = _ratio((50, 46, 48, 53, 55, 50.5), _dens(24, 36, "eet12"), "eet12", 2.0)
    f["K1.33"] = _ratio((45, 42, 47, 50, 53, 58), _dens(22, 34, "eet24"), "eet24", 2.0)

    # Workforce.
    posts = (235, 240, 248, 260, 260, 268)
    vacancy = _path({0: 22.5, 3: 24.0, 7: 26.5, 11: 31.2, 15: 27.3, 19: 15.8, 20: 15.0,
                     21: 14.2, 22: 13.1, 23: 12.7}, "vacancy", 0.8)
    f["K1.25"] = [(int(round(posts[i // 4] * vacancy[i] / 100)), posts[i // 4])
                  for i in range(24)]
    f["PEO.01"] = _yearly((38, 31, 27, 29, 41, 44), _FLAT, "starters", 0.25)
    f["PEO.02"] = _yearly((35, 42, 55, 49, 40, 38), _FLAT, "leavers", 0.25)
    f["PEO.03"] = _ints(_path({0: 34, 3: 38, 7: 52, 11: 68, 15: 71, 19: 49, 23: 38}, "agency", 3))
    sickness = _yearly((131, 118, 146, 152, 149, 142), (0.22, 0.2, 0.28, 0.3), "sickness", 0.05)
    f["PEO.04"] = [Decimal(tenths).scaleb(-1) for tenths in sickness]
    f["PEO.05"] = _yearly((2_080_000, 3_010_000, 4_620_000, 5_240_000, 3_930_000, 3_120_000),
                          _FLAT, "agency_spend", 0.06)
    caseload_rng = _rng("caseload")
    levels = (17.5, 19.8, 21.4, 22.0, 19.1, 17.2)
    f["PEO.06"] = [_d(round(levels[i // 4] + caseload_rng.uniform(-0.6, 0.6), 1))
                   for i in range(24)]

    # Practice: timeliness and plans.
    f["PRA.01"] = _ratio((92, 85, 88, 89, 90, 92.5), _dens(90, 130, "icpc"), "icpc", 2.0)
    f["PRA.02"] = _ratio((96, 95, 96, 97, 97, 97.5), _dens(150, 220, "cprc"), "cprc", 1.0)
    f["PRA.03"] = _ratio((90, 86, 88, 89, 89, 88), _dens(550, 650, "cla_reviews"),
                         "cla_reviews", 1.5)
    f["PRA.04"] = _ratio((91, 86, 88, 89, 90, 90.3), _dens(1_800, 2_500, "cpr_visits"),
                         "cpr_visits", 1.5)
    f["PRA.05"] = _ratio((88, 84, 82, 84, 85, 81.5), _dens(1_200, 1_500, "cla_visits"),
                         "cla_visits", 1.5)
    f["PRA.06"] = _ratio((88, 90, 91, 92, 92, 93.5), starts, "cla_plans", 2.0)
    f["PRA.07"] = _ratio((78, 70, 72, 68, 74, 71), _dens(30, 45, "pathway"), "pathway", 2.0)
    return f, placements


#: Notes on the values that carry published figures: (code, period) -> note.
_VALUE_NOTES = {
    ("K1.18", Period(2022, 4)): "Published: 129 children with local authority foster carers "
                                "in 2023 (local press, from council reports).",
    ("K1.25", Period(2022, 4)): "Published: vacancy rate 27.3% at the end of 2022-23 (local "
                                "press, from council reports).",
    ("K1.25", Period(2023, 4)): "Published: vacancy rate 15.8% at the end of 2023-24 (local "
                                "press, from council reports).",
    ("K1.35", Period(2020, 4)): "2020-21 total of 487 children supported by Family Help is "
                                "published (Cardiff Council news release); the quarterly split "
                                "is illustrative.",
    ("DEM.01", Period(2019, 4)): "2019-20 total of 31,323 is published (Cardiff Council news "
                                 "release); the quarterly split is illustrative.",
    ("DEM.01", Period(2020, 4)): "2020-21 total of 37,503 is published (Cardiff Council news "
                                 "release); the quarterly split is illustrative.",
    ("DEM.02", Period(2022, 4)): "2022-23 total of 25,323 is published (local press, from "
                                 "council reports); the quarterly split is illustrative.",
    ("DEM.02", Period(2023, 4)): "2023-24 total of 28,460 is published (local press, from "
                                 "council reports); the quarterly split is illustrative.",
    ("DEM.03", Period(2019, 4)): "2019-20 total of 2,594 is published (Cardiff Council news "
                                 "release); the quarterly split is illustrative.",
    ("DEM.03", Period(2020, 4)): "2020-21 total of 4,690 is published (Cardiff Council news "
                                 "release); the quarterly split is illustrative.",
    ("DEM.04", Period(2019, 4)): "2019-20 total of 2,218 is published (Cardiff Council news "
                                 "release); the quarterly split is illustrative.",
    ("DEM.04", Period(2020, 4)): "2020-21 total of 2,651 is published (Cardiff Council news "
                                 "release); the quarterly split is illustrative.",
    ("DEM.08", Period(2019, 4)): "2019-20 total of 399 is published (Cardiff Council news "
                                 "release); the quarterly split is illustrative.",
    ("DEM.08", Period(2020, 4)): "2020-21 total of 648 is published (Cardiff Council news "
                                 "release); the quarterly split is illustrative.",
    ("PLA.01", Period(2019, 4)): "Published: 109 children in residential care in 2019-20 "
                                 "(local press, from council reports).",
    ("PLA.01", Period(2022, 4)): "Published: 151 children in residential care in 2022-23 "
                                 "(local press, from council reports).",
}


def _value_records(figures: dict[str, list]) -> list[r.Value]:
    out = []
    for code, series in figures.items():
        if len(series) != len(PERIODS):
            raise AssertionError(f"sample: {code} has {len(series)} figures")
        for period, figure in zip(PERIODS, series, strict=True):
            note = _VALUE_NOTES.get((code, period), "")
            if isinstance(figure, tuple):
                num, den = figure
                out.append(r.Value(code, period, numerator=_d(num), denominator=_d(den),
                                   note=note))
            else:
                out.append(r.Value(code, period, actual=_d(figure), note=note))
    return out


def _indicator_records() -> list[r.Indicator]:
    out = []
    positions: dict[str, int] = {}
    for (code, group, unit, polarity, aggregation, decimals, title, title_cy, definition,
         owner, extra) in INDICATORS:
        positions[group] = positions.get(group, 0) + 1
        out.append(r.Indicator(
            code=code, title=title, title_cy=title_cy, unit=unit, polarity=polarity,
            aggregation=aggregation, decimals=decimals, group=group, definition=definition,
            owner=owner, source=_source(code), position=positions[group], **extra,
        ))
    return out


def _target_records() -> list[r.Target]:
    out = []
    for code, annuals in TARGETS.items():
        for year, annual in zip(YEARS, annuals, strict=True):
            fy = Period(year, 1).fy.label
            rationale = (_CP_RATIONALE if code.startswith("K1.") else _DDP_RATIONALE).format(
                fy=fy)
            out.append(r.Target(code, year, annual=_d(annual), rationale=rationale))
    return out


def _management_targets(pack: Pack) -> list[r.Target]:
    out = []
    for (code, year), (trajectory, rationale) in MANAGEMENT.items():
        base = pack.target(code, year)
        outturn = evaluate(pack, code, Period(year - 1, 4))
        text = rationale.format(outturn=describe(pack.indicator(code), outturn.ytd))
        quarters = dict(zip(("q1", "q2", "q3", "q4"), (_d(t) for t in trajectory), strict=True)) \
            if trajectory else {}
        out.append(base.replace(management=True, rationale=text, **quarters))
    return out


# -- words ----------------------------------------------------------------------------------

#: Commentary for 2024-25 Q4 (English). Fields: {ytd} the year's figure, {target} the target,
#: {prev} last year's figure, {value} the Q4 figure.
COMMENTARY_Q4 = {
    "K1.18": "{ytd} children were with local authority foster carers at the end of March "
             "(target {target}; {prev} a year earlier). Foster Wales Cardiff approved 17 new "
             "fostering households in the year against 11 de-registrations, most of them "
             "retirements. Approvals at panel in Q3 did not take placements before the year "
             "end; a recruitment campaign aimed at carers for teenagers runs from April.",
    "K1.19": "{ytd} of children in regulated placements (excluding kinship) were with "
             "independent fostering agencies, better than the {target} target and {prev} a year "
             "earlier, as new local authority carers and in-house residential homes reduce "
             "reliance on agencies.",
    "K1.20": "{ytd} children were living in Cardiff Council's own children's homes at the end "
             "of the year against a target of {target}. Registration of the two new homes with "
             "Care Inspectorate Wales took longer than planned; both are now registered and "
             "will open in Q1 2025-26, adding eight places.",
    "K1.21": "{ytd} of children in regulated placements (excluding kinship) were in external "
             "residential care, just above the {target} target but an improvement on {prev} a "
             "year earlier. The delayed opening of two in-house homes held back the planned "
             "moves from external placements.",
    "K1.22": "{ytd} children returned home from care during the year, above the target of "
             "{target} ({prev} in 2023-24). The Reunification Framework is now used in every "
             "looked after review where a return home is part of the plan.",
    "K1.23": "{ytd} of children in regulated placements were placed in Cardiff against a "
             "target of {target}. Most children placed outside Cardiff are with independent "
             "fostering agencies or in specialist residential care; the Accommodation Strategy "
             "aims to bring more of them back as local capacity grows.",
    "K1.24": "{ytd} of children in regulated placements were placed in Cardiff or a "
             "neighbouring authority, above the {target} target.",
    "K1.25": "The social worker vacancy rate was {ytd} at the end of March against the "
             "management target of {target}. It has fallen every quarter this year, from 15.8% "
             "at the end of 2023-24 (published) and {prev} at the end of December. The second "
             "Social Work Trainee Scheme cohort qualified in September; eight new posts funded "
             "in the budget were added to the establishment, which slowed the fall.",
    "K1.32": "{ytd} of care leavers completed at least three consecutive months of education, "
             "employment or training in the 12 months after leaving care, below the {target} "
             "target ({prev} in 2023-24). The cohort is small, so a few young people move the "
             "percentage a long way. Bright Start traineeships were paused for part of the year "
             "while the scheme was re-commissioned; it restarted in January with 20 places.",
    "K1.33": "{ytd} of care leavers completed at least three consecutive months of education, "
             "employment or training 13 to 24 months after leaving care, above the {target} "
             "target.",
    "K1.34": "{ytd} people were supported through the Family Gateway in the year, above the "
             "target of {target} ({prev} in 2023-24).",
    "K1.35": "{ytd} people were supported by the Family Help teams in the year against a "
             "target of {target} ({prev} in 2023-24). Two vacant Family Help worker posts were "
             "filled in February, so capacity was below plan for most of the year.",
    "K1.36": "{ytd} of families whose Family Help support closed showed positive distance "
             "travelled, above the {target} target.",
    "DEM.01": "{ytd} contacts were received in the year ({prev} in 2023-24). Contacts from the "
              "police and schools rose most.",
    "DEM.02": "The MASH received {ytd} contacts and referrals in the year, up from {prev} in "
              "2023-24; Q4 is broken down by source and outcome in the contacts table.",
    "DEM.05": "{ytd} of well-being assessments were completed within 42 working days against "
              "the management target of {target} ({prev} in 2023-24). The additional "
              "assessment team has been fully staffed since July, but a rise in referrals over the "
              "winter held the Q4 figure at {value}.",
    "DEM.06": "{ytd} of section 47 enquiries were completed within 10 working days against a "
              "target of {target} ({prev} in 2023-24). Delays are mostly in arranging joint "
              "interviews with the police; a joint protocol with South Wales Police was agreed "
              "in March and a daily joint strategy meeting started in the MASH.",
    "DEM.07": "{ytd} children were on the child protection register at the end of March "
              "({prev} a year earlier).",
    "DEM.10": "{ytd} children were looked after at the end of March ({prev} a year earlier): "
              "fewer children started to be looked after than ceased.",
    "PLA.02": "{ytd} of children looked after during the year returned home, against the "
              "management target of {target}. See the key area report for the quarterly "
              "trajectory and actions.",
    "PEO.01": "{ytd} social workers started in the year, above the management target of "
              "{target}, including 12 newly qualified social workers from the trainee scheme "
              "and 8 international recruits.",
    "PEO.02": "{ytd} social workers left in the year against a target of no more than "
              "{target} ({prev} in 2023-24). Exit interviews cite workload and travel; the "
              "Workforce Strategy's retention actions (protected caseloads for newly qualified "
              "staff and a career progression framework) start in 2025-26.",
    "PEO.03": "{ytd} agency social workers were in post at the end of March against a target "
              "of {target} ({prev} a year earlier).",
    "PEO.04": "{ytd} per full-time equivalent were lost to sickness in the year "
              "against a target of {target}. Stress-related absence accounts for over a third "
              "of days lost; a wellbeing programme with Occupational Health started in "
              "January, and every long-term absence is reviewed monthly.",
    "PEO.05": "Spend on agency social workers was {ytd} in the year against a budget target "
              "of {target}, down from {prev} in 2023-24 as agency staff are replaced by "
              "permanent social workers.",
    "PEO.06": "The average caseload was {ytd} children per social worker, within the target "
              "of {target}.",
    "PRA.01": "{ytd} of initial child protection conferences were held on time against a "
              "target of {target}.",
    "PRA.02": "{ytd} of child protection review conferences were held on time against a target "
              "of {target}.",
    "PRA.03": "{ytd} of looked after reviews were held on time against a target of {target}. "
              "Late reviews were mostly rearranged at the request of the young person or "
              "family; the Independent Reviewing Officer service now books reviews six weeks "
              "ahead.",
    "PRA.04": "{ytd} of visits to children on the child protection register were on time "
              "against a target of {target}. Performance is monitored weekly at team level.",
    "PRA.05": "{ytd} of statutory visits to children looked after were on time against a "
              "target of {target} ({prev} in 2023-24). Most late visits were to children "
              "placed outside Cardiff. Visits are now scheduled in the case management system "
              "with a reminder to the team manager five working days before they are due, and "
              "overdue visits are reported to the Operational Manager weekly.",
    "PRA.06": "{ytd} of children starting to be looked after had a plan in place within 10 "
              "working days, above the {target} target.",
    "PRA.07": "{ytd} of pathway plans were in place within 3 months of the young person "
              "becoming eligible, against a target of {target} ({prev} in 2023-24). The "
              "Personal Adviser team carried two vacancies for most of the year; both are "
              "filled from April, and pathway planning now starts at the young person's 16th "
              "birthday review.",
    "PRA.08": "Every child on the child protection register was allocated to a social worker "
              "at the end of March ({ytd}).",
}

#: Welsh commentary for 2024-25 Q4, for a few indicators.
COMMENTARY_Q4_CY = {
    "K1.20": "Roedd {ytd} o blant yn byw yng nghartrefi plant Cyngor Caerdydd ei hun ar "
             "ddiwedd y flwyddyn, yn erbyn targed o {target}. Cymerodd cofrestru'r ddau gartref "
             "newydd gydag Arolygiaeth Gofal Cymru yn hirach na'r disgwyl; mae'r ddau wedi'u "
             "cofrestru bellach a byddant yn agor yn Chwarter 1 2025-26.",
    "K1.22": "Dychwelodd {ytd} o blant adref o ofal yn ystod y flwyddyn, yn uwch na'r targed "
             "o {target}.",
    "K1.25": "Roedd cyfradd y swyddi gwag ar gyfer gweithwyr cymdeithasol yn {ytd} ar "
             "ddiwedd mis Mawrth, yn erbyn y targed rheoli o {target}. Mae'r gyfradd wedi "
             "gostwng bob chwarter eleni.",
    "DEM.05": "Cwblhawyd {ytd} o'r asesiadau llesiant o fewn 42 diwrnod gwaith, yn erbyn y "
              "targed rheoli o {target}.",
    "PRA.05": "Gwnaed {ytd} o'r ymweliadau statudol â phlant sy'n derbyn gofal mewn pryd, yn "
              "erbyn targed o {target}. Roedd y rhan fwyaf o'r ymweliadau hwyr i blant sydd "
              "wedi'u lleoli y tu allan i Gaerdydd.",
}

#: Commentary for 2024-25 Q3.
COMMENTARY_Q3 = {
    "K1.18": "{ytd} children were with local authority foster carers at the end of December "
             "against a target of {target}. Five fostering households were approved at panel "
             "in the quarter but will not take placements until the new year.",
    "K1.20": "{ytd} children in in-house homes at the end of December against a target of "
             "{target}: registration of two new homes is still awaited.",
    "K1.25": "The vacancy rate fell to {ytd} at the end of December (Q3 trajectory {target}).",
    "DEM.06": "{ytd} of section 47 enquiries so far this year were completed within 10 "
              "working days against a target of {target}; the joint protocol with the police "
              "is being drafted.",
    "PEO.02": "{ytd} social workers have left so far this year against a pro-rata target of "
              "{target}.",
}

#: Why a measure was Red in earlier periods: short commentary for every Red status that has no
#: commentary of its own above, so that the papers of any period have commentary for every Red.
HISTORIC_REASONS = {
    "K1.18": "Fewer new foster carers were approved than left, mostly through retirement.",
    "K1.19": "Agency foster placements were used where no local authority carer was available.",
    "K1.20": "The in-house children's homes of the Accommodation Strategy had not yet opened.",
    "K1.21": "There were too few local placements for children with complex needs.",
    "K1.22": "Returns home depended on court timescales for discharging care orders.",
    "K1.23": "Most placements outside Cardiff were with agencies or in specialist residential "
             "care.",
    "K1.24": "Most placements outside the region were in specialist residential care.",
    "K1.25": "Recruitment did not keep pace with social workers leaving.",
    "K1.32": "The cohort is small, so a few young people move the percentage a long way.",
    "K1.33": "The cohort is small, so a few young people move the percentage a long way.",
    "K1.34": "Vacancies in the Family Gateway reduced capacity.",
    "K1.35": "Vacancies in the Family Help teams reduced capacity.",
    "K1.36": "Outcome measures were not recorded for every closed case.",
    "DEM.05": "The assessment teams carried vacancies while demand rose.",
    "DEM.06": "Joint interviews with the police took longer to arrange.",
    "PLA.02": "Returns home depended on court timescales for discharging care orders.",
    "PEO.01": "Too few qualified social workers applied for the posts advertised.",
    "PEO.02": "Social workers left for neighbouring authorities and agency work.",
    "PEO.03": "Agency social workers covered vacant posts.",
    "PEO.04": "Stress-related and long-term absence remained high.",
    "PEO.05": "Agency social workers covered vacant posts.",
    "PEO.06": "Vacancies raised the caseloads of permanent staff.",
}
_PRACTICE_REASON = "Staffing pressures in the teams concerned; performance is monitored weekly."
_COVID_REASON = "Restrictions during the COVID-19 pandemic affected the service."


FORECAST_OVERRIDE = r.ForecastOverride(
    "K1.18", Period(2024, 3), "unlikely",
    "the five households approved at panel in Q3 will not take placements before April "
    "because of matching timescales, so the year-end figure is expected to be about 136, "
    "below the 150 target",
)

KEY_AREAS = (
    # (name, title, title_cy, indicator, related, position template, actions)
    ("recruitment-retention",
     "Recruitment and retention of children's social workers",
     "Recriwtio a chadw gweithwyr cymdeithasol plant",
     "PEO.01", ["PEO.02", "PEO.06"],
     "{ytd} permanent social workers started in 2024-25 against the management target of "
     "{target}, and {PEO_02} left, so the service grew by {net} social workers. Five years ago "
     "starters and leavers were level; in 2021-22 and 2022-23 leavers far outnumbered "
     "starters.",
     "- Social Work Trainee Scheme: a third cohort of 14 trainees starts in September 2025.\n"
     "- International recruitment: a further 8 social workers from the 2025 campaign.\n"
     "- Retention: protected caseloads for newly qualified social workers; a career "
     "progression framework from senior practitioner to consultant social worker.\n"
     "- Exit interviews reviewed quarterly by the Workforce Board."),
    ("assessment-timeliness",
     "Timeliness of assessments",
     "Amseroldeb asesiadau",
     "DEM.05", ["DEM.06", "DEM.04"],
     "{ytd} of well-being assessments were completed within 42 working days in 2024-25 against "
     "the management target of {target} ({prev} in 2023-24). Section 47 enquiries completed "
     "within 10 working days fell to {DEM_06}. Demand has risen: {DEM_04} assessments were "
     "completed, against 2,218 in 2019-20.",
     "- The additional assessment team (funded from April 2024) is fully staffed.\n"
     "- A joint protocol with South Wales Police for section 47 joint interviews, and a daily "
     "joint strategy meeting in the MASH.\n"
     "- Weekly timeliness reports to team managers, with assessments at day 30 escalated."),
    ("returned-home",
     "Percentage of looked after children returned home from care during the year",
     "Canran y plant sy'n derbyn gofal a ddychwelodd adref o ofal yn ystod y flwyddyn",
     "PLA.02", ["K1.22"],
     "{ytd} of the children looked after during 2024-25 returned home ({K1_22} children), "
     "against the management target of {target} ({prev} in 2023-24).",
     "- The Reunification Framework is used in every looked after review where a return home "
     "is part of the plan.\n"
     "- Applications to discharge care orders are tracked monthly with Legal Services.\n"
     "- Family Help supports families for six months after a child returns home."),
    ("vacancies-agency",
     "Social worker vacancies and agency staff",
     "Swyddi gwag gweithwyr cymdeithasol a staff asiantaeth",
     "K1.25", ["PEO.03", "PEO.05"],
     "The permanent social worker vacancy rate was {ytd} at the end of March 2025 against the "
     "management target of {target}, down from 27.3% at the end of 2022-23 and 15.8% at the "
     "end of 2023-24. {PEO_03} agency social workers were in post, at a cost of {PEO_05} in "
     "the year.",
     "- Fill vacancies from the trainee scheme and international recruitment (see the "
     "recruitment and retention key area).\n"
     "- Convert long-standing agency workers to permanent contracts where they wish to.\n"
     "- Agency use approved only by the Assistant Director, reviewed monthly against the "
     "budget."),
)

_STATUS_PROGRESS = {
    "Green": "On track: the milestones for the quarter were met.",
    "Amber-Green": "Broadly on track; minor slippage that is being managed within the plan.",
    "Amber": "Some milestones slipped; recovery actions agreed by the management team.",
    "Red-Amber": "Significant slippage; the delivery plan is being revised.",
    "Red": "Off track: the commitment will not be delivered as planned.",
    "Complete": "Complete.",
    "Not started": "Not started: scheduled to begin later in the plan.",
    "Deferred": "Deferred by the management team; see the directorate delivery plan.",
}

#: (ref, title, title_cy, owner, due, statuses 2023-24 Q1..2024-25 Q4, special progress texts)
COMMITMENTS = (
    ("WBO1.01",
     "Deliver the Accommodation Strategy, increasing in-house residential provision in Cardiff",
     "Cyflawni'r Strategaeth Llety, gan gynyddu'r ddarpariaeth breswyl fewnol yng Nghaerdydd",
     "Assistant Director, Children's Services", dt.date(2025, 3, 31),
     ("Green", "Green", "Amber-Green", "Amber-Green", "Amber-Green", "Amber", "Amber",
      "Red-Amber"),
     {Period(2024, 4): "Two new children's homes were not registered with Care Inspectorate "
                       "Wales in time to open in 2024-25; both open in Q1 2025-26."}),
    ("WBO1.02",
     "Recruit more local authority foster carers through Foster Wales Cardiff",
     "Recriwtio mwy o ofalwyr maeth yr awdurdod lleol drwy Maethu Cymru Caerdydd",
     "Operational Manager, Fostering", dt.date(2025, 3, 31),
     ("Amber", "Amber", "Amber", "Amber", "Amber-Green", "Amber-Green", "Amber-Green", "Green"),
     {Period(2024, 4): "17 new fostering households approved in the year, the most for five "
                       "years."}),
    ("WBO1.03",
     "Implement the Workforce Strategy to recruit and retain social workers and reduce "
     "reliance on agency staff",
     "Gweithredu'r Strategaeth Gweithlu i recriwtio a chadw gweithwyr cymdeithasol a lleihau'r "
     "ddibyniaeth ar staff asiantaeth",
     "Head of Workforce Development, Children's Services", dt.date(2026, 3, 31),
     ("Red-Amber", "Amber", "Amber-Green", "Green", "Green", "Green", "Green", "Green"),
     {Period(2024, 4): "Vacancy rate down every quarter; see the key area report."}),
    ("WBO1.04",
     "Complete the review of the Family Gateway and Family Help services",
     "Cwblhau'r adolygiad o wasanaethau'r Porth Teuluoedd a Help i Deuluoedd",
     "Operational Manager, Early Help", dt.date(2025, 3, 31),
     ("Not started", "Green", "Green", "Green", "Green", "Green", "Green", "Complete"),
     {Period(2024, 4): "Review reported to Cabinet in March; its recommendations are in the "
                       "2025-26 delivery plan."}),
    ("WBO1.05",
     "Improve the timeliness of well-being assessments and section 47 enquiries",
     "Gwella amseroldeb asesiadau llesiant ac ymholiadau adran 47",
     "Operational Manager, Intake and Assessment", dt.date(2025, 3, 31),
     ("Amber", "Red-Amber", "Amber", "Amber", "Amber-Green", "Amber-Green", "Amber", "Amber"),
     {Period(2024, 4): "Well-being assessments improved; section 47 timeliness did not. A joint "
                       "protocol with South Wales Police was agreed in March."}),
    ("WBO1.06",
     "Return children safely home from care where that is in their interests, using the "
     "Reunification Framework",
     "Dychwelyd plant adref o ofal yn ddiogel pan fydd hynny er eu lles, gan ddefnyddio'r "
     "Fframwaith Ailuno",
     "Operational Manager, Looked After Children", dt.date(2025, 3, 31),
     ("Not started", "Not started", "Amber", "Amber", "Amber-Green", "Green", "Green", "Green"),
     {}),
    ("WBO1.07",
     "Embed the practice model and the quality assurance framework across Children's Services",
     "Ymgorffori'r model ymarfer a'r fframwaith sicrhau ansawdd ar draws y Gwasanaethau Plant",
     "Head of Quality Assurance, Children's Services", dt.date(2026, 3, 31),
     ("Green", "Green", "Green", "Green", "Green", "Green", "Amber-Green", "Green"),
     {}),
    ("WBO1.08",
     "Improve outcomes in education, employment and training for care leavers through Bright "
     "Start",
     "Gwella canlyniadau addysg, cyflogaeth a hyfforddiant i'r rhai sy'n gadael gofal drwy "
     "Dechrau Disglair",
     "Operational Manager, Personal Advisers", dt.date(2025, 3, 31),
     ("Amber", "Amber", "Amber", "Red-Amber", "Amber", "Red-Amber", "Red-Amber", "Red"),
     {Period(2024, 4): "Bright Start traineeships were paused while the scheme was "
                       "re-commissioned; it restarted in January with 20 places. The target "
                       "was not met (K1.32)."}),
    ("WBO1.09",
     "Open a regional residential assessment centre with Vale of Glamorgan Council",
     "Agor canolfan asesu breswyl ranbarthol gyda Chyngor Bro Morgannwg",
     "Assistant Director, Children's Services", dt.date(2026, 3, 31),
     ("Not started", "Not started", "Not started", "Not started", "Deferred", "Deferred",
      "Deferred", "Deferred"),
     {Period(2024, 1): "Deferred by the regional partnership board until capital funding is "
                       "confirmed."}),
)

#: Welsh progress texts for a few updates.
COMMITMENT_PROGRESS_CY = {
    ("WBO1.04", Period(2024, 4)): "Adroddwyd ar yr adolygiad i'r Cabinet ym mis Mawrth; mae "
                                  "ei argymhellion yng nghynllun cyflawni 2025-26.",
    ("WBO1.01", Period(2024, 4)): "Ni chafodd dau gartref plant newydd eu cofrestru gydag "
                                  "Arolygiaeth Gofal Cymru mewn pryd i agor yn 2024-25; bydd "
                                  "y ddau yn agor yn Chwarter 1 2025-26.",
}

BREAKDOWN_SOURCES = ("Police", "Education", "Health", "Self/family", "Other LA",
                     "Anonymous/other")
BREAKDOWN_SOURCES_CY = ("Heddlu", "Addysg", "Iechyd", "Hunan/teulu", "Awdurdod lleol arall",
                        "Dienw/arall")
BREAKDOWN_OUTCOMES = ("Advice & assistance", "Referred for assessment",
                      "Early help / Family Gateway", "No further action")
BREAKDOWN_OUTCOMES_CY = ("Cyngor a chymorth", "Atgyfeirio am asesiad",
                         "Help cynnar / Porth Teuluoedd", "Dim camau pellach")
_SOURCE_WEIGHTS = (0.38, 0.19, 0.16, 0.12, 0.06, 0.09)
#: Per outcome, how much each source leans towards it (multiplies the source weights).
_OUTCOME_TILT = (
    (1.0, 1.0, 1.0, 1.0, 1.0, 1.0),
    (1.2, 1.0, 1.1, 0.7, 1.3, 0.5),
    (0.6, 1.6, 1.3, 1.4, 0.8, 0.9),
    (1.3, 0.6, 0.7, 0.9, 0.9, 1.6),
)


def _breakdown(total: int, referred: int) -> list[list[int]]:
    """Contacts by source (rows) and outcome (columns) whose grand total is ``total`` and whose
    "Referred for assessment" column is ``referred``."""
    early = int(round(total * 0.22))
    nfa = int(round(total * 0.19))
    advice = total - referred - early - nfa
    rng = _rng("breakdown")
    columns = []
    for col_total, tilt in zip((advice, referred, early, nfa), _OUTCOME_TILT, strict=True):
        weights = [w * t for w, t in zip(_SOURCE_WEIGHTS, tilt, strict=True)]
        columns.append(_split(col_total, weights, rng, 0.05))
    return [[columns[c][row] for c in range(4)] for row in range(len(BREAKDOWN_SOURCES))]


def _narratives(fields: dict[str, str]) -> list[r.Narrative]:
    period = LATEST
    return [
        r.Narrative(
            "about-sample", period, "About this sample pack", "Ynglŷn â'r pecyn enghreifftiol",
            SAMPLE_NOTE + "\n\nPublished figures used: contacts 31,323 (2019-20) and 37,503 "
            "(2020-21); referrals 2,594 and 4,690; well-being assessments 2,218 and 2,651; "
            "children added to the child protection register 399 and 648; children supported "
            "by Family Help 487 (2020-21); contacts and referrals to the MASH 25,323 (2022-23) "
            "and 28,460 (2023-24); social worker vacancy rate 27.3% (end 2022-23) and 15.8% "
            "(end 2023-24); children in residential care 109 (2019-20) and 151 (2022-23); "
            "children with local authority foster carers 129 (2023).",
            SAMPLE_NOTE_CY, "", 0),
        r.Narrative(
            "accommodation", period, "Accommodation Strategy / Fostering update",
            "Diweddariad ar y Strategaeth Llety / Maethu",
            "Illustrative text for the sample pack.\n\n"
            "At the end of March {K1_20} children were living in the Council's own children's "
            "homes and {PLA_01} children were in residential care in total. Two further homes "
            "were registered with Care Inspectorate Wales in March and open in Q1 2025-26, "
            "adding eight places in Cardiff.\n\n"
            "Foster Wales Cardiff approved 17 new fostering households in the year; {K1_18} "
            "children were with local authority foster carers at the end of March. The "
            "recruitment campaign for 2025-26 concentrates on carers for teenagers and for "
            "brothers and sisters who need to live together.".format(**fields),
            "", G_PLACE, 1),
        r.Narrative(
            "workforce", period, "Workforce Strategy update",
            "Diweddariad ar y Strategaeth Gweithlu",
            "Illustrative text for the sample pack.\n\n"
            "The permanent social worker vacancy rate was {K1_25} at the end of March, down "
            "from 15.8% a year earlier and 27.3% two years earlier. {PEO_01} social workers "
            "started in the year and {PEO_02} left. The second cohort of the Social Work "
            "Trainee Scheme qualified in September and the third starts in September 2025.\n\n"
            "{PEO_03} agency social workers were in post at the end of March; spend on agency "
            "staff in the year was {PEO_05}. Sickness absence remains high at {PEO_04} per "
            "full-time equivalent, and a wellbeing programme with Occupational Health started "
            "in January.".format(**fields),
            "", G_PEOPLE, 2),
        r.Narrative(
            "practice", period, "Operating / Practice Model / Quality Assurance update",
            "Diweddariad ar y Model Gweithredu / Ymarfer / Sicrhau Ansawdd",
            "Illustrative text for the sample pack.\n\n"
            "The practice model is now used in every team, and the quality assurance framework "
            "completed its second full year of monthly case file audits: 62% of audited files "
            "were rated good or better. Audits found that plans for children placed outside "
            "Cardiff were less often reviewed on time, which matches the fall in statutory "
            "visits to children looked after on time ({PRA_05}).\n\n"
            "The Interventions Hub (Adolescent Resource Centre and Think Safe!) and the "
            "Reviewing Hub continue; step-downs following care and support plan reviews are "
            "reported to the committee in the Practice data.".format(**fields),
            "", G_PRACTICE, 3),
    ]


def _settings() -> r.ReportSettings:
    return r.ReportSettings(
        pack_title="Children's Services (sample)",
        organisation="Cardiff Council",
        organisation_cy="Cyngor Caerdydd",
        committee="Children & Young People Scrutiny Committee",
        committee_cy="Pwyllgor Craffu Plant a Phobl Ifanc",
        report_title="Children's Services Quarter 4 and Year-End Performance 2024/25",
        report_title_cy="Perfformiad y Gwasanaethau Plant: Chwarter 4 a Diwedd Blwyddyn 2024/25",
        meeting_date=dt.date(2025, 7, 15),
        report_date=dt.date(2025, 7, 8),
        signatory="Sample Signatory",
        signatory_role="Director of Governance & Legal Services",
        signatory_role_cy="Cyfarwyddwr Llywodraethu a Gwasanaethau Cyfreithiol",
        suppression_threshold=5,
        language="en",
        reason_text=(
            "The Children & Young People Scrutiny Committee is responsible for scrutinising the "
            "performance of Children's Services. This report sets out the Quarter 4 and "
            "year-end performance results for Children's Services for 2024/25."),
        reason_text_cy=(
            "Mae'r Pwyllgor Craffu Plant a Phobl Ifanc yn gyfrifol am graffu ar berfformiad y "
            "Gwasanaethau Plant. Mae'r adroddiad hwn yn nodi canlyniadau perfformiad y "
            "Gwasanaethau Plant ar gyfer Chwarter 4 a diwedd blwyddyn 2024/25."),
        background_text=(
            "The Performance Management Framework includes the production of quarterly "
            "performance reports designed to provide an overview of corporate and directorate "
            "performance. Effective scrutiny of performance is an important component of the "
            "Framework as it provides the opportunity to challenge performance levels, and "
            "helps focus on the delivery of Council priorities and targets.\n\n"
            "Each quarter, Members of this Committee receive a performance report from "
            "Children's Services. It includes the Corporate Plan Key Performance Indicators "
            "for Well-being Objective 1 (Cardiff is a great place to grow up), the demand on "
            "the service, and the data the Committee has requested under the strategy strands "
            "Shifting the Balance – Place, People and Practice, together with the four key "
            "areas the Committee asked to monitor closely: recruitment and retention of "
            "social workers, the timeliness of assessments, the percentage of looked after "
            "children returned home from care, and social worker vacancies and agency staff.\n\n"
            + SAMPLE_NOTE),
        background_text_cy=(
            "Mae Fframwaith Rheoli Perfformiad y Cyngor yn cynnwys llunio adroddiadau "
            "perfformiad chwarterol sy'n rhoi trosolwg o berfformiad corfforaethol a "
            "pherfformiad y gyfarwyddiaeth. Mae craffu effeithiol ar berfformiad yn rhan "
            "bwysig o'r Fframwaith, gan ei fod yn rhoi cyfle i herio lefelau perfformiad ac yn "
            "helpu i ganolbwyntio ar gyflawni blaenoriaethau a thargedau'r Cyngor.\n\n"
            + SAMPLE_NOTE_CY),
        way_forward_text=(
            "At this meeting, the Cabinet Member for Social Services (Children's) and the "
            "Director of Children's Services will be in attendance to answer any questions "
            "Members may wish to ask.\n\n"
            "Members may wish to review the information presented at the meeting and determine "
            "whether there are any comments, concerns or recommendations which they would like "
            "to pass on to the Cabinet Member and Director of Children's Services."),
        way_forward_text_cy=(
            "Efallai yr hoffai'r Aelodau adolygu'r wybodaeth a gyflwynir yn y cyfarfod a "
            "phenderfynu a oes unrhyw sylwadau, pryderon neu argymhellion yr hoffent eu "
            "trosglwyddo i'r Aelod Cabinet a Chyfarwyddwr y Gwasanaethau Plant."),
        legal_text=(
            "The Scrutiny Committee is empowered to enquire, consider, review and recommend but "
            "not to make policy decisions. As the recommendations in this report are to "
            "consider and review matters there are no direct legal implications. However, "
            "legal implications may arise if and when the matters under review are implemented "
            "with or without any modifications. Any report with recommendations for decision "
            "that goes to Cabinet/Council will set out any legal implications arising from "
            "those recommendations. All decisions taken by or on behalf of the Council must "
            "(a) be within the legal powers of the Council; (b) comply with any procedural "
            "requirement imposed by law; (c) be within the powers of the body or person "
            "exercising powers on behalf of the Council; (d) be undertaken in accordance with "
            "the procedural requirements imposed by the Council e.g. Scrutiny Procedure Rules; "
            "(e) be fully and properly informed; (f) be properly motivated; (g) be taken having "
            "regard to the Council's fiduciary duty to its taxpayers; and (h) be reasonable and "
            "proper in all the circumstances."),
        legal_text_cy=(
            "Mae gan y Pwyllgor Craffu y pŵer i ymholi, ystyried, adolygu ac argymell, ond nid "
            "i wneud penderfyniadau polisi. Gan mai ystyried ac adolygu materion yw "
            "argymhellion yr adroddiad hwn, nid oes goblygiadau cyfreithiol uniongyrchol. Fodd "
            "bynnag, gall goblygiadau cyfreithiol godi os a phan gaiff y materion dan sylw eu "
            "gweithredu, gyda neu heb unrhyw addasiadau. Bydd unrhyw adroddiad ag argymhellion "
            "i'w penderfynu sy'n mynd i'r Cabinet neu'r Cyngor yn nodi unrhyw oblygiadau "
            "cyfreithiol sy'n deillio o'r argymhellion hynny. Rhaid i bob penderfyniad a wneir "
            "gan y Cyngor neu ar ei ran (a) fod o fewn pwerau cyfreithiol y Cyngor; (b) "
            "cydymffurfio ag unrhyw ofyniad gweithdrefnol a osodir gan y gyfraith; (c) fod o "
            "fewn pwerau'r corff neu'r person sy'n arfer pwerau ar ran y Cyngor; (d) cael ei "
            "wneud yn unol â'r gofynion gweithdrefnol a osodir gan y Cyngor, e.e. Rheolau "
            "Gweithdrefn Craffu; (e) bod wedi'i hysbysu'n llawn ac yn briodol; (f) bod wedi'i "
            "gymell yn briodol; (g) cael ei wneud gan roi sylw i ddyletswydd ymddiriedol y "
            "Cyngor i'w drethdalwyr; ac (h) bod yn rhesymol ac yn briodol o dan yr holl "
            "amgylchiadau."),
        financial_text=(
            "There are no direct financial implications arising from this report. However, "
            "financial implications may arise if and when the matters under review are "
            "implemented with or without any modifications. These financial implications will "
            "need to be considered before any changes are implemented."),
        financial_text_cy=(
            "Nid oes goblygiadau ariannol uniongyrchol yn deillio o'r adroddiad hwn. Fodd "
            "bynnag, gall goblygiadau ariannol godi os a phan gaiff y materion dan sylw eu "
            "gweithredu, gyda neu heb unrhyw addasiadau. Bydd angen ystyried y goblygiadau "
            "ariannol hyn cyn gweithredu unrhyw newidiadau."),
        recommendation_text=(
            "The Committee is recommended to review the information provided in the report, "
            "its appendices and at the meeting, and provide any comments, concerns or "
            "recommendations to the Cabinet Member and Director of Children's Services."),
        recommendation_text_cy=(
            "Argymhellir bod y Pwyllgor yn adolygu'r wybodaeth a ddarperir yn yr adroddiad, ei "
            "atodiadau ac yn y cyfarfod, ac yn rhoi unrhyw sylwadau, pryderon neu argymhellion "
            "i'r Aelod Cabinet a Chyfarwyddwr y Gwasanaethau Plant."),
    )


# -- building -------------------------------------------------------------------------------


def _fields(pack: Pack, code: str, period: Period) -> dict[str, str]:
    """The figures a text may quote for ``code`` in ``period``, as the papers print them."""
    indicator = pack.indicator(code)
    status = evaluate(pack, code, period)
    return {
        "ytd": describe(indicator, status.ytd),
        "value": describe(indicator, status.value),
        "target": describe(indicator, status.target),
        "prev": describe(indicator, status.comparison),
    }


def _year_figures(pack: Pack) -> dict[str, str]:
    """Every indicator's figure for the latest year, keyed by code with ``_`` for ``.``
    (``{K1_25}`` in a text template)."""
    return {key[0].replace(".", "_"): _fields(pack, key[0], LATEST)["ytd"]
            for key in pack.keys("indicator")}


def _red_commentary(pack: Pack, written: set) -> list[r.Commentary]:
    """Short commentary for every Red status that has none yet."""
    out = []
    for period in PERIODS:
        for key in pack.keys("indicator"):
            code = key[0]
            if (code, period) in written:
                continue
            status = evaluate(pack, code, period)
            if status.rag != "Red":
                continue
            fields = _fields(pack, code, period)
            span = "The year" if period.quarter == 4 else "The year to date"
            reason = HISTORIC_REASONS.get(code, _PRACTICE_REASON)
            if period.year == 2020:
                reason = f"{_COVID_REASON} {reason}"
            out.append(r.Commentary(
                code, period,
                f"{span}: {fields['ytd']} against a target of {fields['target']}. {reason} "
                "Actions are in the Directorate Delivery Plan."))
    return out


def _texts(pack: Pack) -> list[r.Record]:
    """Everything that quotes figures, built from the figures already in ``pack``."""
    out: list[r.Record] = []
    for code, text in COMMENTARY_Q4.items():
        fields = _fields(pack, code, LATEST)
        welsh = COMMENTARY_Q4_CY.get(code, "")
        out.append(r.Commentary(code, LATEST, text.format(**fields), welsh.format(**fields)))
    q3 = Period(2024, 3)
    for code, text in COMMENTARY_Q3.items():
        out.append(r.Commentary(code, q3, text.format(**_fields(pack, code, q3))))
    out.append(FORECAST_OVERRIDE)
    out.extend(_red_commentary(pack, {c.key for c in out if c.kind == "commentary"}))

    year_figures = _year_figures(pack)
    for position, (name, title, title_cy, code, related, text, actions) in enumerate(
            KEY_AREAS, 1):
        fields = dict(year_figures)
        fields.update(_fields(pack, code, LATEST))
        starters = evaluate(pack, "PEO.01", LATEST).ytd
        leavers = evaluate(pack, "PEO.02", LATEST).ytd
        fields["net"] = str(starters - leavers)
        out.append(r.KeyArea(name, title, code, title_cy, text.format(**fields), "", actions,
                             "", list(related), position))

    for position, (ref, title, title_cy, owner, due, statuses, special) in enumerate(
            COMMITMENTS, 1):
        out.append(r.Commitment(ref, title, title_cy, owner, due, G_CP, position))
        periods = [Period(y, q) for y in (2023, 2024) for q in (1, 2, 3, 4)]
        for period, status in zip(periods, statuses, strict=True):
            progress = special.get(period, _STATUS_PROGRESS[status])
            out.append(r.CommitmentUpdate(ref, period, status, progress,
                                          COMMITMENT_PROGRESS_CY.get((ref, period), "")))

    mash = pack.value("DEM.02", LATEST).actual
    referred = pack.value("DEM.03", LATEST).actual
    out.append(r.Breakdown(
        name="contacts-source-outcome",
        title=f"Contacts and referrals to the MASH by source and outcome, {LATEST.label}",
        title_cy=("Cysylltiadau ac atgyfeiriadau i'r MASH yn ôl ffynhonnell a chanlyniad, "
                  f"{LATEST.fy.label} Chwarter {LATEST.quarter}"),
        period=LATEST,
        rows=list(BREAKDOWN_SOURCES), rows_cy=list(BREAKDOWN_SOURCES_CY),
        columns=list(BREAKDOWN_OUTCOMES), columns_cy=list(BREAKDOWN_OUTCOMES_CY),
        cells=_breakdown(int(mash), int(referred)),
        row_heading="Source of contact", column_heading="Outcome",
        indicator="DEM.02",
        note=(f"{ILLUSTRATIVE}. The grand total equals DEM.02 for {LATEST.label}; the "
              "'Referred for assessment' column equals DEM.03 for the same quarter."),
        position=1,
    ))
    return out


def _snapshot(placements: dict[str, list]) -> r.Snapshot:
    at_2016 = {"LA foster carers": 146, "Independent foster agency": 298, "Kinship": 128,
               "Residential": 56, "Placed with parents": 63, "Other": 31}
    march_2024 = 19  # quarter index of 2023-24 Q4
    return r.Snapshot(
        name="cla-placement-type",
        title="Children looked after by placement type",
        title_cy="Plant sy'n derbyn gofal yn ôl math o leoliad",
        categories=list(placements),
        categories_cy=["Gofalwyr maeth yr awdurdod lleol", "Asiantaeth maethu annibynnol",
                       "Gofal gan berthnasau", "Gofal preswyl", "Wedi'u lleoli gyda rhieni",
                       "Arall"],
        dates=["2016-03-31", "2024-03-31"],
        counts=[[at_2016[name], series[march_2024]] for name, series in placements.items()],
        group=G_PLACE,
        note=(f"{ILLUSTRATIVE}. The 31 March 2024 column adds up to DEM.10 for 2023-24 Q4, and "
              "its LA foster carers and residential rows equal K1.18 and PLA.01."),
        position=1,
    )


def build_sample(path: Path | str) -> None:
    """Create the sample pack at ``path`` (which must not exist yet)."""
    path = Path(path)
    pack = Pack.create(path)
    try:
        pack.user = BUILDER
        figures, placements = _figures()
        pack.apply(put(
            "Sample: figures",
            _settings(), *GROUPS, *_indicator_records(), *_value_records(figures),
            *_target_records(),
        ))
        pack.apply(put("Sample: targets", *_management_targets(pack)))
        latest = _year_figures(pack)
        pack.apply(put(
            "Sample: texts",
            *_texts(pack), _snapshot(placements), *_narratives(latest),
        ))
    except BaseException:
        pack.close()
        path.unlink(missing_ok=True)
        raise
    pack.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m model.sample",
        description="Build the Craffu sample pack (Cardiff Children's Services, illustrative "
                    "figures except the published ones) into a new pack file.",
    )
    parser.add_argument("out", type=Path, help="the pack file to create (must not exist)")
    args = parser.parse_args(argv)
    if args.out.exists():
        print(f"error: {args.out} already exists; choose another name", file=sys.stderr)
        return 1
    try:
        build_sample(args.out)
    except OSError as exc:
        print(f"error: cannot create {args.out}: {exc}", file=sys.stderr)
        return 1
    print(f"Sample pack written to {args.out}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
