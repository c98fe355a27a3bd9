<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../../consultant_desk/ui/about.py" line="+30"/>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope missions, recover unhappy clients, print signed documents.</source>
        <translation>Cadrez vos missions, reconquérez les clients mécontents, imprimez des documents signés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>Base de données&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qt %1, PySide %2, Python %3</source>
        <translation>Qt %1, PySide %2, Python %3</translation>
    </message>
</context>
<context>
    <name>ClientDetailPane</name>
    <message>
        <location filename="../../consultant_desk/ui/clients/detail.py" line="+22"/>
        <source>French-speaking client</source>
        <translation>Client francophone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English-speaking client</source>
        <translation>Client anglophone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Archived</source>
        <comment>client</comment>
        <translation>Archivé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company number</source>
        <translation>N° d’entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No contact recorded yet.</source>
        <translation>Aucun contact enregistré pour l’instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engagements</source>
        <translation>Missions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No engagement with this client yet.</source>
        <translation>Aucune mission avec ce client pour l’instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>main contact</source>
        <translation>interlocuteur principal</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../consultant_desk/ui/clients/dialog.py" line="+177"/>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit client — %1</source>
        <translation>Modifier le client — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company number</source>
        <translation>N° d’entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation or person billed</source>
        <translation>Organisation ou personne facturée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIRET, VAT or company number</source>
        <translation>SIRET, n° de TVA ou d’entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accounts@example.com</source>
        <translation>comptabilite@exemple.fr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents for this client are written in it</source>
        <translation>Les documents destinés à ce client sont rédigés dans cette langue</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <location filename="../../consultant_desk/ui/clients/page.py" line="+62"/>
        <source>Archive client</source>
        <translation>Archiver le client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive the client “%1”?</source>
        <translation>Archiver le client «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its engagements stay as they are, but no new engagement can be opened for it. Nothing is deleted: tick “Show archived” to see it again and restore it.</source>
        <translation>Ses missions restent inchangées, mais aucune nouvelle mission ne pourra lui être ouverte. Rien n’est supprimé&#xa0;: cochez «&#xa0;Afficher les archives&#xa0;» pour le retrouver et le restaurer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No client recorded yet.</source>
        <translation>Aucun client enregistré pour l’instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No client yet.
Add one with File › New client (%1).</source>
        <translation>Aucun client pour l’instant.
Ajoutez-en un avec Fichier › Nouveau client (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No client matches this search.</source>
        <translation>Aucun client ne correspond à cette recherche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a client to see its contacts and engagements.</source>
        <translation>Sélectionnez un client pour voir ses contacts et ses missions.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 of %Ln client(s) shown</source>
        <translation>
            <numerusform>%1 sur %Ln client affiché</numerusform>
            <numerusform>%1 sur %Ln clients affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search name, email or phone</source>
        <translation>Rechercher un nom, un e-mail, un téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show archived</source>
        <translation>Afficher les archives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New client…</source>
        <translation>Nouveau client…</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../consultant_desk/ui/clients/model.py" line="+27"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagements</source>
        <translation>Missions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <location filename="../../consultant_desk/ui/widgets/contacts_editor.py" line="+105"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The main contact for this client</source>
        <translation>L’interlocuteur principal chez ce client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove contact</source>
        <translation>Retirer le contact</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../consultant_desk/ui/framework/detail_pane.py" line="+90"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
</context>
<context>
    <name>EngagementDetailPane</name>
    <message>
        <location filename="../../consultant_desk/ui/engagements/detail.py" line="+18"/>
        <source>Archived</source>
        <comment>engagement</comment>
        <translation>Archivée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No summary yet.</source>
        <translation>Pas encore de résumé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <location filename="../../consultant_desk/ui/engagements/dialog.py" line="+108"/>
        <source>%1 (archived)</source>
        <comment>client</comment>
        <translation>%1 (archivé)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>New engagement</source>
        <translation>Nouvelle mission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit engagement — %1</source>
        <translation>Modifier la mission — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a client</source>
        <translation>Choisissez un client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the client buys, in a few words</source>
        <translation>Ce que le client achète, en quelques mots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context, stakes, what success looks like for the client…</source>
        <translation>Contexte, enjeux, ce que le client appellera une réussite…</translation>
    </message>
</context>
<context>
    <name>EngagementPage</name>
    <message>
        <location filename="../../consultant_desk/ui/engagements/page.py" line="+87"/>
        <source>Archive engagement</source>
        <translation>Archiver la mission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive the engagement “%1 — %2”?</source>
        <translation>Archiver la mission «&#xa0;%1 — %2&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It leaves the list but nothing is deleted: tick “Show archived” to see it again and restore it.</source>
        <translation>Elle quitte la liste, mais rien n’est supprimé&#xa0;: cochez «&#xa0;Afficher les archives&#xa0;» pour la retrouver et la restaurer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No engagement recorded yet.</source>
        <translation>Aucune mission enregistrée pour l’instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No engagement yet.
Create one with File › New engagement (%1).</source>
        <translation>Aucune mission pour l’instant.
Créez-en une avec Fichier › Nouvelle mission (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No engagement matches this search.</source>
        <translation>Aucune mission ne correspond à cette recherche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select an engagement to see its details.</source>
        <translation>Sélectionnez une mission pour en voir le détail.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 of %Ln engagement(s) shown</source>
        <translation>
            <numerusform>%1 sur %Ln mission affichée</numerusform>
            <numerusform>%1 sur %Ln missions affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln engagement(s)</source>
        <translation>
            <numerusform>%Ln mission</numerusform>
            <numerusform>%Ln missions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search reference, title, client or status</source>
        <translation>Rechercher une référence, un intitulé, un client, un statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show archived</source>
        <translation>Afficher les archives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New engagement…</source>
        <translation>Nouvelle mission…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
</context>
<context>
    <name>EngagementTableModel</name>
    <message>
        <location filename="../../consultant_desk/ui/engagements/model.py" line="+40"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Episodes</source>
        <translation>Épisodes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../consultant_desk/ui/navigation.py" line="+39"/>
        <source>Engagements</source>
        <translation>Missions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../consultant_desk/ui/main_window.py" line="+223"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Refreshed</source>
        <translation>Actualisé</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select an engagement to scope first</source>
        <translation>Sélectionnez d’abord la mission à cadrer</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>About Qt</source>
        <translation>À propos de Qt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New &amp;engagement…</source>
        <translation>Nouvelle &amp;mission…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;client…</source>
        <translation>Nouveau &amp;client…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;details (letterhead)…</source>
        <translation>Vos coor&amp;données (en-tête)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;ope or amend the engagement…</source>
        <translation>Cad&amp;rer ou amender la mission…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New engagement with scoping &amp;wizard…</source>
        <translation>Nouvelle mission avec l’&amp;assistant de cadrage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About %1</source>
        <translation>À &amp;propos de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../consultant_desk/ui/widgets/date_field.py" line="+60"/>
        <source>Not set</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Set a date</source>
        <translation>Indiquer une date</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../consultant_desk/ui/profile_dialog.py" line="+165"/>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg)</source>
        <translation>Images (*.png *.jpg)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+46"/>
        <source>Your details</source>
        <translation>Vos coordonnées</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number</source>
        <translation>N° d’immatriculation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default currency</source>
        <translation>Devise par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default VAT (%)</source>
        <translation>TVA par défaut (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default daily rate</source>
        <translation>Taux journalier par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share capital</source>
        <translation>Capital social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade register (RCS) city</source>
        <translation>Ville du RCS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade register (RCS) number</source>
        <translation>Numéro RCS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT number</source>
        <translation>N° de TVA intracommunautaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional liability insurer</source>
        <translation>Assureur RC professionnelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insurance policy number</source>
        <translation>N° de police d’assurance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIRET 812 345 678 00027</source>
        <translation>SIRET 812 345 678 00027</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed in “Signed at …”</source>
        <translation>Imprimée dans «&#xa0;Fait à …&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SARL, SAS, EI…</source>
        <translation>SARL, SAS, EI…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 000 €</source>
        <translation>10&#xa0;000&#xa0;€</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FR 12 345678901</source>
        <translation>FR 12 345678901</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your details are not filled in yet: the document would show a placeholder where your name, address and legal mentions go. Fill them in now?</source>
        <translation>Vos coordonnées ne sont pas encore renseignées&#xa0;: le document afficherait un texte provisoire à la place de votre nom, de votre adresse et de vos mentions légales. Les renseigner maintenant&#xa0;?</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../consultant_desk/ui/framework/record_dialog.py" line="+89"/>
        <source>Reloaded: the form now shows the saved version.</source>
        <translation>Rechargé&#xa0;: le formulaire affiche maintenant la version enregistrée.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../consultant_desk/ui/settings_dialog.py" line="+83"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Automatic (system language: %1)</source>
        <translation>Automatique (langue du système&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The interface switches at once. Documents are still written in each client&apos;s own language.</source>
        <translation>L’interface change de langue immédiatement. Les documents restent rédigés dans la langue de chaque client.</translation>
    </message>
</context>
<context>
    <name>crash_dialog</name>
    <message>
        <location filename="../../consultant_desk/ui/crash_dialog.py" line="+35"/>
        <source>Something unexpected happened. Nothing you typed has been lost.</source>
        <translation>Un imprévu est survenu. Rien de ce que vous avez saisi n’a été perdu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The action did not complete; open forms keep their content. You can go on working.</source>
        <translation>L’action n’a pas abouti&#x202f;; les formulaires ouverts gardent leur contenu. Vous pouvez continuer à travailler.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Technical details (%1) were written to the log file:</source>
        <translation>Les détails techniques (%1) ont été écrits dans le journal&#x202f;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier du journal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy log path</source>
        <translation>Copier le chemin du journal</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../consultant_desk/ui/messages.py" line="+29"/>
        <source>Changed elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload shows the saved version and drops your changes; Keep editing lets you copy what you typed first.</source>
        <translation>«&#xa0;Recharger&#xa0;» affiche la version enregistrée et abandonne vos modifications&#x202f;; «&#xa0;Continuer la saisie&#xa0;» vous laisse d’abord copier ce que vous avez tapé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
</context>
</TS>
