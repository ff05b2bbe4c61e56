"""The scorecard grid's columns, declared once: for each column its header and header tooltip,
alignment, and how a row's cell is shown in every role (text, tooltip, words for screen readers,
colours, font, sort key).

Rules:
- Figures are printed as the papers print them (``figure_text``): the indicator's decimals,
  thousands separators, ``%`` for percentages, ``£`` for money. Blank means no figure (a quarter
  after the period or not reported), never zero.
- RAG cells have a fill colour *and* their letter (R, A, G) or words (n/a, no data); arrows and
  faces are glyphs (``model.symbols``). Nothing relies on colour alone.
- Tooltips give the status explanation that belongs to the cell: the RAG explanation on the RAG
  cell, the direction explanation on the arrow, the forecast explanation on the face, all three
  elsewhere in the row. ``AccessibleTextRole`` gives words ("Red", "improved", "likely").
- An officer's forecast (an override, with its reason) is marked with a dagger after the
  face (``OVERRIDE_MARK``, explained in the face's tooltip and in the key).
- Sort keys compare correctly within a column: numbers as numbers (no figure first), text
  without case and codes in number order (``K1.9`` before ``K1.22``), symbols worst first.
- ``COLUMNS[column]`` is the one place a column is described; ``cell(spec, row, role, fonts)``
  answers a role by looking it up, so adding a column or a role is one entry, not a branch.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication

from gui.language import pack_text, paper_language, translate
from model import records as r
from model import symbols
from model.numbers import format_fixed
from model.periods import Period
from model.report.figures import welsh_explanation
from model.scorecard import ScorecardRow
from model.words import period_label, quarter_label, words

__all__ = ["Column", "Role", "ColumnSpec", "COLUMNS", "QUARTER_COLUMNS", "OVERRIDE_MARK",
           "FORECAST_WORDS",
           "figure_text", "dark_scheme", "cell", "heading_cell", "Fonts", "KEPT_ROLES",
           "welsh_tips"]

#: Printed after the face of an officer's forecast (explained in its tooltip and the key).
OVERRIDE_MARK = "\u2020"


class Column(IntEnum):
    CODE = 0
    TITLE = 1
    PREVIOUS = 2
    Q1 = 3
    Q2 = 4
    Q3 = 5
    Q4 = 6
    YTD = 7
    TARGET = 8
    RAG = 9
    ARROW = 10
    FACE = 11
    COMMENTARY = 12


QUARTER_COLUMNS = (Column.Q1, Column.Q2, Column.Q3, Column.Q4)


class Role(IntEnum):
    SORT_KEY = Qt.ItemDataRole.UserRole + 1
    ROW = Qt.ItemDataRole.UserRole + 2  # the ScorecardRow, or None on a heading row
    GROUP = Qt.ItemDataRole.UserRole + 3  # the group name
    IS_HEADING = Qt.ItemDataRole.UserRole + 4
    LOCKED = Qt.ItemDataRole.UserRole + 5  # a quarter of a final period: why it is locked
    REFUSED = Qt.ItemDataRole.UserRole + 6  # what was typed and refused here, and why


#: A forecast in words ("may meet the target", never "may to meet the target").
FORECAST_WORDS = {"likely": QT_TRANSLATE_NOOP("scorecard_columns", "likely to meet the target"),
                  "may": QT_TRANSLATE_NOOP("scorecard_columns", "may meet the target"),
                  "unlikely": QT_TRANSLATE_NOOP("scorecard_columns",
                                                "unlikely to meet the target")}


def figure_text(indicator: r.Indicator, number: Decimal | None) -> str:
    """A figure as the scorecard prints it: ``61.0%``, ``28,354``, ``£1,234``, ``12.5``;
    blank for no figure."""
    if number is None:
        return ""
    text = format_fixed(number, indicator.display_decimals, thousands=True)
    if indicator.unit == "percent":
        return f"{text}%"
    if indicator.unit == "currency":
        return f"-£{text[1:]}" if text.startswith("-") else f"£{text}"
    return text


def dark_scheme() -> bool:
    """Whether the application is drawn light on dark."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


_BRUSHES: dict[str, QBrush] = {}


def _brush(colour: str | None) -> QBrush | None:
    if not colour:
        return None
    brush = _BRUSHES.get(colour)
    if brush is None:
        brush = _BRUSHES[colour] = QBrush(QColor(colour))
    return brush


class Fonts:
    """The fonts the cells use, made once from the application font (``data`` is called for
    every cell on every paint, so it must not build fonts): symbols a little larger than text
    and in DejaVu Sans, which has every glyph; the RAG letter bold; an officer's overridden
    forecast in italics; group headings bold. ``base``: the grid's font (zoomed), default the
    application's."""

    def __init__(self, base: QFont | None = None):
        base = QFont(base if base is not None else QGuiApplication.font())
        self.heading = QFont(base)
        self.heading.setBold(True)
        symbol = QFont(base)
        symbol.setFamilies(["DejaVu Sans", *base.families()])  # not shown: a font family
        self.rag = QFont(symbol)
        self.rag.setBold(True)
        self.symbol = QFont(symbol)
        if symbol.pointSizeF() > 0:
            self.symbol.setPointSizeF(symbol.pointSizeF() * 1.3)
        self.overridden = QFont(self.symbol)
        self.overridden.setItalic(True)


# -- how a row is shown ----------------------------------------------------------------------

_RAG_ORDER = {"Red": 0, "Amber": 1, "Green": 2, "no data": 3, "n/a": 4}
_DIRECTIONS = ("declined", "sustained", "improved", "increased",
               "no change",  # not shown: the model's direction words, as sort keys
               "decreased",
               "not comparable")  # not shown: the model's direction words, as sort keys
_DIRECTION_ORDER = {word: i for i, word in enumerate(_DIRECTIONS)}
_FORECAST_ORDER = {"unlikely": 0, "may": 1, "likely": 2, "n/a": 3}

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _natural_key(text: str) -> str:
    """``K1.9`` before ``K1.22``: runs of digits padded so that text order is number order."""
    return re.sub(r"\d+", lambda m: m.group(0).zfill(8), text.casefold())


def _number_key(number: Decimal | None) -> float:
    return -math.inf if number is None else float(number)


def _explanations(row: ScorecardRow) -> str:
    status = row.status
    return "\n".join((status.rag_explanation, status.direction_explanation,
                      status.forecast_explanation))


def _nothing(_row: ScorecardRow) -> None:
    return None


def _face(row: ScorecardRow) -> str:
    face = symbols.face_symbol(row.status.forecast)
    return f"{face} {OVERRIDE_MARK}" if row.status.forecast_overridden else face


def _face_tip(row: ScorecardRow) -> str:
    status = row.status
    if status.forecast_overridden:
        return status.forecast_explanation + "\n" + translate(
            "scorecard_columns", "{mark} an officer's forecast, not the calculated one: "
            "double-click or right-click to change or clear it").format(mark=OVERRIDE_MARK)
    return status.forecast_explanation


def _face_words(row: ScorecardRow) -> str:
    status = row.status
    if status.forecast == "n/a":
        return translate("scorecard_columns", "no forecast")
    words = FORECAST_WORDS.get(status.forecast)
    words = translate("scorecard_columns", words) if words else status.forecast
    if status.forecast_overridden:
        return translate("scorecard_columns", "{forecast} (officer's forecast)").format(
            forecast=words)
    return words


def _commentary_tip(row: ScorecardRow) -> str:
    text = row.commentary.text.strip() if row.has_commentary else ""
    if text:
        return text[:300] + ("…" if len(text) > 300 else "")
    return translate("scorecard_columns", "No commentary for {period}").format(
        period=period_label(row.status.period, paper_language()))


def _rag_fill(row: ScorecardRow) -> QBrush | None:
    return _brush(symbols.RAG_FILL.get(row.status.rag))


def _rag_text(row: ScorecardRow) -> QBrush | None:
    return _brush(symbols.RAG_TEXT) if row.status.rag in symbols.RAG_FILL else None


def _arrow_colour(row: ScorecardRow) -> QBrush | None:
    return _brush(symbols.arrow_colour(row.status.direction, dark_scheme()))


def _fy(period: Period | None) -> str:
    return period.fy.label if period else translate("scorecard_columns", "this year")


@dataclass(frozen=True)
class ColumnSpec:
    """How one column is headed and how it shows a row, role by role. ``accessible`` None
    means the shown text (or "blank"); ``tooltip`` None means the row's three explanations."""

    header: Callable[[Period | None], str]
    header_tip: Callable[[Period | None], str]
    align: Qt.AlignmentFlag
    display: Callable[[ScorecardRow], str]
    sort_key: Callable[[ScorecardRow], Any]
    tooltip: Callable[[ScorecardRow], str] | None = None
    accessible: Callable[[ScorecardRow], str] | None = None
    description: Callable[[ScorecardRow], str | None] = _nothing
    background: Callable[[ScorecardRow], QBrush | None] = _nothing
    foreground: Callable[[ScorecardRow], QBrush | None] = _nothing
    font: Callable[[Fonts, ScorecardRow], QFont | None] = lambda _fonts, _row: None
    quarter: int | None = None  # 1-4: a quarter's figure, typed in place


def _figure(header: str, tip: str, number: Callable[[ScorecardRow], Decimal | None],
            header_for: Callable[[Period | None], str] | None = None,
            tip_for: Callable[[Period | None], str] | None = None,
            quarter: int | None = None) -> ColumnSpec:
    return ColumnSpec(
        header=header_for or (lambda _p: header), header_tip=tip_for or (lambda _p: tip),
        align=_RIGHT, display=lambda row: figure_text(row.indicator, number(row)),
        sort_key=lambda row: _number_key(number(row)), quarter=quarter)


def _quarter(q: int) -> ColumnSpec:
    return _figure("", "", lambda row: row.quarters[q - 1], quarter=q,
                   header_for=lambda _p: quarter_label(q, paper_language()),
                   tip_for=lambda p: translate(
                       "scorecard_columns", "The figure for {quarter} {year} (blank: not "
                       "reported or not yet due)").format(
                           quarter=quarter_label(q, paper_language()), year=_fy(p)))


COLUMNS: dict[Column, ColumnSpec] = {
    Column.CODE: ColumnSpec(
        header=lambda _p: translate("scorecard_columns", "Code"),
        header_tip=lambda _p: translate("scorecard_columns", "Indicator code"), align=_LEFT,
        display=lambda row: row.indicator.code, sort_key=lambda row: _natural_key(row.code)),
    Column.TITLE: ColumnSpec(
        header=lambda _p: translate("scorecard_columns", "Indicator"),
        header_tip=lambda _p: translate("scorecard_columns", "Indicator title"), align=_LEFT,
        display=lambda row: pack_text(row.indicator.title, row.indicator.title_cy),
        sort_key=lambda row: pack_text(row.indicator.title, row.indicator.title_cy).casefold()),
    Column.PREVIOUS: _figure(
        "", "", lambda row: row.previous_outturn,
        tip_for=lambda _p: translate("scorecard_columns",
                                     "The previous financial year's year-end (outturn) figure"),
        header_for=lambda p: translate("scorecard_columns", "{year}\noutturn").format(
            year=p.fy.previous().label) if p else translate("scorecard_columns",
                                                            "Previous\noutturn")),
    Column.Q1: _quarter(1),
    Column.Q2: _quarter(2),
    Column.Q3: _quarter(3),
    Column.Q4: _quarter(4),
    Column.YTD: _figure(
        "", "", lambda row: row.status.ytd,
        header_for=lambda _p: translate("scorecard_columns", "Year to\ndate"),
        tip_for=lambda p: translate("scorecard_columns", "Year to date for {period}").format(
            period=period_label(p, paper_language())) if p else translate(
                "scorecard_columns", "Year to date")),
    Column.TARGET: _figure(
        "", "", lambda row: row.status.target,
        header_for=lambda _p: translate("scorecard_columns", "Target"),
        tip_for=lambda _p: translate("scorecard_columns", "The target for the year to date "
                                     "(pro rata or trajectory where set)")),
    Column.RAG: ColumnSpec(
        header=lambda _p: translate("scorecard_columns", "RAG"),
        header_tip=lambda _p: translate("scorecard_columns",
                                        "Red / Amber / Green against the target"),
        align=_CENTRE, display=lambda row: symbols.rag_symbol(row.status.rag),
        sort_key=lambda row: _RAG_ORDER.get(row.status.rag, len(_RAG_ORDER)),
        tooltip=lambda row: row.status.rag_explanation,
        accessible=lambda row: words(row.status.rag, paper_language()),
        description=lambda row: row.status.rag_explanation,
        background=_rag_fill, foreground=_rag_text, font=lambda fonts, _row: fonts.rag),
    Column.ARROW: ColumnSpec(
        header=lambda _p: translate("scorecard_columns", "Trend"),
        header_tip=lambda _p: translate("scorecard_columns",
                                        "Direction of travel against the comparison period"),
        align=_CENTRE, display=lambda row: symbols.arrow_symbol(row.status.direction),
        sort_key=lambda row: _DIRECTION_ORDER.get(row.status.direction, len(_DIRECTION_ORDER)),
        tooltip=lambda row: row.status.direction_explanation,
        accessible=lambda row: words(row.status.direction, paper_language()),
        description=lambda row: row.status.direction_explanation,
        foreground=_arrow_colour, font=lambda fonts, _row: fonts.symbol),
    Column.FACE: ColumnSpec(
        header=lambda _p: translate("scorecard_columns", "Forecast"),
        header_tip=lambda _p: translate(
            "scorecard_columns", "Forecast: likely, may or unlikely to meet the year's target"),
        align=_CENTRE, display=_face,
        sort_key=lambda row: _FORECAST_ORDER.get(row.status.forecast, len(_FORECAST_ORDER)),
        tooltip=_face_tip, accessible=_face_words,
        description=lambda row: row.status.forecast_explanation,
        font=lambda fonts, row: fonts.overridden if row.status.forecast_overridden
        else fonts.symbol),
    Column.COMMENTARY: ColumnSpec(
        header=lambda _p: translate("scorecard_columns", "Com-\nmentary"),
        header_tip=lambda _p: translate("scorecard_columns",
                                        "Whether commentary is written for the period"),
        align=_CENTRE,
        display=lambda row: translate("scorecard_columns", "Yes") if row.has_commentary else "",
        sort_key=lambda row: int(row.has_commentary), tooltip=_commentary_tip,
        accessible=lambda row: translate("scorecard_columns", "commentary written")
        if row.has_commentary else translate("scorecard_columns", "no commentary")),
}

_D = Qt.ItemDataRole

#: What each role of an indicator row's cell is, given the column's spec, the row and the fonts.
_ROW_ROLES: dict[int, Callable[[ColumnSpec, ScorecardRow, Fonts], Any]] = {
    int(_D.DisplayRole): lambda spec, row, _f: spec.display(row),
    int(_D.EditRole): lambda spec, row, _f: spec.display(row),
    int(_D.ToolTipRole): lambda spec, row, _f: (spec.tooltip or _explanations)(row),
    int(_D.AccessibleTextRole): lambda spec, row, _f: (
        spec.accessible(row) if spec.accessible else spec.display(row)
        or translate("scorecard_columns", "blank")),
    int(_D.AccessibleDescriptionRole): lambda spec, row, _f: spec.description(row),
    int(_D.TextAlignmentRole): lambda spec, _row, _f: spec.align,
    int(_D.BackgroundRole): lambda spec, row, _f: spec.background(row),
    int(_D.ForegroundRole): lambda spec, row, _f: spec.foreground(row),
    int(_D.FontRole): lambda spec, row, fonts: spec.font(fonts, row),
    int(Role.SORT_KEY): lambda spec, row, _f: spec.sort_key(row),
    int(Role.ROW): lambda _spec, row, _f: row,
    int(Role.GROUP): lambda _spec, row, _f: row.indicator.group,
    int(Role.IS_HEADING): lambda _spec, _row, _f: False,
}

#: What each role of a group heading row's cell is (the name in the first column).
_HEADING_ROLES: dict[int, Callable[[r.Group, Column, Fonts], Any]] = {
    int(Role.IS_HEADING): lambda _g, _c, _f: True,
    int(Role.GROUP): lambda group, _c, _f: group.name,
    int(Role.SORT_KEY): lambda _g, _c, _f: "",
    int(_D.DisplayRole): lambda group, column, _f: _heading_text(group, column),
    int(_D.AccessibleTextRole): lambda group, column, _f: _heading_text(group, column),
    int(_D.ToolTipRole): lambda group, column, _f: _heading_text(group, column),
    int(_D.FontRole): lambda _g, _c, fonts: fonts.heading,
    int(_D.BackgroundRole): lambda _g, _c, _f: QGuiApplication.palette().button(),
    int(_D.ForegroundRole): lambda _g, _c, _f: QGuiApplication.palette().buttonText(),
}

#: Every role the grid answers; others are answered at once with nothing.
ANSWERED_ROLES = frozenset(_ROW_ROLES)

#: The roles whose values are kept per row; asked for on every paint.
KEPT_ROLES = tuple(int(role) for role in (
    _D.DisplayRole, _D.ToolTipRole, _D.AccessibleTextRole, _D.AccessibleDescriptionRole,
    _D.TextAlignmentRole, _D.BackgroundRole, _D.ForegroundRole, _D.FontRole))


def _heading_text(group: r.Group, column: Column) -> str:
    if column != Column.CODE:
        return ""
    return pack_text(group.name, group.name_cy) or translate("scorecard_columns",
                                                             "Other indicators")


def cell(column: Column, row: ScorecardRow, role: int, fonts: Fonts):
    """The value of ``role`` for ``row``'s cell in ``column`` (None for a role not answered)."""
    answer = _ROW_ROLES.get(role)
    return None if answer is None else answer(COLUMNS[column], row, fonts)


def heading_cell(column: Column, group: r.Group, role: int, fonts: Fonts):
    """The value of ``role`` for a group heading row's cell in ``column``."""
    answer = _HEADING_ROLES.get(role)
    return None if answer is None else answer(group, column, fonts)


def welsh_tips(report, row: ScorecardRow, tips: tuple) -> tuple:
    """A row's tooltips with the status explained in Welsh (``welsh_explanation`` of
    ``report``, from the same figures) where they explain the status in English."""
    status = row.status
    parts = (status.rag_explanation, status.direction_explanation, status.forecast_explanation)
    english = {*parts, "\n".join(parts)}
    welsh = welsh_explanation(report, row)
    return tuple(welsh if tip in english else
                 tip.replace(status.forecast_explanation, welsh, 1)
                 if status.forecast_overridden and tip.startswith(status.forecast_explanation)
                 else tip
                 for tip in tips)
