"""Sample data for the document tests: a realistic report, a hand-drawn-looking signature."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta, timezone

from consultant_desk.documents.model import ActionItem, Attendee, Letterhead, MeetingReport
from consultant_desk.domain.enums import MeetingMode
from consultant_desk.domain.language import Language
from consultant_desk.domain.signature import Signature, Stroke

PARIS_WINTER = timezone(timedelta(hours=1))


def sample_letterhead() -> Letterhead:
    return Letterhead(
        name="Élodie Marchand",
        company="Marchand Conseil & Associés",
        address="12, rue de la République\n69002 Lyon",
        registration="SIRET 812 345 678 00027",
        email="elodie@marchand-conseil.fr",
        phone="+33 6 12 34 56 78",
    )


def sample_signature(signer: str = "Élodie Marchand", seed: float = 0.0) -> Signature:
    """A cursive-looking signature on a 600 x 200 pad: loops, a flourish, a dot."""

    def trochoid(x0: float, x1: float, y: float, radius: float, turns: float) -> Stroke:
        steps = 90
        points = []
        for i in range(steps + 1):
            t = i / steps
            angle = 2 * math.pi * turns * t + seed
            x = x0 + (x1 - x0) * t + radius * math.cos(angle)
            points.append((x, y - radius * 1.6 * math.sin(angle) - 18 * t))
        return tuple(points)

    flourish = tuple(
        (60 + 480 * t, 160 - 25 * math.sin(math.pi * t) + 6 * math.sin(9 * t))
        for t in (i / 60 for i in range(61))
    )
    capital = ((60.0, 150.0), (85.0, 40.0), (110.0, 120.0), (135.0, 35.0), (160.0, 140.0))
    return Signature(
        width=600,
        height=200,
        strokes=(capital, trochoid(170, 420, 115, 22, 5.5), flourish, ((455.0, 60.0),)),
        signer=signer,
        signed_at=datetime(2026, 11, 22, 17, 5, tzinfo=UTC),
    )


DISCUSSION_FR = (
    "Le client a rappelé que la maquette devait être livrée le 3 novembre ; elle l’a été le "
    "17 novembre, sans prévenir. Il estime que « le planning n’a pas été tenu » et que la "
    "communication a manqué !\n"
    "- Retard de deux semaines sur la maquette\n"
    "- Absence d’information pendant ce retard : aucun e-mail, aucun appel\n"
    "- Inquiétude pour la mise en ligne prévue en décembre ?\n\n"
    "Nous avons repris le planning ensemble, point par point, et identifié ce qui peut "
    "encore être tenu."
)


def sample_report(
    language: Language = Language.FR,
    *,
    signed: bool = True,
    action_count: int = 4,
) -> MeetingReport:
    french = language is Language.FR
    actions = tuple(
        ActionItem(
            owner=("Élodie Marchand" if i % 2 else "Jean-Noël Dubœuf"),
            what=(
                f"Livrer la version {i + 1} de la maquette & recueillir les <retours> du client"
                if french
                else f"Deliver mock-up version {i + 1} & collect the client's <feedback>"
            ),
            due=(date(2026, 12, 1) + timedelta(days=3 * i)) if i % 3 else None,
        )
        for i in range(action_count)
    )
    return MeetingReport(
        reference="CR-2026-014",
        language=language,
        client_name="Boulangerie Dubœuf & Fils",
        engagement_title=(
            "Refonte du site de vente en ligne" if french else "Online shop redesign"
        ),
        engagement_reference="MIS-2026-003",
        meeting_date=datetime(2026, 11, 22, 14, 30, tzinfo=PARIS_WINTER),
        place="Chez le client, 4 place Bellecour, Lyon",
        mode=MeetingMode.IN_PERSON,
        attendees=(
            Attendee("Jean-Noël Dubœuf", "Gérant" if french else "Manager", "Boulangerie Dubœuf"),
            Attendee(
                "Élodie Marchand", "Consultante" if french else "Consultant", "Marchand Conseil"
            ),
            Attendee("Γιώργος Παπαδόπουλος", "Développeur" if french else "Developer"),
            Attendee("Анна Смирнова", "Graphiste" if french else "Designer"),
        ),
        points_discussed=DISCUSSION_FR
        if french
        else (
            "The client recalled that the mock-up was due on 3 November; it came on "
            "17 November, without notice.\n- Two weeks late\n- No news during the delay"
        ),
        client_expressed=(
            "« Je ne doute pas de la qualité du travail, mais j’ai besoin de savoir où on en "
            "est ! »"
            if french
            else "“I don't doubt the quality, but I need to know where we are!”"
        ),
        acknowledged=(
            "Le retard est de notre fait : une mauvaise estimation de la charge, et surtout "
            "l’absence d’alerte. Nous aurions dû vous prévenir dès le 3 novembre."
            if french
            else "The delay is ours: a poor estimate, and above all no warning."
        ),
        agreed_solution=(
            "Un point d’avancement chaque vendredi à 9 h ; une journée de travail offerte."
            if french
            else "A progress call every Friday at 9:00; one working day free of charge."
        ),
        action_items=actions,
        next_steps=(
            "Point d’étape le 6 décembre. Mise en ligne confirmée au 15 janvier."
            if french
            else "Checkpoint on 6 December. Go-live confirmed for 15 January."
        ),
        follow_up_date=date(2026, 12, 6),
        consultant_signature=sample_signature() if signed else None,
        client_signature=sample_signature("Jean-Noël Dubœuf", seed=1.3) if signed else None,
        consultant_signer_name="Élodie Marchand",
        client_signer_name="Jean-Noël Dubœuf",
        sign_place="Lyon",
        version=2,
    )
