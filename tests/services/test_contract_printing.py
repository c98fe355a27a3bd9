"""Scoping contracts from the database to registered PDFs, parsed back, on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from consultant_desk.domain.enums import DocumentKind
from consultant_desk.domain.errors import NotFoundError, ValidationError
from consultant_desk.domain.signature import Signature
from consultant_desk.services.clients import ClientData, ContactData, create_client
from consultant_desk.services.contract_printing import render_contract_for, save_contract
from consultant_desk.services.engagements import EngagementData, create_engagement
from consultant_desk.services.profile import ProfileData, profile_is_empty, update_profile
from consultant_desk.services.register import (
    Verdict,
    file_sha256,
    list_documents,
    verify_file,
)
from consultant_desk.services.scoping import save_draft, sign, start_draft
from consultant_desk.store.database import Database
from tests.scoping_samples import complete_terms

CONSULTANT = Signature(
    600, 200, (((40.0, 150.0), (90.0, 40.0), (140.0, 150.0), (190.0, 60.0)),), "Claire Martin"
)
CLIENT = Signature(600, 200, (((60.0, 120.0), (300.0, 80.0), (540.0, 130.0)),), "Julien Dupré")


def text_of(pdf: bytes) -> str:
    text = "\n".join(page.extract_text() or "" for page in PdfReader(BytesIO(pdf)).pages)
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def drawn_segments(pdf: bytes) -> int:
    """The "l" (line to) operators of the last page: signatures are drawn as paths."""
    reader = PdfReader(BytesIO(pdf))
    page = reader.pages[-1]
    stream = ContentStream(page.get_contents(), reader)
    return sum(1 for _, op in stream.operations if op == b"l")


@pytest.fixture
def engagement_id(any_db: Database) -> int:
    update_profile(
        any_db,
        ProfileData(
            name="Claire Martin",
            company="CM Conseil",
            address="3 cours de l'Intendance\n33000 Bordeaux",
            registration="SIRET 901 234 567 00011",
        ),
    )
    client = create_client(
        any_db,
        ClientData(
            name="Maison <Dupré> & Fils",
            language="fr",
            address="14 quai des Chartrons\n33000 Bordeaux",
            registration="SIRET 812 345 678 00027",
        ),
        [ContactData(name="Julien Dupré", is_primary=True)],
    )
    engagement = create_engagement(
        any_db,
        EngagementData(
            client.id,
            "M-2026-014",
            "Refonte du recrutement",
            start_date="2026-03-02",
            end_date="2026-06-26",
        ),
    )
    return engagement.id


def draft_with_terms(db: Database, engagement_id: int) -> int:
    draft = start_draft(db, engagement_id)
    save_draft(db, draft.id, complete_terms(), expected_version=draft.version)
    return draft.id


def sign_version(db: Database, scoping_id: int, *, client: Signature | None = None) -> None:
    sign(
        db,
        scoping_id,
        consultant_signature_json=CONSULTANT.to_json(),
        client_signature_json=client.to_json() if client is not None else None,
        sign_place="Bordeaux",
        sign_date=date(2026, 2, 16),
    )


def test_a_draft_prints_in_the_client_language_or_the_one_asked_for(
    any_db: Database, engagement_id: int
) -> None:
    scoping_id = draft_with_terms(any_db, engagement_id)
    french = render_contract_for(any_db, scoping_id)
    assert (french.language, french.signed) == ("fr", False)
    assert french.suggested_name == "CT-M-2026-014.pdf"
    text = text_of(french.pdf)
    assert "Contrat de prestation de conseil" in text
    assert "Réf. CT-M-2026-014 · version 1" in text
    assert "Maison <Dupré> & Fils" in text
    assert "CM Conseil" in text and "SIRET 812 345 678 00027" in text
    assert "Article 8 — Recours et règlement des différends" in text
    assert "650,00 € HT par jour × 20 jours = 13 000,00 € HT" in text
    assert "Acompte 30 % 20 février 2026 3 900,00 € 780,00 € 4 680,00 €" in text
    assert "TOTAL 100 % 13 000,00 € 2 600,00 € 15 600,00 €" in text
    assert "Lu et approuvé" in text and "Avenant" not in text
    english = render_contract_for(any_db, scoping_id, "en")
    assert english.language == "en"
    english_text = text_of(english.pdf)
    assert "Consulting services agreement" in english_text
    assert "TOTAL 100% €13,000.00 €2,600.00 €15,600.00" in english_text
    assert "Read and approved" in english_text


def test_signed_contract_then_an_amendment_each_registered_and_kept(
    any_db: Database, engagement_id: int
) -> None:
    first = draft_with_terms(any_db, engagement_id)
    draft_copy = save_contract(any_db, first)
    assert (draft_copy.record.version, draft_copy.record.signed) == (1, False)
    assert draft_copy.record.kind == DocumentKind.CONTRACT.value
    assert draft_copy.record.subject_id == first

    sign_version(any_db, first, client=CLIENT)
    signed = save_contract(any_db, first)
    assert (signed.record.version, signed.record.signed) == (2, True)
    assert signed.path != draft_copy.path
    signed_bytes = signed.path.read_bytes()
    assert file_sha256(signed.path) == signed.record.sha256
    text = text_of(signed_bytes)
    assert "Fait à Bordeaux, le 16 février 2026, en deux exemplaires originaux." in text
    assert text.count("Date : 16 février 2026") == 2
    # The strokes' 3 + 2 segments, where the unsigned copy had 2 dotted date blanks instead.
    assert drawn_segments(signed_bytes) == drawn_segments(draft_copy.path.read_bytes()) + 5 - 2

    # Printing the same content again is the same version, the same file...
    again = save_contract(any_db, first)
    assert (again.record.id, again.path) == (signed.record.id, signed.path)
    assert again.path.read_bytes() == signed_bytes
    # ... new letterhead details are new content, a new version in a file of its own...
    update_profile(any_db, ProfileData(name="Claire Martin", company="CM Conseil SARL"))
    changed = save_contract(any_db, first)
    assert changed.record.version == 3 and changed.path not in (signed.path, draft_copy.path)
    # ... and aiming it at the signed file is refused.
    with pytest.raises(ValidationError) as caught:
        save_contract(any_db, first, target=signed.path)
    assert caught.value.field == "document.path"
    assert signed.path.read_bytes() == signed_bytes

    # An amendment is a new scoping version, printed under its own title.
    amendment = start_draft(any_db, engagement_id)
    assert amendment.id != first and amendment.number == 2
    terms = complete_terms()
    senior, *others = terms.resource_lines
    terms = dataclasses.replace(
        terms,
        days=Decimal("24"),
        resource_lines=(dataclasses.replace(senior, days=Decimal("20")), *others),
        sign_place="",
        sign_date=None,
    )
    save_draft(any_db, amendment.id, terms, expected_version=amendment.version)
    amended = save_contract(any_db, amendment.id)
    assert (amended.record.version, amended.record.signed) == (1, False)
    assert amended.record.subject_id == amendment.id
    amended_text = text_of(amended.path.read_bytes())
    assert "Avenant n° 1 au contrat de prestation de conseil" in amended_text
    assert "Réf. CT-M-2026-014 · version 1" in amended_text
    assert "annule et remplace le contrat initial" in amended_text
    assert "× 24 jours = 15 600,00 € HT" in amended_text
    assert "Fait à ………" in amended_text  # not signed yet: place and date left to write

    sign_version(any_db, amendment.id)
    amended_signed = save_contract(any_db, amendment.id)
    assert (amended_signed.record.version, amended_signed.record.signed) == (2, True)

    # Both contracts still print; every file is its own and still matches the register.
    assert "Contrat de prestation de conseil" in text_of(render_contract_for(any_db, first).pdf)
    records = [r for r in list_documents(any_db, engagement_id) if r.kind == "contract"]
    assert len(records) == 5
    assert len({record.path for record in records}) == 5
    assert sorted(r.version for r in records) == [1, 1, 2, 2, 3]
    assert signed.path.read_bytes() == signed_bytes
    for saved in (signed, amended_signed):
        assert verify_file(any_db, saved.path).verdict is Verdict.MATCHES


def test_the_printer_signature_the_command_line_uses(
    any_db: Database, engagement_id: int, tmp_path: Path
) -> None:
    scoping_id = draft_with_terms(any_db, engagement_id)
    out = tmp_path / "out" / "contract.pdf"
    registered = save_contract(any_db, scoping_id, "en", target=out)
    assert registered.path == out.resolve()
    assert registered.record.language == "en"
    assert "Consulting services agreement" in text_of(out.read_bytes())
    rendered = render_contract_for(any_db, scoping_id)
    preview = save_contract(any_db, scoping_id, rendered=rendered)
    assert preview.path.read_bytes() == rendered.pdf
    assert preview.record.version == 2


def test_a_signature_in_ink_only_still_protects_the_signed_file(
    any_db: Database, engagement_id: int
) -> None:
    scoping_id = draft_with_terms(any_db, engagement_id)
    sign(
        any_db,
        scoping_id,
        consultant_signature_json=None,
        client_signature_json=None,
        sign_place="Bordeaux",
        sign_date=date(2026, 2, 16),
    )
    rendered = render_contract_for(any_db, scoping_id)
    assert rendered.signed
    text = text_of(rendered.pdf)
    assert "Fait à Bordeaux, le 16 février 2026, en deux exemplaires originaux." in text
    saved = save_contract(any_db, scoping_id, rendered=rendered)
    assert saved.record.signed
    update_profile(any_db, ProfileData(name="Claire Martin", company="Another letterhead"))
    with pytest.raises(ValidationError):
        save_contract(any_db, scoping_id, target=saved.path)


def test_an_unknown_version_is_reported(any_db: Database) -> None:
    with pytest.raises(NotFoundError):
        render_contract_for(any_db, 424242)
    with pytest.raises(NotFoundError):
        save_contract(any_db, 424242)


def _pages(pdf: bytes) -> list[str]:
    return [text_of_page(page.extract_text() or "") for page in PdfReader(BytesIO(pdf)).pages]


def text_of_page(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def test_an_unsigned_contract_is_a_draft_on_every_page_and_in_its_title(
    any_db: Database, engagement_id: int
) -> None:
    scoping_id = draft_with_terms(any_db, engagement_id)
    draft = render_contract_for(any_db, scoping_id)
    pages = _pages(draft.pdf)
    assert len(pages) > 1
    assert all("PROJET" in page for page in pages)
    assert "Contrat de prestation de conseil (projet)" in pages[0]
    metadata = PdfReader(BytesIO(draft.pdf)).metadata
    assert metadata is not None and "(projet)" in (metadata.title or "")
    assert all(
        "DRAFT" in page for page in _pages(render_contract_for(any_db, scoping_id, "en").pdf)
    )
    # Every page has a box to initial.
    assert all("Paraphes" in page for page in pages)

    sign_version(any_db, scoping_id, client=CLIENT)
    signed_pages = _pages(render_contract_for(any_db, scoping_id).pdf)
    assert not any("PROJET" in page or "(projet)" in page for page in signed_pages)
    assert "en deux exemplaires originaux" in signed_pages[-1]


def test_the_legal_mentions_print_when_filled_in(any_db: Database, engagement_id: int) -> None:
    scoping_id = draft_with_terms(any_db, engagement_id)
    assert "RCS" not in text_of(render_contract_for(any_db, scoping_id).pdf)
    update_profile(
        any_db,
        ProfileData(
            name="Claire Martin",
            company="CM Conseil",
            legal_form="SARL",
            share_capital="10 000 €",
            rcs_city="Bordeaux",
            rcs_number="901 234 567",
            vat_number="FR 12 901234567",
            insurer="MMA IARD",
            insurance_policy="RCP-2026-0042",
        ),
    )
    text = text_of(render_contract_for(any_db, scoping_id).pdf)
    assert "SARL au capital de 10 000 €" in text
    assert "RCS Bordeaux 901 234 567" in text
    assert "TVA intracommunautaire FR 12 901234567" in text
    assert (
        "Assurance responsabilité civile professionnelle : MMA IARD, police n° RCP-2026-0042"
        in (text)
    )
    english = text_of(render_contract_for(any_db, scoping_id, "en").pdf)
    assert "SARL with a share capital of 10 000 €" in english
    assert "Professional liability insurance: MMA IARD, policy No. RCP-2026-0042" in english
    with pytest.raises(ValidationError) as caught:
        update_profile(any_db, ProfileData(name="Claire", vat_number="X" * 41))
    assert caught.value.field == "profile.vat_number"


def test_an_empty_profile_prints_a_clear_placeholder(any_db: Database, engagement_id: int) -> None:
    scoping_id = draft_with_terms(any_db, engagement_id)
    update_profile(any_db, ProfileData())
    assert profile_is_empty(any_db)
    text = text_of(render_contract_for(any_db, scoping_id).pdf)
    assert "[Vos coordonnées : à compléter dans Fichier › Vos coordonnées]" in text
    assert "Le Consultant — " not in text
