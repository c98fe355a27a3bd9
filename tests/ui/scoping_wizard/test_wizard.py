"""The contract-scoping wizard, driven page by page with real widgets on a real database."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from consultant_desk.domain.enums import EngagementStatus, ScopeSide, WorkPlace
from consultant_desk.domain.language import Language
from consultant_desk.domain.scoping import ClauseKind, Section
from consultant_desk.domain.signature import Signature
from consultant_desk.services import scoping as scoping_service
from consultant_desk.services.clauses import clauses, fill_clause
from consultant_desk.services.engagements import get_engagement, list_engagements
from consultant_desk.services.profile import ProfileData, update_profile
from consultant_desk.services.register import list_documents
from consultant_desk.store.database import Database
from consultant_desk.store.models import Episode
from consultant_desk.ui.framework.field_errors import is_marked
from consultant_desk.ui.scoping_wizard.base import is_warned
from consultant_desk.ui.scoping_wizard.drafts import DraftsDialog, drafts_to_resume
from consultant_desk.ui.scoping_wizard.widgets import ClauseButton
from consultant_desk.ui.scoping_wizard.wizard import (
    ScopingWizard,
    offer_drafts,
    open_scoping_wizard,
)
from consultant_desk.ui.widgets.pdf_preview import PdfPreviewDialog
from consultant_desk.ui.widgets.signature_pad import SignatureDialog
from tests.scoping_samples import complete_terms
from tests.ui.ui_support import add_client, add_engagement, type_text, ui_language

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NEXT = QWizard.WizardButton.NextButton
PRINT = QWizard.WizardButton.CustomButton1
SIGN = QWizard.WizardButton.CustomButton2


@pytest.fixture
def wizards() -> Iterator[list[ScopingWizard]]:
    """Wizards opened by a test, closed (and so saved) at its end if still open."""
    opened: list[ScopingWizard] = []
    yield opened
    for wizard in opened:
        if shiboken6.isValid(wizard) and wizard.isVisible():
            wizard.close()
    QApplication.processEvents()


@pytest.fixture(autouse=True)
def never_block(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A message box or a signature pad that a test did not answer fails the test instead of
    waiting for a click that never comes; the wizard itself never asks on closing."""
    asked: list[str] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        asked.append(str(args[1:3]))
        raise AssertionError(f"unexpected modal dialog: {args[1:3]}")

    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: refuse(box, box.text()))
    monkeypatch.setattr(SignatureDialog, "get_signature", staticmethod(refuse))
    return asked


def open_wizard(
    qtbot: QtBot, db: Database, wizards: list[ScopingWizard], engagement_id: int | None = None
) -> ScopingWizard:
    wizard = open_scoping_wizard(db, None, engagement_id)
    wizards.append(wizard)
    qtbot.waitExposed(wizard)
    return wizard


def click(qtbot: QtBot, widget: QWidget | None) -> None:
    assert widget is not None
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def next_page(qtbot: QtBot, wizard: ScopingWizard) -> None:
    before = wizard.currentId()
    button = wizard.button(NEXT)
    assert button.isEnabled(), wizard.currentPage().title()
    click(qtbot, button)
    assert wizard.currentId() == before + 1


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        type_text(widget, text)


def engagement_with_client(db: Database, **client: str) -> tuple[int, int]:
    # With an empty profile, printing would first ask for it (test_profile_dialog.py).
    update_profile(db, ProfileData(name="Claire Dubois", company="Dubois Conseil"))
    client_id = add_client(db, "Boulangerie Lefèvre", contacts=["Claire Lefèvre"], **client)
    engagement_id = add_engagement(
        db,
        client_id,
        "M-2026-004",
        "Refonte du processus de facturation",
        status="draft",
        start=date(2026, 3, 2),
        end=date(2026, 6, 30),
    )
    return client_id, engagement_id


def signed_engagement(db: Database) -> tuple[int, int]:
    """An engagement whose first scoping is signed (through the services)."""
    _client, engagement_id = engagement_with_client(db)
    row = scoping_service.start_draft(db, engagement_id)
    saved = scoping_service.save_draft(db, row.id, complete_terms(), expected_version=row.version)
    scoping_service.sign(
        db,
        row.id,
        consultant_signature_json=None,
        client_signature_json=None,
        sign_place="Bordeaux",
        sign_date=date(2026, 2, 16),
        expected_version=saved.version,
    )
    return engagement_id, row.id


def a_signature(signer: str) -> Signature:
    return Signature(
        width=600,
        height=200,
        strokes=(((40.0, 150.0), (120.0, 60.0), (200.0, 140.0), (320.0, 70.0)),),
        signer=signer,
        signed_at=datetime(2026, 2, 16, 10, 30, tzinfo=UTC),
    )


def answer_questions(
    monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton
) -> list[str]:
    """Every QMessageBox (static or built) answers ``answer``; returns the texts asked."""
    asked: list[str] = []

    def static(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answer

    def built(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(answer.value)

    monkeypatch.setattr(QMessageBox, "question", static)
    monkeypatch.setattr(QMessageBox, "exec", built)
    return asked


# --- the valid path ---------------------------------------------------------------------------


def test_a_new_engagement_scoped_page_by_page_and_signed(
    qtbot: QtBot, db: Database, wizards: list[ScopingWizard], monkeypatch: pytest.MonkeyPatch
) -> None:
    client_id = add_client(db, "Boulangerie Lefèvre", contacts=["Claire Lefèvre"])
    wizard = open_wizard(qtbot, db, wizards)
    assert wizard.windowTitle() == "New scoping"

    # 1. Client and engagement: the only client is preselected; a title makes Next possible.
    mission = wizard.mission_page
    assert mission.client_id() == client_id
    assert mission.reference().startswith(f"M-{date.today().year}-")
    assert not wizard.button(NEXT).isEnabled()
    type_into(qtbot, mission.title_edit, "Refonte du processus de facturation")
    next_page(qtbot, wizard)
    engagement_id = wizard.engagement_id
    assert engagement_id is not None
    assert wizard.scoping_id is not None
    assert wizard.windowTitle().startswith("Scoping — M-")
    assert get_engagement(db, engagement_id).status == EngagementStatus.DRAFT.value

    # 2. Stakes.
    stakes = wizard.stakes_page
    type_into(qtbot, stakes.objectives_edit, "Factures émises en 48 h au lieu de 10 jours.")
    type_into(qtbot, stakes.benefits_edit, "Trésorerie plus régulière.")
    type_into(qtbot, stakes.risks_edit, "Disponibilité de la comptable en avril.")
    type_into(qtbot, stakes.criteria_edit, "Délai moyen de facturation sous 3 jours en juin.")
    next_page(qtbot, wizard)

    # 3. Deadlines, with two milestones added through the table.
    deadlines = wizard.deadlines_page
    deadlines.start_field.set_value(date(2026, 3, 2))
    deadlines.end_field.set_value(date(2026, 6, 30))
    for name, due, deliverable in (
        ("Diagnostic", date(2026, 3, 27), "Rapport de diagnostic"),
        ("Nouveau processus", date(2026, 6, 19), "Processus documenté et formé"),
    ):
        click(qtbot, deadlines.milestones.add_button)
        row = deadlines.milestones.row_count() - 1
        type_into(qtbot, deadlines.milestones.line(row, "name"), name)
        deadlines.milestones.date(row, "due_date").set_value(due)
        type_into(qtbot, deadlines.milestones.line(row, "deliverable"), deliverable)
    assert "Duration: 17 weeks and 2 days" in deadlines.duration_label.text()
    next_page(qtbot, wizard)

    # 4. Resources.
    resources = wizard.resources_page
    click(qtbot, resources.people.add_button)
    type_into(qtbot, resources.people.line(0, "role"), "Consultante senior")
    type_into(qtbot, resources.people.line(0, "person"), "Claire Martin")
    type_into(qtbot, resources.people.line(0, "days"), "15")
    type_into(qtbot, resources.material_edit, "Ordinateur portable.")
    next_page(qtbot, wizard)

    # 5. What is expected of the client: the client's contact comes prefilled.
    obligations = wizard.obligations_page
    assert obligations.contact_edit.text() == "Claire Lefèvre"
    type_into(qtbot, obligations.meetings_edit, "Point hebdomadaire le lundi.")
    obligations.response_spin.setValue(3)
    type_into(qtbot, obligations.data_edit, "Export des factures 2025.")
    next_page(qtbot, wizard)

    # 6. Working hours.
    hours = wizard.hours_page
    for code in ("mon", "tue", "wed", "thu"):
        click(qtbot, hours.day_checks[code])
    hours.hours.check.setChecked(True)
    click(qtbot, hours.place_buttons[WorkPlace.REMOTE])
    next_page(qtbot, wizard)

    # 7. Scope: two lists, and the change-request procedure from the clause library.
    scope = wizard.scope_page
    for text, side in (
        ("Diagnostic du processus", ScopeSide.IN),
        ("Nouveau processus et formation", ScopeSide.IN),
        ("Saisie des factures", ScopeSide.OUT),
    ):
        table = scope.items_in if side == ScopeSide.IN else scope.items_out
        click(qtbot, table.add_button)
        type_into(qtbot, table.line(table.row_count() - 1, "text"), text)
    insert_first_clause(scope.change_clause)
    next_page(qtbot, wizard)

    # 8. Financial terms: 650 × 15 days, 30 % on a date, 70 % at the second milestone.
    financial = wizard.financial_page
    financial.rate_edit.clear()
    type_into(qtbot, financial.rate_edit, "650")
    type_into(qtbot, financial.days_edit, "15")
    assert "£" not in financial.totals_label.text()
    assert "€9,750.00" in financial.totals_label.text()
    assert "€11,700.00" in financial.totals_label.text()
    click(qtbot, financial.instalments.add_button)
    type_into(qtbot, financial.instalments.line(0, "label"), "Acompte à la signature")
    type_into(qtbot, financial.instalments.line(0, "share_percent"), "30")
    financial.instalments.date(0, "due_date").set_value(date(2026, 2, 20))
    click(qtbot, financial.instalments.add_button)
    type_into(qtbot, financial.instalments.line(1, "label"), "Solde")
    type_into(qtbot, financial.instalments.line(1, "share_percent"), "70")
    milestone = financial.instalments.combo(1, "milestone")
    milestone.setCurrentIndex(milestone.findData(1))
    assert financial.instalments.cell(0, "excl_vat").text() == "€2,925.00"  # type: ignore[attr-defined]
    assert "adds up to the price" in financial.schedule_label.text()
    type_into(qtbot, financial.expenses_edit, "Aucun frais.")
    insert_first_clause(financial.late_clause)
    financial.notice_spin.setValue(15)
    type_into(qtbot, financial.withdrawal_fee_edit, "1 000,00")
    insert_first_clause(financial.withdrawal_clause)
    next_page(qtbot, wizard)

    # 9. Remedies.
    remedies = wizard.remedies_page
    type_into(qtbot, remedies.mediator_edit, "CMAP")
    type_into(qtbot, remedies.law_edit, "droit français")
    type_into(qtbot, remedies.court_edit, "Tribunal de commerce de Lyon")
    insert_first_clause(remedies.amicable_clause)
    next_page(qtbot, wizard)

    # 10. Review: everything on one page; sign with both signatures drawn.
    review = wizard.review_page
    assert wizard.currentId() == Section.SIGNATURE.page
    summary = review.summary_text()
    for expected in ("Factures émises en 48 h", "Diagnostic", "Saisie des factures", "CMAP"):
        assert expected in summary
    assert review.date_field.value() == date.today()
    type_into(qtbot, review.consultant_edit, "Claire Martin")
    assert review.client_edit.text() == "Claire Lefèvre"
    type_into(qtbot, review.place_edit, "Lyon")
    assert wizard.button(SIGN).isEnabled(), review.issues_panel.text()
    drawn: list[str] = []

    def draw(signer: str, parent: QWidget | None = None, **kwargs: Any) -> Signature:
        drawn.append(signer)
        return a_signature(signer)

    monkeypatch.setattr(SignatureDialog, "get_signature", staticmethod(draw))
    click(qtbot, review.consultant_slot.draw_button)
    click(qtbot, review.client_slot.draw_button)
    assert drawn == ["Claire Martin", "Claire Lefèvre"]
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(wizard.signed) as signal:
        click(qtbot, wizard.button(SIGN))
    assert asked and "Sign version 1" in asked[0]
    assert signal.args == [wizard.scoping_id]
    assert wizard.is_signed
    assert review.signed_banner.isVisibleTo(review)
    assert not wizard.button(SIGN).isVisible()

    stored = scoping_service.load_version(db, wizard.scoping_id)
    assert stored.status.value == "signed"
    terms = stored.terms
    assert terms.objectives == "Factures émises en 48 h au lieu de 10 jours."
    assert [m.name for m in terms.milestones] == ["Diagnostic", "Nouveau processus"]
    assert terms.milestones[1].due_date == date(2026, 6, 19)
    assert terms.resource_lines[0].days == Decimal("15")
    assert terms.response_days == 3
    assert terms.work_days == ("mon", "tue", "wed", "thu")
    assert terms.work_place == WorkPlace.REMOTE
    assert terms.items_out == ("Saisie des factures",)
    assert terms.daily_rate == Decimal("650") and terms.days == Decimal("15")
    assert [(i.share_percent, i.due_date, i.milestone_position) for i in terms.instalments] == [
        (Decimal("30"), date(2026, 2, 20), None),
        (Decimal("70"), None, 1),
    ]
    assert terms.withdrawal_fee == Decimal("1000")
    assert terms.sign_place == "Lyon" and terms.sign_date == date.today()
    assert terms.consultant_signatory == "Claire Martin"
    assert stored.consultant_signature is not None and stored.client_signature is not None
    assert get_engagement(db, engagement_id).status == EngagementStatus.SCOPED.value
    wizard.close()
    assert scoping_service.current_draft(db, engagement_id) is None


def insert_first_clause(button: ClauseButton) -> str:
    button.fill_menu()
    actions = [action for action in button.menu_.actions() if not action.isSeparator()]
    assert actions, "the clause library offers at least one clause"
    actions[0].trigger()
    return button.target.text()


# --- validation as the user types -------------------------------------------------------------


def test_a_milestone_outside_the_engagement_is_marked_at_once(
    qtbot: QtBot, db: Database, wizards: list[ScopingWizard]
) -> None:
    _client, engagement_id = engagement_with_client(db)
    wizard = open_wizard(qtbot, db, wizards, engagement_id)
    wizard.go_to(Section.DEADLINES.page)
    page = wizard.deadlines_page
    click(qtbot, page.milestones.add_button)
    type_into(qtbot, page.milestones.line(0, "name"), "Diagnostic")
    due = page.milestones.date(0, "due_date")
    due.set_value(date(2026, 8, 14))

    assert is_marked(due.date_edit)
    assert "falls after the end of the engagement" in due.date_edit.toolTip()
    assert "Due date of milestone 1: 2026-08-14 falls after the end" in page.issues_panel.text()
    # A warning-level problem only: continuing is possible, signing is not.
    assert wizard.button(NEXT).isEnabled()

    due.set_value(date(2026, 5, 4))
    assert not is_marked(due.date_edit)
    assert page.issues_panel.isHidden()


def test_an_end_before_the_start_is_marked_on_the_end_date(
    qtbot: QtBot, db: Database, wizards: list[ScopingWizard]
) -> None:
    _client, engagement_id = engagement_with_client(db)
    wizard = open_wizard(qtbot, db, wizards, engagement_id)
    wizard.go_to(Section.DEADLINES.page)
    page = wizard.deadlines_page
    page.end_field.set_value(date(2026, 2, 1))

    assert is_marked(page.end_field.date_edit)
    assert not is_marked(page.start_field.date_edit)
    assert (
        "End date: the end (2026-02-01) comes before the start (2026-03-02)."
        in page.issues_panel.text()
    )
    assert wizard.button(NEXT).isEnabled()
    # The step flags the page, so the problem is not forgotten once the page is left.
    assert Section.DEADLINES.page in attention_pages(wizard)


def attention_pages(wizard: ScopingWizard) -> list[int]:
    return [
        row + 1 for row in range(wizard.steps.count()) if not wizard.steps.item(row).icon().isNull()
    ]


def test_instalments_that_do_not_add_up_say_by_how_much(
    qtbot: QtBot, db: Database, wizards: list[ScopingWizard]
) -> None:
    _client, engagement_id = engagement_with_client(db)
    wizard = open_wizard(qtbot, db, wizards, engagement_id)
    wizard.go_to(Section.FINANCIAL.page)
    page = wizard.financial_page
    page.rate_edit.clear()
    type_into(qtbot, page.rate_edit, "500")
    type_into(qtbot, page.days_edit, "10")
    page.add_instalment("Acompte")
    type_into(qtbot, page.instalments.line(0, "share_percent"), "30")
    page.add_instalment("Solde")
    type_into(qtbot, page.instalments.line(1, "share_percent"), "60")

    assert is_marked(page.instalments.table)
    assert "the shares add up to 90% instead of 100%" in page.issues_panel.text()
    assert "90%" in page.schedule_label.text()
    assert wizard.button(NEXT).isEnabled()

    # Amounts instead: 1,000 + 3,000 for a price of 5,000.
    page.instalments.line(0, "share_percent").clear()
    page.instalments.line(1, "share_percent").clear()
    type_into(qtbot, page.instalments.line(0, "amount"), "1000")
    type_into(qtbot, page.instalments.line(1, "amount"), "3 000,00")
    assert "add up to 4,000.00 EUR instead of 5,000.00 EUR" in page.issues_panel.text()
    page.instalments.line(1, "amount").clear()
    type_into(qtbot, page.instalments.line(1, "amount"), "4000")
    assert not is_marked(page.instalments.table)
    assert "adds up to the price" in page.schedule_label.text()


def test_a_negative_rate_disables_next_and_is_not_saved(
    qtbot: QtBot, db: Database, wizards: list[ScopingWizard]
) -> None:
    _client, engagement_id = engagement_with_client(db)
    wizard = open_wizard(qtbot, db, wizards, engagement_id)
    wizard.go_to(Section.FINANCIAL.page)
    page = wizard.financial_page
    page.rate_edit.clear()
    type_into(qtbot, page.rate_edit, "600")
    assert wizard.save_now()
    page.rate_edit.clear()
    type_into(qtbot, page.rate_edit, "-600")

    assert is_marked(page.rate_edit)
    assert "Daily rate" in page.issues_panel.text()
    assert not wizard.button(NEXT).isEnabled()
    # Autosave keeps the last value that can be stored; the screen keeps what was typed.
    assert wizard.save_now()
    assert scoping_service.load_terms(db, wizard.scoping_id).daily_rate == Decimal("600")
    assert page.rate_edit.text() == "-600"

    page.rate_edit.clear()
    type_into(qtbot, page.rate_edit, "abc")
    assert not wizard.button(NEXT).isEnabled()
    assert "abc" in page.issues_panel.text()

    page.rate_edit.clear()
    type_into(qtbot, page.rate_edit, "650,50")
    assert wizard.button(NEXT).isEnabled()
    assert not is_marked(page.rate_edit)


def test_a_warning_is_marked_in_amber_and_never_stops_anything(
    qtbot: QtBot, db: Database, wizards: list[ScopingWizard]
) -> None:
    _client, engagement_id = engagement_with_client(db)
    wizard = open_wizard(qtbot, db, wizards, engagement_id)
    wizard.go_to(Section.RESOURCES.page)
    page = wizard.resources_page
    page.add_person("Consultante", "Claire Martin", "10")
    wizard.financial_page.days_edit.setText("15")

    assert is_warned(page.people.table) and not is_marked(page.people.table)
    assert "the people add up to 10 days, but 15 days are billed" in page.issues_panel.text()
    assert "In all: 10 days planned, 15 days billed." in page.total_label.text()
    assert wizard.button(NEXT).isEnabled()


def test_a_missing_value_waits_until_the_page_is_left(
    qtbot: QtBot, db: Database, wizards: list[ScopingWizard]
) -> None:
    _client, engagement_id = engagement_with_client(db)
    wizard = open_wizard(qtbot, db, wizards, engagement_id)
    wizard.go_to(Section.STAKES.page)
    page = wizard.stakes_page
    assert not is_marked(page.objectives_edit)
    assert page.issues_panel.isHidden()
    next_page(qtbot, wizard)
    wizard.back()
    assert is_marked(page.objectives_edit)
    assert "Objectives: this field is required." in page.issues_panel.text()
    # Not a reason to stop: the objectives can be written later.
    assert wizard.button(NEXT).isEnabled()


def test_signing_is_refused_until_everything_needed_is_there(
    qtbot: QtBot, db: Database, wizards: list[ScopingWizard]
) -> None:
    _client, engagement_id = engagement_with_client(db)
    wizard = open_wizard(qtbot, db, wizards, engagement_id)
    wizard.go_to(Section.SIGNATURE.page)
    assert wizard.currentId() == Section.SIGNATURE.page
    review = wizard.review_page
    assert not wizard.button(SIGN).isEnabled()
    assert "Objectives: this field is required." in review.issues_panel.text()
    assert "Milestones: none." in review.flags_panel.text()
    assert not wizard.sign()
    assert not scoping_service.versions(db, engagement_id)[-1].is_signed

    # A click on a message goes to its field.
    review.issues_panel.field_clicked.emit("scoping.objectives")
    assert wizard.currentId() == Section.STAKES.page
    assert wizard.focusWidget() is wizard.stakes_page.objectives_edit


# --- drafts: saved as they go, resumed ----------------------------------------------------------


def test_changes_are_saved_half_a_second_after_typing_and_on_ctrl_s(
    qtbot: QtBot, db: Database, wizards: list[ScopingWizard]
) -> None:
    _client, engagement_id = engagement_with_client(db)
    wizard = open_wizard(qtbot, db, wizards, engagement_id)
    scoping_id = wizard.scoping_id
    assert scoping_id is not None
    wizard.go_to(Section.STAKES.page)
    type_into(qtbot, wizard.stakes_page.objectives_edit, "Un objectif")
    assert scoping_service.load_terms(db, scoping_id).objectives == ""
    qtbot.waitUntil(
        lambda: scoping_service.load_terms(db, scoping_id).objectives == "Un objectif",
        timeout=3000,
    )

    type_into(qtbot, wizard.stakes_page.risks_edit, "Un risque")
    QTest.keyClick(wizard.stakes_page.risks_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert scoping_service.load_terms(db, scoping_id).risks == "Un risque"
    assert "Draft saved at" in wizard.save_label.text()


def test_escape_closes_without_a_question_and_keeps_everything(
    qtbot: QtBot, db: Database, wizards: list[ScopingWizard]
) -> None:
    _client, engagement_id = engagement_with_client(db)
    wizard = open_wizard(qtbot, db, wizards, engagement_id)
    scoping_id = wizard.scoping_id
    assert scoping_id is not None
    wizard.go_to(Section.STAKES.page)
    type_into(qtbot, wizard.stakes_page.objectives_edit, "Tapé juste avant Échap")
    QTest.keyClick(wizard.stakes_page.objectives_edit, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    assert scoping_service.load_terms(db, scoping_id).objectives == "Tapé juste avant Échap"


def test_an_interrupted_draft_is_offered_again_and_restored(
    qtbot: QtBot, db: Database, wizards: list[ScopingWizard], monkeypatch: pytest.MonkeyPatch
) -> None:
    _client, engagement_id = engagement_with_client(db)
    wizard = open_wizard(qtbot, db, wizards, engagement_id)
    wizard.go_to(Section.FINANCIAL.page)
    page = wizard.financial_page
    page.rate_edit.clear()
    type_into(qtbot, page.rate_edit, "720")
    type_into(qtbot, page.days_edit, "12,5")
    page.add_instalment("Acompte")
    type_into(qtbot, page.instalments.line(0, "share_percent"), "40")
    wizard.close()

    drafts = drafts_to_resume(db)
    assert [d.engagement_id for d in drafts] == [engagement_id]

    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    again = open_wizard(qtbot, db, wizards, engagement_id)
    assert len(asked) == 1 and asked[0].startswith("Resume the draft from ")
    assert again.scoping_id == wizard_scoping(db, engagement_id)
    page = again.financial_page
    assert page.rate_edit.text() == "720.00"
    assert page.days_edit.text() == "12.5"
    assert page.instalments.row_count() == 1
    assert page.instalments.line(0, "label").text() == "Acompte"
    assert page.instalments.line(0, "share_percent").text() == "40"


def wizard_scoping(db: Database, engagement_id: int) -> int:
    draft = scoping_service.current_draft(db, engagement_id)
    assert draft is not None
    return draft.id


def test_starting_over_discards_the_draft(
    qtbot: QtBot, db: Database, wizards: list[ScopingWizard], monkeypatch: pytest.MonkeyPatch
) -> None:
    _client, engagement_id = engagement_with_client(db)
    wizard = open_wizard(qtbot, db, wizards, engagement_id)
    wizard.go_to(Section.STAKES.page)
    type_into(qtbot, wizard.stakes_page.objectives_edit, "Première idée")
    wizard.close()
    answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    again = open_wizard(qtbot, db, wizards, engagement_id)
    assert again.stakes_page.objectives_edit.text() == ""
    assert len(scoping_service.versions(db, engagement_id)) == 1


def test_a_wizard_opened_and_closed_untouched_leaves_no_draft(
    qtbot: QtBot, db: Database, wizards: list[ScopingWizard]
) -> None:
    _client, engagement_id = engagement_with_client(db)
    wizard = open_wizard(qtbot, db, wizards, engagement_id)
    wizard.go_to(Section.FINANCIAL.page)
    wizard.close()
    assert scoping_service.versions(db, engagement_id) == []
    assert drafts_to_resume(db) == []


def test_the_drafts_left_open_are_offered_at_start(
    qtbot: QtBot, db: Database, wizards: list[ScopingWizard]
) -> None:
    assert offer_drafts(db) is None
    _client, engagement_id = engagement_with_client(db)
    wizard = open_wizard(qtbot, db, wizards, engagement_id)
    wizard.go_to(Section.STAKES.page)
    type_into(qtbot, wizard.stakes_page.objectives_edit, "À reprendre")
    wizard.close()

    dialog = offer_drafts(db)
    assert isinstance(dialog, DraftsDialog)
    assert dialog.list.count() == 1
    assert "M-2026-004" in dialog.list.item(0).text()
    with qtbot.waitSignal(dialog.chosen) as chosen:
        click(qtbot, dialog.resume_button)
    assert chosen.args == [engagement_id]
    resumed = [w for w in QApplication.topLevelWidgets() if isinstance(w, ScopingWizard)]
    resumed = [w for w in resumed if shiboken6.isValid(w) and w.isVisible()]
    wizards.extend(resumed)
    assert resumed and resumed[-1].stakes_page.objectives_edit.text() == "À reprendre"


# --- amendments -----------------------------------------------------------------------------


def test_editing_a_signed_scoping_makes_amendment_2_and_keeps_version_1(
    qtbot: QtBot, db: Database, wizards: list[ScopingWizard], monkeypatch: pytest.MonkeyPatch
) -> None:
    engagement_id, first_id = signed_engagement(db)
    before = scoping_service.load_version(db, first_id)

    wizard = open_wizard(qtbot, db, wizards, engagement_id)
    assert wizard.number == 2
    assert wizard.windowTitle().startswith("Amendment No. 2 — M-2026-004")
    assert wizard.mission_page.amendment_banner.isVisibleTo(wizard.mission_page)
    assert "Version 1 was signed on" in wizard.mission_page.amendment_label.text()

    wizard.go_to(Section.FINANCIAL.page)
    page = wizard.financial_page
    assert page.rate_edit.text() == "650.00"
    page.rate_edit.clear()
    type_into(qtbot, page.rate_edit, "700")
    wizard.go_to(Section.SIGNATURE.page)
    review = wizard.review_page
    assert review.place_edit.text() == ""  # an amendment is signed anew, somewhere
    type_into(qtbot, review.place_edit, "Bordeaux")
    review.date_field.set_value(date(2026, 9, 1))
    assert wizard.button(SIGN).isEnabled(), review.issues_panel.text()
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    assert wizard.sign()
    wizard.close()

    history = scoping_service.versions(db, engagement_id)
    assert [(v.number, v.is_signed) for v in history] == [(1, True), (2, True)]
    after_first = scoping_service.load_version(db, first_id)
    assert after_first.terms == before.terms
    assert after_first.terms.daily_rate == Decimal("650")
    second = scoping_service.load_version(db, history[1].id)
    assert second.terms.daily_rate == Decimal("700")
    assert second.terms.sign_date == date(2026, 9, 1)
    assert second.consultant_signature is None  # to be signed in ink


def test_an_amendment_opened_and_closed_untouched_is_dropped(
    qtbot: QtBot, db: Database, wizards: list[ScopingWizard]
) -> None:
    engagement_id, _first = signed_engagement(db)
    wizard = open_wizard(qtbot, db, wizards, engagement_id)
    assert wizard.number == 2
    wizard.close()
    assert [v.number for v in scoping_service.versions(db, engagement_id)] == [1]


def test_removing_a_milestone_keeps_instalments_on_the_same_milestones(
    qtbot: QtBot, db: Database, wizards: list[ScopingWizard]
) -> None:
    engagement_id, _first = signed_engagement(db)
    wizard = open_wizard(qtbot, db, wizards, engagement_id)
    wizard.go_to(Section.DEADLINES.page)
    click(qtbot, wizard.deadlines_page.milestones.remove_button(0))
    terms = wizard.current_terms()
    assert [m.name for m in terms.milestones] == ["Parcours cible", "Formation"]
    assert [i.milestone_position for i in terms.instalments] == [None, 0, 1]
    combo = wizard.financial_page.instalments.combo(2, "milestone")
    assert combo.currentText() == "2. Formation"


# --- clause library and lessons ----------------------------------------------------------------


def test_a_clause_is_inserted_filled_in_and_stays_editable(
    qtbot: QtBot, db: Database, wizards: list[ScopingWizard]
) -> None:
    _client, engagement_id = engagement_with_client(db)
    wizard = open_wizard(qtbot, db, wizards, engagement_id)
    wizard.go_to(Section.FINANCIAL.page)
    page = wizard.financial_page
    page.notice_spin.setValue(30)
    button = page.withdrawal_clause
    button.fill_menu()
    titles = [a.text() for a in button.menu_.actions() if not a.isSeparator()]
    # The client speaks French: the contract, and so its clauses, are in French.
    library = clauses(ClauseKind.WITHDRAWAL, Language.FR)
    assert titles == [clause.title for clause in library]
    button.menu_.actions()[1].trigger()
    expected = fill_clause(library[0], wizard.current_terms(), Language.FR)
    assert "30 jours" in expected
    assert page.withdrawal_edit.text() == expected
    assert wizard.current_terms().withdrawal_terms == expected

    type_into(qtbot, page.withdrawal_edit, " Ajout.")
    assert wizard.current_terms().withdrawal_terms.endswith("Ajout.")
    # A second clause goes after the first one.
    button.menu_.actions()[2].trigger()
    assert page.withdrawal_edit.text().startswith(expected)
    assert "\n\n" in page.withdrawal_edit.text()


def test_past_delays_with_this_client_show_on_the_deadlines_page(
    qtbot: QtBot, db: Database, wizards: list[ScopingWizard]
) -> None:
    client_id, engagement_id = engagement_with_client(db)
    earlier = add_engagement(db, client_id, "M-2025-010", "Audit", status="completed")
    with db.transaction() as session:
        for month in (3, 5, 9):
            session.add(
                Episode(
                    engagement_id=earlier,
                    surfaced_at=datetime(2025, month, 10, 9, 0, tzinfo=UTC),
                    channel="email",
                    category="delay",
                    preventive_measure="Prévoir une semaine de marge avant chaque jalon."
                    if month == 9
                    else "",
                )
            )
    wizard = open_wizard(qtbot, db, wizards, engagement_id)
    wizard.go_to(Section.DEADLINES.page)
    banner = wizard.deadlines_page.banner
    assert banner.isVisibleTo(wizard.deadlines_page)
    text = banner.plain_text()
    assert "already been dissatisfied 3 times about delays" in text
    assert "Plan a buffer" in text
    assert "Prévoir une semaine de marge" in text
    assert not wizard.stakes_page.banner.isVisibleTo(wizard.stakes_page)
    assert wizard.review_page.banner.lessons() == wizard.lessons


# --- page 1 ----------------------------------------------------------------------------------


def test_page_one_needs_a_client_and_a_title_and_a_free_reference(
    qtbot: QtBot, db: Database, wizards: list[ScopingWizard]
) -> None:
    add_client(db, "Acme")
    lefevre = add_client(db, "Boulangerie Lefèvre")
    add_engagement(db, lefevre, "M-2026-001", "Ancienne mission")
    wizard = open_wizard(qtbot, db, wizards)
    page = wizard.mission_page
    assert page.client_id() is None
    assert not wizard.button(NEXT).isEnabled()
    page.select_client(lefevre)
    type_into(qtbot, page.title_edit, "Audit")
    page.reference_edit.clear()
    type_into(qtbot, page.reference_edit, "m-2026-001")
    assert not wizard.button(NEXT).isEnabled()
    assert is_marked(page.reference_edit)
    assert "the reference “m-2026-001” is already used" in page.issues_panel.text()
    page.reference_edit.clear()
    type_into(qtbot, page.reference_edit, "M-2026-002")
    next_page(qtbot, wizard)
    created = [e for e in list_engagements(db) if e.reference == "M-2026-002"]
    assert [(e.client_id, e.title, e.status) for e in created] == [(lefevre, "Audit", "draft")]


def test_a_new_client_can_be_created_from_page_one(
    qtbot: QtBot, db: Database, wizards: list[ScopingWizard]
) -> None:
    wizard = open_wizard(qtbot, db, wizards)
    page = wizard.mission_page
    click(qtbot, page.new_client_button)
    dialog = page.client_dialog
    assert dialog is not None
    type_into(qtbot, dialog.name_edit, "Atelier Moreau")
    click(qtbot, dialog.save_button)
    assert page.client_combo.currentText() == "Atelier Moreau"
    type_into(qtbot, page.title_edit, "Cadrage")
    assert wizard.button(NEXT).isEnabled()


def test_the_wizard_speaks_french(qtbot: QtBot, db: Database, wizards: list[ScopingWizard]) -> None:
    engagement_id, _first = signed_engagement(db)
    with ui_language(Language.FR):
        wizard = open_wizard(qtbot, db, wizards, engagement_id)
        assert wizard.windowTitle().startswith("Avenant n°\u00a02 — M-2026-004")
        wizard.go_to(Section.FINANCIAL.page)
        page = wizard.financial_page
        assert page.rate_edit.text() == "650,00"
        assert "13\u202f000,00\u00a0€" in page.totals_label.text()
        assert page.withdrawal_clause.text() == "Insérer une clause…"
        assert wizard.currentPage().title() == "8. Conditions financières"
        wizard.close()


def test_the_pages_show_the_stored_terms_exactly(
    qtbot: QtBot, db: Database, wizards: list[ScopingWizard]
) -> None:
    """Loading complete terms and reading them back gives the same terms."""
    engagement_id, first = signed_engagement(db)
    wizard = open_wizard(qtbot, db, wizards, engagement_id)
    expected = dataclasses.replace(
        scoping_service.load_terms(db, first), sign_place="", sign_date=None
    )
    shown = dataclasses.replace(wizard.current_terms(), sign_place="", sign_date=None)
    assert shown == expected


# --- printing --------------------------------------------------------------------------------


def test_the_signed_contract_is_previewed_and_saved_through_the_register(
    qtbot: QtBot,
    db: Database,
    wizards: list[ScopingWizard],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    _client, engagement_id = engagement_with_client(db)
    row = scoping_service.start_draft(db, engagement_id)
    terms = dataclasses.replace(complete_terms(), sign_date=None)
    scoping_service.save_draft(db, row.id, terms, expected_version=row.version)
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    wizard = open_wizard(qtbot, db, wizards, engagement_id)
    assert asked[0].startswith("Resume the draft from ")
    wizard.go_to(Section.SIGNATURE.page)
    assert wizard.button(PRINT).isVisible()
    assert wizard.sign()

    click(qtbot, wizard.button(PRINT))
    preview = wizard.preview
    assert isinstance(preview, PdfPreviewDialog)
    assert preview.is_loaded() and preview.page_count() >= 2
    written = preview.save_to(tmp_path / "contrat.pdf")
    assert written is not None and written.resolve() == (tmp_path / "contrat.pdf").resolve()
    assert written.read_bytes().startswith(b"%PDF")
    records = list_documents(db, engagement_id)
    assert [(r.kind, r.subject_id, r.signed) for r in records] == [("contract", row.id, True)]
    preview.close()


def test_an_amendment_can_still_print_the_signed_version(
    qtbot: QtBot, db: Database, wizards: list[ScopingWizard]
) -> None:
    engagement_id, first_id = signed_engagement(db)
    wizard = open_wizard(qtbot, db, wizards, engagement_id)
    click(qtbot, wizard.mission_page.print_signed_button)
    preview = wizard.preview
    assert isinstance(preview, PdfPreviewDialog)
    assert preview.is_loaded()
    assert "CT-M-2026-004.pdf" in preview.windowTitle()
    preview.close()
    assert scoping_service.load_version(db, first_id).status.value == "signed"


def test_switching_the_language_retranslates_the_open_wizard(
    qtbot: QtBot, db: Database, wizards: list[ScopingWizard]
) -> None:
    _client, engagement_id = engagement_with_client(db)
    wizard = open_wizard(qtbot, db, wizards, engagement_id)
    wizard.go_to(Section.DEADLINES.page)
    page = wizard.deadlines_page
    page.end_field.set_value(date(2026, 2, 1))
    assert wizard.windowTitle().startswith("Scoping — ")
    assert "comes before the start" in page.issues_panel.text()

    with ui_language(Language.FR):
        qtbot.waitUntil(lambda: wizard.windowTitle().startswith("Cadrage — "))
        assert page.title() == "3. Délais"
        assert page.milestones.add_button.text() == "Ajouter un jalon"
        assert wizard.steps.item(4).text() == "5. Ce qu'on attend du client"
        assert wizard.button(QWizard.WizardButton.CancelButton).text() == "&Fermer"
        qtbot.waitUntil(lambda: "précède le début" in page.issues_panel.text())
