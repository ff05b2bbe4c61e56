"""The pack file: one SQLite database (``*.craffu``) holding every record and the audit log.

Rules:
- A pack is recognised by SQLite's ``application_id`` (``CRAF``) and carries its schema version
  in ``user_version``. A file that is not a pack, a damaged file, or a pack from a newer version
  of Craffu raises ``PackFileError`` with a clear message and is never modified. Anything that is
  not a regular file (a folder, a FIFO, a device) is refused before it is read, so nothing hangs.
- A crash or power cut in the middle of a save leaves a "hot" rollback journal (``NAME-journal``)
  beside the pack. Only a writable connection can roll it back, so a pack with a journal is
  repaired first — by a writable connection on the real file, while the caller holds the pack's
  lock — before any check that would call it damaged. Without write access it is refused with
  "was interrupted while saving" and what to do, never called damaged.
- A file the user cannot write (or in a folder they cannot write) is refused for editing with
  ``PackNotWritable``, which says it can be opened read-only; the window then does so.
- Stored values are decoded strictly (types, the bounds of figures and text) and the records'
  own rules are checked as they are loaded (``model.validation.stored_problems``): a value that
  could not have been saved by Craffu ('abc' as a figure, a unit that does not exist) makes the
  pack "damaged", naming the record and field, instead of failing later in a paper.
- Every fault of SQLite or the file system (full disk, read-only file system, I/O error) becomes
  a ``PackFileError`` naming the file and what to do; a failed save is rolled back whole.
- Older schema versions are brought up to date by the migrations in ``MIGRATIONS`` in one
  transaction when opened for writing (read-only opening refuses an out-of-date pack rather than
  change it).
- Every change is written in one transaction together with its audit rows, with
  ``synchronous=FULL`` and a rollback journal, so a crash or power cut loses nothing that was
  committed and never leaves half a change.
- The audit log records when (UTC), who (operating-system user), what (the action's label, the
  record and field), the old value and the new value.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from model import records as r
from model.file_faults import (
    PackFileError,
    PackNotWritable,
    fault_message,
    has_journal,
    interrupted_message,
    journal_path,
    require_regular_file,
    writable,
)
from model.store_codec import (
    SQL_TYPE,
    AuditEntry,
    Undecodable,
    audit_filter,
    codec_for,
    key_text,
    record_summary,
)
from model.validation import stored_problems

__all__ = ["PackFile", "PackFileError", "PackNotWritable", "SCHEMA_VERSION", "APPLICATION_ID",
           "AuditEntry", "journal_path", "has_journal", "require_regular_file", "fault_message",
           "codec_for", "key_text", "record_summary", "writable", "MIGRATIONS"]

APPLICATION_ID = 0x43524146  # "CRAF"
SCHEMA_VERSION = 5




def _table(cls: type[r.Record]) -> str:
    return f"rec_{cls.kind}"


def _create_table(conn: sqlite3.Connection, cls: type[r.Record]) -> None:
    types = r.field_types(cls)
    columns = [
        f'"{name}" {SQL_TYPE[t]}' + (" NOT NULL" if name in cls.KEY else "")
        for name, t in types.items()
    ]
    keys = ", ".join(f'"{k}"' for k in cls.KEY)
    conn.execute(f"CREATE TABLE {_table(cls)} ({', '.join(columns)}, PRIMARY KEY ({keys}))")


def _create_schema(conn: sqlite3.Connection) -> None:
    for cls in r.ALL_KINDS:
        _create_table(conn, cls)
    conn.execute(
        "CREATE TABLE audit (id INTEGER PRIMARY KEY, at TEXT NOT NULL, user TEXT NOT NULL, "
        "action TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL, field TEXT, "
        "old TEXT, new TEXT)"
    )
    conn.execute("CREATE INDEX audit_by_key ON audit (kind, key)")


def _breakdowns_by_name_and_period(conn: sqlite3.Connection) -> None:
    """Version 1 -> 2: a breakdown is identified by its name and period (domain.md), so its
    table is rebuilt with that primary key, and its audit rows are keyed ``name | period``."""
    conn.execute("ALTER TABLE rec_breakdown RENAME TO rec_breakdown_v1")
    _create_table(conn, r.Breakdown)
    old = {row[1] for row in conn.execute("PRAGMA table_info(rec_breakdown_v1)")}
    shared = ", ".join(f'"{n}"' for n in r.field_types(r.Breakdown) if n in old)
    conn.execute(f"INSERT INTO rec_breakdown ({shared}) SELECT {shared} FROM rec_breakdown_v1")
    conn.execute("DROP TABLE rec_breakdown_v1")
    periods = dict(conn.execute("SELECT name, period FROM rec_breakdown"))
    for rowid, key, old_text, new_text in conn.execute(
            "SELECT id, key, old, new FROM audit WHERE kind = 'breakdown'").fetchall():
        period = periods.get(key)
        for summary in (old_text, new_text):
            if period is None and summary and summary.startswith("{"):
                try:
                    period = json.loads(summary).get("period")
                except (ValueError, AttributeError):
                    period = None
        if period:
            conn.execute("UPDATE audit SET key = ? WHERE id = ?", (f"{key} | {period}", rowid))


def _follow_records(conn: sqlite3.Connection) -> None:
    """Version 2 -> 3: every kind of ``model.records`` has its table and every field its column
    (budget lines; an indicator's formula, a commitment's plan, the report settings' scope of
    scrutiny and dashboard measures), blank or the field's default in existing rows."""
    import dataclasses

    have = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for cls in r.ALL_KINDS:
        if _table(cls) not in have:
            _create_table(conn, cls)
            continue
        columns = {row[1] for row in conn.execute(f"PRAGMA table_info({_table(cls)})")}
        for f in dataclasses.fields(cls):
            if f.name in columns:
                continue
            default = f.default if f.default is not dataclasses.MISSING else None
            clause = ""
            if isinstance(default, str):
                clause = " DEFAULT '" + default.replace("'", "''") + "'"
            elif isinstance(default, bool | int):
                clause = f" DEFAULT {int(default)}"
            kind = SQL_TYPE[r.field_types(cls)[f.name]]
            conn.execute(f'ALTER TABLE {_table(cls)} ADD COLUMN "{f.name}" {kind}{clause}')


def _meetings_and_publications(conn: sqlite3.Connection) -> None:
    """Version 3 -> 4: the tables of a period's meetings and its publications (issue 11)."""
    _follow_records(conn)


def _last_welsh_fields(conn: sqlite3.Connection) -> None:
    """Version 4 -> 5: Welsh for the last English-only fields (issue 12): a breakdown's row and
    column headings and note, a snapshot's note, a forecast's reason, a commitment's owner, a
    budget line's note; blank in existing rows."""
    _follow_records(conn)


#: Migrations from version N to N+1, run in order inside one transaction.
MIGRATIONS: dict[int, callable] = {1: _breakdowns_by_name_and_period, 2: _follow_records,
                                   3: _meetings_and_publications, 4: _last_welsh_fields}


_BUSY_SECONDS = 10.0  # how long to wait for another process's save to finish


class PackFile:
    """An open pack file. Use ``create`` or ``open``; ``close`` when done.

    It is the embedded back end of ``model.stores.Store``: one editor at a time (the caller
    holds the pack's lock), so it is not ``shared`` and the audit log names the operating-system
    user the pack gives it (``user`` is None)."""

    shared = False
    user: str | None = None

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool):
        self.path = path
        self.conn = conn
        self.read_only = read_only

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str) -> PackFile:
        """A new, empty pack at ``path``; refuses to overwrite an existing file. A pack that
        cannot be written whole (full disk, no permission) is removed again, never left half
        made."""
        path = Path(path)
        if path.exists() or path.is_symlink():
            raise PackFileError(f"{path} already exists; choose another name")
        if not path.parent.is_dir():
            raise PackFileError(f"{path.parent} is not a folder that exists")
        conn = None
        try:
            conn = sqlite3.connect(path, isolation_level=None, timeout=_BUSY_SECONDS)
            cls._tune(conn)
            conn.execute("BEGIN")
            _create_schema(conn)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except (sqlite3.Error, OSError) as exc:
            if conn is not None:
                conn.close()
            for leftover in (path, journal_path(path)):
                try:
                    leftover.unlink()
                except OSError:
                    pass
            raise PackFileError(fault_message(path, exc, "created")) from None
        return cls(path, conn, read_only=False)

    @classmethod
    def memory(cls) -> PackFile:
        """A pack held in memory only (tests, previews)."""
        conn = sqlite3.connect(":memory:", isolation_level=None)
        conn.execute("BEGIN")
        _create_schema(conn)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
        return cls(Path(":memory:"), conn, read_only=False)

    @classmethod
    def open(cls, path: Path | str, read_only: bool = False) -> PackFile:
        """Open an existing pack after checking that it is a pack we can read.

        For editing, the caller holds the pack's lock (``model.lock``): an interrupted save is
        then rolled back here. Raises PackFileError (PackNotWritable when the user may only
        read it).
        """
        path = Path(path)
        require_regular_file(path)
        if not read_only and not writable(path):
            raise PackNotWritable(
                f"{path.name} is read-only (the file or its folder cannot be written); "
                "open it read-only to look at it and print from it"
            )
        version = cls._inspect(path, repair=not read_only)
        if read_only:
            if version < SCHEMA_VERSION:
                raise PackFileError(
                    f"{path.name} was made by an older version of Craffu; open it for editing "
                    "once to bring it up to date"
                )
            try:
                conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                       isolation_level=None, timeout=_BUSY_SECONDS)
            except sqlite3.Error as exc:
                raise PackFileError(fault_message(path, exc, "opened")) from None
            return cls(path, conn, read_only=True)
        try:
            conn = sqlite3.connect(path, isolation_level=None, timeout=_BUSY_SECONDS)
            cls._tune(conn)
            if version < SCHEMA_VERSION:
                conn.execute("BEGIN IMMEDIATE")
                for step in range(version, SCHEMA_VERSION):
                    MIGRATIONS[step](conn)
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise PackFileError(fault_message(path, exc, "opened for editing")) from None
        return cls(path, conn, read_only=False)

    @classmethod
    def repair(cls, path: Path) -> None:
        """Roll back an interrupted save: a writable connection's first read does it (SQLite
        replays the journal into the file and deletes it). The caller holds the pack's lock."""
        try:
            conn = sqlite3.connect(path, isolation_level=None, timeout=_BUSY_SECONDS)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            raise PackFileError(
                f"{path.name} was interrupted while saving and could not be repaired ({exc}); "
                "it was not changed"
            ) from None

    @staticmethod
    def _tune(conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = OFF")

    @classmethod
    def _inspect(cls, path: Path, repair: bool = False) -> int:
        """Check ``path`` and return its schema version, or raise PackFileError.

        An interrupted save is rolled back first when ``repair`` (the caller holds the lock and
        may write); otherwise a pack with a hot journal is refused with what to do.
        """
        cls.check_header(path)
        if has_journal(path):
            if repair:
                cls.repair(path)
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                   timeout=_BUSY_SECONDS)
            try:
                app_id = conn.execute("PRAGMA application_id").fetchone()[0]
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                if app_id != APPLICATION_ID:
                    raise PackFileError(
                        f"{path.name} is a database but not a Craffu pack"
                    )
                if version > SCHEMA_VERSION:
                    raise PackFileError(
                        f"{path.name} was made by a newer version of Craffu (pack format "
                        f"{version}; this version reads up to {SCHEMA_VERSION}). Install the "
                        "newer Craffu to open it; the file has not been changed"
                    )
                check = conn.execute("PRAGMA quick_check").fetchone()[0]
                if check != "ok":
                    raise PackFileError(f"{path.name} is damaged ({check}); it was not changed")
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            if has_journal(path) or "readonly" in str(exc).lower():
                raise PackFileError(interrupted_message(path)) from None
            raise PackFileError(f"{path.name} is damaged and cannot be read ({exc}); "
                                "it was not changed") from None
        except sqlite3.Error as exc:
            raise PackFileError(fault_message(path, exc, "read")) from None
        return version

    @staticmethod
    def check_header(path: Path) -> None:
        """Refuse anything that is not a regular file holding an SQLite database, reading only
        its first 16 bytes."""
        require_regular_file(path)
        try:
            with open(path, "rb") as handle:
                header = handle.read(16)
        except OSError as exc:
            raise PackFileError(fault_message(path, exc, "read")) from None
        if header != b"SQLite format 3\0":
            raise PackFileError(f"{path.name} is not a Craffu pack (it is not a pack file at all)")

    def close(self) -> None:
        self.conn.close()

    # -- reading -----------------------------------------------------------------------------

    def load(self) -> dict[str, dict[tuple, r.Record]]:
        """Every record, by kind and key; PackFileError ("damaged", naming the record and field)
        when a stored value could not have been saved by Craffu."""
        everything: dict[str, dict[tuple, r.Record]] = {}
        try:
            for cls in r.ALL_KINDS:
                codec = codec_for(cls.kind)
                unsound = self.conn.execute(codec.unsound_sql).fetchone()
                if unsound is not None:
                    raise codec.first_unsound(unsound)
                key_at = codec.key_positions
                columns = ", ".join(f'"{n}"' for n in codec.names)
                items: dict[tuple, r.Record] = {}
                cursor = self.conn.execute(f"SELECT {columns} FROM {_table(cls)}")
                if codec.plain:
                    for row in cursor:
                        items[tuple(row[i] for i in key_at)] = cls(*row)
                else:
                    decode = codec.decode
                    for raw in cursor:
                        row = decode(raw)
                        items[tuple(row[i] for i in key_at)] = cls(*row)
                everything[cls.kind] = items
        except Undecodable as exc:
            raise PackFileError(f"{self.path.name} is damaged: {exc}; it was not changed") from None
        except sqlite3.Error as exc:
            raise PackFileError(fault_message(self.path, exc, "read")) from None
        problems = stored_problems(everything)
        if problems:
            raise PackFileError(f"{self.path.name} is damaged: {problems[0]}"
                                + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else "")
                                + "; it was not changed")
        return everything

    def data_version(self) -> int:
        """A number that changes whenever another connection (another Craffu) has saved to the
        file since this connection last looked (SQLite's ``data_version``)."""
        try:
            return self.conn.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error as exc:
            raise PackFileError(fault_message(self.path, exc, "read")) from None

    def reload(self) -> dict[str, dict[tuple, r.Record]]:
        """Every record as another Craffu saved it, read in one transaction (a save in
        progress is waited for, never half read)."""
        try:
            self.conn.execute("BEGIN")
        except sqlite3.Error as exc:
            raise PackFileError(fault_message(self.path, exc, "read")) from None
        try:
            return self.load()
        finally:
            try:
                self.conn.execute("COMMIT")
            except sqlite3.Error:
                pass

    def audit(self, kind: str | None = None, key: tuple | None = None,
              limit: int | None = None) -> list[AuditEntry]:
        """Audit rows, newest first, optionally for one record."""
        where, params = audit_filter(kind, key, limit, "?")
        sql = "SELECT at, user, action, kind, key, field, old, new FROM audit" + where
        try:
            return [AuditEntry(row) for row in self.conn.execute(sql, params)]
        except sqlite3.Error as exc:
            raise PackFileError(fault_message(self.path, exc, "read")) from None

    # -- writing -----------------------------------------------------------------------------

    def write(self, label: str, user: str,
              changes: Iterable[tuple[str, tuple, r.Record | None, r.Record | None]]) -> None:
        """Store ``changes`` (kind, key, old, new) and their audit rows in one transaction."""
        if self.read_only:
            raise PackFileError(f"{self.path.name} is open read-only")
        at = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        upserts: dict[str, list[tuple]] = {}
        deletes: dict[str, list[tuple]] = {}
        audit_rows: list[tuple] = []
        for kind, key, old, new in changes:
            codec = codec_for(kind)
            key_label = key_text(key)
            if new is None:
                encoded_old = codec.encode(old)
                deletes.setdefault(kind, []).append(
                    tuple(encoded_old[i] for i in codec.key_positions)
                )
                audit_rows.append((at, user, label, kind, key_label, None,
                                   record_summary(codec, encoded_old), None))
                continue
            encoded_new = codec.encode(new)
            upserts.setdefault(kind, []).append(encoded_new)
            if old is None:
                audit_rows.append((at, user, label, kind, key_label, None, None,
                                   record_summary(codec, encoded_new)))
                continue
            encoded_old = codec.encode(old)
            for i, name in enumerate(codec.names):
                before, after = encoded_old[i], encoded_new[i]
                if before != after:
                    audit_rows.append((at, user, label, kind, key_label, name,
                                       None if before is None else str(before),
                                       None if after is None else str(after)))
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            for kind, rows in deletes.items():
                cls = r.KINDS[kind]
                where = " AND ".join(f'"{k}" = ?' for k in cls.KEY)
                conn.executemany(f"DELETE FROM {_table(cls)} WHERE {where}", rows)
            for kind, rows in upserts.items():
                cls = r.KINDS[kind]
                names = list(r.field_types(cls))
                marks = ", ".join("?" for _ in names)
                cols = ", ".join(f'"{n}"' for n in names)
                conn.executemany(
                    f"INSERT OR REPLACE INTO {_table(cls)} ({cols}) VALUES ({marks})", rows
                )
            conn.executemany(
                "INSERT INTO audit (at, user, action, kind, key, field, old, new) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                audit_rows,
            )
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass  # SQLite rolls back itself when the journal is next read
            if isinstance(exc, sqlite3.Error):
                raise PackFileError(fault_message(self.path, exc)) from None
            raise
