"""Use cases of the scoping wizard: drafts saved as they go, signing, amendments, lessons.

One transaction per call. A signed scoping version is never modified: editing it starts an
amendment, a new draft version copied from it (``start_draft``), and both stay printable.
There is at most one draft per engagement, and it is always its latest version.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from consultant_desk.domain.enums import (
    EngagementStatus,
    PricingMode,
    ScopeSide,
    ScopingStatus,
    WorkPlace,
)
from consultant_desk.domain.errors import ValidationError
from consultant_desk.domain.language import Language
from consultant_desk.domain.lessons import Lesson, PastEpisode, lessons_from_episodes
from consultant_desk.domain.scoping import (
    DAYS_PLACES,
    MONEY_PLACES,
    SHARE_PLACES,
    VAT_PLACES,
    WEEKDAYS,
    Instalment,
    Issue,
    Milestone,
    ResourceLine,
    ScopeItem,
    ScopingTerms,
    ScopingValidationError,
    SignedVersionError,
    Totals,
    errors,
    normalized,
    review_flags,
    storage_issues,
    totals,
    validate,
)
from consultant_desk.domain.signature import Signature
from consultant_desk.domain.validation import clean_long_text, clean_text
from consultant_desk.services.clients import ClientData
from consultant_desk.services.common import check_version, get_or_raise
from consultant_desk.services.engagements import suggest_reference
from consultant_desk.store.base import utcnow
from consultant_desk.store.database import Database
from consultant_desk.store.models import (
    Client,
    ConsultantProfile,
    Engagement,
    Episode,
    ScopingVersion,
)
from consultant_desk.store.models import Instalment as InstalmentRow
from consultant_desk.store.models import Milestone as MilestoneRow
from consultant_desk.store.models import ResourceLine as ResourceLineRow
from consultant_desk.store.models import ScopeItem as ScopeItemRow

E = TypeVar("E", WorkPlace, PricingMode, ScopeSide)

# --- What the services hand out ---------------------------------------------------------------


@dataclass(frozen=True)
class VersionInfo:
    """One scoping version of an engagement, for a list of versions."""

    id: int
    engagement_id: int
    number: int
    status: ScopingStatus
    signed_at: datetime | None
    sign_date: date | None
    created_at: datetime
    updated_at: datetime
    version: int

    @property
    def is_signed(self) -> bool:
        return self.status is ScopingStatus.SIGNED

    @property
    def is_amendment(self) -> bool:
        return self.number > 1


@dataclass(frozen=True)
class DraftInfo:
    """A draft left open (wizard closed, or a crash): what the "resume?" prompt lists."""

    scoping_id: int
    engagement_id: int
    reference: str
    title: str
    client_name: str
    number: int
    updated_at: datetime
    version: int


@dataclass(frozen=True)
class ScopingSnapshot:
    """One version with everything the contract prints, loaded in one go."""

    id: int
    number: int
    status: ScopingStatus
    signed_at: datetime | None
    version: int
    terms: ScopingTerms
    consultant_signature: Signature | None
    client_signature: Signature | None
    engagement_id: int
    engagement_reference: str
    engagement_title: str
    client_id: int
    client_name: str
    client_language: Language
    client_address: str
    client_registration: str


@dataclass(frozen=True)
class MissionData:
    """The engagement half of page 1 for the headless path; an empty reference takes the
    next free ``M-<year>-NNN`` of the start year."""

    title: str
    reference: str = ""
    summary: str = ""

    def cleaned(self) -> MissionData:
        """The same rules as ``EngagementData.cleaned``, with the same field names."""
        return MissionData(
            title=clean_text("engagement.title", self.title, required=True),
            reference=clean_text("engagement.reference", self.reference, max_length=40),
            summary=clean_long_text("engagement.summary", self.summary),
        )


@dataclass(frozen=True)
class ScopeResult:
    """What ``create_engagement_with_scope`` and ``amend_engagement_scope`` did."""

    client_id: int
    client_name: str
    client_created: bool
    engagement_id: int
    reference: str
    title: str
    engagement_created: bool
    scoping_id: int
    number: int
    status: ScopingStatus
    totals: Totals | None
    instalments: int
    warnings: tuple[Issue, ...]


# --- Rows <-> terms ---------------------------------------------------------------------------


def _hhmm(value: time | None) -> str:
    return "" if value is None else f"{value.hour:02d}:{value.minute:02d}"


def _parse_hhmm(text: str) -> time | None:
    try:
        return time.fromisoformat(text) if text else None
    except ValueError:
        return None


def _enum_or(kind: type[E], value: str, default: E) -> E:
    try:
        return kind(value)
    except ValueError:
        return default


def _scaled(value: Decimal | None, places: int) -> Decimal | None:
    """A stored number at its own scale: PostgreSQL hands back ``650.5000`` for a NUMERIC(18, 4)
    where SQLite keeps ``650.50``; both come back as ``650.50``."""
    if value is None or not value.is_finite():
        return value
    step = Decimal(1).scaleb(-places)
    return value.quantize(step) if value == value.quantize(step) else value


def terms_of(row: ScopingVersion) -> ScopingTerms:
    """The terms stored in a version row (its lines must be loaded)."""
    return ScopingTerms(
        objectives=row.objectives,
        expected_benefits=row.expected_benefits,
        risks=row.risks,
        success_criteria=row.success_criteria,
        start_date=row.start_date,
        end_date=row.end_date,
        milestones=tuple(
            Milestone(name=m.name, due_date=m.due_date, deliverable=m.deliverable)
            for m in row.milestones
        ),
        resource_lines=tuple(
            ResourceLine(role=r.role, person=r.person, days=_scaled(r.days, DAYS_PLACES))
            for r in row.resource_lines
        ),
        material=row.material,
        access_needed=row.access_needed,
        client_contact_name=row.client_contact_name,
        client_meetings=row.client_meetings,
        response_days=row.response_days,
        client_data_to_provide=row.client_data_to_provide,
        work_days=tuple(code for code in row.work_days.split(",") if code),
        hours_start=_parse_hhmm(row.hours_start),
        hours_end=_parse_hhmm(row.hours_end),
        work_place=_enum_or(WorkPlace, row.work_place, WorkPlace.HYBRID),
        travel=row.travel,
        scope_items=tuple(
            ScopeItem(side=_enum_or(ScopeSide, s.side, ScopeSide.IN), text=s.text)
            for s in row.scope_items
        ),
        change_request_procedure=row.change_request_procedure,
        pricing_mode=_enum_or(PricingMode, row.pricing_mode, PricingMode.DAILY_RATE),
        daily_rate=_scaled(row.daily_rate, MONEY_PLACES),
        days=_scaled(row.days, DAYS_PLACES),
        fixed_fee=_scaled(row.fixed_fee, MONEY_PLACES),
        expenses=row.expenses,
        vat_rate=_scaled(row.vat_rate, VAT_PLACES) or Decimal(0),
        currency=row.currency,
        instalments=tuple(
            Instalment(
                label=i.label,
                share_percent=_scaled(i.share_percent, SHARE_PLACES),
                amount=_scaled(i.amount, MONEY_PLACES),
                due_date=i.due_date,
                milestone_position=i.milestone_position,
            )
            for i in row.instalments
        ),
        late_payment_terms=row.late_payment_terms,
        withdrawal_notice_days=row.withdrawal_notice_days,
        withdrawal_fee=_scaled(row.withdrawal_fee, MONEY_PLACES),
        withdrawal_terms=row.withdrawal_terms,
        amicable_settlement=row.amicable_settlement,
        mediator=row.mediator,
        applicable_law=row.applicable_law,
        court=row.court,
        consultant_signatory=row.consultant_signatory,
        client_signatory=row.client_signatory,
        sign_place=row.sign_place,
        sign_date=row.sign_date,
    )


_PLAIN_COLUMNS = (
    "objectives",
    "expected_benefits",
    "risks",
    "success_criteria",
    "start_date",
    "end_date",
    "material",
    "access_needed",
    "client_contact_name",
    "client_meetings",
    "response_days",
    "client_data_to_provide",
    "travel",
    "change_request_procedure",
    "daily_rate",
    "days",
    "fixed_fee",
    "expenses",
    "vat_rate",
    "currency",
    "late_payment_terms",
    "withdrawal_notice_days",
    "withdrawal_fee",
    "withdrawal_terms",
    "amicable_settlement",
    "mediator",
    "applicable_law",
    "court",
    "consultant_signatory",
    "client_signatory",
    "sign_place",
    "sign_date",
)


def _apply_terms(row: ScopingVersion, terms: ScopingTerms) -> None:
    """Write normalized, storable terms into a draft row, lines replaced as a whole."""
    for name in _PLAIN_COLUMNS:
        setattr(row, name, getattr(terms, name))
    row.work_days = ",".join(code for code in terms.work_days if code in WEEKDAYS)
    row.hours_start = _hhmm(terms.hours_start)
    row.hours_end = _hhmm(terms.hours_end)
    row.work_place = str(terms.work_place)
    row.pricing_mode = str(terms.pricing_mode)
    row.milestones = [
        MilestoneRow(position=n, name=m.name, due_date=m.due_date, deliverable=m.deliverable)
        for n, m in enumerate(terms.milestones)
    ]
    row.resource_lines = [
        ResourceLineRow(position=n, role=r.role, person=r.person, days=r.days)
        for n, r in enumerate(terms.resource_lines)
    ]
    row.scope_items = [
        ScopeItemRow(position=n, side=str(s.side), text=s.text)
        for n, s in enumerate(terms.scope_items)
    ]
    row.instalments = [
        InstalmentRow(
            position=n,
            label=i.label,
            share_percent=i.share_percent,
            amount=i.amount,
            due_date=i.due_date,
            milestone_position=i.milestone_position,
        )
        for n, i in enumerate(terms.instalments)
    ]
    # Touching the row itself makes the UPDATE that bumps its version counter, even when only
    # lines changed: a concurrent editor then gets a conflict instead of a silent overwrite.
    row.updated_at = utcnow()


_LINES = (
    selectinload(ScopingVersion.milestones),
    selectinload(ScopingVersion.resource_lines),
    selectinload(ScopingVersion.scope_items),
    selectinload(ScopingVersion.instalments),
)


def _load_row(session: Session, scoping_id: int) -> ScopingVersion:
    row = session.scalars(
        select(ScopingVersion)
        .where(ScopingVersion.id == scoping_id)
        .options(*_LINES, selectinload(ScopingVersion.engagement))
    ).one_or_none()
    if row is None:
        get_or_raise(session, ScopingVersion, scoping_id)
    assert row is not None
    return row


def _refuse_signed(row: ScopingVersion) -> None:
    if row.status == ScopingStatus.SIGNED:
        raise SignedVersionError(row.number, row.engagement.reference)


def _latest(session: Session, engagement_id: int) -> ScopingVersion | None:
    return session.scalars(
        select(ScopingVersion)
        .where(ScopingVersion.engagement_id == engagement_id)
        .order_by(ScopingVersion.number.desc())
        .limit(1)
        .options(*_LINES)
    ).first()


def _info(row: ScopingVersion) -> VersionInfo:
    return VersionInfo(
        id=row.id,
        engagement_id=row.engagement_id,
        number=row.number,
        status=ScopingStatus(row.status),
        signed_at=row.signed_at,
        sign_date=row.sign_date,
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
    )


def _check_storable(terms: ScopingTerms) -> ScopingTerms:
    clean = normalized(terms)
    blocking = storage_issues(clean)
    if blocking:
        raise ScopingValidationError(blocking)
    return clean


def _check_complete(terms: ScopingTerms, *, signing: bool) -> ScopingTerms:
    clean = normalized(terms)
    blocking = errors(validate(clean, signing=signing))
    if blocking:
        raise ScopingValidationError(blocking)
    return clean


def _warnings(terms: ScopingTerms, *, signing: bool) -> tuple[Issue, ...]:
    found = [issue for issue in validate(terms, signing=signing) if not issue.is_error]
    return tuple(found + review_flags(terms))


def _mark_signed(
    row: ScopingVersion,
    engagement: Engagement,
    consultant_signature: str | None,
    client_signature: str | None,
) -> None:
    row.consultant_signature = consultant_signature
    row.client_signature = client_signature
    row.status = ScopingStatus.SIGNED.value
    row.signed_at = utcnow()
    row.updated_at = utcnow()
    if engagement.status == EngagementStatus.DRAFT:
        engagement.status = EngagementStatus.SCOPED.value
    # The signed scope is the reference for the engagement's dates.
    engagement.start_date = row.start_date
    engagement.end_date = row.end_date


def _signature(field: str, text: str | None) -> str | None:
    """The signature as stored: None when absent or blank (to be signed in ink)."""
    if text is None or not text.strip():
        return None
    try:
        signature = Signature.from_json(text)
    except (ValueError, KeyError, TypeError, AttributeError):
        raise ScopingValidationError([Issue(field, "invalid_signature")]) from None
    return None if signature.is_blank else text


# --- The wizard -------------------------------------------------------------------------------


def _first_terms(session: Session, engagement: Engagement) -> ScopingTerms:
    """A blank scoping prefilled with what is already known: dates, the consultant's usual
    rate, currency and VAT, the client's primary contact."""
    terms = ScopingTerms(start_date=engagement.start_date, end_date=engagement.end_date)
    profile = session.scalars(select(ConsultantProfile).order_by(ConsultantProfile.id)).first()
    if profile is not None:
        terms = dataclasses.replace(
            terms,
            currency=profile.default_currency or terms.currency,
            vat_rate=profile.default_vat_rate,
            daily_rate=profile.default_daily_rate,
            consultant_signatory=profile.name,
        )
    contacts = sorted(engagement.client.contacts, key=lambda c: (not c.is_primary, c.id))
    if contacts:
        terms = dataclasses.replace(
            terms, client_contact_name=contacts[0].name, client_signatory=contacts[0].name
        )
    return terms


def start_draft(db: Database, engagement_id: int) -> ScopingVersion:
    """The draft to edit: the open one if there is one (resume), else a new version, copied
    from the latest signed one (an amendment) or prefilled (the first scoping)."""
    with db.transaction() as session:
        engagement = session.scalars(
            select(Engagement)
            .where(Engagement.id == engagement_id)
            .options(selectinload(Engagement.client).selectinload(Client.contacts))
        ).one_or_none()
        if engagement is None:
            get_or_raise(session, Engagement, engagement_id)
        assert engagement is not None
        latest = _latest(session, engagement_id)
        if latest is not None and latest.status == ScopingStatus.DRAFT:
            return latest
        if latest is None:
            terms = normalized(_first_terms(session, engagement))
            number = 1
        else:
            terms = dataclasses.replace(terms_of(latest), sign_place="", sign_date=None)
            number = latest.number + 1
        row = ScopingVersion(engagement_id=engagement_id, number=number)
        row.status = ScopingStatus.DRAFT.value
        _apply_terms(row, terms)
        session.add(row)
        session.flush()
    return row


def save_draft(
    db: Database, scoping_id: int, terms: ScopingTerms, *, expected_version: int | None
) -> ScopingVersion:
    """Autosave: incomplete or inconsistent terms are kept; values that can never be stored
    (negative money, a date in year 3026, an unknown currency code) are refused with a
    ``ScopingValidationError`` listing them. Refuses a signed version (``SignedVersionError``)
    and a stale copy (``ConflictError``). Returns the row; its ``version`` is the next
    ``expected_version``."""
    with db.transaction() as session:
        row = _load_row(session, scoping_id)
        _refuse_signed(row)
        check_version(row, expected_version)
        _apply_terms(row, _check_storable(terms))
        session.flush()
    return row


def sign(
    db: Database,
    scoping_id: int,
    *,
    consultant_signature_json: str | None,
    client_signature_json: str | None,
    sign_place: str,
    sign_date: date,
    expected_version: int | None = None,
) -> ScopingVersion:
    """Sign a draft: the terms must be complete and consistent (``validate(signing=True)``).

    Signatures are ``Signature.to_json()`` texts, or None (or blank) when the paper copy is
    signed in ink. The version becomes signed for good; the engagement moves from draft to
    scoped and takes the signed dates.
    """
    with db.transaction() as session:
        row = _load_row(session, scoping_id)
        _refuse_signed(row)
        check_version(row, expected_version)
        terms = dataclasses.replace(terms_of(row), sign_place=sign_place, sign_date=sign_date)
        clean = _check_complete(terms, signing=True)
        consultant = _signature("scoping.consultant_signature", consultant_signature_json)
        client = _signature("scoping.client_signature", client_signature_json)
        row.sign_place = clean.sign_place
        row.sign_date = clean.sign_date
        _mark_signed(row, row.engagement, consultant, client)
        session.flush()
    return row


def discard_draft(db: Database, scoping_id: int) -> None:
    """Drop a draft (an amendment given up); a signed version cannot be discarded."""
    with db.transaction() as session:
        row = _load_row(session, scoping_id)
        _refuse_signed(row)
        session.delete(row)


def load_terms(db: Database, scoping_id: int) -> ScopingTerms:
    with db.session() as session:
        return terms_of(_load_row(session, scoping_id))


def load_version(db: Database, scoping_id: int) -> ScopingSnapshot:
    with db.session() as session:
        row = _load_row(session, scoping_id)
        engagement = row.engagement
        client = engagement.client
        return ScopingSnapshot(
            id=row.id,
            number=row.number,
            status=ScopingStatus(row.status),
            signed_at=row.signed_at,
            version=row.version,
            terms=terms_of(row),
            consultant_signature=_stored_signature(row.consultant_signature),
            client_signature=_stored_signature(row.client_signature),
            engagement_id=engagement.id,
            engagement_reference=engagement.reference,
            engagement_title=engagement.title,
            client_id=client.id,
            client_name=client.name,
            client_language=Language.parse(client.language),
            client_address=client.address,
            client_registration=client.registration,
        )


def _stored_signature(text: str | None) -> Signature | None:
    if not text:
        return None
    try:
        return Signature.from_json(text)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def versions(db: Database, engagement_id: int) -> list[VersionInfo]:
    """Every scoping version of an engagement, oldest first."""
    with db.session() as session:
        get_or_raise(session, Engagement, engagement_id)
        rows = session.scalars(
            select(ScopingVersion)
            .where(ScopingVersion.engagement_id == engagement_id)
            .order_by(ScopingVersion.number)
        )
        return [_info(row) for row in rows]


def current_contract(db: Database, reference: str) -> VersionInfo:
    """The scoping version in force for the engagement ``reference`` (any case): its latest
    signed version, else its draft. What ``pdf contract M-2026-014`` prints."""
    wanted = reference.strip()
    with db.session() as session:
        engagement_id = session.scalar(
            select(Engagement.id).where(func.lower(Engagement.reference) == wanted.lower())
        )
        if engagement_id is None:
            raise ValidationError("engagement.reference", "no_such_reference", value=wanted)
        rows = list(
            session.scalars(
                select(ScopingVersion)
                .where(ScopingVersion.engagement_id == engagement_id)
                .order_by(ScopingVersion.number)
            )
        )
    if not rows:
        raise ValidationError("engagement.reference", "no_scoping_yet", value=wanted)
    signed = [row for row in rows if row.status == ScopingStatus.SIGNED.value]
    return _info(signed[-1] if signed else rows[-1])


def current_draft(db: Database, engagement_id: int) -> VersionInfo | None:
    """The draft left open on this engagement, if any."""
    drafts = [info for info in versions(db, engagement_id) if not info.is_signed]
    return drafts[-1] if drafts else None


def drafts_in_progress(db: Database) -> list[DraftInfo]:
    """Every open draft, the most recently saved first: what reopening offers to resume."""
    query = (
        select(ScopingVersion, Engagement.reference, Engagement.title, Client.name)
        .join(Engagement, Engagement.id == ScopingVersion.engagement_id)
        .join(Client, Client.id == Engagement.client_id)
        .where(ScopingVersion.status == ScopingStatus.DRAFT.value)
        .where(Engagement.archived_at.is_(None))
        .order_by(ScopingVersion.updated_at.desc(), ScopingVersion.id.desc())
    )
    with db.session() as session:
        return [
            DraftInfo(
                scoping_id=row.id,
                engagement_id=row.engagement_id,
                reference=reference,
                title=title,
                client_name=client_name,
                number=row.number,
                updated_at=row.updated_at,
                version=row.version,
            )
            for row, reference, title, client_name in session.execute(query)
        ]


def past_episode_lessons(
    db: Database, client_id: int | None, *, today: date | None = None
) -> list[Lesson]:
    """Warnings per wizard page from earlier dissatisfaction, this client's and others'."""
    query = select(
        Episode.category,
        Engagement.client_id,
        Episode.engagement_id,
        Episode.surfaced_at,
        Episode.preventive_measure,
    ).join(Engagement, Engagement.id == Episode.engagement_id)
    with db.session() as session:
        episodes = [
            PastEpisode(
                category=category,
                client_id=owner,
                engagement_id=engagement_id,
                surfaced_on=surfaced_at.date(),
                preventive_measure=measure,
            )
            for category, owner, engagement_id, surfaced_at, measure in session.execute(query)
        ]
    return lessons_from_episodes(episodes, client_id=client_id, today=today or date.today())


# --- The headless path (one transaction for client, engagement and scoping) ----------------


class _DryRun(Exception):  # noqa: N818 - control flow, never shown to anyone
    def __init__(self, result: ScopeResult) -> None:
        super().__init__("dry run")
        self.result = result


def _resolve_client(session: Session, client: int | ClientData) -> tuple[Client, bool]:
    if isinstance(client, int):
        row = session.get(Client, client)
        if row is None:
            raise ScopingValidationError(
                [Issue("client.id", "unknown_client_id", {"value": client})]
            )
    else:
        data = client.cleaned()
        matches = list(
            session.scalars(
                select(Client).where(func.lower(Client.name) == data.name.lower()).limit(2)
            )
        )
        if len(matches) > 1:
            raise ScopingValidationError(
                [Issue("client.name", "ambiguous_client", {"value": data.name})]
            )
        if not matches:
            row = Client(**dataclasses.asdict(data))
            session.add(row)
            return row, True
        row = matches[0]
    if row.archived_at is not None:
        raise ValidationError("client.name", "archived")
    return row, False


def _check_reference_free(session: Session, reference: str) -> None:
    taken = session.scalar(
        select(Engagement.id).where(func.lower(Engagement.reference) == reference.lower())
    )
    if taken is not None:
        raise ValidationError("engagement.reference", "duplicate_reference", value=reference)


def _scope_version(
    session: Session, engagement: Engagement, terms: ScopingTerms, *, signed: bool
) -> ScopingVersion:
    """Write the terms as the engagement's open draft, or as a new version after a signed one."""
    latest = None if engagement.id is None else _latest(session, engagement.id)
    if latest is not None and latest.status == ScopingStatus.DRAFT:
        row = latest
    else:
        row = ScopingVersion(number=1 if latest is None else latest.number + 1)
        row.status = ScopingStatus.DRAFT.value
        engagement.scoping_versions.append(row)
    _apply_terms(row, terms)
    if signed:
        _mark_signed(row, engagement, None, None)
    return row


def _result(
    *,
    client: Client,
    client_created: bool,
    engagement: Engagement,
    engagement_created: bool,
    row: ScopingVersion,
    terms: ScopingTerms,
    signed: bool,
) -> ScopeResult:
    return ScopeResult(
        client_id=client.id,
        client_name=client.name,
        client_created=client_created,
        engagement_id=engagement.id,
        reference=engagement.reference,
        title=engagement.title,
        engagement_created=engagement_created,
        scoping_id=row.id,
        number=row.number,
        status=ScopingStatus(row.status),
        totals=totals(terms),
        instalments=len(terms.instalments),
        warnings=_warnings(terms, signing=signed),
    )


def create_engagement_with_scope(
    db: Database,
    client: int | ClientData,
    mission: MissionData,
    terms: ScopingTerms,
    *,
    signed: bool = False,
    dry_run: bool = False,
) -> ScopeResult:
    """Create the engagement and its first scoping version in one transaction (the TOML path).

    ``client``: an existing client's id, or its details; an existing client of the same name
    (whatever the case) is reused and left unchanged. The terms must be complete, as for
    signing; ``signed`` records a contract signed on paper (place and date required).
    ``dry_run`` checks everything and writes nothing.
    """
    clean_terms = _check_complete(terms, signing=signed)
    clean_mission = mission.cleaned()
    if isinstance(client, ClientData):
        client = client.cleaned()
    reference = clean_mission.reference
    if not reference:
        year = (clean_terms.start_date or date.today()).year
        reference = suggest_reference(db, year)
    try:
        with db.transaction() as session:
            client_row, client_created = _resolve_client(session, client)
            _check_reference_free(session, reference)
            engagement = Engagement(
                reference=reference,
                title=clean_mission.title,
                summary=clean_mission.summary,
                status=EngagementStatus.DRAFT.value,
                start_date=clean_terms.start_date,
                end_date=clean_terms.end_date,
            )
            engagement.client = client_row
            session.add(engagement)
            row = _scope_version(session, engagement, clean_terms, signed=signed)
            session.flush()
            result = _result(
                client=client_row,
                client_created=client_created,
                engagement=engagement,
                engagement_created=True,
                row=row,
                terms=clean_terms,
                signed=signed,
            )
            if dry_run:
                raise _DryRun(result)
    except _DryRun as rolled_back:
        return rolled_back.result
    return result


def amend_engagement_scope(
    db: Database,
    reference: str,
    terms: ScopingTerms,
    *,
    mission: MissionData | None = None,
    client_name: str | None = None,
    signed: bool = False,
    dry_run: bool = False,
) -> ScopeResult:
    """Replace the open draft of engagement ``reference``, or add an amendment after its signed
    version (which stays as it was). ``client_name`` and ``mission.reference``, when given,
    must match the engagement; ``mission`` updates its title and summary."""
    clean_terms = _check_complete(terms, signing=signed)
    clean_mission = None if mission is None else mission.cleaned()
    wanted = reference.strip()
    try:
        with db.transaction() as session:
            engagement = session.scalars(
                select(Engagement)
                .where(func.lower(Engagement.reference) == wanted.lower())
                .options(selectinload(Engagement.client))
            ).one_or_none()
            if engagement is None:
                raise ScopingValidationError(
                    [Issue("engagement.reference", "unknown_reference", {"value": wanted})]
                )
            owner = engagement.client
            if client_name is not None and (
                clean_text("client.name", client_name).lower() != owner.name.lower()
            ):
                raise ScopingValidationError(
                    [
                        Issue(
                            "client.name",
                            "client_mismatch",
                            {"reference": engagement.reference, "value": owner.name},
                        )
                    ]
                )
            if clean_mission is not None:
                given = clean_mission.reference
                if given and given.lower() != engagement.reference.lower():
                    raise ScopingValidationError(
                        [
                            Issue(
                                "engagement.reference",
                                "reference_mismatch",
                                {"value": given, "reference": engagement.reference},
                            )
                        ]
                    )
                engagement.title = clean_mission.title
                engagement.summary = clean_mission.summary
            row = _scope_version(session, engagement, clean_terms, signed=signed)
            session.flush()
            result = _result(
                client=owner,
                client_created=False,
                engagement=engagement,
                engagement_created=False,
                row=row,
                terms=clean_terms,
                signed=signed,
            )
            if dry_run:
                raise _DryRun(result)
    except _DryRun as rolled_back:
        return rolled_back.result
    return result
