"""Use cases on clients and their contacts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from consultant_desk.domain.errors import ValidationError
from consultant_desk.domain.language import Language
from consultant_desk.domain.validation import (
    clean_choice,
    clean_email,
    clean_long_text,
    clean_text,
)
from consultant_desk.services.common import check_version, copy_fields, get_or_raise
from consultant_desk.store.base import utcnow
from consultant_desk.store.database import Database
from consultant_desk.store.models import Client, Contact, Engagement


@dataclass(frozen=True)
class ClientData:
    name: str
    language: str = "fr"
    registration: str = ""
    address: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""

    def cleaned(self) -> ClientData:
        return ClientData(
            name=clean_text("client.name", self.name, required=True),
            language=clean_choice("client.language", self.language, Language).value,
            registration=clean_text("client.registration", self.registration, max_length=60),
            address=clean_long_text("client.address", self.address),
            email=clean_email("client.email", self.email),
            phone=clean_text("client.phone", self.phone, max_length=40),
            notes=clean_long_text("client.notes", self.notes),
        )


@dataclass(frozen=True)
class ContactData:
    name: str
    role: str = ""
    email: str = ""
    phone: str = ""
    is_primary: bool = False

    def cleaned(self) -> ContactData:
        return ContactData(
            name=clean_text("contact.name", self.name, required=True),
            role=clean_text("contact.role", self.role, max_length=120),
            email=clean_email("contact.email", self.email),
            phone=clean_text("contact.phone", self.phone, max_length=40),
            is_primary=bool(self.is_primary),
        )


@dataclass(frozen=True)
class ClientRow:
    """What the client list shows: one line per client, counted in one query."""

    id: int
    name: str
    language: str
    email: str
    phone: str
    engagements: int
    archived: bool
    version: int


@dataclass(frozen=True)
class ContactDetail:
    id: int
    version: int
    name: str
    role: str
    email: str
    phone: str
    is_primary: bool


@dataclass(frozen=True)
class ClientDetail:
    """One client in full, with its contacts in their order: what a form or a pane shows."""

    id: int
    version: int
    name: str
    language: str
    registration: str
    address: str
    email: str
    phone: str
    notes: str
    archived_at: datetime | None
    contacts: tuple[ContactDetail, ...]


def contact_detail(contact: Contact) -> ContactDetail:
    return ContactDetail(
        id=contact.id,
        version=contact.version,
        name=contact.name,
        role=contact.role,
        email=contact.email,
        phone=contact.phone,
        is_primary=contact.is_primary,
    )


def _detail(client: Client) -> ClientDetail:
    return ClientDetail(
        id=client.id,
        version=client.version,
        name=client.name,
        language=client.language,
        registration=client.registration,
        address=client.address,
        email=client.email,
        phone=client.phone,
        notes=client.notes,
        archived_at=client.archived_at,
        contacts=tuple(contact_detail(contact) for contact in client.contacts),
    )


def create_client(
    db: Database, data: ClientData, contacts: list[ContactData] | None = None
) -> ClientDetail:
    clean = data.cleaned()
    clean_contacts = [contact.cleaned() for contact in contacts or []]
    with db.transaction() as session:
        client = Client()
        copy_fields(client, clean)
        for contact_data in clean_contacts:
            contact = Contact()
            copy_fields(contact, contact_data)
            client.contacts.append(contact)
        session.add(client)
        session.flush()
        session.refresh(client, ["contacts"])
        return _detail(client)


def update_client(
    db: Database,
    client_id: int,
    data: ClientData,
    *,
    expected_version: int | None = None,
    seen: ClientData | None = None,
) -> ClientDetail:
    clean = data.cleaned()
    with db.transaction() as session:
        client = get_or_raise(session, Client, client_id)
        check_version(client, expected_version, seen=seen)
        copy_fields(client, clean)
        session.flush()
        session.refresh(client, ["contacts"])
        return _detail(client)


def set_client_archived(db: Database, client_id: int, archived: bool) -> ClientDetail:
    with db.transaction() as session:
        client = get_or_raise(session, Client, client_id)
        client.archived_at = utcnow() if archived else None
        session.flush()
        return _detail(client)


def get_client(db: Database, client_id: int) -> ClientDetail:
    with db.session() as session:
        client = session.scalars(
            select(Client).where(Client.id == client_id).options(selectinload(Client.contacts))
        ).one_or_none()
        if client is None:
            get_or_raise(session, Client, client_id)
        assert client is not None
        return _detail(client)


def list_clients(db: Database, *, include_archived: bool = False) -> list[ClientRow]:
    counts = (
        select(Engagement.client_id, func.count(Engagement.id).label("n"))
        .group_by(Engagement.client_id)
        .subquery()
    )
    query = (
        select(Client, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.client_id == Client.id)
        .order_by(func.lower(Client.name), Client.id)
    )
    if not include_archived:
        query = query.where(Client.archived_at.is_(None))
    with db.session() as session:
        return [
            ClientRow(
                id=client.id,
                name=client.name,
                language=client.language,
                email=client.email,
                phone=client.phone,
                engagements=int(count),
                archived=client.archived_at is not None,
                version=client.version,
            )
            for client, count in session.execute(query)
        ]


@dataclass(frozen=True)
class ContactEdit:
    """A contact row as the form holds it: a stored contact (id and version read) or a new one."""

    contact_id: int | None
    version: int | None
    data: ContactData


def save_client(
    db: Database,
    client_id: int | None,
    data: ClientData,
    contacts: Sequence[ContactEdit] = (),
    *,
    removed: Sequence[int] = (),
    expected_version: int | None = None,
    seen: ClientData | None = None,
) -> ClientDetail:
    """Create or update a client together with its contacts, in one transaction."""
    clean = data.cleaned()
    clean_rows: list[ContactEdit] = []
    for row, edit in enumerate(contacts):
        try:
            clean_rows.append(ContactEdit(edit.contact_id, edit.version, edit.data.cleaned()))
        except ValidationError as error:
            error.row = row
            raise
    with db.transaction() as session:
        if client_id is None:
            client = Client()
            session.add(client)
        else:
            client = get_or_raise(session, Client, client_id)
            check_version(client, expected_version, seen=seen)
        copy_fields(client, clean)
        stored = {contact.id: contact for contact in client.contacts}
        for contact_id in removed:
            if contact_id in stored:
                client.contacts.remove(stored.pop(contact_id))
        for edit in clean_rows:
            if edit.contact_id is None:
                contact = Contact()
                client.contacts.append(contact)
            else:
                contact = stored.get(edit.contact_id) or get_or_raise(
                    session, Contact, edit.contact_id
                )
                check_version(contact, edit.version)
            copy_fields(contact, edit.data)
        session.flush()
        session.refresh(client, ["contacts"])
        return _detail(client)


def add_contact(db: Database, client_id: int, data: ContactData) -> ContactDetail:
    clean = data.cleaned()
    with db.transaction() as session:
        client = get_or_raise(session, Client, client_id)
        contact = Contact()
        copy_fields(contact, clean)
        client.contacts.append(contact)
        session.flush()
        return contact_detail(contact)


def update_contact(
    db: Database, contact_id: int, data: ContactData, *, expected_version: int | None = None
) -> ContactDetail:
    clean = data.cleaned()
    with db.transaction() as session:
        contact = get_or_raise(session, Contact, contact_id)
        check_version(contact, expected_version)
        copy_fields(contact, clean)
        session.flush()
        return contact_detail(contact)


def remove_contact(db: Database, contact_id: int) -> None:
    with db.transaction() as session:
        session.delete(get_or_raise(session, Contact, contact_id))
