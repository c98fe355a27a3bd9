"""Text folded for searching and sorting: "Élodie" finds "elodie", "Œuvre" finds "oeuvre"."""

from __future__ import annotations

import unicodedata

# The blocks of combining marks that accented Latin, Greek and Cyrillic letters decompose
# into; ``str.translate`` drops them in C, ten times faster than testing each character.
_COMBINING_BLOCKS = ((0x0300, 0x0370), (0x1AB0, 0x1B00), (0x1DC0, 0x1E00), (0x20D0, 0x2100))
_FOLD_TABLE: dict[int, str | None] = {
    code: None
    for start, end in _COMBINING_BLOCKS
    for code in range(start, end)
    if unicodedata.combining(chr(code))
}
# Ligatures that NFKD leaves whole but a French typist writes as two letters.
_FOLD_TABLE.update({ord("œ"): "oe", ord("æ"): "ae", ord("ø"): "o", ord("ł"): "l", ord("đ"): "d"})


def fold(text: str) -> str:
    """Lower-case, accent-free, ligature-free: the form both the query and the data take."""
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFKD", text.casefold()).translate(_FOLD_TABLE)


def search_words(query: str) -> list[str]:
    """The folded words of a query; a row matches when it contains every one of them."""
    return fold(query).split()
