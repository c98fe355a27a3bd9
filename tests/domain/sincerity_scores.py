"""Precision and recall of the sincerity check per kind, on the labelled table.

Run it to print the table the README shows:

    .venv/bin/python -m tests.domain.sincerity_scores [--misses] [--tuning]

``--misses`` lists the messages where the check and the label disagree (of the tuning part
only with ``--tuning``: the held-out part is not for tuning).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from consultant_desk.domain.sincerity import check
from consultant_desk.domain.sincerity_patterns import RemarkKind
from tests.domain.sincerity_cases import CASES, Case


@dataclass(frozen=True)
class Score:
    kind: str
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float | None:
        said = self.true_positives + self.false_positives
        return None if said == 0 else self.true_positives / said

    @property
    def recall(self) -> float | None:
        labelled = self.true_positives + self.false_negatives
        return None if labelled == 0 else self.true_positives / labelled


def found_kinds(case: Case) -> frozenset[str]:
    language, text, _expected, _held_out = case
    return frozenset(remark.kind.value for remark in check(text, language))


def scores(cases: tuple[Case, ...] | list[Case]) -> list[Score]:
    results = [(case[2], found_kinds(case)) for case in cases]
    return [
        Score(
            kind.value,
            sum(1 for expected, found in results if kind in expected and kind in found),
            sum(1 for expected, found in results if kind not in expected and kind in found),
            sum(1 for expected, found in results if kind in expected and kind not in found),
        )
        for kind in RemarkKind
    ]


def clean_flagged(cases: tuple[Case, ...] | list[Case]) -> int:
    return sum(1 for case in cases if not case[2] and found_kinds(case))


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.0f} %"


def table() -> str:
    held_out = [case for case in CASES if case[3]]
    lines = [
        "| kind | precision, all | recall, all | precision, held out | recall, held out |",
        "| --- | --- | --- | --- | --- |",
    ]
    for every, kept in zip(scores(CASES), scores(held_out), strict=True):
        lines.append(
            f"| `{every.kind}` | {_percent(every.precision)} | {_percent(every.recall)} "
            f"| {_percent(kept.precision)} | {_percent(kept.recall)} |"
        )
    clean_all = sum(1 for case in CASES if not case[2])
    clean_held = sum(1 for case in held_out if not case[2])
    lines.append("")
    lines.append(
        f"{len(CASES)} messages ({len(held_out)} held out); clean messages with a remark: "
        f"{clean_flagged(CASES)} of {clean_all} ({clean_flagged(held_out)} of {clean_held} "
        "held out)."
    )
    return "\n".join(lines)


def main(arguments: list[str]) -> None:
    print(table())
    if "--misses" in arguments:
        cases = [c for c in CASES if not c[3]] if "--tuning" in arguments else list(CASES)
        for case in cases:
            found = found_kinds(case)
            if found != case[2]:
                missing = sorted(case[2] - found)
                extra = sorted(found - case[2])
                print(f"\n[{case[0]}] {case[1]}\n  missing {missing} extra {extra}")


if __name__ == "__main__":
    main(sys.argv[1:])
