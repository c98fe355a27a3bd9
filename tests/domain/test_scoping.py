from __future__ import annotations

import dataclasses
import string
from datetime import date, time
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consultant_desk.domain import scoping_messages
from consultant_desk.domain.enums import PricingMode, ScopeSide, WorkPlace
from consultant_desk.domain.language import Language
from consultant_desk.domain.scoping import (
    FIELD_SECTIONS,
    Instalment,
    Issue,
    IssueSeverity,
    Milestone,
    ResourceLine,
    ScopeItem,
    ScopingTerms,
    ScopingValidationError,
    Section,
    errors,
    normalized,
    read_decimal,
    read_whole,
    remove_milestone,
    resolve_instalments,
    review_flags,
    schedule_is_exact,
    section_of,
    storage_issues,
    total_excl_vat,
    total_incl_vat,
    totals,
    validate,
    validate_section,
    vat_amount,
)
from tests.scoping_samples import complete_terms

D = Decimal


def with_(terms: ScopingTerms, **changes: Any) -> ScopingTerms:
    return dataclasses.replace(terms, **changes)


def replace_item(items: tuple[Any, ...], index: int, **changes: Any) -> tuple[Any, ...]:
    return (*items[:index], dataclasses.replace(items[index], **changes), *items[index + 1 :])


def only(issues: list[Issue], field: str) -> Issue:
    found = [issue for issue in issues if issue.field == field]
    assert len(found) == 1, issues
    return found[0]


# --- A complete scoping -------------------------------------------------------------------------


def test_complete_terms_have_no_issue_and_nothing_flagged() -> None:
    terms = complete_terms()
    assert validate(terms, signing=True) == []
    assert review_flags(terms) == []


def test_a_blank_draft_is_incomplete_but_storable() -> None:
    issues = validate(ScopingTerms())
    assert errors(issues)
    assert storage_issues(ScopingTerms()) == []
    assert {i.code for i in issues} >= {"required", "scope_in_required"}


# --- Each rule names its field, says what to fix, in both languages ---------------------------

CASES: list[tuple[dict[str, Any], str, str, bool]] = [
    ({"daily_rate": D("-650")}, "scoping.daily_rate", "negative", True),
    ({"daily_rate": D("650.125")}, "scoping.daily_rate", "too_many_decimals", True),
    ({"daily_rate": D("NaN")}, "scoping.daily_rate", "not_finite", True),
    ({"daily_rate": D("0")}, "scoping.daily_rate", "not_positive", False),
    ({"daily_rate": None}, "scoping.daily_rate", "required", False),
    ({"days": D("1E+7")}, "scoping.days", "too_large", True),
    ({"vat_rate": D("120")}, "scoping.vat_rate", "too_large", True),
    ({"currency": "EURO"}, "scoping.currency", "invalid_currency", True),
    ({"currency": " "}, "scoping.currency", "required", False),
    ({"end_date": date(2026, 2, 1)}, "scoping.end_date", "end_before_start", False),
    ({"start_date": date(3026, 1, 1)}, "scoping.start_date", "date_out_of_range", True),
    ({"start_date": None}, "scoping.start_date", "required", False),
    ({"objectives": "  "}, "scoping.objectives", "required", False),
    ({"objectives": "ok\x00"}, "scoping.objectives", "control_chars", True),
    ({"mediator": "m" * 201}, "scoping.mediator", "too_long", True),
    (
        {"client_contact_name": "Julien\nDupré"},
        "scoping.client_contact_name",
        "control_chars",
        True,
    ),
    ({"response_days": 0}, "scoping.response_days", "not_positive", True),
    ({"response_days": -2}, "scoping.response_days", "negative", True),
    ({"withdrawal_notice_days": 4000}, "scoping.withdrawal_notice_days", "too_large", True),
    ({"withdrawal_fee": D("-1")}, "scoping.withdrawal_fee", "negative", True),
    ({"work_days": ("mon", "lundi")}, "scoping.work_days", "invalid_choice", True),
    ({"work_place": "office"}, "scoping.work_place", "invalid_choice", True),
    ({"pricing_mode": "hourly"}, "scoping.pricing_mode", "invalid_choice", True),
    ({"hours_end": time(8, 0)}, "scoping.hours_end", "hours_end_before_start", False),
    ({"hours_start": time(9, 0, 30)}, "scoping.hours_start", "invalid_time", True),
    ({"hours_end": None}, "scoping.hours_end", "required", False),
    (
        {"scope_items": (ScopeItem(ScopeSide.OUT, "Recrutements"),)},
        "scoping.scope_items",
        "scope_in_required",
        False,
    ),
]


@pytest.mark.parametrize(("changes", "field", "code", "blocks_draft"), CASES)
def test_each_rule_names_the_field_and_what_to_fix(
    changes: dict[str, Any], field: str, code: str, blocks_draft: bool
) -> None:
    issue = only(errors(validate(with_(complete_terms(), **changes))), field)
    assert issue.code == code
    assert issue.blocks_draft is blocks_draft
    assert issue.severity is IssueSeverity.ERROR
    french, english = issue.text(Language.FR), issue.text(Language.EN)
    assert french != english
    assert issue.label(Language.FR) in french
    assert issue.label(Language.EN) in english
    assert "{" not in french + english


def test_a_milestone_outside_the_mission_is_marked_with_its_dates() -> None:
    terms = complete_terms()
    late = replace_item(terms.milestones, 2, due_date=date(2026, 7, 3))
    early = replace_item(late, 0, due_date=date(2026, 2, 27))
    issues = validate(with_(terms, milestones=early))
    after = only(issues, "scoping.milestones[2].due_date")
    before = only(issues, "scoping.milestones[0].due_date")
    assert (after.code, before.code) == ("milestone_after_end", "milestone_before_start")
    assert after.text(Language.FR) == (
        "Échéance du jalon 3 : le 03/07/2026 tombe après la fin de la mission (26/06/2026)."
    )
    assert after.text(Language.EN) == (
        "Due date of milestone 3: 2026-07-03 falls after the end of the engagement (2026-06-26)."
    )
    assert after.section is Section.DEADLINES
    assert not after.blocks_draft


def test_milestones_need_a_name_and_a_due_date() -> None:
    terms = with_(complete_terms(), milestones=(*complete_terms().milestones, Milestone()))
    issues = validate(terms)
    assert only(issues, "scoping.milestones[3].name").code == "required"
    assert only(issues, "scoping.milestones[3].due_date").code == "required"


def test_shares_that_do_not_add_up_to_100() -> None:
    terms = complete_terms()
    short = replace_item(terms.instalments, 1, share_percent=D("30"))
    issue = only(validate(with_(terms, instalments=short)), "scoping.instalments")
    assert issue.code == "shares_sum"
    assert issue.text(Language.FR) == "Échéancier : les parts totalisent 90 % au lieu de 100 %."
    assert issue.text(Language.EN) == "Payment schedule: the shares add up to 90% instead of 100%."


def test_amounts_that_do_not_add_up_to_the_total() -> None:
    terms = with_(
        complete_terms(),
        instalments=(
            Instalment("Acompte", amount=D("3900"), due_date=date(2026, 2, 20)),
            Instalment("Solde", amount=D("9000"), milestone_position=2),
        ),
    )
    issue = only(validate(terms), "scoping.instalments")
    assert issue.code == "amounts_sum"
    assert "12\u202f900,00 EUR au lieu de 13\u202f000,00 EUR" in issue.text(Language.FR)
    assert "12,900.00 EUR instead of 13,000.00 EUR" in issue.text(Language.EN)


def test_a_schedule_mixing_shares_and_amounts_adds_up_exactly() -> None:
    terms = with_(
        complete_terms(),
        instalments=(
            Instalment("Acompte", share_percent=D("30"), due_date=date(2026, 2, 20)),
            Instalment("Solde", amount=D("9100"), milestone_position=2),
        ),
    )
    assert validate(terms) == []
    assert schedule_is_exact(terms)
    assert [r.excl_vat for r in resolve_instalments(terms)] == [D("3900.00"), D("9100.00")]


@pytest.mark.parametrize(
    ("instalment", "field", "code"),
    [
        (Instalment("x", D("100"), D("13000"), date(2026, 3, 2)), "amount", "share_and_amount"),
        (Instalment("x", due_date=date(2026, 3, 2)), "share_percent", "share_or_amount_required"),
        (Instalment("x", D("100")), "due_date", "due_required"),
        (
            Instalment("x", D("100"), due_date=date(2026, 3, 2), milestone_position=0),
            "milestone_position",
            "due_date_and_milestone",
        ),
        (
            Instalment("x", D("100"), milestone_position=7),
            "milestone_position",
            "unknown_milestone",
        ),
        (Instalment("x", D("100"), milestone_position=-1), "milestone_position", "negative"),
        (Instalment("x", D("0"), due_date=date(2026, 3, 2)), "share_percent", "not_positive"),
        (Instalment("x", D("100.5"), due_date=date(2026, 3, 2)), "share_percent", "too_large"),
        (Instalment("", D("100"), due_date=date(2026, 3, 2)), "label", "required"),
    ],
)
def test_each_instalment_is_checked(instalment: Instalment, field: str, code: str) -> None:
    issues = validate(with_(complete_terms(), instalments=(instalment,)))
    assert only(issues, f"scoping.instalments[0].{field}").code == code


def test_unknown_milestone_message_counts_from_one() -> None:
    terms = with_(complete_terms(), instalments=(Instalment("x", D("100"), milestone_position=7),))
    issue = only(validate(terms), "scoping.instalments[0].milestone_position")
    assert issue.text(Language.EN) == (
        "Milestone of instalment 1: there is no milestone #8 (the engagement has 3)."
    )


def test_warnings_do_not_block_anything() -> None:
    terms = with_(complete_terms(), fixed_fee=D("9000"), withdrawal_fee=D("20000"))
    issues = validate(terms)
    assert errors(issues) == []
    assert {(i.field, i.code) for i in issues} == {
        ("scoping.fixed_fee", "ignored_value"),
        ("scoping.withdrawal_fee", "withdrawal_fee_exceeds_total"),
    }
    ignored = only(issues, "scoping.fixed_fee")
    assert "Taux journalier × jours" in ignored.text(Language.FR)


def test_people_days_that_differ_from_the_billed_days_are_pointed_at() -> None:
    terms = complete_terms()
    issue = only(validate(with_(terms, days=D("22"))), "scoping.resource_lines")
    assert issue.code == "resource_days_mismatch"
    assert issue.severity is IssueSeverity.WARNING
    assert issue.section is Section.RESOURCES


def test_signing_requires_signatories_place_and_date() -> None:
    terms = with_(
        complete_terms(),
        consultant_signatory="",
        client_signatory="",
        sign_place="",
        sign_date=None,
    )
    assert validate(terms) == []
    fields = {issue.field for issue in validate(terms, signing=True)}
    assert fields == {
        "scoping.consultant_signatory",
        "scoping.client_signatory",
        "scoping.sign_place",
        "scoping.sign_date",
    }


def test_validate_section_keeps_one_page() -> None:
    terms = with_(complete_terms(), daily_rate=D("-1"), end_date=date(2026, 2, 1), objectives="")
    assert [i.field for i in validate_section(terms, Section.FINANCIAL)] == ["scoping.daily_rate"]
    assert [i.field for i in validate_section(terms, Section.STAKES)] == ["scoping.objectives"]
    assert [i.field for i in validate_section(terms, Section.DEADLINES)] == ["scoping.end_date"]
    assert validate_section(terms, Section.MISSION) == []


def test_storage_issues_are_only_the_values_that_can_never_be_stored() -> None:
    terms = with_(ScopingTerms(), daily_rate=D("-5"), start_date=date(2026, 5, 1))
    terms = with_(terms, end_date=date(2026, 4, 1))
    assert [(i.field, i.code) for i in storage_issues(terms)] == [
        ("scoping.daily_rate", "negative")
    ]


# --- Money ------------------------------------------------------------------------------------


def test_daily_rate_times_days_rounded_to_the_cent() -> None:
    terms = with_(complete_terms(), daily_rate=D("333.33"), days=D("2.5"))
    assert total_excl_vat(terms) == D("833.33")  # 833.325, rounded half up
    assert vat_amount(terms) == D("166.67")
    assert total_incl_vat(terms) == D("1000.00")


def test_fixed_fee_and_its_vat() -> None:
    terms = with_(complete_terms(), pricing_mode=PricingMode.FIXED_FEE, fixed_fee=D("9999.99"))
    terms = with_(terms, daily_rate=None, days=None, vat_rate=D("5.5"))
    money = totals(terms)
    assert money is not None
    assert (money.excl_vat, money.vat, money.incl_vat) == (D("9999.99"), D("550.00"), D("10549.99"))


def test_no_total_while_the_price_is_incomplete_or_invalid() -> None:
    assert totals(with_(complete_terms(), days=None)) is None
    assert totals(with_(complete_terms(), daily_rate=D("-650"))) is None
    assert totals(with_(complete_terms(), vat_rate=D("NaN"))) is None


def test_the_last_instalment_absorbs_the_rounding() -> None:
    terms = with_(
        complete_terms(),
        daily_rate=D("100"),
        days=D("10"),
        instalments=(
            Instalment("Un", D("33.3333"), due_date=date(2026, 2, 20)),
            Instalment("Deux", D("33.3333"), milestone_position=0),
            Instalment("Trois", D("33.3334"), milestone_position=2),
        ),
        vat_rate=D("19.6"),
    )
    assert errors(validate(terms)) == []
    resolved = resolve_instalments(terms)
    money = totals(terms)
    assert money is not None
    assert [r.excl_vat for r in resolved] == [D("333.33"), D("333.33"), D("333.34")]
    assert sum(r.excl_vat or 0 for r in resolved) == money.excl_vat
    assert sum(r.vat or 0 for r in resolved) == money.vat
    assert sum(r.incl_vat or 0 for r in resolved) == money.incl_vat
    assert [r.milestone_name for r in resolved] == ["", "Diagnostic", "Formation"]
    assert [r.expected_on for r in resolved] == [
        date(2026, 2, 20),
        date(2026, 3, 27),
        date(2026, 6, 19),
    ]


def test_a_schedule_that_does_not_add_up_is_not_silently_fixed() -> None:
    terms = complete_terms()
    short = replace_item(terms.instalments, 2, share_percent=D("20"))
    resolved = resolve_instalments(with_(terms, instalments=short))
    assert [r.excl_vat for r in resolved] == [D("3900.00"), D("5200.00"), D("2600.00")]


def test_instalments_without_a_price_have_no_amount_yet() -> None:
    resolved = resolve_instalments(with_(complete_terms(), daily_rate=None))
    assert [r.excl_vat for r in resolved] == [None, None, None]


# --- Review flags ---------------------------------------------------------------------------


def test_review_flags_point_at_what_is_missing_or_risky() -> None:
    terms = with_(
        complete_terms(),
        success_criteria="",
        change_request_procedure="",
        withdrawal_terms="",
        withdrawal_notice_days=None,
        response_days=None,
        mediator="",
        scope_items=(ScopeItem(ScopeSide.IN, "Diagnostic"),),
    )
    codes = {(flag.field, flag.code) for flag in review_flags(terms)}
    assert codes == {
        ("scoping.success_criteria", "flag_no_success_criteria"),
        ("scoping.change_request_procedure", "flag_no_change_request"),
        ("scoping.withdrawal_terms", "flag_no_withdrawal"),
        ("scoping.response_days", "flag_no_responsiveness"),
        ("scoping.mediator", "flag_no_mediator"),
        ("scoping.scope_items", "flag_no_exclusions"),
    }
    assert all(flag.severity is IssueSeverity.WARNING for flag in review_flags(terms))
    financial = review_flags(terms, Section.FINANCIAL)
    assert [flag.code for flag in financial] == ["flag_no_withdrawal"]


def test_a_schedule_with_nothing_upfront_is_flagged() -> None:
    terms = complete_terms()
    later = replace_item(terms.instalments, 0, due_date=date(2026, 3, 3))
    flags = review_flags(with_(terms, instalments=later))
    assert [(f.field, f.code) for f in flags] == [("scoping.instalments", "flag_nothing_upfront")]
    text = flags[0].text(Language.EN)
    assert text.startswith("Payment schedule: nothing is due before the engagement starts")


def test_a_blank_scoping_flags_every_point_of_the_article() -> None:
    codes = {flag.code for flag in review_flags(ScopingTerms())}
    assert {
        "flag_no_success_criteria",
        "flag_no_milestones",
        "flag_no_resources",
        "flag_no_contact",
        "flag_no_responsiveness",
        "flag_no_working_hours",
        "flag_no_exclusions",
        "flag_no_change_request",
        "flag_no_schedule",
        "flag_no_late_payment",
        "flag_no_withdrawal",
        "flag_no_amicable",
        "flag_no_mediator",
        "flag_no_applicable_law",
        "flag_no_court",
    } <= codes


# --- Editing helpers ------------------------------------------------------------------------


def test_removing_a_milestone_keeps_instalments_on_the_right_ones() -> None:
    terms = remove_milestone(complete_terms(), 1)
    assert [m.name for m in terms.milestones] == ["Diagnostic", "Formation"]
    assert [i.milestone_position for i in terms.instalments] == [None, None, 1]
    assert terms.instalments[1].due_date is None


def test_normalized_terms_are_what_is_stored() -> None:
    terms = with_(
        complete_terms(),
        currency=" eur ",
        work_days=("fri", "mon", "fri"),
        objectives="  Objectif\r\nsur deux lignes  \n",
        mediator=" CMAP ",
        milestones=replace_item(complete_terms().milestones, 0, name=" Diagnostic "),
    )
    clean = normalized(terms)
    assert clean.currency == "EUR"
    assert clean.work_days == ("mon", "fri")
    assert clean.objectives == "Objectif\nsur deux lignes"
    assert clean.mediator == "CMAP"
    assert clean.milestones[0].name == "Diagnostic"
    assert errors(validate(clean)) == []


def test_validation_error_carries_every_issue() -> None:
    issues = errors(validate(with_(complete_terms(), daily_rate=D("-1"), days=D("-2"))))
    error = ScopingValidationError(issues)
    assert error.field == "scoping.daily_rate"
    assert error.code == "negative"
    assert len(error.issues) == 2
    assert error.text(Language.EN) == ("Daily rate: cannot be negative. (and 1 more problem(s))")
    with pytest.raises(ValueError):
        ScopingValidationError([])


# --- Reading what the user typed -------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("1 234,50", D("1234.50")),
        ("1\u202f234,5", D("1234.5")),
        ("650.125", D("650.125")),  # read as typed; validate() says it has too many decimals
        ("-3", D("-3")),
        ("  ", None),
    ],
)
def test_numbers_are_read_as_typed(typed: str, value: Decimal | None) -> None:
    assert read_decimal("scoping.daily_rate", typed) == value


@pytest.mark.parametrize("typed", ["abc", "12,5,3", "NaN", "1 2 3,4.5"])
def test_what_is_not_a_number_names_the_field(typed: str) -> None:
    with pytest.raises(ScopingValidationError) as caught:
        read_decimal("scoping.instalments[1].amount", typed)
    assert caught.value.field == "scoping.instalments[1].amount"
    assert caught.value.text(Language.FR).startswith("Montant de l'échéance 2 : ")


def test_whole_numbers_are_read_as_typed() -> None:
    assert read_whole("scoping.response_days", " 3 ") == 3
    assert read_whole("scoping.response_days", "") is None
    with pytest.raises(ScopingValidationError) as caught:
        read_whole("scoping.response_days", "3,5")
    assert caught.value.text(Language.EN) == ("Reply time (working days): “3,5” is not a number.")


# --- Catalogue --------------------------------------------------------------------------------


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(scoping_messages.SCOPING_MESSAGES))
def test_every_scoping_message_exists_in_both_languages(code: str) -> None:
    texts = scoping_messages.SCOPING_MESSAGES[code]
    assert set(texts) == {"fr", "en"}
    assert placeholders(texts["fr"]) == placeholders(texts["en"])
    assert '"' not in texts["fr"]
    if texts["fr"].startswith("{field}"):
        assert texts["fr"].startswith("{field} :"), texts["fr"]
        assert texts["en"].startswith("{field}:"), texts["en"]


@pytest.mark.parametrize(
    "catalogue",
    [
        scoping_messages.SCOPING_FIELD_LABELS,
        scoping_messages.SECTION_TITLES,
        scoping_messages.WEEKDAY_LABELS,
        scoping_messages.LESSON_TOPICS,
    ],
)
def test_every_label_exists_in_both_languages(catalogue: dict[str, dict[str, str]]) -> None:
    for labels in catalogue.values():
        assert set(labels) == {"fr", "en"}
        assert all(label.strip() for label in labels.values())
        assert placeholders(labels["fr"]) == placeholders(labels["en"])


def test_every_field_has_a_label_and_a_page() -> None:
    for name, section in FIELD_SECTIONS.items():
        if name in ("milestones", "resource_lines", "scope_items", "instalments"):
            continue
        assert f"scoping.{name}" in scoping_messages.SCOPING_FIELD_LABELS
        assert section_of(f"scoping.{name}") is section
    for field in ScopingTerms.__dataclass_fields__:
        assert field in FIELD_SECTIONS, field


def test_labels_of_list_items_count_from_one() -> None:
    assert scoping_messages.field_label("scoping.instalments[0].amount", Language.FR) == (
        "Montant de l'échéance 1"
    )
    assert scoping_messages.field_label("scoping.resource_lines[4].days", Language.EN) == (
        "Days of person 5"
    )
    assert scoping_messages.field_label("scoping.nonsense", Language.EN) == "scoping.nonsense"


def test_sections_are_the_ten_wizard_pages_in_order() -> None:
    assert [section.page for section in Section] == list(range(1, 11))
    assert Section.FINANCIAL.label(Language.FR) == "Conditions financières"
    assert section_of("engagement.title") is Section.MISSION
    assert section_of("scoping.milestones[3].due_date") is Section.DEADLINES


def test_every_field_named_by_validate_has_a_label() -> None:
    fields = {issue.field for issue in validate(ScopingTerms(), signing=True)}
    fields |= {issue.field for issue in review_flags(ScopingTerms())}
    for field in fields:
        assert scoping_messages.field_label(field, Language.FR) != field, field


# --- Never a crash, whatever the numbers and dates -------------------------------------------

decimals = st.one_of(
    st.none(),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.decimals(min_value=-10, max_value=2_000_000, places=2),
    st.integers(min_value=0, max_value=100).map(Decimal),
)
dates = st.one_of(st.none(), st.dates())
small_ints = st.one_of(st.none(), st.integers(min_value=-(10**12), max_value=10**12))
texts = st.text(max_size=30)
times = st.one_of(st.none(), st.times())

milestones = st.builds(Milestone, name=texts, due_date=dates, deliverable=texts)
resource_lines = st.builds(ResourceLine, role=texts, person=texts, days=decimals)
scope_items = st.builds(ScopeItem, side=st.sampled_from([*ScopeSide, "both"]), text=texts)
instalments = st.builds(
    Instalment,
    label=texts,
    share_percent=decimals,
    amount=decimals,
    due_date=dates,
    milestone_position=small_ints,
)
any_terms = st.builds(
    ScopingTerms,
    objectives=texts,
    start_date=dates,
    end_date=dates,
    milestones=st.lists(milestones, max_size=4).map(tuple),
    resource_lines=st.lists(resource_lines, max_size=3).map(tuple),
    response_days=small_ints,
    work_days=st.lists(st.sampled_from(["mon", "sun", "xyz", ""]), max_size=4).map(tuple),
    hours_start=times,
    hours_end=times,
    work_place=st.sampled_from([*WorkPlace, "office"]),
    scope_items=st.lists(scope_items, max_size=3).map(tuple),
    pricing_mode=st.sampled_from([*PricingMode, "hourly"]),
    daily_rate=decimals,
    days=decimals,
    fixed_fee=decimals,
    vat_rate=st.one_of(st.decimals(allow_nan=True), st.sampled_from([D("20"), D("5.5")])),
    currency=st.sampled_from(["EUR", "eur", "GBP", "", "EURO", "€"]),
    instalments=st.lists(instalments, max_size=4).map(tuple),
    withdrawal_notice_days=small_ints,
    withdrawal_fee=decimals,
    mediator=texts,
    sign_date=dates,
)


@settings(max_examples=300, deadline=None)
@given(any_terms)
def test_validate_never_crashes_whatever_the_values(terms: ScopingTerms) -> None:
    issues = validate(terms, signing=True)
    for issue in [*issues, *review_flags(terms)]:
        assert issue.text(Language.FR)
        assert issue.text(Language.EN)
        assert isinstance(issue.section, Section)
    assert set(storage_issues(terms)) <= set(issues)
    money = totals(terms)
    resolved = resolve_instalments(terms)
    assert len(resolved) == len(terms.instalments)
    normalized(terms)
    if not errors(issues):
        # Clean terms always have a price, and a schedule that adds up to the cent.
        assert money is not None
        if terms.instalments:
            assert sum(r.excl_vat or 0 for r in resolved) == money.excl_vat
            assert sum(r.incl_vat or 0 for r in resolved) == money.incl_vat


shares = st.lists(st.integers(min_value=1, max_value=9_999), min_size=1, max_size=6)


@settings(max_examples=300, deadline=None)
@given(
    rate=st.decimals(min_value=1, max_value=5_000, places=2),
    days=st.decimals(min_value=Decimal("0.5"), max_value=300, places=1),
    weights=shares,
    vat=st.sampled_from([D("0"), D("2.1"), D("5.5"), D("10"), D("20"), D("8.1")]),
)
def test_instalments_resolved_from_shares_always_add_up_to_the_cent(
    rate: Decimal, days: Decimal, weights: list[int], vat: Decimal
) -> None:
    # Shares with up to 4 decimals, the last one making exactly 100 %.
    total_weight = sum(weights)
    parts = [(D(w) * 100 / total_weight).quantize(D("0.0001")) for w in weights[:-1]]
    last = D(100) - sum(parts, D(0))
    if last <= 0:
        return
    schedule = tuple(
        Instalment(f"n{n}", share, due_date=date(2026, 3, 2))
        for n, share in enumerate([*parts, last])
    )
    terms = with_(complete_terms(), daily_rate=rate, days=days, vat_rate=vat, instalments=schedule)
    terms = with_(terms, resource_lines=())
    assert errors(validate(terms)) == []
    money = totals(terms)
    assert money is not None
    resolved = resolve_instalments(terms)
    assert sum(r.excl_vat or 0 for r in resolved) == money.excl_vat
    assert sum(r.vat or 0 for r in resolved) == money.vat
    assert all(r.excl_vat is not None and r.excl_vat.as_tuple().exponent == -2 for r in resolved)


def test_no_template_is_left_unformatted() -> None:
    for code, texts in scoping_messages.SCOPING_MESSAGES.items():
        params = {name: "x" for name in placeholders(texts["fr"]) if name != "field"}
        for language in Language:
            assert "{" not in scoping_messages.message(code, language, field="F", **params)
