"""The languages of an HTML edition: every passage with the language it is written in.

Rules:
- The words come from the papers' catalogue (``model.words``: ``words``, ``pair``, ``pick``,
  ``date_text``, ``period_text``) and from the period report; nothing here or in the templates
  writes a word of its own.
- A passage is a ``Text``: its words and its language (``en`` or ``cy``). The page's language is
  English for ``en`` and ``both``, Welsh for ``cy``; the templates mark every passage in the
  other language with ``lang``, so a screen reader speaks the Welsh of a bilingual edition in
  Welsh, and English left in a Welsh edition (pack text with no Welsh yet, which ``pick``
  falls back to) in English.
- Where the catalogue marks English standing in for missing Welsh ("[Saesneg yn unig]",
  ``model.words.pick`` and ``english_only``), the mark is Welsh and the text after it English,
  and each is marked so.
- For ``both``, a label or title is given once per language (``English`` then ``Cymraeg``), the
  two taken from reports in one language each (``report_in``) and paired by what they name (an
  appendix's letter, a section's key, a table's name), never by position; the same text in both
  languages is given once. Pack text keeps its own pairing: a field's English and its Welsh.
- ``blocks`` splits pack text into paragraphs (separated by blank lines; line breaks kept) and,
  where asked, lists (every line of a paragraph starting ``- ``, ``• `` or ``* ``), as the
  papers do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from model import words as pt
from model.report import PeriodReport
from model.report.cover import paragraphs

__all__ = ["Text", "Block", "Languages", "blocks", "text_in", "HTML_LANG"]

#: The ``lang`` of the page for each edition (the PDF's language tags).
HTML_LANG = {"en": "en-GB", "cy": "cy-GB", "both": "en-GB"}
_BULLETS = ("- ", "• ", "* ")


@dataclass(frozen=True)
class Text:
    """A passage and the language it is in (``en`` or ``cy``); ``mark`` is the words printed
    before it in the other language, e.g. "[Saesneg yn unig]" before English standing where
    Welsh should be (``model.words.english_only``)."""

    text: str
    lang: str
    mark: str = ""

    @property
    def mark_lang(self) -> str:
        return "cy" if self.lang == "en" else "en"

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Block:
    """A paragraph (``kind`` ``p``: its lines) or a list (``ul``: its items) of pack text."""

    kind: str
    lines: tuple[str, ...]


def text_in(text: str, language: str) -> Text:
    """``text`` printed for ``language``: English after the Welsh mark "[Saesneg yn unig]"
    (``model.words.english_only``) is English, and carries the mark."""
    mark = pt.english_only("")
    if language == "cy" and text.startswith(mark + " "):
        return Text(text[len(mark) + 1:], "en", mark)
    return Text(text, language)


def blocks(text: str, lists: bool = False) -> tuple[Block, ...]:
    """``text``'s paragraphs (and, with ``lists``, its bulleted lists), as the papers set it."""
    out = []
    for part in paragraphs(text):
        lines = part.split("\n")
        if lists and all(line.lstrip().startswith(_BULLETS) for line in lines):
            out.append(Block("ul", tuple(line.lstrip()[2:] for line in lines)))
        else:
            out.append(Block("p", tuple(lines)))
    return tuple(out)


class Languages:
    """The languages of ``report``'s edition, and its words in each (see the module rules)."""

    def __init__(self, report: PeriodReport):
        self.report = report
        self.language = report.language
        self.codes: tuple[str, ...] = ("en", "cy") if self.language == "both" \
            else (self.language,)
        self.page = "cy" if self.language == "cy" else "en"
        self.html_lang = HTML_LANG[self.language]
        self._reports: dict[str, PeriodReport] = {}

    def report_in(self, one: str) -> PeriodReport:
        """The report of the same period and edition in ``one`` language (``en`` or ``cy``)."""
        if one == self.language:
            return self.report
        if one not in self._reports:
            r = self.report
            self._reports[one] = PeriodReport(r.pack, r.period, one, published=r.published,
                                              limits=r.limits)
        return self._reports[one]

    def in_each(self, text_in: Callable[[str], str]) -> tuple[Text, ...]:
        """``text_in(language)`` for each language of the edition."""
        texts: list[Text] = []
        for one in self.codes:
            text = text_in(one)
            if text and all(t.text != text for t in texts):  # the same text once
                texts.append(Text(text, one))
        return tuple(texts)

    def each(self, get: Callable[[PeriodReport], str]) -> tuple[Text, ...]:
        """``get(report)`` of the report in each language of the edition."""
        return self.in_each(lambda one: get(self.report_in(one)))

    def label(self, key: str, **fields) -> tuple[Text, ...]:
        """A fixed label of the catalogue in each language."""
        return self.in_each(lambda one: pt.words(key, one, **fields))

    def sentence(self, key: str, **fields) -> tuple[Text, ...]:
        """A fixed sentence of the catalogue, one paragraph per language."""
        return self.in_each(lambda one: pt.pair(key, one, **fields)[0])

    def pick(self, english: str, welsh: str) -> tuple[Text, ...]:
        """Pack text in the edition's languages (``model.words.pick``), each with the language
        it is really in: Welsh where the Welsh was given; English, after its Welsh mark, where
        it stands for missing Welsh."""
        texts = pt.pick(english, welsh, self.language)
        langs = ("en", "cy")[:len(texts)] if self.language == "both" else (self.language,)
        return tuple(text_in(t, one) for t, one in zip(texts, langs, strict=True) if t)

    def labels(self, english, welsh) -> tuple[tuple[Text, ...], ...]:
        """Row, column or category labels (lists), each in the edition's languages."""
        welsh = list(welsh or [])
        return tuple(self.pick(str(e), str(welsh[i]) if i < len(welsh) else "")
                     for i, e in enumerate(english))

    def date(self, day) -> tuple[Text, ...]:
        return self.in_each(lambda one: pt.date_text(day, one))

    def period(self, period) -> tuple[Text, ...]:
        return self.in_each(lambda one: pt.period_text(period, one))

    def period_label(self, period) -> tuple[Text, ...]:
        return self.in_each(lambda one: pt.period_label(period, one))

    def words(self, key: str, **fields) -> str:
        """A fixed label on one line, for an attribute (``English / Cymraeg`` for ``both``)."""
        return pt.words(key, self.language, **fields)
