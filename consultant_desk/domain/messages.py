"""Every user-facing message and field label of the non-Qt layers, in both languages.

The Qt layer translates its own strings with Qt Linguist; these are used by services and the
command line, which must not import Qt. A test checks that both languages are complete and
that placeholders agree.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "required": {
        "fr": "{field} : ce champ est obligatoire.",
        "en": "{field}: this field is required.",
    },
    "too_long": {
        "fr": "{field} : {max} caractères au plus (il y en a {length}).",
        "en": "{field}: at most {max} characters (there are {length}).",
    },
    "control_chars": {
        "fr": "{field} : contient des caractères de contrôle invisibles.",
        "en": "{field}: contains invisible control characters.",
    },
    "invalid_email": {
        "fr": "{field} : « {value} » n'est pas une adresse e-mail valide.",
        "en": "{field}: “{value}” is not a valid email address.",
    },
    "invalid_choice": {
        "fr": "{field} : « {value} » n'est pas une valeur possible ({choices}).",
        "en": "{field}: “{value}” is not one of the allowed values ({choices}).",
    },
    "invalid_number": {
        "fr": "{field} : « {value} » n'est pas un nombre.",
        "en": "{field}: “{value}” is not a number.",
    },
    "not_finite": {
        "fr": "{field} : le nombre doit être fini.",
        "en": "{field}: the number must be finite.",
    },
    "negative": {
        "fr": "{field} : ne peut pas être négatif.",
        "en": "{field}: cannot be negative.",
    },
    "not_positive": {
        "fr": "{field} : doit être supérieur à zéro.",
        "en": "{field}: must be greater than zero.",
    },
    "too_large": {
        "fr": "{field} : {max} au plus.",
        "en": "{field}: at most {max}.",
    },
    "too_many_decimals": {
        "fr": "{field} : {places} décimales au plus.",
        "en": "{field}: at most {places} decimal places.",
    },
    "invalid_date": {
        "fr": "{field} : « {value} » n'est pas une date (attendu AAAA-MM-JJ).",
        "en": "{field}: “{value}” is not a date (expected YYYY-MM-DD).",
    },
    "date_out_of_range": {
        "fr": "{field} : la date doit être comprise entre {low} et {high}.",
        "en": "{field}: the date must be between {low} and {high}.",
    },
    "end_before_start": {
        "fr": "{field} : la fin ({end}) précède le début ({start}).",
        "en": "{field}: the end ({end}) comes before the start ({start}).",
    },
    "duplicate_reference": {
        "fr": "{field} : la référence « {value} » est déjà utilisée.",
        "en": "{field}: the reference “{value}” is already used.",
    },
    "archived": {
        "fr": "{field} : cet enregistrement est archivé.",
        "en": "{field}: this record is archived.",
    },
    "invalid_transition": {
        "fr": "{field} : passage de « {current} » à « {target} » impossible.",
        "en": "{field}: cannot go from “{current}” to “{target}”.",
    },
    "invalid_currency": {
        "fr": "{field} : « {value} » n'est pas un code de devise ISO (EUR, CHF, USD…).",
        "en": "{field}: “{value}” is not an ISO currency code (EUR, CHF, USD…).",
    },
    "bad_database_url": {
        "fr": "Adresse de base de données invalide : {url}",
        "en": "Invalid database URL: {url}",
    },
    "newer_schema": {
        "fr": (
            "Cette base a été créée par une version plus récente de Consultant Desk "
            "(schéma {revision}). Mettez l'application à jour pour l'ouvrir."
        ),
        "en": (
            "This database was created by a newer version of Consultant Desk "
            "(schema {revision}). Update the application to open it."
        ),
    },
    "no_database": {
        "fr": "Aucune base de données à l'emplacement {path}.",
        "en": "No database at {path}.",
    },
    "password_not_encoded": {
        "fr": (
            "Adresse de base de données illisible : le mot de passe doit être encodé pour "
            "une URL (@ s'écrit %40, : s'écrit %3A, / s'écrit %2F)."
        ),
        "en": (
            "The database URL cannot be read: the password must be URL-encoded "
            "(@ as %40, : as %3A, / as %2F)."
        ),
    },
    "connect_timeout": {
        "fr": (
            "Le serveur {host}, port {port}, ne répond pas (délai de {seconds} s dépassé). "
            "Vérifiez l'adresse, ou allongez le délai avec connect_timeout dans l'URL."
        ),
        "en": (
            "The server {host}, port {port}, does not answer ({seconds} s timeout expired). "
            "Check the address, or lengthen the wait with connect_timeout in the URL."
        ),
    },
    "database_unreachable": {
        "fr": "Impossible d'ouvrir la base {url} : {reason}",
        "en": "Cannot open the database {url}: {reason}",
    },
    "database_constraint": {
        "fr": (
            "La base {url} a refusé la modification, qui contredit ce qu'elle contient déjà "
            "({reason}) : quelqu'un a peut-être enregistré la même chose entre-temps. Rien "
            "n'a été enregistré."
        ),
        "en": (
            "The database {url} refused the change, which contradicts what it already holds "
            "({reason}): someone may have saved the same thing meanwhile. Nothing was saved."
        ),
    },
    "database_busy": {
        "fr": (
            "La base {url} est occupée : un autre programme y écrit. Réessayez dans un "
            "instant ; rien n'a été enregistré."
        ),
        "en": (
            "The database {url} is busy: another program is writing to it. Try again in a "
            "moment; nothing was saved."
        ),
    },
    "demo_not_empty": {
        "fr": (
            "La base contient déjà des clients ({count}) : la démonstration ne remplit qu'une "
            "base vide (--replace la remplace, après une sauvegarde)."
        ),
        "en": (
            "The database already holds clients ({count}): the demo only fills an empty "
            "database (--replace replaces it, after a backup)."
        ),
    },
    "demo_replace_not_sqlite": {
        "fr": (
            "--replace sauvegarde d'abord la base, ce que seule la base SQLite locale permet. "
            "Pour PostgreSQL, sauvegardez-la avec pg_dump puis videz-la vous-même."
        ),
        "en": (
            "--replace backs the database up first, which only the local SQLite database "
            "allows. On PostgreSQL, save it with pg_dump, then empty it yourself."
        ),
    },
    "backup_not_sqlite": {
        "fr": (
            "Les sauvegardes intégrées concernent la base SQLite locale. Pour PostgreSQL, "
            "utilisez pg_dump (voir le README)."
        ),
        "en": (
            "Built-in backups cover the local SQLite database. For PostgreSQL, use pg_dump "
            "(see the README)."
        ),
    },
    "restore_missing": {
        "fr": "Fichier introuvable : {path}",
        "en": "File not found: {path}",
    },
    "restore_not_ours": {
        "fr": (
            "{path} n'est pas une base Consultant Desk saine ({reason}) : restauration refusée, "
            "rien n'a été modifié."
        ),
        "en": (
            "{path} is not a healthy Consultant Desk database ({reason}): restore refused, "
            "nothing was changed."
        ),
    },
    "restore_newer": {
        "fr": (
            "{path} vient d'une version plus récente de Consultant Desk (schéma {revision}) : "
            "mettez l'application à jour pour la restaurer. Rien n'a été modifié."
        ),
        "en": (
            "{path} comes from a newer version of Consultant Desk (schema {revision}): update "
            "the application to restore it. Nothing was changed."
        ),
    },
    "restore_busy": {
        "fr": (
            "Un autre programme écrit dans {path} depuis {seconds} s : restauration abandonnée, "
            "rien n'a été modifié. Fermez-le puis recommencez."
        ),
        "en": (
            "Another program has been writing to {path} for {seconds} s: restore given up, "
            "nothing was changed. Close it and try again."
        ),
    },
    "too_many_rows": {
        "fr": "{field} : {max} lignes au plus (il y en a {count}).",
        "en": "{field}: at most {max} rows (there are {count}).",
    },
    "out_of_range": {
        "fr": "{field} : doit être compris entre {low} et {high}.",
        "en": "{field}: must be between {low} and {high}.",
    },
    "no_daily_rate": {
        "fr": (
            "{field} : la mission n'a pas de taux journalier signé ; indiquez la valeur "
            "du geste vous-même."
        ),
        "en": (
            "{field}: the engagement has no signed daily rate; enter the value of the "
            "gesture yourself."
        ),
    },
    "json_syntax": {
        "fr": "{source}, ligne {line}, colonne {column} : JSON invalide ({reason}).",
        "en": "{source}, line {line}, column {column}: invalid JSON ({reason}).",
    },
    "json_shape": {
        "fr": "{source} : {key} : {expected} attendu.",
        "en": "{source}: {key}: expected {expected}.",
    },
    "json_unknown_key": {
        "fr": "{source} : {key} : clé inconnue (clés possibles : {known}).",
        "en": "{source}: {key}: unknown key (known keys: {known}).",
    },
    "json_value": {
        "fr": "{source} : {key} : {message}",
        "en": "{source}: {key}: {message}",
    },
    "file_unreadable": {
        "fr": "{source} : lecture impossible ({reason}).",
        "en": "{source}: cannot be read ({reason}).",
    },
    "document_changed_meanwhile": {
        "fr": "{field} : ce document vient d’être imprimé ailleurs avec un autre contenu ; "
        "imprimez-le de nouveau.",
        "en": "{field}: this document was just printed elsewhere with other content; "
        "print it again.",
    },
    "signed_document": {
        "fr": "{field} : ce document est signé ; il ne peut plus être modifié.",
        "en": "{field}: this document is signed; it can no longer be changed.",
    },
    "logo_unreadable": {
        "fr": "{field} : image illisible ou introuvable ({path}).",
        "en": "{field}: the image cannot be read or found ({path}).",
    },
    "not_found": {
        "fr": "{entity} n° {ident} introuvable : il a peut-être été supprimé.",
        "en": "{entity} #{ident} not found: it may have been deleted.",
    },
    "no_such_reference": {
        "fr": "{field} : aucune mission n'a la référence « {value} ».",
        "en": "{field}: no engagement has the reference “{value}”.",
    },
    "no_scoping_yet": {
        "fr": "{field} : la mission « {value} » n'a pas encore de cadrage à imprimer.",
        "en": "{field}: the engagement “{value}” has no scoping to print yet.",
    },
    "conflict": {
        "fr": (
            "{entity} n° {ident} a été modifié par quelqu'un d'autre depuis son ouverture "
            "({changed}). Rechargez-le avant d'enregistrer : rien n'a été écrasé."
        ),
        "en": (
            "{entity} #{ident} was changed by someone else since you opened it ({changed}). "
            "Reload it before saving: nothing was overwritten."
        ),
    },
}

# Field machine names -> labels shown to the user.
FIELD_LABELS: dict[str, dict[str, str]] = {
    "client.name": {"fr": "Nom du client", "en": "Client name"},
    "client.language": {"fr": "Langue du client", "en": "Client language"},
    "client.address": {"fr": "Adresse", "en": "Address"},
    "client.notes": {"fr": "Notes", "en": "Notes"},
    "client.email": {"fr": "E-mail", "en": "Email"},
    "client.phone": {"fr": "Téléphone", "en": "Phone"},
    "client.registration": {"fr": "SIRET / n° d'entreprise", "en": "Company number"},
    "contact.name": {"fr": "Nom du contact", "en": "Contact name"},
    "contact.role": {"fr": "Fonction du contact", "en": "Contact role"},
    "contact.email": {"fr": "E-mail du contact", "en": "Contact email"},
    "contact.phone": {"fr": "Téléphone du contact", "en": "Contact phone"},
    "engagement.client": {"fr": "Client de la mission", "en": "Engagement client"},
    "engagement.reference": {"fr": "Référence de la mission", "en": "Engagement reference"},
    "engagement.title": {"fr": "Intitulé de la mission", "en": "Engagement title"},
    "engagement.status": {"fr": "Statut de la mission", "en": "Engagement status"},
    "engagement.start_date": {"fr": "Date de début", "en": "Start date"},
    "engagement.end_date": {"fr": "Date de fin", "en": "End date"},
    "engagement.dates": {"fr": "Dates de la mission", "en": "Engagement dates"},
    "engagement.summary": {"fr": "Résumé", "en": "Summary"},
    "meeting.engagement": {"fr": "Mission de la réunion", "en": "Meeting engagement"},
    "meeting.episode": {"fr": "Épisode lié", "en": "Related episode"},
    "meeting.held_at": {"fr": "Date de la réunion", "en": "Meeting date"},
    "meeting.place": {"fr": "Lieu", "en": "Place"},
    "meeting.mode": {"fr": "Modalité", "en": "Mode"},
    "meeting.points_discussed": {"fr": "Points abordés", "en": "Points discussed"},
    "meeting.client_expressed": {
        "fr": "Ce que le client a exprimé",
        "en": "What the client expressed",
    },
    "meeting.acknowledged": {"fr": "Ce qui a été reconnu", "en": "What was acknowledged"},
    "meeting.agreed_solution": {"fr": "Solution convenue", "en": "Agreed solution"},
    "meeting.next_steps": {"fr": "Prochaines étapes", "en": "Next steps"},
    "meeting.follow_up_date": {"fr": "Date de suivi", "en": "Follow-up date"},
    "meeting.consultant_signer": {"fr": "Signataire (consultant)", "en": "Signatory (consultant)"},
    "meeting.client_signer": {"fr": "Signataire (client)", "en": "Signatory (client)"},
    "meeting.sign_place": {"fr": "Lieu de signature", "en": "Place of signature"},
    "attendee.name": {"fr": "Nom du participant", "en": "Attendee name"},
    "attendee.role": {"fr": "Fonction du participant", "en": "Attendee role"},
    "attendee.organisation": {"fr": "Organisation du participant", "en": "Attendee organisation"},
    "action.owner": {"fr": "Responsable de l'action", "en": "Action owner"},
    "action.what": {"fr": "Action", "en": "Action"},
    "action.due_date": {"fr": "Échéance de l'action", "en": "Action due date"},
    "profile.name": {"fr": "Votre nom", "en": "Your name"},
    "profile.company": {"fr": "Société", "en": "Company"},
    "profile.address": {"fr": "Adresse", "en": "Address"},
    "profile.registration": {"fr": "N° d'immatriculation", "en": "Registration number"},
    "profile.email": {"fr": "E-mail", "en": "Email"},
    "profile.phone": {"fr": "Téléphone", "en": "Phone"},
    "profile.city": {"fr": "Ville", "en": "City"},
    "profile.logo_path": {"fr": "Logo", "en": "Logo"},
    "profile.default_currency": {"fr": "Devise par défaut", "en": "Default currency"},
    "profile.default_vat_rate": {"fr": "TVA par défaut (%)", "en": "Default VAT (%)"},
    "profile.default_daily_rate": {"fr": "Taux journalier par défaut", "en": "Default daily rate"},
    "profile.legal_form": {"fr": "Forme juridique", "en": "Legal form"},
    "profile.share_capital": {"fr": "Capital social", "en": "Share capital"},
    "profile.rcs_city": {"fr": "Ville du RCS", "en": "Trade register city"},
    "profile.rcs_number": {"fr": "Numéro RCS", "en": "Trade register number"},
    "profile.vat_number": {"fr": "N° de TVA intracommunautaire", "en": "VAT number"},
    "profile.insurer": {
        "fr": "Assureur (RC professionnelle)",
        "en": "Insurer (professional liability)",
    },
    "profile.insurance_policy": {"fr": "N° de police", "en": "Policy number"},
    "document.language": {"fr": "Langue du document", "en": "Document language"},
    "document.path": {"fr": "Fichier du document", "en": "Document file"},
    "document.version": {"fr": "Version du document", "en": "Document version"},
    "episode.engagement": {"fr": "Mission concernée", "en": "Engagement concerned"},
    "episode.surfaced_at": {"fr": "Date d'apparition", "en": "Surfaced on"},
    "episode.channel": {"fr": "Canal", "en": "Channel"},
    "episode.spoke": {"fr": "Qui s'est exprimé", "en": "Who spoke"},
    "episode.category": {"fr": "Catégorie", "en": "Category"},
    "episode.expected": {"fr": "Ce qui était attendu", "en": "What was expected"},
    "episode.obtained": {"fr": "Ce qui a été obtenu", "en": "What was obtained"},
    "episode.client_words": {"fr": "Les mots du client", "en": "The client's words"},
    "episode.emotion": {"fr": "Émotion", "en": "Emotion"},
    "episode.intensity": {"fr": "Intensité (1 à 5)", "en": "Intensity (1 to 5)"},
    "episode.severity": {"fr": "Gravité", "en": "Severity"},
    "episode.clause_ref": {"fr": "Clause concernée", "en": "Clause concerned"},
    "episode.origin": {"fr": "Origine", "en": "Origin"},
    "episode.stage": {"fr": "Étape", "en": "Stage"},
    "episode.resolution": {"fr": "Résolution", "en": "Resolution"},
    "episode.lessons": {"fr": "Leçons tirées", "en": "Lessons learned"},
    "episode.preventive_measure": {"fr": "Mesure préventive", "en": "Preventive measure"},
    "episode.incident_key": {"fr": "Incident commun", "en": "Shared incident"},
    "episode.mediator_needed": {"fr": "Médiateur nécessaire", "en": "Mediator needed"},
    "episode.client_confirmed_on": {"fr": "Confirmation du client", "en": "Client confirmation"},
    "episode.categories": {"fr": "Catégories", "en": "Categories"},
    "episode.remedy_requested": {"fr": "Ce que demande le client", "en": "Remedy asked for"},
    "episode.mediator_note": {"fr": "Note sur la médiation", "en": "Mediator note"},
    "episode.checks": {"fr": "Point de la liste", "en": "Checklist item"},
    "episode.confirmation_channel": {
        "fr": "Confirmation reçue par",
        "en": "Confirmation received by",
    },
    "episode.satisfaction": {
        "fr": "Satisfaction du traitement (1 à 5)",
        "en": "Satisfaction with the handling (1 to 5)",
    },
    "episode.recourse": {"fr": "Recours proposé", "en": "Recourse proposed"},
    "event.channel": {"fr": "Canal de l'événement", "en": "Event channel"},
    "event.kind": {"fr": "Type d'événement", "en": "Event type"},
    "event.occurred_at": {"fr": "Date de l'événement", "en": "Event date"},
    "event.notes": {"fr": "Notes de l'événement", "en": "Event notes"},
    "event.next_due": {"fr": "Prochaine échéance", "en": "Next due date"},
    "offer.episode": {"fr": "Épisode de la proposition", "en": "Offer episode"},
    "offer.gesture": {"fr": "Geste commercial", "en": "Gesture"},
    "offer.free_days": {"fr": "Jours offerts", "en": "Free days"},
    "offer.discount_percent": {"fr": "Remise (%)", "en": "Discount (%)"},
    "offer.value": {"fr": "Valeur", "en": "Value"},
    "offer.currency": {"fr": "Devise", "en": "Currency"},
    "offer.extra_deliverable": {"fr": "Livrable supplémentaire", "en": "Extra deliverable"},
    "offer.personal_message": {"fr": "Message personnel", "en": "Personal message"},
    "offer.origin_brief": {"fr": "Origine en bref", "en": "Origin in brief"},
    "offer.corrective_actions": {"fr": "Actions correctives", "en": "Corrective actions"},
    "offer.preventive_actions": {"fr": "Actions préventives", "en": "Preventive actions"},
    "offer.valid_until": {"fr": "Valable jusqu'au", "en": "Valid until"},
    "offer.status": {"fr": "Statut de la proposition", "en": "Offer status"},
}

# Entities named in messages ("Client #12 was changed by someone else").
ENTITY_LABELS: dict[str, dict[str, str]] = {
    "Client": {"fr": "Le client", "en": "Client"},
    "Contact": {"fr": "Le contact", "en": "Contact"},
    "Engagement": {"fr": "La mission", "en": "Engagement"},
    "ScopingVersion": {"fr": "Le cadrage", "en": "Scoping"},
    "Episode": {"fr": "L'épisode", "en": "Episode"},
    "Meeting": {"fr": "La réunion", "en": "Meeting"},
    "RemediationOffer": {"fr": "La proposition", "en": "Offer"},
    "ConsultantProfile": {"fr": "Le profil", "en": "Profile"},
}

# The prefix of an entity's fields in FIELD_LABELS, where it is not its lower-cased name.
FIELD_PREFIXES: dict[str, str] = {
    "ScopingVersion": "scoping",
    "RemediationOffer": "offer",
    "ConsultantProfile": "profile",
}
