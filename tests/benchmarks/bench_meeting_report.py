"""How long a meeting report takes to print, relative to the simplest ReportLab document.

Run it with the project's Python: ``python tests/benchmarks/bench_meeting_report.py [-n 15]``.
Absolute times depend on the machine; the ratio to a one-paragraph document set in the same
embedded fonts, measured in the same run, is what to compare between versions. Nothing is
asserted: a slower report is for a person to judge.
"""

from __future__ import annotations

import argparse
import math
import statistics
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate

from consultant_desk.documents.meeting_report import render_meeting_report
from consultant_desk.documents.model import ActionItem, Attendee, Letterhead, MeetingReport
from consultant_desk.documents.styles import styles
from consultant_desk.domain.enums import MeetingMode
from consultant_desk.domain.language import Language
from consultant_desk.domain.signature import Signature

LETTERHEAD = Letterhead(
    name="Élodie Marchand",
    company="Marchand Conseil",
    address="12, rue de la République\n69002 Lyon",
    registration="SIRET 812 345 678 00027",
    email="elodie@marchand-conseil.fr",
)


def minimal_document() -> bytes:
    """The baseline: one paragraph, same fonts, same deterministic mode."""
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, invariant=1)
    doc.build([Paragraph("Compte rendu — réunion du 22 novembre 2026.", styles().body)])
    return buffer.getvalue()


def signature(seed: float) -> Signature:
    loops = tuple(
        (
            60 + 4 * i + 20 * math.cos(i / 4 + seed),
            110 - 35 * math.sin(i / 4 + seed),
        )
        for i in range(100)
    )
    return Signature(
        width=600,
        height=200,
        strokes=(((40.0, 160.0), (80.0, 40.0), (120.0, 150.0)), loops),
        signed_at=datetime(2026, 11, 22, 17, 0, tzinfo=UTC),
    )


def report(actions: int, discussion_words: int) -> MeetingReport:
    words = ("le client a rappelé que la maquette devait être livrée plus tôt ; " * 200).split()
    return MeetingReport(
        reference="CR-2026-014",
        language=Language.FR,
        client_name="Boulangerie Dubœuf & Fils",
        engagement_title="Refonte du site de vente en ligne",
        engagement_reference="MIS-2026-003",
        meeting_date=datetime(2026, 11, 22, 14, 30, tzinfo=UTC),
        mode=MeetingMode.IN_PERSON,
        place="Lyon",
        attendees=(Attendee("Jean-Noël Dubœuf", "Gérant"), Attendee("Анна Смирнова")),
        points_discussed=" ".join(words[:discussion_words]),
        client_expressed="« J’ai besoin de savoir où on en est ! »",
        acknowledged="Le retard est de notre fait.",
        agreed_solution="Un point chaque vendredi ; une journée offerte.",
        action_items=tuple(
            ActionItem(
                "Élodie Marchand",
                f"Livrer la version {i} & recueillir les retours",
                date(2026, 12, 1) + timedelta(days=i),
            )
            for i in range(actions)
        ),
        next_steps="Point d’étape le 6 décembre.",
        follow_up_date=date(2026, 12, 6),
        consultant_signature=signature(0.0),
        client_signature=signature(1.0),
        client_signer_name="Jean-Noël Dubœuf",
        sign_place="Lyon",
        version=2,
    )


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

    typical = report(actions=4, discussion_words=150)
    large = report(actions=30, discussion_words=2000)
    cases: list[tuple[str, Callable[[], bytes]]] = [
        ("minimal ReportLab document (baseline)", minimal_document),
        (
            "meeting report, 4 actions, 150 words",
            lambda: render_meeting_report(typical, LETTERHEAD),
        ),
        (
            "meeting report, 30 actions, 2000 words",
            lambda: render_meeting_report(large, LETTERHEAD),
        ),
    ]
    results = [(name, *median_seconds(produce, repeat)) for name, produce in cases]
    baseline = results[0][1]

    print(f"median of {repeat} runs each")
    print(f"{'case':<42} {'median ms':>10} {'ratio':>7} {'size KB':>8}")
    for name, seconds, size in results:
        print(f"{name:<42} {seconds * 1000:>10.1f} {seconds / baseline:>7.1f} {size / 1024:>8.1f}")


if __name__ == "__main__":
    main()
