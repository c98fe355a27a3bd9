"""The whole scoping on one page: a read-only rich text, section by section, each with a link
back to the page where it is edited (``page:<n>``)."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time

from PySide6.QtCore import QObject

from consultant_desk.domain.enums import PricingMode, WorkPlace
from consultant_desk.domain.language import Language
from consultant_desk.domain.scoping import (
    WEEKDAYS,
    ScopingTerms,
    Section,
    resolve_instalments,
    totals,
)
from consultant_desk.domain.scoping_messages import weekday_label
from consultant_desk.ui.formatting import arg, format_date
from consultant_desk.ui.scoping_wizard.money import money, percent
from consultant_desk.ui.scoping_wizard.widgets import plain_number

KEY_WIDTH = 160
SUMMARY_CSS = """
h2 { font-size: large; margin-top: 16px; margin-bottom: 4px; color: #1f3b5b; }
p { margin-top: 2px; margin-bottom: 6px; }
td, th { padding: 3px 8px; vertical-align: top; }
th { text-align: left; background: #eef1f5; font-weight: 600; }
table.grid { border-collapse: collapse; }
table.grid td, table.grid th { border: 1px solid #d5dae1; }
td.key { color: #4a5260; white-space: nowrap; padding-left: 0; }
td.num { text-align: right; white-space: nowrap; }
a.edit { color: #2f6db5; text-decoration: none; font-weight: normal; font-size: small; }
.muted { color: #8a8f99; }
"""


@dataclass(frozen=True)
class Heading:
    """What the summary says about the engagement beside its terms."""

    client_name: str = ""
    reference: str = ""
    title: str = ""
    number: int = 1
    contract_language: Language = Language.FR
    editable: bool = True


def _text(value: str) -> str:
    """User text, escaped, its line breaks kept."""
    return html.escape(value.strip()).replace("\n", "<br>")


def _time(value: time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


class ContractSummary(QObject):
    """Builds the review page's HTML in the interface language."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._editable = True

    def html(self, terms: ScopingTerms, heading: Heading) -> str:
        self._editable = heading.editable
        parts = [
            self._mission(heading),
            self._stakes(terms),
            self._deadlines(terms),
            self._resources(terms),
            self._obligations(terms),
            self._hours(terms),
            self._scope(terms),
            self._financial(terms),
            self._remedies(terms),
        ]
        return "".join(parts)

    # -- building blocks ---------------------------------------------------------------------

    def _heading(self, section: Section) -> str:
        title = f"{section.page}. {html.escape(section.label())}"
        if not self._editable:
            return f"<h2>{title}</h2>"
        edit = self.tr("Edit")
        return (
            f"<h2>{title} &nbsp;<a class='edit' href='page:{section.page}'>"
            f"{html.escape(edit)}</a></h2>"
        )

    def _missing(self) -> str:
        text = self.tr("Not stated")
        return f"<span class='muted'>{html.escape(text)}</span>"

    def _value(self, text: str) -> str:
        return _text(text) if text.strip() else self._missing()

    def _pairs(self, rows: Iterable[tuple[str, str]]) -> str:
        cells = "".join(
            f"<tr><td class='key' width='{KEY_WIDTH}'>{html.escape(key)}</td><td>{value}</td></tr>"
            for key, value in rows
        )
        return f"<table cellspacing='0'>{cells}</table>"

    def _grid(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        numeric: set[int],
        widths: Sequence[int] = (),
    ) -> str:
        """A table with borders; ``widths`` in percent of the page, column by column."""
        sized = list(widths) + [0] * (len(headers) - len(widths))
        head = "".join(
            f"<th width='{width}%'>{html.escape(h)}</th>" if width else f"<th>{html.escape(h)}</th>"
            for h, width in zip(headers, sized, strict=True)
        )
        body = "".join(
            "<tr>"
            + "".join(
                f"<td class='num'>{cell}</td>" if index in numeric else f"<td>{cell}</td>"
                for index, cell in enumerate(row)
            )
            + "</tr>"
            for row in rows
        )
        return (
            f"<table class='grid' cellspacing='0' border='1' width='100%'>"
            f"<tr>{head}</tr>{body}</table>"
        )

    def _date(self, value: date | None) -> str:
        return html.escape(format_date(value)) if value is not None else self._missing()

    # -- sections ----------------------------------------------------------------------------

    def _mission(self, heading: Heading) -> str:
        version = (
            arg(self.tr("Amendment No. %1"), heading.number)
            if heading.number > 1
            else self.tr("First version")
        )
        language = (
            self.tr("French") if heading.contract_language is Language.FR else self.tr("English")
        )
        engagement = " — ".join(part for part in (heading.reference, heading.title) if part)
        return self._heading(Section.MISSION) + self._pairs(
            [
                (self.tr("Client"), self._value(heading.client_name)),
                (self.tr("Engagement"), self._value(engagement)),
                (self.tr("Version"), html.escape(version)),
                (self.tr("Contract language"), html.escape(language)),
            ]
        )

    def _stakes(self, t: ScopingTerms) -> str:
        return self._heading(Section.STAKES) + self._pairs(
            [
                (self.tr("Objectives"), self._value(t.objectives)),
                (self.tr("Expected benefits"), self._value(t.expected_benefits)),
                (self.tr("Risks"), self._value(t.risks)),
                (self.tr("Success criteria"), self._value(t.success_criteria)),
            ]
        )

    def _deadlines(self, t: ScopingTerms) -> str:
        period = arg(self.tr("From %1 to %2"), self._date(t.start_date), self._date(t.end_date))
        out = self._heading(Section.DEADLINES) + f"<p>{period}</p>"
        if t.milestones:
            rows = [
                [
                    str(n + 1),
                    self._value(m.name),
                    self._date(m.due_date),
                    self._value(m.deliverable),
                ]
                for n, m in enumerate(t.milestones)
            ]
            headers = ["#", self.tr("Milestone"), self.tr("Due date"), self.tr("Deliverable")]
            out += self._grid(headers, rows, {0, 2}, (5, 31, 19, 45))
        else:
            none = self.tr("No milestone.")
            out += f"<p>{html.escape(none)}</p>"
        return out

    def _resources(self, t: ScopingTerms) -> str:
        out = self._heading(Section.RESOURCES)
        if t.resource_lines:
            rows = [
                [self._value(r.role), _text(r.person), html.escape(plain_number(r.days))]
                for r in t.resource_lines
            ]
            headers = [self.tr("Role"), self.tr("Name"), self.tr("Days")]
            out += self._grid(headers, rows, {2}, (45, 40, 15))
        else:
            nobody = self.tr("Nobody is named.")
            out += f"<p>{html.escape(nobody)}</p>"
        return out + self._pairs(
            [
                (self.tr("Material"), self._value(t.material)),
                (self.tr("Access needed"), self._value(t.access_needed)),
            ]
        )

    def _obligations(self, t: ScopingTerms) -> str:
        reply = (
            arg(self.tr("Within %1 working days"), t.response_days)
            if t.response_days
            else self._missing()
        )
        return self._heading(Section.CLIENT_OBLIGATIONS) + self._pairs(
            [
                (self.tr("Named contact"), self._value(t.client_contact_name)),
                (self.tr("Presence and meetings"), self._value(t.client_meetings)),
                (self.tr("Replies"), reply),
                (self.tr("Data and access to provide"), self._value(t.client_data_to_provide)),
            ]
        )

    def _hours(self, t: ScopingTerms) -> str:
        days = ", ".join(weekday_label(code) for code in WEEKDAYS if code in t.work_days)
        hours = (
            arg(self.tr("%1 to %2"), _time(t.hours_start), _time(t.hours_end))
            if t.hours_start is not None and t.hours_end is not None
            else ""
        )
        return self._heading(Section.WORKING_HOURS) + self._pairs(
            [
                (self.tr("Working days"), self._value(days)),
                (self.tr("Working hours"), self._value(hours)),
                (self.tr("Place of work"), html.escape(WorkPlace(t.work_place).label())),
                (self.tr("Travel"), self._value(t.travel)),
            ]
        )

    def _scope(self, t: ScopingTerms) -> str:
        def bullets(items: Sequence[str]) -> str:
            if not any(item.strip() for item in items):
                return self._missing()
            return "<br>".join(f"• {_text(item)}" for item in items if item.strip())

        return self._heading(Section.SCOPE) + self._pairs(
            [
                (self.tr("Included"), bullets(t.items_in)),
                (self.tr("Not included"), bullets(t.items_out)),
                (self.tr("Change requests"), self._value(t.change_request_procedure)),
            ]
        )

    def _financial(self, t: ScopingTerms) -> str:
        currency = t.currency.strip().upper()
        if t.pricing_mode == PricingMode.FIXED_FEE:
            pricing = arg(self.tr("Fixed fee of %1"), money(t.fixed_fee, currency) or "—")
        else:
            pricing = arg(
                self.tr("%1 per day × %2 days"),
                money(t.daily_rate, currency) or "—",
                plain_number(t.days) or "—",
            )
        money_totals = totals(t)
        if money_totals is None:
            total = self._missing()
        else:
            total = html.escape(
                arg(
                    self.tr("%1 excl. VAT, VAT %2: %3, %4 incl. VAT"),
                    money(money_totals.excl_vat, currency),
                    percent(money_totals.vat_rate),
                    money(money_totals.vat, currency),
                    money(money_totals.incl_vat, currency),
                )
            )
        out = self._heading(Section.FINANCIAL) + self._pairs(
            [
                (self.tr("Price"), html.escape(pricing)),
                (self.tr("Total"), f"<b>{total}</b>"),
                (self.tr("Expenses"), self._value(t.expenses)),
            ]
        )
        if t.instalments:
            rows = []
            for item in resolve_instalments(t):
                if item.due_date is not None:
                    due = self._date(item.due_date)
                elif item.milestone_position is not None:
                    name = item.milestone_name or str(item.milestone_position + 1)
                    due = html.escape(arg(self.tr("At milestone “%1”"), name))
                else:
                    due = self._missing()
                rows.append(
                    [
                        self._value(item.label),
                        html.escape(percent(item.share_percent)),
                        html.escape(money(item.excl_vat, currency)),
                        html.escape(money(item.incl_vat, currency)),
                        due,
                    ]
                )
            headers = [
                self.tr("Instalment"),
                self.tr("Share"),
                self.tr("Excl. VAT"),
                self.tr("Incl. VAT"),
                self.tr("Due"),
            ]
            schedule = self.tr("Payment schedule")
            out += f"<p><b>{html.escape(schedule)}</b></p>"
            out += self._grid(headers, rows, {1, 2, 3}, (29, 10, 17, 17, 27))
        notice = (
            arg(self.tr("%1 days"), t.withdrawal_notice_days)
            if t.withdrawal_notice_days is not None
            else ""
        )
        return out + self._pairs(
            [
                (self.tr("Late payment"), self._value(t.late_payment_terms)),
                (self.tr("Notice"), self._value(notice)),
                (self.tr("Cancellation fee"), self._value(money(t.withdrawal_fee, currency))),
                (self.tr("Withdrawal and cancellation"), self._value(t.withdrawal_terms)),
            ]
        )

    def _remedies(self, t: ScopingTerms) -> str:
        return self._heading(Section.REMEDIES) + self._pairs(
            [
                (self.tr("Amicable settlement"), self._value(t.amicable_settlement)),
                (self.tr("Mediator"), self._value(t.mediator)),
                (self.tr("Applicable law"), self._value(t.applicable_law)),
                (self.tr("Competent court"), self._value(t.court)),
            ]
        )
