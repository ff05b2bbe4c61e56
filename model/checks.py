"""Pre-publication checks for a period: what would be wrong or missing in the papers.

Each finding is an error (the papers would be wrong: ``check`` exits non-zero) or a warning (worth
a look). Rules:
- error: an indicator has no figure for the period ("missing actual");
- error: a Red status without commentary for the period;
- error: a stored figure that the pack's rules no longer accept — a numerator above its
  denominator for a percent, a percent outside 0-100, an actual that disagrees with its
  numerator/denominator, a count that is not a whole number (possible when an indicator's unit or
  decimals changed after figures were entered). The messages are those of ``model.validation``;
- error: a partial quarterly trajectory for the period's financial year;
- warning: no target for the year for an indicator with a polarity (its RAG shows n/a);
- warning: a ``ratio`` quarter with an actual but no numerator/denominator (left out of the YTD).
"""

from __future__ import annotations

from dataclasses import dataclass

from model.periods import Period
from model.validation import validate_record

__all__ = ["Finding", "check_period", "ERROR", "WARNING"]

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    severity: str
    code: str
    period: Period
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.code} {self.period.label}" + (f" {self.field}" if self.field else "")
        return f"{self.severity}: {where}: {self.message}"


def check_period(pack, period: Period) -> list[Finding]:
    """Every finding for ``period``, errors first, then in paper order."""
    from model.status import evaluate  # local: status imports validation, which is light

    findings: list[Finding] = []

    def add(severity: str, code: str, field: str, message: str) -> None:
        findings.append(Finding(severity, code, period, field, message))

    def lookup(kind, key):
        return pack.get(kind, key)

    for indicator in pack.indicators():
        code = indicator.code
        value = pack.value(code, period)
        has_figure = value is not None and (
            value.actual is not None
            or (value.numerator is not None and value.denominator is not None)
        )
        if not has_figure:
            add(ERROR, code, "actual", f"no figure entered for {period.label}")
        for q in period.quarters_to_date():
            stored = pack.value(code, q)
            if stored is None:
                continue
            for problem in validate_record(stored, lookup):
                if "is final" in problem.message:
                    continue
                add(ERROR, code, problem.field, f"{q.label}: {problem.message}")
            if (indicator.aggregation == "ratio" and stored.actual is not None
                    and (stored.numerator is None or stored.denominator is None)):
                add(WARNING, code, "numerator",
                    f"{q.label} has an actual but no numerator and denominator, so it is left "
                    "out of the year to date")
        target = pack.target(code, period.year)
        if target is not None and target.trajectory_quarters and target.trajectory is None:
            have = ", ".join(f"Q{q}" for q in target.trajectory_quarters)
            add(ERROR, code, "target",
                f"the {period.fy.label} trajectory has {have} only; it needs all four quarters")
        if indicator.polarity != "none" and (
            target is None or (target.annual is None and target.trajectory is None)
        ):
            add(WARNING, code, "target", f"no target for {period.fy.label}, so no RAG status")
        status = evaluate(pack, code, period)
        if status.rag == "Red":
            note = pack.commentary(code, period)
            if note is None or not (note.text.strip() or note.text_cy.strip()):
                add(ERROR, code, "commentary",
                    f"Red without commentary ({status.rag_explanation})")
    findings.sort(key=lambda f: 0 if f.severity == ERROR else 1)
    return findings
