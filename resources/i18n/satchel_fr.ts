<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Contact card</source>
        <translation>Carte de contact</translation>
    </message>
    <message>
        <source>This file cannot be read as a contact card; nothing was added.</source>
        <translation>Ce fichier ne peut pas être lu comme une carte de contact ; rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Paste the contact card you received (it starts with “satchel-contact-card”), or a partner&apos;s plain age key, or load the card from a file. The keys stay unverified until you compare safety numbers in person.</source>
        <translation>Collez la carte de contact reçue (elle commence par « satchel-contact-card »), ou la simple clé age d’un partenaire, ou chargez la carte depuis un fichier. Les clés restent non vérifiées tant que vous n’avez pas comparé les numéros de sécurité en personne.</translation>
    </message>
    <message>
        <source>Load from a file…</source>
        <translation>Charger depuis un fichier…</translation>
    </message>
    <message>
        <source>Name in your vault:</source>
        <translation>Nom dans votre coffre :</translation>
    </message>
    <message>
        <source>optional for a card; needed for a plain age key</source>
        <translation>facultatif pour une carte ; nécessaire pour une simple clé age</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>← Previous page</source>
        <translation>← Page précédente</translation>
    </message>
    <message>
        <source>Next page →</source>
        <translation>Page suivante →</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>This page of the PDF could not be drawn; it may be damaged.</source>
        <translation>Cette page du PDF n’a pas pu être affichée ; elle est peut-être endommagée.</translation>
    </message>
    <message>
        <source>This PDF could not be read: it may be damaged or protected by a password. The file stays inside the vault; nothing was written to disk.</source>
        <translation>Ce PDF n’a pas pu être lu : il est peut-être endommagé ou protégé par un mot de passe. Le fichier reste dans le coffre ; rien n’a été écrit sur le disque.</translation>
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
    <message numerus="yes">
        <source>Delete the %Ln original file(s)</source>
        <translation>
            <numerusform>Supprimer %Ln fichier d’origine</numerusform>
            <numerusform>Supprimer les %Ln fichiers d’origine</numerusform>
        </translation>
    </message>
    <message>
        <source>The original files were deleted.</source>
        <translation>Les fichiers d’origine ont été supprimés.</translation>
    </message>
    <message>
        <source>The file could not be read; check that it still exists.</source>
        <translation>Le fichier n’a pas pu être lu ; vérifiez qu’il existe toujours.</translation>
    </message>
    <message>
        <source>The original files are still where they were, with everything that was just removed (a photo&apos;s GPS position, a document&apos;s author). Delete them now? Satchel overwrites each file once and removes it. On a hard disk that is the end of it; on an SSD, a USB stick or a phone the drive may keep old copies where no program can reach them, so full-disk encryption remains your real protection, and delete the photo on the device that took it too.</source>
        <translation>Les fichiers d’origine sont toujours à leur place, avec tout ce qui vient d’être retiré (la position GPS d’une photo, l’auteur d’un document). Les supprimer maintenant ? Satchel écrase chaque fichier une fois puis le supprime. Sur un disque dur, c’est définitif ; sur un SSD, une clé USB ou un téléphone, le support peut garder d’anciennes copies hors de portée de tout programme : le chiffrement complet du disque reste votre vraie protection. Supprimez aussi la photo sur l’appareil qui l’a prise.</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Les garder</translation>
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
        <source>The audit log is intact: %Ln entries checked.</source>
        <translation>
            <numerusform>Le journal d’audit est intact : %Ln entrée vérifiée.</numerusform>
            <numerusform>Le journal d’audit est intact : %Ln entrées vérifiées.</numerusform>
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
    <name>BackupSection</name>
    <message>
        <source>Save a copy of the vault in</source>
        <translation>Enregistrer une copie du coffre dans</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Enregistrement de la copie…</translation>
    </message>
    <message>
        <source>A copy was saved in %1. It opens with your recovery code on any computer; keep it as safe as the laptop.</source>
        <translation>Une copie a été enregistrée dans %1. Elle s’ouvre avec votre code de récupération sur n’importe quel ordinateur ; gardez-la aussi précieusement que l’ordinateur portable.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Save a copy of the whole vault, encrypted, in a folder you choose (a USB stick, an external disk). Satchel keeps working meanwhile. The copy opens with the recovery code.</source>
        <translation>Enregistrez une copie chiffrée de tout le coffre dans le dossier de votre choix (clé USB, disque externe). Satchel continue de fonctionner pendant ce temps. La copie s’ouvre avec le code de récupération.</translation>
    </message>
    <message>
        <source>Save a copy of the vault…</source>
        <translation>Enregistrer une copie du coffre…</translation>
    </message>
</context>
<context>
    <name>BorderDialog</name>
    <message>
        <source>Save the border bundle as</source>
        <translation>Enregistrer le paquet de frontière sous</translation>
    </message>
    <message>
        <source>Satchel bundles (*.age)</source>
        <translation>Paquets Satchel (*.age)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln dossier</numerusform>
            <numerusform>%Ln dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>%Ln pièce jointe</numerusform>
            <numerusform>%Ln pièces jointes</numerusform>
        </translation>
    </message>
    <message>
        <source>Sealed %1 and %2 into %3 (%4); the file was opened again and checked.</source>
        <translation>%1 et %2 scellés dans %3 (%4) ; le fichier a été rouvert et vérifié.</translation>
    </message>
    <message>
        <source>Border mode</source>
        <translation>Mode frontière</translation>
    </message>
    <message>
        <source>Border mode prepares this laptop for a border crossing. Satchel seals the whole vault (every case, attachment, contact and key) into one file under a new key, opens the file again to check it, and shows that key once as a border code, in letters and as a QR code. Hand the code to a trusted colleague who is not travelling. Then the vault is wiped from this computer. After the crossing, choose “Restore from a border bundle…” when Satchel starts, with the file and the code.</source>
        <translation>Le mode frontière prépare cet ordinateur au passage d’une frontière. Satchel scelle tout le coffre (chaque dossier, pièce jointe, contact et clé) dans un seul fichier sous une nouvelle clé, rouvre le fichier pour le vérifier, puis affiche une seule fois cette clé sous forme de code de frontière, en lettres et en QR code. Confiez ce code à un collègue de confiance qui ne voyage pas. Le coffre est ensuite effacé de cet ordinateur. Après la frontière, choisissez « Restaurer depuis un paquet de frontière… » au démarrage de Satchel, avec le fichier et le code.</translation>
    </message>
    <message>
        <source>Save the border bundle to:</source>
        <translation>Enregistrer le paquet de frontière dans :</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose a place outside the vault folder, for example a USB stick. Without the code the file cannot be opened; with it, anyone can open it.</source>
        <translation>Choisissez un emplacement hors du dossier du coffre, par exemple une clé USB. Sans le code, le fichier ne peut pas être ouvert ; avec lui, n’importe qui peut l’ouvrir.</translation>
    </message>
    <message>
        <source>Sealing and checking… %p%</source>
        <translation>Scellement et vérification… %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Seal the vault</source>
        <translation>Sceller le coffre</translation>
    </message>
    <message>
        <source>This is the border code, shown only this once. Give it to a trusted colleague who is not travelling (they can photograph the QR code), or write it down and keep it apart from the laptop. Without it the bundle cannot be opened.</source>
        <translation>Voici le code de frontière, affiché une seule fois. Confiez-le à un collègue de confiance qui ne voyage pas (il peut photographier le QR code), ou notez-le et gardez-le à l’écart de l’ordinateur. Sans lui, le paquet ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>I have handed the code to a colleague or written it down</source>
        <translation>J’ai confié le code à un collègue ou je l’ai noté</translation>
    </message>
    <message>
        <source>Nothing has been wiped yet. If you close this window instead, the vault stays as it is and this bundle can never be opened: the code is not shown again.</source>
        <translation>Rien n’a encore été effacé. Si vous fermez plutôt cette fenêtre, le coffre reste tel quel et ce paquet ne pourra jamais être ouvert : le code ne sera plus affiché.</translation>
    </message>
    <message>
        <source>Close without wiping</source>
        <translation>Fermer sans effacer</translation>
    </message>
    <message>
        <source>Wipe the vault now…</source>
        <translation>Effacer le coffre maintenant…</translation>
    </message>
</context>
<context>
    <name>BorderMessages</name>
    <message>
        <source>This is a bundle from a contact, not a border bundle: open the vault and use Import for it. Nothing was changed.</source>
        <translation>C’est un paquet d’un contact, pas un paquet de frontière : ouvrez le coffre et utilisez Importer. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This border bundle was changed after it was sealed, or is incomplete; nothing was changed.</source>
        <translation>Ce paquet de frontière a été modifié après avoir été scellé, ou il est incomplet ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>There is already a vault here; nothing was changed.</source>
        <translation>Il y a déjà un coffre ici ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This file is damaged, was not made by Satchel, or comes from a newer Satchel; nothing was changed.</source>
        <translation>Ce fichier est endommagé, n’a pas été créé par Satchel ou provient d’une version plus récente de Satchel ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Ce fichier n’existe pas.</translation>
    </message>
    <message>
        <source>Satchel may not write or read there; choose another place.</source>
        <translation>Satchel ne peut ni écrire ni lire à cet endroit ; choisissez-en un autre.</translation>
    </message>
</context>
<context>
    <name>BorderSettings</name>
    <message>
        <source>The two duress passphrases differ.</source>
        <translation>Les deux phrases de contrainte diffèrent.</translation>
    </message>
    <message>
        <source>There is no duress passphrase any more.</source>
        <translation>Il n’y a plus de phrase de contrainte.</translation>
    </message>
    <message>
        <source>Failed unlocks no longer wipe the vault.</source>
        <translation>Les déverrouillages manqués n’effacent plus le coffre.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed unlock(s) in a row will wipe the vault.</source>
        <translation>
            <numerusform>%Ln déverrouillage manqué d’affilée effacera le coffre.</numerusform>
            <numerusform>%Ln déverrouillages manqués d’affilée effaceront le coffre.</numerusform>
        </translation>
    </message>
    <message>
        <source>The duress passphrase is set. Typed at unlock, it silently wipes this vault and opens an empty one.</source>
        <translation>La phrase de contrainte est définie. Saisie au déverrouillage, elle efface ce coffre en silence et en ouvre un vide.</translation>
    </message>
    <message>
        <source>Border safety</source>
        <translation>Sécurité à la frontière</translation>
    </message>
    <message>
        <source>A duress passphrase, typed at unlock instead of yours, silently wipes this vault and opens an empty, ordinary-looking one. Satchel never shows whether one is set.</source>
        <translation>Une phrase de contrainte, saisie au déverrouillage à la place de la vôtre, efface ce coffre en silence et en ouvre un vide d’apparence ordinaire. Satchel ne montre jamais si elle est définie.</translation>
    </message>
    <message>
        <source>Duress passphrase:</source>
        <translation>Phrase de contrainte :</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>La même, encore :</translation>
    </message>
    <message>
        <source>Set duress passphrase</source>
        <translation>Définir la phrase de contrainte</translation>
    </message>
    <message>
        <source>Remove duress passphrase</source>
        <translation>Supprimer la phrase de contrainte</translation>
    </message>
    <message>
        <source>Optionally, wipe the vault after too many wrong passphrases in a row. A small file in the vault folder shows that this limit is set.</source>
        <translation>En option : effacer le coffre après trop de phrases de passe fausses d’affilée. Un petit fichier dans le dossier du coffre montre que cette limite est définie.</translation>
    </message>
    <message>
        <source>Wipe after this many failed unlocks:</source>
        <translation>Effacer après ce nombre d’échecs :</translation>
    </message>
    <message>
        <source>Save limit</source>
        <translation>Enregistrer la limite</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <source>&lt;h2&gt;Bundles&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Paquets&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Cases travel between vaults as sealed bundles: files only the chosen contacts can open, signed by the vault that sealed them. Carry them on a USB stick or send them any way you like.</source>
        <translation>Les dossiers voyagent entre coffres sous forme de paquets scellés : des fichiers que seuls les contacts choisis peuvent ouvrir, signés par le coffre qui les a scellés. Transportez-les sur une clé USB ou envoyez-les par le moyen de votre choix.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Seal cases for a contact…</source>
        <translation>Sceller des dossiers pour un contact…</translation>
    </message>
    <message>
        <source>Open a received bundle…</source>
        <translation>Ouvrir un paquet reçu…</translation>
    </message>
</context>
<context>
    <name>CaseDetailPage</name>
    <message>
        <source>The reported stage was accepted.</source>
        <translation>L’étape signalée a été acceptée.</translation>
    </message>
    <message>
        <source>This case cannot move to “%1” until these required checks have passed: %2.</source>
        <translation>Le dossier ne peut pas passer à l’étape « %1 » tant que ces vérifications obligatoires ne sont pas réussies : %2.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Your signature is on the vetting.</source>
        <translation>Votre signature figure sur la vérification.</translation>
    </message>
    <message>
        <source>These dates could not be read: %1. Type them like %2 or pick them from the calendar.</source>
        <translation>Ces dates n’ont pas pu être lues : %1. Saisissez-les comme %2 ou choisissez-les dans le calendrier.</translation>
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
        <source>Dossier PDF…</source>
        <translation>Dossier PDF…</translation>
    </message>
    <message>
        <source>This case as a PDF for the authorities, in French, German or English</source>
        <translation>Ce dossier en PDF pour les autorités, en français, en allemand ou en anglais</translation>
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
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln dossier</numerusform>
            <numerusform>%Ln dossiers</numerusform>
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
        <translation>Dans la semaine</translation>
    </message>
    <message>
        <source>Due within a month</source>
        <translation>Dans le mois</translation>
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
    <name>CasesPage</name>
    <message>
        <source>Which cases?</source>
        <translation>Quels dossiers ?</translation>
    </message>
    <message>
        <source>Tick the cases to seal into the bundle.</source>
        <translation>Cochez les dossiers à sceller dans le paquet.</translation>
    </message>
    <message numerus="yes">
        <source>All cases in the vault (%Ln)</source>
        <translation>
            <numerusform>Tous les dossiers du coffre (%Ln)</numerusform>
            <numerusform>Tous les dossiers du coffre (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only what changed since the last bundle for the contact chosen next</source>
        <translation>Seulement ce qui a changé depuis le dernier paquet pour le contact choisi ensuite</translation>
    </message>
    <message>
        <source>Only the cases ticked below</source>
        <translation>Seulement les dossiers cochés ci-dessous</translation>
    </message>
    <message>
        <source>Find a person by name, in Cyrillic or Latin</source>
        <translation>Chercher une personne par son nom, en cyrillique ou en latin</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message numerus="yes">
        <source>%Ln edit(s) from partners were kept beside yours. Compare and edit the fields below; each disappears once both versions agree.</source>
        <translation>
            <numerusform>%Ln modification d’un partenaire a été gardée à côté de la vôtre. Comparez et modifiez les champs ci-dessous ; chacun disparaît quand les deux versions concordent.</numerusform>
            <numerusform>%Ln modifications de partenaires ont été gardées à côté des vôtres. Comparez et modifiez les champs ci-dessous ; chacun disparaît quand les deux versions concordent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their full version stays on the Notes tab.</source>
        <translation>Leur version complète reste dans l’onglet Notes.</translation>
    </message>
    <message>
        <source>From “%1”, %2 (%3):</source>
        <translation>De « %1 », %2 (%3) :</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Chez eux</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Chez vous</translation>
    </message>
    <message>
        <source>see the “%1” tab</source>
        <translation>voir l’onglet « %1 »</translation>
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
</context>
<context>
    <name>ConflictNote</name>
    <message>
        <source>The version of this case&apos;s “%1” that “%2” sent, kept beside yours:</source>
        <translation>La version « %1 » de ce dossier envoyée par « %2 », gardée à côté de la vôtre :</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message>
        <source>age key only</source>
        <translation>clé age seule</translation>
    </message>
    <message>
        <source>KEYS CHANGED</source>
        <translation>CLÉS CHANGÉES</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Your contact card, “%1”. Partners scan this code or paste the text below to add you; it holds only public keys.</source>
        <translation>Votre carte de contact, « %1 ». Vos partenaires scannent ce code ou collent le texte ci-dessous pour vous ajouter ; elle ne contient que des clés publiques.</translation>
    </message>
    <message>
        <source>The keys of “%1” have changed. Someone may be impersonating them. Nothing is sealed for or accepted from the new keys until you compare the new safety number with them in person.</source>
        <translation>Les clés de « %1 » ont changé. Quelqu’un se fait peut-être passer pour ce contact. Rien n’est scellé pour les nouvelles clés ni accepté d’elles tant que vous n’avez pas comparé le nouveau numéro de sécurité en personne.</translation>
    </message>
    <message>
        <source>Safety number of the keys on file</source>
        <translation>Numéro de sécurité des clés enregistrées</translation>
    </message>
    <message>
        <source>Verified in person.</source>
        <translation>Vérifié en personne.</translation>
    </message>
    <message>
        <source>Safety number</source>
        <translation>Numéro de sécurité</translation>
    </message>
    <message>
        <source>Not verified yet: compare the safety number below with them.</source>
        <translation>Pas encore vérifié : comparez avec ce contact le numéro de sécurité ci-dessous.</translation>
    </message>
    <message>
        <source>Safety number of the new keys</source>
        <translation>Numéro de sécurité des nouvelles clés</translation>
    </message>
    <message>
        <source>Meet in person (or call on a line you trust) and read the numbers aloud: the other person sees the same digits on their Contacts page.</source>
        <translation>Rencontrez-vous (ou appelez sur une ligne de confiance) et lisez les chiffres à voix haute : l’autre personne voit les mêmes chiffres sur sa page Contacts.</translation>
    </message>
    <message>
        <source>Your contact card</source>
        <translation>Votre carte de contact</translation>
    </message>
    <message>
        <source>Copy the card</source>
        <translation>Copier la carte</translation>
    </message>
    <message>
        <source>Your organisation&apos;s &amp;name:</source>
        <translation>&amp;Nom de votre organisation :</translation>
    </message>
    <message>
        <source>as partners should see it</source>
        <translation>tel que vos partenaires le verront</translation>
    </message>
    <message>
        <source>Put on the card</source>
        <translation>Mettre sur la carte</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Add a contact…</source>
        <translation>Ajouter un contact…</translation>
    </message>
    <message>
        <source>We compared the numbers: they match</source>
        <translation>Nous avons comparé les numéros : ils sont identiques</translation>
    </message>
    <message>
        <source>I compared the new safety number with them in person</source>
        <translation>J’ai comparé le nouveau numéro de sécurité avec ce contact en personne</translation>
    </message>
    <message>
        <source>Accept the new keys</source>
        <translation>Accepter les nouvelles clés</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>There is already a file at {output}; choose another name.</source>
        <translation>Le fichier {output} existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The vault changed while it was being sealed; try again.</source>
        <translation>Le coffre a changé pendant le scellement ; réessayez.</translation>
    </message>
    <message>
        <source>An attachment is damaged in the vault; nothing was sealed.</source>
        <translation>Une pièce jointe est endommagée dans le coffre ; rien n’a été scellé.</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this vault (or its header was damaged); nothing was imported.</source>
        <translation>Ce paquet n’est pas adressé à ce coffre (ou son en-tête est endommagé) ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>This bundle was changed after it was sealed, or is incomplete; nothing was imported.</source>
        <translation>Ce paquet a été modifié après son scellement, ou il est incomplet ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>This bundle is damaged or was not made by Satchel; nothing was imported.</source>
        <translation>Ce paquet est endommagé ou n’a pas été créé par Satchel ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>This bundle&apos;s {what} is larger than Satchel accepts; nothing was imported.</source>
        <translation>L’élément « {what} » de ce paquet dépasse ce que Satchel accepte ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>This file is not a Satchel bundle; nothing was imported.</source>
        <translation>Ce fichier n’est pas un paquet Satchel ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>This bundle was made by an older Satchel whose bundles are no longer accepted; ask the sender to update Satchel and send it again. Nothing was imported.</source>
        <translation>Ce paquet a été créé par une ancienne version de Satchel dont les paquets ne sont plus acceptés ; demandez à l’expéditeur de mettre Satchel à jour et de le renvoyer. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Not verified in person: {names}. If someone swapped their key, that person could read this bundle instead of them. Compare safety numbers on the Contacts page first, or accept the risk (--accept-unverified); nothing was sealed.</source>
        <translation>Non vérifiés en personne : {names}. Si quelqu’un a substitué leur clé, cette personne pourrait lire ce paquet à leur place. Comparez d’abord les numéros de sécurité sur la page Contacts, ou acceptez le risque (--accept-unverified) ; rien n’a été scellé.</translation>
    </message>
    <message>
        <source>Signed by &apos;{name}&apos;, whose key is NOT verified: anyone who swapped their key could have made this bundle. Compare safety numbers on the Contacts page before trusting it, or accept the risk (--accept-unverified); nothing was imported.</source>
        <translation>Signé par « {name} », dont la clé n’est PAS vérifiée : quiconque a substitué sa clé a pu fabriquer ce paquet. Comparez les numéros de sécurité sur la page Contacts avant de lui faire confiance, ou acceptez le risque (--accept-unverified) ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Name at least one contact to seal the bundle for.</source>
        <translation>Indiquez au moins un contact pour qui sceller le paquet.</translation>
    </message>
    <message>
        <source>One bundle cannot be sealed both to Satchel contacts (post-quantum keys) and to plain age keys; export to them separately.</source>
        <translation>Un même paquet ne peut pas être scellé à la fois pour des contacts Satchel (clés post-quantiques) et pour de simples clés age ; exportez vers eux séparément.</translation>
    </message>
    <message>
        <source>Only what changed can be sent to one Satchel contact at a time; choose one contact, or send the whole cases.</source>
        <translation>Seuls les changements ne peuvent être envoyés qu’à un contact Satchel à la fois ; choisissez un contact, ou envoyez les dossiers entiers.</translation>
    </message>
    <message>
        <source>The last bundle for &apos;{name}&apos; was sealed with another profile; send the changes with that same profile, or send the whole cases with the new one.</source>
        <translation>Le dernier paquet pour « {name} » a été scellé avec un autre profil ; envoyez les changements avec ce même profil, ou envoyez les dossiers entiers avec le nouveau.</translation>
    </message>
    <message>
        <source>Nothing changed since the last bundle for &apos;{name}&apos;; there is nothing to send.</source>
        <translation>Rien n’a changé depuis le dernier paquet pour « {name} » ; il n’y a rien à envoyer.</translation>
    </message>
    <message>
        <source>There are no cases to export.</source>
        <translation>Il n’y a aucun dossier à exporter.</translation>
    </message>
    <message>
        <source>These cases and attachments are too many for one bundle; export them in smaller groups.</source>
        <translation>Ces dossiers et pièces jointes sont trop nombreux pour un seul paquet ; exportez-les par groupes plus petits.</translation>
    </message>
    <message>
        <source>A case changed while it was being exported; try again.</source>
        <translation>Un dossier a changé pendant l’export ; réessayez.</translation>
    </message>
    <message>
        <source>An attachment is damaged in the vault; nothing was exported.</source>
        <translation>Une pièce jointe est endommagée dans le coffre ; rien n’a été exporté.</translation>
    </message>
    <message>
        <source>This vault was made by a newer Satchel; update Satchel to open it.</source>
        <translation>Ce coffre a été créé par une version plus récente de Satchel ; mettez Satchel à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The vault changed while Satchel was updating it; try again.</source>
        <translation>Le coffre a changé pendant que Satchel le mettait à jour ; réessayez.</translation>
    </message>
    <message>
        <source>The vault needs a short origin id to label its records.</source>
        <translation>Le coffre a besoin d’un court identifiant d’origine pour marquer ses enregistrements.</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>traduction</translation>
    </message>
    <message>
        <source>Say which language the translation is in ({choices}).</source>
        <translation>Indiquez la langue de la traduction ({choices}).</translation>
    </message>
    <message>
        <source>translator&apos;s name</source>
        <translation>nom du traducteur</translation>
    </message>
    <message>
        <source>Type at least the first 4 characters of the case id.</source>
        <translation>Tapez au moins les 4 premiers caractères de l’identifiant du dossier.</translation>
    </message>
    <message>
        <source>No case matches &apos;{shown}&apos;.</source>
        <translation>Aucun dossier ne correspond à « {shown} ».</translation>
    </message>
    <message>
        <source>More than one case starts with &apos;{shown}&apos;; type more of the id.</source>
        <translation>Plusieurs dossiers commencent par « {shown} » ; tapez davantage de l’identifiant.</translation>
    </message>
    <message>
        <source>Give the name once, not also as a field.</source>
        <translation>Donnez le nom une seule fois, pas aussi comme champ.</translation>
    </message>
    <message>
        <source>A rejected case must keep its rejection reason.</source>
        <translation>Un dossier rejeté doit garder le motif de son rejet.</translation>
    </message>
    <message>
        <source>This case came from another vault: it can be cleared, referred or moved on only with that vault&apos;s signed vetting record, from a contact whose key you verified in person, showing every required check passed.</source>
        <translation>Ce dossier vient d’un autre coffre : il ne peut être validé, transmis ou avancer qu’avec le relevé de vérification signé de ce coffre, venant d’un contact dont vous avez vérifié la clé en personne, et montrant que toutes les vérifications obligatoires sont réussies.</translation>
    </message>
    <message>
        <source>Some checks of this case were recorded in another vault and count for nothing here: record them in this vault before the case is cleared, referred or moved on.</source>
        <translation>Certaines vérifications de ce dossier ont été enregistrées dans un autre coffre et ne comptent pas ici : enregistrez-les dans ce coffre avant de valider le dossier, de le transmettre ou de le faire avancer.</translation>
    </message>
    <message>
        <source>The signed vetting record of this case is about the person as the vault it came from recorded them; the name, birth date or passport changed since. Ask that vault to send the case again, or vet the person here.</source>
        <translation>Le relevé de vérification signé de ce dossier concerne la personne telle que l’a enregistrée le coffre d’où vient le dossier ; le nom, la date de naissance ou le passeport ont changé depuis. Demandez à ce coffre de renvoyer le dossier, ou vérifiez la personne ici.</translation>
    </message>
    <message>
        <source>The two-person rule is on: this case can be cleared only when two different people have signed its vetting as it is now (signatures that count: {count}). Nothing was changed.</source>
        <translation>La règle des deux signatures est active : ce dossier ne peut être validé que lorsque deux personnes différentes ont signé sa vérification telle qu’elle est maintenant (signatures valables : {count}). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>A vetting decision is either cleared or rejected.</source>
        <translation>Une décision de vérification est soit « validé », soit « refusé ».</translation>
    </message>
    <message>
        <source>No other vault has reported a stage for this case.</source>
        <translation>Aucun autre coffre n’a signalé d’étape pour ce dossier.</translation>
    </message>
    <message>
        <source>A check can only pass with its evidence and reviewer recorded.</source>
        <translation>Une vérification ne peut être réussie que si ses preuves et son vérificateur sont enregistrés.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>déclaration</translation>
    </message>
    <message>
        <source>statement date</source>
        <translation>date de la déclaration</translation>
    </message>
    <message>
        <source>statement source</source>
        <translation>source de la déclaration</translation>
    </message>
    <message>
        <source>There is no statement with that id.</source>
        <translation>Aucune déclaration ne porte cet identifiant.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of event; use one of: {kinds}.</source>
        <translation>« {kind} » n’est pas un type d’événement ; utilisez l’un de : {kinds}.</translation>
    </message>
    <message>
        <source>event description</source>
        <translation>description de l’événement</translation>
    </message>
    <message>
        <source>event date</source>
        <translation>date de l’événement</translation>
    </message>
    <message>
        <source>A partner is one of: {kinds}.</source>
        <translation>Un partenaire est l’un de : {kinds}.</translation>
    </message>
    <message>
        <source>partner name</source>
        <translation>nom du partenaire</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>partner notes</source>
        <translation>notes sur le partenaire</translation>
    </message>
    <message>
        <source>No partner matches &apos;{partner_id}&apos;.</source>
        <translation>Aucun partenaire ne correspond à « {partner_id} ».</translation>
    </message>
    <message>
        <source>contact name</source>
        <translation>nom du contact</translation>
    </message>
    <message>
        <source>contact handle</source>
        <translation>coordonnées du contact</translation>
    </message>
    <message>
        <source>age recipient</source>
        <translation>destinataire age</translation>
    </message>
    <message>
        <source>signing key</source>
        <translation>clé de signature</translation>
    </message>
    <message>
        <source>No contact matches &apos;{contact_id}&apos;.</source>
        <translation>Aucun contact ne correspond à « {contact_id} ».</translation>
    </message>
    <message>
        <source>referral date</source>
        <translation>date de l’orientation</translation>
    </message>
    <message>
        <source>referral note</source>
        <translation>note sur l’orientation</translation>
    </message>
    <message>
        <source>No referral matches &apos;{referral_id}&apos;.</source>
        <translation>Aucune orientation ne correspond à « {referral_id} ».</translation>
    </message>
    <message>
        <source>A case cannot be linked to itself.</source>
        <translation>Un dossier ne peut pas être lié à lui-même.</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>preuves</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>vérificateur</translation>
    </message>
    <message>
        <source>check date</source>
        <translation>date de la vérification</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a referral status; use one of: {statuses}.</source>
        <translation>« {status} » n’est pas un statut d’orientation ; utilisez l’un de : {statuses}.</translation>
    </message>
    <message>
        <source>The vault&apos;s failed-unlock counter is damaged; nothing was opened (delete the file {file} in the vault folder to switch the limit off).</source>
        <translation>Le compteur d’échecs de déverrouillage du coffre est endommagé ; rien n’a été ouvert (supprimez le fichier {file} dans le dossier du coffre pour désactiver la limite).</translation>
    </message>
    <message>
        <source>The number of failed unlocks must be between {min_limit} and {max_limit}.</source>
        <translation>Le nombre d’échecs de déverrouillage doit être compris entre {min_limit} et {max_limit}.</translation>
    </message>
    <message>
        <source>The failed-unlock counter could not be saved; nothing was opened or changed.</source>
        <translation>Le compteur d’échecs de déverrouillage n’a pas pu être enregistré ; rien n’a été ouvert ni modifié.</translation>
    </message>
    <message>
        <source>The passphrase or recovery code is wrong; nothing was changed.</source>
        <translation>La phrase de passe ou le code de récupération est incorrect ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This recovery code has a typo; check each group against your copy. Nothing was changed.</source>
        <translation>Ce code de récupération contient une faute de frappe ; vérifiez chaque groupe avec votre copie. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged: it was changed on disk, so no passphrase was tried and nothing was counted. Restore the vault folder from a backup, or from a border bundle.</source>
        <translation>Le fichier de clés du coffre est endommagé : il a été modifié sur le disque, aucune phrase secrète n&apos;a donc été essayée et rien n&apos;a été compté. Restaurez le dossier du coffre depuis une sauvegarde ou depuis un paquet de frontière.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is not one this Satchel can read; nothing was changed.</source>
        <translation>Cette version de Satchel ne sait pas lire le fichier de clés du coffre ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This vault was made by an earlier Satchel whose key file this version cannot open; nothing was changed. Open it with that version, seal it for the border, then restore the border bundle with this one.</source>
        <translation>Ce coffre a été créé par une version antérieure de Satchel dont cette version ne sait pas ouvrir le fichier de clés ; rien n’a été modifié. Ouvrez-le avec cette version-là, scellez-le pour la frontière, puis restaurez le paquet de frontière avec celle-ci.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file cannot be read; nothing was tried or counted.</source>
        <translation>Le fichier de clés du coffre est illisible ; rien n&apos;a été essayé ni compté.</translation>
    </message>
    <message>
        <source>This computer&apos;s keystore has no key for this vault, so the passphrase cannot be checked here (nothing was counted). Open the vault with its recovery code.</source>
        <translation>Le trousseau de cet ordinateur n&apos;a pas de clé pour ce coffre : la phrase secrète ne peut donc pas être vérifiée ici (rien n&apos;a été compté). Ouvrez le coffre avec son code de récupération.</translation>
    </message>
    <message>
        <source>The vault was opened with the recovery code: set a new passphrase first, then the duress passphrase. Nothing was changed.</source>
        <translation>Le coffre a été ouvert avec le code de récupération : définissez d’abord une nouvelle phrase secrète, puis la phrase de contrainte. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged or does not match its key file.</source>
        <translation>La base de données du coffre est endommagée ou ne correspond pas à son fichier de clés.</translation>
    </message>
    <message>
        <source>The vault is locked; unlock it again to continue.</source>
        <translation>Le coffre est verrouillé ; déverrouillez-le à nouveau pour continuer.</translation>
    </message>
    <message>
        <source>That passphrase cannot be used; choose another.</source>
        <translation>Cette phrase de passe ne peut pas être utilisée ; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>The duress passphrase must differ from the passphrase and the recovery code.</source>
        <translation>La phrase de contrainte doit différer de la phrase de passe et du code de récupération.</translation>
    </message>
    <message>
        <source>There is already a Satchel vault in {folder}.</source>
        <translation>Il y a déjà un coffre Satchel dans {folder}.</translation>
    </message>
    <message>
        <source>The folder {folder} is not empty; choose an empty or new folder for the vault.</source>
        <translation>Le dossier {folder} n’est pas vide ; choisissez un dossier vide ou nouveau pour le coffre.</translation>
    </message>
    <message>
        <source>The file {path} appeared meanwhile; nothing was sealed or wiped.</source>
        <translation>Le fichier {path} est apparu entre-temps ; rien n&apos;a été scellé ni effacé.</translation>
    </message>
    <message>
        <source>Save the border bundle outside the vault folder: the wipe that follows empties that folder.</source>
        <translation>Enregistrez le paquet de frontière hors du dossier du coffre : l’effacement qui suit vide ce dossier.</translation>
    </message>
    <message>
        <source>The passphrase must be at least {count} characters long.</source>
        <translation>La phrase de passe doit comporter au moins {count} caractères.</translation>
    </message>
    <message>
        <source>The restored vault did not check out, so it was removed; try again.</source>
        <translation>Le coffre restauré n&apos;a pas passé la vérification, il a donc été supprimé ; réessayez.</translation>
    </message>
    <message>
        <source>There is already a Satchel vault in {folder}; nothing was changed.</source>
        <translation>Il y a déjà un coffre Satchel dans {folder} ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The folder {folder} is not empty; choose an empty or new folder to restore into.</source>
        <translation>Le dossier {folder} n’est pas vide ; choisissez un dossier vide ou nouveau pour la restauration.</translation>
    </message>
    <message>
        <source>The border bundle did not open correctly, so it was deleted; nothing was wiped.</source>
        <translation>Le paquet de frontière ne s’est pas ouvert correctement, il a donc été supprimé ; rien n’a été effacé.</translation>
    </message>
    <message>
        <source>The border bundle did not match the vault, so it was deleted; nothing was wiped.</source>
        <translation>Le paquet de frontière ne correspondait pas au coffre, il a donc été supprimé ; rien n’a été effacé.</translation>
    </message>
    <message>
        <source>This border code does not open this bundle; nothing was changed.</source>
        <translation>Ce code de frontière n’ouvre pas ce paquet ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>manifeste</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>This is a bundle from a contact, not a border bundle: import it with &apos;satchel import&apos; into an unlocked vault; nothing was changed.</source>
        <translation>Ceci est un paquet d’un contact, pas un paquet de frontière : importez-le avec « satchel import » dans un coffre déverrouillé ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This border bundle&apos;s signature does not match; nothing was changed.</source>
        <translation>La signature de ce paquet de frontière ne correspond pas ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>This border bundle was made by a newer Satchel; update Satchel to restore it.</source>
        <translation>Ce paquet de frontière a été créé par une version plus récente de Satchel ; mettez Satchel à jour pour le restaurer.</translation>
    </message>
    <message>
        <source>This is not a border code; check it against the copy you were given. Nothing was changed.</source>
        <translation>Ceci n’est pas un code de frontière ; comparez-le à la copie qui vous a été remise. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The vault holds data Satchel does not recognise; nothing was sealed.</source>
        <translation>Le coffre contient des données que Satchel ne reconnaît pas ; rien n’a été scellé.</translation>
    </message>
    <message>
        <source>This is a border bundle: restore it with &apos;satchel restore&apos; into an empty folder; nothing was imported.</source>
        <translation>Ceci est un paquet de frontière : restaurez-le avec « satchel restore » dans un dossier vide ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>This bundle comes from a sender you have not added as a contact.</source>
        <translation>Ce paquet vient d’un expéditeur que vous n’avez pas ajouté comme contact.</translation>
    </message>
    <message>
        <source>This bundle&apos;s signature does not match the key of &apos;{name}&apos;; nothing was imported.</source>
        <translation>La signature de ce paquet ne correspond pas à la clé de « {name} » ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The keys of &apos;{name}&apos; have changed since you added them; compare safety numbers in person and accept the new keys before importing.</source>
        <translation>Les clés de « {name} » ont changé depuis que vous l’avez ajouté ; comparez les numéros de sécurité en personne et acceptez les nouvelles clés avant l’import.</translation>
    </message>
    <message>
        <source>This bundle from &apos;{name}&apos; holds only what changed since their bundle no. {sequence}, which was never imported here. Import that bundle first, or ask &apos;{name}&apos; to send the whole cases; nothing was imported.</source>
        <translation>Ce paquet de « {name} » ne contient que ce qui a changé depuis leur paquet n° {sequence}, qui n’a jamais été importé ici. Importez d’abord ce paquet, ou demandez à « {name} » d’envoyer les dossiers entiers ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>This bundle is older than one already imported from &apos;{name}&apos;; nothing was imported.</source>
        <translation>Ce paquet est plus ancien qu’un paquet déjà importé de « {name} » ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>A vetting signature in this bundle from &apos;{name}&apos; does not verify; nothing was imported.</source>
        <translation>Une signature de vérification dans ce paquet de « {name} » n’est pas valide ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The vetting record in this bundle is not validly signed by &apos;{name}&apos;; nothing was imported.</source>
        <translation>Le relevé de vérification de ce paquet ne porte pas de signature valide de « {name} » ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; vouches for the vetting of a case that did not come from them; only the vault a case came from can. Nothing was imported.</source>
        <translation>« {name} » se porte garant de la vérification d’un dossier qui ne vient pas de lui ; seul le coffre d’où vient un dossier le peut. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; sent changes to a case or record that this vault never exchanged with them; nothing was imported.</source>
        <translation>« {name} » a envoyé des modifications d’un dossier ou d’une fiche que ce coffre n’a jamais échangés avec lui ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; sent a vetting check of a case this vault created that passes without its evidence or reviewer; here a check passes only with both. Nothing was imported.</source>
        <translation>« {name} » a envoyé une vérification d’un dossier créé dans ce coffre, réussie sans ses preuves ou sans son vérificateur ; ici une vérification n’est réussie qu’avec les deux. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>A bundle with this id from &apos;{name}&apos; was already imported, but this copy differs from it: it was changed after it was sealed. Nothing was imported.</source>
        <translation>Un paquet portant cet identifiant venant de « {name} » a déjà été importé, mais cette copie en diffère : elle a été modifiée après avoir été scellée. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The vault changed since this bundle was checked; check it again before importing. Nothing was imported.</source>
        <translation>Le coffre a changé depuis la vérification de ce paquet ; vérifiez-le à nouveau avant d’importer. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>A conflict is resolved with one of: {choices}.</source>
        <translation>Un conflit se résout par l’un des choix suivants : {choices}.</translation>
    </message>
    <message>
        <source>1 record was changed on both sides; choose to keep mine, take theirs or keep both (--resolve mine|theirs|both). Nothing was imported.</source>
        <translation>Un enregistrement a été modifié des deux côtés ; choisissez de garder le vôtre, de prendre le leur ou de garder les deux (--resolve mine|theirs|both). Rien n’a été importé.</translation>
    </message>
    <message>
        <source>{count} records were changed on both sides; choose to keep mine, take theirs or keep both (--resolve mine|theirs|both). Nothing was imported.</source>
        <translation>{count} enregistrements ont été modifiés des deux côtés ; choisissez de garder les vôtres, de prendre les leurs ou de garder les deux (--resolve mine|theirs|both). Rien n’a été importé.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer Satchel (format {version}); update Satchel to import it.</source>
        <translation>Ce paquet a été créé par une version plus récente de Satchel (format {version}) ; mettez Satchel à jour pour l’importer.</translation>
    </message>
    <message>
        <source>list of entries</source>
        <translation>liste des entrées</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>pièce jointe</translation>
    </message>
    <message>
        <source>case record</source>
        <translation>fiche de dossier</translation>
    </message>
    <message>
        <source>There is no profile &apos;{name}&apos;; choose one of: {choices}.</source>
        <translation>Il n’y a pas de profil « {name} » ; choisissez parmi : {choices}.</translation>
    </message>
    <message>
        <source>Nothing was wiped.</source>
        <translation>Rien n’a été effacé.</translation>
    </message>
    <message>
        <source>The wipe did not finish cleanly: see the problems listed above.</source>
        <translation>L’effacement ne s’est pas terminé proprement : voir les problèmes indiqués ci-dessus.</translation>
    </message>
    <message>
        <source>{command} asks for confirmation in a terminal; add --yes to wipe without asking.</source>
        <translation>{command} demande une confirmation dans un terminal ; ajoutez --yes pour effacer sans confirmation.</translation>
    </message>
    <message>
        <source>There is no Satchel vault in {folder}.</source>
        <translation>Il n’y a pas de coffre Satchel dans {folder}.</translation>
    </message>
    <message>
        <source>Nothing was sealed or wiped.</source>
        <translation>Rien n’a été scellé ni effacé.</translation>
    </message>
    <message>
        <source>There is no file {bundle}.</source>
        <translation>Le fichier {bundle} n’existe pas.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Les deux phrases de passe diffèrent ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>--limit must be at least 1.</source>
        <translation>--limit doit valoir au moins 1.</translation>
    </message>
    <message>
        <source>Showing the {shown} most recently changed of {total} cases; use --limit N or --all for more.</source>
        <translation>Affichage des {shown} dossiers modifiés le plus récemment, sur {total} ; utilisez --limit N ou --all pour en voir plus.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Le fichier {path} n’existe pas.</translation>
    </message>
    <message>
        <source>The number of demo cases must be between 1 and 1,000,000.</source>
        <translation>Le nombre de dossiers de démonstration doit être compris entre 1 et 1 000 000.</translation>
    </message>
    <message>
        <source>{problem} (see &apos;satchel --help&apos;).</source>
        <translation>{problem} (voir « satchel --help »).</translation>
    </message>
    <message>
        <source>No passphrase was given: run Satchel in a terminal or set SATCHEL_PASSPHRASE.</source>
        <translation>Aucune phrase de passe n’a été donnée : lancez Satchel dans un terminal ou définissez SATCHEL_PASSPHRASE.</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is not of the form FIELD=VALUE.</source>
        <translation>« {item} » n’est pas de la forme CHAMP=VALEUR.</translation>
    </message>
    <message>
        <source>This file is not a contact card or an age key.</source>
        <translation>Ce fichier n’est ni une carte de contact ni une clé age.</translation>
    </message>
    <message>
        <source>This is too long to be a contact card.</source>
        <translation>C’est trop long pour être une carte de contact.</translation>
    </message>
    <message>
        <source>There is already a vault in {folder}; nothing was changed.</source>
        <translation>Il y a déjà un coffre dans {folder} ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The vault failed verification: see the problems listed above.</source>
        <translation>Le coffre n’a pas passé la vérification : voir les problèmes indiqués ci-dessus.</translation>
    </message>
    <message>
        <source>The keys of &apos;{name}&apos; have changed; compare safety numbers in person, then run &apos;satchel contact accept &quot;{name}&quot;&apos;.</source>
        <translation>Les clés de « {name} » ont changé ; comparez les numéros de sécurité en personne, puis lancez « satchel contact accept &quot;{name}&quot; ».</translation>
    </message>
    <message>
        <source>This is your own vault&apos;s contact card.</source>
        <translation>C’est la carte de contact de votre propre coffre.</translation>
    </message>
    <message>
        <source>There is no contact card or age key to add.</source>
        <translation>Il n’y a aucune carte de contact ni clé age à ajouter.</translation>
    </message>
    <message>
        <source>This is neither a Satchel contact card nor an age key.</source>
        <translation>Ce n’est ni une carte de contact Satchel ni une clé age.</translation>
    </message>
    <message>
        <source>A plain age key has no name: give one with --name.</source>
        <translation>Une simple clé age n’a pas de nom : donnez-en un avec --name.</translation>
    </message>
    <message>
        <source>There is no contact named &apos;{name}&apos;.</source>
        <translation>Il n’y a pas de contact nommé « {name} ».</translation>
    </message>
    <message>
        <source>The keys of &apos;{name}&apos; have not changed.</source>
        <translation>Les clés de « {name} » n’ont pas changé.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a Satchel contact; a plain age key cannot replace its card.</source>
        <translation>« {name} » est un contact Satchel ; une simple clé age ne peut pas remplacer sa carte.</translation>
    </message>
    <message>
        <source>These keys already belong to the contact &apos;{name}&apos;; nothing was added.</source>
        <translation>Ces clés appartiennent déjà au contact « {name} » ; rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>The name &apos;{name}&apos; looks like the contact &apos;{other}&apos; and could be mistaken for it; add it under a clearly different name (--name). Nothing was added.</source>
        <translation>Le nom « {name} » ressemble à celui du contact « {other} » et pourrait être confondu avec lui ; ajoutez-le sous un nom nettement différent (--name). Rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>Demo data can have between 1 and {limit} cases.</source>
        <translation>Les données de démonstration peuvent compter entre 1 et {limit} dossiers.</translation>
    </message>
    <message>
        <source>A contact&apos;s name</source>
        <translation>Le nom du contact</translation>
    </message>
    <message>
        <source>{what} must be text.</source>
        <translation>{what} doit être du texte.</translation>
    </message>
    <message>
        <source>{what} is empty.</source>
        <translation>{what} est vide.</translation>
    </message>
    <message>
        <source>{what} is longer than {limit} characters.</source>
        <translation>{what} dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>{what} contains control or invisible characters.</source>
        <translation>{what} contient des caractères de contrôle ou invisibles.</translation>
    </message>
    <message>
        <source>The post-quantum age key is not a valid age recipient.</source>
        <translation>La clé age post-quantique n’est pas un destinataire age valide.</translation>
    </message>
    <message>
        <source>The age key is not a valid age recipient.</source>
        <translation>La clé age n’est pas un destinataire age valide.</translation>
    </message>
    <message>
        <source>The signing key is not a valid Ed25519 key.</source>
        <translation>La clé de signature n’est pas une clé Ed25519 valide.</translation>
    </message>
    <message>
        <source>The contact card has no &apos;{label}&apos; line.</source>
        <translation>La carte de contact n’a pas de ligne « {label} ».</translation>
    </message>
    <message>
        <source>The contact card&apos;s check does not match: a character was changed or mistyped. Ask for the card again.</source>
        <translation>Le contrôle de la carte de contact ne correspond pas : un caractère a été modifié ou mal saisi. Redemandez la carte.</translation>
    </message>
    <message>
        <source>The name on the contact card</source>
        <translation>Le nom sur la carte de contact</translation>
    </message>
    <message>
        <source>A contact card must be text.</source>
        <translation>Une carte de contact doit être du texte.</translation>
    </message>
    <message>
        <source>Line {number} of the contact card is not a known field.</source>
        <translation>La ligne {number} de la carte de contact n’est pas un champ connu.</translation>
    </message>
    <message>
        <source>The contact card gives &apos;{label}&apos; twice.</source>
        <translation>La carte de contact donne « {label} » deux fois.</translation>
    </message>
    <message>
        <source>This is not a Satchel contact card.</source>
        <translation>Ce n’est pas une carte de contact Satchel.</translation>
    </message>
    <message>
        <source>This contact card was made by a newer Satchel (or is damaged); update Satchel to read it.</source>
        <translation>Cette carte de contact a été créée par une version plus récente de Satchel (ou elle est endommagée) ; mettez Satchel à jour pour la lire.</translation>
    </message>
    <message>
        <source>The vault&apos;s name</source>
        <translation>Le nom du coffre</translation>
    </message>
    <message>
        <source>The vault&apos;s own keys are missing.</source>
        <translation>Les clés propres du coffre sont absentes.</translation>
    </message>
    <message>
        <source>The vault&apos;s own keys are damaged.</source>
        <translation>Les clés propres du coffre sont endommagées.</translation>
    </message>
    <message>
        <source>The system keystore is locked or not responding: unlock your session&apos;s keyring (or log in again), then try again. Nothing was counted as a wrong passphrase.</source>
        <translation>Le trousseau du système est verrouillé ou ne répond pas : déverrouillez le trousseau de votre session (ou reconnectez-vous), puis réessayez. Aucune tentative n&apos;a été comptée comme erronée.</translation>
    </message>
    <message>
        <source>There is no secure system keystore on this computer.</source>
        <translation>Il n’y a pas de trousseau système sécurisé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The system keystore refused to store Satchel&apos;s key.</source>
        <translation>Le trousseau du système a refusé de conserver la clé de Satchel.</translation>
    </message>
    <message>
        <source>The system keystore refused to delete Satchel&apos;s key.</source>
        <translation>Le trousseau du système a refusé de supprimer la clé de Satchel.</translation>
    </message>
    <message>
        <source>The system keystore could not be reached.</source>
        <translation>Le trousseau du système est injoignable.</translation>
    </message>
    <message>
        <source>The only keystore found ({name}) is not a secure system keystore.</source>
        <translation>Le seul trousseau trouvé ({name}) n’est pas un trousseau système sécurisé.</translation>
    </message>
    <message>
        <source>The system keystore ({name}) is locked or not responding.</source>
        <translation>Le trousseau du système ({name}) est verrouillé ou ne répond pas.</translation>
    </message>
    <message>
        <source>The attachment needs a file name.</source>
        <translation>La pièce jointe doit avoir un nom de fichier.</translation>
    </message>
    <message>
        <source>This file is too large to attach (the limit is {limit} MB).</source>
        <translation>Ce fichier est trop volumineux pour être joint (la limite est de {limit} Mo).</translation>
    </message>
    <message>
        <source>No attachment matches &apos;{attachment_id}&apos;.</source>
        <translation>Aucune pièce jointe ne correspond à « {attachment_id} ».</translation>
    </message>
    <message>
        <source>This attachment is damaged in the vault and cannot be read.</source>
        <translation>Cette pièce jointe est endommagée dans le coffre et ne peut pas être lue.</translation>
    </message>
    <message>
        <source>An audit entry&apos;s details must be plain text and numbers.</source>
        <translation>Les détails d’une entrée du journal d’audit doivent être du texte simple et des nombres.</translation>
    </message>
    <message>
        <source>An audit entry&apos;s details are too long.</source>
        <translation>Les détails d’une entrée du journal d’audit sont trop longs.</translation>
    </message>
    <message>
        <source>An audit action must be a short word such as &apos;case.add&apos;.</source>
        <translation>Une action du journal d’audit doit être un mot court comme « case.add ».</translation>
    </message>
    <message>
        <source>Audit entry {seq} is missing.</source>
        <translation>L’entrée {seq} du journal d’audit manque.</translation>
    </message>
    <message>
        <source>Audit entries {first} to {last} are missing.</source>
        <translation>Les entrées {first} à {last} du journal d’audit manquent.</translation>
    </message>
    <message>
        <source>Audit entry {seq} was altered or does not follow the one before.</source>
        <translation>L’entrée {seq} du journal d’audit a été modifiée ou ne suit pas la précédente.</translation>
    </message>
    <message>
        <source>The audit log should have {count} entries but {found} were found; entries were removed.</source>
        <translation>Entrées attendues dans le journal d’audit : {count} ; trouvées : {found}. Des entrées ont été supprimées.</translation>
    </message>
    <message>
        <source>The last audit entry does not match the recorded head of the log.</source>
        <translation>La dernière entrée du journal d’audit ne correspond pas à la fin enregistrée du journal.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {what}; choose from: {choices}.</source>
        <translation>« {value} » n’est pas une valeur valide pour « {what} » ; choisissez parmi : {choices}.</translation>
    </message>
    <message>
        <source>Cases cannot be sorted by &apos;{order}&apos;; choose from: {choices}.</source>
        <translation>Les dossiers ne peuvent pas être triés par « {order} » ; choisissez parmi : {choices}.</translation>
    </message>
    <message>
        <source>The list offset and limit cannot be negative.</source>
        <translation>Le décalage et la limite de la liste ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>No case matches &apos;{case_id}&apos;.</source>
        <translation>Aucun dossier ne correspond à « {case_id} ».</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>The {what} &apos;{value}&apos; is not a real date in the form YYYY-MM-DD.</source>
        <translation>« {value} » dans le champ « {what} » n’est pas une date réelle au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The {what} must be text.</source>
        <translation>Le champ « {what} » doit être du texte.</translation>
    </message>
    <message>
        <source>The {what} contains an invalid character.</source>
        <translation>Le champ « {what} » contient un caractère non valide.</translation>
    </message>
    <message>
        <source>The {what} is too long (at most {limit} characters).</source>
        <translation>Le champ « {what} » est trop long ({limit} caractères au plus).</translation>
    </message>
    <message>
        <source>The {what} cannot be empty.</source>
        <translation>Le champ « {what} » ne peut pas être vide.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {what}; choose one of: {choices}.</source>
        <translation>« {value} » n’est pas une valeur valide pour « {what} » ; choisissez parmi : {choices}.</translation>
    </message>
    <message>
        <source>The field &apos;{field}&apos; takes yes or no, not &apos;{value}&apos;.</source>
        <translation>Le champ « {field} » accepte oui ou non, pas « {value} ».</translation>
    </message>
    <message>
        <source>Unknown field {unknown}; valid fields are: {names}.</source>
        <translation>Champ inconnu {unknown} ; les champs valides sont : {names}.</translation>
    </message>
    <message>
        <source>Unknown fields {unknown}; valid fields are: {names}.</source>
        <translation>Champs inconnus {unknown} ; les champs valides sont : {names}.</translation>
    </message>
    <message>
        <source>There is no vetting check called &apos;{name}&apos;; the checks are: {checks}.</source>
        <translation>Il n’y a pas de vérification appelée « {name} » ; les vérifications sont : {checks}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a check result; use one of: {results}.</source>
        <translation>« {value} » n’est pas un résultat de vérification ; utilisez l’un de : {results}.</translation>
    </message>
    <message>
        <source>This case cannot be cleared: these required checks have not passed: {missing}.</source>
        <translation>Ce dossier ne peut pas être validé : ces vérifications obligatoires n’ont pas réussi : {missing}.</translation>
    </message>
    <message>
        <source>This case cannot be referred: these required checks have not passed: {missing}.</source>
        <translation>Ce dossier ne peut pas être orienté : ces vérifications obligatoires n’ont pas réussi : {missing}.</translation>
    </message>
    <message>
        <source>This case cannot be moved to {stage}: these required checks have not passed: {missing}.</source>
        <translation>Ce dossier ne peut pas passer à l’étape « {stage} » : ces vérifications obligatoires n’ont pas réussi : {missing}.</translation>
    </message>
    <message>
        <source>&apos;{stage}&apos; is not a stage; stages are: {stages}.</source>
        <translation>« {stage} » n’est pas une étape ; les étapes sont : {stages}.</translation>
    </message>
    <message>
        <source>This case cannot be rejected without a reason; set rejection_reason as well.</source>
        <translation>Ce dossier ne peut pas être rejeté sans motif ; indiquez aussi le motif du rejet (rejection_reason).</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation>Le disque est plein ; rien n&apos;a été modifié. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The change was made, but the disk is full, so the audit log could not note it. Free some space.</source>
        <translation>La modification a été faite, mais le disque est plein : le journal d’audit n’a pas pu la noter. Libérez de l’espace.</translation>
    </message>
    <message>
        <source>The vault&apos;s files are read-only, so nothing can be saved; nothing was changed. Let Satchel write to the vault folder (or copy the vault to this computer), then try again.</source>
        <translation>Les fichiers du coffre sont en lecture seule : rien ne peut être enregistré ; rien n’a été modifié. Autorisez Satchel à écrire dans le dossier du coffre (ou copiez le coffre sur cet ordinateur), puis réessayez.</translation>
    </message>
    <message>
        <source>Satchel is busy sealing this vault for the border; nothing was changed. Once it is done, the vault is gone from this computer.</source>
        <translation>Satchel est en train de sceller ce coffre pour la frontière ; rien n&apos;a été modifié. Une fois terminé, le coffre aura disparu de cet ordinateur.</translation>
    </message>
    <message>
        <source>Satchel is busy restoring this vault; nothing was changed. Try again shortly.</source>
        <translation>Satchel est en train de restaurer ce coffre ; rien n&apos;a été modifié. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Satchel is busy changing this vault&apos;s keys; nothing was changed. Try again shortly.</source>
        <translation>Satchel est en train de changer les clés de ce coffre ; rien n&apos;a été modifié. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Satchel is busy updating this vault&apos;s database format; nothing was changed. Try again shortly.</source>
        <translation>Satchel met à jour le format de la base de données de ce coffre ; rien n’a été modifié. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Satchel is wiping this vault; nothing was changed.</source>
        <translation>Satchel est en train d&apos;effacer ce coffre ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The vault is open in another Satchel window or command; close it, then try again. Nothing was changed.</source>
        <translation>Le coffre est ouvert dans une autre fenêtre ou commande Satchel ; fermez-la, puis réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The copy could not be written there (the disk may be full or read-only); nothing was saved.</source>
        <translation>La copie n’a pas pu être écrite à cet endroit (le disque est peut-être plein ou en lecture seule) ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Choose an existing folder for the copy; nothing was saved.</source>
        <translation>Choisissez un dossier existant pour la copie ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Save the copy outside the vault&apos;s own folders (a panic wipe would take it too), for example on a USB stick; nothing was saved.</source>
        <translation>Enregistrez la copie hors des dossiers du coffre (un effacement d’urgence l’emporterait aussi), par exemple sur une clé USB ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>There are too many copies in that folder; choose another.</source>
        <translation>Ce dossier contient trop de copies ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The original file {name} could not be deleted; check whether it is still there.</source>
        <translation>Le fichier d’origine {name} n’a pas pu être supprimé ; vérifiez s’il est toujours là.</translation>
    </message>
    <message>
        <source>The dossier&apos;s file name must end in .pdf.</source>
        <translation>Le nom du fichier du dossier doit se terminer par .pdf.</translation>
    </message>
    <message>
        <source>A dossier can be written in {languages}, not in &apos;{language}&apos;.</source>
        <translation>Un dossier peut être rédigé en {languages}, pas en « {language} ».</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name for the dossier.</source>
        <translation>{path} est un répertoire ; choisissez un nom de fichier pour le PDF.</translation>
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
    <name>DateField</name>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <source>D</source>
        <comment>the letter for day in a date</comment>
        <translation>J</translation>
    </message>
    <message>
        <source>M</source>
        <comment>the letter for month in a date</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>Y</source>
        <comment>the letter for year in a date</comment>
        <translation>A</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message numerus="yes">
        <source>%Ln fictional case(s) were added.</source>
        <translation>
            <numerusform>%Ln dossier fictif a été ajouté.</numerusform>
            <numerusform>%Ln dossiers fictifs ont été ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <comment>after a number in a spin box</comment>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>For trying Satchel out: add invented cases (made-up people, random unit numbers) to this vault. They look real, so do not add them to a vault you share with partners.</source>
        <translation>Pour essayer Satchel : ajoutez à ce coffre des dossiers inventés (personnes imaginaires, numéros d’unité au hasard). Ils ont l’air réels : ne les ajoutez pas à un coffre que vous partagez avec des partenaires.</translation>
    </message>
    <message>
        <source>Add fictional demo cases</source>
        <translation>Ajouter des dossiers fictifs</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <source>Save the dossier</source>
        <translation>Enregistrer le dossier</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Dossier for the authorities</source>
        <translation>Dossier pour les autorités</translation>
    </message>
    <message>
        <source>A PDF of this case for a request for entry documents or protection: the person, service, desertion, risks, statements in date order, the vetting, the timeline and the attached documents with their SHA-256. Evidence, internal notes and your own planning are never in it.</source>
        <translation>Un PDF de ce dossier pour une demande de visa ou de protection : la personne, le service, la désertion, les risques, les déclarations par date, les vérifications, la chronologie et les pièces jointes avec leur SHA-256. Les preuves des vérifications, les notes internes et votre planification n&apos;y figurent jamais.</translation>
    </message>
    <message>
        <source>Language of the dossier:</source>
        <translation>Langue du dossier :</translation>
    </message>
    <message>
        <source>What it contains:</source>
        <translation>Contenu :</translation>
    </message>
    <message>
        <source>The PDF is not encrypted: anyone who gets the file can read it. Keep it only as long as you need it, and hand it over the way you agreed with the partner.</source>
        <translation>Le PDF n&apos;est pas chiffré : toute personne qui obtient le fichier peut le lire. Ne le gardez que le temps nécessaire et transmettez-le comme convenu avec le partenaire.</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
</context>
<context>
    <name>EntryTab</name>
    <message>
        <source>The date could not be read: type it like %1 or pick it from the calendar.</source>
        <translation>La date n’a pas pu être lue : saisissez-la comme %1 ou choisissez-la dans le calendrier.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>This bundle comes from a sender you have not added as a contact. Add their contact card first; nothing was imported.</source>
        <translation>Ce paquet vient d’un expéditeur que vous n’avez pas ajouté à vos contacts. Ajoutez d’abord sa carte ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The sender&apos;s keys have changed since you added them. Compare safety numbers in person and accept the new keys on the Contacts page first; nothing was imported.</source>
        <translation>Les clés de l’expéditeur ont changé depuis que vous l’avez ajouté. Comparez d’abord les numéros de sécurité en personne et acceptez les nouvelles clés sur la page Contacts ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>This file is damaged or is not a Satchel bundle; nothing was imported.</source>
        <translation>Ce fichier est endommagé ou n’est pas un paquet Satchel ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Some records were changed on both sides; choose for each what to keep. Nothing was imported.</source>
        <translation>Des fiches ont été modifiées des deux côtés ; choisissez pour chacune ce qu’il faut garder. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>This is your own vault&apos;s contact card; add the other person&apos;s card instead.</source>
        <translation>C’est la carte de votre propre coffre ; ajoutez plutôt celle de l’autre personne.</translation>
    </message>
    <message>
        <source>Choose at least one contact to seal the bundle for.</source>
        <translation>Choisissez au moins un contact pour qui sceller le paquet.</translation>
    </message>
    <message>
        <source>One bundle cannot be sealed both to Satchel contacts and to plain age keys; seal a bundle for each.</source>
        <translation>Un même paquet ne peut pas être scellé à la fois pour des contacts Satchel et pour de simples clés age ; scellez un paquet pour chacun.</translation>
    </message>
    <message>
        <source>The name must be 1 to 80 characters long, without control or invisible characters.</source>
        <translation>Le nom doit compter de 1 à 80 caractères, sans caractères de contrôle ni invisibles.</translation>
    </message>
    <message>
        <source>This is neither a Satchel contact card nor an age key, or it was not copied completely; nothing was added.</source>
        <translation>Ce n’est ni une carte de contact Satchel ni une clé age, ou elle n’a pas été copiée en entier ; rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>The keys of “%1” have changed. Compare safety numbers in person, then accept the new keys on the Contacts page.</source>
        <translation>Les clés de « %1 » ont changé. Comparez les numéros de sécurité en personne, puis acceptez les nouvelles clés sur la page Contacts.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Seal cases for a contact</source>
        <translation>Sceller des dossiers pour un contact</translation>
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
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe sont différentes.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %Ln characters.</source>
        <translation>
            <numerusform>Trop court : au moins %Ln caractère.</numerusform>
            <numerusform>Trop court : au moins %Ln caractères.</numerusform>
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
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Satchel&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Satchel&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Satchel keeps your cases in an encrypted vault on this computer. Choose a passphrase: a phrase of several words you will remember. Without it or the recovery code nobody can open the vault, including you.</source>
        <translation>Satchel conserve vos dossiers dans un coffre chiffré sur cet ordinateur. Choisissez une phrase de passe : plusieurs mots dont vous vous souviendrez. Sans elle ou sans le code de récupération, personne ne peut ouvrir le coffre, pas même vous.</translation>
    </message>
    <message>
        <source>Your organisation:</source>
        <translation>Votre organisation :</translation>
    </message>
    <message>
        <source>as partners will see it on your card</source>
        <translation>tel que vos partenaires le verront sur votre carte</translation>
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
        <source>Restore from a border bundle…</source>
        <translation>Restaurer depuis un paquet de frontière…</translation>
    </message>
    <message>
        <source>Opening your vault…</source>
        <translation>Ouverture de votre coffre…</translation>
    </message>
    <message>
        <source>After a trip: rebuild the vault from a border bundle and its border code</source>
        <translation>Après un voyage : reconstruire le coffre à partir d’un paquet de frontière et de son code</translation>
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
    <name>ImportDialog</name>
    <message>
        <source>Open a received bundle</source>
        <translation>Ouvrir un paquet reçu</translation>
    </message>
    <message>
        <source>Satchel bundles (*.age);;All files (*)</source>
        <translation>Paquets Satchel (*.age);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported from %1: %Ln case(s).</source>
        <translation>
            <numerusform>Importé de %1 : %Ln dossier.</numerusform>
            <numerusform>Importé de %1 : %Ln dossiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln imported case(s) look like a person already in the vault, rejected cases included. Open them to see the earlier case before going on.</source>
        <translation>
            <numerusform>%Ln dossier importé ressemble à une personne déjà présente dans le coffre, dossiers refusés compris. Ouvrez-le pour voir le dossier antérieur avant de continuer.</numerusform>
            <numerusform>%Ln dossiers importés ressemblent à une personne déjà présente dans le coffre, dossiers refusés compris. Ouvrez-les pour voir le dossier antérieur avant de continuer.</numerusform>
        </translation>
    </message>
    <message>
        <source>New records: %1, changed: %2, conflicts resolved: %3.</source>
        <translation>Nouvelles fiches : %1, modifiées : %2, conflits résolus : %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) went back to vetting: this bundle changed a check or the person, or brought a signed rejection from someone you verified. Look at their history before going on.</source>
        <translation>
            <numerusform>%Ln dossier est revenu en vérification : ce paquet a modifié une vérification ou la personne, ou apporté un refus signé par quelqu’un que vous avez vérifié. Consultez son historique avant de continuer.</numerusform>
            <numerusform>%Ln dossiers sont revenus en vérification : ce paquet a modifié une vérification ou la personne, ou apporté un refus signé par quelqu’un que vous avez vérifié. Consultez leur historique avant de continuer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the bundle file. Satchel checks the signature and every part of it first and shows what it would change; nothing is imported until you press Import.</source>
        <translation>Choisissez le fichier du paquet. Satchel vérifie d’abord la signature et chacune de ses parties, puis montre ce qui changerait ; rien n’est importé tant que vous n’avez pas cliqué sur Importer.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Check the bundle</source>
        <translation>Vérifier le paquet</translation>
    </message>
    <message>
        <source>I understand the risk and want to import it anyway</source>
        <translation>Je comprends le risque et veux l’importer quand même</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
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
        <source>Statement translation changed</source>
        <translation>Traduction de la déclaration modifiée</translation>
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
        <source>Reported stage accepted</source>
        <translation>Étape signalée acceptée</translation>
    </message>
    <message>
        <source>Bundle sealed</source>
        <translation>Paquet scellé</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Phrase de passe modifiée</translation>
    </message>
    <message>
        <source>Own keys created</source>
        <translation>Clés propres créées</translation>
    </message>
    <message>
        <source>Own card renamed</source>
        <translation>Carte de contact propre renommée</translation>
    </message>
    <message>
        <source>Contact sent changed keys</source>
        <translation>Le contact a envoyé des clés modifiées</translation>
    </message>
    <message>
        <source>Contact&apos;s new keys accepted</source>
        <translation>Nouvelles clés du contact acceptées</translation>
    </message>
    <message>
        <source>Wipe after failed unlocks turned on</source>
        <translation>Effacement après échecs de déverrouillage activé</translation>
    </message>
    <message>
        <source>Wipe after failed unlocks turned off</source>
        <translation>Effacement après échecs de déverrouillage désactivé</translation>
    </message>
    <message>
        <source>Vault sealed for a border crossing</source>
        <translation>Coffre scellé avant un passage de frontière</translation>
    </message>
    <message>
        <source>Vault restored after a border crossing</source>
        <translation>Coffre restauré après un passage de frontière</translation>
    </message>
    <message>
        <source>Copy of the vault saved</source>
        <translation>Copie du coffre enregistrée</translation>
    </message>
    <message>
        <source>Two cases linked as the same person</source>
        <translation>Deux dossiers reliés comme une même personne</translation>
    </message>
    <message>
        <source>Two cases marked as different people</source>
        <translation>Deux dossiers marqués comme des personnes différentes</translation>
    </message>
    <message>
        <source>Dossier written as a PDF for the authorities</source>
        <translation>Dossier enregistré en PDF pour les autorités</translation>
    </message>
    <message>
        <source>Vetting signed</source>
        <translation>Vérification signée</translation>
    </message>
    <message>
        <source>Vetting signatures voided: a check changed after signing</source>
        <translation>Signatures de vérification annulées : une vérification a changé après la signature</translation>
    </message>
    <message>
        <source>Two-person rule turned on or off</source>
        <translation>Règle des deux signatures activée ou désactivée</translation>
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
        <source>Satchel could not read this file&apos;s structure, so it was stored unchanged and hidden details (such as an author or a location) may remain</source>
        <translation>Satchel n&apos;a pas pu lire la structure de ce fichier : il a donc été conservé tel quel et des détails cachés (comme un auteur ou un lieu) peuvent subsister</translation>
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
    <message>
        <source>Referral to a partner</source>
        <translation>Transmission à un partenaire</translation>
    </message>
    <message>
        <source>Status update back</source>
        <translation>Retour sur l’avancement</translation>
    </message>
    <message>
        <source>Everything (same organisation)</source>
        <translation>Tout (même organisation)</translation>
    </message>
    <message>
        <source>What a partner pleading for entry documents needs: identity, service, desertion, risk, statements, vetting results with their dates and reviewers (signed by this vault), timeline and documents. Leaves out the address in Kazakhstan, contact handles, internal notes, vetting evidence, and the lawyer&apos;s own planning.</source>
        <translation>Ce dont a besoin un partenaire qui plaide pour des documents d’entrée : identité, service, désertion, risques, déclarations, résultats des vérifications avec leurs dates et vérificateurs (signés par ce coffre), chronologie et documents. Sont exclus l’adresse au Kazakhstan, les moyens de contact, les notes internes, les preuves des contrôles et le planning de l’avocat.</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Language of the translation</source>
        <translation>Langue de la traduction</translation>
    </message>
    <message>
        <source>Translated by</source>
        <translation>Traduit par</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>russe</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukrainien</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>kazakh</translation>
    </message>
    <message>
        <source>What a partner sends back: the stage, the timeline and the referral status, with the person&apos;s name so the case can be recognised.</source>
        <translation>Ce qu’un partenaire renvoie : l’étape, la chronologie et le statut de la transmission, avec le nom de la personne pour que le dossier soit reconnu.</translation>
    </message>
    <message>
        <source>Everything, including internal notes and the address in Kazakhstan: only for another office of the same organisation.</source>
        <translation>Tout, y compris les notes internes et l’adresse au Kazakhstan : uniquement pour un autre bureau de la même organisation.</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Organisation partenaire</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>Service militaire</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Vetting check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Timeline event</source>
        <translation>Événement de la chronologie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Transmission</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Older than mine (skipped)</source>
        <translation>Plus ancien que le mien (ignoré)</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
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
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Vérificateur</translation>
    </message>
    <message>
        <source>Date checked</source>
        <translation>Date de vérification</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Date of the statement</source>
        <translation>Date de la déclaration</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Empreinte (SHA-256)</translation>
    </message>
    <message>
        <source>Original size</source>
        <translation>Taille d’origine</translation>
    </message>
    <message>
        <source>Hidden details removed</source>
        <translation>Détails cachés retirés</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Date d’envoi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dossier saved to %1. The PDF is not encrypted.</source>
        <translation>Dossier enregistré dans %1. Le PDF n&apos;est pas chiffré.</translation>
    </message>
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
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Seal cases for a contact (Ctrl+E)</source>
        <translation>Sceller des dossiers pour un contact (Ctrl+E)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Open a received bundle (Ctrl+I)</source>
        <translation>Ouvrir un paquet reçu (Ctrl+I)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Verrouiller le coffre maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <source>Copy field</source>
        <translation>Copier le champ</translation>
    </message>
    <message>
        <source>Copy the field you are in; the clipboard is cleared after a while</source>
        <translation>Copier le champ actif ; le presse-papiers sera vidé peu après</translation>
    </message>
    <message>
        <source>Border mode…</source>
        <translation>Mode frontière…</translation>
    </message>
    <message>
        <source>Before a trip: seal the whole vault for a colleague, then wipe it</source>
        <translation>Avant un voyage : sceller tout le coffre pour un collègue, puis l’effacer</translation>
    </message>
    <message>
        <source>Panic</source>
        <translation>Panique</translation>
    </message>
</context>
<context>
    <name>MatchRow</name>
    <message>
        <source>%1 — stage: %2 — matched: %3</source>
        <translation>%1 — étape : %2 — concordance : %3</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message>
        <source>linked as the same person</source>
        <translation>relié comme la même personne</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>Même personne</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Personnes différentes</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation>numéro de passeport</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>surnom</translation>
    </message>
    <message>
        <source>unit and rank</source>
        <translation>unité et grade</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation>Le coffre est verrouillé ; déverrouillez-le d’abord.</translation>
    </message>
    <message>
        <source>The last changes to the case could not be saved: the disk is full. Free some space, then enter them again.</source>
        <translation>Les dernières modifications du dossier n’ont pas pu être enregistrées : le disque est plein. Libérez de l’espace, puis saisissez-les à nouveau.</translation>
    </message>
    <message>
        <source>There is already a file with that name; choose another name.</source>
        <translation>Un fichier porte déjà ce nom ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>A plain age key has no name: type one above.</source>
        <translation>Une simple clé age n’a pas de nom : saisissez-en un ci-dessus.</translation>
    </message>
    <message>
        <source>Satchel may not read or write there (the folder may be read-only); choose another place.</source>
        <translation>Satchel ne peut ni lire ni écrire à cet endroit (le dossier est peut-être en lecture seule) ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>There is no such file or folder; it may have been moved, renamed or deleted.</source>
        <translation>Ce fichier ou ce dossier n’existe pas ; il a peut-être été déplacé, renommé ou supprimé.</translation>
    </message>
    <message>
        <source>That is a folder, not a file; choose a file.</source>
        <translation>C’est un dossier, pas un fichier ; choisissez un fichier.</translation>
    </message>
    <message>
        <source>A file could not be read or written; the step that failed was not saved.</source>
        <translation>Un fichier n’a pas pu être lu ou écrit ; l’étape qui a échoué n’a pas été enregistrée.</translation>
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
    <name>PanicDialog</name>
    <message>
        <source>Panic wipe</source>
        <translation>Effacement d’urgence</translation>
    </message>
    <message>
        <source>Hold the red button until it fills up to destroy the vault now: every case, its keys and Satchel&apos;s settings. This cannot be undone.</source>
        <translation>Maintenez le bouton rouge enfoncé jusqu’à ce qu’il se remplisse pour détruire le coffre maintenant : tous les dossiers, leurs clés et les réglages de Satchel. C’est irréversible.</translation>
    </message>
    <message>
        <source>Hold to wipe everything</source>
        <translation>Maintenez pour tout effacer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Destroy the vault now (%1); you will be asked to hold a button first.</source>
        <translation>Détruire le coffre maintenant (%1) ; il faudra d’abord maintenir un bouton enfoncé.</translation>
    </message>
</context>
<context>
    <name>PersonMatchesBanner</name>
    <message numerus="yes">
        <source>This person may already have %Ln other case(s) in the vault. Check before going on: a person rejected once can come back under another spelling.</source>
        <translation>
            <numerusform>Cette personne a peut-être déjà %Ln autre dossier dans le coffre. Vérifiez avant de continuer : une personne refusée une fois peut revenir sous une autre orthographe.</numerusform>
            <numerusform>Cette personne a peut-être déjà %Ln autres dossiers dans le coffre. Vérifiez avant de continuer : une personne refusée une fois peut revenir sous une autre orthographe.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same person&apos;s other cases:</source>
        <translation>Les autres dossiers de la même personne :</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder le mien</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre le leur</translation>
    </message>
    <message>
        <source>Keep both (theirs as a note)</source>
        <translation>Garder les deux (le leur en note)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Records in this bundle — %1</source>
        <translation>Fiches de ce paquet — %1</translation>
    </message>
    <message>
        <source>This bundle was already imported; nothing would change.</source>
        <translation>Ce paquet a déjà été importé ; rien ne changerait.</translation>
    </message>
    <message>
        <source>%1 of %2 required checks passed</source>
        <translation>%1 vérifications obligatoires réussies sur %2</translation>
    </message>
    <message>
        <source>Vetted by %1: %2, signature valid, key verified in person.</source>
        <translation>Vérifié par %1 : %2, signature valide, clé vérifiée en personne.</translation>
    </message>
    <message>
        <source>WARNING: vetting record from %1: %2, so it cannot clear this case.</source>
        <translation>ATTENTION : relevé de vérification de %1 : %2, il ne permet donc pas de valider ce dossier.</translation>
    </message>
    <message>
        <source>%1 reports the stage “%2” (not applied until you accept it).</source>
        <translation>%1 signale l’étape « %2 » (non appliquée tant que vous ne l’acceptez pas).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to details you did not share with %1 (such as the address in Kazakhstan, contact handles or the lawyer&apos;s planning) will not be taken: they stay as you have them.</source>
        <translation>
            <numerusform>%Ln modification d’informations que vous n’avez pas partagées avec %1 (comme l’adresse au Kazakhstan, les contacts ou le planning de l’avocat) ne sera pas reprise : elles restent telles que vous les avez.</numerusform>
            <numerusform>%Ln modifications d’informations que vous n’avez pas partagées avec %1 (comme l’adresse au Kazakhstan, les contacts ou le planning de l’avocat) ne seront pas reprises : elles restent telles que vous les avez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to who a person rejected here is (name, birth date, passport, unit) will not be taken: he stays findable if he comes back.</source>
        <translation>
            <numerusform>%Ln modification de l’identité d’une personne refusée ici (nom, date de naissance, passeport, unité) ne sera pas reprise : elle restera reconnaissable si elle revient.</numerusform>
            <numerusform>%Ln modifications de l’identité d’une personne refusée ici (nom, date de naissance, passeport, unité) ne seront pas reprises : elle restera reconnaissable si elle revient.</numerusform>
        </translation>
    </message>
    <message>
        <source>the key is NOT verified in person</source>
        <translation>la clé n’est PAS vérifiée en personne</translation>
    </message>
    <message>
        <source>it is about another person than the one this bundle describes</source>
        <translation>il concerne une autre personne que celle que décrit ce paquet</translation>
    </message>
    <message>
        <source>Signed by “%1” (key verified in person). Profile: %2.</source>
        <translation>Signé par « %1 » (clé vérifiée en personne). Profil : %2.</translation>
    </message>
    <message>
        <source>Signed by “%1”, whose key is NOT verified: anyone who swapped their key could have made this bundle. Compare safety numbers on the Contacts page before trusting it. Profile: %2.</source>
        <translation>Signé par « %1 », dont la clé n’est PAS vérifiée : quiconque aurait substitué sa clé a pu fabriquer ce paquet. Comparez les numéros de sécurité sur la page Contacts avant de vous y fier. Profil : %2.</translation>
    </message>
    <message>
        <source>Only what changed: their first bundle for you, so all of it.</source>
        <translation>Seulement ce qui a changé : c’est leur premier paquet pour vous, il contient donc tout.</translation>
    </message>
    <message>
        <source>Only what changed since their bundle no. %1.</source>
        <translation>Seulement ce qui a changé depuis leur paquet n° %1.</translation>
    </message>
    <message>
        <source>(name not sent)</source>
        <translation>(nom non transmis)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) changed on both sides since the last exchange. Choose for each what stays:</source>
        <translation>
            <numerusform>%Ln fiche modifiée des deux côtés depuis le dernier échange. Choisissez ce qui reste :</numerusform>
            <numerusform>%Ln fiches modifiées des deux côtés depuis le dernier échange. Choisissez pour chacune ce qui reste :</numerusform>
        </translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>For every conflict:</source>
        <translation>Pour tous les conflits :</translation>
    </message>
    <message>
        <source>Apply to all</source>
        <translation>Appliquer à tous</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Only what changed since bundle no. %1 for %2, with the same profile as that bundle.</source>
        <translation>Seulement ce qui a changé depuis le paquet n° %1 pour %2, avec le même profil que ce paquet.</translation>
    </message>
    <message>
        <source>These cases came to you from %1, so a status update back is chosen: it sends only the stage, the timeline and the referral status.</source>
        <translation>Ces dossiers vous ont été transmis par %1 : une mise à jour de statut en retour est donc choisie. Elle n’envoie que l’étape, la chronologie et le statut de l’orientation.</translation>
    </message>
    <message>
        <source>Save the sealed bundle as</source>
        <translation>Enregistrer le paquet scellé sous</translation>
    </message>
    <message>
        <source>Satchel bundles (*.age)</source>
        <translation>Paquets Satchel (*.age)</translation>
    </message>
    <message>
        <source>What do they receive?</source>
        <translation>Que reçoivent-ils ?</translation>
    </message>
    <message>
        <source>Each partner gets only the fields it needs. The bundle is sealed next.</source>
        <translation>Chaque partenaire ne reçoit que les champs dont il a besoin. Le paquet est scellé à l’étape suivante.</translation>
    </message>
    <message>
        <source>Save the sealed bundle as:</source>
        <translation>Enregistrer le paquet scellé sous :</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Seal the bundle</source>
        <translation>Sceller le paquet</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>keys changed: accept them on the Contacts page first</source>
        <translation>clés changées : acceptez-les d’abord sur la page Contacts</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NON vérifié</translation>
    </message>
    <message>
        <source>Not verified in person: %1. If someone swapped their key, that person could read this bundle instead of them. Compare safety numbers on the Contacts page first, or accept the risk.</source>
        <translation>Non vérifiés en personne : %1. Si quelqu’un a substitué leur clé, c’est lui qui pourrait lire ce paquet à leur place. Comparez d’abord les numéros de sécurité sur la page Contacts, ou acceptez le risque.</translation>
    </message>
    <message>
        <source>For whom?</source>
        <translation>Pour qui ?</translation>
    </message>
    <message>
        <source>Only the contacts ticked here can open the bundle.</source>
        <translation>Seuls les contacts cochés ici pourront ouvrir le paquet.</translation>
    </message>
    <message>
        <source>I accept this risk and seal the bundle for them</source>
        <translation>J’accepte ce risque et je scelle le paquet pour eux</translation>
    </message>
    <message>
        <source>Only what changed is sealed for one Satchel contact at a time: tick one. Contacts that use the age tool receive the whole cases.</source>
        <translation>Seuls les changements sont scellés pour un contact Satchel à la fois : cochez-en un. Les contacts qui utilisent l’outil age reçoivent les dossiers entiers.</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
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
        <source>Refer the case</source>
        <translation>Transmettre le dossier</translation>
    </message>
    <message>
        <source>No partners yet: add partner organisations first.</source>
        <translation>Aucun partenaire pour l’instant : ajoutez d’abord des organisations partenaires.</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Reported by %1 on %2: %3 (not applied until you accept it).</source>
        <translation>Signalé par %1 le %2 : %3 (non appliqué tant que vous ne l’acceptez pas).</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>a vault that is no longer a contact</source>
        <translation>un coffre qui ne fait plus partie des contacts</translation>
    </message>
    <message>
        <source>%1 of %2 required checks passed</source>
        <translation>%1 vérifications obligatoires réussies sur %2</translation>
    </message>
    <message>
        <source>Vetted by %1: %2, signature valid, key verified in person.</source>
        <translation>Vérifié par %1 : %2, signature valide, clé vérifiée en personne.</translation>
    </message>
    <message>
        <source>the signature is NOT valid</source>
        <translation>la signature n’est PAS valide</translation>
    </message>
    <message>
        <source>the key is NOT verified in person</source>
        <translation>la clé n’est PAS vérifiée en personne</translation>
    </message>
    <message>
        <source>it does NOT vouch for the person as this case now names them</source>
        <translation>il ne garantit PAS la personne telle que ce dossier la désigne maintenant</translation>
    </message>
    <message>
        <source>Warning: the vetting record from %1 cannot be relied on: %2. This case cannot be cleared or moved on the protection path on its strength.</source>
        <translation>Attention : on ne peut pas se fier au relevé de vérification de %1 : %2. Ce dossier ne peut pas être validé ni avancer sur le parcours de protection sur cette base.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Open the border bundle</source>
        <translation>Ouvrir le paquet de frontière</translation>
    </message>
    <message>
        <source>Satchel bundles (*.age);;All files (*)</source>
        <translation>Paquets Satchel (*.age);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe sont différentes.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %Ln characters.</source>
        <translation>
            <numerusform>Trop court : utilisez au moins %Ln caractère.</numerusform>
            <numerusform>Trop court : utilisez au moins %Ln caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault is back. This is its new recovery code, shown only this once: the old recovery code opens nothing any more. Write it on paper and keep it apart from the laptop.</source>
        <translation>Le coffre est de retour. Voici son nouveau code de récupération, affiché une seule fois : l’ancien code de récupération n’ouvre plus rien. Notez-le sur papier et gardez-le à l’écart de l’ordinateur.</translation>
    </message>
    <message>
        <source>Restore from a border bundle</source>
        <translation>Restaurer depuis un paquet de frontière</translation>
    </message>
    <message>
        <source>Choose the border bundle made before the trip and type the border code your colleague kept (capitals and spaces do not matter). Then choose a new passphrase for the restored vault. Nothing is created unless the whole bundle opens and checks out.</source>
        <translation>Choisissez le paquet de frontière créé avant le voyage et saisissez le code de frontière gardé par votre collègue (majuscules et espaces sans importance). Choisissez ensuite une nouvelle phrase de passe pour le coffre restauré. Rien n’est créé tant que le paquet entier ne s’ouvre pas et n’est pas vérifié.</translation>
    </message>
    <message>
        <source>Border bundle:</source>
        <translation>Paquet de frontière :</translation>
    </message>
    <message>
        <source>Border code:</source>
        <translation>Code de frontière :</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nouvelle phrase de passe :</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>Répétez la phrase de passe :</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Checking and restoring… %p%</source>
        <translation>Vérification et restauration… %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>SatchelShell</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>SealingPage</name>
    <message numerus="yes">
        <source>%Ln case(s) sealed for %1 with the profile “%2”.</source>
        <translation>
            <numerusform>%Ln dossier scellé pour %1 avec le profil « %2 ».</numerusform>
            <numerusform>%Ln dossiers scellés pour %1 avec le profil « %2 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as %1 (%2). Only they can open it; send it any way you like.</source>
        <translation>Enregistré sous %1 (%2). Eux seuls peuvent l’ouvrir ; envoyez-le par le moyen de votre choix.</translation>
    </message>
    <message>
        <source>No bundle was sealed for them before: everything went.</source>
        <translation>Aucun paquet n’avait été scellé pour eux : tout est parti.</translation>
    </message>
    <message>
        <source>Only what changed since bundle no. %1.</source>
        <translation>Seulement ce qui a changé depuis le paquet n° %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more changed case(s) did not fit in this bundle: seal again for the next bundle.</source>
        <translation>
            <numerusform>%Ln autre dossier modifié n’a pas tenu dans ce paquet : scellez à nouveau pour le paquet suivant.</numerusform>
            <numerusform>%Ln autres dossiers modifiés n’ont pas tenu dans ce paquet : scellez à nouveau pour le paquet suivant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sealing</source>
        <translation>Scellement</translation>
    </message>
    <message>
        <source>The cases are signed and encrypted for the chosen contacts.</source>
        <translation>Les dossiers sont signés et chiffrés pour les contacts choisis.</translation>
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
    <message>
        <source>Camouflage: a neutral window title (“Notes”) and a plain icon</source>
        <translation>Camouflage : un titre de fenêtre neutre (« Notes ») et une icône banale</translation>
    </message>
</context>
<context>
    <name>SignOffBox</name>
    <message>
        <source>Save the checks first: you sign them as they are saved.</source>
        <translation>Enregistrez d’abord les vérifications : vous les signez telles qu’enregistrées.</translation>
    </message>
    <message>
        <source>Every required check must pass before you can sign.</source>
        <translation>Toutes les vérifications obligatoires doivent être réussies avant de pouvoir signer.</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Ce coffre</translation>
    </message>
    <message>
        <source>An unknown key (%1…)</source>
        <translation>Une clé inconnue (%1…)</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>validé</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>%1 signed: %2, on %3</source>
        <translation>%1 a signé : %2, le %3</translation>
    </message>
    <message>
        <source>the signature does not verify</source>
        <translation>la signature n’est pas valide</translation>
    </message>
    <message>
        <source>the key is not among your contacts</source>
        <translation>la clé ne figure pas parmi vos contacts</translation>
    </message>
    <message>
        <source>the key was not verified in person</source>
        <translation>la clé n’a pas été vérifiée en personne</translation>
    </message>
    <message>
        <source>withdrawn: the same person signed the other decision since</source>
        <translation>retirée : la même personne a signé l’autre décision depuis</translation>
    </message>
    <message>
        <source>signed over earlier checks or details: a check, the name, the birth date or the passport changed since</source>
        <translation>signé sur des vérifications ou une identité antérieures : une vérification, le nom, la date de naissance ou le passeport ont changé depuis</translation>
    </message>
    <message>
        <source>does not count: %1</source>
        <translation>ne compte pas : %1</translation>
    </message>
    <message>
        <source>Two-person rule: met, two different people signed these checks.</source>
        <translation>Règle des deux signatures : respectée, deux personnes différentes ont signé ces vérifications.</translation>
    </message>
    <message numerus="yes">
        <source>Two-person rule: %Ln more signature(s) needed from people whose keys you verified in person.</source>
        <translation>
            <numerusform>Règle des deux signatures : encore %Ln signature requise, de personnes dont vous avez vérifié la clé en personne.</numerusform>
            <numerusform>Règle des deux signatures : encore %Ln signatures requises, de personnes dont vous avez vérifié la clé en personne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has signed this vetting yet.</source>
        <translation>Personne n’a encore signé cette vérification.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Sign the vetting as cleared</source>
        <translation>Signer la vérification comme validée</translation>
    </message>
</context>
<context>
    <name>SizeWords</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementsTab</name>
    <message>
        <source>Say where the statement comes from (interview, letter, video...).</source>
        <translation>Indiquez la source de la déclaration (entretien, lettre, vidéo…).</translation>
    </message>
    <message>
        <source>Translation (%1), by %2</source>
        <translation>Traduction (%1), par %2</translation>
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
        <source>Translation of the selected statement…</source>
        <translation>Traduction de la déclaration choisie…</translation>
    </message>
    <message>
        <source>Add statement</source>
        <translation>Ajouter la déclaration</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
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
        <source>Add to timeline</source>
        <translation>Ajouter à la chronologie</translation>
    </message>
</context>
<context>
    <name>TranslationDialog</name>
    <message>
        <source>Choose the language the translation is in.</source>
        <translation>Choisissez la langue de la traduction.</translation>
    </message>
    <message>
        <source>Say who translated the statement.</source>
        <translation>Indiquez qui a traduit la déclaration.</translation>
    </message>
    <message>
        <source>Translation of the statement</source>
        <translation>Traduction de la déclaration</translation>
    </message>
    <message>
        <source>Original:</source>
        <translation>Original :</translation>
    </message>
    <message>
        <source>Translation:</source>
        <translation>Traduction :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Translated by:</source>
        <translation>Traduit par :</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>The original stays as it was recorded. The dossier prints both, with the translator&apos;s name. Leave the translation empty to remove it.</source>
        <translation>L’original reste tel qu’il a été enregistré. Le dossier imprime les deux, avec le nom du traducteur. Laissez la traduction vide pour la supprimer.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Satchel</source>
        <translation>Déverrouiller Satchel</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
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
    <message>
        <source>Updating the vault&apos;s storage format… %p%</source>
        <translation>Mise à jour du format de stockage du coffre… %p%</translation>
    </message>
    <message>
        <source>Panic</source>
        <translation>Panique</translation>
    </message>
</context>
<context>
    <name>VettingSettings</name>
    <message>
        <source>The two-person rule is on.</source>
        <translation>La règle des deux signatures est activée.</translation>
    </message>
    <message>
        <source>The two-person rule is off.</source>
        <translation>La règle des deux signatures est désactivée.</translation>
    </message>
    <message>
        <source>Vetting</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Clearing or rejecting a case is signed with this vault&apos;s key. With the two-person rule, a case is cleared only when a second person, on her own laptop and verified in person, has signed the same checks.</source>
        <translation>Valider ou refuser un dossier est signé avec la clé de ce coffre. Avec la règle des deux signatures, un dossier n’est validé que lorsqu’une seconde personne, sur son propre ordinateur et vérifiée en personne, a signé les mêmes vérifications.</translation>
    </message>
    <message>
        <source>Two-person rule: two signatures to clear a case</source>
        <translation>Règle des deux signatures : deux signatures pour valider un dossier</translation>
    </message>
</context>
<context>
    <name>VettingTab</name>
    <message>
        <source>“%1” can only pass with its evidence and reviewer filled in.</source>
        <translation>« %1 » ne peut être réussie qu’avec la preuve et le vérificateur renseignés.</translation>
    </message>
    <message>
        <source>The date of “%1” could not be read: type it like %2 or pick it from the calendar.</source>
        <translation>La date de « %1 » n’a pas pu être lue : saisissez-la comme %2 ou choisissez-la dans le calendrier.</translation>
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
        <source>* required before a case can be cleared or referred</source>
        <translation>* obligatoire avant de valider ou de transmettre un dossier</translation>
    </message>
</context>
</TS>
