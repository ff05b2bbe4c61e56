"""A pack on a PostgreSQL server: the shared back end of ``model.stores.Store``.

Rules:
- The records are those of a pack file, stored in the pack's schema (``model.server_schema``)
  and read back as the same text, then decoded and checked by the same codec and rules
  (``model.store.codec_for``, ``model.validation.stored_problems``): a value changed behind
  Craffu's back makes the pack "damaged", naming the record and field.
- There is no pack lock. Every save is one transaction that first moves the pack revision on by
  one (so saves to one pack take turns), then checks that every record it changes is still at
  the revision this store read it at (or still absent); if any is not, nothing is written and
  ``StaleRecord`` names who changed it, when, and what it holds now. Otherwise the rows are
  written with the new revision, with their audit rows (the database user), and the save is
  announced on the pack's channel (LISTEN/NOTIFY), all committed together.
- ``pull`` brings in others' saves since the last load or pull, read in one consistent snapshot:
  rows whose revision is newer, and the records the audit log says were deleted. It runs when a
  save has been announced (``force`` runs it regardless).
- ``serialised`` holds the pack's import lock (a session advisory lock, released by the server
  if the process dies), so imports into one pack run one at a time, each planned against the
  records as the previous one left them.
- Connection and server faults end in a ``ServerError``: one line naming the pack and what to
  do, never a traceback. A refused permission ends in ``NotPermitted``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from model import records as r
from model import server_schema as schema_rules
from model.address import ServerAddress
from model.errors import quote
from model.server_opening import inspect, migrate, user_access
from model.server_rows import RecordTable
from model.server_schema import channel, create_statements, table
from model.store import AuditEntry, PackFileError, key_text, record_summary
from model.store_codec import audit_filter
from model.team import Access, Conflict, NotPermitted, StaleRecord
from model.validation import stored_problems

__all__ = ["ServerStore", "ServerError", "connect", "PASSWORD_SOURCES"]

#: The first half of the advisory-lock key of every pack's import lock ("CRAF").
_LOCK_CLASS = 0x43524146

class ServerError(PackFileError):
    """The server could not be reached, or refused or failed a request; the message says what
    to do."""


def _one_line(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    text = "; ".join(lines) or type(exc).__name__
    return quote(text, 200)


def _fault(address: ServerAddress, exc: BaseException, doing: str) -> ServerError:
    import psycopg

    if isinstance(exc, psycopg.errors.InsufficientPrivilege):
        return NotPermitted(f"{address.name}: the database refused this ({_one_line(exc)}); "
                            "your role on the pack does not allow it")
    if isinstance(exc, psycopg.OperationalError):
        return ServerError(f"{address.name} could not be {doing}: {_one_line(exc)}. Check the "
                           "address, your password and the network, and that the server is "
                           "running; nothing was changed")
    return ServerError(f"{address.name} could not be {doing}: {_one_line(exc)}; nothing was "
                       "changed")


#: Where else a password may come from when an address has none, tried in order (the window
#: adds the system keyring, ``gui.server_pack``). Without one the driver itself looks in
#: libpq's password file (``~/.pgpass``), its service file and ``PGPASSWORD``, or the directory
#: lets the user in (GSSAPI/SSPI).
PASSWORD_SOURCES: list = []


def connect(address: ServerAddress, doing: str = "opened"):
    """A psycopg connection to the address's database (autocommit)."""
    import dataclasses

    import psycopg

    if address.password is None:
        for source in PASSWORD_SOURCES:
            password = source(address)
            if password:
                address = dataclasses.replace(address, password=password)
                break
    try:
        return psycopg.connect(address.conninfo, autocommit=True, connect_timeout=10,
                               application_name="Craffu")
    except psycopg.Error as exc:
        raise _fault(address, exc, doing) from None


class ServerStore:
    """An open server pack. Use ``create`` or ``open``; ``close`` when done."""

    shared = True

    def __init__(self, address: ServerAddress, conn, read_only: bool, access: Access,
                 revision: int):
        self.path = address
        self.address = address
        self.conn = conn
        self.access = access
        self.read_only = read_only or access.read_only
        self.user = access.user
        self.revision = revision
        self.schema = address.pack
        self._tables = {cls.kind: RecordTable(self.schema, cls) for cls in r.ALL_KINDS}
        self._versions: dict[tuple[str, tuple], int] = {}
        self._mine: set[int] = set()
        self._announced = False
        #: Others' saves brought in by the last pull: (at, user, action) newest last.
        self.news: list[tuple[str, str, str]] = []

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def create(cls, address: ServerAddress) -> ServerStore:
        """A new, empty pack in its own schema, with its tables, roles and row security. The
        user needs the right to create schemas in the database and roles in the cluster."""
        import psycopg

        conn = connect(address, "created")
        try:
            with conn.transaction():
                found = conn.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s",
                                     (address.pack,)).fetchone()
                if found:
                    raise PackFileError(f"{address.name} already exists; choose another pack "
                                        "name")
                conn.execute(f'CREATE SCHEMA "{address.pack}"')
                for statement in create_statements(address.pack, address.database):
                    conn.execute(statement)
        except psycopg.errors.InsufficientPrivilege as exc:
            conn.close()
            raise NotPermitted(
                f"{address.name} could not be created: {_one_line(exc)}. Creating a pack needs "
                "a database user who may create schemas in the database and roles (CREATEROLE); "
                "ask the database administrator"
            ) from None
        except psycopg.Error as exc:
            conn.close()
            raise _fault(address, exc, "created") from None
        except BaseException:
            conn.close()
            raise
        conn.close()
        return cls.open(address)

    @classmethod
    def open(cls, address: ServerAddress, read_only: bool = False) -> ServerStore:
        """Open an existing server pack, checking it is a Craffu pack this version reads."""
        import psycopg

        conn = connect(address)
        try:
            version, revision = inspect(conn, address)
            if version < schema_rules.SERVER_SCHEMA_VERSION:
                if read_only:
                    raise PackFileError(f"{address.name} was made by an older version of "
                                        "Craffu; open it for editing once to bring it up to "
                                        "date")
                migrate(conn, address, version)
            access = user_access(conn, address)
            conn.execute(f'LISTEN "{channel(address.pack)}"')
        except psycopg.Error as exc:
            conn.close()
            raise _fault(address, exc, "opened") from None
        except BaseException:
            conn.close()
            raise
        return cls(address, conn, read_only, access, revision)

    def close(self) -> None:
        self.conn.close()

    def fileno(self) -> int:
        return self.conn.fileno()

    # -- reading -----------------------------------------------------------------------------

    def load(self) -> dict[str, dict[tuple, r.Record]]:
        """Every record, by kind and key, from one consistent snapshot."""
        import psycopg

        everything: dict[str, dict[tuple, r.Record]] = {}
        versions: dict[tuple[str, tuple], int] = {}
        try:
            self._drain()
            with self._snapshot():
                revision = self._current_revision()
                for kind, spec in self._tables.items():
                    items: dict[tuple, r.Record] = {}
                    cursor = self.conn.execute(f"SELECT {spec.select}, revision FROM "
                                               f"{spec.name}")
                    for raw in cursor:
                        key, record = spec.record(raw[:-1])
                        items[key] = record
                        versions[(kind, key)] = raw[-1]
                    everything[kind] = items
        except ValueError as exc:
            raise PackFileError(f"{self.path.name} is damaged: {exc}; it was not changed") \
                from None
        except psycopg.Error as exc:
            raise _fault(self.address, exc, "read") from None
        problems = stored_problems(everything)
        if problems:
            raise PackFileError(f"{self.path.name} is damaged: {problems[0]}"
                                + (f" (and {len(problems) - 1} more)" if len(problems) > 1
                                   else "") + "; it was not changed")
        self._versions = versions
        self.revision = revision
        return everything

    @contextmanager
    def _snapshot(self) -> Iterator[None]:
        with self.conn.transaction():
            self.conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            yield

    def _current_revision(self) -> int:
        return self.conn.execute(f"SELECT revision FROM "
                                 f"{table(self.schema, 'craffu_pack')}").fetchone()[0]

    def audit(self, kind: str | None = None, key: tuple | None = None,
              limit: int | None = None) -> list[AuditEntry]:
        """Audit rows, newest first, optionally for one record."""
        import psycopg

        where, params = audit_filter(kind, key, limit, "%s")
        sql = ("SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
               f"\"user\", action, kind, key, field, old, new FROM {table(self.schema, 'audit')}"
               + where)
        try:
            return [AuditEntry(row) for row in self.conn.execute(sql, params)]
        except psycopg.Error as exc:
            raise _fault(self.address, exc, "read") from None

    def last_change(self, kind: str, key: tuple) -> AuditEntry | None:
        rows = self.audit(kind, key, limit=1)
        return rows[0] if rows else None

    # -- others' changes ---------------------------------------------------------------------

    def _drain(self) -> bool:
        """Whether a save has been announced since the last look (consumes the notices)."""
        for _notice in self.conn.notifies(timeout=0):
            self._announced = True
        announced, self._announced = self._announced, False
        return announced

    def pull(self, force: bool = False) -> list[tuple[str, tuple, r.Record | None]]:
        """Records others changed since the last load or pull (None: deleted)."""
        import psycopg

        try:
            if not self._drain() and not force:
                return []
            pulled: list[tuple[str, tuple, r.Record | None]] = []
            versions: dict[tuple[str, tuple], int | None] = {}
            with self._snapshot():
                revision = self._current_revision()
                if revision == self.revision:
                    return []
                deleted = self.conn.execute(
                    f"SELECT kind, key_values, revision FROM {table(self.schema, 'audit')} "
                    "WHERE revision > %s AND field IS NULL AND new IS NULL ORDER BY id",
                    (self.revision,)).fetchall()
                for kind, values, _rev in deleted:
                    spec = self._tables.get(kind)
                    if spec is not None and values:
                        key = spec.decoded_key(json.loads(values))
                        pulled.append((kind, key, None))
                        versions[(kind, key)] = None
                for kind, spec in self._tables.items():
                    cursor = self.conn.execute(f"SELECT {spec.select}, revision FROM "
                                               f"{spec.name} WHERE revision > %s",
                                               (self.revision,))
                    for raw in cursor:
                        key, record = spec.record(raw[:-1])
                        pulled.append((kind, key, record))
                        versions[(kind, key)] = raw[-1]
                self.news = [
                    (at, user, action) for at, user, action, rev in self.conn.execute(
                        "SELECT DISTINCT ON (revision) to_char(at AT TIME ZONE 'UTC', "
                        "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), \"user\", action, revision FROM "
                        f"{table(self.schema, 'audit')} WHERE revision > %s ORDER BY revision",
                        (self.revision,))
                    if rev not in self._mine
                ]
        except ValueError as exc:
            raise PackFileError(f"{self.path.name}: a change by someone else could not be "
                                f"read ({exc})") from None
        except psycopg.Error as exc:
            raise _fault(self.address, exc, "read") from None
        for slot, version in versions.items():
            if version is None:
                self._versions.pop(slot, None)
            else:
                self._versions[slot] = version
        self.revision = revision
        return pulled

    @contextmanager
    def serialised(self, purpose: str = "import") -> Iterator[None]:
        """Hold the pack's import lock for the block (waiting for another holder), with the
        records brought up to date first by ``pull`` (the caller's ``Pack.refresh``)."""
        import psycopg

        key = (_LOCK_CLASS, self.schema)
        try:
            self.conn.execute("SELECT pg_advisory_lock(%s, hashtext(%s))", key)
        except psycopg.Error as exc:
            raise _fault(self.address, exc, f"locked for the {purpose}") from None
        try:
            yield
        finally:
            try:
                self.conn.execute("SELECT pg_advisory_unlock(%s, hashtext(%s))", key)
            except psycopg.Error:
                pass  # the server releases it when the connection ends

    # -- writing -----------------------------------------------------------------------------

    def write(self, label: str, user: str,
              changes: Iterable[tuple[str, tuple, r.Record | None, r.Record | None]]) -> None:
        """Store ``changes`` and their audit rows in one transaction, if every record is still
        as this store read it; otherwise StaleRecord and nothing is stored."""
        import psycopg

        if self.read_only:
            raise PackFileError(f"{self.path.name} is open read-only")
        changes = list(changes)
        try:
            with self.conn.transaction():
                revision = self.conn.execute(
                    f"UPDATE {table(self.schema, 'craffu_pack')} SET revision = revision + 1 "
                    "RETURNING revision").fetchone()[0]
                conflicts = self._stale(changes)
                if conflicts:
                    raise StaleRecord(conflicts)
                self._write_rows(label, changes, revision)
                self.conn.execute("SELECT pg_notify(%s, %s)",
                                  (channel(self.schema), f"{revision} {self.user}"))
        except psycopg.Error as exc:
            raise _fault(self.address, exc, "saved") from None
        for kind, key, _old, new in changes:
            if new is None:
                self._versions.pop((kind, key), None)
            else:
                self._versions[(kind, key)] = revision
        self._mine.add(revision)
        if revision == self.revision + 1:
            self.revision = revision

    def _stale(self, changes: list) -> list[Conflict]:
        """Changed records whose revision on the server is not the one read (under the
        revision lock, so nobody can change them before this save commits)."""
        by_kind: dict[str, list[tuple]] = {}
        for kind, key, _old, _new in changes:
            by_kind.setdefault(kind, []).append(key)
        conflicts = []
        for kind, keys in by_kind.items():
            spec = self._tables[kind]
            found = {}
            rows = self.conn.execute(
                f"SELECT {spec.select}, revision FROM {spec.name} WHERE {spec.key_match}",
                spec.key_columns(keys))
            for raw in rows:
                key, record = spec.record(raw[:-1])
                found[key] = (raw[-1], record)
            for key in keys:
                now_at, record = found.get(key, (None, None))
                if now_at != self._versions.get((kind, key)):
                    conflicts.append(Conflict(kind, key, record, None))
        if not conflicts:
            return []
        return [Conflict(c.kind, c.key, c.current, self._latest(c.kind, c.key))
                for c in conflicts]

    def _latest(self, kind: str, key: tuple) -> AuditEntry | None:
        row = self.conn.execute(
            "SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), \"user\", "
            f"action, kind, key, field, old, new FROM {table(self.schema, 'audit')} WHERE "
            "kind = %s AND key = %s ORDER BY id DESC LIMIT 1", (kind, key_text(key))).fetchone()
        return AuditEntry(row) if row else None

    def _require(self, done: int, wanted: int, kind: str) -> None:
        """Row security hides rows a user may not change, so a refused delete or update
        touches fewer rows than asked: refuse the whole save then."""
        if done != wanted:
            raise NotPermitted(
                f"{self.path.name}: the database refused to change {wanted - done} "
                f"{kind.replace('_', ' ')} record(s): your role ({self.access.role}) does not "
                "allow it now (a contributor changes only their groups' figures, in a period "
                "open for collection, until the group is submitted); nothing was saved")

    def _write_rows(self, label: str, changes: list, revision: int) -> None:
        upserts: dict[str, list[tuple]] = {}
        deletes: dict[str, list[tuple]] = {}
        audit: list[tuple] = []
        for kind, key, old, new in changes:
            spec = self._tables[kind]
            codec = spec.codec
            where = key_text(key)
            values = json.dumps(list(spec.encoded_key(key)), ensure_ascii=False)
            if new is None:
                deletes.setdefault(kind, []).append(key)
                audit.append((kind, where, values, None,
                               record_summary(codec, codec.encode(old)), None))
                continue
            encoded = codec.encode(new)
            upserts.setdefault(kind, []).append(encoded)
            if old is None:
                audit.append((kind, where, values, None, None, record_summary(codec, encoded)))
                continue
            before = codec.encode(old)
            for i, name in enumerate(codec.names):
                if before[i] != encoded[i]:
                    audit.append((kind, where, values, name,
                                  None if before[i] is None else str(before[i]),
                                  None if encoded[i] is None else str(encoded[i])))
        for kind, keys in deletes.items():
            spec = self._tables[kind]
            done = self.conn.execute(f"DELETE FROM {spec.name} WHERE {spec.key_match}",
                                     spec.key_columns(keys)).rowcount
            self._require(done, len(keys), kind)
        for kind, rows in upserts.items():
            spec = self._tables[kind]
            columns = [list(column) for column in zip(*rows, strict=True)]
            done = self.conn.execute(spec.upsert, (revision, *columns)).rowcount
            self._require(done, len(rows), kind)
        if audit:
            columns = [list(column) for column in zip(*audit, strict=True)]
            self.conn.execute(
                f"INSERT INTO {table(self.schema, 'audit')} (revision, \"user\", action, kind, "
                "key, key_values, field, old, new) SELECT %s, session_user, %s, * FROM "
                "unnest(%s::text[], %s::text[], %s::text[], %s::text[], %s::text[], %s::text[])",
                (revision, label, *columns))

    def act(self, label: str, steps, audit: list[tuple[str, str, str | None, str | None,
                                                      str | None]]) -> int:
        """Run ``steps(conn)`` (SQL on the pack's own tables: access, collection rounds) and
        record ``audit`` rows (kind, key, field, old, new) as one save: one transaction, the
        revision moved on, announced to the other windows. Returns the revision."""
        import psycopg

        if self.read_only:
            raise PackFileError(f"{self.path.name} is open read-only")
        try:
            with self.conn.transaction():
                revision = self.conn.execute(
                    f"UPDATE {table(self.schema, 'craffu_pack')} SET revision = revision + 1 "
                    "RETURNING revision").fetchone()[0]
                steps(self.conn)
                for kind, key, field, old, new in audit:
                    self.conn.execute(
                        f"INSERT INTO {table(self.schema, 'audit')} (revision, \"user\", action, "
                        "kind, key, field, old, new) VALUES (%s, session_user, %s, %s, %s, %s, "
                        "%s, %s)", (revision, label, kind, key, field, old, new))
                self.conn.execute("SELECT pg_notify(%s, %s)",
                                  (channel(self.schema), f"{revision} {self.user}"))
        except psycopg.Error as exc:
            raise _fault(self.address, exc, "saved") from None
        self._mine.add(revision)
        return revision
