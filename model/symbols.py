"""How the status symbols are drawn: RAG letters and colours, arrows and faces, and the key.

Rules:
- A symbol never relies on colour alone (WCAG 2.1 1.4.1): a RAG cell carries its letter (R, A, G)
  or words ("n/a", "no data") as well as its colour; arrows and faces are distinct shapes whose
  meaning is written in the key and read out by screen readers.
- The RAG fills are red, amber and a bluish green chosen so that they stay apart for people with
  red-green colour blindness (they differ in lightness and blue content, not only in hue), each
  with black text at a contrast ratio of at least 5.5:1.
- Every glyph is in DejaVu Sans (bundled for the papers), so nothing is drawn as an empty box.
- Arrows for polarity ``none`` (demand and context measures) are thin and drawn neutral: up or
  down is neither good nor bad.

Plain Python (no Qt): the window, the PDF papers and the Excel return all draw from here.
"""

from __future__ import annotations

__all__ = [
    "RAG_LETTER",
    "RAG_FILL",
    "RAG_TEXT",
    "ARROW",
    "ARROW_COLOUR",
    "ARROW_COLOUR_DARK",
    "FACE",
    "NOT_COMPARABLE",
    "rag_symbol",
    "arrow_symbol",
    "arrow_colour",
    "face_symbol",
    "KEY_GROUPS",
    "KEY_ITEMS",
    "RAGS",
    "UNRATED",
]

#: The RAG statuses in the order the papers count them, then the two with no colour.
RAGS = ("Green", "Amber", "Red")
UNRATED = ("n/a", "no data")

RAG_LETTER = {"Green": "G", "Amber": "A", "Red": "R", "n/a": "n/a", "no data": "no data"}

#: Cell fills for RAG, as #RRGGBB; no fill for n/a and no data.
RAG_FILL = {"Green": "#1AA57A", "Amber": "#F0B429", "Red": "#E8564A"}
#: Text drawn on a RAG fill (contrast: Red 5.9, Amber 11.3, Green 6.7 to 1).
RAG_TEXT = "#000000"

#: Not comparable: an en dash, so the cell is visibly "nothing to compare" rather than empty.
NOT_COMPARABLE = "\u2013"

ARROW = {
    "improved": "\u25b2",  # ▲
    "sustained": "\u25ba",  # ►
    "declined": "\u25bc",  # ▼
    "increased": "\u2191",  # ↑
    "decreased": "\u2193",  # ↓
    "no change": "\u2192",  # →
    "not comparable": NOT_COMPARABLE,
}

#: Arrow colours on a light background (contrast with white at least 5.9:1); ``None``: the
#: ordinary text colour (neutral arrows, not comparable).
ARROW_COLOUR = {"improved": "#006B4F", "sustained": "#8A5A00", "declined": "#B2182B"}
#: The same on a dark background.
ARROW_COLOUR_DARK = {"improved": "#44BB88", "sustained": "#F0B429", "declined": "#FF8A80"}

FACE = {
    "likely": "\u263a",  # ☺
    "may": "\U0001f610",  # 😐
    "unlikely": "\u2639",  # ☹
    "n/a": "",
}


def rag_symbol(rag: str) -> str:
    return RAG_LETTER.get(rag, rag)


def arrow_symbol(direction: str) -> str:
    return ARROW.get(direction, NOT_COMPARABLE)


def arrow_colour(direction: str, dark: bool = False) -> str | None:
    """The arrow's colour on a light (or ``dark``) background; ``None`` for neutral."""
    return (ARROW_COLOUR_DARK if dark else ARROW_COLOUR).get(direction)


def face_symbol(forecast: str) -> str:
    return FACE.get(forecast, "")


#: The key, in reading order: groups of (symbol, words, what it is). A group is kept on one line
#: of the legend; ``what`` is the RAG, direction or forecast word the symbol stands for.
KEY_GROUPS: tuple[tuple[tuple[str, str, str], ...], ...] = (
    (("G", "Green: on target", "Green"),),
    (("A", "Amber: short of target, within tolerance", "Amber"),),
    (("R", "Red: short of target by more than the tolerance", "Red"),),
    ((ARROW["improved"], "improved", "improved"),
     (ARROW["sustained"], "sustained", "sustained"),
     (ARROW["declined"], "declined", "declined")),
    ((f"{ARROW['increased']} {ARROW['decreased']} {ARROW['no change']}",
      "increased / decreased / no change (measures without a target)", "increased"),),
    ((NOT_COMPARABLE, "not comparable", "not comparable"),),
    ((FACE["likely"], "likely", "likely"),
     (FACE["may"], "may", "may"),
     (FACE["unlikely"], "unlikely to meet the year's target", "unlikely")),
)
KEY_ITEMS: tuple[tuple[str, str, str], ...] = tuple(item for group in KEY_GROUPS for item in group)
