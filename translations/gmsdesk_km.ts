<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km_KH">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>&amp;About GMS Desk</source>
            <translation>អំពី GMS Desk(&amp;A)</translation>
        </message>
        <message>
            <source>About GMS Desk</source>
            <translation>អំពី GMS Desk</translation>
        </message>
        <message>
            <source>Qt %1, PySide6 %2, Python %3</source>
            <translation>Qt %1, PySide6 %2, Python %3</translation>
        </message>
        <message>
            <source>GMS Desk</source>
            <translation>GMS Desk</translation>
        </message>
        <message>
            <source>Version %1 (build %2)</source>
            <translation>កំណែ %1 (build %2)</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>ថតទិន្នន័យ</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>ចម្លង</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>បើកថត</translation>
        </message>
        <message>
            <source>Your records, settings, backups and log are in this folder. Installing a new version of GMS Desk, or uninstalling it, leaves the folder as it is.</source>
            <translation>កំណត់ត្រា ការកំណត់ ច្បាប់បម្រុងទុក និងកំណត់ហេតុ (log) របស់អ្នក ស្ថិតនៅក្នុងថតនេះ។ ការដំឡើងកំណែថ្មីនៃ GMS Desk ឬការលុបកម្មវិធីនេះចេញ មិនប៉ះពាល់ដល់ថតនេះទេ។</translation>
        </message>
        <message>
            <source>GMS Desk is free software under the MIT licence. Its fonts are under the SIL Open Font Licence (Noto) and the Bitstream Vera licence (GMS Symbols).</source>
            <translation>GMS Desk ជាកម្មវិធីសេរី ក្រោមអាជ្ញាប័ណ្ណ MIT។ ពុម្ពអក្សររបស់វាស្ថិតក្រោមអាជ្ញាប័ណ្ណ SIL Open Font Licence (Noto) និងអាជ្ញាប័ណ្ណ Bitstream Vera (GMS Symbols)។</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>ចម្លងព័ត៌មានលម្អិត</translation>
        </message>
    </context>
    <context>
        <name>AcknowledgeWidget</name>
        <message>
            <source>OK</source>
            <translation>យល់ព្រម</translation>
        </message>
    </context>
    <context>
        <name>ActivityList</name>
        <message>
            <source>Any date</source>
            <translation>គ្រប់កាលបរិច្ឆេទ</translation>
        </message>
        <message>
            <source>Open SME</source>
            <translation>បើកសហគ្រាស</translation>
        </message>
        <message>
            <source>Search SME name…</source>
            <translation>ស្វែងរកឈ្មោះសហគ្រាស…</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>សម្អាតតម្រង</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>កំពុងរាប់…</translation>
        </message>
        <message>
            <source>The list could not be loaded: %1</source>
            <translation>មិនអាចផ្ទុកបញ្ជីបានទេ៖ %1</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <source>Administrator</source>
            <translation>អ្នកគ្រប់គ្រង</translation>
        </message>
        <message>
            <source>An administrator may move training progress back and retire survey forms. Anyone else can do everything else.</source>
            <translation>អ្នកគ្រប់គ្រងអាចថយវឌ្ឍនភាពនៃវគ្គបណ្ដុះបណ្ដាល និងឈប់ប្រើទម្រង់ស្ទង់មតិបាន។ អ្នកផ្សេងទៀតអាចធ្វើកិច្ចការផ្សេងៗទាំងអស់បាន។</translation>
        </message>
        <message>
            <source>No administrator on this computer for now</source>
            <translation>មិនទាន់មានអ្នកគ្រប់គ្រងនៅលើកុំព្យូទ័រនេះនៅឡើយទេ</translation>
        </message>
        <message>
            <source>Protect the administrator role with a password</source>
            <translation>ការពារតួនាទីអ្នកគ្រប់គ្រងដោយពាក្យសម្ងាត់</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>ពាក្យសម្ងាត់៖</translation>
        </message>
        <message>
            <source>Password again:</source>
            <translation>ពាក្យសម្ងាត់ម្ដងទៀត៖</translation>
        </message>
        <message>
            <source>Headquarters can also make this computer an administrator's when it enrols it: then no password is needed. The password is kept on this computer only; Settings sets or changes it later.</source>
            <translation>ការិយាល័យកណ្ដាលក៏អាចកំណត់កុំព្យូទ័រនេះជាកុំព្យូទ័ររបស់អ្នកគ្រប់គ្រង នៅពេលចុះឈ្មោះវាផងដែរ៖ ពេលនោះមិនត្រូវការពាក្យសម្ងាត់ទេ។ ពាក្យសម្ងាត់ត្រូវបានរក្សាទុកតែនៅលើកុំព្យូទ័រនេះប៉ុណ្ណោះ។ អ្នកអាចកំណត់ ឬប្ដូរវានៅពេលក្រោយក្នុង «ការកំណត់»។</translation>
        </message>
    </context>
    <context>
        <name>AdminPanel</name>
        <message>
            <source>This computer is an administrator's: headquarters made it so when it enrolled it. It may move training progress back and retire survey forms.</source>
            <translation>កុំព្យូទ័រនេះជាកុំព្យូទ័ររបស់អ្នកគ្រប់គ្រង៖ ការិយាល័យកណ្ដាលបានកំណត់បែបនេះ នៅពេលចុះឈ្មោះវា។ វាអាចថយវឌ្ឍនភាពនៃវគ្គបណ្ដុះបណ្ដាល និងឈប់ប្រើទម្រង់ស្ទង់មតិបាន។</translation>
        </message>
        <message>
            <source>Administrator mode is on until GMS Desk closes: training progress may be moved back and survey forms retired.</source>
            <translation>របៀបអ្នកគ្រប់គ្រងបើករហូតដល់បិទ GMS Desk៖ អាចថយវឌ្ឍនភាពនៃវគ្គបណ្ដុះបណ្ដាល និងឈប់ប្រើទម្រង់ស្ទង់មតិបាន។</translation>
        </message>
        <message>
            <source>Only an administrator may move training progress back and retire survey forms. “Administrator…” asks for the password.</source>
            <translation>មានតែអ្នកគ្រប់គ្រងទេ ដែលអាចថយវឌ្ឍនភាពនៃវគ្គបណ្ដុះបណ្ដាល និងឈប់ប្រើទម្រង់ស្ទង់មតិបាន។ «អ្នកគ្រប់គ្រង…» នឹងសួររកពាក្យសម្ងាត់។</translation>
        </message>
        <message>
            <source>No administrator password is set on this computer: set one to allow moving training progress back and retiring survey forms here.</source>
            <translation>មិនទាន់មានពាក្យសម្ងាត់អ្នកគ្រប់គ្រងនៅលើកុំព្យូទ័រនេះទេ៖ សូមកំណត់ពាក្យសម្ងាត់មួយ ដើម្បីអនុញ្ញាតឲ្យថយវឌ្ឍនភាពនៃវគ្គបណ្ដុះបណ្ដាល និងឈប់ប្រើទម្រង់ស្ទង់មតិនៅទីនេះ។</translation>
        </message>
        <message>
            <source>End administrator mode</source>
            <translation>បញ្ចប់របៀបអ្នកគ្រប់គ្រង</translation>
        </message>
        <message>
            <source>Administrator…</source>
            <translation>អ្នកគ្រប់គ្រង…</translation>
        </message>
        <message>
            <source>Change administrator password…</source>
            <translation>ប្ដូរពាក្យសម្ងាត់អ្នកគ្រប់គ្រង…</translation>
        </message>
        <message>
            <source>Set administrator password…</source>
            <translation>កំណត់ពាក្យសម្ងាត់អ្នកគ្រប់គ្រង…</translation>
        </message>
    </context>
    <context>
        <name>AdminPasswordDialog</name>
        <message>
            <source>Administrator password</source>
            <translation>ពាក្យសម្ងាត់អ្នកគ្រប់គ្រង</translation>
        </message>
        <message>
            <source>An administrator may move training progress back and retire survey forms. The password is kept on this computer only, never sent.</source>
            <translation>អ្នកគ្រប់គ្រងអាចថយវឌ្ឍនភាពនៃវគ្គបណ្ដុះបណ្ដាល និងឈប់ប្រើទម្រង់ស្ទង់មតិបាន។ ពាក្យសម្ងាត់ត្រូវបានរក្សាទុកតែនៅលើកុំព្យូទ័រនេះប៉ុណ្ណោះ ហើយមិនត្រូវបានផ្ញើទៅណាឡើយ។</translation>
        </message>
        <message>
            <source>Current password:</source>
            <translation>ពាក្យសម្ងាត់បច្ចុប្បន្ន៖</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>ពាក្យសម្ងាត់ថ្មី៖</translation>
        </message>
        <message>
            <source>New password again:</source>
            <translation>ពាក្យសម្ងាត់ថ្មីម្ដងទៀត៖</translation>
        </message>
        <message>
            <source>Set password</source>
            <translation>កំណត់ពាក្យសម្ងាត់</translation>
        </message>
        <message>
            <source>The current password is not right.</source>
            <translation>ពាក្យសម្ងាត់បច្ចុប្បន្នមិនត្រឹមត្រូវទេ។</translation>
        </message>
    </context>
    <context>
        <name>AdminUnlockDialog</name>
        <message>
            <source>Administrator</source>
            <translation>អ្នកគ្រប់គ្រង</translation>
        </message>
        <message>
            <source>This is not the administrator password.</source>
            <translation>នេះមិនមែនជាពាក្យសម្ងាត់អ្នកគ្រប់គ្រងទេ។</translation>
        </message>
        <message>
            <source>Administrator mode lets you move training progress back and retire survey forms. It lasts until GMS Desk closes.</source>
            <translation>របៀបអ្នកគ្រប់គ្រងអនុញ្ញាតឲ្យអ្នកថយវឌ្ឍនភាពនៃវគ្គបណ្ដុះបណ្ដាល និងឈប់ប្រើទម្រង់ស្ទង់មតិបាន។ វាមានសុពលភាពរហូតដល់បិទ GMS Desk។</translation>
        </message>
        <message>
            <source>Administrator password:</source>
            <translation>ពាក្យសម្ងាត់អ្នកគ្រប់គ្រង៖</translation>
        </message>
        <message>
            <source>Administrator mode</source>
            <translation>របៀបអ្នកគ្រប់គ្រង</translation>
        </message>
    </context>
    <context>
        <name>AgencyDialog</name>
        <message>
            <source>Edit agency — %1</source>
            <translation>កែសម្រួលស្ថាប័ន — %1</translation>
        </message>
        <message>
            <source>Headquarters gave this code when it added the agency.</source>
            <translation>ការិយាល័យកណ្ដាលបានផ្ដល់លេខកូដនេះ នៅពេលបន្ថែមស្ថាប័ននេះ។</translation>
        </message>
        <message>
            <source>Names, separated by commas</source>
            <translation>ឈ្មោះ បំបែកដោយសញ្ញាក្បៀស</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>ស្ថាប័ន</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>ទំនាក់ទំនង</translation>
        </message>
        <message>
            <source>Add service</source>
            <translation>បន្ថែមសេវាកម្ម</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>រក្សាទុក</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>រក្សាទុក (Ctrl+S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>បោះបង់</translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>បោះបង់ការផ្លាស់ប្ដូរ?</translation>
        </message>
        <message>
            <source>Discard your changes?</source>
            <translation>តើអ្នកចង់បោះបង់ការផ្លាស់ប្ដូរដែលអ្នកបានធ្វើមែនទេ?</translation>
        </message>
    </context>
    <context>
        <name>AgencyTableModel</name>
        <message>
            <source>Agency</source>
            <translation>ស្ថាប័ន</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>សេវាកម្ម</translation>
        </message>
    </context>
    <context>
        <name>Attachments</name>
        <message>
            <source>This file is %1 MB; files up to %2 MB can be attached. Choose a smaller file (a photo taken at a lower resolution, a shorter recording).</source>
            <translation>ឯកសារនេះមានទំហំ %1 MB។ អាចភ្ជាប់ឯកសារបានត្រឹម %2 MB ប៉ុណ្ណោះ។ សូមជ្រើសរើសឯកសារតូចជាងនេះ (រូបថតដែលថតក្នុងកម្រិតភាពច្បាស់ទាបជាង ឬការថតសំឡេងដែលខ្លីជាង)។</translation>
        </message>
    </context>
    <context>
        <name>AttendanceRuleEdit</name>
        <message>
            <source>Present every day</source>
            <translation>មានវត្តមានគ្រប់ថ្ងៃ</translation>
        </message>
        <message>
            <source>Present on at least</source>
            <translation>មានវត្តមានយ៉ាងហោចណាស់</translation>
        </message>
        <message>
            <source>Share of the days a participant must be present</source>
            <translation>ភាគរយនៃថ្ងៃដែលអ្នកចូលរួមត្រូវមានវត្តមាន</translation>
        </message>
        <message>
            <source>of the workshop's days; 0 % asks no attendance</source>
            <translation>នៃចំនួនថ្ងៃសិក្ខាសាលា។ 0 % មានន័យថាមិនតម្រូវវត្តមាន</translation>
        </message>
    </context>
    <context>
        <name>AttendanceSheetDialog</name>
        <message>
            <source>Sign-in sheet</source>
            <translation>សន្លឹកចុះហត្ថលេខា</translation>
        </message>
        <message>
            <source>Day %1 — %2</source>
            <translation>ថ្ងៃទី %1 — %2</translation>
        </message>
        <message>
            <source>Print &amp;phone numbers</source>
            <translation>បោះពុម្ពលេខទូរស័ព្ទ(&amp;P)</translation>
        </message>
        <message>
            <source>The sheet goes round the room for everyone to sign: phone numbers are left off unless you need them on paper.</source>
            <translation>សន្លឹកនេះត្រូវបានបញ្ជូនជុំវិញបន្ទប់ ដើម្បីឲ្យអ្នកគ្រប់គ្នាចុះហត្ថលេខា៖ លេខទូរស័ព្ទមិនត្រូវបានបោះពុម្ពទេ លុះត្រាតែអ្នកត្រូវការវានៅលើក្រដាស។</translation>
        </message>
        <message>
            <source>This workshop has no days yet: give it dates first.</source>
            <translation>សិក្ខាសាលានេះមិនទាន់មានថ្ងៃនៅឡើយទេ៖ សូមកំណត់កាលបរិច្ឆេទឲ្យវាជាមុនសិន។</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>ថ្ងៃ(&amp;D)៖</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>ភាសា(&amp;L)៖</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>រក្សាទុក PDF(&amp;S)…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>បោះបង់</translation>
        </message>
    </context>
    <context>
        <name>AttendanceView</name>
        <message>
            <source>Session &amp;day:</source>
            <translation>ថ្ងៃវគ្គ(&amp;D)៖</translation>
        </message>
        <message>
            <source>Type a name, then press Enter</source>
            <translation>វាយឈ្មោះ រួចចុច Enter</translation>
        </message>
        <message>
            <source>Find a participant</source>
            <translation>ស្វែងរកអ្នកចូលរួម</translation>
        </message>
        <message>
            <source>Enter marks the highlighted person present; ↑ ↓ choose another; Esc clears the search. %1 takes a mark off; Ctrl+Z undoes the last step.</source>
            <translation>Enter៖ កត់ត្រាថាអ្នកដែលបានរំលេចមានវត្តមាន។ ↑ ↓៖ ជ្រើសរើសអ្នកផ្សេង។ Esc៖ សម្អាតការស្វែងរក។ %1៖ ដកការកត់វត្តមានចេញ។ Ctrl+Z៖ មិនធ្វើជំហានចុងក្រោយវិញ។</translation>
        </message>
        <message>
            <source>Not &amp;here (take the mark off)</source>
            <translation>មិនមានវត្តមាន (ដកការកត់ចេញ)(&amp;H)</translation>
        </message>
        <message>
            <source>Take the present mark off the highlighted person (%1)</source>
            <translation>ដកការកត់វត្តមានចេញពីអ្នកដែលបានរំលេច (%1)</translation>
        </message>
        <message>
            <source>Sign-in &amp;sheet…</source>
            <translation>សន្លឹកចុះហត្ថលេខា(&amp;S)…</translation>
        </message>
        <message>
            <source>Print the day's sign-in sheet for people to sign (Ctrl+P)</source>
            <translation>បោះពុម្ពសន្លឹកចុះហត្ថលេខាប្រចាំថ្ងៃ ដើម្បីឲ្យអ្នកចូលរួមចុះហត្ថលេខា (Ctrl+P)</translation>
        </message>
        <message>
            <source>Day %1 — %2</source>
            <translation>ថ្ងៃទី %1 — %2</translation>
        </message>
        <message>
            <source>Nobody enrolled matches “%1”.</source>
            <translation>គ្មានអ្នកចុះឈ្មោះណាត្រូវនឹង «%1» ទេ។</translation>
        </message>
        <message>
            <source>%1 is already marked present. To take the mark off, press %2.</source>
            <translation>%1 ត្រូវបានកត់ថាមានវត្តមានរួចហើយ។ ដើម្បីដកការកត់ចេញ សូមចុច %2។</translation>
        </message>
        <message>
            <source>%1 is not marked present.</source>
            <translation>%1 មិនត្រូវបានកត់ថាមានវត្តមានទេ។</translation>
        </message>
        <message>
            <source>mark %1 present</source>
            <translation>កត់វត្តមាន %1</translation>
        </message>
        <message>
            <source>mark %1 absent</source>
            <translation>កត់ %1 ថាអវត្តមាន</translation>
        </message>
        <message>
            <source>✔ %1 is here.</source>
            <translation>✔ %1 មានវត្តមាន។</translation>
        </message>
        <message>
            <source>The mark is off: %1 is not marked present.</source>
            <translation>បានដកការកត់ចេញ៖ %1 មិនត្រូវបានកត់ថាមានវត្តមានទេ។</translation>
        </message>
        <message>
            <source>Present %1 of %2</source>
            <translation>មានវត្តមាន %1/%2 នាក់</translation>
        </message>
    </context>
    <context>
        <name>BackupModel</name>
        <message>
            <source>Made</source>
            <translation>ពេលបង្កើត</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>មូលហេតុ</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>ទំហំ</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>ការពិនិត្យ</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>ត្រឹមត្រូវ</translation>
        </message>
    </context>
    <context>
        <name>BackupPreview</name>
        <message>
            <source>This backup was made on %1. It holds %2, %3 and %4.</source>
            <translation>ច្បាប់បម្រុងទុកនេះត្រូវបានបង្កើតនៅ %1។ វាមាន %2, %3 និង %4។</translation>
        </message>
        <message numerus="yes">
            <source>%n SME(s)</source>
            <translation>
                <numerusform>សហគ្រាសចំនួន %n</numerusform>
                <numerusform>សហគ្រាសចំនួន %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n workshop(s)</source>
            <translation>
                <numerusform>សិក្ខាសាលាចំនួន %n</numerusform>
                <numerusform>សិក្ខាសាលាចំនួន %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n survey response(s)</source>
            <translation>
                <numerusform>ការឆ្លើយតបការស្ទង់មតិចំនួន %n</numerusform>
                <numerusform>ការឆ្លើយតបការស្ទង់មតិចំនួន %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It also holds %n attached photo(s) or file(s) (%1).</source>
            <translation>
                <numerusform>វាក៏មានរូបថត ឬឯកសារភ្ជាប់ចំនួន %n ផងដែរ (%1)។</numerusform>
                <numerusform>វាក៏មានរូបថត ឬឯកសារភ្ជាប់ចំនួន %n ផងដែរ (%1)។</numerusform>
            </translation>
        </message>
        <message>
            <source>Why it was made: %1</source>
            <translation>មូលហេតុនៃការបង្កើត៖ %1</translation>
        </message>
        <message numerus="yes">
            <source>%n attached photo(s) or file(s) were put back.</source>
            <translation>
                <numerusform>រូបថត ឬឯកសារភ្ជាប់ចំនួន %n ត្រូវបានដាក់ត្រឡប់មកវិញ។</numerusform>
                <numerusform>រូបថត ឬឯកសារភ្ជាប់ចំនួន %n ត្រូវបានដាក់ត្រឡប់មកវិញ។</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attached file(s) could not be put back (damaged in the backup). Files like these come from headquarters when opened, if it has them.</source>
            <translation>
                <numerusform>ឯកសារភ្ជាប់ចំនួន %n នៅក្នុងច្បាប់បម្រុងទុកបានខូច ហើយមិនត្រូវបានដាក់ត្រឡប់មកវិញទេ។ ឯកសារទាំងនោះនឹងត្រូវទាញយកពីការិយាល័យកណ្ដាលនៅពេលបើក ប្រសិនបើការិយាល័យកណ្ដាលមានវា។</numerusform>
                <numerusform>ឯកសារភ្ជាប់ចំនួន %n នៅក្នុងច្បាប់បម្រុងទុកបានខូច ហើយមិនត្រូវបានដាក់ត្រឡប់មកវិញទេ។ ឯកសារទាំងនោះនឹងត្រូវទាញយកពីការិយាល័យកណ្ដាលនៅពេលបើក ប្រសិនបើការិយាល័យកណ្ដាលមានវា។</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The end of the backup is damaged: %n attached file(s) could not be read.</source>
            <translation>
                <numerusform>ផ្នែកចុងនៃច្បាប់បម្រុងទុកបានខូច៖ មិនអាចអានឯកសារភ្ជាប់ចំនួន %n បានទេ។</numerusform>
                <numerusform>ផ្នែកចុងនៃច្បាប់បម្រុងទុកបានខូច៖ មិនអាចអានឯកសារភ្ជាប់ចំនួន %n បានទេ។</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Every 30 minutes</source>
            <translation>រៀងរាល់ 30 នាទី</translation>
        </message>
        <message>
            <source>At start, after GMS Desk was not closed properly</source>
            <translation>ពេលចាប់ផ្ដើម បន្ទាប់ពី GMS Desk មិនត្រូវបានបិទត្រឹមត្រូវ</translation>
        </message>
        <message>
            <source>Backed up by hand</source>
            <translation>បម្រុងទុកដោយដៃ</translation>
        </message>
        <message>
            <source>Before the database was upgraded</source>
            <translation>មុនពេលធ្វើបច្ចុប្បន្នភាពមូលដ្ឋានទិន្នន័យ</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>មុនពេលនាំចូល</translation>
        </message>
        <message>
            <source>Before a backup was restored</source>
            <translation>មុនពេលស្ដារច្បាប់បម្រុងទុក</translation>
        </message>
        <message>
            <source>Before many records were deleted</source>
            <translation>មុនពេលលុបកំណត់ត្រាច្រើន</translation>
        </message>
        <message>
            <source>Before a form version was retired</source>
            <translation>មុនពេលឈប់ប្រើកំណែទម្រង់</translation>
        </message>
        <message>
            <source>an unknown date</source>
            <translation>កាលបរិច្ឆេទដែលមិនស្គាល់</translation>
        </message>
        <message>
            <source>Checking the database…</source>
            <translation>កំពុងពិនិត្យមូលដ្ឋានទិន្នន័យ…</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>កំពុងស្ដារ…</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>មូលដ្ឋានទិន្នន័យខូច</translation>
        </message>
        <message>
            <source>The database on this computer is damaged, so GMS Desk will not open it for writing.</source>
            <translation>មូលដ្ឋានទិន្នន័យនៅលើកុំព្យូទ័រនេះខូច ដូច្នេះ GMS Desk នឹងមិនបើកវាសម្រាប់សរសេរទេ។</translation>
        </message>
        <message>
            <source>The newest backup was made on %1 (%2). Restore it? The damaged database is kept as it is in the backups folder.</source>
            <translation>ច្បាប់បម្រុងទុកថ្មីបំផុតត្រូវបានបង្កើតនៅ %1 (%2)។ ស្ដារវាឬ? មូលដ្ឋានទិន្នន័យដែលខូច នឹងត្រូវរក្សាទុកដដែលនៅក្នុងថតច្បាប់បម្រុងទុក។</translation>
        </message>
        <message>
            <source>Restore this backup</source>
            <translation>ស្ដារច្បាប់បម្រុងទុកនេះ</translation>
        </message>
        <message>
            <source>There is no backup of it on this computer. Restore one from a file (a USB stick), or copy the folder %1 for your support contact.</source>
            <translation>មិនមានច្បាប់បម្រុងទុករបស់វានៅលើកុំព្យូទ័រនេះទេ។ សូមស្ដារពីឯកសារ (ពី USB) ឬចម្លងថត %1 ផ្ញើទៅអ្នកគាំទ្របច្ចេកទេសរបស់អ្នក។</translation>
        </message>
        <message>
            <source>Restore from a file…</source>
            <translation>ស្ដារពីឯកសារ…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>ចាកចេញ</translation>
        </message>
        <message>
            <source>Restore from a file</source>
            <translation>ស្ដារពីឯកសារ</translation>
        </message>
        <message>
            <source>GMS Desk backups (%1)</source>
            <translation>ច្បាប់បម្រុងទុក GMS Desk (%1)</translation>
        </message>
        <message>
            <source>Making a backup first…</source>
            <translation>កំពុងបង្កើតច្បាប់បម្រុងទុកជាមុនសិន…</translation>
        </message>
    </context>
    <context>
        <name>BackupsPanel</name>
        <message>
            <source>GMS Desk backs up your data every 30 minutes while something changes, when it starts after it was not closed properly, and before risky work such as an import or a restore. Each backup is checked when it is made.</source>
            <translation>GMS Desk បម្រុងទុកទិន្នន័យរបស់អ្នករៀងរាល់ 30 នាទី ពេលមានការផ្លាស់ប្ដូរ ពេលចាប់ផ្ដើមបន្ទាប់ពីវាមិនត្រូវបានបិទត្រឹមត្រូវ និងមុនការងារដែលមានហានិភ័យ ដូចជាការនាំចូល ឬការស្ដារ។ ច្បាប់បម្រុងទុកនីមួយៗត្រូវបានពិនិត្យនៅពេលបង្កើត។</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>បម្រុងទុកឥឡូវនេះ</translation>
        </message>
        <message>
            <source>Back up to…</source>
            <translation>បម្រុងទុកទៅ…</translation>
        </message>
        <message>
            <source>A copy in a folder you choose, such as a USB stick, encrypted with a passphrase if you give one</source>
            <translation>ច្បាប់ចម្លងនៅក្នុងថតដែលអ្នកជ្រើសរើស ដូចជា USB ដោយអ៊ិនគ្រីបជាមួយឃ្លាសម្ងាត់ ប្រសិនបើអ្នកផ្ដល់ឲ្យ</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>ស្ដារ…</translation>
        </message>
        <message>
            <source>Put the selected backup back</source>
            <translation>ស្ដារច្បាប់បម្រុងទុកដែលបានជ្រើសរើសមកវិញ</translation>
        </message>
        <message>
            <source>Restore from a file…</source>
            <translation>ស្ដារពីឯកសារ…</translation>
        </message>
        <message>
            <source>Kept in</source>
            <translation>រក្សាទុកនៅ</translation>
        </message>
        <message>
            <source>Room for backups</source>
            <translation>ទំហំសម្រាប់ច្បាប់បម្រុងទុក</translation>
        </message>
        <message>
            <source>Automatic (%1)</source>
            <translation>ស្វ័យប្រវត្តិ (%1)</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>ស្វ័យប្រវត្តិ</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s), %1 in all</source>
            <translation>
                <numerusform>ច្បាប់បម្រុងទុក %n, សរុប %1</numerusform>
                <numerusform>ច្បាប់បម្រុងទុក %n, សរុប %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>កំពុងបម្រុងទុក…</translation>
        </message>
        <message>
            <source>Back up to</source>
            <translation>បម្រុងទុកទៅ</translation>
        </message>
        <message>
            <source>The backup was written, encrypted, to %1.</source>
            <translation>ច្បាប់បម្រុងទុកត្រូវបានរក្សាទុកដោយអ៊ិនគ្រីប នៅ %1។</translation>
        </message>
        <message>
            <source>The backup was written to %1.</source>
            <translation>ច្បាប់បម្រុងទុកត្រូវបានរក្សាទុកនៅ %1។</translation>
        </message>
        <message>
            <source>Restore from a file</source>
            <translation>ស្ដារពីឯកសារ</translation>
        </message>
        <message>
            <source>Reading the backup…</source>
            <translation>កំពុងអានច្បាប់បម្រុងទុក…</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>ស្ដារច្បាប់បម្រុងទុក</translation>
        </message>
        <message>
            <source>Restoring replaces the data on this computer with this backup. What is here now is backed up first. Changes already sent to headquarters come back at the next sync.</source>
            <translation>ការស្ដារនឹងជំនួសទិន្នន័យនៅលើកុំព្យូទ័រនេះដោយច្បាប់បម្រុងទុកនេះ។ ទិន្នន័យដែលមាននៅទីនេះឥឡូវនេះ នឹងត្រូវបម្រុងទុកជាមុនសិន។ ការផ្លាស់ប្ដូរដែលបានផ្ញើទៅការិយាល័យកណ្ដាលរួចហើយ នឹងត្រឡប់មកវិញនៅពេលធ្វើសមកាលកម្មលើកក្រោយ។</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>ស្ដារ</translation>
        </message>
        <message>
            <source>GMS Desk backups (%1)</source>
            <translation>ច្បាប់បម្រុងទុក GMS Desk (%1)</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>ច្បាប់បម្រុងទុក</translation>
        </message>
        <message>
            <source>The backup was restored.</source>
            <translation>បានស្ដារច្បាប់បម្រុងទុករួចហើយ។</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>កំពុងស្ដារ…</translation>
        </message>
    </context>
    <context>
        <name>BarcodeWidget</name>
        <message>
            <source>Read from a photo of the barcode…</source>
            <translation>អានពីរូបថតបាកូដ…</translation>
        </message>
        <message>
            <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</source>
            <translation>រូបថត (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</translation>
        </message>
        <message>
            <source>No barcode could be read in this photo. Type the number under the bars instead.</source>
            <translation>មិនអាចអានបាកូដក្នុងរូបថតនេះបានទេ។ សូមវាយលេខដែលនៅក្រោមរបារបាកូដជំនួសវិញ។</translation>
        </message>
    </context>
    <context>
        <name>BenchmarkView</name>
        <message>
            <source>Indicator</source>
            <translation>សូចនាករ</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>ប្រៀបធៀប</translation>
        </message>
        <message>
            <source>Benchmark</source>
            <translation>តារាងប្រៀបធៀប</translation>
        </message>
        <message>
            <source>compared by</source>
            <translation>ប្រៀបធៀបតាម</translation>
        </message>
        <message>
            <source>Benchmarking ranks agencies, provinces or economies side by side on one indicator, for the period and the places chosen above, each against its own target. Choose the indicator and what to compare them by; the ranking shows here once its figures are computed.</source>
            <translation>ការប្រៀបធៀប តម្រៀបស្ថាប័ន រាជធានី/ខេត្ត ឬប្រទេស/តំបន់ ដាក់ទន្ទឹមគ្នា តាមសូចនាករមួយ សម្រាប់រយៈពេល និងទីកន្លែងដែលបានជ្រើសរើសខាងលើ ដោយនីមួយៗត្រូវបានវាស់ធៀបនឹងគោលដៅផ្ទាល់របស់វា។ សូមជ្រើសរើសសូចនាករ និងអ្វីដែលត្រូវប្រៀបធៀបតាម។ ចំណាត់ថ្នាក់នឹងបង្ហាញនៅទីនេះ នៅពេលតួលេខរបស់វាត្រូវបានគណនារួច។</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>ស្ថាប័ន</translation>
        </message>
        <message>
            <source>Provinces</source>
            <translation>រាជធានី/ខេត្ត</translation>
        </message>
        <message>
            <source>Economies</source>
            <translation>ប្រទេស/តំបន់</translation>
        </message>
        <message>
            <source>Nothing was recorded for this selection.</source>
            <translation>គ្មានអ្វីត្រូវបានកត់ត្រាសម្រាប់ជម្រើសនេះទេ។</translation>
        </message>
        <message>
            <source>No indicator can be compared here: benchmarking needs an indicator counted by province or economy (by agency too, on a headquarters laptop).</source>
            <translation>គ្មានសូចនាករណាអាចប្រៀបធៀបនៅទីនេះបានទេ៖ ការប្រៀបធៀបត្រូវការសូចនាករដែលរាប់តាមរាជធានី/ខេត្ត ឬប្រទេស/តំបន់ (នៅលើកុំព្យូទ័ររបស់ការិយាល័យកណ្ដាល ក៏រាប់តាមស្ថាប័នផងដែរ)។</translation>
        </message>
        <message>
            <source>Nothing to rank: no records count towards “%1” for the period and the places chosen above. Once records of it are entered here or received by sync, they show here, ranked; a longer period or fewer filters may find some.</source>
            <translation>គ្មានអ្វីត្រូវតម្រៀបទេ៖ គ្មានកំណត់ត្រាណាត្រូវបានរាប់បញ្ចូលក្នុង «%1» សម្រាប់រយៈពេល និងទីកន្លែងដែលបានជ្រើសរើសខាងលើទេ។ នៅពេលកំណត់ត្រារបស់វាត្រូវបានបញ្ចូលនៅទីនេះ ឬទទួលបានតាមរយៈសមកាលកម្ម វានឹងបង្ហាញនៅទីនេះតាមចំណាត់ថ្នាក់។ រយៈពេលវែងជាងនេះ ឬតម្រងតិចជាងនេះ អាចរកឃើញកំណត់ត្រាខ្លះ។</translation>
        </message>
        <message>
            <source>Ranked by the actual value. Each is measured against its own target; double-click a row to see the records behind it.</source>
            <translation>តម្រៀបតាមតម្លៃជាក់ស្ដែង។ នីមួយៗត្រូវបានវាស់ធៀបនឹងគោលដៅផ្ទាល់របស់វា។ ចុចពីរដងលើជួរដេកមួយ ដើម្បីមើលកំណត់ត្រាដែលនៅពីក្រោយវា។</translation>
        </message>
    </context>
    <context>
        <name>BreakdownView</name>
        <message>
            <source>Indicator</source>
            <translation>សូចនាករ</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>ជួរដេក</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>ជួរឈរ</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>តារាងបែងចែកលម្អិត</translation>
        </message>
        <message>
            <source>by</source>
            <translation>តាម</translation>
        </message>
        <message>
            <source>and</source>
            <translation>និង</translation>
        </message>
        <message>
            <source>(nothing else)</source>
            <translation>(គ្មានអ្វីផ្សេងទៀត)</translation>
        </message>
        <message>
            <source>Nothing was recorded for this selection.</source>
            <translation>គ្មានអ្វីត្រូវបានកត់ត្រាសម្រាប់ជម្រើសនេះទេ។</translation>
        </message>
        <message>
            <source>Double-click a number to see the records behind it.</source>
            <translation>ចុចពីរដងលើលេខមួយ ដើម្បីមើលកំណត់ត្រាដែលនៅពីក្រោយវា។</translation>
        </message>
    </context>
    <context>
        <name>CameraDialog</name>
        <message>
            <source>Take a photo</source>
            <translation>ថតរូប</translation>
        </message>
        <message>
            <source>Take</source>
            <translation>ថត</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>បោះបង់</translation>
        </message>
    </context>
    <context>
        <name>CertificatePreviewDialog</name>
        <message>
            <source>Certificates — preview</source>
            <translation>វិញ្ញាបនបត្រ — មើលជាមុន</translation>
        </message>
        <message>
            <source>Certificates in this file</source>
            <translation>វិញ្ញាបនបត្រនៅក្នុងឯកសារនេះ</translation>
        </message>
        <message>
            <source>(new)</source>
            <translation>(ថ្មី)</translation>
        </message>
        <message>
            <source>← &amp;Previous</source>
            <translation>← មុន(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Next →</source>
            <translation>បន្ទាប់(&amp;N) →</translation>
        </message>
        <message>
            <source>Open in the PDF &amp;viewer</source>
            <translation>បើកក្នុងកម្មវិធីមើល PDF(&amp;V)</translation>
        </message>
        <message>
            <source>The certificates cannot be shown here: this computer has no program to draw PDF pages in GMS Desk.

To check them before they are issued, press “Open in the PDF viewer” below. Or save the PDF and open it from its folder.</source>
            <translation>មិនអាចបង្ហាញវិញ្ញាបនបត្រនៅទីនេះបានទេ៖ កុំព្យូទ័រនេះគ្មានកម្មវិធីសម្រាប់គូរទំព័រ PDF នៅក្នុង GMS Desk ទេ។

ដើម្បីពិនិត្យវាមុនពេលចេញ សូមចុច «បើកក្នុងកម្មវិធីមើល PDF» នៅខាងក្រោម។ ឬរក្សាទុកឯកសារ PDF ហើយបើកវាពីថតរបស់វា។</translation>
        </message>
        <message numerus="yes">
            <source>Saving gives %n new certificate number(s), dated %1. Numbers once given stay with the person.</source>
            <translation>
                <numerusform>ការរក្សាទុកនឹងផ្ដល់លេខវិញ្ញាបនបត្រថ្មីចំនួន %n ចុះកាលបរិច្ឆេទ %1។ លេខដែលបានផ្ដល់ហើយ នៅជាប់នឹងបុគ្គលនោះជានិច្ច។</numerusform>
                <numerusform>ការរក្សាទុកនឹងផ្ដល់លេខវិញ្ញាបនបត្រថ្មីចំនួន %n ចុះកាលបរិច្ឆេទ %1។ លេខដែលបានផ្ដល់ហើយ នៅជាប់នឹងបុគ្គលនោះជានិច្ច។</numerusform>
            </translation>
        </message>
        <message>
            <source>Everyone here already holds a certificate number: saving writes the PDF again.</source>
            <translation>អ្នកទាំងអស់នៅទីនេះមានលេខវិញ្ញាបនបត្ររួចហើយ៖ ការរក្សាទុកនឹងបង្កើតឯកសារ PDF ម្ដងទៀត។</translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s) in this file.</source>
            <translation>
                <numerusform>វិញ្ញាបនបត្រចំនួន %n នៅក្នុងឯកសារនេះ។</numerusform>
                <numerusform>វិញ្ញាបនបត្រចំនួន %n នៅក្នុងឯកសារនេះ។</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Issue and save PDF…</source>
            <translation>ចេញ និងរក្សាទុក PDF(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>រក្សាទុក PDF(&amp;S)…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>បោះបង់</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>ទំព័រ %1/%2</translation>
        </message>
        <message numerus="yes">
            <source>Only the first %n page(s) are shown here; the PDF has them all.</source>
            <translation>
                <numerusform>បង្ហាញតែ %n ទំព័រដំបូងនៅទីនេះប៉ុណ្ណោះ។ ឯកសារ PDF មានទំព័រទាំងអស់។</numerusform>
                <numerusform>បង្ហាញតែ %n ទំព័រដំបូងនៅទីនេះប៉ុណ្ណោះ។ ឯកសារ PDF មានទំព័រទាំងអស់។</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CertificateSettings</name>
        <message>
            <source>Logo…</source>
            <translation>ឡូហ្គោ…</translation>
        </message>
        <message>
            <source>Choose the agency's logo: a PNG or JPEG image of at most 2 MB</source>
            <translation>ជ្រើសរើសឡូហ្គោរបស់ស្ថាប័ន៖ រូបភាព PNG ឬ JPEG ទំហំមិនលើស 2 MB</translation>
        </message>
        <message>
            <source>Remove logo</source>
            <translation>ដកឡូហ្គោចេញ</translation>
        </message>
        <message>
            <source>Printed at the top of every certificate, above the agency's name. GMS Desk keeps a copy: the file chosen may be moved or deleted afterwards.</source>
            <translation>បោះពុម្ពនៅផ្នែកខាងលើនៃវិញ្ញាបនបត្រនីមួយៗ ពីលើឈ្មោះស្ថាប័ន។ GMS Desk រក្សាទុកច្បាប់ចម្លងមួយ៖ បន្ទាប់មក អ្នកអាចផ្លាស់ទី ឬលុបឯកសារដែលបានជ្រើសរើសបាន។</translation>
        </message>
        <message>
            <source>New workshops start with this rule, and so does a workshop that has none of its own. Each workshop keeps its own rule, set when it is edited, the same on every computer.</source>
            <translation>សិក្ខាសាលាថ្មីចាប់ផ្ដើមដោយច្បាប់នេះ ហើយសិក្ខាសាលាដែលគ្មានច្បាប់ផ្ទាល់ខ្លួនក៏ដូច្នោះដែរ។ សិក្ខាសាលានីមួយៗរក្សាច្បាប់ផ្ទាល់ខ្លួន ដែលកំណត់ពេលកែសម្រួល ដូចគ្នានៅលើកុំព្យូទ័រគ្រប់គ្រឿង។</translation>
        </message>
        <message>
            <source>Issuing agency</source>
            <translation>ស្ថាប័នចេញវិញ្ញាបនបត្រ</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>ឡូហ្គោ</translation>
        </message>
        <message>
            <source>Attendance for a certificate</source>
            <translation>វត្តមានសម្រាប់ទទួលវិញ្ញាបនបត្រ</translation>
        </message>
        <message>
            <source>Not known until this computer is enrolled in the Sync area</source>
            <translation>មិនទាន់ដឹងទេ រហូតដល់កុំព្យូទ័រនេះត្រូវបានចុះឈ្មោះក្នុងផ្នែក «សមកាលកម្ម»</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>គ្មានឡូហ្គោ</translation>
        </message>
        <message>
            <source>Choose the agency's logo</source>
            <translation>ជ្រើសរើសឡូហ្គោរបស់ស្ថាប័ន</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
            <translation>រូបភាព (*.png *.jpg *.jpeg);;ឯកសារទាំងអស់ (*)</translation>
        </message>
        <message>
            <source>Certificates print this logo from now on.</source>
            <translation>ចាប់ពីពេលនេះ វិញ្ញាបនបត្រនឹងបោះពុម្ពឡូហ្គោនេះ។</translation>
        </message>
        <message>
            <source>Certificates print no logo from now on.</source>
            <translation>ចាប់ពីពេលនេះ វិញ្ញាបនបត្រនឹងមិនបោះពុម្ពឡូហ្គោទេ។</translation>
        </message>
    </context>
    <context>
        <name>CertificatesView</name>
        <message>
            <source>Share of the days a participant must be present</source>
            <translation>ភាគរយនៃថ្ងៃដែលអ្នកចូលរួមត្រូវមានវត្តមាន</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>គ្រប់ថ្ងៃ</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ឈ្មោះ</translation>
        </message>
        <message>
            <source>Latin letters</source>
            <translation>អក្សរឡាតាំង</translation>
        </message>
        <message>
            <source>Days present</source>
            <translation>ថ្ងៃមានវត្តមាន</translation>
        </message>
        <message>
            <source>Modules completed</source>
            <translation>ម៉ូឌុលដែលបានបញ្ចប់</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>វិញ្ញាបនបត្រ</translation>
        </message>
        <message>
            <source>&amp;Issue and save certificates…</source>
            <translation>ចេញ និងរក្សាទុកវិញ្ញាបនបត្រ(&amp;I)…</translation>
        </message>
        <message>
            <source>Preview the certificates, then give their numbers and save them as one PDF</source>
            <translation>មើលវិញ្ញាបនបត្រជាមុន បន្ទាប់មកផ្ដល់លេខ និងរក្សាទុកជាឯកសារ PDF តែមួយ</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>បើកថត</translation>
        </message>
        <message>
            <source>Present on at &amp;least:</source>
            <translation>មានវត្តមានយ៉ាងហោចណាស់(&amp;L)៖</translation>
        </message>
        <message>
            <source>&amp;Date on the certificates:</source>
            <translation>កាលបរិច្ឆេទលើវិញ្ញាបនបត្រ(&amp;D)៖</translation>
        </message>
        <message>
            <source>&amp;Language of the PDF:</source>
            <translation>ភាសារបស់ PDF(&amp;L)៖</translation>
        </message>
        <message>
            <source>Never before the last day (%1).</source>
            <translation>មិនអាចមុនថ្ងៃចុងក្រោយ (%1) បានទេ។</translation>
        </message>
        <message>
            <source>Qualifies: numbered when you issue</source>
            <translation>មានសិទ្ធិ៖ នឹងទទួលលេខនៅពេលអ្នកចេញ</translation>
        </message>
        <message>
            <source>modules not all completed</source>
            <translation>មិនទាន់បញ្ចប់គ្រប់ម៉ូឌុល</translation>
        </message>
        <message>
            <source>present %1 of the %2 days needed</source>
            <translation>មានវត្តមាន %1 ក្នុងចំណោម %2 ថ្ងៃដែលត្រូវការ</translation>
        </message>
        <message>
            <source>Not yet: %1</source>
            <translation>មិនទាន់៖ %1</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message numerus="yes">
            <source>of the days (%1 of %n day(s))</source>
            <translation>
                <numerusform>នៃចំនួនថ្ងៃ (%1 ក្នុងចំណោម %n ថ្ងៃ)</numerusform>
                <numerusform>នៃចំនួនថ្ងៃ (%1 ក្នុងចំណោម %n ថ្ងៃ)</numerusform>
            </translation>
        </message>
        <message>
            <source>A certificate goes to each participant who completed every module and was present on enough days.</source>
            <translation>អ្នកចូលរួមម្នាក់ៗដែលបានបញ្ចប់គ្រប់ម៉ូឌុល និងមានវត្តមានគ្រប់ចំនួនថ្ងៃ នឹងទទួលបានវិញ្ញាបនបត្រ។</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) qualify;</source>
            <translation>
                <numerusform>អ្នកចូលរួម %n នាក់មានសិទ្ធិទទួល;</numerusform>
                <numerusform>អ្នកចូលរួម %n នាក់មានសិទ្ធិទទួល;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s) issued.</source>
            <translation>
                <numerusform>បានចេញវិញ្ញាបនបត្រចំនួន %n។</numerusform>
                <numerusform>បានចេញវិញ្ញាបនបត្រចំនួន %n។</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more will be numbered when you issue.</source>
            <translation>
                <numerusform>វិញ្ញាបនបត្រ %n ទៀតនឹងត្រូវផ្ដល់លេខ នៅពេលអ្នកចេញ។</numerusform>
                <numerusform>វិញ្ញាបនបត្រ %n ទៀតនឹងត្រូវផ្ដល់លេខ នៅពេលអ្នកចេញ។</numerusform>
            </translation>
        </message>
        <message>
            <source>This computer is not enrolled with an agency yet: the certificates will not name the issuing agency. Enrol it in the Sync area first.</source>
            <translation>កុំព្យូទ័រនេះមិនទាន់បានចុះឈ្មោះជាមួយស្ថាប័នណាមួយនៅឡើយទេ៖ វិញ្ញាបនបត្រនឹងមិនមានឈ្មោះស្ថាប័នដែលចេញទេ។ សូមចុះឈ្មោះវានៅក្នុងផ្នែក «សមកាលកម្ម» ជាមុនសិន។</translation>
        </message>
        <message>
            <source>This workshop has not started yet (first day: %1). Certificates are issued after its last day.</source>
            <translation>សិក្ខាសាលានេះមិនទាន់ចាប់ផ្ដើមនៅឡើយទេ (ថ្ងៃដំបូង៖ %1)។ វិញ្ញាបនបត្រត្រូវបានចេញបន្ទាប់ពីថ្ងៃចុងក្រោយរបស់វា។</translation>
        </message>
        <message>
            <source>This workshop is “%1” until its last day (%2). Certificates are issued after it.</source>
            <translation>សិក្ខាសាលានេះស្ថិតក្នុងស្ថានភាព «%1» រហូតដល់ថ្ងៃចុងក្រោយ (%2)។ វិញ្ញាបនបត្រត្រូវបានចេញបន្ទាប់ពីថ្ងៃនោះ។</translation>
        </message>
        <message>
            <source>Issue certificates now anyway? They are dated %1 and go only to those who already meet every rule.</source>
            <translation>នៅតែចេញវិញ្ញាបនបត្រឥឡូវនេះឬ? វិញ្ញាបនបត្រនឹងចុះកាលបរិច្ឆេទ %1 ហើយផ្ដល់ជូនតែអ្នកដែលបំពេញគ្រប់លក្ខខណ្ឌរួចហើយប៉ុណ្ណោះ។</translation>
        </message>
        <message>
            <source>Workshop not over</source>
            <translation>សិក្ខាសាលាមិនទាន់បញ្ចប់</translation>
        </message>
        <message>
            <source>Issue before the end</source>
            <translation>ចេញមុនពេលបញ្ចប់</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>បោះបង់</translation>
        </message>
        <message>
            <source>Preparing the preview…</source>
            <translation>កំពុងរៀបចំការមើលជាមុន…</translation>
        </message>
        <message>
            <source>Cancelled; nothing was issued or saved.</source>
            <translation>បានបោះបង់។ គ្មានអ្វីត្រូវបានចេញ ឬរក្សាទុកទេ។</translation>
        </message>
        <message>
            <source>Preparing the certificates</source>
            <translation>កំពុងរៀបចំវិញ្ញាបនបត្រ</translation>
        </message>
        <message>
            <source>Save certificates</source>
            <translation>រក្សាទុកវិញ្ញាបនបត្រ</translation>
        </message>
        <message>
            <source>Certificates — %1.pdf</source>
            <translation>វិញ្ញាបនបត្រ — %1.pdf</translation>
        </message>
        <message>
            <source>PDF file (*.pdf)</source>
            <translation>ឯកសារ PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved; nothing was issued.</source>
            <translation>មិនបានរក្សាទុក។ គ្មានអ្វីត្រូវបានចេញទេ។</translation>
        </message>
        <message>
            <source>Writing certificates…</source>
            <translation>កំពុងបង្កើតវិញ្ញាបនបត្រ…</translation>
        </message>
        <message>
            <source>Cancelled; no file was written.</source>
            <translation>បានបោះបង់។ គ្មានឯកសារណាត្រូវបានបង្កើតទេ។</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n certificate(s) to %1.</source>
            <translation>
                <numerusform>បានរក្សាទុកវិញ្ញាបនបត្រចំនួន %n នៅ %1។</numerusform>
                <numerusform>បានរក្សាទុកវិញ្ញាបនបត្រចំនួន %n នៅ %1។</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Issued %n new certificate(s).</source>
            <translation>
                <numerusform>បានចេញវិញ្ញាបនបត្រថ្មីចំនួន %n។</numerusform>
                <numerusform>បានចេញវិញ្ញាបនបត្រថ្មីចំនួន %n។</numerusform>
            </translation>
        </message>
        <message>
            <source>Writing certificates</source>
            <translation>កំពុងបង្កើតវិញ្ញាបនបត្រ</translation>
        </message>
    </context>
    <context>
        <name>ConflictTableModel</name>
        <message>
            <source>Record</source>
            <translation>កំណត់ត្រា</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>ព័ត៌មាន</translation>
        </message>
        <message>
            <source>Value in use</source>
            <translation>តម្លៃដែលកំពុងប្រើ</translation>
        </message>
        <message>
            <source>Changed on</source>
            <translation>កែប្រែនៅ</translation>
        </message>
        <message>
            <source>Other value</source>
            <translation>តម្លៃផ្សេងទៀត</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <source>(empty)</source>
            <translation>(ទទេ)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>បាទ/ចាស</translation>
        </message>
        <message>
            <source>No</source>
            <translation>ទេ</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1៖ %2</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>កុំព្យូទ័រនេះ</translation>
        </message>
        <message>
            <source>computer %1</source>
            <translation>កុំព្យូទ័រ %1</translation>
        </message>
        <message>
            <source>another computer</source>
            <translation>កុំព្យូទ័រផ្សេង</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Keep this</source>
            <translation>រក្សាតម្លៃនេះ</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <source>← Back to sync</source>
            <translation>← ត្រឡប់ទៅសមកាលកម្ម</translation>
        </message>
        <message>
            <source>Conflicts to resolve</source>
            <translation>ការកែប្រែផ្ទុយគ្នាដែលត្រូវដោះស្រាយ</translation>
        </message>
        <message>
            <source>Two people changed the same field before their computers synced. Every computer now shows the value in use; check which value is right and keep it, or type the right value. Your choice is sent to everyone at the next sync.</source>
            <translation>មានមនុស្សពីរនាក់បានកែប្រែព័ត៌មានតែមួយ មុនពេលកុំព្យូទ័ររបស់ពួកគេធ្វើសមកាលកម្ម។ ឥឡូវនេះ កុំព្យូទ័រទាំងអស់បង្ហាញតម្លៃដែលកំពុងប្រើ។ សូមពិនិត្យមើលថាតម្លៃណាត្រឹមត្រូវ ហើយរក្សាតម្លៃនោះ ឬវាយបញ្ចូលតម្លៃដែលត្រឹមត្រូវ។ ជម្រើសរបស់អ្នកនឹងត្រូវផ្ញើទៅគ្រប់គ្នា នៅពេលធ្វើសមកាលកម្មលើកក្រោយ។</translation>
        </message>
        <message>
            <source>No conflicts to resolve.</source>
            <translation>គ្មានការកែប្រែផ្ទុយគ្នាដែលត្រូវដោះស្រាយទេ។</translation>
        </message>
        <message>
            <source>Value in use now</source>
            <translation>តម្លៃដែលកំពុងប្រើឥឡូវនេះ</translation>
        </message>
        <message>
            <source>Other value</source>
            <translation>តម្លៃផ្សេងទៀត</translation>
        </message>
        <message>
            <source>Type the right value</source>
            <translation>វាយបញ្ចូលតម្លៃដែលត្រឹមត្រូវ</translation>
        </message>
        <message>
            <source>Use this value</source>
            <translation>ប្រើតម្លៃនេះ</translation>
        </message>
        <message>
            <source>Or the right value:</source>
            <translation>ឬតម្លៃដែលត្រឹមត្រូវ៖</translation>
        </message>
        <message>
            <source>Changed on %1</source>
            <translation>កែប្រែនៅ %1</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>បាទ/ចាស</translation>
        </message>
        <message>
            <source>No</source>
            <translation>ទេ</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(ទទេ)</translation>
        </message>
    </context>
    <context>
        <name>Country</name>
        <message>
            <source>Cambodia</source>
            <translation>កម្ពុជា</translation>
        </message>
        <message>
            <source>Lao PDR</source>
            <translation>ឡាវ</translation>
        </message>
        <message>
            <source>Myanmar</source>
            <translation>មីយ៉ាន់ម៉ា</translation>
        </message>
        <message>
            <source>Thailand</source>
            <translation>ថៃ</translation>
        </message>
        <message>
            <source>Viet Nam</source>
            <translation>វៀតណាម</translation>
        </message>
        <message>
            <source>Yunnan (China)</source>
            <translation>យូណាន (ចិន)</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>No indicators yet.</source>
            <translation>មិនទាន់មានសូចនាករនៅឡើយទេ។</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>សូចនាករ</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>តម្លៃជាក់ស្ដែង</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>គោលដៅ</translation>
        </message>
        <message>
            <source>Against target</source>
            <translation>ធៀបនឹងគោលដៅ</translation>
        </message>
        <message>
            <source>Trend (dashed: target)</source>
            <translation>និន្នាការ (បន្ទាត់ដាច់ៗ៖ គោលដៅ)</translation>
        </message>
        <message>
            <source>What this indicator counts</source>
            <translation>អ្វីដែលសូចនាករនេះរាប់</translation>
        </message>
        <message>
            <source>Show the records behind this number</source>
            <translation>បង្ហាញកំណត់ត្រាដែលនៅពីក្រោយលេខនេះ</translation>
        </message>
        <message>
            <source>Break this indicator down (by sex, province, agency…)</source>
            <translation>បែងចែកសូចនាករនេះលម្អិត (តាមភេទ រាជធានី/ខេត្ត ស្ថាប័ន…)</translation>
        </message>
        <message>
            <source>No definition was given.</source>
            <translation>មិនមាននិយមន័យទេ។</translation>
        </message>
        <message>
            <source>Not counted by %1</source>
            <translation>មិនរាប់តាម %1 ទេ</translation>
        </message>
        <message>
            <source>Baseline: %1</source>
            <translation>តម្លៃមូលដ្ឋាន៖ %1</translation>
        </message>
        <message>
            <source>No target for this selection. The wider target that applies is %1.</source>
            <translation>គ្មានគោលដៅសម្រាប់ជម្រើសនេះទេ។ គោលដៅកម្រិតទូលំទូលាយជាងដែលត្រូវអនុវត្តគឺ %1។</translation>
        </message>
        <message>
            <source>No target for this selection.</source>
            <translation>គ្មានគោលដៅសម្រាប់ជម្រើសនេះទេ។</translation>
        </message>
        <message>
            <source>In several currencies: choose an economy</source>
            <translation>មានរូបិយប័ណ្ណច្រើន៖ សូមជ្រើសរើសប្រទេស/តំបន់</translation>
        </message>
        <message>
            <source>target %1</source>
            <translation>គោលដៅ %1</translation>
        </message>
    </context>
    <context>
        <name>DemoBanner</name>
        <message>
            <source>Remove demo data…</source>
            <translation>លុបទិន្នន័យសាកល្បង…</translation>
        </message>
        <message>
            <source>Delete every record the demo made; what you entered yourself is kept</source>
            <translation>លុបគ្រប់កំណត់ត្រាដែលមុខងារសាកល្បងបានបង្កើត។ អ្វីដែលអ្នកបានបញ្ចូលដោយខ្លួនឯង នៅរក្សាទុកដដែល</translation>
        </message>
        <message numerus="yes">
            <source>Demo data: %Ln record(s) on this computer were made by the demo, to try GMS Desk out. They are never sent to headquarters.</source>
            <translation>
                <numerusform>ទិន្នន័យសាកល្បង៖ កំណត់ត្រាចំនួន %Ln នៅលើកុំព្យូទ័រនេះ ត្រូវបានបង្កើតដោយមុខងារសាកល្បង ដើម្បីសាកល្បងប្រើ GMS Desk។ វាមិនត្រូវបានផ្ញើទៅការិយាល័យកណ្ដាលទេ។</numerusform>
                <numerusform>ទិន្នន័យសាកល្បង៖ កំណត់ត្រាចំនួន %Ln នៅលើកុំព្យូទ័រនេះ ត្រូវបានបង្កើតដោយមុខងារសាកល្បង ដើម្បីសាកល្បងប្រើ GMS Desk។ វាមិនត្រូវបានផ្ញើទៅការិយាល័យកណ្ដាលទេ។</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove demo data</source>
            <translation>លុបទិន្នន័យសាកល្បង</translation>
        </message>
        <message numerus="yes">
            <source>Remove the %Ln demo record(s) from this computer? Records you entered yourself are kept. Removed demo data cannot be brought back (run the demo again for new data).</source>
            <translation>
                <numerusform>លុបកំណត់ត្រាសាកល្បងចំនួន %Ln ចេញពីកុំព្យូទ័រនេះ? កំណត់ត្រាដែលអ្នកបានបញ្ចូលដោយខ្លួនឯង នៅរក្សាទុកដដែល។ ទិន្នន័យសាកល្បងដែលបានលុប មិនអាចយកមកវិញបានទេ (ដំណើរការមុខងារសាកល្បងម្ដងទៀត ដើម្បីបានទិន្នន័យថ្មី)។</numerusform>
                <numerusform>លុបកំណត់ត្រាសាកល្បងចំនួន %Ln ចេញពីកុំព្យូទ័រនេះ? កំណត់ត្រាដែលអ្នកបានបញ្ចូលដោយខ្លួនឯង នៅរក្សាទុកដដែល។ ទិន្នន័យសាកល្បងដែលបានលុប មិនអាចយកមកវិញបានទេ (ដំណើរការមុខងារសាកល្បងម្ដងទៀត ដើម្បីបានទិន្នន័យថ្មី)។</numerusform>
            </translation>
        </message>
        <message>
            <source>Removing demo data…</source>
            <translation>កំពុងលុបទិន្នន័យសាកល្បង…</translation>
        </message>
    </context>
    <context>
        <name>DemoFolderBanner</name>
        <message>
            <source>Leave demo data…</source>
            <translation>ចាកចេញពីទិន្នន័យសាកល្បង…</translation>
        </message>
        <message>
            <source>Demo data: you are trying GMS Desk in a separate folder of made-up records. Nothing here is ever sent to headquarters, and your own data is not here.</source>
            <translation>ទិន្នន័យសាកល្បង៖ អ្នកកំពុងសាកល្បងប្រើ GMS Desk ក្នុងថតដាច់ដោយឡែកមួយ ដែលមានកំណត់ត្រាប្រឌិត។ គ្មានអ្វីនៅទីនេះត្រូវបានផ្ញើទៅការិយាល័យកណ្ដាលឡើយ ហើយទិន្នន័យផ្ទាល់របស់អ្នកមិននៅទីនេះទេ។</translation>
        </message>
    </context>
    <context>
        <name>DemoPage</name>
        <message>
            <source>Try it out</source>
            <translation>សាកល្បងប្រើ</translation>
        </message>
        <message>
            <source>Made-up SMEs, workshops and events to try GMS Desk with, before you enter your own.</source>
            <translation>សហគ្រាស សិក្ខាសាលា និងព្រឹត្តិការណ៍ប្រឌិត សម្រាប់សាកល្បងប្រើ GMS Desk មុនពេលអ្នកបញ្ចូលទិន្នន័យផ្ទាល់ខ្លួន។</translation>
        </message>
        <message>
            <source>Try it with demo data</source>
            <translation>សាកប្រើជាមួយទិន្នន័យសាកល្បង</translation>
        </message>
        <message>
            <source>The demo data is kept in a separate demo data folder: it never mixes with your own data, and nothing in it is ever sent to headquarters. A yellow banner shows while you are in it; “Leave demo data” deletes it and opens your own data.</source>
            <translation>ទិន្នន័យសាកល្បងត្រូវបានរក្សាទុកក្នុងថតទិន្នន័យសាកល្បងដាច់ដោយឡែក៖ វាមិនលាយឡំជាមួយទិន្នន័យផ្ទាល់របស់អ្នកទេ ហើយគ្មានអ្វីនៅក្នុងវាត្រូវបានផ្ញើទៅការិយាល័យកណ្ដាលឡើយ។ បដាពណ៌លឿងបង្ហាញ ពេលអ្នកកំពុងនៅក្នុងវា។ «ចាកចេញពីទិន្នន័យសាកល្បង» នឹងលុបវា ហើយបើកទិន្នន័យផ្ទាល់របស់អ្នក។</translation>
        </message>
    </context>
    <context>
        <name>DrillDialog</name>
        <message>
            <source>Loading…</source>
            <translation>កំពុងផ្ទុក…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>នាំចេញ…</translation>
        </message>
        <message>
            <source>Save every record behind this number as an Excel workbook or a CSV file</source>
            <translation>រក្សាទុកកំណត់ត្រាទាំងអស់ដែលនៅពីក្រោយលេខនេះ ជាឯកសារ Excel ឬឯកសារ CSV</translation>
        </message>
        <message>
            <source>Opening the records</source>
            <translation>កំពុងបើកកំណត់ត្រា</translation>
        </message>
        <message>
            <source>The first %1 records; the export writes them all.</source>
            <translation>កំណត់ត្រា %1 ដំបូង។ ការនាំចេញនឹងសរសេរកំណត់ត្រាទាំងអស់។</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>កំណត់ត្រាចំនួន %n</numerusform>
                <numerusform>កំណត់ត្រាចំនួន %n</numerusform>
            </translation>
        </message>
        <message>
            <source>The records could not be read.</source>
            <translation>មិនអាចអានកំណត់ត្រាបានទេ។</translation>
        </message>
        <message>
            <source>Export records</source>
            <translation>នាំចេញកំណត់ត្រា</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translation>ឯកសារ Excel (*.xlsx);;ឯកសារ CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>បានបោះបង់ការនាំចេញ។ គ្មានឯកសារណាត្រូវបានបង្កើតទេ។</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n record(s) to %1.</source>
            <translation>
                <numerusform>បាននាំចេញកំណត់ត្រាចំនួន %n ទៅ %1។</numerusform>
                <numerusform>បាននាំចេញកំណត់ត្រាចំនួន %n ទៅ %1។</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting records</source>
            <translation>កំពុងនាំចេញកំណត់ត្រា</translation>
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message>
            <source>Enrol participants</source>
            <translation>ចុះឈ្មោះអ្នកចូលរួម</translation>
        </message>
        <message>
            <source>Search people and SMEs: name, phone…</source>
            <translation>ស្វែងរកបុគ្គល និងសហគ្រាស៖ ឈ្មោះ ទូរស័ព្ទ…</translation>
        </message>
        <message>
            <source>&amp;Enrol this person</source>
            <translation>ចុះឈ្មោះបុគ្គលនេះ(&amp;E)</translation>
        </message>
        <message>
            <source>Already known</source>
            <translation>មានក្នុងបញ្ជីរួចហើយ</translation>
        </message>
        <message>
            <source>People</source>
            <translation>បុគ្គល</translation>
        </message>
        <message>
            <source>Search people and SMEs</source>
            <translation>ស្វែងរកបុគ្គល និងសហគ្រាស</translation>
        </message>
        <message>
            <source>SMEs</source>
            <translation>សហគ្រាស</translation>
        </message>
        <message>
            <source>&amp;People</source>
            <translation>បុគ្គល(&amp;P)</translation>
        </message>
        <message>
            <source>SMEs (pick one for a new person)</source>
            <translation>សហគ្រាស (ជ្រើសរើសមួយសម្រាប់បុគ្គលថ្មី)</translation>
        </message>
        <message>
            <source>e.g. owner, marketing staff</source>
            <translation>ឧ. ម្ចាស់ បុគ្គលិកផ្នែកទីផ្សារ</translation>
        </message>
        <message>
            <source>New S&amp;ME…</source>
            <translation>សហគ្រាសថ្មី(&amp;M)…</translation>
        </message>
        <message>
            <source>No SME</source>
            <translation>គ្មានសហគ្រាស</translation>
        </message>
        <message>
            <source>&amp;Add and enrol</source>
            <translation>បន្ថែម និងចុះឈ្មោះ(&amp;A)</translation>
        </message>
        <message>
            <source>Add this person and enrol them (Enter in any of their fields)</source>
            <translation>បន្ថែមបុគ្គលនេះ និងចុះឈ្មោះគាត់ (ចុច Enter នៅក្នុងប្រអប់ណាមួយរបស់គាត់)</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>បុគ្គលថ្មី</translation>
        </message>
        <message>
            <source>&amp;Name (own script):</source>
            <translation>ឈ្មោះ (អក្សរក្នុងស្រុក)(&amp;N)៖</translation>
        </message>
        <message>
            <source>Name in &amp;Latin letters:</source>
            <translation>ឈ្មោះជាអក្សរឡាតាំង(&amp;L)៖</translation>
        </message>
        <message>
            <source>&amp;Gender:</source>
            <translation>ភេទ(&amp;G)៖</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>តួនាទី(&amp;R)៖</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>ទូរស័ព្ទ(&amp;H)៖</translation>
        </message>
        <message>
            <source>Nobody found. Enter starts a new person with this name.</source>
            <translation>រកមិនឃើញនរណាម្នាក់ទេ។ ចុច Enter ដើម្បីបង្កើតបុគ្គលថ្មីដែលមានឈ្មោះនេះ។</translation>
        </message>
        <message>
            <source>No SME found.</source>
            <translation>រកមិនឃើញសហគ្រាសទេ។</translation>
        </message>
        <message>
            <source>Type a name or phone number above to search; Enter enrols the highlighted person.</source>
            <translation>វាយឈ្មោះ ឬលេខទូរស័ព្ទនៅខាងលើដើម្បីស្វែងរក។ ចុច Enter ដើម្បីចុះឈ្មោះបុគ្គលដែលបានរំលេច។</translation>
        </message>
        <message>
            <source>Type above to find an SME for a new person.</source>
            <translation>វាយនៅខាងលើ ដើម្បីរកសហគ្រាសសម្រាប់បុគ្គលថ្មី។</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) in this workshop.</source>
            <translation>
                <numerusform>អ្នកចូលរួម %n នាក់នៅក្នុងសិក្ខាសាលានេះ។</numerusform>
                <numerusform>អ្នកចូលរួម %n នាក់នៅក្នុងសិក្ខាសាលានេះ។</numerusform>
            </translation>
        </message>
        <message>
            <source>Discard the new person?</source>
            <translation>បោះបង់បុគ្គលថ្មី?</translation>
        </message>
        <message>
            <source>You started typing a new person who is not enrolled yet. Close and discard what you typed?</source>
            <translation>អ្នកបានចាប់ផ្ដើមវាយបញ្ចូលបុគ្គលថ្មីដែលមិនទាន់បានចុះឈ្មោះ។ បិទ និងបោះបង់អ្វីដែលអ្នកបានវាយ?</translation>
        </message>
        <message>
            <source>SME:</source>
            <translation>សហគ្រាស៖</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>បិទ</translation>
        </message>
        <message>
            <source>This person may already be known. Enrol them instead of adding them again, or add them if it is someone else:</source>
            <translation>បុគ្គលនេះប្រហែលជាមានក្នុងបញ្ជីរួចហើយ។ សូមចុះឈ្មោះគាត់ ជំនួសឲ្យការបន្ថែមម្ដងទៀត ឬបន្ថែមគាត់ ប្រសិនបើជាមនុស្សផ្សេង៖</translation>
        </message>
        <message>
            <source>Enrol this one</source>
            <translation>ចុះឈ្មោះអ្នកនេះ</translation>
        </message>
        <message>
            <source>Nobody known matches “%1”. Add them as a new person: their details, then Enter.</source>
            <translation>គ្មាននរណាម្នាក់ក្នុងបញ្ជីត្រូវនឹង «%1» ទេ។ សូមបន្ថែមជាបុគ្គលថ្មី៖ បញ្ចូលព័ត៌មានរបស់គាត់ រួចចុច Enter។</translation>
        </message>
        <message>
            <source>(already enrolled)</source>
            <translation>(បានចុះឈ្មោះរួចហើយ)</translation>
        </message>
        <message>
            <source>%1 is already enrolled in this workshop.</source>
            <translation>%1 បានចុះឈ្មោះក្នុងសិក្ខាសាលានេះរួចហើយ។</translation>
        </message>
        <message>
            <source>New: %1 (saved with the person)</source>
            <translation>ថ្មី៖ %1 (រក្សាទុកជាមួយបុគ្គលនេះ)</translation>
        </message>
        <message>
            <source>None — pick one on the left, or add a new SME</source>
            <translation>គ្មាន — ជ្រើសរើសមួយនៅខាងឆ្វេង ឬបន្ថែមសហគ្រាសថ្មី</translation>
        </message>
        <message>
            <source>Enter the person's name.</source>
            <translation>សូមបញ្ចូលឈ្មោះបុគ្គល។</translation>
        </message>
        <message>
            <source>Look at the yellow box first: enrol the person already known, or press Enter again to add a new one.</source>
            <translation>សូមមើលប្រអប់ពណ៌លឿងជាមុនសិន៖ ចុះឈ្មោះបុគ្គលដែលមានក្នុងបញ្ជីរួចហើយ ឬចុច Enter ម្ដងទៀត ដើម្បីបន្ថែមបុគ្គលថ្មី។</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>same name</source>
            <translation>ឈ្មោះដូចគ្នា</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>លេខទូរស័ព្ទដូចគ្នា</translation>
        </message>
        <message>
            <source>Enrolled %1.</source>
            <translation>បានចុះឈ្មោះ %1 រួចហើយ។</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>GMS Desk may not write to this place. Choose another folder.</source>
            <translation>GMS Desk មិនមានសិទ្ធិរក្សាទុកនៅទីតាំងនេះទេ។ សូមជ្រើសរើសថតផ្សេង។</translation>
        </message>
        <message>
            <source>The file was not found.</source>
            <translation>រកមិនឃើញឯកសារ។</translation>
        </message>
        <message>
            <source>GMS Desk</source>
            <translation>GMS Desk</translation>
        </message>
        <message>
            <source>GMS Desk — unexpected error</source>
            <translation>GMS Desk — កំហុសដែលមិនបានរំពឹងទុក</translation>
        </message>
        <message>
            <source>Something went wrong inside GMS Desk. Your saved work is safe. Please send the details below to your support contact.</source>
            <translation>មានបញ្ហាកើតឡើងនៅក្នុង GMS Desk។ ការងារដែលអ្នកបានរក្សាទុករួច នៅមានសុវត្ថិភាពដដែល។ សូមផ្ញើព័ត៌មានលម្អិតខាងក្រោមទៅអ្នកផ្ដល់ជំនួយបច្ចេកទេសរបស់អ្នក។</translation>
        </message>
        <message>
            <source>Headquarters published this record for every agency: it can be read here but not changed.</source>
            <translation>ការិយាល័យកណ្ដាលបានចេញផ្សាយកំណត់ត្រានេះសម្រាប់គ្រប់ស្ថាប័ន៖ អាចមើលបាននៅទីនេះ ប៉ុន្តែមិនអាចកែប្រែបានទេ។</translation>
        </message>
        <message>
            <source>The disk is full. Free some space, then try again; what you saved before is safe.</source>
            <translation>ថាសពេញហើយ។ សូមបង្កើនទំហំទំនេរខ្លះ រួចព្យាយាមម្ដងទៀត។ អ្វីដែលអ្នកបានរក្សាទុកពីមុន នៅតែមានសុវត្ថិភាព។</translation>
        </message>
        <message>
            <source>The database is busy: another program, perhaps a second copy of GMS Desk, is writing to it. Wait a moment, then try again; what you saved before is safe.</source>
            <translation>មូលដ្ឋានទិន្នន័យកំពុងរវល់៖ កម្មវិធីផ្សេងទៀត ប្រហែលជា GMS Desk មួយទៀត កំពុងសរសេរទៅក្នុងវា។ សូមរង់ចាំបន្តិច រួចព្យាយាមម្ដងទៀត។ អ្វីដែលអ្នកបានរក្សាទុកពីមុន នៅតែមានសុវត្ថិភាព។</translation>
        </message>
        <message>
            <source>GMS Desk may not write to its database file or to the folder it is in. Allow writing there (or ask whoever looks after this computer), then try again; what you saved before is safe.</source>
            <translation>GMS Desk មិនមានសិទ្ធិសរសេរទៅក្នុងឯកសារមូលដ្ឋានទិន្នន័យរបស់វា ឬថតដែលផ្ទុកឯកសារនោះទេ។ សូមអនុញ្ញាតឲ្យសរសេរនៅទីនោះ (ឬសួរអ្នកដែលថែទាំកុំព្យូទ័រនេះ) រួចព្យាយាមម្ដងទៀត។ អ្វីដែលអ្នកបានរក្សាទុកពីមុន នៅតែមានសុវត្ថិភាព។</translation>
        </message>
        <message>
            <source>This file is damaged or is not a GMS Desk database. Do not delete it: restore the database from a backup, or ask your support contact for help.</source>
            <translation>ឯកសារនេះខូច ឬមិនមែនជាមូលដ្ឋានទិន្នន័យ GMS Desk ទេ។ កុំលុបវា៖ សូមស្ដារមូលដ្ឋានទិន្នន័យពីច្បាប់បម្រុងទុក ឬសុំជំនួយពីអ្នកគាំទ្របច្ចេកទេសរបស់អ្នក។</translation>
        </message>
        <message>
            <source>The database file could not be read or written (a disk or network error). Check that the disk or USB drive is still connected, then try again.</source>
            <translation>មិនអាចអាន ឬសរសេរឯកសារមូលដ្ឋានទិន្នន័យបានទេ (បញ្ហាថាស ឬបណ្ដាញ)។ សូមពិនិត្យថាថាស ឬ USB នៅតែភ្ជាប់ រួចព្យាយាមម្ដងទៀត។</translation>
        </message>
        <message>
            <source>The copy of the database did not pass its check, so it was not kept: the database itself may be damaged. Restore the newest good backup (Settings, Backups), or ask your support contact for help.</source>
            <translation>ច្បាប់ចម្លងនៃមូលដ្ឋានទិន្នន័យមិនបានឆ្លងកាត់ការពិនិត្យ ដូច្នេះវាមិនត្រូវបានរក្សាទុកទេ៖ មូលដ្ឋានទិន្នន័យខ្លួនវាផ្ទាល់ប្រហែលជាខូច។ សូមស្ដារច្បាប់បម្រុងទុកល្អថ្មីបំផុត («ការកំណត់», «ច្បាប់បម្រុងទុក») ឬសុំជំនួយពីអ្នកគាំទ្របច្ចេកទេសរបស់អ្នក។</translation>
        </message>
        <message>
            <source>This file is not a GMS Desk backup, or it is damaged. Choose another backup.</source>
            <translation>ឯកសារនេះមិនមែនជាច្បាប់បម្រុងទុក GMS Desk ទេ ឬវាខូច។ សូមជ្រើសរើសច្បាប់បម្រុងទុកផ្សេង។</translation>
        </message>
        <message>
            <source>This backup is encrypted. Enter its passphrase.</source>
            <translation>ច្បាប់បម្រុងទុកនេះត្រូវបានអ៊ិនគ្រីប។ សូមបញ្ចូលឃ្លាសម្ងាត់របស់វា។</translation>
        </message>
        <message>
            <source>The passphrase is not the one this backup was encrypted with. Check it (capital letters count) and try again.</source>
            <translation>ឃ្លាសម្ងាត់នេះមិនមែនជាឃ្លាសម្ងាត់ដែលបានប្រើដើម្បីអ៊ិនគ្រីបច្បាប់បម្រុងទុកនេះទេ។ សូមពិនិត្យវា (អក្សរធំ និងអក្សរតូចខុសគ្នា) រួចព្យាយាមម្ដងទៀត។</translation>
        </message>
        <message>
            <source>This backup file was changed or cut short after it was made, so it cannot be trusted and was not used. Use another copy of it.</source>
            <translation>ឯកសារបម្រុងទុកនេះត្រូវបានកែប្រែ ឬកាត់ខ្លី បន្ទាប់ពីវាត្រូវបានបង្កើត ដូច្នេះវាមិនអាចទុកចិត្តបាន ហើយមិនត្រូវបានប្រើទេ។ សូមប្រើច្បាប់ចម្លងផ្សេងរបស់វា។</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>Edit event</source>
            <translation>កែសម្រួលព្រឹត្តិការណ៍</translation>
        </message>
        <message>
            <source>New event</source>
            <translation>ព្រឹត្តិការណ៍ថ្មី</translation>
        </message>
        <message>
            <source>Listeners, viewers or readers the media reached</source>
            <translation>អ្នកស្ដាប់ អ្នកមើល ឬអ្នកអាន ដែលប្រព័ន្ធផ្សព្វផ្សាយបានទៅដល់</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>ប្រភេទ(&amp;K)៖</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>ចំណងជើង(&amp;T)៖</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>ថ្ងៃដំបូង</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>ថ្ងៃចុងក្រោយ</translation>
        </message>
        <message>
            <source>&amp;Dates:</source>
            <translation>កាលបរិច្ឆេទ(&amp;D)៖</translation>
        </message>
        <message>
            <source>&amp;Economy:</source>
            <translation>ប្រទេស/តំបន់(&amp;E)៖</translation>
        </message>
        <message>
            <source>&amp;Province:</source>
            <translation>រាជធានី/ខេត្ត(&amp;P)៖</translation>
        </message>
        <message>
            <source>&amp;Venue:</source>
            <translation>ទីកន្លែង(&amp;V)៖</translation>
        </message>
        <message>
            <source>&amp;Organiser:</source>
            <translation>អ្នករៀបចំ(&amp;O)៖</translation>
        </message>
        <message>
            <source>Who came</source>
            <translation>អ្នកដែលបានចូលរួម</translation>
        </message>
        <message>
            <source>&amp;Women:</source>
            <translation>ស្ត្រី(&amp;W)៖</translation>
        </message>
        <message>
            <source>&amp;Men:</source>
            <translation>បុរស(&amp;M)៖</translation>
        </message>
        <message>
            <source>Ot&amp;her or not recorded:</source>
            <translation>ផ្សេងទៀត ឬមិនបានកត់ត្រា(&amp;H)៖</translation>
        </message>
        <message>
            <source>Or&amp;ganisations represented:</source>
            <translation>ចំនួនអង្គភាពដែលមានតំណាងចូលរួម(&amp;G)៖</translation>
        </message>
        <message>
            <source>Media &amp;reach:</source>
            <translation>ការទៅដល់តាមប្រព័ន្ធផ្សព្វផ្សាយ(&amp;R)៖</translation>
        </message>
        <message>
            <source>In all:</source>
            <translation>សរុប៖</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>កំណត់ចំណាំ(&amp;N)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>រក្សាទុក</translation>
        </message>
        <message>
            <source>Save (Enter or Ctrl+S)</source>
            <translation>រក្សាទុក (Enter ឬ Ctrl+S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>បោះបង់</translation>
        </message>
        <message>
            <source>SMEs reached</source>
            <translation>សហគ្រាសដែលបានទៅដល់</translation>
        </message>
        <message>
            <source>Type a name or phone, then Enter</source>
            <translation>វាយឈ្មោះ ឬលេខទូរស័ព្ទ រួចចុច Enter</translation>
        </message>
        <message>
            <source>Find an SME</source>
            <translation>ស្វែងរកសហគ្រាស</translation>
        </message>
        <message>
            <source>SMEs found</source>
            <translation>សហគ្រាសដែលបានរកឃើញ</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>ដកចេញ(&amp;M)</translation>
        </message>
        <message>
            <source>Remove the SME chosen (Del)</source>
            <translation>ដកសហគ្រាសដែលបានជ្រើសរើសចេញ (Del)</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>ស្វែងរក(&amp;F)៖</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n ថ្ងៃ</numerusform>
                <numerusform>%n ថ្ងៃ</numerusform>
            </translation>
        </message>
        <message>
            <source>(chosen)</source>
            <translation>(បានជ្រើសរើស)</translation>
        </message>
        <message numerus="yes">
            <source>%n SME(s) chosen</source>
            <translation>
                <numerusform>បានជ្រើសរើសសហគ្រាសចំនួន %n</numerusform>
                <numerusform>បានជ្រើសរើសសហគ្រាសចំនួន %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>បោះបង់ការផ្លាស់ប្ដូរ?</translation>
        </message>
        <message>
            <source>Discard your changes?</source>
            <translation>តើអ្នកចង់បោះបង់ការផ្លាស់ប្ដូរដែលអ្នកបានធ្វើមែនទេ?</translation>
        </message>
    </context>
    <context>
        <name>EventTableModel</name>
        <message>
            <source>Kind</source>
            <translation>ប្រភេទ</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>ព្រឹត្តិការណ៍</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>កាលបរិច្ឆេទ</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>ទីកន្លែង</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>ស្ត្រី</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>បុរស</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>ចំនួនអ្នកចូលរួម</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>ចំនួនអង្គភាព</translation>
        </message>
        <message>
            <source>Media reach</source>
            <translation>ការទៅដល់តាមប្រព័ន្ធផ្សព្វផ្សាយ</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>ស្ថាប័ន</translation>
        </message>
    </context>
    <context>
        <name>Events</name>
        <message>
            <source>Road show</source>
            <translation>ការផ្សព្វផ្សាយចល័ត</translation>
        </message>
        <message>
            <source>Media campaign</source>
            <translation>យុទ្ធនាការតាមប្រព័ន្ធផ្សព្វផ្សាយ</translation>
        </message>
        <message>
            <source>Launch</source>
            <translation>ពិធីដាក់ឲ្យដំណើរការ</translation>
        </message>
        <message>
            <source>Stakeholder consultation</source>
            <translation>កិច្ចពិគ្រោះយោបល់ជាមួយភាគីពាក់ព័ន្ធ</translation>
        </message>
        <message>
            <source>Seminar</source>
            <translation>សិក្ខាសាលាផ្សព្វផ្សាយ</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>ផ្សេងទៀត</translation>
        </message>
    </context>
    <context>
        <name>EventsView</name>
        <message>
            <source>New event</source>
            <translation>ព្រឹត្តិការណ៍ថ្មី</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>កែសម្រួល…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>លុប</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>ស្ដារ</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>នាំចេញ…</translation>
        </message>
        <message>
            <source>No awareness events yet. Press Ctrl+N to record a road show, media campaign, launch, consultation or seminar: who came, how many women and men, and the SMEs it reached.</source>
            <translation>មិនទាន់មានព្រឹត្តិការណ៍លើកកម្ពស់ការយល់ដឹងនៅឡើយទេ។ ចុច Ctrl+N ដើម្បីកត់ត្រាការផ្សព្វផ្សាយចល័ត យុទ្ធនាការតាមប្រព័ន្ធផ្សព្វផ្សាយ ពិធីដាក់ឲ្យដំណើរការ កិច្ចពិគ្រោះយោបល់ ឬសិក្ខាសាលាផ្សព្វផ្សាយ៖ អ្នកដែលបានចូលរួម ចំនួនស្ត្រី និងបុរស និងសហគ្រាសដែលព្រឹត្តិការណ៍នោះបានទៅដល់។</translation>
        </message>
        <message>
            <source>Search title, organiser, venue…</source>
            <translation>ស្វែងរកចំណងជើង អ្នករៀបចំ ទីកន្លែង…</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ប្រភេទ</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>គ្រប់ប្រភេទ</translation>
        </message>
        <message>
            <source>Deleted events</source>
            <translation>ព្រឹត្តិការណ៍ដែលបានលុប</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>ប្រទេស/តំបន់</translation>
        </message>
        <message>
            <source>Any economy</source>
            <translation>គ្រប់ប្រទេស/តំបន់</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>រាជធានី/ខេត្ត</translation>
        </message>
        <message>
            <source>Any province</source>
            <translation>គ្រប់រាជធានី/ខេត្ត</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>រយៈពេល</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>គ្រប់ពេល</translation>
        </message>
        <message>
            <source>From</source>
            <translation>ពីថ្ងៃ</translation>
        </message>
        <message>
            <source>To</source>
            <translation>ដល់ថ្ងៃ</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>ស្ថាប័ន</translation>
        </message>
        <message>
            <source>All agencies</source>
            <translation>គ្រប់ស្ថាប័ន</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>ត្រីមាសនេះ</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>ត្រីមាសមុន</translation>
        </message>
        <message>
            <source>Dates…</source>
            <translation>ជ្រើសកាលបរិច្ឆេទ…</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>ព្រឹត្តិការណ៍ចំនួន %n</numerusform>
                <numerusform>ព្រឹត្តិការណ៍ចំនួន %n</numerusform>
            </translation>
        </message>
        <message>
            <source>audience %1: %2 women, %3 men, %4 other or not recorded</source>
            <translation>អ្នកចូលរួម %1 នាក់៖ ស្ត្រី %2 បុរស %3 ផ្សេងទៀត ឬមិនបានកត់ត្រា %4</translation>
        </message>
        <message>
            <source>%1 organisations</source>
            <translation>អង្គភាព %1</translation>
        </message>
        <message>
            <source>media reach %1</source>
            <translation>ការទៅដល់តាមប្រព័ន្ធផ្សព្វផ្សាយ %1</translation>
        </message>
        <message>
            <source>Organiser: %1</source>
            <translation>អ្នករៀបចំ៖ %1</translation>
        </message>
        <message>
            <source>SMEs reached (%1): %2</source>
            <translation>សហគ្រាសដែលបានទៅដល់ (%1)៖ %2</translation>
        </message>
        <message>
            <source>add “%1”</source>
            <translation>បន្ថែម «%1»</translation>
        </message>
        <message>
            <source>edit “%1”</source>
            <translation>កែសម្រួល «%1»</translation>
        </message>
        <message>
            <source>“%1” saved. Undo with Ctrl+Z.</source>
            <translation>បានរក្សាទុក «%1»។ ចុច Ctrl+Z ដើម្បីមិនធ្វើវិញ។</translation>
        </message>
        <message>
            <source>delete “%1”</source>
            <translation>លុប «%1»</translation>
        </message>
        <message>
            <source>“%1” deleted. Undo with Ctrl+Z, or find it under “Deleted events”.</source>
            <translation>«%1» ត្រូវបានលុប។ ចុច Ctrl+Z ដើម្បីមិនធ្វើវិញ ឬរកវានៅក្នុង «ព្រឹត្តិការណ៍ដែលបានលុប»។</translation>
        </message>
        <message>
            <source>restore “%1”</source>
            <translation>ស្ដារ «%1»</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>ឯកសារ Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV file (*.csv)</source>
            <translation>ឯកសារ CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export events</source>
            <translation>នាំចេញទិន្នន័យព្រឹត្តិការណ៍</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n event(s) to %1.</source>
            <translation>
                <numerusform>បាននាំចេញព្រឹត្តិការណ៍ចំនួន %n ទៅ %1។</numerusform>
                <numerusform>បាននាំចេញព្រឹត្តិការណ៍ចំនួន %n ទៅ %1។</numerusform>
            </translation>
        </message>
        <message>
            <source>The export failed; no file was written.</source>
            <translation>ការនាំចេញបរាជ័យ។ គ្មានឯកសារណាត្រូវបានបង្កើតទេ។</translation>
        </message>
        <message>
            <source>Exporting events</source>
            <translation>កំពុងនាំចេញទិន្នន័យព្រឹត្តិការណ៍</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Choose a .csv or .xlsx file.</source>
            <translation>សូមជ្រើសរើសឯកសារ .csv ឬ .xlsx។</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <source>ICT level</source>
            <translation>កម្រិត ICT</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>កែប្រែចុងក្រោយ</translation>
        </message>
        <message>
            <source>Record id</source>
            <translation>លេខសម្គាល់កំណត់ត្រា</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>កែប្រែដោយ</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>លេខកូដ</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>វិស័យ</translation>
        </message>
        <message>
            <source>Business name</source>
            <translation>ឈ្មោះសហគ្រាស</translation>
        </message>
        <message>
            <source>Name in local script</source>
            <translation>ឈ្មោះជាភាសាក្នុងស្រុក</translation>
        </message>
        <message>
            <source>Registration number</source>
            <translation>លេខចុះបញ្ជី</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>ប្រទេស/តំបន់</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>រាជធានី/ខេត្ត</translation>
        </message>
        <message>
            <source>District</source>
            <translation>ក្រុង/ស្រុក/ខណ្ឌ</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>អាសយដ្ឋាន</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>ទូរស័ព្ទ</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>អ៊ីមែល</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>គេហទំព័រ</translation>
        </message>
        <message>
            <source>Owner or contact person</source>
            <translation>ម្ចាស់ ឬអ្នកទំនាក់ទំនង</translation>
        </message>
        <message>
            <source>Gender of contact</source>
            <translation>ភេទអ្នកទំនាក់ទំនង</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>ចំនួនបុគ្គលិក</translation>
        </message>
        <message>
            <source>Female employees</source>
            <translation>ចំនួនបុគ្គលិកស្រី</translation>
        </message>
        <message>
            <source>Year founded</source>
            <translation>ឆ្នាំបង្កើត</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>ទូរសារ</translation>
        </message>
        <message>
            <source>Fixed-line phone</source>
            <translation>ទូរស័ព្ទលើតុ</translation>
        </message>
        <message>
            <source>Mobile phone</source>
            <translation>ទូរស័ព្ទដៃ</translation>
        </message>
        <message>
            <source>Own website</source>
            <translation>គេហទំព័រផ្ទាល់ខ្លួន</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>បណ្ដាញសង្គម</translation>
        </message>
        <message>
            <source>E-marketplace</source>
            <translation>ទីផ្សារអនឡាញ</translation>
        </message>
        <message>
            <source>Online payment</source>
            <translation>ការទូទាត់តាមអនឡាញ</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>កំណត់ចំណាំ</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>កម្រិតវគ្គ</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>ចំណងជើង</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>ការពិពណ៌នា</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>លំដាប់</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>ម៉ូឌុល</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>ថ្ងៃដំបូង</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>ថ្ងៃចុងក្រោយ</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>ទីកន្លែង</translation>
        </message>
        <message>
            <source>Trainers</source>
            <translation>គ្រូបណ្ដុះបណ្ដាល</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>ដៃគូ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>ស្ថានភាព</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>សិក្ខាសាលា</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>ថ្ងៃ</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>ស្លាក</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ឈ្មោះ</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>ឈប់ប្រើ</translation>
        </message>
        <message>
            <source>Agency code</source>
            <translation>លេខកូដស្ថាប័ន</translation>
        </message>
        <message>
            <source>Agency name</source>
            <translation>ឈ្មោះស្ថាប័ន</translation>
        </message>
        <message>
            <source>Name in other languages</source>
            <translation>ឈ្មោះជាភាសាផ្សេងទៀត</translation>
        </message>
        <message>
            <source>Headquarters</source>
            <translation>ការិយាល័យកណ្ដាល</translation>
        </message>
        <message>
            <source>Provinces served</source>
            <translation>រាជធានី/ខេត្តដែលផ្ដល់សេវា</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>អ្នកទំនាក់ទំនង</translation>
        </message>
        <message>
            <source>Languages spoken</source>
            <translation>ភាសាដែលនិយាយបាន</translation>
        </message>
        <message>
            <source>E-business services offered</source>
            <translation>សេវាកម្មអាជីវកម្មអេឡិចត្រូនិកដែលផ្ដល់ជូន</translation>
        </message>
        <message>
            <source>E-procurement</source>
            <translation>លទ្ធកម្មអេឡិចត្រូនិក</translation>
        </message>
        <message>
            <source>Attendance for a certificate</source>
            <translation>វត្តមានសម្រាប់ទទួលវិញ្ញាបនបត្រ</translation>
        </message>
        <message>
            <source>Name in Latin letters</source>
            <translation>ឈ្មោះជាអក្សរឡាតាំង</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>ភេទ</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>តួនាទី</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>សហគ្រាស</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>បុគ្គល</translation>
        </message>
        <message>
            <source>Pre-test score</source>
            <translation>ពិន្ទុតេស្តមុនវគ្គ</translation>
        </message>
        <message>
            <source>Post-test score</source>
            <translation>ពិន្ទុតេស្តក្រោយវគ្គ</translation>
        </message>
        <message>
            <source>Certificate number</source>
            <translation>លេខវិញ្ញាបនបត្រ</translation>
        </message>
        <message>
            <source>Certificate issued on</source>
            <translation>ថ្ងៃចេញវិញ្ញាបនបត្រ</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>មានវត្តមាន</translation>
        </message>
        <message>
            <source>Marked on</source>
            <translation>កត់ត្រានៅ</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>ម៉ូឌុល</translation>
        </message>
        <message>
            <source>Date reached</source>
            <translation>ថ្ងៃសម្រេចបាន</translation>
        </message>
        <message>
            <source>Reverted by</source>
            <translation>ត្រូវបានលុបចោលដោយ</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>សេវាកម្ម</translation>
        </message>
        <message>
            <source>Delivered on</source>
            <translation>ថ្ងៃផ្ដល់សេវា</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>បុគ្គលិក</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>ថ្លៃសេវា</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>រូបិយប័ណ្ណ</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>លទ្ធផល</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>បានបង់ប្រាក់</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>ថ្ងៃទទួល</translation>
        </message>
        <message>
            <source>From country</source>
            <translation>មកពីប្រទេស</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>មធ្យោបាយ</translation>
        </message>
        <message>
            <source>Through service</source>
            <translation>តាមរយៈសេវាកម្ម</translation>
        </message>
        <message>
            <source>Through</source>
            <translation>តាមរយៈវត្តមានលើអ៊ីនធឺណិត</translation>
        </message>
        <message>
            <source>Order value</source>
            <translation>តម្លៃការបញ្ជាទិញ</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ប្រភេទ</translation>
        </message>
        <message>
            <source>Portal or marketplace</source>
            <translation>វិបផតថល ឬទីផ្សារអនឡាញ</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>តាំងពីថ្ងៃ</translation>
        </message>
        <message>
            <source>Products displayed</source>
            <translation>ចំនួនផលិតផលដែលដាក់បង្ហាញ</translation>
        </message>
        <message>
            <source>Set up by service</source>
            <translation>រៀបចំឡើងដោយសេវាកម្ម</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>កាលបរិច្ឆេទ</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>អ្នករៀបចំ</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>ស្ត្រី</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>បុរស</translation>
        </message>
        <message>
            <source>Other or not recorded</source>
            <translation>ផ្សេងទៀត ឬមិនបានកត់ត្រា</translation>
        </message>
        <message>
            <source>Organisations represented</source>
            <translation>ចំនួនអង្គភាពដែលមានតំណាងចូលរួម</translation>
        </message>
        <message>
            <source>Media reach</source>
            <translation>ការទៅដល់តាមប្រព័ន្ធផ្សព្វផ្សាយ</translation>
        </message>
        <message>
            <source>SMEs</source>
            <translation>សហគ្រាស</translation>
        </message>
        <message>
            <source>Form id</source>
            <translation>លេខសម្គាល់ទម្រង់</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>កំណែ</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ភាសា</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>សំណួរ</translation>
        </message>
        <message>
            <source>Title in other languages</source>
            <translation>ចំណងជើងជាភាសាផ្សេងទៀត</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>ផ្នែក</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>និយមន័យ</translation>
        </message>
        <message>
            <source>What it counts</source>
            <translation>អ្វីដែលត្រូវរាប់</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>សូចនាករ</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>វិសាលភាព</translation>
        </message>
        <message>
            <source>For</source>
            <translation>សម្រាប់</translation>
        </message>
        <message>
            <source>From</source>
            <translation>ពីថ្ងៃ</translation>
        </message>
        <message>
            <source>To</source>
            <translation>ដល់ថ្ងៃ</translation>
        </message>
        <message>
            <source>Target value</source>
            <translation>តម្លៃគោលដៅ</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>តម្លៃមូលដ្ឋាន</translation>
        </message>
        <message>
            <source>Baseline date</source>
            <translation>ថ្ងៃវាស់តម្លៃមូលដ្ឋាន</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>ទម្រង់</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>ចម្លើយ</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>ចាប់ផ្ដើមនៅ</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>បានដាក់ស្នើនៅ</translation>
        </message>
        <message>
            <source>Corrects</source>
            <translation>កែតម្រូវការឆ្លើយតប</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>ស្ថាប័ន</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>ប្រភេទកំណត់ត្រា</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>កំណត់ត្រា</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>ព័ត៌មាន</translation>
        </message>
        <message>
            <source>Kept value</source>
            <translation>តម្លៃដែលរក្សាទុក</translation>
        </message>
        <message>
            <source>Other value</source>
            <translation>តម្លៃផ្សេងទៀត</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>បានដោះស្រាយ</translation>
        </message>
        <message>
            <source>Audience in all</source>
            <translation>ចំនួនអ្នកចូលរួមសរុប</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <source>Making demo data…</source>
            <translation>កំពុងបង្កើតទិន្នន័យសាកល្បង…</translation>
        </message>
        <message>
            <source>The demo data could not be made, so GMS Desk opens your own data folder.</source>
            <translation>មិនអាចបង្កើតទិន្នន័យសាកល្បងបានទេ ដូច្នេះ GMS Desk នឹងបើកថតទិន្នន័យផ្ទាល់របស់អ្នក។</translation>
        </message>
        <message>
            <source>&amp;Demo</source>
            <translation>សាកល្បង(&amp;D)</translation>
        </message>
        <message>
            <source>Leave demo data…</source>
            <translation>ចាកចេញពីទិន្នន័យសាកល្បង…</translation>
        </message>
        <message>
            <source>Leave demo data</source>
            <translation>ចាកចេញពីទិន្នន័យសាកល្បង</translation>
        </message>
        <message>
            <source>Leave the demo data and open your own data? The demo data folder is deleted, with what you tried in it; nothing in it was ever sent to headquarters.</source>
            <translation>ចាកចេញពីទិន្នន័យសាកល្បង ហើយបើកទិន្នន័យផ្ទាល់របស់អ្នកឬ? ថតទិន្នន័យសាកល្បងនឹងត្រូវលុប រួមទាំងអ្វីដែលអ្នកបានសាកល្បងនៅក្នុងវា។ គ្មានអ្វីនៅក្នុងវាធ្លាប់ត្រូវបានផ្ញើទៅការិយាល័យកណ្ដាលទេ។</translation>
        </message>
        <message>
            <source>The password needs at least %n characters.</source>
            <translation>ពាក្យសម្ងាត់ត្រូវមានយ៉ាងហោចណាស់ %n តួអក្សរ។</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>ពាក្យសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Welcome to GMS Desk</source>
            <translation>សូមស្វាគមន៍មកកាន់ GMS Desk</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>ចាប់ផ្ដើម(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>FormRenderer</name>
        <message>
            <source>Form language:</source>
            <translation>ភាសាទម្រង់៖</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>បិទ</translation>
        </message>
        <message>
            <source>Close (keep draft)</source>
            <translation>បិទ (រក្សាសេចក្ដីព្រាង)</translation>
        </message>
        <message>
            <source>Everything entered so far is kept as a draft; resume it from the Drafts list.</source>
            <translation>អ្វីៗដែលបានបញ្ចូលរហូតមកដល់ពេលនេះ ត្រូវបានរក្សាទុកជាសេចក្ដីព្រាង។ អ្នកអាចបន្តវាពីបញ្ជី «សេចក្ដីព្រាង»។</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← ថយក្រោយ</translation>
        </message>
        <message>
            <source>Previous page (Page Up)</source>
            <translation>ទំព័រមុន (Page Up)</translation>
        </message>
        <message>
            <source>Next →</source>
            <translation>បន្ទាប់ →</translation>
        </message>
        <message>
            <source>Next page (Page Down or Ctrl+Enter)</source>
            <translation>ទំព័របន្ទាប់ (Page Down ឬ Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>បញ្ជូន</translation>
        </message>
        <message>
            <source>Check every answer and mark the response complete</source>
            <translation>ពិនិត្យចម្លើយទាំងអស់ ហើយកំណត់ថាការឆ្លើយតបនេះបានបំពេញរួចរាល់</translation>
        </message>
        <message>
            <source>This form has no questions.</source>
            <translation>ទម្រង់នេះគ្មានសំណួរទេ។</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>ទំព័រ %1/%2</translation>
        </message>
        <message>
            <source>Some answers on this page need attention (marked in red).</source>
            <translation>ចម្លើយខ្លះនៅទំព័រនេះត្រូវពិនិត្យឡើងវិញ (បានសម្គាល់ជាពណ៌ក្រហម)។</translation>
        </message>
        <message>
            <source>The draft could not be saved!</source>
            <translation>មិនអាចរក្សាទុកសេចក្ដីព្រាងបានទេ!</translation>
        </message>
        <message>
            <source>Draft saved at %1.</source>
            <translation>បានរក្សាទុកសេចក្ដីព្រាងនៅម៉ោង %1។</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) still need attention.</source>
            <translation>
                <numerusform>នៅមានចម្លើយ %n ដែលត្រូវពិនិត្យឡើងវិញ។</numerusform>
                <numerusform>នៅមានចម្លើយ %n ដែលត្រូវពិនិត្យឡើងវិញ។</numerusform>
            </translation>
        </message>
        <message>
            <source>Not submitted; the draft is kept.</source>
            <translation>មិនទាន់បានបញ្ជូនទេ។ សេចក្ដីព្រាងនៅរក្សាទុកដដែល។</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <source>The list '{dataset}' cannot be updated by GMS Desk: a form can update only the SME record. Write smes as the list_name.</source>
            <translation>GMS Desk មិនអាចធ្វើបច្ចុប្បន្នភាពបញ្ជី '{dataset}' បានទេ៖ ទម្រង់អាចធ្វើបច្ចុប្បន្នភាពបានតែកំណត់ត្រាសហគ្រាសប៉ុណ្ណោះ។ សូមសរសេរ smes ជា list_name។</translation>
        </message>
        <message>
            <source>The list '{dataset}' cannot be updated by GMS Desk: a form can update only the SME record (did you mean '{suggestion}'?).</source>
            <translation>GMS Desk មិនអាចធ្វើបច្ចុប្បន្នភាពបញ្ជី '{dataset}' បានទេ៖ ទម្រង់អាចធ្វើបច្ចុប្បន្នភាពបានតែកំណត់ត្រាសហគ្រាសប៉ុណ្ណោះ (តើអ្នកចង់សរសេរ '{suggestion}' មែនទេ?)។</translation>
        </message>
        <message>
            <source>save_to '{field}': the SME record has no such field. Write the name of an SME field, for example employees_total or website.</source>
            <translation>save_to '{field}'៖ កំណត់ត្រាសហគ្រាសគ្មានព័ត៌មាននេះទេ។ សូមសរសេរឈ្មោះព័ត៌មានមួយរបស់សហគ្រាស ឧទាហរណ៍ employees_total ឬ website។</translation>
        </message>
        <message>
            <source>save_to '{field}': the SME record has no such field (did you mean '{suggestion}'?).</source>
            <translation>save_to '{field}'៖ កំណត់ត្រាសហគ្រាសគ្មានព័ត៌មាននេះទេ (តើអ្នកចង់សរសេរ '{suggestion}' មែនទេ?)។</translation>
        </message>
        <message>
            <source>save_to '{field}': GMS Desk keeps this field of the SME record itself; a form may not write it. Remove the save_to.</source>
            <translation>save_to '{field}'៖ GMS Desk គ្រប់គ្រងព័ត៌មាននេះនៃកំណត់ត្រាសហគ្រាសដោយខ្លួនឯង ទម្រង់មិនអាចសរសេរវាបានទេ។ សូមលុប save_to នេះចេញ។</translation>
        </message>
        <message>
            <source>save_to '{field}': a {type} question cannot fill this SME field; a question of type {types} can. Change the question's type or its save_to.</source>
            <translation>save_to '{field}'៖ សំណួរប្រភេទ {type} មិនអាចបំពេញព័ត៌មាននេះរបស់សហគ្រាសបានទេ។ សំណួរប្រភេទ {types} អាចបំពេញបាន។ សូមប្ដូរប្រភេទសំណួរ ឬ save_to របស់វា។</translation>
        </message>
        <message>
            <source>save_to '{field}': this SME field is a yes/no flag, so the choices of list '{list}' must be named yes, no, 1, 0, true or false; these are not: {choices}.</source>
            <translation>save_to '{field}'៖ ព័ត៌មាននេះរបស់សហគ្រាសជាប្រភេទ បាទ/ទេ ដូច្នេះជម្រើសនៃបញ្ជី '{list}' ត្រូវមានឈ្មោះ yes, no, 1, 0, true ឬ false។ ជម្រើសទាំងនេះមិនត្រឹមត្រូវទេ៖ {choices}។</translation>
        </message>
        <message>
            <source>save_to '{field}': this SME field holds a number, so the choices of list '{list}' must be named with numbers; these are not: {choices}.</source>
            <translation>save_to '{field}'៖ ព័ត៌មាននេះរបស់សហគ្រាសផ្ទុកលេខ ដូច្នេះជម្រើសនៃបញ្ជី '{list}' ត្រូវមានឈ្មោះជាលេខ។ ជម្រើសទាំងនេះមិនមែនជាលេខទេ៖ {choices}។</translation>
        </message>
        <message>
            <source>save_to '{field}': the choices of list '{list}' must be named with the codes of this SME field ({codes}); these are not: {choices}.</source>
            <translation>save_to '{field}'៖ ជម្រើសនៃបញ្ជី '{list}' ត្រូវមានឈ្មោះជាលេខកូដនៃព័ត៌មាននេះរបស់សហគ្រាស ({codes})។ ជម្រើសទាំងនេះមិនត្រឹមត្រូវទេ៖ {choices}។</translation>
        </message>
        <message>
            <source>save_to '{field}': the question on row {other} already writes this SME field; only one question may.</source>
            <translation>save_to '{field}'៖ សំណួរនៅជួរដេកទី {other} សរសេរព័ត៌មាននេះរបស់សហគ្រាសរួចហើយ។ មានតែសំណួរមួយប៉ុណ្ណោះដែលអាចសរសេរវាបាន។</translation>
        </message>
        <message>
            <source>save_to '{field}': a question inside a repeat cannot update the SME record (a repeat has many answers, the SME one value). Move the question out of the repeat or remove its save_to.</source>
            <translation>save_to '{field}'៖ សំណួរនៅក្នុង repeat មិនអាចធ្វើបច្ចុប្បន្នភាពកំណត់ត្រាសហគ្រាសបានទេ (repeat មានចម្លើយច្រើន ប៉ុន្តែសហគ្រាសមានតម្លៃតែមួយ)។ សូមផ្លាស់សំណួរចេញពី repeat ឬលុប save_to របស់វា។</translation>
        </message>
        <message>
            <source>entity_id is not read: a response updates the SME it is linked to when it is started.</source>
            <translation>entity_id មិនត្រូវបានអានទេ៖ ការឆ្លើយតបធ្វើបច្ចុប្បន្នភាពសហគ្រាសដែលវាត្រូវបានភ្ជាប់ នៅពេលចាប់ផ្ដើម។</translation>
        </message>
        <message>
            <source>create_if is ignored: GMS Desk does not create SMEs from a form; only the SME a response is linked to is updated.</source>
            <translation>create_if ត្រូវបានរំលង៖ GMS Desk មិនបង្កើតសហគ្រាសពីទម្រង់ទេ។ មានតែសហគ្រាសដែលការឆ្លើយតបភ្ជាប់ទៅប៉ុណ្ណោះ ដែលត្រូវធ្វើបច្ចុប្បន្នភាព។</translation>
        </message>
        <message>
            <source>update_if '{source}': {error}</source>
            <translation>update_if '{source}'៖ {error}</translation>
        </message>
        <message>
            <source>these questions depend on each other in a circle: {names}; break the circle in relevant/calculation</source>
            <translation>សំណួរទាំងនេះពឹងផ្អែកលើគ្នាទៅវិញទៅមកជារង្វង់៖ {names}។ សូមផ្ដាច់រង្វង់នេះនៅក្នុង relevant/calculation</translation>
        </message>
        <message>
            <source>unexpected character {character} at position {position}</source>
            <translation>តួអក្សរ {character} មិនត្រូវបានរំពឹងទុកនៅទីតាំង {position}</translation>
        </message>
        <message>
            <source>{reference} is not a valid reference to a question</source>
            <translation>{reference} មិនមែនជាការយោងត្រឹមត្រូវទៅកាន់សំណួរទេ</translation>
        </message>
        <message>
            <source>expected {expected} but found the end at position {position}</source>
            <translation>រំពឹងថាមាន {expected} ប៉ុន្តែបានដល់ចុងបញ្ចប់នៅទីតាំង {position}</translation>
        </message>
        <message>
            <source>expected {expected} but found {found} at position {position}</source>
            <translation>រំពឹងថាមាន {expected} ប៉ុន្តែឃើញ {found} នៅទីតាំង {position}</translation>
        </message>
        <message>
            <source>the expression is empty</source>
            <translation>កន្សោមនេះទទេ</translation>
        </message>
        <message>
            <source>the expression ends too early</source>
            <translation>កន្សោមនេះបញ្ចប់មុនពេល</translation>
        </message>
        <message>
            <source>a path after {reference} is not supported</source>
            <translation>មិនគាំទ្រផ្លូវ (path) បន្ទាប់ពី {reference} ទេ</translation>
        </message>
        <message>
            <source>an empty predicate '[]' at position {position}</source>
            <translation>predicate ទទេ '[]' នៅទីតាំង {position}</translation>
        </message>
        <message>
            <source>attributes ('@') are not supported</source>
            <translation>មិនគាំទ្រ attribute ('@') ទេ</translation>
        </message>
        <message>
            <source>wildcards ('*') in paths are not supported</source>
            <translation>មិនគាំទ្រ wildcard ('*') នៅក្នុងផ្លូវ (path) ទេ</translation>
        </message>
        <message>
            <source>the path ends with '/'</source>
            <translation>ផ្លូវ (path) បញ្ចប់ដោយ '/'</translation>
        </message>
        <message>
            <source>a path cannot contain {token} (position {position})</source>
            <translation>ផ្លូវ (path) មិនអាចមាន {token} បានទេ (ទីតាំង {position})</translation>
        </message>
        <message>
            <source>search() is an appearance of a select question (its choices from a CSV file), not a function for calculations</source>
            <translation>search() គឺជា appearance នៃសំណួរជ្រើសរើស (ដែលយកជម្រើសពីឯកសារ CSV) មិនមែនជាអនុគមន៍សម្រាប់គណនាទេ</translation>
        </message>
        <message>
            <source>unexpected {token} at position {position}</source>
            <translation>{token} មិនត្រូវបានរំពឹងទុកនៅទីតាំង {position}</translation>
        </message>
        <message>
            <source>'//' paths are not supported</source>
            <translation>មិនគាំទ្រផ្លូវ (path) '//' ទេ</translation>
        </message>
        <message>
            <source>predicates ('[...]') on the form's own questions are not supported; use indexed-repeat()</source>
            <translation>មិនគាំទ្រ predicate ('[...]') លើសំណួររបស់ទម្រង់ខ្លួនឯងទេ។ សូមប្រើ indexed-repeat()</translation>
        </message>
        <message>
            <source>{function}() takes no arguments</source>
            <translation>{function}() មិនទទួល argument ទេ</translation>
        </message>
        <message numerus="yes">
            <source>{function}() takes %n argument(s), not {given}</source>
            <translation>
                <numerusform>{function}() ទទួល argument ចំនួន %n មិនមែន {given} ទេ</numerusform>
                <numerusform>{function}() ទទួល argument ចំនួន %n មិនមែន {given} ទេ</numerusform>
            </translation>
        </message>
        <message>
            <source>there is no question named '{name}'</source>
            <translation>គ្មានសំណួរដែលមានឈ្មោះ '{name}' ទេ</translation>
        </message>
        <message>
            <source>'{path}' is not understood: refer to a question as {reference}</source>
            <translation>មិនយល់ '{path}' ទេ៖ សូមយោងទៅសំណួរជា {reference}</translation>
        </message>
        <message>
            <source>'{path}' is not a column of the choices</source>
            <translation>'{path}' មិនមែនជាជួរឈរនៃជម្រើសទេ</translation>
        </message>
        <message>
            <source>instance() takes the name of a secondary instance in quotes, e.g. instance('fruits')</source>
            <translation>instance() ទទួលឈ្មោះនៃ secondary instance ក្នុងសញ្ញាសម្រង់ ឧ. instance('fruits')</translation>
        </message>
        <message>
            <source>instance('{name}') names no file attached to the form and no list of the choices sheet: attach {name}.csv or {name}.xml (declared by a select_one_from_file, csv-external or xml-external row) or use a choice list</source>
            <translation>instance('{name}') មិនសំដៅលើឯកសារដែលភ្ជាប់ជាមួយទម្រង់ ឬបញ្ជីណាមួយនៃសន្លឹក choices ទេ៖ សូមភ្ជាប់ {name}.csv ឬ {name}.xml (ដែលប្រកាសដោយជួរដេក select_one_from_file, csv-external ឬ xml-external) ឬប្រើបញ្ជីជម្រើស</translation>
        </message>
        <message>
            <source>predicates ('[...]') and paths after the form's own questions are not supported; use indexed-repeat()</source>
            <translation>មិនគាំទ្រ predicate ('[...]') និងផ្លូវ (path) បន្ទាប់ពីសំណួររបស់ទម្រង់ខ្លួនឯងទេ។ សូមប្រើ indexed-repeat()</translation>
        </message>
        <message>
            <source>the function {function}() is not known</source>
            <translation>មិនស្គាល់អនុគមន៍ {function}() ទេ</translation>
        </message>
        <message numerus="yes">
            <source>{function}() takes %n or more argument(s), not {given}</source>
            <translation>
                <numerusform>{function}() ទទួល argument ចាប់ពី %n ឡើងទៅ មិនមែន {given} ទេ</numerusform>
                <numerusform>{function}() ទទួល argument ចាប់ពី %n ឡើងទៅ មិនមែន {given} ទេ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{function}() takes {low} to %n argument(s), not {given}</source>
            <translation>
                <numerusform>{function}() ទទួល argument ពី {low} ដល់ %n មិនមែន {given} ទេ</numerusform>
                <numerusform>{function}() ទទួល argument ពី {low} ដល់ %n មិនមែន {given} ទេ</numerusform>
            </translation>
        </message>
        <message>
            <source>weighted-checklist() takes a minimum, a maximum, then pairs of a value and its weight</source>
            <translation>weighted-checklist() ទទួលតម្លៃអប្បបរមា តម្លៃអតិបរមា បន្ទាប់មកគូនៃតម្លៃ និងទម្ងន់របស់វា</translation>
        </message>
        <message>
            <source>digest(): unknown algorithm '{algorithm}'; use one of {algorithms}</source>
            <translation>digest()៖ មិនស្គាល់ algorithm '{algorithm}' ទេ។ សូមប្រើមួយក្នុងចំណោម {algorithms}</translation>
        </message>
        <message>
            <source>digest(): unknown encoding '{encoding}'; use 'base64' or 'hex'</source>
            <translation>digest()៖ មិនស្គាល់ encoding '{encoding}' ទេ។ សូមប្រើ 'base64' ឬ 'hex'</translation>
        </message>
        <message>
            <source>jr:itext() takes one text id in quotes, such as jr:itext('/data/q:label'); for the label of an answer write {example}</source>
            <translation>jr:itext() ទទួល text id មួយក្នុងសញ្ញាសម្រង់ ដូចជា jr:itext('/data/q:label')។ សម្រាប់ស្លាកនៃចម្លើយ សូមសរសេរ {example}</translation>
        </message>
        <message>
            <source>jr:itext('{id}') names no text of the form: use an id such as '/data/q:label' or 'list_name-0', or for the label of an answer write {example}</source>
            <translation>jr:itext('{id}') មិនសំដៅលើអត្ថបទណាមួយនៃទម្រង់ទេ៖ សូមប្រើ id ដូចជា '/data/q:label' ឬ 'list_name-0' ឬសម្រាប់ស្លាកនៃចម្លើយ សូមសរសេរ {example}</translation>
        </message>
        <message>
            <source>jr:choice-name() needs the question as its second argument, e.g. {example}</source>
            <translation>jr:choice-name() ត្រូវការសំណួរជា argument ទីពីររបស់វា ឧ. {example}</translation>
        </message>
        <message>
            <source>jr:choice-name(): '{name}' is not a select question</source>
            <translation>jr:choice-name()៖ '{name}' មិនមែនជាសំណួរជ្រើសរើសទេ</translation>
        </message>
        <message>
            <source>indexed-repeat() takes a ${question} inside a repeat, then a ${repeat} and a position (and more pairs for repeats inside repeats)</source>
            <translation>indexed-repeat() ទទួល ${question} មួយនៅក្នុង repeat បន្ទាប់មក ${repeat} មួយ និងទីតាំងមួយ (និងគូបន្ថែមទៀតសម្រាប់ repeat នៅក្នុង repeat)</translation>
        </message>
        <message>
            <source>indexed-repeat(): '{repeat}' is not a repeat around '{name}'</source>
            <translation>indexed-repeat()៖ '{repeat}' មិនមែនជា repeat ដែលព័ទ្ធជុំវិញ '{name}' ទេ</translation>
        </message>
        <message>
            <source>position() takes at most one argument</source>
            <translation>position() ទទួល argument យ៉ាងច្រើនមួយប៉ុណ្ណោះ</translation>
        </message>
        <message>
            <source>pulldata() takes 4 arguments: the file's name (without .csv), the column to read, the column to match and the value to find</source>
            <translation>pulldata() ទទួល argument 4៖ ឈ្មោះឯកសារ (គ្មាន .csv) ជួរឈរដែលត្រូវអាន ជួរឈរដែលត្រូវផ្គូផ្គង និងតម្លៃដែលត្រូវរក</translation>
        </message>
        <message>
            <source>pulldata(): name the file in quotes, e.g. pulldata('fruits', 'price', 'name', ${fruit})</source>
            <translation>pulldata()៖ សូមដាក់ឈ្មោះឯកសារក្នុងសញ្ញាសម្រង់ ឧ. pulldata('fruits', 'price', 'name', ${fruit})</translation>
        </message>
        <message>
            <source>pulldata() reads '{file}', which is not attached to the form</source>
            <translation>pulldata() អាន '{file}' ដែលមិនបានភ្ជាប់ជាមួយទម្រង់ទេ</translation>
        </message>
        <message>
            <source>pulldata(): '{file}' has no column '{column}' (its columns: {columns})</source>
            <translation>pulldata()៖ '{file}' គ្មានជួរឈរ '{column}' ទេ (ជួរឈររបស់វា៖ {columns})</translation>
        </message>
        <message>
            <source>the file '{file}' ({why}) could not be read: {error}</source>
            <translation>មិនអាចអានឯកសារ '{file}' ({why}) បានទេ៖ {error}</translation>
        </message>
        <message>
            <source>the form needs the file '{file}' ({why}), but it is not attached: put it in {where} and import the form again</source>
            <translation>ទម្រង់ត្រូវការឯកសារ '{file}' ({why}) ប៉ុន្តែវាមិនបានភ្ជាប់ទេ៖ សូមដាក់វានៅក្នុង {where} ហើយនាំចូលទម្រង់ម្ដងទៀត</translation>
        </message>
        <message>
            <source>'{file}' is not UTF-8 text: save it as "CSV UTF-8" (or as UTF-8) and import the form again</source>
            <translation>'{file}' មិនមែនជាអត្ថបទ UTF-8 ទេ៖ សូមរក្សាទុកវាជា "CSV UTF-8" (ឬជា UTF-8) ហើយនាំចូលទម្រង់ម្ដងទៀត</translation>
        </message>
        <message>
            <source>the files attached to the form take {size}; a form version travels with its files, which may take at most {limit} together: make the images smaller</source>
            <translation>ឯកសារដែលភ្ជាប់ជាមួយទម្រង់មានទំហំ {size}។ កំណែទម្រង់មួយត្រូវបញ្ជូនជាមួយឯកសាររបស់វា ដែលរួមគ្នាអាចមានទំហំយ៉ាងច្រើន {limit}៖ សូមធ្វើឲ្យរូបភាពតូចជាងនេះ</translation>
        </message>
        <message>
            <source>'{file}' is not a CSV file ODK can read: {error}</source>
            <translation>'{file}' មិនមែនជាឯកសារ CSV ដែល ODK អាចអានបានទេ៖ {error}</translation>
        </message>
        <message>
            <source>'{file}' has no header row: its first row must name the columns (for example name,label)</source>
            <translation>'{file}' គ្មានជួរដេកក្បាលតារាងទេ៖ ជួរដេកទីមួយរបស់វាត្រូវតែជាឈ្មោះជួរឈរ (ឧទាហរណ៍ name,label)</translation>
        </message>
        <message>
            <source>'{file}' has two columns named '{column}'</source>
            <translation>'{file}' មានជួរឈរពីរដែលមានឈ្មោះ '{column}'</translation>
        </message>
        <message>
            <source>'{file}' declares a DOCTYPE or entities, which ODK does not read</source>
            <translation>'{file}' ប្រកាស DOCTYPE ឬ entity ដែល ODK មិនអាន</translation>
        </message>
        <message>
            <source>'{file}' is not well-formed XML: {error}</source>
            <translation>'{file}' មិនមែនជា XML ដែលមានទម្រង់ត្រឹមត្រូវទេ៖ {error}</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>មិនមែនជាលេខទេ</translation>
        </message>
        <message>
            <source>a position needs a longitude and a latitude</source>
            <translation>ទីតាំងមួយត្រូវការរយៈបណ្ដោយ និងរយៈទទឹង</translation>
        </message>
        <message>
            <source>a feature needs a geometry</source>
            <translation>feature មួយត្រូវការ geometry</translation>
        </message>
        <message>
            <source>geometry type {type} is not one ODK reads (Point, LineString, Polygon)</source>
            <translation>ប្រភេទ geometry {type} មិនមែនជាប្រភេទដែល ODK អានទេ (Point, LineString, Polygon)</translation>
        </message>
        <message>
            <source>'{file}' is not valid JSON: {error}</source>
            <translation>'{file}' មិនមែនជា JSON ត្រឹមត្រូវទេ៖ {error}</translation>
        </message>
        <message>
            <source>'{file}' is not a GeoJSON FeatureCollection</source>
            <translation>'{file}' មិនមែនជា GeoJSON FeatureCollection ទេ</translation>
        </message>
        <message>
            <source>'{file}': feature {number} is not an object</source>
            <translation>'{file}'៖ feature ទី {number} មិនមែនជា object ទេ</translation>
        </message>
        <message>
            <source>'{file}': feature {number}: {error}</source>
            <translation>'{file}'៖ feature ទី {number}៖ {error}</translation>
        </message>
        <message>
            <source>'{file}' is not a data file ODK reads (CSV, XML or GeoJSON)</source>
            <translation>'{file}' មិនមែនជាឯកសារទិន្នន័យដែល ODK អានទេ (CSV, XML ឬ GeoJSON)</translation>
        </message>
        <message>
            <source>the audit log of ODK Collect is not recorded by GMS Desk</source>
            <translation>GMS Desk មិនកត់ត្រា audit log របស់ ODK Collect ទេ</translation>
        </message>
        <message>
            <source>metadata '{type}' ({name}) is ignored: {reason}</source>
            <translation>metadata '{type}' ({name}) ត្រូវបានរំលង៖ {reason}</translation>
        </message>
        <message>
            <source>{column} '{source}': {error}</source>
            <translation>{column} '{source}'៖ {error}</translation>
        </message>
        <message>
            <source>type '{type}' takes its choices from the answers to a question inside a repeat, but '{name}' is not a question inside a repeat</source>
            <translation>ប្រភេទ '{type}' យកជម្រើសពីចម្លើយនៃសំណួរនៅក្នុង repeat ប៉ុន្តែ '{name}' មិនមែនជាសំណួរនៅក្នុង repeat ទេ</translation>
        </message>
        <message>
            <source>type '{type}' takes its choices from the answers to a question inside a repeat, but '{name}' is not a question of the form</source>
            <translation>ប្រភេទ '{type}' យកជម្រើសពីចម្លើយនៃសំណួរនៅក្នុង repeat ប៉ុន្តែ '{name}' មិនមែនជាសំណួររបស់ទម្រង់ទេ</translation>
        </message>
        <message>
            <source>the name '{name}' is used more than once; GMS Desk needs every question and group name to be unique in its group</source>
            <translation>ឈ្មោះ '{name}' ត្រូវបានប្រើច្រើនជាងម្ដង។ GMS Desk តម្រូវឲ្យឈ្មោះសំណួរ និងក្រុមនីមួយៗមិនជាន់គ្នានៅក្នុងក្រុមរបស់វា</translation>
        </message>
        <message>
            <source>the file '{file}' is not attached to the form</source>
            <translation>ឯកសារ '{file}' មិនបានភ្ជាប់ជាមួយទម្រង់ទេ</translation>
        </message>
        <message>
            <source>type '{type}' ({name}) is not supported by GMS Desk; supported types: {types}, groups and repeats. Remove the row or change its type</source>
            <translation>GMS Desk មិនគាំទ្រប្រភេទ '{type}' ({name}) ទេ។ ប្រភេទដែលគាំទ្រ៖ {types}, group និង repeat។ សូមលុបជួរដេកនេះ ឬប្ដូរប្រភេទរបស់វា</translation>
        </message>
        <message>
            <source>the loop's %(name)s or %(label)s could not be filled in for '{choice}': {error}</source>
            <translation>មិនអាចបំពេញ %(name)s ឬ %(label)s នៃ loop សម្រាប់ '{choice}' បានទេ៖ {error}</translation>
        </message>
        <message>
            <source>the list '{list}' is not on the external_choices sheet</source>
            <translation>បញ្ជី '{list}' មិនមាននៅលើសន្លឹក external_choices ទេ</translation>
        </message>
        <message>
            <source>the choice list '{list}' is not on the choices sheet</source>
            <translation>បញ្ជីជម្រើស '{list}' មិនមាននៅលើសន្លឹក choices ទេ</translation>
        </message>
        <message>
            <source>'{file}' has no column '{column}' for the choices' values (its columns: {columns})</source>
            <translation>'{file}' គ្មានជួរឈរ '{column}' សម្រាប់តម្លៃនៃជម្រើសទេ (ជួរឈររបស់វា៖ {columns})</translation>
        </message>
        <message>
            <source>search() takes the CSV file's name in quotes, then optionally 'contains', 'startswith', 'endswith' or 'matches', a column and the text to find</source>
            <translation>search() ទទួលឈ្មោះឯកសារ CSV ក្នុងសញ្ញាសម្រង់ បន្ទាប់មក (ប្រសិនបើចង់) 'contains', 'startswith', 'endswith' ឬ 'matches' ជួរឈរមួយ និងអត្ថបទដែលត្រូវរក</translation>
        </message>
        <message>
            <source>search() needs a row on the choices sheet naming the file's value column (name) and label column (label)</source>
            <translation>search() ត្រូវការជួរដេកមួយនៅលើសន្លឹក choices ដែលបញ្ជាក់ជួរឈរតម្លៃ (name) និងជួរឈរស្លាក (label) នៃឯកសារ</translation>
        </message>
        <message>
            <source>search(): name the column in quotes and search for text in quotes, a number or a ${question}</source>
            <translation>search()៖ សូមដាក់ឈ្មោះជួរឈរក្នុងសញ្ញាសម្រង់ ហើយស្វែងរកអត្ថបទក្នុងសញ្ញាសម្រង់ លេខ ឬ ${question}</translation>
        </message>
        <message>
            <source>range parameter {parameter}='{value}' is not a number</source>
            <translation>ប៉ារ៉ាម៉ែត្រ range {parameter}='{value}' មិនមែនជាលេខទេ</translation>
        </message>
        <message>
            <source>range parameter step must be greater than 0</source>
            <translation>ប៉ារ៉ាម៉ែត្រ range step ត្រូវតែធំជាង 0</translation>
        </message>
        <message>
            <source>repeat_count '{source}' reads a question inside the repeat it counts; count from a question before it</source>
            <translation>repeat_count '{source}' អានសំណួរនៅក្នុង repeat ដែលវារាប់។ សូមរាប់ពីសំណួរមួយដែលនៅមុនវា</translation>
        </message>
        <message>
            <source>choice_filter only applies to select questions; it is ignored</source>
            <translation>choice_filter អនុវត្តបានតែចំពោះសំណួរជ្រើសរើសប៉ុណ្ណោះ។ វាត្រូវបានរំលង</translation>
        </message>
        <message>
            <source>the label refers to {reference}, but there is no question named '{name}'</source>
            <translation>ស្លាកយោងទៅ {reference} ប៉ុន្តែគ្មានសំណួរដែលមានឈ្មោះ '{name}' ទេ</translation>
        </message>
        <message>
            <source>the form definition is damaged: {error}</source>
            <translation>និយមន័យទម្រង់បានខូច៖ {error}</translation>
        </message>
        <message>
            <source>guidance hints are not shown by GMS Desk</source>
            <translation>GMS Desk មិនបង្ហាញ guidance hint ទេ</translation>
        </message>
        <message>
            <source>trigger (recalculate when another question changes) is not supported</source>
            <translation>មិនគាំទ្រ trigger (គណនាឡើងវិញនៅពេលសំណួរផ្សេងទៀតផ្លាស់ប្ដូរ) ទេ</translation>
        </message>
        <message>
            <source>instance attributes are not supported</source>
            <translation>មិនគាំទ្រ instance attribute ទេ</translation>
        </message>
        <message>
            <source>GMS Desk does not use it</source>
            <translation>GMS Desk មិនប្រើវាទេ</translation>
        </message>
        <message>
            <source>column '{column}' is ignored: {reason}</source>
            <translation>ជួរឈរ '{column}' ត្រូវបានរំលង៖ {reason}</translation>
        </message>
        <message>
            <source>pyxform, the XLSForm reader ODK uses, says: {message}</source>
            <translation>pyxform ដែលជាកម្មវិធីអាន XLSForm ដែល ODK ប្រើ និយាយថា៖ {message}</translation>
        </message>
        <message>
            <source>type '{type}' is not an XLSForm question type</source>
            <translation>ប្រភេទ '{type}' មិនមែនជាប្រភេទសំណួរ XLSForm ទេ</translation>
        </message>
        <message>
            <source>the {column} on the {sheet} sheet is not a valid name: a name begins with a letter or an underscore, followed by letters, digits, underscores, hyphens or periods</source>
            <translation>{column} នៅលើសន្លឹក {sheet} មិនមែនជាឈ្មោះត្រឹមត្រូវទេ៖ ឈ្មោះត្រូវចាប់ផ្ដើមដោយអក្សរ ឬសញ្ញា underscore (_) បន្តដោយអក្សរ លេខ underscore សញ្ញាដក (-) ឬចំណុច (.)</translation>
        </message>
        <message>
            <source>a choice list names the same choice twice: give each choice of a list its own name, or set allow_choice_duplicates to yes on the settings sheet</source>
            <translation>បញ្ជីជម្រើសមួយមានឈ្មោះជម្រើសដដែលពីរដង៖ សូមដាក់ឈ្មោះផ្សេងគ្នាឲ្យជម្រើសនីមួយៗនៃបញ្ជី ឬកំណត់ allow_choice_duplicates ជា yes នៅលើសន្លឹក settings</translation>
        </message>
        <message>
            <source>the choice has no name: fill in its name column</source>
            <translation>ជម្រើសនេះគ្មានឈ្មោះទេ៖ សូមបំពេញជួរឈរ name របស់វា</translation>
        </message>
        <message>
            <source>the {column} refers to '{name}', which is not a name on the survey sheet</source>
            <translation>{column} យោងទៅ '{name}' ដែលមិនមែនជាឈ្មោះនៅលើសន្លឹក survey ទេ</translation>
        </message>
        <message>
            <source>the {column} refers to '{name}', a name used more than once on the survey sheet: a name referred to must be used only once</source>
            <translation>{column} យោងទៅ '{name}' ដែលជាឈ្មោះប្រើច្រើនជាងម្ដងនៅលើសន្លឹក survey៖ ឈ្មោះដែលត្រូវបានយោង ត្រូវប្រើតែម្ដងប៉ុណ្ណោះ</translation>
        </message>
        <message>
            <source>'begin {type}' {name} has no 'end {type}' after it</source>
            <translation>'begin {type}' {name} គ្មាន 'end {type}' នៅបន្ទាប់ទេ</translation>
        </message>
        <message>
            <source>'end {type}' {name} has no 'begin {type}' before it</source>
            <translation>'end {type}' {name} គ្មាន 'begin {type}' នៅពីមុនទេ</translation>
        </message>
        <message>
            <source>the question or group has no name: fill in its name column</source>
            <translation>សំណួរ ឬក្រុមនេះគ្មានឈ្មោះទេ៖ សូមបំពេញជួរឈរ name របស់វា</translation>
        </message>
        <message>
            <source>the workbook has no sheet named 'survey'</source>
            <translation>ឯកសារ Excel គ្មានសន្លឹកដែលមានឈ្មោះ 'survey' ទេ</translation>
        </message>
        <message>
            <source>the column '{column}' is in the header row twice</source>
            <translation>ជួរឈរ '{column}' មានពីរដងនៅក្នុងជួរដេកក្បាលតារាង</translation>
        </message>
        <message>
            <source>omit_instanceID cannot be used with encryption (public_key): encrypted forms need the instanceID</source>
            <translation>មិនអាចប្រើ omit_instanceID ជាមួយការអ៊ិនគ្រីប (public_key) បានទេ៖ ទម្រង់ដែលបានអ៊ិនគ្រីបត្រូវការ instanceID</translation>
        </message>
        <message>
            <source>the language '{language}' has no text in these {sheet} columns: {columns}</source>
            <translation>ភាសា '{language}' គ្មានអត្ថបទនៅក្នុងជួរឈរ {sheet} ទាំងនេះទេ៖ {columns}</translation>
        </message>
        <message>
            <source>these languages have no valid language code: {languages}; write them as 'Khmer (km)'. Learn more: {link}</source>
            <translation>ភាសាទាំងនេះគ្មានលេខកូដភាសាត្រឹមត្រូវទេ៖ {languages}។ សូមសរសេរជា 'Khmer (km)'។ ស្វែងយល់បន្ថែម៖ {link}</translation>
        </message>
        <message>
            <source>add the parameter max-pixels (for example max-pixels=1024) to make photos smaller. Learn more: {link}</source>
            <translation>សូមបន្ថែមប៉ារ៉ាម៉ែត្រ max-pixels (ឧទាហរណ៍ max-pixels=1024) ដើម្បីធ្វើឲ្យរូបថតតូចជាងនេះ។ ស្វែងយល់បន្ថែម៖ {link}</translation>
        </message>
        <message>
            <source>'{name}' has neither a label nor a hint</source>
            <translation>'{name}' គ្មានទាំងស្លាក និងការណែនាំ (hint)</translation>
        </message>
        <message>
            <source>the file '{file}' was not found</source>
            <translation>រកមិនឃើញឯកសារ '{file}' ទេ</translation>
        </message>
        <message>
            <source>'{file}' is not an Excel workbook: save the XLSForm as .xlsx and import it again</source>
            <translation>'{file}' មិនមែនជាឯកសារ Excel ទេ៖ សូមរក្សាទុក XLSForm ជា .xlsx ហើយនាំចូលម្ដងទៀត</translation>
        </message>
        <message>
            <source>the file '{file}' could not be read: {error}</source>
            <translation>មិនអាចអានឯកសារ '{file}' បានទេ៖ {error}</translation>
        </message>
        <message>
            <source>the folder '{folder}'</source>
            <translation>ថត '{folder}'</translation>
        </message>
        <message>
            <source>the folder '{folder}' next to the form</source>
            <translation>ថត '{folder}' ដែលនៅជាប់នឹងទម្រង់</translation>
        </message>
        <message>
            <source>the files given with the form</source>
            <translation>ឯកសារដែលបានផ្ដល់មកជាមួយទម្រង់</translation>
        </message>
        <message>
            <source>the form could not be read: {error}</source>
            <translation>មិនអាចអានទម្រង់បានទេ៖ {error}</translation>
        </message>
        <message>
            <source>'select_multiple {name}' (several of the answers given in a repeat) cannot be read: pyxform does not read a select_multiple of a repeat's answers; use 'select_one {name}', or a list on the choices sheet</source>
            <translation>មិនអាចអាន 'select_multiple {name}' (ចម្លើយច្រើននៃចម្លើយដែលបានផ្ដល់នៅក្នុង repeat) បានទេ៖ pyxform មិនអាន select_multiple នៃចម្លើយរបស់ repeat ទេ។ សូមប្រើ 'select_one {name}' ឬបញ្ជីមួយនៅលើសន្លឹក choices</translation>
        </message>
        <message>
            <source>the file could not be read as an XLSForm workbook (.xlsx or .xls): {error}</source>
            <translation>មិនអាចអានឯកសារនេះជាឯកសារ Excel នៃ XLSForm (.xlsx ឬ .xls) បានទេ៖ {error}</translation>
        </message>
        <message>
            <source>the form has no questions to ask: add rows with a question type (text, integer, select_one ...) to the survey sheet</source>
            <translation>ទម្រង់នេះគ្មានសំណួរសម្រាប់សួរទេ៖ សូមបន្ថែមជួរដេកដែលមានប្រភេទសំណួរ (text, integer, select_one ...) ទៅសន្លឹក survey</translation>
        </message>
        <message>
            <source>{what} needs the choice list '{list}', but the workbook has no choices sheet</source>
            <translation>{what} ត្រូវការបញ្ជីជម្រើស '{list}' ប៉ុន្តែឯកសារ Excel គ្មានសន្លឹក choices ទេ</translation>
        </message>
        <message>
            <source>the choice list '{list}' is not on the choices sheet{suggestion}</source>
            <translation>បញ្ជីជម្រើស '{list}' មិនមាននៅលើសន្លឹក choices ទេ{suggestion}</translation>
        </message>
        <message>
            <source>type '{type}' is not supported by GMS Desk; use select_multiple instead</source>
            <translation>GMS Desk មិនគាំទ្រប្រភេទ '{type}' ទេ។ សូមប្រើ select_multiple ជំនួសវិញ</translation>
        </message>
        <message>
            <source>type '{type}'</source>
            <translation>ប្រភេទ '{type}'</translation>
        </message>
        <message>
            <source>type '{type}' is not supported by GMS Desk; supported types: {types}, metadata (start, end, today, deviceid, username), groups, repeats and loops. Remove the row or change its type</source>
            <translation>GMS Desk មិនគាំទ្រប្រភេទ '{type}' ទេ។ ប្រភេទដែលគាំទ្រ៖ {types}, metadata (start, end, today, deviceid, username), group, repeat និង loop។ សូមលុបជួរដេកនេះ ឬប្ដូរប្រភេទរបស់វា</translation>
        </message>
        <message>
            <source>type '{type}' is not an XLSForm question type{suggestion}</source>
            <translation>ប្រភេទ '{type}' មិនមែនជាប្រភេទសំណួរ XLSForm ទេ{suggestion}</translation>
        </message>
        <message>
            <source>the name '{name}' is already used on row {row} in the same group; a name may be used again only in another group</source>
            <translation>ឈ្មោះ '{name}' ត្រូវបានប្រើរួចហើយនៅជួរដេកទី {row} ក្នុងក្រុមដដែល។ ឈ្មោះមួយអាចប្រើម្ដងទៀតបានតែនៅក្នុងក្រុមផ្សេងប៉ុណ្ណោះ</translation>
        </message>
        <message>
            <source> (did you mean '{name}'?)</source>
            <translation> (តើអ្នកចង់សរសេរ '{name}' មែនទេ?)</translation>
        </message>
        <message>
            <source>appearance '{appearance}' is ignored on the desktop</source>
            <translation>appearance '{appearance}' ត្រូវបានរំលងនៅលើកុំព្យូទ័រ</translation>
        </message>
        <message>
            <source>parameters '{parameters}' are ignored for type '{type}'</source>
            <translation>ប៉ារ៉ាម៉ែត្រ '{parameters}' ត្រូវបានរំលងសម្រាប់ប្រភេទ '{type}'</translation>
        </message>
        <message>
            <source>media is not shown by GMS Desk</source>
            <translation>GMS Desk មិនបង្ហាញ media ទេ</translation>
        </message>
        <message>
            <source>setting '{setting}' is ignored: GMS Desk does not use it</source>
            <translation>ការកំណត់ '{setting}' ត្រូវបានរំលង៖ GMS Desk មិនប្រើវាទេ</translation>
        </message>
        <message>
            <source>no form_id: using '{id}' (from the file name); set form_id so re-imports of a renamed file are recognised as the same form</source>
            <translation>គ្មាន form_id៖ កំពុងប្រើ '{id}' (ពីឈ្មោះឯកសារ)។ សូមកំណត់ form_id ដើម្បីឲ្យការនាំចូលម្ដងទៀតនៃឯកសារដែលបានប្ដូរឈ្មោះ ត្រូវបានស្គាល់ថាជាទម្រង់ដដែល</translation>
        </message>
        <message>
            <source>no version: using '{version}' (from the form's content); set version so responses can be matched to the form they were collected with</source>
            <translation>គ្មាន version៖ កំពុងប្រើ '{version}' (ពីខ្លឹមសារនៃទម្រង់)។ សូមកំណត់ version ដើម្បីឲ្យការឆ្លើយតបអាចផ្គូផ្គងនឹងទម្រង់ដែលបានប្រើដើម្បីប្រមូលវា</translation>
        </message>
    </context>
    <context>
        <name>Gender</name>
        <message>
            <source>Female</source>
            <translation>ស្រី</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>ប្រុស</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>ផ្សេងទៀត</translation>
        </message>
    </context>
    <context>
        <name>GeoTraceWidget</name>
        <message>
            <source>One point a line: latitude longitude, for example 11.5564 104.9282</source>
            <translation>មួយបន្ទាត់មួយចំណុច៖ រយៈទទឹង រយៈបណ្ដោយ ឧទាហរណ៍ 11.5564 104.9282</translation>
        </message>
        <message>
            <source>Line %1 is not a point: write the latitude and the longitude, for example 11.5564 104.9282.</source>
            <translation>បន្ទាត់ទី %1 មិនមែនជាចំណុចទេ៖ សូមសរសេររយៈទទឹង និងរយៈបណ្ដោយ ឧទាហរណ៍ 11.5564 104.9282។</translation>
        </message>
        <message>
            <source>A shape needs at least three points.</source>
            <translation>រាងមួយត្រូវការយ៉ាងហោចណាស់បីចំណុច។</translation>
        </message>
        <message>
            <source>A line needs at least two points.</source>
            <translation>ខ្សែមួយត្រូវការយ៉ាងហោចណាស់ពីរចំណុច។</translation>
        </message>
        <message>
            <source>%1 points · %2 m²</source>
            <translation>%1 ចំណុច · %2 m²</translation>
        </message>
        <message>
            <source>%1 points · %2 m long</source>
            <translation>%1 ចំណុច · ប្រវែង %2 m</translation>
        </message>
    </context>
    <context>
        <name>GeopointWidget</name>
        <message>
            <source>Latitude</source>
            <translation>រយៈទទឹង</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>រយៈបណ្ដោយ</translation>
        </message>
        <message>
            <source>Altitude (m)</source>
            <translation>រយៈកម្ពស់ (m)</translation>
        </message>
        <message>
            <source>Accuracy (m)</source>
            <translation>ភាពត្រឹមត្រូវ (m)</translation>
        </message>
        <message>
            <source>Write the numbers as decimals, for example 11.5564.</source>
            <translation>សូមសរសេរលេខជាលេខទសភាគ ឧទាហរណ៍ 11.5564។</translation>
        </message>
        <message>
            <source>Give both the latitude and the longitude.</source>
            <translation>សូមបញ្ចូលទាំងរយៈទទឹង និងរយៈបណ្ដោយ។</translation>
        </message>
        <message>
            <source>The latitude is between -90 and 90 and the longitude between -180 and 180.</source>
            <translation>រយៈទទឹងត្រូវនៅចន្លោះ -90 និង 90 ហើយរយៈបណ្ដោយនៅចន្លោះ -180 និង 180។</translation>
        </message>
        <message>
            <source>The accuracy is a distance in metres: 0 or more.</source>
            <translation>ភាពត្រឹមត្រូវគឺជាចម្ងាយគិតជាម៉ែត្រ៖ ចាប់ពី 0 ឡើងទៅ។</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Find</source>
            <translation>ស្វែងរក</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>បោះពុម្ព</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>រក្សាទុក</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>ផ្ទុកឡើងវិញ</translation>
        </message>
        <message>
            <source>New</source>
            <translation>បង្កើតថ្មី</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>លុប</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ជំនួយ(&amp;H)</translation>
        </message>
        <message>
            <source>Keyboard shortcuts and guide</source>
            <translation>ផ្លូវកាត់ក្ដារចុច និងការណែនាំ</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>GMS Desk help</source>
            <translation>ជំនួយ GMS Desk</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>គ្រាប់ចុច</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>មុខងារ</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>ផ្នែក</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>គ្រប់ផ្នែក</translation>
        </message>
        <message>
            <source>The keys of the area you are in work there; those marked Everywhere work in every area.</source>
            <translation>គ្រាប់ចុចនៃផ្នែកដែលអ្នកកំពុងនៅ ដំណើរការក្នុងផ្នែកនោះ។ គ្រាប់ចុចដែលសម្គាល់ថា «គ្រប់ផ្នែក» ដំណើរការនៅគ្រប់ផ្នែក។</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>ផ្លូវកាត់ក្ដារចុច</translation>
        </message>
        <message>
            <source>Guide</source>
            <translation>ការណែនាំ</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>បិទ</translation>
        </message>
        <message>
            <source>GMS Desk keeps your agency's SMEs, workshops, surveys and reports on this computer. Everything works without a connection: what you change waits, and is sent to headquarters when you sync.</source>
            <translation>GMS Desk រក្សាទុកសហគ្រាស សិក្ខាសាលា ការស្ទង់មតិ និងរបាយការណ៍របស់ស្ថាប័នអ្នក នៅលើកុំព្យូទ័រនេះ។ អ្វីៗទាំងអស់ដំណើរការបាន ទោះគ្មានការតភ្ជាប់ក៏ដោយ៖ ការផ្លាស់ប្ដូររបស់អ្នកនឹងរង់ចាំ ហើយត្រូវបានផ្ញើទៅការិយាល័យកណ្ដាល នៅពេលអ្នកធ្វើសមកាលកម្ម។</translation>
        </message>
        <message>
            <source>&lt;b&gt;SMEs&lt;/b&gt;: register a business with New SME; GMS Desk tells you when it may be registered already. The services, training, online presence and inquiries of an SME are kept with it.</source>
            <translation>&lt;b&gt;សហគ្រាស&lt;/b&gt;៖ ចុះបញ្ជីអាជីវកម្មមួយដោយប្រើ «សហគ្រាសថ្មី»។ GMS Desk នឹងប្រាប់អ្នក ប្រសិនបើវាប្រហែលជាបានចុះបញ្ជីរួចហើយ។ សេវាកម្ម វគ្គបណ្ដុះបណ្ដាល វត្តមានលើអ៊ីនធឺណិត និងការសាកសួររបស់សហគ្រាស ត្រូវបានរក្សាទុកជាមួយសហគ្រាសនោះ។</translation>
        </message>
        <message>
            <source>&lt;b&gt;Training&lt;/b&gt;: plan a workshop, enrol its participants, mark attendance and progress, and print certificates. &lt;b&gt;Surveys&lt;/b&gt;: fill in a form for an SME; the answers are summed up for you. &lt;b&gt;Reports&lt;/b&gt;: the programme's figures for a period, to print or export.</source>
            <translation>&lt;b&gt;វគ្គបណ្ដុះបណ្ដាល&lt;/b&gt;៖ រៀបចំផែនការសិក្ខាសាលា ចុះឈ្មោះអ្នកចូលរួម កត់វត្តមាន និងវឌ្ឍនភាព ហើយបោះពុម្ពវិញ្ញាបនបត្រ។ &lt;b&gt;ការស្ទង់មតិ&lt;/b&gt;៖ បំពេញទម្រង់សម្រាប់សហគ្រាសមួយ ហើយចម្លើយនឹងត្រូវសង្ខេបជូនអ្នក។ &lt;b&gt;របាយការណ៍&lt;/b&gt;៖ តួលេខរបស់កម្មវិធីសម្រាប់រយៈពេលណាមួយ ដើម្បីបោះពុម្ព ឬនាំចេញ។</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sync&lt;/b&gt;: enrol this computer once with the code headquarters gave you. Changes are then sent and received whenever there is a connection; without one, a sync bundle on a USB stick does the same.</source>
            <translation>&lt;b&gt;សមកាលកម្ម&lt;/b&gt;៖ ចុះឈ្មោះកុំព្យូទ័រនេះម្ដង ដោយប្រើលេខកូដដែលការិយាល័យកណ្ដាលបានផ្ដល់ឲ្យអ្នក។ បន្ទាប់មក ការផ្លាស់ប្ដូរនឹងត្រូវផ្ញើ និងទទួល រាល់ពេលមានការតភ្ជាប់។ បើគ្មានការតភ្ជាប់ទេ កញ្ចប់សមកាលកម្មនៅលើ USB ក៏អាចធ្វើដូចគ្នាដែរ។</translation>
        </message>
        <message>
            <source>In a form, Ctrl+S saves, Esc closes it without saving, and Tab moves to the next field. Ctrl+Z takes back the last change. &lt;b&gt;Settings&lt;/b&gt; holds the language, the text size, your name and the administrator role.</source>
            <translation>ក្នុងទម្រង់មួយ Ctrl+S រក្សាទុក Esc បិទដោយមិនរក្សាទុក ហើយ Tab ទៅប្រអប់បន្ទាប់។ Ctrl+Z មិនធ្វើការផ្លាស់ប្ដូរចុងក្រោយវិញ។ &lt;b&gt;ការកំណត់&lt;/b&gt; មានភាសា ទំហំអក្សរ ឈ្មោះរបស់អ្នក និងតួនាទីអ្នកគ្រប់គ្រង។</translation>
        </message>
    </context>
    <context>
        <name>IctLevel</name>
        <message>
            <source>Traditional (fax, phone)</source>
            <translation>បែបប្រពៃណី (ទូរសារ ទូរស័ព្ទ)</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>អ៊ីមែល</translation>
        </message>
        <message>
            <source>Web presence</source>
            <translation>មានវត្តមានលើអ៊ីនធឺណិត</translation>
        </message>
        <message>
            <source>E-business</source>
            <translation>អាជីវកម្មអេឡិចត្រូនិក</translation>
        </message>
    </context>
    <context>
        <name>IctTimeline</name>
        <message>
            <source>ICT history</source>
            <translation>ប្រវត្តិ ICT</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>កាលបរិច្ឆេទ</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>អ្វីដែលបានផ្លាស់ប្ដូរ</translation>
        </message>
        <message>
            <source>By</source>
            <translation>ដោយ</translation>
        </message>
        <message>
            <source>No changes recorded yet.</source>
            <translation>មិនទាន់មានការផ្លាស់ប្ដូរដែលបានកត់ត្រានៅឡើយទេ។</translation>
        </message>
        <message>
            <source>%1 ICT level: %2</source>
            <translation>%1 កម្រិត ICT៖ %2</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>បានចុះបញ្ជីក្នុងប្រព័ន្ធ</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>ត្រូវបានលុប</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>ត្រូវបានស្ដារ</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1៖ %2</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>មាន</translation>
        </message>
        <message>
            <source>no</source>
            <translation>គ្មាន</translation>
        </message>
        <message>
            <source>now %1</source>
            <translation>ឥឡូវជា %1</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>ត្រូវបានលុប</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>ត្រូវបានស្ដារ</translation>
        </message>
        <message>
            <source>registered</source>
            <translation>បានចុះបញ្ជី</translation>
        </message>
        <message>
            <source>displaying products</source>
            <translation>កំពុងដាក់បង្ហាញផលិតផល</translation>
        </message>
        <message>
            <source>inactive</source>
            <translation>អសកម្ម</translation>
        </message>
        <message>
            <source>Online presence</source>
            <translation>វត្តមានលើអ៊ីនធឺណិត</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>The file's text encoding is not recognised. Save it as CSV UTF-8 and try again.</source>
            <translation>មិនស្គាល់ការអ៊ិនកូដអក្សររបស់ឯកសារនេះទេ។ សូមរក្សាទុកវាជា CSV UTF-8 រួចព្យាយាមម្ដងទៀត។</translation>
        </message>
        <message>
            <source>Choose a .csv or .xlsx file.</source>
            <translation>សូមជ្រើសរើសឯកសារ .csv ឬ .xlsx។</translation>
        </message>
        <message>
            <source>The file could not be read as a table.</source>
            <translation>មិនអាចអានឯកសារនេះជាតារាងបានទេ។</translation>
        </message>
        <message>
            <source>The workbook unpacks to far more data than a spreadsheet of its size holds, so it was not opened. Open it in Excel or LibreOffice, save it as CSV UTF-8 and import that.</source>
            <translation>នៅពេលពន្លា ឯកសារ Excel នេះមានទិន្នន័យច្រើនហួសហេតុ ធៀបនឹងឯកសារតារាងដែលមានទំហំប៉ុននេះ ដូច្នេះវាមិនត្រូវបានបើកទេ។ សូមបើកវានៅក្នុង Excel ឬ LibreOffice រក្សាទុកវាជា CSV UTF-8 រួចនាំចូលឯកសារនោះ។</translation>
        </message>
        <message>
            <source>The sheet has more rows than Excel allows in one sheet. Split it into smaller files and import each.</source>
            <translation>សន្លឹកនេះមានជួរដេកច្រើនជាងចំនួនដែល Excel អនុញ្ញាតក្នុងសន្លឹកមួយ។ សូមបំបែកវាជាឯកសារតូចៗ ហើយនាំចូលឯកសារនីមួយៗ។</translation>
        </message>
        <message>
            <source>The first row has too many columns to be a list of SMEs. Check that it is the right file.</source>
            <translation>ជួរដេកទីមួយមានជួរឈរច្រើនពេក មិនអាចជាបញ្ជីសហគ្រាសបានទេ។ សូមពិនិត្យថាវាជាឯកសារត្រឹមត្រូវ។</translation>
        </message>
        <message>
            <source>A line of the file is too long to be a row of a table. Check that it is a CSV file.</source>
            <translation>បន្ទាត់មួយនៃឯកសារនេះវែងពេក មិនអាចជាជួរដេកនៃតារាងបានទេ។ សូមពិនិត្យថាវាជាឯកសារ CSV។</translation>
        </message>
        <message>
            <source>Part of the file is not in the same text encoding as the rest, so it cannot be read.</source>
            <translation>ផ្នែកមួយនៃឯកសារនេះ ប្រើការអ៊ិនកូដអក្សរខុសពីផ្នែកផ្សេងទៀត ដូច្នេះមិនអាចអានបានទេ។</translation>
        </message>
        <message>
            <source>Unicode (UTF-8)</source>
            <translation>យូនីកូដ (UTF-8)</translation>
        </message>
        <message>
            <source>Unicode (UTF-16)</source>
            <translation>យូនីកូដ (UTF-16)</translation>
        </message>
        <message>
            <source>Unicode (UTF-32)</source>
            <translation>យូនីកូដ (UTF-32)</translation>
        </message>
        <message>
            <source>Thai (Windows-874)</source>
            <translation>អក្សរថៃ (Windows-874)</translation>
        </message>
        <message>
            <source>Vietnamese (Windows-1258)</source>
            <translation>អក្សរវៀតណាម (Windows-1258)</translation>
        </message>
        <message>
            <source>Chinese, simplified (GB18030)</source>
            <translation>អក្សរចិនកាត់ (GB18030)</translation>
        </message>
        <message>
            <source>Chinese, traditional (Big5)</source>
            <translation>អក្សរចិនពេញ (Big5)</translation>
        </message>
        <message>
            <source>The file's text can be read in more than one way. Choose the reading in which the names look right.</source>
            <translation>អត្ថបទក្នុងឯកសារនេះអាចអានបានច្រើនបែប។ សូមជ្រើសរើសបែបដែលឈ្មោះបង្ហាញត្រឹមត្រូវ។</translation>
        </message>
        <message>
            <source>The file has no rows.</source>
            <translation>ឯកសារនេះគ្មានជួរដេកទេ។</translation>
        </message>
        <message>
            <source>Reading the file was stopped.</source>
            <translation>ការអានឯកសារត្រូវបានបញ្ឈប់។</translation>
        </message>
        <message>
            <source>Choose which column holds the business name.</source>
            <translation>សូមជ្រើសរើសជួរឈរដែលមានឈ្មោះសហគ្រាស។</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import SMEs from a file</source>
            <translation>នាំចូលទិន្នន័យសហគ្រាសពីឯកសារ</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>ថយក្រោយ(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>បន្ទាប់(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>នាំចូល(&amp;I)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>បោះបង់</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>បិទ</translation>
        </message>
        <message>
            <source>Choose a spreadsheet with one SME per row and the column names in the first row. CSV and Excel (.xlsx) files work; of a workbook, the first sheet is read.</source>
            <translation>សូមជ្រើសរើសឯកសារតារាង ដែលមួយជួរដេកជាសហគ្រាសមួយ ហើយជួរដេកទីមួយជាឈ្មោះជួរឈរ។ អាចប្រើឯកសារ CSV និង Excel (.xlsx) បាន។ សម្រាប់ឯកសារ Excel កម្មវិធីអានតែសន្លឹកទីមួយប៉ុណ្ណោះ។</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>មិនទាន់បានជ្រើសរើសឯកសារ</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>ជ្រើសរើសឯកសារ(&amp;C)…</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>ឯកសារ៖</translation>
        </message>
        <message>
            <source>You can also drop a file on this window.</source>
            <translation>អ្នកក៏អាចអូសឯកសារមកដាក់លើផ្ទាំងនេះបានដែរ។</translation>
        </message>
        <message>
            <source>GMS Desk guessed which SME field each column holds from the column names. Check each line and change what is wrong; a field can be chosen for one column only. Columns set to “— do not import —” are left out.</source>
            <translation>GMS Desk បានទាយតាមឈ្មោះជួរឈរ ថាជួរឈរនីមួយៗមានព័ត៌មានអ្វីរបស់សហគ្រាស។ សូមពិនិត្យបន្ទាត់នីមួយៗ ហើយកែអ្វីដែលខុស។ ព័ត៌មានមួយអាចជ្រើសសម្រាប់តែជួរឈរមួយប៉ុណ្ណោះ។ ជួរឈរដែលកំណត់ជា «— មិននាំចូល —» នឹងត្រូវរំលង។</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>ជួរឈរក្នុងឯកសារ</translation>
        </message>
        <message>
            <source>Example</source>
            <translation>ឧទាហរណ៍</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>នាំចូលជា</translation>
        </message>
        <message>
            <source>You can cancel; the rows imported before that are kept.</source>
            <translation>អ្នកអាចបោះបង់បាន។ ជួរដេកដែលបាននាំចូលរួចហើយ នឹងនៅរក្សាទុកដដែល។</translation>
        </message>
        <message>
            <source>These rows were not imported. Correct them in the file and import it again; the rows already imported will not be added twice.</source>
            <translation>ជួរដេកទាំងនេះមិនត្រូវបាននាំចូលទេ។ សូមកែវានៅក្នុងឯកសារ ហើយនាំចូលឯកសារនោះម្ដងទៀត។ ជួរដេកដែលបាននាំចូលរួចហើយ នឹងមិនត្រូវបន្ថែមស្ទួនទេ។</translation>
        </message>
        <message>
            <source>&amp;Save problem list…</source>
            <translation>រក្សាទុកបញ្ជីបញ្ហា(&amp;S)…</translation>
        </message>
        <message>
            <source>Step 1 of 3: Choose a file</source>
            <translation>ជំហាន 1/3៖ ជ្រើសរើសឯកសារ</translation>
        </message>
        <message>
            <source>Step 2 of 3: Match the columns</source>
            <translation>ជំហាន 2/3៖ ផ្គូផ្គងជួរឈរ</translation>
        </message>
        <message>
            <source>Step 3 of 3: Check</source>
            <translation>ជំហាន 3/3៖ ពិនិត្យ</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>កំពុងនាំចូល</translation>
        </message>
        <message>
            <source>Import cancelled</source>
            <translation>បានបោះបង់ការនាំចូល</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>ការនាំចូលបានបញ្ចប់</translation>
        </message>
        <message>
            <source>Choose a file to import</source>
            <translation>ជ្រើសរើសឯកសារដើម្បីនាំចូល</translation>
        </message>
        <message>
            <source>Spreadsheets</source>
            <translation>ឯកសារតារាង</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>កំពុងអានឯកសារ…</translation>
        </message>
        <message>
            <source>Reading the file</source>
            <translation>កំពុងអានឯកសារ</translation>
        </message>
        <message numerus="yes">
            <source>The file has %n rows below the column names.</source>
            <translation>
                <numerusform>ឯកសារនេះមាន %n ជួរដេក នៅក្រោមឈ្មោះជួរឈរ។</numerusform>
                <numerusform>ឯកសារនេះមាន %n ជួរដេក នៅក្រោមឈ្មោះជួរឈរ។</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n columns were matched to SME fields; check them in the next step.</source>
            <translation>
                <numerusform>ជួរឈរចំនួន %n ត្រូវបានផ្គូផ្គងនឹងព័ត៌មានសហគ្រាស។ សូមពិនិត្យវានៅជំហានបន្ទាប់។</numerusform>
                <numerusform>ជួរឈរចំនួន %n ត្រូវបានផ្គូផ្គងនឹងព័ត៌មានសហគ្រាស។ សូមពិនិត្យវានៅជំហានបន្ទាប់។</numerusform>
            </translation>
        </message>
        <message>
            <source>Its text is read as %1.</source>
            <translation>អត្ថបទរបស់វាត្រូវបានអានជា %1។</translation>
        </message>
        <message>
            <source>The file has column names but no rows below them. Choose another file.</source>
            <translation>ឯកសារនេះមានឈ្មោះជួរឈរ ប៉ុន្តែគ្មានជួរដេកនៅខាងក្រោមទេ។ សូមជ្រើសរើសឯកសារផ្សេង។</translation>
        </message>
        <message>
            <source>The text of this file can be read in more than one way. Choose the reading in which the names look right; the file is then read that way.</source>
            <translation>អត្ថបទក្នុងឯកសារនេះអាចអានបានច្រើនបែប។ សូមជ្រើសរើសបែបដែលឈ្មោះបង្ហាញត្រឹមត្រូវ បន្ទាប់មកឯកសារនឹងត្រូវបានអានតាមបែបនោះ។</translation>
        </message>
        <message>
            <source>Read the file as %1</source>
            <translation>អានឯកសារជា %1</translation>
        </message>
        <message>
            <source>The first rows read as %1</source>
            <translation>ជួរដេកដំបូងៗ ពេលអានជា %1</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>មិនអាចអានឯកសារនេះបានទេ។</translation>
        </message>
        <message>
            <source>Open it in Excel or LibreOffice, save it again as .xlsx or as CSV UTF-8, and choose it again.</source>
            <translation>សូមបើកវានៅក្នុង Excel ឬ LibreOffice រក្សាទុកម្ដងទៀតជា .xlsx ឬ CSV UTF-8 រួចជ្រើសរើសវាម្ដងទៀត។</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>ព័ត៌មានលម្អិត៖ %1</translation>
        </message>
        <message>
            <source>Uses: %1</source>
            <translation>ប្រើ៖ %1</translation>
        </message>
        <message>
            <source>(no name, column %1)</source>
            <translation>(គ្មានឈ្មោះ ជួរឈរទី %1)</translation>
        </message>
        <message>
            <source>Column %1 of the file</source>
            <translation>ជួរឈរទី %1 នៃឯកសារ</translation>
        </message>
        <message>
            <source>— do not import —</source>
            <translation>— មិននាំចូល —</translation>
        </message>
        <message>
            <source>Import column “%1” as</source>
            <translation>នាំចូលជួរឈរ «%1» ជា</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>បញ្ហា</translation>
        </message>
        <message numerus="yes">
            <source>%n rows in the file;</source>
            <translation>
                <numerusform>ឯកសារមាន %n ជួរដេក។</numerusform>
                <numerusform>ឯកសារមាន %n ជួរដេក។</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them have problems — those rows will be skipped and listed after the import.</source>
            <translation>
                <numerusform>ក្នុងនោះ %n ជួរដេកមានបញ្ហា — ជួរដេកទាំងនោះនឹងត្រូវរំលង ហើយរាយក្នុងបញ្ជីក្រោយការនាំចូល។</numerusform>
                <numerusform>ក្នុងនោះ %n ជួរដេកមានបញ្ហា — ជួរដេកទាំងនោះនឹងត្រូវរំលង ហើយរាយក្នុងបញ្ជីក្រោយការនាំចូល។</numerusform>
            </translation>
        </message>
        <message>
            <source>none of them have problems.</source>
            <translation>គ្មានជួរដេកណាមានបញ្ហាទេ។</translation>
        </message>
        <message numerus="yes">
            <source>%n of the first %1 have problems — those rows will be skipped and listed after the import.</source>
            <translation>
                <numerusform>ក្នុងចំណោម %1 ជួរដេកដំបូង មាន %n ជួរដេកមានបញ្ហា — ជួរដេកទាំងនោះនឹងត្រូវរំលង ហើយរាយក្នុងបញ្ជីក្រោយការនាំចូល។</numerusform>
                <numerusform>ក្នុងចំណោម %1 ជួរដេកដំបូង មាន %n ជួរដេកមានបញ្ហា — ជួរដេកទាំងនោះនឹងត្រូវរំលង ហើយរាយក្នុងបញ្ជីក្រោយការនាំចូល។</numerusform>
            </translation>
        </message>
        <message>
            <source>none of the first %1 have problems.</source>
            <translation>ក្នុងចំណោម %1 ជួរដេកដំបូង គ្មានជួរដេកណាមានបញ្ហាទេ។</translation>
        </message>
        <message numerus="yes">
            <source>Importing %n rows…</source>
            <translation>
                <numerusform>កំពុងនាំចូល %n ជួរដេក…</numerusform>
                <numerusform>កំពុងនាំចូល %n ជួរដេក…</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing SMEs</source>
            <translation>កំពុងនាំចូលទិន្នន័យសហគ្រាស</translation>
        </message>
        <message>
            <source>Stopping after the rows being saved now…</source>
            <translation>នឹងបញ្ឈប់ ក្រោយពេលរក្សាទុកជួរដេកដែលកំពុងរក្សាទុកនេះរួច…</translation>
        </message>
        <message>
            <source>Added %1, updated %2, unchanged %3, with problems %4.</source>
            <translation>បានបន្ថែម %1, បានកែប្រែ %2, មិនផ្លាស់ប្ដូរ %3, មានបញ្ហា %4។</translation>
        </message>
        <message>
            <source>The first %1 are listed; correct those and import again to see the rest.</source>
            <translation>បានរាយតែ %1 ជួរដេកដំបូងប៉ុណ្ណោះ។ សូមកែជួរដេកទាំងនោះ ហើយនាំចូលម្ដងទៀត ដើម្បីមើលជួរដេកដែលនៅសល់។</translation>
        </message>
        <message>
            <source>Import cancelled; the rows before that are kept.</source>
            <translation>បានបោះបង់ការនាំចូល។ ជួរដេកដែលបាននាំចូលមុននោះ នៅរក្សាទុកដដែល។</translation>
        </message>
        <message numerus="yes">
            <source>%n rows were not reached; import the file again to add them.</source>
            <translation>
                <numerusform>នៅមាន %n ជួរដេកមិនទាន់បាននាំចូល។ សូមនាំចូលឯកសារនោះម្ដងទៀត ដើម្បីបន្ថែមជួរដេកទាំងនោះ។</numerusform>
                <numerusform>នៅមាន %n ជួរដេកមិនទាន់បាននាំចូល។ សូមនាំចូលឯកសារនោះម្ដងទៀត ដើម្បីបន្ថែមជួរដេកទាំងនោះ។</numerusform>
            </translation>
        </message>
        <message>
            <source>Row</source>
            <translation>ជួរដេក</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>ព័ត៌មាន</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>បញ្ហា</translation>
        </message>
        <message>
            <source>problems</source>
            <translation>បញ្ហា</translation>
        </message>
        <message>
            <source>Save problem list</source>
            <translation>រក្សាទុកបញ្ជីបញ្ហា</translation>
        </message>
        <message>
            <source>CSV files</source>
            <translation>ឯកសារ CSV</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>បានរក្សាទុកនៅ %1</translation>
        </message>
    </context>
    <context>
        <name>ImportProblemsDialog</name>
        <message>
            <source>Sheet</source>
            <translation>សន្លឹក</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>ជួរដេក</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>កម្រិត</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>បញ្ហា</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>កំហុស</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>ការព្រមាន</translation>
        </message>
    </context>
    <context>
        <name>Indicators</name>
        <message>
            <source>Evaluation: relevance</source>
            <translation>ការវាយតម្លៃ៖ ភាពពាក់ព័ន្ធ</translation>
        </message>
        <message>
            <source>Evaluation: efficiency</source>
            <translation>ការវាយតម្លៃ៖ ប្រសិទ្ធភាព</translation>
        </message>
        <message>
            <source>Evaluation: effectiveness</source>
            <translation>ការវាយតម្លៃ៖ ប្រសិទ្ធផល</translation>
        </message>
        <message>
            <source>Evaluation: impact</source>
            <translation>ការវាយតម្លៃ៖ ផលប៉ះពាល់</translation>
        </message>
        <message>
            <source>Evaluation: sustainability</source>
            <translation>ការវាយតម្លៃ៖ និរន្តរភាព</translation>
        </message>
        <message>
            <source>Workshops held</source>
            <translation>សិក្ខាសាលាដែលបានរៀបចំ</translation>
        </message>
        <message>
            <source>Training workshops marked running or done, counted in the period of their first day, where they took place.</source>
            <translation>សិក្ខាសាលាបណ្ដុះបណ្ដាលដែលមានស្ថានភាព «កំពុងដំណើរការ» ឬ «បានបញ្ចប់» ដោយរាប់ក្នុងរយៈពេលដែលមានថ្ងៃដំបូងរបស់វា និងតាមទីកន្លែងដែលវាបានប្រព្រឹត្តទៅ។</translation>
        </message>
        <message>
            <source>People trained</source>
            <translation>អ្នកដែលបានទទួលការបណ្ដុះបណ្ដាល</translation>
        </message>
        <message>
            <source>People who completed at least one training module in the period, each counted once. A person is placed where their SME is; a person with no SME, where the first workshop they took part in was held.</source>
            <translation>បុគ្គលដែលបានបញ្ចប់ម៉ូឌុលបណ្ដុះបណ្ដាលយ៉ាងហោចណាស់មួយក្នុងរយៈពេលនោះ ដោយរាប់ម្នាក់តែម្ដង។ បុគ្គលម្នាក់ៗត្រូវបានរាប់តាមទីតាំងសហគ្រាសរបស់ខ្លួន ហើយបុគ្គលដែលគ្មានសហគ្រាស ត្រូវបានរាប់តាមទីកន្លែងដែលសិក្ខាសាលាដំបូងដែលខ្លួនបានចូលរួមត្រូវបានរៀបចំ។</translation>
        </message>
        <message>
            <source>People who completed their track</source>
            <translation>អ្នកដែលបានបញ្ចប់កម្រិតវគ្គរបស់ខ្លួន</translation>
        </message>
        <message>
            <source>People who completed every module of a workshop's track, counted in the period they completed the last one, each person once.</source>
            <translation>បុគ្គលដែលបានបញ្ចប់គ្រប់ម៉ូឌុលនៃកម្រិតវគ្គរបស់សិក្ខាសាលាមួយ ដោយរាប់ក្នុងរយៈពេលដែលខ្លួនបានបញ្ចប់ម៉ូឌុលចុងក្រោយ និងរាប់ម្នាក់តែម្ដង។</translation>
        </message>
        <message>
            <source>SMEs with a person trained</source>
            <translation>សហគ្រាសដែលមានបុគ្គលទទួលការបណ្ដុះបណ្ដាល</translation>
        </message>
        <message>
            <source>SMEs with at least one person who completed a training module in the period.</source>
            <translation>សហគ្រាសដែលមានបុគ្គលយ៉ាងហោចណាស់ម្នាក់ បានបញ្ចប់ម៉ូឌុលបណ្ដុះបណ្ដាលមួយក្នុងរយៈពេលនោះ។</translation>
        </message>
        <message>
            <source>Completion rate</source>
            <translation>អត្រាបញ្ចប់ការសិក្សា</translation>
        </message>
        <message>
            <source>Of the people enrolled in the workshops held that started in the period, the share who completed every module of their workshop.</source>
            <translation>ក្នុងចំណោមបុគ្គលដែលបានចុះឈ្មោះក្នុងសិក្ខាសាលាដែលបានរៀបចំ និងបានចាប់ផ្ដើមក្នុងរយៈពេលនោះ គឺជាសមាមាត្រនៃអ្នកដែលបានបញ្ចប់គ្រប់ម៉ូឌុលនៃសិក្ខាសាលារបស់ខ្លួន។</translation>
        </message>
        <message>
            <source>Average score gain</source>
            <translation>ការកើនឡើងពិន្ទុជាមធ្យម</translation>
        </message>
        <message>
            <source>Post-test score minus pre-test score (points out of 100), averaged over the participants with both scores in the workshops held that started in the period.</source>
            <translation>ពិន្ទុតេស្តក្រោយវគ្គ ដកពិន្ទុតេស្តមុនវគ្គ (ពិន្ទុលើ 100) គិតជាមធ្យមលើអ្នកចូលរួមដែលមានពិន្ទុទាំងពីរ ក្នុងសិក្ខាសាលាដែលបានរៀបចំ និងបានចាប់ផ្ដើមក្នុងរយៈពេលនោះ។</translation>
        </message>
        <message>
            <source>Awareness events held</source>
            <translation>ព្រឹត្តិការណ៍លើកកម្ពស់ការយល់ដឹងដែលបានរៀបចំ</translation>
        </message>
        <message>
            <source>Road shows, media campaigns, launches, consultations and seminars held in the period (by their first day).</source>
            <translation>ការផ្សព្វផ្សាយចល័ត យុទ្ធនាការតាមប្រព័ន្ធផ្សព្វផ្សាយ ពិធីដាក់ឲ្យដំណើរការ កិច្ចពិគ្រោះយោបល់ និងសិក្ខាសាលាផ្សព្វផ្សាយ ដែលបានរៀបចំក្នុងរយៈពេលនោះ (គិតតាមថ្ងៃដំបូងរបស់វា)។</translation>
        </message>
        <message>
            <source>People reached by events</source>
            <translation>អ្នកដែលព្រឹត្តិការណ៍បានទៅដល់</translation>
        </message>
        <message>
            <source>The audiences of the awareness events held in the period, added up, by sex as recorded.</source>
            <translation>ចំនួនអ្នកចូលរួមសរុបនៃព្រឹត្តិការណ៍លើកកម្ពស់ការយល់ដឹងដែលបានរៀបចំក្នុងរយៈពេលនោះ បែងចែកតាមភេទដូចដែលបានកត់ត្រា។</translation>
        </message>
        <message>
            <source>Agencies offering e-business services</source>
            <translation>ស្ថាប័នដែលផ្ដល់សេវាកម្មអាជីវកម្មអេឡិចត្រូនិក</translation>
        </message>
        <message>
            <source>Agencies of the network whose profile lists at least one e-business service, as of the end of the period.</source>
            <translation>ស្ថាប័ននៃបណ្ដាញ ដែលព័ត៌មានរបស់ខ្លួនរាយសេវាកម្មអាជីវកម្មអេឡិចត្រូនិកយ៉ាងហោចណាស់មួយ គិតត្រឹមចុងរយៈពេល។</translation>
        </message>
        <message>
            <source>Agencies active</source>
            <translation>ស្ថាប័នសកម្ម</translation>
        </message>
        <message>
            <source>Agencies that recorded a service delivered, a workshop held or an awareness event in the period.</source>
            <translation>ស្ថាប័នដែលបានកត់ត្រាសេវាកម្មដែលបានផ្ដល់ សិក្ខាសាលាដែលបានរៀបចំ ឬព្រឹត្តិការណ៍លើកកម្ពស់ការយល់ដឹង ក្នុងរយៈពេលនោះ។</translation>
        </message>
        <message>
            <source>Services delivered</source>
            <translation>សេវាកម្មដែលបានផ្ដល់</translation>
        </message>
        <message>
            <source>E-business services delivered to SMEs in the period.</source>
            <translation>សេវាកម្មអាជីវកម្មអេឡិចត្រូនិកដែលបានផ្ដល់ជូនសហគ្រាសក្នុងរយៈពេលនោះ។</translation>
        </message>
        <message>
            <source>SMEs served</source>
            <translation>សហគ្រាសដែលបានទទួលសេវាកម្ម</translation>
        </message>
        <message>
            <source>SMEs that received at least one e-business service in the period.</source>
            <translation>សហគ្រាសដែលបានទទួលសេវាកម្មអាជីវកម្មអេឡិចត្រូនិកយ៉ាងហោចណាស់មួយ ក្នុងរយៈពេលនោះ។</translation>
        </message>
        <message>
            <source>Fees collected</source>
            <translation>ថ្លៃសេវាដែលបានប្រមូល</translation>
        </message>
        <message>
            <source>Fees paid for the services delivered in the period, by currency.</source>
            <translation>ថ្លៃសេវាដែលបានបង់សម្រាប់សេវាកម្មដែលបានផ្ដល់ក្នុងរយៈពេលនោះ តាមរូបិយប័ណ្ណនីមួយៗ។</translation>
        </message>
        <message>
            <source>Share of services paid</source>
            <translation>សមាមាត្រសេវាកម្មដែលបានបង់ថ្លៃ</translation>
        </message>
        <message>
            <source>Of the services delivered in the period, the share with a fee that was paid (cost recovery).</source>
            <translation>ក្នុងចំណោមសេវាកម្មដែលបានផ្ដល់ក្នុងរយៈពេលនោះ គឺជាសមាមាត្រនៃសេវាកម្មដែលមានថ្លៃសេវា ហើយថ្លៃនោះត្រូវបានបង់ (ការប្រមូលចំណាយមកវិញ)។</translation>
        </message>
        <message>
            <source>SMEs online</source>
            <translation>សហគ្រាសដែលមានវត្តមានលើអ៊ីនធឺណិត</translation>
        </message>
        <message>
            <source>SMEs with a website, a social media page, an e-marketplace listing or online payment (ICT level 2 or 3) as of the end of the period: since the earliest of these they have now was set.</source>
            <translation>សហគ្រាសដែលមានគេហទំព័រ ទំព័របណ្ដាញសង្គម ការដាក់លក់លើទីផ្សារអនឡាញ ឬការទូទាត់តាមអនឡាញ (កម្រិត ICT 2 ឬ 3) គិតត្រឹមចុងរយៈពេល៖ រាប់ចាប់ពីពេលដែលធាតុដំបូងបំផុត ក្នុងចំណោមធាតុទាំងនេះដែលសហគ្រាសមាននាពេលបច្ចុប្បន្ន ត្រូវបានកំណត់។</translation>
        </message>
        <message>
            <source>SMEs on e-marketplaces</source>
            <translation>សហគ្រាសនៅលើទីផ្សារអនឡាញ</translation>
        </message>
        <message>
            <source>SMEs selling on an e-marketplace or an agency portal, as of the end of the period.</source>
            <translation>សហគ្រាសដែលលក់លើទីផ្សារអនឡាញ ឬវិបផតថលរបស់ស្ថាប័ន គិតត្រឹមចុងរយៈពេល។</translation>
        </message>
        <message>
            <source>SMEs registered for e-procurement</source>
            <translation>សហគ្រាសដែលបានចុះបញ្ជីសម្រាប់លទ្ធកម្មអេឡិចត្រូនិក</translation>
        </message>
        <message>
            <source>SMEs registered for e-procurement, as of the end of the period.</source>
            <translation>សហគ្រាសដែលបានចុះបញ្ជីសម្រាប់លទ្ធកម្មអេឡិចត្រូនិក គិតត្រឹមចុងរយៈពេល។</translation>
        </message>
        <message>
            <source>SMEs registered on a portal</source>
            <translation>សហគ្រាសដែលបានចុះបញ្ជីលើវិបផតថល</translation>
        </message>
        <message>
            <source>SMEs registered on an agency portal (or displaying products there), as of the end of the period.</source>
            <translation>សហគ្រាសដែលបានចុះបញ្ជីលើវិបផតថលរបស់ស្ថាប័ន (ឬកំពុងដាក់បង្ហាញផលិតផលនៅទីនោះ) គិតត្រឹមចុងរយៈពេល។</translation>
        </message>
        <message>
            <source>SMEs displaying products on a portal</source>
            <translation>សហគ្រាសដែលដាក់បង្ហាញផលិតផលលើវិបផតថល</translation>
        </message>
        <message>
            <source>SMEs displaying products on an agency portal, as of the end of the period.</source>
            <translation>សហគ្រាសដែលកំពុងដាក់បង្ហាញផលិតផលលើវិបផតថលរបស់ស្ថាប័ន គិតត្រឹមចុងរយៈពេល។</translation>
        </message>
        <message>
            <source>Inquiries received</source>
            <translation>ការសាកសួរដែលបានទទួល</translation>
        </message>
        <message>
            <source>Inquiries SMEs received in the period.</source>
            <translation>ការសាកសួរដែលសហគ្រាសបានទទួលក្នុងរយៈពេលនោះ។</translation>
        </message>
        <message>
            <source>Inquiries from abroad</source>
            <translation>ការសាកសួរពីបរទេស</translation>
        </message>
        <message>
            <source>Inquiries received in the period from another country than the SME's (for an SME of Yunnan, China is not abroad).</source>
            <translation>ការសាកសួរដែលបានទទួលក្នុងរយៈពេលនោះ ពីប្រទេសផ្សេងក្រៅពីប្រទេសរបស់សហគ្រាស (សម្រាប់សហគ្រាសនៅយូណាន ប្រទេសចិនមិនត្រូវបានចាត់ទុកជាបរទេសទេ)។</translation>
        </message>
        <message>
            <source>Domestic inquiries</source>
            <translation>ការសាកសួរក្នុងស្រុក</translation>
        </message>
        <message>
            <source>Inquiries received in the period from the SME's own country.</source>
            <translation>ការសាកសួរដែលបានទទួលក្នុងរយៈពេលនោះ ពីប្រទេសរបស់សហគ្រាសផ្ទាល់។</translation>
        </message>
        <message>
            <source>Orders reported</source>
            <translation>ការបញ្ជាទិញដែលបានរាយការណ៍</translation>
        </message>
        <message>
            <source>Inquiries received in the period that became an order.</source>
            <translation>ការសាកសួរដែលបានទទួលក្នុងរយៈពេលនោះ ហើយបានក្លាយជាការបញ្ជាទិញ។</translation>
        </message>
        <message>
            <source>Value of orders reported</source>
            <translation>តម្លៃនៃការបញ្ជាទិញដែលបានរាយការណ៍</translation>
        </message>
        <message>
            <source>The value of the orders from inquiries received in the period, by currency.</source>
            <translation>តម្លៃនៃការបញ្ជាទិញដែលកើតចេញពីការសាកសួរដែលបានទទួលក្នុងរយៈពេលនោះ តាមរូបិយប័ណ្ណនីមួយៗ។</translation>
        </message>
        <message>
            <source>SMEs that moved up the ICT ladder</source>
            <translation>សហគ្រាសដែលបានឡើងកម្រិត ICT</translation>
        </message>
        <message>
            <source>SMEs whose ICT level (traditional, e-mail, web presence, e-business) at the end of the period was higher than at its start, or than when they were registered if that was later (without a start: than when they were registered).</source>
            <translation>សហគ្រាសដែលកម្រិត ICT (បែបប្រពៃណី អ៊ីមែល វត្តមានលើអ៊ីនធឺណិត អាជីវកម្មអេឡិចត្រូនិក) នៅចុងរយៈពេល ខ្ពស់ជាងនៅដើមរយៈពេល ឬខ្ពស់ជាងនៅពេលចុះបញ្ជី ប្រសិនបើការចុះបញ្ជីកើតឡើងក្រោយដើមរយៈពេល (ប្រសិនបើរយៈពេលគ្មានថ្ងៃចាប់ផ្ដើម៖ ខ្ពស់ជាងនៅពេលចុះបញ្ជី)។</translation>
        </message>
        <message>
            <source>The average rating (1 to 5) participants gave the workshop for this criterion in the workshop evaluation form, in the responses submitted in the period.</source>
            <translation>ពិន្ទុវាយតម្លៃជាមធ្យម (ពី 1 ដល់ 5) ដែលអ្នកចូលរួមបានផ្ដល់ឲ្យសិក្ខាសាលាសម្រាប់លក្ខណៈវិនិច្ឆ័យនេះ នៅក្នុងទម្រង់វាយតម្លៃសិក្ខាសាលា ក្នុងចំណោមការឆ្លើយតបដែលបានបញ្ជូនក្នុងរយៈពេលនោះ។</translation>
        </message>
        <message>
            <source>Choose what the indicator counts: survey responses or SMEs.</source>
            <translation>សូមជ្រើសរើសអ្វីដែលសូចនាកររាប់៖ ការឆ្លើយតបស្ទង់មតិ ឬសហគ្រាស។</translation>
        </message>
        <message>
            <source>Enter the id of the survey form.</source>
            <translation>សូមបញ្ចូលលេខសម្គាល់ទម្រង់ស្ទង់មតិ។</translation>
        </message>
        <message>
            <source>Enter the question's name as the form has it, for example r_relevance.</source>
            <translation>សូមបញ្ចូលឈ្មោះសំណួរដូចដែលមានក្នុងទម្រង់ ឧទាហរណ៍ r_relevance។</translation>
        </message>
        <message>
            <source>Enter one answer as the form stores it, for example yes.</source>
            <translation>សូមបញ្ចូលចម្លើយមួយ តាមរបៀបដែលទម្រង់រក្សាទុក ឧទាហរណ៍ yes។</translation>
        </message>
        <message>
            <source>Pick the SMEs by one or more of their fields, for example sector = tourism.</source>
            <translation>សូមជ្រើសរើសសហគ្រាសតាមព័ត៌មានមួយ ឬច្រើនរបស់វា ឧទាហរណ៍ sector = tourism។</translation>
        </message>
        <message>
            <source>Use letters, digits, dots, dashes and underscores for the code.</source>
            <translation>សូមប្រើអក្សរ លេខ សញ្ញាចុច (.) សញ្ញាដាច់ (-) និងសញ្ញាគូសក្រោម (_) សម្រាប់លេខកូដ។</translation>
        </message>
        <message>
            <source>Another indicator has this code.</source>
            <translation>សូចនាករផ្សេងទៀតមានលេខកូដនេះរួចហើយ។</translation>
        </message>
    </context>
    <context>
        <name>InquiriesView</name>
        <message>
            <source>Abroad</source>
            <translation>បរទេស</translation>
        </message>
        <message>
            <source>Domestic</source>
            <translation>ក្នុងស្រុក</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>មិនដឹង</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>គ្រប់មធ្យោបាយ</translation>
        </message>
        <message>
            <source>All outcomes</source>
            <translation>គ្រប់លទ្ធផល</translation>
        </message>
        <message>
            <source>From anywhere</source>
            <translation>មកពីគ្រប់ទីកន្លែង</translation>
        </message>
        <message numerus="yes">
            <source>%Ln inquiry(ies)</source>
            <translation>
                <numerusform>ការសាកសួរចំនួន %Ln</numerusform>
                <numerusform>ការសាកសួរចំនួន %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 from abroad, %2 domestic, %3 not known</source>
            <translation>ពីបរទេស %1 ក្នុងស្រុក %2 មិនដឹង %3</translation>
        </message>
        <message numerus="yes">
            <source>%Ln order(s)</source>
            <translation>
                <numerusform>ការបញ្ជាទិញចំនួន %Ln</numerusform>
                <numerusform>ការបញ្ជាទិញចំនួន %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>Abroad or domestic</source>
            <translation>បរទេស ឬក្នុងស្រុក</translation>
        </message>
        <message>
            <source>Export inquiries</source>
            <translation>នាំចេញទិន្នន័យការសាកសួរ</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln inquiry(ies) to %1.</source>
            <translation>
                <numerusform>បាននាំចេញការសាកសួរចំនួន %Ln ទៅ %1។</numerusform>
                <numerusform>បាននាំចេញការសាកសួរចំនួន %Ln ទៅ %1។</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InquiryDialog</name>
        <message>
            <source>Inquiry received</source>
            <translation>ការសាកសួរដែលបានទទួល</translation>
        </message>
        <message>
            <source>Edit inquiry</source>
            <translation>កែសម្រួលការសាកសួរ</translation>
        </message>
        <message>
            <source>Type to search, e.g. Japan</source>
            <translation>វាយដើម្បីស្វែងរក ឧ. ជប៉ុន</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>ជ្រើសរើស…</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>មិនដឹង</translation>
        </message>
        <message>
            <source>Service: %1</source>
            <translation>សេវាកម្ម៖ %1</translation>
        </message>
        <message>
            <source>Deleted since</source>
            <translation>បានលុបចោលតាំងពីពេលនោះ</translation>
        </message>
        <message>
            <source>Not known yet</source>
            <translation>មិនទាន់ដឹង</translation>
        </message>
        <message>
            <source>When it led to an order</source>
            <translation>នៅពេលវានាំឲ្យមានការបញ្ជាទិញ</translation>
        </message>
        <message>
            <source>Received on:</source>
            <translation>ថ្ងៃទទួល៖</translation>
        </message>
        <message>
            <source>Channel:</source>
            <translation>មធ្យោបាយ៖</translation>
        </message>
        <message>
            <source>From country:</source>
            <translation>មកពីប្រទេស៖</translation>
        </message>
        <message>
            <source>Through:</source>
            <translation>តាមរយៈ៖</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>លទ្ធផល៖</translation>
        </message>
        <message>
            <source>Order value:</source>
            <translation>តម្លៃការបញ្ជាទិញ៖</translation>
        </message>
        <message>
            <source>Staff:</source>
            <translation>បុគ្គលិក៖</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>កំណត់ចំណាំ៖</translation>
        </message>
    </context>
    <context>
        <name>LabelMedia</name>
        <message>
            <source>Play the recording</source>
            <translation>ចាក់ការថតសំឡេង</translation>
        </message>
        <message>
            <source>Play the video</source>
            <translation>ចាក់វីដេអូ</translation>
        </message>
        <message>
            <source>%1 did not come with the form, so it cannot be played.</source>
            <translation>%1 មិនបានមកជាមួយទម្រង់ទេ ដូច្នេះមិនអាចចាក់បានទេ។</translation>
        </message>
        <message>
            <source>%1 could not be made ready to play: %2</source>
            <translation>មិនអាចរៀបចំ %1 ដើម្បីចាក់បានទេ៖ %2</translation>
        </message>
        <message>
            <source>No program on this computer plays %1.</source>
            <translation>គ្មានកម្មវិធីណានៅលើកុំព្យូទ័រនេះអាចចាក់ %1 បានទេ។</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>%1 (no. %2)</source>
            <translation>%1 (លេខ %2)</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 បៃ</translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 KB</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <source>%1 GB</source>
            <translation>%1 GB</translation>
        </message>
        <message>
            <source>%1 TB</source>
            <translation>%1 TB</translation>
        </message>
        <message>
            <source>demo data</source>
            <translation>ទិន្នន័យសាកល្បង</translation>
        </message>
        <message>
            <source>someone (no name given)</source>
            <translation>នរណាម្នាក់ (គ្មានឈ្មោះ)</translation>
        </message>
    </context>
    <context>
        <name>LadderStrip</name>
        <message>
            <source>ICT level, %1 to %2: %3</source>
            <translation>កម្រិត ICT ពី %1 ដល់ %2៖ %3</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Welcome to GMS Desk</source>
            <translation>សូមស្វាគមន៍មកកាន់ GMS Desk</translation>
        </message>
        <message>
            <source>Choose the language GMS Desk speaks. You can change it later in Settings.</source>
            <translation>ជ្រើសរើសភាសាដែល GMS Desk ប្រើ។ អ្នកអាចប្ដូរវានៅពេលក្រោយក្នុង «ការកំណត់»។</translation>
        </message>
    </context>
    <context>
        <name>LanguagesDialog</name>
        <message>
            <source>Languages</source>
            <translation>ភាសា</translation>
        </message>
        <message>
            <source>Search languages</source>
            <translation>ស្វែងរកភាសា</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>យល់ព្រម</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>បោះបង់</translation>
        </message>
    </context>
    <context>
        <name>LanguagesField</name>
        <message>
            <source>None chosen</source>
            <translation>មិនទាន់បានជ្រើសរើស</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>GMS Desk</source>
            <translation>GMS Desk</translation>
        </message>
        <message>
            <source>SMEs</source>
            <translation>សហគ្រាស</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>វគ្គបណ្ដុះបណ្ដាល</translation>
        </message>
        <message>
            <source>Surveys</source>
            <translation>ការស្ទង់មតិ</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>បណ្ដាញគាំទ្រ</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>របាយការណ៍</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>សមកាលកម្ម</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>ការកំណត់</translation>
        </message>
        <message>
            <source>Go to %1</source>
            <translation>ទៅកាន់ %1</translation>
        </message>
        <message>
            <source>Sync not set up</source>
            <translation>មិនទាន់រៀបចំសមកាលកម្ម</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting for sync</source>
            <translation>
                <numerusform>ការផ្លាស់ប្ដូរ %n កំពុងរង់ចាំសមកាលកម្ម</numerusform>
                <numerusform>ការផ្លាស់ប្ដូរ %n កំពុងរង់ចាំសមកាលកម្ម</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MapDialog</name>
        <message>
            <source>Map</source>
            <translation>ផែនទី</translation>
        </message>
        <message>
            <source>Zoom in (+)</source>
            <translation>ពង្រីក (+)</translation>
        </message>
        <message>
            <source>The answer on the map. Drag to move the map; turn the mouse wheel or press + and - to zoom.</source>
            <translation>ចម្លើយនៅលើផែនទី។ អូសដើម្បីរំកិលផែនទី។ បង្វិលកង់កណ្ដុរ ឬចុច + និង - ដើម្បីពង្រីក/បង្រួម។</translation>
        </message>
        <message>
            <source>Click the place to put the point there (or press Space for the cross in the middle). Drag to move the map; turn the mouse wheel or press + and - to zoom.</source>
            <translation>ចុចលើទីកន្លែង ដើម្បីដាក់ចំណុចនៅទីនោះ (ឬចុច Space សម្រាប់សញ្ញាកាកបាទនៅកណ្ដាល)។ អូសដើម្បីរំកិលផែនទី។ បង្វិលកង់កណ្ដុរ ឬចុច + និង - ដើម្បីពង្រីក/បង្រួម។</translation>
        </message>
        <message>
            <source>Click each corner of the shape in turn (or press Space for the cross in the middle); the shape closes by itself. Backspace removes the last corner. Drag to move the map; the mouse wheel or + and - zoom.</source>
            <translation>ចុចលើជ្រុងនីមួយៗនៃរាងតាមលំដាប់ (ឬចុច Space សម្រាប់សញ្ញាកាកបាទនៅកណ្ដាល)។ រាងនឹងបិទដោយខ្លួនឯង។ Backspace លុបជ្រុងចុងក្រោយ។ អូសដើម្បីរំកិលផែនទី។ កង់កណ្ដុរ ឬ + និង - ពង្រីក/បង្រួម។</translation>
        </message>
        <message>
            <source>Click each point of the line in turn (or press Space for the cross in the middle). Backspace removes the last point. Drag to move the map; the mouse wheel or + and - zoom.</source>
            <translation>ចុចលើចំណុចនីមួយៗនៃខ្សែតាមលំដាប់ (ឬចុច Space សម្រាប់សញ្ញាកាកបាទនៅកណ្ដាល)។ Backspace លុបចំណុចចុងក្រោយ។ អូសដើម្បីរំកិលផែនទី។ កង់កណ្ដុរ ឬ + និង - ពង្រីក/បង្រួម។</translation>
        </message>
        <message>
            <source>Zoom out (-)</source>
            <translation>បង្រួម (-)</translation>
        </message>
        <message>
            <source>Choose map tiles…</source>
            <translation>ជ្រើសរើសផ្ទាំងផែនទី…</translation>
        </message>
        <message>
            <source>An MBTiles file…</source>
            <translation>ឯកសារ MBTiles…</translation>
        </message>
        <message>
            <source>A folder of tiles (zoom/x/y.png)…</source>
            <translation>ថតផ្ទាំងផែនទី (zoom/x/y.png)…</translation>
        </message>
        <message>
            <source>Remove last point</source>
            <translation>លុបចំណុចចុងក្រោយ</translation>
        </message>
        <message>
            <source>Remove the point</source>
            <translation>លុបចំណុច</translation>
        </message>
        <message>
            <source>Remove all</source>
            <translation>លុបទាំងអស់</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>បិទ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>បោះបង់</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>យល់ព្រម</translation>
        </message>
        <message>
            <source>Use this answer (Ctrl+Enter)</source>
            <translation>ប្រើចម្លើយនេះ (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>No map tiles are set up on this laptop, so no map can be shown. Choose map tiles kept on this laptop: an MBTiles file, or a folder of tiles (zoom/x/y.png). You can also close this and type the location.</source>
            <translation>មិនទាន់មានការរៀបចំផ្ទាំងផែនទីនៅលើកុំព្យូទ័រនេះទេ ដូច្នេះមិនអាចបង្ហាញផែនទីបានទេ។ សូមជ្រើសរើសផ្ទាំងផែនទីដែលរក្សាទុកនៅលើកុំព្យូទ័រនេះ៖ ឯកសារ MBTiles ឬថតផ្ទាំងផែនទី (zoom/x/y.png)។ អ្នកក៏អាចបិទផ្ទាំងនេះ ហើយវាយទីតាំងដោយដៃបានដែរ។</translation>
        </message>
        <message>
            <source>The map tiles chosen for this laptop (%1) are no longer there. Choose map tiles again, or close this and type the location.</source>
            <translation>ផ្ទាំងផែនទីដែលបានជ្រើសរើសសម្រាប់កុំព្យូទ័រនេះ (%1) លែងមាននៅទីនោះទៀតហើយ។ សូមជ្រើសរើសផ្ទាំងផែនទីម្ដងទៀត ឬបិទផ្ទាំងនេះ ហើយវាយទីតាំង។</translation>
        </message>
        <message>
            <source>%1 holds vector tiles, which GMS Desk cannot draw. Choose raster tiles (PNG or JPEG pictures) instead.</source>
            <translation>%1 មានផ្ទាំងផែនទីប្រភេទ vector ដែល GMS Desk មិនអាចគូរបានទេ។ សូមជ្រើសរើសផ្ទាំងផែនទីប្រភេទ raster (រូបភាព PNG ឬ JPEG) ជំនួសវិញ។</translation>
        </message>
        <message>
            <source>%1 holds no map tiles. Choose an MBTiles file or a folder of tiles (zoom/x/y.png).</source>
            <translation>%1 គ្មានផ្ទាំងផែនទីទេ។ សូមជ្រើសរើសឯកសារ MBTiles ឬថតផ្ទាំងផែនទី (zoom/x/y.png)។</translation>
        </message>
        <message>
            <source>%1 cannot be read as map tiles. Choose an MBTiles file or a folder of tiles (zoom/x/y.png).</source>
            <translation>មិនអាចអាន %1 ជាផ្ទាំងផែនទីបានទេ។ សូមជ្រើសរើសឯកសារ MBTiles ឬថតផ្ទាំងផែនទី (zoom/x/y.png)។</translation>
        </message>
        <message>
            <source>These map tiles could not be remembered for next time.</source>
            <translation>មិនអាចចងចាំផ្ទាំងផែនទីទាំងនេះសម្រាប់លើកក្រោយបានទេ។</translation>
        </message>
        <message>
            <source>Choose map tiles</source>
            <translation>ជ្រើសរើសផ្ទាំងផែនទី</translation>
        </message>
        <message>
            <source>Map tiles (*.mbtiles);;All files (*)</source>
            <translation>ផ្ទាំងផែនទី (*.mbtiles);;ឯកសារទាំងអស់ (*)</translation>
        </message>
        <message>
            <source>Choose a folder of map tiles</source>
            <translation>ជ្រើសរើសថតផ្ទាំងផែនទី</translation>
        </message>
        <message>
            <source>A line needs at least two points.</source>
            <translation>ខ្សែមួយត្រូវការយ៉ាងហោចណាស់ពីរចំណុច។</translation>
        </message>
        <message>
            <source>A shape needs at least three points.</source>
            <translation>រាងមួយត្រូវការយ៉ាងហោចណាស់បីចំណុច។</translation>
        </message>
        <message>
            <source>Latitude %1, longitude %2</source>
            <translation>រយៈទទឹង %1 រយៈបណ្ដោយ %2</translation>
        </message>
        <message>
            <source>No point yet.</source>
            <translation>មិនទាន់មានចំណុចនៅឡើយទេ។</translation>
        </message>
        <message>
            <source>Points: %1</source>
            <translation>ចំណុច៖ %1</translation>
        </message>
        <message>
            <source>No points yet.</source>
            <translation>មិនទាន់មានចំណុចនៅឡើយទេ។</translation>
        </message>
        <message>
            <source>Map…</source>
            <translation>ផែនទី…</translation>
        </message>
        <message>
            <source>Pick the place on a map kept on this laptop (no internet needed)</source>
            <translation>ជ្រើសរើសទីកន្លែងនៅលើផែនទីដែលរក្សាទុកនៅលើកុំព្យូទ័រនេះ (មិនត្រូវការអ៊ីនធឺណិត)</translation>
        </message>
    </context>
    <context>
        <name>MediaWidget</name>
        <message>
            <source>Choose a photo…</source>
            <translation>ជ្រើសរើសរូបថត…</translation>
        </message>
        <message>
            <source>Choose a file…</source>
            <translation>ជ្រើសរើសឯកសារ…</translation>
        </message>
        <message>
            <source>Take a photo…</source>
            <translation>ថតរូប…</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>ចាក់</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>បើក</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>ដកចេញ</translation>
        </message>
        <message>
            <source>No file yet.</source>
            <translation>មិនទាន់មានឯកសារនៅឡើយទេ។</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>គ្មានរូបថត</translation>
        </message>
        <message>
            <source>Not on this laptop: it is fetched from headquarters when you open it.</source>
            <translation>មិនមាននៅលើកុំព្យូទ័រនេះទេ៖ វានឹងត្រូវទាញយកពីការិយាល័យកណ្ដាល នៅពេលអ្នកបើកវា។</translation>
        </message>
        <message>
            <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</source>
            <translation>រូបថត (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</translation>
        </message>
        <message>
            <source>Recordings (*.m4a *.mp3 *.wav *.ogg *.opus *.amr *.aac *.3gp)</source>
            <translation>ការថតសំឡេង (*.m4a *.mp3 *.wav *.ogg *.opus *.amr *.aac *.3gp)</translation>
        </message>
        <message>
            <source>Videos (*.mp4 *.mov *.avi *.mkv *.webm *.3gp)</source>
            <translation>វីដេអូ (*.mp4 *.mov *.avi *.mkv *.webm *.3gp)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>ឯកសារទាំងអស់ (*)</translation>
        </message>
        <message>
            <source>Files can be attached only to a response being filled in.</source>
            <translation>អាចភ្ជាប់ឯកសារបានតែទៅនឹងការឆ្លើយតបដែលកំពុងបំពេញប៉ុណ្ណោះ។</translation>
        </message>
        <message>
            <source>The file could not be read: %1</source>
            <translation>មិនអាចអានឯកសារបានទេ៖ %1</translation>
        </message>
        <message>
            <source>Fetching the file</source>
            <translation>កំពុងទាញយកឯកសារ</translation>
        </message>
    </context>
    <context>
        <name>Network</name>
        <message>
            <source>Whole programme</source>
            <translation>កម្មវិធីទាំងមូល</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>ប្រទេស/តំបន់</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>ស្ថាប័ន</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>រាជធានី/ខេត្ត</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>NetworkArea</name>
        <message>
            <source>Search agency, province, language (e.g. Japanese), service…</source>
            <translation>ស្វែងរកស្ថាប័ន រាជធានី/ខេត្ត ភាសា (ឧ. ជប៉ុន) សេវាកម្ម…</translation>
        </message>
        <message>
            <source>Type a language's name, such as Japanese, to find who translates into it; Enter or Down goes to the list.</source>
            <translation>វាយឈ្មោះភាសា ដូចជា ជប៉ុន ដើម្បីរកអ្នកដែលបកប្រែជាភាសានោះ។ ចុច Enter ឬ ↓ ដើម្បីទៅកាន់បញ្ជី។</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>ស្ថាប័ន</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>កែសម្រួល…</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>ស្វែងរក</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>មិនធ្វើវិញ</translation>
        </message>
        <message>
            <source>E-business support network</source>
            <translation>បណ្ដាញគាំទ្រអាជីវកម្មអេឡិចត្រូនិក</translation>
        </message>
        <message>
            <source>Published by headquarters</source>
            <translation>ចេញផ្សាយដោយការិយាល័យកណ្ដាល</translation>
        </message>
        <message>
            <source>Edit this agency's profile (Ctrl+E)</source>
            <translation>កែសម្រួលព័ត៌មានរបស់ស្ថាប័ននេះ (Ctrl+E)</translation>
        </message>
        <message numerus="yes">
            <source>%n agency(ies)</source>
            <translation>
                <numerusform>ស្ថាប័នចំនួន %n</numerusform>
                <numerusform>ស្ថាប័នចំនួន %n</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 agencies</source>
            <translation>ស្ថាប័ន %1 ក្នុងចំណោម %2</translation>
        </message>
        <message>
            <source>No agency matches “%1”.</source>
            <translation>គ្មានស្ថាប័នណាត្រូវនឹង «%1» ទេ។</translation>
        </message>
        <message>
            <source>No agencies yet. Headquarters publishes the support network; it arrives with the next sync.</source>
            <translation>មិនទាន់មានស្ថាប័ននៅឡើយទេ។ ការិយាល័យកណ្ដាលជាអ្នកចេញផ្សាយបណ្ដាញគាំទ្រ ហើយវានឹងមកដល់នៅពេលធ្វើសមកាលកម្មលើកក្រោយ។</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>ទំនាក់ទំនង</translation>
        </message>
        <message>
            <source>None listed yet.</source>
            <translation>មិនទាន់មានសេវាកម្មក្នុងបញ្ជីនៅឡើយទេ។</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>សេវាកម្ម</translation>
        </message>
        <message>
            <source>Indicative fee</source>
            <translation>ថ្លៃសេវាប្រហាក់ប្រហែល</translation>
        </message>
        <message>
            <source>Language pairs</source>
            <translation>គូភាសា</translation>
        </message>
        <message>
            <source>edit %1</source>
            <translation>កែសម្រួល %1</translation>
        </message>
        <message>
            <source>Saved “%1”.</source>
            <translation>បានរក្សាទុក «%1»។</translation>
        </message>
    </context>
    <context>
        <name>NewResponseDialog</name>
        <message>
            <source>This laptop's agency</source>
            <translation>ស្ថាប័នរបស់កុំព្យូទ័រនេះ</translation>
        </message>
        <message>
            <source>New response</source>
            <translation>ការឆ្លើយតបថ្មី</translation>
        </message>
        <message>
            <source>An SME</source>
            <translation>សហគ្រាស</translation>
        </message>
        <message>
            <source>A workshop</source>
            <translation>សិក្ខាសាលា</translation>
        </message>
        <message>
            <source>An agency</source>
            <translation>ស្ថាប័ន</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>ស្ថាប័ន</translation>
        </message>
        <message>
            <source>Type a name or phone number to find the SME</source>
            <translation>វាយឈ្មោះ ឬលេខទូរស័ព្ទ ដើម្បីស្វែងរកសហគ្រាស</translation>
        </message>
        <message>
            <source>No workshop</source>
            <translation>គ្មានសិក្ខាសាលា</translation>
        </message>
        <message>
            <source>Form:</source>
            <translation>ទម្រង់៖</translation>
        </message>
        <message>
            <source>About:</source>
            <translation>អំពី៖</translation>
        </message>
        <message>
            <source>SME (optional):</source>
            <translation>សហគ្រាស (មិនចាំបាច់)៖</translation>
        </message>
        <message>
            <source>Agency:</source>
            <translation>ស្ថាប័ន៖</translation>
        </message>
        <message>
            <source>Workshop (optional):</source>
            <translation>សិក្ខាសាលា (មិនចាំបាច់)៖</translation>
        </message>
        <message>
            <source>No workshops recorded yet</source>
            <translation>មិនទាន់មានសិក្ខាសាលាដែលបានកត់ត្រានៅឡើយទេ</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>ចាប់ផ្ដើម</translation>
        </message>
        <message>
            <source>Start (Ctrl+Enter)</source>
            <translation>ចាប់ផ្ដើម (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>— no SME —</source>
            <translation>— គ្មានសហគ្រាស —</translation>
        </message>
        <message>
            <source>Type a name or phone number above to find the SME.</source>
            <translation>វាយឈ្មោះ ឬលេខទូរស័ព្ទខាងលើ ដើម្បីស្វែងរកសហគ្រាស។</translation>
        </message>
    </context>
    <context>
        <name>PairsDialog</name>
        <message>
            <source>Language pairs</source>
            <translation>គូភាសា</translation>
        </message>
        <message>
            <source>From</source>
            <translation>ពី</translation>
        </message>
        <message>
            <source>Into</source>
            <translation>ទៅជា</translation>
        </message>
        <message>
            <source>Add pair</source>
            <translation>បន្ថែមគូភាសា</translation>
        </message>
        <message>
            <source>Remove pair</source>
            <translation>ដកគូភាសាចេញ</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>យល់ព្រម</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>បោះបង់</translation>
        </message>
        <message>
            <source>Choose two different languages from the lists.</source>
            <translation>សូមជ្រើសរើសភាសាពីរផ្សេងគ្នាពីបញ្ជី។</translation>
        </message>
    </context>
    <context>
        <name>PairsField</name>
        <message>
            <source>No language pairs</source>
            <translation>គ្មានគូភាសា</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Passphrase</source>
            <translation>ឃ្លាសម្ងាត់</translation>
        </message>
        <message>
            <source>To encrypt the copy, give it a passphrase; without the passphrase nobody can read it, you included. Leave both empty for a copy that is not encrypted.</source>
            <translation>ដើម្បីអ៊ិនគ្រីបច្បាប់ចម្លង សូមផ្ដល់ឃ្លាសម្ងាត់។ បើគ្មានឃ្លាសម្ងាត់ទេ គ្មាននរណាអាចអានវាបានឡើយ សូម្បីតែអ្នកក៏ដោយ។ ទុកប្រអប់ទាំងពីរឲ្យទទេ សម្រាប់ច្បាប់ចម្លងដែលមិនអ៊ិនគ្រីប។</translation>
        </message>
        <message>
            <source>This backup is encrypted. Enter its passphrase.</source>
            <translation>ច្បាប់បម្រុងទុកនេះត្រូវបានអ៊ិនគ្រីប។ សូមបញ្ចូលឃ្លាសម្ងាត់របស់វា។</translation>
        </message>
        <message>
            <source>Again</source>
            <translation>ម្ដងទៀត</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>ឃ្លាសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។</translation>
        </message>
        <message>
            <source>Enter the passphrase.</source>
            <translation>សូមបញ្ចូលឃ្លាសម្ងាត់។</translation>
        </message>
    </context>
    <context>
        <name>Pickers</name>
        <message>
            <source>Choose…</source>
            <translation>ជ្រើសរើស…</translation>
        </message>
    </context>
    <context>
        <name>PivotModel</name>
        <message>
            <source>Value</source>
            <translation>តម្លៃ</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>សរុប</translation>
        </message>
    </context>
    <context>
        <name>PlaceChoice</name>
        <message>
            <source>Choose…</source>
            <translation>ជ្រើសរើស…</translation>
        </message>
        <message>
            <source>Type or choose a province</source>
            <translation>វាយ ឬជ្រើសរើសរាជធានី/ខេត្ត</translation>
        </message>
    </context>
    <context>
        <name>Presence</name>
        <message>
            <source>Own website</source>
            <translation>គេហទំព័រផ្ទាល់ខ្លួន</translation>
        </message>
        <message>
            <source>Agency portal</source>
            <translation>វិបផតថលរបស់ស្ថាប័ន</translation>
        </message>
        <message>
            <source>E-marketplace</source>
            <translation>ទីផ្សារអនឡាញ</translation>
        </message>
        <message>
            <source>Social media page</source>
            <translation>ទំព័របណ្ដាញសង្គម</translation>
        </message>
        <message>
            <source>E-procurement registration</source>
            <translation>ការចុះបញ្ជីលទ្ធកម្មអេឡិចត្រូនិក</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>បានចុះបញ្ជី</translation>
        </message>
        <message>
            <source>Displaying products</source>
            <translation>កំពុងដាក់បង្ហាញផលិតផល</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>អសកម្ម</translation>
        </message>
    </context>
    <context>
        <name>PresenceDialog</name>
        <message>
            <source>Edit online presence</source>
            <translation>កែសម្រួលវត្តមានលើអ៊ីនធឺណិត</translation>
        </message>
        <message>
            <source>Online presence</source>
            <translation>វត្តមានលើអ៊ីនធឺណិត</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>ជ្រើសរើស…</translation>
        </message>
        <message>
            <source>e.g. the provincial trade portal</source>
            <translation>ឧ. វិបផតថលពាណិជ្ជកម្មខេត្ត</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>មិនដឹង</translation>
        </message>
        <message>
            <source>None</source>
            <translation>គ្មាន</translation>
        </message>
        <message>
            <source>since</source>
            <translation>តាំងពី</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>ប្រភេទ៖</translation>
        </message>
        <message>
            <source>Portal or marketplace:</source>
            <translation>វិបផតថល ឬទីផ្សារអនឡាញ៖</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>អាសយដ្ឋានគេហទំព័រ៖</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>ស្ថានភាព៖</translation>
        </message>
        <message>
            <source>Products displayed:</source>
            <translation>ចំនួនផលិតផលដែលដាក់បង្ហាញ៖</translation>
        </message>
        <message>
            <source>Set up by service:</source>
            <translation>រៀបចំឡើងដោយសេវាកម្ម៖</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>កំណត់ចំណាំ៖</translation>
        </message>
    </context>
    <context>
        <name>PrintNames</name>
        <message>
            <source>Characters that cannot be printed</source>
            <translation>តួអក្សរដែលមិនអាចបោះពុម្ពបាន</translation>
        </message>
        <message>
            <source>No font of the PDF has these characters, so they would print as empty boxes: %1

They are in the names of: %2</source>
            <translation>គ្មានពុម្ពអក្សរណាមួយរបស់ PDF មានតួអក្សរទាំងនេះទេ ដូច្នេះវានឹងចេញជាប្រអប់ទទេ៖ %1

វាមាននៅក្នុងឈ្មោះរបស់៖ %2</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>បន្ត</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>បោះបង់</translation>
        </message>
    </context>
    <context>
        <name>ProgressModel</name>
        <message>
            <source>Moved back by %1</source>
            <translation>ថយក្រោយដោយ %1</translation>
        </message>
        <message>
            <source>A score is a number from 0 to 100.</source>
            <translation>ពិន្ទុត្រូវជាលេខពី 0 ដល់ 100។</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>អ្នកចូលរួម</translation>
        </message>
        <message>
            <source>Pre-test</source>
            <translation>តេស្តមុនវគ្គ</translation>
        </message>
        <message>
            <source>Post-test</source>
            <translation>តេស្តក្រោយវគ្គ</translation>
        </message>
    </context>
    <context>
        <name>ProgressView</name>
        <message>
            <source>Next step (Space)</source>
            <translation>ជំហានបន្ទាប់ (Space)</translation>
        </message>
        <message>
            <source>Complete module for all selected</source>
            <translation>កំណត់ថាបានបញ្ចប់ម៉ូឌុល សម្រាប់ក្រឡាទាំងអស់ដែលបានជ្រើសរើស</translation>
        </message>
        <message>
            <source>Move back…</source>
            <translation>ថយវឌ្ឍនភាព…</translation>
        </message>
        <message>
            <source>Move one cell's progress back; needs a reason and is recorded</source>
            <translation>ថយវឌ្ឍនភាពនៃក្រឡាមួយ។ ត្រូវការមូលហេតុ ហើយនឹងត្រូវកត់ត្រាទុក</translation>
        </message>
        <message>
            <source>Modules: %1</source>
            <translation>ម៉ូឌុល៖ %1</translation>
        </message>
        <message>
            <source>◐ in progress   ✔ completed   ↺ moved back by an administrator. Space moves the selected cells one step forward; type a score in the test columns.</source>
            <translation>◐ កំពុងសិក្សា   ✔ បានបញ្ចប់   ↺ ថយក្រោយដោយអ្នកគ្រប់គ្រង។ ចុច Space ដើម្បីរំកិលក្រឡាដែលបានជ្រើសរើសទៅមុខមួយជំហាន។ វាយពិន្ទុនៅក្នុងជួរឈរតេស្ត។</translation>
        </message>
        <message>
            <source>Select module cells first.</source>
            <translation>សូមជ្រើសរើសក្រឡាម៉ូឌុលជាមុនសិន។</translation>
        </message>
        <message>
            <source>Select the module cell to move back first.</source>
            <translation>សូមជ្រើសរើសក្រឡាម៉ូឌុលដែលត្រូវថយក្រោយជាមុនសិន។</translation>
        </message>
        <message>
            <source>Progress only moves forward. To correct a mistake, use “Move back…”: it asks for a reason and records who did it.</source>
            <translation>វឌ្ឍនភាពអាចទៅមុខបានតែប៉ុណ្ណោះ។ ដើម្បីកែកំហុស សូមប្រើ «ថយវឌ្ឍនភាព…»៖ វានឹងសួររកមូលហេតុ ហើយកត់ត្រាអ្នកដែលបានធ្វើ។</translation>
        </message>
    </context>
    <context>
        <name>RankModel</name>
        <message>
            <source>Rank</source>
            <translation>ចំណាត់ថ្នាក់</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>តម្លៃជាក់ស្ដែង</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>គោលដៅ</translation>
        </message>
        <message>
            <source>Against target</source>
            <translation>ធៀបនឹងគោលដៅ</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>Agency</source>
            <translation>ស្ថាប័ន</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>វិស័យ</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>សហគ្រាស</translation>
        </message>
        <message>
            <source>Training module</source>
            <translation>ម៉ូឌុលបណ្ដុះបណ្ដាល</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>សិក្ខាសាលា</translation>
        </message>
        <message>
            <source>Workshop day</source>
            <translation>ថ្ងៃសិក្ខាសាលា</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>បុគ្គល</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>អ្នកចូលរួម</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>វត្តមាន</translation>
        </message>
        <message>
            <source>Module progress</source>
            <translation>វឌ្ឍនភាពម៉ូឌុល</translation>
        </message>
        <message>
            <source>E-business service</source>
            <translation>សេវាកម្មអាជីវកម្មអេឡិចត្រូនិក</translation>
        </message>
        <message>
            <source>Inquiry</source>
            <translation>ការសាកសួរ</translation>
        </message>
        <message>
            <source>Online presence</source>
            <translation>វត្តមានលើអ៊ីនធឺណិត</translation>
        </message>
        <message>
            <source>Awareness event</source>
            <translation>ព្រឹត្តិការណ៍លើកកម្ពស់ការយល់ដឹង</translation>
        </message>
        <message>
            <source>Survey form</source>
            <translation>ទម្រង់ស្ទង់មតិ</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>សូចនាករ</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>គោលដៅ</translation>
        </message>
        <message>
            <source>Survey response</source>
            <translation>ការឆ្លើយតបស្ទង់មតិ</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>ការកែប្រែផ្ទុយគ្នា</translation>
        </message>
    </context>
    <context>
        <name>RepeatBlock</name>
        <message>
            <source>Add another</source>
            <translation>បន្ថែមមួយទៀត</translation>
        </message>
        <message>
            <source>None yet. Press “Add another” to add one.</source>
            <translation>មិនទាន់មានទេ។ ចុច «បន្ថែមមួយទៀត» ដើម្បីបន្ថែម។</translation>
        </message>
        <message>
            <source>%1 — no. %2</source>
            <translation>%1 — លេខ %2</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>ដកចេញ</translation>
        </message>
        <message>
            <source>Remove %1 — no. %2 and its answers?</source>
            <translation>ដក %1 — លេខ %2 និងចម្លើយរបស់វាចេញ?</translation>
        </message>
    </context>
    <context>
        <name>ReportFilters</name>
        <message>
            <source>Kind of period</source>
            <translation>ប្រភេទរយៈពេល</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>ឆ្នាំ</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>ត្រីមាស</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>ខែ</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>ចន្លោះកាលបរិច្ឆេទ</translation>
        </message>
        <message>
            <source>Quarter or month</source>
            <translation>ត្រីមាស ឬខែ</translation>
        </message>
        <message>
            <source>From</source>
            <translation>ពីថ្ងៃ</translation>
        </message>
        <message>
            <source>To</source>
            <translation>ដល់ថ្ងៃ</translation>
        </message>
        <message>
            <source>All economies</source>
            <translation>គ្រប់ប្រទេស/តំបន់</translation>
        </message>
        <message>
            <source>All provinces</source>
            <translation>គ្រប់រាជធានី/ខេត្ត</translation>
        </message>
        <message>
            <source>All agencies</source>
            <translation>គ្រប់ស្ថាប័ន</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>ស្ថាប័ន</translation>
        </message>
        <message>
            <source>All sectors</source>
            <translation>គ្រប់វិស័យ</translation>
        </message>
        <message>
            <source>Women and men</source>
            <translation>ស្ត្រី និងបុរស</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>ភេទ</translation>
        </message>
        <message>
            <source>Counts people of one sex, for the indicators that count people by sex; the others show that they are not counted by sex.</source>
            <translation>រាប់តែមនុស្សនៃភេទមួយ សម្រាប់សូចនាករដែលរាប់មនុស្សតាមភេទ។ សូចនាករផ្សេងទៀតបង្ហាញថា វាមិនត្រូវបានរាប់តាមភេទទេ។</translation>
        </message>
        <message>
            <source>Q%1</source>
            <translation>ត្រីមាសទី %1</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Awareness-raising and training</source>
            <translation>ការលើកកម្ពស់ការយល់ដឹង និងការបណ្ដុះបណ្ដាល</translation>
        </message>
        <message>
            <source>E-business support network</source>
            <translation>បណ្ដាញគាំទ្រអាជីវកម្មអេឡិចត្រូនិក</translation>
        </message>
        <message>
            <source>E-marketplaces and e-procurement</source>
            <translation>ទីផ្សារអនឡាញ និងលទ្ធកម្មអេឡិចត្រូនិក</translation>
        </message>
        <message>
            <source>From surveys</source>
            <translation>ពីការស្ទង់មតិ</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>និន្នាការ</translation>
        </message>
        <message>
            <source>Record id</source>
            <translation>លេខសម្គាល់កំណត់ត្រា</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>ប្រទេស/តំបន់</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>ភេទ</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>សហគ្រាស</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>ស្ថាប័ន</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>សិក្ខាសាលា</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>ចំនួនអ្នកចូលរួម</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>បាទ/ចាស</translation>
        </message>
        <message>
            <source>No</source>
            <translation>ទេ</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>រាជធានី/ខេត្ត</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>វិស័យ</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>កម្រិតវគ្គ</translation>
        </message>
        <message>
            <source>Type of service</source>
            <translation>ប្រភេទសេវាកម្ម</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>មធ្យោបាយ</translation>
        </message>
        <message>
            <source>Kind of event</source>
            <translation>ប្រភេទព្រឹត្តិការណ៍</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>មិនបានកត់ត្រា</translation>
        </message>
        <message>
            <source>Q%1 %2</source>
            <translation>ត្រីមាសទី %1 ឆ្នាំ %2</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>Target met</source>
            <translation>សម្រេចគោលដៅ</translation>
        </message>
        <message>
            <source>Near target</source>
            <translation>ជិតសម្រេចគោលដៅ</translation>
        </message>
        <message>
            <source>Behind target</source>
            <translation>មិនទាន់សម្រេចគោលដៅ</translation>
        </message>
        <message>
            <source>No target</source>
            <translation>គ្មានគោលដៅ</translation>
        </message>
    </context>
    <context>
        <name>ReportsArea</name>
        <message>
            <source>Dashboard</source>
            <translation>ផ្ទាំងសង្ខេប</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>ការបែងចែកលម្អិត</translation>
        </message>
        <message>
            <source>Benchmarking</source>
            <translation>ការប្រៀបធៀប</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>គោលដៅ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>បោះបង់</translation>
        </message>
        <message>
            <source>Report pack…</source>
            <translation>កញ្ចប់របាយការណ៍…</translation>
        </message>
        <message>
            <source>These figures for headquarters and donors: a PDF and an XLSX workbook, in the language you choose</source>
            <translation>តួលេខទាំងនេះសម្រាប់ការិយាល័យកណ្ដាល និងម្ចាស់ជំនួយ៖ ឯកសារ PDF មួយ និងឯកសារ Excel (XLSX) មួយ ជាភាសាដែលអ្នកជ្រើសរើស</translation>
        </message>
        <message>
            <source>Compute again</source>
            <translation>គណនាម្ដងទៀត</translation>
        </message>
        <message>
            <source>Indicators against targets</source>
            <translation>សូចនាករធៀបនឹងគោលដៅ</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>កំពុងគណនា…</translation>
        </message>
        <message>
            <source>Stopped. Press F5 to compute again.</source>
            <translation>បានបញ្ឈប់។ ចុច F5 ដើម្បីគណនាម្ដងទៀត។</translation>
        </message>
        <message>
            <source>The figures could not be computed.</source>
            <translation>មិនអាចគណនាតួលេខបានទេ។</translation>
        </message>
        <message>
            <source>Report pack</source>
            <translation>កញ្ចប់របាយការណ៍</translation>
        </message>
        <message>
            <source>Language of the pack:</source>
            <translation>ភាសារបស់កញ្ចប់របាយការណ៍៖</translation>
        </message>
        <message>
            <source>Indicators against targets %1.pdf</source>
            <translation>សូចនាករធៀបនឹងគោលដៅ %1.pdf</translation>
        </message>
        <message>
            <source>Save the report pack</source>
            <translation>រក្សាទុកកញ្ចប់របាយការណ៍</translation>
        </message>
        <message>
            <source>PDF file (*.pdf)</source>
            <translation>ឯកសារ PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Making the report pack…</source>
            <translation>កំពុងបង្កើតកញ្ចប់របាយការណ៍…</translation>
        </message>
        <message>
            <source>The report pack was cancelled; no file was left half written.</source>
            <translation>បានបោះបង់ការបង្កើតកញ្ចប់របាយការណ៍។ គ្មានឯកសារណាត្រូវបានទុកចោល ដោយសរសេរមិនទាន់ចប់ទេ។</translation>
        </message>
        <message>
            <source>The report pack was cancelled.</source>
            <translation>បានបោះបង់ការបង្កើតកញ្ចប់របាយការណ៍។</translation>
        </message>
        <message>
            <source>Report pack written: %1 and %2.</source>
            <translation>បានបង្កើតកញ្ចប់របាយការណ៍រួចរាល់៖ %1 និង %2។</translation>
        </message>
        <message>
            <source>The report pack could not be written.</source>
            <translation>មិនអាចបង្កើតកញ្ចប់របាយការណ៍បានទេ។</translation>
        </message>
    </context>
    <context>
        <name>RevertDialog</name>
        <message>
            <source>Move progress back</source>
            <translation>ថយវឌ្ឍនភាព</translation>
        </message>
        <message>
            <source>Progress only moves forward. Moving it back is recorded with your name and the reason, and headquarters sees it.

%1 — %2: now “%3”.</source>
            <translation>វឌ្ឍនភាពអាចទៅមុខបានតែប៉ុណ្ណោះ។ ការថយវឌ្ឍនភាព នឹងត្រូវកត់ត្រាជាមួយឈ្មោះរបស់អ្នក និងមូលហេតុ ហើយការិយាល័យកណ្ដាលអាចមើលឃើញ។

%1 — %2៖ ឥឡូវនេះ «%3»។</translation>
        </message>
        <message>
            <source>Move back to:</source>
            <translation>ថយទៅ៖</translation>
        </message>
        <message>
            <source>Reason (required):</source>
            <translation>មូលហេតុ (ចាំបាច់)៖</translation>
        </message>
        <message>
            <source>Your name:</source>
            <translation>ឈ្មោះរបស់អ្នក៖</translation>
        </message>
        <message>
            <source>Move back</source>
            <translation>ថយក្រោយ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>បោះបង់</translation>
        </message>
        <message>
            <source>Say why the progress is moved back.</source>
            <translation>សូមបញ្ជាក់មូលហេតុដែលថយវឌ្ឍនភាព។</translation>
        </message>
        <message>
            <source>Enter your name.</source>
            <translation>សូមបញ្ចូលឈ្មោះរបស់អ្នក។</translation>
        </message>
        <message>
            <source>There is nothing earlier to move back to.</source>
            <translation>គ្មានជំហានមុនសម្រាប់ថយទៅទេ។</translation>
        </message>
    </context>
    <context>
        <name>RosterModel</name>
        <message>
            <source>present</source>
            <translation>មានវត្តមាន</translation>
        </message>
        <message>
            <source>not yet here</source>
            <translation>មិនទាន់មកដល់</translation>
        </message>
        <message>
            <source>Here</source>
            <translation>មានវត្តមាន</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ឈ្មោះ</translation>
        </message>
        <message>
            <source>Name (Latin letters)</source>
            <translation>ឈ្មោះ (អក្សរឡាតាំង)</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>សហគ្រាស</translation>
        </message>
    </context>
    <context>
        <name>SelectOneWidget</name>
        <message>
            <source>— not answered —</source>
            <translation>— មិនទាន់ឆ្លើយ —</translation>
        </message>
    </context>
    <context>
        <name>ServiceDialog</name>
        <message>
            <source>Edit service</source>
            <translation>កែសម្រួលសេវាកម្ម</translation>
        </message>
        <message>
            <source>Service delivered</source>
            <translation>សេវាកម្មដែលបានផ្ដល់</translation>
        </message>
        <message>
            <source>0 when free of charge</source>
            <translation>0 ប្រសិនបើឥតគិតថ្លៃ</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>បានបង់ប្រាក់</translation>
        </message>
        <message>
            <source>The SME has paid the fee.</source>
            <translation>សហគ្រាសបានបង់ថ្លៃសេវារួចហើយ។</translation>
        </message>
        <message>
            <source>e.g. 12 products listed on the provincial portal; 3 inquiries in the first month</source>
            <translation>ឧ. ផលិតផល 12 ត្រូវបានដាក់បង្ហាញលើវិបផតថលខេត្ត; មានការសាកសួរ 3 ក្នុងខែដំបូង</translation>
        </message>
        <message>
            <source>Service:</source>
            <translation>សេវាកម្ម៖</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>កាលបរិច្ឆេទ៖</translation>
        </message>
        <message>
            <source>Staff:</source>
            <translation>បុគ្គលិក៖</translation>
        </message>
        <message>
            <source>Fee charged:</source>
            <translation>ថ្លៃសេវាដែលបានគិត៖</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>លទ្ធផល៖</translation>
        </message>
    </context>
    <context>
        <name>ServicesEditor</name>
        <message>
            <source>Service</source>
            <translation>សេវាកម្ម</translation>
        </message>
        <message>
            <source>Indicative fee</source>
            <translation>ថ្លៃសេវាប្រហាក់ប្រហែល</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>រូបិយប័ណ្ណ</translation>
        </message>
        <message>
            <source>Language pairs</source>
            <translation>គូភាសា</translation>
        </message>
        <message>
            <source>e.g. 50 per page</source>
            <translation>ឧ. 50 ក្នុងមួយទំព័រ</translation>
        </message>
        <message>
            <source>For translation: each language pair, from one language into another.</source>
            <translation>សម្រាប់ការបកប្រែ៖ គូភាសានីមួយៗ ពីភាសាមួយទៅភាសាមួយទៀត។</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>ដកចេញ</translation>
        </message>
        <message>
            <source>Remove this service</source>
            <translation>ដកសេវាកម្មនេះចេញ</translation>
        </message>
    </context>
    <context>
        <name>ServicesView</name>
        <message>
            <source>Free</source>
            <translation>ឥតគិតថ្លៃ</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>បានបង់ប្រាក់</translation>
        </message>
        <message>
            <source>Not paid</source>
            <translation>មិនទាន់បង់ប្រាក់</translation>
        </message>
        <message>
            <source>All services</source>
            <translation>គ្រប់សេវាកម្ម</translation>
        </message>
        <message>
            <source>Paid or not</source>
            <translation>បានបង់ ឬមិនទាន់បង់</translation>
        </message>
        <message numerus="yes">
            <source>%Ln service(s)</source>
            <translation>
                <numerusform>សេវាកម្មចំនួន %Ln</numerusform>
                <numerusform>សេវាកម្មចំនួន %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 with a fee, %2 free</source>
            <translation>មានថ្លៃសេវា %1 ឥតគិតថ្លៃ %2</translation>
        </message>
        <message>
            <source>%1 (paid %2, not paid %3)</source>
            <translation>%1 (បានបង់ %2 មិនទាន់បង់ %3)</translation>
        </message>
        <message>
            <source>Fees: %1</source>
            <translation>ថ្លៃសេវា៖ %1</translation>
        </message>
        <message>
            <source>Export services</source>
            <translation>នាំចេញទិន្នន័យសេវាកម្ម</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln service(s) to %1.</source>
            <translation>
                <numerusform>បាននាំចេញសេវាកម្មចំនួន %Ln ទៅ %1។</numerusform>
                <numerusform>បាននាំចេញសេវាកម្មចំនួន %Ln ទៅ %1។</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsArea</name>
        <message>
            <source>Apply language</source>
            <translation>ប្ដូរភាសា</translation>
        </message>
        <message>
            <source>Your full name, as colleagues know you</source>
            <translation>ឈ្មោះពេញរបស់អ្នក ដូចដែលសហការីស្គាល់អ្នក</translation>
        </message>
        <message>
            <source>Allow unencrypted connections (http://) to a sync server on the local network</source>
            <translation>អនុញ្ញាតការតភ្ជាប់ដែលមិនបានអ៊ិនគ្រីប (http://) ទៅកាន់ម៉ាស៊ីនមេសមកាលកម្មនៅក្នុងបណ្ដាញមូលដ្ឋាន</translation>
        </message>
        <message>
            <source>Such a connection is not encrypted: anyone on the network can read what is sent, this computer's sync key included.</source>
            <translation>ការតភ្ជាប់បែបនេះមិនបានអ៊ិនគ្រីបទេ៖ នរណាក៏ដោយនៅក្នុងបណ្ដាញ អាចអានអ្វីដែលត្រូវបានផ្ញើ រួមទាំងកូនសោសមកាលកម្មរបស់កុំព្យូទ័រនេះផងដែរ។</translation>
        </message>
        <message>
            <source>Automatic (%1)</source>
            <translation>ស្វ័យប្រវត្តិ (%1)</translation>
        </message>
        <message>
            <source>Automatic sets Khmer, Lao and Burmese a little larger than the other languages. Windows opened from now on use the new size.</source>
            <translation>«ស្វ័យប្រវត្តិ» កំណត់អក្សរខ្មែរ ឡាវ និងភូមា ឲ្យធំជាងភាសាផ្សេងទៀតបន្តិច។ បង្អួចដែលបើកចាប់ពីពេលនេះតទៅ នឹងប្រើទំហំថ្មី។</translation>
        </message>
        <message>
            <source>Buddhist era: %1</source>
            <translation>ពុទ្ធសករាជ៖ %1</translation>
        </message>
        <message>
            <source>Gregorian: %1</source>
            <translation>គ្រិស្តសករាជ៖ %1</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ភាសា</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>ទំហំអក្សរ</translation>
        </message>
        <message>
            <source>Digits</source>
            <translation>តួលេខ</translation>
        </message>
        <message>
            <source>Years in Thai</source>
            <translation>ឆ្នាំក្នុងភាសាថៃ</translation>
        </message>
        <message>
            <source>Your name (saved with every change)</source>
            <translation>ឈ្មោះរបស់អ្នក (កត់ត្រាជាមួយការផ្លាស់ប្ដូរនីមួយៗ)</translation>
        </message>
        <message>
            <source>Your agency's economy and province</source>
            <translation>ប្រទេស/តំបន់ និងរាជធានី/ខេត្តរបស់ស្ថាប័នអ្នក</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>អ្នកគ្រប់គ្រង</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>សមកាលកម្ម</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>ថតទិន្នន័យ</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>កំណែ</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>ការកំណត់</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>វិញ្ញាបនបត្រ</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>ច្បាប់បម្រុងទុក</translation>
        </message>
    </context>
    <context>
        <name>SmeActivityDialog</name>
        <message>
            <source>Training and services — %1</source>
            <translation>វគ្គបណ្ដុះបណ្ដាល និងសេវាកម្ម — %1</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>បុគ្គល</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>សិក្ខាសាលា</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>បានបញ្ចប់</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>Modules completed</source>
            <translation>ម៉ូឌុលដែលបានបញ្ចប់</translation>
        </message>
        <message>
            <source>Last step</source>
            <translation>វឌ្ឍនភាពចុងក្រោយ</translation>
        </message>
        <message>
            <source>People and modules</source>
            <translation>បុគ្គល និងម៉ូឌុល</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>កាលបរិច្ឆេទ</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>សេវាកម្ម</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>បុគ្គលិក</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>ថ្លៃសេវា</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>ឥតគិតថ្លៃ</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>បានបង់ប្រាក់</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>បាទ/ចាស</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>លទ្ធផល</translation>
        </message>
        <message>
            <source>Add service…</source>
            <translation>បន្ថែមសេវាកម្ម…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>កែសម្រួល…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>លុប</translation>
        </message>
        <message>
            <source>E-business services delivered</source>
            <translation>សេវាកម្មអាជីវកម្មអេឡិចត្រូនិកដែលបានផ្ដល់</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ប្រភេទ</translation>
        </message>
        <message>
            <source>Portal or marketplace</source>
            <translation>វិបផតថល ឬទីផ្សារអនឡាញ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>ស្ថានភាព</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>តាំងពីថ្ងៃ</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>ផលិតផល</translation>
        </message>
        <message>
            <source>Add presence…</source>
            <translation>បន្ថែមវត្តមានលើអ៊ីនធឺណិត…</translation>
        </message>
        <message>
            <source>Online presence</source>
            <translation>វត្តមានលើអ៊ីនធឺណិត</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>ថ្ងៃទទួល</translation>
        </message>
        <message>
            <source>From</source>
            <translation>មកពី</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>មធ្យោបាយ</translation>
        </message>
        <message>
            <source>Through</source>
            <translation>តាមរយៈ</translation>
        </message>
        <message>
            <source>Order value</source>
            <translation>តម្លៃការបញ្ជាទិញ</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>កំណត់ចំណាំ</translation>
        </message>
        <message>
            <source>Add inquiry…</source>
            <translation>បន្ថែមការសាកសួរ…</translation>
        </message>
        <message>
            <source>Inquiries received</source>
            <translation>ការសាកសួរដែលបានទទួល</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>បិទ</translation>
        </message>
        <message>
            <source>Nobody from this SME has been to training yet.</source>
            <translation>មិនទាន់មាននរណាម្នាក់មកពីសហគ្រាសនេះចូលរួមវគ្គបណ្តុះបណ្តាលនៅឡើយទេ។</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) of this SME known from training.</source>
            <translation>
                <numerusform>បុគ្គលចំនួន %n នាក់នៃសហគ្រាសនេះ ធ្លាប់ចូលរួមវគ្គបណ្ដុះបណ្ដាល។</numerusform>
                <numerusform>បុគ្គលចំនួន %n នាក់នៃសហគ្រាសនេះ ធ្លាប់ចូលរួមវគ្គបណ្ដុះបណ្ដាល។</numerusform>
            </translation>
        </message>
        <message>
            <source>No module completed yet.</source>
            <translation>មិនទាន់បញ្ចប់ម៉ូឌុលណាមួយនៅឡើយទេ។</translation>
        </message>
        <message numerus="yes">
            <source>%n module(s) completed</source>
            <translation>
                <numerusform>ម៉ូឌុលចំនួន %n ត្រូវបានបញ្ចប់</numerusform>
                <numerusform>ម៉ូឌុលចំនួន %n ត្រូវបានបញ្ចប់</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>by %n of them.</source>
            <translation>
                <numerusform>ដោយ %n នាក់ក្នុងចំណោមពួកគេ។</numerusform>
                <numerusform>ដោយ %n នាក់ក្នុងចំណោមពួកគេ។</numerusform>
            </translation>
        </message>
        <message>
            <source>An online presence</source>
            <translation>វត្តមានលើអ៊ីនធឺណិតមួយ</translation>
        </message>
        <message>
            <source>A service</source>
            <translation>សេវាកម្មមួយ</translation>
        </message>
        <message>
            <source>add service</source>
            <translation>បន្ថែមសេវាកម្ម</translation>
        </message>
        <message>
            <source>Service added.</source>
            <translation>បានបន្ថែមសេវាកម្ម។</translation>
        </message>
        <message>
            <source>edit service</source>
            <translation>កែសម្រួលសេវាកម្ម</translation>
        </message>
        <message>
            <source>Service saved.</source>
            <translation>បានរក្សាទុកសេវាកម្ម។</translation>
        </message>
        <message>
            <source>delete service</source>
            <translation>លុបសេវាកម្ម</translation>
        </message>
        <message>
            <source>Service deleted. Undo with Ctrl+Z.</source>
            <translation>បានលុបសេវាកម្ម។ ចុច Ctrl+Z ដើម្បីមិនធ្វើវិញ។</translation>
        </message>
        <message>
            <source>add online presence</source>
            <translation>បន្ថែមវត្តមានលើអ៊ីនធឺណិត</translation>
        </message>
        <message>
            <source>Online presence added.</source>
            <translation>បានបន្ថែមវត្តមានលើអ៊ីនធឺណិត។</translation>
        </message>
        <message>
            <source>edit online presence</source>
            <translation>កែសម្រួលវត្តមានលើអ៊ីនធឺណិត</translation>
        </message>
        <message>
            <source>Online presence saved.</source>
            <translation>បានរក្សាទុកវត្តមានលើអ៊ីនធឺណិត។</translation>
        </message>
        <message>
            <source>delete online presence</source>
            <translation>លុបវត្តមានលើអ៊ីនធឺណិត</translation>
        </message>
        <message>
            <source>Online presence deleted. Undo with Ctrl+Z.</source>
            <translation>បានលុបវត្តមានលើអ៊ីនធឺណិត។ ចុច Ctrl+Z ដើម្បីមិនធ្វើវិញ។</translation>
        </message>
        <message>
            <source>add inquiry</source>
            <translation>បន្ថែមការសាកសួរ</translation>
        </message>
        <message>
            <source>Inquiry added.</source>
            <translation>បានបន្ថែមការសាកសួរ។</translation>
        </message>
        <message>
            <source>edit inquiry</source>
            <translation>កែសម្រួលការសាកសួរ</translation>
        </message>
        <message>
            <source>Inquiry saved.</source>
            <translation>បានរក្សាទុកការសាកសួរ។</translation>
        </message>
        <message>
            <source>delete inquiry</source>
            <translation>លុបការសាកសួរ</translation>
        </message>
        <message>
            <source>Inquiry deleted. Undo with Ctrl+Z.</source>
            <translation>បានលុបការសាកសួរ។ ចុច Ctrl+Z ដើម្បីមិនធ្វើវិញ។</translation>
        </message>
    </context>
    <context>
        <name>SmeArea</name>
        <message>
            <source>Undo</source>
            <translation>មិនធ្វើវិញ</translation>
        </message>
        <message>
            <source>SMEs</source>
            <translation>សហគ្រាស</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>សេវាកម្ម</translation>
        </message>
        <message>
            <source>Inquiries</source>
            <translation>ការសាកសួរ</translation>
        </message>
        <message>
            <source>New SME</source>
            <translation>សហគ្រាសថ្មី</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>កែសម្រួល</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>លុប</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>ស្ដារ</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>នាំចូល…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>នាំចេញ…</translation>
        </message>
        <message>
            <source>Training and services…</source>
            <translation>វគ្គបណ្ដុះបណ្ដាល និងសេវាកម្ម…</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>ស្វែងរក</translation>
        </message>
        <message>
            <source>Search name, phone, registration number, contact…</source>
            <translation>ស្វែងរកឈ្មោះ ទូរស័ព្ទ លេខចុះបញ្ជី អ្នកទំនាក់ទំនង…</translation>
        </message>
        <message>
            <source>All sectors</source>
            <translation>គ្រប់វិស័យ</translation>
        </message>
        <message>
            <source>All economies</source>
            <translation>គ្រប់ប្រទេស/តំបន់</translation>
        </message>
        <message>
            <source>Any ICT level</source>
            <translation>គ្រប់កម្រិត ICT</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>ស្ថាប័ន</translation>
        </message>
        <message>
            <source>All agencies</source>
            <translation>គ្រប់ស្ថាប័ន</translation>
        </message>
        <message>
            <source>Deleted SMEs</source>
            <translation>សហគ្រាសដែលបានលុប</translation>
        </message>
        <message>
            <source>Show deleted SMEs, to restore them</source>
            <translation>បង្ហាញសហគ្រាសដែលបានលុប ដើម្បីស្ដារវាវិញ</translation>
        </message>
        <message>
            <source>All provinces</source>
            <translation>គ្រប់រាជធានី/ខេត្ត</translation>
        </message>
        <message numerus="yes">
            <source>%n SME(s)</source>
            <translation>
                <numerusform>សហគ្រាសចំនួន %n</numerusform>
                <numerusform>សហគ្រាសចំនួន %n</numerusform>
            </translation>
        </message>
        <message>
            <source>More than %1 SMEs</source>
            <translation>សហគ្រាសច្រើនជាង %1</translation>
        </message>
        <message>
            <source>The list could not be loaded: %1</source>
            <translation>មិនអាចផ្ទុកបញ្ជីបានទេ៖ %1</translation>
        </message>
        <message>
            <source>add %1</source>
            <translation>បន្ថែម %1</translation>
        </message>
        <message>
            <source>Saved “%1”.</source>
            <translation>បានរក្សាទុក «%1»។</translation>
        </message>
        <message>
            <source>edit %1</source>
            <translation>កែសម្រួល %1</translation>
        </message>
        <message>
            <source>Nothing was deleted: the backup made first was stopped.</source>
            <translation>គ្មានអ្វីត្រូវបានលុបទេ៖ ការបង្កើតច្បាប់បម្រុងទុកជាមុនត្រូវបានបញ្ឈប់។</translation>
        </message>
        <message>
            <source>Deleted “%1”.</source>
            <translation>បានលុប «%1»។</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n SME(s).</source>
            <translation>
                <numerusform>បានលុបសហគ្រាសចំនួន %n។</numerusform>
                <numerusform>បានលុបសហគ្រាសចំនួន %n។</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>delete %n SME(s)</source>
            <translation>
                <numerusform>លុបសហគ្រាសចំនួន %n</numerusform>
                <numerusform>លុបសហគ្រាសចំនួន %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Undo with Ctrl+Z, or find it under Deleted SMEs.</source>
            <translation>ចុច Ctrl+Z ដើម្បីមិនធ្វើវិញ ឬរកវានៅក្នុង «សហគ្រាសដែលបានលុប»។</translation>
        </message>
        <message numerus="yes">
            <source>restore %n SME(s)</source>
            <translation>
                <numerusform>ស្ដារសហគ្រាសចំនួន %n</numerusform>
                <numerusform>ស្ដារសហគ្រាសចំនួន %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %n SME(s).</source>
            <translation>
                <numerusform>បានស្ដារសហគ្រាសចំនួន %n។</numerusform>
                <numerusform>បានស្ដារសហគ្រាសចំនួន %n។</numerusform>
            </translation>
        </message>
        <message>
            <source>Export SMEs</source>
            <translation>នាំចេញទិន្នន័យសហគ្រាស</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translation>ឯកសារ Excel (*.xlsx);;ឯកសារ CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>បានបោះបង់ការនាំចេញ។ គ្មានឯកសារណាត្រូវបានបង្កើតទេ។</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n SME(s) to %1.</source>
            <translation>
                <numerusform>បាននាំចេញសហគ្រាសចំនួន %n ទៅ %1។</numerusform>
                <numerusform>បាននាំចេញសហគ្រាសចំនួន %n ទៅ %1។</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting SMEs</source>
            <translation>កំពុងនាំចេញទិន្នន័យសហគ្រាស</translation>
        </message>
    </context>
    <context>
        <name>SmeFormDialog</name>
        <message>
            <source>New SME</source>
            <translation>សហគ្រាសថ្មី</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>ព័ត៌មានសហគ្រាស</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>ទីតាំង</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>ទំនាក់ទំនង</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>ទំហំ</translation>
        </message>
        <message>
            <source>Edit SME — %1</source>
            <translation>កែសម្រួលសហគ្រាស — %1</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>កំណត់ចំណាំ</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>រក្សាទុក</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>រក្សាទុក (Ctrl+S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>បោះបង់</translation>
        </message>
        <message>
            <source>Added by %1, %2</source>
            <translation>បន្ថែមដោយ %1, %2</translation>
        </message>
        <message>
            <source>last changed by %1, %2</source>
            <translation>កែប្រែចុងក្រោយដោយ %1, %2</translation>
        </message>
        <message>
            <source>agency: %1</source>
            <translation>ស្ថាប័ន៖ %1</translation>
        </message>
        <message>
            <source>Add sector…</source>
            <translation>បន្ថែមវិស័យ…</translation>
        </message>
        <message>
            <source>ICT and e-business use</source>
            <translation>ការប្រើ ICT និងអាជីវកម្មអេឡិចត្រូនិក</translation>
        </message>
        <message>
            <source>Add sector</source>
            <translation>បន្ថែមវិស័យ</translation>
        </message>
        <message>
            <source>Name of the new sector:</source>
            <translation>ឈ្មោះវិស័យថ្មី៖</translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>បោះបង់ការផ្លាស់ប្ដូរ?</translation>
        </message>
        <message>
            <source>Discard your changes?</source>
            <translation>តើអ្នកចង់បោះបង់ការផ្លាស់ប្ដូរដែលអ្នកបានធ្វើមែនទេ?</translation>
        </message>
        <message>
            <source>same name</source>
            <translation>ឈ្មោះដូចគ្នា</translation>
        </message>
        <message>
            <source>similar name</source>
            <translation>ឈ្មោះស្រដៀងគ្នា</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>លេខទូរស័ព្ទដូចគ្នា</translation>
        </message>
        <message>
            <source>same registration number</source>
            <translation>លេខចុះបញ្ជីដូចគ្នា</translation>
        </message>
        <message>
            <source>This business may already be registered. Open it instead of adding it again, or save if it is a different one:</source>
            <translation>សហគ្រាសនេះប្រហែលជាបានចុះបញ្ជីរួចហើយ។ សូមបើកសហគ្រាសដែលមានស្រាប់ ជំនួសឲ្យការបន្ថែមម្ដងទៀត ឬចុចរក្សាទុក ប្រសិនបើវាជាសហគ្រាសផ្សេង៖</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Open this one</source>
            <translation>បើកសហគ្រាសនេះ</translation>
        </message>
    </context>
    <context>
        <name>SmeTableModel</name>
        <message>
            <source>Agency</source>
            <translation>ស្ថាប័ន</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Where to start</source>
            <translation>ចាប់ផ្ដើមពីណា</translation>
        </message>
        <message>
            <source>A few first steps; press F1 at any time for the keyboard shortcuts and a short guide.</source>
            <translation>ជំហានដំបូងមួយចំនួន។ ចុច F1 នៅពេលណាក៏បាន ដើម្បីមើលផ្លូវកាត់ក្ដារចុច និងការណែនាំខ្លី។</translation>
        </message>
        <message>
            <source>&lt;b&gt;Register an SME&lt;/b&gt; in SMEs, with New SME: GMS Desk tells you when the business may be registered already.</source>
            <translation>&lt;b&gt;ចុះបញ្ជីសហគ្រាស&lt;/b&gt; ក្នុងផ្នែក «សហគ្រាស» ដោយប្រើ «សហគ្រាសថ្មី»៖ GMS Desk នឹងប្រាប់អ្នក ប្រសិនបើអាជីវកម្មនោះប្រហែលជាបានចុះបញ្ជីរួចហើយ។</translation>
        </message>
        <message>
            <source>&lt;b&gt;Plan a workshop&lt;/b&gt; in Training, with New workshop: enrol people, then mark attendance and progress, and print certificates.</source>
            <translation>&lt;b&gt;រៀបចំផែនការសិក្ខាសាលា&lt;/b&gt; ក្នុងផ្នែក «វគ្គបណ្ដុះបណ្ដាល» ដោយប្រើ «សិក្ខាសាលាថ្មី»៖ ចុះឈ្មោះអ្នកចូលរួម បន្ទាប់មកកត់វត្តមាន និងវឌ្ឍនភាព ហើយបោះពុម្ពវិញ្ញាបនបត្រ។</translation>
        </message>
        <message>
            <source>&lt;b&gt;Run a survey&lt;/b&gt; in Surveys, with New response, for an SME.</source>
            <translation>&lt;b&gt;ធ្វើការស្ទង់មតិ&lt;/b&gt; ក្នុងផ្នែក «ការស្ទង់មតិ» ដោយប្រើ «ការឆ្លើយតបថ្មី» សម្រាប់សហគ្រាសមួយ។</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sync&lt;/b&gt; in Sync: enrol this computer once with the code headquarters gave you; your changes are then sent whenever there is a connection.</source>
            <translation>&lt;b&gt;ធ្វើសមកាលកម្ម&lt;/b&gt; ក្នុងផ្នែក «សមកាលកម្ម»៖ ចុះឈ្មោះកុំព្យូទ័រនេះម្ដង ដោយប្រើលេខកូដដែលការិយាល័យកណ្ដាលបានផ្ដល់ឲ្យអ្នក។ បន្ទាប់មក ការផ្លាស់ប្ដូររបស់អ្នកនឹងត្រូវផ្ញើ រាល់ពេលមានការតភ្ជាប់។</translation>
        </message>
    </context>
    <context>
        <name>SummaryWindow</name>
        <message>
            <source>All versions</source>
            <translation>គ្រប់កំណែ</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>កំណែ %1</translation>
        </message>
        <message>
            <source>All provinces</source>
            <translation>គ្រប់រាជធានី/ខេត្ត</translation>
        </message>
        <message>
            <source>All sectors</source>
            <translation>គ្រប់វិស័យ</translation>
        </message>
        <message>
            <source>From</source>
            <translation>ពី</translation>
        </message>
        <message>
            <source>to</source>
            <translation>ដល់</translation>
        </message>
        <message>
            <source>Labels in:</source>
            <translation>បង្ហាញជាភាសា៖</translation>
        </message>
        <message>
            <source>Export responses (CSV/XLSX)…</source>
            <translation>នាំចេញការឆ្លើយតប (CSV/XLSX)…</translation>
        </message>
        <message>
            <source>Summary PDF…</source>
            <translation>សេចក្ដីសង្ខេបជា PDF…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>បិទ</translation>
        </message>
        <message>
            <source>Summary — %1</source>
            <translation>សេចក្ដីសង្ខេប — %1</translation>
        </message>
        <message>
            <source>submitted %1 to %2</source>
            <translation>បញ្ជូនពី %1 ដល់ %2</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>កំពុងរាប់…</translation>
        </message>
        <message>
            <source>Summarising</source>
            <translation>កំពុងសង្ខេប</translation>
        </message>
        <message numerus="yes">
            <source>%n response(s)</source>
            <translation>
                <numerusform>ការឆ្លើយតបចំនួន %n</numerusform>
                <numerusform>ការឆ្លើយតបចំនួន %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>ឯកសារចំនួន %n</numerusform>
                <numerusform>ឯកសារចំនួន %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>From %n point(s) of the latest answers</source>
            <translation>
                <numerusform>ពីចំណុចចំនួន %n នៃចម្លើយចុងក្រោយ</numerusform>
                <numerusform>ពីចំណុចចំនួន %n នៃចម្លើយចុងក្រោយ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n response(s) to %1.</source>
            <translation>
                <numerusform>បាននាំចេញការឆ្លើយតបចំនួន %n ទៅ %1។</numerusform>
                <numerusform>បាននាំចេញការឆ្លើយតបចំនួន %n ទៅ %1។</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) and file(s) copied to %1.</source>
            <translation>
                <numerusform>បានចម្លងរូបថត និងឯកសារចំនួន %n ទៅ %1។</numerusform>
                <numerusform>បានចម្លងរូបថត និងឯកសារចំនួន %n ទៅ %1។</numerusform>
            </translation>
        </message>
        <message>
            <source>version %1: %2</source>
            <translation>កំណែ %1៖ %2</translation>
        </message>
        <message>
            <source>This form has no questions to summarise.</source>
            <translation>ទម្រង់នេះគ្មានសំណួរសម្រាប់សង្ខេបទេ។</translation>
        </message>
        <message>
            <source>%1 answered</source>
            <translation>បានឆ្លើយ %1</translation>
        </message>
        <message>
            <source>in each “%1”</source>
            <translation>ក្នុង «%1» នីមួយៗ</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>មធ្យម</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>មេដ្យាន</translation>
        </message>
        <message>
            <source>Lowest</source>
            <translation>ទាបបំផុត</translation>
        </message>
        <message>
            <source>Highest</source>
            <translation>ខ្ពស់បំផុត</translation>
        </message>
        <message>
            <source>No numbers yet.</source>
            <translation>មិនទាន់មានលេខនៅឡើយទេ។</translation>
        </message>
        <message>
            <source>Latest answers:</source>
            <translation>ចម្លើយចុងក្រោយ៖</translation>
        </message>
        <message>
            <source>No answers yet.</source>
            <translation>មិនទាន់មានចម្លើយនៅឡើយទេ។</translation>
        </message>
        <message>
            <source>No files yet.</source>
            <translation>មិនទាន់មានឯកសារនៅឡើយទេ។</translation>
        </message>
        <message>
            <source>%1 of the latest photos are not on this laptop yet (they come with the next sync).</source>
            <translation>រូបថតថ្មីៗចំនួន %1 មិនទាន់មាននៅលើកុំព្យូទ័រនេះនៅឡើយទេ (វានឹងមកដល់នៅពេលធ្វើសមកាលកម្មលើកក្រោយ)។</translation>
        </message>
        <message>
            <source>No locations yet.</source>
            <translation>មិនទាន់មានទីតាំងនៅឡើយទេ។</translation>
        </message>
        <message>
            <source>Centre: %1, %2</source>
            <translation>ចំណុចកណ្ដាល៖ %1, %2</translation>
        </message>
        <message>
            <source>Between latitudes %1 and %2, longitudes %3 and %4</source>
            <translation>ចន្លោះរយៈទទឹង %1 និង %2 រយៈបណ្ដោយ %3 និង %4</translation>
        </message>
        <message>
            <source>Export responses</source>
            <translation>នាំចេញការឆ្លើយតប</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translation>ឯកសារ Excel (*.xlsx);;ឯកសារ CSV (*.csv)</translation>
        </message>
        <message>
            <source>%1 are not on this laptop: open them in their responses to fetch them, then export again.</source>
            <translation>ឯកសារចំនួន %1 មិនមាននៅលើកុំព្យូទ័រនេះទេ៖ សូមបើកវានៅក្នុងការឆ្លើយតបរបស់វា ដើម្បីទាញយក រួចនាំចេញម្ដងទៀត។</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>បានបោះបង់ការនាំចេញ។ គ្មានឯកសារណាត្រូវបានបង្កើតទេ។</translation>
        </message>
        <message>
            <source>The export failed; no file was written.</source>
            <translation>ការនាំចេញបរាជ័យ។ គ្មានឯកសារណាត្រូវបានបង្កើតទេ។</translation>
        </message>
        <message>
            <source>Exporting responses</source>
            <translation>កំពុងនាំចេញការឆ្លើយតប</translation>
        </message>
        <message>
            <source>Summary PDF</source>
            <translation>សេចក្ដីសង្ខេបជា PDF</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>ឯកសារ PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Summary saved to %1.</source>
            <translation>បានរក្សាទុកសេចក្ដីសង្ខេបនៅ %1។</translation>
        </message>
        <message>
            <source>Writing the summary PDF</source>
            <translation>កំពុងបង្កើតសេចក្ដីសង្ខេបជា PDF</translation>
        </message>
    </context>
    <context>
        <name>Survey</name>
        <message>
            <source>This answer is required.</source>
            <translation>ត្រូវតែឆ្លើយសំណួរនេះ។</translation>
        </message>
        <message>
            <source>This answer is not allowed.</source>
            <translation>ចម្លើយនេះមិនត្រូវបានអនុញ្ញាតទេ។</translation>
        </message>
        <message>
            <source>This answer is not in the expected form.</source>
            <translation>ចម្លើយនេះមិនត្រឹមត្រូវតាមលំនាំដែលតម្រូវទេ។</translation>
        </message>
        <message>
            <source>Enter a whole number, for example 12.</source>
            <translation>សូមបញ្ចូលចំនួនគត់ ឧទាហរណ៍ 12។</translation>
        </message>
        <message>
            <source>Enter a number, for example 2.5.</source>
            <translation>សូមបញ្ចូលលេខ ឧទាហរណ៍ 2.5។</translation>
        </message>
    </context>
    <context>
        <name>Surveys</name>
        <message>
            <source>Choose a file name ending in .csv or .xlsx.</source>
            <translation>សូមជ្រើសរើសឈ្មោះឯកសារដែលបញ្ចប់ដោយ .csv ឬ .xlsx។</translation>
        </message>
        <message>
            <source>(not answered)</source>
            <translation>(មិនទាន់ឆ្លើយ)</translation>
        </message>
        <message>
            <source>Version {version} of form {form_id} is already here with different questions. Change the version in the form's settings sheet and import it again.</source>
            <translation>កំណែ {version} នៃទម្រង់ {form_id} មានរួចហើយ ប៉ុន្តែមានសំណួរខុសគ្នា។ សូមប្ដូរកំណែនៅក្នុងសន្លឹក settings នៃទម្រង់ រួចនាំចូលម្ដងទៀត។</translation>
        </message>
        <message>
            <source>Version {version} of form {form_id} is already here with other attached files ({files}). Change the version in the form's settings sheet and import it again.</source>
            <translation>កំណែ {version} នៃទម្រង់ {form_id} មានរួចហើយនៅទីនេះ ដោយមានឯកសារភ្ជាប់ផ្សេង ({files})។ សូមប្ដូរកំណែនៅក្នុងសន្លឹក settings របស់ទម្រង់ ហើយនាំចូលវាម្ដងទៀត។</translation>
        </message>
        <message>
            <source>The answers are not a set of named values.</source>
            <translation>ចម្លើយមិនមែនជាសំណុំតម្លៃដែលមានឈ្មោះទេ។</translation>
        </message>
        <message>
            <source>This form version has responses or drafts, so it cannot be deleted.</source>
            <translation>កំណែទម្រង់នេះមានការឆ្លើយតប ឬសេចក្ដីព្រាង ដូច្នេះមិនអាចលុបបានទេ។</translation>
        </message>
        <message>
            <source>Enter a date as YYYY-MM-DD, for example 2024-03-15.</source>
            <translation>សូមបញ្ចូលកាលបរិច្ឆេទតាមទម្រង់ YYYY-MM-DD (ឆ្នាំ-ខែ-ថ្ងៃ) ឧទាហរណ៍ 2024-03-15។</translation>
        </message>
        <message>
            <source>This response was already corrected. Correct the newest one instead.</source>
            <translation>ការឆ្លើយតបនេះត្រូវបានកែតម្រូវរួចហើយ។ សូមកែតម្រូវការឆ្លើយតបថ្មីបំផុតជំនួសវិញ។</translation>
        </message>
        <message>
            <source>Headquarters published version {version} of form {form_id} with different questions; it can be read here but not changed. Change the version in the form's settings sheet and import it again.</source>
            <translation>ការិយាល័យកណ្ដាលបានចេញផ្សាយកំណែ {version} នៃទម្រង់ {form_id} ដែលមានសំណួរខុសគ្នា។ វាអាចមើលបាននៅទីនេះ ប៉ុន្តែមិនអាចកែប្រែបានទេ។ សូមប្ដូរកំណែនៅក្នុងសន្លឹក settings នៃទម្រង់ រួចនាំចូលម្ដងទៀត។</translation>
        </message>
        <message>
            <source>This form version is retired: it takes no new responses. Its responses and drafts are kept.</source>
            <translation>កំណែទម្រង់នេះឈប់ប្រើហើយ៖ វាមិនទទួលការឆ្លើយតបថ្មីទៀតទេ។ ការឆ្លើយតប និងសេចក្ដីព្រាងរបស់វានៅរក្សាទុកដដែល។</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>ការឆ្លើយតប</translation>
        </message>
        <message>
            <source>Form version</source>
            <translation>កំណែទម្រង់</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>ចាប់ផ្ដើម</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>បានបញ្ជូន</translation>
        </message>
        <message>
            <source>SME ID</source>
            <translation>លេខសម្គាល់សហគ្រាស</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>សហគ្រាស</translation>
        </message>
        <message>
            <source>Workshop ID</source>
            <translation>លេខសម្គាល់សិក្ខាសាលា</translation>
        </message>
        <message>
            <source>About agency</source>
            <translation>អំពីស្ថាប័ន</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ភាសា</translation>
        </message>
        <message>
            <source>Corrects response</source>
            <translation>កែតម្រូវការឆ្លើយតប</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>បញ្ចូលដោយ</translation>
        </message>
        <message>
            <source>Agency code</source>
            <translation>លេខកូដស្ថាប័ន</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>ស្ថាប័ន</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>ធាតុ</translation>
        </message>
    </context>
    <context>
        <name>SurveysArea</name>
        <message>
            <source>Surveys</source>
            <translation>ការស្ទង់មតិ</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>បន្ត</translation>
        </message>
        <message>
            <source>Delete draft…</source>
            <translation>លុបសេចក្ដីព្រាង…</translation>
        </message>
        <message>
            <source>View</source>
            <translation>មើល</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>កែតម្រូវ…</translation>
        </message>
        <message>
            <source>Make a corrected copy to fill in; once submitted it replaces this response, which is kept for the record.</source>
            <translation>បង្កើតច្បាប់ចម្លងសម្រាប់កែតម្រូវ។ នៅពេលបញ្ជូនរួច វានឹងជំនួសការឆ្លើយតបនេះ ដែលនៅតែរក្សាទុកជាកំណត់ត្រា។</translation>
        </message>
        <message>
            <source>Show replaced responses</source>
            <translation>បង្ហាញការឆ្លើយតបដែលត្រូវបានជំនួស</translation>
        </message>
        <message>
            <source>Drafts</source>
            <translation>សេចក្ដីព្រាង</translation>
        </message>
        <message>
            <source>Responses</source>
            <translation>ការឆ្លើយតប</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>ទម្រង់</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>ទម្រង់</translation>
        </message>
        <message>
            <source>Form ID</source>
            <translation>លេខសម្គាល់ទម្រង់</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>កំណែ</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>ចំនួនកំណែ</translation>
        </message>
        <message>
            <source>Imported from</source>
            <translation>នាំចូលពី</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>សហគ្រាស</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>ចាប់ផ្ដើម</translation>
        </message>
        <message>
            <source>Last saved</source>
            <translation>រក្សាទុកចុងក្រោយ</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>ចម្លើយ</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ប្រភេទ</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>បានបញ្ជូន</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ភាសា</translation>
        </message>
        <message>
            <source>By</source>
            <translation>ដោយ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>ស្ថានភាព</translation>
        </message>
        <message>
            <source>New response…</source>
            <translation>ការឆ្លើយតបថ្មី…</translation>
        </message>
        <message>
            <source>Import XLSForm…</source>
            <translation>នាំចូល XLSForm…</translation>
        </message>
        <message>
            <source>Summary and export…</source>
            <translation>សេចក្ដីសង្ខេប និងនាំចេញ…</translation>
        </message>
        <message>
            <source>Installing the forms that come with GMS Desk…</source>
            <translation>កំពុងដំឡើងទម្រង់ដែលភ្ជាប់មកជាមួយ GMS Desk…</translation>
        </message>
        <message>
            <source>Installing forms</source>
            <translation>កំពុងដំឡើងទម្រង់</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>ការកែតម្រូវ</translation>
        </message>
        <message>
            <source>New</source>
            <translation>ថ្មី</translation>
        </message>
        <message>
            <source>Drafts (%1)</source>
            <translation>សេចក្ដីព្រាង (%1)</translation>
        </message>
        <message>
            <source>Replaced by a correction</source>
            <translation>ត្រូវបានជំនួសដោយការកែតម្រូវ</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>ស្ថាប័ន</translation>
        </message>
        <message>
            <source>All agencies</source>
            <translation>គ្រប់ស្ថាប័ន</translation>
        </message>
        <message>
            <source>Show every version</source>
            <translation>បង្ហាញគ្រប់កំណែ</translation>
        </message>
        <message>
            <source>Export with labels…</source>
            <translation>នាំចេញជាមួយស្លាក…</translation>
        </message>
        <message>
            <source>Every response to the selected form in a spreadsheet for people to read: the questions' text and the answers' labels, in the language you choose</source>
            <translation>ការឆ្លើយតបទាំងអស់ចំពោះទម្រង់ដែលបានជ្រើសរើស ក្នុងឯកសារតារាងសម្រាប់មនុស្សអាន៖ អត្ថបទសំណួរ និងស្លាកចម្លើយ ជាភាសាដែលអ្នកជ្រើសរើស</translation>
        </message>
        <message>
            <source>Retire version</source>
            <translation>ឈប់ប្រើកំណែនេះ</translation>
        </message>
        <message>
            <source>Delete version…</source>
            <translation>លុបកំណែ…</translation>
        </message>
        <message numerus="yes">
            <source>%n form(s) ready to fill in.</source>
            <translation>
                <numerusform>ទម្រង់ចំនួន %n រួចរាល់សម្រាប់បំពេញ។</numerusform>
                <numerusform>ទម្រង់ចំនួន %n រួចរាល់សម្រាប់បំពេញ។</numerusform>
            </translation>
        </message>
        <message>
            <source>Version %1: %2, %3</source>
            <translation>កំណែ %1៖ %2, %3</translation>
        </message>
        <message numerus="yes">
            <source>%n response(s)</source>
            <translation>
                <numerusform>ការឆ្លើយតប %n</numerusform>
                <numerusform>ការឆ្លើយតប %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n draft(s)</source>
            <translation>
                <numerusform>សេចក្ដីព្រាង %n</numerusform>
                <numerusform>សេចក្ដីព្រាង %n</numerusform>
            </translation>
        </message>
        <message>
            <source>retired</source>
            <translation>ឈប់ប្រើ</translation>
        </message>
        <message>
            <source>Published by headquarters</source>
            <translation>ចេញផ្សាយដោយការិយាល័យកណ្ដាល</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>ឈប់ប្រើ</translation>
        </message>
        <message>
            <source>Retired: not offered for new responses. Its responses and drafts are kept, and can be viewed, corrected and exported.</source>
            <translation>ឈប់ប្រើ៖ មិនអាចជ្រើសសម្រាប់ការឆ្លើយតបថ្មីទៀតទេ។ ការឆ្លើយតប និងសេចក្ដីព្រាងរបស់វានៅរក្សាទុកដដែល ហើយអាចមើល កែតម្រូវ និងនាំចេញបាន។</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>កំពុងប្រើ</translation>
        </message>
        <message>
            <source>Offered for new responses.</source>
            <translation>ផ្ដល់ជូនសម្រាប់ចម្លើយថ្មី។</translation>
        </message>
        <message>
            <source>Responses (%1)</source>
            <translation>ការឆ្លើយតប (%1)</translation>
        </message>
        <message>
            <source>Responses to “%1” (%2)</source>
            <translation>ការឆ្លើយតបលើ «%1» (%2)</translation>
        </message>
        <message>
            <source>The responses could not be loaded: %1</source>
            <translation>មិនអាចផ្ទុកការឆ្លើយតបបានទេ៖ %1</translation>
        </message>
        <message>
            <source>Bring back</source>
            <translation>ប្រើវិញ</translation>
        </message>
        <message>
            <source>Offer version %1 of “%2” for new responses again.</source>
            <translation>ដាក់កំណែ %1 នៃ «%2» ឲ្យប្រើសម្រាប់ការឆ្លើយតបថ្មីវិញ។</translation>
        </message>
        <message>
            <source>Retire version %1 of “%2”: it is no longer offered for new responses; its responses and drafts are kept.</source>
            <translation>ឈប់ប្រើកំណែ %1 នៃ «%2»៖ វានឹងមិនអាចជ្រើសសម្រាប់ការឆ្លើយតបថ្មីទៀតទេ។ ការឆ្លើយតប និងសេចក្ដីព្រាងរបស់វានៅរក្សាទុកដដែល។</translation>
        </message>
        <message>
            <source>Delete version %1 of “%2”: nobody has answered it.</source>
            <translation>លុបកំណែ %1 នៃ «%2»៖ មិនទាន់មាននរណាឆ្លើយទេ។</translation>
        </message>
        <message>
            <source>Only an administrator can retire a form version or bring it back: “Administrator…” in Settings asks for the administrator password.</source>
            <translation>មានតែអ្នកគ្រប់គ្រងទេ ដែលអាចឈប់ប្រើកំណែទម្រង់ ឬយកវាមកប្រើវិញបាន៖ «អ្នកគ្រប់គ្រង…» ក្នុង «ការកំណត់» នឹងសួររកពាក្យសម្ងាត់អ្នកគ្រប់គ្រង។</translation>
        </message>
        <message>
            <source>Version %1 of “%2” was not retired: the backup made first was stopped.</source>
            <translation>កំណែ %1 នៃ «%2» មិនត្រូវបានឈប់ប្រើទេ៖ ការបង្កើតច្បាប់បម្រុងទុកជាមុនត្រូវបានបញ្ឈប់។</translation>
        </message>
        <message>
            <source>Version %1 of “%2” is offered for new responses again.</source>
            <translation>កំណែ %1 នៃ «%2» អាចប្រើសម្រាប់ការឆ្លើយតបថ្មីវិញហើយ។</translation>
        </message>
        <message>
            <source>Version %1 of “%2” retired: it is no longer offered for new responses; its responses and drafts are kept.</source>
            <translation>បានឈប់ប្រើកំណែ %1 នៃ «%2»៖ វាមិនអាចជ្រើសសម្រាប់ការឆ្លើយតបថ្មីទៀតទេ។ ការឆ្លើយតប និងសេចក្ដីព្រាងរបស់វានៅរក្សាទុកដដែល។</translation>
        </message>
        <message>
            <source>Delete form version</source>
            <translation>លុបកំណែទម្រង់</translation>
        </message>
        <message>
            <source>Delete version %1 of “%2”? Nobody has answered it yet.</source>
            <translation>លុបកំណែ %1 នៃ «%2»? មិនទាន់មាននរណាឆ្លើយវានៅឡើយទេ។</translation>
        </message>
        <message>
            <source>Version %1 of “%2” deleted.</source>
            <translation>បានលុបកំណែ %1 នៃ «%2»។</translation>
        </message>
        <message>
            <source>%1 (version %2)</source>
            <translation>%1 (កំណែ %2)</translation>
        </message>
        <message>
            <source>Every form version is retired. Bring one back, or import a new version.</source>
            <translation>គ្រប់កំណែទម្រង់ត្រូវបានឈប់ប្រើ។ សូមយកកំណែមួយមកប្រើវិញ ឬនាំចូលកំណែថ្មី។</translation>
        </message>
        <message>
            <source>There is no form yet. Import an XLSForm first.</source>
            <translation>មិនទាន់មានទម្រង់នៅឡើយទេ។ សូមនាំចូល XLSForm ជាមុនសិន។</translation>
        </message>
        <message>
            <source>Agency: %1</source>
            <translation>ស្ថាប័ន៖ %1</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>កំណែ %1</translation>
        </message>
        <message>
            <source>SME: %1</source>
            <translation>សហគ្រាស៖ %1</translation>
        </message>
        <message>
            <source>Correction of a submitted response</source>
            <translation>ការកែតម្រូវការឆ្លើយតបដែលបានបញ្ជូន</translation>
        </message>
        <message>
            <source>Response submitted. It will be sent with the next sync.</source>
            <translation>បានបញ្ជូនការឆ្លើយតប។ វានឹងត្រូវផ្ញើនៅពេលធ្វើសមកាលកម្មលើកក្រោយ។</translation>
        </message>
        <message>
            <source>Update the SME from a survey</source>
            <translation>ធ្វើបច្ចុប្បន្នភាពសហគ្រាសពីការស្ទង់មតិ</translation>
        </message>
        <message>
            <source>No SME is linked to the response, so no SME record was updated.</source>
            <translation>គ្មានសហគ្រាសណាត្រូវបានភ្ជាប់ជាមួយការឆ្លើយតបនេះទេ ដូច្នេះគ្មានកំណត់ត្រាសហគ្រាសណាត្រូវបានធ្វើបច្ចុប្បន្នភាពទេ។</translation>
        </message>
        <message>
            <source>The SME is not on this laptop, so its record was not updated.</source>
            <translation>សហគ្រាសនេះមិនមាននៅលើកុំព្យូទ័រនេះទេ ដូច្នេះកំណត់ត្រារបស់វាមិនត្រូវបានធ្វើបច្ចុប្បន្នភាពទេ។</translation>
        </message>
        <message>
            <source>The SME belongs to another agency: its record can be read here but not changed, so it was not updated.</source>
            <translation>សហគ្រាសនេះជារបស់ស្ថាប័នផ្សេង៖ កំណត់ត្រារបស់វាអាចមើលបាននៅទីនេះ ប៉ុន្តែមិនអាចកែប្រែបានទេ ដូច្នេះវាមិនត្រូវបានធ្វើបច្ចុប្បន្នភាពទេ។</translation>
        </message>
        <message>
            <source>The form's update condition (update_if) was not met, so the SME record was not updated.</source>
            <translation>លក្ខខណ្ឌធ្វើបច្ចុប្បន្នភាព (update_if) របស់ទម្រង់មិនត្រូវបានបំពេញទេ ដូច្នេះកំណត់ត្រាសហគ្រាសមិនត្រូវបានធ្វើបច្ចុប្បន្នភាពទេ។</translation>
        </message>
        <message>
            <source>SME record updated: %1.</source>
            <translation>បានធ្វើបច្ចុប្បន្នភាពកំណត់ត្រាសហគ្រាស៖ %1។</translation>
        </message>
        <message>
            <source>The SME record already held these answers.</source>
            <translation>កំណត់ត្រាសហគ្រាសមានចម្លើយទាំងនេះរួចហើយ។</translation>
        </message>
        <message>
            <source>Not written to the SME record, as the answer does not fit it: %1.</source>
            <translation>មិនបានសរសេរទៅក្នុងកំណត់ត្រាសហគ្រាសទេ ព្រោះចម្លើយមិនត្រូវនឹងវា៖ %1។</translation>
        </message>
        <message>
            <source>No answer for the SME record was given, so it was not updated.</source>
            <translation>គ្មានចម្លើយសម្រាប់កំណត់ត្រាសហគ្រាសត្រូវបានផ្ដល់ទេ ដូច្នេះវាមិនត្រូវបានធ្វើបច្ចុប្បន្នភាពទេ។</translation>
        </message>
        <message>
            <source>The draft is kept: resume it any time from the Drafts list.</source>
            <translation>សេចក្ដីព្រាងនៅរក្សាទុកដដែល៖ អ្នកអាចបន្តវានៅពេលណាក៏បាន ពីបញ្ជី «សេចក្ដីព្រាង»។</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>លុបសេចក្ដីព្រាង</translation>
        </message>
        <message>
            <source>Delete this draft of “%1” and the answers in it? This cannot be undone.</source>
            <translation>លុបសេចក្ដីព្រាងនៃ «%1» នេះ និងចម្លើយនៅក្នុងវា? សកម្មភាពនេះមិនអាចត្រឡប់វិញបានទេ។</translation>
        </message>
        <message>
            <source>Draft deleted.</source>
            <translation>បានលុបសេចក្ដីព្រាង។</translation>
        </message>
        <message>
            <source>Submitted %1</source>
            <translation>បានបញ្ជូននៅ %1</translation>
        </message>
        <message>
            <source>replaced by a correction</source>
            <translation>ត្រូវបានជំនួសដោយការកែតម្រូវ</translation>
        </message>
        <message>
            <source>Import an XLSForm</source>
            <translation>នាំចូល XLSForm</translation>
        </message>
        <message>
            <source>XLSForm spreadsheet (*.xlsx *.xls)</source>
            <translation>ឯកសារតារាង XLSForm (*.xlsx *.xls)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>កំពុងអាន %1…</translation>
        </message>
        <message>
            <source>Importing form</source>
            <translation>កំពុងនាំចូលទម្រង់</translation>
        </message>
        <message>
            <source>Files the form needs</source>
            <translation>ឯកសារដែលទម្រង់ត្រូវការ</translation>
        </message>
        <message>
            <source>“%1” needs %2 file(s) that are not in its folder: %3.

Choose them now? (ODK keeps them in a folder named %4 next to the form.)</source>
            <translation>«%1» ត្រូវការឯកសារចំនួន %2 ដែលមិនមាននៅក្នុងថតរបស់វា៖ %3។

ជ្រើសរើសឯកសារទាំងនោះឥឡូវនេះឬ? (ODK រក្សាទុកវានៅក្នុងថតឈ្មោះ %4 នៅជាប់នឹងទម្រង់។)</translation>
        </message>
        <message>
            <source>Choose the form's files</source>
            <translation>ជ្រើសរើសឯកសាររបស់ទម្រង់</translation>
        </message>
        <message>
            <source>Files the form names (%1);;All files (*)</source>
            <translation>ឯកសារដែលទម្រង់ត្រូវការ (%1);;ឯកសារទាំងអស់ (*)</translation>
        </message>
        <message numerus="yes">
            <source>“%1” cannot be used as a form: %n problem(s) must be fixed in the spreadsheet first.</source>
            <translation>
                <numerusform>មិនអាចប្រើ «%1» ជាទម្រង់បានទេ៖ ត្រូវកែបញ្ហា %n នៅក្នុងឯកសារតារាងជាមុនសិន។</numerusform>
                <numerusform>មិនអាចប្រើ «%1» ជាទម្រង់បានទេ៖ ត្រូវកែបញ្ហា %n នៅក្នុងឯកសារតារាងជាមុនសិន។</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s): what GMS Desk ignored is listed below.</source>
            <translation>
                <numerusform>ការព្រមាន %n៖ អ្វីដែល GMS Desk បានរំលង មានរាយនៅខាងក្រោម។</numerusform>
                <numerusform>ការព្រមាន %n៖ អ្វីដែល GMS Desk បានរំលង មានរាយនៅខាងក្រោម។</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n response(s) with labels to %1.</source>
            <translation>
                <numerusform>បាននាំចេញការឆ្លើយតបចំនួន %n ជាមួយស្លាក ទៅ %1។</numerusform>
                <numerusform>បាននាំចេញការឆ្លើយតបចំនួន %n ជាមួយស្លាក ទៅ %1។</numerusform>
            </translation>
        </message>
        <message>
            <source>Form not imported</source>
            <translation>មិនបាននាំចូលទម្រង់ទេ</translation>
        </message>
        <message>
            <source>Version %1 of “%2” is already here; nothing changed.</source>
            <translation>កំណែ %1 នៃ «%2» មានរួចហើយ។ គ្មានអ្វីផ្លាស់ប្ដូរទេ។</translation>
        </message>
        <message>
            <source>Form already imported</source>
            <translation>ទម្រង់នេះបាននាំចូលរួចហើយ</translation>
        </message>
        <message>
            <source>Imported “%1”, version %2.</source>
            <translation>បាននាំចូល «%1» កំណែ %2។</translation>
        </message>
        <message>
            <source>Form imported</source>
            <translation>បាននាំចូលទម្រង់</translation>
        </message>
        <message>
            <source>Export with labels</source>
            <translation>នាំចេញជាមួយស្លាក</translation>
        </message>
        <message>
            <source>Questions and answers in:</source>
            <translation>សំណួរ និងចម្លើយជាភាសា៖</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translation>ឯកសារ Excel (*.xlsx);;ឯកសារ CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>បានបោះបង់ការនាំចេញ។ គ្មានឯកសារណាត្រូវបានបង្កើតទេ។</translation>
        </message>
        <message>
            <source>The export failed; no file was written.</source>
            <translation>ការនាំចេញបរាជ័យ។ គ្មានឯកសារណាត្រូវបានបង្កើតទេ។</translation>
        </message>
        <message>
            <source>Exporting responses</source>
            <translation>កំពុងនាំចេញការឆ្លើយតប</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>This address starts with http://, so the connection would not be encrypted: this computer's key and your data could be read on the way. Use an https:// address. For a server on your local network, an administrator can allow unencrypted connections to it.</source>
            <translation>អាសយដ្ឋាននេះចាប់ផ្ដើមដោយ http:// ដូច្នេះការតភ្ជាប់នឹងមិនត្រូវបានអ៊ិនគ្រីបទេ៖ កូនសោរបស់កុំព្យូទ័រនេះ និងទិន្នន័យរបស់អ្នក អាចត្រូវបានអានតាមផ្លូវ។ សូមប្រើអាសយដ្ឋានដែលចាប់ផ្ដើមដោយ https://។ សម្រាប់ម៉ាស៊ីនមេនៅក្នុងបណ្ដាញមូលដ្ឋានរបស់អ្នក អ្នកគ្រប់គ្រងអាចអនុញ្ញាតការតភ្ជាប់ដែលមិនបានអ៊ិនគ្រីបទៅកាន់វាបាន។</translation>
        </message>
        <message>
            <source>Unencrypted connections are allowed only to a server on your local network, and this address is on the Internet. Use an https:// address.</source>
            <translation>ការតភ្ជាប់ដែលមិនបានអ៊ិនគ្រីប ត្រូវបានអនុញ្ញាតតែទៅកាន់ម៉ាស៊ីនមេនៅក្នុងបណ្ដាញមូលដ្ឋានរបស់អ្នកប៉ុណ្ណោះ ប៉ុន្តែអាសយដ្ឋាននេះស្ថិតនៅលើអ៊ីនធឺណិត។ សូមប្រើអាសយដ្ឋានដែលចាប់ផ្ដើមដោយ https://។</translation>
        </message>
        <message>
            <source>The server's certificate could not be verified. Check the server address and this computer's date and time; if both are right, tell headquarters. Nothing was sent.</source>
            <translation>មិនអាចផ្ទៀងផ្ទាត់វិញ្ញាបនបត្ររបស់ម៉ាស៊ីនមេបានទេ។ សូមពិនិត្យអាសយដ្ឋានម៉ាស៊ីនមេ និងកាលបរិច្ឆេទ និងម៉ោងរបស់កុំព្យូទ័រនេះ។ ប្រសិនបើទាំងពីរត្រឹមត្រូវ សូមប្រាប់ការិយាល័យកណ្ដាល។ គ្មានអ្វីត្រូវបានផ្ញើទេ។</translation>
        </message>
        <message>
            <source>This database is not enrolled on this computer: it was copied from another computer, or the key that lets it sync is missing. Enrol this computer again with a new code from headquarters.</source>
            <translation>មូលដ្ឋានទិន្នន័យនេះមិនបានចុះឈ្មោះនៅលើកុំព្យូទ័រនេះទេ៖ វាត្រូវបានចម្លងពីកុំព្យូទ័រផ្សេង ឬកូនសោដែលអនុញ្ញាតឲ្យវាធ្វើសមកាលកម្មបានបាត់។ សូមចុះឈ្មោះកុំព្យូទ័រនេះម្ដងទៀត ដោយប្រើលេខកូដថ្មីពីការិយាល័យកណ្ដាល។</translation>
        </message>
        <message>
            <source>The server address is not valid. It looks like https://hq.example.org.</source>
            <translation>អាសយដ្ឋានម៉ាស៊ីនមេមិនត្រឹមត្រូវទេ។ អាសយដ្ឋានត្រូវមានទម្រង់ដូចជា https://hq.example.org។</translation>
        </message>
        <message>
            <source>Headquarters cannot be reached. Your changes are kept and will be sent when the connection is back.</source>
            <translation>មិនអាចភ្ជាប់ទៅការិយាល័យកណ្ដាលបានទេ។ ការផ្លាស់ប្ដូររបស់អ្នកនៅរក្សាទុកដដែល ហើយនឹងត្រូវផ្ញើ នៅពេលមានការតភ្ជាប់វិញ។</translation>
        </message>
        <message>
            <source>Headquarters could not process the enrolment. Try again later; if it keeps failing, tell headquarters.</source>
            <translation>ការិយាល័យកណ្ដាលមិនអាចដំណើរការការចុះឈ្មោះបានទេ។ សូមព្យាយាមម្ដងទៀតនៅពេលក្រោយ។ ប្រសិនបើនៅតែបរាជ័យ សូមប្រាប់ការិយាល័យកណ្ដាល។</translation>
        </message>
        <message>
            <source>Too many enrolment attempts from this network. Wait a minute, then try again.</source>
            <translation>មានការព្យាយាមចុះឈ្មោះច្រើនពេកពីបណ្ដាញនេះ។ សូមរង់ចាំមួយនាទី រួចព្យាយាមម្ដងទៀត។</translation>
        </message>
        <message>
            <source>This version of GMS Desk is too old to sync with headquarters. Please install GMS Desk %1 or newer; this laptop has %2. Your data is kept until then.</source>
            <translation>កំណែ GMS Desk នេះចាស់ពេក មិនអាចធ្វើសមកាលកម្មជាមួយការិយាល័យកណ្ដាលបានទេ។ សូមដំឡើង GMS Desk %1 ឬថ្មីជាងនេះ។ កុំព្យូទ័រនេះមាន %2។ ទិន្នន័យរបស់អ្នកនៅរក្សាទុកដដែលរហូតដល់ពេលនោះ។</translation>
        </message>
        <message>
            <source>This is the demo data folder: nothing in it is ever sent to headquarters. Leave demo data (in the Demo menu), then enrol this computer with your own data.</source>
            <translation>នេះជាថតទិន្នន័យសាកល្បង៖ គ្មានអ្វីនៅក្នុងវាត្រូវបានផ្ញើទៅការិយាល័យកណ្ដាលឡើយ។ សូមចាកចេញពីទិន្នន័យសាកល្បង (ក្នុងម៉ឺនុយ «សាកល្បង») រួចចុះឈ្មោះកុំព្យូទ័រនេះជាមួយទិន្នន័យផ្ទាល់របស់អ្នក។</translation>
        </message>
        <message>
            <source>Headquarters does not recognise this computer (not enrolled, or access was withdrawn). Enrol it again with a new code.</source>
            <translation>ការិយាល័យកណ្ដាលមិនស្គាល់កុំព្យូទ័រនេះទេ (មិនទាន់បានចុះឈ្មោះ ឬសិទ្ធិចូលប្រើត្រូវបានដកហូត)។ សូមចុះឈ្មោះវាម្ដងទៀត ដោយប្រើលេខកូដថ្មី។</translation>
        </message>
        <message>
            <source>This version of GMS Desk is too old to sync. Please update it; your data is kept until then.</source>
            <translation>កំណែ GMS Desk នេះចាស់ពេក មិនអាចធ្វើសមកាលកម្មបានទេ។ សូមធ្វើបច្ចុប្បន្នភាពកម្មវិធី។ ទិន្នន័យរបស់អ្នកនៅរក្សាទុកដដែលរហូតដល់ពេលនោះ។</translation>
        </message>
        <message>
            <source>Headquarters refused the request.</source>
            <translation>ការិយាល័យកណ្ដាលបានបដិសេធសំណើនេះ។</translation>
        </message>
        <message>
            <source>Headquarters could not process the sync. Try again later.</source>
            <translation>ការិយាល័យកណ្ដាលមិនអាចដំណើរការសមកាលកម្មបានទេ។ សូមព្យាយាមម្ដងទៀតនៅពេលក្រោយ។</translation>
        </message>
        <message>
            <source>This enrolment code is not valid or was used already. Ask headquarters for a new one.</source>
            <translation>លេខកូដចុះឈ្មោះនេះមិនត្រឹមត្រូវ ឬត្រូវបានប្រើរួចហើយ។ សូមស្នើសុំលេខកូដថ្មីពីការិយាល័យកណ្ដាល។</translation>
        </message>
        <message>
            <source>This address does not answer like a GMS Desk headquarters server. Check the address.</source>
            <translation>អាសយដ្ឋាននេះមិនឆ្លើយតបដូចម៉ាស៊ីនមេ GMS Desk របស់ការិយាល័យកណ្ដាលទេ។ សូមពិនិត្យអាសយដ្ឋានឡើងវិញ។</translation>
        </message>
        <message>
            <source>Sync is not set up: enrol this computer with headquarters first.</source>
            <translation>មិនទាន់បានរៀបចំសមកាលកម្មទេ៖ សូមចុះឈ្មោះកុំព្យូទ័រនេះជាមួយការិយាល័យកណ្ដាលជាមុនសិន។</translation>
        </message>
        <message>
            <source>Enter the server address and the enrolment code.</source>
            <translation>សូមបញ្ចូលអាសយដ្ឋានម៉ាស៊ីនមេ និងលេខកូដចុះឈ្មោះ។</translation>
        </message>
        <message>
            <source>No GMS Desk headquarters answered at this address. Check the address (for example https://hq.example.org) and try again.</source>
            <translation>គ្មានម៉ាស៊ីនមេ GMS Desk របស់ការិយាល័យកណ្ដាលឆ្លើយតបនៅអាសយដ្ឋាននេះទេ។ សូមពិនិត្យអាសយដ្ឋាន (ឧទាហរណ៍ https://hq.example.org) រួចព្យាយាមម្ដងទៀត។</translation>
        </message>
        <message>
            <source>This record belongs to another agency.</source>
            <translation>កំណត់ត្រានេះជារបស់ស្ថាប័នផ្សេង។</translation>
        </message>
        <message>
            <source>Headquarters published this record; it cannot be changed here.</source>
            <translation>ការិយាល័យកណ្ដាលបានចេញផ្សាយកំណត់ត្រានេះ៖ មិនអាចកែប្រែនៅទីនេះបានទេ។</translation>
        </message>
        <message>
            <source>Headquarters does not know this kind of record yet (it runs an older version).</source>
            <translation>ការិយាល័យកណ្ដាលមិនទាន់ស្គាល់ប្រភេទកំណត់ត្រានេះនៅឡើយទេ (វាកំពុងប្រើកំណែចាស់ជាង)។</translation>
        </message>
        <message>
            <source>Headquarters does not know this field yet (it runs an older version).</source>
            <translation>ការិយាល័យកណ្ដាលមិនទាន់ស្គាល់ព័ត៌មាននេះនៅឡើយទេ (វាកំពុងប្រើកំណែចាស់ជាង)។</translation>
        </message>
        <message>
            <source>Headquarters has no such conflict.</source>
            <translation>ការិយាល័យកណ្ដាលមិនមានការកែប្រែផ្ទុយគ្នានេះទេ។</translation>
        </message>
        <message>
            <source>The key that lets this computer sync could not be saved in the data folder. Check that the folder can be written to, then enrol again.</source>
            <translation>មិនអាចរក្សាទុកកូនសោដែលអនុញ្ញាតឲ្យកុំព្យូទ័រនេះធ្វើសមកាលកម្ម នៅក្នុងថតទិន្នន័យបានទេ។ សូមពិនិត្យថាថតនោះអាចសរសេរបាន រួចចុះឈ្មោះម្ដងទៀត។</translation>
        </message>
        <message>
            <source>The key that lets this computer sync could not be read from the system's password store (it may be locked). Unlock it, then sync again.</source>
            <translation>មិនអាចអានកូនសោដែលអនុញ្ញាតឲ្យកុំព្យូទ័រនេះធ្វើសមកាលកម្ម ពីឃ្លាំងពាក្យសម្ងាត់របស់ប្រព័ន្ធបានទេ (វាប្រហែលជាត្រូវបានចាក់សោ)។ សូមដោះសោវា រួចធ្វើសមកាលកម្មម្ដងទៀត។</translation>
        </message>
        <message>
            <source>This file is not a GMS Desk sync bundle.</source>
            <translation>ឯកសារនេះមិនមែនជាកញ្ចប់សមកាលកម្ម GMS Desk ទេ។</translation>
        </message>
        <message>
            <source>This sync bundle was made by a newer version of GMS Desk. Update GMS Desk on this computer, then import it again.</source>
            <translation>កញ្ចប់សមកាលកម្មនេះត្រូវបានបង្កើតដោយកំណែ GMS Desk ថ្មីជាង។ សូមធ្វើបច្ចុប្បន្នភាព GMS Desk នៅលើកុំព្យូទ័រនេះ រួចនាំចូលវាម្ដងទៀត។</translation>
        </message>
        <message>
            <source>This sync bundle is damaged or incomplete (it may have been cut short while it was copied). Nothing was imported. Copy it again, or make a new one.</source>
            <translation>កញ្ចប់សមកាលកម្មនេះខូច ឬមិនពេញលេញ (វាប្រហែលជាត្រូវបានកាត់ខ្លីពេលកំពុងចម្លង)។ គ្មានអ្វីត្រូវបាននាំចូលទេ។ សូមចម្លងវាម្ដងទៀត ឬបង្កើតកញ្ចប់ថ្មី។</translation>
        </message>
        <message>
            <source>This sync bundle was changed after it was made, or was not made for this computer. Nothing was imported.</source>
            <translation>កញ្ចប់សមកាលកម្មនេះត្រូវបានកែប្រែបន្ទាប់ពីវាត្រូវបានបង្កើត ឬមិនត្រូវបានបង្កើតសម្រាប់កុំព្យូទ័រនេះទេ។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
        </message>
        <message>
            <source>This sync bundle is encrypted. Enter the passphrase it was made with.</source>
            <translation>កញ្ចប់សមកាលកម្មនេះត្រូវបានអ៊ិនគ្រីប។ សូមបញ្ចូលឃ្លាសម្ងាត់ដែលបានប្រើពេលបង្កើតវា។</translation>
        </message>
        <message>
            <source>The passphrase is not the one this sync bundle was made with, or the bundle was changed after it was made. Nothing was imported.</source>
            <translation>ឃ្លាសម្ងាត់នេះមិនមែនជាឃ្លាសម្ងាត់ដែលបានប្រើពេលបង្កើតកញ្ចប់សមកាលកម្មនេះទេ ឬកញ្ចប់នេះត្រូវបានកែប្រែបន្ទាប់ពីវាត្រូវបានបង្កើត។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
        </message>
        <message>
            <source>Encrypted sync bundles need the “cryptography” package, which is not installed with this copy of GMS Desk.</source>
            <translation>កញ្ចប់សមកាលកម្មដែលបានអ៊ិនគ្រីប ត្រូវការកញ្ចប់កម្មវិធី «cryptography» ដែលមិនបានដំឡើងជាមួយ GMS Desk នេះទេ។</translation>
        </message>
        <message>
            <source>This computer is not enrolled with headquarters, so it cannot make or read sync bundles. Enrol it first.</source>
            <translation>កុំព្យូទ័រនេះមិនទាន់បានចុះឈ្មោះជាមួយការិយាល័យកណ្ដាលទេ ដូច្នេះវាមិនអាចបង្កើត ឬអានកញ្ចប់សមកាលកម្មបានទេ។ សូមចុះឈ្មោះវាជាមុនសិន។</translation>
        </message>
        <message>
            <source>This sync bundle was made on this computer. Take it to headquarters, or to another computer of your agency, and import it there.</source>
            <translation>កញ្ចប់សមកាលកម្មនេះត្រូវបានបង្កើតនៅលើកុំព្យូទ័រនេះ។ សូមយកវាទៅការិយាល័យកណ្ដាល ឬទៅកុំព្យូទ័រផ្សេងទៀតរបស់ស្ថាប័នអ្នក ហើយនាំចូលវានៅទីនោះ។</translation>
        </message>
        <message>
            <source>This reply from headquarters is for another computer. Import it on the computer whose id it names.</source>
            <translation>ចម្លើយតបពីការិយាល័យកណ្ដាលនេះ គឺសម្រាប់កុំព្យូទ័រផ្សេង។ សូមនាំចូលវានៅលើកុំព្យូទ័រដែលមានលេខសម្គាល់ដូចដែលបានបញ្ជាក់ក្នុងវា។</translation>
        </message>
        <message>
            <source>This sync bundle comes from a computer of another agency. Only bundles of your own agency's computers, and replies from headquarters for this computer, can be imported here.</source>
            <translation>កញ្ចប់សមកាលកម្មនេះមកពីកុំព្យូទ័ររបស់ស្ថាប័នផ្សេង។ មានតែកញ្ចប់ពីកុំព្យូទ័ររបស់ស្ថាប័នអ្នកផ្ទាល់ និងចម្លើយតបពីការិយាល័យកណ្ដាលសម្រាប់កុំព្យូទ័រនេះប៉ុណ្ណោះ ដែលអាចនាំចូលនៅទីនេះបាន។</translation>
        </message>
        <message>
            <source>This sync bundle comes from a computer whose clock is ahead. Correct the date and time on that computer, sync it or make a new bundle there, and import that one. Nothing was imported.</source>
            <translation>កញ្ចប់សមកាលកម្មនេះមកពីកុំព្យូទ័រដែលនាឡិការបស់វាលឿនជាងពេលពិត។ សូមកែកាលបរិច្ឆេទ និងម៉ោងនៅលើកុំព្យូទ័រនោះ ធ្វើសមកាលកម្មវា ឬបង្កើតកញ្ចប់ថ្មីនៅទីនោះ ហើយនាំចូលកញ្ចប់នោះ។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
        </message>
        <message>
            <source>The sync bundle could not be read.</source>
            <translation>មិនអាចអានកញ្ចប់សមកាលកម្មបានទេ។</translation>
        </message>
        <message>
            <source>The sync bundle could not be written. Check that the folder (or USB stick) is there, can be written to and has room. Nothing is lost: make the bundle again.</source>
            <translation>មិនអាចរក្សាទុកកញ្ចប់សមកាលកម្មបានទេ។ សូមពិនិត្យថាថត (ឬ USB) នៅមាន អាចសរសេរបាន និងមានទំហំទំនេរ។ គ្មានអ្វីបាត់បង់ទេ៖ សូមបង្កើតកញ្ចប់ម្ដងទៀត។</translation>
        </message>
        <message>
            <source>This sync bundle comes from a computer that headquarters has not told this one about: it was enrolled since, or may no longer sync. Sync this computer with headquarters (or import its newest reply for this computer), then import the bundle again; or take the bundle to headquarters. Nothing was imported.</source>
            <translation>កញ្ចប់សមកាលកម្មនេះមកពីកុំព្យូទ័រមួយ ដែលការិយាល័យកណ្ដាលមិនទាន់បានប្រាប់កុំព្យូទ័រនេះអំពីវា៖ វាទើបតែត្រូវបានចុះឈ្មោះ ឬប្រហែលជាលែងអាចធ្វើសមកាលកម្មទៀតហើយ។ សូមធ្វើសមកាលកម្មកុំព្យូទ័រនេះជាមួយការិយាល័យកណ្ដាល (ឬនាំចូលចម្លើយតបថ្មីបំផុតរបស់ការិយាល័យកណ្ដាលសម្រាប់កុំព្យូទ័រនេះ) រួចនាំចូលកញ្ចប់នេះម្ដងទៀត ឬយកកញ្ចប់នេះទៅការិយាល័យកណ្ដាល។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
        </message>
        <message>
            <source>This sync bundle was made by an older version of GMS Desk, which does not sign its bundles, so this computer cannot check who made it. Update GMS Desk on the computer that made it and make a new bundle there, or take this one to headquarters. Nothing was imported.</source>
            <translation>កញ្ចប់សមកាលកម្មនេះត្រូវបានបង្កើតដោយកំណែ GMS Desk ចាស់ជាង ដែលមិនចុះហត្ថលេខាលើកញ្ចប់របស់វា ដូច្នេះកុំព្យូទ័រនេះមិនអាចពិនិត្យថានរណាជាអ្នកបង្កើតវាបានទេ។ សូមធ្វើបច្ចុប្បន្នភាព GMS Desk នៅលើកុំព្យូទ័រដែលបានបង្កើតវា ហើយបង្កើតកញ្ចប់ថ្មីនៅទីនោះ ឬយកកញ្ចប់នេះទៅការិយាល័យកណ្ដាល។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
        </message>
        <message>
            <source>This sync bundle was changed after it was made, or was not made by the computer it names. Nothing was imported. Ask for a new bundle from that computer.</source>
            <translation>កញ្ចប់សមកាលកម្មនេះត្រូវបានកែប្រែបន្ទាប់ពីវាត្រូវបានបង្កើត ឬមិនត្រូវបានបង្កើតដោយកុំព្យូទ័រដែលមានឈ្មោះក្នុងវាទេ។ គ្មានអ្វីត្រូវបាននាំចូលទេ។ សូមស្នើសុំកញ្ចប់ថ្មីពីកុំព្យូទ័រនោះ។</translation>
        </message>
        <message>
            <source>Stopped. Nothing was written or imported.</source>
            <translation>បានបញ្ឈប់។ គ្មានអ្វីត្រូវបានសរសេរ ឬនាំចូលទេ។</translation>
        </message>
        <message>
            <source>Headquarters answered at this address: the connection works.</source>
            <translation>ការិយាល័យកណ្ដាលបានឆ្លើយតបនៅអាសយដ្ឋាននេះ៖ ការតភ្ជាប់ដំណើរការល្អ។</translation>
        </message>
        <message>
            <source>No server of this name was found. Check the address for a typing mistake; if it is right, this computer may not be connected to the network.</source>
            <translation>រកមិនឃើញម៉ាស៊ីនមេដែលមានឈ្មោះនេះទេ។ សូមពិនិត្យមើលកំហុសវាយអក្សរក្នុងអាសយដ្ឋាន។ ប្រសិនបើវាត្រឹមត្រូវ កុំព្យូទ័រនេះប្រហែលជាមិនបានភ្ជាប់បណ្ដាញទេ។</translation>
        </message>
        <message>
            <source>The server did not answer. Check this computer's network connection; if websites open, the server may be down: try again later or tell headquarters.</source>
            <translation>ម៉ាស៊ីនមេមិនបានឆ្លើយតបទេ។ សូមពិនិត្យការតភ្ជាប់បណ្ដាញរបស់កុំព្យូទ័រនេះ។ ប្រសិនបើគេហទំព័របើកបាន ម៉ាស៊ីនមេប្រហែលជាកំពុងគាំង៖ សូមព្យាយាមម្ដងទៀតនៅពេលក្រោយ ឬប្រាប់ការិយាល័យកណ្ដាល។</translation>
        </message>
        <message>
            <source>A server answered at this address, but it is not a GMS Desk headquarters server. Check the address.</source>
            <translation>មានម៉ាស៊ីនមេមួយបានឆ្លើយតបនៅអាសយដ្ឋាននេះ ប៉ុន្តែវាមិនមែនជាម៉ាស៊ីនមេ GMS Desk របស់ការិយាល័យកណ្ដាលទេ។ សូមពិនិត្យអាសយដ្ឋានឡើងវិញ។</translation>
        </message>
        <message>
            <source>Headquarters' server answered with an error. Try again later; if it keeps failing, tell headquarters.</source>
            <translation>ម៉ាស៊ីនមេរបស់ការិយាល័យកណ្ដាលបានឆ្លើយតបដោយមានកំហុស។ សូមព្យាយាមម្ដងទៀតនៅពេលក្រោយ។ ប្រសិនបើនៅតែបរាជ័យ សូមប្រាប់ការិយាល័យកណ្ដាល។</translation>
        </message>
        <message>
            <source>Photos and files could not all be sent: the connection keeps dropping. They are kept and sending goes on from where it stopped at the next sync.</source>
            <translation>មិនអាចផ្ញើរូបថត និងឯកសារទាំងអស់បានទេ៖ ការតភ្ជាប់ដាច់ៗជាញឹកញាប់។ វានៅរក្សាទុកដដែល ហើយការផ្ញើនឹងបន្តពីកន្លែងដែលវាបានឈប់ នៅពេលធ្វើសមកាលកម្មលើកក្រោយ។</translation>
        </message>
        <message>
            <source>Headquarters does not accept a file this large; it stays on this laptop.</source>
            <translation>ការិយាល័យកណ្ដាលមិនទទួលឯកសារធំប៉ុណ្ណេះទេ។ វានៅលើកុំព្យូទ័រនេះដដែល។</translation>
        </message>
        <message>
            <source>The file could not be fetched from headquarters. Try again when the connection is better.</source>
            <translation>មិនអាចទាញយកឯកសារពីការិយាល័យកណ្ដាលបានទេ។ សូមព្យាយាមម្ដងទៀត នៅពេលការតភ្ជាប់ល្អជាងនេះ។</translation>
        </message>
        <message>
            <source>Headquarters does not have this file (yet): the laptop that attached it has not sent it.</source>
            <translation>ការិយាល័យកណ្ដាលមិន(ទាន់)មានឯកសារនេះទេ៖ កុំព្យូទ័រដែលបានភ្ជាប់វា មិនទាន់បានផ្ញើវាមកនៅឡើយ។</translation>
        </message>
    </context>
    <context>
        <name>SyncArea</name>
        <message>
            <source>Sync with headquarters</source>
            <translation>សមកាលកម្មជាមួយការិយាល័យកណ្ដាល</translation>
        </message>
        <message>
            <source>Everything you enter is kept on this computer, and every change waits here until it is sent. To send your changes to headquarters and receive your colleagues' work, enrol this computer once with the code headquarters gave you.</source>
            <translation>អ្វីៗដែលអ្នកបញ្ចូល ត្រូវបានរក្សាទុកនៅលើកុំព្យូទ័រនេះ ហើយការផ្លាស់ប្ដូរនីមួយៗរង់ចាំនៅទីនេះ រហូតដល់ត្រូវបានផ្ញើ។ ដើម្បីផ្ញើការផ្លាស់ប្ដូររបស់អ្នកទៅការិយាល័យកណ្ដាល និងទទួលការងាររបស់សហការី សូមចុះឈ្មោះកុំព្យូទ័រនេះម្ដង ដោយប្រើលេខកូដដែលការិយាល័យកណ្ដាលបានផ្ដល់ឲ្យអ្នក។</translation>
        </message>
        <message>
            <source>The code from headquarters</source>
            <translation>លេខកូដពីការិយាល័យកណ្ដាល</translation>
        </message>
        <message>
            <source>How headquarters will know this computer</source>
            <translation>ឈ្មោះដែលការិយាល័យកណ្ដាលនឹងស្គាល់កុំព្យូទ័រនេះ</translation>
        </message>
        <message>
            <source>Enrol this computer</source>
            <translation>ចុះឈ្មោះកុំព្យូទ័រនេះ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>បោះបង់</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>សាកល្បងការតភ្ជាប់</translation>
        </message>
        <message>
            <source>Try the server address and say what happened; nothing is sent</source>
            <translation>សាកល្បងអាសយដ្ឋានម៉ាស៊ីនមេ ហើយប្រាប់លទ្ធផល។ គ្មានអ្វីត្រូវបានផ្ញើទេ</translation>
        </message>
        <message>
            <source>Allow an unencrypted connection to this server on the local network</source>
            <translation>អនុញ្ញាតការតភ្ជាប់ដែលមិនបានអ៊ិនគ្រីប ទៅកាន់ម៉ាស៊ីនមេនេះនៅក្នុងបណ្ដាញមូលដ្ឋាន</translation>
        </message>
        <message>
            <source>The connection is not encrypted: anyone on the network can read what is sent, this computer's key included. Allow it only for a server of your office's own network.</source>
            <translation>ការតភ្ជាប់នេះមិនបានអ៊ិនគ្រីបទេ៖ នរណាក៏ដោយនៅក្នុងបណ្ដាញ អាចអានអ្វីដែលត្រូវបានផ្ញើ រួមទាំងកូនសោរបស់កុំព្យូទ័រនេះផងដែរ។ សូមអនុញ្ញាតតែសម្រាប់ម៉ាស៊ីនមេនៅក្នុងបណ្ដាញផ្ទាល់របស់ការិយាល័យអ្នកប៉ុណ្ណោះ។</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>អាសយដ្ឋានម៉ាស៊ីនមេ</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>លេខកូដចុះឈ្មោះ</translation>
        </message>
        <message>
            <source>Name of this computer</source>
            <translation>ឈ្មោះកុំព្យូទ័រនេះ</translation>
        </message>
        <message>
            <source>Connection not encrypted (allowed for this local server)</source>
            <translation>ការតភ្ជាប់មិនបានអ៊ិនគ្រីប (បានអនុញ្ញាតសម្រាប់ម៉ាស៊ីនមេក្នុងបណ្ដាញមូលដ្ឋាននេះ)</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>ធ្វើសមកាលកម្មឥឡូវនេះ</translation>
        </message>
        <message>
            <source>Enrol again…</source>
            <translation>ចុះឈ្មោះម្ដងទៀត…</translation>
        </message>
        <message>
            <source>No conflicts to resolve.</source>
            <translation>គ្មានការកែប្រែផ្ទុយគ្នាដែលត្រូវដោះស្រាយទេ។</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>ស្ថានភាព</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>ស្ថាប័ន</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>ម៉ាស៊ីនមេ</translation>
        </message>
        <message>
            <source>This computer's id</source>
            <translation>លេខសម្គាល់កុំព្យូទ័រនេះ</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>សមកាលកម្មចុងក្រោយ</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>កំពុងរង់ចាំផ្ញើ</translation>
        </message>
        <message>
            <source>Last result</source>
            <translation>លទ្ធផលចុងក្រោយ</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>ការកែប្រែផ្ទុយគ្នា</translation>
        </message>
        <message>
            <source>Not stored</source>
            <translation>មិនបានរក្សាទុក</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>ចម្លង</translation>
        </message>
        <message>
            <source>Copy the selected lines (or all) as text</source>
            <translation>ចម្លងបន្ទាត់ដែលបានជ្រើសរើស (ឬទាំងអស់) ជាអត្ថបទ</translation>
        </message>
        <message>
            <source>Discard refused…</source>
            <translation>បោះបង់ការផ្លាស់ប្ដូរដែលត្រូវបានបដិសេធ…</translation>
        </message>
        <message>
            <source>Forget the selected refused changes (all, if none is selected)</source>
            <translation>បោះបង់ការផ្លាស់ប្ដូរដែលត្រូវបានបដិសេធ ដែលបានជ្រើសរើស (ឬទាំងអស់ ប្រសិនបើមិនបានជ្រើសរើស)</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) on this computer will be sent after enrolment.</source>
            <translation>
                <numerusform>ការផ្លាស់ប្ដូរចំនួន %n នៅលើកុំព្យូទ័រនេះ នឹងត្រូវផ្ញើបន្ទាប់ពីចុះឈ្មោះរួច។</numerusform>
                <numerusform>ការផ្លាស់ប្ដូរចំនួន %n នៅលើកុំព្យូទ័រនេះ នឹងត្រូវផ្ញើបន្ទាប់ពីចុះឈ្មោះរួច។</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Demo data waiting too: %Ln change(s), dropped, never sent.</source>
            <translation>
                <numerusform>ទិន្នន័យសាកល្បងក៏កំពុងរង់ចាំផងដែរ៖ ការផ្លាស់ប្ដូរចំនួន %Ln ដែលនឹងត្រូវបោះចោល និងមិនត្រូវផ្ញើឡើយ។</numerusform>
                <numerusform>ទិន្នន័យសាកល្បងក៏កំពុងរង់ចាំផងដែរ៖ ការផ្លាស់ប្ដូរចំនួន %Ln ដែលនឹងត្រូវបោះចោល និងមិនត្រូវផ្ញើឡើយ។</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 — headquarters: holds every agency's records</source>
            <translation>%1 — ការិយាល័យកណ្ដាល៖ រក្សាទុកកំណត់ត្រារបស់គ្រប់ស្ថាប័ន</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>មិនធ្លាប់</translation>
        </message>
        <message>
            <source>Today at %1</source>
            <translation>ថ្ងៃនេះ ម៉ោង %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>ការផ្លាស់ប្ដូរចំនួន %n</numerusform>
                <numerusform>ការផ្លាស់ប្ដូរចំនួន %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%Ln of demo data: dropped at the next sync, never sent)</source>
            <translation>
                <numerusform>(%Ln ជាទិន្នន័យសាកល្បង៖ នឹងត្រូវបោះចោលនៅពេលធ្វើសមកាលកម្មលើកក្រោយ និងមិនត្រូវផ្ញើឡើយ)</numerusform>
                <numerusform>(%Ln ជាទិន្នន័យសាកល្បង៖ នឹងត្រូវបោះចោលនៅពេលធ្វើសមកាលកម្មលើកក្រោយ និងមិនត្រូវផ្ញើឡើយ)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln photo(s) and file(s) sent</source>
            <translation>
                <numerusform>បានផ្ញើរូបថត និងឯកសារចំនួន %Ln</numerusform>
                <numerusform>បានផ្ញើរូបថត និងឯកសារចំនួន %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln still to send</source>
            <translation>
                <numerusform>នៅសល់ %Ln ទៀតដែលត្រូវផ្ញើ</numerusform>
                <numerusform>នៅសល់ %Ln ទៀតដែលត្រូវផ្ញើ</numerusform>
            </translation>
        </message>
        <message>
            <source>Trying %1…</source>
            <translation>កំពុងសាកល្បង %1…</translation>
        </message>
        <message>
            <source>Sync by file…</source>
            <translation>សមកាលកម្មតាមឯកសារ…</translation>
        </message>
        <message>
            <source>No connection? Take your changes to headquarters on a USB stick, and bring its reply back</source>
            <translation>គ្មានការតភ្ជាប់? សូមយកការផ្លាស់ប្ដូររបស់អ្នកទៅការិយាល័យកណ្ដាលតាម USB ហើយយកចម្លើយតបរបស់វាមកវិញ</translation>
        </message>
        <message>
            <source>Export bundle…</source>
            <translation>នាំចេញកញ្ចប់…</translation>
        </message>
        <message>
            <source>Import bundle…</source>
            <translation>នាំចូលកញ្ចប់…</translation>
        </message>
        <message>
            <source>Export sync bundle</source>
            <translation>នាំចេញកញ្ចប់សមកាលកម្ម</translation>
        </message>
        <message>
            <source>Sync bundles (*%1)</source>
            <translation>កញ្ចប់សមកាលកម្ម (*%1)</translation>
        </message>
        <message>
            <source>A passphrase to encrypt the bundle with (leave it empty not to encrypt; whoever imports it will need it):</source>
            <translation>ឃ្លាសម្ងាត់សម្រាប់អ៊ិនគ្រីបកញ្ចប់ (ទុកឲ្យទទេ ប្រសិនបើមិនចង់អ៊ិនគ្រីប។ អ្នកដែលនាំចូលវានឹងត្រូវការឃ្លាសម្ងាត់នេះ)៖</translation>
        </message>
        <message>
            <source>Export stopped: no bundle was written.</source>
            <translation>ការនាំចេញត្រូវបានបញ្ឈប់៖ គ្មានកញ្ចប់ណាត្រូវបានបង្កើតទេ។</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1: %n change(s). Take it to headquarters, then import the reply it gives you here.</source>
            <translation>
                <numerusform>បានបង្កើត %1៖ ការផ្លាស់ប្ដូរចំនួន %n។ សូមយកវាទៅការិយាល័យកណ្ដាល រួចនាំចូលចម្លើយតបដែលទទួលបាននៅទីនេះ។</numerusform>
                <numerusform>បានបង្កើត %1៖ ការផ្លាស់ប្ដូរចំនួន %n។ សូមយកវាទៅការិយាល័យកណ្ដាល រួចនាំចូលចម្លើយតបដែលទទួលបាននៅទីនេះ។</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It carries %n photo(s) and file(s) too.</source>
            <translation>
                <numerusform>វាក៏មានរូបថត និងឯកសារ %n ផងដែរ។</numerusform>
                <numerusform>វាក៏មានរូបថត និងឯកសារ %n ផងដែរ។</numerusform>
            </translation>
        </message>
        <message>
            <source>Writing the sync bundle…</source>
            <translation>កំពុងបង្កើតកញ្ចប់សមកាលកម្ម…</translation>
        </message>
        <message>
            <source>Import sync bundle</source>
            <translation>នាំចូលកញ្ចប់សមកាលកម្ម</translation>
        </message>
        <message>
            <source>Import stopped: nothing was imported. Import the bundle again when you are ready.</source>
            <translation>ការនាំចូលត្រូវបានបញ្ឈប់៖ គ្មានអ្វីត្រូវបាននាំចូលទេ។ សូមនាំចូលកញ្ចប់នេះម្ដងទៀត នៅពេលអ្នករួចរាល់។</translation>
        </message>
        <message>
            <source>The passphrase this bundle was made with:</source>
            <translation>ឃ្លាសម្ងាត់ដែលបានប្រើពេលបង្កើតកញ្ចប់នេះ៖</translation>
        </message>
        <message numerus="yes">
            <source>Imported headquarters' reply: %n change(s) received.</source>
            <translation>
                <numerusform>បាននាំចូលចម្លើយតបពីការិយាល័យកណ្ដាល៖ បានទទួលការផ្លាស់ប្ដូរចំនួន %n។</numerusform>
                <numerusform>បាននាំចូលចម្លើយតបពីការិយាល័យកណ្ដាល៖ បានទទួលការផ្លាស់ប្ដូរចំនួន %n។</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Headquarters confirmed %n change(s) of yours.</source>
            <translation>
                <numerusform>ការិយាល័យកណ្ដាលបានបញ្ជាក់ទទួលការផ្លាស់ប្ដូររបស់អ្នកចំនួន %n។</numerusform>
                <numerusform>ការិយាល័យកណ្ដាលបានបញ្ជាក់ទទួលការផ្លាស់ប្ដូររបស់អ្នកចំនួន %n។</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Headquarters has %n of your photos and files now.</source>
            <translation>
                <numerusform>ឥឡូវនេះ ទីស្នាក់ការកណ្តាលមានរូបថត និងឯកសាររបស់អ្នក %n ហើយ។</numerusform>
                <numerusform>ឥឡូវនេះ ទីស្នាក់ការកណ្តាលមានរូបថត និងឯកសាររបស់អ្នក %n ហើយ។</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported another computer's bundle: %n change(s). They go on to headquarters with your next bundle.</source>
            <translation>
                <numerusform>បាននាំចូលកញ្ចប់ពីកុំព្យូទ័រផ្សេង៖ ការផ្លាស់ប្ដូរចំនួន %n។ វានឹងត្រូវបញ្ជូនបន្តទៅការិយាល័យកណ្ដាល ជាមួយកញ្ចប់បន្ទាប់របស់អ្នក។</numerusform>
                <numerusform>បាននាំចូលកញ្ចប់ពីកុំព្យូទ័រផ្សេង៖ ការផ្លាស់ប្ដូរចំនួន %n។ វានឹងត្រូវបញ្ជូនបន្តទៅការិយាល័យកណ្ដាល ជាមួយកញ្ចប់បន្ទាប់របស់អ្នក។</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It carried %n photo(s) and file(s), kept here and carried on.</source>
            <translation>
                <numerusform>វាមានរូបថត និងឯកសារ %n ដែលបានរក្សាទុកនៅទីនេះ ហើយនឹងបញ្ជូនបន្ត។</numerusform>
                <numerusform>វាមានរូបថត និងឯកសារ %n ដែលបានរក្សាទុកនៅទីនេះ ហើយនឹងបញ្ជូនបន្ត។</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in it did not match what the bundle lists (damaged or changed) and stayed out.</source>
            <translation>
                <numerusform>ឯកសារ %n នៅក្នុងនោះមិនត្រូវនឹងអ្វីដែលកញ្ចប់បានរាយ (ខូច ឬត្រូវបានផ្លាស់ប្ដូរ) ហើយមិនត្រូវបានយកទេ។</numerusform>
                <numerusform>ឯកសារ %n នៅក្នុងនោះមិនត្រូវនឹងអ្វីដែលកញ្ចប់បានរាយ (ខូច ឬត្រូវបានផ្លាស់ប្ដូរ) ហើយមិនត្រូវបានយកទេ។</numerusform>
            </translation>
        </message>
        <message>
            <source>This computer could not check which computer made it (it has not synced with headquarters, or imported its reply, yet); headquarters checks it when the bundle reaches it.</source>
            <translation>កុំព្យូទ័រនេះមិនអាចពិនិត្យថាកុំព្យូទ័រណាជាអ្នកបង្កើតវាបានទេ (វាមិនទាន់បានធ្វើសមកាលកម្មជាមួយការិយាល័យកណ្ដាល ឬនាំចូលចម្លើយតបរបស់ការិយាល័យកណ្ដាលនៅឡើយ)។ ការិយាល័យកណ្ដាលនឹងពិនិត្យវា នៅពេលកញ្ចប់នេះទៅដល់។</translation>
        </message>
        <message>
            <source>Reading the sync bundle…</source>
            <translation>កំពុងអានកញ្ចប់សមកាលកម្ម…</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>កំពុងធ្វើសមកាលកម្ម…</translation>
        </message>
        <message numerus="yes">
            <source>Resolve %n conflict(s)…</source>
            <translation>
                <numerusform>ដោះស្រាយការកែប្រែផ្ទុយគ្នាចំនួន %n…</numerusform>
                <numerusform>ដោះស្រាយការកែប្រែផ្ទុយគ្នាចំនួន %n…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes received could not be stored on this computer: kept here, to be applied after an update of GMS Desk.</source>
            <translation>
                <numerusform>ការផ្លាស់ប្ដូរចំនួន %n ដែលបានទទួល មិនអាចរក្សាទុកនៅលើកុំព្យូទ័រនេះបានទេ។ វាត្រូវបានរក្សាទុកដោយឡែក ហើយនឹងត្រូវអនុវត្ត នៅពេល GMS Desk ស្គាល់វា (បន្ទាប់ពីធ្វើបច្ចុប្បន្នភាព)។</numerusform>
                <numerusform>ការផ្លាស់ប្ដូរចំនួន %n ដែលបានទទួល មិនអាចរក្សាទុកនៅលើកុំព្យូទ័រនេះបានទេ។ វាត្រូវបានរក្សាទុកដោយឡែក ហើយនឹងត្រូវអនុវត្ត នៅពេល GMS Desk ស្គាល់វា (បន្ទាប់ពីធ្វើបច្ចុប្បន្នភាព)។</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes were refused by headquarters: kept here, not sent again.</source>
            <translation>
                <numerusform>ការផ្លាស់ប្ដូរចំនួន %n ត្រូវបានការិយាល័យកណ្ដាលបដិសេធ៖ នៅរក្សាទុកនៅទីនេះ ហើយមិនត្រូវបានផ្ញើម្ដងទៀតទេ។</numerusform>
                <numerusform>ការផ្លាស់ប្ដូរចំនួន %n ត្រូវបានការិយាល័យកណ្ដាលបដិសេធ៖ នៅរក្សាទុកនៅទីនេះ ហើយមិនត្រូវបានផ្ញើម្ដងទៀតទេ។</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing</source>
            <translation>គ្មាន</translation>
        </message>
        <message>
            <source>received</source>
            <translation>បានទទួល</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>ត្រូវបានបដិសេធ</translation>
        </message>
        <message>
            <source>%1 — %2 “%3” (refused): %4</source>
            <translation>%1 — %2 «%3» (ត្រូវបានបដិសេធ)៖ %4</translation>
        </message>
        <message>
            <source>Discard refused changes</source>
            <translation>បោះបង់ការផ្លាស់ប្ដូរដែលត្រូវបានបដិសេធ</translation>
        </message>
        <message numerus="yes">
            <source>Forget %n refused change(s)? What was typed stays on this computer only; copy it first if someone needs it.</source>
            <translation>
                <numerusform>បោះបង់ការផ្លាស់ប្ដូរដែលត្រូវបានបដិសេធចំនួន %n? តម្លៃទាំងនោះនឹងនៅតែលើកុំព្យូទ័រនេះប៉ុណ្ណោះ។ សូមចម្លងវាជាមុនសិន ប្រសិនបើមាននរណាម្នាក់ត្រូវការ។</numerusform>
                <numerusform>បោះបង់ការផ្លាស់ប្ដូរដែលត្រូវបានបដិសេធចំនួន %n? តម្លៃទាំងនោះនឹងនៅតែលើកុំព្យូទ័រនេះប៉ុណ្ណោះ។ សូមចម្លងវាជាមុនសិន ប្រសិនបើមាននរណាម្នាក់ត្រូវការ។</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent %1, received %2, %n conflict(s)</source>
            <translation>
                <numerusform>បានផ្ញើ %1, បានទទួល %2, ការកែប្រែផ្ទុយគ្នា %n</numerusform>
                <numerusform>បានផ្ញើ %1, បានទទួល %2, ការកែប្រែផ្ទុយគ្នា %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Sent %1, received %2</source>
            <translation>បានផ្ញើ %1, បានទទួល %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln change(s) of demo data kept here</source>
            <translation>
                <numerusform>ការផ្លាស់ប្ដូរទិន្នន័យសាកល្បងចំនួន %Ln រក្សាទុកនៅទីនេះ</numerusform>
                <numerusform>ការផ្លាស់ប្ដូរទិន្នន័យសាកល្បងចំនួន %Ln រក្សាទុកនៅទីនេះ</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>Enrolling this computer with headquarters…</source>
            <translation>កំពុងចុះឈ្មោះកុំព្យូទ័រនេះជាមួយការិយាល័យកណ្ដាល…</translation>
        </message>
    </context>
    <context>
        <name>SyncService</name>
        <message>
            <source>Sync not set up</source>
            <translation>មិនទាន់រៀបចំសមកាលកម្ម</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>កំពុងធ្វើសមកាលកម្ម…</translation>
        </message>
        <message>
            <source>Sync is busy. Try again in a moment.</source>
            <translation>សមកាលកម្មកំពុងដំណើរការ។ សូមព្យាយាមម្ដងទៀតបន្តិចទៀត។</translation>
        </message>
        <message>
            <source>Syncing… %1 of %2 changes sent</source>
            <translation>កំពុងធ្វើសមកាលកម្ម… បានផ្ញើការផ្លាស់ប្ដូរ %1/%2</translation>
        </message>
        <message>
            <source>Sync problem: %1</source>
            <translation>បញ្ហាសមកាលកម្ម៖ %1</translation>
        </message>
        <message>
            <source>Unexpected error (details in gmsdesk.log): %1</source>
            <translation>កំហុសដែលមិនបានរំពឹងទុក (ព័ត៌មានលម្អិតនៅក្នុង gmsdesk.log)៖ %1</translation>
        </message>
        <message>
            <source>Enrolment failed unexpectedly (details in gmsdesk.log): %1</source>
            <translation>ការចុះឈ្មោះបរាជ័យដោយមិនបានរំពឹងទុក (ព័ត៌មានលម្អិតនៅក្នុង gmsdesk.log)៖ %1</translation>
        </message>
        <message numerus="yes">
            <source>Offline — %n change(s) waiting</source>
            <translation>
                <numerusform>ក្រៅបណ្ដាញ — ការផ្លាស់ប្ដូរចំនួន %n កំពុងរង់ចាំ</numerusform>
                <numerusform>ក្រៅបណ្ដាញ — ការផ្លាស់ប្ដូរចំនួន %n កំពុងរង់ចាំ</numerusform>
            </translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>មិនទាន់បានធ្វើសមកាលកម្មទេ</translation>
        </message>
        <message>
            <source>Synced at %1</source>
            <translation>បានធ្វើសមកាលកម្មនៅម៉ោង %1</translation>
        </message>
        <message>
            <source>Last synced %1</source>
            <translation>សមកាលកម្មចុងក្រោយ %1</translation>
        </message>
    </context>
    <context>
        <name>Targets</name>
        <message>
            <source>Enter the first and the last day of the period.</source>
            <translation>សូមបញ្ចូលថ្ងៃដំបូង និងថ្ងៃចុងក្រោយនៃរយៈពេល។</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>រយៈពេលបញ្ចប់មុនពេលចាប់ផ្ដើម។</translation>
        </message>
        <message>
            <source>Enter a target value or a baseline.</source>
            <translation>សូមបញ្ចូលតម្លៃគោលដៅ ឬតម្លៃមូលដ្ឋាន។</translation>
        </message>
        <message>
            <source>Enter the agency's code, for example kh-sr.</source>
            <translation>សូមបញ្ចូលលេខកូដស្ថាប័ន ឧទាហរណ៍ kh-sr។</translation>
        </message>
        <message>
            <source>Enter the province.</source>
            <translation>សូមបញ្ចូលរាជធានី/ខេត្ត។</translation>
        </message>
        <message>
            <source>A target for the whole programme is for no one place: leave “for” empty.</source>
            <translation>គោលដៅសម្រាប់កម្មវិធីទាំងមូល មិនមែនសម្រាប់ទីកន្លែងណាមួយទេ៖ សូមទុក «for» ឲ្យទទេ។</translation>
        </message>
        <message>
            <source>Only headquarters sets targets for the whole programme and for economies.</source>
            <translation>មានតែការិយាល័យកណ្ដាលប៉ុណ្ណោះ ដែលកំណត់គោលដៅសម្រាប់កម្មវិធីទាំងមូល និងសម្រាប់ប្រទេស/តំបន់។</translation>
        </message>
        <message>
            <source>An agency sets targets for itself and for the provinces it serves only.</source>
            <translation>ស្ថាប័នមួយកំណត់គោលដៅសម្រាប់តែខ្លួនឯង និងសម្រាប់រាជធានី/ខេត្តដែលខ្លួនផ្ដល់សេវាប៉ុណ្ណោះ។</translation>
        </message>
        <message>
            <source>Set by headquarters: this target cannot be changed here.</source>
            <translation>កំណត់ដោយការិយាល័យកណ្ដាល៖ មិនអាចកែប្រែគោលដៅនេះនៅទីនេះបានទេ។</translation>
        </message>
        <message>
            <source>There is no indicator with this code.</source>
            <translation>គ្មានសូចនាករណាមានលេខកូដនេះទេ។</translation>
        </message>
        <message>
            <source>Choose an .xlsx file.</source>
            <translation>សូមជ្រើសរើសឯកសារ .xlsx។</translation>
        </message>
        <message>
            <source>The first row must name the columns: indicator, scope, for, from, to, target, baseline, baseline date, notes.</source>
            <translation>ជួរដេកទីមួយត្រូវតែជាឈ្មោះជួរឈរ៖ indicator, scope, for, from, to, target, baseline, baseline date, notes។</translation>
        </message>
        <message>
            <source>This file could not be read as a spreadsheet.</source>
            <translation>មិនអាចអានឯកសារនេះជាឯកសារតារាងបានទេ។</translation>
        </message>
        <message>
            <source>Provinces</source>
            <translation>រាជធានី/ខេត្ត</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>ស្ថាប័ន</translation>
        </message>
        <message>
            <source>Economies</source>
            <translation>ប្រទេស/តំបន់</translation>
        </message>
        <message>
            <source>Whole programme</source>
            <translation>កម្មវិធីទាំងមូល</translation>
        </message>
        <message>
            <source>Set by headquarters</source>
            <translation>កំណត់ដោយការិយាល័យកណ្ដាល</translation>
        </message>
        <message>
            <source>Baseline: %1</source>
            <translation>តម្លៃមូលដ្ឋាន៖ %1</translation>
        </message>
        <message>
            <source>Target: %1</source>
            <translation>គោលដៅ៖ %1</translation>
        </message>
        <message>
            <source>Baseline measured on %1</source>
            <translation>តម្លៃមូលដ្ឋានវាស់នៅថ្ងៃ %1</translation>
        </message>
        <message>
            <source>“%1” is not a number. Type a number of 0 or more, or nothing to clear the cell.</source>
            <translation>«%1» មិនមែនជាលេខទេ។ សូមវាយលេខចាប់ពី 0 ឡើងទៅ ឬមិនវាយអ្វីសោះ ដើម្បីសម្អាតក្រឡា។</translation>
        </message>
        <message>
            <source>Row %1, column “%2”: %3</source>
            <translation>ជួរដេកទី %1 ជួរឈរ «%2»៖ %3</translation>
        </message>
    </context>
    <context>
        <name>TargetsEditor</name>
        <message>
            <source>Year</source>
            <translation>ឆ្នាំ</translation>
        </message>
        <message>
            <source>Whole year or quarter</source>
            <translation>ពេញមួយឆ្នាំ ឬត្រីមាស</translation>
        </message>
        <message>
            <source>Whole year</source>
            <translation>ពេញមួយឆ្នាំ</translation>
        </message>
        <message>
            <source>Quarter %1</source>
            <translation>ត្រីមាសទី %1</translation>
        </message>
        <message>
            <source>Targets for</source>
            <translation>គោលដៅសម្រាប់</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>ប្រទេស/តំបន់</translation>
        </message>
        <message>
            <source>All economies</source>
            <translation>គ្រប់ប្រទេស/តំបន់</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>បញ្ចូល</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>គោលដៅ</translation>
        </message>
        <message>
            <source>Baselines</source>
            <translation>តម្លៃមូលដ្ឋាន</translation>
        </message>
        <message>
            <source>Baseline date</source>
            <translation>ថ្ងៃវាស់តម្លៃមូលដ្ឋាន</translation>
        </message>
        <message>
            <source>The day the baselines typed now were measured (usually the day before the period starts)</source>
            <translation>ថ្ងៃដែលតម្លៃមូលដ្ឋានដែលកំពុងវាយបញ្ចូលនេះត្រូវបានវាស់ (ជាធម្មតាគឺមួយថ្ងៃមុនរយៈពេលចាប់ផ្ដើម)</translation>
        </message>
        <message>
            <source>measured on</source>
            <translation>វាស់នៅថ្ងៃ</translation>
        </message>
        <message>
            <source>Import XLSX…</source>
            <translation>នាំចូល XLSX…</translation>
        </message>
        <message>
            <source>Set targets from a spreadsheet with the columns indicator, scope, for, from, to, target, baseline, baseline date, notes (as an export writes them)</source>
            <translation>កំណត់គោលដៅពីឯកសារតារាងដែលមានជួរឈរ indicator, scope, for, from, to, target, baseline, baseline date, notes (ដូចដែលការនាំចេញសរសេរ)</translation>
        </message>
        <message>
            <source>Export XLSX…</source>
            <translation>នាំចេញ XLSX…</translation>
        </message>
        <message>
            <source>Every target and baseline in one sheet</source>
            <translation>គោលដៅ និងតម្លៃមូលដ្ឋានទាំងអស់ក្នុងសន្លឹកតែមួយ</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>សម្អាត</translation>
        </message>
        <message>
            <source>Clear the selected cells (Del)</source>
            <translation>សម្អាតក្រឡាដែលបានជ្រើសរើស (Del)</translation>
        </message>
        <message>
            <source>Type a number and press Enter or Tab; paste a block copied from a spreadsheet with Ctrl+V; Del clears. Grey cells were set by headquarters.</source>
            <translation>វាយលេខ រួចចុច Enter ឬ Tab។ បិទភ្ជាប់ផ្ទាំងក្រឡាដែលបានចម្លងពីឯកសារតារាងដោយចុច Ctrl+V។ ចុច Del ដើម្បីសម្អាត។ ក្រឡាពណ៌ប្រផេះត្រូវបានកំណត់ដោយការិយាល័យកណ្ដាល។</translation>
        </message>
        <message>
            <source>No places to set targets for yet: provinces come from the agencies' profiles and the SMEs recorded.</source>
            <translation>មិនទាន់មានទីកន្លែងសម្រាប់កំណត់គោលដៅនៅឡើយទេ៖ រាជធានី/ខេត្តបានមកពីព័ត៌មានរបស់ស្ថាប័ន និងសហគ្រាសដែលបានកត់ត្រា។</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>តម្លៃមូលដ្ឋាន</translation>
        </message>
        <message>
            <source>target</source>
            <translation>គោលដៅ</translation>
        </message>
        <message>
            <source>clear %1 of %2 for %3</source>
            <translation>សម្អាត %1 នៃ %2 សម្រាប់ %3</translation>
        </message>
        <message>
            <source>set %1 of %2 for %3</source>
            <translation>កំណត់ %1 នៃ %2 សម្រាប់ %3</translation>
        </message>
        <message numerus="yes">
            <source>clear %n cell(s)</source>
            <translation>
                <numerusform>សម្អាតក្រឡាចំនួន %n</numerusform>
                <numerusform>សម្អាតក្រឡាចំនួន %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left %n cell(s) set by headquarters as they are.</source>
            <translation>
                <numerusform>ក្រឡាចំនួន %n ដែលកំណត់ដោយការិយាល័យកណ្ដាល ត្រូវបានទុកដដែល។</numerusform>
                <numerusform>ក្រឡាចំនួន %n ដែលកំណត់ដោយការិយាល័យកណ្ដាល ត្រូវបានទុកដដែល។</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left out %n pasted value(s): not a number.</source>
            <translation>
                <numerusform>តម្លៃដែលបានបិទភ្ជាប់ចំនួន %n មិនមែនជាលេខ ហើយត្រូវបានរំលង។</numerusform>
                <numerusform>តម្លៃដែលបានបិទភ្ជាប់ចំនួន %n មិនមែនជាលេខ ហើយត្រូវបានរំលង។</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left out %n row(s); correct the file and import it again.</source>
            <translation>
                <numerusform>ជួរដេកចំនួន %n ត្រូវបានរំលង។ សូមកែវានៅក្នុងឯកសារ រួចនាំចូលម្ដងទៀត។</numerusform>
                <numerusform>ជួរដេកចំនួន %n ត្រូវបានរំលង។ សូមកែវានៅក្នុងឯកសារ រួចនាំចូលម្ដងទៀត។</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>paste %n cell(s)</source>
            <translation>
                <numerusform>បិទភ្ជាប់ក្រឡាចំនួន %n</numerusform>
                <numerusform>បិទភ្ជាប់ក្រឡាចំនួន %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Import targets</source>
            <translation>នាំចូលគោលដៅ</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>ឯកសារ Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export targets</source>
            <translation>នាំចេញគោលដៅ</translation>
        </message>
        <message>
            <source>Importing targets…</source>
            <translation>កំពុងនាំចូលគោលដៅ…</translation>
        </message>
        <message>
            <source>%1 added, %2 changed, %3 already as in the file.</source>
            <translation>បានបន្ថែម %1 បានផ្លាស់ប្ដូរ %2 និង %3 ដូចក្នុងឯកសាររួចហើយ។</translation>
        </message>
        <message numerus="yes">
            <source>%n target(s) exported.</source>
            <translation>
                <numerusform>បាននាំចេញគោលដៅចំនួន %n។</numerusform>
                <numerusform>បាននាំចេញគោលដៅចំនួន %n។</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting targets…</source>
            <translation>កំពុងនាំចេញគោលដៅ…</translation>
        </message>
    </context>
    <context>
        <name>Task</name>
        <message>
            <source>Cancel</source>
            <translation>បោះបង់</translation>
        </message>
    </context>
    <context>
        <name>Training</name>
        <message>
            <source>Basic</source>
            <translation>មូលដ្ឋាន</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>កម្រិតខ្ពស់</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>គ្រោងទុក</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>កំពុងដំណើរការ</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>បានបញ្ចប់</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>មិនទាន់ចាប់ផ្ដើម</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>កំពុងសិក្សា</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>បានបញ្ចប់</translation>
        </message>
        <message>
            <source>Website set-up</source>
            <translation>បង្កើតគេហទំព័រ</translation>
        </message>
        <message>
            <source>Catalogue or e-marketplace listing</source>
            <translation>ដាក់ផលិតផលក្នុងកាតាឡុក ឬទីផ្សារអនឡាញ</translation>
        </message>
        <message>
            <source>Content creation</source>
            <translation>បង្កើតមាតិកា</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>បកប្រែ</translation>
        </message>
        <message>
            <source>Online payment set-up</source>
            <translation>រៀបចំការទូទាត់តាមអនឡាញ</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>បណ្ដុះបណ្ដាល</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>ផ្ដល់ប្រឹក្សា</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>អ៊ីមែល</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>គេហទំព័រ</translation>
        </message>
        <message>
            <source>E-marketplace</source>
            <translation>ទីផ្សារអនឡាញ</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>បណ្ដាញសង្គម</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>ទូរស័ព្ទ</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>ទូរសារ</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>ផ្សេងទៀត</translation>
        </message>
        <message>
            <source>No reply</source>
            <translation>គ្មានការឆ្លើយតប</translation>
        </message>
        <message>
            <source>In discussion</source>
            <translation>កំពុងពិភាក្សា</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>បានបញ្ជាទិញ</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>មិនបានសម្រេច</translation>
        </message>
    </context>
    <context>
        <name>TrainingArea</name>
        <message>
            <source>← All workshops</source>
            <translation>← សិក្ខាសាលាទាំងអស់</translation>
        </message>
        <message>
            <source>Back to the workshop list (Alt+Left)</source>
            <translation>ត្រឡប់ទៅបញ្ជីសិក្ខាសាលា (Alt+Left)</translation>
        </message>
        <message>
            <source>New workshop</source>
            <translation>សិក្ខាសាលាថ្មី</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>បើក</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>កែសម្រួល…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>លុប</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>ស្ដារ</translation>
        </message>
        <message>
            <source>Search title, venue, trainer, partner…</source>
            <translation>ស្វែងរកចំណងជើង ទីកន្លែង គ្រូបណ្ដុះបណ្ដាល ដៃគូ…</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>គ្រប់ស្ថានភាព</translation>
        </message>
        <message>
            <source>Deleted workshops</source>
            <translation>សិក្ខាសាលាដែលបានលុប</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>ស្ថាប័ន</translation>
        </message>
        <message>
            <source>All agencies</source>
            <translation>គ្រប់ស្ថាប័ន</translation>
        </message>
        <message>
            <source>No workshops yet. Press Ctrl+N to plan one: title, track and modules, dates, venue and trainers.</source>
            <translation>មិនទាន់មានសិក្ខាសាលានៅឡើយទេ។ ចុច Ctrl+N ដើម្បីរៀបចំសិក្ខាសាលាមួយ៖ ចំណងជើង កម្រិតវគ្គ និងម៉ូឌុល កាលបរិច្ឆេទ ទីកន្លែង និងគ្រូបណ្ដុះបណ្ដាល។</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>វគ្គបណ្ដុះបណ្ដាល</translation>
        </message>
        <message>
            <source>&amp;Workshops</source>
            <translation>សិក្ខាសាលា(&amp;W)</translation>
        </message>
        <message>
            <source>Awareness &amp;events</source>
            <translation>ព្រឹត្តិការណ៍លើកកម្ពស់ការយល់ដឹង(&amp;E)</translation>
        </message>
        <message numerus="yes">
            <source>%n workshop(s)</source>
            <translation>
                <numerusform>សិក្ខាសាលាចំនួន %n</numerusform>
                <numerusform>សិក្ខាសាលាចំនួន %n</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 workshops</source>
            <translation>សិក្ខាសាលា %1 ក្នុងចំណោម %2</translation>
        </message>
        <message>
            <source>delete “%1”</source>
            <translation>លុប «%1»</translation>
        </message>
        <message>
            <source>“%1” deleted. Undo with Ctrl+Z, or find it under “Deleted workshops”.</source>
            <translation>«%1» ត្រូវបានលុប។ ចុច Ctrl+Z ដើម្បីមិនធ្វើវិញ ឬរកវានៅក្នុង «សិក្ខាសាលាដែលបានលុប»។</translation>
        </message>
        <message>
            <source>restore “%1”</source>
            <translation>ស្ដារ «%1»</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>Undo</source>
            <translation>មិនធ្វើវិញ</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>ធ្វើវិញ</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>Enter the business name.</source>
            <translation>សូមបញ្ចូលឈ្មោះសហគ្រាស។</translation>
        </message>
        <message>
            <source>This cannot be empty.</source>
            <translation>មិនអាចទុកឲ្យទទេបានទេ។</translation>
        </message>
        <message>
            <source>This is too long.</source>
            <translation>អត្ថបទនេះវែងពេក។</translation>
        </message>
        <message>
            <source>Enter a whole number, for example 12.</source>
            <translation>សូមបញ្ចូលចំនួនគត់ ឧទាហរណ៍ 12។</translation>
        </message>
        <message>
            <source>Enter a number, for example 12.5.</source>
            <translation>សូមបញ្ចូលលេខ ឧទាហរណ៍ 12.5។</translation>
        </message>
        <message>
            <source>The number cannot be negative.</source>
            <translation>ចំនួននេះមិនអាចជាលេខអវិជ្ជមានបានទេ។</translation>
        </message>
        <message>
            <source>This number is out of range.</source>
            <translation>លេខនេះនៅក្រៅចន្លោះដែលអនុញ្ញាត។</translation>
        </message>
        <message>
            <source>Choose a value from the list.</source>
            <translation>សូមជ្រើសរើសតម្លៃពីបញ្ជី។</translation>
        </message>
        <message>
            <source>This is not in the expected form.</source>
            <translation>ព័ត៌មាននេះមិនត្រូវតាមទម្រង់ដែលរំពឹងទុកទេ។</translation>
        </message>
        <message>
            <source>Female employees cannot be more than all employees.</source>
            <translation>ចំនួនបុគ្គលិកស្រីមិនអាចលើសចំនួនបុគ្គលិកសរុបបានទេ។</translation>
        </message>
        <message>
            <source>Choose services from the list.</source>
            <translation>សូមជ្រើសរើសសេវាកម្មពីបញ្ជី។</translation>
        </message>
        <message>
            <source>Enter the agency's name.</source>
            <translation>សូមបញ្ចូលឈ្មោះស្ថាប័ន។</translation>
        </message>
        <message>
            <source>Enter a year between 1900 and this year.</source>
            <translation>សូមបញ្ចូលឆ្នាំ (គ.ស.) ចាប់ពី 1900 ដល់ឆ្នាំនេះ។</translation>
        </message>
        <message>
            <source>Choose no reply, in discussion, order or lost.</source>
            <translation>សូមជ្រើសរើស គ្មានការឆ្លើយតប កំពុងពិភាក្សា បានបញ្ជាទិញ ឬមិនបានសម្រេច។</translation>
        </message>
        <message>
            <source>Choose where the SME is online.</source>
            <translation>សូមជ្រើសរើសកន្លែងដែលសហគ្រាសមានវត្តមានលើអ៊ីនធឺណិត។</translation>
        </message>
        <message>
            <source>Choose registered, displaying products or inactive.</source>
            <translation>សូមជ្រើសរើស បានចុះបញ្ជី កំពុងដាក់បង្ហាញផលិតផល ឬអសកម្ម។</translation>
        </message>
        <message>
            <source>The last day cannot be before the first.</source>
            <translation>ថ្ងៃចុងក្រោយមិនអាចនៅមុនថ្ងៃដំបូងបានទេ។</translation>
        </message>
        <message>
            <source>Choose the kind of event.</source>
            <translation>សូមជ្រើសរើសប្រភេទព្រឹត្តិការណ៍។</translation>
        </message>
        <message>
            <source>Choose the area.</source>
            <translation>សូមជ្រើសរើសផ្នែក។</translation>
        </message>
        <message>
            <source>Choose the indicator.</source>
            <translation>សូមជ្រើសរើសសូចនាករ។</translation>
        </message>
        <message>
            <source>Choose programme, economy, agency or province.</source>
            <translation>សូមជ្រើសរើស កម្មវិធីទាំងមូល ប្រទេស/តំបន់ ស្ថាប័ន ឬរាជធានី/ខេត្ត។</translation>
        </message>
        <message>
            <source>This does not look like an e-mail address.</source>
            <translation>នេះមិនមែនជាអាសយដ្ឋានអ៊ីមែលត្រឹមត្រូវទេ។</translation>
        </message>
        <message>
            <source>This does not look like a web address.</source>
            <translation>នេះមិនមែនជាអាសយដ្ឋានគេហទំព័រត្រឹមត្រូវទេ។</translation>
        </message>
        <message>
            <source>Use digits, spaces and + - ( ) only, at least 6 digits.</source>
            <translation>សូមប្រើតែលេខ ដកឃ្លា និង + - ( ) ប៉ុណ្ណោះ យ៉ាងហោចណាស់ 6 ខ្ទង់។</translation>
        </message>
        <message>
            <source>Choose a sector from the list.</source>
            <translation>សូមជ្រើសរើសវិស័យពីបញ្ជី។</translation>
        </message>
        <message>
            <source>Choose one of the six economies.</source>
            <translation>សូមជ្រើសរើសប្រទេស/តំបន់មួយ ក្នុងចំណោមប្រាំមួយ។</translation>
        </message>
        <message>
            <source>Choose female, male or other.</source>
            <translation>សូមជ្រើសរើស ស្រី ប្រុស ឬផ្សេងទៀត។</translation>
        </message>
        <message>
            <source>Enter a name for the sector.</source>
            <translation>សូមបញ្ចូលឈ្មោះវិស័យ។</translation>
        </message>
        <message>
            <source>Enter a title.</source>
            <translation>សូមបញ្ចូលចំណងជើង។</translation>
        </message>
        <message>
            <source>Enter the person's name.</source>
            <translation>សូមបញ្ចូលឈ្មោះបុគ្គល។</translation>
        </message>
        <message>
            <source>Choose basic or advanced.</source>
            <translation>សូមជ្រើសរើស មូលដ្ឋាន ឬកម្រិតខ្ពស់។</translation>
        </message>
        <message>
            <source>Choose planned, running or done.</source>
            <translation>សូមជ្រើសរើស គ្រោងទុក កំពុងដំណើរការ ឬបានបញ្ចប់។</translation>
        </message>
        <message>
            <source>Enter a date as YYYY-MM-DD, for example 2025-03-14.</source>
            <translation>សូមបញ្ចូលកាលបរិច្ឆេទតាមទម្រង់ YYYY-MM-DD (ឆ្នាំ-ខែ-ថ្ងៃ) ឧទាហរណ៍ 2025-03-14។</translation>
        </message>
        <message>
            <source>Enter the date.</source>
            <translation>សូមបញ្ចូលកាលបរិច្ឆេទ។</translation>
        </message>
        <message>
            <source>The last day cannot be before the first day.</source>
            <translation>ថ្ងៃចុងក្រោយមិនអាចនៅមុនថ្ងៃដំបូងបានទេ។</translation>
        </message>
        <message>
            <source>Enter the first day too.</source>
            <translation>សូមបញ្ចូលថ្ងៃដំបូងផងដែរ។</translation>
        </message>
        <message>
            <source>A workshop can last at most 60 days.</source>
            <translation>សិក្ខាសាលាមួយអាចមានរយៈពេលយូរបំផុត 60 ថ្ងៃ។</translation>
        </message>
        <message>
            <source>Enter a two-letter country code, for example JP.</source>
            <translation>សូមបញ្ចូលលេខកូដប្រទេសពីរអក្សរ ឧទាហរណ៍ JP។</translation>
        </message>
        <message>
            <source>Choose modules from the catalogue.</source>
            <translation>សូមជ្រើសរើសម៉ូឌុលពីបញ្ជីម៉ូឌុល។</translation>
        </message>
        <message>
            <source>Choose an SME from the registry.</source>
            <translation>សូមជ្រើសរើសសហគ្រាសពីបញ្ជីសហគ្រាស។</translation>
        </message>
        <message>
            <source>Choose a service delivered to this SME.</source>
            <translation>សូមជ្រើសរើសសេវាកម្មដែលបានផ្ដល់ជូនសហគ្រាសនេះ។</translation>
        </message>
        <message>
            <source>Enter a score from 0 to 100.</source>
            <translation>សូមបញ្ចូលពិន្ទុពី 0 ដល់ 100។</translation>
        </message>
        <message>
            <source>Enter an amount of 0 or more, for example 150.</source>
            <translation>សូមបញ្ចូលចំនួនទឹកប្រាក់ចាប់ពី 0 ឡើងទៅ ឧទាហរណ៍ 150។</translation>
        </message>
        <message>
            <source>Enter a three-letter currency code, for example USD.</source>
            <translation>សូមបញ្ចូលលេខកូដរូបិយប័ណ្ណបីអក្សរ ឧទាហរណ៍ USD។</translation>
        </message>
        <message>
            <source>Choose the kind of service.</source>
            <translation>សូមជ្រើសរើសប្រភេទសេវាកម្ម។</translation>
        </message>
        <message>
            <source>Choose how the inquiry came in.</source>
            <translation>សូមជ្រើសរើសមធ្យោបាយដែលការសាកសួរបានមកដល់។</translation>
        </message>
        <message>
            <source>Choose not started, in progress or completed.</source>
            <translation>សូមជ្រើសរើស មិនទាន់ចាប់ផ្ដើម កំពុងសិក្សា ឬបានបញ្ចប់។</translation>
        </message>
        <message>
            <source>Progress only moves forward; an administrator can revert it, with a reason.</source>
            <translation>វឌ្ឍនភាពអាចទៅមុខបានតែប៉ុណ្ណោះ។ អ្នកគ្រប់គ្រងអាចថយវាវិញបាន ដោយបញ្ជាក់មូលហេតុ។</translation>
        </message>
        <message>
            <source>A revert must go back to an earlier step.</source>
            <translation>ការថយវឌ្ឍនភាពត្រូវតែថយទៅជំហានមុន។</translation>
        </message>
        <message>
            <source>Give a reason for the revert.</source>
            <translation>សូមបញ្ជាក់មូលហេតុនៃការថយវឌ្ឍនភាព។</translation>
        </message>
        <message>
            <source>Say who reverts it.</source>
            <translation>សូមបញ្ជាក់ឈ្មោះអ្នកដែលថយវឌ្ឍនភាព។</translation>
        </message>
        <message>
            <source>This module is not part of the workshop.</source>
            <translation>ម៉ូឌុលនេះមិនមែនជាផ្នែកនៃសិក្ខាសាលានេះទេ។</translation>
        </message>
        <message>
            <source>This person is not enrolled in the workshop.</source>
            <translation>បុគ្គលនេះមិនបានចុះឈ្មោះក្នុងសិក្ខាសាលានេះទេ។</translation>
        </message>
        <message>
            <source>This day is not part of the workshop.</source>
            <translation>កាលបរិច្ឆេទនេះមិនស្ថិតក្នុងសិក្ខាសាលានេះទេ។</translation>
        </message>
        <message>
            <source>Choose a workshop.</source>
            <translation>សូមជ្រើសរើសសិក្ខាសាលា។</translation>
        </message>
        <message>
            <source>A retired module cannot be added to a workshop: choose another one.</source>
            <translation>មិនអាចបន្ថែមម៉ូឌុលដែលឈប់ប្រើទៅក្នុងសិក្ខាសាលាបានទេ៖ សូមជ្រើសរើសម៉ូឌុលផ្សេង។</translation>
        </message>
        <message>
            <source>Choose one of this SME's online presences.</source>
            <translation>សូមជ្រើសរើសវត្តមានលើអ៊ីនធឺណិតមួយរបស់សហគ្រាសនេះ។</translation>
        </message>
        <message>
            <source>An order value goes with the outcome “Order”: choose that outcome or clear the value.</source>
            <translation>តម្លៃការបញ្ជាទិញ ប្រើជាមួយលទ្ធផល «បានបញ្ជាទិញ» ប៉ុណ្ណោះ៖ សូមជ្រើសរើសលទ្ធផលនោះ ឬលុបតម្លៃចេញ។</translation>
        </message>
        <message>
            <source>This workshop is not over yet: certificates are issued after its last day.</source>
            <translation>សិក្ខាសាលានេះមិនទាន់បញ្ចប់នៅឡើយទេ៖ វិញ្ញាបនបត្រត្រូវបានចេញបន្ទាប់ពីថ្ងៃចុងក្រោយរបស់វា។</translation>
        </message>
        <message>
            <source>A certificate cannot be dated before the workshop's last day.</source>
            <translation>វិញ្ញាបនបត្រមិនអាចចុះកាលបរិច្ឆេទមុនថ្ងៃចុងក្រោយនៃសិក្ខាសាលាបានទេ។</translation>
        </message>
        <message>
            <source>Enter a share of the days from 0 to 100 %.</source>
            <translation>សូមបញ្ចូលភាគរយនៃចំនួនថ្ងៃពី 0 ដល់ 100 %។</translation>
        </message>
        <message>
            <source>Write languages as codes separated by commas, for example km, en, ja.</source>
            <translation>សូមសរសេរភាសាជាលេខកូដ បំបែកដោយសញ្ញាក្បៀស ឧទាហរណ៍ km, en, ja។</translation>
        </message>
        <message>
            <source>Write each language pair as two codes joined by a dash, for example km-ja.</source>
            <translation>សូមសរសេរគូភាសានីមួយៗជាលេខកូដពីរ ភ្ជាប់ដោយសញ្ញា (-) ឧទាហរណ៍ km-ja។</translation>
        </message>
        <message>
            <source>Write each currency as three capital letters, for example USD.</source>
            <translation>សូមសរសេររូបិយប័ណ្ណនីមួយៗជាអក្សរធំបីតួ ឧទាហរណ៍ USD។</translation>
        </message>
        <message>
            <source>Choose SMEs from the registry.</source>
            <translation>សូមជ្រើសរើសសហគ្រាសពីបញ្ជីសហគ្រាស។</translation>
        </message>
        <message>
            <source>An earlier row of this file describes the same business with other values. Keep one of the two rows.</source>
            <translation>ជួរដេកមុនមួយក្នុងឯកសារនេះ ពិពណ៌នាអំពីសហគ្រាសដដែល ប៉ុន្តែមានតម្លៃខុសគ្នា។ សូមរក្សាទុកតែជួរដេកមួយក្នុងចំណោមជួរដេកទាំងពីរ។</translation>
        </message>
        <message>
            <source>Nobody in this workshop has a certificate yet: a certificate goes to each participant who completed every module and was present on enough of its days.</source>
            <translation>មិនទាន់មាននរណាម្នាក់ក្នុងសិក្ខាសាលានេះមានវិញ្ញាបនបត្រនៅឡើយទេ៖ អ្នកចូលរួមម្នាក់ៗដែលបានបញ្ចប់គ្រប់ម៉ូឌុល និងមានវត្តមានគ្រប់ចំនួនថ្ងៃ នឹងទទួលបានវិញ្ញាបនបត្រ។</translation>
        </message>
        <message>
            <source>The logo file could not be read. Check that it is still there and that you may open it, then choose it again.</source>
            <translation>មិនអាចអានឯកសារឡូហ្គោបានទេ។ សូមពិនិត្យថាវានៅមាន ហើយអ្នកមានសិទ្ធិបើកវា រួចជ្រើសរើសវាម្ដងទៀត។</translation>
        </message>
        <message>
            <source>The logo file is larger than 2 MB. Choose a smaller image: a logo needs a few hundred pixels across, no more.</source>
            <translation>ឯកសារឡូហ្គោធំជាង 2 MB។ សូមជ្រើសរើសរូបភាពតូចជាងនេះ៖ ឡូហ្គោត្រូវការទទឹងត្រឹមតែពីរបីរយភីកសែលប៉ុណ្ណោះ។</translation>
        </message>
        <message>
            <source>This file is not a PNG or JPEG image (or it is damaged). Choose a logo saved as PNG or JPEG.</source>
            <translation>ឯកសារនេះមិនមែនជារូបភាព PNG ឬ JPEG ទេ (ឬវាខូច)។ សូមជ្រើសរើសឡូហ្គោដែលរក្សាទុកជា PNG ឬ JPEG។</translation>
        </message>
    </context>
    <context>
        <name>WorkshopDialog</name>
        <message>
            <source>Edit workshop</source>
            <translation>កែសម្រួលសិក្ខាសាលា</translation>
        </message>
        <message>
            <source>New workshop</source>
            <translation>សិក្ខាសាលាថ្មី</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>ម៉ូឌុល</translation>
        </message>
        <message>
            <source>Names, separated by commas</source>
            <translation>ឈ្មោះ ដោយដាក់សញ្ញាក្បៀស (,) នៅចន្លោះ</translation>
        </message>
        <message>
            <source>%1 (set by hand)</source>
            <translation>%1 (កំណត់ដោយដៃ)</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>ចំណងជើង(&amp;T)៖</translation>
        </message>
        <message>
            <source>Trac&amp;k:</source>
            <translation>កម្រិតវគ្គ(&amp;K)៖</translation>
        </message>
        <message>
            <source>&amp;Modules:</source>
            <translation>ម៉ូឌុល(&amp;M)៖</translation>
        </message>
        <message>
            <source>&amp;Dates:</source>
            <translation>កាលបរិច្ឆេទ(&amp;D)៖</translation>
        </message>
        <message>
            <source>&amp;Venue:</source>
            <translation>ទីកន្លែង(&amp;V)៖</translation>
        </message>
        <message>
            <source>&amp;Economy:</source>
            <translation>ប្រទេស/តំបន់(&amp;E)៖</translation>
        </message>
        <message>
            <source>&amp;Province:</source>
            <translation>រាជធានី/ខេត្ត(&amp;P)៖</translation>
        </message>
        <message>
            <source>T&amp;rainers:</source>
            <translation>គ្រូបណ្ដុះបណ្ដាល(&amp;R)៖</translation>
        </message>
        <message>
            <source>P&amp;artner organisation:</source>
            <translation>ស្ថាប័នដៃគូ(&amp;A)៖</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>ស្ថានភាព(&amp;S)៖</translation>
        </message>
        <message>
            <source>Attendance for a &amp;certificate:</source>
            <translation>វត្តមានសម្រាប់ទទួលវិញ្ញាបនបត្រ(&amp;C)៖</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>កំណត់ចំណាំ(&amp;N)៖</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>រក្សាទុក</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>បោះបង់</translation>
        </message>
        <message>
            <source>%1 (retired)</source>
            <translation>%1 (ឈប់ប្រើ)</translation>
        </message>
        <message>
            <source>Retired: new workshops are not offered it; workshops that have it keep it.</source>
            <translation>ឈប់ប្រើ៖ សិក្ខាសាលាថ្មីមិនអាចជ្រើសម៉ូឌុលនេះបានទេ ប៉ុន្តែសិក្ខាសាលាដែលមានវារួចហើយ នៅរក្សាវាដដែល។</translation>
        </message>
        <message>
            <source>Published by headquarters: it can be read here but not changed.</source>
            <translation>ចេញផ្សាយដោយការិយាល័យកណ្ដាល៖ អាចមើលបាននៅទីនេះ ប៉ុន្តែមិនអាចកែប្រែបានទេ។</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n ថ្ងៃ</numerusform>
                <numerusform>%n ថ្ងៃ</numerusform>
            </translation>
        </message>
        <message>
            <source>As the dates say (now: %1)</source>
            <translation>តាមកាលបរិច្ឆេទ (ឥឡូវនេះ៖ %1)</translation>
        </message>
        <message>
            <source>Follows the dates: planned before the first day, running until the last, then done.</source>
            <translation>អនុវត្តតាមកាលបរិច្ឆេទ៖ «គ្រោងទុក» មុនថ្ងៃដំបូង «កំពុងដំណើរការ» រហូតដល់ថ្ងៃចុងក្រោយ បន្ទាប់មក «បានបញ្ចប់»។</translation>
        </message>
        <message>
            <source>The dates already make it “%1”: setting it by hand changes nothing.</source>
            <translation>កាលបរិច្ឆេទបានធ្វើឲ្យវាស្ថិតក្នុងស្ថានភាព «%1» រួចហើយ៖ ការកំណត់ដោយដៃមិនផ្លាស់ប្ដូរអ្វីទេ។</translation>
        </message>
        <message>
            <source>Running from now on, before its first day: for a workshop started early. After its last day it is done.</source>
            <translation>«កំពុងដំណើរការ» ចាប់ពីពេលនេះ មុនថ្ងៃដំបូងរបស់វា៖ សម្រាប់សិក្ខាសាលាដែលចាប់ផ្ដើមមុនពេល។ បន្ទាប់ពីថ្ងៃចុងក្រោយ វានឹង «បានបញ្ចប់»។</translation>
        </message>
        <message>
            <source>Done from now on, before its last day: for a workshop finished or called off early.</source>
            <translation>«បានបញ្ចប់» ចាប់ពីពេលនេះ មុនថ្ងៃចុងក្រោយរបស់វា៖ សម្រាប់សិក្ខាសាលាដែលបានបញ្ចប់ ឬលុបចោលមុនពេល។</translation>
        </message>
        <message>
            <source>Enter the workshop's title.</source>
            <translation>សូមបញ្ចូលចំណងជើងសិក្ខាសាលា។</translation>
        </message>
        <message>
            <source>Tick at least one module.</source>
            <translation>សូមធីកម៉ូឌុលយ៉ាងហោចណាស់មួយ។</translation>
        </message>
        <message>
            <source>The last day cannot be before the first.</source>
            <translation>ថ្ងៃចុងក្រោយមិនអាចនៅមុនថ្ងៃដំបូងបានទេ។</translation>
        </message>
        <message>
            <source>A workshop can last at most 60 days.</source>
            <translation>សិក្ខាសាលាមួយអាចមានរយៈពេលយូរបំផុត 60 ថ្ងៃ។</translation>
        </message>
    </context>
    <context>
        <name>WorkshopPage</name>
        <message>
            <source>&amp;Details</source>
            <translation>ព័ត៌មានលម្អិត(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Participants</source>
            <translation>អ្នកចូលរួម(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Workshop mode (attendance)</source>
            <translation>របៀបសិក្ខាសាលា (វត្តមាន)(&amp;W)</translation>
        </message>
        <message>
            <source>Pro&amp;gress &amp;&amp; scores</source>
            <translation>វឌ្ឍនភាព និងពិន្ទុ(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Certificates</source>
            <translation>វិញ្ញាបនបត្រ(&amp;C)</translation>
        </message>
        <message>
            <source>Dates:</source>
            <translation>កាលបរិច្ឆេទ៖</translation>
        </message>
        <message>
            <source>Track:</source>
            <translation>កម្រិតវគ្គ៖</translation>
        </message>
        <message>
            <source>Modules:</source>
            <translation>ម៉ូឌុល៖</translation>
        </message>
        <message>
            <source>Venue:</source>
            <translation>ទីកន្លែង៖</translation>
        </message>
        <message>
            <source>Trainers:</source>
            <translation>គ្រូបណ្ដុះបណ្ដាល៖</translation>
        </message>
        <message>
            <source>Partner:</source>
            <translation>ដៃគូ៖</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>ស្ថានភាព៖</translation>
        </message>
        <message>
            <source>Participants:</source>
            <translation>អ្នកចូលរួម៖</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>កំណត់ចំណាំ៖</translation>
        </message>
        <message>
            <source>Edit workshop…</source>
            <translation>កែសម្រួលសិក្ខាសាលា…</translation>
        </message>
        <message>
            <source>Start workshop mode (F5)</source>
            <translation>ចាប់ផ្ដើមរបៀបសិក្ខាសាលា (F5)</translation>
        </message>
        <message>
            <source>Sign-in &amp;sheet… (%1)</source>
            <translation>សន្លឹកចុះហត្ថលេខា(&amp;S)… (%1)</translation>
        </message>
        <message>
            <source>Print a day's sign-in sheet for people to sign</source>
            <translation>បោះពុម្ពសន្លឹកចុះហត្ថលេខាប្រចាំថ្ងៃ ដើម្បីឲ្យអ្នកចូលរួមចុះហត្ថលេខា</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ឈ្មោះ</translation>
        </message>
        <message>
            <source>Latin letters</source>
            <translation>អក្សរឡាតាំង</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>ភេទ</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>តួនាទី</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>ទូរស័ព្ទ</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>សហគ្រាស</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>វិញ្ញាបនបត្រ</translation>
        </message>
        <message>
            <source>&amp;Enrol…</source>
            <translation>ចុះឈ្មោះ(&amp;E)…</translation>
        </message>
        <message>
            <source>Enrol people (Ctrl+E)</source>
            <translation>ចុះឈ្មោះអ្នកចូលរួម (Ctrl+E)</translation>
        </message>
        <message>
            <source>Remove from workshop</source>
            <translation>ដកចេញពីសិក្ខាសាលា</translation>
        </message>
        <message>
            <source>Only an administrator can move progress back: “Administrator…” in Settings asks for the administrator password.</source>
            <translation>មានតែអ្នកគ្រប់គ្រងទេដែលអាចថយវឌ្ឍនភាពបាន៖ «អ្នកគ្រប់គ្រង…» ក្នុង «ការកំណត់» នឹងសួររកពាក្យសម្ងាត់អ្នកគ្រប់គ្រង។</translation>
        </message>
        <message>
            <source>Save sign-in sheet</source>
            <translation>រក្សាទុកសន្លឹកចុះហត្ថលេខា</translation>
        </message>
        <message>
            <source>Sign-in sheet %1.pdf</source>
            <translation>សន្លឹកចុះហត្ថលេខា %1.pdf</translation>
        </message>
        <message>
            <source>Writing the sign-in sheet…</source>
            <translation>កំពុងបង្កើតសន្លឹកចុះហត្ថលេខា…</translation>
        </message>
        <message>
            <source>Writing the sign-in sheet</source>
            <translation>កំពុងបង្កើតសន្លឹកចុះហត្ថលេខា</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>បើកថត</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>អ្នកចូលរួម %n នាក់</numerusform>
                <numerusform>អ្នកចូលរួម %n នាក់</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n day(s))</source>
            <translation>
                <numerusform>(%n ថ្ងៃ)</numerusform>
                <numerusform>(%n ថ្ងៃ)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n enrolled</source>
            <translation>
                <numerusform>បានចុះឈ្មោះ %n នាក់</numerusform>
                <numerusform>បានចុះឈ្មោះ %n នាក់</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n women</source>
            <translation>
                <numerusform>ស្ត្រី %n នាក់</numerusform>
                <numerusform>ស្ត្រី %n នាក់</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %n participant(s) from this workshop? Their attendance and progress are kept and come back if they are enrolled again.</source>
            <translation>
                <numerusform>ដកអ្នកចូលរួម %n នាក់ចេញពីសិក្ខាសាលានេះ? វត្តមាន និងវឌ្ឍនភាពរបស់ពួកគេនៅរក្សាទុកដដែល ហើយនឹងត្រឡប់មកវិញ ប្រសិនបើពួកគេត្រូវបានចុះឈ្មោះម្ដងទៀត។</numerusform>
                <numerusform>ដកអ្នកចូលរួម %n នាក់ចេញពីសិក្ខាសាលានេះ? វត្តមាន និងវឌ្ឍនភាពរបស់ពួកគេនៅរក្សាទុកដដែល ហើយនឹងត្រឡប់មកវិញ ប្រសិនបើពួកគេត្រូវបានចុះឈ្មោះម្ដងទៀត។</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s) moved forward.</source>
            <translation>
                <numerusform>ក្រឡាចំនួន %n ត្រូវបានរំកិលទៅមុខ។</numerusform>
                <numerusform>ក្រឡាចំនួន %n ត្រូវបានរំកិលទៅមុខ។</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to move forward: the selected cells are already completed.</source>
            <translation>គ្មានអ្វីត្រូវរំកិលទៅមុខទេ៖ ក្រឡាដែលបានជ្រើសរើសបានបញ្ចប់រួចហើយ។</translation>
        </message>
        <message>
            <source>This module has not been started.</source>
            <translation>ម៉ូឌុលនេះមិនទាន់បានចាប់ផ្ដើមទេ។</translation>
        </message>
        <message>
            <source>Moved back to “%1”; the reason is recorded.</source>
            <translation>បានថយទៅ «%1»។ មូលហេតុត្រូវបានកត់ត្រាទុក។</translation>
        </message>
        <message>
            <source>PDF file (*.pdf)</source>
            <translation>ឯកសារ PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Cancelled; no file was written.</source>
            <translation>បានបោះបង់។ គ្មានឯកសារណាត្រូវបានបង្កើតទេ។</translation>
        </message>
        <message numerus="yes">
            <source>Saved the sign-in sheet (%n page(s)) to %1.</source>
            <translation>
                <numerusform>បានរក្សាទុកសន្លឹកចុះហត្ថលេខា (%n ទំព័រ) នៅ %1។</numerusform>
                <numerusform>បានរក្សាទុកសន្លឹកចុះហត្ថលេខា (%n ទំព័រ) នៅ %1។</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkshopTableModel</name>
        <message>
            <source>Workshop</source>
            <translation>សិក្ខាសាលា</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>ស្ថាប័ន</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>កាលបរិច្ឆេទ</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>កម្រិតវគ្គ</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>ទីកន្លែង</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>អ្នកចូលរួម</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>ស្ថានភាព</translation>
        </message>
    </context>
    <context>
        <name>YouPage</name>
        <message>
            <source>You and your agency</source>
            <translation>អ្នក និងស្ថាប័នរបស់អ្នក</translation>
        </message>
        <message>
            <source>Your name is saved with every change you make. New SMEs, workshops and events start with your agency's economy and province; you can still change them there.</source>
            <translation>ឈ្មោះរបស់អ្នកត្រូវបានកត់ត្រាជាមួយការផ្លាស់ប្ដូរនីមួយៗដែលអ្នកធ្វើ។ សហគ្រាស សិក្ខាសាលា និងព្រឹត្តិការណ៍ថ្មី នឹងចាប់ផ្ដើមជាមួយប្រទេស/តំបន់ និងរាជធានី/ខេត្តរបស់ស្ថាប័នអ្នក។ អ្នកនៅតែអាចប្ដូរវានៅទីនោះបាន។</translation>
        </message>
        <message>
            <source>Your full name, as colleagues know you</source>
            <translation>ឈ្មោះពេញរបស់អ្នក ដូចដែលសហការីស្គាល់អ្នក</translation>
        </message>
        <message>
            <source>Settings changes any of this later.</source>
            <translation>អ្នកអាចប្ដូរព័ត៌មានទាំងនេះនៅពេលក្រោយក្នុង «ការកំណត់»។</translation>
        </message>
    </context>
    <context>
        <name>_OptionalValueWidget</name>
        <message>
            <source>Not answered</source>
            <translation>មិនទាន់ឆ្លើយ</translation>
        </message>
    </context>
    <context>
        <name>_RecordDialog</name>
        <message>
            <source>Save</source>
            <translation>រក្សាទុក</translation>
        </message>
        <message>
            <source>Save (Ctrl+Enter)</source>
            <translation>រក្សាទុក (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>បោះបង់</translation>
        </message>
    </context>
</TS>
