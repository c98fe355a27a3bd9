"""The embedded font family: registered once per process, and what it can print.

Every document uses DejaVu Sans, shipped in ``resources/fonts``: its four faces cover French,
the other Latin scripts, Greek and Cyrillic. TrueType fonts are embedded (subset) by ReportLab,
so a PDF prints the same on a machine without the font.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from consultant_desk.documents.resources import resource_path

# The paragraph parser finds the bold/italic faces by the name of the style's regular face,
# so the family is registered under that same name.
FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_FACES: dict[str, str] = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_registered = False


@dataclass(frozen=True)
class FontFamily:
    regular: str = REGULAR
    bold: str = BOLD
    italic: str = ITALIC
    bold_italic: str = BOLD_ITALIC


def register_fonts() -> FontFamily:
    """Register the four faces and the family (so ``<b>`` and ``<i>`` work); idempotent.

    Parsing a TrueType file takes tens of milliseconds per face, and ReportLab keeps the
    registry process-wide, so this happens once; the lock covers a first document rendered
    from a worker thread while another starts.
    """
    global _registered  # noqa: PLW0603 - ReportLab's font registry is itself process-wide
    with _lock:
        if not _registered:
            for name, filename in _FACES.items():
                path = resource_path("fonts", filename)
                if not path.is_file():
                    raise FileNotFoundError(f"Font file missing from the installation: {path}")
                pdfmetrics.registerFont(TTFont(name, str(path)))
            pdfmetrics.registerFontFamily(
                FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
            )
            _registered = True
    return FontFamily()


@cache
def covered_codepoints() -> frozenset[int]:
    """Code points that every face of the family has a glyph for.

    The intersection, not the union: the same user text may be set in bold (a table header)
    or italic, and a character must not print in one and vanish in the other.

    Only the Basic Multilingual Plane: ReportLab writes the text-extraction map (ToUnicode) of
    a character beyond U+FFFF as an invalid 5-digit code, so the few such glyphs DejaVu has
    (mathematical letters, a handful of emoji) would print but not copy, search or read aloud.
    """
    register_fonts()
    faces = [pdfmetrics.getFont(name) for name in _FACES]
    sets = [frozenset(font.face.charToGlyph) for font in faces if isinstance(font, TTFont)]
    return frozenset(c for c in frozenset.intersection(*sets) if c <= 0xFFFF)
