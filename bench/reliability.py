"""Reliability benchmark: random SIGKILLs during a stream of edits.

A worker process opens a pack for editing and applies edits as fast as it can, each one a
command that sets the same figure on ``WIDTH`` indicators (so a torn save would show as figures
that disagree), and prints the number of every edit ``Pack.apply`` reported committed. The
parent kills it with SIGKILL at a random moment, then reopens the pack — read-only first (where
an interrupted save used to make a pack look damaged), then for editing — and compares:

- edits reported committed: the last number the worker printed before it died;
- edits lost: reported committed but not in the pack (goal 0);
- packs that would not reopen (goal 0);
- torn edits: a pack whose figures disagree, i.e. half a command saved (goal 0).

    python bench/reliability.py [--kills N] [--seed S] [--folder DIR]

Exits 0 when every goal is met, 1 otherwise. ``tests/test_reliability.py`` runs a few kills of
the same code in the normal suite.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from model import records as r  # noqa: E402
from model.commands import put  # noqa: E402
from model.pack import Pack  # noqa: E402
from model.periods import Period  # noqa: E402

WIDTH = 40  # indicators set by every edit
PERIOD = Period(2024, 1)


def make_pack(path: Path) -> None:
    """A pack with ``WIDTH`` count indicators and the figure 0 for each."""
    with Pack.create(path) as pack:
        indicators = [r.Indicator(f"R{i:02d}", f"Reliability {i}", unit="count")
                      for i in range(WIDTH)]
        values = [r.Value(ind.code, PERIOD, actual=Decimal(0)) for ind in indicators]
        pack.apply(put("Set up", *indicators, *values))


def edit_forever(path: Path) -> None:
    """The worker: apply edits 1, 2, 3 ... and print each number once it is committed."""
    with Pack.open(path) as pack:
        start = int(pack.value("R00", PERIOD).actual)
        number = start
        while True:
            number += 1
            pack.apply(put(f"Edit {number}", *(
                r.Value(f"R{i:02d}", PERIOD, actual=Decimal(number), note=f"edit {number}")
                for i in range(WIDTH)
            )))
            print(number, flush=True)


@dataclass
class Outcome:
    reported: int = 0  # edits reported committed, over every round
    lost: int = 0
    unopenable: int = 0
    torn: int = 0
    rounds: int = 0

    @property
    def sound(self) -> bool:
        return self.lost == 0 and self.unopenable == 0 and self.torn == 0


def one_round(path: Path, rng: random.Random, outcome: Outcome, python: str = sys.executable,
              max_wait: float = 0.6) -> None:
    """Start a worker, SIGKILL it at a random moment, reopen the pack and count."""
    worker = subprocess.Popen(
        [python, str(Path(__file__).resolve()), "--worker", str(path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=str(ROOT),
    )
    first = worker.stdout.readline()  # wait until it is editing
    time.sleep(rng.uniform(0.0, max_wait))
    worker.send_signal(signal.SIGKILL)
    rest, errors = worker.communicate()
    lines = [line for line in (first + rest).split() if line.strip().isdigit()]
    if not lines and errors.strip():  # the worker could not even open the pack
        outcome.rounds += 1
        outcome.unopenable += 1
        print(f"  round {outcome.rounds}: would not reopen: "
              f"{errors.strip().splitlines()[-1]}", file=sys.stderr)
        return
    last_reported = int(lines[-1]) if lines else None
    outcome.rounds += 1
    outcome.reported += len(lines)
    try:
        with Pack.open(path, read_only=True) as pack:
            figures = {pack.value(f"R{i:02d}", PERIOD).actual for i in range(WIDTH)}
        with Pack.open(path) as pack:  # and for editing
            pass
    except Exception as exc:  # noqa: BLE001 - any refusal is what is counted
        outcome.unopenable += 1
        print(f"  round {outcome.rounds}: would not reopen: {exc}", file=sys.stderr)
        return
    if len(figures) != 1:
        outcome.torn += 1
        return
    on_disk = int(figures.pop())
    if last_reported is not None and on_disk < last_reported:
        outcome.lost += last_reported - on_disk


def run(kills: int, seed: int, folder: Path) -> Outcome:
    rng = random.Random(seed)
    path = folder / "reliability.craffu"
    make_pack(path)
    outcome = Outcome()
    for _ in range(kills):
        one_round(path, rng, outcome)
    return outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--folder", type=Path)
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
        edit_forever(args.worker)
        return 0
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.folder or Path(temporary)
        started = time.perf_counter()
        outcome = run(args.kills, args.seed, folder)
        took = time.perf_counter() - started
    print(f"{outcome.rounds} SIGKILLs during edits in {took:.1f} s ({os.cpu_count()} cores)")
    print(f"edits reported committed: {outcome.reported}")
    print(f"edits lost:               {outcome.lost}   (goal 0)")
    print(f"packs that would not reopen: {outcome.unopenable}   (goal 0)")
    print(f"torn edits (half a command saved): {outcome.torn}   (goal 0)")
    print("PASS" if outcome.sound else "MISS")
    return 0 if outcome.sound else 1


if __name__ == "__main__":
    sys.exit(main())
