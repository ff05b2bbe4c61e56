"""Formulas of calculated indicators: ``PEO.01 - PEO.02``, ``(K1.18 + K1.20) / DEM.10 * 100``.

A small parser of its own (never Python's ``eval``): what a formula may hold is exactly this
grammar, and anything else is refused with a message that says where.

Grammar (spaces anywhere between parts)::

    formula  := sum
    sum      := product (("+" | "-") product)*
    product  := unary (("*" | "/") unary)*
    unary    := ("-" | "+") unary | operand
    operand  := number | code | "[" any text but "]" "]" | "(" sum ")"

- A **number** is digits with an optional decimal point (``12``, ``0.5``, ``.5``); no
  thousands separators, no exponents.
- A **code** is an indicator's code: a letter followed by letters, digits, ``.`` and ``_``
  (``K1.22``, ``PEO.01``). A code that does not fit (one with a space or a hyphen, or starting
  with a digit) is written in square brackets: ``[PI-01] - [PI-02]``.
- ``*`` and ``/`` bind tighter than ``+`` and ``-``; operators of the same strength work left to
  right (``10 - 4 - 3`` is 3, ``12 / 2 / 3`` is 2); a leading minus negates. The typographic
  signs ``−``, ``×`` and ``÷`` are read as ``-``, ``*`` and ``/``.
- A formula is at most ``MAX_LENGTH`` characters and nests at most ``MAX_DEPTH`` deep.

Evaluation (``Formula.evaluate``) works in exact decimal arithmetic on the operands' figures. It
gives no value, with the reason, when an operand has no figure ("PEO.02 has no figure"), when a
division is by zero ("division by zero: PEO.02 is 0"), or when the result is beyond what a
council figure can be (``model.numbers.bounds_problem``). ``Formula.explain`` writes the
calculation out with the figures in place: ``PEO.01 − PEO.02 = 12 − 9 = 3``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal, DivisionByZero, InvalidOperation, localcontext

from model.errors import CraffuError, quote
from model.numbers import bounds_problem

__all__ = ["Formula", "FormulaError", "Result", "parse_formula", "MAX_LENGTH", "MAX_DEPTH",
           "number_text"]

MAX_LENGTH = 1000
MAX_DEPTH = 50

_SIGNS = {"−": "-", "–": "-", "×": "*", "÷": "/"}
_PRETTY = {"-": "−", "*": "×", "/": "÷", "+": "+"}
_STRENGTH = {"+": 1, "-": 1, "*": 2, "/": 2}


class FormulaError(CraffuError, ValueError):
    """A formula that cannot be read, with the reason and where."""


@dataclass(frozen=True)
class Result:
    """A formula's value for one period, or ``None`` with the ``reason`` there is none."""

    value: Decimal | None
    reason: str = ""


# -- the tree -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Number:
    value: Decimal
    text: str


@dataclass(frozen=True)
class _Code:
    code: str
    bracketed: bool


@dataclass(frozen=True)
class _Negate:
    operand: object


@dataclass(frozen=True)
class _Binary:
    op: str
    left: object
    right: object


def number_text(number: Decimal) -> str:
    """A figure written plainly: ``12``, ``61.5``, ``-3`` (no exponent, no trailing zeros)."""
    if number == number.to_integral_value():
        return format(number.quantize(Decimal(1)), "f")
    return format(number.normalize(), "f")


def _code_text(node: _Code) -> str:
    return f"[{node.code}]" if node.bracketed else node.code


def _render(node, leaf: Callable[[object], str], signs: Mapping[str, str], parent: int = 0,
            right_side: bool = False) -> str:
    """``node`` as text, with parentheses only where the grammar needs them."""
    if isinstance(node, _Binary):
        strength = _STRENGTH[node.op]
        text = (f"{_render(node.left, leaf, signs, strength)} {signs[node.op]} "
                f"{_render(node.right, leaf, signs, strength, True)}")
        if strength < parent or (strength == parent and right_side):
            return f"({text})"
        return text
    if isinstance(node, _Negate):
        text = f"{signs['-']}{_render(node.operand, leaf, signs, 3)}"
        return f"({text})" if parent else text
    text = leaf(node)
    if parent and text.startswith(("-", "−")):
        return f"({text})"
    return text


class Formula:
    """A parsed formula: ``codes`` (the indicators it reads, in order of first use), ``text``
    (written plainly with ``+ - * /``), ``pretty`` (with ``− × ÷``), ``divides`` (its outermost
    operation is a division, so it has a numerator and a denominator), ``evaluate`` and
    ``explain``."""

    def __init__(self, tree, source: str):
        self._tree = tree
        self.source = source
        codes: list[str] = []
        self._collect(tree, codes)
        self.codes: tuple[str, ...] = tuple(codes)

    @classmethod
    def _collect(cls, node, codes: list[str]) -> None:
        if isinstance(node, _Code):
            if node.code not in codes:
                codes.append(node.code)
        elif isinstance(node, _Negate):
            cls._collect(node.operand, codes)
        elif isinstance(node, _Binary):
            cls._collect(node.left, codes)
            cls._collect(node.right, codes)

    def __repr__(self) -> str:
        return f"Formula({self.text!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, Formula) and self._tree == other._tree

    def __hash__(self) -> int:
        return hash(self._tree)

    @property
    def text(self) -> str:
        return _render(self._tree, self._leaf, {k: k for k in _PRETTY})

    @property
    def pretty(self) -> str:
        return _render(self._tree, self._leaf, _PRETTY)

    @staticmethod
    def _leaf(node) -> str:
        return node.text if isinstance(node, _Number) else _code_text(node)

    @property
    def divides(self) -> bool:
        return isinstance(self._tree, _Binary) and self._tree.op == "/"

    def parts(self) -> tuple[Formula, Formula] | None:
        """The numerator and denominator of a formula whose outermost operation divides."""
        if not self.divides:
            return None
        return Formula(self._tree.left, ""), Formula(self._tree.right, "")

    # -- evaluation ---------------------------------------------------------------------------

    def evaluate(self, figures: Mapping[str, Decimal | None]) -> Result:
        """The value with ``figures`` (code → figure, ``None`` or absent: no figure)."""
        missing = [code for code in self.codes if figures.get(code) is None]
        if missing:
            names = " and ".join(missing) if len(missing) <= 2 else \
                ", ".join(missing[:-1]) + " and " + missing[-1]
            return Result(None, f"{names} {'has' if len(missing) == 1 else 'have'} no figure")
        with localcontext() as context:
            context.prec = 34
            context.traps[DivisionByZero] = True
            context.traps[InvalidOperation] = True
            try:
                value = self._value(self._tree, figures)
            except _ZeroDivisor as zero:
                return Result(None, f"division by zero: {zero.args[0]} is 0")
        problem = bounds_problem(value)
        if problem:
            return Result(None, f"the result {problem}")
        return Result(value)

    def _value(self, node, figures) -> Decimal:
        if isinstance(node, _Number):
            return node.value
        if isinstance(node, _Code):
            return figures[node.code]
        if isinstance(node, _Negate):
            return -self._value(node.operand, figures)
        left = self._value(node.left, figures)
        right = self._value(node.right, figures)
        if node.op == "+":
            return left + right
        if node.op == "-":
            return left - right
        if node.op == "*":
            return left * right
        if right == 0:
            raise _ZeroDivisor(_render(node.right, self._leaf, _PRETTY))
        return left / right

    def explain(self, figures: Mapping[str, Decimal | None], result: Result | None = None,
                shown: Callable[[Decimal], str] | None = None) -> str:
        """The calculation with the figures in place: ``PEO.01 − PEO.02 = 12 − 9 = 3``; with no
        value, the reason instead of the result (``… = 12 ÷ 0: division by zero: PEO.02 is 0``).
        ``shown`` writes the result (default: plainly)."""
        result = result if result is not None else self.evaluate(figures)

        def leaf(node) -> str:
            if isinstance(node, _Number):
                return node.text
            figure = figures.get(node.code)
            return "?" if figure is None else number_text(figure).replace("-", "−")

        written = _render(self._tree, leaf, _PRETTY)
        head = self.pretty if written == self.pretty else f"{self.pretty} = {written}"
        if result.value is None:
            return f"{head}: no value ({result.reason})"
        out = (shown or number_text)(result.value).replace("-", "−")
        return f"{head} = {out}"


class _ZeroDivisor(Exception):
    """Raised inside evaluation when a divisor is 0 (its text is the argument)."""


# -- reading ------------------------------------------------------------------------------------


def _tokens(text: str) -> list[tuple[str, str, int]]:
    """(kind, text, column) for each part: num, code, op, open, close, end."""
    out: list[tuple[str, str, int]] = []
    i, n = 0, len(text)
    while i < n:
        ch = _SIGNS.get(text[i], text[i])
        if ch.isspace():
            i += 1
            continue
        start = i
        if ch in "+-*/":
            out.append(("op", ch, start))
            i += 1
        elif ch == "(":
            out.append(("open", ch, start))
            i += 1
        elif ch == ")":
            out.append(("close", ch, start))
            i += 1
        elif ch == "[":
            end = text.find("]", i + 1)
            if end < 0:
                raise FormulaError(f"the '[' at character {start + 1} has no ']'")
            code = text[i + 1:end].strip()
            if not code:
                raise FormulaError(f"the brackets at character {start + 1} hold no code")
            out.append(("code", code, start))
            i = end + 1
        elif ch.isdigit() or (ch == "." and i + 1 < n and text[i + 1].isdigit()):
            while i < n and (text[i].isdigit() or text[i] == "."):
                i += 1
            word = text[start:i]
            if word.count(".") > 1:
                raise FormulaError(f"'{quote(word)}' at character {start + 1} is not a number")
            if i < n and (text[i].isalpha() or text[i] == "_"):
                raise FormulaError(
                    f"'{quote(text[start:i + 1])}…' at character {start + 1}: a code that "
                    "starts with a digit is written in square brackets, e.g. [1A.01]")
            out.append(("num", word, start))
        elif ch.isalpha():
            while i < n and (text[i].isalnum() or text[i] in "._"):
                i += 1
            word = text[start:i]
            if word.endswith("."):
                raise FormulaError(f"'{quote(word)}' at character {start + 1} is not a code "
                                   "(it ends with a full stop)")
            out.append(("code", word, start))
        else:
            raise FormulaError(f"'{quote(text[i])}' at character {start + 1} cannot be used in "
                               "a formula (use codes, numbers, + - * / and brackets)")
    out.append(("end", "", n))
    return out


class _Reader:
    def __init__(self, text: str):
        self.text = text
        self.tokens = _tokens(text)
        self.at = 0
        self.depth = 0

    def peek(self) -> tuple[str, str, int]:
        return self.tokens[self.at]

    def take(self) -> tuple[str, str, int]:
        token = self.tokens[self.at]
        self.at += 1
        return token

    def where(self, token) -> str:
        kind, word, column = token
        return "the end" if kind == "end" else f"'{quote(word)}' at character {column + 1}"

    def sum(self):
        node = self.product()
        while self.peek()[0] == "op" and self.peek()[1] in "+-":
            op = self.take()[1]
            node = _Binary(op, node, self.product())
        return node

    def product(self):
        node = self.unary()
        while self.peek()[0] == "op" and self.peek()[1] in "*/":
            op = self.take()[1]
            node = _Binary(op, node, self.unary())
        return node

    def unary(self):
        token = self.peek()
        if token[0] == "op" and token[1] in "+-":
            self.take()
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise FormulaError(f"the formula nests more than {MAX_DEPTH} deep")
            operand = self.unary()
            self.depth -= 1
            return _Negate(operand) if token[1] == "-" else operand
        return self.operand()

    def operand(self):
        token = self.take()
        kind, word, _column = token
        if kind == "num":
            return _Number(Decimal(word), word)
        if kind == "code":
            return _Code(word, self.text[token[2]] == "[")
        if kind == "open":
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise FormulaError(f"the formula nests more than {MAX_DEPTH} deep")
            node = self.sum()
            closing = self.take()
            if closing[0] != "close":
                raise FormulaError("a ')' is missing at the end" if closing[0] == "end" else
                                   f"a ')' is missing before {self.where(closing)}")
            self.depth -= 1
            return node
        if kind == "end":
            raise FormulaError("the formula ends where a code or number should follow")
        raise FormulaError(f"a code or number is needed before {self.where(token)}")


def parse_formula(text: str) -> Formula:
    """The formula ``text`` parsed; ``FormulaError`` saying what is wrong and where."""
    if text is None or not text.strip():
        raise FormulaError("the formula is empty")
    if len(text) > MAX_LENGTH:
        raise FormulaError(f"a formula is at most {MAX_LENGTH:,} characters")
    reader = _Reader(text)
    tree = reader.sum()
    rest = reader.peek()
    if rest[0] != "end":
        if rest[0] == "close":
            raise FormulaError(f"the ')' at character {rest[2] + 1} has no '('")
        raise FormulaError(f"an operator (+ - * /) is needed before {reader.where(rest)}")
    return Formula(tree, text)
