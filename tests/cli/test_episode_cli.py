"""``consultant-desk episode log|list|advance`` and ``apology-check``, through the real
command."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from consultant_desk.cli import main
from consultant_desk.services import episode_workflow as workflow
from consultant_desk.services.clients import ClientData, create_client
from consultant_desk.services.engagements import EngagementData, create_engagement
from consultant_desk.store import migrate
from consultant_desk.store.database import Database
from consultant_desk.store.location import sqlite_url


def speak(monkeypatch: pytest.MonkeyPatch, locale: str) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", locale)


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    speak(monkeypatch, "en_GB.UTF-8")


@pytest.fixture
def url(tmp_path: Path) -> str:
    address = sqlite_url(tmp_path / "desk.sqlite3")
    db = Database(address)
    try:
        migrate.upgrade(db)
        client = create_client(db, ClientData(name="Pizzeria Nova"))
        create_engagement(db, EngagementData(client.id, "M-2026-001", "Refonte"))
    finally:
        db.dispose()
    return address


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(list(arguments))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def log(capsys: pytest.CaptureFixture[str], url: str, *extra: str) -> int:
    status, out, _ = run(
        capsys,
        "episode", "log", "--database", url, "--engagement", "m-2026-001",
        "--category", "delay", "--category", "behaviour", "--severity", "high",
        "--words", "Livrée en retard et froide.", *extra,
    )  # fmt: skip
    assert status == 0
    return int(out.strip())


def test_log_list_and_advance(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    old = log(capsys, url, "--channel", "in_person", "--at", "2020-03-06T15:00")
    # Ahead of the clock: nothing about it can be overdue today.
    ahead = (datetime.now(UTC) + timedelta(days=40)).replace(microsecond=0)
    recent = log(capsys, url, "--at", ahead.astimezone(timezone(timedelta(hours=1))).isoformat())
    db = Database(url)
    try:
        view = workflow.get_episode_view(db, old)
        assert view.facts.categories == ("delay", "behaviour")
        assert view.facts.channel == "in_person"
    finally:
        db.dispose()
    status, out, _ = run(capsys, "episode", "list", "--database", url, "--json")
    rows = json.loads(out)
    assert {row["id"] for row in rows} == {old, recent}
    assert {row["id"]: row["overdue"] for row in rows} == {old: True, recent: False}
    status, out, _ = run(capsys, "episode", "list", "--database", url, "--overdue")
    lines = out.splitlines()
    assert lines[0].startswith("id\tdate") and lines[-1] == "1 episode"
    assert lines[1].split("\t")[0] == str(old) and lines[1].endswith("OVERDUE")

    status, out, _ = run(
        capsys, "episode", "advance", str(old), "--database", url, "--to", "acknowledge",
        "--note", "straight to it",
    )  # fmt: skip
    assert status == 0
    assert out.splitlines()[0] == f"Episode #{old}: Acknowledge."
    assert "Warning: Skipped stage: “Listen”." in out.splitlines()
    assert any("“Assess the real risk” is not ticked" in line for line in out.splitlines())
    status, out, _ = run(
        capsys, "episode", "advance", str(old), "--database", url, "--to", "listen"
    )
    assert status == 0 and out.splitlines()[1] == "Nothing was skipped."


def test_french_output(
    url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ident = log(capsys, url)
    speak(monkeypatch, "fr_FR.UTF-8")
    status, out, _ = run(
        capsys, "episode", "advance", str(ident), "--database", url, "--to", "listen"
    )
    assert status == 0
    assert out.splitlines()[0] == f"Épisode n° {ident} : Écouter."
    assert out.splitlines()[1].startswith("Attention : Préparer : « ")


@pytest.mark.parametrize(
    ("arguments", "option", "allowed"),
    [
        (("--category", "mood", "--severity", "high"), "--category", "billing"),
        (("--category", "delay", "--severity", "dire"), "--severity", "critical"),
        (("--category", "delay", "--severity", "low", "--channel", "owl"), "--channel", "email"),
        (("--category", "delay", "--severity", "low", "--at", "yesterday"), "--at", "YYYY-MM-DD"),
    ],
)
def test_bad_values_name_the_option_and_the_allowed_values(
    url: str,
    capsys: pytest.CaptureFixture[str],
    arguments: tuple[str, ...],
    option: str,
    allowed: str,
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["episode", "log", "--database", url, "--engagement", "M-2026-001", "--words", "x",
              *arguments])  # fmt: skip
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert f"argument {option}:" in err and allowed in err


def test_unknown_engagement_and_stage(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(
        capsys, "episode", "log", "--database", url, "--engagement", "M-0000-000",
        "--category", "delay", "--severity", "low", "--words", "x",
    )  # fmt: skip
    assert status != 0 and "--engagement" in err and "M-0000-000" in err
    with pytest.raises(SystemExit):
        main(["episode", "advance", "1", "--database", url, "--to", "closed"])
    assert "follow_up" in capsys.readouterr().err
    status, _, err = run(capsys, "episode", "advance", "999", "--database", url, "--to", "listen")
    assert status != 0 and "999" in err


def test_apology_check_text_json_and_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Veuillez nous excuser pour la gêne occasionnée, mon assistante a oublié."
    status, out, _ = run(capsys, "apology-check", "--lang", "fr", text)
    assert status == 0
    lines = out.splitlines()
    assert "stock: «Veuillez nous excuser pour la gêne occasionnée» — A stock formula" in out
    assert any(line.startswith("blame: «mon assistante a oublié» — ") for line in lines)
    status, out, _ = run(capsys, "apology-check", "--lang", "fr", "--json", text)
    remarks = json.loads(out)
    assert {r["kind"] for r in remarks} == {"stock", "blame", "nostep"}
    for remark in remarks:
        assert set(remark) == {"kind", "start", "end", "advice"}
        assert text[remark["start"] : remark["end"]].strip()
    monkeypatch.setattr("sys.stdin", io.StringIO("I'm sorry for the delay. I'll send it tomorrow."))
    status, out, _ = run(capsys, "apology-check", "--lang", "en", "-")
    assert status == 0 and out.strip() == "Nothing to remark."
    monkeypatch.setattr("sys.stdin", io.StringIO("Sorry for the delay, I'll send it Monday."))
    status, out, _ = run(capsys, "apology-check", "--lang", "en", "--json")
    assert json.loads(out) == []
    with pytest.raises(SystemExit):
        main(["apology-check", "--lang", "de", "x"])
    assert "argument --lang:" in capsys.readouterr().err
