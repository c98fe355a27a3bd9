"""The phrasings the sincerity check looks for, by kind and language.

Patterns are compiled case-insensitive; apostrophes are matched in both their straight and
typographic forms (``'`` and ``’``).

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


PATTERNS: dict[RemarkKind, dict[Language, tuple[re.Pattern[str], ...]]] = {
    RemarkKind.STOCK: {
        Language.FR: _compile(r"la gêne occasionnée"),
        Language.EN: _compile(r"(?:apologi[sz]e|sorry) for any inconvenience(?: caused)?"),
    },
    RemarkKind.BLAME: {
        Language.FR: _compile(r"(?:mon|notre) (?:assistante?|stagiaire)"),
        Language.EN: _compile(r"(?:my|our) (?:assistant|intern)"),
    },
    RemarkKind.NOTMINE: {
        Language.FR: _compile(r"ce n'est pas (?:de )?ma faute"),
        Language.EN: _compile(r"if you felt"),
    },
}
