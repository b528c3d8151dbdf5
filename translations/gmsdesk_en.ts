<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
  <context>
    <name>ConflictTableModel</name>
    <message>
      <source>SME</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Value in use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changed on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other value</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Conflicts</name>
    <message>
      <source>(empty)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>computer %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>another computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1, %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep this</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ConflictsView</name>
    <message>
      <source>← Back to sync</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Conflicts to resolve</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Two people changed the same field before their computers synced. Every computer now shows the value in use; check which value is right and keep it, or type the right value. Your choice is sent to everyone at the next sync.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No conflicts to resolve.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Value in use now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type the right value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use this value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Or the right value:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changed on %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(empty)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Country</name>
    <message>
      <source>Cambodia</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lao PDR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Myanmar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thailand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Viet Nam</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yunnan (China)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>GMS Desk may not write to this place. Choose another folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The disk is full. Free some space and try again; nothing was lost.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file was not found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>GMS Desk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>GMS Desk — unexpected error</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Something went wrong inside GMS Desk. Your saved work is safe. Please send the details below to your support contact.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Field</name>
    <message>
      <source>Business name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name in local script</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Registration number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Economy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Province</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>District</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Website</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Owner or contact person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gender of contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Employees</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Female employees</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Year founded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fax</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fixed-line phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mobile phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Own website</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Social media</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E-marketplace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Online payment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ICT level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changed by</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Gender</name>
    <message>
      <source>Female</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Male</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IctLevel</name>
    <message>
      <source>Traditional (fax, phone)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Web presence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E-business</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Import</name>
    <message>
      <source>The file's text encoding is not recognised. Save it as CSV UTF-8 and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a .csv or .xlsx file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file could not be read as a table.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file has no rows.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose which column holds the business name.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Import SMEs from a file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a spreadsheet with one SME per row and the column names in the first row. CSV and Excel (.xlsx) files work; of a workbook, the first sheet is read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No file chosen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Choose file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>File:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You can also drop a file on this window.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>GMS Desk guessed which SME field each column holds from the column names. Check each line and change what is wrong; a field can be chosen for one column only. Columns set to “— do not import —” are left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Column in the file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Example</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You can cancel; the rows imported before that are kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>These rows were not imported. Correct them in the file and import it again; the rows already imported will not be added twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Save problem list…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Step 1 of 3: Choose a file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Step 2 of 3: Match the columns</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Step 3 of 3: Check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Importing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import finished</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a file to import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Spreadsheets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reading the file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reading the file</source>
      <translation type="unfinished" />
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
      <source>The file has column names but no rows below them. Choose another file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file could not be read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open it in Excel or LibreOffice, save it again as .xlsx or as CSV UTF-8, and choose it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Details: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uses: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(no name, column %1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Column %1 of the file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>— do not import —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import column “%1” as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problems</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stopping after the rows being saved now…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Added %1, updated %2, unchanged %3, with problems %4.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import cancelled; the rows before that are kept.</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>problems</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save problem list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CSV files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved to %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>GMS Desk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SMEs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Workshops, attendance, module progress, services delivered and certificates come in the next release.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Surveys</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Needs-assessment and evaluation surveys (XLSForm) come in a later release.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Indicator reports for headquarters come in a later release.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sync</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sync not set up</source>
      <translation type="unfinished" />
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
    <name>SettingsArea</name>
    <message>
      <source>Apply language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your name (saved with every change)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Data folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SmeArea</name>
    <message>
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New SME</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Find</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search name, phone, registration number, contact…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All sectors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All economies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Any ICT level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deleted SMEs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show deleted SMEs, to restore them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All provinces</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n SME(s)</source>
      <translation>
        <numerusform>%n SME</numerusform>
        <numerusform>%n SMEs</numerusform>
      </translation>
    </message>
    <message>
      <source>The list could not be loaded: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>add %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved “%1”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>edit %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deleted “%1”.</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export cancelled; no file was written.</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SmeFormDialog</name>
    <message>
      <source>New SME</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Business</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit SME — %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save (Ctrl+S)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add sector…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ICT and e-business use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add sector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name of the new sector:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Discard changes?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Discard your changes?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>same name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>similar name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>same phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>same registration number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This business may already be registered. Open it instead of adding it again, or save if it is a different one:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>, </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open this one</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Sync</name>
    <message>
      <source>The server address is not valid. It looks like https://hq.example.org.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Headquarters cannot be reached. Your changes are kept and will be sent when the connection is back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Headquarters does not recognise this computer (not enrolled, or access was withdrawn). Enrol it again with a new code.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This version of GMS Desk is too old to sync. Please update it; your data is kept until then.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Headquarters refused the request.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Headquarters could not process the sync. Try again later.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This enrolment code is not valid or was used already. Ask headquarters for a new one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This address does not answer like a GMS Desk headquarters server. Check the address.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sync is not set up: enrol this computer with headquarters first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter the server address and the enrolment code.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No GMS Desk headquarters answered at this address. Check the address (for example https://hq.example.org) and try again.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SyncArea</name>
    <message>
      <source>Sync with headquarters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Everything you enter is kept on this computer, and every change waits here until it is sent. To send your changes to headquarters and receive your colleagues' work, enrol this computer once with the code headquarters gave you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The code from headquarters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How headquarters will know this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enrol this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Server address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enrolment code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name of this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sync now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enrol again…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No conflicts to resolve.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This computer's id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last sync</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Waiting to be sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last result</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Conflicts</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n change(s) on this computer will be sent after enrolment.</source>
      <translation>
        <numerusform>%n change on this computer will be sent after enrolment.</numerusform>
        <numerusform>%n changes on this computer will be sent after enrolment.</numerusform>
      </translation>
    </message>
    <message>
      <source>Never</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Today at %1</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n change(s)</source>
      <translation>
        <numerusform>%n change</numerusform>
        <numerusform>%n changes</numerusform>
      </translation>
    </message>
    <message>
      <source>No sync since GMS Desk started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Syncing…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Resolve %n conflict(s)…</source>
      <translation>
        <numerusform>Resolve %n conflict…</numerusform>
        <numerusform>Resolve %n conflicts…</numerusform>
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 of %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enrolling this computer with headquarters…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SyncService</name>
    <message>
      <source>Sync not set up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Syncing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sync is busy. Try again in a moment.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Syncing… %1 %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sync problem: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unexpected error (details in gmsdesk.log): %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enrolment failed unexpectedly (details in gmsdesk.log): %1</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Synced at %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last synced %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Task</name>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Validation</name>
    <message>
      <source>Enter the business name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This is too long.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter a whole number, for example 12.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The number cannot be negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Female employees cannot be more than all employees.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter a year between 1900 and this year.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This does not look like an e-mail address.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This does not look like a web address.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use digits, spaces and + - ( ) only, at least 6 digits.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a sector from the list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose one of the six economies.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose female, male or other.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter a name for the sector.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>