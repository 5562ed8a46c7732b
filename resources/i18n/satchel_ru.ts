<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>CaseListPage</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
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
    <name>ComingLaterPage</name>
    <message>
        <source>Partner organisations, contacts and their keys will be managed here in the next version. Until then use the command line.</source>
        <translation>Партнёрские организации, контакты и их ключи появятся здесь в следующей версии. Пока пользуйтесь командной строкой.</translation>
    </message>
    <message>
        <source>Sealing and opening case bundles will be done here in the next version. Until then use the command line.</source>
        <translation>Запечатывание и открытие пакетов с делами появится здесь в следующей версии. Пока пользуйтесь командной строкой.</translation>
    </message>
    <message>
        <source>The audit log will be shown here in the next version. &apos;satchel verify&apos; checks it today.</source>
        <translation>Журнал аудита будет показан здесь в следующей версии. Сейчас его проверяет команда «satchel verify».</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&lt;h2&gt;Security status&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Состояние защиты&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Слишком коротко: нужно не меньше %n символа.</numerusform>
            <numerusform>Слишком коротко: нужно не меньше %n символов.</numerusform>
            <numerusform>Слишком коротко: нужно не меньше %n символов.</numerusform>
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
        <source>Satchel keeps your cases in an encrypted vault on this computer. Choose a passphrase: a phrase of several words you will remember. Without it or the recovery code nobody can open the vault, including you.</source>
        <translation>Satchel хранит ваши дела в зашифрованном хранилище на этом компьютере. Придумайте парольную фразу — несколько слов, которые вы запомните. Без неё или без кода восстановления хранилище не откроет никто, в том числе вы.</translation>
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
        <translation>Без однозначного вывода</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не проводилась</translation>
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
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Заблокировать хранилище сейчас (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The passphrase or recovery code is wrong; nothing was changed.</source>
        <translation>Неверная парольная фраза или код восстановления; ничего не изменено.</translation>
    </message>
    <message>
        <source>This recovery code has a typo; check each group against your copy. Nothing was changed.</source>
        <translation>В коде восстановления опечатка: сверьте каждую группу со своей копией. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged or from a newer Satchel; nothing was changed.</source>
        <translation>Файл ключей хранилища повреждён или создан более новой версией Satchel; ничего не изменено.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged or does not match its key file.</source>
        <translation>База данных хранилища повреждена или не соответствует файлу ключей.</translation>
    </message>
    <message>
        <source>The passphrase must be at least 8 characters long.</source>
        <translation>Парольная фраза должна содержать не меньше 8 символов.</translation>
    </message>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation>Хранилище заблокировано; сначала разблокируйте его.</translation>
    </message>
    <message>
        <source>This vault was made by a newer Satchel; update Satchel to open it.</source>
        <translation>Это хранилище создано более новой версией Satchel; обновите Satchel, чтобы его открыть.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed.</source>
        <translation>Диск заполнен; ничего не изменено.</translation>
    </message>
    <message>
        <source>Satchel hit an internal error; the step that failed was not saved.</source>
        <translation>Внутренняя ошибка Satchel; незавершённое действие не сохранено.</translation>
    </message>
</context>
<context>
    <name>SecurityStatusPanel</name>
    <message>
        <source>Argon2id, %1 MiB of memory, %2 passes, %3 lanes</source>
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
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Satchel</source>
        <translation>Разблокировать Satchel</translation>
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
</context>
</TS>
