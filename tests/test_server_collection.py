"""A data-collection round on a server pack: an officer opens a period, contributors enter
their groups' figures and submit, the officer watches the progress board and accepts or
returns a group with a note."""

from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path

import pytest

from model import collection as c
from model import records as r
from model.address import location
from model.commands import put, set_fields
from model.pack import Pack
from model.periods import Period
from model.roles import grant
from model.team import NotPermitted
from tests.conftest import Q3, D, fill_pack

ROOT = Path(__file__).resolve().parent.parent
PRACTICE = "Shifting the Balance – Practice"
Q4 = Period(2024, 4)
_people = itertools.count(1)


@pytest.fixture
def round_(pg, server_pack):
    """The filled pack with a contributor for each group, nothing open yet."""
    fill_pack(server_pack)
    n = next(_people)
    address = server_pack.store.address
    urls = {}
    for name, group in (("demand", "Demand"), ("practice", PRACTICE)):
        user = f"{name}{n}"
        pg.add_user(user, "pw")
        grant(address, user, "contributor", group)
        urls[name] = pg.url(address.pack, user=user, password="pw")
    return server_pack, urls


def _board(pack, period):
    return {line.group: line for line in c.progress(pack, period)}


def test_a_whole_round_from_opening_to_acceptance(round_):
    officer, urls = round_
    with Pack.open(urls["demand"]) as demand:
        with pytest.raises(NotPermitted, match="2024-25 Q4 is not open for collection"):
            demand.apply(put("Enter", r.Value("D1", Q4, actual=D(7100))))
        with pytest.raises(c.CollectionError, match="is for an officer; you .* are a contributor"):
            c.open_round(demand, Q4)
    assert c.open_round(officer, Q4) == "2024-25 Q4 is open for collection"
    board = _board(officer, Q4)
    assert board["Demand"].state == "in progress" and board["Demand"].entered == 0
    assert board["Demand"].contributors == (location(urls["demand"]).user,)
    assert board[PRACTICE].errors == 4  # three without figures, one Red without commentary
    with Pack.open(urls["demand"]) as demand:
        assert [i.code for i in c.cells(demand, Q4)] == ["D1"]
        demand.apply(put("Enter", r.Value("D1", Q4, actual=D(7100)),
                         r.Commentary("D1", Q4, text="Contacts up after the schools' return")))
        assert c.submit(demand, Q4, "Demand") == "'Demand' is submitted for 2024-25 Q4"
        with pytest.raises(NotPermitted, match="'Demand' is submitted for 2024-25 Q4"):
            demand.apply(set_fields(demand, "value", ("D1", Q4), actual=D(7101)))
        with pytest.raises(c.CollectionError, match="do not contribute to"):
            c.submit(demand, Q4, PRACTICE)
    officer.refresh(force=True)
    board = _board(officer, Q4)
    assert (board["Demand"].state, board["Demand"].entered, board["Demand"].errors) == \
        ("submitted", 1, 0)
    assert board["Demand"].by.startswith("demand")
    c.return_group(officer, Q4, "Demand", "Q4 contacts look low against the MASH count")
    with Pack.open(urls["demand"]) as demand:
        assert _board(demand, Q4)["Demand"].note == "Q4 contacts look low against the MASH count"
        demand.apply(set_fields(demand, "value", ("D1", Q4), actual=D(7400)))
        c.submit(demand, Q4, "Demand")
    assert c.accept(officer, Q4, "Demand") == "'Demand' is accepted for 2024-25 Q4"
    officer.refresh(force=True)
    assert officer.value("D1", Q4).actual == D(7400)
    states = [row.new for row in officer.history("collection")]
    assert states[:4] == ["accepted", "submitted", "returned", "submitted"]


def test_returning_needs_a_note_and_only_submitted_groups_are_accepted(round_):
    officer, _urls = round_
    c.open_round(officer, Q4)
    with pytest.raises(c.CollectionError, match="in progress .* only a submitted group"):
        c.accept(officer, Q4, "Demand")
    c.submit(officer, Q4, "Demand")  # an officer may submit on a service's behalf
    with pytest.raises(c.CollectionError, match="returning a group needs a note"):
        c.return_group(officer, Q4, "Demand", "  ")
    with pytest.raises(c.CollectionError, match="already open"):
        c.open_round(officer, Q4)


def test_closing_a_round_stops_contributors(round_):
    officer, urls = round_
    c.open_round(officer, Q3)
    c.close_round(officer, Q3)
    with Pack.open(urls["practice"]) as practice, \
            pytest.raises(NotPermitted, match="2024-25 Q3 is not open"):
        practice.apply(set_fields(practice, "value", ("K1.22", Q3), numerator=D(127)))


def test_collection_needs_a_server_pack(filled):
    with pytest.raises(c.CollectionError, match="is a file: data collection needs a server"):
        c.open_round(filled, Q4)


def test_the_collection_verbs_on_the_command_line(round_):
    officer, urls = round_
    url = officer.store.address.full_url

    def main(*args):
        return subprocess.run([sys.executable, str(ROOT / "main.py"), "collection", *args],
                              capture_output=True, text=True, timeout=60)

    assert main("open", url, "2024-25 Q4", "--due", "2025-04-20").stdout.strip() == \
        "2024-25 Q4 is open for collection"
    cells = main("cells", urls["practice"])
    assert cells.returncode == 0, cells.stderr
    assert [line.split("\t")[0] for line in cells.stdout.splitlines()] == \
        ["K1.22", "K1.23", "K1.24"]
    done = main("submit", urls["practice"], PRACTICE)
    assert done.returncode == 0 and "is submitted for 2024-25 Q4" in done.stdout
    status = main("status", url)
    lines = status.stdout.splitlines()
    assert lines[0].startswith("2024-25 Q4: group\tcontributors\tstate")
    practice = next(line for line in lines if line.startswith(PRACTICE)).split("\t")
    assert practice[2:6] == ["submitted", "0/3", "4", "0"] and practice[1].startswith("practice")
    back = main("return", url, PRACTICE)
    assert back.returncode == 2 and "needs a note" in back.stderr
    back = main("return", url, PRACTICE, "--note", "K1.22 numerator missing")
    assert back.returncode == 0, back.stderr
    nothing = main("status", url, "--period", "2023-24 Q1")
    assert nothing.returncode == 0
