"""The scoping wizard as a TOML file: ``consultant-desk scope FILE.toml``.

The file's sections mirror the wizard's pages ([client], [mission], [stakes], [deadlines] and
[[deadlines.milestones]], [resources] and [[resources.people]], [client_obligations],
[working_hours], [scope], [financial] and [[financial.instalments]], [remedies],
[signature]); ``resources/examples/README.md`` documents every key.

The values go through the same rules as the wizard (``domain.scoping.validate``) and the
messages are the same, except that they name the key instead of the label, with its line when
it can be found: ``scope.toml, line 42: financial.daily_rate: cannot be negative.`` Items of a
``[[...]]`` list are counted from 1 in file order: ``deadlines.milestones[2]`` is the second.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from consultant_desk.domain import scoping_messages
from consultant_desk.domain.enums import ScopeSide
from consultant_desk.domain.errors import DomainError, ValidationError
from consultant_desk.domain.language import Language, current_language
from consultant_desk.domain.scoping import (
    Instalment,
    Issue,
    IssueSeverity,
    Milestone,
    ResourceLine,
    ScopeItem,
    ScopingTerms,
    ScopingValidationError,
    errors,
    normalized,
    validate,
)
from consultant_desk.services.clients import ClientData
from consultant_desk.services.scoping import (
    MissionData,
    ScopeResult,
    amend_engagement_scope,
    create_engagement_with_scope,
)
from consultant_desk.store.database import Database

MAX_FILE_BYTES = 5_000_000

# --- The format -------------------------------------------------------------------------------

# section -> TOML key -> (target, kind). Targets are ScopingTerms fields, except in [client]
# (ClientData), [mission] (MissionData), scope.in / scope.out and signature.signed.
SCALARS: dict[str, dict[str, tuple[str, str]]] = {
    "client": {
        "id": ("id", "int"),
        "name": ("name", "text"),
        "language": ("language", "text"),
        "registration": ("registration", "text"),
        "address": ("address", "text"),
        "email": ("email", "text"),
        "phone": ("phone", "text"),
        "notes": ("notes", "text"),
    },
    "mission": {
        "reference": ("reference", "text"),
        "title": ("title", "text"),
        "summary": ("summary", "text"),
    },
    "stakes": {
        "objectives": ("objectives", "text"),
        "expected_benefits": ("expected_benefits", "text"),
        "risks": ("risks", "text"),
        "success_criteria": ("success_criteria", "text"),
    },
    "deadlines": {
        "start_date": ("start_date", "date"),
        "end_date": ("end_date", "date"),
    },
    "resources": {
        "material": ("material", "text"),
        "access_needed": ("access_needed", "text"),
    },
    "client_obligations": {
        "contact_name": ("client_contact_name", "text"),
        "meetings": ("client_meetings", "text"),
        "response_days": ("response_days", "int"),
        "data_to_provide": ("client_data_to_provide", "text"),
    },
    "working_hours": {
        "days": ("work_days", "days"),
        "start": ("hours_start", "time"),
        "end": ("hours_end", "time"),
        "place": ("work_place", "text"),
        "travel": ("travel", "text"),
    },
    "scope": {
        "in": ("in", "list"),
        "out": ("out", "list"),
        "change_request": ("change_request_procedure", "text"),
    },
    "financial": {
        "pricing_mode": ("pricing_mode", "text"),
        "daily_rate": ("daily_rate", "decimal"),
        "days": ("days", "decimal"),
        "fixed_fee": ("fixed_fee", "decimal"),
        "expenses": ("expenses", "text"),
        "vat_rate": ("vat_rate", "decimal"),
        "currency": ("currency", "text"),
        "late_payment_terms": ("late_payment_terms", "text"),
        "withdrawal_notice_days": ("withdrawal_notice_days", "int"),
        "withdrawal_fee": ("withdrawal_fee", "decimal"),
        "withdrawal_terms": ("withdrawal_terms", "text"),
    },
    "remedies": {
        "amicable_settlement": ("amicable_settlement", "text"),
        "mediator": ("mediator", "text"),
        "applicable_law": ("applicable_law", "text"),
        "court": ("court", "text"),
    },
    "signature": {
        "consultant_signatory": ("consultant_signatory", "text"),
        "client_signatory": ("client_signatory", "text"),
        "place": ("sign_place", "text"),
        "date": ("sign_date", "date"),
        "signed": ("signed", "bool"),
    },
}

# section -> list key -> (ScopingTerms list, item key -> (item field, kind)).
LISTS: dict[str, dict[str, tuple[str, dict[str, tuple[str, str]]]]] = {
    "deadlines": {
        "milestones": (
            "milestones",
            {
                "name": ("name", "text"),
                "due_date": ("due_date", "date"),
                "deliverable": ("deliverable", "text"),
            },
        )
    },
    "resources": {
        "people": (
            "resource_lines",
            {
                "role": ("role", "text"),
                "person": ("person", "text"),
                "days": ("days", "decimal"),
            },
        )
    },
    "financial": {
        "instalments": (
            "instalments",
            {
                "label": ("label", "text"),
                "share_percent": ("share_percent", "decimal"),
                "amount": ("amount", "decimal"),
                "due_date": ("due_date", "date"),
                "milestone": ("milestone_position", "milestone"),
            },
        )
    },
}

# Day names a French or English user may type, beside the codes.
DAY_ALIASES: dict[str, str] = {
    "lun": "mon",
    "mar": "tue",
    "mer": "wed",
    "jeu": "thu",
    "ven": "fri",
    "sam": "sat",
    "dim": "sun",
    "lundi": "mon",
    "mardi": "tue",
    "mercredi": "wed",
    "jeudi": "thu",
    "vendredi": "fri",
    "samedi": "sat",
    "dimanche": "sun",
    "monday": "mon",
    "tuesday": "tue",
    "wednesday": "wed",
    "thursday": "thu",
    "friday": "fri",
    "saturday": "sat",
    "sunday": "sun",
}

# Field machine names of the client and engagement services -> keys of the file.
_SERVICE_KEYS: dict[str, str] = {
    "engagement.title": "mission.title",
    "engagement.reference": "mission.reference",
    "engagement.summary": "mission.summary",
    "engagement.start_date": "deadlines.start_date",
    "engagement.end_date": "deadlines.end_date",
    "engagement.dates": "deadlines.end_date",
    "engagement.client": "client.name",
}


def _scalar_keys() -> dict[str, str]:
    keys: dict[str, str] = {}
    for section, table in SCALARS.items():
        if section in ("client", "mission"):
            continue
        for key, (target, _kind) in table.items():
            keys[f"scoping.{target}"] = f"{section}.{key}"
    for section, lists in LISTS.items():
        for key, (target, _items) in lists.items():
            keys[f"scoping.{target}"] = f"{section}.{key}"
    keys["scoping.scope_items"] = "scope.in"
    return keys


SCALAR_KEYS = _scalar_keys()
LIST_ITEM_KEYS: dict[str, tuple[str, dict[str, str]]] = {
    target: (f"{section}.{key}", {field: name for name, (field, _kind) in items.items()})
    for section, lists in LISTS.items()
    for key, (target, items) in lists.items()
}
_ITEM = re.compile(r"scoping\.(\w+)\[(\d+)\]\.(\w+)")


def key_for(field: str, origins: Mapping[str, str] | None = None) -> str:
    """The key of the file a field machine name comes from (``scoping.milestones[1].due_date``
    -> ``deadlines.milestones[2].due_date``)."""
    if origins and field in origins:
        return origins[field]
    if field in SCALAR_KEYS:
        return SCALAR_KEYS[field]
    if field in _SERVICE_KEYS:
        return _SERVICE_KEYS[field]
    found = _ITEM.fullmatch(field)
    if found and found[1] in LIST_ITEM_KEYS:
        base, names = LIST_ITEM_KEYS[found[1]]
        return f"{base}[{int(found[2]) + 1}].{names.get(found[3], found[3])}"
    if found and found[1] == "scope_items":
        return "scope.in"
    return field


# --- Lines ------------------------------------------------------------------------------------

_KEY_PART = r"(?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*')"
_KEY_PATH = rf"{_KEY_PART}(?:\s*\.\s*{_KEY_PART})*"
_ARRAY_HEADER = re.compile(rf"^\[\[\s*({_KEY_PATH})\s*\]\]")
_TABLE_HEADER = re.compile(rf"^\[\s*({_KEY_PATH})\s*\]")
_ASSIGNMENT = re.compile(rf"^({_KEY_PATH})\s*=(.*)$")


def _dotted(path: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in re.split(r"\s*\.\s*", path))


def key_lines(text: str) -> dict[str, int]:
    """Where each key and table starts: ``{"financial.instalments[2].amount": 57, ...}``.

    A light scan good enough to point at a line (tables, arrays of tables, ``key = value``,
    multi-line strings skipped); the TOML parser itself is the judge of the syntax.
    """
    lines: dict[str, int] = {}
    table = ""
    counters: dict[str, int] = {}
    open_string: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        if open_string is not None:
            if raw.count(open_string) % 2 == 1:
                open_string = None
            continue
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if found := _ARRAY_HEADER.match(line):
            name = _dotted(found[1])
            counters[name] = counters.get(name, 0) + 1
            table = f"{name}[{counters[name]}]"
            lines.setdefault(name, number)
            lines.setdefault(table, number)
            continue
        if found := _TABLE_HEADER.match(line):
            table = _dotted(found[1])
            lines.setdefault(table, number)
            continue
        if found := _ASSIGNMENT.match(line):
            key = _dotted(found[1])
            lines.setdefault(f"{table}.{key}" if table else key, number)
            rest = found[2]
            for delimiter in ('"""', "'''"):
                if rest.count(delimiter) % 2 == 1:
                    open_string = delimiter
                    break
    return lines


def line_of(key: str, lines: Mapping[str, int]) -> int | None:
    """The line of ``key``, else of the nearest enclosing table that has one."""
    candidate = key
    while candidate:
        if candidate in lines:
            return lines[candidate]
        if candidate.endswith("]"):
            candidate = candidate[: candidate.rindex("[")]
        elif "." in candidate:
            candidate = candidate[: candidate.rindex(".")]
        else:
            break
    return None


# --- Problems ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth a warning) in the file, located by key and line."""

    source: str
    key: str
    line: int | None
    issue: Issue

    @property
    def is_error(self) -> bool:
        return self.issue.is_error

    def text(self, language: Language | None = None) -> str:
        language = language or current_language()
        message = self.issue.text(language, field_name=self.key)
        if self.line is not None:
            return scoping_messages.message(
                "toml_at_line", language, source=self.source, line=self.line, message=message
            )
        return scoping_messages.message(
            "toml_at_file", language, source=self.source, message=message
        )


class ScopeFileError(DomainError):
    """The file is refused; ``problems`` lists everything found, in file order."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        if not problems:
            raise ValueError("a scope file error needs at least one problem")
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("scope_file")

    def lines(self, language: Language | None = None) -> list[str]:
        """One line per problem."""
        return [problem.text(language) for problem in self.problems]

    def text(self, language: Language | None = None) -> str:
        first = self.problems[0].text(language)
        more = len(self.problems) - 1
        if not more:
            return first
        return scoping_messages.message("and_more", language, message=first, count=more)


def _file_problem(source: str, code: str, line: int | None = None, **params: object) -> Problem:
    return Problem(source, "", line, Issue("", code, params))


# --- Reading ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScopeFile:
    """A parsed and checked file, ready for ``import_scope``."""

    source: str
    client: int | ClientData | None
    client_name: str | None
    mission: MissionData | None
    terms: ScopingTerms
    signed: bool
    origins: Mapping[str, str] = field(default_factory=dict)
    lines: Mapping[str, int] = field(default_factory=dict)

    def problem(self, issue: Issue, *, key: str | None = None) -> Problem:
        key = key or key_for(issue.field, self.origins)
        return Problem(self.source, key, line_of(key, self.lines), issue)


_BAD = object()


class _Reader:
    """Walks the parsed document against the format, converting values and noting problems."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.found: list[tuple[str, Issue]] = []
        self.values: dict[str, dict[str, Any]] = {}
        self.items: dict[str, list[dict[str, Any]]] = {}
        self.origins: dict[str, str] = {}

    def problem(self, key: str, code: str, **params: object) -> None:
        self.found.append((key, Issue(key, code, params)))

    def unknown(self, key: str, name: str, known: Sequence[str]) -> None:
        close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
        if close:
            self.problem(key, "unknown_key_hint", suggestion=close[0])
        else:
            self.problem(key, "unknown_key")

    def read(self) -> None:
        for name, content in self.document.items():
            if name not in SCALARS:
                self.unknown(name, name, list(SCALARS))
            elif not isinstance(content, dict):
                self.problem(name, "expected_table")
            else:
                self.section(name, content)

    def section(self, name: str, content: Mapping[str, Any]) -> None:
        schema = SCALARS[name]
        lists = LISTS.get(name, {})
        values = self.values.setdefault(name, {})
        for key, value in content.items():
            path = f"{name}.{key}"
            if key in lists:
                self.list_of_tables(path, value, *lists[key])
            elif key in schema:
                target, kind = schema[key]
                converted = self.convert(path, value, kind)
                if converted is not _BAD:
                    values[target] = converted
            else:
                self.unknown(path, key, [*schema, *lists])

    def list_of_tables(
        self, path: str, value: Any, target: str, schema: Mapping[str, tuple[str, str]]
    ) -> None:
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            self.problem(path, "expected_tables")
            return
        rows = self.items.setdefault(target, [])
        for number, item in enumerate(value, start=1):
            row: dict[str, Any] = {}
            for key, raw in item.items():
                item_path = f"{path}[{number}].{key}"
                if key not in schema:
                    self.unknown(item_path, key, list(schema))
                    continue
                name, kind = schema[key]
                converted = self.convert(item_path, raw, kind)
                if converted is not _BAD:
                    row[name] = converted
            rows.append(row)

    # -- values

    def convert(self, path: str, value: Any, kind: str) -> Any:
        converter: Callable[[str, Any], Any] = getattr(self, f"as_{kind}")
        return converter(path, value)

    def as_text(self, path: str, value: Any) -> Any:
        if isinstance(value, str):
            return value
        self.problem(path, "expected_text")
        return _BAD

    def as_bool(self, path: str, value: Any) -> Any:
        if isinstance(value, bool):
            return value
        self.problem(path, "expected_bool")
        return _BAD

    def as_int(self, path: str, value: Any) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        self.problem(path, "expected_integer")
        return _BAD

    def as_decimal(self, path: str, value: Any) -> Any:
        if isinstance(value, bool):
            self.problem(path, "expected_number")
            return _BAD
        if isinstance(value, (int, Decimal)):
            return Decimal(value)
        if isinstance(value, str):
            text = value.strip().replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
            if text.count(",") == 1 and "." not in text:
                text = text.replace(",", ".")
            try:
                return Decimal(text)
            except InvalidOperation:
                self.problem(path, "invalid_number", value=value)
                return _BAD
        self.problem(path, "expected_number")
        return _BAD

    def as_date(self, path: str, value: Any) -> Any:
        if isinstance(value, date) and not isinstance(value, datetime):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                self.problem(path, "invalid_date", value=value)
                return _BAD
        self.problem(path, "expected_date")
        return _BAD

    def as_time(self, path: str, value: Any) -> Any:
        if isinstance(value, time):
            return value
        if isinstance(value, str) and re.fullmatch(r"\d{2}:\d{2}", value.strip()):
            try:
                return time.fromisoformat(value.strip())
            except ValueError:
                pass
        self.problem(path, "invalid_time", value=str(value))
        return _BAD

    def as_list(self, path: str, value: Any) -> Any:
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            return list(value)
        self.problem(path, "expected_list")
        return _BAD

    def as_days(self, path: str, value: Any) -> Any:
        days = self.as_list(path, value)
        if days is _BAD:
            return _BAD
        codes = [day.strip().lower() for day in days]
        return tuple(DAY_ALIASES.get(code, code) for code in codes)

    def as_milestone(self, path: str, value: Any) -> Any:
        if isinstance(value, (int, str)) and not isinstance(value, bool):
            return value  # resolved once every milestone is read
        self.problem(path, "expected_milestone")
        return _BAD

    # -- the terms

    def terms(self) -> ScopingTerms:
        values: dict[str, Any] = {}
        for section, found in self.values.items():
            if section in ("client", "mission"):
                continue
            values.update({k: v for k, v in found.items() if k not in ("in", "out", "signed")})
        scope = self.values.get("scope", {})
        items: list[ScopeItem] = []
        for side, key in ((ScopeSide.IN, "in"), (ScopeSide.OUT, "out")):
            for number, text in enumerate(scope.get(key, []), start=1):
                self.origins[f"scoping.scope_items[{len(items)}].text"] = f"scope.{key}[{number}]"
                items.append(ScopeItem(side=side, text=text))
        values["scope_items"] = tuple(items)
        milestones = tuple(Milestone(**row) for row in self.items.get("milestones", []))
        values["milestones"] = milestones
        values["resource_lines"] = tuple(
            ResourceLine(**row) for row in self.items.get("resource_lines", [])
        )
        instalments = []
        for number, row in enumerate(self.items.get("instalments", []), start=1):
            fields = dict(row)
            if "milestone_position" in fields:
                path = f"financial.instalments[{number}].milestone"
                position = self.milestone(path, fields.pop("milestone_position"), milestones)
                if position is not _BAD:
                    fields["milestone_position"] = position
            instalments.append(Instalment(**fields))
        values["instalments"] = tuple(instalments)
        return ScopingTerms(**values)

    def milestone(self, path: str, value: int | str, milestones: Sequence[Milestone]) -> Any:
        if isinstance(value, int):
            if 1 <= value <= len(milestones):
                return value - 1
            self.problem(path, "unknown_milestone", n=value, count=len(milestones))
            return _BAD
        wanted = value.strip().casefold()
        matches = [n for n, m in enumerate(milestones) if m.name.strip().casefold() == wanted]
        if len(matches) == 1:
            return matches[0]
        code = "unknown_milestone_name" if not matches else "ambiguous_milestone_name"
        self.problem(path, code, value=value)
        return _BAD

    def signed(self) -> bool:
        return bool(self.values.get("signature", {}).get("signed", False))


def _syntax_problem(source: str, error: tomllib.TOMLDecodeError, text: str) -> Problem:
    message = str(error)
    found = re.search(r"\(at line (\d+), column \d+\)", message)
    if found:
        line: int | None = int(found[1])
    elif "end of document" in message:
        line = max(text.count("\n") + (0 if text.endswith("\n") else 1), 1)
    else:
        line = None
    reason = re.sub(r"\s*\(at [^)]*\)\s*$", "", message).strip() or message
    return _file_problem(source, "toml_syntax", line, reason=reason)


def _sorted(problems: list[Problem]) -> list[Problem]:
    unique = list(dict.fromkeys(problems))
    return sorted(unique, key=lambda p: p.line if p.line is not None else 10**9)


def parse_scope_text(text: str, *, source: str = "scope.toml", amend: bool = False) -> ScopeFile:
    """Read and check a scope file's text; raises ``ScopeFileError`` listing every problem.

    ``amend``: the file changes an existing engagement, so [client] and [mission] are
    optional (when present they must match it).
    """
    lines = key_lines(text)
    try:
        document = tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as error:
        raise ScopeFileError([_syntax_problem(source, error, text)]) from None

    reader = _Reader(document)
    reader.read()
    terms = reader.terms()

    def located(key: str, issue: Issue) -> Problem:
        return Problem(source, key, line_of(key, lines), issue)

    if reader.found:
        raise ScopeFileError(_sorted([located(key, issue) for key, issue in reader.found]))

    signed = reader.signed()
    client_values = reader.values.get("client")
    mission_values = reader.values.get("mission")
    client: int | ClientData | None = None
    client_name = None if client_values is None else client_values.get("name")
    mission = None if mission_values is None else MissionData(**{"title": "", **mission_values})
    if client_values is not None:
        if "id" in client_values:
            client = int(client_values["id"])
        else:
            details = {k: v for k, v in client_values.items() if k != "id"}
            client = ClientData(**{"name": "", **details})
    scope = ScopeFile(source, client, client_name, mission, terms, signed, reader.origins, lines)

    problems = [
        scope.problem(issue) for issue in errors(validate(normalized(terms), signing=signed))
    ]
    if client is None and not amend:
        problems.append(scope.problem(Issue("client.name", "required")))
    if mission is None and not amend:
        problems.append(scope.problem(Issue("engagement.title", "required")))
    for check in (
        None if not isinstance(client, ClientData) else client.cleaned,
        None if mission is None else mission.cleaned,
    ):
        if check is None:
            continue
        try:
            check()
        except ValidationError as error:
            problems.append(scope.problem(Issue(error.field, error.code, error.params)))
    if problems:
        raise ScopeFileError(_sorted(problems))
    return scope


def read_scope_file(path: Path, *, amend: bool = False) -> ScopeFile:
    """Read a scope file (UTF-8, an optional byte-order mark) and check it."""
    source = path.name
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise ScopeFileError([_file_problem(source, "file_unreadable", reason=reason)]) from None
    if len(data) > MAX_FILE_BYTES:
        raise ScopeFileError(
            [_file_problem(source, "file_unreadable", reason=f"> {MAX_FILE_BYTES} bytes")]
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ScopeFileError([_file_problem(source, "not_utf8")]) from None
    return parse_scope_text(text, source=source, amend=amend)


# --- Importing --------------------------------------------------------------------------------


def import_scope(
    db: Database, scope: ScopeFile, *, amend: str | None = None, dry_run: bool = False
) -> ScopeResult:
    """Create the engagement (or amend ``amend``) from a checked file, in one transaction.

    Refusals from the database side (a reference already used, an unknown engagement to
    amend...) come back as a ``ScopeFileError`` naming the key, like the file's own problems.
    """
    try:
        if amend is not None:
            return amend_engagement_scope(
                db,
                amend,
                scope.terms,
                mission=scope.mission,
                client_name=scope.client_name,
                signed=scope.signed,
                dry_run=dry_run,
            )
        if scope.client is None or scope.mission is None:
            missing = "client.name" if scope.client is None else "engagement.title"
            raise ScopeFileError([scope.problem(Issue(missing, "required"))])
        return create_engagement_with_scope(
            db,
            scope.client,
            scope.mission,
            scope.terms,
            signed=scope.signed,
            dry_run=dry_run,
        )
    except ScopingValidationError as error:
        raise ScopeFileError([_locate(scope, issue, amend) for issue in error.issues]) from None
    except ValidationError as error:
        issue = Issue(error.field, error.code, error.params)
        raise ScopeFileError([_locate(scope, issue, amend)]) from None


def _locate(scope: ScopeFile, issue: Issue, amend: str | None) -> Problem:
    if issue.code == "unknown_reference" and amend is not None:
        return Problem(scope.source, "--amend", None, issue)
    return scope.problem(issue)


def warnings_of(scope: ScopeFile, result: ScopeResult) -> list[Problem]:
    """The result's warnings, located in the file like its problems."""
    return [
        scope.problem(issue) for issue in result.warnings if issue.severity is IssueSeverity.WARNING
    ]
