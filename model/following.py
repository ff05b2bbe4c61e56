"""Following the saves another Craffu makes to a pack file this one has open read-only.

Rules:
- ``file_version(store)`` is the file's data version (SQLite's ``data_version``: it changes
  whenever another connection commits), or None for a store that is not a pack file opened
  read-only (nobody else can save to a pack open for editing; a server pack is followed by
  ``Pack.refresh`` through the server's announcements).
- ``reread(store, records)`` reads every record again in one transaction and puts the ones
  that changed into ``records`` (kind -> key -> record), returning the changes as
  ``(kind, key, old, new)``, as ``Pack.apply`` tells its subscribers.
"""

from __future__ import annotations

from model import records as r

__all__ = ["file_version", "reread"]


def file_version(store) -> int | None:
    if store.shared or not store.read_only or not hasattr(store, "data_version"):
        return None
    return store.data_version()


def reread(store, records: dict[str, dict[tuple, r.Record]]) -> list[tuple]:
    fresh = store.reload()
    changes: list[tuple] = []
    for kind in r.KINDS:
        now, before = fresh.get(kind, {}), records[kind]
        for key in before.keys() | now.keys():
            old, new = before.get(key), now.get(key)
            if old != new:
                changes.append((kind, key, old, new))
        records[kind] = now
    return changes
