"""Changes to a pack as command objects: the one way anything in a pack changes.

A ``Command`` is a label (what the user did, e.g. "Edit K1.22 2023-24 Q3 actual") and an ordered
list of puts: (kind, key, new record or ``None`` to delete). ``Pack.apply`` validates the whole
command against the pack as it would be afterwards, stores it in one transaction with its audit
rows, and returns the inverse command, which undoes it exactly. The command line, import and the
editor's undo stack all go through ``Pack.apply``.

The builders here are the general ones: put and delete records, merge commands into one undo
step, set some fields of a record, delete an indicator with everything that belongs to it. The
edits users think in (a figure typed, a block pasted, a group renamed …) are built from these in
``model.edits``. Builders read the pack through ``Records`` (``get`` and ``keys``), which
``model.pack.Pack`` provides; this module does not import the pack, which imports it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from model import records as r

__all__ = [
    "Command",
    "Records",
    "put",
    "delete",
    "set_fields",
    "delete_indicator",
    "merge",
]


@dataclass(frozen=True)
class Command:
    """A named, ordered set of record puts and deletes, applied all-or-nothing."""

    label: str
    puts: tuple[tuple[str, tuple, r.Record | None], ...] = field(default_factory=tuple)

    def __bool__(self) -> bool:
        return bool(self.puts)

    def __len__(self) -> int:
        return len(self.puts)


class Records(Protocol):
    """What the builders read of a pack: a record by kind and key, and the keys of a kind."""

    def get(self, kind: str, key: tuple) -> r.Record | None: ...

    def keys(self, kind: str) -> Iterable[tuple]: ...


def put(label: str, *records: r.Record) -> Command:
    """Add or replace whole records."""
    return Command(label, tuple((rec.kind, rec.key, rec) for rec in records))


def delete(label: str, kind: str, *keys: tuple) -> Command:
    return Command(label, tuple((kind, tuple(key), None) for key in keys))


def merge(label: str, *commands: Command) -> Command:
    """One command doing all of ``commands`` in order (one undo step)."""
    return Command(label, tuple(p for c in commands for p in c.puts))


def set_fields(pack: Records, kind: str, key: tuple, label: str | None = None,
               **changes: Any) -> Command:
    """Change some fields of a record; a record that does not exist yet is created from its key
    (e.g. the first figure entered for a period)."""
    cls = r.KINDS[kind]
    current = pack.get(kind, key)
    if current is None:
        current = cls(**dict(zip(cls.KEY, key, strict=True)), **changes)
    else:
        current = current.replace(**changes)
    if label is None:
        names = ", ".join(changes)
        label = f"Edit {' '.join(str(k) for k in key)} {names}"
    return Command(label, ((kind, tuple(key), current),))


def delete_indicator(pack: Records, code: str) -> Command:
    """Delete an indicator with its values, targets, commentary and forecast overrides."""
    puts: list[tuple[str, tuple, r.Record | None]] = []
    for cls in r.INDICATOR_CHILD_KINDS:
        for key in pack.keys(cls.kind):
            if key[0] == code:
                puts.append((cls.kind, key, None))
    puts.append(("indicator", (code,), None))
    return Command(f"Delete indicator {code}", tuple(puts))
