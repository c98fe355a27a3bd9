"""Import clients and their contacts from a JSON file, all or nothing.

The file is an object ``{"clients": [{...}, ...]}``; each client has the keys of
``ClientData`` and an optional ``contacts`` list with the keys of ``ContactData``. A file with
a syntax error is refused with its line and column, a bad value with its key path
(``clients[2].contacts[0].email``); nothing is written unless every client is valid.

Importing the same file twice adds nothing: a client whose name matches one already there
(or an earlier one of the file), ignoring case, accents and spacing, is merged into it: its
empty fields are completed, never overwritten, and only the contacts it does not have yet
(same name or same email) are added.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from consultant_desk.domain.errors import DomainError, ValidationError
from consultant_desk.domain.language import Language, current_language
from consultant_desk.domain.messages import MESSAGES
from consultant_desk.services.clients import ClientData, ContactData
from consultant_desk.services.common import copy_fields
from consultant_desk.services.episode_list import fold
from consultant_desk.store.database import Database
from consultant_desk.store.models import Client, Contact

MAX_FILE_BYTES = 20 * 1024 * 1024
CLIENT_KEYS = tuple(f.name for f in fields(ClientData))
CONTACT_KEYS = tuple(f.name for f in fields(ContactData))


class ImportFileError(DomainError):
    """A refused file; the message names the line and column, or the key."""


class ImportValueError(ImportFileError):
    """A value refused by the same rules as the forms, placed by its key path."""

    def __init__(self, source: str, key: str, error: ValidationError) -> None:
        self.source = source
        self.key = key
        self.error = error
        DomainError.__init__(self, "json_value", source=source, key=key)

    def text(self, language: Language | None = None) -> str:
        language = language or current_language()
        return MESSAGES["json_value"][language.value].format(
            source=self.source, key=self.key, message=self.error.text(language)
        )


# The fields a merge may complete when they are empty on the record already there.
CLIENT_COMPLETED = ("registration", "address", "email", "phone", "notes")
CONTACT_COMPLETED = ("role", "email", "phone")


@dataclass(frozen=True)
class MergedClient:
    """A client of the file that was already there, under this name."""

    name: str
    contacts_added: int
    contacts_known: int


@dataclass(frozen=True)
class ImportResult:
    # New clients, and new contacts (of new and of merged clients).
    clients: int
    contacts: int
    merged: tuple[MergedClient, ...] = field(default=())


def name_key(name: str) -> str:
    """How two names are compared: ignoring case, accents and spacing."""
    return " ".join(fold(name).split())


def _complete(record: object, data: object, names: tuple[str, ...]) -> None:
    for name in names:
        if not getattr(record, name) and getattr(data, name):
            setattr(record, name, getattr(data, name))


def _same_contact(contact: Contact, data: ContactData) -> bool:
    if name_key(contact.name) == name_key(data.name):
        return True
    return bool(data.email) and contact.email.casefold() == data.email.casefold()


def _merge_contacts(client: Client, contacts: list[ContactData]) -> tuple[int, int]:
    """Add the contacts ``client`` does not have; (added, already known)."""
    added = known = 0
    for data in contacts:
        match = next((c for c in client.contacts if _same_contact(c, data)), None)
        if match is not None:
            _complete(match, data, CONTACT_COMPLETED)
            known += 1
            continue
        contact = Contact()
        copy_fields(contact, data)
        # One primary contact per client: the one already there keeps the role.
        if contact.is_primary and any(c.is_primary for c in client.contacts):
            contact.is_primary = False
        client.contacts.append(contact)
        added += 1
    return added, known


def _expect(value: Any, kind: type, source: str, key: str, expected: str) -> Any:
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise ImportFileError("json_shape", source=source, key=key, expected=expected)
    return value


def _strings(row: dict[str, Any], keys: tuple[str, ...], source: str, key: str) -> dict[str, Any]:
    unknown = sorted(set(row) - set(keys))
    if unknown:
        raise ImportFileError(
            "json_unknown_key", source=source, key=f"{key}.{unknown[0]}", known=", ".join(keys)
        )
    values: dict[str, Any] = {}
    for name, value in row.items():
        expected_bool = name == "is_primary"
        kind: type = bool if expected_bool else str
        values[name] = _expect(
            value, kind, source, f"{key}.{name}", "true/false" if expected_bool else "text"
        )
    return values


def parse_clients(text: str, source: str) -> list[tuple[ClientData, list[ContactData]]]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportFileError(
            "json_syntax", source=source, line=error.lineno, column=error.colno, reason=error.msg
        ) from None
    document = _expect(document, dict, source, "(document)", '{"clients": [...]}')
    if set(document) != {"clients"}:
        extra = sorted(set(document) - {"clients"})
        if extra:
            raise ImportFileError("json_unknown_key", source=source, key=extra[0], known="clients")
        raise ImportFileError("json_shape", source=source, key="clients", expected="[...]")
    rows = _expect(document["clients"], list, source, "clients", "[...]")
    parsed: list[tuple[ClientData, list[ContactData]]] = []
    for index, row in enumerate(rows):
        key = f"clients[{index}]"
        values = dict(_expect(row, dict, source, key, "{...}"))
        contact_rows = _expect(values.pop("contacts", []), list, source, f"{key}.contacts", "[...]")
        values = _strings(values, CLIENT_KEYS, source, key)
        values.setdefault("name", "")
        try:
            client = ClientData(**values).cleaned()
        except ValidationError as error:
            raise ImportValueError(source, f"{key}.{error.field.split('.')[-1]}", error) from None
        contacts = []
        for number, contact in enumerate(contact_rows):
            contact_key = f"{key}.contacts[{number}]"
            contact_values = _strings(
                _expect(contact, dict, source, contact_key, "{...}"),
                CONTACT_KEYS,
                source,
                contact_key,
            )
            contact_values.setdefault("name", "")
            try:
                contacts.append(ContactData(**contact_values).cleaned())
            except ValidationError as error:
                field = f"{contact_key}.{error.field.split('.')[-1]}"
                raise ImportValueError(source, field, error) from None
        parsed.append((client, contacts))
    return parsed


def import_clients(db: Database, path: Path) -> ImportResult:
    source = path.name
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportFileError(
                "file_unreadable", source=source, reason=f"> {MAX_FILE_BYTES // 1_048_576} MiB"
            )
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ImportFileError(
            "file_unreadable", source=source, reason=type(error).__name__
        ) from None
    parsed = parse_clients(text, source)
    added = 0
    created: set[int] = set()  # id() of the clients this file creates
    merged: dict[int, MergedClient] = {}
    with db.transaction(bulk=True) as session:
        by_key: dict[str, Client] = {}
        for existing in session.scalars(
            select(Client).options(selectinload(Client.contacts)).order_by(Client.id)
        ):
            by_key.setdefault(name_key(existing.name), existing)
        for client_data, contacts in parsed:
            client = by_key.get(name_key(client_data.name))
            if client is None:
                client = Client()
                copy_fields(client, client_data)
                session.add(client)
                by_key[name_key(client_data.name)] = client
                created.add(id(client))
            else:
                _complete(client, client_data, CLIENT_COMPLETED)
            new_contacts, known = _merge_contacts(client, contacts)
            added += new_contacts
            if id(client) not in created:
                before = merged.get(client.id, MergedClient(client.name, 0, 0))
                merged[client.id] = MergedClient(
                    client.name,
                    before.contacts_added + new_contacts,
                    before.contacts_known + known,
                )
    return ImportResult(len(created), added, tuple(merged.values()))
