"""The scoping contract PDF, parsed back: every article, the schedule, the signatures."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from consultant_desk.documents.contract import ContractDocument, render_contract
from consultant_desk.documents.labels import LABELS
from consultant_desk.domain.enums import PricingMode, ScopeSide, WorkPlace
from consultant_desk.domain.language import Language
from consultant_desk.domain.scoping import (
    Instalment,
    Milestone,
    ResourceLine,
    ScopeItem,
    ScopingTerms,
)
from tests.documents.pdf_probe import (
    normalize,
    operators,
    page_texts,
    pdffonts,
    qpdf_check,
    reader,
    text_of,
)
from tests.documents.report_samples import sample_letterhead, sample_signature

FR, EN = Language.FR, Language.EN
D = Decimal

ARTICLE_KEYS = [
    "contract.article.purpose",
    "contract.article.deadlines",
    "contract.article.resources",
    "contract.article.client_obligations",
    "contract.article.working_hours",
    "contract.article.scope",
    "contract.article.financial",
    "contract.article.remedies",
]
CLAUSE_KEYS = [
    "contract.objectives",
    "contract.expected_benefits",
    "contract.risks",
    "contract.success_criteria",
    "contract.milestones",
    "contract.people",
    "contract.material",
    "contract.access_needed",
    "contract.client_contact",
    "contract.client_meetings",
    "contract.responsiveness",
    "contract.client_data",
    "contract.scope_in",
    "contract.scope_out",
    "contract.change_request",
    "contract.price",
    "contract.expenses",
    "contract.schedule",
    "contract.late_payment",
    "contract.withdrawal",
    "contract.amicable",
    "contract.mediation",
    "contract.law_and_court",
]


def sample_terms(language: Language = FR) -> ScopingTerms:
    """A recruitment mission: 22 days at 850, three milestones, 30 % / 30 % / 7,480 due."""
    fr = language is FR
    return ScopingTerms(
        objectives=(
            "- Ramener le délai moyen de recrutement de 62 à 40 jours.\n"
            "- Donner aux managers une méthode d’entretien commune."
            if fr
            else "- Bring the average time to hire down from 62 to 40 days.\n"
            "- Give managers a shared interview method."
        ),
        expected_benefits=(
            "Moins de candidats perdus en cours de processus."
            if fr
            else "Fewer candidates lost along the way."
        ),
        risks=(
            "Disponibilité des managers pendant la haute saison (avril-mai)."
            if fr
            else "Managers' availability during the busy season (April-May)."
        ),
        success_criteria=(
            "Délai moyen de 40 jours au plus entre juin et septembre 2026."
            if fr
            else "Average time to hire of 40 days at most from June to September 2026."
        ),
        start_date=date(2026, 3, 2),
        end_date=date(2026, 6, 26),
        milestones=(
            Milestone(
                "Diagnostic" if fr else "Diagnosis",
                date(2026, 3, 27),
                "Rapport de diagnostic" if fr else "Diagnosis report",
            ),
            Milestone(
                "Nouveau parcours candidat" if fr else "New candidate journey",
                date(2026, 5, 15),
                "Processus cible & trames d’entretien" if fr else "Target process & guides",
            ),
            Milestone(
                "Formation des managers" if fr else "Manager training",
                date(2026, 6, 19),
                "Deux sessions d’une journée" if fr else "Two one-day sessions",
            ),
        ),
        resource_lines=(
            ResourceLine(
                "Consultante RH senior" if fr else "Senior HR consultant", "Claire Martin", D("18")
            ),
            ResourceLine("Formatrice" if fr else "Trainer", "Sophie Bernard", D("4")),
        ),
        material="Ordinateur portable du consultant." if fr else "The consultant's laptop.",
        access_needed=(
            "Accès en lecture au logiciel de recrutement." if fr else "Read access to the ATS."
        ),
        client_contact_name="Julien Dupré",
        client_meetings=(
            "Point d’étape hebdomadaire le lundi à 9 h."
            if fr
            else "Weekly call on Mondays at 9:00."
        ),
        response_days=3,
        client_data_to_provide=(
            "Export anonymisé des recrutements 2024-2025."
            if fr
            else "Anonymised 2024-25 hiring data."
        ),
        work_days=("mon", "tue", "wed", "thu"),
        hours_start=time(9, 0),
        hours_end=time(17, 30),
        work_place=WorkPlace.HYBRID,
        travel="Deux jours par semaine sur site." if fr else "Two days a week on site.",
        scope_items=(
            ScopeItem(
                ScopeSide.IN,
                "Diagnostic du processus actuel" if fr else "Diagnosis of the current process",
            ),
            ScopeItem(
                ScopeSide.IN,
                "Conception du parcours cible" if fr else "Design of the target journey",
            ),
            ScopeItem(ScopeSide.IN, "Formation des managers" if fr else "Manager training"),
            ScopeItem(ScopeSide.OUT, "Recrutements eux-mêmes" if fr else "The hiring itself"),
            ScopeItem(ScopeSide.OUT, "Paramétrage du logiciel" if fr else "Configuring the ATS"),
        ),
        change_request_procedure=(
            "Toute demande de modification est formulée par écrit et donne lieu à un avenant."
            if fr
            else "Any change is requested in writing and leads to an amendment."
        ),
        pricing_mode=PricingMode.DAILY_RATE,
        daily_rate=D("850"),
        days=D("22"),
        expenses=(
            "Frais de déplacement refacturés au réel sur justificatifs."
            if fr
            else "Travel expenses recharged at cost, with receipts."
        ),
        vat_rate=D("20"),
        currency="EUR",
        instalments=(
            Instalment(
                "Acompte à la signature" if fr else "Deposit on signing",
                D("30"),
                due_date=date(2026, 2, 20),
            ),
            Instalment(
                "Remise du diagnostic" if fr else "Diagnosis delivered",
                D("30"),
                milestone_position=0,
            ),
            Instalment("Solde" if fr else "Balance", amount=D("7480"), milestone_position=2),
        ),
        late_payment_terms=(
            "Pénalités au taux BCE majoré de 10 points ; indemnité forfaitaire de 40 €."
            if fr
            else "Interest at the ECB rate plus 10 points; a fixed fee of €40."
        ),
        withdrawal_notice_days=15,
        withdrawal_fee=D("1700"),
        withdrawal_terms=(
            "Chacune des parties peut mettre fin à la mission par lettre recommandée."
            if fr
            else "Either party may end the engagement by recorded letter."
        ),
        amicable_settlement=(
            "Les parties recherchent de bonne foi une solution amiable."
            if fr
            else "The parties first seek an amicable solution in good faith."
        ),
        mediator="Centre de médiation et d’arbitrage de Paris (CMAP)",
        applicable_law="droit français" if fr else "French law",
        court="Tribunal de commerce de Bordeaux",
        consultant_signatory="Élodie Marchand",
        client_signatory="Julien Dupré, directeur général délégué",
        sign_place="Bordeaux",
        sign_date=date(2026, 2, 16),
    )


def sample_contract(
    language: Language = FR, *, signed: bool = True, version: int = 1
) -> ContractDocument:
    return ContractDocument(
        reference="CT-M-2026-014",
        language=language,
        terms=sample_terms(language),
        client_name="Maison Dupré SAS",
        engagement_title=(
            "Refonte du processus de recrutement"
            if language is FR
            else "Recruitment process redesign"
        ),
        engagement_reference="M-2026-014",
        client_address="14 quai des Chartrons\n33000 Bordeaux",
        client_registration="SIRET 812 345 678 00027",
        consultant_signature=sample_signature() if signed else None,
        client_signature=sample_signature("Julien Dupré", seed=1.3) if signed else None,
        version=version,
        is_amendment=version > 1,
        amends_version=version - 1 if version > 1 else None,
    )


def long_terms(language: Language = FR) -> ScopingTerms:
    """30 milestones, 40 scope items, 2,000 words of objectives, 12 instalments."""
    words = [f"mot{i}" for i in range(2000)]
    objectives = "\n\n".join(" ".join(words[i : i + 100]) for i in range(0, 2000, 100))
    start = date(2026, 1, 5)
    milestones = tuple(
        Milestone(f"Jalon {n + 1}", start + timedelta(days=7 * n), f"Livrable n°{n + 1} & annexes")
        for n in range(30)
    )
    scope = tuple(
        ScopeItem(ScopeSide.IN if n % 4 else ScopeSide.OUT, f"Élément de périmètre {n + 1}")
        for n in range(40)
    )
    instalments = (
        *(
            Instalment(f"Échéance {n + 1}", D("8.3333"), milestone_position=2 * n)
            for n in range(11)
        ),
        Instalment("Solde", D("8.3337"), milestone_position=29),
    )
    return dataclasses.replace(
        sample_terms(language),
        objectives=objectives,
        start_date=start,
        end_date=date(2026, 12, 18),
        milestones=milestones,
        scope_items=scope,
        instalments=instalments,
    )


def render(doc: ContractDocument) -> bytes:
    return render_contract(doc, sample_letterhead())


# --- Sections ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("language", "other"), [(FR, EN), (EN, FR)])
def test_every_article_and_clause_is_headed_in_the_contract_language(
    language: Language, other: Language
) -> None:
    text = text_of(render(sample_contract(language)))
    for number, key in enumerate(ARTICLE_KEYS, start=1):
        heading = f"Article {number} — {LABELS[key][language.value]}"
        assert normalize(heading) in text, key
    for key in CLAUSE_KEYS:
        assert normalize(LABELS[key][language.value]) in text, key
    for key in ("contract.parties", "contract.the_consultant", "contract.the_client", "signatures"):
        assert normalize(LABELS[key][language.value]) in text, key
    for key in ("contract.article.scope", "contract.article.financial", "contract.parties"):
        assert normalize(LABELS[key][other.value]) not in text, key


def test_articles_come_in_order_and_clauses_are_numbered() -> None:
    text = text_of(render(sample_contract(FR)))
    positions = [text.index(f"Article {n} —") for n in range(1, 9)]
    assert positions == sorted(positions)
    assert text.index("Entre les soussignés") < positions[0]
    assert text.index("Signatures") > positions[-1]
    for clause in ("1.1 Objectifs", "2.1 Jalons et livrables", "6.2 Prestations expressément"):
        assert clause in text
    assert "7.3 Échéancier de paiement" in text
    assert "8.3 Droit applicable et juridiction" in text


def test_french_contract_says_everything_agreed() -> None:
    text = text_of(render(sample_contract(FR)))
    assert "Contrat de prestation de conseil" in text
    assert "Réf. CT-M-2026-014 · version 1" in text
    assert "Marchand Conseil & Associés" in text and "SIRET 812 345 678 00027" in text
    assert "ci-après « le Consultant »" in text and "ci-après « le Client »" in text
    assert "Signataire : Julien Dupré, directeur général délégué" in text
    assert "Il a été convenu ce qui suit :" in text
    assert "la mission « Refonte du processus de recrutement » (réf. M-2026-014)" in text
    assert "La mission débute le 2 mars 2026 et s’achève le 26 juin 2026." in text
    assert "N° Jalon Échéance Livrable" in text
    assert "2 Nouveau parcours candidat 15 mai 2026 Processus cible & trames d’entretien" in text
    assert "Rôle Intervenant Jours" in text
    assert "Consultante RH senior Claire Martin 18" in text
    assert "Total 22" in text
    assert "répondre aux sollicitations du Consultant sous 3 jours ouvrés." in text
    assert "Jours d’intervention : du lundi au jeudi" in text
    assert "Horaires : de 9 h à 17 h 30" in text
    assert "Modalité d’intervention : mixte, sur site et à distance" in text
    assert "1. Diagnostic du processus actuel" in text
    assert "2. Paramétrage du logiciel" in text
    assert "Préavis : 15 jours" in text
    assert "Indemnité de résiliation : 1 700,00 € HT" in text
    assert "Médiateur désigné : Centre de médiation et d’arbitrage de Paris (CMAP)" in text
    assert "Droit applicable : droit français" in text
    assert "Juridiction compétente : Tribunal de commerce de Bordeaux" in text


def test_english_contract_wording() -> None:
    text = text_of(render(sample_contract(EN)))
    assert "Consulting services agreement" in text
    assert "hereinafter “the Consultant”" in text
    assert "It is agreed as follows:" in text
    assert "The engagement starts on 2 March 2026 and ends on 26 June 2026." in text
    assert "within 3 working days." in text
    assert "Working days: Monday to Thursday" in text
    assert "Hours: from 09:00 to 17:30" in text
    assert "Notice: 15 days" in text
    assert "Cancellation fee: €1,700.00 excl. VAT" in text
    assert "Governing law: French law" in text


# --- Money ------------------------------------------------------------------------------------


def test_french_price_totals_and_payment_schedule() -> None:
    text = text_of(render(sample_contract(FR)))
    assert (
        "La mission est facturée au temps passé : 850,00 € HT par jour × 22 jours = "
        "18 700,00 € HT." in text
    )
    assert "Total HT 18 700,00 € TVA (20 %) 3 740,00 € Total TTC 22 440,00 €" in text
    assert "Échéance Part Exigible HT TVA TTC" in text
    assert "Acompte à la signature 30 % 20 février 2026 5 610,00 € 1 122,00 € 6 732,00 €" in text
    assert (
        "Remise du diagnostic 30 % À la livraison du jalon 1 « Diagnostic » 5 610,00 € "
        "1 122,00 € 6 732,00 €" in text
    )
    assert (
        "Solde 40 % À la livraison du jalon 3 « Formation des managers » 7 480,00 € "
        "1 496,00 € 8 976,00 €" in text
    )
    assert "TOTAL 100 % 18 700,00 € 3 740,00 € 22 440,00 €" in text


def test_english_amounts() -> None:
    text = text_of(render(sample_contract(EN)))
    assert (
        "billed on a time basis: €850.00 excl. VAT per day × 22 days = €18,700.00 excl. VAT."
        in text
    )
    assert "Total excl. VAT €18,700.00 VAT (20%) €3,740.00 Total incl. VAT €22,440.00" in text
    assert "Instalment Share Due Excl. VAT VAT Incl. VAT" in text
    assert "Deposit on signing 30% 20 February 2026 €5,610.00 €1,122.00 €6,732.00" in text
    assert "On delivery of milestone 3 “Manager training”" in text
    assert "TOTAL 100% €18,700.00 €3,740.00 €22,440.00" in text


def test_swiss_francs_fixed_fee_and_cents() -> None:
    contract = sample_contract(FR)
    terms = dataclasses.replace(
        contract.terms,
        pricing_mode=PricingMode.FIXED_FEE,
        daily_rate=None,
        days=None,
        fixed_fee=D("1234.50"),
        vat_rate=D("8.1"),
        currency="CHF",
        instalments=(
            Instalment("Acompte", D("33.3333"), due_date=date(2026, 2, 20)),
            Instalment("Deuxième tiers", D("33.3333"), milestone_position=1),
            Instalment("Solde", D("33.3334"), milestone_position=2),
        ),
        withdrawal_fee=D("200"),
    )
    text = text_of(render(dataclasses.replace(contract, terms=terms)))
    assert "La mission est facturée au forfait : 1 234,50 CHF HT." in text
    assert "Total HT 1 234,50 CHF TVA (8,1 %) 99,99 CHF Total TTC 1 334,49 CHF" in text
    assert "Acompte 33,3333 % 20 février 2026 411,50 CHF 33,33 CHF 444,83 CHF" in text
    assert "TOTAL 100 % 1 234,50 CHF 99,99 CHF 1 334,49 CHF" in text
    english = text_of(render(dataclasses.replace(contract, terms=terms, language=EN)))
    assert "at a fixed fee of CHF1,234.50 excl. VAT." in english  # Babel's en_GB spelling


def test_amounts_in_the_millions_never_wrap_in_the_schedule() -> None:
    contract = sample_contract(EN)
    terms = dataclasses.replace(
        contract.terms,
        pricing_mode=PricingMode.FIXED_FEE,
        daily_rate=None,
        days=None,
        fixed_fee=D("1234567.50"),
        vat_rate=D("8.1"),
        currency="CHF",
        instalments=(
            *contract.terms.instalments[:2],
            Instalment("Balance", D("40"), milestone_position=2),
        ),
    )
    text = text_of(render(dataclasses.replace(contract, terms=terms)))
    assert "Balance 40% On delivery of milestone 3" in text
    assert "CHF493,827.00 CHF39,999.99 CHF533,826.99" in text
    assert "TOTAL 100% CHF1,234,567.50 CHF99,999.97 CHF1,334,567.47" in text


def test_a_schedule_that_does_not_add_up_shows_what_it_adds_up_to() -> None:
    contract = sample_contract(FR)
    terms = dataclasses.replace(contract.terms, instalments=contract.terms.instalments[:2])
    text = text_of(render(dataclasses.replace(contract, terms=terms)))
    assert "TOTAL 60 % 11 220,00 € 2 244,00 € 13 464,00 €" in text
    assert "Total HT 18 700,00 €" in text


def test_an_unfinished_draft_still_prints_without_gaps() -> None:
    terms = ScopingTerms(currency="EUR")
    text = text_of(
        render(
            ContractDocument(
                reference="CT-1", language=FR, terms=terms, client_name="Client <sans> cadrage"
            )
        )
    )
    for number in range(1, 9):
        assert f"Article {number} —" in text
    assert "Le prix n’est pas encore arrêté." in text
    assert "Aucun jalon intermédiaire n’est prévu." in text
    assert "Date de début : à préciser" in text
    assert "Néant." in text
    assert "À préciser." in text
    assert "Fait à ………" in text
    assert "Client <sans> cadrage" in text


# --- Signatures -------------------------------------------------------------------------------


def test_signature_blocks_with_read_and_approved_place_and_date() -> None:
    french = page_texts(render(sample_contract(FR)))[-1]
    assert re.search(
        r"Signatures Fait à Bordeaux, le 16 février 2026, en deux exemplaires originaux\. "
        r"Pour le Consultant Lu et approuvé",
        french,
    )
    assert french.count("Lu et approuvé") == 2
    assert french.count("Date : 16 février 2026") == 2
    assert "Julien Dupré, directeur général délégué" in french
    # The last clause goes with them: the signatures never stand alone on their page.
    assert "8.3 Droit applicable et juridiction" in french
    english = page_texts(render(sample_contract(EN)))[-1]
    assert "Signed at Bordeaux on 16 February 2026, in two original copies." in english
    assert english.count("Read and approved") == 2


def test_signed_contract_draws_signatures_unsigned_leaves_lines() -> None:
    signed = render(sample_contract(FR, signed=True))
    unsigned = render(sample_contract(FR, signed=False))
    last_signed = operators(signed, len(reader(signed).pages) - 1)
    last_unsigned = operators(unsigned, len(reader(unsigned).pages) - 1)
    assert last_signed["l"] > last_unsigned["l"] + 300
    # Four strokes per signature, two signatures; unsigned, two date blanks instead.
    assert last_signed["m"] - last_unsigned["m"] == 2 * 4 - 2
    unsigned_text = page_texts(unsigned)[-1]
    assert unsigned_text.count("Date :") == 2
    assert "Date : 16 février" not in unsigned_text


@pytest.mark.parametrize("word_count", range(0, 900, 60))
def test_signature_blocks_stay_together_on_one_page(word_count: int) -> None:
    contract = sample_contract(FR)
    terms = dataclasses.replace(contract.terms, court=" ".join(["tribunal"] * word_count))
    pages = page_texts(render(dataclasses.replace(contract, terms=terms)))
    page = next(p for p in pages if "Pour le Consultant" in p)
    assert "Pour le Client" in page
    assert page.count("Lu et approuvé") == 2
    assert re.search(
        r"Signatures Fait à Bordeaux, le 16 février 2026, en deux exemplaires originaux\. "
        r"Pour le Consultant",
        page,
    )


# --- Amendments, hostile text, long contracts -----------------------------------------------


def test_amendment_title_and_notice() -> None:
    french = text_of(render(sample_contract(FR, version=3)))
    assert "Avenant n° 2 au contrat de prestation de conseil" in french
    # "version" on the page is the register's (1 here); the terms' number is the amendment's.
    assert "Réf. CT-M-2026-014 · version 1" in french
    assert "version 3" not in french and "version 2" not in french
    assert "Le présent avenant annule et remplace l’avenant n° 1." in french
    english = text_of(render(sample_contract(EN, version=2)))
    assert "Amendment No. 1 to the consulting services agreement" in english
    assert "This amendment supersedes the original agreement." in english
    original = text_of(render(sample_contract(FR)))
    assert "Avenant" not in original


def test_user_text_prints_literally_markup_characters_included() -> None:
    contract = sample_contract(FR)
    terms = dataclasses.replace(
        contract.terms,
        objectives="Livrer <b>vite</b> & bien &amp; <script>x</script>",
        milestones=(Milestone("Jalon <1>", date(2026, 3, 27), "R&D <i>annexe</i>"),),
        scope_items=(ScopeItem(ScopeSide.IN, "A < B & C > D"),),
        instalments=(Instalment("Tout <payé>", D("100"), due_date=date(2026, 2, 20)),),
        mediator="<font color=red>Médiateur</font>",
    )
    contract = dataclasses.replace(
        contract, terms=terms, client_name="Tom & <b>Jerry</b> SARL", client_address="<br/>"
    )
    text = text_of(render(contract))
    for literal in (
        "Livrer <b>vite</b> & bien &amp; <script>x</script>",
        "Jalon <1>",
        "R&D <i>annexe</i>",
        "A < B & C > D",
        "Tout <payé>",
        "<font color=red>Médiateur</font>",
        "Tom & <b>Jerry</b> SARL",
        "<br/>",
    ):
        assert literal in text, literal


def test_a_long_contract_flows_over_pages_with_table_headers_repeated() -> None:
    contract = dataclasses.replace(sample_contract(FR), terms=long_terms(FR))
    data = render(contract)
    pages = page_texts(data)
    text = " ".join(pages)
    assert len(pages) >= 6
    found = re.findall(r"\bmot(\d+)\b", text)
    assert [int(n) for n in found] == list(range(2000))
    for number in range(1, 31):
        assert f"Livrable n°{number} & annexes" in text
    for number in range(1, 41):
        assert f"Élément de périmètre {number}" in text
    milestone_pages = [p for p in pages if "Livrable n°" in p]
    assert len(milestone_pages) >= 2
    for page in milestone_pages:
        assert page.count("N° Jalon Échéance Livrable") == 1
    assert "TOTAL 100 % 18 700,00 € 3 740,00 € 22 440,00 €" in text
    assert_no_heading_ends_a_page(pages, FR)


@pytest.mark.parametrize("word_count", range(0, 400, 16))
def test_no_heading_is_left_at_the_foot_of_a_page(word_count: int) -> None:
    contract = sample_contract(FR)
    terms = dataclasses.replace(contract.terms, objectives=" ".join(["objectif"] * word_count))
    assert_no_heading_ends_a_page(
        page_texts(render(dataclasses.replace(contract, terms=terms))), FR
    )


def assert_no_heading_ends_a_page(pages: list[str], language: Language) -> None:
    """Neither an article heading nor a clause heading is the last thing on a page."""
    titles = [normalize(LABELS[key][language.value]) for key in ARTICLE_KEYS]
    clauses = [re.escape(normalize(LABELS[key][language.value])) for key in CLAUSE_KEYS]
    article = re.compile(r"Article \d+ — (" + "|".join(map(re.escape, titles)) + ")$")
    clause = re.compile(r"\d+\.\d+ (" + "|".join(clauses) + ")$")
    for page in pages[:-1]:
        body = re.sub(r"\s*\d+ / \d+$", "", page)
        assert not article.search(body), body[-200:]
        assert not clause.search(body), body[-200:]


def test_a_schedule_longer_than_a_page_repeats_its_header() -> None:
    contract = sample_contract(FR)
    instalments = tuple(
        Instalment(f"Mensualité {n + 1} " + "détail " * 12, D("1.5625"), due_date=date(2026, 3, 2))
        for n in range(64)
    )
    data = render(
        dataclasses.replace(
            contract, terms=dataclasses.replace(contract.terms, instalments=instalments)
        )
    )
    pages = [p for p in page_texts(data) if "Mensualité" in p]
    assert len(pages) >= 2
    for page in pages:
        assert page.count("Échéance Part Exigible HT TVA TTC") == 1
    assert "TOTAL 100 % 18 700,00 €" in " ".join(pages)


def test_metadata_and_determinism() -> None:
    contract = sample_contract(EN)
    data = render(contract)
    pdf = reader(data)
    assert pdf.metadata is not None
    assert pdf.metadata.title == "Consulting services agreement — CT-M-2026-014"
    assert pdf.metadata.subject == (
        "Consulting services agreement — Maison Dupré SAS — Recruitment process redesign"
    )
    assert pdf.root_object["/Lang"] == "en"
    assert render(contract) == data
    assert render(dataclasses.replace(contract, document_version=2)) != data


@pytest.mark.parametrize("signed", [True, False])
def test_fonts_are_embedded_and_qpdf_is_happy(tmp_path: Path, signed: bool) -> None:
    contract = dataclasses.replace(sample_contract(FR, signed=signed), terms=long_terms(FR))
    data = render(contract)
    rows = pdffonts(data, str(tmp_path / "fonts.pdf"))
    assert rows and all(row["emb"] == "yes" for row in rows), rows
    assert all("DejaVuSans" in row["name"] for row in rows)
    path = tmp_path / "check.pdf"
    path.write_bytes(data)
    result = qpdf_check(str(path))
    assert result.returncode == 0, result.stdout + result.stderr


def test_oversized_values_wrap_or_shorten_instead_of_failing(tmp_path: Path) -> None:
    contract = sample_contract(EN)
    terms = dataclasses.replace(
        contract.terms,
        milestones=(Milestone("m" * 3000, date(2026, 3, 27), "d " * 5000),),
        resource_lines=(ResourceLine("r" * 2000, "p" * 2000, D("9999.99")),),
        scope_items=(ScopeItem(ScopeSide.OUT, "o" * 20000),),
        instalments=(Instalment("i" * 4000, D("100"), milestone_position=0),),
        mediator="x" * 20000,
        client_contact_name="c" * 5000,
    )
    contract = dataclasses.replace(
        contract,
        terms=terms,
        client_name="N" * 3000,
        client_address="a " * 8000,
        client_signatory="s" * 3000,
        sign_place="p" * 5000,
        engagement_title="t" * 3000,
    )
    data = render(contract)
    assert len(reader(data).pages) >= 4
    path = tmp_path / "big.pdf"
    path.write_bytes(data)
    assert qpdf_check(str(path)).returncode == 0
    last = page_texts(data)[-1]
    assert "Signatures Signed at ppp" in last and "For the Client" in last
