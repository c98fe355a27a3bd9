"""Read a produced PDF back: its text, its drawing operators, and what the Debian tools say."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from collections import Counter
from io import BytesIO

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    """NFC, every kind of space (no-break ones included) as one plain space."""
    text = unicodedata.normalize("NFC", text)
    return _SPACES.sub(" ", text.replace("\u00a0", " ").replace("\u202f", " ")).strip()


def reader(data: bytes) -> PdfReader:
    return PdfReader(BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    return [normalize(page.extract_text()) for page in reader(data).pages]


def text_of(data: bytes) -> str:
    return " ".join(page_texts(data))


def operators(data: bytes, page_index: int | None = None) -> Counter[str]:
    """How many times each content-stream operator is used (all pages, or one)."""
    pdf = reader(data)
    pages = pdf.pages if page_index is None else [pdf.pages[page_index]]
    counts: Counter[str] = Counter()
    for page in pages:
        stream = ContentStream(page.get_contents(), pdf)
        counts.update(op.decode("latin-1") for _, op in stream.operations)
    return counts


def operations(data: bytes, page_index: int = 0) -> list[tuple[list[float], str]]:
    """The page's (numeric operands, operator) in order."""
    pdf = reader(data)
    stream = ContentStream(pdf.pages[page_index].get_contents(), pdf)
    result = []
    for operands, op in stream.operations:
        # pypdf's NumberObject and FloatObject subclass int and float.
        numbers = [float(x) for x in operands if isinstance(x, int | float)]
        result.append((numbers, op.decode("latin-1")))
    return result


def require_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian package poppler-utils / qpdf)")
    return path


def pdffonts(data: bytes, tmp_path_file: str) -> list[dict[str, str]]:
    """The rows of ``pdffonts`` for the PDF written at ``tmp_path_file``."""
    tool = require_tool("pdffonts")
    with open(tmp_path_file, "wb") as handle:
        handle.write(data)
    output = subprocess.run(
        [tool, tmp_path_file], check=True, capture_output=True, text=True
    ).stdout
    lines = output.splitlines()
    rows = []
    for line in lines[2:]:
        # name type... encoding emb sub uni object ID: read the fixed tail from the right.
        fields = line.split()
        rows.append({"name": fields[0], "emb": fields[-5], "sub": fields[-4], "uni": fields[-3]})
    return rows


def qpdf_check(path: str) -> subprocess.CompletedProcess[str]:
    tool = require_tool("qpdf")
    return subprocess.run([tool, "--check", path], check=False, capture_output=True, text=True)


def change_visible_text(data: bytes, old: bytes, new: bytes, workdir: str) -> bytes:
    """The PDF with one piece of text the page shows changed (``old`` and ``new`` of equal
    length, as written in a content stream: ``(Contexte)``), everything else kept.

    qpdf's QDF mode writes the content streams uncompressed, so the edit is a byte
    replacement; ``fix-qdf`` then repairs the stream lengths and the cross-reference table.
    """
    assert len(old) == len(new)
    qpdf = require_tool("qpdf")
    fix = require_tool("fix-qdf")
    source = f"{workdir}/to-change.pdf"
    with open(source, "wb") as handle:
        handle.write(data)
    qdf = subprocess.run(
        [qpdf, "--qdf", "--object-streams=disable", source, "-"], check=True, capture_output=True
    ).stdout
    assert old in qdf, f"{old!r} is not in any content stream"
    edited = qdf.replace(old, new, 1)
    return subprocess.run([fix], input=edited, check=True, capture_output=True).stdout


def resave_losslessly(data: bytes, workdir: str) -> bytes:
    """The PDF written anew by qpdf: other bytes, the same pages."""
    qpdf = require_tool("qpdf")
    source = f"{workdir}/to-resave.pdf"
    with open(source, "wb") as handle:
        handle.write(data)
    return subprocess.run(
        [qpdf, "--object-streams=generate", source, "-"], check=True, capture_output=True
    ).stdout
