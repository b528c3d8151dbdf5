<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AcknowledgeWidget</name>
    <message>
        <source>OK</source>
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
        <source>Codes, separated by commas: km, en, ja</source>
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
        <translation type="unfinished"></translation>
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
        <source>The file has no rows.</source>
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
        <source>The file has column names but no rows below them. Choose another file.</source>
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
        <source>Indicator reports for headquarters come in a later release.</source>
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
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
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
        <source>Search agency, province, language (e.g. ja), service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a language code such as ja to find who translates into Japanese; Enter or Down goes to the list.</source>
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
        <source>Survey form</source>
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
        <source>e.g. km-ja, km-th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For translation: from-to language codes, separated by commas (km-ja is Khmer into Japanese).</source>
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
    <name>SettingsArea</name>
    <message>
        <source>Apply language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator on this computer (may move training progress back, with a reason that is recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name (saved with every change)</source>
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
        <translation type="unfinished"></translation>
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
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) of this SME known from training.</source>
        <translation>
            <numerusform>%n person of this SME known from training.</numerusform>
            <numerusform>%n persons of this SME known from training.</numerusform>
        </translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 response(s) to %2.</source>
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
        <source>Retire version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete version…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters cannot be reached. Your changes are kept and will be sent when the connection is back.</source>
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
    <message>
        <source>No sync since GMS Desk started</source>
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
        <source>Syncing… %1 %</source>
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
        <source>No certificate has been issued for this workshop yet: only participants who completed every module get one.</source>
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
    <message>
        <source>Day %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) completed every module.</source>
        <translation>
            <numerusform>%n participant completed every module.</numerusform>
            <numerusform>%n participants completed every module.</numerusform>
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
        <translation>
            <numerusform>%n new certificate number given.</numerusform>
            <numerusform>%n new certificate numbers given.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) in all.</source>
        <translation>
            <numerusform>%n certificate in all.</numerusform>
            <numerusform>%n certificates in all.</numerusform>
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
        <translation>
            <numerusform>Saved %n certificate to %1.</numerusform>
            <numerusform>Saved %n certificates to %1.</numerusform>
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
        <translation>
            <numerusform>Saved the sign-in sheet (%n page) to %1.</numerusform>
            <numerusform>Saved the sign-in sheet (%n pages) to %1.</numerusform>
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
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
