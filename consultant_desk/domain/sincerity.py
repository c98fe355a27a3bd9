"""The sincerity check: what an apology says that the articles warn against.

``check(text, language)`` returns remarks, each naming a span of the text (``start``/``end``
offsets into it, end excluded) and a kind:

- ``stock``: a stock formula ("veuillez nous excuser pour la gêne occasionnée");
- ``blame``: the blame shifted to someone else (an assistant, a colleague, a subcontractor,
  the client's own team);
- ``notmine``: a denial or a conditional apology ("ce n'est pas de ma faute", "if you felt");
- ``long``: a justification that runs long before, or instead of, the apology;
- ``nostep``: nothing said about what will be done, or when (the span is the last sentence).

It advises; the consultant decides. A clean message raises nothing.

Pure: standard library and the rest of the domain only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from consultant_desk.domain.language import Language, current_language
from consultant_desk.domain.sincerity_patterns import (
    APOLOGY_MARKERS,
    PATTERNS,
    STEP_MARKERS,
    RemarkKind,
)

ADVICE: dict[RemarkKind, tuple[str, str]] = {
    RemarkKind.STOCK: (
        "Formule toute faite : elle sonne creux et agace. Dites avec vos mots ce qui s'est "
        "passé pour ce client.",
        "A stock formula: it sounds hollow and irritates. Say in your own words what happened "
        "to this client.",
    ),
    RemarkKind.BLAME: (
        "La faute reportée sur quelqu'un d'autre : le client veut savoir ce qui sera fait, "
        "pas qui a fauté. Assumez-la.",
        "Blame shifted to someone else: the client wants to know what will be done, not who "
        "was at fault. Own it.",
    ),
    RemarkKind.NOTMINE: (
        "Un déni ou des excuses au conditionnel : c'est perçu comme un refus de reconnaître "
        "l'erreur.",
        "A denial or a conditional apology: it reads as a refusal to admit the error.",
    ),
    RemarkKind.LONG: (
        "La justification est longue avant les excuses : soyez bref et direct, reconnaissez "
        "d'abord, expliquez en quelques phrases.",
        "The justification runs long before the apology: be brief and direct, acknowledge "
        "first, explain in a few sentences.",
    ),
    RemarkKind.NOSTEP: (
        "Aucune suite concrète : dites ce qui sera fait, et quand.",
        "No concrete next step: say what will be done, and when.",
    ),
}


@dataclass(frozen=True)
class Remark:
    kind: RemarkKind
    start: int
    end: int

    def advice(self, language: Language | None = None) -> str:
        french, english = ADVICE[self.kind]
        return french if (language or current_language()) is Language.FR else english

    def span(self, text: str) -> str:
        return text[self.start : self.end]


# A justification longer than this, in words, before the apology (or with none) runs long.
LONG_WORDS = 45
# Under this many words a message is still being typed: no remark on what it lacks.
NOSTEP_MIN_WORDS = 4
_SENTENCE = re.compile(r"[^.!?…\n]+[.!?…]*", re.UNICODE)
_WORD = re.compile(r"\w+(?:['’-]\w+)*")


def check(text: str, language: Language | str) -> list[Remark]:
    """The remarks on ``text`` written in ``language``, in the order of the text."""
    language = Language(language)
    found: list[Remark] = []
    for kind in (RemarkKind.STOCK, RemarkKind.BLAME, RemarkKind.NOTMINE):
        for pattern in PATTERNS[kind][language]:
            for match in pattern.finditer(text):
                found.append(Remark(kind, match.start(), match.end()))
    found.extend(_long(text, language))
    found.extend(_no_step(text, language))
    return sorted(_dedupe(found), key=lambda r: (r.start, r.end, r.kind))


def _sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _SENTENCE.finditer(text):
        start, end = match.start(), match.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


def _long(text: str, language: Language) -> list[Remark]:
    """The justification before the first sentence that apologizes, or the whole message when
    none does, when it runs past LONG_WORDS."""
    sentences = _sentences(text)
    apology = APOLOGY_MARKERS[language]
    before: list[tuple[int, int]] = []
    for start, end in sentences:
        if apology.search(text, start, end):
            break
        before.append((start, end))
    if not before:
        return []
    words = sum(len(_WORD.findall(text[start:end])) for start, end in before)
    if words <= LONG_WORDS:
        return []
    return [Remark(RemarkKind.LONG, before[0][0], before[-1][1])]


def _no_step(text: str, language: Language) -> list[Remark]:
    if len(_WORD.findall(text)) < NOSTEP_MIN_WORDS:
        return []
    if any(marker.search(text) for marker in STEP_MARKERS[language]):
        return []
    sentences = _sentences(text)
    start, end = sentences[-1]
    return [Remark(RemarkKind.NOSTEP, start, end)]


def _dedupe(remarks: list[Remark]) -> list[Remark]:
    """One remark per kind for overlapping spans: the longest."""
    kept: list[Remark] = []
    for remark in sorted(remarks, key=lambda r: (r.kind, r.start, -r.end)):
        last = kept[-1] if kept else None
        if last and last.kind == remark.kind and remark.start < last.end:
            continue
        kept.append(remark)
    return kept
