"""Craffu: prepare the quarterly performance papers for a scrutiny committee.

Command line (``python main.py --help``):

    python main.py [PACK] [--read-only]      open the application (no PACK: a working copy of
                                             the bundled sample pack)
    python main.py new PACK [--sample]       create an empty pack, or a copy of the sample
    python main.py import PACK SOURCE        import the interchange format (.xlsx or CSV folder)
                                             or a filled data-collection template
    python main.py export PACK [--period P] [--csv FILE] [--interchange FILE_OR_DIR]
                          [--xlsx FILE] [--template FILE [--group G]]
                          [--pdf FILE] [--pack-pdf FILE] [--html FILE]
                          [--language en|cy|both] [--published]
                                             write the scorecard (CSV, PDF), the committee
                                             pack (PDF, or HTML: the accessible edition), the
                                             Excel return, a data-collection template or the
                                             interchange format
    python main.py export PACK --translation FILE [--period P]
                                             the period's texts without Welsh, for a
                                             translator (.xlsx); import it back when filled
    python main.py check PACK [--period P] [--language en|cy|both]
                                             list problems (with cy or both: every text
                                             without Welsh); exit 1 when any is an error
    python main.py final PACK --period P     mark a period final (refused while it has errors)
    python main.py reopen PACK --period P --reason TEXT   reopen it, saying why
    python main.py publish PACK --period P --out DIR [--language en|cy|both]
                                             write and record the published edition
    python main.py diff PACK --period P      what changed since the period was published
    python main.py copy SOURCE DESTINATION   copy a pack between a file and a server
    python main.py grant URL USER ROLE [--group G]   give a database user a role on a server
    python main.py revoke URL USER [ROLE] [--group G]   pack, or take it away
    python main.py members URL               who has which role
    python main.py collection open|close|status|cells|submit|accept|return URL ...
                                             a data-collection round on a server pack

``--lang cy`` (before or after the verb), or a Welsh locale (``LANG=cy_GB.UTF-8``), prints the
command line's messages in Welsh (``model.words``' catalogue; argparse's own help stays
English).

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
         "collection", "final", "reopen", "publish", "diff")

EXIT_OK = 0
EXIT_PROBLEMS = 1  # check found errors
EXIT_ERROR = 2  # bad input: the command did nothing


class CommandLineError(CraffuError):
    """A user mistake; each line of the message is printed as one error line."""


#: The language of the messages (``--lang``, else the locale): set by ``main``.
_language = "en"
#: The window's language given with ``--lang`` (None: the window's own choice).
_window_language: str | None = None


def _say(key: str, **fields) -> str:
    """Message ``key`` of the catalogue in the interface language."""
    from model.words import words

    return words(key, _language, **fields)


def _refuse(key: str, **fields) -> CommandLineError:
    return CommandLineError(_say(key, **fields))


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
    p.add_argument("--translation", type=Path, metavar="FILE",
                   help="the period's texts that have no Welsh, as a workbook (.xlsx) for a "
                   "translator: record, field, English, Welsh (blank); import it back with "
                   "'main.py import PACK FILE'")
    p.add_argument("--pdf", type=Path, metavar="FILE",
                   help="the period's scorecard as a PDF paper (A4 landscape)")
    p.add_argument("--pack-pdf", type=Path, metavar="FILE",
                   help="the full committee pack as PDF: cover report, contents, appendices")
    p.add_argument("--html", type=Path, metavar="FILE",
                   help="the accessible edition of the committee pack: one self-contained "
                   "HTML file (cover report, contents, every appendix, charts as SVG)")
    p.add_argument("--language", choices=("en", "cy", "both"), default=None,
                   help="with --pdf/--pack-pdf/--html: English, Welsh or both (default: the "
                   "pack's report settings)")
    p.add_argument("--published", action="store_true",
                   help="with --pdf/--pack-pdf/--html/--csv/--xlsx: a preview of the published "
                   "edition (small numbers, and figures that would give them away, shown as *), "
                   "marked 'not the published edition' (only 'publish' makes that)")

    p = verbs.add_parser("check", help="list problems for the period; exit 1 if any is an "
                         "error")
    p.add_argument("pack", type=_where)
    p.add_argument("--period", help="the reporting period (default: the latest with figures)")
    p.add_argument("--language", choices=("en", "cy", "both"), default=None,
                   help="the edition to check: with cy or both, every text of the papers "
                   "without Welsh is listed too (default: the pack's report settings)")

    from team_cli import add_team_verbs

    add_team_verbs(verbs, _where)
    from publication_cli import add_publication_verbs

    add_publication_verbs(verbs, _where)
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
        raise _refuse("cli_no_figures", pack=pack.name)
    return latest


def _cmd_new(args) -> int:
    from model.pack import Pack

    target = args.pack
    if not _is_file(target):
        if args.sample:
            from model.pack_copy import copy_pack

            copy_pack(SAMPLE_PACK, target)
            print(_say("cli_created_sample", pack=target.name))
        else:
            Pack.create(target).close()
            print(_say("cli_created", pack=target.name))
        return EXIT_OK
    if target.exists():
        raise _refuse("cli_exists", path=target)
    if args.sample:
        if not SAMPLE_PACK.is_file():
            raise _refuse("cli_no_sample", folder=SAMPLE_PACK.parent)
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
        print(_say("cli_created_sample", pack=target))
    else:
        Pack.create(target).close()
        print(_say("cli_created", pack=target))
    return EXIT_OK


def _cmd_import(args) -> int:
    if _is_file(args.pack) and not args.pack.exists():
        raise _refuse("cli_create_first", path=args.pack)
    _require_source(args.source)
    from model.import_reading import read_import
    from model.pack import Pack

    with Pack.open(args.pack) as pack, pack.serialised("import"):
        plan = read_import(args.source, pack)
        changes = len(plan.changes)
        if changes:
            plan.apply()
        print(_say("cli_imported", source=args.source.name, pack=args.pack.name,
                   changes=changes))
    for warning in plan.warnings:  # stored, but `check` reports them until corrected
        print(_say("cli_warning", message=warning), file=sys.stderr)
    return EXIT_OK


def _require_source(source: Path) -> None:
    """An import source is a regular file or a folder; anything else (a FIFO, a device) would
    block or mislead, so it is refused before it is read."""
    import stat

    try:
        mode = source.stat().st_mode
    except FileNotFoundError:
        raise _refuse("cli_missing", path=source) from None
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise _refuse("cli_not_file", path=source)


def _export_pdfs(args, pack) -> None:
    from exporters.pdf_base import PaperOptions
    from exporters.pdf_pack import write_pack_pdf
    from exporters.pdf_scorecard import write_scorecard_pdf
    from model.report import PeriodReport

    period = _period_of(pack, args.period)
    options = PaperOptions(language=args.language or pack.settings.language or "en",
                           published=args.published)
    report = PeriodReport(pack, period, options.language, published=options.published)
    kind = _say("cli_published" if args.published else "cli_draft"
                if not pack.is_final(period) else "cli_final")
    label = _period_label(period)
    if args.pdf:
        write_scorecard_pdf(pack, period, args.pdf, options, report=report)
        print(_say("cli_wrote_scorecard", period=label, kind=kind, edition=options.language,
                   path=args.pdf))
    if args.pack_pdf:
        write_pack_pdf(pack, period, args.pack_pdf, options, report=report)
        print(_say("cli_wrote_pack", period=label, kind=kind, edition=options.language,
                   path=args.pack_pdf))


def _period_label(period) -> str:
    from model.words import period_label

    return period_label(period, _language)


def _export_html(args, pack) -> None:
    from exporters.html_edition import write_html_edition
    from model.report import PeriodReport

    period = _period_of(pack, args.period)
    language = args.language or pack.settings.language or "en"
    report = PeriodReport(pack, period, language, published=args.published)
    kind = _say("cli_published" if args.published else "cli_draft"
                if not pack.is_final(period) else "cli_final")
    write_html_edition(pack, period, args.html, language, args.published, report=report)
    print(_say("cli_wrote_html", period=_period_label(period), kind=kind, edition=language,
               path=args.html))


def _cmd_export(args) -> int:
    if not (args.csv or args.interchange or args.xlsx or args.template or args.pdf
            or args.pack_pdf or args.translation or args.html):
        raise _refuse("cli_nothing")
    if args.group is not None and not args.template:
        raise _refuse("cli_group_template")
    for option, suffix in (("xlsx", ".xlsx"), ("template", ".xlsx"), ("translation", ".xlsx"),
                           ("pdf", ".pdf"), ("pack_pdf", ".pdf"), ("html", ".html")):
        target = getattr(args, option)
        if target is not None and target.suffix.lower() != suffix:
            raise _refuse("cli_suffix", option=option.replace("_", "-"), path=target,
                          suffix=suffix)
    if args.language and not (args.pdf or args.pack_pdf or args.html):
        raise _refuse("cli_paper_options")
    if args.published and not (args.pdf or args.pack_pdf or args.html or args.csv or args.xlsx):
        raise _refuse("cli_published_options")
    with _open_for_reading(args.pack) as pack:
        report = None  # the period's report (English) that the CSV and the return read
        if args.csv or args.xlsx:
            from model.report import PeriodReport

            report = PeriodReport(pack, _period_of(pack, args.period), published=args.published)
        if args.csv:
            from exporters.scorecard_csv import write_scorecard_csv

            write_scorecard_csv(report, args.csv)
            print(_say("cli_wrote_scorecard_csv", period=_period_label(report.period),
                       path=args.csv))
        if args.pdf or args.pack_pdf:
            _export_pdfs(args, pack)
        if args.html:
            _export_html(args, pack)
        if args.interchange:
            from exporters.interchange import write_interchange

            write_interchange(pack, args.interchange)
            print(_say("cli_wrote_interchange", pack=pack.name, path=args.interchange))
        if args.xlsx:
            from exporters.excel_return import write_return

            write_return(pack, report.period, args.xlsx, report=report)
            print(_say("cli_wrote_return", period=_period_label(report.period), path=args.xlsx))
        if args.template:
            from exporters.excel_template import template_indicators, write_template

            period = _period_of(pack, args.period)
            try:
                template_indicators(pack, args.group)
            except ValueError as exc:
                raise CommandLineError(str(exc)) from None
            write_template(pack, period, args.template, group=args.group)
            print(_say("cli_wrote_template", period=_period_label(period), path=args.template))
        if args.translation:
            from exporters.translation_workbook import write_translation

            period = _period_of(pack, args.period)
            count = write_translation(pack, period, args.translation)
            print(_say("cli_wrote_translation", count=count, period=_period_label(period),
                       path=args.translation))
    return EXIT_OK


def _cmd_check(args) -> int:
    from model.checks import ERROR
    from model.report import PeriodReport

    with _open_for_reading(args.pack) as pack:
        period = _period_of(pack, args.period)
        language = args.language or pack.settings.language or "en"
        findings = PeriodReport(pack, period, language).findings
    for finding in findings:
        print(finding.text(_language))
    errors = sum(1 for f in findings if f.severity == ERROR)
    warnings = len(findings) - errors
    print(_say("cli_check_summary", period=_period_label(period), errors=errors,
               warnings=warnings,
               error_word=_say("cli_one_error" if errors == 1 else "cli_errors"),
               warning_word=_say("cli_one_warning" if warnings == 1 else "cli_warnings")))
    return EXIT_PROBLEMS if errors else EXIT_OK


def _cmd_open(args) -> int:
    if args.pack is not None and _is_file(args.pack) and not args.pack.is_file():
        raise _refuse("cli_missing" if not args.pack.exists() else "cli_not_pack",
                      path=args.pack)
    from gui.app import run_app

    if args.pack is not None and not _is_file(args.pack):
        from gui.server_pack import use_keyring

        use_keyring()
    return run_app(args.pack, read_only=args.read_only, language=_window_language)


def _publication_command(args) -> int:
    from publication_cli import run_publication_verb

    return run_publication_verb(args)


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
    "final": _publication_command,
    "reopen": _publication_command,
    "publish": _publication_command,
    "diff": _publication_command,
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


def _take_lang(argv: list[str]) -> tuple[list[str], str | None]:
    """``--lang cy`` / ``--lang=cy`` taken out of ``argv`` wherever it is (before or after the
    verb), so every verb accepts it; the rest of ``argv`` and the choice (None: not given)."""
    rest, choice = [], None
    items = iter(argv)
    for item in items:
        if item == "--lang":
            choice = next(items, "")
        elif item.startswith("--lang="):
            choice = item.partition("=")[2]
        else:
            rest.append(item)
    if choice is not None and choice not in ("en", "cy"):
        raise CommandLineError(f"--lang must be en or cy, not '{choice}'")
    return rest, choice


def main(argv: list[str] | None = None) -> int:
    global _language
    from model.words import interface_language

    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        argv, choice = _take_lang(argv)
    except CommandLineError as exc:
        print(f"craffu: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    _language = interface_language(choice)
    global _window_language
    _window_language = choice  # the window: --lang, else its Preferences, else the locale
    if not argv or (argv[0] not in VERBS and argv[0] not in ("-h", "--help")):
        argv = ["open", *argv]
    args = _parser().parse_args(argv)
    try:
        return _COMMANDS[args.verb](args)
    except Exception as exc:
        if not isinstance(exc, _user_errors()):
            raise  # a defect, not a user mistake: the traceback is for us
        for line in _error_lines(exc):
            print(_say("cli_error", message=_printable(line)), file=sys.stderr)
        return EXIT_ERROR


def _user_errors() -> tuple[type[BaseException], ...]:
    """Exceptions that report a user's mistake or a fault of their files, not a defect."""
    from model.errors import CraffuError

    return (CraffuError, CommandLineError, OSError)


if __name__ == "__main__":
    sys.exit(main())
