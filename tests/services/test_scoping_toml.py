from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from consultant_desk.documents.resources import resource_path
from consultant_desk.domain.enums import PricingMode, ScopeSide
from consultant_desk.domain.language import Language
from consultant_desk.domain.scoping import errors, review_flags, validate
from consultant_desk.services.clients import ClientData, list_clients
from consultant_desk.services.engagements import list_engagements
from consultant_desk.services.scoping import load_terms
from consultant_desk.services.scoping_toml import (
    LISTS,
    SCALARS,
    ScopeFileError,
    import_scope,
    key_for,
    key_lines,
    line_of,
    parse_scope_text,
    read_scope_file,
)
from consultant_desk.store.database import Database

EXAMPLES = resource_path("examples")
EXAMPLE_FILES = ["scope_example.toml", "scope_example_en.toml"]


def example(name: str = "scope_example.toml") -> str:
    return (EXAMPLES / name).read_text(encoding="utf-8")


def edited(old: str, new: str, text: str | None = None) -> str:
    text = example() if text is None else text
    assert text.count(old) == 1, old
    return text.replace(old, new)


def line_number(text: str, fragment: str) -> int:
    lines = [n for n, line in enumerate(text.splitlines(), 1) if fragment in line]
    assert len(lines) == 1, fragment
    return lines[0]


def refusal(text: str, language: Language = Language.EN) -> list[str]:
    with pytest.raises(ScopeFileError) as caught:
        parse_scope_text(text, source="scope.toml")
    return caught.value.lines(language)


# --- The examples ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", EXAMPLE_FILES)
def test_the_examples_import_cleanly_with_nothing_flagged(name: str) -> None:
    scope = read_scope_file(EXAMPLES / name)
    assert errors(validate(scope.terms)) == []
    assert validate(scope.terms) == []
    assert review_flags(scope.terms) == []
    assert scope.mission is not None
    assert isinstance(scope.client, ClientData)


def test_the_french_example_reads_every_section() -> None:
    terms = read_scope_file(EXAMPLES / "scope_example.toml").terms
    assert terms.daily_rate == Decimal("850")
    assert [m.name for m in terms.milestones] == [
        "Diagnostic",
        "Nouveau parcours candidat",
        "Formation des managers",
    ]
    assert [i.milestone_position for i in terms.instalments] == [None, 0, 2]
    assert [r.days for r in terms.resource_lines] == [Decimal(18), Decimal(4)]
    assert [s.side for s in terms.scope_items] == [ScopeSide.IN] * 3 + [ScopeSide.OUT] * 3
    assert terms.work_days == ("mon", "tue", "wed", "thu")
    assert terms.response_days == 3


def test_the_english_example_is_a_fixed_fee_in_pounds() -> None:
    terms = read_scope_file(EXAMPLES / "scope_example_en.toml").terms
    assert (terms.pricing_mode, terms.fixed_fee, terms.currency) == (
        PricingMode.FIXED_FEE,
        Decimal("11200"),
        "GBP",
    )


def documented_keys() -> set[str]:
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    return set(re.findall(r"`([a-z_]+(?:\.[a-z_]+|\[\])*)`", readme))


def all_keys() -> set[str]:
    keys = {f"{section}.{key}" for section, table in SCALARS.items() for key in table}
    for section, lists in LISTS.items():
        for key, (_target, items) in lists.items():
            keys |= {f"{section}.{key}[].{item}" for item in items}
    return keys


def test_the_readme_documents_every_key() -> None:
    assert all_keys() <= documented_keys()


def test_every_key_appears_in_an_example() -> None:
    text = "\n".join(example(name) for name in EXAMPLE_FILES)
    found = set(key_lines(text.replace("# ", "")))
    bare = {re.sub(r"\[\d+\]", "[]", key) for key in found}
    assert all_keys() <= bare


# --- Malformed files: the line ----------------------------------------------------------------


def test_malformed_toml_gives_its_line() -> None:
    text = edited("days = 22", "days = 22 jours")
    (line,) = refusal(text)
    assert line.startswith(f"scope.toml, line {line_number(text, 'days = 22 jours')}: ")
    assert "invalid TOML syntax" in line
    (french,) = refusal(text, Language.FR)
    assert ", ligne " in french
    assert "syntaxe TOML invalide" in french


def test_an_unterminated_string_gives_a_line() -> None:
    (line,) = refusal('[mission]\ntitle = "Audit\n')
    assert re.match(r"scope\.toml, line \d+: invalid TOML syntax", line)


def test_a_duplicate_key_is_a_syntax_error() -> None:
    text = edited("days = 22", "days = 22\ndays = 23")
    (line,) = refusal(text)
    assert "line " in line


# --- Unknown keys and wrong types: the key --------------------------------------------------


def test_an_unknown_key_is_named_with_a_suggestion() -> None:
    text = edited("success_criteria = ", "success_criterias = ")
    (line,) = refusal(text)
    number = line_number(text, "success_criterias = ")
    assert line == (
        f"scope.toml, line {number}: stakes.success_criterias: unknown key "
        "(did you mean “success_criteria”?)."
    )


def test_an_unknown_section_and_an_unknown_item_key() -> None:
    text = edited("[stakes]", "[stake]")
    text = edited('label = "Solde à la fin des formations"', 'libelle = "Solde"', text)
    lines = refusal(text)
    assert len(lines) == 2
    assert "stake: unknown key (did you mean “stakes”?)" in lines[0]
    assert "financial.instalments[3].libelle: unknown key" in lines[1]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("daily_rate = 850", 'daily_rate = "850 euros"', "financial.daily_rate: “850 euros”"),
        ("daily_rate = 850", "daily_rate = true", "financial.daily_rate: expected a number."),
        ("response_days = 3", "response_days = 2.5", "client_obligations.response_days: expected"),
        ("start_date = 2026-03-02", 'start_date = "2026-13-02"', "deadlines.start_date: “2026"),
        (
            "start_date = 2026-03-02",
            "start_date = 2026-03-02T09:00:00",
            "deadlines.start_date: expected a date",
        ),
        ('start = "09:00"', 'start = "9h"', "working_hours.start: “9h” is not a time of day"),
        ('days = ["mon"', 'days = "mon" #["mon"', "working_hours.days: expected a list"),
        ("signed = false", 'signed = "no"', "signature.signed: expected true or false."),
        (
            'milestone = "Diagnostic"',
            'milestone = "Diagnostique"',
            "financial.instalments[2].milestone: no milestone is called “Diagnostique”.",
        ),
        (
            "milestone = 3",
            "milestone = 4",
            "financial.instalments[3].milestone: there is no milestone #4 (the engagement has 3).",
        ),
    ],
)
def test_a_wrong_value_names_its_key(old: str, new: str, expected: str) -> None:
    text = edited(old, new)
    lines = refusal(text)
    assert any(expected in line for line in lines), lines
    assert all(line.startswith("scope.toml") for line in lines)


def test_a_section_given_as_a_value() -> None:
    lines = refusal("mission = 3\n" + edited("[mission]", "[mission_]"))
    assert lines[0] == "scope.toml, line 1: mission: expected a [mission] section."


# --- Same rules as the wizard, naming the key -------------------------------------------------


def test_a_negative_rate() -> None:
    text = edited("daily_rate = 850", "daily_rate = -850")
    (line,) = refusal(text)
    number = line_number(text, "daily_rate = -850")
    assert line == f"scope.toml, line {number}: financial.daily_rate: cannot be negative."
    (french,) = refusal(text, Language.FR)
    assert french == (
        f"scope.toml, ligne {number} : financial.daily_rate : ne peut pas être négatif."
    )


def test_a_milestone_outside_the_mission_dates() -> None:
    text = edited("due_date = 2026-05-15", "due_date = 2026-07-15")
    (line,) = refusal(text)
    number = line_number(text, "due_date = 2026-07-15")
    assert line == (
        f"scope.toml, line {number}: deadlines.milestones[2].due_date: 2026-07-15 falls after "
        "the end of the engagement (2026-06-26)."
    )


def test_instalments_that_do_not_add_up() -> None:
    text = edited("amount = 7480", "amount = 7000")
    (line,) = refusal(text)
    tables = [n for n, row in enumerate(text.splitlines(), 1) if "[[financial.instalments]]" in row]
    assert line == (
        f"scope.toml, line {tables[0]}: financial.instalments: the instalments add up to "
        "18,220.00 EUR instead of 18,700.00 EUR (price excl. VAT)."
    )


def test_shares_that_do_not_add_up() -> None:
    text = edited("share_percent = 40", "share_percent = 30", example("scope_example_en.toml"))
    (line,) = refusal(text)
    assert "financial.instalments: the shares add up to 90% instead of 100%." in line


def test_an_end_before_the_start_and_a_missing_title() -> None:
    text = edited("end_date = 2026-06-26", "end_date = 2026-02-26")
    text = edited('title = "Refonte du processus de recrutement"\n', "", text)
    lines = refusal(text)
    assert any("mission.title: this field is required." in line for line in lines)
    assert any("deadlines.end_date: the end (2026-02-26)" in line for line in lines)


def test_scope_items_are_named_by_their_list() -> None:
    text = edited(
        '    "Rédaction des fiches de poste",', '    "Rédaction des fiches de poste",\n    "",'
    )
    (line,) = refusal(text)
    assert "scope.out[4]: this field is required." in line


def test_a_missing_required_key_points_at_its_section() -> None:
    text = edited("objectives = ", "# objectives = ")
    text = text.replace("- Ramener le délai moyen de recrutement de 62 à 40 jours.\n", "")
    text = re.sub(r'# objectives = """\n.*?"""\n', "", text, flags=re.S)
    (line,) = refusal(text)
    assert line == (
        f"scope.toml, line {line_number(text, '[stakes]')}: stakes.objectives: this field is "
        "required."
    )


def test_without_client_nor_mission_when_creating() -> None:
    lines = refusal("[stakes]\nobjectives = 'x'\n")
    assert any("client.name: this field is required." in line for line in lines)
    assert any("mission.title: this field is required." in line for line in lines)


def test_milestones_by_name_must_be_unambiguous() -> None:
    text = edited('name = "Formation des managers"', 'name = "Diagnostic"')
    text = edited("due_date = 2026-06-19", "due_date = 2026-03-30", text)
    lines = refusal(text)
    assert any("several milestones are called “Diagnostic”" in line for line in lines)


def test_french_day_names_are_understood() -> None:
    text = edited('days = ["mon", "tue", "wed", "thu"]', 'days = ["Lundi", "mar", "mercredi"]')
    assert parse_scope_text(text).terms.work_days == ("mon", "tue", "wed")


def test_decimal_strings_as_typed_in_french() -> None:
    text = edited("daily_rate = 850", 'daily_rate = "850,00"')
    assert parse_scope_text(text).terms.daily_rate == Decimal("850.00")


# --- Files ------------------------------------------------------------------------------------


def test_a_byte_order_mark_is_fine_and_other_encodings_are_named(tmp_path: Path) -> None:
    bom = tmp_path / "bom.toml"
    bom.write_bytes(b"\xef\xbb\xbf" + example().encode("utf-8"))
    assert read_scope_file(bom).terms.daily_rate == Decimal("850")
    latin = tmp_path / "latin.toml"
    latin.write_bytes(example().encode("utf-8").replace(b"\xc3\xa9", b"\xe9"))
    with pytest.raises(ScopeFileError) as caught:
        read_scope_file(latin)
    assert caught.value.lines(Language.EN) == ["latin.toml: the file is not encoded in UTF-8."]


def test_a_missing_file_is_one_clear_line(tmp_path: Path) -> None:
    with pytest.raises(ScopeFileError) as caught:
        read_scope_file(tmp_path / "absent.toml")
    (line,) = caught.value.lines(Language.EN)
    assert line.startswith("absent.toml: cannot be read (")


# --- Lines and keys ---------------------------------------------------------------------------


def test_key_lines_skip_multi_line_strings_and_count_array_tables() -> None:
    text = (
        "[stakes]\n"  # 1
        'objectives = """\n'  # 2
        "fake = 1\n"  # 3
        '"""\n'  # 4
        "[[deadlines.milestones]]\n"  # 5
        'name = "a"\n'  # 6
        "[[deadlines.milestones]]\n"  # 7
        "'due_date' = 2026-01-01\n"  # 8
    )
    lines = key_lines(text)
    assert lines["stakes.objectives"] == 2
    assert "stakes.fake" not in lines
    assert lines["deadlines.milestones[1].name"] == 6
    assert lines["deadlines.milestones[2].due_date"] == 8
    assert line_of("deadlines.milestones[2].deliverable", lines) == 7
    assert line_of("remedies.court", lines) is None


@pytest.mark.parametrize(
    ("field", "key"),
    [
        ("scoping.daily_rate", "financial.daily_rate"),
        ("scoping.client_contact_name", "client_obligations.contact_name"),
        ("scoping.hours_end", "working_hours.end"),
        ("scoping.change_request_procedure", "scope.change_request"),
        ("scoping.sign_place", "signature.place"),
        ("scoping.milestones[1].due_date", "deadlines.milestones[2].due_date"),
        ("scoping.resource_lines[0].role", "resources.people[1].role"),
        ("scoping.instalments[2].milestone_position", "financial.instalments[3].milestone"),
        ("scoping.instalments", "financial.instalments"),
        ("engagement.reference", "mission.reference"),
        ("client.email", "client.email"),
    ],
)
def test_fields_map_to_keys(field: str, key: str) -> None:
    assert key_for(field) == key


# --- Import -----------------------------------------------------------------------------------


def test_import_creates_the_engagement(db: Database) -> None:
    scope = read_scope_file(EXAMPLES / "scope_example.toml")
    result = import_scope(db, scope)
    assert (result.reference, result.number) == ("EX-2026-014", 1)
    assert load_terms(db, result.scoping_id) == scope.terms
    assert [row.name for row in list_clients(db)] == ["Maison Dupré SAS"]


def test_a_database_refusal_names_the_key_and_writes_nothing(db: Database) -> None:
    import_scope(db, read_scope_file(EXAMPLES / "scope_example.toml"))
    text = edited('name = "Maison Dupré SAS"', 'name = "Autre client SARL"')
    with pytest.raises(ScopeFileError) as caught:
        import_scope(db, parse_scope_text(text, source="scope.toml"))
    (line,) = caught.value.lines(Language.EN)
    number = line_number(text, 'reference = "EX-2026-014"')
    assert line == (
        f"scope.toml, line {number}: mission.reference: "
        "the reference “EX-2026-014” is already used."
    )
    assert [row.name for row in list_clients(db)] == ["Maison Dupré SAS"]
    assert len(list_engagements(db)) == 1


def test_amending_an_unknown_engagement_names_the_option(db: Database) -> None:
    scope = read_scope_file(EXAMPLES / "scope_example.toml", amend=True)
    with pytest.raises(ScopeFileError) as caught:
        import_scope(db, scope, amend="M-404")
    assert caught.value.lines(Language.EN) == [
        "scope_example.toml: --amend: no engagement has the reference “M-404”."
    ]
