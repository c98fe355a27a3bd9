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
from tests.domain.sincerity_fresh_cases import FRESH_CASES


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
    """Three measures: the whole first table; its held-out part (written before the rules but
    known to whoever wrote them); the fresh set, written after the rules were committed."""
    held_out = [case for case in CASES if case[3]]
    parts = (("all", list(CASES)), ("held out", held_out), ("fresh", list(FRESH_CASES)))
    header = " | ".join(f"precision, {name} | recall, {name}" for name, _ in parts)
    lines = [f"| kind | {header} |", "| --- |" + " --- | --- |" * len(parts)]
    measured = [scores(cases) for _, cases in parts]
    for row in zip(*measured, strict=True):
        cells = " | ".join(f"{_percent(s.precision)} | {_percent(s.recall)}" for s in row)
        lines.append(f"| `{row[0].kind}` | {cells} |")
    lines.append("")
    counts = "; ".join(
        f"{name}: {len(cases)} messages, {clean_flagged(cases)} of "
        f"{sum(1 for case in cases if not case[2])} clean ones with a remark"
        for name, cases in parts
    )
    lines.append(counts + ".")
    return "\n".join(lines)


def main(arguments: list[str]) -> None:
    print(table())
    if "--misses" in arguments:
        cases = (
            [c for c in CASES if not c[3]] if "--tuning" in arguments else [*CASES, *FRESH_CASES]
        )
        for case in cases:
            found = found_kinds(case)
            if found != case[2]:
                missing = sorted(case[2] - found)
                extra = sorted(found - case[2])
                print(f"\n[{case[0]}] {case[1]}\n  missing {missing} extra {extra}")


if __name__ == "__main__":
    main(sys.argv[1:])
