from __future__ import annotations

import ast
import string
import tomllib
from pathlib import Path

from consultant_desk.demo import texts
from consultant_desk.documents.resources import resource_path


def _resource_folders_in_build_spec() -> tuple[str, ...]:
    spec = Path(__file__).resolve().parents[2] / "build.spec"
    for node in ast.parse(spec.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "RESOURCE_FOLDERS"
            for target in node.targets
        ):
            value = ast.literal_eval(node.value)
            assert isinstance(value, tuple)
            return value
    raise AssertionError("build.spec has no RESOURCE_FOLDERS")


def test_the_bundle_ships_the_demo_texts() -> None:
    assert "demo" in _resource_folders_in_build_spec()
    files = sorted(resource_path("demo").glob("*.toml"))
    assert [path.stem for path in files] == [
        "clients",
        "engagements",
        "episodes",
        "feedback",
        "meetings",
        "offers",
        "practice",
    ]
    for path in files:
        assert tomllib.loads(path.read_text(encoding="utf-8"))


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_each_pair_fills_the_same_placeholders_in_both_languages() -> None:
    pairs = [
        *texts.CLIENT_NOTES,
        *texts.CLIENT_MEETINGS,
        *texts.OFFER_BODIES,
        *texts.FLAWED_OFFER_BODIES,
        *texts.GESTURE_LABELS.values(),
        *texts.MEETING_PLACES.values(),
        *(note for _kind, note in texts.STAGE_STEPS),
        *(note for _kind, note in texts.PENDING_STEPS),
        *(note for _kind, note in texts.SURFACED.values()),
        texts.WITHDRAWAL,
        texts.NEXT_STEPS,
        texts.CLOSING_NOTE,
        texts.AMENDMENT_ITEM,
    ]
    for scenario in texts.SCENARIOS:
        pairs += [scenario.summary, scenario.expected, scenario.words, scenario.lessons]
    assert len(pairs) > 60
    for french, english in pairs:
        assert _fields(french) == _fields(english), (french, english)


def test_every_pool_the_generator_draws_from_is_filled() -> None:
    assert len(texts.COUNTRIES) == 6
    assert {country.code for country in texts.COUNTRIES} == {"FR", "BE", "CH", "QC", "GB", "IE"}
    assert len(texts.MISSIONS) >= 10
    assert {scenario.category for scenario in texts.SCENARIOS} == set(texts.ACKNOWLEDGED)
    assert len(texts.STAGE_STEPS) == len(texts.PENDING_STEPS) == 8
    assert set(texts.FEEDBACK_COMMENTS) == {"high", "mid", "low"}
    assert texts.CONSULTANT.name == "Claire Morel"
