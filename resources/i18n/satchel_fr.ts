<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
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
    <message>
        <source>The audit log will be shown here in the next version. &apos;satchel verify&apos; checks it today.</source>
        <translation>Le journal d’audit s’affichera ici dans la prochaine version. Aujourd’hui, « satchel verify » le vérifie.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&lt;h2&gt;Security status&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;État de la sécurité&lt;/h2&gt;</translation>
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
    <name>SecurityStatusPanel</name>
    <message>
        <source>Argon2id, %1 MiB of memory, %2 passes, %3 lanes</source>
        <translation>Argon2id, %1 Mio de mémoire, %2 passes, %3 voies</translation>
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
</TS>
