"""Team mode's benchmarks: a server pack on a local PostgreSQL server against the pack file.

(a) open + evaluate: ``Pack.open(where, read_only=True)`` then ``evaluate_all`` for the latest
    period, on the synthetic 500-indicator x 10-year pack (``bench/generate.py``), as a file and
    as a server pack (copied from the file with ``model.pack_copy``). Goal: the server within
    2x of the file.
(b) an edit's round trip: ``Pack.apply`` of one figure on the server pack (validate, one
    transaction with its revision check and audit rows, NOTIFY, commit). Goal: under 30 ms.
(c) another window sees it: from the start of ``apply`` in one Pack to the change being in a
    second Pack, which waits on its connection's socket as the window's notifier does and then
    runs ``Pack.refresh``. Goal: under 1 s.

The server is a throw-away cluster started for the run (``tests/pg_cluster.py``: Debian's
PostgreSQL, in a temporary folder, as an unprivileged user, ``fsync=off`` like the tests: this
measures Craffu and the server's work, not the disk). Each figure is the median of ``--repeat``
runs after a warm-up (the best is printed too). Exits 0; prints PASS or MISS per goal.

    python bench/server_bench.py [--repeat N] [--edits N]
"""

from __future__ import annotations

import argparse
import select
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.generate import generate_pack  # noqa: E402
from model.commands import set_fields  # noqa: E402
from model.pack import Pack  # noqa: E402
from model.pack_copy import copy_pack  # noqa: E402
from model.status import evaluate_all  # noqa: E402
from tests.pg_cluster import PostgresCluster, unavailable  # noqa: E402

RATIO_GOAL, EDIT_GOAL_MS, SEEN_GOAL_MS = 2.0, 30.0, 1000.0


def open_evaluate(where) -> float:
    start = time.perf_counter()
    pack = Pack.open(where, read_only=True)
    try:
        evaluate_all(pack, pack.latest_period())
    finally:
        pack.close()
    return time.perf_counter() - start


def _seen(other: Pack, key, value: Decimal, timeout: float = 5.0) -> None:
    """Wait on ``other``'s socket (as the window's notifier does) until the change is in."""
    end = time.perf_counter() + timeout
    while time.perf_counter() < end:
        select.select([other.store.fileno()], [], [], 0.05)
        other.refresh()
        current = other.value(*key)
        if current is not None and current.actual == value:
            return
    raise RuntimeError("the other pack never saw the change")


def edits(url: str, count: int) -> tuple[list[float], list[float]]:
    """Round trips of ``count`` edits, and the time for a second pack to see each."""
    mine, other = Pack.open(url), Pack.open(url)
    try:
        value = next(v for v in mine.all("value") if v.actual is not None
                     and mine.indicator(v.code).unit == "count"
                     and not mine.is_final(v.period))
        key = (value.code, value.period)
        trips, seen = [], []
        for n in range(count + 1):
            figure = value.actual + n + 1
            start = time.perf_counter()
            mine.apply(set_fields(mine, "value", key, actual=figure))
            applied = time.perf_counter()
            _seen(other, key, figure)
            done = time.perf_counter()
            if n:  # the first is the warm-up
                trips.append(applied - start)
                seen.append(done - start)
        return trips, seen
    finally:
        mine.close()
        other.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--edits", type=int, default=50)
    args = parser.parse_args(argv)
    reason = unavailable()
    if reason:
        print(f"cannot run: {reason}")
        return 0
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.craffu"
        generate_pack(path, indicators=500, years=10)
        cluster = PostgresCluster.start()
        try:
            url = cluster.url("bench")
            started = time.perf_counter()
            records = copy_pack(path, url)
            print(f"copied {records:,} records to the server in "
                  f"{time.perf_counter() - started:.2f} s")
            open_evaluate(path), open_evaluate(url)  # warm-up
            on_file, on_server = [], []
            for _ in range(args.repeat):
                on_file.append(open_evaluate(path))
                on_server.append(open_evaluate(url))
            file_s, server_s = statistics.median(on_file), statistics.median(on_server)
            ratio = server_s / file_s
            print(f"(a) open + evaluate, 500 indicators: file {file_s * 1000:.0f} ms (best "
                  f"{min(on_file) * 1000:.0f}), server {server_s * 1000:.0f} ms (best "
                  f"{min(on_server) * 1000:.0f}): {ratio:.2f}x — goal <= {RATIO_GOAL}x: "
                  f"{'PASS' if ratio <= RATIO_GOAL else 'MISS'}")
            trips, seen = edits(url, args.edits)
            trip_ms, seen_ms = statistics.median(trips) * 1000, statistics.median(seen) * 1000
            print(f"(b) an edit's round trip: median {trip_ms:.1f} ms, worst "
                  f"{max(trips) * 1000:.1f} ms over {len(trips)} edits — goal < "
                  f"{EDIT_GOAL_MS:.0f} ms: {'PASS' if trip_ms < EDIT_GOAL_MS else 'MISS'}")
            print(f"(c) another pack sees it: median {seen_ms:.1f} ms, worst "
                  f"{max(seen) * 1000:.1f} ms — goal < {SEEN_GOAL_MS:.0f} ms: "
                  f"{'PASS' if max(seen) * 1000 < SEEN_GOAL_MS else 'MISS'}")
        finally:
            cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
