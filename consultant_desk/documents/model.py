"""What the documents print: plain values, filled in by the services from the store.

Nothing here knows about the database or Qt; every field is already in the document's language
(except the closed vocabularies, which carry their own labels).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from consultant_desk.domain.enums import MeetingMode
from consultant_desk.domain.language import Language
from consultant_desk.domain.signature import Signature

# Begins the PDF keyword that carries a document's register identity. Here rather than in the
# engine: the register reads it back without loading ReportLab.
REGISTER_TAG_PREFIX = "consultant-desk:"


@dataclass(frozen=True)
class Letterhead:
    """The consultant's identity, printed at the top of every document.

    ``registration`` is printed as typed ("SIRET 812 345 678 00027", "BCE 0123.456.789",
    "IDE CHE-123.456.789"): French-speaking consultants register in different countries, so
    no fixed label would be right for all of them.
    """

    name: str
    company: str = ""
    address: str = ""
    registration: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    logo_path: Path | None = None
    # Legal mentions, printed on the contract when filled in (as typed).
    legal_form: str = ""
    share_capital: str = ""
    rcs_city: str = ""
    rcs_number: str = ""
    vat_number: str = ""
    insurer: str = ""
    insurance_policy: str = ""


@dataclass(frozen=True)
class Attendee:
    name: str
    role: str = ""
    organisation: str = ""


@dataclass(frozen=True)
class ActionItem:
    owner: str
    what: str
    due: date | None = None


@dataclass(frozen=True)
class MeetingReport:
    """A meeting report (compte rendu de réunion), ready to print.

    ``meeting_date`` is a date, or a datetime (preferably time-zone aware) when the time of
    day matters; it is printed in its own time zone.
    """

    reference: str
    language: Language
    client_name: str
    engagement_title: str
    meeting_date: date | datetime
    mode: MeetingMode
    engagement_reference: str = ""
    place: str = ""
    attendees: tuple[Attendee, ...] = ()
    points_discussed: str = ""
    client_expressed: str = ""
    acknowledged: str = ""
    agreed_solution: str = ""
    action_items: tuple[ActionItem, ...] = ()
    next_steps: str = ""
    follow_up_date: date | None = None
    consultant_signature: Signature | None = None
    client_signature: Signature | None = None
    consultant_signer_name: str = ""
    client_signer_name: str = ""
    sign_place: str = ""
    version: int = 1
    # Identifies the record in the register ("meeting_report:12"); written into the PDF's
    # keywords so that an altered copy found anywhere can still be traced to its document.
    register_tag: str = ""
