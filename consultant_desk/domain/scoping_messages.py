"""Every message and label of the scoping wizard, its TOML twin and the lessons, fr and en.

Kept apart from ``messages.py`` so the scoping vocabulary can grow without touching the shared
catalogue; ``template()`` looks here first, then falls back on the shared messages (``required``,
``negative``, ``too_long``...), so a code means the same thing everywhere.

Field labels of list items are keyed with empty brackets (``scoping.milestones[].due_date``)
and take ``{n}``, the item's number counted from 1.
"""

from __future__ import annotations

import re
from datetime import date, time
from decimal import Decimal
from enum import Enum

from consultant_desk.domain.language import Language, current_language
from consultant_desk.domain.messages import FIELD_LABELS, MESSAGES

SCOPING_MESSAGES: dict[str, dict[str, str]] = {
    # --- Errors: values and consistency -------------------------------------------------
    "invalid_value": {
        "fr": "{field} : valeur inattendue.",
        "en": "{field}: unexpected value.",
    },
    "invalid_time": {
        "fr": "{field} : « {value} » n'est pas une heure (attendu HH:MM, par exemple 09:00).",
        "en": "{field}: “{value}” is not a time of day (expected HH:MM, for example 09:00).",
    },
    "milestone_before_start": {
        "fr": "{field} : le {date} précède le début de la mission ({start}).",
        "en": "{field}: {date} comes before the start of the engagement ({start}).",
    },
    "milestone_after_end": {
        "fr": "{field} : le {date} tombe après la fin de la mission ({end}).",
        "en": "{field}: {date} falls after the end of the engagement ({end}).",
    },
    "hours_end_before_start": {
        "fr": "{field} : la fin de journée ({end}) doit suivre le début ({start}).",
        "en": "{field}: the end of the day ({end}) must come after its start ({start}).",
    },
    "scope_in_required": {
        "fr": "{field} : indiquez au moins une prestation incluse dans la mission.",
        "en": "{field}: list at least one item the engagement includes.",
    },
    "share_and_amount": {
        "fr": "{field} : indiquez une part en % ou un montant, pas les deux.",
        "en": "{field}: give either a share in % or an amount, not both.",
    },
    "share_or_amount_required": {
        "fr": "{field} : indiquez une part en % ou un montant.",
        "en": "{field}: give a share in % or an amount.",
    },
    "due_date_and_milestone": {
        "fr": "{field} : l'échéance tombe à une date ou à un jalon, pas les deux.",
        "en": "{field}: an instalment falls due on a date or on a milestone, not both.",
    },
    "due_required": {
        "fr": "{field} : indiquez la date d'échéance ou le jalon qui déclenche le paiement.",
        "en": "{field}: give the due date or the milestone that triggers the payment.",
    },
    "unknown_milestone": {
        "fr": "{field} : il n'y a pas de jalon n° {n} (la mission en compte {count}).",
        "en": "{field}: there is no milestone #{n} (the engagement has {count}).",
    },
    "shares_sum": {
        "fr": "{field} : les parts totalisent {sum} % au lieu de 100 %.",
        "en": "{field}: the shares add up to {sum}% instead of 100%.",
    },
    "amounts_sum": {
        "fr": "{field} : les échéances totalisent {sum} {currency} au lieu de {total} {currency} "
        "(prix HT).",
        "en": "{field}: the instalments add up to {sum} {currency} instead of {total} {currency} "
        "(price excl. VAT).",
    },
    "invalid_signature": {
        "fr": "{field} : la signature enregistrée est illisible ; faites-la signer à nouveau.",
        "en": "{field}: the recorded signature cannot be read; have it signed again.",
    },
    "signed_immutable": {
        "fr": "Le cadrage n° {number} de la mission {reference} est signé : il ne peut plus être "
        "modifié. Ouvrez un avenant pour le faire évoluer.",
        "en": "Scoping version {number} of engagement {reference} is signed: it can no longer be "
        "changed. Start an amendment to change it.",
    },
    # --- Warnings of validate() ---------------------------------------------------------
    "ignored_value": {
        "fr": "{field} : ignoré, la tarification choisie est « {pricing} ».",
        "en": "{field}: ignored, the pricing chosen is “{pricing}”.",
    },
    "resource_days_mismatch": {
        "fr": "{field} : les intervenants totalisent {planned} jours, mais {billed} jours sont "
        "facturés.",
        "en": "{field}: the people add up to {planned} days, but {billed} days are billed.",
    },
    "withdrawal_fee_exceeds_total": {
        "fr": "{field} : l'indemnité ({fee} {currency}) dépasse le prix total HT "
        "({total} {currency}).",
        "en": "{field}: the fee ({fee} {currency}) exceeds the total price excl. VAT "
        "({total} {currency}).",
    },
    # --- Review flags: what is missing or risky -----------------------------------------
    "flag_no_success_criteria": {
        "fr": "{field} : aucun. Sans critère écrit, « réussi » se discute en fin de mission ; "
        "convenez-en maintenant avec le client.",
        "en": "{field}: none. Without a written criterion, “successful” gets argued over at the "
        "end; agree on it with the client now.",
    },
    "flag_no_risks": {
        "fr": "{field} : aucun identifié. Les nommer dès le cadrage évite les surprises.",
        "en": "{field}: none identified. Naming them while scoping avoids surprises.",
    },
    "flag_no_milestones": {
        "fr": "{field} : aucun. Des jalons avec livrables donnent de la visibilité au client.",
        "en": "{field}: none. Milestones with deliverables give the client visibility.",
    },
    "flag_milestone_no_deliverable": {
        "fr": "{field} : aucun ; précisez ce que le client recevra.",
        "en": "{field}: none; say what the client will receive.",
    },
    "flag_no_resources": {
        "fr": "{field} : personne n'est désigné ; indiquez qui intervient et combien de jours.",
        "en": "{field}: nobody is named; say who works on the engagement and for how many days.",
    },
    "flag_no_contact": {
        "fr": "{field} : aucun. Nommez la personne qui répond pour le client.",
        "en": "{field}: none. Name the person who answers for the client.",
    },
    "flag_no_meetings": {
        "fr": "{field} : ni réunion ni point d'étape prévu avec le client.",
        "en": "{field}: no meeting or progress review planned with the client.",
    },
    "flag_no_responsiveness": {
        "fr": "{field} : non fixé. Une clause de réactivité du client protège vos délais.",
        "en": "{field}: not set. A responsiveness clause for the client protects your deadlines.",
    },
    "flag_no_client_data": {
        "fr": "{field} : rien n'est précisé ; dites ce que le client fournit, et quand.",
        "en": "{field}: nothing is stated; say what the client provides, and when.",
    },
    "flag_no_working_hours": {
        "fr": "{field} : ni jours ni horaires de travail précisés.",
        "en": "{field}: neither working days nor hours are stated.",
    },
    "flag_no_exclusions": {
        "fr": "{field} : rien n'est explicitement exclu ; dire ce qu'on ne fait pas évite les "
        "malentendus.",
        "en": "{field}: nothing is explicitly out of scope; saying what you will not do avoids "
        "misunderstandings.",
    },
    "flag_no_change_request": {
        "fr": "{field} : aucune. Les demandes faites en cours de mission n'auront pas de cadre.",
        "en": "{field}: none. Requests made during the engagement will have no frame.",
    },
    "flag_no_expenses": {
        "fr": "{field} : non précisés (déplacements, hébergement…).",
        "en": "{field}: not stated (travel, accommodation…).",
    },
    "flag_no_schedule": {
        "fr": "{field} : aucun. Précisez quand chaque part du prix est due.",
        "en": "{field}: none. Say when each part of the price falls due.",
    },
    "flag_nothing_upfront": {
        "fr": "{field} : rien n'est dû avant le début de la mission ; envisagez un acompte à la "
        "signature.",
        "en": "{field}: nothing is due before the engagement starts; consider a deposit on "
        "signature.",
    },
    "flag_no_late_payment": {
        "fr": "{field} : aucune clause (pénalités de retard et indemnité forfaitaire de "
        "recouvrement, art. L441-10 du Code de commerce).",
        "en": "{field}: no clause (interest on late payment and recovery costs).",
    },
    "flag_no_withdrawal": {
        "fr": "{field} : aucune condition (préavis, indemnité).",
        "en": "{field}: no terms (notice, fee).",
    },
    "flag_no_amicable": {
        "fr": "{field} : aucune clause. Chercher d'abord une solution amiable évite le tribunal.",
        "en": "{field}: no clause. Seeking an amicable solution first keeps you out of court.",
    },
    "flag_no_mediator": {
        "fr": "{field} : aucun. En cas de tension, un tiers neutre évite le conflit.",
        "en": "{field}: none. When tension rises, a neutral third party avoids conflict.",
    },
    "flag_no_applicable_law": {
        "fr": "{field} : non précisé.",
        "en": "{field}: not stated.",
    },
    "flag_no_court": {
        "fr": "{field} : non précisé.",
        "en": "{field}: not stated.",
    },
    # --- Lessons from past episodes -----------------------------------------------------
    "lesson_client_one": {
        "fr": "Ce client a déjà exprimé une insatisfaction concernant {topic} (le {last}).",
        "en": "This client has already been dissatisfied once about {topic} ({last}).",
    },
    "lesson_client_many": {
        "fr": "Ce client a déjà exprimé {count} insatisfactions concernant {topic} "
        "(la dernière le {last}).",
        "en": "This client has already been dissatisfied {count} times about {topic} "
        "(last on {last}).",
    },
    "lesson_history": {
        "fr": "{count} épisodes d'insatisfaction concernant {topic} avec d'autres clients ces "
        "{months} derniers mois (le dernier le {last}).",
        "en": "{count} dissatisfaction episodes about {topic} with other clients in the last "
        "{months} months (last on {last}).",
    },
    "lesson_measure": {
        "fr": "Mesure préventive notée : « {measure} ».",
        "en": "Preventive measure noted: “{measure}”.",
    },
    "advice_deadlines": {
        "fr": "Prévoyez une marge dans le planning et une clause de réactivité (réponse du client "
        "sous quelques jours ouvrés).",
        "en": "Plan a buffer in the schedule and a responsiveness clause (the client replies "
        "within a few working days).",
    },
    "advice_financial": {
        "fr": "Détaillez l'échéancier, demandez un acompte à la signature et prévoyez une clause "
        "de retard de paiement.",
        "en": "Spell out the payment schedule, ask for a deposit on signature and include a "
        "late-payment clause.",
    },
    "advice_client_obligations": {
        "fr": "Nommez un interlocuteur, fixez des points réguliers et un délai de réponse du "
        "client.",
        "en": "Name a contact, set regular progress meetings and a reply time for the client.",
    },
    "advice_stakes": {
        "fr": "Écrivez des objectifs et des critères de réussite mesurables, validés avec le "
        "client.",
        "en": "Write measurable objectives and success criteria, agreed with the client.",
    },
    "advice_scope": {
        "fr": "Listez ce qui est exclu et prévoyez une procédure de demande de modification.",
        "en": "List what is out of scope and set a change-request procedure.",
    },
    "advice_remedies": {
        "fr": "Prévoyez le règlement amiable puis la médiation, avec un médiateur nommé.",
        "en": "Provide for an amicable settlement first, then mediation with a named mediator.",
    },
    # --- The TOML file ------------------------------------------------------------------
    "toml_at_line": {
        "fr": "{source}, ligne {line} : {message}",
        "en": "{source}, line {line}: {message}",
    },
    "toml_at_file": {
        "fr": "{source} : {message}",
        "en": "{source}: {message}",
    },
    "toml_syntax": {
        "fr": "syntaxe TOML invalide ({reason}).",
        "en": "invalid TOML syntax ({reason}).",
    },
    "file_unreadable": {
        "fr": "lecture impossible ({reason}).",
        "en": "cannot be read ({reason}).",
    },
    "not_utf8": {
        "fr": "le fichier n'est pas encodé en UTF-8.",
        "en": "the file is not encoded in UTF-8.",
    },
    "unknown_key": {
        "fr": "{field} : clé inconnue.",
        "en": "{field}: unknown key.",
    },
    "unknown_key_hint": {
        "fr": "{field} : clé inconnue (vouliez-vous dire « {suggestion} » ?).",
        "en": "{field}: unknown key (did you mean “{suggestion}”?).",
    },
    "expected_text": {
        "fr": "{field} : un texte est attendu.",
        "en": "{field}: expected a text.",
    },
    "expected_number": {
        "fr": "{field} : un nombre est attendu.",
        "en": "{field}: expected a number.",
    },
    "expected_integer": {
        "fr": "{field} : un nombre entier est attendu.",
        "en": "{field}: expected a whole number.",
    },
    "expected_date": {
        "fr": "{field} : une date est attendue (AAAA-MM-JJ, sans heure).",
        "en": "{field}: expected a date (YYYY-MM-DD, without a time).",
    },
    "expected_bool": {
        "fr": "{field} : true ou false est attendu.",
        "en": "{field}: expected true or false.",
    },
    "expected_list": {
        "fr": "{field} : une liste de textes est attendue, par exemple [\u00a0« a », « b »\u00a0].",
        "en": "{field}: expected a list of texts, for example [“a”, “b”].",
    },
    "expected_table": {
        "fr": "{field} : une section [{field}] est attendue.",
        "en": "{field}: expected a [{field}] section.",
    },
    "expected_tables": {
        "fr": "{field} : des sections [[{field}]] sont attendues.",
        "en": "{field}: expected [[{field}]] sections.",
    },
    "expected_milestone": {
        "fr": "{field} : le numéro du jalon (1 pour le premier) ou son nom est attendu.",
        "en": "{field}: expected the milestone's number (1 for the first) or its name.",
    },
    "unknown_milestone_name": {
        "fr": "{field} : aucun jalon ne s'appelle « {value} ».",
        "en": "{field}: no milestone is called “{value}”.",
    },
    "ambiguous_milestone_name": {
        "fr": "{field} : plusieurs jalons s'appellent « {value} » ; indiquez son numéro.",
        "en": "{field}: several milestones are called “{value}”; give its number.",
    },
    "ambiguous_client": {
        "fr": "{field} : plusieurs clients s'appellent « {value} » ; indiquez client.id.",
        "en": "{field}: several clients are called “{value}”; give client.id.",
    },
    "client_mismatch": {
        "fr": "{field} : la mission {reference} appartient au client « {value} ».",
        "en": "{field}: engagement {reference} belongs to the client “{value}”.",
    },
    "reference_mismatch": {
        "fr": "{field} : « {value} » ne correspond pas à la mission amendée ({reference}).",
        "en": "{field}: “{value}” is not the engagement being amended ({reference}).",
    },
    "unknown_reference": {
        "fr": "{field} : aucune mission n'a la référence « {value} ».",
        "en": "{field}: no engagement has the reference “{value}”.",
    },
    "unknown_client_id": {
        "fr": "{field} : aucun client n'a le numéro {value}.",
        "en": "{field}: no client has the number {value}.",
    },
    "and_more": {
        "fr": "{message} (et {count} autre(s) problème(s))",
        "en": "{message} (and {count} more problem(s))",
    },
    # --- The command line ---------------------------------------------------------------
    "cli_client_created": {
        "fr": "Client créé : {name} (n° {id})",
        "en": "Created client: {name} (#{id})",
    },
    "cli_client_used": {
        "fr": "Client existant : {name} (n° {id})",
        "en": "Existing client: {name} (#{id})",
    },
    "cli_engagement_created": {
        "fr": "Mission créée : {reference} — {title} (n° {id})",
        "en": "Created engagement: {reference} — {title} (#{id})",
    },
    "cli_engagement_amended": {
        "fr": "Mission modifiée : {reference} — {title} (n° {id})",
        "en": "Changed engagement: {reference} — {title} (#{id})",
    },
    "cli_version": {
        "fr": "Cadrage version {number} ({status}) : {total_excl} HT, {total_incl} TTC, "
        "échéances : {instalments}",
        "en": "Scoping version {number} ({status}): {total_excl} excl. VAT, {total_incl} incl. "
        "VAT, instalments: {instalments}",
    },
    "cli_checked": {
        "fr": "{source} : fichier valide ; rien n'a été enregistré (vérification seule).",
        "en": "{source}: the file is valid; nothing was saved (check only).",
    },
    "cli_warning": {
        "fr": "avertissement : {message}",
        "en": "warning: {message}",
    },
    "cli_lesson": {
        "fr": "leçon du passé ({section}) : {message}",
        "en": "lesson from the past ({section}): {message}",
    },
}

SCOPING_FIELD_LABELS: dict[str, dict[str, str]] = {
    # Stakes
    "scoping.objectives": {"fr": "Objectifs", "en": "Objectives"},
    "scoping.expected_benefits": {"fr": "Bénéfices attendus", "en": "Expected benefits"},
    "scoping.risks": {"fr": "Risques", "en": "Risks"},
    "scoping.success_criteria": {"fr": "Critères de réussite", "en": "Success criteria"},
    # Deadlines
    "scoping.start_date": {"fr": "Date de début", "en": "Start date"},
    "scoping.end_date": {"fr": "Date de fin", "en": "End date"},
    "scoping.milestones": {"fr": "Jalons", "en": "Milestones"},
    "scoping.milestones[].name": {"fr": "Nom du jalon {n}", "en": "Name of milestone {n}"},
    "scoping.milestones[].due_date": {
        "fr": "Échéance du jalon {n}",
        "en": "Due date of milestone {n}",
    },
    "scoping.milestones[].deliverable": {
        "fr": "Livrable du jalon {n}",
        "en": "Deliverable of milestone {n}",
    },
    # Resources
    "scoping.resource_lines": {"fr": "Intervenants", "en": "People"},
    "scoping.resource_lines[].role": {
        "fr": "Rôle de l'intervenant {n}",
        "en": "Role of person {n}",
    },
    "scoping.resource_lines[].person": {
        "fr": "Nom de l'intervenant {n}",
        "en": "Name of person {n}",
    },
    "scoping.resource_lines[].days": {
        "fr": "Jours de l'intervenant {n}",
        "en": "Days of person {n}",
    },
    "scoping.material": {"fr": "Matériel", "en": "Material"},
    "scoping.access_needed": {"fr": "Accès nécessaires", "en": "Access needed"},
    # What is expected of the client
    "scoping.client_contact_name": {"fr": "Interlocuteur désigné", "en": "Named contact"},
    "scoping.client_meetings": {"fr": "Réunions et présence", "en": "Meetings and presence"},
    "scoping.response_days": {
        "fr": "Délai de réponse (jours ouvrés)",
        "en": "Reply time (working days)",
    },
    "scoping.client_data_to_provide": {
        "fr": "Données et accès à fournir",
        "en": "Data and access to provide",
    },
    # Working hours
    "scoping.work_days": {"fr": "Jours travaillés", "en": "Working days"},
    "scoping.hours_start": {"fr": "Heure de début", "en": "Start time"},
    "scoping.hours_end": {"fr": "Heure de fin", "en": "End time"},
    "scoping.work_place": {"fr": "Lieu d'intervention", "en": "Place of work"},
    "scoping.travel": {"fr": "Déplacements", "en": "Travel"},
    # Scope
    "scoping.scope_items": {"fr": "Périmètre", "en": "Scope"},
    "scoping.scope_items[].text": {"fr": "Élément de périmètre {n}", "en": "Scope item {n}"},
    "scoping.scope_items[].side": {
        "fr": "Inclus ou exclu (élément {n})",
        "en": "In or out (item {n})",
    },
    "scoping.change_request_procedure": {
        "fr": "Procédure de demande de modification",
        "en": "Change-request procedure",
    },
    # Financial terms
    "scoping.pricing_mode": {"fr": "Mode de tarification", "en": "Pricing"},
    "scoping.daily_rate": {"fr": "Taux journalier", "en": "Daily rate"},
    "scoping.days": {"fr": "Nombre de jours", "en": "Number of days"},
    "scoping.fixed_fee": {"fr": "Forfait", "en": "Fixed fee"},
    "scoping.expenses": {"fr": "Frais", "en": "Expenses"},
    "scoping.vat_rate": {"fr": "Taux de TVA", "en": "VAT rate"},
    "scoping.currency": {"fr": "Devise", "en": "Currency"},
    "scoping.instalments": {"fr": "Échéancier", "en": "Payment schedule"},
    "scoping.instalments[].label": {
        "fr": "Libellé de l'échéance {n}",
        "en": "Label of instalment {n}",
    },
    "scoping.instalments[].share_percent": {
        "fr": "Part de l'échéance {n}",
        "en": "Share of instalment {n}",
    },
    "scoping.instalments[].amount": {
        "fr": "Montant de l'échéance {n}",
        "en": "Amount of instalment {n}",
    },
    "scoping.instalments[].due_date": {
        "fr": "Date de l'échéance {n}",
        "en": "Due date of instalment {n}",
    },
    "scoping.instalments[].milestone_position": {
        "fr": "Jalon de l'échéance {n}",
        "en": "Milestone of instalment {n}",
    },
    "scoping.late_payment_terms": {"fr": "Retards de paiement", "en": "Late payment"},
    "scoping.withdrawal_notice_days": {
        "fr": "Préavis de résiliation (jours)",
        "en": "Notice period (days)",
    },
    "scoping.withdrawal_fee": {"fr": "Indemnité de résiliation", "en": "Cancellation fee"},
    "scoping.withdrawal_terms": {
        "fr": "Rétractation et résiliation",
        "en": "Withdrawal and cancellation",
    },
    # Remedies
    "scoping.amicable_settlement": {"fr": "Règlement amiable", "en": "Amicable settlement"},
    "scoping.mediator": {"fr": "Médiateur", "en": "Mediator"},
    "scoping.applicable_law": {"fr": "Droit applicable", "en": "Applicable law"},
    "scoping.court": {"fr": "Tribunal compétent", "en": "Competent court"},
    # Signature
    "scoping.consultant_signatory": {
        "fr": "Signataire pour le consultant",
        "en": "Signatory for the consultant",
    },
    "scoping.client_signatory": {
        "fr": "Signataire pour le client",
        "en": "Signatory for the client",
    },
    "scoping.sign_place": {"fr": "Lieu de signature", "en": "Place of signature"},
    "scoping.sign_date": {"fr": "Date de signature", "en": "Date of signature"},
    "scoping.consultant_signature": {
        "fr": "Signature du consultant",
        "en": "Consultant's signature",
    },
    "scoping.client_signature": {"fr": "Signature du client", "en": "Client's signature"},
}

SECTION_TITLES: dict[str, dict[str, str]] = {
    "mission": {"fr": "Client et mission", "en": "Client and engagement"},
    "stakes": {"fr": "Enjeux", "en": "Stakes"},
    "deadlines": {"fr": "Délais", "en": "Deadlines"},
    "resources": {"fr": "Ressources", "en": "Resources"},
    "client_obligations": {
        "fr": "Ce qu'on attend du client",
        "en": "What is expected of the client",
    },
    "working_hours": {"fr": "Horaires", "en": "Working hours"},
    "scope": {"fr": "Périmètre", "en": "Scope"},
    "financial": {"fr": "Conditions financières", "en": "Financial terms"},
    "remedies": {"fr": "Recours", "en": "Remedies"},
    "signature": {"fr": "Relecture et signature", "en": "Review and signature"},
}

WEEKDAY_LABELS: dict[str, dict[str, str]] = {
    "mon": {"fr": "lundi", "en": "Monday"},
    "tue": {"fr": "mardi", "en": "Tuesday"},
    "wed": {"fr": "mercredi", "en": "Wednesday"},
    "thu": {"fr": "jeudi", "en": "Thursday"},
    "fri": {"fr": "vendredi", "en": "Friday"},
    "sat": {"fr": "samedi", "en": "Saturday"},
    "sun": {"fr": "dimanche", "en": "Sunday"},
}

# What an episode category is about, as the object of "concernant..." / "about...".
LESSON_TOPICS: dict[str, dict[str, str]] = {
    "quality": {"fr": "la qualité", "en": "quality"},
    "delay": {"fr": "les délais", "en": "delays"},
    "error": {"fr": "des erreurs", "en": "errors"},
    "planning": {"fr": "le planning", "en": "planning"},
    "organisation": {"fr": "l'organisation", "en": "organisation"},
    "result": {"fr": "le résultat", "en": "results"},
    "communication": {"fr": "la communication", "en": "communication"},
    "billing": {"fr": "la facturation", "en": "billing"},
    "behaviour": {"fr": "le comportement et la relation", "en": "behaviour and the relationship"},
}

_INDEX = re.compile(r"\[(\d+)\]")


def template(code: str, language: Language | None = None) -> str | None:
    """The template of ``code``: the scoping catalogue first, then the shared one."""
    language = language or current_language()
    texts = SCOPING_MESSAGES.get(code) or MESSAGES.get(code)
    return None if texts is None else texts[language.value]


def message(code: str, language: Language | None = None, **params: object) -> str:
    """A whole message; ``params`` are formatted for the language (dates, decimals)."""
    language = language or current_language()
    text = template(code, language)
    values = {name: format_value(value, language) for name, value in params.items()}
    if text is None:
        return f"{code} {values}" if values else code
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        return f"{text} {values}"


def field_label(field: str, language: Language | None = None) -> str:
    """``scoping.milestones[2].due_date`` -> ``Échéance du jalon 3``; unknown -> the name."""
    language = language or current_language()
    numbers = [int(found) + 1 for found in _INDEX.findall(field)]
    pattern = _INDEX.sub("[]", field)
    labels = SCOPING_FIELD_LABELS.get(pattern) or FIELD_LABELS.get(pattern)
    if labels is None:
        return field
    text = labels[language.value]
    return text.format(n=numbers[-1]) if numbers and "{n}" in text else text


def section_title(section: str, language: Language | None = None) -> str:
    language = language or current_language()
    titles = SECTION_TITLES.get(section)
    return section if titles is None else titles[language.value]


def weekday_label(code: str, language: Language | None = None) -> str:
    language = language or current_language()
    labels = WEEKDAY_LABELS.get(code)
    return code if labels is None else labels[language.value]


def format_decimal(value: Decimal, language: Language) -> str:
    """``1 234,5`` / ``1,234.5``: thousands grouped, the language's decimal mark, exact."""
    if not value.is_finite():
        return str(value)
    sign = "-" if value < 0 else ""
    digits = f"{abs(value):f}"
    whole, _, fraction = digits.partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    if language is Language.FR:
        text = "\u202f".join(groups) + ("," + fraction if fraction else "")
    else:
        text = ",".join(groups) + ("." + fraction if fraction else "")
    return sign + text


def format_date(value: date, language: Language) -> str:
    """``05/01/2026`` in French; ISO ``2026-01-05`` in English (unambiguous everywhere)."""
    if language is Language.FR:
        return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
    return value.isoformat()


def format_value(value: object, language: Language) -> object:
    labelled = getattr(value, "label", None)
    if isinstance(value, Enum) and callable(labelled):
        return labelled(language)
    if isinstance(value, Decimal):
        return format_decimal(value, language)
    if isinstance(value, date):
        return format_date(value, language)
    if isinstance(value, time):
        return f"{value.hour:02d}:{value.minute:02d}"
    return value
