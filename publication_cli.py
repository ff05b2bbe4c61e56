"""The command line's publishing verbs (``main.py`` adds them): final, reopen, publish, diff.

    python main.py final PACK --period P              mark the period final (refused, exit 1,
                                                      while its checks report errors)
    python main.py reopen PACK --period P --reason T  reopen it for changes, saying why
    python main.py publish PACK --period P --out DIR [--language en|cy|both]
                                                      write the published edition and record it
                                                      (refused, exit 1, every problem named,
                                                      unless the period is final and its checks
                                                      report no errors)
    python main.py diff PACK --period P               what changed in the period since it was
                                                      published (exit 1 when anything did)

Only ``model`` and ``exporters`` are used: no display needed.
"""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["add_publication_verbs", "run_publication_verb", "VERBS"]

VERBS = ("final", "reopen", "publish", "diff")
EXIT_OK, EXIT_PROBLEMS = 0, 1


def add_publication_verbs(verbs, where) -> None:
    p = verbs.add_parser("final", help="mark a period final (its figures become read-only); "
                         "refused while its checks report errors")
    p.add_argument("pack", type=where)
    p.add_argument("--period", required=True, help="the period, e.g. '2024-25 Q4'")

    p = verbs.add_parser("reopen", help="reopen a final period for changes, saying why")
    p.add_argument("pack", type=where)
    p.add_argument("--period", required=True, help="the period, e.g. '2024-25 Q4'")
    p.add_argument("--reason", required=True, help="why it is reopened (kept in the history)")

    p = verbs.add_parser("publish", help="write the period's published edition (committee "
                         "pack and scorecard PDFs, Excel return, CSV, manifest.json) and "
                         "record it in the pack; only for a final period without errors")
    p.add_argument("pack", type=where)
    p.add_argument("--period", required=True, help="the period, e.g. '2024-25 Q4'")
    p.add_argument("--out", type=Path, required=True, metavar="DIR",
                   help="the folder to write the edition into (created if needed; it must "
                   "not already hold an edition)")
    p.add_argument("--language", choices=("en", "cy", "both"), default=None,
                   help="the papers' language (default: the pack's report settings)")

    p = verbs.add_parser("diff", help="what changed in a period since it was published; "
                         "exit 1 when anything did")
    p.add_argument("pack", type=where)
    p.add_argument("--period", required=True, help="the period, e.g. '2024-25 Q4'")


def _refused(problems: list[str]) -> int:
    for line in problems:
        print(f"craffu: refused: {line}", file=sys.stderr)
    return EXIT_PROBLEMS


def run_publication_verb(args) -> int:
    from model.pack import Pack
    from model.periods import parse_period

    period = parse_period(args.period)
    read_only = args.verb == "diff"
    with Pack.open(args.pack, read_only=read_only) as pack:
        if args.verb == "final":
            from model.edits.periods import FinalRefused, mark_final

            try:
                pack.apply(mark_final(pack, period))
            except FinalRefused as exc:
                return _refused(exc.problems)
            print(f"{period.label} is final: its figures are read-only")
            return EXIT_OK
        if args.verb == "reopen":
            from model.edits.periods import FinalRefused, reopen

            try:
                pack.apply(reopen(pack, period, args.reason))
            except FinalRefused as exc:
                return _refused(exc.problems)
            print(f"{period.label} is open for changes again")
            return EXIT_OK
        if args.verb == "publish":
            from exporters.published_edition import publish
            from model.publication import PublishRefused

            language = args.language or pack.settings.language or "en"
            try:
                done = publish(pack, period, args.out, language)
            except PublishRefused as exc:
                return _refused(exc.problems)
            print(f"published {period.label} ({language}, publication {done.number}) to "
                  f"{args.out}:")
            for entry in done.manifest["files"]:
                print(f"  {entry['name']}  sha256 {entry['sha256']}")
            print("  manifest.json")
            return EXIT_OK
        from model.publication import differences

        found = differences(pack, period)
        for line in found.lines():
            print(line)
        return EXIT_PROBLEMS if found.any else EXIT_OK
