"""The recovery playbook: eight stages and closed, each with its advice and its checklist.

Drawn from the articles (DESIGN.md § The recovery playbook). The consultant ticks checks and
moves the episode on; :func:`transition_warnings` says what a move skips or leaves unticked,
and never blocks: the consultant decides. Going back is allowed and warns of nothing.

Each check has a stable key (``prepare.risk``): the store keeps the keys ticked, so the texts
can be reworded without losing anyone's ticks.

Pure: standard library and the rest of the domain only.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from consultant_desk.domain.enums import Channel, EpisodeStage, EventKind
from consultant_desk.domain.language import Language, current_language

# The stages worked through, in order; closed comes after them.
STAGES: tuple[EpisodeStage, ...] = tuple(EpisodeStage)
WORKING_STAGES: tuple[EpisodeStage, ...] = tuple(s for s in STAGES if s is not EpisodeStage.CLOSED)


def _text(pair: tuple[str, str], language: Language | None) -> str:
    french, english = pair
    return french if (language or current_language()) is Language.FR else english


@dataclass(frozen=True)
class Check:
    """One item of a stage's checklist; ``key`` is stable, stored when ticked."""

    key: str
    texts: tuple[str, str]  # (French, English)

    def text(self, language: Language | None = None) -> str:
        return _text(self.texts, language)


@dataclass(frozen=True)
class StageGuide:
    stage: EpisodeStage
    advice: tuple[str, str]  # (French, English)
    checks: tuple[Check, ...]

    def advice_text(self, language: Language | None = None) -> str:
        return _text(self.advice, language)

    @property
    def number(self) -> int:
        """1 to 8 for the working stages, 9 for closed (as the list shows "2 · Écouter")."""
        return STAGES.index(self.stage) + 1


def _check(key: str, french: str, english: str) -> Check:
    return Check(key, (french, english))


GUIDES: dict[EpisodeStage, StageGuide] = {
    EpisodeStage.PREPARE: StageGuide(
        EpisodeStage.PREPARE,
        (
            "N'agissez pas à chaud : agir impulsivement risque d'empirer la situation. Évaluez "
            "le risque réel avec quelqu'un de plus expérimenté avant de revoir le client.",
            "Don't act on impulse: acting hastily can make things worse. Assess the real risk "
            "with someone more experienced before you see the client again.",
        ),
        (
            _check("prepare.risk", "Évaluer le risque réel", "Assess the real risk"),
            _check(
                "prepare.senior",
                "En parler à un pair expérimenté (et à la conformité s'il y en a une)",
                "Talk it over with a senior peer (and compliance where one applies)",
            ),
            _check(
                "prepare.no_hiding",
                "Ne pas camoufler l'erreur",
                "Don't hide the error",
            ),
            _check(
                "prepare.no_own_pocket",
                "Ne pas dédommager le client de sa poche",
                "Don't compensate the client out of your own pocket",
            ),
        ),
    ),
    EpisodeStage.LISTEN: StageGuide(
        EpisodeStage.LISTEN,
        (
            "Laissez le client parler jusqu'au bout ; notez ses mots, ce qu'il attendait et ce "
            "qu'il a obtenu. Une réclamation est un écart entre l'attendu et l'obtenu.",
            "Let the client speak to the end; write down their words, what they expected and "
            "what they got. A complaint is a gap between the expected and the obtained.",
        ),
        (
            _check("listen.words", "Noter les mots du client", "Write down the client's words"),
            _check(
                "listen.gap",
                "Noter l'attendu et l'obtenu",
                "Write down what was expected and what was obtained",
            ),
            _check(
                "listen.positive",
                "Rester calme et positif, sans interrompre",
                "Stay calm and positive, without interrupting",
            ),
        ),
    ),
    EpisodeStage.ACKNOWLEDGE: StageGuide(
        EpisodeStage.ACKNOWLEDGE,
        (
            "Admettez l'erreur, en personne plutôt qu'au téléphone ou par e-mail, au plus tôt. "
            "Soyez direct et bref, sans formule toute faite ni longue justification.",
            "Admit the error, in person rather than by phone or email, as soon as you can. Be "
            "direct and brief, with no stock formula and no long justification.",
        ),
        (
            _check(
                "acknowledge.in_person",
                "Le reconnaître en personne, pas par e-mail",
                "Acknowledge it in person, not by email",
            ),
            _check(
                "acknowledge.no_blame",
                "Ne rejeter la faute ni sur une assistante ni sur un collègue",
                "Put no blame on an assistant or a colleague",
            ),
            _check("acknowledge.brief", "Être bref et direct", "Be brief and direct"),
            _check(
                "acknowledge.sincere",
                "Pas de formule creuse : des excuses sincères",
                "No hollow formula: a sincere apology",
            ),
        ),
    ),
    EpisodeStage.EXPLAIN: StageGuide(
        EpisodeStage.EXPLAIN,
        (
            "Expliquez l'origine du problème en quelques phrases factuelles : c'est ce qui "
            "rétablit la confiance, surtout entre entreprises.",
            "Explain where the problem came from in a few factual sentences: that is what "
            "restores trust, above all between businesses.",
        ),
        (
            _check(
                "explain.origin",
                "Expliquer l'origine en quelques phrases",
                "Explain the origin in a few sentences",
            ),
            _check(
                "explain.no_recurrence",
                "Dire ce qui sera fait pour que cela ne se reproduise pas",
                "Say what will be done so that it does not happen again",
            ),
        ),
    ),
    EpisodeStage.CO_BUILD: StageGuide(
        EpisodeStage.CO_BUILD,
        (
            "Demandez au client ce qu'il attend : ce n'est souvent pas l'argent. Un compromis "
            "acceptable vaut mieux qu'un plan parfait. N'entrez jamais en conflit.",
            "Ask the client what they expect: it is often not money. An acceptable compromise "
            "beats a perfect plan. Never enter into conflict.",
        ),
        (
            _check(
                "co_build.ask",
                "Demander au client ce qu'il attend",
                "Ask the client what they expect",
            ),
            _check(
                "co_build.compromise",
                "Chercher un compromis acceptable plutôt qu'un plan parfait",
                "Look for an acceptable compromise rather than a perfect plan",
            ),
            _check(
                "co_build.mediator",
                "Un médiateur si le client devient personnel",
                "A mediator if the client turns personal",
            ),
            _check(
                "co_build.no_conflict",
                "Ne jamais entrer en conflit",
                "Never enter into conflict",
            ),
        ),
    ),
    EpisodeStage.FORMALIZE: StageGuide(
        EpisodeStage.FORMALIZE,
        (
            "Mettez par écrit ce qui a été convenu : compte rendu de réunion, e-mail de "
            "confirmation, proposition de geste commercial.",
            "Put what was agreed in writing: meeting report, confirmation email, remediation "
            "offer.",
        ),
        (
            _check("formalize.report", "Compte rendu de réunion", "Meeting report"),
            _check("formalize.email", "E-mail de confirmation", "Confirmation email"),
            _check(
                "formalize.offer",
                "Geste commercial (journée offerte, remise, lettre d'excuses)",
                "Remediation offer (free day, discount, apology letter)",
            ),
        ),
    ),
    EpisodeStage.FOLLOW_UP: StageGuide(
        EpisodeStage.FOLLOW_UP,
        (
            "Revenez vers le client pour vérifier que c'est réglé comme il l'attendait.",
            "Come back to the client to check it was resolved as they expected.",
        ),
        (
            _check(
                "follow_up.check",
                "Vérifier avec le client que c'est réglé",
                "Check with the client that it is resolved",
            ),
            _check(
                "follow_up.feedback",
                "Lui demander son avis sur la façon dont c'a été traité",
                "Ask how they felt it was handled",
            ),
        ),
    ),
    EpisodeStage.LEARN: StageGuide(
        EpisodeStage.LEARN,
        (
            "Qu'aurait-on pu faire autrement ? Mettez en place une mesure préventive ; des "
            "épisodes répétés du même genre appellent une décision.",
            "What could have been done differently? Put a preventive measure in place; "
            "repeated episodes of one kind call for a decision.",
        ),
        (
            _check(
                "learn.differently",
                "Noter ce qui aurait pu être fait autrement",
                "Write down what could have been done differently",
            ),
            _check("learn.preventive", "Une mesure préventive", "A preventive measure"),
            _check(
                "learn.repeated",
                "Si cela se répète, prendre une décision",
                "If it keeps happening, make a decision",
            ),
        ),
    ),
    EpisodeStage.CLOSED: StageGuide(
        EpisodeStage.CLOSED,
        (
            "Épisode clos. Il peut être rouvert si le client revient sur le sujet.",
            "Episode closed. It can be reopened if the client raises it again.",
        ),
        (),
    ),
}

ALL_CHECK_KEYS: frozenset[str] = frozenset(
    check.key for guide in GUIDES.values() for check in guide.checks
)


def guide(stage: EpisodeStage | str) -> StageGuide:
    return GUIDES[EpisodeStage(stage)]


def check_of(key: str) -> Check:
    """The check of that key; KeyError when there is none."""
    for item in GUIDES[EpisodeStage(key.split(".", maxsplit=1)[0])].checks:
        if item.key == key:
            return item
    raise KeyError(key)


# --- Warnings ---------------------------------------------------------------------------------


class WarningKind(StrEnum):
    SKIPPED_STAGE = "skipped_stage"
    UNTICKED = "unticked"
    EMAIL_ACKNOWLEDGEMENT = "email_acknowledgement"
    MEDIATOR = "mediator"
    UNCONFIRMED = "unconfirmed"


@dataclass(frozen=True)
class PlaybookWarning:
    """Something a move leaves behind. ``stage`` and ``check`` say which, when it applies."""

    kind: WarningKind
    stage: EpisodeStage | None = None
    check: str | None = None

    def text(self, language: Language | None = None) -> str:
        language = language or current_language()
        french = language is Language.FR
        if self.kind is WarningKind.SKIPPED_STAGE:
            assert self.stage is not None
            name = self.stage.label(language)
            return f"Étape sautée : « {name} »." if french else f"Skipped stage: “{name}”."
        if self.kind is WarningKind.UNTICKED:
            assert self.stage is not None and self.check is not None
            name = self.stage.label(language)
            item = check_of(self.check).text(language)
            return (
                f"{name} : « {item} » n'est pas coché."
                if french
                else f"{name}: “{item}” is not ticked."
            )
        if self.kind is WarningKind.EMAIL_ACKNOWLEDGEMENT:
            return (
                "L'erreur a été reconnue par e-mail : mieux vaut le faire en personne."
                if french
                else "The error was acknowledged by email: better do it in person."
            )
        if self.kind is WarningKind.UNCONFIRMED:
            return (
                "Clôture sans confirmation du client que c'est réglé."
                if french
                else "Closing without the client's confirmation that it is resolved."
            )
        return (
            "Le client est devenu personnel : pensez à un médiateur."
            if french
            else "The client turned personal: consider a mediator."
        )


@dataclass(frozen=True)
class EventFact:
    """What the playbook needs to know of a timeline event."""

    kind: str
    occurred_at: datetime
    stage: str = ""  # the episode's stage when the event was recorded ("" when unknown)
    channel: str = ""  # how it happened, when said (an apology by email, in person…)


def acknowledgement_by_email(events: Iterable[EventFact]) -> bool:
    """Whether the error was acknowledged by email and never in person or by voice.

    Acknowledgement events are apologies, and whatever was recorded during the acknowledge
    stage (a call, a meeting, an email).
    """
    by_email = in_person = False
    for event in events:
        acknowledging = event.kind == EventKind.APOLOGY.value or (
            event.stage == EpisodeStage.ACKNOWLEDGE.value
            and event.kind in (EventKind.CALL, EventKind.MEETING, EventKind.EMAIL)
        )
        if not acknowledging:
            continue
        if event.kind == EventKind.EMAIL.value or event.channel in (
            Channel.EMAIL.value,
            Channel.LETTER.value,
        ):
            by_email = True
        else:
            in_person = True
    return by_email and not in_person


def transition_warnings(
    current: EpisodeStage | str,
    target: EpisodeStage | str,
    ticked: Collection[str],
    events: Iterable[EventFact] = (),
    *,
    mediator_needed: bool = False,
    personal: bool = False,
) -> list[PlaybookWarning]:
    """What moving from ``current`` to ``target`` leaves behind; never blocks.

    Moving forward warns of every stage jumped over, of every check left unticked in the
    current stage and in the stages jumped over, of an acknowledgement made by email when the
    move leaves the acknowledge stage behind, and of a client turning personal (``personal``)
    with no mediator noted when it leaves co-build behind. Going back, or staying, warns of
    nothing.
    """
    current, target = EpisodeStage(current), EpisodeStage(target)
    start, end = STAGES.index(current), STAGES.index(target)
    if end <= start:
        return []
    warnings: list[PlaybookWarning] = []
    left_behind = STAGES[start:end]
    for stage in STAGES[start + 1 : end]:
        warnings.append(PlaybookWarning(WarningKind.SKIPPED_STAGE, stage))
    for stage in left_behind:
        for item in GUIDES[stage].checks:
            if item.key not in ticked:
                warnings.append(PlaybookWarning(WarningKind.UNTICKED, stage, item.key))
    acknowledge_index = STAGES.index(EpisodeStage.ACKNOWLEDGE)
    if start <= acknowledge_index < end and acknowledgement_by_email(events):
        warnings.append(PlaybookWarning(WarningKind.EMAIL_ACKNOWLEDGEMENT))
    co_build_index = STAGES.index(EpisodeStage.CO_BUILD)
    if start <= co_build_index < end and personal and not mediator_needed:
        warnings.append(PlaybookWarning(WarningKind.MEDIATOR))
    return warnings
