"""Labelled messages for the sincerity check, written from the articles and from how people
really write to an unhappy client, before the rules were tuned.

Each case: (language, message, kinds expected, held out). A case with no kind is clean: the
check must say nothing about it. ``held_out`` cases were written with the others, before any
rule, and never looked at while tuning: the README reports precision and recall on them apart.

Kinds: stock (stock formula), blame (blame shifted to someone else), notmine (denial or
conditional apology), long (a justification that runs long before or instead of the
apology), nostep (nothing said about what will be done, or when).
"""

from __future__ import annotations

Case = tuple[str, str, frozenset[str], bool]


def _k(*kinds: str) -> frozenset[str]:
    return frozenset(kinds)


CLEAN = _k()

CASES: tuple[Case, ...] = (
    # --- French, tuning part --------------------------------------------------------------
    (
        "fr",
        "Madame Roux, je vous dois des excuses : le rapport devait vous parvenir mardi et je "
        "ne l'ai pas livré. C'est mon erreur. Je vous l'envoie jeudi avant midi et je vous "
        "appelle vendredi pour le relire ensemble.",
        CLEAN,
        False,
    ),
    (
        "fr",
        "Veuillez nous excuser pour la gêne occasionnée. Nous restons à votre disposition.",
        _k("stock", "nostep"),
        False,
    ),
    (
        "fr",
        "Je suis désolé, mon assistante a oublié d'envoyer les documents. Je les renvoie "
        "aujourd'hui.",
        _k("blame"),
        False,
    ),
    (
        "fr",
        "Ce n'est pas de ma faute si le serveur est tombé, mais je comprends votre agacement.",
        _k("notmine", "nostep"),
        False,
    ),
    (
        "fr",
        "Je regrette que vous ayez eu ce sentiment lors de notre dernière réunion. Je vous "
        "propose un point lundi à 10 h pour en parler.",
        _k("notmine"),
        False,
    ),
    (
        "fr",
        "Vous avez raison, le planning n'a pas été tenu et c'est ma responsabilité. Je vous "
        "propose de décaler le jalon 3 au 15 avril et de vous envoyer un point d'avancement "
        "chaque vendredi.",
        CLEAN,
        False,
    ),
    (
        "fr",
        "Nous vous prions d'accepter nos plus sincères excuses pour ce désagrément et vous "
        "remercions de votre compréhension.",
        _k("stock", "nostep"),
        False,
    ),
    (
        "fr",
        "Mon collègue n'avait pas transmis votre demande, d'où le retard. Je m'en occupe "
        "personnellement dès demain matin.",
        _k("blame"),
        False,
    ),
    (
        "fr",
        "Pour comprendre ce qui s'est passé, il faut revenir au début du projet : en janvier, "
        "votre direction a modifié le périmètre, puis le fournisseur des licences a changé "
        "ses conditions, ensuite deux personnes clés ont quitté l'équipe, le serveur de test "
        "a été indisponible pendant trois semaines, les ateliers ont dû être déplacés à "
        "cause des congés, et la recette a pris plus de temps que prévu parce que les jeux "
        "de données n'étaient pas prêts. Je suis désolé du retard. Je vous livre la version "
        "finale le 30 mars.",
        _k("long"),
        False,
    ),
    (
        "fr",
        "Désolé si vous avez été dérangé par mon appel tardif.",
        _k("notmine", "nostep"),
        False,
    ),
    (
        "fr",
        "Je reconnais mon erreur sur la facture de février : j'ai compté deux journées de "
        "trop. Vous recevrez un avoir d'ici vendredi.",
        CLEAN,
        False,
    ),
    (
        "fr",
        "Le sous-traitant n'a pas livré à temps, nous n'y pouvons rien. Nous faisons au mieux.",
        _k("blame", "notmine", "nostep"),
        False,
    ),
    (
        "fr",
        "Je suis désolée pour ce retard. Je vous envoie la maquette corrigée demain avant 18 h.",
        CLEAN,
        False,
    ),
    (
        "fr",
        "Votre équipe ne nous a pas fourni les données à temps, c'est pour cela que l'analyse "
        "est en retard.",
        _k("blame", "nostep"),
        False,
    ),
    (
        "fr",
        "Toutes nos excuses pour le désagrément subi. Votre satisfaction est notre priorité.",
        _k("stock", "nostep"),
        False,
    ),
    (
        "fr",
        "Je vous présente mes excuses : l'atelier de jeudi était mal préparé. Je reprends le "
        "support avec vous mardi et nous refaisons l'atelier la semaine suivante, à mes frais.",
        CLEAN,
        False,
    ),
    (
        "fr",
        "Je suis navré que vous ayez perçu les choses ainsi.",
        _k("notmine", "nostep"),
        False,
    ),
    (
        "fr",
        "Merci de m'avoir dit ce qui n'allait pas. Je me suis trompé sur l'estimation. Je vous "
        "envoie un nouveau planning chiffré d'ici mercredi.",
        CLEAN,
        False,
    ),
    (
        "fr",
        "Nous sommes désolés pour la gêne occasionnée et mettons tout en œuvre pour que cela "
        "ne se reproduise plus.",
        _k("stock", "nostep"),
        False,
    ),
    (
        "fr",
        "Ma stagiaire s'est trompée dans les chiffres, je vous prie de l'excuser. Je corrige "
        "le tableau ce soir.",
        _k("blame"),
        False,
    ),
    (
        "fr",
        "Je comprends votre déception. Je n'ai pas tenu l'engagement pris. Je vous propose "
        "une journée offerte en mai et je vous appelle demain pour fixer la date.",
        CLEAN,
        False,
    ),
    (
        "fr",
        "Je ne suis pas responsable de ce retard, la validation dépendait de votre service "
        "juridique.",
        _k("notmine", "blame", "nostep"),
        False,
    ),
    (
        "fr",
        "Pardon pour la confusion sur les horaires. À partir de lundi, je vous confirme chaque "
        "rendez-vous par écrit la veille.",
        CLEAN,
        False,
    ),
    (
        "fr",
        "Il y a eu un malentendu. Nous nous excusons pour tout inconvénient.",
        _k("stock", "nostep"),
        False,
    ),
    (
        "fr",
        "C'est moi qui ai mal lu le cahier des charges. Je refais la section 4 et je vous la "
        "soumets le 12.",
        CLEAN,
        False,
    ),
    (
        "fr",
        "Je suis désolé, c'est une erreur de ma part. Je ferai attention à l'avenir.",
        _k("nostep"),
        False,
    ),
    (
        "fr",
        "Bonjour Paul, vous avez raison d'être agacé : la réunion a commencé avec quarante "
        "minutes de retard par ma faute. Je serai présent dès 8 h 45 aux prochaines et je "
        "vous envoie le compte rendu ce soir.",
        CLEAN,
        False,
    ),
    (
        "fr",
        "Si vous estimez avoir subi un préjudice, nous en sommes désolés.",
        _k("notmine", "nostep"),
        False,
    ),
    (
        "fr",
        "Le retard vient du prestataire informatique, qui a changé d'interlocuteur en cours "
        "de route. Je relance dès aujourd'hui et je vous tiens informé jeudi.",
        _k("blame"),
        False,
    ),
    (
        "fr",
        "Je vous remercie pour votre patience et votre compréhension.",
        _k("stock", "nostep"),
        False,
    ),
    (
        "fr",
        "Je voulais vous expliquer pourquoi la livraison a glissé. Le jeu de données reçu le 3 "
        "comportait des doublons, nous avons dû le nettoyer ligne par ligne, ce qui a pris "
        "quatre jours, puis l'outil de visualisation a été mis à jour par l'éditeur et "
        "plusieurs graphiques ne s'affichaient plus, il a fallu les reconstruire, et "
        "entre-temps deux relectures ont été nécessaires parce que les règles de calcul "
        "avaient changé. Le tableau de bord sera livré mardi.",
        _k("long"),
        False,
    ),
    (
        "fr",
        "Je suis désolé : le tableau de bord a une semaine de retard et c'est de mon fait. En "
        "deux mots, le jeu de données reçu comportait des doublons que je n'avais pas "
        "anticipés. Je vous le livre mardi, et désormais je vérifierai les données dès leur "
        "réception pour vous alerter le jour même.",
        CLEAN,
        False,
    ),
    # --- English, tuning part -------------------------------------------------------------
    (
        "en",
        "Dear Ms Hart, I owe you an apology: I promised the draft for Tuesday and missed it. "
        "That is on me. You will have it by Thursday noon, and I'll call you on Friday to go "
        "through it.",
        CLEAN,
        False,
    ),
    (
        "en",
        "We apologize for any inconvenience this may have caused.",
        _k("stock", "nostep"),
        False,
    ),
    (
        "en",
        "Sorry about that, my assistant sent you the wrong version. I'm sending the right one now.",
        _k("blame"),
        False,
    ),
    (
        "en",
        "I'm sorry if you felt that the workshop was not useful.",
        _k("notmine", "nostep"),
        False,
    ),
    (
        "en",
        "It wasn't my fault that the data was late, but I understand your frustration.",
        _k("notmine", "nostep"),
        False,
    ),
    (
        "en",
        "You're right, the schedule slipped and that's my responsibility. I propose moving "
        "milestone 3 to April 15 and sending you a short progress note every Friday.",
        CLEAN,
        False,
    ),
    (
        "en",
        "We regret any inconvenience caused and thank you for your patience.",
        _k("stock", "nostep"),
        False,
    ),
    (
        "en",
        "My colleague didn't pass on your request, which is why it was delayed. I'll handle it "
        "myself first thing tomorrow.",
        _k("blame"),
        False,
    ),
    (
        "en",
        "To understand what happened you have to go back to the start: in January your board "
        "changed the scope, then the licence vendor changed its terms, then two key people "
        "left the team, the test server was down for three weeks, the workshops had to move "
        "because of the holidays, and testing took longer than planned because the data sets "
        "weren't ready. Sorry for the delay. I'll deliver the final version on March 30.",
        _k("long"),
        False,
    ),
    (
        "en",
        "I admit I got the February invoice wrong: I counted two days too many. You'll "
        "receive a credit note by Friday.",
        CLEAN,
        False,
    ),
    (
        "en",
        "The subcontractor didn't deliver on time, there was nothing we could do. We're doing "
        "our best.",
        _k("blame", "notmine", "nostep"),
        False,
    ),
    (
        "en",
        "I'm sorry for the delay. I'll send you the corrected mock-up tomorrow before 6 pm.",
        CLEAN,
        False,
    ),
    (
        "en",
        "Your team didn't give us the data in time, so the analysis is late.",
        _k("blame", "nostep"),
        False,
    ),
    (
        "en",
        "Sorry for the inconvenience. Your satisfaction is our top priority.",
        _k("stock", "nostep"),
        False,
    ),
    (
        "en",
        "I apologise: Thursday's workshop was badly prepared. I'll rework the material with "
        "you on Tuesday and we'll run the workshop again the following week, at my expense.",
        CLEAN,
        False,
    ),
    (
        "en",
        "I'm sorry you feel that way.",
        _k("notmine", "nostep"),
        False,
    ),
    (
        "en",
        "Thank you for telling me. I got the estimate wrong. I'll send you a new costed "
        "schedule by Wednesday.",
        CLEAN,
        False,
    ),
    (
        "en",
        "We are sorry for any inconvenience and are doing everything we can to ensure this "
        "does not happen again.",
        _k("stock", "nostep"),
        False,
    ),
    (
        "en",
        "Our intern made a mistake in the figures, please excuse him. I'll fix the table tonight.",
        _k("blame"),
        False,
    ),
    (
        "en",
        "I understand your disappointment. I didn't keep my commitment. I'd like to offer you "
        "a free day in May, and I'll call you tomorrow to set the date.",
        CLEAN,
        False,
    ),
    (
        "en",
        "We are not responsible for this delay; the sign-off depended on your legal department.",
        _k("notmine", "blame", "nostep"),
        False,
    ),
    (
        "en",
        "Apologies for the mix-up over the times. From Monday on, I'll confirm every "
        "appointment in writing the day before.",
        CLEAN,
        False,
    ),
    (
        "en",
        "I'm sorry, that was my mistake. I'll be more careful in future.",
        _k("nostep"),
        False,
    ),
    (
        "en",
        "Hi Tom, you're right to be annoyed: the meeting started forty minutes late because "
        "of me. I'll be there from 8:45 for the next ones and I'm sending you the minutes "
        "tonight.",
        CLEAN,
        False,
    ),
    (
        "en",
        "If anyone was offended by my remarks, I apologize.",
        _k("notmine", "nostep"),
        False,
    ),
    (
        "en",
        "Thank you for your patience and understanding.",
        _k("stock", "nostep"),
        False,
    ),
    (
        "en",
        "The delay comes from the IT vendor, who changed contacts halfway through. I'm "
        "chasing them today and will update you on Thursday.",
        _k("blame"),
        False,
    ),
    (
        "en",
        "I misread the specification. I'm redoing section 4 and will send it to you on the 12th.",
        CLEAN,
        False,
    ),
    (
        "en",
        "I wanted to explain why the delivery slipped. The data set we received on the 3rd "
        "had duplicates, so we had to clean it line by line, which took four days, then the "
        "visualisation tool was updated by its publisher and several charts stopped "
        "rendering, so they had to be rebuilt, and meanwhile two reviews were needed because "
        "the calculation rules had changed. The dashboard will be delivered on Tuesday.",
        _k("long"),
        False,
    ),
    (
        "en",
        "I'm sorry: the dashboard is a week late and that's down to me. In short, the data set "
        "had duplicates I hadn't anticipated. I'll deliver it on Tuesday, and from now on I'll "
        "check the data as soon as it arrives so I can warn you the same day.",
        CLEAN,
        False,
    ),
    # --- French, held out -----------------------------------------------------------------
    (
        "fr",
        "Vous attendiez le livrable pour le comité de lundi et il n'était pas prêt : je suis "
        "sincèrement désolé. Je vous le remets vendredi à 14 h, relu.",
        CLEAN,
        True,
    ),
    (
        "fr",
        "Nous vous prions de bien vouloir nous excuser pour la gêne occasionnée.",
        _k("stock", "nostep"),
        True,
    ),
    (
        "fr",
        "C'est notre secrétaire qui a noté la mauvaise date, désolé. Je vous envoie une "
        "nouvelle invitation aujourd'hui.",
        _k("blame"),
        True,
    ),
    (
        "fr",
        "Je suis désolé que vous l'ayez mal pris, ce n'était pas mon intention.",
        _k("notmine", "nostep"),
        True,
    ),
    (
        "fr",
        "J'ai sous-estimé la charge de travail, c'est une erreur de ma part. Je vous propose "
        "de réduire le périmètre du lot 2 et d'en reparler jeudi à 9 h.",
        CLEAN,
        True,
    ),
    (
        "fr",
        "Ce n'est pas nous qui avons fixé cette échéance, mais nous comprenons.",
        _k("notmine", "nostep"),
        True,
    ),
    (
        "fr",
        "L'équipe de développement n'a pas respecté les consignes, ce qui explique les "
        "anomalies. Nous corrigeons d'ici la fin de la semaine.",
        _k("blame"),
        True,
    ),
    (
        "fr",
        "Avec nos excuses pour ce contretemps indépendant de notre volonté.",
        _k("stock", "notmine", "nostep"),
        True,
    ),
    (
        "fr",
        "Je vous ai mal conseillé sur le calendrier et je le regrette. Dès demain, je vous "
        "envoie deux options de replanification ; nous choisissons ensemble mardi.",
        CLEAN,
        True,
    ),
    (
        "fr",
        "Je comprends que vous soyez mécontent. Je ne peux que m'excuser.",
        _k("nostep"),
        True,
    ),
    (
        "fr",
        "Comme vous le savez, le projet a connu de nombreux rebondissements depuis son "
        "lancement : la réorganisation de vos services au printemps, le départ de votre "
        "directeur financier, le changement d'outil de gestion, les grèves de juin qui ont "
        "perturbé les déplacements, puis les vacances d'été pendant lesquelles personne ne "
        "pouvait valider les maquettes, sans compter les difficultés techniques liées à "
        "l'ancien système. Tout cela explique que nous ayons pris du retard.",
        _k("long", "nostep"),
        True,
    ),
    (
        "fr",
        "Je suis désolée pour l'erreur sur le devis. Vous recevrez le devis corrigé ce soir et "
        "je retire les frais de déplacement.",
        CLEAN,
        True,
    ),
    (
        "fr",
        "En cas de désagrément, nous vous prions de nous en excuser.",
        _k("stock", "notmine", "nostep"),
        True,
    ),
    (
        "fr",
        "Pardon, je n'ai pas été à la hauteur lors de la présentation. Je vous envoie ce soir "
        "les réponses aux trois questions restées en suspens.",
        CLEAN,
        True,
    ),
    (
        "fr",
        "Le graphiste a pris du retard, je n'y suis pour rien.",
        _k("blame", "notmine", "nostep"),
        True,
    ),
    # --- English, held out ----------------------------------------------------------------
    (
        "en",
        "You needed the deliverable for Monday's committee and it wasn't ready: I'm truly "
        "sorry. I'll hand it over on Friday at 2 pm, proofread.",
        CLEAN,
        True,
    ),
    (
        "en",
        "Please accept our apologies for any inconvenience caused.",
        _k("stock", "nostep"),
        True,
    ),
    (
        "en",
        "Our secretary wrote down the wrong date, sorry. I'm sending you a new invitation today.",
        _k("blame"),
        True,
    ),
    (
        "en",
        "Sorry if my email came across as rude, that wasn't my intention.",
        _k("notmine", "nostep"),
        True,
    ),
    (
        "en",
        "I underestimated the workload, that's my mistake. I suggest we reduce the scope of "
        "phase 2 and talk it over on Thursday at 9.",
        CLEAN,
        True,
    ),
    (
        "en",
        "We didn't set this deadline, but we understand.",
        _k("notmine", "nostep"),
        True,
    ),
    (
        "en",
        "The development team didn't follow the instructions, which explains the bugs. We'll "
        "fix them by the end of the week.",
        _k("blame"),
        True,
    ),
    (
        "en",
        "We value your business and apologize for the trouble.",
        _k("stock", "nostep"),
        True,
    ),
    (
        "en",
        "I gave you poor advice on the timeline and I regret it. Tomorrow I'll send you two "
        "replanning options; we'll choose together on Tuesday.",
        CLEAN,
        True,
    ),
    (
        "en",
        "I understand you're unhappy. All I can do is apologise.",
        _k("nostep"),
        True,
    ),
    (
        "en",
        "As you know, the project has had many twists since it began: the reorganisation of "
        "your departments in the spring, your CFO leaving, the switch to a new management "
        "tool, the June strikes that disrupted travel, then the summer holidays when nobody "
        "could approve the mock-ups, not to mention the technical problems with the old "
        "system. All of this explains why we fell behind.",
        _k("long", "nostep"),
        True,
    ),
    (
        "en",
        "I'm sorry about the mistake in the quote. You'll get the corrected quote tonight and "
        "I'm waiving the travel costs.",
        CLEAN,
        True,
    ),
    (
        "en",
        "Mistakes were made, and we regret that you were disappointed.",
        _k("notmine", "nostep"),
        True,
    ),
    (
        "en",
        "Sorry, I wasn't at my best during the presentation. I'll send you the answers to the "
        "three open questions tonight.",
        CLEAN,
        True,
    ),
    (
        "en",
        "The designer fell behind, it's out of my hands.",
        _k("blame", "notmine", "nostep"),
        True,
    ),
    (
        "fr",
        "Permettez-moi de revenir sur le contexte : la mission a démarré avec deux semaines "
        "de décalage à cause de la signature tardive du bon de commande, les entretiens ont "
        "été reprogrammés plusieurs fois faute de disponibilité des managers, l'accès aux "
        "outils internes ne m'a été ouvert qu'à la mi-mars, et la synthèse a dû être réécrite "
        "après le changement de priorités annoncé en comité. Je suis désolé que le rapport "
        "arrive si tard. Il vous parviendra lundi.",
        _k("long"),
        True,
    ),
    (
        "en",
        "Sorry, the report is late and that's my doing. Briefly: I underestimated the number "
        "of interviews needed. You'll have it on Monday, and for the next phase I'll plan the "
        "interviews with you in the first week.",
        CLEAN,
        True,
    ),
)
