"""From stored records to registered PDFs: the bridge between the store and the documents.

The documents layer only knows plain values; this module reads what it needs, in the
document's language (the client's unless overridden), renders, and registers the file.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from consultant_desk.documents.meeting_report import render_meeting_report
from consultant_desk.documents.model import ActionItem, Attendee, MeetingReport
from consultant_desk.domain.enums import DocumentKind, MeetingMode
from consultant_desk.domain.language import Language
from consultant_desk.domain.signature import Signature
from consultant_desk.services.meetings import MeetingRow, get_meeting
from consultant_desk.services.profile import letterhead
from consultant_desk.services.register import Registered, print_version, register_pdf
from consultant_desk.store.database import Database


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    suggested_name: str
    language: Language
    signed: bool
    # The register's version of this content (see ``register.print_version``).
    version: int = 1
    # Who signed by hand on screen.
    signers: tuple[str, ...] = ()


def _signature(stored: str | None) -> Signature | None:
    return Signature.from_json(stored) if stored else None


def document_language(client_language: str, override: Language | str | None) -> Language:
    if override:
        return Language.parse(str(override))
    return Language.parse(client_language)


def meeting_report_data(meeting: MeetingRow, language: Language) -> MeetingReport:
    consultant = _signature(meeting.consultant_signature)
    client = _signature(meeting.client_signature)
    return MeetingReport(
        reference=f"CR-{meeting.engagement_reference}-{meeting.id}",
        language=language,
        client_name=meeting.client_name,
        engagement_title=meeting.engagement_title,
        engagement_reference=meeting.engagement_reference,
        meeting_date=meeting.held_at,
        mode=MeetingMode(meeting.mode),
        place=meeting.place,
        attendees=tuple(Attendee(a.name, a.role, a.organisation) for a in meeting.attendees),
        points_discussed=meeting.points_discussed,
        client_expressed=meeting.client_expressed,
        acknowledged=meeting.acknowledged,
        agreed_solution=meeting.agreed_solution,
        action_items=tuple(ActionItem(i.owner, i.what, i.due_date) for i in meeting.action_items),
        next_steps=meeting.next_steps,
        follow_up_date=meeting.follow_up_date,
        consultant_signature=consultant,
        client_signature=client,
        consultant_signer_name=meeting.consultant_signer,
        client_signer_name=meeting.client_signer,
        sign_place=meeting.sign_place,
    )


def render_meeting(
    db: Database, meeting_id: int, language: Language | str | None = None
) -> Rendered:
    meeting = get_meeting(db, meeting_id)
    lang = document_language(meeting.client_language, language)
    report = meeting_report_data(meeting, lang)
    head = letterhead(db)

    def render(version: int, tag: str) -> bytes:
        return render_meeting_report(replace(report, version=version, register_tag=tag), head)

    version, pdf = print_version(db, DocumentKind.MEETING_REPORT, meeting.id, lang.value, render)
    signers = tuple(
        name or signature.signer
        for signature, name in (
            (report.consultant_signature, report.consultant_signer_name or head.name),
            (report.client_signature, report.client_signer_name),
        )
        if signature is not None and not signature.is_blank
    )
    return Rendered(pdf, f"{report.reference}.pdf", lang, bool(signers), version, signers)


def save_meeting_report(
    db: Database,
    meeting_id: int,
    language: Language | str | None = None,
    *,
    target: Path | None = None,
    rendered: Rendered | None = None,
) -> Registered:
    """Render (unless already rendered for the preview), write atomically, and register."""
    meeting = get_meeting(db, meeting_id)
    rendered = rendered or render_meeting(db, meeting_id, language)
    return register_pdf(
        db,
        kind=DocumentKind.MEETING_REPORT,
        engagement_id=meeting.engagement_id,
        engagement_reference=meeting.engagement_reference,
        subject_id=meeting.id,
        pdf=rendered.pdf,
        version=rendered.version,
        language=rendered.language.value,
        signed=rendered.signed,
        signers=rendered.signers,
        target=target,
    )
