"""What every service shares: loading by id, and refusing to overwrite someone else's save."""

from __future__ import annotations

from dataclasses import fields
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


def copy_fields(target: object, data: Any) -> None:
    """Set each field of the dataclass ``data`` on the record ``target`` of the same names."""
    for field in fields(data):
        setattr(target, field.name, getattr(data, field.name))


def check_version(obj: Any, expected_version: int | None, *, seen: Any = None) -> None:
    """Refuse a save made from a stale copy.

    ``seen`` is the input dataclass as the user started from it; the fields whose stored value
    differs from it are named in the message, so the user knows what the other person changed.
    """
    if expected_version is None or obj.version == expected_version:
        return
    started_from = {} if seen is None else {f.name: getattr(seen, f.name) for f in fields(seen)}
    changed = tuple(
        name for name, value in started_from.items() if getattr(obj, name, value) != value
    )
    raise ConflictError(type(obj).__name__, obj.id, changed, (expected_version, obj.version))
