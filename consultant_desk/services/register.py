"""The document register: every PDF produced, its fingerprint, and checking a file against it.

A document is identified by its kind and subject (the meeting, offer or scoping version it
prints). Every generation is recorded as the next version of that document, in a file of its
own: a signed version is never overwritten, and a file the user was given stays verifiable.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select

from consultant_desk.atomicfile import write_atomically
from consultant_desk.documents.engine import REGISTER_TAG_PREFIX
from consultant_desk.domain.enums import DocumentKind
from consultant_desk.domain.errors import ValidationError
from consultant_desk.store.database import Database
from consultant_desk.store.location import documents_dir
from consultant_desk.store.models import DocumentRecord


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def safe_file_part(text: str) -> str:
    """A piece of a file name that every file system accepts."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_text).strip("-.")
    return cleaned[:60] or "document"


def register_tag(kind: DocumentKind, subject_id: int) -> str:
    """What a PDF carries in its keywords to name its register entry (see ``traced_tag``)."""
    return f"{kind.value}:{subject_id}"


_KEYWORDS = re.compile(rb"/Keywords\s*(\((?:[^()\\]|\\.)*\)|<[0-9A-Fa-f\s]*>)")
_TAG = re.compile(re.escape(REGISTER_TAG_PREFIX) + r"([a-z_]+):(\d+)")


_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
_LITERAL_ESCAPE = re.compile(rb"\\([0-7]{1,3}|\r\n|[\s\S])")


def _unescape(match: re.Match[bytes]) -> bytes:
    escaped = match.group(1)
    if escaped[:1].isdigit():
        return bytes([int(escaped, 8) & 0xFF])
    if escaped in (b"\r\n", b"\n", b"\r"):
        return b""  # a backslash at the end of a line continues the string
    return _ESCAPES.get(escaped, escaped)


def _pdf_string(token: bytes) -> str:
    """A PDF string object (literal or hex) as text, UTF-16 when it carries the BOM."""
    if token.startswith(b"<"):
        raw = bytes.fromhex(token[1:-1].decode("ascii"))
    else:
        raw = _LITERAL_ESCAPE.sub(_unescape, token[1:-1])
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", errors="replace")
    return raw.decode("latin-1")


def traced_tag(pdf: bytes) -> tuple[str, int] | None:
    """The register identity written in a PDF's keywords, if it still carries one."""
    for match in _KEYWORDS.finditer(pdf):
        try:
            text = _pdf_string(match.group(1))
        except ValueError:
            continue
        found = _TAG.search(text)
        if found:
            return found.group(1), int(found.group(2))
    return None


@dataclass(frozen=True)
class Registered:
    record: DocumentRecord
    path: Path


def latest_record(db: Database, kind: DocumentKind, subject_id: int) -> DocumentRecord | None:
    with db.session() as session:
        return session.scalars(
            select(DocumentRecord)
            .where(DocumentRecord.kind == kind.value, DocumentRecord.subject_id == subject_id)
            .order_by(DocumentRecord.version.desc())
        ).first()


def register_pdf(
    db: Database,
    *,
    kind: DocumentKind,
    engagement_id: int,
    engagement_reference: str,
    subject_id: int,
    pdf: bytes,
    language: str,
    signed: bool,
    target: Path | None = None,
) -> Registered:
    """Write ``pdf`` atomically as the next version and record it in the register."""
    latest = latest_record(db, kind, subject_id)
    version = latest.version + 1 if latest is not None else 1
    if target is None:
        reference = safe_file_part(engagement_reference)
        target = (
            documents_dir() / reference / f"{reference}-{kind.value}-{subject_id}-v{version}.pdf"
        )
    _refuse_overwriting_signed(db, target)
    written = write_atomically(target, pdf)
    try:
        with db.transaction() as session:
            record = DocumentRecord(
                kind=kind.value,
                engagement_id=engagement_id,
                subject_id=subject_id,
                version=version,
                language=language,
                path=str(written.resolve()),
                sha256=sha256_of(pdf),
                size=len(pdf),
                signed=signed,
            )
            session.add(record)
    except BaseException:
        # The register is the source of truth: a file it does not know must not stay behind.
        with contextlib.suppress(FileNotFoundError):
            written.unlink()
        raise
    return Registered(record, written)


def _refuse_overwriting_signed(db: Database, target: Path) -> None:
    with db.session() as session:
        signed = session.scalars(
            select(DocumentRecord).where(
                DocumentRecord.path == str(target.resolve()), DocumentRecord.signed.is_(True)
            )
        ).first()
    if signed is not None and target.exists():
        raise ValidationError("document.path", "signed_document")


class Verdict(StrEnum):
    MATCHES = "matches"
    ALTERED = "altered"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Verification:
    verdict: Verdict
    sha256: str
    record: DocumentRecord | None


def verify_file(db: Database, path: Path) -> Verification:
    """Whether a PDF is one the register knows byte for byte, or an altered copy of one.

    An altered file is recognised at its registered place, or anywhere by the register
    identity every generated PDF carries in its keywords.
    """
    data = path.read_bytes()
    digest = sha256_of(data)
    with db.session() as session:
        exact = session.scalars(
            select(DocumentRecord)
            .where(DocumentRecord.sha256 == digest)
            .order_by(DocumentRecord.version.desc())
        ).first()
        if exact is not None:
            return Verification(Verdict.MATCHES, digest, exact)
        same_place = session.scalars(
            select(DocumentRecord).where(DocumentRecord.path == str(path.resolve()))
        ).first()
        if same_place is not None:
            return Verification(Verdict.ALTERED, digest, same_place)
        tag = traced_tag(data)
        if tag is not None:
            kind, subject_id = tag
            traced = session.scalars(
                select(DocumentRecord)
                .where(DocumentRecord.kind == kind, DocumentRecord.subject_id == subject_id)
                .order_by(DocumentRecord.version.desc())
            ).first()
            if traced is not None:
                return Verification(Verdict.ALTERED, digest, traced)
    return Verification(Verdict.UNKNOWN, digest, None)


def list_documents(db: Database, engagement_id: int | None = None) -> list[DocumentRecord]:
    query = select(DocumentRecord).order_by(
        DocumentRecord.generated_at.desc(), DocumentRecord.id.desc()
    )
    if engagement_id is not None:
        query = query.where(DocumentRecord.engagement_id == engagement_id)
    with db.session() as session:
        return list(session.scalars(query))
