"""How long a scoping contract takes to print, relative to the simplest ReportLab document.

Run it from the repository with the project's Python (it borrows the test samples):
``python -m tests.benchmarks.bench_contract [-n 15]``.
Absolute times depend on the machine; the ratio to a one-paragraph document set in the same
embedded fonts, measured in the same run, is what to compare between versions. Nothing is
asserted: a slower contract is for a person to judge.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import time
from collections.abc import Callable
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate

from consultant_desk.documents.contract import render_contract
from consultant_desk.documents.styles import styles
from consultant_desk.domain.language import Language
from tests.documents.report_samples import sample_letterhead
from tests.documents.test_contract import long_terms, sample_contract


def minimal_document() -> bytes:
    """The baseline: one paragraph, same fonts, same deterministic mode."""
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, invariant=1)
    doc.build([Paragraph("Contrat de prestation de conseil — M-2026-014.", styles().body)])
    return buffer.getvalue()


def median_seconds(produce: Callable[[], bytes], repeat: int) -> tuple[float, int]:
    size = len(produce())  # warm-up: fonts registered, caches filled
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        produce()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--repeat", type=int, default=15, help="repetitions per case")
    repeat = parser.parse_args().repeat

    letterhead = sample_letterhead()
    typical = sample_contract(Language.FR)
    large = dataclasses.replace(typical, terms=long_terms(Language.FR))
    cases: list[tuple[str, Callable[[], bytes]]] = [
        ("minimal ReportLab document (baseline)", minimal_document),
        ("contract, 3 milestones, signed", lambda: render_contract(typical, letterhead)),
        (
            "contract, 30 milestones, 40 items, 2000 words",
            lambda: render_contract(large, letterhead),
        ),
    ]
    results = [(name, *median_seconds(produce, repeat)) for name, produce in cases]
    baseline = results[0][1]

    print(f"median of {repeat} runs each")
    print(f"{'case':<46} {'median ms':>10} {'ratio':>7} {'size KB':>8}")
    for name, seconds, size in results:
        print(f"{name:<46} {seconds * 1000:>10.1f} {seconds / baseline:>7.1f} {size / 1024:>8.1f}")


if __name__ == "__main__":
    main()
