<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo_LA">
<context>
    <name>AcknowledgeWidget</name>
    <message>
        <source>OK</source>
        <translation>ຕົກລົງ</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <source>Edit agency — %1</source>
        <translation>ແກ້ໄຂອົງກອນ — %1</translation>
    </message>
    <message>
        <source>Headquarters gave this code when it added the agency.</source>
        <translation>ສຳນັກງານໃຫຍ່ໃຫ້ລະຫັດນີ້ ເມື່ອເພີ່ມອົງກອນນີ້ເຂົ້າ.</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>ຊື່ ຂັ້ນດ້ວຍຈຸດ (,)</translation>
    </message>
    <message>
        <source>Codes, separated by commas: km, en, ja</source>
        <translation>ລະຫັດພາສາ ຂັ້ນດ້ວຍຈຸດ ເຊັ່ນ: km, en, ja</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>ອົງກອນ</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>ການຕິດຕໍ່</translation>
    </message>
    <message>
        <source>Add service</source>
        <translation>ເພີ່ມການບໍລິການ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>ບັນທຶກ (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>ຍົກເລີກການປ່ຽນແປງບໍ?</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>ທ່ານຕ້ອງການຍົກເລີກການປ່ຽນແປງທີ່ເຮັດໄວ້ບໍ?</translation>
    </message>
</context>
<context>
    <name>AgencyTableModel</name>
    <message>
        <source>Agency</source>
        <translation>ອົງກອນ</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>ການບໍລິການ</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <source>Session &amp;day:</source>
        <translation>ມື້ຝຶກອົບຮົມ(&amp;D):</translation>
    </message>
    <message>
        <source>Type a name, then press Enter</source>
        <translation>ພິມຊື່ ແລ້ວກົດ Enter</translation>
    </message>
    <message>
        <source>Find a participant</source>
        <translation>ຊອກຫາຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Enter marks the highlighted person present (press it again to undo the mark); ↑ ↓ choose another; Esc clears; Ctrl+Z undoes.</source>
        <translation>Enter: ໝາຍວ່າຄົນທີ່ເລືອກຢູ່ມາແລ້ວ (ກົດອີກເທື່ອໜຶ່ງເພື່ອຍົກເລີກການໝາຍ); ↑ ↓: ເລືອກຄົນອື່ນ; Esc: ລ້າງ; Ctrl+Z: ຍ້ອນກັບ.</translation>
    </message>
    <message>
        <source>Day %1 — %2</source>
        <translation>ມື້ທີ %1 — %2</translation>
    </message>
    <message>
        <source>Nobody enrolled matches “%1”.</source>
        <translation>ບໍ່ມີຜູ້ລົງທະບຽນຄົນໃດກົງກັບ “%1”.</translation>
    </message>
    <message>
        <source>mark %1 present</source>
        <translation>ໝາຍ %1 ວ່າມາ</translation>
    </message>
    <message>
        <source>mark %1 absent</source>
        <translation>ໝາຍ %1 ວ່າບໍ່ມາ</translation>
    </message>
    <message>
        <source>✔ %1 is here.</source>
        <translation>✔ %1 ມາແລ້ວ.</translation>
    </message>
    <message>
        <source>%1 marked absent again.</source>
        <translation>ໝາຍ %1 ວ່າບໍ່ມາຄືນແລ້ວ.</translation>
    </message>
    <message>
        <source>Present %1 of %2</source>
        <translation>ມາແລ້ວ %1/%2 ຄົນ</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Record</source>
        <translation>ລາຍການຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Value in use</source>
        <translation>ຄ່າທີ່ໃຊ້ຢູ່</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>ແກ້ໄຂຢູ່</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>ຄ່າອື່ນ</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>(empty)</source>
        <translation>(ຫວ່າງເປົ່າ)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ແມ່ນ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ບໍ່ແມ່ນ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>ຄອມພິວເຕີນີ້</translation>
    </message>
    <message>
        <source>computer %1</source>
        <translation>ຄອມພິວເຕີ %1</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>ຄອມພິວເຕີອື່ນ</translation>
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
        <translation>ເກັບຄ່ານີ້ໄວ້</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>← Back to sync</source>
        <translation>← ກັບໄປໜ້າຊິ້ງຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>ຂໍ້ມູນຂັດກັນທີ່ຕ້ອງແກ້ໄຂ</translation>
    </message>
    <message>
        <source>Two people changed the same field before their computers synced. Every computer now shows the value in use; check which value is right and keep it, or type the right value. Your choice is sent to everyone at the next sync.</source>
        <translation>ມີສອງຄົນແກ້ໄຂຂໍ້ມູນດຽວກັນ ກ່ອນທີ່ຄອມພິວເຕີຂອງເຂົາເຈົ້າຈະຊິ້ງຂໍ້ມູນ. ດຽວນີ້ທຸກຄອມພິວເຕີສະແດງຄ່າທີ່ໃຊ້ຢູ່; ກະລຸນາກວດເບິ່ງວ່າຄ່າໃດຖືກຕ້ອງ ແລ້ວເກັບຄ່ານັ້ນໄວ້ ຫຼື ພິມຄ່າທີ່ຖືກຕ້ອງ. ການເລືອກຂອງທ່ານຈະຖືກສົ່ງໄປໃຫ້ທຸກຄົນ ໃນການຊິ້ງຂໍ້ມູນຄັ້ງຕໍ່ໄປ.</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>ບໍ່ມີຂໍ້ມູນຂັດກັນທີ່ຕ້ອງແກ້ໄຂ.</translation>
    </message>
    <message>
        <source>Value in use now</source>
        <translation>ຄ່າທີ່ໃຊ້ຢູ່ຕອນນີ້</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>ຄ່າອື່ນ</translation>
    </message>
    <message>
        <source>Type the right value</source>
        <translation>ພິມຄ່າທີ່ຖືກຕ້ອງ</translation>
    </message>
    <message>
        <source>Use this value</source>
        <translation>ໃຊ້ຄ່ານີ້</translation>
    </message>
    <message>
        <source>Or the right value:</source>
        <translation>ຫຼື ຄ່າທີ່ຖືກຕ້ອງ:</translation>
    </message>
    <message>
        <source>Changed on %1</source>
        <translation>ແກ້ໄຂຢູ່ %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ແມ່ນ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ບໍ່ແມ່ນ</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(ຫວ່າງເປົ່າ)</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>Cambodia</source>
        <translation>ກຳປູເຈຍ</translation>
    </message>
    <message>
        <source>Lao PDR</source>
        <translation>ສປປ ລາວ</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>ມຽນມາ</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>ໄທ</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>ຫວຽດນາມ</translation>
    </message>
    <message>
        <source>Yunnan (China)</source>
        <translation>ຢູນນານ (ຈີນ)</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol participants</source>
        <translation>ລົງທະບຽນຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Search people and SMEs: name, phone…</source>
        <translation>ຊອກຫາບຸກຄົນ ແລະ ວິສາຫະກິດ: ຊື່, ໂທລະສັບ…</translation>
    </message>
    <message>
        <source>&amp;Enrol this person</source>
        <translation>ລົງທະບຽນຄົນນີ້(&amp;E)</translation>
    </message>
    <message>
        <source>Already known</source>
        <translation>ມີຢູ່ໃນລະບົບແລ້ວ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>ບຸກຄົນ</translation>
    </message>
    <message>
        <source>SMEs (pick one for a new person)</source>
        <translation>ວິສາຫະກິດ (ເລືອກໜຶ່ງແຫ່ງສຳລັບຄົນໃໝ່)</translation>
    </message>
    <message>
        <source>e.g. owner, marketing staff</source>
        <translation>ເຊັ່ນ: ເຈົ້າຂອງ, ພະນັກງານການຕະຫຼາດ</translation>
    </message>
    <message>
        <source>New S&amp;ME…</source>
        <translation>ວິສາຫະກິດໃໝ່(&amp;M)…</translation>
    </message>
    <message>
        <source>No SME</source>
        <translation>ບໍ່ມີວິສາຫະກິດ</translation>
    </message>
    <message>
        <source>&amp;Add and enrol</source>
        <translation>ເພີ່ມ ແລະ ລົງທະບຽນ(&amp;A)</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>ບຸກຄົນໃໝ່</translation>
    </message>
    <message>
        <source>Name (own script):</source>
        <translation>ຊື່ (ຕົວອັກສອນທ້ອງຖິ່ນ):</translation>
    </message>
    <message>
        <source>Name in Latin letters:</source>
        <translation>ຊື່ເປັນຕົວອັກສອນລາຕິນ:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>ເພດ:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>ຕຳແໜ່ງ:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>ໂທລະສັບ:</translation>
    </message>
    <message>
        <source>SME:</source>
        <translation>ວິສາຫະກິດ:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>(already enrolled)</source>
        <translation>(ລົງທະບຽນແລ້ວ)</translation>
    </message>
    <message>
        <source>New: %1 (saved with the person)</source>
        <translation>ໃໝ່: %1 (ບັນທຶກພ້ອມກັບບຸກຄົນນີ້)</translation>
    </message>
    <message>
        <source>None — pick one on the left, or add a new SME</source>
        <translation>ບໍ່ມີ — ເລືອກໜຶ່ງແຫ່ງທາງຊ້າຍ ຫຼື ເພີ່ມວິສາຫະກິດໃໝ່</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>ກະລຸນາປ້ອນຊື່ຂອງບຸກຄົນ.</translation>
    </message>
    <message>
        <source>Enrolled %1.</source>
        <translation>ລົງທະບຽນ %1 ແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>GMS Desk may not write to this place. Choose another folder.</source>
        <translation>GMS Desk ບໍ່ມີສິດບັນທຶກໃສ່ບ່ອນນີ້. ກະລຸນາເລືອກໂຟນເດີອື່ນ.</translation>
    </message>
    <message>
        <source>The file was not found.</source>
        <translation>ບໍ່ພົບໄຟລ໌.</translation>
    </message>
    <message>
        <source>GMS Desk</source>
        <translation>GMS Desk</translation>
    </message>
    <message>
        <source>GMS Desk — unexpected error</source>
        <translation>GMS Desk — ເກີດຂໍ້ຜິດພາດທີ່ບໍ່ຄາດຄິດ</translation>
    </message>
    <message>
        <source>Something went wrong inside GMS Desk. Your saved work is safe. Please send the details below to your support contact.</source>
        <translation>ເກີດບັນຫາບາງຢ່າງພາຍໃນ GMS Desk. ວຽກທີ່ທ່ານບັນທຶກໄວ້ແລ້ວຍັງປອດໄພຢູ່. ກະລຸນາສົ່ງລາຍລະອຽດຂ້າງລຸ່ມນີ້ໃຫ້ຜູ້ຊ່ວຍເຫຼືອດ້ານເຕັກນິກຂອງທ່ານ.</translation>
    </message>
    <message>
        <source>Headquarters published this record for every agency: it can be read here but not changed.</source>
        <translation>ສຳນັກງານໃຫຍ່ເຜີຍແຜ່ລາຍການຂໍ້ມູນນີ້ໃຫ້ທຸກອົງກອນ: ເບິ່ງໄດ້ຢູ່ນີ້ ແຕ່ແກ້ໄຂບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again; what you saved before is safe.</source>
        <translation>ດິສເຕັມແລ້ວ. ກະລຸນາເຮັດໃຫ້ມີບ່ອນຫວ່າງ ແລ້ວລອງໃໝ່; ສິ່ງທີ່ທ່ານບັນທຶກໄວ້ກ່ອນໜ້ານີ້ຍັງປອດໄພ.</translation>
    </message>
    <message>
        <source>The database is busy: another program, perhaps a second copy of GMS Desk, is writing to it. Wait a moment, then try again; what you saved before is safe.</source>
        <translation>ຖານຂໍ້ມູນບໍ່ຫວ່າງ: ມີໂປຣແກຣມອື່ນ, ອາດແມ່ນ GMS Desk ອີກຊຸດໜຶ່ງ, ກຳລັງຂຽນຂໍ້ມູນໃສ່. ກະລຸນາລໍຖ້າຈັກໜ້ອຍ ແລ້ວລອງໃໝ່; ສິ່ງທີ່ທ່ານບັນທຶກໄວ້ກ່ອນໜ້ານີ້ຍັງປອດໄພ.</translation>
    </message>
    <message>
        <source>GMS Desk may not write to its database file or to the folder it is in. Allow writing there (or ask whoever looks after this computer), then try again; what you saved before is safe.</source>
        <translation>GMS Desk ບໍ່ມີສິດຂຽນໃສ່ໄຟລ໌ຖານຂໍ້ມູນ ຫຼື ໂຟນເດີທີ່ເກັບໄຟລ໌ນັ້ນ. ກະລຸນາອະນຸຍາດໃຫ້ຂຽນໄດ້ (ຫຼື ຖາມຜູ້ທີ່ດູແລຄອມພິວເຕີນີ້) ແລ້ວລອງໃໝ່; ສິ່ງທີ່ທ່ານບັນທຶກໄວ້ກ່ອນໜ້ານີ້ຍັງປອດໄພ.</translation>
    </message>
    <message>
        <source>This file is damaged or is not a GMS Desk database. Do not delete it: restore the database from a backup, or ask your support contact for help.</source>
        <translation>ໄຟລ໌ນີ້ເສຍຫາຍ ຫຼື ບໍ່ແມ່ນຖານຂໍ້ມູນຂອງ GMS Desk. ຢ່າລຶບໄຟລ໌ນີ້: ກະລຸນາກູ້ຄືນຖານຂໍ້ມູນຈາກໄຟລ໌ສຳຮອງ ຫຼື ຂໍຄວາມຊ່ວຍເຫຼືອຈາກຜູ້ສະໜັບສະໜູນດ້ານເຕັກນິກ.</translation>
    </message>
    <message>
        <source>The database file could not be read or written (a disk or network error). Check that the disk or USB drive is still connected, then try again.</source>
        <translation>ບໍ່ສາມາດອ່ານ ຫຼື ຂຽນໄຟລ໌ຖານຂໍ້ມູນໄດ້ (ດິສ ຫຼື ເຄືອຂ່າຍມີບັນຫາ). ກະລຸນາກວດເບິ່ງວ່າດິສ ຫຼື USB ຍັງເຊື່ອມຕໍ່ຢູ່ ແລ້ວລອງໃໝ່.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>ICT level</source>
        <translation>ລະດັບ ICT</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>ປ່ຽນແປງຫຼ້າສຸດ</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>ລະຫັດຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>ປ່ຽນແປງໂດຍ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>ລະຫັດ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ຂະແໜງການ</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>ຊື່ວິສາຫະກິດ</translation>
    </message>
    <message>
        <source>Name in local script</source>
        <translation>ຊື່ເປັນພາສາທ້ອງຖິ່ນ</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>ເລກທະບຽນ</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>ປະເທດ/ພາກພື້ນ</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ແຂວງ</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ເມືອງ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ທີ່ຢູ່</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ໂທລະສັບ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ອີເມວ</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ເວັບໄຊ</translation>
    </message>
    <message>
        <source>Owner or contact person</source>
        <translation>ເຈົ້າຂອງ ຫຼື ຜູ້ປະສານງານ</translation>
    </message>
    <message>
        <source>Gender of contact</source>
        <translation>ເພດຂອງຜູ້ປະສານງານ</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>ຈຳນວນພະນັກງານ</translation>
    </message>
    <message>
        <source>Female employees</source>
        <translation>ຈຳນວນພະນັກງານຍິງ</translation>
    </message>
    <message>
        <source>Year founded</source>
        <translation>ປີສ້າງຕັ້ງ</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>ແຟັກ</translation>
    </message>
    <message>
        <source>Fixed-line phone</source>
        <translation>ໂທລະສັບຕັ້ງໂຕະ</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>ໂທລະສັບມືຖື</translation>
    </message>
    <message>
        <source>Own website</source>
        <translation>ເວັບໄຊຂອງຕົນເອງ</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>ສື່ສັງຄົມອອນລາຍ</translation>
    </message>
    <message>
        <source>E-marketplace</source>
        <translation>ຕະຫຼາດອອນລາຍ</translation>
    </message>
    <message>
        <source>Online payment</source>
        <translation>ການຊຳລະເງິນອອນລາຍ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>ຫຼັກສູດ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ຫົວຂໍ້</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>ຄຳອະທິບາຍ</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ລຳດັບ</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>ບົດຮຽນ</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>ມື້ທຳອິດ</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>ມື້ສຸດທ້າຍ</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>ສະຖານທີ່</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>ວິທະຍາກອນ</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>ອົງກອນຮ່ວມມື</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>ກອງປະຊຸມສຳມະນາ</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>ມື້</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ປ້າຍຊື່</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>ຢຸດໃຊ້ແລ້ວ</translation>
    </message>
    <message>
        <source>Agency code</source>
        <translation>ລະຫັດອົງກອນ</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>ຊື່ອົງກອນ</translation>
    </message>
    <message>
        <source>Name in other languages</source>
        <translation>ຊື່ເປັນພາສາອື່ນ</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>ສຳນັກງານໃຫຍ່</translation>
    </message>
    <message>
        <source>Provinces served</source>
        <translation>ແຂວງທີ່ໃຫ້ບໍລິການ</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>ຜູ້ປະສານງານ</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>ພາສາທີ່ເວົ້າໄດ້</translation>
    </message>
    <message>
        <source>E-business services offered</source>
        <translation>ການບໍລິການທຸລະກິດເອເລັກໂຕຣນິກທີ່ໃຫ້</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>ຊື່ເປັນຕົວອັກສອນລາຕິນ</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>ເພດ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ຕຳແໜ່ງ</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>ວິສາຫະກິດ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>ບຸກຄົນ</translation>
    </message>
    <message>
        <source>Pre-test score</source>
        <translation>ຄະແນນທົດສອບກ່ອນຮຽນ</translation>
    </message>
    <message>
        <source>Post-test score</source>
        <translation>ຄະແນນທົດສອບຫຼັງຮຽນ</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>ເລກທີໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <source>Certificate issued on</source>
        <translation>ວັນທີອອກໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>ມາເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Marked on</source>
        <translation>ບັນທຶກເມື່ອ</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>ບົດຮຽນ</translation>
    </message>
    <message>
        <source>Date reached</source>
        <translation>ວັນທີບັນລຸ</translation>
    </message>
    <message>
        <source>Reverted by</source>
        <translation>ຍົກເລີກໂດຍ</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>ການບໍລິການ</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>ວັນທີໃຫ້ບໍລິການ</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>ພະນັກງານ</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>ຄ່າບໍລິການ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ສະກຸນເງິນ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ຜົນໄດ້ຮັບ</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>ວັນທີໄດ້ຮັບ</translation>
    </message>
    <message>
        <source>From country</source>
        <translation>ຈາກປະເທດ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ຊ່ອງທາງ</translation>
    </message>
    <message>
        <source>Form id</source>
        <translation>ລະຫັດແບບຟອມ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>ເວີຊັນ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ພາສາ</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>ຄຳຖາມ</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>ຕົວຊີ້ວັດ</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>ຂອບເຂດ</translation>
    </message>
    <message>
        <source>For</source>
        <translation>ສຳລັບ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ແຕ່ວັນທີ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ຫາວັນທີ</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>ຄ່າເປົ້າໝາຍ</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>ແບບຟອມ</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>ຄຳຕອບ</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>ເລີ່ມເມື່ອ</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>ສົ່ງເມື່ອ</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>ແກ້ໄຂຊຸດຄຳຕອບ</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>ປະເພດລາຍການຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ລາຍການຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>ຄ່າທີ່ເກັບໄວ້</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>ຄ່າອື່ນ</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>ແກ້ໄຂແລ້ວ</translation>
    </message>
</context>
<context>
    <name>FormRenderer</name>
    <message>
        <source>Form language:</source>
        <translation>ພາສາຂອງແບບຟອມ:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>Close (keep draft)</source>
        <translation>ປິດ (ເກັບສະບັບຮ່າງໄວ້)</translation>
    </message>
    <message>
        <source>Everything entered so far is kept as a draft; resume it from the Drafts list.</source>
        <translation>ທຸກຢ່າງທີ່ປ້ອນມາເຖິງຕອນນີ້ຈະຖືກເກັບໄວ້ເປັນສະບັບຮ່າງ; ສືບຕໍ່ໄດ້ຈາກລາຍການ “ສະບັບຮ່າງ”.</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← ກັບຄືນ</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>ໜ້າກ່ອນ (Page Up)</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>ຕໍ່ໄປ →</translation>
    </message>
    <message>
        <source>Next page (Page Down or Ctrl+Enter)</source>
        <translation>ໜ້າຕໍ່ໄປ (Page Down ຫຼື Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>ຍື່ນ</translation>
    </message>
    <message>
        <source>Check every answer and mark the response complete</source>
        <translation>ກວດທຸກຄຳຕອບ ແລະ ໝາຍວ່າຊຸດຄຳຕອບນີ້ຄົບຖ້ວນແລ້ວ</translation>
    </message>
    <message>
        <source>This form has no questions.</source>
        <translation>ແບບຟອມນີ້ບໍ່ມີຄຳຖາມ.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>ໜ້າ %1/%2</translation>
    </message>
    <message>
        <source>Some answers on this page need attention (marked in red).</source>
        <translation>ບາງຄຳຕອບໃນໜ້ານີ້ຕ້ອງກວດຄືນ (ໝາຍດ້ວຍສີແດງ).</translation>
    </message>
    <message>
        <source>The draft could not be saved!</source>
        <translation>ບໍ່ສາມາດບັນທຶກສະບັບຮ່າງໄດ້!</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>ບັນທຶກສະບັບຮ່າງແລ້ວ ເວລາ %1.</translation>
    </message>
    <message>
        <source>%1 answer(s) still need attention.</source>
        <translation>ຍັງມີ %1 ຄຳຕອບທີ່ຕ້ອງກວດຄືນ.</translation>
    </message>
    <message>
        <source>Not submitted; the draft is kept.</source>
        <translation>ຍັງບໍ່ໄດ້ຍື່ນ; ສະບັບຮ່າງຍັງຖືກເກັບໄວ້.</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Female</source>
        <translation>ຍິງ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ຊາຍ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ອື່ນໆ</translation>
    </message>
</context>
<context>
    <name>IctLevel</name>
    <message>
        <source>Traditional (fax, phone)</source>
        <translation>ແບບດັ້ງເດີມ (ແຟັກ, ໂທລະສັບ)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ອີເມວ</translation>
    </message>
    <message>
        <source>Web presence</source>
        <translation>ມີຕົວຕົນທາງອອນລາຍ</translation>
    </message>
    <message>
        <source>E-business</source>
        <translation>ທຸລະກິດເອເລັກໂຕຣນິກ</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file&apos;s text encoding is not recognised. Save it as CSV UTF-8 and try again.</source>
        <translation>ບໍ່ຮູ້ຈັກການເຂົ້າລະຫັດຕົວອັກສອນຂອງໄຟລ໌ນີ້. ກະລຸນາບັນທຶກເປັນ CSV UTF-8 ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <source>Choose a .csv or .xlsx file.</source>
        <translation>ກະລຸນາເລືອກໄຟລ໌ .csv ຫຼື .xlsx.</translation>
    </message>
    <message>
        <source>The file could not be read as a table.</source>
        <translation>ບໍ່ສາມາດອ່ານໄຟລ໌ນີ້ເປັນຕາຕະລາງໄດ້.</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>ໄຟລ໌ນີ້ບໍ່ມີແຖວຂໍ້ມູນ.</translation>
    </message>
    <message>
        <source>Choose which column holds the business name.</source>
        <translation>ກະລຸນາເລືອກຖັນທີ່ມີຊື່ວິສາຫະກິດ.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import SMEs from a file</source>
        <translation>ນຳເຂົ້າຂໍ້ມູນວິສາຫະກິດຈາກໄຟລ໌</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ກັບຄືນ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ຕໍ່ໄປ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ນຳເຂົ້າ(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>Choose a spreadsheet with one SME per row and the column names in the first row. CSV and Excel (.xlsx) files work; of a workbook, the first sheet is read.</source>
        <translation>ກະລຸນາເລືອກໄຟລ໌ຕາຕະລາງ ທີ່ມີໜຶ່ງວິສາຫະກິດຕໍ່ໜຶ່ງແຖວ ແລະ ມີຊື່ຖັນຢູ່ແຖວທຳອິດ. ໃຊ້ໄດ້ທັງໄຟລ໌ CSV ແລະ Excel (.xlsx); ສຳລັບໄຟລ໌ Excel ຈະອ່ານສະເພາະແຜ່ນທຳອິດ.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>ຍັງບໍ່ໄດ້ເລືອກໄຟລ໌</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>ເລືອກໄຟລ໌(&amp;C)…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ໄຟລ໌:</translation>
    </message>
    <message>
        <source>You can also drop a file on this window.</source>
        <translation>ທ່ານຍັງສາມາດລາກໄຟລ໌ມາວາງໃສ່ໜ້າຕ່າງນີ້ໄດ້.</translation>
    </message>
    <message>
        <source>GMS Desk guessed which SME field each column holds from the column names. Check each line and change what is wrong; a field can be chosen for one column only. Columns set to “— do not import —” are left out.</source>
        <translation>GMS Desk ໄດ້ຄາດເດົາຈາກຊື່ຖັນວ່າ ແຕ່ລະຖັນແມ່ນຂໍ້ມູນໃດຂອງວິສາຫະກິດ. ກະລຸນາກວດແຕ່ລະແຖວ ແລະ ແກ້ໄຂບ່ອນທີ່ບໍ່ຖືກຕ້ອງ; ຂໍ້ມູນໜຶ່ງລາຍການເລືອກໄດ້ພຽງຖັນດຽວ. ຖັນທີ່ຕັ້ງເປັນ “— ບໍ່ນຳເຂົ້າ —” ຈະຖືກຂ້າມໄປ.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ຖັນໃນໄຟລ໌</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>ຕົວຢ່າງ</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>ນຳເຂົ້າເປັນ</translation>
    </message>
    <message>
        <source>You can cancel; the rows imported before that are kept.</source>
        <translation>ທ່ານສາມາດຍົກເລີກໄດ້; ແຖວທີ່ນຳເຂົ້າແລ້ວຈະຍັງຖືກເກັບໄວ້.</translation>
    </message>
    <message>
        <source>These rows were not imported. Correct them in the file and import it again; the rows already imported will not be added twice.</source>
        <translation>ແຖວເຫຼົ່ານີ້ບໍ່ໄດ້ຖືກນຳເຂົ້າ. ກະລຸນາແກ້ໄຂໃນໄຟລ໌ ແລ້ວນຳເຂົ້າອີກຄັ້ງ; ແຖວທີ່ນຳເຂົ້າແລ້ວຈະບໍ່ຖືກເພີ່ມຊ້ຳ.</translation>
    </message>
    <message>
        <source>&amp;Save problem list…</source>
        <translation>ບັນທຶກລາຍການບັນຫາ(&amp;S)…</translation>
    </message>
    <message>
        <source>Step 1 of 3: Choose a file</source>
        <translation>ຂັ້ນຕອນ 1/3: ເລືອກໄຟລ໌</translation>
    </message>
    <message>
        <source>Step 2 of 3: Match the columns</source>
        <translation>ຂັ້ນຕອນ 2/3: ຈັບຄູ່ຖັນ</translation>
    </message>
    <message>
        <source>Step 3 of 3: Check</source>
        <translation>ຂັ້ນຕອນ 3/3: ກວດສອບ</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>ກຳລັງນຳເຂົ້າ</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>ຍົກເລີກການນຳເຂົ້າແລ້ວ</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>ນຳເຂົ້າສຳເລັດແລ້ວ</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>ເລືອກໄຟລ໌ທີ່ຈະນຳເຂົ້າ</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>ໄຟລ໌ຕາຕະລາງ</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>ກຳລັງອ່ານໄຟລ໌…</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>ກຳລັງອ່ານໄຟລ໌</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n rows below the column names.</source>
        <translation>
            <numerusform>ໄຟລ໌ນີ້ມີ %n ແຖວ ຢູ່ລຸ່ມຊື່ຖັນ.</numerusform>
            <numerusform>ໄຟລ໌ນີ້ມີ %n ແຖວ ຢູ່ລຸ່ມຊື່ຖັນ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns were matched to SME fields; check them in the next step.</source>
        <translation>
            <numerusform>ມີ %n ຖັນທີ່ຈັບຄູ່ກັບຂໍ້ມູນວິສາຫະກິດໄດ້; ກະລຸນາກວດໃນຂັ້ນຕອນຕໍ່ໄປ.</numerusform>
            <numerusform>ມີ %n ຖັນທີ່ຈັບຄູ່ກັບຂໍ້ມູນວິສາຫະກິດໄດ້; ກະລຸນາກວດໃນຂັ້ນຕອນຕໍ່ໄປ.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has column names but no rows below them. Choose another file.</source>
        <translation>ໄຟລ໌ນີ້ມີຊື່ຖັນ ແຕ່ບໍ່ມີແຖວຂໍ້ມູນຢູ່ລຸ່ມ. ກະລຸນາເລືອກໄຟລ໌ອື່ນ.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>ບໍ່ສາມາດອ່ານໄຟລ໌ນີ້ໄດ້.</translation>
    </message>
    <message>
        <source>Open it in Excel or LibreOffice, save it again as .xlsx or as CSV UTF-8, and choose it again.</source>
        <translation>ກະລຸນາເປີດໄຟລ໌ໃນ Excel ຫຼື LibreOffice, ບັນທຶກໃໝ່ເປັນ .xlsx ຫຼື CSV UTF-8 ແລ້ວເລືອກໄຟລ໌ນັ້ນອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>ລາຍລະອຽດ: %1</translation>
    </message>
    <message>
        <source>Uses: %1</source>
        <translation>ໃຊ້: %1</translation>
    </message>
    <message>
        <source>(no name, column %1)</source>
        <translation>(ບໍ່ມີຊື່, ຖັນທີ %1)</translation>
    </message>
    <message>
        <source>Column %1 of the file</source>
        <translation>ຖັນທີ %1 ຂອງໄຟລ໌</translation>
    </message>
    <message>
        <source>— do not import —</source>
        <translation>— ບໍ່ນຳເຂົ້າ —</translation>
    </message>
    <message>
        <source>Import column “%1” as</source>
        <translation>ນຳເຂົ້າຖັນ “%1” ເປັນ</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>ບັນຫາ</translation>
    </message>
    <message numerus="yes">
        <source>%n rows in the file;</source>
        <translation>
            <numerusform>ໄຟລ໌ມີ %n ແຖວ;</numerusform>
            <numerusform>ໄຟລ໌ມີ %n ແຖວ;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have problems — those rows will be skipped and listed after the import.</source>
        <translation>
            <numerusform>ໃນນັ້ນ %n ແຖວມີບັນຫາ — ແຖວເຫຼົ່ານັ້ນຈະຖືກຂ້າມ ແລະ ສະແດງເປັນລາຍການຫຼັງການນຳເຂົ້າ.</numerusform>
            <numerusform>ໃນນັ້ນ %n ແຖວມີບັນຫາ — ແຖວເຫຼົ່ານັ້ນຈະຖືກຂ້າມ ແລະ ສະແດງເປັນລາຍການຫຼັງການນຳເຂົ້າ.</numerusform>
        </translation>
    </message>
    <message>
        <source>none of them have problems.</source>
        <translation>ບໍ່ມີແຖວໃດມີບັນຫາ.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the first %1 have problems — those rows will be skipped and listed after the import.</source>
        <translation>
            <numerusform>ໃນ %1 ແຖວທຳອິດ ມີ %n ແຖວທີ່ມີບັນຫາ — ແຖວເຫຼົ່ານັ້ນຈະຖືກຂ້າມ ແລະ ສະແດງເປັນລາຍການຫຼັງການນຳເຂົ້າ.</numerusform>
            <numerusform>ໃນ %1 ແຖວທຳອິດ ມີ %n ແຖວທີ່ມີບັນຫາ — ແຖວເຫຼົ່ານັ້ນຈະຖືກຂ້າມ ແລະ ສະແດງເປັນລາຍການຫຼັງການນຳເຂົ້າ.</numerusform>
        </translation>
    </message>
    <message>
        <source>none of the first %1 have problems.</source>
        <translation>ໃນ %1 ແຖວທຳອິດ ບໍ່ມີແຖວໃດມີບັນຫາ.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n rows…</source>
        <translation>
            <numerusform>ກຳລັງນຳເຂົ້າ %n ແຖວ…</numerusform>
            <numerusform>ກຳລັງນຳເຂົ້າ %n ແຖວ…</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing SMEs</source>
        <translation>ກຳລັງນຳເຂົ້າຂໍ້ມູນວິສາຫະກິດ</translation>
    </message>
    <message>
        <source>Stopping after the rows being saved now…</source>
        <translation>ຈະຢຸດຫຼັງຈາກບັນທຶກແຖວທີ່ກຳລັງບັນທຶກຢູ່ນີ້ແລ້ວ…</translation>
    </message>
    <message>
        <source>Added %1, updated %2, unchanged %3, with problems %4.</source>
        <translation>ເພີ່ມໃໝ່ %1, ອັບເດດ %2, ບໍ່ປ່ຽນແປງ %3, ມີບັນຫາ %4.</translation>
    </message>
    <message>
        <source>Import cancelled; the rows before that are kept.</source>
        <translation>ຍົກເລີກການນຳເຂົ້າແລ້ວ; ແຖວທີ່ນຳເຂົ້າກ່ອນໜ້ານັ້ນຍັງຖືກເກັບໄວ້.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows were not reached; import the file again to add them.</source>
        <translation>
            <numerusform>ຍັງເຫຼືອ %n ແຖວທີ່ບໍ່ທັນໄດ້ນຳເຂົ້າ; ກະລຸນານຳເຂົ້າໄຟລ໌ອີກຄັ້ງເພື່ອເພີ່ມແຖວເຫຼົ່ານັ້ນ.</numerusform>
            <numerusform>ຍັງເຫຼືອ %n ແຖວທີ່ບໍ່ທັນໄດ້ນຳເຂົ້າ; ກະລຸນານຳເຂົ້າໄຟລ໌ອີກຄັ້ງເພື່ອເພີ່ມແຖວເຫຼົ່ານັ້ນ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>ແຖວ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>ບັນຫາ</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>ບັນຫາ</translation>
    </message>
    <message>
        <source>Save problem list</source>
        <translation>ບັນທຶກລາຍການບັນຫາ</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>ໄຟລ໌ CSV</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>ບັນທຶກໄວ້ທີ່ %1 ແລ້ວ</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>Sheet</source>
        <translation>ແຜ່ນງານ</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>ແຖວ</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>ລະດັບ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>ບັນຫາ</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>ຂໍ້ຜິດພາດ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>ຄຳເຕືອນ</translation>
    </message>
</context>
<context>
    <name>InquiryDialog</name>
    <message>
        <source>Inquiry received</source>
        <translation>ການສອບຖາມທີ່ໄດ້ຮັບ</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>ວັນທີໄດ້ຮັບ:</translation>
    </message>
    <message>
        <source>From country (two letters):</source>
        <translation>ມາຈາກປະເທດ (ສອງຕົວອັກສອນ):</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>ຊ່ອງທາງ:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>ໝາຍເຫດ:</translation>
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
        <translation>ວິສາຫະກິດ</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>ການຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>ການສຳຫຼວດ</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ເຄືອຂ່າຍ</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>ລາຍງານ</translation>
    </message>
    <message>
        <source>Indicator reports for headquarters come in a later release.</source>
        <translation>ລາຍງານຕົວຊີ້ວັດສຳລັບສຳນັກງານໃຫຍ່ ຈະມີໃນເວີຊັນຕໍ່ໆໄປ.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>ຊິ້ງຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ການຕັ້ງຄ່າ</translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation>ຍັງບໍ່ໄດ້ຕັ້ງຄ່າການຊິ້ງຂໍ້ມູນ</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting for sync</source>
        <translation>
            <numerusform>%n ການປ່ຽນແປງລໍຖ້າຊິ້ງຂໍ້ມູນ</numerusform>
            <numerusform>%n ການປ່ຽນແປງລໍຖ້າຊິ້ງຂໍ້ມູນ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>Whole programme</source>
        <translation>ທັງແຜນງານ</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>ປະເທດ/ພາກພື້ນ</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>ອົງກອນ</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ແຂວງ</translation>
    </message>
    <message>
        <source>English</source>
        <translation>ພາສາອັງກິດ</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>ພາສາຂະແມ</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>ພາສາລາວ</translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation>ພາສາມຽນມາ</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>ພາສາໄທ</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>ພາສາຫວຽດນາມ</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>ພາສາຈີນ</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>ພາສາຍີ່ປຸ່ນ</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>ພາສາເກົາຫຼີ</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>ພາສາມາເລ</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>ພາສາອິນໂດເນເຊຍ</translation>
    </message>
    <message>
        <source>French</source>
        <translation>ພາສາຝຣັ່ງ</translation>
    </message>
    <message>
        <source>German</source>
        <translation>ພາສາເຢຍລະມັນ</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ພາສາລັດເຊຍ</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>ພາສາສະເປນ</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>ພາສາຮິນດີ</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>ພາສາອາຣັບ</translation>
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
        <translation>ຊອກຫາອົງກອນ, ແຂວງ, ພາສາ (ເຊັ່ນ: ja), ການບໍລິການ…</translation>
    </message>
    <message>
        <source>Type a language code such as ja to find who translates into Japanese; Enter or Down goes to the list.</source>
        <translation>ພິມລະຫັດພາສາ ເຊັ່ນ ja ເພື່ອຊອກຫາຜູ້ທີ່ແປເປັນພາສາຍີ່ປຸ່ນ; ກົດ Enter ຫຼື ↓ ເພື່ອໄປທີ່ລາຍການ.</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>ອົງກອນ</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ແກ້ໄຂ…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>ຊອກຫາ</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>ຍ້ອນກັບ</translation>
    </message>
    <message>
        <source>E-business support network</source>
        <translation>ເຄືອຂ່າຍສະໜັບສະໜູນທຸລະກິດເອເລັກໂຕຣນິກ</translation>
    </message>
    <message>
        <source>Published by headquarters</source>
        <translation>ເຜີຍແຜ່ໂດຍສຳນັກງານໃຫຍ່</translation>
    </message>
    <message>
        <source>Edit this agency&apos;s profile (Ctrl+E)</source>
        <translation>ແກ້ໄຂຂໍ້ມູນຂອງອົງກອນນີ້ (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <source>%n agency(ies)</source>
        <translation>
            <numerusform>%n ອົງກອນ</numerusform>
            <numerusform>%n ອົງກອນ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 agencies</source>
        <translation>%1 ຈາກ %2 ອົງກອນ</translation>
    </message>
    <message>
        <source>No agency matches “%1”.</source>
        <translation>ບໍ່ມີອົງກອນໃດກົງກັບ “%1”.</translation>
    </message>
    <message>
        <source>No agencies yet. Headquarters publishes the support network; it arrives with the next sync.</source>
        <translation>ຍັງບໍ່ມີອົງກອນ. ສຳນັກງານໃຫຍ່ເປັນຜູ້ເຜີຍແຜ່ເຄືອຂ່າຍສະໜັບສະໜູນ; ຂໍ້ມູນຈະມາພ້ອມກັບການຊິ້ງຂໍ້ມູນຄັ້ງຕໍ່ໄປ.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>ການຕິດຕໍ່</translation>
    </message>
    <message>
        <source>None listed yet.</source>
        <translation>ຍັງບໍ່ມີການບໍລິການໃນລາຍການ.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>ການບໍລິການ</translation>
    </message>
    <message>
        <source>Indicative fee</source>
        <translation>ຄ່າບໍລິການໂດຍປະມານ</translation>
    </message>
    <message>
        <source>Language pairs</source>
        <translation>ຄູ່ພາສາ</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>ແກ້ໄຂ %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>ບັນທຶກ “%1” ແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>NewResponseDialog</name>
    <message>
        <source>New response</source>
        <translation>ຊຸດຄຳຕອບໃໝ່</translation>
    </message>
    <message>
        <source>Type a name or phone number to find the SME</source>
        <translation>ພິມຊື່ ຫຼື ເບີໂທ ເພື່ອຊອກຫາວິສາຫະກິດ</translation>
    </message>
    <message>
        <source>No workshop</source>
        <translation>ບໍ່ມີກອງປະຊຸມສຳມະນາ</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>ແບບຟອມ:</translation>
    </message>
    <message>
        <source>SME (optional):</source>
        <translation>ວິສາຫະກິດ (ບໍ່ບັງຄັບ):</translation>
    </message>
    <message>
        <source>Workshop (optional):</source>
        <translation>ກອງປະຊຸມສຳມະນາ (ບໍ່ບັງຄັບ):</translation>
    </message>
    <message>
        <source>No workshops recorded yet</source>
        <translation>ຍັງບໍ່ມີກອງປະຊຸມສຳມະນາທີ່ບັນທຶກໄວ້</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ເລີ່ມ</translation>
    </message>
    <message>
        <source>— no SME —</source>
        <translation>— ບໍ່ມີວິສາຫະກິດ —</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>Moved back by %1</source>
        <translation>ຖືກຖອຍຄືນໂດຍ %1</translation>
    </message>
    <message>
        <source>A score is a number from 0 to 100.</source>
        <translation>ຄະແນນຕ້ອງເປັນຕົວເລກແຕ່ 0 ຫາ 100.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>ທົດສອບກ່ອນຮຽນ</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>ທົດສອບຫຼັງຮຽນ</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Next step (Space)</source>
        <translation>ຂັ້ນຕໍ່ໄປ (Space)</translation>
    </message>
    <message>
        <source>Complete module for all selected</source>
        <translation>ໝາຍຮຽນຈົບບົດຮຽນ ສຳລັບທຸກຊ່ອງທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>Move back…</source>
        <translation>ຖອຍຄືນ…</translation>
    </message>
    <message>
        <source>Move one cell&apos;s progress back; needs a reason and is recorded</source>
        <translation>ຖອຍຄວາມຄືບໜ້າຂອງຊ່ອງໜຶ່ງຄືນ; ຕ້ອງມີເຫດຜົນ ແລະ ຈະຖືກບັນທຶກໄວ້</translation>
    </message>
    <message>
        <source>Modules: %1</source>
        <translation>ບົດຮຽນ: %1</translation>
    </message>
    <message>
        <source>◐ in progress   ✔ completed   ↺ moved back by an administrator. Space moves the selected cells one step forward; type a score in the test columns.</source>
        <translation>◐ ກຳລັງຮຽນ   ✔ ຮຽນຈົບແລ້ວ   ↺ ຖືກຖອຍຄືນໂດຍຜູ້ເບິ່ງແຍງລະບົບ. ກົດ Space ເພື່ອເລື່ອນຊ່ອງທີ່ເລືອກໄປໜ້າໜຶ່ງຂັ້ນ; ພິມຄະແນນໃນຖັນທົດສອບ.</translation>
    </message>
    <message>
        <source>Select module cells first.</source>
        <translation>ກະລຸນາເລືອກຊ່ອງບົດຮຽນກ່ອນ.</translation>
    </message>
    <message>
        <source>Select the module cell to move back first.</source>
        <translation>ກະລຸນາເລືອກຊ່ອງບົດຮຽນທີ່ຈະຖອຍຄືນກ່ອນ.</translation>
    </message>
    <message>
        <source>Progress only moves forward. To correct a mistake, use “Move back…”: it asks for a reason and records who did it.</source>
        <translation>ຄວາມຄືບໜ້າເລື່ອນໄປໜ້າໄດ້ເທົ່ານັ້ນ. ເພື່ອແກ້ໄຂຂໍ້ຜິດພາດ, ໃຫ້ໃຊ້ “ຖອຍຄືນ…”: ມັນຈະຖາມຫາເຫດຜົນ ແລະ ບັນທຶກວ່າໃຜເປັນຜູ້ເຮັດ.</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Agency</source>
        <translation>ອົງກອນ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ຂະແໜງການ</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>ວິສາຫະກິດ</translation>
    </message>
    <message>
        <source>Training module</source>
        <translation>ບົດຮຽນຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>ກອງປະຊຸມສຳມະນາ</translation>
    </message>
    <message>
        <source>Workshop day</source>
        <translation>ມື້ສຳມະນາ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>ບຸກຄົນ</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>ການເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Module progress</source>
        <translation>ຄວາມຄືບໜ້າຂອງບົດຮຽນ</translation>
    </message>
    <message>
        <source>E-business service</source>
        <translation>ການບໍລິການທຸລະກິດເອເລັກໂຕຣນິກ</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>ການສອບຖາມ</translation>
    </message>
    <message>
        <source>Survey form</source>
        <translation>ແບບຟອມສຳຫຼວດ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ເປົ້າໝາຍ</translation>
    </message>
    <message>
        <source>Survey response</source>
        <translation>ຊຸດຄຳຕອບການສຳຫຼວດ</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>ຂໍ້ມູນຂັດກັນ</translation>
    </message>
</context>
<context>
    <name>RepeatBlock</name>
    <message>
        <source>Add another</source>
        <translation>ເພີ່ມອີກ</translation>
    </message>
    <message>
        <source>None yet. Press “Add another” to add one.</source>
        <translation>ຍັງບໍ່ມີ. ກົດ “ເພີ່ມອີກ” ເພື່ອເພີ່ມ.</translation>
    </message>
    <message>
        <source>%1 — no. %2</source>
        <translation>%1 — ທີ %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ເອົາອອກ</translation>
    </message>
    <message>
        <source>Remove %1 — no. %2 and its answers?</source>
        <translation>ເອົາ %1 — ທີ %2 ແລະ ຄຳຕອບຂອງມັນອອກບໍ?</translation>
    </message>
</context>
<context>
    <name>RevertDialog</name>
    <message>
        <source>Move progress back</source>
        <translation>ຖອຍຄວາມຄືບໜ້າຄືນ</translation>
    </message>
    <message>
        <source>Progress only moves forward. Moving it back is recorded with your name and the reason, and headquarters sees it.

%1 — %2: now “%3”.</source>
        <translation>ຄວາມຄືບໜ້າເລື່ອນໄປໜ້າໄດ້ເທົ່ານັ້ນ. ການຖອຍຄືນຈະຖືກບັນທຶກພ້ອມຊື່ຂອງທ່ານ ແລະ ເຫດຜົນ, ແລະ ສຳນັກງານໃຫຍ່ຈະເຫັນ.

%1 — %2: ຕອນນີ້ “%3”.</translation>
    </message>
    <message>
        <source>Move back to:</source>
        <translation>ຖອຍຄືນໄປເປັນ:</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>ເຫດຜົນ (ຈຳເປັນ):</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>ຊື່ຂອງທ່ານ:</translation>
    </message>
    <message>
        <source>Move back</source>
        <translation>ຖອຍຄືນ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Say why the progress is moved back.</source>
        <translation>ກະລຸນາບອກເຫດຜົນທີ່ຖອຍຄວາມຄືບໜ້າຄືນ.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>ກະລຸນາປ້ອນຊື່ຂອງທ່ານ.</translation>
    </message>
    <message>
        <source>There is nothing earlier to move back to.</source>
        <translation>ບໍ່ມີຂັ້ນກ່ອນໜ້າໃຫ້ຖອຍຄືນໄປ.</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>present</source>
        <translation>ມາແລ້ວ</translation>
    </message>
    <message>
        <source>not yet here</source>
        <translation>ຍັງບໍ່ທັນມາ</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>ມາເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Name (Latin letters)</source>
        <translation>ຊື່ (ຕົວອັກສອນລາຕິນ)</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>ວິສາຫະກິດ</translation>
    </message>
</context>
<context>
    <name>SelectOneWidget</name>
    <message>
        <source>— not answered —</source>
        <translation>— ບໍ່ໄດ້ຕອບ —</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Edit service</source>
        <translation>ແກ້ໄຂການບໍລິການ</translation>
    </message>
    <message>
        <source>Service delivered</source>
        <translation>ການບໍລິການທີ່ໄດ້ໃຫ້</translation>
    </message>
    <message>
        <source>0 when free of charge</source>
        <translation>0 ຖ້າບໍ່ເສຍຄ່າ</translation>
    </message>
    <message>
        <source>e.g. 12 products listed on the provincial portal; 3 inquiries in the first month</source>
        <translation>ເຊັ່ນ: ລົງສິນຄ້າ 12 ລາຍການໃນເວັບໄຊຂອງແຂວງ; ມີ 3 ການສອບຖາມໃນເດືອນທຳອິດ</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>ການບໍລິການ:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>ວັນທີ:</translation>
    </message>
    <message>
        <source>Staff:</source>
        <translation>ພະນັກງານ:</translation>
    </message>
    <message>
        <source>Fee charged:</source>
        <translation>ຄ່າບໍລິການທີ່ເກັບ:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>ຜົນໄດ້ຮັບ:</translation>
    </message>
</context>
<context>
    <name>ServicesEditor</name>
    <message>
        <source>Service</source>
        <translation>ການບໍລິການ</translation>
    </message>
    <message>
        <source>Indicative fee</source>
        <translation>ຄ່າບໍລິການໂດຍປະມານ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ສະກຸນເງິນ</translation>
    </message>
    <message>
        <source>Language pairs</source>
        <translation>ຄູ່ພາສາ</translation>
    </message>
    <message>
        <source>e.g. 50 per page</source>
        <translation>ເຊັ່ນ: 50 ຕໍ່ໜ້າ</translation>
    </message>
    <message>
        <source>e.g. km-ja, km-th</source>
        <translation>ເຊັ່ນ: km-ja, km-th</translation>
    </message>
    <message>
        <source>For translation: from-to language codes, separated by commas (km-ja is Khmer into Japanese).</source>
        <translation>ສຳລັບການແປພາສາ: ລະຫັດພາສາຕົ້ນທາງ-ປາຍທາງ ຂັ້ນດ້ວຍຈຸດ (,) (km-ja ແມ່ນແປຈາກພາສາຂະແມເປັນພາສາຍີ່ປຸ່ນ).</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ເອົາອອກ</translation>
    </message>
    <message>
        <source>Remove this service</source>
        <translation>ເອົາການບໍລິການນີ້ອອກ</translation>
    </message>
</context>
<context>
    <name>SettingsArea</name>
    <message>
        <source>Apply language</source>
        <translation>ປ່ຽນພາສາ</translation>
    </message>
    <message>
        <source>Administrator on this computer (may move training progress back, with a reason that is recorded)</source>
        <translation>ຜູ້ເບິ່ງແຍງລະບົບໃນຄອມພິວເຕີນີ້ (ສາມາດຖອຍຄວາມຄືບໜ້າການຝຶກອົບຮົມຄືນໄດ້ ໂດຍມີເຫດຜົນທີ່ຖືກບັນທຶກໄວ້)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ພາສາ</translation>
    </message>
    <message>
        <source>Your name (saved with every change)</source>
        <translation>ຊື່ຂອງທ່ານ (ບັນທຶກໄປກັບທຸກການປ່ຽນແປງ)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>ໂຟນເດີຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>ເວີຊັນ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ການຕັ້ງຄ່າ</translation>
    </message>
</context>
<context>
    <name>SmeActivityDialog</name>
    <message>
        <source>Training and services — %1</source>
        <translation>ການຝຶກອົບຮົມ ແລະ ການບໍລິການ — %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>ບຸກຄົນ</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>ກອງປະຊຸມສຳມະນາ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>ຮຽນຈົບ</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Modules completed</source>
        <translation>ບົດຮຽນທີ່ຮຽນຈົບ</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>ຄວາມຄືບໜ້າຫຼ້າສຸດ</translation>
    </message>
    <message>
        <source>People and modules</source>
        <translation>ບຸກຄົນ ແລະ ບົດຮຽນ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ວັນທີ</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>ການບໍລິການ</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>ພະນັກງານ</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>ຄ່າບໍລິການ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ຜົນໄດ້ຮັບ</translation>
    </message>
    <message>
        <source>Add service…</source>
        <translation>ເພີ່ມການບໍລິການ…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ແກ້ໄຂ…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <source>E-business services delivered</source>
        <translation>ການບໍລິການທຸລະກິດເອເລັກໂຕຣນິກທີ່ໄດ້ໃຫ້</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>ວັນທີໄດ້ຮັບ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ມາຈາກ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ຊ່ອງທາງ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <source>Add inquiry…</source>
        <translation>ເພີ່ມການສອບຖາມ…</translation>
    </message>
    <message>
        <source>Inquiries received through its online presence</source>
        <translation>ການສອບຖາມທີ່ໄດ້ຮັບຜ່ານຊ່ອງທາງອອນລາຍຂອງວິສາຫະກິດ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) of this SME known from training.</source>
        <translation>
            <numerusform>ມີ %n ຄົນຂອງວິສາຫະກິດນີ້ ທີ່ເຄີຍເຂົ້າຮ່ວມການຝຶກອົບຮົມ.</numerusform>
            <numerusform>ມີ %n ຄົນຂອງວິສາຫະກິດນີ້ ທີ່ເຄີຍເຂົ້າຮ່ວມການຝຶກອົບຮົມ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) completed</source>
        <translation>
            <numerusform>ຮຽນຈົບ %n ບົດຮຽນ</numerusform>
            <numerusform>ຮຽນຈົບ %n ບົດຮຽນ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>by %n of them.</source>
        <translation>
            <numerusform>ໂດຍ %n ຄົນໃນນັ້ນ.</numerusform>
            <numerusform>ໂດຍ %n ຄົນໃນນັ້ນ.</numerusform>
        </translation>
    </message>
    <message>
        <source>add service</source>
        <translation>ເພີ່ມການບໍລິການ</translation>
    </message>
    <message>
        <source>Service added.</source>
        <translation>ເພີ່ມການບໍລິການແລ້ວ.</translation>
    </message>
    <message>
        <source>edit service</source>
        <translation>ແກ້ໄຂການບໍລິການ</translation>
    </message>
    <message>
        <source>Service saved.</source>
        <translation>ບັນທຶກການບໍລິການແລ້ວ.</translation>
    </message>
    <message>
        <source>delete service</source>
        <translation>ລຶບການບໍລິການ</translation>
    </message>
    <message>
        <source>Service deleted. Undo with Ctrl+Z.</source>
        <translation>ລຶບການບໍລິການແລ້ວ. ກົດ Ctrl+Z ເພື່ອຍ້ອນກັບ.</translation>
    </message>
    <message>
        <source>add inquiry</source>
        <translation>ເພີ່ມການສອບຖາມ</translation>
    </message>
    <message>
        <source>Inquiry added.</source>
        <translation>ເພີ່ມການສອບຖາມແລ້ວ.</translation>
    </message>
    <message>
        <source>delete inquiry</source>
        <translation>ລຶບການສອບຖາມ</translation>
    </message>
    <message>
        <source>Inquiry deleted. Undo with Ctrl+Z.</source>
        <translation>ລຶບການສອບຖາມແລ້ວ. ກົດ Ctrl+Z ເພື່ອຍ້ອນກັບ.</translation>
    </message>
</context>
<context>
    <name>SmeArea</name>
    <message>
        <source>Undo</source>
        <translation>ຍ້ອນກັບ</translation>
    </message>
    <message>
        <source>New SME</source>
        <translation>ວິສາຫະກິດໃໝ່</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>ແກ້ໄຂ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>ກູ້ຄືນ</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>ນຳເຂົ້າ…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>ສົ່ງອອກ…</translation>
    </message>
    <message>
        <source>Training and services…</source>
        <translation>ການຝຶກອົບຮົມ ແລະ ການບໍລິການ…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>ຊອກຫາ</translation>
    </message>
    <message>
        <source>Search name, phone, registration number, contact…</source>
        <translation>ຊອກຫາຊື່, ໂທລະສັບ, ເລກທະບຽນ, ຜູ້ປະສານງານ…</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>ທຸກຂະແໜງການ</translation>
    </message>
    <message>
        <source>All economies</source>
        <translation>ທຸກປະເທດ/ພາກພື້ນ</translation>
    </message>
    <message>
        <source>Any ICT level</source>
        <translation>ທຸກລະດັບ ICT</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>ອົງກອນ</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>ທຸກອົງກອນ</translation>
    </message>
    <message>
        <source>Deleted SMEs</source>
        <translation>ວິສາຫະກິດທີ່ຖືກລຶບ</translation>
    </message>
    <message>
        <source>Show deleted SMEs, to restore them</source>
        <translation>ສະແດງວິສາຫະກິດທີ່ຖືກລຶບ ເພື່ອກູ້ຄືນ</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>ທຸກແຂວງ</translation>
    </message>
    <message numerus="yes">
        <source>%n SME(s)</source>
        <translation>
            <numerusform>%n ວິສາຫະກິດ</numerusform>
            <numerusform>%n ວິສາຫະກິດ</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 SMEs</source>
        <translation>ຫຼາຍກວ່າ %1 ວິສາຫະກິດ</translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation>ບໍ່ສາມາດໂຫຼດລາຍການໄດ້: %1</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>ເພີ່ມ %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>ບັນທຶກ “%1” ແລ້ວ.</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>ແກ້ໄຂ %1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>ລຶບ “%1” ແລ້ວ.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n SME(s).</source>
        <translation>
            <numerusform>ລຶບ %n ວິສາຫະກິດແລ້ວ.</numerusform>
            <numerusform>ລຶບ %n ວິສາຫະກິດແລ້ວ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %n SME(s)</source>
        <translation>
            <numerusform>ລຶບ %n ວິສາຫະກິດ</numerusform>
            <numerusform>ລຶບ %n ວິສາຫະກິດ</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo with Ctrl+Z, or find it under Deleted SMEs.</source>
        <translation>ກົດ Ctrl+Z ເພື່ອຍ້ອນກັບ ຫຼື ຊອກຫາໃນ “ວິສາຫະກິດທີ່ຖືກລຶບ”.</translation>
    </message>
    <message numerus="yes">
        <source>restore %n SME(s)</source>
        <translation>
            <numerusform>ກູ້ຄືນ %n ວິສາຫະກິດ</numerusform>
            <numerusform>ກູ້ຄືນ %n ວິສາຫະກິດ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n SME(s).</source>
        <translation>
            <numerusform>ກູ້ຄືນ %n ວິສາຫະກິດແລ້ວ.</numerusform>
            <numerusform>ກູ້ຄືນ %n ວິສາຫະກິດແລ້ວ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export SMEs</source>
        <translation>ສົ່ງອອກຂໍ້ມູນວິສາຫະກິດ</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>ໄຟລ໌ Excel (*.xlsx);;ໄຟລ໌ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>ຍົກເລີກການສົ່ງອອກແລ້ວ; ບໍ່ມີໄຟລ໌ໃດຖືກສ້າງ.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n SME(s) to %1.</source>
        <translation>
            <numerusform>ສົ່ງອອກ %n ວິສາຫະກິດໄປທີ່ %1 ແລ້ວ.</numerusform>
            <numerusform>ສົ່ງອອກ %n ວິສາຫະກິດໄປທີ່ %1 ແລ້ວ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting SMEs</source>
        <translation>ກຳລັງສົ່ງອອກຂໍ້ມູນວິສາຫະກິດ</translation>
    </message>
</context>
<context>
    <name>SmeFormDialog</name>
    <message>
        <source>New SME</source>
        <translation>ວິສາຫະກິດໃໝ່</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>ຂໍ້ມູນວິສາຫະກິດ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>ທີ່ຕັ້ງ</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>ການຕິດຕໍ່</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ຂະໜາດ</translation>
    </message>
    <message>
        <source>Edit SME — %1</source>
        <translation>ແກ້ໄຂວິສາຫະກິດ — %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>ບັນທຶກ (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Added by %1, %2</source>
        <translation>ເພີ່ມໂດຍ %1, %2</translation>
    </message>
    <message>
        <source>last changed by %1, %2</source>
        <translation>ແກ້ໄຂຫຼ້າສຸດໂດຍ %1, %2</translation>
    </message>
    <message>
        <source>agency: %1</source>
        <translation>ອົງກອນ: %1</translation>
    </message>
    <message>
        <source>Add sector…</source>
        <translation>ເພີ່ມຂະແໜງການ…</translation>
    </message>
    <message>
        <source>ICT and e-business use</source>
        <translation>ການນຳໃຊ້ ICT ແລະ ທຸລະກິດເອເລັກໂຕຣນິກ</translation>
    </message>
    <message>
        <source>Add sector</source>
        <translation>ເພີ່ມຂະແໜງການ</translation>
    </message>
    <message>
        <source>Name of the new sector:</source>
        <translation>ຊື່ຂະແໜງການໃໝ່:</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>ຍົກເລີກການປ່ຽນແປງບໍ?</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>ທ່ານຕ້ອງການຍົກເລີກການປ່ຽນແປງທີ່ເຮັດໄວ້ບໍ?</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>ຊື່ຄືກັນ</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>ຊື່ຄ້າຍກັນ</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>ເບີໂທຄືກັນ</translation>
    </message>
    <message>
        <source>same registration number</source>
        <translation>ເລກທະບຽນຄືກັນ</translation>
    </message>
    <message>
        <source>This business may already be registered. Open it instead of adding it again, or save if it is a different one:</source>
        <translation>ວິສາຫະກິດນີ້ອາດຈະລົງທະບຽນໄວ້ແລ້ວ. ກະລຸນາເປີດອັນທີ່ມີຢູ່ແລ້ວ ແທນການເພີ່ມໃໝ່ ຫຼື ກົດບັນທຶກ ຖ້າແມ່ນວິສາຫະກິດອື່ນ:</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Open this one</source>
        <translation>ເປີດອັນນີ້</translation>
    </message>
</context>
<context>
    <name>SmeTableModel</name>
    <message>
        <source>Agency</source>
        <translation>ອົງກອນ</translation>
    </message>
</context>
<context>
    <name>SummaryWindow</name>
    <message>
        <source>All versions</source>
        <translation>ທຸກເວີຊັນ</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>ເວີຊັນ %1</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>ທຸກແຂວງ</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>ທຸກຂະແໜງການ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ແຕ່</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ຫາ</translation>
    </message>
    <message>
        <source>Labels in:</source>
        <translation>ສະແດງເປັນພາສາ:</translation>
    </message>
    <message>
        <source>Export responses (CSV/XLSX)…</source>
        <translation>ສົ່ງອອກຊຸດຄຳຕອບ (CSV/XLSX)…</translation>
    </message>
    <message>
        <source>Summary PDF…</source>
        <translation>ສະຫຼຸບເປັນ PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>Summary — %1</source>
        <translation>ສະຫຼຸບ — %1</translation>
    </message>
    <message>
        <source>submitted %1 to %2</source>
        <translation>ຍື່ນແຕ່ %1 ຫາ %2</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>ກຳລັງນັບ…</translation>
    </message>
    <message>
        <source>Summarising</source>
        <translation>ກຳລັງສະຫຼຸບ</translation>
    </message>
    <message>
        <source>%1 response(s)</source>
        <translation>%1 ຊຸດຄຳຕອບ</translation>
    </message>
    <message>
        <source>version %1: %2</source>
        <translation>ເວີຊັນ %1: %2</translation>
    </message>
    <message>
        <source>This form has no questions to summarise.</source>
        <translation>ແບບຟອມນີ້ບໍ່ມີຄຳຖາມທີ່ຈະສະຫຼຸບ.</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>ຕອບແລ້ວ %1</translation>
    </message>
    <message>
        <source>in each “%1”</source>
        <translation>ໃນແຕ່ລະ “%1”</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>ຄ່າສະເລ່ຍ</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>ຄ່າມັດທະຍະຖານ</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>ຕ່ຳສຸດ</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>ສູງສຸດ</translation>
    </message>
    <message>
        <source>No numbers yet.</source>
        <translation>ຍັງບໍ່ມີຕົວເລກ.</translation>
    </message>
    <message>
        <source>Latest answers:</source>
        <translation>ຄຳຕອບຫຼ້າສຸດ:</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>ຍັງບໍ່ມີຄຳຕອບ.</translation>
    </message>
    <message>
        <source>Export responses</source>
        <translation>ສົ່ງອອກຊຸດຄຳຕອບ</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>ໄຟລ໌ Excel (*.xlsx);;ໄຟລ໌ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 response(s) to %2.</source>
        <translation>ສົ່ງອອກ %1 ຊຸດຄຳຕອບໄປທີ່ %2 ແລ້ວ.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>ຍົກເລີກການສົ່ງອອກແລ້ວ; ບໍ່ມີໄຟລ໌ໃດຖືກສ້າງ.</translation>
    </message>
    <message>
        <source>The export failed; no file was written.</source>
        <translation>ການສົ່ງອອກລົ້ມເຫຼວ; ບໍ່ມີໄຟລ໌ໃດຖືກສ້າງ.</translation>
    </message>
    <message>
        <source>Exporting responses</source>
        <translation>ກຳລັງສົ່ງອອກຊຸດຄຳຕອບ</translation>
    </message>
    <message>
        <source>Summary PDF</source>
        <translation>ສະຫຼຸບເປັນ PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>ເອກະສານ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Summary saved to %1.</source>
        <translation>ບັນທຶກສະຫຼຸບໄວ້ທີ່ %1 ແລ້ວ.</translation>
    </message>
    <message>
        <source>Writing the summary PDF</source>
        <translation>ກຳລັງສ້າງສະຫຼຸບເປັນ PDF</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>This answer is required.</source>
        <translation>ຕ້ອງຕອບຄຳຖາມນີ້.</translation>
    </message>
    <message>
        <source>This answer is not allowed.</source>
        <translation>ບໍ່ສາມາດໃຊ້ຄຳຕອບນີ້ໄດ້.</translation>
    </message>
    <message>
        <source>This answer is not in the expected form.</source>
        <translation>ຄຳຕອບນີ້ບໍ່ຖືກຕາມຮູບແບບທີ່ກຳນົດ.</translation>
    </message>
    <message>
        <source>Enter a whole number, for example 12.</source>
        <translation>ກະລຸນາປ້ອນຈຳນວນເຕັມ, ຕົວຢ່າງ 12.</translation>
    </message>
    <message>
        <source>Enter a number, for example 2.5.</source>
        <translation>ກະລຸນາປ້ອນຕົວເລກ, ຕົວຢ່າງ 2.5.</translation>
    </message>
</context>
<context>
    <name>Surveys</name>
    <message>
        <source>Choose a file name ending in .csv or .xlsx.</source>
        <translation>ກະລຸນາເລືອກຊື່ໄຟລ໌ທີ່ລົງທ້າຍດ້ວຍ .csv ຫຼື .xlsx.</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(ບໍ່ໄດ້ຕອບ)</translation>
    </message>
    <message>
        <source>Version {version} of form {form_id} is already here with different questions. Change the version in the form&apos;s settings sheet and import it again.</source>
        <translation>ແບບຟອມ {form_id} ເວີຊັນ {version} ມີຢູ່ແລ້ວ ແຕ່ມີຄຳຖາມຕ່າງກັນ. ກະລຸນາປ່ຽນເວີຊັນໃນແຜ່ນງານ settings ຂອງແບບຟອມ ແລ້ວນຳເຂົ້າອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>The answers are not a set of named values.</source>
        <translation>ຄຳຕອບບໍ່ແມ່ນຊຸດຂອງຄ່າທີ່ມີຊື່.</translation>
    </message>
    <message>
        <source>This form version has responses or drafts, so it cannot be deleted.</source>
        <translation>ແບບຟອມເວີຊັນນີ້ມີຊຸດຄຳຕອບ ຫຼື ສະບັບຮ່າງແລ້ວ, ຈຶ່ງບໍ່ສາມາດລຶບໄດ້.</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD, for example 2024-03-15.</source>
        <translation>ກະລຸນາປ້ອນວັນທີເປັນ YYYY-MM-DD (ປີ-ເດືອນ-ວັນ), ຕົວຢ່າງ 2024-03-15.</translation>
    </message>
    <message>
        <source>This response was already corrected. Correct the newest one instead.</source>
        <translation>ຊຸດຄຳຕອບນີ້ຖືກແກ້ໄຂແລ້ວ. ກະລຸນາແກ້ໄຂຊຸດທີ່ໃໝ່ທີ່ສຸດແທນ.</translation>
    </message>
    <message>
        <source>Headquarters published version {version} of form {form_id} with different questions; it can be read here but not changed. Change the version in the form&apos;s settings sheet and import it again.</source>
        <translation>ສຳນັກງານໃຫຍ່ເຜີຍແຜ່ແບບຟອມ {form_id} ເວີຊັນ {version} ທີ່ມີຄຳຖາມຕ່າງກັນແລ້ວ; ເບິ່ງໄດ້ຢູ່ນີ້ ແຕ່ແກ້ໄຂບໍ່ໄດ້. ກະລຸນາປ່ຽນເວີຊັນໃນແຜ່ນງານ settings ຂອງແບບຟອມ ແລ້ວນຳເຂົ້າອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>This form version is retired: it takes no new responses. Its responses and drafts are kept.</source>
        <translation>ແບບຟອມເວີຊັນນີ້ຢຸດໃຊ້ແລ້ວ: ບໍ່ຮັບຊຸດຄຳຕອບໃໝ່ອີກ. ຊຸດຄຳຕອບ ແລະ ສະບັບຮ່າງຂອງມັນຍັງຖືກເກັບໄວ້.</translation>
    </message>
</context>
<context>
    <name>SurveysArea</name>
    <message>
        <source>Surveys</source>
        <translation>ການສຳຫຼວດ</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>ສືບຕໍ່</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>ລຶບສະບັບຮ່າງ…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>ເບິ່ງ</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>ແກ້ໄຂຄຳຕອບ…</translation>
    </message>
    <message>
        <source>Make a corrected copy to fill in; once submitted it replaces this response, which is kept for the record.</source>
        <translation>ສ້າງສຳເນົາເພື່ອແກ້ໄຂ; ເມື່ອຍື່ນແລ້ວ ມັນຈະແທນທີ່ຊຸດຄຳຕອບນີ້, ເຊິ່ງຍັງຖືກເກັບໄວ້ເປັນຫຼັກຖານ.</translation>
    </message>
    <message>
        <source>Show replaced responses</source>
        <translation>ສະແດງຊຸດຄຳຕອບທີ່ຖືກແທນທີ່ແລ້ວ</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>ສະບັບຮ່າງ</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>ຊຸດຄຳຕອບ</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>ແບບຟອມ</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>ແບບຟອມ</translation>
    </message>
    <message>
        <source>Form ID</source>
        <translation>ລະຫັດແບບຟອມ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>ເວີຊັນ</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>ຈຳນວນເວີຊັນ</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>ນຳເຂົ້າຈາກ</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>ວິສາຫະກິດ</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>ເລີ່ມເມື່ອ</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>ບັນທຶກຫຼ້າສຸດ</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>ຄຳຕອບ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>ຍື່ນແລ້ວ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ພາສາ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ໂດຍ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>New response…</source>
        <translation>ຊຸດຄຳຕອບໃໝ່…</translation>
    </message>
    <message>
        <source>Import XLSForm…</source>
        <translation>ນຳເຂົ້າ XLSForm…</translation>
    </message>
    <message>
        <source>Summary and export…</source>
        <translation>ສະຫຼຸບ ແລະ ສົ່ງອອກ…</translation>
    </message>
    <message>
        <source>Installing the forms that come with GMS Desk…</source>
        <translation>ກຳລັງຕິດຕັ້ງແບບຟອມທີ່ມາພ້ອມກັບ GMS Desk…</translation>
    </message>
    <message>
        <source>%1 form(s) ready to fill in.</source>
        <translation>ແບບຟອມ %1 ແບບພ້ອມໃຫ້ປ້ອນແລ້ວ.</translation>
    </message>
    <message>
        <source>Installing forms</source>
        <translation>ກຳລັງຕິດຕັ້ງແບບຟອມ</translation>
    </message>
    <message>
        <source>Version %1: %2 response(s), %3 draft(s)</source>
        <translation>ເວີຊັນ %1: %2 ຊຸດຄຳຕອບ, %3 ສະບັບຮ່າງ</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>ສະບັບແກ້ໄຂ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>ໃໝ່</translation>
    </message>
    <message>
        <source>Drafts (%1)</source>
        <translation>ສະບັບຮ່າງ (%1)</translation>
    </message>
    <message>
        <source>Replaced by a correction</source>
        <translation>ຖືກແທນທີ່ດ້ວຍສະບັບແກ້ໄຂ</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>ອົງກອນ</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>ທຸກອົງກອນ</translation>
    </message>
    <message>
        <source>Show every version</source>
        <translation>ສະແດງທຸກເວີຊັນ</translation>
    </message>
    <message>
        <source>Retire version</source>
        <translation>ຢຸດໃຊ້ເວີຊັນນີ້</translation>
    </message>
    <message>
        <source>Delete version…</source>
        <translation>ລຶບເວີຊັນ…</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>ຢຸດໃຊ້ແລ້ວ</translation>
    </message>
    <message>
        <source>Published by headquarters</source>
        <translation>ເຜີຍແຜ່ໂດຍສຳນັກງານໃຫຍ່</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>ຢຸດໃຊ້ແລ້ວ</translation>
    </message>
    <message>
        <source>Retired: not offered for new responses. Its responses and drafts are kept, and can be viewed, corrected and exported.</source>
        <translation>ຢຸດໃຊ້ແລ້ວ: ບໍ່ໃຫ້ເລືອກສຳລັບຊຸດຄຳຕອບໃໝ່. ຊຸດຄຳຕອບ ແລະ ສະບັບຮ່າງຂອງມັນຍັງຖືກເກັບໄວ້ ແລະ ສາມາດເບິ່ງ, ແກ້ໄຂ ແລະ ສົ່ງອອກໄດ້.</translation>
    </message>
    <message>
        <source>Responses (%1)</source>
        <translation>ຊຸດຄຳຕອບ (%1)</translation>
    </message>
    <message>
        <source>Responses to “%1” (%2)</source>
        <translation>ຊຸດຄຳຕອບຂອງ “%1” (%2)</translation>
    </message>
    <message>
        <source>The responses could not be loaded: %1</source>
        <translation>ບໍ່ສາມາດໂຫຼດຊຸດຄຳຕອບໄດ້: %1</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>ນຳກັບມາໃຊ້</translation>
    </message>
    <message>
        <source>Offer version %1 of “%2” for new responses again.</source>
        <translation>ໃຫ້ “%2” ເວີຊັນ %1 ກັບມາໃຊ້ສຳລັບຊຸດຄຳຕອບໃໝ່ອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>Retire version %1 of “%2”: it is no longer offered for new responses; its responses and drafts are kept.</source>
        <translation>ຢຸດໃຊ້ “%2” ເວີຊັນ %1: ຈະບໍ່ໃຫ້ເລືອກສຳລັບຊຸດຄຳຕອບໃໝ່ອີກ; ຊຸດຄຳຕອບ ແລະ ສະບັບຮ່າງຂອງມັນຍັງຖືກເກັບໄວ້.</translation>
    </message>
    <message>
        <source>Delete version %1 of “%2”: nobody has answered it.</source>
        <translation>ລຶບ “%2” ເວີຊັນ %1: ຍັງບໍ່ມີໃຜຕອບ.</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is offered for new responses again.</source>
        <translation>“%2” ເວີຊັນ %1 ກັບມາໃຊ້ສຳລັບຊຸດຄຳຕອບໃໝ່ໄດ້ອີກແລ້ວ.</translation>
    </message>
    <message>
        <source>Version %1 of “%2” retired: it is no longer offered for new responses; its responses and drafts are kept.</source>
        <translation>ຢຸດໃຊ້ “%2” ເວີຊັນ %1 ແລ້ວ: ບໍ່ໃຫ້ເລືອກສຳລັບຊຸດຄຳຕອບໃໝ່ອີກ; ຊຸດຄຳຕອບ ແລະ ສະບັບຮ່າງຂອງມັນຍັງຖືກເກັບໄວ້.</translation>
    </message>
    <message>
        <source>Delete form version</source>
        <translation>ລຶບເວີຊັນແບບຟອມ</translation>
    </message>
    <message>
        <source>Delete version %1 of “%2”? Nobody has answered it yet.</source>
        <translation>ລຶບ “%2” ເວີຊັນ %1 ບໍ? ຍັງບໍ່ມີໃຜຕອບເທື່ອ.</translation>
    </message>
    <message>
        <source>Version %1 of “%2” deleted.</source>
        <translation>ລຶບ “%2” ເວີຊັນ %1 ແລ້ວ.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (ເວີຊັນ %2)</translation>
    </message>
    <message>
        <source>Every form version is retired. Bring one back, or import a new version.</source>
        <translation>ທຸກເວີຊັນຂອງແບບຟອມຢຸດໃຊ້ແລ້ວ. ກະລຸນານຳເວີຊັນໜຶ່ງກັບມາໃຊ້ ຫຼື ນຳເຂົ້າເວີຊັນໃໝ່.</translation>
    </message>
    <message>
        <source>There is no form yet. Import an XLSForm first.</source>
        <translation>ຍັງບໍ່ມີແບບຟອມ. ກະລຸນານຳເຂົ້າ XLSForm ກ່ອນ.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>ເວີຊັນ %1</translation>
    </message>
    <message>
        <source>SME: %1</source>
        <translation>ວິສາຫະກິດ: %1</translation>
    </message>
    <message>
        <source>Correction of a submitted response</source>
        <translation>ການແກ້ໄຂຊຸດຄຳຕອບທີ່ຍື່ນແລ້ວ</translation>
    </message>
    <message>
        <source>Response submitted. It will be sent with the next sync.</source>
        <translation>ຍື່ນຊຸດຄຳຕອບແລ້ວ. ມັນຈະຖືກສົ່ງໄປພ້ອມກັບການຊິ້ງຂໍ້ມູນຄັ້ງຕໍ່ໄປ.</translation>
    </message>
    <message>
        <source>The draft is kept: resume it any time from the Drafts list.</source>
        <translation>ສະບັບຮ່າງຍັງຖືກເກັບໄວ້: ສືບຕໍ່ໄດ້ທຸກເວລາຈາກລາຍການ “ສະບັບຮ່າງ”.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>ລຶບສະບັບຮ່າງ</translation>
    </message>
    <message>
        <source>Delete this draft of “%1” and the answers in it? This cannot be undone.</source>
        <translation>ລຶບສະບັບຮ່າງຂອງ “%1” ນີ້ ແລະ ຄຳຕອບໃນນັ້ນບໍ? ບໍ່ສາມາດຍ້ອນກັບໄດ້.</translation>
    </message>
    <message>
        <source>Draft deleted.</source>
        <translation>ລຶບສະບັບຮ່າງແລ້ວ.</translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation>ຍື່ນເມື່ອ %1</translation>
    </message>
    <message>
        <source>replaced by a correction</source>
        <translation>ຖືກແທນທີ່ດ້ວຍສະບັບແກ້ໄຂ</translation>
    </message>
    <message>
        <source>Import an XLSForm</source>
        <translation>ນຳເຂົ້າ XLSForm</translation>
    </message>
    <message>
        <source>XLSForm spreadsheet (*.xlsx *.xls)</source>
        <translation>ໄຟລ໌ຕາຕະລາງ XLSForm (*.xlsx *.xls)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>ກຳລັງອ່ານ %1…</translation>
    </message>
    <message>
        <source>Importing form</source>
        <translation>ກຳລັງນຳເຂົ້າແບບຟອມ</translation>
    </message>
    <message>
        <source>“%1” cannot be used as a form: %2 problem(s) must be fixed in the spreadsheet first.</source>
        <translation>ບໍ່ສາມາດໃຊ້ “%1” ເປັນແບບຟອມໄດ້: ຕ້ອງແກ້ໄຂ %2 ບັນຫາໃນໄຟລ໌ຕາຕະລາງກ່ອນ.</translation>
    </message>
    <message>
        <source>Form not imported</source>
        <translation>ບໍ່ໄດ້ນຳເຂົ້າແບບຟອມ</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is already here; nothing changed.</source>
        <translation>“%2” ເວີຊັນ %1 ມີຢູ່ແລ້ວ; ບໍ່ມີຫຍັງປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>Form already imported</source>
        <translation>ແບບຟອມນີ້ນຳເຂົ້າແລ້ວ</translation>
    </message>
    <message>
        <source>Imported “%1”, version %2.</source>
        <translation>ນຳເຂົ້າ “%1” ເວີຊັນ %2 ແລ້ວ.</translation>
    </message>
    <message>
        <source>%1 warning(s): what GMS Desk ignored is listed below.</source>
        <translation>%1 ຄຳເຕືອນ: ສິ່ງທີ່ GMS Desk ຂ້າມໄປມີລາຍການຢູ່ຂ້າງລຸ່ມ.</translation>
    </message>
    <message>
        <source>Form imported</source>
        <translation>ນຳເຂົ້າແບບຟອມແລ້ວ</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The server address is not valid. It looks like https://hq.example.org.</source>
        <translation>ທີ່ຢູ່ເຊີບເວີບໍ່ຖືກຕ້ອງ. ທີ່ຢູ່ຄວນມີຮູບແບບຄື https://hq.example.org.</translation>
    </message>
    <message>
        <source>Headquarters cannot be reached. Your changes are kept and will be sent when the connection is back.</source>
        <translation>ບໍ່ສາມາດເຊື່ອມຕໍ່ຫາສຳນັກງານໃຫຍ່ໄດ້. ການປ່ຽນແປງຂອງທ່ານຍັງຖືກເກັບໄວ້ ແລະ ຈະຖືກສົ່ງເມື່ອເຊື່ອມຕໍ່ໄດ້ອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>Headquarters does not recognise this computer (not enrolled, or access was withdrawn). Enrol it again with a new code.</source>
        <translation>ສຳນັກງານໃຫຍ່ບໍ່ຮູ້ຈັກຄອມພິວເຕີນີ້ (ຍັງບໍ່ໄດ້ລົງທະບຽນ ຫຼື ສິດເຂົ້າໃຊ້ຖືກຖອນແລ້ວ). ກະລຸນາລົງທະບຽນໃໝ່ດ້ວຍລະຫັດໃໝ່.</translation>
    </message>
    <message>
        <source>This version of GMS Desk is too old to sync. Please update it; your data is kept until then.</source>
        <translation>GMS Desk ເວີຊັນນີ້ເກົ່າເກີນໄປ ບໍ່ສາມາດຊິ້ງຂໍ້ມູນໄດ້. ກະລຸນາອັບເດດ; ຂໍ້ມູນຂອງທ່ານຈະຍັງຖືກເກັບໄວ້ຈົນກວ່າຈະອັບເດດ.</translation>
    </message>
    <message>
        <source>Headquarters refused the request.</source>
        <translation>ສຳນັກງານໃຫຍ່ປະຕິເສດຄຳຮ້ອງຂໍນີ້.</translation>
    </message>
    <message>
        <source>Headquarters could not process the sync. Try again later.</source>
        <translation>ສຳນັກງານໃຫຍ່ບໍ່ສາມາດດຳເນີນການຊິ້ງຂໍ້ມູນໄດ້. ກະລຸນາລອງໃໝ່ພາຍຫຼັງ.</translation>
    </message>
    <message>
        <source>This enrolment code is not valid or was used already. Ask headquarters for a new one.</source>
        <translation>ລະຫັດລົງທະບຽນນີ້ບໍ່ຖືກຕ້ອງ ຫຼື ຖືກໃຊ້ໄປແລ້ວ. ກະລຸນາຂໍລະຫັດໃໝ່ຈາກສຳນັກງານໃຫຍ່.</translation>
    </message>
    <message>
        <source>This address does not answer like a GMS Desk headquarters server. Check the address.</source>
        <translation>ທີ່ຢູ່ນີ້ບໍ່ໄດ້ຕອບກັບຄືເຊີບເວີ GMS Desk ຂອງສຳນັກງານໃຫຍ່. ກະລຸນາກວດສອບທີ່ຢູ່.</translation>
    </message>
    <message>
        <source>Sync is not set up: enrol this computer with headquarters first.</source>
        <translation>ຍັງບໍ່ໄດ້ຕັ້ງຄ່າການຊິ້ງຂໍ້ມູນ: ກະລຸນາລົງທະບຽນຄອມພິວເຕີນີ້ກັບສຳນັກງານໃຫຍ່ກ່ອນ.</translation>
    </message>
    <message>
        <source>Enter the server address and the enrolment code.</source>
        <translation>ກະລຸນາປ້ອນທີ່ຢູ່ເຊີບເວີ ແລະ ລະຫັດລົງທະບຽນ.</translation>
    </message>
    <message>
        <source>No GMS Desk headquarters answered at this address. Check the address (for example https://hq.example.org) and try again.</source>
        <translation>ບໍ່ມີສຳນັກງານໃຫຍ່ GMS Desk ຕອບກັບຢູ່ທີ່ຢູ່ນີ້. ກະລຸນາກວດສອບທີ່ຢູ່ (ຕົວຢ່າງ https://hq.example.org) ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <source>This record belongs to another agency.</source>
        <translation>ລາຍການຂໍ້ມູນນີ້ເປັນຂອງອົງກອນອື່ນ.</translation>
    </message>
    <message>
        <source>Headquarters published this record; it cannot be changed here.</source>
        <translation>ສຳນັກງານໃຫຍ່ເຜີຍແຜ່ລາຍການຂໍ້ມູນນີ້; ແກ້ໄຂຢູ່ນີ້ບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>Headquarters does not know this kind of record yet (it runs an older version).</source>
        <translation>ສຳນັກງານໃຫຍ່ຍັງບໍ່ຮູ້ຈັກລາຍການຂໍ້ມູນປະເພດນີ້ (ຍັງໃຊ້ເວີຊັນເກົ່າກວ່າ).</translation>
    </message>
    <message>
        <source>Headquarters does not know this field yet (it runs an older version).</source>
        <translation>ສຳນັກງານໃຫຍ່ຍັງບໍ່ຮູ້ຈັກຊ່ອງຂໍ້ມູນນີ້ (ຍັງໃຊ້ເວີຊັນເກົ່າກວ່າ).</translation>
    </message>
    <message>
        <source>Headquarters has no such conflict.</source>
        <translation>ສຳນັກງານໃຫຍ່ບໍ່ມີຂໍ້ມູນຂັດກັນນີ້.</translation>
    </message>
</context>
<context>
    <name>SyncArea</name>
    <message>
        <source>Sync with headquarters</source>
        <translation>ຊິ້ງຂໍ້ມູນກັບສຳນັກງານໃຫຍ່</translation>
    </message>
    <message>
        <source>Everything you enter is kept on this computer, and every change waits here until it is sent. To send your changes to headquarters and receive your colleagues&apos; work, enrol this computer once with the code headquarters gave you.</source>
        <translation>ທຸກຢ່າງທີ່ທ່ານປ້ອນຖືກເກັບໄວ້ໃນຄອມພິວເຕີນີ້ ແລະ ທຸກການປ່ຽນແປງຈະລໍຖ້າຢູ່ນີ້ ຈົນກວ່າຈະຖືກສົ່ງ. ເພື່ອສົ່ງການປ່ຽນແປງຂອງທ່ານໄປສຳນັກງານໃຫຍ່ ແລະ ຮັບວຽກຂອງເພື່ອນຮ່ວມງານ, ກະລຸນາລົງທະບຽນຄອມພິວເຕີນີ້ຄັ້ງດຽວ ດ້ວຍລະຫັດທີ່ສຳນັກງານໃຫຍ່ໃຫ້ທ່ານ.</translation>
    </message>
    <message>
        <source>The code from headquarters</source>
        <translation>ລະຫັດຈາກສຳນັກງານໃຫຍ່</translation>
    </message>
    <message>
        <source>How headquarters will know this computer</source>
        <translation>ຊື່ທີ່ສຳນັກງານໃຫຍ່ຈະໃຊ້ເອີ້ນຄອມພິວເຕີນີ້</translation>
    </message>
    <message>
        <source>Enrol this computer</source>
        <translation>ລົງທະບຽນຄອມພິວເຕີນີ້</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>ທີ່ຢູ່ເຊີບເວີ</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>ລະຫັດລົງທະບຽນ</translation>
    </message>
    <message>
        <source>Name of this computer</source>
        <translation>ຊື່ຄອມພິວເຕີນີ້</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>ຊິ້ງຂໍ້ມູນດຽວນີ້</translation>
    </message>
    <message>
        <source>Enrol again…</source>
        <translation>ລົງທະບຽນໃໝ່…</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>ບໍ່ມີຂໍ້ມູນຂັດກັນທີ່ຕ້ອງແກ້ໄຂ.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>ອົງກອນ</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>ເຊີບເວີ</translation>
    </message>
    <message>
        <source>This computer&apos;s id</source>
        <translation>ລະຫັດຄອມພິວເຕີນີ້</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>ຊິ້ງຂໍ້ມູນຄັ້ງລ່າສຸດ</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>ລໍຖ້າສົ່ງ</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>ຜົນຄັ້ງລ່າສຸດ</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>ຂໍ້ມູນຂັດກັນ</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>ບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>ສຳເນົາ</translation>
    </message>
    <message>
        <source>Copy the selected lines (or all) as text</source>
        <translation>ສຳເນົາແຖວທີ່ເລືອກ (ຫຼື ທັງໝົດ) ເປັນຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>Discard refused…</source>
        <translation>ປະຖິ້ມການປ່ຽນແປງທີ່ຖືກປະຕິເສດ…</translation>
    </message>
    <message>
        <source>Forget the selected refused changes (all, if none is selected)</source>
        <translation>ປະຖິ້ມການປ່ຽນແປງທີ່ຖືກປະຕິເສດທີ່ເລືອກໄວ້ (ຫຼື ທັງໝົດ ຖ້າບໍ່ໄດ້ເລືອກ)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) on this computer will be sent after enrolment.</source>
        <translation>
            <numerusform>%n ການປ່ຽນແປງໃນຄອມພິວເຕີນີ້ ຈະຖືກສົ່ງຫຼັງຈາກລົງທະບຽນແລ້ວ.</numerusform>
            <numerusform>%n ການປ່ຽນແປງໃນຄອມພິວເຕີນີ້ ຈະຖືກສົ່ງຫຼັງຈາກລົງທະບຽນແລ້ວ.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — headquarters: holds every agency&apos;s records</source>
        <translation>%1 — ສຳນັກງານໃຫຍ່: ເກັບຂໍ້ມູນຂອງທຸກອົງກອນ</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>ບໍ່ເຄີຍ</translation>
    </message>
    <message>
        <source>Today at %1</source>
        <translation>ມື້ນີ້ ເວລາ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n ການປ່ຽນແປງ</numerusform>
            <numerusform>%n ການປ່ຽນແປງ</numerusform>
        </translation>
    </message>
    <message>
        <source>No sync since GMS Desk started</source>
        <translation>ຍັງບໍ່ໄດ້ຊິ້ງຂໍ້ມູນ ນັບແຕ່ເປີດ GMS Desk</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>ກຳລັງຊິ້ງຂໍ້ມູນ…</translation>
    </message>
    <message numerus="yes">
        <source>Resolve %n conflict(s)…</source>
        <translation>
            <numerusform>ແກ້ໄຂຂໍ້ມູນຂັດກັນ %n ລາຍການ…</numerusform>
            <numerusform>ແກ້ໄຂຂໍ້ມູນຂັດກັນ %n ລາຍການ…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes received could not be stored on this computer: kept here, to be applied after an update of GMS Desk.</source>
        <translation>
            <numerusform>%n ການປ່ຽນແປງທີ່ໄດ້ຮັບ ບໍ່ສາມາດບັນທຶກໃນຄອມພິວເຕີນີ້ໄດ້; ການປ່ຽນແປງເຫຼົ່ານີ້ຖືກເກັບໄວ້ ແລະ ຈະຖືກນຳໃຊ້ເມື່ອ GMS Desk ຮູ້ຈັກ (ຫຼັງຈາກອັບເດດ).</numerusform>
            <numerusform>%n ການປ່ຽນແປງທີ່ໄດ້ຮັບ ບໍ່ສາມາດບັນທຶກໃນຄອມພິວເຕີນີ້ໄດ້; ການປ່ຽນແປງເຫຼົ່ານີ້ຖືກເກັບໄວ້ ແລະ ຈະຖືກນຳໃຊ້ເມື່ອ GMS Desk ຮູ້ຈັກ (ຫຼັງຈາກອັບເດດ).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes were refused by headquarters: kept here, not sent again.</source>
        <translation>
            <numerusform>%n ການປ່ຽນແປງຖືກສຳນັກງານໃຫຍ່ປະຕິເສດ: ຍັງເກັບໄວ້ຢູ່ນີ້ ແລະ ຈະບໍ່ຖືກສົ່ງອີກ.</numerusform>
            <numerusform>%n ການປ່ຽນແປງຖືກສຳນັກງານໃຫຍ່ປະຕິເສດ: ຍັງເກັບໄວ້ຢູ່ນີ້ ແລະ ຈະບໍ່ຖືກສົ່ງອີກ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>ບໍ່ມີ</translation>
    </message>
    <message>
        <source>received</source>
        <translation>ໄດ້ຮັບ</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ຖືກປະຕິເສດ</translation>
    </message>
    <message>
        <source>%1 — %2 “%3” (refused): %4</source>
        <translation>%1 — %2 “%3” (ຖືກປະຕິເສດ): %4</translation>
    </message>
    <message>
        <source>Discard refused changes</source>
        <translation>ປະຖິ້ມການປ່ຽນແປງທີ່ຖືກປະຕິເສດ</translation>
    </message>
    <message numerus="yes">
        <source>Forget %n refused change(s)? What was typed stays on this computer only; copy it first if someone needs it.</source>
        <translation>
            <numerusform>ປະຖິ້ມ %n ການປ່ຽນແປງທີ່ຖືກປະຕິເສດບໍ? ຄ່າເຫຼົ່ານັ້ນຈະຢູ່ໃນຄອມພິວເຕີນີ້ເທົ່ານັ້ນ; ຖ້າມີຄົນຕ້ອງການ ກະລຸນາສຳເນົາໄວ້ກ່ອນ.</numerusform>
            <numerusform>ປະຖິ້ມ %n ການປ່ຽນແປງທີ່ຖືກປະຕິເສດບໍ? ຄ່າເຫຼົ່ານັ້ນຈະຢູ່ໃນຄອມພິວເຕີນີ້ເທົ່ານັ້ນ; ຖ້າມີຄົນຕ້ອງການ ກະລຸນາສຳເນົາໄວ້ກ່ອນ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %1, received %2, %n conflict(s)</source>
        <translation>
            <numerusform>ສົ່ງ %1, ຮັບ %2, ຂໍ້ມູນຂັດກັນ %n ລາຍການ</numerusform>
            <numerusform>ສົ່ງ %1, ຮັບ %2, ຂໍ້ມູນຂັດກັນ %n ລາຍການ</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1, received %2</source>
        <translation>ສົ່ງ %1, ຮັບ %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Enrolling this computer with headquarters…</source>
        <translation>ກຳລັງລົງທະບຽນຄອມພິວເຕີນີ້ກັບສຳນັກງານໃຫຍ່…</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Sync not set up</source>
        <translation>ຍັງບໍ່ໄດ້ຕັ້ງຄ່າການຊິ້ງຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>ກຳລັງຊິ້ງຂໍ້ມູນ…</translation>
    </message>
    <message>
        <source>Sync is busy. Try again in a moment.</source>
        <translation>ກຳລັງຊິ້ງຂໍ້ມູນຢູ່. ກະລຸນາລອງໃໝ່ໃນອີກບໍ່ດົນ.</translation>
    </message>
    <message>
        <source>Syncing… %1 %</source>
        <translation>ກຳລັງຊິ້ງຂໍ້ມູນ… %1%</translation>
    </message>
    <message>
        <source>Sync problem: %1</source>
        <translation>ບັນຫາການຊິ້ງຂໍ້ມູນ: %1</translation>
    </message>
    <message>
        <source>Unexpected error (details in gmsdesk.log): %1</source>
        <translation>ເກີດຂໍ້ຜິດພາດທີ່ບໍ່ຄາດຄິດ (ລາຍລະອຽດຢູ່ໃນ gmsdesk.log): %1</translation>
    </message>
    <message>
        <source>Enrolment failed unexpectedly (details in gmsdesk.log): %1</source>
        <translation>ການລົງທະບຽນລົ້ມເຫຼວໂດຍບໍ່ຄາດຄິດ (ລາຍລະອຽດຢູ່ໃນ gmsdesk.log): %1</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>ບໍ່ມີການເຊື່ອມຕໍ່ — %n ການປ່ຽນແປງລໍຖ້າຢູ່</numerusform>
            <numerusform>ບໍ່ມີການເຊື່ອມຕໍ່ — %n ການປ່ຽນແປງລໍຖ້າຢູ່</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>ຍັງບໍ່ໄດ້ຊິ້ງຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>ຊິ້ງຂໍ້ມູນແລ້ວ ເວລາ %1</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>ຊິ້ງຂໍ້ມູນຄັ້ງລ່າສຸດ %1</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Basic</source>
        <translation>ພື້ນຖານ</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>ຂັ້ນສູງ</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>ວາງແຜນໄວ້</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>ກຳລັງດຳເນີນ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ສຳເລັດແລ້ວ</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>ຍັງບໍ່ເລີ່ມ</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>ກຳລັງຮຽນ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>ຮຽນຈົບແລ້ວ</translation>
    </message>
    <message>
        <source>Website set-up</source>
        <translation>ສ້າງເວັບໄຊ</translation>
    </message>
    <message>
        <source>Catalogue or e-marketplace listing</source>
        <translation>ລົງລາຍການສິນຄ້າໃນແຄັດຕາລັອກ ຫຼື ຕະຫຼາດອອນລາຍ</translation>
    </message>
    <message>
        <source>Content creation</source>
        <translation>ສ້າງເນື້ອຫາ</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>ແປພາສາ</translation>
    </message>
    <message>
        <source>Online payment set-up</source>
        <translation>ຕັ້ງຄ່າການຊຳລະເງິນອອນລາຍ</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>ຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>ໃຫ້ຄຳປຶກສາ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ອີເມວ</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ເວັບໄຊ</translation>
    </message>
    <message>
        <source>E-marketplace</source>
        <translation>ຕະຫຼາດອອນລາຍ</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>ສື່ສັງຄົມອອນລາຍ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ໂທລະສັບ</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>ແຟັກ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ອື່ນໆ</translation>
    </message>
</context>
<context>
    <name>TrainingArea</name>
    <message>
        <source>← All workshops</source>
        <translation>← ກອງປະຊຸມສຳມະນາທັງໝົດ</translation>
    </message>
    <message>
        <source>Back to the workshop list (Alt+Left)</source>
        <translation>ກັບໄປລາຍການກອງປະຊຸມສຳມະນາ (Alt+Left)</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>ກອງປະຊຸມສຳມະນາໃໝ່</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ເປີດ</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ແກ້ໄຂ…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>ກູ້ຄືນ</translation>
    </message>
    <message>
        <source>Search title, venue, trainer, partner…</source>
        <translation>ຊອກຫາຫົວຂໍ້, ສະຖານທີ່, ວິທະຍາກອນ, ອົງກອນຮ່ວມມື…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>ທຸກສະຖານະ</translation>
    </message>
    <message>
        <source>Deleted workshops</source>
        <translation>ກອງປະຊຸມສຳມະນາທີ່ຖືກລຶບ</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>ອົງກອນ</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>ທຸກອົງກອນ</translation>
    </message>
    <message>
        <source>No workshops yet. Press Ctrl+N to plan one: title, track and modules, dates, venue and trainers.</source>
        <translation>ຍັງບໍ່ມີກອງປະຊຸມສຳມະນາ. ກົດ Ctrl+N ເພື່ອວາງແຜນ: ຫົວຂໍ້, ຫຼັກສູດ ແລະ ບົດຮຽນ, ວັນທີ, ສະຖານທີ່ ແລະ ວິທະຍາກອນ.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>ການຝຶກອົບຮົມ</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n ກອງປະຊຸມສຳມະນາ</numerusform>
            <numerusform>%n ກອງປະຊຸມສຳມະນາ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 workshops</source>
        <translation>%1 ຈາກ %2 ກອງປະຊຸມສຳມະນາ</translation>
    </message>
    <message>
        <source>delete “%1”</source>
        <translation>ລຶບ “%1”</translation>
    </message>
    <message>
        <source>“%1” deleted. Undo with Ctrl+Z, or find it under “Deleted workshops”.</source>
        <translation>ລຶບ “%1” ແລ້ວ. ກົດ Ctrl+Z ເພື່ອຍ້ອນກັບ ຫຼື ຊອກຫາໃນ “ກອງປະຊຸມສຳມະນາທີ່ຖືກລຶບ”.</translation>
    </message>
    <message>
        <source>restore “%1”</source>
        <translation>ກູ້ຄືນ “%1”</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Undo</source>
        <translation>ຍ້ອນກັບ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ເຮັດຊ້ຳ</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter the business name.</source>
        <translation>ກະລຸນາປ້ອນຊື່ວິສາຫະກິດ.</translation>
    </message>
    <message>
        <source>This cannot be empty.</source>
        <translation>ບ່ອນນີ້ບໍ່ສາມາດປ່ອຍຫວ່າງໄດ້.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>ຂໍ້ຄວາມນີ້ຍາວເກີນໄປ.</translation>
    </message>
    <message>
        <source>Enter a whole number, for example 12.</source>
        <translation>ກະລຸນາປ້ອນຈຳນວນເຕັມ, ຕົວຢ່າງ 12.</translation>
    </message>
    <message>
        <source>Enter a number, for example 12.5.</source>
        <translation>ກະລຸນາປ້ອນຕົວເລກ, ຕົວຢ່າງ 12.5.</translation>
    </message>
    <message>
        <source>The number cannot be negative.</source>
        <translation>ຈຳນວນນີ້ບໍ່ສາມາດຕິດລົບໄດ້.</translation>
    </message>
    <message>
        <source>This number is out of range.</source>
        <translation>ຕົວເລກນີ້ຢູ່ນອກຂອບເຂດທີ່ກຳນົດ.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>ກະລຸນາເລືອກຄ່າຈາກລາຍການ.</translation>
    </message>
    <message>
        <source>This is not in the expected form.</source>
        <translation>ຮູບແບບບໍ່ຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <source>Female employees cannot be more than all employees.</source>
        <translation>ຈຳນວນພະນັກງານຍິງບໍ່ສາມາດຫຼາຍກວ່າຈຳນວນພະນັກງານທັງໝົດ.</translation>
    </message>
    <message>
        <source>Choose services from the list.</source>
        <translation>ກະລຸນາເລືອກການບໍລິການຈາກລາຍການ.</translation>
    </message>
    <message>
        <source>Enter the agency&apos;s name.</source>
        <translation>ກະລຸນາປ້ອນຊື່ອົງກອນ.</translation>
    </message>
    <message>
        <source>Enter a year between 1900 and this year.</source>
        <translation>ກະລຸນາປ້ອນປີ ຄ.ສ. ລະຫວ່າງ 1900 ຫາ ປີນີ້.</translation>
    </message>
    <message>
        <source>Choose the indicator.</source>
        <translation>ກະລຸນາເລືອກຕົວຊີ້ວັດ.</translation>
    </message>
    <message>
        <source>Choose programme, economy, agency or province.</source>
        <translation>ກະລຸນາເລືອກ ທັງແຜນງານ, ປະເທດ/ພາກພື້ນ, ອົງກອນ ຫຼື ແຂວງ.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>ນີ້ບໍ່ແມ່ນທີ່ຢູ່ອີເມວທີ່ຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <source>This does not look like a web address.</source>
        <translation>ນີ້ບໍ່ແມ່ນທີ່ຢູ່ເວັບໄຊທີ່ຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <source>Use digits, spaces and + - ( ) only, at least 6 digits.</source>
        <translation>ໃຊ້ໄດ້ສະເພາະຕົວເລກ, ຍະຫວ່າງ ແລະ + - ( ) ເທົ່ານັ້ນ, ຢ່າງໜ້ອຍ 6 ຕົວເລກ.</translation>
    </message>
    <message>
        <source>Choose a sector from the list.</source>
        <translation>ກະລຸນາເລືອກຂະແໜງການຈາກລາຍການ.</translation>
    </message>
    <message>
        <source>Choose one of the six economies.</source>
        <translation>ກະລຸນາເລືອກໜຶ່ງໃນຫົກປະເທດ/ພາກພື້ນ.</translation>
    </message>
    <message>
        <source>Choose female, male or other.</source>
        <translation>ກະລຸນາເລືອກ ຍິງ, ຊາຍ ຫຼື ອື່ນໆ.</translation>
    </message>
    <message>
        <source>Enter a name for the sector.</source>
        <translation>ກະລຸນາປ້ອນຊື່ຂະແໜງການ.</translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation>ກະລຸນາປ້ອນຫົວຂໍ້.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>ກະລຸນາປ້ອນຊື່ຂອງບຸກຄົນ.</translation>
    </message>
    <message>
        <source>Choose basic or advanced.</source>
        <translation>ກະລຸນາເລືອກ ພື້ນຖານ ຫຼື ຂັ້ນສູງ.</translation>
    </message>
    <message>
        <source>Choose planned, running or done.</source>
        <translation>ກະລຸນາເລືອກ ວາງແຜນໄວ້, ກຳລັງດຳເນີນ ຫຼື ສຳເລັດແລ້ວ.</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD, for example 2025-03-14.</source>
        <translation>ກະລຸນາປ້ອນວັນທີເປັນ YYYY-MM-DD (ປີ-ເດືອນ-ວັນ), ຕົວຢ່າງ 2025-03-14.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>ກະລຸນາປ້ອນວັນທີ.</translation>
    </message>
    <message>
        <source>The last day cannot be before the first day.</source>
        <translation>ມື້ສຸດທ້າຍບໍ່ສາມາດຢູ່ກ່ອນມື້ທຳອິດໄດ້.</translation>
    </message>
    <message>
        <source>Enter the first day too.</source>
        <translation>ກະລຸນາປ້ອນມື້ທຳອິດນຳ.</translation>
    </message>
    <message>
        <source>A workshop can last at most 60 days.</source>
        <translation>ກອງປະຊຸມສຳມະນາໜຶ່ງຄັ້ງໃຊ້ເວລາໄດ້ບໍ່ເກີນ 60 ມື້.</translation>
    </message>
    <message>
        <source>Enter a two-letter country code, for example JP.</source>
        <translation>ກະລຸນາປ້ອນລະຫັດປະເທດສອງຕົວອັກສອນ, ຕົວຢ່າງ JP.</translation>
    </message>
    <message>
        <source>Choose modules from the catalogue.</source>
        <translation>ກະລຸນາເລືອກບົດຮຽນຈາກລາຍການບົດຮຽນ.</translation>
    </message>
    <message>
        <source>Choose an SME from the registry.</source>
        <translation>ກະລຸນາເລືອກວິສາຫະກິດຈາກທະບຽນວິສາຫະກິດ.</translation>
    </message>
    <message>
        <source>Enter a score from 0 to 100.</source>
        <translation>ກະລຸນາປ້ອນຄະແນນແຕ່ 0 ຫາ 100.</translation>
    </message>
    <message>
        <source>Enter an amount of 0 or more, for example 150.</source>
        <translation>ກະລຸນາປ້ອນຈຳນວນເງິນຕັ້ງແຕ່ 0 ຂຶ້ນໄປ, ຕົວຢ່າງ 150.</translation>
    </message>
    <message>
        <source>Enter a three-letter currency code, for example USD.</source>
        <translation>ກະລຸນາປ້ອນລະຫັດສະກຸນເງິນສາມຕົວອັກສອນ, ຕົວຢ່າງ USD.</translation>
    </message>
    <message>
        <source>Choose the kind of service.</source>
        <translation>ກະລຸນາເລືອກປະເພດການບໍລິການ.</translation>
    </message>
    <message>
        <source>Choose how the inquiry came in.</source>
        <translation>ກະລຸນາເລືອກຊ່ອງທາງທີ່ໄດ້ຮັບການສອບຖາມ.</translation>
    </message>
    <message>
        <source>Choose not started, in progress or completed.</source>
        <translation>ກະລຸນາເລືອກ ຍັງບໍ່ເລີ່ມ, ກຳລັງຮຽນ ຫຼື ຮຽນຈົບແລ້ວ.</translation>
    </message>
    <message>
        <source>Progress only moves forward; an administrator can revert it, with a reason.</source>
        <translation>ຄວາມຄືບໜ້າເລື່ອນໄປໜ້າໄດ້ເທົ່ານັ້ນ; ຜູ້ເບິ່ງແຍງລະບົບສາມາດຖອຍຄືນໄດ້ ໂດຍມີເຫດຜົນ.</translation>
    </message>
    <message>
        <source>A revert must go back to an earlier step.</source>
        <translation>ການຖອຍຄືນຕ້ອງກັບໄປຂັ້ນກ່ອນໜ້າ.</translation>
    </message>
    <message>
        <source>Give a reason for the revert.</source>
        <translation>ກະລຸນາໃຫ້ເຫດຜົນຂອງການຖອຍຄືນ.</translation>
    </message>
    <message>
        <source>Say who reverts it.</source>
        <translation>ກະລຸນາບອກວ່າໃຜເປັນຜູ້ຖອຍຄືນ.</translation>
    </message>
    <message>
        <source>This module is not part of the workshop.</source>
        <translation>ບົດຮຽນນີ້ບໍ່ໄດ້ຢູ່ໃນກອງປະຊຸມສຳມະນານີ້.</translation>
    </message>
    <message>
        <source>This person is not enrolled in the workshop.</source>
        <translation>ບຸກຄົນນີ້ບໍ່ໄດ້ລົງທະບຽນໃນກອງປະຊຸມສຳມະນານີ້.</translation>
    </message>
    <message>
        <source>This day is not part of the workshop.</source>
        <translation>ວັນທີນີ້ບໍ່ຢູ່ໃນກອງປະຊຸມສຳມະນານີ້.</translation>
    </message>
    <message>
        <source>Choose a workshop.</source>
        <translation>ກະລຸນາເລືອກກອງປະຊຸມສຳມະນາ.</translation>
    </message>
    <message>
        <source>A retired module cannot be added to a workshop: choose another one.</source>
        <translation>ບໍ່ສາມາດເພີ່ມບົດຮຽນທີ່ຢຸດໃຊ້ແລ້ວເຂົ້າໃນກອງປະຊຸມສຳມະນາໄດ້: ກະລຸນາເລືອກບົດຮຽນອື່ນ.</translation>
    </message>
    <message>
        <source>No certificate has been issued for this workshop yet: only participants who completed every module get one.</source>
        <translation>ກອງປະຊຸມສຳມະນານີ້ຍັງບໍ່ທັນອອກໃບຢັ້ງຢືນເທື່ອ: ມີແຕ່ຜູ້ເຂົ້າຮ່ວມທີ່ຮຽນຈົບທຸກບົດຮຽນເທົ່ານັ້ນຈຶ່ງຈະໄດ້ຮັບ.</translation>
    </message>
    <message>
        <source>Write languages as codes separated by commas, for example km, en, ja.</source>
        <translation>ກະລຸນາຂຽນພາສາເປັນລະຫັດ ຂັ້ນດ້ວຍຈຸດ (,), ຕົວຢ່າງ km, en, ja.</translation>
    </message>
    <message>
        <source>Write each language pair as two codes joined by a dash, for example km-ja.</source>
        <translation>ກະລຸນາຂຽນແຕ່ລະຄູ່ພາສາເປັນສອງລະຫັດ ເຊື່ອມດ້ວຍຂີດ (-), ຕົວຢ່າງ km-ja.</translation>
    </message>
    <message>
        <source>Write each currency as three capital letters, for example USD.</source>
        <translation>ກະລຸນາຂຽນແຕ່ລະສະກຸນເງິນເປັນຕົວອັກສອນໃຫຍ່ສາມຕົວ, ຕົວຢ່າງ USD.</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Edit workshop</source>
        <translation>ແກ້ໄຂກອງປະຊຸມສຳມະນາ</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>ກອງປະຊຸມສຳມະນາໃໝ່</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>ບົດຮຽນ</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>ຊື່, ຂັ້ນແຕ່ລະຊື່ດ້ວຍເຄື່ອງໝາຍ “,”</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ຫົວຂໍ້(&amp;T):</translation>
    </message>
    <message>
        <source>Trac&amp;k:</source>
        <translation>ຫຼັກສູດ(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Modules:</source>
        <translation>ບົດຮຽນ(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>ວັນທີ(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>ສະຖານທີ່(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Economy:</source>
        <translation>ປະເທດ/ພາກພື້ນ(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>ແຂວງ(&amp;P):</translation>
    </message>
    <message>
        <source>T&amp;rainers:</source>
        <translation>ວິທະຍາກອນ(&amp;R):</translation>
    </message>
    <message>
        <source>P&amp;artner organisation:</source>
        <translation>ອົງກອນຮ່ວມມື(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>ສະຖານະ(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>ໝາຍເຫດ(&amp;N):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (ຢຸດໃຊ້ແລ້ວ)</translation>
    </message>
    <message>
        <source>Retired: new workshops are not offered it; workshops that have it keep it.</source>
        <translation>ຢຸດໃຊ້ແລ້ວ: ກອງປະຊຸມສຳມະນາໃໝ່ເລືອກບົດຮຽນນີ້ບໍ່ໄດ້; ກອງປະຊຸມສຳມະນາທີ່ມີຢູ່ແລ້ວຍັງເກັບໄວ້ຄືເກົ່າ.</translation>
    </message>
    <message>
        <source>Published by headquarters: it can be read here but not changed.</source>
        <translation>ເຜີຍແຜ່ໂດຍສຳນັກງານໃຫຍ່: ເບິ່ງໄດ້ຢູ່ນີ້ ແຕ່ແກ້ໄຂບໍ່ໄດ້.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ມື້</numerusform>
            <numerusform>%n ມື້</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the workshop&apos;s title.</source>
        <translation>ກະລຸນາປ້ອນຫົວຂໍ້ກອງປະຊຸມສຳມະນາ.</translation>
    </message>
    <message>
        <source>Tick at least one module.</source>
        <translation>ກະລຸນາໝາຍເລືອກຢ່າງໜ້ອຍໜຶ່ງບົດຮຽນ.</translation>
    </message>
    <message>
        <source>The last day cannot be before the first.</source>
        <translation>ມື້ສຸດທ້າຍບໍ່ສາມາດຢູ່ກ່ອນມື້ທຳອິດໄດ້.</translation>
    </message>
    <message>
        <source>A workshop can last at most 60 days.</source>
        <translation>ກອງປະຊຸມສຳມະນາໜຶ່ງຄັ້ງໃຊ້ເວລາໄດ້ບໍ່ເກີນ 60 ມື້.</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <source>&amp;Details</source>
        <translation>ລາຍລະອຽດ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Workshop mode (attendance)</source>
        <translation>ໂໝດກອງປະຊຸມສຳມະນາ (ການເຂົ້າຮ່ວມ)(&amp;W)</translation>
    </message>
    <message>
        <source>Pro&amp;gress &amp;&amp; scores</source>
        <translation>ຄວາມຄືບໜ້າ ແລະ ຄະແນນ(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>ໃບຢັ້ງຢືນ(&amp;C)</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>ວັນທີ:</translation>
    </message>
    <message>
        <source>Track:</source>
        <translation>ຫຼັກສູດ:</translation>
    </message>
    <message>
        <source>Modules:</source>
        <translation>ບົດຮຽນ:</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>ສະຖານທີ່:</translation>
    </message>
    <message>
        <source>Trainers:</source>
        <translation>ວິທະຍາກອນ:</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>ອົງກອນຮ່ວມມື:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ສະຖານະ:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມ:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>ໝາຍເຫດ:</translation>
    </message>
    <message>
        <source>Edit workshop…</source>
        <translation>ແກ້ໄຂກອງປະຊຸມສຳມະນາ…</translation>
    </message>
    <message>
        <source>Start workshop mode (F5)</source>
        <translation>ເລີ່ມໂໝດກອງປະຊຸມສຳມະນາ (F5)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation>ຕົວອັກສອນລາຕິນ</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>ເພດ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ຕຳແໜ່ງ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ໂທລະສັບ</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>ວິສາຫະກິດ</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>ໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <source>&amp;Enrol…</source>
        <translation>ລົງທະບຽນ(&amp;E)…</translation>
    </message>
    <message>
        <source>Enrol people (Ctrl+E)</source>
        <translation>ລົງທະບຽນຜູ້ເຂົ້າຮ່ວມ (Ctrl+E)</translation>
    </message>
    <message>
        <source>Remove from workshop</source>
        <translation>ເອົາອອກຈາກກອງປະຊຸມສຳມະນາ</translation>
    </message>
    <message>
        <source>&amp;Issue certificates</source>
        <translation>ອອກໃບຢັ້ງຢືນ(&amp;I)</translation>
    </message>
    <message>
        <source>Give a certificate number to every participant who completed all modules</source>
        <translation>ໃຫ້ເລກໃບຢັ້ງຢືນແກ່ຜູ້ເຂົ້າຮ່ວມທຸກຄົນທີ່ຮຽນຈົບທຸກບົດຮຽນ</translation>
    </message>
    <message>
        <source>&amp;Save certificates PDF…</source>
        <translation>ບັນທຶກໃບຢັ້ງຢືນເປັນ PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Print &amp;attendance sheet…</source>
        <translation>ພິມໃບລົງຊື່ເຂົ້າຮ່ວມ(&amp;A)…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>ເປີດໂຟນເດີ</translation>
    </message>
    <message>
        <source>Language of the PDF:</source>
        <translation>ພາສາຂອງ PDF:</translation>
    </message>
    <message>
        <source>Sign-in sheet for:</source>
        <translation>ໃບລົງຊື່ສຳລັບ:</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>ຜູ້ເຂົ້າຮ່ວມ %n ຄົນ</numerusform>
            <numerusform>ຜູ້ເຂົ້າຮ່ວມ %n ຄົນ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n day(s))</source>
        <translation>
            <numerusform>(%n ມື້)</numerusform>
            <numerusform>(%n ມື້)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled</source>
        <translation>
            <numerusform>ລົງທະບຽນ %n ຄົນ</numerusform>
            <numerusform>ລົງທະບຽນ %n ຄົນ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n women</source>
        <translation>
            <numerusform>ຍິງ %n ຄົນ</numerusform>
            <numerusform>ຍິງ %n ຄົນ</numerusform>
        </translation>
    </message>
    <message>
        <source>Day %1 — %2</source>
        <translation>ມື້ທີ %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) completed every module.</source>
        <translation>
            <numerusform>ຜູ້ເຂົ້າຮ່ວມ %n ຄົນຮຽນຈົບທຸກບົດຮຽນ.</numerusform>
            <numerusform>ຜູ້ເຂົ້າຮ່ວມ %n ຄົນຮຽນຈົບທຸກບົດຮຽນ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) issued.</source>
        <translation>
            <numerusform>ອອກໃບຢັ້ງຢືນແລ້ວ %n ໃບ.</numerusform>
            <numerusform>ອອກໃບຢັ້ງຢືນແລ້ວ %n ໃບ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participant(s) from this workshop? Their attendance and progress are kept and come back if they are enrolled again.</source>
        <translation>
            <numerusform>ເອົາຜູ້ເຂົ້າຮ່ວມ %n ຄົນອອກຈາກກອງປະຊຸມສຳມະນານີ້ບໍ? ການເຂົ້າຮ່ວມ ແລະ ຄວາມຄືບໜ້າຂອງເຂົາເຈົ້າຍັງຖືກເກັບໄວ້ ແລະ ຈະກັບມາຄືນ ຖ້າເຂົາເຈົ້າຖືກລົງທະບຽນອີກຄັ້ງ.</numerusform>
            <numerusform>ເອົາຜູ້ເຂົ້າຮ່ວມ %n ຄົນອອກຈາກກອງປະຊຸມສຳມະນານີ້ບໍ? ການເຂົ້າຮ່ວມ ແລະ ຄວາມຄືບໜ້າຂອງເຂົາເຈົ້າຍັງຖືກເກັບໄວ້ ແລະ ຈະກັບມາຄືນ ຖ້າເຂົາເຈົ້າຖືກລົງທະບຽນອີກຄັ້ງ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) moved forward.</source>
        <translation>
            <numerusform>ເລື່ອນ %n ຊ່ອງໄປໜ້າແລ້ວ.</numerusform>
            <numerusform>ເລື່ອນ %n ຊ່ອງໄປໜ້າແລ້ວ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to move forward: the selected cells are already completed.</source>
        <translation>ບໍ່ມີຫຍັງໃຫ້ເລື່ອນໄປໜ້າ: ຊ່ອງທີ່ເລືອກຮຽນຈົບແລ້ວທັງໝົດ.</translation>
    </message>
    <message>
        <source>Only an administrator can move progress back. An administrator turns on “Administrator on this computer” in Settings.</source>
        <translation>ມີແຕ່ຜູ້ເບິ່ງແຍງລະບົບເທົ່ານັ້ນທີ່ສາມາດຖອຍຄວາມຄືບໜ້າຄືນໄດ້. ຜູ້ເບິ່ງແຍງລະບົບຕ້ອງເປີດ “ຜູ້ເບິ່ງແຍງລະບົບໃນຄອມພິວເຕີນີ້” ໃນ “ການຕັ້ງຄ່າ”.</translation>
    </message>
    <message>
        <source>This module has not been started.</source>
        <translation>ບົດຮຽນນີ້ຍັງບໍ່ທັນເລີ່ມ.</translation>
    </message>
    <message>
        <source>Moved back to “%1”; the reason is recorded.</source>
        <translation>ຖອຍຄືນໄປເປັນ “%1” ແລ້ວ; ເຫດຜົນຖືກບັນທຶກໄວ້.</translation>
    </message>
    <message numerus="yes">
        <source>%n new certificate number(s) given.</source>
        <translation>
            <numerusform>ໃຫ້ເລກໃບຢັ້ງຢືນໃໝ່ %n ເລກ.</numerusform>
            <numerusform>ໃຫ້ເລກໃບຢັ້ງຢືນໃໝ່ %n ເລກ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) in all.</source>
        <translation>
            <numerusform>ໃບຢັ້ງຢືນທັງໝົດ %n ໃບ.</numerusform>
            <numerusform>ໃບຢັ້ງຢືນທັງໝົດ %n ໃບ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save certificates</source>
        <translation>ບັນທຶກໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <source>Certificates — %1.pdf</source>
        <translation>ໃບຢັ້ງຢືນ — %1.pdf</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>ໄຟລ໌ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing certificates…</source>
        <translation>ກຳລັງສ້າງໃບຢັ້ງຢືນ…</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>ຍົກເລີກແລ້ວ; ບໍ່ມີໄຟລ໌ໃດຖືກສ້າງ.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n certificate(s) to %1.</source>
        <translation>
            <numerusform>ບັນທຶກໃບຢັ້ງຢືນ %n ໃບໄວ້ທີ່ %1 ແລ້ວ.</numerusform>
            <numerusform>ບັນທຶກໃບຢັ້ງຢືນ %n ໃບໄວ້ທີ່ %1 ແລ້ວ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing certificates</source>
        <translation>ກຳລັງສ້າງໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <source>Save attendance sheet</source>
        <translation>ບັນທຶກໃບລົງຊື່ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Attendance %1.pdf</source>
        <translation>ການເຂົ້າຮ່ວມ %1.pdf</translation>
    </message>
    <message numerus="yes">
        <source>Saved the sign-in sheet (%n page(s)) to %1.</source>
        <translation>
            <numerusform>ບັນທຶກໃບລົງຊື່ (%n ໜ້າ) ໄວ້ທີ່ %1 ແລ້ວ.</numerusform>
            <numerusform>ບັນທຶກໃບລົງຊື່ (%n ໜ້າ) ໄວ້ທີ່ %1 ແລ້ວ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the attendance sheet</source>
        <translation>ກຳລັງສ້າງໃບລົງຊື່ເຂົ້າຮ່ວມ</translation>
    </message>
</context>
<context>
    <name>WorkshopTableModel</name>
    <message>
        <source>Workshop</source>
        <translation>ກອງປະຊຸມສຳມະນາ</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>ອົງກອນ</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>ວັນທີ</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>ຫຼັກສູດ</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>ສະຖານທີ່</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
</context>
<context>
    <name>_OptionalValueWidget</name>
    <message>
        <source>Not answered</source>
        <translation>ບໍ່ໄດ້ຕອບ</translation>
    </message>
</context>
<context>
    <name>_RecordDialog</name>
    <message>
        <source>Save</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
</context>
</TS>
