"""What the command line prints, in French and in English, with its plural forms.

The command line speaks the language the window speaks (the setting, else the locale), set
once at start through ``domain.language.set_current_language``. Counts go through
``plural``: French puts 0 and 1 in the singular, English only 1.
"""

from __future__ import annotations

from consultant_desk.domain.language import Language, current_language

CLI_MESSAGES: dict[str, dict[str, str]] = {
    # --- demo, import -------------------------------------------------------------------
    "demo_backup": {
        "fr": "Base remplacée ; l'ancienne est sauvegardée dans {path}",
        "en": "Database replaced; the previous one is backed up in {path}",
    },
    "import_new": {
        "fr": "Nouveaux : {clients}, {contacts}.",
        "en": "New: {clients}, {contacts}.",
    },
    "import_merged": {
        "fr": "« {name} » existait déjà (même nom) : fiche complétée ; contacts nouveaux : "
        "{added}, déjà connus : {known}.",
        "en": "“{name}” was already there (same name): record completed; new contacts: "
        "{added}, already known: {known}.",
    },
    # --- list ---------------------------------------------------------------------------
    "list_nothing": {
        "fr": "Aucun résultat.",
        "en": "Nothing found.",
    },
    "list_header_clients": {
        "fr": "n°\tnom\tlangue\tmissions",
        "en": "id\tname\tlanguage\tengagements",
    },
    "list_header_engagements": {
        "fr": "n°\tréférence\tstatut\tclient\tintitulé",
        "en": "id\treference\tstatus\tclient\ttitle",
    },
    "list_header_episodes": {
        "fr": "n°\tdate\tmission\tclient\tcatégorie\tétape",
        "en": "id\tdate\tengagement\tclient\tcategory\tstage",
    },
    "list_header_meetings": {
        "fr": "n°\tdate\tmission\tclient\tmodalité",
        "en": "id\tdate\tengagement\tclient\tmode",
    },
    "list_header_documents": {
        "fr": "n°\ttype\tmission\tversion\tsigné\tfichier",
        "en": "id\tkind\tengagement\tversion\tsigned\tfile",
    },
    "list_hint_contract": {
        "fr": "Pour imprimer le contrat en vigueur d'une mission : consultant-desk pdf contract "
        "RÉFÉRENCE --out FICHIER.pdf",
        "en": "To print an engagement's current contract: consultant-desk pdf contract "
        "REFERENCE --out FILE.pdf",
    },
    "not_an_id": {
        "fr": "« {value} » n'est pas un numéro (consultant-desk list les donne).",
        "en": "“{value}” is not an id (consultant-desk list shows them).",
    },
    "restore_migrated": {
        "fr": "La sauvegarde (schéma {revision}) a été mise à jour vers le schéma actuel.",
        "en": "The backup (schema {revision}) was brought up to the current schema.",
    },
    "no_display": {
        "fr": "Aucun écran n'a pu être ouvert (ni DISPLAY ni WAYLAND_DISPLAY) : la fenêtre ne "
        "peut pas démarrer ici ; les sous-commandes (consultant-desk --help) fonctionnent "
        "sans écran.",
        "en": "No display could be opened (neither DISPLAY nor WAYLAND_DISPLAY): the window "
        "cannot start here; the subcommands (consultant-desk --help) work without one.",
    },
    "yes": {"fr": "oui", "en": "yes"},
    "no": {"fr": "non", "en": "no"},
    # --- episode, apology-check ---------------------------------------------------------
    "bad_choice": {
        "fr": "« {value} » n'est pas une valeur possible ({choices})",
        "en": "“{value}” is not one of the allowed values ({choices})",
    },
    "bad_instant": {
        "fr": "« {value} » n'est pas une date et heure ISO (AAAA-MM-JJTHH:MM)",
        "en": "“{value}” is not an ISO date and time (YYYY-MM-DDTHH:MM)",
    },
    "unknown_reference": {
        "fr": "--engagement : aucune mission de référence « {value} » "
        "(consultant-desk list engagements les donne).",
        "en": "--engagement: no engagement has the reference “{value}” "
        "(consultant-desk list engagements shows them).",
    },
    "episode_list_header": {
        "fr": "n°\tdate\tmission\tclient\tcatégorie\tétape\téchéance\t",
        "en": "id\tdate\tengagement\tclient\tcategory\tstage\tdue\t",
    },
    "overdue": {"fr": "EN RETARD", "en": "OVERDUE"},
    "episode_moved": {
        "fr": "Épisode n° {id} : {stage}.",
        "en": "Episode #{id}: {stage}.",
    },
    "warning_line": {"fr": "Attention : {text}", "en": "Warning: {text}"},
    "episode_no_warning": {
        "fr": "Rien n'a été sauté.",
        "en": "Nothing was skipped.",
    },
    "apology_nothing": {
        "fr": "Rien à signaler.",
        "en": "Nothing to remark.",
    },
    # --- scope --------------------------------------------------------------------------
    "scope_print_with": {
        "fr": "Cadrage n° {id} ; pour l'imprimer : consultant-desk pdf contract {id} --out {file}",
        "en": "Scoping #{id}; to print it: consultant-desk pdf contract {id} --out {file}",
    },
}

# Each count message: (singular, plural); ``{count}`` is the number.
CLI_PLURALS: dict[str, dict[str, tuple[str, str]]] = {
    "count_clients": {
        "fr": ("{count} client", "{count} clients"),
        "en": ("{count} client", "{count} clients"),
    },
    "count_engagements": {
        "fr": ("{count} mission", "{count} missions"),
        "en": ("{count} engagement", "{count} engagements"),
    },
    "count_episodes": {
        "fr": ("{count} épisode", "{count} épisodes"),
        "en": ("{count} episode", "{count} episodes"),
    },
    "count_meetings": {
        "fr": ("{count} réunion", "{count} réunions"),
        "en": ("{count} meeting", "{count} meetings"),
    },
    "count_documents": {
        "fr": ("{count} document", "{count} documents"),
        "en": ("{count} document", "{count} documents"),
    },
    "count_contacts": {
        "fr": ("{count} contact", "{count} contacts"),
        "en": ("{count} contact", "{count} contacts"),
    },
}


def say(code: str, language: Language | None = None, **params: object) -> str:
    language = language or current_language()
    return CLI_MESSAGES[code][language.value].format(**params)


def is_singular(count: int, language: Language) -> bool:
    # French counts 0 and 1 in the singular ("0 client"), English 1 only ("0 clients").
    return count in (0, 1) if language is Language.FR else count == 1


def plural(code: str, count: int, language: Language | None = None, **params: object) -> str:
    language = language or current_language()
    singular, many = CLI_PLURALS[code][language.value]
    template = singular if is_singular(count, language) else many
    return template.format(count=count, **params)
