<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km_KH">
<context>
    <name>AcknowledgeWidget</name>
    <message>
        <source>OK</source>
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
        <source>Enter marks the highlighted person present (press it again to undo the mark); ↑ ↓ choose another; Esc clears; Ctrl+Z undoes.</source>
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
        <source>%1 marked absent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>SME</source>
        <translation>សហគ្រាស</translation>
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
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (own script):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Latin letters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SME:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">បិទ</translation>
    </message>
    <message>
        <source>(already enrolled)</source>
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
        <source>Enrolled %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>GMS Desk may not write to this place. Choose another folder.</source>
        <translation>GMS Desk មិនមានសិទ្ធិរក្សាទុកនៅទីតាំងនេះទេ។ សូមជ្រើសរើសថតផ្សេង។</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was lost.</source>
        <translation>ថាសពេញហើយ។ សូមបង្កើនទំហំទំនេរ រួចព្យាយាមម្ដងទៀត។ គ្មានទិន្នន័យណាបាត់បង់ទេ។</translation>
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
</context>
<context>
    <name>Field</name>
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
        <source>Sector</source>
        <translation>វិស័យ</translation>
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
</context>
<context>
    <name>FormRenderer</name>
    <message>
        <source>Form language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">បិទ</translation>
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
    <message>
        <source>%1 answer(s) still need attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted; the draft is kept.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished">ជួរដេក</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">បញ្ហា</translation>
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
    <name>InquiryDialog</name>
    <message>
        <source>Inquiry received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From country (two letters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
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
    <name>NewResponseDialog</name>
    <message>
        <source>New response</source>
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
        <source>SME (optional):</source>
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
        <source>— no SME —</source>
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
        <translation type="unfinished">បោះបង់</translation>
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
        <translation type="unfinished">សហគ្រាស</translation>
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
    <name>SettingsArea</name>
    <message>
        <source>Apply language</source>
        <translation>ប្ដូរភាសា</translation>
    </message>
    <message>
        <source>Administrator on this computer (may move training progress back, with a reason that is recorded)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">%1/%2</translation>
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
        <translation type="unfinished">លុប</translation>
    </message>
    <message>
        <source>E-business services delivered</source>
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
        <source>Notes</source>
        <translation type="unfinished">កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Add inquiry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiries received through its online presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished">មិនធ្វើវិញ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished">ធ្វើវិញ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">បិទ</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) of this SME known from training.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) completed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>by %n of them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>add inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry added.</source>
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
        <source>Redo</source>
        <translation>ធ្វើវិញ</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">គ្រប់រាជធានី/ខេត្ត</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation type="unfinished">គ្រប់វិស័យ</translation>
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
        <translation type="unfinished">បិទ</translation>
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
    <message>
        <source>%1 response(s)</source>
        <translation type="unfinished"></translation>
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
        <source>Export responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation type="unfinished">ឯកសារ Excel (*.xlsx);;ឯកសារ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 response(s) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished">បានបោះបង់ការនាំចេញ។ គ្មានឯកសារណាត្រូវបានបង្កើតទេ។</translation>
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
        <translation type="unfinished">សូមបញ្ចូលចំនួនគត់ ឧទាហរណ៍ 12។</translation>
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
</context>
<context>
    <name>SurveysArea</name>
    <message>
        <source>Surveys</source>
        <translation type="unfinished">ការស្ទង់មតិ</translation>
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
        <translation type="unfinished">កំណែ</translation>
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
        <translation type="unfinished">សហគ្រាស</translation>
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
        <translation type="unfinished">ភាសា</translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">ស្ថានភាព</translation>
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
        <source>%1 form(s) ready to fill in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1: %2 response(s), %3 draft(s)</source>
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
        <source>Responses (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses to “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no form yet. Import an XLSForm first.</source>
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
        <source>“%1” cannot be used as a form: %2 problem(s) must be fixed in the spreadsheet first.</source>
        <translation type="unfinished"></translation>
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
        <source>%1 warning(s): what GMS Desk ignored is listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form imported</source>
        <translation type="unfinished"></translation>
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
    <message numerus="yes">
        <source>%n change(s) on this computer will be sent after enrolment.</source>
        <translation>
            <numerusform>ការផ្លាស់ប្ដូរចំនួន %n នៅលើកុំព្យូទ័រនេះ នឹងត្រូវផ្ញើបន្ទាប់ពីចុះឈ្មោះរួច។</numerusform>
            <numerusform>ការផ្លាស់ប្ដូរចំនួន %n នៅលើកុំព្យូទ័រនេះ នឹងត្រូវផ្ញើបន្ទាប់ពីចុះឈ្មោះរួច។</numerusform>
        </translation>
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
        <source>Female</source>
        <translation type="unfinished">ស្រី</translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished">ប្រុស</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">ផ្សេងទៀត</translation>
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
        <translation type="unfinished">វគ្គបណ្ដុះបណ្ដាល</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">អ៊ីមែល</translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished">គេហទំព័រ</translation>
    </message>
    <message>
        <source>E-marketplace</source>
        <translation type="unfinished">ទីផ្សារអនឡាញ</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished">បណ្ដាញសង្គម</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">ទូរស័ព្ទ</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished">ទូរសារ</translation>
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
        <source>Search title, venue, trainer, partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workshops yet. Press Ctrl+N to plan one: title, track and modules, dates, venue and trainers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished">វគ្គបណ្ដុះបណ្ដាល</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 workshops</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter the business name.</source>
        <translation>សូមបញ្ចូលឈ្មោះសហគ្រាស។</translation>
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
        <source>The number cannot be negative.</source>
        <translation>ចំនួននេះមិនអាចជាលេខអវិជ្ជមានបានទេ។</translation>
    </message>
    <message>
        <source>Female employees cannot be more than all employees.</source>
        <translation>ចំនួនបុគ្គលិកស្រីមិនអាចលើសចំនួនបុគ្គលិកសរុបបានទេ។</translation>
    </message>
    <message>
        <source>Enter a year between 1900 and this year.</source>
        <translation>សូមបញ្ចូលឆ្នាំ (គ.ស.) ចាប់ពី 1900 ដល់ឆ្នាំនេះ។</translation>
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
        <source>Several workshops start with this id; type more of it.</source>
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
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">រក្សាទុក</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">បោះបង់</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>Undo</source>
        <translation type="unfinished">មិនធ្វើវិញ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished">ធ្វើវិញ</translation>
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
        <translation type="unfinished">ទូរស័ព្ទ</translation>
    </message>
    <message>
        <source>SME</source>
        <translation type="unfinished">សហគ្រាស</translation>
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
        <source>&amp;Issue certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a certificate number to every participant who completed all modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save certificates PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;attendance sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the PDF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheet for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n day(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n women</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Day %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) completed every module.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) issued.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participant(s) from this workshop? Their attendance and progress are kept and come back if they are enrolled again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) moved forward.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to move forward: the selected cells are already completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can move progress back. An administrator turns on “Administrator on this computer” in Settings.</source>
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
    <message numerus="yes">
        <source>%n new certificate number(s) given.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) in all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>Writing certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n certificate(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Writing certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attendance sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved the sign-in sheet (%n page(s)) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the attendance sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopTableModel</name>
    <message>
        <source>Workshop</source>
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
        <translation type="unfinished">ស្ថានភាព</translation>
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
        <translation type="unfinished">រក្សាទុក</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">បោះបង់</translation>
    </message>
</context>
</TS>
