"""Every fixed text printed on a document, in French and in English.

French labels carry their own typography: U+202F (narrow no-break space) before ``; ! ?`` and
inside « », U+00A0 before ``:``. Colons are added by ``with_colon`` rather than written into
the labels, so that rule lives in one place. A test checks both languages are complete and that
their ``{placeholders}`` agree.
"""

from __future__ import annotations

from consultant_desk.domain.language import Language

LABELS: dict[str, dict[str, str]] = {
    # Shared by every document.
    "reference": {"fr": "Réf.", "en": "Ref."},
    "version": {"fr": "version {version}", "en": "version {version}"},
    "date_at_time": {"fr": "{date} à {time}", "en": "{date} at {time}"},
    "not_specified": {"fr": "Non précisé", "en": "Not specified"},
    "signatures": {"fr": "Signatures", "en": "Signatures"},
    "signed_at_place": {"fr": "Fait à {place}", "en": "Signed at {place}"},
    "signature_name": {"fr": "Nom", "en": "Name"},
    "signature_date": {"fr": "Date", "en": "Date"},
    "for_consultant": {"fr": "Pour le consultant", "en": "For the consultant"},
    "for_client": {"fr": "Pour le client", "en": "For the client"},
    # Meeting report.
    "meeting_report.title": {"fr": "Compte rendu de réunion", "en": "Meeting report"},
    "meeting_report.context": {"fr": "Contexte", "en": "Context"},
    "meeting_report.client": {"fr": "Client", "en": "Client"},
    "meeting_report.engagement": {"fr": "Mission", "en": "Engagement"},
    "meeting_report.date": {"fr": "Date de la réunion", "en": "Meeting date"},
    "meeting_report.place": {"fr": "Lieu", "en": "Place"},
    "meeting_report.mode": {"fr": "Modalité", "en": "Format"},
    "meeting_report.follow_up_date": {"fr": "Date de suivi", "en": "Follow-up date"},
    "meeting_report.attendees": {"fr": "Participants", "en": "Attendees"},
    "meeting_report.points_discussed": {"fr": "Points abordés", "en": "Points discussed"},
    "meeting_report.client_expressed": {
        "fr": "Ce que le client a exprimé",
        "en": "What the client expressed",
    },
    "meeting_report.acknowledged": {"fr": "Ce que nous reconnaissons", "en": "What we acknowledge"},
    "meeting_report.agreed_solution": {"fr": "Solution convenue", "en": "Agreed solution"},
    "meeting_report.action_items": {"fr": "Plan d’actions", "en": "Action items"},
    "meeting_report.number": {"fr": "N°", "en": "No."},
    "meeting_report.owner": {"fr": "Responsable", "en": "Owner"},
    "meeting_report.action": {"fr": "Action", "en": "Action"},
    "meeting_report.due": {"fr": "Échéance", "en": "Due"},
    "meeting_report.no_action_items": {
        "fr": "Aucune action n’a été convenue.",
        "en": "No action items were agreed.",
    },
    "meeting_report.next_steps": {"fr": "Prochaines étapes", "en": "Next steps"},
    "meeting_report.subject": {
        "fr": "Compte rendu de réunion — {client} — {engagement}",
        "en": "Meeting report — {client} — {engagement}",
    },
}


def label(key: str, language: Language, **params: object) -> str:
    """The label ``key`` in ``language``, with ``{placeholders}`` filled in."""
    text = LABELS[key][language.value]
    return text.format(**params) if params else text


def with_colon(text: str, language: Language) -> str:
    """``text`` followed by a colon: French puts a no-break space before it, English none."""
    return f"{text}\u00a0:" if language is Language.FR else f"{text}:"
