"""Several people on one server pack at once: conflicts, undo of one's own change only, others'
changes arriving by LISTEN/NOTIFY, concurrent editors and importers in separate processes, and
a killed importer leaving all or nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from model import records as r
from model.commands import put, set_fields
from model.pack import Pack
from model.periods import Period
from model.team import StaleRecord
from tests.conftest import D, add_indicator
from tests.pg_cluster import wait_until

ROOT = Path(__file__).resolve().parent.parent
Q1 = Period(2024, 1)


@pytest.fixture
def two(server_pack):
    """The same server pack open twice, as by two officers (one indicator K1)."""
    add_indicator(server_pack, "K1", unit="count")
    other = Pack.open(server_pack.store.address)
    yield server_pack, other
    other.close()


def test_an_edit_based_on_a_stale_read_is_refused_naming_who_when_and_the_value(two):
    mine, theirs = two
    mine.apply(put("Enter", r.Value("K1", Q1, actual=D(10))))
    theirs.refresh(force=True)
    theirs.apply(set_fields(theirs, "value", ("K1", Q1), label="Correct Q1", actual=D(12)))
    with pytest.raises(StaleRecord) as info:
        mine.apply(set_fields(mine, "value", ("K1", Q1), actual=D(11)))
    text = str(info.value)
    assert "K1 2024-25 Q1 (value) was changed by postgres at " in text
    assert "“Correct Q1”" in text and "it now holds actual 12" in text
    assert "not saved" in text
    # Nothing was overwritten, and the stale window now shows their value to re-apply over.
    assert mine.value("K1", Q1).actual == D(12)
    theirs.refresh(force=True)
    assert theirs.value("K1", Q1).actual == D(12)
    mine.apply(set_fields(mine, "value", ("K1", Q1), actual=D(11)))  # re-applied knowingly
    assert wait_until(lambda: theirs.refresh() and theirs.value("K1", Q1).actual == D(11))


def test_creating_a_record_someone_else_just_created_is_refused(two):
    mine, theirs = two
    theirs.apply(put("Enter", r.Value("K1", Q1, actual=D(5))))
    with pytest.raises(StaleRecord, match="it now holds actual 5"):
        mine.apply(put("Enter", r.Value("K1", Q1, actual=D(6))))


def test_undo_undoes_only_your_own_change_and_refuses_after_someone_elses(two):
    mine, theirs = two
    undo = mine.apply(put("Enter", r.Value("K1", Q1, actual=D(10))))
    redo = mine.apply(undo)  # nobody else touched it: undo works
    assert mine.value("K1", Q1) is None
    undo = mine.apply(redo)
    theirs.refresh(force=True)
    theirs.apply(set_fields(theirs, "value", ("K1", Q1), actual=D(20)))
    mine.refresh(force=True)  # even with their change in view, undo must not overwrite it
    with pytest.raises(StaleRecord, match="after your change, so undoing it would overwrite"):
        mine.apply(undo)
    assert mine.value("K1", Q1).actual == D(20)


def test_undo_is_refused_even_before_their_change_has_arrived(two):
    mine, theirs = two
    undo = mine.apply(put("Enter", r.Value("K1", Q1, actual=D(10))))
    theirs.refresh(force=True)
    theirs.apply(set_fields(theirs, "value", ("K1", Q1), actual=D(20)))
    with pytest.raises(StaleRecord):
        mine.apply(undo)
    assert mine.value("K1", Q1).actual == D(20)


def test_others_changes_reach_an_open_pack_within_a_second_and_subscribers_hear(two):
    mine, theirs = two
    heard = []
    theirs.subscribe(heard.append)
    assert theirs.refresh() == []  # nothing announced: no query beyond the socket
    start = time.monotonic()
    mine.apply(put("Enter", r.Value("K1", Q1, actual=D(10))))
    assert wait_until(lambda: bool(theirs.refresh()), timeout=1.0)
    assert time.monotonic() - start < 1.0
    assert theirs.value("K1", Q1).actual == D(10)
    assert heard[-1][0][0:2] == ("value", ("K1", Q1))
    assert theirs.store.news[-1][1:] == ("postgres", "Enter")
    mine.apply(put("Delete", r.Value("K1", Q1)))  # replaced by a blank figure
    from model.commands import delete

    mine.apply(delete("Remove", "value", ("K1", Q1)))
    assert wait_until(lambda: bool(theirs.refresh()) and theirs.value("K1", Q1) is None)


def test_a_prepared_import_is_checked_again_after_others_changes(two):
    mine, theirs = two
    at = theirs.revision
    mine.apply(put("Enter", r.Value("K1", Q1, actual=D(10))))
    assert wait_until(lambda: bool(theirs.refresh()))
    assert theirs.revision != at


# -- several processes ---------------------------------------------------------------------------


def _python(script: str, *args: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(script), *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


_INCREMENT = """
    import sys
    from decimal import Decimal
    from model.commands import set_fields
    from model.pack import Pack
    from model.periods import Period
    from model.team import StaleRecord
    url, times = sys.argv[1], int(sys.argv[2])
    key = ("K1", Period(2024, 1))
    conflicts = 0
    with Pack.open(url) as pack:
        done = 0
        while done < times:
            pack.refresh()
            now = pack.value(*key).actual
            try:
                pack.apply(set_fields(pack, "value", key, actual=now + 1))
                done += 1
            except StaleRecord:
                conflicts += 1  # someone else got there first: read again and retry
    print(conflicts)
"""


def test_concurrent_editors_in_separate_processes_never_lose_an_increment(server_pack):
    add_indicator(server_pack, "K1", unit="count")
    server_pack.apply(put("Start", r.Value("K1", Q1, actual=D(0))))
    editors = [_python(_INCREMENT, _url(server_pack), "25") for _ in range(4)]
    conflicts = 0
    for editor in editors:
        out, err = editor.communicate(timeout=60)
        assert editor.returncode == 0, err
        conflicts += int(out)
    server_pack.refresh(force=True)
    assert server_pack.value("K1", Q1).actual == D(100)
    assert len(server_pack.history("value", ("K1", Q1))) == 101
    assert conflicts > 0  # they really did collide, and each collision was refused


def _values_folder(folder: Path, codes: list[str], periods: list[Period]) -> Path:
    folder.mkdir()
    lines = ["code,period,actual,numerator,denominator,note"]
    lines += [f"{code},{period.label},{n},,," for n, (code, period) in
              enumerate(((c, p) for c in codes for p in periods), 1)]
    (folder / "Values.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _url(pack: Pack) -> str:
    return pack.store.address.full_url


def test_eight_processes_importing_disjoint_figures_at_once(server_pack, tmp_path):
    periods = [Period(2023, q) for q in (1, 2, 3, 4)] + [Period(2024, q) for q in (1, 2, 3)]
    codes = {n: [f"S{n}.{i}" for i in range(6)] for n in range(8)}
    server_pack.apply(put("Indicators", *(r.Indicator(c, f"Service {n} measure {c}",
                                                      group=f"Service {n}")
                                          for n, cs in codes.items() for c in cs)))
    importers = [
        subprocess.Popen([sys.executable, str(ROOT / "main.py"), "import", _url(server_pack),
                          str(_values_folder(tmp_path / f"s{n}", codes[n], periods))],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for n in range(8)
    ]
    for importer in importers:
        out, err = importer.communicate(timeout=90)
        assert importer.returncode == 0, err
        assert ": 42 changes" in out
    server_pack.refresh(force=True)
    assert server_pack.count("value") == 8 * 6 * 7
    for _n, cs in codes.items():
        for i, code in enumerate(cs):
            assert server_pack.value(code, periods[0]).actual == D(i * 7 + 1)
    imports = [row for row in server_pack.history("value") if row.action.startswith("Import")]
    assert len(imports) == 8 * 6 * 7  # every figure's audit row, by the importing user
    assert {row.user for row in imports} == {"postgres"}
    assert len({row.action for row in imports}) >= 1


_KILLED_IMPORTER = """
    import sys, time
    from pathlib import Path
    from model import server_store
    from model.interchange import read_interchange
    from model.pack import Pack

    url, source, marker = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    write_rows = server_store.ServerStore._write_rows

    def slow(self, label, changes, revision):
        write_rows(self, label, changes, revision)  # every row written, not yet committed
        marker.write_text("written")
        time.sleep(60)

    server_store.ServerStore._write_rows = slow
    with Pack.open(url) as pack, pack.serialised("import"):
        read_interchange(source, pack).apply()
"""


def test_a_killed_importer_leaves_all_or_nothing_and_frees_the_import_lock(server_pack,
                                                                          tmp_path):
    codes = [f"K{i}" for i in range(40)]
    server_pack.apply(put("Indicators", *(r.Indicator(c, c) for c in codes)))
    source = _values_folder(tmp_path / "values", codes, [Period(2024, q) for q in (1, 2, 3)])
    marker = tmp_path / "written"
    importer = _python(_KILLED_IMPORTER, _url(server_pack), str(source), str(marker))
    wait_until(lambda: marker.exists() or importer.poll() is not None, timeout=30)
    assert marker.exists(), importer.communicate()[1]
    os.kill(importer.pid, signal.SIGKILL)
    importer.wait()
    server_pack.refresh(force=True)
    assert server_pack.count("value") == 0
    assert [row for row in server_pack.history() if row.kind == "value"] == []
    # The import lock died with the importer: the next import runs at once and completes.
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "import", _url(server_pack),
                           str(source)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    server_pack.refresh(force=True)
    assert server_pack.count("value") == 120
