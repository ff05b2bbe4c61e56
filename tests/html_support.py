"""Reading the HTML edition back in the tests: parse it strictly (html5lib) and walk it."""

from __future__ import annotations

import shutil
import tempfile
import xml.etree.ElementTree as ET
from decimal import Decimal
from functools import cache, lru_cache
from pathlib import Path

import html5lib

from exporters.html_edition import write_html_edition
from model import records as r
from model.commands import put
from model.pack import Pack
from model.periods import Period

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample.craffu"
PERIOD = Period(2024, 4)
#: The editions the tests check: (language, published).
EDITIONS = (("en", False), ("cy", False), ("both", False), ("en", True), ("both", True))


def edition_id(edition: tuple[str, bool]) -> str:
    language, published = edition
    return f"{language}-published" if published else language


_KEEP: list = []  # the planted copy's folder, removed at exit


@lru_cache(maxsize=1)
def planted_sample() -> Path:
    """A copy of the sample pack with small numbers planted in 2024-25, so that a published
    edition of 2024-25 Q4 hides figures of every kind: quarters of a count (PEO.01 Q4, K1.20
    Q2), a percentage of 4 people (K1.32 Q3), breakdown cells and snapshot counts (the
    sample's own 2024-25 figures are all 5 or more)."""
    folder = tempfile.TemporaryDirectory(prefix="craffu-html-")
    _KEEP.append(folder)
    path = Path(folder.name) / "planted.craffu"
    shutil.copyfile(SAMPLE, path)
    with Pack.open(path) as pack:
        pack.apply(put("plant small numbers",
                       r.Value("PEO.01", PERIOD, actual=Decimal(3)),
                       r.Value("K1.20", Period(2024, 2), actual=Decimal(4)),
                       r.Value("K1.32", Period(2024, 3), numerator=Decimal(2),
                               denominator=Decimal(4))))
        for breakdown in pack.all("breakdown"):
            if breakdown.period == PERIOD:
                cells = [list(row) for row in breakdown.cells]
                cells[0][1], cells[-1][-1] = Decimal(3), Decimal(1)
                pack.apply(put("plant", breakdown.replace(cells=cells)))
        for snapshot in pack.all("snapshot"):
            counts = [list(row) for row in snapshot.counts]
            counts[-1][0] = Decimal(2)
            pack.apply(put("plant", snapshot.replace(counts=counts)))
    return path


def pack_path(published: bool) -> Path:
    """The pack a test edition is made from: the sample, or for a published edition the
    sample with small numbers planted."""
    return planted_sample() if published else SAMPLE


@cache
def sample_edition(language: str, published: bool) -> str:
    """The sample pack's HTML edition for 2024-25 Q4 (made once per test run); a published
    edition is made from the sample with small numbers planted (``planted_sample``)."""
    with Pack.open(pack_path(published), read_only=True) as pack:
        return write_html_edition(pack, PERIOD, None, language, published)


def parse(text: str) -> ET.Element:
    """The document, parsed by html5lib in strict mode (a parse error raises), with plain tag
    names for the inline SVG too."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    root = parser.parse(text)
    for element in root.iter():  # SVG's elements come in their namespace: plain names here
        if isinstance(element.tag, str) and element.tag.startswith("{"):
            element.tag = element.tag.partition("}")[2]
    return root


def text_of(element: ET.Element) -> str:
    """All the text inside ``element``, with runs of white space made one space."""
    return " ".join("".join(element.itertext()).split())


def parents(root: ET.Element) -> dict[ET.Element, ET.Element]:
    return {child: parent for parent in root.iter() for child in parent}


def language_of(element: ET.Element, parent_of: dict) -> str:
    """The language an element is in: its own ``lang`` or its nearest ancestor's."""
    while element is not None:
        lang = element.get("lang")
        if lang:
            return lang
        element = parent_of.get(element)
    return ""
