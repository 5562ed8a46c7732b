<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Contact card</source>
        <translation>Контакт карточкасы</translation>
    </message>
    <message>
        <source>This file cannot be read as a contact card; nothing was added.</source>
        <translation>Бұл файлды контакт карточкасы ретінде оқу мүмкін емес; ештеңе қосылмады.</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Контакт қосу</translation>
    </message>
    <message>
        <source>Paste the contact card you received (it starts with “satchel-contact-card”), or a partner&apos;s plain age key, or load the card from a file. The keys stay unverified until you compare safety numbers in person.</source>
        <translation>Алған контакт карточкаңызды қойыңыз (ол «satchel-contact-card» жолынан басталады), немесе серіктестің қарапайым age кілтін қойыңыз, немесе карточканы файлдан жүктеңіз. Қауіпсіздік кодтарын жеке кездесуде салыстырмайынша, кілттер расталмаған болып қалады.</translation>
    </message>
    <message>
        <source>Load from a file…</source>
        <translation>Файлдан жүктеу…</translation>
    </message>
    <message>
        <source>Name in your vault:</source>
        <translation>Қоймадағы аты:</translation>
    </message>
    <message>
        <source>optional for a card; needed for a plain age key</source>
        <translation>карточка үшін міндетті емес; қарапайым age кілті үшін қажет</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Контакт қосу</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>← Previous page</source>
        <translation>← Алдыңғы бет</translation>
    </message>
    <message>
        <source>Next page →</source>
        <translation>Келесі бет →</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2 беттің %1-і</translation>
    </message>
    <message>
        <source>This page of the PDF could not be drawn; it may be damaged.</source>
        <translation>PDF-тің бұл беті салынбады; ол зақымдалған болуы мүмкін.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 пиксель</translation>
    </message>
    <message>
        <source>This PDF could not be read: it may be damaged or protected by a password. The file stays inside the vault; nothing was written to disk.</source>
        <translation>Бұл PDF оқылмады: ол зақымдалған немесе құпия сөзбен қорғалған болуы мүмкін. Файл қойма ішінде қалады; дискіге ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>This picture could not be read; it may be damaged.</source>
        <translation>Бұл сурет оқылмады; ол зақымдалған болуы мүмкін.</translation>
    </message>
    <message>
        <source>Satchel cannot show this kind of file. The file stays inside the vault; nothing was written to disk.</source>
        <translation>Satchel мұндай файлды көрсете алмайды. Файл қойма ішінде қалады; дискіге ештеңе жазылмады.</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Attach files</source>
        <translation>Файлдарды тіркеу</translation>
    </message>
    <message>
        <source>“%1” was added. Removed from it: %2.</source>
        <translation>«%1» қосылды. Одан жойылды: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln original file(s)</source>
        <translation>
            <numerusform>%Ln түпнұсқа файлды жою</numerusform>
            <numerusform>%Ln түпнұсқа файлды жою</numerusform>
        </translation>
    </message>
    <message>
        <source>The original files were deleted.</source>
        <translation>Түпнұсқа файлдар жойылды.</translation>
    </message>
    <message>
        <source>The file could not be read; check that it still exists.</source>
        <translation>Файл оқылмады; оның әлі бар екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>The original files are still where they were, with everything that was just removed (a photo&apos;s GPS position, a document&apos;s author). Delete them now? Satchel overwrites each file once and removes it. On a hard disk that is the end of it; on an SSD, a USB stick or a phone the drive may keep old copies where no program can reach them, so full-disk encryption remains your real protection, and delete the photo on the device that took it too.</source>
        <translation>Түпнұсқа файлдар әлі өз орнында, жаңа ғана жойылған мәліметтердің бәрімен бірге (фотоның GPS орны, құжаттың авторы). Оларды қазір жою керек пе? Satchel әр файлды бір рет қайта жазып, жояды. Қатты дискіде бұл жеткілікті; SSD-де, USB жинақтауышта немесе телефонда құрылғы ескі көшірмелерді ешбір бағдарлама жете алмайтын жерде сақтауы мүмкін, сондықтан нақты қорғанысыңыз — бүкіл дискіні шифрлау; фотоны түсірген құрылғыдан да жойыңыз.</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Сақтап қалу</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Қосылған</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Файлдар қосу…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Қарау</translation>
    </message>
    <message>
        <source>Drop files here or use “Add files…”. Hidden details such as the GPS position of a photo or the author of a document are removed before the file is stored.</source>
        <translation>Файлдарды осында сүйреңіз немесе «Файлдар қосу…» батырмасын пайдаланыңыз. Фотоның GPS орны немесе құжат авторы сияқты жасырын мәліметтер файл сақталмас бұрын жойылады.</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message numerus="yes">
        <source>The audit log is intact: %Ln entries checked.</source>
        <translation>
            <numerusform>Аудит журналы бүтін: %Ln жазба тексерілді.</numerusform>
            <numerusform>Аудит журналы бүтін: %Ln жазба тексерілді.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was tampered with or damaged:</source>
        <translation>Аудит журналы өзгертілген немесе зақымдалған:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Audit log&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Аудит журналы&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Every change, import and export, newest first. The log records what changed and when, not the values. Each entry is chained to the one before, so altering or removing one shows.</source>
        <translation>Әрбір өзгеріс, импорт және экспорт, ең жаңасы алдымен. Журнал мәндерді емес, не және қашан өзгергенін жазады. Әр жазба алдыңғысымен тізбектелген, сондықтан біреуін өзгерту немесе жою байқалады.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Уақыт (UTC)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Check the chain</source>
        <translation>Тізбекті тексеру</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Save a copy of the vault in</source>
        <translation>Қойманың көшірмесін сақтау орны</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Көшірме сақталуда…</translation>
    </message>
    <message>
        <source>A copy was saved in %1. It opens with your recovery code on any computer; keep it as safe as the laptop.</source>
        <translation>Көшірме %1 ішіне сақталды. Ол кез келген компьютерде қалпына келтіру кодымен ашылады; оны ноутбук сияқты қауіпсіз сақтаңыз.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <source>Save a copy of the whole vault, encrypted, in a folder you choose (a USB stick, an external disk). Satchel keeps working meanwhile. The copy opens with the recovery code.</source>
        <translation>Бүкіл қойманың шифрланған көшірмесін өзіңіз таңдаған бумаға сақтаңыз (USB жинақтауыш, сыртқы диск). Satchel осы уақытта жұмысын жалғастырады. Көшірме қалпына келтіру кодымен ашылады.</translation>
    </message>
    <message>
        <source>Save a copy of the vault…</source>
        <translation>Қойманың көшірмесін сақтау…</translation>
    </message>
</context>
<context>
    <name>BorderDialog</name>
    <message>
        <source>Save the border bundle as</source>
        <translation>Шекара пакетін былай сақтау</translation>
    </message>
    <message>
        <source>Satchel bundles (*.age)</source>
        <translation>Satchel пакеттері (*.age)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln іс</numerusform>
            <numerusform>%Ln іс</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>%Ln тіркеме</numerusform>
            <numerusform>%Ln тіркеме</numerusform>
        </translation>
    </message>
    <message>
        <source>Sealed %1 and %2 into %3 (%4); the file was opened again and checked.</source>
        <translation>%1 және %2 %3 (%4) ішіне мөрленді; файл қайта ашылып, тексерілді.</translation>
    </message>
    <message>
        <source>Border mode</source>
        <translation>Шекара режимі</translation>
    </message>
    <message>
        <source>Border mode prepares this laptop for a border crossing. Satchel seals the whole vault (every case, attachment, contact and key) into one file under a new key, opens the file again to check it, and shows that key once as a border code, in letters and as a QR code. Hand the code to a trusted colleague who is not travelling. Then the vault is wiped from this computer. After the crossing, choose “Restore from a border bundle…” when Satchel starts, with the file and the code.</source>
        <translation>Шекара режимі бұл ноутбукты шекарадан өтуге дайындайды. Satchel бүкіл қойманы (әр істі, тіркемені, контактіні және кілтті) жаңа кілтпен бір файлға мөрлейді, тексеру үшін файлды қайта ашады және сол кілтті бір рет шекара коды ретінде әріптермен және QR код түрінде көрсетеді. Кодты сапарға шықпайтын сенімді әріптесіңізге беріңіз. Содан кейін қойма бұл компьютерден жойылады. Шекарадан өткен соң, Satchel іске қосылғанда файл мен кодты алып, «Шекара пакетінен қалпына келтіру…» таңдаңыз.</translation>
    </message>
    <message>
        <source>Save the border bundle to:</source>
        <translation>Шекара пакетін сақтау орны:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Choose a place outside the vault folder, for example a USB stick. Without the code the file cannot be opened; with it, anyone can open it.</source>
        <translation>Қойма бумасынан тыс орынды таңдаңыз, мысалы USB жинақтауышты. Кодсыз файлды ашу мүмкін емес; кодпен оны кез келген адам аша алады.</translation>
    </message>
    <message>
        <source>Sealing and checking… %p%</source>
        <translation>Мөрлеу және тексеру… %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Seal the vault</source>
        <translation>Қойманы мөрлеу</translation>
    </message>
    <message>
        <source>This is the border code, shown only this once. Give it to a trusted colleague who is not travelling (they can photograph the QR code), or write it down and keep it apart from the laptop. Without it the bundle cannot be opened.</source>
        <translation>Бұл — шекара коды, ол тек осы жолы ғана көрсетіледі. Оны сапарға шықпайтын сенімді әріптесіңізге беріңіз (олар QR кодты суретке түсіре алады) немесе жазып алып, ноутбуктан бөлек сақтаңыз. Онсыз пакетті ашу мүмкін емес.</translation>
    </message>
    <message>
        <source>I have handed the code to a colleague or written it down</source>
        <translation>Кодты әріптесіме бердім немесе жазып алдым</translation>
    </message>
    <message>
        <source>Nothing has been wiped yet. If you close this window instead, the vault stays as it is and this bundle can never be opened: the code is not shown again.</source>
        <translation>Әзірге ештеңе жойылған жоқ. Егер оның орнына осы терезені жапсаңыз, қойма өзгеріссіз қалады, ал бұл пакетті ешқашан ашу мүмкін болмайды: код қайта көрсетілмейді.</translation>
    </message>
    <message>
        <source>Close without wiping</source>
        <translation>Жоймай жабу</translation>
    </message>
    <message>
        <source>Wipe the vault now…</source>
        <translation>Қойманы қазір жою…</translation>
    </message>
</context>
<context>
    <name>BorderMessages</name>
    <message>
        <source>This is a bundle from a contact, not a border bundle: open the vault and use Import for it. Nothing was changed.</source>
        <translation>Бұл шекара пакеті емес, контактіден келген пакет: қойманы ашып, ол үшін импортты пайдаланыңыз. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>This border bundle was changed after it was sealed, or is incomplete; nothing was changed.</source>
        <translation>Бұл шекара пакеті мөрленгеннен кейін өзгертілген немесе толық емес; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>There is already a vault here; nothing was changed.</source>
        <translation>Мұнда қойма бар; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Мұндай файл жоқ.</translation>
    </message>
    <message>
        <source>Satchel may not write or read there; choose another place.</source>
        <translation>Satchel ол жерге жаза немесе оқи алмайды; басқа орынды таңдаңыз.</translation>
    </message>
    <message>
        <source>This file is damaged, was not made by Satchel, or comes from a newer Satchel; nothing was changed.</source>
        <translation>Бұл файл зақымдалған, Satchel жасамаған немесе Satchel-дің жаңа нұсқасынан келген; ештеңе өзгертілмеді.</translation>
    </message>
</context>
<context>
    <name>BorderSettings</name>
    <message>
        <source>The two duress passphrases differ.</source>
        <translation>Мәжбүрлік құпия фразалары сәйкес емес.</translation>
    </message>
    <message>
        <source>There is no duress passphrase any more.</source>
        <translation>Мәжбүрлік құпия фразасы енді жоқ.</translation>
    </message>
    <message>
        <source>Failed unlocks no longer wipe the vault.</source>
        <translation>Сәтсіз ашу әрекеттері енді қойманы жоймайды.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed unlock(s) in a row will wipe the vault.</source>
        <translation>
            <numerusform>Қатарынан %Ln сәтсіз ашу әрекеті қойманы жояды.</numerusform>
            <numerusform>Қатарынан %Ln сәтсіз ашу әрекеті қойманы жояды.</numerusform>
        </translation>
    </message>
    <message>
        <source>The duress passphrase is set. Typed at unlock, it silently wipes this vault and opens an empty one.</source>
        <translation>Мәжбүрлік құпия фразасы орнатылды. Ашу кезінде терілсе, ол бұл қойманы үнсіз жойып, бос қойманы ашады.</translation>
    </message>
    <message>
        <source>Border safety</source>
        <translation>Шекарадағы қауіпсіздік</translation>
    </message>
    <message>
        <source>A duress passphrase, typed at unlock instead of yours, silently wipes this vault and opens an empty, ordinary-looking one. Satchel never shows whether one is set.</source>
        <translation>Мәжбүрлік құпия фразасы, ашу кезінде сіздің фразаңыздың орнына терілсе, бұл қойманы үнсіз жойып, бос, қарапайым көрінетін қойманы ашады. Satchel оның орнатылғанын ешқашан көрсетпейді.</translation>
    </message>
    <message>
        <source>Duress passphrase:</source>
        <translation>Мәжбүрлік құпия фразасы:</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>Тағы да дәл солай:</translation>
    </message>
    <message>
        <source>Set duress passphrase</source>
        <translation>Мәжбүрлік фразасын орнату</translation>
    </message>
    <message>
        <source>Remove duress passphrase</source>
        <translation>Мәжбүрлік фразасын жою</translation>
    </message>
    <message>
        <source>Optionally, wipe the vault after too many wrong passphrases in a row. A small file in the vault folder shows that this limit is set.</source>
        <translation>Қаласаңыз, қатарынан тым көп қате құпия фразадан кейін қойманы жойыңыз. Қойма бумасындағы шағын файл бұл шектің орнатылғанын көрсетеді.</translation>
    </message>
    <message>
        <source>Wipe after this many failed unlocks:</source>
        <translation>Осынша сәтсіз әрекеттен кейін жою:</translation>
    </message>
    <message>
        <source>Save limit</source>
        <translation>Шекті сақтау</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <source>&lt;h2&gt;Bundles&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Пакеттер&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Cases travel between vaults as sealed bundles: files only the chosen contacts can open, signed by the vault that sealed them. Carry them on a USB stick or send them any way you like.</source>
        <translation>Істер қоймалар арасында мөрленген пакеттер ретінде жүреді: оларды тек таңдалған контактілер аша алады, және оларға мөрлеген қойма қол қояды. Оларды USB жинақтауышпен алып жүріңіз немесе кез келген жолмен жіберіңіз.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Қашан (UTC)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Бағыты</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Seal cases for a contact…</source>
        <translation>Контакт үшін істерді мөрлеу…</translation>
    </message>
    <message>
        <source>Open a received bundle…</source>
        <translation>Алынған пакетті ашу…</translation>
    </message>
</context>
<context>
    <name>CaseDetailPage</name>
    <message>
        <source>Your signature is on the vetting.</source>
        <translation>Сіздің қолыңыз тексеруге қойылды.</translation>
    </message>
    <message>
        <source>The reported stage was accepted.</source>
        <translation>Хабарланған кезең қабылданды.</translation>
    </message>
    <message>
        <source>This case cannot move to “%1” until these required checks have passed: %2.</source>
        <translation>Мына міндетті тексерулер өтпейінше, бұл іс «%1» кезеңіне өте алмайды: %2.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>These dates could not be read: %1. Type them like %2 or pick them from the calendar.</source>
        <translation>Бұл күндер оқылмады: %1. Оларды %2 түрінде теріңіз немесе күнтізбеден таңдаңыз.</translation>
    </message>
    <message>
        <source>A rejected case needs a reason: fill in “%1” on the Case tab.</source>
        <translation>Қабылданбаған іске себеп керек: «Іс» қойындысында «%1» өрісін толтырыңыз.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Сақтайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <source>This case cannot be referred until these required checks have passed: %1.</source>
        <translation>Мына міндетті тексерулер өтпейінше, бұл істі беру мүмкін емес: %1.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>Әскери қызмет</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Тәуекел</translation>
    </message>
    <message>
        <source>Vetting</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Мәлімдемелер</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Жолдамалар</translation>
    </message>
    <message>
        <source>← All cases</source>
        <translation>← Барлық істер</translation>
    </message>
    <message>
        <source>Dossier PDF…</source>
        <translation>Досье PDF…</translation>
    </message>
    <message>
        <source>This case as a PDF for the authorities, in French, German or English</source>
        <translation>Бұл іс билік органдарына арналған PDF ретінде, француз, неміс немесе ағылшын тілінде</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Save every change on this case (Ctrl+S)</source>
        <translation>Осы істегі барлық өзгерісті сақтау (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln іс</numerusform>
            <numerusform>%Ln іс</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by name, alias or unit, in any script</source>
        <translation>Аты, лақап аты немесе бөлімі бойынша іздеу, кез келген жазуда</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Заңгер</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Барлық кезеңдер</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Кез келген тәуекел</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>Кез келген мерзім</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Due within a week</source>
        <translation>Бір апта ішінде</translation>
    </message>
    <message>
        <source>Due within a month</source>
        <translation>Бір ай ішінде</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Тәуекел</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Заңгер</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Келесі әрекет</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Соңғы әрекет</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Which cases?</source>
        <translation>Қай істер?</translation>
    </message>
    <message>
        <source>Tick the cases to seal into the bundle.</source>
        <translation>Пакетке мөрленетін істерді белгілеңіз.</translation>
    </message>
    <message numerus="yes">
        <source>All cases in the vault (%Ln)</source>
        <translation>
            <numerusform>Қоймадағы барлық істер (%Ln)</numerusform>
            <numerusform>Қоймадағы барлық істер (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only what changed since the last bundle for the contact chosen next</source>
        <translation>Келесі таңдалатын контактіге соңғы пакеттен бергі өзгерістер ғана</translation>
    </message>
    <message>
        <source>Only the cases ticked below</source>
        <translation>Тек төменде белгіленген істер</translation>
    </message>
    <message>
        <source>Find a person by name, in Cyrillic or Latin</source>
        <translation>Адамды аты бойынша табу, кирилл немесе латын әріптерімен</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message numerus="yes">
        <source>%Ln edit(s) from partners were kept beside yours. Compare and edit the fields below; each disappears once both versions agree.</source>
        <translation>
            <numerusform>Серіктестерден келген %Ln өзгеріс сіздікінің қасында сақталды. Төмендегі өрістерді салыстырып, өңдеңіз; екі нұсқа сәйкес келгенде әрқайсысы жоғалады.</numerusform>
            <numerusform>Серіктестерден келген %Ln өзгеріс сіздікінің қасында сақталды. Төмендегі өрістерді салыстырып, өңдеңіз; екі нұсқа сәйкес келгенде әрқайсысы жоғалады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their full version stays on the Notes tab.</source>
        <translation>Олардың толық нұсқасы «Жазбалар» қойындысында қалады.</translation>
    </message>
    <message>
        <source>From “%1”, %2 (%3):</source>
        <translation>«%1» жіберген, %2 (%3):</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Олардікі</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Сіздікі</translation>
    </message>
    <message>
        <source>see the “%1” tab</source>
        <translation>«%1» қойындысын қараңыз</translation>
    </message>
    <message>
        <source>Vetting</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Мәлімдемелер</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Жолдамалар</translation>
    </message>
</context>
<context>
    <name>ConflictNote</name>
    <message>
        <source>The version of this case&apos;s “%1” that “%2” sent, kept beside yours:</source>
        <translation>«%2» жіберген осы істің «%1» нұсқасы сіздікінің қасында сақталды:</translation>
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
        <translation>тек age кілті</translation>
    </message>
    <message>
        <source>KEYS CHANGED</source>
        <translation>КІЛТТЕР ӨЗГЕРДІ</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Расталған</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Расталмаған</translation>
    </message>
    <message>
        <source>Your contact card, “%1”. Partners scan this code or paste the text below to add you; it holds only public keys.</source>
        <translation>Сіздің контакт карточкаңыз, «%1». Серіктестер сізді қосу үшін осы кодты сканерлейді немесе төмендегі мәтінді қояды; онда тек ашық кілттер бар.</translation>
    </message>
    <message>
        <source>The keys of “%1” have changed. Someone may be impersonating them. Nothing is sealed for or accepted from the new keys until you compare the new safety number with them in person.</source>
        <translation>«%1» кілттері өзгерді. Біреу оның атын жамылуы мүмкін. Жаңа қауіпсіздік кодын онымен жеке кездесуде салыстырмайынша, жаңа кілттер үшін ештеңе мөрленбейді және олардан ештеңе қабылданбайды.</translation>
    </message>
    <message>
        <source>Safety number of the keys on file</source>
        <translation>Сақталған кілттердің қауіпсіздік коды</translation>
    </message>
    <message>
        <source>Verified in person.</source>
        <translation>Жеке кездесуде расталды.</translation>
    </message>
    <message>
        <source>Safety number</source>
        <translation>Қауіпсіздік коды</translation>
    </message>
    <message>
        <source>Not verified yet: compare the safety number below with them.</source>
        <translation>Әлі расталмаған: төмендегі қауіпсіздік кодын онымен салыстырыңыз.</translation>
    </message>
    <message>
        <source>Safety number of the new keys</source>
        <translation>Жаңа кілттердің қауіпсіздік коды</translation>
    </message>
    <message>
        <source>Meet in person (or call on a line you trust) and read the numbers aloud: the other person sees the same digits on their Contacts page.</source>
        <translation>Жеке кездесіңіз (немесе сенімді желі арқылы қоңырау шалыңыз) және сандарды дауыстап оқыңыз: екінші адам өзінің «Контактілер» бетінде дәл сондай сандарды көреді.</translation>
    </message>
    <message>
        <source>Your contact card</source>
        <translation>Сіздің контакт карточкаңыз</translation>
    </message>
    <message>
        <source>Copy the card</source>
        <translation>Карточканы көшіру</translation>
    </message>
    <message>
        <source>Your organisation&apos;s &amp;name:</source>
        <translation>Ұйымыңыздың &amp;атауы:</translation>
    </message>
    <message>
        <source>as partners should see it</source>
        <translation>серіктестер көретіндей</translation>
    </message>
    <message>
        <source>Put on the card</source>
        <translation>Карточкаға жазу</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контактілер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Кілттер</translation>
    </message>
    <message>
        <source>Add a contact…</source>
        <translation>Контакт қосу…</translation>
    </message>
    <message>
        <source>We compared the numbers: they match</source>
        <translation>Кодтарды салыстырдық: сәйкес келеді</translation>
    </message>
    <message>
        <source>I compared the new safety number with them in person</source>
        <translation>Жаңа қауіпсіздік кодын онымен жеке кездесуде салыстырдым</translation>
    </message>
    <message>
        <source>Accept the new keys</source>
        <translation>Жаңа кілттерді қабылдау</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>The vault&apos;s name</source>
        <translation>Қойманың аты</translation>
    </message>
    <message>
        <source>The copy could not be written there (the disk may be full or read-only); nothing was saved.</source>
        <translation>Көшірмені ол жерге жазу мүмкін болмады (диск толы немесе тек оқуға арналған болуы мүмкін); ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>Choose an existing folder for the copy; nothing was saved.</source>
        <translation>Көшірме үшін бар буманы таңдаңыз; ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>Save the copy outside the vault&apos;s own folders (a panic wipe would take it too), for example on a USB stick; nothing was saved.</source>
        <translation>Көшірмені қойманың өз бумаларынан тыс сақтаңыз (шұғыл жою оны да жояды), мысалы USB жинақтауышқа; ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>There are too many copies in that folder; choose another.</source>
        <translation>Ол бумада көшірмелер тым көп; басқасын таңдаңыз.</translation>
    </message>
    <message>
        <source>The file {path} appeared meanwhile; nothing was sealed or wiped.</source>
        <translation>Осы уақытта {path} файлы пайда болды; ештеңе мөрленбеді және жойылмады.</translation>
    </message>
    <message>
        <source>Save the border bundle outside the vault folder: the wipe that follows empties that folder.</source>
        <translation>Шекара пакетін қойма бумасынан тыс сақтаңыз: кейінгі жою сол буманы босатады.</translation>
    </message>
    <message>
        <source>The passphrase must be at least {count} characters long.</source>
        <translation>Құпия фраза кемінде {count} таңбадан тұруы керек.</translation>
    </message>
    <message>
        <source>The restored vault did not check out, so it was removed; try again.</source>
        <translation>Қалпына келтірілген қойма тексеруден өтпеді, сондықтан ол алынып тасталды; қайталап көріңіз.</translation>
    </message>
    <message>
        <source>There is already a Satchel vault in {folder}; nothing was changed.</source>
        <translation>{folder} ішінде Satchel қоймасы бар; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The folder {folder} is not empty; choose an empty or new folder to restore into.</source>
        <translation>{folder} бумасы бос емес; қалпына келтіру үшін бос немесе жаңа буманы таңдаңыз.</translation>
    </message>
    <message>
        <source>The border bundle did not open correctly, so it was deleted; nothing was wiped.</source>
        <translation>Шекара пакеті дұрыс ашылмады, сондықтан ол жойылды; қойма жойылған жоқ.</translation>
    </message>
    <message>
        <source>The border bundle did not match the vault, so it was deleted; nothing was wiped.</source>
        <translation>Шекара пакеті қоймаға сәйкес келмеді, сондықтан ол жойылды; қойма жойылған жоқ.</translation>
    </message>
    <message>
        <source>This border code does not open this bundle; nothing was changed.</source>
        <translation>Бұл шекара коды бұл пакетті ашпайды; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>This is a bundle from a contact, not a border bundle: import it with &apos;satchel import&apos; into an unlocked vault; nothing was changed.</source>
        <translation>Бұл шекара пакеті емес, контактіден келген пакет: оны «satchel import» арқылы ашық қоймаға импорттаңыз; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>This border bundle&apos;s signature does not match; nothing was changed.</source>
        <translation>Бұл шекара пакетінің қолтаңбасы сәйкес емес; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>This border bundle was made by a newer Satchel; update Satchel to restore it.</source>
        <translation>Бұл шекара пакетін Satchel-дің жаңа нұсқасы жасаған; оны қалпына келтіру үшін Satchel-ді жаңартыңыз.</translation>
    </message>
    <message>
        <source>This is not a border code; check it against the copy you were given. Nothing was changed.</source>
        <translation>Бұл шекара коды емес; оны сізге берілген көшірмемен салыстырыңыз. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The vault changed while it was being sealed; try again.</source>
        <translation>Қойма мөрленіп жатқанда өзгерді; қайталап көріңіз.</translation>
    </message>
    <message>
        <source>An attachment is damaged in the vault; nothing was sealed.</source>
        <translation>Қоймадағы бір тіркеме зақымдалған; ештеңе мөрленбеді.</translation>
    </message>
    <message>
        <source>The vault holds data Satchel does not recognise; nothing was sealed.</source>
        <translation>Қоймада Satchel танымайтын деректер бар; ештеңе мөрленбеді.</translation>
    </message>
    <message>
        <source>There is already a file at {output}; choose another name.</source>
        <translation>{output} орнында файл бар; басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>тізімдеме</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>қолтаңба</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>жазба</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this vault (or its header was damaged); nothing was imported.</source>
        <translation>Бұл пакет бұл қоймаға арналмаған (немесе оның тақырыбы зақымдалған); ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>This bundle was changed after it was sealed, or is incomplete; nothing was imported.</source>
        <translation>Бұл пакет мөрленгеннен кейін өзгертілген немесе толық емес; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>This bundle is damaged or was not made by Satchel; nothing was imported.</source>
        <translation>Бұл пакет зақымдалған немесе оны Satchel жасамаған; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>This bundle&apos;s {what} is larger than Satchel accepts; nothing was imported.</source>
        <translation>Бұл пакеттің {what} Satchel қабылдайтыннан үлкен; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>This file is not a Satchel bundle; nothing was imported.</source>
        <translation>Бұл файл Satchel пакеті емес; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>This bundle was made by an older Satchel whose bundles are no longer accepted; ask the sender to update Satchel and send it again. Nothing was imported.</source>
        <translation>Бұл пакетті Satchel-дің ескі нұсқасы жасаған, оның пакеттері енді қабылданбайды; жіберушіден Satchel-ді жаңартып, қайта жіберуін сұраңыз. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Not verified in person: {names}. If someone swapped their key, that person could read this bundle instead of them. Compare safety numbers on the Contacts page first, or accept the risk (--accept-unverified); nothing was sealed.</source>
        <translation>Жеке кездесуде расталмаған: {names}. Біреу олардың кілтін ауыстырса, сол адам бұл пакетті олардың орнына оқи алады. Алдымен «Контактілер» бетінде қауіпсіздік кодтарын салыстырыңыз немесе тәуекелді қабылдаңыз (--accept-unverified); ештеңе мөрленбеді.</translation>
    </message>
    <message>
        <source>Signed by &apos;{name}&apos;, whose key is NOT verified: anyone who swapped their key could have made this bundle. Compare safety numbers on the Contacts page before trusting it, or accept the risk (--accept-unverified); nothing was imported.</source>
        <translation>«{name}» қол қойған, оның кілті РАСТАЛМАҒАН: кілтін ауыстырған кез келген адам бұл пакетті жасауы мүмкін еді. Сенбес бұрын «Контактілер» бетінде қауіпсіздік кодтарын салыстырыңыз немесе тәуекелді қабылдаңыз (--accept-unverified); ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Name at least one contact to seal the bundle for.</source>
        <translation>Пакет мөрленетін кемінде бір контактіні атаңыз.</translation>
    </message>
    <message>
        <source>One bundle cannot be sealed both to Satchel contacts (post-quantum keys) and to plain age keys; export to them separately.</source>
        <translation>Бір пакетті бір мезгілде Satchel контактілеріне (посткванттық кілттер) де, қарапайым age кілттеріне де мөрлеу мүмкін емес; оларға бөлек экспорттаңыз.</translation>
    </message>
    <message>
        <source>Only what changed can be sent to one Satchel contact at a time; choose one contact, or send the whole cases.</source>
        <translation>Тек өзгерістерді бір уақытта бір ғана Satchel контактісіне жіберуге болады; бір контактіні таңдаңыз немесе істерді толығымен жіберіңіз.</translation>
    </message>
    <message>
        <source>The last bundle for &apos;{name}&apos; was sealed with another profile; send the changes with that same profile, or send the whole cases with the new one.</source>
        <translation>«{name}» үшін соңғы пакет басқа профильмен мөрленген; өзгерістерді сол профильмен жіберіңіз немесе істерді жаңа профильмен толығымен жіберіңіз.</translation>
    </message>
    <message>
        <source>Nothing changed since the last bundle for &apos;{name}&apos;; there is nothing to send.</source>
        <translation>«{name}» үшін соңғы пакеттен бері ештеңе өзгерген жоқ; жіберетін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>There are no cases to export.</source>
        <translation>Экспорттайтын істер жоқ.</translation>
    </message>
    <message>
        <source>These cases and attachments are too many for one bundle; export them in smaller groups.</source>
        <translation>Бұл істер мен тіркемелер бір пакет үшін тым көп; оларды кішірек топтармен экспорттаңыз.</translation>
    </message>
    <message>
        <source>A case changed while it was being exported; try again.</source>
        <translation>Экспорт кезінде іс өзгерді; қайталап көріңіз.</translation>
    </message>
    <message>
        <source>An attachment is damaged in the vault; nothing was exported.</source>
        <translation>Қоймадағы бір тіркеме зақымдалған; ештеңе экспортталмады.</translation>
    </message>
    <message>
        <source>This is a border bundle: restore it with &apos;satchel restore&apos; into an empty folder; nothing was imported.</source>
        <translation>Бұл шекара пакеті: оны «satchel restore» арқылы бос бумаға қалпына келтіріңіз; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>This bundle comes from a sender you have not added as a contact.</source>
        <translation>Бұл пакет сіз контакт ретінде қоспаған жіберушіден келді.</translation>
    </message>
    <message>
        <source>This bundle&apos;s signature does not match the key of &apos;{name}&apos;; nothing was imported.</source>
        <translation>Бұл пакеттің қолтаңбасы «{name}» кілтіне сәйкес емес; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>The keys of &apos;{name}&apos; have changed since you added them; compare safety numbers in person and accept the new keys before importing.</source>
        <translation>«{name}» кілттері сіз қосқаннан бері өзгерді; импорттау алдында қауіпсіздік кодтарын жеке кездесуде салыстырып, жаңа кілттерді қабылдаңыз.</translation>
    </message>
    <message>
        <source>This bundle from &apos;{name}&apos; holds only what changed since their bundle no. {sequence}, which was never imported here. Import that bundle first, or ask &apos;{name}&apos; to send the whole cases; nothing was imported.</source>
        <translation>«{name}» жіберген бұл пакетте олардың № {sequence} пакетінен бергі өзгерістер ғана бар, ал ол пакет мұнда ешқашан импортталмаған. Алдымен сол пакетті импорттаңыз немесе «{name}» жағынан істерді толығымен жіберуді сұраңыз; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>This bundle is older than one already imported from &apos;{name}&apos;; nothing was imported.</source>
        <translation>Бұл пакет «{name}» жағынан бұрын импортталған пакеттен ескі; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>A vetting signature in this bundle from &apos;{name}&apos; does not verify; nothing was imported.</source>
        <translation>«{name}» жіберген бұл пакеттегі тексеру қолы расталмайды; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>The vetting record in this bundle is not validly signed by &apos;{name}&apos;; nothing was imported.</source>
        <translation>Бұл пакеттегі тексеру жазбасына «{name}» жарамды қол қоймаған; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; vouches for the vetting of a case that did not come from them; only the vault a case came from can. Nothing was imported.</source>
        <translation>«{name}» өзінен келмеген істің тексеруіне кепілдік береді; мұны тек іс келген қойма ғана жасай алады. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; sent changes to a case or record that this vault never exchanged with them; nothing was imported.</source>
        <translation>«{name}» бұл қойма онымен ешқашан алмаспаған іске немесе жазбаға өзгерістер жіберді; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; sent a vetting check of a case this vault created that passes without its evidence or reviewer; here a check passes only with both. Nothing was imported.</source>
        <translation>«{name}» осы қоймада ашылған іс бойынша дәлелсіз немесе тексерушісіз өткен тексеруді жіберді; мұнда тексеру екеуі болғанда ғана өтті деп саналады. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>A bundle with this id from &apos;{name}&apos; was already imported, but this copy differs from it: it was changed after it was sealed. Nothing was imported.</source>
        <translation>«{name}» жіберген осы идентификаторы бар пакет бұрын импортталған, бірақ бұл көшірме одан өзгеше: ол мөрленгеннен кейін өзгертілген. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>The vault changed since this bundle was checked; check it again before importing. Nothing was imported.</source>
        <translation>Бұл пакет тексерілгеннен бері қойма өзгерді; импорттау алдында оны қайта тексеріңіз. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>A conflict is resolved with one of: {choices}.</source>
        <translation>Қайшылық мыналардың бірімен шешіледі: {choices}.</translation>
    </message>
    <message>
        <source>1 record was changed on both sides; choose to keep mine, take theirs or keep both (--resolve mine|theirs|both). Nothing was imported.</source>
        <translation>1 жазба екі жақта да өзгертілді; менікін қалдыруды, олардікін алуды немесе екеуін де қалдыруды таңдаңыз (--resolve mine|theirs|both). Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>{count} records were changed on both sides; choose to keep mine, take theirs or keep both (--resolve mine|theirs|both). Nothing was imported.</source>
        <translation>{count} жазба екі жақта да өзгертілді; менікін қалдыруды, олардікін алуды немесе екеуін де қалдыруды таңдаңыз (--resolve mine|theirs|both). Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer Satchel (format {version}); update Satchel to import it.</source>
        <translation>Бұл пакетті Satchel-дің жаңа нұсқасы жасаған (пішім {version}); оны импорттау үшін Satchel-ді жаңартыңыз.</translation>
    </message>
    <message>
        <source>list of entries</source>
        <translation>жазбалар тізімі</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>тіркеме</translation>
    </message>
    <message>
        <source>case record</source>
        <translation>іс жазбасы</translation>
    </message>
    <message>
        <source>There is no profile &apos;{name}&apos;; choose one of: {choices}.</source>
        <translation>«{name}» профилі жоқ; мыналардың бірін таңдаңыз: {choices}.</translation>
    </message>
    <message>
        <source>Nothing was wiped.</source>
        <translation>Ештеңе жойылмады.</translation>
    </message>
    <message>
        <source>The wipe did not finish cleanly: see the problems listed above.</source>
        <translation>Жою таза аяқталмады: жоғарыда көрсетілген ақауларды қараңыз.</translation>
    </message>
    <message>
        <source>{command} asks for confirmation in a terminal; add --yes to wipe without asking.</source>
        <translation>{command} терминалда растауды сұрайды; сұраусыз жою үшін --yes қосыңыз.</translation>
    </message>
    <message>
        <source>There is no Satchel vault in {folder}.</source>
        <translation>{folder} ішінде Satchel қоймасы жоқ.</translation>
    </message>
    <message>
        <source>Nothing was sealed or wiped.</source>
        <translation>Ештеңе мөрленбеді және жойылмады.</translation>
    </message>
    <message>
        <source>There is no file {bundle}.</source>
        <translation>{bundle} файлы жоқ.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Құпия фразалар сәйкес емес; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>--limit must be at least 1.</source>
        <translation>--limit кемінде 1 болуы керек.</translation>
    </message>
    <message>
        <source>Showing the {shown} most recently changed of {total} cases; use --limit N or --all for more.</source>
        <translation>Соңғы өзгертілген {shown} іс көрсетілді ({total} істің ішінен); көбірек көру үшін --limit N немесе --all қолданыңыз.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>{path} файлы жоқ.</translation>
    </message>
    <message>
        <source>The number of demo cases must be between 1 and 1,000,000.</source>
        <translation>Демо істер саны 1 мен 1 000 000 аралығында болуы керек.</translation>
    </message>
    <message>
        <source>{problem} (see &apos;satchel --help&apos;).</source>
        <translation>{problem} («satchel --help» қараңыз).</translation>
    </message>
    <message>
        <source>No passphrase was given: run Satchel in a terminal or set SATCHEL_PASSPHRASE.</source>
        <translation>Құпия фраза берілмеді: Satchel-ді терминалда іске қосыңыз немесе SATCHEL_PASSPHRASE орнатыңыз.</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is not of the form FIELD=VALUE.</source>
        <translation>«{item}» ӨРІС=МӘН түрінде емес.</translation>
    </message>
    <message>
        <source>This file is not a contact card or an age key.</source>
        <translation>Бұл файл контакт карточкасы да, age кілті де емес.</translation>
    </message>
    <message>
        <source>This is too long to be a contact card.</source>
        <translation>Бұл контакт карточкасы үшін тым ұзын.</translation>
    </message>
    <message>
        <source>The dossier&apos;s file name must end in .pdf.</source>
        <translation>Досье файлының аты .pdf деп аяқталуы керек.</translation>
    </message>
    <message>
        <source>There is already a vault in {folder}; nothing was changed.</source>
        <translation>{folder} ішінде қойма бар; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The vault failed verification: see the problems listed above.</source>
        <translation>Қойма тексеруден өтпеді: жоғарыда көрсетілген ақауларды қараңыз.</translation>
    </message>
    <message>
        <source>The keys of &apos;{name}&apos; have changed; compare safety numbers in person, then run &apos;satchel contact accept &quot;{name}&quot;&apos;.</source>
        <translation>«{name}» кілттері өзгерді; қауіпсіздік кодтарын жеке кездесуде салыстырып, содан кейін «satchel contact accept &quot;{name}&quot;» іске қосыңыз.</translation>
    </message>
    <message>
        <source>This is your own vault&apos;s contact card.</source>
        <translation>Бұл өз қоймаңыздың контакт карточкасы.</translation>
    </message>
    <message>
        <source>There is no contact card or age key to add.</source>
        <translation>Қосатын контакт карточкасы немесе age кілті жоқ.</translation>
    </message>
    <message>
        <source>This is neither a Satchel contact card nor an age key.</source>
        <translation>Бұл Satchel контакт карточкасы да, age кілті де емес.</translation>
    </message>
    <message>
        <source>A plain age key has no name: give one with --name.</source>
        <translation>Қарапайым age кілтінің аты жоқ: оны --name арқылы беріңіз.</translation>
    </message>
    <message>
        <source>There is no contact named &apos;{name}&apos;.</source>
        <translation>«{name}» атты контакт жоқ.</translation>
    </message>
    <message>
        <source>The keys of &apos;{name}&apos; have not changed.</source>
        <translation>«{name}» кілттері өзгермеген.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a Satchel contact; a plain age key cannot replace its card.</source>
        <translation>«{name}» — Satchel контактісі; қарапайым age кілті оның карточкасын алмастыра алмайды.</translation>
    </message>
    <message>
        <source>These keys already belong to the contact &apos;{name}&apos;; nothing was added.</source>
        <translation>Бұл кілттер «{name}» контактісіне тиесілі; ештеңе қосылмады.</translation>
    </message>
    <message>
        <source>Demo data can have between 1 and {limit} cases.</source>
        <translation>Демо деректерде 1-ден {limit}-ге дейін іс болуы мүмкін.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation>Диск толы; ештеңе өзгертілмеді. Орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The change was made, but the disk is full, so the audit log could not note it. Free some space.</source>
        <translation>Өзгеріс енгізілді, бірақ диск толы болғандықтан аудит журналы оны жаза алмады. Орын босатыңыз.</translation>
    </message>
    <message>
        <source>The vault&apos;s files are read-only, so nothing can be saved; nothing was changed. Let Satchel write to the vault folder (or copy the vault to this computer), then try again.</source>
        <translation>Қойма файлдары тек оқуға арналған, сондықтан ештеңе сақталмайды; ештеңе өзгертілмеді. Satchel-ге қойма қалтасына жазуға рұқсат беріңіз (немесе қойманы осы компьютерге көшіріңіз), содан кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <source>A dossier can be written in {languages}, not in &apos;{language}&apos;.</source>
        <translation>Досьені {languages} тілдерінде жазуға болады, «{language}» тілінде емес.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name for the dossier.</source>
        <translation>{path} — бума; досье үшін файл атын таңдаңыз.</translation>
    </message>
    <message>
        <source>A contact&apos;s name</source>
        <translation>Контактінің аты</translation>
    </message>
    <message>
        <source>{what} must be text.</source>
        <translation>{what} мәтін болуы керек.</translation>
    </message>
    <message>
        <source>{what} is empty.</source>
        <translation>{what} бос.</translation>
    </message>
    <message>
        <source>{what} is longer than {limit} characters.</source>
        <translation>{what} {limit} таңбадан ұзын.</translation>
    </message>
    <message>
        <source>{what} contains control or invisible characters.</source>
        <translation>{what} ішінде басқару немесе көрінбейтін таңбалар бар.</translation>
    </message>
    <message>
        <source>The post-quantum age key is not a valid age recipient.</source>
        <translation>Посткванттық age кілті жарамды age алушысы емес.</translation>
    </message>
    <message>
        <source>The age key is not a valid age recipient.</source>
        <translation>age кілті жарамды age алушысы емес.</translation>
    </message>
    <message>
        <source>The signing key is not a valid Ed25519 key.</source>
        <translation>Қолтаңба кілті жарамды Ed25519 кілті емес.</translation>
    </message>
    <message>
        <source>The contact card has no &apos;{label}&apos; line.</source>
        <translation>Контакт карточкасында «{label}» жолы жоқ.</translation>
    </message>
    <message>
        <source>The name on the contact card</source>
        <translation>Контакт карточкасындағы аты</translation>
    </message>
    <message>
        <source>The contact card&apos;s check does not match: a character was changed or mistyped. Ask for the card again.</source>
        <translation>Контакт карточкасының бақылау сомасы сәйкес емес: бір таңба өзгертілген немесе қате терілген. Карточканы қайта сұраңыз.</translation>
    </message>
    <message>
        <source>A contact card must be text.</source>
        <translation>Контакт карточкасы мәтін болуы керек.</translation>
    </message>
    <message>
        <source>Line {number} of the contact card is not a known field.</source>
        <translation>Контакт карточкасының {number}-жолы белгілі өріс емес.</translation>
    </message>
    <message>
        <source>The contact card gives &apos;{label}&apos; twice.</source>
        <translation>Контакт карточкасында «{label}» екі рет берілген.</translation>
    </message>
    <message>
        <source>This is not a Satchel contact card.</source>
        <translation>Бұл Satchel контакт карточкасы емес.</translation>
    </message>
    <message>
        <source>This contact card was made by a newer Satchel (or is damaged); update Satchel to read it.</source>
        <translation>Бұл контакт карточкасын Satchel-дің жаңа нұсқасы жасаған (немесе ол зақымдалған); оны оқу үшін Satchel-ді жаңартыңыз.</translation>
    </message>
    <message>
        <source>The vault&apos;s own keys are missing.</source>
        <translation>Қойманың өз кілттері жоқ.</translation>
    </message>
    <message>
        <source>The vault&apos;s own keys are damaged.</source>
        <translation>Қойманың өз кілттері зақымдалған.</translation>
    </message>
    <message>
        <source>The system keystore is locked or not responding: unlock your session&apos;s keyring (or log in again), then try again. Nothing was counted as a wrong passphrase.</source>
        <translation>Жүйенің кілттер қоймасы құлыптаулы немесе жауап бермейді: сеансыңыздың кілттер бауын ашыңыз (немесе қайта кіріңіз), содан кейін қайталап көріңіз. Ештеңе қате құпия фраза ретінде есептелмеді.</translation>
    </message>
    <message>
        <source>There is no secure system keystore on this computer.</source>
        <translation>Бұл компьютерде жүйенің қауіпсіз кілттер қоймасы жоқ.</translation>
    </message>
    <message>
        <source>The system keystore refused to store Satchel&apos;s key.</source>
        <translation>Жүйенің кілттер қоймасы Satchel кілтін сақтаудан бас тартты.</translation>
    </message>
    <message>
        <source>The system keystore refused to delete Satchel&apos;s key.</source>
        <translation>Жүйенің кілттер қоймасы Satchel кілтін жоюдан бас тартты.</translation>
    </message>
    <message>
        <source>The system keystore could not be reached.</source>
        <translation>Жүйенің кілттер қоймасымен байланысу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The only keystore found ({name}) is not a secure system keystore.</source>
        <translation>Табылған жалғыз кілттер қоймасы ({name}) жүйенің қорғалған кілттер қоймасы емес.</translation>
    </message>
    <message>
        <source>The system keystore ({name}) is locked or not responding.</source>
        <translation>Жүйенің кілттер қоймасы ({name}) құлыптаулы немесе жауап бермейді.</translation>
    </message>
    <message>
        <source>The original file {name} could not be deleted; check whether it is still there.</source>
        <translation>{name} түпнұсқа файлы жойылмады; оның әлі бар-жоғын тексеріңіз.</translation>
    </message>
    <message>
        <source>The attachment needs a file name.</source>
        <translation>Тіркемеге файл аты керек.</translation>
    </message>
    <message>
        <source>This file is too large to attach (the limit is {limit} MB).</source>
        <translation>Бұл файл тіркеу үшін тым үлкен (шегі {limit} МБ).</translation>
    </message>
    <message>
        <source>No attachment matches &apos;{attachment_id}&apos;.</source>
        <translation>«{attachment_id}» сәйкес келетін тіркеме жоқ.</translation>
    </message>
    <message>
        <source>This attachment is damaged in the vault and cannot be read.</source>
        <translation>Бұл тіркеме қоймада зақымдалған және оны оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>An audit entry&apos;s details must be plain text and numbers.</source>
        <translation>Аудит жазбасының мәліметтері тек қарапайым мәтін мен сандар болуы керек.</translation>
    </message>
    <message>
        <source>An audit entry&apos;s details are too long.</source>
        <translation>Аудит жазбасының мәліметтері тым ұзын.</translation>
    </message>
    <message>
        <source>An audit action must be a short word such as &apos;case.add&apos;.</source>
        <translation>Аудит әрекеті «case.add» сияқты қысқа сөз болуы керек.</translation>
    </message>
    <message>
        <source>Audit entry {seq} is missing.</source>
        <translation>Аудит журналының № {seq} жазбасы жоқ.</translation>
    </message>
    <message>
        <source>Audit entries {first} to {last} are missing.</source>
        <translation>Аудит журналының № {first} – № {last} жазбалары жоқ.</translation>
    </message>
    <message>
        <source>Audit entry {seq} was altered or does not follow the one before.</source>
        <translation>Аудит журналының № {seq} жазбасы өзгертілген немесе алдыңғысынан кейін келмейді.</translation>
    </message>
    <message>
        <source>The audit log should have {count} entries but {found} were found; entries were removed.</source>
        <translation>Аудит журналында {count} жазба болуы керек, бірақ {found} жазба табылды; жазбалар жойылған.</translation>
    </message>
    <message>
        <source>The last audit entry does not match the recorded head of the log.</source>
        <translation>Аудит журналының соңғы жазбасы журналдың сақталған соңына сәйкес келмейді.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {what}; choose from: {choices}.</source>
        <translation>«{value}» жарамды {what} емес; мыналардан таңдаңыз: {choices}.</translation>
    </message>
    <message>
        <source>Cases cannot be sorted by &apos;{order}&apos;; choose from: {choices}.</source>
        <translation>Істерді «{order}» бойынша сұрыптау мүмкін емес; мыналардан таңдаңыз: {choices}.</translation>
    </message>
    <message>
        <source>The list offset and limit cannot be negative.</source>
        <translation>Тізімнің ығысуы мен шегі теріс бола алмайды.</translation>
    </message>
    <message>
        <source>No case matches &apos;{case_id}&apos;.</source>
        <translation>«{case_id}» сәйкес келетін іс жоқ.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>күні</translation>
    </message>
    <message>
        <source>The {what} &apos;{value}&apos; is not a real date in the form YYYY-MM-DD.</source>
        <translation>{what} «{value}» ЖЖЖЖ-АА-КК түріндегі нақты күн емес.</translation>
    </message>
    <message>
        <source>The {what} must be text.</source>
        <translation>{what} мәтін болуы керек.</translation>
    </message>
    <message>
        <source>The {what} contains an invalid character.</source>
        <translation>{what} ішінде жарамсыз таңба бар.</translation>
    </message>
    <message>
        <source>The {what} is too long (at most {limit} characters).</source>
        <translation>{what} тым ұзын (ең көбі {limit} таңба).</translation>
    </message>
    <message>
        <source>The {what} cannot be empty.</source>
        <translation>{what} бос бола алмайды.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {what}; choose one of: {choices}.</source>
        <translation>«{value}» жарамды {what} емес; мыналардың бірін таңдаңыз: {choices}.</translation>
    </message>
    <message>
        <source>The field &apos;{field}&apos; takes yes or no, not &apos;{value}&apos;.</source>
        <translation>«{field}» өрісі иә немесе жоқ мәнін қабылдайды, «{value}» емес.</translation>
    </message>
    <message>
        <source>Unknown field {unknown}; valid fields are: {names}.</source>
        <translation>Белгісіз өріс {unknown}; жарамды өрістер: {names}.</translation>
    </message>
    <message>
        <source>Unknown fields {unknown}; valid fields are: {names}.</source>
        <translation>Белгісіз өрістер {unknown}; жарамды өрістер: {names}.</translation>
    </message>
    <message>
        <source>This vault was made by a newer Satchel; update Satchel to open it.</source>
        <translation>Бұл қойманы Satchel-дің жаңа нұсқасы жасаған; оны ашу үшін Satchel-ді жаңартыңыз.</translation>
    </message>
    <message>
        <source>The vault changed while Satchel was updating it; try again.</source>
        <translation>Satchel қойманы жаңартып жатқанда ол өзгерді; қайталап көріңіз.</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>аударма</translation>
    </message>
    <message>
        <source>Say which language the translation is in ({choices}).</source>
        <translation>Аударманың қай тілде екенін көрсетіңіз ({choices}).</translation>
    </message>
    <message>
        <source>translator&apos;s name</source>
        <translation>аудармашының аты</translation>
    </message>
    <message>
        <source>The vault needs a short origin id to label its records.</source>
        <translation>Қоймаға жазбаларын белгілеу үшін қысқа шығу тегі идентификаторы керек.</translation>
    </message>
    <message>
        <source>Type at least the first 4 characters of the case id.</source>
        <translation>Іс идентификаторының кемінде алғашқы 4 таңбасын теріңіз.</translation>
    </message>
    <message>
        <source>No case matches &apos;{shown}&apos;.</source>
        <translation>«{shown}» сәйкес келетін іс жоқ.</translation>
    </message>
    <message>
        <source>More than one case starts with &apos;{shown}&apos;; type more of the id.</source>
        <translation>«{shown}» деп басталатын бірнеше іс бар; идентификатордың көбірек бөлігін теріңіз.</translation>
    </message>
    <message>
        <source>Give the name once, not also as a field.</source>
        <translation>Атын бір рет беріңіз, өріс ретінде қайталамаңыз.</translation>
    </message>
    <message>
        <source>A rejected case must keep its rejection reason.</source>
        <translation>Қабылданбаған іс бас тарту себебін сақтауы керек.</translation>
    </message>
    <message>
        <source>This case came from another vault: it can be cleared, referred or moved on only with that vault&apos;s signed vetting record, from a contact whose key you verified in person, showing every required check passed.</source>
        <translation>Бұл іс басқа қоймадан келді: оны тек сол қойманың қол қойылған тексеру жазбасымен, кілтін сіз жеке кездесуде растаған контактіден және барлық міндетті тексерулердің өткенін көрсеткенде ғана тексеруден өткізуге, серіктеске беруге немесе алға жылжытуға болады.</translation>
    </message>
    <message>
        <source>Some checks of this case were recorded in another vault and count for nothing here: record them in this vault before the case is cleared, referred or moved on.</source>
        <translation>Бұл істің кейбір тексерулері басқа қоймада жазылған және мұнда есепке алынбайды: істі тексеруден өткізбес, серіктеске бермес немесе алға жылжытпас бұрын оларды осы қоймаға жазыңыз.</translation>
    </message>
    <message>
        <source>The signed vetting record of this case is about the person as the vault it came from recorded them; the name, birth date or passport changed since. Ask that vault to send the case again, or vet the person here.</source>
        <translation>Бұл істің қол қойылған тексеру жазбасы іс келген қойма жазып алған деректері бар адам туралы; содан бері аты, туған күні немесе төлқұжаты өзгерді. Сол қоймадан істі қайта жіберуді сұраңыз немесе адамды осында тексеріңіз.</translation>
    </message>
    <message>
        <source>The two-person rule is on: this case can be cleared only when two different people have signed its vetting as it is now (signatures that count: {count}). Nothing was changed.</source>
        <translation>Екі адам ережесі қосулы: іс оның тексерулеріне қазіргі күйінде екі түрлі адам қол қойғанда ғана тексеруден өте алады (жарамды қолдар: {count}). Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>A vetting decision is either cleared or rejected.</source>
        <translation>Тексеру шешімі не «тексеруден өтті», не «қабылданбады».</translation>
    </message>
    <message>
        <source>No other vault has reported a stage for this case.</source>
        <translation>Бұл іс үшін басқа ешбір қойма кезең хабарламаған.</translation>
    </message>
    <message>
        <source>A check can only pass with its evidence and reviewer recorded.</source>
        <translation>Тексеру тек дәлелі мен тексерушісі жазылғанда ғана өте алады.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>жазба</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>мәлімдеме</translation>
    </message>
    <message>
        <source>statement date</source>
        <translation>мәлімдеме күні</translation>
    </message>
    <message>
        <source>statement source</source>
        <translation>мәлімдеме көзі</translation>
    </message>
    <message>
        <source>There is no statement with that id.</source>
        <translation>Мұндай идентификаторы бар мәлімдеме жоқ.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of event; use one of: {kinds}.</source>
        <translation>«{kind}» оқиға түрі емес; мыналардың бірін пайдаланыңыз: {kinds}.</translation>
    </message>
    <message>
        <source>event description</source>
        <translation>оқиға сипаттамасы</translation>
    </message>
    <message>
        <source>event date</source>
        <translation>оқиға күні</translation>
    </message>
    <message>
        <source>A partner is one of: {kinds}.</source>
        <translation>Серіктес мыналардың бірі: {kinds}.</translation>
    </message>
    <message>
        <source>partner name</source>
        <translation>серіктес атауы</translation>
    </message>
    <message>
        <source>country</source>
        <translation>ел</translation>
    </message>
    <message>
        <source>partner notes</source>
        <translation>серіктес туралы жазбалар</translation>
    </message>
    <message>
        <source>No partner matches &apos;{partner_id}&apos;.</source>
        <translation>«{partner_id}» сәйкес келетін серіктес жоқ.</translation>
    </message>
    <message>
        <source>contact name</source>
        <translation>контакт аты</translation>
    </message>
    <message>
        <source>contact handle</source>
        <translation>контактімен байланыс тәсілі</translation>
    </message>
    <message>
        <source>age recipient</source>
        <translation>age алушысы</translation>
    </message>
    <message>
        <source>signing key</source>
        <translation>қолтаңба кілті</translation>
    </message>
    <message>
        <source>The name &apos;{name}&apos; looks like the contact &apos;{other}&apos; and could be mistaken for it; add it under a clearly different name (--name). Nothing was added.</source>
        <translation>«{name}» аты «{other}» контактісіне ұқсайды және онымен шатастырылуы мүмкін; оны анық басқа атпен қосыңыз (--name). Ештеңе қосылмады.</translation>
    </message>
    <message>
        <source>No contact matches &apos;{contact_id}&apos;.</source>
        <translation>«{contact_id}» сәйкес келетін контакт жоқ.</translation>
    </message>
    <message>
        <source>referral date</source>
        <translation>жолдама күні</translation>
    </message>
    <message>
        <source>referral note</source>
        <translation>жолдама туралы жазба</translation>
    </message>
    <message>
        <source>No referral matches &apos;{referral_id}&apos;.</source>
        <translation>«{referral_id}» сәйкес келетін жолдама жоқ.</translation>
    </message>
    <message>
        <source>A case cannot be linked to itself.</source>
        <translation>Істі өзімен байланыстыру мүмкін емес.</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>дәлел</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>тексерген</translation>
    </message>
    <message>
        <source>check date</source>
        <translation>тексеру күні</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a referral status; use one of: {statuses}.</source>
        <translation>«{status}» жолдама күйі емес; мыналардың бірін пайдаланыңыз: {statuses}.</translation>
    </message>
    <message>
        <source>There is no vetting check called &apos;{name}&apos;; the checks are: {checks}.</source>
        <translation>«{name}» деген тексеру жоқ; тексерулер: {checks}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a check result; use one of: {results}.</source>
        <translation>«{value}» тексеру нәтижесі емес; мыналардың бірін пайдаланыңыз: {results}.</translation>
    </message>
    <message>
        <source>This case cannot be cleared: these required checks have not passed: {missing}.</source>
        <translation>Бұл істі тексеруден өткізу мүмкін емес: мына міндетті тексерулер өтпеген: {missing}.</translation>
    </message>
    <message>
        <source>This case cannot be referred: these required checks have not passed: {missing}.</source>
        <translation>Бұл істі серіктеске беру мүмкін емес: мына міндетті тексерулер өтпеген: {missing}.</translation>
    </message>
    <message>
        <source>This case cannot be moved to {stage}: these required checks have not passed: {missing}.</source>
        <translation>Бұл істі {stage} кезеңіне көшіру мүмкін емес: мына міндетті тексерулер өтпеген: {missing}.</translation>
    </message>
    <message>
        <source>&apos;{stage}&apos; is not a stage; stages are: {stages}.</source>
        <translation>«{stage}» кезең емес; кезеңдер: {stages}.</translation>
    </message>
    <message>
        <source>This case cannot be rejected without a reason; set rejection_reason as well.</source>
        <translation>Бұл істі себепсіз қабылдамау мүмкін емес; rejection_reason өрісін де орнатыңыз.</translation>
    </message>
    <message>
        <source>The vault&apos;s failed-unlock counter is damaged; nothing was opened (delete the file {file} in the vault folder to switch the limit off).</source>
        <translation>Қойманың сәтсіз ашу әрекеттерінің есептегіші зақымдалған; ештеңе ашылмады (шекті өшіру үшін қойма бумасындағы {file} файлын жойыңыз).</translation>
    </message>
    <message>
        <source>The number of failed unlocks must be between {min_limit} and {max_limit}.</source>
        <translation>Сәтсіз ашу әрекеттерінің саны {min_limit} мен {max_limit} аралығында болуы керек.</translation>
    </message>
    <message>
        <source>The failed-unlock counter could not be saved; nothing was opened or changed.</source>
        <translation>Сәтсіз ашу әрекеттерінің есептегіші сақталмады; ештеңе ашылмады және өзгертілмеді.</translation>
    </message>
    <message>
        <source>The passphrase or recovery code is wrong; nothing was changed.</source>
        <translation>Құпия фраза немесе қалпына келтіру коды қате; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>This recovery code has a typo; check each group against your copy. Nothing was changed.</source>
        <translation>Бұл қалпына келтіру кодында қате бар; әр топты көшірмеңізбен салыстырыңыз. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged: it was changed on disk, so no passphrase was tried and nothing was counted. Restore the vault folder from a backup, or from a border bundle.</source>
        <translation>Қойманың кілттер файлы зақымдалған: ол дискіде өзгертілген, сондықтан ешбір құпия фраза тексерілмеді және ештеңе есептелмеді. Қойма бумасын сақтық көшірмеден немесе шекара пакетінен қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is not one this Satchel can read; nothing was changed.</source>
        <translation>Satchel-дің бұл нұсқасы қойманың кілттер файлын оқи алмайды; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>This vault was made by an earlier Satchel whose key file this version cannot open; nothing was changed. Open it with that version, seal it for the border, then restore the border bundle with this one.</source>
        <translation>Бұл қойманы Satchel-дің бұрынғы нұсқасы жасаған, оның кілттер файлын бұл нұсқа аша алмайды; ештеңе өзгертілмеді. Оны сол нұсқамен ашып, шекара үшін мөрлеңіз, содан кейін шекара пакетін осы нұсқамен қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file cannot be read; nothing was tried or counted.</source>
        <translation>Қойманың кілттер файлын оқу мүмкін емес; ештеңе тексерілмеді және есептелмеді.</translation>
    </message>
    <message>
        <source>This computer&apos;s keystore has no key for this vault, so the passphrase cannot be checked here (nothing was counted). Open the vault with its recovery code.</source>
        <translation>Бұл компьютердің кілттер қоймасында бұл қойманың кілті жоқ, сондықтан құпия фразаны мұнда тексеру мүмкін емес (ештеңе есептелмеді). Қойманы оның қалпына келтіру кодымен ашыңыз.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged or does not match its key file.</source>
        <translation>Қойманың дерекқоры зақымдалған немесе оның кілттер файлына сәйкес емес.</translation>
    </message>
    <message>
        <source>The vault is locked; unlock it again to continue.</source>
        <translation>Қойма құлыпталған; жалғастыру үшін оны қайта ашыңыз.</translation>
    </message>
    <message>
        <source>That passphrase cannot be used; choose another.</source>
        <translation>Бұл құпия фразаны пайдалану мүмкін емес; басқасын таңдаңыз.</translation>
    </message>
    <message>
        <source>The duress passphrase must differ from the passphrase and the recovery code.</source>
        <translation>Мәжбүрлік құпия фразасы құпия фразадан және қалпына келтіру кодынан өзгеше болуы керек.</translation>
    </message>
    <message>
        <source>The vault was opened with the recovery code: set a new passphrase first, then the duress passphrase. Nothing was changed.</source>
        <translation>Қойма қалпына келтіру кодымен ашылды: алдымен жаңа құпия фраза, содан кейін мәжбүрлік құпия фразасын орнатыңыз. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>There is already a Satchel vault in {folder}.</source>
        <translation>{folder} ішінде Satchel қоймасы бар.</translation>
    </message>
    <message>
        <source>The folder {folder} is not empty; choose an empty or new folder for the vault.</source>
        <translation>{folder} бумасы бос емес; қойма үшін бос немесе жаңа буманы таңдаңыз.</translation>
    </message>
    <message>
        <source>Satchel is busy sealing this vault for the border; nothing was changed. Once it is done, the vault is gone from this computer.</source>
        <translation>Satchel бұл қойманы шекара үшін мөрлеп жатыр; ештеңе өзгертілмеді. Бұл аяқталғанда қойма бұл компьютерде болмайды.</translation>
    </message>
    <message>
        <source>Satchel is busy restoring this vault; nothing was changed. Try again shortly.</source>
        <translation>Satchel бұл қойманы қалпына келтіріп жатыр; ештеңе өзгертілмеді. Сәлден кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Satchel is busy changing this vault&apos;s keys; nothing was changed. Try again shortly.</source>
        <translation>Satchel бұл қойманың кілттерін өзгертіп жатыр; ештеңе өзгертілмеді. Сәлден кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Satchel is busy updating this vault&apos;s database format; nothing was changed. Try again shortly.</source>
        <translation>Satchel осы қойманың дерекқор пішімін жаңартып жатыр; ештеңе өзгертілмеді. Сәлден соң қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Satchel is wiping this vault; nothing was changed.</source>
        <translation>Satchel бұл қойманы жойып жатыр; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The vault is open in another Satchel window or command; close it, then try again. Nothing was changed.</source>
        <translation>Қойма басқа Satchel терезесінде немесе командасында ашық; оны жауып, қайталап көріңіз. Ештеңе өзгертілмеді.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (мерзімі өткен)</translation>
    </message>
    <message>
        <source>Nothing due in the next two weeks.</source>
        <translation>Алдағы екі аптада мерзімі жететін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>No bundles have been imported yet.</source>
        <translation>Әлі ешбір пакет импортталмаған.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Dashboard&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Басқару тақтасы&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Cases by stage</source>
        <translation>Істер кезеңдер бойынша</translation>
    </message>
    <message>
        <source>Cases by overall risk</source>
        <translation>Істер жалпы тәуекел бойынша</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Бағаланбаған</translation>
    </message>
    <message>
        <source>Next deadlines and overdue actions</source>
        <translation>Жақын мерзімдер мен мерзімі өткен әрекеттер</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Келесі әрекет</translation>
    </message>
    <message>
        <source>Recent imports</source>
        <translation>Соңғы импорттар</translation>
    </message>
    <message>
        <source>Security status</source>
        <translation>Қауіпсіздік күйі</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Күнді күнтізбеден таңдау</translation>
    </message>
    <message>
        <source>D</source>
        <comment>the letter for day in a date</comment>
        <translation>К</translation>
    </message>
    <message>
        <source>M</source>
        <comment>the letter for month in a date</comment>
        <translation>А</translation>
    </message>
    <message>
        <source>Y</source>
        <comment>the letter for year in a date</comment>
        <translation>Ж</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message numerus="yes">
        <source>%Ln fictional case(s) were added.</source>
        <translation>
            <numerusform>%Ln ойдан шығарылған іс қосылды.</numerusform>
            <numerusform>%Ln ойдан шығарылған іс қосылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <comment>after a number in a spin box</comment>
        <translation>
            <numerusform>%n іс</numerusform>
            <numerusform>%n іс</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демо деректер</translation>
    </message>
    <message>
        <source>For trying Satchel out: add invented cases (made-up people, random unit numbers) to this vault. They look real, so do not add them to a vault you share with partners.</source>
        <translation>Satchel-ді сынап көру үшін: бұл қоймаға ойдан шығарылған істерді (ойдан шығарылған адамдар, кездейсоқ бөлім нөмірлері) қосыңыз. Олар шынайы көрінеді, сондықтан оларды серіктестермен бөлісетін қоймаға қоспаңыз.</translation>
    </message>
    <message>
        <source>Add fictional demo cases</source>
        <translation>Ойдан шығарылған демо істерді қосу</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <source>Save the dossier</source>
        <translation>Досьені сақтау</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Dossier for the authorities</source>
        <translation>Билік органдарына арналған досье</translation>
    </message>
    <message>
        <source>A PDF of this case for a request for entry documents or protection: the person, service, desertion, risks, statements in date order, the vetting, the timeline and the attached documents with their SHA-256. Evidence, internal notes and your own planning are never in it.</source>
        <translation>Кіру құжаттарын немесе қорғауды сұрауға арналған осы істің PDF-і: тұлға, қызмет, әскерден қашу, тәуекелдер, күн ретімен мәлімдемелер, тексеру, хронология және SHA-256 бар тіркелген құжаттар. Дәлелдер, ішкі жазбалар және өз жоспарларыңыз оған ешқашан кірмейді.</translation>
    </message>
    <message>
        <source>Language of the dossier:</source>
        <translation>Досье тілі:</translation>
    </message>
    <message>
        <source>What it contains:</source>
        <translation>Ішінде не бар:</translation>
    </message>
    <message>
        <source>The PDF is not encrypted: anyone who gets the file can read it. Keep it only as long as you need it, and hand it over the way you agreed with the partner.</source>
        <translation>PDF шифрланбаған: файлды алған кез келген адам оны оқи алады. Оны тек қажет болғанша сақтаңыз және серіктеспен келісілген жолмен беріңіз.</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF сақтау…</translation>
    </message>
</context>
<context>
    <name>EntryTab</name>
    <message>
        <source>The date could not be read: type it like %1 or pick it from the calendar.</source>
        <translation>Күн оқылмады: оны %1 түрінде теріңіз немесе күнтізбеден таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>This bundle comes from a sender you have not added as a contact. Add their contact card first; nothing was imported.</source>
        <translation>Бұл пакет сіз контакт ретінде қоспаған жіберушіден келді. Алдымен оның контакт карточкасын қосыңыз; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>The sender&apos;s keys have changed since you added them. Compare safety numbers in person and accept the new keys on the Contacts page first; nothing was imported.</source>
        <translation>Жіберушінің кілттері сіз оны қосқаннан бері өзгерді. Қауіпсіздік кодтарын жеке кездесуде салыстырып, алдымен «Контактілер» бетінде жаңа кілттерді қабылдаңыз; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>This file is damaged or is not a Satchel bundle; nothing was imported.</source>
        <translation>Бұл файл зақымдалған немесе Satchel пакеті емес; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Some records were changed on both sides; choose for each what to keep. Nothing was imported.</source>
        <translation>Кейбір жазбалар екі жақта да өзгертілген; әрқайсысы үшін нені қалдыру керегін таңдаңыз. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>The name must be 1 to 80 characters long, without control or invisible characters.</source>
        <translation>Аты 1-ден 80 таңбаға дейін болуы керек, басқару немесе көрінбейтін таңбаларсыз.</translation>
    </message>
    <message>
        <source>This is your own vault&apos;s contact card; add the other person&apos;s card instead.</source>
        <translation>Бұл өз қоймаңыздың контакт карточкасы; оның орнына басқа адамның карточкасын қосыңыз.</translation>
    </message>
    <message>
        <source>Choose at least one contact to seal the bundle for.</source>
        <translation>Пакет мөрленетін кемінде бір контактіні таңдаңыз.</translation>
    </message>
    <message>
        <source>One bundle cannot be sealed both to Satchel contacts and to plain age keys; seal a bundle for each.</source>
        <translation>Бір пакетті бір мезгілде Satchel контактілеріне де, қарапайым age кілттеріне де мөрлеу мүмкін емес; әрқайсысына бөлек пакет мөрлеңіз.</translation>
    </message>
    <message>
        <source>This is neither a Satchel contact card nor an age key, or it was not copied completely; nothing was added.</source>
        <translation>Бұл Satchel контакт карточкасы да, age кілті де емес, немесе ол толық көшірілмеген; ештеңе қосылмады.</translation>
    </message>
    <message>
        <source>The keys of “%1” have changed. Compare safety numbers in person, then accept the new keys on the Contacts page.</source>
        <translation>«%1» кілттері өзгерді. Қауіпсіздік кодтарын жеке кездесуде салыстырып, «Контактілер» бетінде жаңа кілттерді қабылдаңыз.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Seal cases for a contact</source>
        <translation>Контакт үшін істерді мөрлеу</translation>
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
        <translation>(көрсетілмеген)</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Folder</source>
        <translation>Қалта</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Құпия фразалар сәйкес емес.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %Ln characters.</source>
        <translation>
            <numerusform>Тым қысқа: кемінде %Ln таңба пайдаланыңыз.</numerusform>
            <numerusform>Тым қысқа: кемінде %Ln таңба пайдаланыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: easy to guess. Use several unrelated words.</source>
        <translation>Әлсіз: оңай табылады. Бір-бірімен байланыссыз бірнеше сөзді пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Fair: longer is better; add another word or two.</source>
        <translation>Орташа: ұзынырақ болған жақсы; тағы бір-екі сөз қосыңыз.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Күшті.</translation>
    </message>
    <message>
        <source>Create your Satchel vault</source>
        <translation>Satchel қоймасын жасау</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Satchel&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Satchel-ге қош келдіңіз&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Satchel keeps your cases in an encrypted vault on this computer. Choose a passphrase: a phrase of several words you will remember. Without it or the recovery code nobody can open the vault, including you.</source>
        <translation>Satchel істеріңізді осы компьютердегі шифрланған қоймада сақтайды. Құпия фразаны таңдаңыз: есіңізде қалатын бірнеше сөзден тұратын фраза. Онсыз немесе қалпына келтіру кодынсыз қойманы ешкім, тіпті сіз де аша алмайсыз.</translation>
    </message>
    <message>
        <source>Your organisation:</source>
        <translation>Ұйымыңыз:</translation>
    </message>
    <message>
        <source>as partners will see it on your card</source>
        <translation>серіктестер карточкаңызда көретіндей</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Құпия фраза:</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>Құпия фразаны қайталаңыз:</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Қойма жасау</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Қойма жасалуда…</translation>
    </message>
    <message>
        <source>Restore from a border bundle…</source>
        <translation>Шекара пакетінен қалпына келтіру…</translation>
    </message>
    <message>
        <source>Opening your vault…</source>
        <translation>Қоймаңыз ашылуда…</translation>
    </message>
    <message>
        <source>After a trip: rebuild the vault from a border bundle and its border code</source>
        <translation>Сапардан кейін: қойманы шекара пакеті мен оның шекара кодынан қалпына келтіру</translation>
    </message>
    <message>
        <source>This is your recovery code. It is shown only this once. Write it on paper and keep it apart from the laptop: it opens the vault if you forget the passphrase or move to a new computer.</source>
        <translation>Бұл — сіздің қалпына келтіру кодыңыз. Ол тек осы жолы ғана көрсетіледі. Оны қағазға жазып, ноутбуктан бөлек сақтаңыз: құпия фразаны ұмытсаңыз немесе жаңа компьютерге көшсеңіз, ол қойманы ашады.</translation>
    </message>
    <message>
        <source>I have written the recovery code down</source>
        <translation>Қалпына келтіру кодын жазып алдым</translation>
    </message>
    <message>
        <source>To confirm, type the last group of the code from your paper copy:</source>
        <translation>Растау үшін қағаздағы көшірмеден кодтың соңғы тобын теріңіз:</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Open a received bundle</source>
        <translation>Алынған пакетті ашу</translation>
    </message>
    <message>
        <source>Satchel bundles (*.age);;All files (*)</source>
        <translation>Satchel пакеттері (*.age);;Барлық файлдар (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported from %1: %Ln case(s).</source>
        <translation>
            <numerusform>%1 жіберген импортталды: %Ln іс.</numerusform>
            <numerusform>%1 жіберген импортталды: %Ln іс.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln imported case(s) look like a person already in the vault, rejected cases included. Open them to see the earlier case before going on.</source>
        <translation>
            <numerusform>%Ln импортталған іс қоймада бұрыннан бар адамға ұқсайды (қабылданбаған істер де есепке алынады). Жалғастырмас бұрын оларды ашып, бұрынғы істі қараңыз.</numerusform>
            <numerusform>%Ln импортталған іс қоймада бұрыннан бар адамға ұқсайды (қабылданбаған істер де есепке алынады). Жалғастырмас бұрын оларды ашып, бұрынғы істі қараңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>New records: %1, changed: %2, conflicts resolved: %3.</source>
        <translation>Жаңа жазбалар: %1, өзгергені: %2, шешілген қайшылықтар: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) went back to vetting: this bundle changed a check or the person, or brought a signed rejection from someone you verified. Look at their history before going on.</source>
        <translation>
            <numerusform>%Ln іс қайта тексеруге оралды: бұл пакет тексеруді немесе адам деректерін өзгертті не сіз растаған біреудің қол қойылған бас тартуын әкелді. Жалғастырмас бұрын олардың тарихын қараңыз.</numerusform>
            <numerusform>%Ln іс қайта тексеруге оралды: бұл пакет тексеруді немесе адам деректерін өзгертті не сіз растаған біреудің қол қойылған бас тартуын әкелді. Жалғастырмас бұрын олардың тарихын қараңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the bundle file. Satchel checks the signature and every part of it first and shows what it would change; nothing is imported until you press Import.</source>
        <translation>Пакет файлын таңдаңыз. Satchel алдымен қолтаңбаны және оның әр бөлігін тексеріп, нені өзгертетінін көрсетеді; «Импорттау» батырмасын баспайынша ештеңе импортталмайды.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Check the bundle</source>
        <translation>Пакетті тексеру</translation>
    </message>
    <message>
        <source>I understand the risk and want to import it anyway</source>
        <translation>Тәуекелді түсінемін және бәрібір импорттағым келеді</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Intake</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <source>Vetting</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Тексеруден өтті</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Серіктеске берілді</translation>
    </message>
    <message>
        <source>Documents requested</source>
        <translation>Құжаттар сұралды</translation>
    </message>
    <message>
        <source>Entry approved</source>
        <translation>Кіруге рұқсат берілді</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>Кетті</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Келді</translation>
    </message>
    <message>
        <source>Asylum filed</source>
        <translation>Баспана сұралды</translation>
    </message>
    <message>
        <source>Protection granted</source>
        <translation>Қорғау берілді</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Өте жоғары</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Жеке басын куәландыратын құжаттар</translation>
    </message>
    <message>
        <source>Military documents</source>
        <translation>Әскери құжаттар</translation>
    </message>
    <message>
        <source>Interview consistency</source>
        <translation>Айғақтардың дәйектілігі</translation>
    </message>
    <message>
        <source>Open-source cross-check</source>
        <translation>Ашық дереккөздер бойынша салыстыру</translation>
    </message>
    <message>
        <source>Plant screening</source>
        <translation>Жалған тұлғаға тексеру</translation>
    </message>
    <message>
        <source>War-crimes screening</source>
        <translation>Әскери қылмыстарға тексеру</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Кепілдемелер</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Өтті</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Өтпеді</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Нақты қорытынды жоқ</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Жүргізілмеді</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Толық аты-жөні</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Латын әріптерімен аты</translation>
    </message>
    <message>
        <source>Name in Cyrillic letters</source>
        <translation>Кирилл әріптерімен аты</translation>
    </message>
    <message>
        <source>Other names and spellings</source>
        <translation>Басқа аттары мен жазылуы</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Туған жері</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Internal passport number</source>
        <translation>Ішкі паспорт нөмірі</translation>
    </message>
    <message>
        <source>International passport</source>
        <translation>Шетелдік паспорт</translation>
    </message>
    <message>
        <source>Passport expiry date</source>
        <translation>Паспорттың жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>How to reach the person</source>
        <translation>Адаммен қалай байланысуға болады</translation>
    </message>
    <message>
        <source>Current city</source>
        <translation>Қазіргі қаласы</translation>
    </message>
    <message>
        <source>Address in Kazakhstan</source>
        <translation>Қазақстандағы мекенжайы</translation>
    </message>
    <message>
        <source>Kind of service</source>
        <translation>Қызмет түрі</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Әскери атағы</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Әскер түрі</translation>
    </message>
    <message>
        <source>Military unit</source>
        <translation>Әскери бөлім</translation>
    </message>
    <message>
        <source>Service start date</source>
        <translation>Қызметтің басталған күні</translation>
    </message>
    <message>
        <source>Service end date</source>
        <translation>Қызметтің аяқталған күні</translation>
    </message>
    <message>
        <source>Deployed to Ukraine</source>
        <translation>Украинаға жіберілген</translation>
    </message>
    <message>
        <source>Where deployed</source>
        <translation>Қайда жіберілген</translation>
    </message>
    <message>
        <source>Date of desertion</source>
        <translation>Әскерден қашқан күні</translation>
    </message>
    <message>
        <source>Route after deserting</source>
        <translation>Қашқаннан кейінгі жолы</translation>
    </message>
    <message>
        <source>Criminal code article</source>
        <translation>Қылмыстық кодекс бабы</translation>
    </message>
    <message>
        <source>Criminal case number</source>
        <translation>Қылмыстық іс нөмірі</translation>
    </message>
    <message>
        <source>On a wanted list</source>
        <translation>Іздеуде</translation>
    </message>
    <message>
        <source>Risk of detention</source>
        <translation>Ұстау қаупі</translation>
    </message>
    <message>
        <source>Risk of deportation</source>
        <translation>Депортация қаупі</translation>
    </message>
    <message>
        <source>Pressure on the family</source>
        <translation>Отбасына қысым</translation>
    </message>
    <message>
        <source>Overall risk</source>
        <translation>Жалпы тәуекел</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Lawyer in charge</source>
        <translation>Жауапты заңгер</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Келесі әрекет</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <source>Reason for rejection</source>
        <translation>Бас тарту себебі</translation>
    </message>
    <message>
        <source>Has a valid one</source>
        <translation>Жарамдысы бар</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Career officer</source>
        <translation>Кәсіби офицер</translation>
    </message>
    <message>
        <source>Contract soldier</source>
        <translation>Келісімшарт бойынша</translation>
    </message>
    <message>
        <source>Mobilized</source>
        <translation>Жұмылдырылған</translation>
    </message>
    <message>
        <source>Conscript</source>
        <translation>Мерзімді қызметтегі</translation>
    </message>
    <message>
        <source>Reservist</source>
        <translation>Запастағы</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Сұхбат</translation>
    </message>
    <message>
        <source>Document received</source>
        <translation>Құжат алынды</translation>
    </message>
    <message>
        <source>Referral sent</source>
        <translation>Жолдама жіберілді</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Сапар</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Іс ашылды</translation>
    </message>
    <message>
        <source>Case edited</source>
        <translation>Іс өзгертілді</translation>
    </message>
    <message>
        <source>Stage changed</source>
        <translation>Кезең өзгертілді</translation>
    </message>
    <message>
        <source>Vetting check recorded</source>
        <translation>Тексеру жазылды</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Жазба қосылды</translation>
    </message>
    <message>
        <source>Statement added</source>
        <translation>Мәлімдеме қосылды</translation>
    </message>
    <message>
        <source>Statement translation changed</source>
        <translation>Мәлімдеменің аудармасы өзгертілді</translation>
    </message>
    <message>
        <source>Timeline event added</source>
        <translation>Хронологияға оқиға қосылды</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>Тіркеме қосылды</translation>
    </message>
    <message>
        <source>Partner added</source>
        <translation>Серіктес қосылды</translation>
    </message>
    <message>
        <source>Contact added</source>
        <translation>Контакт қосылды</translation>
    </message>
    <message>
        <source>Contact key verification changed</source>
        <translation>Контакт кілтін растау өзгертілді</translation>
    </message>
    <message>
        <source>Case referred</source>
        <translation>Іс серіктеске берілді</translation>
    </message>
    <message>
        <source>Referral status changed</source>
        <translation>Жолдама күйі өзгертілді</translation>
    </message>
    <message>
        <source>Demo cases added</source>
        <translation>Демо істер қосылды</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Пакет импортталды</translation>
    </message>
    <message>
        <source>Reported stage accepted</source>
        <translation>Хабарланған кезең қабылданды</translation>
    </message>
    <message>
        <source>Bundle sealed</source>
        <translation>Пакет мөрленді</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Құпия фраза өзгертілді</translation>
    </message>
    <message>
        <source>Own keys created</source>
        <translation>Өз кілттері жасалды</translation>
    </message>
    <message>
        <source>Own card renamed</source>
        <translation>Өз карточкасының аты өзгертілді</translation>
    </message>
    <message>
        <source>Contact sent changed keys</source>
        <translation>Контакт өзгерген кілттер жіберді</translation>
    </message>
    <message>
        <source>Contact&apos;s new keys accepted</source>
        <translation>Контактінің жаңа кілттері қабылданды</translation>
    </message>
    <message>
        <source>Wipe after failed unlocks turned on</source>
        <translation>Сәтсіз әрекеттерден кейін жою қосылды</translation>
    </message>
    <message>
        <source>Wipe after failed unlocks turned off</source>
        <translation>Сәтсіз әрекеттерден кейін жою өшірілді</translation>
    </message>
    <message>
        <source>Vault sealed for a border crossing</source>
        <translation>Қойма шекарадан өту алдында мөрленді</translation>
    </message>
    <message>
        <source>Vault restored after a border crossing</source>
        <translation>Қойма шекарадан өткеннен кейін қалпына келтірілді</translation>
    </message>
    <message>
        <source>Copy of the vault saved</source>
        <translation>Қойманың көшірмесі сақталды</translation>
    </message>
    <message>
        <source>Two cases linked as the same person</source>
        <translation>Екі іс бір адам ретінде байланыстырылды</translation>
    </message>
    <message>
        <source>Two cases marked as different people</source>
        <translation>Екі іс әртүрлі адамдар деп белгіленді</translation>
    </message>
    <message>
        <source>Dossier written as a PDF for the authorities</source>
        <translation>Досье билік органдары үшін PDF ретінде жасалды</translation>
    </message>
    <message>
        <source>Vetting signed</source>
        <translation>Тексеруге қол қойылды</translation>
    </message>
    <message>
        <source>Vetting signatures voided: a check changed after signing</source>
        <translation>Тексеру қолдары жарамсыз: қол қойылғаннан кейін тексеру өзгерді</translation>
    </message>
    <message>
        <source>Two-person rule turned on or off</source>
        <translation>Екі адам ережесі қосылды немесе өшірілді</translation>
    </message>
    <message>
        <source>nothing: no hidden details were found</source>
        <translation>ештеңе: жасырын мәліметтер табылмады</translation>
    </message>
    <message>
        <source>nothing: Satchel cannot remove hidden details from this kind of file</source>
        <translation>ештеңе: Satchel мұндай файлдан жасырын мәліметтерді жоя алмайды</translation>
    </message>
    <message>
        <source>a text comment</source>
        <translation>мәтіндік түсініктеме</translation>
    </message>
    <message>
        <source>Photoshop/IPTC details, which can include the author, captions and places</source>
        <translation>Photoshop/IPTC мәліметтері, оларда автор, жазулар және орындар болуы мүмкін</translation>
    </message>
    <message>
        <source>camera details (EXIF) including the GPS location where the photo was taken</source>
        <translation>камера мәліметтері (EXIF), соның ішінде фото түсірілген GPS орны</translation>
    </message>
    <message>
        <source>camera details (EXIF: camera model, date and settings)</source>
        <translation>камера мәліметтері (EXIF: камера моделі, күні және баптаулары)</translation>
    </message>
    <message>
        <source>editing details (XMP), which can include the author and software used</source>
        <translation>өңдеу мәліметтері (XMP), оларда автор және пайдаланылған бағдарлама болуы мүмкін</translation>
    </message>
    <message>
        <source>other embedded details (APP1 block)</source>
        <translation>басқа ендірілген мәліметтер (APP1 блогы)</translation>
    </message>
    <message>
        <source>camera details (EXIF), which can include the GPS location</source>
        <translation>камера мәліметтері (EXIF), оларда GPS орны болуы мүмкін</translation>
    </message>
    <message>
        <source>the time the picture was last changed</source>
        <translation>суреттің соңғы рет өзгертілген уақыты</translation>
    </message>
    <message>
        <source>text notes</source>
        <translation>мәтіндік жазбалар</translation>
    </message>
    <message>
        <source>this picture looks damaged (perhaps cut short): Satchel removed what it could find, but some hidden details may remain</source>
        <translation>бұл сурет зақымдалған сияқты (мүмкін, қиылған): Satchel тапқанын жойды, бірақ кейбір жасырын мәліметтер қалуы мүмкін</translation>
    </message>
    <message>
        <source>Satchel could not check every part of this PDF (parts of it are compressed or encrypted), so author or software details may remain</source>
        <translation>Satchel бұл PDF-тің әр бөлігін тексере алмады (кейбір бөліктері сығылған немесе шифрланған), сондықтан автор немесе бағдарлама мәліметтері қалуы мүмкін</translation>
    </message>
    <message>
        <source>this document could not be unpacked (it looks damaged or is too large), so it was stored unchanged and author details may remain</source>
        <translation>бұл құжатты ашу мүмкін болмады (зақымдалған сияқты немесе тым үлкен), сондықтан ол өзгеріссіз сақталды және автор мәліметтері қалуы мүмкін</translation>
    </message>
    <message>
        <source>Satchel could not read this file&apos;s structure, so it was stored unchanged and hidden details (such as an author or a location) may remain</source>
        <translation>Satchel бұл файлдың құрылымын оқи алмады, сондықтан ол өзгеріссіз сақталды және жасырын мәліметтер (мысалы, автор немесе орын) қалуы мүмкін</translation>
    </message>
    <message>
        <source>embedded XMP details, which can include the author and software used</source>
        <translation>ендірілген XMP мәліметтері, оларда автор және пайдаланылған бағдарлама болуы мүмкін</translation>
    </message>
    <message>
        <source>author</source>
        <translation>авторы</translation>
    </message>
    <message>
        <source>program that created it</source>
        <translation>оны жасаған бағдарлама</translation>
    </message>
    <message>
        <source>program that produced it</source>
        <translation>оны шығарған бағдарлама</translation>
    </message>
    <message>
        <source>title</source>
        <translation>тақырыбы</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>мәні</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>кілт сөздер</translation>
    </message>
    <message>
        <source>last person who edited it</source>
        <translation>оны соңғы өңдеген адам</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>компания атауы</translation>
    </message>
    <message>
        <source>manager name</source>
        <translation>басшының аты</translation>
    </message>
    <message>
        <source>original author</source>
        <translation>бастапқы автор</translation>
    </message>
    <message>
        <source>who printed it</source>
        <translation>оны кім басып шығарды</translation>
    </message>
    <message>
        <source>document details: %1</source>
        <translation>құжат мәліметтері: %1</translation>
    </message>
    <message>
        <source>text notes (%1)</source>
        <translation>мәтіндік жазбалар (%1)</translation>
    </message>
    <message>
        <source>Referral to a partner</source>
        <translation>Серіктеске жолдама</translation>
    </message>
    <message>
        <source>Status update back</source>
        <translation>Іс барысы туралы жауап</translation>
    </message>
    <message>
        <source>Everything (same organisation)</source>
        <translation>Барлығы (сол ұйым)</translation>
    </message>
    <message>
        <source>What a partner pleading for entry documents needs: identity, service, desertion, risk, statements, vetting results with their dates and reviewers (signed by this vault), timeline and documents. Leaves out the address in Kazakhstan, contact handles, internal notes, vetting evidence, and the lawyer&apos;s own planning.</source>
        <translation>Кіру құжаттарын сұрайтын серіктеске қажеттісі: жеке басы, қызмет, әскерден қашу, тәуекел, мәлімдемелер, күндері мен тексерушілері бар тексеру нәтижелері (осы қойма қол қойған), хронология және құжаттар. Қазақстандағы мекенжай, байланыс деректері, ішкі жазбалар, тексеру дәлелдері және заңгердің өз жоспарлары кірмейді.</translation>
    </message>
    <message>
        <source>What a partner sends back: the stage, the timeline and the referral status, with the person&apos;s name so the case can be recognised.</source>
        <translation>Серіктес қайтаратыны: кезең, хронология және жолдама күйі, іс танылуы үшін адамның атымен.</translation>
    </message>
    <message>
        <source>Everything, including internal notes and the address in Kazakhstan: only for another office of the same organisation.</source>
        <translation>Барлығы, соның ішінде ішкі жазбалар мен Қазақстандағы мекенжай: тек сол ұйымның басқа кеңсесі үшін.</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Серіктес ұйым</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>Әскери қызмет</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Тәуекел</translation>
    </message>
    <message>
        <source>Vetting check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Мәлімдеме</translation>
    </message>
    <message>
        <source>Timeline event</source>
        <translation>Хронология оқиғасы</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Тіркеме</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Жолдама</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Өзгерген</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Өзгермеген</translation>
    </message>
    <message>
        <source>Older than mine (skipped)</source>
        <translation>Менікінен ескі (өткізілді)</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Қайшылық</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Дәлел</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Тексерген</translation>
    </message>
    <message>
        <source>Date checked</source>
        <translation>Тексерілген күні</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <source>Date of the statement</source>
        <translation>Мәлімдеме күні</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Файл аты</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Файл түрі</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Саусақ ізі (SHA-256)</translation>
    </message>
    <message>
        <source>Original size</source>
        <translation>Бастапқы өлшемі</translation>
    </message>
    <message>
        <source>Hidden details removed</source>
        <translation>Жойылған жасырын мәліметтер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Жіберілген күні</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Аударма</translation>
    </message>
    <message>
        <source>Language of the translation</source>
        <translation>Аударма тілі</translation>
    </message>
    <message>
        <source>Translated by</source>
        <translation>Аударған</translation>
    </message>
    <message>
        <source>English</source>
        <translation>ағылшын тілі</translation>
    </message>
    <message>
        <source>French</source>
        <translation>француз тілі</translation>
    </message>
    <message>
        <source>German</source>
        <translation>неміс тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>орыс тілі</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>украин тілі</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>қазақ тілі</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dossier saved to %1. The PDF is not encrypted.</source>
        <translation>Досье %1 ішіне сақталды. PDF шифрланбаған.</translation>
    </message>
    <message>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Басқару тақтасы</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контактілер</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Пакеттер</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Әрекеттер</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <source>Open a new case (Ctrl+N)</source>
        <translation>Жаңа іс ашу (Ctrl+N)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <source>Seal cases for a contact (Ctrl+E)</source>
        <translation>Контакт үшін істерді мөрлеу (Ctrl+E)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорттау…</translation>
    </message>
    <message>
        <source>Open a received bundle (Ctrl+I)</source>
        <translation>Алынған пакетті ашу (Ctrl+I)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Құлыптау</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Қойманы қазір құлыптау (Ctrl+L)</translation>
    </message>
    <message>
        <source>Copy field</source>
        <translation>Өрісті көшіру</translation>
    </message>
    <message>
        <source>Copy the field you are in; the clipboard is cleared after a while</source>
        <translation>Тұрған өрісіңізді көшіру; алмасу буфері біраз уақыттан кейін тазаланады</translation>
    </message>
    <message>
        <source>Border mode…</source>
        <translation>Шекара режимі…</translation>
    </message>
    <message>
        <source>Before a trip: seal the whole vault for a colleague, then wipe it</source>
        <translation>Сапар алдында: бүкіл қойманы әріптес үшін мөрлеп, содан кейін жою</translation>
    </message>
    <message>
        <source>Panic</source>
        <translation>Дабыл</translation>
    </message>
</context>
<context>
    <name>MatchRow</name>
    <message>
        <source>%1 — stage: %2 — matched: %3</source>
        <translation>%1 — кезең: %2 — сәйкестік: %3</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>қабылданбаған: %1</translation>
    </message>
    <message>
        <source>linked as the same person</source>
        <translation>бір адам ретінде байланыстырылған</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>Бір адам</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Әртүрлі адамдар</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation>паспорт нөмірі</translation>
    </message>
    <message>
        <source>name</source>
        <translation>аты</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>туған күні</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>лақап аты</translation>
    </message>
    <message>
        <source>unit and rank</source>
        <translation>бөлім және атағы</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation>Қойма құлыптаулы; алдымен оны ашыңыз.</translation>
    </message>
    <message>
        <source>The last changes to the case could not be saved: the disk is full. Free some space, then enter them again.</source>
        <translation>Іске енгізілген соңғы өзгерістер сақталмады: диск толы. Орын босатып, оларды қайта енгізіңіз.</translation>
    </message>
    <message>
        <source>There is already a file with that name; choose another name.</source>
        <translation>Мұндай атауы бар файл бар; басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>A plain age key has no name: type one above.</source>
        <translation>Қарапайым age кілтінің аты жоқ: жоғарыда атын теріңіз.</translation>
    </message>
    <message>
        <source>Satchel may not read or write there (the folder may be read-only); choose another place.</source>
        <translation>Satchel ол жерде оқи немесе жаза алмайды (қалта тек оқуға арналған болуы мүмкін); басқа орынды таңдаңыз.</translation>
    </message>
    <message>
        <source>There is no such file or folder; it may have been moved, renamed or deleted.</source>
        <translation>Мұндай файл немесе қалта жоқ; оны жылжытқан, атын өзгерткен немесе жойған болуы мүмкін.</translation>
    </message>
    <message>
        <source>That is a folder, not a file; choose a file.</source>
        <translation>Бұл файл емес, қалта; файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>A file could not be read or written; the step that failed was not saved.</source>
        <translation>Файлды оқу немесе жазу мүмкін болмады; сәтсіз қадам сақталмады.</translation>
    </message>
    <message>
        <source>Satchel hit an internal error; the step that failed was not saved.</source>
        <translation>Satchel-де ішкі қате болды; сәтсіз қадам сақталмады.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <source>Full name of the person, in Cyrillic or Latin letters. Everything else is filled in on the case itself.</source>
        <translation>Адамның толық аты-жөні, кирилл немесе латын әріптерімен. Қалғанының бәрі істің өзінде толтырылады.</translation>
    </message>
    <message>
        <source>e.g. Иванов Иван Иванович</source>
        <translation>мысалы, Иванов Иван Иванович</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Іс ашу</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Written</source>
        <translation>Жазылған</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>New note:</source>
        <translation>Жаңа жазба:</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Жазба қосу</translation>
    </message>
</context>
<context>
    <name>PanicDialog</name>
    <message>
        <source>Panic wipe</source>
        <translation>Шұғыл жою</translation>
    </message>
    <message>
        <source>Hold the red button until it fills up to destroy the vault now: every case, its keys and Satchel&apos;s settings. This cannot be undone.</source>
        <translation>Қойманы дәл қазір жою үшін қызыл батырманы ол толғанша басып тұрыңыз: әр іс, оның кілттері және Satchel баптаулары жойылады. Бұны болдырмау мүмкін емес.</translation>
    </message>
    <message>
        <source>Hold to wipe everything</source>
        <translation>Бәрін жою үшін басып тұрыңыз</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Destroy the vault now (%1); you will be asked to hold a button first.</source>
        <translation>Қойманы қазір жою (%1); алдымен батырманы басып тұру сұралады.</translation>
    </message>
</context>
<context>
    <name>PersonMatchesBanner</name>
    <message numerus="yes">
        <source>This person may already have %Ln other case(s) in the vault. Check before going on: a person rejected once can come back under another spelling.</source>
        <translation>
            <numerusform>Бұл адамның қоймада тағы %Ln ісі болуы мүмкін. Жалғастырмас бұрын тексеріңіз: бір рет қабылданбаған адам басқа жазылумен қайта келуі мүмкін.</numerusform>
            <numerusform>Бұл адамның қоймада тағы %Ln ісі болуы мүмкін. Жалғастырмас бұрын тексеріңіз: бір рет қабылданбаған адам басқа жазылумен қайта келуі мүмкін.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same person&apos;s other cases:</source>
        <translation>Осы адамның басқа істері:</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Менікін қалдыру</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Олардікін алу</translation>
    </message>
    <message>
        <source>Keep both (theirs as a note)</source>
        <translation>Екеуін де қалдыру (олардікі жазба ретінде)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Records in this bundle — %1</source>
        <translation>Осы пакеттегі жазбалар — %1</translation>
    </message>
    <message>
        <source>This bundle was already imported; nothing would change.</source>
        <translation>Бұл пакет бұрын импортталған; ештеңе өзгермейді.</translation>
    </message>
    <message>
        <source>%1 of %2 required checks passed</source>
        <translation>%2 міндетті тексерудің %1-і өтті</translation>
    </message>
    <message>
        <source>Vetted by %1: %2, signature valid, key verified in person.</source>
        <translation>%1 тексерген: %2, қолтаңба жарамды, кілт жеке кездесуде расталған.</translation>
    </message>
    <message>
        <source>WARNING: vetting record from %1: %2, so it cannot clear this case.</source>
        <translation>ЕСКЕРТУ: %1 жіберген тексеру жазбасы: %2, сондықтан ол бұл істі тексеруден өткізе алмайды.</translation>
    </message>
    <message>
        <source>%1 reports the stage “%2” (not applied until you accept it).</source>
        <translation>%1 «%2» кезеңін хабарлайды (сіз қабылдамайынша қолданылмайды).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to details you did not share with %1 (such as the address in Kazakhstan, contact handles or the lawyer&apos;s planning) will not be taken: they stay as you have them.</source>
        <translation>
            <numerusform>%1 ұйымымен бөліспеген деректеріңізге (мысалы, Қазақстандағы мекенжай, байланыс деректері немесе заңгердің жоспарлары) енгізілген %Ln өзгеріс қабылданбайды: олар сіздегідей қалады.</numerusform>
            <numerusform>%1 ұйымымен бөліспеген деректеріңізге (мысалы, Қазақстандағы мекенжай, байланыс деректері немесе заңгердің жоспарлары) енгізілген %Ln өзгеріс қабылданбайды: олар сіздегідей қалады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to who a person rejected here is (name, birth date, passport, unit) will not be taken: he stays findable if he comes back.</source>
        <translation>
            <numerusform>Осында қабылданбаған адамның деректеріне (аты, туған күні, төлқұжаты, әскери бөлімі) енгізілген %Ln өзгеріс қабылданбайды: ол қайта келсе, оны тануға болады.</numerusform>
            <numerusform>Осында қабылданбаған адамның деректеріне (аты, туған күні, төлқұжаты, әскери бөлімі) енгізілген %Ln өзгеріс қабылданбайды: ол қайта келсе, оны тануға болады.</numerusform>
        </translation>
    </message>
    <message>
        <source>the key is NOT verified in person</source>
        <translation>кілт жеке кездесуде РАСТАЛМАҒАН</translation>
    </message>
    <message>
        <source>it is about another person than the one this bundle describes</source>
        <translation>ол осы пакетте сипатталған адам туралы емес, басқа адам туралы</translation>
    </message>
    <message>
        <source>Signed by “%1” (key verified in person). Profile: %2.</source>
        <translation>«%1» қол қойған (кілт жеке кездесуде расталған). Профиль: %2.</translation>
    </message>
    <message>
        <source>Signed by “%1”, whose key is NOT verified: anyone who swapped their key could have made this bundle. Compare safety numbers on the Contacts page before trusting it. Profile: %2.</source>
        <translation>«%1» қол қойған, оның кілті РАСТАЛМАҒАН: кілтін ауыстырған кез келген адам бұл пакетті жасауы мүмкін еді. Сенбес бұрын «Контактілер» бетінде қауіпсіздік кодтарын салыстырыңыз. Профиль: %2.</translation>
    </message>
    <message>
        <source>Only what changed: their first bundle for you, so all of it.</source>
        <translation>Тек өзгерістер: бұл олардың сізге арналған алғашқы пакеті, сондықтан онда бәрі бар.</translation>
    </message>
    <message>
        <source>Only what changed since their bundle no. %1.</source>
        <translation>Олардың № %1 пакетінен бергі өзгерістер ғана.</translation>
    </message>
    <message>
        <source>(name not sent)</source>
        <translation>(аты жіберілмеген)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) changed on both sides since the last exchange. Choose for each what stays:</source>
        <translation>
            <numerusform>Соңғы алмасудан бері %Ln жазба екі жақта да өзгерді. Әрқайсысы үшін нені қалдыру керегін таңдаңыз:</numerusform>
            <numerusform>Соңғы алмасудан бері %Ln жазба екі жақта да өзгерді. Әрқайсысы үшін нені қалдыру керегін таңдаңыз:</numerusform>
        </translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Өзгерген өрістер</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <source>For every conflict:</source>
        <translation>Әр қайшылық үшін:</translation>
    </message>
    <message>
        <source>Apply to all</source>
        <translation>Барлығына қолдану</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Only what changed since bundle no. %1 for %2, with the same profile as that bundle.</source>
        <translation>%2 үшін № %1 пакеттен бергі өзгерістер ғана, сол пакеттің профилімен.</translation>
    </message>
    <message>
        <source>These cases came to you from %1, so a status update back is chosen: it sends only the stage, the timeline and the referral status.</source>
        <translation>Бұл істер сізге %1 жағынан келді, сондықтан іс барысы туралы жауап таңдалды: ол тек кезеңді, хронологияны және жолдама күйін жібереді.</translation>
    </message>
    <message>
        <source>Save the sealed bundle as</source>
        <translation>Мөрленген пакетті былай сақтау</translation>
    </message>
    <message>
        <source>Satchel bundles (*.age)</source>
        <translation>Satchel пакеттері (*.age)</translation>
    </message>
    <message>
        <source>What do they receive?</source>
        <translation>Олар не алады?</translation>
    </message>
    <message>
        <source>Each partner gets only the fields it needs. The bundle is sealed next.</source>
        <translation>Әр серіктес тек өзіне қажет өрістерді алады. Келесі қадамда пакет мөрленеді.</translation>
    </message>
    <message>
        <source>Save the sealed bundle as:</source>
        <translation>Мөрленген пакетті былай сақтау:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Seal the bundle</source>
        <translation>Пакетті мөрлеу</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>Қайда қ&amp;арау:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Файлдар &amp;түрі:</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>keys changed: accept them on the Contacts page first</source>
        <translation>кілттер өзгерді: алдымен оларды «Контактілер» бетінде қабылдаңыз</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>расталған</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>РАСТАЛМАҒАН</translation>
    </message>
    <message>
        <source>Not verified in person: %1. If someone swapped their key, that person could read this bundle instead of them. Compare safety numbers on the Contacts page first, or accept the risk.</source>
        <translation>Жеке кездесуде расталмаған: %1. Біреу олардың кілтін ауыстырса, сол адам бұл пакетті олардың орнына оқи алады. Алдымен «Контактілер» бетінде қауіпсіздік кодтарын салыстырыңыз немесе тәуекелді қабылдаңыз.</translation>
    </message>
    <message>
        <source>For whom?</source>
        <translation>Кім үшін?</translation>
    </message>
    <message>
        <source>Only the contacts ticked here can open the bundle.</source>
        <translation>Пакетті тек осында белгіленген контактілер аша алады.</translation>
    </message>
    <message>
        <source>I accept this risk and seal the bundle for them</source>
        <translation>Бұл тәуекелді қабылдаймын және пакетті олар үшін мөрлеймін</translation>
    </message>
    <message>
        <source>Only what changed is sealed for one Satchel contact at a time: tick one. Contacts that use the age tool receive the whole cases.</source>
        <translation>Тек өзгерістер бір уақытта бір Satchel контактісі үшін мөрленеді: біреуін белгілеңіз. age құралын қолданатын контактілер істерді толығымен алады.</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>Partner</source>
        <translation>Серіктес</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Refer to:</source>
        <translation>Кімге беру:</translation>
    </message>
    <message>
        <source>Date sent:</source>
        <translation>Жіберілген күні:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Жазба:</translation>
    </message>
    <message>
        <source>Refer the case</source>
        <translation>Істі беру</translation>
    </message>
    <message>
        <source>No partners yet: add partner organisations first.</source>
        <translation>Әзірге серіктестер жоқ: алдымен серіктес ұйымдарды қосыңыз.</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Reported by %1 on %2: %3 (not applied until you accept it).</source>
        <translation>%1 %2 күні хабарлады: %3 (сіз қабылдамайынша қолданылмайды).</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <source>a vault that is no longer a contact</source>
        <translation>енді контакт емес қойма</translation>
    </message>
    <message>
        <source>%1 of %2 required checks passed</source>
        <translation>%2 міндетті тексерудің %1-і өтті</translation>
    </message>
    <message>
        <source>Vetted by %1: %2, signature valid, key verified in person.</source>
        <translation>%1 тексерген: %2, қолтаңба жарамды, кілт жеке кездесуде расталған.</translation>
    </message>
    <message>
        <source>the signature is NOT valid</source>
        <translation>қолтаңба ЖАРАМСЫЗ</translation>
    </message>
    <message>
        <source>the key is NOT verified in person</source>
        <translation>кілт жеке кездесуде РАСТАЛМАҒАН</translation>
    </message>
    <message>
        <source>it does NOT vouch for the person as this case now names them</source>
        <translation>ол істе қазір көрсетілген адамды РАСТАМАЙДЫ</translation>
    </message>
    <message>
        <source>Warning: the vetting record from %1 cannot be relied on: %2. This case cannot be cleared or moved on the protection path on its strength.</source>
        <translation>Ескерту: %1 жіберген тексеру жазбасына сенуге болмайды: %2. Соның негізінде бұл істі тексеруден өткізу немесе қорғау жолымен алға жылжыту мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Open the border bundle</source>
        <translation>Шекара пакетін ашу</translation>
    </message>
    <message>
        <source>Satchel bundles (*.age);;All files (*)</source>
        <translation>Satchel пакеттері (*.age);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Құпия фразалар сәйкес емес.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %Ln characters.</source>
        <translation>
            <numerusform>Тым қысқа: кемінде %Ln таңба пайдаланыңыз.</numerusform>
            <numerusform>Тым қысқа: кемінде %Ln таңба пайдаланыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault is back. This is its new recovery code, shown only this once: the old recovery code opens nothing any more. Write it on paper and keep it apart from the laptop.</source>
        <translation>Қойма қайтарылды. Бұл — оның жаңа қалпына келтіру коды, ол тек осы жолы ғана көрсетіледі: ескі қалпына келтіру коды енді ештеңе ашпайды. Оны қағазға жазып, ноутбуктан бөлек сақтаңыз.</translation>
    </message>
    <message>
        <source>Restore from a border bundle</source>
        <translation>Шекара пакетінен қалпына келтіру</translation>
    </message>
    <message>
        <source>Choose the border bundle made before the trip and type the border code your colleague kept (capitals and spaces do not matter). Then choose a new passphrase for the restored vault. Nothing is created unless the whole bundle opens and checks out.</source>
        <translation>Сапар алдында жасалған шекара пакетін таңдап, әріптесіңіз сақтаған шекара кодын теріңіз (бас әріптер мен бос орындардың маңызы жоқ). Содан кейін қалпына келтірілген қойма үшін жаңа құпия фразаны таңдаңыз. Бүкіл пакет ашылып, тексеруден өтпейінше ештеңе жасалмайды.</translation>
    </message>
    <message>
        <source>Border bundle:</source>
        <translation>Шекара пакеті:</translation>
    </message>
    <message>
        <source>Border code:</source>
        <translation>Шекара коды:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Жаңа құпия фраза:</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>Құпия фразаны қайталаңыз:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Checking and restoring… %p%</source>
        <translation>Тексеру және қалпына келтіру… %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
</context>
<context>
    <name>SatchelShell</name>
    <message>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
</context>
<context>
    <name>SealingPage</name>
    <message numerus="yes">
        <source>%Ln case(s) sealed for %1 with the profile “%2”.</source>
        <translation>
            <numerusform>%Ln іс %1 үшін «%2» профилімен мөрленді.</numerusform>
            <numerusform>%Ln іс %1 үшін «%2» профилімен мөрленді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as %1 (%2). Only they can open it; send it any way you like.</source>
        <translation>%1 (%2) ретінде сақталды. Оны тек алушылар аша алады; кез келген жолмен жіберіңіз.</translation>
    </message>
    <message>
        <source>No bundle was sealed for them before: everything went.</source>
        <translation>Бұрын олар үшін пакет мөрленбеген: бәрі жіберілді.</translation>
    </message>
    <message>
        <source>Only what changed since bundle no. %1.</source>
        <translation>№ %1 пакеттен бергі өзгерістер ғана.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more changed case(s) did not fit in this bundle: seal again for the next bundle.</source>
        <translation>
            <numerusform>Тағы %Ln өзгерген іс бұл пакетке сыймады: келесі пакет үшін қайта мөрлеңіз.</numerusform>
            <numerusform>Тағы %Ln өзгерген іс бұл пакетке сыймады: келесі пакет үшін қайта мөрлеңіз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sealing</source>
        <translation>Мөрлеу</translation>
    </message>
    <message>
        <source>The cases are signed and encrypted for the chosen contacts.</source>
        <translation>Істерге қол қойылып, таңдалған контактілер үшін шифрланады.</translation>
    </message>
</context>
<context>
    <name>SecurityStatusPanel</name>
    <message>
        <source>Argon2id, %1 MiB of memory, passes: %2, lanes: %3</source>
        <translation>Argon2id, %1 MiB жад, өтулер: %2, жолақтар: %3</translation>
    </message>
    <message>
        <source>SQLCipher %1 (AES-256)</source>
        <translation>SQLCipher %1 (AES-256)</translation>
    </message>
    <message>
        <source>the recovery code</source>
        <translation>қалпына келтіру коды</translation>
    </message>
    <message>
        <source>the passphrase</source>
        <translation>құпия фраза</translation>
    </message>
    <message>
        <source>In use: the system keystore (%1) holds a secret without which the passphrase alone does not open this vault.</source>
        <translation>Қолданыста: жүйенің кілттер қоймасы (%1) құпияны сақтайды, онсыз құпия фраза жалғыз өзі бұл қойманы ашпайды.</translation>
    </message>
    <message>
        <source>Not in use: the vault is protected by the passphrase alone. A copy of the vault folder can be attacked by guessing the passphrase.</source>
        <translation>Қолданыста емес: қойма тек құпия фразамен қорғалған. Қойма бумасының көшірмесіне құпия фразаны табу арқылы шабуыл жасауға болады.</translation>
    </message>
    <message>
        <source>Not yet checked in this session.</source>
        <translation>Бұл сеанста әлі тексерілмеген.</translation>
    </message>
    <message>
        <source>%1: the database and the audit log are intact.</source>
        <translation>%1: дерекқор мен аудит журналы бүтін.</translation>
    </message>
    <message>
        <source>%1: problems were found.</source>
        <translation>%1: ақаулар табылды.</translation>
    </message>
    <message>
        <source>Device secret:</source>
        <translation>Құрылғы құпиясы:</translation>
    </message>
    <message>
        <source>Cost of each passphrase guess:</source>
        <translation>Әр болжамның құны:</translation>
    </message>
    <message>
        <source>Database encryption:</source>
        <translation>Дерекқорды шифрлау:</translation>
    </message>
    <message>
        <source>Opened with:</source>
        <translation>Немен ашылды:</translation>
    </message>
    <message>
        <source>Last verification:</source>
        <translation>Соңғы тексеру:</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Қазір тексеру</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Баптаулар&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes:</source>
        <translation>Осынша минут әрекетсіздіктен кейін құлыптау:</translation>
    </message>
    <message>
        <source>Clear copied text after this many seconds:</source>
        <translation>Көшірілген мәтінді осынша секундтан кейін тазалау:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Camouflage: a neutral window title (“Notes”) and a plain icon</source>
        <translation>Бүркеме: бейтарап терезе атауы («Жазбалар») және қарапайым белгіше</translation>
    </message>
</context>
<context>
    <name>SignOffBox</name>
    <message>
        <source>Save the checks first: you sign them as they are saved.</source>
        <translation>Алдымен тексерулерді сақтаңыз: сіз оларға сақталған күйінде қол қоясыз.</translation>
    </message>
    <message>
        <source>Every required check must pass before you can sign.</source>
        <translation>Қол қоймас бұрын барлық міндетті тексерулерден өту керек.</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Осы қойма</translation>
    </message>
    <message>
        <source>An unknown key (%1…)</source>
        <translation>Белгісіз кілт (%1…)</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>тексеруден өтті</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <source>%1 signed: %2, on %3</source>
        <translation>%1 қол қойды: %2, %3</translation>
    </message>
    <message>
        <source>the signature does not verify</source>
        <translation>қол расталмайды</translation>
    </message>
    <message>
        <source>the key is not among your contacts</source>
        <translation>кілт сіздің контактілеріңізде жоқ</translation>
    </message>
    <message>
        <source>the key was not verified in person</source>
        <translation>кілт жеке тексерілмеген</translation>
    </message>
    <message>
        <source>withdrawn: the same person signed the other decision since</source>
        <translation>қайтарып алынды: сол адам содан бері басқа шешімге қол қойды</translation>
    </message>
    <message>
        <source>signed over earlier checks or details: a check, the name, the birth date or the passport changed since</source>
        <translation>бұрынғы тексерулерге немесе деректерге қол қойылған: содан бері тексеру, аты, туған күні немесе төлқұжаты өзгерді</translation>
    </message>
    <message>
        <source>does not count: %1</source>
        <translation>есептелмейді: %1</translation>
    </message>
    <message>
        <source>Two-person rule: met, two different people signed these checks.</source>
        <translation>Екі адам ережесі: орындалды, бұл тексерулерге екі түрлі адам қол қойды.</translation>
    </message>
    <message numerus="yes">
        <source>Two-person rule: %Ln more signature(s) needed from people whose keys you verified in person.</source>
        <translation>
            <numerusform>Екі адам ережесі: кілттерін жеке тексерген адамдардан тағы %Ln қол қажет.</numerusform>
            <numerusform>Екі адам ережесі: кілттерін жеке тексерген адамдардан тағы %Ln қол қажет.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has signed this vetting yet.</source>
        <translation>Бұл тексеруге әлі ешкім қол қоймаған.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Қолдар</translation>
    </message>
    <message>
        <source>Sign the vetting as cleared</source>
        <translation>Қол қою: тексеруден өтті</translation>
    </message>
</context>
<context>
    <name>SizeWords</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln байт</numerusform>
            <numerusform>%Ln байт</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementsTab</name>
    <message>
        <source>Translation (%1), by %2</source>
        <translation>Аударма (%1), аударған: %2</translation>
    </message>
    <message>
        <source>Say where the statement comes from (interview, letter, video...).</source>
        <translation>Мәлімдеменің қайдан алынғанын көрсетіңіз (сұхбат, хат, бейне...).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Мәлімдеме</translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation>Мәлімдеме:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Дереккөз:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <source>Add statement</source>
        <translation>Мәлімдеме қосу</translation>
    </message>
    <message>
        <source>Translation of the selected statement…</source>
        <translation>Таңдалған мәлімдеменің аудармасы…</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Оқиға:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Сипаттама:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <source>Add to timeline</source>
        <translation>Хронологияға қосу</translation>
    </message>
</context>
<context>
    <name>TranslationDialog</name>
    <message>
        <source>Choose the language the translation is in.</source>
        <translation>Аударманың тілін таңдаңыз.</translation>
    </message>
    <message>
        <source>Say who translated the statement.</source>
        <translation>Мәлімдемені кім аударғанын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Translation of the statement</source>
        <translation>Мәлімдеменің аудармасы</translation>
    </message>
    <message>
        <source>Original:</source>
        <translation>Түпнұсқа:</translation>
    </message>
    <message>
        <source>Translation:</source>
        <translation>Аударма:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <source>Translated by:</source>
        <translation>Аударған:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдаңыз…</translation>
    </message>
    <message>
        <source>The original stays as it was recorded. The dossier prints both, with the translator&apos;s name. Leave the translation empty to remove it.</source>
        <translation>Түпнұсқа жазылған күйінде қалады. Досьеде екеуі де аудармашының атымен басылады. Аударманы жою үшін оны бос қалдырыңыз.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Satchel</source>
        <translation>Satchel құлпын ашу</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>Enter your passphrase, or your recovery code, to open the vault.</source>
        <translation>Қойманы ашу үшін құпия фразаңызды немесе қалпына келтіру кодыңызды енгізіңіз.</translation>
    </message>
    <message>
        <source>Passphrase or recovery code</source>
        <translation>Құпия фраза немесе қалпына келтіру коды</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Құлыпты ашу</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Қойма ашылуда…</translation>
    </message>
    <message>
        <source>Updating the vault&apos;s storage format… %p%</source>
        <translation>Қойманың сақтау пішімі жаңартылуда… %p%</translation>
    </message>
    <message>
        <source>Panic</source>
        <translation>Дабыл</translation>
    </message>
</context>
<context>
    <name>VettingSettings</name>
    <message>
        <source>The two-person rule is on.</source>
        <translation>Екі адам ережесі қосулы.</translation>
    </message>
    <message>
        <source>The two-person rule is off.</source>
        <translation>Екі адам ережесі өшірулі.</translation>
    </message>
    <message>
        <source>Vetting</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Clearing or rejecting a case is signed with this vault&apos;s key. With the two-person rule, a case is cleared only when a second person, on her own laptop and verified in person, has signed the same checks.</source>
        <translation>Іс бойынша шешімге (тексеруден өтті немесе қабылданбады) осы қойманың кілтімен қол қойылады. Екі адам ережесі бойынша іс өз ноутбугінде жұмыс істейтін, жеке тексерілген екінші адам сол тексерулерге қол қойғанда ғана тексеруден өтеді.</translation>
    </message>
    <message>
        <source>Two-person rule: two signatures to clear a case</source>
        <translation>Екі адам ережесі: іс тексеруден өтуі үшін екі қол</translation>
    </message>
</context>
<context>
    <name>VettingTab</name>
    <message>
        <source>“%1” can only pass with its evidence and reviewer filled in.</source>
        <translation>«%1» тек дәлел мен тексерген адам толтырылғанда ғана өте алады.</translation>
    </message>
    <message>
        <source>The date of “%1” could not be read: type it like %2 or pick it from the calendar.</source>
        <translation>«%1» күні оқылмады: оны %2 түрінде теріңіз немесе күнтізбеден таңдаңыз.</translation>
    </message>
    <message>
        <source>Every required check has passed.</source>
        <translation>Барлық міндетті тексеру өтті.</translation>
    </message>
    <message>
        <source>Before this case can be cleared, these required checks must pass: %1.</source>
        <translation>Бұл істі тексеруден өткізу үшін мына міндетті тексерулер өтуі керек: %1.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Дәлел</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Тексерген</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>What was seen or checked</source>
        <translation>Не көрілді немесе тексерілді</translation>
    </message>
    <message>
        <source>* required before a case can be cleared or referred</source>
        <translation>* істі тексеруден өткізу немесе беру үшін міндетті</translation>
    </message>
</context>
</TS>
