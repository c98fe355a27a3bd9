"""The consultant's own details: one profile, printed as the letterhead of every document."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from consultant_desk.documents.model import Letterhead
from consultant_desk.domain.errors import ValidationError
from consultant_desk.domain.validation import (
    clean_currency,
    clean_email,
    clean_long_text,
    clean_text,
    parse_decimal,
)
from consultant_desk.services.common import check_version, copy_fields
from consultant_desk.store.database import Database
from consultant_desk.store.models import ConsultantProfile


@dataclass(frozen=True)
class ProfileData:
    name: str = ""
    company: str = ""
    address: str = ""
    registration: str = ""
    email: str = ""
    phone: str = ""
    city: str = ""
    logo_path: str = ""
    default_currency: str = "EUR"
    default_vat_rate: Decimal | str = Decimal("20")
    default_daily_rate: Decimal | str | None = None
    legal_form: str = ""
    share_capital: str = ""
    rcs_city: str = ""
    rcs_number: str = ""
    vat_number: str = ""
    insurer: str = ""
    insurance_policy: str = ""

    def cleaned(self) -> ProfileData:
        logo = clean_text("profile.logo_path", self.logo_path, max_length=1000)
        if logo and not Path(logo).is_file():
            raise ValidationError("profile.logo_path", "logo_unreadable", path=logo)
        vat = parse_decimal("profile.default_vat_rate", self.default_vat_rate, maximum=Decimal(100))
        return ProfileData(
            name=clean_text("profile.name", self.name),
            company=clean_text("profile.company", self.company),
            address=clean_long_text("profile.address", self.address),
            registration=clean_text("profile.registration", self.registration, max_length=60),
            email=clean_email("profile.email", self.email),
            phone=clean_text("profile.phone", self.phone, max_length=40),
            city=clean_text("profile.city", self.city, max_length=120),
            logo_path=logo,
            default_currency=clean_currency("profile.default_currency", self.default_currency),
            default_vat_rate=vat if vat is not None else Decimal(0),
            default_daily_rate=parse_decimal("profile.default_daily_rate", self.default_daily_rate),
            legal_form=clean_text("profile.legal_form", self.legal_form, max_length=60),
            share_capital=clean_text("profile.share_capital", self.share_capital, max_length=40),
            rcs_city=clean_text("profile.rcs_city", self.rcs_city, max_length=120),
            rcs_number=clean_text("profile.rcs_number", self.rcs_number, max_length=40),
            vat_number=clean_text("profile.vat_number", self.vat_number, max_length=40),
            insurer=clean_text("profile.insurer", self.insurer, max_length=200),
            insurance_policy=clean_text(
                "profile.insurance_policy", self.insurance_policy, max_length=60
            ),
        )


def get_profile(db: Database) -> ConsultantProfile:
    """The profile, created empty on first use."""
    with db.session() as session:
        profile = session.scalars(select(ConsultantProfile).order_by(ConsultantProfile.id)).first()
    if profile is not None:
        return profile
    with db.transaction() as session:
        profile = session.scalars(select(ConsultantProfile)).first()
        if profile is None:
            profile = ConsultantProfile()
            session.add(profile)
            session.flush()
    return profile


def update_profile(
    db: Database, data: ProfileData, *, expected_version: int | None = None
) -> ConsultantProfile:
    clean = data.cleaned()
    profile_id = get_profile(db).id
    with db.transaction() as session:
        profile = session.get(ConsultantProfile, profile_id)
        assert profile is not None
        check_version(profile, expected_version)
        copy_fields(profile, clean)
    return profile


def letterhead(db: Database) -> Letterhead:
    profile = get_profile(db)
    logo = Path(profile.logo_path) if profile.logo_path else None
    return Letterhead(
        name=profile.name,
        company=profile.company,
        address=profile.address,
        registration=profile.registration,
        email=profile.email,
        phone=profile.phone,
        logo_path=logo if logo is not None and logo.is_file() else None,
        legal_form=profile.legal_form,
        share_capital=profile.share_capital,
        rcs_city=profile.rcs_city,
        rcs_number=profile.rcs_number,
        vat_number=profile.vat_number,
        insurer=profile.insurer,
        insurance_policy=profile.insurance_policy,
    )


def profile_is_empty(db: Database) -> bool:
    """No name and no company yet: a document would print no consultant."""
    profile = get_profile(db)
    return not (profile.name.strip() or profile.company.strip())
