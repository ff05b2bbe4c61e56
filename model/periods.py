"""Financial years, quarters and reporting periods.

Rules (domain.md):
- A financial year (FY) runs 1 April to 31 March and is labelled ``2023-24``; input may also say
  ``2023/24`` (or ``2023-2024``).
- Quarters: Q1 Apr-Jun, Q2 Jul-Sep, Q3 Oct-Dec, Q4 Jan-Mar of the FY.
- A period is labelled ``2023-24 Q4``; input may also be ``2023/24 Q4``, ``Q4 2023/24`` or
  ``Q4 2023-24``.
- The previous quarter of Q1 is Q4 of the previous FY; the same quarter last year is the same
  quarter of the previous FY.

Periods are the keys of most records, so hashing one and printing its label are on every
import's and every load's path: a period hashes to its running quarter number (``index``)
without building a tuple, and labels are made once per period and kept.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import total_ordering

from model.errors import CraffuError

__all__ = [
    "FinancialYear",
    "Period",
    "PeriodError",
    "parse_year",
    "parse_period",
]


class PeriodError(CraffuError, ValueError):
    """A financial year or period label that cannot be read."""


_YEAR_RE = re.compile(r"^\s*(?:FY\s*)?(\d{4})\s*[-/–]\s*(\d{2}|\d{4})\s*$", re.IGNORECASE)
_PERIOD_RES = (
    re.compile(r"^\s*(?P<year>.+?)\s+Q(?P<q>[1-4])\s*$", re.IGNORECASE),
    re.compile(r"^\s*Q(?P<q>[1-4])\s+(?P<year>.+?)\s*$", re.IGNORECASE),
)


_YEAR_LABELS: dict[int, str] = {}
_PERIOD_LABELS: dict[int, str] = {}


@total_ordering
@dataclass(frozen=True, slots=True)
class FinancialYear:
    """A financial year, identified by the calendar year in which it starts (2023 for 2023-24)."""

    start: int

    @property
    def label(self) -> str:
        label = _YEAR_LABELS.get(self.start)
        if label is None:
            label = _YEAR_LABELS[self.start] = f"{self.start}-{(self.start + 1) % 100:02d}"
        return label

    def __str__(self) -> str:
        return self.label

    def __lt__(self, other: FinancialYear) -> bool:
        return self.start < other.start

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.start, 4, 1)

    @property
    def last_day(self) -> dt.date:
        return dt.date(self.start + 1, 3, 31)

    def previous(self) -> FinancialYear:
        return FinancialYear(self.start - 1)

    def next(self) -> FinancialYear:
        return FinancialYear(self.start + 1)

    def quarters(self) -> list[Period]:
        """The four periods of the year, Q1 to Q4."""
        return [Period(self.start, q) for q in (1, 2, 3, 4)]

    @classmethod
    def containing(cls, day: dt.date) -> FinancialYear:
        return cls(day.year if day.month >= 4 else day.year - 1)


@total_ordering
@dataclass(frozen=True, slots=True)
class Period:
    """One quarter of a financial year: ``Period(2023, 4)`` is ``2023-24 Q4`` (Jan-Mar 2024)."""

    year: int  # the calendar year in which the financial year starts
    quarter: int

    def __post_init__(self) -> None:
        if self.quarter not in (1, 2, 3, 4):
            raise PeriodError(f"quarter must be 1 to 4, not {self.quarter}")

    def __hash__(self) -> int:  # equal periods have equal (year, quarter), so equal indexes
        return self.year * 4 + self.quarter

    @property
    def fy(self) -> FinancialYear:
        return FinancialYear(self.year)

    @property
    def label(self) -> str:
        index = self.year * 4 + self.quarter
        label = _PERIOD_LABELS.get(index)
        if label is None:
            label = _PERIOD_LABELS[index] = f"{self.fy.label} Q{self.quarter}"
        return label

    def __str__(self) -> str:
        return self.label

    def __lt__(self, other: Period) -> bool:
        return (self.year, self.quarter) < (other.year, other.quarter)

    @property
    def index(self) -> int:
        """A running number of quarters, so that differences count quarters."""
        return self.year * 4 + self.quarter - 1

    @classmethod
    def from_index(cls, index: int) -> Period:
        return cls(index // 4, index % 4 + 1)

    def previous(self) -> Period:
        """The previous quarter (Q4 of the previous FY for Q1)."""
        return Period.from_index(self.index - 1)

    def next(self) -> Period:
        return Period.from_index(self.index + 1)

    def same_quarter_last_year(self) -> Period:
        return Period(self.year - 1, self.quarter)

    def quarters_to_date(self) -> list[Period]:
        """Q1..this quarter of the same financial year."""
        return [Period(self.year, q) for q in range(1, self.quarter + 1)]

    @property
    def first_day(self) -> dt.date:
        month = 4 + 3 * (self.quarter - 1)
        year = self.year
        if month > 12:
            month -= 12
            year += 1
        return dt.date(year, month, 1)

    @property
    def last_day(self) -> dt.date:
        return self.next().first_day - dt.timedelta(days=1)

    @property
    def short_label(self) -> str:
        """``Q3 2023-24``, the form used on chart axes."""
        return f"Q{self.quarter} {self.fy.label}"

    @classmethod
    def containing(cls, day: dt.date) -> Period:
        fy = FinancialYear.containing(day)
        months_in = (day.month - 4) % 12
        return cls(fy.start, months_in // 3 + 1)


def parse_year(text: str) -> FinancialYear:
    """Read ``2023-24``, ``2023/24`` or ``2023-2024`` as a financial year.

    The second part must be the year after the first; anything else is a PeriodError naming
    what was given.
    """
    if isinstance(text, FinancialYear):
        return text
    match = _YEAR_RE.match(str(text))
    if not match:
        raise PeriodError(f"'{text}' is not a financial year (expected e.g. 2023-24)")
    start = int(match.group(1))
    end = match.group(2)
    expected = start + 1
    if (len(end) == 2 and int(end) != expected % 100) or (len(end) == 4 and int(end) != expected):
        raise PeriodError(
            f"'{text}' is not a financial year: {start} should be followed by "
            f"{expected % 100:02d} (e.g. {start}-{expected % 100:02d})"
        )
    return FinancialYear(start)


def parse_period(text: str) -> Period:
    """Read ``2023-24 Q4``, ``2023/24 Q4``, ``Q4 2023/24`` or ``Q4 2023-24`` as a period."""
    if isinstance(text, Period):
        return text
    raw = str(text)
    for pattern in _PERIOD_RES:
        match = pattern.match(raw)
        if match:
            try:
                fy = parse_year(match.group("year"))
            except PeriodError:
                break
            return Period(fy.start, int(match.group("q")))
    raise PeriodError(f"'{raw}' is not a period (expected e.g. 2023-24 Q4)")
