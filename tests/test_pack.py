"""The pack file: commands, undo, validation all-or-nothing, audit log, refusal of bad files,
migrations, and the write lock between instances."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap

import pytest

from model import records as r
from model.commands import delete, delete_indicator, merge, put, set_fields
from model.lock import PackLocked
from model.pack import Pack, ReadOnlyPack
from model.periods import Period
from model.store import SCHEMA_VERSION, PackFile, PackFileError
from model.validation import ValidationError
from tests.conftest import D, add_indicator

Q1 = Period(2023, 1)


def test_apply_returns_inverse_that_undoes_exactly(pack):
    add_indicator(pack, "K1", unit="count")
    before = pack.value("K1", Q1)
    inverse = pack.apply(put("Enter Q1", r.Value("K1", Q1, actual=D(10))))
    assert pack.value("K1", Q1).actual == D(10)
    redo = pack.apply(inverse)
    assert pack.value("K1", Q1) is before is None
    pack.apply(redo)
    assert pack.value("K1", Q1).actual == D(10)


def test_set_fields_changes_one_field_and_keeps_the_rest(pack):
    add_indicator(pack, "K1", unit="count", group="Demand")
    pack.apply(set_fields(pack, "indicator", ("K1",), title="Contacts received"))
    ind = pack.indicator("K1")
    assert (ind.title, ind.group) == ("Contacts received", "Demand")


def test_invalid_command_is_refused_whole(pack):
    add_indicator(pack, "K1", unit="percent")
    command = put("Paste", r.Value("K1", Q1, actual=D(50)), r.Value("K1", Period(2023, 2),
                                                                     actual=D(150)))
    with pytest.raises(ValidationError) as info:
        pack.apply(command)
    assert "150 is not a percentage from 0 to 100" in str(info.value)
    assert pack.value("K1", Q1) is None  # the good half was not applied either


def test_blank_is_not_zero(pack):
    add_indicator(pack, "K1", unit="count")
    pack.apply(put("Enter", r.Value("K1", Q1, actual=None, note="awaiting data")))
    assert pack.value("K1", Q1).actual is None


@pytest.mark.parametrize(
    "value, message",
    [
        (r.Value("P1", Q1, numerator=D(11), denominator=D(10)), "numerator 11 is above"),
        (r.Value("P1", Q1, numerator=D(5)), "a denominator is needed"),
        (r.Value("P1", Q1, numerator=D(0), denominator=D(0)), "denominator is 0"),
        (r.Value("P1", Q1, actual=D("61.2"), numerator=D(61), denominator=D(100)),
         "disagrees with 61 / 100 = 61.0"),
        (r.Value("C1", Q1, actual=D("3.5")), "a count must be a whole number"),
        (r.Value("C1", Q1, actual=D(-1)), "a count cannot be negative"),
        (r.Value("XX", Q1, actual=D(1)), "no indicator with code 'XX'"),
    ],
)
def test_bad_figures_are_refused_with_reason(pack, value, message):
    add_indicator(pack, "P1", unit="percent", aggregation="ratio")
    add_indicator(pack, "C1", unit="count")
    with pytest.raises(ValidationError) as info:
        pack.apply(put("Enter", value))
    assert message in str(info.value)


def test_actual_within_half_a_display_unit_is_accepted(pack):
    add_indicator(pack, "P1", unit="percent", aggregation="ratio")
    pack.apply(put("Enter", r.Value("P1", Q1, actual=D("66.7"), numerator=D(2),
                                    denominator=D(3))))
    assert pack.value("P1", Q1).actual == D("66.7")


def test_partial_trajectory_is_refused(pack):
    add_indicator(pack, "K1", unit="count")
    with pytest.raises(ValidationError, match="needs all four quarters; it has Q1, Q2 only"):
        pack.apply(put("Target", r.Target("K1", 2023, annual=D(100), q1=D(20), q2=D(40))))


def test_indicator_in_use_cannot_be_deleted_alone_but_delete_indicator_takes_its_records(pack):
    add_indicator(pack, "K1", unit="count")
    pack.apply(put("Enter", r.Value("K1", Q1, actual=D(3)), r.Target("K1", 2023, annual=D(9))))
    with pytest.raises(ValidationError, match="cannot be deleted while used"):
        pack.apply(delete("Delete", "indicator", ("K1",)))
    inverse = pack.apply(delete_indicator(pack, "K1"))
    assert pack.indicator("K1") is None and pack.value("K1", Q1) is None
    pack.apply(inverse)
    assert pack.value("K1", Q1).actual == D(3) and pack.target("K1", 2023).annual == D(9)


def test_merged_command_is_one_step(pack):
    command = merge("Add two", put("a", r.Indicator("A", "A")), put("b", r.Indicator("B", "B")))
    inverse = pack.apply(command)
    assert pack.count("indicator") == 2
    pack.apply(inverse)
    assert pack.count("indicator") == 0


def test_subscribers_hear_each_change(pack):
    heard = []
    pack.subscribe(heard.append)
    add_indicator(pack, "K1")
    assert heard and heard[0][0][0] == "indicator" and heard[0][0][1] == ("K1",)


def test_changes_survive_reopening_and_audit_says_who_what_old_new(tmp_path):
    path = tmp_path / "p.craffu"
    with Pack.create(path) as pack:
        add_indicator(pack, "K1", unit="count")
        pack.apply(put("Enter Q1", r.Value("K1", Q1, actual=D(10))))
        pack.apply(set_fields(pack, "value", ("K1", Q1), label="Correct Q1", actual=D(12)))
        user = pack.user
    with Pack.open(path) as pack:
        assert pack.value("K1", Q1).actual == D(12)
        rows = pack.history("value", ("K1", Q1))
        assert rows[0].action == "Correct Q1"
        assert (rows[0].field, rows[0].old, rows[0].new) == ("actual", "10", "12")
        assert rows[0].user == user and rows[0].at.endswith("Z")


def test_not_a_pack_is_refused_and_left_alone(tmp_path):
    text = tmp_path / "notes.craffu"
    text.write_text("hello")
    with pytest.raises(PackFileError, match="is not a Craffu pack"):
        Pack.open(text)
    assert text.read_text() == "hello"
    assert not (tmp_path / "notes.craffu.lock").exists()

    other = tmp_path / "other.craffu"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    with pytest.raises(PackFileError, match="database but not a Craffu pack"):
        Pack.open(other)
    assert other.read_bytes() == before


def test_damaged_pack_is_refused_and_not_changed(tmp_path):
    path = tmp_path / "p.craffu"
    with Pack.create(path) as pack:
        for n in range(300):
            add_indicator(pack, f"K{n}", definition="x" * 200)
    data = bytearray(path.read_bytes())
    data[5000:9000] = b"\xff" * 4000
    path.write_bytes(bytes(data))
    with pytest.raises(PackFileError, match="damaged"):
        Pack.open(path)
    assert path.read_bytes() == bytes(data)


def test_newer_pack_is_refused_and_not_changed(tmp_path):
    path = tmp_path / "p.craffu"
    Pack.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    for read_only in (False, True):
        with pytest.raises(PackFileError, match="newer version of Craffu"):
            Pack.open(path, read_only=read_only)
    assert path.read_bytes() == before


def test_read_only_pack_refuses_changes(tmp_path):
    path = tmp_path / "p.craffu"
    Pack.create(path).close()
    with Pack.open(path, read_only=True) as pack, pytest.raises(ReadOnlyPack):
        add_indicator(pack, "K1")


def test_second_open_in_same_process_is_refused(tmp_path):
    path = tmp_path / "p.craffu"
    with Pack.create(path):
        with pytest.raises(PackLocked, match="is open for editing by"):
            Pack.open(path)
        with Pack.open(path, read_only=True) as viewer:
            assert viewer.read_only
    with Pack.open(path):  # released on close
        pass


def test_another_running_instance_holds_the_lock_and_is_named(tmp_path):
    path = tmp_path / "p.craffu"
    Pack.create(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys
            from model.pack import Pack
            p = Pack.open({str(path)!r})
            print("held", flush=True)
            sys.stdin.readline()
            p.close()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(PackLocked) as info:
            Pack.open(path)
        assert info.value.holder.get("user")
        assert "open for editing by" in str(info.value)
        with Pack.open(path, read_only=True) as viewer:  # read-only is offered instead
            assert viewer.read_only
    finally:
        holder.communicate("\n", timeout=20)
    with Pack.open(path):  # free again once the holder has gone
        pass


def test_a_crashed_holder_does_not_block(tmp_path):
    path = tmp_path / "p.craffu"
    Pack.create(path).close()
    subprocess.run(
        [sys.executable, "-c",
         f"import os\nfrom model.pack import Pack\nPack.open({str(path)!r})\nos._exit(9)"],
        check=False,
    )
    assert (tmp_path / "p.craffu.lock").exists()  # left behind by the crash
    with Pack.open(path):
        pass


def test_memory_store_round_trips_every_field_type(tmp_path):
    path = tmp_path / "p.craffu"
    import datetime as dt

    with Pack.create(path) as pack:
        add_indicator(pack, "K1", unit="count", tolerance=D("2.5"), decimals=1)
        pack.apply(put("x",
                       r.Commitment("C1", "Open hub", due=dt.date(2025, 3, 31)),
                       r.Breakdown("B1", "Contacts", Q1, rows=["Police"], columns=["NFA"],
                                   cells=[[3]]),
                       r.PeriodState(Q1, final=True)))
    with Pack.open(path, read_only=True) as pack:
        assert pack.indicator("K1").tolerance == D("2.5")
        assert pack.get("commitment", ("C1",)).due == dt.date(2025, 3, 31)
        assert pack.get("breakdown", ("B1", Q1)).cells == [[3]]
        assert pack.is_final(Q1)


def test_final_period_figures_are_read_only(pack):
    add_indicator(pack, "K1", unit="count")
    pack.apply(put("Mark final", r.PeriodState(Q1, final=True)))
    with pytest.raises(ValidationError, match="2023-24 Q1 is final"):
        pack.apply(put("Enter", r.Value("K1", Q1, actual=D(1))))


def test_old_schema_is_migrated_on_open_for_writing(tmp_path, monkeypatch):
    from model import store

    path = tmp_path / "p.craffu"
    Pack.create(path).close()
    ran = []
    monkeypatch.setattr(store, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(store.MIGRATIONS, SCHEMA_VERSION,
                        lambda conn: ran.append(conn.execute("SELECT 1").fetchone()))
    with pytest.raises(PackFileError, match="older version"):
        PackFile.open(path, read_only=True)
    with Pack.open(path):
        pass
    assert ran == [(1,)]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    conn.close()
