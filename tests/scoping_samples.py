"""Scoping terms shared by the scoping tests: complete, consistent, with nothing flagged."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from consultant_desk.domain.enums import PricingMode, ScopeSide, WorkPlace
from consultant_desk.domain.scoping import (
    Instalment,
    Milestone,
    ResourceLine,
    ScopeItem,
    ScopingTerms,
)


def complete_terms() -> ScopingTerms:
    """A mission of 20 days at 650 €, three milestones, 30/40/30 with a deposit upfront."""
    return ScopingTerms(
        objectives="Réduire le délai de recrutement à 40 jours.",
        expected_benefits="Moins de candidats perdus.",
        risks="Disponibilité des managers en avril.",
        success_criteria="Délai moyen de 40 jours au plus sur juin-septembre.",
        start_date=date(2026, 3, 2),
        end_date=date(2026, 6, 26),
        milestones=(
            Milestone("Diagnostic", date(2026, 3, 27), "Rapport de diagnostic"),
            Milestone("Parcours cible", date(2026, 5, 15), "Processus et trames d'entretien"),
            Milestone("Formation", date(2026, 6, 19), "Deux sessions d'une journée"),
        ),
        resource_lines=(
            ResourceLine("Consultante senior", "Claire Martin", Decimal("16")),
            ResourceLine("Formatrice", "Sophie Bernard", Decimal("4")),
        ),
        material="Ordinateur portable.",
        access_needed="Accès au logiciel de recrutement.",
        client_contact_name="Julien Dupré",
        client_meetings="Point hebdomadaire le lundi à 9 h.",
        response_days=3,
        client_data_to_provide="Export des recrutements 2024-2025.",
        work_days=("mon", "tue", "wed", "thu"),
        hours_start=time(9, 0),
        hours_end=time(17, 30),
        work_place=WorkPlace.HYBRID,
        travel="Deux jours par semaine sur site.",
        scope_items=(
            ScopeItem(ScopeSide.IN, "Diagnostic du processus actuel"),
            ScopeItem(ScopeSide.IN, "Formation des managers"),
            ScopeItem(ScopeSide.OUT, "Recrutements eux-mêmes"),
        ),
        change_request_procedure="Demande écrite, proposition chiffrée, avenant.",
        pricing_mode=PricingMode.DAILY_RATE,
        daily_rate=Decimal("650"),
        days=Decimal("20"),
        expenses="Frais refacturés au réel sur justificatifs.",
        vat_rate=Decimal("20"),
        currency="EUR",
        instalments=(
            Instalment("Acompte", Decimal("30"), due_date=date(2026, 2, 20)),
            Instalment("Parcours cible livré", Decimal("40"), milestone_position=1),
            Instalment("Solde", Decimal("30"), milestone_position=2),
        ),
        late_payment_terms="Pénalités au taux BCE + 10 points, indemnité de 40 euros.",
        withdrawal_notice_days=15,
        withdrawal_fee=Decimal("1300"),
        withdrawal_terms="Résiliation avec préavis de 15 jours.",
        amicable_settlement="Solution amiable d'abord, puis médiation.",
        mediator="CMAP",
        applicable_law="droit français",
        court="Tribunal de commerce de Bordeaux",
        consultant_signatory="Claire Martin",
        client_signatory="Julien Dupré",
        sign_place="Bordeaux",
        sign_date=date(2026, 2, 16),
    )
