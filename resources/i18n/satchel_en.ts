<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttachmentsTab</name>
    <message numerus="yes">
        <source>Delete the %Ln original file(s)</source>
        <translation>
            <numerusform>Delete %Ln original file</numerusform>
            <numerusform>Delete %Ln original files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message numerus="yes">
        <source>The audit log is intact: %Ln entries checked.</source>
        <translation>
            <numerusform>The audit log is intact: %Ln entry checked.</numerusform>
            <numerusform>The audit log is intact: %Ln entries checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BorderDialog</name>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>%Ln attachment</numerusform>
            <numerusform>%Ln attachments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BorderSettings</name>
    <message numerus="yes">
        <source>%Ln failed unlock(s) in a row will wipe the vault.</source>
        <translation>
            <numerusform>%Ln failed unlock in a row will wipe the vault.</numerusform>
            <numerusform>%Ln failed unlocks in a row will wipe the vault.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message numerus="yes">
        <source>All cases in the vault (%Ln)</source>
        <translation>
            <numerusform>All cases in the vault (%Ln)</numerusform>
            <numerusform>All cases in the vault (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message numerus="yes">
        <source>%Ln edit(s) from partners were kept beside yours. Compare and edit the fields below; each disappears once both versions agree.</source>
        <translation>
            <numerusform>%Ln edit from a partner was kept beside yours. Compare and edit the fields below; each disappears once both versions agree.</numerusform>
            <numerusform>%Ln edits from partners were kept beside yours. Compare and edit the fields below; each disappears once both versions agree.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message numerus="yes">
        <source>%Ln fictional case(s) were added.</source>
        <translation>
            <numerusform>%Ln fictional case was added.</numerusform>
            <numerusform>%Ln fictional cases were added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <comment>after a number in a spin box</comment>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message numerus="yes">
        <source>Too short: use at least %Ln characters.</source>
        <translation>
            <numerusform>Too short: use at least %Ln character.</numerusform>
            <numerusform>Too short: use at least %Ln characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Imported from %1: %Ln case(s).</source>
        <translation>
            <numerusform>Imported from %1: %Ln case.</numerusform>
            <numerusform>Imported from %1: %Ln cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln imported case(s) look like a person already in the vault, rejected cases included. Open them to see the earlier case before going on.</source>
        <translation>
            <numerusform>%Ln imported case looks like a person already in the vault, rejected cases included. Open it to see the earlier case before going on.</numerusform>
            <numerusform>%Ln imported cases look like a person already in the vault, rejected cases included. Open them to see the earlier case before going on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) went back to vetting: this bundle changed a check or the person, or brought a signed rejection from someone you verified. Look at their history before going on.</source>
        <translation>
            <numerusform>%Ln case went back to vetting: this bundle changed a check or the person, or brought a signed rejection from someone you verified. Look at its history before going on.</numerusform>
            <numerusform>%Ln cases went back to vetting: this bundle changed a check or the person, or brought a signed rejection from someone you verified. Look at their history before going on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonMatchesBanner</name>
    <message numerus="yes">
        <source>This person may already have %Ln other case(s) in the vault. Check before going on: a person rejected once can come back under another spelling.</source>
        <translation>
            <numerusform>This person may already have %Ln other case in the vault. Check before going on: a person rejected once can come back under another spelling.</numerusform>
            <numerusform>This person may already have %Ln other cases in the vault. Check before going on: a person rejected once can come back under another spelling.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message numerus="yes">
        <source>%Ln change(s) to details you did not share with %1 (such as the address in Kazakhstan, contact handles or the lawyer&apos;s planning) will not be taken: they stay as you have them.</source>
        <translation>
            <numerusform>%Ln change to a detail you did not share with %1 (such as the address in Kazakhstan, contact handles or the lawyer&apos;s planning) will not be taken: it stays as you have it.</numerusform>
            <numerusform>%Ln changes to details you did not share with %1 (such as the address in Kazakhstan, contact handles or the lawyer&apos;s planning) will not be taken: they stay as you have them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to who a person rejected here is (name, birth date, passport, unit) will not be taken: he stays findable if he comes back.</source>
        <translation>
            <numerusform>%Ln change to who a person rejected here is (name, birth date, passport, unit) will not be taken: he stays findable if he comes back.</numerusform>
            <numerusform>%Ln changes to who a person rejected here is (name, birth date, passport, unit) will not be taken: he stays findable if he comes back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) changed on both sides since the last exchange. Choose for each what stays:</source>
        <translation>
            <numerusform>%Ln record changed on both sides since the last exchange. Choose what stays:</numerusform>
            <numerusform>%Ln records changed on both sides since the last exchange. Choose for each what stays:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>Too short: use at least %Ln characters.</source>
        <translation>
            <numerusform>Too short: use at least %Ln character.</numerusform>
            <numerusform>Too short: use at least %Ln characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SealingPage</name>
    <message numerus="yes">
        <source>%Ln case(s) sealed for %1 with the profile “%2”.</source>
        <translation>
            <numerusform>%Ln case sealed for %1 with the profile “%2”.</numerusform>
            <numerusform>%Ln cases sealed for %1 with the profile “%2”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more changed case(s) did not fit in this bundle: seal again for the next bundle.</source>
        <translation>
            <numerusform>%Ln more changed case did not fit in this bundle: seal again for the next bundle.</numerusform>
            <numerusform>%Ln more changed cases did not fit in this bundle: seal again for the next bundle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignOffBox</name>
    <message numerus="yes">
        <source>Two-person rule: %Ln more signature(s) needed from people whose keys you verified in person.</source>
        <translation>
            <numerusform>Two-person rule: %Ln more signature needed from people whose keys you verified in person.</numerusform>
            <numerusform>Two-person rule: %Ln more signatures needed from people whose keys you verified in person.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SizeWords</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
</TS>
