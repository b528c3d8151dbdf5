<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
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
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Value in use</source>
        <translation>Giá trị đang dùng</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>Sửa tại</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Giá trị khác</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>máy tính này</translation>
    </message>
    <message>
        <source>computer %1</source>
        <translation>máy tính %1</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>máy tính khác</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>Giữ giá trị này</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>← Back to sync</source>
        <translation>← Quay lại đồng bộ</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Xung đột cần giải quyết</translation>
    </message>
    <message>
        <source>Two people changed the same field before their computers synced. Every computer now shows the value in use; check which value is right and keep it, or type the right value. Your choice is sent to everyone at the next sync.</source>
        <translation>Hai người đã sửa cùng một mục trước khi máy tính của họ đồng bộ. Hiện mọi máy tính đều hiển thị giá trị đang dùng; hãy kiểm tra giá trị nào đúng và giữ lại, hoặc nhập giá trị đúng. Lựa chọn của bạn sẽ được gửi đến mọi người ở lần đồng bộ tiếp theo.</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>Không có xung đột nào cần giải quyết.</translation>
    </message>
    <message>
        <source>Value in use now</source>
        <translation>Giá trị hiện đang dùng</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Giá trị khác</translation>
    </message>
    <message>
        <source>Type the right value</source>
        <translation>Nhập giá trị đúng</translation>
    </message>
    <message>
        <source>Use this value</source>
        <translation>Dùng giá trị này</translation>
    </message>
    <message>
        <source>Or the right value:</source>
        <translation>Hoặc giá trị đúng:</translation>
    </message>
    <message>
        <source>Changed on %1</source>
        <translation>Sửa tại %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>Cambodia</source>
        <translation>Campuchia</translation>
    </message>
    <message>
        <source>Lao PDR</source>
        <translation>Lào</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Myanmar</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thái Lan</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>Việt Nam</translation>
    </message>
    <message>
        <source>Yunnan (China)</source>
        <translation>Vân Nam (Trung Quốc)</translation>
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
        <translation type="unfinished">Đóng</translation>
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
        <translation>GMS Desk không được phép ghi vào vị trí này. Vui lòng chọn thư mục khác.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was lost.</source>
        <translation>Ổ đĩa đã đầy. Vui lòng giải phóng dung lượng rồi thử lại; dữ liệu không bị mất.</translation>
    </message>
    <message>
        <source>The file was not found.</source>
        <translation>Không tìm thấy tệp.</translation>
    </message>
    <message>
        <source>GMS Desk</source>
        <translation>GMS Desk</translation>
    </message>
    <message>
        <source>GMS Desk — unexpected error</source>
        <translation>GMS Desk — lỗi không mong muốn</translation>
    </message>
    <message>
        <source>Something went wrong inside GMS Desk. Your saved work is safe. Please send the details below to your support contact.</source>
        <translation>Đã xảy ra lỗi bên trong GMS Desk. Dữ liệu bạn đã lưu vẫn an toàn. Vui lòng gửi thông tin chi tiết dưới đây cho bộ phận hỗ trợ kỹ thuật của bạn.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Business name</source>
        <translation>Tên doanh nghiệp</translation>
    </message>
    <message>
        <source>Name in local script</source>
        <translation>Tên bằng tiếng bản địa</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Số đăng ký kinh doanh</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Ngành nghề</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>Quốc gia/khu vực</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành phố</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quận/huyện</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Owner or contact person</source>
        <translation>Chủ doanh nghiệp hoặc người liên hệ</translation>
    </message>
    <message>
        <source>Gender of contact</source>
        <translation>Giới tính người liên hệ</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Số lao động</translation>
    </message>
    <message>
        <source>Female employees</source>
        <translation>Số lao động nữ</translation>
    </message>
    <message>
        <source>Year founded</source>
        <translation>Năm thành lập</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Fixed-line phone</source>
        <translation>Điện thoại cố định</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Điện thoại di động</translation>
    </message>
    <message>
        <source>Own website</source>
        <translation>Website riêng</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Mạng xã hội</translation>
    </message>
    <message>
        <source>E-marketplace</source>
        <translation>Sàn thương mại điện tử</translation>
    </message>
    <message>
        <source>Online payment</source>
        <translation>Thanh toán trực tuyến</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>ICT level</source>
        <translation>Mức độ ứng dụng CNTT</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Sửa lần cuối</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Mã bản ghi</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Người sửa</translation>
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
        <translation type="unfinished">Đóng</translation>
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
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>IctLevel</name>
    <message>
        <source>Traditional (fax, phone)</source>
        <translation>Truyền thống (fax, điện thoại)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Web presence</source>
        <translation>Hiện diện trên mạng</translation>
    </message>
    <message>
        <source>E-business</source>
        <translation>Kinh doanh điện tử</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file&apos;s text encoding is not recognised. Save it as CSV UTF-8 and try again.</source>
        <translation>Không nhận dạng được bảng mã của tệp. Vui lòng lưu tệp dưới dạng CSV UTF-8 rồi thử lại.</translation>
    </message>
    <message>
        <source>Choose a .csv or .xlsx file.</source>
        <translation>Vui lòng chọn tệp .csv hoặc .xlsx.</translation>
    </message>
    <message>
        <source>The file could not be read as a table.</source>
        <translation>Không đọc được tệp dưới dạng bảng.</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>Tệp không có dòng dữ liệu nào.</translation>
    </message>
    <message>
        <source>Choose which column holds the business name.</source>
        <translation>Vui lòng chọn cột chứa tên doanh nghiệp.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import SMEs from a file</source>
        <translation>Nhập dữ liệu doanh nghiệp từ tệp</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Tiếp</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Choose a spreadsheet with one SME per row and the column names in the first row. CSV and Excel (.xlsx) files work; of a workbook, the first sheet is read.</source>
        <translation>Chọn một bảng tính có mỗi dòng là một doanh nghiệp và tên cột ở dòng đầu tiên. Có thể dùng tệp CSV và Excel (.xlsx); với tệp Excel, chỉ trang tính đầu tiên được đọc.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Chưa chọn tệp</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>You can also drop a file on this window.</source>
        <translation>Bạn cũng có thể kéo thả tệp vào cửa sổ này.</translation>
    </message>
    <message>
        <source>GMS Desk guessed which SME field each column holds from the column names. Check each line and change what is wrong; a field can be chosen for one column only. Columns set to “— do not import —” are left out.</source>
        <translation>GMS Desk đã dựa vào tên cột để đoán mỗi cột ứng với mục thông tin nào của doanh nghiệp. Vui lòng kiểm tra từng dòng và sửa chỗ chưa đúng; mỗi mục chỉ được chọn cho một cột. Các cột đặt là “— không nhập —” sẽ được bỏ qua.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ví dụ</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Nhập vào mục</translation>
    </message>
    <message>
        <source>You can cancel; the rows imported before that are kept.</source>
        <translation>Bạn có thể hủy; các dòng đã nhập trước đó vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>These rows were not imported. Correct them in the file and import it again; the rows already imported will not be added twice.</source>
        <translation>Các dòng này chưa được nhập. Vui lòng sửa trong tệp rồi nhập lại; các dòng đã nhập sẽ không bị thêm trùng.</translation>
    </message>
    <message>
        <source>&amp;Save problem list…</source>
        <translation>&amp;Lưu danh sách lỗi…</translation>
    </message>
    <message>
        <source>Step 1 of 3: Choose a file</source>
        <translation>Bước 1/3: Chọn tệp</translation>
    </message>
    <message>
        <source>Step 2 of 3: Match the columns</source>
        <translation>Bước 2/3: Ghép cột</translation>
    </message>
    <message>
        <source>Step 3 of 3: Check</source>
        <translation>Bước 3/3: Kiểm tra</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Đang nhập</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Đã hủy nhập dữ liệu</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Chọn tệp cần nhập</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>Bảng tính</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Đang đọc tệp</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n rows below the column names.</source>
        <translation>
            <numerusform>Tệp có %n dòng dưới hàng tên cột.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns were matched to SME fields; check them in the next step.</source>
        <translation>
            <numerusform>Đã ghép %n cột với thông tin doanh nghiệp; vui lòng kiểm tra ở bước tiếp theo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has column names but no rows below them. Choose another file.</source>
        <translation>Tệp có tên cột nhưng không có dòng dữ liệu nào bên dưới. Vui lòng chọn tệp khác.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Không đọc được tệp.</translation>
    </message>
    <message>
        <source>Open it in Excel or LibreOffice, save it again as .xlsx or as CSV UTF-8, and choose it again.</source>
        <translation>Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại dưới dạng .xlsx hoặc CSV UTF-8, rồi chọn lại tệp.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Chi tiết: %1</translation>
    </message>
    <message>
        <source>Uses: %1</source>
        <translation>Có dùng: %1</translation>
    </message>
    <message>
        <source>(no name, column %1)</source>
        <translation>(không có tên, cột %1)</translation>
    </message>
    <message>
        <source>Column %1 of the file</source>
        <translation>Cột %1 của tệp</translation>
    </message>
    <message>
        <source>— do not import —</source>
        <translation>— không nhập —</translation>
    </message>
    <message>
        <source>Import column “%1” as</source>
        <translation>Nhập cột “%1” vào mục</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Lỗi</translation>
    </message>
    <message numerus="yes">
        <source>%n rows in the file;</source>
        <translation>
            <numerusform>Tệp có %n dòng;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have problems — those rows will be skipped and listed after the import.</source>
        <translation>
            <numerusform>%n dòng có lỗi — các dòng này sẽ bị bỏ qua và được liệt kê sau khi nhập.</numerusform>
        </translation>
    </message>
    <message>
        <source>none of them have problems.</source>
        <translation>không có dòng nào bị lỗi.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the first %1 have problems — those rows will be skipped and listed after the import.</source>
        <translation>
            <numerusform>%n trong %1 dòng đầu có lỗi — các dòng này sẽ bị bỏ qua và được liệt kê sau khi nhập.</numerusform>
        </translation>
    </message>
    <message>
        <source>none of the first %1 have problems.</source>
        <translation>trong %1 dòng đầu không có dòng nào bị lỗi.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n rows…</source>
        <translation>
            <numerusform>Đang nhập %n dòng…</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing SMEs</source>
        <translation>Đang nhập dữ liệu doanh nghiệp</translation>
    </message>
    <message>
        <source>Stopping after the rows being saved now…</source>
        <translation>Sẽ dừng sau khi lưu xong các dòng đang lưu…</translation>
    </message>
    <message>
        <source>Added %1, updated %2, unchanged %3, with problems %4.</source>
        <translation>Thêm mới %1, cập nhật %2, không đổi %3, có lỗi %4.</translation>
    </message>
    <message>
        <source>Import cancelled; the rows before that are kept.</source>
        <translation>Đã hủy nhập; các dòng nhập trước đó vẫn được giữ lại.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows were not reached; import the file again to add them.</source>
        <translation>
            <numerusform>Còn %n dòng chưa được nhập; hãy nhập lại tệp để thêm các dòng này.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <source>Save problem list</source>
        <translation>Lưu danh sách lỗi</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>Tệp CSV</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
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
        <translation type="unfinished">Dòng</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">Lỗi</translation>
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
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Đào tạo</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Khảo sát</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Indicator reports for headquarters come in a later release.</source>
        <translation>Báo cáo chỉ số gửi trụ sở chính sẽ có trong các phiên bản sau.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation>Chưa thiết lập đồng bộ</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting for sync</source>
        <translation>
            <numerusform>%n thay đổi đang chờ đồng bộ</numerusform>
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
        <translation type="unfinished">Hủy</translation>
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
        <translation type="unfinished">Doanh nghiệp</translation>
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
        <translation>Áp dụng ngôn ngữ</translation>
    </message>
    <message>
        <source>Administrator on this computer (may move training progress back, with a reason that is recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Your name (saved with every change)</source>
        <translation>Tên của bạn (được lưu kèm mỗi thay đổi)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
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
        <translation type="unfinished">Xóa</translation>
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
        <translation type="unfinished">Ghi chú</translation>
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
        <translation type="unfinished">Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished">Làm lại</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Đóng</translation>
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
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>New SME</source>
        <translation>Thêm doanh nghiệp</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Nhập từ tệp…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Xuất ra tệp…</translation>
    </message>
    <message>
        <source>Training and services…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Search name, phone, registration number, contact…</source>
        <translation>Tìm theo tên, điện thoại, số đăng ký, người liên hệ…</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tất cả ngành nghề</translation>
    </message>
    <message>
        <source>All economies</source>
        <translation>Tất cả quốc gia/khu vực</translation>
    </message>
    <message>
        <source>Any ICT level</source>
        <translation>Mọi mức độ ứng dụng CNTT</translation>
    </message>
    <message>
        <source>Deleted SMEs</source>
        <translation>Doanh nghiệp đã xóa</translation>
    </message>
    <message>
        <source>Show deleted SMEs, to restore them</source>
        <translation>Hiện các doanh nghiệp đã xóa để khôi phục</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>Tất cả tỉnh/thành phố</translation>
    </message>
    <message numerus="yes">
        <source>%n SME(s)</source>
        <translation>
            <numerusform>%n doanh nghiệp</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation>Không tải được danh sách: %1</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>thêm %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Đã lưu “%1”.</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>sửa %1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Đã xóa “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n SME(s).</source>
        <translation>
            <numerusform>Đã xóa %n doanh nghiệp.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %n SME(s)</source>
        <translation>
            <numerusform>xóa %n doanh nghiệp</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo with Ctrl+Z, or find it under Deleted SMEs.</source>
        <translation>Nhấn Ctrl+Z để hoàn tác, hoặc tìm lại trong mục “Doanh nghiệp đã xóa”.</translation>
    </message>
    <message numerus="yes">
        <source>restore %n SME(s)</source>
        <translation>
            <numerusform>khôi phục %n doanh nghiệp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n SME(s).</source>
        <translation>
            <numerusform>Đã khôi phục %n doanh nghiệp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export SMEs</source>
        <translation>Xuất dữ liệu doanh nghiệp</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Tệp Excel (*.xlsx);;Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Đã hủy xuất dữ liệu; không có tệp nào được ghi.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n SME(s) to %1.</source>
        <translation>
            <numerusform>Đã xuất %n doanh nghiệp ra %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting SMEs</source>
        <translation>Đang xuất dữ liệu doanh nghiệp</translation>
    </message>
</context>
<context>
    <name>SmeFormDialog</name>
    <message>
        <source>New SME</source>
        <translation>Thêm doanh nghiệp</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Quy mô</translation>
    </message>
    <message>
        <source>Edit SME — %1</source>
        <translation>Sửa doanh nghiệp — %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Lưu (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Add sector…</source>
        <translation>Thêm ngành nghề…</translation>
    </message>
    <message>
        <source>ICT and e-business use</source>
        <translation>Ứng dụng CNTT và kinh doanh điện tử</translation>
    </message>
    <message>
        <source>Add sector</source>
        <translation>Thêm ngành nghề</translation>
    </message>
    <message>
        <source>Name of the new sector:</source>
        <translation>Tên ngành nghề mới:</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Bỏ các thay đổi?</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Bạn có muốn bỏ các thay đổi vừa thực hiện không?</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>trùng tên</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>tên gần giống</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>trùng số điện thoại</translation>
    </message>
    <message>
        <source>same registration number</source>
        <translation>trùng số đăng ký kinh doanh</translation>
    </message>
    <message>
        <source>This business may already be registered. Open it instead of adding it again, or save if it is a different one:</source>
        <translation>Doanh nghiệp này có thể đã được đăng ký. Hãy mở bản ghi có sẵn thay vì thêm lại, hoặc bấm Lưu nếu đây là doanh nghiệp khác:</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Open this one</source>
        <translation>Mở bản ghi này</translation>
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
        <translation type="unfinished">Tất cả tỉnh/thành phố</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation type="unfinished">Tất cả ngành nghề</translation>
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
        <translation type="unfinished">Đóng</translation>
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
        <translation type="unfinished">Tệp Excel (*.xlsx);;Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 response(s) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished">Đã hủy xuất dữ liệu; không có tệp nào được ghi.</translation>
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
        <translation type="unfinished">Vui lòng nhập số nguyên, ví dụ 12.</translation>
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
        <translation type="unfinished">Khảo sát</translation>
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
        <translation type="unfinished">Phiên bản</translation>
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
        <translation type="unfinished">Doanh nghiệp</translation>
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
        <translation type="unfinished">Ngôn ngữ</translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Trạng thái</translation>
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
        <translation>Địa chỉ máy chủ không hợp lệ. Địa chỉ đúng có dạng https://hq.example.org.</translation>
    </message>
    <message>
        <source>Headquarters cannot be reached. Your changes are kept and will be sent when the connection is back.</source>
        <translation>Không kết nối được với trụ sở chính. Các thay đổi của bạn vẫn được giữ lại và sẽ được gửi khi có kết nối trở lại.</translation>
    </message>
    <message>
        <source>Headquarters does not recognise this computer (not enrolled, or access was withdrawn). Enrol it again with a new code.</source>
        <translation>Trụ sở chính không nhận ra máy tính này (chưa đăng ký, hoặc đã bị thu hồi quyền truy cập). Hãy đăng ký lại bằng mã mới.</translation>
    </message>
    <message>
        <source>This version of GMS Desk is too old to sync. Please update it; your data is kept until then.</source>
        <translation>Phiên bản GMS Desk này quá cũ nên không đồng bộ được. Vui lòng cập nhật; dữ liệu của bạn vẫn được giữ nguyên cho đến lúc đó.</translation>
    </message>
    <message>
        <source>Headquarters refused the request.</source>
        <translation>Trụ sở chính đã từ chối yêu cầu.</translation>
    </message>
    <message>
        <source>Headquarters could not process the sync. Try again later.</source>
        <translation>Trụ sở chính không xử lý được lần đồng bộ này. Vui lòng thử lại sau.</translation>
    </message>
    <message>
        <source>This enrolment code is not valid or was used already. Ask headquarters for a new one.</source>
        <translation>Mã đăng ký này không hợp lệ hoặc đã được dùng. Hãy xin trụ sở chính một mã mới.</translation>
    </message>
    <message>
        <source>This address does not answer like a GMS Desk headquarters server. Check the address.</source>
        <translation>Địa chỉ này không phản hồi như máy chủ GMS Desk của trụ sở chính. Vui lòng kiểm tra lại địa chỉ.</translation>
    </message>
    <message>
        <source>Sync is not set up: enrol this computer with headquarters first.</source>
        <translation>Chưa thiết lập đồng bộ: hãy đăng ký máy tính này với trụ sở chính trước.</translation>
    </message>
    <message>
        <source>Enter the server address and the enrolment code.</source>
        <translation>Vui lòng nhập địa chỉ máy chủ và mã đăng ký.</translation>
    </message>
    <message>
        <source>No GMS Desk headquarters answered at this address. Check the address (for example https://hq.example.org) and try again.</source>
        <translation>Không có máy chủ GMS Desk của trụ sở chính nào trả lời tại địa chỉ này. Vui lòng kiểm tra địa chỉ (ví dụ https://hq.example.org) rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>SyncArea</name>
    <message>
        <source>Sync with headquarters</source>
        <translation>Đồng bộ với trụ sở chính</translation>
    </message>
    <message>
        <source>Everything you enter is kept on this computer, and every change waits here until it is sent. To send your changes to headquarters and receive your colleagues&apos; work, enrol this computer once with the code headquarters gave you.</source>
        <translation>Mọi dữ liệu bạn nhập đều được lưu trên máy tính này, và mọi thay đổi đều chờ ở đây cho đến khi được gửi đi. Để gửi các thay đổi của bạn lên trụ sở chính và nhận dữ liệu của đồng nghiệp, hãy đăng ký máy tính này một lần bằng mã mà trụ sở chính đã cấp cho bạn.</translation>
    </message>
    <message>
        <source>The code from headquarters</source>
        <translation>Mã do trụ sở chính cấp</translation>
    </message>
    <message>
        <source>How headquarters will know this computer</source>
        <translation>Tên mà trụ sở chính dùng để nhận biết máy tính này</translation>
    </message>
    <message>
        <source>Enrol this computer</source>
        <translation>Đăng ký máy tính này</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Mã đăng ký</translation>
    </message>
    <message>
        <source>Name of this computer</source>
        <translation>Tên máy tính này</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <source>Enrol again…</source>
        <translation>Đăng ký lại…</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>Không có xung đột nào cần giải quyết.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>This computer&apos;s id</source>
        <translation>Mã máy tính này</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Lần đồng bộ gần nhất</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Đang chờ gửi</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Kết quả gần nhất</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) on this computer will be sent after enrolment.</source>
        <translation>
            <numerusform>%n thay đổi trên máy tính này sẽ được gửi sau khi đăng ký.</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Chưa bao giờ</translation>
    </message>
    <message>
        <source>Today at %1</source>
        <translation>Hôm nay lúc %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n thay đổi</numerusform>
        </translation>
    </message>
    <message>
        <source>No sync since GMS Desk started</source>
        <translation>Chưa đồng bộ lần nào kể từ khi mở GMS Desk</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message numerus="yes">
        <source>Resolve %n conflict(s)…</source>
        <translation>
            <numerusform>Giải quyết %n xung đột…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %1, received %2, %n conflict(s)</source>
        <translation>
            <numerusform>Đã gửi %1, đã nhận %2, %n xung đột</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1, received %2</source>
        <translation>Đã gửi %1, đã nhận %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Enrolling this computer with headquarters…</source>
        <translation>Đang đăng ký máy tính này với trụ sở chính…</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Sync not set up</source>
        <translation>Chưa thiết lập đồng bộ</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>Sync is busy. Try again in a moment.</source>
        <translation>Đang đồng bộ. Vui lòng thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>Syncing… %1 %</source>
        <translation>Đang đồng bộ… %1%</translation>
    </message>
    <message>
        <source>Sync problem: %1</source>
        <translation>Lỗi đồng bộ: %1</translation>
    </message>
    <message>
        <source>Unexpected error (details in gmsdesk.log): %1</source>
        <translation>Lỗi không mong muốn (chi tiết trong gmsdesk.log): %1</translation>
    </message>
    <message>
        <source>Enrolment failed unexpectedly (details in gmsdesk.log): %1</source>
        <translation>Đăng ký thất bại do lỗi không mong muốn (chi tiết trong gmsdesk.log): %1</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Ngoại tuyến — %n thay đổi đang chờ</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Chưa đồng bộ</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Đã đồng bộ lúc %1</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Đồng bộ lần cuối lúc %1</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
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
        <translation type="unfinished">Nữ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished">Nam</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Khác</translation>
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
        <translation type="unfinished">Đào tạo</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">Email</translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished">Website</translation>
    </message>
    <message>
        <source>E-marketplace</source>
        <translation type="unfinished">Sàn thương mại điện tử</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished">Mạng xã hội</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Điện thoại</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished">Fax</translation>
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
        <translation type="unfinished">Đào tạo</translation>
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
        <translation>Vui lòng nhập tên doanh nghiệp.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>Nội dung này quá dài.</translation>
    </message>
    <message>
        <source>Enter a whole number, for example 12.</source>
        <translation>Vui lòng nhập số nguyên, ví dụ 12.</translation>
    </message>
    <message>
        <source>The number cannot be negative.</source>
        <translation>Số này không được âm.</translation>
    </message>
    <message>
        <source>Female employees cannot be more than all employees.</source>
        <translation>Số lao động nữ không được lớn hơn tổng số lao động.</translation>
    </message>
    <message>
        <source>Enter a year between 1900 and this year.</source>
        <translation>Vui lòng nhập năm từ 1900 đến năm nay.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>Địa chỉ email này có vẻ không đúng.</translation>
    </message>
    <message>
        <source>This does not look like a web address.</source>
        <translation>Địa chỉ web này có vẻ không đúng.</translation>
    </message>
    <message>
        <source>Use digits, spaces and + - ( ) only, at least 6 digits.</source>
        <translation>Chỉ dùng chữ số, dấu cách và + - ( ), ít nhất 6 chữ số.</translation>
    </message>
    <message>
        <source>Choose a sector from the list.</source>
        <translation>Vui lòng chọn ngành nghề trong danh sách.</translation>
    </message>
    <message>
        <source>Choose one of the six economies.</source>
        <translation>Vui lòng chọn một trong sáu quốc gia/khu vực.</translation>
    </message>
    <message>
        <source>Choose female, male or other.</source>
        <translation>Vui lòng chọn Nữ, Nam hoặc Khác.</translation>
    </message>
    <message>
        <source>Enter a name for the sector.</source>
        <translation>Vui lòng nhập tên ngành nghề.</translation>
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
        <translation type="unfinished">Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Hủy</translation>
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
        <translation type="unfinished">Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished">Làm lại</translation>
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
        <translation type="unfinished">Điện thoại</translation>
    </message>
    <message>
        <source>SME</source>
        <translation type="unfinished">Doanh nghiệp</translation>
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
        <translation type="unfinished">Trạng thái</translation>
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
        <translation type="unfinished">Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Hủy</translation>
    </message>
</context>
</TS>
