<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&amp;About GMS Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About GMS Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1, PySide6 %2, Python %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMS Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 (build %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your records, settings, backups and log are in this folder. Installing a new version of GMS Desk, or uninstalling it, leaves the folder as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMS Desk is free software under the MIT licence. Its fonts are under the SIL Open Font Licence (Noto) and the Bitstream Vera licence (GMS Symbols).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcknowledgeWidget</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityList</name>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open SME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search SME name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator may move training progress back and retire survey forms. Anyone else can do everything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No administrator on this computer for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the administrator role with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters can also make this computer an administrator&apos;s when it enrols it: then no password is needed. The password is kept on this computer only; Settings sets or changes it later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>This computer is an administrator&apos;s: headquarters made it so when it enrolled it. It may move training progress back and retire survey forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator mode is on until GMS Desk closes: training progress may be moved back and survey forms retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may move training progress back and retire survey forms. “Administrator…” asks for the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No administrator password is set on this computer: set one to allow moving training progress back and retiring survey forms here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End administrator mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change administrator password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set administrator password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPasswordDialog</name>
    <message>
        <source>Administrator password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator may move training progress back and retire survey forms. The password is kept on this computer only, never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminUnlockDialog</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the administrator password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator mode lets you move training progress back and retire survey forms. It lasts until GMS Desk closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <source>Edit agency — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters gave this code when it added the agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyTableModel</name>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>This file is %1 MB; files up to %2 MB can be attached. Choose a smaller file (a photo taken at a lower resolution, a shorter recording).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceRuleEdit</name>
    <message>
        <source>Present every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present on at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the days a participant must be present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the workshop&apos;s days; 0 % asks no attendance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceSheetDialog</name>
    <message>
        <source>Sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet goes round the room for everyone to sign: phone numbers are left off unless you need them on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop has no days yet: give it dates first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <source>Session &amp;day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter marks the highlighted person present; ↑ ↓ choose another; Esc clears the search. %1 takes a mark off; Ctrl+Z undoes the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not &amp;here (take the mark off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the present mark off the highlighted person (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the day&apos;s sign-in sheet for people to sign (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody enrolled matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already marked present. To take the mark off, press %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not marked present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark %1 present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark %1 absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1 is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mark is off: %1 is not marked present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupModel</name>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPreview</name>
    <message>
        <source>This backup was made on %1. It holds %2, %3 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n SME(s)</source>
        <translation>
            <numerusform>%n SME</numerusform>
            <numerusform>%n SMEs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n survey response(s)</source>
        <translation>
            <numerusform>%n survey response</numerusform>
            <numerusform>%n survey responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It also holds %n attached photo(s) or file(s) (%1).</source>
        <translation>
            <numerusform>It also holds %n attached photo or file (%1).</numerusform>
            <numerusform>It also holds %n attached photos or files (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Why it was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attached photo(s) or file(s) were put back.</source>
        <translation>
            <numerusform>%n attached photo or file was put back.</numerusform>
            <numerusform>%n attached photos or files were put back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) could not be put back (damaged in the backup). Files like these come from headquarters when opened, if it has them.</source>
        <translation>
            <numerusform>%n attached file could not be put back (damaged in the backup). Files like these come from headquarters when opened, if it has them.</numerusform>
            <numerusform>%n attached files could not be put back (damaged in the backup). Files like these come from headquarters when opened, if it has them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The end of the backup is damaged: %n attached file(s) could not be read.</source>
        <translation>
            <numerusform>The end of the backup is damaged: %n attached file could not be read.</numerusform>
            <numerusform>The end of the backup is damaged: %n attached files could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Every 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At start, after GMS Desk was not closed properly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the database was upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a backup was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before many records were deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a form version was retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database on this computer is damaged, so GMS Desk will not open it for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup was made on %1 (%2). Restore it? The damaged database is kept as it is in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of it on this computer. Restore one from a file (a USB stick), or copy the folder %1 for your support contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMS Desk backups (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a backup first…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>GMS Desk backs up your data every 30 minutes while something changes, when it starts after it was not closed properly, and before risky work such as an import or a restore. Each backup is checked when it is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy in a folder you choose, such as a USB stick, encrypted with a passphrase if you give one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected backup back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room for backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s), %1 in all</source>
        <translation>
            <numerusform>%n backup, %1 in all</numerusform>
            <numerusform>%n backups, %1 in all</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written, encrypted, to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring replaces the data on this computer with this backup. What is here now is backed up first. Changes already sent to headquarters come back at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMS Desk backups (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarcodeWidget</name>
    <message>
        <source>Read from a photo of the barcode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No barcode could be read in this photo. Type the number under the bars instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchmarkView</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmarking ranks agencies, provinces or economies side by side on one indicator, for the period and the places chosen above, each against its own target. Choose the indicator and what to compare them by; the ranking shows here once its figures are computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded for this selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicator can be compared here: benchmarking needs an indicator counted by province or economy (by agency too, on a headquarters laptop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to rank: no records count towards “%1” for the period and the places chosen above. Once records of it are entered here or received by sync, they show here, ranked; a longer period or fewer filters may find some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked by the actual value. Each is measured against its own target; double-click a row to see the records behind it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakdownView</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing else)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded for this selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a number to see the records behind it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Take a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatePreviewDialog</name>
    <message>
        <source>Certificates — preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the PDF &amp;viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates cannot be shown here: this computer has no program to draw PDF pages in GMS Desk.

To check them before they are issued, press “Open in the PDF viewer” below. Or save the PDF and open it from its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saving gives %n new certificate number(s), dated %1. Numbers once given stay with the person.</source>
        <translation>
            <numerusform>Saving gives %n new certificate number, dated %1. Numbers once given stay with the person.</numerusform>
            <numerusform>Saving gives %n new certificate numbers, dated %1. Numbers once given stay with the person.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone here already holds a certificate number: saving writes the PDF again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) in this file.</source>
        <translation>
            <numerusform>%n certificate in this file.</numerusform>
            <numerusform>%n certificates in this file.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Issue and save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n page(s) are shown here; the PDF has them all.</source>
        <translation>
            <numerusform>Only the first %n page is shown here; the PDF has them all.</numerusform>
            <numerusform>Only the first %n pages are shown here; the PDF has them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateSettings</name>
    <message>
        <source>Logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the agency&apos;s logo: a PNG or JPEG image of at most 2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top of every certificate, above the agency&apos;s name. GMS Desk keeps a copy: the file chosen may be moved or deleted afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workshops start with this rule, and so does a workshop that has none of its own. Each workshop keeps its own rule, set when it is edited, the same on every computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance for a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known until this computer is enrolled in the Sync area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the agency&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates print this logo from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates print no logo from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatesView</name>
    <message>
        <source>Share of the days a participant must be present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue and save certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the certificates, then give their numbers and save them as one PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present on at &amp;least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date on the certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the PDF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never before the last day (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifies: numbered when you issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modules not all completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present %1 of the %2 days needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>of the days (%1 of %n day(s))</source>
        <translation>
            <numerusform>of the days (%1 of %n day)</numerusform>
            <numerusform>of the days (%1 of %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>A certificate goes to each participant who completed every module and was present on enough days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) qualify;</source>
        <translation>
            <numerusform>%n participant qualify;</numerusform>
            <numerusform>%n participants qualify;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) issued.</source>
        <translation>
            <numerusform>%n certificate issued.</numerusform>
            <numerusform>%n certificates issued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more will be numbered when you issue.</source>
        <translation>
            <numerusform>%n more will be numbered when you issue.</numerusform>
            <numerusform>%n more will be numbered when you issue.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer is not enrolled with an agency yet: the certificates will not name the issuing agency. Enrol it in the Sync area first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop has not started yet (first day: %1). Certificates are issued after its last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop is “%1” until its last day (%2). Certificates are issued after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue certificates now anyway? They are dated %1 and go only to those who already meet every rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop not over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was issued or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates — %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved; nothing was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n certificate(s) to %1.</source>
        <translation>
            <numerusform>Saved %n certificate to %1.</numerusform>
            <numerusform>Saved %n certificates to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issued %n new certificate(s).</source>
        <translation>
            <numerusform>Issued %n new certificate.</numerusform>
            <numerusform>Issued %n new certificates.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing certificates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>← Back to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two people changed the same field before their computers synced. Every computer now shows the value in use; check which value is right and keep it, or type the right value. Your choice is sent to everyone at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value in use now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the right value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or the right value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>Cambodia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lao PDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yunnan (China)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>No indicators yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend (dashed: target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this indicator counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the records behind this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break this indicator down (by sex, province, agency…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No definition was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target for this selection. The wider target that applies is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target for this selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In several currencies: choose an economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Remove demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every record the demo made; what you entered yourself is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Demo data: %Ln record(s) on this computer were made by the demo, to try GMS Desk out. They are never sent to headquarters.</source>
        <translation>
            <numerusform>Demo data: %Ln record on this computer were made by the demo, to try GMS Desk out. They are never sent to headquarters.</numerusform>
            <numerusform>Demo data: %Ln records on this computer were made by the demo, to try GMS Desk out. They are never sent to headquarters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove the %Ln demo record(s) from this computer? Records you entered yourself are kept. Removed demo data cannot be brought back (run the demo again for new data).</source>
        <translation>
            <numerusform>Remove the %Ln demo record from this computer? Records you entered yourself are kept. Removed demo data cannot be brought back (run the demo again for new data).</numerusform>
            <numerusform>Remove the %Ln demo records from this computer? Records you entered yourself are kept. Removed demo data cannot be brought back (run the demo again for new data).</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing demo data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoFolderBanner</name>
    <message>
        <source>Leave demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: you are trying GMS Desk in a separate folder of made-up records. Nothing here is ever sent to headquarters, and your own data is not here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <source>Try it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made-up SMEs, workshops and events to try GMS Desk with, before you enter your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data is kept in a separate demo data folder: it never mixes with your own data, and nothing in it is ever sent to headquarters. A yellow banner shows while you are in it; “Leave demo data” deletes it and opens your own data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every record behind this number as an Excel workbook or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 records; the export writes them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>The records could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>Exported %n record to %1.</numerusform>
            <numerusform>Exported %n records to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people and SMEs: name, phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people and SMEs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMEs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMEs (pick one for a new person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. owner, marketing staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New S&amp;ME…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add and enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this person and enrol them (Enter in any of their fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name (own script):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;Latin letters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody found. Enter starts a new person with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SME found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or phone number above to search; Enter enrols the highlighted person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type above to find an SME for a new person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) in this workshop.</source>
        <translation>
            <numerusform>%n participant in this workshop.</numerusform>
            <numerusform>%n participants in this workshop.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the new person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You started typing a new person who is not enrolled yet. Close and discard what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SME:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person may already be known. Enrol them instead of adding them again, or add them if it is someone else:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody known matches “%1”. Add them as a new person: their details, then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(already enrolled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already enrolled in this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %1 (saved with the person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None — pick one on the left, or add a new SME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the yellow box first: enrol the person already known, or press Enter again to add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>GMS Desk may not write to this place. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMS Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMS Desk — unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside GMS Desk. Your saved work is safe. Please send the details below to your support contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters published this record for every agency: it can be read here but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again; what you saved before is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: another program, perhaps a second copy of GMS Desk, is writing to it. Wait a moment, then try again; what you saved before is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMS Desk may not write to its database file or to the folder it is in. Allow writing there (or ask whoever looks after this computer), then try again; what you saved before is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is damaged or is not a GMS Desk database. Do not delete it: restore the database from a backup, or ask your support contact for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be read or written (a disk or network error). Check that the disk or USB drive is still connected, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the database did not pass its check, so it was not kept: the database itself may be damaged. Restore the newest good backup (Settings, Backups), or ask your support contact for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a GMS Desk backup, or it is damaged. Choose another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is encrypted. Enter its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not the one this backup was encrypted with. Check it (capital letters count) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup file was changed or cut short after it was made, so it cannot be trusted and was not used. Use another copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listeners, viewers or readers the media reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Economy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Women:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Men:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ot&amp;her or not recorded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;ganisations represented:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media &amp;reach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In all:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter or Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMEs reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or phone, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an SME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMEs found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the SME chosen (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>(chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n SME(s) chosen</source>
        <translation>
            <numerusform>%n SME chosen</numerusform>
            <numerusform>%n SMEs chosen</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>Road show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No awareness events yet. Press Ctrl+N to record a road show, media campaign, launch, consultation or seminar: who came, how many women and men, and the SMEs it reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title, organiser, venue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>audience %1: %2 women, %3 men, %4 other or not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media reach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMEs reached (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” saved. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” deleted. Undo with Ctrl+Z, or find it under “Deleted events”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>Exported %n event to %1.</numerusform>
            <numerusform>Exported %n events to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Choose a .csv or .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>ICT level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in local script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner or contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed-line phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in other languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provinces served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-business services offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-procurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance for a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-test score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-test score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal or marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products displayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up by service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations represented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMEs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title in other languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience in all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Making demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be made, so GMS Desk opens your own data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the demo data and open your own data? The demo data folder is deleted, with what you tried in it; nothing in it was ever sent to headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least %n characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to GMS Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormRenderer</name>
    <message>
        <source>Form language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (keep draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything entered so far is kept as a draft; resume it from the Drafts list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (Page Down or Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every answer and mark the response complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form has no questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some answers on this page need attention (marked in red).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) still need attention.</source>
        <translation>
            <numerusform>%n answer still need attention.</numerusform>
            <numerusform>%n answers still need attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not submitted; the draft is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>The list &apos;{dataset}&apos; cannot be updated by GMS Desk: a form can update only the SME record. Write smes as the list_name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list &apos;{dataset}&apos; cannot be updated by GMS Desk: a form can update only the SME record (did you mean &apos;{suggestion}&apos;?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save_to &apos;{field}&apos;: the SME record has no such field. Write the name of an SME field, for example employees_total or website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save_to &apos;{field}&apos;: the SME record has no such field (did you mean &apos;{suggestion}&apos;?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save_to &apos;{field}&apos;: GMS Desk keeps this field of the SME record itself; a form may not write it. Remove the save_to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save_to &apos;{field}&apos;: a {type} question cannot fill this SME field; a question of type {types} can. Change the question&apos;s type or its save_to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save_to &apos;{field}&apos;: this SME field is a yes/no flag, so the choices of list &apos;{list}&apos; must be named yes, no, 1, 0, true or false; these are not: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save_to &apos;{field}&apos;: this SME field holds a number, so the choices of list &apos;{list}&apos; must be named with numbers; these are not: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save_to &apos;{field}&apos;: the choices of list &apos;{list}&apos; must be named with the codes of this SME field ({codes}); these are not: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save_to &apos;{field}&apos;: the question on row {other} already writes this SME field; only one question may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save_to &apos;{field}&apos;: a question inside a repeat cannot update the SME record (a repeat has many answers, the SME one value). Move the question out of the repeat or remove its save_to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity_id is not read: a response updates the SME it is linked to when it is started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create_if is ignored: GMS Desk does not create SMEs from a form; only the SME a response is linked to is updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update_if &apos;{source}&apos;: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these questions depend on each other in a circle: {names}; break the circle in relevant/calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character {character} at position {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} is not a valid reference to a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected {expected} but found the end at position {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected {expected} but found {found} at position {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a path after {reference} is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty predicate &apos;[]&apos; at position {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attributes (&apos;@&apos;) are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wildcards (&apos;*&apos;) in paths are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path ends with &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a path cannot contain {token} (position {position})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search() is an appearance of a select question (its choices from a CSV file), not a function for calculations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected {token} at position {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;//&apos; paths are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicates (&apos;[...]&apos;) on the form&apos;s own questions are not supported; use indexed-repeat()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{function}() takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{function}() takes %n argument(s), not {given}</source>
        <translation>
            <numerusform>{function}() takes %n argument, not {given}</numerusform>
            <numerusform>{function}() takes %n arguments, not {given}</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no question named &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not understood: refer to a question as {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a column of the choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance() takes the name of a secondary instance in quotes, e.g. instance(&apos;fruits&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance(&apos;{name}&apos;) names no file attached to the form and no list of the choices sheet: attach {name}.csv or {name}.xml (declared by a select_one_from_file, csv-external or xml-external row) or use a choice list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicates (&apos;[...]&apos;) and paths after the form&apos;s own questions are not supported; use indexed-repeat()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the function {function}() is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{function}() takes %n or more argument(s), not {given}</source>
        <translation>
            <numerusform>{function}() takes %n or more argument, not {given}</numerusform>
            <numerusform>{function}() takes %n or more arguments, not {given}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{function}() takes {low} to %n argument(s), not {given}</source>
        <translation>
            <numerusform>{function}() takes {low} to %n argument, not {given}</numerusform>
            <numerusform>{function}() takes {low} to %n arguments, not {given}</numerusform>
        </translation>
    </message>
    <message>
        <source>weighted-checklist() takes a minimum, a maximum, then pairs of a value and its weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digest(): unknown algorithm &apos;{algorithm}&apos;; use one of {algorithms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digest(): unknown encoding &apos;{encoding}&apos;; use &apos;base64&apos; or &apos;hex&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jr:itext() takes one text id in quotes, such as jr:itext(&apos;/data/q:label&apos;); for the label of an answer write {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jr:itext(&apos;{id}&apos;) names no text of the form: use an id such as &apos;/data/q:label&apos; or &apos;list_name-0&apos;, or for the label of an answer write {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jr:choice-name() needs the question as its second argument, e.g. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jr:choice-name(): &apos;{name}&apos; is not a select question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indexed-repeat() takes a ${question} inside a repeat, then a ${repeat} and a position (and more pairs for repeats inside repeats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indexed-repeat(): &apos;{repeat}&apos; is not a repeat around &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position() takes at most one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pulldata() takes 4 arguments: the file&apos;s name (without .csv), the column to read, the column to match and the value to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pulldata(): name the file in quotes, e.g. pulldata(&apos;fruits&apos;, &apos;price&apos;, &apos;name&apos;, ${fruit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pulldata() reads &apos;{file}&apos;, which is not attached to the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pulldata(): &apos;{file}&apos; has no column &apos;{column}&apos; (its columns: {columns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file &apos;{file}&apos; ({why}) could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form needs the file &apos;{file}&apos; ({why}), but it is not attached: put it in {where} and import the form again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{file}&apos; is not UTF-8 text: save it as &quot;CSV UTF-8&quot; (or as UTF-8) and import the form again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the files attached to the form take {size}; a form version travels with its files, which may take at most {limit} together: make the images smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{file}&apos; is not a CSV file ODK can read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{file}&apos; has no header row: its first row must name the columns (for example name,label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{file}&apos; has two columns named &apos;{column}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{file}&apos; declares a DOCTYPE or entities, which ODK does not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{file}&apos; is not well-formed XML: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a position needs a longitude and a latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a feature needs a geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geometry type {type} is not one ODK reads (Point, LineString, Polygon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{file}&apos; is not valid JSON: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{file}&apos; is not a GeoJSON FeatureCollection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{file}&apos;: feature {number} is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{file}&apos;: feature {number}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{file}&apos; is not a data file ODK reads (CSV, XML or GeoJSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log of ODK Collect is not recorded by GMS Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata &apos;{type}&apos; ({name}) is ignored: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} &apos;{source}&apos;: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type &apos;{type}&apos; takes its choices from the answers to a question inside a repeat, but &apos;{name}&apos; is not a question inside a repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type &apos;{type}&apos; takes its choices from the answers to a question inside a repeat, but &apos;{name}&apos; is not a question of the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &apos;{name}&apos; is used more than once; GMS Desk needs every question and group name to be unique in its group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file &apos;{file}&apos; is not attached to the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type &apos;{type}&apos; ({name}) is not supported by GMS Desk; supported types: {types}, groups and repeats. Remove the row or change its type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loop&apos;s %(name)s or %(label)s could not be filled in for &apos;{choice}&apos;: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list &apos;{list}&apos; is not on the external_choices sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the choice list &apos;{list}&apos; is not on the choices sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{file}&apos; has no column &apos;{column}&apos; for the choices&apos; values (its columns: {columns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search() takes the CSV file&apos;s name in quotes, then optionally &apos;contains&apos;, &apos;startswith&apos;, &apos;endswith&apos; or &apos;matches&apos;, a column and the text to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search() needs a row on the choices sheet naming the file&apos;s value column (name) and label column (label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search(): name the column in quotes and search for text in quotes, a number or a ${question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range parameter {parameter}=&apos;{value}&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range parameter step must be greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat_count &apos;{source}&apos; reads a question inside the repeat it counts; count from a question before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choice_filter only applies to select questions; it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label refers to {reference}, but there is no question named &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form definition is damaged: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guidance hints are not shown by GMS Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger (recalculate when another question changes) is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance attributes are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMS Desk does not use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; is ignored: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pyxform, the XLSForm reader ODK uses, says: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type &apos;{type}&apos; is not an XLSForm question type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {column} on the {sheet} sheet is not a valid name: a name begins with a letter or an underscore, followed by letters, digits, underscores, hyphens or periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choice list names the same choice twice: give each choice of a list its own name, or set allow_choice_duplicates to yes on the settings sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the choice has no name: fill in its name column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {column} refers to &apos;{name}&apos;, which is not a name on the survey sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {column} refers to &apos;{name}&apos;, a name used more than once on the survey sheet: a name referred to must be used only once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;begin {type}&apos; {name} has no &apos;end {type}&apos; after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;end {type}&apos; {name} has no &apos;begin {type}&apos; before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the question or group has no name: fill in its name column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no sheet named &apos;survey&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &apos;{column}&apos; is in the header row twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>omit_instanceID cannot be used with encryption (public_key): encrypted forms need the instanceID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language &apos;{language}&apos; has no text in these {sheet} columns: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these languages have no valid language code: {languages}; write them as &apos;Khmer (km)&apos;. Learn more: {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the parameter max-pixels (for example max-pixels=1024) to make photos smaller. Learn more: {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has neither a label nor a hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file &apos;{file}&apos; was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{file}&apos; is not an Excel workbook: save the XLSForm as .xlsx and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file &apos;{file}&apos; could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder &apos;{folder}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder &apos;{folder}&apos; next to the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the files given with the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;select_multiple {name}&apos; (several of the answers given in a repeat) cannot be read: pyxform does not read a select_multiple of a repeat&apos;s answers; use &apos;select_one {name}&apos;, or a list on the choices sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read as an XLSForm workbook (.xlsx or .xls): {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form has no questions to ask: add rows with a question type (text, integer, select_one ...) to the survey sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} needs the choice list &apos;{list}&apos;, but the workbook has no choices sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the choice list &apos;{list}&apos; is not on the choices sheet{suggestion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type &apos;{type}&apos; is not supported by GMS Desk; use select_multiple instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type &apos;{type}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type &apos;{type}&apos; is not supported by GMS Desk; supported types: {types}, metadata (start, end, today, deviceid, username), groups, repeats and loops. Remove the row or change its type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type &apos;{type}&apos; is not an XLSForm question type{suggestion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &apos;{name}&apos; is already used on row {row} in the same group; a name may be used again only in another group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (did you mean &apos;{name}&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appearance &apos;{appearance}&apos; is ignored on the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameters &apos;{parameters}&apos; are ignored for type &apos;{type}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media is not shown by GMS Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting &apos;{setting}&apos; is ignored: GMS Desk does not use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no form_id: using &apos;{id}&apos; (from the file name); set form_id so re-imports of a renamed file are recognised as the same form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no version: using &apos;{version}&apos; (from the form&apos;s content); set version so responses can be matched to the form they were collected with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeoTraceWidget</name>
    <message>
        <source>One point a line: latitude longitude, for example 11.5564 104.9282</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not a point: write the latitude and the longitude, for example 11.5564 104.9282.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shape needs at least three points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line needs at least two points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points · %2 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points · %2 m long</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeopointWidget</name>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Altitude (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the numbers as decimals, for example 11.5564.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latitude is between -90 and 90 and the longitude between -180 and 180.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accuracy is a distance in metres: 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts and guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>GMS Desk help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys of the area you are in work there; those marked Everywhere work in every area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMS Desk keeps your agency&apos;s SMEs, workshops, surveys and reports on this computer. Everything works without a connection: what you change waits, and is sent to headquarters when you sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;SMEs&lt;/b&gt;: register a business with New SME; GMS Desk tells you when it may be registered already. The services, training, online presence and inquiries of an SME are kept with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Training&lt;/b&gt;: plan a workshop, enrol its participants, mark attendance and progress, and print certificates. &lt;b&gt;Surveys&lt;/b&gt;: fill in a form for an SME; the answers are summed up for you. &lt;b&gt;Reports&lt;/b&gt;: the programme&apos;s figures for a period, to print or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sync&lt;/b&gt;: enrol this computer once with the code headquarters gave you. Changes are then sent and received whenever there is a connection; without one, a sync bundle on a USB stick does the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a form, Ctrl+S saves, Esc closes it without saving, and Tab moves to the next field. Ctrl+Z takes back the last change. &lt;b&gt;Settings&lt;/b&gt; holds the language, the text size, your name and the administrator role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IctLevel</name>
    <message>
        <source>Traditional (fax, phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-business</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IctTimeline</name>
    <message>
        <source>ICT history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ICT level: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>displaying products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online presence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file&apos;s text encoding is not recognised. Save it as CSV UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a .csv or .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read as a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook unpacks to far more data than a spreadsheet of its size holds, so it was not opened. Open it in Excel or LibreOffice, save it as CSV UTF-8 and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has more rows than Excel allows in one sheet. Split it into smaller files and import each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row has too many columns to be a list of SMEs. Check that it is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line of the file is too long to be a row of a table. Check that it is a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the file is not in the same text encoding as the rest, so it cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode (UTF-32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thai (Windows-874)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese (Windows-1258)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese, simplified (GB18030)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese, traditional (Big5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s text can be read in more than one way. Choose the reading in which the names look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which column holds the business name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import SMEs from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a spreadsheet with one SME per row and the column names in the first row. CSV and Excel (.xlsx) files work; of a workbook, the first sheet is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also drop a file on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMS Desk guessed which SME field each column holds from the column names. Check each line and change what is wrong; a field can be chosen for one column only. Columns set to “— do not import —” are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can cancel; the rows imported before that are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows were not imported. Correct them in the file and import it again; the rows already imported will not be added twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save problem list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 3: Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 3: Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 of 3: Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file has %n rows below the column names.</source>
        <translation>
            <numerusform>The file has %n row below the column names.</numerusform>
            <numerusform>The file has %n rows below the column names.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns were matched to SME fields; check them in the next step.</source>
        <translation>
            <numerusform>%n column was matched to SME fields; check it in the next step.</numerusform>
            <numerusform>%n columns were matched to SME fields; check them in the next step.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its text is read as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has column names but no rows below them. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of this file can be read in more than one way. Choose the reading in which the names look right; the file is then read that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows read as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it in Excel or LibreOffice, save it again as .xlsx or as CSV UTF-8, and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name, column %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— do not import —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import column “%1” as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows in the file;</source>
        <translation>
            <numerusform>%n row in the file;</numerusform>
            <numerusform>%n rows in the file;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have problems — those rows will be skipped and listed after the import.</source>
        <translation>
            <numerusform>%n of them has a problem — that row will be skipped and listed after the import.</numerusform>
            <numerusform>%n of them have problems — those rows will be skipped and listed after the import.</numerusform>
        </translation>
    </message>
    <message>
        <source>none of them have problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the first %1 have problems — those rows will be skipped and listed after the import.</source>
        <translation>
            <numerusform>%n of the first %1 has a problem — that row will be skipped and listed after the import.</numerusform>
            <numerusform>%n of the first %1 have problems — those rows will be skipped and listed after the import.</numerusform>
        </translation>
    </message>
    <message>
        <source>none of the first %1 have problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n rows…</source>
        <translation>
            <numerusform>Importing %n row…</numerusform>
            <numerusform>Importing %n rows…</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing SMEs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the rows being saved now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1, updated %2, unchanged %3, with problems %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 are listed; correct those and import again to see the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; the rows before that are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows were not reached; import the file again to add them.</source>
        <translation>
            <numerusform>%n row was not reached; import the file again to add it.</numerusform>
            <numerusform>%n rows were not reached; import the file again to add them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save problem list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Evaluation: relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation: efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation: effectiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation: impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation: sustainability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training workshops marked running or done, counted in the period of their first day, where they took place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who completed at least one training module in the period, each counted once. A person is placed where their SME is; a person with no SME, where the first workshop they took part in was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who completed their track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who completed every module of a workshop&apos;s track, counted in the period they completed the last one, each person once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMEs with a person trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMEs with at least one person who completed a training module in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the people enrolled in the workshops held that started in the period, the share who completed every module of their workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average score gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-test score minus pre-test score (points out of 100), averaged over the participants with both scores in the workshops held that started in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awareness events held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road shows, media campaigns, launches, consultations and seminars held in the period (by their first day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People reached by events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audiences of the awareness events held in the period, added up, by sex as recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies offering e-business services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies of the network whose profile lists at least one e-business service, as of the end of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies that recorded a service delivered, a workshop held or an awareness event in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-business services delivered to SMEs in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMEs served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMEs that received at least one e-business service in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees paid for the services delivered in the period, by currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of services paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the services delivered in the period, the share with a fee that was paid (cost recovery).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMEs online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMEs with a website, a social media page, an e-marketplace listing or online payment (ICT level 2 or 3) as of the end of the period: since the earliest of these they have now was set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMEs on e-marketplaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMEs selling on an e-marketplace or an agency portal, as of the end of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMEs registered for e-procurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMEs registered for e-procurement, as of the end of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMEs registered on a portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMEs registered on an agency portal (or displaying products there), as of the end of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMEs displaying products on a portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMEs displaying products on an agency portal, as of the end of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiries received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiries SMEs received in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiries from abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiries received in the period from another country than the SME&apos;s (for an SME of Yunnan, China is not abroad).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic inquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiries received in the period from the SME&apos;s own country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiries received in the period that became an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of orders reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the orders from inquiries received in the period, by currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMEs that moved up the ICT ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMEs whose ICT level (traditional, e-mail, web presence, e-business) at the end of the period was higher than at its start, or than when they were registered if that was later (without a start: than when they were registered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average rating (1 to 5) participants gave the workshop for this criterion in the workshop evaluation form, in the responses submitted in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the indicator counts: survey responses or SMEs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the id of the survey form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the question&apos;s name as the form has it, for example r_relevance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter one answer as the form stores it, for example yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the SMEs by one or more of their fields, for example sector = tourism.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits, dots, dashes and underscores for the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another indicator has this code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InquiriesView</name>
    <message>
        <source>Abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln inquiry(ies)</source>
        <translation>
            <numerusform>%Ln inquiry</numerusform>
            <numerusform>%Ln inquiries</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from abroad, %2 domestic, %3 not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Abroad or domestic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export inquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln inquiry(ies) to %1.</source>
        <translation>
            <numerusform>Exported %Ln inquiry to %1.</numerusform>
            <numerusform>Exported %Ln inquiries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InquiryDialog</name>
    <message>
        <source>Inquiry received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search, e.g. Japan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it led to an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelMedia</name>
    <message>
        <source>Play the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not come with the form, so it cannot be played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be made ready to play: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer plays %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>%1 (no. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone (no name given)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LadderStrip</name>
    <message>
        <source>ICT level, %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to GMS Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language GMS Desk speaks. You can change it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagesDialog</name>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagesField</name>
    <message>
        <source>None chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>GMS Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMEs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting for sync</source>
        <translation>
            <numerusform>%n change waiting for sync</numerusform>
            <numerusform>%n changes waiting for sync</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapDialog</name>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer on the map. Drag to move the map; turn the mouse wheel or press + and - to zoom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the place to put the point there (or press Space for the cross in the middle). Drag to move the map; turn the mouse wheel or press + and - to zoom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click each corner of the shape in turn (or press Space for the cross in the middle); the shape closes by itself. Backspace removes the last corner. Drag to move the map; the mouse wheel or + and - zoom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click each point of the line in turn (or press Space for the cross in the middle). Backspace removes the last point. Drag to move the map; the mouse wheel or + and - zoom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose map tiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An MBTiles file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of tiles (zoom/x/y.png)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove last point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this answer (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No map tiles are set up on this laptop, so no map can be shown. Choose map tiles kept on this laptop: an MBTiles file, or a folder of tiles (zoom/x/y.png). You can also close this and type the location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map tiles chosen for this laptop (%1) are no longer there. Choose map tiles again, or close this and type the location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds vector tiles, which GMS Desk cannot draw. Choose raster tiles (PNG or JPEG pictures) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no map tiles. Choose an MBTiles file or a folder of tiles (zoom/x/y.png).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as map tiles. Choose an MBTiles file or a folder of tiles (zoom/x/y.png).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These map tiles could not be remembered for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose map tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map tiles (*.mbtiles);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder of map tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line needs at least two points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shape needs at least three points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude %1, longitude %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No point yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No points yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the place on a map kept on this laptop (no internet needed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaWidget</name>
    <message>
        <source>Choose a photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on this laptop: it is fetched from headquarters when you open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings (*.m4a *.mp3 *.wav *.ogg *.opus *.amr *.aac *.3gp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.avi *.mkv *.webm *.3gp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files can be attached only to a response being filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>Whole programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkArea</name>
    <message>
        <source>Search agency, province, language (e.g. Japanese), service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a language&apos;s name, such as Japanese, to find who translates into it; Enter or Down goes to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-business support network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published by headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this agency&apos;s profile (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agency(ies)</source>
        <translation>
            <numerusform>%n agency</numerusform>
            <numerusform>%n agencies</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agency matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agencies yet. Headquarters publishes the support network; it arrives with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None listed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicative fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewResponseDialog</name>
    <message>
        <source>This laptop&apos;s agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or phone number to find the SME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SME (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workshops recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no SME —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or phone number above to find the SME.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairsDialog</name>
    <message>
        <source>Language pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different languages from the lists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairsField</name>
    <message>
        <source>No language pairs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To encrypt the copy, give it a passphrase; without the passphrase nobody can read it, you included. Leave both empty for a copy that is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is encrypted. Enter its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PivotModel</name>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceChoice</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or choose a province</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>Own website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-procurement registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displaying products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenceDialog</name>
    <message>
        <source>Edit online presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the provincial trade portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal or marketplace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products displayed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up by service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintNames</name>
    <message>
        <source>Characters that cannot be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No font of the PDF has these characters, so they would print as empty boxes: %1

They are in the names of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>Moved back by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score is a number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Next step (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete module for all selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move one cell&apos;s progress back; needs a reason and is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◐ in progress   ✔ completed   ↺ moved back by an administrator. Space moves the selected cells one step forward; type a score in the test columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select module cells first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the module cell to move back first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress only moves forward. To correct a mistake, use “Move back…”: it asks for a reason and records who did it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankModel</name>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-business service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awareness event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatBlock</name>
    <message>
        <source>Add another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet. Press “Add another” to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 — no. %2 and its answers?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFilters</name>
    <message>
        <source>Kind of period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter or month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All economies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women and men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts people of one sex, for the indicators that count people by sex; the others show that they are not counted by sex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Awareness-raising and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-business support network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-marketplaces and e-procurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmarking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These figures for headquarters and donors: a PDF and an XLSX workbook, in the language you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators against targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Press F5 to compute again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the pack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators against targets %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the report pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report pack was cancelled; no file was left half written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report pack was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report pack written: %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report pack could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevertDialog</name>
    <message>
        <source>Move progress back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress only moves forward. Moving it back is recorded with your name and the reason, and headquarters sees it.

%1 — %2: now “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move back to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the progress is moved back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing earlier to move back to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Latin letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SME</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectOneWidget</name>
    <message>
        <source>— not answered —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Edit service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 when free of charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SME has paid the fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12 products listed on the provincial portal; 3 inquiries in the first month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee charged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesEditor</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicative fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 50 per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For translation: each language pair, from one language into another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesView</name>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln service(s)</source>
        <translation>
            <numerusform>%Ln service</numerusform>
            <numerusform>%Ln services</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with a fee, %2 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (paid %2, not paid %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export services</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln service(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln service to %1.</numerusform>
            <numerusform>Exported %Ln services to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsArea</name>
    <message>
        <source>Apply language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your full name, as colleagues know you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow unencrypted connections (http://) to a sync server on the local network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such a connection is not encrypted: anyone on the network can read what is sent, this computer&apos;s sync key included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic sets Khmer, Lao and Burmese a little larger than the other languages. Windows opened from now on use the new size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buddhist era: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gregorian: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years in Thai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name (saved with every change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your agency&apos;s economy and province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmeActivityDialog</name>
    <message>
        <source>Training and services — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-business services delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal or marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add presence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add inquiry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiries received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody from this SME has been to training yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) of this SME known from training.</source>
        <translation>
            <numerusform>%n person of this SME known from training.</numerusform>
            <numerusform>%n persons of this SME known from training.</numerusform>
        </translation>
    </message>
    <message>
        <source>No module completed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) completed</source>
        <translation>
            <numerusform>%n module completed</numerusform>
            <numerusform>%n modules completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>by %n of them.</source>
        <translation>
            <numerusform>by %n of them.</numerusform>
            <numerusform>by %n of them.</numerusform>
        </translation>
    </message>
    <message>
        <source>An online presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add online presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online presence added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit online presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online presence saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete online presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online presence deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmeArea</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMEs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New SME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training and services…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, phone, registration number, contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All economies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any ICT level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted SMEs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deleted SMEs, to restore them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n SME(s)</source>
        <translation>
            <numerusform>%n SME</numerusform>
            <numerusform>%n SMEs</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 SMEs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted: the backup made first was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n SME(s).</source>
        <translation>
            <numerusform>Deleted %n SME.</numerusform>
            <numerusform>Deleted %n SMEs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %n SME(s)</source>
        <translation>
            <numerusform>delete %n SME</numerusform>
            <numerusform>delete %n SMEs</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo with Ctrl+Z, or find it under Deleted SMEs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>restore %n SME(s)</source>
        <translation>
            <numerusform>restore %n SME</numerusform>
            <numerusform>restore %n SMEs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n SME(s).</source>
        <translation>
            <numerusform>Restored %n SME.</numerusform>
            <numerusform>Restored %n SMEs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export SMEs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n SME(s) to %1.</source>
        <translation>
            <numerusform>Exported %n SME to %1.</numerusform>
            <numerusform>Exported %n SMEs to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting SMEs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmeFormDialog</name>
    <message>
        <source>New SME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit SME — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last changed by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sector…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICT and e-business use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new sector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This business may already be registered. Open it instead of adding it again, or save if it is a different one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmeTableModel</name>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Where to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few first steps; press F1 at any time for the keyboard shortcuts and a short guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Register an SME&lt;/b&gt; in SMEs, with New SME: GMS Desk tells you when the business may be registered already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan a workshop&lt;/b&gt; in Training, with New workshop: enrol people, then mark attendance and progress, and print certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Run a survey&lt;/b&gt; in Surveys, with New response, for an SME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sync&lt;/b&gt; in Sync: enrol this computer once with the code headquarters gave you; your changes are then sent whenever there is a connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryWindow</name>
    <message>
        <source>All versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export responses (CSV/XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarising</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %n point(s) of the latest answers</source>
        <translation>
            <numerusform>From %n point of the latest answers</numerusform>
            <numerusform>From %n points of the latest answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n response(s) to %1.</source>
        <translation>
            <numerusform>Exported %n response to %1.</numerusform>
            <numerusform>Exported %n responses to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) and file(s) copied to %1.</source>
        <translation>
            <numerusform>%n photo and file copied to %1.</numerusform>
            <numerusform>%n photos and files copied to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form has no questions to summarise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in each “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the latest photos are not on this laptop yet (they come with the next sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No locations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between latitudes %1 and %2, longitudes %3 and %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are not on this laptop: open them in their responses to fetch them, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the summary PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>This answer is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer is not in the expected form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number, for example 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number, for example 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Surveys</name>
    <message>
        <source>Choose a file name ending in .csv or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version} of form {form_id} is already here with different questions. Change the version in the form&apos;s settings sheet and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version} of form {form_id} is already here with other attached files ({files}). Change the version in the form&apos;s settings sheet and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers are not a set of named values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form version has responses or drafts, so it cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD, for example 2024-03-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This response was already corrected. Correct the newest one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters published version {version} of form {form_id} with different questions; it can be read here but not changed. Change the version in the form&apos;s settings sheet and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form version is retired: it takes no new responses. Its responses and drafts are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SME ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveysArea</name>
    <message>
        <source>Surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a corrected copy to fill in; once submitted it replaces this response, which is kept for the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show replaced responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import XLSForm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary and export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing the forms that come with GMS Desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export with labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every response to the selected form in a spreadsheet for people to read: the questions&apos; text and the answers&apos; labels, in the language you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) ready to fill in.</source>
        <translation>
            <numerusform>%n form ready to fill in.</numerusform>
            <numerusform>%n forms ready to fill in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published by headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired: not offered for new responses. Its responses and drafts are kept, and can be viewed, corrected and exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered for new responses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses to “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The responses could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer version %1 of “%2” for new responses again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire version %1 of “%2”: it is no longer offered for new responses; its responses and drafts are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete version %1 of “%2”: nobody has answered it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can retire a form version or bring it back: “Administrator…” in Settings asks for the administrator password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of “%2” was not retired: the backup made first was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of “%2” is offered for new responses again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of “%2” retired: it is no longer offered for new responses; its responses and drafts are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete form version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete version %1 of “%2”? Nobody has answered it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of “%2” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every form version is retired. Bring one back, or import a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no form yet. Import an XLSForm first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SME: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction of a submitted response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response submitted. It will be sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the SME from a survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SME is linked to the response, so no SME record was updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SME is not on this laptop, so its record was not updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SME belongs to another agency: its record can be read here but not changed, so it was not updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form&apos;s update condition (update_if) was not met, so the SME record was not updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SME record updated: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SME record already held these answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written to the SME record, as the answer does not fit it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer for the SME record was given, so it was not updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is kept: resume it any time from the Drafts list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this draft of “%1” and the answers in it? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an XLSForm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSForm spreadsheet (*.xlsx *.xls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files the form needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs %2 file(s) that are not in its folder: %3.

Choose them now? (ODK keeps them in a folder named %4 next to the form.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the form&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files the form names (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot be used as a form: %n problem(s) must be fixed in the spreadsheet first.</source>
        <translation>
            <numerusform>“%1” cannot be used as a form: %n problem must be fixed in the spreadsheet first.</numerusform>
            <numerusform>“%1” cannot be used as a form: %n problems must be fixed in the spreadsheet first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): what GMS Desk ignored is listed below.</source>
        <translation>
            <numerusform>%n warning: what GMS Desk ignored is listed below.</numerusform>
            <numerusform>%n warnings: what GMS Desk ignored is listed below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n response(s) with labels to %1.</source>
        <translation>
            <numerusform>Exported %n response with labels to %1.</numerusform>
            <numerusform>Exported %n responses with labels to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Form not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of “%2” is already here; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1”, version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export with labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions and answers in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting responses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>This address starts with http://, so the connection would not be encrypted: this computer&apos;s key and your data could be read on the way. Use an https:// address. For a server on your local network, an administrator can allow unencrypted connections to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted connections are allowed only to a server on your local network, and this address is on the Internet. Use an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified. Check the server address and this computer&apos;s date and time; if both are right, tell headquarters. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is not enrolled on this computer: it was copied from another computer, or the key that lets it sync is missing. Enrol this computer again with a new code from headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is not valid. It looks like https://hq.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters cannot be reached. Your changes are kept and will be sent when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters could not process the enrolment. Try again later; if it keeps failing, tell headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many enrolment attempts from this network. Wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of GMS Desk is too old to sync with headquarters. Please install GMS Desk %1 or newer; this laptop has %2. Your data is kept until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo data folder: nothing in it is ever sent to headquarters. Leave demo data (in the Demo menu), then enrol this computer with your own data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters does not recognise this computer (not enrolled, or access was withdrawn). Enrol it again with a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of GMS Desk is too old to sync. Please update it; your data is kept until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters could not process the sync. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrolment code is not valid or was used already. Ask headquarters for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address does not answer like a GMS Desk headquarters server. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is not set up: enrol this computer with headquarters first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address and the enrolment code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GMS Desk headquarters answered at this address. Check the address (for example https://hq.example.org) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record belongs to another agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters published this record; it cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters does not know this kind of record yet (it runs an older version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters does not know this field yet (it runs an older version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters has no such conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key that lets this computer sync could not be saved in the data folder. Check that the folder can be written to, then enrol again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key that lets this computer sync could not be read from the system&apos;s password store (it may be locked). Unlock it, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a GMS Desk sync bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync bundle was made by a newer version of GMS Desk. Update GMS Desk on this computer, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync bundle is damaged or incomplete (it may have been cut short while it was copied). Nothing was imported. Copy it again, or make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync bundle was changed after it was made, or was not made for this computer. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync bundle is encrypted. Enter the passphrase it was made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not the one this sync bundle was made with, or the bundle was changed after it was made. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted sync bundles need the “cryptography” package, which is not installed with this copy of GMS Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is not enrolled with headquarters, so it cannot make or read sync bundles. Enrol it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync bundle was made on this computer. Take it to headquarters, or to another computer of your agency, and import it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reply from headquarters is for another computer. Import it on the computer whose id it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync bundle comes from a computer of another agency. Only bundles of your own agency&apos;s computers, and replies from headquarters for this computer, can be imported here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync bundle comes from a computer whose clock is ahead. Correct the date and time on that computer, sync it or make a new bundle there, and import that one. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync bundle could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync bundle could not be written. Check that the folder (or USB stick) is there, can be written to and has room. Nothing is lost: make the bundle again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync bundle comes from a computer that headquarters has not told this one about: it was enrolled since, or may no longer sync. Sync this computer with headquarters (or import its newest reply for this computer), then import the bundle again; or take the bundle to headquarters. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync bundle was made by an older version of GMS Desk, which does not sign its bundles, so this computer cannot check who made it. Update GMS Desk on the computer that made it and make a new bundle there, or take this one to headquarters. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sync bundle was changed after it was made, or was not made by the computer it names. Nothing was imported. Ask for a new bundle from that computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was written or imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters answered at this address: the connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server of this name was found. Check the address for a typing mistake; if it is right, this computer may not be connected to the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer. Check this computer&apos;s network connection; if websites open, the server may be down: try again later or tell headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server answered at this address, but it is not a GMS Desk headquarters server. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters&apos; server answered with an error. Try again later; if it keeps failing, tell headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and files could not all be sent: the connection keeps dropping. They are kept and sending goes on from where it stopped at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters does not accept a file this large; it stays on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be fetched from headquarters. Try again when the connection is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters does not have this file (yet): the laptop that attached it has not sent it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncArea</name>
    <message>
        <source>Sync with headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you enter is kept on this computer, and every change waits here until it is sent. To send your changes to headquarters and receive your colleagues&apos; work, enrol this computer once with the code headquarters gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code from headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How headquarters will know this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the server address and say what happened; nothing is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow an unencrypted connection to this server on the local network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not encrypted: anyone on the network can read what is sent, this computer&apos;s key included. Allow it only for a server of your office&apos;s own network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection not encrypted (allowed for this local server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected lines (or all) as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard refused…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the selected refused changes (all, if none is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) on this computer will be sent after enrolment.</source>
        <translation>
            <numerusform>%n change on this computer will be sent after enrolment.</numerusform>
            <numerusform>%n changes on this computer will be sent after enrolment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo data waiting too: %Ln change(s), dropped, never sent.</source>
        <translation>
            <numerusform>Demo data waiting too: %Ln change, dropped, never sent.</numerusform>
            <numerusform>Demo data waiting too: %Ln changes, dropped, never sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — headquarters: holds every agency&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln of demo data: dropped at the next sync, never sent)</source>
        <translation>
            <numerusform>(%Ln of demo data: dropped at the next sync, never sent)</numerusform>
            <numerusform>(%Ln of demo data: dropped at the next sync, never sent)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s) and file(s) sent</source>
        <translation>
            <numerusform>%Ln photo and file sent</numerusform>
            <numerusform>%Ln photos and files sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still to send</source>
        <translation>
            <numerusform>%Ln still to send</numerusform>
            <numerusform>%Ln still to send</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync by file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection? Take your changes to headquarters on a USB stick, and bring its reply back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export sync bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync bundles (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase to encrypt the bundle with (leave it empty not to encrypt; whoever imports it will need it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export stopped: no bundle was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n change(s). Take it to headquarters, then import the reply it gives you here.</source>
        <translation>
            <numerusform>Wrote %1: %n change. Take it to headquarters, then import the reply it gives you here.</numerusform>
            <numerusform>Wrote %1: %n changes. Take it to headquarters, then import the reply it gives you here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It carries %n photo(s) and file(s) too.</source>
        <translation>
            <numerusform>It carries %n photo and file too.</numerusform>
            <numerusform>It carries %n photos and files too.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the sync bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import sync bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import stopped: nothing was imported. Import the bundle again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase this bundle was made with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported headquarters&apos; reply: %n change(s) received.</source>
        <translation>
            <numerusform>Imported headquarters&apos; reply: %n change received.</numerusform>
            <numerusform>Imported headquarters&apos; reply: %n changes received.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Headquarters confirmed %n change(s) of yours.</source>
        <translation>
            <numerusform>Headquarters confirmed %n change of yours.</numerusform>
            <numerusform>Headquarters confirmed %n changes of yours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Headquarters has %n of your photos and files now.</source>
        <translation>
            <numerusform>Headquarters has %n of your photos and files now.</numerusform>
            <numerusform>Headquarters has %n of your photos and files now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported another computer&apos;s bundle: %n change(s). They go on to headquarters with your next bundle.</source>
        <translation>
            <numerusform>Imported another computer&apos;s bundle: %n change. They go on to headquarters with your next bundle.</numerusform>
            <numerusform>Imported another computer&apos;s bundle: %n changes. They go on to headquarters with your next bundle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It carried %n photo(s) and file(s), kept here and carried on.</source>
        <translation>
            <numerusform>It carried %n photo and file, kept here and carried on.</numerusform>
            <numerusform>It carried %n photos and files, kept here and carried on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in it did not match what the bundle lists (damaged or changed) and stayed out.</source>
        <translation>
            <numerusform>%n file in it did not match what the bundle lists (damaged or changed) and stayed out.</numerusform>
            <numerusform>%n files in it did not match what the bundle lists (damaged or changed) and stayed out.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer could not check which computer made it (it has not synced with headquarters, or imported its reply, yet); headquarters checks it when the bundle reaches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sync bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resolve %n conflict(s)…</source>
        <translation>
            <numerusform>Resolve %n conflict…</numerusform>
            <numerusform>Resolve %n conflicts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes received could not be stored on this computer: kept here, to be applied after an update of GMS Desk.</source>
        <translation>
            <numerusform>%n change received could not be stored on this computer: kept here, to be applied after an update of GMS Desk.</numerusform>
            <numerusform>%n changes received could not be stored on this computer: kept here, to be applied after an update of GMS Desk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes were refused by headquarters: kept here, not sent again.</source>
        <translation>
            <numerusform>%n change was refused by headquarters: kept here, not sent again.</numerusform>
            <numerusform>%n changes were refused by headquarters: kept here, not sent again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 “%3” (refused): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard refused changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Forget %n refused change(s)? What was typed stays on this computer only; copy it first if someone needs it.</source>
        <translation>
            <numerusform>Forget %n refused change? What was typed stays on this computer only; copy it first if someone needs it.</numerusform>
            <numerusform>Forget %n refused changes? What was typed stays on this computer only; copy it first if someone needs it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %1, received %2, %n conflict(s)</source>
        <translation>
            <numerusform>Sent %1, received %2, %n conflict</numerusform>
            <numerusform>Sent %1, received %2, %n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1, received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) of demo data kept here</source>
        <translation>
            <numerusform>%Ln change of demo data kept here</numerusform>
            <numerusform>%Ln changes of demo data kept here</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling this computer with headquarters…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Sync not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is busy. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing… %1 of %2 changes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error (details in gmsdesk.log): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment failed unexpectedly (details in gmsdesk.log): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Offline — %n change waiting</numerusform>
            <numerusform>Offline — %n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>Enter the first and the last day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a target value or a baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the agency&apos;s code, for example kh-sr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target for the whole programme is for no one place: leave “for” empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only headquarters sets targets for the whole programme and for economies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agency sets targets for itself and for the provinces it serves only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by headquarters: this target cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no indicator with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row must name the columns: indicator, scope, for, from, to, target, baseline, baseline date, notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be read as a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline measured on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number. Type a number of 0 or more, or nothing to clear the cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsEditor</name>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole year or quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All economies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the baselines typed now were measured (usually the day before the period starts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set targets from a spreadsheet with the columns indicator, scope, for, from, to, target, baseline, baseline date, notes (as an export writes them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every target and baseline in one sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selected cells (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number and press Enter or Tab; paste a block copied from a spreadsheet with Ctrl+V; Del clears. Grey cells were set by headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No places to set targets for yet: provinces come from the agencies&apos; profiles and the SMEs recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear %1 of %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set %1 of %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>clear %n cell(s)</source>
        <translation>
            <numerusform>clear %n cell</numerusform>
            <numerusform>clear %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left %n cell(s) set by headquarters as they are.</source>
        <translation>
            <numerusform>Left %n cell set by headquarters as they are.</numerusform>
            <numerusform>Left %n cells set by headquarters as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n pasted value(s): not a number.</source>
        <translation>
            <numerusform>Left out %n pasted value: not a number.</numerusform>
            <numerusform>Left out %n pasted values: not a number.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n row(s); correct the file and import it again.</source>
        <translation>
            <numerusform>Left out %n row; correct the file and import it again.</numerusform>
            <numerusform>Left out %n rows; correct the file and import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paste %n cell(s)</source>
        <translation>
            <numerusform>paste %n cell</numerusform>
            <numerusform>paste %n cells</numerusform>
        </translation>
    </message>
    <message>
        <source>Import targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing targets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 already as in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) exported.</source>
        <translation>
            <numerusform>%n target exported.</numerusform>
            <numerusform>%n targets exported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting targets…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue or e-marketplace listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online payment set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingArea</name>
    <message>
        <source>← All workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the workshop list (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title, venue, trainer, partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workshops yet. Press Ctrl+N to plan one: title, track and modules, dates, venue and trainers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awareness &amp;events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” deleted. Undo with Ctrl+Z, or find it under “Deleted workshops”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter the business name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number, for example 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number, for example 12.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not in the expected form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female employees cannot be more than all employees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose services from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the agency&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a year between 1900 and this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose no reply, in discussion, order or lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the SME is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose registered, displaying products or inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day cannot be before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose programme, economy, agency or province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use digits, spaces and + - ( ) only, at least 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sector from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the six economies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose female, male or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the sector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose basic or advanced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose planned, running or done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD, for example 2025-03-14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day cannot be before the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first day too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workshop can last at most 60 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a two-letter country code, for example JP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose modules from the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an SME from the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a service delivered to this SME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a score from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount of 0 or more, for example 150.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a three-letter currency code, for example USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the inquiry came in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose not started, in progress or completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress only moves forward; an administrator can revert it, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revert must go back to an earlier step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for the revert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who reverts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module is not part of the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is not enrolled in the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This day is not part of the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retired module cannot be added to a workshop: choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of this SME&apos;s online presences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order value goes with the outcome “Order”: choose that outcome or clear the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop is not over yet: certificates are issued after its last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate cannot be dated before the workshop&apos;s last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a share of the days from 0 to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write languages as codes separated by commas, for example km, en, ja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each language pair as two codes joined by a dash, for example km-ja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each currency as three capital letters, for example USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose SMEs from the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier row of this file describes the same business with other values. Keep one of the two rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in this workshop has a certificate yet: a certificate goes to each participant who completed every module and was present on enough of its days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo file could not be read. Check that it is still there and that you may open it, then choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo file is larger than 2 MB. Choose a smaller image: a logo needs a few hundred pixels across, no more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a PNG or JPEG image (or it is damaged). Choose a logo saved as PNG or JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Edit workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (set by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trac&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Economy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rainers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;artner organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance for a &amp;certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired: new workshops are not offered it; workshops that have it keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published by headquarters: it can be read here but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>As the dates say (now: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the dates: planned before the first day, running until the last, then done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates already make it “%1”: setting it by hand changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running from now on, before its first day: for a workshop started early. After its last day it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done from now on, before its last day: for a workshop finished or called off early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the workshop&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day cannot be before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workshop can last at most 60 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop mode (attendance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;gress &amp;&amp; scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start workshop mode (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;sheet… (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a day&apos;s sign-in sheet for people to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol people (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can move progress back: “Administrator…” in Settings asks for the administrator password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheet %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the sign-in sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n day(s))</source>
        <translation>
            <numerusform>(%n day)</numerusform>
            <numerusform>(%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled</source>
        <translation>
            <numerusform>%n enrolled</numerusform>
            <numerusform>%n enrolled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n women</source>
        <translation>
            <numerusform>%n women</numerusform>
            <numerusform>%n women</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participant(s) from this workshop? Their attendance and progress are kept and come back if they are enrolled again.</source>
        <translation>
            <numerusform>Remove %n participant from this workshop? Their attendance and progress are kept and come back if they are enrolled again.</numerusform>
            <numerusform>Remove %n participants from this workshop? Their attendance and progress are kept and come back if they are enrolled again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) moved forward.</source>
        <translation>
            <numerusform>%n cell moved forward.</numerusform>
            <numerusform>%n cells moved forward.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to move forward: the selected cells are already completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module has not been started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved back to “%1”; the reason is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved the sign-in sheet (%n page(s)) to %1.</source>
        <translation>
            <numerusform>Saved the sign-in sheet (%n page) to %1.</numerusform>
            <numerusform>Saved the sign-in sheet (%n pages) to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopTableModel</name>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YouPage</name>
    <message>
        <source>You and your agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name is saved with every change you make. New SMEs, workshops and events start with your agency&apos;s economy and province; you can still change them there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your full name, as colleagues know you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings changes any of this later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_OptionalValueWidget</name>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_RecordDialog</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
