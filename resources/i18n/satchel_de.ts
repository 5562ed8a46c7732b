<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Contact card</source>
        <translation>Kontaktkarte</translation>
    </message>
    <message>
        <source>This file cannot be read as a contact card; nothing was added.</source>
        <translation>Diese Datei lässt sich nicht als Kontaktkarte lesen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Paste the contact card you received (it starts with “satchel-contact-card”), or a partner&apos;s plain age key, or load the card from a file. The keys stay unverified until you compare safety numbers in person.</source>
        <translation>Fügen Sie die erhaltene Kontaktkarte ein (sie beginnt mit „satchel-contact-card“), oder den einfachen age-Schlüssel eines Partners, oder laden Sie die Karte aus einer Datei. Die Schlüssel bleiben unbestätigt, bis Sie die Sicherheitsnummern persönlich verglichen haben.</translation>
    </message>
    <message>
        <source>Load from a file…</source>
        <translation>Aus Datei laden…</translation>
    </message>
    <message>
        <source>Name in your vault:</source>
        <translation>Name in Ihrem Tresor:</translation>
    </message>
    <message>
        <source>optional for a card; needed for a plain age key</source>
        <translation>bei einer Karte optional; bei einem einfachen age-Schlüssel nötig</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>← Previous page</source>
        <translation>← Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page →</source>
        <translation>Nächste Seite →</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>This page of the PDF could not be drawn; it may be damaged.</source>
        <translation>Diese Seite des PDF konnte nicht dargestellt werden; sie ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>This PDF could not be read: it may be damaged or protected by a password. The file stays inside the vault; nothing was written to disk.</source>
        <translation>Dieses PDF konnte nicht gelesen werden: Es ist möglicherweise beschädigt oder durch ein Passwort geschützt. Die Datei bleibt im Tresor; nichts wurde auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>This picture could not be read; it may be damaged.</source>
        <translation>Dieses Bild konnte nicht gelesen werden; es ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>Satchel cannot show this kind of file. The file stays inside the vault; nothing was written to disk.</source>
        <translation>Satchel kann diese Art von Datei nicht anzeigen. Die Datei bleibt im Tresor; nichts wurde auf die Festplatte geschrieben.</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>“%1” was added. Removed from it: %2.</source>
        <translation>„%1“ wurde hinzugefügt. Daraus entfernt: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln original file(s)</source>
        <translation>
            <numerusform>Die %Ln Originaldatei löschen</numerusform>
            <numerusform>Die %Ln Originaldateien löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>The original files were deleted.</source>
        <translation>Die Originaldateien wurden gelöscht.</translation>
    </message>
    <message>
        <source>The file could not be read; check that it still exists.</source>
        <translation>Die Datei konnte nicht gelesen werden; prüfen Sie, ob sie noch vorhanden ist.</translation>
    </message>
    <message>
        <source>The original files are still where they were, with everything that was just removed (a photo&apos;s GPS position, a document&apos;s author). Delete them now? Satchel overwrites each file once and removes it. On a hard disk that is the end of it; on an SSD, a USB stick or a phone the drive may keep old copies where no program can reach them, so full-disk encryption remains your real protection, and delete the photo on the device that took it too.</source>
        <translation>Die Originaldateien liegen noch an ihrem Ort, mit allem, was eben entfernt wurde (die GPS-Position eines Fotos, der Autor eines Dokuments). Jetzt löschen? Satchel überschreibt jede Datei einmal und entfernt sie. Auf einer Festplatte ist die Datei damit fort; auf einer SSD, einem USB-Stick oder einem Telefon kann das Laufwerk alte Kopien dort behalten, wo kein Programm hinkommt. Ihr eigentlicher Schutz bleibt daher die Verschlüsselung des ganzen Datenträgers; löschen Sie das Foto auch auf dem Gerät, mit dem es aufgenommen wurde.</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <source>Drop files here or use “Add files…”. Hidden details such as the GPS position of a photo or the author of a document are removed before the file is stored.</source>
        <translation>Dateien hierher ziehen oder „Dateien hinzufügen…“ verwenden. Versteckte Angaben wie die GPS-Position eines Fotos oder der Autor eines Dokuments werden entfernt, bevor die Datei gespeichert wird.</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message numerus="yes">
        <source>The audit log is intact: %Ln entries checked.</source>
        <translation>
            <numerusform>Das Prüfprotokoll ist unversehrt: %Ln Eintrag geprüft.</numerusform>
            <numerusform>Das Prüfprotokoll ist unversehrt: %Ln Einträge geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was tampered with or damaged:</source>
        <translation>Das Prüfprotokoll wurde manipuliert oder beschädigt:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Audit log&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Prüfprotokoll&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Every change, import and export, newest first. The log records what changed and when, not the values. Each entry is chained to the one before, so altering or removing one shows.</source>
        <translation>Jede Änderung, jeder Import und Export, das Neueste zuerst. Das Protokoll hält fest, was sich wann geändert hat, nicht die Werte. Jeder Eintrag ist mit dem vorherigen verkettet, sodass jede Änderung oder Entfernung auffällt.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Check the chain</source>
        <translation>Kette prüfen</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Save a copy of the vault in</source>
        <translation>Kopie des Tresors speichern in</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Kopie wird gespeichert…</translation>
    </message>
    <message>
        <source>A copy was saved in %1. It opens with your recovery code on any computer; keep it as safe as the laptop.</source>
        <translation>Eine Kopie wurde in %1 gespeichert. Sie lässt sich mit Ihrem Wiederherstellungscode auf jedem Computer öffnen; bewahren Sie sie so sicher auf wie den Laptop.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Save a copy of the whole vault, encrypted, in a folder you choose (a USB stick, an external disk). Satchel keeps working meanwhile. The copy opens with the recovery code.</source>
        <translation>Speichern Sie eine verschlüsselte Kopie des ganzen Tresors in einem Ordner Ihrer Wahl (USB-Stick, externe Festplatte). Satchel arbeitet währenddessen weiter. Die Kopie öffnet sich mit dem Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>Save a copy of the vault…</source>
        <translation>Kopie des Tresors speichern…</translation>
    </message>
</context>
<context>
    <name>BorderDialog</name>
    <message>
        <source>Save the border bundle as</source>
        <translation>Grenzpaket speichern unter</translation>
    </message>
    <message>
        <source>Satchel bundles (*.age)</source>
        <translation>Satchel-Pakete (*.age)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln Fall</numerusform>
            <numerusform>%Ln Fälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>%Ln Anhang</numerusform>
            <numerusform>%Ln Anhänge</numerusform>
        </translation>
    </message>
    <message>
        <source>Sealed %1 and %2 into %3 (%4); the file was opened again and checked.</source>
        <translation>%1 und %2 wurden in %3 (%4) versiegelt; die Datei wurde erneut geöffnet und geprüft.</translation>
    </message>
    <message>
        <source>Border mode</source>
        <translation>Grenzmodus</translation>
    </message>
    <message>
        <source>Border mode prepares this laptop for a border crossing. Satchel seals the whole vault (every case, attachment, contact and key) into one file under a new key, opens the file again to check it, and shows that key once as a border code, in letters and as a QR code. Hand the code to a trusted colleague who is not travelling. Then the vault is wiped from this computer. After the crossing, choose “Restore from a border bundle…” when Satchel starts, with the file and the code.</source>
        <translation>Der Grenzmodus bereitet diesen Laptop auf einen Grenzübertritt vor. Satchel versiegelt den ganzen Tresor (jeden Fall, Anhang, Kontakt und Schlüssel) unter einem neuen Schlüssel in eine Datei, öffnet die Datei zur Prüfung erneut und zeigt diesen Schlüssel einmalig als Grenzcode an, in Buchstaben und als QR-Code. Geben Sie den Code einer vertrauenswürdigen Kollegin oder einem Kollegen, die nicht mitreisen. Danach wird der Tresor auf diesem Computer gelöscht. Wählen Sie nach dem Grenzübertritt beim Start von Satchel „Aus einem Grenzpaket wiederherstellen…“, mit der Datei und dem Code.</translation>
    </message>
    <message>
        <source>Save the border bundle to:</source>
        <translation>Grenzpaket speichern in:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose a place outside the vault folder, for example a USB stick. Without the code the file cannot be opened; with it, anyone can open it.</source>
        <translation>Wählen Sie einen Ort außerhalb des Tresorordners, zum Beispiel einen USB-Stick. Ohne den Code lässt sich die Datei nicht öffnen; mit ihm kann jeder sie öffnen.</translation>
    </message>
    <message>
        <source>Sealing and checking… %p%</source>
        <translation>Versiegeln und Prüfen… %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Seal the vault</source>
        <translation>Tresor versiegeln</translation>
    </message>
    <message>
        <source>This is the border code, shown only this once. Give it to a trusted colleague who is not travelling (they can photograph the QR code), or write it down and keep it apart from the laptop. Without it the bundle cannot be opened.</source>
        <translation>Dies ist der Grenzcode, der nur dieses eine Mal angezeigt wird. Geben Sie ihn einer vertrauenswürdigen Person, die nicht mitreist (sie kann den QR-Code fotografieren), oder schreiben Sie ihn auf und bewahren Sie ihn getrennt vom Laptop auf. Ohne ihn lässt sich das Paket nicht öffnen.</translation>
    </message>
    <message>
        <source>I have handed the code to a colleague or written it down</source>
        <translation>Ich habe den Code übergeben oder aufgeschrieben</translation>
    </message>
    <message>
        <source>Nothing has been wiped yet. If you close this window instead, the vault stays as it is and this bundle can never be opened: the code is not shown again.</source>
        <translation>Noch wurde nichts gelöscht. Wenn Sie dieses Fenster stattdessen schließen, bleibt der Tresor, wie er ist, und dieses Paket lässt sich nie öffnen: Der Code wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <source>Close without wiping</source>
        <translation>Schließen, ohne zu löschen</translation>
    </message>
    <message>
        <source>Wipe the vault now…</source>
        <translation>Tresor jetzt löschen…</translation>
    </message>
</context>
<context>
    <name>BorderMessages</name>
    <message>
        <source>This is a bundle from a contact, not a border bundle: open the vault and use Import for it. Nothing was changed.</source>
        <translation>Dies ist ein Paket von einem Kontakt, kein Grenzpaket: Öffnen Sie den Tresor und verwenden Sie dafür den Import. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This border bundle was changed after it was sealed, or is incomplete; nothing was changed.</source>
        <translation>Dieses Grenzpaket wurde nach dem Versiegeln verändert oder ist unvollständig; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>There is already a vault here; nothing was changed.</source>
        <translation>Hier gibt es bereits einen Tresor; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>Satchel may not write or read there; choose another place.</source>
        <translation>Satchel darf dort nicht schreiben oder lesen; wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>This file is damaged, was not made by Satchel, or comes from a newer Satchel; nothing was changed.</source>
        <translation>Diese Datei ist beschädigt, stammt nicht von Satchel oder von einer neueren Satchel-Version; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>BorderSettings</name>
    <message>
        <source>The two duress passphrases differ.</source>
        <translation>Die beiden Zwangs-Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>There is no duress passphrase any more.</source>
        <translation>Es gibt keine Zwangs-Passphrase mehr.</translation>
    </message>
    <message>
        <source>Failed unlocks no longer wipe the vault.</source>
        <translation>Fehlgeschlagene Entsperrversuche löschen den Tresor nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed unlock(s) in a row will wipe the vault.</source>
        <translation>
            <numerusform>%Ln fehlgeschlagener Entsperrversuch in Folge löscht den Tresor.</numerusform>
            <numerusform>%Ln fehlgeschlagene Entsperrversuche in Folge löschen den Tresor.</numerusform>
        </translation>
    </message>
    <message>
        <source>The duress passphrase is set. Typed at unlock, it silently wipes this vault and opens an empty one.</source>
        <translation>Die Zwangs-Passphrase ist gesetzt. Beim Entsperren eingegeben, löscht sie diesen Tresor unbemerkt und öffnet einen leeren.</translation>
    </message>
    <message>
        <source>Border safety</source>
        <translation>Sicherheit an der Grenze</translation>
    </message>
    <message>
        <source>A duress passphrase, typed at unlock instead of yours, silently wipes this vault and opens an empty, ordinary-looking one. Satchel never shows whether one is set.</source>
        <translation>Eine Zwangs-Passphrase, beim Entsperren statt Ihrer eigenen eingegeben, löscht diesen Tresor unbemerkt und öffnet einen leeren, gewöhnlich aussehenden. Satchel zeigt nie an, ob eine gesetzt ist.</translation>
    </message>
    <message>
        <source>Duress passphrase:</source>
        <translation>Zwangs-Passphrase:</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>Noch einmal dieselbe:</translation>
    </message>
    <message>
        <source>Set duress passphrase</source>
        <translation>Zwangs-Passphrase setzen</translation>
    </message>
    <message>
        <source>Remove duress passphrase</source>
        <translation>Zwangs-Passphrase entfernen</translation>
    </message>
    <message>
        <source>Optionally, wipe the vault after too many wrong passphrases in a row. A small file in the vault folder shows that this limit is set.</source>
        <translation>Wahlweise den Tresor nach zu vielen falschen Passphrasen in Folge löschen. Eine kleine Datei im Tresorordner zeigt, dass diese Grenze gesetzt ist.</translation>
    </message>
    <message>
        <source>Wipe after this many failed unlocks:</source>
        <translation>Löschen nach so vielen Fehlversuchen:</translation>
    </message>
    <message>
        <source>Save limit</source>
        <translation>Grenze speichern</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <source>&lt;h2&gt;Bundles&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Pakete&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Cases travel between vaults as sealed bundles: files only the chosen contacts can open, signed by the vault that sealed them. Carry them on a USB stick or send them any way you like.</source>
        <translation>Fälle wandern als versiegelte Pakete zwischen Tresoren: Dateien, die nur die gewählten Kontakte öffnen können, signiert vom Tresor, der sie versiegelt hat. Tragen Sie sie auf einem USB-Stick oder senden Sie sie auf beliebigem Weg.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Seal cases for a contact…</source>
        <translation>Fälle für einen Kontakt versiegeln…</translation>
    </message>
    <message>
        <source>Open a received bundle…</source>
        <translation>Erhaltenes Paket öffnen…</translation>
    </message>
</context>
<context>
    <name>CaseDetailPage</name>
    <message>
        <source>Your signature is on the vetting.</source>
        <translation>Ihre Unterschrift steht unter der Überprüfung.</translation>
    </message>
    <message>
        <source>The reported stage was accepted.</source>
        <translation>Die gemeldete Phase wurde übernommen.</translation>
    </message>
    <message>
        <source>This case cannot move to “%1” until these required checks have passed: %2.</source>
        <translation>Dieser Fall kann erst nach „%1“ wechseln, wenn diese Pflichtprüfungen bestanden sind: %2.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>These dates could not be read: %1. Type them like %2 or pick them from the calendar.</source>
        <translation>Diese Daten konnten nicht gelesen werden: %1. Geben Sie sie wie %2 ein oder wählen Sie sie im Kalender.</translation>
    </message>
    <message>
        <source>A rejected case needs a reason: fill in “%1” on the Case tab.</source>
        <translation>Ein abgelehnter Fall braucht eine Begründung: Füllen Sie „%1“ im Reiter „Fall“ aus.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nichts zu speichern.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>This case cannot be referred until these required checks have passed: %1.</source>
        <translation>Dieser Fall kann erst übergeben werden, wenn diese Pflichtprüfungen bestanden sind: %1.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>Militärdienst</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Vetting</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Erklärungen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronik</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>← All cases</source>
        <translation>← Alle Fälle</translation>
    </message>
    <message>
        <source>Dossier PDF…</source>
        <translation>Dossier-PDF…</translation>
    </message>
    <message>
        <source>This case as a PDF for the authorities, in French, German or English</source>
        <translation>Dieser Fall als PDF für die Behörden, auf Französisch, Deutsch oder Englisch</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save every change on this case (Ctrl+S)</source>
        <translation>Alle Änderungen an diesem Fall speichern (Strg+S)</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln Fall</numerusform>
            <numerusform>%Ln Fälle</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by name, alias or unit, in any script</source>
        <translation>Suche nach Name, Alias oder Einheit, in jeder Schrift</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Jurist/in</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Jedes Risiko</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>Jede Frist</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due within a week</source>
        <translation>Fällig innerhalb einer Woche</translation>
    </message>
    <message>
        <source>Due within a month</source>
        <translation>Fällig innerhalb eines Monats</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Jurist/in</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Which cases?</source>
        <translation>Welche Fälle?</translation>
    </message>
    <message>
        <source>Tick the cases to seal into the bundle.</source>
        <translation>Markieren Sie die Fälle, die in das Paket versiegelt werden sollen.</translation>
    </message>
    <message numerus="yes">
        <source>All cases in the vault (%Ln)</source>
        <translation>
            <numerusform>Alle Fälle im Tresor (%Ln)</numerusform>
            <numerusform>Alle Fälle im Tresor (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only what changed since the last bundle for the contact chosen next</source>
        <translation>Nur was sich seit dem letzten Paket für den als Nächstes gewählten Kontakt geändert hat</translation>
    </message>
    <message>
        <source>Only the cases ticked below</source>
        <translation>Nur die unten markierten Fälle</translation>
    </message>
    <message>
        <source>Find a person by name, in Cyrillic or Latin</source>
        <translation>Person nach Namen suchen, kyrillisch oder lateinisch</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message numerus="yes">
        <source>%Ln edit(s) from partners were kept beside yours. Compare and edit the fields below; each disappears once both versions agree.</source>
        <translation>
            <numerusform>%Ln Änderung von Partnern wurde neben Ihrer aufbewahrt. Vergleichen und bearbeiten Sie die Felder unten; jedes verschwindet, sobald beide Fassungen übereinstimmen.</numerusform>
            <numerusform>%Ln Änderungen von Partnern wurden neben Ihren aufbewahrt. Vergleichen und bearbeiten Sie die Felder unten; jedes verschwindet, sobald beide Fassungen übereinstimmen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their full version stays on the Notes tab.</source>
        <translation>Ihre vollständige Fassung bleibt im Reiter „Notizen“.</translation>
    </message>
    <message>
        <source>From “%1”, %2 (%3):</source>
        <translation>Von „%1“, %2 (%3):</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Fassung des Partners</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <source>see the “%1” tab</source>
        <translation>siehe Reiter „%1“</translation>
    </message>
    <message>
        <source>Vetting</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Erklärungen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronik</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Übergaben</translation>
    </message>
</context>
<context>
    <name>ConflictNote</name>
    <message>
        <source>The version of this case&apos;s “%1” that “%2” sent, kept beside yours:</source>
        <translation>Die Fassung „%1“ dieses Falls, die „%2“ geschickt hat, neben Ihrer aufbewahrt:</translation>
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
        <translation>nur age-Schlüssel</translation>
    </message>
    <message>
        <source>KEYS CHANGED</source>
        <translation>SCHLÜSSEL GEÄNDERT</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>Your contact card, “%1”. Partners scan this code or paste the text below to add you; it holds only public keys.</source>
        <translation>Ihre Kontaktkarte, „%1“. Partner scannen diesen Code oder fügen den Text unten ein, um Sie hinzuzufügen; sie enthält nur öffentliche Schlüssel.</translation>
    </message>
    <message>
        <source>The keys of “%1” have changed. Someone may be impersonating them. Nothing is sealed for or accepted from the new keys until you compare the new safety number with them in person.</source>
        <translation>Die Schlüssel von „%1“ haben sich geändert. Möglicherweise gibt sich jemand für diesen Kontakt aus. Für die neuen Schlüssel wird nichts versiegelt und von ihnen nichts angenommen, bis Sie die neue Sicherheitsnummer persönlich mit dem Kontakt verglichen haben.</translation>
    </message>
    <message>
        <source>Safety number of the keys on file</source>
        <translation>Sicherheitsnummer der gespeicherten Schlüssel</translation>
    </message>
    <message>
        <source>Verified in person.</source>
        <translation>Persönlich bestätigt.</translation>
    </message>
    <message>
        <source>Safety number</source>
        <translation>Sicherheitsnummer</translation>
    </message>
    <message>
        <source>Not verified yet: compare the safety number below with them.</source>
        <translation>Noch nicht bestätigt: Vergleichen Sie die Sicherheitsnummer unten mit dem Kontakt.</translation>
    </message>
    <message>
        <source>Safety number of the new keys</source>
        <translation>Sicherheitsnummer der neuen Schlüssel</translation>
    </message>
    <message>
        <source>Meet in person (or call on a line you trust) and read the numbers aloud: the other person sees the same digits on their Contacts page.</source>
        <translation>Treffen Sie sich persönlich (oder telefonieren Sie über eine Leitung, der Sie vertrauen) und lesen Sie die Zahlen laut vor: Die andere Person sieht dieselben Ziffern auf ihrer Seite „Kontakte“.</translation>
    </message>
    <message>
        <source>Your contact card</source>
        <translation>Ihre Kontaktkarte</translation>
    </message>
    <message>
        <source>Copy the card</source>
        <translation>Karte kopieren</translation>
    </message>
    <message>
        <source>Your organisation&apos;s &amp;name:</source>
        <translation>&amp;Name Ihrer Organisation:</translation>
    </message>
    <message>
        <source>as partners should see it</source>
        <translation>so, wie Partner ihn sehen sollen</translation>
    </message>
    <message>
        <source>Put on the card</source>
        <translation>Auf die Karte setzen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Add a contact…</source>
        <translation>Kontakt hinzufügen…</translation>
    </message>
    <message>
        <source>We compared the numbers: they match</source>
        <translation>Wir haben die Zahlen verglichen: Sie stimmen überein</translation>
    </message>
    <message>
        <source>I compared the new safety number with them in person</source>
        <translation>Ich habe die neue Sicherheitsnummer persönlich mit dem Kontakt verglichen</translation>
    </message>
    <message>
        <source>Accept the new keys</source>
        <translation>Neue Schlüssel annehmen</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>The vault&apos;s name</source>
        <translation>Der Name des Tresors</translation>
    </message>
    <message>
        <source>The copy could not be written there (the disk may be full or read-only); nothing was saved.</source>
        <translation>Die Kopie konnte dort nicht geschrieben werden (der Datenträger ist vielleicht voll oder schreibgeschützt); nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Choose an existing folder for the copy; nothing was saved.</source>
        <translation>Wählen Sie einen vorhandenen Ordner für die Kopie; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Save the copy outside the vault&apos;s own folders (a panic wipe would take it too), for example on a USB stick; nothing was saved.</source>
        <translation>Speichern Sie die Kopie außerhalb der Ordner des Tresors (eine Notfalllöschung würde sie mitnehmen), zum Beispiel auf einem USB-Stick; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>There are too many copies in that folder; choose another.</source>
        <translation>In diesem Ordner liegen zu viele Kopien; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>The file {path} appeared meanwhile; nothing was sealed or wiped.</source>
        <translation>Die Datei {path} ist inzwischen aufgetaucht; nichts wurde versiegelt oder gelöscht.</translation>
    </message>
    <message>
        <source>Save the border bundle outside the vault folder: the wipe that follows empties that folder.</source>
        <translation>Speichern Sie das Grenzpaket außerhalb des Tresorordners: Die anschließende Löschung leert diesen Ordner.</translation>
    </message>
    <message>
        <source>The passphrase must be at least {count} characters long.</source>
        <translation>Die Passphrase muss mindestens {count} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The restored vault did not check out, so it was removed; try again.</source>
        <translation>Der wiederhergestellte Tresor hat die Prüfung nicht bestanden und wurde daher entfernt; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is already a Satchel vault in {folder}; nothing was changed.</source>
        <translation>In {folder} gibt es bereits einen Satchel-Tresor; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The folder {folder} is not empty; choose an empty or new folder to restore into.</source>
        <translation>Der Ordner {folder} ist nicht leer; wählen Sie zum Wiederherstellen einen leeren oder neuen Ordner.</translation>
    </message>
    <message>
        <source>The border bundle did not open correctly, so it was deleted; nothing was wiped.</source>
        <translation>Das Grenzpaket ließ sich nicht richtig öffnen und wurde daher entfernt; der Tresor wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>The border bundle did not match the vault, so it was deleted; nothing was wiped.</source>
        <translation>Das Grenzpaket passte nicht zum Tresor und wurde daher entfernt; der Tresor wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>This border code does not open this bundle; nothing was changed.</source>
        <translation>Dieser Grenzcode öffnet dieses Paket nicht; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This is a bundle from a contact, not a border bundle: import it with &apos;satchel import&apos; into an unlocked vault; nothing was changed.</source>
        <translation>Dies ist ein Paket von einem Kontakt, kein Grenzpaket: Importieren Sie es mit „satchel import“ in einen entsperrten Tresor; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This border bundle&apos;s signature does not match; nothing was changed.</source>
        <translation>Die Signatur dieses Grenzpakets stimmt nicht; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This border bundle was made by a newer Satchel; update Satchel to restore it.</source>
        <translation>Dieses Grenzpaket stammt von einer neueren Satchel-Version; aktualisieren Sie Satchel, um es wiederherzustellen.</translation>
    </message>
    <message>
        <source>This is not a border code; check it against the copy you were given. Nothing was changed.</source>
        <translation>Dies ist kein Grenzcode; vergleichen Sie ihn mit der Abschrift, die Sie erhalten haben. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The vault changed while it was being sealed; try again.</source>
        <translation>Der Tresor hat sich während des Versiegelns geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>An attachment is damaged in the vault; nothing was sealed.</source>
        <translation>Ein Anhang im Tresor ist beschädigt; nichts wurde versiegelt.</translation>
    </message>
    <message>
        <source>The vault holds data Satchel does not recognise; nothing was sealed.</source>
        <translation>Der Tresor enthält Daten, die Satchel nicht kennt; nichts wurde versiegelt.</translation>
    </message>
    <message>
        <source>There is already a file at {output}; choose another name.</source>
        <translation>Unter {output} gibt es bereits eine Datei; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this vault (or its header was damaged); nothing was imported.</source>
        <translation>Dieses Paket ist nicht an diesen Tresor adressiert (oder sein Kopf wurde beschädigt); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>This bundle was changed after it was sealed, or is incomplete; nothing was imported.</source>
        <translation>Dieses Paket wurde nach dem Versiegeln verändert oder ist unvollständig; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>This bundle is damaged or was not made by Satchel; nothing was imported.</source>
        <translation>Dieses Paket ist beschädigt oder stammt nicht von Satchel; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>This bundle&apos;s {what} is larger than Satchel accepts; nothing was imported.</source>
        <translation>{what} dieses Pakets ist größer, als Satchel annimmt; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>This file is not a Satchel bundle; nothing was imported.</source>
        <translation>Diese Datei ist kein Satchel-Paket; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>This bundle was made by an older Satchel whose bundles are no longer accepted; ask the sender to update Satchel and send it again. Nothing was imported.</source>
        <translation>Dieses Paket stammt von einer älteren Satchel-Version, deren Pakete nicht mehr angenommen werden; bitten Sie den Absender, Satchel zu aktualisieren und es erneut zu senden. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Not verified in person: {names}. If someone swapped their key, that person could read this bundle instead of them. Compare safety numbers on the Contacts page first, or accept the risk (--accept-unverified); nothing was sealed.</source>
        <translation>Nicht persönlich bestätigt: {names}. Hätte jemand deren Schlüssel ausgetauscht, könnte diese Person das Paket an ihrer Stelle lesen. Vergleichen Sie zuerst die Sicherheitsnummern auf der Seite „Kontakte“ oder nehmen Sie das Risiko in Kauf (--accept-unverified); nichts wurde versiegelt.</translation>
    </message>
    <message>
        <source>Signed by &apos;{name}&apos;, whose key is NOT verified: anyone who swapped their key could have made this bundle. Compare safety numbers on the Contacts page before trusting it, or accept the risk (--accept-unverified); nothing was imported.</source>
        <translation>Signiert von „{name}“, dessen Schlüssel NICHT bestätigt ist: Wer den Schlüssel ausgetauscht hat, könnte dieses Paket erstellt haben. Vergleichen Sie die Sicherheitsnummern auf der Seite „Kontakte“, bevor Sie ihm vertrauen, oder nehmen Sie das Risiko in Kauf (--accept-unverified); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Name at least one contact to seal the bundle for.</source>
        <translation>Nennen Sie mindestens einen Kontakt, für den das Paket versiegelt wird.</translation>
    </message>
    <message>
        <source>One bundle cannot be sealed both to Satchel contacts (post-quantum keys) and to plain age keys; export to them separately.</source>
        <translation>Ein Paket kann nicht zugleich für Satchel-Kontakte (Post-Quanten-Schlüssel) und für einfache age-Schlüssel versiegelt werden; exportieren Sie getrennt.</translation>
    </message>
    <message>
        <source>Only what changed can be sent to one Satchel contact at a time; choose one contact, or send the whole cases.</source>
        <translation>Nur die Änderungen können jeweils nur an einen Satchel-Kontakt gesendet werden; wählen Sie einen Kontakt oder senden Sie die ganzen Fälle.</translation>
    </message>
    <message>
        <source>The last bundle for &apos;{name}&apos; was sealed with another profile; send the changes with that same profile, or send the whole cases with the new one.</source>
        <translation>Das letzte Paket für „{name}“ wurde mit einem anderen Profil versiegelt; senden Sie die Änderungen mit demselben Profil oder die ganzen Fälle mit dem neuen.</translation>
    </message>
    <message>
        <source>Nothing changed since the last bundle for &apos;{name}&apos;; there is nothing to send.</source>
        <translation>Seit dem letzten Paket für „{name}“ hat sich nichts geändert; es gibt nichts zu senden.</translation>
    </message>
    <message>
        <source>There are no cases to export.</source>
        <translation>Es gibt keine Fälle zum Exportieren.</translation>
    </message>
    <message>
        <source>These cases and attachments are too many for one bundle; export them in smaller groups.</source>
        <translation>Diese Fälle und Anhänge sind zu viele für ein Paket; exportieren Sie sie in kleineren Gruppen.</translation>
    </message>
    <message>
        <source>A case changed while it was being exported; try again.</source>
        <translation>Ein Fall hat sich während des Exports geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>An attachment is damaged in the vault; nothing was exported.</source>
        <translation>Ein Anhang im Tresor ist beschädigt; nichts wurde exportiert.</translation>
    </message>
    <message>
        <source>This is a border bundle: restore it with &apos;satchel restore&apos; into an empty folder; nothing was imported.</source>
        <translation>Dies ist ein Grenzpaket: Stellen Sie es mit „satchel restore“ in einem leeren Ordner wieder her; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>This bundle comes from a sender you have not added as a contact.</source>
        <translation>Dieses Paket stammt von einem Absender, den Sie nicht als Kontakt hinzugefügt haben.</translation>
    </message>
    <message>
        <source>This bundle&apos;s signature does not match the key of &apos;{name}&apos;; nothing was imported.</source>
        <translation>Die Signatur dieses Pakets passt nicht zum Schlüssel von „{name}“; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The keys of &apos;{name}&apos; have changed since you added them; compare safety numbers in person and accept the new keys before importing.</source>
        <translation>Die Schlüssel von „{name}“ haben sich geändert, seit Sie sie hinzugefügt haben; vergleichen Sie die Sicherheitsnummern persönlich und nehmen Sie die neuen Schlüssel vor dem Import an.</translation>
    </message>
    <message>
        <source>This bundle from &apos;{name}&apos; holds only what changed since their bundle no. {sequence}, which was never imported here. Import that bundle first, or ask &apos;{name}&apos; to send the whole cases; nothing was imported.</source>
        <translation>Dieses Paket von „{name}“ enthält nur die Änderungen seit deren Paket Nr. {sequence}, das hier nie importiert wurde. Importieren Sie zuerst jenes Paket oder bitten Sie „{name}“, die ganzen Fälle zu senden; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>This bundle is older than one already imported from &apos;{name}&apos;; nothing was imported.</source>
        <translation>Dieses Paket ist älter als eines, das bereits von „{name}“ importiert wurde; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>A vetting signature in this bundle from &apos;{name}&apos; does not verify; nothing was imported.</source>
        <translation>Eine Unterschrift unter der Überprüfung in diesem Paket von „{name}“ ist nicht gültig; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The vetting record in this bundle is not validly signed by &apos;{name}&apos;; nothing was imported.</source>
        <translation>Der Überprüfungsnachweis in diesem Paket ist nicht gültig von „{name}“ signiert; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; vouches for the vetting of a case that did not come from them; only the vault a case came from can. Nothing was imported.</source>
        <translation>„{name}“ bürgt für die Überprüfung eines Falls, der nicht von dort stammt; das kann nur der Tresor, aus dem der Fall kommt. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; sent changes to a case or record that this vault never exchanged with them; nothing was imported.</source>
        <translation>„{name}“ hat Änderungen an einem Fall oder Datensatz gesendet, den dieser Tresor nie mit diesem Kontakt ausgetauscht hat; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; sent a vetting check of a case this vault created that passes without its evidence or reviewer; here a check passes only with both. Nothing was imported.</source>
        <translation>„{name}“ hat eine Prüfung eines in diesem Tresor angelegten Falls geschickt, die ohne Nachweis oder ohne Prüfer bestanden ist; hier ist eine Prüfung nur mit beidem bestanden. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>A bundle with this id from &apos;{name}&apos; was already imported, but this copy differs from it: it was changed after it was sealed. Nothing was imported.</source>
        <translation>Ein Paket mit dieser Kennung von „{name}“ wurde bereits importiert, aber diese Kopie weicht davon ab: Sie wurde nach dem Versiegeln verändert. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The vault changed since this bundle was checked; check it again before importing. Nothing was imported.</source>
        <translation>Der Tresor hat sich geändert, seit dieses Paket geprüft wurde; prüfen Sie es vor dem Import erneut. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>A conflict is resolved with one of: {choices}.</source>
        <translation>Ein Konflikt wird mit einer dieser Möglichkeiten gelöst: {choices}.</translation>
    </message>
    <message>
        <source>1 record was changed on both sides; choose to keep mine, take theirs or keep both (--resolve mine|theirs|both). Nothing was imported.</source>
        <translation>1 Datensatz wurde auf beiden Seiten geändert; wählen Sie, ob Sie Ihren behalten, den anderen übernehmen oder beide behalten (--resolve mine|theirs|both). Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>{count} records were changed on both sides; choose to keep mine, take theirs or keep both (--resolve mine|theirs|both). Nothing was imported.</source>
        <translation>{count} Datensätze wurden auf beiden Seiten geändert; wählen Sie, ob Sie Ihre behalten, die anderen übernehmen oder beide behalten (--resolve mine|theirs|both). Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer Satchel (format {version}); update Satchel to import it.</source>
        <translation>Dieses Paket stammt von einer neueren Satchel-Version (Format {version}); aktualisieren Sie Satchel, um es zu importieren.</translation>
    </message>
    <message>
        <source>list of entries</source>
        <translation>Liste der Einträge</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>case record</source>
        <translation>Falldatensatz</translation>
    </message>
    <message>
        <source>There is no profile &apos;{name}&apos;; choose one of: {choices}.</source>
        <translation>Es gibt kein Profil „{name}“; wählen Sie eines von: {choices}.</translation>
    </message>
    <message>
        <source>Nothing was wiped.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>The wipe did not finish cleanly: see the problems listed above.</source>
        <translation>Die Löschung wurde nicht sauber abgeschlossen: siehe die oben aufgeführten Probleme.</translation>
    </message>
    <message>
        <source>{command} asks for confirmation in a terminal; add --yes to wipe without asking.</source>
        <translation>{command} fragt in einem Terminal nach Bestätigung; fügen Sie --yes hinzu, um ohne Rückfrage zu löschen.</translation>
    </message>
    <message>
        <source>There is no Satchel vault in {folder}.</source>
        <translation>In {folder} gibt es keinen Satchel-Tresor.</translation>
    </message>
    <message>
        <source>Nothing was sealed or wiped.</source>
        <translation>Nichts wurde versiegelt oder gelöscht.</translation>
    </message>
    <message>
        <source>There is no file {bundle}.</source>
        <translation>Es gibt keine Datei {bundle}.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>--limit must be at least 1.</source>
        <translation>--limit muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>Showing the {shown} most recently changed of {total} cases; use --limit N or --all for more.</source>
        <translation>Angezeigt werden die {shown} zuletzt geänderten von {total} Fällen; mit --limit N oder --all sehen Sie mehr.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Es gibt keine Datei {path}.</translation>
    </message>
    <message>
        <source>The number of demo cases must be between 1 and 1,000,000.</source>
        <translation>Die Zahl der Demo-Fälle muss zwischen 1 und 1.000.000 liegen.</translation>
    </message>
    <message>
        <source>{problem} (see &apos;satchel --help&apos;).</source>
        <translation>{problem} (siehe „satchel --help“).</translation>
    </message>
    <message>
        <source>No passphrase was given: run Satchel in a terminal or set SATCHEL_PASSPHRASE.</source>
        <translation>Es wurde keine Passphrase angegeben: Starten Sie Satchel in einem Terminal oder setzen Sie SATCHEL_PASSPHRASE.</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is not of the form FIELD=VALUE.</source>
        <translation>„{item}“ hat nicht die Form FELD=WERT.</translation>
    </message>
    <message>
        <source>This file is not a contact card or an age key.</source>
        <translation>Diese Datei ist keine Kontaktkarte und kein age-Schlüssel.</translation>
    </message>
    <message>
        <source>This is too long to be a contact card.</source>
        <translation>Das ist zu lang für eine Kontaktkarte.</translation>
    </message>
    <message>
        <source>The dossier&apos;s file name must end in .pdf.</source>
        <translation>Der Dateiname des Dossiers muss auf .pdf enden.</translation>
    </message>
    <message>
        <source>There is already a vault in {folder}; nothing was changed.</source>
        <translation>In {folder} gibt es bereits einen Tresor; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The vault failed verification: see the problems listed above.</source>
        <translation>Der Tresor hat die Prüfung nicht bestanden: siehe die oben aufgeführten Probleme.</translation>
    </message>
    <message>
        <source>The keys of &apos;{name}&apos; have changed; compare safety numbers in person, then run &apos;satchel contact accept &quot;{name}&quot;&apos;.</source>
        <translation>Die Schlüssel von „{name}“ haben sich geändert; vergleichen Sie die Sicherheitsnummern persönlich und führen Sie dann „satchel contact accept &quot;{name}&quot;“ aus.</translation>
    </message>
    <message>
        <source>This is your own vault&apos;s contact card.</source>
        <translation>Das ist die Kontaktkarte Ihres eigenen Tresors.</translation>
    </message>
    <message>
        <source>There is no contact card or age key to add.</source>
        <translation>Es gibt keine Kontaktkarte und keinen age-Schlüssel zum Hinzufügen.</translation>
    </message>
    <message>
        <source>This is neither a Satchel contact card nor an age key.</source>
        <translation>Das ist weder eine Satchel-Kontaktkarte noch ein age-Schlüssel.</translation>
    </message>
    <message>
        <source>A plain age key has no name: give one with --name.</source>
        <translation>Ein einfacher age-Schlüssel hat keinen Namen: Geben Sie einen mit --name an.</translation>
    </message>
    <message>
        <source>There is no contact named &apos;{name}&apos;.</source>
        <translation>Es gibt keinen Kontakt namens „{name}“.</translation>
    </message>
    <message>
        <source>The keys of &apos;{name}&apos; have not changed.</source>
        <translation>Die Schlüssel von „{name}“ haben sich nicht geändert.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a Satchel contact; a plain age key cannot replace its card.</source>
        <translation>„{name}“ ist ein Satchel-Kontakt; ein einfacher age-Schlüssel kann seine Karte nicht ersetzen.</translation>
    </message>
    <message>
        <source>These keys already belong to the contact &apos;{name}&apos;; nothing was added.</source>
        <translation>Diese Schlüssel gehören bereits zum Kontakt „{name}“; nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Demo data can have between 1 and {limit} cases.</source>
        <translation>Demodaten können zwischen 1 und {limit} Fälle umfassen.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation>Der Datenträger ist voll; es wurde nichts geändert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The change was made, but the disk is full, so the audit log could not note it. Free some space.</source>
        <translation>Die Änderung wurde vorgenommen, aber der Datenträger ist voll, daher konnte das Prüfprotokoll sie nicht vermerken. Geben Sie Speicherplatz frei.</translation>
    </message>
    <message>
        <source>The vault&apos;s files are read-only, so nothing can be saved; nothing was changed. Let Satchel write to the vault folder (or copy the vault to this computer), then try again.</source>
        <translation>Die Dateien des Tresors sind schreibgeschützt, daher kann nichts gespeichert werden; es wurde nichts geändert. Erlauben Sie Satchel, in den Ordner des Tresors zu schreiben (oder kopieren Sie den Tresor auf diesen Computer), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A dossier can be written in {languages}, not in &apos;{language}&apos;.</source>
        <translation>Ein Dossier kann auf {languages} erstellt werden, nicht auf „{language}“.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name for the dossier.</source>
        <translation>{path} ist ein Ordner; wählen Sie einen Dateinamen für das Dossier.</translation>
    </message>
    <message>
        <source>A contact&apos;s name</source>
        <translation>Der Name eines Kontakts</translation>
    </message>
    <message>
        <source>{what} must be text.</source>
        <translation>{what} muss Text sein.</translation>
    </message>
    <message>
        <source>{what} is empty.</source>
        <translation>{what} ist leer.</translation>
    </message>
    <message>
        <source>{what} is longer than {limit} characters.</source>
        <translation>{what} ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <source>{what} contains control or invisible characters.</source>
        <translation>{what} enthält Steuerzeichen oder unsichtbare Zeichen.</translation>
    </message>
    <message>
        <source>The post-quantum age key is not a valid age recipient.</source>
        <translation>Der Post-Quanten-age-Schlüssel ist kein gültiger age-Empfänger.</translation>
    </message>
    <message>
        <source>The age key is not a valid age recipient.</source>
        <translation>Der age-Schlüssel ist kein gültiger age-Empfänger.</translation>
    </message>
    <message>
        <source>The signing key is not a valid Ed25519 key.</source>
        <translation>Der Signaturschlüssel ist kein gültiger Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <source>The contact card has no &apos;{label}&apos; line.</source>
        <translation>Die Kontaktkarte hat keine Zeile „{label}“.</translation>
    </message>
    <message>
        <source>The name on the contact card</source>
        <translation>Der Name auf der Kontaktkarte</translation>
    </message>
    <message>
        <source>The contact card&apos;s check does not match: a character was changed or mistyped. Ask for the card again.</source>
        <translation>Die Prüfsumme der Kontaktkarte stimmt nicht: Ein Zeichen wurde geändert oder falsch abgetippt. Bitten Sie erneut um die Karte.</translation>
    </message>
    <message>
        <source>A contact card must be text.</source>
        <translation>Eine Kontaktkarte muss Text sein.</translation>
    </message>
    <message>
        <source>Line {number} of the contact card is not a known field.</source>
        <translation>Zeile {number} der Kontaktkarte ist kein bekanntes Feld.</translation>
    </message>
    <message>
        <source>The contact card gives &apos;{label}&apos; twice.</source>
        <translation>Die Kontaktkarte enthält „{label}“ zweimal.</translation>
    </message>
    <message>
        <source>This is not a Satchel contact card.</source>
        <translation>Das ist keine Satchel-Kontaktkarte.</translation>
    </message>
    <message>
        <source>This contact card was made by a newer Satchel (or is damaged); update Satchel to read it.</source>
        <translation>Diese Kontaktkarte stammt von einer neueren Satchel-Version (oder ist beschädigt); aktualisieren Sie Satchel, um sie zu lesen.</translation>
    </message>
    <message>
        <source>The vault&apos;s own keys are missing.</source>
        <translation>Die eigenen Schlüssel des Tresors fehlen.</translation>
    </message>
    <message>
        <source>The vault&apos;s own keys are damaged.</source>
        <translation>Die eigenen Schlüssel des Tresors sind beschädigt.</translation>
    </message>
    <message>
        <source>The system keystore is locked or not responding: unlock your session&apos;s keyring (or log in again), then try again. Nothing was counted as a wrong passphrase.</source>
        <translation>Der Schlüsselspeicher des Systems ist gesperrt oder antwortet nicht: Entsperren Sie den Schlüsselbund Ihrer Sitzung (oder melden Sie sich erneut an) und versuchen Sie es dann erneut. Nichts wurde als falsche Passphrase gezählt.</translation>
    </message>
    <message>
        <source>There is no secure system keystore on this computer.</source>
        <translation>Auf diesem Computer gibt es keinen sicheren Schlüsselspeicher des Systems.</translation>
    </message>
    <message>
        <source>The system keystore refused to store Satchel&apos;s key.</source>
        <translation>Der Schlüsselspeicher des Systems hat sich geweigert, den Schlüssel von Satchel zu speichern.</translation>
    </message>
    <message>
        <source>The system keystore refused to delete Satchel&apos;s key.</source>
        <translation>Der Schlüsselspeicher des Systems hat sich geweigert, den Schlüssel von Satchel zu löschen.</translation>
    </message>
    <message>
        <source>The system keystore could not be reached.</source>
        <translation>Der Schlüsselspeicher des Systems ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The only keystore found ({name}) is not a secure system keystore.</source>
        <translation>Der einzige gefundene Schlüsselspeicher ({name}) ist kein sicherer Schlüsselspeicher des Systems.</translation>
    </message>
    <message>
        <source>The system keystore ({name}) is locked or not responding.</source>
        <translation>Der Schlüsselspeicher des Systems ({name}) ist gesperrt oder antwortet nicht.</translation>
    </message>
    <message>
        <source>The original file {name} could not be deleted; check whether it is still there.</source>
        <translation>Die Originaldatei {name} konnte nicht gelöscht werden; prüfen Sie, ob sie noch da ist.</translation>
    </message>
    <message>
        <source>The attachment needs a file name.</source>
        <translation>Der Anhang braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>This file is too large to attach (the limit is {limit} MB).</source>
        <translation>Diese Datei ist zu groß zum Anhängen (die Grenze liegt bei {limit} MB).</translation>
    </message>
    <message>
        <source>No attachment matches &apos;{attachment_id}&apos;.</source>
        <translation>Kein Anhang passt zu „{attachment_id}“.</translation>
    </message>
    <message>
        <source>This attachment is damaged in the vault and cannot be read.</source>
        <translation>Dieser Anhang ist im Tresor beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>An audit entry&apos;s details must be plain text and numbers.</source>
        <translation>Die Einzelheiten eines Protokolleintrags dürfen nur einfacher Text und Zahlen sein.</translation>
    </message>
    <message>
        <source>An audit entry&apos;s details are too long.</source>
        <translation>Die Einzelheiten eines Protokolleintrags sind zu lang.</translation>
    </message>
    <message>
        <source>An audit action must be a short word such as &apos;case.add&apos;.</source>
        <translation>Eine Protokollaktion muss ein kurzes Wort wie „case.add“ sein.</translation>
    </message>
    <message>
        <source>Audit entry {seq} is missing.</source>
        <translation>Eintrag {seq} des Prüfprotokolls fehlt.</translation>
    </message>
    <message>
        <source>Audit entries {first} to {last} are missing.</source>
        <translation>Die Einträge {first} bis {last} des Prüfprotokolls fehlen.</translation>
    </message>
    <message>
        <source>Audit entry {seq} was altered or does not follow the one before.</source>
        <translation>Eintrag {seq} des Prüfprotokolls wurde verändert oder folgt nicht auf den vorigen.</translation>
    </message>
    <message>
        <source>The audit log should have {count} entries but {found} were found; entries were removed.</source>
        <translation>Das Prüfprotokoll sollte {count} Einträge haben, gefunden wurden {found}: Einträge wurden entfernt.</translation>
    </message>
    <message>
        <source>The last audit entry does not match the recorded head of the log.</source>
        <translation>Der letzte Eintrag des Prüfprotokolls passt nicht zum gespeicherten Ende des Protokolls.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {what}; choose from: {choices}.</source>
        <translation>„{value}“ ist kein gültiger Wert für {what}; wählen Sie aus: {choices}.</translation>
    </message>
    <message>
        <source>Cases cannot be sorted by &apos;{order}&apos;; choose from: {choices}.</source>
        <translation>Fälle können nicht nach „{order}“ sortiert werden; wählen Sie aus: {choices}.</translation>
    </message>
    <message>
        <source>The list offset and limit cannot be negative.</source>
        <translation>Versatz und Grenze der Liste dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>No case matches &apos;{case_id}&apos;.</source>
        <translation>Kein Fall passt zu „{case_id}“.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>The {what} &apos;{value}&apos; is not a real date in the form YYYY-MM-DD.</source>
        <translation>{what} „{value}“ ist kein echtes Datum der Form JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>The {what} must be text.</source>
        <translation>{what} muss Text sein.</translation>
    </message>
    <message>
        <source>The {what} contains an invalid character.</source>
        <translation>{what} enthält ein ungültiges Zeichen.</translation>
    </message>
    <message>
        <source>The {what} is too long (at most {limit} characters).</source>
        <translation>{what} ist zu lang (höchstens {limit} Zeichen).</translation>
    </message>
    <message>
        <source>The {what} cannot be empty.</source>
        <translation>{what} darf nicht leer sein.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {what}; choose one of: {choices}.</source>
        <translation>„{value}“ ist kein gültiger Wert für {what}; wählen Sie eines von: {choices}.</translation>
    </message>
    <message>
        <source>The field &apos;{field}&apos; takes yes or no, not &apos;{value}&apos;.</source>
        <translation>Das Feld „{field}“ nimmt ja oder nein an, nicht „{value}“.</translation>
    </message>
    <message>
        <source>Unknown field {unknown}; valid fields are: {names}.</source>
        <translation>Unbekanntes Feld {unknown}; gültige Felder sind: {names}.</translation>
    </message>
    <message>
        <source>Unknown fields {unknown}; valid fields are: {names}.</source>
        <translation>Unbekannte Felder {unknown}; gültige Felder sind: {names}.</translation>
    </message>
    <message>
        <source>This vault was made by a newer Satchel; update Satchel to open it.</source>
        <translation>Dieser Tresor stammt von einer neueren Satchel-Version; aktualisieren Sie Satchel, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>The vault changed while Satchel was updating it; try again.</source>
        <translation>Der Tresor hat sich geändert, während Satchel ihn aktualisierte; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>Say which language the translation is in ({choices}).</source>
        <translation>Geben Sie an, in welcher Sprache die Übersetzung ist ({choices}).</translation>
    </message>
    <message>
        <source>translator&apos;s name</source>
        <translation>Name des Übersetzers</translation>
    </message>
    <message>
        <source>The vault needs a short origin id to label its records.</source>
        <translation>Der Tresor braucht eine kurze Herkunftskennung, um seine Datensätze zu kennzeichnen.</translation>
    </message>
    <message>
        <source>Type at least the first 4 characters of the case id.</source>
        <translation>Geben Sie mindestens die ersten 4 Zeichen der Fallkennung ein.</translation>
    </message>
    <message>
        <source>No case matches &apos;{shown}&apos;.</source>
        <translation>Kein Fall passt zu „{shown}“.</translation>
    </message>
    <message>
        <source>More than one case starts with &apos;{shown}&apos;; type more of the id.</source>
        <translation>Mehr als ein Fall beginnt mit „{shown}“; geben Sie mehr von der Kennung ein.</translation>
    </message>
    <message>
        <source>Give the name once, not also as a field.</source>
        <translation>Geben Sie den Namen einmal an, nicht zusätzlich als Feld.</translation>
    </message>
    <message>
        <source>A rejected case must keep its rejection reason.</source>
        <translation>Ein abgelehnter Fall muss seine Ablehnungsbegründung behalten.</translation>
    </message>
    <message>
        <source>This case came from another vault: it can be cleared, referred or moved on only with that vault&apos;s signed vetting record, from a contact whose key you verified in person, showing every required check passed.</source>
        <translation>Dieser Fall stammt aus einem anderen Tresor: Er kann nur dann freigegeben, übergeben oder weitergeführt werden, wenn der signierte Überprüfungsnachweis dieses Tresors vorliegt, von einem Kontakt, dessen Schlüssel Sie persönlich bestätigt haben, und alle Pflichtprüfungen als bestanden zeigt.</translation>
    </message>
    <message>
        <source>Some checks of this case were recorded in another vault and count for nothing here: record them in this vault before the case is cleared, referred or moved on.</source>
        <translation>Einige Prüfungen dieses Falls wurden in einem anderen Tresor erfasst und zählen hier nicht: Erfassen Sie sie in diesem Tresor, bevor der Fall freigegeben, übergeben oder weitergeführt wird.</translation>
    </message>
    <message>
        <source>The signed vetting record of this case is about the person as the vault it came from recorded them; the name, birth date or passport changed since. Ask that vault to send the case again, or vet the person here.</source>
        <translation>Der signierte Überprüfungsnachweis dieses Falls betrifft die Person so, wie der Tresor, aus dem der Fall kam, sie erfasst hat; Name, Geburtsdatum oder Pass haben sich seitdem geändert. Bitten Sie diesen Tresor, den Fall erneut zu senden, oder überprüfen Sie die Person hier.</translation>
    </message>
    <message>
        <source>The two-person rule is on: this case can be cleared only when two different people have signed its vetting as it is now (signatures that count: {count}). Nothing was changed.</source>
        <translation>Die Vier-Augen-Regel ist aktiv: Dieser Fall kann erst freigegeben werden, wenn zwei verschiedene Personen seine Prüfungen in ihrem jetzigen Stand unterschrieben haben (gültige Unterschriften: {count}). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>A vetting decision is either cleared or rejected.</source>
        <translation>Eine Entscheidung der Überprüfung lautet entweder „freigegeben“ oder „abgelehnt“.</translation>
    </message>
    <message>
        <source>No other vault has reported a stage for this case.</source>
        <translation>Kein anderer Tresor hat für diesen Fall eine Phase gemeldet.</translation>
    </message>
    <message>
        <source>A check can only pass with its evidence and reviewer recorded.</source>
        <translation>Eine Prüfung kann nur mit erfasstem Nachweis und Prüfer bestehen.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>statement date</source>
        <translation>Datum der Erklärung</translation>
    </message>
    <message>
        <source>statement source</source>
        <translation>Quelle der Erklärung</translation>
    </message>
    <message>
        <source>There is no statement with that id.</source>
        <translation>Es gibt keine Erklärung mit dieser Kennung.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of event; use one of: {kinds}.</source>
        <translation>„{kind}“ ist keine Ereignisart; verwenden Sie eine von: {kinds}.</translation>
    </message>
    <message>
        <source>event description</source>
        <translation>Beschreibung des Ereignisses</translation>
    </message>
    <message>
        <source>event date</source>
        <translation>Datum des Ereignisses</translation>
    </message>
    <message>
        <source>A partner is one of: {kinds}.</source>
        <translation>Ein Partner ist eines von: {kinds}.</translation>
    </message>
    <message>
        <source>partner name</source>
        <translation>Name des Partners</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>partner notes</source>
        <translation>Notizen zum Partner</translation>
    </message>
    <message>
        <source>No partner matches &apos;{partner_id}&apos;.</source>
        <translation>Kein Partner passt zu „{partner_id}“.</translation>
    </message>
    <message>
        <source>contact name</source>
        <translation>Name des Kontakts</translation>
    </message>
    <message>
        <source>contact handle</source>
        <translation>Erreichbarkeit des Kontakts</translation>
    </message>
    <message>
        <source>age recipient</source>
        <translation>age-Empfänger</translation>
    </message>
    <message>
        <source>signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>The name &apos;{name}&apos; looks like the contact &apos;{other}&apos; and could be mistaken for it; add it under a clearly different name (--name). Nothing was added.</source>
        <translation>Der Name „{name}“ ähnelt dem Kontakt „{other}“ und könnte mit ihm verwechselt werden; fügen Sie ihn unter einem deutlich anderen Namen hinzu (--name). Nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>No contact matches &apos;{contact_id}&apos;.</source>
        <translation>Kein Kontakt passt zu „{contact_id}“.</translation>
    </message>
    <message>
        <source>referral date</source>
        <translation>Datum der Übergabe</translation>
    </message>
    <message>
        <source>referral note</source>
        <translation>Notiz zur Übergabe</translation>
    </message>
    <message>
        <source>No referral matches &apos;{referral_id}&apos;.</source>
        <translation>Keine Übergabe passt zu „{referral_id}“.</translation>
    </message>
    <message>
        <source>A case cannot be linked to itself.</source>
        <translation>Ein Fall kann nicht mit sich selbst verknüpft werden.</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>check date</source>
        <translation>Datum der Prüfung</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a referral status; use one of: {statuses}.</source>
        <translation>„{status}“ ist kein Übergabestatus; verwenden Sie einen von: {statuses}.</translation>
    </message>
    <message>
        <source>There is no vetting check called &apos;{name}&apos;; the checks are: {checks}.</source>
        <translation>Es gibt keine Überprüfung namens „{name}“; die Prüfungen sind: {checks}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a check result; use one of: {results}.</source>
        <translation>„{value}“ ist kein Prüfergebnis; verwenden Sie eines von: {results}.</translation>
    </message>
    <message>
        <source>This case cannot be cleared: these required checks have not passed: {missing}.</source>
        <translation>Dieser Fall kann nicht freigegeben werden: Diese Pflichtprüfungen sind nicht bestanden: {missing}.</translation>
    </message>
    <message>
        <source>This case cannot be referred: these required checks have not passed: {missing}.</source>
        <translation>Dieser Fall kann nicht übergeben werden: Diese Pflichtprüfungen sind nicht bestanden: {missing}.</translation>
    </message>
    <message>
        <source>This case cannot be moved to {stage}: these required checks have not passed: {missing}.</source>
        <translation>Dieser Fall kann nicht nach {stage} wechseln: Diese Pflichtprüfungen sind nicht bestanden: {missing}.</translation>
    </message>
    <message>
        <source>&apos;{stage}&apos; is not a stage; stages are: {stages}.</source>
        <translation>„{stage}“ ist keine Phase; Phasen sind: {stages}.</translation>
    </message>
    <message>
        <source>This case cannot be rejected without a reason; set rejection_reason as well.</source>
        <translation>Dieser Fall kann nicht ohne Begründung abgelehnt werden; setzen Sie auch rejection_reason.</translation>
    </message>
    <message>
        <source>The vault&apos;s failed-unlock counter is damaged; nothing was opened (delete the file {file} in the vault folder to switch the limit off).</source>
        <translation>Der Zähler für Fehlversuche des Tresors ist beschädigt; nichts wurde geöffnet (löschen Sie die Datei {file} im Tresorordner, um die Grenze abzuschalten).</translation>
    </message>
    <message>
        <source>The number of failed unlocks must be between {min_limit} and {max_limit}.</source>
        <translation>Die Zahl der Fehlversuche muss zwischen {min_limit} und {max_limit} liegen.</translation>
    </message>
    <message>
        <source>The failed-unlock counter could not be saved; nothing was opened or changed.</source>
        <translation>Der Zähler für Fehlversuche konnte nicht gespeichert werden; nichts wurde geöffnet oder geändert.</translation>
    </message>
    <message>
        <source>The passphrase or recovery code is wrong; nothing was changed.</source>
        <translation>Die Passphrase oder der Wiederherstellungscode ist falsch; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This recovery code has a typo; check each group against your copy. Nothing was changed.</source>
        <translation>Dieser Wiederherstellungscode enthält einen Tippfehler; vergleichen Sie jede Gruppe mit Ihrer Abschrift. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged: it was changed on disk, so no passphrase was tried and nothing was counted. Restore the vault folder from a backup, or from a border bundle.</source>
        <translation>Die Schlüsseldatei des Tresors ist beschädigt: Sie wurde auf dem Datenträger verändert, daher wurde keine Passphrase versucht und nichts gezählt. Stellen Sie den Tresorordner aus einer Sicherung oder aus einem Grenzpaket wieder her.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is not one this Satchel can read; nothing was changed.</source>
        <translation>Diese Satchel-Version kann die Schlüsseldatei des Tresors nicht lesen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This vault was made by an earlier Satchel whose key file this version cannot open; nothing was changed. Open it with that version, seal it for the border, then restore the border bundle with this one.</source>
        <translation>Dieser Tresor wurde von einer früheren Satchel-Version erstellt, deren Schlüsseldatei diese Version nicht öffnen kann; es wurde nichts geändert. Öffnen Sie ihn mit jener Version, versiegeln Sie ihn für die Grenze und stellen Sie das Grenzpaket dann mit dieser Version wieder her.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file cannot be read; nothing was tried or counted.</source>
        <translation>Die Schlüsseldatei des Tresors kann nicht gelesen werden; nichts wurde versucht oder gezählt.</translation>
    </message>
    <message>
        <source>This computer&apos;s keystore has no key for this vault, so the passphrase cannot be checked here (nothing was counted). Open the vault with its recovery code.</source>
        <translation>Der Schlüsselspeicher dieses Computers hat keinen Schlüssel für diesen Tresor, daher kann die Passphrase hier nicht geprüft werden (nichts wurde gezählt). Öffnen Sie den Tresor mit seinem Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged or does not match its key file.</source>
        <translation>Die Datenbank des Tresors ist beschädigt oder passt nicht zu seiner Schlüsseldatei.</translation>
    </message>
    <message>
        <source>The vault is locked; unlock it again to continue.</source>
        <translation>Der Tresor ist gesperrt; entsperren Sie ihn erneut, um fortzufahren.</translation>
    </message>
    <message>
        <source>That passphrase cannot be used; choose another.</source>
        <translation>Diese Passphrase kann nicht verwendet werden; wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>The duress passphrase must differ from the passphrase and the recovery code.</source>
        <translation>Die Zwangs-Passphrase muss sich von der Passphrase und dem Wiederherstellungscode unterscheiden.</translation>
    </message>
    <message>
        <source>The vault was opened with the recovery code: set a new passphrase first, then the duress passphrase. Nothing was changed.</source>
        <translation>Der Tresor wurde mit dem Wiederherstellungscode geöffnet: Setzen Sie zuerst eine neue Passphrase, dann die Zwangs-Passphrase. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>There is already a Satchel vault in {folder}.</source>
        <translation>In {folder} gibt es bereits einen Satchel-Tresor.</translation>
    </message>
    <message>
        <source>The folder {folder} is not empty; choose an empty or new folder for the vault.</source>
        <translation>Der Ordner {folder} ist nicht leer; wählen Sie für den Tresor einen leeren oder neuen Ordner.</translation>
    </message>
    <message>
        <source>Satchel is busy sealing this vault for the border; nothing was changed. Once it is done, the vault is gone from this computer.</source>
        <translation>Satchel versiegelt diesen Tresor gerade für die Grenze; es wurde nichts geändert. Danach ist der Tresor nicht mehr auf diesem Computer.</translation>
    </message>
    <message>
        <source>Satchel is busy restoring this vault; nothing was changed. Try again shortly.</source>
        <translation>Satchel stellt diesen Tresor gerade wieder her; es wurde nichts geändert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Satchel is busy changing this vault&apos;s keys; nothing was changed. Try again shortly.</source>
        <translation>Satchel ändert gerade die Schlüssel dieses Tresors; es wurde nichts geändert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Satchel is busy updating this vault&apos;s database format; nothing was changed. Try again shortly.</source>
        <translation>Satchel aktualisiert gerade das Datenbankformat dieses Tresors; nichts wurde geändert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Satchel is wiping this vault; nothing was changed.</source>
        <translation>Satchel löscht gerade diesen Tresor; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The vault is open in another Satchel window or command; close it, then try again. Nothing was changed.</source>
        <translation>Der Tresor ist in einem anderen Satchel-Fenster oder -Befehl geöffnet; schließen Sie ihn und versuchen Sie es dann erneut. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <source>Nothing due in the next two weeks.</source>
        <translation>In den nächsten zwei Wochen ist nichts fällig.</translation>
    </message>
    <message>
        <source>No bundles have been imported yet.</source>
        <translation>Es wurden noch keine Pakete importiert.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Dashboard&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Übersicht&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Cases by stage</source>
        <translation>Fälle nach Phase</translation>
    </message>
    <message>
        <source>Cases by overall risk</source>
        <translation>Fälle nach Gesamtrisiko</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Next deadlines and overdue actions</source>
        <translation>Nächste Fristen und überfällige Schritte</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Recent imports</source>
        <translation>Letzte Importe</translation>
    </message>
    <message>
        <source>Security status</source>
        <translation>Sicherheitsstatus</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Datum aus einem Kalender wählen</translation>
    </message>
    <message>
        <source>D</source>
        <comment>the letter for day in a date</comment>
        <translation>T</translation>
    </message>
    <message>
        <source>M</source>
        <comment>the letter for month in a date</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>Y</source>
        <comment>the letter for year in a date</comment>
        <translation>J</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message numerus="yes">
        <source>%Ln fictional case(s) were added.</source>
        <translation>
            <numerusform>%Ln erfundener Fall wurde hinzugefügt.</numerusform>
            <numerusform>%Ln erfundene Fälle wurden hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <comment>after a number in a spin box</comment>
        <translation>
            <numerusform>%n Fall</numerusform>
            <numerusform>%n Fälle</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>For trying Satchel out: add invented cases (made-up people, random unit numbers) to this vault. They look real, so do not add them to a vault you share with partners.</source>
        <translation>Zum Ausprobieren von Satchel: erfundene Fälle (ausgedachte Personen, zufällige Einheitsnummern) zu diesem Tresor hinzufügen. Sie sehen echt aus; fügen Sie sie daher keinem Tresor hinzu, den Sie mit Partnern teilen.</translation>
    </message>
    <message>
        <source>Add fictional demo cases</source>
        <translation>Erfundene Demo-Fälle hinzufügen</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <source>Save the dossier</source>
        <translation>Dossier speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Dossier for the authorities</source>
        <translation>Dossier für die Behörden</translation>
    </message>
    <message>
        <source>A PDF of this case for a request for entry documents or protection: the person, service, desertion, risks, statements in date order, the vetting, the timeline and the attached documents with their SHA-256. Evidence, internal notes and your own planning are never in it.</source>
        <translation>Ein PDF dieses Falls für einen Antrag auf Einreisedokumente oder Schutz: die Person, der Dienst, die Desertion, die Risiken, die Erklärungen in zeitlicher Reihenfolge, die Überprüfung, die Chronik und die angehängten Dokumente mit ihrem SHA-256. Nachweise, interne Notizen und Ihre eigene Planung stehen nie darin.</translation>
    </message>
    <message>
        <source>Language of the dossier:</source>
        <translation>Sprache des Dossiers:</translation>
    </message>
    <message>
        <source>What it contains:</source>
        <translation>Was es enthält:</translation>
    </message>
    <message>
        <source>The PDF is not encrypted: anyone who gets the file can read it. Keep it only as long as you need it, and hand it over the way you agreed with the partner.</source>
        <translation>Das PDF ist nicht verschlüsselt: Wer die Datei bekommt, kann sie lesen. Bewahren Sie es nur so lange auf, wie Sie es brauchen, und übergeben Sie es auf dem mit dem Partner vereinbarten Weg.</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
</context>
<context>
    <name>EntryTab</name>
    <message>
        <source>The date could not be read: type it like %1 or pick it from the calendar.</source>
        <translation>Das Datum konnte nicht gelesen werden: Geben Sie es wie %1 ein oder wählen Sie es im Kalender.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>This bundle comes from a sender you have not added as a contact. Add their contact card first; nothing was imported.</source>
        <translation>Dieses Paket stammt von einem Absender, den Sie nicht als Kontakt hinzugefügt haben. Fügen Sie zuerst dessen Kontaktkarte hinzu; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The sender&apos;s keys have changed since you added them. Compare safety numbers in person and accept the new keys on the Contacts page first; nothing was imported.</source>
        <translation>Die Schlüssel des Absenders haben sich geändert, seit Sie ihn hinzugefügt haben. Vergleichen Sie die Sicherheitsnummern persönlich und nehmen Sie die neuen Schlüssel zuerst auf der Seite „Kontakte“ an; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>This file is damaged or is not a Satchel bundle; nothing was imported.</source>
        <translation>Diese Datei ist beschädigt oder kein Satchel-Paket; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Some records were changed on both sides; choose for each what to keep. Nothing was imported.</source>
        <translation>Einige Datensätze wurden auf beiden Seiten geändert; wählen Sie für jeden, was behalten wird. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The name must be 1 to 80 characters long, without control or invisible characters.</source>
        <translation>Der Name muss 1 bis 80 Zeichen lang sein, ohne Steuerzeichen oder unsichtbare Zeichen.</translation>
    </message>
    <message>
        <source>This is your own vault&apos;s contact card; add the other person&apos;s card instead.</source>
        <translation>Das ist die Kontaktkarte Ihres eigenen Tresors; fügen Sie stattdessen die Karte der anderen Person hinzu.</translation>
    </message>
    <message>
        <source>Choose at least one contact to seal the bundle for.</source>
        <translation>Wählen Sie mindestens einen Kontakt, für den das Paket versiegelt wird.</translation>
    </message>
    <message>
        <source>One bundle cannot be sealed both to Satchel contacts and to plain age keys; seal a bundle for each.</source>
        <translation>Ein Paket kann nicht zugleich für Satchel-Kontakte und einfache age-Schlüssel versiegelt werden; versiegeln Sie für jede Gruppe ein eigenes Paket.</translation>
    </message>
    <message>
        <source>This is neither a Satchel contact card nor an age key, or it was not copied completely; nothing was added.</source>
        <translation>Das ist weder eine Satchel-Kontaktkarte noch ein age-Schlüssel, oder es wurde nicht vollständig kopiert; nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>The keys of “%1” have changed. Compare safety numbers in person, then accept the new keys on the Contacts page.</source>
        <translation>Die Schlüssel von „%1“ haben sich geändert. Vergleichen Sie die Sicherheitsnummern persönlich und nehmen Sie dann die neuen Schlüssel auf der Seite „Kontakte“ an.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Seal cases for a contact</source>
        <translation>Fälle für einen Kontakt versiegeln</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>%1:</source>
        <comment>a field&apos;s label before its value</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %Ln characters.</source>
        <translation>
            <numerusform>Zu kurz: Verwenden Sie mindestens %Ln Zeichen.</numerusform>
            <numerusform>Zu kurz: Verwenden Sie mindestens %Ln Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: easy to guess. Use several unrelated words.</source>
        <translation>Schwach: leicht zu erraten. Verwenden Sie mehrere voneinander unabhängige Wörter.</translation>
    </message>
    <message>
        <source>Fair: longer is better; add another word or two.</source>
        <translation>Mittel: länger ist besser; fügen Sie noch ein oder zwei Wörter hinzu.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <source>Create your Satchel vault</source>
        <translation>Ihren Satchel-Tresor anlegen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Satchel&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Satchel&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Satchel keeps your cases in an encrypted vault on this computer. Choose a passphrase: a phrase of several words you will remember. Without it or the recovery code nobody can open the vault, including you.</source>
        <translation>Satchel bewahrt Ihre Fälle in einem verschlüsselten Tresor auf diesem Computer auf. Wählen Sie eine Passphrase: einen Satz aus mehreren Wörtern, den Sie sich merken. Ohne sie oder den Wiederherstellungscode kann niemand den Tresor öffnen, auch Sie nicht.</translation>
    </message>
    <message>
        <source>Your organisation:</source>
        <translation>Ihre Organisation:</translation>
    </message>
    <message>
        <source>as partners will see it on your card</source>
        <translation>so, wie Partner sie auf Ihrer Karte sehen</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>Dieselbe Passphrase noch einmal:</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Tresor anlegen</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Tresor wird angelegt…</translation>
    </message>
    <message>
        <source>Restore from a border bundle…</source>
        <translation>Aus einem Grenzpaket wiederherstellen…</translation>
    </message>
    <message>
        <source>Opening your vault…</source>
        <translation>Ihr Tresor wird geöffnet…</translation>
    </message>
    <message>
        <source>After a trip: rebuild the vault from a border bundle and its border code</source>
        <translation>Nach einer Reise: den Tresor aus einem Grenzpaket und seinem Grenzcode wiederherstellen</translation>
    </message>
    <message>
        <source>This is your recovery code. It is shown only this once. Write it on paper and keep it apart from the laptop: it opens the vault if you forget the passphrase or move to a new computer.</source>
        <translation>Dies ist Ihr Wiederherstellungscode. Er wird nur dieses eine Mal angezeigt. Schreiben Sie ihn auf Papier und bewahren Sie ihn getrennt vom Laptop auf: Er öffnet den Tresor, wenn Sie die Passphrase vergessen oder auf einen neuen Computer wechseln.</translation>
    </message>
    <message>
        <source>I have written the recovery code down</source>
        <translation>Ich habe den Wiederherstellungscode aufgeschrieben</translation>
    </message>
    <message>
        <source>To confirm, type the last group of the code from your paper copy:</source>
        <translation>Geben Sie zur Bestätigung die letzte Gruppe des Codes von Ihrer Papierabschrift ein:</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Open a received bundle</source>
        <translation>Erhaltenes Paket öffnen</translation>
    </message>
    <message>
        <source>Satchel bundles (*.age);;All files (*)</source>
        <translation>Satchel-Pakete (*.age);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported from %1: %Ln case(s).</source>
        <translation>
            <numerusform>Von %1 importiert: %Ln Fall.</numerusform>
            <numerusform>Von %1 importiert: %Ln Fälle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln imported case(s) look like a person already in the vault, rejected cases included. Open them to see the earlier case before going on.</source>
        <translation>
            <numerusform>%Ln importierter Fall ähnelt einer Person, die schon im Tresor ist, abgelehnte Fälle eingeschlossen. Öffnen Sie ihn und sehen Sie sich den früheren Fall an, bevor Sie weitermachen.</numerusform>
            <numerusform>%Ln importierte Fälle ähneln einer Person, die schon im Tresor ist, abgelehnte Fälle eingeschlossen. Öffnen Sie sie und sehen Sie sich den früheren Fall an, bevor Sie weitermachen.</numerusform>
        </translation>
    </message>
    <message>
        <source>New records: %1, changed: %2, conflicts resolved: %3.</source>
        <translation>Neue Datensätze: %1, geändert: %2, gelöste Konflikte: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) went back to vetting: this bundle changed a check or the person, or brought a signed rejection from someone you verified. Look at their history before going on.</source>
        <translation>
            <numerusform>%Ln Fall ist zurück in der Überprüfung: Dieses Paket hat eine Prüfung oder die Person geändert oder eine signierte Ablehnung von jemandem gebracht, den Sie bestätigt haben. Sehen Sie sich den Verlauf an, bevor Sie weitermachen.</numerusform>
            <numerusform>%Ln Fälle sind zurück in der Überprüfung: Dieses Paket hat eine Prüfung oder die Person geändert oder eine signierte Ablehnung von jemandem gebracht, den Sie bestätigt haben. Sehen Sie sich den Verlauf an, bevor Sie weitermachen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the bundle file. Satchel checks the signature and every part of it first and shows what it would change; nothing is imported until you press Import.</source>
        <translation>Wählen Sie die Paketdatei. Satchel prüft zuerst die Signatur und jeden Teil und zeigt, was sich ändern würde; importiert wird erst, wenn Sie auf „Importieren“ klicken.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Check the bundle</source>
        <translation>Paket prüfen</translation>
    </message>
    <message>
        <source>I understand the risk and want to import it anyway</source>
        <translation>Ich verstehe das Risiko und möchte es trotzdem importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Intake</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>Vetting</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Documents requested</source>
        <translation>Dokumente beantragt</translation>
    </message>
    <message>
        <source>Entry approved</source>
        <translation>Einreise genehmigt</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>Ausgereist</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Angekommen</translation>
    </message>
    <message>
        <source>Asylum filed</source>
        <translation>Asylantrag gestellt</translation>
    </message>
    <message>
        <source>Protection granted</source>
        <translation>Schutz gewährt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Ausweisdokumente</translation>
    </message>
    <message>
        <source>Military documents</source>
        <translation>Militärdokumente</translation>
    </message>
    <message>
        <source>Interview consistency</source>
        <translation>Schlüssigkeit der Befragung</translation>
    </message>
    <message>
        <source>Open-source cross-check</source>
        <translation>Abgleich mit offenen Quellen</translation>
    </message>
    <message>
        <source>Plant screening</source>
        <translation>Prüfung auf eingeschleuste Personen</translation>
    </message>
    <message>
        <source>War-crimes screening</source>
        <translation>Prüfung auf Kriegsverbrechen</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Ohne klares Ergebnis</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht durchgeführt</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Name in lateinischen Buchstaben</translation>
    </message>
    <message>
        <source>Name in Cyrillic letters</source>
        <translation>Name in kyrillischen Buchstaben</translation>
    </message>
    <message>
        <source>Other names and spellings</source>
        <translation>Andere Namen und Schreibweisen</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Geburtsort</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Internal passport number</source>
        <translation>Nummer des Inlandspasses</translation>
    </message>
    <message>
        <source>International passport</source>
        <translation>Reisepass</translation>
    </message>
    <message>
        <source>Passport expiry date</source>
        <translation>Ablaufdatum des Reisepasses</translation>
    </message>
    <message>
        <source>How to reach the person</source>
        <translation>Wie die Person erreichbar ist</translation>
    </message>
    <message>
        <source>Current city</source>
        <translation>Aktueller Wohnort</translation>
    </message>
    <message>
        <source>Address in Kazakhstan</source>
        <translation>Adresse in Kasachstan</translation>
    </message>
    <message>
        <source>Kind of service</source>
        <translation>Art des Dienstes</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Dienstgrad</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Truppengattung</translation>
    </message>
    <message>
        <source>Military unit</source>
        <translation>Militäreinheit</translation>
    </message>
    <message>
        <source>Service start date</source>
        <translation>Beginn des Dienstes</translation>
    </message>
    <message>
        <source>Service end date</source>
        <translation>Ende des Dienstes</translation>
    </message>
    <message>
        <source>Deployed to Ukraine</source>
        <translation>In der Ukraine eingesetzt</translation>
    </message>
    <message>
        <source>Where deployed</source>
        <translation>Einsatzort</translation>
    </message>
    <message>
        <source>Date of desertion</source>
        <translation>Datum der Desertion</translation>
    </message>
    <message>
        <source>Route after deserting</source>
        <translation>Fluchtweg nach der Desertion</translation>
    </message>
    <message>
        <source>Criminal code article</source>
        <translation>Artikel des Strafgesetzbuchs</translation>
    </message>
    <message>
        <source>Criminal case number</source>
        <translation>Nummer des Strafverfahrens</translation>
    </message>
    <message>
        <source>On a wanted list</source>
        <translation>Zur Fahndung ausgeschrieben</translation>
    </message>
    <message>
        <source>Risk of detention</source>
        <translation>Risiko der Inhaftierung</translation>
    </message>
    <message>
        <source>Risk of deportation</source>
        <translation>Risiko der Abschiebung</translation>
    </message>
    <message>
        <source>Pressure on the family</source>
        <translation>Druck auf die Familie</translation>
    </message>
    <message>
        <source>Overall risk</source>
        <translation>Gesamtrisiko</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Lawyer in charge</source>
        <translation>Zuständiger Rechtsbeistand</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Reason for rejection</source>
        <translation>Ablehnungsgrund</translation>
    </message>
    <message>
        <source>Has a valid one</source>
        <translation>Gültiger vorhanden</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Career officer</source>
        <translation>Berufsoffizier</translation>
    </message>
    <message>
        <source>Contract soldier</source>
        <translation>Zeitsoldat</translation>
    </message>
    <message>
        <source>Mobilized</source>
        <translation>Mobilisiert</translation>
    </message>
    <message>
        <source>Conscript</source>
        <translation>Wehrpflichtiger</translation>
    </message>
    <message>
        <source>Reservist</source>
        <translation>Reservist</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Befragung</translation>
    </message>
    <message>
        <source>Document received</source>
        <translation>Dokument erhalten</translation>
    </message>
    <message>
        <source>Referral sent</source>
        <translation>Übergabe gesendet</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Reise</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Fall eröffnet</translation>
    </message>
    <message>
        <source>Case edited</source>
        <translation>Fall bearbeitet</translation>
    </message>
    <message>
        <source>Stage changed</source>
        <translation>Phase geändert</translation>
    </message>
    <message>
        <source>Vetting check recorded</source>
        <translation>Prüfung erfasst</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Notiz hinzugefügt</translation>
    </message>
    <message>
        <source>Statement added</source>
        <translation>Erklärung hinzugefügt</translation>
    </message>
    <message>
        <source>Statement translation changed</source>
        <translation>Übersetzung der Erklärung geändert</translation>
    </message>
    <message>
        <source>Timeline event added</source>
        <translation>Ereignis in der Chronik hinzugefügt</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>Anhang hinzugefügt</translation>
    </message>
    <message>
        <source>Partner added</source>
        <translation>Partner hinzugefügt</translation>
    </message>
    <message>
        <source>Contact added</source>
        <translation>Kontakt hinzugefügt</translation>
    </message>
    <message>
        <source>Contact key verification changed</source>
        <translation>Bestätigung eines Kontaktschlüssels geändert</translation>
    </message>
    <message>
        <source>Case referred</source>
        <translation>Fall übergeben</translation>
    </message>
    <message>
        <source>Referral status changed</source>
        <translation>Übergabestatus geändert</translation>
    </message>
    <message>
        <source>Demo cases added</source>
        <translation>Demo-Fälle hinzugefügt</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Paket importiert</translation>
    </message>
    <message>
        <source>Reported stage accepted</source>
        <translation>Gemeldete Phase übernommen</translation>
    </message>
    <message>
        <source>Bundle sealed</source>
        <translation>Paket versiegelt</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Passphrase geändert</translation>
    </message>
    <message>
        <source>Own keys created</source>
        <translation>Eigene Schlüssel erzeugt</translation>
    </message>
    <message>
        <source>Own card renamed</source>
        <translation>Eigene Karte umbenannt</translation>
    </message>
    <message>
        <source>Contact sent changed keys</source>
        <translation>Kontakt hat geänderte Schlüssel gesendet</translation>
    </message>
    <message>
        <source>Contact&apos;s new keys accepted</source>
        <translation>Neue Schlüssel des Kontakts angenommen</translation>
    </message>
    <message>
        <source>Wipe after failed unlocks turned on</source>
        <translation>Löschen nach Fehlversuchen eingeschaltet</translation>
    </message>
    <message>
        <source>Wipe after failed unlocks turned off</source>
        <translation>Löschen nach Fehlversuchen ausgeschaltet</translation>
    </message>
    <message>
        <source>Vault sealed for a border crossing</source>
        <translation>Tresor für einen Grenzübertritt versiegelt</translation>
    </message>
    <message>
        <source>Vault restored after a border crossing</source>
        <translation>Tresor nach einem Grenzübertritt wiederhergestellt</translation>
    </message>
    <message>
        <source>Copy of the vault saved</source>
        <translation>Kopie des Tresors gespeichert</translation>
    </message>
    <message>
        <source>Two cases linked as the same person</source>
        <translation>Zwei Fälle als dieselbe Person verknüpft</translation>
    </message>
    <message>
        <source>Two cases marked as different people</source>
        <translation>Zwei Fälle als verschiedene Personen markiert</translation>
    </message>
    <message>
        <source>Dossier written as a PDF for the authorities</source>
        <translation>Dossier als PDF für die Behörden erstellt</translation>
    </message>
    <message>
        <source>Vetting signed</source>
        <translation>Überprüfung unterschrieben</translation>
    </message>
    <message>
        <source>Vetting signatures voided: a check changed after signing</source>
        <translation>Unterschriften unter der Überprüfung ungültig: eine Prüfung wurde nach dem Unterschreiben geändert</translation>
    </message>
    <message>
        <source>Two-person rule turned on or off</source>
        <translation>Vier-Augen-Regel ein- oder ausgeschaltet</translation>
    </message>
    <message>
        <source>nothing: no hidden details were found</source>
        <translation>nichts: Es wurden keine versteckten Angaben gefunden</translation>
    </message>
    <message>
        <source>nothing: Satchel cannot remove hidden details from this kind of file</source>
        <translation>nichts: Satchel kann aus dieser Art von Datei keine versteckten Angaben entfernen</translation>
    </message>
    <message>
        <source>a text comment</source>
        <translation>ein Textkommentar</translation>
    </message>
    <message>
        <source>Photoshop/IPTC details, which can include the author, captions and places</source>
        <translation>Photoshop-/IPTC-Angaben, die Autor, Bildunterschriften und Orte enthalten können</translation>
    </message>
    <message>
        <source>camera details (EXIF) including the GPS location where the photo was taken</source>
        <translation>Kameraangaben (EXIF) einschließlich des GPS-Standorts, an dem das Foto aufgenommen wurde</translation>
    </message>
    <message>
        <source>camera details (EXIF: camera model, date and settings)</source>
        <translation>Kameraangaben (EXIF: Kameramodell, Datum und Einstellungen)</translation>
    </message>
    <message>
        <source>editing details (XMP), which can include the author and software used</source>
        <translation>Bearbeitungsangaben (XMP), die den Autor und die verwendete Software enthalten können</translation>
    </message>
    <message>
        <source>other embedded details (APP1 block)</source>
        <translation>andere eingebettete Angaben (APP1-Block)</translation>
    </message>
    <message>
        <source>camera details (EXIF), which can include the GPS location</source>
        <translation>Kameraangaben (EXIF), die den GPS-Standort enthalten können</translation>
    </message>
    <message>
        <source>the time the picture was last changed</source>
        <translation>der Zeitpunkt der letzten Änderung des Bildes</translation>
    </message>
    <message>
        <source>text notes</source>
        <translation>Textnotizen</translation>
    </message>
    <message>
        <source>this picture looks damaged (perhaps cut short): Satchel removed what it could find, but some hidden details may remain</source>
        <translation>dieses Bild scheint beschädigt (vielleicht abgeschnitten): Satchel hat entfernt, was es finden konnte, aber einige versteckte Angaben können verbleiben</translation>
    </message>
    <message>
        <source>Satchel could not check every part of this PDF (parts of it are compressed or encrypted), so author or software details may remain</source>
        <translation>Satchel konnte nicht jeden Teil dieses PDF prüfen (Teile sind komprimiert oder verschlüsselt), daher können Angaben zu Autor oder Software verbleiben</translation>
    </message>
    <message>
        <source>this document could not be unpacked (it looks damaged or is too large), so it was stored unchanged and author details may remain</source>
        <translation>dieses Dokument konnte nicht entpackt werden (es scheint beschädigt oder ist zu groß), daher wurde es unverändert gespeichert und Angaben zum Autor können verbleiben</translation>
    </message>
    <message>
        <source>Satchel could not read this file&apos;s structure, so it was stored unchanged and hidden details (such as an author or a location) may remain</source>
        <translation>Satchel konnte den Aufbau dieser Datei nicht lesen, daher wurde sie unverändert gespeichert und versteckte Angaben (etwa ein Autor oder ein Ort) können verbleiben</translation>
    </message>
    <message>
        <source>embedded XMP details, which can include the author and software used</source>
        <translation>eingebettete XMP-Angaben, die den Autor und die verwendete Software enthalten können</translation>
    </message>
    <message>
        <source>author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>program that created it</source>
        <translation>Programm, das sie erstellt hat</translation>
    </message>
    <message>
        <source>program that produced it</source>
        <translation>Programm, das sie erzeugt hat</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <source>last person who edited it</source>
        <translation>letzte Person, die sie bearbeitet hat</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>manager name</source>
        <translation>Name des Vorgesetzten</translation>
    </message>
    <message>
        <source>original author</source>
        <translation>ursprünglicher Autor</translation>
    </message>
    <message>
        <source>who printed it</source>
        <translation>wer sie gedruckt hat</translation>
    </message>
    <message>
        <source>document details: %1</source>
        <translation>Dokumentangaben: %1</translation>
    </message>
    <message>
        <source>text notes (%1)</source>
        <translation>Textnotizen (%1)</translation>
    </message>
    <message>
        <source>Referral to a partner</source>
        <translation>Übergabe an einen Partner</translation>
    </message>
    <message>
        <source>Status update back</source>
        <translation>Rückmeldung zum Stand</translation>
    </message>
    <message>
        <source>Everything (same organisation)</source>
        <translation>Alles (dieselbe Organisation)</translation>
    </message>
    <message>
        <source>What a partner pleading for entry documents needs: identity, service, desertion, risk, statements, vetting results with their dates and reviewers (signed by this vault), timeline and documents. Leaves out the address in Kazakhstan, contact handles, internal notes, vetting evidence, and the lawyer&apos;s own planning.</source>
        <translation>Was ein Partner braucht, der Einreisedokumente beantragt: Identität, Dienst, Desertion, Risiko, Erklärungen, Überprüfungsergebnisse mit Datum und Prüfer (von diesem Tresor signiert), Chronik und Dokumente. Ohne die Adresse in Kasachstan, die Kontaktwege, interne Notizen, Nachweise der Überprüfung und die eigene Planung des Rechtsbeistands.</translation>
    </message>
    <message>
        <source>What a partner sends back: the stage, the timeline and the referral status, with the person&apos;s name so the case can be recognised.</source>
        <translation>Was ein Partner zurückschickt: die Phase, die Chronik und den Übergabestatus, mit dem Namen der Person, damit der Fall erkannt wird.</translation>
    </message>
    <message>
        <source>Everything, including internal notes and the address in Kazakhstan: only for another office of the same organisation.</source>
        <translation>Alles, einschließlich interner Notizen und der Adresse in Kasachstan: nur für ein anderes Büro derselben Organisation.</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Partnerorganisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>Militärdienst</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Vetting check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Timeline event</source>
        <translation>Ereignis der Chronik</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Older than mine (skipped)</source>
        <translation>Älter als meiner (übersprungen)</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Date checked</source>
        <translation>Prüfdatum</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Date of the statement</source>
        <translation>Datum der Erklärung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Dateityp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerabdruck (SHA-256)</translation>
    </message>
    <message>
        <source>Original size</source>
        <translation>Ursprüngliche Größe</translation>
    </message>
    <message>
        <source>Hidden details removed</source>
        <translation>Entfernte versteckte Angaben</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Sendedatum</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>Language of the translation</source>
        <translation>Sprache der Übersetzung</translation>
    </message>
    <message>
        <source>Translated by</source>
        <translation>Übersetzt von</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Kasachisch</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dossier saved to %1. The PDF is not encrypted.</source>
        <translation>Dossier in %1 gespeichert. Das PDF ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>Open a new case (Ctrl+N)</source>
        <translation>Neuen Fall eröffnen (Strg+N)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Seal cases for a contact (Ctrl+E)</source>
        <translation>Fälle für einen Kontakt versiegeln (Strg+E)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Open a received bundle (Ctrl+I)</source>
        <translation>Erhaltenes Paket öffnen (Strg+I)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Tresor jetzt sperren (Strg+L)</translation>
    </message>
    <message>
        <source>Copy field</source>
        <translation>Feld kopieren</translation>
    </message>
    <message>
        <source>Copy the field you are in; the clipboard is cleared after a while</source>
        <translation>Das Feld kopieren, in dem Sie sich befinden; die Zwischenablage wird nach einer Weile geleert</translation>
    </message>
    <message>
        <source>Border mode…</source>
        <translation>Grenzmodus…</translation>
    </message>
    <message>
        <source>Before a trip: seal the whole vault for a colleague, then wipe it</source>
        <translation>Vor einer Reise: den ganzen Tresor für eine Kollegin oder einen Kollegen versiegeln und dann löschen</translation>
    </message>
    <message>
        <source>Panic</source>
        <translation>Panik</translation>
    </message>
</context>
<context>
    <name>MatchRow</name>
    <message>
        <source>%1 — stage: %2 — matched: %3</source>
        <translation>%1 — Phase: %2 — Übereinstimmung: %3</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>linked as the same person</source>
        <translation>als dieselbe Person verknüpft</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>Dieselbe Person</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Verschiedene Personen</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation>Passnummer</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>unit and rank</source>
        <translation>Einheit und Dienstgrad</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation>Der Tresor ist gesperrt; entsperren Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>The last changes to the case could not be saved: the disk is full. Free some space, then enter them again.</source>
        <translation>Die letzten Änderungen am Fall konnten nicht gespeichert werden: Der Datenträger ist voll. Schaffen Sie Platz und geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>There is already a file with that name; choose another name.</source>
        <translation>Es gibt bereits eine Datei mit diesem Namen; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>A plain age key has no name: type one above.</source>
        <translation>Ein einfacher age-Schlüssel hat keinen Namen: Geben Sie oben einen ein.</translation>
    </message>
    <message>
        <source>Satchel may not read or write there (the folder may be read-only); choose another place.</source>
        <translation>Satchel darf dort nicht lesen oder schreiben (der Ordner ist vielleicht schreibgeschützt); wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>There is no such file or folder; it may have been moved, renamed or deleted.</source>
        <translation>Diese Datei oder diesen Ordner gibt es nicht; vielleicht wurde sie verschoben, umbenannt oder gelöscht.</translation>
    </message>
    <message>
        <source>That is a folder, not a file; choose a file.</source>
        <translation>Das ist ein Ordner, keine Datei; wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>A file could not be read or written; the step that failed was not saved.</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden; der fehlgeschlagene Schritt wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Satchel hit an internal error; the step that failed was not saved.</source>
        <translation>In Satchel ist ein interner Fehler aufgetreten; der fehlgeschlagene Schritt wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>Full name of the person, in Cyrillic or Latin letters. Everything else is filled in on the case itself.</source>
        <translation>Vollständiger Name der Person, in kyrillischen oder lateinischen Buchstaben. Alles Weitere wird im Fall selbst ausgefüllt.</translation>
    </message>
    <message>
        <source>e.g. Иванов Иван Иванович</source>
        <translation>z. B. Иванов Иван Иванович</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Fall anlegen</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>New note:</source>
        <translation>Neue Notiz:</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
</context>
<context>
    <name>PanicDialog</name>
    <message>
        <source>Panic wipe</source>
        <translation>Notfalllöschung</translation>
    </message>
    <message>
        <source>Hold the red button until it fills up to destroy the vault now: every case, its keys and Satchel&apos;s settings. This cannot be undone.</source>
        <translation>Halten Sie die rote Schaltfläche gedrückt, bis sie sich füllt, um den Tresor sofort zu vernichten: jeden Fall, seine Schlüssel und die Einstellungen von Satchel. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Hold to wipe everything</source>
        <translation>Gedrückt halten, um alles zu löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Destroy the vault now (%1); you will be asked to hold a button first.</source>
        <translation>Den Tresor jetzt vernichten (%1); zuvor müssen Sie eine Schaltfläche gedrückt halten.</translation>
    </message>
</context>
<context>
    <name>PersonMatchesBanner</name>
    <message numerus="yes">
        <source>This person may already have %Ln other case(s) in the vault. Check before going on: a person rejected once can come back under another spelling.</source>
        <translation>
            <numerusform>Diese Person hat möglicherweise schon %Ln weiteren Fall im Tresor. Prüfen Sie das, bevor Sie weitermachen: Eine einmal abgelehnte Person kann unter einer anderen Schreibweise zurückkommen.</numerusform>
            <numerusform>Diese Person hat möglicherweise schon %Ln weitere Fälle im Tresor. Prüfen Sie das, bevor Sie weitermachen: Eine einmal abgelehnte Person kann unter einer anderen Schreibweise zurückkommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same person&apos;s other cases:</source>
        <translation>Die anderen Fälle derselben Person:</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Deren übernehmen</translation>
    </message>
    <message>
        <source>Keep both (theirs as a note)</source>
        <translation>Beide behalten (deren als Notiz)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Records in this bundle — %1</source>
        <translation>Datensätze in diesem Paket — %1</translation>
    </message>
    <message>
        <source>This bundle was already imported; nothing would change.</source>
        <translation>Dieses Paket wurde bereits importiert; es würde sich nichts ändern.</translation>
    </message>
    <message>
        <source>%1 of %2 required checks passed</source>
        <translation>%1 von %2 Pflichtprüfungen bestanden</translation>
    </message>
    <message>
        <source>Vetted by %1: %2, signature valid, key verified in person.</source>
        <translation>Überprüft von %1: %2, Signatur gültig, Schlüssel persönlich bestätigt.</translation>
    </message>
    <message>
        <source>WARNING: vetting record from %1: %2, so it cannot clear this case.</source>
        <translation>WARNUNG: Überprüfungsnachweis von %1: %2, daher kann er diesen Fall nicht freigeben.</translation>
    </message>
    <message>
        <source>%1 reports the stage “%2” (not applied until you accept it).</source>
        <translation>%1 meldet die Phase „%2“ (erst wirksam, wenn Sie sie annehmen).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to details you did not share with %1 (such as the address in Kazakhstan, contact handles or the lawyer&apos;s planning) will not be taken: they stay as you have them.</source>
        <translation>
            <numerusform>%Ln Änderung an Angaben, die Sie nicht mit %1 geteilt haben (etwa die Adresse in Kasachstan, Kontaktdaten oder die Planung der Anwältin), wird nicht übernommen: Ihre Angaben bleiben unverändert.</numerusform>
            <numerusform>%Ln Änderungen an Angaben, die Sie nicht mit %1 geteilt haben (etwa die Adresse in Kasachstan, Kontaktdaten oder die Planung der Anwältin), werden nicht übernommen: Ihre Angaben bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to who a person rejected here is (name, birth date, passport, unit) will not be taken: he stays findable if he comes back.</source>
        <translation>
            <numerusform>%Ln Änderung an der Identität einer hier abgelehnten Person (Name, Geburtsdatum, Pass, Einheit) wird nicht übernommen: Die Person bleibt auffindbar, falls sie zurückkommt.</numerusform>
            <numerusform>%Ln Änderungen an der Identität einer hier abgelehnten Person (Name, Geburtsdatum, Pass, Einheit) werden nicht übernommen: Die Person bleibt auffindbar, falls sie zurückkommt.</numerusform>
        </translation>
    </message>
    <message>
        <source>the key is NOT verified in person</source>
        <translation>der Schlüssel ist NICHT persönlich bestätigt</translation>
    </message>
    <message>
        <source>it is about another person than the one this bundle describes</source>
        <translation>er betrifft eine andere Person als die in diesem Paket beschriebene</translation>
    </message>
    <message>
        <source>Signed by “%1” (key verified in person). Profile: %2.</source>
        <translation>Signiert von „%1“ (Schlüssel persönlich bestätigt). Profil: %2.</translation>
    </message>
    <message>
        <source>Signed by “%1”, whose key is NOT verified: anyone who swapped their key could have made this bundle. Compare safety numbers on the Contacts page before trusting it. Profile: %2.</source>
        <translation>Signiert von „%1“, dessen Schlüssel NICHT bestätigt ist: Wer den Schlüssel ausgetauscht hat, könnte dieses Paket erstellt haben. Vergleichen Sie die Sicherheitsnummern auf der Seite „Kontakte“, bevor Sie ihm vertrauen. Profil: %2.</translation>
    </message>
    <message>
        <source>Only what changed: their first bundle for you, so all of it.</source>
        <translation>Nur die Änderungen: Es ist ihr erstes Paket für Sie, also enthält es alles.</translation>
    </message>
    <message>
        <source>Only what changed since their bundle no. %1.</source>
        <translation>Nur die Änderungen seit ihrem Paket Nr. %1.</translation>
    </message>
    <message>
        <source>(name not sent)</source>
        <translation>(Name nicht übermittelt)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) changed on both sides since the last exchange. Choose for each what stays:</source>
        <translation>
            <numerusform>%Ln Datensatz wurde seit dem letzten Austausch auf beiden Seiten geändert. Wählen Sie für jeden, was bleibt:</numerusform>
            <numerusform>%Ln Datensätze wurden seit dem letzten Austausch auf beiden Seiten geändert. Wählen Sie für jeden, was bleibt:</numerusform>
        </translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Geänderte Felder</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>For every conflict:</source>
        <translation>Für jeden Konflikt:</translation>
    </message>
    <message>
        <source>Apply to all</source>
        <translation>Auf alle anwenden</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Only what changed since bundle no. %1 for %2, with the same profile as that bundle.</source>
        <translation>Nur die Änderungen seit Paket Nr. %1 für %2, mit demselben Profil wie jenes Paket.</translation>
    </message>
    <message>
        <source>These cases came to you from %1, so a status update back is chosen: it sends only the stage, the timeline and the referral status.</source>
        <translation>Diese Fälle kamen von %1 zu Ihnen, daher ist eine Rückmeldung zum Stand gewählt: Sie sendet nur die Phase, die Chronik und den Übergabestatus.</translation>
    </message>
    <message>
        <source>Save the sealed bundle as</source>
        <translation>Versiegeltes Paket speichern unter</translation>
    </message>
    <message>
        <source>Satchel bundles (*.age)</source>
        <translation>Satchel-Pakete (*.age)</translation>
    </message>
    <message>
        <source>What do they receive?</source>
        <translation>Was erhalten sie?</translation>
    </message>
    <message>
        <source>Each partner gets only the fields it needs. The bundle is sealed next.</source>
        <translation>Jeder Partner erhält nur die Felder, die er braucht. Als Nächstes wird das Paket versiegelt.</translation>
    </message>
    <message>
        <source>Save the sealed bundle as:</source>
        <translation>Versiegeltes Paket speichern unter:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Seal the bundle</source>
        <translation>Paket versiegeln</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Suchen in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Dateien des &amp;Typs:</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>keys changed: accept them on the Contacts page first</source>
        <translation>Schlüssel geändert: nehmen Sie sie zuerst auf der Seite „Kontakte“ an</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NICHT bestätigt</translation>
    </message>
    <message>
        <source>Not verified in person: %1. If someone swapped their key, that person could read this bundle instead of them. Compare safety numbers on the Contacts page first, or accept the risk.</source>
        <translation>Nicht persönlich bestätigt: %1. Hätte jemand deren Schlüssel ausgetauscht, könnte diese Person das Paket an ihrer Stelle lesen. Vergleichen Sie zuerst die Sicherheitsnummern auf der Seite „Kontakte“ oder nehmen Sie das Risiko in Kauf.</translation>
    </message>
    <message>
        <source>For whom?</source>
        <translation>Für wen?</translation>
    </message>
    <message>
        <source>Only the contacts ticked here can open the bundle.</source>
        <translation>Nur die hier markierten Kontakte können das Paket öffnen.</translation>
    </message>
    <message>
        <source>I accept this risk and seal the bundle for them</source>
        <translation>Ich nehme dieses Risiko in Kauf und versiegele das Paket für sie</translation>
    </message>
    <message>
        <source>Only what changed is sealed for one Satchel contact at a time: tick one. Contacts that use the age tool receive the whole cases.</source>
        <translation>Nur die Änderungen werden jeweils für einen Satchel-Kontakt versiegelt: Haken Sie einen an. Kontakte, die das Werkzeug age nutzen, erhalten die ganzen Fälle.</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Refer to:</source>
        <translation>Übergeben an:</translation>
    </message>
    <message>
        <source>Date sent:</source>
        <translation>Sendedatum:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Refer the case</source>
        <translation>Fall übergeben</translation>
    </message>
    <message>
        <source>No partners yet: add partner organisations first.</source>
        <translation>Noch keine Partner: Fügen Sie zuerst Partnerorganisationen hinzu.</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Reported by %1 on %2: %3 (not applied until you accept it).</source>
        <translation>Gemeldet von %1 am %2: %3 (erst wirksam, wenn Sie es annehmen).</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>a vault that is no longer a contact</source>
        <translation>ein Tresor, der kein Kontakt mehr ist</translation>
    </message>
    <message>
        <source>%1 of %2 required checks passed</source>
        <translation>%1 von %2 Pflichtprüfungen bestanden</translation>
    </message>
    <message>
        <source>Vetted by %1: %2, signature valid, key verified in person.</source>
        <translation>Überprüft von %1: %2, Signatur gültig, Schlüssel persönlich bestätigt.</translation>
    </message>
    <message>
        <source>the signature is NOT valid</source>
        <translation>die Signatur ist NICHT gültig</translation>
    </message>
    <message>
        <source>the key is NOT verified in person</source>
        <translation>der Schlüssel ist NICHT persönlich bestätigt</translation>
    </message>
    <message>
        <source>it does NOT vouch for the person as this case now names them</source>
        <translation>er bürgt NICHT für die Person, wie dieser Fall sie jetzt angibt</translation>
    </message>
    <message>
        <source>Warning: the vetting record from %1 cannot be relied on: %2. This case cannot be cleared or moved on the protection path on its strength.</source>
        <translation>Warnung: Auf den Überprüfungsnachweis von %1 ist kein Verlass: %2. Auf dieser Grundlage kann der Fall weder freigegeben noch auf dem Schutzweg weitergeführt werden.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Open the border bundle</source>
        <translation>Grenzpaket öffnen</translation>
    </message>
    <message>
        <source>Satchel bundles (*.age);;All files (*)</source>
        <translation>Satchel-Pakete (*.age);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %Ln characters.</source>
        <translation>
            <numerusform>Zu kurz: Verwenden Sie mindestens %Ln Zeichen.</numerusform>
            <numerusform>Zu kurz: Verwenden Sie mindestens %Ln Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault is back. This is its new recovery code, shown only this once: the old recovery code opens nothing any more. Write it on paper and keep it apart from the laptop.</source>
        <translation>Der Tresor ist zurück. Dies ist sein neuer Wiederherstellungscode, der nur dieses eine Mal angezeigt wird: Der alte Wiederherstellungscode öffnet nichts mehr. Schreiben Sie ihn auf Papier und bewahren Sie ihn getrennt vom Laptop auf.</translation>
    </message>
    <message>
        <source>Restore from a border bundle</source>
        <translation>Aus einem Grenzpaket wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the border bundle made before the trip and type the border code your colleague kept (capitals and spaces do not matter). Then choose a new passphrase for the restored vault. Nothing is created unless the whole bundle opens and checks out.</source>
        <translation>Wählen Sie das vor der Reise erstellte Grenzpaket und geben Sie den Grenzcode ein, den Ihre Kollegin oder Ihr Kollege aufbewahrt hat (Groß- und Kleinschreibung und Leerzeichen spielen keine Rolle). Wählen Sie dann eine neue Passphrase für den wiederhergestellten Tresor. Es wird nur etwas angelegt, wenn sich das ganze Paket öffnen und prüfen lässt.</translation>
    </message>
    <message>
        <source>Border bundle:</source>
        <translation>Grenzpaket:</translation>
    </message>
    <message>
        <source>Border code:</source>
        <translation>Grenzcode:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Neue Passphrase:</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>Dieselbe Passphrase noch einmal:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Checking and restoring… %p%</source>
        <translation>Prüfen und Wiederherstellen… %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>SatchelShell</name>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>SealingPage</name>
    <message numerus="yes">
        <source>%Ln case(s) sealed for %1 with the profile “%2”.</source>
        <translation>
            <numerusform>%Ln Fall für %1 mit dem Profil „%2“ versiegelt.</numerusform>
            <numerusform>%Ln Fälle für %1 mit dem Profil „%2“ versiegelt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as %1 (%2). Only they can open it; send it any way you like.</source>
        <translation>Gespeichert als %1 (%2). Nur die Empfänger können es öffnen; senden Sie es auf beliebigem Weg.</translation>
    </message>
    <message>
        <source>No bundle was sealed for them before: everything went.</source>
        <translation>Für sie wurde noch nie ein Paket versiegelt: Alles wurde gesendet.</translation>
    </message>
    <message>
        <source>Only what changed since bundle no. %1.</source>
        <translation>Nur die Änderungen seit Paket Nr. %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more changed case(s) did not fit in this bundle: seal again for the next bundle.</source>
        <translation>
            <numerusform>%Ln weiterer geänderter Fall passte nicht in dieses Paket: Versiegeln Sie erneut für das nächste Paket.</numerusform>
            <numerusform>%Ln weitere geänderte Fälle passten nicht in dieses Paket: Versiegeln Sie erneut für das nächste Paket.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sealing</source>
        <translation>Versiegeln</translation>
    </message>
    <message>
        <source>The cases are signed and encrypted for the chosen contacts.</source>
        <translation>Die Fälle werden für die gewählten Kontakte signiert und verschlüsselt.</translation>
    </message>
</context>
<context>
    <name>SecurityStatusPanel</name>
    <message>
        <source>Argon2id, %1 MiB of memory, passes: %2, lanes: %3</source>
        <translation>Argon2id, %1 MiB Speicher, Durchläufe: %2, Spuren: %3</translation>
    </message>
    <message>
        <source>SQLCipher %1 (AES-256)</source>
        <translation>SQLCipher %1 (AES-256)</translation>
    </message>
    <message>
        <source>the recovery code</source>
        <translation>dem Wiederherstellungscode</translation>
    </message>
    <message>
        <source>the passphrase</source>
        <translation>der Passphrase</translation>
    </message>
    <message>
        <source>In use: the system keystore (%1) holds a secret without which the passphrase alone does not open this vault.</source>
        <translation>In Gebrauch: Der Schlüsselspeicher des Systems (%1) hält ein Geheimnis, ohne das die Passphrase allein diesen Tresor nicht öffnet.</translation>
    </message>
    <message>
        <source>Not in use: the vault is protected by the passphrase alone. A copy of the vault folder can be attacked by guessing the passphrase.</source>
        <translation>Nicht in Gebrauch: Der Tresor ist allein durch die Passphrase geschützt. Eine Kopie des Tresorordners kann durch Erraten der Passphrase angegriffen werden.</translation>
    </message>
    <message>
        <source>Not yet checked in this session.</source>
        <translation>In dieser Sitzung noch nicht geprüft.</translation>
    </message>
    <message>
        <source>%1: the database and the audit log are intact.</source>
        <translation>%1: Die Datenbank und das Prüfprotokoll sind unversehrt.</translation>
    </message>
    <message>
        <source>%1: problems were found.</source>
        <translation>%1: Es wurden Probleme gefunden.</translation>
    </message>
    <message>
        <source>Device secret:</source>
        <translation>Gerätegeheimnis:</translation>
    </message>
    <message>
        <source>Cost of each passphrase guess:</source>
        <translation>Aufwand je Rateversuch:</translation>
    </message>
    <message>
        <source>Database encryption:</source>
        <translation>Verschlüsselung der Datenbank:</translation>
    </message>
    <message>
        <source>Opened with:</source>
        <translation>Geöffnet mit:</translation>
    </message>
    <message>
        <source>Last verification:</source>
        <translation>Letzte Prüfung:</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Jetzt prüfen</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Einstellungen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes:</source>
        <translation>Sperren nach so vielen Minuten ohne Aktivität:</translation>
    </message>
    <message>
        <source>Clear copied text after this many seconds:</source>
        <translation>Kopierten Text nach so vielen Sekunden löschen:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Camouflage: a neutral window title (“Notes”) and a plain icon</source>
        <translation>Tarnung: ein neutraler Fenstertitel („Notizen“) und ein schlichtes Symbol</translation>
    </message>
</context>
<context>
    <name>SignOffBox</name>
    <message>
        <source>Save the checks first: you sign them as they are saved.</source>
        <translation>Speichern Sie zuerst die Prüfungen: Sie unterschreiben sie so, wie sie gespeichert sind.</translation>
    </message>
    <message>
        <source>Every required check must pass before you can sign.</source>
        <translation>Alle vorgeschriebenen Prüfungen müssen bestanden sein, bevor Sie unterschreiben können.</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Dieser Tresor</translation>
    </message>
    <message>
        <source>An unknown key (%1…)</source>
        <translation>Ein unbekannter Schlüssel (%1…)</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>%1 signed: %2, on %3</source>
        <translation>%1 hat unterschrieben: %2, am %3</translation>
    </message>
    <message>
        <source>the signature does not verify</source>
        <translation>die Unterschrift ist nicht gültig</translation>
    </message>
    <message>
        <source>the key is not among your contacts</source>
        <translation>der Schlüssel ist nicht unter Ihren Kontakten</translation>
    </message>
    <message>
        <source>the key was not verified in person</source>
        <translation>der Schlüssel wurde nicht persönlich überprüft</translation>
    </message>
    <message>
        <source>withdrawn: the same person signed the other decision since</source>
        <translation>zurückgezogen: dieselbe Person hat seitdem die andere Entscheidung unterschrieben</translation>
    </message>
    <message>
        <source>signed over earlier checks or details: a check, the name, the birth date or the passport changed since</source>
        <translation>über frühere Prüfungen oder Angaben unterschrieben: eine Prüfung, der Name, das Geburtsdatum oder der Pass hat sich seitdem geändert</translation>
    </message>
    <message>
        <source>does not count: %1</source>
        <translation>zählt nicht: %1</translation>
    </message>
    <message>
        <source>Two-person rule: met, two different people signed these checks.</source>
        <translation>Vier-Augen-Regel: erfüllt, zwei verschiedene Personen haben diese Prüfungen unterschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Two-person rule: %Ln more signature(s) needed from people whose keys you verified in person.</source>
        <translation>
            <numerusform>Vier-Augen-Regel: noch %Ln Unterschrift nötig, von Personen, deren Schlüssel Sie persönlich überprüft haben.</numerusform>
            <numerusform>Vier-Augen-Regel: noch %Ln Unterschriften nötig, von Personen, deren Schlüssel Sie persönlich überprüft haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has signed this vetting yet.</source>
        <translation>Diese Überprüfung hat noch niemand unterschrieben.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <source>Sign the vetting as cleared</source>
        <translation>Überprüfung als freigegeben unterschreiben</translation>
    </message>
</context>
<context>
    <name>SizeWords</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Byte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementsTab</name>
    <message>
        <source>Translation (%1), by %2</source>
        <translation>Übersetzung (%1), von %2</translation>
    </message>
    <message>
        <source>Say where the statement comes from (interview, letter, video...).</source>
        <translation>Geben Sie an, woher die Erklärung stammt (Befragung, Brief, Video…).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation>Erklärung:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Add statement</source>
        <translation>Erklärung hinzufügen</translation>
    </message>
    <message>
        <source>Translation of the selected statement…</source>
        <translation>Übersetzung der gewählten Erklärung…</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Ereignis:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Add to timeline</source>
        <translation>Zur Chronik hinzufügen</translation>
    </message>
</context>
<context>
    <name>TranslationDialog</name>
    <message>
        <source>Choose the language the translation is in.</source>
        <translation>Wählen Sie die Sprache der Übersetzung.</translation>
    </message>
    <message>
        <source>Say who translated the statement.</source>
        <translation>Geben Sie an, wer die Erklärung übersetzt hat.</translation>
    </message>
    <message>
        <source>Translation of the statement</source>
        <translation>Übersetzung der Erklärung</translation>
    </message>
    <message>
        <source>Original:</source>
        <translation>Original:</translation>
    </message>
    <message>
        <source>Translation:</source>
        <translation>Übersetzung:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Translated by:</source>
        <translation>Übersetzt von:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>The original stays as it was recorded. The dossier prints both, with the translator&apos;s name. Leave the translation empty to remove it.</source>
        <translation>Das Original bleibt, wie es aufgenommen wurde. Das Dossier druckt beides, mit dem Namen des Übersetzers. Lassen Sie die Übersetzung leer, um sie zu entfernen.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Satchel</source>
        <translation>Satchel entsperren</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Enter your passphrase, or your recovery code, to open the vault.</source>
        <translation>Geben Sie Ihre Passphrase oder Ihren Wiederherstellungscode ein, um den Tresor zu öffnen.</translation>
    </message>
    <message>
        <source>Passphrase or recovery code</source>
        <translation>Passphrase oder Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Tresor wird geöffnet…</translation>
    </message>
    <message>
        <source>Updating the vault&apos;s storage format… %p%</source>
        <translation>Speicherformat des Tresors wird aktualisiert… %p%</translation>
    </message>
    <message>
        <source>Panic</source>
        <translation>Panik</translation>
    </message>
</context>
<context>
    <name>VettingSettings</name>
    <message>
        <source>The two-person rule is on.</source>
        <translation>Die Vier-Augen-Regel ist eingeschaltet.</translation>
    </message>
    <message>
        <source>The two-person rule is off.</source>
        <translation>Die Vier-Augen-Regel ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>Vetting</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Clearing or rejecting a case is signed with this vault&apos;s key. With the two-person rule, a case is cleared only when a second person, on her own laptop and verified in person, has signed the same checks.</source>
        <translation>Das Freigeben oder Ablehnen eines Falls wird mit dem Schlüssel dieses Tresors unterschrieben. Mit der Vier-Augen-Regel wird ein Fall erst freigegeben, wenn eine zweite, persönlich überprüfte Person auf ihrem eigenen Laptop dieselben Prüfungen unterschrieben hat.</translation>
    </message>
    <message>
        <source>Two-person rule: two signatures to clear a case</source>
        <translation>Vier-Augen-Regel: zwei Unterschriften, um einen Fall freizugeben</translation>
    </message>
</context>
<context>
    <name>VettingTab</name>
    <message>
        <source>“%1” can only pass with its evidence and reviewer filled in.</source>
        <translation>„%1“ kann nur bestehen, wenn Nachweis und Prüfer ausgefüllt sind.</translation>
    </message>
    <message>
        <source>The date of “%1” could not be read: type it like %2 or pick it from the calendar.</source>
        <translation>Das Datum von „%1“ konnte nicht gelesen werden: Geben Sie es wie %2 ein oder wählen Sie es im Kalender.</translation>
    </message>
    <message>
        <source>Every required check has passed.</source>
        <translation>Alle Pflichtprüfungen sind bestanden.</translation>
    </message>
    <message>
        <source>Before this case can be cleared, these required checks must pass: %1.</source>
        <translation>Bevor dieser Fall freigegeben werden kann, müssen diese Pflichtprüfungen bestanden sein: %1.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What was seen or checked</source>
        <translation>Was gesehen oder geprüft wurde</translation>
    </message>
    <message>
        <source>* required before a case can be cleared or referred</source>
        <translation>* Pflicht, bevor ein Fall freigegeben oder übergeben werden kann</translation>
    </message>
</context>
</TS>
