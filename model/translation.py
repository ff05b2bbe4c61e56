"""What a period's Welsh papers still need: every text of the papers that has English but no
Welsh, field by field.

``missing_welsh(pack, period)`` is the one list. The checks (``model.checks``, for a Welsh or
bilingual report: the window's checks dock and ``python main.py check PACK --language cy``)
report each gap as a warning; Publish may refuse a Welsh or bilingual edition while the list is
not empty; the translation workbook (``exporters.translation_workbook``) asks a translator for
exactly these texts and ``model.translation_import`` brings the Welsh back.

Rules:
- A gap is a text the period's papers print (or, for indicator definitions, that the HTML
  edition and the window show) whose English is not blank and whose Welsh is blank. A text
  with Welsh but no English is not a gap.
- The texts, in paper order: the report settings (organisation, committee, report title,
  signatory's role, and the cover report's texts: reason, background, way forward, legal,
  financial, recommendation); the names of the groups that have indicators; every indicator's
  title and definition; the period's commentary; the reasons of the officers' forecasts for
  the period; the rationale of the period year's targets; the key areas (title, current
  position, actions); the period's narratives (title, text); the commitments' titles, owners
  and plans and their updates' progress for the period; the period's budget lines (name,
  note); the period's breakdowns (title, the headings of the rows and columns, each row and
  column label, note); the snapshots (title, each category, note).
- A list of labels (rows, columns, categories) is translated item by item: ``item`` is the
  label's place (0-based), and a Welsh list shorter than the English leaves the rest missing.
- A cover-report text is translated paragraph by paragraph (paragraphs are separated by a
  blank line): ``item`` is the paragraph's number (1-based). Paragraphs are identified by their
  number, so the English and the Welsh must have as many paragraphs: when they do not, the
  Welsh cannot be paired with its English and every English paragraph is a gap (with
  ``problem`` saying why); the papers then print those paragraphs marked "[Saesneg yn unig]".
"""

from __future__ import annotations

from dataclasses import dataclass

from model.periods import Period
from model.words import words

__all__ = ["WelshGap", "missing_welsh", "paragraphs", "COVER_TEXTS", "SETTINGS_FIELDS",
           "paired_paragraphs"]

#: The cover report's texts (a settings field each, Welsh in ``<field>_cy``), in paper order.
COVER_TEXTS = ("reason_text", "background_text", "scope_text", "way_forward_text", "legal_text",
               "financial_text", "recommendation_text")
#: The settings' texts with a Welsh field, as the catalogue names them (``gap_what_<field>``).
SETTINGS_FIELDS = ("organisation", "committee", "report_title", "signatory_role")


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a text: separated by blank lines, trimmed, empty ones left out."""
    return [p.strip() for p in (text or "").replace("\r\n", "\n").split("\n\n") if p.strip()]


def paired_paragraphs(english: str, welsh: str) -> list[tuple[str, str]]:
    """A cover-report text's paragraphs as (English, Welsh) pairs by paragraph number; a Welsh
    text with a different number of paragraphs cannot be paired, so each Welsh is then ``""``.
    A text with Welsh only gives ("", Welsh) pairs."""
    en, cy = paragraphs(english), paragraphs(welsh)
    if not en:
        return [("", text) for text in cy]
    if len(cy) != len(en):
        cy = [""] * len(en)
    return list(zip(en, cy, strict=True))


@dataclass(frozen=True)
class WelshGap:
    """One text of the papers with no Welsh.

    ``kind`` and ``key`` name the record, ``field`` its Welsh field (``title_cy``, ``rows_cy``,
    ``reason_text_cy``…), ``item`` the label's place in a list (0-based) or the paragraph's
    number in a cover-report text (1-based), ``english`` the text to translate. The record and
    the field in the users' words come from the catalogue (``gap_record_<kind>``,
    ``gap_what_<what>``) in either language: ``record_in``, ``what_in``, ``message_in``;
    ``code`` is what the checks show in their Indicator column (the indicator's code, else the
    record's name).
    """

    kind: str
    key: tuple
    field: str
    english: str
    record_kind: str
    name: str
    what: str
    code: str
    item: int | None = None
    mismatch: tuple[int, int] | None = None  # (Welsh, English) paragraphs that cannot pair

    def record_in(self, language: str) -> str:
        return words(f"gap_record_{self.record_kind}", language, name=self.name)

    def what_in(self, language: str) -> str:
        text = words(f"gap_what_{self.what}", language)
        if self.item is not None and self.kind in ("breakdown", "snapshot"):
            return f"{text} {self.item + 1}"
        if self.item is not None and self.kind == "settings":
            return words("gap_paragraph", language, what=text, number=self.item)
        return text

    def message_in(self, language: str) -> str:
        text = self.english if len(self.english) <= 60 else self.english[:59].rstrip() + "…"
        message = words("gap_message", language, what=self.what_in(language),
                        record=self.record_in(language), text=text)
        if self.mismatch:
            message += words("gap_mismatch", language, welsh=self.mismatch[0],
                             english=self.mismatch[1])
        return message

    @property
    def record(self) -> str:
        return self.record_in("en")

    @property
    def message(self) -> str:
        return self.message_in("en")

    def __str__(self) -> str:
        return self.message


def _blank(text) -> bool:
    return not str(text or "").strip()


class _Gaps:
    def __init__(self):
        self.items: list[WelshGap] = []

    def text(self, record, field: str, record_kind: str, name: str, what: str,
             code: str = "") -> None:
        english = getattr(record, field)
        if not _blank(english) and _blank(getattr(record, f"{field}_cy")):
            self.items.append(WelshGap(record.kind, record.key, f"{field}_cy", english,
                                       record_kind, name, what, code or name))

    def labels(self, record, field: str, record_kind: str, name: str, what: str) -> None:
        welsh = list(getattr(record, f"{field}_cy") or [])
        for i, english in enumerate(getattr(record, field) or []):
            if not _blank(english) and (i >= len(welsh) or _blank(welsh[i])):
                self.items.append(WelshGap(record.kind, record.key, f"{field}_cy", str(english),
                                           record_kind, name, what, name, i))

    def cover_text(self, settings, field: str) -> None:
        english, welsh = getattr(settings, field), getattr(settings, f"{field}_cy")
        en, cy = paragraphs(english), paragraphs(welsh)
        mismatch = (len(cy), len(en)) if cy and len(cy) != len(en) else None
        for number, (text, translation) in enumerate(paired_paragraphs(english, welsh), 1):
            if text and not translation:
                self.items.append(WelshGap("settings", settings.key, f"{field}_cy", text,
                                           "cover", "", field, "cover report",
                                           number if len(en) > 1 else None, mismatch))


def missing_welsh(pack, period: Period) -> list[WelshGap]:
    """Every text of ``period``'s papers that has no Welsh, in paper order (module rules)."""
    gaps = _Gaps()
    settings = pack.settings
    for field in SETTINGS_FIELDS:
        gaps.text(settings, field, "settings", "", field, "settings")
    for field in COVER_TEXTS:
        gaps.cover_text(settings, field)
    indicators = pack.indicators()
    used = {i.group for i in indicators}
    for group in pack.groups():
        if not (group.name in used and group.name.strip()):
            continue
        if pack.get("group", (group.name,)) is not None:
            gaps.text(group, "name", "group", group.name, "name")
        else:  # named by indicators only: no record yet, so no Welsh name
            gaps.items.append(WelshGap("group", (group.name,), "name_cy", group.name, "group",
                                       group.name, "name", group.name))
    for indicator in indicators:
        gaps.text(indicator, "title", "indicator", indicator.code, "title")
        gaps.text(indicator, "definition", "indicator", indicator.code, "definition")
    for indicator in indicators:
        note = pack.commentary(indicator.code, period)
        if note is not None:
            gaps.text(note, "text", "indicator", indicator.code, "commentary")
    for indicator in indicators:
        override = pack.get("forecast_override", (indicator.code, period))
        if override is not None:
            gaps.text(override, "reason", "indicator", indicator.code, "reason")
    for indicator in indicators:
        target = pack.target(indicator.code, period.year)
        if target is not None:
            gaps.text(target, "rationale", "indicator", indicator.code, "rationale")
    for area in sorted(pack.all("key_area"), key=lambda a: (a.position, a.name)):
        name = area.title or area.name
        for field, what in (("title", "title"), ("position_text", "position"),
                            ("actions", "actions")):
            gaps.text(area, field, "key_area", name, what, area.indicator)
    for narrative in sorted((n for n in pack.all("narrative") if n.period == period),
                            key=lambda n: (n.position, n.name)):
        name = narrative.title or narrative.name
        gaps.text(narrative, "title", "narrative", name, "title")
        gaps.text(narrative, "text", "narrative", name, "text")
    for commitment in sorted(pack.all("commitment"), key=lambda c: (c.position, c.ref)):
        gaps.text(commitment, "title", "commitment", commitment.ref, "title")
        gaps.text(commitment, "owner", "commitment", commitment.ref, "owner")
        gaps.text(commitment, "plan", "commitment", commitment.ref, "plan")
        update = pack.get("commitment_update", (commitment.ref, period))
        if update is not None:
            gaps.text(update, "progress", "commitment", commitment.ref, "progress")
    for line in sorted((b for b in pack.all("budget_line") if b.period == period),
                       key=lambda b: (b.position, b.line)):
        gaps.text(line, "line", "budget_line", line.line, "line")
        gaps.text(line, "note", "budget_line", line.line, "note")
    for breakdown in sorted((b for b in pack.all("breakdown") if b.period == period),
                            key=lambda b: (b.position, b.name)):
        name = breakdown.title or breakdown.name
        gaps.text(breakdown, "title", "breakdown", name, "title")
        gaps.text(breakdown, "row_heading", "breakdown", name, "row_heading")
        gaps.text(breakdown, "column_heading", "breakdown", name, "column_heading")
        gaps.labels(breakdown, "rows", "breakdown", name, "row")
        gaps.labels(breakdown, "columns", "breakdown", name, "column")
        gaps.text(breakdown, "note", "breakdown", name, "note")
    for snapshot in sorted(pack.all("snapshot"), key=lambda s: (s.position, s.name)):
        name = snapshot.title or snapshot.name
        gaps.text(snapshot, "title", "snapshot", name, "title")
        gaps.labels(snapshot, "categories", "snapshot", name, "category")
        gaps.text(snapshot, "note", "snapshot", name, "note")
    return gaps.items
