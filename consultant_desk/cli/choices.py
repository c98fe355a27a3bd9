"""Option values from a closed list, refused in the user's language."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from enum import StrEnum

from consultant_desk.domain.cli_messages import say


def choice_of(values: tuple[StrEnum, ...] | type[StrEnum]) -> Callable[[str], str]:
    """An argparse type that refuses a value not in ``values``, naming the allowed ones in the
    user's language (argparse puts the option's name in front)."""
    allowed = [member.value for member in values]

    def parse(text: str) -> str:
        if text not in allowed:
            raise argparse.ArgumentTypeError(
                say("bad_choice", value=text, choices=", ".join(allowed))
            )
        return text

    return parse
