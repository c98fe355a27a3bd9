"""documents layer."""

from consultant_desk.documents.engine import build_pdf, fingerprint, write_pdf
from consultant_desk.documents.meeting_report import render_meeting_report
from consultant_desk.documents.model import ActionItem, Attendee, Letterhead, MeetingReport
from consultant_desk.documents.signature_block import SignatureBlock, signature_row

__all__ = [
    "ActionItem",
    "Attendee",
    "Letterhead",
    "MeetingReport",
    "SignatureBlock",
    "build_pdf",
    "fingerprint",
    "render_meeting_report",
    "signature_row",
    "write_pdf",
]
