"""A scoping version from the database to a registered contract PDF.

The scoping service loads the version with everything the contract prints (its lines, the
engagement and the client, in one session) and turns the rows into ``ScopingTerms``; this
module adds the consultant's letterhead, renders in the client's language unless told
otherwise, and registers the file. Each scoping version is a document of its own in the
register (subject = the version's id): the signed contract and each amendment keep their own
files, and a signed file is never overwritten.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from consultant_desk.documents.contract import ContractDocument, render_contract
from consultant_desk.domain.enums import DocumentKind, ScopingStatus
from consultant_desk.domain.language import Language
from consultant_desk.services.printing import Rendered, document_language
from consultant_desk.services.profile import letterhead
from consultant_desk.services.register import (
    Registered,
    print_version,
    register_pdf,
    safe_file_part,
)
from consultant_desk.services.scoping import ScopingSnapshot, load_version
from consultant_desk.store.database import Database


def contract_reference(engagement_reference: str) -> str:
    """The contract's reference, printed on every page: ``CT-<engagement reference>``."""
    return f"CT-{engagement_reference}" if engagement_reference.strip() else "CT"


def contract_data(
    snapshot: ScopingSnapshot, language: Language, *, initials_box: bool = True
) -> ContractDocument:
    """What the contract prints for one scoping version, in ``language``."""
    terms = snapshot.terms
    return ContractDocument(
        reference=contract_reference(snapshot.engagement_reference),
        language=language,
        terms=terms,
        client_name=snapshot.client_name,
        engagement_title=snapshot.engagement_title,
        engagement_reference=snapshot.engagement_reference,
        client_address=snapshot.client_address,
        client_registration=snapshot.client_registration,
        client_signatory=terms.client_signatory,
        consultant_signatory=terms.consultant_signatory,
        consultant_signature=snapshot.consultant_signature,
        client_signature=snapshot.client_signature,
        sign_place=terms.sign_place,
        sign_date=terms.sign_date,
        version=snapshot.number,
        is_amendment=snapshot.number > 1,
        # A new version is only started from a signed one, so it amends the one before it.
        amends_version=snapshot.number - 1 if snapshot.number > 1 else None,
        draft=not _is_signed(snapshot),
        initials_box=initials_box,
    )


def _is_signed(snapshot: ScopingSnapshot) -> bool:
    """A signed version's file is the signed contract, even when it was signed in ink."""
    return (
        snapshot.status is ScopingStatus.SIGNED
        or snapshot.consultant_signature is not None
        or snapshot.client_signature is not None
    )


def _render(db: Database, snapshot: ScopingSnapshot, language: Language | str | None) -> Rendered:
    lang = document_language(snapshot.client_language.value, language)
    doc = contract_data(snapshot, lang)
    head = letterhead(db)

    def render(version: int, tag: str) -> bytes:
        return render_contract(replace(doc, document_version=version, register_tag=tag), head)

    version, pdf = print_version(db, DocumentKind.CONTRACT, snapshot.id, lang.value, render)
    # The file name says which terms it prints: the contract, or amendment n° N ("-A2").
    number = doc.amendment_number
    name = safe_file_part(doc.reference) + (f"-A{number}" if number else "") + ".pdf"
    signers = tuple(
        name
        for signature, name in (
            (doc.consultant_signature, doc.consultant_signer or head.name),
            (doc.client_signature, doc.client_signer),
        )
        if signature is not None and not signature.is_blank
    )
    return Rendered(pdf, name, lang, _is_signed(snapshot), version, signers)


def render_contract_for(
    db: Database, scoping_id: int, language: Language | str | None = None
) -> Rendered:
    """The contract of scoping version ``scoping_id``, in the client's language unless
    ``language`` overrides it (for the preview; nothing is written)."""
    return _render(db, load_version(db, scoping_id), language)


def save_contract(
    db: Database,
    scoping_id: int,
    language: Language | str | None = None,
    *,
    target: Path | None = None,
    rendered: Rendered | None = None,
) -> Registered:
    """Render (unless already rendered for the preview), write atomically, and register as
    the next version of this scoping version's contract."""
    snapshot = load_version(db, scoping_id)
    rendered = rendered or _render(db, snapshot, language)
    return register_pdf(
        db,
        kind=DocumentKind.CONTRACT,
        engagement_id=snapshot.engagement_id,
        engagement_reference=snapshot.engagement_reference,
        subject_id=snapshot.id,
        pdf=rendered.pdf,
        version=rendered.version,
        language=rendered.language.value,
        signed=rendered.signed,
        signers=rendered.signers,
        target=target,
    )
