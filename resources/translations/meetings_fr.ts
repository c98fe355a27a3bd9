<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActionItemsEditor</name>
    <message>
        <location filename="../../consultant_desk/ui/meetings/rows_editor.py" line="+407"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Del removes a line, Ctrl+Z brings it back.</source>
        <translation>Suppr retire une ligne, Ctrl+Z la rétablit.</translation>
    </message>
</context>
<context>
    <name>AttendeesEditor</name>
    <message>
        <location line="-52"/>
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
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add attendee</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab moves on; Tab in the last cell adds a line.</source>
        <translation>Tab passe à la cellule suivante&#x202f;; dans la dernière, elle ajoute une ligne.</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <location filename="../../consultant_desk/ui/documents/model.py" line="+50"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Produced</source>
        <translation>Produit le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Taille</translation>
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
        <location line="+45"/>
        <source>The file is no longer at %1</source>
        <translation>Le fichier n’est plus à l’emplacement %1</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message numerus="yes">
        <location filename="../../consultant_desk/ui/documents/page.py" line="+133"/>
        <source>%1 of %Ln document(s) shown</source>
        <translation>
            <numerusform>%1 document affiché sur %Ln</numerusform>
            <numerusform>%1 documents affichés sur %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search document, engagement, client or file</source>
        <translation>Rechercher un document, une mission, un client ou un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected PDF (Return)</source>
        <translation>Ouvrir le PDF sélectionné (Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the folder that holds the selected PDF</source>
        <translation>Afficher le dossier qui contient le PDF sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify a file…</source>
        <translation>&amp;Vérifier un fichier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check whether a PDF is exactly one this register recorded</source>
        <translation>Vérifier qu’un PDF est exactement l’un de ceux que ce registre a enregistrés</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>File not found</source>
        <translation>Fichier introuvable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is no longer there: it was moved or deleted. The register still holds its fingerprint, so a copy found elsewhere can be verified.</source>
        <translation>%1 n’est plus là&#xa0;: il a été déplacé ou supprimé. Le registre garde son empreinte&#x202f;; une copie retrouvée ailleurs peut donc être vérifiée.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+18"/>
        <source>Verify a file</source>
        <translation>Vérifier un fichier</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Documents PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Document verified</source>
        <translation>Document vérifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 matches a registered document exactly.</source>
        <translation>%1 correspond exactement à un document du registre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a single byte has changed since it was produced.</source>
        <translation>Pas un octet n’a changé depuis sa production.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same content, file re-saved</source>
        <translation>Même contenu, fichier réenregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 shows exactly what was registered.</source>
        <translation>%1 montre exactement ce qui a été enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another program wrote the file again: its bytes differ, but every page (text, signatures, images) is the one produced here.</source>
        <translation>Un autre programme a réécrit le fichier&#xa0;: ses octets diffèrent, mais chaque page (texte, signatures, images) est celle produite ici.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document altered</source>
        <translation>Document modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed after it was produced.</source>
        <translation>%1 a été modifié après sa production.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It claims to be this version.</source>
        <translation>Il se présente comme cette version.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its content no longer matches the fingerprint recorded then. Do not rely on this file: produce the document again, or use the copy you sent.</source>
        <translation>Son contenu ne correspond plus à l’empreinte enregistrée alors. Ne vous fiez pas à ce fichier&#xa0;: produisez à nouveau le document, ou reprenez la copie que vous avez envoyée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown document</source>
        <translation>Document inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not produced by this database.</source>
        <translation>%1 n’a pas été produit par cette base de données.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No document produced here has this content. It comes from elsewhere: another database, or another program.</source>
        <translation>Aucun document produit ici n’a ce contenu. Il vient d’ailleurs&#xa0;: une autre base de données, ou un autre programme.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Registered as: %1, %2 (%3), version %4, produced on %5.</source>
        <translation>Enregistré comme&#xa0;: %1, %2 (%3), version %4, produit le %5.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed by %1.</source>
        <translation>Signé par %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>SHA-256 fingerprint of the file: %1</source>
        <translation>Empreinte SHA-256 du fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>No document produced yet.
Scoping contracts, meeting reports and remediation offers appear here once saved, each with its fingerprint for later checks.</source>
        <translation>Aucun document produit pour l’instant.
Les contrats de prestation, comptes rendus de réunion et propositions de geste commercial apparaissent ici une fois enregistrés, chacun avec son empreinte pour les vérifier plus tard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No document matches this search.</source>
        <translation>Aucun document ne correspond à cette recherche.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>MeetingDetailPane</name>
    <message>
        <location filename="../../consultant_desk/ui/meetings/detail.py" line="+19"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By both parties</source>
        <translation>Par les deux parties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By the consultant only</source>
        <translation>Par le consultant seulement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By the client only</source>
        <translation>Par le client seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Meeting of %1</source>
        <translation>Réunion du %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Engagement</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up on</source>
        <translation>Point de suivi le</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the client expressed</source>
        <translation>Ce que le client a exprimé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreed solution</source>
        <translation>Solution convenue</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../consultant_desk/ui/meetings/dialog.py" line="+381"/>
        <source>Reloaded: the form now shows the saved version.</source>
        <translation>Rechargé&#xa0;: le formulaire montre maintenant la version enregistrée.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 See line %2.</source>
        <translation>%1 Voir la ligne %2.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>They were kept as a draft when this meeting was closed without being saved.</source>
        <translation>Elles ont été gardées en brouillon quand cette réunion a été fermée sans être enregistrée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The meeting was saved again since: restoring puts the draft in the form, and nothing is saved until you press Save.</source>
        <translation>La réunion a été enregistrée depuis&#xa0;: restaurer remet le brouillon dans le formulaire, et rien n’est enregistré avant que vous cliquiez sur Enregistrer.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The consultant</source>
        <translation>Le consultant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client</source>
        <translation>Le client</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signing failed</source>
        <translation>La signature a échoué</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Preview failed</source>
        <translation>L’aperçu a échoué</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saved at %1.</source>
        <translation>Enregistré à %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved yet — draft kept at %1.</source>
        <translation>Pas encore enregistré — brouillon gardé à %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft of %1 restored — not saved yet.</source>
        <translation>Brouillon de %1 restauré — pas encore enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft could not be written: %1</source>
        <translation>Le brouillon n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed. The report can no longer be changed.</source>
        <translation>Signé. Le compte rendu ne peut plus être modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was signed: the printed report keeps blank lines to sign in ink.</source>
        <translation>Rien n’a été signé&#xa0;: le compte rendu imprimé garde des lignes vierges pour signer à l’encre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>French</source>
        <comment>report in</comment>
        <translation>français</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <comment>report in</comment>
        <translation>anglais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the client’s language (%1)</source>
        <translation>la langue du client (%1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This meeting report is signed: it can no longer be changed. You can still preview, save and print it.</source>
        <translation>Ce compte rendu est signé&#xa0;: il ne peut plus être modifié. Vous pouvez toujours l’afficher, l’enregistrer et l’imprimer.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting of %1</source>
        <translation>Réunion du %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;gn…</source>
        <translation>Si&amp;gner…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consultant, then the client, sign on screen; each may skip</source>
        <translation>Le consultant, puis le client, signent à l’écran&#x202f;; chacun peut passer son tour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preview PDF…</source>
        <translation>&amp;Aperçu PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See the meeting report as it will print, then save or print it</source>
        <translation>Voir le compte rendu tel qu’il sera imprimé, puis l’enregistrer ou l’imprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report in</source>
        <translation>Compte rendu en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language the meeting report is written in</source>
        <translation>La langue dans laquelle le compte rendu est rédigé</translation>
    </message>
</context>
<context>
    <name>MeetingFields</name>
    <message>
        <location filename="../../consultant_desk/ui/meetings/fields.py" line="+361"/>
        <location line="+102"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed on screen: a blank line to sign in ink.</source>
        <translation>Pas de signature à l’écran&#xa0;: une ligne vierge pour signer à l’encre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed on screen, %1.</source>
        <translation>Signé à l’écran, le %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed on screen.</source>
        <translation>Signé à l’écran.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign… asks the consultant, then the client, to sign on screen; either may skip and sign the printed report in ink. Once signed, the report can no longer be changed.</source>
        <translation>Signer… fait signer à l’écran le consultant, puis le client&#x202f;; chacun peut passer son tour et signer à l’encre le compte rendu imprimé. Une fois signé, le compte rendu ne peut plus être modifié.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Meeting (%1)</source>
        <translation>Réunion (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions (%1)</source>
        <translation>Actions (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engagement</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related episode</source>
        <translation>Épisode lié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an engagement</source>
        <translation>Choisissez une mission</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dissatisfaction episode this meeting deals with, if any</source>
        <translation>L’épisode d’insatisfaction dont traite cette réunion, s’il y en a un</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Client’s office, video link, phone…</source>
        <translation>Locaux du client, lien de visio, téléphone…</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Points discussed</source>
        <translation>Points abordés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the client expressed</source>
        <translation>Ce que le client a exprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was acknowledged</source>
        <translation>Ce qui a été reconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed solution</source>
        <translation>Solution convenue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The subjects covered, in order</source>
        <translation>Les sujets abordés, dans l’ordre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client’s own words, as spoken: what they expected, what they got, how they feel</source>
        <translation>Les mots du client, tels quels&#xa0;: ce qu’il attendait, ce qu’il a obtenu, ce qu’il ressent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What you acknowledge, briefly and plainly: no blame on anyone, no long justification</source>
        <translation>Ce que vous reconnaissez, brièvement et sans détour&#xa0;: sans rejeter la faute sur personne, sans longue justification</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The solution built with the client: acceptable beats perfect</source>
        <translation>La solution construite avec le client&#xa0;: acceptable plutôt que parfaite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up on</source>
        <translation>Point de suivi le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happens next, explained plainly: who does what, and when you check in</source>
        <translation>La suite, expliquée simplement&#xa0;: qui fait quoi, et quand vous faites le point</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When you will check with the client that it is resolved</source>
        <translation>Quand vous vérifierez avec le client que le problème est résolu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the client</source>
        <translation>Pour le client</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name of the consultant</source>
        <translation>Nom du consultant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the person who signs</source>
        <translation>Nom de la personne qui signe</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Signed at</source>
        <translation>Signé à</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
</context>
<context>
    <name>MeetingPrompts</name>
    <message>
        <location filename="../../consultant_desk/ui/meetings/prompts.py" line="+27"/>
        <location line="+17"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Restore unsaved changes from %1?</source>
        <translation>Restaurer les modifications non enregistrées de %1&#x202f;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard them</source>
        <translation>Les abandonner</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save this meeting before closing?</source>
        <translation>Enregistrer cette réunion avant de fermer&#x202f;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you close without saving, nothing is lost: your notes stay in a draft that is offered the next time you open this meeting.</source>
        <translation>Si vous fermez sans enregistrer, rien n’est perdu&#xa0;: vos notes restent dans un brouillon proposé à la prochaine ouverture de cette réunion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close, keep the draft</source>
        <translation>Fermer, garder le brouillon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sign the meeting report</source>
        <translation>Signer le compte rendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once signed, the report can no longer be changed.</source>
        <translation>Une fois signé, le compte rendu ne peut plus être modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consultant signs first, then the client. Either may skip: the printed report then keeps a blank line to sign in ink.</source>
        <translation>Le consultant signe d’abord, puis le client. Chacun peut passer son tour&#xa0;: le compte rendu imprimé garde alors une ligne vierge pour signer à l’encre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign now</source>
        <translation>Signer maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <location filename="../../consultant_desk/ui/meetings/model.py" line="+39"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../consultant_desk/ui/meetings/__init__.py" line="+43"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../consultant_desk/ui/meetings/page.py" line="+84"/>
        <source>No meeting recorded yet.
Record one with File › New meeting (%1), before, during or right after you meet the client.</source>
        <translation>Aucune réunion enregistrée pour l’instant.
Notez-en une avec Fichier › Nouvelle réunion (%1), avant, pendant ou juste après l’entretien avec le client.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No meeting matches this search.</source>
        <translation>Aucune réunion ne correspond à cette recherche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a meeting to see what was said and agreed.</source>
        <translation>Sélectionnez une réunion pour voir ce qui a été dit et convenu.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 of %Ln meeting(s) shown</source>
        <translation>
            <numerusform>%1 réunion affichée sur %Ln</numerusform>
            <numerusform>%1 réunions affichées sur %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln réunion</numerusform>
            <numerusform>%Ln réunions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search date, engagement, client, mode or place</source>
        <translation>Rechercher une date, une mission, un client, une modalité ou un lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New meeting…</source>
        <translation>Nouvelle réunion…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;meeting…</source>
        <translation>Nouvelle &amp;réunion…</translation>
    </message>
</context>
</TS>
