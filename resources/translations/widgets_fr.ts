<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../consultant_desk/ui/widgets/pdf_preview.py" line="+105"/>
        <source>Preview — {name}</source>
        <translation>Aperçu — {name}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This PDF cannot be displayed.</source>
        <translation>Ce PDF ne peut pas être affiché.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Save failed</source>
        <translation>L’enregistrement a échoué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF could not be saved to {path}.

{reason}</source>
        <translation>Le PDF n’a pas pu être enregistré dans {path}.

{reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Print failed</source>
        <translation>L’impression a échoué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The printer could not be opened.</source>
        <translation>L’imprimante n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The document has no pages.</source>
        <translation>Le document n’a aucune page.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>It is protected by a password.</source>
        <translation>Il est protégé par un mot de passe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is protected in a way that is not supported.</source>
        <translation>Il est protégé d’une manière qui n’est pas prise en charge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data is not a valid PDF document; it may be damaged or incomplete.</source>
        <translation>Ces données ne forment pas un document PDF valide&#x202f;; il est peut-être endommagé ou incomplet.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Save PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{percent}%</source>
        <translation>{percent}&#x202f;%</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Page {current} / {total}</source>
        <translation>Page {current} / {total}</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../consultant_desk/ui/widgets/signature_pad.py" line="+427"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signer: {name}</source>
        <translation>Signataire&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in the box below with the mouse, a pen or a finger.</source>
        <translation>Signez dans le cadre ci-dessous avec la souris, un stylet ou le doigt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler le trait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the last stroke ({shortcut})</source>
        <translation>Retirer le dernier trait ({shortcut})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the signature again</source>
        <translation>Recommencer la signature</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign</source>
        <translation>&amp;Signer</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location line="-360"/>
        <source>Signature pad</source>
        <translation>Zone de signature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw your signature with the mouse, a pen or a finger.</source>
        <translation>Tracez votre signature avec la souris, un stylet ou le doigt.</translation>
    </message>
    <message>
        <location line="+281"/>
        <source>Sign here</source>
        <translation>Signez ici</translation>
    </message>
</context>
</TS>
