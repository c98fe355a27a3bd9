# ruff: noqa: E501 - prose pools: one text per line reads better than split literals
"""The words of the demo data: bilingual pools of names, places, missions and grievances.

Every text is a ``(french, english)`` pair, indexed by the client's language (0 = French,
1 = English). The wording follows the articles the product is built on: a complaint is a gap
between what was expected and what was obtained; the client's own words are kept; apologies
are brief and made in person; the origin is explained in a few factual sentences; the
solution is co-built; a commercial gesture and a lesson follow.

Placeholders filled by the generator: ``{milestone}``, ``{deliverable}``, ``{scope}``,
``{due}``, ``{spoke}``, ``{peer}``, ``{origin}``, ``{resolution}``, ``{lessons}``,
``{gesture}``, ``{key}``, ``{date}``, ``{subject}``.
"""

from __future__ import annotations

from dataclasses import dataclass

Bi = tuple[str, str]

FR = 0
EN = 1

FRENCH_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


# --- The consultant ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ConsultantIdentity:
    name: str
    company: str
    address: str
    registration: str
    email: str
    phone: str
    city: str


CONSULTANT = ConsultantIdentity(
    name="Claire Morel",
    company="Morel Conseil",
    address="8 quai Saint-Vincent\n69001 Lyon",
    registration="SIRET 852 147 963 00018",
    email="claire.morel@morel-conseil.fr",
    phone="+33 4 78 27 41 90",
    city="Lyon",
)

# People who work on missions with the consultant: (name, role fr, role en).
TEAM: tuple[tuple[str, str, str], ...] = (
    ("Julien Garnier", "Consultant junior", "Junior consultant"),
    ("Inès Haddad", "Experte data (sous-traitante)", "Data specialist (subcontractor)"),
    ("Thomas Weber", "Expert cybersécurité", "Cybersecurity expert"),
    ("Sophie Marchand", "Formatrice", "Trainer"),
    ("Karim Benali", "Chef de projet", "Project manager"),
)

# Senior peers the consultant talks to before calling an unhappy client back.
PEERS = (
    "Bernard Fayolle",
    "Martine Oudin",
    "Yves Castel",
    "Nathalie Roux",
)

MEDIATORS = (
    "Maître Anne Vasseur, médiatrice agréée",
    "Jean-Luc Prévost, médiateur inscrit auprès de la cour d'appel",
    "Dominique Arnaud, médiatrice CNMA",
    "Patricia Lenoir, médiatrice professionnelle",
)
MEDIATORS_EN = (
    "Helen Carter, accredited commercial mediator",
    "Declan Walsh, Mediators' Institute of Ireland",
    "Rachel Hughes, CEDR accredited mediator",
)


# --- Countries, places and names ---------------------------------------------------------------


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


COUNTRIES: tuple[Country, ...] = (
    Country(
        code="FR",
        language=FR,
        label="France",
        currency="EUR",
        weight=0.46,
        cities=(
            ("69003", "Lyon", "+33 4 ## ## ## ##"),
            ("75011", "Paris", "+33 1 ## ## ## ##"),
            ("75008", "Paris", "+33 1 ## ## ## ##"),
            ("13006", "Marseille", "+33 4 ## ## ## ##"),
            ("44000", "Nantes", "+33 2 ## ## ## ##"),
            ("33000", "Bordeaux", "+33 5 ## ## ## ##"),
            ("59000", "Lille", "+33 3 ## ## ## ##"),
            ("31000", "Toulouse", "+33 5 ## ## ## ##"),
            ("35000", "Rennes", "+33 2 ## ## ## ##"),
            ("67000", "Strasbourg", "+33 3 ## ## ## ##"),
            ("38000", "Grenoble", "+33 4 ## ## ## ##"),
            ("34000", "Montpellier", "+33 4 ## ## ## ##"),
            ("42000", "Saint-Étienne", "+33 4 ## ## ## ##"),
            ("25000", "Besançon", "+33 3 ## ## ## ##"),
            ("49000", "Angers", "+33 2 ## ## ## ##"),
            ("63000", "Clermont-Ferrand", "+33 4 ## ## ## ##"),
            ("45000", "Orléans", "+33 2 ## ## ## ##"),
            ("74000", "Annecy", "+33 4 ## ## ## ##"),
            ("13100", "Aix-en-Provence", "+33 4 ## ## ## ##"),
            ("21000", "Dijon", "+33 3 ## ## ## ##"),
        ),
        streets=(
            "rue de la République",
            "avenue Jean-Jaurès",
            "boulevard Voltaire",
            "rue Émile-Zola",
            "rue Nationale",
            "rue de l'Église",
            "avenue du Général-Leclerc",
            "allée des Tilleuls",
            "chemin des Écoliers",
            "rue Pasteur",
            "rue Victor-Hugo",
            "place de la Mairie",
            "rue des Écoles",
            "impasse des Lilas",
            "rue du Moulin",
        ),
        places=(),
        registration="SIRET ### ### ### #####",
        postcode_suffix="",
        address="{number} {street}\n{postcode} {city}",
        domain="fr",
        legal_forms=("SAS", "SARL", "SA", "SASU", "EURL", "SCOP"),
        applicable_law="Droit français",
        court="Tribunal de commerce de {city}",
        late_payment=(
            "Paiement à 30 jours fin de mois. Tout retard entraîne des pénalités au taux de "
            "trois fois le taux d'intérêt légal et une indemnité forfaitaire de 40 € pour frais "
            "de recouvrement (article L441-10 du Code de commerce)."
        ),
        daily_rates=(550, 1300),
    ),
    Country(
        code="BE",
        language=FR,
        label="Belgique",
        currency="EUR",
        weight=0.09,
        cities=(
            ("1000", "Bruxelles", "+32 2 ### ## ##"),
            ("4000", "Liège", "+32 4 ### ## ##"),
            ("5000", "Namur", "+32 81 ## ## ##"),
            ("6000", "Charleroi", "+32 71 ## ## ##"),
            ("7000", "Mons", "+32 65 ## ## ##"),
            ("1348", "Louvain-la-Neuve", "+32 10 ## ## ##"),
            ("1300", "Wavre", "+32 10 ## ## ##"),
        ),
        streets=(
            "rue de la Station",
            "rue de l'Église",
            "avenue des Tilleuls",
            "chaussée de Bruxelles",
            "rue du Commerce",
            "place Communale",
            "rue des Écoles",
        ),
        places=(),
        registration="BE 0###.###.###",
        postcode_suffix="",
        address="{Street} {number}\n{postcode} {city}\nBelgique",
        domain="be",
        legal_forms=("SRL", "SA", "SC"),
        applicable_law="Droit belge",
        court="Tribunal de l'entreprise de {city}",
        late_payment=(
            "Paiement à 30 jours date de facture. Intérêts de retard au taux prévu par la loi "
            "du 2 août 2002 concernant la lutte contre le retard de paiement, et indemnité "
            "forfaitaire de 40 €."
        ),
        daily_rates=(600, 1250),
    ),
    Country(
        code="QC",
        language=FR,
        label="Canada",
        currency="CAD",
        weight=0.09,
        cities=(
            ("H2X", "Montréal", "+1 514 555 01##"),
            ("H3B", "Montréal", "+1 514 555 01##"),
            ("G1R", "Québec", "+1 418 555 01##"),
            ("J1H", "Sherbrooke", "+1 819 555 01##"),
            ("G9A", "Trois-Rivières", "+1 819 555 01##"),
            ("J8X", "Gatineau", "+1 819 555 01##"),
            ("H7N", "Laval", "+1 450 555 01##"),
        ),
        streets=(
            "rue Principale",
            "rue Notre-Dame",
            "rue Saint-Joseph",
            "boulevard Industriel",
            "avenue des Pins",
            "rue de l'Église",
            "rue Saint-Georges",
        ),
        places=(),
        registration="NEQ 11########",
        postcode_suffix=" #@#",
        address="{number}0, {street}\n{city} (Québec)  {postcode}\nCanada",
        domain="ca",
        legal_forms=("inc.", "ltée", "S.E.N.C."),
        applicable_law="Droit québécois",
        court="Cour du Québec, district de {city}",
        late_payment=(
            "Paiement à 30 jours. Tout solde impayé porte intérêt au taux de 1,5 % par mois "
            "(18 % par année) à compter de la date d'échéance."
        ),
        daily_rates=(800, 1500),
    ),
    Country(
        code="CH",
        language=FR,
        label="Suisse",
        currency="CHF",
        weight=0.07,
        cities=(
            ("1204", "Genève", "+41 22 ### ## ##"),
            ("1003", "Lausanne", "+41 21 ### ## ##"),
            ("2000", "Neuchâtel", "+41 32 ### ## ##"),
            ("1700", "Fribourg", "+41 26 ### ## ##"),
            ("1950", "Sion", "+41 27 ### ## ##"),
        ),
        streets=(
            "rue de la Gare",
            "avenue de la Gare",
            "rue du Lac",
            "chemin des Vignes",
            "rue du Marché",
            "Grand-Rue",
            "rue de l'Industrie",
        ),
        places=(),
        registration="CHE-###.###.###",
        postcode_suffix="",
        address="{Street} {number}\n{postcode} {city}\nSuisse",
        domain="ch",
        legal_forms=("SA", "Sàrl"),
        applicable_law="Droit suisse",
        court="Tribunal de première instance de {city}",
        late_payment=(
            "Paiement à 30 jours net. En cas de retard, intérêt moratoire de 5 % l'an "
            "(article 104 du Code des obligations)."
        ),
        daily_rates=(1000, 1700),
    ),
    Country(
        code="GB",
        language=EN,
        label="United Kingdom",
        currency="GBP",
        weight=0.19,
        cities=(
            ("EC1V", "London", "+44 20 7946 0###"),
            ("SE1", "London", "+44 20 7946 0###"),
            ("M1", "Manchester", "+44 161 496 0###"),
            ("LS1", "Leeds", "+44 113 496 0###"),
            ("BS1", "Bristol", "+44 117 496 0###"),
            ("EH2", "Edinburgh", "+44 131 496 0###"),
            ("B3", "Birmingham", "+44 121 496 0###"),
            ("G2", "Glasgow", "+44 141 496 0###"),
            ("NE1", "Newcastle upon Tyne", "+44 191 498 0###"),
        ),
        streets=(
            "High Street",
            "Station Road",
            "Church Lane",
            "Victoria Street",
            "King Street",
            "Mill Lane",
            "Park Row",
            "George Street",
            "Queen's Road",
        ),
        places=(
            "Harbour",
            "Northgate",
            "Riverside",
            "Kingsway",
            "Meadowbank",
            "Greenfield",
            "Thistle",
            "Avonside",
            "Pennine",
            "Wessex",
        ),
        registration="Company No. 0#######",
        postcode_suffix=" #@@",
        address="{number} {street}\n{city}\n{postcode}\nUnited Kingdom",
        domain="co.uk",
        legal_forms=("Ltd", "plc", "LLP"),
        applicable_law="Law of England and Wales",
        court="Courts of England and Wales ({city})",
        late_payment=(
            "Payment within 30 days of invoice. Late payment bears statutory interest at 8 % "
            "above the Bank of England base rate and fixed compensation under the Late "
            "Payment of Commercial Debts (Interest) Act 1998."
        ),
        daily_rates=(500, 1100),
    ),
    Country(
        code="IE",
        language=EN,
        label="Ireland",
        currency="EUR",
        weight=0.10,
        cities=(
            ("D02", "Dublin", "+353 1 ### ####"),
            ("D18", "Dublin", "+353 1 ### ####"),
            ("T12", "Cork", "+353 21 ### ####"),
            ("H91", "Galway", "+353 91 ### ####"),
            ("V94", "Limerick", "+353 61 ### ####"),
            ("X91", "Waterford", "+353 51 ### ####"),
        ),
        streets=(
            "Main Street",
            "Church Street",
            "Bridge Street",
            "Castle Street",
            "Mill Road",
            "Strand Road",
            "Station Road",
        ),
        places=(
            "Liffey",
            "Shannon",
            "Corrib",
            "Slaney",
            "Burren",
            "Lee Valley",
            "Atlantic",
            "Wicklow",
        ),
        registration="CRO ######",
        postcode_suffix=" @###",
        address="{number} {street}\n{city}\n{postcode}\nIreland",
        domain="ie",
        legal_forms=("Ltd", "DAC", "CLG"),
        applicable_law="Law of Ireland",
        court="Courts of Ireland ({city})",
        late_payment=(
            "Payment within 30 days of invoice. Late payment bears interest at the ECB "
            "reference rate plus 8 % and fixed compensation under the European Communities "
            "(Late Payment in Commercial Transactions) Regulations 2012."
        ),
        daily_rates=(550, 1150),
    ),
)

# (first name, "f" or "m")
FRENCH_FIRST_NAMES: tuple[tuple[str, str], ...] = (
    ("Hélène", "f"),
    ("Frédéric", "m"),
    ("Jérôme", "m"),
    ("Agnès", "f"),
    ("Cécile", "f"),
    ("Benoît", "m"),
    ("Zoé", "f"),
    ("Noémie", "f"),
    ("Loïc", "m"),
    ("Gaël", "m"),
    ("Anaïs", "f"),
    ("Maëlle", "f"),
    ("Joël", "m"),
    ("François", "m"),
    ("Stéphane", "m"),
    ("Élodie", "f"),
    ("Grégoire", "m"),
    ("Valérie", "f"),
    ("Thérèse", "f"),
    ("Rémi", "m"),
    ("Sébastien", "m"),
    ("Béatrice", "f"),
    ("Amélie", "f"),
    ("Mathéo", "m"),
    ("Léa", "f"),
    ("Théo", "m"),
    ("Inès", "f"),
    ("Aurélien", "m"),
    ("Geneviève", "f"),
    ("Étienne", "m"),
)
FRENCH_SURNAMES = (
    "Lefèvre",
    "Dubois",
    "Moreau",
    "Girard",
    "Bérenger",
    "Rousseau",
    "Faure",
    "Mercier",
    "Chevalier",
    "Lemaître",
    "Gauthier",
    "Perrin",
    "Brunet",
    "Roussel",
    "Caron",
    "Dupré",
    "Fournier",
    "Lambert",
    "Ménard",
    "Barthélemy",
    "Nguyen",
    "Da Silva",
    "Benhamou",
    "Lévêque",
    "Delacroix",
)
QUEBEC_SURNAMES = (
    "Tremblay",
    "Gagnon",
    "Bélanger",
    "Côté",
    "Pelletier",
    "Lévesque",
    "Bouchard",
    "Gauthier",
    "Ouellet",
    "Thériault",
)
BELGIAN_SURNAMES = (
    "Peeters",
    "Janssens",
    "Dumont",
    "Desmet",
    "Lambrechts",
    "Wauters",
    "Dubois",
    "Lejeune",
    "Mertens",
    "Claes",
)
SWISS_SURNAMES = (
    "Favre",
    "Rochat",
    "Bonvin",
    "Pittet",
    "Monnier",
    "Jaquet",
    "Vuilleumier",
)
ENGLISH_FIRST_NAMES: tuple[tuple[str, str], ...] = (
    ("Oliver", "m"),
    ("Amelia", "f"),
    ("Harry", "m"),
    ("Sophie", "f"),
    ("James", "m"),
    ("Charlotte", "f"),
    ("William", "m"),
    ("Emily", "f"),
    ("George", "m"),
    ("Isla", "f"),
    ("Thomas", "m"),
    ("Grace", "f"),
    ("Daniel", "m"),
    ("Hannah", "f"),
    ("Rebecca", "f"),
    ("Matthew", "m"),
)
IRISH_FIRST_NAMES: tuple[tuple[str, str], ...] = (
    ("Siobhán", "f"),
    ("Seán", "m"),
    ("Aoife", "f"),
    ("Ciarán", "m"),
    ("Niamh", "f"),
    ("Pádraig", "m"),
    ("Orla", "f"),
    ("Eoin", "m"),
)
ENGLISH_SURNAMES = (
    "Smith",
    "Taylor",
    "Brown",
    "Wilson",
    "Evans",
    "Thompson",
    "Walker",
    "Hughes",
    "Patel",
    "Clarke",
    "Wright",
    "Robinson",
    "Khan",
    "Hall",
    "Edwards",
)
IRISH_SURNAMES = (
    "Murphy",
    "Kelly",
    "O'Sullivan",
    "Walsh",
    "O'Brien",
    "Byrne",
    "Ryan",
    "O'Connor",
    "Ó Briain",
    "McCarthy",
)

# Company name patterns: {surname} and {place} are filled in.
FRENCH_COMPANY_PATTERNS = (
    "Boulangerie {surname}",
    "Transports {surname}",
    "{surname} & Fils",
    "Groupe {surname}",
    "Cabinet {surname}",
    "Laboratoires {surname}",
    "Atelier {surname}",
    "Menuiserie {surname}",
    "Imprimerie {surname}",
    "Éditions du {place}",
    "Brasserie du {place}",
    "Clinique vétérinaire des {place2}",
    "Coopérative agricole du {place}",
    "Hôtel des {place2}",
    "Mutuelle du {place}",
    "Fromagerie {surname}",
    "Domaine {surname}",
    "Garage {surname}",
    "Pharmacie du {place}",
    "Bureau d'études {surname}",
)
FRENCH_PLACES = (
    "Vieux-Port",
    "Mont-Blanc",
    "Val de Loire",
    "Lac",
    "Parc",
    "Rhône",
    "Vercors",
    "Jura",
    "Beffroi",
    "Plateau",
    "Marché",
    "Pays basque",
)
FRENCH_PLACES_PLURAL = ("Tilleuls", "Érables", "Halles", "Remparts", "Écluses", "Vignes")
ENGLISH_COMPANY_PATTERNS = (
    "{surname} & Partners",
    "{place} Logistics",
    "{surname} Engineering",
    "{place} Foods",
    "{surname} Architects",
    "{surname} Brothers",
    "{place} Digital",
    "{surname} Analytics",
    "{place} Veterinary Group",
    "{surname} Print Works",
    "{place} Brewing Company",
    "{place} Facilities Management",
    "{surname} Accountants",
)

# (French for a woman, French for a man, English)
CONTACT_ROLES: tuple[tuple[str, str, str], ...] = (
    ("Directrice générale", "Directeur général", "Managing Director"),
    (
        "Directrice administrative et financière",
        "Directeur administratif et financier",
        "Finance Director",
    ),
    ("Responsable des ressources humaines", "Responsable des ressources humaines", "Head of HR"),
    ("Cheffe de projet", "Chef de projet", "Project Manager"),
    ("Directrice marketing", "Directeur marketing", "Marketing Director"),
    ("Responsable des achats", "Responsable des achats", "Procurement Lead"),
    ("Responsable des opérations", "Responsable des opérations", "Operations Manager"),
    (
        "Directrice des systèmes d'information",
        "Directeur des systèmes d'information",
        "Chief Information Officer",
    ),
    ("Assistante de direction", "Assistant de direction", "Executive Assistant"),
    ("Responsable qualité", "Responsable qualité", "Quality Manager"),
    ("Gérante", "Gérant", "Owner"),
)

CLIENT_NOTES: tuple[Bi, ...] = (
    (
        "Client exigeant sur les délais ; préfère le téléphone au courriel.",
        "Demanding on deadlines; prefers phone to email.",
    ),
    (
        "Décisions prises en comité de direction le premier lundi du mois.",
        "Decisions are taken at the board meeting on the first Monday of the month.",
    ),
    (
        "Recommandé par un ancien client. Très attaché aux comptes rendus écrits.",
        "Referred by a former client. Values written meeting reports.",
    ),
    (
        "Budget serré ; valider tout dépassement par écrit avant de l'engager.",
        "Tight budget; get written approval before any overrun.",
    ),
    (
        "Interlocutrice principale souvent en déplacement : prévoir une suppléante.",
        "Main contact travels a lot: agree on a deputy.",
    ),
    ("", ""),
    ("", ""),
)


# --- Missions ----------------------------------------------------------------------------------


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


MISSIONS: tuple[MissionTemplate, ...] = (
    MissionTemplate(
        title=("Refonte du site e-commerce", "E-commerce website redesign"),
        summary=(
            "Cadrer et piloter la refonte du site marchand avec l'agence retenue.",
            "Scope and steer the online shop redesign with the chosen agency.",
        ),
        objectives=(
            "Moderniser le site marchand et simplifier le parcours d'achat.",
            "Modernise the online shop and simplify the checkout journey.",
        ),
        benefits=(
            "Taux de conversion porté de 1,2 % à 2 % ; panier moyen en hausse.",
            "Conversion rate from 1.2 % to 2 %; higher average basket.",
        ),
        risks=(
            "Disponibilité de l'agence de développement ; migration du catalogue produits.",
            "Availability of the development agency; product catalogue migration.",
        ),
        success=(
            "Mise en ligne avant les soldes d'été ; conversion d'au moins 1,8 % à trois mois.",
            "Live before the summer sales; conversion of at least 1.8 % after three months.",
        ),
        scope_in=(
            (
                "Audit de l'existant et des parcours clients",
                "Audit of the current site and customer journeys",
            ),
            ("Maquettes des douze pages clés", "Mock-ups of the twelve key pages"),
            (
                "Cahier des charges pour l'agence de développement",
                "Specifications for the development agency",
            ),
            ("Recette fonctionnelle avant mise en ligne", "Acceptance testing before go-live"),
        ),
        scope_out=(
            ("Développement et hébergement du site", "Development and hosting of the site"),
            ("Rédaction des fiches produits", "Writing product descriptions"),
            ("Achat d'espace publicitaire", "Buying advertising space"),
        ),
        milestones=(
            (("Audit des parcours", "Journey audit"), ("Rapport d'audit", "Audit report")),
            (
                ("Maquettes validées", "Approved mock-ups"),
                ("Maquettes des pages clés", "Key page mock-ups"),
            ),
            (
                ("Cahier des charges", "Specifications"),
                ("Cahier des charges signé", "Signed specifications"),
            ),
            (("Recette", "Acceptance"), ("Procès-verbal de recette", "Acceptance report")),
        ),
        data_to_provide=(
            "Statistiques de fréquentation des douze derniers mois ; export du catalogue.",
            "Traffic statistics for the last twelve months; catalogue export.",
        ),
        access=(
            "Accès en lecture à l'outil d'analyse d'audience et au back-office.",
            "Read access to the web analytics tool and the back office.",
        ),
    ),
    MissionTemplate(
        title=("Audit RH", "HR audit"),
        summary=(
            "Diagnostic des processus RH et plan d'action priorisé.",
            "Review of HR processes and a prioritised action plan.",
        ),
        objectives=(
            "Établir un état des lieux des pratiques RH et de leur conformité.",
            "Take stock of HR practices and their compliance.",
        ),
        benefits=(
            "Réduction du turnover ; processus de recrutement et d'intégration clarifiés.",
            "Lower staff turnover; clearer recruitment and onboarding.",
        ),
        risks=(
            "Climat social tendu ; disponibilité des managers pour les entretiens.",
            "Tense labour relations; managers' availability for interviews.",
        ),
        success=(
            "Plan d'action validé par le comité de direction ; douze entretiens menés.",
            "Action plan approved by the leadership team; twelve interviews held.",
        ),
        scope_in=(
            (
                "Revue des processus de recrutement et d'intégration",
                "Review of recruitment and onboarding",
            ),
            ("Entretiens avec douze managers", "Interviews with twelve managers"),
            ("Analyse du bilan social", "Analysis of the workforce report"),
            ("Plan d'action priorisé", "Prioritised action plan"),
        ),
        scope_out=(
            ("Conseil juridique en droit du travail", "Employment law advice"),
            ("Recrutements eux-mêmes", "Carrying out recruitments"),
            (
                "Négociation avec les représentants du personnel",
                "Negotiation with staff representatives",
            ),
        ),
        milestones=(
            (("Lancement", "Kick-off"), ("Note de cadrage", "Scoping note")),
            (("Entretiens", "Interviews"), ("Synthèse des entretiens", "Interview summary")),
            (("Diagnostic", "Diagnosis"), ("Rapport de diagnostic RH", "HR diagnosis report")),
            (("Restitution", "Final presentation"), ("Plan d'action", "Action plan")),
        ),
        data_to_provide=(
            "Organigramme, fiches de poste, bilan social des trois dernières années.",
            "Organisation chart, job descriptions, workforce reports for three years.",
        ),
        access=(
            "Accès au système d'information RH en consultation.",
            "Read-only access to the HR information system.",
        ),
    ),
    MissionTemplate(
        title=("Feuille de route de la transformation numérique", "Digital transformation roadmap"),
        summary=(
            "Prioriser les chantiers numériques sur trois ans.",
            "Prioritise the digital initiatives over three years.",
        ),
        objectives=(
            "Définir une feuille de route numérique réaliste, chiffrée et partagée.",
            "Define a realistic, costed and shared digital roadmap.",
        ),
        benefits=(
            "Investissements priorisés ; gains de productivité mesurables dès la première année.",
            "Prioritised investment; measurable productivity gains in year one.",
        ),
        risks=(
            "Attentes divergentes entre directions ; dette technique mal connue.",
            "Diverging expectations between departments; poorly known technical debt.",
        ),
        success=(
            "Feuille de route adoptée par le comité de direction ; trois projets lancés.",
            "Roadmap adopted by the board; three projects started.",
        ),
        scope_in=(
            ("Cartographie des applications et des flux", "Map of applications and data flows"),
            ("Ateliers avec chaque direction", "Workshops with each department"),
            ("Feuille de route chiffrée sur trois ans", "Three-year costed roadmap"),
        ),
        scope_out=(
            ("Choix et achat des logiciels", "Software selection and purchase"),
            (
                "Pilotage des projets après la feuille de route",
                "Running the projects after the roadmap",
            ),
        ),
        milestones=(
            (
                ("État des lieux", "Current state"),
                ("Cartographie du système d'information", "Information system map"),
            ),
            (("Ateliers", "Workshops"), ("Comptes rendus d'ateliers", "Workshop reports")),
            (("Scénarios", "Options"), ("Note de scénarios", "Options paper")),
            (("Feuille de route", "Roadmap"), ("Feuille de route chiffrée", "Costed roadmap")),
        ),
        data_to_provide=(
            "Liste des applications, contrats de maintenance, budget informatique.",
            "Application inventory, maintenance contracts, IT budget.",
        ),
        access=(
            "Entretiens avec la DSI et les directions métiers.",
            "Interviews with IT and business departments.",
        ),
    ),
    MissionTemplate(
        title=("Audit de la fonction achats", "Procurement review"),
        summary=(
            "Diagnostic des achats et plan d'économies.",
            "Procurement diagnosis and savings plan.",
        ),
        objectives=(
            "Identifier les gisements d'économies et professionnaliser les achats.",
            "Find savings and professionalise purchasing.",
        ),
        benefits=(
            "5 à 8 % d'économies sur les achats indirects.",
            "5 to 8 % savings on indirect spend.",
        ),
        risks=("Données d'achats incomplètes.", "Incomplete spend data."),
        success=("Plan d'économies chiffré et validé.", "Costed and approved savings plan."),
        scope_in=(
            ("Analyse des dépenses sur deux exercices", "Spend analysis over two financial years"),
            (
                "Revue des dix premiers contrats fournisseurs",
                "Review of the top ten supplier contracts",
            ),
            ("Plan d'économies", "Savings plan"),
        ),
        scope_out=(
            ("Renégociation des contrats", "Renegotiating contracts"),
            ("Achats de production", "Direct (production) purchasing"),
        ),
        milestones=(
            (
                ("Collecte des données", "Data collection"),
                ("Base des dépenses consolidée", "Consolidated spend base"),
            ),
            (("Analyse", "Analysis"), ("Cartographie des dépenses", "Spend map")),
            (("Restitution", "Final presentation"), ("Plan d'économies", "Savings plan")),
        ),
        data_to_provide=(
            "Extractions comptables des achats ; contrats fournisseurs.",
            "Purchase ledger extracts; supplier contracts.",
        ),
        access=("Accès au module achats de l'ERP.", "Access to the ERP purchasing module."),
    ),
    MissionTemplate(
        title=("Mise en place d'un CRM", "CRM selection and roll-out"),
        summary=(
            "Choisir et déployer un outil de gestion de la relation client.",
            "Select and roll out a CRM.",
        ),
        objectives=(
            "Centraliser les informations clients et suivre les opportunités commerciales.",
            "Centralise customer data and track sales opportunities.",
        ),
        benefits=(
            "Visibilité sur le portefeuille ; relances commerciales systématiques.",
            "Pipeline visibility; systematic follow-ups.",
        ),
        risks=(
            "Adoption par les commerciaux ; qualité des données importées.",
            "Sales team adoption; quality of imported data.",
        ),
        success=(
            "80 % des commerciaux actifs dans l'outil à trois mois.",
            "80 % of salespeople active in the tool after three months.",
        ),
        scope_in=(
            ("Expression des besoins", "Requirements"),
            ("Comparatif de trois solutions", "Comparison of three solutions"),
            ("Accompagnement au déploiement et formation", "Roll-out support and training"),
        ),
        scope_out=(
            (
                "Licences et paramétrage technique par l'éditeur",
                "Licences and vendor configuration",
            ),
            ("Reprise manuelle des données", "Manual data entry"),
        ),
        milestones=(
            (("Besoins", "Requirements"), ("Cahier des besoins", "Requirements document")),
            (("Choix de l'outil", "Tool selection"), ("Grille comparative", "Comparison grid")),
            (("Formation", "Training"), ("Supports de formation", "Training material")),
            (("Bilan à trois mois", "Three-month review"), ("Bilan d'adoption", "Adoption review")),
        ),
        data_to_provide=(
            "Fichiers clients actuels ; processus commercial.",
            "Current customer files; sales process.",
        ),
        access=("Accès à l'environnement de test du CRM.", "Access to the CRM test environment."),
    ),
    MissionTemplate(
        title=("Stratégie de marque et positionnement", "Brand strategy refresh"),
        summary=(
            "Clarifier le positionnement et la plateforme de marque.",
            "Clarify positioning and the brand platform.",
        ),
        objectives=(
            "Redéfinir le positionnement face aux concurrents.",
            "Redefine positioning against competitors.",
        ),
        benefits=(
            "Message commercial cohérent ; notoriété accrue.",
            "Consistent sales message; stronger awareness.",
        ),
        risks=(
            "Désaccords internes sur l'identité de l'entreprise.",
            "Internal disagreement on the company's identity.",
        ),
        success=(
            "Plateforme de marque validée par la direction.",
            "Brand platform approved by management.",
        ),
        scope_in=(
            ("Étude des concurrents", "Competitor study"),
            ("Entretiens avec dix clients", "Interviews with ten customers"),
            ("Plateforme de marque", "Brand platform"),
        ),
        scope_out=(
            ("Création du logo et de la charte graphique", "Logo and visual identity design"),
            ("Campagnes publicitaires", "Advertising campaigns"),
        ),
        milestones=(
            (("Étude", "Study"), ("Synthèse concurrentielle", "Competitive summary")),
            (
                ("Entretiens clients", "Customer interviews"),
                ("Verbatims clients", "Customer verbatims"),
            ),
            (("Plateforme", "Platform"), ("Plateforme de marque", "Brand platform")),
        ),
        data_to_provide=(
            "Supports commerciaux actuels ; liste de clients à interroger.",
            "Current sales material; list of customers to interview.",
        ),
        access=("Présentation aux équipes commerciales.", "Session with the sales teams."),
    ),
    MissionTemplate(
        title=("Optimisation de la chaîne logistique", "Supply chain optimisation"),
        summary=(
            "Réduire les délais et les stocks de l'entrepôt.",
            "Cut lead times and warehouse stock.",
        ),
        objectives=(
            "Réduire les ruptures et les délais de livraison.",
            "Reduce stock-outs and delivery times.",
        ),
        benefits=(
            "Stock moyen réduit de 15 % ; taux de service supérieur à 97 %.",
            "Average stock down 15 %; service level above 97 %.",
        ),
        risks=(
            "Saisonnalité ; fiabilité des données de stock.",
            "Seasonality; reliability of stock data.",
        ),
        success=(
            "Délai moyen de livraison ramené sous 48 h.",
            "Average delivery time under 48 hours.",
        ),
        scope_in=(
            ("Cartographie des flux", "Flow mapping"),
            ("Analyse des stocks et des ruptures", "Stock and stock-out analysis"),
            ("Plan d'amélioration de l'entrepôt", "Warehouse improvement plan"),
        ),
        scope_out=(
            ("Choix du transporteur", "Carrier selection"),
            ("Travaux d'aménagement", "Building works"),
        ),
        milestones=(
            (("Observation terrain", "Site observation"), ("Cartographie des flux", "Flow map")),
            (("Analyse", "Analysis"), ("Rapport d'analyse des stocks", "Stock analysis report")),
            (("Plan d'action", "Action plan"), ("Plan d'amélioration", "Improvement plan")),
        ),
        data_to_provide=(
            "Historique des commandes et des stocks sur un an.",
            "One year of order and stock history.",
        ),
        access=(
            "Accès à l'entrepôt en horaires de nuit.",
            "Access to the warehouse during night shifts.",
        ),
    ),
    MissionTemplate(
        title=("Conduite du changement — nouvel ERP", "ERP change management"),
        summary=(
            "Accompagner les équipes dans le passage au nouvel ERP.",
            "Support the teams through the new ERP.",
        ),
        objectives=(
            "Réussir l'adoption du nouvel ERP par les équipes.",
            "Make the new ERP adopted by the teams.",
        ),
        benefits=(
            "Moins de ressaisies ; clôtures comptables plus rapides.",
            "Less re-keying; faster month-end closing.",
        ),
        risks=(
            "Résistance au changement ; calendrier de l'intégrateur.",
            "Resistance to change; integrator's schedule.",
        ),
        success=(
            "Aucune ressaisie manuelle trois mois après la bascule.",
            "No manual re-keying three months after go-live.",
        ),
        scope_in=(
            ("Plan de communication interne", "Internal communication plan"),
            ("Formation des utilisateurs clés", "Key-user training"),
            ("Suivi de l'adoption", "Adoption tracking"),
        ),
        scope_out=(
            ("Paramétrage de l'ERP", "ERP configuration"),
            ("Reprise des données", "Data migration"),
        ),
        milestones=(
            (
                ("Plan de changement", "Change plan"),
                ("Plan de conduite du changement", "Change management plan"),
            ),
            (("Formation", "Training"), ("Supports de formation", "Training material")),
            (("Bascule", "Go-live"), ("Dispositif d'assistance", "Support set-up")),
            (("Bilan", "Review"), ("Bilan d'adoption", "Adoption review")),
        ),
        data_to_provide=(
            "Planning de l'intégrateur ; liste des utilisateurs clés.",
            "Integrator's schedule; key-user list.",
        ),
        access=(
            "Accès à l'environnement de formation de l'ERP.",
            "Access to the ERP training environment.",
        ),
    ),
    MissionTemplate(
        title=("Accompagnement RGPD", "GDPR compliance programme"),
        summary=(
            "Mettre l'entreprise en conformité avec le RGPD.",
            "Bring the company into GDPR compliance.",
        ),
        objectives=(
            "Tenir un registre des traitements et corriger les écarts.",
            "Keep a record of processing and close the gaps.",
        ),
        benefits=(
            "Risque de sanction réduit ; confiance des clients.",
            "Lower risk of fines; customer trust.",
        ),
        risks=("Sous-traitants nombreux ; données dispersées.", "Many processors; scattered data."),
        success=(
            "Registre complet ; écarts majeurs corrigés en six mois.",
            "Complete record; major gaps closed in six months.",
        ),
        scope_in=(
            ("Registre des traitements", "Record of processing activities"),
            ("Revue des contrats de sous-traitance", "Review of processor contracts"),
            ("Sensibilisation des équipes", "Staff awareness session"),
        ),
        scope_out=(
            ("Mission de délégué à la protection des données", "Acting as Data Protection Officer"),
            ("Audit technique de sécurité", "Technical security audit"),
        ),
        milestones=(
            (("Inventaire", "Inventory"), ("Registre des traitements", "Record of processing")),
            (("Écarts", "Gaps"), ("Rapport d'écarts", "Gap report")),
            (
                ("Sensibilisation", "Awareness"),
                ("Support de sensibilisation", "Awareness material"),
            ),
        ),
        data_to_provide=(
            "Liste des logiciels et des sous-traitants.",
            "List of software and processors.",
        ),
        access=("Entretiens avec chaque service.", "Interviews with each department."),
    ),
    MissionTemplate(
        title=("Coaching de l'équipe de direction", "Leadership team coaching"),
        summary=(
            "Séances de coaching collectif du comité de direction.",
            "Group coaching of the leadership team.",
        ),
        objectives=(
            "Renforcer la cohésion et la prise de décision du comité.",
            "Strengthen cohesion and decision-making.",
        ),
        benefits=(
            "Décisions plus rapides ; réunions plus courtes.",
            "Faster decisions; shorter meetings.",
        ),
        risks=(
            "Disponibilité des membres ; tensions existantes.",
            "Members' availability; existing tensions.",
        ),
        success=(
            "Six séances tenues ; charte de fonctionnement adoptée.",
            "Six sessions held; team charter adopted.",
        ),
        scope_in=(
            ("Six séances collectives", "Six group sessions"),
            ("Deux entretiens individuels par membre", "Two one-to-one sessions per member"),
        ),
        scope_out=(
            ("Évaluation individuelle des performances", "Individual performance appraisal"),
            ("Recrutement", "Recruitment"),
        ),
        milestones=(
            (
                ("Entretiens initiaux", "Initial interviews"),
                ("Synthèse des attentes", "Expectations summary"),
            ),
            (("Mi-parcours", "Mid-point"), ("Bilan de mi-parcours", "Mid-point review")),
            (("Clôture", "Close"), ("Charte de fonctionnement", "Team charter")),
        ),
        data_to_provide=(
            "Agenda des comités ; organigramme.",
            "Board meeting calendar; organisation chart.",
        ),
        access=(
            "Salle de réunion réservée pour chaque séance.",
            "Meeting room booked for every session.",
        ),
    ),
    MissionTemplate(
        title=("Audit de cybersécurité", "Cybersecurity audit"),
        summary=("Évaluer l'exposition aux risques informatiques.", "Assess exposure to IT risks."),
        objectives=(
            "Mesurer le niveau de sécurité et prioriser les corrections.",
            "Measure security maturity and prioritise fixes.",
        ),
        benefits=(
            "Risque d'incident réduit ; exigences de l'assureur satisfaites.",
            "Lower incident risk; insurer's requirements met.",
        ),
        risks=("Interruption de service pendant les tests.", "Service interruption during tests."),
        success=(
            "Vulnérabilités critiques corrigées sous trente jours.",
            "Critical vulnerabilities fixed within thirty days.",
        ),
        scope_in=(
            (
                "Revue de configuration des postes et serveurs",
                "Workstation and server configuration review",
            ),
            ("Campagne de sensibilisation à l'hameçonnage", "Phishing awareness campaign"),
            ("Plan de remédiation", "Remediation plan"),
        ),
        scope_out=(
            (
                "Tests d'intrusion sur les applications tierces",
                "Penetration tests on third-party apps",
            ),
            ("Correction des failles", "Fixing the vulnerabilities"),
        ),
        milestones=(
            (("Revue", "Review"), ("Rapport de configuration", "Configuration report")),
            (("Sensibilisation", "Awareness"), ("Résultats de la campagne", "Campaign results")),
            (("Restitution", "Final presentation"), ("Plan de remédiation", "Remediation plan")),
        ),
        data_to_provide=(
            "Schéma du réseau ; liste des comptes à privilèges.",
            "Network diagram; list of privileged accounts.",
        ),
        access=(
            "Compte d'audit en lecture sur l'annuaire.",
            "Read-only audit account on the directory.",
        ),
    ),
    MissionTemplate(
        title=("Bilan carbone et plan de sobriété", "Carbon footprint assessment"),
        summary=(
            "Mesurer les émissions et bâtir un plan de réduction.",
            "Measure emissions and build a reduction plan.",
        ),
        objectives=(
            "Établir le bilan des émissions et un plan de réduction chiffré.",
            "Establish the emissions baseline and a costed plan.",
        ),
        benefits=(
            "Réponse aux appels d'offres exigeants ; économies d'énergie.",
            "Meet tender requirements; energy savings.",
        ),
        risks=("Données fournisseurs manquantes.", "Missing supplier data."),
        success=(
            "Bilan publié ; plan de réduction de 20 % sur trois ans.",
            "Baseline published; 20 % reduction plan over three years.",
        ),
        scope_in=(
            ("Collecte des données d'activité", "Activity data collection"),
            ("Calcul des émissions", "Emissions calculation"),
            ("Plan de réduction", "Reduction plan"),
        ),
        scope_out=(
            ("Certification par un tiers", "Third-party certification"),
            ("Achat de compensation carbone", "Buying carbon offsets"),
        ),
        milestones=(
            (("Collecte", "Collection"), ("Tableau de collecte", "Data collection sheet")),
            (("Calcul", "Calculation"), ("Bilan des émissions", "Emissions report")),
            (("Plan", "Plan"), ("Plan de réduction", "Reduction plan")),
        ),
        data_to_provide=(
            "Factures d'énergie ; déplacements ; achats.",
            "Energy bills; travel; purchases.",
        ),
        access=("Entretiens avec les services généraux.", "Interviews with facilities management."),
    ),
    MissionTemplate(
        title=("Réorganisation du service client", "Customer service reorganisation"),
        summary=(
            "Repenser l'organisation et les outils du service client.",
            "Redesign customer service organisation and tools.",
        ),
        objectives=(
            "Réduire le temps de réponse et les réclamations répétées.",
            "Cut response times and repeat complaints.",
        ),
        benefits=(
            "Réponse sous 24 h ; satisfaction client en hausse.",
            "Replies within 24 hours; higher satisfaction.",
        ),
        risks=(
            "Inquiétude des équipes ; pic d'activité saisonnier.",
            "Staff anxiety; seasonal peak.",
        ),
        success=(
            "Délai moyen de réponse inférieur à 24 h à trois mois.",
            "Average reply time under 24 hours after three months.",
        ),
        scope_in=(
            ("Analyse des réclamations", "Complaint analysis"),
            ("Nouvelle organisation", "New organisation"),
            ("Indicateurs de suivi", "Tracking indicators"),
        ),
        scope_out=(
            ("Choix d'un logiciel de centre d'appels", "Call-centre software selection"),
            (
                "Gestion des réclamations pendant la mission",
                "Handling complaints during the engagement",
            ),
        ),
        milestones=(
            (("Diagnostic", "Diagnosis"), ("Analyse des réclamations", "Complaint analysis")),
            (
                ("Organisation cible", "Target organisation"),
                ("Schéma d'organisation", "Organisation design"),
            ),
            (("Indicateurs", "Indicators"), ("Tableau de bord", "Dashboard")),
        ),
        data_to_provide=(
            "Historique des réclamations sur un an.",
            "One year of complaint history.",
        ),
        access=(
            "Écoute de conversations téléphoniques avec accord des équipes.",
            "Call listening with the team's consent.",
        ),
    ),
    MissionTemplate(
        title=("Business plan pour levée de fonds", "Fundraising business plan"),
        summary=(
            "Construire le business plan et préparer les rencontres investisseurs.",
            "Build the business plan and prepare investor meetings.",
        ),
        objectives=(
            "Présenter un business plan crédible aux investisseurs.",
            "Present a credible business plan to investors.",
        ),
        benefits=("Levée de fonds réalisée dans les délais.", "Funds raised on time."),
        risks=("Hypothèses de croissance contestées.", "Growth assumptions challenged."),
        success=(
            "Dossier complet remis avant le premier rendez-vous investisseur.",
            "Complete pack delivered before the first investor meeting.",
        ),
        scope_in=(
            ("Modèle financier sur cinq ans", "Five-year financial model"),
            ("Présentation investisseurs", "Investor deck"),
            ("Répétition du pitch", "Pitch rehearsal"),
        ),
        scope_out=(
            ("Recherche d'investisseurs", "Finding investors"),
            (
                "Conseil juridique sur le pacte d'actionnaires",
                "Legal advice on the shareholders' agreement",
            ),
        ),
        milestones=(
            (("Hypothèses", "Assumptions"), ("Note d'hypothèses", "Assumptions note")),
            (("Modèle financier", "Financial model"), ("Modèle financier", "Financial model")),
            (
                ("Dossier investisseurs", "Investor pack"),
                ("Présentation investisseurs", "Investor deck"),
            ),
        ),
        data_to_provide=(
            "Comptes des trois derniers exercices ; carnet de commandes.",
            "Last three years' accounts; order book.",
        ),
        access=(
            "Disponibilité du dirigeant pour deux répétitions.",
            "CEO available for two rehearsals.",
        ),
    ),
)


# --- Scoping terms -----------------------------------------------------------------------------

MATERIAL: tuple[Bi, ...] = (
    (
        "Ordinateur portable du consultant ; salle de réunion équipée d'un écran.",
        "Consultant's laptop; meeting room with a screen.",
    ),
    (
        "Bureau sur site deux jours par semaine ; accès au réseau invité.",
        "Desk on site two days a week; guest network access.",
    ),
    (
        "Matériel d'animation d'ateliers fourni par le consultant.",
        "Workshop material provided by the consultant.",
    ),
)
CLIENT_MEETINGS: tuple[Bi, ...] = (
    (
        "Présence de {contact} au lancement et aux comités de pilotage mensuels.",
        "{contact} attends the kick-off and the monthly steering meetings.",
    ),
    (
        "Un point hebdomadaire de 30 minutes avec {contact}.",
        "A weekly 30-minute check-in with {contact}.",
    ),
    (
        "Présence de la direction à la restitution finale ; {contact} aux ateliers.",
        "Management attends the final presentation; {contact} attends the workshops.",
    ),
)
# Working days, as the weekday codes the scoping terms store ("mon" ... "sun").
WORK_DAYS: tuple[str, ...] = ("mon,tue,wed,thu,fri", "mon,tue,wed,thu", "tue,wed,thu")
HOURS: tuple[tuple[str, str], ...] = (("09:00", "17:30"), ("08:30", "17:00"), ("09:30", "18:00"))
TRAVEL: tuple[Bi, ...] = (
    (
        "Déplacements hors agglomération refacturés au réel sur justificatifs.",
        "Travel outside the city re-invoiced at cost with receipts.",
    ),
    (
        "Deux déplacements par mois inclus ; au-delà, refacturés au réel.",
        "Two trips a month included; further trips at cost.",
    ),
    ("Aucun déplacement prévu : mission à distance.", "No travel planned: remote engagement."),
)
CHANGE_PROCEDURE: Bi = (
    "Toute demande hors périmètre fait l'objet d'un avenant chiffré, signé avant exécution. "
    "Le consultant répond à une demande de changement sous cinq jours ouvrés.",
    "Any request outside the scope is priced in a written amendment signed before the work "
    "starts. The consultant answers a change request within five working days.",
)
EXPENSES: tuple[Bi, ...] = (
    (
        "Frais de déplacement refacturés au réel sur justificatifs, plafonnés à 5 % des honoraires.",
        "Travel expenses at cost with receipts, capped at 5 % of fees.",
    ),
    ("Frais inclus dans le forfait.", "Expenses included in the fee."),
    (
        "Frais de mission refacturés au réel, sur accord préalable du client.",
        "Expenses at cost, with the client's prior approval.",
    ),
)
WITHDRAWAL: Bi = (
    "Chaque partie peut mettre fin à la mission par lettre recommandée avec un préavis de "
    "{days} jours. Les travaux réalisés restent dus ; une indemnité de {fee} est due en cas de "
    "résiliation par le client sans faute du consultant.",
    "Either party may end the engagement by written notice of {days} days. Work done remains "
    "payable; a fee of {fee} is due if the client terminates without fault of the consultant.",
)
AMICABLE: Bi = (
    "En cas de différend, les parties recherchent d'abord une solution amiable, par une "
    "réunion entre signataires dans les quinze jours suivant la demande de l'une d'elles. À "
    "défaut d'accord sous trente jours, elles recourent à la médiation avant toute action en "
    "justice.",
    "In case of dispute, the parties first seek an amicable settlement through a meeting of "
    "the signatories within fifteen days of either party's request. Failing agreement within "
    "thirty days, they go to mediation before any court action.",
)

# Payment schedules: (label, share %, due at: "signature" | "milestone:<n>" | "end" | "month")
SCHEDULES: tuple[tuple[tuple[Bi, int, str], ...], ...] = (
    (
        (("Acompte à la signature", "Deposit on signature"), 30, "signature"),
        (
            ("À la remise du livrable intermédiaire", "On delivery of the interim deliverable"),
            40,
            "milestone:1",
        ),
        (("Solde à la restitution finale", "Balance on final presentation"), 30, "end"),
    ),
    (
        (("Acompte à la signature", "Deposit on signature"), 50, "signature"),
        (("Solde à la fin de la mission", "Balance at the end of the engagement"), 50, "end"),
    ),
    (
        (("Acompte à la signature", "Deposit on signature"), 20, "signature"),
        (("Premier jalon", "First milestone"), 30, "milestone:0"),
        (("Deuxième jalon", "Second milestone"), 30, "milestone:1"),
        (("Solde", "Balance"), 20, "end"),
    ),
    (
        (("Mensualité 1", "Monthly instalment 1"), 25, "month"),
        (("Mensualité 2", "Monthly instalment 2"), 25, "month"),
        (("Mensualité 3", "Monthly instalment 3"), 25, "month"),
        (("Mensualité 4", "Monthly instalment 4"), 25, "month"),
    ),
    (
        (("Acompte à la commande", "Deposit on order"), 30, "signature"),
        (("Solde à réception du rapport", "Balance on receipt of the report"), 70, "end"),
    ),
)


# --- Episodes ----------------------------------------------------------------------------------


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


SCENARIOS: tuple[Scenario, ...] = (
    # Quality
    Scenario(
        "quality",
        "milestone",
        ("Livrable jugé générique", "Deliverable felt generic"),
        (
            "Un livrable « {deliverable} » adapté à notre contexte, exploitable tel quel par le comité de direction.",
            'A "{deliverable}" tailored to our situation, usable as it is by the leadership team.',
        ),
        (
            "Un document générique, avec des recommandations qui pourraient s'appliquer à n'importe quelle entreprise.",
            "A generic document whose recommendations could apply to any company.",
        ),
        (
            "Franchement, je m'attendais à mieux. On a l'impression d'un copier-coller d'une autre mission.",
            "Frankly, I expected better. It reads like a copy-and-paste from another job.",
        ),
        (
            "Le livrable a été rédigé à partir d'un modèle interne, sans relecture croisée avec les notes d'entretien.",
            "The deliverable was written from an internal template, without checking it against the interview notes.",
        ),
        (
            "Livrable repris avec trois recommandations chiffrées propres au client, relu avec lui avant envoi.",
            "Deliverable rewritten with three costed recommendations specific to the client, reviewed together before sending.",
        ),
        (
            "Un livrable se relit contre les notes d'entretien, pas seulement contre le modèle.",
            "A deliverable is checked against the interview notes, not just the template.",
        ),
        (
            "Relecture croisée des livrables par un pair avant envoi ; check-list « propre au client ».",
            'Peer review of every deliverable before sending; a "client-specific" checklist.',
        ),
    ),
    Scenario(
        "quality",
        "scope",
        ("Supports de formation obsolètes", "Outdated training material"),
        (
            "Des supports clairs et à jour pour « {scope} ».",
            'Clear, up-to-date material for "{scope}".',
        ),
        (
            "Des diapositives chargées, avec des captures d'écran de l'ancienne version du logiciel.",
            "Crowded slides with screenshots of the old software version.",
        ),
        (
            "Mes équipes ont décroché au bout d'une heure. Les écrans ne correspondent même plus à ce qu'on utilise.",
            "My team switched off after an hour. The screens don't even match what we use any more.",
        ),
        (
            "Les supports n'ont pas été mis à jour après la montée de version du logiciel en cours de mission.",
            "The material was not updated after the software upgrade during the engagement.",
        ),
        (
            "Supports refaits avec les écrans actuels et séance de rattrapage d'une demi-journée.",
            "Material redone with current screens and a half-day catch-up session.",
        ),
        (
            "Vérifier la version des outils du client juste avant chaque séance.",
            "Check the client's tool versions right before each session.",
        ),
        (
            "Revue des supports une semaine avant chaque formation, validée par le référent client.",
            "Material reviewed a week before each training, signed off by the client's lead.",
        ),
    ),
    Scenario(
        "quality",
        "scope",
        ("Analyse jugée superficielle", "Analysis felt shallow"),
        ("Une analyse approfondie : « {scope} ».", 'An in-depth analysis: "{scope}".'),
        (
            "Une analyse fondée sur trois entretiens au lieu des douze prévus.",
            "An analysis based on three interviews instead of the twelve planned.",
        ),
        (
            "Douze entretiens étaient prévus, vous en avez fait trois. Comment voulez-vous que je présente ça à mon conseil ?",
            "Twelve interviews were planned and you did three. How am I supposed to present this to my board?",
        ),
        (
            "Les entretiens n'ont pas pu être planifiés à temps et l'analyse a été livrée sans signaler cette limite.",
            "The interviews could not be scheduled in time and the analysis was delivered without flagging it.",
        ),
        (
            "Neuf entretiens complémentaires sur deux semaines ; analyse complétée sans surcoût.",
            "Nine more interviews over two weeks; analysis completed at no extra cost.",
        ),
        (
            "Une limite connue se signale avant la livraison, pas après.",
            "A known limitation is flagged before delivery, not after.",
        ),
        (
            "Avancement des entretiens partagé chaque semaine avec le client.",
            "Interview progress shared with the client every week.",
        ),
    ),
    # Delay
    Scenario(
        "delay",
        "milestone",
        ("Jalon « {milestone} » livré en retard", '"{milestone}" delivered late'),
        (
            "« {deliverable} » livré le {due}, comme prévu au contrat.",
            '"{deliverable}" delivered on {due}, as the contract says.',
        ),
        (
            "Une livraison avec huit jours de retard, sans prévenir.",
            "Delivery eight days late, without warning.",
        ),
        (
            "Le rapport devait arriver le {due}, on attend toujours. Je dois le présenter au comité lundi, je fais comment ?",
            "The report was due on {due} and we're still waiting. I have to present it to the board on Monday, what do I do?",
        ),
        (
            "Deux missions ont culminé la même semaine ; le risque de retard n'a pas été signalé au client.",
            "Two engagements peaked in the same week; the risk of delay was not flagged to the client.",
        ),
        (
            "Version intermédiaire remise sous 48 h pour le comité ; version finale une semaine plus tard, avec un point quotidien.",
            "Interim version within 48 hours for the board; final version a week later, with a daily check-in.",
        ),
        (
            "Un retard annoncé tôt est un désagrément ; découvert par le client, c'est une faute.",
            "A delay announced early is an inconvenience; discovered by the client, it is a failure.",
        ),
        (
            "Alerte au client dès qu'un jalon risque de glisser de plus de deux jours ; planning de charge tenu à jour.",
            "Warn the client as soon as a milestone may slip by more than two days; keep the workload plan current.",
        ),
    ),
    Scenario(
        "delay",
        "milestone",
        ("Ateliers reportés trois fois", "Workshops postponed three times"),
        (
            "Les ateliers du jalon « {milestone} » aux dates convenues.",
            'The "{milestone}" workshops on the agreed dates.',
        ),
        (
            "Trois reports successifs, annoncés la veille.",
            "Three postponements, each announced the day before.",
        ),
        (
            "Ça fait trois fois qu'on décale. Mes équipes ne vous prennent plus au sérieux.",
            "That's the third time we've rescheduled. My team no longer takes you seriously.",
        ),
        (
            "Le sous-traitant chargé de l'animation s'est désisté, sans solution de secours prévue.",
            "The subcontracted facilitator pulled out and there was no back-up plan.",
        ),
        (
            "Animation reprise par la consultante principale ; calendrier ferme des ateliers validé par écrit.",
            "The lead consultant runs the workshops; a firm calendar confirmed in writing.",
        ),
        (
            "Un atelier sous-traité sans suppléant est un risque non maîtrisé.",
            "A subcontracted workshop with no stand-in is an unmanaged risk.",
        ),
        (
            "Un animateur suppléant identifié pour chaque atelier sous-traité.",
            "A stand-in facilitator named for every subcontracted workshop.",
        ),
    ),
    Scenario(
        "delay",
        "obligation",
        ("Questions restées sans réponse", "Questions left unanswered"),
        (
            "Des réponses sous 48 h, comme le consultant l'exige lui-même de nous.",
            "Answers within 48 hours, as the consultant requires from us.",
        ),
        (
            "Des questions restées sans réponse plus d'une semaine.",
            "Questions left unanswered for over a week.",
        ),
        (
            "Je vous ai écrit trois fois la semaine dernière. Personne ne répond, c'est inadmissible.",
            "I wrote to you three times last week. Nobody answers. This is unacceptable.",
        ),
        (
            "Les messages arrivaient sur une adresse générique consultée de façon irrégulière pendant les déplacements.",
            "Messages went to a shared inbox that was checked irregularly while travelling.",
        ),
        (
            "Adresse et numéro directs communiqués ; réponse sous un jour ouvré.",
            "Direct email and phone number given; reply within one working day.",
        ),
        (
            "La réactivité promise au client doit être au moins égale à celle qu'on lui demande.",
            "The responsiveness we promise must at least match what we ask of the client.",
        ),
        (
            "Réponse automatique avec délai et contact de secours ; relève des messages chaque jour.",
            "Auto-reply with a timeframe and a back-up contact; inbox checked daily.",
        ),
    ),
    # Error
    Scenario(
        "error",
        "milestone",
        ("Chiffres erronés dans le rapport", "Wrong figures in the report"),
        ("Des chiffres fiables dans « {deliverable} ».", 'Reliable figures in "{deliverable}".'),
        (
            "Des tableaux qui reprennent les données de l'exercice précédent.",
            "Tables showing last year's figures.",
        ),
        (
            "Les chiffres de la page 12 sont faux, vous avez repris ceux de l'an dernier. Mon DAF l'a vu tout de suite, j'ai eu l'air de quoi ?",
            "The figures on page 12 are wrong, you used last year's. My finance director spotted it at once. How did that make me look?",
        ),
        (
            "Le fichier source de l'exercice précédent a été relié par erreur au tableau de synthèse.",
            "Last year's source file was linked to the summary table by mistake.",
        ),
        (
            "Rapport corrigé sous 24 h ; note rectificative adressée au DAF par la consultante.",
            "Report corrected within 24 hours; a correction note sent to the finance director by the consultant.",
        ),
        (
            "Les sources de chaque tableau doivent être datées et vérifiées avant export.",
            "Every table's sources must be dated and checked before export.",
        ),
        (
            "Contrôle des sources et des totaux par une seconde personne avant tout envoi de chiffres.",
            "A second person checks sources and totals before any figures are sent.",
        ),
    ),
    Scenario(
        "error",
        "obligation",
        ("Compte rendu confidentiel mal diffusé", "Confidential report sent to the wrong list"),
        (
            "Un compte rendu adressé aux seuls membres du comité.",
            "A report sent to the committee members only.",
        ),
        (
            "Le compte rendu confidentiel envoyé à toute la liste de diffusion du service.",
            "The confidential report sent to the whole department's mailing list.",
        ),
        (
            "Vous avez envoyé le compte rendu confidentiel à tout le service. Vous vous rendez compte de ce que ça provoque ici ?",
            "You sent the confidential report to the whole department. Do you realise what that has caused here?",
        ),
        (
            "La liste de diffusion proposée par la saisie automatique n'a pas été vérifiée avant l'envoi.",
            "The mailing list suggested by autocomplete was not checked before sending.",
        ),
        (
            "Demande de suppression aux destinataires ; message d'explication co-rédigé avec la direction.",
            "Recipients asked to delete it; an explanation written together with management.",
        ),
        (
            "Les envois confidentiels se vérifient destinataire par destinataire.",
            "Confidential mail is checked recipient by recipient.",
        ),
        (
            "Envoi différé de cinq minutes et liste fermée de destinataires pour les documents confidentiels.",
            "Five-minute send delay and a closed recipient list for confidential documents.",
        ),
    ),
    Scenario(
        "error",
        "scope",
        ("Planning de déploiement incohérent", "Inconsistent roll-out plan"),
        (
            "Un planning cohérent avec les effectifs pour « {scope} ».",
            'A plan consistent with staffing for "{scope}".',
        ),
        (
            "Un planning qui affecte le même chef d'équipe à deux sites le même jour.",
            "A plan sending the same team leader to two sites on the same day.",
        ),
        (
            "Votre planning envoie le même chef d'équipe sur deux sites le même jour. Il suffisait de relire.",
            "Your plan sends the same team leader to two sites on the same day. A simple read-through would have caught it.",
        ),
        (
            "Le planning a été construit avant la mise à jour des effectifs transmise par le client.",
            "The plan was built before the staffing update the client had sent.",
        ),
        (
            "Planning corrigé avec le chef d'équipe lui-même ; version validée par le client.",
            "Plan corrected with the team leader; the client approved the new version.",
        ),
        (
            "Toute donnée transmise par le client est intégrée avant de livrer.",
            "Every update from the client goes in before delivery.",
        ),
        (
            "Date de version des données du client notée sur chaque livrable.",
            "The date of the client's data version is written on every deliverable.",
        ),
    ),
    # Planning
    Scenario(
        "planning",
        "hours",
        ("Ateliers en pleine période d'inventaire", "Workshops during stocktaking"),
        (
            "Des ateliers hors des périodes de forte activité.",
            "Workshops outside the busy periods.",
        ),
        (
            "Des ateliers fixés en pleine période d'inventaire.",
            "Workshops set in the middle of stocktaking.",
        ),
        (
            "Vous avez calé les ateliers pendant nos inventaires, personne ne pourra venir.",
            "You scheduled the workshops during our stocktake. Nobody will be able to come.",
        ),
        (
            "Le calendrier des temps forts du client n'a pas été demandé au cadrage.",
            "The client's busy periods were not asked for at scoping.",
        ),
        (
            "Ateliers replanifiés la semaine suivante, en demi-journées.",
            "Workshops moved to the following week, as half-days.",
        ),
        (
            "Les temps forts du client font partie du cadrage.",
            "The client's busy periods belong in the scoping.",
        ),
        (
            "Demander le calendrier des temps forts au cadrage et le joindre au contrat.",
            "Ask for the busy-period calendar at scoping and attach it to the contract.",
        ),
    ),
    Scenario(
        "planning",
        "milestone",
        ("Planning modifié chaque semaine", "Plan changing every week"),
        (
            "Un planning de référence, stable, pour atteindre « {milestone} ».",
            'A stable reference plan to reach "{milestone}".',
        ),
        (
            "Un planning qui change d'une semaine à l'autre sans explication.",
            "A plan that changes from week to week without explanation.",
        ),
        (
            "Chaque lundi le planning a changé. Je ne peux plus organiser mes équipes.",
            "Every Monday the plan has changed. I can't organise my team any more.",
        ),
        (
            "Les changements étaient gérés au fil de l'eau, sans version de référence.",
            "Changes were handled on the fly, with no reference version.",
        ),
        (
            "Planning de référence gelé ; tout changement soumis à l'accord du client.",
            "Reference plan frozen; any change needs the client's approval.",
        ),
        (
            "Un planning sans version de référence n'est pas un planning.",
            "A plan with no reference version is not a plan.",
        ),
        (
            "Tout changement de planning fait l'objet d'un message daté et d'une nouvelle version.",
            "Every plan change comes with a dated message and a new version.",
        ),
    ),
    Scenario(
        "planning",
        "milestone",
        ("Restitution après la clôture budgétaire", "Final presentation after the budget deadline"),
        (
            "La restitution « {milestone} » avant la clôture budgétaire du {due}.",
            'The "{milestone}" presentation before the budget deadline of {due}.',
        ),
        (
            "Une restitution proposée après la clôture.",
            "A presentation offered after the deadline.",
        ),
        (
            "Si la restitution a lieu après le {due}, je perds mon budget de l'an prochain. Vous le saviez.",
            "If the presentation happens after {due}, I lose next year's budget. You knew that.",
        ),
        (
            "La contrainte budgétaire avait été évoquée oralement mais pas inscrite comme jalon.",
            "The budget constraint was mentioned orally but never written down as a milestone.",
        ),
        (
            "Restitution avancée de dix jours ; synthèse de deux pages pour le comité budgétaire.",
            "Presentation brought forward ten days; a two-page summary for the budget committee.",
        ),
        (
            "Une échéance évoquée par le client est un jalon, même si elle n'est pas écrite.",
            "A deadline the client mentions is a milestone, even if unwritten.",
        ),
        (
            "Toute échéance évoquée par le client devient un jalon écrit du cadrage.",
            "Every deadline the client mentions becomes a written milestone.",
        ),
    ),
    # Organisation
    Scenario(
        "organisation",
        "obligation",
        ("Intervenants non annoncés", "Unannounced staff on site"),
        (
            "Savoir qui intervient, quand et sur quel site.",
            "Knowing who comes, when and to which site.",
        ),
        (
            "Des intervenants différents d'une semaine à l'autre, sans annonce.",
            "Different people every week, without notice.",
        ),
        (
            "On ne sait jamais qui vient ni quand vous êtes sur site. Mon accueil refoule vos consultants.",
            "We never know who is coming or when you're on site. Reception keeps turning your people away.",
        ),
        (
            "Aucun calendrier de présence partagé ; la rotation des intervenants n'était pas annoncée.",
            "No shared attendance calendar; staff rotation was not announced.",
        ),
        (
            "Calendrier de présence mensuel envoyé à l'accueil et au référent ; un interlocuteur unique.",
            "Monthly attendance calendar sent to reception and the lead; a single point of contact.",
        ),
        (
            "Le client doit toujours savoir qui vient chez lui.",
            "The client must always know who is coming.",
        ),
        (
            "Calendrier de présence partagé dès le lancement de toute mission sur site.",
            "Shared attendance calendar from the kick-off of every on-site engagement.",
        ),
    ),
    Scenario(
        "organisation",
        "meetings",
        ("Réunions longues et sans ordre du jour", "Long meetings with no agenda"),
        (
            "Des réunions courtes, préparées, avec un ordre du jour.",
            "Short, prepared meetings with an agenda.",
        ),
        (
            "Des réunions de deux heures, sans ordre du jour ni compte rendu.",
            "Two-hour meetings with no agenda and no minutes.",
        ),
        (
            "Vos réunions durent deux heures et on ne sait jamais ce qui a été décidé.",
            "Your meetings last two hours and we never know what was decided.",
        ),
        (
            "Les réunions de suivi n'avaient ni modèle ni durée fixée au cadrage.",
            "Progress meetings had no template and no set length at scoping.",
        ),
        (
            "Ordre du jour la veille, réunions limitées à 45 minutes, compte rendu sous 24 h.",
            "Agenda the day before, 45-minute meetings, minutes within 24 hours.",
        ),
        (
            "Une réunion sans compte rendu n'a pas eu lieu.",
            "A meeting without minutes did not happen.",
        ),
        (
            "Modèle d'ordre du jour et de compte rendu pour toutes les réunions de suivi.",
            "Agenda and minutes template for every progress meeting.",
        ),
    ),
    Scenario(
        "organisation",
        "hours",
        ("Atelier sans salle ni matériel", "Workshop with no room or equipment"),
        (
            "Une salle et le matériel réservés à l'avance.",
            "A room and equipment booked in advance.",
        ),
        (
            "Un atelier démarré avec 40 minutes de retard, faute de salle et d'écran.",
            "A workshop starting 40 minutes late, with no room and no screen.",
        ),
        (
            "Quarante minutes perdues à chercher une salle devant quinze personnes. C'est gênant pour tout le monde.",
            "Forty minutes lost looking for a room in front of fifteen people. Embarrassing for everyone.",
        ),
        (
            "La réservation de la logistique n'était attribuée à personne, ni chez le client ni chez le consultant.",
            "Nobody, on either side, was in charge of booking the logistics.",
        ),
        (
            "Check-list logistique partagée ; réservation confirmée 48 h avant chaque atelier.",
            "Shared logistics checklist; booking confirmed 48 hours before each workshop.",
        ),
        ("La logistique a toujours un responsable nommé.", "Logistics always has a named owner."),
        (
            "Une ligne « logistique » avec un responsable nommé dans chaque cadrage.",
            'A "logistics" line with a named owner in every scoping.',
        ),
    ),
    # Result
    Scenario(
        "result",
        "scope",
        ("Aucun effet mesurable", "No measurable effect"),
        ("Une hausse mesurable après « {scope} ».", 'A measurable improvement after "{scope}".'),
        ("Aucun effet mesurable six mois plus tard.", "No measurable effect six months later."),
        (
            "Six mois après, les chiffres n'ont pas bougé. Où est le retour sur investissement ?",
            "Six months on, the numbers haven't moved. Where is the return on investment?",
        ),
        (
            "Les critères de succès n'avaient pas de valeur de départ mesurée ; le plan n'a été appliqué qu'en partie.",
            "The success criteria had no measured baseline; the plan was only partly applied.",
        ),
        (
            "Mesure de référence établie, plan resserré sur trois leviers, point de mesure à 90 jours offert.",
            "Baseline measured, plan narrowed to three levers, a free 90-day measurement review.",
        ),
        (
            "Un critère de succès sans valeur de départ ne prouve rien.",
            "A success criterion with no baseline proves nothing.",
        ),
        (
            "Chaque critère de succès a une valeur de départ, une cible et une date de mesure au cadrage.",
            "Every success criterion gets a baseline, a target and a measurement date at scoping.",
        ),
    ),
    Scenario(
        "result",
        "scope",
        ("Outil livré mais pas adopté", "Tool delivered but not adopted"),
        ("Un outil réellement utilisé par les équipes.", "A tool the teams actually use."),
        ("Un outil livré mais peu utilisé.", "A tool delivered but hardly used."),
        (
            "L'outil est là, mais personne ne s'en sert. Vous avez livré et vous êtes partis.",
            "The tool is there but nobody uses it. You delivered and left.",
        ),
        (
            "L'accompagnement après la livraison n'était pas prévu au périmètre.",
            "Support after delivery was not in the scope.",
        ),
        (
            "Deux demi-journées d'accompagnement sur le terrain et un référent interne formé.",
            "Two half-days of on-the-job support and a trained internal champion.",
        ),
        (
            "Livrer n'est pas faire adopter : l'après-livraison se cadre.",
            "Delivering is not adoption: the after-delivery phase must be scoped.",
        ),
        (
            "Phase d'accompagnement à l'adoption proposée dans chaque cadrage d'outil.",
            "An adoption phase offered in every tool scoping.",
        ),
    ),
    Scenario(
        "result",
        "scope",
        ("Recommandations hors budget", "Recommendations beyond the budget"),
        ("Des recommandations applicables avec nos moyens.", "Recommendations we can afford."),
        (
            "Des recommandations qui supposent un budget trois fois supérieur.",
            "Recommendations needing three times our budget.",
        ),
        (
            "Vos recommandations sont belles sur le papier, mais on n'a pas ce budget. On en fait quoi ?",
            "Your recommendations look good on paper, but we don't have that budget. What do we do with them?",
        ),
        (
            "Le budget disponible n'a pas été demandé avant la rédaction des recommandations.",
            "The available budget was not asked for before writing the recommendations.",
        ),
        (
            "Recommandations hiérarchisées en trois scénarios budgétaires.",
            "Recommendations ranked into three budget scenarios.",
        ),
        (
            "Le budget du client est une donnée d'entrée, pas une surprise de fin de mission.",
            "The client's budget is an input, not an end-of-engagement surprise.",
        ),
        (
            "Fourchette budgétaire demandée au cadrage et rappelée avant la restitution.",
            "Budget range asked at scoping and recalled before the final presentation.",
        ),
    ),
    # Communication
    Scenario(
        "communication",
        "meetings",
        ("Report appris par l'équipe", "Postponement learnt from the team"),
        ("Être prévenu en premier de tout changement.", "To be told first of any change."),
        ("Un report appris par les équipes.", "A postponement learnt from the team."),
        (
            "J'ai appris par mon équipe que l'atelier était reporté. J'aurais aimé être prévenu en premier.",
            "I heard from my team that the workshop was postponed. I would have liked to be told first.",
        ),
        (
            "L'information a été donnée aux participants avant le référent, pour gagner du temps.",
            "Participants were told before the client lead, to save time.",
        ),
        (
            "Règle convenue : toute information importante passe d'abord par {spoke}.",
            "Agreed rule: any important news goes to {spoke} first.",
        ),
        (
            "Le référent client est toujours le premier informé.",
            "The client lead is always the first to know.",
        ),
        (
            "Message écrit au référent avant toute annonce aux équipes.",
            "A written message to the lead before any announcement to the team.",
        ),
    ),
    Scenario(
        "communication",
        "meetings",
        ("Trois semaines sans nouvelles", "Three weeks without news"),
        ("Un point d'avancement chaque semaine.", "A weekly progress update."),
        ("Aucune nouvelle pendant trois semaines.", "No news for three weeks."),
        (
            "Trois semaines sans nouvelles. Je ne sais pas où en est la mission que je paie.",
            "Three weeks without news. I don't know where the job I'm paying for stands.",
        ),
        (
            "Le point hebdomadaire a sauté pendant une période de travail de fond, sans prévenir.",
            "The weekly update was dropped during a period of desk work, without notice.",
        ),
        (
            "Point hebdomadaire rétabli, même court ; tableau d'avancement partagé.",
            "Weekly update restored, even if short; shared progress tracker.",
        ),
        (
            "Le silence inquiète plus qu'une mauvaise nouvelle.",
            "Silence worries more than bad news.",
        ),
        (
            "Point hebdomadaire inscrit au cadrage et tenu même sans nouveauté.",
            "Weekly update written in the scoping and held even with nothing new.",
        ),
    ),
    Scenario(
        "communication",
        "milestone",
        ("Rapport trop jargonneux", "Report full of jargon"),
        (
            "« {deliverable} » lisible par le conseil d'administration.",
            'A "{deliverable}" the board can read.',
        ),
        ("Un rapport truffé de jargon et d'anglicismes.", "A report full of jargon."),
        (
            "Mon conseil d'administration n'a rien compris à votre rapport. Écrivez pour des gens normaux.",
            "My board didn't understand a word of your report. Write for normal people.",
        ),
        (
            "Le rapport a été écrit pour les équipes techniques, pas pour ses vrais lecteurs.",
            "The report was written for technical staff, not for its real readers.",
        ),
        (
            "Synthèse de deux pages en langage courant, présentée au conseil par la consultante.",
            "A two-page plain-language summary, presented to the board by the consultant.",
        ),
        (
            "Un livrable s'écrit pour celui qui décide.",
            "A deliverable is written for the decision-maker.",
        ),
        (
            "Lecteurs de chaque livrable nommés au cadrage.",
            "The readers of each deliverable named at scoping.",
        ),
    ),
    # Billing
    Scenario(
        "billing",
        "billing",
        ("Jours facturés non validés", "Unapproved days invoiced"),
        ("Une facture conforme au contrat signé.", "An invoice in line with the signed contract."),
        (
            "Une facture de 14 jours au lieu des 10 prévus, sans accord préalable.",
            "An invoice for 14 days instead of the 10 planned, without prior approval.",
        ),
        (
            "La facture compte 14 jours alors qu'on en avait prévu 10. Personne ne m'a demandé mon accord.",
            "The invoice shows 14 days when we planned 10. Nobody asked for my approval.",
        ),
        (
            "Des jours supplémentaires demandés oralement par un chef de service n'ont pas fait l'objet d'un avenant.",
            "Extra days requested orally by a department head were never put into an amendment.",
        ),
        (
            "Facture ramenée à 10 jours ; avenant proposé pour les 4 jours effectués, au choix du client.",
            "Invoice reduced to 10 days; an amendment offered for the 4 extra days, at the client's choice.",
        ),
        (
            "Pas de jour hors cadrage sans avenant signé, même à la demande du client.",
            "No day outside the scoping without a signed amendment, even when the client asks.",
        ),
        (
            "Procédure de changement rappelée au lancement et à chaque demande orale.",
            "Change procedure recalled at kick-off and at every oral request.",
        ),
    ),
    Scenario(
        "billing",
        "billing",
        ("Frais au-delà du plafond", "Expenses above the cap"),
        ("Des frais plafonnés comme convenu.", "Expenses capped as agreed."),
        ("Une note de frais qui dépasse le plafond de 5 %.", "An expense claim above the 5 % cap."),
        (
            "Des frais de taxi et d'hôtel à ce prix-là ? Ce n'est pas ce qu'on avait signé.",
            "Taxi and hotel costs at that price? That's not what we signed.",
        ),
        (
            "Le plafond de frais n'a pas été vérifié avant l'envoi de la facture.",
            "The expense cap was not checked before the invoice went out.",
        ),
        (
            "Frais ramenés au plafond ; détail des justificatifs transmis.",
            "Expenses brought back to the cap; receipts detailed.",
        ),
        (
            "Un plafond contractuel se vérifie à chaque facture.",
            "A contractual cap is checked on every invoice.",
        ),
        (
            "Contrôle automatique du plafond de frais avant émission de la facture.",
            "Expense cap checked before issuing each invoice.",
        ),
    ),
    Scenario(
        "billing",
        "billing",
        ("Relance pour une facture déjà payée", "Reminder for an invoice already paid"),
        (
            "Une relance seulement en cas d'impayé réel.",
            "A reminder only for invoices really unpaid.",
        ),
        (
            "Une facture envoyée en double, puis une relance alors qu'elle était réglée.",
            "An invoice sent twice, then a reminder although it was paid.",
        ),
        (
            "Vous me relancez pour une facture que j'ai payée il y a trois semaines. Vérifiez vos comptes avant d'écrire à ma comptabilité.",
            "You're chasing me for an invoice I paid three weeks ago. Check your books before writing to my accounts team.",
        ),
        (
            "Le paiement a été rapproché de la mauvaise facture dans le logiciel de comptabilité.",
            "The payment was matched against the wrong invoice in the accounting software.",
        ),
        (
            "Rapprochement corrigé ; courriel d'excuses au service comptable du client.",
            "Matching corrected; an apology email to the client's accounts team.",
        ),
        (
            "Une relance se prépare avec le relevé bancaire sous les yeux.",
            "A reminder is prepared with the bank statement at hand.",
        ),
        (
            "Rapprochement bancaire vérifié avant toute relance.",
            "Bank reconciliation checked before any reminder.",
        ),
    ),
    # Behaviour
    Scenario(
        "behaviour",
        "obligation",
        ("Ton condescendant en réunion", "Condescending tone in a meeting"),
        ("Une attitude respectueuse envers les équipes.", "Respect for the team."),
        ("Des remarques condescendantes en réunion.", "Condescending remarks in a meeting."),
        (
            "Votre consultant a pris mes équipes de haut en réunion ; plusieurs m'en ont parlé.",
            "Your consultant talked down to my team in the meeting; several of them told me.",
        ),
        (
            "Une tension en réunion a été mal gérée par un intervenant, sans recadrage sur le moment.",
            "Tension in the meeting was handled badly by a team member, with nobody stepping in.",
        ),
        (
            "Excuses aux équipes concernées ; intervenant remplacé pour la suite de la mission.",
            "Apologies to the team; the person replaced for the rest of the engagement.",
        ),
        ("La manière compte autant que le fond.", "How we say it matters as much as what we say."),
        (
            "Briefing des intervenants sur la culture du client ; débriefing après chaque atelier sensible.",
            "Brief the team on the client's culture; debrief after every sensitive workshop.",
        ),
    ),
    Scenario(
        "behaviour",
        "obligation",
        ("Manque de discrétion", "Lack of discretion"),
        ("La confidentialité sur nos difficultés.", "Confidentiality about our difficulties."),
        (
            "Une allusion à la situation du client devant une autre entreprise.",
            "A remark about the client's situation in front of another company.",
        ),
        (
            "On m'a rapporté que vous aviez parlé de nos difficultés chez un concurrent. Je n'ai plus confiance.",
            "I'm told you talked about our difficulties at a competitor's. I no longer trust you.",
        ),
        (
            "Un exemple « anonymisé » cité en formation était reconnaissable.",
            'An "anonymised" example used in a training session was recognisable.',
        ),
        (
            "Explication en face à face ; engagement écrit de confidentialité renforcé.",
            "Face-to-face explanation; a stronger written confidentiality commitment.",
        ),
        (
            "Un exemple n'est anonyme que s'il est méconnaissable.",
            "An example is only anonymous if it is unrecognisable.",
        ),
        (
            "Plus aucun exemple tiré d'une mission en cours dans les formations.",
            "No example from a current engagement in any training.",
        ),
    ),
    Scenario(
        "behaviour",
        "obligation",
        ("Échange téléphonique tendu", "Heated phone call"),
        ("Des échanges calmes, même en désaccord.", "Calm exchanges, even in disagreement."),
        (
            "Un ton sec au téléphone, un appel écourté.",
            "A curt tone on the phone, a call cut short.",
        ),
        (
            "Vous m'avez raccroché au nez. Je ne tolère pas qu'on me parle comme ça.",
            "You hung up on me. I won't be spoken to like that.",
        ),
        (
            "Appel pris entre deux rendez-vous, sans disponibilité pour écouter.",
            "Call taken between two meetings, with no time to listen.",
        ),
        (
            "Rendez-vous en personne, avec une médiatrice à la demande du client ; relation apaisée.",
            "An in-person meeting, with a mediator at the client's request; relationship calmed.",
        ),
        (
            "Ne pas prendre un appel difficile sans le temps de l'écouter.",
            "Don't take a difficult call without the time to listen.",
        ),
        (
            "Rappeler à un moment choisi plutôt que répondre pressé.",
            "Call back at a chosen time rather than answer in a hurry.",
        ),
    ),
)

# How the consultant acknowledges, per category (meeting reports).
ACKNOWLEDGED: dict[str, Bi] = {
    "quality": (
        "Le livrable n'était pas au niveau attendu ; c'est ma responsabilité.",
        "The deliverable was not up to standard; that is my responsibility.",
    ),
    "delay": (
        "Le retard n'a pas été annoncé à temps ; j'en assume la responsabilité.",
        "The delay was not announced in time; I take responsibility for it.",
    ),
    "error": (
        "L'erreur vient de chez nous ; je l'ai reconnue sans détour.",
        "The error is ours; I acknowledged it plainly.",
    ),
    "planning": (
        "Le planning n'a pas tenu compte de vos contraintes ; j'aurais dû les demander.",
        "The plan ignored your constraints; I should have asked for them.",
    ),
    "organisation": (
        "L'organisation de la mission vous a fait perdre du temps ; je le reconnais.",
        "The way the engagement was organised cost you time; I acknowledge it.",
    ),
    "result": (
        "Le résultat n'est pas celui que vous attendiez ; je l'entends.",
        "The result is not what you expected; I hear that.",
    ),
    "communication": (
        "Vous auriez dû être informé en premier ; c'est un manquement de ma part.",
        "You should have been told first; that was my failing.",
    ),
    "billing": (
        "La facture ne respectait pas le contrat ; je la corrige.",
        "The invoice did not follow the contract; I am correcting it.",
    ),
    "behaviour": (
        "Ce comportement n'est pas acceptable ; je vous présente mes excuses.",
        "That behaviour is not acceptable; I apologise.",
    ),
}


# --- Crises ------------------------------------------------------------------------------------


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


CRISES: tuple[CrisisTemplate, ...] = (
    CrisisTemplate(
        "MODELE",
        "error",
        ("Formule erronée dans le modèle de rapport", "Faulty formula in the report template"),
        (
            "Une formule erronée dans le modèle de rapport commun a faussé les totaux des rapports livrés à plusieurs clients la même semaine.",
            "A faulty formula in the shared report template skewed the totals of reports delivered to several clients in the same week.",
        ),
        (
            (
                "Les totaux ne correspondent à rien. Vous vérifiez vos documents avant de les envoyer ?",
                "The totals make no sense. Do you check your documents before sending them?",
            ),
            (
                "Mon comptable a trouvé une erreur de calcul dans votre rapport. Est-ce que le reste est juste ?",
                "My accountant found a calculation error in your report. Is the rest right?",
            ),
        ),
        (
            "Rapports recalculés et renvoyés à chaque client concerné sous 48 h, avec une note expliquant la correction.",
            "Reports recalculated and resent to every client affected within 48 hours, with a note explaining the fix.",
        ),
        (
            "Un modèle partagé est un point de défaillance unique : il se teste comme un logiciel.",
            "A shared template is a single point of failure: test it like software.",
        ),
        (
            "Jeu de test du modèle de rapport vérifié à chaque modification.",
            "A test set for the report template, checked at every change.",
        ),
    ),
    CrisisTemplate(
        "MESSAGERIE",
        "communication",
        ("Courriels frauduleux au nom du cabinet", "Fraudulent emails in the firm's name"),
        (
            "La messagerie du cabinet a été piratée : des courriels frauduleux demandant un changement de coordonnées bancaires ont été envoyés aux clients.",
            "The firm's mailbox was hacked: fraudulent emails asking for a change of bank details were sent to clients.",
        ),
        (
            (
                "On a reçu un courriel de votre part avec un nouveau RIB. Ma comptable a failli payer. C'est grave.",
                "We got an email from you with new bank details. My accountant nearly paid. This is serious.",
            ),
            (
                "Comment une chose pareille a-t-elle pu arriver ? Nos données sont-elles en sécurité chez vous ?",
                "How could this happen? Is our data safe with you?",
            ),
        ),
        (
            "Alerte envoyée à tous les clients par téléphone puis par courrier ; mots de passe changés, double authentification activée.",
            "Every client warned by phone then by letter; passwords changed, two-factor authentication turned on.",
        ),
        (
            "Prendre la parole en premier, sur tous les canaux, a limité les dégâts.",
            "Speaking first, on every channel, limited the damage.",
        ),
        (
            "Double authentification obligatoire ; coordonnées bancaires confirmées par téléphone uniquement.",
            "Mandatory two-factor authentication; bank details confirmed by phone only.",
        ),
    ),
    CrisisTemplate(
        "SOUSTRAITANT",
        "planning",
        ("Défaillance du sous-traitant formation", "Training subcontractor failure"),
        (
            "Le sous-traitant chargé des formations a cessé son activité du jour au lendemain : les sessions de plusieurs clients ont été annulées la veille.",
            "The training subcontractor ceased trading overnight: sessions at several clients were cancelled the day before.",
        ),
        (
            (
                "Trente personnes avaient bloqué leur journée. Annuler la veille, ce n'est pas sérieux.",
                "Thirty people had blocked out their day. Cancelling the day before is not serious.",
            ),
            (
                "On nous annonce l'annulation par un simple courriel. J'attendais au moins un appel.",
                "We were told by a bare email. I expected a call at least.",
            ),
        ),
        (
            "Sessions reprogrammées sous trois semaines avec une formatrice de l'équipe ; frais de salle remboursés.",
            "Sessions rescheduled within three weeks with an in-house trainer; room costs refunded.",
        ),
        (
            "Dépendre d'un seul sous-traitant sans solution de repli est un risque de crise.",
            "Depending on one subcontractor with no fallback is a crisis risk.",
        ),
        (
            "Deux prestataires qualifiés pour chaque type de formation ; carnet d'adresses d'experts à jour.",
            "Two qualified providers for each kind of training; an up-to-date address book of experts.",
        ),
    ),
    CrisisTemplate(
        "ABSENCE",
        "delay",
        ("Absence imprévue de la consultante principale", "Lead consultant's unplanned absence"),
        (
            "Un arrêt maladie de trois semaines de la consultante principale a décalé les livrables de toutes les missions en cours.",
            "The lead consultant's three-week sick leave delayed the deliverables of every current engagement.",
        ),
        (
            (
                "Je comprends l'imprévu, mais j'aurais voulu le savoir tout de suite, pas à la date de livraison.",
                "I understand things happen, but I wanted to know at once, not on the delivery date.",
            ),
            (
                "Qui suit notre dossier maintenant ? Personne ne m'a rien dit.",
                "Who is handling our file now? Nobody told me anything.",
            ),
        ),
        (
            "Chaque client appelé personnellement ; nouveau calendrier proposé et suppléant présenté.",
            "Every client called personally; a new calendar proposed and the stand-in introduced.",
        ),
        (
            "L'absence d'un indépendant doit être prévue comme n'importe quel risque.",
            "A freelancer's absence must be planned for like any risk.",
        ),
        (
            "Un consultant suppléant identifié et informé pour chaque mission.",
            "A stand-in consultant identified and briefed for every engagement.",
        ),
    ),
    CrisisTemplate(
        "FACTURATION",
        "billing",
        ("TVA appliquée deux fois", "VAT charged twice"),
        (
            "Une erreur de paramétrage du logiciel de facturation a appliqué la TVA deux fois sur les factures d'un mois.",
            "A billing software setting applied VAT twice on a whole month of invoices.",
        ),
        (
            (
                "Votre facture est fausse : la TVA est comptée deux fois. Mon service comptable l'a rejetée.",
                "Your invoice is wrong: VAT is counted twice. My accounts team rejected it.",
            ),
            (
                "Ce n'est pas la première erreur de facture. Il va falloir être plus rigoureux.",
                "This isn't the first invoice error. You need to be more careful.",
            ),
        ),
        (
            "Avoirs émis et factures rééditées sous 48 h ; courriel d'explication à chaque service comptable.",
            "Credit notes issued and invoices reissued within 48 hours; an explanation to every accounts team.",
        ),
        (
            "Un changement de paramétrage se teste sur une facture fictive avant l'envoi du lot.",
            "A settings change is tested on a dummy invoice before the batch goes out.",
        ),
        (
            "Facture test vérifiée à chaque changement de paramétrage du logiciel.",
            "A test invoice checked at every billing software settings change.",
        ),
    ),
    CrisisTemplate(
        "DONNEES",
        "error",
        (
            "Document d'un autre client joint par erreur",
            "Another client's document attached by mistake",
        ),
        (
            "Un fichier de synthèse contenant des données d'un autre client a été joint par erreur à un envoi groupé.",
            "A summary file holding another client's data was attached by mistake to a group mailing.",
        ),
        (
            (
                "J'ai reçu les chiffres d'une autre société. Et les nôtres, qui les a reçus ?",
                "I received another company's figures. And ours, who got them?",
            ),
            (
                "C'est une faute grave de confidentialité. J'attends des explications écrites.",
                "This is a serious confidentiality breach. I expect a written explanation.",
            ),
        ),
        (
            "Clients concernés prévenus dans la journée ; suppression confirmée par écrit ; déclaration faite à l'autorité de contrôle.",
            "Clients affected told the same day; deletion confirmed in writing; breach reported to the regulator.",
        ),
        (
            "Un envoi groupé ne doit jamais porter de pièce jointe propre à un client.",
            "A group mailing must never carry a client-specific attachment.",
        ),
        (
            "Pièces jointes nominatives interdites dans les envois groupés ; liens d'accès individuels.",
            "No client-specific attachments in group mailings; individual access links.",
        ),
    ),
)


CRISIS_EXPECTED: Bi = (
    "Un service sans incident, et une information immédiate si quelque chose se passe mal.",
    "Incident-free service, and immediate news if something goes wrong.",
)
# Which scoping clause a crisis touches, by category.
CRISIS_CLAUSES = {
    "error": "obligation",
    "communication": "obligation",
    "planning": "milestone",
    "delay": "milestone",
    "billing": "billing",
}
# The clause an episode points at: {n} is a number, {name} a milestone name.
CLAUSES: dict[str, Bi] = {
    "milestone": ("Jalon {n} — {name}", "Milestone {n} — {name}"),
    "scope": ("Périmètre inclus, point {n}", "In scope, item {n}"),
    "obligation": ("Obligations des parties", "Obligations of the parties"),
    "billing": ("Conditions financières", "Financial terms"),
    "hours": ("Horaires et logistique", "Working hours and logistics"),
    "meetings": ("Réunions de suivi", "Progress meetings"),
}
LEAD_ROLE: Bi = ("Consultante principale", "Lead consultant")
AMENDMENT_ITEM: Bi = (
    "Avenant n° 1 : {days} jours supplémentaires pour des ateliers complémentaires",
    "Amendment 1: {days} extra days for additional workshops",
)
TODO: Bi = ("À faire : {what}", "Next: {what}")
CONSULTANT_ROLE: Bi = ("Consultante", "Consultant")


# --- Timelines, meetings and offers -------------------------------------------------------------

# How an episode surfaced, by channel: (event kind, note).
SURFACED: dict[str, tuple[str, Bi]] = {
    "phone": ("call", ("Appel entrant — {spoke} : {subject}.", "Call from {spoke}: {subject}.")),
    "email": ("email", ("Courriel reçu — {spoke} : {subject}.", "Email from {spoke}: {subject}.")),
    "in_person": (
        "meeting",
        (
            "En fin de réunion, {spoke} soulève un point : {subject}.",
            "{spoke} raised it at the end of a meeting: {subject}.",
        ),
    ),
    "video": (
        "meeting",
        (
            "En visioconférence, {spoke} soulève un point : {subject}.",
            "Raised by {spoke} on a video call: {subject}.",
        ),
    ),
    "letter": (
        "note",
        ("Courrier reçu — {spoke} : {subject}.", "Letter received from {spoke}: {subject}."),
    ),
    "social": (
        "note",
        (
            "Commentaire public sur un réseau professionnel — {spoke} : {subject}.",
            "Public comment by {spoke} on a professional network: {subject}.",
        ),
    ),
    "survey": (
        "note",
        (
            "Questionnaire de satisfaction — {spoke} : {subject}.",
            "Satisfaction survey answer from {spoke}: {subject}.",
        ),
    ),
}

# One step per playbook stage completed: (event kind, note).
STAGE_STEPS: tuple[tuple[str, Bi], ...] = (
    (
        "note",
        (
            "Avant de rappeler le client : point avec {peer}, consultant senior ; risque réel évalué. Rien à camoufler, aucun dédommagement de ma poche.",
            "Before calling the client back: talked it through with {peer}, a senior peer; real risk assessed. Nothing to hide, no payment out of my own pocket.",
        ),
    ),
    (
        "meeting",
        (
            "Rendez-vous d'écoute : {spoke} a pu tout dire ; ses mots, l'attendu et l'obtenu sont notés dans la fiche.",
            "Listening meeting: {spoke} said everything; their words, the expected and the obtained are in the file.",
        ),
    ),
    (
        "apology",
        (
            "Excuses présentées en personne, brèves et directes, sans rejeter la faute sur l'équipe.",
            "Apologised in person, briefly and directly, without blaming the team.",
        ),
    ),
    (
        "email",
        (
            "Origine expliquée en quelques phrases : {origin}",
            "Origin explained in a few sentences: {origin}",
        ),
    ),
    (
        "meeting",
        (
            "Demandé au client ce qu'il attend ; compromis retenu : {resolution}",
            "Asked the client what they expect; agreed compromise: {resolution}",
        ),
    ),
    (
        "email",
        (
            "Compte rendu et courriel de confirmation envoyés à {spoke}.",
            "Meeting report and confirmation email sent to {spoke}.",
        ),
    ),
    (
        "follow_up",
        (
            "Relance : {spoke} confirme que la situation est réglée à sa satisfaction.",
            "Follow-up: {spoke} confirms it is resolved to their satisfaction.",
        ),
    ),
    ("note", ("Retour d'expérience : {lessons}", "Lessons learned: {lessons}")),
)
CLOSING_NOTE: Bi = (
    "Clôture : confirmation écrite du client reçue le {date}.",
    "Closed: written confirmation from the client received on {date}.",
)
PROPOSAL_NOTE: Bi = ("Geste commercial proposé : {gesture}.", "Remediation offered: {gesture}.")
CRISIS_NOTE: Bi = (
    "Communication de crise : message transparent envoyé à tous les clients concernés par l'incident {key}, avant qu'ils ne l'apprennent par ailleurs.",
    "Crisis communication: a transparent message sent to every client affected by incident {key}, before they heard it elsewhere.",
)
SILENT_NOTE: Bi = (
    "Relance sans réponse ; nouvel essai par téléphone prévu.",
    "Follow-up unanswered; will try by phone.",
)
# What the current, unfinished stage is waiting for.
PENDING_STEPS: tuple[tuple[str, Bi], ...] = (
    (
        "note",
        (
            "Prendre conseil auprès de {peer} avant de rappeler.",
            "Get advice from {peer} before calling back.",
        ),
    ),
    ("call", ("Rendez-vous d'écoute proposé à {spoke}.", "Listening meeting offered to {spoke}.")),
    (
        "call",
        (
            "Rencontre en personne demandée pour présenter mes excuses.",
            "In-person meeting requested to apologise.",
        ),
    ),
    (
        "note",
        (
            "Rédiger l'explication de l'origine, en trois phrases factuelles.",
            "Write the origin up in three factual sentences.",
        ),
    ),
    (
        "meeting",
        (
            "Atelier de recherche de solution prévu avec {spoke}.",
            "Solution workshop planned with {spoke}.",
        ),
    ),
    (
        "email",
        (
            "Compte rendu en cours de rédaction ; envoi à {spoke}.",
            "Meeting report being written; to send to {spoke}.",
        ),
    ),
    (
        "follow_up",
        (
            "Relance prévue pour vérifier que tout est réglé.",
            "Follow-up planned to check everything is resolved.",
        ),
    ),
    (
        "note",
        (
            "Retour d'expérience à écrire : que faire autrement ?",
            "Lessons to write up: what to do differently?",
        ),
    ),
)

STEERING_TITLES: tuple[Bi, ...] = (
    ("Comité de pilotage", "Steering committee"),
    ("Point d'avancement", "Progress review"),
    ("Réunion de lancement", "Kick-off meeting"),
)
STEERING_POINTS: Bi = (
    "1. Avancement des jalons\n2. Points de vigilance\n3. Planning des prochaines semaines\n4. Questions diverses",
    "1. Milestone progress\n2. Points of attention\n3. Plan for the coming weeks\n4. Any other business",
)
STEERING_EXPRESSED: tuple[Bi, ...] = (
    (
        "Satisfaction générale ; attente forte sur « {milestone} ».",
        'Generally satisfied; high expectations for "{milestone}".',
    ),
    (
        "Inquiétude sur la charge des équipes pendant la mission.",
        "Concern about the team's workload during the engagement.",
    ),
    (
        "Souhait d'associer davantage les managers de proximité.",
        "Would like front-line managers more involved.",
    ),
)
STEERING_AGREED: tuple[Bi, ...] = (
    (
        "Calendrier confirmé ; prochain comité dans un mois.",
        "Calendar confirmed; next committee in a month.",
    ),
    (
        "Ajout d'un point hebdomadaire de 30 minutes jusqu'au prochain jalon.",
        "A 30-minute weekly check-in until the next milestone.",
    ),
    (
        "Périmètre inchangé ; demande d'atelier supplémentaire à chiffrer par avenant.",
        "Scope unchanged; the extra workshop request to be priced as an amendment.",
    ),
)
EPISODE_POINTS: Bi = (
    "1. Ce que le client a vécu : {subject}\n2. Origine du problème\n3. Ce que le client attend\n4. Solution et calendrier",
    "1. What the client went through: {subject}\n2. Origin of the problem\n3. What the client expects\n4. Solution and timetable",
)
NEXT_STEPS: Bi = (
    "Compte rendu envoyé sous 24 h ; point de suivi le {date} pour vérifier que la solution convient.",
    "Report sent within 24 hours; follow-up on {date} to check the solution works.",
)
UPCOMING_NEXT_STEPS: Bi = ("Ordre du jour envoyé la veille.", "Agenda sent the day before.")

ACTION_ITEMS: tuple[tuple[Bi, str], ...] = (
    (("Envoyer le compte rendu de la réunion", "Send the meeting report"), "consultant"),
    (
        ("Transmettre la version corrigée du livrable", "Send the corrected deliverable"),
        "consultant",
    ),
    (
        ("Communiquer les accès au partage documentaire", "Provide access to the document share"),
        "client",
    ),
    (("Confirmer les dates des ateliers", "Confirm the workshop dates"), "client"),
    (("Valider le planning révisé", "Approve the revised plan"), "client"),
    (
        (
            "Préparer la note de synthèse pour le comité",
            "Prepare the summary note for the committee",
        ),
        "consultant",
    ),
    (("Planifier le point de suivi à 30 jours", "Schedule the 30-day follow-up"), "consultant"),
    (
        ("Informer les équipes du nouveau calendrier", "Tell the team about the new calendar"),
        "client",
    ),
    (
        ("Réserver la salle et vérifier le matériel", "Book the room and check the equipment"),
        "client",
    ),
    (("Chiffrer l'avenant demandé", "Price the requested amendment"), "consultant"),
)

MEETING_PLACES: dict[str, Bi] = {
    "in_person": ("Locaux de {client}, {city}", "{client} offices, {city}"),
    "video": ("Visioconférence", "Video call"),
    "phone": ("Téléphone", "Phone"),
}

GESTURE_LABELS: dict[str, Bi] = {
    "free_days": (
        "{days} jour(s) de conseil offert(s), soit {value}",
        "{days} free consulting day(s), worth {value}",
    ),
    "discount": (
        "remise de {percent} % sur le solde, soit {value}",
        "{percent} % off the remaining fees, worth {value}",
    ),
    "credit": (
        "avoir de {value} sur la prochaine facture",
        "credit note of {value} on the next invoice",
    ),
    "extra_deliverable": (
        "{deliverable}, offert ({value})",
        "{deliverable}, free of charge ({value})",
    ),
    "apology_letter": ("lettre d'excuses", "apology letter"),
}
EXTRA_DELIVERABLES: tuple[Bi, ...] = (
    (
        "Une demi-journée de formation supplémentaire pour vos équipes",
        "An extra half-day training session for your team",
    ),
    (
        "Un tableau de bord de suivi des indicateurs, livré sous un mois",
        "An indicator dashboard, delivered within a month",
    ),
    ("Une note de synthèse de deux pages pour votre conseil", "A two-page summary for your board"),
    ("Un point de mesure des résultats à 90 jours", "A 90-day results review"),
)

SALUTATIONS: dict[str, Bi] = {
    "f": ("Madame {surname},", "Dear Ms {surname},"),
    "m": ("Monsieur {surname},", "Dear Mr {surname},"),
}
# The personal message: sincere, short, a concrete next step (what the sincerity check wants).
OFFER_BODIES: tuple[Bi, ...] = (
    (
        "{summary} : c'est mon erreur, et je vous présente mes excuses. {origin_brief}\n\n"
        "Pour compenser le temps que vous avez perdu, je vous propose : {gesture}. "
        "Je vous appelle le {date} pour convenir de la suite.",
        "{summary}: that was my mistake, and I apologise. {origin_brief}\n\n"
        "To make up for the time you lost, I am offering: {gesture}. "
        "I will call you on {date} to agree on next steps.",
    ),
    (
        "Merci de m'avoir dit franchement ce qui n'allait pas. {origin_brief} "
        "J'ai déjà corrigé ce point.\n\nEn geste de bonne volonté : {gesture}. "
        "Je reviens vers vous le {date}.",
        "Thank you for telling me plainly what went wrong. {origin_brief} "
        "I have already fixed it.\n\nAs a goodwill gesture: {gesture}. "
        "I will get back to you on {date}.",
    ),
)
# Drafts the sincerity check should flag: stock formula, blame shifted, no next step.
FLAWED_OFFER_BODIES: tuple[Bi, ...] = (
    (
        "Nous vous prions de bien vouloir nous excuser pour la gêne occasionnée. Mon assistante "
        "a fait une erreur de transmission qui n'est pas de mon fait.\n\nProposition : {gesture}.",
        "We apologise for any inconvenience caused. My assistant made a transmission error "
        "which was not my fault.\n\nOffer: {gesture}.",
    ),
    (
        "Nous sommes désolés pour ce désagrément. Ce n'est pas de ma faute : le calendrier avait "
        "été imposé, les équipes étaient en sous-effectif, le sous-traitant a changé deux fois "
        "d'interlocuteur, les données sont arrivées tard et le logiciel a connu plusieurs "
        "pannes. {gesture}.",
        "Sorry for any inconvenience. It's not my fault: the calendar was imposed, the team was "
        "short-staffed, the subcontractor changed contacts twice, the data came late and the "
        "software crashed several times. {gesture}.",
    ),
)
SIGN_OFF: Bi = ("Bien cordialement,\n{consultant}", "Kind regards,\n{consultant}")

FEEDBACK_COMMENTS: dict[str, tuple[Bi, ...]] = {
    "high": (
        (
            "Mission bien menée, consultante à l'écoute.",
            "Well run, the consultant really listened.",
        ),
        (
            "Livrables clairs et utiles ; nous recommanderons.",
            "Clear, useful deliverables; we will recommend you.",
        ),
        ("Très bon accompagnement des équipes.", "Very good support for the team."),
        ("", ""),
    ),
    "mid": (
        ("Correct, mais des délais à mieux tenir.", "Fine, but deadlines need to be kept better."),
        (
            "Résultats conformes ; communication à améliorer.",
            "Results as expected; communication could improve.",
        ),
        (
            "Bon travail dans l'ensemble, un peu cher pour le résultat.",
            "Good work overall, a bit expensive for the result.",
        ),
        ("", ""),
    ),
    "low": (
        ("Déçus du résultat final.", "Disappointed with the final result."),
        (
            "Trop de retards et de relances de notre part.",
            "Too many delays; we had to chase too often.",
        ),
        ("Nous attendions davantage d'implication.", "We expected more commitment."),
    ),
}
