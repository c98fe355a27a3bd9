"""The document register: every PDF produced, its fingerprint, and checking a file against it.

A document is identified by its kind and subject (the meeting, offer or scoping version it
prints). Its version is its content's: printing the same content again gives the same version
and the same bytes, while new content is the next version, in a file of its own. A signed
version is never overwritten, and a file the user was given stays verifiable, even re-saved
by another program (the register keeps a fingerprint of what the pages show, read with
pypdf).
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import secrets
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from io import BytesIO
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from consultant_desk.atomicfile import write_atomically
from consultant_desk.documents.model import REGISTER_TAG_PREFIX
from consultant_desk.domain.enums import DocumentKind
from consultant_desk.domain.errors import ValidationError
from consultant_desk.store.database import Database
from consultant_desk.store.errors import ConstraintError
from consultant_desk.store.location import documents_dir
from consultant_desk.store.models import DocumentRecord, RegisterIdentity


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


def register_token(db: Database) -> str:
    """This database's identity in the register tags, created on first use."""
    with db.session() as session:
        found = session.scalars(select(RegisterIdentity).order_by(RegisterIdentity.id)).first()
        if found is not None:
            return found.token
    with db.transaction() as session:
        found = session.scalars(select(RegisterIdentity).order_by(RegisterIdentity.id)).first()
        if found is None:
            found = RegisterIdentity(token=secrets.token_hex(16))
            session.add(found)
        return found.token


def _known_token(db: Database) -> str | None:
    with db.session() as session:
        return session.scalars(select(RegisterIdentity.token).order_by(RegisterIdentity.id)).first()


def register_tag(db: Database, kind: DocumentKind, subject_id: int, version: int) -> str:
    """What a PDF carries in its keywords to name its register entry (see ``traced_tag``):
    the database's token, the document and the version printed."""
    return f"{register_token(db)}/{kind.value}:{subject_id}:v{version}"


_KEYWORDS = re.compile(rb"/Keywords\s*(\((?:[^()\\]|\\.)*\)|<[0-9A-Fa-f\s]*>)")
_TAG = re.compile(
    re.escape(REGISTER_TAG_PREFIX) + r"(?:([0-9a-f]{32})/)?([a-z_]+):(\d+)(?::v(\d+))?"
)


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


@dataclass(frozen=True)
class Trace:
    """The register identity a PDF claims in its keywords."""

    token: str | None  # None in files printed before databases had a token
    kind: str
    subject_id: int
    version: int | None


def traced_tag(pdf: bytes) -> Trace | None:
    """The register identity written in a PDF's keywords, if it still carries one.

    The last one wins: an incremental update (a certificate signature) appends a new
    information dictionary after the first.
    """
    found: Trace | None = None
    for match in _KEYWORDS.finditer(pdf):
        try:
            text = _pdf_string(match.group(1))
        except ValueError:
            continue
        tag = _TAG.search(text)
        if tag:
            version = int(tag.group(4)) if tag.group(4) else None
            found = Trace(tag.group(1), tag.group(2), int(tag.group(3)), version)
    return found


def content_fingerprint(pdf: bytes) -> str | None:
    """SHA-256 of what the pages show, independent of how the file is laid out.

    Each page's drawing operations (text, signature strokes, rules), decoded and normalised,
    and everything they draw with (fonts, images), walked by structure: a lossless re-save
    (qpdf, a viewer's "save as") keeps them, while a changed word, stroke or glyph changes
    them. Annotations are left out, so a certificate signature's widget does not change the
    content it signs. None when the file cannot be read as a PDF.
    """
    # pypdf loads here, not with the module: the screens listing documents need none of it.
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError, PdfStreamError
    from pypdf.generic import ContentStream

    try:
        reader = PdfReader(BytesIO(pdf))
        digest = hashlib.sha256()
        for page in reader.pages:
            digest.update(b"\x00page")
            contents = page.get_contents()
            if contents is not None:
                for operands, operator in ContentStream(contents, reader).operations:
                    digest.update(operator if isinstance(operator, bytes) else b"BI")
                    for operand in operands:
                        digest.update(b" " + _normalised(operand))
                    digest.update(b"\n")
            digest.update(b"\x00resources")
            _walk(page.get("/Resources"), digest, set())
        return digest.hexdigest()
    except (PdfReadError, PdfStreamError, ValueError, KeyError, TypeError, AttributeError):
        return None
    except RecursionError:
        return None


def _walk(node: object, digest: Any, seen: set[tuple[int, int]]) -> None:
    """Feed ``digest`` with a resource tree's values and decoded streams, in key order."""
    from pypdf.generic import IndirectObject, StreamObject

    if isinstance(node, IndirectObject):
        key = (node.idnum, node.generation)
        if key in seen:
            digest.update(b"@")
            return
        seen.add(key)
        node = node.get_object()
    if isinstance(node, StreamObject):
        digest.update(b"stream" + hashlib.sha256(node.get_data()).digest())
    if isinstance(node, dict):
        digest.update(b"<<")
        for name in sorted(node):
            # Filters and lengths say how a stream is stored, not what it holds.
            if name in ("/Parent", "/Length", "/Filter", "/DecodeParms"):
                continue
            digest.update(str(name).encode())
            _walk(node[name], digest, seen)
        digest.update(b">>")
    elif isinstance(node, list):
        digest.update(b"[")
        for item in node:
            _walk(item, digest, seen)
        digest.update(b"]")
    else:
        digest.update(_normalised(node) + b";")


def _normalised(operand: object) -> bytes:
    if isinstance(operand, list):
        return b"[" + b" ".join(_normalised(item) for item in operand) + b"]"
    if isinstance(operand, dict):
        return (
            b"<<"
            + b" ".join(
                _normalised(key) + b" " + _normalised(value)
                for key, value in sorted(operand.items())
            )
            + b">>"
        )
    if isinstance(operand, bool):
        return b"true" if operand else b"false"
    if isinstance(operand, float | int):
        # A re-writer may print 1.5 as 1.50 or 2 as 2.0: compare the numbers, not their text.
        return format(round(float(operand), 4), "g").encode()
    if isinstance(operand, bytes):
        return operand.hex().encode()
    if isinstance(operand, str):
        return operand.encode("utf-8", "surrogatepass")
    return repr(operand).encode()


@dataclass(frozen=True)
class DocumentEntry:
    """One entry of the register: a file printed, its fingerprints and who signed it."""

    id: int
    kind: str
    engagement_id: int
    subject_id: int
    version: int
    language: str
    path: str
    sha256: str
    size: int
    signed: bool
    generated_at: datetime
    content_sha256: str | None
    # Who signed by hand on screen, one name a line.
    signers: str
    certified: bool


def _row(record: DocumentRecord) -> DocumentEntry:
    return DocumentEntry(
        id=record.id,
        kind=record.kind,
        engagement_id=record.engagement_id,
        subject_id=record.subject_id,
        version=record.version,
        language=record.language,
        path=record.path,
        sha256=record.sha256,
        size=record.size,
        signed=record.signed,
        generated_at=record.generated_at,
        content_sha256=record.content_sha256,
        signers=record.signers,
        certified=record.certified,
    )


def _first(session: Session, query: Select[DocumentRecord]) -> DocumentEntry | None:
    record = session.scalars(query).first()
    return None if record is None else _row(record)


@dataclass(frozen=True)
class Registered:
    record: DocumentEntry
    path: Path


def latest_record(db: Database, kind: DocumentKind, subject_id: int) -> DocumentEntry | None:
    with db.session() as session:
        return _first(
            session,
            select(DocumentRecord)
            .where(DocumentRecord.kind == kind.value, DocumentRecord.subject_id == subject_id)
            .order_by(DocumentRecord.version.desc(), DocumentRecord.certified),
        )


Renderer = Callable[[int, str], bytes]


def print_version(
    db: Database, kind: DocumentKind, subject_id: int, language: str, render: Renderer
) -> tuple[int, bytes]:
    """The version a print of this content carries, and its bytes.

    ``render(version, tag)`` lays the document out with that version and register tag. A
    document's version is its content's: when the last version printed in this language
    comes out byte for byte the same, the print is that version again (same bytes, no new
    entry); otherwise it is the next version.
    """
    with db.session() as session:
        same_language = session.execute(
            select(DocumentRecord.version, DocumentRecord.sha256)
            .where(
                DocumentRecord.kind == kind.value,
                DocumentRecord.subject_id == subject_id,
                DocumentRecord.language == language,
                DocumentRecord.certified.is_(False),
            )
            .order_by(DocumentRecord.version.desc())
        ).first()
        highest = session.scalar(
            select(func.max(DocumentRecord.version)).where(
                DocumentRecord.kind == kind.value, DocumentRecord.subject_id == subject_id
            )
        )
    if same_language is not None:
        version, sha = same_language
        pdf = render(version, register_tag(db, kind, subject_id, version))
        if sha256_of(pdf) == sha:
            return version, pdf
    version = (highest or 0) + 1
    return version, render(version, register_tag(db, kind, subject_id, version))


def register_pdf(
    db: Database,
    *,
    kind: DocumentKind,
    engagement_id: int,
    engagement_reference: str,
    subject_id: int,
    pdf: bytes,
    version: int,
    language: str,
    signed: bool,
    signers: Sequence[str] = (),
    certified: bool = False,
    target: Path | None = None,
) -> Registered:
    """Write ``pdf`` atomically and record it in the register as ``version`` (from
    ``print_version``). A file the register already holds is written again where asked but
    not recorded twice."""
    digest = sha256_of(pdf)
    with db.session() as session:
        known = _first(
            session,
            select(DocumentRecord).where(
                DocumentRecord.kind == kind.value,
                DocumentRecord.subject_id == subject_id,
                DocumentRecord.sha256 == digest,
            ),
        )
    if known is not None:
        place = target if target is not None else Path(known.path)
        if not (place.is_file() and file_sha256(place) == digest):
            _refuse_overwriting_signed(db, place)
            place = write_atomically(place, pdf)
        return Registered(known, place)
    if target is None:
        reference = safe_file_part(engagement_reference)
        suffix = "-signed" if certified else ""
        target = (
            documents_dir()
            / reference
            / f"{reference}-{kind.value}-{subject_id}-v{version}{suffix}.pdf"
        )
    _refuse_overwriting_signed(db, target)
    content = content_fingerprint(pdf)
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
                sha256=digest,
                size=len(pdf),
                signed=signed,
                content_sha256=content,
                signers="\n".join(name.strip() for name in signers if name.strip()),
                certified=certified,
            )
            session.add(record)
    except BaseException as error:
        # The register is the source of truth: a file it does not know must not stay behind.
        with contextlib.suppress(FileNotFoundError):
            written.unlink()
        if isinstance(error, ConstraintError):
            # Someone else registered this version meanwhile, with other content.
            raise ValidationError("document.version", "document_changed_meanwhile") from error
        raise
    return Registered(_row(record), written)


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
    MATCHES = "matches"  # byte for byte a registered file
    RESAVED = "resaved"  # the same content as a registered version, the file written anew
    ALTERED = "altered"  # claims to be a registered version, but its content differs
    UNKNOWN = "unknown"  # not produced by this database


@dataclass(frozen=True)
class Verification:
    verdict: Verdict
    sha256: str
    # The version matched (MATCHES, RESAVED) or claimed (ALTERED).
    record: DocumentEntry | None
    # An altered file's claim was read from its keywords (rather than from where it lies).
    claimed_by_file: bool = False
    # The file carries the register tag of another database.
    foreign: bool = False

    @property
    def signers(self) -> list[str]:
        return self.record.signers.splitlines() if self.record is not None else []


def verify_file(db: Database, path: Path) -> Verification:
    """Which registered version a PDF is, whether its content changed, or that this
    database did not produce it.

    Byte for byte first; then by content, so that a lossless re-save is still recognised;
    then by the identity it carries in its keywords (or its registered place): an altered
    copy is named after the version it claims to be.
    """
    data = path.read_bytes()
    digest = sha256_of(data)
    trace = traced_tag(data)
    token = _known_token(db)
    foreign = trace is not None and trace.token is not None and trace.token != token
    with db.session() as session:
        exact = _first(
            session,
            select(DocumentRecord)
            .where(DocumentRecord.sha256 == digest)
            .order_by(DocumentRecord.version.desc()),
        )
        if exact is not None:
            return Verification(Verdict.MATCHES, digest, exact)
        if foreign:
            return Verification(Verdict.UNKNOWN, digest, None, foreign=True)
        content = content_fingerprint(data)
        if content is not None:
            same = _first(
                session,
                select(DocumentRecord)
                .where(DocumentRecord.content_sha256 == content)
                .order_by(DocumentRecord.certified, DocumentRecord.version.desc()),
            )
            if same is not None:
                return Verification(Verdict.RESAVED, digest, same)
        if trace is not None:
            query = select(DocumentRecord).where(
                DocumentRecord.kind == trace.kind, DocumentRecord.subject_id == trace.subject_id
            )
            if trace.version is not None:
                query = query.where(DocumentRecord.version == trace.version)
            claimed = _first(
                session, query.order_by(DocumentRecord.version.desc(), DocumentRecord.certified)
            )
            if claimed is not None:
                return Verification(Verdict.ALTERED, digest, claimed, claimed_by_file=True)
        same_place = _first(
            session, select(DocumentRecord).where(DocumentRecord.path == str(path.resolve()))
        )
        if same_place is not None:
            return Verification(Verdict.ALTERED, digest, same_place)
    return Verification(Verdict.UNKNOWN, digest, None)


def list_documents(db: Database, engagement_id: int | None = None) -> list[DocumentEntry]:
    query = select(DocumentRecord).order_by(
        DocumentRecord.generated_at.desc(), DocumentRecord.id.desc()
    )
    if engagement_id is not None:
        query = query.where(DocumentRecord.engagement_id == engagement_id)
    with db.session() as session:
        return [_row(record) for record in session.scalars(query)]
