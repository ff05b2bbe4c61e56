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
import errno
import json
import os
import sqlite3
import stat
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from model import records as r
from model.errors import CraffuError, quote
from model.numbers import LARGEST, bounds_problem
from model.periods import parse_period
from model.validation import TEXT_LIMIT, list_problem, stored_problems

__all__ = ["PackFile", "PackFileError", "PackNotWritable", "SCHEMA_VERSION", "APPLICATION_ID",
           "AuditEntry", "journal_path", "has_journal", "require_regular_file", "fault_message",
           "codec_for", "key_text", "record_summary"]

APPLICATION_ID = 0x43524146  # "CRAF"
SCHEMA_VERSION = 2

_SQL_TYPE = {
    "text": "TEXT",
    "int": "INTEGER",
    "decimal": "TEXT",
    "bool": "INTEGER",
    "period": "TEXT",
    "date": "TEXT",
    "json": "TEXT",
}


class PackFileError(CraffuError):
    """A file that cannot be opened as a pack, or a save the file system refused; the message
    says why and what to do in the user's words."""


class PackNotWritable(PackFileError):
    """A pack the user may read but not change (read-only file, folder or file system)."""


def journal_path(path: Path) -> Path:
    """The rollback journal SQLite keeps beside ``path`` while a save is under way."""
    return path.with_name(path.name + "-journal")


def has_journal(path: Path) -> bool:
    """True when a save was under way (or was interrupted) on ``path``."""
    try:
        return journal_path(path).stat().st_size > 0
    except OSError:
        return False


def require_regular_file(path: Path) -> os.stat_result:
    """The file's status, or PackFileError when ``path`` is missing or is not a regular file
    (checked without opening it, so a FIFO or device never blocks)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise PackFileError(f"{path} does not exist") from None
    except OSError as exc:
        raise PackFileError(f"{path} cannot be read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(info.st_mode):
        raise PackFileError(f"{path} is a folder, not a pack file")
    if not stat.S_ISREG(info.st_mode):
        raise PackFileError(f"{path} is not a regular file (it is a pipe, device or socket), "
                            "so it cannot be a pack")
    return info


def writable(path: Path) -> bool:
    """Whether the user can change ``path``: the file and its folder (SQLite writes its journal
    beside the file) are writable."""
    return os.access(path, os.W_OK) and os.access(path.parent if str(path.parent) else ".",
                                                   os.W_OK)


def fault_message(path: Path, exc: BaseException, doing: str = "saved") -> str:
    """One line naming ``path``, what went wrong in the file system or SQLite, and what to do."""
    text = str(exc).lower()
    code = getattr(exc, "errno", None)
    name = path.name
    if code == errno.ENOSPC or "disk is full" in text or "database or disk is full" in text:
        return (f"{name} could not be {doing}: the disk is full. Free some space (or save a "
                "copy elsewhere) and try again; nothing was changed")
    output = doing == "written"
    if code == errno.EROFS or "read-only file system" in text or "readonly" in text:
        return (f"{name} could not be {doing}: the file or its drive is read-only. "
                + ("Choose a folder you can write to" if output else
                   "Open it read-only, or copy it to a folder you can write to"))
    if code in (errno.EACCES, errno.EPERM) or "permission" in text:
        return (f"{name} could not be {doing}: permission denied. "
                + ("Choose a folder you can write to" if output else
                   "Ask for write access to the file and its folder, or open it read-only"))
    if "locked" in text or "busy" in text:
        return f"{name} could not be {doing}: another program is using it; try again"
    if "i/o" in text or code == errno.EIO:
        return (f"{name} could not be {doing}: the disk reported an error ({exc}). Check the "
                "drive or network connection and try again; nothing was changed")
    return f"{name} could not be {doing} ({exc}); nothing was changed"


def _json_default(value):
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"cannot store {type(value).__name__}")


class AuditEntry(tuple):
    """One audit row: (at, user, action, kind, key, field, old, new)."""

    __slots__ = ()
    at = property(lambda self: self[0])
    user = property(lambda self: self[1])
    action = property(lambda self: self[2])
    kind = property(lambda self: self[3])
    key = property(lambda self: self[4])
    field = property(lambda self: self[5])
    old = property(lambda self: self[6])
    new = property(lambda self: self[7])


@lru_cache(maxsize=4096)
def _period(label: str):
    return parse_period(label)


def _json_text(value) -> str:
    return json.dumps(value, default=_json_default, ensure_ascii=False)


class _Undecodable(ValueError):
    """A stored value of the wrong type; the message names the record kind and field."""


def _decimal(value: str) -> Decimal:
    """A stored figure (text, as SQLite has vouched): a finite number within the bounds of
    ``model.numbers``; ValueError or ArithmeticError otherwise."""
    number = Decimal(value)
    # Fast path: plain text of at most 16 characters cannot hold more than 15 digits or
    # decimal places, so only its size needs checking (a NaN fails the comparison).
    if len(value) <= 16 and "E" not in value and "e" not in value and -LARGEST <= number <= LARGEST:
        return number
    if bounds_problem(number) is None:
        return number
    raise ValueError(value)


def _whole(value) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) <= LARGEST:
        return value
    raise ValueError(value)


def _text(value) -> str:
    if isinstance(value, str) and len(value) <= TEXT_LIMIT:
        return value
    raise ValueError(value)


def _flag(value) -> bool:
    if value in (0, 1):
        return bool(value)
    raise ValueError(value)


def _json_list(value) -> list:
    if isinstance(value, str):
        decoded = json.loads(value)
        if isinstance(decoded, list) and list_problem(decoded) is None:
            return decoded
    raise ValueError(value)


_DECODERS = {
    "text": _text,
    "int": _whole,
    "decimal": _decimal,
    "bool": _flag,
    "period": _period,
    "date": dt.date.fromisoformat,
    "json": _json_list,
}
#: Decoders for a value SQLite has not vouched for (its type may be anything).
_STRICT = {
    "decimal": lambda v: _decimal(_text(v)),
    "period": lambda v: _period(_text(v)),
    "date": lambda v: dt.date.fromisoformat(_text(v)),
}

_ENCODERS = {
    "text": None,
    "int": None,
    "decimal": str,
    "bool": int,
    "period": lambda p: p.label,
    "date": lambda d: d.isoformat(),
    "json": _json_text,
}


#: Which stored values SQLite itself can vouch for, by storage type (checked in C by one query
#: per table before anything is decoded): the rest are decoded and checked in Python.
_SQL_SOUND = {
    "text": "(typeof({c}) = 'text' AND length({c}) <= {limit})",
    "int": "(typeof({c}) = 'integer' AND abs({c}) <= {largest})",
    "bool": "({c} IN (0, 1))",
    "decimal": "(typeof({c}) = 'text')",
    "period": "(typeof({c}) = 'text')",
    "date": "(typeof({c}) = 'text')",
    "json": "(typeof({c}) = 'text')",
}


class _Codec:
    """How one kind's records are read from and written to their table (made once per kind).

    Reading is strict: ``unsound_sql`` finds rows whose stored types or sizes Craffu could not
    have written; ``decode`` turns the rest into field values, checking figures' bounds."""

    def __init__(self, cls: type[r.Record]):
        types = r.field_types(cls)
        self.names = list(types)
        self.decoders = [None if t in ("text", "int") else _DECODERS[t] for t in types.values()]
        self.strict = [_STRICT.get(t, _DECODERS[t]) for t in types.values()]
        self.encoders = [_ENCODERS[t] for t in types.values()]
        self.key_positions = [self.names.index(k) for k in cls.KEY]
        self.kind = cls.kind
        self.plain = all(d is None for d in self.decoders)
        sound = " AND ".join(
            f'({c} IS NULL OR {_SQL_SOUND[t].format(c=c, limit=TEXT_LIMIT, largest=LARGEST)})'
            for c, t in ((f'"{n}"', t) for n, t in types.items())
        )
        columns = ", ".join(f'"{n}"' for n in self.names)
        self.unsound_sql = f"SELECT {columns} FROM rec_{cls.kind} WHERE NOT ({sound}) LIMIT 1"

    def decode(self, raw: tuple) -> list:
        """A stored row as field values, or _Undecodable naming the field."""
        row = list(raw)
        for i, decoder in enumerate(self.decoders):
            value = raw[i]
            if decoder is not None and value is not None:
                try:
                    row[i] = decoder(value)
                except (ValueError, TypeError, ArithmeticError):
                    raise self.undecodable(i, value) from None
        return row

    def first_unsound(self, raw: tuple) -> _Undecodable:
        """The problem with a row ``unsound_sql`` found."""
        for i, decoder in enumerate(self.strict):
            value = raw[i]
            if value is None:
                continue
            try:
                decoder(value)
            except Exception:  # noqa: BLE001 - any failure means the stored value is unsound
                return self.undecodable(i, value)
        return self.undecodable(0, raw[0])

    def undecodable(self, i: int, value) -> _Undecodable:
        return _Undecodable(
            f"{self.kind.replace('_', ' ')} {self.names[i]} holds '{quote(value)}', "
            "which is not a value Craffu stores there"
        )

    def encode(self, record: r.Record) -> tuple:
        return tuple(
            v if e is None or v is None else e(v)
            for e, v in zip(self.encoders, (getattr(record, n) for n in self.names), strict=True)
        )


_CODECS = {cls.kind: _Codec(cls) for cls in r.ALL_KINDS}


def codec_for(kind: str) -> _Codec:
    """How ``kind``'s records are encoded and strictly decoded. The server store
    (``model.server_store``) reads its rows as the same text and decodes them with it, so both
    back ends apply one set of rules."""
    return _CODECS[kind]


def _table(cls: type[r.Record]) -> str:
    return f"rec_{cls.kind}"


def _create_table(conn: sqlite3.Connection, cls: type[r.Record]) -> None:
    types = r.field_types(cls)
    columns = [
        f'"{name}" {_SQL_TYPE[t]}' + (" NOT NULL" if name in cls.KEY else "")
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


#: Migrations from version N to N+1, run in order inside one transaction.
MIGRATIONS: dict[int, callable] = {1: _breakdowns_by_name_and_period}


def _summary(codec: _Codec, encoded: tuple) -> str:
    """A whole record in the audit log: its non-blank fields as JSON."""
    return json.dumps(
        {n: v for n, v in zip(codec.names, encoded, strict=True) if v not in (None, "", "[]")},
        ensure_ascii=False,
    )


def _key_text(key: tuple) -> str:
    return " | ".join(k.label if hasattr(k, "label") else str(k) for k in key)


#: Public names for the server store, which writes the same audit rows.
key_text = _key_text
record_summary = _summary


_BUSY_SECONDS = 10.0  # how long to wait for another process's save to finish


def _interrupted(path: Path) -> str:
    if writable(path):
        return (f"{path.name} was interrupted while saving (a crash or power cut) and is being "
                "repaired by whoever has it open, or must be repaired: open it for editing once "
                "to repair it; nothing committed is lost")
    return (f"{path.name} was interrupted while saving (a crash or power cut) and cannot be "
            "repaired here because the file or its folder is read-only. Ask someone who can "
            "write to it to open it for editing once; nothing committed is lost")


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
                raise PackFileError(_interrupted(path)) from None
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
                codec = _CODECS[cls.kind]
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
        except _Undecodable as exc:
            raise PackFileError(f"{self.path.name} is damaged: {exc}; it was not changed") from None
        except sqlite3.Error as exc:
            raise PackFileError(fault_message(self.path, exc, "read")) from None
        problems = stored_problems(everything)
        if problems:
            raise PackFileError(f"{self.path.name} is damaged: {problems[0]}"
                                + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else "")
                                + "; it was not changed")
        return everything

    def audit(self, kind: str | None = None, key: tuple | None = None,
              limit: int | None = None) -> list[AuditEntry]:
        """Audit rows, newest first, optionally for one record."""
        sql = "SELECT at, user, action, kind, key, field, old, new FROM audit"
        params: list = []
        if kind is not None:
            sql += " WHERE kind = ?"
            params.append(kind)
            if key is not None:
                sql += " AND key = ?"
                params.append(_key_text(key))
        sql += " ORDER BY id DESC"
        if limit:
            sql += f" LIMIT {int(limit)}"
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
            codec = _CODECS[kind]
            key_text = _key_text(key)
            if new is None:
                encoded_old = codec.encode(old)
                deletes.setdefault(kind, []).append(
                    tuple(encoded_old[i] for i in codec.key_positions)
                )
                audit_rows.append((at, user, label, kind, key_text, None,
                                   _summary(codec, encoded_old), None))
                continue
            encoded_new = codec.encode(new)
            upserts.setdefault(kind, []).append(encoded_new)
            if old is None:
                audit_rows.append((at, user, label, kind, key_text, None, None,
                                   _summary(codec, encoded_new)))
                continue
            encoded_old = codec.encode(old)
            for i, name in enumerate(codec.names):
                before, after = encoded_old[i], encoded_new[i]
                if before != after:
                    audit_rows.append((at, user, label, kind, key_text, name,
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
