"""What a pack needs from the place its records live: one interface, two back ends.

- ``model.store.PackFile``: one SQLite file (``*.craffu``), the embedded default; one editor at
  a time under the pack's lock (``model.lock``).
- ``model.server_store.ServerStore``: a schema in a PostgreSQL database, for a team
  (``postgresql://USER@HOST/DATABASE?pack=NAME``); several people at once, each record
  versioned, access enforced by the database (``model.server_schema``).

Both keep the same promises to ``Pack``: ``load`` returns every record (kind -> key -> record),
decoded strictly with the same codec (``model.store.codec_for``) and checked with
``model.validation.stored_problems``; ``write(label, user, changes)`` stores the changes and
their audit rows in one transaction or raises a ``PackFileError`` and stores nothing; ``audit``
reads the log newest first. A store that is ``shared`` (the server) also refuses a change based
on a stale read (``model.team.StaleRecord``) and hands over others' changes with ``pull``.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Protocol, runtime_checkable

from model import records as r
from model.address import ServerAddress, is_server_address, location
from model.store import AuditEntry

__all__ = ["Store", "SharedStore", "Change", "open_store", "create_store", "is_server_address"]

#: (kind, key, old record or None, new record or None)
Change = tuple[str, tuple, r.Record | None, r.Record | None]


@runtime_checkable
class Store(Protocol):
    """What ``Pack`` needs from a back end."""

    #: A file's Path, or a ServerAddress; both have ``.name`` (for messages) and ``.stem``.
    path: Path | ServerAddress
    read_only: bool
    #: True when several people may change the pack at once (see SharedStore).
    shared: bool
    #: Who the audit log will name, when the store decides (the database user); None when the
    #: pack gives it (the operating-system user).
    user: str | None

    def load(self) -> dict[str, dict[tuple, r.Record]]: ...

    def write(self, label: str, user: str, changes: Iterable[Change]) -> None: ...

    def audit(self, kind: str | None = None, key: tuple | None = None,
              limit: int | None = None) -> list[AuditEntry]: ...

    def close(self) -> None: ...


@runtime_checkable
class SharedStore(Store, Protocol):
    """A store several people change at once (the server)."""

    #: The pack revision this store's records are up to date with.
    revision: int

    def pull(self, force: bool = False) -> list[tuple[str, tuple, r.Record | None]]:
        """Records others changed since the last load or pull (None: deleted); without
        ``force``, only when the server has announced a change."""
        ...

    def serialised(self, purpose: str) -> AbstractContextManager[None]:
        """Hold the pack's import lock (one import at a time per pack) for the block."""
        ...

    def last_change(self, kind: str, key: tuple) -> AuditEntry | None: ...

    def fileno(self) -> int:
        """The connection's socket (readable when a change is announced)."""
        ...


def open_store(where, read_only: bool = False) -> Store:
    """Open the server store for a server address (file packs are opened by ``Pack.open``,
    which takes the file's lock first)."""
    if not is_server_address(where):
        raise ValueError(f"{where} is not a server address")
    from model.server_store import ServerStore

    return ServerStore.open(location(where), read_only=read_only)


def create_store(where) -> Store:
    """Create an empty server pack (its schema, tables and roles)."""
    if not is_server_address(where):
        raise ValueError(f"{where} is not a server address")
    from model.server_store import ServerStore

    return ServerStore.create(location(where))
