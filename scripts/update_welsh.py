"""Keep the window's Welsh catalogue current (maintainers' tool; see ``gui/language.py``).

    .venv/bin/python scripts/update_welsh.py [WELSH.json ...]

1. ``pyside6-lupdate`` reads every ``translate``/``QT_TRANSLATE_NOOP`` of ``gui/`` into
   ``resources/i18n/craffu_cy.ts`` (texts no longer in the code are dropped; new ones are added
   as unfinished).
2. Each JSON file given (a list of ``{"context", "source", "welsh"}``, as a translator returns
   them) fills the unfinished entries it names. A Welsh text whose ``{fields}`` differ from the
   English is refused, with its context and text, and nothing is written.
3. ``pyside6-lrelease`` compiles the catalogue to ``craffu_cy.qm``.

It prints how many entries are still unfinished (the tests refuse any), with each one's context
and English, and exits 1 while there are some.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "resources" / "i18n" / "craffu_cy.ts"
BIN = Path(sys.executable).parent
FIELD = re.compile(r"\{[^{}]*\}")


def lupdate() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "gui").rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *files, "-ts", str(CATALOGUE),
                    "-no-obsolete", "-source-language", "en_GB", "-target-language", "cy_GB"],
                   check=True, capture_output=True, cwd=ROOT)


def read_welsh(paths: list[Path]) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    problems = []
    for path in paths:
        for n, entry in enumerate(json.loads(path.read_text(encoding="utf-8")), 1):
            context, source, welsh = entry["context"], entry["source"], entry["welsh"]
            if sorted(FIELD.findall(source)) != sorted(FIELD.findall(welsh)):
                problems.append(f"{path.name} entry {n} ({context}): the fields of {welsh!r} "
                                f"are not those of {source!r}")
            found[(context, source)] = welsh
    if problems:
        raise SystemExit("\n".join(problems))
    return found


def fill(welsh: dict[tuple[str, str], str]) -> list[tuple[str, str]]:
    """Fill unfinished entries from ``welsh``; the (context, English) still unfinished."""
    tree = ET.parse(CATALOGUE)
    left = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") != "unfinished":
                continue
            source = message.findtext("source")
            if (name, source) in welsh:
                translation.text = welsh[(name, source)]
                del translation.attrib["type"]
            else:
                left.append((name, source))
    ET.indent(tree, space="    ")
    with CATALOGUE.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    return left


def lrelease() -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), str(CATALOGUE), "-qm",
                    str(CATALOGUE.with_suffix(".qm"))], check=True, capture_output=True)


def main(argv: list[str]) -> int:
    welsh = read_welsh([Path(a) for a in argv])
    lupdate()
    left = fill(welsh)
    lupdate()  # lupdate's own layout of the file, so the next run changes nothing
    lrelease()
    for context, source in left:
        print(f"unfinished: {context}: {source!r}")
    print(f"{len(left)} unfinished")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
