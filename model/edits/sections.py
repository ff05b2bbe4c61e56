"""Narratives, key areas, commentary, commitments, report settings, and periods made final.

Rules:
- Narratives belong to a period: a new one needs a name not used in that period and goes last;
  "Carry forward" copies last period's narratives' headings (not their text) so that the same
  sections are written every quarter (an empty command when there is nothing to carry).
- A key area needs a title and an indicator (the first indicator by default); its name is made
  from the title and it goes last.
- Commentary is kept per indicator and period, English and Welsh; the first text written for a
  period makes its record.
- A commitment needs a reference no other commitment has. Its progress is kept with the
  period's status, so a status is chosen before progress is written (``InputError``).
- The report settings are one record; the first setting changed makes it from the defaults.
- Mark period final makes a period's figures and commentary read-only; Reopen allows changes
  again (``period_final``, the bare command). The officer's rules — refused while the checks
  report errors, reopening with a reason kept in the history — are ``model.edits.periods``.
"""

from __future__ import annotations

from typing import Any

from model import records as r
from model.commands import Command, put, set_fields
from model.edits.errors import EditError, InputError
from model.edits.fields import field_command, key_text
from model.edits.tables import unique_name
from model.errors import quote
from model.periods import Period

__all__ = ["add_narrative", "carry_forward_narratives", "add_key_area", "commentary_field",
           "add_commitment", "commitment_update_field", "settings_field", "SETTINGS_KEY",
           "period_final"]

#: The key of the pack's one ReportSettings record.
SETTINGS_KEY = ("report",)


def add_narrative(pack, name: str, period: Period, title: str = "") -> Command:
    """A new narrative ``name`` (headed ``title``, else its name) for ``period``, last."""
    name = (name or "").strip()
    if not name:
        raise EditError("a narrative needs a heading")
    new = r.Narrative(name=name, period=period, title=title or name)
    if pack.get("narrative", new.key) is not None:
        raise EditError(f"'{quote(name)}' already exists for {period.label}")
    position = sum(1 for n in pack.all("narrative") if n.period == period) + 1
    return put(f"Add narrative {name} {period.label}", new.replace(position=position))


def carry_forward_narratives(pack, period: Period) -> Command:
    """Last period's narratives' headings, blank, for ``period`` (those it does not have)."""
    before = period.previous()
    new = [n.replace(period=period, text="", text_cy="")
           for n in pack.all("narrative") if n.period == before]
    new = [n for n in new if pack.get("narrative", n.key) is None]
    return put(f"Carry forward narratives to {period.label}", *new)


def add_key_area(pack, title: str, indicator: str | None = None) -> Command:
    """A new key area titled ``title`` for ``indicator`` (default: the first indicator)."""
    title = (title or "").strip()
    codes = [ind.code for ind in pack.indicators()]
    code = indicator or (codes[0] if codes else "")
    if not title:
        raise EditError("a title is required")
    if not code:
        raise EditError("add an indicator first")
    areas = pack.all("key_area")
    name = unique_name({a.name for a in areas}, title)
    position = max((a.position for a in areas), default=0) + 1
    return put(f"Add key area {title}",
               r.KeyArea(name=name, title=title, indicator=code, position=position))


def commentary_field(pack, code: str, period: Period, field: str, text: str) -> Command:
    """Set ``code``'s commentary for ``period`` (``field`` ``text`` or ``text_cy``)."""
    return field_command(pack, "commentary", (code, period), field, text,
                         label=f"Edit {code} {period.label} commentary",
                         create=lambda key: r.Commentary(code=key[0], period=key[1]))


def add_commitment(pack, ref: str, title: str = "New commitment") -> Command:
    """A new commitment ``ref``, last in the list."""
    ref = (ref or "").strip()
    if not ref:
        raise EditError("a commitment needs a reference")
    if pack.get("commitment", (ref,)) is not None:
        raise EditError(f"there is already a commitment '{quote(ref)}'")
    position = pack.count("commitment") + 1
    return put(f"Add commitment {ref}", r.Commitment(ref=ref, title=title, position=position))


def commitment_update_field(pack, ref: str, period: Period, field: str, value: Any) -> Command:
    """Set ``field`` (status, progress, progress_cy) of commitment ``ref`` for ``period``."""
    if pack.get("commitment_update", (ref, period)) is None and field != "status":
        raise InputError(f"choose {ref}'s status for {period.label} first")
    return set_fields(pack, "commitment_update", (ref, period),
                      label=f"Edit {ref} {period.label} {field}", **{field: value})


def settings_field(pack, field: str, value: Any, label: str | None = None) -> Command:
    """Set one report setting or cover-report field."""
    return field_command(pack, "settings", SETTINGS_KEY, field, value,
                         label=label or f"Edit {key_text(SETTINGS_KEY)} {field}",
                         create=lambda key: r.ReportSettings())


def period_final(period: Period, final: bool) -> Command:
    """Mark ``period`` final (``final``) or reopen it."""
    label = f"{'Mark' if final else 'Reopen'} {period.label}{' final' if final else ''}"
    return put(label, r.PeriodState(period=period, final=final))
