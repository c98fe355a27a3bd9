"""What every service shares: loading by id, and refusing to overwrite someone else's save."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from consultant_desk.domain.errors import ConflictError, NotFoundError
from consultant_desk.domain.language import Language, current_language
from consultant_desk.store.base import Base

T = TypeVar("T", bound=Base)

ENTITY_NAMES: dict[str, tuple[str, str]] = {
    "Client": ("Le client", "Client"),
    "Contact": ("Le contact", "Contact"),
    "Engagement": ("La mission", "Engagement"),
    "ScopingVersion": ("Le cadrage", "Scoping"),
    "Episode": ("L'épisode", "Episode"),
    "Meeting": ("La réunion", "Meeting"),
    "RemediationOffer": ("La proposition", "Offer"),
    "ConsultantProfile": ("Le profil", "Profile"),
}


def entity_name(model: type[Base], language: Language | None = None) -> str:
    french, english = ENTITY_NAMES.get(model.__name__, (model.__name__, model.__name__))
    return french if (language or current_language()) is Language.FR else english


def get_or_raise(session: Session, model: type[T], ident: int) -> T:
    obj = session.get(model, ident)
    if obj is None:
        raise NotFoundError(entity_name(model), ident)
    return obj


def check_version(
    obj: Any,
    expected_version: int | None,
    *,
    seen: Mapping[str, object] | None = None,
) -> None:
    """Refuse a save made from a stale copy.

    ``seen`` holds the values the user started from; the fields whose stored value differs
    from them are named in the message, so the user knows what the other person changed.
    """
    if expected_version is None or obj.version == expected_version:
        return
    changed = [name for name, value in (seen or {}).items() if getattr(obj, name, value) != value]
    description = ", ".join(changed) if changed else f"version {expected_version} → {obj.version}"
    raise ConflictError(entity_name(type(obj)), obj.id, description)
