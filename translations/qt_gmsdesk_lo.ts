<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo_LA">
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>ຕົກລົງ</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>ບັນທຶກ</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>ບັນທຶກທັງໝົດ</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>ເປີດ</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>ແມ່ນ(&amp;Y)</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>ແມ່ນ ທັງໝົດ(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>ບໍ່ແມ່ນ(&amp;N)</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>ບໍ່ແມ່ນ ທັງໝົດ(&amp;O)</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>ຢຸດ</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>ລອງໃໝ່</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>ຂ້າມ</translation>
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
            <source>Discard</source>
            <translation>ປະຖິ້ມ</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>ຊ່ວຍເຫຼືອ</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>ນຳໃຊ້</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>ຕັ້ງຄືນໃໝ່</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>ກັບຄືນຄ່າເລີ່ມຕົ້ນ</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>ຕົກລົງ</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>ສະແດງລາຍລະອຽດ...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>ເຊື່ອງລາຍລະອຽດ...</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>ຍົກເລີກ</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>ປ້ອນຄ່າ:</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>ຍ້ອນກັບ(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>ເຮັດຊ້ຳ(&amp;R)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>ຕັດ(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>ສຳເນົາ(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>ວາງ(&amp;P)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ລຶບ</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>ເລືອກທັງໝົດ</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>ຍ້ອນກັບ(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>ເຮັດຊ້ຳ(&amp;R)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>ຕັດ(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>ສຳເນົາ(&amp;C)</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>ສຳເນົາທີ່ຢູ່ລິ້ງ(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>ວາງ(&amp;P)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ລຶບ</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>ເລືອກທັງໝົດ</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>ເລືອກທັງໝົດ(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>ເພີ່ມຂຶ້ນ(&amp;S)</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>ຫຼຸດລົງ(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>QScrollBar</name>
        <message>
            <source>Scroll here</source>
            <translation>ເລື່ອນມາບ່ອນນີ້</translation>
        </message>
        <message>
            <source>Left edge</source>
            <translation>ຂອບຊ້າຍ</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>ເທິງສຸດ</translation>
        </message>
        <message>
            <source>Right edge</source>
            <translation>ຂອບຂວາ</translation>
        </message>
        <message>
            <source>Bottom</source>
            <translation>ລຸ່ມສຸດ</translation>
        </message>
        <message>
            <source>Page left</source>
            <translation>ໄປຊ້າຍໜຶ່ງໜ້າ</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>ຂຶ້ນໜຶ່ງໜ້າ</translation>
        </message>
        <message>
            <source>Page right</source>
            <translation>ໄປຂວາໜຶ່ງໜ້າ</translation>
        </message>
        <message>
            <source>Page down</source>
            <translation>ລົງໜຶ່ງໜ້າ</translation>
        </message>
        <message>
            <source>Scroll left</source>
            <translation>ເລື່ອນໄປຊ້າຍ</translation>
        </message>
        <message>
            <source>Scroll up</source>
            <translation>ເລື່ອນຂຶ້ນ</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>ເລື່ອນໄປຂວາ</translation>
        </message>
        <message>
            <source>Scroll down</source>
            <translation>ເລື່ອນລົງ</translation>
        </message>
    </context>
    <context>
        <name>QTabBar</name>
        <message>
            <source>Scroll Left</source>
            <translation>ເລື່ອນໄປຊ້າຍ</translation>
        </message>
        <message>
            <source>Scroll Right</source>
            <translation>ເລື່ອນໄປຂວາ</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>Go Back</source>
            <translation>ກັບຄືນ</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; ກັບຄືນ(&amp;B)</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>ສືບຕໍ່</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>ຕໍ່ໄປ(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>ຕໍ່ໄປ(&amp;N) &gt;</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>ຢືນຢັນ</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>ສຳເລັດ</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>ສຳເລັດ(&amp;F)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ຍົກເລີກ</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>ຊ່ວຍເຫຼືອ</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ຊ່ວຍເຫຼືອ(&amp;H)</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Look in:</source>
            <translation>ເບິ່ງໃນ:</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>ເບິ່ງໃນ(&amp;L):</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>ກັບຄືນ</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>ກັບຄືນ</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>ໄປໜ້າ</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>ໄປໜ້າ</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>ໂຟນເດີຂັ້ນເທິງ</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>ໄປທີ່ໂຟນເດີຂັ້ນເທິງ</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>ສ້າງໂຟນເດີໃໝ່</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>ສ້າງໂຟນເດີໃໝ່</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>ມຸມມອງລາຍການ</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>ປ່ຽນເປັນມຸມມອງລາຍການ</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>ມຸມມອງລາຍລະອຽດ</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>ປ່ຽນເປັນມຸມມອງລາຍລະອຽດ</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>ແຖບຂ້າງ</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>ລາຍການສະຖານທີ່ ແລະ ບຸກມາກ</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>ໄຟລ໌</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>ປະເພດໄຟລ໌:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>ປະເພດໄຟລ໌(&amp;T):</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>ເລືອກໂຟນເດີ</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>ເປີດ</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>ບັນທຶກເປັນ</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>ໂຟນເດີ:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>ຊື່ໄຟລ໌(&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>ເປີດ(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>ເລືອກ(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>ບັນທຶກ(&amp;S)</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>ໄຟລ໌ທັງໝົດ (*)</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>ສະແດງ </translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>ປ່ຽນຊື່(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>ລຶບ(&amp;D)</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>ສະແດງໄຟລ໌ທີ່ເຊື່ອງໄວ້(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>ໂຟນເດີໃໝ່(&amp;N)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>ໄຟລ໌ທັງໝົດ (*)</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>ໂຟນເດີ</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
ບໍ່ພົບໂຟນເດີນີ້.
ກະລຸນາກວດເບິ່ງວ່າຊື່ໂຟນເດີຖືກຕ້ອງ.</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 ມີຢູ່ແລ້ວ.
ທ່ານຕ້ອງການແທນທີ່ມັນບໍ?</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
ບໍ່ພົບໄຟລ໌ນີ້.
ກະລຸນາກວດເບິ່ງວ່າຊື່ໄຟລ໌ຖືກຕ້ອງ.</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>'%1' ຖືກປ້ອງກັນການຂຽນ.
ທ່ານຍັງຕ້ອງການລຶບມັນບໍ?</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>ໂຟນເດີໃໝ່</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ລຶບ</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>ທ່ານແນ່ໃຈບໍ່ວ່າຕ້ອງການລຶບ '%1'?</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>ບໍ່ສາມາດລຶບໂຟນເດີໄດ້.</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>ສະຖານທີ່ຫຼ້າສຸດ</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>ເອົາອອກ</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>ຊື່</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>ຂະໜາດ</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ປະເພດ</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>ປະເພດ</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>ວັນທີແກ້ໄຂ</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>ຄອມພິວເຕີຂອງຂ້ອຍ</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>ຄອມພິວເຕີ</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>ໄດຣຟ໌</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>ໂຟນເດີໄຟລ໌</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>ໂຟນເດີ</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>ທາງລັດ</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>ທາງລັດ</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>ບໍ່ຮູ້ຈັກ</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ໄຟລ໌</translation>
        </message>
    </context>
    <context>
        <name>QShortcut</name>
        <message>
            <source>Left</source>
            <translation>←</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>→</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>↑</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>↓</translation>
        </message>
    </context>
</TS>
