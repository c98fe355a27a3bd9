from __future__ import annotations

import re
from pathlib import Path

import pytest

from consultant_desk.cli import main
from consultant_desk.documents.resources import resource_path
from consultant_desk.services.clients import list_clients
from consultant_desk.services.engagements import list_engagements
from consultant_desk.services.scoping import load_terms, versions
from consultant_desk.store.database import Database

EXAMPLES = resource_path("examples")


@pytest.fixture(autouse=True)
def english_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    """English messages whatever the machine's locale."""
    for variable in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")


def url_of(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def run(db: Database, *arguments: str | Path) -> int:
    return main(["scope", *map(str, arguments), "--database", url_of(db)])


def write(tmp_path: Path, text: str, name: str = "scope.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def example(name: str = "scope_example.toml") -> str:
    return (EXAMPLES / name).read_text(encoding="utf-8")


def line_of(text: str, fragment: str) -> int:
    (number,) = [n for n, line in enumerate(text.splitlines(), 1) if fragment in line]
    return number


def assert_nothing_written(db: Database) -> None:
    assert list_clients(db, include_archived=True) == []
    assert list_engagements(db, include_archived=True) == []


@pytest.mark.parametrize("name", ["scope_example.toml", "scope_example_en.toml"])
def test_the_examples_create_an_engagement(
    db: Database, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db, EXAMPLES / name) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert "warning" not in captured.out
    (engagement,) = list_engagements(db)
    (version,) = versions(db, engagement.id)
    assert (version.number, version.status) == (1, "draft")
    assert f"Created engagement: {engagement.reference}" in captured.out
    assert "Scoping version 1 (Draft)" in captured.out


def test_the_summary_gives_the_price(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, EXAMPLES / "scope_example.toml") == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "Created client: Maison Dupré SAS (#1)",
        "Created engagement: EX-2026-014 — Refonte du processus de recrutement (#1)",
        "Scoping version 1 (Draft): €18,700.00 excl. VAT, €22,440.00 incl. VAT, instalments: 3",
        "Scoping #1; to print it: consultant-desk pdf contract 1 --out EX-2026-014.pdf",
    ]


def test_messages_follow_the_system_language(
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert run(db, EXAMPLES / "scope_example.toml") == 0
    assert "Mission créée : EX-2026-014" in capsys.readouterr().out
    bad = write(tmp_path, example().replace("daily_rate = 850", "daily_rate = -850"))
    assert run(db, bad) == 2
    assert "financial.daily_rate : ne peut pas être négatif." in capsys.readouterr().err


BAD_FILES = [
    pytest.param(
        "days = 22", "days = 22 jours", "line {line}: invalid TOML syntax", id="malformed"
    ),
    pytest.param(
        "risks = ",
        "risk = ",
        "line {line}: stakes.risk: unknown key (did you mean “risks”?).",
        id="unknown-key",
    ),
    pytest.param(
        "daily_rate = 850",
        "daily_rate = -850",
        "line {line}: financial.daily_rate: cannot be negative.",
        id="negative-rate",
    ),
    pytest.param(
        "due_date = 2026-05-15",
        "due_date = 2026-07-15",
        "line {line}: deadlines.milestones[2].due_date: 2026-07-15 falls after the end",
        id="milestone-outside",
    ),
    pytest.param(
        "amount = 7480",
        "amount = 7000",
        "financial.instalments: the instalments add up to 18,220.00 EUR instead of 18,700.00",
        id="instalments-sum",
    ),
]


@pytest.mark.parametrize(("old", "new", "expected"), BAD_FILES)
def test_a_bad_file_is_one_clear_line_and_writes_nothing(
    db: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    old: str,
    new: str,
    expected: str,
) -> None:
    text = example().replace(old, new, 1)
    path = write(tmp_path, text)
    assert run(db, path) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, lines
    (line,) = lines
    assert line.startswith("consultant-desk: scope.toml, line ")
    assert expected.format(line=line_of(text, new.splitlines()[0])) in line
    assert "Traceback" not in captured.err
    assert captured.out == ""
    assert_nothing_written(db)


def test_a_missing_file(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, tmp_path / "absent.toml") == 2
    err = capsys.readouterr().err.strip()
    assert re.fullmatch(r"consultant-desk: absent\.toml: cannot be read \(.+\)\.", err)
    assert_nothing_written(db)


def test_several_problems_are_each_on_their_line(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = example().replace("daily_rate = 850", "daily_rate = -850")
    text = text.replace("response_days = 3", "response_days = -3")
    assert run(db, write(tmp_path, text)) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 2
    assert "client_obligations.response_days: cannot be negative." in lines[0]
    assert "financial.daily_rate: cannot be negative." in lines[1]


def test_a_reference_already_used(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db, EXAMPLES / "scope_example.toml") == 0
    capsys.readouterr()
    other = example().replace('name = "Maison Dupré SAS"', 'name = "Autre SARL"')
    assert run(db, write(tmp_path, other)) == 2
    err = capsys.readouterr().err.strip()
    assert err.endswith("mission.reference: the reference “EX-2026-014” is already used.")
    assert [row.name for row in list_clients(db)] == ["Maison Dupré SAS"]


def test_dry_run_checks_and_writes_nothing(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db, EXAMPLES / "scope_example_en.toml", "--dry-run") == 0
    assert capsys.readouterr().out.strip() == (
        "scope_example_en.toml: the file is valid; nothing was saved (check only)."
    )
    assert_nothing_written(db)


def test_warnings_are_printed_with_their_key(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = example().replace("mediator = ", "# mediator = ")
    assert run(db, write(tmp_path, text)) == 0
    out = capsys.readouterr().out
    assert (
        f"warning: scope.toml, line {line_of(text, '[remedies]')}: remedies.mediator: none."
    ) in out


def test_amend_a_signed_scope_keeps_the_signed_version(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    signed = example().replace("signed = false", "signed = true")
    assert run(db, write(tmp_path, signed)) == 0
    (engagement,) = list_engagements(db)
    assert engagement.status == "scoped"
    first = versions(db, engagement.id)[0]

    changed = signed.replace("signed = true", "signed = false").replace("days = 22", "days = 24")
    changed = changed.replace("amount = 7480", "amount = 8160")
    changed = changed.replace("days = 4\n", "days = 6\n")
    assert run(db, write(tmp_path, changed), "--amend", "EX-2026-014") == 0
    assert "Scoping version 2 (Draft)" in capsys.readouterr().out
    v1, v2 = versions(db, engagement.id)
    assert (v1.status, v2.status) == ("signed", "draft")
    assert v1 == first
    assert load_terms(db, v1.id).days == 22
    assert load_terms(db, v2.id).days == 24


def test_amend_an_unknown_reference(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, EXAMPLES / "scope_example.toml", "--amend", "M-404") == 2
    assert capsys.readouterr().err.strip() == (
        "consultant-desk: scope_example.toml: --amend: no engagement has the reference “M-404”."
    )
    assert_nothing_written(db)
