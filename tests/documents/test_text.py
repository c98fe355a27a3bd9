from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from consultant_desk.documents.fonts import register_fonts
from consultant_desk.documents.text import (
    PLACEHOLDER,
    clean,
    fit,
    markup,
    one_line,
    paragraphs,
    plain_line,
    typeset,
)
from consultant_desk.domain.language import Language

FR, EN = Language.FR, Language.EN


def test_markup_escapes_what_the_paragraph_parser_would_read() -> None:
    assert markup("a <b>bold</b> & co", EN) == "a &lt;b&gt;bold&lt;/b&gt; &amp; co"
    assert markup("&amp; &#x41;", EN) == "&amp;amp; &amp;#x41;"


def test_newlines_become_line_breaks_whatever_their_kind() -> None:
    assert markup("one\r\ntwo\rthree\u2028four", EN) == "one<br/>two<br/>three<br/>four"


def test_control_characters_are_dropped_and_tabs_become_spaces() -> None:
    assert clean("a\x00b\x07c\x1bd\tz\x7f") == "abcd z"


def test_text_is_nfc_normalized() -> None:
    assert clean("e\u0301te\u0301") == "été"


def test_unprintable_characters_become_a_visible_placeholder() -> None:
    assert clean("中文") == PLACEHOLDER * 2
    assert clean("ok 🦄!") == f"ok {PLACEHOLDER}!"
    # Right-to-left scripts would print reversed without a bidi engine.
    assert clean("שלום") == PLACEHOLDER * 4


def test_invisible_unsupported_characters_vanish_rather_than_show_a_box() -> None:
    assert clean("a\U000e0101b") == "ab"  # a variation selector the font lacks


def test_french_typography_on_user_spaces_only() -> None:
    assert typeset("Bonjour ! Ça va ? Oui ; « cool » : bien", FR) == (
        "Bonjour\u202f! Ça va\u202f? Oui\u202f; «\u202fcool\u202f»\u00a0: bien"
    )
    # Nothing is inserted where the user typed no space, nor in English.
    assert typeset("what? http://x.org", FR) == "what? http://x.org"
    assert typeset("Hello ! ", EN) == "Hello ! "


def test_markup_keeps_french_spaces_unbreakable_for_reportlab() -> None:
    # ReportLab breaks lines at U+202F; U+00A0 is the no-break space it honours.
    assert markup("Merci !", FR) == "Merci\u00a0!"
    assert "\u202f" not in markup("1\u202f234,50\u00a0€", FR)


def test_an_amount_never_breaks_inside_a_narrow_paragraph() -> None:
    fonts = register_fonts()
    style = ParagraphStyle("t", fontName=fonts.regular, fontSize=10)
    para = Paragraph(markup("Total du geste : 1\u202f234,50\u00a0€ offerts", FR), style)
    para.wrap(95, 1000)
    lines = [" ".join(line[1]) for line in para.blPara.lines]
    assert any("1\u00a0234,50\u00a0€" in line for line in lines), lines


def test_paragraphs_split_on_blank_lines_and_indent_list_lines() -> None:
    fonts = register_fonts()
    style = ParagraphStyle("t", fontName=fonts.regular)
    bullet = ParagraphStyle("b", parent=style, leftIndent=12)
    flowables = paragraphs("first\nsecond\n\n\n- item one\n- item two\nafter", style, FR, bullet)
    assert [type(f).__name__ for f in flowables] == ["Paragraph"] * 4
    texts = [f.text for f in flowables if isinstance(f, Paragraph)]
    assert texts == ["first<br/>second", "item one", "item two", "after"]
    assert paragraphs("  \n \n", style, FR) == []


def test_one_line_and_fit() -> None:
    fonts = register_fonts()
    assert one_line("  a\n\nb\tc ") == "a b c"
    long = "Référence " * 40
    shortened = fit(long, fonts.regular, 8, 100)
    assert shortened.endswith("…") and len(shortened) < len(long)
    assert fit("court", fonts.regular, 8, 100) == "court"


def test_plain_line_for_metadata_keeps_scripts_but_not_controls() -> None:
    assert plain_line("株式会社\x00 \n Ltd\ud800") == "株式会社 Ltd\ufffd"
