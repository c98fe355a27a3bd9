"""``consultant-desk list``, references wherever an id is taken, and what ``scope`` prints."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from consultant_desk.cli import main
from consultant_desk.documents.resources import resource_path
from consultant_desk.services.clients import list_clients
from consultant_desk.services.engagements import list_engagements
from consultant_desk.services.meeting_list import meeting_rows
from consultant_desk.store.database import Database
from consultant_desk.store.location import sqlite_url

EXAMPLES = resource_path("examples")


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")


@pytest.fixture
def demo_url(tmp_path: Path) -> str:
    url = sqlite_url(tmp_path / "demo.sqlite3")
    assert main(["demo", "--size", "small", "--database", url]) == 0
    return url


def listed(url: str, what: str, capsys: pytest.CaptureFixture[str], *extra: str) -> list[dict]:
    capsys.readouterr()
    assert main(["list", what, "--json", "--database", url, *extra]) == 0
    rows: list[dict] = json.loads(capsys.readouterr().out)
    return rows


def test_every_list_gives_the_ids_the_services_hold(
    demo_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database(demo_url)
    try:
        clients = list_clients(db, include_archived=True)
        engagements = list_engagements(db, include_archived=True)
        meetings = meeting_rows(db)
    finally:
        db.dispose()
    assert [row["id"] for row in listed(demo_url, "clients", capsys)] == [c.id for c in clients]
    engagement_rows = listed(demo_url, "engagements", capsys)
    assert {(row["id"], row["reference"]) for row in engagement_rows} == {
        (e.id, e.reference) for e in engagements
    }
    assert [row["id"] for row in listed(demo_url, "meetings", capsys)] == [m.id for m in meetings]
    episodes = listed(demo_url, "episodes", capsys)
    assert len(episodes) == len({row["id"] for row in episodes}) >= 150


def test_text_output_has_a_header_the_rows_and_a_count(
    demo_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["list", "clients", "--database", demo_url]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t") == ["id", "name", "language", "engagements"]
    rows = lines[1:-1]
    assert all(re.match(r"^\d+\t", row) for row in rows)
    assert lines[-1] == f"{len(rows)} clients"


def test_search_ignores_case_and_accents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = sqlite_url(tmp_path / "db.sqlite3")
    assert main(["scope", str(EXAMPLES / "scope_example.toml"), "--database", url]) == 0
    assert main(["scope", str(EXAMPLES / "scope_example_en.toml"), "--database", url]) == 0
    found = listed(url, "clients", capsys, "--search", "DUPRE")
    assert [row["name"] for row in found] == ["Maison Dupré SAS"]
    found = listed(url, "engagements", capsys, "--search", "ex-2026-014")
    assert [row["reference"] for row in found] == ["EX-2026-014"]
    assert listed(url, "engagements", capsys, "--search", "no such words") == []
    capsys.readouterr()
    assert main(["list", "engagements", "--search", "nothing like it", "--database", url]) == 0
    assert capsys.readouterr().out.strip() == "Nothing found."


def test_scope_prints_the_command_that_prints_what_it_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = sqlite_url(tmp_path / "db.sqlite3")
    assert main(["scope", str(EXAMPLES / "scope_example.toml"), "--database", url]) == 0
    out = capsys.readouterr().out
    match = re.search(r"consultant-desk (pdf contract (\d+) --out (\S+))", out)
    assert match, out
    command = match.group(1).split()
    out_file = tmp_path / "by-id.pdf"
    command[command.index("--out") + 1] = str(out_file)
    assert main([*command, "--database", url]) == 0
    by_id = PdfReader(io.BytesIO(out_file.read_bytes()))
    assert "EX-2026-014" in by_id.pages[0].extract_text()

    by_reference = tmp_path / "by-reference.pdf"
    command = ["pdf", "contract", "ex-2026-014", "--out", str(by_reference)]
    assert main([*command, "--database", url]) == 0
    text = PdfReader(by_reference).pages[0].extract_text()
    assert text == by_id.pages[0].extract_text()


def test_an_unknown_reference_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = sqlite_url(tmp_path / "db.sqlite3")
    assert main(["scope", str(EXAMPLES / "scope_example.toml"), "--database", url]) == 0
    capsys.readouterr()
    out = tmp_path / "x.pdf"
    assert main(["pdf", "contract", "M-1999-001", "--out", str(out), "--database", url]) != 0
    err = capsys.readouterr().err
    assert "M-1999-001" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert not out.exists()
    assert main(["pdf", "meeting", "abc", "--out", str(out), "--database", url]) != 0
    assert "abc" in capsys.readouterr().err
