"""Commands run twice on the same database: ``demo`` and ``import`` never make a second copy,
and the shipped example scoping files never collide with the demo's references."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from consultant_desk.cli import main
from consultant_desk.demo.records import REFERENCE as DEMO_REFERENCE
from consultant_desk.documents.resources import resource_path
from consultant_desk.services.clients import get_client, list_clients
from consultant_desk.services.engagements import list_engagements
from consultant_desk.store.database import Database
from consultant_desk.store.location import sqlite_url

EXAMPLES = resource_path("examples")
SUMMARY = re.compile(r"^Demo data: (\d+) clients, ")


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")


def run_cli(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "consultant_desk", *arguments],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def client_names(url: str) -> list[str]:
    db = Database(url)
    try:
        return sorted(row.name for row in list_clients(db, include_archived=True))
    finally:
        db.dispose()


def references(url: str) -> list[str]:
    db = Database(url)
    try:
        return sorted(row.reference for row in list_engagements(db, include_archived=True))
    finally:
        db.dispose()


# --- demo ----------------------------------------------------------------------------------


def test_demo_refuses_a_database_that_holds_clients(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "twice.sqlite3")
    first = run_cli("demo", "--database", url)
    assert first.returncode == 0, first.stderr
    names = client_names(url)

    second = run_cli("demo", "--database", url)
    assert second.returncode != 0
    assert second.stdout == ""
    assert second.stderr.strip().splitlines() == [
        f"consultant-desk: The database already holds clients ({len(names)}): the demo only "
        "fills an empty database (--replace replaces it, after a backup)."
    ]
    assert client_names(url) == names


def test_demo_replace_backs_up_then_replaces(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = sqlite_url(tmp_path / "replace.sqlite3")
    good = tmp_path / "mine.json"
    good.write_text(json.dumps({"clients": [{"name": "Mon vrai client"}]}), encoding="utf-8")
    assert main(["import", str(good), "--database", url]) == 0
    assert main(["demo", "--database", url, "--seed", "3"]) == 2
    assert client_names(url) == ["Mon vrai client"]
    capsys.readouterr()

    assert main(["demo", "--replace", "--database", url, "--seed", "3"]) == 0
    out = capsys.readouterr().out.splitlines()
    match = SUMMARY.match(out[-1])
    assert match, out
    names = client_names(url)
    assert "Mon vrai client" not in names and len(names) == int(match[1])
    # The replaced database is kept, whole, where the message says.
    (saved,) = [line.rsplit(" ", 1)[1] for line in out if "backed up in" in line]
    assert client_names(sqlite_url(Path(saved))) == ["Mon vrai client"]

    # Replacing the demo by itself gives the same data again, not a second copy.
    assert main(["demo", "--replace", "--database", url, "--seed", "3"]) == 0
    assert client_names(url) == names


@pytest.mark.postgresql
def test_demo_replace_on_postgresql_is_refused_untouched(
    postgres_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = postgres_db.url.render_as_string(hide_password=False)
    good = tmp_path / "mine.json"
    good.write_text(json.dumps({"clients": [{"name": "Mon vrai client"}]}), encoding="utf-8")
    assert main(["import", str(good), "--database", url]) == 0
    capsys.readouterr()
    assert main(["demo", "--replace", "--database", url]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "pg_dump" in err[0], err
    assert client_names(url) == ["Mon vrai client"]


# --- import --------------------------------------------------------------------------------

FIRST = {
    "clients": [
        {
            "name": "Coopérative Les Vergers",
            "contacts": [
                {"name": "Élise Garnier", "email": "elise@vergers.fr", "is_primary": True},
                {"name": "Paul Morin"},
            ],
        },
        {"name": "Harbour Analytics Ltd", "language": "en"},
    ]
}
# The same clients written differently, one new contact, one known by its email only, and a
# phone number the first file did not give.
SECOND = {
    "clients": [
        {
            "name": "  cooperative les VERGERS ",
            "phone": "+33 4 78 00 00 00",
            "contacts": [
                {"name": "Elise GARNIER"},
                {"name": "E. Garnier", "email": "ELISE@vergers.fr", "is_primary": True},
                {"name": "Nadia Roux", "is_primary": True},
            ],
        },
        {"name": "harbour analytics ltd"},
        {"name": "Brasserie du Rhône", "contacts": [{"name": "Luc Favre"}]},
    ]
}


def test_import_run_twice_merges_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = sqlite_url(tmp_path / "import.sqlite3")
    first = tmp_path / "first.json"
    first.write_text(json.dumps(FIRST, ensure_ascii=False), encoding="utf-8")
    assert main(["import", str(first), "--database", url]) == 0
    assert capsys.readouterr().out.splitlines() == ["New: 2 clients, 2 contacts."]

    assert main(["import", str(first), "--database", url]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "New: 0 clients, 0 contacts.",
        "“Coopérative Les Vergers” was already there (same name): record completed; "
        "new contacts: 0, already known: 2.",
        "“Harbour Analytics Ltd” was already there (same name): record completed; "
        "new contacts: 0, already known: 0.",
    ]

    second = tmp_path / "second.json"
    second.write_text(json.dumps(SECOND, ensure_ascii=False), encoding="utf-8")
    assert main(["import", str(second), "--database", url]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "New: 1 client, 2 contacts.",
        "“Coopérative Les Vergers” was already there (same name): record completed; "
        "new contacts: 1, already known: 2.",
        "“Harbour Analytics Ltd” was already there (same name): record completed; "
        "new contacts: 0, already known: 0.",
    ]
    db = Database(url)
    try:
        clients = {row.name: row for row in list_clients(db, include_archived=True)}
        assert sorted(clients) == [
            "Brasserie du Rhône",
            "Coopérative Les Vergers",
            "Harbour Analytics Ltd",
        ]
        vergers = get_client(db, clients["Coopérative Les Vergers"].id)
    finally:
        db.dispose()
    # Completed, not overwritten; one primary contact.
    assert vergers.phone == "+33 4 78 00 00 00"
    contacts = {contact.name: contact for contact in vergers.contacts}
    assert sorted(contacts) == ["Nadia Roux", "Paul Morin", "Élise Garnier"]
    assert [name for name, c in contacts.items() if c.is_primary] == ["Élise Garnier"]


def test_an_import_refused_halfway_merges_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = sqlite_url(tmp_path / "import.sqlite3")
    first = tmp_path / "first.json"
    first.write_text(json.dumps(FIRST, ensure_ascii=False), encoding="utf-8")
    assert main(["import", str(first), "--database", url]) == 0
    bad = dict(SECOND)
    bad["clients"] = [*SECOND["clients"], {"name": "Bad", "email": "not an address"}]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(path), "--database", url]) == 2
    assert "clients[3].email" in capsys.readouterr().err
    assert client_names(url) == ["Coopérative Les Vergers", "Harbour Analytics Ltd"]


# --- the example scoping files ---------------------------------------------------------------


def example_reference(name: str) -> str:
    document = tomllib.loads((EXAMPLES / name).read_text(encoding="utf-8"))
    reference: str = document["mission"]["reference"]
    return reference


@pytest.mark.parametrize("name", ["scope_example.toml", "scope_example_en.toml"])
def test_the_examples_use_references_the_demo_never_makes(name: str) -> None:
    # The demo numbers its engagements M-<year>-<n>, whatever the seed, size or day.
    assert DEMO_REFERENCE.match("M-2026-014")
    assert not DEMO_REFERENCE.match(example_reference(name))


def test_the_examples_scope_into_a_demo_database(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "demo.sqlite3")
    assert run_cli("demo", "--database", url).returncode == 0
    before = references(url)
    for name in ("scope_example.toml", "scope_example_en.toml"):
        result = run_cli("scope", str(EXAMPLES / name), "--database", url)
        assert result.returncode == 0, result.stderr
    added = sorted(set(references(url)) - set(before))
    assert added == sorted(example_reference(path.name) for path in EXAMPLES.glob("*.toml"))
