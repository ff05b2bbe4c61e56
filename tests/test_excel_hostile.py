"""Hostile workbooks given as a filled template: refused quickly, with a message, pack unchanged."""

from __future__ import annotations

import shutil
import time
import zipfile

import pytest

import main
from exporters.excel_template import write_template
from model.interchange import InterchangeError
from model.periods import Period
from model.sample_build import SHIPPED
from model.template_import import read_template

PERIOD = Period(2025, 1)
FIGURES_PART = "xl/worksheets/sheet2.xml"  # the Figures sheet, second in the workbook


@pytest.fixture(scope="module")
def template(sample, tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "template.xlsx"
    write_template(sample, PERIOD, path)
    return path


def _replace_part(source, target, part: str, write, compression=zipfile.ZIP_DEFLATED) -> None:
    """Copy the workbook ``source`` to ``target`` with ``part`` written by ``write(handle)``."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", compression) as new:
        for info in old.infolist():
            if info.filename != part:
                new.writestr(info, old.read(info.filename))
        with new.open(part, "w", force_zip64=True) as handle:
            write(handle)


def _refused(path, pack) -> str:
    started = time.perf_counter()
    with pytest.raises(InterchangeError) as caught:
        read_template(path, pack)
    assert time.perf_counter() - started < 5
    assert len(caught.value.problems) == 1
    return str(caught.value.problems[0])


def test_zip_bomb_is_refused(sample, template, tmp_path):
    bomb = tmp_path / "bomb.xlsx"

    def zeros(handle):
        block = b"\0" * (1 << 20)
        for _ in range(64):  # 64 MB of zeros compress to about 64 KB
            handle.write(block)

    _replace_part(template, bomb, FIGURES_PART, zeros)
    message = _refused(bomb, sample)
    assert "bomb.xlsx" in message and "zip bomb" in message


def test_billion_laughs_is_refused(sample, template, tmp_path):
    laughs = tmp_path / "laughs.xlsx"
    entities = "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    xml = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">' + entities + ']>'
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
           '</sheetData></worksheet>')
    _replace_part(template, laughs, FIGURES_PART, lambda h: h.write(xml.encode()))
    message = _refused(laughs, sample)
    assert "laughs.xlsx" in message and "XML bomb" in message


def test_million_row_sheet_is_refused(sample, template, tmp_path):
    huge = tmp_path / "huge.xlsx"
    row = b"<row><c><v>7</v></c></row>"  # a row without r= follows the previous one

    def rows(handle):
        handle.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
                     b'openxmlformats.org/spreadsheetml/2006/main">'
                     b'<dimension ref="A1:A1000000"/><sheetData>')
        block = row * 100_000
        for _ in range(10):
            handle.write(block)
        handle.write(b"</sheetData></worksheet>")

    _replace_part(template, huge, FIGURES_PART, rows, compression=zipfile.ZIP_STORED)
    message = _refused(huge, sample)
    assert message.startswith("huge.xlsx")
    assert "sheet Figures has 999,999 rows" in message and "200,000 rows" in message


def test_a_file_that_is_not_a_workbook_is_refused(sample, tmp_path, capsys):
    fake = tmp_path / "figures.xlsx"
    fake.write_text("code,value\nDEM.01,5\n", encoding="utf-8")
    message = _refused(fake, sample)
    assert message.startswith("figures.xlsx")
    assert "not an .xlsx workbook" in message and "renamed" in message
    # the command line says the same, in one line, and exits 2
    pack_path = tmp_path / "p.craffu"
    shutil.copyfile(SHIPPED, pack_path)
    assert main.main(["import", str(pack_path), str(fake)]) == 2
    assert "not an .xlsx workbook" in capsys.readouterr().err
