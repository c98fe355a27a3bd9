"""What every service shares: loading by id, and refusing to overwrite someone else's save."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from consultant_desk.domain.errors import ConflictError, NotFoundError
from consultant_desk.store.base import Base

T = TypeVar("T", bound=Base)


def get_or_raise(session: Session, model: type[T], ident: int) -> T:
    obj = session.get(model, ident)
    if obj is None:
        raise NotFoundError(model.__name__, ident)
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
    changed = tuple(
        name for name, value in (seen or {}).items() if getattr(obj, name, value) != value
    )
    raise ConflictError(type(obj).__name__, obj.id, changed, (expected_version, obj.version))
