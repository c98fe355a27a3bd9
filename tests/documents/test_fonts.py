from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from consultant_desk.documents import fonts


def test_registration_is_idempotent_and_maps_the_family() -> None:
    first = fonts.register_fonts()
    second = fonts.register_fonts()
    assert first == second
    for name in (first.regular, first.bold, first.italic, first.bold_italic):
        assert isinstance(pdmetrics_font(name), TTFont)
    from reportlab.lib.fonts import tt2ps

    assert tt2ps(fonts.FAMILY, 1, 0) == first.bold
    assert tt2ps(fonts.FAMILY, 0, 1) == first.italic
    assert tt2ps(fonts.FAMILY, 1, 1) == first.bold_italic


def pdmetrics_font(name: str) -> object:
    return pdfmetrics.getFont(name)


def test_coverage_includes_french_greek_cyrillic_but_not_cjk_or_every_emoji() -> None:
    covered = fonts.covered_codepoints()
    for char in "éèçàùâêîôûëïüÿœŒÉÈÇ«»€’–—…\u00a0\u202f" + "ΑΩαωάΓιώργος" + "АЯаяЖжАнна":
        assert ord(char) in covered, char
    for char in "中文字한🦄":
        assert ord(char) not in covered, char
