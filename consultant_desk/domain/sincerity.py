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

from dataclasses import dataclass

from consultant_desk.domain.language import Language, current_language
from consultant_desk.domain.sincerity_patterns import PATTERNS, RemarkKind

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


def check(text: str, language: Language | str) -> list[Remark]:
    """The remarks on ``text`` written in ``language``, in the order of the text."""
    language = Language(language)
    found: list[Remark] = []
    for kind in (RemarkKind.STOCK, RemarkKind.BLAME, RemarkKind.NOTMINE):
        for pattern in PATTERNS[kind][language]:
            for match in pattern.finditer(text):
                found.append(Remark(kind, match.start(), match.end()))
    return sorted(_dedupe(found), key=lambda r: (r.start, r.end, r.kind))


def _dedupe(remarks: list[Remark]) -> list[Remark]:
    """One remark per kind for overlapping spans: the longest."""
    kept: list[Remark] = []
    for remark in sorted(remarks, key=lambda r: (r.kind, r.start, -r.end)):
        last = kept[-1] if kept else None
        if last and last.kind == remark.kind and remark.start < last.end:
            continue
        kept.append(remark)
    return kept
