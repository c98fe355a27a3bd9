from __future__ import annotations

import pytest
from sqlalchemy import func, select

from consultant_desk.domain.errors import ConflictError, ValidationError
from consultant_desk.domain.language import Language
from consultant_desk.services.clients import (
    ClientData,
    ContactData,
    ContactEdit,
    create_client,
    get_client,
    list_clients,
    save_client,
    set_client_archived,
    update_client,
)
from consultant_desk.store.database import Database
from consultant_desk.store.models import Client, Contact


def count(db: Database, model: type) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_create_client_with_contacts_round_trips(any_db: Database) -> None:
    client = create_client(
        any_db,
        ClientData(name="  Boulangerie Lefèvre ", language="fr", email="contact@lefevre.fr"),
        [ContactData(name="Hélène Lefèvre", role="Gérante", is_primary=True)],
    )
    loaded = get_client(any_db, client.id)
    assert loaded.name == "Boulangerie Lefèvre"
    assert [c.name for c in loaded.contacts] == ["Hélène Lefèvre"]
    with any_db.session() as session:
        stored = session.get(Client, client.id)
        assert stored is not None
        assert stored.created_at.tzinfo is not None


def test_blank_name_is_refused_and_nothing_is_written(any_db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_client(any_db, ClientData(name="   "))
    assert caught.value.field == "client.name"
    assert "Nom du client" in caught.value.text(Language.FR)
    assert "Client name" in caught.value.text(Language.EN)
    assert count(any_db, Client) == 0


def test_bad_contact_rolls_back_the_whole_client(any_db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_client(
            any_db, ClientData(name="Acme"), [ContactData(name="Bob", email="not-an-email")]
        )
    assert caught.value.field == "contact.email"
    assert count(any_db, Client) == 0
    assert count(any_db, Contact) == 0


def test_update_from_a_stale_copy_names_what_changed(any_db: Database) -> None:
    client = create_client(any_db, ClientData(name="Acme", phone="01"))
    seen = ClientData(name="Acme", phone="01")
    update_client(any_db, client.id, ClientData(name="Acme SA", phone="01"), expected_version=1)
    with pytest.raises(ConflictError) as caught:
        update_client(
            any_db, client.id, ClientData(name="Acme", phone="02"), expected_version=1, seen=seen
        )
    assert "Nom du client" in str(caught.value)
    assert get_client(any_db, client.id).phone == "01"


def test_archived_clients_leave_the_default_list(any_db: Database) -> None:
    keep = create_client(any_db, ClientData(name="Beta"))
    gone = create_client(any_db, ClientData(name="alpha"))
    set_client_archived(any_db, gone.id, True)
    assert [row.name for row in list_clients(any_db)] == ["Beta"]
    assert [row.id for row in list_clients(any_db, include_archived=True)] == [gone.id, keep.id]


def test_save_client_with_contacts_is_one_transaction(any_db: Database) -> None:
    client = save_client(
        any_db,
        None,
        ClientData(name="Cabinet Roux"),
        [
            ContactEdit(None, None, ContactData(name="Anne")),
            ContactEdit(None, None, ContactData(name="Bob")),
        ],
    )
    anne, bob = client.contacts
    with pytest.raises(ValidationError) as caught:
        save_client(
            any_db,
            client.id,
            ClientData(name="Cabinet Roux et associés"),
            [
                ContactEdit(anne.id, anne.version, ContactData(name="Anne", role="DAF")),
                ContactEdit(None, None, ContactData(name="Chloé", email="chloé@")),
            ],
            removed=[bob.id],
            expected_version=client.version,
        )
    assert (caught.value.field, caught.value.row) == ("contact.email", 1)
    unchanged = get_client(any_db, client.id)
    assert unchanged.name == "Cabinet Roux"
    assert [(c.name, c.role) for c in unchanged.contacts] == [("Anne", ""), ("Bob", "")]
    saved = save_client(
        any_db,
        client.id,
        ClientData(name="Cabinet Roux et associés"),
        [
            ContactEdit(anne.id, anne.version, ContactData(name="Anne", role="DAF")),
            ContactEdit(None, None, ContactData(name="Chloé")),
        ],
        removed=[bob.id],
        expected_version=client.version,
    )
    assert [(c.name, c.role) for c in saved.contacts] == [("Anne", "DAF"), ("Chloé", "")]
    with pytest.raises(ConflictError):
        save_client(
            any_db,
            client.id,
            ClientData(name="Cabinet Roux et associés"),
            [ContactEdit(anne.id, anne.version, ContactData(name="Anne B."))],
        )
