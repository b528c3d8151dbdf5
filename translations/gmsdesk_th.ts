<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>&amp;About GMS Desk</source>
            <translation>เกี่ยวกับ GMS Desk(&amp;A)</translation>
        </message>
        <message>
            <source>About GMS Desk</source>
            <translation>เกี่ยวกับ GMS Desk</translation>
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
            <translation>เวอร์ชัน %1 (build %2)</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>โฟลเดอร์ข้อมูล</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>คัดลอก</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>เปิดโฟลเดอร์</translation>
        </message>
        <message>
            <source>Your records, settings, backups and log are in this folder. Installing a new version of GMS Desk, or uninstalling it, leaves the folder as it is.</source>
            <translation>ระเบียน การตั้งค่า ข้อมูลสำรอง และไฟล์บันทึกการทำงาน (log) ของท่านอยู่ในโฟลเดอร์นี้ การติดตั้ง GMS Desk เวอร์ชันใหม่หรือการถอนการติดตั้งจะไม่เปลี่ยนแปลงโฟลเดอร์นี้</translation>
        </message>
        <message>
            <source>GMS Desk is free software under the MIT licence. Its fonts are under the SIL Open Font Licence (Noto) and the Bitstream Vera licence (GMS Symbols).</source>
            <translation>GMS Desk เป็นซอฟต์แวร์เสรีภายใต้สัญญาอนุญาต MIT ฟอนต์ที่ใช้อยู่ภายใต้ SIL Open Font Licence (Noto) และสัญญาอนุญาต Bitstream Vera (GMS Symbols)</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>คัดลอกรายละเอียด</translation>
        </message>
    </context>
    <context>
        <name>AcknowledgeWidget</name>
        <message>
            <source>OK</source>
            <translation>รับทราบ</translation>
        </message>
    </context>
    <context>
        <name>ActivityList</name>
        <message>
            <source>Any date</source>
            <translation>ทุกวันที่</translation>
        </message>
        <message>
            <source>Open SME</source>
            <translation>เปิด SME</translation>
        </message>
        <message>
            <source>Search SME name…</source>
            <translation>ค้นหาชื่อ SME…</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>ล้างตัวกรอง</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>กำลังนับ…</translation>
        </message>
        <message>
            <source>The list could not be loaded: %1</source>
            <translation>ไม่สามารถโหลดรายการได้: %1</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <source>Administrator</source>
            <translation>ผู้ดูแลระบบ</translation>
        </message>
        <message>
            <source>An administrator may move training progress back and retire survey forms. Anyone else can do everything else.</source>
            <translation>ผู้ดูแลระบบย้อนความคืบหน้าการอบรมและเลิกใช้แบบสำรวจได้ ส่วนงานอื่นทั้งหมดทุกคนทำได้</translation>
        </message>
        <message>
            <source>No administrator on this computer for now</source>
            <translation>ยังไม่มีผู้ดูแลระบบในเครื่องนี้</translation>
        </message>
        <message>
            <source>Protect the administrator role with a password</source>
            <translation>ป้องกันบทบาทผู้ดูแลระบบด้วยรหัสผ่าน</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>รหัสผ่าน:</translation>
        </message>
        <message>
            <source>Password again:</source>
            <translation>ยืนยันรหัสผ่าน:</translation>
        </message>
        <message>
            <source>Headquarters can also make this computer an administrator's when it enrols it: then no password is needed. The password is kept on this computer only; Settings sets or changes it later.</source>
            <translation>สำนักงานใหญ่สามารถกำหนดให้เครื่องนี้เป็นเครื่องของผู้ดูแลระบบได้ตอนลงทะเบียนเครื่อง ซึ่งจะไม่ต้องใช้รหัสผ่าน รหัสผ่านจะเก็บไว้ในเครื่องนี้เท่านั้น และตั้งหรือเปลี่ยนได้ภายหลังในหน้าการตั้งค่า</translation>
        </message>
    </context>
    <context>
        <name>AdminPanel</name>
        <message>
            <source>This computer is an administrator's: headquarters made it so when it enrolled it. It may move training progress back and retire survey forms.</source>
            <translation>เครื่องนี้เป็นเครื่องของผู้ดูแลระบบ ซึ่งสำนักงานใหญ่กำหนดไว้ตอนลงทะเบียนเครื่อง จึงย้อนความคืบหน้าการอบรมและเลิกใช้แบบสำรวจได้</translation>
        </message>
        <message>
            <source>Administrator mode is on until GMS Desk closes: training progress may be moved back and survey forms retired.</source>
            <translation>เปิดโหมดผู้ดูแลระบบอยู่จนกว่าจะปิด GMS Desk: ย้อนความคืบหน้าการอบรมและเลิกใช้แบบสำรวจได้</translation>
        </message>
        <message>
            <source>Only an administrator may move training progress back and retire survey forms. “Administrator…” asks for the password.</source>
            <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่ย้อนความคืบหน้าการอบรมและเลิกใช้แบบสำรวจได้ ปุ่ม “ผู้ดูแลระบบ…” จะขอรหัสผ่าน</translation>
        </message>
        <message>
            <source>No administrator password is set on this computer: set one to allow moving training progress back and retiring survey forms here.</source>
            <translation>ยังไม่ได้ตั้งรหัสผ่านผู้ดูแลระบบในเครื่องนี้ กรุณาตั้งรหัสผ่านเพื่อให้ย้อนความคืบหน้าการอบรมและเลิกใช้แบบสำรวจในเครื่องนี้ได้</translation>
        </message>
        <message>
            <source>End administrator mode</source>
            <translation>ออกจากโหมดผู้ดูแลระบบ</translation>
        </message>
        <message>
            <source>Administrator…</source>
            <translation>ผู้ดูแลระบบ…</translation>
        </message>
        <message>
            <source>Change administrator password…</source>
            <translation>เปลี่ยนรหัสผ่านผู้ดูแลระบบ…</translation>
        </message>
        <message>
            <source>Set administrator password…</source>
            <translation>ตั้งรหัสผ่านผู้ดูแลระบบ…</translation>
        </message>
    </context>
    <context>
        <name>AdminPasswordDialog</name>
        <message>
            <source>Administrator password</source>
            <translation>รหัสผ่านผู้ดูแลระบบ</translation>
        </message>
        <message>
            <source>An administrator may move training progress back and retire survey forms. The password is kept on this computer only, never sent.</source>
            <translation>ผู้ดูแลระบบย้อนความคืบหน้าการอบรมและเลิกใช้แบบสำรวจได้ รหัสผ่านจะเก็บไว้ในเครื่องนี้เท่านั้น และจะไม่ถูกส่งไปที่ใด</translation>
        </message>
        <message>
            <source>Current password:</source>
            <translation>รหัสผ่านปัจจุบัน:</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>รหัสผ่านใหม่:</translation>
        </message>
        <message>
            <source>New password again:</source>
            <translation>ยืนยันรหัสผ่านใหม่:</translation>
        </message>
        <message>
            <source>Set password</source>
            <translation>ตั้งรหัสผ่าน</translation>
        </message>
        <message>
            <source>The current password is not right.</source>
            <translation>รหัสผ่านปัจจุบันไม่ถูกต้อง</translation>
        </message>
    </context>
    <context>
        <name>AdminUnlockDialog</name>
        <message>
            <source>Administrator</source>
            <translation>ผู้ดูแลระบบ</translation>
        </message>
        <message>
            <source>This is not the administrator password.</source>
            <translation>รหัสผ่านนี้ไม่ใช่รหัสผ่านผู้ดูแลระบบ</translation>
        </message>
        <message>
            <source>Administrator mode lets you move training progress back and retire survey forms. It lasts until GMS Desk closes.</source>
            <translation>โหมดผู้ดูแลระบบช่วยให้ท่านย้อนความคืบหน้าการอบรมและเลิกใช้แบบสำรวจได้ โดยจะเปิดอยู่จนกว่าจะปิด GMS Desk</translation>
        </message>
        <message>
            <source>Administrator password:</source>
            <translation>รหัสผ่านผู้ดูแลระบบ:</translation>
        </message>
        <message>
            <source>Administrator mode</source>
            <translation>โหมดผู้ดูแลระบบ</translation>
        </message>
    </context>
    <context>
        <name>AgencyDialog</name>
        <message>
            <source>Edit agency — %1</source>
            <translation>แก้ไขหน่วยงาน — %1</translation>
        </message>
        <message>
            <source>Headquarters gave this code when it added the agency.</source>
            <translation>สำนักงานใหญ่กำหนดรหัสนี้ให้เมื่อเพิ่มหน่วยงานนี้</translation>
        </message>
        <message>
            <source>Names, separated by commas</source>
            <translation>ชื่อ คั่นด้วยเครื่องหมายจุลภาค (,)</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>การติดต่อ</translation>
        </message>
        <message>
            <source>Add service</source>
            <translation>เพิ่มบริการ</translation>
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
            <source>Discard changes?</source>
            <translation>ละทิ้งการแก้ไขหรือไม่</translation>
        </message>
        <message>
            <source>Discard your changes?</source>
            <translation>ต้องการละทิ้งการแก้ไขที่ทำไว้หรือไม่</translation>
        </message>
    </context>
    <context>
        <name>AgencyTableModel</name>
        <message>
            <source>Agency</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>บริการ</translation>
        </message>
    </context>
    <context>
        <name>Attachments</name>
        <message>
            <source>This file is %1 MB; files up to %2 MB can be attached. Choose a smaller file (a photo taken at a lower resolution, a shorter recording).</source>
            <translation>ไฟล์นี้มีขนาด %1 MB แนบไฟล์ได้ไม่เกิน %2 MB กรุณาเลือกไฟล์ที่เล็กกว่านี้ (เช่น รูปถ่ายที่ความละเอียดต่ำลง หรือเสียงบันทึกที่สั้นลง)</translation>
        </message>
    </context>
    <context>
        <name>AttendanceRuleEdit</name>
        <message>
            <source>Present every day</source>
            <translation>เข้าอบรมครบทุกวัน</translation>
        </message>
        <message>
            <source>Present on at least</source>
            <translation>เข้าอบรมอย่างน้อย</translation>
        </message>
        <message>
            <source>Share of the days a participant must be present</source>
            <translation>สัดส่วนของวันที่ผู้เข้าอบรมต้องมาอบรม</translation>
        </message>
        <message>
            <source>of the workshop's days; 0 % asks no attendance</source>
            <translation>ของจำนวนวันเวิร์กช็อป ถ้าเป็น 0 % จะไม่กำหนดการเข้าอบรม</translation>
        </message>
    </context>
    <context>
        <name>AttendanceSheetDialog</name>
        <message>
            <source>Sign-in sheet</source>
            <translation>ใบลงชื่อ</translation>
        </message>
        <message>
            <source>Day %1 — %2</source>
            <translation>วันอบรมที่ %1 — %2</translation>
        </message>
        <message>
            <source>Print &amp;phone numbers</source>
            <translation>พิมพ์เบอร์โทรศัพท์(&amp;P)</translation>
        </message>
        <message>
            <source>The sheet goes round the room for everyone to sign: phone numbers are left off unless you need them on paper.</source>
            <translation>ใบลงชื่อจะถูกส่งต่อกันทั่วห้องให้ทุกคนลงชื่อ จึงไม่พิมพ์เบอร์โทรศัพท์ เว้นแต่ท่านต้องการให้มีในเอกสาร</translation>
        </message>
        <message>
            <source>This workshop has no days yet: give it dates first.</source>
            <translation>เวิร์กช็อปนี้ยังไม่มีวันอบรม กรุณากำหนดวันที่ก่อน</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>วันอบรม(&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>ภาษา(&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>บันทึกเป็น PDF(&amp;S)…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
    </context>
    <context>
        <name>AttendanceView</name>
        <message>
            <source>Session &amp;day:</source>
            <translation>วันอบรม(&amp;D):</translation>
        </message>
        <message>
            <source>Type a name, then press Enter</source>
            <translation>พิมพ์ชื่อ แล้วกด Enter</translation>
        </message>
        <message>
            <source>Find a participant</source>
            <translation>ค้นหาผู้เข้าอบรม</translation>
        </message>
        <message>
            <source>Enter marks the highlighted person present; ↑ ↓ choose another; Esc clears the search. %1 takes a mark off; Ctrl+Z undoes the last step.</source>
            <translation>กด Enter เพื่อบันทึกว่าคนที่เลือกอยู่มาแล้ว ใช้ ↑ ↓ เลือกคนอื่น กด Esc เพื่อล้างช่องค้นหา กด %1 เพื่อยกเลิกการบันทึกว่ามา กด Ctrl+Z เพื่อเลิกทำขั้นตอนล่าสุด</translation>
        </message>
        <message>
            <source>Not &amp;here (take the mark off)</source>
            <translation>ไม่ได้มา (ยกเลิกการบันทึก)(&amp;H)</translation>
        </message>
        <message>
            <source>Take the present mark off the highlighted person (%1)</source>
            <translation>ยกเลิกการบันทึกว่ามาของคนที่เลือกอยู่ (%1)</translation>
        </message>
        <message>
            <source>Sign-in &amp;sheet…</source>
            <translation>ใบลงชื่อ(&amp;S)…</translation>
        </message>
        <message>
            <source>Print the day's sign-in sheet for people to sign (Ctrl+P)</source>
            <translation>พิมพ์ใบลงชื่อของวันอบรมนี้ให้ผู้เข้าอบรมลงชื่อ (Ctrl+P)</translation>
        </message>
        <message>
            <source>Day %1 — %2</source>
            <translation>วันอบรมที่ %1 — %2</translation>
        </message>
        <message>
            <source>Nobody enrolled matches “%1”.</source>
            <translation>ไม่พบผู้ลงทะเบียนที่ตรงกับ “%1”</translation>
        </message>
        <message>
            <source>%1 is already marked present. To take the mark off, press %2.</source>
            <translation>บันทึกว่า %1 มาแล้ว หากต้องการยกเลิก ให้กด %2</translation>
        </message>
        <message>
            <source>%1 is not marked present.</source>
            <translation>ยังไม่ได้บันทึกว่า %1 มา</translation>
        </message>
        <message>
            <source>mark %1 present</source>
            <translation>บันทึกว่า %1 มาแล้ว</translation>
        </message>
        <message>
            <source>mark %1 absent</source>
            <translation>บันทึกว่า %1 ไม่มา</translation>
        </message>
        <message>
            <source>✔ %1 is here.</source>
            <translation>✔ %1 มาแล้ว</translation>
        </message>
        <message>
            <source>The mark is off: %1 is not marked present.</source>
            <translation>ยกเลิกแล้ว: ยังไม่ได้บันทึกว่า %1 มา</translation>
        </message>
        <message>
            <source>Present %1 of %2</source>
            <translation>มาแล้ว %1 จาก %2 คน</translation>
        </message>
    </context>
    <context>
        <name>BackupModel</name>
        <message>
            <source>Made</source>
            <translation>สร้างเมื่อ</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>สาเหตุ</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>ขนาด</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>การตรวจสอบ</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>ผ่าน</translation>
        </message>
    </context>
    <context>
        <name>BackupPreview</name>
        <message>
            <source>This backup was made on %1. It holds %2, %3 and %4.</source>
            <translation>ข้อมูลสำรองนี้สร้างเมื่อ %1 มี %2 %3 และ %4</translation>
        </message>
        <message numerus="yes">
            <source>%n SME(s)</source>
            <translation>
                <numerusform>SME %n ราย</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n workshop(s)</source>
            <translation>
                <numerusform>เวิร์กช็อป %n รายการ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n survey response(s)</source>
            <translation>
                <numerusform>ชุดคำตอบแบบสำรวจ %n ชุด</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It also holds %n attached photo(s) or file(s) (%1).</source>
            <translation>
                <numerusform>นอกจากนี้ยังมีรูปภาพหรือไฟล์แนบ %n รายการ (%1)</numerusform>
            </translation>
        </message>
        <message>
            <source>Why it was made: %1</source>
            <translation>เหตุผลที่สร้าง: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n attached photo(s) or file(s) were put back.</source>
            <translation>
                <numerusform>นำรูปภาพหรือไฟล์แนบกลับมาแล้ว %n รายการ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attached file(s) could not be put back (damaged in the backup). Files like these come from headquarters when opened, if it has them.</source>
            <translation>
                <numerusform>ไฟล์แนบในข้อมูลสำรอง %n รายการเสียหายและไม่ได้นำกลับมา เมื่อเปิดไฟล์เหล่านี้ จะดึงมาจากสำนักงานใหญ่หากสำนักงานใหญ่มีไฟล์นั้น</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The end of the backup is damaged: %n attached file(s) could not be read.</source>
            <translation>
                <numerusform>ส่วนท้ายของข้อมูลสำรองเสียหาย: อ่านไฟล์แนบไม่ได้ %n รายการ</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Every 30 minutes</source>
            <translation>ทุก 30 นาที</translation>
        </message>
        <message>
            <source>At start, after GMS Desk was not closed properly</source>
            <translation>ตอนเปิดโปรแกรม หลังจาก GMS Desk ไม่ได้ปิดอย่างถูกต้อง</translation>
        </message>
        <message>
            <source>Backed up by hand</source>
            <translation>สำรองข้อมูลด้วยตนเอง</translation>
        </message>
        <message>
            <source>Before the database was upgraded</source>
            <translation>ก่อนอัปเกรดฐานข้อมูล</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>ก่อนนำเข้าข้อมูล</translation>
        </message>
        <message>
            <source>Before a backup was restored</source>
            <translation>ก่อนกู้คืนข้อมูลสำรอง</translation>
        </message>
        <message>
            <source>Before many records were deleted</source>
            <translation>ก่อนลบข้อมูลจำนวนมาก</translation>
        </message>
        <message>
            <source>Before a form version was retired</source>
            <translation>ก่อนเลิกใช้เวอร์ชันแบบฟอร์ม</translation>
        </message>
        <message>
            <source>an unknown date</source>
            <translation>ไม่ทราบวันที่</translation>
        </message>
        <message>
            <source>Checking the database…</source>
            <translation>กำลังตรวจสอบฐานข้อมูล…</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>กำลังกู้คืน…</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>ฐานข้อมูลเสียหาย</translation>
        </message>
        <message>
            <source>The database on this computer is damaged, so GMS Desk will not open it for writing.</source>
            <translation>ฐานข้อมูลในเครื่องนี้เสียหาย GMS Desk จึงจะไม่เปิดเพื่อบันทึกข้อมูล</translation>
        </message>
        <message>
            <source>The newest backup was made on %1 (%2). Restore it? The damaged database is kept as it is in the backups folder.</source>
            <translation>ข้อมูลสำรองล่าสุดสร้างเมื่อ %1 (%2) ต้องการกู้คืนหรือไม่ ฐานข้อมูลที่เสียหายจะเก็บไว้ตามเดิมในโฟลเดอร์ข้อมูลสำรอง</translation>
        </message>
        <message>
            <source>Restore this backup</source>
            <translation>กู้คืนข้อมูลสำรองนี้</translation>
        </message>
        <message>
            <source>There is no backup of it on this computer. Restore one from a file (a USB stick), or copy the folder %1 for your support contact.</source>
            <translation>ไม่มีข้อมูลสำรองของฐานข้อมูลนี้ในเครื่องนี้ กรุณากู้คืนจากไฟล์ (เช่น ในแฟลชไดรฟ์ USB) หรือคัดลอกโฟลเดอร์ %1 ให้ผู้ดูแลด้านเทคนิคของท่าน</translation>
        </message>
        <message>
            <source>Restore from a file…</source>
            <translation>กู้คืนจากไฟล์…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>ออกจากโปรแกรม</translation>
        </message>
        <message>
            <source>Restore from a file</source>
            <translation>กู้คืนจากไฟล์</translation>
        </message>
        <message>
            <source>GMS Desk backups (%1)</source>
            <translation>ไฟล์สำรองของ GMS Desk (%1)</translation>
        </message>
        <message>
            <source>Making a backup first…</source>
            <translation>กำลังสำรองข้อมูลก่อน…</translation>
        </message>
    </context>
    <context>
        <name>BackupsPanel</name>
        <message>
            <source>GMS Desk backs up your data every 30 minutes while something changes, when it starts after it was not closed properly, and before risky work such as an import or a restore. Each backup is checked when it is made.</source>
            <translation>GMS Desk สำรองข้อมูลของท่านทุก 30 นาทีขณะที่มีการเปลี่ยนแปลง เมื่อเปิดโปรแกรมหลังจากไม่ได้ปิดอย่างถูกต้อง และก่อนงานที่มีความเสี่ยง เช่น การนำเข้าหรือการกู้คืนข้อมูล ข้อมูลสำรองทุกชุดจะได้รับการตรวจสอบทันทีที่สร้าง</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>สำรองข้อมูลตอนนี้</translation>
        </message>
        <message>
            <source>Back up to…</source>
            <translation>สำรองข้อมูลไปที่…</translation>
        </message>
        <message>
            <source>A copy in a folder you choose, such as a USB stick, encrypted with a passphrase if you give one</source>
            <translation>สำเนาในโฟลเดอร์ที่ท่านเลือก เช่น แฟลชไดรฟ์ USB โดยเข้ารหัสด้วยรหัสผ่านหากท่านกำหนดไว้</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>กู้คืน…</translation>
        </message>
        <message>
            <source>Put the selected backup back</source>
            <translation>นำข้อมูลสำรองที่เลือกกลับมาใช้</translation>
        </message>
        <message>
            <source>Restore from a file…</source>
            <translation>กู้คืนจากไฟล์…</translation>
        </message>
        <message>
            <source>Kept in</source>
            <translation>เก็บไว้ที่</translation>
        </message>
        <message>
            <source>Room for backups</source>
            <translation>พื้นที่สำหรับข้อมูลสำรอง</translation>
        </message>
        <message>
            <source>Automatic (%1)</source>
            <translation>อัตโนมัติ (%1)</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>อัตโนมัติ</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s), %1 in all</source>
            <translation>
                <numerusform>ข้อมูลสำรอง %n ชุด รวม %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>กำลังสำรองข้อมูล…</translation>
        </message>
        <message>
            <source>Back up to</source>
            <translation>สำรองข้อมูลไปที่</translation>
        </message>
        <message>
            <source>The backup was written, encrypted, to %1.</source>
            <translation>บันทึกข้อมูลสำรองแบบเข้ารหัสไว้ที่ %1 แล้ว</translation>
        </message>
        <message>
            <source>The backup was written to %1.</source>
            <translation>บันทึกข้อมูลสำรองไว้ที่ %1 แล้ว</translation>
        </message>
        <message>
            <source>Restore from a file</source>
            <translation>กู้คืนจากไฟล์</translation>
        </message>
        <message>
            <source>Reading the backup…</source>
            <translation>กำลังอ่านข้อมูลสำรอง…</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>กู้คืนข้อมูลสำรอง</translation>
        </message>
        <message>
            <source>Restoring replaces the data on this computer with this backup. What is here now is backed up first. Changes already sent to headquarters come back at the next sync.</source>
            <translation>การกู้คืนจะแทนที่ข้อมูลในเครื่องนี้ด้วยข้อมูลสำรองนี้ โดยข้อมูลที่มีอยู่ตอนนี้จะถูกสำรองไว้ก่อน การเปลี่ยนแปลงที่ส่งไปสำนักงานใหญ่แล้วจะกลับมาเมื่อซิงค์ข้อมูลครั้งถัดไป</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>กู้คืน</translation>
        </message>
        <message>
            <source>GMS Desk backups (%1)</source>
            <translation>ไฟล์สำรองของ GMS Desk (%1)</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>ข้อมูลสำรอง</translation>
        </message>
        <message>
            <source>The backup was restored.</source>
            <translation>กู้คืนข้อมูลสำรองแล้ว</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>กำลังกู้คืน…</translation>
        </message>
    </context>
    <context>
        <name>BarcodeWidget</name>
        <message>
            <source>Read from a photo of the barcode…</source>
            <translation>อ่านจากรูปถ่ายบาร์โค้ด…</translation>
        </message>
        <message>
            <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</source>
            <translation>รูปภาพ (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</translation>
        </message>
        <message>
            <source>No barcode could be read in this photo. Type the number under the bars instead.</source>
            <translation>อ่านบาร์โค้ดจากรูปนี้ไม่ได้ กรุณาพิมพ์ตัวเลขที่อยู่ใต้แถบบาร์โค้ดแทน</translation>
        </message>
    </context>
    <context>
        <name>BenchmarkView</name>
        <message>
            <source>Indicator</source>
            <translation>ตัวชี้วัด</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>เปรียบเทียบ</translation>
        </message>
        <message>
            <source>Benchmark</source>
            <translation>ตารางเปรียบเทียบ</translation>
        </message>
        <message>
            <source>compared by</source>
            <translation>เปรียบเทียบตาม</translation>
        </message>
        <message>
            <source>Benchmarking ranks agencies, provinces or economies side by side on one indicator, for the period and the places chosen above, each against its own target. Choose the indicator and what to compare them by; the ranking shows here once its figures are computed.</source>
            <translation>การเปรียบเทียบจะจัดอันดับหน่วยงาน จังหวัด หรือประเทศ/ภูมิภาค เคียงข้างกันตามตัวชี้วัดเดียว ในช่วงเวลาและพื้นที่ที่เลือกไว้ด้านบน โดยแต่ละรายการวัดเทียบกับเป้าหมายของตนเอง กรุณาเลือกตัวชี้วัดและสิ่งที่จะใช้เปรียบเทียบ ผลการจัดอันดับจะแสดงที่นี่เมื่อคำนวณตัวเลขเสร็จ</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <source>Provinces</source>
            <translation>จังหวัด</translation>
        </message>
        <message>
            <source>Economies</source>
            <translation>ประเทศ/ภูมิภาค</translation>
        </message>
        <message>
            <source>Nothing was recorded for this selection.</source>
            <translation>ไม่มีข้อมูลที่บันทึกไว้สำหรับตัวเลือกนี้</translation>
        </message>
        <message>
            <source>No indicator can be compared here: benchmarking needs an indicator counted by province or economy (by agency too, on a headquarters laptop).</source>
            <translation>ไม่มีตัวชี้วัดที่เปรียบเทียบได้ที่นี่ การเปรียบเทียบต้องใช้ตัวชี้วัดที่นับแยกตามจังหวัดหรือประเทศ/ภูมิภาค (บนเครื่องของสำนักงานใหญ่ นับแยกตามหน่วยงานได้ด้วย)</translation>
        </message>
        <message>
            <source>Nothing to rank: no records count towards “%1” for the period and the places chosen above. Once records of it are entered here or received by sync, they show here, ranked; a longer period or fewer filters may find some.</source>
            <translation>ไม่มีรายการให้จัดอันดับ ไม่มีระเบียนที่นับรวมใน “%1” ในช่วงเวลาและพื้นที่ที่เลือกไว้ด้านบน เมื่อมีการกรอกระเบียนของตัวชี้วัดนี้ที่นี่หรือได้รับผ่านการซิงค์ข้อมูล ระเบียนเหล่านั้นจะแสดงที่นี่พร้อมอันดับ การเลือกช่วงเวลาที่ยาวขึ้นหรือใช้ตัวกรองน้อยลงอาจพบระเบียนบางส่วน</translation>
        </message>
        <message>
            <source>Ranked by the actual value. Each is measured against its own target; double-click a row to see the records behind it.</source>
            <translation>เรียงอันดับตามผลจริง แต่ละรายการวัดเทียบกับเป้าหมายของตนเอง ดับเบิลคลิกที่แถวเพื่อดูระเบียนที่อยู่เบื้องหลัง</translation>
        </message>
    </context>
    <context>
        <name>BreakdownView</name>
        <message>
            <source>Indicator</source>
            <translation>ตัวชี้วัด</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>แถว</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>คอลัมน์</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>จำแนกข้อมูล</translation>
        </message>
        <message>
            <source>by</source>
            <translation>แยกตาม</translation>
        </message>
        <message>
            <source>and</source>
            <translation>และ</translation>
        </message>
        <message>
            <source>(nothing else)</source>
            <translation>(ไม่แยกเพิ่ม)</translation>
        </message>
        <message>
            <source>Nothing was recorded for this selection.</source>
            <translation>ไม่มีข้อมูลที่บันทึกไว้สำหรับตัวเลือกนี้</translation>
        </message>
        <message>
            <source>Double-click a number to see the records behind it.</source>
            <translation>ดับเบิลคลิกที่ตัวเลขเพื่อดูระเบียนที่อยู่เบื้องหลัง</translation>
        </message>
    </context>
    <context>
        <name>CameraDialog</name>
        <message>
            <source>Take a photo</source>
            <translation>ถ่ายรูป</translation>
        </message>
        <message>
            <source>Take</source>
            <translation>ถ่าย</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
    </context>
    <context>
        <name>CertificatePreviewDialog</name>
        <message>
            <source>Certificates — preview</source>
            <translation>ใบประกาศนียบัตร — ดูตัวอย่าง</translation>
        </message>
        <message>
            <source>Certificates in this file</source>
            <translation>ใบประกาศนียบัตรในไฟล์นี้</translation>
        </message>
        <message>
            <source>(new)</source>
            <translation>(ใหม่)</translation>
        </message>
        <message>
            <source>← &amp;Previous</source>
            <translation>← ก่อนหน้า(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Next →</source>
            <translation>ถัดไป(&amp;N) →</translation>
        </message>
        <message>
            <source>Open in the PDF &amp;viewer</source>
            <translation>เปิดในโปรแกรมอ่าน PDF(&amp;V)</translation>
        </message>
        <message>
            <source>The certificates cannot be shown here: this computer has no program to draw PDF pages in GMS Desk.

To check them before they are issued, press “Open in the PDF viewer” below. Or save the PDF and open it from its folder.</source>
            <translation>แสดงใบประกาศนียบัตรที่นี่ไม่ได้ เนื่องจากเครื่องนี้ไม่มีโปรแกรมสำหรับแสดงหน้า PDF ใน GMS Desk

หากต้องการตรวจดูก่อนออกใบประกาศนียบัตร กรุณากด “เปิดในโปรแกรมอ่าน PDF” ด้านล่าง หรือบันทึกไฟล์ PDF แล้วเปิดจากโฟลเดอร์ที่บันทึกไว้</translation>
        </message>
        <message numerus="yes">
            <source>Saving gives %n new certificate number(s), dated %1. Numbers once given stay with the person.</source>
            <translation>
                <numerusform>เมื่อบันทึก จะออกเลขที่ใบประกาศนียบัตรใหม่ %n ใบ ลงวันที่ %1 เลขที่ที่ออกแล้วจะเป็นของผู้นั้นตลอดไป</numerusform>
            </translation>
        </message>
        <message>
            <source>Everyone here already holds a certificate number: saving writes the PDF again.</source>
            <translation>ทุกคนในรายการนี้มีเลขที่ใบประกาศนียบัตรแล้ว การบันทึกจะสร้างไฟล์ PDF ใหม่เท่านั้น</translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s) in this file.</source>
            <translation>
                <numerusform>ใบประกาศนียบัตรในไฟล์นี้ %n ใบ</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Issue and save PDF…</source>
            <translation>ออกและบันทึกเป็น PDF(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>บันทึกเป็น PDF(&amp;S)…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>หน้า %1 จาก %2</translation>
        </message>
        <message numerus="yes">
            <source>Only the first %n page(s) are shown here; the PDF has them all.</source>
            <translation>
                <numerusform>แสดงที่นี่เฉพาะ %n หน้าแรก ไฟล์ PDF มีครบทุกหน้า</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CertificateSettings</name>
        <message>
            <source>Logo…</source>
            <translation>โลโก้…</translation>
        </message>
        <message>
            <source>Choose the agency's logo: a PNG or JPEG image of at most 2 MB</source>
            <translation>เลือกโลโก้ของหน่วยงาน: ไฟล์ภาพ PNG หรือ JPEG ขนาดไม่เกิน 2 MB</translation>
        </message>
        <message>
            <source>Remove logo</source>
            <translation>ลบโลโก้</translation>
        </message>
        <message>
            <source>Printed at the top of every certificate, above the agency's name. GMS Desk keeps a copy: the file chosen may be moved or deleted afterwards.</source>
            <translation>พิมพ์ไว้ที่ด้านบนของใบประกาศนียบัตรทุกใบ เหนือชื่อหน่วยงาน GMS Desk เก็บสำเนาไว้แล้ว จึงย้ายหรือลบไฟล์ที่เลือกได้ภายหลัง</translation>
        </message>
        <message>
            <source>New workshops start with this rule, and so does a workshop that has none of its own. Each workshop keeps its own rule, set when it is edited, the same on every computer.</source>
            <translation>การอบรมใหม่จะเริ่มด้วยเกณฑ์นี้ และการอบรมที่ไม่มีเกณฑ์ของตนเองก็ใช้เกณฑ์นี้เช่นกัน การอบรมแต่ละครั้งมีเกณฑ์ของตนเองซึ่งกำหนดเมื่อแก้ไข และเหมือนกันในทุกเครื่อง</translation>
        </message>
        <message>
            <source>Issuing agency</source>
            <translation>หน่วยงานที่ออก</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>โลโก้</translation>
        </message>
        <message>
            <source>Attendance for a certificate</source>
            <translation>เกณฑ์การเข้าอบรมเพื่อรับใบประกาศนียบัตร</translation>
        </message>
        <message>
            <source>Not known until this computer is enrolled in the Sync area</source>
            <translation>จะทราบเมื่อลงทะเบียนเครื่องนี้ในส่วนซิงค์ข้อมูลแล้ว</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>ไม่มีโลโก้</translation>
        </message>
        <message>
            <source>Choose the agency's logo</source>
            <translation>เลือกโลโก้ของหน่วยงาน</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
            <translation>รูปภาพ (*.png *.jpg *.jpeg);;ไฟล์ทั้งหมด (*)</translation>
        </message>
        <message>
            <source>Certificates print this logo from now on.</source>
            <translation>ต่อจากนี้ใบประกาศนียบัตรจะพิมพ์โลโก้นี้</translation>
        </message>
        <message>
            <source>Certificates print no logo from now on.</source>
            <translation>ต่อจากนี้ใบประกาศนียบัตรจะไม่พิมพ์โลโก้</translation>
        </message>
    </context>
    <context>
        <name>CertificatesView</name>
        <message>
            <source>Share of the days a participant must be present</source>
            <translation>สัดส่วนของจำนวนวันที่ผู้เข้าอบรมต้องมาอบรม</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>ทุกวัน</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <source>Latin letters</source>
            <translation>อักษรโรมัน</translation>
        </message>
        <message>
            <source>Days present</source>
            <translation>วันที่มาอบรม</translation>
        </message>
        <message>
            <source>Modules completed</source>
            <translation>โมดูลที่เรียนจบ</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 จาก %2</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>ใบประกาศนียบัตร</translation>
        </message>
        <message>
            <source>&amp;Issue and save certificates…</source>
            <translation>ออกและบันทึกใบประกาศนียบัตร(&amp;I)…</translation>
        </message>
        <message>
            <source>Preview the certificates, then give their numbers and save them as one PDF</source>
            <translation>ดูตัวอย่างใบประกาศนียบัตร แล้วออกเลขที่และบันทึกรวมเป็น PDF ไฟล์เดียว</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>เปิดโฟลเดอร์</translation>
        </message>
        <message>
            <source>Present on at &amp;least:</source>
            <translation>มาอบรมอย่างน้อย(&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Date on the certificates:</source>
            <translation>วันที่ในใบประกาศนียบัตร(&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Language of the PDF:</source>
            <translation>ภาษาของ PDF(&amp;L):</translation>
        </message>
        <message>
            <source>Never before the last day (%1).</source>
            <translation>ต้องไม่ก่อนวันสุดท้าย (%1)</translation>
        </message>
        <message>
            <source>Qualifies: numbered when you issue</source>
            <translation>ผ่านเกณฑ์: จะได้รับเลขที่เมื่อออกใบประกาศนียบัตร</translation>
        </message>
        <message>
            <source>modules not all completed</source>
            <translation>ยังเรียนไม่ครบทุกโมดูล</translation>
        </message>
        <message>
            <source>present %1 of the %2 days needed</source>
            <translation>มาอบรม %1 จาก %2 วันที่กำหนด</translation>
        </message>
        <message>
            <source>Not yet: %1</source>
            <translation>ยังไม่ได้: %1</translation>
        </message>
        <message>
            <source>; </source>
            <translation> และ</translation>
        </message>
        <message numerus="yes">
            <source>of the days (%1 of %n day(s))</source>
            <translation>
                <numerusform>ของจำนวนวัน (%1 จาก %n วัน)</numerusform>
            </translation>
        </message>
        <message>
            <source>A certificate goes to each participant who completed every module and was present on enough days.</source>
            <translation>ผู้เข้าอบรมที่เรียนจบทุกโมดูลและมาอบรมครบตามจำนวนวันที่กำหนดจะได้รับใบประกาศนียบัตรคนละหนึ่งใบ</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) qualify;</source>
            <translation>
                <numerusform>ผ่านเกณฑ์ %n คน</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s) issued.</source>
            <translation>
                <numerusform>ออกใบประกาศนียบัตรแล้ว %n ใบ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more will be numbered when you issue.</source>
            <translation>
                <numerusform>อีก %n คนจะได้รับเลขที่เมื่อออกใบประกาศนียบัตร</numerusform>
            </translation>
        </message>
        <message>
            <source>This computer is not enrolled with an agency yet: the certificates will not name the issuing agency. Enrol it in the Sync area first.</source>
            <translation>เครื่องนี้ยังไม่ได้ลงทะเบียนกับหน่วยงานใด ใบประกาศนียบัตรจึงจะไม่มีชื่อหน่วยงานที่ออก กรุณาลงทะเบียนเครื่องในส่วนซิงค์ข้อมูลก่อน</translation>
        </message>
        <message>
            <source>This workshop has not started yet (first day: %1). Certificates are issued after its last day.</source>
            <translation>เวิร์กช็อปนี้ยังไม่เริ่ม (วันแรก: %1) ใบประกาศนียบัตรจะออกหลังวันสุดท้ายของเวิร์กช็อป</translation>
        </message>
        <message>
            <source>This workshop is “%1” until its last day (%2). Certificates are issued after it.</source>
            <translation>เวิร์กช็อปนี้มีสถานะ “%1” จนถึงวันสุดท้าย (%2) ใบประกาศนียบัตรจะออกหลังจากนั้น</translation>
        </message>
        <message>
            <source>Issue certificates now anyway? They are dated %1 and go only to those who already meet every rule.</source>
            <translation>ต้องการออกใบประกาศนียบัตรตอนนี้เลยหรือไม่ ใบประกาศนียบัตรจะลงวันที่ %1 และออกให้เฉพาะผู้ที่ผ่านเกณฑ์ครบทุกข้อแล้วเท่านั้น</translation>
        </message>
        <message>
            <source>Workshop not over</source>
            <translation>เวิร์กช็อปยังไม่สิ้นสุด</translation>
        </message>
        <message>
            <source>Issue before the end</source>
            <translation>ออกก่อนสิ้นสุดเวิร์กช็อป</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>Preparing the preview…</source>
            <translation>กำลังเตรียมตัวอย่าง…</translation>
        </message>
        <message>
            <source>Cancelled; nothing was issued or saved.</source>
            <translation>ยกเลิกแล้ว ไม่มีการออกหรือบันทึกใบประกาศนียบัตร</translation>
        </message>
        <message>
            <source>Preparing the certificates</source>
            <translation>กำลังเตรียมใบประกาศนียบัตร</translation>
        </message>
        <message>
            <source>Save certificates</source>
            <translation>บันทึกใบประกาศนียบัตร</translation>
        </message>
        <message>
            <source>Certificates — %1.pdf</source>
            <translation>ใบประกาศนียบัตร — %1.pdf</translation>
        </message>
        <message>
            <source>PDF file (*.pdf)</source>
            <translation>ไฟล์ PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved; nothing was issued.</source>
            <translation>ยังไม่ได้บันทึก ไม่มีการออกใบประกาศนียบัตร</translation>
        </message>
        <message>
            <source>Writing certificates…</source>
            <translation>กำลังสร้างใบประกาศนียบัตร…</translation>
        </message>
        <message>
            <source>Cancelled; no file was written.</source>
            <translation>ยกเลิกแล้ว ไม่มีการสร้างไฟล์</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n certificate(s) to %1.</source>
            <translation>
                <numerusform>บันทึกใบประกาศนียบัตร %n ใบไว้ที่ %1 แล้ว</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Issued %n new certificate(s).</source>
            <translation>
                <numerusform>ออกใบประกาศนียบัตรใหม่ %n ใบแล้ว</numerusform>
            </translation>
        </message>
        <message>
            <source>Writing certificates</source>
            <translation>กำลังสร้างใบประกาศนียบัตร</translation>
        </message>
    </context>
    <context>
        <name>ConflictTableModel</name>
        <message>
            <source>Record</source>
            <translation>ระเบียน</translation>
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
            <source>%1: %2</source>
            <translation>%1: %2</translation>
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
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
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
        <name>DashboardView</name>
        <message>
            <source>No indicators yet.</source>
            <translation>ยังไม่มีตัวชี้วัด</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>ตัวชี้วัด</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>ผลจริง</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>เป้าหมาย</translation>
        </message>
        <message>
            <source>Against target</source>
            <translation>เทียบกับเป้าหมาย</translation>
        </message>
        <message>
            <source>Trend (dashed: target)</source>
            <translation>แนวโน้ม (เส้นประ: เป้าหมาย)</translation>
        </message>
        <message>
            <source>What this indicator counts</source>
            <translation>ตัวชี้วัดนี้นับอะไร</translation>
        </message>
        <message>
            <source>Show the records behind this number</source>
            <translation>แสดงระเบียนที่อยู่เบื้องหลังตัวเลขนี้</translation>
        </message>
        <message>
            <source>Break this indicator down (by sex, province, agency…)</source>
            <translation>จำแนกตัวชี้วัดนี้ (ตามเพศ จังหวัด หน่วยงาน…)</translation>
        </message>
        <message>
            <source>No definition was given.</source>
            <translation>ไม่มีคำนิยาม</translation>
        </message>
        <message>
            <source>Not counted by %1</source>
            <translation>ไม่ได้นับแยกตาม %1</translation>
        </message>
        <message>
            <source>Baseline: %1</source>
            <translation>ค่าฐาน: %1</translation>
        </message>
        <message>
            <source>No target for this selection. The wider target that applies is %1.</source>
            <translation>ไม่มีเป้าหมายสำหรับตัวเลือกนี้ เป้าหมายในระดับที่กว้างกว่าที่ใช้อยู่คือ %1</translation>
        </message>
        <message>
            <source>No target for this selection.</source>
            <translation>ไม่มีเป้าหมายสำหรับตัวเลือกนี้</translation>
        </message>
        <message>
            <source>In several currencies: choose an economy</source>
            <translation>มีหลายสกุลเงิน: กรุณาเลือกประเทศ/ภูมิภาค</translation>
        </message>
        <message>
            <source>target %1</source>
            <translation>เป้าหมาย %1</translation>
        </message>
    </context>
    <context>
        <name>DemoBanner</name>
        <message>
            <source>Remove demo data…</source>
            <translation>ลบข้อมูลตัวอย่าง…</translation>
        </message>
        <message>
            <source>Delete every record the demo made; what you entered yourself is kept</source>
            <translation>ลบทุกระเบียนที่เป็นข้อมูลตัวอย่าง ส่วนข้อมูลที่ท่านกรอกเองจะยังอยู่</translation>
        </message>
        <message numerus="yes">
            <source>Demo data: %Ln record(s) on this computer were made by the demo, to try GMS Desk out. They are never sent to headquarters.</source>
            <translation>
                <numerusform>ข้อมูลตัวอย่าง: ระเบียน %Ln รายการในเครื่องนี้สร้างขึ้นเพื่อทดลองใช้ GMS Desk และจะไม่ถูกส่งไปยังสำนักงานใหญ่</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove demo data</source>
            <translation>ลบข้อมูลตัวอย่าง</translation>
        </message>
        <message numerus="yes">
            <source>Remove the %Ln demo record(s) from this computer? Records you entered yourself are kept. Removed demo data cannot be brought back (run the demo again for new data).</source>
            <translation>
                <numerusform>ต้องการลบระเบียนตัวอย่าง %Ln รายการออกจากเครื่องนี้หรือไม่ ระเบียนที่ท่านกรอกเองจะยังอยู่ ข้อมูลตัวอย่างที่ลบแล้วจะกู้คืนไม่ได้ (หากต้องการข้อมูลใหม่ ให้สร้างข้อมูลตัวอย่างอีกครั้ง)</numerusform>
            </translation>
        </message>
        <message>
            <source>Removing demo data…</source>
            <translation>กำลังลบข้อมูลตัวอย่าง…</translation>
        </message>
    </context>
    <context>
        <name>DemoFolderBanner</name>
        <message>
            <source>Leave demo data…</source>
            <translation>ออกจากข้อมูลตัวอย่าง…</translation>
        </message>
        <message>
            <source>Demo data: you are trying GMS Desk in a separate folder of made-up records. Nothing here is ever sent to headquarters, and your own data is not here.</source>
            <translation>ข้อมูลตัวอย่าง: ท่านกำลังทดลองใช้ GMS Desk ในโฟลเดอร์แยกที่มีระเบียนสมมติ ข้อมูลในนี้จะไม่ถูกส่งไปยังสำนักงานใหญ่ และข้อมูลจริงของท่านไม่ได้อยู่ที่นี่</translation>
        </message>
    </context>
    <context>
        <name>DemoPage</name>
        <message>
            <source>Try it out</source>
            <translation>ทดลองใช้</translation>
        </message>
        <message>
            <source>Made-up SMEs, workshops and events to try GMS Desk with, before you enter your own.</source>
            <translation>SME เวิร์กช็อป และกิจกรรมสมมติ สำหรับทดลองใช้ GMS Desk ก่อนกรอกข้อมูลจริงของท่าน</translation>
        </message>
        <message>
            <source>Try it with demo data</source>
            <translation>ทดลองใช้กับข้อมูลตัวอย่าง</translation>
        </message>
        <message>
            <source>The demo data is kept in a separate demo data folder: it never mixes with your own data, and nothing in it is ever sent to headquarters. A yellow banner shows while you are in it; “Leave demo data” deletes it and opens your own data.</source>
            <translation>ข้อมูลตัวอย่างเก็บอยู่ในโฟลเดอร์ข้อมูลตัวอย่างแยกต่างหาก จะไม่ปนกับข้อมูลจริงของท่าน และจะไม่มีข้อมูลใดในนั้นถูกส่งไปยังสำนักงานใหญ่ ระหว่างใช้ข้อมูลตัวอย่างจะมีแถบสีเหลืองแสดงอยู่ ปุ่ม “ออกจากข้อมูลตัวอย่าง” จะลบข้อมูลตัวอย่างและเปิดข้อมูลจริงของท่าน</translation>
        </message>
    </context>
    <context>
        <name>DrillDialog</name>
        <message>
            <source>Loading…</source>
            <translation>กำลังโหลด…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>ส่งออก…</translation>
        </message>
        <message>
            <source>Save every record behind this number as an Excel workbook or a CSV file</source>
            <translation>บันทึกระเบียนทั้งหมดที่อยู่เบื้องหลังตัวเลขนี้เป็นไฟล์ Excel หรือไฟล์ CSV</translation>
        </message>
        <message>
            <source>Opening the records</source>
            <translation>กำลังเปิดระเบียน</translation>
        </message>
        <message>
            <source>The first %1 records; the export writes them all.</source>
            <translation>แสดง %1 ระเบียนแรก การส่งออกจะเขียนระเบียนทั้งหมด</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n ระเบียน</numerusform>
            </translation>
        </message>
        <message>
            <source>The records could not be read.</source>
            <translation>ไม่สามารถอ่านระเบียนได้</translation>
        </message>
        <message>
            <source>Export records</source>
            <translation>ส่งออกระเบียน</translation>
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
            <source>Exported %n record(s) to %1.</source>
            <translation>
                <numerusform>ส่งออก %n ระเบียนไปที่ %1 แล้ว</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting records</source>
            <translation>กำลังส่งออกระเบียน</translation>
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message>
            <source>Enrol participants</source>
            <translation>ลงทะเบียนผู้เข้าอบรม</translation>
        </message>
        <message>
            <source>Search people and SMEs: name, phone…</source>
            <translation>ค้นหาบุคคลและ SME: ชื่อ โทรศัพท์…</translation>
        </message>
        <message>
            <source>&amp;Enrol this person</source>
            <translation>ลงทะเบียนบุคคลนี้(&amp;E)</translation>
        </message>
        <message>
            <source>Already known</source>
            <translation>มีในระบบแล้ว</translation>
        </message>
        <message>
            <source>People</source>
            <translation>บุคคล</translation>
        </message>
        <message>
            <source>Search people and SMEs</source>
            <translation>ค้นหาบุคคลและ SME</translation>
        </message>
        <message>
            <source>SMEs</source>
            <translation>SME</translation>
        </message>
        <message>
            <source>&amp;People</source>
            <translation>บุคคล(&amp;P)</translation>
        </message>
        <message>
            <source>SMEs (pick one for a new person)</source>
            <translation>SME (เลือกหนึ่งรายสำหรับบุคคลใหม่)</translation>
        </message>
        <message>
            <source>e.g. owner, marketing staff</source>
            <translation>เช่น เจ้าของ พนักงานการตลาด</translation>
        </message>
        <message>
            <source>New S&amp;ME…</source>
            <translation>เพิ่ม SME(&amp;M)…</translation>
        </message>
        <message>
            <source>No SME</source>
            <translation>ไม่มี SME</translation>
        </message>
        <message>
            <source>&amp;Add and enrol</source>
            <translation>เพิ่มและลงทะเบียน(&amp;A)</translation>
        </message>
        <message>
            <source>Add this person and enrol them (Enter in any of their fields)</source>
            <translation>เพิ่มบุคคลนี้และลงทะเบียน (กด Enter ในช่องใดก็ได้ของบุคคลนี้)</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>บุคคลใหม่</translation>
        </message>
        <message>
            <source>&amp;Name (own script):</source>
            <translation>ชื่อ (ภาษาท้องถิ่น)(&amp;N):</translation>
        </message>
        <message>
            <source>Name in &amp;Latin letters:</source>
            <translation>ชื่อเป็นอักษรโรมัน(&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Gender:</source>
            <translation>เพศ(&amp;G):</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>ตำแหน่ง(&amp;R):</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>โทรศัพท์(&amp;H):</translation>
        </message>
        <message>
            <source>Nobody found. Enter starts a new person with this name.</source>
            <translation>ไม่พบบุคคล กด Enter เพื่อเพิ่มบุคคลใหม่ด้วยชื่อนี้</translation>
        </message>
        <message>
            <source>No SME found.</source>
            <translation>ไม่พบ SME</translation>
        </message>
        <message>
            <source>Type a name or phone number above to search; Enter enrols the highlighted person.</source>
            <translation>พิมพ์ชื่อหรือเบอร์โทรศัพท์ด้านบนเพื่อค้นหา กด Enter เพื่อลงทะเบียนบุคคลที่เลือกไว้</translation>
        </message>
        <message>
            <source>Type above to find an SME for a new person.</source>
            <translation>พิมพ์ด้านบนเพื่อค้นหา SME สำหรับบุคคลใหม่</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) in this workshop.</source>
            <translation>
                <numerusform>ผู้เข้าอบรมในเวิร์กช็อปนี้ %n คน</numerusform>
            </translation>
        </message>
        <message>
            <source>Discard the new person?</source>
            <translation>ละทิ้งบุคคลใหม่หรือไม่</translation>
        </message>
        <message>
            <source>You started typing a new person who is not enrolled yet. Close and discard what you typed?</source>
            <translation>ท่านเริ่มกรอกข้อมูลบุคคลใหม่ที่ยังไม่ได้ลงทะเบียน ต้องการปิดและละทิ้งสิ่งที่กรอกไว้หรือไม่</translation>
        </message>
        <message>
            <source>SME:</source>
            <translation>SME:</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ปิด</translation>
        </message>
        <message>
            <source>This person may already be known. Enrol them instead of adding them again, or add them if it is someone else:</source>
            <translation>บุคคลนี้อาจมีในระบบแล้ว กรุณาลงทะเบียนบุคคลที่มีอยู่แทนการเพิ่มใหม่ หรือเพิ่มใหม่หากเป็นคนอื่น:</translation>
        </message>
        <message>
            <source>Enrol this one</source>
            <translation>ลงทะเบียนคนนี้</translation>
        </message>
        <message>
            <source>Nobody known matches “%1”. Add them as a new person: their details, then Enter.</source>
            <translation>ไม่พบบุคคลที่ตรงกับ “%1” เพิ่มเป็นบุคคลใหม่ได้: กรอกรายละเอียด แล้วกด Enter</translation>
        </message>
        <message>
            <source>(already enrolled)</source>
            <translation>(ลงทะเบียนแล้ว)</translation>
        </message>
        <message>
            <source>%1 is already enrolled in this workshop.</source>
            <translation>%1 ลงทะเบียนในเวิร์กช็อปนี้แล้ว</translation>
        </message>
        <message>
            <source>New: %1 (saved with the person)</source>
            <translation>ใหม่: %1 (บันทึกพร้อมกับบุคคลนี้)</translation>
        </message>
        <message>
            <source>None — pick one on the left, or add a new SME</source>
            <translation>ยังไม่มี — เลือกจากรายการด้านซ้าย หรือเพิ่ม SME ใหม่</translation>
        </message>
        <message>
            <source>Enter the person's name.</source>
            <translation>กรุณากรอกชื่อบุคคล</translation>
        </message>
        <message>
            <source>Look at the yellow box first: enrol the person already known, or press Enter again to add a new one.</source>
            <translation>กรุณาดูกรอบสีเหลืองก่อน: ลงทะเบียนบุคคลที่มีในระบบแล้ว หรือกด Enter อีกครั้งเพื่อเพิ่มบุคคลใหม่</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>same name</source>
            <translation>ชื่อซ้ำ</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>เบอร์โทรซ้ำ</translation>
        </message>
        <message>
            <source>Enrolled %1.</source>
            <translation>ลงทะเบียน %1 แล้ว</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>GMS Desk may not write to this place. Choose another folder.</source>
            <translation>GMS Desk ไม่มีสิทธิ์บันทึกในตำแหน่งนี้ กรุณาเลือกโฟลเดอร์อื่น</translation>
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
        <message>
            <source>Headquarters published this record for every agency: it can be read here but not changed.</source>
            <translation>สำนักงานใหญ่เผยแพร่ข้อมูลนี้ให้ทุกหน่วยงาน ดูได้ที่นี่แต่แก้ไขไม่ได้</translation>
        </message>
        <message>
            <source>The disk is full. Free some space, then try again; what you saved before is safe.</source>
            <translation>ดิสก์เต็ม กรุณาเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง ข้อมูลที่บันทึกไว้ก่อนหน้านี้ยังปลอดภัย</translation>
        </message>
        <message>
            <source>The database is busy: another program, perhaps a second copy of GMS Desk, is writing to it. Wait a moment, then try again; what you saved before is safe.</source>
            <translation>ฐานข้อมูลไม่ว่าง: โปรแกรมอื่น (อาจเป็น GMS Desk อีกชุดหนึ่ง) กำลังเขียนข้อมูลอยู่ กรุณารอสักครู่แล้วลองอีกครั้ง ข้อมูลที่บันทึกไว้ก่อนหน้านี้ยังปลอดภัย</translation>
        </message>
        <message>
            <source>GMS Desk may not write to its database file or to the folder it is in. Allow writing there (or ask whoever looks after this computer), then try again; what you saved before is safe.</source>
            <translation>GMS Desk ไม่มีสิทธิ์เขียนไฟล์ฐานข้อมูลหรือโฟลเดอร์ที่เก็บไฟล์นั้น กรุณาอนุญาตให้เขียนได้ (หรือแจ้งผู้ดูแลเครื่องนี้) แล้วลองอีกครั้ง ข้อมูลที่บันทึกไว้ก่อนหน้านี้ยังปลอดภัย</translation>
        </message>
        <message>
            <source>This file is damaged or is not a GMS Desk database. Do not delete it: restore the database from a backup, or ask your support contact for help.</source>
            <translation>ไฟล์นี้เสียหายหรือไม่ใช่ฐานข้อมูลของ GMS Desk อย่าลบไฟล์นี้ กรุณากู้คืนฐานข้อมูลจากไฟล์สำรอง หรือขอความช่วยเหลือจากผู้ให้การสนับสนุนด้านเทคนิค</translation>
        </message>
        <message>
            <source>The database file could not be read or written (a disk or network error). Check that the disk or USB drive is still connected, then try again.</source>
            <translation>อ่านหรือเขียนไฟล์ฐานข้อมูลไม่ได้ (ดิสก์หรือเครือข่ายขัดข้อง) กรุณาตรวจสอบว่าดิสก์หรือแฟลชไดรฟ์ USB ยังเชื่อมต่ออยู่ แล้วลองอีกครั้ง</translation>
        </message>
        <message>
            <source>The copy of the database did not pass its check, so it was not kept: the database itself may be damaged. Restore the newest good backup (Settings, Backups), or ask your support contact for help.</source>
            <translation>สำเนาของฐานข้อมูลไม่ผ่านการตรวจสอบ จึงไม่ได้เก็บไว้ ตัวฐานข้อมูลเองอาจเสียหาย กรุณากู้คืนข้อมูลสำรองล่าสุดที่ใช้ได้ (การตั้งค่า &gt; ข้อมูลสำรอง) หรือขอความช่วยเหลือจากผู้ดูแลด้านเทคนิคของท่าน</translation>
        </message>
        <message>
            <source>This file is not a GMS Desk backup, or it is damaged. Choose another backup.</source>
            <translation>ไฟล์นี้ไม่ใช่ข้อมูลสำรองของ GMS Desk หรือไฟล์เสียหาย กรุณาเลือกข้อมูลสำรองอื่น</translation>
        </message>
        <message>
            <source>This backup is encrypted. Enter its passphrase.</source>
            <translation>ข้อมูลสำรองนี้เข้ารหัสไว้ กรุณากรอกรหัสผ่าน</translation>
        </message>
        <message>
            <source>The passphrase is not the one this backup was encrypted with. Check it (capital letters count) and try again.</source>
            <translation>รหัสผ่านไม่ตรงกับที่ใช้เข้ารหัสข้อมูลสำรองนี้ กรุณาตรวจสอบ (ตัวพิมพ์ใหญ่และตัวพิมพ์เล็กถือว่าต่างกัน) แล้วลองอีกครั้ง</translation>
        </message>
        <message>
            <source>This backup file was changed or cut short after it was made, so it cannot be trusted and was not used. Use another copy of it.</source>
            <translation>ไฟล์สำรองนี้ถูกแก้ไขหรือขาดหายไปบางส่วนหลังจากสร้าง จึงเชื่อถือไม่ได้และไม่ได้นำมาใช้ กรุณาใช้สำเนาอื่นของไฟล์นี้</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>Edit event</source>
            <translation>แก้ไขกิจกรรม</translation>
        </message>
        <message>
            <source>New event</source>
            <translation>เพิ่มกิจกรรม</translation>
        </message>
        <message>
            <source>Listeners, viewers or readers the media reached</source>
            <translation>จำนวนผู้ฟัง ผู้ชม หรือผู้อ่านที่สื่อเข้าถึง</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>ประเภท(&amp;K):</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>ชื่อกิจกรรม(&amp;T):</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>วันแรก</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>วันสุดท้าย</translation>
        </message>
        <message>
            <source>&amp;Dates:</source>
            <translation>วันที่(&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Economy:</source>
            <translation>ประเทศ/ภูมิภาค(&amp;E):</translation>
        </message>
        <message>
            <source>&amp;Province:</source>
            <translation>จังหวัด(&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Venue:</source>
            <translation>สถานที่(&amp;V):</translation>
        </message>
        <message>
            <source>&amp;Organiser:</source>
            <translation>ผู้จัด(&amp;O):</translation>
        </message>
        <message>
            <source>Who came</source>
            <translation>ผู้เข้าร่วม</translation>
        </message>
        <message>
            <source>&amp;Women:</source>
            <translation>หญิง(&amp;W):</translation>
        </message>
        <message>
            <source>&amp;Men:</source>
            <translation>ชาย(&amp;M):</translation>
        </message>
        <message>
            <source>Ot&amp;her or not recorded:</source>
            <translation>อื่น ๆ หรือไม่ได้บันทึก(&amp;H):</translation>
        </message>
        <message>
            <source>Or&amp;ganisations represented:</source>
            <translation>จำนวนองค์กรที่เข้าร่วม(&amp;G):</translation>
        </message>
        <message>
            <source>Media &amp;reach:</source>
            <translation>การเข้าถึงผ่านสื่อ(&amp;R):</translation>
        </message>
        <message>
            <source>In all:</source>
            <translation>รวมทั้งหมด:</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>หมายเหตุ(&amp;N)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <source>Save (Enter or Ctrl+S)</source>
            <translation>บันทึก (Enter หรือ Ctrl+S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>SMEs reached</source>
            <translation>SME ที่เข้าถึง</translation>
        </message>
        <message>
            <source>Type a name or phone, then Enter</source>
            <translation>พิมพ์ชื่อหรือเบอร์โทรศัพท์ แล้วกด Enter</translation>
        </message>
        <message>
            <source>Find an SME</source>
            <translation>ค้นหา SME</translation>
        </message>
        <message>
            <source>SMEs found</source>
            <translation>SME ที่พบ</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>นำออก(&amp;M)</translation>
        </message>
        <message>
            <source>Remove the SME chosen (Del)</source>
            <translation>นำ SME ที่เลือกออก (Del)</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>ค้นหา(&amp;F):</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n วัน</numerusform>
            </translation>
        </message>
        <message>
            <source>(chosen)</source>
            <translation>(เลือกแล้ว)</translation>
        </message>
        <message numerus="yes">
            <source>%n SME(s) chosen</source>
            <translation>
                <numerusform>เลือก SME แล้ว %n ราย</numerusform>
            </translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>ละทิ้งการแก้ไขหรือไม่</translation>
        </message>
        <message>
            <source>Discard your changes?</source>
            <translation>ต้องการละทิ้งการแก้ไขที่ทำไว้หรือไม่</translation>
        </message>
    </context>
    <context>
        <name>EventTableModel</name>
        <message>
            <source>Kind</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>กิจกรรม</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>สถานที่</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>หญิง</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>ชาย</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>ผู้เข้าร่วม</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>องค์กร</translation>
        </message>
        <message>
            <source>Media reach</source>
            <translation>การเข้าถึงผ่านสื่อ</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>หน่วยงาน</translation>
        </message>
    </context>
    <context>
        <name>Events</name>
        <message>
            <source>Road show</source>
            <translation>โรดโชว์</translation>
        </message>
        <message>
            <source>Media campaign</source>
            <translation>การรณรงค์ผ่านสื่อ</translation>
        </message>
        <message>
            <source>Launch</source>
            <translation>งานเปิดตัว</translation>
        </message>
        <message>
            <source>Stakeholder consultation</source>
            <translation>การรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย</translation>
        </message>
        <message>
            <source>Seminar</source>
            <translation>สัมมนา</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>อื่น ๆ</translation>
        </message>
    </context>
    <context>
        <name>EventsView</name>
        <message>
            <source>New event</source>
            <translation>เพิ่มกิจกรรม</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>แก้ไข…</translation>
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
            <source>Export…</source>
            <translation>ส่งออก…</translation>
        </message>
        <message>
            <source>No awareness events yet. Press Ctrl+N to record a road show, media campaign, launch, consultation or seminar: who came, how many women and men, and the SMEs it reached.</source>
            <translation>ยังไม่มีกิจกรรมสร้างความตระหนักรู้ กด Ctrl+N เพื่อบันทึกโรดโชว์ การรณรงค์ผ่านสื่อ งานเปิดตัว การรับฟังความคิดเห็น หรือสัมมนา: ใครมาร่วมบ้าง ผู้หญิงและผู้ชายกี่คน และ SME ที่กิจกรรมเข้าถึง</translation>
        </message>
        <message>
            <source>Search title, organiser, venue…</source>
            <translation>ค้นหาชื่อกิจกรรม ผู้จัด สถานที่…</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>ทุกประเภท</translation>
        </message>
        <message>
            <source>Deleted events</source>
            <translation>กิจกรรมที่ลบแล้ว</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>ประเทศ/ภูมิภาค</translation>
        </message>
        <message>
            <source>Any economy</source>
            <translation>ทุกประเทศ/ภูมิภาค</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>จังหวัด</translation>
        </message>
        <message>
            <source>Any province</source>
            <translation>ทุกจังหวัด</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>ช่วงเวลา</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>ทุกช่วงเวลา</translation>
        </message>
        <message>
            <source>From</source>
            <translation>ตั้งแต่วันที่</translation>
        </message>
        <message>
            <source>To</source>
            <translation>ถึงวันที่</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <source>All agencies</source>
            <translation>ทุกหน่วยงาน</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>ไตรมาสนี้</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>ไตรมาสที่แล้ว</translation>
        </message>
        <message>
            <source>Dates…</source>
            <translation>ระบุวันที่…</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>กิจกรรม %n รายการ</numerusform>
            </translation>
        </message>
        <message>
            <source>audience %1: %2 women, %3 men, %4 other or not recorded</source>
            <translation>ผู้เข้าร่วม %1 คน: หญิง %2 ชาย %3 อื่น ๆ หรือไม่ได้บันทึก %4</translation>
        </message>
        <message>
            <source>%1 organisations</source>
            <translation>องค์กร %1 แห่ง</translation>
        </message>
        <message>
            <source>media reach %1</source>
            <translation>การเข้าถึงผ่านสื่อ %1</translation>
        </message>
        <message>
            <source>Organiser: %1</source>
            <translation>ผู้จัด: %1</translation>
        </message>
        <message>
            <source>SMEs reached (%1): %2</source>
            <translation>SME ที่เข้าถึง (%1): %2</translation>
        </message>
        <message>
            <source>add “%1”</source>
            <translation>เพิ่ม “%1”</translation>
        </message>
        <message>
            <source>edit “%1”</source>
            <translation>แก้ไข “%1”</translation>
        </message>
        <message>
            <source>“%1” saved. Undo with Ctrl+Z.</source>
            <translation>บันทึก “%1” แล้ว กด Ctrl+Z เพื่อเลิกทำ</translation>
        </message>
        <message>
            <source>delete “%1”</source>
            <translation>ลบ “%1”</translation>
        </message>
        <message>
            <source>“%1” deleted. Undo with Ctrl+Z, or find it under “Deleted events”.</source>
            <translation>ลบ “%1” แล้ว กด Ctrl+Z เพื่อเลิกทำ หรือดูได้ที่ “กิจกรรมที่ลบแล้ว”</translation>
        </message>
        <message>
            <source>restore “%1”</source>
            <translation>กู้คืน “%1”</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>ไฟล์ Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV file (*.csv)</source>
            <translation>ไฟล์ CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export events</source>
            <translation>ส่งออกข้อมูลกิจกรรม</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n event(s) to %1.</source>
            <translation>
                <numerusform>ส่งออกกิจกรรม %n รายการไปที่ %1 แล้ว</numerusform>
            </translation>
        </message>
        <message>
            <source>The export failed; no file was written.</source>
            <translation>ส่งออกไม่สำเร็จ ไม่มีการสร้างไฟล์</translation>
        </message>
        <message>
            <source>Exporting events</source>
            <translation>กำลังส่งออกข้อมูลกิจกรรม</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Choose a .csv or .xlsx file.</source>
            <translation>กรุณาเลือกไฟล์ .csv หรือ .xlsx</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
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
        <message>
            <source>Code</source>
            <translation>รหัส</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>สาขาธุรกิจ</translation>
        </message>
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
            <translation>ปีที่ก่อตั้ง</translation>
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
            <source>Track</source>
            <translation>ระดับหลักสูตร</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>ชื่อเรื่อง</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>คำอธิบาย</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>ลำดับ</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>โมดูล</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>วันแรก</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>วันสุดท้าย</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>สถานที่</translation>
        </message>
        <message>
            <source>Trainers</source>
            <translation>วิทยากร</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>หน่วยงานร่วมจัด</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>เวิร์กช็อป</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>วันอบรม</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>ชื่อเรียก</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>เลิกใช้แล้ว</translation>
        </message>
        <message>
            <source>Agency code</source>
            <translation>รหัสหน่วยงาน</translation>
        </message>
        <message>
            <source>Agency name</source>
            <translation>ชื่อหน่วยงาน</translation>
        </message>
        <message>
            <source>Name in other languages</source>
            <translation>ชื่อในภาษาอื่น</translation>
        </message>
        <message>
            <source>Headquarters</source>
            <translation>สำนักงานใหญ่</translation>
        </message>
        <message>
            <source>Provinces served</source>
            <translation>จังหวัดที่ให้บริการ</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>ผู้ติดต่อ</translation>
        </message>
        <message>
            <source>Languages spoken</source>
            <translation>ภาษาที่ใช้สื่อสารได้</translation>
        </message>
        <message>
            <source>E-business services offered</source>
            <translation>บริการด้านธุรกิจอิเล็กทรอนิกส์ที่ให้</translation>
        </message>
        <message>
            <source>E-procurement</source>
            <translation>การจัดซื้อจัดจ้างทางอิเล็กทรอนิกส์ (e-procurement)</translation>
        </message>
        <message>
            <source>Attendance for a certificate</source>
            <translation>เกณฑ์การเข้าอบรมเพื่อรับใบประกาศนียบัตร</translation>
        </message>
        <message>
            <source>Name in Latin letters</source>
            <translation>ชื่อเป็นอักษรโรมัน</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>เพศ</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>ตำแหน่ง</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>SME</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>บุคคล</translation>
        </message>
        <message>
            <source>Pre-test score</source>
            <translation>คะแนนทดสอบก่อนอบรม</translation>
        </message>
        <message>
            <source>Post-test score</source>
            <translation>คะแนนทดสอบหลังอบรม</translation>
        </message>
        <message>
            <source>Certificate number</source>
            <translation>เลขที่ใบประกาศนียบัตร</translation>
        </message>
        <message>
            <source>Certificate issued on</source>
            <translation>วันที่ออกใบประกาศนียบัตร</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>มาอบรม</translation>
        </message>
        <message>
            <source>Marked on</source>
            <translation>เวลาเช็กชื่อ</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>โมดูล</translation>
        </message>
        <message>
            <source>Date reached</source>
            <translation>วันที่ถึงสถานะนี้</translation>
        </message>
        <message>
            <source>Reverted by</source>
            <translation>ยกเลิกโดย</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>บริการ</translation>
        </message>
        <message>
            <source>Delivered on</source>
            <translation>วันที่ให้บริการ</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>เจ้าหน้าที่</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>ค่าบริการ</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>สกุลเงิน</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>ผลลัพธ์</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>ชำระแล้ว</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>วันที่ได้รับ</translation>
        </message>
        <message>
            <source>From country</source>
            <translation>จากประเทศ</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>ช่องทาง</translation>
        </message>
        <message>
            <source>Through service</source>
            <translation>ผ่านบริการ</translation>
        </message>
        <message>
            <source>Through</source>
            <translation>ผ่านช่องทางออนไลน์</translation>
        </message>
        <message>
            <source>Order value</source>
            <translation>มูลค่าคำสั่งซื้อ</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <source>Portal or marketplace</source>
            <translation>พอร์ทัลหรือตลาดออนไลน์</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>ตั้งแต่วันที่</translation>
        </message>
        <message>
            <source>Products displayed</source>
            <translation>จำนวนสินค้าที่แสดง</translation>
        </message>
        <message>
            <source>Set up by service</source>
            <translation>จัดทำผ่านบริการ</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>ผู้จัด</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>หญิง</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>ชาย</translation>
        </message>
        <message>
            <source>Other or not recorded</source>
            <translation>อื่น ๆ หรือไม่ได้บันทึก</translation>
        </message>
        <message>
            <source>Organisations represented</source>
            <translation>จำนวนองค์กรที่เข้าร่วม</translation>
        </message>
        <message>
            <source>Media reach</source>
            <translation>การเข้าถึงผ่านสื่อ</translation>
        </message>
        <message>
            <source>SMEs</source>
            <translation>SME</translation>
        </message>
        <message>
            <source>Form id</source>
            <translation>รหัสแบบฟอร์ม</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>เวอร์ชัน</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ภาษา</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>คำถาม</translation>
        </message>
        <message>
            <source>Title in other languages</source>
            <translation>ชื่อในภาษาอื่น</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>ด้าน</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>คำนิยาม</translation>
        </message>
        <message>
            <source>What it counts</source>
            <translation>สิ่งที่นับ</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>ตัวชี้วัด</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>ขอบเขต</translation>
        </message>
        <message>
            <source>For</source>
            <translation>สำหรับ</translation>
        </message>
        <message>
            <source>From</source>
            <translation>ตั้งแต่วันที่</translation>
        </message>
        <message>
            <source>To</source>
            <translation>ถึงวันที่</translation>
        </message>
        <message>
            <source>Target value</source>
            <translation>ค่าเป้าหมาย</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>ค่าฐาน</translation>
        </message>
        <message>
            <source>Baseline date</source>
            <translation>วันที่วัดค่าฐาน</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>แบบฟอร์ม</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>คำตอบ</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>เริ่มเมื่อ</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>ส่งเมื่อ</translation>
        </message>
        <message>
            <source>Corrects</source>
            <translation>แก้ไขชุดคำตอบ</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>ประเภทระเบียน</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>ระเบียน</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>ข้อมูล</translation>
        </message>
        <message>
            <source>Kept value</source>
            <translation>ค่าที่เก็บไว้</translation>
        </message>
        <message>
            <source>Other value</source>
            <translation>ค่าอื่น</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>แก้ไขแล้ว</translation>
        </message>
        <message>
            <source>Audience in all</source>
            <translation>จำนวนผู้เข้าร่วมทั้งหมด</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <source>Making demo data…</source>
            <translation>กำลังสร้างข้อมูลตัวอย่าง…</translation>
        </message>
        <message>
            <source>The demo data could not be made, so GMS Desk opens your own data folder.</source>
            <translation>สร้างข้อมูลตัวอย่างไม่ได้ GMS Desk จึงเปิดโฟลเดอร์ข้อมูลจริงของท่าน</translation>
        </message>
        <message>
            <source>&amp;Demo</source>
            <translation>ข้อมูลตัวอย่าง(&amp;D)</translation>
        </message>
        <message>
            <source>Leave demo data…</source>
            <translation>ออกจากข้อมูลตัวอย่าง…</translation>
        </message>
        <message>
            <source>Leave demo data</source>
            <translation>ออกจากข้อมูลตัวอย่าง</translation>
        </message>
        <message>
            <source>Leave the demo data and open your own data? The demo data folder is deleted, with what you tried in it; nothing in it was ever sent to headquarters.</source>
            <translation>ออกจากข้อมูลตัวอย่างและเปิดข้อมูลจริงของท่านหรือไม่ โฟลเดอร์ข้อมูลตัวอย่างจะถูกลบพร้อมทุกสิ่งที่ท่านทดลองไว้ ข้อมูลในนั้นไม่เคยถูกส่งไปยังสำนักงานใหญ่</translation>
        </message>
        <message>
            <source>The password needs at least %n characters.</source>
            <translation>รหัสผ่านต้องมีอย่างน้อย %n ตัวอักษร</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>รหัสผ่านทั้งสองช่องไม่ตรงกัน</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Welcome to GMS Desk</source>
            <translation>ยินดีต้อนรับสู่ GMS Desk</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>เริ่มต้น(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>FormRenderer</name>
        <message>
            <source>Form language:</source>
            <translation>ภาษาของแบบฟอร์ม:</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ปิด</translation>
        </message>
        <message>
            <source>Close (keep draft)</source>
            <translation>ปิด (เก็บฉบับร่างไว้)</translation>
        </message>
        <message>
            <source>Everything entered so far is kept as a draft; resume it from the Drafts list.</source>
            <translation>ข้อมูลที่กรอกไว้ทั้งหมดจะเก็บเป็นฉบับร่าง ทำต่อได้จากรายการ “ฉบับร่าง”</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← ย้อนกลับ</translation>
        </message>
        <message>
            <source>Previous page (Page Up)</source>
            <translation>หน้าก่อนหน้า (Page Up)</translation>
        </message>
        <message>
            <source>Next →</source>
            <translation>ถัดไป →</translation>
        </message>
        <message>
            <source>Next page (Page Down or Ctrl+Enter)</source>
            <translation>หน้าถัดไป (Page Down หรือ Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>ส่ง</translation>
        </message>
        <message>
            <source>Check every answer and mark the response complete</source>
            <translation>ตรวจสอบคำตอบทุกข้อและบันทึกว่าชุดคำตอบนี้กรอกครบแล้ว</translation>
        </message>
        <message>
            <source>This form has no questions.</source>
            <translation>แบบฟอร์มนี้ไม่มีคำถาม</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>หน้า %1 จาก %2</translation>
        </message>
        <message>
            <source>Some answers on this page need attention (marked in red).</source>
            <translation>คำตอบบางข้อในหน้านี้ต้องตรวจสอบ (ทำเครื่องหมายสีแดงไว้)</translation>
        </message>
        <message>
            <source>The draft could not be saved!</source>
            <translation>ไม่สามารถบันทึกฉบับร่างได้!</translation>
        </message>
        <message>
            <source>Draft saved at %1.</source>
            <translation>บันทึกฉบับร่างแล้วเมื่อเวลา %1</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) still need attention.</source>
            <translation>
                <numerusform>ยังมีคำตอบ %n ข้อที่ต้องตรวจสอบ</numerusform>
            </translation>
        </message>
        <message>
            <source>Not submitted; the draft is kept.</source>
            <translation>ยังไม่ได้ส่ง ฉบับร่างยังเก็บไว้</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <source>The list '{dataset}' cannot be updated by GMS Desk: a form can update only the SME record. Write smes as the list_name.</source>
            <translation>GMS Desk ปรับปรุงรายการ '{dataset}' ไม่ได้ แบบฟอร์มปรับปรุงได้เฉพาะระเบียน SME เท่านั้น กรุณาใส่ smes เป็น list_name</translation>
        </message>
        <message>
            <source>The list '{dataset}' cannot be updated by GMS Desk: a form can update only the SME record (did you mean '{suggestion}'?).</source>
            <translation>GMS Desk ปรับปรุงรายการ '{dataset}' ไม่ได้ แบบฟอร์มปรับปรุงได้เฉพาะระเบียน SME เท่านั้น (หมายถึง '{suggestion}' ใช่หรือไม่)</translation>
        </message>
        <message>
            <source>save_to '{field}': the SME record has no such field. Write the name of an SME field, for example employees_total or website.</source>
            <translation>save_to '{field}': ระเบียน SME ไม่มีข้อมูลช่องนี้ กรุณาใส่ชื่อข้อมูลของ SME เช่น employees_total หรือ website</translation>
        </message>
        <message>
            <source>save_to '{field}': the SME record has no such field (did you mean '{suggestion}'?).</source>
            <translation>save_to '{field}': ระเบียน SME ไม่มีข้อมูลช่องนี้ (หมายถึง '{suggestion}' ใช่หรือไม่)</translation>
        </message>
        <message>
            <source>save_to '{field}': GMS Desk keeps this field of the SME record itself; a form may not write it. Remove the save_to.</source>
            <translation>save_to '{field}': GMS Desk ดูแลข้อมูลช่องนี้ของระเบียน SME เอง แบบฟอร์มจึงเขียนค่าลงไปไม่ได้ กรุณาลบ save_to ออก</translation>
        </message>
        <message>
            <source>save_to '{field}': a {type} question cannot fill this SME field; a question of type {types} can. Change the question's type or its save_to.</source>
            <translation>save_to '{field}': คำถามประเภท {type} ใส่ค่าในข้อมูล SME ช่องนี้ไม่ได้ คำถามประเภท {types} จึงจะใส่ได้ กรุณาเปลี่ยนประเภทของคำถามหรือ save_to ของคำถามนั้น</translation>
        </message>
        <message>
            <source>save_to '{field}': this SME field is a yes/no flag, so the choices of list '{list}' must be named yes, no, 1, 0, true or false; these are not: {choices}.</source>
            <translation>save_to '{field}': ข้อมูล SME ช่องนี้เป็นแบบใช่/ไม่ใช่ ตัวเลือกของรายการ '{list}' จึงต้องตั้งชื่อเป็น yes, no, 1, 0, true หรือ false ตัวเลือกต่อไปนี้ไม่เป็นไปตามนั้น: {choices}</translation>
        </message>
        <message>
            <source>save_to '{field}': this SME field holds a number, so the choices of list '{list}' must be named with numbers; these are not: {choices}.</source>
            <translation>save_to '{field}': ข้อมูล SME ช่องนี้เก็บค่าเป็นตัวเลข ตัวเลือกของรายการ '{list}' จึงต้องตั้งชื่อเป็นตัวเลข ตัวเลือกต่อไปนี้ไม่เป็นไปตามนั้น: {choices}</translation>
        </message>
        <message>
            <source>save_to '{field}': the choices of list '{list}' must be named with the codes of this SME field ({codes}); these are not: {choices}.</source>
            <translation>save_to '{field}': ตัวเลือกของรายการ '{list}' ต้องตั้งชื่อตามรหัสของข้อมูล SME ช่องนี้ ({codes}) ตัวเลือกต่อไปนี้ไม่เป็นไปตามนั้น: {choices}</translation>
        </message>
        <message>
            <source>save_to '{field}': the question on row {other} already writes this SME field; only one question may.</source>
            <translation>save_to '{field}': คำถามในแถวที่ {other} เขียนค่าลงข้อมูล SME ช่องนี้อยู่แล้ว ข้อมูลแต่ละช่องใช้กับคำถามได้เพียงข้อเดียว</translation>
        </message>
        <message>
            <source>save_to '{field}': a question inside a repeat cannot update the SME record (a repeat has many answers, the SME one value). Move the question out of the repeat or remove its save_to.</source>
            <translation>save_to '{field}': คำถามที่อยู่ในกลุ่มคำถามซ้ำ (repeat) ปรับปรุงระเบียน SME ไม่ได้ (กลุ่มคำถามซ้ำมีได้หลายคำตอบ แต่ SME มีค่าเดียว) กรุณาย้ายคำถามออกจากกลุ่มคำถามซ้ำ หรือลบ save_to ของคำถามนั้น</translation>
        </message>
        <message>
            <source>entity_id is not read: a response updates the SME it is linked to when it is started.</source>
            <translation>ไม่ได้อ่าน entity_id: ชุดคำตอบจะปรับปรุง SME ที่เชื่อมโยงไว้เมื่อเริ่มกรอก</translation>
        </message>
        <message>
            <source>create_if is ignored: GMS Desk does not create SMEs from a form; only the SME a response is linked to is updated.</source>
            <translation>ข้าม create_if: GMS Desk ไม่สร้าง SME จากแบบฟอร์ม จะปรับปรุงเฉพาะ SME ที่ชุดคำตอบเชื่อมโยงไว้เท่านั้น</translation>
        </message>
        <message>
            <source>update_if '{source}': {error}</source>
            <translation>update_if '{source}': {error}</translation>
        </message>
        <message>
            <source>these questions depend on each other in a circle: {names}; break the circle in relevant/calculation</source>
            <translation>คำถามเหล่านี้อ้างอิงกันเป็นวงกลม: {names} กรุณาตัดวงนี้ใน relevant/calculation</translation>
        </message>
        <message>
            <source>unexpected character {character} at position {position}</source>
            <translation>พบอักขระ {character} ที่ไม่คาดไว้ที่ตำแหน่ง {position}</translation>
        </message>
        <message>
            <source>{reference} is not a valid reference to a question</source>
            <translation>{reference} ไม่ใช่การอ้างอิงถึงคำถามที่ถูกต้อง</translation>
        </message>
        <message>
            <source>expected {expected} but found the end at position {position}</source>
            <translation>ต้องมี {expected} แต่นิพจน์จบลงที่ตำแหน่ง {position}</translation>
        </message>
        <message>
            <source>expected {expected} but found {found} at position {position}</source>
            <translation>ต้องมี {expected} แต่พบ {found} ที่ตำแหน่ง {position}</translation>
        </message>
        <message>
            <source>the expression is empty</source>
            <translation>นิพจน์ว่างเปล่า</translation>
        </message>
        <message>
            <source>the expression ends too early</source>
            <translation>นิพจน์จบเร็วเกินไป</translation>
        </message>
        <message>
            <source>a path after {reference} is not supported</source>
            <translation>ไม่รองรับพาธที่ต่อท้าย {reference}</translation>
        </message>
        <message>
            <source>an empty predicate '[]' at position {position}</source>
            <translation>มีเงื่อนไขว่าง '[]' ที่ตำแหน่ง {position}</translation>
        </message>
        <message>
            <source>attributes ('@') are not supported</source>
            <translation>ไม่รองรับแอตทริบิวต์ ('@')</translation>
        </message>
        <message>
            <source>wildcards ('*') in paths are not supported</source>
            <translation>ไม่รองรับไวลด์การ์ด ('*') ในพาธ</translation>
        </message>
        <message>
            <source>the path ends with '/'</source>
            <translation>พาธลงท้ายด้วย '/'</translation>
        </message>
        <message>
            <source>a path cannot contain {token} (position {position})</source>
            <translation>พาธมี {token} ไม่ได้ (ตำแหน่ง {position})</translation>
        </message>
        <message>
            <source>search() is an appearance of a select question (its choices from a CSV file), not a function for calculations</source>
            <translation>search() เป็น appearance ของคำถามแบบเลือกตอบ (ที่ดึงตัวเลือกจากไฟล์ CSV) ไม่ใช่ฟังก์ชันสำหรับการคำนวณ</translation>
        </message>
        <message>
            <source>unexpected {token} at position {position}</source>
            <translation>พบ {token} ที่ไม่คาดไว้ที่ตำแหน่ง {position}</translation>
        </message>
        <message>
            <source>'//' paths are not supported</source>
            <translation>ไม่รองรับพาธแบบ '//'</translation>
        </message>
        <message>
            <source>predicates ('[...]') on the form's own questions are not supported; use indexed-repeat()</source>
            <translation>ไม่รองรับเงื่อนไข ('[...]') กับคำถามของแบบฟอร์มเอง กรุณาใช้ indexed-repeat()</translation>
        </message>
        <message>
            <source>{function}() takes no arguments</source>
            <translation>{function}() ไม่รับอาร์กิวเมนต์</translation>
        </message>
        <message numerus="yes">
            <source>{function}() takes %n argument(s), not {given}</source>
            <translation>
                <numerusform>{function}() รับอาร์กิวเมนต์ %n ตัว ไม่ใช่ {given} ตัว</numerusform>
            </translation>
        </message>
        <message>
            <source>there is no question named '{name}'</source>
            <translation>ไม่มีคำถามชื่อ '{name}'</translation>
        </message>
        <message>
            <source>'{path}' is not understood: refer to a question as {reference}</source>
            <translation>ไม่เข้าใจ '{path}' กรุณาอ้างอิงคำถามในรูปแบบ {reference}</translation>
        </message>
        <message>
            <source>'{path}' is not a column of the choices</source>
            <translation>'{path}' ไม่ใช่คอลัมน์ของตัวเลือก</translation>
        </message>
        <message>
            <source>instance() takes the name of a secondary instance in quotes, e.g. instance('fruits')</source>
            <translation>instance() ต้องใส่ชื่อของ secondary instance ในเครื่องหมายคำพูด เช่น instance('fruits')</translation>
        </message>
        <message>
            <source>instance('{name}') names no file attached to the form and no list of the choices sheet: attach {name}.csv or {name}.xml (declared by a select_one_from_file, csv-external or xml-external row) or use a choice list</source>
            <translation>instance('{name}') ไม่ตรงกับไฟล์ที่แนบกับแบบฟอร์มหรือรายการใดในชีต choices กรุณาแนบ {name}.csv หรือ {name}.xml (ที่ประกาศไว้ในแถว select_one_from_file, csv-external หรือ xml-external) หรือใช้รายการตัวเลือก</translation>
        </message>
        <message>
            <source>predicates ('[...]') and paths after the form's own questions are not supported; use indexed-repeat()</source>
            <translation>ไม่รองรับเงื่อนไข ('[...]') และพาธที่ต่อท้ายคำถามของแบบฟอร์มเอง กรุณาใช้ indexed-repeat()</translation>
        </message>
        <message>
            <source>the function {function}() is not known</source>
            <translation>ไม่รู้จักฟังก์ชัน {function}()</translation>
        </message>
        <message numerus="yes">
            <source>{function}() takes %n or more argument(s), not {given}</source>
            <translation>
                <numerusform>{function}() รับอาร์กิวเมนต์ %n ตัวขึ้นไป ไม่ใช่ {given} ตัว</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{function}() takes {low} to %n argument(s), not {given}</source>
            <translation>
                <numerusform>{function}() รับอาร์กิวเมนต์ {low} ถึง %n ตัว ไม่ใช่ {given} ตัว</numerusform>
            </translation>
        </message>
        <message>
            <source>weighted-checklist() takes a minimum, a maximum, then pairs of a value and its weight</source>
            <translation>weighted-checklist() รับค่าต่ำสุด ค่าสูงสุด แล้วตามด้วยคู่ของค่าและน้ำหนักของค่านั้น</translation>
        </message>
        <message>
            <source>digest(): unknown algorithm '{algorithm}'; use one of {algorithms}</source>
            <translation>digest(): ไม่รู้จักอัลกอริทึม '{algorithm}' กรุณาใช้อย่างใดอย่างหนึ่งต่อไปนี้ {algorithms}</translation>
        </message>
        <message>
            <source>digest(): unknown encoding '{encoding}'; use 'base64' or 'hex'</source>
            <translation>digest(): ไม่รู้จักการเข้ารหัส '{encoding}' กรุณาใช้ 'base64' หรือ 'hex'</translation>
        </message>
        <message>
            <source>jr:itext() takes one text id in quotes, such as jr:itext('/data/q:label'); for the label of an answer write {example}</source>
            <translation>jr:itext() รับ text id หนึ่งตัวในเครื่องหมายคำพูด เช่น jr:itext('/data/q:label') สำหรับ label ของคำตอบ ให้เขียน {example}</translation>
        </message>
        <message>
            <source>jr:itext('{id}') names no text of the form: use an id such as '/data/q:label' or 'list_name-0', or for the label of an answer write {example}</source>
            <translation>jr:itext('{id}') ไม่ตรงกับข้อความใดของแบบฟอร์ม กรุณาใช้ id เช่น '/data/q:label' หรือ 'list_name-0' หรือสำหรับ label ของคำตอบ ให้เขียน {example}</translation>
        </message>
        <message>
            <source>jr:choice-name() needs the question as its second argument, e.g. {example}</source>
            <translation>jr:choice-name() ต้องมีคำถามเป็นอาร์กิวเมนต์ตัวที่สอง เช่น {example}</translation>
        </message>
        <message>
            <source>jr:choice-name(): '{name}' is not a select question</source>
            <translation>jr:choice-name(): '{name}' ไม่ใช่คำถามแบบเลือกตอบ</translation>
        </message>
        <message>
            <source>indexed-repeat() takes a ${question} inside a repeat, then a ${repeat} and a position (and more pairs for repeats inside repeats)</source>
            <translation>indexed-repeat() รับ ${question} ที่อยู่ในกลุ่มคำถามซ้ำ (repeat) แล้วตามด้วย ${repeat} และลำดับที่ (และคู่เพิ่มเติมสำหรับ repeat ที่ซ้อนอยู่ใน repeat)</translation>
        </message>
        <message>
            <source>indexed-repeat(): '{repeat}' is not a repeat around '{name}'</source>
            <translation>indexed-repeat(): '{repeat}' ไม่ใช่ repeat ที่ครอบ '{name}' อยู่</translation>
        </message>
        <message>
            <source>position() takes at most one argument</source>
            <translation>position() รับอาร์กิวเมนต์ได้ไม่เกินหนึ่งตัว</translation>
        </message>
        <message>
            <source>pulldata() takes 4 arguments: the file's name (without .csv), the column to read, the column to match and the value to find</source>
            <translation>pulldata() รับอาร์กิวเมนต์ 4 ตัว: ชื่อไฟล์ (ไม่ต้องมี .csv) คอลัมน์ที่จะอ่าน คอลัมน์ที่ใช้จับคู่ และค่าที่จะค้นหา</translation>
        </message>
        <message>
            <source>pulldata(): name the file in quotes, e.g. pulldata('fruits', 'price', 'name', ${fruit})</source>
            <translation>pulldata(): กรุณาใส่ชื่อไฟล์ในเครื่องหมายคำพูด เช่น pulldata('fruits', 'price', 'name', ${fruit})</translation>
        </message>
        <message>
            <source>pulldata() reads '{file}', which is not attached to the form</source>
            <translation>pulldata() อ่าน '{file}' ซึ่งไม่ได้แนบกับแบบฟอร์ม</translation>
        </message>
        <message>
            <source>pulldata(): '{file}' has no column '{column}' (its columns: {columns})</source>
            <translation>pulldata(): '{file}' ไม่มีคอลัมน์ '{column}' (คอลัมน์ที่มี: {columns})</translation>
        </message>
        <message>
            <source>the file '{file}' ({why}) could not be read: {error}</source>
            <translation>อ่านไฟล์ '{file}' ({why}) ไม่ได้: {error}</translation>
        </message>
        <message>
            <source>the form needs the file '{file}' ({why}), but it is not attached: put it in {where} and import the form again</source>
            <translation>แบบฟอร์มต้องใช้ไฟล์ '{file}' ({why}) แต่ไม่ได้แนบไว้ กรุณาใส่ไฟล์ไว้ใน{where} แล้วนำเข้าแบบฟอร์มอีกครั้ง</translation>
        </message>
        <message>
            <source>'{file}' is not UTF-8 text: save it as "CSV UTF-8" (or as UTF-8) and import the form again</source>
            <translation>'{file}' ไม่ใช่ข้อความแบบ UTF-8 กรุณาบันทึกเป็น "CSV UTF-8" (หรือเป็น UTF-8) แล้วนำเข้าแบบฟอร์มอีกครั้ง</translation>
        </message>
        <message>
            <source>the files attached to the form take {size}; a form version travels with its files, which may take at most {limit} together: make the images smaller</source>
            <translation>ไฟล์ที่แนบกับแบบฟอร์มมีขนาด {size} แบบฟอร์มแต่ละเวอร์ชันจะส่งไปพร้อมไฟล์ของตน ซึ่งรวมกันได้ไม่เกิน {limit} กรุณาลดขนาดรูปภาพ</translation>
        </message>
        <message>
            <source>'{file}' is not a CSV file ODK can read: {error}</source>
            <translation>'{file}' ไม่ใช่ไฟล์ CSV ที่ ODK อ่านได้: {error}</translation>
        </message>
        <message>
            <source>'{file}' has no header row: its first row must name the columns (for example name,label)</source>
            <translation>'{file}' ไม่มีแถวหัวตาราง แถวแรกต้องเป็นชื่อคอลัมน์ (เช่น name,label)</translation>
        </message>
        <message>
            <source>'{file}' has two columns named '{column}'</source>
            <translation>'{file}' มีคอลัมน์ชื่อ '{column}' สองคอลัมน์</translation>
        </message>
        <message>
            <source>'{file}' declares a DOCTYPE or entities, which ODK does not read</source>
            <translation>'{file}' ประกาศ DOCTYPE หรือ entity ซึ่ง ODK ไม่อ่าน</translation>
        </message>
        <message>
            <source>'{file}' is not well-formed XML: {error}</source>
            <translation>'{file}' เป็น XML ที่มีรูปแบบไม่ถูกต้อง: {error}</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>ไม่ใช่ตัวเลข</translation>
        </message>
        <message>
            <source>a position needs a longitude and a latitude</source>
            <translation>ตำแหน่งพิกัดต้องมีลองจิจูดและละติจูด</translation>
        </message>
        <message>
            <source>a feature needs a geometry</source>
            <translation>feature ต้องมี geometry</translation>
        </message>
        <message>
            <source>geometry type {type} is not one ODK reads (Point, LineString, Polygon)</source>
            <translation>ODK ไม่อ่าน geometry ประเภท {type} (อ่านได้เฉพาะ Point, LineString, Polygon)</translation>
        </message>
        <message>
            <source>'{file}' is not valid JSON: {error}</source>
            <translation>'{file}' ไม่ใช่ JSON ที่ถูกต้อง: {error}</translation>
        </message>
        <message>
            <source>'{file}' is not a GeoJSON FeatureCollection</source>
            <translation>'{file}' ไม่ใช่ GeoJSON FeatureCollection</translation>
        </message>
        <message>
            <source>'{file}': feature {number} is not an object</source>
            <translation>'{file}': feature ที่ {number} ไม่ใช่ object</translation>
        </message>
        <message>
            <source>'{file}': feature {number}: {error}</source>
            <translation>'{file}': feature ที่ {number}: {error}</translation>
        </message>
        <message>
            <source>'{file}' is not a data file ODK reads (CSV, XML or GeoJSON)</source>
            <translation>'{file}' ไม่ใช่ไฟล์ข้อมูลที่ ODK อ่านได้ (CSV, XML หรือ GeoJSON)</translation>
        </message>
        <message>
            <source>the audit log of ODK Collect is not recorded by GMS Desk</source>
            <translation>GMS Desk ไม่บันทึก audit log ของ ODK Collect</translation>
        </message>
        <message>
            <source>metadata '{type}' ({name}) is ignored: {reason}</source>
            <translation>ข้าม metadata '{type}' ({name}): {reason}</translation>
        </message>
        <message>
            <source>{column} '{source}': {error}</source>
            <translation>{column} '{source}': {error}</translation>
        </message>
        <message>
            <source>type '{type}' takes its choices from the answers to a question inside a repeat, but '{name}' is not a question inside a repeat</source>
            <translation>ประเภท '{type}' ดึงตัวเลือกจากคำตอบของคำถามที่อยู่ในกลุ่มคำถามซ้ำ (repeat) แต่ '{name}' ไม่ใช่คำถามที่อยู่ในกลุ่มคำถามซ้ำ</translation>
        </message>
        <message>
            <source>type '{type}' takes its choices from the answers to a question inside a repeat, but '{name}' is not a question of the form</source>
            <translation>ประเภท '{type}' ดึงตัวเลือกจากคำตอบของคำถามที่อยู่ในกลุ่มคำถามซ้ำ (repeat) แต่ '{name}' ไม่ใช่คำถามของแบบฟอร์มนี้</translation>
        </message>
        <message>
            <source>the name '{name}' is used more than once; GMS Desk needs every question and group name to be unique in its group</source>
            <translation>ชื่อ '{name}' ถูกใช้มากกว่าหนึ่งครั้ง GMS Desk ต้องการให้ชื่อคำถามและชื่อกลุ่มไม่ซ้ำกันภายในกลุ่มเดียวกัน</translation>
        </message>
        <message>
            <source>the file '{file}' is not attached to the form</source>
            <translation>ไฟล์ '{file}' ไม่ได้แนบกับแบบฟอร์ม</translation>
        </message>
        <message>
            <source>type '{type}' ({name}) is not supported by GMS Desk; supported types: {types}, groups and repeats. Remove the row or change its type</source>
            <translation>GMS Desk ไม่รองรับประเภท '{type}' ({name}) ประเภทที่รองรับ: {types} กลุ่ม (group) และกลุ่มคำถามซ้ำ (repeat) กรุณาลบแถวนี้หรือเปลี่ยนประเภท</translation>
        </message>
        <message>
            <source>the loop's %(name)s or %(label)s could not be filled in for '{choice}': {error}</source>
            <translation>ไม่สามารถใส่ค่า %(name)s หรือ %(label)s ของ loop สำหรับ '{choice}' ได้: {error}</translation>
        </message>
        <message>
            <source>the list '{list}' is not on the external_choices sheet</source>
            <translation>รายการ '{list}' ไม่อยู่ในชีต external_choices</translation>
        </message>
        <message>
            <source>the choice list '{list}' is not on the choices sheet</source>
            <translation>รายการตัวเลือก '{list}' ไม่อยู่ในชีต choices</translation>
        </message>
        <message>
            <source>'{file}' has no column '{column}' for the choices' values (its columns: {columns})</source>
            <translation>'{file}' ไม่มีคอลัมน์ '{column}' สำหรับค่าของตัวเลือก (คอลัมน์ที่มี: {columns})</translation>
        </message>
        <message>
            <source>search() takes the CSV file's name in quotes, then optionally 'contains', 'startswith', 'endswith' or 'matches', a column and the text to find</source>
            <translation>search() รับชื่อไฟล์ CSV ในเครื่องหมายคำพูด แล้วอาจตามด้วย 'contains', 'startswith', 'endswith' หรือ 'matches' คอลัมน์ และข้อความที่จะค้นหา</translation>
        </message>
        <message>
            <source>search() needs a row on the choices sheet naming the file's value column (name) and label column (label)</source>
            <translation>search() ต้องมีแถวในชีต choices ที่ระบุคอลัมน์ค่าของไฟล์ (name) และคอลัมน์ข้อความ (label)</translation>
        </message>
        <message>
            <source>search(): name the column in quotes and search for text in quotes, a number or a ${question}</source>
            <translation>search(): กรุณาใส่ชื่อคอลัมน์ในเครื่องหมายคำพูด และค้นหาด้วยข้อความในเครื่องหมายคำพูด ตัวเลข หรือ ${question}</translation>
        </message>
        <message>
            <source>range parameter {parameter}='{value}' is not a number</source>
            <translation>พารามิเตอร์ range {parameter}='{value}' ไม่ใช่ตัวเลข</translation>
        </message>
        <message>
            <source>range parameter step must be greater than 0</source>
            <translation>พารามิเตอร์ range ค่า step ต้องมากกว่า 0</translation>
        </message>
        <message>
            <source>repeat_count '{source}' reads a question inside the repeat it counts; count from a question before it</source>
            <translation>repeat_count '{source}' อ่านค่าจากคำถามที่อยู่ใน repeat ที่กำลังนับ กรุณานับจากคำถามที่อยู่ก่อนหน้า repeat นั้น</translation>
        </message>
        <message>
            <source>choice_filter only applies to select questions; it is ignored</source>
            <translation>choice_filter ใช้ได้เฉพาะกับคำถามแบบเลือกตอบ จึงข้ามไป</translation>
        </message>
        <message>
            <source>the label refers to {reference}, but there is no question named '{name}'</source>
            <translation>label อ้างอิงถึง {reference} แต่ไม่มีคำถามชื่อ '{name}'</translation>
        </message>
        <message>
            <source>the form definition is damaged: {error}</source>
            <translation>ข้อกำหนดของแบบฟอร์มเสียหาย: {error}</translation>
        </message>
        <message>
            <source>guidance hints are not shown by GMS Desk</source>
            <translation>GMS Desk ไม่แสดงคำแนะนำ (guidance hint)</translation>
        </message>
        <message>
            <source>trigger (recalculate when another question changes) is not supported</source>
            <translation>ไม่รองรับ trigger (การคำนวณใหม่เมื่อคำถามอื่นเปลี่ยน)</translation>
        </message>
        <message>
            <source>instance attributes are not supported</source>
            <translation>ไม่รองรับแอตทริบิวต์ของ instance</translation>
        </message>
        <message>
            <source>GMS Desk does not use it</source>
            <translation>GMS Desk ไม่ได้ใช้ค่านี้</translation>
        </message>
        <message>
            <source>column '{column}' is ignored: {reason}</source>
            <translation>ข้ามคอลัมน์ '{column}': {reason}</translation>
        </message>
        <message>
            <source>pyxform, the XLSForm reader ODK uses, says: {message}</source>
            <translation>pyxform ซึ่งเป็นโปรแกรมอ่าน XLSForm ที่ ODK ใช้ แจ้งว่า: {message}</translation>
        </message>
        <message>
            <source>type '{type}' is not an XLSForm question type</source>
            <translation>'{type}' ไม่ใช่ประเภทคำถามของ XLSForm</translation>
        </message>
        <message>
            <source>the {column} on the {sheet} sheet is not a valid name: a name begins with a letter or an underscore, followed by letters, digits, underscores, hyphens or periods</source>
            <translation>{column} ในชีต {sheet} ไม่ใช่ชื่อที่ถูกต้อง ชื่อต้องขึ้นต้นด้วยตัวอักษรหรือขีดล่าง ตามด้วยตัวอักษร ตัวเลข ขีดล่าง ขีดกลาง หรือจุด</translation>
        </message>
        <message>
            <source>a choice list names the same choice twice: give each choice of a list its own name, or set allow_choice_duplicates to yes on the settings sheet</source>
            <translation>รายการตัวเลือกมีตัวเลือกชื่อซ้ำกัน กรุณาตั้งชื่อตัวเลือกแต่ละตัวในรายการให้ไม่ซ้ำกัน หรือตั้ง allow_choice_duplicates เป็น yes ในชีต settings</translation>
        </message>
        <message>
            <source>the choice has no name: fill in its name column</source>
            <translation>ตัวเลือกไม่มีชื่อ กรุณากรอกคอลัมน์ name</translation>
        </message>
        <message>
            <source>the {column} refers to '{name}', which is not a name on the survey sheet</source>
            <translation>{column} อ้างอิงถึง '{name}' ซึ่งไม่ใช่ชื่อในชีต survey</translation>
        </message>
        <message>
            <source>the {column} refers to '{name}', a name used more than once on the survey sheet: a name referred to must be used only once</source>
            <translation>{column} อ้างอิงถึง '{name}' ซึ่งเป็นชื่อที่ใช้มากกว่าหนึ่งครั้งในชีต survey ชื่อที่ถูกอ้างอิงต้องใช้เพียงครั้งเดียว</translation>
        </message>
        <message>
            <source>'begin {type}' {name} has no 'end {type}' after it</source>
            <translation>'begin {type}' {name} ไม่มี 'end {type}' ตามหลัง</translation>
        </message>
        <message>
            <source>'end {type}' {name} has no 'begin {type}' before it</source>
            <translation>'end {type}' {name} ไม่มี 'begin {type}' อยู่ก่อนหน้า</translation>
        </message>
        <message>
            <source>the question or group has no name: fill in its name column</source>
            <translation>คำถามหรือกลุ่มไม่มีชื่อ กรุณากรอกคอลัมน์ name</translation>
        </message>
        <message>
            <source>the workbook has no sheet named 'survey'</source>
            <translation>ไฟล์ Excel ไม่มีชีตชื่อ 'survey'</translation>
        </message>
        <message>
            <source>the column '{column}' is in the header row twice</source>
            <translation>คอลัมน์ '{column}' อยู่ในแถวหัวตารางสองครั้ง</translation>
        </message>
        <message>
            <source>omit_instanceID cannot be used with encryption (public_key): encrypted forms need the instanceID</source>
            <translation>ใช้ omit_instanceID กับการเข้ารหัส (public_key) ไม่ได้ แบบฟอร์มที่เข้ารหัสต้องมี instanceID</translation>
        </message>
        <message>
            <source>the language '{language}' has no text in these {sheet} columns: {columns}</source>
            <translation>ภาษา '{language}' ไม่มีข้อความในคอลัมน์ต่อไปนี้ของชีต {sheet}: {columns}</translation>
        </message>
        <message>
            <source>these languages have no valid language code: {languages}; write them as 'Khmer (km)'. Learn more: {link}</source>
            <translation>ภาษาต่อไปนี้ไม่มีรหัสภาษาที่ถูกต้อง: {languages} กรุณาเขียนในรูปแบบ 'Khmer (km)' ดูข้อมูลเพิ่มเติม: {link}</translation>
        </message>
        <message>
            <source>add the parameter max-pixels (for example max-pixels=1024) to make photos smaller. Learn more: {link}</source>
            <translation>เพิ่มพารามิเตอร์ max-pixels (เช่น max-pixels=1024) เพื่อลดขนาดรูปถ่าย ดูข้อมูลเพิ่มเติม: {link}</translation>
        </message>
        <message>
            <source>'{name}' has neither a label nor a hint</source>
            <translation>'{name}' ไม่มีทั้ง label และ hint</translation>
        </message>
        <message>
            <source>the file '{file}' was not found</source>
            <translation>ไม่พบไฟล์ '{file}'</translation>
        </message>
        <message>
            <source>'{file}' is not an Excel workbook: save the XLSForm as .xlsx and import it again</source>
            <translation>'{file}' ไม่ใช่ไฟล์ Excel กรุณาบันทึก XLSForm เป็น .xlsx แล้วนำเข้าอีกครั้ง</translation>
        </message>
        <message>
            <source>the file '{file}' could not be read: {error}</source>
            <translation>อ่านไฟล์ '{file}' ไม่ได้: {error}</translation>
        </message>
        <message>
            <source>the folder '{folder}'</source>
            <translation>โฟลเดอร์ '{folder}'</translation>
        </message>
        <message>
            <source>the folder '{folder}' next to the form</source>
            <translation>โฟลเดอร์ '{folder}' ที่อยู่ข้างไฟล์แบบฟอร์ม</translation>
        </message>
        <message>
            <source>the files given with the form</source>
            <translation>ไฟล์ที่ให้มาพร้อมกับแบบฟอร์ม</translation>
        </message>
        <message>
            <source>the form could not be read: {error}</source>
            <translation>อ่านแบบฟอร์มไม่ได้: {error}</translation>
        </message>
        <message>
            <source>'select_multiple {name}' (several of the answers given in a repeat) cannot be read: pyxform does not read a select_multiple of a repeat's answers; use 'select_one {name}', or a list on the choices sheet</source>
            <translation>อ่าน 'select_multiple {name}' (เลือกได้หลายคำตอบจากคำตอบที่ให้ไว้ใน repeat) ไม่ได้ เนื่องจาก pyxform ไม่อ่าน select_multiple ที่ใช้คำตอบของ repeat กรุณาใช้ 'select_one {name}' หรือรายการในชีต choices</translation>
        </message>
        <message>
            <source>the file could not be read as an XLSForm workbook (.xlsx or .xls): {error}</source>
            <translation>อ่านไฟล์นี้เป็นไฟล์ XLSForm (.xlsx หรือ .xls) ไม่ได้: {error}</translation>
        </message>
        <message>
            <source>the form has no questions to ask: add rows with a question type (text, integer, select_one ...) to the survey sheet</source>
            <translation>แบบฟอร์มไม่มีคำถาม กรุณาเพิ่มแถวที่มีประเภทคำถาม (text, integer, select_one ...) ในชีต survey</translation>
        </message>
        <message>
            <source>{what} needs the choice list '{list}', but the workbook has no choices sheet</source>
            <translation>{what} ต้องใช้รายการตัวเลือก '{list}' แต่ไฟล์ Excel ไม่มีชีต choices</translation>
        </message>
        <message>
            <source>the choice list '{list}' is not on the choices sheet{suggestion}</source>
            <translation>รายการตัวเลือก '{list}' ไม่อยู่ในชีต choices{suggestion}</translation>
        </message>
        <message>
            <source>type '{type}' is not supported by GMS Desk; use select_multiple instead</source>
            <translation>GMS Desk ไม่รองรับประเภท '{type}' กรุณาใช้ select_multiple แทน</translation>
        </message>
        <message>
            <source>type '{type}'</source>
            <translation>ประเภท '{type}'</translation>
        </message>
        <message>
            <source>type '{type}' is not supported by GMS Desk; supported types: {types}, metadata (start, end, today, deviceid, username), groups, repeats and loops. Remove the row or change its type</source>
            <translation>GMS Desk ไม่รองรับประเภท '{type}' ประเภทที่รองรับ: {types} metadata (start, end, today, deviceid, username) กลุ่ม (group) กลุ่มคำถามซ้ำ (repeat) และ loop กรุณาลบแถวนี้หรือเปลี่ยนประเภท</translation>
        </message>
        <message>
            <source>type '{type}' is not an XLSForm question type{suggestion}</source>
            <translation>'{type}' ไม่ใช่ประเภทคำถามของ XLSForm{suggestion}</translation>
        </message>
        <message>
            <source>the name '{name}' is already used on row {row} in the same group; a name may be used again only in another group</source>
            <translation>ชื่อ '{name}' ถูกใช้แล้วในแถวที่ {row} ในกลุ่มเดียวกัน ชื่อเดิมใช้ซ้ำได้เฉพาะในกลุ่มอื่นเท่านั้น</translation>
        </message>
        <message>
            <source> (did you mean '{name}'?)</source>
            <translation> (หมายถึง '{name}' ใช่หรือไม่)</translation>
        </message>
        <message>
            <source>appearance '{appearance}' is ignored on the desktop</source>
            <translation>ข้าม appearance '{appearance}' บนคอมพิวเตอร์</translation>
        </message>
        <message>
            <source>parameters '{parameters}' are ignored for type '{type}'</source>
            <translation>ข้ามพารามิเตอร์ '{parameters}' สำหรับประเภท '{type}'</translation>
        </message>
        <message>
            <source>media is not shown by GMS Desk</source>
            <translation>GMS Desk ไม่แสดงสื่อ (media)</translation>
        </message>
        <message>
            <source>setting '{setting}' is ignored: GMS Desk does not use it</source>
            <translation>ข้ามการตั้งค่า '{setting}': GMS Desk ไม่ได้ใช้ค่านี้</translation>
        </message>
        <message>
            <source>no form_id: using '{id}' (from the file name); set form_id so re-imports of a renamed file are recognised as the same form</source>
            <translation>ไม่มี form_id: ใช้ '{id}' (จากชื่อไฟล์) แทน กรุณากำหนด form_id เพื่อให้ระบบรู้ว่าไฟล์ที่เปลี่ยนชื่อแล้วนำเข้าอีกครั้งเป็นแบบฟอร์มเดียวกัน</translation>
        </message>
        <message>
            <source>no version: using '{version}' (from the form's content); set version so responses can be matched to the form they were collected with</source>
            <translation>ไม่มี version: ใช้ '{version}' (จากเนื้อหาของแบบฟอร์ม) แทน กรุณากำหนด version เพื่อให้จับคู่ชุดคำตอบกับแบบฟอร์มที่ใช้เก็บข้อมูลได้</translation>
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
        <name>GeoTraceWidget</name>
        <message>
            <source>One point a line: latitude longitude, for example 11.5564 104.9282</source>
            <translation>บรรทัดละหนึ่งจุด: ละติจูด ลองจิจูด เช่น 11.5564 104.9282</translation>
        </message>
        <message>
            <source>Line %1 is not a point: write the latitude and the longitude, for example 11.5564 104.9282.</source>
            <translation>บรรทัดที่ %1 ไม่ใช่จุดพิกัด กรุณากรอกละติจูดและลองจิจูด เช่น 11.5564 104.9282</translation>
        </message>
        <message>
            <source>A shape needs at least three points.</source>
            <translation>รูปพื้นที่ต้องมีอย่างน้อยสามจุด</translation>
        </message>
        <message>
            <source>A line needs at least two points.</source>
            <translation>เส้นต้องมีอย่างน้อยสองจุด</translation>
        </message>
        <message>
            <source>%1 points · %2 m²</source>
            <translation>%1 จุด · %2 m²</translation>
        </message>
        <message>
            <source>%1 points · %2 m long</source>
            <translation>%1 จุด · ยาว %2 m</translation>
        </message>
    </context>
    <context>
        <name>GeopointWidget</name>
        <message>
            <source>Latitude</source>
            <translation>ละติจูด</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>ลองจิจูด</translation>
        </message>
        <message>
            <source>Altitude (m)</source>
            <translation>ความสูง (m)</translation>
        </message>
        <message>
            <source>Accuracy (m)</source>
            <translation>ความแม่นยำ (m)</translation>
        </message>
        <message>
            <source>Write the numbers as decimals, for example 11.5564.</source>
            <translation>กรุณากรอกตัวเลขเป็นทศนิยม เช่น 11.5564</translation>
        </message>
        <message>
            <source>Give both the latitude and the longitude.</source>
            <translation>กรุณากรอกทั้งละติจูดและลองจิจูด</translation>
        </message>
        <message>
            <source>The latitude is between -90 and 90 and the longitude between -180 and 180.</source>
            <translation>ละติจูดต้องอยู่ระหว่าง -90 ถึง 90 และลองจิจูดต้องอยู่ระหว่าง -180 ถึง 180</translation>
        </message>
        <message>
            <source>The accuracy is a distance in metres: 0 or more.</source>
            <translation>ความแม่นยำเป็นระยะทางหน่วยเมตร: ตั้งแต่ 0 ขึ้นไป</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Find</source>
            <translation>ค้นหา</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>พิมพ์</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>รีเฟรช</translation>
        </message>
        <message>
            <source>New</source>
            <translation>สร้างใหม่</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ความช่วยเหลือ(&amp;H)</translation>
        </message>
        <message>
            <source>Keyboard shortcuts and guide</source>
            <translation>แป้นพิมพ์ลัดและคู่มือ</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>GMS Desk help</source>
            <translation>ความช่วยเหลือของ GMS Desk</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>แป้น</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>การทำงาน</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>ใช้ที่</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>ทุกส่วน</translation>
        </message>
        <message>
            <source>The keys of the area you are in work there; those marked Everywhere work in every area.</source>
            <translation>แป้นของส่วนที่ท่านอยู่จะใช้ได้ในส่วนนั้น ส่วนแป้นที่ระบุว่า “ทุกส่วน” ใช้ได้ในทุกส่วน</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>แป้นพิมพ์ลัด</translation>
        </message>
        <message>
            <source>Guide</source>
            <translation>คู่มือ</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ปิด</translation>
        </message>
        <message>
            <source>GMS Desk keeps your agency's SMEs, workshops, surveys and reports on this computer. Everything works without a connection: what you change waits, and is sent to headquarters when you sync.</source>
            <translation>GMS Desk เก็บข้อมูล SME เวิร์กช็อป แบบสำรวจ และรายงานของหน่วยงานท่านไว้ในเครื่องนี้ ทุกอย่างทำงานได้โดยไม่ต้องเชื่อมต่อเครือข่าย สิ่งที่ท่านเปลี่ยนแปลงจะรอไว้ และถูกส่งไปยังสำนักงานใหญ่เมื่อท่านซิงค์ข้อมูล</translation>
        </message>
        <message>
            <source>&lt;b&gt;SMEs&lt;/b&gt;: register a business with New SME; GMS Desk tells you when it may be registered already. The services, training, online presence and inquiries of an SME are kept with it.</source>
            <translation>&lt;b&gt;SME&lt;/b&gt;: ลงทะเบียนกิจการด้วยปุ่ม “เพิ่ม SME” GMS Desk จะเตือนเมื่อกิจการนั้นอาจลงทะเบียนไว้แล้ว บริการ การฝึกอบรม การตลาดออนไลน์ และคำสอบถามของ SME จะเก็บไว้คู่กับ SME นั้น</translation>
        </message>
        <message>
            <source>&lt;b&gt;Training&lt;/b&gt;: plan a workshop, enrol its participants, mark attendance and progress, and print certificates. &lt;b&gt;Surveys&lt;/b&gt;: fill in a form for an SME; the answers are summed up for you. &lt;b&gt;Reports&lt;/b&gt;: the programme's figures for a period, to print or export.</source>
            <translation>&lt;b&gt;การฝึกอบรม&lt;/b&gt;: วางแผนเวิร์กช็อป ลงทะเบียนผู้เข้าอบรม บันทึกการเข้าอบรมและความคืบหน้า และพิมพ์ใบประกาศนียบัตร &lt;b&gt;แบบสำรวจ&lt;/b&gt;: กรอกแบบฟอร์มสำหรับ SME แล้วระบบจะสรุปคำตอบให้ &lt;b&gt;รายงาน&lt;/b&gt;: ตัวเลขของโครงการในช่วงเวลาที่เลือก สำหรับพิมพ์หรือส่งออก</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sync&lt;/b&gt;: enrol this computer once with the code headquarters gave you. Changes are then sent and received whenever there is a connection; without one, a sync bundle on a USB stick does the same.</source>
            <translation>&lt;b&gt;ซิงค์ข้อมูล&lt;/b&gt;: ลงทะเบียนเครื่องนี้ครั้งเดียวด้วยรหัสที่สำนักงานใหญ่ให้มา จากนั้นการเปลี่ยนแปลงจะถูกส่งและรับทุกครั้งที่เชื่อมต่อเครือข่ายได้ หากไม่มีเครือข่าย ใช้ไฟล์ซิงค์ข้อมูลในแฟลชไดรฟ์ USB แทนได้</translation>
        </message>
        <message>
            <source>In a form, Ctrl+S saves, Esc closes it without saving, and Tab moves to the next field. Ctrl+Z takes back the last change. &lt;b&gt;Settings&lt;/b&gt; holds the language, the text size, your name and the administrator role.</source>
            <translation>ในแบบฟอร์ม กด Ctrl+S เพื่อบันทึก กด Esc เพื่อปิดโดยไม่บันทึก และกด Tab เพื่อไปยังช่องถัดไป กด Ctrl+Z เพื่อย้อนการเปลี่ยนแปลงล่าสุด &lt;b&gt;การตั้งค่า&lt;/b&gt; มีภาษา ขนาดตัวอักษร ชื่อของท่าน และบทบาทผู้ดูแลระบบ</translation>
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
        <name>IctTimeline</name>
        <message>
            <source>ICT history</source>
            <translation>ประวัติการใช้ ICT</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>สิ่งที่เปลี่ยน</translation>
        </message>
        <message>
            <source>By</source>
            <translation>โดย</translation>
        </message>
        <message>
            <source>No changes recorded yet.</source>
            <translation>ยังไม่มีการบันทึกการเปลี่ยนแปลง</translation>
        </message>
        <message>
            <source>%1 ICT level: %2</source>
            <translation>%1 ระดับการใช้ ICT: %2</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>ลงทะเบียนในระบบ</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>ถูกลบ</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>ถูกกู้คืน</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>มี</translation>
        </message>
        <message>
            <source>no</source>
            <translation>ไม่มี</translation>
        </message>
        <message>
            <source>now %1</source>
            <translation>เปลี่ยนเป็น %1</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>ถูกลบ</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>ถูกกู้คืน</translation>
        </message>
        <message>
            <source>registered</source>
            <translation>ลงทะเบียนแล้ว</translation>
        </message>
        <message>
            <source>displaying products</source>
            <translation>แสดงสินค้า</translation>
        </message>
        <message>
            <source>inactive</source>
            <translation>ไม่ใช้งาน</translation>
        </message>
        <message>
            <source>Online presence</source>
            <translation>ช่องทางออนไลน์</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>The file's text encoding is not recognised. Save it as CSV UTF-8 and try again.</source>
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
            <source>The workbook unpacks to far more data than a spreadsheet of its size holds, so it was not opened. Open it in Excel or LibreOffice, save it as CSV UTF-8 and import that.</source>
            <translation>เมื่อแตกไฟล์ออก ไฟล์ Excel นี้มีข้อมูลมากกว่าที่ไฟล์ตารางขนาดนี้ควรมีหลายเท่า จึงไม่ได้เปิดไฟล์ กรุณาเปิดไฟล์ใน Excel หรือ LibreOffice บันทึกเป็น CSV UTF-8 แล้วนำเข้าไฟล์นั้น</translation>
        </message>
        <message>
            <source>The sheet has more rows than Excel allows in one sheet. Split it into smaller files and import each.</source>
            <translation>ชีตนี้มีจำนวนแถวมากกว่าที่ Excel รองรับได้ในหนึ่งชีต กรุณาแบ่งเป็นไฟล์ย่อย ๆ แล้วนำเข้าทีละไฟล์</translation>
        </message>
        <message>
            <source>The first row has too many columns to be a list of SMEs. Check that it is the right file.</source>
            <translation>แถวแรกมีคอลัมน์มากเกินกว่าจะเป็นรายชื่อ SME กรุณาตรวจสอบว่าเป็นไฟล์ที่ถูกต้อง</translation>
        </message>
        <message>
            <source>A line of the file is too long to be a row of a table. Check that it is a CSV file.</source>
            <translation>มีบรรทัดหนึ่งในไฟล์ยาวเกินกว่าจะเป็นแถวของตาราง กรุณาตรวจสอบว่าเป็นไฟล์ CSV</translation>
        </message>
        <message>
            <source>Part of the file is not in the same text encoding as the rest, so it cannot be read.</source>
            <translation>บางส่วนของไฟล์ใช้การเข้ารหัสอักขระต่างจากส่วนอื่น จึงไม่สามารถอ่านได้</translation>
        </message>
        <message>
            <source>Unicode (UTF-8)</source>
            <translation>ยูนิโค้ด (UTF-8)</translation>
        </message>
        <message>
            <source>Unicode (UTF-16)</source>
            <translation>ยูนิโค้ด (UTF-16)</translation>
        </message>
        <message>
            <source>Unicode (UTF-32)</source>
            <translation>ยูนิโค้ด (UTF-32)</translation>
        </message>
        <message>
            <source>Thai (Windows-874)</source>
            <translation>ภาษาไทย (Windows-874)</translation>
        </message>
        <message>
            <source>Vietnamese (Windows-1258)</source>
            <translation>ภาษาเวียดนาม (Windows-1258)</translation>
        </message>
        <message>
            <source>Chinese, simplified (GB18030)</source>
            <translation>ภาษาจีนตัวย่อ (GB18030)</translation>
        </message>
        <message>
            <source>Chinese, traditional (Big5)</source>
            <translation>ภาษาจีนตัวเต็ม (Big5)</translation>
        </message>
        <message>
            <source>The file's text can be read in more than one way. Choose the reading in which the names look right.</source>
            <translation>ข้อความในไฟล์นี้อ่านได้มากกว่าหนึ่งแบบ กรุณาเลือกแบบที่แสดงชื่อได้ถูกต้อง</translation>
        </message>
        <message>
            <source>The file has no rows.</source>
            <translation>ไฟล์นี้ไม่มีแถวข้อมูล</translation>
        </message>
        <message>
            <source>Reading the file was stopped.</source>
            <translation>หยุดการอ่านไฟล์แล้ว</translation>
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
            <source>Its text is read as %1.</source>
            <translation>อ่านข้อความในไฟล์เป็น %1</translation>
        </message>
        <message>
            <source>The file has column names but no rows below them. Choose another file.</source>
            <translation>ไฟล์นี้มีชื่อคอลัมน์แต่ไม่มีแถวข้อมูลด้านล่าง กรุณาเลือกไฟล์อื่น</translation>
        </message>
        <message>
            <source>The text of this file can be read in more than one way. Choose the reading in which the names look right; the file is then read that way.</source>
            <translation>ข้อความในไฟล์นี้อ่านได้มากกว่าหนึ่งแบบ กรุณาเลือกแบบที่แสดงชื่อได้ถูกต้อง แล้วระบบจะอ่านไฟล์ตามแบบนั้น</translation>
        </message>
        <message>
            <source>Read the file as %1</source>
            <translation>อ่านไฟล์เป็น %1</translation>
        </message>
        <message>
            <source>The first rows read as %1</source>
            <translation>แถวแรก ๆ เมื่ออ่านเป็น %1</translation>
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
            <source>The first %1 are listed; correct those and import again to see the rest.</source>
            <translation>แสดงเฉพาะ %1 แถวแรก กรุณาแก้ไขแถวเหล่านั้นแล้วนำเข้าอีกครั้งเพื่อดูแถวที่เหลือ</translation>
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
            <translation>ชีต</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>แถว</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>ระดับ</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>ปัญหา</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>ข้อผิดพลาด</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>คำเตือน</translation>
        </message>
    </context>
    <context>
        <name>Indicators</name>
        <message>
            <source>Evaluation: relevance</source>
            <translation>การประเมินผล: ความสอดคล้อง</translation>
        </message>
        <message>
            <source>Evaluation: efficiency</source>
            <translation>การประเมินผล: ประสิทธิภาพ</translation>
        </message>
        <message>
            <source>Evaluation: effectiveness</source>
            <translation>การประเมินผล: ประสิทธิผล</translation>
        </message>
        <message>
            <source>Evaluation: impact</source>
            <translation>การประเมินผล: ผลกระทบ</translation>
        </message>
        <message>
            <source>Evaluation: sustainability</source>
            <translation>การประเมินผล: ความยั่งยืน</translation>
        </message>
        <message>
            <source>Workshops held</source>
            <translation>จำนวนเวิร์กช็อปที่จัด</translation>
        </message>
        <message>
            <source>Training workshops marked running or done, counted in the period of their first day, where they took place.</source>
            <translation>เวิร์กช็อปฝึกอบรมที่มีสถานะ “กำลังจัด” หรือ “จัดแล้ว” โดยนับในช่วงเวลาที่มีวันแรกของเวิร์กช็อป และนับ ณ สถานที่ที่จัด</translation>
        </message>
        <message>
            <source>People trained</source>
            <translation>จำนวนผู้ผ่านการอบรม</translation>
        </message>
        <message>
            <source>People who completed at least one training module in the period, each counted once. A person is placed where their SME is; a person with no SME, where the first workshop they took part in was held.</source>
            <translation>บุคคลที่เรียนจบโมดูลการอบรมอย่างน้อยหนึ่งโมดูลในช่วงเวลานั้น โดยนับคนละหนึ่งครั้ง บุคคลจะถูกนับ ณ ที่ตั้งของ SME ที่สังกัด ส่วนบุคคลที่ไม่มี SME จะถูกนับ ณ สถานที่จัดเวิร์กช็อปแรกที่เข้าร่วม</translation>
        </message>
        <message>
            <source>People who completed their track</source>
            <translation>จำนวนผู้เรียนจบครบระดับหลักสูตร</translation>
        </message>
        <message>
            <source>People who completed every module of a workshop's track, counted in the period they completed the last one, each person once.</source>
            <translation>บุคคลที่เรียนจบทุกโมดูลในระดับหลักสูตรของเวิร์กช็อป โดยนับในช่วงเวลาที่เรียนจบโมดูลสุดท้าย และนับคนละหนึ่งครั้ง</translation>
        </message>
        <message>
            <source>SMEs with a person trained</source>
            <translation>จำนวน SME ที่มีบุคลากรผ่านการอบรม</translation>
        </message>
        <message>
            <source>SMEs with at least one person who completed a training module in the period.</source>
            <translation>SME ที่มีบุคลากรอย่างน้อยหนึ่งคนเรียนจบโมดูลการอบรมในช่วงเวลานั้น</translation>
        </message>
        <message>
            <source>Completion rate</source>
            <translation>อัตราการเรียนจบ</translation>
        </message>
        <message>
            <source>Of the people enrolled in the workshops held that started in the period, the share who completed every module of their workshop.</source>
            <translation>สัดส่วนของผู้ลงทะเบียนในเวิร์กช็อปที่จัดขึ้นและเริ่มในช่วงเวลานั้น ที่เรียนจบทุกโมดูลของเวิร์กช็อปที่ตนเข้าร่วม</translation>
        </message>
        <message>
            <source>Average score gain</source>
            <translation>คะแนนที่เพิ่มขึ้นเฉลี่ย</translation>
        </message>
        <message>
            <source>Post-test score minus pre-test score (points out of 100), averaged over the participants with both scores in the workshops held that started in the period.</source>
            <translation>คะแนนทดสอบหลังอบรมลบด้วยคะแนนทดสอบก่อนอบรม (คะแนนเต็ม 100) เฉลี่ยจากผู้เข้าอบรมที่มีคะแนนทั้งสองครั้งในเวิร์กช็อปที่จัดขึ้นและเริ่มในช่วงเวลานั้น</translation>
        </message>
        <message>
            <source>Awareness events held</source>
            <translation>จำนวนกิจกรรมสร้างความตระหนักรู้ที่จัด</translation>
        </message>
        <message>
            <source>Road shows, media campaigns, launches, consultations and seminars held in the period (by their first day).</source>
            <translation>โรดโชว์ การรณรงค์ผ่านสื่อ งานเปิดตัว การรับฟังความคิดเห็น และสัมมนา ที่จัดในช่วงเวลานั้น (นับตามวันแรกของกิจกรรม)</translation>
        </message>
        <message>
            <source>People reached by events</source>
            <translation>จำนวนผู้ที่กิจกรรมเข้าถึง</translation>
        </message>
        <message>
            <source>The audiences of the awareness events held in the period, added up, by sex as recorded.</source>
            <translation>ผลรวมจำนวนผู้เข้าร่วมกิจกรรมสร้างความตระหนักรู้ที่จัดในช่วงเวลานั้น แยกตามเพศตามที่บันทึกไว้</translation>
        </message>
        <message>
            <source>Agencies offering e-business services</source>
            <translation>จำนวนหน่วยงานที่ให้บริการด้านธุรกิจอิเล็กทรอนิกส์</translation>
        </message>
        <message>
            <source>Agencies of the network whose profile lists at least one e-business service, as of the end of the period.</source>
            <translation>หน่วยงานในเครือข่ายที่ข้อมูลของหน่วยงานระบุบริการด้านธุรกิจอิเล็กทรอนิกส์อย่างน้อยหนึ่งบริการ ณ วันสิ้นสุดช่วงเวลา</translation>
        </message>
        <message>
            <source>Agencies active</source>
            <translation>จำนวนหน่วยงานที่มีการดำเนินงาน</translation>
        </message>
        <message>
            <source>Agencies that recorded a service delivered, a workshop held or an awareness event in the period.</source>
            <translation>หน่วยงานที่บันทึกการให้บริการ การจัดเวิร์กช็อป หรือการจัดกิจกรรมสร้างความตระหนักรู้ในช่วงเวลานั้น</translation>
        </message>
        <message>
            <source>Services delivered</source>
            <translation>จำนวนบริการที่ให้</translation>
        </message>
        <message>
            <source>E-business services delivered to SMEs in the period.</source>
            <translation>บริการด้านธุรกิจอิเล็กทรอนิกส์ที่ให้แก่ SME ในช่วงเวลานั้น</translation>
        </message>
        <message>
            <source>SMEs served</source>
            <translation>จำนวน SME ที่ได้รับบริการ</translation>
        </message>
        <message>
            <source>SMEs that received at least one e-business service in the period.</source>
            <translation>SME ที่ได้รับบริการด้านธุรกิจอิเล็กทรอนิกส์อย่างน้อยหนึ่งครั้งในช่วงเวลานั้น</translation>
        </message>
        <message>
            <source>Fees collected</source>
            <translation>ค่าบริการที่เก็บได้</translation>
        </message>
        <message>
            <source>Fees paid for the services delivered in the period, by currency.</source>
            <translation>ค่าบริการที่ได้รับชำระแล้วสำหรับบริการที่ให้ในช่วงเวลานั้น แยกตามสกุลเงิน</translation>
        </message>
        <message>
            <source>Share of services paid</source>
            <translation>สัดส่วนบริการที่ได้รับชำระค่าบริการ</translation>
        </message>
        <message>
            <source>Of the services delivered in the period, the share with a fee that was paid (cost recovery).</source>
            <translation>สัดส่วนของบริการที่ให้ในช่วงเวลานั้นซึ่งมีค่าบริการและได้รับชำระแล้ว (การคืนทุน)</translation>
        </message>
        <message>
            <source>SMEs online</source>
            <translation>จำนวน SME ที่มีช่องทางออนไลน์</translation>
        </message>
        <message>
            <source>SMEs with a website, a social media page, an e-marketplace listing or online payment (ICT level 2 or 3) as of the end of the period: since the earliest of these they have now was set.</source>
            <translation>SME ที่มีเว็บไซต์ เพจโซเชียลมีเดีย รายการสินค้าบนตลาดออนไลน์ หรือการชำระเงินออนไลน์ (ระดับการใช้ ICT ระดับ 2 หรือ 3) ณ วันสิ้นสุดช่วงเวลา โดยนับตั้งแต่วันที่บันทึกรายการที่เก่าที่สุดในบรรดารายการที่ SME ยังมีอยู่</translation>
        </message>
        <message>
            <source>SMEs on e-marketplaces</source>
            <translation>จำนวน SME บนตลาดออนไลน์</translation>
        </message>
        <message>
            <source>SMEs selling on an e-marketplace or an agency portal, as of the end of the period.</source>
            <translation>SME ที่ขายสินค้าบนตลาดออนไลน์หรือพอร์ทัลของหน่วยงาน ณ วันสิ้นสุดช่วงเวลา</translation>
        </message>
        <message>
            <source>SMEs registered for e-procurement</source>
            <translation>จำนวน SME ที่ลงทะเบียนระบบจัดซื้อจัดจ้างทางอิเล็กทรอนิกส์</translation>
        </message>
        <message>
            <source>SMEs registered for e-procurement, as of the end of the period.</source>
            <translation>SME ที่ลงทะเบียนระบบจัดซื้อจัดจ้างทางอิเล็กทรอนิกส์ ณ วันสิ้นสุดช่วงเวลา</translation>
        </message>
        <message>
            <source>SMEs registered on a portal</source>
            <translation>จำนวน SME ที่ลงทะเบียนบนพอร์ทัล</translation>
        </message>
        <message>
            <source>SMEs registered on an agency portal (or displaying products there), as of the end of the period.</source>
            <translation>SME ที่ลงทะเบียนบนพอร์ทัลของหน่วยงาน (หรือแสดงสินค้าบนพอร์ทัลนั้น) ณ วันสิ้นสุดช่วงเวลา</translation>
        </message>
        <message>
            <source>SMEs displaying products on a portal</source>
            <translation>จำนวน SME ที่แสดงสินค้าบนพอร์ทัล</translation>
        </message>
        <message>
            <source>SMEs displaying products on an agency portal, as of the end of the period.</source>
            <translation>SME ที่แสดงสินค้าบนพอร์ทัลของหน่วยงาน ณ วันสิ้นสุดช่วงเวลา</translation>
        </message>
        <message>
            <source>Inquiries received</source>
            <translation>จำนวนคำสอบถามที่ได้รับ</translation>
        </message>
        <message>
            <source>Inquiries SMEs received in the period.</source>
            <translation>คำสอบถามที่ SME ได้รับในช่วงเวลานั้น</translation>
        </message>
        <message>
            <source>Inquiries from abroad</source>
            <translation>จำนวนคำสอบถามจากต่างประเทศ</translation>
        </message>
        <message>
            <source>Inquiries received in the period from another country than the SME's (for an SME of Yunnan, China is not abroad).</source>
            <translation>คำสอบถามที่ได้รับในช่วงเวลานั้นจากประเทศอื่นที่ไม่ใช่ประเทศของ SME (สำหรับ SME ในยูนนาน จีนไม่ถือเป็นต่างประเทศ)</translation>
        </message>
        <message>
            <source>Domestic inquiries</source>
            <translation>จำนวนคำสอบถามภายในประเทศ</translation>
        </message>
        <message>
            <source>Inquiries received in the period from the SME's own country.</source>
            <translation>คำสอบถามที่ได้รับในช่วงเวลานั้นจากประเทศเดียวกับ SME</translation>
        </message>
        <message>
            <source>Orders reported</source>
            <translation>จำนวนคำสั่งซื้อที่รายงาน</translation>
        </message>
        <message>
            <source>Inquiries received in the period that became an order.</source>
            <translation>คำสอบถามที่ได้รับในช่วงเวลานั้นซึ่งนำไปสู่คำสั่งซื้อ</translation>
        </message>
        <message>
            <source>Value of orders reported</source>
            <translation>มูลค่าคำสั่งซื้อที่รายงาน</translation>
        </message>
        <message>
            <source>The value of the orders from inquiries received in the period, by currency.</source>
            <translation>มูลค่าคำสั่งซื้อจากคำสอบถามที่ได้รับในช่วงเวลานั้น แยกตามสกุลเงิน</translation>
        </message>
        <message>
            <source>SMEs that moved up the ICT ladder</source>
            <translation>จำนวน SME ที่ยกระดับการใช้ ICT</translation>
        </message>
        <message>
            <source>SMEs whose ICT level (traditional, e-mail, web presence, e-business) at the end of the period was higher than at its start, or than when they were registered if that was later (without a start: than when they were registered).</source>
            <translation>SME ที่ระดับการใช้ ICT (แบบดั้งเดิม อีเมล มีตัวตนบนเว็บ ธุรกิจอิเล็กทรอนิกส์) ณ วันสิ้นสุดช่วงเวลาสูงกว่า ณ วันเริ่มต้นช่วงเวลา หรือสูงกว่าเมื่อลงทะเบียน หากลงทะเบียนหลังวันเริ่มต้น (หากช่วงเวลาไม่มีวันเริ่มต้น: สูงกว่าเมื่อลงทะเบียน)</translation>
        </message>
        <message>
            <source>The average rating (1 to 5) participants gave the workshop for this criterion in the workshop evaluation form, in the responses submitted in the period.</source>
            <translation>คะแนนเฉลี่ย (1 ถึง 5) ที่ผู้เข้าอบรมให้แก่เวิร์กช็อปในเกณฑ์นี้ในแบบประเมินเวิร์กช็อป จากชุดคำตอบที่ส่งในช่วงเวลานั้น</translation>
        </message>
        <message>
            <source>Choose what the indicator counts: survey responses or SMEs.</source>
            <translation>กรุณาเลือกสิ่งที่ตัวชี้วัดนับ: ชุดคำตอบแบบสำรวจ หรือ SME</translation>
        </message>
        <message>
            <source>Enter the id of the survey form.</source>
            <translation>กรุณากรอกรหัสแบบฟอร์มสำรวจ</translation>
        </message>
        <message>
            <source>Enter the question's name as the form has it, for example r_relevance.</source>
            <translation>กรุณากรอกชื่อคำถามตามที่ระบุในแบบฟอร์ม เช่น r_relevance</translation>
        </message>
        <message>
            <source>Enter one answer as the form stores it, for example yes.</source>
            <translation>กรุณากรอกคำตอบหนึ่งค่าตามที่แบบฟอร์มบันทึกไว้ เช่น yes</translation>
        </message>
        <message>
            <source>Pick the SMEs by one or more of their fields, for example sector = tourism.</source>
            <translation>กรุณาเลือก SME ตามข้อมูลของ SME อย่างน้อยหนึ่งรายการ เช่น sector = tourism</translation>
        </message>
        <message>
            <source>Use letters, digits, dots, dashes and underscores for the code.</source>
            <translation>รหัสใช้ได้เฉพาะตัวอักษร ตัวเลข จุด ขีด และขีดล่าง</translation>
        </message>
        <message>
            <source>Another indicator has this code.</source>
            <translation>มีตัวชี้วัดอื่นใช้รหัสนี้แล้ว</translation>
        </message>
    </context>
    <context>
        <name>InquiriesView</name>
        <message>
            <source>Abroad</source>
            <translation>ต่างประเทศ</translation>
        </message>
        <message>
            <source>Domestic</source>
            <translation>ในประเทศ</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>ไม่ทราบ</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>ทุกช่องทาง</translation>
        </message>
        <message>
            <source>All outcomes</source>
            <translation>ทุกผลลัพธ์</translation>
        </message>
        <message>
            <source>From anywhere</source>
            <translation>ทุกแหล่งที่มา</translation>
        </message>
        <message numerus="yes">
            <source>%Ln inquiry(ies)</source>
            <translation>
                <numerusform>คำสอบถาม %Ln รายการ</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 from abroad, %2 domestic, %3 not known</source>
            <translation>จากต่างประเทศ %1 ในประเทศ %2 ไม่ทราบ %3</translation>
        </message>
        <message numerus="yes">
            <source>%Ln order(s)</source>
            <translation>
                <numerusform>คำสั่งซื้อ %Ln รายการ</numerusform>
            </translation>
        </message>
        <message>
            <source>Abroad or domestic</source>
            <translation>ต่างประเทศหรือในประเทศ</translation>
        </message>
        <message>
            <source>Export inquiries</source>
            <translation>ส่งออกข้อมูลคำสอบถาม</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln inquiry(ies) to %1.</source>
            <translation>
                <numerusform>ส่งออกคำสอบถาม %Ln รายการไปที่ %1 แล้ว</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InquiryDialog</name>
        <message>
            <source>Inquiry received</source>
            <translation>คำสอบถามที่ได้รับ</translation>
        </message>
        <message>
            <source>Edit inquiry</source>
            <translation>แก้ไขคำสอบถาม</translation>
        </message>
        <message>
            <source>Type to search, e.g. Japan</source>
            <translation>พิมพ์เพื่อค้นหา เช่น ญี่ปุ่น</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>เลือก…</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>ไม่ทราบ</translation>
        </message>
        <message>
            <source>Service: %1</source>
            <translation>บริการ: %1</translation>
        </message>
        <message>
            <source>Deleted since</source>
            <translation>ถูกลบไปแล้ว</translation>
        </message>
        <message>
            <source>Not known yet</source>
            <translation>ยังไม่ทราบ</translation>
        </message>
        <message>
            <source>When it led to an order</source>
            <translation>เมื่อนำไปสู่คำสั่งซื้อ</translation>
        </message>
        <message>
            <source>Received on:</source>
            <translation>วันที่ได้รับ:</translation>
        </message>
        <message>
            <source>Channel:</source>
            <translation>ช่องทาง:</translation>
        </message>
        <message>
            <source>From country:</source>
            <translation>จากประเทศ:</translation>
        </message>
        <message>
            <source>Through:</source>
            <translation>ผ่านทาง:</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>ผลลัพธ์:</translation>
        </message>
        <message>
            <source>Order value:</source>
            <translation>มูลค่าคำสั่งซื้อ:</translation>
        </message>
        <message>
            <source>Staff:</source>
            <translation>เจ้าหน้าที่:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>หมายเหตุ:</translation>
        </message>
    </context>
    <context>
        <name>LabelMedia</name>
        <message>
            <source>Play the recording</source>
            <translation>เล่นเสียงบันทึก</translation>
        </message>
        <message>
            <source>Play the video</source>
            <translation>เล่นวิดีโอ</translation>
        </message>
        <message>
            <source>%1 did not come with the form, so it cannot be played.</source>
            <translation>%1 ไม่ได้มาพร้อมกับแบบฟอร์ม จึงเล่นไม่ได้</translation>
        </message>
        <message>
            <source>%1 could not be made ready to play: %2</source>
            <translation>เตรียม %1 สำหรับเล่นไม่ได้: %2</translation>
        </message>
        <message>
            <source>No program on this computer plays %1.</source>
            <translation>ไม่มีโปรแกรมในเครื่องนี้ที่เล่น %1 ได้</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>%1 (no. %2)</source>
            <translation>%1 (ครั้งที่ %2)</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 ไบต์</translation>
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
            <translation>ข้อมูลตัวอย่าง</translation>
        </message>
        <message>
            <source>someone (no name given)</source>
            <translation>ผู้ใช้ (ไม่ได้ระบุชื่อ)</translation>
        </message>
    </context>
    <context>
        <name>LadderStrip</name>
        <message>
            <source>ICT level, %1 to %2: %3</source>
            <translation>ระดับการใช้ ICT ตั้งแต่ %1 ถึง %2: %3</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Welcome to GMS Desk</source>
            <translation>ยินดีต้อนรับสู่ GMS Desk</translation>
        </message>
        <message>
            <source>Choose the language GMS Desk speaks. You can change it later in Settings.</source>
            <translation>เลือกภาษาที่ GMS Desk จะใช้แสดงผล ท่านเปลี่ยนได้ภายหลังในหน้าการตั้งค่า</translation>
        </message>
    </context>
    <context>
        <name>LanguagesDialog</name>
        <message>
            <source>Languages</source>
            <translation>ภาษา</translation>
        </message>
        <message>
            <source>Search languages</source>
            <translation>ค้นหาภาษา</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>ตกลง</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
    </context>
    <context>
        <name>LanguagesField</name>
        <message>
            <source>None chosen</source>
            <translation>ยังไม่ได้เลือก</translation>
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
            <source>Network</source>
            <translation>เครือข่าย</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>รายงาน</translation>
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
            <source>Go to %1</source>
            <translation>ไปที่ %1</translation>
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
        <name>MapDialog</name>
        <message>
            <source>Map</source>
            <translation>แผนที่</translation>
        </message>
        <message>
            <source>Zoom in (+)</source>
            <translation>ขยาย (+)</translation>
        </message>
        <message>
            <source>The answer on the map. Drag to move the map; turn the mouse wheel or press + and - to zoom.</source>
            <translation>คำตอบบนแผนที่ ลากเพื่อเลื่อนแผนที่ หมุนล้อเมาส์หรือกด + และ - เพื่อย่อ/ขยาย</translation>
        </message>
        <message>
            <source>Click the place to put the point there (or press Space for the cross in the middle). Drag to move the map; turn the mouse wheel or press + and - to zoom.</source>
            <translation>คลิกที่ตำแหน่งเพื่อวางจุด (หรือกด Space เพื่อใช้กากบาทตรงกลาง) ลากเพื่อเลื่อนแผนที่ หมุนล้อเมาส์หรือกด + และ - เพื่อย่อ/ขยาย</translation>
        </message>
        <message>
            <source>Click each corner of the shape in turn (or press Space for the cross in the middle); the shape closes by itself. Backspace removes the last corner. Drag to move the map; the mouse wheel or + and - zoom.</source>
            <translation>คลิกที่มุมของรูปทีละมุม (หรือกด Space เพื่อใช้กากบาทตรงกลาง) รูปจะปิดเองโดยอัตโนมัติ กด Backspace เพื่อลบมุมล่าสุด ลากเพื่อเลื่อนแผนที่ ใช้ล้อเมาส์หรือ + และ - เพื่อย่อ/ขยาย</translation>
        </message>
        <message>
            <source>Click each point of the line in turn (or press Space for the cross in the middle). Backspace removes the last point. Drag to move the map; the mouse wheel or + and - zoom.</source>
            <translation>คลิกที่จุดของเส้นทีละจุด (หรือกด Space เพื่อใช้กากบาทตรงกลาง) กด Backspace เพื่อลบจุดล่าสุด ลากเพื่อเลื่อนแผนที่ ใช้ล้อเมาส์หรือ + และ - เพื่อย่อ/ขยาย</translation>
        </message>
        <message>
            <source>Zoom out (-)</source>
            <translation>ย่อ (-)</translation>
        </message>
        <message>
            <source>Choose map tiles…</source>
            <translation>เลือกไฟล์แผนที่…</translation>
        </message>
        <message>
            <source>An MBTiles file…</source>
            <translation>ไฟล์ MBTiles…</translation>
        </message>
        <message>
            <source>A folder of tiles (zoom/x/y.png)…</source>
            <translation>โฟลเดอร์ไทล์แผนที่ (zoom/x/y.png)…</translation>
        </message>
        <message>
            <source>Remove last point</source>
            <translation>ลบจุดล่าสุด</translation>
        </message>
        <message>
            <source>Remove the point</source>
            <translation>ลบจุด</translation>
        </message>
        <message>
            <source>Remove all</source>
            <translation>ลบทั้งหมด</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ปิด</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>ตกลง</translation>
        </message>
        <message>
            <source>Use this answer (Ctrl+Enter)</source>
            <translation>ใช้คำตอบนี้ (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>No map tiles are set up on this laptop, so no map can be shown. Choose map tiles kept on this laptop: an MBTiles file, or a folder of tiles (zoom/x/y.png). You can also close this and type the location.</source>
            <translation>ยังไม่ได้ตั้งค่าไทล์แผนที่ในเครื่องนี้ จึงแสดงแผนที่ไม่ได้ กรุณาเลือกไทล์แผนที่ที่เก็บไว้ในเครื่องนี้ ได้แก่ ไฟล์ MBTiles หรือโฟลเดอร์ไทล์ (zoom/x/y.png) หรือจะปิดหน้าต่างนี้แล้วพิมพ์ตำแหน่งเองก็ได้</translation>
        </message>
        <message>
            <source>The map tiles chosen for this laptop (%1) are no longer there. Choose map tiles again, or close this and type the location.</source>
            <translation>ไม่พบไทล์แผนที่ที่เลือกไว้สำหรับเครื่องนี้ (%1) แล้ว กรุณาเลือกไทล์แผนที่อีกครั้ง หรือปิดหน้าต่างนี้แล้วพิมพ์ตำแหน่งเอง</translation>
        </message>
        <message>
            <source>%1 holds vector tiles, which GMS Desk cannot draw. Choose raster tiles (PNG or JPEG pictures) instead.</source>
            <translation>%1 เป็นไทล์แบบเวกเตอร์ ซึ่ง GMS Desk แสดงไม่ได้ กรุณาเลือกไทล์แบบราสเตอร์ (รูปภาพ PNG หรือ JPEG) แทน</translation>
        </message>
        <message>
            <source>%1 holds no map tiles. Choose an MBTiles file or a folder of tiles (zoom/x/y.png).</source>
            <translation>%1 ไม่มีไทล์แผนที่ กรุณาเลือกไฟล์ MBTiles หรือโฟลเดอร์ไทล์ (zoom/x/y.png)</translation>
        </message>
        <message>
            <source>%1 cannot be read as map tiles. Choose an MBTiles file or a folder of tiles (zoom/x/y.png).</source>
            <translation>อ่าน %1 เป็นไทล์แผนที่ไม่ได้ กรุณาเลือกไฟล์ MBTiles หรือโฟลเดอร์ไทล์ (zoom/x/y.png)</translation>
        </message>
        <message>
            <source>These map tiles could not be remembered for next time.</source>
            <translation>จดจำไทล์แผนที่เหล่านี้ไว้ใช้ครั้งหน้าไม่ได้</translation>
        </message>
        <message>
            <source>Choose map tiles</source>
            <translation>เลือกไทล์แผนที่</translation>
        </message>
        <message>
            <source>Map tiles (*.mbtiles);;All files (*)</source>
            <translation>ไทล์แผนที่ (*.mbtiles);;ไฟล์ทั้งหมด (*)</translation>
        </message>
        <message>
            <source>Choose a folder of map tiles</source>
            <translation>เลือกโฟลเดอร์ไทล์แผนที่</translation>
        </message>
        <message>
            <source>A line needs at least two points.</source>
            <translation>เส้นต้องมีอย่างน้อยสองจุด</translation>
        </message>
        <message>
            <source>A shape needs at least three points.</source>
            <translation>รูปต้องมีอย่างน้อยสามจุด</translation>
        </message>
        <message>
            <source>Latitude %1, longitude %2</source>
            <translation>ละติจูด %1 ลองจิจูด %2</translation>
        </message>
        <message>
            <source>No point yet.</source>
            <translation>ยังไม่มีจุด</translation>
        </message>
        <message>
            <source>Points: %1</source>
            <translation>จำนวนจุด: %1</translation>
        </message>
        <message>
            <source>No points yet.</source>
            <translation>ยังไม่มีจุด</translation>
        </message>
        <message>
            <source>Map…</source>
            <translation>แผนที่…</translation>
        </message>
        <message>
            <source>Pick the place on a map kept on this laptop (no internet needed)</source>
            <translation>เลือกตำแหน่งบนแผนที่ที่เก็บไว้ในเครื่องนี้ (ไม่ต้องใช้อินเทอร์เน็ต)</translation>
        </message>
    </context>
    <context>
        <name>MediaWidget</name>
        <message>
            <source>Choose a photo…</source>
            <translation>เลือกรูปภาพ…</translation>
        </message>
        <message>
            <source>Choose a file…</source>
            <translation>เลือกไฟล์…</translation>
        </message>
        <message>
            <source>Take a photo…</source>
            <translation>ถ่ายรูป…</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>เล่น</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>เปิด</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>ลบออก</translation>
        </message>
        <message>
            <source>No file yet.</source>
            <translation>ยังไม่มีไฟล์</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>ไม่มีรูปภาพ</translation>
        </message>
        <message>
            <source>Not on this laptop: it is fetched from headquarters when you open it.</source>
            <translation>ไม่มีในเครื่องนี้: จะดึงมาจากสำนักงานใหญ่เมื่อท่านเปิด</translation>
        </message>
        <message>
            <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</source>
            <translation>รูปภาพ (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</translation>
        </message>
        <message>
            <source>Recordings (*.m4a *.mp3 *.wav *.ogg *.opus *.amr *.aac *.3gp)</source>
            <translation>เสียงบันทึก (*.m4a *.mp3 *.wav *.ogg *.opus *.amr *.aac *.3gp)</translation>
        </message>
        <message>
            <source>Videos (*.mp4 *.mov *.avi *.mkv *.webm *.3gp)</source>
            <translation>วิดีโอ (*.mp4 *.mov *.avi *.mkv *.webm *.3gp)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>ไฟล์ทั้งหมด (*)</translation>
        </message>
        <message>
            <source>Files can be attached only to a response being filled in.</source>
            <translation>แนบไฟล์ได้เฉพาะกับชุดคำตอบที่กำลังกรอกอยู่เท่านั้น</translation>
        </message>
        <message>
            <source>The file could not be read: %1</source>
            <translation>อ่านไฟล์ไม่ได้: %1</translation>
        </message>
        <message>
            <source>Fetching the file</source>
            <translation>กำลังดึงไฟล์</translation>
        </message>
    </context>
    <context>
        <name>Network</name>
        <message>
            <source>Whole programme</source>
            <translation>ทั้งโครงการ</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>ประเทศ/ภูมิภาค</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>จังหวัด</translation>
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
            <translation>ค้นหาหน่วยงาน จังหวัด ภาษา (เช่น ญี่ปุ่น) บริการ…</translation>
        </message>
        <message>
            <source>Type a language's name, such as Japanese, to find who translates into it; Enter or Down goes to the list.</source>
            <translation>พิมพ์ชื่อภาษา เช่น ญี่ปุ่น เพื่อหาผู้ที่แปลเป็นภาษานั้นได้ กด Enter หรือ ↓ เพื่อไปที่รายการ</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>แก้ไข…</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>ค้นหา</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>เลิกทำ</translation>
        </message>
        <message>
            <source>E-business support network</source>
            <translation>เครือข่ายสนับสนุนธุรกิจอิเล็กทรอนิกส์</translation>
        </message>
        <message>
            <source>Published by headquarters</source>
            <translation>เผยแพร่โดยสำนักงานใหญ่</translation>
        </message>
        <message>
            <source>Edit this agency's profile (Ctrl+E)</source>
            <translation>แก้ไขข้อมูลของหน่วยงานนี้ (Ctrl+E)</translation>
        </message>
        <message numerus="yes">
            <source>%n agency(ies)</source>
            <translation>
                <numerusform>หน่วยงาน %n แห่ง</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 agencies</source>
            <translation>หน่วยงาน %1 จาก %2 แห่ง</translation>
        </message>
        <message>
            <source>No agency matches “%1”.</source>
            <translation>ไม่พบหน่วยงานที่ตรงกับ “%1”</translation>
        </message>
        <message>
            <source>No agencies yet. Headquarters publishes the support network; it arrives with the next sync.</source>
            <translation>ยังไม่มีหน่วยงาน สำนักงานใหญ่เป็นผู้เผยแพร่เครือข่ายสนับสนุน ข้อมูลจะมาพร้อมการซิงค์ข้อมูลครั้งถัดไป</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>การติดต่อ</translation>
        </message>
        <message>
            <source>None listed yet.</source>
            <translation>ยังไม่มีรายการบริการ</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>บริการ</translation>
        </message>
        <message>
            <source>Indicative fee</source>
            <translation>ค่าบริการโดยประมาณ</translation>
        </message>
        <message>
            <source>Language pairs</source>
            <translation>คู่ภาษา</translation>
        </message>
        <message>
            <source>edit %1</source>
            <translation>แก้ไข %1</translation>
        </message>
        <message>
            <source>Saved “%1”.</source>
            <translation>บันทึก “%1” แล้ว</translation>
        </message>
    </context>
    <context>
        <name>NewResponseDialog</name>
        <message>
            <source>This laptop's agency</source>
            <translation>หน่วยงานของเครื่องนี้</translation>
        </message>
        <message>
            <source>New response</source>
            <translation>ชุดคำตอบใหม่</translation>
        </message>
        <message>
            <source>An SME</source>
            <translation>SME</translation>
        </message>
        <message>
            <source>A workshop</source>
            <translation>เวิร์กช็อป</translation>
        </message>
        <message>
            <source>An agency</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <source>Type a name or phone number to find the SME</source>
            <translation>พิมพ์ชื่อหรือเบอร์โทรศัพท์เพื่อค้นหา SME</translation>
        </message>
        <message>
            <source>No workshop</source>
            <translation>ไม่ระบุเวิร์กช็อป</translation>
        </message>
        <message>
            <source>Form:</source>
            <translation>แบบฟอร์ม:</translation>
        </message>
        <message>
            <source>About:</source>
            <translation>เกี่ยวกับ:</translation>
        </message>
        <message>
            <source>SME (optional):</source>
            <translation>SME (ไม่บังคับ):</translation>
        </message>
        <message>
            <source>Agency:</source>
            <translation>หน่วยงาน:</translation>
        </message>
        <message>
            <source>Workshop (optional):</source>
            <translation>เวิร์กช็อป (ไม่บังคับ):</translation>
        </message>
        <message>
            <source>No workshops recorded yet</source>
            <translation>ยังไม่มีเวิร์กช็อปที่บันทึกไว้</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>เริ่ม</translation>
        </message>
        <message>
            <source>Start (Ctrl+Enter)</source>
            <translation>เริ่ม (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>— no SME —</source>
            <translation>— ไม่ระบุ SME —</translation>
        </message>
        <message>
            <source>Type a name or phone number above to find the SME.</source>
            <translation>พิมพ์ชื่อหรือหมายเลขโทรศัพท์ด้านบนเพื่อค้นหา SME</translation>
        </message>
    </context>
    <context>
        <name>PairsDialog</name>
        <message>
            <source>Language pairs</source>
            <translation>คู่ภาษา</translation>
        </message>
        <message>
            <source>From</source>
            <translation>จาก</translation>
        </message>
        <message>
            <source>Into</source>
            <translation>เป็น</translation>
        </message>
        <message>
            <source>Add pair</source>
            <translation>เพิ่มคู่ภาษา</translation>
        </message>
        <message>
            <source>Remove pair</source>
            <translation>ลบคู่ภาษา</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>ตกลง</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>Choose two different languages from the lists.</source>
            <translation>กรุณาเลือกสองภาษาที่ต่างกันจากรายการ</translation>
        </message>
    </context>
    <context>
        <name>PairsField</name>
        <message>
            <source>No language pairs</source>
            <translation>ไม่มีคู่ภาษา</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Passphrase</source>
            <translation>รหัสผ่าน</translation>
        </message>
        <message>
            <source>To encrypt the copy, give it a passphrase; without the passphrase nobody can read it, you included. Leave both empty for a copy that is not encrypted.</source>
            <translation>หากต้องการเข้ารหัสสำเนานี้ กรุณากำหนดรหัสผ่าน หากลืมรหัสผ่าน จะไม่มีใครเปิดอ่านได้ แม้แต่ตัวท่านเอง เว้นว่างทั้งสองช่องหากไม่ต้องการเข้ารหัส</translation>
        </message>
        <message>
            <source>This backup is encrypted. Enter its passphrase.</source>
            <translation>ข้อมูลสำรองนี้เข้ารหัสไว้ กรุณากรอกรหัสผ่าน</translation>
        </message>
        <message>
            <source>Again</source>
            <translation>พิมพ์อีกครั้ง</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>รหัสผ่านทั้งสองช่องไม่ตรงกัน</translation>
        </message>
        <message>
            <source>Enter the passphrase.</source>
            <translation>กรุณากรอกรหัสผ่าน</translation>
        </message>
    </context>
    <context>
        <name>Pickers</name>
        <message>
            <source>Choose…</source>
            <translation>เลือก…</translation>
        </message>
    </context>
    <context>
        <name>PivotModel</name>
        <message>
            <source>Value</source>
            <translation>ค่า</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>รวม</translation>
        </message>
    </context>
    <context>
        <name>PlaceChoice</name>
        <message>
            <source>Choose…</source>
            <translation>เลือก…</translation>
        </message>
        <message>
            <source>Type or choose a province</source>
            <translation>พิมพ์หรือเลือกจังหวัด</translation>
        </message>
    </context>
    <context>
        <name>Presence</name>
        <message>
            <source>Own website</source>
            <translation>เว็บไซต์ของตนเอง</translation>
        </message>
        <message>
            <source>Agency portal</source>
            <translation>พอร์ทัลของหน่วยงาน</translation>
        </message>
        <message>
            <source>E-marketplace</source>
            <translation>ตลาดออนไลน์</translation>
        </message>
        <message>
            <source>Social media page</source>
            <translation>เพจโซเชียลมีเดีย</translation>
        </message>
        <message>
            <source>E-procurement registration</source>
            <translation>การลงทะเบียนระบบจัดซื้อจัดจ้างทางอิเล็กทรอนิกส์</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>ลงทะเบียนแล้ว</translation>
        </message>
        <message>
            <source>Displaying products</source>
            <translation>แสดงสินค้า</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>ไม่ใช้งาน</translation>
        </message>
    </context>
    <context>
        <name>PresenceDialog</name>
        <message>
            <source>Edit online presence</source>
            <translation>แก้ไขช่องทางออนไลน์</translation>
        </message>
        <message>
            <source>Online presence</source>
            <translation>ช่องทางออนไลน์</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>เลือก…</translation>
        </message>
        <message>
            <source>e.g. the provincial trade portal</source>
            <translation>เช่น พอร์ทัลการค้าของจังหวัด</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>ไม่ทราบ</translation>
        </message>
        <message>
            <source>None</source>
            <translation>ไม่มี</translation>
        </message>
        <message>
            <source>since</source>
            <translation>ตั้งแต่</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>ประเภท:</translation>
        </message>
        <message>
            <source>Portal or marketplace:</source>
            <translation>พอร์ทัลหรือตลาดออนไลน์:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>ที่อยู่เว็บ:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>สถานะ:</translation>
        </message>
        <message>
            <source>Products displayed:</source>
            <translation>จำนวนสินค้าที่แสดง:</translation>
        </message>
        <message>
            <source>Set up by service:</source>
            <translation>จัดทำผ่านบริการ:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>หมายเหตุ:</translation>
        </message>
    </context>
    <context>
        <name>PrintNames</name>
        <message>
            <source>Characters that cannot be printed</source>
            <translation>ตัวอักษรที่พิมพ์ไม่ได้</translation>
        </message>
        <message>
            <source>No font of the PDF has these characters, so they would print as empty boxes: %1

They are in the names of: %2</source>
            <translation>ไม่มีฟอนต์ใดของ PDF ที่มีตัวอักษรเหล่านี้ จึงจะพิมพ์ออกมาเป็นกล่องว่าง: %1

อยู่ในชื่อของ: %2</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>ดำเนินการต่อ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
    </context>
    <context>
        <name>ProgressModel</name>
        <message>
            <source>Moved back by %1</source>
            <translation>ย้อนสถานะโดย %1</translation>
        </message>
        <message>
            <source>A score is a number from 0 to 100.</source>
            <translation>คะแนนต้องเป็นตัวเลขตั้งแต่ 0 ถึง 100</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>ผู้เข้าอบรม</translation>
        </message>
        <message>
            <source>Pre-test</source>
            <translation>ทดสอบก่อนอบรม</translation>
        </message>
        <message>
            <source>Post-test</source>
            <translation>ทดสอบหลังอบรม</translation>
        </message>
    </context>
    <context>
        <name>ProgressView</name>
        <message>
            <source>Next step (Space)</source>
            <translation>ขั้นถัดไป (Space)</translation>
        </message>
        <message>
            <source>Complete module for all selected</source>
            <translation>บันทึกว่าเรียนจบทุกช่องที่เลือก</translation>
        </message>
        <message>
            <source>Move back…</source>
            <translation>ย้อนสถานะ…</translation>
        </message>
        <message>
            <source>Move one cell's progress back; needs a reason and is recorded</source>
            <translation>ย้อนความคืบหน้าของช่องที่เลือกหนึ่งช่อง ต้องระบุเหตุผลและจะถูกบันทึกไว้</translation>
        </message>
        <message>
            <source>Modules: %1</source>
            <translation>โมดูล: %1</translation>
        </message>
        <message>
            <source>◐ in progress   ✔ completed   ↺ moved back by an administrator. Space moves the selected cells one step forward; type a score in the test columns.</source>
            <translation>◐ กำลังเรียน   ✔ เรียนจบแล้ว   ↺ ผู้ดูแลระบบย้อนสถานะ   กด Space เพื่อเลื่อนช่องที่เลือกไปข้างหน้าหนึ่งขั้น พิมพ์คะแนนในคอลัมน์ทดสอบ</translation>
        </message>
        <message>
            <source>Select module cells first.</source>
            <translation>กรุณาเลือกช่องโมดูลก่อน</translation>
        </message>
        <message>
            <source>Select the module cell to move back first.</source>
            <translation>กรุณาเลือกช่องโมดูลที่จะย้อนสถานะก่อน</translation>
        </message>
        <message>
            <source>Progress only moves forward. To correct a mistake, use “Move back…”: it asks for a reason and records who did it.</source>
            <translation>ความคืบหน้าเลื่อนไปข้างหน้าได้เท่านั้น หากต้องการแก้ไขข้อผิดพลาด ให้ใช้ “ย้อนสถานะ…” ซึ่งจะถามเหตุผลและบันทึกว่าใครเป็นผู้ย้อน</translation>
        </message>
    </context>
    <context>
        <name>RankModel</name>
        <message>
            <source>Rank</source>
            <translation>อันดับ</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>ผลจริง</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>เป้าหมาย</translation>
        </message>
        <message>
            <source>Against target</source>
            <translation>เทียบกับเป้าหมาย</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>Agency</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>สาขาธุรกิจ</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>SME</translation>
        </message>
        <message>
            <source>Training module</source>
            <translation>โมดูลการอบรม</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>เวิร์กช็อป</translation>
        </message>
        <message>
            <source>Workshop day</source>
            <translation>วันอบรม</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>บุคคล</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>ผู้เข้าอบรม</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>การเข้าอบรม</translation>
        </message>
        <message>
            <source>Module progress</source>
            <translation>ความคืบหน้าโมดูล</translation>
        </message>
        <message>
            <source>E-business service</source>
            <translation>บริการด้านธุรกิจอิเล็กทรอนิกส์</translation>
        </message>
        <message>
            <source>Inquiry</source>
            <translation>คำสอบถาม</translation>
        </message>
        <message>
            <source>Online presence</source>
            <translation>ช่องทางออนไลน์</translation>
        </message>
        <message>
            <source>Awareness event</source>
            <translation>กิจกรรมสร้างความตระหนักรู้</translation>
        </message>
        <message>
            <source>Survey form</source>
            <translation>แบบสำรวจ</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>ตัวชี้วัด</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>เป้าหมาย</translation>
        </message>
        <message>
            <source>Survey response</source>
            <translation>ชุดคำตอบแบบสำรวจ</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>ข้อมูลขัดแย้ง</translation>
        </message>
    </context>
    <context>
        <name>RepeatBlock</name>
        <message>
            <source>Add another</source>
            <translation>เพิ่มอีก</translation>
        </message>
        <message>
            <source>None yet. Press “Add another” to add one.</source>
            <translation>ยังไม่มีรายการ กด “เพิ่มอีก” เพื่อเพิ่ม</translation>
        </message>
        <message>
            <source>%1 — no. %2</source>
            <translation>%1 — ลำดับที่ %2</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <source>Remove %1 — no. %2 and its answers?</source>
            <translation>ลบ %1 — ลำดับที่ %2 พร้อมคำตอบในรายการนี้หรือไม่</translation>
        </message>
    </context>
    <context>
        <name>ReportFilters</name>
        <message>
            <source>Kind of period</source>
            <translation>ประเภทช่วงเวลา</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>ปี</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>ไตรมาส</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>เดือน</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>ช่วงวันที่</translation>
        </message>
        <message>
            <source>Quarter or month</source>
            <translation>ไตรมาสหรือเดือน</translation>
        </message>
        <message>
            <source>From</source>
            <translation>ตั้งแต่วันที่</translation>
        </message>
        <message>
            <source>To</source>
            <translation>ถึงวันที่</translation>
        </message>
        <message>
            <source>All economies</source>
            <translation>ทุกประเทศ/ภูมิภาค</translation>
        </message>
        <message>
            <source>All provinces</source>
            <translation>ทุกจังหวัด</translation>
        </message>
        <message>
            <source>All agencies</source>
            <translation>ทุกหน่วยงาน</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <source>All sectors</source>
            <translation>ทุกสาขาธุรกิจ</translation>
        </message>
        <message>
            <source>Women and men</source>
            <translation>หญิงและชาย</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>เพศ</translation>
        </message>
        <message>
            <source>Counts people of one sex, for the indicators that count people by sex; the others show that they are not counted by sex.</source>
            <translation>นับเฉพาะบุคคลเพศใดเพศหนึ่ง สำหรับตัวชี้วัดที่นับบุคคลแยกตามเพศ ส่วนตัวชี้วัดอื่นจะแสดงว่าไม่ได้นับแยกตามเพศ</translation>
        </message>
        <message>
            <source>Q%1</source>
            <translation>ไตรมาส %1</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Awareness-raising and training</source>
            <translation>การสร้างความตระหนักรู้และการฝึกอบรม</translation>
        </message>
        <message>
            <source>E-business support network</source>
            <translation>เครือข่ายสนับสนุนธุรกิจอิเล็กทรอนิกส์</translation>
        </message>
        <message>
            <source>E-marketplaces and e-procurement</source>
            <translation>ตลาดออนไลน์และการจัดซื้อจัดจ้างทางอิเล็กทรอนิกส์</translation>
        </message>
        <message>
            <source>From surveys</source>
            <translation>จากแบบสำรวจ</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>แนวโน้ม</translation>
        </message>
        <message>
            <source>Record id</source>
            <translation>รหัสระเบียน</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>ประเทศ/ภูมิภาค</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>เพศ</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>SME</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>เวิร์กช็อป</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>ผู้เข้าร่วม</translation>
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
            <source>Province</source>
            <translation>จังหวัด</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>สาขาธุรกิจ</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>ระดับหลักสูตร</translation>
        </message>
        <message>
            <source>Type of service</source>
            <translation>ประเภทบริการ</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>ช่องทาง</translation>
        </message>
        <message>
            <source>Kind of event</source>
            <translation>ประเภทกิจกรรม</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>ไม่ได้บันทึก</translation>
        </message>
        <message>
            <source>Q%1 %2</source>
            <translation>ไตรมาส %1/%2</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 จาก %2</translation>
        </message>
        <message>
            <source>Target met</source>
            <translation>บรรลุเป้าหมาย</translation>
        </message>
        <message>
            <source>Near target</source>
            <translation>ใกล้ถึงเป้าหมาย</translation>
        </message>
        <message>
            <source>Behind target</source>
            <translation>ต่ำกว่าเป้าหมาย</translation>
        </message>
        <message>
            <source>No target</source>
            <translation>ไม่มีเป้าหมาย</translation>
        </message>
    </context>
    <context>
        <name>ReportsArea</name>
        <message>
            <source>Dashboard</source>
            <translation>แดชบอร์ด</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>จำแนกข้อมูล</translation>
        </message>
        <message>
            <source>Benchmarking</source>
            <translation>เปรียบเทียบ</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>เป้าหมาย</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>Report pack…</source>
            <translation>ชุดรายงาน…</translation>
        </message>
        <message>
            <source>These figures for headquarters and donors: a PDF and an XLSX workbook, in the language you choose</source>
            <translation>ตัวเลขชุดนี้สำหรับสำนักงานใหญ่และผู้ให้ทุน: ไฟล์ PDF และไฟล์ Excel (XLSX) ในภาษาที่ท่านเลือก</translation>
        </message>
        <message>
            <source>Compute again</source>
            <translation>คำนวณใหม่</translation>
        </message>
        <message>
            <source>Indicators against targets</source>
            <translation>ตัวชี้วัดเทียบกับเป้าหมาย</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>กำลังคำนวณ…</translation>
        </message>
        <message>
            <source>Stopped. Press F5 to compute again.</source>
            <translation>หยุดแล้ว กด F5 เพื่อคำนวณใหม่</translation>
        </message>
        <message>
            <source>The figures could not be computed.</source>
            <translation>ไม่สามารถคำนวณตัวเลขได้</translation>
        </message>
        <message>
            <source>Report pack</source>
            <translation>ชุดรายงาน</translation>
        </message>
        <message>
            <source>Language of the pack:</source>
            <translation>ภาษาของชุดรายงาน:</translation>
        </message>
        <message>
            <source>Indicators against targets %1.pdf</source>
            <translation>ตัวชี้วัดเทียบกับเป้าหมาย %1.pdf</translation>
        </message>
        <message>
            <source>Save the report pack</source>
            <translation>บันทึกชุดรายงาน</translation>
        </message>
        <message>
            <source>PDF file (*.pdf)</source>
            <translation>ไฟล์ PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Making the report pack…</source>
            <translation>กำลังสร้างชุดรายงาน…</translation>
        </message>
        <message>
            <source>The report pack was cancelled; no file was left half written.</source>
            <translation>ยกเลิกการสร้างชุดรายงานแล้ว ไม่มีไฟล์ที่เขียนค้างไว้ครึ่ง ๆ กลาง ๆ</translation>
        </message>
        <message>
            <source>The report pack was cancelled.</source>
            <translation>ยกเลิกการสร้างชุดรายงานแล้ว</translation>
        </message>
        <message>
            <source>Report pack written: %1 and %2.</source>
            <translation>สร้างชุดรายงานแล้ว: %1 และ %2</translation>
        </message>
        <message>
            <source>The report pack could not be written.</source>
            <translation>ไม่สามารถสร้างชุดรายงานได้</translation>
        </message>
    </context>
    <context>
        <name>RevertDialog</name>
        <message>
            <source>Move progress back</source>
            <translation>ย้อนความคืบหน้า</translation>
        </message>
        <message>
            <source>Progress only moves forward. Moving it back is recorded with your name and the reason, and headquarters sees it.

%1 — %2: now “%3”.</source>
            <translation>ความคืบหน้าเลื่อนไปข้างหน้าได้เท่านั้น การย้อนกลับจะถูกบันทึกพร้อมชื่อของท่านและเหตุผล และสำนักงานใหญ่จะเห็นรายการนี้ด้วย

%1 — %2: ขณะนี้ “%3”</translation>
        </message>
        <message>
            <source>Move back to:</source>
            <translation>ย้อนกลับเป็น:</translation>
        </message>
        <message>
            <source>Reason (required):</source>
            <translation>เหตุผล (ต้องระบุ):</translation>
        </message>
        <message>
            <source>Your name:</source>
            <translation>ชื่อของท่าน:</translation>
        </message>
        <message>
            <source>Move back</source>
            <translation>ย้อนสถานะ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>Say why the progress is moved back.</source>
            <translation>กรุณาระบุเหตุผลที่ย้อนความคืบหน้า</translation>
        </message>
        <message>
            <source>Enter your name.</source>
            <translation>กรุณากรอกชื่อของท่าน</translation>
        </message>
        <message>
            <source>There is nothing earlier to move back to.</source>
            <translation>ไม่มีสถานะก่อนหน้าให้ย้อนกลับไป</translation>
        </message>
    </context>
    <context>
        <name>RosterModel</name>
        <message>
            <source>present</source>
            <translation>มาแล้ว</translation>
        </message>
        <message>
            <source>not yet here</source>
            <translation>ยังไม่มา</translation>
        </message>
        <message>
            <source>Here</source>
            <translation>มาแล้ว</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <source>Name (Latin letters)</source>
            <translation>ชื่อ (อักษรโรมัน)</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>SME</translation>
        </message>
    </context>
    <context>
        <name>SelectOneWidget</name>
        <message>
            <source>— not answered —</source>
            <translation>— ยังไม่ได้ตอบ —</translation>
        </message>
    </context>
    <context>
        <name>ServiceDialog</name>
        <message>
            <source>Edit service</source>
            <translation>แก้ไขบริการ</translation>
        </message>
        <message>
            <source>Service delivered</source>
            <translation>บริการที่ให้</translation>
        </message>
        <message>
            <source>0 when free of charge</source>
            <translation>ใส่ 0 หากไม่คิดค่าบริการ</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>ชำระแล้ว</translation>
        </message>
        <message>
            <source>The SME has paid the fee.</source>
            <translation>SME ชำระค่าบริการแล้ว</translation>
        </message>
        <message>
            <source>e.g. 12 products listed on the provincial portal; 3 inquiries in the first month</source>
            <translation>เช่น ลงรายการสินค้า 12 รายการบนพอร์ทัลของจังหวัด ได้รับคำสอบถาม 3 รายการในเดือนแรก</translation>
        </message>
        <message>
            <source>Service:</source>
            <translation>บริการ:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>วันที่:</translation>
        </message>
        <message>
            <source>Staff:</source>
            <translation>เจ้าหน้าที่:</translation>
        </message>
        <message>
            <source>Fee charged:</source>
            <translation>ค่าบริการที่เรียกเก็บ:</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>ผลลัพธ์:</translation>
        </message>
    </context>
    <context>
        <name>ServicesEditor</name>
        <message>
            <source>Service</source>
            <translation>บริการ</translation>
        </message>
        <message>
            <source>Indicative fee</source>
            <translation>ค่าบริการโดยประมาณ</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>สกุลเงิน</translation>
        </message>
        <message>
            <source>Language pairs</source>
            <translation>คู่ภาษา</translation>
        </message>
        <message>
            <source>e.g. 50 per page</source>
            <translation>เช่น 50 ต่อหน้า</translation>
        </message>
        <message>
            <source>For translation: each language pair, from one language into another.</source>
            <translation>สำหรับงานแปล: คู่ภาษาแต่ละคู่ แปลจากภาษาหนึ่งเป็นอีกภาษาหนึ่ง</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <source>Remove this service</source>
            <translation>ลบบริการนี้</translation>
        </message>
    </context>
    <context>
        <name>ServicesView</name>
        <message>
            <source>Free</source>
            <translation>ฟรี</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>ชำระแล้ว</translation>
        </message>
        <message>
            <source>Not paid</source>
            <translation>ยังไม่ชำระ</translation>
        </message>
        <message>
            <source>All services</source>
            <translation>ทุกบริการ</translation>
        </message>
        <message>
            <source>Paid or not</source>
            <translation>ทุกสถานะการชำระ</translation>
        </message>
        <message numerus="yes">
            <source>%Ln service(s)</source>
            <translation>
                <numerusform>บริการ %Ln รายการ</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 with a fee, %2 free</source>
            <translation>มีค่าบริการ %1 รายการ ไม่มีค่าบริการ %2 รายการ</translation>
        </message>
        <message>
            <source>%1 (paid %2, not paid %3)</source>
            <translation>%1 (ชำระแล้ว %2 ยังไม่ชำระ %3)</translation>
        </message>
        <message>
            <source>Fees: %1</source>
            <translation>ค่าบริการ: %1</translation>
        </message>
        <message>
            <source>Export services</source>
            <translation>ส่งออกข้อมูลบริการ</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln service(s) to %1.</source>
            <translation>
                <numerusform>ส่งออกบริการ %Ln รายการไปที่ %1 แล้ว</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsArea</name>
        <message>
            <source>Apply language</source>
            <translation>ใช้ภาษานี้</translation>
        </message>
        <message>
            <source>Your full name, as colleagues know you</source>
            <translation>ชื่อ-นามสกุลของท่าน ตามที่เพื่อนร่วมงานรู้จัก</translation>
        </message>
        <message>
            <source>Allow unencrypted connections (http://) to a sync server on the local network</source>
            <translation>อนุญาตการเชื่อมต่อที่ไม่เข้ารหัส (http://) ไปยังเซิร์ฟเวอร์ซิงค์ข้อมูลในเครือข่ายภายใน</translation>
        </message>
        <message>
            <source>Such a connection is not encrypted: anyone on the network can read what is sent, this computer's sync key included.</source>
            <translation>การเชื่อมต่อแบบนี้ไม่เข้ารหัส ทุกคนในเครือข่ายอ่านสิ่งที่ส่งได้ รวมถึงกุญแจซิงค์ข้อมูลของเครื่องนี้ด้วย</translation>
        </message>
        <message>
            <source>Automatic (%1)</source>
            <translation>อัตโนมัติ (%1)</translation>
        </message>
        <message>
            <source>Automatic sets Khmer, Lao and Burmese a little larger than the other languages. Windows opened from now on use the new size.</source>
            <translation>แบบอัตโนมัติจะแสดงภาษาเขมร ลาว และพม่าใหญ่กว่าภาษาอื่นเล็กน้อย หน้าต่างที่เปิดหลังจากนี้จะใช้ขนาดใหม่</translation>
        </message>
        <message>
            <source>Buddhist era: %1</source>
            <translation>พุทธศักราช: %1</translation>
        </message>
        <message>
            <source>Gregorian: %1</source>
            <translation>คริสต์ศักราช: %1</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ภาษา</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>ขนาดตัวอักษร</translation>
        </message>
        <message>
            <source>Digits</source>
            <translation>ตัวเลข</translation>
        </message>
        <message>
            <source>Years in Thai</source>
            <translation>ปีศักราชในภาษาไทย</translation>
        </message>
        <message>
            <source>Your name (saved with every change)</source>
            <translation>ชื่อของท่าน (บันทึกไว้กับทุกการเปลี่ยนแปลง)</translation>
        </message>
        <message>
            <source>Your agency's economy and province</source>
            <translation>ประเทศ/ภูมิภาค และจังหวัดของหน่วยงานท่าน</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>ผู้ดูแลระบบ</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>ซิงค์ข้อมูล</translation>
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
        <message>
            <source>Certificates</source>
            <translation>ใบประกาศนียบัตร</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>ข้อมูลสำรอง</translation>
        </message>
    </context>
    <context>
        <name>SmeActivityDialog</name>
        <message>
            <source>Training and services — %1</source>
            <translation>การฝึกอบรมและบริการ — %1</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>บุคคล</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>เวิร์กช็อป</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>เรียนจบแล้ว</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 จาก %2</translation>
        </message>
        <message>
            <source>Modules completed</source>
            <translation>โมดูลที่เรียนจบ</translation>
        </message>
        <message>
            <source>Last step</source>
            <translation>ความคืบหน้าล่าสุด</translation>
        </message>
        <message>
            <source>People and modules</source>
            <translation>บุคคลและโมดูล</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>บริการ</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>เจ้าหน้าที่</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>ค่าบริการ</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>ฟรี</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>ชำระแล้ว</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>ใช่</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>ผลลัพธ์</translation>
        </message>
        <message>
            <source>Add service…</source>
            <translation>เพิ่มบริการ…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>แก้ไข…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <source>E-business services delivered</source>
            <translation>บริการด้านธุรกิจอิเล็กทรอนิกส์ที่ให้แล้ว</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <source>Portal or marketplace</source>
            <translation>พอร์ทัลหรือตลาดออนไลน์</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>ตั้งแต่</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>จำนวนสินค้า</translation>
        </message>
        <message>
            <source>Add presence…</source>
            <translation>เพิ่มช่องทางออนไลน์…</translation>
        </message>
        <message>
            <source>Online presence</source>
            <translation>ช่องทางออนไลน์</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>วันที่ได้รับ</translation>
        </message>
        <message>
            <source>From</source>
            <translation>จากประเทศ</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>ช่องทาง</translation>
        </message>
        <message>
            <source>Through</source>
            <translation>ผ่านทาง</translation>
        </message>
        <message>
            <source>Order value</source>
            <translation>มูลค่าคำสั่งซื้อ</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>หมายเหตุ</translation>
        </message>
        <message>
            <source>Add inquiry…</source>
            <translation>เพิ่มคำสอบถาม…</translation>
        </message>
        <message>
            <source>Inquiries received</source>
            <translation>คำสอบถามที่ได้รับ</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ปิด</translation>
        </message>
        <message>
            <source>Nobody from this SME has been to training yet.</source>
            <translation>ยังไม่มีใครจากกิจการนี้เข้ารับการอบรม</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) of this SME known from training.</source>
            <translation>
                <numerusform>มีบุคลากรของ SME นี้ %n คนที่เคยเข้าอบรม</numerusform>
            </translation>
        </message>
        <message>
            <source>No module completed yet.</source>
            <translation>ยังไม่มีหน่วยการเรียนที่สำเร็จ</translation>
        </message>
        <message numerus="yes">
            <source>%n module(s) completed</source>
            <translation>
                <numerusform>เรียนจบรวม %n โมดูล</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>by %n of them.</source>
            <translation>
                <numerusform>โดย %n คนในจำนวนนี้</numerusform>
            </translation>
        </message>
        <message>
            <source>An online presence</source>
            <translation>ช่องทางออนไลน์หนึ่ง</translation>
        </message>
        <message>
            <source>A service</source>
            <translation>บริการหนึ่ง</translation>
        </message>
        <message>
            <source>add service</source>
            <translation>เพิ่มบริการ</translation>
        </message>
        <message>
            <source>Service added.</source>
            <translation>เพิ่มบริการแล้ว</translation>
        </message>
        <message>
            <source>edit service</source>
            <translation>แก้ไขบริการ</translation>
        </message>
        <message>
            <source>Service saved.</source>
            <translation>บันทึกบริการแล้ว</translation>
        </message>
        <message>
            <source>delete service</source>
            <translation>ลบบริการ</translation>
        </message>
        <message>
            <source>Service deleted. Undo with Ctrl+Z.</source>
            <translation>ลบบริการแล้ว กด Ctrl+Z เพื่อเลิกทำ</translation>
        </message>
        <message>
            <source>add online presence</source>
            <translation>เพิ่มช่องทางออนไลน์</translation>
        </message>
        <message>
            <source>Online presence added.</source>
            <translation>เพิ่มช่องทางออนไลน์แล้ว</translation>
        </message>
        <message>
            <source>edit online presence</source>
            <translation>แก้ไขช่องทางออนไลน์</translation>
        </message>
        <message>
            <source>Online presence saved.</source>
            <translation>บันทึกช่องทางออนไลน์แล้ว</translation>
        </message>
        <message>
            <source>delete online presence</source>
            <translation>ลบช่องทางออนไลน์</translation>
        </message>
        <message>
            <source>Online presence deleted. Undo with Ctrl+Z.</source>
            <translation>ลบช่องทางออนไลน์แล้ว กด Ctrl+Z เพื่อเลิกทำ</translation>
        </message>
        <message>
            <source>add inquiry</source>
            <translation>เพิ่มคำสอบถาม</translation>
        </message>
        <message>
            <source>Inquiry added.</source>
            <translation>เพิ่มคำสอบถามแล้ว</translation>
        </message>
        <message>
            <source>edit inquiry</source>
            <translation>แก้ไขคำสอบถาม</translation>
        </message>
        <message>
            <source>Inquiry saved.</source>
            <translation>บันทึกคำสอบถามแล้ว</translation>
        </message>
        <message>
            <source>delete inquiry</source>
            <translation>ลบคำสอบถาม</translation>
        </message>
        <message>
            <source>Inquiry deleted. Undo with Ctrl+Z.</source>
            <translation>ลบคำสอบถามแล้ว กด Ctrl+Z เพื่อเลิกทำ</translation>
        </message>
    </context>
    <context>
        <name>SmeArea</name>
        <message>
            <source>Undo</source>
            <translation>เลิกทำ</translation>
        </message>
        <message>
            <source>SMEs</source>
            <translation>SME</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>บริการ</translation>
        </message>
        <message>
            <source>Inquiries</source>
            <translation>คำสอบถาม</translation>
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
            <source>Import…</source>
            <translation>นำเข้า…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>ส่งออก…</translation>
        </message>
        <message>
            <source>Training and services…</source>
            <translation>การฝึกอบรมและบริการ…</translation>
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
            <source>Agency</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <source>All agencies</source>
            <translation>ทุกหน่วยงาน</translation>
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
            <source>More than %1 SMEs</source>
            <translation>SME มากกว่า %1 ราย</translation>
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
            <source>Nothing was deleted: the backup made first was stopped.</source>
            <translation>ไม่ได้ลบข้อมูลใด ๆ เนื่องจากการสำรองข้อมูลที่ทำก่อนถูกหยุดไว้</translation>
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
            <source>Added by %1, %2</source>
            <translation>เพิ่มโดย %1 เมื่อ %2</translation>
        </message>
        <message>
            <source>last changed by %1, %2</source>
            <translation>แก้ไขล่าสุดโดย %1 เมื่อ %2</translation>
        </message>
        <message>
            <source>agency: %1</source>
            <translation>หน่วยงาน: %1</translation>
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
        <name>SmeTableModel</name>
        <message>
            <source>Agency</source>
            <translation>หน่วยงาน</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Where to start</source>
            <translation>เริ่มต้นที่นี่</translation>
        </message>
        <message>
            <source>A few first steps; press F1 at any time for the keyboard shortcuts and a short guide.</source>
            <translation>ขั้นตอนแรกไม่กี่ขั้น กด F1 ได้ทุกเมื่อเพื่อดูแป้นพิมพ์ลัดและคู่มือฉบับย่อ</translation>
        </message>
        <message>
            <source>&lt;b&gt;Register an SME&lt;/b&gt; in SMEs, with New SME: GMS Desk tells you when the business may be registered already.</source>
            <translation>&lt;b&gt;ลงทะเบียน SME&lt;/b&gt; ในส่วน SME ด้วยปุ่ม “เพิ่ม SME” GMS Desk จะเตือนเมื่อกิจการนั้นอาจลงทะเบียนไว้แล้ว</translation>
        </message>
        <message>
            <source>&lt;b&gt;Plan a workshop&lt;/b&gt; in Training, with New workshop: enrol people, then mark attendance and progress, and print certificates.</source>
            <translation>&lt;b&gt;วางแผนเวิร์กช็อป&lt;/b&gt; ในส่วนการฝึกอบรม ด้วยปุ่ม “เพิ่มเวิร์กช็อป” ลงทะเบียนผู้เข้าอบรม จากนั้นบันทึกการเข้าอบรมและความคืบหน้า แล้วพิมพ์ใบประกาศนียบัตร</translation>
        </message>
        <message>
            <source>&lt;b&gt;Run a survey&lt;/b&gt; in Surveys, with New response, for an SME.</source>
            <translation>&lt;b&gt;ทำแบบสำรวจ&lt;/b&gt; ในส่วนแบบสำรวจ ด้วยปุ่ม “กรอกชุดคำตอบใหม่” สำหรับ SME</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sync&lt;/b&gt; in Sync: enrol this computer once with the code headquarters gave you; your changes are then sent whenever there is a connection.</source>
            <translation>&lt;b&gt;ซิงค์ข้อมูล&lt;/b&gt; ในส่วนซิงค์ข้อมูล: ลงทะเบียนเครื่องนี้ครั้งเดียวด้วยรหัสที่สำนักงานใหญ่ให้มา จากนั้นการเปลี่ยนแปลงของท่านจะถูกส่งทุกครั้งที่เชื่อมต่อเครือข่ายได้</translation>
        </message>
    </context>
    <context>
        <name>SummaryWindow</name>
        <message>
            <source>All versions</source>
            <translation>ทุกเวอร์ชัน</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>เวอร์ชัน %1</translation>
        </message>
        <message>
            <source>All provinces</source>
            <translation>ทุกจังหวัด</translation>
        </message>
        <message>
            <source>All sectors</source>
            <translation>ทุกสาขาธุรกิจ</translation>
        </message>
        <message>
            <source>From</source>
            <translation>ตั้งแต่</translation>
        </message>
        <message>
            <source>to</source>
            <translation>ถึง</translation>
        </message>
        <message>
            <source>Labels in:</source>
            <translation>แสดงข้อความเป็นภาษา:</translation>
        </message>
        <message>
            <source>Export responses (CSV/XLSX)…</source>
            <translation>ส่งออกชุดคำตอบ (CSV/XLSX)…</translation>
        </message>
        <message>
            <source>Summary PDF…</source>
            <translation>สรุปผลเป็น PDF…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ปิด</translation>
        </message>
        <message>
            <source>Summary — %1</source>
            <translation>สรุปผล — %1</translation>
        </message>
        <message>
            <source>submitted %1 to %2</source>
            <translation>ส่งระหว่าง %1 ถึง %2</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>กำลังนับ…</translation>
        </message>
        <message>
            <source>Summarising</source>
            <translation>กำลังสรุปผล</translation>
        </message>
        <message numerus="yes">
            <source>%n response(s)</source>
            <translation>
                <numerusform>ชุดคำตอบ %n ชุด</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>ไฟล์ %n ไฟล์</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>From %n point(s) of the latest answers</source>
            <translation>
                <numerusform>จาก %n จุดในคำตอบล่าสุด</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n response(s) to %1.</source>
            <translation>
                <numerusform>ส่งออกชุดคำตอบ %n ชุดไปที่ %1 แล้ว</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) and file(s) copied to %1.</source>
            <translation>
                <numerusform>คัดลอกรูปภาพและไฟล์ %n รายการไปที่ %1 แล้ว</numerusform>
            </translation>
        </message>
        <message>
            <source>version %1: %2</source>
            <translation>เวอร์ชัน %1: %2</translation>
        </message>
        <message>
            <source>This form has no questions to summarise.</source>
            <translation>แบบฟอร์มนี้ไม่มีคำถามให้สรุปผล</translation>
        </message>
        <message>
            <source>%1 answered</source>
            <translation>ตอบแล้ว %1</translation>
        </message>
        <message>
            <source>in each “%1”</source>
            <translation>ในแต่ละ “%1”</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>ค่าเฉลี่ย</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>มัธยฐาน</translation>
        </message>
        <message>
            <source>Lowest</source>
            <translation>ต่ำสุด</translation>
        </message>
        <message>
            <source>Highest</source>
            <translation>สูงสุด</translation>
        </message>
        <message>
            <source>No numbers yet.</source>
            <translation>ยังไม่มีตัวเลข</translation>
        </message>
        <message>
            <source>Latest answers:</source>
            <translation>คำตอบล่าสุด:</translation>
        </message>
        <message>
            <source>No answers yet.</source>
            <translation>ยังไม่มีคำตอบ</translation>
        </message>
        <message>
            <source>No files yet.</source>
            <translation>ยังไม่มีไฟล์</translation>
        </message>
        <message>
            <source>%1 of the latest photos are not on this laptop yet (they come with the next sync).</source>
            <translation>รูปถ่ายล่าสุด %1 รูปยังไม่มีในเครื่องนี้ (จะมาพร้อมการซิงค์ข้อมูลครั้งถัดไป)</translation>
        </message>
        <message>
            <source>No locations yet.</source>
            <translation>ยังไม่มีตำแหน่งที่ตั้ง</translation>
        </message>
        <message>
            <source>Centre: %1, %2</source>
            <translation>จุดกึ่งกลาง: %1, %2</translation>
        </message>
        <message>
            <source>Between latitudes %1 and %2, longitudes %3 and %4</source>
            <translation>ระหว่างละติจูด %1 ถึง %2 ลองจิจูด %3 ถึง %4</translation>
        </message>
        <message>
            <source>Export responses</source>
            <translation>ส่งออกชุดคำตอบ</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translation>ไฟล์ Excel (*.xlsx);;ไฟล์ CSV (*.csv)</translation>
        </message>
        <message>
            <source>%1 are not on this laptop: open them in their responses to fetch them, then export again.</source>
            <translation>%1 รายการไม่มีในเครื่องนี้ กรุณาเปิดในชุดคำตอบของแต่ละรายการเพื่อดึงไฟล์มา แล้วส่งออกอีกครั้ง</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>ยกเลิกการส่งออกแล้ว ไม่มีการสร้างไฟล์</translation>
        </message>
        <message>
            <source>The export failed; no file was written.</source>
            <translation>ส่งออกไม่สำเร็จ ไม่มีการสร้างไฟล์</translation>
        </message>
        <message>
            <source>Exporting responses</source>
            <translation>กำลังส่งออกชุดคำตอบ</translation>
        </message>
        <message>
            <source>Summary PDF</source>
            <translation>สรุปผลเป็น PDF</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>เอกสาร PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Summary saved to %1.</source>
            <translation>บันทึกสรุปผลไว้ที่ %1 แล้ว</translation>
        </message>
        <message>
            <source>Writing the summary PDF</source>
            <translation>กำลังสร้างไฟล์ PDF สรุปผล</translation>
        </message>
    </context>
    <context>
        <name>Survey</name>
        <message>
            <source>This answer is required.</source>
            <translation>ต้องตอบข้อนี้</translation>
        </message>
        <message>
            <source>This answer is not allowed.</source>
            <translation>ใช้คำตอบนี้ไม่ได้</translation>
        </message>
        <message>
            <source>This answer is not in the expected form.</source>
            <translation>คำตอบนี้มีรูปแบบไม่ถูกต้อง</translation>
        </message>
        <message>
            <source>Enter a whole number, for example 12.</source>
            <translation>กรุณากรอกจำนวนเต็ม เช่น 12</translation>
        </message>
        <message>
            <source>Enter a number, for example 2.5.</source>
            <translation>กรุณากรอกตัวเลข เช่น 2.5</translation>
        </message>
    </context>
    <context>
        <name>Surveys</name>
        <message>
            <source>Choose a file name ending in .csv or .xlsx.</source>
            <translation>กรุณาตั้งชื่อไฟล์ให้ลงท้ายด้วย .csv หรือ .xlsx</translation>
        </message>
        <message>
            <source>(not answered)</source>
            <translation>(ไม่ได้ตอบ)</translation>
        </message>
        <message>
            <source>Version {version} of form {form_id} is already here with different questions. Change the version in the form's settings sheet and import it again.</source>
            <translation>มีแบบฟอร์ม {form_id} เวอร์ชัน {version} อยู่แล้วแต่คำถามต่างกัน กรุณาเปลี่ยนเวอร์ชันในชีต settings ของแบบฟอร์มแล้วนำเข้าอีกครั้ง</translation>
        </message>
        <message>
            <source>Version {version} of form {form_id} is already here with other attached files ({files}). Change the version in the form's settings sheet and import it again.</source>
            <translation>มีแบบฟอร์ม {form_id} เวอร์ชัน {version} อยู่แล้วแต่มีไฟล์แนบต่างกัน ({files}) กรุณาเปลี่ยนเวอร์ชันในชีต settings ของแบบฟอร์มแล้วนำเข้าอีกครั้ง</translation>
        </message>
        <message>
            <source>The answers are not a set of named values.</source>
            <translation>คำตอบไม่อยู่ในรูปแบบชุดค่าที่มีชื่อกำกับ</translation>
        </message>
        <message>
            <source>This form version has responses or drafts, so it cannot be deleted.</source>
            <translation>แบบฟอร์มเวอร์ชันนี้มีชุดคำตอบหรือฉบับร่างอยู่ จึงลบไม่ได้</translation>
        </message>
        <message>
            <source>Enter a date as YYYY-MM-DD, for example 2024-03-15.</source>
            <translation>กรุณากรอกวันที่ในรูปแบบ YYYY-MM-DD (ปี ค.ศ.) เช่น 2024-03-15</translation>
        </message>
        <message>
            <source>This response was already corrected. Correct the newest one instead.</source>
            <translation>ชุดคำตอบนี้ถูกแก้ไขไปแล้ว กรุณาแก้ไขฉบับล่าสุดแทน</translation>
        </message>
        <message>
            <source>Headquarters published version {version} of form {form_id} with different questions; it can be read here but not changed. Change the version in the form's settings sheet and import it again.</source>
            <translation>สำนักงานใหญ่เผยแพร่แบบฟอร์ม {form_id} เวอร์ชัน {version} ที่มีคำถามต่างกันไว้แล้ว ดูได้ที่นี่แต่แก้ไขไม่ได้ กรุณาเปลี่ยนเวอร์ชันในชีต settings ของแบบฟอร์มแล้วนำเข้าอีกครั้ง</translation>
        </message>
        <message>
            <source>This form version is retired: it takes no new responses. Its responses and drafts are kept.</source>
            <translation>แบบฟอร์มเวอร์ชันนี้เลิกใช้แล้ว ไม่รับชุดคำตอบใหม่ ชุดคำตอบและฉบับร่างเดิมยังเก็บไว้</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>ชุดคำตอบ</translation>
        </message>
        <message>
            <source>Form version</source>
            <translation>เวอร์ชันแบบฟอร์ม</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>เริ่มเมื่อ</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>ส่งเมื่อ</translation>
        </message>
        <message>
            <source>SME ID</source>
            <translation>รหัส SME</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>SME</translation>
        </message>
        <message>
            <source>Workshop ID</source>
            <translation>รหัสเวิร์กช็อป</translation>
        </message>
        <message>
            <source>About agency</source>
            <translation>เกี่ยวกับหน่วยงาน</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ภาษา</translation>
        </message>
        <message>
            <source>Corrects response</source>
            <translation>แก้ไขชุดคำตอบ</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>กรอกโดย</translation>
        </message>
        <message>
            <source>Agency code</source>
            <translation>รหัสหน่วยงาน</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>รายการ</translation>
        </message>
    </context>
    <context>
        <name>SurveysArea</name>
        <message>
            <source>Surveys</source>
            <translation>แบบสำรวจ</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>ทำต่อ</translation>
        </message>
        <message>
            <source>Delete draft…</source>
            <translation>ลบฉบับร่าง…</translation>
        </message>
        <message>
            <source>View</source>
            <translation>ดู</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>แก้ไข…</translation>
        </message>
        <message>
            <source>Make a corrected copy to fill in; once submitted it replaces this response, which is kept for the record.</source>
            <translation>สร้างสำเนาเพื่อกรอกแก้ไข เมื่อส่งแล้วจะใช้แทนชุดคำตอบนี้ ส่วนชุดเดิมจะเก็บไว้เป็นหลักฐาน</translation>
        </message>
        <message>
            <source>Show replaced responses</source>
            <translation>แสดงชุดคำตอบที่ถูกแทนที่แล้ว</translation>
        </message>
        <message>
            <source>Drafts</source>
            <translation>ฉบับร่าง</translation>
        </message>
        <message>
            <source>Responses</source>
            <translation>ชุดคำตอบ</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>แบบฟอร์ม</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>แบบฟอร์ม</translation>
        </message>
        <message>
            <source>Form ID</source>
            <translation>รหัสแบบฟอร์ม</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>เวอร์ชัน</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>จำนวนเวอร์ชัน</translation>
        </message>
        <message>
            <source>Imported from</source>
            <translation>นำเข้าจาก</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>SME</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>เริ่มเมื่อ</translation>
        </message>
        <message>
            <source>Last saved</source>
            <translation>บันทึกล่าสุด</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>คำตอบ</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>ส่งแล้ว</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ภาษา</translation>
        </message>
        <message>
            <source>By</source>
            <translation>ผู้ส่ง</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>New response…</source>
            <translation>กรอกชุดคำตอบใหม่…</translation>
        </message>
        <message>
            <source>Import XLSForm…</source>
            <translation>นำเข้า XLSForm…</translation>
        </message>
        <message>
            <source>Summary and export…</source>
            <translation>สรุปผลและส่งออก…</translation>
        </message>
        <message>
            <source>Installing the forms that come with GMS Desk…</source>
            <translation>กำลังติดตั้งแบบฟอร์มที่มากับ GMS Desk…</translation>
        </message>
        <message>
            <source>Installing forms</source>
            <translation>กำลังติดตั้งแบบฟอร์ม</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>ฉบับแก้ไข</translation>
        </message>
        <message>
            <source>New</source>
            <translation>ใหม่</translation>
        </message>
        <message>
            <source>Drafts (%1)</source>
            <translation>ฉบับร่าง (%1)</translation>
        </message>
        <message>
            <source>Replaced by a correction</source>
            <translation>ถูกแทนที่ด้วยฉบับแก้ไข</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <source>All agencies</source>
            <translation>ทุกหน่วยงาน</translation>
        </message>
        <message>
            <source>Show every version</source>
            <translation>แสดงทุกเวอร์ชัน</translation>
        </message>
        <message>
            <source>Export with labels…</source>
            <translation>ส่งออกพร้อมข้อความ…</translation>
        </message>
        <message>
            <source>Every response to the selected form in a spreadsheet for people to read: the questions' text and the answers' labels, in the language you choose</source>
            <translation>ชุดคำตอบทั้งหมดของแบบฟอร์มที่เลือกในไฟล์ตารางที่อ่านง่าย: แสดงข้อความคำถามและชื่อเรียกของคำตอบ ในภาษาที่ท่านเลือก</translation>
        </message>
        <message>
            <source>Retire version</source>
            <translation>เลิกใช้เวอร์ชันนี้</translation>
        </message>
        <message>
            <source>Delete version…</source>
            <translation>ลบเวอร์ชัน…</translation>
        </message>
        <message numerus="yes">
            <source>%n form(s) ready to fill in.</source>
            <translation>
                <numerusform>แบบฟอร์ม %n ชุดพร้อมให้กรอกแล้ว</numerusform>
            </translation>
        </message>
        <message>
            <source>Version %1: %2, %3</source>
            <translation>เวอร์ชัน %1: %2 %3</translation>
        </message>
        <message numerus="yes">
            <source>%n response(s)</source>
            <translation>
                <numerusform>ชุดคำตอบ %n ชุด</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n draft(s)</source>
            <translation>
                <numerusform>ฉบับร่าง %n ฉบับ</numerusform>
            </translation>
        </message>
        <message>
            <source>retired</source>
            <translation>เลิกใช้แล้ว</translation>
        </message>
        <message>
            <source>Published by headquarters</source>
            <translation>เผยแพร่โดยสำนักงานใหญ่</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>เลิกใช้แล้ว</translation>
        </message>
        <message>
            <source>Retired: not offered for new responses. Its responses and drafts are kept, and can be viewed, corrected and exported.</source>
            <translation>เลิกใช้แล้ว: ไม่มีให้เลือกสำหรับชุดคำตอบใหม่ ชุดคำตอบและฉบับร่างเดิมยังเก็บไว้ และยังดู แก้ไข และส่งออกได้</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>ใช้งานอยู่</translation>
        </message>
        <message>
            <source>Offered for new responses.</source>
            <translation>เปิดให้ตอบใหม่ได้</translation>
        </message>
        <message>
            <source>Responses (%1)</source>
            <translation>ชุดคำตอบ (%1)</translation>
        </message>
        <message>
            <source>Responses to “%1” (%2)</source>
            <translation>ชุดคำตอบของ “%1” (%2)</translation>
        </message>
        <message>
            <source>The responses could not be loaded: %1</source>
            <translation>โหลดชุดคำตอบไม่ได้: %1</translation>
        </message>
        <message>
            <source>Bring back</source>
            <translation>นำกลับมาใช้</translation>
        </message>
        <message>
            <source>Offer version %1 of “%2” for new responses again.</source>
            <translation>นำ “%2” เวอร์ชัน %1 กลับมาใช้สำหรับชุดคำตอบใหม่อีกครั้ง</translation>
        </message>
        <message>
            <source>Retire version %1 of “%2”: it is no longer offered for new responses; its responses and drafts are kept.</source>
            <translation>เลิกใช้ “%2” เวอร์ชัน %1 จะไม่มีให้เลือกสำหรับชุดคำตอบใหม่อีก ชุดคำตอบและฉบับร่างเดิมยังเก็บไว้</translation>
        </message>
        <message>
            <source>Delete version %1 of “%2”: nobody has answered it.</source>
            <translation>ลบ “%2” เวอร์ชัน %1 ยังไม่มีผู้ใดตอบ</translation>
        </message>
        <message>
            <source>Only an administrator can retire a form version or bring it back: “Administrator…” in Settings asks for the administrator password.</source>
            <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่เลิกใช้หรือนำเวอร์ชันแบบฟอร์มกลับมาใช้ได้ ปุ่ม “ผู้ดูแลระบบ…” ในหน้าการตั้งค่าจะขอรหัสผ่านผู้ดูแลระบบ</translation>
        </message>
        <message>
            <source>Version %1 of “%2” was not retired: the backup made first was stopped.</source>
            <translation>ไม่ได้เลิกใช้ “%2” เวอร์ชัน %1 เนื่องจากการสำรองข้อมูลที่ทำก่อนถูกหยุดไว้</translation>
        </message>
        <message>
            <source>Version %1 of “%2” is offered for new responses again.</source>
            <translation>นำ “%2” เวอร์ชัน %1 กลับมาใช้สำหรับชุดคำตอบใหม่แล้ว</translation>
        </message>
        <message>
            <source>Version %1 of “%2” retired: it is no longer offered for new responses; its responses and drafts are kept.</source>
            <translation>เลิกใช้ “%2” เวอร์ชัน %1 แล้ว จะไม่มีให้เลือกสำหรับชุดคำตอบใหม่อีก ชุดคำตอบและฉบับร่างเดิมยังเก็บไว้</translation>
        </message>
        <message>
            <source>Delete form version</source>
            <translation>ลบเวอร์ชันแบบฟอร์ม</translation>
        </message>
        <message>
            <source>Delete version %1 of “%2”? Nobody has answered it yet.</source>
            <translation>ลบ “%2” เวอร์ชัน %1 หรือไม่ ยังไม่มีผู้ใดตอบ</translation>
        </message>
        <message>
            <source>Version %1 of “%2” deleted.</source>
            <translation>ลบ “%2” เวอร์ชัน %1 แล้ว</translation>
        </message>
        <message>
            <source>%1 (version %2)</source>
            <translation>%1 (เวอร์ชัน %2)</translation>
        </message>
        <message>
            <source>Every form version is retired. Bring one back, or import a new version.</source>
            <translation>แบบฟอร์มทุกเวอร์ชันเลิกใช้แล้ว กรุณานำเวอร์ชันหนึ่งกลับมาใช้ หรือนำเข้าเวอร์ชันใหม่</translation>
        </message>
        <message>
            <source>There is no form yet. Import an XLSForm first.</source>
            <translation>ยังไม่มีแบบฟอร์ม กรุณานำเข้า XLSForm ก่อน</translation>
        </message>
        <message>
            <source>Agency: %1</source>
            <translation>หน่วยงาน: %1</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>เวอร์ชัน %1</translation>
        </message>
        <message>
            <source>SME: %1</source>
            <translation>SME: %1</translation>
        </message>
        <message>
            <source>Correction of a submitted response</source>
            <translation>ฉบับแก้ไขของชุดคำตอบที่ส่งแล้ว</translation>
        </message>
        <message>
            <source>Response submitted. It will be sent with the next sync.</source>
            <translation>ส่งชุดคำตอบแล้ว ข้อมูลจะถูกส่งไปเมื่อซิงค์ข้อมูลครั้งถัดไป</translation>
        </message>
        <message>
            <source>Update the SME from a survey</source>
            <translation>ปรับปรุงข้อมูล SME จากแบบสำรวจ</translation>
        </message>
        <message>
            <source>No SME is linked to the response, so no SME record was updated.</source>
            <translation>ชุดคำตอบนี้ไม่ได้เชื่อมโยงกับ SME ใด จึงไม่มีการปรับปรุงระเบียน SME</translation>
        </message>
        <message>
            <source>The SME is not on this laptop, so its record was not updated.</source>
            <translation>ไม่มี SME นี้ในเครื่องนี้ จึงไม่ได้ปรับปรุงระเบียนของ SME</translation>
        </message>
        <message>
            <source>The SME belongs to another agency: its record can be read here but not changed, so it was not updated.</source>
            <translation>SME นี้เป็นของหน่วยงานอื่น ระเบียนของ SME ดูได้ที่นี่แต่แก้ไขไม่ได้ จึงไม่ได้ปรับปรุง</translation>
        </message>
        <message>
            <source>The form's update condition (update_if) was not met, so the SME record was not updated.</source>
            <translation>ไม่เป็นไปตามเงื่อนไขการปรับปรุง (update_if) ของแบบฟอร์ม จึงไม่ได้ปรับปรุงระเบียน SME</translation>
        </message>
        <message>
            <source>SME record updated: %1.</source>
            <translation>ปรับปรุงระเบียน SME แล้ว: %1</translation>
        </message>
        <message>
            <source>The SME record already held these answers.</source>
            <translation>ระเบียน SME มีคำตอบเหล่านี้อยู่แล้ว</translation>
        </message>
        <message>
            <source>Not written to the SME record, as the answer does not fit it: %1.</source>
            <translation>ไม่ได้บันทึกลงระเบียน SME เนื่องจากคำตอบไม่เข้ากับข้อมูลช่องนั้น: %1</translation>
        </message>
        <message>
            <source>No answer for the SME record was given, so it was not updated.</source>
            <translation>ไม่มีคำตอบสำหรับระเบียน SME จึงไม่ได้ปรับปรุง</translation>
        </message>
        <message>
            <source>The draft is kept: resume it any time from the Drafts list.</source>
            <translation>เก็บฉบับร่างไว้แล้ว ทำต่อได้ทุกเมื่อจากรายการ “ฉบับร่าง”</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>ลบฉบับร่าง</translation>
        </message>
        <message>
            <source>Delete this draft of “%1” and the answers in it? This cannot be undone.</source>
            <translation>ลบฉบับร่างของ “%1” นี้พร้อมคำตอบทั้งหมดในฉบับร่างหรือไม่ การลบนี้ย้อนกลับไม่ได้</translation>
        </message>
        <message>
            <source>Draft deleted.</source>
            <translation>ลบฉบับร่างแล้ว</translation>
        </message>
        <message>
            <source>Submitted %1</source>
            <translation>ส่งเมื่อ %1</translation>
        </message>
        <message>
            <source>replaced by a correction</source>
            <translation>ถูกแทนที่ด้วยฉบับแก้ไข</translation>
        </message>
        <message>
            <source>Import an XLSForm</source>
            <translation>นำเข้า XLSForm</translation>
        </message>
        <message>
            <source>XLSForm spreadsheet (*.xlsx *.xls)</source>
            <translation>ไฟล์ตาราง XLSForm (*.xlsx *.xls)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>กำลังอ่าน %1…</translation>
        </message>
        <message>
            <source>Importing form</source>
            <translation>กำลังนำเข้าแบบฟอร์ม</translation>
        </message>
        <message>
            <source>Files the form needs</source>
            <translation>ไฟล์ที่แบบฟอร์มต้องใช้</translation>
        </message>
        <message>
            <source>“%1” needs %2 file(s) that are not in its folder: %3.

Choose them now? (ODK keeps them in a folder named %4 next to the form.)</source>
            <translation>“%1” ต้องใช้ไฟล์ %2 ไฟล์ที่ไม่มีอยู่ในโฟลเดอร์: %3

ต้องการเลือกไฟล์เหล่านั้นตอนนี้หรือไม่ (ODK เก็บไฟล์เหล่านี้ไว้ในโฟลเดอร์ชื่อ %4 ข้างแบบฟอร์ม)</translation>
        </message>
        <message>
            <source>Choose the form's files</source>
            <translation>เลือกไฟล์ของแบบฟอร์ม</translation>
        </message>
        <message>
            <source>Files the form names (%1);;All files (*)</source>
            <translation>ไฟล์ที่แบบฟอร์มระบุ (%1);;ไฟล์ทั้งหมด (*)</translation>
        </message>
        <message numerus="yes">
            <source>“%1” cannot be used as a form: %n problem(s) must be fixed in the spreadsheet first.</source>
            <translation>
                <numerusform>ใช้ “%1” เป็นแบบฟอร์มไม่ได้ ต้องแก้ไขปัญหา %n รายการในไฟล์ตารางก่อน</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s): what GMS Desk ignored is listed below.</source>
            <translation>
                <numerusform>คำเตือน %n รายการ: ส่วนที่ GMS Desk ข้ามไปแสดงอยู่ด้านล่าง</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n response(s) with labels to %1.</source>
            <translation>
                <numerusform>ส่งออกชุดคำตอบ %n ชุดพร้อมข้อความไปที่ %1 แล้ว</numerusform>
            </translation>
        </message>
        <message>
            <source>Form not imported</source>
            <translation>ไม่ได้นำเข้าแบบฟอร์ม</translation>
        </message>
        <message>
            <source>Version %1 of “%2” is already here; nothing changed.</source>
            <translation>มี “%2” เวอร์ชัน %1 อยู่แล้ว ไม่มีการเปลี่ยนแปลง</translation>
        </message>
        <message>
            <source>Form already imported</source>
            <translation>นำเข้าแบบฟอร์มนี้ไว้แล้ว</translation>
        </message>
        <message>
            <source>Imported “%1”, version %2.</source>
            <translation>นำเข้า “%1” เวอร์ชัน %2 แล้ว</translation>
        </message>
        <message>
            <source>Form imported</source>
            <translation>นำเข้าแบบฟอร์มแล้ว</translation>
        </message>
        <message>
            <source>Export with labels</source>
            <translation>ส่งออกพร้อมข้อความ</translation>
        </message>
        <message>
            <source>Questions and answers in:</source>
            <translation>แสดงคำถามและคำตอบเป็นภาษา:</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translation>ไฟล์ Excel (*.xlsx);;ไฟล์ CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>ยกเลิกการส่งออกแล้ว ไม่มีการสร้างไฟล์</translation>
        </message>
        <message>
            <source>The export failed; no file was written.</source>
            <translation>การส่งออกล้มเหลว ไม่มีการสร้างไฟล์</translation>
        </message>
        <message>
            <source>Exporting responses</source>
            <translation>กำลังส่งออกชุดคำตอบ</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>This address starts with http://, so the connection would not be encrypted: this computer's key and your data could be read on the way. Use an https:// address. For a server on your local network, an administrator can allow unencrypted connections to it.</source>
            <translation>ที่อยู่นี้ขึ้นต้นด้วย http:// การเชื่อมต่อจึงไม่เข้ารหัส กุญแจของเครื่องนี้และข้อมูลของท่านอาจถูกอ่านได้ระหว่างทาง กรุณาใช้ที่อยู่ https:// สำหรับเซิร์ฟเวอร์ในเครือข่ายภายในของท่าน ผู้ดูแลระบบสามารถอนุญาตการเชื่อมต่อที่ไม่เข้ารหัสไปยังเซิร์ฟเวอร์นั้นได้</translation>
        </message>
        <message>
            <source>Unencrypted connections are allowed only to a server on your local network, and this address is on the Internet. Use an https:// address.</source>
            <translation>อนุญาตการเชื่อมต่อที่ไม่เข้ารหัสเฉพาะกับเซิร์ฟเวอร์ในเครือข่ายภายในของท่านเท่านั้น แต่ที่อยู่นี้อยู่บนอินเทอร์เน็ต กรุณาใช้ที่อยู่ https://</translation>
        </message>
        <message>
            <source>The server's certificate could not be verified. Check the server address and this computer's date and time; if both are right, tell headquarters. Nothing was sent.</source>
            <translation>ไม่สามารถตรวจสอบใบรับรองของเซิร์ฟเวอร์ได้ กรุณาตรวจสอบที่อยู่เซิร์ฟเวอร์ รวมถึงวันที่และเวลาของเครื่องนี้ หากถูกต้องทั้งสองอย่าง กรุณาแจ้งสำนักงานใหญ่ ยังไม่มีการส่งข้อมูลใด ๆ</translation>
        </message>
        <message>
            <source>This database is not enrolled on this computer: it was copied from another computer, or the key that lets it sync is missing. Enrol this computer again with a new code from headquarters.</source>
            <translation>ฐานข้อมูลนี้ไม่ได้ลงทะเบียนไว้กับเครื่องนี้ เนื่องจากถูกคัดลอกมาจากเครื่องอื่น หรือกุญแจที่ทำให้ซิงค์ข้อมูลได้หายไป กรุณาลงทะเบียนเครื่องนี้ใหม่ด้วยรหัสใหม่จากสำนักงานใหญ่</translation>
        </message>
        <message>
            <source>The server address is not valid. It looks like https://hq.example.org.</source>
            <translation>ที่อยู่เซิร์ฟเวอร์ไม่ถูกต้อง ที่อยู่ควรมีรูปแบบเช่น https://hq.example.org</translation>
        </message>
        <message>
            <source>Headquarters cannot be reached. Your changes are kept and will be sent when the connection is back.</source>
            <translation>ไม่สามารถติดต่อสำนักงานใหญ่ได้ การเปลี่ยนแปลงของท่านยังเก็บไว้ และจะส่งเมื่อเชื่อมต่อได้อีกครั้ง</translation>
        </message>
        <message>
            <source>Headquarters could not process the enrolment. Try again later; if it keeps failing, tell headquarters.</source>
            <translation>สำนักงานใหญ่ไม่สามารถดำเนินการลงทะเบียนได้ กรุณาลองใหม่ภายหลัง หากยังไม่สำเร็จ กรุณาแจ้งสำนักงานใหญ่</translation>
        </message>
        <message>
            <source>Too many enrolment attempts from this network. Wait a minute, then try again.</source>
            <translation>มีการพยายามลงทะเบียนจากเครือข่ายนี้มากเกินไป กรุณารอหนึ่งนาที แล้วลองอีกครั้ง</translation>
        </message>
        <message>
            <source>This version of GMS Desk is too old to sync with headquarters. Please install GMS Desk %1 or newer; this laptop has %2. Your data is kept until then.</source>
            <translation>GMS Desk เวอร์ชันนี้เก่าเกินกว่าจะซิงค์ข้อมูลกับสำนักงานใหญ่ได้ กรุณาติดตั้ง GMS Desk %1 หรือใหม่กว่า (เครื่องนี้มีเวอร์ชัน %2) ระหว่างนี้ข้อมูลของท่านยังเก็บไว้ตามเดิม</translation>
        </message>
        <message>
            <source>This is the demo data folder: nothing in it is ever sent to headquarters. Leave demo data (in the Demo menu), then enrol this computer with your own data.</source>
            <translation>นี่คือโฟลเดอร์ข้อมูลตัวอย่าง ข้อมูลในนี้จะไม่ถูกส่งไปยังสำนักงานใหญ่ กรุณาออกจากข้อมูลตัวอย่าง (ในเมนู “ข้อมูลตัวอย่าง”) แล้วลงทะเบียนเครื่องนี้กับข้อมูลจริงของท่าน</translation>
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
        <message>
            <source>This record belongs to another agency.</source>
            <translation>ข้อมูลนี้เป็นของหน่วยงานอื่น</translation>
        </message>
        <message>
            <source>Headquarters published this record; it cannot be changed here.</source>
            <translation>สำนักงานใหญ่เผยแพร่ข้อมูลนี้ จึงแก้ไขที่นี่ไม่ได้</translation>
        </message>
        <message>
            <source>Headquarters does not know this kind of record yet (it runs an older version).</source>
            <translation>สำนักงานใหญ่ยังไม่รู้จักข้อมูลประเภทนี้ (ยังใช้เวอร์ชันเก่ากว่า)</translation>
        </message>
        <message>
            <source>Headquarters does not know this field yet (it runs an older version).</source>
            <translation>สำนักงานใหญ่ยังไม่รู้จักช่องข้อมูลนี้ (ยังใช้เวอร์ชันเก่ากว่า)</translation>
        </message>
        <message>
            <source>Headquarters has no such conflict.</source>
            <translation>สำนักงานใหญ่ไม่มีข้อมูลขัดแย้งรายการนี้</translation>
        </message>
        <message>
            <source>The key that lets this computer sync could not be saved in the data folder. Check that the folder can be written to, then enrol again.</source>
            <translation>ไม่สามารถบันทึกกุญแจที่ทำให้เครื่องนี้ซิงค์ข้อมูลได้ลงในโฟลเดอร์ข้อมูล กรุณาตรวจสอบว่าสามารถเขียนไฟล์ลงในโฟลเดอร์นั้นได้ แล้วลงทะเบียนอีกครั้ง</translation>
        </message>
        <message>
            <source>The key that lets this computer sync could not be read from the system's password store (it may be locked). Unlock it, then sync again.</source>
            <translation>ไม่สามารถอ่านกุญแจที่ทำให้เครื่องนี้ซิงค์ข้อมูลได้จากที่เก็บรหัสผ่านของระบบ (อาจถูกล็อกอยู่) กรุณาปลดล็อก แล้วซิงค์ข้อมูลอีกครั้ง</translation>
        </message>
        <message>
            <source>This file is not a GMS Desk sync bundle.</source>
            <translation>ไฟล์นี้ไม่ใช่ไฟล์ซิงค์ข้อมูลของ GMS Desk</translation>
        </message>
        <message>
            <source>This sync bundle was made by a newer version of GMS Desk. Update GMS Desk on this computer, then import it again.</source>
            <translation>ไฟล์ซิงค์ข้อมูลนี้สร้างจาก GMS Desk เวอร์ชันที่ใหม่กว่า กรุณาอัปเดต GMS Desk ในเครื่องนี้ แล้วนำเข้าอีกครั้ง</translation>
        </message>
        <message>
            <source>This sync bundle is damaged or incomplete (it may have been cut short while it was copied). Nothing was imported. Copy it again, or make a new one.</source>
            <translation>ไฟล์ซิงค์ข้อมูลนี้เสียหายหรือไม่สมบูรณ์ (อาจขาดหายระหว่างคัดลอก) ไม่มีการนำเข้าข้อมูลใด ๆ กรุณาคัดลอกอีกครั้ง หรือสร้างไฟล์ใหม่</translation>
        </message>
        <message>
            <source>This sync bundle was changed after it was made, or was not made for this computer. Nothing was imported.</source>
            <translation>ไฟล์ซิงค์ข้อมูลนี้ถูกแก้ไขหลังจากสร้าง หรือไม่ได้สร้างไว้สำหรับเครื่องนี้ ไม่มีการนำเข้าข้อมูลใด ๆ</translation>
        </message>
        <message>
            <source>This sync bundle is encrypted. Enter the passphrase it was made with.</source>
            <translation>ไฟล์ซิงค์ข้อมูลนี้เข้ารหัสไว้ กรุณากรอกรหัสผ่านที่ใช้ตอนสร้างไฟล์</translation>
        </message>
        <message>
            <source>The passphrase is not the one this sync bundle was made with, or the bundle was changed after it was made. Nothing was imported.</source>
            <translation>รหัสผ่านไม่ตรงกับที่ใช้สร้างไฟล์ซิงค์ข้อมูลนี้ หรือไฟล์ถูกแก้ไขหลังจากสร้าง ไม่มีการนำเข้าข้อมูลใด ๆ</translation>
        </message>
        <message>
            <source>Encrypted sync bundles need the “cryptography” package, which is not installed with this copy of GMS Desk.</source>
            <translation>ไฟล์ซิงค์ข้อมูลที่เข้ารหัสต้องใช้แพ็กเกจ “cryptography” ซึ่งไม่ได้ติดตั้งมากับ GMS Desk ชุดนี้</translation>
        </message>
        <message>
            <source>This computer is not enrolled with headquarters, so it cannot make or read sync bundles. Enrol it first.</source>
            <translation>เครื่องนี้ยังไม่ได้ลงทะเบียนกับสำนักงานใหญ่ จึงสร้างหรืออ่านไฟล์ซิงค์ข้อมูลไม่ได้ กรุณาลงทะเบียนเครื่องก่อน</translation>
        </message>
        <message>
            <source>This sync bundle was made on this computer. Take it to headquarters, or to another computer of your agency, and import it there.</source>
            <translation>ไฟล์ซิงค์ข้อมูลนี้สร้างจากเครื่องนี้ กรุณานำไปที่สำนักงานใหญ่ หรือเครื่องอื่นของหน่วยงานท่าน แล้วนำเข้าที่นั่น</translation>
        </message>
        <message>
            <source>This reply from headquarters is for another computer. Import it on the computer whose id it names.</source>
            <translation>ไฟล์ตอบกลับจากสำนักงานใหญ่นี้เป็นของเครื่องอื่น กรุณานำเข้าในเครื่องที่มีรหัสตามที่ระบุในไฟล์</translation>
        </message>
        <message>
            <source>This sync bundle comes from a computer of another agency. Only bundles of your own agency's computers, and replies from headquarters for this computer, can be imported here.</source>
            <translation>ไฟล์ซิงค์ข้อมูลนี้มาจากเครื่องของหน่วยงานอื่น นำเข้าที่นี่ได้เฉพาะไฟล์จากเครื่องของหน่วยงานท่านเอง และไฟล์ตอบกลับจากสำนักงานใหญ่สำหรับเครื่องนี้เท่านั้น</translation>
        </message>
        <message>
            <source>This sync bundle comes from a computer whose clock is ahead. Correct the date and time on that computer, sync it or make a new bundle there, and import that one. Nothing was imported.</source>
            <translation>ไฟล์ซิงค์ข้อมูลนี้มาจากเครื่องที่ตั้งนาฬิกาเร็วเกินไป กรุณาแก้ไขวันที่และเวลาในเครื่องนั้น ซิงค์ข้อมูลหรือสร้างไฟล์ใหม่ที่เครื่องนั้น แล้วนำเข้าไฟล์ใหม่ ไม่มีการนำเข้าข้อมูลใด ๆ</translation>
        </message>
        <message>
            <source>The sync bundle could not be read.</source>
            <translation>อ่านไฟล์ซิงค์ข้อมูลไม่ได้</translation>
        </message>
        <message>
            <source>The sync bundle could not be written. Check that the folder (or USB stick) is there, can be written to and has room. Nothing is lost: make the bundle again.</source>
            <translation>บันทึกไฟล์ซิงค์ข้อมูลไม่ได้ กรุณาตรวจสอบว่าโฟลเดอร์ (หรือแฟลชไดรฟ์ USB) ยังอยู่ เขียนไฟล์ได้ และมีพื้นที่ว่างเพียงพอ ไม่มีข้อมูลสูญหาย กรุณาสร้างไฟล์อีกครั้ง</translation>
        </message>
        <message>
            <source>This sync bundle comes from a computer that headquarters has not told this one about: it was enrolled since, or may no longer sync. Sync this computer with headquarters (or import its newest reply for this computer), then import the bundle again; or take the bundle to headquarters. Nothing was imported.</source>
            <translation>ไฟล์ซิงค์ข้อมูลนี้มาจากเครื่องที่สำนักงานใหญ่ยังไม่ได้แจ้งให้เครื่องนี้ทราบ อาจเป็นเครื่องที่ลงทะเบียนภายหลัง หรืออาจไม่มีสิทธิ์ซิงค์ข้อมูลแล้ว กรุณาซิงค์ข้อมูลเครื่องนี้กับสำนักงานใหญ่ (หรือนำเข้าไฟล์ตอบกลับล่าสุดจากสำนักงานใหญ่สำหรับเครื่องนี้) แล้วนำเข้าไฟล์นี้อีกครั้ง หรือนำไฟล์ไปที่สำนักงานใหญ่ ไม่มีการนำเข้าข้อมูลใด ๆ</translation>
        </message>
        <message>
            <source>This sync bundle was made by an older version of GMS Desk, which does not sign its bundles, so this computer cannot check who made it. Update GMS Desk on the computer that made it and make a new bundle there, or take this one to headquarters. Nothing was imported.</source>
            <translation>ไฟล์ซิงค์ข้อมูลนี้สร้างจาก GMS Desk เวอร์ชันเก่าซึ่งไม่ลงลายมือชื่อดิจิทัลในไฟล์ เครื่องนี้จึงตรวจสอบไม่ได้ว่าใครเป็นผู้สร้าง กรุณาอัปเดต GMS Desk ในเครื่องที่สร้างไฟล์ แล้วสร้างไฟล์ใหม่ที่เครื่องนั้น หรือนำไฟล์นี้ไปที่สำนักงานใหญ่ ไม่มีการนำเข้าข้อมูลใด ๆ</translation>
        </message>
        <message>
            <source>This sync bundle was changed after it was made, or was not made by the computer it names. Nothing was imported. Ask for a new bundle from that computer.</source>
            <translation>ไฟล์ซิงค์ข้อมูลนี้ถูกแก้ไขหลังจากสร้าง หรือไม่ได้สร้างจากเครื่องที่ระบุไว้ในไฟล์ ไม่มีการนำเข้าข้อมูลใด ๆ กรุณาขอไฟล์ใหม่จากเครื่องนั้น</translation>
        </message>
        <message>
            <source>Stopped. Nothing was written or imported.</source>
            <translation>หยุดแล้ว ไม่มีการบันทึกหรือนำเข้าข้อมูลใด ๆ</translation>
        </message>
        <message>
            <source>Headquarters answered at this address: the connection works.</source>
            <translation>สำนักงานใหญ่ตอบกลับที่ที่อยู่นี้ การเชื่อมต่อใช้งานได้</translation>
        </message>
        <message>
            <source>No server of this name was found. Check the address for a typing mistake; if it is right, this computer may not be connected to the network.</source>
            <translation>ไม่พบเซิร์ฟเวอร์ชื่อนี้ กรุณาตรวจสอบว่าพิมพ์ที่อยู่ถูกต้อง หากถูกต้องแล้ว เครื่องนี้อาจไม่ได้เชื่อมต่อเครือข่าย</translation>
        </message>
        <message>
            <source>The server did not answer. Check this computer's network connection; if websites open, the server may be down: try again later or tell headquarters.</source>
            <translation>เซิร์ฟเวอร์ไม่ตอบกลับ กรุณาตรวจสอบการเชื่อมต่อเครือข่ายของเครื่องนี้ หากเปิดเว็บไซต์ได้ เซิร์ฟเวอร์อาจขัดข้อง กรุณาลองใหม่ภายหลังหรือแจ้งสำนักงานใหญ่</translation>
        </message>
        <message>
            <source>A server answered at this address, but it is not a GMS Desk headquarters server. Check the address.</source>
            <translation>มีเซิร์ฟเวอร์ตอบกลับที่ที่อยู่นี้ แต่ไม่ใช่เซิร์ฟเวอร์ GMS Desk ของสำนักงานใหญ่ กรุณาตรวจสอบที่อยู่</translation>
        </message>
        <message>
            <source>Headquarters' server answered with an error. Try again later; if it keeps failing, tell headquarters.</source>
            <translation>เซิร์ฟเวอร์ของสำนักงานใหญ่ตอบกลับว่าเกิดข้อผิดพลาด กรุณาลองใหม่ภายหลัง หากยังไม่สำเร็จ กรุณาแจ้งสำนักงานใหญ่</translation>
        </message>
        <message>
            <source>Photos and files could not all be sent: the connection keeps dropping. They are kept and sending goes on from where it stopped at the next sync.</source>
            <translation>ส่งรูปภาพและไฟล์ได้ไม่ครบ เนื่องจากการเชื่อมต่อขาดหายบ่อย ไฟล์ยังเก็บไว้ และจะส่งต่อจากจุดที่หยุดไว้ในการซิงค์ข้อมูลครั้งถัดไป</translation>
        </message>
        <message>
            <source>Headquarters does not accept a file this large; it stays on this laptop.</source>
            <translation>สำนักงานใหญ่ไม่รับไฟล์ขนาดใหญ่เท่านี้ ไฟล์จะเก็บไว้ในเครื่องนี้</translation>
        </message>
        <message>
            <source>The file could not be fetched from headquarters. Try again when the connection is better.</source>
            <translation>ดึงไฟล์จากสำนักงานใหญ่ไม่ได้ กรุณาลองอีกครั้งเมื่อการเชื่อมต่อดีขึ้น</translation>
        </message>
        <message>
            <source>Headquarters does not have this file (yet): the laptop that attached it has not sent it.</source>
            <translation>สำนักงานใหญ่ยังไม่มีไฟล์นี้ เนื่องจากเครื่องที่แนบไฟล์ยังไม่ได้ส่งมา</translation>
        </message>
    </context>
    <context>
        <name>SyncArea</name>
        <message>
            <source>Sync with headquarters</source>
            <translation>ซิงค์ข้อมูลกับสำนักงานใหญ่</translation>
        </message>
        <message>
            <source>Everything you enter is kept on this computer, and every change waits here until it is sent. To send your changes to headquarters and receive your colleagues' work, enrol this computer once with the code headquarters gave you.</source>
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
            <source>Test connection</source>
            <translation>ทดสอบการเชื่อมต่อ</translation>
        </message>
        <message>
            <source>Try the server address and say what happened; nothing is sent</source>
            <translation>ลองเชื่อมต่อที่อยู่เซิร์ฟเวอร์และแจ้งผล โดยไม่มีการส่งข้อมูลใด ๆ</translation>
        </message>
        <message>
            <source>Allow an unencrypted connection to this server on the local network</source>
            <translation>อนุญาตการเชื่อมต่อที่ไม่เข้ารหัสไปยังเซิร์ฟเวอร์นี้ในเครือข่ายภายใน</translation>
        </message>
        <message>
            <source>The connection is not encrypted: anyone on the network can read what is sent, this computer's key included. Allow it only for a server of your office's own network.</source>
            <translation>การเชื่อมต่อนี้ไม่เข้ารหัส ทุกคนในเครือข่ายอ่านสิ่งที่ส่งได้ รวมถึงกุญแจของเครื่องนี้ด้วย อนุญาตเฉพาะเซิร์ฟเวอร์ในเครือข่ายของสำนักงานท่านเองเท่านั้น</translation>
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
            <source>Connection not encrypted (allowed for this local server)</source>
            <translation>การเชื่อมต่อไม่เข้ารหัส (อนุญาตสำหรับเซิร์ฟเวอร์ภายในนี้)</translation>
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
            <source>This computer's id</source>
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
        <message>
            <source>Not stored</source>
            <translation>ยังไม่ได้บันทึก</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>คัดลอก</translation>
        </message>
        <message>
            <source>Copy the selected lines (or all) as text</source>
            <translation>คัดลอกบรรทัดที่เลือก (หรือทั้งหมด) เป็นข้อความ</translation>
        </message>
        <message>
            <source>Discard refused…</source>
            <translation>ละทิ้งรายการที่ถูกปฏิเสธ…</translation>
        </message>
        <message>
            <source>Forget the selected refused changes (all, if none is selected)</source>
            <translation>ละทิ้งการเปลี่ยนแปลงที่ถูกปฏิเสธที่เลือกไว้ (หรือทั้งหมดหากไม่ได้เลือก)</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) on this computer will be sent after enrolment.</source>
            <translation>
                <numerusform>การเปลี่ยนแปลง %n รายการในเครื่องนี้จะถูกส่งหลังลงทะเบียนเครื่องแล้ว</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Demo data waiting too: %Ln change(s), dropped, never sent.</source>
            <translation>
                <numerusform>มีข้อมูลตัวอย่างรออยู่ด้วย: การเปลี่ยนแปลง %Ln รายการ ซึ่งจะถูกทิ้งและไม่ถูกส่ง</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 — headquarters: holds every agency's records</source>
            <translation>%1 — สำนักงานใหญ่: เก็บข้อมูลของทุกหน่วยงาน</translation>
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
        <message numerus="yes">
            <source>(%Ln of demo data: dropped at the next sync, never sent)</source>
            <translation>
                <numerusform>(เป็นข้อมูลตัวอย่าง %Ln รายการ: จะถูกทิ้งเมื่อซิงค์ข้อมูลครั้งถัดไป และไม่ถูกส่ง)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln photo(s) and file(s) sent</source>
            <translation>
                <numerusform>ส่งรูปภาพและไฟล์ %Ln รายการ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln still to send</source>
            <translation>
                <numerusform>เหลือที่ต้องส่งอีก %Ln รายการ</numerusform>
            </translation>
        </message>
        <message>
            <source>Trying %1…</source>
            <translation>กำลังลองเชื่อมต่อ %1…</translation>
        </message>
        <message>
            <source>Sync by file…</source>
            <translation>ซิงค์ข้อมูลผ่านไฟล์…</translation>
        </message>
        <message>
            <source>No connection? Take your changes to headquarters on a USB stick, and bring its reply back</source>
            <translation>เชื่อมต่อเครือข่ายไม่ได้ใช่ไหม นำการเปลี่ยนแปลงของท่านไปที่สำนักงานใหญ่ด้วยแฟลชไดรฟ์ USB แล้วนำไฟล์ตอบกลับกลับมา</translation>
        </message>
        <message>
            <source>Export bundle…</source>
            <translation>ส่งออกไฟล์ซิงค์ข้อมูล…</translation>
        </message>
        <message>
            <source>Import bundle…</source>
            <translation>นำเข้าไฟล์ซิงค์ข้อมูล…</translation>
        </message>
        <message>
            <source>Export sync bundle</source>
            <translation>ส่งออกไฟล์ซิงค์ข้อมูล</translation>
        </message>
        <message>
            <source>Sync bundles (*%1)</source>
            <translation>ไฟล์ซิงค์ข้อมูล (*%1)</translation>
        </message>
        <message>
            <source>A passphrase to encrypt the bundle with (leave it empty not to encrypt; whoever imports it will need it):</source>
            <translation>รหัสผ่านสำหรับเข้ารหัสไฟล์ (เว้นว่างไว้หากไม่ต้องการเข้ารหัส ผู้ที่นำเข้าไฟล์จะต้องใช้รหัสผ่านนี้):</translation>
        </message>
        <message>
            <source>Export stopped: no bundle was written.</source>
            <translation>หยุดการส่งออกแล้ว ไม่มีการสร้างไฟล์ซิงค์ข้อมูล</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1: %n change(s). Take it to headquarters, then import the reply it gives you here.</source>
            <translation>
                <numerusform>บันทึก %1 แล้ว: การเปลี่ยนแปลง %n รายการ กรุณานำไปที่สำนักงานใหญ่ แล้วนำเข้าไฟล์ตอบกลับที่ได้รับที่นี่</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It carries %n photo(s) and file(s) too.</source>
            <translation>
                <numerusform>มีรูปภาพและไฟล์ %n รายการด้วย</numerusform>
            </translation>
        </message>
        <message>
            <source>Writing the sync bundle…</source>
            <translation>กำลังสร้างไฟล์ซิงค์ข้อมูล…</translation>
        </message>
        <message>
            <source>Import sync bundle</source>
            <translation>นำเข้าไฟล์ซิงค์ข้อมูล</translation>
        </message>
        <message>
            <source>Import stopped: nothing was imported. Import the bundle again when you are ready.</source>
            <translation>หยุดการนำเข้าแล้ว ไม่มีการนำเข้าข้อมูลใด ๆ กรุณานำเข้าไฟล์อีกครั้งเมื่อพร้อม</translation>
        </message>
        <message>
            <source>The passphrase this bundle was made with:</source>
            <translation>รหัสผ่านที่ใช้ตอนสร้างไฟล์นี้:</translation>
        </message>
        <message numerus="yes">
            <source>Imported headquarters' reply: %n change(s) received.</source>
            <translation>
                <numerusform>นำเข้าไฟล์ตอบกลับจากสำนักงานใหญ่แล้ว: ได้รับการเปลี่ยนแปลง %n รายการ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Headquarters confirmed %n change(s) of yours.</source>
            <translation>
                <numerusform>สำนักงานใหญ่ยืนยันการเปลี่ยนแปลงของท่าน %n รายการ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Headquarters has %n of your photos and files now.</source>
            <translation>
                <numerusform>ตอนนี้สำนักงานใหญ่มีรูปภาพและไฟล์ของคุณแล้ว %n รายการ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported another computer's bundle: %n change(s). They go on to headquarters with your next bundle.</source>
            <translation>
                <numerusform>นำเข้าไฟล์จากเครื่องอื่นแล้ว: การเปลี่ยนแปลง %n รายการ จะถูกส่งต่อไปยังสำนักงานใหญ่พร้อมไฟล์ครั้งถัดไปของท่าน</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It carried %n photo(s) and file(s), kept here and carried on.</source>
            <translation>
                <numerusform>มีรูปภาพและไฟล์ %n รายการ ซึ่งเก็บไว้ที่นี่และจะส่งต่อไป</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in it did not match what the bundle lists (damaged or changed) and stayed out.</source>
            <translation>
                <numerusform>ไฟล์ %n รายการในนั้นไม่ตรงกับที่ชุดข้อมูลระบุ (เสียหายหรือถูกแก้ไข) จึงไม่ได้รับไว้</numerusform>
            </translation>
        </message>
        <message>
            <source>This computer could not check which computer made it (it has not synced with headquarters, or imported its reply, yet); headquarters checks it when the bundle reaches it.</source>
            <translation>เครื่องนี้ตรวจสอบไม่ได้ว่าไฟล์นี้สร้างจากเครื่องใด (เนื่องจากยังไม่ได้ซิงค์ข้อมูลกับสำนักงานใหญ่ หรือยังไม่ได้นำเข้าไฟล์ตอบกลับ) สำนักงานใหญ่จะตรวจสอบเมื่อได้รับไฟล์</translation>
        </message>
        <message>
            <source>Reading the sync bundle…</source>
            <translation>กำลังอ่านไฟล์ซิงค์ข้อมูล…</translation>
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
            <source>%n changes received could not be stored on this computer: kept here, to be applied after an update of GMS Desk.</source>
            <translation>
                <numerusform>การเปลี่ยนแปลงที่ได้รับ %n รายการบันทึกลงเครื่องนี้ไม่ได้ ระบบเก็บไว้และจะนำไปใช้เมื่อ GMS Desk รู้จักข้อมูลเหล่านั้นแล้ว (หลังอัปเดต)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes were refused by headquarters: kept here, not sent again.</source>
            <translation>
                <numerusform>การเปลี่ยนแปลง %n รายการถูกสำนักงานใหญ่ปฏิเสธ: เก็บไว้ที่นี่ และจะไม่ส่งซ้ำ</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing</source>
            <translation>ไม่มี</translation>
        </message>
        <message>
            <source>received</source>
            <translation>ได้รับ</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>ถูกปฏิเสธ</translation>
        </message>
        <message>
            <source>%1 — %2 “%3” (refused): %4</source>
            <translation>%1 — %2 “%3” (ถูกปฏิเสธ): %4</translation>
        </message>
        <message>
            <source>Discard refused changes</source>
            <translation>ละทิ้งการเปลี่ยนแปลงที่ถูกปฏิเสธ</translation>
        </message>
        <message numerus="yes">
            <source>Forget %n refused change(s)? What was typed stays on this computer only; copy it first if someone needs it.</source>
            <translation>
                <numerusform>ละทิ้งการเปลี่ยนแปลงที่ถูกปฏิเสธ %n รายการหรือไม่ ค่าเหล่านั้นจะอยู่ในเครื่องนี้เท่านั้น หากมีผู้ต้องการใช้ กรุณาคัดลอกไว้ก่อน</numerusform>
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
        <message numerus="yes">
            <source>%Ln change(s) of demo data kept here</source>
            <translation>
                <numerusform>เก็บการเปลี่ยนแปลงของข้อมูลตัวอย่าง %Ln รายการไว้ที่นี่</numerusform>
            </translation>
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
            <source>Syncing… %1 of %2 changes sent</source>
            <translation>กำลังซิงค์ข้อมูล… ส่งแล้ว %1 จาก %2 รายการ</translation>
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
        <name>Targets</name>
        <message>
            <source>Enter the first and the last day of the period.</source>
            <translation>กรุณากรอกวันแรกและวันสุดท้ายของช่วงเวลา</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>ช่วงเวลาสิ้นสุดก่อนวันเริ่มต้น</translation>
        </message>
        <message>
            <source>Enter a target value or a baseline.</source>
            <translation>กรุณากรอกค่าเป้าหมายหรือค่าฐาน</translation>
        </message>
        <message>
            <source>Enter the agency's code, for example kh-sr.</source>
            <translation>กรุณากรอกรหัสหน่วยงาน เช่น kh-sr</translation>
        </message>
        <message>
            <source>Enter the province.</source>
            <translation>กรุณากรอกจังหวัด</translation>
        </message>
        <message>
            <source>A target for the whole programme is for no one place: leave “for” empty.</source>
            <translation>เป้าหมายของทั้งโครงการไม่ได้เป็นของพื้นที่ใดพื้นที่หนึ่ง กรุณาเว้นคอลัมน์ “for” ว่างไว้</translation>
        </message>
        <message>
            <source>Only headquarters sets targets for the whole programme and for economies.</source>
            <translation>เฉพาะสำนักงานใหญ่เท่านั้นที่กำหนดเป้าหมายของทั้งโครงการและของประเทศ/ภูมิภาค</translation>
        </message>
        <message>
            <source>An agency sets targets for itself and for the provinces it serves only.</source>
            <translation>หน่วยงานกำหนดเป้าหมายได้เฉพาะของตนเองและของจังหวัดที่ตนให้บริการเท่านั้น</translation>
        </message>
        <message>
            <source>Set by headquarters: this target cannot be changed here.</source>
            <translation>กำหนดโดยสำนักงานใหญ่ จึงแก้ไขเป้าหมายนี้ที่นี่ไม่ได้</translation>
        </message>
        <message>
            <source>There is no indicator with this code.</source>
            <translation>ไม่มีตัวชี้วัดที่ใช้รหัสนี้</translation>
        </message>
        <message>
            <source>Choose an .xlsx file.</source>
            <translation>กรุณาเลือกไฟล์ .xlsx</translation>
        </message>
        <message>
            <source>The first row must name the columns: indicator, scope, for, from, to, target, baseline, baseline date, notes.</source>
            <translation>แถวแรกต้องเป็นชื่อคอลัมน์: indicator, scope, for, from, to, target, baseline, baseline date, notes</translation>
        </message>
        <message>
            <source>This file could not be read as a spreadsheet.</source>
            <translation>ไม่สามารถอ่านไฟล์นี้เป็นไฟล์ตารางได้</translation>
        </message>
        <message>
            <source>Provinces</source>
            <translation>จังหวัด</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <source>Economies</source>
            <translation>ประเทศ/ภูมิภาค</translation>
        </message>
        <message>
            <source>Whole programme</source>
            <translation>ทั้งโครงการ</translation>
        </message>
        <message>
            <source>Set by headquarters</source>
            <translation>กำหนดโดยสำนักงานใหญ่</translation>
        </message>
        <message>
            <source>Baseline: %1</source>
            <translation>ค่าฐาน: %1</translation>
        </message>
        <message>
            <source>Target: %1</source>
            <translation>เป้าหมาย: %1</translation>
        </message>
        <message>
            <source>Baseline measured on %1</source>
            <translation>วัดค่าฐานเมื่อ %1</translation>
        </message>
        <message>
            <source>“%1” is not a number. Type a number of 0 or more, or nothing to clear the cell.</source>
            <translation>“%1” ไม่ใช่ตัวเลข กรุณาพิมพ์ตัวเลขตั้งแต่ 0 ขึ้นไป หรือเว้นว่างไว้เพื่อล้างช่อง</translation>
        </message>
        <message>
            <source>Row %1, column “%2”: %3</source>
            <translation>แถว %1 คอลัมน์ “%2”: %3</translation>
        </message>
    </context>
    <context>
        <name>TargetsEditor</name>
        <message>
            <source>Year</source>
            <translation>ปี</translation>
        </message>
        <message>
            <source>Whole year or quarter</source>
            <translation>ทั้งปีหรือไตรมาส</translation>
        </message>
        <message>
            <source>Whole year</source>
            <translation>ทั้งปี</translation>
        </message>
        <message>
            <source>Quarter %1</source>
            <translation>ไตรมาส %1</translation>
        </message>
        <message>
            <source>Targets for</source>
            <translation>เป้าหมายของ</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>ประเทศ/ภูมิภาค</translation>
        </message>
        <message>
            <source>All economies</source>
            <translation>ทุกประเทศ/ภูมิภาค</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>กรอก</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>เป้าหมาย</translation>
        </message>
        <message>
            <source>Baselines</source>
            <translation>ค่าฐาน</translation>
        </message>
        <message>
            <source>Baseline date</source>
            <translation>วันที่วัดค่าฐาน</translation>
        </message>
        <message>
            <source>The day the baselines typed now were measured (usually the day before the period starts)</source>
            <translation>วันที่วัดค่าฐานที่กำลังกรอกอยู่ (โดยปกติคือวันก่อนเริ่มช่วงเวลา)</translation>
        </message>
        <message>
            <source>measured on</source>
            <translation>วัดเมื่อ</translation>
        </message>
        <message>
            <source>Import XLSX…</source>
            <translation>นำเข้า XLSX…</translation>
        </message>
        <message>
            <source>Set targets from a spreadsheet with the columns indicator, scope, for, from, to, target, baseline, baseline date, notes (as an export writes them)</source>
            <translation>กำหนดเป้าหมายจากไฟล์ตารางที่มีคอลัมน์ indicator, scope, for, from, to, target, baseline, baseline date, notes (ตามรูปแบบที่ไฟล์ส่งออกใช้)</translation>
        </message>
        <message>
            <source>Export XLSX…</source>
            <translation>ส่งออก XLSX…</translation>
        </message>
        <message>
            <source>Every target and baseline in one sheet</source>
            <translation>เป้าหมายและค่าฐานทั้งหมดในชีตเดียว</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>ล้าง</translation>
        </message>
        <message>
            <source>Clear the selected cells (Del)</source>
            <translation>ล้างช่องที่เลือก (Del)</translation>
        </message>
        <message>
            <source>Type a number and press Enter or Tab; paste a block copied from a spreadsheet with Ctrl+V; Del clears. Grey cells were set by headquarters.</source>
            <translation>พิมพ์ตัวเลขแล้วกด Enter หรือ Tab วางข้อมูลที่คัดลอกมาจากไฟล์ตารางด้วย Ctrl+V กด Del เพื่อล้าง ช่องสีเทากำหนดโดยสำนักงานใหญ่</translation>
        </message>
        <message>
            <source>No places to set targets for yet: provinces come from the agencies' profiles and the SMEs recorded.</source>
            <translation>ยังไม่มีพื้นที่ให้กำหนดเป้าหมาย: รายชื่อจังหวัดมาจากข้อมูลของหน่วยงานและ SME ที่บันทึกไว้</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>ค่าฐาน</translation>
        </message>
        <message>
            <source>target</source>
            <translation>เป้าหมาย</translation>
        </message>
        <message>
            <source>clear %1 of %2 for %3</source>
            <translation>ล้าง%1ของ %2 สำหรับ %3</translation>
        </message>
        <message>
            <source>set %1 of %2 for %3</source>
            <translation>กำหนด%1ของ %2 สำหรับ %3</translation>
        </message>
        <message numerus="yes">
            <source>clear %n cell(s)</source>
            <translation>
                <numerusform>ล้าง %n ช่อง</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left %n cell(s) set by headquarters as they are.</source>
            <translation>
                <numerusform>ช่องที่สำนักงานใหญ่กำหนดจำนวน %n ช่องยังคงไว้ตามเดิม</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left out %n pasted value(s): not a number.</source>
            <translation>
                <numerusform>ค่าที่วาง %n ค่าไม่ใช่ตัวเลข จึงถูกข้ามไป</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left out %n row(s); correct the file and import it again.</source>
            <translation>
                <numerusform>มี %n แถวที่ถูกข้ามไป กรุณาแก้ไขในไฟล์แล้วนำเข้าอีกครั้ง</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>paste %n cell(s)</source>
            <translation>
                <numerusform>วาง %n ช่อง</numerusform>
            </translation>
        </message>
        <message>
            <source>Import targets</source>
            <translation>นำเข้าเป้าหมาย</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>ไฟล์ Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export targets</source>
            <translation>ส่งออกเป้าหมาย</translation>
        </message>
        <message>
            <source>Importing targets…</source>
            <translation>กำลังนำเข้าเป้าหมาย…</translation>
        </message>
        <message>
            <source>%1 added, %2 changed, %3 already as in the file.</source>
            <translation>เพิ่มใหม่ %1 รายการ เปลี่ยนแปลง %2 รายการ ตรงกับไฟล์อยู่แล้ว %3 รายการ</translation>
        </message>
        <message numerus="yes">
            <source>%n target(s) exported.</source>
            <translation>
                <numerusform>ส่งออกเป้าหมาย %n รายการแล้ว</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting targets…</source>
            <translation>กำลังส่งออกเป้าหมาย…</translation>
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
            <translation>พื้นฐาน</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>ขั้นสูง</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>วางแผนไว้</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>กำลังจัด</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>จัดแล้ว</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>ยังไม่เริ่ม</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>กำลังเรียน</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>เรียนจบแล้ว</translation>
        </message>
        <message>
            <source>Website set-up</source>
            <translation>จัดทำเว็บไซต์</translation>
        </message>
        <message>
            <source>Catalogue or e-marketplace listing</source>
            <translation>ลงรายการในแคตตาล็อกหรือตลาดออนไลน์</translation>
        </message>
        <message>
            <source>Content creation</source>
            <translation>จัดทำเนื้อหา</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>แปลภาษา</translation>
        </message>
        <message>
            <source>Online payment set-up</source>
            <translation>ตั้งค่าการชำระเงินออนไลน์</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>ฝึกอบรม</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>ให้คำปรึกษา</translation>
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
            <source>E-marketplace</source>
            <translation>ตลาดออนไลน์</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>โซเชียลมีเดีย</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>โทรศัพท์</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>โทรสาร</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>อื่น ๆ</translation>
        </message>
        <message>
            <source>No reply</source>
            <translation>ไม่มีการตอบกลับ</translation>
        </message>
        <message>
            <source>In discussion</source>
            <translation>อยู่ระหว่างเจรจา</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>ได้คำสั่งซื้อ</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>ไม่สำเร็จ</translation>
        </message>
    </context>
    <context>
        <name>TrainingArea</name>
        <message>
            <source>← All workshops</source>
            <translation>← เวิร์กช็อปทั้งหมด</translation>
        </message>
        <message>
            <source>Back to the workshop list (Alt+Left)</source>
            <translation>กลับไปที่รายการเวิร์กช็อป (Alt+Left)</translation>
        </message>
        <message>
            <source>New workshop</source>
            <translation>เพิ่มเวิร์กช็อป</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>เปิด</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>แก้ไข…</translation>
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
            <source>Search title, venue, trainer, partner…</source>
            <translation>ค้นหาชื่อเรื่อง สถานที่ วิทยากร หน่วยงานร่วมจัด…</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>ทุกสถานะ</translation>
        </message>
        <message>
            <source>Deleted workshops</source>
            <translation>เวิร์กช็อปที่ลบแล้ว</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <source>All agencies</source>
            <translation>ทุกหน่วยงาน</translation>
        </message>
        <message>
            <source>No workshops yet. Press Ctrl+N to plan one: title, track and modules, dates, venue and trainers.</source>
            <translation>ยังไม่มีเวิร์กช็อป กด Ctrl+N เพื่อวางแผนเวิร์กช็อป: ชื่อเรื่อง ระดับหลักสูตรและโมดูล วันที่ สถานที่ และวิทยากร</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>การฝึกอบรม</translation>
        </message>
        <message>
            <source>&amp;Workshops</source>
            <translation>เวิร์กช็อป(&amp;W)</translation>
        </message>
        <message>
            <source>Awareness &amp;events</source>
            <translation>กิจกรรมสร้างความตระหนักรู้(&amp;E)</translation>
        </message>
        <message numerus="yes">
            <source>%n workshop(s)</source>
            <translation>
                <numerusform>เวิร์กช็อป %n รายการ</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 workshops</source>
            <translation>เวิร์กช็อป %1 จาก %2 รายการ</translation>
        </message>
        <message>
            <source>delete “%1”</source>
            <translation>ลบ “%1”</translation>
        </message>
        <message>
            <source>“%1” deleted. Undo with Ctrl+Z, or find it under “Deleted workshops”.</source>
            <translation>ลบ “%1” แล้ว กด Ctrl+Z เพื่อเลิกทำ หรือดูได้ที่ “เวิร์กช็อปที่ลบแล้ว”</translation>
        </message>
        <message>
            <source>restore “%1”</source>
            <translation>กู้คืน “%1”</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>Undo</source>
            <translation>เลิกทำ</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>ทำซ้ำ</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>Enter the business name.</source>
            <translation>กรุณากรอกชื่อกิจการ</translation>
        </message>
        <message>
            <source>This cannot be empty.</source>
            <translation>ช่องนี้เว้นว่างไม่ได้</translation>
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
            <source>Enter a number, for example 12.5.</source>
            <translation>กรุณาใส่ตัวเลข เช่น 12.5</translation>
        </message>
        <message>
            <source>The number cannot be negative.</source>
            <translation>ตัวเลขต้องไม่ติดลบ</translation>
        </message>
        <message>
            <source>This number is out of range.</source>
            <translation>ตัวเลขนี้อยู่นอกช่วงที่กำหนด</translation>
        </message>
        <message>
            <source>Choose a value from the list.</source>
            <translation>กรุณาเลือกค่าจากรายการ</translation>
        </message>
        <message>
            <source>This is not in the expected form.</source>
            <translation>รูปแบบไม่ถูกต้อง</translation>
        </message>
        <message>
            <source>Female employees cannot be more than all employees.</source>
            <translation>จำนวนพนักงานหญิงต้องไม่มากกว่าจำนวนพนักงานทั้งหมด</translation>
        </message>
        <message>
            <source>Choose services from the list.</source>
            <translation>กรุณาเลือกบริการจากรายการ</translation>
        </message>
        <message>
            <source>Enter the agency's name.</source>
            <translation>กรุณากรอกชื่อหน่วยงาน</translation>
        </message>
        <message>
            <source>Enter a year between 1900 and this year.</source>
            <translation>กรุณากรอกปีที่ถูกต้อง ตั้งแต่ พ.ศ. 2443 (ค.ศ. 1900) จนถึงปีปัจจุบัน</translation>
        </message>
        <message>
            <source>Choose no reply, in discussion, order or lost.</source>
            <translation>กรุณาเลือก ไม่มีการตอบกลับ อยู่ระหว่างเจรจา ได้คำสั่งซื้อ หรือ ไม่สำเร็จ</translation>
        </message>
        <message>
            <source>Choose where the SME is online.</source>
            <translation>กรุณาเลือกช่องทางออนไลน์ของ SME</translation>
        </message>
        <message>
            <source>Choose registered, displaying products or inactive.</source>
            <translation>กรุณาเลือก ลงทะเบียนแล้ว แสดงสินค้า หรือ ไม่ใช้งาน</translation>
        </message>
        <message>
            <source>The last day cannot be before the first.</source>
            <translation>วันสุดท้ายต้องไม่ก่อนวันแรก</translation>
        </message>
        <message>
            <source>Choose the kind of event.</source>
            <translation>กรุณาเลือกประเภทกิจกรรม</translation>
        </message>
        <message>
            <source>Choose the area.</source>
            <translation>กรุณาเลือกด้าน</translation>
        </message>
        <message>
            <source>Choose the indicator.</source>
            <translation>กรุณาเลือกตัวชี้วัด</translation>
        </message>
        <message>
            <source>Choose programme, economy, agency or province.</source>
            <translation>กรุณาเลือก ทั้งโครงการ ประเทศ/ภูมิภาค หน่วยงาน หรือ จังหวัด</translation>
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
            <translation>กรุณากรอกชื่อเรื่อง</translation>
        </message>
        <message>
            <source>Enter the person's name.</source>
            <translation>กรุณากรอกชื่อบุคคล</translation>
        </message>
        <message>
            <source>Choose basic or advanced.</source>
            <translation>กรุณาเลือก พื้นฐาน หรือ ขั้นสูง</translation>
        </message>
        <message>
            <source>Choose planned, running or done.</source>
            <translation>กรุณาเลือก วางแผนไว้ กำลังจัด หรือ จัดแล้ว</translation>
        </message>
        <message>
            <source>Enter a date as YYYY-MM-DD, for example 2025-03-14.</source>
            <translation>กรุณากรอกวันที่ในรูปแบบ YYYY-MM-DD (ปี ค.ศ.) เช่น 2025-03-14</translation>
        </message>
        <message>
            <source>Enter the date.</source>
            <translation>กรุณากรอกวันที่</translation>
        </message>
        <message>
            <source>The last day cannot be before the first day.</source>
            <translation>วันสุดท้ายต้องไม่ก่อนวันแรก</translation>
        </message>
        <message>
            <source>Enter the first day too.</source>
            <translation>กรุณากรอกวันแรกด้วย</translation>
        </message>
        <message>
            <source>A workshop can last at most 60 days.</source>
            <translation>เวิร์กช็อปหนึ่งจัดได้ไม่เกิน 60 วัน</translation>
        </message>
        <message>
            <source>Enter a two-letter country code, for example JP.</source>
            <translation>กรุณากรอกรหัสประเทศ 2 ตัวอักษร เช่น JP</translation>
        </message>
        <message>
            <source>Choose modules from the catalogue.</source>
            <translation>กรุณาเลือกโมดูลจากรายการโมดูลที่มี</translation>
        </message>
        <message>
            <source>Choose an SME from the registry.</source>
            <translation>กรุณาเลือก SME จากทะเบียน SME</translation>
        </message>
        <message>
            <source>Choose a service delivered to this SME.</source>
            <translation>กรุณาเลือกบริการที่ให้แก่ SME นี้</translation>
        </message>
        <message>
            <source>Enter a score from 0 to 100.</source>
            <translation>กรุณากรอกคะแนนตั้งแต่ 0 ถึง 100</translation>
        </message>
        <message>
            <source>Enter an amount of 0 or more, for example 150.</source>
            <translation>กรุณากรอกจำนวนเงินตั้งแต่ 0 ขึ้นไป เช่น 150</translation>
        </message>
        <message>
            <source>Enter a three-letter currency code, for example USD.</source>
            <translation>กรุณากรอกรหัสสกุลเงิน 3 ตัวอักษร เช่น USD</translation>
        </message>
        <message>
            <source>Choose the kind of service.</source>
            <translation>กรุณาเลือกประเภทบริการ</translation>
        </message>
        <message>
            <source>Choose how the inquiry came in.</source>
            <translation>กรุณาเลือกช่องทางที่ได้รับคำสอบถาม</translation>
        </message>
        <message>
            <source>Choose not started, in progress or completed.</source>
            <translation>กรุณาเลือก ยังไม่เริ่ม กำลังเรียน หรือ เรียนจบแล้ว</translation>
        </message>
        <message>
            <source>Progress only moves forward; an administrator can revert it, with a reason.</source>
            <translation>ความคืบหน้าเลื่อนไปข้างหน้าได้เท่านั้น ผู้ดูแลระบบย้อนสถานะได้โดยต้องระบุเหตุผล</translation>
        </message>
        <message>
            <source>A revert must go back to an earlier step.</source>
            <translation>การย้อนสถานะต้องกลับไปยังขั้นก่อนหน้า</translation>
        </message>
        <message>
            <source>Give a reason for the revert.</source>
            <translation>กรุณาระบุเหตุผลในการย้อนสถานะ</translation>
        </message>
        <message>
            <source>Say who reverts it.</source>
            <translation>กรุณาระบุผู้ที่ย้อนสถานะ</translation>
        </message>
        <message>
            <source>This module is not part of the workshop.</source>
            <translation>โมดูลนี้ไม่อยู่ในเวิร์กช็อปนี้</translation>
        </message>
        <message>
            <source>This person is not enrolled in the workshop.</source>
            <translation>บุคคลนี้ไม่ได้ลงทะเบียนในเวิร์กช็อปนี้</translation>
        </message>
        <message>
            <source>This day is not part of the workshop.</source>
            <translation>วันดังกล่าวไม่อยู่ในช่วงวันของเวิร์กช็อป</translation>
        </message>
        <message>
            <source>Choose a workshop.</source>
            <translation>กรุณาเลือกเวิร์กช็อป</translation>
        </message>
        <message>
            <source>A retired module cannot be added to a workshop: choose another one.</source>
            <translation>เพิ่มโมดูลที่เลิกใช้แล้วในเวิร์กช็อปไม่ได้ กรุณาเลือกโมดูลอื่น</translation>
        </message>
        <message>
            <source>Choose one of this SME's online presences.</source>
            <translation>กรุณาเลือกช่องทางออนไลน์หนึ่งของ SME นี้</translation>
        </message>
        <message>
            <source>An order value goes with the outcome “Order”: choose that outcome or clear the value.</source>
            <translation>มูลค่าคำสั่งซื้อใช้กับผลลัพธ์ “ได้คำสั่งซื้อ” เท่านั้น กรุณาเลือกผลลัพธ์นั้นหรือลบมูลค่าออก</translation>
        </message>
        <message>
            <source>This workshop is not over yet: certificates are issued after its last day.</source>
            <translation>เวิร์กช็อปนี้ยังไม่สิ้นสุด ใบประกาศนียบัตรจะออกหลังวันสุดท้าย</translation>
        </message>
        <message>
            <source>A certificate cannot be dated before the workshop's last day.</source>
            <translation>ใบประกาศนียบัตรต้องไม่ลงวันที่ก่อนวันสุดท้ายของเวิร์กช็อป</translation>
        </message>
        <message>
            <source>Enter a share of the days from 0 to 100 %.</source>
            <translation>กรุณากรอกสัดส่วนของจำนวนวันตั้งแต่ 0 ถึง 100 %</translation>
        </message>
        <message>
            <source>Write languages as codes separated by commas, for example km, en, ja.</source>
            <translation>กรุณาเขียนภาษาเป็นรหัส คั่นด้วยจุลภาค เช่น km, en, ja</translation>
        </message>
        <message>
            <source>Write each language pair as two codes joined by a dash, for example km-ja.</source>
            <translation>กรุณาเขียนคู่ภาษาแต่ละคู่เป็นรหัสสองตัวเชื่อมด้วยขีด (-) เช่น km-ja</translation>
        </message>
        <message>
            <source>Write each currency as three capital letters, for example USD.</source>
            <translation>กรุณาเขียนสกุลเงินแต่ละรายการเป็นอักษรตัวใหญ่ 3 ตัว เช่น USD</translation>
        </message>
        <message>
            <source>Choose SMEs from the registry.</source>
            <translation>กรุณาเลือก SME จากทะเบียน SME</translation>
        </message>
        <message>
            <source>An earlier row of this file describes the same business with other values. Keep one of the two rows.</source>
            <translation>มีแถวก่อนหน้าในไฟล์นี้ที่ระบุกิจการเดียวกันแต่มีค่าต่างกัน กรุณาเก็บไว้เพียงแถวเดียวจากสองแถวนี้</translation>
        </message>
        <message>
            <source>Nobody in this workshop has a certificate yet: a certificate goes to each participant who completed every module and was present on enough of its days.</source>
            <translation>ยังไม่มีผู้ใดในเวิร์กช็อปนี้ได้รับใบประกาศนียบัตร ผู้เข้าอบรมที่เรียนจบทุกโมดูลและมาอบรมครบตามจำนวนวันที่กำหนดจะได้รับคนละหนึ่งใบ</translation>
        </message>
        <message>
            <source>The logo file could not be read. Check that it is still there and that you may open it, then choose it again.</source>
            <translation>อ่านไฟล์โลโก้ไม่ได้ กรุณาตรวจสอบว่าไฟล์ยังอยู่และท่านมีสิทธิ์เปิดไฟล์ แล้วเลือกอีกครั้ง</translation>
        </message>
        <message>
            <source>The logo file is larger than 2 MB. Choose a smaller image: a logo needs a few hundred pixels across, no more.</source>
            <translation>ไฟล์โลโก้มีขนาดเกิน 2 MB กรุณาเลือกภาพที่เล็กกว่านี้ โลโก้ต้องการความกว้างเพียงไม่กี่ร้อยพิกเซลเท่านั้น</translation>
        </message>
        <message>
            <source>This file is not a PNG or JPEG image (or it is damaged). Choose a logo saved as PNG or JPEG.</source>
            <translation>ไฟล์นี้ไม่ใช่ภาพ PNG หรือ JPEG (หรือไฟล์เสียหาย) กรุณาเลือกโลโก้ที่บันทึกเป็น PNG หรือ JPEG</translation>
        </message>
    </context>
    <context>
        <name>WorkshopDialog</name>
        <message>
            <source>Edit workshop</source>
            <translation>แก้ไขเวิร์กช็อป</translation>
        </message>
        <message>
            <source>New workshop</source>
            <translation>เพิ่มเวิร์กช็อป</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>โมดูล</translation>
        </message>
        <message>
            <source>Names, separated by commas</source>
            <translation>ชื่อวิทยากร คั่นด้วยเครื่องหมายจุลภาค (,)</translation>
        </message>
        <message>
            <source>%1 (set by hand)</source>
            <translation>%1 (กำหนดเอง)</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>ชื่อเรื่อง(&amp;T):</translation>
        </message>
        <message>
            <source>Trac&amp;k:</source>
            <translation>ระดับหลักสูตร(&amp;K):</translation>
        </message>
        <message>
            <source>&amp;Modules:</source>
            <translation>โมดูล(&amp;M):</translation>
        </message>
        <message>
            <source>&amp;Dates:</source>
            <translation>วันที่(&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Venue:</source>
            <translation>สถานที่(&amp;V):</translation>
        </message>
        <message>
            <source>&amp;Economy:</source>
            <translation>ประเทศ/ภูมิภาค(&amp;E):</translation>
        </message>
        <message>
            <source>&amp;Province:</source>
            <translation>จังหวัด(&amp;P):</translation>
        </message>
        <message>
            <source>T&amp;rainers:</source>
            <translation>วิทยากร(&amp;R):</translation>
        </message>
        <message>
            <source>P&amp;artner organisation:</source>
            <translation>หน่วยงานร่วมจัด(&amp;A):</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>สถานะ(&amp;S):</translation>
        </message>
        <message>
            <source>Attendance for a &amp;certificate:</source>
            <translation>เกณฑ์การเข้าอบรมเพื่อรับใบประกาศนียบัตร(&amp;C):</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>หมายเหตุ(&amp;N):</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>%1 (retired)</source>
            <translation>%1 (เลิกใช้แล้ว)</translation>
        </message>
        <message>
            <source>Retired: new workshops are not offered it; workshops that have it keep it.</source>
            <translation>เลิกใช้แล้ว: เวิร์กช็อปใหม่เลือกโมดูลนี้ไม่ได้ ส่วนเวิร์กช็อปที่มีโมดูลนี้อยู่แล้วยังคงไว้ตามเดิม</translation>
        </message>
        <message>
            <source>Published by headquarters: it can be read here but not changed.</source>
            <translation>เผยแพร่โดยสำนักงานใหญ่ ดูได้ที่นี่แต่แก้ไขไม่ได้</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n วัน</numerusform>
            </translation>
        </message>
        <message>
            <source>As the dates say (now: %1)</source>
            <translation>ตามวันที่ (ขณะนี้: %1)</translation>
        </message>
        <message>
            <source>Follows the dates: planned before the first day, running until the last, then done.</source>
            <translation>เป็นไปตามวันที่: “วางแผนไว้” ก่อนวันแรก “กำลังจัด” จนถึงวันสุดท้าย จากนั้นเป็น “จัดแล้ว”</translation>
        </message>
        <message>
            <source>The dates already make it “%1”: setting it by hand changes nothing.</source>
            <translation>วันที่ที่กำหนดทำให้สถานะเป็น “%1” อยู่แล้ว การกำหนดเองจึงไม่มีผลใด ๆ</translation>
        </message>
        <message>
            <source>Running from now on, before its first day: for a workshop started early. After its last day it is done.</source>
            <translation>“กำลังจัด” ตั้งแต่ตอนนี้ แม้ยังไม่ถึงวันแรก: สำหรับเวิร์กช็อปที่เริ่มก่อนกำหนด หลังวันสุดท้ายจะเป็น “จัดแล้ว”</translation>
        </message>
        <message>
            <source>Done from now on, before its last day: for a workshop finished or called off early.</source>
            <translation>“จัดแล้ว” ตั้งแต่ตอนนี้ แม้ยังไม่ถึงวันสุดท้าย: สำหรับเวิร์กช็อปที่จบหรือยกเลิกก่อนกำหนด</translation>
        </message>
        <message>
            <source>Enter the workshop's title.</source>
            <translation>กรุณากรอกชื่อเวิร์กช็อป</translation>
        </message>
        <message>
            <source>Tick at least one module.</source>
            <translation>กรุณาเลือกอย่างน้อยหนึ่งโมดูล</translation>
        </message>
        <message>
            <source>The last day cannot be before the first.</source>
            <translation>วันสุดท้ายต้องไม่ก่อนวันแรก</translation>
        </message>
        <message>
            <source>A workshop can last at most 60 days.</source>
            <translation>เวิร์กช็อปหนึ่งจัดได้ไม่เกิน 60 วัน</translation>
        </message>
    </context>
    <context>
        <name>WorkshopPage</name>
        <message>
            <source>&amp;Details</source>
            <translation>รายละเอียด(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Participants</source>
            <translation>ผู้เข้าอบรม(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Workshop mode (attendance)</source>
            <translation>โหมดเวิร์กช็อป (เช็กชื่อ)(&amp;W)</translation>
        </message>
        <message>
            <source>Pro&amp;gress &amp;&amp; scores</source>
            <translation>ความคืบหน้าและคะแนน(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Certificates</source>
            <translation>ใบประกาศนียบัตร(&amp;C)</translation>
        </message>
        <message>
            <source>Dates:</source>
            <translation>วันที่:</translation>
        </message>
        <message>
            <source>Track:</source>
            <translation>ระดับหลักสูตร:</translation>
        </message>
        <message>
            <source>Modules:</source>
            <translation>โมดูล:</translation>
        </message>
        <message>
            <source>Venue:</source>
            <translation>สถานที่:</translation>
        </message>
        <message>
            <source>Trainers:</source>
            <translation>วิทยากร:</translation>
        </message>
        <message>
            <source>Partner:</source>
            <translation>หน่วยงานร่วมจัด:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>สถานะ:</translation>
        </message>
        <message>
            <source>Participants:</source>
            <translation>ผู้เข้าอบรม:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>หมายเหตุ:</translation>
        </message>
        <message>
            <source>Edit workshop…</source>
            <translation>แก้ไขเวิร์กช็อป…</translation>
        </message>
        <message>
            <source>Start workshop mode (F5)</source>
            <translation>เริ่มโหมดเวิร์กช็อป (F5)</translation>
        </message>
        <message>
            <source>Sign-in &amp;sheet… (%1)</source>
            <translation>ใบลงชื่อ(&amp;S)… (%1)</translation>
        </message>
        <message>
            <source>Print a day's sign-in sheet for people to sign</source>
            <translation>พิมพ์ใบลงชื่อประจำวันให้ผู้เข้าอบรมลงชื่อ</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <source>Latin letters</source>
            <translation>อักษรโรมัน</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>เพศ</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>ตำแหน่ง</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>โทรศัพท์</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>SME</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>เลขที่ใบประกาศนียบัตร</translation>
        </message>
        <message>
            <source>&amp;Enrol…</source>
            <translation>ลงทะเบียน(&amp;E)…</translation>
        </message>
        <message>
            <source>Enrol people (Ctrl+E)</source>
            <translation>ลงทะเบียนผู้เข้าอบรม (Ctrl+E)</translation>
        </message>
        <message>
            <source>Remove from workshop</source>
            <translation>นำออกจากเวิร์กช็อป</translation>
        </message>
        <message>
            <source>Only an administrator can move progress back: “Administrator…” in Settings asks for the administrator password.</source>
            <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่ย้อนความคืบหน้าได้ ปุ่ม “ผู้ดูแลระบบ…” ในหน้าการตั้งค่าจะขอรหัสผ่านผู้ดูแลระบบ</translation>
        </message>
        <message>
            <source>Save sign-in sheet</source>
            <translation>บันทึกใบลงชื่อ</translation>
        </message>
        <message>
            <source>Sign-in sheet %1.pdf</source>
            <translation>ใบลงชื่อ %1.pdf</translation>
        </message>
        <message>
            <source>Writing the sign-in sheet…</source>
            <translation>กำลังสร้างใบลงชื่อ…</translation>
        </message>
        <message>
            <source>Writing the sign-in sheet</source>
            <translation>กำลังสร้างใบลงชื่อ</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>เปิดโฟลเดอร์</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>ผู้เข้าอบรม %n คน</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n day(s))</source>
            <translation>
                <numerusform>(%n วัน)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n enrolled</source>
            <translation>
                <numerusform>ลงทะเบียน %n คน</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n women</source>
            <translation>
                <numerusform>หญิง %n คน</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %n participant(s) from this workshop? Their attendance and progress are kept and come back if they are enrolled again.</source>
            <translation>
                <numerusform>นำผู้เข้าอบรม %n คนออกจากเวิร์กช็อปนี้หรือไม่ ข้อมูลการเข้าร่วมและความคืบหน้าจะยังเก็บไว้ และจะกลับมาหากลงทะเบียนอีกครั้ง</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s) moved forward.</source>
            <translation>
                <numerusform>เลื่อนไปข้างหน้าแล้ว %n ช่อง</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to move forward: the selected cells are already completed.</source>
            <translation>ไม่มีช่องให้เลื่อน ช่องที่เลือกเรียนจบแล้วทั้งหมด</translation>
        </message>
        <message>
            <source>This module has not been started.</source>
            <translation>โมดูลนี้ยังไม่เริ่ม</translation>
        </message>
        <message>
            <source>Moved back to “%1”; the reason is recorded.</source>
            <translation>ย้อนกลับเป็น “%1” แล้ว และบันทึกเหตุผลไว้แล้ว</translation>
        </message>
        <message>
            <source>PDF file (*.pdf)</source>
            <translation>ไฟล์ PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Cancelled; no file was written.</source>
            <translation>ยกเลิกแล้ว ไม่มีการสร้างไฟล์</translation>
        </message>
        <message numerus="yes">
            <source>Saved the sign-in sheet (%n page(s)) to %1.</source>
            <translation>
                <numerusform>บันทึกใบลงชื่อ (%n หน้า) ไว้ที่ %1 แล้ว</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkshopTableModel</name>
        <message>
            <source>Workshop</source>
            <translation>เวิร์กช็อป</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>หน่วยงาน</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>ระดับหลักสูตร</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>สถานที่</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>ผู้เข้าอบรม</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
    </context>
    <context>
        <name>YouPage</name>
        <message>
            <source>You and your agency</source>
            <translation>ท่านและหน่วยงานของท่าน</translation>
        </message>
        <message>
            <source>Your name is saved with every change you make. New SMEs, workshops and events start with your agency's economy and province; you can still change them there.</source>
            <translation>ชื่อของท่านจะถูกบันทึกไว้กับทุกการเปลี่ยนแปลงที่ท่านทำ SME เวิร์กช็อป และกิจกรรมใหม่จะเริ่มต้นด้วยประเทศ/ภูมิภาค และจังหวัดของหน่วยงานท่าน ซึ่งยังเปลี่ยนได้ในแต่ละรายการ</translation>
        </message>
        <message>
            <source>Your full name, as colleagues know you</source>
            <translation>ชื่อ-นามสกุลของท่าน ตามที่เพื่อนร่วมงานรู้จัก</translation>
        </message>
        <message>
            <source>Settings changes any of this later.</source>
            <translation>เปลี่ยนข้อมูลเหล่านี้ได้ภายหลังในหน้าการตั้งค่า</translation>
        </message>
    </context>
    <context>
        <name>_OptionalValueWidget</name>
        <message>
            <source>Not answered</source>
            <translation>ยังไม่ได้ตอบ</translation>
        </message>
    </context>
    <context>
        <name>_RecordDialog</name>
        <message>
            <source>Save</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <source>Save (Ctrl+Enter)</source>
            <translation>บันทึก (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
    </context>
</TS>
