"""What a pack accepts: the rules every record must meet before it is stored.

A record is checked against the pack as it would be after the whole command (``lookup`` sees the
command's other changes), so an import may add an indicator and its values together.
Problems name the record and field and say what is wrong in the users' words; the command is then
refused whole and nothing is stored.

Rules:
- Indicator: code and title are required; unit, polarity, aggregation, comparison and tolerance
  type come from the domain vocabularies; decimals 0-6; tolerance and sustain band not negative;
  an ``absolute`` tolerance needs a number; ``ratio`` aggregation needs a ``percent`` or ``ratio``
  unit (the value is computed from numerator and denominator). A formula (a calculated
  indicator, ``model.formula_values``) must be readable, name only indicators the pack has, never
  refer back to the indicator itself (directly or through other formulas), and divide when the
  aggregation is ``ratio``.
- Value: the indicator must exist; a calculated indicator's figures come from its formula and
  cannot be entered (a value with only a note is allowed); numerator and denominator come
  together; a denominator is above zero; neither is negative; a count is a whole number and
  not negative; a percent is 0-100 and its numerator is not above its denominator; an entered
  actual that differs from the value computed from numerator/denominator by more than half a
  unit in the last displayed decimal is refused (domain.md rule 1).
- Target: the indicator must exist; a trajectory has all four quarters or none; percent targets
  are 0-100.
- Commentary, forecast overrides: the indicator must exist; an override names likely / may /
  unlikely and gives a reason.
- Commitments: ref and title required; an update's commitment must exist and its status comes
  from the domain list.
- Breakdowns and snapshots: the table of figures has the shape of its labels; counts are whole
  numbers and not negative.
- Key areas: the indicator must exist.
- Budget lines: a line is named; budget and projected outturn are both given (the variance is
  computed).
- Figures of a period marked final are read-only until the period is reopened.

Every field of every record, whatever its kind (``_check_fields``): text is at most 32,767
characters (a spreadsheet cell's limit); every figure is finite, within ±10^12 and has at most 15
significant digits and 15 decimal places (``model.numbers.bounds_problem``); whole-number fields
hold whole numbers; tables of counts hold bounded numbers and labels within the text limit.
Messages quote at most 80 characters of a value, control characters escaped.

Two problems with a value are "for the checks" (``Problem.for_checks``): a percent outside 0-100
and a percent's numerator above its denominator. They are refused where an officer types them and
in a returned data-collection template, but an interchange import (figures from another system)
stores them with a warning, and ``check`` reports them as errors until they are corrected. Every
other problem is refused everywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from model import records as r
from model.errors import CraffuError, quote
from model.numbers import LARGEST, SIGNIFICANT_DIGITS, bounds_problem
from model.periods import Period

Lookup = Callable[[str, tuple], "r.Record | None"]

__all__ = ["Problem", "ValidationError", "validate_record", "computed_value", "TEXT_LIMIT"]

#: The longest text a field may hold: a spreadsheet cell's limit.
TEXT_LIMIT = 32_767


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one record: where (kind, key, field) and why."""

    kind: str
    key: tuple
    field: str
    message: str
    #: A figure that can be stored but must be corrected before publishing: the editor and the
    #: template import refuse it, the interchange import stores it with a warning, and the
    #: pre-publication checks report it as an error.
    for_checks: bool = False

    @property
    def where(self) -> str:
        key = " ".join(str(part) for part in self.key)
        return f"{self.kind.replace('_', ' ')} {key}" + (f", {self.field}" if self.field else "")

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


class ValidationError(CraffuError, ValueError):
    """A change refused because of the problems it lists; nothing was stored."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems[:5]) + (
            f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        ))


def computed_value(unit: str, numerator: Decimal | None, denominator: Decimal | None):
    """The value from numerator/denominator (percent: 100 × num / den; ratio: num / den), or
    ``None`` when the unit is not computed or either part is blank or the denominator is 0."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    if unit == "percent":
        return Decimal(100) * numerator / denominator
    if unit == "ratio":
        return numerator / denominator
    return None


def _fmt(number: Decimal) -> str:
    return format(number.normalize(), "f") if number == number.to_integral() else str(number)


def validate_record(record: r.Record, lookup: Lookup) -> list[Problem]:
    """All the problems with ``record`` (an empty list when it may be stored)."""
    checker = _CHECKS.get(record.kind)
    problems: list[Problem] = []

    def add(field: str, message: str, for_checks: bool = False) -> None:
        problems.append(Problem(record.kind, record.key, field, message, for_checks))

    if not _check_fields(record, add) and checker:
        checker(record, lookup, add)
    period = getattr(record, "period", None)
    if record.kind in _PERIOD_LOCKED_KINDS and isinstance(period, Period):
        state = lookup("period_state", (period,))
        if state is not None and state.final:
            add("", f"{period.label} is final; reopen the period to change its figures")
    return problems


_PERIOD_LOCKED_KINDS = {"value", "commentary", "forecast_override", "commitment_update",
                        "budget_line"}


def _text_problem(text: str) -> str | None:
    if len(text) > TEXT_LIMIT:
        return (f"'{quote(text)}' is longer than {TEXT_LIMIT:,} characters, the most a "
                "spreadsheet cell holds")
    return None


def _figure_problem(number) -> str | None:
    if isinstance(number, bool) or not isinstance(number, int | Decimal):
        return f"'{quote(number)}' is not a number"
    problem = bounds_problem(Decimal(number))
    return f"'{quote(number)}' {problem}" if problem else None


def _text_field(value) -> str | None:
    if type(value) is str and len(value) <= TEXT_LIMIT:
        return None
    return f"'{quote(value)}' is not text" if not isinstance(value, str) else _text_problem(value)


def _decimal_field(value) -> str | None:
    if type(value) is Decimal:  # the common case, checked without a call
        _sign, digits, exponent = value.as_tuple()
        if (isinstance(exponent, int) and len(digits) <= SIGNIFICANT_DIGITS
                and exponent >= -SIGNIFICANT_DIGITS and -LARGEST <= value <= LARGEST):
            return None
    return _figure_problem(value)


def _int_field(value) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return f"'{quote(value)}' is not a whole number"
    return _figure_problem(value)


_FIELD_CHECKS = {"text": _text_field, "decimal": _decimal_field, "int": _int_field,
                 "json": lambda value: list_problem(value)}
#: Per kind, the fields to check and how: worked out once.
_FIELDS_TO_CHECK = {
    cls: tuple((name, _FIELD_CHECKS[kind]) for name, kind in r.field_types(cls).items()
               if kind in _FIELD_CHECKS)
    for cls in r.ALL_KINDS
}


def _check_fields(record: r.Record, add) -> bool:
    """Check every field's type and bounds; True when something was wrong (the kind's own
    rules are then not run, as they assume sound fields)."""
    wrong = False
    for name, check in _FIELDS_TO_CHECK[type(record)]:
        value = getattr(record, name)
        if value is None:
            continue
        problem = check(value)
        if problem:
            add(name, problem)
            wrong = True
    return wrong


def list_problem(items) -> str | None:
    """Labels (text) and tables of counts (lists of numbers or blanks), bounded."""
    if not isinstance(items, list):
        return f"'{quote(items)}' is not a list"
    for item in items:
        if isinstance(item, list):
            problem = list_problem(item)
        elif item is None:
            problem = None
        elif isinstance(item, str):
            problem = _text_problem(item)
        else:
            problem = _figure_problem(Decimal(repr(item)) if isinstance(item, float) else item)
        if problem:
            return problem
    return None


def _need_indicator(record, lookup, add) -> r.Indicator | None:
    indicator = lookup("indicator", (record.code,))
    if indicator is None:
        add("code", f"there is no indicator with code '{record.code}'")
    return indicator


def _check_indicator(ind: r.Indicator, lookup, add) -> None:
    if not ind.code or ind.code != ind.code.strip():
        add("code", "a code is required and may not start or end with spaces")
    if not ind.title.strip():
        add("title", "a title is required")
    for name, allowed in (
        ("unit", r.UNITS),
        ("polarity", r.POLARITIES),
        ("aggregation", r.AGGREGATIONS),
    ):
        if getattr(ind, name) not in allowed:
            add(name, f"'{getattr(ind, name)}' is not one of {', '.join(allowed)}")
    if ind.compare_with is not None and ind.compare_with not in r.COMPARISONS:
        add("compare_with", f"'{ind.compare_with}' is not one of year, quarter")
    if ind.tolerance_type is not None and ind.tolerance_type not in r.TOLERANCE_TYPES:
        add("tolerance_type", f"'{ind.tolerance_type}' is not one of percent, absolute")
    if ind.decimals is not None and not 0 <= ind.decimals <= 6:
        add("decimals", f"{ind.decimals} decimals: use 0 to 6")
    if ind.tolerance is not None and ind.tolerance < 0:
        add("tolerance", "a tolerance cannot be negative")
    if ind.tolerance_type == "absolute" and ind.tolerance is None:
        add("tolerance", "an absolute tolerance needs a number")
    if ind.sustain_band is not None and ind.sustain_band < 0:
        add("sustain_band", "a sustain band cannot be negative")
    if ind.aggregation == "ratio" and ind.unit not in ("percent", "ratio"):
        add(
            "aggregation",
            f"ratio aggregation needs a percent or ratio unit (numerator and denominator), "
            f"not {ind.unit}",
        )
    if ind.formula:
        from model.formula_checks import formula_problems

        for message in formula_problems(ind, lookup):
            add("formula", message)


def _check_figure(indicator: r.Indicator, field: str, number: Decimal | None, add) -> None:
    if number is None:
        return
    if indicator.unit == "percent" and not 0 <= number <= 100:
        add(field, f"{_fmt(number)} is not a percentage from 0 to 100", for_checks=True)
    if indicator.unit == "count":
        if number < 0:
            add(field, f"{_fmt(number)}: a count cannot be negative")
        elif number != number.to_integral_value():
            add(field, f"{_fmt(number)}: a count must be a whole number")


def _check_value(value: r.Value, lookup, add) -> None:
    indicator = _need_indicator(value, lookup, add)
    num, den = value.numerator, value.denominator
    if (num is None) != (den is None):
        missing = "denominator" if den is None else "numerator"
        add(missing, f"a {missing} is needed with the "
            f"{'numerator' if den is None else 'denominator'}")
    for name, number in (("numerator", num), ("denominator", den)):
        if number is not None and number < 0:
            add(name, f"{_fmt(number)}: a {name} cannot be negative")
    if den is not None and den == 0:
        add("denominator", "the denominator is 0, so no value can be computed")
    if indicator is None:
        return
    if indicator.formula and (value.actual is not None or num is not None or den is not None):
        add("actual", f"{indicator.code} is calculated from its formula "
            f"({quote(indicator.formula)}); its figures cannot be entered")
        return
    _check_figure(indicator, "actual", value.actual, add)
    if indicator.unit == "percent" and num is not None and den is not None and num > den:
        add("numerator", f"the numerator {_fmt(num)} is above the denominator {_fmt(den)}",
            for_checks=True)
    computed = computed_value(indicator.unit, num, den)
    if computed is not None and value.actual is not None:
        decimals = indicator.display_decimals
        half_unit = Decimal(1).scaleb(-decimals) / 2
        if abs(value.actual - computed) > half_unit:
            shown = f"{computed:.{decimals}f}"
            add(
                "actual",
                f"the actual {_fmt(value.actual)} disagrees with {_fmt(num)} / {_fmt(den)} "
                f"= {shown}",
            )


def _check_target(target: r.Target, lookup, add) -> None:
    indicator = _need_indicator(target, lookup, add)
    quarters = target.trajectory_quarters
    if quarters and len(quarters) != 4:
        have = ", ".join(f"Q{q}" for q in quarters)
        add("trajectory", f"a quarterly trajectory needs all four quarters; it has {have} only")
    if indicator is not None:
        for name in ("annual", "q1", "q2", "q3", "q4"):
            number = getattr(target, name)
            if indicator.unit == "percent" and number is not None and not 0 <= number <= 100:
                add(name, f"{_fmt(number)} is not a percentage from 0 to 100")


def _check_commentary(item, lookup, add) -> None:
    _need_indicator(item, lookup, add)


def _check_override(item: r.ForecastOverride, lookup, add) -> None:
    _need_indicator(item, lookup, add)
    if item.forecast not in r.FORECASTS:
        add("forecast", f"'{item.forecast}' is not one of likely, may, unlikely")
    if not item.reason.strip():
        add("reason", "a forecast override needs a reason")


def _check_commitment(item: r.Commitment, lookup, add) -> None:
    if not item.ref.strip():
        add("ref", "a reference is required")
    if not item.title.strip():
        add("title", "a title is required")


def _check_commitment_update(item: r.CommitmentUpdate, lookup, add) -> None:
    if lookup("commitment", (item.ref,)) is None:
        add("ref", f"there is no commitment '{item.ref}'")
    if item.status not in r.COMMITMENT_STATUSES:
        add("status", f"'{item.status}' is not one of {', '.join(r.COMMITMENT_STATUSES)}")


def _check_counts(table: list, rows: int, columns: int, field: str, add) -> None:
    if len(table) != rows or any(len(row) != columns for row in table):
        add(field, f"the table must have {rows} rows of {columns} figures")
        return
    for row in table:
        for cell in row:
            if cell is None:
                continue
            if not isinstance(cell, int | float | Decimal) or isinstance(cell, bool):
                add(field, f"'{cell}' is not a number")
                return
            if cell < 0 or cell != int(cell):
                add(field, f"{cell}: counts are whole numbers, not negative")
                return


def _check_breakdown(item: r.Breakdown, lookup, add) -> None:
    if not item.title.strip():
        add("title", "a title is required")
    _check_counts(item.cells, len(item.rows), len(item.columns), "cells", add)
    if item.indicator and lookup("indicator", (item.indicator,)) is None:
        add("indicator", f"there is no indicator with code '{item.indicator}'")


def _check_snapshot(item: r.Snapshot, lookup, add) -> None:
    if not item.title.strip():
        add("title", "a title is required")
    _check_counts(item.counts, len(item.categories), len(item.dates), "counts", add)


def _check_key_area(item: r.KeyArea, lookup, add) -> None:
    if lookup("indicator", (item.indicator,)) is None:
        add("indicator", f"there is no indicator with code '{item.indicator}'")


def _check_budget_line(item: r.BudgetLine, lookup, add) -> None:
    if not item.line.strip() or item.line != item.line.strip():
        add("line", "a budget line needs a name, without spaces at either end")
    for name in ("budget", "projected_outturn"):
        if getattr(item, name) is None:
            add(name, f"a budget line needs its {name.replace('_', ' ')}")


def _check_settings(item: r.ReportSettings, lookup, add) -> None:
    if item.suppression_threshold < 0:
        add("suppression_threshold", "the suppression threshold cannot be negative")
    if item.default_tolerance < 0:
        add("default_tolerance", "a tolerance cannot be negative")
    if item.default_tolerance_type not in r.TOLERANCE_TYPES:
        add("default_tolerance_type", "use percent or absolute")
    if item.language not in r.LANGUAGES:
        add("language", "use en, cy or both")


_CHECKS = {
    "indicator": _check_indicator,
    "value": _check_value,
    "target": _check_target,
    "commentary": _check_commentary,
    "forecast_override": _check_override,
    "commitment": _check_commitment,
    "commitment_update": _check_commitment_update,
    "breakdown": _check_breakdown,
    "snapshot": _check_snapshot,
    "key_area": _check_key_area,
    "settings": _check_settings,
    "budget_line": _check_budget_line,
}


#: Kinds checked only for their fields' types and bounds when a pack is loaded (done by the
#: store's decoding): their own rules do not guard against failures later, and they are the
#: bulk of a pack, so checking them would double the time to open one.
_BULK_KINDS = {"value", "commentary"}


def stored_problems(records: dict[str, dict[tuple, r.Record]]) -> list[Problem]:
    """What is wrong with records read back from a pack file (whose fields the store has
    already decoded and bounded): every rule above for all but the bulk kinds (values,
    commentary), except the ones for the checks and the final-period lock. A pack saved by
    Craffu has none; anything found means the file was changed outside Craffu or damaged."""

    def lookup(kind: str, key: tuple) -> r.Record | None:
        return records.get(kind, {}).get(key)

    problems: list[Problem] = []
    for kind, items in records.items():
        checker = _CHECKS.get(kind)
        if checker is None or kind in _BULK_KINDS:
            continue
        for record in items.values():
            found: list[Problem] = []

            def add(field: str, message: str, for_checks: bool = False,
                    record=record, found=found) -> None:
                if not for_checks:
                    found.append(Problem(record.kind, record.key, field, message))

            checker(record, lookup, add)
            problems.extend(found)
    return problems
