"""The closed vocabularies of the domain, each value with its French and English label."""

from __future__ import annotations

from enum import StrEnum

from consultant_desk.domain.language import Language, current_language


class _Labelled(StrEnum):
    """A string enum whose members carry a label in each language."""

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        raise NotImplementedError

    def label(self, language: Language | None = None) -> str:
        french, english = self._labels()[self.value]
        return french if (language or current_language()) is Language.FR else english


class EngagementStatus(_Labelled):
    DRAFT = "draft"
    SCOPED = "scoped"
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    COMPLETED = "completed"
    CANCELLED = "cancelled"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {
            "draft": ("Brouillon", "Draft"),
            "scoped": ("Cadrée", "Scoped"),
            "active": ("En cours", "Active"),
            "on_hold": ("En pause", "On hold"),
            "completed": ("Terminée", "Completed"),
            "cancelled": ("Annulée", "Cancelled"),
        }


class Channel(_Labelled):
    IN_PERSON = "in_person"
    PHONE = "phone"
    EMAIL = "email"
    VIDEO = "video"
    LETTER = "letter"
    SOCIAL = "social"
    SURVEY = "survey"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {
            "in_person": ("En personne", "In person"),
            "phone": ("Téléphone", "Phone"),
            "email": ("E-mail", "Email"),
            "video": ("Visioconférence", "Video call"),
            "letter": ("Courrier", "Letter"),
            "social": ("Réseaux sociaux", "Social media"),
            "survey": ("Questionnaire", "Survey"),
        }


class EpisodeCategory(_Labelled):
    QUALITY = "quality"
    DELAY = "delay"
    ERROR = "error"
    PLANNING = "planning"
    ORGANISATION = "organisation"
    RESULT = "result"
    COMMUNICATION = "communication"
    BILLING = "billing"
    BEHAVIOUR = "behaviour"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {
            "quality": ("Qualité", "Quality"),
            "delay": ("Délais", "Delay"),
            "error": ("Erreur", "Error"),
            "planning": ("Planning", "Planning"),
            "organisation": ("Organisation", "Organisation"),
            "result": ("Résultat", "Result"),
            "communication": ("Communication", "Communication"),
            "billing": ("Facturation", "Billing"),
            "behaviour": ("Comportement", "Behaviour"),
        }


class Severity(_Labelled):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {
            "low": ("Faible", "Low"),
            "medium": ("Moyenne", "Medium"),
            "high": ("Élevée", "High"),
            "critical": ("Critique", "Critical"),
        }


class Emotion(_Labelled):
    DISAPPOINTED = "disappointed"
    WORRIED = "worried"
    IRRITATED = "irritated"
    ANGRY = "angry"
    PERSONAL = "personal"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {
            "disappointed": ("Déçu", "Disappointed"),
            "worried": ("Inquiet", "Worried"),
            "irritated": ("Agacé", "Irritated"),
            "angry": ("En colère", "Angry"),
            "personal": ("Attaques personnelles", "Turning personal"),
        }


class EpisodeStage(_Labelled):
    """The recovery playbook, in order."""

    PREPARE = "prepare"
    LISTEN = "listen"
    ACKNOWLEDGE = "acknowledge"
    EXPLAIN = "explain"
    CO_BUILD = "co_build"
    FORMALIZE = "formalize"
    FOLLOW_UP = "follow_up"
    LEARN = "learn"
    CLOSED = "closed"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {
            "prepare": ("Préparer", "Prepare"),
            "listen": ("Écouter", "Listen"),
            "acknowledge": ("Reconnaître", "Acknowledge"),
            "explain": ("Expliquer", "Explain"),
            "co_build": ("Co-construire la solution", "Co-build the solution"),
            "formalize": ("Formaliser", "Formalize"),
            "follow_up": ("Suivre", "Follow up"),
            "learn": ("Tirer les leçons", "Learn"),
            "closed": ("Clos", "Closed"),
        }


class EventKind(_Labelled):
    """What happened on an episode's timeline.

    The first seven are added by the user (``USER_EVENT_KINDS``); the last three are recorded
    by the playbook itself when the episode moves on, is closed or is reopened.
    """

    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    APOLOGY = "apology"
    PROPOSAL = "proposal"
    FOLLOW_UP = "follow_up"
    NOTE = "note"
    STAGE = "stage"
    CLOSING = "closing"
    REOPENING = "reopening"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {
            "call": ("Appel", "Call"),
            "meeting": ("Rendez-vous", "Meeting"),
            "email": ("E-mail", "Email"),
            "apology": ("Excuses", "Apology"),
            "proposal": ("Proposition", "Proposal"),
            "follow_up": ("Relance", "Follow-up"),
            "note": ("Note", "Note"),
            "stage": ("Changement d'étape", "Stage move"),
            "closing": ("Clôture", "Closing"),
            "reopening": ("Réouverture", "Reopening"),
        }


USER_EVENT_KINDS: tuple[EventKind, ...] = (
    EventKind.CALL,
    EventKind.MEETING,
    EventKind.EMAIL,
    EventKind.APOLOGY,
    EventKind.PROPOSAL,
    EventKind.FOLLOW_UP,
    EventKind.NOTE,
)


class MeetingMode(_Labelled):
    IN_PERSON = "in_person"
    VIDEO = "video"
    PHONE = "phone"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {
            "in_person": ("En présentiel", "In person"),
            "video": ("Visioconférence", "Video call"),
            "phone": ("Téléphone", "Phone"),
        }


class GestureKind(_Labelled):
    FREE_DAYS = "free_days"
    DISCOUNT = "discount"
    CREDIT = "credit"
    EXTRA_DELIVERABLE = "extra_deliverable"
    APOLOGY_LETTER = "apology_letter"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {
            "free_days": ("Journées offertes", "Free days"),
            "discount": ("Remise sur le solde", "Discount on remaining fees"),
            "credit": ("Avoir", "Credit note"),
            "extra_deliverable": ("Livrable supplémentaire", "Extra deliverable"),
            "apology_letter": ("Lettre d'excuses seule", "Apology letter alone"),
        }


class OfferStatus(_Labelled):
    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    DECLINED = "declined"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {
            "draft": ("Brouillon", "Draft"),
            "sent": ("Envoyée", "Sent"),
            "accepted": ("Acceptée", "Accepted"),
            "declined": ("Refusée", "Declined"),
        }


class PricingMode(_Labelled):
    DAILY_RATE = "daily_rate"
    FIXED_FEE = "fixed_fee"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {
            "daily_rate": ("Taux journalier × jours", "Daily rate × days"),
            "fixed_fee": ("Forfait", "Fixed fee"),
        }


class WorkPlace(_Labelled):
    ON_SITE = "on_site"
    REMOTE = "remote"
    HYBRID = "hybrid"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {
            "on_site": ("Sur site", "On site"),
            "remote": ("À distance", "Remote"),
            "hybrid": ("Mixte", "Hybrid"),
        }


class ScopeSide(_Labelled):
    IN = "in"
    OUT = "out"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {"in": ("Inclus", "In scope"), "out": ("Exclu", "Out of scope")}


class ScopingStatus(_Labelled):
    DRAFT = "draft"
    SIGNED = "signed"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {"draft": ("Brouillon", "Draft"), "signed": ("Signé", "Signed")}


class DocumentKind(_Labelled):
    CONTRACT = "contract"
    MEETING_REPORT = "meeting_report"
    REMEDIATION_OFFER = "remediation_offer"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {
            "contract": ("Contrat de prestation", "Scoping contract"),
            "meeting_report": ("Compte rendu de réunion", "Meeting report"),
            "remediation_offer": ("Proposition de geste commercial", "Remediation offer"),
        }
