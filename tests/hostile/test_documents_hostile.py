"""Hostile text saved through the services prints into a valid PDF, literally."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from dataclasses import replace
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from consultant_desk.documents.contract import render_contract
from consultant_desk.domain.enums import ScopeSide
from consultant_desk.domain.errors import ValidationError
from consultant_desk.domain.language import Language
from consultant_desk.domain.scoping import ScopeItem
from consultant_desk.services.clients import ClientData, create_client
from consultant_desk.services.engagements import EngagementData, create_engagement
from consultant_desk.services.meetings import ActionItemData, MeetingData, create_meeting
from consultant_desk.services.printing import render_meeting
from consultant_desk.store.database import Database
from tests.documents.report_samples import sample_letterhead
from tests.documents.test_contract import sample_contract, sample_terms
from tests.hostile.strategies import MARKUP, awkward_text

QPDF = shutil.which("qpdf")


def qpdf_check(pdf: bytes, tmp_path: Path) -> None:
    if QPDF is None:
        pytest.skip("qpdf is not installed")
    path = tmp_path / "check.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(
        [QPDF, "--check", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def squash(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFC", text) if not ch.isspace())


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(words=awkward_text, owner=awkward_text, language=st.sampled_from(["fr", "en"]))
def test_any_saved_meeting_prints_a_valid_pdf(
    db: Database, tmp_path: Path, words: str, owner: str, language: str
) -> None:
    client = create_client(db, ClientData(name="Client", language=language))
    engagement = create_engagement(db, EngagementData(client.id, f"H-{client.id}", "Hostile"))
    try:
        meeting = create_meeting(
            db,
            MeetingData(
                engagement_id=engagement.id,
                held_at=datetime(2026, 11, 20, 9, tzinfo=UTC),
                client_expressed=words[:5000],
                action_items=(ActionItemData(owner[:150], "Répondre"),),
            ),
        )
    except ValidationError as error:
        event(f"refused: {error.code}")
        return
    event("printed")
    rendered = render_meeting(db, meeting.id)
    qpdf_check(rendered.pdf, tmp_path)


def test_markup_in_a_clients_words_prints_literally(db: Database, tmp_path: Path) -> None:
    client = create_client(db, ClientData(name="R&D <Labs>"))
    engagement = create_engagement(db, EngagementData(client.id, "H-1", "Markup"))
    meeting = create_meeting(
        db,
        MeetingData(
            engagement_id=engagement.id,
            held_at=datetime(2026, 11, 20, 9, tzinfo=UTC),
            client_expressed=MARKUP,
        ),
    )
    pdf = render_meeting(db, meeting.id).pdf
    qpdf_check(pdf, tmp_path)
    text = "".join(page.extract_text() or "" for page in PdfReader(BytesIO(pdf)).pages)
    assert squash("R&D <Labs>") in squash(text)
    # Printed as typed, but for French typography: the quotes of a French document are « ».
    assert squash("<b>bold</b> & <font color=«red»>x</font>") in squash(text)
    assert squash("&amp;") in squash(text)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    objectives=awkward_text,
    client_name=awkward_text,
    scope_text=awkward_text,
    language=st.sampled_from(["fr", "en"]),
)
def test_any_text_in_a_contract_prints_a_valid_pdf(
    tmp_path_factory: pytest.TempPathFactory,
    objectives: str,
    client_name: str,
    scope_text: str,
    language: str,
) -> None:
    lang = Language(language)
    terms = sample_terms(lang)
    terms = replace(
        terms,
        objectives=objectives[:20_000],
        scope_items=(*terms.scope_items, ScopeItem(ScopeSide.OUT, scope_text[:2000])),
    )
    doc = replace(sample_contract(lang), terms=terms, client_name=client_name[:300])
    pdf = render_contract(doc, sample_letterhead())
    qpdf_check(pdf, tmp_path_factory.mktemp("contract"))
