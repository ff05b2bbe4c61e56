"""The command line's team-mode verbs (``main.py`` registers them): copy, grant, revoke,
members and the data-collection round.

    python main.py copy SOURCE DESTINATION
        copy a pack between a file and a server, either way (the destination is created)
    python main.py grant URL USER ROLE [--group G]
        give USER (a database user) a role on the server pack: viewer, contributor (with
        --group, once per group), officer or approver
    python main.py revoke URL USER [ROLE] [--group G]
        take a role (every role without ROLE), or one contributor group, away
    python main.py members URL
        who has which role, and contributors' groups
    python main.py collection open URL PERIOD [--due DATE] [--note TEXT]
    python main.py collection close URL PERIOD
    python main.py collection status URL [--period P]
        the progress board: group, contributors, state, figures entered, checks outstanding
    python main.py collection cells URL [--period P]
        the indicators whose figures you enter, with what is entered so far
    python main.py collection submit URL GROUP [--period P]
    python main.py collection accept URL GROUP [--period P] [--note TEXT]
    python main.py collection return URL GROUP --note TEXT [--period P]

Contributors enter figures in the window, or with ``main.py import URL TEMPLATE.xlsx`` (a
data-collection template for their group). Without ``--period`` the collection verbs use the
period open for collection (the latest, if several are).
"""

from __future__ import annotations

import datetime as dt

from model.errors import CraffuError

__all__ = ["add_team_verbs", "run_team_verb"]

_ACTIONS = ("open", "close", "status", "cells", "submit", "accept", "return")


def add_team_verbs(verbs, where) -> None:
    """Add the team verbs to ``main.py``'s sub-parsers; ``where`` parses a pack argument."""
    p = verbs.add_parser("copy", help="copy a pack between a file and a server (either way)")
    p.add_argument("source", type=where, help="the pack to copy (file or server address)")
    p.add_argument("destination", type=where, help="the new pack (file or server address); "
                   "it must not exist yet")

    p = verbs.add_parser("grant", help="give a database user a role on a server pack")
    p.add_argument("pack", type=where, metavar="URL")
    p.add_argument("user", help="the database user (as the directory knows them)")
    p.add_argument("role", choices=("viewer", "contributor", "officer", "approver"))
    p.add_argument("--group", help="for a contributor: the group whose figures they enter")

    p = verbs.add_parser("revoke", help="take a role on a server pack away from a user")
    p.add_argument("pack", type=where, metavar="URL")
    p.add_argument("user")
    p.add_argument("role", nargs="?", choices=("viewer", "contributor", "officer", "approver"))
    p.add_argument("--group", help="take only this contributor group away")

    p = verbs.add_parser("members", help="who has which role on a server pack")
    p.add_argument("pack", type=where, metavar="URL")

    p = verbs.add_parser("collection", help="a data-collection round on a server pack")
    p.add_argument("action", choices=_ACTIONS)
    p.add_argument("pack", type=where, metavar="URL")
    p.add_argument("subject", nargs="?", metavar="PERIOD_OR_GROUP",
                   help="open/close: the period; submit/accept/return: the group")
    p.add_argument("--period", help="the period (default: the one open for collection)")
    p.add_argument("--due", help="open: the date figures are due (YYYY-MM-DD)")
    p.add_argument("--note", default="", help="open/accept: a note; return: what to correct")


class _Mistake(CraffuError):
    pass


def run_team_verb(args) -> int:
    if args.verb == "copy":
        from model.pack_copy import copy_pack

        count = copy_pack(args.source, args.destination)
        print(f"copied {args.source.name} to {args.destination.name}: {count} records")
        return 0
    _need_server(args.pack)
    if args.verb == "grant":
        from model.roles import grant

        print(grant(args.pack, args.user, args.role, args.group))
        return 0
    if args.verb == "revoke":
        from model.roles import revoke

        print(revoke(args.pack, args.user, args.role, args.group))
        return 0
    if args.verb == "members":
        from model.roles import members

        found = members(args.pack)
        for user, role, groups in found:
            print(f"{user}\t{role}" + (f"\t{', '.join(groups)}" if groups else ""))
        if not found:
            print(f"nobody has a role on {args.pack.name} yet (main.py grant URL USER ROLE)")
        return 0
    return _collection(args)


def _need_server(where) -> None:
    from model.address import is_server_address

    if not is_server_address(where):
        raise _Mistake(f"{where} is a file: roles and data collection are for a server pack "
                       "(postgresql://USER@HOST/DATABASE?pack=NAME; copy a file there with "
                       "main.py copy)")


def _collection(args) -> int:
    from model import collection as c
    from model.pack import Pack
    from model.periods import parse_period

    action = args.action
    read_only = action in ("status", "cells")
    with Pack.open(args.pack, read_only=read_only) as pack:
        if action in ("open", "close"):
            if not args.subject:
                raise _Mistake(f"collection {action} needs the PERIOD")
            period = parse_period(args.subject)
            if action == "open":
                due = _date(args.due) if args.due else None
                print(c.open_round(pack, period, due, args.note))
            else:
                print(c.close_round(pack, period))
            return 0
        period = parse_period(args.period) if args.period else _open_period(pack)
        if action == "status":
            _print_board(c.progress(pack, period), period)
        elif action == "cells":
            _print_cells(pack, c.cells(pack, period), period)
        else:
            if not args.subject:
                raise _Mistake(f"collection {action} needs the GROUP")
            if action == "submit":
                print(c.submit(pack, period, args.subject))
            elif action == "accept":
                print(c.accept(pack, period, args.subject, args.note))
            else:
                print(c.return_group(pack, period, args.subject, args.note))
    return 0


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise _Mistake(f"--due {text}: write the date as YYYY-MM-DD") from None


def _open_period(pack):
    from model.collection import open_periods

    periods = open_periods(pack)
    if not periods:
        raise _Mistake(f"no period of {pack.path.name} is open for collection; give --period "
                       "or open one (main.py collection open URL PERIOD)")
    return periods[-1]


def _print_board(board, period) -> None:
    print(f"{period.label}: group\tcontributors\tstate\tentered\terrors\twarnings\tby\tnote")
    for line in board:
        print("\t".join([line.group, ", ".join(line.contributors) or "-", line.state,
                         f"{line.entered}/{line.indicators}", str(line.errors),
                         str(line.warnings), f"{line.by} {line.at}".strip() or "-",
                         line.note or "-"]))


def _print_cells(pack, indicators, period) -> None:
    for ind in indicators:
        value = pack.value(ind.code, period)
        figure = "-"
        if value is not None and value.actual is not None:
            figure = str(value.actual)
        elif value is not None and value.numerator is not None:
            figure = f"{value.numerator} / {value.denominator}"
        note = pack.commentary(ind.code, period)
        print("\t".join([ind.code, ind.group, ind.title, figure,
                         "commentary" if note and note.text.strip() else "no commentary"]))
