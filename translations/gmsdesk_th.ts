<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
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
        <translation>SME</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <source>Value in use</source>
        <translation>ค่าที่ใช้อยู่</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>แก้ไขที่</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>ค่าอื่น</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>(empty)</source>
        <translation>(ว่าง)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>เครื่องนี้</translation>
    </message>
    <message>
        <source>computer %1</source>
        <translation>เครื่อง %1</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>เครื่องอื่น</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1 เมื่อ %2</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>เก็บค่านี้ไว้</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>← Back to sync</source>
        <translation>← กลับไปหน้าซิงค์ข้อมูล</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>ข้อมูลขัดแย้งที่ต้องแก้ไข</translation>
    </message>
    <message>
        <source>Two people changed the same field before their computers synced. Every computer now shows the value in use; check which value is right and keep it, or type the right value. Your choice is sent to everyone at the next sync.</source>
        <translation>มีสองคนแก้ไขข้อมูลช่องเดียวกันก่อนที่เครื่องของทั้งสองจะซิงค์ข้อมูล ขณะนี้ทุกเครื่องแสดงค่าที่ใช้อยู่ กรุณาตรวจสอบว่าค่าใดถูกต้องแล้วเก็บค่านั้นไว้ หรือพิมพ์ค่าที่ถูกต้อง สิ่งที่ท่านเลือกจะส่งถึงทุกคนเมื่อซิงค์ข้อมูลครั้งถัดไป</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>ไม่มีข้อมูลขัดแย้งที่ต้องแก้ไข</translation>
    </message>
    <message>
        <source>Value in use now</source>
        <translation>ค่าที่ใช้อยู่ตอนนี้</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>ค่าอื่น</translation>
    </message>
    <message>
        <source>Type the right value</source>
        <translation>พิมพ์ค่าที่ถูกต้อง</translation>
    </message>
    <message>
        <source>Use this value</source>
        <translation>ใช้ค่านี้</translation>
    </message>
    <message>
        <source>Or the right value:</source>
        <translation>หรือค่าที่ถูกต้อง:</translation>
    </message>
    <message>
        <source>Changed on %1</source>
        <translation>แก้ไขที่%1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(ว่าง)</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>Cambodia</source>
        <translation>กัมพูชา</translation>
    </message>
    <message>
        <source>Lao PDR</source>
        <translation>สปป. ลาว</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>เมียนมา</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>ไทย</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>เวียดนาม</translation>
    </message>
    <message>
        <source>Yunnan (China)</source>
        <translation>ยูนนาน (จีน)</translation>
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
        <translation type="unfinished">ปิด</translation>
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
        <translation>GMS Desk ไม่มีสิทธิ์บันทึกในตำแหน่งนี้ กรุณาเลือกโฟลเดอร์อื่น</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was lost.</source>
        <translation>ดิสก์เต็ม กรุณาเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง ข้อมูลไม่ได้สูญหาย</translation>
    </message>
    <message>
        <source>The file was not found.</source>
        <translation>ไม่พบไฟล์</translation>
    </message>
    <message>
        <source>GMS Desk</source>
        <translation>GMS Desk</translation>
    </message>
    <message>
        <source>GMS Desk — unexpected error</source>
        <translation>GMS Desk — เกิดข้อผิดพลาดที่ไม่คาดคิด</translation>
    </message>
    <message>
        <source>Something went wrong inside GMS Desk. Your saved work is safe. Please send the details below to your support contact.</source>
        <translation>เกิดข้อผิดพลาดภายใน GMS Desk งานที่บันทึกไว้แล้วยังปลอดภัย กรุณาส่งรายละเอียดด้านล่างให้ผู้ดูแลด้านเทคนิคของท่าน</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Business name</source>
        <translation>ชื่อกิจการ</translation>
    </message>
    <message>
        <source>Name in local script</source>
        <translation>ชื่อภาษาท้องถิ่น</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>เลขทะเบียน</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>สาขาธุรกิจ</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>ประเทศ/ภูมิภาค</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>District</source>
        <translation>อำเภอ/เขต</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>เว็บไซต์</translation>
    </message>
    <message>
        <source>Owner or contact person</source>
        <translation>เจ้าของหรือผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Gender of contact</source>
        <translation>เพศของผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>จำนวนพนักงาน</translation>
    </message>
    <message>
        <source>Female employees</source>
        <translation>จำนวนพนักงานหญิง</translation>
    </message>
    <message>
        <source>Year founded</source>
        <translation>ปีที่ก่อตั้ง (ค.ศ.)</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>โทรสาร</translation>
    </message>
    <message>
        <source>Fixed-line phone</source>
        <translation>โทรศัพท์พื้นฐาน</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>โทรศัพท์มือถือ</translation>
    </message>
    <message>
        <source>Own website</source>
        <translation>เว็บไซต์ของตนเอง</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>โซเชียลมีเดีย</translation>
    </message>
    <message>
        <source>E-marketplace</source>
        <translation>ตลาดออนไลน์ (e-marketplace)</translation>
    </message>
    <message>
        <source>Online payment</source>
        <translation>การชำระเงินออนไลน์</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>ICT level</source>
        <translation>ระดับการใช้ ICT</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>แก้ไขล่าสุด</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>รหัสระเบียน</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>แก้ไขโดย</translation>
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
        <translation type="unfinished">ปิด</translation>
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
        <translation>หญิง</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ชาย</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
</context>
<context>
    <name>IctLevel</name>
    <message>
        <source>Traditional (fax, phone)</source>
        <translation>แบบดั้งเดิม (โทรสาร โทรศัพท์)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Web presence</source>
        <translation>มีตัวตนบนเว็บ</translation>
    </message>
    <message>
        <source>E-business</source>
        <translation>ธุรกิจอิเล็กทรอนิกส์</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file&apos;s text encoding is not recognised. Save it as CSV UTF-8 and try again.</source>
        <translation>ไม่รู้จักการเข้ารหัสอักขระของไฟล์นี้ กรุณาบันทึกเป็น CSV UTF-8 แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Choose a .csv or .xlsx file.</source>
        <translation>กรุณาเลือกไฟล์ .csv หรือ .xlsx</translation>
    </message>
    <message>
        <source>The file could not be read as a table.</source>
        <translation>ไม่สามารถอ่านไฟล์นี้เป็นตารางได้</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>ไฟล์นี้ไม่มีแถวข้อมูล</translation>
    </message>
    <message>
        <source>Choose which column holds the business name.</source>
        <translation>กรุณาเลือกคอลัมน์ที่มีชื่อกิจการ</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import SMEs from a file</source>
        <translation>นำเข้าข้อมูล SME จากไฟล์</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ย้อนกลับ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ถัดไป(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>นำเข้า(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Choose a spreadsheet with one SME per row and the column names in the first row. CSV and Excel (.xlsx) files work; of a workbook, the first sheet is read.</source>
        <translation>เลือกไฟล์ตารางที่มี SME หนึ่งรายต่อหนึ่งแถว และมีชื่อคอลัมน์อยู่ในแถวแรก ใช้ได้ทั้งไฟล์ CSV และ Excel (.xlsx) สำหรับไฟล์ Excel จะอ่านเฉพาะชีตแรก</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>ยังไม่ได้เลือกไฟล์</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>เลือกไฟล์(&amp;C)…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ไฟล์:</translation>
    </message>
    <message>
        <source>You can also drop a file on this window.</source>
        <translation>หรือลากไฟล์มาวางบนหน้าต่างนี้ก็ได้</translation>
    </message>
    <message>
        <source>GMS Desk guessed which SME field each column holds from the column names. Check each line and change what is wrong; a field can be chosen for one column only. Columns set to “— do not import —” are left out.</source>
        <translation>GMS Desk คาดเดาจากชื่อคอลัมน์ว่าแต่ละคอลัมน์ตรงกับข้อมูลใดของ SME กรุณาตรวจสอบทีละบรรทัดและแก้ไขส่วนที่ไม่ถูกต้อง ข้อมูลแต่ละรายการเลือกได้กับคอลัมน์เดียวเท่านั้น คอลัมน์ที่ตั้งเป็น “— ไม่นำเข้า —” จะถูกข้ามไป</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>คอลัมน์ในไฟล์</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>ตัวอย่าง</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>นำเข้าเป็น</translation>
    </message>
    <message>
        <source>You can cancel; the rows imported before that are kept.</source>
        <translation>ท่านสามารถยกเลิกได้ แถวที่นำเข้าไปแล้วจะยังคงอยู่</translation>
    </message>
    <message>
        <source>These rows were not imported. Correct them in the file and import it again; the rows already imported will not be added twice.</source>
        <translation>แถวเหล่านี้ไม่ได้ถูกนำเข้า กรุณาแก้ไขในไฟล์แล้วนำเข้าอีกครั้ง แถวที่นำเข้าไปแล้วจะไม่ถูกเพิ่มซ้ำ</translation>
    </message>
    <message>
        <source>&amp;Save problem list…</source>
        <translation>บันทึกรายการปัญหา(&amp;S)…</translation>
    </message>
    <message>
        <source>Step 1 of 3: Choose a file</source>
        <translation>ขั้นตอนที่ 1 จาก 3: เลือกไฟล์</translation>
    </message>
    <message>
        <source>Step 2 of 3: Match the columns</source>
        <translation>ขั้นตอนที่ 2 จาก 3: จับคู่คอลัมน์</translation>
    </message>
    <message>
        <source>Step 3 of 3: Check</source>
        <translation>ขั้นตอนที่ 3 จาก 3: ตรวจสอบ</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>กำลังนำเข้า</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>ยกเลิกการนำเข้าแล้ว</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>นำเข้าเสร็จแล้ว</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>เลือกไฟล์ที่จะนำเข้า</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>ไฟล์ตาราง</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>กำลังอ่านไฟล์…</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>กำลังอ่านไฟล์</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n rows below the column names.</source>
        <translation>
            <numerusform>ไฟล์นี้มี %n แถวใต้ชื่อคอลัมน์</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns were matched to SME fields; check them in the next step.</source>
        <translation>
            <numerusform>จับคู่ %n คอลัมน์กับข้อมูล SME แล้ว กรุณาตรวจสอบในขั้นตอนถัดไป</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has column names but no rows below them. Choose another file.</source>
        <translation>ไฟล์นี้มีชื่อคอลัมน์แต่ไม่มีแถวข้อมูลด้านล่าง กรุณาเลือกไฟล์อื่น</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>ไม่สามารถอ่านไฟล์นี้ได้</translation>
    </message>
    <message>
        <source>Open it in Excel or LibreOffice, save it again as .xlsx or as CSV UTF-8, and choose it again.</source>
        <translation>กรุณาเปิดไฟล์ใน Excel หรือ LibreOffice แล้วบันทึกใหม่เป็น .xlsx หรือ CSV UTF-8 จากนั้นเลือกไฟล์อีกครั้ง</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>รายละเอียด: %1</translation>
    </message>
    <message>
        <source>Uses: %1</source>
        <translation>ใช้: %1</translation>
    </message>
    <message>
        <source>(no name, column %1)</source>
        <translation>(ไม่มีชื่อ คอลัมน์ที่ %1)</translation>
    </message>
    <message>
        <source>Column %1 of the file</source>
        <translation>คอลัมน์ที่ %1 ของไฟล์</translation>
    </message>
    <message>
        <source>— do not import —</source>
        <translation>— ไม่นำเข้า —</translation>
    </message>
    <message>
        <source>Import column “%1” as</source>
        <translation>นำเข้าคอลัมน์ “%1” เป็น</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>ปัญหา</translation>
    </message>
    <message numerus="yes">
        <source>%n rows in the file;</source>
        <translation>
            <numerusform>ไฟล์มี %n แถว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have problems — those rows will be skipped and listed after the import.</source>
        <translation>
            <numerusform>มีปัญหา %n แถว — แถวเหล่านั้นจะถูกข้ามและแสดงเป็นรายการหลังนำเข้า</numerusform>
        </translation>
    </message>
    <message>
        <source>none of them have problems.</source>
        <translation>ไม่มีแถวใดมีปัญหา</translation>
    </message>
    <message numerus="yes">
        <source>%n of the first %1 have problems — those rows will be skipped and listed after the import.</source>
        <translation>
            <numerusform>ใน %1 แถวแรก มีปัญหา %n แถว — แถวเหล่านั้นจะถูกข้ามและแสดงเป็นรายการหลังนำเข้า</numerusform>
        </translation>
    </message>
    <message>
        <source>none of the first %1 have problems.</source>
        <translation>ใน %1 แถวแรก ไม่มีแถวใดมีปัญหา</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n rows…</source>
        <translation>
            <numerusform>กำลังนำเข้า %n แถว…</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing SMEs</source>
        <translation>กำลังนำเข้าข้อมูล SME</translation>
    </message>
    <message>
        <source>Stopping after the rows being saved now…</source>
        <translation>จะหยุดหลังจากบันทึกแถวที่กำลังบันทึกอยู่เสร็จ…</translation>
    </message>
    <message>
        <source>Added %1, updated %2, unchanged %3, with problems %4.</source>
        <translation>เพิ่มใหม่ %1 รายการ ปรับปรุง %2 รายการ ไม่เปลี่ยนแปลง %3 รายการ มีปัญหา %4 รายการ</translation>
    </message>
    <message>
        <source>Import cancelled; the rows before that are kept.</source>
        <translation>ยกเลิกการนำเข้าแล้ว แถวที่นำเข้าก่อนหน้านั้นยังคงอยู่</translation>
    </message>
    <message numerus="yes">
        <source>%n rows were not reached; import the file again to add them.</source>
        <translation>
            <numerusform>ยังมีอีก %n แถวที่ไม่ได้นำเข้า กรุณานำเข้าไฟล์อีกครั้งเพื่อเพิ่มแถวเหล่านั้น</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>แถว</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>Save problem list</source>
        <translation>บันทึกรายการปัญหา</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>ไฟล์ CSV</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>บันทึกไว้ที่ %1 แล้ว</translation>
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
        <translation type="unfinished">แถว</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">ปัญหา</translation>
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
        <translation>SME</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>การฝึกอบรม</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>แบบสำรวจ</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <source>Indicator reports for headquarters come in a later release.</source>
        <translation>รายงานตัวชี้วัดสำหรับสำนักงานใหญ่จะมีในเวอร์ชันต่อ ๆ ไป</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>ซิงค์ข้อมูล</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation>ยังไม่ได้ตั้งค่าการซิงค์ข้อมูล</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting for sync</source>
        <translation>
            <numerusform>รอซิงค์ข้อมูล %n รายการ</numerusform>
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
        <translation type="unfinished">ยกเลิก</translation>
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
        <translation type="unfinished">SME</translation>
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
        <translation>ใช้ภาษานี้</translation>
    </message>
    <message>
        <source>Administrator on this computer (may move training progress back, with a reason that is recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Your name (saved with every change)</source>
        <translation>ชื่อของท่าน (บันทึกไว้กับทุกการเปลี่ยนแปลง)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>โฟลเดอร์ข้อมูล</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>เวอร์ชัน</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
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
        <translation type="unfinished">%1 จาก %2</translation>
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
        <translation type="unfinished">ลบ</translation>
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
        <translation type="unfinished">หมายเหตุ</translation>
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
        <translation type="unfinished">เลิกทำ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished">ทำซ้ำ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">ปิด</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) of this SME known from training.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) completed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>by %n of them.</source>
        <translation type="unfinished">
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
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <source>New SME</source>
        <translation>เพิ่ม SME</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ทำซ้ำ</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>นำเข้า…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <source>Training and services…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>Search name, phone, registration number, contact…</source>
        <translation>ค้นหาชื่อ โทรศัพท์ เลขทะเบียน ผู้ติดต่อ…</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>ทุกสาขาธุรกิจ</translation>
    </message>
    <message>
        <source>All economies</source>
        <translation>ทุกประเทศ/ภูมิภาค</translation>
    </message>
    <message>
        <source>Any ICT level</source>
        <translation>ทุกระดับการใช้ ICT</translation>
    </message>
    <message>
        <source>Deleted SMEs</source>
        <translation>SME ที่ลบแล้ว</translation>
    </message>
    <message>
        <source>Show deleted SMEs, to restore them</source>
        <translation>แสดง SME ที่ลบแล้ว เพื่อกู้คืน</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>ทุกจังหวัด</translation>
    </message>
    <message numerus="yes">
        <source>%n SME(s)</source>
        <translation>
            <numerusform>SME %n ราย</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation>ไม่สามารถโหลดรายการได้: %1</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>เพิ่ม %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>บันทึก “%1” แล้ว</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>แก้ไข %1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>ลบ “%1” แล้ว</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n SME(s).</source>
        <translation>
            <numerusform>ลบ SME %n รายแล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %n SME(s)</source>
        <translation>
            <numerusform>ลบ SME %n ราย</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo with Ctrl+Z, or find it under Deleted SMEs.</source>
        <translation>กด Ctrl+Z เพื่อเลิกทำ หรือดูได้ที่ “SME ที่ลบแล้ว”</translation>
    </message>
    <message numerus="yes">
        <source>restore %n SME(s)</source>
        <translation>
            <numerusform>กู้คืน SME %n ราย</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n SME(s).</source>
        <translation>
            <numerusform>กู้คืน SME %n รายแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>Export SMEs</source>
        <translation>ส่งออกข้อมูล SME</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>ไฟล์ Excel (*.xlsx);;ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>ยกเลิกการส่งออกแล้ว ไม่มีการสร้างไฟล์</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n SME(s) to %1.</source>
        <translation>
            <numerusform>ส่งออก SME %n รายไปที่ %1 แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting SMEs</source>
        <translation>กำลังส่งออกข้อมูล SME</translation>
    </message>
</context>
<context>
    <name>SmeFormDialog</name>
    <message>
        <source>New SME</source>
        <translation>เพิ่ม SME</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>กิจการ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>ที่ตั้ง</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>การติดต่อ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาดกิจการ</translation>
    </message>
    <message>
        <source>Edit SME — %1</source>
        <translation>แก้ไข SME — %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>บันทึก (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Add sector…</source>
        <translation>เพิ่มสาขาธุรกิจ…</translation>
    </message>
    <message>
        <source>ICT and e-business use</source>
        <translation>การใช้ ICT และธุรกิจอิเล็กทรอนิกส์</translation>
    </message>
    <message>
        <source>Add sector</source>
        <translation>เพิ่มสาขาธุรกิจ</translation>
    </message>
    <message>
        <source>Name of the new sector:</source>
        <translation>ชื่อสาขาธุรกิจใหม่:</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>ละทิ้งการแก้ไขหรือไม่</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>ต้องการละทิ้งการแก้ไขที่ทำไว้หรือไม่</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>ชื่อซ้ำ</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>ชื่อคล้ายกัน</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>เบอร์โทรซ้ำ</translation>
    </message>
    <message>
        <source>same registration number</source>
        <translation>เลขทะเบียนซ้ำ</translation>
    </message>
    <message>
        <source>This business may already be registered. Open it instead of adding it again, or save if it is a different one:</source>
        <translation>กิจการนี้อาจลงทะเบียนไว้แล้ว กรุณาเปิดรายการที่มีอยู่แทนการเพิ่มใหม่ หรือกดบันทึกหากเป็นกิจการอื่น:</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Open this one</source>
        <translation>เปิดรายการนี้</translation>
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
        <translation type="unfinished">ทุกจังหวัด</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation type="unfinished">ทุกสาขาธุรกิจ</translation>
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
        <translation type="unfinished">ปิด</translation>
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
        <translation type="unfinished">ไฟล์ Excel (*.xlsx);;ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 response(s) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished">ยกเลิกการส่งออกแล้ว ไม่มีการสร้างไฟล์</translation>
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
        <translation type="unfinished">กรุณากรอกจำนวนเต็ม เช่น 12</translation>
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
        <translation type="unfinished">แบบสำรวจ</translation>
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
        <translation type="unfinished">เวอร์ชัน</translation>
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
        <translation type="unfinished">SME</translation>
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
        <translation type="unfinished">ภาษา</translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">สถานะ</translation>
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
        <translation>ที่อยู่เซิร์ฟเวอร์ไม่ถูกต้อง ที่อยู่ควรมีรูปแบบเช่น https://hq.example.org</translation>
    </message>
    <message>
        <source>Headquarters cannot be reached. Your changes are kept and will be sent when the connection is back.</source>
        <translation>ไม่สามารถติดต่อสำนักงานใหญ่ได้ การเปลี่ยนแปลงของท่านยังเก็บไว้ และจะส่งเมื่อเชื่อมต่อได้อีกครั้ง</translation>
    </message>
    <message>
        <source>Headquarters does not recognise this computer (not enrolled, or access was withdrawn). Enrol it again with a new code.</source>
        <translation>สำนักงานใหญ่ไม่รู้จักเครื่องนี้ (ยังไม่ได้ลงทะเบียน หรือถูกเพิกถอนสิทธิ์เข้าใช้งาน) กรุณาลงทะเบียนเครื่องใหม่ด้วยรหัสใหม่</translation>
    </message>
    <message>
        <source>This version of GMS Desk is too old to sync. Please update it; your data is kept until then.</source>
        <translation>GMS Desk เวอร์ชันนี้เก่าเกินกว่าจะซิงค์ข้อมูลได้ กรุณาอัปเดต ระหว่างนี้ข้อมูลของท่านยังเก็บไว้ตามเดิม</translation>
    </message>
    <message>
        <source>Headquarters refused the request.</source>
        <translation>สำนักงานใหญ่ปฏิเสธคำขอ</translation>
    </message>
    <message>
        <source>Headquarters could not process the sync. Try again later.</source>
        <translation>สำนักงานใหญ่ไม่สามารถดำเนินการซิงค์ข้อมูลได้ กรุณาลองใหม่ภายหลัง</translation>
    </message>
    <message>
        <source>This enrolment code is not valid or was used already. Ask headquarters for a new one.</source>
        <translation>รหัสลงทะเบียนนี้ไม่ถูกต้องหรือถูกใช้ไปแล้ว กรุณาขอรหัสใหม่จากสำนักงานใหญ่</translation>
    </message>
    <message>
        <source>This address does not answer like a GMS Desk headquarters server. Check the address.</source>
        <translation>ที่อยู่นี้ไม่ได้ตอบกลับแบบเซิร์ฟเวอร์ GMS Desk ของสำนักงานใหญ่ กรุณาตรวจสอบที่อยู่</translation>
    </message>
    <message>
        <source>Sync is not set up: enrol this computer with headquarters first.</source>
        <translation>ยังไม่ได้ตั้งค่าการซิงค์ข้อมูล กรุณาลงทะเบียนเครื่องนี้กับสำนักงานใหญ่ก่อน</translation>
    </message>
    <message>
        <source>Enter the server address and the enrolment code.</source>
        <translation>กรุณากรอกที่อยู่เซิร์ฟเวอร์และรหัสลงทะเบียน</translation>
    </message>
    <message>
        <source>No GMS Desk headquarters answered at this address. Check the address (for example https://hq.example.org) and try again.</source>
        <translation>ไม่มีเซิร์ฟเวอร์ GMS Desk ของสำนักงานใหญ่ตอบกลับที่ที่อยู่นี้ กรุณาตรวจสอบที่อยู่ (เช่น https://hq.example.org) แล้วลองอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>SyncArea</name>
    <message>
        <source>Sync with headquarters</source>
        <translation>ซิงค์ข้อมูลกับสำนักงานใหญ่</translation>
    </message>
    <message>
        <source>Everything you enter is kept on this computer, and every change waits here until it is sent. To send your changes to headquarters and receive your colleagues&apos; work, enrol this computer once with the code headquarters gave you.</source>
        <translation>ข้อมูลทั้งหมดที่ท่านบันทึกจะเก็บไว้ในเครื่องนี้ และทุกการเปลี่ยนแปลงจะรออยู่ที่นี่จนกว่าจะถูกส่ง หากต้องการส่งการเปลี่ยนแปลงไปยังสำนักงานใหญ่และรับงานของเพื่อนร่วมงาน กรุณาลงทะเบียนเครื่องนี้หนึ่งครั้งด้วยรหัสที่ได้รับจากสำนักงานใหญ่</translation>
    </message>
    <message>
        <source>The code from headquarters</source>
        <translation>รหัสจากสำนักงานใหญ่</translation>
    </message>
    <message>
        <source>How headquarters will know this computer</source>
        <translation>ชื่อที่สำนักงานใหญ่จะใช้เรียกเครื่องนี้</translation>
    </message>
    <message>
        <source>Enrol this computer</source>
        <translation>ลงทะเบียนเครื่องนี้</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>ที่อยู่เซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>รหัสลงทะเบียน</translation>
    </message>
    <message>
        <source>Name of this computer</source>
        <translation>ชื่อเครื่องนี้</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>ซิงค์ข้อมูลตอนนี้</translation>
    </message>
    <message>
        <source>Enrol again…</source>
        <translation>ลงทะเบียนใหม่…</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>ไม่มีข้อมูลขัดแย้งที่ต้องแก้ไข</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>เซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>This computer&apos;s id</source>
        <translation>รหัสเครื่องนี้</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>ซิงค์ข้อมูลล่าสุด</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>รอส่ง</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>ผลล่าสุด</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>ข้อมูลขัดแย้ง</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) on this computer will be sent after enrolment.</source>
        <translation>
            <numerusform>การเปลี่ยนแปลง %n รายการในเครื่องนี้จะถูกส่งหลังลงทะเบียนเครื่องแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>ยังไม่เคย</translation>
    </message>
    <message>
        <source>Today at %1</source>
        <translation>วันนี้ เวลา %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>การเปลี่ยนแปลง %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>No sync since GMS Desk started</source>
        <translation>ยังไม่ได้ซิงค์ข้อมูลตั้งแต่เปิด GMS Desk</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>กำลังซิงค์ข้อมูล…</translation>
    </message>
    <message numerus="yes">
        <source>Resolve %n conflict(s)…</source>
        <translation>
            <numerusform>แก้ไขข้อมูลขัดแย้ง %n รายการ…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %1, received %2, %n conflict(s)</source>
        <translation>
            <numerusform>ส่ง %1 รายการ รับ %2 รายการ ข้อมูลขัดแย้ง %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1, received %2</source>
        <translation>ส่ง %1 รายการ รับ %2 รายการ</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 จาก %2</translation>
    </message>
    <message>
        <source>Enrolling this computer with headquarters…</source>
        <translation>กำลังลงทะเบียนเครื่องนี้กับสำนักงานใหญ่…</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Sync not set up</source>
        <translation>ยังไม่ได้ตั้งค่าการซิงค์ข้อมูล</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>กำลังซิงค์ข้อมูล…</translation>
    </message>
    <message>
        <source>Sync is busy. Try again in a moment.</source>
        <translation>กำลังซิงค์ข้อมูลอยู่ กรุณาลองใหม่อีกสักครู่</translation>
    </message>
    <message>
        <source>Syncing… %1 %</source>
        <translation>กำลังซิงค์ข้อมูล… %1%</translation>
    </message>
    <message>
        <source>Sync problem: %1</source>
        <translation>ปัญหาการซิงค์ข้อมูล: %1</translation>
    </message>
    <message>
        <source>Unexpected error (details in gmsdesk.log): %1</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด (ดูรายละเอียดใน gmsdesk.log): %1</translation>
    </message>
    <message>
        <source>Enrolment failed unexpectedly (details in gmsdesk.log): %1</source>
        <translation>การลงทะเบียนล้มเหลวโดยไม่คาดคิด (ดูรายละเอียดใน gmsdesk.log): %1</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>ออฟไลน์ — การเปลี่ยนแปลง %n รายการรอส่ง</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>ยังไม่ได้ซิงค์ข้อมูล</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>ซิงค์ข้อมูลแล้วเมื่อเวลา %1</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>ซิงค์ข้อมูลล่าสุดเมื่อ %1</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
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
        <translation type="unfinished">หญิง</translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished">ชาย</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">อื่น ๆ</translation>
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
        <translation type="unfinished">การฝึกอบรม</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">อีเมล</translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished">เว็บไซต์</translation>
    </message>
    <message>
        <source>E-marketplace</source>
        <translation type="unfinished">ตลาดออนไลน์ (e-marketplace)</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished">โซเชียลมีเดีย</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">โทรศัพท์</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished">โทรสาร</translation>
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
        <translation type="unfinished">การฝึกอบรม</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation type="unfinished">
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
        <translation>กรุณากรอกชื่อกิจการ</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>ข้อความนี้ยาวเกินไป</translation>
    </message>
    <message>
        <source>Enter a whole number, for example 12.</source>
        <translation>กรุณากรอกจำนวนเต็ม เช่น 12</translation>
    </message>
    <message>
        <source>The number cannot be negative.</source>
        <translation>ตัวเลขต้องไม่ติดลบ</translation>
    </message>
    <message>
        <source>Female employees cannot be more than all employees.</source>
        <translation>จำนวนพนักงานหญิงต้องไม่มากกว่าจำนวนพนักงานทั้งหมด</translation>
    </message>
    <message>
        <source>Enter a year between 1900 and this year.</source>
        <translation>กรุณากรอกปี ค.ศ. ระหว่าง 1900 ถึงปีปัจจุบัน</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>รูปแบบอีเมลไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>This does not look like a web address.</source>
        <translation>รูปแบบที่อยู่เว็บไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Use digits, spaces and + - ( ) only, at least 6 digits.</source>
        <translation>ใช้ได้เฉพาะตัวเลข ช่องว่าง และ + - ( ) อย่างน้อย 6 หลัก</translation>
    </message>
    <message>
        <source>Choose a sector from the list.</source>
        <translation>กรุณาเลือกสาขาธุรกิจจากรายการ</translation>
    </message>
    <message>
        <source>Choose one of the six economies.</source>
        <translation>กรุณาเลือกหนึ่งในหกประเทศ/ภูมิภาค</translation>
    </message>
    <message>
        <source>Choose female, male or other.</source>
        <translation>กรุณาเลือก หญิง ชาย หรือ อื่น ๆ</translation>
    </message>
    <message>
        <source>Enter a name for the sector.</source>
        <translation>กรุณากรอกชื่อสาขาธุรกิจ</translation>
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
        <translation type="unfinished">บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ยกเลิก</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
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
        <translation type="unfinished">เลิกทำ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished">ทำซ้ำ</translation>
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
        <translation type="unfinished">โทรศัพท์</translation>
    </message>
    <message>
        <source>SME</source>
        <translation type="unfinished">SME</translation>
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
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n day(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n women</source>
        <translation type="unfinished">
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
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) issued.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participant(s) from this workshop? Their attendance and progress are kept and come back if they are enrolled again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) moved forward.</source>
        <translation type="unfinished">
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
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) in all.</source>
        <translation type="unfinished">
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
        <translation type="unfinished">สถานะ</translation>
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
        <translation type="unfinished">บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ยกเลิก</translation>
    </message>
</context>
</TS>
