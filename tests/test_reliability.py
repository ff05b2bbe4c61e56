"""The pack survives crashes, races, impossible numbers and failing disks (issue 9).

Each test stages the fault for real: a process killed in the middle of a save, processes racing
for the lock, a file system that refuses writes, a FIFO where a pack should be, stored values
changed behind Craffu's back. Every fault must end in one clear line (exit 2 on the command
line), never a traceback or a hang, and never a changed pack.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from decimal import Decimal
from pathlib import Path

import pytest

import main
from bench import reliability
from model import records as r
from model.commands import put, set_fields
from model.lock import PackLock, PackLocked
from model.pack import Pack
from model.periods import Period
from model.store import PackFile, PackFileError, PackNotWritable, has_journal, journal_path
from model.validation import ValidationError
from tests.conftest import D, add_indicator

ROOT = Path(main.__file__).resolve().parent
Q1 = Period(2024, 1)
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def run_cli(capsys, *args) -> tuple[int, str, str]:
    code = main.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def small(tmp_path) -> Path:
    path = tmp_path / "small.craffu"
    with Pack.create(path) as pack:
        add_indicator(pack, "K1", unit="count", group="Demand")
        pack.apply(put("figures", r.Value("K1", Q1, actual=D(7)),
                       r.Value("K1", Period(2024, 2), actual=D(9))))
    return path


# -- 1. a crash in the middle of a save ------------------------------------------------------


def _interrupt_a_save(path: Path) -> None:
    """A process that dies in the middle of a save, after SQLite has copied the original pages
    to the journal and changed the pack file: exactly what a SIGKILL or power cut leaves."""
    script = textwrap.dedent(f"""
        import os, sqlite3
        conn = sqlite3.connect({str(path)!r}, isolation_level=None)
        conn.execute("PRAGMA cache_size = 1")  # spill changed pages into the file at once
        conn.execute("BEGIN IMMEDIATE")
        for n in range(400):
            conn.execute("INSERT INTO audit (at, user, action, kind, key) "
                         "VALUES ('x', 'crash', ?, 'value', 'k')", ("x" * 500,))
        conn.execute("UPDATE rec_value SET actual = '999' WHERE code = 'K1'")
        os._exit(9)  # no commit, no rollback, no cleanup
    """)
    assert subprocess.run([sys.executable, "-c", script]).returncode == 9


def test_an_interrupted_save_is_rolled_back_and_the_pack_reopens(small, capsys):
    _interrupt_a_save(small)
    assert has_journal(small), "the crash should leave a hot journal"
    # read-only first: the way that used to say "damaged (attempt to write a readonly database)"
    with Pack.open(small, read_only=True) as pack:
        assert pack.value("K1", Q1).actual == D(7)  # the unfinished save is gone, nothing else
    assert not has_journal(small)
    with Pack.open(small) as pack:
        assert pack.value("K1", Period(2024, 2)).actual == D(9)
        assert not any(entry.user == "crash" for entry in pack.history())
    assert sqlite3.connect(small).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_command_line_repairs_an_interrupted_save(small, capsys):
    _interrupt_a_save(small)
    code, out, err = run_cli(capsys, "check", small, "--period", "2024-25 Q1")
    assert code in (0, 1) and "Traceback" not in err and "damaged" not in err


@pytest.mark.skipif(IS_ROOT, reason="root can write to read-only files, so the case cannot arise")
def test_an_interrupted_save_on_a_read_only_file_says_what_to_do(small):
    _interrupt_a_save(small)
    small.chmod(0o444)
    small.parent.chmod(0o555)
    try:
        with pytest.raises(PackFileError, match="interrupted while saving"):
            Pack.open(small, read_only=True)
    finally:
        small.parent.chmod(0o755)
        small.chmod(0o644)


def test_a_locked_pack_with_a_save_under_way_is_not_repaired_by_a_reader(small):
    """A reader must never roll back the holder's save in progress: only a hot journal (no
    live holder) is repaired. The holder here is this process; the journal is planted."""
    with Pack.open(small) as holder:
        journal_path(small).write_bytes(b"")  # an empty journal is never hot
        with Pack.open(small, read_only=True) as reader:
            assert reader.value("K1", Q1).actual == D(7)
        holder.apply(put("edit", r.Value("K1", Q1, actual=D(8))))
    with Pack.open(small, read_only=True) as pack:
        assert pack.value("K1", Q1).actual == D(8)


def test_random_kills_during_edits_lose_nothing_and_every_pack_reopens(tmp_path):
    outcome = reliability.run(kills=6, seed=7, folder=tmp_path)
    assert outcome.rounds == 6 and outcome.reported > 0
    assert (outcome.lost, outcome.unopenable, outcome.torn) == (0, 0, 0)


# -- 2. the lock cannot be held twice ----------------------------------------------------------


_INCREMENTER = textwrap.dedent("""
    import sys, time
    from decimal import Decimal
    from model import records as r
    from model.commands import put
    from model.lock import PackLocked
    from model.pack import Pack
    from model.periods import Period
    path, cycles = sys.argv[1], int(sys.argv[2])
    done = 0
    while done < cycles:
        try:
            pack = Pack.open(path)
        except PackLocked:
            time.sleep(0.001)
            continue
        try:
            current = pack.value("K1", Period(2024, 1)).actual
            pack.apply(put("count", r.Value("K1", Period(2024, 1), actual=current + 1)))
        finally:
            pack.close()
        done += 1
""")


def test_racing_processes_never_hold_the_lock_together(small):
    """Processes each read, increment and write the figure under the lock: with two holders at
    once increments would be lost (the first round's lock file was deleted on release)."""
    workers, cycles = 4, 25
    start = int(Pack.open(small, read_only=True).value("K1", Q1).actual)
    procs = [subprocess.Popen([sys.executable, "-c", _INCREMENTER, str(small), str(cycles)],
                              cwd=ROOT) for _ in range(workers)]
    for proc in procs:
        assert proc.wait(timeout=120) == 0
    with Pack.open(small, read_only=True) as pack:
        assert pack.value("K1", Q1).actual == start + workers * cycles
        counts = [e for e in pack.history() if e.action == "count"]
        assert len(counts) == workers * cycles
    assert (small.parent / (small.name + ".lock")).exists()  # kept, never unlinked


def test_release_keeps_the_lock_file_and_the_next_holder_reuses_it(small):
    first = PackLock(small)
    first.acquire()
    inode = first.path.stat().st_ino
    first.release()
    assert first.path.exists()
    second = PackLock(small)
    second.acquire()
    try:
        assert second.path.stat().st_ino == inode
        with pytest.raises(PackLocked):
            PackLock(small).acquire()
    finally:
        second.release()


# -- 3 and 4. numbers and text no council figure can be ----------------------------------------


@pytest.mark.parametrize("typed", ["12345678901234567890123456789", "1E+30", "1E-999999",
                                   "-2000000000000", "0.1234567890123456"])
def test_impossible_numbers_are_refused_where_they_enter(pack, typed):
    add_indicator(pack, "K1", unit="rate")
    with pytest.raises(ValidationError) as caught:
        pack.apply(put("edit", r.Value("K1", Q1, actual=Decimal(typed))))
    assert "K1" in str(caught.value) and "actual" in str(caught.value)
    assert pack.value("K1", Q1) is None


def test_impossible_numbers_in_an_import_are_named_and_nothing_is_stored(small, tmp_path,
                                                                          capsys):
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "Values.csv").write_text("code,period,actual\nK1,2024-25 Q3,1E+30\n",
                                       encoding="utf-8")
    before = small.read_bytes()
    code, _, err = run_cli(capsys, "import", small, folder)
    assert code == 2 and "Traceback" not in err
    assert "1E+30" in err and "Values" in err
    assert small.read_bytes() == before


def test_a_huge_text_is_refused_quoting_only_its_start(pack):
    add_indicator(pack, "K1")
    huge = "x" * 40_000
    with pytest.raises(ValidationError) as caught:
        pack.apply(put("edit", r.Commentary("K1", Q1, text=huge)))
    message = str(caught.value)
    assert "32,767" in message and len(message) < 400 and "40,000 characters" in message


def test_control_characters_are_shown_escaped_in_messages(small, capsys):
    code, _, err = run_cli(capsys, "check", small, "--period", "2024-25 Q9\x1b[31m\r")
    assert code == 2
    assert "\x1b" not in err and "\r" not in err and "\\x1b" in err


# -- 5. stored values changed behind Craffu's back -------------------------------------------


@pytest.mark.parametrize("sql, named", [
    ("UPDATE rec_value SET actual = 'abc'", "actual"),
    ("UPDATE rec_indicator SET decimals = 'x'", "decimals"),
    ("UPDATE rec_value SET actual = '1E+30'", "actual"),
    ("UPDATE rec_indicator SET unit = 'furlongs'", "unit"),
    ("UPDATE rec_value SET period = 'not a period' "
     "WHERE rowid = (SELECT min(rowid) FROM rec_value)", "period"),
    ("UPDATE rec_commentary SET text = zeroblob(10)", "text"),
])
def test_corrupt_stored_values_make_a_damaged_pack_not_a_traceback(small, capsys, sql, named):
    with Pack.open(small) as pack:
        pack.apply(put("c", r.Commentary("K1", Q1, text="fine")))
    conn = sqlite3.connect(small)
    conn.execute(sql)
    conn.commit()
    conn.close()
    before = small.read_bytes()
    for verb in (["check"], ["export", "--csv", small.with_suffix(".csv")]):
        code, _, err = run_cli(capsys, verb[0], small, *verb[1:])
        assert code == 2, err
        assert "damaged" in err and named in err and "Traceback" not in err
        assert len(err.strip().splitlines()) == 1
    assert small.read_bytes() == before


# -- 6. write faults -----------------------------------------------------------------------


@pytest.mark.skipif(IS_ROOT, reason="root can write to read-only files")
def test_a_read_only_pack_file_is_refused_for_editing_and_opens_read_only(small, capsys):
    small.chmod(0o444)
    try:
        with pytest.raises(PackNotWritable, match="open it read-only"):
            Pack.open(small)
        with Pack.open(small, read_only=True) as pack:
            assert pack.value("K1", Q1).actual == D(7)
        code, _, err = run_cli(capsys, "import", small, small.parent)
        assert code == 2 and "read-only" in err and "Traceback" not in err
    finally:
        small.chmod(0o644)


def test_a_pack_the_user_cannot_write_is_refused_for_editing(small, monkeypatch):
    """The same rule, shown as root too: the access check is what decides."""
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: False if mode == os.W_OK
                        else real_access(path, mode))
    with pytest.raises(PackNotWritable):
        Pack.open(small)
    with Pack.open(small, read_only=True) as pack:
        assert pack.value("K1", Q1).actual == D(7)


_FILL_THE_DISK = textwrap.dedent("""
    import resource, signal, sys
    from decimal import Decimal
    from model import records as r
    from model.commands import put
    from model.pack import Pack
    from model.periods import Period
    from model.store import PackFileError
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
    path = sys.argv[1]
    pack = Pack.open(path)
    limit = int(sys.argv[2])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        pack.apply(put("big", *(r.Commentary("K1", Period(2000 + n // 4, n % 4 + 1),
                                             text="y" * 30000) for n in range(40))))
    except PackFileError as exc:
        print("REFUSED", exc)
    pack.close()
""")


def test_a_failed_write_refuses_the_save_with_a_message_and_changes_nothing(small):
    """A write fails during a save (a file-size limit stands in for a full disk on any machine;
    SQLite reports it as an I/O error). The save is refused whole with one message naming the
    pack, and the pack is unchanged. ``test_a_really_full_disk`` fills a real disk."""
    before = small.read_bytes()
    limit = len(before) + 64 * 1024
    done = subprocess.run([sys.executable, "-c", _FILL_THE_DISK, str(small), str(limit)],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("REFUSED small.craffu could not be saved"), done.stdout
    assert "nothing was changed" in done.stdout and len(done.stdout.splitlines()) == 1
    with Pack.open(small, read_only=True) as pack:
        assert pack.count("commentary") == 0
    assert sqlite3.connect(small).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.fixture
def tiny_disk(tmp_path):
    """A 2 MB tmpfs, where the machine allows mounting one (root in a privileged container)."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    if not IS_ROOT or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"this machine does not allow mounting a tmpfs: {done.stderr.strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_really_full_disk(tiny_disk, small, capsys):
    pack_path = tiny_disk / "full.craffu"
    shutil.copyfile(small, pack_path)
    filler = tiny_disk / "filler"
    with open(filler, "wb") as handle:  # fill the disk to the last block
        try:
            while True:
                handle.write(b"\0" * 4096)
                handle.flush()
        except OSError:
            pass
    with pytest.raises(PackFileError, match="disk is full"):  # not even the lock's details fit
        Pack.open(pack_path)
    filler.unlink()
    with Pack.open(pack_path) as pack:
        with open(filler, "wb") as handle:  # fill it again while the pack is open
            try:
                while True:
                    handle.write(b"\0" * 4096)
                    handle.flush()
            except OSError:
                pass
        before = pack_path.read_bytes()
        with pytest.raises(PackFileError, match="disk is full"):
            pack.apply(put("big", *(r.Commentary("K1", Period(2000 + n // 4, n % 4 + 1),
                                                 text="z" * 30000) for n in range(40))))
        assert pack.count("commentary") == 0
    assert pack_path.read_bytes() == before
    code, _, err = run_cli(capsys, "export", pack_path, "--csv", tiny_disk / "out.csv")
    assert code in (0, 2) and "Traceback" not in err
    code, _, err = run_cli(capsys, "new", tiny_disk / "another.craffu", "--sample")
    assert code == 2 and "disk is full" in err
    assert not (tiny_disk / "another.craffu").exists()


def test_a_lock_file_that_cannot_be_made_is_a_message(small, monkeypatch, capsys):
    real_open = os.open

    def refuse(path, flags, *args):
        if str(path).endswith(".lock"):
            raise OSError(28, "No space left on device", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(PackFileError, match="disk is full"):
        Pack.open(small)


# -- 7. things that are not files ---------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_named_like_a_pack_is_refused_at_once(tmp_path):
    fifo = tmp_path / "p.craffu"
    os.mkfifo(fifo)
    for args in (["check", fifo], ["export", fifo, "--csv", tmp_path / "o.csv"], [fifo],
                 ["import", tmp_path / "x.craffu", fifo]):
        started = time.monotonic()
        done = subprocess.run([sys.executable, "main.py", *map(str, args)], cwd=ROOT,
                              capture_output=True, text=True, timeout=30)
        assert time.monotonic() - started < 20
        assert done.returncode == 2, (args, done.stderr)
        assert "Traceback" not in done.stderr
    done = subprocess.run([sys.executable, "main.py", "check", str(fifo)], cwd=ROOT,
                          capture_output=True, text=True, timeout=30)
    assert "not a regular file" in done.stderr


# -- the views and the saved change ------------------------------------------------------------


def test_a_failing_view_cannot_turn_a_saved_change_into_a_refused_one(pack):
    add_indicator(pack, "K1", unit="count")
    heard, failures = [], []

    def broken(changes):
        raise RuntimeError("a view crashed")

    pack.subscribe(broken)
    pack.subscribe(heard.append)
    pack.on_subscriber_error = failures.append
    inverse = pack.apply(put("edit", r.Value("K1", Q1, actual=D(3))))
    assert pack.value("K1", Q1).actual == D(3) and inverse
    assert len(heard) == 1 and isinstance(failures[0], RuntimeError)


def test_notifications_wait_for_the_end_of_a_deferred_block(pack):
    add_indicator(pack, "K1", unit="count")
    heard = []
    pack.subscribe(heard.append)
    with pack.deferred_notifications():
        pack.apply(set_fields(pack, "value", ("K1", Q1), actual=D(1)))
        pack.apply(set_fields(pack, "value", ("K1", Q1), actual=D(2)))
        assert heard == []
    assert [changes[0][3].actual for changes in heard] == [D(1), D(2)]


def test_a_new_pack_that_cannot_be_written_whole_is_not_left_behind(tmp_path, monkeypatch):
    path = tmp_path / "new.craffu"
    real_connect = sqlite3.connect

    class FailingConnection:
        def __init__(self, *args, **kwargs):
            self._conn = real_connect(*args, **kwargs)

        def execute(self, sql, *args):
            if sql.startswith("CREATE TABLE rec_target"):
                raise sqlite3.OperationalError("database or disk is full")
            return self._conn.execute(sql, *args)

        def close(self):
            self._conn.close()

    monkeypatch.setattr(sqlite3, "connect", FailingConnection)
    with pytest.raises(PackFileError, match="disk is full"):
        PackFile.create(path)
    assert not path.exists()



# -- in the window ---------------------------------------------------------------------------


def test_the_window_opens_a_pack_it_cannot_write_read_only_with_a_notice(small, monkeypatch):
    from gui.app import open_pack

    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: False if mode == os.W_OK
                        else real_access(path, mode))
    told = []
    pack = open_pack(small, ask_read_only=lambda exc: False,
                     report_error=lambda title, text: told.append((title, text)))
    try:
        assert pack is not None and pack.read_only
        assert told and told[0][0] == "Opened read-only" and "read-only" in told[0][1]
    finally:
        pack.close()


def test_errors_escaping_to_the_event_loop_become_dialogs(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from gui.app import install_error_dialogs

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(("warning", a[2])))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(("critical", a[2])))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(sys, "__stderr__", open(os.devnull, "w"))  # noqa: SIM115
    install_error_dialogs()
    full = PackFileError("p.craffu could not be saved: the disk is full")
    sys.excepthook(PackFileError, full, None)
    try:
        raise KeyError("defect")
    except KeyError as exc:
        sys.excepthook(KeyError, exc, exc.__traceback__)
    assert shown[0] == ("warning", str(full))
    assert shown[1][0] == "critical" and "Every change you made before this is saved" in shown[1][1]
