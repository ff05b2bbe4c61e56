"""Large synthetic packs and interchange workbooks for the benchmarks (illustrative data only).

``generate_pack(path, indicators=500, years=10, seed=1)`` writes a pack with a realistic mix of
indicators: counts summed over the year (contacts, referrals), counts taken at the latest quarter
(children looked after), percentages from numerator and denominator aggregated as a ratio,
percentages entered as figures (vacancy rate, last or mean), days and rates (mean), spending
(currency, sum), ratios, and demand measures with polarity ``none``. Each indicator has a quarter
for every period of ``years`` financial years (a few quarters left unreported), annual targets for
most years (some with a quarterly trajectory, some management targets with a rationale), and
commentary on some periods. Every record is valid under ``model.validation``: the pack refuses
anything else, so a successful run proves it.

``generate_interchange_workbook(path, rows=20000, seed=1)`` writes an interchange workbook
(domain.md "Interchange format") with ``rows`` rows on its Values sheet and the Indicators they
belong to, using openpyxl directly so that it does not depend on the exporter.

The numbers are made up; nothing here is a council's published figure. The same seed always gives
the same pack and workbook.

Command line::

    python bench/generate.py pack OUT.craffu [--indicators N] [--years N] [--seed N]
    python bench/generate.py workbook OUT.xlsx [--rows N] [--seed N]
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from model import records as r  # noqa: E402
from model.numbers import round_half_away  # noqa: E402
from model.periods import Period  # noqa: E402

__all__ = ["generate_pack", "generate_interchange_workbook", "synthetic_records", "FIRST_YEAR"]

#: The first financial year of a generated pack (ten years run 2015-16 to 2024-25).
FIRST_YEAR = 2015

GROUPS = (
    ("Children's Services", "Gwasanaethau Plant"),
    ("Adult Services", "Gwasanaethau Oedolion"),
    ("Housing and Communities", "Tai a Chymunedau"),
    ("Education and Lifelong Learning", "Addysg a Dysgu Gydol Oes"),
    ("Planning, Transport and Environment", "Cynllunio, Trafnidiaeth a'r Amgylchedd"),
    ("Economic Development", "Datblygu Economaidd"),
    ("Resources", "Adnoddau"),
    ("Shifting the Balance – Place", "Symud y Cydbwysedd – Lle"),
)


@dataclass(frozen=True)
class Profile:
    """A kind of indicator: how it is measured, aggregated and what its figures look like."""

    name: str
    unit: str
    aggregation: str
    polarities: tuple[str, ...]
    weight: int
    low: float  # typical quarterly figure (or rate for percent/ratio with parts), lower end
    high: float
    parts: bool = False  # numerator and denominator given
    actual_with_parts: float = 0.0  # share of quarters that also give the rounded actual


PROFILES = (
    Profile("contacts", "count", "sum", ("none", "higher", "lower"), 16, 40, 9000),
    Profile("caseload", "count", "last", ("lower", "higher", "none"), 10, 20, 800),
    Profile("timeliness", "percent", "ratio", ("higher", "lower"), 22, 0.45, 0.98,
            parts=True, actual_with_parts=0.6),
    Profile("share", "percent", "last", ("higher", "lower"), 8, 5, 95),
    Profile("satisfaction", "percent", "mean", ("higher",), 6, 55, 95),
    Profile("days", "days", "mean", ("lower",), 10, 3, 120),
    Profile("rate", "rate", "mean", ("lower", "higher", "none"), 8, 0.5, 250),
    Profile("spend", "currency", "sum", ("lower", "none"), 8, 20_000, 3_000_000),
    Profile("ratio", "ratio", "ratio", ("higher", "lower"), 6, 0.3, 4.0,
            parts=True, actual_with_parts=0.3),
    Profile("average_count", "count", "mean", ("none", "higher"), 6, 10, 2000),
)

_WORDS = ("contacts", "referrals", "assessments", "reviews", "placements", "applications",
          "visits", "enquiries", "households", "pupils", "repairs", "inspections", "claims",
          "complaints", "cases", "plans", "journeys", "collections", "licences", "payments")
_TITLES = {
    "contacts": "Number of {w} received",
    "caseload": "Number of open {w} at the end of the quarter",
    "timeliness": "Percentage of {w} completed within timescale",
    "share": "Percentage of {w} with an up-to-date plan",
    "satisfaction": "Percentage of people satisfied with {w}",
    "days": "Average days to complete {w}",
    "rate": "Rate of {w} per 1,000 population",
    "spend": "Spend on {w} (£)",
    "ratio": "Ratio of {w} completed to {w} received",
    "average_count": "Average weekly {w}",
}


def _dec(number: float, places: int) -> Decimal:
    return round_half_away(Decimal(repr(number)), places)


def _periods(years: int) -> list[Period]:
    return [Period(FIRST_YEAR + y, q) for y in range(years) for q in (1, 2, 3, 4)]


def _indicator(rng: random.Random, number: int, profile: Profile) -> r.Indicator:
    group_index = number % len(GROUPS)
    word = rng.choice(_WORDS)
    code = f"K{group_index + 1}.{number + 1:03d}"
    fields: dict = {}
    roll = rng.random()
    if roll < 0.10:
        fields.update(tolerance=Decimal(rng.choice((5, 15, 20))))
    elif roll < 0.15:
        tolerance = Decimal(rng.choice((1, 2, 5)))
        fields.update(tolerance=tolerance, tolerance_type="absolute")
    if rng.random() < 0.10:
        fields.update(sustain_band=Decimal(rng.choice((1, 2, 5))))
    if rng.random() < 0.15:
        fields.update(compare_with="quarter")
    if profile.unit in ("percent", "rate", "days") and rng.random() < 0.05:
        fields.update(decimals=2)
    return r.Indicator(
        code=code,
        title=_TITLES[profile.name].format(w=word) + f" ({code})",
        title_cy=f"Dangosydd {code} (illustrative)",
        unit=profile.unit,
        polarity=rng.choice(profile.polarities),
        aggregation=profile.aggregation,
        group=GROUPS[group_index][0],
        definition=f"Illustrative synthetic indicator of {word} for the benchmarks.",
        owner=rng.choice(("Head of Service", "Operational Manager", "Performance Lead")),
        source=rng.choice(("Case management system", "Finance ledger", "Survey", "HR system")),
        position=number // len(GROUPS),
        **fields,
    )


def _values(rng: random.Random, ind: r.Indicator, profile: Profile,
            periods: list[Period]) -> Iterator[r.Value]:
    """One value per period (about 2% left unreported), with a gentle trend and seasonality."""
    d = ind.display_decimals
    base = rng.uniform(profile.low, profile.high)
    trend = rng.uniform(-0.02, 0.03)
    season = [rng.uniform(0.9, 1.1) for _ in range(4)]
    for i, period in enumerate(periods):
        if rng.random() < 0.02:
            continue
        level = base * (1 + trend) ** (i / 4) * season[period.quarter - 1]
        level *= rng.uniform(0.93, 1.07)
        note = "Includes a late return (illustrative)." if rng.random() < 0.01 else ""
        if profile.parts:
            denominator = Decimal(rng.randint(40, 4000))
            if ind.unit == "percent":
                share = min(max(level, 0.0), 1.0)
                numerator = Decimal(round(float(denominator) * share))
                computed = Decimal(100) * numerator / denominator
            else:
                numerator = Decimal(max(0, round(float(denominator) * level)))
                computed = numerator / denominator
            if rng.random() < 0.01:  # an actual without its parts (the checks flag it)
                yield r.Value(ind.code, period, actual=round_half_away(computed, d), note=note)
                continue
            actual = round_half_away(computed, d) if rng.random() < profile.actual_with_parts \
                else None
            yield r.Value(ind.code, period, actual=actual, numerator=numerator,
                          denominator=denominator, note=note)
            continue
        if ind.unit == "count":
            actual = Decimal(max(0, round(level)))
        elif ind.unit == "percent":
            actual = _dec(min(max(level, 0.0), 100.0), d)
        elif ind.unit == "currency":
            actual = _dec(level, 2 if rng.random() < 0.3 else 0)
        else:
            actual = _dec(level, d)
        yield r.Value(ind.code, period, actual=actual, note=note)


def _targets(rng: random.Random, ind: r.Indicator, values: list[r.Value],
             years: int) -> Iterator[r.Target]:
    """Annual targets for most years of indicators with a polarity; ~20% with a trajectory."""
    if ind.polarity == "none":
        return
    by_year: dict[int, list[r.Value]] = {}
    for value in values:
        by_year.setdefault(value.period.year, []).append(value)
    d = ind.display_decimals
    stretch = 1.03 if ind.polarity == "higher" else 0.97
    trajectory = rng.random() < 0.2
    for year in range(FIRST_YEAR, FIRST_YEAR + years):
        if rng.random() < 0.1 or not by_year.get(year):
            continue
        figures = []
        for v in by_year[year]:
            if v.numerator is not None:
                figures.append(float(v.numerator / v.denominator)
                               * (100 if ind.unit == "percent" else 1))
            elif v.actual is not None:
                figures.append(float(v.actual))
        if not figures:
            continue
        typical = sum(figures) / len(figures) * stretch * rng.uniform(0.95, 1.05)
        if ind.unit == "percent":
            typical = min(typical, 100.0)
        places = 0 if ind.unit in ("count", "currency") else d
        extra: dict = {}
        if rng.random() < 0.1:
            extra = dict(management=True,
                         rationale="Last year's outturn plus 3% (illustrative).")
        if ind.aggregation == "sum":
            annual = _dec(typical * 4, places)
            quarters = [_dec(typical * f, places) for f in (0.9, 1.0, 1.0, 1.1)]
        else:
            annual = _dec(typical, places)
            quarters = [_dec(typical * f, places) for f in (0.97, 0.98, 0.99, 1.0)]
            if ind.unit == "percent":
                quarters = [min(q, Decimal(100)) for q in quarters]
        if trajectory:
            yield r.Target(ind.code, year, annual=annual, q1=quarters[0], q2=quarters[1],
                           q3=quarters[2], q4=quarters[3], **extra)
        else:
            yield r.Target(ind.code, year, annual=annual, **extra)


def synthetic_records(indicators: int = 500, years: int = 10, seed: int = 1,
                      targets: bool = True, commentary: bool = True) -> list[r.Record]:
    """Every record of a synthetic pack: groups, indicators, values, targets, commentary."""
    rng = random.Random(seed)
    periods = _periods(years)
    latest = periods[-4:]
    records: list[r.Record] = [
        r.Group(name, name_cy=name_cy, position=i) for i, (name, name_cy) in enumerate(GROUPS)
    ]
    weights = [p.weight for p in PROFILES]
    for number in range(indicators):
        profile = rng.choices(PROFILES, weights)[0]
        ind = _indicator(rng, number, profile)
        values = list(_values(rng, ind, profile, periods))
        records.append(ind)
        records.extend(values)
        if targets:
            records.extend(_targets(rng, ind, values, years))
        if commentary:
            chatty = rng.random() < 0.3
            for period in periods:
                if (chatty and period in latest) or rng.random() < 0.03:
                    records.append(r.Commentary(
                        ind.code, period,
                        text=f"{ind.title} for {period.label}: performance reflects demand "
                             "in the quarter; actions are in place (illustrative).",
                        text_cy="Sylwebaeth enghreifftiol." if rng.random() < 0.5 else "",
                    ))
    return records


def generate_pack(path: Path | str, indicators: int = 500, years: int = 10,
                  seed: int = 1) -> Path:
    """Write a new synthetic pack at ``path`` (which must not exist) and return its path."""
    from model.commands import put
    from model.pack import Pack

    path = Path(path)
    records = synthetic_records(indicators, years, seed)
    settings = r.ReportSettings(
        pack_title=f"Synthetic benchmark pack ({indicators} indicators, {years} years)",
        organisation="Illustrative Council",
        committee="Illustrative Scrutiny Committee",
    )
    with Pack.create(path) as pack:
        pack.apply(put("Generate synthetic pack", settings, *records))
    return path


# -- the interchange workbook ---------------------------------------------------------------

INDICATOR_COLUMNS = ("code", "title", "title_cy", "definition", "definition_cy", "unit",
                     "polarity", "aggregation", "decimals", "group", "tolerance",
                     "tolerance_type", "sustain_band", "compare_with", "owner", "source")
VALUE_COLUMNS = ("code", "period", "actual", "numerator", "denominator", "note")


def _cell(value):
    """A record field as an interchange cell: numbers as numbers, blank as an empty cell."""
    if value is None or value == "":
        return None
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, Period):
        return value.label
    return value


def generate_interchange_workbook(path: Path | str, rows: int = 20000, seed: int = 1,
                                  shared_strings: bool = True) -> Path:
    """Write an interchange .xlsx with ``rows`` Values rows and their Indicators sheet; text in
    a shared-strings table as Excel saves it (``shared_strings=False``: openpyxl's inline
    strings, as Craffu's own exporter writes)."""
    from openpyxl import Workbook

    path = Path(path)
    years = 10
    per_indicator = years * 4
    count = math.ceil(rows / (per_indicator * 0.98)) + 1  # ~2% of quarters are unreported
    records = synthetic_records(count, years, seed, targets=False, commentary=False)
    indicators = [x for x in records if isinstance(x, r.Indicator)]
    values = [x for x in records if isinstance(x, r.Value)][:rows]
    used = {v.code for v in values}

    # A normal (not write-only) workbook, so that it carries what Excel writes: a <dimension>
    # element and shared strings. Without <dimension>, openpyxl's read-only mode parses each
    # sheet twice (once to find its size), which would double the floor and flatter the ratio.
    book = Workbook()
    sheet = book.active
    sheet.title = "Indicators"
    sheet.append(list(INDICATOR_COLUMNS))
    for ind in indicators:
        if ind.code in used:
            sheet.append([_cell(getattr(ind, name)) for name in INDICATOR_COLUMNS])
    sheet = book.create_sheet("Values")
    sheet.append(list(VALUE_COLUMNS))
    for value in values:
        sheet.append([_cell(getattr(value, name)) for name in VALUE_COLUMNS])
    book.save(path)
    if shared_strings:
        _share_strings(path)
    return path


_INLINE = re.compile(r'<c r="([A-Z]+[0-9]+)"((?: s="[0-9]+")?) t="inlineStr">'
                     r'<is><t(?: [^>]*)?>(.*?)</t></is></c>', re.DOTALL)
_SST_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
_SST_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"


def _share_strings(path: Path) -> None:
    """Rewrite openpyxl's inline strings as a shared-strings table, as Excel saves text.

    openpyxl (3.1) always writes ``t="inlineStr"`` cells, which openpyxl reads back more slowly
    (each becomes a rich-text object) than shared strings; a workbook filled in Excel has shared
    strings, so the benchmark reads what officers will actually send."""
    table: dict[str, int] = {}

    def share(match: re.Match) -> str:
        index = table.setdefault(match.group(3), len(table))
        return f'<c r="{match.group(1)}"{match.group(2)} t="s"><v>{index}</v></c>'

    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    for name in parts:
        if name.startswith("xl/worksheets/") and name.endswith(".xml"):
            parts[name] = _INLINE.sub(share, parts[name].decode("utf-8")).encode("utf-8")
    count = sum(parts[n].count(b't="s"') for n in parts if n.startswith("xl/worksheets/"))
    items = "".join(
        f'<si><t xml:space="preserve">{text}</t></si>' for text in table
    )
    parts["xl/sharedStrings.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'count="{count}" uniqueCount="{len(table)}">{items}</sst>'
    ).encode()
    rels = parts["xl/_rels/workbook.xml.rels"].decode("utf-8")
    parts["xl/_rels/workbook.xml.rels"] = rels.replace(
        "</Relationships>",
        f'<Relationship Type="{_SST_TYPE}" Target="sharedStrings.xml" Id="rIdSharedStrings" />'
        "</Relationships>",
    ).encode("utf-8")
    types = parts["[Content_Types].xml"].decode("utf-8")
    parts["[Content_Types].xml"] = types.replace(
        "</Types>",
        f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_SST_CONTENT}"/></Types>',
    ).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    p = sub.add_parser("pack", help="a synthetic .craffu pack")
    p.add_argument("out", type=Path)
    p.add_argument("--indicators", type=int, default=500)
    p.add_argument("--years", type=int, default=10)
    p.add_argument("--seed", type=int, default=1)
    w = sub.add_parser("workbook", help="a synthetic interchange .xlsx")
    w.add_argument("out", type=Path)
    w.add_argument("--rows", type=int, default=20000)
    w.add_argument("--seed", type=int, default=1)
    w.add_argument("--inline-strings", action="store_true",
                   help="keep openpyxl's inline strings (default: shared strings, as Excel)")
    args = parser.parse_args(argv)
    if args.out.exists():
        parser.error(f"{args.out} already exists; choose another name")
    if args.what == "pack":
        generate_pack(args.out, args.indicators, args.years, args.seed)
    else:
        generate_interchange_workbook(args.out, args.rows, args.seed,
                                      shared_strings=not args.inline_strings)
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
