"""A pack: everything for one council area, held in memory and written through to its file.

Rules:
- ``Pack.apply(command)`` is the only way a pack changes. It validates (``Pack.prepare``) the
  whole command against the pack as it would be afterwards (``model.validation``), refuses it
  whole with a ``ValidationError`` if anything is wrong, otherwise writes it to the file in one
  transaction with its audit rows, updates the records in memory, tells subscribers, and
  returns the inverse command (apply it to undo). A save the file system refuses (full disk,
  read-only drive) raises ``PackFileError`` and changes nothing, on disk or in memory.
- Subscribers are told after the change is saved, and inside ``deferred_notifications()`` only
  when that block ends (the editor pushes its undo step first). A subscriber that fails cannot
  turn a saved change into a refused one: its error goes to ``on_subscriber_error`` (by default
  logged) and the other subscribers are still told.
- An indicator cannot be deleted while its values, targets, commentary, key areas or breakdowns
  still refer to it; ``commands.delete_indicator`` deletes its own records with it.
- A pack opened read-only refuses every command.
- Opening for writing takes the pack's lock (``model.lock``) after checking that the file is a
  regular file holding a database (so a non-pack never gets a lock file beside it), and then,
  under the lock, rolls back a save a crash interrupted (``model.store``). Opening read-only
  repairs such a pack too when nobody holds it and the file can be written; ``close`` releases
  the lock.
- A server address (``postgresql://…?pack=NAME``, ``model.address``) opens the pack on a
  PostgreSQL server instead (``model.server_store``), chosen wherever a path is accepted. Such a
  store is ``shared``: no lock; a change is also refused when the user's role does not allow it
  or a record it changes was changed by someone else since it was read (``model.team``: the
  pack then pulls the current records in); the inverse of a change undoes only that change
  (``Reversal``); ``refresh()`` brings in others' changes and tells subscribers, and
  ``serialised()`` makes an import wait for any other import into the pack.
- A pack file opened read-only (while another Craffu edits it) follows that Craffu's saves:
  ``refresh()`` looks whether the file was saved since (SQLite's ``data_version``), and if so
  reads every record again in one transaction and tells subscribers what changed, as for the
  user's own edits; ``last_saved()`` says who saved last and when (the audit log).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from model import records as r
from model.address import is_server_address
from model.commands import Command
from model.following import file_version, reread
from model.formula_checks import formula_of
from model.formula_values import CalculatedValues
from model.lock import PackLock, PackLocked, current_user
from model.periods import Period
from model.store import PackFile, PackFileError, has_journal, writable
from model.stores import Store
from model.validation import Problem, ValidationError, validate_record

__all__ = ["Pack", "ReadOnlyPack", "Change"]

#: (kind, key, old record or None, new record or None)
Change = tuple[str, tuple, r.Record | None, r.Record | None]


class ReadOnlyPack(PackFileError):
    """A change was attempted on a pack opened read-only."""


def _log_subscriber_error(exc: BaseException) -> None:
    logging.getLogger("craffu").error("a view failed to follow a saved change", exc_info=exc)


class Pack:
    """The records of one pack and the file they live in."""

    def __init__(self, store: Store, records: dict[str, dict[tuple, r.Record]],
                 lock: PackLock | None = None):
        self.store = store
        self._records = records
        for kind in r.KINDS:
            self._records.setdefault(kind, {})
        self._lock = lock
        self._subscribers: list[Callable[[list[Change]], None]] = []
        self._deferred: list[list[Change]] | None = None
        #: Called with the exception when a subscriber fails (the change itself was saved).
        self.on_subscriber_error: Callable[[BaseException], None] = _log_subscriber_error
        self._revision = 0
        self.user = store.user or current_user()
        #: Calculated indicators' formulas and values, forgotten on every change.
        self._calculated = CalculatedValues(self)
        self._file_version = file_version(store)  # another Craffu's saves (model.following)

    # -- opening and closing -----------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str) -> Pack:
        """A new pack (a file, or a server pack for a server address) with default report
        settings."""
        if is_server_address(path):
            from model.stores import create_store

            store = create_store(path)
            pack = cls._loaded(store)
            pack.apply(Command("Create pack", (("settings", ("report",), r.ReportSettings()),)))
            return pack
        store = PackFile.create(path)
        lock = PackLock(store.path)
        lock.acquire()
        pack = cls(store, store.load(), lock)
        pack.apply(Command("Create pack", (("settings", ("report",), r.ReportSettings()),)))
        return pack

    @classmethod
    def memory(cls) -> Pack:
        """A pack held only in memory (tests and previews)."""
        store = PackFile.memory()
        pack = cls(store, store.load())
        pack.apply(Command("Create pack", (("settings", ("report",), r.ReportSettings()),)))
        return pack

    @classmethod
    def open(cls, path: Path | str, read_only: bool = False) -> Pack:
        """Open a pack; for writing unless ``read_only``. Raises PackFileError (PackNotWritable
        for a file the user may only read) or PackLocked."""
        if is_server_address(path):
            from model.stores import open_store

            return cls._loaded(open_store(path, read_only=read_only))
        path = Path(path)
        PackFile.check_header(path)  # refuse a non-pack before leaving a lock file beside it
        lock = None
        if not read_only:
            lock = PackLock(path)
            lock.acquire()
        elif has_journal(path) and writable(path):
            cls._repair_if_free(path)
        try:
            store = PackFile.open(path, read_only=read_only)
            try:
                records = store.load()
            except BaseException:
                store.close()
                raise
        except BaseException:
            if lock:
                lock.release()
            raise
        return cls(store, records, lock)

    @classmethod
    def _loaded(cls, store: Store) -> Pack:
        try:
            records = store.load()
        except BaseException:
            store.close()
            raise
        return cls(store, records)

    @staticmethod
    def _repair_if_free(path: Path) -> None:
        """Roll back an interrupted save for a read-only opener, under the lock, when nobody
        holds the pack (a holder's own save in progress is not interrupted)."""
        lock = PackLock(path)
        try:
            lock.acquire()
        except (PackLocked, PackFileError):
            return
        try:
            if has_journal(path):
                PackFile.repair(path)
        finally:
            lock.release()

    def close(self) -> None:
        self.store.close()
        if self._lock:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Pack:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    @property
    def name(self) -> str:
        title = self.settings.pack_title
        return title or self.path.stem

    @property
    def shared(self) -> bool:
        """Whether several people may change this pack at once (a server pack)."""
        return self.store.shared

    @property
    def access(self):
        """What the user may change (``model.team.Access``); a file's user may change all."""
        from model.team import Access

        return getattr(self.store, "access", None) or Access(self.user, "owner")

    # -- reading -----------------------------------------------------------------------------

    def get(self, kind: str, key: tuple) -> r.Record | None:
        return self._records[kind].get(tuple(key))

    def keys(self, kind: str) -> Iterable[tuple]:
        return list(self._records[kind].keys())

    def all(self, kind: str) -> list[r.Record]:
        return list(self._records[kind].values())

    def count(self, kind: str) -> int:
        return len(self._records[kind])

    @property
    def settings(self) -> r.ReportSettings:
        return self._records["settings"].get(("report",)) or r.ReportSettings()

    def indicator(self, code: str) -> r.Indicator | None:
        return self._records["indicator"].get((code,))

    def indicators(self) -> list[r.Indicator]:
        """Indicators in paper order: by group position, then position, then code."""
        groups = self._records["group"]

        def order(ind: r.Indicator):
            group = groups.get((ind.group,))
            return (group.position if group else 1_000_000, ind.group, ind.position, ind.code)

        return sorted(self._records["indicator"].values(), key=order)

    def groups(self) -> list[r.Group]:
        """Groups in paper order, including those only named by indicators."""
        known = dict(self._records["group"])
        for ind in self._records["indicator"].values():
            known.setdefault((ind.group,), r.Group(ind.group, position=1_000_000))
        return sorted(known.values(), key=lambda g: (g.position, g.name))

    def value(self, code: str, period: Period) -> r.Value | None:
        """The indicator's figures for ``period``: as entered, or for a calculated indicator
        worked out from its formula (``model.formula_values``; never stored)."""
        formula = self._calculated.formula(code)
        if formula is not None:
            return self._calculated.value(code, period, formula)
        return self._records["value"].get((code, period))

    def is_calculated(self, code: str) -> bool:
        """Whether indicator ``code`` is worked out from a formula."""
        return self._calculated.formula(code) is not None

    def target(self, code: str, year: int) -> r.Target | None:
        return self._records["target"].get((code, year))

    def commentary(self, code: str, period: Period) -> r.Commentary | None:
        return self._records["commentary"].get((code, period))

    def forecast_override(self, code: str, period: Period) -> r.ForecastOverride | None:
        return self._records["forecast_override"].get((code, period))

    def periods(self) -> list[Period]:
        """Every period that has a value, oldest first."""
        return sorted({key[1] for key in self._records["value"]})

    def latest_period(self) -> Period | None:
        """The latest period with any reported figure."""
        best = None
        for value in self._records["value"].values():
            if value.actual is not None or value.numerator is not None:
                if best is None or value.period > best:
                    best = value.period
        return best

    def is_final(self, period: Period) -> bool:
        state = self._records["period_state"].get((period,))
        return bool(state and state.final)

    def history(self, kind: str | None = None, key: tuple | None = None, limit: int | None = None):
        """The audit log, newest first, optionally for one record."""
        return self.store.audit(kind, key, limit)

    # -- changing ----------------------------------------------------------------------------

    def subscribe(self, callback: Callable[[list[Change]], None]) -> None:
        """Call ``callback(changes)`` after every applied command."""
        self._subscribers.append(callback)

    def unsubscribe(self, callback: Callable[[list[Change]], None]) -> None:
        if callback in self._subscribers:
            self._subscribers.remove(callback)

    @contextmanager
    def deferred_notifications(self) -> Iterator[None]:
        """Hold back subscribers' notifications until the block ends (then send them in
        order), e.g. until the editor has pushed the undo step for an applied command."""
        if self._deferred is not None:  # nested: the outer block sends them
            yield
            return
        self._deferred = []
        try:
            yield
        finally:
            held, self._deferred = self._deferred, None
            for changes in held:
                self._notify(changes)

    def _notify(self, changes: list[Change]) -> None:
        if self._deferred is not None:
            self._deferred.append(changes)
            return
        for callback in list(self._subscribers):
            try:
                callback(changes)
            except Exception as exc:  # noqa: BLE001 - the change is saved whatever a view does
                self.on_subscriber_error(exc)

    def prepare(self, command: Command) -> tuple[list[Change], list[Problem]]:
        """What ``command`` would change, and every problem with it, without changing anything.

        Each record is checked against the pack as it would be after the whole command, so a
        command may add an indicator and its values together.
        """
        pending: dict[tuple[str, tuple], r.Record | None] = {}
        for kind, key, new in command.puts:
            if kind not in r.KINDS:
                raise ValueError(f"unknown kind {kind!r}")
            if new is not None and (new.kind != kind or new.key != tuple(key)):
                raise ValueError(f"record {new!r} does not match {kind} {key}")
            pending[(kind, tuple(key))] = new  # a later put of the same key wins

        def lookup(kind: str, key: tuple) -> r.Record | None:
            slot = (kind, tuple(key))
            if slot in pending:
                return pending[slot]
            return self._records[kind].get(tuple(key))

        problems: list[Problem] = []
        changes: list[Change] = []
        for (kind, key), new in pending.items():
            old = self._records[kind].get(key)
            if old == new:
                continue
            if new is not None:
                problems.extend(validate_record(new, lookup))
            elif kind == "indicator":
                problems.extend(self._still_used(key[0], lookup))
            changes.append((kind, key, old, new))
        return changes, problems

    @property
    def revision(self) -> int:
        """Counts applied commands; a command prepared at this revision needs no re-checking."""
        return self._revision

    def apply(self, command: Command, *, prepared_at: int | None = None,
              allow_for_checks: bool = False) -> Command:
        """Validate, store and apply ``command``; return its inverse. All or nothing.

        ``prepared_at``: the revision at which ``prepare`` found no problems with this very
        command; if the pack has not changed since, the records are not validated again.
        ``allow_for_checks``: store figures whose only problems are ones the pre-publication
        checks report (``Problem.for_checks``), as the interchange import does.
        """
        if self.read_only:
            raise ReadOnlyPack(f"{self.path.name} is open read-only; changes cannot be saved")
        if prepared_at is not None and prepared_at == self._revision:
            changes = self._diff(command)
        else:
            changes, problems = self.prepare(command)
            if allow_for_checks:
                problems = [p for p in problems if not p.for_checks]
            if problems:
                raise ValidationError(problems)
        if not changes:
            return Command(command.label, ())
        if self.store.shared:
            self._write_shared(command, changes)
        else:
            self.store.write(command.label, self.user, changes)
        for kind, key, _old, new in changes:
            if new is None:
                del self._records[kind][key]
            else:
                self._records[kind][key] = new
        self._revision += 1
        self._calculated.forget()
        undo = tuple((kind, key, old) for kind, key, old, _new in reversed(changes))
        if self.store.shared:
            from model.team import Reversal

            inverse = Reversal(command.label, undo,
                               expect=tuple((kind, key, new) for kind, key, _old, new in changes))
        else:
            inverse = Command(command.label, undo)
        self._notify(changes)
        return inverse

    def _write_shared(self, command: Command, changes: list[Change]) -> None:
        """Write to a shared store: refused when the role does not allow it or a record was
        changed by someone else since (then the current records are pulled in)."""
        from model.team import StaleRecord, check_shared

        check_shared(self, command, changes)
        try:
            self.store.write(command.label, self.user, changes)
        except StaleRecord:
            self.refresh(force=True)
            raise

    def last_saved(self):
        """The newest row of the history (``AuditEntry``: who, when, what), or None."""
        found = self.store.audit(limit=1)
        return found[0] if found else None

    def refresh(self, force: bool = False) -> list[Change]:
        """Bring in changes others saved (to a shared pack, announced by the server; to a
        pack file opened read-only, found by its data version; ``force`` looks regardless),
        tell subscribers, and return them; nothing for a file open for editing."""
        if not self.store.shared:
            return self._reload_file(force)
        changes: list[Change] = []
        for kind, key, new in self.store.pull(force=force):
            old = self._records[kind].get(key)
            if old == new:
                continue
            if new is None:
                del self._records[kind][key]
            else:
                self._records[kind][key] = new
            changes.append((kind, key, old, new))
        if changes:
            self._revision += 1
            self._calculated.forget()
            self._notify(changes)
        return changes

    def _reload_file(self, force: bool) -> list[Change]:
        """A read-only pack file: read it again if another Craffu saved to it since."""
        if self._file_version is None:
            return []
        version = self.store.data_version()
        if version == self._file_version and not force:
            return []
        changes = reread(self.store, self._records)
        self._file_version = self.store.data_version()
        if changes:
            self._revision += 1
            self._notify(changes)
        return changes

    @contextmanager
    def serialised(self, purpose: str = "import") -> Iterator[None]:
        """For an import: wait for any other import into a shared pack, hold it off for the
        block, and start from the records as they are now. A file pack is already one
        editor's."""
        if not self.store.shared:
            yield
            return
        with self.store.serialised(purpose):
            self.refresh(force=True)
            yield

    def _diff(self, command: Command) -> list[Change]:
        pending: dict[tuple[str, tuple], r.Record | None] = {}
        for kind, key, new in command.puts:
            pending[(kind, tuple(key))] = new
        changes = []
        for (kind, key), new in pending.items():
            old = self._records[kind].get(key)
            if old != new:
                changes.append((kind, key, old, new))
        return changes

    def _still_used(self, code: str, lookup) -> list[Problem]:
        uses: list[str] = []
        for cls in r.INDICATOR_CHILD_KINDS:
            if any(key[0] == code and lookup(cls.kind, key) is not None
                   for key in self._records[cls.kind]):
                uses.append(f"{cls.kind.replace('_', ' ')} records")
        for kind, attr in (("key_area", "indicator"), ("breakdown", "indicator")):
            for key in self._records[kind]:
                current = lookup(kind, key)
                if current is not None and getattr(current, attr) == code:
                    uses.append(f"{kind.replace('_', ' ')} '{key[0]}'")
        for key in self._records["indicator"]:
            current = lookup("indicator", key)
            formula = formula_of(current) if current is not None else None
            if formula is not None and code in formula.codes:
                uses.append(f"the formula of {key[0]} ({current.formula})")
        if not uses:
            return []
        return [Problem("indicator", (code,), "", "cannot be deleted while used by "
                        + ", ".join(uses))]
