"""The store contract on both back ends: the same tests pass on a pack file and on a server
pack (a real PostgreSQL server, ``tests/pg_cluster.py``), and the same pack gives the same
scorecard on both."""

from __future__ import annotations

import datetime as dt

import pytest

from model import records as r
from model.address import AddressError, location
from model.commands import delete, put, set_fields
from model.pack import Pack, ReadOnlyPack
from model.pack_copy import copy_pack, records_of
from model.periods import Period
from model.store import PackFileError
from model.stores import SharedStore, Store
from model.validation import ValidationError
from tests.conftest import D, add_indicator, fill_pack

Q1 = Period(2023, 1)


@pytest.fixture(params=["file", "server"])
def where(request, tmp_path):
    """Where a new pack goes: a file path, or a server address on the test cluster."""
    if request.param == "file":
        return tmp_path / "contract.craffu"
    return request.getfixturevalue("server_url")


@pytest.fixture
def made(where):
    pack = Pack.create(where)
    yield pack
    pack.close()


def test_both_back_ends_conform_to_the_store_interface(made):
    assert isinstance(made.store, Store)
    assert isinstance(made.store, SharedStore) == made.shared


def test_apply_returns_an_inverse_that_undoes_exactly(made):
    add_indicator(made, "K1", unit="count")
    inverse = made.apply(put("Enter Q1", r.Value("K1", Q1, actual=D(10))))
    assert made.value("K1", Q1).actual == D(10)
    redo = made.apply(inverse)
    assert made.value("K1", Q1) is None
    made.apply(redo)
    assert made.value("K1", Q1).actual == D(10)


def test_a_refused_command_stores_nothing(made, where):
    add_indicator(made, "K1", unit="percent")
    with pytest.raises(ValidationError, match="150 is not a percentage"):
        made.apply(put("Paste", r.Value("K1", Q1, actual=D(50)),
                       r.Value("K1", Period(2023, 2), actual=D(150))))
    made.close()
    with Pack.open(where, read_only=True) as again:
        assert again.value("K1", Q1) is None


def test_every_field_type_comes_back_exactly(made, where):
    fill_pack(made)
    awkward = [r.Value("D1", Period(2022, q), actual=D(n)) for q, n in
               ((1, "999999999999"), (2, "0"), (3, "1E+3"), (4, "-0"))]
    made.apply(put("Edge figures", *awkward,
                   r.Target("K1.24", 2023, annual=D("480.50"), q1=D(100), q2=D(200), q3=D(300),
                            q4=D("480.50"), management=True, rationale="Ŵyr a wyresau: ŷ"),
                   r.Commitment("C1", "Recruit foster carers", due=dt.date(2025, 3, 31)),
                   r.Breakdown("Contacts", "Contacts by source", Period(2024, 3),
                               rows=["Police", "School"], columns=["NFA", "Referral"],
                               cells=[[1, None], [3, 4]]),
                   r.PeriodState(Period(2021, 1), final=True)))
    made.apply(put("Settings", made.settings.replace(default_tolerance=D("7.5"),
                                                      meeting_date=dt.date(2025, 1, 14))))
    before = records_of(made)
    made.close()
    with Pack.open(where, read_only=True) as again:
        assert records_of(again) == before


def test_the_audit_log_says_when_who_what_old_and_new(made):
    add_indicator(made, "K1", unit="count")
    made.apply(put("Enter Q1", r.Value("K1", Q1, actual=D(10))))
    made.apply(set_fields(made, "value", ("K1", Q1), label="Correct Q1", actual=D(12)))
    made.apply(delete("Remove Q1", "value", ("K1", Q1)))
    rows = made.history("value", ("K1", Q1))
    assert [row.action for row in rows] == ["Remove Q1", "Correct Q1", "Enter Q1"]
    assert (rows[1].field, rows[1].old, rows[1].new) == ("actual", "10", "12")
    assert rows[0].new is None and '"actual": "12"' in rows[0].old
    assert {row.user for row in rows} == {made.user}
    assert rows[0].at.endswith("Z")
    if made.shared:
        assert made.user == "postgres"  # the database user, not the operating-system one


def test_a_value_changed_behind_craffus_back_makes_the_pack_damaged(made, where, pg_or_none):
    add_indicator(made, "K1", unit="count")
    made.close()
    if isinstance(where, str):  # server: as a database administrator would, by hand
        name = location(where).pack
        with pg_or_none.connect() as conn:
            conn.execute(f'UPDATE "{name}".rec_indicator SET unit = \'furlongs\'')
    else:
        import sqlite3

        conn = sqlite3.connect(where)
        conn.execute("UPDATE rec_indicator SET unit = 'furlongs'")
        conn.commit()
        conn.close()
    with pytest.raises(PackFileError, match="is damaged: .*K1.*unit"):
        Pack.open(where)


def test_read_only_refuses_changes(made, where):
    made.close()
    with Pack.open(where, read_only=True) as again, pytest.raises(ReadOnlyPack):
        add_indicator(again, "K2")


@pytest.fixture
def pg_or_none(request, where):
    return request.getfixturevalue("pg") if isinstance(where, str) else None


# -- the same scorecard on both ------------------------------------------------------------------


def test_the_sample_gives_the_same_scorecard_on_a_server_for_every_period(server_url, tmp_path):
    """The sample's rules cases (every status rule is exercised by its indicators) evaluate to
    the same scorecard rows and the same CSV on a server pack as on the file."""
    from exporters.scorecard_csv import write_scorecard_csv
    from model.sample_build import SHIPPED
    from model.scorecard import build_scorecard

    copy_pack(SHIPPED, server_url)
    with Pack.open(SHIPPED, read_only=True) as file_pack, \
            Pack.open(server_url, read_only=True) as server_pack:
        assert records_of(server_pack) == records_of(file_pack)
        periods = file_pack.periods()
        assert len(periods) > 20
        for period in periods:
            on_file = build_scorecard(file_pack, period)
            on_server = build_scorecard(server_pack, period)
            assert on_server == on_file, period.label
        last = periods[-1]
        write_scorecard_csv(build_scorecard(file_pack, last), tmp_path / "file.csv")
        write_scorecard_csv(build_scorecard(server_pack, last), tmp_path / "server.csv")
    assert (tmp_path / "file.csv").read_bytes() == (tmp_path / "server.csv").read_bytes()


def test_copy_server_to_file_and_back_keeps_every_record(server_pack, tmp_path, pg):
    fill_pack(server_pack)
    url = str(server_pack.path)
    original = records_of(server_pack)
    offline = tmp_path / "offline.craffu"
    copy_pack(pg.url(location(url).pack), offline)
    back = pg.url(location(url).pack + "_b")
    copy_pack(offline, back)
    with Pack.open(offline, read_only=True) as a, Pack.open(back, read_only=True) as b:
        assert records_of(a) == original == records_of(b)
        assert b.history()[0].action == "Copy of offline.craffu"


def test_copy_never_overwrites_and_leaves_the_destination_alone(server_pack, tmp_path):
    source = tmp_path / "one.craffu"
    with Pack.create(source) as pack:
        add_indicator(pack, "K1")
    with pytest.raises(PackFileError, match="already exists"):
        copy_pack(source, server_pack.store.address)
    assert server_pack.refresh(force=True) == [] and server_pack.indicator("K1") is None
    with pytest.raises(PackFileError, match="already exists"):
        copy_pack(server_pack.store.address, source)


# -- opening server packs: what users are told ---------------------------------------------------


def test_a_missing_server_pack_is_named(pg):
    with pytest.raises(PackFileError, match="there is no pack 'nothing_here'.*main.py new"):
        Pack.open(pg.url("nothing_here"))


def test_a_schema_that_is_not_a_pack_is_refused(pg):
    pg.execute("CREATE SCHEMA holiday_rota", database="craffu")
    with pytest.raises(PackFileError, match="is not a Craffu pack"):
        Pack.open(pg.url("holiday_rota"))


def test_a_wrong_password_gets_one_line(pg):
    with pytest.raises(PackFileError, match="could not be opened: .*password authentication "
                       "failed") as info:
        Pack.open(pg.url("any", user="postgres", password="wrong"))
    assert "\n" not in str(info.value) and "wrong" not in str(info.value)


def test_a_newer_server_pack_is_refused_and_an_older_one_migrated(server_pack, monkeypatch):
    from model import server_schema

    address = server_pack.store.address
    server_pack.close()
    current = server_schema.SERVER_SCHEMA_VERSION
    monkeypatch.setattr(server_schema, "SERVER_SCHEMA_VERSION", 0)
    with pytest.raises(PackFileError, match="newer version of Craffu"):
        Pack.open(address)
    ran = []
    monkeypatch.setattr(server_schema, "SERVER_SCHEMA_VERSION", current + 1)
    monkeypatch.setitem(server_schema.MIGRATIONS, current, lambda cursor, schema, database:
                        ran.append(cursor.execute(f'ALTER TABLE "{schema}".rec_group ADD COLUMN '
                                                  f'colour text').statusmessage))
    with pytest.raises(PackFileError, match="older version"):
        Pack.open(address, read_only=True)
    with Pack.open(address):
        pass
    assert ran == ["ALTER TABLE"]
    with Pack.open(address):  # migrated once
        pass
    assert ran == ["ALTER TABLE"]


@pytest.mark.parametrize("text, message", [
    ("postgresql://u@h/db", "names no pack"),
    ("postgresql://u@h/?pack=x", "names no database"),
    ("postgresql://u@h/db?pack=Public", "cannot be a pack name"),
    ("postgresql://u@h/db?pack=public", "cannot be a pack name"),
    ("postgresql://u@h/db?pack=pg_x", "cannot be a pack name"),
    ("postgresql://u@h:99999/db?pack=x", "not a server address"),
])
def test_malformed_addresses_are_refused_with_the_reason(text, message):
    with pytest.raises(AddressError, match=message):
        location(text)


def test_an_address_never_shows_its_password():
    address = location("postgresql://alice:s%40cret@db.council.local:5433/perf?pack=cyp"
                       "&sslmode=require")
    assert (address.user, address.password, address.port, address.pack) == \
        ("alice", "s@cret", 5433, "cyp")
    assert "cret" not in str(address) and "cret" not in address.name
    assert address.name == "cyp on db.council.local:5433/perf"
    assert "sslmode=require" in address.conninfo and "pack=" not in address.conninfo
    assert location(str(address)) == address.__class__(**{**address.__dict__, "password": None})
    with pytest.raises(AddressError) as info:
        location("postgresql://alice:topsecret@h/db")
    assert "topsecret" not in str(info.value)


def test_follow_records_brings_an_old_packs_tables_up_to_the_record_definitions(server_pack,
                                                                               monkeypatch, pg):
    """A pack whose breakdown table has another key and lacks a field (as one made before
    model.records changed would) is brought up to date by the generic migration step."""
    from model import server_schema

    address = server_pack.store.address
    server_pack.apply(put("Breakdown", r.Breakdown("Contacts", "Contacts", Period(2024, 3))))
    server_pack.close()
    with pg.connect() as conn:
        conn.execute(f'SET search_path = "{address.pack}"')
        conn.execute("ALTER TABLE rec_breakdown DROP CONSTRAINT rec_breakdown_pkey")
        conn.execute("ALTER TABLE rec_breakdown ADD PRIMARY KEY (name, title)")
        conn.execute("ALTER TABLE rec_breakdown DROP COLUMN note")
    current = server_schema.SERVER_SCHEMA_VERSION
    monkeypatch.setattr(server_schema, "SERVER_SCHEMA_VERSION", current + 1)
    monkeypatch.setitem(server_schema.MIGRATIONS, current, server_schema.follow_records)
    key = ("Contacts", Period(2024, 3))
    with Pack.open(address) as again:
        assert again.get("breakdown", key).note == ""
        again.apply(put("Note", again.get("breakdown", key).replace(note="by source")))
    with pg.connect() as conn:
        key = conn.execute(
            "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
            "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = %s::regclass AND i.indisprimary",
            (f'"{address.pack}".rec_breakdown',)).fetchall()
    assert [k for (k,) in key] == list(r.Breakdown.KEY)
