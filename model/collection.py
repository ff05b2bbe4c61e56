"""A data-collection round on a server pack, in place of emailed templates.

An officer opens a period for collection; contributors enter the figures and commentary of
their groups' indicators for that period (``cells``) and mark their group submitted; the officer
watches the progress board (``progress``: group, contributors, state, figures entered, checks
outstanding) and accepts a group or returns it with a note, after which its contributors can
correct and submit again. The emailed data-collection template stays for services without
access.

Rules (enforced by the database as well as here, ``model.server_schema``):
- Opening and closing a round, accepting and returning a group are for officers and approvers.
- Contributors write only in a period whose round is open, only for their groups, and not once
  their group is submitted (until it is returned) or accepted. A final period takes no figures.
- A group's state is ``in progress`` (nothing submitted yet), ``submitted``, ``accepted`` or
  ``returned`` (with the officer's note). Returning needs a note that says what to correct.
- Every step is recorded in the pack's history (kind ``collection``) and announced to the open
  windows, like any other save.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from model.errors import CraffuError, quote
from model.periods import Period
from model.server_schema import table
from model.validation import TEXT_LIMIT

__all__ = ["CollectionError", "GroupProgress", "open_round", "close_round", "submit", "accept",
           "return_group", "progress", "rounds", "cells", "open_periods", "group_states"]

IN_PROGRESS = "in progress"


class CollectionError(CraffuError):
    """A collection step that cannot be taken now; the message says why."""


@dataclass(frozen=True)
class GroupProgress:
    """One line of the progress board."""

    group: str
    contributors: tuple[str, ...]
    state: str
    by: str
    at: str
    note: str
    entered: int  # indicators with a figure for the period
    indicators: int
    errors: int  # checks outstanding (errors)
    warnings: int


def _store(pack):
    if not pack.shared:
        raise CollectionError(f"{pack.path.name} is a file: data collection needs a server pack "
                              "(copy it to a server with main.py copy)")
    return pack.store


def _need(pack, role: str, doing: str) -> None:
    access = pack.access
    if not access.at_least(role):
        raise CollectionError(f"{doing} is for an {role}; you ({access.user}) are "
                              f"{'an' if access.role[0] in 'aeiou' else 'a'} {access.role}")


def _groups(pack) -> list[str]:
    names = [g.name for g in pack.groups()]
    return [n for n in names if any(i.group == n for i in pack.indicators())]


def rounds(pack) -> dict[Period, str]:
    """Every collection round: period -> 'open' or 'closed'."""
    from model.periods import parse_period

    store = _store(pack)
    return {parse_period(p): s for p, s in store.conn.execute(
        f"SELECT period, state FROM {table(store.schema, 'collection')}")}


def open_periods(pack) -> list[Period]:
    return sorted(p for p, s in rounds(pack).items() if s == "open")


def group_states(pack, period: Period) -> dict[str, tuple[str, str, str, str]]:
    """Each group's (state, by, at, note) for ``period``; a group not listed is in progress."""
    store = _store(pack)
    return {g: (s, b, a, n) for g, s, b, a, n in store.conn.execute(
        "SELECT group_name, state, by_user, to_char(at AT TIME ZONE 'UTC', "
        f"'YYYY-MM-DD HH24:MI \"UTC\"'), note FROM {table(store.schema, 'submission')} "
        "WHERE period = %s", (period.label,))}


def open_round(pack, period: Period, due: dt.date | None = None, note: str = "") -> str:
    """Open ``period`` for collection (or open it again)."""
    store = _store(pack)
    _need(pack, "officer", "Opening a period for collection")
    if pack.is_final(period):
        raise CollectionError(f"{period.label} is final; reopen it before collecting figures")
    if len(note) > TEXT_LIMIT:
        raise CollectionError("the note is too long")
    before = rounds(pack).get(period)
    if before == "open":
        raise CollectionError(f"{period.label} is already open for collection")

    def steps(conn) -> None:
        conn.execute(f"INSERT INTO {table(store.schema, 'collection')} (period, state, due, "
                     "note) VALUES (%s, 'open', %s, %s) ON CONFLICT (period) DO UPDATE SET "
                     "state = 'open', due = EXCLUDED.due, note = EXCLUDED.note",
                     (period.label, due, note))

    store.act(f"Open {period.label} for collection", steps,
              [("collection", period.label, "state", before, "open")])
    return f"{period.label} is open for collection"


def close_round(pack, period: Period) -> str:
    store = _store(pack)
    _need(pack, "officer", "Closing a collection round")
    if rounds(pack).get(period) != "open":
        raise CollectionError(f"{period.label} is not open for collection")
    store.act(f"Close {period.label} collection",
              lambda conn: conn.execute(f"UPDATE {table(store.schema, 'collection')} SET "
                                        "state = 'closed' WHERE period = %s", (period.label,)),
              [("collection", period.label, "state", "open", "closed")])
    return f"{period.label} collection is closed"


def _set_state(pack, period: Period, group: str, state: str, note: str, label: str) -> None:
    store = _store(pack)
    if rounds(pack).get(period) != "open":
        raise CollectionError(f"{period.label} is not open for collection")
    if group not in _groups(pack):
        raise CollectionError(f"there is no group '{quote(group)}' with indicators")
    if len(note) > TEXT_LIMIT:
        raise CollectionError("the note is too long")
    before = group_states(pack, period).get(group, (IN_PROGRESS,))[0]

    def steps(conn) -> None:
        conn.execute(f"INSERT INTO {table(store.schema, 'submission')} (period, group_name, "
                     "state, note) VALUES (%s, %s, %s, %s) ON CONFLICT (period, group_name) DO "
                     "UPDATE SET state = EXCLUDED.state, note = EXCLUDED.note, by_user = "
                     "session_user, at = now()", (period.label, group, state, note))

    store.act(label, steps, [("collection", f"{period.label} | {group}", "state", before,
                              state)])


def submit(pack, period: Period, group: str) -> str:
    """Mark ``group``'s figures for ``period`` submitted (its contributors, or an officer)."""
    access = pack.access
    if not access.at_least("officer") and group not in access.groups:
        raise CollectionError(f"you ({access.user}) do not contribute to '{quote(group)}'")
    state = group_states(pack, period).get(group, (IN_PROGRESS,))[0]
    if state in ("submitted", "accepted"):
        raise CollectionError(f"'{quote(group)}' is already {state} for {period.label}")
    _set_state(pack, period, group, "submitted", "", f"Submit {group} for {period.label}")
    return f"'{group}' is submitted for {period.label}"


def accept(pack, period: Period, group: str, note: str = "") -> str:
    _need(pack, "officer", "Accepting a group's figures")
    state = group_states(pack, period).get(group, (IN_PROGRESS,))[0]
    if state != "submitted":
        raise CollectionError(f"'{quote(group)}' is {state} for {period.label}: only a "
                              "submitted group can be accepted")
    _set_state(pack, period, group, "accepted", note, f"Accept {group} for {period.label}")
    return f"'{group}' is accepted for {period.label}"


def return_group(pack, period: Period, group: str, note: str) -> str:
    """Send ``group`` back to its contributors with ``note`` saying what to correct."""
    _need(pack, "officer", "Returning a group's figures")
    if not note.strip():
        raise CollectionError("say what to correct: returning a group needs a note")
    state = group_states(pack, period).get(group, (IN_PROGRESS,))[0]
    if state not in ("submitted", "accepted"):
        raise CollectionError(f"'{quote(group)}' is {state} for {period.label}: only a "
                              "submitted or accepted group can be returned")
    _set_state(pack, period, group, "returned", note, f"Return {group} for {period.label}")
    return f"'{group}' is returned for {period.label} with the note"


def cells(pack, period: Period) -> list:
    """The indicators whose figures the user enters for ``period``: a contributor's groups'
    (an officer's: all), in paper order."""
    access = pack.access
    if access.at_least("officer"):
        return pack.indicators()
    return [i for i in pack.indicators() if i.group in access.groups]


def progress(pack, period: Period) -> list[GroupProgress]:
    """The progress board for ``period``: one line per group with indicators."""
    from model.checks import ERROR, check_period

    store = _store(pack)
    contributors: dict[str, list[str]] = {}
    for user, group in store.conn.execute(
            f"SELECT db_user, group_name FROM {table(store.schema, 'contributor_group')} "
            "ORDER BY db_user"):
        contributors.setdefault(group, []).append(user)
    states = group_states(pack, period)
    findings = check_period(pack, period)
    board = []
    for group in _groups(pack):
        codes = {i.code for i in pack.indicators() if i.group == group}
        mine = [f for f in findings if f.code in codes]
        entered = sum(1 for code in codes if (v := pack.value(code, period)) is not None
                      and (v.actual is not None or v.numerator is not None))
        state, by, at, note = states.get(group, (IN_PROGRESS, "", "", ""))
        board.append(GroupProgress(
            group, tuple(contributors.get(group, ())), state, by, at, note, entered,
            len(codes), sum(1 for f in mine if f.severity == ERROR),
            sum(1 for f in mine if f.severity != ERROR)))
    return board
