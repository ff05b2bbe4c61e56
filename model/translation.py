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
  title and definition; the period's commentary; the rationale of the period year's targets;
  the key areas (title, current position, actions); the period's narratives (title, text);
  the commitments' titles and their updates' progress for the period; the period's breakdowns
  (title, each row and column label); the snapshots (title, each category).
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

__all__ = ["WelshGap", "missing_welsh", "paragraphs", "COVER_TEXTS", "SETTINGS_LABELS",
           "paired_paragraphs"]

#: The cover report's texts (a settings field each, Welsh in ``<field>_cy``), in paper order.
COVER_TEXTS = ("reason_text", "background_text", "way_forward_text", "legal_text",
               "financial_text", "recommendation_text")
#: The settings' other texts with a Welsh field, and how a user names each.
SETTINGS_LABELS = {
    "organisation": "organisation", "committee": "committee", "report_title": "report title",
    "signatory_role": "signatory's role", "reason_text": "reason for the report",
    "background_text": "background", "way_forward_text": "scope / way forward",
    "legal_text": "legal implications", "financial_text": "financial implications",
    "recommendation_text": "recommendation",
}


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
    number in a cover-report text (1-based), ``english`` the text to translate. ``record`` and
    ``what`` say the same in the users' words ("indicator K1.22", "title"); ``code`` is what the
    checks show in their Indicator column (the indicator's code, else the record).
    """

    kind: str
    key: tuple
    field: str
    english: str
    record: str
    what: str
    code: str
    item: int | None = None
    problem: str = ""

    @property
    def message(self) -> str:
        text = self.english if len(self.english) <= 60 else self.english[:59].rstrip() + "…"
        message = f"no Welsh for the {self.what} of {self.record} (English: “{text}”)"
        return f"{message}; {self.problem}" if self.problem else message

    def __str__(self) -> str:
        return self.message


def _blank(text) -> bool:
    return not str(text or "").strip()


class _Gaps:
    def __init__(self):
        self.items: list[WelshGap] = []

    def text(self, record, field: str, record_label: str, what: str, code: str = "") -> None:
        english = getattr(record, field)
        if not _blank(english) and _blank(getattr(record, f"{field}_cy")):
            self.items.append(WelshGap(record.kind, record.key, f"{field}_cy", english,
                                       record_label, what, code or record_label))

    def labels(self, record, field: str, record_label: str, what: str) -> None:
        welsh = list(getattr(record, f"{field}_cy") or [])
        for i, english in enumerate(getattr(record, field) or []):
            if not _blank(english) and (i >= len(welsh) or _blank(welsh[i])):
                self.items.append(WelshGap(record.kind, record.key, f"{field}_cy", str(english),
                                           record_label, f"{what} {i + 1}", record_label, i))

    def cover_text(self, settings, field: str) -> None:
        english, welsh = getattr(settings, field), getattr(settings, f"{field}_cy")
        en, cy = paragraphs(english), paragraphs(welsh)
        problem = ""
        if cy and len(cy) != len(en):
            problem = (f"the Welsh has {len(cy)} paragraph{'s' * (len(cy) != 1)} and the "
                       f"English {len(en)}: give each English paragraph its own Welsh "
                       f"paragraph, separated by a blank line")
        for number, (text, translation) in enumerate(paired_paragraphs(english, welsh), 1):
            if text and not translation:
                what = SETTINGS_LABELS[field] + (f", paragraph {number}" if len(en) > 1 else "")
                self.items.append(WelshGap("settings", settings.key, f"{field}_cy", text,
                                           "the cover report", what, "cover report", number,
                                           problem))


def missing_welsh(pack, period: Period) -> list[WelshGap]:
    """Every text of ``period``'s papers that has no Welsh, in paper order (module rules)."""
    gaps = _Gaps()
    settings = pack.settings
    for field in ("organisation", "committee", "report_title", "signatory_role"):
        gaps.text(settings, field, "the report settings", SETTINGS_LABELS[field], "settings")
    for field in COVER_TEXTS:
        gaps.cover_text(settings, field)
    indicators = pack.indicators()
    used = {i.group for i in indicators}
    for group in pack.groups():
        if group.name in used and pack.get("group", (group.name,)) is not None:
            gaps.text(group, "name", f"group “{group.name}”", "name", group.name)
        elif group.name in used and group.name.strip():  # named by indicators only
            gaps.items.append(WelshGap("group", (group.name,), "name_cy", group.name,
                                       f"group “{group.name}”", "name", group.name))
    for indicator in indicators:
        label = f"indicator {indicator.code}"
        gaps.text(indicator, "title", label, "title", indicator.code)
        gaps.text(indicator, "definition", label, "definition", indicator.code)
    for indicator in indicators:
        note = pack.commentary(indicator.code, period)
        if note is not None:
            gaps.text(note, "text", f"{indicator.code} {period.label}", "commentary",
                      indicator.code)
    for indicator in indicators:
        target = pack.target(indicator.code, period.year)
        if target is not None:
            gaps.text(target, "rationale", f"the {period.fy.label} target of {indicator.code}",
                      "rationale", indicator.code)
    for area in sorted(pack.all("key_area"), key=lambda a: (a.position, a.name)):
        label = f"key area “{area.title or area.name}”"
        for field, what in (("title", "title"), ("position_text", "current position"),
                            ("actions", "current management actions")):
            gaps.text(area, field, label, what, area.indicator)
    for narrative in sorted((n for n in pack.all("narrative") if n.period == period),
                            key=lambda n: (n.position, n.name)):
        label = f"narrative “{narrative.title or narrative.name}”"
        gaps.text(narrative, "title", label, "title")
        gaps.text(narrative, "text", label, "text")
    for commitment in sorted(pack.all("commitment"), key=lambda c: (c.position, c.ref)):
        label = f"commitment {commitment.ref}"
        gaps.text(commitment, "title", label, "title")
        update = pack.get("commitment_update", (commitment.ref, period))
        if update is not None:
            gaps.text(update, "progress", f"{label} {period.label}", "progress", label)
    for breakdown in sorted((b for b in pack.all("breakdown") if b.period == period),
                            key=lambda b: (b.position, b.name)):
        label = f"breakdown “{breakdown.title or breakdown.name}”"
        gaps.text(breakdown, "title", label, "title")
        gaps.labels(breakdown, "rows", label, "row")
        gaps.labels(breakdown, "columns", label, "column")
    for snapshot in sorted(pack.all("snapshot"), key=lambda s: (s.position, s.name)):
        label = f"snapshot “{snapshot.title or snapshot.name}”"
        gaps.text(snapshot, "title", label, "title")
        gaps.labels(snapshot, "categories", label, "category")
    return gaps.items
