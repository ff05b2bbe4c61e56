"""Copying a pack between a file and a server, either way (``main.py copy SRC DST``).

A team starts from an officer's file (file -> server); an officer takes a copy offline
(server -> file); file -> file and server -> server work too.

Rules:
- The source is only read. The destination is created new (an existing file or server pack is
  never overwritten) and every record is written in one command, so the copy is whole or not
  there: a copy that fails is removed again.
- The copy holds the same records (``records_of`` compares equal on both). Its history starts
  with the copy ("Copy of SOURCE"): the source's audit log stays with the source.
- Figures the pre-publication checks report (stored with a warning by an import) are copied as
  they are; the checks go on reporting them in the copy.
"""

from __future__ import annotations

from model import records as r
from model.address import is_server_address, location
from model.commands import Command
from model.errors import CraffuError

__all__ = ["copy_pack", "records_of"]


def records_of(pack) -> dict[str, dict[tuple, r.Record]]:
    """Every record of ``pack``, by kind and key (for comparing two packs)."""
    return {kind: {key: pack.get(kind, key) for key in pack.keys(kind)} for kind in r.KINDS}


def copy_pack(source, destination) -> int:
    """Copy the pack at ``source`` to a new pack at ``destination``; returns how many records
    were copied."""
    from model.pack import Pack

    source, destination = location(source), location(destination)
    if str(source) == str(destination):
        raise CraffuError("the source and the destination are the same pack")
    with Pack.open(source, read_only=True) as original:
        puts = [(cls.kind, key, original.get(cls.kind, key))
                for cls in r.ALL_KINDS for key in original.keys(cls.kind)]
        label = f"Copy of {original.path.name}"
        copy = Pack.create(destination)
        try:
            copy.apply(Command(label, tuple(puts)), allow_for_checks=True)
        except BaseException:
            copy.close()
            _remove(destination)
            raise
        copy.close()
    return len(puts)


def _remove(destination) -> None:
    """Remove a copy that could not be completed."""
    if is_server_address(destination):
        from model.server_store import connect

        try:
            with connect(destination, "removed") as conn:
                conn.execute(f'DROP SCHEMA IF EXISTS "{destination.pack}" CASCADE')
        except Exception:  # noqa: BLE001 - the copy's own error is the one to report
            pass
        return
    try:
        destination.unlink()  # the lock file beside it stays, as lock files always do
    except OSError:
        pass
