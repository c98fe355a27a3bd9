<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
        <location filename="../../consultant_desk/ui/episodes/model.py" line="+170"/>
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
        <source>Client’s words</source>
        <translation>Paroles du client</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 · %2/5</source>
        <translation>%1 · %2/5</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>Stage %1 of %2 of the recovery playbook</source>
        <translation>Étape %1 sur %2 du plan de reconquête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed on %1</source>
        <translation>Clos le %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Days since the episode surfaced, until the client confirmed it resolved</source>
        <translation>Jours écoulés depuis que le client a exprimé son insatisfaction, jusqu’à ce qu’il en confirme la résolution</translation>
    </message>
</context>
<context>
    <name>EpisodesPage</name>
    <message>
        <location filename="../../consultant_desk/ui/episodes/__init__.py" line="+19"/>
        <source>Episodes</source>
        <translation>Épisodes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../consultant_desk/ui/episodes/page.py" line="+138"/>
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
        <source>Open only</source>
        <translation>Ouverts seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the episodes the client confirmed resolved</source>
        <translation>Masquer les épisodes dont le client a confirmé la résolution</translation>
    </message>
    <message>
        <location line="-59"/>
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
</TS>
