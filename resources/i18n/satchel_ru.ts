<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Contact card</source>
        <translation>Карточка контакта</translation>
    </message>
    <message>
        <source>This file cannot be read as a contact card; nothing was added.</source>
        <translation>Этот файл не читается как карточка контакта; ничего не добавлено.</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Добавить контакт</translation>
    </message>
    <message>
        <source>Paste the contact card you received (it starts with “satchel-contact-card”), or a partner&apos;s plain age key, or load the card from a file. The keys stay unverified until you compare safety numbers in person.</source>
        <translation>Вставьте полученную карточку контакта (она начинается со строки «satchel-contact-card»), или обычный ключ age партнёра, или загрузите карточку из файла. Ключи считаются непроверенными, пока вы не сверите коды безопасности при личной встрече.</translation>
    </message>
    <message>
        <source>Load from a file…</source>
        <translation>Загрузить из файла…</translation>
    </message>
    <message>
        <source>Name in your vault:</source>
        <translation>Имя в вашем хранилище:</translation>
    </message>
    <message>
        <source>optional for a card; needed for a plain age key</source>
        <translation>для карточки не обязательно; для ключа age нужно</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Добавить</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 пикс.</translation>
    </message>
    <message>
        <source>← Previous page</source>
        <translation>← Предыдущая страница</translation>
    </message>
    <message>
        <source>Next page →</source>
        <translation>Следующая страница →</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>This page of the PDF could not be drawn; it may be damaged.</source>
        <translation>Не удалось отобразить эту страницу PDF; возможно, она повреждена.</translation>
    </message>
    <message>
        <source>This PDF could not be read: it may be damaged or protected by a password. The file stays inside the vault; nothing was written to disk.</source>
        <translation>Не удалось прочитать этот PDF: возможно, он повреждён или защищён паролем. Файл остаётся в хранилище; на диск ничего не записано.</translation>
    </message>
    <message>
        <source>This picture could not be read; it may be damaged.</source>
        <translation>Не удалось прочитать изображение; возможно, оно повреждено.</translation>
    </message>
    <message>
        <source>Satchel cannot show this kind of file. The file stays inside the vault; nothing was written to disk.</source>
        <translation>Satchel не умеет показывать файлы такого типа. Файл остаётся в хранилище; на диск ничего не записано.</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <source>“%1” was added. Removed from it: %2.</source>
        <translation>Файл «%1» добавлен. Из него удалено: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln original file(s)</source>
        <translation>
            <numerusform>Удалить %Ln исходный файл</numerusform>
            <numerusform>Удалить %Ln исходных файла</numerusform>
            <numerusform>Удалить %Ln исходных файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>The original files were deleted.</source>
        <translation>Исходные файлы удалены.</translation>
    </message>
    <message>
        <source>The file could not be read; check that it still exists.</source>
        <translation>Не удалось прочитать файл; проверьте, что он ещё существует.</translation>
    </message>
    <message>
        <source>The original files are still where they were, with everything that was just removed (a photo&apos;s GPS position, a document&apos;s author). Delete them now? Satchel overwrites each file once and removes it. On a hard disk that is the end of it; on an SSD, a USB stick or a phone the drive may keep old copies where no program can reach them, so full-disk encryption remains your real protection, and delete the photo on the device that took it too.</source>
        <translation>Исходные файлы остались на месте вместе со всем, что сейчас было удалено (GPS-координаты фотографии, автор документа). Удалить их сейчас? Satchel один раз перезапишет каждый файл и удалит его. На жёстком диске на этом всё; но SSD, флешка или телефон могут хранить старые копии там, куда не добраться ни одной программе, поэтому настоящую защиту даёт только шифрование всего диска. Удалите фотографию и на устройстве, которым её сняли.</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Drop files here or use “Add files…”. Hidden details such as the GPS position of a photo or the author of a document are removed before the file is stored.</source>
        <translation>Перетащите файлы сюда или нажмите «Добавить файлы…». Скрытые данные, например GPS-координаты фотографии или автор документа, удаляются до сохранения файла.</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message numerus="yes">
        <source>The audit log is intact: %Ln entries checked.</source>
        <translation>
            <numerusform>Журнал аудита цел: проверена %Ln запись.</numerusform>
            <numerusform>Журнал аудита цел: проверено %Ln записи.</numerusform>
            <numerusform>Журнал аудита цел: проверено %Ln записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was tampered with or damaged:</source>
        <translation>Журнал аудита изменён или повреждён:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Audit log&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Журнал аудита&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Every change, import and export, newest first. The log records what changed and when, not the values. Each entry is chained to the one before, so altering or removing one shows.</source>
        <translation>Все изменения, импорт и экспорт, сначала новые. Журнал хранит, что и когда изменилось, но не сами значения. Каждая запись сцеплена с предыдущей, поэтому изменение или удаление записи будет заметно.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Check the chain</source>
        <translation>Проверить цепочку</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Save a copy of the vault in</source>
        <translation>Сохранить копию хранилища в</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Сохраняем копию…</translation>
    </message>
    <message>
        <source>A copy was saved in %1. It opens with your recovery code on any computer; keep it as safe as the laptop.</source>
        <translation>Копия сохранена в %1. Она открывается вашим кодом восстановления на любом компьютере; храните её так же бережно, как ноутбук.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Save a copy of the whole vault, encrypted, in a folder you choose (a USB stick, an external disk). Satchel keeps working meanwhile. The copy opens with the recovery code.</source>
        <translation>Сохраните зашифрованную копию всего хранилища в выбранную папку (флешка, внешний диск). Satchel при этом продолжает работать. Копия открывается кодом восстановления.</translation>
    </message>
    <message>
        <source>Save a copy of the vault…</source>
        <translation>Сохранить копию хранилища…</translation>
    </message>
</context>
<context>
    <name>BorderDialog</name>
    <message>
        <source>Save the border bundle as</source>
        <translation>Сохранить пограничный пакет как</translation>
    </message>
    <message>
        <source>Satchel bundles (*.age)</source>
        <translation>Пакеты Satchel (*.age)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln дело</numerusform>
            <numerusform>%Ln дела</numerusform>
            <numerusform>%Ln дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>%Ln файл</numerusform>
            <numerusform>%Ln файла</numerusform>
            <numerusform>%Ln файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>Sealed %1 and %2 into %3 (%4); the file was opened again and checked.</source>
        <translation>%1 и %2 запечатаны в %3 (%4); файл открыт повторно и проверен.</translation>
    </message>
    <message>
        <source>Border mode</source>
        <translation>Режим границы</translation>
    </message>
    <message>
        <source>Border mode prepares this laptop for a border crossing. Satchel seals the whole vault (every case, attachment, contact and key) into one file under a new key, opens the file again to check it, and shows that key once as a border code, in letters and as a QR code. Hand the code to a trusted colleague who is not travelling. Then the vault is wiped from this computer. After the crossing, choose “Restore from a border bundle…” when Satchel starts, with the file and the code.</source>
        <translation>Режим границы готовит ноутбук к пересечению границы. Satchel запечатывает всё хранилище (все дела, файлы, контакты и ключи) в один файл под новым ключом, открывает файл повторно для проверки и один раз показывает этот ключ как пограничный код — буквами и QR-кодом. Передайте код коллеге, которому доверяете и который не едет с вами. Затем хранилище уничтожается на этом компьютере. После границы при запуске Satchel выберите «Восстановить из пограничного пакета…» и укажите файл и код.</translation>
    </message>
    <message>
        <source>Save the border bundle to:</source>
        <translation>Сохранить пограничный пакет в:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose a place outside the vault folder, for example a USB stick. Without the code the file cannot be opened; with it, anyone can open it.</source>
        <translation>Выберите место вне папки хранилища, например флешку. Без кода файл не открыть; с кодом его может открыть кто угодно.</translation>
    </message>
    <message>
        <source>Sealing and checking… %p%</source>
        <translation>Запечатывание и проверка… %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Seal the vault</source>
        <translation>Запечатать хранилище</translation>
    </message>
    <message>
        <source>This is the border code, shown only this once. Give it to a trusted colleague who is not travelling (they can photograph the QR code), or write it down and keep it apart from the laptop. Without it the bundle cannot be opened.</source>
        <translation>Это пограничный код, он показывается только один раз. Передайте его коллеге, которому доверяете и который не едет с вами (он может сфотографировать QR-код), или запишите его и храните отдельно от ноутбука. Без него пакет не открыть.</translation>
    </message>
    <message>
        <source>I have handed the code to a colleague or written it down</source>
        <translation>Я передал(а) код коллеге или записал(а) его</translation>
    </message>
    <message>
        <source>Nothing has been wiped yet. If you close this window instead, the vault stays as it is and this bundle can never be opened: the code is not shown again.</source>
        <translation>Пока ничего не уничтожено. Если вместо этого закрыть окно, хранилище останется как есть, а этот пакет уже никогда не открыть: код больше не будет показан.</translation>
    </message>
    <message>
        <source>Close without wiping</source>
        <translation>Закрыть без уничтожения</translation>
    </message>
    <message>
        <source>Wipe the vault now…</source>
        <translation>Уничтожить хранилище сейчас…</translation>
    </message>
</context>
<context>
    <name>BorderMessages</name>
    <message>
        <source>This is a bundle from a contact, not a border bundle: open the vault and use Import for it. Nothing was changed.</source>
        <translation>Это пакет от контакта, а не пограничный пакет: откройте хранилище и воспользуйтесь импортом. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This border bundle was changed after it was sealed, or is incomplete; nothing was changed.</source>
        <translation>Этот пограничный пакет изменён после запечатывания или неполон; ничего не изменено.</translation>
    </message>
    <message>
        <source>There is already a vault here; nothing was changed.</source>
        <translation>Здесь уже есть хранилище; ничего не изменено.</translation>
    </message>
    <message>
        <source>This file is damaged, was not made by Satchel, or comes from a newer Satchel; nothing was changed.</source>
        <translation>Этот файл повреждён, создан не Satchel или более новой версией Satchel; ничего не изменено.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Такого файла нет.</translation>
    </message>
    <message>
        <source>Satchel may not write or read there; choose another place.</source>
        <translation>Satchel не может писать или читать там; выберите другое место.</translation>
    </message>
</context>
<context>
    <name>BorderSettings</name>
    <message>
        <source>The two duress passphrases differ.</source>
        <translation>Две фразы для принуждения не совпадают.</translation>
    </message>
    <message>
        <source>There is no duress passphrase any more.</source>
        <translation>Пароля под принуждением больше нет.</translation>
    </message>
    <message>
        <source>Failed unlocks no longer wipe the vault.</source>
        <translation>Неудачные попытки входа больше не уничтожают хранилище.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed unlock(s) in a row will wipe the vault.</source>
        <translation>
            <numerusform>%Ln неудачная попытка входа подряд уничтожит хранилище.</numerusform>
            <numerusform>%Ln неудачные попытки входа подряд уничтожат хранилище.</numerusform>
            <numerusform>%Ln неудачных попыток входа подряд уничтожат хранилище.</numerusform>
        </translation>
    </message>
    <message>
        <source>The duress passphrase is set. Typed at unlock, it silently wipes this vault and opens an empty one.</source>
        <translation>Пароль под принуждением задан. Если ввести его при входе, он незаметно уничтожит это хранилище и откроет пустое.</translation>
    </message>
    <message>
        <source>Border safety</source>
        <translation>Безопасность на границе</translation>
    </message>
    <message>
        <source>A duress passphrase, typed at unlock instead of yours, silently wipes this vault and opens an empty, ordinary-looking one. Satchel never shows whether one is set.</source>
        <translation>Пароль под принуждением, введённый при входе вместо вашего, незаметно уничтожает это хранилище и открывает пустое, обычное на вид. Satchel никогда не показывает, задан ли он.</translation>
    </message>
    <message>
        <source>Duress passphrase:</source>
        <translation>Пароль под принуждением:</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>Ещё раз:</translation>
    </message>
    <message>
        <source>Set duress passphrase</source>
        <translation>Задать пароль под принуждением</translation>
    </message>
    <message>
        <source>Remove duress passphrase</source>
        <translation>Удалить пароль под принуждением</translation>
    </message>
    <message>
        <source>Optionally, wipe the vault after too many wrong passphrases in a row. A small file in the vault folder shows that this limit is set.</source>
        <translation>По желанию: уничтожать хранилище после слишком многих неверных паролей подряд. Маленький файл в папке хранилища показывает, что такой лимит задан.</translation>
    </message>
    <message>
        <source>Wipe after this many failed unlocks:</source>
        <translation>Уничтожать после стольких неудачных попыток:</translation>
    </message>
    <message>
        <source>Save limit</source>
        <translation>Сохранить лимит</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <source>&lt;h2&gt;Bundles&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Пакеты&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Cases travel between vaults as sealed bundles: files only the chosen contacts can open, signed by the vault that sealed them. Carry them on a USB stick or send them any way you like.</source>
        <translation>Дела передаются между хранилищами в запечатанных пакетах: это файлы, которые могут открыть только выбранные контакты, с подписью хранилища-отправителя. Их можно перенести на флешке или отправить любым удобным способом.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Когда (UTC)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
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
        <translation>Дел</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Seal cases for a contact…</source>
        <translation>Запечатать дела для контакта…</translation>
    </message>
    <message>
        <source>Open a received bundle…</source>
        <translation>Открыть полученный пакет…</translation>
    </message>
</context>
<context>
    <name>CaseDetailPage</name>
    <message>
        <source>The reported stage was accepted.</source>
        <translation>Сообщённый этап принят.</translation>
    </message>
    <message>
        <source>This case cannot move to “%1” until these required checks have passed: %2.</source>
        <translation>Дело нельзя перевести на этап «%1», пока не пройдены обязательные проверки: %2.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Есть несохранённые изменения</translation>
    </message>
    <message>
        <source>Your signature is on the vetting.</source>
        <translation>Ваша подпись стоит под проверкой.</translation>
    </message>
    <message>
        <source>These dates could not be read: %1. Type them like %2 or pick them from the calendar.</source>
        <translation>Не удалось прочитать даты: %1. Введите их в виде %2 или выберите в календаре.</translation>
    </message>
    <message>
        <source>A rejected case needs a reason: fill in “%1” on the Case tab.</source>
        <translation>Для отклонения нужна причина: заполните поле «%1» на вкладке «Дело».</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Сохранять нечего.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>This case cannot be referred until these required checks have passed: %1.</source>
        <translation>Дело нельзя передать партнёрам, пока не пройдены обязательные проверки: %1.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>Военная служба</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Vetting</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Заявления</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Передача партнёрам</translation>
    </message>
    <message>
        <source>← All cases</source>
        <translation>← Все дела</translation>
    </message>
    <message>
        <source>Dossier PDF…</source>
        <translation>Досье в PDF…</translation>
    </message>
    <message>
        <source>This case as a PDF for the authorities, in French, German or English</source>
        <translation>Это дело в PDF для властей — на французском, немецком или английском</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Этап:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save every change on this case (Ctrl+S)</source>
        <translation>Сохранить все изменения в этом деле (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln дело</numerusform>
            <numerusform>%Ln дела</numerusform>
            <numerusform>%Ln дел</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by name, alias or unit, in any script</source>
        <translation>Поиск по имени, псевдониму или воинской части — кириллицей или латиницей</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Юрист</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Все этапы</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Любой риск</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>Любой срок</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due within a week</source>
        <translation>Срок в течение недели</translation>
    </message>
    <message>
        <source>Due within a month</source>
        <translation>Срок в течение месяца</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Юрист</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Последнее изменение</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Which cases?</source>
        <translation>Какие дела?</translation>
    </message>
    <message>
        <source>Tick the cases to seal into the bundle.</source>
        <translation>Отметьте дела, которые нужно запечатать в пакет.</translation>
    </message>
    <message numerus="yes">
        <source>All cases in the vault (%Ln)</source>
        <translation>
            <numerusform>Все дела в хранилище (%Ln)</numerusform>
            <numerusform>Все дела в хранилище (%Ln)</numerusform>
            <numerusform>Все дела в хранилище (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only what changed since the last bundle for the contact chosen next</source>
        <translation>Только изменения с последнего пакета для контакта, который вы выберете далее</translation>
    </message>
    <message>
        <source>Only the cases ticked below</source>
        <translation>Только отмеченные ниже дела</translation>
    </message>
    <message>
        <source>Find a person by name, in Cyrillic or Latin</source>
        <translation>Поиск по имени, кириллицей или латиницей</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message numerus="yes">
        <source>%Ln edit(s) from partners were kept beside yours. Compare and edit the fields below; each disappears once both versions agree.</source>
        <translation>
            <numerusform>%Ln правка партнёров сохранена рядом с вашей. Сравните и отредактируйте поля ниже; каждое исчезнет, когда обе версии совпадут.</numerusform>
            <numerusform>%Ln правки партнёров сохранены рядом с вашими. Сравните и отредактируйте поля ниже; каждое исчезнет, когда обе версии совпадут.</numerusform>
            <numerusform>%Ln правок партнёров сохранено рядом с вашими. Сравните и отредактируйте поля ниже; каждое исчезнет, когда обе версии совпадут.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their full version stays on the Notes tab.</source>
        <translation>Их полная версия остаётся на вкладке «Заметки».</translation>
    </message>
    <message>
        <source>From “%1”, %2 (%3):</source>
        <translation>От «%1», %2 (%3):</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>У них</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>У вас</translation>
    </message>
    <message>
        <source>see the “%1” tab</source>
        <translation>см. вкладку «%1»</translation>
    </message>
    <message>
        <source>Vetting</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Заявления</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Передача партнёрам</translation>
    </message>
</context>
<context>
    <name>ConflictNote</name>
    <message>
        <source>The version of this case&apos;s “%1” that “%2” sent, kept beside yours:</source>
        <translation>Версия записи «%1» этого дела, присланная «%2», сохранена рядом с вашей:</translation>
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
        <translation>только ключ age</translation>
    </message>
    <message>
        <source>KEYS CHANGED</source>
        <translation>КЛЮЧИ ИЗМЕНИЛИСЬ</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Проверен</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Не проверен</translation>
    </message>
    <message>
        <source>Your contact card, “%1”. Partners scan this code or paste the text below to add you; it holds only public keys.</source>
        <translation>Ваша карточка контакта, «%1». Партнёры сканируют этот код или вставляют текст ниже, чтобы добавить вас; в ней только открытые ключи.</translation>
    </message>
    <message>
        <source>The keys of “%1” have changed. Someone may be impersonating them. Nothing is sealed for or accepted from the new keys until you compare the new safety number with them in person.</source>
        <translation>Ключи контакта «%1» изменились. Возможно, кто-то выдаёт себя за него. Для новых ключей ничего не запечатывается и от них ничего не принимается, пока вы не сверите новый код безопасности при личной встрече.</translation>
    </message>
    <message>
        <source>Safety number of the keys on file</source>
        <translation>Код безопасности сохранённых ключей</translation>
    </message>
    <message>
        <source>Verified in person.</source>
        <translation>Проверен при личной встрече.</translation>
    </message>
    <message>
        <source>Safety number</source>
        <translation>Код безопасности</translation>
    </message>
    <message>
        <source>Not verified yet: compare the safety number below with them.</source>
        <translation>Ещё не проверен: сверьте с ним код безопасности ниже.</translation>
    </message>
    <message>
        <source>Safety number of the new keys</source>
        <translation>Код безопасности новых ключей</translation>
    </message>
    <message>
        <source>Meet in person (or call on a line you trust) and read the numbers aloud: the other person sees the same digits on their Contacts page.</source>
        <translation>Встретьтесь лично (или созвонитесь по надёжной связи) и прочитайте цифры вслух: собеседник видит те же цифры на своей странице «Контакты».</translation>
    </message>
    <message>
        <source>Your contact card</source>
        <translation>Ваша карточка контакта</translation>
    </message>
    <message>
        <source>Copy the card</source>
        <translation>Скопировать карточку</translation>
    </message>
    <message>
        <source>Your organisation&apos;s &amp;name:</source>
        <translation>&amp;Название организации:</translation>
    </message>
    <message>
        <source>as partners should see it</source>
        <translation>как его увидят партнёры</translation>
    </message>
    <message>
        <source>Put on the card</source>
        <translation>Записать в карточку</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Ключи</translation>
    </message>
    <message>
        <source>Add a contact…</source>
        <translation>Добавить контакт…</translation>
    </message>
    <message>
        <source>We compared the numbers: they match</source>
        <translation>Мы сверили коды: они совпадают</translation>
    </message>
    <message>
        <source>I compared the new safety number with them in person</source>
        <translation>Я сверил(а) новый код безопасности с ним лично</translation>
    </message>
    <message>
        <source>Accept the new keys</source>
        <translation>Принять новые ключи</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>There is already a file at {output}; choose another name.</source>
        <translation>Файл {output} уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <source>The vault changed while it was being sealed; try again.</source>
        <translation>Хранилище изменилось во время запечатывания; попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>An attachment is damaged in the vault; nothing was sealed.</source>
        <translation>Вложение в хранилище повреждено; ничего не запечатано.</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this vault (or its header was damaged); nothing was imported.</source>
        <translation>Этот пакет адресован не этому хранилищу (или его заголовок повреждён); ничего не импортировано.</translation>
    </message>
    <message>
        <source>This bundle was changed after it was sealed, or is incomplete; nothing was imported.</source>
        <translation>Пакет был изменён после запечатывания или передан не полностью; ничего не импортировано.</translation>
    </message>
    <message>
        <source>This bundle is damaged or was not made by Satchel; nothing was imported.</source>
        <translation>Пакет повреждён или создан не в Satchel; ничего не импортировано.</translation>
    </message>
    <message>
        <source>This bundle&apos;s {what} is larger than Satchel accepts; nothing was imported.</source>
        <translation>Часть пакета «{what}» больше, чем допускает Satchel; ничего не импортировано.</translation>
    </message>
    <message>
        <source>This file is not a Satchel bundle; nothing was imported.</source>
        <translation>Этот файл не является пакетом Satchel; ничего не импортировано.</translation>
    </message>
    <message>
        <source>This bundle was made by an older Satchel whose bundles are no longer accepted; ask the sender to update Satchel and send it again. Nothing was imported.</source>
        <translation>Этот пакет создан старой версией Satchel, пакеты которой больше не принимаются; попросите отправителя обновить Satchel и прислать его снова. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Not verified in person: {names}. If someone swapped their key, that person could read this bundle instead of them. Compare safety numbers on the Contacts page first, or accept the risk (--accept-unverified); nothing was sealed.</source>
        <translation>Не сверены лично: {names}. Если кто-то подменил их ключ, этот человек сможет прочитать пакет вместо них. Сначала сверьте коды безопасности на странице «Контакты» или примите риск (--accept-unverified); ничего не запечатано.</translation>
    </message>
    <message>
        <source>Signed by &apos;{name}&apos;, whose key is NOT verified: anyone who swapped their key could have made this bundle. Compare safety numbers on the Contacts page before trusting it, or accept the risk (--accept-unverified); nothing was imported.</source>
        <translation>Подписано «{name}», чей ключ НЕ сверен: этот пакет мог создать любой, кто подменил их ключ. Сверьте коды безопасности на странице «Контакты», прежде чем доверять ему, или примите риск (--accept-unverified); ничего не импортировано.</translation>
    </message>
    <message>
        <source>Name at least one contact to seal the bundle for.</source>
        <translation>Укажите хотя бы один контакт, для которого запечатать пакет.</translation>
    </message>
    <message>
        <source>One bundle cannot be sealed both to Satchel contacts (post-quantum keys) and to plain age keys; export to them separately.</source>
        <translation>Один пакет нельзя запечатать одновременно для контактов Satchel (постквантовые ключи) и для обычных ключей age; передайте им пакеты по отдельности.</translation>
    </message>
    <message>
        <source>Only what changed can be sent to one Satchel contact at a time; choose one contact, or send the whole cases.</source>
        <translation>Только изменения можно отправить лишь одному контакту Satchel за раз; выберите один контакт или отправьте дела целиком.</translation>
    </message>
    <message>
        <source>The last bundle for &apos;{name}&apos; was sealed with another profile; send the changes with that same profile, or send the whole cases with the new one.</source>
        <translation>Последний пакет для «{name}» был запечатан с другим профилем; отправьте изменения с тем же профилем или отправьте дела целиком с новым.</translation>
    </message>
    <message>
        <source>Nothing changed since the last bundle for &apos;{name}&apos;; there is nothing to send.</source>
        <translation>С последнего пакета для «{name}» ничего не изменилось; отправлять нечего.</translation>
    </message>
    <message>
        <source>There are no cases to export.</source>
        <translation>Нет дел для передачи.</translation>
    </message>
    <message>
        <source>These cases and attachments are too many for one bundle; export them in smaller groups.</source>
        <translation>Слишком много дел и вложений для одного пакета; экспортируйте их меньшими группами.</translation>
    </message>
    <message>
        <source>A case changed while it was being exported; try again.</source>
        <translation>Дело изменилось во время передачи; попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>An attachment is damaged in the vault; nothing was exported.</source>
        <translation>Вложение в хранилище повреждено; ничего не передано.</translation>
    </message>
    <message>
        <source>This vault was made by a newer Satchel; update Satchel to open it.</source>
        <translation>Это хранилище создано более новой версией Satchel; обновите Satchel, чтобы его открыть.</translation>
    </message>
    <message>
        <source>The vault changed while Satchel was updating it; try again.</source>
        <translation>Хранилище изменилось, пока Satchel его обновлял; попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The vault needs a short origin id to label its records.</source>
        <translation>Хранилищу нужен короткий идентификатор происхождения, чтобы помечать свои записи.</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>перевод</translation>
    </message>
    <message>
        <source>Say which language the translation is in ({choices}).</source>
        <translation>Укажите, на каком языке перевод ({choices}).</translation>
    </message>
    <message>
        <source>translator&apos;s name</source>
        <translation>имя переводчика</translation>
    </message>
    <message>
        <source>Type at least the first 4 characters of the case id.</source>
        <translation>Введите хотя бы первые 4 символа номера дела.</translation>
    </message>
    <message>
        <source>No case matches &apos;{shown}&apos;.</source>
        <translation>Дело «{shown}» не найдено.</translation>
    </message>
    <message>
        <source>More than one case starts with &apos;{shown}&apos;; type more of the id.</source>
        <translation>С «{shown}» начинается несколько дел; введите номер полнее.</translation>
    </message>
    <message>
        <source>Give the name once, not also as a field.</source>
        <translation>Укажите имя один раз, а не ещё и как поле.</translation>
    </message>
    <message>
        <source>A rejected case must keep its rejection reason.</source>
        <translation>У отклонённого дела должна оставаться причина отклонения.</translation>
    </message>
    <message>
        <source>This case came from another vault: it can be cleared, referred or moved on only with that vault&apos;s signed vetting record, from a contact whose key you verified in person, showing every required check passed.</source>
        <translation>Это дело пришло из другого хранилища: его можно одобрить, передать или продвинуть дальше только с подписанной записью о проверке от этого хранилища — от контакта, чей ключ вы сверили лично, и со всеми пройденными обязательными проверками.</translation>
    </message>
    <message>
        <source>Some checks of this case were recorded in another vault and count for nothing here: record them in this vault before the case is cleared, referred or moved on.</source>
        <translation>Часть проверок этого дела записана в другом хранилище и здесь не засчитывается: запишите их в этом хранилище, прежде чем одобрить дело, передать его или продвинуть дальше.</translation>
    </message>
    <message>
        <source>The signed vetting record of this case is about the person as the vault it came from recorded them; the name, birth date or passport changed since. Ask that vault to send the case again, or vet the person here.</source>
        <translation>Подписанная запись о проверке этого дела относится к человеку с теми данными, которые записало хранилище, откуда пришло дело; с тех пор изменились имя, дата рождения или паспорт. Попросите то хранилище прислать дело ещё раз или проверьте человека здесь.</translation>
    </message>
    <message>
        <source>The two-person rule is on: this case can be cleared only when two different people have signed its vetting as it is now (signatures that count: {count}). Nothing was changed.</source>
        <translation>Действует правило двух подписей: дело может пройти проверку, только когда два разных человека подписали его проверки в нынешнем виде (действительных подписей: {count}). Ничего не изменено.</translation>
    </message>
    <message>
        <source>A vetting decision is either cleared or rejected.</source>
        <translation>Решение по проверке: либо «проверка пройдена», либо «отклонено».</translation>
    </message>
    <message>
        <source>No other vault has reported a stage for this case.</source>
        <translation>Ни одно другое хранилище не сообщало об этапе этого дела.</translation>
    </message>
    <message>
        <source>A check can only pass with its evidence and reviewer recorded.</source>
        <translation>Проверку можно засчитать только с указанными доказательствами и проверяющим.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>заявление</translation>
    </message>
    <message>
        <source>statement date</source>
        <translation>дата заявления</translation>
    </message>
    <message>
        <source>statement source</source>
        <translation>источник заявления</translation>
    </message>
    <message>
        <source>There is no statement with that id.</source>
        <translation>Заявления с таким идентификатором нет.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of event; use one of: {kinds}.</source>
        <translation>«{kind}» — не вид события; используйте один из: {kinds}.</translation>
    </message>
    <message>
        <source>event description</source>
        <translation>описание события</translation>
    </message>
    <message>
        <source>event date</source>
        <translation>дата события</translation>
    </message>
    <message>
        <source>A partner is one of: {kinds}.</source>
        <translation>Партнёр может быть одним из: {kinds}.</translation>
    </message>
    <message>
        <source>partner name</source>
        <translation>название партнёра</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>partner notes</source>
        <translation>заметки о партнёре</translation>
    </message>
    <message>
        <source>No partner matches &apos;{partner_id}&apos;.</source>
        <translation>Партнёр «{partner_id}» не найден.</translation>
    </message>
    <message>
        <source>contact name</source>
        <translation>имя контакта</translation>
    </message>
    <message>
        <source>contact handle</source>
        <translation>способ связи с контактом</translation>
    </message>
    <message>
        <source>age recipient</source>
        <translation>получатель age</translation>
    </message>
    <message>
        <source>signing key</source>
        <translation>ключ подписи</translation>
    </message>
    <message>
        <source>No contact matches &apos;{contact_id}&apos;.</source>
        <translation>Контакт «{contact_id}» не найден.</translation>
    </message>
    <message>
        <source>referral date</source>
        <translation>дата направления</translation>
    </message>
    <message>
        <source>referral note</source>
        <translation>заметка о направлении</translation>
    </message>
    <message>
        <source>No referral matches &apos;{referral_id}&apos;.</source>
        <translation>Направление «{referral_id}» не найдено.</translation>
    </message>
    <message>
        <source>A case cannot be linked to itself.</source>
        <translation>Дело нельзя связать с самим собой.</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>доказательства</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>проверяющий</translation>
    </message>
    <message>
        <source>check date</source>
        <translation>дата проверки</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a referral status; use one of: {statuses}.</source>
        <translation>«{status}» — не статус направления; используйте один из: {statuses}.</translation>
    </message>
    <message>
        <source>The vault&apos;s failed-unlock counter is damaged; nothing was opened (delete the file {file} in the vault folder to switch the limit off).</source>
        <translation>Счётчик неудачных попыток входа повреждён; ничего не открыто (удалите файл {file} в папке хранилища, чтобы отключить ограничение).</translation>
    </message>
    <message>
        <source>The number of failed unlocks must be between {min_limit} and {max_limit}.</source>
        <translation>Число неудачных попыток входа должно быть от {min_limit} до {max_limit}.</translation>
    </message>
    <message>
        <source>The failed-unlock counter could not be saved; nothing was opened or changed.</source>
        <translation>Не удалось сохранить счётчик неудачных попыток входа; ничего не открыто и не изменено.</translation>
    </message>
    <message>
        <source>The passphrase or recovery code is wrong; nothing was changed.</source>
        <translation>Неверная парольная фраза или код восстановления; ничего не изменено.</translation>
    </message>
    <message>
        <source>This recovery code has a typo; check each group against your copy. Nothing was changed.</source>
        <translation>В коде восстановления опечатка: сверьте каждую группу со своей копией. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged: it was changed on disk, so no passphrase was tried and nothing was counted. Restore the vault folder from a backup, or from a border bundle.</source>
        <translation>Файл ключей хранилища повреждён: он изменился на диске, поэтому пароль не проверялся и попытка не засчитана. Восстановите папку хранилища из резервной копии или из пограничного пакета.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is not one this Satchel can read; nothing was changed.</source>
        <translation>Эта версия Satchel не может прочитать файл ключей хранилища; ничего не изменено.</translation>
    </message>
    <message>
        <source>This vault was made by an earlier Satchel whose key file this version cannot open; nothing was changed. Open it with that version, seal it for the border, then restore the border bundle with this one.</source>
        <translation>Это хранилище создано более ранней версией Satchel, файл ключей которой эта версия открыть не может; ничего не изменено. Откройте его той версией, запечатайте хранилище для границы, затем восстановите пограничный пакет в этой версии.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file cannot be read; nothing was tried or counted.</source>
        <translation>Файл ключей хранилища не читается; ничего не проверялось и не засчитано.</translation>
    </message>
    <message>
        <source>This computer&apos;s keystore has no key for this vault, so the passphrase cannot be checked here (nothing was counted). Open the vault with its recovery code.</source>
        <translation>В хранилище ключей этого компьютера нет ключа для этого хранилища, поэтому пароль здесь проверить нельзя (попытка не засчитана). Откройте хранилище кодом восстановления.</translation>
    </message>
    <message>
        <source>The vault was opened with the recovery code: set a new passphrase first, then the duress passphrase. Nothing was changed.</source>
        <translation>Хранилище открыто кодом восстановления: сначала задайте новый пароль, затем пароль под принуждением. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged or does not match its key file.</source>
        <translation>База данных хранилища повреждена или не соответствует файлу ключей.</translation>
    </message>
    <message>
        <source>The vault is locked; unlock it again to continue.</source>
        <translation>Хранилище заблокировано; разблокируйте его снова, чтобы продолжить.</translation>
    </message>
    <message>
        <source>That passphrase cannot be used; choose another.</source>
        <translation>Эту парольную фразу использовать нельзя; выберите другую.</translation>
    </message>
    <message>
        <source>The duress passphrase must differ from the passphrase and the recovery code.</source>
        <translation>Пароль под принуждением должен отличаться от парольной фразы и кода восстановления.</translation>
    </message>
    <message>
        <source>There is already a Satchel vault in {folder}.</source>
        <translation>В папке {folder} уже есть хранилище Satchel.</translation>
    </message>
    <message>
        <source>The folder {folder} is not empty; choose an empty or new folder for the vault.</source>
        <translation>Папка {folder} не пуста; выберите для хранилища пустую или новую папку.</translation>
    </message>
    <message>
        <source>The file {path} appeared meanwhile; nothing was sealed or wiped.</source>
        <translation>Тем временем появился файл {path}; ничего не запечатано и не стёрто.</translation>
    </message>
    <message>
        <source>Save the border bundle outside the vault folder: the wipe that follows empties that folder.</source>
        <translation>Сохраните пограничный пакет вне папки хранилища: последующее уничтожение очистит эту папку.</translation>
    </message>
    <message>
        <source>The passphrase must be at least {count} characters long.</source>
        <translation>Парольная фраза должна содержать не меньше {count} символов.</translation>
    </message>
    <message>
        <source>The restored vault did not check out, so it was removed; try again.</source>
        <translation>Восстановленное хранилище не прошло проверку и было удалено; попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>There is already a Satchel vault in {folder}; nothing was changed.</source>
        <translation>В папке {folder} уже есть хранилище Satchel; ничего не изменено.</translation>
    </message>
    <message>
        <source>The folder {folder} is not empty; choose an empty or new folder to restore into.</source>
        <translation>Папка {folder} не пуста; выберите для восстановления пустую или новую папку.</translation>
    </message>
    <message>
        <source>The border bundle did not open correctly, so it was deleted; nothing was wiped.</source>
        <translation>Пограничный пакет не открылся как следует, поэтому он удалён; ничего не уничтожено.</translation>
    </message>
    <message>
        <source>The border bundle did not match the vault, so it was deleted; nothing was wiped.</source>
        <translation>Пограничный пакет не совпал с хранилищем, поэтому он удалён; ничего не уничтожено.</translation>
    </message>
    <message>
        <source>This border code does not open this bundle; nothing was changed.</source>
        <translation>Этот пограничный код не открывает этот пакет; ничего не изменено.</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>опись</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>подпись</translation>
    </message>
    <message>
        <source>This is a bundle from a contact, not a border bundle: import it with &apos;satchel import&apos; into an unlocked vault; nothing was changed.</source>
        <translation>Это пакет от контакта, а не пограничный пакет: импортируйте его командой «satchel import» в разблокированное хранилище; ничего не изменено.</translation>
    </message>
    <message>
        <source>This border bundle&apos;s signature does not match; nothing was changed.</source>
        <translation>Подпись пограничного пакета не совпадает; ничего не изменено.</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>запись</translation>
    </message>
    <message>
        <source>This border bundle was made by a newer Satchel; update Satchel to restore it.</source>
        <translation>Этот пограничный пакет создан более новой версией Satchel; обновите Satchel, чтобы восстановить его.</translation>
    </message>
    <message>
        <source>This is not a border code; check it against the copy you were given. Nothing was changed.</source>
        <translation>Это не пограничный код; сверьте его с копией, которую вам передали. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The vault holds data Satchel does not recognise; nothing was sealed.</source>
        <translation>В хранилище есть данные, которые Satchel не распознаёт; ничего не запечатано.</translation>
    </message>
    <message>
        <source>This is a border bundle: restore it with &apos;satchel restore&apos; into an empty folder; nothing was imported.</source>
        <translation>Это пограничный пакет: восстановите его командой «satchel restore» в пустую папку; ничего не импортировано.</translation>
    </message>
    <message>
        <source>This bundle comes from a sender you have not added as a contact.</source>
        <translation>Этот пакет пришёл от отправителя, которого нет среди ваших контактов.</translation>
    </message>
    <message>
        <source>This bundle&apos;s signature does not match the key of &apos;{name}&apos;; nothing was imported.</source>
        <translation>Подпись пакета не совпадает с ключом контакта «{name}»; ничего не импортировано.</translation>
    </message>
    <message>
        <source>The keys of &apos;{name}&apos; have changed since you added them; compare safety numbers in person and accept the new keys before importing.</source>
        <translation>Ключи контакта «{name}» изменились с тех пор, как вы его добавили; сверьте коды безопасности при личной встрече и примите новые ключи перед импортом.</translation>
    </message>
    <message>
        <source>This bundle from &apos;{name}&apos; holds only what changed since their bundle no. {sequence}, which was never imported here. Import that bundle first, or ask &apos;{name}&apos; to send the whole cases; nothing was imported.</source>
        <translation>Этот пакет от «{name}» содержит только изменения с их пакета № {sequence}, который здесь так и не был импортирован. Сначала импортируйте тот пакет или попросите «{name}» отправить дела целиком; ничего не импортировано.</translation>
    </message>
    <message>
        <source>This bundle is older than one already imported from &apos;{name}&apos;; nothing was imported.</source>
        <translation>Этот пакет старше уже импортированного от «{name}»; ничего не импортировано.</translation>
    </message>
    <message>
        <source>A vetting signature in this bundle from &apos;{name}&apos; does not verify; nothing was imported.</source>
        <translation>Подпись под проверкой в этом пакете от «{name}» не проходит проверку; ничего не импортировано.</translation>
    </message>
    <message>
        <source>The vetting record in this bundle is not validly signed by &apos;{name}&apos;; nothing was imported.</source>
        <translation>Запись о проверке в этом пакете не имеет действительной подписи «{name}»; ничего не импортировано.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; vouches for the vetting of a case that did not come from them; only the vault a case came from can. Nothing was imported.</source>
        <translation>«{name}» ручается за проверку дела, которое пришло не от них; это может сделать только хранилище, из которого пришло дело. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; sent changes to a case or record that this vault never exchanged with them; nothing was imported.</source>
        <translation>«{name}» прислал изменения дела или записи, которыми это хранилище с ним никогда не обменивалось; ничего не импортировано.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; sent a vetting check of a case this vault created that passes without its evidence or reviewer; here a check passes only with both. Nothing was imported.</source>
        <translation>«{name}» прислал проверку по делу, созданному в этом хранилище, которая пройдена без доказательств или без проверявшего; здесь проверка считается пройденной только с тем и другим. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>A bundle with this id from &apos;{name}&apos; was already imported, but this copy differs from it: it was changed after it was sealed. Nothing was imported.</source>
        <translation>Пакет с этим идентификатором от «{name}» уже импортирован, но эта копия отличается от него: её изменили после запечатывания. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The vault changed since this bundle was checked; check it again before importing. Nothing was imported.</source>
        <translation>Хранилище изменилось после проверки этого пакета; проверьте его снова перед импортом. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>A conflict is resolved with one of: {choices}.</source>
        <translation>Конфликт разрешается одним из вариантов: {choices}.</translation>
    </message>
    <message>
        <source>1 record was changed on both sides; choose to keep mine, take theirs or keep both (--resolve mine|theirs|both). Nothing was imported.</source>
        <translation>Одна запись изменена с обеих сторон; выберите: оставить свою, взять их версию или сохранить обе (--resolve mine|theirs|both). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{count} records were changed on both sides; choose to keep mine, take theirs or keep both (--resolve mine|theirs|both). Nothing was imported.</source>
        <translation>Записей, изменённых с обеих сторон: {count}; выберите: оставить свои, взять их версии или сохранить обе (--resolve mine|theirs|both). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer Satchel (format {version}); update Satchel to import it.</source>
        <translation>Этот пакет создан более новой версией Satchel (формат {version}); обновите Satchel, чтобы импортировать его.</translation>
    </message>
    <message>
        <source>list of entries</source>
        <translation>список записей</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>вложение</translation>
    </message>
    <message>
        <source>case record</source>
        <translation>запись дела</translation>
    </message>
    <message>
        <source>There is no profile &apos;{name}&apos;; choose one of: {choices}.</source>
        <translation>Профиля «{name}» нет; выберите один из: {choices}.</translation>
    </message>
    <message>
        <source>Nothing was wiped.</source>
        <translation>Ничего не уничтожено.</translation>
    </message>
    <message>
        <source>The wipe did not finish cleanly: see the problems listed above.</source>
        <translation>Уничтожение прошло не полностью: см. перечисленные выше проблемы.</translation>
    </message>
    <message>
        <source>{command} asks for confirmation in a terminal; add --yes to wipe without asking.</source>
        <translation>{command} запрашивает подтверждение в терминале; добавьте --yes, чтобы уничтожить без вопроса.</translation>
    </message>
    <message>
        <source>There is no Satchel vault in {folder}.</source>
        <translation>В папке {folder} нет хранилища Satchel.</translation>
    </message>
    <message>
        <source>Nothing was sealed or wiped.</source>
        <translation>Ничего не запечатано и не уничтожено.</translation>
    </message>
    <message>
        <source>There is no file {bundle}.</source>
        <translation>Файла {bundle} нет.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Две парольные фразы не совпадают; ничего не изменено.</translation>
    </message>
    <message>
        <source>--limit must be at least 1.</source>
        <translation>Значение --limit должно быть не меньше 1.</translation>
    </message>
    <message>
        <source>Showing the {shown} most recently changed of {total} cases; use --limit N or --all for more.</source>
        <translation>Показаны последние изменённые дела: {shown} из {total}; чтобы увидеть больше, укажите --limit N или --all.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Файла {path} нет.</translation>
    </message>
    <message>
        <source>The number of demo cases must be between 1 and 1,000,000.</source>
        <translation>Число демонстрационных дел должно быть от 1 до 1 000 000.</translation>
    </message>
    <message>
        <source>{problem} (see &apos;satchel --help&apos;).</source>
        <translation>{problem} (см. «satchel --help»).</translation>
    </message>
    <message>
        <source>No passphrase was given: run Satchel in a terminal or set SATCHEL_PASSPHRASE.</source>
        <translation>Парольная фраза не указана: запустите Satchel в терминале или задайте SATCHEL_PASSPHRASE.</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is not of the form FIELD=VALUE.</source>
        <translation>«{item}» не имеет вида ПОЛЕ=ЗНАЧЕНИЕ.</translation>
    </message>
    <message>
        <source>This file is not a contact card or an age key.</source>
        <translation>Этот файл не является карточкой контакта или ключом age.</translation>
    </message>
    <message>
        <source>This is too long to be a contact card.</source>
        <translation>Это слишком длинно для карточки контакта.</translation>
    </message>
    <message>
        <source>There is already a vault in {folder}; nothing was changed.</source>
        <translation>В папке {folder} уже есть хранилище; ничего не изменено.</translation>
    </message>
    <message>
        <source>The vault failed verification: see the problems listed above.</source>
        <translation>Хранилище не прошло проверку: см. перечисленные выше проблемы.</translation>
    </message>
    <message>
        <source>The keys of &apos;{name}&apos; have changed; compare safety numbers in person, then run &apos;satchel contact accept &quot;{name}&quot;&apos;.</source>
        <translation>Ключи контакта «{name}» изменились; сверьте коды безопасности при личной встрече, затем выполните «satchel contact accept &quot;{name}&quot;».</translation>
    </message>
    <message>
        <source>This is your own vault&apos;s contact card.</source>
        <translation>Это карточка контакта вашего собственного хранилища.</translation>
    </message>
    <message>
        <source>There is no contact card or age key to add.</source>
        <translation>Нет карточки контакта или ключа age для добавления.</translation>
    </message>
    <message>
        <source>This is neither a Satchel contact card nor an age key.</source>
        <translation>Это не карточка контакта Satchel и не ключ age.</translation>
    </message>
    <message>
        <source>A plain age key has no name: give one with --name.</source>
        <translation>У обычного ключа age нет имени: укажите его с помощью --name.</translation>
    </message>
    <message>
        <source>There is no contact named &apos;{name}&apos;.</source>
        <translation>Контакта с именем «{name}» нет.</translation>
    </message>
    <message>
        <source>The keys of &apos;{name}&apos; have not changed.</source>
        <translation>Ключи контакта «{name}» не изменились.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a Satchel contact; a plain age key cannot replace its card.</source>
        <translation>«{name}» — контакт Satchel; обычный ключ age не может заменить его карточку.</translation>
    </message>
    <message>
        <source>These keys already belong to the contact &apos;{name}&apos;; nothing was added.</source>
        <translation>Эти ключи уже принадлежат контакту «{name}»; ничего не добавлено.</translation>
    </message>
    <message>
        <source>The name &apos;{name}&apos; looks like the contact &apos;{other}&apos; and could be mistaken for it; add it under a clearly different name (--name). Nothing was added.</source>
        <translation>Имя «{name}» похоже на контакт «{other}», и их можно спутать; добавьте его под заметно другим именем (--name). Ничего не добавлено.</translation>
    </message>
    <message>
        <source>Demo data can have between 1 and {limit} cases.</source>
        <translation>Демонстрационных дел может быть от 1 до {limit}.</translation>
    </message>
    <message>
        <source>A contact&apos;s name</source>
        <translation>Имя контакта</translation>
    </message>
    <message>
        <source>{what} must be text.</source>
        <translation>{what} должно быть текстом.</translation>
    </message>
    <message>
        <source>{what} is empty.</source>
        <translation>{what} не заполнено.</translation>
    </message>
    <message>
        <source>{what} is longer than {limit} characters.</source>
        <translation>{what} длиннее {limit} символов.</translation>
    </message>
    <message>
        <source>{what} contains control or invisible characters.</source>
        <translation>{what} содержит управляющие или невидимые символы.</translation>
    </message>
    <message>
        <source>The post-quantum age key is not a valid age recipient.</source>
        <translation>Постквантовый ключ age не является действительным получателем age.</translation>
    </message>
    <message>
        <source>The age key is not a valid age recipient.</source>
        <translation>Ключ age не является действительным получателем age.</translation>
    </message>
    <message>
        <source>The signing key is not a valid Ed25519 key.</source>
        <translation>Ключ подписи не является действительным ключом Ed25519.</translation>
    </message>
    <message>
        <source>The contact card has no &apos;{label}&apos; line.</source>
        <translation>В карточке контакта нет строки «{label}».</translation>
    </message>
    <message>
        <source>The contact card&apos;s check does not match: a character was changed or mistyped. Ask for the card again.</source>
        <translation>Контрольная сумма контактной карточки не совпадает: какой-то символ изменён или набран с ошибкой. Попросите карточку ещё раз.</translation>
    </message>
    <message>
        <source>The name on the contact card</source>
        <translation>Имя в карточке контакта</translation>
    </message>
    <message>
        <source>A contact card must be text.</source>
        <translation>Карточка контакта должна быть текстом.</translation>
    </message>
    <message>
        <source>Line {number} of the contact card is not a known field.</source>
        <translation>Строка {number} карточки контакта не является известным полем.</translation>
    </message>
    <message>
        <source>The contact card gives &apos;{label}&apos; twice.</source>
        <translation>В карточке контакта строка «{label}» указана дважды.</translation>
    </message>
    <message>
        <source>This is not a Satchel contact card.</source>
        <translation>Это не карточка контакта Satchel.</translation>
    </message>
    <message>
        <source>This contact card was made by a newer Satchel (or is damaged); update Satchel to read it.</source>
        <translation>Эта карточка контакта создана более новой версией Satchel (или повреждена); обновите Satchel, чтобы прочитать её.</translation>
    </message>
    <message>
        <source>The vault&apos;s name</source>
        <translation>Имя хранилища</translation>
    </message>
    <message>
        <source>The vault&apos;s own keys are missing.</source>
        <translation>Собственные ключи хранилища отсутствуют.</translation>
    </message>
    <message>
        <source>The vault&apos;s own keys are damaged.</source>
        <translation>Собственные ключи хранилища повреждены.</translation>
    </message>
    <message>
        <source>The system keystore is locked or not responding: unlock your session&apos;s keyring (or log in again), then try again. Nothing was counted as a wrong passphrase.</source>
        <translation>Системное хранилище ключей заблокировано или не отвечает: разблокируйте связку ключей сеанса (или войдите снова) и попробуйте ещё раз. Неверная попытка не засчитана.</translation>
    </message>
    <message>
        <source>There is no secure system keystore on this computer.</source>
        <translation>На этом компьютере нет надёжного системного хранилища ключей.</translation>
    </message>
    <message>
        <source>The system keystore refused to store Satchel&apos;s key.</source>
        <translation>Системное хранилище ключей отказалось сохранить ключ Satchel.</translation>
    </message>
    <message>
        <source>The system keystore refused to delete Satchel&apos;s key.</source>
        <translation>Системное хранилище ключей отказалось удалить ключ Satchel.</translation>
    </message>
    <message>
        <source>The system keystore could not be reached.</source>
        <translation>Не удалось связаться с системным хранилищем ключей.</translation>
    </message>
    <message>
        <source>The only keystore found ({name}) is not a secure system keystore.</source>
        <translation>Единственное найденное хранилище ключей ({name}) не является защищённым системным хранилищем.</translation>
    </message>
    <message>
        <source>The system keystore ({name}) is locked or not responding.</source>
        <translation>Системное хранилище ключей ({name}) заблокировано или не отвечает.</translation>
    </message>
    <message>
        <source>The attachment needs a file name.</source>
        <translation>У вложения должно быть имя файла.</translation>
    </message>
    <message>
        <source>This file is too large to attach (the limit is {limit} MB).</source>
        <translation>Этот файл слишком велик для вложения (предел — {limit} МБ).</translation>
    </message>
    <message>
        <source>No attachment matches &apos;{attachment_id}&apos;.</source>
        <translation>Вложение «{attachment_id}» не найдено.</translation>
    </message>
    <message>
        <source>This attachment is damaged in the vault and cannot be read.</source>
        <translation>Это вложение повреждено в хранилище и не может быть прочитано.</translation>
    </message>
    <message>
        <source>An audit entry&apos;s details must be plain text and numbers.</source>
        <translation>Подробности записи журнала аудита должны быть простым текстом и числами.</translation>
    </message>
    <message>
        <source>An audit entry&apos;s details are too long.</source>
        <translation>Подробности записи журнала аудита слишком длинные.</translation>
    </message>
    <message>
        <source>An audit action must be a short word such as &apos;case.add&apos;.</source>
        <translation>Действие в журнале аудита должно быть коротким словом, например «case.add».</translation>
    </message>
    <message>
        <source>Audit entry {seq} is missing.</source>
        <translation>Запись журнала аудита № {seq} отсутствует.</translation>
    </message>
    <message>
        <source>Audit entries {first} to {last} are missing.</source>
        <translation>Записи журнала аудита с № {first} по № {last} отсутствуют.</translation>
    </message>
    <message>
        <source>Audit entry {seq} was altered or does not follow the one before.</source>
        <translation>Запись журнала аудита № {seq} изменена или не следует за предыдущей.</translation>
    </message>
    <message>
        <source>The audit log should have {count} entries but {found} were found; entries were removed.</source>
        <translation>В журнале аудита должно быть записей: {count}, а найдено: {found}; записи были удалены.</translation>
    </message>
    <message>
        <source>The last audit entry does not match the recorded head of the log.</source>
        <translation>Последняя запись журнала аудита не совпадает с сохранённым концом журнала.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {what}; choose from: {choices}.</source>
        <translation>«{value}» не подходит для поля «{what}»; выберите из: {choices}.</translation>
    </message>
    <message>
        <source>Cases cannot be sorted by &apos;{order}&apos;; choose from: {choices}.</source>
        <translation>Дела нельзя отсортировать по «{order}»; выберите из: {choices}.</translation>
    </message>
    <message>
        <source>The list offset and limit cannot be negative.</source>
        <translation>Смещение и размер списка не могут быть отрицательными.</translation>
    </message>
    <message>
        <source>No case matches &apos;{case_id}&apos;.</source>
        <translation>Дело «{case_id}» не найдено.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>The {what} &apos;{value}&apos; is not a real date in the form YYYY-MM-DD.</source>
        <translation>«{value}» в поле «{what}» — не существующая дата в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>The {what} must be text.</source>
        <translation>Поле «{what}» должно быть текстом.</translation>
    </message>
    <message>
        <source>The {what} contains an invalid character.</source>
        <translation>Поле «{what}» содержит недопустимый символ.</translation>
    </message>
    <message>
        <source>The {what} is too long (at most {limit} characters).</source>
        <translation>Поле «{what}» слишком длинное (не больше {limit} символов).</translation>
    </message>
    <message>
        <source>The {what} cannot be empty.</source>
        <translation>Поле «{what}» не может быть пустым.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {what}; choose one of: {choices}.</source>
        <translation>«{value}» не подходит для поля «{what}»; выберите одно из: {choices}.</translation>
    </message>
    <message>
        <source>The field &apos;{field}&apos; takes yes or no, not &apos;{value}&apos;.</source>
        <translation>В поле «{field}» нужно указать «да» или «нет», а не «{value}».</translation>
    </message>
    <message>
        <source>Unknown field {unknown}; valid fields are: {names}.</source>
        <translation>Неизвестное поле {unknown}; допустимые поля: {names}.</translation>
    </message>
    <message>
        <source>Unknown fields {unknown}; valid fields are: {names}.</source>
        <translation>Неизвестные поля {unknown}; допустимые поля: {names}.</translation>
    </message>
    <message>
        <source>There is no vetting check called &apos;{name}&apos;; the checks are: {checks}.</source>
        <translation>Проверки «{name}» нет; проверки такие: {checks}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a check result; use one of: {results}.</source>
        <translation>«{value}» — не результат проверки; используйте один из: {results}.</translation>
    </message>
    <message>
        <source>This case cannot be cleared: these required checks have not passed: {missing}.</source>
        <translation>Дело нельзя одобрить: не пройдены обязательные проверки: {missing}.</translation>
    </message>
    <message>
        <source>This case cannot be referred: these required checks have not passed: {missing}.</source>
        <translation>Дело нельзя направить партнёру: не пройдены обязательные проверки: {missing}.</translation>
    </message>
    <message>
        <source>This case cannot be moved to {stage}: these required checks have not passed: {missing}.</source>
        <translation>Дело нельзя перевести на этап «{stage}»: не пройдены обязательные проверки: {missing}.</translation>
    </message>
    <message>
        <source>&apos;{stage}&apos; is not a stage; stages are: {stages}.</source>
        <translation>«{stage}» — не этап; этапы такие: {stages}.</translation>
    </message>
    <message>
        <source>This case cannot be rejected without a reason; set rejection_reason as well.</source>
        <translation>Дело нельзя отклонить без причины; укажите также причину отклонения (rejection_reason).</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation>Диск заполнен; ничего не изменено. Освободите место и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The change was made, but the disk is full, so the audit log could not note it. Free some space.</source>
        <translation>Изменение внесено, но диск заполнен, поэтому журнал аудита не смог его записать. Освободите место.</translation>
    </message>
    <message>
        <source>The vault&apos;s files are read-only, so nothing can be saved; nothing was changed. Let Satchel write to the vault folder (or copy the vault to this computer), then try again.</source>
        <translation>Файлы хранилища доступны только для чтения, поэтому ничего нельзя сохранить; ничего не изменено. Разрешите Satchel запись в папку хранилища (или скопируйте хранилище на этот компьютер) и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Satchel is busy sealing this vault for the border; nothing was changed. Once it is done, the vault is gone from this computer.</source>
        <translation>Satchel сейчас запечатывает это хранилище перед границей; ничего не изменено. Когда он закончит, хранилища на этом компьютере не будет.</translation>
    </message>
    <message>
        <source>Satchel is busy restoring this vault; nothing was changed. Try again shortly.</source>
        <translation>Satchel сейчас восстанавливает это хранилище; ничего не изменено. Попробуйте чуть позже.</translation>
    </message>
    <message>
        <source>Satchel is busy changing this vault&apos;s keys; nothing was changed. Try again shortly.</source>
        <translation>Satchel сейчас меняет ключи этого хранилища; ничего не изменено. Попробуйте чуть позже.</translation>
    </message>
    <message>
        <source>Satchel is busy updating this vault&apos;s database format; nothing was changed. Try again shortly.</source>
        <translation>Satchel сейчас обновляет формат базы данных этого хранилища; ничего не изменено. Попробуйте чуть позже.</translation>
    </message>
    <message>
        <source>Satchel is wiping this vault; nothing was changed.</source>
        <translation>Satchel стирает это хранилище; ничего не изменено.</translation>
    </message>
    <message>
        <source>The vault is open in another Satchel window or command; close it, then try again. Nothing was changed.</source>
        <translation>Хранилище открыто в другом окне или команде Satchel; закройте его и попробуйте ещё раз. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The copy could not be written there (the disk may be full or read-only); nothing was saved.</source>
        <translation>Не удалось записать копию туда (диск может быть заполнен или защищён от записи); ничего не сохранено.</translation>
    </message>
    <message>
        <source>Choose an existing folder for the copy; nothing was saved.</source>
        <translation>Выберите существующую папку для копии; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Save the copy outside the vault&apos;s own folders (a panic wipe would take it too), for example on a USB stick; nothing was saved.</source>
        <translation>Сохраните копию вне папок самого хранилища (экстренное уничтожение удалило бы и её), например на флешку; ничего не сохранено.</translation>
    </message>
    <message>
        <source>There are too many copies in that folder; choose another.</source>
        <translation>В этой папке слишком много копий; выберите другую.</translation>
    </message>
    <message>
        <source>The original file {name} could not be deleted; check whether it is still there.</source>
        <translation>Не удалось удалить исходный файл {name}; проверьте, на месте ли он.</translation>
    </message>
    <message>
        <source>The dossier&apos;s file name must end in .pdf.</source>
        <translation>Имя файла досье должно оканчиваться на .pdf.</translation>
    </message>
    <message>
        <source>A dossier can be written in {languages}, not in &apos;{language}&apos;.</source>
        <translation>Досье можно составить на языках {languages}, но не «{language}».</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name for the dossier.</source>
        <translation>{path} — это папка; выберите имя файла для досье.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (просрочено)</translation>
    </message>
    <message>
        <source>Nothing due in the next two weeks.</source>
        <translation>В ближайшие две недели сроков нет.</translation>
    </message>
    <message>
        <source>No bundles have been imported yet.</source>
        <translation>Пакеты ещё не импортировались.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Dashboard&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Обзор&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Cases by stage</source>
        <translation>Дела по этапам</translation>
    </message>
    <message>
        <source>Cases by overall risk</source>
        <translation>Дела по общему уровню риска</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Не оценён</translation>
    </message>
    <message>
        <source>Next deadlines and overdue actions</source>
        <translation>Ближайшие сроки и просроченные шаги</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <source>Recent imports</source>
        <translation>Последние импорты</translation>
    </message>
    <message>
        <source>Security status</source>
        <translation>Состояние защиты</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Выбрать дату в календаре</translation>
    </message>
    <message>
        <source>D</source>
        <comment>the letter for day in a date</comment>
        <translation>Д</translation>
    </message>
    <message>
        <source>M</source>
        <comment>the letter for month in a date</comment>
        <translation>М</translation>
    </message>
    <message>
        <source>Y</source>
        <comment>the letter for year in a date</comment>
        <translation>Г</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message numerus="yes">
        <source>%Ln fictional case(s) were added.</source>
        <translation>
            <numerusform>Добавлено %Ln вымышленное дело.</numerusform>
            <numerusform>Добавлено %Ln вымышленных дела.</numerusform>
            <numerusform>Добавлено %Ln вымышленных дел.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <comment>after a number in a spin box</comment>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демонстрационные данные</translation>
    </message>
    <message>
        <source>For trying Satchel out: add invented cases (made-up people, random unit numbers) to this vault. They look real, so do not add them to a vault you share with partners.</source>
        <translation>Чтобы попробовать Satchel: добавьте в это хранилище вымышленные дела (выдуманные люди, случайные номера частей). Они выглядят настоящими, поэтому не добавляйте их в хранилище, которым вы обмениваетесь с партнёрами.</translation>
    </message>
    <message>
        <source>Add fictional demo cases</source>
        <translation>Добавить вымышленные дела</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <source>Save the dossier</source>
        <translation>Сохранить досье</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Dossier for the authorities</source>
        <translation>Досье для властей</translation>
    </message>
    <message>
        <source>A PDF of this case for a request for entry documents or protection: the person, service, desertion, risks, statements in date order, the vetting, the timeline and the attached documents with their SHA-256. Evidence, internal notes and your own planning are never in it.</source>
        <translation>PDF этого дела для запроса въездных документов или защиты: человек, служба, дезертирство, риски, заявления по датам, проверка, хронология и приложенные документы с их SHA-256. Доказательства проверок, внутренние заметки и ваше планирование в него никогда не попадают.</translation>
    </message>
    <message>
        <source>Language of the dossier:</source>
        <translation>Язык досье:</translation>
    </message>
    <message>
        <source>What it contains:</source>
        <translation>Что в нём:</translation>
    </message>
    <message>
        <source>The PDF is not encrypted: anyone who gets the file can read it. Keep it only as long as you need it, and hand it over the way you agreed with the partner.</source>
        <translation>PDF не зашифрован: любой, у кого окажется файл, сможет его прочитать. Храните его не дольше, чем нужно, и передавайте так, как договорились с партнёром.</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
</context>
<context>
    <name>EntryTab</name>
    <message>
        <source>The date could not be read: type it like %1 or pick it from the calendar.</source>
        <translation>Не удалось прочитать дату: введите её в виде %1 или выберите в календаре.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>This bundle comes from a sender you have not added as a contact. Add their contact card first; nothing was imported.</source>
        <translation>Этот пакет от отправителя, которого нет в ваших контактах. Сначала добавьте его карточку; ничего не импортировано.</translation>
    </message>
    <message>
        <source>The sender&apos;s keys have changed since you added them. Compare safety numbers in person and accept the new keys on the Contacts page first; nothing was imported.</source>
        <translation>Ключи отправителя изменились с тех пор, как вы его добавили. Сначала сверьте коды безопасности лично и примите новые ключи на странице «Контакты»; ничего не импортировано.</translation>
    </message>
    <message>
        <source>This file is damaged or is not a Satchel bundle; nothing was imported.</source>
        <translation>Файл повреждён или не является пакетом Satchel; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Some records were changed on both sides; choose for each what to keep. Nothing was imported.</source>
        <translation>Некоторые записи изменены с обеих сторон; выберите для каждой, что оставить. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>This is your own vault&apos;s contact card; add the other person&apos;s card instead.</source>
        <translation>Это карточка вашего собственного хранилища; добавьте карточку собеседника.</translation>
    </message>
    <message>
        <source>Choose at least one contact to seal the bundle for.</source>
        <translation>Выберите хотя бы один контакт, для которого запечатать пакет.</translation>
    </message>
    <message>
        <source>One bundle cannot be sealed both to Satchel contacts and to plain age keys; seal a bundle for each.</source>
        <translation>Один пакет нельзя запечатать одновременно для контактов Satchel и для обычных ключей age; запечатайте отдельный пакет для каждого.</translation>
    </message>
    <message>
        <source>The name must be 1 to 80 characters long, without control or invisible characters.</source>
        <translation>Имя должно содержать от 1 до 80 символов, без управляющих и невидимых символов.</translation>
    </message>
    <message>
        <source>This is neither a Satchel contact card nor an age key, or it was not copied completely; nothing was added.</source>
        <translation>Это не карточка контакта Satchel и не ключ age, либо текст скопирован не полностью; ничего не добавлено.</translation>
    </message>
    <message>
        <source>The keys of “%1” have changed. Compare safety numbers in person, then accept the new keys on the Contacts page.</source>
        <translation>Ключи контакта «%1» изменились. Сверьте коды безопасности лично, затем примите новые ключи на странице «Контакты».</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Seal cases for a contact</source>
        <translation>Запечатать дела для контакта</translation>
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
        <translation>(не указано)</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %Ln characters.</source>
        <translation>
            <numerusform>Слишком коротко: нужно не меньше %Ln символа.</numerusform>
            <numerusform>Слишком коротко: нужно не меньше %Ln символов.</numerusform>
            <numerusform>Слишком коротко: нужно не меньше %Ln символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: easy to guess. Use several unrelated words.</source>
        <translation>Слабая: легко подобрать. Используйте несколько не связанных между собой слов.</translation>
    </message>
    <message>
        <source>Fair: longer is better; add another word or two.</source>
        <translation>Средняя: чем длиннее, тем лучше — добавьте ещё одно-два слова.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Надёжная.</translation>
    </message>
    <message>
        <source>Create your Satchel vault</source>
        <translation>Создание хранилища Satchel</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Satchel&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Добро пожаловать в Satchel&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Satchel keeps your cases in an encrypted vault on this computer. Choose a passphrase: a phrase of several words you will remember. Without it or the recovery code nobody can open the vault, including you.</source>
        <translation>Satchel хранит ваши дела в зашифрованном хранилище на этом компьютере. Придумайте парольную фразу — несколько слов, которые вы запомните. Без неё или без кода восстановления хранилище не откроет никто, в том числе вы.</translation>
    </message>
    <message>
        <source>Your organisation:</source>
        <translation>Ваша организация:</translation>
    </message>
    <message>
        <source>as partners will see it on your card</source>
        <translation>как его увидят партнёры в вашей карточке</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>Повторите парольную фразу:</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Создаём хранилище…</translation>
    </message>
    <message>
        <source>Restore from a border bundle…</source>
        <translation>Восстановить из пограничного пакета…</translation>
    </message>
    <message>
        <source>Opening your vault…</source>
        <translation>Открываем ваше хранилище…</translation>
    </message>
    <message>
        <source>After a trip: rebuild the vault from a border bundle and its border code</source>
        <translation>После поездки: восстановить хранилище из пограничного пакета и его кода</translation>
    </message>
    <message>
        <source>This is your recovery code. It is shown only this once. Write it on paper and keep it apart from the laptop: it opens the vault if you forget the passphrase or move to a new computer.</source>
        <translation>Это ваш код восстановления. Он показывается только один раз. Запишите его на бумаге и храните отдельно от ноутбука: он откроет хранилище, если вы забудете парольную фразу или перейдёте на другой компьютер.</translation>
    </message>
    <message>
        <source>I have written the recovery code down</source>
        <translation>Я записал(а) код восстановления</translation>
    </message>
    <message>
        <source>To confirm, type the last group of the code from your paper copy:</source>
        <translation>Для подтверждения введите последнюю группу кода с вашей бумажной копии:</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Open a received bundle</source>
        <translation>Открыть полученный пакет</translation>
    </message>
    <message>
        <source>Satchel bundles (*.age);;All files (*)</source>
        <translation>Пакеты Satchel (*.age);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported from %1: %Ln case(s).</source>
        <translation>
            <numerusform>Импортировано от %1: %Ln дело.</numerusform>
            <numerusform>Импортировано от %1: %Ln дела.</numerusform>
            <numerusform>Импортировано от %1: %Ln дел.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln imported case(s) look like a person already in the vault, rejected cases included. Open them to see the earlier case before going on.</source>
        <translation>
            <numerusform>%Ln импортированное дело похоже на человека, который уже есть в хранилище (включая отклонённые дела). Откройте его и посмотрите прежнее дело, прежде чем продолжать.</numerusform>
            <numerusform>%Ln импортированных дела похожи на человека, который уже есть в хранилище (включая отклонённые дела). Откройте их и посмотрите прежнее дело, прежде чем продолжать.</numerusform>
            <numerusform>%Ln импортированных дел похожи на человека, который уже есть в хранилище (включая отклонённые дела). Откройте их и посмотрите прежнее дело, прежде чем продолжать.</numerusform>
        </translation>
    </message>
    <message>
        <source>New records: %1, changed: %2, conflicts resolved: %3.</source>
        <translation>Новых записей: %1, изменённых: %2, разрешённых конфликтов: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) went back to vetting: this bundle changed a check or the person, or brought a signed rejection from someone you verified. Look at their history before going on.</source>
        <translation>
            <numerusform>%Ln дело вернулось на проверку: этот пакет изменил проверку или данные человека либо принёс подписанный отказ от того, чей ключ вы сверили. Посмотрите его историю, прежде чем продолжать.</numerusform>
            <numerusform>%Ln дела вернулись на проверку: этот пакет изменил проверку или данные человека либо принёс подписанный отказ от того, чей ключ вы сверили. Посмотрите их историю, прежде чем продолжать.</numerusform>
            <numerusform>%Ln дел вернулись на проверку: этот пакет изменил проверку или данные человека либо принёс подписанный отказ от того, чей ключ вы сверили. Посмотрите их историю, прежде чем продолжать.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the bundle file. Satchel checks the signature and every part of it first and shows what it would change; nothing is imported until you press Import.</source>
        <translation>Выберите файл пакета. Satchel сначала проверит подпись и каждую часть пакета и покажет, что изменится; ничего не импортируется, пока вы не нажмёте «Импортировать».</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Check the bundle</source>
        <translation>Проверить пакет</translation>
    </message>
    <message>
        <source>I understand the risk and want to import it anyway</source>
        <translation>Я понимаю риск и всё равно хочу импортировать</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Intake</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Vetting</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Проверка пройдена</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Передано партнёрам</translation>
    </message>
    <message>
        <source>Documents requested</source>
        <translation>Документы запрошены</translation>
    </message>
    <message>
        <source>Entry approved</source>
        <translation>Въезд одобрен</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>Выезд</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <source>Asylum filed</source>
        <translation>Подано прошение об убежище</translation>
    </message>
    <message>
        <source>Protection granted</source>
        <translation>Защита предоставлена</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критический</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Документы, удостоверяющие личность</translation>
    </message>
    <message>
        <source>Military documents</source>
        <translation>Военные документы</translation>
    </message>
    <message>
        <source>Interview consistency</source>
        <translation>Последовательность показаний</translation>
    </message>
    <message>
        <source>Open-source cross-check</source>
        <translation>Сверка по открытым источникам</translation>
    </message>
    <message>
        <source>Plant screening</source>
        <translation>Проверка на подставное лицо</translation>
    </message>
    <message>
        <source>War-crimes screening</source>
        <translation>Проверка на военные преступления</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Пройдена</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не пройдена</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Неоднозначно</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не проводилась</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Имя латиницей</translation>
    </message>
    <message>
        <source>Name in Cyrillic letters</source>
        <translation>Имя кириллицей</translation>
    </message>
    <message>
        <source>Other names and spellings</source>
        <translation>Другие имена и написания</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Internal passport number</source>
        <translation>Номер внутреннего паспорта</translation>
    </message>
    <message>
        <source>International passport</source>
        <translation>Загранпаспорт</translation>
    </message>
    <message>
        <source>Passport expiry date</source>
        <translation>Срок действия загранпаспорта</translation>
    </message>
    <message>
        <source>How to reach the person</source>
        <translation>Как связаться</translation>
    </message>
    <message>
        <source>Current city</source>
        <translation>Город сейчас</translation>
    </message>
    <message>
        <source>Address in Kazakhstan</source>
        <translation>Адрес в Казахстане</translation>
    </message>
    <message>
        <source>Kind of service</source>
        <translation>Вид службы</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Звание</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Род войск</translation>
    </message>
    <message>
        <source>Military unit</source>
        <translation>Воинская часть</translation>
    </message>
    <message>
        <source>Service start date</source>
        <translation>Начало службы</translation>
    </message>
    <message>
        <source>Service end date</source>
        <translation>Конец службы</translation>
    </message>
    <message>
        <source>Deployed to Ukraine</source>
        <translation>Был в Украине</translation>
    </message>
    <message>
        <source>Where deployed</source>
        <translation>Где находился</translation>
    </message>
    <message>
        <source>Date of desertion</source>
        <translation>Дата ухода из части</translation>
    </message>
    <message>
        <source>Route after deserting</source>
        <translation>Маршрут после ухода</translation>
    </message>
    <message>
        <source>Criminal code article</source>
        <translation>Статья УК</translation>
    </message>
    <message>
        <source>Criminal case number</source>
        <translation>Номер уголовного дела</translation>
    </message>
    <message>
        <source>On a wanted list</source>
        <translation>В розыске</translation>
    </message>
    <message>
        <source>Risk of detention</source>
        <translation>Риск задержания</translation>
    </message>
    <message>
        <source>Risk of deportation</source>
        <translation>Риск депортации</translation>
    </message>
    <message>
        <source>Pressure on the family</source>
        <translation>Давление на семью</translation>
    </message>
    <message>
        <source>Overall risk</source>
        <translation>Общий риск</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Lawyer in charge</source>
        <translation>Ответственный юрист</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Reason for rejection</source>
        <translation>Причина отказа</translation>
    </message>
    <message>
        <source>Has a valid one</source>
        <translation>Есть, действующий</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Просрочен</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Career officer</source>
        <translation>Кадровый офицер</translation>
    </message>
    <message>
        <source>Contract soldier</source>
        <translation>Контрактник</translation>
    </message>
    <message>
        <source>Mobilized</source>
        <translation>Мобилизованный</translation>
    </message>
    <message>
        <source>Conscript</source>
        <translation>Срочник</translation>
    </message>
    <message>
        <source>Reservist</source>
        <translation>Резервист</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <source>Document received</source>
        <translation>Получен документ</translation>
    </message>
    <message>
        <source>Referral sent</source>
        <translation>Дело передано</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Поездка</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Дело открыто</translation>
    </message>
    <message>
        <source>Case edited</source>
        <translation>Дело изменено</translation>
    </message>
    <message>
        <source>Stage changed</source>
        <translation>Этап изменён</translation>
    </message>
    <message>
        <source>Vetting check recorded</source>
        <translation>Записана проверка</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Добавлена заметка</translation>
    </message>
    <message>
        <source>Statement added</source>
        <translation>Добавлено заявление</translation>
    </message>
    <message>
        <source>Statement translation changed</source>
        <translation>Изменён перевод заявления</translation>
    </message>
    <message>
        <source>Timeline event added</source>
        <translation>Добавлено событие</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>Добавлен файл</translation>
    </message>
    <message>
        <source>Partner added</source>
        <translation>Добавлен партнёр</translation>
    </message>
    <message>
        <source>Contact added</source>
        <translation>Добавлен контакт</translation>
    </message>
    <message>
        <source>Contact key verification changed</source>
        <translation>Изменена отметка о проверке ключа</translation>
    </message>
    <message>
        <source>Case referred</source>
        <translation>Дело передано партнёру</translation>
    </message>
    <message>
        <source>Referral status changed</source>
        <translation>Изменён статус передачи</translation>
    </message>
    <message>
        <source>Demo cases added</source>
        <translation>Добавлены демонстрационные дела</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Импортирован пакет</translation>
    </message>
    <message>
        <source>Reported stage accepted</source>
        <translation>Принят сообщённый этап</translation>
    </message>
    <message>
        <source>Bundle sealed</source>
        <translation>Запечатан пакет</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Парольная фраза изменена</translation>
    </message>
    <message>
        <source>Own keys created</source>
        <translation>Созданы собственные ключи</translation>
    </message>
    <message>
        <source>Own card renamed</source>
        <translation>Собственная карточка переименована</translation>
    </message>
    <message>
        <source>Contact sent changed keys</source>
        <translation>Контакт прислал изменённые ключи</translation>
    </message>
    <message>
        <source>Contact&apos;s new keys accepted</source>
        <translation>Новые ключи контакта приняты</translation>
    </message>
    <message>
        <source>Wipe after failed unlocks turned on</source>
        <translation>Включено уничтожение после неудачных попыток входа</translation>
    </message>
    <message>
        <source>Wipe after failed unlocks turned off</source>
        <translation>Выключено уничтожение после неудачных попыток входа</translation>
    </message>
    <message>
        <source>Vault sealed for a border crossing</source>
        <translation>Хранилище запечатано перед пересечением границы</translation>
    </message>
    <message>
        <source>Vault restored after a border crossing</source>
        <translation>Хранилище восстановлено после пересечения границы</translation>
    </message>
    <message>
        <source>Copy of the vault saved</source>
        <translation>Сохранена копия хранилища</translation>
    </message>
    <message>
        <source>Two cases linked as the same person</source>
        <translation>Два дела связаны как один человек</translation>
    </message>
    <message>
        <source>Two cases marked as different people</source>
        <translation>Два дела отмечены как разные люди</translation>
    </message>
    <message>
        <source>Dossier written as a PDF for the authorities</source>
        <translation>Досье для властей сохранено в PDF</translation>
    </message>
    <message>
        <source>Vetting signed</source>
        <translation>Проверка подписана</translation>
    </message>
    <message>
        <source>Vetting signatures voided: a check changed after signing</source>
        <translation>Подписи под проверкой недействительны: проверка изменилась после подписания</translation>
    </message>
    <message>
        <source>Two-person rule turned on or off</source>
        <translation>Правило двух подписей включено или выключено</translation>
    </message>
    <message>
        <source>nothing: no hidden details were found</source>
        <translation>ничего: скрытых данных не найдено</translation>
    </message>
    <message>
        <source>nothing: Satchel cannot remove hidden details from this kind of file</source>
        <translation>ничего: из файлов такого типа Satchel не умеет удалять скрытые данные</translation>
    </message>
    <message>
        <source>a text comment</source>
        <translation>текстовый комментарий</translation>
    </message>
    <message>
        <source>Photoshop/IPTC details, which can include the author, captions and places</source>
        <translation>данные Photoshop/IPTC (могут содержать автора, подписи и места)</translation>
    </message>
    <message>
        <source>camera details (EXIF) including the GPS location where the photo was taken</source>
        <translation>данные камеры (EXIF), включая GPS-координаты места съёмки</translation>
    </message>
    <message>
        <source>camera details (EXIF: camera model, date and settings)</source>
        <translation>данные камеры (EXIF: модель, дата и настройки)</translation>
    </message>
    <message>
        <source>editing details (XMP), which can include the author and software used</source>
        <translation>данные редактирования (XMP), могут содержать автора и программу</translation>
    </message>
    <message>
        <source>other embedded details (APP1 block)</source>
        <translation>прочие встроенные данные (блок APP1)</translation>
    </message>
    <message>
        <source>camera details (EXIF), which can include the GPS location</source>
        <translation>данные камеры (EXIF), могут содержать GPS-координаты</translation>
    </message>
    <message>
        <source>the time the picture was last changed</source>
        <translation>время последнего изменения изображения</translation>
    </message>
    <message>
        <source>text notes</source>
        <translation>текстовые пометки</translation>
    </message>
    <message>
        <source>this picture looks damaged (perhaps cut short): Satchel removed what it could find, but some hidden details may remain</source>
        <translation>изображение, похоже, повреждено (возможно, обрезано): Satchel удалил всё, что нашёл, но часть скрытых данных может остаться</translation>
    </message>
    <message>
        <source>Satchel could not check every part of this PDF (parts of it are compressed or encrypted), so author or software details may remain</source>
        <translation>Satchel не смог проверить все части этого PDF (часть сжата или зашифрована), поэтому данные об авторе или программе могут остаться</translation>
    </message>
    <message>
        <source>this document could not be unpacked (it looks damaged or is too large), so it was stored unchanged and author details may remain</source>
        <translation>документ не удалось распаковать (он повреждён или слишком велик), поэтому он сохранён без изменений и данные об авторе могут остаться</translation>
    </message>
    <message>
        <source>Satchel could not read this file&apos;s structure, so it was stored unchanged and hidden details (such as an author or a location) may remain</source>
        <translation>Satchel не смог разобрать структуру этого файла, поэтому он сохранён без изменений, и скрытые сведения (например, автор или место) могли остаться</translation>
    </message>
    <message>
        <source>embedded XMP details, which can include the author and software used</source>
        <translation>встроенные данные XMP, могут содержать автора и программу</translation>
    </message>
    <message>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <source>program that created it</source>
        <translation>программа, в которой создан</translation>
    </message>
    <message>
        <source>program that produced it</source>
        <translation>программа, которой сформирован</translation>
    </message>
    <message>
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>тема</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>ключевые слова</translation>
    </message>
    <message>
        <source>last person who edited it</source>
        <translation>кто редактировал последним</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>название организации</translation>
    </message>
    <message>
        <source>manager name</source>
        <translation>имя руководителя</translation>
    </message>
    <message>
        <source>original author</source>
        <translation>первоначальный автор</translation>
    </message>
    <message>
        <source>who printed it</source>
        <translation>кто печатал</translation>
    </message>
    <message>
        <source>document details: %1</source>
        <translation>сведения о документе: %1</translation>
    </message>
    <message>
        <source>text notes (%1)</source>
        <translation>текстовые пометки (%1)</translation>
    </message>
    <message>
        <source>Referral to a partner</source>
        <translation>Передача партнёру</translation>
    </message>
    <message>
        <source>Status update back</source>
        <translation>Ответ о ходе дела</translation>
    </message>
    <message>
        <source>Everything (same organisation)</source>
        <translation>Всё (своя организация)</translation>
    </message>
    <message>
        <source>What a partner pleading for entry documents needs: identity, service, desertion, risk, statements, vetting results with their dates and reviewers (signed by this vault), timeline and documents. Leaves out the address in Kazakhstan, contact handles, internal notes, vetting evidence, and the lawyer&apos;s own planning.</source>
        <translation>То, что нужно партнёру, который добивается въездных документов: личность, служба, уход из части, риски, заявления, итоги проверки с датами и проверяющими (с подписью этого хранилища), хронология и документы. Не передаются адрес в Казахстане, контакты для связи, внутренние заметки, доказательства проверки и планы юриста.</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Language of the translation</source>
        <translation>Язык перевода</translation>
    </message>
    <message>
        <source>Translated by</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>French</source>
        <translation>французский</translation>
    </message>
    <message>
        <source>German</source>
        <translation>немецкий</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>украинский</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <source>What a partner sends back: the stage, the timeline and the referral status, with the person&apos;s name so the case can be recognised.</source>
        <translation>То, что партнёр присылает в ответ: этап, хронология и статус передачи, а также имя человека, чтобы дело можно было узнать.</translation>
    </message>
    <message>
        <source>Everything, including internal notes and the address in Kazakhstan: only for another office of the same organisation.</source>
        <translation>Всё, включая внутренние заметки и адрес в Казахстане: только для другого офиса своей организации.</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Партнёрская организация</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>Военная служба</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риски</translation>
    </message>
    <message>
        <source>Vetting check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Timeline event</source>
        <translation>Событие хронологии</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Передача дела</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Older than mine (skipped)</source>
        <translation>Старше моего (пропущено)</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Проверяющий</translation>
    </message>
    <message>
        <source>Date checked</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Date of the statement</source>
        <translation>Дата заявления</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Тип файла</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Отпечаток (SHA-256)</translation>
    </message>
    <message>
        <source>Original size</source>
        <translation>Исходный размер</translation>
    </message>
    <message>
        <source>Hidden details removed</source>
        <translation>Удалённые скрытые сведения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dossier saved to %1. The PDF is not encrypted.</source>
        <translation>Досье сохранено в %1. PDF не зашифрован.</translation>
    </message>
    <message>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Пакеты</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>Open a new case (Ctrl+N)</source>
        <translation>Открыть новое дело (Ctrl+N)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Передать…</translation>
    </message>
    <message>
        <source>Seal cases for a contact (Ctrl+E)</source>
        <translation>Запечатать дела для контакта (Ctrl+E)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Open a received bundle (Ctrl+I)</source>
        <translation>Открыть полученный пакет (Ctrl+I)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Заблокировать хранилище сейчас (Ctrl+L)</translation>
    </message>
    <message>
        <source>Copy field</source>
        <translation>Копировать поле</translation>
    </message>
    <message>
        <source>Copy the field you are in; the clipboard is cleared after a while</source>
        <translation>Скопировать текущее поле; буфер обмена вскоре будет очищен</translation>
    </message>
    <message>
        <source>Border mode…</source>
        <translation>Режим границы…</translation>
    </message>
    <message>
        <source>Before a trip: seal the whole vault for a colleague, then wipe it</source>
        <translation>Перед поездкой: запечатать всё хранилище для коллеги, затем уничтожить его</translation>
    </message>
    <message>
        <source>Panic</source>
        <translation>Паника</translation>
    </message>
</context>
<context>
    <name>MatchRow</name>
    <message>
        <source>%1 — stage: %2 — matched: %3</source>
        <translation>%1 — этап: %2 — совпало: %3</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>отклонено: %1</translation>
    </message>
    <message>
        <source>linked as the same person</source>
        <translation>связано как один человек</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>Один человек</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Разные люди</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation>номер паспорта</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>псевдоним</translation>
    </message>
    <message>
        <source>unit and rank</source>
        <translation>часть и звание</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation>Хранилище заблокировано; сначала разблокируйте его.</translation>
    </message>
    <message>
        <source>The last changes to the case could not be saved: the disk is full. Free some space, then enter them again.</source>
        <translation>Последние изменения в деле не удалось сохранить: диск заполнен. Освободите место и внесите их снова.</translation>
    </message>
    <message>
        <source>There is already a file with that name; choose another name.</source>
        <translation>Файл с таким именем уже есть; выберите другое имя.</translation>
    </message>
    <message>
        <source>A plain age key has no name: type one above.</source>
        <translation>У ключа age нет имени: введите его выше.</translation>
    </message>
    <message>
        <source>Satchel may not read or write there (the folder may be read-only); choose another place.</source>
        <translation>Satchel не может читать или записывать здесь (возможно, папка только для чтения); выберите другое место.</translation>
    </message>
    <message>
        <source>There is no such file or folder; it may have been moved, renamed or deleted.</source>
        <translation>Такого файла или папки нет; возможно, их переместили, переименовали или удалили.</translation>
    </message>
    <message>
        <source>That is a folder, not a file; choose a file.</source>
        <translation>Это папка, а не файл; выберите файл.</translation>
    </message>
    <message>
        <source>A file could not be read or written; the step that failed was not saved.</source>
        <translation>Не удалось прочитать или записать файл; незавершённое действие не сохранено.</translation>
    </message>
    <message>
        <source>Satchel hit an internal error; the step that failed was not saved.</source>
        <translation>Внутренняя ошибка Satchel; незавершённое действие не сохранено.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>Full name of the person, in Cyrillic or Latin letters. Everything else is filled in on the case itself.</source>
        <translation>Полное имя человека кириллицей или латиницей. Всё остальное заполняется в самом деле.</translation>
    </message>
    <message>
        <source>e.g. Иванов Иван Иванович</source>
        <translation>например, Иванов Иван Иванович</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Создать дело</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Written</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>New note:</source>
        <translation>Новая заметка:</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
</context>
<context>
    <name>PanicDialog</name>
    <message>
        <source>Panic wipe</source>
        <translation>Экстренное уничтожение</translation>
    </message>
    <message>
        <source>Hold the red button until it fills up to destroy the vault now: every case, its keys and Satchel&apos;s settings. This cannot be undone.</source>
        <translation>Удерживайте красную кнопку, пока она не заполнится, чтобы сейчас же уничтожить хранилище: все дела, ключи и настройки Satchel. Отменить это нельзя.</translation>
    </message>
    <message>
        <source>Hold to wipe everything</source>
        <translation>Удерживайте, чтобы всё уничтожить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Destroy the vault now (%1); you will be asked to hold a button first.</source>
        <translation>Уничтожить хранилище сейчас (%1); сначала нужно будет удерживать кнопку.</translation>
    </message>
</context>
<context>
    <name>PersonMatchesBanner</name>
    <message numerus="yes">
        <source>This person may already have %Ln other case(s) in the vault. Check before going on: a person rejected once can come back under another spelling.</source>
        <translation>
            <numerusform>Возможно, у этого человека уже есть %Ln другое дело в хранилище. Проверьте, прежде чем продолжать: однажды отклонённый человек может вернуться под другим написанием имени.</numerusform>
            <numerusform>Возможно, у этого человека уже есть %Ln других дела в хранилище. Проверьте, прежде чем продолжать: однажды отклонённый человек может вернуться под другим написанием имени.</numerusform>
            <numerusform>Возможно, у этого человека уже есть %Ln других дел в хранилище. Проверьте, прежде чем продолжать: однажды отклонённый человек может вернуться под другим написанием имени.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same person&apos;s other cases:</source>
        <translation>Другие дела этого же человека:</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Взять их версию</translation>
    </message>
    <message>
        <source>Keep both (theirs as a note)</source>
        <translation>Оставить обе (их — заметкой)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Records in this bundle — %1</source>
        <translation>Записи в пакете — %1</translation>
    </message>
    <message>
        <source>This bundle was already imported; nothing would change.</source>
        <translation>Этот пакет уже импортирован; ничего не изменится.</translation>
    </message>
    <message>
        <source>%1 of %2 required checks passed</source>
        <translation>пройдено обязательных проверок: %1 из %2</translation>
    </message>
    <message>
        <source>Vetted by %1: %2, signature valid, key verified in person.</source>
        <translation>Проверено: %1 — %2, подпись действительна, ключ сверен лично.</translation>
    </message>
    <message>
        <source>WARNING: vetting record from %1: %2, so it cannot clear this case.</source>
        <translation>ВНИМАНИЕ: запись о проверке от %1: %2, поэтому она не позволяет одобрить это дело.</translation>
    </message>
    <message>
        <source>%1 reports the stage “%2” (not applied until you accept it).</source>
        <translation>%1 сообщает об этапе «%2» (не применяется, пока вы это не примете).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to details you did not share with %1 (such as the address in Kazakhstan, contact handles or the lawyer&apos;s planning) will not be taken: they stay as you have them.</source>
        <translation>
            <numerusform>%Ln изменение данных, которыми вы не делились с %1 (например, адрес в Казахстане, контакты или планы юриста), не будет принято: они останутся такими, как у вас.</numerusform>
            <numerusform>%Ln изменения данных, которыми вы не делились с %1 (например, адрес в Казахстане, контакты или планы юриста), не будут приняты: они останутся такими, как у вас.</numerusform>
            <numerusform>%Ln изменений данных, которыми вы не делились с %1 (например, адрес в Казахстане, контакты или планы юриста), не будут приняты: они останутся такими, как у вас.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to who a person rejected here is (name, birth date, passport, unit) will not be taken: he stays findable if he comes back.</source>
        <translation>
            <numerusform>%Ln изменение данных человека, отклонённого здесь (имя, дата рождения, паспорт, воинская часть), не будет принято: его можно будет узнать, если он вернётся.</numerusform>
            <numerusform>%Ln изменения данных человека, отклонённого здесь (имя, дата рождения, паспорт, воинская часть), не будут приняты: его можно будет узнать, если он вернётся.</numerusform>
            <numerusform>%Ln изменений данных человека, отклонённого здесь (имя, дата рождения, паспорт, воинская часть), не будут приняты: его можно будет узнать, если он вернётся.</numerusform>
        </translation>
    </message>
    <message>
        <source>the key is NOT verified in person</source>
        <translation>ключ НЕ сверен лично</translation>
    </message>
    <message>
        <source>it is about another person than the one this bundle describes</source>
        <translation>она касается не того человека, который описан в этом пакете</translation>
    </message>
    <message>
        <source>Signed by “%1” (key verified in person). Profile: %2.</source>
        <translation>Подписано: «%1» (ключ проверен лично). Профиль: %2.</translation>
    </message>
    <message>
        <source>Signed by “%1”, whose key is NOT verified: anyone who swapped their key could have made this bundle. Compare safety numbers on the Contacts page before trusting it. Profile: %2.</source>
        <translation>Подписано: «%1», но ключ НЕ проверен: этот пакет мог создать любой, кто подменил ключ. Прежде чем доверять ему, сверьте коды безопасности на странице «Контакты». Профиль: %2.</translation>
    </message>
    <message>
        <source>Only what changed: their first bundle for you, so all of it.</source>
        <translation>Только изменения: это их первый пакет для вас, поэтому в нём всё.</translation>
    </message>
    <message>
        <source>Only what changed since their bundle no. %1.</source>
        <translation>Только изменения с их пакета № %1.</translation>
    </message>
    <message>
        <source>(name not sent)</source>
        <translation>(имя не передано)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) changed on both sides since the last exchange. Choose for each what stays:</source>
        <translation>
            <numerusform>%Ln запись изменена с обеих сторон после последнего обмена. Выберите, что оставить:</numerusform>
            <numerusform>%Ln записи изменены с обеих сторон после последнего обмена. Выберите для каждой, что оставить:</numerusform>
            <numerusform>%Ln записей изменены с обеих сторон после последнего обмена. Выберите для каждой, что оставить:</numerusform>
        </translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Изменённые поля</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>For every conflict:</source>
        <translation>Для всех конфликтов:</translation>
    </message>
    <message>
        <source>Apply to all</source>
        <translation>Применить ко всем</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Only what changed since bundle no. %1 for %2, with the same profile as that bundle.</source>
        <translation>Только изменения с пакета № %1 для %2, с тем же профилем, что у того пакета.</translation>
    </message>
    <message>
        <source>These cases came to you from %1, so a status update back is chosen: it sends only the stage, the timeline and the referral status.</source>
        <translation>Эти дела пришли к вам от %1, поэтому выбран ответ с обновлением статуса: он передаёт только этап, хронологию и статус направления.</translation>
    </message>
    <message>
        <source>Save the sealed bundle as</source>
        <translation>Сохранить запечатанный пакет как</translation>
    </message>
    <message>
        <source>Satchel bundles (*.age)</source>
        <translation>Пакеты Satchel (*.age)</translation>
    </message>
    <message>
        <source>What do they receive?</source>
        <translation>Что они получат?</translation>
    </message>
    <message>
        <source>Each partner gets only the fields it needs. The bundle is sealed next.</source>
        <translation>Каждый партнёр получает только нужные ему поля. Следующий шаг — запечатывание пакета.</translation>
    </message>
    <message>
        <source>Save the sealed bundle as:</source>
        <translation>Сохранить запечатанный пакет как:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Seal the bundle</source>
        <translation>Запечатать пакет</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>keys changed: accept them on the Contacts page first</source>
        <translation>ключи изменились: сначала примите их на странице «Контакты»</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>проверен</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>НЕ проверен</translation>
    </message>
    <message>
        <source>Not verified in person: %1. If someone swapped their key, that person could read this bundle instead of them. Compare safety numbers on the Contacts page first, or accept the risk.</source>
        <translation>Не проверены лично: %1. Если кто-то подменил их ключ, этот пакет сможет прочитать он, а не они. Сначала сверьте коды безопасности на странице «Контакты» или примите риск.</translation>
    </message>
    <message>
        <source>For whom?</source>
        <translation>Для кого?</translation>
    </message>
    <message>
        <source>Only the contacts ticked here can open the bundle.</source>
        <translation>Открыть пакет смогут только отмеченные здесь контакты.</translation>
    </message>
    <message>
        <source>I accept this risk and seal the bundle for them</source>
        <translation>Я принимаю этот риск и запечатываю пакет для них</translation>
    </message>
    <message>
        <source>Only what changed is sealed for one Satchel contact at a time: tick one. Contacts that use the age tool receive the whole cases.</source>
        <translation>Только изменения запечатываются для одного контакта Satchel за раз: отметьте одного. Контакты, использующие age, получают дела целиком.</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Refer to:</source>
        <translation>Кому передать:</translation>
    </message>
    <message>
        <source>Date sent:</source>
        <translation>Дата отправки:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>Refer the case</source>
        <translation>Передать дело</translation>
    </message>
    <message>
        <source>No partners yet: add partner organisations first.</source>
        <translation>Партнёров пока нет: сначала добавьте партнёрские организации.</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Reported by %1 on %2: %3 (not applied until you accept it).</source>
        <translation>%1 сообщает (%2): %3 (не применяется, пока вы это не примете).</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>a vault that is no longer a contact</source>
        <translation>хранилища, которого больше нет среди контактов</translation>
    </message>
    <message>
        <source>%1 of %2 required checks passed</source>
        <translation>пройдено обязательных проверок: %1 из %2</translation>
    </message>
    <message>
        <source>Vetted by %1: %2, signature valid, key verified in person.</source>
        <translation>Проверено: %1 — %2, подпись действительна, ключ сверен лично.</translation>
    </message>
    <message>
        <source>the signature is NOT valid</source>
        <translation>подпись НЕдействительна</translation>
    </message>
    <message>
        <source>the key is NOT verified in person</source>
        <translation>ключ НЕ сверен лично</translation>
    </message>
    <message>
        <source>it does NOT vouch for the person as this case now names them</source>
        <translation>она НЕ подтверждает человека с теми данными, что сейчас указаны в деле</translation>
    </message>
    <message>
        <source>Warning: the vetting record from %1 cannot be relied on: %2. This case cannot be cleared or moved on the protection path on its strength.</source>
        <translation>Внимание: на запись о проверке от %1 нельзя положиться: %2. На её основании это дело нельзя одобрить или продвинуть по пути защиты.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Open the border bundle</source>
        <translation>Открыть пограничный пакет</translation>
    </message>
    <message>
        <source>Satchel bundles (*.age);;All files (*)</source>
        <translation>Пакеты Satchel (*.age);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %Ln characters.</source>
        <translation>
            <numerusform>Слишком коротко: нужен минимум %Ln символ.</numerusform>
            <numerusform>Слишком коротко: нужно минимум %Ln символа.</numerusform>
            <numerusform>Слишком коротко: нужно минимум %Ln символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault is back. This is its new recovery code, shown only this once: the old recovery code opens nothing any more. Write it on paper and keep it apart from the laptop.</source>
        <translation>Хранилище восстановлено. Это его новый код восстановления, он показывается только один раз: старый код восстановления больше ничего не открывает. Запишите его на бумаге и храните отдельно от ноутбука.</translation>
    </message>
    <message>
        <source>Restore from a border bundle</source>
        <translation>Восстановление из пограничного пакета</translation>
    </message>
    <message>
        <source>Choose the border bundle made before the trip and type the border code your colleague kept (capitals and spaces do not matter). Then choose a new passphrase for the restored vault. Nothing is created unless the whole bundle opens and checks out.</source>
        <translation>Выберите пограничный пакет, сделанный перед поездкой, и введите пограничный код, который хранил ваш коллега (регистр и пробелы не важны). Затем выберите новую парольную фразу для восстановленного хранилища. Ничего не создаётся, пока весь пакет не откроется и не пройдёт проверку.</translation>
    </message>
    <message>
        <source>Border bundle:</source>
        <translation>Пограничный пакет:</translation>
    </message>
    <message>
        <source>Border code:</source>
        <translation>Пограничный код:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Новая парольная фраза:</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>Повторите парольную фразу:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Checking and restoring… %p%</source>
        <translation>Проверка и восстановление… %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
</context>
<context>
    <name>SatchelShell</name>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>SealingPage</name>
    <message numerus="yes">
        <source>%Ln case(s) sealed for %1 with the profile “%2”.</source>
        <translation>
            <numerusform>%Ln дело запечатано для %1 с профилем «%2».</numerusform>
            <numerusform>%Ln дела запечатаны для %1 с профилем «%2».</numerusform>
            <numerusform>%Ln дел запечатано для %1 с профилем «%2».</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as %1 (%2). Only they can open it; send it any way you like.</source>
        <translation>Сохранено как %1 (%2). Открыть его могут только получатели; отправьте его любым удобным способом.</translation>
    </message>
    <message>
        <source>No bundle was sealed for them before: everything went.</source>
        <translation>Раньше для них пакетов не запечатывалось: отправлено всё.</translation>
    </message>
    <message>
        <source>Only what changed since bundle no. %1.</source>
        <translation>Только изменения с пакета № %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more changed case(s) did not fit in this bundle: seal again for the next bundle.</source>
        <translation>
            <numerusform>Ещё %Ln изменённое дело не поместилось в этот пакет: запечатайте ещё раз для следующего пакета.</numerusform>
            <numerusform>Ещё %Ln изменённых дела не поместились в этот пакет: запечатайте ещё раз для следующего пакета.</numerusform>
            <numerusform>Ещё %Ln изменённых дел не поместились в этот пакет: запечатайте ещё раз для следующего пакета.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sealing</source>
        <translation>Запечатывание</translation>
    </message>
    <message>
        <source>The cases are signed and encrypted for the chosen contacts.</source>
        <translation>Дела подписываются и шифруются для выбранных контактов.</translation>
    </message>
</context>
<context>
    <name>SecurityStatusPanel</name>
    <message>
        <source>Argon2id, %1 MiB of memory, passes: %2, lanes: %3</source>
        <translation>Argon2id, память %1 МиБ, проходов: %2, потоков: %3</translation>
    </message>
    <message>
        <source>SQLCipher %1 (AES-256)</source>
        <translation>SQLCipher %1 (AES-256)</translation>
    </message>
    <message>
        <source>the recovery code</source>
        <translation>кода восстановления</translation>
    </message>
    <message>
        <source>the passphrase</source>
        <translation>парольной фразы</translation>
    </message>
    <message>
        <source>In use: the system keystore (%1) holds a secret without which the passphrase alone does not open this vault.</source>
        <translation>Используется: системное хранилище ключей (%1) содержит секрет, без которого одна парольная фраза это хранилище не откроет.</translation>
    </message>
    <message>
        <source>Not in use: the vault is protected by the passphrase alone. A copy of the vault folder can be attacked by guessing the passphrase.</source>
        <translation>Не используется: хранилище защищено только парольной фразой. Копию папки хранилища можно атаковать подбором парольной фразы.</translation>
    </message>
    <message>
        <source>Not yet checked in this session.</source>
        <translation>В этом сеансе ещё не проверялось.</translation>
    </message>
    <message>
        <source>%1: the database and the audit log are intact.</source>
        <translation>%1: база данных и журнал аудита в порядке.</translation>
    </message>
    <message>
        <source>%1: problems were found.</source>
        <translation>%1: обнаружены проблемы.</translation>
    </message>
    <message>
        <source>Device secret:</source>
        <translation>Секрет устройства:</translation>
    </message>
    <message>
        <source>Cost of each passphrase guess:</source>
        <translation>Стоимость каждой попытки подбора:</translation>
    </message>
    <message>
        <source>Database encryption:</source>
        <translation>Шифрование базы данных:</translation>
    </message>
    <message>
        <source>Opened with:</source>
        <translation>Открыто с помощью:</translation>
    </message>
    <message>
        <source>Last verification:</source>
        <translation>Последняя проверка:</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Проверить сейчас</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Настройки&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes:</source>
        <translation>Блокировать после стольких минут бездействия:</translation>
    </message>
    <message>
        <source>Clear copied text after this many seconds:</source>
        <translation>Очищать скопированный текст через столько секунд:</translation>
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
        <translation>Маскировка: нейтральный заголовок окна («Заметки») и простой значок</translation>
    </message>
</context>
<context>
    <name>SignOffBox</name>
    <message>
        <source>Save the checks first: you sign them as they are saved.</source>
        <translation>Сначала сохраните проверки: вы подписываете их в сохранённом виде.</translation>
    </message>
    <message>
        <source>Every required check must pass before you can sign.</source>
        <translation>Прежде чем подписать, все обязательные проверки должны быть пройдены.</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Это хранилище</translation>
    </message>
    <message>
        <source>An unknown key (%1…)</source>
        <translation>Неизвестный ключ (%1…)</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>проверка пройдена</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>%1 signed: %2, on %3</source>
        <translation>%1 подписал(а): %2, %3</translation>
    </message>
    <message>
        <source>the signature does not verify</source>
        <translation>подпись не проходит проверку</translation>
    </message>
    <message>
        <source>the key is not among your contacts</source>
        <translation>ключа нет среди ваших контактов</translation>
    </message>
    <message>
        <source>the key was not verified in person</source>
        <translation>ключ не сверен лично</translation>
    </message>
    <message>
        <source>withdrawn: the same person signed the other decision since</source>
        <translation>отозвана: тот же человек с тех пор подписал другое решение</translation>
    </message>
    <message>
        <source>signed over earlier checks or details: a check, the name, the birth date or the passport changed since</source>
        <translation>подписаны прежние проверки или данные: с тех пор изменились проверка, имя, дата рождения или паспорт</translation>
    </message>
    <message>
        <source>does not count: %1</source>
        <translation>не засчитывается: %1</translation>
    </message>
    <message>
        <source>Two-person rule: met, two different people signed these checks.</source>
        <translation>Правило двух подписей: выполнено, эти проверки подписали два разных человека.</translation>
    </message>
    <message numerus="yes">
        <source>Two-person rule: %Ln more signature(s) needed from people whose keys you verified in person.</source>
        <translation>
            <numerusform>Правило двух подписей: нужна ещё %Ln подпись людей, чьи ключи вы сверили лично.</numerusform>
            <numerusform>Правило двух подписей: нужны ещё %Ln подписи людей, чьи ключи вы сверили лично.</numerusform>
            <numerusform>Правило двух подписей: нужно ещё %Ln подписей людей, чьи ключи вы сверили лично.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has signed this vetting yet.</source>
        <translation>Эту проверку ещё никто не подписал.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <source>Sign the vetting as cleared</source>
        <translation>Подписать: проверка пройдена</translation>
    </message>
</context>
<context>
    <name>SizeWords</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln байт</numerusform>
            <numerusform>%Ln байта</numerusform>
            <numerusform>%Ln байт</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementsTab</name>
    <message>
        <source>Say where the statement comes from (interview, letter, video...).</source>
        <translation>Укажите источник заявления (интервью, письмо, видео…).</translation>
    </message>
    <message>
        <source>Translation (%1), by %2</source>
        <translation>Перевод (%1), переводчик: %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation>Заявление:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Translation of the selected statement…</source>
        <translation>Перевод выбранного заявления…</translation>
    </message>
    <message>
        <source>Add statement</source>
        <translation>Добавить заявление</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Событие:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Add to timeline</source>
        <translation>Добавить в хронологию</translation>
    </message>
</context>
<context>
    <name>TranslationDialog</name>
    <message>
        <source>Choose the language the translation is in.</source>
        <translation>Выберите язык перевода.</translation>
    </message>
    <message>
        <source>Say who translated the statement.</source>
        <translation>Укажите, кто перевёл заявление.</translation>
    </message>
    <message>
        <source>Translation of the statement</source>
        <translation>Перевод заявления</translation>
    </message>
    <message>
        <source>Original:</source>
        <translation>Оригинал:</translation>
    </message>
    <message>
        <source>Translation:</source>
        <translation>Перевод:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Translated by:</source>
        <translation>Переводчик:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <source>The original stays as it was recorded. The dossier prints both, with the translator&apos;s name. Leave the translation empty to remove it.</source>
        <translation>Оригинал остаётся таким, каким был записан. В досье печатаются оба текста с именем переводчика. Оставьте перевод пустым, чтобы удалить его.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Satchel</source>
        <translation>Разблокировать Satchel</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Enter your passphrase, or your recovery code, to open the vault.</source>
        <translation>Введите парольную фразу или код восстановления, чтобы открыть хранилище.</translation>
    </message>
    <message>
        <source>Passphrase or recovery code</source>
        <translation>Парольная фраза или код восстановления</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Открываем хранилище…</translation>
    </message>
    <message>
        <source>Updating the vault&apos;s storage format… %p%</source>
        <translation>Обновление формата хранения хранилища… %p%</translation>
    </message>
    <message>
        <source>Panic</source>
        <translation>Паника</translation>
    </message>
</context>
<context>
    <name>VettingSettings</name>
    <message>
        <source>The two-person rule is on.</source>
        <translation>Правило двух подписей включено.</translation>
    </message>
    <message>
        <source>The two-person rule is off.</source>
        <translation>Правило двух подписей выключено.</translation>
    </message>
    <message>
        <source>Vetting</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Clearing or rejecting a case is signed with this vault&apos;s key. With the two-person rule, a case is cleared only when a second person, on her own laptop and verified in person, has signed the same checks.</source>
        <translation>Решение по делу (проверка пройдена или отклонено) подписывается ключом этого хранилища. По правилу двух подписей дело проходит проверку, только когда второй человек, на своём ноутбуке и сверенный лично, подписал те же проверки.</translation>
    </message>
    <message>
        <source>Two-person rule: two signatures to clear a case</source>
        <translation>Правило двух подписей: чтобы дело прошло проверку, нужны две подписи</translation>
    </message>
</context>
<context>
    <name>VettingTab</name>
    <message>
        <source>“%1” can only pass with its evidence and reviewer filled in.</source>
        <translation>Проверку «%1» можно отметить пройденной только с основанием и проверяющим.</translation>
    </message>
    <message>
        <source>The date of “%1” could not be read: type it like %2 or pick it from the calendar.</source>
        <translation>Не удалось прочитать дату проверки «%1»: введите её в виде %2 или выберите в календаре.</translation>
    </message>
    <message>
        <source>Every required check has passed.</source>
        <translation>Все обязательные проверки пройдены.</translation>
    </message>
    <message>
        <source>Before this case can be cleared, these required checks must pass: %1.</source>
        <translation>Чтобы дело прошло проверку, нужно пройти обязательные проверки: %1.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Проверяющий</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>What was seen or checked</source>
        <translation>Что видели или проверили</translation>
    </message>
    <message>
        <source>* required before a case can be cleared or referred</source>
        <translation>* обязательно, чтобы дело прошло проверку или было передано партнёрам</translation>
    </message>
</context>
</TS>
