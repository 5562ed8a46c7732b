<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>A preview of PDF files is not available in this version of Satchel. The file stays inside the vault; nothing was written to disk.</source>
        <translation>L’aperçu des fichiers PDF n’est pas disponible dans cette version de Satchel. Le fichier reste dans le coffre ; rien n’a été écrit sur le disque.</translation>
    </message>
    <message>
        <source>This picture could not be read; it may be damaged.</source>
        <translation>Cette image n’a pas pu être lue ; elle est peut-être endommagée.</translation>
    </message>
    <message>
        <source>Satchel cannot show this kind of file. The file stays inside the vault; nothing was written to disk.</source>
        <translation>Satchel ne sait pas afficher ce type de fichier. Le fichier reste dans le coffre ; rien n’a été écrit sur le disque.</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>“%1” was added. Removed from it: %2.</source>
        <translation>« %1 » a été ajouté. Retiré du fichier : %2.</translation>
    </message>
    <message>
        <source>The file could not be read; check that it still exists.</source>
        <translation>Le fichier n’a pas pu être lu ; vérifiez qu’il existe toujours.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Drop files here or use “Add files…”. Hidden details such as the GPS position of a photo or the author of a document are removed before the file is stored.</source>
        <translation>Déposez des fichiers ici ou utilisez « Ajouter des fichiers… ». Les détails cachés, comme la position GPS d’une photo ou l’auteur d’un document, sont retirés avant l’enregistrement du fichier.</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message numerus="yes">
        <source>The audit log is intact: %n entries checked.</source>
        <translation>
            <numerusform>Le journal d’audit est intact : %n entrée vérifiée.</numerusform>
            <numerusform>Le journal d’audit est intact : %n entrées vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was tampered with or damaged:</source>
        <translation>Le journal d’audit a été altéré ou endommagé :</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Audit log&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Journal d’audit&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Every change, import and export, newest first. The log records what changed and when, not the values. Each entry is chained to the one before, so altering or removing one shows.</source>
        <translation>Chaque modification, import et export, du plus récent au plus ancien. Le journal note ce qui a changé et quand, pas les valeurs. Chaque entrée est chaînée à la précédente : toute modification ou suppression se voit.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Check the chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
</context>
<context>
    <name>CaseDetailPage</name>
    <message>
        <source>This case cannot move to “%1” until these required checks have passed: %2.</source>
        <translation>Le dossier ne peut pas passer à l’étape « %1 » tant que ces vérifications obligatoires ne sont pas réussies : %2.</translation>
    </message>
    <message>
        <source>These dates are not in the form YYYY-MM-DD: %1.</source>
        <translation>Ces dates ne sont pas au format AAAA-MM-JJ : %1.</translation>
    </message>
    <message>
        <source>A rejected case needs a reason: fill in “%1” on the Case tab.</source>
        <translation>Un dossier refusé doit indiquer un motif : remplissez « %1 » dans l’onglet Dossier.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Rien à enregistrer.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>This case cannot be referred until these required checks have passed: %1.</source>
        <translation>Le dossier ne peut pas être transmis tant que ces vérifications obligatoires ne sont pas réussies : %1.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>Service militaire</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Vetting</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Transmissions</translation>
    </message>
    <message>
        <source>← All cases</source>
        <translation>← Tous les dossiers</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Étape :</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save every change on this case (Ctrl+S)</source>
        <translation>Enregistrer toutes les modifications de ce dossier (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by name, alias or unit, in any script</source>
        <translation>Rechercher par nom, alias ou unité, en cyrillique ou en latin</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Juriste</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Tout niveau de risque</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>Toute échéance</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due within a week</source>
        <translation>Échéance sous une semaine</translation>
    </message>
    <message>
        <source>Due within a month</source>
        <translation>Échéance sous un mois</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Juriste</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Prochaine action</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
</context>
<context>
    <name>ComingLaterPage</name>
    <message>
        <source>Partner organisations, contacts and their keys will be managed here in the next version. Until then use the command line.</source>
        <translation>Les organisations partenaires, les contacts et leurs clés seront gérés ici dans la prochaine version. D’ici là, utilisez la ligne de commande.</translation>
    </message>
    <message>
        <source>Sealing and opening case bundles will be done here in the next version. Until then use the command line.</source>
        <translation>Le scellement et l’ouverture des paquets de dossiers se feront ici dans la prochaine version. D’ici là, utilisez la ligne de commande.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>Nothing due in the next two weeks.</source>
        <translation>Aucune échéance dans les deux prochaines semaines.</translation>
    </message>
    <message>
        <source>No bundles have been imported yet.</source>
        <translation>Aucun paquet n’a encore été importé.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Dashboard&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Tableau de bord&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Cases by stage</source>
        <translation>Dossiers par étape</translation>
    </message>
    <message>
        <source>Cases by overall risk</source>
        <translation>Dossiers par niveau de risque global</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Next deadlines and overdue actions</source>
        <translation>Prochaines échéances et actions en retard</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Prochaine action</translation>
    </message>
    <message>
        <source>Recent imports</source>
        <translation>Imports récents</translation>
    </message>
    <message>
        <source>Security status</source>
        <translation>État de la sécurité</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>%1:</source>
        <comment>a field&apos;s label before its value</comment>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe sont différentes.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Trop court : au moins %n caractère.</numerusform>
            <numerusform>Trop court : au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: easy to guess. Use several unrelated words.</source>
        <translation>Faible : facile à deviner. Utilisez plusieurs mots sans rapport entre eux.</translation>
    </message>
    <message>
        <source>Fair: longer is better; add another word or two.</source>
        <translation>Moyenne : plus c’est long, mieux c’est ; ajoutez un ou deux mots.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Solide.</translation>
    </message>
    <message>
        <source>Create your Satchel vault</source>
        <translation>Créer votre coffre Satchel</translation>
    </message>
    <message>
        <source>Satchel keeps your cases in an encrypted vault on this computer. Choose a passphrase: a phrase of several words you will remember. Without it or the recovery code nobody can open the vault, including you.</source>
        <translation>Satchel conserve vos dossiers dans un coffre chiffré sur cet ordinateur. Choisissez une phrase de passe : plusieurs mots dont vous vous souviendrez. Sans elle ou sans le code de récupération, personne ne peut ouvrir le coffre, pas même vous.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase de passe :</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>Répétez la phrase de passe :</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Création du coffre…</translation>
    </message>
    <message>
        <source>This is your recovery code. It is shown only this once. Write it on paper and keep it apart from the laptop: it opens the vault if you forget the passphrase or move to a new computer.</source>
        <translation>Voici votre code de récupération. Il n’est affiché qu’une seule fois. Notez-le sur papier et conservez-le à l’écart de l’ordinateur : il ouvre le coffre si vous oubliez la phrase de passe ou changez d’ordinateur.</translation>
    </message>
    <message>
        <source>I have written the recovery code down</source>
        <translation>J’ai noté le code de récupération</translation>
    </message>
    <message>
        <source>To confirm, type the last group of the code from your paper copy:</source>
        <translation>Pour confirmer, saisissez le dernier groupe du code depuis votre copie papier :</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Intake</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Vetting</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Transmis</translation>
    </message>
    <message>
        <source>Documents requested</source>
        <translation>Documents demandés</translation>
    </message>
    <message>
        <source>Entry approved</source>
        <translation>Entrée accordée</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Asylum filed</source>
        <translation>Demande d’asile déposée</translation>
    </message>
    <message>
        <source>Protection granted</source>
        <translation>Protection accordée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Pièces d’identité</translation>
    </message>
    <message>
        <source>Military documents</source>
        <translation>Documents militaires</translation>
    </message>
    <message>
        <source>Interview consistency</source>
        <translation>Cohérence des entretiens</translation>
    </message>
    <message>
        <source>Open-source cross-check</source>
        <translation>Recoupement en sources ouvertes</translation>
    </message>
    <message>
        <source>Plant screening</source>
        <translation>Détection d’infiltration</translation>
    </message>
    <message>
        <source>War-crimes screening</source>
        <translation>Vérification crimes de guerre</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Non concluante</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non faite</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Nom en alphabet latin</translation>
    </message>
    <message>
        <source>Name in Cyrillic letters</source>
        <translation>Nom en cyrillique</translation>
    </message>
    <message>
        <source>Other names and spellings</source>
        <translation>Autres noms et graphies</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Internal passport number</source>
        <translation>N° de passeport intérieur</translation>
    </message>
    <message>
        <source>International passport</source>
        <translation>Passeport international</translation>
    </message>
    <message>
        <source>Passport expiry date</source>
        <translation>Date d’expiration du passeport</translation>
    </message>
    <message>
        <source>How to reach the person</source>
        <translation>Comment joindre la personne</translation>
    </message>
    <message>
        <source>Current city</source>
        <translation>Ville actuelle</translation>
    </message>
    <message>
        <source>Address in Kazakhstan</source>
        <translation>Adresse au Kazakhstan</translation>
    </message>
    <message>
        <source>Kind of service</source>
        <translation>Type de service</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Arme</translation>
    </message>
    <message>
        <source>Military unit</source>
        <translation>Unité militaire</translation>
    </message>
    <message>
        <source>Service start date</source>
        <translation>Début du service</translation>
    </message>
    <message>
        <source>Service end date</source>
        <translation>Fin du service</translation>
    </message>
    <message>
        <source>Deployed to Ukraine</source>
        <translation>Déployé en Ukraine</translation>
    </message>
    <message>
        <source>Where deployed</source>
        <translation>Lieux de déploiement</translation>
    </message>
    <message>
        <source>Date of desertion</source>
        <translation>Date de désertion</translation>
    </message>
    <message>
        <source>Route after deserting</source>
        <translation>Itinéraire après la désertion</translation>
    </message>
    <message>
        <source>Criminal code article</source>
        <translation>Article du code pénal</translation>
    </message>
    <message>
        <source>Criminal case number</source>
        <translation>N° de l’affaire pénale</translation>
    </message>
    <message>
        <source>On a wanted list</source>
        <translation>Recherché</translation>
    </message>
    <message>
        <source>Risk of detention</source>
        <translation>Risque de détention</translation>
    </message>
    <message>
        <source>Risk of deportation</source>
        <translation>Risque d’expulsion</translation>
    </message>
    <message>
        <source>Pressure on the family</source>
        <translation>Pressions sur la famille</translation>
    </message>
    <message>
        <source>Overall risk</source>
        <translation>Risque global</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Lawyer in charge</source>
        <translation>Juriste responsable</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Prochaine action</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Reason for rejection</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>Has a valid one</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Career officer</source>
        <translation>Officier de carrière</translation>
    </message>
    <message>
        <source>Contract soldier</source>
        <translation>Sous contrat</translation>
    </message>
    <message>
        <source>Mobilized</source>
        <translation>Mobilisé</translation>
    </message>
    <message>
        <source>Conscript</source>
        <translation>Appelé</translation>
    </message>
    <message>
        <source>Reservist</source>
        <translation>Réserviste</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Document received</source>
        <translation>Document reçu</translation>
    </message>
    <message>
        <source>Referral sent</source>
        <translation>Transmission envoyée</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Voyage</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Déclinée</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Dossier ouvert</translation>
    </message>
    <message>
        <source>Case edited</source>
        <translation>Dossier modifié</translation>
    </message>
    <message>
        <source>Stage changed</source>
        <translation>Étape modifiée</translation>
    </message>
    <message>
        <source>Vetting check recorded</source>
        <translation>Vérification enregistrée</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Note ajoutée</translation>
    </message>
    <message>
        <source>Statement added</source>
        <translation>Déclaration ajoutée</translation>
    </message>
    <message>
        <source>Timeline event added</source>
        <translation>Événement ajouté</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>Pièce jointe ajoutée</translation>
    </message>
    <message>
        <source>Partner added</source>
        <translation>Partenaire ajouté</translation>
    </message>
    <message>
        <source>Contact added</source>
        <translation>Contact ajouté</translation>
    </message>
    <message>
        <source>Contact key verification changed</source>
        <translation>Vérification de clé modifiée</translation>
    </message>
    <message>
        <source>Case referred</source>
        <translation>Dossier transmis</translation>
    </message>
    <message>
        <source>Referral status changed</source>
        <translation>Statut de transmission modifié</translation>
    </message>
    <message>
        <source>Demo cases added</source>
        <translation>Dossiers de démonstration ajoutés</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Paquet importé</translation>
    </message>
    <message>
        <source>Bundle sealed</source>
        <translation>Paquet scellé</translation>
    </message>
    <message>
        <source>nothing: no hidden details were found</source>
        <translation>rien : aucun détail caché trouvé</translation>
    </message>
    <message>
        <source>nothing: Satchel cannot remove hidden details from this kind of file</source>
        <translation>rien : Satchel ne sait pas retirer les détails cachés de ce type de fichier</translation>
    </message>
    <message>
        <source>a text comment</source>
        <translation>un commentaire texte</translation>
    </message>
    <message>
        <source>Photoshop/IPTC details, which can include the author, captions and places</source>
        <translation>les détails Photoshop/IPTC (auteur, légendes et lieux possibles)</translation>
    </message>
    <message>
        <source>camera details (EXIF) including the GPS location where the photo was taken</source>
        <translation>les détails de l’appareil (EXIF), y compris la position GPS de la prise de vue</translation>
    </message>
    <message>
        <source>camera details (EXIF: camera model, date and settings)</source>
        <translation>les détails de l’appareil (EXIF : modèle, date et réglages)</translation>
    </message>
    <message>
        <source>editing details (XMP), which can include the author and software used</source>
        <translation>les détails d’édition (XMP), qui peuvent indiquer l’auteur et le logiciel</translation>
    </message>
    <message>
        <source>other embedded details (APP1 block)</source>
        <translation>d’autres détails intégrés (bloc APP1)</translation>
    </message>
    <message>
        <source>camera details (EXIF), which can include the GPS location</source>
        <translation>les détails de l’appareil (EXIF), qui peuvent inclure la position GPS</translation>
    </message>
    <message>
        <source>the time the picture was last changed</source>
        <translation>l’heure de dernière modification de l’image</translation>
    </message>
    <message>
        <source>text notes</source>
        <translation>des notes texte</translation>
    </message>
    <message>
        <source>this picture looks damaged (perhaps cut short): Satchel removed what it could find, but some hidden details may remain</source>
        <translation>cette image semble endommagée (peut-être tronquée) : Satchel a retiré ce qu’il a trouvé, mais des détails cachés peuvent subsister</translation>
    </message>
    <message>
        <source>Satchel could not check every part of this PDF (parts of it are compressed or encrypted), so author or software details may remain</source>
        <translation>Satchel n’a pas pu vérifier toutes les parties de ce PDF (certaines sont compressées ou chiffrées) ; l’auteur ou le logiciel peuvent encore y figurer</translation>
    </message>
    <message>
        <source>this document could not be unpacked (it looks damaged or is too large), so it was stored unchanged and author details may remain</source>
        <translation>ce document n’a pas pu être décompressé (endommagé ou trop volumineux) : il a été enregistré tel quel et l’auteur peut encore y figurer</translation>
    </message>
    <message>
        <source>embedded XMP details, which can include the author and software used</source>
        <translation>les détails XMP intégrés, qui peuvent indiquer l’auteur et le logiciel</translation>
    </message>
    <message>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>program that created it</source>
        <translation>programme de création</translation>
    </message>
    <message>
        <source>program that produced it</source>
        <translation>programme de production</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>sujet</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>mots-clés</translation>
    </message>
    <message>
        <source>last person who edited it</source>
        <translation>dernière personne à l’avoir modifié</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>nom de l’entreprise</translation>
    </message>
    <message>
        <source>manager name</source>
        <translation>nom du responsable</translation>
    </message>
    <message>
        <source>original author</source>
        <translation>auteur d’origine</translation>
    </message>
    <message>
        <source>who printed it</source>
        <translation>qui l’a imprimé</translation>
    </message>
    <message>
        <source>document details: %1</source>
        <translation>les détails du document : %1</translation>
    </message>
    <message>
        <source>text notes (%1)</source>
        <translation>des notes texte (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Open a new case (Ctrl+N)</source>
        <translation>Ouvrir un nouveau dossier (Ctrl+N)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Verrouiller le coffre maintenant (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The passphrase or recovery code is wrong; nothing was changed.</source>
        <translation>La phrase de passe ou le code de récupération est incorrect ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This recovery code has a typo; check each group against your copy. Nothing was changed.</source>
        <translation>Ce code de récupération contient une faute de frappe ; comparez chaque groupe avec votre copie. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged or from a newer Satchel; nothing was changed.</source>
        <translation>Le fichier de clés du coffre est endommagé ou provient d’une version plus récente de Satchel ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged or does not match its key file.</source>
        <translation>La base de données du coffre est endommagée ou ne correspond pas à son fichier de clés.</translation>
    </message>
    <message>
        <source>The passphrase must be at least 8 characters long.</source>
        <translation>La phrase de passe doit comporter au moins 8 caractères.</translation>
    </message>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation>Le coffre est verrouillé ; déverrouillez-le d’abord.</translation>
    </message>
    <message>
        <source>This vault was made by a newer Satchel; update Satchel to open it.</source>
        <translation>Ce coffre a été créé par une version plus récente de Satchel ; mettez Satchel à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed.</source>
        <translation>Le disque est plein ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Satchel hit an internal error; the step that failed was not saved.</source>
        <translation>Satchel a rencontré une erreur interne ; l’étape qui a échoué n’a pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Full name of the person, in Cyrillic or Latin letters. Everything else is filled in on the case itself.</source>
        <translation>Nom complet de la personne, en cyrillique ou en alphabet latin. Tout le reste se remplit dans le dossier.</translation>
    </message>
    <message>
        <source>e.g. Иванов Иван Иванович</source>
        <translation>p. ex. Иванов Иван Иванович</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Créer le dossier</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Written</source>
        <translation>Écrite le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>New note:</source>
        <translation>Nouvelle note :</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>The date is not a date in the form YYYY-MM-DD.</source>
        <translation>La date doit être au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Refer to:</source>
        <translation>Transmettre à :</translation>
    </message>
    <message>
        <source>Date sent:</source>
        <translation>Date d’envoi :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Refer the case</source>
        <translation>Transmettre le dossier</translation>
    </message>
    <message>
        <source>No partners yet: add partner organisations first.</source>
        <translation>Aucun partenaire pour l’instant : ajoutez d’abord des organisations partenaires.</translation>
    </message>
</context>
<context>
    <name>SecurityStatusPanel</name>
    <message>
        <source>Argon2id, %1 MiB of memory, passes: %2, lanes: %3</source>
        <translation>Argon2id, %1 Mio de mémoire, passes : %2, voies : %3</translation>
    </message>
    <message>
        <source>SQLCipher %1 (AES-256)</source>
        <translation>SQLCipher %1 (AES-256)</translation>
    </message>
    <message>
        <source>the recovery code</source>
        <translation>le code de récupération</translation>
    </message>
    <message>
        <source>the passphrase</source>
        <translation>la phrase de passe</translation>
    </message>
    <message>
        <source>In use: the system keystore (%1) holds a secret without which the passphrase alone does not open this vault.</source>
        <translation>Utilisé : le trousseau du système (%1) conserve un secret sans lequel la phrase de passe seule n’ouvre pas ce coffre.</translation>
    </message>
    <message>
        <source>Not in use: the vault is protected by the passphrase alone. A copy of the vault folder can be attacked by guessing the passphrase.</source>
        <translation>Non utilisé : le coffre n’est protégé que par la phrase de passe. Une copie du dossier du coffre peut être attaquée en devinant la phrase de passe.</translation>
    </message>
    <message>
        <source>Not yet checked in this session.</source>
        <translation>Pas encore vérifié pendant cette session.</translation>
    </message>
    <message>
        <source>%1: the database and the audit log are intact.</source>
        <translation>%1 : la base de données et le journal d’audit sont intacts.</translation>
    </message>
    <message>
        <source>%1: problems were found.</source>
        <translation>%1 : des problèmes ont été trouvés.</translation>
    </message>
    <message>
        <source>Device secret:</source>
        <translation>Secret de l’appareil :</translation>
    </message>
    <message>
        <source>Cost of each passphrase guess:</source>
        <translation>Coût de chaque tentative de phrase de passe :</translation>
    </message>
    <message>
        <source>Database encryption:</source>
        <translation>Chiffrement de la base :</translation>
    </message>
    <message>
        <source>Opened with:</source>
        <translation>Ouvert avec :</translation>
    </message>
    <message>
        <source>Last verification:</source>
        <translation>Dernière vérification :</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Vérifier maintenant</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Paramètres&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes:</source>
        <translation>Verrouiller après ce nombre de minutes d’inactivité :</translation>
    </message>
    <message>
        <source>Clear copied text after this many seconds:</source>
        <translation>Effacer le texte copié après ce nombre de secondes :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>StatementsTab</name>
    <message>
        <source>Say where the statement comes from (interview, letter, video...).</source>
        <translation>Indiquez la source de la déclaration (entretien, lettre, vidéo…).</translation>
    </message>
    <message>
        <source>The date is not a date in the form YYYY-MM-DD.</source>
        <translation>La date doit être au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation>Déclaration :</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Add statement</source>
        <translation>Ajouter la déclaration</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>The date is not a date in the form YYYY-MM-DD.</source>
        <translation>La date doit être au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Événement :</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Add to timeline</source>
        <translation>Ajouter à la chronologie</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Satchel</source>
        <translation>Déverrouiller Satchel</translation>
    </message>
    <message>
        <source>Enter your passphrase, or your recovery code, to open the vault.</source>
        <translation>Saisissez votre phrase de passe, ou votre code de récupération, pour ouvrir le coffre.</translation>
    </message>
    <message>
        <source>Passphrase or recovery code</source>
        <translation>Phrase de passe ou code de récupération</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Ouverture du coffre…</translation>
    </message>
</context>
<context>
    <name>VettingTab</name>
    <message>
        <source>“%1” can only pass with its evidence and reviewer filled in.</source>
        <translation>« %1 » ne peut être réussie qu’avec la preuve et le vérificateur renseignés.</translation>
    </message>
    <message>
        <source>The date of “%1” is not a date in the form YYYY-MM-DD.</source>
        <translation>La date de « %1 » n’est pas au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Every required check has passed.</source>
        <translation>Toutes les vérifications obligatoires sont réussies.</translation>
    </message>
    <message>
        <source>Before this case can be cleared, these required checks must pass: %1.</source>
        <translation>Avant que le dossier puisse être validé, ces vérifications obligatoires doivent être réussies : %1.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Vérificateur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What was seen or checked</source>
        <translation>Ce qui a été vu ou vérifié</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>* required before a case can be cleared or referred</source>
        <translation>* obligatoire avant de valider ou de transmettre un dossier</translation>
    </message>
</context>
</TS>
