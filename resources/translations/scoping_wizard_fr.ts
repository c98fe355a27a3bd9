<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ClauseButton</name>
    <message>
        <location filename="../../consultant_desk/ui/scoping_wizard/widgets.py" line="+174"/>
        <source>Insert clause…</source>
        <translation>Insérer une clause…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert a ready-made clause from the library; you can edit it afterwards.</source>
        <translation>Insérer une clause toute prête de la bibliothèque&#x202f;; vous pourrez la modifier ensuite.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clauses in French</source>
        <translation>Clauses en français</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clauses in English</source>
        <translation>Clauses en anglais</translation>
    </message>
</context>
<context>
    <name>ContractSummary</name>
    <message>
        <location filename="../../consultant_desk/ui/scoping_wizard/summary.py" line="+91"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Amendment No. %1</source>
        <translation>Avenant n°&#xa0;%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First version</source>
        <translation>Première version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract language</source>
        <translation>Langue du contrat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected benefits</source>
        <translation>Bénéfices attendus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success criteria</source>
        <translation>Critères de réussite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deliverable</source>
        <translation>Livrable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No milestone.</source>
        <translation>Aucun jalon.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody is named.</source>
        <translation>Aucun intervenant n’est désigné.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Material</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access needed</source>
        <translation>Accès nécessaires</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Within %1 working days</source>
        <translation>Sous %1&#xa0;jours ouvrés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Named contact</source>
        <translation>Interlocuteur désigné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presence and meetings</source>
        <translation>Présence et réunions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies</source>
        <translation>Délai de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data and access to provide</source>
        <translation>Données et accès à fournir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 to %2</source>
        <translation>De %1 à %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working days</source>
        <translation>Jours travaillés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of work</source>
        <translation>Lieu d’intervention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel</source>
        <translation>Déplacements</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Included</source>
        <translation>Inclus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not included</source>
        <translation>Exclu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change requests</source>
        <translation>Demandes de modification</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fixed fee of %1</source>
        <translation>Forfait de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 per day × %2 days</source>
        <translation>%1 par jour × %2&#xa0;jours</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 excl. VAT, VAT %2: %3, %4 incl. VAT</source>
        <translation>%1 HT, TVA %2&#xa0;: %3, %4 TTC</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expenses</source>
        <translation>Frais</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At milestone “%1”</source>
        <translation>Au jalon «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Instalment</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excl. VAT</source>
        <translation>HT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incl. VAT</source>
        <translation>TTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Exigible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment schedule</source>
        <translation>Échéancier de paiement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 days</source>
        <translation>%1&#xa0;jours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Late payment</source>
        <translation>Retards de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice</source>
        <translation>Préavis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation fee</source>
        <translation>Indemnité de résiliation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal and cancellation</source>
        <translation>Rétractation et résiliation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amicable settlement</source>
        <translation>Règlement amiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediator</source>
        <translation>Médiateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicable law</source>
        <translation>Droit applicable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competent court</source>
        <translation>Tribunal compétent</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <location filename="../../consultant_desk/ui/scoping_wizard/deadlines_page.py" line="+50"/>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliverable</source>
        <translation>Livrable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a milestone</source>
        <translation>Ajouter un jalon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No milestone yet.</source>
        <translation>Aucun jalon pour l’instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this milestone</source>
        <translation>Supprimer ce jalon</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delays are among the first causes of dissatisfaction. Dated milestones, each with its deliverable, give the client visibility, and give you both a shared reference when the planning moves.</source>
        <translation>Les retards comptent parmi les premières causes d’insatisfaction. Des jalons datés, chacun avec son livrable, donnent de la visibilité au client, et à vous deux une référence commune quand le planning bouge.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Engagement</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from</source>
        <comment>dates</comment>
        <translation>du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <comment>dates</comment>
        <translation>au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones</source>
        <translation>Jalons</translation>
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
        <location line="+51"/>
        <source>1 week</source>
        <translation>1&#xa0;semaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 weeks</source>
        <translation>%1&#xa0;semaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day</source>
        <translation>1&#xa0;jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1&#xa0;jours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration: %1</source>
        <translation>Durée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../../consultant_desk/ui/scoping_wizard/drafts.py" line="+134"/>
        <source>Scoping drafts in progress</source>
        <translation>Cadrages en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These scopings were left unfinished. Pick one up where you left it?</source>
        <translation>Ces cadrages ont été laissés en cours. En reprendre un là où vous l’aviez laissé&#x202f;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>FinancialPage</name>
    <message>
        <location filename="../../consultant_desk/ui/scoping_wizard/financial_page.py" line="+187"/>
        <source>Instalment</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share (%)</source>
        <translation>Part (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or amount</source>
        <translation>ou montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on</source>
        <translation>Due le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or at milestone</source>
        <translation>ou au jalon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an instalment</source>
        <translation>Ajouter une échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No instalment yet: the whole price falls due at once.</source>
        <translation>Aucune échéance pour l’instant&#xa0;: la totalité du prix est due en une fois.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this instalment</source>
        <translation>Supprimer cette échéance</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The price, when each part of it is paid, and what happens on late payment or cancellation. Clear money terms, agreed up front, spare both sides an awkward conversation later.</source>
        <translation>Le prix, quand chaque part en est payée, et ce qui se passe en cas de retard de paiement ou d’annulation. Des conditions claires, convenues d’avance, épargnent aux deux parties une conversation délicate plus tard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment schedule</source>
        <translation>Échéancier de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late payment</source>
        <translation>Retards de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal and cancellation</source>
        <translation>Rétractation et résiliation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pricing</source>
        <translation>Tarification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily rate</source>
        <translation>Taux journalier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed fee</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expenses</source>
        <translation>Frais</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>per day ×</source>
        <translation>par jour ×</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Travel and accommodation at cost, on receipts, with the client’s approval…</source>
        <translation>Déplacements et hébergement au réel, sur justificatifs, avec l’accord du client…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interest on late payment, fixed recovery fee, when work may be suspended</source>
        <translation>Pénalités de retard, indemnité forfaitaire de recouvrement, suspension éventuelle des travaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice</source>
        <translation>Préavis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancellation fee</source>
        <translation>Indemnité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not set</source>
        <translation>Non fixé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How either party may end the engagement, and what remains due</source>
        <translation>Comment chaque partie peut mettre fin à la mission, et ce qui reste dû</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Deposit on signature, balance…</source>
        <translation>Acompte à la signature, solde…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (unknown)</source>
        <translation>%1 (inconnu)</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>enter the fixed fee</source>
        <translation>indiquez le forfait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enter the daily rate and the number of days</source>
        <translation>indiquez le taux journalier et le nombre de jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total: %1.</source>
        <translation>Total&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total excl. VAT &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Total HT &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT %1 &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>TVA %1 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total incl. VAT &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Total TTC &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Incl. VAT: %1</source>
        <translation>TTC&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>✓ The schedule adds up to the price: %1 excl. VAT.</source>
        <translation>✓ L’échéancier correspond au prix&#xa0;: %1 HT.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The shares add up to %1 of 100%.</source>
        <translation>Les parts totalisent %1 sur 100&#x202f;%.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The instalments add up to %1 of %2 excl. VAT.</source>
        <translation>Les échéances totalisent %1 sur %2 HT.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give each instalment a share or an amount.</source>
        <translation>Indiquez une part ou un montant pour chaque échéance.</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../consultant_desk/ui/scoping_wizard/hours_page.py" line="+78"/>
        <source>When and where you work: days, hours, on site or remote, travel. Expectations agreed here avoid misunderstandings about your availability.</source>
        <translation>Quand et où vous travaillez&#xa0;: jours, horaires, sur site ou à distance, déplacements. Des attentes convenues ici évitent les malentendus sur votre disponibilité.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working days</source>
        <translation>Jours travaillés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of work</source>
        <translation>Lieu d’intervention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel</source>
        <translation>Déplacements</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where, how often, and who pays for travel and accommodation</source>
        <translation>Où, à quelle fréquence, et qui prend en charge déplacements et hébergement</translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <location filename="../../consultant_desk/ui/scoping_wizard/base.py" line="+240"/>
        <source>…and %1 more: see the fields marked in colour.</source>
        <translation>…et encore %1&#xa0;: voyez les champs marqués en couleur.</translation>
    </message>
</context>
<context>
    <name>LessonsBanner</name>
    <message>
        <location line="-59"/>
        <source>Lessons from earlier engagements</source>
        <translation>Leçons des missions précédentes</translation>
    </message>
</context>
<context>
    <name>MissionPage</name>
    <message>
        <location filename="../../consultant_desk/ui/scoping_wizard/mission_page.py" line="+120"/>
        <source>Take the time to scope the engagement point by point with the client before it starts, even if it takes a while: a precise contract reassures both of you. Start with who it is for and what the engagement is called.</source>
        <translation>Prenez le temps de cadrer la mission point par point avec le client avant son démarrage, même si c’est long&#xa0;: un contrat précis rassure chacun. Commencez par dire pour qui et pour quelle mission il est rédigé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New client…</source>
        <translation>Nouveau client…</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Choose the client and give the engagement a title to continue.</source>
        <translation>Choisissez le client et donnez un intitulé à la mission pour continuer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the signed version…</source>
        <translation>Imprimer la version signée…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The contract will be written in French, the client’s language.</source>
        <translation>Le contrat sera rédigé en français, la langue du client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contract will be written in English, the client’s language.</source>
        <translation>Le contrat sera rédigé en anglais, la langue du client.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Version %1 was signed on %2 and stays exactly as signed. What you change here becomes amendment No. %3, to be signed in its turn.</source>
        <translation>La version %1 a été signée le %2 et reste telle qu’elle a été signée. Ce que vous modifiez ici devient l’avenant n°&#xa0;%3, à signer à son tour.</translation>
    </message>
</context>
<context>
    <name>ObligationsPage</name>
    <message>
        <location filename="../../consultant_desk/ui/scoping_wizard/obligations_page.py" line="+36"/>
        <source>An engagement succeeds with the client, not only for them. A named contact, regular meetings and an agreed reply time protect your deadlines when answers are slow to come.</source>
        <translation>Une mission réussit avec le client, pas seulement pour lui. Un interlocuteur nommé, des points réguliers et un délai de réponse convenu protègent vos délais quand les réponses tardent.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Named contact</source>
        <translation>Interlocuteur désigné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presence and meetings</source>
        <translation>Présence et réunions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies within</source>
        <translation>Répond sous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data and access to provide</source>
        <translation>Données et accès à fournir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The person who answers for the client</source>
        <translation>La personne qui répond pour le client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kick-off meeting, a weekly progress review, steering committee…</source>
        <translation>Réunion de lancement, point d’avancement hebdomadaire, comité de pilotage…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not set</source>
        <translation>Non fixé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> working days</source>
        <translation> jours ouvrés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents, figures, accounts and access the client provides, and by when</source>
        <translation>Documents, chiffres, comptes et accès que le client fournit, et pour quand</translation>
    </message>
</context>
<context>
    <name>RemediesPage</name>
    <message>
        <location filename="../../consultant_desk/ui/scoping_wizard/remedies_page.py" line="+45"/>
        <source>If a disagreement arises: an amicable settlement first, then a mediator, and only then a court. Agreeing on it while all goes well keeps a crisis factual, and no one ever has to enter into conflict.</source>
        <translation>En cas de désaccord&#xa0;: d’abord un règlement amiable, puis un médiateur, et seulement ensuite un tribunal. En convenir quand tout va bien garde une crise sur le terrain des faits, sans que personne ait à entrer en conflit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amicable settlement</source>
        <translation>Règlement amiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediator</source>
        <translation>Médiateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicable law</source>
        <translation>Droit applicable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competent court</source>
        <translation>Tribunal compétent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How the parties first try to settle a disagreement between themselves</source>
        <translation>Comment les parties cherchent d’abord à régler un désaccord entre elles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A named mediator or mediation centre, agreed by both parties</source>
        <translation>Un médiateur ou un centre de médiation désigné, accepté par les deux parties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: French law</source>
        <translation>Par exemple&#xa0;: droit français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Commercial court of Lyon</source>
        <translation>Par exemple&#xa0;: tribunal de commerce de Lyon</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <location filename="../../consultant_desk/ui/scoping_wizard/resources_page.py" line="+41"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a person</source>
        <translation>Ajouter un intervenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody yet.</source>
        <translation>Personne pour l’instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this person</source>
        <translation>Retirer cet intervenant</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Who works on the engagement, for how many days, with what equipment and which access. Saying it now avoids discovering on the first morning that a badge, a licence or a person is missing.</source>
        <translation>Qui intervient sur la mission, combien de jours, avec quel matériel et quels accès. Le dire maintenant évite de découvrir le premier matin qu’il manque un badge, une licence ou une personne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Material</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access needed</source>
        <translation>Accès nécessaires</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Laptop, software licences, meeting room, equipment on site…</source>
        <translation>Ordinateur portable, licences logicielles, salle de réunion, équipement sur site…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Building badge, accounts, VPN, shared folders, tools…</source>
        <translation>Badge d’accès, comptes, VPN, dossiers partagés, outils…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>In all: %1 days planned, %2 days billed.</source>
        <translation>En tout&#xa0;: %1&#xa0;jours prévus, %2&#xa0;jours facturés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In all: %1 days planned.</source>
        <translation>En tout&#xa0;: %1&#xa0;jours prévus.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../consultant_desk/ui/scoping_wizard/review_page.py" line="+222"/>
        <source>Read the whole scoping through once more, ideally with the client. What is missing or risky is listed on the right: fix what matters, then sign on screen, or print the contract and sign it in ink.</source>
        <translation>Relisez l’ensemble du cadrage une dernière fois, idéalement avec le client. Ce qui manque ou présente un risque est listé à droite&#xa0;: corrigez ce qui compte, puis signez à l’écran, ou imprimez le contrat pour le signer à l’encre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To fix before signing</source>
        <translation>À corriger avant de signer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worth a second look</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>For the consultant</source>
        <translation>Pour le consultant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the client</source>
        <translation>Pour le client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed at</source>
        <translation>Fait à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name and position of the client’s signatory</source>
        <translation>Nom et fonction du signataire pour le client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Fix the points in red to sign; click one to go there.</source>
        <translation>Corrigez les points en rouge pour pouvoir signer&#x202f;; cliquez sur l’un d’eux pour y aller.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Nothing prevents signing.</source>
        <translation>✓ Rien n’empêche de signer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Nothing prevents signing, and nothing looks risky.</source>
        <translation>✓ Rien n’empêche de signer, et rien ne paraît risqué.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version %1 signed on %2. It will never be changed: editing the scoping later starts an amendment. Print it to give the client a copy.</source>
        <translation>Version %1 signée le %2. Elle ne sera jamais modifiée&#xa0;: toute évolution du cadrage passera par un avenant. Imprimez-la pour en remettre un exemplaire au client.</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <location filename="../../consultant_desk/ui/scoping_wizard/scope_page.py" line="+40"/>
        <source>Included</source>
        <translation>Inclus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an item</source>
        <translation>Ajouter une prestation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing listed yet.</source>
        <translation>Rien pour l’instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this item</source>
        <translation>Retirer cette prestation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not included</source>
        <translation>Exclu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an exclusion</source>
        <translation>Ajouter une exclusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing excluded yet.</source>
        <translation>Aucune exclusion pour l’instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this exclusion</source>
        <translation>Retirer cette exclusion</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>What you do and, just as important, what you do not do. Listing the exclusions and how a change is requested keeps extra work from turning into tension.</source>
        <translation>Ce que vous faites et, tout aussi important, ce que vous ne faites pas. Lister les exclusions et la façon de demander une modification évite que le travail en plus ne tourne à la tension.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the engagement includes</source>
        <translation>Ce que la mission comprend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it explicitly does not include</source>
        <translation>Ce qu’elle exclut explicitement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change requests</source>
        <translation>Demandes de modification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the client asks for a change, how you quote it, who approves it</source>
        <translation>Comment le client demande une modification, comment vous la chiffrez, qui la valide</translation>
    </message>
</context>
<context>
    <name>ScopingDrafts</name>
    <message>
        <location filename="../../consultant_desk/ui/scoping_wizard/drafts.py" line="-103"/>
        <source>%1, %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Draft in progress</source>
        <translation>Brouillon en cours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resume the draft from %1?</source>
        <translation>Reprendre le brouillon du %1&#x202f;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start over discards this draft and begins again from the last signed version, or from a blank scoping.</source>
        <translation>«&#xa0;Recommencer&#xa0;» abandonne ce brouillon et repart de la dernière version signée, ou d’un cadrage vierge.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>amendment No. %1</source>
        <translation>avenant n°&#xa0;%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first scoping</source>
        <translation>premier cadrage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2, saved on %3</source>
        <translation>%1 · %2, enregistré le %3</translation>
    </message>
</context>
<context>
    <name>ScopingWizard</name>
    <message>
        <location filename="../../consultant_desk/ui/scoping_wizard/wizard.py" line="+494"/>
        <source>Fix the points in red on this page to sign.</source>
        <translation>Corrigez les points en rouge de cette page pour pouvoir signer.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Not saved: fix the values marked in red.</source>
        <translation>Non enregistré&#xa0;: corrigez les valeurs marquées en rouge.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Draft changed elsewhere</source>
        <translation>Brouillon modifié ailleurs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep mine saves what this window shows over the other changes; Reload shows the other version.</source>
        <translation>«&#xa0;Garder ma version&#xa0;» enregistre ce que montre cette fenêtre par-dessus les autres modifications&#x202f;; «&#xa0;Recharger&#xa0;» affiche l’autre version.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep mine</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signed: this version can no longer change.</source>
        <translation>Signé&#xa0;: cette version ne peut plus changer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The draft is saved from the next page on.</source>
        <translation>Le brouillon est enregistré dès la page suivante.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft saved at %1.</source>
        <translation>Brouillon enregistré à %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft saved.</source>
        <translation>Brouillon enregistré.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The consultant</source>
        <translation>Le consultant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The client</source>
        <translation>Le client</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Both signatures are drawn.</source>
        <translation>Les deux signatures sont tracées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The missing signatures will be made in ink on the printed copy.</source>
        <translation>Les signatures manquantes seront apposées à l’encre sur l’exemplaire imprimé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign the scoping</source>
        <translation>Signer le cadrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign version %1 of %2? Once signed, it can never be changed.</source>
        <translation>Signer la version %1 de %2&#x202f;? Une fois signée, elle ne pourra plus jamais être modifiée.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scoping contract — %1</source>
        <translation>Lettre de mission — %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>New scoping</source>
        <translation>Nouveau cadrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amendment No. %1 — %2</source>
        <translation>Avenant n°&#xa0;%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scoping — %1</source>
        <translation>Cadrage — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;gn…</source>
        <translation>Si&amp;gner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the wizard; the draft is saved and can be resumed.</source>
        <translation>Fermer l’assistant&#x202f;; le brouillon est enregistré et pourra être repris.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview the contract, then save or print it.</source>
        <translation>Afficher le contrat, puis l’enregistrer ou l’imprimer.</translation>
    </message>
</context>
<context>
    <name>SignatureSlot</name>
    <message>
        <location filename="../../consultant_desk/ui/scoping_wizard/review_page.py" line="-194"/>
        <source>Not drawn: to be signed in ink on the printed copy.</source>
        <translation>Non tracée&#xa0;: à signer à l’encre sur l’exemplaire imprimé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw…</source>
        <translation>Tracer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>StakesPage</name>
    <message>
        <location filename="../../consultant_desk/ui/scoping_wizard/stakes_page.py" line="+38"/>
        <source>Why is the client calling you in? Dissatisfaction is a gap between what the client expected and what they obtained: writing down the objectives, and how success will be judged, keeps the two aligned from the start.</source>
        <translation>Pourquoi le client fait-il appel à vous&#x202f;? Une insatisfaction, c’est un décalage entre ce que le client attendait et ce qu’il a obtenu&#xa0;: écrire les objectifs, et la façon de juger la réussite, aligne les deux dès le départ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected benefits</source>
        <translation>Bénéfices attendus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success criteria</source>
        <translation>Critères de réussite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the engagement must achieve, in the client’s words</source>
        <translation>Ce que la mission doit permettre d’atteindre, dans les mots du client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the client gains: time, money, quality, peace of mind…</source>
        <translation>Ce que le client y gagne&#xa0;: temps, argent, qualité, tranquillité…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What could get in the way, and how you will handle it</source>
        <translation>Ce qui pourrait faire obstacle, et comment vous y ferez face</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How you and the client will tell that it worked (measurable if possible)</source>
        <translation>Comment vous et le client saurez que c’est réussi (mesurable si possible)</translation>
    </message>
</context>
<context>
    <name>TimeRange</name>
    <message>
        <location filename="../../consultant_desk/ui/scoping_wizard/widgets.py" line="+71"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>à</translation>
    </message>
</context>
</TS>
