from __future__ import annotations

import string

import pytest

from consultant_desk.domain.cli_messages import CLI_MESSAGES, CLI_PLURALS, plural, say
from consultant_desk.domain.language import Language


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(CLI_MESSAGES))
def test_every_command_line_message_exists_in_both_languages(code: str) -> None:
    texts = CLI_MESSAGES[code]
    assert set(texts) == {"fr", "en"}
    assert texts["fr"].strip() and texts["en"].strip()
    assert placeholders(texts["fr"]) == placeholders(texts["en"])


@pytest.mark.parametrize("code", sorted(CLI_PLURALS))
def test_every_count_has_both_forms_in_both_languages(code: str) -> None:
    forms = CLI_PLURALS[code]
    assert set(forms) == {"fr", "en"}
    for one, many in forms.values():
        assert placeholders(one) == placeholders(many) == {"count"}


@pytest.mark.parametrize(
    ("count", "french", "english"),
    [
        (0, "0 mission", "0 engagements"),
        (1, "1 mission", "1 engagement"),
        (2, "2 missions", "2 engagements"),
    ],
)
def test_plural_rules_of_each_language(count: int, french: str, english: str) -> None:
    assert plural("count_engagements", count, Language.FR) == french
    assert plural("count_engagements", count, Language.EN) == english


def test_french_command_line_messages_use_french_quotes() -> None:
    for texts in CLI_MESSAGES.values():
        assert '"' not in texts["fr"] and "“" not in texts["fr"]
    assert say("not_an_id", Language.FR, value="x") == (
        "« x » n'est pas un numéro (consultant-desk list les donne)."
    )
