"""Page 8, financial terms: price, VAT and currency, the payment schedule with live totals,
late payment, withdrawal and cancellation."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from consultant_desk.domain.enums import PricingMode
from consultant_desk.domain.language import Language
from consultant_desk.domain.scoping import (
    ClauseKind,
    Instalment,
    ScopingTerms,
    ScopingValidationError,
    Section,
    read_decimal,
    resolve_instalments,
    schedule_is_exact,
    scheduled_total,
    shares_total,
    total_excl_vat,
    totals,
)
from consultant_desk.ui.formatting import arg
from consultant_desk.ui.scoping_wizard.base import SectionPage
from consultant_desk.ui.scoping_wizard.money import COMMON_CURRENCIES, money, percent
from consultant_desk.ui.scoping_wizard.widgets import (
    ClauseButton,
    Column,
    NumberEdit,
    OptionalDaysSpin,
    RowTable,
    TextArea,
    with_clause,
)
from consultant_desk.ui.style import mute
from consultant_desk.ui.widgets.date_field import OptionalDateEdit

NO_MILESTONE = -1


def _label_cell(parent: QWidget) -> QWidget:
    return QLineEdit(parent)


def _share_cell(parent: QWidget) -> QWidget:
    edit = NumberEdit(parent)
    edit.setMaximumWidth(16777215)
    edit.setPlaceholderText("%")
    return edit


def _amount_cell(parent: QWidget) -> QWidget:
    edit = NumberEdit(parent, money=True)
    edit.setMaximumWidth(16777215)
    return edit


def _date_cell(parent: QWidget) -> QWidget:
    return OptionalDateEdit(parent)


def _milestone_cell(parent: QWidget) -> QWidget:
    combo = QComboBox(parent)
    combo.addItem("—", NO_MILESTONE)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


def _computed_cell(parent: QWidget) -> QWidget:
    label = QLabel(parent)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    label.setContentsMargins(4, 0, 6, 0)
    return label


def _group(title_holder: list[QGroupBox], parent: QWidget) -> QGroupBox:
    box = QGroupBox(parent)
    title_holder.append(box)
    return box


class FinancialPage(SectionPage):
    section = Section.FINANCIAL

    def __init__(
        self,
        terms: Callable[[], ScopingTerms],
        language: Callable[[], Language],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._terms = terms
        self._currency = "EUR"
        self._milestone_names: tuple[str, ...] = ()
        self.groups: list[QGroupBox] = []
        self.content_layout.removeItem(self.form)

        # -- price
        price = _group(self.groups, self.content)
        price_form = QFormLayout(price)
        price_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        price_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        modes = QWidget(price)
        modes_row = QHBoxLayout(modes)
        modes_row.setContentsMargins(0, 0, 0, 0)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[PricingMode, QRadioButton] = {}
        for index, mode in enumerate(PricingMode):
            button = QRadioButton(modes)
            self.mode_group.addButton(button, index)
            self.mode_buttons[mode] = button
            modes_row.addWidget(button)
        modes_row.addStretch(1)
        modes.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.mode_group.idToggled.connect(self._on_mode_toggled)

        self.rate_edit = NumberEdit(price, money=True)
        self.days_edit = NumberEdit(price)
        self.per_day_label = QLabel(price)
        self.days_unit_label = QLabel(price)
        daily = QWidget(price)
        daily_row = QHBoxLayout(daily)
        daily_row.setContentsMargins(0, 0, 0, 0)
        daily_row.addWidget(self.rate_edit)
        daily_row.addWidget(self.per_day_label)
        daily_row.addWidget(self.days_edit)
        daily_row.addWidget(self.days_unit_label)
        daily_row.addStretch(1)
        self.fee_edit = NumberEdit(price, money=True)

        self.vat_edit = NumberEdit(price)
        self.vat_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 7) + 16)
        self.currency_combo = QComboBox(price)
        self.currency_combo.setEditable(True)
        self.currency_combo.addItems(COMMON_CURRENCIES)
        self.currency_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency_combo.setMinimumContentsLength(4)
        self.percent_label = QLabel("%", price)
        self.currency_label = QLabel(price)
        tax = QWidget(price)
        tax_row = QHBoxLayout(tax)
        tax_row.setContentsMargins(0, 0, 0, 0)
        tax_row.addWidget(self.vat_edit)
        tax_row.addWidget(self.percent_label)
        tax_row.addSpacing(24)
        tax_row.addWidget(self.currency_label)
        tax_row.addWidget(self.currency_combo)
        tax_row.addStretch(1)
        self.expenses_edit = TextArea(price, lines=2)
        self.totals_label = QLabel(price)
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)
        self.totals_label.setWordWrap(True)

        self.price_labels = []
        for widget in (modes, daily, self.fee_edit, tax, self.expenses_edit):
            label = QLabel(price)
            label.setBuddy(widget)
            price_form.addRow(label, widget)
            self.price_labels.append(label)
        price_form.addRow(self.totals_label)
        self.daily_row_label = self.price_labels[1]
        self.fee_row_label = self.price_labels[2]

        # -- payment schedule
        schedule = _group(self.groups, self.content)
        schedule_layout = QVBoxLayout(schedule)
        self.instalments = RowTable(
            [
                Column("label", lambda: self.tr("Instalment"), _label_cell, stretch=1),
                Column("share_percent", lambda: self.tr("Share (%)"), _share_cell, width=72),
                Column("amount", lambda: self.tr("or amount"), _amount_cell, width=100),
                Column("due_date", lambda: self.tr("Due on"), _date_cell, width=150),
                Column("milestone", lambda: self.tr("or at milestone"), _milestone_cell, width=200),
                Column("excl_vat", lambda: self.tr("Excl. VAT"), _computed_cell, width=100),
            ],
            add_text=lambda: self.tr("Add an instalment"),
            empty_text=lambda: self.tr("No instalment yet: the whole price falls due at once."),
            remove_tip=lambda: self.tr("Remove this instalment"),
            parent=schedule,
        )
        self.instalments.row_added.connect(self._on_instalment_added)
        self.schedule_label = QLabel(schedule)
        self.schedule_label.setTextFormat(Qt.TextFormat.RichText)
        self.schedule_label.setWordWrap(True)
        schedule_layout.addWidget(self.instalments)
        schedule_layout.addWidget(self.schedule_label)

        # -- late payment
        late = _group(self.groups, self.content)
        late_layout = QVBoxLayout(late)
        self.late_edit = TextArea(late, lines=3)
        self.late_clause = ClauseButton(ClauseKind.LATE_PAYMENT, self.late_edit, terms, language)
        late_layout.addWidget(with_clause(self.late_edit, self.late_clause, late))

        # -- withdrawal and cancellation
        withdrawal = _group(self.groups, self.content)
        withdrawal_form = QFormLayout(withdrawal)
        withdrawal_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        withdrawal_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.notice_spin = OptionalDaysSpin(withdrawal)
        self.withdrawal_fee_edit = NumberEdit(withdrawal, money=True)
        self.withdrawal_edit = TextArea(withdrawal, lines=4)
        self.withdrawal_clause = ClauseButton(
            ClauseKind.WITHDRAWAL, self.withdrawal_edit, terms, language
        )
        self.withdrawal_labels = []
        for widget in (
            self.notice_spin,
            self.withdrawal_fee_edit,
            with_clause(self.withdrawal_edit, self.withdrawal_clause, withdrawal),
        ):
            label = QLabel(withdrawal)
            label.setBuddy(widget)
            withdrawal_form.addRow(label, widget)
            self.withdrawal_labels.append(label)

        for index, box in enumerate(self.groups):
            self.content_layout.insertWidget(index, box)

        for field, widget in (
            ("scoping.pricing_mode", modes),
            ("scoping.daily_rate", self.rate_edit),
            ("scoping.days", self.days_edit),
            ("scoping.fixed_fee", self.fee_edit),
            ("scoping.vat_rate", self.vat_edit),
            ("scoping.currency", self.currency_combo),
            ("scoping.expenses", self.expenses_edit),
            ("scoping.instalments", self.instalments),
            ("scoping.late_payment_terms", self.late_edit),
            ("scoping.withdrawal_notice_days", self.notice_spin),
            ("scoping.withdrawal_fee", self.withdrawal_fee_edit),
            ("scoping.withdrawal_terms", self.withdrawal_edit),
        ):
            self.register(field, widget)
        self.watch(self.mode_group)
        for edit in (self.rate_edit, self.fee_edit, self.withdrawal_fee_edit):
            edit.editingFinished.connect(lambda edit=edit: self._tidy_money(edit))
        self.retranslate()
        self.base_retranslate()

    def hint(self) -> str:
        return self.tr(
            "The price, when each part of it is paid, and what happens on late payment or "
            "cancellation. Clear money terms, agreed up front, spare both sides an awkward "
            "conversation later."
        )

    def retranslate(self) -> None:
        titles = (
            self.tr("Price"),
            self.tr("Payment schedule"),
            self.tr("Late payment"),
            self.tr("Withdrawal and cancellation"),
        )
        for box, title in zip(self.groups, titles, strict=True):
            box.setTitle(title)
        price_texts = (
            self.tr("Pricing"),
            self.tr("Daily rate"),
            self.tr("Fixed fee"),
            self.tr("VAT"),
            self.tr("Expenses"),
        )
        for label, text in zip(self.price_labels, price_texts, strict=True):
            label.setText(text)
        for mode, button in self.mode_buttons.items():
            button.setText(mode.label())
        self.per_day_label.setText(self.tr("per day ×"))
        self.days_unit_label.setText(self.tr("days"))
        self.currency_label.setText(self.tr("Currency"))
        self.expenses_edit.setPlaceholderText(
            self.tr("Travel and accommodation at cost, on receipts, with the client’s approval…")
        )
        self.late_edit.setPlaceholderText(
            self.tr("Interest on late payment, fixed recovery fee, when work may be suspended")
        )
        withdrawal_texts = (self.tr("Notice"), self.tr("Cancellation fee"), self.tr("Terms"))
        for label, text in zip(self.withdrawal_labels, withdrawal_texts, strict=True):
            label.setText(text)
        self.notice_spin.setSpecialValueText(self.tr("Not set"))
        self.notice_spin.setSuffix(self.tr(" days"))
        self.withdrawal_edit.setPlaceholderText(
            self.tr("How either party may end the engagement, and what remains due")
        )
        self.instalments.retranslate()
        for row in range(self.instalments.row_count()):
            self._placeholders(row)
        self.refresh_derived(self._terms())

    # -- rows ------------------------------------------------------------------------------

    def add_instalment(self, label: str = "") -> int:
        row = self.instalments.add_row()
        self._on_instalment_added(row)
        self.instalments.line(row, "label").setText(label)
        return row

    @Slot(int)
    def _on_instalment_added(self, row: int) -> None:
        share = self.instalments.line(row, "share_percent")
        amount = self.instalments.line(row, "amount")
        due = self.instalments.date(row, "due_date")
        milestone = self.instalments.combo(row, "milestone")
        if share.property("wired"):
            return
        share.setProperty("wired", True)

        # A share or an amount, a date or a milestone: choosing one clears the other.
        def share_typed(text: str) -> None:
            if text.strip():
                amount.clear()

        def amount_typed(text: str) -> None:
            if text.strip():
                share.clear()

        def date_checked(checked: bool) -> None:
            if checked:
                milestone.setCurrentIndex(0)

        def milestone_chosen(index: int) -> None:
            if index > 0 and due.value() is not None:
                due.set_value(None)

        share.textEdited.connect(share_typed)
        amount.textEdited.connect(amount_typed)
        due.check.clicked.connect(date_checked)
        milestone.activated.connect(milestone_chosen)
        self._fill_milestones(milestone)
        self._placeholders(row)

    def _placeholders(self, row: int) -> None:
        self.instalments.line(row, "label").setPlaceholderText(
            self.tr("Deposit on signature, balance…")
        )
        self.instalments.line(row, "amount").setPlaceholderText(self._currency)

    def item_widget(self, name: str, index: int, key: str) -> QWidget | None:
        if name != "instalments" or index >= self.instalments.row_count():
            return None
        column = "milestone" if key == "milestone_position" else key
        if column not in {c.key for c in self.instalments.columns}:
            return None
        return self.instalments.cell(index, column)

    def _fill_milestones(self, combo: QComboBox) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("—", NO_MILESTONE)
        for position, name in enumerate(self._milestone_names):
            combo.addItem(
                f"{position + 1}. {name}" if name.strip() else str(position + 1), position
            )
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def follow_milestones(self, terms: ScopingTerms) -> None:
        """After a milestone was removed: each instalment shows the milestone it now points
        at (``remove_milestone`` shifted the positions)."""
        self._milestone_names = tuple(m.name for m in terms.milestones)
        for row in range(self.instalments.row_count()):
            combo = self.instalments.combo(row, "milestone")
            self._fill_milestones(combo)
            position = (
                terms.instalments[row].milestone_position if row < len(terms.instalments) else None
            )
            self._select_milestone(combo, position)

    def _select_milestone(self, combo: QComboBox, position: int | None) -> None:
        wanted = NO_MILESTONE if position is None else position
        index = combo.findData(wanted)
        if index < 0 and position is not None:
            # A milestone that does not exist (any more): keep it visible, for the message.
            combo.addItem(arg(self.tr("%1 (unknown)"), position + 1), position)
            index = combo.count() - 1
        combo.blockSignals(True)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    # -- load and apply -----------------------------------------------------------------------

    def load(self, terms: ScopingTerms) -> None:
        self._currency = terms.currency
        self._milestone_names = tuple(m.name for m in terms.milestones)
        mode = PricingMode(terms.pricing_mode)
        self.mode_buttons[mode].setChecked(True)
        self.rate_edit.set_number(terms.daily_rate)
        self.days_edit.set_number(terms.days)
        self.fee_edit.set_number(terms.fixed_fee)
        self.vat_edit.set_number(terms.vat_rate)
        if self.currency_combo.currentText() != terms.currency:
            self.currency_combo.setCurrentText(terms.currency)
        self.expenses_edit.set_text(terms.expenses)
        self.instalments.set_row_count(len(terms.instalments))
        for row, instalment in enumerate(terms.instalments):
            self._on_instalment_added(row)
            label = self.instalments.line(row, "label")
            if label.text() != instalment.label:
                label.setText(instalment.label)
            share = self.instalments.line(row, "share_percent")
            assert isinstance(share, NumberEdit)
            share.set_number(instalment.share_percent)
            amount = self.instalments.line(row, "amount")
            assert isinstance(amount, NumberEdit)
            amount.set_number(instalment.amount)
            self.instalments.date(row, "due_date").set_value(instalment.due_date)
            combo = self.instalments.combo(row, "milestone")
            self._fill_milestones(combo)
            self._select_milestone(combo, instalment.milestone_position)
        self.late_edit.set_text(terms.late_payment_terms)
        self.notice_spin.set_days(terms.withdrawal_notice_days)
        self.withdrawal_fee_edit.set_number(terms.withdrawal_fee)
        self.withdrawal_edit.set_text(terms.withdrawal_terms)
        self._enable_for(mode)

    def apply(self, terms: ScopingTerms) -> ScopingTerms:
        mode = self.pricing_mode()
        daily = mode == PricingMode.DAILY_RATE
        rate = self.decimal_of("scoping.daily_rate", self.rate_edit.text(), terms.daily_rate)
        days = self.decimal_of("scoping.days", self.days_edit.text(), terms.days)
        fee = self.decimal_of("scoping.fixed_fee", self.fee_edit.text(), terms.fixed_fee)
        vat = self.decimal_of("scoping.vat_rate", self.vat_edit.text(), terms.vat_rate)
        instalments = []
        for row in range(self.instalments.row_count()):
            previous = terms.instalments[row] if row < len(terms.instalments) else Instalment()
            prefix = f"scoping.instalments[{row}]"
            position = self.instalments.combo(row, "milestone").currentData()
            instalments.append(
                Instalment(
                    label=self.instalments.line(row, "label").text(),
                    share_percent=self.decimal_of(
                        f"{prefix}.share_percent",
                        self.instalments.line(row, "share_percent").text(),
                        previous.share_percent,
                    ),
                    amount=self.decimal_of(
                        f"{prefix}.amount",
                        self.instalments.line(row, "amount").text(),
                        previous.amount,
                    ),
                    due_date=self.instalments.date(row, "due_date").value(),
                    milestone_position=(
                        None if position is None or position == NO_MILESTONE else int(position)
                    ),
                )
            )
        return dataclasses.replace(
            terms,
            pricing_mode=mode,
            # The fields of the other pricing stay in their boxes, not in the terms.
            daily_rate=rate if daily else None,
            days=days if daily else None,
            fixed_fee=None if daily else fee,
            vat_rate=vat,  # type: ignore[arg-type]  # None while empty: "required"
            currency=self.currency_combo.currentText(),
            expenses=self.expenses_edit.text(),
            instalments=tuple(instalments),
            late_payment_terms=self.late_edit.text(),
            withdrawal_notice_days=self.notice_spin.days(),
            withdrawal_fee=self.decimal_of(
                "scoping.withdrawal_fee", self.withdrawal_fee_edit.text(), terms.withdrawal_fee
            ),
            withdrawal_terms=self.withdrawal_edit.text(),
        )

    def pricing_mode(self) -> PricingMode:
        for mode, button in self.mode_buttons.items():
            if button.isChecked():
                return mode
        return PricingMode.DAILY_RATE

    @Slot(int, bool)
    def _on_mode_toggled(self, _index: int, checked: bool) -> None:
        if checked:
            self._enable_for(self.pricing_mode())

    def _enable_for(self, mode: PricingMode) -> None:
        daily = mode == PricingMode.DAILY_RATE
        for widget in (self.rate_edit, self.days_edit, self.per_day_label, self.days_unit_label):
            widget.setEnabled(daily)
        self.fee_edit.setEnabled(not daily)
        self.daily_row_label.setEnabled(daily)
        self.fee_row_label.setEnabled(not daily)

    def _tidy_money(self, edit: NumberEdit) -> None:
        """ "650" becomes "650,00" once the field is left, when it reads as a number."""
        try:
            value = read_decimal("scoping.daily_rate", edit.text())
        except ScopingValidationError:
            return
        if value is not None and value.is_finite() and value >= 0:
            edit.set_number(value)

    # -- what is computed ---------------------------------------------------------------------

    def refresh_derived(self, terms: ScopingTerms) -> None:
        self._currency = terms.currency.strip().upper() or "EUR"
        names = tuple(m.name for m in terms.milestones)
        if names != self._milestone_names:
            self._milestone_names = names
            for row in range(self.instalments.row_count()):
                combo = self.instalments.combo(row, "milestone")
                chosen = combo.currentData()
                self._fill_milestones(combo)
                self._select_milestone(
                    combo, None if chosen in (None, NO_MILESTONE) else int(chosen)
                )
        currency = self._currency
        money_totals = totals(terms)
        if money_totals is None:
            missing = (
                self.tr("enter the fixed fee")
                if terms.pricing_mode == PricingMode.FIXED_FEE
                else self.tr("enter the daily rate and the number of days")
            )
            self.totals_label.setText(arg(self.tr("Total: %1."), missing))
            mute(self.totals_label)
        else:
            self.totals_label.setPalette(self.palette())
            parts = (
                arg(self.tr("Total excl. VAT <b>%1</b>"), money(money_totals.excl_vat, currency)),
                arg(
                    self.tr("VAT %1 <b>%2</b>"),
                    percent(money_totals.vat_rate),
                    money(money_totals.vat, currency),
                ),
                arg(self.tr("Total incl. VAT <b>%1</b>"), money(money_totals.incl_vat, currency)),
            )
            self.totals_label.setText("&nbsp;&nbsp;·&nbsp;&nbsp;".join(parts))
        resolved = resolve_instalments(terms)
        for row in range(self.instalments.row_count()):
            cell = self.instalments.cell(row, "excl_vat")
            assert isinstance(cell, QLabel)
            item = resolved[row] if row < len(resolved) else None
            cell.setText(money(item.excl_vat, currency) if item is not None else "")
            cell.setToolTip(
                arg(self.tr("Incl. VAT: %1"), money(item.incl_vat, currency))
                if item is not None and item.incl_vat is not None
                else ""
            )
            self.instalments.line(row, "amount").setPlaceholderText(currency)
        self._refresh_schedule(terms)

    def _refresh_schedule(self, terms: ScopingTerms) -> None:
        if not terms.instalments:
            self.schedule_label.clear()
            self.schedule_label.hide()
            return
        self.schedule_label.show()
        currency = self._currency
        total = total_excl_vat(terms)
        scheduled = scheduled_total(terms)
        uses_amounts = any(i.amount is not None for i in terms.instalments)
        if schedule_is_exact(terms):
            text = arg(
                self.tr("✓ The schedule adds up to the price: %1 excl. VAT."),
                money(total, currency),
            )
            colour = "#2e7d32"
        elif not uses_amounts:
            text = arg(self.tr("The shares add up to %1 of 100%."), percent(shares_total(terms)))
            colour = "#7a4f00"
        elif scheduled is not None and total is not None:
            text = arg(
                self.tr("The instalments add up to %1 of %2 excl. VAT."),
                money(scheduled.quantize(Decimal("0.01")), currency),
                money(total, currency),
            )
            colour = "#7a4f00"
        else:
            text = self.tr("Give each instalment a share or an amount.")
            colour = "#7a4f00"
        self.schedule_label.setText(f"<span style='color:{colour}'>{text}</span>")
