"""Several people on one pack: who may change what, and edits that would overwrite another's.

Rules:
- A change based on a stale read is refused, never silently written over another person's:
  ``StaleRecord`` names the record, who changed it, when, with what action, and what it holds
  now; the pack then pulls the current records in, so the user sees the new value and can enter
  theirs again.
- Undo undoes only your own change: the inverse of a change on a shared pack is a ``Reversal``
  that expects each record to be exactly as the change left it; if someone changed it since, the
  undo is refused (``StaleRecord``) and nothing is written.
- Who may change what (``Access``): a ``viewer`` nothing; a ``contributor`` figures and
  commentary of indicators in the groups assigned to it; an ``officer`` everything but whether a
  period is final; an ``approver`` (and the pack's owner) everything. These are checked here to
  give a clear reason before anything is sent, and enforced again by the database itself
  (``model.server_schema``), which also limits contributors to periods open for collection.
- A file pack's user is its ``owner``: one person, everything allowed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from model import records as r
from model.commands import Command
from model.errors import quote
from model.server_schema import APPROVER_KINDS, CONTRIBUTOR_KINDS
from model.store import PackFileError

if TYPE_CHECKING:
    from model.store import AuditEntry

#: A ``model.pack.Pack`` (not imported: the pack imports this module).
Pack = object

__all__ = ["Reversal", "StaleRecord", "NotPermitted", "Conflict", "Access", "check_shared",
           "describe", "FULL_ACCESS_ROLES"]

FULL_ACCESS_ROLES = ("owner", "approver")
_ROLE_ORDER = ("viewer", "contributor", "officer", "approver", "owner")


@dataclass(frozen=True)
class Reversal(Command):
    """The inverse of a change on a shared pack: ``expect`` holds (kind, key, record or None)
    as the change left them; applying it is refused if any has changed since."""

    expect: tuple = ()


@dataclass(frozen=True)
class Conflict:
    """A record changed by someone else since it was read."""

    kind: str
    key: tuple
    current: r.Record | None
    change: AuditEntry | None


def _what(kind: str, key: tuple) -> str:
    parts = " ".join(k.label if hasattr(k, "label") else str(k) for k in key)
    return f"{quote(parts)} ({kind.replace('_', ' ')})"


def describe(record: r.Record | None) -> str:
    """A record's filled-in fields in a line, e.g. 'actual 63, note from the MASH'."""
    if record is None:
        return "nothing (it was deleted)"
    shown = []
    for name, value in record.as_dict().items():
        if name in record.KEY or value in (None, "", [], False) or name == "position":
            continue
        shown.append(f"{name.replace('_', ' ')} {getattr(value, 'label', value)}")
    return quote(", ".join(shown) or "no figures", 120)


def _when(change: AuditEntry | None) -> str:
    if change is None:
        return "by someone else"
    at = change.at.replace("T", " ").replace("Z", " UTC")
    return f"by {change.user} at {at} (\u201c{quote(change.action, 60)}\u201d)"


class StaleRecord(PackFileError):
    """A change refused because someone else changed the record since it was read."""

    def __init__(self, conflicts: list[Conflict], undo: bool = False):
        self.conflicts = conflicts
        first = conflicts[0]
        what = _what(first.kind, first.key)
        if undo:
            text = (f"{what} was changed {_when(first.change)} after your change, so undoing "
                    f"it would overwrite theirs; it now holds {describe(first.current)}")
        else:
            text = (f"{what} was changed {_when(first.change)} since you read it; it now holds "
                    f"{describe(first.current)}. Your change was not saved: check the new value "
                    "and enter yours again if it should replace it")
        if len(conflicts) > 1:
            text += f" ({len(conflicts) - 1} more records were changed too)"
        super().__init__(text)


class NotPermitted(PackFileError):
    """A change the user's role on a server pack does not allow."""


@dataclass(frozen=True)
class Access:
    """What the connected user may do on a pack."""

    user: str
    role: str
    groups: frozenset = field(default_factory=frozenset)

    @property
    def read_only(self) -> bool:
        return self.role == "viewer"

    def at_least(self, role: str) -> bool:
        return _ROLE_ORDER.index(self.role) >= _ROLE_ORDER.index(role)

    def refusal(self, kind: str, group: str | None = None) -> str | None:
        """Why this user may not change a ``kind`` record (of an indicator in ``group``), or
        None when they may."""
        who = f"you ({self.user}) are"
        if self.role == "viewer":
            return (f"{who} a viewer of this pack: you can read it and print from it, but not "
                    "change it")
        if self.role == "contributor":
            if kind not in CONTRIBUTOR_KINDS:
                return (f"{who} a contributor: you enter figures and commentary; "
                        f"{kind.replace('_', ' ')} records are changed by an officer")
            if group not in self.groups:
                mine = ", ".join(f"'{quote(g)}'" for g in sorted(self.groups)) or "no group yet"
                return (f"the indicator is in group '{quote(group or '')}', and {who[4:]} a "
                        f"contributor for {mine}")
            return None
        if self.role == "officer" and kind in APPROVER_KINDS:
            return (f"{who} an officer: marking a period final or reopening it is for an "
                    "approver")
        return None


def _group_of(pack: Pack, kind: str, key: tuple) -> str | None:
    if kind in CONTRIBUTOR_KINDS:
        indicator = pack.indicator(key[0])
        return indicator.group if indicator else None
    return None


def _outside_collection(pack: Pack, changes: list) -> list[tuple[str, tuple, str]]:
    """A contributor's changes outside an open collection round, or after their group was
    submitted, with the reason (the database refuses them too)."""
    from model.collection import group_states, rounds

    open_rounds = {p for p, state in rounds(pack).items() if state == "open"}
    refused = []
    for kind, key, _old, _new in changes:
        period = key[1]
        if period not in open_rounds:
            refused.append((kind, key, f"{period.label} is not open for collection"))
            continue
        group = _group_of(pack, kind, key)
        state = group_states(pack, period).get(group, ("in progress",))[0]
        if state in ("submitted", "accepted"):
            refused.append((kind, key, f"'{quote(group or '')}' is {state} for "
                            f"{period.label}; an officer can return it for changes"))
    return refused


def check_shared(pack: Pack, command: Command, changes: list) -> None:
    """Refuse ``changes`` (from ``command``) on a shared pack when the user's role does not
    allow them (NotPermitted) or, for an undo, when a record changed since (StaleRecord)."""
    access: Access = pack.access
    refused = []
    for kind, key, _old, _new in changes:
        reason = access.refusal(kind, _group_of(pack, kind, key))
        if reason:
            refused.append((kind, key, reason))
    if not refused and access.role == "contributor":
        refused = _outside_collection(pack, changes)
    if refused:
        kind, key, reason = refused[0]
        more = f" ({len(refused) - 1} more changes refused too)" if len(refused) > 1 else ""
        raise NotPermitted(f"{_what(kind, key)} cannot be changed: {reason}{more}")
    if isinstance(command, Reversal):
        conflicts = [Conflict(kind, key, pack.get(kind, key), pack.store.last_change(kind, key))
                     for kind, key, expected in command.expect
                     if pack.get(kind, key) != expected]
        if conflicts:
            raise StaleRecord(conflicts, undo=True)
