"""The words of the demo data, read from ``resources/demo/*.toml``: bilingual pools of names,
places, missions and grievances.

Every text is a ``(french, english)`` pair here, indexed by the client's language (``FR`` = 0,
``EN`` = 1); the files write it as ``fr`` and ``en``. The wording follows the articles the
product is built on: a complaint is a gap between what was expected and what was obtained;
the client's own words are kept; apologies are brief and made in person; the origin is
explained in a few factual sentences; the solution is co-built; a commercial gesture and a
lesson follow.

The files are read once, when this module is first imported (only the ``demo`` command does).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from typing import Any

from consultant_desk.documents.resources import resource_path

Bi = tuple[str, str]

FR = 0
EN = 1
LANGUAGES = {"fr": FR, "en": EN}


class DemoTextsError(Exception):
    """A demo text file shipped with the application is missing or malformed."""


def _load(name: str) -> dict[str, Any]:
    path = resource_path("demo", f"{name}.toml")
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise DemoTextsError(f"demo/{path.name}: {error}") from None


def _bi(value: dict[str, str]) -> Bi:
    return (str(value["fr"]), str(value["en"]))


def _bis(values: list[dict[str, str]]) -> tuple[Bi, ...]:
    return tuple(_bi(value) for value in values)


def _strs(values: list[str]) -> tuple[str, ...]:
    return tuple(str(value) for value in values)


# --- Data types the generator reads ------------------------------------------------------------


@dataclass(frozen=True)
class ConsultantIdentity:
    name: str
    company: str
    address: str
    registration: str
    email: str
    phone: str
    city: str


@dataclass(frozen=True)
class Country:
    code: str
    language: int
    label: str
    currency: str
    weight: float
    # (postcode or its fixed part, city, phone pattern); in patterns "#" is a random digit
    # and "@" a random capital letter.
    cities: tuple[tuple[str, str, str], ...]
    # Street names found in most towns of the country.
    streets: tuple[str, ...]
    # Places that name companies ("Riverside Logistics"); French-speaking ones use FRENCH_PLACES.
    places: tuple[str, ...]
    registration: str
    postcode_suffix: str
    # {number} {street} {Street} (capitalised) {postcode} {city}
    address: str
    domain: str
    legal_forms: tuple[str, ...]
    applicable_law: str
    court: str
    late_payment: str
    daily_rates: tuple[int, int]


@dataclass(frozen=True)
class MissionTemplate:
    title: Bi
    summary: Bi
    objectives: Bi
    benefits: Bi
    risks: Bi
    success: Bi
    scope_in: tuple[Bi, ...]
    scope_out: tuple[Bi, ...]
    # (milestone name, deliverable)
    milestones: tuple[tuple[Bi, Bi], ...]
    data_to_provide: Bi
    access: Bi


@dataclass(frozen=True)
class Scenario:
    category: str
    # What the clause reference points at: milestone, scope, obligation, billing, hours, meetings
    clause: str
    summary: Bi
    expected: Bi
    obtained: Bi
    words: Bi
    origin: Bi
    resolution: Bi
    lessons: Bi
    preventive: Bi


@dataclass(frozen=True)
class CrisisTemplate:
    tag: str
    category: str
    summary: Bi
    origin: Bi
    words: tuple[Bi, ...]
    resolution: Bi
    lessons: Bi
    preventive: Bi


def _country(entry: dict[str, Any]) -> Country:
    low, high = entry["daily_rates"]
    return Country(
        code=entry["code"],
        language=LANGUAGES[entry["language"]],
        label=entry["label"],
        currency=entry["currency"],
        weight=float(entry["weight"]),
        cities=tuple((city["postcode"], city["city"], city["phone"]) for city in entry["cities"]),
        streets=_strs(entry["streets"]),
        places=_strs(entry["places"]),
        registration=entry["registration"],
        postcode_suffix=entry["postcode_suffix"],
        address=entry["address"],
        domain=entry["domain"],
        legal_forms=_strs(entry["legal_forms"]),
        applicable_law=entry["applicable_law"],
        court=entry["court"],
        late_payment=entry["late_payment"],
        daily_rates=(int(low), int(high)),
    )


def _mission(entry: dict[str, Any]) -> MissionTemplate:
    return MissionTemplate(
        title=_bi(entry["title"]),
        summary=_bi(entry["summary"]),
        objectives=_bi(entry["objectives"]),
        benefits=_bi(entry["benefits"]),
        risks=_bi(entry["risks"]),
        success=_bi(entry["success"]),
        scope_in=_bis(entry["scope_in"]),
        scope_out=_bis(entry["scope_out"]),
        milestones=tuple(
            (_bi(milestone["name"]), _bi(milestone["deliverable"]))
            for milestone in entry["milestones"]
        ),
        data_to_provide=_bi(entry["data_to_provide"]),
        access=_bi(entry["access"]),
    )


def _scenario(entry: dict[str, Any]) -> Scenario:
    return Scenario(
        category=entry["category"],
        clause=entry["clause"],
        summary=_bi(entry["summary"]),
        expected=_bi(entry["expected"]),
        obtained=_bi(entry["obtained"]),
        words=_bi(entry["words"]),
        origin=_bi(entry["origin"]),
        resolution=_bi(entry["resolution"]),
        lessons=_bi(entry["lessons"]),
        preventive=_bi(entry["preventive"]),
    )


def _crisis(entry: dict[str, Any]) -> CrisisTemplate:
    return CrisisTemplate(
        tag=entry["tag"],
        category=entry["category"],
        summary=_bi(entry["summary"]),
        origin=_bi(entry["origin"]),
        words=_bis(entry["words"]),
        resolution=_bi(entry["resolution"]),
        lessons=_bi(entry["lessons"]),
        preventive=_bi(entry["preventive"]),
    )


def _steps(entries: list[dict[str, Any]]) -> tuple[tuple[str, Bi], ...]:
    """(event kind, note) pairs."""
    return tuple((entry["kind"], _bi(entry["note"])) for entry in entries)


def _pairs(entries: dict[str, dict[str, str]]) -> dict[str, Bi]:
    return {key: _bi(value) for key, value in entries.items()}


def _names(entries: list[dict[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple((entry["name"], entry["gender"]) for entry in entries)


# --- The pools, one file per aggregate -------------------------------------------------------

_practice = _load("practice")
FRENCH_MONTHS: tuple[str, ...] = _strs(_practice["months"]["fr"])
ENGLISH_MONTHS: tuple[str, ...] = _strs(_practice["months"]["en"])
CONSULTANT = ConsultantIdentity(**_practice["consultant"])
# (name, role fr, role en)
TEAM: tuple[tuple[str, str, str], ...] = tuple(
    (member["name"], member["role"]["fr"], member["role"]["en"]) for member in _practice["team"]
)
PEERS: tuple[str, ...] = _strs(_practice["peers"])
MEDIATORS: tuple[str, ...] = _strs(_practice["mediators"]["fr"])
MEDIATORS_EN: tuple[str, ...] = _strs(_practice["mediators"]["en"])
LEAD_ROLE: Bi = _bi(_practice["lead_role"])
CONSULTANT_ROLE: Bi = _bi(_practice["consultant_role"])

_clients = _load("clients")
COUNTRIES: tuple[Country, ...] = tuple(_country(entry) for entry in _clients["countries"])
# (first name, "f" or "m")
FRENCH_FIRST_NAMES: tuple[tuple[str, str], ...] = _names(_clients["first_names"]["french"])
ENGLISH_FIRST_NAMES: tuple[tuple[str, str], ...] = _names(_clients["first_names"]["english"])
IRISH_FIRST_NAMES: tuple[tuple[str, str], ...] = _names(_clients["first_names"]["irish"])
FRENCH_SURNAMES: tuple[str, ...] = _strs(_clients["french_surnames"])
QUEBEC_SURNAMES: tuple[str, ...] = _strs(_clients["quebec_surnames"])
BELGIAN_SURNAMES: tuple[str, ...] = _strs(_clients["belgian_surnames"])
SWISS_SURNAMES: tuple[str, ...] = _strs(_clients["swiss_surnames"])
ENGLISH_SURNAMES: tuple[str, ...] = _strs(_clients["english_surnames"])
IRISH_SURNAMES: tuple[str, ...] = _strs(_clients["irish_surnames"])
FRENCH_COMPANY_PATTERNS: tuple[str, ...] = _strs(_clients["french_company_patterns"])
FRENCH_PLACES: tuple[str, ...] = _strs(_clients["french_places"])
FRENCH_PLACES_PLURAL: tuple[str, ...] = _strs(_clients["french_places_plural"])
ENGLISH_COMPANY_PATTERNS: tuple[str, ...] = _strs(_clients["english_company_patterns"])
# (French for a woman, French for a man, English)
CONTACT_ROLES: tuple[tuple[str, str, str], ...] = tuple(
    (role["fr_woman"], role["fr_man"], role["en"]) for role in _clients["contact_roles"]
)
CLIENT_NOTES: tuple[Bi, ...] = _bis(_clients["client_notes"])

_engagements = _load("engagements")
MISSIONS: tuple[MissionTemplate, ...] = tuple(_mission(entry) for entry in _engagements["missions"])
MATERIAL: tuple[Bi, ...] = _bis(_engagements["material"])
CLIENT_MEETINGS: tuple[Bi, ...] = _bis(_engagements["client_meetings"])
WORK_DAYS: tuple[str, ...] = _strs(_engagements["work_days"])
HOURS: tuple[tuple[str, str], ...] = tuple(
    (str(start), str(end)) for start, end in _engagements["hours"]
)
TRAVEL: tuple[Bi, ...] = _bis(_engagements["travel"])
CHANGE_PROCEDURE: Bi = _bi(_engagements["change_procedure"])
EXPENSES: tuple[Bi, ...] = _bis(_engagements["expenses"])
WITHDRAWAL: Bi = _bi(_engagements["withdrawal"])
AMICABLE: Bi = _bi(_engagements["amicable"])
AMENDMENT_ITEM: Bi = _bi(_engagements["amendment_item"])
# Payment schedules: (label, share %, due at: "signature" | "milestone:<n>" | "end" | "month")
SCHEDULES: tuple[tuple[tuple[Bi, int, str], ...], ...] = tuple(
    tuple(
        (_bi(part["label"]), int(part["share"]), str(part["due"]))
        for part in schedule["instalments"]
    )
    for schedule in _engagements["schedules"]
)

_episodes = _load("episodes")
SCENARIOS: tuple[Scenario, ...] = tuple(_scenario(entry) for entry in _episodes["scenarios"])
# How the consultant acknowledges, per category (meeting reports).
ACKNOWLEDGED: dict[str, Bi] = _pairs(_episodes["acknowledged"])
CRISES: tuple[CrisisTemplate, ...] = tuple(_crisis(entry) for entry in _episodes["crises"])
CRISIS_EXPECTED: Bi = _bi(_episodes["crisis_expected"])
# Which scoping clause a crisis touches, by category.
CRISIS_CLAUSES: dict[str, str] = {
    category: str(clause) for category, clause in _episodes["crisis_clauses"].items()
}
# The clause an episode points at: {n} is a number, {name} a milestone name.
CLAUSES: dict[str, Bi] = _pairs(_episodes["clauses"])
TODO: Bi = _bi(_episodes["todo"])
# How an episode surfaced, by channel: (event kind, note).
SURFACED: dict[str, tuple[str, Bi]] = {
    channel: (entry["kind"], _bi(entry["note"])) for channel, entry in _episodes["surfaced"].items()
}
# One step per playbook stage completed: (event kind, note).
STAGE_STEPS: tuple[tuple[str, Bi], ...] = _steps(_episodes["stage_steps"])
# What the current, unfinished stage is waiting for.
PENDING_STEPS: tuple[tuple[str, Bi], ...] = _steps(_episodes["pending_steps"])
CLOSING_NOTE: Bi = _bi(_episodes["closing_note"])
PROPOSAL_NOTE: Bi = _bi(_episodes["proposal_note"])
CRISIS_NOTE: Bi = _bi(_episodes["crisis_note"])
SILENT_NOTE: Bi = _bi(_episodes["silent_note"])

_meetings = _load("meetings")
STEERING_TITLES: tuple[Bi, ...] = _bis(_meetings["steering_titles"])
STEERING_POINTS: Bi = _bi(_meetings["steering_points"])
STEERING_EXPRESSED: tuple[Bi, ...] = _bis(_meetings["steering_expressed"])
STEERING_AGREED: tuple[Bi, ...] = _bis(_meetings["steering_agreed"])
EPISODE_POINTS: Bi = _bi(_meetings["episode_points"])
NEXT_STEPS: Bi = _bi(_meetings["next_steps"])
UPCOMING_NEXT_STEPS: Bi = _bi(_meetings["upcoming_next_steps"])
ACTION_ITEMS: tuple[tuple[Bi, str], ...] = tuple(
    (_bi(item["what"]), str(item["owner"])) for item in _meetings["action_items"]
)
MEETING_PLACES: dict[str, Bi] = _pairs(_meetings["places"])

_offers = _load("offers")
GESTURE_LABELS: dict[str, Bi] = _pairs(_offers["gesture_labels"])
EXTRA_DELIVERABLES: tuple[Bi, ...] = _bis(_offers["extra_deliverables"])
SALUTATIONS: dict[str, Bi] = _pairs(_offers["salutations"])
OFFER_BODIES: tuple[Bi, ...] = _bis(_offers["offer_bodies"])
FLAWED_OFFER_BODIES: tuple[Bi, ...] = _bis(_offers["flawed_offer_bodies"])
SIGN_OFF: Bi = _bi(_offers["sign_off"])

_feedback = _load("feedback")
FEEDBACK_COMMENTS: dict[str, tuple[Bi, ...]] = {
    band: _bis(pool) for band, pool in _feedback["comments"].items()
}
