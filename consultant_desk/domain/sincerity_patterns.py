"""The phrasings the sincerity check looks for, by kind and language.

Patterns are compiled case-insensitive; a straight apostrophe in a pattern matches both the
straight and the typographic one (``'`` and ``’``). They were written from the articles and a
table of labelled messages (tests/domain/sincerity_cases.py); part of that table was held out
while writing them, and the README reports how they do on it.

Pure: standard library and the rest of the domain only.
"""

from __future__ import annotations

import re
from enum import StrEnum

from consultant_desk.domain.language import Language


class RemarkKind(StrEnum):
    STOCK = "stock"
    BLAME = "blame"
    NOTMINE = "notmine"
    LONG = "long"
    NOSTEP = "nostep"


def _compile(*sources: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(source.replace("'", "['’]"), re.IGNORECASE) for source in sources)


# --- Who else gets the blame -------------------------------------------------------------------

_PARTY_FR = (
    r"(?:mon|ma|mes|notre|nos|votre|vos|le|la|les|l'|du|des)\s?"
    r"(?:assistante?|stagiaire|collègue|secrétaire|équipe(?:\s(?:de|du|des)\s[\w-]+)?"
    r"|service(?:\s[\w-]+)?|associée?|sous-traitant|prestataire(?:\s[\w-]+)?|fournisseur"
    r"|graphiste|développeur|livreur|employée?|adjointe?|comptable|partenaire|consultante?"
    r"|juriste|imprimeur|transporteur)s?\b"
)
_FAULT_FR = (
    r"(?:n'a pas|n'avait pas|n'ont pas|n'avaient pas|ne nous a pas|ne m'a pas|ne m'avait pas"
    r"|a oublié|avait oublié|ont oublié|s'est trompée?|se sont trompée?s|a pris du retard"
    r"|ont pris du retard|a noté|a mal|ont mal|a égaré|a perdu|a changé d'interlocuteur"
    r"|a fait une erreur|a commis une erreur|est en retard|était en retard)"
)
_PARTY_EN = (
    r"(?:my|our|your|the|an?)\s(?:[\w-]+\s)?"
    r"(?:assistant|intern|colleague|secretary|team|department|associate|subcontractor"
    r"|vendor|supplier|designer|developer|contractor|partner|courier|printer|staff|clerk"
    r"|accountant|lawyer)s?\b"
)
_FAULT_EN = (
    r"(?:didn't|did not|hadn't|had not|haven't|has not|hasn't|forgot|forgotten|made an? "
    r"(?:mistake|error)|sent (?:you )?the wrong|wrote down the wrong|got (?:it|the [\w-]+) "
    r"wrong|fell behind|messed up|failed to|dropped the ball|lost|mixed up|was late|were late)"
)

# --- When a next step is said ------------------------------------------------------------------

_MONTHS_FR = (
    r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
)
_DAYS_FR = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_MONTHS_EN = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)"
)
_DAYS_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

STEP_MARKERS: dict[Language, tuple[re.Pattern[str], ...]] = {
    Language.FR: _compile(
        rf"\b{_DAYS_FR}\b",
        r"\b(?:demain|aujourd'hui|ce soir|ce matin|cet après-midi|cette semaine|tout de suite"
        r"|immédiatement|dès maintenant|dès réception)\b",
        r"\bla semaine (?:prochaine|suivante)\b",
        r"\bd'ici\b",
        r"\bavant (?:\d|midi|ce soir|demain|la fin|le \d)",
        r"\b\d{1,2}\s?h(?:\s?\d{2})?\b",
        r"\ble \d{1,2}(?:er)?\b",
        rf"\b(?:en|d'ici|début|fin|mi-|courant)\s?{_MONTHS_FR}\b",
        r"\bfin (?:de la semaine|du mois)\b",
        r"\bsous \d+ jours\b",
        r"\bà partir de\b",
        r"\bvous recevrez\b",
        r"\bje vous (?:envoie|renvoie|rappelle|appelle|livre|remets|propose|soumets|confirme)\b",
    ),
    Language.EN: _compile(
        rf"\b{_DAYS_EN}\b",
        r"\b(?:tomorrow|today|tonight|now|right away|immediately|first thing|as soon as)\b",
        r"\bthis (?:morning|afternoon|evening|week)\b",
        r"\b(?:next|the following) week\b",
        r"\bby (?:the end|noon|\d)",
        r"\bbefore (?:\d|noon|tonight|tomorrow|the end)",
        r"\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\b",
        r"\bat \d{1,2}(?::\d{2})?\b",
        r"\bnoon\b",
        r"\bon the \d{1,2}(?:st|nd|rd|th)\b",
        rf"\b{_MONTHS_EN} \d{{1,2}}\b",
        rf"\b(?:in|by|early|late|mid-?)\s?{_MONTHS_EN}\b",
        r"\bend of the (?:week|month)\b",
        r"\bwithin \d+ days\b",
        r"\byou(?:'ll| will) (?:receive|get|have)\b",
        r"\bI(?:'ll| will) (?:send|call|deliver|hand|confirm|redo|rework)\b",
    ),
}

# Where an apology starts, for the "long justification" rule.
APOLOGY_MARKERS: dict[Language, re.Pattern[str]] = {
    Language.FR: re.compile(
        r"\b(?:excus\w*|désolée?s?|navrée?s?|pardon|regrett\w*|je regrette|mon erreur"
        r"|ma faute|de mon fait)\b",
        re.IGNORECASE,
    ),
    Language.EN: re.compile(
        r"\b(?:sorry|apolog\w*|regret\w*|my (?:mistake|fault|doing)|on me|down to me)\b",
        re.IGNORECASE,
    ),
}

PATTERNS: dict[RemarkKind, dict[Language, tuple[re.Pattern[str], ...]]] = {
    RemarkKind.STOCK: {
        Language.FR: _compile(
            r"(?:(?:veuillez|nous vous prions de)\s(?:bien vouloir\s)?(?:nous\s)?excuser\s)?"
            r"(?:pour\s)?la gêne occasionnée",
            r"(?:nous vous prions d'|veuillez\s)accepter nos (?:plus sincères |sincères )?"
            r"excuses",
            r"nos plus sincères excuses",
            r"(?:toutes nos excuses|avec nos excuses|nous nous excusons) pour (?:ce|le|tout)"
            r"\s[\w-]+(?:\s(?:subi|occasionné))?",
            r"(?:pour|de) (?:ce|le|tout) désagrément(?: subi| occasionné)?",
            r"en cas de désagrément",
            r"tout inconvénient",
            r"votre satisfaction est notre (?:priorité|préoccupation)(?: absolue| première)?",
            r"(?:nous )?mettons tout en œuvre",
            r"(?:nous vous remercions|je vous remercie|merci) (?:pour|de) votre (?:patience"
            r"(?: et (?:de |pour )?votre compréhension)?|compréhension)",
            r"nous restons à votre (?:entière )?disposition",
        ),
        Language.EN: _compile(
            r"(?:(?:we|I) )?(?:apologi[sz]e|(?:are |am )?sorry|regret)\s(?:for\s)?(?:any|the)"
            r" inconvenience(?: (?:this|that) may have caused| caused)?",
            r"(?:for|about) any inconvenience(?: caused)?",
            r"please accept (?:our|my) (?:sincere(?:st)? )?apologies",
            r"your satisfaction is our (?:top |first |highest )?priority",
            r"thank you for your (?:patience(?: and understanding)?|understanding)",
            r"we value your (?:business|custom)",
            r"(?:apologi[sz]e|sorry) for the trouble",
            r"doing everything (?:we|I) can",
            r"we remain at your disposal",
        ),
    },
    RemarkKind.BLAME: {
        Language.FR: _compile(
            rf"{_PARTY_FR}[^.;:!?]{{0,40}}?{_FAULT_FR}",
            rf"c'est {_PARTY_FR} qui",
            rf"(?:vient|venait|provient) (?:de|d')\s?{_PARTY_FR}",
            rf"dépendait (?:de|d')\s?{_PARTY_FR}",
        ),
        Language.EN: _compile(
            rf"{_PARTY_EN}[^.;:!?]{{0,40}}?{_FAULT_EN}",
            rf"it was {_PARTY_EN} who",
            rf"comes? from {_PARTY_EN}",
            rf"depended on {_PARTY_EN}",
        ),
    },
    RemarkKind.NOTMINE: {
        Language.FR: _compile(
            r"ce n'(?:est|était) pas (?:de )?(?:ma|notre) faute",
            r"ce n'(?:est|était) pas (?:moi|nous) qui",
            r"(?:je ne suis|nous ne sommes) pas responsables?",
            r"(?:je n'y peux|nous n'y pouvons|je n'y pouvais|nous n'y pouvions) rien",
            r"(?:je n'y suis|nous n'y sommes) pour rien",
            r"indépendante? de (?:notre|ma) volonté",
            r"(?:désolée?s?|navrée?s?|regrett\w+) (?:que vous (?:ayez|l'ayez|soyez)"
            r"(?: \w+){0,2}|si vous|si cela|si ça|s'il)",
            r"que vous ayez (?:eu ce sentiment|perçu|ressenti)",
            r"si vous (?:estimez|avez été|vous êtes senti|pensez avoir)",
            r"en cas de désagrément",
            r"ce n'était pas (?:mon|notre) intention",
        ),
        Language.EN: _compile(
            r"(?:it|that) (?:wasn't|was not|isn't|is not) (?:my|our) fault",
            r"(?:I am|I'm|we are|we're) not (?:responsible|to blame)",
            r"nothing (?:we|I) could (?:do|have done)",
            r"(?:out of|beyond) (?:my|our) (?:hands|control)",
            r"sorry (?:if|that) (?:you|anyone|my|our|it)",
            r"sorry you feel",
            r"if (?:you|anyone) (?:felt|feel|was|were)\b(?: \w+)?",
            r"if (?:my|our) [\w-]+ came across",
            r"(?:we|I) (?:didn't|did not) (?:set|decide|choose) (?:this|that|the)",
            r"mistakes were made",
            r"regret that you (?:were|felt|feel)",
            r"(?:wasn't|was not) (?:my|our) intention",
        ),
    },
}
