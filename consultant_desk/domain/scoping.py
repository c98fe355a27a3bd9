"""The scoping terms of an engagement, point by point, and the rules that check them.

"Prevention is better than cure": before it starts, the mission is discussed with the client
point by point (stakes, deadlines, resources, what is expected of the client, working hours,
scope, financial terms, remedies). ``ScopingTerms`` holds those points as plain values, one
field per column of the stored scoping version; ``validate`` says what is wrong, field by field,
``review_flags`` what is missing or risky, and the money functions compute the price and the
payment schedule exactly (``Decimal``, rounded to the cent, the last instalment absorbing the
rounding).

Field machine names: ``scoping.<field>`` for a value, ``scoping.<list>`` for a whole list, and
``scoping.<list>[i].<field>`` for one item, ``i`` counted from 0 (the row of the item in its
list, and ``milestone_position`` for milestones). Labels count items from 1.

Pure: standard library and the rest of the domain only.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from consultant_desk.domain import scoping_messages
from consultant_desk.domain.enums import PricingMode, ScopeSide, WorkPlace
from consultant_desk.domain.errors import DomainError, ValidationError
from consultant_desk.domain.language import Language, current_language
from consultant_desk.domain.validation import (
    EARLIEST_DATE,
    LATEST_DATE,
    LONG_TEXT,
    MAX_AMOUNT,
    clean_text,
)

CENT = Decimal("0.01")
HUNDRED = Decimal(100)
MONEY_PLACES = 2
DAYS_PLACES = 2
SHARE_PLACES = 4
VAT_PLACES = 2
MAX_DAILY_RATE = Decimal(1_000_000)
MAX_DAYS = Decimal(10_000)
MAX_RESPONSE_DAYS = 365
MAX_NOTICE_DAYS = 365
WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# Lengths of the stored columns (store/models/scoping.py).
NAME_LENGTH = 200
ROLE_LENGTH = 120
LAW_LENGTH = 120
PLACE_LENGTH = 120


class Section(StrEnum):
    """The wizard's pages, in order; also the sections of the TOML file."""

    MISSION = "mission"
    STAKES = "stakes"
    DEADLINES = "deadlines"
    RESOURCES = "resources"
    CLIENT_OBLIGATIONS = "client_obligations"
    WORKING_HOURS = "working_hours"
    SCOPE = "scope"
    FINANCIAL = "financial"
    REMEDIES = "remedies"
    SIGNATURE = "signature"

    def label(self, language: Language | None = None) -> str:
        return scoping_messages.section_title(self.value, language)

    @property
    def page(self) -> int:
        """The wizard page number, from 1."""
        return list(Section).index(self) + 1


# Every field of ScopingTerms (and each list) -> the page it is entered on.
FIELD_SECTIONS: dict[str, Section] = {
    "objectives": Section.STAKES,
    "expected_benefits": Section.STAKES,
    "risks": Section.STAKES,
    "success_criteria": Section.STAKES,
    "start_date": Section.DEADLINES,
    "end_date": Section.DEADLINES,
    "milestones": Section.DEADLINES,
    "resource_lines": Section.RESOURCES,
    "material": Section.RESOURCES,
    "access_needed": Section.RESOURCES,
    "client_contact_name": Section.CLIENT_OBLIGATIONS,
    "client_meetings": Section.CLIENT_OBLIGATIONS,
    "response_days": Section.CLIENT_OBLIGATIONS,
    "client_data_to_provide": Section.CLIENT_OBLIGATIONS,
    "work_days": Section.WORKING_HOURS,
    "hours_start": Section.WORKING_HOURS,
    "hours_end": Section.WORKING_HOURS,
    "work_place": Section.WORKING_HOURS,
    "travel": Section.WORKING_HOURS,
    "scope_items": Section.SCOPE,
    "change_request_procedure": Section.SCOPE,
    "pricing_mode": Section.FINANCIAL,
    "daily_rate": Section.FINANCIAL,
    "days": Section.FINANCIAL,
    "fixed_fee": Section.FINANCIAL,
    "expenses": Section.FINANCIAL,
    "vat_rate": Section.FINANCIAL,
    "currency": Section.FINANCIAL,
    "instalments": Section.FINANCIAL,
    "late_payment_terms": Section.FINANCIAL,
    "withdrawal_notice_days": Section.FINANCIAL,
    "withdrawal_fee": Section.FINANCIAL,
    "withdrawal_terms": Section.FINANCIAL,
    "amicable_settlement": Section.REMEDIES,
    "mediator": Section.REMEDIES,
    "applicable_law": Section.REMEDIES,
    "court": Section.REMEDIES,
    "consultant_signatory": Section.SIGNATURE,
    "client_signatory": Section.SIGNATURE,
    "sign_place": Section.SIGNATURE,
    "sign_date": Section.SIGNATURE,
    "consultant_signature": Section.SIGNATURE,
    "client_signature": Section.SIGNATURE,
}


class ClauseKind(StrEnum):
    """The kinds of ready-made clause the library offers, and the field each one fills."""

    WITHDRAWAL = "withdrawal"
    LATE_PAYMENT = "late_payment"
    REMEDIES = "remedies"
    CHANGE_REQUEST = "change_request"

    @property
    def field(self) -> str:
        return CLAUSE_FIELDS[self]


CLAUSE_FIELDS: dict[ClauseKind, str] = {
    ClauseKind.WITHDRAWAL: "scoping.withdrawal_terms",
    ClauseKind.LATE_PAYMENT: "scoping.late_payment_terms",
    ClauseKind.REMEDIES: "scoping.amicable_settlement",
    ClauseKind.CHANGE_REQUEST: "scoping.change_request_procedure",
}


def section_of(field: str) -> Section:
    """The page a field machine name belongs to (client and engagement fields: page 1)."""
    if field.startswith(("client.", "engagement.", "contact.")):
        return Section.MISSION
    name = field.removeprefix("scoping.").split(".")[0].split("[")[0]
    return FIELD_SECTIONS.get(name, Section.SIGNATURE)


# --- Value objects --------------------------------------------------------------------------


@dataclass(frozen=True)
class Milestone:
    name: str = ""
    due_date: date | None = None
    deliverable: str = ""


@dataclass(frozen=True)
class ResourceLine:
    """Someone on the mission: a role, optionally a name, and the days planned."""

    role: str = ""
    person: str = ""
    days: Decimal | None = None


@dataclass(frozen=True)
class ScopeItem:
    side: ScopeSide = ScopeSide.IN
    text: str = ""


@dataclass(frozen=True)
class Instalment:
    """One payment: a share of the price (``share_percent``) or an ``amount``, excluding VAT;
    due on a date or when a milestone (``milestone_position``, from 0) is delivered."""

    label: str = ""
    share_percent: Decimal | None = None
    amount: Decimal | None = None
    due_date: date | None = None
    milestone_position: int | None = None


@dataclass(frozen=True)
class ScopingTerms:
    """Everything agreed with the client, one field per column of a scoping version.

    Values may be incomplete or wrong while the wizard is being filled in: ``validate`` says
    what to fix. Amounts are excluding VAT, in ``currency``.
    """

    # Stakes
    objectives: str = ""
    expected_benefits: str = ""
    risks: str = ""
    success_criteria: str = ""
    # Deadlines
    start_date: date | None = None
    end_date: date | None = None
    milestones: tuple[Milestone, ...] = ()
    # Resources
    resource_lines: tuple[ResourceLine, ...] = ()
    material: str = ""
    access_needed: str = ""
    # What is expected of the client
    client_contact_name: str = ""
    client_meetings: str = ""
    response_days: int | None = None
    client_data_to_provide: str = ""
    # Working hours; ``work_days`` holds codes of WEEKDAYS
    work_days: tuple[str, ...] = ()
    hours_start: time | None = None
    hours_end: time | None = None
    work_place: WorkPlace = WorkPlace.HYBRID
    travel: str = ""
    # Scope
    scope_items: tuple[ScopeItem, ...] = ()
    change_request_procedure: str = ""
    # Financial terms
    pricing_mode: PricingMode = PricingMode.DAILY_RATE
    daily_rate: Decimal | None = None
    days: Decimal | None = None
    fixed_fee: Decimal | None = None
    expenses: str = ""
    vat_rate: Decimal = Decimal("20")
    currency: str = "EUR"
    instalments: tuple[Instalment, ...] = ()
    late_payment_terms: str = ""
    withdrawal_notice_days: int | None = None
    withdrawal_fee: Decimal | None = None
    withdrawal_terms: str = ""
    # Remedies
    amicable_settlement: str = ""
    mediator: str = ""
    applicable_law: str = ""
    court: str = ""
    # Signature
    consultant_signatory: str = ""
    client_signatory: str = ""
    sign_place: str = ""
    sign_date: date | None = None

    @property
    def items_in(self) -> tuple[str, ...]:
        return tuple(item.text for item in self.scope_items if item.side == ScopeSide.IN)

    @property
    def items_out(self) -> tuple[str, ...]:
        return tuple(item.text for item in self.scope_items if item.side == ScopeSide.OUT)


def remove_milestone(terms: ScopingTerms, index: int) -> ScopingTerms:
    """The terms without milestone ``index``; instalments keep pointing at the same milestones
    (an instalment due on the removed one loses its trigger)."""

    def shifted(instalment: Instalment) -> Instalment:
        position = instalment.milestone_position
        if position is None or position < index:
            return instalment
        return dataclasses.replace(
            instalment, milestone_position=None if position == index else position - 1
        )

    return dataclasses.replace(
        terms,
        milestones=terms.milestones[:index] + terms.milestones[index + 1 :],
        instalments=tuple(shifted(instalment) for instalment in terms.instalments),
    )


# --- Issues -----------------------------------------------------------------------------------


class IssueSeverity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Issue:
    """One thing to fix (error) or to consider (warning), attached to one field.

    ``blocks_draft``: the value can never be stored (a negative amount, a date in year 3026,
    a text too long for its column): even an autosaved draft refuses it. Other errors (a
    missing value, a milestone outside the mission, a schedule that does not add up) only
    prevent signing.
    """

    field: str
    code: str
    params: Mapping[str, object] = dataclasses.field(default_factory=dict, hash=False)
    severity: IssueSeverity = IssueSeverity.ERROR
    blocks_draft: bool = False

    @property
    def is_error(self) -> bool:
        return self.severity is IssueSeverity.ERROR

    @property
    def section(self) -> Section:
        return section_of(self.field)

    def label(self, language: Language | None = None) -> str:
        return scoping_messages.field_label(self.field, language)

    def text(self, language: Language | None = None, *, field_name: str | None = None) -> str:
        """The message, naming the field by its label, or by ``field_name`` when given (the
        TOML import names the key instead: ``financial.daily_rate: cannot be negative.``)."""
        language = language or current_language()
        label = field_name if field_name is not None else self.label(language)
        values: dict[str, object] = {**self.params, "field": label}
        return scoping_messages.message(self.code, language, **values)


class ScopingError(DomainError):
    """A scoping error whose message lives in the scoping catalogue."""

    def text(self, language: Language | None = None) -> str:
        return scoping_messages.message(self.code, language, **self.params)


class SignedVersionError(ScopingError):
    """A signed scoping version is never rewritten: an amendment is a new version."""

    def __init__(self, number: int, reference: str) -> None:
        self.number = number
        self.reference = reference
        super().__init__("signed_immutable", number=number, reference=reference)


class ScopingValidationError(ValidationError):
    """Terms refused by a service; ``issues`` holds every blocking issue, ``field`` and
    ``code`` are those of the first one."""

    def __init__(self, issues: Sequence[Issue]) -> None:
        if not issues:
            raise ValueError("a validation error needs at least one issue")
        self.issues: tuple[Issue, ...] = tuple(issues)
        first = self.issues[0]
        self.field = first.field
        self.row = None
        DomainError.__init__(self, first.code, **first.params)

    def label(self, language: Language | None = None) -> str:
        return scoping_messages.field_label(self.field, language)

    def text(self, language: Language | None = None) -> str:
        first = self.issues[0].text(language)
        more = len(self.issues) - 1
        if not more:
            return first
        return scoping_messages.message("and_more", language, message=first, count=more)


# --- Reading what the user typed -------------------------------------------------------------


def read_decimal(field: str, text: str) -> Decimal | None:
    """A number as typed, French or English style (``1 234,50``, ``1234.50``), never through a
    float; None when empty. Only the typing is judged here: a negative or too precise value
    comes back as is, for ``validate`` to mark. Raises ``ScopingValidationError`` otherwise."""
    cleaned = text.strip().replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        return None
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        number = Decimal(cleaned)
    except ArithmeticError:
        raise ScopingValidationError(
            [Issue(field, "invalid_number", {"value": text}, blocks_draft=True)]
        ) from None
    if not number.is_finite():
        raise ScopingValidationError([Issue(field, "not_finite", blocks_draft=True)])
    return number


def read_whole(field: str, text: str) -> int | None:
    """A whole number as typed (``3``, ``-3``); None when empty; see ``read_decimal``."""
    cleaned = text.strip()
    if not cleaned:
        return None
    try:
        return int(cleaned)
    except ValueError:
        raise ScopingValidationError(
            [Issue(field, "invalid_number", {"value": text}, blocks_draft=True)]
        ) from None


# --- Money ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Totals:
    excl_vat: Decimal
    vat: Decimal
    incl_vat: Decimal
    vat_rate: Decimal
    currency: str


@dataclass(frozen=True)
class ResolvedInstalment:
    """An instalment with its amounts worked out, as the payment-schedule table prints it.

    Amounts are ``None`` when they cannot be computed yet (no price, no share nor amount).
    ``expected_on``: the instalment's date, or the due date of its milestone.
    """

    position: int
    label: str
    share_percent: Decimal | None
    excl_vat: Decimal | None
    vat: Decimal | None
    incl_vat: Decimal | None
    due_date: date | None
    milestone_position: int | None
    milestone_name: str
    expected_on: date | None


def _usable(value: object, places: int, maximum: Decimal) -> Decimal | None:
    """``value`` when it is a valid amount of its kind (finite, >= 0, bounded, not too
    precise), else None: the money functions compute only from valid numbers."""
    if not isinstance(value, Decimal) or not value.is_finite():
        return None
    if value < 0 or value > maximum:
        return None
    step = Decimal(1).scaleb(-places)
    if value.quantize(step) != value:
        return None
    return value


def total_excl_vat(terms: ScopingTerms) -> Decimal | None:
    """Daily rate x days (rounded to the cent), or the fixed fee; None while incomplete."""
    if terms.pricing_mode == PricingMode.FIXED_FEE:
        fee = _usable(terms.fixed_fee, MONEY_PLACES, MAX_AMOUNT)
        return None if fee is None else fee.quantize(CENT)
    if terms.pricing_mode != PricingMode.DAILY_RATE:
        return None
    rate = _usable(terms.daily_rate, MONEY_PLACES, MAX_DAILY_RATE)
    days = _usable(terms.days, DAYS_PLACES, MAX_DAYS)
    if rate is None or days is None:
        return None
    return (rate * days).quantize(CENT, ROUND_HALF_UP)


def _vat_rate(terms: ScopingTerms) -> Decimal | None:
    return _usable(terms.vat_rate, VAT_PLACES, HUNDRED)


def _vat_on(amount: Decimal, rate: Decimal) -> Decimal:
    return (amount * rate / HUNDRED).quantize(CENT, ROUND_HALF_UP)


def vat_amount(terms: ScopingTerms) -> Decimal | None:
    excl = total_excl_vat(terms)
    rate = _vat_rate(terms)
    return None if excl is None or rate is None else _vat_on(excl, rate)


def total_incl_vat(terms: ScopingTerms) -> Decimal | None:
    excl = total_excl_vat(terms)
    vat = vat_amount(terms)
    return None if excl is None or vat is None else excl + vat


def totals(terms: ScopingTerms) -> Totals | None:
    excl = total_excl_vat(terms)
    rate = _vat_rate(terms)
    if excl is None or rate is None:
        return None
    vat = _vat_on(excl, rate)
    return Totals(excl, vat, excl + vat, rate, terms.currency)


def _instalment_parts(instalment: Instalment) -> tuple[Decimal | None, Decimal | None]:
    """(share, amount) when exactly one of them is given and valid; else (None, None)."""
    share = _usable(instalment.share_percent, SHARE_PLACES, HUNDRED)
    amount = _usable(instalment.amount, MONEY_PLACES, MAX_AMOUNT)
    if instalment.share_percent is not None and instalment.amount is not None:
        return None, None
    if share is not None and share > 0:
        return share, None
    if amount is not None:
        return None, amount
    return None, None


def scheduled_total(terms: ScopingTerms) -> Decimal | None:
    """What the schedule adds up to, excluding VAT (exact, before rounding); None when an
    instalment has neither share nor amount, or shares are used while the price is unknown."""
    if not terms.instalments:
        return None
    excl = total_excl_vat(terms)
    result = Decimal(0)
    for instalment in terms.instalments:
        share, amount = _instalment_parts(instalment)
        if amount is not None:
            result += amount
        elif share is not None and excl is not None:
            result += excl * share / HUNDRED
        else:
            return None
    return result


def shares_total(terms: ScopingTerms) -> Decimal:
    """The sum of the shares given, in percent."""
    total = Decimal(0)
    for instalment in terms.instalments:
        share, _amount = _instalment_parts(instalment)
        if share is not None:
            total += share
    return total


def schedule_is_exact(terms: ScopingTerms) -> bool:
    """The schedule adds up exactly to the price excluding VAT."""
    excl = total_excl_vat(terms)
    scheduled = scheduled_total(terms)
    return excl is not None and scheduled is not None and scheduled == excl


def resolve_instalments(terms: ScopingTerms) -> tuple[ResolvedInstalment, ...]:
    """Each instalment with its amounts excl. VAT, VAT and incl. VAT, rounded to the cent.

    When the schedule adds up exactly, the last instalment absorbs the rounding, so the
    instalments add up to the totals to the cent.
    """
    money = totals(terms)
    base: list[Decimal | None] = []
    for instalment in terms.instalments:
        share, amount = _instalment_parts(instalment)
        if amount is not None:
            base.append(amount)
        elif share is not None and money is not None:
            base.append((money.excl_vat * share / HUNDRED).quantize(CENT, ROUND_HALF_UP))
        else:
            base.append(None)
    vats: list[Decimal | None] = [
        None if value is None or money is None else _vat_on(value, money.vat_rate) for value in base
    ]
    if money is not None and base and schedule_is_exact(terms):
        known = [value for value in base[:-1] if value is not None]
        base[-1] = money.excl_vat - sum(known, Decimal(0))
        known_vat = [value for value in vats[:-1] if value is not None]
        vats[-1] = money.vat - sum(known_vat, Decimal(0))
    resolved = []
    for position, instalment in enumerate(terms.instalments):
        milestone = _milestone_at(terms, instalment.milestone_position)
        excl, vat = base[position], vats[position]
        resolved.append(
            ResolvedInstalment(
                position=position,
                label=instalment.label,
                share_percent=instalment.share_percent,
                excl_vat=excl,
                vat=vat,
                incl_vat=None if excl is None or vat is None else excl + vat,
                due_date=instalment.due_date,
                milestone_position=instalment.milestone_position,
                milestone_name=milestone.name if milestone else "",
                expected_on=instalment.due_date or (milestone.due_date if milestone else None),
            )
        )
    return tuple(resolved)


def _milestone_at(terms: ScopingTerms, position: int | None) -> Milestone | None:
    if position is None or not 0 <= position < len(terms.milestones):
        return None
    return terms.milestones[position]


# --- Validation -------------------------------------------------------------------------------


class _Checker:
    """Collects the issues of one set of terms; each helper returns the value when usable."""

    def __init__(self, terms: ScopingTerms, *, signing: bool) -> None:
        self.terms = terms
        self.signing = signing
        self.issues: list[Issue] = []

    # -- recording

    def invalid(self, field: str, code: str, **params: object) -> None:
        """A value that can never be stored."""
        self.issues.append(Issue(field, code, params, blocks_draft=True))

    def error(self, field: str, code: str, **params: object) -> None:
        """Incomplete or inconsistent: the draft keeps it, signing refuses it."""
        self.issues.append(Issue(field, code, params))

    def warning(self, field: str, code: str, **params: object) -> None:
        self.issues.append(Issue(field, code, params, severity=IssueSeverity.WARNING))

    # -- single values

    def text(
        self,
        field: str,
        value: object,
        *,
        max_length: int = LONG_TEXT,
        multiline: bool = True,
        required: bool = False,
    ) -> str:
        if not isinstance(value, str):
            self.invalid(field, "invalid_value")
            return ""
        try:
            cleaned = clean_text(field, value, max_length=max_length, multiline=multiline)
        except ValidationError as error:
            self.invalid(field, error.code, **error.params)
            return ""
        if required and not cleaned.strip():
            self.error(field, "required")
        return cleaned

    def line(self, field: str, value: object, max_length: int, *, required: bool = False) -> str:
        return self.text(field, value, max_length=max_length, multiline=False, required=required)

    def decimal(
        self,
        field: str,
        value: object,
        *,
        places: int,
        maximum: Decimal,
        required: bool = False,
        positive: bool = False,
    ) -> Decimal | None:
        if value is None:
            if required:
                self.error(field, "required")
            return None
        if isinstance(value, bool) or not isinstance(value, (Decimal, int)):
            self.invalid(field, "invalid_number", value=str(value))
            return None
        number = Decimal(value)
        if not number.is_finite():
            self.invalid(field, "not_finite")
            return None
        if number < 0:
            self.invalid(field, "negative")
            return None
        if number > maximum:
            self.invalid(field, "too_large", max=maximum)
            return None
        if number.quantize(Decimal(1).scaleb(-places)) != number:
            self.invalid(field, "too_many_decimals", places=places)
            return None
        if positive and number == 0:
            self.error(field, "not_positive")
            return None
        return number

    def whole(
        self, field: str, value: object, *, maximum: int, required: bool = False
    ) -> int | None:
        if value is None:
            if required:
                self.error(field, "required")
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.invalid(field, "invalid_number", value=str(value))
            return None
        if value < 0:
            self.invalid(field, "negative")
            return None
        if value > maximum:
            self.invalid(field, "too_large", max=maximum)
            return None
        return value

    def day(self, field: str, value: object, *, required: bool = False) -> date | None:
        if value is None:
            if required:
                self.error(field, "required")
            return None
        if isinstance(value, datetime) or not isinstance(value, date):
            self.invalid(field, "invalid_date", value=str(value))
            return None
        if not EARLIEST_DATE <= value <= LATEST_DATE:
            self.invalid(
                field,
                "date_out_of_range",
                low=EARLIEST_DATE.isoformat(),
                high=LATEST_DATE.isoformat(),
            )
            return None
        return value

    def clock(self, field: str, value: object) -> time | None:
        if value is None:
            return None
        if not isinstance(value, time):
            self.invalid(field, "invalid_time", value=str(value))
            return None
        if value.second or value.microsecond or value.tzinfo is not None:
            self.invalid(field, "invalid_time", value=value.isoformat())
            return None
        return value

    def choice(self, field: str, value: object, choices: Sequence[str]) -> str | None:
        if isinstance(value, str) and value in choices:
            return value
        self.invalid(field, "invalid_choice", value=str(value), choices=", ".join(choices))
        return None

    # -- sections

    def run(self) -> list[Issue]:
        self.stakes()
        self.deadlines()
        self.resources()
        self.client_obligations()
        self.working_hours()
        self.scope()
        self.financial()
        self.remedies()
        self.signature()
        return self.issues

    def stakes(self) -> None:
        t = self.terms
        self.text("scoping.objectives", t.objectives, required=True)
        self.text("scoping.expected_benefits", t.expected_benefits)
        self.text("scoping.risks", t.risks)
        self.text("scoping.success_criteria", t.success_criteria)

    def deadlines(self) -> None:
        t = self.terms
        start = self.day("scoping.start_date", t.start_date, required=True)
        end = self.day("scoping.end_date", t.end_date, required=True)
        if start is not None and end is not None and end < start:
            self.error("scoping.end_date", "end_before_start", start=start, end=end)
            start = end = None
        for index, milestone in enumerate(t.milestones):
            prefix = f"scoping.milestones[{index}]"
            self.line(f"{prefix}.name", milestone.name, NAME_LENGTH, required=True)
            self.text(f"{prefix}.deliverable", milestone.deliverable)
            due = self.day(f"{prefix}.due_date", milestone.due_date, required=True)
            if due is None:
                continue
            if start is not None and due < start:
                self.error(f"{prefix}.due_date", "milestone_before_start", date=due, start=start)
            elif end is not None and due > end:
                self.error(f"{prefix}.due_date", "milestone_after_end", date=due, end=end)

    def resources(self) -> None:
        t = self.terms
        for index, line in enumerate(t.resource_lines):
            prefix = f"scoping.resource_lines[{index}]"
            self.line(f"{prefix}.role", line.role, ROLE_LENGTH, required=True)
            self.line(f"{prefix}.person", line.person, NAME_LENGTH)
            self.decimal(f"{prefix}.days", line.days, places=DAYS_PLACES, maximum=MAX_DAYS)
        self.text("scoping.material", t.material)
        self.text("scoping.access_needed", t.access_needed)

    def client_obligations(self) -> None:
        t = self.terms
        self.line("scoping.client_contact_name", t.client_contact_name, NAME_LENGTH)
        self.text("scoping.client_meetings", t.client_meetings)
        days = self.whole("scoping.response_days", t.response_days, maximum=MAX_RESPONSE_DAYS)
        if days == 0:
            self.invalid("scoping.response_days", "not_positive")
        self.text("scoping.client_data_to_provide", t.client_data_to_provide)

    def working_hours(self) -> None:
        t = self.terms
        if not isinstance(t.work_days, (tuple, list)):
            self.invalid("scoping.work_days", "invalid_value")
        else:
            for code in t.work_days:
                self.choice("scoping.work_days", code, WEEKDAYS)
        start = self.clock("scoping.hours_start", t.hours_start)
        end = self.clock("scoping.hours_end", t.hours_end)
        if start is not None and t.hours_end is None:
            self.error("scoping.hours_end", "required")
        if end is not None and t.hours_start is None:
            self.error("scoping.hours_start", "required")
        if start is not None and end is not None and end <= start:
            self.error("scoping.hours_end", "hours_end_before_start", start=start, end=end)
        self.choice("scoping.work_place", t.work_place, [place.value for place in WorkPlace])
        self.text("scoping.travel", t.travel)

    def scope(self) -> None:
        t = self.terms
        has_in = False
        sides = [side.value for side in ScopeSide]
        for index, item in enumerate(t.scope_items):
            prefix = f"scoping.scope_items[{index}]"
            side = self.choice(f"{prefix}.side", item.side, sides)
            text = self.text(f"{prefix}.text", item.text, required=True)
            if side == ScopeSide.IN and text.strip():
                has_in = True
        if not has_in:
            self.error("scoping.scope_items", "scope_in_required")
        self.text("scoping.change_request_procedure", t.change_request_procedure)

    def financial(self) -> None:
        t = self.terms
        mode = self.choice("scoping.pricing_mode", t.pricing_mode, [m.value for m in PricingMode])
        daily = mode == PricingMode.DAILY_RATE
        fixed = mode == PricingMode.FIXED_FEE
        self.decimal(
            "scoping.daily_rate",
            t.daily_rate,
            places=MONEY_PLACES,
            maximum=MAX_DAILY_RATE,
            required=daily,
            positive=daily,
        )
        self.decimal(
            "scoping.days",
            t.days,
            places=DAYS_PLACES,
            maximum=MAX_DAYS,
            required=daily,
            positive=daily,
        )
        self.decimal(
            "scoping.fixed_fee",
            t.fixed_fee,
            places=MONEY_PLACES,
            maximum=MAX_AMOUNT,
            required=fixed,
            positive=fixed,
        )
        if mode is not None:
            ignored = ("daily_rate", "days") if fixed else ("fixed_fee",)
            for name in ignored:
                if getattr(t, name) is not None:
                    self.warning(f"scoping.{name}", "ignored_value", pricing=PricingMode(mode))
        self.text("scoping.expenses", t.expenses)
        self.decimal(
            "scoping.vat_rate", t.vat_rate, places=VAT_PLACES, maximum=HUNDRED, required=True
        )
        self.currency(t.currency)
        self.instalments()
        self.text("scoping.late_payment_terms", t.late_payment_terms)
        self.whole(
            "scoping.withdrawal_notice_days", t.withdrawal_notice_days, maximum=MAX_NOTICE_DAYS
        )
        fee = self.decimal(
            "scoping.withdrawal_fee", t.withdrawal_fee, places=MONEY_PLACES, maximum=MAX_AMOUNT
        )
        self.text("scoping.withdrawal_terms", t.withdrawal_terms)
        total = total_excl_vat(t)
        if fee is not None and total is not None and fee > total:
            self.warning(
                "scoping.withdrawal_fee",
                "withdrawal_fee_exceeds_total",
                fee=fee,
                total=total,
                currency=t.currency,
            )
        if daily:
            self.resource_days()

    def currency(self, value: object) -> None:
        """Three ASCII letters; lower case is fine, ``normalized`` stores capitals."""
        if not isinstance(value, str):
            self.invalid("scoping.currency", "invalid_currency", value=str(value))
            return
        code = value.strip()
        if not code:
            self.error("scoping.currency", "required")
        elif not (len(code) == 3 and code.isascii() and code.isalpha()):
            self.invalid("scoping.currency", "invalid_currency", value=value)

    def resource_days(self) -> None:
        t = self.terms
        billed = _usable(t.days, DAYS_PLACES, MAX_DAYS)
        planned = [_usable(line.days, DAYS_PLACES, MAX_DAYS) for line in t.resource_lines]
        if billed is None or not planned or any(days is None for days in planned):
            return
        total = sum((days for days in planned if days is not None), Decimal(0))
        if total != billed:
            self.warning(
                "scoping.resource_lines", "resource_days_mismatch", planned=total, billed=billed
            )

    def instalments(self) -> None:
        t = self.terms
        count = len(t.milestones)
        for index, instalment in enumerate(t.instalments):
            prefix = f"scoping.instalments[{index}]"
            self.line(f"{prefix}.label", instalment.label, NAME_LENGTH, required=True)
            share = self.decimal(
                f"{prefix}.share_percent",
                instalment.share_percent,
                places=SHARE_PLACES,
                maximum=HUNDRED,
            )
            if share == 0:
                self.invalid(f"{prefix}.share_percent", "not_positive")
            self.decimal(
                f"{prefix}.amount", instalment.amount, places=MONEY_PLACES, maximum=MAX_AMOUNT
            )
            if instalment.share_percent is not None and instalment.amount is not None:
                self.error(f"{prefix}.amount", "share_and_amount")
            elif instalment.share_percent is None and instalment.amount is None:
                self.error(f"{prefix}.share_percent", "share_or_amount_required")
            self.day(f"{prefix}.due_date", instalment.due_date)
            position = self.whole(
                f"{prefix}.milestone_position", instalment.milestone_position, maximum=10**6
            )
            if instalment.due_date is not None and instalment.milestone_position is not None:
                self.error(f"{prefix}.milestone_position", "due_date_and_milestone")
            elif instalment.due_date is None and instalment.milestone_position is None:
                self.error(f"{prefix}.due_date", "due_required")
            if position is not None and position >= count:
                self.error(
                    f"{prefix}.milestone_position", "unknown_milestone", n=position + 1, count=count
                )
        self.schedule_sum()

    def schedule_sum(self) -> None:
        t = self.terms
        if not t.instalments:
            return
        parts = [_instalment_parts(instalment) for instalment in t.instalments]
        if any(share is None and amount is None for share, amount in parts):
            return  # an instalment already has its own error
        if all(amount is None for _share, amount in parts):
            shares = shares_total(t)
            if shares != HUNDRED:
                self.error("scoping.instalments", "shares_sum", sum=shares)
            return
        total = total_excl_vat(t)
        scheduled = scheduled_total(t)
        if total is None or scheduled is None:
            return
        if scheduled != total:
            self.error(
                "scoping.instalments",
                "amounts_sum",
                sum=scheduled.quantize(CENT, ROUND_HALF_UP),
                total=total,
                currency=t.currency,
            )

    def remedies(self) -> None:
        t = self.terms
        self.text("scoping.amicable_settlement", t.amicable_settlement)
        self.line("scoping.mediator", t.mediator, NAME_LENGTH)
        self.line("scoping.applicable_law", t.applicable_law, LAW_LENGTH)
        self.line("scoping.court", t.court, NAME_LENGTH)

    def signature(self) -> None:
        t = self.terms
        need = self.signing
        self.line(
            "scoping.consultant_signatory", t.consultant_signatory, NAME_LENGTH, required=need
        )
        self.line("scoping.client_signatory", t.client_signatory, NAME_LENGTH, required=need)
        self.line("scoping.sign_place", t.sign_place, PLACE_LENGTH, required=need)
        self.day("scoping.sign_date", t.sign_date, required=need)


def validate(terms: ScopingTerms, *, signing: bool = False) -> list[Issue]:
    """Every error and warning of the terms, in page order; never raises.

    ``signing``: the terms are about to be signed, so the signatories, the place and the date
    of signature are required too.
    """
    return _Checker(terms, signing=signing).run()


def validate_section(
    terms: ScopingTerms, section: Section, *, signing: bool = False
) -> list[Issue]:
    """The issues of one wizard page (page 1, client and mission, has none here: the client
    and engagement services check those fields)."""
    return [issue for issue in validate(terms, signing=signing) if issue.section is section]


def errors(issues: Sequence[Issue]) -> list[Issue]:
    return [issue for issue in issues if issue.is_error]


def storage_issues(terms: ScopingTerms) -> list[Issue]:
    """The issues an autosaved draft refuses: values that can never be stored."""
    return [issue for issue in validate(terms) if issue.blocks_draft]


# --- Review -----------------------------------------------------------------------------------


def _blank(value: object) -> bool:
    return not isinstance(value, str) or not value.strip()


def review_flags(terms: ScopingTerms, section: Section | None = None) -> list[Issue]:
    """What is missing or risky, as warnings, in page order; ``section`` keeps one page's."""
    t = terms
    flags: list[Issue] = []

    def flag(field: str, code: str, **params: object) -> None:
        flags.append(Issue(field, code, params, severity=IssueSeverity.WARNING))

    if _blank(t.risks):
        flag("scoping.risks", "flag_no_risks")
    if _blank(t.success_criteria):
        flag("scoping.success_criteria", "flag_no_success_criteria")
    if not t.milestones:
        flag("scoping.milestones", "flag_no_milestones")
    for index, milestone in enumerate(t.milestones):
        if _blank(milestone.deliverable):
            flag(f"scoping.milestones[{index}].deliverable", "flag_milestone_no_deliverable")
    if not t.resource_lines:
        flag("scoping.resource_lines", "flag_no_resources")
    if _blank(t.client_contact_name):
        flag("scoping.client_contact_name", "flag_no_contact")
    if _blank(t.client_meetings):
        flag("scoping.client_meetings", "flag_no_meetings")
    if t.response_days is None:
        flag("scoping.response_days", "flag_no_responsiveness")
    if _blank(t.client_data_to_provide):
        flag("scoping.client_data_to_provide", "flag_no_client_data")
    if not t.work_days and t.hours_start is None and t.hours_end is None:
        flag("scoping.work_days", "flag_no_working_hours")
    if not any(item.side == ScopeSide.OUT and not _blank(item.text) for item in t.scope_items):
        flag("scoping.scope_items", "flag_no_exclusions")
    if _blank(t.change_request_procedure):
        flag("scoping.change_request_procedure", "flag_no_change_request")
    if _blank(t.expenses):
        flag("scoping.expenses", "flag_no_expenses")
    if not t.instalments:
        flag("scoping.instalments", "flag_no_schedule")
    elif _nothing_upfront(t):
        flag("scoping.instalments", "flag_nothing_upfront")
    if _blank(t.late_payment_terms):
        flag("scoping.late_payment_terms", "flag_no_late_payment")
    if _blank(t.withdrawal_terms) and t.withdrawal_notice_days is None:
        flag("scoping.withdrawal_terms", "flag_no_withdrawal")
    if _blank(t.amicable_settlement):
        flag("scoping.amicable_settlement", "flag_no_amicable")
    if _blank(t.mediator):
        flag("scoping.mediator", "flag_no_mediator")
    if _blank(t.applicable_law):
        flag("scoping.applicable_law", "flag_no_applicable_law")
    if _blank(t.court):
        flag("scoping.court", "flag_no_court")
    if section is not None:
        flags = [issue for issue in flags if issue.section is section]
    return flags


def _plain_date(value: object) -> date | None:
    if isinstance(value, datetime) or not isinstance(value, date):
        return None
    return value


def _nothing_upfront(terms: ScopingTerms) -> bool:
    """No instalment falls due on or before the start date (unknown start: no opinion)."""
    start = _plain_date(terms.start_date)
    if start is None:
        return False
    for instalment in terms.instalments:
        due = _plain_date(instalment.due_date)
        if due is not None and due <= start:
            return False
    return True


# --- Normalising before storage ------------------------------------------------------------


LONG_TEXT_FIELDS: tuple[str, ...] = (
    "objectives",
    "expected_benefits",
    "risks",
    "success_criteria",
    "material",
    "access_needed",
    "client_meetings",
    "client_data_to_provide",
    "travel",
    "change_request_procedure",
    "expenses",
    "late_payment_terms",
    "withdrawal_terms",
    "amicable_settlement",
)
LINE_FIELDS: tuple[str, ...] = (
    "client_contact_name",
    "mediator",
    "applicable_law",
    "court",
    "consultant_signatory",
    "client_signatory",
    "sign_place",
)


def _tidy(value: str, *, multiline: bool) -> str:
    """NFC, trimmed (and line endings unified in long texts); left alone when invalid."""
    try:
        return clean_text("x", value, max_length=10**9, multiline=multiline)
    except (ValidationError, TypeError, AttributeError):
        return value


def normalized(terms: ScopingTerms) -> ScopingTerms:
    """The terms as they are stored: texts in NFC and trimmed, the currency in capitals,
    the working days once each, Monday first."""
    t = terms
    changes: dict[str, object] = {
        name: _tidy(getattr(t, name), multiline=True) for name in LONG_TEXT_FIELDS
    }
    changes.update({name: _tidy(getattr(t, name), multiline=False) for name in LINE_FIELDS})
    if isinstance(t.currency, str):
        changes["currency"] = unicodedata.normalize("NFC", t.currency).strip().upper()
    known = [code for code in WEEKDAYS if code in t.work_days]
    unknown = [code for code in dict.fromkeys(t.work_days) if code not in WEEKDAYS]
    changes["work_days"] = tuple(known + unknown)
    changes["milestones"] = tuple(
        dataclasses.replace(
            m,
            name=_tidy(m.name, multiline=False),
            deliverable=_tidy(m.deliverable, multiline=True),
        )
        for m in t.milestones
    )
    changes["resource_lines"] = tuple(
        dataclasses.replace(
            r, role=_tidy(r.role, multiline=False), person=_tidy(r.person, multiline=False)
        )
        for r in t.resource_lines
    )
    changes["scope_items"] = tuple(
        dataclasses.replace(s, text=_tidy(s.text, multiline=True)) for s in t.scope_items
    )
    changes["instalments"] = tuple(
        dataclasses.replace(i, label=_tidy(i.label, multiline=False)) for i in t.instalments
    )
    return dataclasses.replace(t, **changes)  # type: ignore[arg-type]
