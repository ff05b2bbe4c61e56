"""Quarter figures and the officer's forecast: typed into one cell, or pasted as a block.

Rules:
- A quarter cell is editable only when the pack is open for writing, the quarter is not after
  the period shown, and that quarter's period is not marked final
  (``quarter_editable_reason``).
- What is typed is read by ``model.edits.typed.parse_figure``; the resulting Value is checked by
  the pack (``model.validation``) when the command is applied.
- A pasted block (``paste_figures``) fills indicator rows downwards and quarter columns to the
  right from the cell it starts at (the caller says which indicator and quarter each cell lands
  on). It is one command (one undo step) and all or nothing: the first bad cell, in reading
  order, is named as ``K1.22 Q3 2024-25`` with its place in the block and the reason.
- An officer's forecast (``forecast_command``) replaces the calculated face for one indicator
  in one period and needs a reason, which is stored and shown in the explanation; choosing the
  calculated forecast again deletes the override. Either is one undoable command, refused whole
  (``ForecastError``, naming the indicator and period) when the pack would refuse it: no
  reason, a final period, a read-only pack.
"""

from __future__ import annotations

from dataclasses import dataclass

from model import records as r
from model.commands import Command, delete, merge, put, set_fields
from model.edits.errors import EditError, ForecastError, InputError, PasteError
from model.edits.typed import parse_figure
from model.periods import Period

__all__ = ["CellTarget", "quarter_editable_reason", "figure_command", "enter_figure",
           "paste_figures", "forecast_command"]


@dataclass(frozen=True)
class CellTarget:
    """Where one pasted cell lands: an indicator's quarter, from a place in the block."""

    indicator: r.Indicator
    quarter: int  # 1-4 within the financial year of the period shown
    block_row: int  # 1-based place in the pasted block
    block_column: int

    def name(self, period: Period) -> str:
        return f"{self.indicator.code} Q{self.quarter} {period.fy.label}"

    def spot(self, period: Period) -> str:
        return (f"{self.name(period)} (row {self.block_row}, column {self.block_column} "
                "of the pasted cells)")


def quarter_editable_reason(pack, period: Period, quarter: int) -> str | None:
    """Why quarter ``quarter`` of ``period``'s year cannot be edited, or None if it can."""
    if pack.read_only:
        return f"{pack.path.name} is open read-only"
    if quarter > period.quarter:
        return (f"Q{quarter} is after {period.label}; choose {period.fy.label} Q{quarter} in the "
                "period selector to enter it")
    if pack.is_final(Period(period.year, quarter)):
        return f"{Period(period.year, quarter).label} is final; reopen the period to change it"
    return None


def figure_command(pack, indicator: r.Indicator, period: Period, text: str) -> Command:
    """The command that sets ``indicator``'s figure for ``period`` from typed ``text``.
    Raises InputError for text that is not a figure."""
    fields = parse_figure(text, indicator)
    label = f"Enter {indicator.code} {period.label}"
    return set_fields(pack, "value", (indicator.code, period), label=label, **fields)


def enter_figure(pack, indicator: r.Indicator, shown: Period, quarter: int,
                 text: str) -> Command:
    """The command that enters ``text`` in quarter ``quarter`` of the year of ``shown`` (the
    period the officer is looking at). Raises EditError when the cell cannot be edited or
    InputError when the text is not a figure; the pack checks the figure itself."""
    reason = quarter_editable_reason(pack, shown, quarter)
    if reason is not None:
        raise EditError(reason)
    return figure_command(pack, indicator, Period(shown.year, quarter), text)


def paste_figures(pack, period: Period, cells: list[tuple[CellTarget, str]]) -> Command:
    """One command entering every pasted cell in the year of ``period``; raises PasteError
    naming the first bad cell (in reading order) and why."""
    commands = []
    where: dict[tuple, CellTarget] = {}
    for target, text in cells:
        quarter_period = Period(period.year, target.quarter)
        reason = quarter_editable_reason(pack, period, target.quarter)
        if reason:
            raise PasteError(f"{target.spot(period)}: {reason}")
        try:
            commands.append(figure_command(pack, target.indicator, quarter_period, text))
        except InputError as exc:
            raise PasteError(f"{target.spot(period)}: {exc}") from None
        where[(target.indicator.code, quarter_period)] = target
    command = merge(f"Paste {len(cells)} figure{'s' if len(cells) != 1 else ''}", *commands)
    _changes, problems = pack.prepare(command)
    if problems:
        order = {key: (t.block_row, t.block_column) for key, t in where.items()}
        first = min(problems, key=lambda p: order.get(tuple(p.key), (1 << 30, 0)))
        target = where.get(tuple(first.key))
        spot = target.spot(period) if target else first.where
        field = f" {first.field}" if first.field else ""
        raise PasteError(f"{spot}{field}: {first.message}")
    return command


def forecast_command(pack, code: str, period: Period, forecast: str | None,
                     reason: str = "") -> Command:
    """The command that sets (``forecast`` likely / may / unlikely, with ``reason``) or clears
    (``forecast`` None) the officer's forecast of ``code`` for ``period``. Raises ForecastError
    with the reason shown to the officer when the pack would refuse it."""
    where = f"{code} {period.label}"
    if pack.read_only:
        raise ForecastError(f"{where}: {pack.path.name} is open read-only")
    if pack.is_final(period):
        raise ForecastError(f"{where}: {period.label} is final; reopen the period to change "
                            "its forecast")
    if forecast is None:
        if pack.forecast_override(code, period) is None:
            return Command(f"Clear forecast override {where}", ())
        command = delete(f"Clear forecast override {where}", "forecast_override",
                         (code, period))
    else:
        if not (reason or "").strip():
            raise ForecastError(f"{where}: give the reason for the officer's forecast "
                                "(it is shown with the face)")
        command = put(f"Override forecast {where}: {forecast}",
                      r.ForecastOverride(code=code, period=period, forecast=forecast,
                                         reason=reason.strip()))
    _changes, problems = pack.prepare(command)
    if problems:
        raise ForecastError(f"{where}: " + "; ".join(p.message for p in problems))
    return command
