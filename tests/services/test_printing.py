"""Meeting reports from the database to a registered PDF, parsed back."""

from __future__ import annotations

import shutil
import stat
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from consultant_desk.cli import main
from consultant_desk.domain.errors import ValidationError
from consultant_desk.domain.signature import Signature
from consultant_desk.services.clients import ClientData, create_client
from consultant_desk.services.engagements import EngagementData, create_engagement
from consultant_desk.services.meetings import (
    ActionItemData,
    AttendeeData,
    MeetingData,
    create_meeting,
    sign_meeting,
)
from consultant_desk.services.printing import render_meeting, save_meeting_report
from consultant_desk.services.profile import ProfileData, update_profile
from consultant_desk.services.register import (
    Verdict,
    file_sha256,
    list_documents,
    traced_tag,
    verify_file,
)
from consultant_desk.store.database import Database
from consultant_desk.store.location import sqlite_url
from tests.documents.pdf_probe import (
    change_visible_text,
    page_texts,
    resave_losslessly,
)

HELD = datetime(2026, 11, 20, 14, 30, tzinfo=UTC)


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(BytesIO(pdf)).pages)


@pytest.fixture
def meeting_id(any_db: Database) -> int:
    return _meeting_in(any_db)


def _meeting_in(any_db: Database) -> int:
    update_profile(any_db, ProfileData(name="Claire Dubois", company="Dubois Conseil"))
    client = create_client(any_db, ClientData(name="Brasserie <Dupont> & Fils", language="fr"))
    engagement = create_engagement(any_db, EngagementData(client.id, "M-2026-042", "Audit"))
    meeting = create_meeting(
        any_db,
        MeetingData(
            engagement_id=engagement.id,
            held_at=HELD,
            mode="in_person",
            place="Lyon",
            attendees=(AttendeeData("Jean Dupont", "Gérant"),),
            client_expressed="Le rapport contenait des erreurs de chiffres.",
            agreed_solution="Correction sous 5 jours ouvrés.",
            action_items=(ActionItemData("Claire", "Corriger le rapport", "2026-11-27"),),
            client_signer="Jean Dupont",
            consultant_signer="Claire Dubois",
        ),
    )
    return meeting.id


def test_report_follows_the_client_language_and_can_be_overridden(
    any_db: Database, meeting_id: int
) -> None:
    french = render_meeting(any_db, meeting_id)
    english = render_meeting(any_db, meeting_id, "en")
    assert french.language == "fr" and english.language == "en"
    french_text = text_of(french.pdf)
    assert "Brasserie <Dupont> & Fils" in french_text
    assert "20 novembre 2026" in french_text
    assert "20 November 2026" in text_of(english.pdf)


def test_saving_registers_and_regenerating_keeps_signed_versions(
    any_db: Database, meeting_id: int, tmp_path: Path
) -> None:
    first = save_meeting_report(any_db, meeting_id)
    assert first.record.version == 1 and not first.record.signed
    assert stat.S_IMODE(first.path.stat().st_mode) == 0o600
    assert file_sha256(first.path) == first.record.sha256
    signature = Signature(600, 200, (((10.0, 150.0), (80.0, 40.0), (160.0, 150.0)),), "Jean", HELD)
    sign_meeting(any_db, meeting_id, consultant=None, client=signature)
    signed = save_meeting_report(any_db, meeting_id)
    assert (signed.record.version, signed.record.signed) == (2, True)
    signed_bytes = signed.path.read_bytes()
    # The same content printed again is the same version, byte for byte: no new entry.
    again = save_meeting_report(any_db, meeting_id)
    assert (again.record.id, again.path) == (signed.record.id, signed.path)
    assert again.path.read_bytes() == signed_bytes
    sign_meeting(any_db, meeting_id, consultant=signature, client=signature)
    after = save_meeting_report(any_db, meeting_id)
    assert after.record.version == 3
    assert len({first.path, signed.path, after.path}) == 3
    assert signed.path.read_bytes() == signed_bytes
    assert file_sha256(signed.path) == signed.record.sha256
    assert [d.version for d in list_documents(any_db)] == [3, 2, 1]
    sign_meeting(any_db, meeting_id, consultant=None, client=None)
    with pytest.raises(ValidationError) as caught:
        save_meeting_report(any_db, meeting_id, target=signed.path)
    assert caught.value.field == "document.path"
    assert signed.path.read_bytes() == signed_bytes
    assert len(list_documents(any_db)) == 3


def test_a_reprint_is_the_same_version_and_the_same_bytes(
    any_db: Database, meeting_id: int
) -> None:
    first = save_meeting_report(any_db, meeting_id)
    preview = render_meeting(any_db, meeting_id)
    again = save_meeting_report(any_db, meeting_id)
    assert preview.version == 1 and preview.pdf == first.path.read_bytes()
    assert again.record.id == first.record.id and again.path.read_bytes() == preview.pdf
    # Another language is other content: the next version; back to French, version 1 again.
    english = save_meeting_report(any_db, meeting_id, "en")
    assert english.record.version == 2
    assert save_meeting_report(any_db, meeting_id, "fr").record.version == 1
    assert len(list_documents(any_db)) == 2


def test_the_version_printed_is_the_register_s(any_db: Database, meeting_id: int) -> None:
    save_meeting_report(any_db, meeting_id)
    signature = Signature(600, 200, (((10.0, 150.0), (80.0, 40.0), (160.0, 150.0)),), "Jean", HELD)
    sign_meeting(any_db, meeting_id, consultant=None, client=signature)
    second = save_meeting_report(any_db, meeting_id)
    assert second.record.version == 2
    [first_page, *_] = page_texts(second.path.read_bytes())
    assert "version 2" in first_page and "version 1" not in first_page
    trace = traced_tag(second.path.read_bytes())
    assert trace is not None and (trace.kind, trace.subject_id, trace.version) == (
        "meeting_report",
        meeting_id,
        2,
    )


def test_verify_gives_its_four_answers_on_real_files(
    any_db: Database, meeting_id: int, tmp_path: Path, migrated_sqlite_template: Path
) -> None:
    unsigned = save_meeting_report(any_db, meeting_id)
    signature = Signature(600, 200, (((10.0, 150.0), (80.0, 40.0), (160.0, 150.0)),), "Jean", HELD)
    sign_meeting(any_db, meeting_id, consultant=None, client=signature)
    signed = save_meeting_report(any_db, meeting_id)

    # 1. Byte for byte: the exact version, with its date and its signers.
    match = verify_file(any_db, signed.path)
    assert match.verdict is Verdict.MATCHES
    assert match.record is not None and match.record.version == 2
    assert match.signers == ["Jean Dupont"]
    assert verify_file(any_db, unsigned.path).signers == []

    # 2. A word changed in the copy sent to the client: altered, and named after the version
    # it claims to be (1), not the latest one (2).
    altered = tmp_path / "sent-to-the-client.pdf"
    altered.write_bytes(
        change_visible_text(unsigned.path.read_bytes(), b"(Contexte)", b"(Contexta)", str(tmp_path))
    )
    assert "Contexta" in text_of(altered.read_bytes())
    result = verify_file(any_db, altered)
    assert result.verdict is Verdict.ALTERED and result.claimed_by_file
    assert result.record is not None and result.record.version == 1

    # 3. Written anew by another program, same pages: the same content, re-saved.
    resaved = tmp_path / "resaved.pdf"
    resaved.write_bytes(resave_losslessly(signed.path.read_bytes(), str(tmp_path)))
    assert resaved.read_bytes() != signed.path.read_bytes()
    again = verify_file(any_db, resaved)
    assert again.verdict is Verdict.RESAVED
    assert again.record is not None and again.record.version == 2

    # 4. The same meeting number printed from another database: not ours.
    other_path = tmp_path / "other.sqlite3"
    shutil.copyfile(migrated_sqlite_template, other_path)
    other = Database(sqlite_url(other_path))
    try:
        other_meeting = _meeting_in(other)
        assert other_meeting == meeting_id
        foreign = save_meeting_report(other, other_meeting, target=tmp_path / "foreign.pdf")
    finally:
        other.dispose()
    unknown = verify_file(any_db, foreign.path)
    assert unknown.verdict is Verdict.UNKNOWN and unknown.foreign and unknown.record is None
    stranger = tmp_path / "stranger.pdf"
    stranger.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert verify_file(any_db, stranger).verdict is Verdict.UNKNOWN


def test_pdf_and_verify_commands(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    client = create_client(db, ClientData(name="Northwind Ltd", language="en"))
    engagement = create_engagement(db, EngagementData(client.id, "M-2026-001", "Roadmap"))
    meeting = create_meeting(db, MeetingData(engagement_id=engagement.id, held_at=HELD))
    url = str(db.url)
    out = tmp_path / "out" / "report.pdf"
    assert main(["pdf", "meeting", str(meeting.id), "--out", str(out), "--database", url]) == 0
    assert "Meeting report" in text_of(out.read_bytes())
    assert main(["verify", str(out), "--database", url]) == 0
    assert "matches the register" in capsys.readouterr().out
    out_fr = tmp_path / "fr.pdf"
    argv = ["pdf", "meeting", str(meeting.id), "--out", str(out_fr), "--lang", "fr"]
    assert main([*argv, "--database", url]) == 0
    assert "Compte rendu" in text_of(out_fr.read_bytes())
    original = out.read_bytes()
    out.write_bytes(resave_losslessly(original, str(tmp_path)))
    assert main(["verify", str(out), "--database", url]) == 0
    assert "same content, file re-saved: meeting_report #1, version 1" in capsys.readouterr().out
    out.write_bytes(change_visible_text(original, b"(Context)", b"(Contest)", str(tmp_path)))
    assert main(["verify", str(out), "--database", url]) == 1
    assert "ALTERED: " in (said := capsys.readouterr().out)
    assert "claims to be meeting_report #1, version 1" in said
    elsewhere = tmp_path / "elsewhere.pdf"
    elsewhere.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert main(["verify", str(elsewhere), "--database", url]) == 1
    assert "UNKNOWN: not produced by this database" in capsys.readouterr().out
    assert (
        main(["pdf", "meeting", "4242", "--out", str(tmp_path / "x.pdf"), "--database", url]) == 2
    )
    assert "4242" in capsys.readouterr().err


def test_the_register_identity_survives_accented_keywords(db: Database) -> None:
    client = create_client(db, ClientData(name="Café Œuvre — Ελληνικά", language="fr"))
    engagement = create_engagement(db, EngagementData(client.id, "M-2026-099", "Écoute"))
    meeting = create_meeting(db, MeetingData(engagement_id=engagement.id, held_at=HELD))
    pdf = render_meeting(db, meeting.id).pdf
    trace = traced_tag(pdf)
    assert trace is not None and (trace.kind, trace.subject_id) == ("meeting_report", meeting.id)
