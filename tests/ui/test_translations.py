"""The translation catalogs are complete, consistent with the sources, and compiled."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from consultant_desk.ui.resources import translations_dir

TS_FILES = sorted(translations_dir().glob("*.ts"))
# %1, %L1, %n, %Ln (Qt) and {name} (str.format) placeholders.
PLACEHOLDER = re.compile(r"%L?\d+|%L?n|\{[a-z_]*\}")
# One "&" marks a keyboard mnemonic; "&&" is a literal ampersand.
MNEMONIC = re.compile(r"(?<!&)&(?!&)")
NBSP = "\u00a0\u202f"


def tool_script() -> ModuleType:
    path = translations_dir() / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def test_there_are_french_and_english_catalogs() -> None:
    names = {path.name for path in TS_FILES}
    assert {"consultant_desk_fr.ts", "consultant_desk_en.ts"} <= names


@pytest.mark.parametrize("path", TS_FILES, ids=lambda path: path.name)
def test_every_message_is_translated_and_finished(path: Path) -> None:
    problems = []
    for context, message in messages(path):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
        texts = translations_of(message)
        if message.get("numerus") == "yes" and len(texts) != 2:
            problems.append(f"{context}: {source!r} needs two plural forms")
        if not all(text.strip() for text in texts):
            problems.append(f"{context}: {source!r} has an empty translation")
    assert problems == []


@pytest.mark.parametrize("path", TS_FILES, ids=lambda path: path.name)
def test_placeholders_and_mnemonics_agree(path: Path) -> None:
    problems = []
    for context, message in messages(path):
        source = message.findtext("source") or ""
        expected = Counter(PLACEHOLDER.findall(source))
        for text in translations_of(message):
            found = Counter(PLACEHOLDER.findall(text))
            if found != expected:
                problems.append(f"{context}: {source!r} -> {text!r}: placeholders differ")
            if len(MNEMONIC.findall(text)) != len(MNEMONIC.findall(source)):
                problems.append(f"{context}: {source!r} -> {text!r}: mnemonic differs")
    assert problems == []


@pytest.mark.parametrize(
    "path", [p for p in TS_FILES if p.stem.endswith("_fr")], ids=lambda path: path.name
)
def test_french_typography(path: Path) -> None:
    problems = []
    for context, message in messages(path):
        for text in translations_of(message):
            where = f"{context}: {text!r}"
            if re.search(r"[^\s" + NBSP + r"][:;?!](\s|$)", text):
                problems.append(f"{where}: no (non-breaking) space before : ; ? !")
            if re.search(r" [:;?!»]|« ", text):
                problems.append(f"{where}: an ordinary space would break the line there")
            if "..." in text:
                problems.append(f"{where}: three dots instead of …")
            if re.search(r"\w'\w", text):
                problems.append(f"{where}: straight apostrophe instead of ’")
    assert problems == []


@pytest.mark.parametrize("path", TS_FILES, ids=lambda path: path.name)
def test_the_compiled_catalog_matches_its_source(path: Path, tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    compiled = path.with_suffix(".qm")
    assert compiled.is_file(), f"{compiled.name} is missing: run update_translations.py"
    fresh = tmp_path / compiled.name
    subprocess.run(
        [str(lrelease), "-silent", "-removeidentical", str(path), "-qm", str(fresh)], check=True
    )
    assert fresh.read_bytes() == compiled.read_bytes(), (
        f"{compiled.name} is stale: run resources/translations/update_translations.py"
    )


def test_the_catalogs_hold_every_string_of_the_sources(tmp_path: Path) -> None:
    """A tr() added without updating the catalogs would stay English in French."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    tool = tool_script()
    for catalog, patterns in tool.CATALOGS.items():
        committed = translations_dir() / f"{catalog}_fr.ts"
        fresh = tmp_path / committed.name
        shutil.copyfile(committed, fresh)
        files = [str(path) for path in tool.sources(patterns)]
        subprocess.run(
            [str(lupdate), "-silent", *files, "-no-obsolete", "-ts", str(fresh)], check=True
        )

        def keys(path: Path) -> set[tuple[str, str, str]]:
            return {
                (context, message.findtext("source") or "", message.findtext("comment") or "")
                for context, message in messages(path)
            }

        assert keys(fresh) == keys(committed), f"run update_translations.py for {catalog}"
