"""A second held-out set for the sincerity check, written after its rules were committed and
never used to change them: how the rules hold on messages nobody wrote them against.

Same format as ``sincerity_cases.CASES`` (the held-out flag is always true here).
"""

from __future__ import annotations

from tests.domain.sincerity_cases import CLEAN, Case, _k

FRESH_CASES: tuple[Case, ...] = (
    (
        "fr",
        "Bonjour Claire, je reviens vers vous après notre échange de ce matin. Vous avez "
        "raison, j'aurais dû vous prévenir du glissement dès que je l'ai su. Je vous propose "
        "un nouveau calendrier en pièce jointe ; on en parle jeudi ?",
        CLEAN,
        True,
    ),
    (
        "fr",
        "Nous sommes sincèrement navrés pour les désagréments causés et vous assurons de notre "
        "engagement total.",
        _k("stock", "nostep"),
        True,
    ),
    (
        "fr",
        "Désolé pour hier, Julien a envoyé le mauvais fichier. Le bon est en pièce jointe.",
        _k("blame", "nostep"),
        True,
    ),
    (
        "fr",
        "Je comprends tout à fait votre frustration, même si de notre côté les délais "
        "annoncés ont été respectés.",
        _k("notmine", "nostep"),
        True,
    ),
    (
        "fr",
        "Mea culpa : j'ai confondu les deux versions du contrat. Je vous renvoie la bonne "
        "version signée d'ici ce soir.",
        CLEAN,
        True,
    ),
    (
        "fr",
        "Suite à votre réclamation, nous avons bien pris note de votre mécontentement.",
        _k("stock", "nostep"),
        True,
    ),
    (
        "fr",
        "Je tiens à m'excuser pour mon ton lors de la réunion de mardi, il était déplacé. Je "
        "vous propose un déjeuner la semaine prochaine pour repartir sur de bonnes bases.",
        CLEAN,
        True,
    ),
    (
        "fr",
        "La plateforme de notre partenaire a connu une panne, ce qui a bloqué l'envoi. Nous "
        "vous prions de nous excuser.",
        _k("blame", "nostep"),
        True,
    ),
    (
        "fr",
        "Je suis désolé que vous soyez déçu par le résultat.",
        _k("notmine", "nostep"),
        True,
    ),
    (
        "fr",
        "Je n'ai pas été assez clair sur ce que comprenait le forfait, c'est ma faute. Je vous "
        "envoie un récapitulatif écrit et je vous offre la demi-journée de formation.",
        CLEAN,
        True,
    ),
    (
        "fr",
        "Ma collègue Sophie, qui suit votre dossier avec moi, vous appellera demain pour "
        "convenir d'un rendez-vous. Encore pardon pour ce retard de ma part.",
        CLEAN,
        True,
    ),
    (
        "fr",
        "Encore une fois, toutes nos excuses.",
        _k("nostep"),
        True,
    ),
    (
        "fr",
        "Je ne pouvais pas savoir que le logiciel ne serait pas compatible.",
        _k("notmine", "nostep"),
        True,
    ),
    (
        "fr",
        "Vous auriez dû nous signaler le problème plus tôt. Nous allons regarder cela.",
        _k("blame", "nostep"),
        True,
    ),
    (
        "fr",
        "Vous avez eu raison de m'alerter. L'erreur de calcul est la mienne. Le tableau "
        "corrigé part ce soir, et je double-vérifierai les formules avant chaque envoi.",
        CLEAN,
        True,
    ),
    (
        "en",
        "Hi Claire, following up on this morning's call. You're right, I should have warned "
        "you about the slip as soon as I knew. I've attached a new schedule; can we discuss "
        "it on Thursday?",
        CLEAN,
        True,
    ),
    (
        "en",
        "We sincerely regret the inconvenience and assure you of our full commitment.",
        _k("stock", "nostep"),
        True,
    ),
    (
        "en",
        "Sorry about yesterday, Julian sent the wrong file. The right one is attached.",
        _k("blame", "nostep"),
        True,
    ),
    (
        "en",
        "I completely understand your frustration, even though on our side the announced "
        "deadlines were met.",
        _k("notmine", "nostep"),
        True,
    ),
    (
        "en",
        "My bad: I mixed up the two versions of the contract. I'll send you the right signed "
        "version by this evening.",
        CLEAN,
        True,
    ),
    (
        "en",
        "Further to your complaint, we have duly noted your dissatisfaction.",
        _k("stock", "nostep"),
        True,
    ),
    (
        "en",
        "I want to apologise for my tone in Tuesday's meeting, it was out of line. How about "
        "lunch next week to get back on a good footing?",
        CLEAN,
        True,
    ),
    (
        "en",
        "Our partner's platform had an outage, which blocked the send. Please accept our "
        "apologies.",
        _k("blame", "stock", "nostep"),
        True,
    ),
    (
        "en",
        "I'm sorry you're disappointed with the result.",
        _k("notmine", "nostep"),
        True,
    ),
    (
        "en",
        "I wasn't clear enough about what the fixed fee covered, that's my fault. I'm sending "
        "you a written summary and the half-day of training is on me.",
        CLEAN,
        True,
    ),
    (
        "en",
        "My colleague Sophie, who works on your account with me, will call you tomorrow to "
        "set up a meeting. Sorry again for the delay on my side.",
        CLEAN,
        True,
    ),
    (
        "en",
        "Once again, our apologies.",
        _k("nostep"),
        True,
    ),
    (
        "en",
        "There was no way I could have known the software wouldn't be compatible.",
        _k("notmine", "nostep"),
        True,
    ),
    (
        "en",
        "You should have told us about the problem sooner. We'll look into it.",
        _k("blame", "nostep"),
        True,
    ),
    (
        "en",
        "You were right to flag it. The calculation error is mine. The corrected table goes "
        "out tonight, and I'll double-check the formulas before every send from now on.",
        CLEAN,
        True,
    ),
)
