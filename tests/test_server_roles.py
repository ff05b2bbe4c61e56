"""Roles on a server pack, enforced by the database: what each role may do through Craffu, and
what a direct SQL connection as that user is refused (grants and row-level security)."""

from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from model import records as r
from model.collection import open_round
from model.commands import delete, put, set_fields
from model.pack import Pack, ReadOnlyPack
from model.periods import Period
from model.roles import RoleError, grant, members, revoke
from model.store import PackFileError
from model.team import NotPermitted
from tests.conftest import Q3, D, fill_pack

ROOT = Path(__file__).resolve().parent.parent
PRACTICE = "Shifting the Balance – Practice"
_people = itertools.count(1)


@pytest.fixture
def team(pg, server_pack):
    """The filled pack with four people: a contributor for Demand, an officer, an approver and
    a viewer (database users with passwords), and 2024-25 Q3 open for collection."""
    fill_pack(server_pack)
    open_round(server_pack, Q3)
    n = next(_people)
    address = server_pack.store.address
    people = {}
    for role, group in (("contributor", "Demand"), ("officer", None), ("approver", None),
                        ("viewer", None)):
        user = f"{role}{n}"
        pg.add_user(user, "pw")
        grant(address, user, role, group)
        people[role] = pg.url(address.pack, user=user, password="pw")
    people["owner"] = server_pack
    return people


def _sql(pg, url: str):
    """A direct SQL connection as the user of ``url``, in the pack's schema."""
    from model.address import location

    where = location(url)
    conn = pg.connect(user=where.user, password=where.password)
    conn.execute(f'SET search_path = "{where.pack}"')
    return conn


# -- through Craffu ------------------------------------------------------------------------------


def test_a_contributor_enters_their_groups_figures_and_nothing_else(team):
    with Pack.open(team["contributor"]) as pack:
        assert (pack.access.role, pack.access.groups) == ("contributor", {"Demand"})
        pack.apply(set_fields(pack, "value", ("D1", Q3), actual=D(7020)))
        pack.apply(put("Note", r.Commentary("D1", Q3, text="Demand held steady")))
        with pytest.raises(NotPermitted, match=f"the indicator is in group '{PRACTICE}'.*"
                           "contributor for 'Demand'"):
            pack.apply(set_fields(pack, "value", ("K1.22", Q3), numerator=D(130)))
        with pytest.raises(NotPermitted, match="indicator records are changed by an officer"):
            pack.apply(set_fields(pack, "indicator", ("D1",), title="Contacts"))
        with pytest.raises(NotPermitted, match="2024-25 Q2 is not open for collection"):
            pack.apply(set_fields(pack, "value", ("D1", Period(2024, 2)), actual=D(1)))
    team["owner"].refresh(force=True)
    assert team["owner"].value("D1", Q3).actual == D(7020)
    assert team["owner"].history("value", ("D1", Q3))[0].user.startswith("contributor")


def test_a_viewer_reads_only(team):
    with Pack.open(team["viewer"]) as pack:
        assert pack.read_only and pack.value("D1", Q3).actual == D(7010)
        with pytest.raises(ReadOnlyPack):
            pack.apply(set_fields(pack, "value", ("D1", Q3), actual=D(1)))


def test_only_an_approver_marks_a_period_final(team):
    with Pack.open(team["officer"]) as pack:
        pack.apply(set_fields(pack, "indicator", ("D1",), title="Contacts received"))
        with pytest.raises(NotPermitted, match="marking a period final .* is for an approver"):
            pack.apply(put("Final", r.PeriodState(Q3, final=True)))
    with Pack.open(team["approver"]) as pack:
        pack.apply(put("Final", r.PeriodState(Q3, final=True)))
        assert pack.is_final(Q3)


def test_a_revoked_user_cannot_open_the_pack(team, pg):
    address = team["owner"].store.address
    from model.address import location

    user = location(team["viewer"]).user
    assert revoke(address, user) == f"{user} no longer has every role on {address.name}"
    with pytest.raises(NotPermitted, match="have no role on this pack"):
        Pack.open(team["viewer"])


def test_grant_refuses_an_unknown_group_or_a_contributor_without_one(team):
    address = team["owner"].store.address
    with pytest.raises(RoleError, match="has no group 'Adults'"):
        grant(address, "someone", "contributor", "Adults")
    with pytest.raises(RoleError, match="give --group"):
        grant(address, "someone", "contributor")


# -- direct SQL: the database itself refuses ------------------------------------------------------


def test_row_level_security_refuses_a_contributors_direct_write_to_another_group(team, pg):
    with _sql(pg, team["contributor"]) as conn:
        # Their own group, in the open period: allowed.
        done = conn.execute("UPDATE rec_value SET actual = 7030 WHERE code = 'D1' AND period = "
                            "'2024-25 Q3'").rowcount
        assert done == 1
        # Another group's figures: invisible to UPDATE and DELETE, refused on INSERT.
        assert conn.execute("UPDATE rec_value SET numerator = 1 WHERE code = 'K1.22'").rowcount \
            == 0
        assert conn.execute("DELETE FROM rec_value WHERE code = 'K1.23'").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("INSERT INTO rec_value (code, period, actual, revision) VALUES "
                         "('K1.24', '2024-25 Q3', 500, 0)")
        # Their own group outside the open period: refused too.
        assert conn.execute("UPDATE rec_value SET actual = 1 WHERE code = 'D1' AND period = "
                            "'2024-25 Q2'").rowcount == 0
        # Definitions, targets, sign-off: no write privilege at all.
        for statement in ("UPDATE rec_indicator SET title = 'x'",
                          "DELETE FROM rec_target",
                          "INSERT INTO rec_period_state VALUES ('2024-25 Q3', true, 0)",
                          "INSERT INTO contributor_group VALUES (current_user, "
                          f"'{PRACTICE}')"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        # The audit log cannot be written in someone else's name, or rewritten.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO audit (revision, \"user\", action, kind, key) VALUES "
                         "(0, 'postgres', 'forged', 'value', 'x')")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM audit")
        with pytest.raises(psycopg.errors.RaiseException, match="moves on by one"):
            conn.execute("UPDATE craffu_pack SET revision = 0")
    owner = team["owner"]
    owner.refresh(force=True)
    assert owner.value("K1.22", Q3).numerator == D(126)  # untouched
    assert owner.value("K1.23", Q3) is not None and owner.value("K1.24", Q3) is None


def test_officers_and_viewers_direct_sql_is_limited_by_grants(team, pg):
    with _sql(pg, team["officer"]) as conn:
        assert conn.execute("UPDATE rec_value SET numerator = 127 WHERE code = 'K1.22' AND "
                            "period = '2024-25 Q3'").rowcount == 1
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO rec_period_state VALUES ('2024-25 Q3', true, 0)")
    with _sql(pg, team["viewer"]) as conn:
        assert conn.execute("SELECT count(*) FROM rec_value").fetchone()[0] > 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE rec_value SET actual = 1")


def test_a_write_the_database_hides_is_refused_whole_not_reported_done(team, pg):
    """Row security makes refused rows invisible; a save that touched fewer rows than it
    meant to is refused whole rather than recorded as done."""
    with Pack.open(team["contributor"]) as pack:
        with _sql(pg, pg.url(pack.store.schema)) as admin:  # the period closes behind its back
            admin.execute("UPDATE collection SET state = 'closed'")
        pack.store.access = pack.store.access.__class__("x", "officer")  # skip the app's check
        with pytest.raises(NotPermitted, match="the database refused this .*row-level security"):
            pack.apply(set_fields(pack, "value", ("D1", Q3), actual=D(1)))
        with pytest.raises(NotPermitted, match="the database refused to change 1 value"):
            pack.apply(delete("Remove", "value", ("D1", Q3)))
    team["owner"].refresh(force=True)
    assert team["owner"].value("D1", Q3).actual == D(7010)


# -- the command line ----------------------------------------------------------------------------


def _main(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, timeout=60)


def test_grant_revoke_and_members_on_the_command_line(server_pack, pg):
    fill_pack(server_pack)
    url = server_pack.store.address.full_url
    n = next(_people)
    done = _main("grant", url, f"dana{n}", "contributor", "--group", "Demand")
    assert done.returncode == 0, done.stderr
    assert f"dana{n} is now a contributor of" in done.stdout
    assert "created the database user" in done.stdout
    listed = _main("members", url)
    assert f"dana{n}\tcontributor\tDemand" in listed.stdout
    wrong = _main("grant", url, f"dana{n}", "boss")
    assert wrong.returncode == 2 and "invalid choice: 'boss'" in wrong.stderr
    gone = _main("revoke", url, f"dana{n}", "--group", "Demand")
    assert gone.returncode == 0 and "no longer has the group 'Demand'" in gone.stdout
    assert members(server_pack.store.address) == [(f"dana{n}", "contributor", ())]
    history = [row.action for row in server_pack.history("access")]
    assert history[:2] == [f"Revoke the group 'Demand' from dana{n}",
                           f"Grant contributor to dana{n} for Demand"]


def test_roles_need_a_server_pack(tmp_path):
    done = _main("grant", str(tmp_path / "p.craffu"), "x", "viewer")
    assert done.returncode == 2 and "is a file: roles and data collection are for a server" \
        in done.stderr


def test_someone_without_rights_cannot_create_a_pack(pg):
    n = next(_people)
    pg.add_user(f"clerk{n}", "pw")
    with pytest.raises(PackFileError, match="Creating a pack needs a database user who may"):
        Pack.create(pg.url(f"clerks{n}", user=f"clerk{n}", password="pw"))
