"""Meeting reports from the database to a registered PDF, parsed back."""

from __future__ import annotations

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

HELD = datetime(2026, 11, 20, 14, 30, tzinfo=UTC)


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(BytesIO(pdf)).pages)


@pytest.fixture
def meeting_id(any_db: Database) -> int:
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
    after = save_meeting_report(any_db, meeting_id)
    assert after.record.version == 3
    assert len({first.path, signed.path, after.path}) == 3
    assert signed.path.read_bytes() == signed_bytes
    assert file_sha256(signed.path) == signed.record.sha256
    assert [d.version for d in list_documents(any_db)] == [3, 2, 1]
    with pytest.raises(ValidationError) as caught:
        save_meeting_report(any_db, meeting_id, target=signed.path)
    assert caught.value.field == "document.path"
    assert signed.path.read_bytes() == signed_bytes
    assert len(list_documents(any_db)) == 3


def test_verify_tells_matching_altered_and_unknown(
    any_db: Database, meeting_id: int, tmp_path: Path
) -> None:
    saved = save_meeting_report(any_db, meeting_id)
    assert verify_file(any_db, saved.path).verdict is Verdict.MATCHES
    copy = tmp_path / "copy.pdf"
    copy.write_bytes(saved.path.read_bytes())
    assert verify_file(any_db, copy).record is not None
    tampered = bytearray(saved.path.read_bytes())
    tampered[len(tampered) // 2] ^= 0xFF
    saved.path.write_bytes(bytes(tampered))
    result = verify_file(any_db, saved.path)
    assert result.verdict is Verdict.ALTERED
    assert result.record is not None and result.record.version == 1
    copy_sent = tmp_path / "sent-to-the-client.pdf"
    copy_sent.write_bytes(bytes(tampered))
    traced = verify_file(any_db, copy_sent)
    assert traced.verdict is Verdict.ALTERED
    assert traced.record is not None and traced.record.subject_id == meeting_id
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
    out.write_bytes(out.read_bytes().replace(b"Roadmap", b"Roadmop"))
    assert main(["verify", str(out), "--database", url]) == 1
    assert "ALTERED" in capsys.readouterr().out
    assert (
        main(["pdf", "meeting", "4242", "--out", str(tmp_path / "x.pdf"), "--database", url]) == 2
    )
    assert "4242" in capsys.readouterr().err


def test_the_register_identity_survives_accented_keywords(db: Database) -> None:
    client = create_client(db, ClientData(name="Café Œuvre — Ελληνικά", language="fr"))
    engagement = create_engagement(db, EngagementData(client.id, "M-2026-099", "Écoute"))
    meeting = create_meeting(db, MeetingData(engagement_id=engagement.id, held_at=HELD))
    pdf = render_meeting(db, meeting.id).pdf
    assert traced_tag(pdf) == ("meeting_report", meeting.id)
