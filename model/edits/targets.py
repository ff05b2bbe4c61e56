"""Annual targets, quarterly trajectories, management targets and their rationale.

Rules:
- Targets are kept per indicator and financial year (``year`` is the year's start, 2024 for
  2024-25); the first target entered for a year makes its record.
- A trajectory is all four quarters or none (domain.md rule 3): typed as four figures separated
  by semicolons (``model.edits.typed.parse_trajectory``), blank clears it.
- Percent targets are 0-100 and the other rules of ``model.validation`` apply when the command
  is applied.
"""

from __future__ import annotations

from typing import Any

from model.commands import Command, set_fields
from model.edits.typed import parse_trajectory
from model.periods import FinancialYear

__all__ = ["target_field", "trajectory_command"]


def target_field(pack, code: str, year: int, field: str, value: Any,
                 label: str | None = None) -> Command:
    """Set one field (annual, management, rationale, rationale_cy …) of ``code``'s target for
    the financial year starting in ``year``."""
    return set_fields(pack, "target", (code, year),
                      label=label or f"Edit {code} {year} {field}", **{field: value})


def trajectory_command(pack, code: str, year: int, text: str) -> Command:
    """Set (or, for blank ``text``, clear) ``code``'s quarterly trajectory for the year."""
    q1, q2, q3, q4 = parse_trajectory(text)
    return set_fields(pack, "target", (code, year),
                      label=f"Edit {code} {FinancialYear(year).label} trajectory",
                      q1=q1, q2=q2, q3=q3, q4=q4)
