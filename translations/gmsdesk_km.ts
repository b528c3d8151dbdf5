<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km_KH">
<context>
    <name>AcknowledgeWidget</name>
    <message>
        <source>OK</source>
        <translation>យល់ព្រម</translation>
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
        <source>Codes, separated by commas: km, en, ja</source>
        <translation>លេខកូដ បំបែកដោយសញ្ញាក្បៀស៖ km, en, ja</translation>
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
        <source>Enter marks the highlighted person present (press it again to undo the mark); ↑ ↓ choose another; Esc clears; Ctrl+Z undoes.</source>
        <translation>Enter៖ កត់ត្រាថាអ្នកដែលបានរំលេចមានវត្តមាន (ចុចម្ដងទៀតដើម្បីដកការកត់ត្រាវិញ)។ ↑ ↓៖ ជ្រើសរើសអ្នកផ្សេង។ Esc៖ សម្អាត។ Ctrl+Z៖ មិនធ្វើវិញ។</translation>
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
        <source>%1 marked absent again.</source>
        <translation>%1 ត្រូវបានកត់ថាអវត្តមានវិញ។</translation>
    </message>
    <message>
        <source>Present %1 of %2</source>
        <translation>មានវត្តមាន %1/%2 នាក់</translation>
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
        <source>New person</source>
        <translation>បុគ្គលថ្មី</translation>
    </message>
    <message>
        <source>Name (own script):</source>
        <translation>ឈ្មោះ (អក្សរក្នុងស្រុក)៖</translation>
    </message>
    <message>
        <source>Name in Latin letters:</source>
        <translation>ឈ្មោះជាអក្សរឡាតាំង៖</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>ភេទ៖</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>តួនាទី៖</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>ទូរស័ព្ទ៖</translation>
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
        <source>(already enrolled)</source>
        <translation>(បានចុះឈ្មោះរួចហើយ)</translation>
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
        <source>Enter the person&apos;s name.</source>
        <translation>សូមបញ្ចូលឈ្មោះបុគ្គល។</translation>
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
    <message>
        <source>%1 answer(s) still need attention.</source>
        <translation>នៅមានចម្លើយ %1 ដែលត្រូវពិនិត្យឡើងវិញ។</translation>
    </message>
    <message>
        <source>Not submitted; the draft is kept.</source>
        <translation>មិនទាន់បានបញ្ជូនទេ។ សេចក្ដីព្រាងនៅរក្សាទុកដដែល។</translation>
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
    <name>Import</name>
    <message>
        <source>The file&apos;s text encoding is not recognised. Save it as CSV UTF-8 and try again.</source>
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
        <source>The file has no rows.</source>
        <translation>ឯកសារនេះគ្មានជួរដេកទេ។</translation>
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
        <source>The file has column names but no rows below them. Choose another file.</source>
        <translation>ឯកសារនេះមានឈ្មោះជួរឈរ ប៉ុន្តែគ្មានជួរដេកនៅខាងក្រោមទេ។ សូមជ្រើសរើសឯកសារផ្សេង។</translation>
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
    <name>InquiryDialog</name>
    <message>
        <source>Inquiry received</source>
        <translation>ការសាកសួរដែលបានទទួល</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>ថ្ងៃទទួល៖</translation>
    </message>
    <message>
        <source>From country (two letters):</source>
        <translation>មកពីប្រទេស (អក្សរពីរ)៖</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>មធ្យោបាយ៖</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>កំណត់ចំណាំ៖</translation>
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
        <source>Indicator reports for headquarters come in a later release.</source>
        <translation>របាយការណ៍សូចនាករសម្រាប់ការិយាល័យកណ្ដាល នឹងមាននៅក្នុងកំណែក្រោយៗ។</translation>
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
        <source>English</source>
        <translation>ភាសាអង់គ្លេស</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>ភាសាខ្មែរ</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>ភាសាឡាវ</translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation>ភាសាភូមា</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>ភាសាថៃ</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>ភាសាវៀតណាម</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>ភាសាចិន</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>ភាសាជប៉ុន</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>ភាសាកូរ៉េ</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>ភាសាម៉ាឡេ</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>ភាសាឥណ្ឌូណេស៊ី</translation>
    </message>
    <message>
        <source>French</source>
        <translation>ភាសាបារាំង</translation>
    </message>
    <message>
        <source>German</source>
        <translation>ភាសាអាល្លឺម៉ង់</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ភាសារុស្ស៊ី</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>ភាសាអេស្ប៉ាញ</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>ភាសាហិណ្ឌី</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>ភាសាអារ៉ាប់</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>NetworkArea</name>
    <message>
        <source>Search agency, province, language (e.g. ja), service…</source>
        <translation>ស្វែងរកស្ថាប័ន រាជធានី/ខេត្ត ភាសា (ឧ. ja) សេវាកម្ម…</translation>
    </message>
    <message>
        <source>Type a language code such as ja to find who translates into Japanese; Enter or Down goes to the list.</source>
        <translation>វាយលេខកូដភាសា ដូចជា ja ដើម្បីរកអ្នកដែលបកប្រែជាភាសាជប៉ុន។ ចុច Enter ឬ ↓ ដើម្បីទៅកាន់បញ្ជី។</translation>
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
        <source>Edit this agency&apos;s profile (Ctrl+E)</source>
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
        <source>New response</source>
        <translation>ការឆ្លើយតបថ្មី</translation>
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
        <source>SME (optional):</source>
        <translation>សហគ្រាស (មិនចាំបាច់)៖</translation>
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
        <source>— no SME —</source>
        <translation>— គ្មានសហគ្រាស —</translation>
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
        <source>Move one cell&apos;s progress back; needs a reason and is recorded</source>
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
        <source>Survey form</source>
        <translation>ទម្រង់ស្ទង់មតិ</translation>
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
        <source>e.g. km-ja, km-th</source>
        <translation>ឧ. km-ja, km-th</translation>
    </message>
    <message>
        <source>For translation: from-to language codes, separated by commas (km-ja is Khmer into Japanese).</source>
        <translation>សម្រាប់ការបកប្រែ៖ លេខកូដភាសាប្រភព-គោលដៅ បំបែកដោយសញ្ញាក្បៀស (km-ja គឺបកប្រែពីភាសាខ្មែរទៅភាសាជប៉ុន)។</translation>
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
    <name>SettingsArea</name>
    <message>
        <source>Apply language</source>
        <translation>ប្ដូរភាសា</translation>
    </message>
    <message>
        <source>Administrator on this computer (may move training progress back, with a reason that is recorded)</source>
        <translation>អ្នកគ្រប់គ្រងនៅលើកុំព្យូទ័រនេះ (អាចថយវឌ្ឍនភាពនៃវគ្គបណ្ដុះបណ្ដាល ដោយមានមូលហេតុដែលត្រូវកត់ត្រាទុក)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <source>Your name (saved with every change)</source>
        <translation>ឈ្មោះរបស់អ្នក (កត់ត្រាជាមួយការផ្លាស់ប្ដូរនីមួយៗ)</translation>
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
        <source>Notes</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Add inquiry…</source>
        <translation>បន្ថែមការសាកសួរ…</translation>
    </message>
    <message>
        <source>Inquiries received through its online presence</source>
        <translation>ការសាកសួរដែលបានទទួល តាមរយៈវត្តមានលើអ៊ីនធឺណិតរបស់សហគ្រាស</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) of this SME known from training.</source>
        <translation>
            <numerusform>បុគ្គលចំនួន %n នាក់នៃសហគ្រាសនេះ ធ្លាប់ចូលរួមវគ្គបណ្ដុះបណ្ដាល។</numerusform>
            <numerusform>បុគ្គលចំនួន %n នាក់នៃសហគ្រាសនេះ ធ្លាប់ចូលរួមវគ្គបណ្ដុះបណ្ដាល។</numerusform>
        </translation>
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
        <source>add inquiry</source>
        <translation>បន្ថែមការសាកសួរ</translation>
    </message>
    <message>
        <source>Inquiry added.</source>
        <translation>បានបន្ថែមការសាកសួរ។</translation>
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
    <message>
        <source>%1 response(s)</source>
        <translation>ការឆ្លើយតបចំនួន %1</translation>
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
        <source>Export responses</source>
        <translation>នាំចេញការឆ្លើយតប</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>ឯកសារ Excel (*.xlsx);;ឯកសារ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 response(s) to %2.</source>
        <translation>បាននាំចេញការឆ្លើយតបចំនួន %1 ទៅ %2។</translation>
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
        <source>Version {version} of form {form_id} is already here with different questions. Change the version in the form&apos;s settings sheet and import it again.</source>
        <translation>កំណែ {version} នៃទម្រង់ {form_id} មានរួចហើយ ប៉ុន្តែមានសំណួរខុសគ្នា។ សូមប្ដូរកំណែនៅក្នុងសន្លឹក settings នៃទម្រង់ រួចនាំចូលម្ដងទៀត។</translation>
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
        <source>Headquarters published version {version} of form {form_id} with different questions; it can be read here but not changed. Change the version in the form&apos;s settings sheet and import it again.</source>
        <translation>ការិយាល័យកណ្ដាលបានចេញផ្សាយកំណែ {version} នៃទម្រង់ {form_id} ដែលមានសំណួរខុសគ្នា។ វាអាចមើលបាននៅទីនេះ ប៉ុន្តែមិនអាចកែប្រែបានទេ។ សូមប្ដូរកំណែនៅក្នុងសន្លឹក settings នៃទម្រង់ រួចនាំចូលម្ដងទៀត។</translation>
    </message>
    <message>
        <source>This form version is retired: it takes no new responses. Its responses and drafts are kept.</source>
        <translation>កំណែទម្រង់នេះឈប់ប្រើហើយ៖ វាមិនទទួលការឆ្លើយតបថ្មីទៀតទេ។ ការឆ្លើយតប និងសេចក្ដីព្រាងរបស់វានៅរក្សាទុកដដែល។</translation>
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
        <source>%1 form(s) ready to fill in.</source>
        <translation>ទម្រង់ចំនួន %1 រួចរាល់សម្រាប់បំពេញ។</translation>
    </message>
    <message>
        <source>Installing forms</source>
        <translation>កំពុងដំឡើងទម្រង់</translation>
    </message>
    <message>
        <source>Version %1: %2 response(s), %3 draft(s)</source>
        <translation>កំណែ %1៖ ការឆ្លើយតប %2, សេចក្ដីព្រាង %3</translation>
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
        <source>Retire version</source>
        <translation>ឈប់ប្រើកំណែនេះ</translation>
    </message>
    <message>
        <source>Delete version…</source>
        <translation>លុបកំណែ…</translation>
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
        <source>“%1” cannot be used as a form: %2 problem(s) must be fixed in the spreadsheet first.</source>
        <translation>មិនអាចប្រើ «%1» ជាទម្រង់បានទេ៖ ត្រូវកែបញ្ហា %2 នៅក្នុងឯកសារតារាងជាមុនសិន។</translation>
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
        <source>%1 warning(s): what GMS Desk ignored is listed below.</source>
        <translation>ការព្រមាន %1៖ អ្វីដែល GMS Desk បានរំលង មានរាយនៅខាងក្រោម។</translation>
    </message>
    <message>
        <source>Form imported</source>
        <translation>បាននាំចូលទម្រង់</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The server address is not valid. It looks like https://hq.example.org.</source>
        <translation>អាសយដ្ឋានម៉ាស៊ីនមេមិនត្រឹមត្រូវទេ។ អាសយដ្ឋានត្រូវមានទម្រង់ដូចជា https://hq.example.org។</translation>
    </message>
    <message>
        <source>Headquarters cannot be reached. Your changes are kept and will be sent when the connection is back.</source>
        <translation>មិនអាចភ្ជាប់ទៅការិយាល័យកណ្ដាលបានទេ។ ការផ្លាស់ប្ដូររបស់អ្នកនៅរក្សាទុកដដែល ហើយនឹងត្រូវផ្ញើ នៅពេលមានការតភ្ជាប់វិញ។</translation>
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
</context>
<context>
    <name>SyncArea</name>
    <message>
        <source>Sync with headquarters</source>
        <translation>សមកាលកម្មជាមួយការិយាល័យកណ្ដាល</translation>
    </message>
    <message>
        <source>Everything you enter is kept on this computer, and every change waits here until it is sent. To send your changes to headquarters and receive your colleagues&apos; work, enrol this computer once with the code headquarters gave you.</source>
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
        <source>This computer&apos;s id</source>
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
    <message>
        <source>%1 — headquarters: holds every agency&apos;s records</source>
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
    <message>
        <source>No sync since GMS Desk started</source>
        <translation>មិនទាន់បានធ្វើសមកាលកម្មទេ ចាប់តាំងពីបើក GMS Desk</translation>
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
        <source>Syncing… %1 %</source>
        <translation>កំពុងធ្វើសមកាលកម្ម… %1%</translation>
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
        <source>Enter the agency&apos;s name.</source>
        <translation>សូមបញ្ចូលឈ្មោះស្ថាប័ន។</translation>
    </message>
    <message>
        <source>Enter a year between 1900 and this year.</source>
        <translation>សូមបញ្ចូលឆ្នាំ (គ.ស.) ចាប់ពី 1900 ដល់ឆ្នាំនេះ។</translation>
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
        <source>Enter the person&apos;s name.</source>
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
        <source>No certificate has been issued for this workshop yet: only participants who completed every module get one.</source>
        <translation>មិនទាន់មានវិញ្ញាបនបត្រណាមួយត្រូវបានចេញសម្រាប់សិក្ខាសាលានេះនៅឡើយទេ៖ មានតែអ្នកចូលរួមដែលបានបញ្ចប់គ្រប់ម៉ូឌុលប៉ុណ្ណោះ ទើបទទួលបានវិញ្ញាបនបត្រ។</translation>
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
        <source>Enter the workshop&apos;s title.</source>
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
        <source>&amp;Issue certificates</source>
        <translation>ចេញវិញ្ញាបនបត្រ(&amp;I)</translation>
    </message>
    <message>
        <source>Give a certificate number to every participant who completed all modules</source>
        <translation>ផ្ដល់លេខវិញ្ញាបនបត្រដល់អ្នកចូលរួមគ្រប់រូប ដែលបានបញ្ចប់ម៉ូឌុលទាំងអស់</translation>
    </message>
    <message>
        <source>&amp;Save certificates PDF…</source>
        <translation>រក្សាទុកវិញ្ញាបនបត្រជា PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Print &amp;attendance sheet…</source>
        <translation>បោះពុម្ពសន្លឹកវត្តមាន(&amp;A)…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>បើកថត</translation>
    </message>
    <message>
        <source>Language of the PDF:</source>
        <translation>ភាសារបស់ PDF៖</translation>
    </message>
    <message>
        <source>Sign-in sheet for:</source>
        <translation>សន្លឹកចុះហត្ថលេខាសម្រាប់៖</translation>
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
    <message>
        <source>Day %1 — %2</source>
        <translation>ថ្ងៃទី %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) completed every module.</source>
        <translation>
            <numerusform>អ្នកចូលរួម %n នាក់បានបញ្ចប់ម៉ូឌុលទាំងអស់។</numerusform>
            <numerusform>អ្នកចូលរួម %n នាក់បានបញ្ចប់ម៉ូឌុលទាំងអស់។</numerusform>
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
        <source>Only an administrator can move progress back. An administrator turns on “Administrator on this computer” in Settings.</source>
        <translation>មានតែអ្នកគ្រប់គ្រងទេដែលអាចថយវឌ្ឍនភាពបាន។ អ្នកគ្រប់គ្រងត្រូវបើក «អ្នកគ្រប់គ្រងនៅលើកុំព្យូទ័រនេះ» នៅក្នុង «ការកំណត់»។</translation>
    </message>
    <message>
        <source>This module has not been started.</source>
        <translation>ម៉ូឌុលនេះមិនទាន់បានចាប់ផ្ដើមទេ។</translation>
    </message>
    <message>
        <source>Moved back to “%1”; the reason is recorded.</source>
        <translation>បានថយទៅ «%1»។ មូលហេតុត្រូវបានកត់ត្រាទុក។</translation>
    </message>
    <message numerus="yes">
        <source>%n new certificate number(s) given.</source>
        <translation>
            <numerusform>បានផ្ដល់លេខវិញ្ញាបនបត្រថ្មីចំនួន %n។</numerusform>
            <numerusform>បានផ្ដល់លេខវិញ្ញាបនបត្រថ្មីចំនួន %n។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) in all.</source>
        <translation>
            <numerusform>វិញ្ញាបនបត្រសរុបចំនួន %n។</numerusform>
            <numerusform>វិញ្ញាបនបត្រសរុបចំនួន %n។</numerusform>
        </translation>
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
    <message>
        <source>Writing certificates</source>
        <translation>កំពុងបង្កើតវិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <source>Save attendance sheet</source>
        <translation>រក្សាទុកសន្លឹកវត្តមាន</translation>
    </message>
    <message>
        <source>Attendance %1.pdf</source>
        <translation>វត្តមាន %1.pdf</translation>
    </message>
    <message numerus="yes">
        <source>Saved the sign-in sheet (%n page(s)) to %1.</source>
        <translation>
            <numerusform>បានរក្សាទុកសន្លឹកចុះហត្ថលេខា (%n ទំព័រ) នៅ %1។</numerusform>
            <numerusform>បានរក្សាទុកសន្លឹកចុះហត្ថលេខា (%n ទំព័រ) នៅ %1។</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the attendance sheet</source>
        <translation>កំពុងបង្កើតសន្លឹកវត្តមាន</translation>
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
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
</context>
</TS>
