"""Every mapped entity; importing this module registers them all on ``Base.metadata``."""

from consultant_desk.store.models.client import Client, Contact
from consultant_desk.store.models.document import DocumentRecord, RegisterIdentity
from consultant_desk.store.models.engagement import Engagement, Feedback
from consultant_desk.store.models.episode import Episode, EpisodeEvent
from consultant_desk.store.models.meeting import ActionItem, Meeting, MeetingAttendee
from consultant_desk.store.models.offer import RemediationOffer
from consultant_desk.store.models.profile import ConsultantProfile
from consultant_desk.store.models.scoping import (
    Instalment,
    Milestone,
    ResourceLine,
    ScopeItem,
    ScopingVersion,
)

__all__ = [
    "ActionItem",
    "Client",
    "ConsultantProfile",
    "Contact",
    "DocumentRecord",
    "Engagement",
    "Episode",
    "EpisodeEvent",
    "Feedback",
    "Instalment",
    "Meeting",
    "MeetingAttendee",
    "Milestone",
    "RegisterIdentity",
    "RemediationOffer",
    "ResourceLine",
    "ScopeItem",
    "ScopingVersion",
]
