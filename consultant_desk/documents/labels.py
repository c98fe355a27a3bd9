"""Every fixed text printed on a document, in French and in English.

French labels carry their own typography: U+202F (narrow no-break space) before ``; ! ?`` and
inside « », U+00A0 before ``:``. Colons are added by ``with_colon`` rather than written into
the labels, so that rule lives in one place. A test checks both languages are complete and that
their ``{placeholders}`` agree.
"""

from __future__ import annotations

from consultant_desk.domain.language import Language

LABELS: dict[str, dict[str, str]] = {
    # Shared by every document.
    "reference": {"fr": "Réf.", "en": "Ref."},
    "version": {"fr": "version {version}", "en": "version {version}"},
    "date_at_time": {"fr": "{date} à {time}", "en": "{date} at {time}"},
    "not_specified": {"fr": "Non précisé", "en": "Not specified"},
    "draft": {"fr": "PROJET", "en": "DRAFT"},
    "draft_title": {"fr": "{title} (projet)", "en": "{title} (draft)"},
    "initials": {"fr": "Paraphes", "en": "Initials"},
    "signatures": {"fr": "Signatures", "en": "Signatures"},
    "signed_at_place": {"fr": "Fait à {place}", "en": "Signed at {place}"},
    "signature_name": {"fr": "Nom", "en": "Name"},
    "signature_date": {"fr": "Date", "en": "Date"},
    "for_consultant": {"fr": "Pour le consultant", "en": "For the consultant"},
    "for_client": {"fr": "Pour le client", "en": "For the client"},
    # Meeting report.
    "meeting_report.title": {"fr": "Compte rendu de réunion", "en": "Meeting report"},
    "meeting_report.context": {"fr": "Contexte", "en": "Context"},
    "meeting_report.client": {"fr": "Client", "en": "Client"},
    "meeting_report.engagement": {"fr": "Mission", "en": "Engagement"},
    "meeting_report.date": {"fr": "Date de la réunion", "en": "Meeting date"},
    "meeting_report.place": {"fr": "Lieu", "en": "Place"},
    "meeting_report.mode": {"fr": "Modalité", "en": "Format"},
    "meeting_report.follow_up_date": {"fr": "Date de suivi", "en": "Follow-up date"},
    "meeting_report.attendees": {"fr": "Participants", "en": "Attendees"},
    "meeting_report.points_discussed": {"fr": "Points abordés", "en": "Points discussed"},
    "meeting_report.client_expressed": {
        "fr": "Ce que le client a exprimé",
        "en": "What the client expressed",
    },
    "meeting_report.acknowledged": {"fr": "Ce que nous reconnaissons", "en": "What we acknowledge"},
    "meeting_report.agreed_solution": {"fr": "Solution convenue", "en": "Agreed solution"},
    "meeting_report.action_items": {"fr": "Plan d’actions", "en": "Action items"},
    "meeting_report.number": {"fr": "N°", "en": "No."},
    "meeting_report.owner": {"fr": "Responsable", "en": "Owner"},
    "meeting_report.action": {"fr": "Action", "en": "Action"},
    "meeting_report.due": {"fr": "Échéance", "en": "Due"},
    "meeting_report.no_action_items": {
        "fr": "Aucune action n’a été convenue.",
        "en": "No action items were agreed.",
    },
    "meeting_report.next_steps": {"fr": "Prochaines étapes", "en": "Next steps"},
    "meeting_report.subject": {
        "fr": "Compte rendu de réunion — {client} — {engagement}",
        "en": "Meeting report — {client} — {engagement}",
    },
    # Scoping contract (lettre de mission).
    "contract.title": {
        "fr": "Contrat de prestation de conseil",
        "en": "Consulting services agreement",
    },
    "contract.amendment_title": {
        "fr": "Avenant n°\u00a0{number} au contrat de prestation de conseil",
        "en": "Amendment No.\u00a0{number} to the consulting services agreement",
    },
    "contract.amendment_notice": {
        "fr": "Le présent avenant annule et remplace {previous}. Il reprend l’ensemble des "
        "conditions du contrat, telles que modifiées, qui s’appliquent à compter de sa "
        "signature.",
        "en": "This amendment supersedes {previous}. It restates all of the agreement’s "
        "terms, as amended, which apply from the date it is signed.",
    },
    "contract.previous_contract": {"fr": "le contrat initial", "en": "the original agreement"},
    "contract.previous_amendment": {
        "fr": "l’avenant n°\u00a0{number}",
        "en": "Amendment No.\u00a0{number}",
    },
    "contract.amendment_notice_plain": {
        "fr": "Le présent avenant modifie le contrat. Il en reprend l’ensemble des conditions, "
        "telles que modifiées, qui s’appliquent à compter de sa signature.",
        "en": "This amendment modifies the agreement. It restates all of its terms, as "
        "amended, which apply from the date it is signed.",
    },
    "contract.subject": {
        "fr": "Contrat de prestation de conseil — {client} — {engagement}",
        "en": "Consulting services agreement — {client} — {engagement}",
    },
    "contract.parties": {"fr": "Entre les soussignés", "en": "Between the undersigned"},
    "contract.the_consultant": {"fr": "Le Consultant", "en": "The Consultant"},
    "contract.the_client": {"fr": "Le Client", "en": "The Client"},
    "contract.hereinafter_consultant": {
        "fr": "ci-après «\u202fle Consultant\u202f»",
        "en": "hereinafter “the Consultant”",
    },
    "contract.hereinafter_client": {
        "fr": "ci-après «\u202fle Client\u202f»",
        "en": "hereinafter “the Client”",
    },
    "contract.signatory": {"fr": "Signataire", "en": "Signatory"},
    "contract.agreed": {"fr": "Il a été convenu ce qui suit", "en": "It is agreed as follows"},
    "contract.article": {"fr": "Article {number} — {title}", "en": "Article {number} — {title}"},
    "contract.article.purpose": {
        "fr": "Objet et enjeux de la mission",
        "en": "Purpose and stakes of the engagement",
    },
    "contract.article.deadlines": {"fr": "Durée et délais", "en": "Term and deadlines"},
    "contract.article.resources": {"fr": "Moyens mis en œuvre", "en": "Resources"},
    "contract.article.client_obligations": {
        "fr": "Engagements du Client",
        "en": "The Client’s commitments",
    },
    "contract.article.working_hours": {
        "fr": "Horaires et modalités d’intervention",
        "en": "Working hours and arrangements",
    },
    "contract.article.scope": {"fr": "Périmètre de la mission", "en": "Scope of the engagement"},
    "contract.article.financial": {"fr": "Conditions financières", "en": "Financial terms"},
    "contract.article.remedies": {
        "fr": "Recours et règlement des différends",
        "en": "Remedies and dispute resolution",
    },
    "contract.purpose_intro": {
        "fr": "Le Client confie au Consultant, qui l’accepte, la mission «\u202f{title}\u202f» "
        "(réf.\u00a0{reference}), dans les conditions définies ci-après.",
        "en": "The Client engages the Consultant, who accepts, for the engagement “{title}” "
        "(ref.\u00a0{reference}), on the terms set out below.",
    },
    "contract.purpose_intro_no_reference": {
        "fr": "Le Client confie au Consultant, qui l’accepte, la mission «\u202f{title}\u202f», "
        "dans les conditions définies ci-après.",
        "en": "The Client engages the Consultant, who accepts, for the engagement “{title}”, "
        "on the terms set out below.",
    },
    "contract.objectives": {"fr": "Objectifs", "en": "Objectives"},
    "contract.expected_benefits": {"fr": "Bénéfices attendus", "en": "Expected benefits"},
    "contract.risks": {"fr": "Risques identifiés", "en": "Identified risks"},
    "contract.success_criteria": {"fr": "Critères de réussite", "en": "Success criteria"},
    "contract.period": {
        "fr": "La mission débute le {start} et s’achève le {end}.",
        "en": "The engagement starts on {start} and ends on {end}.",
    },
    "contract.start_date": {"fr": "Date de début", "en": "Start date"},
    "contract.end_date": {"fr": "Date de fin", "en": "End date"},
    "contract.milestones": {"fr": "Jalons et livrables", "en": "Milestones and deliverables"},
    "contract.number": {"fr": "N°", "en": "No."},
    "contract.milestone": {"fr": "Jalon", "en": "Milestone"},
    "contract.due_date": {"fr": "Échéance", "en": "Due date"},
    "contract.deliverable": {"fr": "Livrable", "en": "Deliverable"},
    "contract.no_milestones": {
        "fr": "Aucun jalon intermédiaire n’est prévu.",
        "en": "No intermediate milestone is planned.",
    },
    "contract.people": {"fr": "Intervenants", "en": "People"},
    "contract.role": {"fr": "Rôle", "en": "Role"},
    "contract.person": {"fr": "Intervenant", "en": "Name"},
    "contract.days": {"fr": "Jours", "en": "Days"},
    "contract.total": {"fr": "Total", "en": "Total"},
    "contract.material": {"fr": "Moyens matériels", "en": "Equipment"},
    "contract.access_needed": {"fr": "Accès nécessaires", "en": "Access required"},
    "contract.client_contact": {"fr": "Interlocuteur désigné", "en": "Named contact"},
    "contract.client_meetings": {"fr": "Présence et réunions", "en": "Attendance and meetings"},
    "contract.responsiveness": {"fr": "Réactivité", "en": "Responsiveness"},
    "contract.response_within": {
        "fr": "Le Client s’engage à répondre aux sollicitations du Consultant sous {days}.",
        "en": "The Client undertakes to reply to the Consultant’s requests within {days}.",
    },
    "contract.client_data": {
        "fr": "Données et accès à fournir",
        "en": "Data and access to provide",
    },
    "contract.working_day_one": {"fr": "{count}\u00a0jour ouvré", "en": "{count}\u00a0working day"},
    "contract.working_day_many": {
        "fr": "{count}\u00a0jours ouvrés",
        "en": "{count}\u00a0working days",
    },
    "contract.day_one": {"fr": "{count}\u00a0jour", "en": "{count}\u00a0day"},
    "contract.day_many": {"fr": "{count}\u00a0jours", "en": "{count}\u00a0days"},
    "contract.work_days": {"fr": "Jours d’intervention", "en": "Working days"},
    "contract.days_range": {"fr": "du {first} au {last}", "en": "{first} to {last}"},
    "contract.and": {"fr": "et", "en": "and"},
    "contract.hours": {"fr": "Horaires", "en": "Hours"},
    "contract.hours_range": {"fr": "de {start} à {end}", "en": "from {start} to {end}"},
    "contract.work_place": {"fr": "Modalité d’intervention", "en": "Working arrangement"},
    "contract.work_place.on_site": {
        "fr": "sur site, dans les locaux du Client",
        "en": "on site, at the Client’s premises",
    },
    "contract.work_place.remote": {"fr": "à distance", "en": "remotely"},
    "contract.work_place.hybrid": {
        "fr": "mixte, sur site et à distance",
        "en": "hybrid, on site and remotely",
    },
    "contract.travel": {"fr": "Déplacements", "en": "Travel"},
    "contract.scope_in": {"fr": "Prestations incluses", "en": "Included in the engagement"},
    "contract.scope_out": {
        "fr": "Prestations expressément exclues",
        "en": "Explicitly excluded from the engagement",
    },
    "contract.change_request": {"fr": "Demandes de modification", "en": "Change requests"},
    "contract.price": {"fr": "Prix", "en": "Price"},
    "contract.price_daily": {
        "fr": "La mission est facturée au temps passé\u00a0: {rate}\u00a0HT par jour × {days} = "
        "{total}\u00a0HT.",
        "en": "The engagement is billed on a time basis: {rate}\u00a0excl.\u00a0VAT per day × "
        "{days} = {total}\u00a0excl.\u00a0VAT.",
    },
    "contract.price_fixed": {
        "fr": "La mission est facturée au forfait\u00a0: {total}\u00a0HT.",
        "en": "The engagement is billed at a fixed fee of {total}\u00a0excl.\u00a0VAT.",
    },
    "contract.price_unknown": {
        "fr": "Le prix n’est pas encore arrêté.",
        "en": "The price has not been set yet.",
    },
    "contract.total_excl_vat": {"fr": "Total HT", "en": "Total excl. VAT"},
    "contract.vat_at": {"fr": "TVA ({rate})", "en": "VAT ({rate})"},
    "contract.total_incl_vat": {"fr": "Total TTC", "en": "Total incl. VAT"},
    "contract.expenses": {"fr": "Frais", "en": "Expenses"},
    "contract.schedule": {"fr": "Échéancier de paiement", "en": "Payment schedule"},
    "contract.instalment": {"fr": "Échéance", "en": "Instalment"},
    "contract.share": {"fr": "Part", "en": "Share"},
    "contract.payable": {"fr": "Exigible", "en": "Due"},
    "contract.excl_vat": {"fr": "HT", "en": "Excl. VAT"},
    "contract.vat": {"fr": "TVA", "en": "VAT"},
    "contract.incl_vat": {"fr": "TTC", "en": "Incl. VAT"},
    "contract.on_milestone": {
        "fr": "À la livraison du jalon {number} «\u202f{name}\u202f»",
        "en": "On delivery of milestone {number} “{name}”",
    },
    "contract.on_milestone_unnamed": {
        "fr": "À la livraison du jalon {number}",
        "en": "On delivery of milestone {number}",
    },
    "contract.late_payment": {"fr": "Retard de paiement", "en": "Late payment"},
    "contract.withdrawal": {
        "fr": "Rétractation et résiliation",
        "en": "Withdrawal and cancellation",
    },
    "contract.notice": {"fr": "Préavis", "en": "Notice"},
    "contract.cancellation_fee": {"fr": "Indemnité de résiliation", "en": "Cancellation fee"},
    "contract.amount_excl_vat": {"fr": "{amount}\u00a0HT", "en": "{amount}\u00a0excl.\u00a0VAT"},
    "contract.amicable": {"fr": "Règlement amiable", "en": "Amicable settlement"},
    "contract.mediation": {"fr": "Médiation", "en": "Mediation"},
    "contract.mediator": {"fr": "Médiateur désigné", "en": "Named mediator"},
    "contract.law_and_court": {
        "fr": "Droit applicable et juridiction",
        "en": "Governing law and jurisdiction",
    },
    "contract.applicable_law": {"fr": "Droit applicable", "en": "Governing law"},
    "contract.court": {"fr": "Juridiction compétente", "en": "Competent court"},
    "contract.for_consultant": {"fr": "Pour le Consultant", "en": "For the Consultant"},
    "contract.for_client": {"fr": "Pour le Client", "en": "For the Client"},
    "contract.read_and_approved": {"fr": "Lu et approuvé", "en": "Read and approved"},
    "contract.signed_at_on": {
        "fr": "Fait à {place}, le {date}, en deux exemplaires originaux.",
        "en": "Signed at {place} on {date}, in two original copies.",
    },
    "contract.consultant_missing": {
        "fr": "[Vos coordonnées\u00a0: à compléter dans Fichier › Vos coordonnées]",
        "en": "[Your details: to be filled in under File › Your details]",
    },
    "contract.legal_form_capital": {
        "fr": "{form} au capital de {capital}",
        "en": "{form} with a share capital of {capital}",
    },
    "contract.rcs": {"fr": "RCS {city} {number}", "en": "Registered in {city} (RCS) {number}"},
    "contract.vat_number": {"fr": "TVA intracommunautaire {number}", "en": "VAT No. {number}"},
    "contract.insurance": {
        "fr": "Assurance responsabilité civile professionnelle\u00a0: {insurer}, "
        "police n°\u00a0{policy}",
        "en": "Professional liability insurance: {insurer}, policy No.\u00a0{policy}",
    },
    "contract.none": {"fr": "Néant.", "en": "None."},
    "contract.to_be_specified": {"fr": "à préciser", "en": "to be specified"},
}


def label(key: str, language: Language, **params: object) -> str:
    """The label ``key`` in ``language``, with ``{placeholders}`` filled in."""
    text = LABELS[key][language.value]
    return text.format(**params) if params else text


def with_colon(text: str, language: Language) -> str:
    """``text`` followed by a colon: French puts a no-break space before it, English none."""
    return f"{text}\u00a0:" if language is Language.FR else f"{text}:"
