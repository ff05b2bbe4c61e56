"""Craffu: prepare the quarterly performance papers for a scrutiny committee.

Command line (``python main.py --help``):

    python main.py [PACK] [--read-only]      open the application (no PACK: a working copy of
                                             the bundled sample pack)
    python main.py new PACK [--sample]       create an empty pack, or a copy of the sample
    python main.py import PACK SOURCE        import the interchange format (.xlsx or CSV folder)
                                             or a filled data-collection template
    python main.py export PACK [--period P] [--csv FILE] [--interchange FILE_OR_DIR]
                          [--xlsx FILE] [--template FILE [--group G]]
                          [--pdf FILE] [--pack-pdf FILE] [--language en|cy|both] [--published]
                                             write the scorecard (CSV, PDF), the committee
                                             pack (PDF), the Excel return, a data-collection
                                             template or the interchange format
    python main.py check PACK [--period P]   list problems; exit 1 when any is an error
    python main.py copy SOURCE DESTINATION   copy a pack between a file and a server
    python main.py grant URL USER ROLE [--group G]   give a database user a role on a server
    python main.py revoke URL USER [ROLE] [--group G]   pack, or take it away
    python main.py members URL               who has which role
    python main.py collection open|close|status|cells|submit|accept|return URL ...
                                             a data-collection round on a server pack

PACK is a pack file (*.craffu) or a server pack's address,
``postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE?pack=NAME`` (see docs/team-mode.md).
Bad input gets one clear line per problem on stderr and a non-zero exit, never a traceback.
Only opening the application imports Qt; every other verb runs without a display.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from model.errors import CraffuError

SAMPLE_PACK = Path(__file__).resolve().parent / "resources" / "sample.craffu"
VERBS = ("open", "new", "import", "export", "check", "copy", "grant", "revoke", "members",
         "collection")

EXIT_OK = 0
EXIT_PROBLEMS = 1  # check found errors
EXIT_ERROR = 2  # bad input: the command did nothing


class CommandLineError(CraffuError):
    """A user mistake; each line of the message is printed as one error line."""


def _where(text: str):
    """A pack argument: a server address (``postgresql://…?pack=NAME``) or a file path."""
    from model.address import AddressError, location

    try:
        return location(text)
    except AddressError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _is_file(where) -> bool:
    return isinstance(where, Path)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Craffu: prepare the quarterly performance papers for a scrutiny "
        "committee. Without a verb, opens the application.",
        epilog="Run 'main.py VERB --help' for the options of a verb. Periods are written "
        "like '2023-24 Q4' (also '2023/24 Q4' or 'Q4 2023/24').",
    )
    verbs = parser.add_subparsers(dest="verb", metavar="VERB")

    p = verbs.add_parser("open", help="open the application on PACK (the default verb; "
                         "no PACK: a working copy of the bundled sample pack)")
    p.add_argument("pack", nargs="?", type=_where, help="the pack file (*.craffu) or "
                   "server address")
    p.add_argument("--read-only", action="store_true", help="open without taking the lock; "
                   "nothing can be changed")

    p = verbs.add_parser("new", help="create a new pack file")
    p.add_argument("pack", type=_where, help="the pack file to create (*.craffu), or a "
                   "server address postgresql://USER@HOST/DATABASE?pack=NAME")
    p.add_argument("--sample", action="store_true",
                   help="start from a copy of the bundled sample pack")

    p = verbs.add_parser("import", help="import the interchange format into PACK "
                         "(all or nothing)")
    p.add_argument("pack", type=_where)
    p.add_argument("source", type=Path, help="an .xlsx workbook or a folder of CSV files, "
                   "or a filled data-collection template (.xlsx)")

    p = verbs.add_parser("export", help="write the period's papers and workbooks: scorecard "
                         "CSV or PDF, committee pack PDF, Excel return, data-collection "
                         "template, or the whole pack in the interchange format")
    p.add_argument("pack", type=_where)
    p.add_argument("--period", help="the reporting period (default: the latest with figures)")
    p.add_argument("--csv", type=Path, metavar="FILE", help="the period's scorecard as CSV")
    p.add_argument("--interchange", type=Path, metavar="FILE_OR_DIR",
                   help="the whole pack in the interchange format: .xlsx, or a folder of CSVs")
    p.add_argument("--xlsx", type=Path, metavar="FILE",
                   help="the period's Excel return (.xlsx): scorecard, breakdowns, snapshots, "
                   "commitments and five-year trend")
    p.add_argument("--template", type=Path, metavar="FILE",
                   help="a data-collection template (.xlsx) for the period, to send to services")
    p.add_argument("--group", help="with --template: only the indicators of this group")
    p.add_argument("--pdf", type=Path, metavar="FILE",
                   help="the period's scorecard as a PDF paper (A4 landscape)")
    p.add_argument("--pack-pdf", type=Path, metavar="FILE",
                   help="the full committee pack as PDF: cover report, contents, appendices")
    p.add_argument("--language", choices=("en", "cy", "both"), default=None,
                   help="with --pdf/--pack-pdf: English, Welsh or both (default: the pack's "
                   "report settings)")
    p.add_argument("--published", action="store_true",
                   help="with --pdf/--pack-pdf: the published version, with small numbers "
                   "suppressed (*)")

    p = verbs.add_parser("check", help="list problems for the period; exit 1 if any is an "
                         "error")
    p.add_argument("pack", type=_where)
    p.add_argument("--period", help="the reporting period (default: the latest with figures)")

    from team_cli import add_team_verbs

    add_team_verbs(verbs, _where)
    return parser


def _open_for_reading(path: Path):
    from model.pack import Pack

    return Pack.open(path, read_only=True)


def _period_of(pack, text: str | None):
    from model.periods import parse_period

    if text:
        return parse_period(text)
    latest = pack.latest_period()
    if latest is None:
        raise CommandLineError(f"{pack.path.name} has no figures yet; give --period")
    return latest


def _cmd_new(args) -> int:
    from model.pack import Pack

    target = args.pack
    if not _is_file(target):
        if args.sample:
            from model.pack_copy import copy_pack

            copy_pack(SAMPLE_PACK, target)
            print(f"created {target.name} from the sample pack")
        else:
            Pack.create(target).close()
            print(f"created {target.name}")
        return EXIT_OK
    if target.exists():
        raise CommandLineError(f"{target} already exists; choose another name")
    if args.sample:
        if not SAMPLE_PACK.is_file():
            raise CommandLineError(f"the sample pack is missing from {SAMPLE_PACK.parent}")
        from model.store import PackFileError, fault_message

        partial = target.with_name(target.name + ".partial")
        try:
            shutil.copyfile(SAMPLE_PACK, partial)
            partial.replace(target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise PackFileError(fault_message(target, exc, "created")) from None
        with Pack.open(target):
            pass  # proves the copy opens
        print(f"created {target} from the sample pack")
    else:
        Pack.create(target).close()
        print(f"created {target}")
    return EXIT_OK


def _cmd_import(args) -> int:
    if _is_file(args.pack) and not args.pack.exists():
        raise CommandLineError(
            f"{args.pack} does not exist; create it first with: main.py new {args.pack}"
        )
    _require_source(args.source)
    from model.interchange import read_interchange
    from model.pack import Pack
    from model.template_import import is_template, read_template

    reader = read_template if is_template(args.source) else read_interchange
    with Pack.open(args.pack) as pack, pack.serialised("import"):
        plan = reader(args.source, pack)
        changes = len(plan.changes)
        if changes:
            plan.apply()
        print(f"imported {args.source.name} into {args.pack.name}: {changes} changes")
    for warning in plan.warnings:  # stored, but `check` reports them until corrected
        print(f"craffu: warning: {warning} (stored; 'check' reports it until it is corrected)",
              file=sys.stderr)
    return EXIT_OK


def _require_source(source: Path) -> None:
    """An import source is a regular file or a folder; anything else (a FIFO, a device) would
    block or mislead, so it is refused before it is read."""
    import stat

    try:
        mode = source.stat().st_mode
    except FileNotFoundError:
        raise CommandLineError(f"{source} does not exist") from None
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise CommandLineError(f"{source} is not a regular file or a folder, so it cannot be "
                               "imported")


def _export_pdfs(args, pack) -> None:
    from exporters.pdf_base import PaperOptions
    from exporters.pdf_pack import write_pack_pdf
    from exporters.pdf_scorecard import write_scorecard_pdf
    from model.report import PeriodReport

    period = _period_of(pack, args.period)
    options = PaperOptions(language=args.language or pack.settings.language or "en",
                           published=args.published)
    report = PeriodReport(pack, period, options.language, published=options.published)
    kind = "published" if args.published else "draft" if not pack.is_final(period) else "final"
    if args.pdf:
        write_scorecard_pdf(pack, period, args.pdf, options, report=report)
        print(f"wrote the {period.label} scorecard ({kind}, {options.language}) to {args.pdf}")
    if args.pack_pdf:
        write_pack_pdf(pack, period, args.pack_pdf, options, report=report)
        print(f"wrote the {period.label} committee pack ({kind}, {options.language}) to "
              f"{args.pack_pdf}")


def _cmd_export(args) -> int:
    if not (args.csv or args.interchange or args.xlsx or args.template or args.pdf
            or args.pack_pdf):
        raise CommandLineError("nothing to export: give --csv FILE, --interchange FILE, "
                               "--xlsx FILE and/or --template FILE")
    if args.group is not None and not args.template:
        raise CommandLineError("--group goes with --template FILE")
    for option in ("xlsx", "template"):
        target = getattr(args, option)
        if target is not None and target.suffix.lower() != ".xlsx":
            raise CommandLineError(f"--{option} {target}: the file name must end in .xlsx")
    for option in ("pdf", "pack_pdf"):
        target = getattr(args, option)
        if target is not None and target.suffix.lower() != ".pdf":
            raise CommandLineError(f"--{option.replace('_', '-')} {target}: the file name "
                                   "must end in .pdf")
    if (args.language or args.published) and not (args.pdf or args.pack_pdf):
        raise CommandLineError("--language and --published go with --pdf or --pack-pdf FILE")
    with _open_for_reading(args.pack) as pack:
        report = None  # the period's report (English, draft) that the CSV and the return read
        if args.csv or args.xlsx:
            from model.report import PeriodReport

            report = PeriodReport(pack, _period_of(pack, args.period))
        if args.csv:
            from exporters.scorecard_csv import write_scorecard_csv

            write_scorecard_csv(report.scorecard, args.csv)
            print(f"wrote the {report.period.label} scorecard to {args.csv}")
        if args.pdf or args.pack_pdf:
            _export_pdfs(args, pack)
        if args.interchange:
            from exporters.interchange import write_interchange

            write_interchange(pack, args.interchange)
            print(f"wrote {pack.name} in the interchange format to {args.interchange}")
        if args.xlsx:
            from exporters.excel_return import write_return

            write_return(pack, report.period, args.xlsx, report=report)
            print(f"wrote the {report.period.label} Excel return to {args.xlsx}")
        if args.template:
            from exporters.excel_template import template_indicators, write_template

            period = _period_of(pack, args.period)
            try:
                template_indicators(pack, args.group)
            except ValueError as exc:
                raise CommandLineError(str(exc)) from None
            write_template(pack, period, args.template, group=args.group)
            print(f"wrote the {period.label} data-collection template to {args.template}")
    return EXIT_OK


def _cmd_check(args) -> int:
    from model.checks import ERROR
    from model.report import PeriodReport

    with _open_for_reading(args.pack) as pack:
        period = _period_of(pack, args.period)
        findings = PeriodReport(pack, period).findings
    for finding in findings:
        print(finding)
    errors = sum(1 for f in findings if f.severity == ERROR)
    warnings = len(findings) - errors
    print(f"{period.label}: {errors} error{'s' * (errors != 1)}, "
          f"{warnings} warning{'s' * (warnings != 1)}")
    return EXIT_PROBLEMS if errors else EXIT_OK


def _cmd_open(args) -> int:
    if args.pack is not None and _is_file(args.pack) and not args.pack.is_file():
        raise CommandLineError(f"{args.pack} does not exist" if not args.pack.exists()
                               else f"{args.pack} is not a pack file")
    from gui.app import run_app

    if args.pack is not None and not _is_file(args.pack):
        from gui.server_pack import use_keyring

        use_keyring()
    return run_app(args.pack, read_only=args.read_only)


def _team_command(args) -> int:
    from team_cli import run_team_verb

    return run_team_verb(args)


_COMMANDS = {
    "open": _cmd_open,
    "new": _cmd_new,
    "import": _cmd_import,
    "export": _cmd_export,
    "check": _cmd_check,
    "copy": _team_command,
    "grant": _team_command,
    "revoke": _team_command,
    "members": _team_command,
    "collection": _team_command,
}


def _printable(line: str) -> str:
    """A message line with control characters (escape sequences, carriage returns) shown
    escaped, so input quoted in a message can never drive the terminal."""
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii")
                   for ch in line)


def _error_lines(exc: BaseException) -> list[str]:
    problems = getattr(exc, "problems", None)
    if problems:
        return [str(p) for p in problems]
    return [line for line in str(exc).splitlines() if line.strip()] or [type(exc).__name__]


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in VERBS and argv[0] not in ("-h", "--help")):
        argv = ["open", *argv]
    args = _parser().parse_args(argv)
    try:
        return _COMMANDS[args.verb](args)
    except Exception as exc:
        if not isinstance(exc, _user_errors()):
            raise  # a defect, not a user mistake: the traceback is for us
        for line in _error_lines(exc):
            print(f"craffu: error: {_printable(line)}", file=sys.stderr)
        return EXIT_ERROR


def _user_errors() -> tuple[type[BaseException], ...]:
    """Exceptions that report a user's mistake or a fault of their files, not a defect."""
    from model.errors import CraffuError

    return (CraffuError, CommandLineError, OSError)


if __name__ == "__main__":
    sys.exit(main())
