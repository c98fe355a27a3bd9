"""Whatever a user types, in any field, the report prints and the PDF is valid."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consultant_desk.documents.meeting_report import render_meeting_report
from consultant_desk.documents.model import ActionItem, Attendee, Letterhead, MeetingReport
from consultant_desk.domain.enums import MeetingMode
from consultant_desk.domain.language import Language
from consultant_desk.domain.signature import Signature
from tests.documents.pdf_probe import reader

# Every code point, lone surrogates and control characters included.
any_char = st.characters(codec=None, exclude_categories=())
texts = st.text(alphabet=any_char, max_size=120) | st.text(max_size=600)
numbers = st.floats(allow_nan=True, allow_infinity=True)
zones = st.sampled_from([None, UTC, timezone(timedelta(hours=-11)), timezone(timedelta(hours=14))])

signatures = st.none() | st.builds(
    Signature,
    width=numbers,
    height=numbers,
    strokes=st.lists(st.lists(st.tuples(numbers, numbers), max_size=30).map(tuple), max_size=5).map(
        tuple
    ),
    signer=texts,
    signed_at=st.none() | st.datetimes(timezones=zones),
)

letterheads = st.builds(
    Letterhead,
    name=texts,
    company=texts,
    address=texts,
    registration=texts,
    email=texts,
    phone=texts,
    website=texts,
)

reports = st.builds(
    MeetingReport,
    reference=texts,
    language=st.sampled_from(Language),
    client_name=texts,
    engagement_title=texts,
    meeting_date=st.dates() | st.datetimes(timezones=zones),
    mode=st.sampled_from(MeetingMode),
    engagement_reference=texts,
    place=texts,
    attendees=st.lists(st.builds(Attendee, texts, texts, texts), max_size=6).map(tuple),
    points_discussed=texts,
    client_expressed=texts,
    acknowledged=texts,
    agreed_solution=texts,
    action_items=st.lists(
        st.builds(ActionItem, texts, texts, st.none() | st.dates()), max_size=12
    ).map(tuple),
    next_steps=texts,
    follow_up_date=st.none() | st.dates(),
    consultant_signature=signatures,
    client_signature=signatures,
    consultant_signer_name=texts,
    client_signer_name=texts,
    sign_place=texts,
    version=st.integers(),
)

QPDF = shutil.which("qpdf")


@pytest.mark.slow
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(report=reports, letterhead=letterheads)
def test_any_text_in_any_field_gives_a_valid_pdf(
    report: MeetingReport, letterhead: Letterhead, tmp_path_factory: pytest.TempPathFactory
) -> None:
    data = render_meeting_report(report, letterhead)
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    pdf = reader(data)
    assert len(pdf.pages) >= 1
    for page in pdf.pages:
        page.extract_text()
    assert render_meeting_report(report, letterhead) == data
    if QPDF is not None:
        path = tmp_path_factory.mktemp("fuzz") / "report.pdf"
        path.write_bytes(data)
        check = subprocess.run([QPDF, "--check", str(path)], capture_output=True, check=False)
        assert check.returncode == 0, check.stdout + check.stderr
