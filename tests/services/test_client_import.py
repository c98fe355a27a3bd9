from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consultant_desk.cli import main
from consultant_desk.domain.errors import DomainError
from consultant_desk.domain.language import Language
from consultant_desk.services.client_import import ImportFileError, import_clients
from consultant_desk.services.clients import list_clients
from consultant_desk.store.database import Database

GOOD = {
    "clients": [
        {
            "name": "Coopérative Les Vergers",
            "language": "fr",
            "email": "contact@vergers.fr",
            "contacts": [{"name": "Élise Garnier", "role": "Présidente", "is_primary": True}],
        },
        {"name": "Harbour Analytics Ltd", "language": "en"},
    ]
}


def write(tmp_path: Path, content: str) -> Path:
    path = tmp_path / "clients.json"
    path.write_text(content, encoding="utf-8")
    return path


def test_a_good_file_imports_every_client(any_db: Database, tmp_path: Path) -> None:
    result = import_clients(any_db, write(tmp_path, json.dumps(GOOD, ensure_ascii=False)))
    assert (result.clients, result.contacts) == (2, 1)
    assert [row.name for row in list_clients(any_db)] == [
        "Coopérative Les Vergers",
        "Harbour Analytics Ltd",
    ]


@pytest.mark.parametrize(
    ("content", "where"),
    [
        ('{"clients": [\n  {"name": "A",}\n]}', "ligne 2, colonne"),
        ('{"clients": [{"name": "A", "emial": "x"}]}', "clients[0].emial"),
        ('{"clients": [{"name": "A"}, {"name": "B", "email": "b@"}]}', "clients[1].email"),
        ('{"clients": [{"name": "A", "contacts": [{"name": ""}]}]}', "clients[0].contacts[0].name"),
        ('{"clients": [{"name": 12}]}', "clients[0].name"),
        ('{"clients": {"name": "A"}}', "clients"),
        ('["A"]', "(document)"),
        ('{"customers": []}', "customers"),
    ],
)
def test_a_bad_file_names_the_line_or_key_and_writes_nothing(
    any_db: Database, tmp_path: Path, content: str, where: str
) -> None:
    with pytest.raises(ImportFileError) as caught:
        import_clients(any_db, write(tmp_path, content))
    assert where in caught.value.text(Language.FR)
    assert "clients.json" in caught.value.text(Language.EN)
    assert list_clients(any_db, include_archived=True) == []


def test_the_import_command(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = str(db.url)
    good = write(tmp_path, json.dumps(GOOD))
    assert main(["import", str(good), "--database", url]) == 0
    assert "New: 2 clients, 1 contact." in capsys.readouterr().out
    bad = tmp_path / "bad.json"
    bad.write_text('{"clients": [\n{"name": "x"\n', encoding="utf-8")
    assert main(["import", str(bad), "--database", url]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "bad.json" in err and "3" in err


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
client_like = st.dictionaries(
    st.sampled_from(["name", "email", "language", "notes", "contacts", "phone", "x"]),
    json_values,
    max_size=5,
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    document=st.one_of(
        json_values,
        st.fixed_dictionaries({"clients": st.lists(client_like, max_size=4)}),
    ),
    raw=st.text(max_size=60),
)
def test_any_file_is_imported_whole_or_refused_whole(
    db: Database, tmp_path: Path, document: object, raw: str
) -> None:
    for content in (json.dumps(document), raw):
        before = len(list_clients(db, include_archived=True))
        try:
            result = import_clients(db, write(tmp_path, content))
        except DomainError as error:
            assert error.text(Language.EN)
            assert len(list_clients(db, include_archived=True)) == before
        else:
            assert len(list_clients(db, include_archived=True)) == before + result.clients
