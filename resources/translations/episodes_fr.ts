<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AckDaysEditor</name>
    <message>
        <location filename="../../consultant_desk/ui/episodes/due_settings.py" line="+73"/>
        <source>Acknowledge an episode within (working days)</source>
        <translation>Reconnaître un épisode sous (jours ouvrés)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Counted from the day the client voiced it, Monday to Friday. An episode not acknowledged by then shows as overdue.</source>
        <translation>Comptés du lundi au vendredi à partir du jour où le client l’a exprimé. Un épisode non reconnu à temps apparaît en retard.</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <location filename="../../consultant_desk/ui/episodes/closing_dialog.py" line="+205"/>
        <source>Close the episode</source>
        <translation>Clore l’épisode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close the episode</source>
        <translation>&amp;Clore l’épisode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution</source>
        <translation>&amp;Résolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done, as agreed with the client</source>
        <translation>Ce qui a été fait, comme convenu avec le client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client</source>
        <translation>Le client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>c&amp;onfirmed it is resolved, on</source>
        <translation>a c&amp;onfirmé que c’est réglé, le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>h&amp;ow</source>
        <translation>co&amp;mment</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has &amp;not confirmed yet</source>
        <translation>n’a &amp;pas encore confirmé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not &amp;accept the response</source>
        <translation>n’&amp;accepte pas la réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recourse &amp;proposed</source>
        <translation>Recours &amp;proposé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drawn from the contract’s remedies: the mediation it names, if any.</source>
        <translation>Repris des recours du contrat&#xa0;: la médiation qu’il nomme, s’il y en a une.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contract names no mediation: say what was proposed.</source>
        <translation>Le contrat ne nomme aucune médiation&#xa0;: dites ce qui a été proposé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Satisfaction with the handling</source>
        <translation>&amp;Satisfaction sur le traitement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked</source>
        <translation>Non demandée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lessons learned</source>
        <translation>&amp;Leçons tirées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What could have been done differently</source>
        <translation>Ce qui aurait pu être fait autrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;ventive measure</source>
        <translation>Mesure pré&amp;ventive</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closing without the client’s confirmation that it is resolved: allowed, and noted on the timeline. A follow-up call often gets it.</source>
        <translation>Clôture sans la confirmation du client que c’est réglé&#xa0;: c’est permis, et noté sur l’historique. Un appel de suivi l’obtient souvent.</translation>
    </message>
</context>
<context>
    <name>EpisodeDetailPane</name>
    <message>
        <location filename="../../consultant_desk/ui/episodes/detail.py" line="+67"/>
        <source>What the client expected</source>
        <translation>Ce que le client attendait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they obtained</source>
        <translation>Ce qu’il a obtenu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the client’s words</source>
        <translation>Les mots du client</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons learned</source>
        <translation>Leçons tirées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preventive measure</source>
        <translation>Mesure préventive</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not recorded.</source>
        <translation>Non renseigné.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Closed, confirmed by the client</source>
        <translation>Clos, confirmé par le client</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stage %1 of %2 · %3</source>
        <translation>Étape %1 sur %2 · %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 · %2/5</source>
        <translation>%1 · %2/5</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Closed on %1, after %Ln day(s)</source>
        <translation>
            <numerusform>Clos le %1, après %Ln jour</numerusform>
            <numerusform>Clos le %1, après %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Open for %Ln day(s)</source>
        <translation>
            <numerusform>Ouvert depuis %Ln jour</numerusform>
            <numerusform>Ouvert depuis %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surfaced</source>
        <translation>Exprimé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who spoke</source>
        <translation>Interlocuteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clause touched</source>
        <translation>Clause concernée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediator</source>
        <translation>Médiateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>needed</source>
        <translation>nécessaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing yet.</source>
        <translation>Rien pour l’instant.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Next step due %1</source>
        <translation>Prochaine étape attendue le %1</translation>
    </message>
</context>
<context>
    <name>EpisodeTableModel</name>
    <message>
        <location filename="../../consultant_desk/ui/episodes/model.py" line="+173"/>
        <source>Surfaced</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client’s words</source>
        <translation>Paroles du client</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 · %2/5</source>
        <translation>%1 · %2/5</translation>
    </message>
    <message>
        <location line="+241"/>
        <source>Stage %1 of %2 of the recovery playbook</source>
        <translation>Étape %1 sur %2 du plan de reconquête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed on %1</source>
        <translation>Clos le %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue: was due on %1</source>
        <translation>En retard&#xa0;: échéance au %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The acknowledgement or the next step is due on %1</source>
        <translation>La reconnaissance ou la prochaine étape est attendue le %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Days since the episode surfaced, until the client confirmed it resolved</source>
        <translation>Jours écoulés depuis que le client a exprimé son insatisfaction, jusqu’à ce qu’il en confirme la résolution</translation>
    </message>
</context>
<context>
    <name>EpisodeWindow</name>
    <message>
        <location filename="../../consultant_desk/ui/episodes/episode_view.py" line="+222"/>
        <source>The episode is shown as it is now: make your change again.</source>
        <translation>L’épisode est affiché tel qu’il est maintenant&#xa0;: refaites votre modification.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Delete the %1 of %2 from the timeline?</source>
        <translation>Supprimer de l’historique l’événement «&#xa0;%1&#xa0;» du %2&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete an event</source>
        <translation>Supprimer un événement</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Closed, confirmed on %1</source>
        <translation>Clos, confirmé le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed without the client’s confirmation</source>
        <translation>Clos sans la confirmation du client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acknowledge by %1</source>
        <translation>À reconnaître avant le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next step due %1</source>
        <translation>Prochaine étape le %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1, %2/5</source>
        <translation>%1, %2/5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obtained</source>
        <translation>Obtenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clause touched</source>
        <translation>Clause concernée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remedy asked</source>
        <translation>Réparation demandée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit the facts…</source>
        <translation>&amp;Modifier les faits…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, who spoke, categories, severity…</source>
        <translation>Ce qui s’est passé, qui a parlé, catégories, gravité…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Episode</source>
        <translation>Épisode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Episode — %1 — %2</source>
        <translation>Épisode — %1 — %2</translation>
    </message>
</context>
<context>
    <name>EpisodesPage</name>
    <message>
        <location filename="../../consultant_desk/ui/episodes/__init__.py" line="+37"/>
        <source>Episodes</source>
        <translation>Épisodes</translation>
    </message>
    <message>
        <location filename="../../consultant_desk/ui/episodes/page.py" line="+216"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit the facts…</source>
        <translation>&amp;Modifier les faits…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>&amp;New episode…</source>
        <translation>&amp;Nouvel épisode…</translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>%1 of %Ln episode(s) shown</source>
        <translation>
            <numerusform>%1 sur %Ln épisode affiché</numerusform>
            <numerusform>%1 sur %Ln épisodes affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln episode(s)</source>
        <translation>
            <numerusform>%Ln épisode</numerusform>
            <numerusform>%Ln épisodes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search client, engagement or the client’s words</source>
        <translation>Rechercher un client, une mission ou les paroles du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any due date</source>
        <translation>Toutes échéances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due this week</source>
        <translation>À traiter cette semaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The acknowledgement or the next step of open episodes, by due date</source>
        <translation>La reconnaissance ou la prochaine étape des épisodes ouverts, par échéance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log what the client said (Ctrl+E)</source>
        <translation>Noter ce que le client a dit (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open only</source>
        <translation>Ouverts seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the episodes the client confirmed resolved</source>
        <translation>Masquer les épisodes dont le client a confirmé la résolution</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>No episode recorded yet.
When a client voices dissatisfaction, it is recorded here and worked through the recovery playbook.</source>
        <translation>Aucun épisode enregistré pour l’instant.
Quand un client exprime une insatisfaction, elle est consignée ici et traitée étape par étape, jusqu’à ce qu’il confirme que tout est réglé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No episode matches these filters.</source>
        <translation>Aucun épisode ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select an episode to see what happened.</source>
        <translation>Sélectionnez un épisode pour voir ce qui s’est passé.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../consultant_desk/ui/episodes/timeline_editor.py" line="+308"/>
        <source>The &amp;apology</source>
        <translation>Les &amp;excuses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not said</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next step &amp;due</source>
        <translation>Prochaine étape &amp;le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said or done, and what comes next</source>
        <translation>Ce qui a été dit ou fait, et la suite</translation>
    </message>
</context>
<context>
    <name>OverdueBadge</name>
    <message numerus="yes">
        <location filename="../../consultant_desk/ui/episodes/__init__.py" line="+69"/>
        <source>%n overdue episode(s)</source>
        <translation>
            <numerusform>%n épisode en retard</numerusform>
            <numerusform>%n épisodes en retard</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the episodes whose acknowledgement or next step is late</source>
        <translation>Afficher les épisodes dont la reconnaissance ou la prochaine étape est en retard</translation>
    </message>
</context>
<context>
    <name>PlaybookPanel</name>
    <message>
        <location filename="../../consultant_desk/ui/episodes/playbook_panel.py" line="+407"/>
        <source>Now at %1. Left behind:</source>
        <translation>Désormais à l’étape %1. Laissé de côté&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Now at %1.</source>
        <translation>Désormais à l’étape %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A note for the timeline (optional)</source>
        <translation>Une note pour l’historique (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go &amp;back</source>
        <translation>&amp;Revenir en arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose the episode…</source>
        <translation>C&amp;lore l’épisode…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;mediator is needed</source>
        <translation>Un &amp;médiateur est nécessaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who could mediate, and why: named later in the meeting report</source>
        <translation>Qui pourrait jouer le médiateur, et pourquoi&#xa0;: nommé ensuite dans le compte rendu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage %1 of %2 · %3</source>
        <translation>Étape %1 sur %2 · %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The client turned personal: a third person may mediate. Never enter into conflict.</source>
        <translation>Le client s’en prend à vous personnellement&#xa0;: un tiers peut jouer le médiateur. N’entrez jamais en conflit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the client turns personal, a third person may mediate.</source>
        <translation>Si le client s’en prend à vous personnellement, un tiers peut jouer le médiateur.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back to %1</source>
        <translation>Revenir à %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move on: close…</source>
        <translation>Passer à la suite&#xa0;: clore…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Go back to %1</source>
        <translation>&amp;Revenir à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mo&amp;ve to %1</source>
        <translation>Pa&amp;sser à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mo&amp;ve on to %1</source>
        <translation>Pa&amp;sser à %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moving to %1 leaves behind:</source>
        <translation>Passer à %1 laisse de côté&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <location filename="../../consultant_desk/ui/episodes/quick_log.py" line="+332"/>
        <source>No single engagement matches yet.</source>
        <translation>Aucune mission ne correspond encore seule.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+205"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Choose the engagement to see its signed terms.</source>
        <translation>Choisissez la mission pour voir ses conditions signées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No signed terms for this engagement: nothing to point at.</source>
        <translation>Pas de conditions signées pour cette mission&#xa0;: rien à désigner.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>New episode</source>
        <translation>Nouvel épisode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Episode facts</source>
        <translation>Faits de l’épisode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Engagement</source>
        <translation>&amp;Mission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a client, a reference or a title</source>
        <translation>Tapez un client, une référence ou un intitulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whe&amp;n</source>
        <translation>Qua&amp;nd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel</source>
        <translation>Ca&amp;nal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who s&amp;poke</source>
        <translation>Qui a &amp;parlé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name and role</source>
        <translation>Nom et fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cate&amp;gories</source>
        <translation>Caté&amp;gories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space ticks a category; several may apply.</source>
        <translation>Espace coche une catégorie&#xa0;; plusieurs peuvent s’appliquer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client’s &amp;words</source>
        <translation>&amp;Paroles du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the client said it</source>
        <translation>Comme le client l’a dit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;verity</source>
        <translation>Gra&amp;vité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;More: expected and obtained, emotion, clause, remedy asked</source>
        <translation>Pl&amp;us&#xa0;: attendu et obtenu, émotion, clause, réparation demandée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xpected</source>
        <translation>Atten&amp;du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Obtained</source>
        <translation>&amp;Obtenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emo&amp;tion</source>
        <translation>Émo&amp;tion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Intensity</source>
        <translation>&amp;Intensité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> / 5</source>
        <translation>&#xa0;/ 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lause touched</source>
        <translation>C&amp;lause concernée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remedy asked</source>
        <translation>&amp;Réparation demandée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the client asks for, in their words</source>
        <translation>Ce que le client demande, avec ses mots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed terms</source>
        <translation>Conditions signées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n ticked</source>
        <translation>
            <numerusform>%n cochée</numerusform>
            <numerusform>%n cochées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SincerityRemarks</name>
    <message>
        <location filename="../../consultant_desk/ui/widgets/sincerity_remarks.py" line="+145"/>
        <source>Stock formula</source>
        <translation>Formule toute faite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blame shifted</source>
        <translation>Faute reportée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denial or conditional apology</source>
        <translation>Déni ou excuses au conditionnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long justification</source>
        <translation>Longue justification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No next step</source>
        <translation>Pas de suite concrète</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Remarks on the wording appear here as you write. They only advise.</source>
        <translation>Les remarques sur la formulation s’affichent ici pendant la saisie. Elles ne font que conseiller.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to remark.</source>
        <translation>Rien à signaler.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n remark(s): you decide.</source>
        <translation>
            <numerusform>%n remarque&#xa0;: à vous de juger.</numerusform>
            <numerusform>%n remarques&#xa0;: à vous de juger.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sincerity check</source>
        <translation>Sincérité des excuses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language the message is written in</source>
        <translation>La langue dans laquelle le message est écrit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points at what the articles warn against in an apology: a stock formula, blame shifted, a denial, a long justification, no next step.</source>
        <translation>Signale ce que les articles déconseillent dans des excuses&#xa0;: formule toute faite, faute reportée, déni, longue justification, pas de suite concrète.</translation>
    </message>
</context>
<context>
    <name>TimelineEditor</name>
    <message>
        <location filename="../../consultant_desk/ui/episodes/timeline_editor.py" line="-217"/>
        <source>→ next step due %1</source>
        <translation>→ prochaine étape le %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A meeting held for this episode: Enter opens it</source>
        <translation>Une réunion tenue pour cet épisode&#xa0;: Entrée l’ouvre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded by the playbook</source>
        <translation>Noté par le parcours</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Open the meeting</source>
        <translation>&amp;Ouvrir la réunion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add an event…</source>
        <translation>&amp;Ajouter un événement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>episodes</name>
    <message>
        <location filename="../../consultant_desk/ui/episodes/__init__.py" line="+16"/>
        <source>New e&amp;pisode…</source>
        <translation>Nouvel é&amp;pisode…</translation>
    </message>
</context>
</TS>
