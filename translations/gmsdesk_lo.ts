<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo_LA">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>&amp;About GMS Desk</source>
            <translation>ກ່ຽວກັບ GMS Desk(&amp;A)</translation>
        </message>
        <message>
            <source>About GMS Desk</source>
            <translation>ກ່ຽວກັບ GMS Desk</translation>
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
            <translation>ເວີຊັນ %1 (build %2)</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>ໂຟນເດີຂໍ້ມູນ</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>ສຳເນົາ</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>ເປີດໂຟນເດີ</translation>
        </message>
        <message>
            <source>Your records, settings, backups and log are in this folder. Installing a new version of GMS Desk, or uninstalling it, leaves the folder as it is.</source>
            <translation>ລາຍການຂໍ້ມູນ, ການຕັ້ງຄ່າ, ໄຟລ໌ສຳຮອງ ແລະ ບັນທຶກການເຮັດວຽກ (log) ຂອງທ່ານ ຢູ່ໃນໂຟນເດີນີ້. ການຕິດຕັ້ງ GMS Desk ເວີຊັນໃໝ່ ຫຼື ການຖອນການຕິດຕັ້ງ ຈະບໍ່ແຕະຕ້ອງໂຟນເດີນີ້.</translation>
        </message>
        <message>
            <source>GMS Desk is free software under the MIT licence. Its fonts are under the SIL Open Font Licence (Noto) and the Bitstream Vera licence (GMS Symbols).</source>
            <translation>GMS Desk ເປັນຊອບແວເສລີ ພາຍໃຕ້ໃບອະນຸຍາດ MIT. ຟອນຂອງມັນຢູ່ພາຍໃຕ້ໃບອະນຸຍາດ SIL Open Font Licence (Noto) ແລະ ໃບອະນຸຍາດ Bitstream Vera (GMS Symbols).</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>ສຳເນົາລາຍລະອຽດ</translation>
        </message>
    </context>
    <context>
        <name>AcknowledgeWidget</name>
        <message>
            <source>OK</source>
            <translation>ຕົກລົງ</translation>
        </message>
    </context>
    <context>
        <name>ActivityList</name>
        <message>
            <source>Any date</source>
            <translation>ທຸກວັນທີ</translation>
        </message>
        <message>
            <source>Open SME</source>
            <translation>ເປີດວິສາຫະກິດ</translation>
        </message>
        <message>
            <source>Search SME name…</source>
            <translation>ຊອກຫາຊື່ວິສາຫະກິດ…</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>ລ້າງຕົວກອງ</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>ກຳລັງນັບ…</translation>
        </message>
        <message>
            <source>The list could not be loaded: %1</source>
            <translation>ບໍ່ສາມາດໂຫຼດລາຍການໄດ້: %1</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <source>Administrator</source>
            <translation>ຜູ້ເບິ່ງແຍງລະບົບ</translation>
        </message>
        <message>
            <source>An administrator may move training progress back and retire survey forms. Anyone else can do everything else.</source>
            <translation>ຜູ້ເບິ່ງແຍງລະບົບສາມາດຖອຍຄວາມຄືບໜ້າການຝຶກອົບຮົມຄືນ ແລະ ຢຸດໃຊ້ແບບຟອມສຳຫຼວດໄດ້. ຜູ້ອື່ນສາມາດເຮັດທຸກຢ່າງທີ່ເຫຼືອໄດ້.</translation>
        </message>
        <message>
            <source>No administrator on this computer for now</source>
            <translation>ຕອນນີ້ຍັງບໍ່ມີຜູ້ເບິ່ງແຍງລະບົບໃນຄອມພິວເຕີນີ້</translation>
        </message>
        <message>
            <source>Protect the administrator role with a password</source>
            <translation>ປ້ອງກັນບົດບາດຜູ້ເບິ່ງແຍງລະບົບດ້ວຍລະຫັດຜ່ານ</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>ລະຫັດຜ່ານ:</translation>
        </message>
        <message>
            <source>Password again:</source>
            <translation>ລະຫັດຜ່ານອີກຄັ້ງ:</translation>
        </message>
        <message>
            <source>Headquarters can also make this computer an administrator's when it enrols it: then no password is needed. The password is kept on this computer only; Settings sets or changes it later.</source>
            <translation>ສຳນັກງານໃຫຍ່ຍັງສາມາດກຳນົດໃຫ້ຄອມພິວເຕີນີ້ເປັນຂອງຜູ້ເບິ່ງແຍງລະບົບ ຕອນລົງທະບຽນໄດ້ນຳ: ແລ້ວກໍບໍ່ຕ້ອງໃຊ້ລະຫັດຜ່ານ. ລະຫັດຜ່ານຖືກເກັບໄວ້ໃນຄອມພິວເຕີນີ້ເທົ່ານັ້ນ; ສາມາດຕັ້ງ ຫຼື ປ່ຽນໄດ້ພາຍຫຼັງໃນ “ການຕັ້ງຄ່າ”.</translation>
        </message>
    </context>
    <context>
        <name>AdminPanel</name>
        <message>
            <source>This computer is an administrator's: headquarters made it so when it enrolled it. It may move training progress back and retire survey forms.</source>
            <translation>ຄອມພິວເຕີນີ້ເປັນຂອງຜູ້ເບິ່ງແຍງລະບົບ: ສຳນັກງານໃຫຍ່ກຳນົດໄວ້ແບບນີ້ ຕອນລົງທະບຽນ. ສາມາດຖອຍຄວາມຄືບໜ້າການຝຶກອົບຮົມຄືນ ແລະ ຢຸດໃຊ້ແບບຟອມສຳຫຼວດໄດ້.</translation>
        </message>
        <message>
            <source>Administrator mode is on until GMS Desk closes: training progress may be moved back and survey forms retired.</source>
            <translation>ໂໝດຜູ້ເບິ່ງແຍງລະບົບເປີດຢູ່ຈົນກວ່າຈະປິດ GMS Desk: ສາມາດຖອຍຄວາມຄືບໜ້າການຝຶກອົບຮົມຄືນ ແລະ ຢຸດໃຊ້ແບບຟອມສຳຫຼວດໄດ້.</translation>
        </message>
        <message>
            <source>Only an administrator may move training progress back and retire survey forms. “Administrator…” asks for the password.</source>
            <translation>ມີແຕ່ຜູ້ເບິ່ງແຍງລະບົບເທົ່ານັ້ນທີ່ສາມາດຖອຍຄວາມຄືບໜ້າການຝຶກອົບຮົມຄືນ ແລະ ຢຸດໃຊ້ແບບຟອມສຳຫຼວດໄດ້. “ຜູ້ເບິ່ງແຍງລະບົບ…” ຈະຖາມຫາລະຫັດຜ່ານ.</translation>
        </message>
        <message>
            <source>No administrator password is set on this computer: set one to allow moving training progress back and retiring survey forms here.</source>
            <translation>ຍັງບໍ່ໄດ້ຕັ້ງລະຫັດຜ່ານຜູ້ເບິ່ງແຍງລະບົບໃນຄອມພິວເຕີນີ້: ກະລຸນາຕັ້ງລະຫັດຜ່ານ ເພື່ອໃຫ້ສາມາດຖອຍຄວາມຄືບໜ້າການຝຶກອົບຮົມຄືນ ແລະ ຢຸດໃຊ້ແບບຟອມສຳຫຼວດຢູ່ນີ້ໄດ້.</translation>
        </message>
        <message>
            <source>End administrator mode</source>
            <translation>ອອກຈາກໂໝດຜູ້ເບິ່ງແຍງລະບົບ</translation>
        </message>
        <message>
            <source>Administrator…</source>
            <translation>ຜູ້ເບິ່ງແຍງລະບົບ…</translation>
        </message>
        <message>
            <source>Change administrator password…</source>
            <translation>ປ່ຽນລະຫັດຜ່ານຜູ້ເບິ່ງແຍງລະບົບ…</translation>
        </message>
        <message>
            <source>Set administrator password…</source>
            <translation>ຕັ້ງລະຫັດຜ່ານຜູ້ເບິ່ງແຍງລະບົບ…</translation>
        </message>
    </context>
    <context>
        <name>AdminPasswordDialog</name>
        <message>
            <source>Administrator password</source>
            <translation>ລະຫັດຜ່ານຜູ້ເບິ່ງແຍງລະບົບ</translation>
        </message>
        <message>
            <source>An administrator may move training progress back and retire survey forms. The password is kept on this computer only, never sent.</source>
            <translation>ຜູ້ເບິ່ງແຍງລະບົບສາມາດຖອຍຄວາມຄືບໜ້າການຝຶກອົບຮົມຄືນ ແລະ ຢຸດໃຊ້ແບບຟອມສຳຫຼວດໄດ້. ລະຫັດຜ່ານຖືກເກັບໄວ້ໃນຄອມພິວເຕີນີ້ເທົ່ານັ້ນ, ບໍ່ຖືກສົ່ງໄປໃສ.</translation>
        </message>
        <message>
            <source>Current password:</source>
            <translation>ລະຫັດຜ່ານປັດຈຸບັນ:</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>ລະຫັດຜ່ານໃໝ່:</translation>
        </message>
        <message>
            <source>New password again:</source>
            <translation>ລະຫັດຜ່ານໃໝ່ອີກຄັ້ງ:</translation>
        </message>
        <message>
            <source>Set password</source>
            <translation>ຕັ້ງລະຫັດຜ່ານ</translation>
        </message>
        <message>
            <source>The current password is not right.</source>
            <translation>ລະຫັດຜ່ານປັດຈຸບັນບໍ່ຖືກຕ້ອງ.</translation>
        </message>
    </context>
    <context>
        <name>AdminUnlockDialog</name>
        <message>
            <source>Administrator</source>
            <translation>ຜູ້ເບິ່ງແຍງລະບົບ</translation>
        </message>
        <message>
            <source>This is not the administrator password.</source>
            <translation>ນີ້ບໍ່ແມ່ນລະຫັດຜ່ານຜູ້ເບິ່ງແຍງລະບົບ.</translation>
        </message>
        <message>
            <source>Administrator mode lets you move training progress back and retire survey forms. It lasts until GMS Desk closes.</source>
            <translation>ໂໝດຜູ້ເບິ່ງແຍງລະບົບໃຫ້ທ່ານຖອຍຄວາມຄືບໜ້າການຝຶກອົບຮົມຄືນ ແລະ ຢຸດໃຊ້ແບບຟອມສຳຫຼວດໄດ້. ມັນໃຊ້ໄດ້ຈົນກວ່າຈະປິດ GMS Desk.</translation>
        </message>
        <message>
            <source>Administrator password:</source>
            <translation>ລະຫັດຜ່ານຜູ້ເບິ່ງແຍງລະບົບ:</translation>
        </message>
        <message>
            <source>Administrator mode</source>
            <translation>ໂໝດຜູ້ເບິ່ງແຍງລະບົບ</translation>
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
        <name>Attachments</name>
        <message>
            <source>This file is %1 MB; files up to %2 MB can be attached. Choose a smaller file (a photo taken at a lower resolution, a shorter recording).</source>
            <translation>ໄຟລ໌ນີ້ມີຂະໜາດ %1 MB; ແນບໄຟລ໌ໄດ້ບໍ່ເກີນ %2 MB. ກະລຸນາເລືອກໄຟລ໌ທີ່ນ້ອຍກວ່າ (ຮູບທີ່ຖ່າຍດ້ວຍຄວາມລະອຽດຕ່ຳກວ່າ, ສຽງບັນທຶກທີ່ສັ້ນກວ່າ).</translation>
        </message>
    </context>
    <context>
        <name>AttendanceRuleEdit</name>
        <message>
            <source>Present every day</source>
            <translation>ມາທຸກມື້</translation>
        </message>
        <message>
            <source>Present on at least</source>
            <translation>ມາຢ່າງໜ້ອຍ</translation>
        </message>
        <message>
            <source>Share of the days a participant must be present</source>
            <translation>ສ່ວນຂອງຈຳນວນມື້ທີ່ຜູ້ເຂົ້າຮ່ວມຕ້ອງມາ</translation>
        </message>
        <message>
            <source>of the workshop's days; 0 % asks no attendance</source>
            <translation>ຂອງຈຳນວນມື້ກອງປະຊຸມສຳມະນາ; 0 % ແມ່ນບໍ່ກຳນົດການເຂົ້າຮ່ວມ</translation>
        </message>
    </context>
    <context>
        <name>AttendanceSheetDialog</name>
        <message>
            <source>Sign-in sheet</source>
            <translation>ໃບລົງຊື່</translation>
        </message>
        <message>
            <source>Day %1 — %2</source>
            <translation>ມື້ທີ %1 — %2</translation>
        </message>
        <message>
            <source>Print &amp;phone numbers</source>
            <translation>ພິມເບີໂທລະສັບ(&amp;P)</translation>
        </message>
        <message>
            <source>The sheet goes round the room for everyone to sign: phone numbers are left off unless you need them on paper.</source>
            <translation>ໃບນີ້ຈະຖືກສົ່ງໄປທົ່ວຫ້ອງໃຫ້ທຸກຄົນລົງຊື່: ເບີໂທລະສັບຈະບໍ່ຖືກພິມ ເວັ້ນເສຍແຕ່ທ່ານຕ້ອງການໃຫ້ມີໃນເຈ້ຍ.</translation>
        </message>
        <message>
            <source>This workshop has no days yet: give it dates first.</source>
            <translation>ກອງປະຊຸມສຳມະນານີ້ຍັງບໍ່ມີມື້ເທື່ອ: ກະລຸນາກຳນົດວັນທີກ່ອນ.</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>ມື້(&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>ພາສາ(&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>ບັນທຶກ PDF(&amp;S)…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ຍົກເລີກ</translation>
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
            <source>Enter marks the highlighted person present; ↑ ↓ choose another; Esc clears the search. %1 takes a mark off; Ctrl+Z undoes the last step.</source>
            <translation>Enter: ໝາຍວ່າຄົນທີ່ເລືອກຢູ່ມາແລ້ວ; ↑ ↓: ເລືອກຄົນອື່ນ; Esc: ລ້າງການຊອກຫາ. %1: ຍົກເລີກການໝາຍ; Ctrl+Z: ຍ້ອນກັບຂັ້ນຕອນສຸດທ້າຍ.</translation>
        </message>
        <message>
            <source>Not &amp;here (take the mark off)</source>
            <translation>ບໍ່ມາ (ຍົກເລີກການໝາຍ)(&amp;H)</translation>
        </message>
        <message>
            <source>Take the present mark off the highlighted person (%1)</source>
            <translation>ຍົກເລີກການໝາຍວ່າມາ ຂອງຄົນທີ່ເລືອກຢູ່ (%1)</translation>
        </message>
        <message>
            <source>Sign-in &amp;sheet…</source>
            <translation>ໃບລົງຊື່(&amp;S)…</translation>
        </message>
        <message>
            <source>Print the day's sign-in sheet for people to sign (Ctrl+P)</source>
            <translation>ພິມໃບລົງຊື່ຂອງມື້ທີ່ເລືອກ ໃຫ້ຜູ້ເຂົ້າຮ່ວມລົງຊື່ (Ctrl+P)</translation>
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
            <source>%1 is already marked present. To take the mark off, press %2.</source>
            <translation>%1 ຖືກໝາຍວ່າມາແລ້ວ. ເພື່ອຍົກເລີກການໝາຍ, ກະລຸນາກົດ %2.</translation>
        </message>
        <message>
            <source>%1 is not marked present.</source>
            <translation>%1 ບໍ່ໄດ້ຖືກໝາຍວ່າມາ.</translation>
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
            <source>The mark is off: %1 is not marked present.</source>
            <translation>ຍົກເລີກການໝາຍແລ້ວ: %1 ບໍ່ໄດ້ຖືກໝາຍວ່າມາ.</translation>
        </message>
        <message>
            <source>Present %1 of %2</source>
            <translation>ມາແລ້ວ %1/%2 ຄົນ</translation>
        </message>
    </context>
    <context>
        <name>BackupModel</name>
        <message>
            <source>Made</source>
            <translation>ສ້າງເມື່ອ</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>ເຫດຜົນ</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>ຂະໜາດ</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>ການກວດສອບ</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>ຜ່ານ</translation>
        </message>
    </context>
    <context>
        <name>BackupPreview</name>
        <message>
            <source>This backup was made on %1. It holds %2, %3 and %4.</source>
            <translation>ໄຟລ໌ສຳຮອງນີ້ສ້າງເມື່ອ %1. ມີ %2, %3 ແລະ %4.</translation>
        </message>
        <message numerus="yes">
            <source>%n SME(s)</source>
            <translation>
                <numerusform>ວິສາຫະກິດ %n ແຫ່ງ</numerusform>
                <numerusform>ວິສາຫະກິດ %n ແຫ່ງ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n workshop(s)</source>
            <translation>
                <numerusform>ກອງປະຊຸມສຳມະນາ %n ຄັ້ງ</numerusform>
                <numerusform>ກອງປະຊຸມສຳມະນາ %n ຄັ້ງ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n survey response(s)</source>
            <translation>
                <numerusform>ຊຸດຄຳຕອບການສຳຫຼວດ %n ຊຸດ</numerusform>
                <numerusform>ຊຸດຄຳຕອບການສຳຫຼວດ %n ຊຸດ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It also holds %n attached photo(s) or file(s) (%1).</source>
            <translation>
                <numerusform>ຍັງມີຮູບ ຫຼື ໄຟລ໌ແນບ %n ລາຍການ (%1).</numerusform>
                <numerusform>ຍັງມີຮູບ ຫຼື ໄຟລ໌ແນບ %n ລາຍການ (%1).</numerusform>
            </translation>
        </message>
        <message>
            <source>Why it was made: %1</source>
            <translation>ເຫດຜົນທີ່ສ້າງ: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n attached photo(s) or file(s) were put back.</source>
            <translation>
                <numerusform>ກູ້ຄືນຮູບ ຫຼື ໄຟລ໌ແນບ %n ລາຍການແລ້ວ.</numerusform>
                <numerusform>ກູ້ຄືນຮູບ ຫຼື ໄຟລ໌ແນບ %n ລາຍການແລ້ວ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attached file(s) could not be put back (damaged in the backup). Files like these come from headquarters when opened, if it has them.</source>
            <translation>
                <numerusform>ໄຟລ໌ແນບ %n ລາຍການໃນໄຟລ໌ສຳຮອງເສຍຫາຍ ແລະ ບໍ່ໄດ້ຖືກກູ້ຄືນ; ຈະດຶງມາຈາກສຳນັກງານໃຫຍ່ເມື່ອເປີດ ຖ້າສຳນັກງານໃຫຍ່ມີ.</numerusform>
                <numerusform>ໄຟລ໌ແນບ %n ລາຍການໃນໄຟລ໌ສຳຮອງເສຍຫາຍ ແລະ ບໍ່ໄດ້ຖືກກູ້ຄືນ; ຈະດຶງມາຈາກສຳນັກງານໃຫຍ່ເມື່ອເປີດ ຖ້າສຳນັກງານໃຫຍ່ມີ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The end of the backup is damaged: %n attached file(s) could not be read.</source>
            <translation>
                <numerusform>ສ່ວນທ້າຍຂອງໄຟລ໌ສຳຮອງເສຍຫາຍ: ອ່ານໄຟລ໌ແນບ %n ລາຍການບໍ່ໄດ້.</numerusform>
                <numerusform>ສ່ວນທ້າຍຂອງໄຟລ໌ສຳຮອງເສຍຫາຍ: ອ່ານໄຟລ໌ແນບ %n ລາຍການບໍ່ໄດ້.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Every 30 minutes</source>
            <translation>ທຸກໆ 30 ນາທີ</translation>
        </message>
        <message>
            <source>At start, after GMS Desk was not closed properly</source>
            <translation>ຕອນເປີດ, ຫຼັງຈາກ GMS Desk ບໍ່ໄດ້ປິດຢ່າງຖືກຕ້ອງ</translation>
        </message>
        <message>
            <source>Backed up by hand</source>
            <translation>ສຳຮອງດ້ວຍຕົນເອງ</translation>
        </message>
        <message>
            <source>Before the database was upgraded</source>
            <translation>ກ່ອນອັບເກຣດຖານຂໍ້ມູນ</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>ກ່ອນນຳເຂົ້າຂໍ້ມູນ</translation>
        </message>
        <message>
            <source>Before a backup was restored</source>
            <translation>ກ່ອນກູ້ຄືນໄຟລ໌ສຳຮອງ</translation>
        </message>
        <message>
            <source>Before many records were deleted</source>
            <translation>ກ່ອນລຶບລາຍການຂໍ້ມູນຈຳນວນຫຼາຍ</translation>
        </message>
        <message>
            <source>Before a form version was retired</source>
            <translation>ກ່ອນຢຸດໃຊ້ເວີຊັນແບບຟອມ</translation>
        </message>
        <message>
            <source>an unknown date</source>
            <translation>ວັນທີທີ່ບໍ່ຮູ້ຈັກ</translation>
        </message>
        <message>
            <source>Checking the database…</source>
            <translation>ກຳລັງກວດສອບຖານຂໍ້ມູນ…</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>ກຳລັງກູ້ຄືນ…</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>ຖານຂໍ້ມູນເສຍຫາຍ</translation>
        </message>
        <message>
            <source>The database on this computer is damaged, so GMS Desk will not open it for writing.</source>
            <translation>ຖານຂໍ້ມູນໃນຄອມພິວເຕີນີ້ເສຍຫາຍ, ສະນັ້ນ GMS Desk ຈະບໍ່ເປີດມັນເພື່ອບັນທຶກຂໍ້ມູນ.</translation>
        </message>
        <message>
            <source>The newest backup was made on %1 (%2). Restore it? The damaged database is kept as it is in the backups folder.</source>
            <translation>ໄຟລ໌ສຳຮອງລ່າສຸດສ້າງເມື່ອ %1 (%2). ກູ້ຄືນໄຟລ໌ນີ້ບໍ? ຖານຂໍ້ມູນທີ່ເສຍຫາຍຈະຖືກເກັບໄວ້ຄືເດີມໃນໂຟນເດີສຳຮອງ.</translation>
        </message>
        <message>
            <source>Restore this backup</source>
            <translation>ກູ້ຄືນໄຟລ໌ສຳຮອງນີ້</translation>
        </message>
        <message>
            <source>There is no backup of it on this computer. Restore one from a file (a USB stick), or copy the folder %1 for your support contact.</source>
            <translation>ບໍ່ມີໄຟລ໌ສຳຮອງຂອງຖານຂໍ້ມູນນີ້ໃນຄອມພິວເຕີນີ້. ກະລຸນາກູ້ຄືນຈາກໄຟລ໌ (ໃນ USB) ຫຼື ສຳເນົາໂຟນເດີ %1 ໃຫ້ຜູ້ສະໜັບສະໜູນດ້ານເຕັກນິກ.</translation>
        </message>
        <message>
            <source>Restore from a file…</source>
            <translation>ກູ້ຄືນຈາກໄຟລ໌…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>ອອກ</translation>
        </message>
        <message>
            <source>Restore from a file</source>
            <translation>ກູ້ຄືນຈາກໄຟລ໌</translation>
        </message>
        <message>
            <source>GMS Desk backups (%1)</source>
            <translation>ໄຟລ໌ສຳຮອງ GMS Desk (%1)</translation>
        </message>
        <message>
            <source>Making a backup first…</source>
            <translation>ກຳລັງສຳຮອງຂໍ້ມູນກ່ອນ…</translation>
        </message>
    </context>
    <context>
        <name>BackupsPanel</name>
        <message>
            <source>GMS Desk backs up your data every 30 minutes while something changes, when it starts after it was not closed properly, and before risky work such as an import or a restore. Each backup is checked when it is made.</source>
            <translation>GMS Desk ສຳຮອງຂໍ້ມູນຂອງທ່ານທຸກໆ 30 ນາທີ ໃນຂະນະທີ່ມີການປ່ຽນແປງ, ຕອນເປີດຫຼັງຈາກບໍ່ໄດ້ປິດຢ່າງຖືກຕ້ອງ, ແລະ ກ່ອນວຽກທີ່ມີຄວາມສ່ຽງ ເຊັ່ນ: ການນຳເຂົ້າ ຫຼື ການກູ້ຄືນ. ໄຟລ໌ສຳຮອງແຕ່ລະໄຟລ໌ຖືກກວດສອບຕອນສ້າງ.</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>ສຳຮອງດຽວນີ້</translation>
        </message>
        <message>
            <source>Back up to…</source>
            <translation>ສຳຮອງໄປທີ່…</translation>
        </message>
        <message>
            <source>A copy in a folder you choose, such as a USB stick, encrypted with a passphrase if you give one</source>
            <translation>ສຳເນົາໄວ້ໃນໂຟນເດີທີ່ທ່ານເລືອກ ເຊັ່ນ: USB, ເຂົ້າລະຫັດດ້ວຍລະຫັດຜ່ານ ຖ້າທ່ານໃສ່</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>ກູ້ຄືນ…</translation>
        </message>
        <message>
            <source>Put the selected backup back</source>
            <translation>ກູ້ຄືນໄຟລ໌ສຳຮອງທີ່ເລືອກ</translation>
        </message>
        <message>
            <source>Restore from a file…</source>
            <translation>ກູ້ຄືນຈາກໄຟລ໌…</translation>
        </message>
        <message>
            <source>Kept in</source>
            <translation>ເກັບໄວ້ທີ່</translation>
        </message>
        <message>
            <source>Room for backups</source>
            <translation>ພື້ນທີ່ສຳລັບໄຟລ໌ສຳຮອງ</translation>
        </message>
        <message>
            <source>Automatic (%1)</source>
            <translation>ອັດຕະໂນມັດ (%1)</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>ອັດຕະໂນມັດ</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s), %1 in all</source>
            <translation>
                <numerusform>ໄຟລ໌ສຳຮອງ %n ໄຟລ໌, ລວມ %1</numerusform>
                <numerusform>ໄຟລ໌ສຳຮອງ %n ໄຟລ໌, ລວມ %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>ກຳລັງສຳຮອງ…</translation>
        </message>
        <message>
            <source>Back up to</source>
            <translation>ສຳຮອງໄປທີ່</translation>
        </message>
        <message>
            <source>The backup was written, encrypted, to %1.</source>
            <translation>ບັນທຶກໄຟລ໌ສຳຮອງແບບເຂົ້າລະຫັດໄວ້ທີ່ %1 ແລ້ວ.</translation>
        </message>
        <message>
            <source>The backup was written to %1.</source>
            <translation>ບັນທຶກໄຟລ໌ສຳຮອງໄວ້ທີ່ %1 ແລ້ວ.</translation>
        </message>
        <message>
            <source>Restore from a file</source>
            <translation>ກູ້ຄືນຈາກໄຟລ໌</translation>
        </message>
        <message>
            <source>Reading the backup…</source>
            <translation>ກຳລັງອ່ານໄຟລ໌ສຳຮອງ…</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>ກູ້ຄືນໄຟລ໌ສຳຮອງ</translation>
        </message>
        <message>
            <source>Restoring replaces the data on this computer with this backup. What is here now is backed up first. Changes already sent to headquarters come back at the next sync.</source>
            <translation>ການກູ້ຄືນຈະແທນທີ່ຂໍ້ມູນໃນຄອມພິວເຕີນີ້ດ້ວຍໄຟລ໌ສຳຮອງນີ້. ຂໍ້ມູນທີ່ມີຢູ່ດຽວນີ້ຈະຖືກສຳຮອງໄວ້ກ່ອນ. ການປ່ຽນແປງທີ່ສົ່ງໄປສຳນັກງານໃຫຍ່ແລ້ວ ຈະກັບມາໃນການຊິ້ງຂໍ້ມູນຄັ້ງຕໍ່ໄປ.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>ກູ້ຄືນ</translation>
        </message>
        <message>
            <source>GMS Desk backups (%1)</source>
            <translation>ໄຟລ໌ສຳຮອງ GMS Desk (%1)</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>ການສຳຮອງຂໍ້ມູນ</translation>
        </message>
        <message>
            <source>The backup was restored.</source>
            <translation>ກູ້ຄືນໄຟລ໌ສຳຮອງແລ້ວ.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>ກຳລັງກູ້ຄືນ…</translation>
        </message>
    </context>
    <context>
        <name>BarcodeWidget</name>
        <message>
            <source>Read from a photo of the barcode…</source>
            <translation>ອ່ານຈາກຮູບຖ່າຍບາໂຄດ…</translation>
        </message>
        <message>
            <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</source>
            <translation>ຮູບຖ່າຍ (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</translation>
        </message>
        <message>
            <source>No barcode could be read in this photo. Type the number under the bars instead.</source>
            <translation>ບໍ່ສາມາດອ່ານບາໂຄດໃນຮູບນີ້ໄດ້. ກະລຸນາພິມຕົວເລກທີ່ຢູ່ລຸ່ມແຖບບາໂຄດແທນ.</translation>
        </message>
    </context>
    <context>
        <name>BenchmarkView</name>
        <message>
            <source>Indicator</source>
            <translation>ຕົວຊີ້ວັດ</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>ປຽບທຽບ</translation>
        </message>
        <message>
            <source>Benchmark</source>
            <translation>ຕາຕະລາງປຽບທຽບ</translation>
        </message>
        <message>
            <source>compared by</source>
            <translation>ປຽບທຽບຕາມ</translation>
        </message>
        <message>
            <source>Benchmarking ranks agencies, provinces or economies side by side on one indicator, for the period and the places chosen above, each against its own target. Choose the indicator and what to compare them by; the ranking shows here once its figures are computed.</source>
            <translation>ການປຽບທຽບຈັດລຳດັບອົງກອນ, ແຂວງ ຫຼື ປະເທດ/ພາກພື້ນ ຄຽງຄູ່ກັນຕາມຕົວຊີ້ວັດດຽວ, ສຳລັບໄລຍະເວລາ ແລະ ສະຖານທີ່ທີ່ເລືອກໄວ້ຂ້າງເທິງ, ແຕ່ລະລາຍການທຽບກັບເປົ້າໝາຍຂອງຕົນເອງ. ກະລຸນາເລືອກຕົວຊີ້ວັດ ແລະ ສິ່ງທີ່ຈະໃຊ້ປຽບທຽບ; ການຈັດລຳດັບຈະສະແດງຢູ່ນີ້ ເມື່ອຄິດໄລ່ຕົວເລກແລ້ວ.</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>ອົງກອນ</translation>
        </message>
        <message>
            <source>Provinces</source>
            <translation>ແຂວງ</translation>
        </message>
        <message>
            <source>Economies</source>
            <translation>ປະເທດ/ພາກພື້ນ</translation>
        </message>
        <message>
            <source>Nothing was recorded for this selection.</source>
            <translation>ບໍ່ມີຫຍັງຖືກບັນທຶກໄວ້ສຳລັບການເລືອກນີ້.</translation>
        </message>
        <message>
            <source>No indicator can be compared here: benchmarking needs an indicator counted by province or economy (by agency too, on a headquarters laptop).</source>
            <translation>ບໍ່ມີຕົວຊີ້ວັດໃດທີ່ປຽບທຽບໄດ້ຢູ່ນີ້: ການປຽບທຽບຕ້ອງໃຊ້ຕົວຊີ້ວັດທີ່ນັບແຍກຕາມແຂວງ ຫຼື ປະເທດ/ພາກພື້ນ (ໃນຄອມພິວເຕີຂອງສຳນັກງານໃຫຍ່ ນັບແຍກຕາມອົງກອນໄດ້ນຳ).</translation>
        </message>
        <message>
            <source>Nothing to rank: no records count towards “%1” for the period and the places chosen above. Once records of it are entered here or received by sync, they show here, ranked; a longer period or fewer filters may find some.</source>
            <translation>ບໍ່ມີຫຍັງໃຫ້ຈັດລຳດັບ: ບໍ່ມີລາຍການຂໍ້ມູນໃດນັບເຂົ້າໃນ “%1” ສຳລັບໄລຍະເວລາ ແລະ ສະຖານທີ່ທີ່ເລືອກໄວ້ຂ້າງເທິງ. ເມື່ອມີການປ້ອນລາຍການຂໍ້ມູນຂອງຕົວຊີ້ວັດນີ້ຢູ່ນີ້ ຫຼື ໄດ້ຮັບຜ່ານການຊິ້ງຂໍ້ມູນ, ລາຍການເຫຼົ່ານັ້ນຈະສະແດງຢູ່ນີ້ພ້ອມລຳດັບ; ໄລຍະເວລາທີ່ຍາວກວ່າ ຫຼື ຕົວກອງທີ່ໜ້ອຍກວ່າ ອາດຈະພົບບາງລາຍການ.</translation>
        </message>
        <message>
            <source>Ranked by the actual value. Each is measured against its own target; double-click a row to see the records behind it.</source>
            <translation>ຈັດລຳດັບຕາມຄ່າຕົວຈິງ. ແຕ່ລະລາຍການວັດແທກທຽບກັບເປົ້າໝາຍຂອງຕົນເອງ; ຄລິກສອງເທື່ອໃສ່ແຖວໃດໜຶ່ງເພື່ອເບິ່ງລາຍການຂໍ້ມູນທີ່ຢູ່ເບື້ອງຫຼັງ.</translation>
        </message>
    </context>
    <context>
        <name>BreakdownView</name>
        <message>
            <source>Indicator</source>
            <translation>ຕົວຊີ້ວັດ</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>ແຖວ</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>ຖັນ</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>ຕາຕະລາງແຍກລາຍລະອຽດ</translation>
        </message>
        <message>
            <source>by</source>
            <translation>ແຍກຕາມ</translation>
        </message>
        <message>
            <source>and</source>
            <translation>ແລະ</translation>
        </message>
        <message>
            <source>(nothing else)</source>
            <translation>(ບໍ່ແຍກຕື່ມ)</translation>
        </message>
        <message>
            <source>Nothing was recorded for this selection.</source>
            <translation>ບໍ່ມີຫຍັງຖືກບັນທຶກໄວ້ສຳລັບການເລືອກນີ້.</translation>
        </message>
        <message>
            <source>Double-click a number to see the records behind it.</source>
            <translation>ຄລິກສອງເທື່ອໃສ່ຕົວເລກເພື່ອເບິ່ງລາຍການຂໍ້ມູນທີ່ຢູ່ເບື້ອງຫຼັງ.</translation>
        </message>
    </context>
    <context>
        <name>CameraDialog</name>
        <message>
            <source>Take a photo</source>
            <translation>ຖ່າຍຮູບ</translation>
        </message>
        <message>
            <source>Take</source>
            <translation>ຖ່າຍ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ຍົກເລີກ</translation>
        </message>
    </context>
    <context>
        <name>CertificatePreviewDialog</name>
        <message>
            <source>Certificates — preview</source>
            <translation>ໃບຢັ້ງຢືນ — ເບິ່ງຕົວຢ່າງ</translation>
        </message>
        <message>
            <source>Certificates in this file</source>
            <translation>ໃບຢັ້ງຢືນໃນໄຟລ໌ນີ້</translation>
        </message>
        <message>
            <source>(new)</source>
            <translation>(ໃໝ່)</translation>
        </message>
        <message>
            <source>← &amp;Previous</source>
            <translation>← ກ່ອນໜ້າ(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Next →</source>
            <translation>ຕໍ່ໄປ(&amp;N) →</translation>
        </message>
        <message>
            <source>Open in the PDF &amp;viewer</source>
            <translation>ເປີດໃນໂປຣແກຣມເບິ່ງ PDF(&amp;V)</translation>
        </message>
        <message>
            <source>The certificates cannot be shown here: this computer has no program to draw PDF pages in GMS Desk.

To check them before they are issued, press “Open in the PDF viewer” below. Or save the PDF and open it from its folder.</source>
            <translation>ບໍ່ສາມາດສະແດງໃບຢັ້ງຢືນຢູ່ນີ້ໄດ້: ຄອມພິວເຕີນີ້ບໍ່ມີໂປຣແກຣມສຳລັບສະແດງໜ້າ PDF ໃນ GMS Desk.

ເພື່ອກວດເບິ່ງກ່ອນອອກໃບຢັ້ງຢືນ, ກະລຸນາກົດ “ເປີດໃນໂປຣແກຣມເບິ່ງ PDF” ຂ້າງລຸ່ມ. ຫຼື ບັນທຶກ PDF ແລ້ວເປີດຈາກໂຟນເດີຂອງມັນ.</translation>
        </message>
        <message numerus="yes">
            <source>Saving gives %n new certificate number(s), dated %1. Numbers once given stay with the person.</source>
            <translation>
                <numerusform>ການບັນທຶກຈະໃຫ້ເລກໃບຢັ້ງຢືນໃໝ່ %n ເລກ, ລົງວັນທີ %1. ເລກທີ່ໃຫ້ແລ້ວຈະຢູ່ກັບຄົນນັ້ນຕະຫຼອດ.</numerusform>
                <numerusform>ການບັນທຶກຈະໃຫ້ເລກໃບຢັ້ງຢືນໃໝ່ %n ເລກ, ລົງວັນທີ %1. ເລກທີ່ໃຫ້ແລ້ວຈະຢູ່ກັບຄົນນັ້ນຕະຫຼອດ.</numerusform>
            </translation>
        </message>
        <message>
            <source>Everyone here already holds a certificate number: saving writes the PDF again.</source>
            <translation>ທຸກຄົນໃນນີ້ມີເລກໃບຢັ້ງຢືນແລ້ວ: ການບັນທຶກຈະສ້າງ PDF ຄືນໃໝ່.</translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s) in this file.</source>
            <translation>
                <numerusform>ໃບຢັ້ງຢືນ %n ໃບໃນໄຟລ໌ນີ້.</numerusform>
                <numerusform>ໃບຢັ້ງຢືນ %n ໃບໃນໄຟລ໌ນີ້.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Issue and save PDF…</source>
            <translation>ອອກ ແລະ ບັນທຶກ PDF(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>ບັນທຶກ PDF(&amp;S)…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ຍົກເລີກ</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>ໜ້າ %1/%2</translation>
        </message>
        <message numerus="yes">
            <source>Only the first %n page(s) are shown here; the PDF has them all.</source>
            <translation>
                <numerusform>ຢູ່ນີ້ສະແດງພຽງ %n ໜ້າທຳອິດ; ໃນ PDF ມີຄົບທຸກໜ້າ.</numerusform>
                <numerusform>ຢູ່ນີ້ສະແດງພຽງ %n ໜ້າທຳອິດ; ໃນ PDF ມີຄົບທຸກໜ້າ.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CertificateSettings</name>
        <message>
            <source>Logo…</source>
            <translation>ໂລໂກ້…</translation>
        </message>
        <message>
            <source>Choose the agency's logo: a PNG or JPEG image of at most 2 MB</source>
            <translation>ເລືອກໂລໂກ້ຂອງອົງກອນ: ຮູບ PNG ຫຼື JPEG ຂະໜາດບໍ່ເກີນ 2 MB</translation>
        </message>
        <message>
            <source>Remove logo</source>
            <translation>ເອົາໂລໂກ້ອອກ</translation>
        </message>
        <message>
            <source>Printed at the top of every certificate, above the agency's name. GMS Desk keeps a copy: the file chosen may be moved or deleted afterwards.</source>
            <translation>ພິມຢູ່ເທິງສຸດຂອງໃບຢັ້ງຢືນທຸກໃບ, ເໜືອຊື່ອົງກອນ. GMS Desk ເກັບສຳເນົາໄວ້ໜຶ່ງຊຸດ: ໄຟລ໌ທີ່ເລືອກສາມາດຍ້າຍ ຫຼື ລຶບພາຍຫຼັງໄດ້.</translation>
        </message>
        <message>
            <source>New workshops start with this rule, and so does a workshop that has none of its own. Each workshop keeps its own rule, set when it is edited, the same on every computer.</source>
            <translation>ຫຼັກສູດໃໝ່ເລີ່ມດ້ວຍກົດນີ້ ແລະ ຫຼັກສູດທີ່ບໍ່ມີກົດຂອງຕົນເອງກໍເຊັ່ນກັນ. ແຕ່ລະຫຼັກສູດມີກົດຂອງຕົນເອງ ທີ່ຕັ້ງໄວ້ເມື່ອແກ້ໄຂ, ຄືກັນໃນທຸກຄອມພິວເຕີ.</translation>
        </message>
        <message>
            <source>Issuing agency</source>
            <translation>ອົງກອນທີ່ອອກໃບຢັ້ງຢືນ</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>ໂລໂກ້</translation>
        </message>
        <message>
            <source>Attendance for a certificate</source>
            <translation>ການເຂົ້າຮ່ວມເພື່ອໄດ້ຮັບໃບຢັ້ງຢືນ</translation>
        </message>
        <message>
            <source>Not known until this computer is enrolled in the Sync area</source>
            <translation>ຍັງບໍ່ຮູ້ ຈົນກວ່າຄອມພິວເຕີນີ້ຈະລົງທະບຽນໃນສ່ວນ “ຊິ້ງຂໍ້ມູນ”</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>ບໍ່ມີໂລໂກ້</translation>
        </message>
        <message>
            <source>Choose the agency's logo</source>
            <translation>ເລືອກໂລໂກ້ຂອງອົງກອນ</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
            <translation>ຮູບພາບ (*.png *.jpg *.jpeg);;ໄຟລ໌ທັງໝົດ (*)</translation>
        </message>
        <message>
            <source>Certificates print this logo from now on.</source>
            <translation>ຕໍ່ຈາກນີ້ ໃບຢັ້ງຢືນຈະພິມໂລໂກ້ນີ້.</translation>
        </message>
        <message>
            <source>Certificates print no logo from now on.</source>
            <translation>ຕໍ່ຈາກນີ້ ໃບຢັ້ງຢືນຈະບໍ່ພິມໂລໂກ້.</translation>
        </message>
    </context>
    <context>
        <name>CertificatesView</name>
        <message>
            <source>Share of the days a participant must be present</source>
            <translation>ສັດສ່ວນມື້ທີ່ຜູ້ເຂົ້າຮ່ວມຕ້ອງມາ</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>ທຸກມື້</translation>
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
            <source>Days present</source>
            <translation>ມື້ທີ່ມາ</translation>
        </message>
        <message>
            <source>Modules completed</source>
            <translation>ບົດຮຽນທີ່ຮຽນຈົບ</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>ໃບຢັ້ງຢືນ</translation>
        </message>
        <message>
            <source>&amp;Issue and save certificates…</source>
            <translation>ອອກ ແລະ ບັນທຶກໃບຢັ້ງຢືນ(&amp;I)…</translation>
        </message>
        <message>
            <source>Preview the certificates, then give their numbers and save them as one PDF</source>
            <translation>ເບິ່ງຕົວຢ່າງໃບຢັ້ງຢືນ, ຈາກນັ້ນໃຫ້ເລກ ແລະ ບັນທຶກເປັນ PDF ດຽວ</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>ເປີດໂຟນເດີ</translation>
        </message>
        <message>
            <source>Present on at &amp;least:</source>
            <translation>ມາຢ່າງໜ້ອຍ(&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Date on the certificates:</source>
            <translation>ວັນທີໃນໃບຢັ້ງຢືນ(&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Language of the PDF:</source>
            <translation>ພາສາຂອງ PDF(&amp;L):</translation>
        </message>
        <message>
            <source>Never before the last day (%1).</source>
            <translation>ບໍ່ກ່ອນມື້ສຸດທ້າຍ (%1).</translation>
        </message>
        <message>
            <source>Qualifies: numbered when you issue</source>
            <translation>ມີສິດໄດ້ຮັບ: ຈະໃຫ້ເລກເມື່ອອອກໃບຢັ້ງຢືນ</translation>
        </message>
        <message>
            <source>modules not all completed</source>
            <translation>ຍັງຮຽນບໍ່ຈົບທຸກບົດຮຽນ</translation>
        </message>
        <message>
            <source>present %1 of the %2 days needed</source>
            <translation>ມາ %1 ຈາກ %2 ມື້ທີ່ຕ້ອງການ</translation>
        </message>
        <message>
            <source>Not yet: %1</source>
            <translation>ຍັງບໍ່ໄດ້: %1</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message numerus="yes">
            <source>of the days (%1 of %n day(s))</source>
            <translation>
                <numerusform>ຂອງຈຳນວນມື້ (%1 ຈາກ %n ມື້)</numerusform>
                <numerusform>ຂອງຈຳນວນມື້ (%1 ຈາກ %n ມື້)</numerusform>
            </translation>
        </message>
        <message>
            <source>A certificate goes to each participant who completed every module and was present on enough days.</source>
            <translation>ຜູ້ເຂົ້າຮ່ວມທຸກຄົນທີ່ຮຽນຈົບທຸກບົດຮຽນ ແລະ ມາຄົບຈຳນວນມື້ທີ່ກຳນົດ ຈະໄດ້ຮັບໃບຢັ້ງຢືນ.</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) qualify;</source>
            <translation>
                <numerusform>ຜູ້ເຂົ້າຮ່ວມ %n ຄົນມີສິດໄດ້ຮັບ;</numerusform>
                <numerusform>ຜູ້ເຂົ້າຮ່ວມ %n ຄົນມີສິດໄດ້ຮັບ;</numerusform>
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
            <source>%n more will be numbered when you issue.</source>
            <translation>
                <numerusform>ອີກ %n ຄົນຈະໄດ້ຮັບເລກເມື່ອທ່ານອອກໃບຢັ້ງຢືນ.</numerusform>
                <numerusform>ອີກ %n ຄົນຈະໄດ້ຮັບເລກເມື່ອທ່ານອອກໃບຢັ້ງຢືນ.</numerusform>
            </translation>
        </message>
        <message>
            <source>This computer is not enrolled with an agency yet: the certificates will not name the issuing agency. Enrol it in the Sync area first.</source>
            <translation>ຄອມພິວເຕີນີ້ຍັງບໍ່ໄດ້ລົງທະບຽນກັບອົງກອນໃດເທື່ອ: ໃບຢັ້ງຢືນຈະບໍ່ມີຊື່ອົງກອນທີ່ອອກໃຫ້. ກະລຸນາລົງທະບຽນໃນໜ້າ “ຊິ້ງຂໍ້ມູນ” ກ່ອນ.</translation>
        </message>
        <message>
            <source>This workshop has not started yet (first day: %1). Certificates are issued after its last day.</source>
            <translation>ກອງປະຊຸມສຳມະນານີ້ຍັງບໍ່ທັນເລີ່ມ (ມື້ທຳອິດ: %1). ໃບຢັ້ງຢືນຈະອອກໃຫ້ຫຼັງຈາກມື້ສຸດທ້າຍ.</translation>
        </message>
        <message>
            <source>This workshop is “%1” until its last day (%2). Certificates are issued after it.</source>
            <translation>ກອງປະຊຸມສຳມະນານີ້ມີສະຖານະ “%1” ຈົນຮອດມື້ສຸດທ້າຍ (%2). ໃບຢັ້ງຢືນຈະອອກໃຫ້ຫຼັງຈາກນັ້ນ.</translation>
        </message>
        <message>
            <source>Issue certificates now anyway? They are dated %1 and go only to those who already meet every rule.</source>
            <translation>ອອກໃບຢັ້ງຢືນດຽວນີ້ເລີຍບໍ? ໃບຢັ້ງຢືນຈະລົງວັນທີ %1 ແລະ ອອກໃຫ້ສະເພາະຜູ້ທີ່ຜ່ານທຸກເງື່ອນໄຂແລ້ວເທົ່ານັ້ນ.</translation>
        </message>
        <message>
            <source>Workshop not over</source>
            <translation>ກອງປະຊຸມສຳມະນາຍັງບໍ່ສິ້ນສຸດ</translation>
        </message>
        <message>
            <source>Issue before the end</source>
            <translation>ອອກກ່ອນສິ້ນສຸດ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ຍົກເລີກ</translation>
        </message>
        <message>
            <source>Preparing the preview…</source>
            <translation>ກຳລັງກະກຽມຕົວຢ່າງ…</translation>
        </message>
        <message>
            <source>Cancelled; nothing was issued or saved.</source>
            <translation>ຍົກເລີກແລ້ວ; ບໍ່ມີຫຍັງຖືກອອກ ຫຼື ບັນທຶກ.</translation>
        </message>
        <message>
            <source>Preparing the certificates</source>
            <translation>ກຳລັງກະກຽມໃບຢັ້ງຢືນ</translation>
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
            <source>Not saved; nothing was issued.</source>
            <translation>ບໍ່ໄດ້ບັນທຶກ; ບໍ່ມີໃບຢັ້ງຢືນໃດຖືກອອກ.</translation>
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
        <message numerus="yes">
            <source>Issued %n new certificate(s).</source>
            <translation>
                <numerusform>ອອກໃບຢັ້ງຢືນໃໝ່ %n ໃບແລ້ວ.</numerusform>
                <numerusform>ອອກໃບຢັ້ງຢືນໃໝ່ %n ໃບແລ້ວ.</numerusform>
            </translation>
        </message>
        <message>
            <source>Writing certificates</source>
            <translation>ກຳລັງສ້າງໃບຢັ້ງຢືນ</translation>
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
        <name>DashboardView</name>
        <message>
            <source>No indicators yet.</source>
            <translation>ຍັງບໍ່ມີຕົວຊີ້ວັດ.</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>ຕົວຊີ້ວັດ</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>ຄ່າຕົວຈິງ</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>ເປົ້າໝາຍ</translation>
        </message>
        <message>
            <source>Against target</source>
            <translation>ທຽບກັບເປົ້າໝາຍ</translation>
        </message>
        <message>
            <source>Trend (dashed: target)</source>
            <translation>ແນວໂນ້ມ (ເສັ້ນຈ້ຳ: ເປົ້າໝາຍ)</translation>
        </message>
        <message>
            <source>What this indicator counts</source>
            <translation>ຕົວຊີ້ວັດນີ້ນັບຫຍັງ</translation>
        </message>
        <message>
            <source>Show the records behind this number</source>
            <translation>ສະແດງລາຍການຂໍ້ມູນທີ່ຢູ່ເບື້ອງຫຼັງຕົວເລກນີ້</translation>
        </message>
        <message>
            <source>Break this indicator down (by sex, province, agency…)</source>
            <translation>ແຍກລາຍລະອຽດຕົວຊີ້ວັດນີ້ (ຕາມເພດ, ແຂວງ, ອົງກອນ…)</translation>
        </message>
        <message>
            <source>No definition was given.</source>
            <translation>ບໍ່ມີຄຳນິຍາມ.</translation>
        </message>
        <message>
            <source>Not counted by %1</source>
            <translation>ບໍ່ໄດ້ນັບແຍກຕາມ %1</translation>
        </message>
        <message>
            <source>Baseline: %1</source>
            <translation>ຄ່າພື້ນຖານ: %1</translation>
        </message>
        <message>
            <source>No target for this selection. The wider target that applies is %1.</source>
            <translation>ບໍ່ມີເປົ້າໝາຍສຳລັບການເລືອກນີ້. ເປົ້າໝາຍລະດັບກວ້າງກວ່າທີ່ນຳໃຊ້ແມ່ນ %1.</translation>
        </message>
        <message>
            <source>No target for this selection.</source>
            <translation>ບໍ່ມີເປົ້າໝາຍສຳລັບການເລືອກນີ້.</translation>
        </message>
        <message>
            <source>In several currencies: choose an economy</source>
            <translation>ມີຫຼາຍສະກຸນເງິນ: ກະລຸນາເລືອກປະເທດ/ພາກພື້ນ</translation>
        </message>
        <message>
            <source>target %1</source>
            <translation>ເປົ້າໝາຍ %1</translation>
        </message>
    </context>
    <context>
        <name>DemoBanner</name>
        <message>
            <source>Remove demo data…</source>
            <translation>ລຶບຂໍ້ມູນສາທິດ…</translation>
        </message>
        <message>
            <source>Delete every record the demo made; what you entered yourself is kept</source>
            <translation>ລຶບທຸກລາຍການຂໍ້ມູນທີ່ການສາທິດສ້າງຂຶ້ນ; ຂໍ້ມູນທີ່ທ່ານປ້ອນເອງຍັງຖືກເກັບໄວ້</translation>
        </message>
        <message numerus="yes">
            <source>Demo data: %Ln record(s) on this computer were made by the demo, to try GMS Desk out. They are never sent to headquarters.</source>
            <translation>
                <numerusform>ຂໍ້ມູນສາທິດ: %Ln ລາຍການຂໍ້ມູນໃນຄອມພິວເຕີນີ້ຖືກສ້າງໂດຍການສາທິດ ເພື່ອທົດລອງໃຊ້ GMS Desk. ຂໍ້ມູນເຫຼົ່ານີ້ຈະບໍ່ຖືກສົ່ງໄປສຳນັກງານໃຫຍ່.</numerusform>
                <numerusform>ຂໍ້ມູນສາທິດ: %Ln ລາຍການຂໍ້ມູນໃນຄອມພິວເຕີນີ້ຖືກສ້າງໂດຍການສາທິດ ເພື່ອທົດລອງໃຊ້ GMS Desk. ຂໍ້ມູນເຫຼົ່ານີ້ຈະບໍ່ຖືກສົ່ງໄປສຳນັກງານໃຫຍ່.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove demo data</source>
            <translation>ລຶບຂໍ້ມູນສາທິດ</translation>
        </message>
        <message numerus="yes">
            <source>Remove the %Ln demo record(s) from this computer? Records you entered yourself are kept. Removed demo data cannot be brought back (run the demo again for new data).</source>
            <translation>
                <numerusform>ລຶບຂໍ້ມູນສາທິດ %Ln ລາຍການອອກຈາກຄອມພິວເຕີນີ້ບໍ? ລາຍການທີ່ທ່ານປ້ອນເອງຍັງຖືກເກັບໄວ້. ຂໍ້ມູນສາທິດທີ່ລຶບແລ້ວບໍ່ສາມາດເອົາຄືນໄດ້ (ໃຫ້ເປີດການສາທິດອີກຄັ້ງເພື່ອໄດ້ຂໍ້ມູນໃໝ່).</numerusform>
                <numerusform>ລຶບຂໍ້ມູນສາທິດ %Ln ລາຍການອອກຈາກຄອມພິວເຕີນີ້ບໍ? ລາຍການທີ່ທ່ານປ້ອນເອງຍັງຖືກເກັບໄວ້. ຂໍ້ມູນສາທິດທີ່ລຶບແລ້ວບໍ່ສາມາດເອົາຄືນໄດ້ (ໃຫ້ເປີດການສາທິດອີກຄັ້ງເພື່ອໄດ້ຂໍ້ມູນໃໝ່).</numerusform>
            </translation>
        </message>
        <message>
            <source>Removing demo data…</source>
            <translation>ກຳລັງລຶບຂໍ້ມູນສາທິດ…</translation>
        </message>
    </context>
    <context>
        <name>DemoFolderBanner</name>
        <message>
            <source>Leave demo data…</source>
            <translation>ອອກຈາກຂໍ້ມູນສາທິດ…</translation>
        </message>
        <message>
            <source>Demo data: you are trying GMS Desk in a separate folder of made-up records. Nothing here is ever sent to headquarters, and your own data is not here.</source>
            <translation>ຂໍ້ມູນສາທິດ: ທ່ານກຳລັງທົດລອງໃຊ້ GMS Desk ໃນໂຟນເດີແຍກຕ່າງຫາກ ທີ່ມີລາຍການຂໍ້ມູນສົມມຸດ. ບໍ່ມີຫຍັງຢູ່ນີ້ຖືກສົ່ງໄປສຳນັກງານໃຫຍ່ເລີຍ ແລະ ຂໍ້ມູນແທ້ຂອງທ່ານບໍ່ໄດ້ຢູ່ນີ້.</translation>
        </message>
    </context>
    <context>
        <name>DemoPage</name>
        <message>
            <source>Try it out</source>
            <translation>ທົດລອງໃຊ້</translation>
        </message>
        <message>
            <source>Made-up SMEs, workshops and events to try GMS Desk with, before you enter your own.</source>
            <translation>ວິສາຫະກິດ, ກອງປະຊຸມສຳມະນາ ແລະ ກິດຈະກຳສົມມຸດ ເພື່ອທົດລອງໃຊ້ GMS Desk ກ່ອນທີ່ທ່ານຈະປ້ອນຂໍ້ມູນແທ້ຂອງທ່ານ.</translation>
        </message>
        <message>
            <source>Try it with demo data</source>
            <translation>ທົດລອງໃຊ້ດ້ວຍຂໍ້ມູນສາທິດ</translation>
        </message>
        <message>
            <source>The demo data is kept in a separate demo data folder: it never mixes with your own data, and nothing in it is ever sent to headquarters. A yellow banner shows while you are in it; “Leave demo data” deletes it and opens your own data.</source>
            <translation>ຂໍ້ມູນສາທິດຖືກເກັບໄວ້ໃນໂຟນເດີຂໍ້ມູນສາທິດແຍກຕ່າງຫາກ: ມັນບໍ່ປົນກັບຂໍ້ມູນແທ້ຂອງທ່ານ ແລະ ບໍ່ມີຫຍັງໃນນັ້ນຖືກສົ່ງໄປສຳນັກງານໃຫຍ່ເລີຍ. ແຖບສີເຫຼືອງຈະສະແດງ ໃນຂະນະທີ່ທ່ານຢູ່ໃນນັ້ນ; “ອອກຈາກຂໍ້ມູນສາທິດ” ຈະລຶບມັນ ແລະ ເປີດຂໍ້ມູນແທ້ຂອງທ່ານ.</translation>
        </message>
    </context>
    <context>
        <name>DrillDialog</name>
        <message>
            <source>Loading…</source>
            <translation>ກຳລັງໂຫຼດ…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>ສົ່ງອອກ…</translation>
        </message>
        <message>
            <source>Save every record behind this number as an Excel workbook or a CSV file</source>
            <translation>ບັນທຶກລາຍການຂໍ້ມູນທັງໝົດທີ່ຢູ່ເບື້ອງຫຼັງຕົວເລກນີ້ ເປັນໄຟລ໌ Excel ຫຼື ໄຟລ໌ CSV</translation>
        </message>
        <message>
            <source>Opening the records</source>
            <translation>ກຳລັງເປີດລາຍການຂໍ້ມູນ</translation>
        </message>
        <message>
            <source>The first %1 records; the export writes them all.</source>
            <translation>%1 ລາຍການທຳອິດ; ການສົ່ງອອກຈະຂຽນລາຍການທັງໝົດ.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n ລາຍການຂໍ້ມູນ</numerusform>
                <numerusform>%n ລາຍການຂໍ້ມູນ</numerusform>
            </translation>
        </message>
        <message>
            <source>The records could not be read.</source>
            <translation>ບໍ່ສາມາດອ່ານລາຍການຂໍ້ມູນໄດ້.</translation>
        </message>
        <message>
            <source>Export records</source>
            <translation>ສົ່ງອອກລາຍການຂໍ້ມູນ</translation>
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
            <source>Exported %n record(s) to %1.</source>
            <translation>
                <numerusform>ສົ່ງອອກ %n ລາຍການຂໍ້ມູນໄປທີ່ %1 ແລ້ວ.</numerusform>
                <numerusform>ສົ່ງອອກ %n ລາຍການຂໍ້ມູນໄປທີ່ %1 ແລ້ວ.</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting records</source>
            <translation>ກຳລັງສົ່ງອອກລາຍການຂໍ້ມູນ</translation>
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
            <source>Search people and SMEs</source>
            <translation>ຊອກຫາບຸກຄົນ ແລະ ວິສາຫະກິດ</translation>
        </message>
        <message>
            <source>SMEs</source>
            <translation>ວິສາຫະກິດ</translation>
        </message>
        <message>
            <source>&amp;People</source>
            <translation>ບຸກຄົນ(&amp;P)</translation>
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
            <source>Add this person and enrol them (Enter in any of their fields)</source>
            <translation>ເພີ່ມບຸກຄົນນີ້ ແລະ ລົງທະບຽນ (ກົດ Enter ໃນຊ່ອງໃດກໍໄດ້ຂອງບຸກຄົນນີ້)</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>ບຸກຄົນໃໝ່</translation>
        </message>
        <message>
            <source>&amp;Name (own script):</source>
            <translation>ຊື່ (ຕົວອັກສອນທ້ອງຖິ່ນ)(&amp;N):</translation>
        </message>
        <message>
            <source>Name in &amp;Latin letters:</source>
            <translation>ຊື່ເປັນຕົວອັກສອນລາຕິນ(&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Gender:</source>
            <translation>ເພດ(&amp;G):</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>ຕຳແໜ່ງ(&amp;R):</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>ໂທລະສັບ(&amp;H):</translation>
        </message>
        <message>
            <source>Nobody found. Enter starts a new person with this name.</source>
            <translation>ບໍ່ພົບໃຜ. ກົດ Enter ເພື່ອເພີ່ມບຸກຄົນໃໝ່ດ້ວຍຊື່ນີ້.</translation>
        </message>
        <message>
            <source>No SME found.</source>
            <translation>ບໍ່ພົບວິສາຫະກິດ.</translation>
        </message>
        <message>
            <source>Type a name or phone number above to search; Enter enrols the highlighted person.</source>
            <translation>ພິມຊື່ ຫຼື ເບີໂທຂ້າງເທິງເພື່ອຊອກຫາ; ກົດ Enter ເພື່ອລົງທະບຽນຄົນທີ່ເລືອກໄວ້.</translation>
        </message>
        <message>
            <source>Type above to find an SME for a new person.</source>
            <translation>ພິມຂ້າງເທິງເພື່ອຊອກຫາວິສາຫະກິດສຳລັບບຸກຄົນໃໝ່.</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) in this workshop.</source>
            <translation>
                <numerusform>ກອງປະຊຸມສຳມະນານີ້ມີຜູ້ເຂົ້າຮ່ວມ %n ຄົນ.</numerusform>
                <numerusform>ກອງປະຊຸມສຳມະນານີ້ມີຜູ້ເຂົ້າຮ່ວມ %n ຄົນ.</numerusform>
            </translation>
        </message>
        <message>
            <source>Discard the new person?</source>
            <translation>ປະຖິ້ມບຸກຄົນໃໝ່ບໍ?</translation>
        </message>
        <message>
            <source>You started typing a new person who is not enrolled yet. Close and discard what you typed?</source>
            <translation>ທ່ານໄດ້ເລີ່ມພິມຂໍ້ມູນບຸກຄົນໃໝ່ທີ່ຍັງບໍ່ໄດ້ລົງທະບຽນ. ປິດ ແລະ ປະຖິ້ມສິ່ງທີ່ພິມໄວ້ບໍ?</translation>
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
            <source>This person may already be known. Enrol them instead of adding them again, or add them if it is someone else:</source>
            <translation>ບຸກຄົນນີ້ອາດມີຢູ່ໃນລະບົບແລ້ວ. ກະລຸນາລົງທະບຽນຄົນທີ່ມີຢູ່ແລ້ວ ແທນການເພີ່ມໃໝ່ ຫຼື ເພີ່ມໃໝ່ຖ້າແມ່ນຄົນອື່ນ:</translation>
        </message>
        <message>
            <source>Enrol this one</source>
            <translation>ລົງທະບຽນຄົນນີ້</translation>
        </message>
        <message>
            <source>Nobody known matches “%1”. Add them as a new person: their details, then Enter.</source>
            <translation>ບໍ່ມີໃຜໃນລະບົບກົງກັບ “%1”. ກະລຸນາເພີ່ມເປັນບຸກຄົນໃໝ່: ປ້ອນລາຍລະອຽດ ແລ້ວກົດ Enter.</translation>
        </message>
        <message>
            <source>(already enrolled)</source>
            <translation>(ລົງທະບຽນແລ້ວ)</translation>
        </message>
        <message>
            <source>%1 is already enrolled in this workshop.</source>
            <translation>%1 ລົງທະບຽນໃນກອງປະຊຸມສຳມະນານີ້ແລ້ວ.</translation>
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
            <source>Enter the person's name.</source>
            <translation>ກະລຸນາປ້ອນຊື່ຂອງບຸກຄົນ.</translation>
        </message>
        <message>
            <source>Look at the yellow box first: enrol the person already known, or press Enter again to add a new one.</source>
            <translation>ກະລຸນາເບິ່ງກ່ອງສີເຫຼືອງກ່ອນ: ລົງທະບຽນຄົນທີ່ມີຢູ່ໃນລະບົບແລ້ວ ຫຼື ກົດ Enter ອີກຄັ້ງເພື່ອເພີ່ມຄົນໃໝ່.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>same name</source>
            <translation>ຊື່ຄືກັນ</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>ເບີໂທຄືກັນ</translation>
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
        <message>
            <source>The copy of the database did not pass its check, so it was not kept: the database itself may be damaged. Restore the newest good backup (Settings, Backups), or ask your support contact for help.</source>
            <translation>ສຳເນົາຖານຂໍ້ມູນບໍ່ຜ່ານການກວດສອບ ຈຶ່ງບໍ່ໄດ້ເກັບໄວ້: ຖານຂໍ້ມູນເອງອາດເສຍຫາຍ. ກະລຸນາກູ້ຄືນໄຟລ໌ສຳຮອງທີ່ດີລ່າສຸດ (ການຕັ້ງຄ່າ, ການສຳຮອງຂໍ້ມູນ) ຫຼື ຂໍຄວາມຊ່ວຍເຫຼືອຈາກຜູ້ສະໜັບສະໜູນດ້ານເຕັກນິກ.</translation>
        </message>
        <message>
            <source>This file is not a GMS Desk backup, or it is damaged. Choose another backup.</source>
            <translation>ໄຟລ໌ນີ້ບໍ່ແມ່ນໄຟລ໌ສຳຮອງຂອງ GMS Desk ຫຼື ເສຍຫາຍ. ກະລຸນາເລືອກໄຟລ໌ສຳຮອງອື່ນ.</translation>
        </message>
        <message>
            <source>This backup is encrypted. Enter its passphrase.</source>
            <translation>ໄຟລ໌ສຳຮອງນີ້ຖືກເຂົ້າລະຫັດ. ກະລຸນາປ້ອນລະຫັດຜ່ານ.</translation>
        </message>
        <message>
            <source>The passphrase is not the one this backup was encrypted with. Check it (capital letters count) and try again.</source>
            <translation>ລະຫັດຜ່ານບໍ່ກົງກັບລະຫັດທີ່ໃຊ້ເຂົ້າລະຫັດໄຟລ໌ສຳຮອງນີ້. ກະລຸນາກວດເບິ່ງ (ຕົວພິມໃຫຍ່ ແລະ ຕົວພິມນ້ອຍຖືວ່າຕ່າງກັນ) ແລ້ວລອງໃໝ່.</translation>
        </message>
        <message>
            <source>This backup file was changed or cut short after it was made, so it cannot be trusted and was not used. Use another copy of it.</source>
            <translation>ໄຟລ໌ສຳຮອງນີ້ຖືກປ່ຽນແປງ ຫຼື ຂາດຫາຍບາງສ່ວນຫຼັງຈາກສ້າງ, ຈຶ່ງເຊື່ອຖືບໍ່ໄດ້ ແລະ ບໍ່ໄດ້ຖືກນຳໃຊ້. ກະລຸນາໃຊ້ສຳເນົາອື່ນຂອງໄຟລ໌ນີ້.</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>Edit event</source>
            <translation>ແກ້ໄຂກິດຈະກຳ</translation>
        </message>
        <message>
            <source>New event</source>
            <translation>ກິດຈະກຳໃໝ່</translation>
        </message>
        <message>
            <source>Listeners, viewers or readers the media reached</source>
            <translation>ຜູ້ຟັງ, ຜູ້ຊົມ ຫຼື ຜູ້ອ່ານທີ່ສື່ເຂົ້າເຖິງ</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>ປະເພດ(&amp;K):</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>ຫົວຂໍ້(&amp;T):</translation>
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
            <source>&amp;Dates:</source>
            <translation>ວັນທີ(&amp;D):</translation>
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
            <source>&amp;Venue:</source>
            <translation>ສະຖານທີ່(&amp;V):</translation>
        </message>
        <message>
            <source>&amp;Organiser:</source>
            <translation>ຜູ້ຈັດ(&amp;O):</translation>
        </message>
        <message>
            <source>Who came</source>
            <translation>ຜູ້ທີ່ມາເຂົ້າຮ່ວມ</translation>
        </message>
        <message>
            <source>&amp;Women:</source>
            <translation>ຍິງ(&amp;W):</translation>
        </message>
        <message>
            <source>&amp;Men:</source>
            <translation>ຊາຍ(&amp;M):</translation>
        </message>
        <message>
            <source>Ot&amp;her or not recorded:</source>
            <translation>ອື່ນໆ ຫຼື ບໍ່ໄດ້ບັນທຶກ(&amp;H):</translation>
        </message>
        <message>
            <source>Or&amp;ganisations represented:</source>
            <translation>ຈຳນວນອົງກອນທີ່ມີຕົວແທນເຂົ້າຮ່ວມ(&amp;G):</translation>
        </message>
        <message>
            <source>Media &amp;reach:</source>
            <translation>ການເຂົ້າເຖິງຜ່ານສື່(&amp;R):</translation>
        </message>
        <message>
            <source>In all:</source>
            <translation>ລວມທັງໝົດ:</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>ໝາຍເຫດ(&amp;N)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>ບັນທຶກ</translation>
        </message>
        <message>
            <source>Save (Enter or Ctrl+S)</source>
            <translation>ບັນທຶກ (Enter ຫຼື Ctrl+S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ຍົກເລີກ</translation>
        </message>
        <message>
            <source>SMEs reached</source>
            <translation>ວິສາຫະກິດທີ່ເຂົ້າເຖິງ</translation>
        </message>
        <message>
            <source>Type a name or phone, then Enter</source>
            <translation>ພິມຊື່ ຫຼື ເບີໂທ ແລ້ວກົດ Enter</translation>
        </message>
        <message>
            <source>Find an SME</source>
            <translation>ຊອກຫາວິສາຫະກິດ</translation>
        </message>
        <message>
            <source>SMEs found</source>
            <translation>ວິສາຫະກິດທີ່ພົບ</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>ເອົາອອກ(&amp;M)</translation>
        </message>
        <message>
            <source>Remove the SME chosen (Del)</source>
            <translation>ເອົາວິສາຫະກິດທີ່ເລືອກອອກ (Del)</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>ຊອກຫາ(&amp;F):</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n ມື້</numerusform>
                <numerusform>%n ມື້</numerusform>
            </translation>
        </message>
        <message>
            <source>(chosen)</source>
            <translation>(ເລືອກແລ້ວ)</translation>
        </message>
        <message numerus="yes">
            <source>%n SME(s) chosen</source>
            <translation>
                <numerusform>ເລືອກ %n ວິສາຫະກິດແລ້ວ</numerusform>
                <numerusform>ເລືອກ %n ວິສາຫະກິດແລ້ວ</numerusform>
            </translation>
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
        <name>EventTableModel</name>
        <message>
            <source>Kind</source>
            <translation>ປະເພດ</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>ກິດຈະກຳ</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>ວັນທີ</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>ສະຖານທີ່</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>ຍິງ</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>ຊາຍ</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>ຈຳນວນຜູ້ເຂົ້າຮ່ວມ</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>ຈຳນວນອົງກອນ</translation>
        </message>
        <message>
            <source>Media reach</source>
            <translation>ການເຂົ້າເຖິງຜ່ານສື່</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>ອົງກອນ</translation>
        </message>
    </context>
    <context>
        <name>Events</name>
        <message>
            <source>Road show</source>
            <translation>ການໂຄສະນາເຄື່ອນທີ່</translation>
        </message>
        <message>
            <source>Media campaign</source>
            <translation>ການໂຄສະນາຜ່ານສື່</translation>
        </message>
        <message>
            <source>Launch</source>
            <translation>ພິທີເປີດຕົວ</translation>
        </message>
        <message>
            <source>Stakeholder consultation</source>
            <translation>ການປຶກສາຫາລືກັບພາກສ່ວນກ່ຽວຂ້ອງ</translation>
        </message>
        <message>
            <source>Seminar</source>
            <translation>ສຳມະນາເຜີຍແຜ່</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>ອື່ນໆ</translation>
        </message>
    </context>
    <context>
        <name>EventsView</name>
        <message>
            <source>New event</source>
            <translation>ກິດຈະກຳໃໝ່</translation>
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
            <source>Export…</source>
            <translation>ສົ່ງອອກ…</translation>
        </message>
        <message>
            <source>No awareness events yet. Press Ctrl+N to record a road show, media campaign, launch, consultation or seminar: who came, how many women and men, and the SMEs it reached.</source>
            <translation>ຍັງບໍ່ມີກິດຈະກຳປູກຈິດສຳນຶກ. ກົດ Ctrl+N ເພື່ອບັນທຶກການໂຄສະນາເຄື່ອນທີ່, ການໂຄສະນາຜ່ານສື່, ພິທີເປີດຕົວ, ການປຶກສາຫາລື ຫຼື ສຳມະນາເຜີຍແຜ່: ຜູ້ທີ່ມາເຂົ້າຮ່ວມ, ຈຳນວນຍິງ ແລະ ຊາຍ, ແລະ ວິສາຫະກິດທີ່ກິດຈະກຳເຂົ້າເຖິງ.</translation>
        </message>
        <message>
            <source>Search title, organiser, venue…</source>
            <translation>ຊອກຫາຫົວຂໍ້, ຜູ້ຈັດ, ສະຖານທີ່…</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ປະເພດ</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>ທຸກປະເພດ</translation>
        </message>
        <message>
            <source>Deleted events</source>
            <translation>ກິດຈະກຳທີ່ຖືກລຶບ</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>ປະເທດ/ພາກພື້ນ</translation>
        </message>
        <message>
            <source>Any economy</source>
            <translation>ທຸກປະເທດ/ພາກພື້ນ</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>ແຂວງ</translation>
        </message>
        <message>
            <source>Any province</source>
            <translation>ທຸກແຂວງ</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>ໄລຍະເວລາ</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>ທຸກເວລາ</translation>
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
            <source>Agency</source>
            <translation>ອົງກອນ</translation>
        </message>
        <message>
            <source>All agencies</source>
            <translation>ທຸກອົງກອນ</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>ໄຕມາດນີ້</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>ໄຕມາດກ່ອນ</translation>
        </message>
        <message>
            <source>Dates…</source>
            <translation>ເລືອກວັນທີ…</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n ກິດຈະກຳ</numerusform>
                <numerusform>%n ກິດຈະກຳ</numerusform>
            </translation>
        </message>
        <message>
            <source>audience %1: %2 women, %3 men, %4 other or not recorded</source>
            <translation>ຜູ້ເຂົ້າຮ່ວມ %1 ຄົນ: ຍິງ %2, ຊາຍ %3, ອື່ນໆ ຫຼື ບໍ່ໄດ້ບັນທຶກ %4</translation>
        </message>
        <message>
            <source>%1 organisations</source>
            <translation>%1 ອົງກອນ</translation>
        </message>
        <message>
            <source>media reach %1</source>
            <translation>ເຂົ້າເຖິງຜ່ານສື່ %1</translation>
        </message>
        <message>
            <source>Organiser: %1</source>
            <translation>ຜູ້ຈັດ: %1</translation>
        </message>
        <message>
            <source>SMEs reached (%1): %2</source>
            <translation>ວິສາຫະກິດທີ່ເຂົ້າເຖິງ (%1): %2</translation>
        </message>
        <message>
            <source>add “%1”</source>
            <translation>ເພີ່ມ “%1”</translation>
        </message>
        <message>
            <source>edit “%1”</source>
            <translation>ແກ້ໄຂ “%1”</translation>
        </message>
        <message>
            <source>“%1” saved. Undo with Ctrl+Z.</source>
            <translation>ບັນທຶກ “%1” ແລ້ວ. ກົດ Ctrl+Z ເພື່ອຍ້ອນກັບ.</translation>
        </message>
        <message>
            <source>delete “%1”</source>
            <translation>ລຶບ “%1”</translation>
        </message>
        <message>
            <source>“%1” deleted. Undo with Ctrl+Z, or find it under “Deleted events”.</source>
            <translation>ລຶບ “%1” ແລ້ວ. ກົດ Ctrl+Z ເພື່ອຍ້ອນກັບ ຫຼື ຊອກຫາໃນ “ກິດຈະກຳທີ່ຖືກລຶບ”.</translation>
        </message>
        <message>
            <source>restore “%1”</source>
            <translation>ກູ້ຄືນ “%1”</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>ໄຟລ໌ Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV file (*.csv)</source>
            <translation>ໄຟລ໌ CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export events</source>
            <translation>ສົ່ງອອກຂໍ້ມູນກິດຈະກຳ</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n event(s) to %1.</source>
            <translation>
                <numerusform>ສົ່ງອອກ %n ກິດຈະກຳໄປທີ່ %1 ແລ້ວ.</numerusform>
                <numerusform>ສົ່ງອອກ %n ກິດຈະກຳໄປທີ່ %1 ແລ້ວ.</numerusform>
            </translation>
        </message>
        <message>
            <source>The export failed; no file was written.</source>
            <translation>ການສົ່ງອອກລົ້ມເຫຼວ; ບໍ່ມີໄຟລ໌ໃດຖືກສ້າງ.</translation>
        </message>
        <message>
            <source>Exporting events</source>
            <translation>ກຳລັງສົ່ງອອກຂໍ້ມູນກິດຈະກຳ</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Choose a .csv or .xlsx file.</source>
            <translation>ກະລຸນາເລືອກໄຟລ໌ .csv ຫຼື .xlsx.</translation>
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
            <source>E-procurement</source>
            <translation>ການຈັດຊື້ຈັດຈ້າງທາງເອເລັກໂຕຣນິກ</translation>
        </message>
        <message>
            <source>Attendance for a certificate</source>
            <translation>ການເຂົ້າຮ່ວມເພື່ອໄດ້ຮັບໃບຢັ້ງຢືນ</translation>
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
            <source>Paid</source>
            <translation>ຈ່າຍແລ້ວ</translation>
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
            <source>Through service</source>
            <translation>ຜ່ານການບໍລິການ</translation>
        </message>
        <message>
            <source>Through</source>
            <translation>ຜ່ານຊ່ອງທາງອອນລາຍ</translation>
        </message>
        <message>
            <source>Order value</source>
            <translation>ມູນຄ່າການສັ່ງຊື້</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ປະເພດ</translation>
        </message>
        <message>
            <source>Portal or marketplace</source>
            <translation>ເວັບໄຊ ຫຼື ຕະຫຼາດອອນລາຍ</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>ຕັ້ງແຕ່ວັນທີ</translation>
        </message>
        <message>
            <source>Products displayed</source>
            <translation>ຈຳນວນສິນຄ້າທີ່ສະແດງ</translation>
        </message>
        <message>
            <source>Set up by service</source>
            <translation>ສ້າງຂຶ້ນໂດຍການບໍລິການ</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>ວັນທີ</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>ຜູ້ຈັດ</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>ຍິງ</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>ຊາຍ</translation>
        </message>
        <message>
            <source>Other or not recorded</source>
            <translation>ອື່ນໆ ຫຼື ບໍ່ໄດ້ບັນທຶກ</translation>
        </message>
        <message>
            <source>Organisations represented</source>
            <translation>ຈຳນວນອົງກອນທີ່ມີຕົວແທນເຂົ້າຮ່ວມ</translation>
        </message>
        <message>
            <source>Media reach</source>
            <translation>ການເຂົ້າເຖິງຜ່ານສື່</translation>
        </message>
        <message>
            <source>SMEs</source>
            <translation>ວິສາຫະກິດ</translation>
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
            <source>Title in other languages</source>
            <translation>ຫົວຂໍ້ເປັນພາສາອື່ນ</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>ດ້ານ</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>ຄຳນິຍາມ</translation>
        </message>
        <message>
            <source>What it counts</source>
            <translation>ສິ່ງທີ່ນັບ</translation>
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
            <source>Baseline</source>
            <translation>ຄ່າພື້ນຖານ</translation>
        </message>
        <message>
            <source>Baseline date</source>
            <translation>ວັນທີວັດແທກຄ່າພື້ນຖານ</translation>
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
            <source>Agency</source>
            <translation>ອົງກອນ</translation>
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
        <message>
            <source>Audience in all</source>
            <translation>ຈຳນວນຜູ້ເຂົ້າຮ່ວມທັງໝົດ</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <source>Making demo data…</source>
            <translation>ກຳລັງສ້າງຂໍ້ມູນສາທິດ…</translation>
        </message>
        <message>
            <source>The demo data could not be made, so GMS Desk opens your own data folder.</source>
            <translation>ບໍ່ສາມາດສ້າງຂໍ້ມູນສາທິດໄດ້, ສະນັ້ນ GMS Desk ຈະເປີດໂຟນເດີຂໍ້ມູນແທ້ຂອງທ່ານ.</translation>
        </message>
        <message>
            <source>&amp;Demo</source>
            <translation>ສາທິດ(&amp;D)</translation>
        </message>
        <message>
            <source>Leave demo data…</source>
            <translation>ອອກຈາກຂໍ້ມູນສາທິດ…</translation>
        </message>
        <message>
            <source>Leave demo data</source>
            <translation>ອອກຈາກຂໍ້ມູນສາທິດ</translation>
        </message>
        <message>
            <source>Leave the demo data and open your own data? The demo data folder is deleted, with what you tried in it; nothing in it was ever sent to headquarters.</source>
            <translation>ອອກຈາກຂໍ້ມູນສາທິດ ແລະ ເປີດຂໍ້ມູນແທ້ຂອງທ່ານບໍ? ໂຟນເດີຂໍ້ມູນສາທິດຈະຖືກລຶບ ພ້ອມກັບສິ່ງທີ່ທ່ານໄດ້ທົດລອງໃນນັ້ນ; ບໍ່ມີຫຍັງໃນນັ້ນເຄີຍຖືກສົ່ງໄປສຳນັກງານໃຫຍ່.</translation>
        </message>
        <message>
            <source>The password needs at least %n characters.</source>
            <translation>ລະຫັດຜ່ານຕ້ອງມີຢ່າງໜ້ອຍ %n ຕົວອັກສອນ.</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>ລະຫັດຜ່ານທັງສອງບໍ່ກົງກັນ.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Welcome to GMS Desk</source>
            <translation>ຍິນດີຕ້ອນຮັບສູ່ GMS Desk</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>ເລີ່ມຕົ້ນ(&amp;S)</translation>
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
        <message numerus="yes">
            <source>%n answer(s) still need attention.</source>
            <translation>
                <numerusform>ຍັງມີ %n ຄຳຕອບທີ່ຕ້ອງກວດຄືນ.</numerusform>
                <numerusform>ຍັງມີ %n ຄຳຕອບທີ່ຕ້ອງກວດຄືນ.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not submitted; the draft is kept.</source>
            <translation>ຍັງບໍ່ໄດ້ຍື່ນ; ສະບັບຮ່າງຍັງຖືກເກັບໄວ້.</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <source>The list '{dataset}' cannot be updated by GMS Desk: a form can update only the SME record. Write smes as the list_name.</source>
            <translation>GMS Desk ບໍ່ສາມາດອັບເດດລາຍການ '{dataset}' ໄດ້: ແບບຟອມອັບເດດໄດ້ສະເພາະລາຍການຂໍ້ມູນວິສາຫະກິດເທົ່ານັ້ນ. ກະລຸນາຂຽນ smes ເປັນ list_name.</translation>
        </message>
        <message>
            <source>The list '{dataset}' cannot be updated by GMS Desk: a form can update only the SME record (did you mean '{suggestion}'?).</source>
            <translation>GMS Desk ບໍ່ສາມາດອັບເດດລາຍການ '{dataset}' ໄດ້: ແບບຟອມອັບເດດໄດ້ສະເພາະລາຍການຂໍ້ມູນວິສາຫະກິດເທົ່ານັ້ນ (ທ່ານໝາຍເຖິງ '{suggestion}' ບໍ?).</translation>
        </message>
        <message>
            <source>save_to '{field}': the SME record has no such field. Write the name of an SME field, for example employees_total or website.</source>
            <translation>save_to '{field}': ລາຍການຂໍ້ມູນວິສາຫະກິດບໍ່ມີຊ່ອງຂໍ້ມູນນີ້. ກະລຸນາຂຽນຊື່ຊ່ອງຂໍ້ມູນຂອງວິສາຫະກິດ, ຕົວຢ່າງ employees_total ຫຼື website.</translation>
        </message>
        <message>
            <source>save_to '{field}': the SME record has no such field (did you mean '{suggestion}'?).</source>
            <translation>save_to '{field}': ລາຍການຂໍ້ມູນວິສາຫະກິດບໍ່ມີຊ່ອງຂໍ້ມູນນີ້ (ທ່ານໝາຍເຖິງ '{suggestion}' ບໍ?).</translation>
        </message>
        <message>
            <source>save_to '{field}': GMS Desk keeps this field of the SME record itself; a form may not write it. Remove the save_to.</source>
            <translation>save_to '{field}': GMS Desk ຈັດການຊ່ອງຂໍ້ມູນນີ້ຂອງລາຍການຂໍ້ມູນວິສາຫະກິດເອງ; ແບບຟອມບໍ່ສາມາດຂຽນໃສ່ໄດ້. ກະລຸນາລຶບ save_to ນີ້ອອກ.</translation>
        </message>
        <message>
            <source>save_to '{field}': a {type} question cannot fill this SME field; a question of type {types} can. Change the question's type or its save_to.</source>
            <translation>save_to '{field}': ຄຳຖາມປະເພດ {type} ບໍ່ສາມາດປ້ອນໃສ່ຊ່ອງຂໍ້ມູນນີ້ຂອງວິສາຫະກິດໄດ້; ຄຳຖາມປະເພດ {types} ສາມາດປ້ອນໄດ້. ກະລຸນາປ່ຽນປະເພດຂອງຄຳຖາມ ຫຼື save_to ຂອງມັນ.</translation>
        </message>
        <message>
            <source>save_to '{field}': this SME field is a yes/no flag, so the choices of list '{list}' must be named yes, no, 1, 0, true or false; these are not: {choices}.</source>
            <translation>save_to '{field}': ຊ່ອງຂໍ້ມູນນີ້ຂອງວິສາຫະກິດເປັນແບບ ແມ່ນ/ບໍ່ແມ່ນ, ສະນັ້ນຕົວເລືອກຂອງລາຍການ '{list}' ຕ້ອງມີຊື່ເປັນ yes, no, 1, 0, true ຫຼື false; ຕົວເລືອກເຫຼົ່ານີ້ບໍ່ແມ່ນ: {choices}.</translation>
        </message>
        <message>
            <source>save_to '{field}': this SME field holds a number, so the choices of list '{list}' must be named with numbers; these are not: {choices}.</source>
            <translation>save_to '{field}': ຊ່ອງຂໍ້ມູນນີ້ຂອງວິສາຫະກິດເກັບຕົວເລກ, ສະນັ້ນຕົວເລືອກຂອງລາຍການ '{list}' ຕ້ອງມີຊື່ເປັນຕົວເລກ; ຕົວເລືອກເຫຼົ່ານີ້ບໍ່ແມ່ນ: {choices}.</translation>
        </message>
        <message>
            <source>save_to '{field}': the choices of list '{list}' must be named with the codes of this SME field ({codes}); these are not: {choices}.</source>
            <translation>save_to '{field}': ຕົວເລືອກຂອງລາຍການ '{list}' ຕ້ອງມີຊື່ເປັນລະຫັດຂອງຊ່ອງຂໍ້ມູນນີ້ຂອງວິສາຫະກິດ ({codes}); ຕົວເລືອກເຫຼົ່ານີ້ບໍ່ແມ່ນ: {choices}.</translation>
        </message>
        <message>
            <source>save_to '{field}': the question on row {other} already writes this SME field; only one question may.</source>
            <translation>save_to '{field}': ຄຳຖາມໃນແຖວທີ {other} ຂຽນໃສ່ຊ່ອງຂໍ້ມູນນີ້ຂອງວິສາຫະກິດແລ້ວ; ຂຽນໄດ້ພຽງຄຳຖາມດຽວເທົ່ານັ້ນ.</translation>
        </message>
        <message>
            <source>save_to '{field}': a question inside a repeat cannot update the SME record (a repeat has many answers, the SME one value). Move the question out of the repeat or remove its save_to.</source>
            <translation>save_to '{field}': ຄຳຖາມທີ່ຢູ່ໃນ repeat ບໍ່ສາມາດອັບເດດລາຍການຂໍ້ມູນວິສາຫະກິດໄດ້ (repeat ມີຫຼາຍຄຳຕອບ, ແຕ່ວິສາຫະກິດມີຄ່າດຽວ). ກະລຸນາຍ້າຍຄຳຖາມອອກຈາກ repeat ຫຼື ລຶບ save_to ຂອງມັນ.</translation>
        </message>
        <message>
            <source>entity_id is not read: a response updates the SME it is linked to when it is started.</source>
            <translation>ບໍ່ອ່ານ entity_id: ຊຸດຄຳຕອບຈະອັບເດດວິສາຫະກິດທີ່ເຊື່ອມໂຍງໄວ້ຕອນເລີ່ມຕອບ.</translation>
        </message>
        <message>
            <source>create_if is ignored: GMS Desk does not create SMEs from a form; only the SME a response is linked to is updated.</source>
            <translation>ຂ້າມ create_if: GMS Desk ບໍ່ສ້າງວິສາຫະກິດຈາກແບບຟອມ; ມີແຕ່ວິສາຫະກິດທີ່ຊຸດຄຳຕອບເຊື່ອມໂຍງໄວ້ເທົ່ານັ້ນທີ່ຖືກອັບເດດ.</translation>
        </message>
        <message>
            <source>update_if '{source}': {error}</source>
            <translation>update_if '{source}': {error}</translation>
        </message>
        <message>
            <source>these questions depend on each other in a circle: {names}; break the circle in relevant/calculation</source>
            <translation>ຄຳຖາມເຫຼົ່ານີ້ອີງໃສ່ກັນເປັນວົງວຽນ: {names}; ກະລຸນາຕັດວົງວຽນນີ້ໃນ relevant/calculation</translation>
        </message>
        <message>
            <source>unexpected character {character} at position {position}</source>
            <translation>ມີຕົວອັກສອນ {character} ທີ່ບໍ່ຄາດຄິດຢູ່ຕຳແໜ່ງທີ {position}</translation>
        </message>
        <message>
            <source>{reference} is not a valid reference to a question</source>
            <translation>{reference} ບໍ່ແມ່ນການອ້າງເຖິງຄຳຖາມທີ່ຖືກຕ້ອງ</translation>
        </message>
        <message>
            <source>expected {expected} but found the end at position {position}</source>
            <translation>ຕ້ອງມີ {expected} ແຕ່ສູດສິ້ນສຸດຢູ່ຕຳແໜ່ງທີ {position}</translation>
        </message>
        <message>
            <source>expected {expected} but found {found} at position {position}</source>
            <translation>ຕ້ອງມີ {expected} ແຕ່ພົບ {found} ຢູ່ຕຳແໜ່ງທີ {position}</translation>
        </message>
        <message>
            <source>the expression is empty</source>
            <translation>ສູດຫວ່າງເປົ່າ</translation>
        </message>
        <message>
            <source>the expression ends too early</source>
            <translation>ສູດສິ້ນສຸດໄວເກີນໄປ</translation>
        </message>
        <message>
            <source>a path after {reference} is not supported</source>
            <translation>ບໍ່ຮອງຮັບເສັ້ນທາງ (path) ຕໍ່ຈາກ {reference}</translation>
        </message>
        <message>
            <source>an empty predicate '[]' at position {position}</source>
            <translation>ມີເງື່ອນໄຂຫວ່າງເປົ່າ '[]' ຢູ່ຕຳແໜ່ງທີ {position}</translation>
        </message>
        <message>
            <source>attributes ('@') are not supported</source>
            <translation>ບໍ່ຮອງຮັບ attribute ('@')</translation>
        </message>
        <message>
            <source>wildcards ('*') in paths are not supported</source>
            <translation>ບໍ່ຮອງຮັບເຄື່ອງໝາຍແທນ ('*') ໃນເສັ້ນທາງ (path)</translation>
        </message>
        <message>
            <source>the path ends with '/'</source>
            <translation>ເສັ້ນທາງ (path) ລົງທ້າຍດ້ວຍ '/'</translation>
        </message>
        <message>
            <source>a path cannot contain {token} (position {position})</source>
            <translation>ເສັ້ນທາງ (path) ບໍ່ສາມາດມີ {token} ໄດ້ (ຕຳແໜ່ງທີ {position})</translation>
        </message>
        <message>
            <source>search() is an appearance of a select question (its choices from a CSV file), not a function for calculations</source>
            <translation>search() ແມ່ນ appearance ຂອງຄຳຖາມແບບເລືອກ (ເອົາຕົວເລືອກມາຈາກໄຟລ໌ CSV), ບໍ່ແມ່ນຟັງຊັນສຳລັບການຄິດໄລ່</translation>
        </message>
        <message>
            <source>unexpected {token} at position {position}</source>
            <translation>ມີ {token} ທີ່ບໍ່ຄາດຄິດຢູ່ຕຳແໜ່ງທີ {position}</translation>
        </message>
        <message>
            <source>'//' paths are not supported</source>
            <translation>ບໍ່ຮອງຮັບເສັ້ນທາງ '//'</translation>
        </message>
        <message>
            <source>predicates ('[...]') on the form's own questions are not supported; use indexed-repeat()</source>
            <translation>ບໍ່ຮອງຮັບເງື່ອນໄຂ ('[...]') ໃສ່ຄຳຖາມຂອງແບບຟອມເອງ; ກະລຸນາໃຊ້ indexed-repeat()</translation>
        </message>
        <message>
            <source>{function}() takes no arguments</source>
            <translation>{function}() ບໍ່ຮັບຄ່າໃດໆ</translation>
        </message>
        <message numerus="yes">
            <source>{function}() takes %n argument(s), not {given}</source>
            <translation>
                <numerusform>{function}() ຮັບ %n ຄ່າ, ບໍ່ແມ່ນ {given} ຄ່າ</numerusform>
                <numerusform>{function}() ຮັບ %n ຄ່າ, ບໍ່ແມ່ນ {given} ຄ່າ</numerusform>
            </translation>
        </message>
        <message>
            <source>there is no question named '{name}'</source>
            <translation>ບໍ່ມີຄຳຖາມຊື່ '{name}'</translation>
        </message>
        <message>
            <source>'{path}' is not understood: refer to a question as {reference}</source>
            <translation>ບໍ່ເຂົ້າໃຈ '{path}': ກະລຸນາອ້າງເຖິງຄຳຖາມເປັນ {reference}</translation>
        </message>
        <message>
            <source>'{path}' is not a column of the choices</source>
            <translation>'{path}' ບໍ່ແມ່ນຖັນຂອງຕົວເລືອກ</translation>
        </message>
        <message>
            <source>instance() takes the name of a secondary instance in quotes, e.g. instance('fruits')</source>
            <translation>instance() ຕ້ອງມີຊື່ຂອງ secondary instance ຢູ່ໃນເຄື່ອງໝາຍວົງຢືມ, ເຊັ່ນ: instance('fruits')</translation>
        </message>
        <message>
            <source>instance('{name}') names no file attached to the form and no list of the choices sheet: attach {name}.csv or {name}.xml (declared by a select_one_from_file, csv-external or xml-external row) or use a choice list</source>
            <translation>instance('{name}') ບໍ່ກົງກັບໄຟລ໌ໃດທີ່ແນບກັບແບບຟອມ ແລະ ບໍ່ກົງກັບລາຍການໃດໃນແຜ່ນງານ choices: ກະລຸນາແນບ {name}.csv ຫຼື {name}.xml (ທີ່ປະກາດໄວ້ໃນແຖວ select_one_from_file, csv-external ຫຼື xml-external) ຫຼື ໃຊ້ລາຍການຕົວເລືອກ</translation>
        </message>
        <message>
            <source>predicates ('[...]') and paths after the form's own questions are not supported; use indexed-repeat()</source>
            <translation>ບໍ່ຮອງຮັບເງື່ອນໄຂ ('[...]') ແລະ ເສັ້ນທາງ (path) ຕໍ່ຈາກຄຳຖາມຂອງແບບຟອມເອງ; ກະລຸນາໃຊ້ indexed-repeat()</translation>
        </message>
        <message>
            <source>the function {function}() is not known</source>
            <translation>ບໍ່ຮູ້ຈັກຟັງຊັນ {function}()</translation>
        </message>
        <message numerus="yes">
            <source>{function}() takes %n or more argument(s), not {given}</source>
            <translation>
                <numerusform>{function}() ຮັບ %n ຄ່າຂຶ້ນໄປ, ບໍ່ແມ່ນ {given} ຄ່າ</numerusform>
                <numerusform>{function}() ຮັບ %n ຄ່າຂຶ້ນໄປ, ບໍ່ແມ່ນ {given} ຄ່າ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{function}() takes {low} to %n argument(s), not {given}</source>
            <translation>
                <numerusform>{function}() ຮັບ {low} ຫາ %n ຄ່າ, ບໍ່ແມ່ນ {given} ຄ່າ</numerusform>
                <numerusform>{function}() ຮັບ {low} ຫາ %n ຄ່າ, ບໍ່ແມ່ນ {given} ຄ່າ</numerusform>
            </translation>
        </message>
        <message>
            <source>weighted-checklist() takes a minimum, a maximum, then pairs of a value and its weight</source>
            <translation>weighted-checklist() ຮັບຄ່າຕ່ຳສຸດ, ຄ່າສູງສຸດ, ແລ້ວຕາມດ້ວຍຄູ່ຂອງຄ່າ ແລະ ນ້ຳໜັກຂອງມັນ</translation>
        </message>
        <message>
            <source>digest(): unknown algorithm '{algorithm}'; use one of {algorithms}</source>
            <translation>digest(): ບໍ່ຮູ້ຈັກ algorithm '{algorithm}'; ກະລຸນາໃຊ້ໜຶ່ງໃນ {algorithms}</translation>
        </message>
        <message>
            <source>digest(): unknown encoding '{encoding}'; use 'base64' or 'hex'</source>
            <translation>digest(): ບໍ່ຮູ້ຈັກ encoding '{encoding}'; ກະລຸນາໃຊ້ 'base64' ຫຼື 'hex'</translation>
        </message>
        <message>
            <source>jr:itext() takes one text id in quotes, such as jr:itext('/data/q:label'); for the label of an answer write {example}</source>
            <translation>jr:itext() ຮັບລະຫັດຂໍ້ຄວາມ (text id) ໜຶ່ງອັນໃນເຄື່ອງໝາຍວົງຢືມ, ເຊັ່ນ: jr:itext('/data/q:label'); ສຳລັບປ້າຍກຳກັບຂອງຄຳຕອບ ໃຫ້ຂຽນ {example}</translation>
        </message>
        <message>
            <source>jr:itext('{id}') names no text of the form: use an id such as '/data/q:label' or 'list_name-0', or for the label of an answer write {example}</source>
            <translation>jr:itext('{id}') ບໍ່ກົງກັບຂໍ້ຄວາມໃດຂອງແບບຟອມ: ກະລຸນາໃຊ້ລະຫັດ ເຊັ່ນ '/data/q:label' ຫຼື 'list_name-0', ຫຼື ສຳລັບປ້າຍກຳກັບຂອງຄຳຕອບ ໃຫ້ຂຽນ {example}</translation>
        </message>
        <message>
            <source>jr:choice-name() needs the question as its second argument, e.g. {example}</source>
            <translation>jr:choice-name() ຕ້ອງມີຄຳຖາມເປັນຄ່າທີສອງ, ເຊັ່ນ: {example}</translation>
        </message>
        <message>
            <source>jr:choice-name(): '{name}' is not a select question</source>
            <translation>jr:choice-name(): '{name}' ບໍ່ແມ່ນຄຳຖາມແບບເລືອກ</translation>
        </message>
        <message>
            <source>indexed-repeat() takes a ${question} inside a repeat, then a ${repeat} and a position (and more pairs for repeats inside repeats)</source>
            <translation>indexed-repeat() ຮັບ ${question} ທີ່ຢູ່ໃນ repeat, ແລ້ວຕາມດ້ວຍ ${repeat} ແລະ ລຳດັບທີ (ແລະ ຄູ່ເພີ່ມເຕີມສຳລັບ repeat ທີ່ຢູ່ໃນ repeat)</translation>
        </message>
        <message>
            <source>indexed-repeat(): '{repeat}' is not a repeat around '{name}'</source>
            <translation>indexed-repeat(): '{repeat}' ບໍ່ແມ່ນ repeat ທີ່ຄອບ '{name}'</translation>
        </message>
        <message>
            <source>position() takes at most one argument</source>
            <translation>position() ຮັບໄດ້ບໍ່ເກີນໜຶ່ງຄ່າ</translation>
        </message>
        <message>
            <source>pulldata() takes 4 arguments: the file's name (without .csv), the column to read, the column to match and the value to find</source>
            <translation>pulldata() ຮັບ 4 ຄ່າ: ຊື່ໄຟລ໌ (ບໍ່ມີ .csv), ຖັນທີ່ຈະອ່ານ, ຖັນທີ່ຈະຈັບຄູ່ ແລະ ຄ່າທີ່ຈະຊອກຫາ</translation>
        </message>
        <message>
            <source>pulldata(): name the file in quotes, e.g. pulldata('fruits', 'price', 'name', ${fruit})</source>
            <translation>pulldata(): ກະລຸນາຂຽນຊື່ໄຟລ໌ໃນເຄື່ອງໝາຍວົງຢືມ, ເຊັ່ນ: pulldata('fruits', 'price', 'name', ${fruit})</translation>
        </message>
        <message>
            <source>pulldata() reads '{file}', which is not attached to the form</source>
            <translation>pulldata() ອ່ານ '{file}', ເຊິ່ງບໍ່ໄດ້ແນບກັບແບບຟອມ</translation>
        </message>
        <message>
            <source>pulldata(): '{file}' has no column '{column}' (its columns: {columns})</source>
            <translation>pulldata(): '{file}' ບໍ່ມີຖັນ '{column}' (ຖັນທີ່ມີ: {columns})</translation>
        </message>
        <message>
            <source>the file '{file}' ({why}) could not be read: {error}</source>
            <translation>ບໍ່ສາມາດອ່ານໄຟລ໌ '{file}' ({why}) ໄດ້: {error}</translation>
        </message>
        <message>
            <source>the form needs the file '{file}' ({why}), but it is not attached: put it in {where} and import the form again</source>
            <translation>ແບບຟອມຕ້ອງການໄຟລ໌ '{file}' ({why}), ແຕ່ບໍ່ໄດ້ແນບມາ: ກະລຸນາວາງໄຟລ໌ໄວ້ໃນ {where} ແລ້ວນຳເຂົ້າແບບຟອມອີກຄັ້ງ</translation>
        </message>
        <message>
            <source>'{file}' is not UTF-8 text: save it as "CSV UTF-8" (or as UTF-8) and import the form again</source>
            <translation>'{file}' ບໍ່ແມ່ນຂໍ້ຄວາມ UTF-8: ກະລຸນາບັນທຶກເປັນ "CSV UTF-8" (ຫຼື ເປັນ UTF-8) ແລ້ວນຳເຂົ້າແບບຟອມອີກຄັ້ງ</translation>
        </message>
        <message>
            <source>the files attached to the form take {size}; a form version travels with its files, which may take at most {limit} together: make the images smaller</source>
            <translation>ໄຟລ໌ທີ່ແນບກັບແບບຟອມມີຂະໜາດ {size}; ເວີຊັນແບບຟອມຈະຖືກສົ່ງພ້ອມໄຟລ໌ຂອງມັນ ເຊິ່ງລວມກັນໄດ້ບໍ່ເກີນ {limit}: ກະລຸນາເຮັດໃຫ້ຮູບນ້ອຍລົງ</translation>
        </message>
        <message>
            <source>'{file}' is not a CSV file ODK can read: {error}</source>
            <translation>'{file}' ບໍ່ແມ່ນໄຟລ໌ CSV ທີ່ ODK ອ່ານໄດ້: {error}</translation>
        </message>
        <message>
            <source>'{file}' has no header row: its first row must name the columns (for example name,label)</source>
            <translation>'{file}' ບໍ່ມີແຖວຫົວຖັນ: ແຖວທຳອິດຕ້ອງເປັນຊື່ຖັນ (ຕົວຢ່າງ name,label)</translation>
        </message>
        <message>
            <source>'{file}' has two columns named '{column}'</source>
            <translation>'{file}' ມີສອງຖັນທີ່ຊື່ '{column}'</translation>
        </message>
        <message>
            <source>'{file}' declares a DOCTYPE or entities, which ODK does not read</source>
            <translation>'{file}' ປະກາດ DOCTYPE ຫຼື entity, ເຊິ່ງ ODK ບໍ່ອ່ານ</translation>
        </message>
        <message>
            <source>'{file}' is not well-formed XML: {error}</source>
            <translation>'{file}' ບໍ່ແມ່ນ XML ທີ່ຂຽນຖືກຮູບແບບ: {error}</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>ບໍ່ແມ່ນຕົວເລກ</translation>
        </message>
        <message>
            <source>a position needs a longitude and a latitude</source>
            <translation>ຕຳແໜ່ງຕ້ອງມີເສັ້ນແວງ ແລະ ເສັ້ນຂະໜານ</translation>
        </message>
        <message>
            <source>a feature needs a geometry</source>
            <translation>feature ຕ້ອງມີ geometry</translation>
        </message>
        <message>
            <source>geometry type {type} is not one ODK reads (Point, LineString, Polygon)</source>
            <translation>ODK ບໍ່ອ່ານ geometry ປະເພດ {type} (ອ່ານໄດ້ແຕ່ Point, LineString, Polygon)</translation>
        </message>
        <message>
            <source>'{file}' is not valid JSON: {error}</source>
            <translation>'{file}' ບໍ່ແມ່ນ JSON ທີ່ຖືກຕ້ອງ: {error}</translation>
        </message>
        <message>
            <source>'{file}' is not a GeoJSON FeatureCollection</source>
            <translation>'{file}' ບໍ່ແມ່ນ GeoJSON FeatureCollection</translation>
        </message>
        <message>
            <source>'{file}': feature {number} is not an object</source>
            <translation>'{file}': feature ທີ {number} ບໍ່ແມ່ນ object</translation>
        </message>
        <message>
            <source>'{file}': feature {number}: {error}</source>
            <translation>'{file}': feature ທີ {number}: {error}</translation>
        </message>
        <message>
            <source>'{file}' is not a data file ODK reads (CSV, XML or GeoJSON)</source>
            <translation>'{file}' ບໍ່ແມ່ນໄຟລ໌ຂໍ້ມູນທີ່ ODK ອ່ານໄດ້ (CSV, XML ຫຼື GeoJSON)</translation>
        </message>
        <message>
            <source>the audit log of ODK Collect is not recorded by GMS Desk</source>
            <translation>GMS Desk ບໍ່ບັນທຶກ audit log ຂອງ ODK Collect</translation>
        </message>
        <message>
            <source>metadata '{type}' ({name}) is ignored: {reason}</source>
            <translation>ຂ້າມ metadata '{type}' ({name}): {reason}</translation>
        </message>
        <message>
            <source>{column} '{source}': {error}</source>
            <translation>{column} '{source}': {error}</translation>
        </message>
        <message>
            <source>type '{type}' takes its choices from the answers to a question inside a repeat, but '{name}' is not a question inside a repeat</source>
            <translation>ປະເພດ '{type}' ເອົາຕົວເລືອກມາຈາກຄຳຕອບຂອງຄຳຖາມທີ່ຢູ່ໃນ repeat, ແຕ່ '{name}' ບໍ່ແມ່ນຄຳຖາມທີ່ຢູ່ໃນ repeat</translation>
        </message>
        <message>
            <source>type '{type}' takes its choices from the answers to a question inside a repeat, but '{name}' is not a question of the form</source>
            <translation>ປະເພດ '{type}' ເອົາຕົວເລືອກມາຈາກຄຳຕອບຂອງຄຳຖາມທີ່ຢູ່ໃນ repeat, ແຕ່ '{name}' ບໍ່ແມ່ນຄຳຖາມຂອງແບບຟອມ</translation>
        </message>
        <message>
            <source>the name '{name}' is used more than once; GMS Desk needs every question and group name to be unique in its group</source>
            <translation>ຊື່ '{name}' ຖືກໃຊ້ຫຼາຍກວ່າໜຶ່ງເທື່ອ; GMS Desk ຕ້ອງການໃຫ້ຊື່ຄຳຖາມ ແລະ ຊື່ກຸ່ມ ບໍ່ຊ້ຳກັນພາຍໃນກຸ່ມຂອງມັນ</translation>
        </message>
        <message>
            <source>the file '{file}' is not attached to the form</source>
            <translation>ໄຟລ໌ '{file}' ບໍ່ໄດ້ແນບກັບແບບຟອມ</translation>
        </message>
        <message>
            <source>type '{type}' ({name}) is not supported by GMS Desk; supported types: {types}, groups and repeats. Remove the row or change its type</source>
            <translation>GMS Desk ບໍ່ຮອງຮັບປະເພດ '{type}' ({name}); ປະເພດທີ່ຮອງຮັບ: {types}, ກຸ່ມ (group) ແລະ repeat. ກະລຸນາລຶບແຖວນີ້ ຫຼື ປ່ຽນປະເພດຂອງມັນ</translation>
        </message>
        <message>
            <source>the loop's %(name)s or %(label)s could not be filled in for '{choice}': {error}</source>
            <translation>ບໍ່ສາມາດປ້ອນ %(name)s ຫຼື %(label)s ຂອງ loop ສຳລັບ '{choice}' ໄດ້: {error}</translation>
        </message>
        <message>
            <source>the list '{list}' is not on the external_choices sheet</source>
            <translation>ລາຍການ '{list}' ບໍ່ມີຢູ່ໃນແຜ່ນງານ external_choices</translation>
        </message>
        <message>
            <source>the choice list '{list}' is not on the choices sheet</source>
            <translation>ລາຍການຕົວເລືອກ '{list}' ບໍ່ມີຢູ່ໃນແຜ່ນງານ choices</translation>
        </message>
        <message>
            <source>'{file}' has no column '{column}' for the choices' values (its columns: {columns})</source>
            <translation>'{file}' ບໍ່ມີຖັນ '{column}' ສຳລັບຄ່າຂອງຕົວເລືອກ (ຖັນທີ່ມີ: {columns})</translation>
        </message>
        <message>
            <source>search() takes the CSV file's name in quotes, then optionally 'contains', 'startswith', 'endswith' or 'matches', a column and the text to find</source>
            <translation>search() ຮັບຊື່ໄຟລ໌ CSV ໃນເຄື່ອງໝາຍວົງຢືມ, ແລ້ວ (ຖ້າຕ້ອງການ) 'contains', 'startswith', 'endswith' ຫຼື 'matches', ຖັນ ແລະ ຂໍ້ຄວາມທີ່ຈະຊອກຫາ</translation>
        </message>
        <message>
            <source>search() needs a row on the choices sheet naming the file's value column (name) and label column (label)</source>
            <translation>search() ຕ້ອງມີແຖວໜຶ່ງໃນແຜ່ນງານ choices ທີ່ລະບຸຖັນຄ່າ (name) ແລະ ຖັນປ້າຍກຳກັບ (label) ຂອງໄຟລ໌</translation>
        </message>
        <message>
            <source>search(): name the column in quotes and search for text in quotes, a number or a ${question}</source>
            <translation>search(): ກະລຸນາຂຽນຊື່ຖັນໃນເຄື່ອງໝາຍວົງຢືມ ແລະ ຊອກຫາຂໍ້ຄວາມໃນເຄື່ອງໝາຍວົງຢືມ, ຕົວເລກ ຫຼື ${question}</translation>
        </message>
        <message>
            <source>range parameter {parameter}='{value}' is not a number</source>
            <translation>ພາຣາມິເຕີ range {parameter}='{value}' ບໍ່ແມ່ນຕົວເລກ</translation>
        </message>
        <message>
            <source>range parameter step must be greater than 0</source>
            <translation>ພາຣາມິເຕີ range step ຕ້ອງໃຫຍ່ກວ່າ 0</translation>
        </message>
        <message>
            <source>repeat_count '{source}' reads a question inside the repeat it counts; count from a question before it</source>
            <translation>repeat_count '{source}' ອ່ານຄຳຖາມທີ່ຢູ່ໃນ repeat ທີ່ມັນນັບເອງ; ກະລຸນານັບຈາກຄຳຖາມທີ່ຢູ່ກ່ອນ repeat ນັ້ນ</translation>
        </message>
        <message>
            <source>choice_filter only applies to select questions; it is ignored</source>
            <translation>choice_filter ໃຊ້ໄດ້ກັບຄຳຖາມແບບເລືອກເທົ່ານັ້ນ; ຈຶ່ງຖືກຂ້າມ</translation>
        </message>
        <message>
            <source>the label refers to {reference}, but there is no question named '{name}'</source>
            <translation>ປ້າຍກຳກັບອ້າງເຖິງ {reference}, ແຕ່ບໍ່ມີຄຳຖາມຊື່ '{name}'</translation>
        </message>
        <message>
            <source>the form definition is damaged: {error}</source>
            <translation>ຂໍ້ມູນກຳນົດແບບຟອມເສຍຫາຍ: {error}</translation>
        </message>
        <message>
            <source>guidance hints are not shown by GMS Desk</source>
            <translation>GMS Desk ບໍ່ສະແດງຄຳແນະນຳ (guidance hint)</translation>
        </message>
        <message>
            <source>trigger (recalculate when another question changes) is not supported</source>
            <translation>ບໍ່ຮອງຮັບ trigger (ຄິດໄລ່ຄືນເມື່ອຄຳຖາມອື່ນປ່ຽນ)</translation>
        </message>
        <message>
            <source>instance attributes are not supported</source>
            <translation>ບໍ່ຮອງຮັບ instance attribute</translation>
        </message>
        <message>
            <source>GMS Desk does not use it</source>
            <translation>GMS Desk ບໍ່ໄດ້ໃຊ້</translation>
        </message>
        <message>
            <source>column '{column}' is ignored: {reason}</source>
            <translation>ຂ້າມຖັນ '{column}': {reason}</translation>
        </message>
        <message>
            <source>pyxform, the XLSForm reader ODK uses, says: {message}</source>
            <translation>pyxform, ໂປຣແກຣມອ່ານ XLSForm ທີ່ ODK ໃຊ້, ແຈ້ງວ່າ: {message}</translation>
        </message>
        <message>
            <source>type '{type}' is not an XLSForm question type</source>
            <translation>ປະເພດ '{type}' ບໍ່ແມ່ນປະເພດຄຳຖາມຂອງ XLSForm</translation>
        </message>
        <message>
            <source>the {column} on the {sheet} sheet is not a valid name: a name begins with a letter or an underscore, followed by letters, digits, underscores, hyphens or periods</source>
            <translation>{column} ໃນແຜ່ນງານ {sheet} ບໍ່ແມ່ນຊື່ທີ່ຖືກຕ້ອງ: ຊື່ຕ້ອງເລີ່ມດ້ວຍຕົວອັກສອນ ຫຼື ຂີດກ້ອງ (_), ຕາມດ້ວຍຕົວອັກສອນ, ຕົວເລກ, ຂີດກ້ອງ, ຂີດ (-) ຫຼື ຈຸດ</translation>
        </message>
        <message>
            <source>a choice list names the same choice twice: give each choice of a list its own name, or set allow_choice_duplicates to yes on the settings sheet</source>
            <translation>ລາຍການຕົວເລືອກມີຕົວເລືອກຊື່ຊ້ຳກັນ: ກະລຸນາໃຫ້ແຕ່ລະຕົວເລືອກໃນລາຍການມີຊື່ຂອງຕົນເອງ ຫຼື ຕັ້ງ allow_choice_duplicates ເປັນ yes ໃນແຜ່ນງານ settings</translation>
        </message>
        <message>
            <source>the choice has no name: fill in its name column</source>
            <translation>ຕົວເລືອກບໍ່ມີຊື່: ກະລຸນາປ້ອນຖັນ name ຂອງມັນ</translation>
        </message>
        <message>
            <source>the {column} refers to '{name}', which is not a name on the survey sheet</source>
            <translation>{column} ອ້າງເຖິງ '{name}', ເຊິ່ງບໍ່ແມ່ນຊື່ໃນແຜ່ນງານ survey</translation>
        </message>
        <message>
            <source>the {column} refers to '{name}', a name used more than once on the survey sheet: a name referred to must be used only once</source>
            <translation>{column} ອ້າງເຖິງ '{name}', ເຊິ່ງເປັນຊື່ທີ່ໃຊ້ຫຼາຍກວ່າໜຶ່ງເທື່ອໃນແຜ່ນງານ survey: ຊື່ທີ່ຖືກອ້າງເຖິງຕ້ອງໃຊ້ພຽງເທື່ອດຽວ</translation>
        </message>
        <message>
            <source>'begin {type}' {name} has no 'end {type}' after it</source>
            <translation>'begin {type}' {name} ບໍ່ມີ 'end {type}' ຢູ່ຫຼັງ</translation>
        </message>
        <message>
            <source>'end {type}' {name} has no 'begin {type}' before it</source>
            <translation>'end {type}' {name} ບໍ່ມີ 'begin {type}' ຢູ່ກ່ອນ</translation>
        </message>
        <message>
            <source>the question or group has no name: fill in its name column</source>
            <translation>ຄຳຖາມ ຫຼື ກຸ່ມບໍ່ມີຊື່: ກະລຸນາປ້ອນຖັນ name ຂອງມັນ</translation>
        </message>
        <message>
            <source>the workbook has no sheet named 'survey'</source>
            <translation>ໄຟລ໌ Excel ບໍ່ມີແຜ່ນງານຊື່ 'survey'</translation>
        </message>
        <message>
            <source>the column '{column}' is in the header row twice</source>
            <translation>ຖັນ '{column}' ມີສອງເທື່ອໃນແຖວຫົວຖັນ</translation>
        </message>
        <message>
            <source>omit_instanceID cannot be used with encryption (public_key): encrypted forms need the instanceID</source>
            <translation>ໃຊ້ omit_instanceID ກັບການເຂົ້າລະຫັດ (public_key) ບໍ່ໄດ້: ແບບຟອມທີ່ເຂົ້າລະຫັດຕ້ອງມີ instanceID</translation>
        </message>
        <message>
            <source>the language '{language}' has no text in these {sheet} columns: {columns}</source>
            <translation>ພາສາ '{language}' ບໍ່ມີຂໍ້ຄວາມໃນຖັນ {sheet} ເຫຼົ່ານີ້: {columns}</translation>
        </message>
        <message>
            <source>these languages have no valid language code: {languages}; write them as 'Khmer (km)'. Learn more: {link}</source>
            <translation>ພາສາເຫຼົ່ານີ້ບໍ່ມີລະຫັດພາສາທີ່ຖືກຕ້ອງ: {languages}; ກະລຸນາຂຽນແບບ 'Khmer (km)'. ຮຽນຮູ້ເພີ່ມເຕີມ: {link}</translation>
        </message>
        <message>
            <source>add the parameter max-pixels (for example max-pixels=1024) to make photos smaller. Learn more: {link}</source>
            <translation>ກະລຸນາເພີ່ມພາຣາມິເຕີ max-pixels (ຕົວຢ່າງ max-pixels=1024) ເພື່ອເຮັດໃຫ້ຮູບນ້ອຍລົງ. ຮຽນຮູ້ເພີ່ມເຕີມ: {link}</translation>
        </message>
        <message>
            <source>'{name}' has neither a label nor a hint</source>
            <translation>'{name}' ບໍ່ມີທັງປ້າຍກຳກັບ (label) ແລະ ຄຳແນະນຳ (hint)</translation>
        </message>
        <message>
            <source>the file '{file}' was not found</source>
            <translation>ບໍ່ພົບໄຟລ໌ '{file}'</translation>
        </message>
        <message>
            <source>'{file}' is not an Excel workbook: save the XLSForm as .xlsx and import it again</source>
            <translation>'{file}' ບໍ່ແມ່ນໄຟລ໌ Excel: ກະລຸນາບັນທຶກ XLSForm ເປັນ .xlsx ແລ້ວນຳເຂົ້າອີກຄັ້ງ</translation>
        </message>
        <message>
            <source>the file '{file}' could not be read: {error}</source>
            <translation>ບໍ່ສາມາດອ່ານໄຟລ໌ '{file}' ໄດ້: {error}</translation>
        </message>
        <message>
            <source>the folder '{folder}'</source>
            <translation>ໂຟນເດີ '{folder}'</translation>
        </message>
        <message>
            <source>the folder '{folder}' next to the form</source>
            <translation>ໂຟນເດີ '{folder}' ທີ່ຢູ່ຄຽງແບບຟອມ</translation>
        </message>
        <message>
            <source>the files given with the form</source>
            <translation>ໄຟລ໌ທີ່ໃຫ້ມາພ້ອມແບບຟອມ</translation>
        </message>
        <message>
            <source>the form could not be read: {error}</source>
            <translation>ບໍ່ສາມາດອ່ານແບບຟອມໄດ້: {error}</translation>
        </message>
        <message>
            <source>'select_multiple {name}' (several of the answers given in a repeat) cannot be read: pyxform does not read a select_multiple of a repeat's answers; use 'select_one {name}', or a list on the choices sheet</source>
            <translation>ບໍ່ສາມາດອ່ານ 'select_multiple {name}' (ເລືອກຫຼາຍຄຳຕອບຈາກຄຳຕອບທີ່ໃຫ້ໃນ repeat) ໄດ້: pyxform ບໍ່ອ່ານ select_multiple ຈາກຄຳຕອບຂອງ repeat; ກະລຸນາໃຊ້ 'select_one {name}' ຫຼື ລາຍການໃນແຜ່ນງານ choices</translation>
        </message>
        <message>
            <source>the file could not be read as an XLSForm workbook (.xlsx or .xls): {error}</source>
            <translation>ບໍ່ສາມາດອ່ານໄຟລ໌ນີ້ເປັນໄຟລ໌ XLSForm (.xlsx ຫຼື .xls) ໄດ້: {error}</translation>
        </message>
        <message>
            <source>the form has no questions to ask: add rows with a question type (text, integer, select_one ...) to the survey sheet</source>
            <translation>ແບບຟອມບໍ່ມີຄຳຖາມ: ກະລຸນາເພີ່ມແຖວທີ່ມີປະເພດຄຳຖາມ (text, integer, select_one ...) ໃນແຜ່ນງານ survey</translation>
        </message>
        <message>
            <source>{what} needs the choice list '{list}', but the workbook has no choices sheet</source>
            <translation>{what} ຕ້ອງການລາຍການຕົວເລືອກ '{list}', ແຕ່ໄຟລ໌ Excel ບໍ່ມີແຜ່ນງານ choices</translation>
        </message>
        <message>
            <source>the choice list '{list}' is not on the choices sheet{suggestion}</source>
            <translation>ລາຍການຕົວເລືອກ '{list}' ບໍ່ມີຢູ່ໃນແຜ່ນງານ choices{suggestion}</translation>
        </message>
        <message>
            <source>type '{type}' is not supported by GMS Desk; use select_multiple instead</source>
            <translation>GMS Desk ບໍ່ຮອງຮັບປະເພດ '{type}'; ກະລຸນາໃຊ້ select_multiple ແທນ</translation>
        </message>
        <message>
            <source>type '{type}'</source>
            <translation>ປະເພດ '{type}'</translation>
        </message>
        <message>
            <source>type '{type}' is not supported by GMS Desk; supported types: {types}, metadata (start, end, today, deviceid, username), groups, repeats and loops. Remove the row or change its type</source>
            <translation>GMS Desk ບໍ່ຮອງຮັບປະເພດ '{type}'; ປະເພດທີ່ຮອງຮັບ: {types}, metadata (start, end, today, deviceid, username), ກຸ່ມ (group), repeat ແລະ loop. ກະລຸນາລຶບແຖວນີ້ ຫຼື ປ່ຽນປະເພດຂອງມັນ</translation>
        </message>
        <message>
            <source>type '{type}' is not an XLSForm question type{suggestion}</source>
            <translation>ປະເພດ '{type}' ບໍ່ແມ່ນປະເພດຄຳຖາມຂອງ XLSForm{suggestion}</translation>
        </message>
        <message>
            <source>the name '{name}' is already used on row {row} in the same group; a name may be used again only in another group</source>
            <translation>ຊື່ '{name}' ໄດ້ໃຊ້ແລ້ວໃນແຖວທີ {row} ໃນກຸ່ມດຽວກັນ; ຊື່ໜຶ່ງໃຊ້ຊ້ຳໄດ້ສະເພາະໃນກຸ່ມອື່ນເທົ່ານັ້ນ</translation>
        </message>
        <message>
            <source> (did you mean '{name}'?)</source>
            <translation> (ທ່ານໝາຍເຖິງ '{name}' ບໍ?)</translation>
        </message>
        <message>
            <source>appearance '{appearance}' is ignored on the desktop</source>
            <translation>ຂ້າມ appearance '{appearance}' ໃນໂປຣແກຣມເທິງຄອມພິວເຕີ</translation>
        </message>
        <message>
            <source>parameters '{parameters}' are ignored for type '{type}'</source>
            <translation>ຂ້າມພາຣາມິເຕີ '{parameters}' ສຳລັບປະເພດ '{type}'</translation>
        </message>
        <message>
            <source>media is not shown by GMS Desk</source>
            <translation>GMS Desk ບໍ່ສະແດງສື່ (media)</translation>
        </message>
        <message>
            <source>setting '{setting}' is ignored: GMS Desk does not use it</source>
            <translation>ຂ້າມການຕັ້ງຄ່າ '{setting}': GMS Desk ບໍ່ໄດ້ໃຊ້</translation>
        </message>
        <message>
            <source>no form_id: using '{id}' (from the file name); set form_id so re-imports of a renamed file are recognised as the same form</source>
            <translation>ບໍ່ມີ form_id: ໃຊ້ '{id}' (ຈາກຊື່ໄຟລ໌); ກະລຸນາຕັ້ງ form_id ເພື່ອໃຫ້ການນຳເຂົ້າໄຟລ໌ທີ່ປ່ຽນຊື່ແລ້ວ ຖືກຮັບຮູ້ວ່າເປັນແບບຟອມດຽວກັນ</translation>
        </message>
        <message>
            <source>no version: using '{version}' (from the form's content); set version so responses can be matched to the form they were collected with</source>
            <translation>ບໍ່ມີ version: ໃຊ້ '{version}' (ຈາກເນື້ອໃນຂອງແບບຟອມ); ກະລຸນາຕັ້ງ version ເພື່ອໃຫ້ຊຸດຄຳຕອບຈັບຄູ່ກັບແບບຟອມທີ່ໃຊ້ເກັບຂໍ້ມູນໄດ້</translation>
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
        <name>GeoTraceWidget</name>
        <message>
            <source>One point a line: latitude longitude, for example 11.5564 104.9282</source>
            <translation>ແຖວລະໜຶ່ງຈຸດ: ເສັ້ນຂະໜານ ເສັ້ນແວງ, ຕົວຢ່າງ 11.5564 104.9282</translation>
        </message>
        <message>
            <source>Line %1 is not a point: write the latitude and the longitude, for example 11.5564 104.9282.</source>
            <translation>ແຖວທີ %1 ບໍ່ແມ່ນຈຸດ: ກະລຸນາຂຽນເສັ້ນຂະໜານ ແລະ ເສັ້ນແວງ, ຕົວຢ່າງ 11.5564 104.9282.</translation>
        </message>
        <message>
            <source>A shape needs at least three points.</source>
            <translation>ຮູບຮ່າງຕ້ອງມີຢ່າງໜ້ອຍສາມຈຸດ.</translation>
        </message>
        <message>
            <source>A line needs at least two points.</source>
            <translation>ເສັ້ນຕ້ອງມີຢ່າງໜ້ອຍສອງຈຸດ.</translation>
        </message>
        <message>
            <source>%1 points · %2 m²</source>
            <translation>%1 ຈຸດ · %2 m²</translation>
        </message>
        <message>
            <source>%1 points · %2 m long</source>
            <translation>%1 ຈຸດ · ຍາວ %2 m</translation>
        </message>
    </context>
    <context>
        <name>GeopointWidget</name>
        <message>
            <source>Latitude</source>
            <translation>ເສັ້ນຂະໜານ</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>ເສັ້ນແວງ</translation>
        </message>
        <message>
            <source>Altitude (m)</source>
            <translation>ລະດັບຄວາມສູງ (m)</translation>
        </message>
        <message>
            <source>Accuracy (m)</source>
            <translation>ຄວາມແມ່ນຍຳ (m)</translation>
        </message>
        <message>
            <source>Write the numbers as decimals, for example 11.5564.</source>
            <translation>ກະລຸນາຂຽນຕົວເລກເປັນທົດສະນິຍົມ, ຕົວຢ່າງ 11.5564.</translation>
        </message>
        <message>
            <source>Give both the latitude and the longitude.</source>
            <translation>ກະລຸນາໃສ່ທັງເສັ້ນຂະໜານ ແລະ ເສັ້ນແວງ.</translation>
        </message>
        <message>
            <source>The latitude is between -90 and 90 and the longitude between -180 and 180.</source>
            <translation>ເສັ້ນຂະໜານຕ້ອງຢູ່ລະຫວ່າງ -90 ຫາ 90 ແລະ ເສັ້ນແວງຢູ່ລະຫວ່າງ -180 ຫາ 180.</translation>
        </message>
        <message>
            <source>The accuracy is a distance in metres: 0 or more.</source>
            <translation>ຄວາມແມ່ນຍຳແມ່ນໄລຍະທາງເປັນແມັດ: 0 ຫຼື ຫຼາຍກວ່າ.</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Find</source>
            <translation>ຊອກຫາ</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>ພິມ</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>ບັນທຶກ</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>ໂຫຼດຄືນ</translation>
        </message>
        <message>
            <source>New</source>
            <translation>ສ້າງໃໝ່</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ລຶບ</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ຊ່ວຍເຫຼືອ(&amp;H)</translation>
        </message>
        <message>
            <source>Keyboard shortcuts and guide</source>
            <translation>ປຸ່ມລັດ ແລະ ຄູ່ມື</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>GMS Desk help</source>
            <translation>ຊ່ວຍເຫຼືອ GMS Desk</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>ປຸ່ມ</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>ໜ້າທີ່</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>ບ່ອນໃຊ້</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>ທຸກບ່ອນ</translation>
        </message>
        <message>
            <source>The keys of the area you are in work there; those marked Everywhere work in every area.</source>
            <translation>ປຸ່ມຂອງສ່ວນທີ່ທ່ານຢູ່ ໃຊ້ໄດ້ໃນສ່ວນນັ້ນ; ປຸ່ມທີ່ໝາຍວ່າ “ທຸກບ່ອນ” ໃຊ້ໄດ້ໃນທຸກສ່ວນ.</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>ປຸ່ມລັດ</translation>
        </message>
        <message>
            <source>Guide</source>
            <translation>ຄູ່ມື</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ປິດ</translation>
        </message>
        <message>
            <source>GMS Desk keeps your agency's SMEs, workshops, surveys and reports on this computer. Everything works without a connection: what you change waits, and is sent to headquarters when you sync.</source>
            <translation>GMS Desk ເກັບວິສາຫະກິດ, ກອງປະຊຸມສຳມະນາ, ການສຳຫຼວດ ແລະ ລາຍງານຂອງອົງກອນທ່ານໄວ້ໃນຄອມພິວເຕີນີ້. ທຸກຢ່າງໃຊ້ໄດ້ໂດຍບໍ່ຕ້ອງເຊື່ອມຕໍ່: ສິ່ງທີ່ທ່ານປ່ຽນແປງຈະລໍຖ້າ ແລະ ຖືກສົ່ງໄປສຳນັກງານໃຫຍ່ ເມື່ອທ່ານຊິ້ງຂໍ້ມູນ.</translation>
        </message>
        <message>
            <source>&lt;b&gt;SMEs&lt;/b&gt;: register a business with New SME; GMS Desk tells you when it may be registered already. The services, training, online presence and inquiries of an SME are kept with it.</source>
            <translation>&lt;b&gt;ວິສາຫະກິດ&lt;/b&gt;: ລົງທະບຽນທຸລະກິດດ້ວຍ “ວິສາຫະກິດໃໝ່”; GMS Desk ຈະບອກທ່ານ ຖ້າທຸລະກິດນັ້ນອາດລົງທະບຽນໄວ້ແລ້ວ. ການບໍລິການ, ການຝຶກອົບຮົມ, ຊ່ອງທາງອອນລາຍ ແລະ ການສອບຖາມຂອງວິສາຫະກິດ ຖືກເກັບໄວ້ນຳວິສາຫະກິດນັ້ນ.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Training&lt;/b&gt;: plan a workshop, enrol its participants, mark attendance and progress, and print certificates. &lt;b&gt;Surveys&lt;/b&gt;: fill in a form for an SME; the answers are summed up for you. &lt;b&gt;Reports&lt;/b&gt;: the programme's figures for a period, to print or export.</source>
            <translation>&lt;b&gt;ການຝຶກອົບຮົມ&lt;/b&gt;: ວາງແຜນກອງປະຊຸມສຳມະນາ, ລົງທະບຽນຜູ້ເຂົ້າຮ່ວມ, ໝາຍການເຂົ້າຮ່ວມ ແລະ ຄວາມຄືບໜ້າ, ແລະ ພິມໃບຢັ້ງຢືນ. &lt;b&gt;ການສຳຫຼວດ&lt;/b&gt;: ຕື່ມແບບຟອມສຳລັບວິສາຫະກິດ; ຄຳຕອບຈະຖືກສະຫຼຸບໃຫ້ທ່ານ. &lt;b&gt;ລາຍງານ&lt;/b&gt;: ຕົວເລກຂອງແຜນງານສຳລັບໄລຍະໃດໜຶ່ງ ເພື່ອພິມ ຫຼື ສົ່ງອອກ.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sync&lt;/b&gt;: enrol this computer once with the code headquarters gave you. Changes are then sent and received whenever there is a connection; without one, a sync bundle on a USB stick does the same.</source>
            <translation>&lt;b&gt;ຊິ້ງຂໍ້ມູນ&lt;/b&gt;: ລົງທະບຽນຄອມພິວເຕີນີ້ຄັ້ງດຽວ ດ້ວຍລະຫັດທີ່ສຳນັກງານໃຫຍ່ໃຫ້ທ່ານ. ຈາກນັ້ນ ການປ່ຽນແປງຈະຖືກສົ່ງ ແລະ ຮັບ ທຸກຄັ້ງທີ່ມີການເຊື່ອມຕໍ່; ຖ້າບໍ່ມີ, ໄຟລ໌ຊິ້ງຂໍ້ມູນໃນ USB ກໍເຮັດໄດ້ຄືກັນ.</translation>
        </message>
        <message>
            <source>In a form, Ctrl+S saves, Esc closes it without saving, and Tab moves to the next field. Ctrl+Z takes back the last change. &lt;b&gt;Settings&lt;/b&gt; holds the language, the text size, your name and the administrator role.</source>
            <translation>ໃນແບບຟອມ, Ctrl+S ບັນທຶກ, Esc ປິດໂດຍບໍ່ບັນທຶກ ແລະ Tab ໄປຊ່ອງຖັດໄປ. Ctrl+Z ຍົກເລີກການປ່ຽນແປງຄັ້ງສຸດທ້າຍ. &lt;b&gt;ການຕັ້ງຄ່າ&lt;/b&gt; ມີພາສາ, ຂະໜາດຕົວອັກສອນ, ຊື່ຂອງທ່ານ ແລະ ບົດບາດຜູ້ເບິ່ງແຍງລະບົບ.</translation>
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
        <name>IctTimeline</name>
        <message>
            <source>ICT history</source>
            <translation>ປະຫວັດ ICT</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>ວັນທີ</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>ສິ່ງທີ່ປ່ຽນແປງ</translation>
        </message>
        <message>
            <source>By</source>
            <translation>ໂດຍ</translation>
        </message>
        <message>
            <source>No changes recorded yet.</source>
            <translation>ຍັງບໍ່ມີການປ່ຽນແປງທີ່ບັນທຶກໄວ້.</translation>
        </message>
        <message>
            <source>%1 ICT level: %2</source>
            <translation>%1 ລະດັບ ICT: %2</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>ລົງທະບຽນເຂົ້າລະບົບ</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>ຖືກລຶບ</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>ຖືກກູ້ຄືນ</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ມີ</translation>
        </message>
        <message>
            <source>no</source>
            <translation>ບໍ່ມີ</translation>
        </message>
        <message>
            <source>now %1</source>
            <translation>ປັດຈຸບັນເປັນ %1</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>ຖືກລຶບ</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>ຖືກກູ້ຄືນ</translation>
        </message>
        <message>
            <source>registered</source>
            <translation>ລົງທະບຽນແລ້ວ</translation>
        </message>
        <message>
            <source>displaying products</source>
            <translation>ກຳລັງສະແດງສິນຄ້າ</translation>
        </message>
        <message>
            <source>inactive</source>
            <translation>ບໍ່ເຄື່ອນໄຫວ</translation>
        </message>
        <message>
            <source>Online presence</source>
            <translation>ຊ່ອງທາງອອນລາຍ</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>The file's text encoding is not recognised. Save it as CSV UTF-8 and try again.</source>
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
            <source>The workbook unpacks to far more data than a spreadsheet of its size holds, so it was not opened. Open it in Excel or LibreOffice, save it as CSV UTF-8 and import that.</source>
            <translation>ເມື່ອແຕກໄຟລ໌ອອກ ໄຟລ໌ Excel ນີ້ມີຂໍ້ມູນຫຼາຍເກີນກວ່າທີ່ໄຟລ໌ຕາຕະລາງຂະໜາດນີ້ຈະມີໄດ້ ຈຶ່ງບໍ່ໄດ້ເປີດ. ກະລຸນາເປີດໃນ Excel ຫຼື LibreOffice, ບັນທຶກເປັນ CSV UTF-8 ແລ້ວນຳເຂົ້າໄຟລ໌ນັ້ນ.</translation>
        </message>
        <message>
            <source>The sheet has more rows than Excel allows in one sheet. Split it into smaller files and import each.</source>
            <translation>ແຜ່ນງານນີ້ມີແຖວຫຼາຍກວ່າທີ່ Excel ອະນຸຍາດໃນໜຶ່ງແຜ່ນງານ. ກະລຸນາແບ່ງເປັນໄຟລ໌ນ້ອຍໆ ແລ້ວນຳເຂົ້າເທື່ອລະໄຟລ໌.</translation>
        </message>
        <message>
            <source>The first row has too many columns to be a list of SMEs. Check that it is the right file.</source>
            <translation>ແຖວທຳອິດມີຖັນຫຼາຍເກີນໄປ ບໍ່ນ່າຈະເປັນລາຍຊື່ວິສາຫະກິດ. ກະລຸນາກວດສອບວ່າແມ່ນໄຟລ໌ທີ່ຖືກຕ້ອງ.</translation>
        </message>
        <message>
            <source>A line of the file is too long to be a row of a table. Check that it is a CSV file.</source>
            <translation>ມີບັນທັດໜຶ່ງໃນໄຟລ໌ຍາວເກີນໄປ ບໍ່ນ່າຈະເປັນແຖວຂອງຕາຕະລາງ. ກະລຸນາກວດສອບວ່າແມ່ນໄຟລ໌ CSV.</translation>
        </message>
        <message>
            <source>Part of the file is not in the same text encoding as the rest, so it cannot be read.</source>
            <translation>ບາງສ່ວນຂອງໄຟລ໌ໃຊ້ການເຂົ້າລະຫັດຕົວອັກສອນຕ່າງຈາກສ່ວນອື່ນ ຈຶ່ງບໍ່ສາມາດອ່ານໄດ້.</translation>
        </message>
        <message>
            <source>Unicode (UTF-8)</source>
            <translation>ຢູນິໂຄດ (UTF-8)</translation>
        </message>
        <message>
            <source>Unicode (UTF-16)</source>
            <translation>ຢູນິໂຄດ (UTF-16)</translation>
        </message>
        <message>
            <source>Unicode (UTF-32)</source>
            <translation>ຢູນິໂຄດ (UTF-32)</translation>
        </message>
        <message>
            <source>Thai (Windows-874)</source>
            <translation>ພາສາໄທ (Windows-874)</translation>
        </message>
        <message>
            <source>Vietnamese (Windows-1258)</source>
            <translation>ພາສາຫວຽດນາມ (Windows-1258)</translation>
        </message>
        <message>
            <source>Chinese, simplified (GB18030)</source>
            <translation>ພາສາຈີນ ແບບຕົວຫຍໍ້ (GB18030)</translation>
        </message>
        <message>
            <source>Chinese, traditional (Big5)</source>
            <translation>ພາສາຈີນ ແບບຕົວເຕັມ (Big5)</translation>
        </message>
        <message>
            <source>The file's text can be read in more than one way. Choose the reading in which the names look right.</source>
            <translation>ຂໍ້ຄວາມໃນໄຟລ໌ນີ້ອ່ານໄດ້ຫຼາຍແບບ. ກະລຸນາເລືອກແບບທີ່ຊື່ຕ່າງໆສະແດງຖືກຕ້ອງ.</translation>
        </message>
        <message>
            <source>The file has no rows.</source>
            <translation>ໄຟລ໌ນີ້ບໍ່ມີແຖວຂໍ້ມູນ.</translation>
        </message>
        <message>
            <source>Reading the file was stopped.</source>
            <translation>ການອ່ານໄຟລ໌ຖືກຢຸດແລ້ວ.</translation>
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
            <source>Its text is read as %1.</source>
            <translation>ຂໍ້ຄວາມຂອງໄຟລ໌ຖືກອ່ານເປັນ %1.</translation>
        </message>
        <message>
            <source>The file has column names but no rows below them. Choose another file.</source>
            <translation>ໄຟລ໌ນີ້ມີຊື່ຖັນ ແຕ່ບໍ່ມີແຖວຂໍ້ມູນຢູ່ລຸ່ມ. ກະລຸນາເລືອກໄຟລ໌ອື່ນ.</translation>
        </message>
        <message>
            <source>The text of this file can be read in more than one way. Choose the reading in which the names look right; the file is then read that way.</source>
            <translation>ຂໍ້ຄວາມໃນໄຟລ໌ນີ້ອ່ານໄດ້ຫຼາຍແບບ. ກະລຸນາເລືອກແບບທີ່ຊື່ຕ່າງໆສະແດງຖືກຕ້ອງ; ຈາກນັ້ນໄຟລ໌ຈະຖືກອ່ານຕາມແບບນັ້ນ.</translation>
        </message>
        <message>
            <source>Read the file as %1</source>
            <translation>ອ່ານໄຟລ໌ເປັນ %1</translation>
        </message>
        <message>
            <source>The first rows read as %1</source>
            <translation>ແຖວທຳອິດໆ ເມື່ອອ່ານເປັນ %1</translation>
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
            <source>The first %1 are listed; correct those and import again to see the rest.</source>
            <translation>ສະແດງພຽງ %1 ແຖວທຳອິດ; ກະລຸນາແກ້ໄຂແຖວເຫຼົ່ານັ້ນ ແລ້ວນຳເຂົ້າອີກຄັ້ງເພື່ອເບິ່ງແຖວທີ່ເຫຼືອ.</translation>
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
        <name>Indicators</name>
        <message>
            <source>Evaluation: relevance</source>
            <translation>ການປະເມີນ: ຄວາມກ່ຽວຂ້ອງ</translation>
        </message>
        <message>
            <source>Evaluation: efficiency</source>
            <translation>ການປະເມີນ: ປະສິດທິພາບ</translation>
        </message>
        <message>
            <source>Evaluation: effectiveness</source>
            <translation>ການປະເມີນ: ປະສິດທິຜົນ</translation>
        </message>
        <message>
            <source>Evaluation: impact</source>
            <translation>ການປະເມີນ: ຜົນກະທົບ</translation>
        </message>
        <message>
            <source>Evaluation: sustainability</source>
            <translation>ການປະເມີນ: ຄວາມຍືນຍົງ</translation>
        </message>
        <message>
            <source>Workshops held</source>
            <translation>ກອງປະຊຸມສຳມະນາທີ່ໄດ້ຈັດ</translation>
        </message>
        <message>
            <source>Training workshops marked running or done, counted in the period of their first day, where they took place.</source>
            <translation>ກອງປະຊຸມສຳມະນາຝຶກອົບຮົມທີ່ມີສະຖານະ “ກຳລັງດຳເນີນ” ຫຼື “ສຳເລັດແລ້ວ”, ນັບໃນໄລຍະທີ່ມີມື້ທຳອິດຂອງກອງປະຊຸມ ແລະ ນັບຕາມສະຖານທີ່ຈັດ.</translation>
        </message>
        <message>
            <source>People trained</source>
            <translation>ຜູ້ທີ່ໄດ້ຮັບການຝຶກອົບຮົມ</translation>
        </message>
        <message>
            <source>People who completed at least one training module in the period, each counted once. A person is placed where their SME is; a person with no SME, where the first workshop they took part in was held.</source>
            <translation>ບຸກຄົນທີ່ຮຽນຈົບຢ່າງໜ້ອຍໜຶ່ງບົດຮຽນຝຶກອົບຮົມໃນໄລຍະ, ແຕ່ລະຄົນນັບພຽງເທື່ອດຽວ. ບຸກຄົນຖືກນັບຕາມທີ່ຕັ້ງຂອງວິສາຫະກິດຂອງຕົນ; ບຸກຄົນທີ່ບໍ່ມີວິສາຫະກິດ ຖືກນັບຕາມສະຖານທີ່ຈັດກອງປະຊຸມສຳມະນາຄັ້ງທຳອິດທີ່ຕົນເຂົ້າຮ່ວມ.</translation>
        </message>
        <message>
            <source>People who completed their track</source>
            <translation>ຜູ້ທີ່ຮຽນຈົບຫຼັກສູດຂອງຕົນ</translation>
        </message>
        <message>
            <source>People who completed every module of a workshop's track, counted in the period they completed the last one, each person once.</source>
            <translation>ບຸກຄົນທີ່ຮຽນຈົບທຸກບົດຮຽນຂອງຫຼັກສູດຂອງກອງປະຊຸມສຳມະນາໃດໜຶ່ງ, ນັບໃນໄລຍະທີ່ຮຽນຈົບບົດຮຽນສຸດທ້າຍ, ແຕ່ລະຄົນນັບພຽງເທື່ອດຽວ.</translation>
        </message>
        <message>
            <source>SMEs with a person trained</source>
            <translation>ວິສາຫະກິດທີ່ມີຄົນໄດ້ຮັບການຝຶກອົບຮົມ</translation>
        </message>
        <message>
            <source>SMEs with at least one person who completed a training module in the period.</source>
            <translation>ວິສາຫະກິດທີ່ມີຢ່າງໜ້ອຍໜຶ່ງຄົນຮຽນຈົບບົດຮຽນຝຶກອົບຮົມໜຶ່ງບົດໃນໄລຍະ.</translation>
        </message>
        <message>
            <source>Completion rate</source>
            <translation>ອັດຕາການຮຽນຈົບ</translation>
        </message>
        <message>
            <source>Of the people enrolled in the workshops held that started in the period, the share who completed every module of their workshop.</source>
            <translation>ໃນຈຳນວນຜູ້ທີ່ລົງທະບຽນໃນກອງປະຊຸມສຳມະນາທີ່ໄດ້ຈັດ ແລະ ເລີ່ມໃນໄລຍະ, ອັດຕາສ່ວນຂອງຜູ້ທີ່ຮຽນຈົບທຸກບົດຮຽນຂອງກອງປະຊຸມສຳມະນາຂອງຕົນ.</translation>
        </message>
        <message>
            <source>Average score gain</source>
            <translation>ຄະແນນທີ່ເພີ່ມຂຶ້ນສະເລ່ຍ</translation>
        </message>
        <message>
            <source>Post-test score minus pre-test score (points out of 100), averaged over the participants with both scores in the workshops held that started in the period.</source>
            <translation>ຄະແນນທົດສອບຫຼັງຮຽນ ລົບດ້ວຍຄະແນນທົດສອບກ່ອນຮຽນ (ຄະແນນເຕັມ 100), ສະເລ່ຍຈາກຜູ້ເຂົ້າຮ່ວມທີ່ມີທັງສອງຄະແນນ ໃນກອງປະຊຸມສຳມະນາທີ່ໄດ້ຈັດ ແລະ ເລີ່ມໃນໄລຍະ.</translation>
        </message>
        <message>
            <source>Awareness events held</source>
            <translation>ກິດຈະກຳປູກຈິດສຳນຶກທີ່ໄດ້ຈັດ</translation>
        </message>
        <message>
            <source>Road shows, media campaigns, launches, consultations and seminars held in the period (by their first day).</source>
            <translation>ການໂຄສະນາເຄື່ອນທີ່, ການໂຄສະນາຜ່ານສື່, ພິທີເປີດຕົວ, ການປຶກສາຫາລື ແລະ ສຳມະນາເຜີຍແຜ່ ທີ່ໄດ້ຈັດໃນໄລຍະ (ນັບຕາມມື້ທຳອິດ).</translation>
        </message>
        <message>
            <source>People reached by events</source>
            <translation>ຄົນທີ່ກິດຈະກຳເຂົ້າເຖິງ</translation>
        </message>
        <message>
            <source>The audiences of the awareness events held in the period, added up, by sex as recorded.</source>
            <translation>ຜົນລວມຂອງຜູ້ເຂົ້າຮ່ວມກິດຈະກຳປູກຈິດສຳນຶກທີ່ໄດ້ຈັດໃນໄລຍະ, ແຍກຕາມເພດຕາມທີ່ໄດ້ບັນທຶກ.</translation>
        </message>
        <message>
            <source>Agencies offering e-business services</source>
            <translation>ອົງກອນທີ່ໃຫ້ການບໍລິການທຸລະກິດເອເລັກໂຕຣນິກ</translation>
        </message>
        <message>
            <source>Agencies of the network whose profile lists at least one e-business service, as of the end of the period.</source>
            <translation>ອົງກອນໃນເຄືອຂ່າຍ ທີ່ຂໍ້ມູນຂອງອົງກອນມີການບໍລິການທຸລະກິດເອເລັກໂຕຣນິກຢ່າງໜ້ອຍໜຶ່ງລາຍການ, ນັບຮອດທ້າຍໄລຍະ.</translation>
        </message>
        <message>
            <source>Agencies active</source>
            <translation>ອົງກອນທີ່ເຄື່ອນໄຫວ</translation>
        </message>
        <message>
            <source>Agencies that recorded a service delivered, a workshop held or an awareness event in the period.</source>
            <translation>ອົງກອນທີ່ໄດ້ບັນທຶກການບໍລິການທີ່ໄດ້ໃຫ້, ກອງປະຊຸມສຳມະນາທີ່ໄດ້ຈັດ ຫຼື ກິດຈະກຳປູກຈິດສຳນຶກ ໃນໄລຍະ.</translation>
        </message>
        <message>
            <source>Services delivered</source>
            <translation>ການບໍລິການທີ່ໄດ້ໃຫ້</translation>
        </message>
        <message>
            <source>E-business services delivered to SMEs in the period.</source>
            <translation>ການບໍລິການທຸລະກິດເອເລັກໂຕຣນິກທີ່ໄດ້ໃຫ້ແກ່ວິສາຫະກິດໃນໄລຍະ.</translation>
        </message>
        <message>
            <source>SMEs served</source>
            <translation>ວິສາຫະກິດທີ່ໄດ້ຮັບການບໍລິການ</translation>
        </message>
        <message>
            <source>SMEs that received at least one e-business service in the period.</source>
            <translation>ວິສາຫະກິດທີ່ໄດ້ຮັບການບໍລິການທຸລະກິດເອເລັກໂຕຣນິກຢ່າງໜ້ອຍໜຶ່ງຄັ້ງໃນໄລຍະ.</translation>
        </message>
        <message>
            <source>Fees collected</source>
            <translation>ຄ່າບໍລິການທີ່ເກັບໄດ້</translation>
        </message>
        <message>
            <source>Fees paid for the services delivered in the period, by currency.</source>
            <translation>ຄ່າບໍລິການທີ່ໄດ້ຈ່າຍສຳລັບການບໍລິການທີ່ໄດ້ໃຫ້ໃນໄລຍະ, ແຍກຕາມສະກຸນເງິນ.</translation>
        </message>
        <message>
            <source>Share of services paid</source>
            <translation>ອັດຕາສ່ວນການບໍລິການທີ່ໄດ້ຈ່າຍຄ່າ</translation>
        </message>
        <message>
            <source>Of the services delivered in the period, the share with a fee that was paid (cost recovery).</source>
            <translation>ໃນຈຳນວນການບໍລິການທີ່ໄດ້ໃຫ້ໃນໄລຍະ, ອັດຕາສ່ວນຂອງການບໍລິການທີ່ມີຄ່າບໍລິການ ແລະ ໄດ້ຈ່າຍແລ້ວ (ການຟື້ນທຶນ).</translation>
        </message>
        <message>
            <source>SMEs online</source>
            <translation>ວິສາຫະກິດທີ່ມີຊ່ອງທາງອອນລາຍ</translation>
        </message>
        <message>
            <source>SMEs with a website, a social media page, an e-marketplace listing or online payment (ICT level 2 or 3) as of the end of the period: since the earliest of these they have now was set.</source>
            <translation>ວິສາຫະກິດທີ່ມີເວັບໄຊ, ໜ້າສື່ສັງຄົມອອນລາຍ, ລາຍການສິນຄ້າໃນຕະຫຼາດອອນລາຍ ຫຼື ການຊຳລະເງິນອອນລາຍ (ລະດັບ ICT 2 ຫຼື 3) ນັບຮອດທ້າຍໄລຍະ: ນັບແຕ່ວັນທີທີ່ສິ່ງທີ່ມີກ່ອນທີ່ສຸດ ໃນບັນດາສິ່ງທີ່ວິສາຫະກິດມີຢູ່ປັດຈຸບັນ ຖືກບັນທຶກ.</translation>
        </message>
        <message>
            <source>SMEs on e-marketplaces</source>
            <translation>ວິສາຫະກິດໃນຕະຫຼາດອອນລາຍ</translation>
        </message>
        <message>
            <source>SMEs selling on an e-marketplace or an agency portal, as of the end of the period.</source>
            <translation>ວິສາຫະກິດທີ່ຂາຍສິນຄ້າໃນຕະຫຼາດອອນລາຍ ຫຼື ເວັບໄຊຂອງອົງກອນ, ນັບຮອດທ້າຍໄລຍະ.</translation>
        </message>
        <message>
            <source>SMEs registered for e-procurement</source>
            <translation>ວິສາຫະກິດທີ່ລົງທະບຽນການຈັດຊື້ຈັດຈ້າງທາງເອເລັກໂຕຣນິກ</translation>
        </message>
        <message>
            <source>SMEs registered for e-procurement, as of the end of the period.</source>
            <translation>ວິສາຫະກິດທີ່ລົງທະບຽນການຈັດຊື້ຈັດຈ້າງທາງເອເລັກໂຕຣນິກ, ນັບຮອດທ້າຍໄລຍະ.</translation>
        </message>
        <message>
            <source>SMEs registered on a portal</source>
            <translation>ວິສາຫະກິດທີ່ລົງທະບຽນໃນເວັບໄຊຂອງອົງກອນ</translation>
        </message>
        <message>
            <source>SMEs registered on an agency portal (or displaying products there), as of the end of the period.</source>
            <translation>ວິສາຫະກິດທີ່ລົງທະບຽນໃນເວັບໄຊຂອງອົງກອນ (ຫຼື ກຳລັງສະແດງສິນຄ້າຢູ່ທີ່ນັ້ນ), ນັບຮອດທ້າຍໄລຍະ.</translation>
        </message>
        <message>
            <source>SMEs displaying products on a portal</source>
            <translation>ວິສາຫະກິດທີ່ສະແດງສິນຄ້າໃນເວັບໄຊຂອງອົງກອນ</translation>
        </message>
        <message>
            <source>SMEs displaying products on an agency portal, as of the end of the period.</source>
            <translation>ວິສາຫະກິດທີ່ກຳລັງສະແດງສິນຄ້າໃນເວັບໄຊຂອງອົງກອນ, ນັບຮອດທ້າຍໄລຍະ.</translation>
        </message>
        <message>
            <source>Inquiries received</source>
            <translation>ການສອບຖາມທີ່ໄດ້ຮັບ</translation>
        </message>
        <message>
            <source>Inquiries SMEs received in the period.</source>
            <translation>ການສອບຖາມທີ່ວິສາຫະກິດໄດ້ຮັບໃນໄລຍະ.</translation>
        </message>
        <message>
            <source>Inquiries from abroad</source>
            <translation>ການສອບຖາມຈາກຕ່າງປະເທດ</translation>
        </message>
        <message>
            <source>Inquiries received in the period from another country than the SME's (for an SME of Yunnan, China is not abroad).</source>
            <translation>ການສອບຖາມທີ່ໄດ້ຮັບໃນໄລຍະ ຈາກປະເທດອື່ນທີ່ບໍ່ແມ່ນປະເທດຂອງວິສາຫະກິດ (ສຳລັບວິສາຫະກິດຢູ່ຢູນນານ, ຈີນບໍ່ຖືວ່າເປັນຕ່າງປະເທດ).</translation>
        </message>
        <message>
            <source>Domestic inquiries</source>
            <translation>ການສອບຖາມພາຍໃນປະເທດ</translation>
        </message>
        <message>
            <source>Inquiries received in the period from the SME's own country.</source>
            <translation>ການສອບຖາມທີ່ໄດ້ຮັບໃນໄລຍະ ຈາກປະເທດຂອງວິສາຫະກິດເອງ.</translation>
        </message>
        <message>
            <source>Orders reported</source>
            <translation>ການສັ່ງຊື້ທີ່ໄດ້ລາຍງານ</translation>
        </message>
        <message>
            <source>Inquiries received in the period that became an order.</source>
            <translation>ການສອບຖາມທີ່ໄດ້ຮັບໃນໄລຍະ ທີ່ກາຍເປັນການສັ່ງຊື້.</translation>
        </message>
        <message>
            <source>Value of orders reported</source>
            <translation>ມູນຄ່າການສັ່ງຊື້ທີ່ໄດ້ລາຍງານ</translation>
        </message>
        <message>
            <source>The value of the orders from inquiries received in the period, by currency.</source>
            <translation>ມູນຄ່າການສັ່ງຊື້ຈາກການສອບຖາມທີ່ໄດ້ຮັບໃນໄລຍະ, ແຍກຕາມສະກຸນເງິນ.</translation>
        </message>
        <message>
            <source>SMEs that moved up the ICT ladder</source>
            <translation>ວິສາຫະກິດທີ່ຍົກລະດັບ ICT ຂຶ້ນ</translation>
        </message>
        <message>
            <source>SMEs whose ICT level (traditional, e-mail, web presence, e-business) at the end of the period was higher than at its start, or than when they were registered if that was later (without a start: than when they were registered).</source>
            <translation>ວິສາຫະກິດທີ່ລະດັບ ICT (ແບບດັ້ງເດີມ, ອີເມວ, ມີຕົວຕົນທາງອອນລາຍ, ທຸລະກິດເອເລັກໂຕຣນິກ) ໃນທ້າຍໄລຍະ ສູງກວ່າຕອນຕົ້ນໄລຍະ, ຫຼື ສູງກວ່າຕອນລົງທະບຽນ ຖ້າການລົງທະບຽນເກີດຂຶ້ນພາຍຫຼັງຕົ້ນໄລຍະ (ຖ້າໄລຍະບໍ່ມີວັນເລີ່ມຕົ້ນ: ສູງກວ່າຕອນລົງທະບຽນ).</translation>
        </message>
        <message>
            <source>The average rating (1 to 5) participants gave the workshop for this criterion in the workshop evaluation form, in the responses submitted in the period.</source>
            <translation>ຄະແນນປະເມີນສະເລ່ຍ (1 ຫາ 5) ທີ່ຜູ້ເຂົ້າຮ່ວມໃຫ້ແກ່ກອງປະຊຸມສຳມະນາ ສຳລັບເງື່ອນໄຂນີ້ ໃນແບບຟອມປະເມີນກອງປະຊຸມສຳມະນາ, ຈາກຊຸດຄຳຕອບທີ່ຍື່ນໃນໄລຍະ.</translation>
        </message>
        <message>
            <source>Choose what the indicator counts: survey responses or SMEs.</source>
            <translation>ກະລຸນາເລືອກສິ່ງທີ່ຕົວຊີ້ວັດນັບ: ຊຸດຄຳຕອບການສຳຫຼວດ ຫຼື ວິສາຫະກິດ.</translation>
        </message>
        <message>
            <source>Enter the id of the survey form.</source>
            <translation>ກະລຸນາປ້ອນລະຫັດແບບຟອມສຳຫຼວດ.</translation>
        </message>
        <message>
            <source>Enter the question's name as the form has it, for example r_relevance.</source>
            <translation>ກະລຸນາປ້ອນຊື່ຄຳຖາມຕາມທີ່ມີໃນແບບຟອມ, ຕົວຢ່າງ r_relevance.</translation>
        </message>
        <message>
            <source>Enter one answer as the form stores it, for example yes.</source>
            <translation>ກະລຸນາປ້ອນຄຳຕອບໜຶ່ງຕາມທີ່ແບບຟອມເກັບໄວ້, ຕົວຢ່າງ yes.</translation>
        </message>
        <message>
            <source>Pick the SMEs by one or more of their fields, for example sector = tourism.</source>
            <translation>ກະລຸນາເລືອກວິສາຫະກິດຕາມຊ່ອງຂໍ້ມູນໜຶ່ງ ຫຼື ຫຼາຍຊ່ອງ, ຕົວຢ່າງ sector = tourism.</translation>
        </message>
        <message>
            <source>Use letters, digits, dots, dashes and underscores for the code.</source>
            <translation>ໃຊ້ຕົວອັກສອນ, ຕົວເລກ, ຈຸດ (.), ຂີດ (-) ແລະ ຂີດກ້ອງ (_) ສຳລັບລະຫັດ.</translation>
        </message>
        <message>
            <source>Another indicator has this code.</source>
            <translation>ມີຕົວຊີ້ວັດອື່ນໃຊ້ລະຫັດນີ້ແລ້ວ.</translation>
        </message>
    </context>
    <context>
        <name>InquiriesView</name>
        <message>
            <source>Abroad</source>
            <translation>ຕ່າງປະເທດ</translation>
        </message>
        <message>
            <source>Domestic</source>
            <translation>ພາຍໃນປະເທດ</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>ບໍ່ຮູ້</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>ທຸກຊ່ອງທາງ</translation>
        </message>
        <message>
            <source>All outcomes</source>
            <translation>ທຸກຜົນໄດ້ຮັບ</translation>
        </message>
        <message>
            <source>From anywhere</source>
            <translation>ຈາກທຸກບ່ອນ</translation>
        </message>
        <message numerus="yes">
            <source>%Ln inquiry(ies)</source>
            <translation>
                <numerusform>%Ln ການສອບຖາມ</numerusform>
                <numerusform>%Ln ການສອບຖາມ</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 from abroad, %2 domestic, %3 not known</source>
            <translation>ຈາກຕ່າງປະເທດ %1, ພາຍໃນປະເທດ %2, ບໍ່ຮູ້ %3</translation>
        </message>
        <message numerus="yes">
            <source>%Ln order(s)</source>
            <translation>
                <numerusform>%Ln ການສັ່ງຊື້</numerusform>
                <numerusform>%Ln ການສັ່ງຊື້</numerusform>
            </translation>
        </message>
        <message>
            <source>Abroad or domestic</source>
            <translation>ຕ່າງປະເທດ ຫຼື ພາຍໃນປະເທດ</translation>
        </message>
        <message>
            <source>Export inquiries</source>
            <translation>ສົ່ງອອກຂໍ້ມູນການສອບຖາມ</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln inquiry(ies) to %1.</source>
            <translation>
                <numerusform>ສົ່ງອອກ %Ln ການສອບຖາມໄປທີ່ %1 ແລ້ວ.</numerusform>
                <numerusform>ສົ່ງອອກ %Ln ການສອບຖາມໄປທີ່ %1 ແລ້ວ.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InquiryDialog</name>
        <message>
            <source>Inquiry received</source>
            <translation>ການສອບຖາມທີ່ໄດ້ຮັບ</translation>
        </message>
        <message>
            <source>Edit inquiry</source>
            <translation>ແກ້ໄຂການສອບຖາມ</translation>
        </message>
        <message>
            <source>Type to search, e.g. Japan</source>
            <translation>ພິມເພື່ອຊອກຫາ, ເຊັ່ນ: ຍີ່ປຸ່ນ</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>ເລືອກ…</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>ບໍ່ຮູ້</translation>
        </message>
        <message>
            <source>Service: %1</source>
            <translation>ການບໍລິການ: %1</translation>
        </message>
        <message>
            <source>Deleted since</source>
            <translation>ຖືກລຶບໄປແລ້ວ</translation>
        </message>
        <message>
            <source>Not known yet</source>
            <translation>ຍັງບໍ່ຮູ້</translation>
        </message>
        <message>
            <source>When it led to an order</source>
            <translation>ເມື່ອນຳໄປສູ່ການສັ່ງຊື້</translation>
        </message>
        <message>
            <source>Received on:</source>
            <translation>ວັນທີໄດ້ຮັບ:</translation>
        </message>
        <message>
            <source>Channel:</source>
            <translation>ຊ່ອງທາງ:</translation>
        </message>
        <message>
            <source>From country:</source>
            <translation>ມາຈາກປະເທດ:</translation>
        </message>
        <message>
            <source>Through:</source>
            <translation>ຜ່ານ:</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>ຜົນໄດ້ຮັບ:</translation>
        </message>
        <message>
            <source>Order value:</source>
            <translation>ມູນຄ່າການສັ່ງຊື້:</translation>
        </message>
        <message>
            <source>Staff:</source>
            <translation>ພະນັກງານ:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>ໝາຍເຫດ:</translation>
        </message>
    </context>
    <context>
        <name>LabelMedia</name>
        <message>
            <source>Play the recording</source>
            <translation>ຫຼິ້ນສຽງບັນທຶກ</translation>
        </message>
        <message>
            <source>Play the video</source>
            <translation>ຫຼິ້ນວິດີໂອ</translation>
        </message>
        <message>
            <source>%1 did not come with the form, so it cannot be played.</source>
            <translation>%1 ບໍ່ໄດ້ມາພ້ອມກັບແບບຟອມ, ຈຶ່ງຫຼິ້ນບໍ່ໄດ້.</translation>
        </message>
        <message>
            <source>%1 could not be made ready to play: %2</source>
            <translation>ບໍ່ສາມາດກຽມ %1 ໃຫ້ພ້ອມຫຼິ້ນໄດ້: %2</translation>
        </message>
        <message>
            <source>No program on this computer plays %1.</source>
            <translation>ບໍ່ມີໂປຣແກຣມໃນຄອມພິວເຕີນີ້ທີ່ຫຼິ້ນ %1 ໄດ້.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>%1 (no. %2)</source>
            <translation>%1 (ສະບັບທີ %2)</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 ໄບຕ໌</translation>
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
            <translation>ຂໍ້ມູນສາທິດ</translation>
        </message>
        <message>
            <source>someone (no name given)</source>
            <translation>ບາງຄົນ (ບໍ່ໄດ້ລະບຸຊື່)</translation>
        </message>
    </context>
    <context>
        <name>LadderStrip</name>
        <message>
            <source>ICT level, %1 to %2: %3</source>
            <translation>ລະດັບ ICT, %1 ຫາ %2: %3</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Welcome to GMS Desk</source>
            <translation>ຍິນດີຕ້ອນຮັບສູ່ GMS Desk</translation>
        </message>
        <message>
            <source>Choose the language GMS Desk speaks. You can change it later in Settings.</source>
            <translation>ເລືອກພາສາທີ່ GMS Desk ໃຊ້. ທ່ານສາມາດປ່ຽນໄດ້ພາຍຫຼັງໃນ “ການຕັ້ງຄ່າ”.</translation>
        </message>
    </context>
    <context>
        <name>LanguagesDialog</name>
        <message>
            <source>Languages</source>
            <translation>ພາສາ</translation>
        </message>
        <message>
            <source>Search languages</source>
            <translation>ຊອກຫາພາສາ</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>ຕົກລົງ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ຍົກເລີກ</translation>
        </message>
    </context>
    <context>
        <name>LanguagesField</name>
        <message>
            <source>None chosen</source>
            <translation>ຍັງບໍ່ໄດ້ເລືອກ</translation>
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
            <source>Sync</source>
            <translation>ຊິ້ງຂໍ້ມູນ</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>ການຕັ້ງຄ່າ</translation>
        </message>
        <message>
            <source>Go to %1</source>
            <translation>ໄປທີ່ %1</translation>
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
        <name>MapDialog</name>
        <message>
            <source>Map</source>
            <translation>ແຜນທີ່</translation>
        </message>
        <message>
            <source>Zoom in (+)</source>
            <translation>ຊູມເຂົ້າ (+)</translation>
        </message>
        <message>
            <source>The answer on the map. Drag to move the map; turn the mouse wheel or press + and - to zoom.</source>
            <translation>ຄຳຕອບຢູ່ເທິງແຜນທີ່. ລາກເພື່ອເລື່ອນແຜນທີ່; ໝຸນລໍ້ເມົ້າ ຫຼື ກົດ + ແລະ - ເພື່ອຊູມ.</translation>
        </message>
        <message>
            <source>Click the place to put the point there (or press Space for the cross in the middle). Drag to move the map; turn the mouse wheel or press + and - to zoom.</source>
            <translation>ຄລິກບ່ອນທີ່ຕ້ອງການເພື່ອວາງຈຸດ (ຫຼື ກົດ Space ເພື່ອໃຊ້ເຄື່ອງໝາຍກາກະບາດຢູ່ກາງ). ລາກເພື່ອເລື່ອນແຜນທີ່; ໝຸນລໍ້ເມົ້າ ຫຼື ກົດ + ແລະ - ເພື່ອຊູມ.</translation>
        </message>
        <message>
            <source>Click each corner of the shape in turn (or press Space for the cross in the middle); the shape closes by itself. Backspace removes the last corner. Drag to move the map; the mouse wheel or + and - zoom.</source>
            <translation>ຄລິກແຕ່ລະມຸມຂອງຮູບຮ່າງຕາມລຳດັບ (ຫຼື ກົດ Space ເພື່ອໃຊ້ເຄື່ອງໝາຍກາກະບາດຢູ່ກາງ); ຮູບຮ່າງຈະປິດເອງ. ກົດ Backspace ເພື່ອລຶບມຸມສຸດທ້າຍ. ລາກເພື່ອເລື່ອນແຜນທີ່; ໃຊ້ລໍ້ເມົ້າ ຫຼື + ແລະ - ເພື່ອຊູມ.</translation>
        </message>
        <message>
            <source>Click each point of the line in turn (or press Space for the cross in the middle). Backspace removes the last point. Drag to move the map; the mouse wheel or + and - zoom.</source>
            <translation>ຄລິກແຕ່ລະຈຸດຂອງເສັ້ນຕາມລຳດັບ (ຫຼື ກົດ Space ເພື່ອໃຊ້ເຄື່ອງໝາຍກາກະບາດຢູ່ກາງ). ກົດ Backspace ເພື່ອລຶບຈຸດສຸດທ້າຍ. ລາກເພື່ອເລື່ອນແຜນທີ່; ໃຊ້ລໍ້ເມົ້າ ຫຼື + ແລະ - ເພື່ອຊູມ.</translation>
        </message>
        <message>
            <source>Zoom out (-)</source>
            <translation>ຊູມອອກ (-)</translation>
        </message>
        <message>
            <source>Choose map tiles…</source>
            <translation>ເລືອກແຜ່ນແຜນທີ່…</translation>
        </message>
        <message>
            <source>An MBTiles file…</source>
            <translation>ໄຟລ໌ MBTiles…</translation>
        </message>
        <message>
            <source>A folder of tiles (zoom/x/y.png)…</source>
            <translation>ໂຟນເດີແຜ່ນແຜນທີ່ (zoom/x/y.png)…</translation>
        </message>
        <message>
            <source>Remove last point</source>
            <translation>ລຶບຈຸດສຸດທ້າຍ</translation>
        </message>
        <message>
            <source>Remove the point</source>
            <translation>ລຶບຈຸດ</translation>
        </message>
        <message>
            <source>Remove all</source>
            <translation>ລຶບທັງໝົດ</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ປິດ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ຍົກເລີກ</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>ຕົກລົງ</translation>
        </message>
        <message>
            <source>Use this answer (Ctrl+Enter)</source>
            <translation>ໃຊ້ຄຳຕອບນີ້ (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>No map tiles are set up on this laptop, so no map can be shown. Choose map tiles kept on this laptop: an MBTiles file, or a folder of tiles (zoom/x/y.png). You can also close this and type the location.</source>
            <translation>ຍັງບໍ່ໄດ້ຕັ້ງແຜ່ນແຜນທີ່ (map tiles) ໃນຄອມພິວເຕີນີ້, ຈຶ່ງບໍ່ສາມາດສະແດງແຜນທີ່ໄດ້. ກະລຸນາເລືອກແຜ່ນແຜນທີ່ທີ່ເກັບໄວ້ໃນຄອມພິວເຕີນີ້: ໄຟລ໌ MBTiles ຫຼື ໂຟນເດີແຜ່ນແຜນທີ່ (zoom/x/y.png). ທ່ານຍັງສາມາດປິດໜ້ານີ້ ແລ້ວພິມທີ່ຕັ້ງເອງໄດ້.</translation>
        </message>
        <message>
            <source>The map tiles chosen for this laptop (%1) are no longer there. Choose map tiles again, or close this and type the location.</source>
            <translation>ແຜ່ນແຜນທີ່ທີ່ເລືອກໄວ້ສຳລັບຄອມພິວເຕີນີ້ (%1) ບໍ່ມີຢູ່ແລ້ວ. ກະລຸນາເລືອກແຜ່ນແຜນທີ່ອີກຄັ້ງ ຫຼື ປິດໜ້ານີ້ ແລ້ວພິມທີ່ຕັ້ງເອງ.</translation>
        </message>
        <message>
            <source>%1 holds vector tiles, which GMS Desk cannot draw. Choose raster tiles (PNG or JPEG pictures) instead.</source>
            <translation>%1 ມີແຜ່ນແຜນທີ່ແບບ vector ເຊິ່ງ GMS Desk ແຕ້ມບໍ່ໄດ້. ກະລຸນາເລືອກແຜ່ນແຜນທີ່ແບບ raster (ຮູບ PNG ຫຼື JPEG) ແທນ.</translation>
        </message>
        <message>
            <source>%1 holds no map tiles. Choose an MBTiles file or a folder of tiles (zoom/x/y.png).</source>
            <translation>%1 ບໍ່ມີແຜ່ນແຜນທີ່. ກະລຸນາເລືອກໄຟລ໌ MBTiles ຫຼື ໂຟນເດີແຜ່ນແຜນທີ່ (zoom/x/y.png).</translation>
        </message>
        <message>
            <source>%1 cannot be read as map tiles. Choose an MBTiles file or a folder of tiles (zoom/x/y.png).</source>
            <translation>ບໍ່ສາມາດອ່ານ %1 ເປັນແຜ່ນແຜນທີ່ໄດ້. ກະລຸນາເລືອກໄຟລ໌ MBTiles ຫຼື ໂຟນເດີແຜ່ນແຜນທີ່ (zoom/x/y.png).</translation>
        </message>
        <message>
            <source>These map tiles could not be remembered for next time.</source>
            <translation>ບໍ່ສາມາດຈື່ແຜ່ນແຜນທີ່ເຫຼົ່ານີ້ໄວ້ສຳລັບຄັ້ງຕໍ່ໄປໄດ້.</translation>
        </message>
        <message>
            <source>Choose map tiles</source>
            <translation>ເລືອກແຜ່ນແຜນທີ່</translation>
        </message>
        <message>
            <source>Map tiles (*.mbtiles);;All files (*)</source>
            <translation>ແຜ່ນແຜນທີ່ (*.mbtiles);;ໄຟລ໌ທັງໝົດ (*)</translation>
        </message>
        <message>
            <source>Choose a folder of map tiles</source>
            <translation>ເລືອກໂຟນເດີແຜ່ນແຜນທີ່</translation>
        </message>
        <message>
            <source>A line needs at least two points.</source>
            <translation>ເສັ້ນຕ້ອງມີຢ່າງໜ້ອຍສອງຈຸດ.</translation>
        </message>
        <message>
            <source>A shape needs at least three points.</source>
            <translation>ຮູບຮ່າງຕ້ອງມີຢ່າງໜ້ອຍສາມຈຸດ.</translation>
        </message>
        <message>
            <source>Latitude %1, longitude %2</source>
            <translation>ເສັ້ນຂະໜານ %1, ເສັ້ນແວງ %2</translation>
        </message>
        <message>
            <source>No point yet.</source>
            <translation>ຍັງບໍ່ມີຈຸດ.</translation>
        </message>
        <message>
            <source>Points: %1</source>
            <translation>ຈຸດ: %1</translation>
        </message>
        <message>
            <source>No points yet.</source>
            <translation>ຍັງບໍ່ມີຈຸດໃດ.</translation>
        </message>
        <message>
            <source>Map…</source>
            <translation>ແຜນທີ່…</translation>
        </message>
        <message>
            <source>Pick the place on a map kept on this laptop (no internet needed)</source>
            <translation>ເລືອກທີ່ຕັ້ງເທິງແຜນທີ່ທີ່ເກັບໄວ້ໃນຄອມພິວເຕີນີ້ (ບໍ່ຕ້ອງໃຊ້ອິນເຕີເນັດ)</translation>
        </message>
    </context>
    <context>
        <name>MediaWidget</name>
        <message>
            <source>Choose a photo…</source>
            <translation>ເລືອກຮູບ…</translation>
        </message>
        <message>
            <source>Choose a file…</source>
            <translation>ເລືອກໄຟລ໌…</translation>
        </message>
        <message>
            <source>Take a photo…</source>
            <translation>ຖ່າຍຮູບ…</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>ຫຼິ້ນ</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>ເປີດ</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>ເອົາອອກ</translation>
        </message>
        <message>
            <source>No file yet.</source>
            <translation>ຍັງບໍ່ມີໄຟລ໌.</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>ບໍ່ມີຮູບ</translation>
        </message>
        <message>
            <source>Not on this laptop: it is fetched from headquarters when you open it.</source>
            <translation>ບໍ່ມີໃນຄອມພິວເຕີນີ້: ຈະດຶງມາຈາກສຳນັກງານໃຫຍ່ ເມື່ອທ່ານເປີດ.</translation>
        </message>
        <message>
            <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</source>
            <translation>ຮູບຖ່າຍ (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</translation>
        </message>
        <message>
            <source>Recordings (*.m4a *.mp3 *.wav *.ogg *.opus *.amr *.aac *.3gp)</source>
            <translation>ສຽງບັນທຶກ (*.m4a *.mp3 *.wav *.ogg *.opus *.amr *.aac *.3gp)</translation>
        </message>
        <message>
            <source>Videos (*.mp4 *.mov *.avi *.mkv *.webm *.3gp)</source>
            <translation>ວິດີໂອ (*.mp4 *.mov *.avi *.mkv *.webm *.3gp)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>ໄຟລ໌ທັງໝົດ (*)</translation>
        </message>
        <message>
            <source>Files can be attached only to a response being filled in.</source>
            <translation>ແນບໄຟລ໌ໄດ້ສະເພາະຊຸດຄຳຕອບທີ່ກຳລັງຕື່ມຢູ່ເທົ່ານັ້ນ.</translation>
        </message>
        <message>
            <source>The file could not be read: %1</source>
            <translation>ບໍ່ສາມາດອ່ານໄຟລ໌ໄດ້: %1</translation>
        </message>
        <message>
            <source>Fetching the file</source>
            <translation>ກຳລັງດຶງໄຟລ໌</translation>
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
            <source>, </source>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>NetworkArea</name>
        <message>
            <source>Search agency, province, language (e.g. Japanese), service…</source>
            <translation>ຊອກຫາອົງກອນ, ແຂວງ, ພາສາ (ເຊັ່ນ: ຍີ່ປຸ່ນ), ການບໍລິການ…</translation>
        </message>
        <message>
            <source>Type a language's name, such as Japanese, to find who translates into it; Enter or Down goes to the list.</source>
            <translation>ພິມຊື່ພາສາ ເຊັ່ນ ຍີ່ປຸ່ນ ເພື່ອຊອກຫາຜູ້ທີ່ແປເປັນພາສານັ້ນ; ກົດ Enter ຫຼື ↓ ເພື່ອໄປທີ່ລາຍການ.</translation>
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
            <source>Edit this agency's profile (Ctrl+E)</source>
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
            <source>This laptop's agency</source>
            <translation>ອົງກອນຂອງຄອມພິວເຕີນີ້</translation>
        </message>
        <message>
            <source>New response</source>
            <translation>ຊຸດຄຳຕອບໃໝ່</translation>
        </message>
        <message>
            <source>An SME</source>
            <translation>ວິສາຫະກິດ</translation>
        </message>
        <message>
            <source>A workshop</source>
            <translation>ກອງປະຊຸມສຳມະນາ</translation>
        </message>
        <message>
            <source>An agency</source>
            <translation>ອົງກອນ</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>ອົງກອນ</translation>
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
            <source>About:</source>
            <translation>ກ່ຽວກັບ:</translation>
        </message>
        <message>
            <source>SME (optional):</source>
            <translation>ວິສາຫະກິດ (ບໍ່ບັງຄັບ):</translation>
        </message>
        <message>
            <source>Agency:</source>
            <translation>ອົງກອນ:</translation>
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
            <source>Start (Ctrl+Enter)</source>
            <translation>ເລີ່ມ (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>— no SME —</source>
            <translation>— ບໍ່ມີວິສາຫະກິດ —</translation>
        </message>
        <message>
            <source>Type a name or phone number above to find the SME.</source>
            <translation>ພິມຊື່ ຫຼື ເບີໂທລະສັບຂ້າງເທິງ ເພື່ອຊອກຫາວິສາຫະກິດ.</translation>
        </message>
    </context>
    <context>
        <name>PairsDialog</name>
        <message>
            <source>Language pairs</source>
            <translation>ຄູ່ພາສາ</translation>
        </message>
        <message>
            <source>From</source>
            <translation>ຈາກ</translation>
        </message>
        <message>
            <source>Into</source>
            <translation>ແປເປັນ</translation>
        </message>
        <message>
            <source>Add pair</source>
            <translation>ເພີ່ມຄູ່ພາສາ</translation>
        </message>
        <message>
            <source>Remove pair</source>
            <translation>ເອົາຄູ່ພາສາອອກ</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>ຕົກລົງ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ຍົກເລີກ</translation>
        </message>
        <message>
            <source>Choose two different languages from the lists.</source>
            <translation>ກະລຸນາເລືອກສອງພາສາທີ່ແຕກຕ່າງກັນຈາກລາຍການ.</translation>
        </message>
    </context>
    <context>
        <name>PairsField</name>
        <message>
            <source>No language pairs</source>
            <translation>ບໍ່ມີຄູ່ພາສາ</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Passphrase</source>
            <translation>ລະຫັດຜ່ານ</translation>
        </message>
        <message>
            <source>To encrypt the copy, give it a passphrase; without the passphrase nobody can read it, you included. Leave both empty for a copy that is not encrypted.</source>
            <translation>ເພື່ອເຂົ້າລະຫັດສຳເນົາ, ກະລຸນາຕັ້ງລະຫັດຜ່ານ; ຖ້າບໍ່ມີລະຫັດຜ່ານ ຈະບໍ່ມີໃຜອ່ານໄດ້ ລວມທັງທ່ານເອງ. ປ່ອຍຫວ່າງທັງສອງຊ່ອງ ຖ້າບໍ່ຕ້ອງການເຂົ້າລະຫັດ.</translation>
        </message>
        <message>
            <source>This backup is encrypted. Enter its passphrase.</source>
            <translation>ໄຟລ໌ສຳຮອງນີ້ຖືກເຂົ້າລະຫັດ. ກະລຸນາປ້ອນລະຫັດຜ່ານ.</translation>
        </message>
        <message>
            <source>Again</source>
            <translation>ປ້ອນອີກຄັ້ງ</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>ລະຫັດຜ່ານທັງສອງບໍ່ກົງກັນ.</translation>
        </message>
        <message>
            <source>Enter the passphrase.</source>
            <translation>ກະລຸນາປ້ອນລະຫັດຜ່ານ.</translation>
        </message>
    </context>
    <context>
        <name>Pickers</name>
        <message>
            <source>Choose…</source>
            <translation>ເລືອກ…</translation>
        </message>
    </context>
    <context>
        <name>PivotModel</name>
        <message>
            <source>Value</source>
            <translation>ຄ່າ</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>ລວມ</translation>
        </message>
    </context>
    <context>
        <name>PlaceChoice</name>
        <message>
            <source>Choose…</source>
            <translation>ເລືອກ…</translation>
        </message>
        <message>
            <source>Type or choose a province</source>
            <translation>ພິມ ຫຼື ເລືອກແຂວງ</translation>
        </message>
    </context>
    <context>
        <name>Presence</name>
        <message>
            <source>Own website</source>
            <translation>ເວັບໄຊຂອງຕົນເອງ</translation>
        </message>
        <message>
            <source>Agency portal</source>
            <translation>ເວັບໄຊຂອງອົງກອນ</translation>
        </message>
        <message>
            <source>E-marketplace</source>
            <translation>ຕະຫຼາດອອນລາຍ</translation>
        </message>
        <message>
            <source>Social media page</source>
            <translation>ໜ້າສື່ສັງຄົມອອນລາຍ</translation>
        </message>
        <message>
            <source>E-procurement registration</source>
            <translation>ການລົງທະບຽນຈັດຊື້ຈັດຈ້າງທາງເອເລັກໂຕຣນິກ</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>ລົງທະບຽນແລ້ວ</translation>
        </message>
        <message>
            <source>Displaying products</source>
            <translation>ກຳລັງສະແດງສິນຄ້າ</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>ບໍ່ເຄື່ອນໄຫວ</translation>
        </message>
    </context>
    <context>
        <name>PresenceDialog</name>
        <message>
            <source>Edit online presence</source>
            <translation>ແກ້ໄຂຊ່ອງທາງອອນລາຍ</translation>
        </message>
        <message>
            <source>Online presence</source>
            <translation>ຊ່ອງທາງອອນລາຍ</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>ເລືອກ…</translation>
        </message>
        <message>
            <source>e.g. the provincial trade portal</source>
            <translation>ເຊັ່ນ: ເວັບໄຊການຄ້າຂອງແຂວງ</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>ບໍ່ຮູ້</translation>
        </message>
        <message>
            <source>None</source>
            <translation>ບໍ່ມີ</translation>
        </message>
        <message>
            <source>since</source>
            <translation>ຕັ້ງແຕ່</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>ປະເພດ:</translation>
        </message>
        <message>
            <source>Portal or marketplace:</source>
            <translation>ເວັບໄຊ ຫຼື ຕະຫຼາດອອນລາຍ:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>ທີ່ຢູ່ເວັບ:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>ສະຖານະ:</translation>
        </message>
        <message>
            <source>Products displayed:</source>
            <translation>ຈຳນວນສິນຄ້າທີ່ສະແດງ:</translation>
        </message>
        <message>
            <source>Set up by service:</source>
            <translation>ສ້າງຂຶ້ນໂດຍການບໍລິການ:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>ໝາຍເຫດ:</translation>
        </message>
    </context>
    <context>
        <name>PrintNames</name>
        <message>
            <source>Characters that cannot be printed</source>
            <translation>ຕົວອັກສອນທີ່ພິມບໍ່ໄດ້</translation>
        </message>
        <message>
            <source>No font of the PDF has these characters, so they would print as empty boxes: %1

They are in the names of: %2</source>
            <translation>ບໍ່ມີຟອນໃດຂອງ PDF ທີ່ມີຕົວອັກສອນເຫຼົ່ານີ້, ສະນັ້ນມັນຈະພິມອອກເປັນກ່ອງເປົ່າ: %1

ມັນຢູ່ໃນຊື່ຂອງ: %2</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>ສືບຕໍ່</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ຍົກເລີກ</translation>
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
            <source>Move one cell's progress back; needs a reason and is recorded</source>
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
        <name>RankModel</name>
        <message>
            <source>Rank</source>
            <translation>ອັນດັບ</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>ຄ່າຕົວຈິງ</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>ເປົ້າໝາຍ</translation>
        </message>
        <message>
            <source>Against target</source>
            <translation>ທຽບກັບເປົ້າໝາຍ</translation>
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
            <source>Online presence</source>
            <translation>ຊ່ອງທາງອອນລາຍ</translation>
        </message>
        <message>
            <source>Awareness event</source>
            <translation>ກິດຈະກຳປູກຈິດສຳນຶກ</translation>
        </message>
        <message>
            <source>Survey form</source>
            <translation>ແບບຟອມສຳຫຼວດ</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>ຕົວຊີ້ວັດ</translation>
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
        <name>ReportFilters</name>
        <message>
            <source>Kind of period</source>
            <translation>ປະເພດໄລຍະເວລາ</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>ປີ</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>ໄຕມາດ</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>ເດືອນ</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>ຊ່ວງວັນທີ</translation>
        </message>
        <message>
            <source>Quarter or month</source>
            <translation>ໄຕມາດ ຫຼື ເດືອນ</translation>
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
            <source>All economies</source>
            <translation>ທຸກປະເທດ/ພາກພື້ນ</translation>
        </message>
        <message>
            <source>All provinces</source>
            <translation>ທຸກແຂວງ</translation>
        </message>
        <message>
            <source>All agencies</source>
            <translation>ທຸກອົງກອນ</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>ອົງກອນ</translation>
        </message>
        <message>
            <source>All sectors</source>
            <translation>ທຸກຂະແໜງການ</translation>
        </message>
        <message>
            <source>Women and men</source>
            <translation>ຍິງ ແລະ ຊາຍ</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>ເພດ</translation>
        </message>
        <message>
            <source>Counts people of one sex, for the indicators that count people by sex; the others show that they are not counted by sex.</source>
            <translation>ນັບສະເພາະຄົນເພດດຽວ ສຳລັບຕົວຊີ້ວັດທີ່ນັບຄົນແຍກຕາມເພດ; ຕົວຊີ້ວັດອື່ນຈະສະແດງວ່າບໍ່ໄດ້ນັບແຍກຕາມເພດ.</translation>
        </message>
        <message>
            <source>Q%1</source>
            <translation>ໄຕມາດ %1</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Awareness-raising and training</source>
            <translation>ການປູກຈິດສຳນຶກ ແລະ ການຝຶກອົບຮົມ</translation>
        </message>
        <message>
            <source>E-business support network</source>
            <translation>ເຄືອຂ່າຍສະໜັບສະໜູນທຸລະກິດເອເລັກໂຕຣນິກ</translation>
        </message>
        <message>
            <source>E-marketplaces and e-procurement</source>
            <translation>ຕະຫຼາດອອນລາຍ ແລະ ການຈັດຊື້ຈັດຈ້າງທາງເອເລັກໂຕຣນິກ</translation>
        </message>
        <message>
            <source>From surveys</source>
            <translation>ຈາກການສຳຫຼວດ</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>ແນວໂນ້ມ</translation>
        </message>
        <message>
            <source>Record id</source>
            <translation>ລະຫັດຂໍ້ມູນ</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>ປະເທດ/ພາກພື້ນ</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>ເພດ</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>ວິສາຫະກິດ</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>ອົງກອນ</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>ກອງປະຊຸມສຳມະນາ</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>ຈຳນວນຜູ້ເຂົ້າຮ່ວມ</translation>
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
            <source>Province</source>
            <translation>ແຂວງ</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>ຂະແໜງການ</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>ຫຼັກສູດ</translation>
        </message>
        <message>
            <source>Type of service</source>
            <translation>ປະເພດການບໍລິການ</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>ຊ່ອງທາງ</translation>
        </message>
        <message>
            <source>Kind of event</source>
            <translation>ປະເພດກິດຈະກຳ</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>ບໍ່ໄດ້ບັນທຶກ</translation>
        </message>
        <message>
            <source>Q%1 %2</source>
            <translation>ໄຕມາດ %1 ປີ %2</translation>
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
            <translation>ບັນລຸເປົ້າໝາຍ</translation>
        </message>
        <message>
            <source>Near target</source>
            <translation>ໃກ້ບັນລຸເປົ້າໝາຍ</translation>
        </message>
        <message>
            <source>Behind target</source>
            <translation>ຕ່ຳກວ່າເປົ້າໝາຍ</translation>
        </message>
        <message>
            <source>No target</source>
            <translation>ບໍ່ມີເປົ້າໝາຍ</translation>
        </message>
    </context>
    <context>
        <name>ReportsArea</name>
        <message>
            <source>Dashboard</source>
            <translation>ໜ້າສະຫຼຸບ</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>ແຍກລາຍລະອຽດ</translation>
        </message>
        <message>
            <source>Benchmarking</source>
            <translation>ການປຽບທຽບ</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>ເປົ້າໝາຍ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ຍົກເລີກ</translation>
        </message>
        <message>
            <source>Report pack…</source>
            <translation>ຊຸດລາຍງານ…</translation>
        </message>
        <message>
            <source>These figures for headquarters and donors: a PDF and an XLSX workbook, in the language you choose</source>
            <translation>ຕົວເລກເຫຼົ່ານີ້ສຳລັບສຳນັກງານໃຫຍ່ ແລະ ຜູ້ໃຫ້ທຶນ: ໄຟລ໌ PDF ໜຶ່ງໄຟລ໌ ແລະ ໄຟລ໌ Excel (XLSX) ໜຶ່ງໄຟລ໌ ເປັນພາສາທີ່ທ່ານເລືອກ</translation>
        </message>
        <message>
            <source>Compute again</source>
            <translation>ຄິດໄລ່ໃໝ່</translation>
        </message>
        <message>
            <source>Indicators against targets</source>
            <translation>ຕົວຊີ້ວັດທຽບກັບເປົ້າໝາຍ</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>ກຳລັງຄິດໄລ່…</translation>
        </message>
        <message>
            <source>Stopped. Press F5 to compute again.</source>
            <translation>ຢຸດແລ້ວ. ກົດ F5 ເພື່ອຄິດໄລ່ໃໝ່.</translation>
        </message>
        <message>
            <source>The figures could not be computed.</source>
            <translation>ບໍ່ສາມາດຄິດໄລ່ຕົວເລກໄດ້.</translation>
        </message>
        <message>
            <source>Report pack</source>
            <translation>ຊຸດລາຍງານ</translation>
        </message>
        <message>
            <source>Language of the pack:</source>
            <translation>ພາສາຂອງຊຸດລາຍງານ:</translation>
        </message>
        <message>
            <source>Indicators against targets %1.pdf</source>
            <translation>ຕົວຊີ້ວັດທຽບກັບເປົ້າໝາຍ %1.pdf</translation>
        </message>
        <message>
            <source>Save the report pack</source>
            <translation>ບັນທຶກຊຸດລາຍງານ</translation>
        </message>
        <message>
            <source>PDF file (*.pdf)</source>
            <translation>ໄຟລ໌ PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Making the report pack…</source>
            <translation>ກຳລັງສ້າງຊຸດລາຍງານ…</translation>
        </message>
        <message>
            <source>The report pack was cancelled; no file was left half written.</source>
            <translation>ຍົກເລີກການສ້າງຊຸດລາຍງານແລ້ວ; ບໍ່ມີໄຟລ໌ໃດຖືກປະໄວ້ແບບຂຽນບໍ່ສຳເລັດ.</translation>
        </message>
        <message>
            <source>The report pack was cancelled.</source>
            <translation>ຍົກເລີກການສ້າງຊຸດລາຍງານແລ້ວ.</translation>
        </message>
        <message>
            <source>Report pack written: %1 and %2.</source>
            <translation>ສ້າງຊຸດລາຍງານແລ້ວ: %1 ແລະ %2.</translation>
        </message>
        <message>
            <source>The report pack could not be written.</source>
            <translation>ບໍ່ສາມາດສ້າງຊຸດລາຍງານໄດ້.</translation>
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
            <source>Paid</source>
            <translation>ຈ່າຍແລ້ວ</translation>
        </message>
        <message>
            <source>The SME has paid the fee.</source>
            <translation>ວິສາຫະກິດໄດ້ຈ່າຍຄ່າບໍລິການແລ້ວ.</translation>
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
            <source>For translation: each language pair, from one language into another.</source>
            <translation>ສຳລັບການແປພາສາ: ແຕ່ລະຄູ່ພາສາ, ຈາກພາສາໜຶ່ງເປັນອີກພາສາໜຶ່ງ.</translation>
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
        <name>ServicesView</name>
        <message>
            <source>Free</source>
            <translation>ບໍ່ເສຍຄ່າ</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>ຈ່າຍແລ້ວ</translation>
        </message>
        <message>
            <source>Not paid</source>
            <translation>ຍັງບໍ່ໄດ້ຈ່າຍ</translation>
        </message>
        <message>
            <source>All services</source>
            <translation>ທຸກການບໍລິການ</translation>
        </message>
        <message>
            <source>Paid or not</source>
            <translation>ຈ່າຍແລ້ວ ຫຼື ຍັງ</translation>
        </message>
        <message numerus="yes">
            <source>%Ln service(s)</source>
            <translation>
                <numerusform>%Ln ການບໍລິການ</numerusform>
                <numerusform>%Ln ການບໍລິການ</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 with a fee, %2 free</source>
            <translation>ມີຄ່າບໍລິການ %1, ບໍ່ເສຍຄ່າ %2</translation>
        </message>
        <message>
            <source>%1 (paid %2, not paid %3)</source>
            <translation>%1 (ຈ່າຍແລ້ວ %2, ຍັງບໍ່ໄດ້ຈ່າຍ %3)</translation>
        </message>
        <message>
            <source>Fees: %1</source>
            <translation>ຄ່າບໍລິການ: %1</translation>
        </message>
        <message>
            <source>Export services</source>
            <translation>ສົ່ງອອກຂໍ້ມູນການບໍລິການ</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln service(s) to %1.</source>
            <translation>
                <numerusform>ສົ່ງອອກ %Ln ການບໍລິການໄປທີ່ %1 ແລ້ວ.</numerusform>
                <numerusform>ສົ່ງອອກ %Ln ການບໍລິການໄປທີ່ %1 ແລ້ວ.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsArea</name>
        <message>
            <source>Apply language</source>
            <translation>ປ່ຽນພາສາ</translation>
        </message>
        <message>
            <source>Your full name, as colleagues know you</source>
            <translation>ຊື່ ແລະ ນາມສະກຸນຂອງທ່ານ ຕາມທີ່ເພື່ອນຮ່ວມງານຮູ້ຈັກ</translation>
        </message>
        <message>
            <source>Allow unencrypted connections (http://) to a sync server on the local network</source>
            <translation>ອະນຸຍາດການເຊື່ອມຕໍ່ທີ່ບໍ່ໄດ້ເຂົ້າລະຫັດ (http://) ໄປຫາເຊີບເວີຊິ້ງຂໍ້ມູນໃນເຄືອຂ່າຍພາຍໃນ</translation>
        </message>
        <message>
            <source>Such a connection is not encrypted: anyone on the network can read what is sent, this computer's sync key included.</source>
            <translation>ການເຊື່ອມຕໍ່ແບບນີ້ບໍ່ໄດ້ເຂົ້າລະຫັດ: ໃຜກໍຕາມໃນເຄືອຂ່າຍສາມາດອ່ານສິ່ງທີ່ຖືກສົ່ງໄດ້ ລວມທັງກະແຈຊິ້ງຂໍ້ມູນຂອງຄອມພິວເຕີນີ້.</translation>
        </message>
        <message>
            <source>Automatic (%1)</source>
            <translation>ອັດຕະໂນມັດ (%1)</translation>
        </message>
        <message>
            <source>Automatic sets Khmer, Lao and Burmese a little larger than the other languages. Windows opened from now on use the new size.</source>
            <translation>“ອັດຕະໂນມັດ” ຈະໃຫ້ພາສາຂະແມ, ລາວ ແລະ ມຽນມາ ໃຫຍ່ກວ່າພາສາອື່ນເລັກນ້ອຍ. ໜ້າຕ່າງທີ່ເປີດຕໍ່ຈາກນີ້ຈະໃຊ້ຂະໜາດໃໝ່.</translation>
        </message>
        <message>
            <source>Buddhist era: %1</source>
            <translation>ພຸດທະສັກກະຫຼາດ: %1</translation>
        </message>
        <message>
            <source>Gregorian: %1</source>
            <translation>ຄິດສະຕະສັກກະຫຼາດ: %1</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ພາສາ</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>ຂະໜາດຕົວອັກສອນ</translation>
        </message>
        <message>
            <source>Digits</source>
            <translation>ຕົວເລກ</translation>
        </message>
        <message>
            <source>Years in Thai</source>
            <translation>ປີໃນພາສາໄທ</translation>
        </message>
        <message>
            <source>Your name (saved with every change)</source>
            <translation>ຊື່ຂອງທ່ານ (ບັນທຶກໄປກັບທຸກການປ່ຽນແປງ)</translation>
        </message>
        <message>
            <source>Your agency's economy and province</source>
            <translation>ປະເທດ/ພາກພື້ນ ແລະ ແຂວງ ຂອງອົງກອນທ່ານ</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>ຜູ້ເບິ່ງແຍງລະບົບ</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>ຊິ້ງຂໍ້ມູນ</translation>
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
        <message>
            <source>Certificates</source>
            <translation>ໃບຢັ້ງຢືນ</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>ການສຳຮອງຂໍ້ມູນ</translation>
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
            <source>Free</source>
            <translation>ບໍ່ເສຍຄ່າ</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>ຈ່າຍແລ້ວ</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>ແມ່ນ</translation>
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
            <source>Kind</source>
            <translation>ປະເພດ</translation>
        </message>
        <message>
            <source>Portal or marketplace</source>
            <translation>ເວັບໄຊ ຫຼື ຕະຫຼາດອອນລາຍ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>ສະຖານະ</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>ຕັ້ງແຕ່ວັນທີ</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>ສິນຄ້າ</translation>
        </message>
        <message>
            <source>Add presence…</source>
            <translation>ເພີ່ມຊ່ອງທາງອອນລາຍ…</translation>
        </message>
        <message>
            <source>Online presence</source>
            <translation>ຊ່ອງທາງອອນລາຍ</translation>
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
            <source>Through</source>
            <translation>ຜ່ານ</translation>
        </message>
        <message>
            <source>Order value</source>
            <translation>ມູນຄ່າການສັ່ງຊື້</translation>
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
            <source>Inquiries received</source>
            <translation>ການສອບຖາມທີ່ໄດ້ຮັບ</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ປິດ</translation>
        </message>
        <message>
            <source>Nobody from this SME has been to training yet.</source>
            <translation>ຍັງບໍ່ມີໃຜຈາກວິສາຫະກິດນີ້ເຂົ້າຮ່ວມການຝຶກອົບຮົມເທື່ອ.</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) of this SME known from training.</source>
            <translation>
                <numerusform>ມີ %n ຄົນຂອງວິສາຫະກິດນີ້ ທີ່ເຄີຍເຂົ້າຮ່ວມການຝຶກອົບຮົມ.</numerusform>
                <numerusform>ມີ %n ຄົນຂອງວິສາຫະກິດນີ້ ທີ່ເຄີຍເຂົ້າຮ່ວມການຝຶກອົບຮົມ.</numerusform>
            </translation>
        </message>
        <message>
            <source>No module completed yet.</source>
            <translation>ຍັງບໍ່ທັນສຳເລັດໂມດູນໃດເທື່ອ.</translation>
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
            <source>An online presence</source>
            <translation>ຊ່ອງທາງອອນລາຍໜຶ່ງ</translation>
        </message>
        <message>
            <source>A service</source>
            <translation>ການບໍລິການໜຶ່ງ</translation>
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
            <source>add online presence</source>
            <translation>ເພີ່ມຊ່ອງທາງອອນລາຍ</translation>
        </message>
        <message>
            <source>Online presence added.</source>
            <translation>ເພີ່ມຊ່ອງທາງອອນລາຍແລ້ວ.</translation>
        </message>
        <message>
            <source>edit online presence</source>
            <translation>ແກ້ໄຂຊ່ອງທາງອອນລາຍ</translation>
        </message>
        <message>
            <source>Online presence saved.</source>
            <translation>ບັນທຶກຊ່ອງທາງອອນລາຍແລ້ວ.</translation>
        </message>
        <message>
            <source>delete online presence</source>
            <translation>ລຶບຊ່ອງທາງອອນລາຍ</translation>
        </message>
        <message>
            <source>Online presence deleted. Undo with Ctrl+Z.</source>
            <translation>ລຶບຊ່ອງທາງອອນລາຍແລ້ວ. ກົດ Ctrl+Z ເພື່ອຍ້ອນກັບ.</translation>
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
            <source>edit inquiry</source>
            <translation>ແກ້ໄຂການສອບຖາມ</translation>
        </message>
        <message>
            <source>Inquiry saved.</source>
            <translation>ບັນທຶກການສອບຖາມແລ້ວ.</translation>
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
            <source>SMEs</source>
            <translation>ວິສາຫະກິດ</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>ການບໍລິການ</translation>
        </message>
        <message>
            <source>Inquiries</source>
            <translation>ການສອບຖາມ</translation>
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
            <source>Nothing was deleted: the backup made first was stopped.</source>
            <translation>ບໍ່ມີຫຍັງຖືກລຶບ: ການສຳຮອງຂໍ້ມູນທີ່ເຮັດກ່ອນຖືກຢຸດໄວ້.</translation>
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
        <name>StartPage</name>
        <message>
            <source>Where to start</source>
            <translation>ເລີ່ມຈາກໃສ</translation>
        </message>
        <message>
            <source>A few first steps; press F1 at any time for the keyboard shortcuts and a short guide.</source>
            <translation>ຂັ້ນຕອນທຳອິດບາງຢ່າງ; ກົດ F1 ໄດ້ທຸກເວລາ ເພື່ອເບິ່ງປຸ່ມລັດ ແລະ ຄູ່ມືສັ້ນໆ.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Register an SME&lt;/b&gt; in SMEs, with New SME: GMS Desk tells you when the business may be registered already.</source>
            <translation>&lt;b&gt;ລົງທະບຽນວິສາຫະກິດ&lt;/b&gt; ໃນ “ວິສາຫະກິດ” ດ້ວຍ “ວິສາຫະກິດໃໝ່”: GMS Desk ຈະບອກທ່ານ ຖ້າທຸລະກິດນັ້ນອາດລົງທະບຽນໄວ້ແລ້ວ.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Plan a workshop&lt;/b&gt; in Training, with New workshop: enrol people, then mark attendance and progress, and print certificates.</source>
            <translation>&lt;b&gt;ວາງແຜນກອງປະຊຸມສຳມະນາ&lt;/b&gt; ໃນ “ການຝຶກອົບຮົມ” ດ້ວຍ “ກອງປະຊຸມສຳມະນາໃໝ່”: ລົງທະບຽນຜູ້ເຂົ້າຮ່ວມ, ຈາກນັ້ນໝາຍການເຂົ້າຮ່ວມ ແລະ ຄວາມຄືບໜ້າ, ແລະ ພິມໃບຢັ້ງຢືນ.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Run a survey&lt;/b&gt; in Surveys, with New response, for an SME.</source>
            <translation>&lt;b&gt;ເຮັດການສຳຫຼວດ&lt;/b&gt; ໃນ “ການສຳຫຼວດ” ດ້ວຍ “ຊຸດຄຳຕອບໃໝ່” ສຳລັບວິສາຫະກິດ.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sync&lt;/b&gt; in Sync: enrol this computer once with the code headquarters gave you; your changes are then sent whenever there is a connection.</source>
            <translation>&lt;b&gt;ຊິ້ງຂໍ້ມູນ&lt;/b&gt; ໃນ “ຊິ້ງຂໍ້ມູນ”: ລົງທະບຽນຄອມພິວເຕີນີ້ຄັ້ງດຽວ ດ້ວຍລະຫັດທີ່ສຳນັກງານໃຫຍ່ໃຫ້ທ່ານ; ຈາກນັ້ນ ການປ່ຽນແປງຂອງທ່ານຈະຖືກສົ່ງ ທຸກຄັ້ງທີ່ມີການເຊື່ອມຕໍ່.</translation>
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
        <message numerus="yes">
            <source>%n response(s)</source>
            <translation>
                <numerusform>%n ຊຸດຄຳຕອບ</numerusform>
                <numerusform>%n ຊຸດຄຳຕອບ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n ໄຟລ໌</numerusform>
                <numerusform>%n ໄຟລ໌</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>From %n point(s) of the latest answers</source>
            <translation>
                <numerusform>ຈາກ %n ຈຸດ ຂອງຄຳຕອບລ່າສຸດ</numerusform>
                <numerusform>ຈາກ %n ຈຸດ ຂອງຄຳຕອບລ່າສຸດ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n response(s) to %1.</source>
            <translation>
                <numerusform>ສົ່ງອອກ %n ຊຸດຄຳຕອບໄປທີ່ %1 ແລ້ວ.</numerusform>
                <numerusform>ສົ່ງອອກ %n ຊຸດຄຳຕອບໄປທີ່ %1 ແລ້ວ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) and file(s) copied to %1.</source>
            <translation>
                <numerusform>ສຳເນົາຮູບ ແລະ ໄຟລ໌ %n ລາຍການ ໄປທີ່ %1 ແລ້ວ.</numerusform>
                <numerusform>ສຳເນົາຮູບ ແລະ ໄຟລ໌ %n ລາຍການ ໄປທີ່ %1 ແລ້ວ.</numerusform>
            </translation>
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
            <source>No files yet.</source>
            <translation>ຍັງບໍ່ມີໄຟລ໌.</translation>
        </message>
        <message>
            <source>%1 of the latest photos are not on this laptop yet (they come with the next sync).</source>
            <translation>ຮູບລ່າສຸດ %1 ຮູບ ຍັງບໍ່ມີໃນຄອມພິວເຕີນີ້ (ຈະມາພ້ອມການຊິ້ງຂໍ້ມູນຄັ້ງຕໍ່ໄປ).</translation>
        </message>
        <message>
            <source>No locations yet.</source>
            <translation>ຍັງບໍ່ມີສະຖານທີ່.</translation>
        </message>
        <message>
            <source>Centre: %1, %2</source>
            <translation>ຈຸດກາງ: %1, %2</translation>
        </message>
        <message>
            <source>Between latitudes %1 and %2, longitudes %3 and %4</source>
            <translation>ລະຫວ່າງເສັ້ນຂະໜານ %1 ແລະ %2, ເສັ້ນແວງ %3 ແລະ %4</translation>
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
            <source>%1 are not on this laptop: open them in their responses to fetch them, then export again.</source>
            <translation>%1 ລາຍການບໍ່ມີໃນຄອມພິວເຕີນີ້: ກະລຸນາເປີດໃນຊຸດຄຳຕອບຂອງມັນເພື່ອດຶງມາ, ແລ້ວສົ່ງອອກອີກຄັ້ງ.</translation>
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
            <source>Version {version} of form {form_id} is already here with different questions. Change the version in the form's settings sheet and import it again.</source>
            <translation>ແບບຟອມ {form_id} ເວີຊັນ {version} ມີຢູ່ແລ້ວ ແຕ່ມີຄຳຖາມຕ່າງກັນ. ກະລຸນາປ່ຽນເວີຊັນໃນແຜ່ນງານ settings ຂອງແບບຟອມ ແລ້ວນຳເຂົ້າອີກຄັ້ງ.</translation>
        </message>
        <message>
            <source>Version {version} of form {form_id} is already here with other attached files ({files}). Change the version in the form's settings sheet and import it again.</source>
            <translation>ແບບຟອມ {form_id} ເວີຊັນ {version} ມີຢູ່ນີ້ແລ້ວ ພ້ອມໄຟລ໌ແນບອື່ນ ({files}). ກະລຸນາປ່ຽນເວີຊັນໃນແຜ່ນ settings ຂອງແບບຟອມ ແລ້ວນຳເຂົ້າອີກຄັ້ງ.</translation>
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
            <source>Headquarters published version {version} of form {form_id} with different questions; it can be read here but not changed. Change the version in the form's settings sheet and import it again.</source>
            <translation>ສຳນັກງານໃຫຍ່ເຜີຍແຜ່ແບບຟອມ {form_id} ເວີຊັນ {version} ທີ່ມີຄຳຖາມຕ່າງກັນແລ້ວ; ເບິ່ງໄດ້ຢູ່ນີ້ ແຕ່ແກ້ໄຂບໍ່ໄດ້. ກະລຸນາປ່ຽນເວີຊັນໃນແຜ່ນງານ settings ຂອງແບບຟອມ ແລ້ວນຳເຂົ້າອີກຄັ້ງ.</translation>
        </message>
        <message>
            <source>This form version is retired: it takes no new responses. Its responses and drafts are kept.</source>
            <translation>ແບບຟອມເວີຊັນນີ້ຢຸດໃຊ້ແລ້ວ: ບໍ່ຮັບຊຸດຄຳຕອບໃໝ່ອີກ. ຊຸດຄຳຕອບ ແລະ ສະບັບຮ່າງຂອງມັນຍັງຖືກເກັບໄວ້.</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>ຊຸດຄຳຕອບ</translation>
        </message>
        <message>
            <source>Form version</source>
            <translation>ເວີຊັນແບບຟອມ</translation>
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
            <source>SME ID</source>
            <translation>ລະຫັດວິສາຫະກິດ</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>ວິສາຫະກິດ</translation>
        </message>
        <message>
            <source>Workshop ID</source>
            <translation>ລະຫັດກອງປະຊຸມສຳມະນາ</translation>
        </message>
        <message>
            <source>About agency</source>
            <translation>ກ່ຽວກັບອົງກອນ</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ພາສາ</translation>
        </message>
        <message>
            <source>Corrects response</source>
            <translation>ແກ້ໄຂຊຸດຄຳຕອບ</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>ປ້ອນໂດຍ</translation>
        </message>
        <message>
            <source>Agency code</source>
            <translation>ລະຫັດອົງກອນ</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>ອົງກອນ</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>ລາຍການ</translation>
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
            <source>Installing forms</source>
            <translation>ກຳລັງຕິດຕັ້ງແບບຟອມ</translation>
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
            <source>Export with labels…</source>
            <translation>ສົ່ງອອກພ້ອມປ້າຍກຳກັບ…</translation>
        </message>
        <message>
            <source>Every response to the selected form in a spreadsheet for people to read: the questions' text and the answers' labels, in the language you choose</source>
            <translation>ທຸກຊຸດຄຳຕອບຂອງແບບຟອມທີ່ເລືອກ ໃນໄຟລ໌ຕາຕະລາງທີ່ຄົນອ່ານໄດ້ງ່າຍ: ຂໍ້ຄວາມຄຳຖາມ ແລະ ປ້າຍກຳກັບຄຳຕອບ ໃນພາສາທີ່ທ່ານເລືອກ</translation>
        </message>
        <message>
            <source>Retire version</source>
            <translation>ຢຸດໃຊ້ເວີຊັນນີ້</translation>
        </message>
        <message>
            <source>Delete version…</source>
            <translation>ລຶບເວີຊັນ…</translation>
        </message>
        <message numerus="yes">
            <source>%n form(s) ready to fill in.</source>
            <translation>
                <numerusform>ແບບຟອມ %n ແບບພ້ອມໃຫ້ປ້ອນແລ້ວ.</numerusform>
                <numerusform>ແບບຟອມ %n ແບບພ້ອມໃຫ້ປ້ອນແລ້ວ.</numerusform>
            </translation>
        </message>
        <message>
            <source>Version %1: %2, %3</source>
            <translation>ເວີຊັນ %1: %2, %3</translation>
        </message>
        <message numerus="yes">
            <source>%n response(s)</source>
            <translation>
                <numerusform>%n ຊຸດຄຳຕອບ</numerusform>
                <numerusform>%n ຊຸດຄຳຕອບ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n draft(s)</source>
            <translation>
                <numerusform>%n ສະບັບຮ່າງ</numerusform>
                <numerusform>%n ສະບັບຮ່າງ</numerusform>
            </translation>
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
            <source>In use</source>
            <translation>ກຳລັງໃຊ້</translation>
        </message>
        <message>
            <source>Offered for new responses.</source>
            <translation>ເປີດໃຫ້ຕອບໃໝ່.</translation>
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
            <source>Only an administrator can retire a form version or bring it back: “Administrator…” in Settings asks for the administrator password.</source>
            <translation>ມີແຕ່ຜູ້ເບິ່ງແຍງລະບົບເທົ່ານັ້ນທີ່ສາມາດຢຸດໃຊ້ເວີຊັນແບບຟອມ ຫຼື ນຳກັບມາໃຊ້ໄດ້: “ຜູ້ເບິ່ງແຍງລະບົບ…” ໃນ “ການຕັ້ງຄ່າ” ຈະຖາມຫາລະຫັດຜ່ານຜູ້ເບິ່ງແຍງລະບົບ.</translation>
        </message>
        <message>
            <source>Version %1 of “%2” was not retired: the backup made first was stopped.</source>
            <translation>“%2” ເວີຊັນ %1 ບໍ່ໄດ້ຖືກຢຸດໃຊ້: ການສຳຮອງຂໍ້ມູນທີ່ເຮັດກ່ອນຖືກຢຸດໄວ້.</translation>
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
            <source>Agency: %1</source>
            <translation>ອົງກອນ: %1</translation>
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
            <source>Update the SME from a survey</source>
            <translation>ອັບເດດວິສາຫະກິດຈາກການສຳຫຼວດ</translation>
        </message>
        <message>
            <source>No SME is linked to the response, so no SME record was updated.</source>
            <translation>ບໍ່ມີວິສາຫະກິດໃດເຊື່ອມໂຍງກັບຊຸດຄຳຕອບນີ້, ສະນັ້ນຈຶ່ງບໍ່ມີລາຍການຂໍ້ມູນວິສາຫະກິດໃດຖືກອັບເດດ.</translation>
        </message>
        <message>
            <source>The SME is not on this laptop, so its record was not updated.</source>
            <translation>ວິສາຫະກິດນີ້ບໍ່ມີຢູ່ໃນຄອມພິວເຕີນີ້, ສະນັ້ນລາຍການຂໍ້ມູນຂອງມັນຈຶ່ງບໍ່ຖືກອັບເດດ.</translation>
        </message>
        <message>
            <source>The SME belongs to another agency: its record can be read here but not changed, so it was not updated.</source>
            <translation>ວິສາຫະກິດນີ້ເປັນຂອງອົງກອນອື່ນ: ເບິ່ງລາຍການຂໍ້ມູນຂອງມັນໄດ້ຢູ່ນີ້ ແຕ່ແກ້ໄຂບໍ່ໄດ້, ສະນັ້ນຈຶ່ງບໍ່ຖືກອັບເດດ.</translation>
        </message>
        <message>
            <source>The form's update condition (update_if) was not met, so the SME record was not updated.</source>
            <translation>ເງື່ອນໄຂການອັບເດດ (update_if) ຂອງແບບຟອມບໍ່ຄົບ, ສະນັ້ນລາຍການຂໍ້ມູນວິສາຫະກິດຈຶ່ງບໍ່ຖືກອັບເດດ.</translation>
        </message>
        <message>
            <source>SME record updated: %1.</source>
            <translation>ອັບເດດລາຍການຂໍ້ມູນວິສາຫະກິດແລ້ວ: %1.</translation>
        </message>
        <message>
            <source>The SME record already held these answers.</source>
            <translation>ລາຍການຂໍ້ມູນວິສາຫະກິດມີຄຳຕອບເຫຼົ່ານີ້ຢູ່ແລ້ວ.</translation>
        </message>
        <message>
            <source>Not written to the SME record, as the answer does not fit it: %1.</source>
            <translation>ບໍ່ໄດ້ຂຽນໃສ່ລາຍການຂໍ້ມູນວິສາຫະກິດ ເພາະຄຳຕອບບໍ່ເໝາະກັບຊ່ອງຂໍ້ມູນ: %1.</translation>
        </message>
        <message>
            <source>No answer for the SME record was given, so it was not updated.</source>
            <translation>ບໍ່ມີຄຳຕອບສຳລັບລາຍການຂໍ້ມູນວິສາຫະກິດ, ສະນັ້ນຈຶ່ງບໍ່ຖືກອັບເດດ.</translation>
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
            <source>Files the form needs</source>
            <translation>ໄຟລ໌ທີ່ແບບຟອມຕ້ອງການ</translation>
        </message>
        <message>
            <source>“%1” needs %2 file(s) that are not in its folder: %3.

Choose them now? (ODK keeps them in a folder named %4 next to the form.)</source>
            <translation>“%1” ຕ້ອງການ %2 ໄຟລ໌ ທີ່ບໍ່ມີໃນໂຟນເດີຂອງມັນ: %3.

ເລືອກໄຟລ໌ເຫຼົ່ານັ້ນດຽວນີ້ບໍ? (ODK ເກັບໄວ້ໃນໂຟນເດີຊື່ %4 ຢູ່ຂ້າງແບບຟອມ.)</translation>
        </message>
        <message>
            <source>Choose the form's files</source>
            <translation>ເລືອກໄຟລ໌ຂອງແບບຟອມ</translation>
        </message>
        <message>
            <source>Files the form names (%1);;All files (*)</source>
            <translation>ໄຟລ໌ທີ່ແບບຟອມລະບຸ (%1);;ໄຟລ໌ທັງໝົດ (*)</translation>
        </message>
        <message numerus="yes">
            <source>“%1” cannot be used as a form: %n problem(s) must be fixed in the spreadsheet first.</source>
            <translation>
                <numerusform>ບໍ່ສາມາດໃຊ້ “%1” ເປັນແບບຟອມໄດ້: ຕ້ອງແກ້ໄຂ %n ບັນຫາໃນໄຟລ໌ຕາຕະລາງກ່ອນ.</numerusform>
                <numerusform>ບໍ່ສາມາດໃຊ້ “%1” ເປັນແບບຟອມໄດ້: ຕ້ອງແກ້ໄຂ %n ບັນຫາໃນໄຟລ໌ຕາຕະລາງກ່ອນ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s): what GMS Desk ignored is listed below.</source>
            <translation>
                <numerusform>%n ຄຳເຕືອນ: ສິ່ງທີ່ GMS Desk ຂ້າມໄປມີລາຍການຢູ່ຂ້າງລຸ່ມ.</numerusform>
                <numerusform>%n ຄຳເຕືອນ: ສິ່ງທີ່ GMS Desk ຂ້າມໄປມີລາຍການຢູ່ຂ້າງລຸ່ມ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n response(s) with labels to %1.</source>
            <translation>
                <numerusform>ສົ່ງອອກ %n ຊຸດຄຳຕອບພ້ອມປ້າຍກຳກັບໄປທີ່ %1 ແລ້ວ.</numerusform>
                <numerusform>ສົ່ງອອກ %n ຊຸດຄຳຕອບພ້ອມປ້າຍກຳກັບໄປທີ່ %1 ແລ້ວ.</numerusform>
            </translation>
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
            <source>Form imported</source>
            <translation>ນຳເຂົ້າແບບຟອມແລ້ວ</translation>
        </message>
        <message>
            <source>Export with labels</source>
            <translation>ສົ່ງອອກພ້ອມປ້າຍກຳກັບ</translation>
        </message>
        <message>
            <source>Questions and answers in:</source>
            <translation>ຄຳຖາມ ແລະ ຄຳຕອບເປັນພາສາ:</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translation>ໄຟລ໌ Excel (*.xlsx);;ໄຟລ໌ CSV (*.csv)</translation>
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
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>This address starts with http://, so the connection would not be encrypted: this computer's key and your data could be read on the way. Use an https:// address. For a server on your local network, an administrator can allow unencrypted connections to it.</source>
            <translation>ທີ່ຢູ່ນີ້ຂຶ້ນຕົ້ນດ້ວຍ http:// ດັ່ງນັ້ນການເຊື່ອມຕໍ່ຈະບໍ່ໄດ້ເຂົ້າລະຫັດ: ກະແຈຂອງຄອມພິວເຕີນີ້ ແລະ ຂໍ້ມູນຂອງທ່ານອາດຖືກອ່ານໄດ້ລະຫວ່າງທາງ. ກະລຸນາໃຊ້ທີ່ຢູ່ທີ່ຂຶ້ນຕົ້ນດ້ວຍ https://. ສຳລັບເຊີບເວີໃນເຄືອຂ່າຍພາຍໃນຂອງທ່ານ, ຜູ້ເບິ່ງແຍງລະບົບສາມາດອະນຸຍາດການເຊື່ອມຕໍ່ທີ່ບໍ່ໄດ້ເຂົ້າລະຫັດໄປຫາເຊີບເວີນັ້ນໄດ້.</translation>
        </message>
        <message>
            <source>Unencrypted connections are allowed only to a server on your local network, and this address is on the Internet. Use an https:// address.</source>
            <translation>ການເຊື່ອມຕໍ່ທີ່ບໍ່ໄດ້ເຂົ້າລະຫັດ ອະນຸຍາດສະເພາະກັບເຊີບເວີໃນເຄືອຂ່າຍພາຍໃນຂອງທ່ານເທົ່ານັ້ນ, ແຕ່ທີ່ຢູ່ນີ້ຢູ່ໃນອິນເຕີເນັດ. ກະລຸນາໃຊ້ທີ່ຢູ່ທີ່ຂຶ້ນຕົ້ນດ້ວຍ https://.</translation>
        </message>
        <message>
            <source>The server's certificate could not be verified. Check the server address and this computer's date and time; if both are right, tell headquarters. Nothing was sent.</source>
            <translation>ບໍ່ສາມາດກວດສອບໃບຢັ້ງຢືນຄວາມປອດໄພຂອງເຊີບເວີໄດ້. ກະລຸນາກວດສອບທີ່ຢູ່ເຊີບເວີ ແລະ ວັນທີ ແລະ ເວລາຂອງຄອມພິວເຕີນີ້; ຖ້າທັງສອງຢ່າງຖືກຕ້ອງ, ກະລຸນາແຈ້ງສຳນັກງານໃຫຍ່. ບໍ່ມີຫຍັງຖືກສົ່ງໄປ.</translation>
        </message>
        <message>
            <source>This database is not enrolled on this computer: it was copied from another computer, or the key that lets it sync is missing. Enrol this computer again with a new code from headquarters.</source>
            <translation>ຖານຂໍ້ມູນນີ້ບໍ່ໄດ້ລົງທະບຽນໄວ້ໃນຄອມພິວເຕີນີ້: ມັນຖືກສຳເນົາມາຈາກຄອມພິວເຕີເຄື່ອງອື່ນ ຫຼື ກະແຈທີ່ໃຫ້ມັນຊິ້ງຂໍ້ມູນໄດ້ຫາຍໄປ. ກະລຸນາລົງທະບຽນຄອມພິວເຕີນີ້ໃໝ່ ດ້ວຍລະຫັດໃໝ່ຈາກສຳນັກງານໃຫຍ່.</translation>
        </message>
        <message>
            <source>The server address is not valid. It looks like https://hq.example.org.</source>
            <translation>ທີ່ຢູ່ເຊີບເວີບໍ່ຖືກຕ້ອງ. ທີ່ຢູ່ຄວນມີຮູບແບບຄື https://hq.example.org.</translation>
        </message>
        <message>
            <source>Headquarters cannot be reached. Your changes are kept and will be sent when the connection is back.</source>
            <translation>ບໍ່ສາມາດເຊື່ອມຕໍ່ຫາສຳນັກງານໃຫຍ່ໄດ້. ການປ່ຽນແປງຂອງທ່ານຍັງຖືກເກັບໄວ້ ແລະ ຈະຖືກສົ່ງເມື່ອເຊື່ອມຕໍ່ໄດ້ອີກຄັ້ງ.</translation>
        </message>
        <message>
            <source>Headquarters could not process the enrolment. Try again later; if it keeps failing, tell headquarters.</source>
            <translation>ສຳນັກງານໃຫຍ່ບໍ່ສາມາດດຳເນີນການລົງທະບຽນໄດ້. ກະລຸນາລອງໃໝ່ພາຍຫຼັງ; ຖ້າຍັງບໍ່ໄດ້ ກະລຸນາແຈ້ງສຳນັກງານໃຫຍ່.</translation>
        </message>
        <message>
            <source>Too many enrolment attempts from this network. Wait a minute, then try again.</source>
            <translation>ມີການພະຍາຍາມລົງທະບຽນຈາກເຄືອຂ່າຍນີ້ຫຼາຍເກີນໄປ. ກະລຸນາລໍຖ້າໜຶ່ງນາທີ ແລ້ວລອງໃໝ່.</translation>
        </message>
        <message>
            <source>This version of GMS Desk is too old to sync with headquarters. Please install GMS Desk %1 or newer; this laptop has %2. Your data is kept until then.</source>
            <translation>GMS Desk ເວີຊັນນີ້ເກົ່າເກີນໄປ ທີ່ຈະຊິ້ງຂໍ້ມູນກັບສຳນັກງານໃຫຍ່. ກະລຸນາຕິດຕັ້ງ GMS Desk %1 ຫຼື ໃໝ່ກວ່າ; ຄອມພິວເຕີນີ້ມີ %2. ຂໍ້ມູນຂອງທ່ານຍັງຖືກເກັບໄວ້ຈົນກວ່າຈະຮອດເວລານັ້ນ.</translation>
        </message>
        <message>
            <source>This is the demo data folder: nothing in it is ever sent to headquarters. Leave demo data (in the Demo menu), then enrol this computer with your own data.</source>
            <translation>ນີ້ແມ່ນໂຟນເດີຂໍ້ມູນສາທິດ: ບໍ່ມີຫຍັງໃນນີ້ຖືກສົ່ງໄປສຳນັກງານໃຫຍ່ເລີຍ. ກະລຸນາອອກຈາກຂໍ້ມູນສາທິດ (ໃນເມນູ “ສາທິດ”) ແລ້ວລົງທະບຽນຄອມພິວເຕີນີ້ດ້ວຍຂໍ້ມູນແທ້ຂອງທ່ານ.</translation>
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
        <message>
            <source>The key that lets this computer sync could not be saved in the data folder. Check that the folder can be written to, then enrol again.</source>
            <translation>ບໍ່ສາມາດບັນທຶກກະແຈທີ່ໃຫ້ຄອມພິວເຕີນີ້ຊິ້ງຂໍ້ມູນ ໄວ້ໃນໂຟນເດີຂໍ້ມູນໄດ້. ກະລຸນາກວດເບິ່ງວ່າສາມາດຂຽນໃສ່ໂຟນເດີນັ້ນໄດ້ ແລ້ວລົງທະບຽນອີກຄັ້ງ.</translation>
        </message>
        <message>
            <source>The key that lets this computer sync could not be read from the system's password store (it may be locked). Unlock it, then sync again.</source>
            <translation>ບໍ່ສາມາດອ່ານກະແຈທີ່ໃຫ້ຄອມພິວເຕີນີ້ຊິ້ງຂໍ້ມູນ ຈາກບ່ອນເກັບລະຫັດຜ່ານຂອງລະບົບໄດ້ (ອາດຖືກລັອກຢູ່). ກະລຸນາປົດລັອກ ແລ້ວຊິ້ງຂໍ້ມູນອີກຄັ້ງ.</translation>
        </message>
        <message>
            <source>This file is not a GMS Desk sync bundle.</source>
            <translation>ໄຟລ໌ນີ້ບໍ່ແມ່ນໄຟລ໌ຊິ້ງຂໍ້ມູນຂອງ GMS Desk.</translation>
        </message>
        <message>
            <source>This sync bundle was made by a newer version of GMS Desk. Update GMS Desk on this computer, then import it again.</source>
            <translation>ໄຟລ໌ຊິ້ງຂໍ້ມູນນີ້ຖືກສ້າງໂດຍ GMS Desk ເວີຊັນໃໝ່ກວ່າ. ກະລຸນາອັບເດດ GMS Desk ໃນຄອມພິວເຕີນີ້ ແລ້ວນຳເຂົ້າອີກຄັ້ງ.</translation>
        </message>
        <message>
            <source>This sync bundle is damaged or incomplete (it may have been cut short while it was copied). Nothing was imported. Copy it again, or make a new one.</source>
            <translation>ໄຟລ໌ຊິ້ງຂໍ້ມູນນີ້ເສຍຫາຍ ຫຼື ບໍ່ຄົບຖ້ວນ (ອາດຂາດຫາຍໃນຂະນະສຳເນົາ). ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ. ກະລຸນາສຳເນົາອີກຄັ້ງ ຫຼື ສ້າງໄຟລ໌ໃໝ່.</translation>
        </message>
        <message>
            <source>This sync bundle was changed after it was made, or was not made for this computer. Nothing was imported.</source>
            <translation>ໄຟລ໌ຊິ້ງຂໍ້ມູນນີ້ຖືກປ່ຽນແປງຫຼັງຈາກສ້າງ ຫຼື ບໍ່ໄດ້ສ້າງມາສຳລັບຄອມພິວເຕີນີ້. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
        </message>
        <message>
            <source>This sync bundle is encrypted. Enter the passphrase it was made with.</source>
            <translation>ໄຟລ໌ຊິ້ງຂໍ້ມູນນີ້ຖືກເຂົ້າລະຫັດ. ກະລຸນາປ້ອນລະຫັດຜ່ານທີ່ໃຊ້ຕອນສ້າງ.</translation>
        </message>
        <message>
            <source>The passphrase is not the one this sync bundle was made with, or the bundle was changed after it was made. Nothing was imported.</source>
            <translation>ລະຫັດຜ່ານບໍ່ກົງກັບລະຫັດທີ່ໃຊ້ສ້າງໄຟລ໌ຊິ້ງຂໍ້ມູນນີ້ ຫຼື ໄຟລ໌ຖືກປ່ຽນແປງຫຼັງຈາກສ້າງ. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
        </message>
        <message>
            <source>Encrypted sync bundles need the “cryptography” package, which is not installed with this copy of GMS Desk.</source>
            <translation>ໄຟລ໌ຊິ້ງຂໍ້ມູນທີ່ເຂົ້າລະຫັດຕ້ອງໃຊ້ແພັກເກດ “cryptography” ເຊິ່ງບໍ່ໄດ້ຕິດຕັ້ງມາພ້ອມກັບ GMS Desk ຊຸດນີ້.</translation>
        </message>
        <message>
            <source>This computer is not enrolled with headquarters, so it cannot make or read sync bundles. Enrol it first.</source>
            <translation>ຄອມພິວເຕີນີ້ຍັງບໍ່ໄດ້ລົງທະບຽນກັບສຳນັກງານໃຫຍ່ ຈຶ່ງບໍ່ສາມາດສ້າງ ຫຼື ອ່ານໄຟລ໌ຊິ້ງຂໍ້ມູນໄດ້. ກະລຸນາລົງທະບຽນກ່ອນ.</translation>
        </message>
        <message>
            <source>This sync bundle was made on this computer. Take it to headquarters, or to another computer of your agency, and import it there.</source>
            <translation>ໄຟລ໌ຊິ້ງຂໍ້ມູນນີ້ຖືກສ້າງໃນຄອມພິວເຕີນີ້. ກະລຸນານຳໄປສຳນັກງານໃຫຍ່ ຫຼື ຄອມພິວເຕີອື່ນຂອງອົງກອນທ່ານ ແລ້ວນຳເຂົ້າຢູ່ບ່ອນນັ້ນ.</translation>
        </message>
        <message>
            <source>This reply from headquarters is for another computer. Import it on the computer whose id it names.</source>
            <translation>ໄຟລ໌ຕອບກັບຈາກສຳນັກງານໃຫຍ່ນີ້ແມ່ນສຳລັບຄອມພິວເຕີອື່ນ. ກະລຸນານຳເຂົ້າໃນຄອມພິວເຕີທີ່ມີລະຫັດຕາມທີ່ລະບຸໄວ້ໃນໄຟລ໌.</translation>
        </message>
        <message>
            <source>This sync bundle comes from a computer of another agency. Only bundles of your own agency's computers, and replies from headquarters for this computer, can be imported here.</source>
            <translation>ໄຟລ໌ຊິ້ງຂໍ້ມູນນີ້ມາຈາກຄອມພິວເຕີຂອງອົງກອນອື່ນ. ນຳເຂົ້າຢູ່ນີ້ໄດ້ສະເພາະໄຟລ໌ຈາກຄອມພິວເຕີຂອງອົງກອນທ່ານເອງ ແລະ ໄຟລ໌ຕອບກັບຈາກສຳນັກງານໃຫຍ່ສຳລັບຄອມພິວເຕີນີ້ເທົ່ານັ້ນ.</translation>
        </message>
        <message>
            <source>This sync bundle comes from a computer whose clock is ahead. Correct the date and time on that computer, sync it or make a new bundle there, and import that one. Nothing was imported.</source>
            <translation>ໄຟລ໌ຊິ້ງຂໍ້ມູນນີ້ມາຈາກຄອມພິວເຕີທີ່ໂມງໄວເກີນ. ກະລຸນາແກ້ໄຂວັນທີ ແລະ ເວລາໃນຄອມພິວເຕີນັ້ນ, ຊິ້ງຂໍ້ມູນ ຫຼື ສ້າງໄຟລ໌ໃໝ່ຢູ່ບ່ອນນັ້ນ ແລ້ວນຳເຂົ້າໄຟລ໌ໃໝ່ນັ້ນ. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
        </message>
        <message>
            <source>The sync bundle could not be read.</source>
            <translation>ບໍ່ສາມາດອ່ານໄຟລ໌ຊິ້ງຂໍ້ມູນໄດ້.</translation>
        </message>
        <message>
            <source>The sync bundle could not be written. Check that the folder (or USB stick) is there, can be written to and has room. Nothing is lost: make the bundle again.</source>
            <translation>ບໍ່ສາມາດບັນທຶກໄຟລ໌ຊິ້ງຂໍ້ມູນໄດ້. ກະລຸນາກວດເບິ່ງວ່າໂຟນເດີ (ຫຼື USB) ຍັງມີຢູ່, ບັນທຶກໄດ້ ແລະ ມີພື້ນທີ່ພຽງພໍ. ບໍ່ມີຫຍັງເສຍຫາຍ: ກະລຸນາສ້າງໄຟລ໌ອີກຄັ້ງ.</translation>
        </message>
        <message>
            <source>This sync bundle comes from a computer that headquarters has not told this one about: it was enrolled since, or may no longer sync. Sync this computer with headquarters (or import its newest reply for this computer), then import the bundle again; or take the bundle to headquarters. Nothing was imported.</source>
            <translation>ໄຟລ໌ຊິ້ງຂໍ້ມູນນີ້ມາຈາກຄອມພິວເຕີທີ່ສຳນັກງານໃຫຍ່ຍັງບໍ່ໄດ້ແຈ້ງໃຫ້ຄອມພິວເຕີນີ້ຮູ້: ມັນຫາກໍລົງທະບຽນ ຫຼື ອາດບໍ່ໄດ້ຮັບອະນຸຍາດໃຫ້ຊິ້ງຂໍ້ມູນອີກແລ້ວ. ກະລຸນາຊິ້ງຂໍ້ມູນຄອມພິວເຕີນີ້ກັບສຳນັກງານໃຫຍ່ (ຫຼື ນຳເຂົ້າໄຟລ໌ຕອບກັບລ່າສຸດຂອງສຳນັກງານໃຫຍ່ສຳລັບຄອມພິວເຕີນີ້) ແລ້ວນຳເຂົ້າໄຟລ໌ນີ້ອີກຄັ້ງ; ຫຼື ນຳໄຟລ໌ນີ້ໄປສຳນັກງານໃຫຍ່. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
        </message>
        <message>
            <source>This sync bundle was made by an older version of GMS Desk, which does not sign its bundles, so this computer cannot check who made it. Update GMS Desk on the computer that made it and make a new bundle there, or take this one to headquarters. Nothing was imported.</source>
            <translation>ໄຟລ໌ຊິ້ງຂໍ້ມູນນີ້ຖືກສ້າງໂດຍ GMS Desk ເວີຊັນເກົ່າກວ່າ ເຊິ່ງບໍ່ໄດ້ລົງລາຍເຊັນໃນໄຟລ໌, ສະນັ້ນຄອມພິວເຕີນີ້ຈຶ່ງກວດສອບບໍ່ໄດ້ວ່າໃຜເປັນຜູ້ສ້າງ. ກະລຸນາອັບເດດ GMS Desk ໃນຄອມພິວເຕີທີ່ສ້າງໄຟລ໌ນີ້ ແລ້ວສ້າງໄຟລ໌ໃໝ່ຢູ່ທີ່ນັ້ນ, ຫຼື ນຳໄຟລ໌ນີ້ໄປສຳນັກງານໃຫຍ່. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
        </message>
        <message>
            <source>This sync bundle was changed after it was made, or was not made by the computer it names. Nothing was imported. Ask for a new bundle from that computer.</source>
            <translation>ໄຟລ໌ຊິ້ງຂໍ້ມູນນີ້ຖືກປ່ຽນແປງຫຼັງຈາກສ້າງ ຫຼື ບໍ່ໄດ້ຖືກສ້າງໂດຍຄອມພິວເຕີທີ່ລະບຸໄວ້ໃນໄຟລ໌. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ. ກະລຸນາຂໍໄຟລ໌ໃໝ່ຈາກຄອມພິວເຕີນັ້ນ.</translation>
        </message>
        <message>
            <source>Stopped. Nothing was written or imported.</source>
            <translation>ຢຸດແລ້ວ. ບໍ່ມີຫຍັງຖືກບັນທຶກ ຫຼື ນຳເຂົ້າ.</translation>
        </message>
        <message>
            <source>Headquarters answered at this address: the connection works.</source>
            <translation>ສຳນັກງານໃຫຍ່ຕອບກັບຈາກທີ່ຢູ່ນີ້ແລ້ວ: ການເຊື່ອມຕໍ່ໃຊ້ໄດ້.</translation>
        </message>
        <message>
            <source>No server of this name was found. Check the address for a typing mistake; if it is right, this computer may not be connected to the network.</source>
            <translation>ບໍ່ພົບເຊີບເວີທີ່ມີຊື່ນີ້. ກະລຸນາກວດເບິ່ງວ່າພິມທີ່ຢູ່ຜິດບໍ; ຖ້າຖືກຕ້ອງແລ້ວ, ຄອມພິວເຕີນີ້ອາດບໍ່ໄດ້ເຊື່ອມຕໍ່ເຄືອຂ່າຍ.</translation>
        </message>
        <message>
            <source>The server did not answer. Check this computer's network connection; if websites open, the server may be down: try again later or tell headquarters.</source>
            <translation>ເຊີບເວີບໍ່ຕອບກັບ. ກະລຸນາກວດເບິ່ງການເຊື່ອມຕໍ່ເຄືອຂ່າຍຂອງຄອມພິວເຕີນີ້; ຖ້າເປີດເວັບໄຊໄດ້, ເຊີບເວີອາດຂັດຂ້ອງ: ກະລຸນາລອງໃໝ່ພາຍຫຼັງ ຫຼື ແຈ້ງສຳນັກງານໃຫຍ່.</translation>
        </message>
        <message>
            <source>A server answered at this address, but it is not a GMS Desk headquarters server. Check the address.</source>
            <translation>ມີເຊີບເວີຕອບກັບຈາກທີ່ຢູ່ນີ້ ແຕ່ບໍ່ແມ່ນເຊີບເວີ GMS Desk ຂອງສຳນັກງານໃຫຍ່. ກະລຸນາກວດສອບທີ່ຢູ່.</translation>
        </message>
        <message>
            <source>Headquarters' server answered with an error. Try again later; if it keeps failing, tell headquarters.</source>
            <translation>ເຊີບເວີຂອງສຳນັກງານໃຫຍ່ຕອບກັບດ້ວຍຂໍ້ຜິດພາດ. ກະລຸນາລອງໃໝ່ພາຍຫຼັງ; ຖ້າຍັງບໍ່ໄດ້ ກະລຸນາແຈ້ງສຳນັກງານໃຫຍ່.</translation>
        </message>
        <message>
            <source>Photos and files could not all be sent: the connection keeps dropping. They are kept and sending goes on from where it stopped at the next sync.</source>
            <translation>ບໍ່ສາມາດສົ່ງຮູບ ແລະ ໄຟລ໌ທັງໝົດໄດ້: ການເຊື່ອມຕໍ່ຂາດຢູ່ເລື້ອຍໆ. ພວກມັນຍັງຖືກເກັບໄວ້ ແລະ ການສົ່ງຈະສືບຕໍ່ຈາກບ່ອນທີ່ຢຸດ ໃນການຊິ້ງຂໍ້ມູນຄັ້ງຕໍ່ໄປ.</translation>
        </message>
        <message>
            <source>Headquarters does not accept a file this large; it stays on this laptop.</source>
            <translation>ສຳນັກງານໃຫຍ່ບໍ່ຮັບໄຟລ໌ທີ່ໃຫຍ່ຂະໜາດນີ້; ມັນຈະຢູ່ໃນຄອມພິວເຕີນີ້.</translation>
        </message>
        <message>
            <source>The file could not be fetched from headquarters. Try again when the connection is better.</source>
            <translation>ບໍ່ສາມາດດຶງໄຟລ໌ຈາກສຳນັກງານໃຫຍ່ໄດ້. ກະລຸນາລອງໃໝ່ເມື່ອການເຊື່ອມຕໍ່ດີຂຶ້ນ.</translation>
        </message>
        <message>
            <source>Headquarters does not have this file (yet): the laptop that attached it has not sent it.</source>
            <translation>ສຳນັກງານໃຫຍ່ (ຍັງ) ບໍ່ມີໄຟລ໌ນີ້: ຄອມພິວເຕີທີ່ແນບໄຟລ໌ນີ້ຍັງບໍ່ໄດ້ສົ່ງມາ.</translation>
        </message>
    </context>
    <context>
        <name>SyncArea</name>
        <message>
            <source>Sync with headquarters</source>
            <translation>ຊິ້ງຂໍ້ມູນກັບສຳນັກງານໃຫຍ່</translation>
        </message>
        <message>
            <source>Everything you enter is kept on this computer, and every change waits here until it is sent. To send your changes to headquarters and receive your colleagues' work, enrol this computer once with the code headquarters gave you.</source>
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
            <source>Test connection</source>
            <translation>ທົດສອບການເຊື່ອມຕໍ່</translation>
        </message>
        <message>
            <source>Try the server address and say what happened; nothing is sent</source>
            <translation>ທົດລອງທີ່ຢູ່ເຊີບເວີ ແລະ ບອກຜົນທີ່ເກີດຂຶ້ນ; ບໍ່ມີຫຍັງຖືກສົ່ງ</translation>
        </message>
        <message>
            <source>Allow an unencrypted connection to this server on the local network</source>
            <translation>ອະນຸຍາດການເຊື່ອມຕໍ່ທີ່ບໍ່ໄດ້ເຂົ້າລະຫັດໄປຫາເຊີບເວີນີ້ໃນເຄືອຂ່າຍພາຍໃນ</translation>
        </message>
        <message>
            <source>The connection is not encrypted: anyone on the network can read what is sent, this computer's key included. Allow it only for a server of your office's own network.</source>
            <translation>ການເຊື່ອມຕໍ່ນີ້ບໍ່ໄດ້ເຂົ້າລະຫັດ: ໃຜກໍຕາມໃນເຄືອຂ່າຍສາມາດອ່ານສິ່ງທີ່ຖືກສົ່ງໄດ້ ລວມທັງກະແຈຂອງຄອມພິວເຕີນີ້. ອະນຸຍາດສະເພາະເຊີບເວີໃນເຄືອຂ່າຍຂອງຫ້ອງການທ່ານເອງເທົ່ານັ້ນ.</translation>
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
            <source>Connection not encrypted (allowed for this local server)</source>
            <translation>ການເຊື່ອມຕໍ່ບໍ່ໄດ້ເຂົ້າລະຫັດ (ອະນຸຍາດສຳລັບເຊີບເວີພາຍໃນນີ້)</translation>
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
            <source>This computer's id</source>
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
        <message numerus="yes">
            <source>Demo data waiting too: %Ln change(s), dropped, never sent.</source>
            <translation>
                <numerusform>ມີຂໍ້ມູນສາທິດລໍຖ້າຢູ່ນຳ: %Ln ການປ່ຽນແປງ, ຈະຖືກຖິ້ມ ແລະ ບໍ່ຖືກສົ່ງ.</numerusform>
                <numerusform>ມີຂໍ້ມູນສາທິດລໍຖ້າຢູ່ນຳ: %Ln ການປ່ຽນແປງ, ຈະຖືກຖິ້ມ ແລະ ບໍ່ຖືກສົ່ງ.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 — headquarters: holds every agency's records</source>
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
        <message numerus="yes">
            <source>(%Ln of demo data: dropped at the next sync, never sent)</source>
            <translation>
                <numerusform>(ໃນນັ້ນ %Ln ເປັນຂໍ້ມູນສາທິດ: ຈະຖືກຖິ້ມໃນການຊິ້ງຂໍ້ມູນຄັ້ງຕໍ່ໄປ ແລະ ບໍ່ຖືກສົ່ງ)</numerusform>
                <numerusform>(ໃນນັ້ນ %Ln ເປັນຂໍ້ມູນສາທິດ: ຈະຖືກຖິ້ມໃນການຊິ້ງຂໍ້ມູນຄັ້ງຕໍ່ໄປ ແລະ ບໍ່ຖືກສົ່ງ)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln photo(s) and file(s) sent</source>
            <translation>
                <numerusform>ສົ່ງຮູບ ແລະ ໄຟລ໌ %Ln ລາຍການ</numerusform>
                <numerusform>ສົ່ງຮູບ ແລະ ໄຟລ໌ %Ln ລາຍການ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln still to send</source>
            <translation>
                <numerusform>ຍັງເຫຼືອ %Ln ລາຍການທີ່ຕ້ອງສົ່ງ</numerusform>
                <numerusform>ຍັງເຫຼືອ %Ln ລາຍການທີ່ຕ້ອງສົ່ງ</numerusform>
            </translation>
        </message>
        <message>
            <source>Trying %1…</source>
            <translation>ກຳລັງທົດລອງ %1…</translation>
        </message>
        <message>
            <source>Sync by file…</source>
            <translation>ຊິ້ງຂໍ້ມູນດ້ວຍໄຟລ໌…</translation>
        </message>
        <message>
            <source>No connection? Take your changes to headquarters on a USB stick, and bring its reply back</source>
            <translation>ບໍ່ມີການເຊື່ອມຕໍ່ບໍ? ນຳການປ່ຽນແປງຂອງທ່ານໄປສຳນັກງານໃຫຍ່ດ້ວຍ USB ແລ້ວນຳໄຟລ໌ຕອບກັບມາ</translation>
        </message>
        <message>
            <source>Export bundle…</source>
            <translation>ສົ່ງອອກໄຟລ໌ຊິ້ງຂໍ້ມູນ…</translation>
        </message>
        <message>
            <source>Import bundle…</source>
            <translation>ນຳເຂົ້າໄຟລ໌ຊິ້ງຂໍ້ມູນ…</translation>
        </message>
        <message>
            <source>Export sync bundle</source>
            <translation>ສົ່ງອອກໄຟລ໌ຊິ້ງຂໍ້ມູນ</translation>
        </message>
        <message>
            <source>Sync bundles (*%1)</source>
            <translation>ໄຟລ໌ຊິ້ງຂໍ້ມູນ (*%1)</translation>
        </message>
        <message>
            <source>A passphrase to encrypt the bundle with (leave it empty not to encrypt; whoever imports it will need it):</source>
            <translation>ລະຫັດຜ່ານສຳລັບເຂົ້າລະຫັດໄຟລ໌ (ປ່ອຍຫວ່າງຖ້າບໍ່ເຂົ້າລະຫັດ; ຜູ້ທີ່ນຳເຂົ້າຈະຕ້ອງໃຊ້ລະຫັດນີ້):</translation>
        </message>
        <message>
            <source>Export stopped: no bundle was written.</source>
            <translation>ຢຸດການສົ່ງອອກແລ້ວ: ບໍ່ມີໄຟລ໌ໃດຖືກສ້າງ.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1: %n change(s). Take it to headquarters, then import the reply it gives you here.</source>
            <translation>
                <numerusform>ບັນທຶກ %1 ແລ້ວ: %n ການປ່ຽນແປງ. ກະລຸນານຳໄປສຳນັກງານໃຫຍ່ ແລ້ວນຳເຂົ້າໄຟລ໌ຕອບກັບທີ່ໄດ້ຮັບຢູ່ນີ້.</numerusform>
                <numerusform>ບັນທຶກ %1 ແລ້ວ: %n ການປ່ຽນແປງ. ກະລຸນານຳໄປສຳນັກງານໃຫຍ່ ແລ້ວນຳເຂົ້າໄຟລ໌ຕອບກັບທີ່ໄດ້ຮັບຢູ່ນີ້.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It carries %n photo(s) and file(s) too.</source>
            <translation>
                <numerusform>ມັນມີຮູບ ແລະ ໄຟລ໌ %n ນຳອີກ.</numerusform>
                <numerusform>ມັນມີຮູບ ແລະ ໄຟລ໌ %n ນຳອີກ.</numerusform>
            </translation>
        </message>
        <message>
            <source>Writing the sync bundle…</source>
            <translation>ກຳລັງສ້າງໄຟລ໌ຊິ້ງຂໍ້ມູນ…</translation>
        </message>
        <message>
            <source>Import sync bundle</source>
            <translation>ນຳເຂົ້າໄຟລ໌ຊິ້ງຂໍ້ມູນ</translation>
        </message>
        <message>
            <source>Import stopped: nothing was imported. Import the bundle again when you are ready.</source>
            <translation>ຢຸດການນຳເຂົ້າແລ້ວ: ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ. ກະລຸນານຳເຂົ້າໄຟລ໌ນີ້ອີກຄັ້ງ ເມື່ອທ່ານພ້ອມ.</translation>
        </message>
        <message>
            <source>The passphrase this bundle was made with:</source>
            <translation>ລະຫັດຜ່ານທີ່ໃຊ້ຕອນສ້າງໄຟລ໌ນີ້:</translation>
        </message>
        <message numerus="yes">
            <source>Imported headquarters' reply: %n change(s) received.</source>
            <translation>
                <numerusform>ນຳເຂົ້າໄຟລ໌ຕອບກັບຈາກສຳນັກງານໃຫຍ່ແລ້ວ: ໄດ້ຮັບ %n ການປ່ຽນແປງ.</numerusform>
                <numerusform>ນຳເຂົ້າໄຟລ໌ຕອບກັບຈາກສຳນັກງານໃຫຍ່ແລ້ວ: ໄດ້ຮັບ %n ການປ່ຽນແປງ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Headquarters confirmed %n change(s) of yours.</source>
            <translation>
                <numerusform>ສຳນັກງານໃຫຍ່ຢືນຢັນ %n ການປ່ຽນແປງຂອງທ່ານແລ້ວ.</numerusform>
                <numerusform>ສຳນັກງານໃຫຍ່ຢືນຢັນ %n ການປ່ຽນແປງຂອງທ່ານແລ້ວ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Headquarters has %n of your photos and files now.</source>
            <translation>
                <numerusform>ຕອນນີ້ສຳນັກງານໃຫຍ່ມີຮູບ ແລະ ໄຟລ໌ຂອງທ່ານ %n ແລ້ວ.</numerusform>
                <numerusform>ຕອນນີ້ສຳນັກງານໃຫຍ່ມີຮູບ ແລະ ໄຟລ໌ຂອງທ່ານ %n ແລ້ວ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported another computer's bundle: %n change(s). They go on to headquarters with your next bundle.</source>
            <translation>
                <numerusform>ນຳເຂົ້າໄຟລ໌ຈາກຄອມພິວເຕີອື່ນແລ້ວ: %n ການປ່ຽນແປງ. ການປ່ຽນແປງເຫຼົ່ານີ້ຈະຖືກສົ່ງຕໍ່ໄປສຳນັກງານໃຫຍ່ພ້ອມກັບໄຟລ໌ຄັ້ງຕໍ່ໄປຂອງທ່ານ.</numerusform>
                <numerusform>ນຳເຂົ້າໄຟລ໌ຈາກຄອມພິວເຕີອື່ນແລ້ວ: %n ການປ່ຽນແປງ. ການປ່ຽນແປງເຫຼົ່ານີ້ຈະຖືກສົ່ງຕໍ່ໄປສຳນັກງານໃຫຍ່ພ້ອມກັບໄຟລ໌ຄັ້ງຕໍ່ໄປຂອງທ່ານ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It carried %n photo(s) and file(s), kept here and carried on.</source>
            <translation>
                <numerusform>ມັນມີຮູບ ແລະ ໄຟລ໌ %n ທີ່ເກັບໄວ້ຢູ່ນີ້ ແລະ ຈະສົ່ງຕໍ່.</numerusform>
                <numerusform>ມັນມີຮູບ ແລະ ໄຟລ໌ %n ທີ່ເກັບໄວ້ຢູ່ນີ້ ແລະ ຈະສົ່ງຕໍ່.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in it did not match what the bundle lists (damaged or changed) and stayed out.</source>
            <translation>
                <numerusform>ໄຟລ໌ %n ໃນນັ້ນບໍ່ກົງກັບທີ່ຊຸດຂໍ້ມູນລະບຸ (ເສຍຫາຍ ຫຼື ຖືກປ່ຽນ) ແລະ ບໍ່ໄດ້ຮັບເອົາ.</numerusform>
                <numerusform>ໄຟລ໌ %n ໃນນັ້ນບໍ່ກົງກັບທີ່ຊຸດຂໍ້ມູນລະບຸ (ເສຍຫາຍ ຫຼື ຖືກປ່ຽນ) ແລະ ບໍ່ໄດ້ຮັບເອົາ.</numerusform>
            </translation>
        </message>
        <message>
            <source>This computer could not check which computer made it (it has not synced with headquarters, or imported its reply, yet); headquarters checks it when the bundle reaches it.</source>
            <translation>ຄອມພິວເຕີນີ້ກວດສອບບໍ່ໄດ້ວ່າຄອມພິວເຕີໃດເປັນຜູ້ສ້າງໄຟລ໌ນີ້ (ຍັງບໍ່ໄດ້ຊິ້ງຂໍ້ມູນກັບສຳນັກງານໃຫຍ່ ຫຼື ຍັງບໍ່ໄດ້ນຳເຂົ້າໄຟລ໌ຕອບກັບ); ສຳນັກງານໃຫຍ່ຈະກວດສອບ ເມື່ອໄຟລ໌ໄປຮອດ.</translation>
        </message>
        <message>
            <source>Reading the sync bundle…</source>
            <translation>ກຳລັງອ່ານໄຟລ໌ຊິ້ງຂໍ້ມູນ…</translation>
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
        <message numerus="yes">
            <source>%Ln change(s) of demo data kept here</source>
            <translation>
                <numerusform>ການປ່ຽນແປງຂໍ້ມູນສາທິດ %Ln ລາຍການ ເກັບໄວ້ຢູ່ນີ້</numerusform>
                <numerusform>ການປ່ຽນແປງຂໍ້ມູນສາທິດ %Ln ລາຍການ ເກັບໄວ້ຢູ່ນີ້</numerusform>
            </translation>
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
            <source>Syncing… %1 of %2 changes sent</source>
            <translation>ກຳລັງຊິ້ງຂໍ້ມູນ… ສົ່ງແລ້ວ %1/%2 ການປ່ຽນແປງ</translation>
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
        <name>Targets</name>
        <message>
            <source>Enter the first and the last day of the period.</source>
            <translation>ກະລຸນາປ້ອນມື້ທຳອິດ ແລະ ມື້ສຸດທ້າຍຂອງໄລຍະ.</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>ໄລຍະສິ້ນສຸດກ່ອນວັນເລີ່ມຕົ້ນ.</translation>
        </message>
        <message>
            <source>Enter a target value or a baseline.</source>
            <translation>ກະລຸນາປ້ອນຄ່າເປົ້າໝາຍ ຫຼື ຄ່າພື້ນຖານ.</translation>
        </message>
        <message>
            <source>Enter the agency's code, for example kh-sr.</source>
            <translation>ກະລຸນາປ້ອນລະຫັດອົງກອນ, ຕົວຢ່າງ kh-sr.</translation>
        </message>
        <message>
            <source>Enter the province.</source>
            <translation>ກະລຸນາປ້ອນແຂວງ.</translation>
        </message>
        <message>
            <source>A target for the whole programme is for no one place: leave “for” empty.</source>
            <translation>ເປົ້າໝາຍສຳລັບທັງແຜນງານ ບໍ່ແມ່ນສຳລັບບ່ອນໃດບ່ອນໜຶ່ງ: ກະລຸນາປ່ອຍ “for” ໃຫ້ຫວ່າງ.</translation>
        </message>
        <message>
            <source>Only headquarters sets targets for the whole programme and for economies.</source>
            <translation>ມີແຕ່ສຳນັກງານໃຫຍ່ເທົ່ານັ້ນທີ່ກຳນົດເປົ້າໝາຍສຳລັບທັງແຜນງານ ແລະ ສຳລັບປະເທດ/ພາກພື້ນ.</translation>
        </message>
        <message>
            <source>An agency sets targets for itself and for the provinces it serves only.</source>
            <translation>ອົງກອນກຳນົດເປົ້າໝາຍໄດ້ສະເພາະສຳລັບຕົນເອງ ແລະ ແຂວງທີ່ຕົນໃຫ້ບໍລິການເທົ່ານັ້ນ.</translation>
        </message>
        <message>
            <source>Set by headquarters: this target cannot be changed here.</source>
            <translation>ກຳນົດໂດຍສຳນັກງານໃຫຍ່: ບໍ່ສາມາດແກ້ໄຂເປົ້າໝາຍນີ້ຢູ່ນີ້ໄດ້.</translation>
        </message>
        <message>
            <source>There is no indicator with this code.</source>
            <translation>ບໍ່ມີຕົວຊີ້ວັດທີ່ມີລະຫັດນີ້.</translation>
        </message>
        <message>
            <source>Choose an .xlsx file.</source>
            <translation>ກະລຸນາເລືອກໄຟລ໌ .xlsx.</translation>
        </message>
        <message>
            <source>The first row must name the columns: indicator, scope, for, from, to, target, baseline, baseline date, notes.</source>
            <translation>ແຖວທຳອິດຕ້ອງເປັນຊື່ຖັນ: indicator, scope, for, from, to, target, baseline, baseline date, notes.</translation>
        </message>
        <message>
            <source>This file could not be read as a spreadsheet.</source>
            <translation>ບໍ່ສາມາດອ່ານໄຟລ໌ນີ້ເປັນໄຟລ໌ຕາຕະລາງໄດ້.</translation>
        </message>
        <message>
            <source>Provinces</source>
            <translation>ແຂວງ</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>ອົງກອນ</translation>
        </message>
        <message>
            <source>Economies</source>
            <translation>ປະເທດ/ພາກພື້ນ</translation>
        </message>
        <message>
            <source>Whole programme</source>
            <translation>ທັງແຜນງານ</translation>
        </message>
        <message>
            <source>Set by headquarters</source>
            <translation>ກຳນົດໂດຍສຳນັກງານໃຫຍ່</translation>
        </message>
        <message>
            <source>Baseline: %1</source>
            <translation>ຄ່າພື້ນຖານ: %1</translation>
        </message>
        <message>
            <source>Target: %1</source>
            <translation>ເປົ້າໝາຍ: %1</translation>
        </message>
        <message>
            <source>Baseline measured on %1</source>
            <translation>ຄ່າພື້ນຖານວັດແທກໃນວັນທີ %1</translation>
        </message>
        <message>
            <source>“%1” is not a number. Type a number of 0 or more, or nothing to clear the cell.</source>
            <translation>“%1” ບໍ່ແມ່ນຕົວເລກ. ກະລຸນາພິມຕົວເລກຕັ້ງແຕ່ 0 ຂຶ້ນໄປ ຫຼື ບໍ່ພິມຫຍັງເພື່ອລ້າງຊ່ອງ.</translation>
        </message>
        <message>
            <source>Row %1, column “%2”: %3</source>
            <translation>ແຖວທີ %1, ຖັນ “%2”: %3</translation>
        </message>
    </context>
    <context>
        <name>TargetsEditor</name>
        <message>
            <source>Year</source>
            <translation>ປີ</translation>
        </message>
        <message>
            <source>Whole year or quarter</source>
            <translation>ທັງປີ ຫຼື ໄຕມາດ</translation>
        </message>
        <message>
            <source>Whole year</source>
            <translation>ທັງປີ</translation>
        </message>
        <message>
            <source>Quarter %1</source>
            <translation>ໄຕມາດ %1</translation>
        </message>
        <message>
            <source>Targets for</source>
            <translation>ເປົ້າໝາຍສຳລັບ</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>ປະເທດ/ພາກພື້ນ</translation>
        </message>
        <message>
            <source>All economies</source>
            <translation>ທຸກປະເທດ/ພາກພື້ນ</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>ປ້ອນ</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>ເປົ້າໝາຍ</translation>
        </message>
        <message>
            <source>Baselines</source>
            <translation>ຄ່າພື້ນຖານ</translation>
        </message>
        <message>
            <source>Baseline date</source>
            <translation>ວັນທີວັດແທກຄ່າພື້ນຖານ</translation>
        </message>
        <message>
            <source>The day the baselines typed now were measured (usually the day before the period starts)</source>
            <translation>ວັນທີທີ່ວັດແທກຄ່າພື້ນຖານທີ່ກຳລັງພິມຢູ່ນີ້ (ປົກກະຕິແມ່ນມື້ກ່ອນໄລຍະເລີ່ມຕົ້ນ)</translation>
        </message>
        <message>
            <source>measured on</source>
            <translation>ວັດແທກວັນທີ</translation>
        </message>
        <message>
            <source>Import XLSX…</source>
            <translation>ນຳເຂົ້າ XLSX…</translation>
        </message>
        <message>
            <source>Set targets from a spreadsheet with the columns indicator, scope, for, from, to, target, baseline, baseline date, notes (as an export writes them)</source>
            <translation>ກຳນົດເປົ້າໝາຍຈາກໄຟລ໌ຕາຕະລາງທີ່ມີຖັນ indicator, scope, for, from, to, target, baseline, baseline date, notes (ຕາມທີ່ການສົ່ງອອກຂຽນໄວ້)</translation>
        </message>
        <message>
            <source>Export XLSX…</source>
            <translation>ສົ່ງອອກ XLSX…</translation>
        </message>
        <message>
            <source>Every target and baseline in one sheet</source>
            <translation>ເປົ້າໝາຍ ແລະ ຄ່າພື້ນຖານທັງໝົດໃນແຜ່ນງານດຽວ</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>ລ້າງ</translation>
        </message>
        <message>
            <source>Clear the selected cells (Del)</source>
            <translation>ລ້າງຊ່ອງທີ່ເລືອກ (Del)</translation>
        </message>
        <message>
            <source>Type a number and press Enter or Tab; paste a block copied from a spreadsheet with Ctrl+V; Del clears. Grey cells were set by headquarters.</source>
            <translation>ພິມຕົວເລກ ແລ້ວກົດ Enter ຫຼື Tab; ວາງຊຸດຊ່ອງທີ່ສຳເນົາມາຈາກໄຟລ໌ຕາຕະລາງດ້ວຍ Ctrl+V; ກົດ Del ເພື່ອລ້າງ. ຊ່ອງສີເທົາແມ່ນສຳນັກງານໃຫຍ່ເປັນຜູ້ກຳນົດ.</translation>
        </message>
        <message>
            <source>No places to set targets for yet: provinces come from the agencies' profiles and the SMEs recorded.</source>
            <translation>ຍັງບໍ່ມີບ່ອນໃຫ້ກຳນົດເປົ້າໝາຍ: ແຂວງມາຈາກຂໍ້ມູນຂອງອົງກອນ ແລະ ວິສາຫະກິດທີ່ໄດ້ບັນທຶກໄວ້.</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>ຄ່າພື້ນຖານ</translation>
        </message>
        <message>
            <source>target</source>
            <translation>ເປົ້າໝາຍ</translation>
        </message>
        <message>
            <source>clear %1 of %2 for %3</source>
            <translation>ລ້າງ %1 ຂອງ %2 ສຳລັບ %3</translation>
        </message>
        <message>
            <source>set %1 of %2 for %3</source>
            <translation>ກຳນົດ %1 ຂອງ %2 ສຳລັບ %3</translation>
        </message>
        <message numerus="yes">
            <source>clear %n cell(s)</source>
            <translation>
                <numerusform>ລ້າງ %n ຊ່ອງ</numerusform>
                <numerusform>ລ້າງ %n ຊ່ອງ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left %n cell(s) set by headquarters as they are.</source>
            <translation>
                <numerusform>%n ຊ່ອງທີ່ສຳນັກງານໃຫຍ່ກຳນົດ ຖືກປະໄວ້ຄືເກົ່າ.</numerusform>
                <numerusform>%n ຊ່ອງທີ່ສຳນັກງານໃຫຍ່ກຳນົດ ຖືກປະໄວ້ຄືເກົ່າ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left out %n pasted value(s): not a number.</source>
            <translation>
                <numerusform>%n ຄ່າທີ່ວາງບໍ່ແມ່ນຕົວເລກ ແລະ ຖືກຂ້າມໄປ.</numerusform>
                <numerusform>%n ຄ່າທີ່ວາງບໍ່ແມ່ນຕົວເລກ ແລະ ຖືກຂ້າມໄປ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left out %n row(s); correct the file and import it again.</source>
            <translation>
                <numerusform>%n ແຖວຖືກຂ້າມໄປ; ກະລຸນາແກ້ໄຂໃນໄຟລ໌ ແລ້ວນຳເຂົ້າອີກຄັ້ງ.</numerusform>
                <numerusform>%n ແຖວຖືກຂ້າມໄປ; ກະລຸນາແກ້ໄຂໃນໄຟລ໌ ແລ້ວນຳເຂົ້າອີກຄັ້ງ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>paste %n cell(s)</source>
            <translation>
                <numerusform>ວາງ %n ຊ່ອງ</numerusform>
                <numerusform>ວາງ %n ຊ່ອງ</numerusform>
            </translation>
        </message>
        <message>
            <source>Import targets</source>
            <translation>ນຳເຂົ້າເປົ້າໝາຍ</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>ໄຟລ໌ Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export targets</source>
            <translation>ສົ່ງອອກເປົ້າໝາຍ</translation>
        </message>
        <message>
            <source>Importing targets…</source>
            <translation>ກຳລັງນຳເຂົ້າເປົ້າໝາຍ…</translation>
        </message>
        <message>
            <source>%1 added, %2 changed, %3 already as in the file.</source>
            <translation>ເພີ່ມ %1, ປ່ຽນແປງ %2, %3 ຄືກັບໃນໄຟລ໌ແລ້ວ.</translation>
        </message>
        <message numerus="yes">
            <source>%n target(s) exported.</source>
            <translation>
                <numerusform>ສົ່ງອອກ %n ເປົ້າໝາຍແລ້ວ.</numerusform>
                <numerusform>ສົ່ງອອກ %n ເປົ້າໝາຍແລ້ວ.</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting targets…</source>
            <translation>ກຳລັງສົ່ງອອກເປົ້າໝາຍ…</translation>
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
        <message>
            <source>No reply</source>
            <translation>ບໍ່ມີການຕອບກັບ</translation>
        </message>
        <message>
            <source>In discussion</source>
            <translation>ກຳລັງເຈລະຈາ</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>ໄດ້ຮັບການສັ່ງຊື້</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>ບໍ່ສຳເລັດ</translation>
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
        <message>
            <source>&amp;Workshops</source>
            <translation>ກອງປະຊຸມສຳມະນາ(&amp;W)</translation>
        </message>
        <message>
            <source>Awareness &amp;events</source>
            <translation>ກິດຈະກຳປູກຈິດສຳນຶກ(&amp;E)</translation>
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
            <source>Enter the agency's name.</source>
            <translation>ກະລຸນາປ້ອນຊື່ອົງກອນ.</translation>
        </message>
        <message>
            <source>Enter a year between 1900 and this year.</source>
            <translation>ກະລຸນາປ້ອນປີ ຄ.ສ. ລະຫວ່າງ 1900 ຫາ ປີນີ້.</translation>
        </message>
        <message>
            <source>Choose no reply, in discussion, order or lost.</source>
            <translation>ກະລຸນາເລືອກ ບໍ່ມີການຕອບກັບ, ກຳລັງເຈລະຈາ, ໄດ້ຮັບການສັ່ງຊື້ ຫຼື ບໍ່ສຳເລັດ.</translation>
        </message>
        <message>
            <source>Choose where the SME is online.</source>
            <translation>ກະລຸນາເລືອກບ່ອນທີ່ວິສາຫະກິດມີຢູ່ທາງອອນລາຍ.</translation>
        </message>
        <message>
            <source>Choose registered, displaying products or inactive.</source>
            <translation>ກະລຸນາເລືອກ ລົງທະບຽນແລ້ວ, ກຳລັງສະແດງສິນຄ້າ ຫຼື ບໍ່ເຄື່ອນໄຫວ.</translation>
        </message>
        <message>
            <source>The last day cannot be before the first.</source>
            <translation>ມື້ສຸດທ້າຍບໍ່ສາມາດຢູ່ກ່ອນມື້ທຳອິດໄດ້.</translation>
        </message>
        <message>
            <source>Choose the kind of event.</source>
            <translation>ກະລຸນາເລືອກປະເພດກິດຈະກຳ.</translation>
        </message>
        <message>
            <source>Choose the area.</source>
            <translation>ກະລຸນາເລືອກດ້ານ.</translation>
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
            <source>Enter the person's name.</source>
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
            <source>Choose a service delivered to this SME.</source>
            <translation>ກະລຸນາເລືອກການບໍລິການທີ່ໄດ້ໃຫ້ແກ່ວິສາຫະກິດນີ້.</translation>
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
            <source>Choose one of this SME's online presences.</source>
            <translation>ກະລຸນາເລືອກຊ່ອງທາງອອນລາຍໜຶ່ງຂອງວິສາຫະກິດນີ້.</translation>
        </message>
        <message>
            <source>An order value goes with the outcome “Order”: choose that outcome or clear the value.</source>
            <translation>ມູນຄ່າການສັ່ງຊື້ໃຊ້ຄູ່ກັບຜົນໄດ້ຮັບ “ໄດ້ຮັບການສັ່ງຊື້” ເທົ່ານັ້ນ: ກະລຸນາເລືອກຜົນໄດ້ຮັບນັ້ນ ຫຼື ລຶບມູນຄ່າອອກ.</translation>
        </message>
        <message>
            <source>This workshop is not over yet: certificates are issued after its last day.</source>
            <translation>ກອງປະຊຸມສຳມະນານີ້ຍັງບໍ່ສິ້ນສຸດ: ໃບຢັ້ງຢືນຈະອອກໃຫ້ຫຼັງຈາກມື້ສຸດທ້າຍ.</translation>
        </message>
        <message>
            <source>A certificate cannot be dated before the workshop's last day.</source>
            <translation>ວັນທີໃນໃບຢັ້ງຢືນບໍ່ສາມາດຢູ່ກ່ອນມື້ສຸດທ້າຍຂອງກອງປະຊຸມສຳມະນາໄດ້.</translation>
        </message>
        <message>
            <source>Enter a share of the days from 0 to 100 %.</source>
            <translation>ກະລຸນາປ້ອນສັດສ່ວນມື້ ຈາກ 0 ຫາ 100 %.</translation>
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
        <message>
            <source>Choose SMEs from the registry.</source>
            <translation>ກະລຸນາເລືອກວິສາຫະກິດຈາກທະບຽນວິສາຫະກິດ.</translation>
        </message>
        <message>
            <source>An earlier row of this file describes the same business with other values. Keep one of the two rows.</source>
            <translation>ມີແຖວກ່ອນໜ້າໃນໄຟລ໌ນີ້ທີ່ອະທິບາຍວິສາຫະກິດດຽວກັນ ແຕ່ມີຄ່າຕ່າງກັນ. ກະລຸນາເກັບໄວ້ພຽງແຖວດຽວໃນສອງແຖວນີ້.</translation>
        </message>
        <message>
            <source>Nobody in this workshop has a certificate yet: a certificate goes to each participant who completed every module and was present on enough of its days.</source>
            <translation>ຍັງບໍ່ມີໃຜໃນກອງປະຊຸມສຳມະນານີ້ໄດ້ຮັບໃບຢັ້ງຢືນ: ຜູ້ເຂົ້າຮ່ວມທຸກຄົນທີ່ຮຽນຈົບທຸກບົດຮຽນ ແລະ ມາຄົບຈຳນວນມື້ທີ່ກຳນົດ ຈະໄດ້ຮັບໃບຢັ້ງຢືນ.</translation>
        </message>
        <message>
            <source>The logo file could not be read. Check that it is still there and that you may open it, then choose it again.</source>
            <translation>ບໍ່ສາມາດອ່ານໄຟລ໌ໂລໂກ້ໄດ້. ກະລຸນາກວດວ່າໄຟລ໌ຍັງຢູ່ ແລະ ທ່ານມີສິດເປີດໄດ້, ແລ້ວເລືອກອີກຄັ້ງ.</translation>
        </message>
        <message>
            <source>The logo file is larger than 2 MB. Choose a smaller image: a logo needs a few hundred pixels across, no more.</source>
            <translation>ໄຟລ໌ໂລໂກ້ໃຫຍ່ກວ່າ 2 MB. ກະລຸນາເລືອກຮູບທີ່ນ້ອຍກວ່າ: ໂລໂກ້ຕ້ອງການພຽງສອງສາມຮ້ອຍພິກເຊວຕາມລວງກວ້າງເທົ່ານັ້ນ.</translation>
        </message>
        <message>
            <source>This file is not a PNG or JPEG image (or it is damaged). Choose a logo saved as PNG or JPEG.</source>
            <translation>ໄຟລ໌ນີ້ບໍ່ແມ່ນຮູບ PNG ຫຼື JPEG (ຫຼື ເສຍຫາຍ). ກະລຸນາເລືອກໂລໂກ້ທີ່ບັນທຶກເປັນ PNG ຫຼື JPEG.</translation>
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
            <source>%1 (set by hand)</source>
            <translation>%1 (ກຳນົດເອງ)</translation>
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
            <source>Attendance for a &amp;certificate:</source>
            <translation>ການເຂົ້າຮ່ວມເພື່ອໄດ້ຮັບໃບຢັ້ງຢືນ(&amp;C):</translation>
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
            <source>As the dates say (now: %1)</source>
            <translation>ຕາມວັນທີ (ປັດຈຸບັນ: %1)</translation>
        </message>
        <message>
            <source>Follows the dates: planned before the first day, running until the last, then done.</source>
            <translation>ຕາມວັນທີ: “ວາງແຜນໄວ້” ກ່ອນມື້ທຳອິດ, “ກຳລັງດຳເນີນ” ຈົນຮອດມື້ສຸດທ້າຍ, ຈາກນັ້ນ “ສຳເລັດແລ້ວ”.</translation>
        </message>
        <message>
            <source>The dates already make it “%1”: setting it by hand changes nothing.</source>
            <translation>ຕາມວັນທີແມ່ນ “%1” ຢູ່ແລ້ວ: ການກຳນົດເອງຈະບໍ່ປ່ຽນຫຍັງ.</translation>
        </message>
        <message>
            <source>Running from now on, before its first day: for a workshop started early. After its last day it is done.</source>
            <translation>“ກຳລັງດຳເນີນ” ຕັ້ງແຕ່ດຽວນີ້ ກ່ອນມື້ທຳອິດ: ສຳລັບກອງປະຊຸມສຳມະນາທີ່ເລີ່ມກ່ອນກຳນົດ. ຫຼັງຈາກມື້ສຸດທ້າຍຈະເປັນ “ສຳເລັດແລ້ວ”.</translation>
        </message>
        <message>
            <source>Done from now on, before its last day: for a workshop finished or called off early.</source>
            <translation>“ສຳເລັດແລ້ວ” ຕັ້ງແຕ່ດຽວນີ້ ກ່ອນມື້ສຸດທ້າຍ: ສຳລັບກອງປະຊຸມສຳມະນາທີ່ສິ້ນສຸດ ຫຼື ຍົກເລີກກ່ອນກຳນົດ.</translation>
        </message>
        <message>
            <source>Enter the workshop's title.</source>
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
            <source>Sign-in &amp;sheet… (%1)</source>
            <translation>ໃບລົງຊື່(&amp;S)… (%1)</translation>
        </message>
        <message>
            <source>Print a day's sign-in sheet for people to sign</source>
            <translation>ພິມໃບລົງຊື່ຂອງມື້ໃດໜຶ່ງ ໃຫ້ຜູ້ເຂົ້າຮ່ວມລົງຊື່</translation>
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
            <source>Only an administrator can move progress back: “Administrator…” in Settings asks for the administrator password.</source>
            <translation>ມີແຕ່ຜູ້ເບິ່ງແຍງລະບົບເທົ່ານັ້ນທີ່ສາມາດຖອຍຄວາມຄືບໜ້າຄືນໄດ້: “ຜູ້ເບິ່ງແຍງລະບົບ…” ໃນ “ການຕັ້ງຄ່າ” ຈະຖາມຫາລະຫັດຜ່ານຜູ້ເບິ່ງແຍງລະບົບ.</translation>
        </message>
        <message>
            <source>Save sign-in sheet</source>
            <translation>ບັນທຶກໃບລົງຊື່</translation>
        </message>
        <message>
            <source>Sign-in sheet %1.pdf</source>
            <translation>ໃບລົງຊື່ %1.pdf</translation>
        </message>
        <message>
            <source>Writing the sign-in sheet…</source>
            <translation>ກຳລັງສ້າງໃບລົງຊື່…</translation>
        </message>
        <message>
            <source>Writing the sign-in sheet</source>
            <translation>ກຳລັງສ້າງໃບລົງຊື່</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>ເປີດໂຟນເດີ</translation>
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
            <source>This module has not been started.</source>
            <translation>ບົດຮຽນນີ້ຍັງບໍ່ທັນເລີ່ມ.</translation>
        </message>
        <message>
            <source>Moved back to “%1”; the reason is recorded.</source>
            <translation>ຖອຍຄືນໄປເປັນ “%1” ແລ້ວ; ເຫດຜົນຖືກບັນທຶກໄວ້.</translation>
        </message>
        <message>
            <source>PDF file (*.pdf)</source>
            <translation>ໄຟລ໌ PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Cancelled; no file was written.</source>
            <translation>ຍົກເລີກແລ້ວ; ບໍ່ມີໄຟລ໌ໃດຖືກສ້າງ.</translation>
        </message>
        <message numerus="yes">
            <source>Saved the sign-in sheet (%n page(s)) to %1.</source>
            <translation>
                <numerusform>ບັນທຶກໃບລົງຊື່ (%n ໜ້າ) ໄວ້ທີ່ %1 ແລ້ວ.</numerusform>
                <numerusform>ບັນທຶກໃບລົງຊື່ (%n ໜ້າ) ໄວ້ທີ່ %1 ແລ້ວ.</numerusform>
            </translation>
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
        <name>YouPage</name>
        <message>
            <source>You and your agency</source>
            <translation>ທ່ານ ແລະ ອົງກອນຂອງທ່ານ</translation>
        </message>
        <message>
            <source>Your name is saved with every change you make. New SMEs, workshops and events start with your agency's economy and province; you can still change them there.</source>
            <translation>ຊື່ຂອງທ່ານຖືກບັນທຶກໄປກັບທຸກການປ່ຽນແປງທີ່ທ່ານເຮັດ. ວິສາຫະກິດ, ກອງປະຊຸມສຳມະນາ ແລະ ກິດຈະກຳໃໝ່ ຈະເລີ່ມດ້ວຍປະເທດ/ພາກພື້ນ ແລະ ແຂວງ ຂອງອົງກອນທ່ານ; ທ່ານຍັງສາມາດປ່ຽນໄດ້ຢູ່ທີ່ນັ້ນ.</translation>
        </message>
        <message>
            <source>Your full name, as colleagues know you</source>
            <translation>ຊື່ ແລະ ນາມສະກຸນຂອງທ່ານ ຕາມທີ່ເພື່ອນຮ່ວມງານຮູ້ຈັກ</translation>
        </message>
        <message>
            <source>Settings changes any of this later.</source>
            <translation>ສາມາດປ່ຽນຂໍ້ມູນເຫຼົ່ານີ້ໄດ້ພາຍຫຼັງໃນ “ການຕັ້ງຄ່າ”.</translation>
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
            <source>Save (Ctrl+Enter)</source>
            <translation>ບັນທຶກ (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ຍົກເລີກ</translation>
        </message>
    </context>
</TS>
