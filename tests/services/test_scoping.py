from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

import pytest

from consultant_desk.domain.enums import EngagementStatus, ScopingStatus
from consultant_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from consultant_desk.domain.language import Language
from consultant_desk.domain.lessons import LessonScope
from consultant_desk.domain.scoping import (
    Instalment,
    Milestone,
    ScopingTerms,
    ScopingValidationError,
    Section,
    SignedVersionError,
    normalized,
)
from consultant_desk.domain.signature import Signature
from consultant_desk.services.clients import ClientData, ContactData, create_client, list_clients
from consultant_desk.services.engagements import (
    EngagementData,
    create_engagement,
    get_engagement,
    list_engagements,
)
from consultant_desk.services.scoping import (
    MissionData,
    amend_engagement_scope,
    create_engagement_with_scope,
    current_draft,
    discard_draft,
    drafts_in_progress,
    load_terms,
    load_version,
    past_episode_lessons,
    save_draft,
    sign,
    start_draft,
    versions,
)
from consultant_desk.store.database import Database
from consultant_desk.store.models import ConsultantProfile, Episode
from tests.scoping_samples import complete_terms

D = Decimal
SIGNATURE = Signature(200, 80, (((10.0, 10.0), (50.0, 40.0), (90.0, 20.0)),), "Claire Martin")


@pytest.fixture
def engagement_id(any_db: Database) -> int:
    client = create_client(
        any_db,
        ClientData(name="Maison Dupré"),
        [ContactData(name="Julien Dupré", is_primary=True)],
    )
    engagement = create_engagement(
        any_db,
        EngagementData(
            client.id, "M-2026-014", "Recrutement", start_date="2026-03-02", end_date="2026-06-26"
        ),
    )
    return engagement.id


def sign_now(db: Database, scoping_id: int, **changes: Any) -> None:
    arguments: dict[str, Any] = {
        "consultant_signature_json": SIGNATURE.to_json(),
        "client_signature_json": None,
        "sign_place": "Bordeaux",
        "sign_date": date(2026, 2, 16),
    }
    arguments.update(changes)
    sign(db, scoping_id, **arguments)


# --- Drafts ---------------------------------------------------------------------------------


def test_first_draft_is_prefilled_and_resumed(any_db: Database, engagement_id: int) -> None:
    draft = start_draft(any_db, engagement_id)
    assert (draft.number, draft.status) == (1, "draft")
    terms = load_terms(any_db, draft.id)
    assert (terms.start_date, terms.end_date) == (date(2026, 3, 2), date(2026, 6, 26))
    assert terms.client_contact_name == "Julien Dupré"
    assert start_draft(any_db, engagement_id).id == draft.id
    info = current_draft(any_db, engagement_id)
    assert info is not None
    assert info.id == draft.id
    assert [d.scoping_id for d in drafts_in_progress(any_db)] == [draft.id]


def test_the_consultants_defaults_prefill_the_financial_terms(
    any_db: Database, engagement_id: int
) -> None:
    with any_db.transaction() as session:
        session.add(
            ConsultantProfile(
                name="Claire Martin",
                default_currency="CHF",
                default_vat_rate=D("8.1"),
                default_daily_rate=D("1200"),
            )
        )
    terms = load_terms(any_db, start_draft(any_db, engagement_id).id)
    assert (terms.currency, terms.vat_rate, terms.daily_rate) == ("CHF", D("8.1"), D("1200"))
    assert terms.consultant_signatory == "Claire Martin"


def test_autosave_keeps_incomplete_terms_exactly(any_db: Database, engagement_id: int) -> None:
    draft = start_draft(any_db, engagement_id)
    partial = ScopingTerms(
        objectives="Réduire le délai de recrutement",
        start_date=date(2026, 3, 2),
        end_date=date(2026, 2, 1),  # inconsistent: kept in a draft, refused at signing
        milestones=(Milestone("Diagnostic", date(2026, 9, 1)),),
        instalments=(Instalment("Acompte", share_percent=D("33.3333")),),
        daily_rate=D("650.50"),
        days=D("12.5"),
        hours_start=time(9, 0),
        work_days=("tue", "mon"),
        currency="eur",
    )
    saved = save_draft(any_db, draft.id, partial, expected_version=draft.version)
    assert saved.version == draft.version + 1
    loaded = load_terms(any_db, draft.id)
    assert loaded == normalized(partial)
    # The same digits on every database (PostgreSQL's NUMERIC(18, 4) pads with zeros).
    assert str(loaded.daily_rate) == "650.50"
    assert str(loaded.days) == "12.50"
    assert str(loaded.instalments[0].share_percent) == "33.3333"
    assert str(loaded.vat_rate) == "20.00"
    assert (loaded.currency, loaded.work_days) == ("EUR", ("mon", "tue"))


def test_the_complete_terms_round_trip(any_db: Database, engagement_id: int) -> None:
    draft = start_draft(any_db, engagement_id)
    save_draft(any_db, draft.id, complete_terms(), expected_version=draft.version)
    assert load_terms(any_db, draft.id) == complete_terms()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"daily_rate": D("-650")}, "scoping.daily_rate"),
        ({"start_date": date(3026, 1, 1)}, "scoping.start_date"),
        ({"mediator": "x" * 300}, "scoping.mediator"),
        ({"currency": "EURO"}, "scoping.currency"),
        ({"objectives": "nul\x00"}, "scoping.objectives"),
    ],
)
def test_autosave_refuses_what_can_never_be_stored_and_writes_nothing(
    any_db: Database, engagement_id: int, changes: dict[str, Any], field: str
) -> None:
    draft = start_draft(any_db, engagement_id)
    saved = save_draft(any_db, draft.id, complete_terms(), expected_version=draft.version)
    bad = dataclasses.replace(complete_terms(), milestones=(), **changes)
    with pytest.raises(ScopingValidationError) as caught:
        save_draft(any_db, draft.id, bad, expected_version=saved.version)
    assert caught.value.field == field
    assert caught.value.text(Language.EN) != caught.value.text(Language.FR)
    assert load_terms(any_db, draft.id) == complete_terms()
    assert current_draft(any_db, engagement_id) == current_draft(any_db, engagement_id)
    info = current_draft(any_db, engagement_id)
    assert info is not None
    assert info.version == saved.version


def test_a_stale_copy_cannot_overwrite_a_newer_save(any_db: Database, engagement_id: int) -> None:
    draft = start_draft(any_db, engagement_id)
    terms = complete_terms()
    save_draft(any_db, draft.id, terms, expected_version=draft.version)
    # Only a line changes: the version still moves, so the stale window is refused.
    moved = dataclasses.replace(terms, milestones=terms.milestones[:2])
    moved = dataclasses.replace(moved, instalments=())
    with pytest.raises(ConflictError):
        save_draft(any_db, draft.id, moved, expected_version=draft.version)
    assert load_terms(any_db, draft.id) == terms


def test_unknown_ids_are_reported(any_db: Database) -> None:
    with pytest.raises(NotFoundError):
        start_draft(any_db, 424242)
    with pytest.raises(NotFoundError):
        load_terms(any_db, 424242)


# --- Signing ----------------------------------------------------------------------------------


def test_signing_incomplete_terms_says_everything_to_fix(
    any_db: Database, engagement_id: int
) -> None:
    draft = start_draft(any_db, engagement_id)
    with pytest.raises(ScopingValidationError) as caught:
        sign_now(any_db, draft.id, sign_place="")
    fields = {issue.field for issue in caught.value.issues}
    assert {"scoping.objectives", "scoping.scope_items", "scoping.sign_place"} <= fields
    assert "(et " in caught.value.text(Language.FR)
    assert versions(any_db, engagement_id)[0].status is ScopingStatus.DRAFT
    assert get_engagement(any_db, engagement_id).status == "draft"


def test_signing_seals_the_version_and_scopes_the_engagement(
    any_db: Database, engagement_id: int
) -> None:
    draft = start_draft(any_db, engagement_id)
    terms = dataclasses.replace(complete_terms(), end_date=date(2026, 6, 30))
    saved = save_draft(any_db, draft.id, terms, expected_version=draft.version)
    sign_now(any_db, draft.id, expected_version=saved.version, sign_place=" Lyon ")
    snapshot = load_version(any_db, draft.id)
    assert snapshot.status is ScopingStatus.SIGNED
    assert snapshot.signed_at is not None
    assert snapshot.terms.sign_place == "Lyon"
    assert snapshot.consultant_signature == SIGNATURE
    assert snapshot.client_signature is None  # to be signed in ink
    assert (snapshot.client_name, snapshot.client_language) == ("Maison Dupré", Language.FR)
    engagement = get_engagement(any_db, engagement_id)
    assert engagement.status == EngagementStatus.SCOPED
    assert engagement.end_date == date(2026, 6, 30)
    assert drafts_in_progress(any_db) == []


def test_a_signed_version_refuses_every_change(any_db: Database, engagement_id: int) -> None:
    draft = start_draft(any_db, engagement_id)
    save_draft(any_db, draft.id, complete_terms(), expected_version=None)
    sign_now(any_db, draft.id)
    before = load_version(any_db, draft.id)
    changed = dataclasses.replace(complete_terms(), objectives="Autre chose")
    with pytest.raises(SignedVersionError) as caught:
        save_draft(any_db, draft.id, changed, expected_version=None)
    assert "avenant" in caught.value.text(Language.FR)
    assert "amendment" in caught.value.text(Language.EN)
    with pytest.raises(SignedVersionError):
        sign_now(any_db, draft.id)
    with pytest.raises(SignedVersionError):
        discard_draft(any_db, draft.id)
    assert load_version(any_db, draft.id) == before


def test_an_unreadable_signature_is_refused(any_db: Database, engagement_id: int) -> None:
    draft = start_draft(any_db, engagement_id)
    save_draft(any_db, draft.id, complete_terms(), expected_version=None)
    with pytest.raises(ScopingValidationError) as caught:
        sign_now(any_db, draft.id, client_signature_json="{not json")
    assert caught.value.field == "scoping.client_signature"
    assert versions(any_db, engagement_id)[0].status is ScopingStatus.DRAFT


def test_a_blank_drawing_is_stored_as_no_signature(any_db: Database, engagement_id: int) -> None:
    draft = start_draft(any_db, engagement_id)
    save_draft(any_db, draft.id, complete_terms(), expected_version=None)
    sign_now(any_db, draft.id, consultant_signature_json=Signature(200, 80).to_json())
    assert load_version(any_db, draft.id).consultant_signature is None


# --- Amendments -------------------------------------------------------------------------------


def test_an_amendment_leaves_the_signed_version_as_it_was(
    any_db: Database, engagement_id: int
) -> None:
    first = start_draft(any_db, engagement_id)
    save_draft(any_db, first.id, complete_terms(), expected_version=None)
    sign_now(any_db, first.id)
    signed = load_version(any_db, first.id)

    amendment = start_draft(any_db, engagement_id)
    assert (amendment.number, amendment.status) == (2, "draft")
    copied = load_terms(any_db, amendment.id)
    assert copied == dataclasses.replace(signed.terms, sign_place="", sign_date=None)

    longer = dataclasses.replace(copied, end_date=date(2026, 7, 31), days=D("20"))
    saved = save_draft(any_db, amendment.id, longer, expected_version=amendment.version)
    sign_now(any_db, amendment.id, expected_version=saved.version, sign_date=date(2026, 5, 4))

    assert load_version(any_db, first.id) == signed
    both = [load_version(any_db, info.id) for info in versions(any_db, engagement_id)]
    assert [(v.number, v.status, v.terms.end_date) for v in both] == [
        (1, ScopingStatus.SIGNED, date(2026, 6, 26)),
        (2, ScopingStatus.SIGNED, date(2026, 7, 31)),
    ]
    assert [info.is_amendment for info in versions(any_db, engagement_id)] == [False, True]
    assert get_engagement(any_db, engagement_id).end_date == date(2026, 7, 31)


def test_an_amendment_given_up_is_discarded(any_db: Database, engagement_id: int) -> None:
    first = start_draft(any_db, engagement_id)
    save_draft(any_db, first.id, complete_terms(), expected_version=None)
    sign_now(any_db, first.id)
    amendment = start_draft(any_db, engagement_id)
    discard_draft(any_db, amendment.id)
    assert [info.number for info in versions(any_db, engagement_id)] == [1]
    assert current_draft(any_db, engagement_id) is None


# --- Lessons ----------------------------------------------------------------------------------


def add_episode(db: Database, engagement_id: int, category: str, day: date, measure: str) -> None:
    with db.transaction() as session:
        session.add(
            Episode(
                engagement_id=engagement_id,
                surfaced_at=datetime(day.year, day.month, day.day, 10, tzinfo=UTC),
                channel="email",
                category=category,
                preventive_measure=measure,
            )
        )


def test_past_episodes_warn_the_relevant_pages(any_db: Database, engagement_id: int) -> None:
    for month, measure in ((1, ""), (3, "Marge de 10 %"), (5, "")):
        add_episode(any_db, engagement_id, "delay", date(2026, month, 10), measure)
    add_episode(any_db, engagement_id, "billing", date(2026, 6, 1), "")
    client_id = get_engagement(any_db, engagement_id).client_id
    found = past_episode_lessons(any_db, client_id, today=date(2026, 11, 20))
    assert [(lesson.section, lesson.count) for lesson in found] == [
        (Section.DEADLINES, 3),
        (Section.FINANCIAL, 1),
    ]
    assert found[0].preventive_measures == ("Marge de 10 %",)
    assert "3 past" not in found[0].text(Language.EN)  # phrased as "3 times about delays"
    assert "3 times about delays" in found[0].text(Language.EN)
    # Another client sees them only once they are frequent enough.
    other = create_client(any_db, ClientData(name="Autre client")).id
    history = past_episode_lessons(any_db, other, today=date(2026, 11, 20))
    assert [(lesson.section, lesson.scope) for lesson in history] == [
        (Section.DEADLINES, LessonScope.HISTORY)
    ]


# --- The headless path ------------------------------------------------------------------------


def test_create_engagement_with_scope_in_one_go(any_db: Database) -> None:
    result = create_engagement_with_scope(
        any_db,
        ClientData(name="Maison Dupré", language="fr"),
        MissionData(title="Recrutement", reference="M-2026-014"),
        complete_terms(),
    )
    assert (result.client_created, result.engagement_created) == (True, True)
    assert (result.number, result.status) == (1, ScopingStatus.DRAFT)
    assert result.totals is not None
    assert result.totals.incl_vat == D("15600.00")
    assert result.warnings == ()
    assert load_terms(any_db, result.scoping_id) == complete_terms()
    engagement = get_engagement(any_db, result.engagement_id)
    assert (engagement.start_date, engagement.end_date) == (date(2026, 3, 2), date(2026, 6, 26))

    again = create_engagement_with_scope(
        any_db,
        ClientData(name="MAISON DUPRÉ"),
        MissionData(title="Formation", reference=""),
        complete_terms(),
        signed=True,
    )
    assert again.client_id == result.client_id
    assert not again.client_created
    assert again.reference.startswith("M-2026-")  # the next free one, from the start year
    assert again.reference != result.reference
    assert again.status is ScopingStatus.SIGNED
    assert get_engagement(any_db, again.engagement_id).status == EngagementStatus.SCOPED


@pytest.mark.parametrize(
    ("mission", "terms", "field"),
    [
        (MissionData("Doublon", "m-2026-001"), complete_terms(), "engagement.reference"),
        (MissionData(""), complete_terms(), "engagement.title"),
        (
            MissionData("Neuf", "M-9"),
            dataclasses.replace(complete_terms(), daily_rate=D("-1")),
            "scoping.daily_rate",
        ),
        (
            MissionData("Neuf", "M-9"),
            dataclasses.replace(complete_terms(), sign_place=""),
            "scoping.sign_place",
        ),
    ],
)
def test_bad_input_on_the_headless_path_writes_nothing(
    any_db: Database, mission: MissionData, terms: ScopingTerms, field: str
) -> None:
    create_engagement_with_scope(
        any_db, ClientData(name="Existant"), MissionData("Un", "M-2026-001"), complete_terms()
    )
    with pytest.raises(ValidationError) as caught:
        create_engagement_with_scope(
            any_db, ClientData(name="Nouveau client"), mission, terms, signed=True
        )
    assert caught.value.field == field
    assert [row.name for row in list_clients(any_db)] == ["Existant"]
    assert [row.reference for row in list_engagements(any_db)] == ["M-2026-001"]


def test_a_dry_run_writes_nothing(any_db: Database) -> None:
    result = create_engagement_with_scope(
        any_db,
        ClientData(name="Essai"),
        MissionData("Essai", "M-1"),
        complete_terms(),
        dry_run=True,
    )
    assert result.reference == "M-1"
    assert list_clients(any_db) == []
    assert list_engagements(any_db) == []


def test_amend_replaces_a_draft_then_adds_a_version_after_signing(any_db: Database) -> None:
    created = create_engagement_with_scope(
        any_db, ClientData(name="Maison Dupré"), MissionData("Recrutement", "M-7"), complete_terms()
    )
    changed = dataclasses.replace(complete_terms(), objectives="Objectif revu")
    same = amend_engagement_scope(any_db, "m-7", changed, client_name="maison dupré")
    assert (same.scoping_id, same.number) == (created.scoping_id, 1)
    assert load_terms(any_db, created.scoping_id).objectives == "Objectif revu"

    sign_now(any_db, created.scoping_id)
    amended = amend_engagement_scope(
        any_db,
        "M-7",
        dataclasses.replace(changed, objectives="Avenant"),
        mission=MissionData("Recrutement et formation", "M-7"),
    )
    assert amended.number == 2
    assert load_terms(any_db, created.scoping_id).objectives == "Objectif revu"
    assert load_terms(any_db, amended.scoping_id).objectives == "Avenant"
    assert get_engagement(any_db, created.engagement_id).title == "Recrutement et formation"


@pytest.mark.parametrize(
    ("reference", "client_name", "mission", "field", "code"),
    [
        ("M-404", None, None, "engagement.reference", "unknown_reference"),
        ("M-7", "Quelqu'un d'autre", None, "client.name", "client_mismatch"),
        ("M-7", None, MissionData("Titre", "M-8"), "engagement.reference", "reference_mismatch"),
    ],
)
def test_amend_checks_it_is_the_right_engagement(
    any_db: Database,
    reference: str,
    client_name: str | None,
    mission: MissionData | None,
    field: str,
    code: str,
) -> None:
    created = create_engagement_with_scope(
        any_db, ClientData(name="Maison Dupré"), MissionData("Recrutement", "M-7"), complete_terms()
    )
    with pytest.raises(ScopingValidationError) as caught:
        amend_engagement_scope(
            any_db,
            reference,
            dataclasses.replace(complete_terms(), objectives="Changé"),
            client_name=client_name,
            mission=mission,
        )
    assert (caught.value.field, caught.value.code) == (field, code)
    assert load_terms(any_db, created.scoping_id) == complete_terms()
