"""User text on its way into a PDF: cleaned, printable, French-spaced and escaped.

Everything a user typed goes through here before ReportLab sees it:

* NFC normalization, so "é" typed as "e" + combining accent uses the font's precomposed glyph;
* line endings unified, control characters dropped (they are invisible at best, and break the
  paragraph parser at worst), tabs turned into spaces;
* characters no shipped face has a glyph for (CJK, emoji...) become a visible placeholder, so a
  reader sees that something is missing rather than a silently shortened text;
* in French, straight apostrophes and quotation marks become ’ and « » (what a keyboard types
  is rarely what French print uses), and an ordinary space before ``; : ! ?`` or inside « »
  becomes a non-breaking one;
* ``<``, ``>`` and ``&`` escaped, since a ``Paragraph`` reads its text as markup.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from consultant_desk.documents.fonts import covered_codepoints
from consultant_desk.domain.language import Language

PLACEHOLDER = "\u25a1"  # □ - reads as "missing glyph" ("tofu") in any language
NBSP = "\u00a0"
NARROW_NBSP = "\u202f"
ELLIPSIS = "\u2026"

_NEWLINES = re.compile(r"\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028]")
_PARAGRAPH_SEPARATOR = "\u2029"
_BLANK_LINES = re.compile(r"\n[ \t\u00a0\u202f]*\n\s*")
_SPACES_AND_NEWLINES = re.compile(r"[ \n]+")
_BULLET_LINE = re.compile(r"^[ ]*([-\u2013\u2022*])[ ]+(\S.*)$")

# French typography: a fine non-breaking space before ; ! ? and inside guillemets, a full
# non-breaking space before the colon. Only spaces the user typed are changed: English text
# quoted in a French document ("what?") stays as it is.
_FRENCH_SPACING: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"[ \u00a0]+([;!?])"), NARROW_NBSP + r"\1"),
    (re.compile(r"[ \u202f]+:"), NBSP + ":"),
    (re.compile(r"«[ \u00a0]+"), "«" + NARROW_NBSP),
    (re.compile(r"[ \u00a0]+»"), NARROW_NBSP + "»"),
)


class _Printable(dict[int, int | str | None]):
    """``str.translate`` table built lazily: keep, drop or replace each code point once."""

    def __missing__(self, codepoint: int) -> int | str | None:
        char = chr(codepoint)
        category = unicodedata.category(char)
        result: int | str | None
        if char == "\n":
            result = codepoint
        elif char == "\t":
            result = " "
        elif category == "Cc":
            result = None
        elif unicodedata.bidirectional(char) in ("R", "AL"):
            # Hebrew, Arabic...: without a bidi engine they would print in reverse order, which
            # reads as text but says something else; the placeholder at least shows a gap.
            result = PLACEHOLDER
        elif codepoint in covered_codepoints():
            result = codepoint
        elif category in ("Cf", "Mn") and not unicodedata.combining(char):
            # Invisible format characters and variation selectors have nothing to show.
            result = None
        else:
            result = PLACEHOLDER
        self[codepoint] = result
        return result


_printable = _Printable()


def clean(text: str) -> str:
    """Normalize ``text`` and make every character printable with the shipped fonts."""
    text = unicodedata.normalize("NFC", text)
    text = _NEWLINES.sub("\n", text).replace(_PARAGRAPH_SEPARATOR, "\n\n")
    return text.translate(_printable)


def one_line(text: str) -> str:
    """``clean`` text folded onto a single line (page headers, footers, metadata)."""
    return _SPACES_AND_NEWLINES.sub(" ", clean(text)).strip()


# Quotation marks as typed on a keyboard, in pairs on one line: "…" and “…” become « … ».
_DOUBLE_QUOTED = re.compile(
    r'"[ \u00a0\u202f]*([^"\n]*?)[ \u00a0\u202f]*"'
    r"|“[ \u00a0\u202f]*([^”\n]*?)[ \u00a0\u202f]*”"
)


def _guillemets(match: re.Match[str]) -> str:
    inner = match.group(1) if match.group(1) is not None else match.group(2)
    return f"«{NARROW_NBSP}{inner}{NARROW_NBSP}»" if inner else match.group(0)


def french_quotes(text: str) -> str:
    """Straight apostrophes become typographic ones (l'équipe -> l’équipe) and quotation
    marks French guillemets with their narrow no-break spaces ("oui" -> « oui »)."""
    return _DOUBLE_QUOTED.sub(_guillemets, text.replace("'", "’"))


def french_spacing(text: str) -> str:
    for pattern, replacement in _FRENCH_SPACING:
        text = pattern.sub(replacement, text)
    return text


def typeset(text: str, language: Language) -> str:
    """``clean`` text with the typography of ``language``; still plain text, not markup."""
    text = clean(text)
    return french_spacing(french_quotes(text)) if language is Language.FR else text


def markup(text: str, language: Language) -> str:
    """Plain text -> ``Paragraph`` markup that prints literally, newlines kept."""
    text = escape(typeset(text, language).strip())
    # ReportLab's line breaker treats U+202F as an ordinary breaking space (and prints a full
    # word gap), so "1 234,50 €" or "Merci !" could break; U+00A0 is the one it keeps together.
    text = text.replace(NARROW_NBSP, NBSP)
    return text.replace("\n", "<br/>")


def paragraph(text: str, style: ParagraphStyle, language: Language) -> Paragraph:
    """One ``Paragraph`` of user text (a name, a value in a table cell)."""
    return Paragraph(markup(text, language), style)


def paragraphs(
    text: str,
    style: ParagraphStyle,
    language: Language,
    bullet_style: ParagraphStyle | None = None,
) -> list[Flowable]:
    """Free text -> flowables: a blank line starts a new paragraph, a single newline a new line.

    Lines starting with "-", "–", "•" or "*" get a hanging indent (the marker is kept as typed),
    so lists people type in the meeting notes wrap under their own text.
    """
    flowables: list[Flowable] = []
    for block in _BLANK_LINES.split(clean(text).strip()):
        pending: list[str] = []
        for line in block.split("\n"):
            bullet = _BULLET_LINE.match(line)
            if bullet is None or bullet_style is None:
                pending.append(line)
                continue
            if pending:
                flowables.append(Paragraph(markup("\n".join(pending), language), style))
                pending = []
            flowables.append(
                Paragraph(
                    markup(bullet.group(2), language),
                    bullet_style,
                    bulletText=escape(bullet.group(1)),
                )
            )
        if pending and "".join(pending).strip():
            flowables.append(Paragraph(markup("\n".join(pending), language), style))
    return flowables


def fit(text: str, font_name: str, font_size: float, max_width: float) -> str:
    """Shorten one line of text with an ellipsis so it fits ``max_width`` points."""
    if stringWidth(text, font_name, font_size) <= max_width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        candidate = text[:middle].rstrip() + ELLIPSIS
        if stringWidth(candidate, font_name, font_size) <= max_width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


def plain_line(text: str) -> str:
    """One line of text for the PDF's metadata: no glyph check (viewers use their own fonts),
    but no control characters, and no lone surrogate (it cannot be encoded)."""
    text = unicodedata.normalize("NFC", text)
    chars = []
    for char in text:
        category = unicodedata.category(char)
        if category == "Cs":
            chars.append("\ufffd")
        elif category == "Cc" or char in "\u2028\u2029":
            chars.append(" ")
        else:
            chars.append(char)
    return " ".join("".join(chars).split())
