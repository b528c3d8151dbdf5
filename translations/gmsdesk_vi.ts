<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>&amp;About GMS Desk</source>
            <translation>&amp;Giới thiệu GMS Desk</translation>
        </message>
        <message>
            <source>About GMS Desk</source>
            <translation>Giới thiệu GMS Desk</translation>
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
            <translation>Phiên bản %1 (bản dựng %2)</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Thư mục dữ liệu</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Sao chép</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Mở thư mục</translation>
        </message>
        <message>
            <source>Your records, settings, backups and log are in this folder. Installing a new version of GMS Desk, or uninstalling it, leaves the folder as it is.</source>
            <translation>Hồ sơ, cài đặt, bản sao lưu và nhật ký của bạn nằm trong thư mục này. Khi cài phiên bản GMS Desk mới hoặc gỡ cài đặt GMS Desk, thư mục này vẫn được giữ nguyên.</translation>
        </message>
        <message>
            <source>GMS Desk is free software under the MIT licence. Its fonts are under the SIL Open Font Licence (Noto) and the Bitstream Vera licence (GMS Symbols).</source>
            <translation>GMS Desk là phần mềm tự do theo giấy phép MIT. Các phông chữ của phần mềm theo giấy phép SIL Open Font Licence (Noto) và giấy phép Bitstream Vera (GMS Symbols).</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Sao chép thông tin</translation>
        </message>
    </context>
    <context>
        <name>AcknowledgeWidget</name>
        <message>
            <source>OK</source>
            <translation>Xác nhận</translation>
        </message>
    </context>
    <context>
        <name>ActivityList</name>
        <message>
            <source>Any date</source>
            <translation>Mọi ngày</translation>
        </message>
        <message>
            <source>Open SME</source>
            <translation>Mở doanh nghiệp</translation>
        </message>
        <message>
            <source>Search SME name…</source>
            <translation>Tìm tên doanh nghiệp…</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Xóa bộ lọc</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Đang đếm…</translation>
        </message>
        <message>
            <source>The list could not be loaded: %1</source>
            <translation>Không tải được danh sách: %1</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <source>Administrator</source>
            <translation>Quản trị viên</translation>
        </message>
        <message>
            <source>An administrator may move training progress back and retire survey forms. Anyone else can do everything else.</source>
            <translation>Quản trị viên được phép lùi tiến độ đào tạo và ngừng dùng biểu mẫu khảo sát. Mọi người khác đều làm được tất cả các việc còn lại.</translation>
        </message>
        <message>
            <source>No administrator on this computer for now</source>
            <translation>Tạm thời chưa có quản trị viên trên máy tính này</translation>
        </message>
        <message>
            <source>Protect the administrator role with a password</source>
            <translation>Bảo vệ vai trò quản trị viên bằng mật khẩu</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Mật khẩu:</translation>
        </message>
        <message>
            <source>Password again:</source>
            <translation>Nhập lại mật khẩu:</translation>
        </message>
        <message>
            <source>Headquarters can also make this computer an administrator's when it enrols it: then no password is needed. The password is kept on this computer only; Settings sets or changes it later.</source>
            <translation>Trụ sở chính cũng có thể đặt máy tính này làm máy của quản trị viên khi đăng ký máy: khi đó không cần mật khẩu. Mật khẩu chỉ được lưu trên máy tính này; bạn có thể đặt hoặc đổi mật khẩu sau trong Cài đặt.</translation>
        </message>
    </context>
    <context>
        <name>AdminPanel</name>
        <message>
            <source>This computer is an administrator's: headquarters made it so when it enrolled it. It may move training progress back and retire survey forms.</source>
            <translation>Đây là máy tính của quản trị viên: trụ sở chính đã thiết lập như vậy khi đăng ký máy. Máy này được phép lùi tiến độ đào tạo và ngừng dùng biểu mẫu khảo sát.</translation>
        </message>
        <message>
            <source>Administrator mode is on until GMS Desk closes: training progress may be moved back and survey forms retired.</source>
            <translation>Chế độ quản trị đang bật cho đến khi đóng GMS Desk: có thể lùi tiến độ đào tạo và ngừng dùng biểu mẫu khảo sát.</translation>
        </message>
        <message>
            <source>Only an administrator may move training progress back and retire survey forms. “Administrator…” asks for the password.</source>
            <translation>Chỉ quản trị viên mới được lùi tiến độ đào tạo và ngừng dùng biểu mẫu khảo sát. Nút “Quản trị viên…” sẽ hỏi mật khẩu.</translation>
        </message>
        <message>
            <source>No administrator password is set on this computer: set one to allow moving training progress back and retiring survey forms here.</source>
            <translation>Máy tính này chưa đặt mật khẩu quản trị viên: hãy đặt một mật khẩu để có thể lùi tiến độ đào tạo và ngừng dùng biểu mẫu khảo sát tại đây.</translation>
        </message>
        <message>
            <source>End administrator mode</source>
            <translation>Tắt chế độ quản trị</translation>
        </message>
        <message>
            <source>Administrator…</source>
            <translation>Quản trị viên…</translation>
        </message>
        <message>
            <source>Change administrator password…</source>
            <translation>Đổi mật khẩu quản trị viên…</translation>
        </message>
        <message>
            <source>Set administrator password…</source>
            <translation>Đặt mật khẩu quản trị viên…</translation>
        </message>
    </context>
    <context>
        <name>AdminPasswordDialog</name>
        <message>
            <source>Administrator password</source>
            <translation>Mật khẩu quản trị viên</translation>
        </message>
        <message>
            <source>An administrator may move training progress back and retire survey forms. The password is kept on this computer only, never sent.</source>
            <translation>Quản trị viên được phép lùi tiến độ đào tạo và ngừng dùng biểu mẫu khảo sát. Mật khẩu chỉ được lưu trên máy tính này, không bao giờ được gửi đi.</translation>
        </message>
        <message>
            <source>Current password:</source>
            <translation>Mật khẩu hiện tại:</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>Mật khẩu mới:</translation>
        </message>
        <message>
            <source>New password again:</source>
            <translation>Nhập lại mật khẩu mới:</translation>
        </message>
        <message>
            <source>Set password</source>
            <translation>Đặt mật khẩu</translation>
        </message>
        <message>
            <source>The current password is not right.</source>
            <translation>Mật khẩu hiện tại không đúng.</translation>
        </message>
    </context>
    <context>
        <name>AdminUnlockDialog</name>
        <message>
            <source>Administrator</source>
            <translation>Quản trị viên</translation>
        </message>
        <message>
            <source>This is not the administrator password.</source>
            <translation>Đây không phải là mật khẩu quản trị viên.</translation>
        </message>
        <message>
            <source>Administrator mode lets you move training progress back and retire survey forms. It lasts until GMS Desk closes.</source>
            <translation>Chế độ quản trị cho phép bạn lùi tiến độ đào tạo và ngừng dùng biểu mẫu khảo sát. Chế độ này kéo dài cho đến khi đóng GMS Desk.</translation>
        </message>
        <message>
            <source>Administrator password:</source>
            <translation>Mật khẩu quản trị viên:</translation>
        </message>
        <message>
            <source>Administrator mode</source>
            <translation>Chế độ quản trị</translation>
        </message>
    </context>
    <context>
        <name>AgencyDialog</name>
        <message>
            <source>Edit agency — %1</source>
            <translation>Sửa đơn vị — %1</translation>
        </message>
        <message>
            <source>Headquarters gave this code when it added the agency.</source>
            <translation>Trụ sở chính cấp mã này khi thêm đơn vị.</translation>
        </message>
        <message>
            <source>Names, separated by commas</source>
            <translation>Tên, cách nhau bằng dấu phẩy</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Liên hệ</translation>
        </message>
        <message>
            <source>Add service</source>
            <translation>Thêm dịch vụ</translation>
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
            <source>Discard changes?</source>
            <translation>Bỏ các thay đổi?</translation>
        </message>
        <message>
            <source>Discard your changes?</source>
            <translation>Bạn có muốn bỏ các thay đổi vừa thực hiện không?</translation>
        </message>
    </context>
    <context>
        <name>AgencyTableModel</name>
        <message>
            <source>Agency</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Dịch vụ</translation>
        </message>
    </context>
    <context>
        <name>Attachments</name>
        <message>
            <source>This file is %1 MB; files up to %2 MB can be attached. Choose a smaller file (a photo taken at a lower resolution, a shorter recording).</source>
            <translation>Tệp này có dung lượng %1 MB; chỉ đính kèm được tệp tối đa %2 MB. Hãy chọn tệp nhỏ hơn (ảnh chụp ở độ phân giải thấp hơn, bản ghi âm ngắn hơn).</translation>
        </message>
    </context>
    <context>
        <name>AttendanceRuleEdit</name>
        <message>
            <source>Present every day</source>
            <translation>Có mặt tất cả các ngày</translation>
        </message>
        <message>
            <source>Present on at least</source>
            <translation>Có mặt ít nhất</translation>
        </message>
        <message>
            <source>Share of the days a participant must be present</source>
            <translation>Tỷ lệ số ngày học viên phải có mặt</translation>
        </message>
        <message>
            <source>of the workshop's days; 0 % asks no attendance</source>
            <translation>số ngày của khóa tập huấn; 0 % là không yêu cầu điểm danh</translation>
        </message>
    </context>
    <context>
        <name>AttendanceSheetDialog</name>
        <message>
            <source>Sign-in sheet</source>
            <translation>Bảng điểm danh</translation>
        </message>
        <message>
            <source>Day %1 — %2</source>
            <translation>Ngày %1 — %2</translation>
        </message>
        <message>
            <source>Print &amp;phone numbers</source>
            <translation>In &amp;số điện thoại</translation>
        </message>
        <message>
            <source>The sheet goes round the room for everyone to sign: phone numbers are left off unless you need them on paper.</source>
            <translation>Bảng này được chuyền quanh lớp để mọi người ký tên: số điện thoại không được in, trừ khi bạn cần có trên giấy.</translation>
        </message>
        <message>
            <source>This workshop has no days yet: give it dates first.</source>
            <translation>Khóa tập huấn này chưa có ngày học: hãy nhập thời gian cho khóa trước.</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Ngày:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>N&amp;gôn ngữ:</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>&amp;Lưu PDF…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
    </context>
    <context>
        <name>AttendanceView</name>
        <message>
            <source>Session &amp;day:</source>
            <translation>&amp;Ngày học:</translation>
        </message>
        <message>
            <source>Type a name, then press Enter</source>
            <translation>Gõ tên rồi nhấn Enter</translation>
        </message>
        <message>
            <source>Find a participant</source>
            <translation>Tìm học viên</translation>
        </message>
        <message>
            <source>Enter marks the highlighted person present; ↑ ↓ choose another; Esc clears the search. %1 takes a mark off; Ctrl+Z undoes the last step.</source>
            <translation>Enter: đánh dấu người đang chọn là có mặt; ↑ ↓: chọn người khác; Esc: xóa ô tìm. %1: bỏ đánh dấu có mặt; Ctrl+Z: hoàn tác bước vừa làm.</translation>
        </message>
        <message>
            <source>Not &amp;here (take the mark off)</source>
            <translation>&amp;Vắng (bỏ đánh dấu có mặt)</translation>
        </message>
        <message>
            <source>Take the present mark off the highlighted person (%1)</source>
            <translation>Bỏ đánh dấu có mặt của người đang chọn (%1)</translation>
        </message>
        <message>
            <source>Sign-in &amp;sheet…</source>
            <translation>&amp;Bảng điểm danh…</translation>
        </message>
        <message>
            <source>Print the day's sign-in sheet for people to sign (Ctrl+P)</source>
            <translation>In bảng điểm danh của ngày học để mọi người ký tên (Ctrl+P)</translation>
        </message>
        <message>
            <source>Day %1 — %2</source>
            <translation>Ngày %1 — %2</translation>
        </message>
        <message>
            <source>Nobody enrolled matches “%1”.</source>
            <translation>Không có học viên đã ghi danh nào khớp với “%1”.</translation>
        </message>
        <message>
            <source>%1 is already marked present. To take the mark off, press %2.</source>
            <translation>%1 đã được đánh dấu có mặt. Để bỏ đánh dấu, hãy nhấn %2.</translation>
        </message>
        <message>
            <source>%1 is not marked present.</source>
            <translation>%1 chưa được đánh dấu có mặt.</translation>
        </message>
        <message>
            <source>mark %1 present</source>
            <translation>đánh dấu %1 có mặt</translation>
        </message>
        <message>
            <source>mark %1 absent</source>
            <translation>đánh dấu %1 vắng mặt</translation>
        </message>
        <message>
            <source>✔ %1 is here.</source>
            <translation>✔ %1 đã có mặt.</translation>
        </message>
        <message>
            <source>The mark is off: %1 is not marked present.</source>
            <translation>Đã bỏ đánh dấu: %1 không còn được đánh dấu có mặt.</translation>
        </message>
        <message>
            <source>Present %1 of %2</source>
            <translation>Có mặt %1/%2</translation>
        </message>
    </context>
    <context>
        <name>BackupModel</name>
        <message>
            <source>Made</source>
            <translation>Thời điểm tạo</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Dung lượng</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Kiểm tra</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Đạt</translation>
        </message>
    </context>
    <context>
        <name>BackupPreview</name>
        <message>
            <source>This backup was made on %1. It holds %2, %3 and %4.</source>
            <translation>Bản sao lưu này được tạo vào %1. Bản sao lưu có %2, %3 và %4.</translation>
        </message>
        <message numerus="yes">
            <source>%n SME(s)</source>
            <translation>
                <numerusform>%n doanh nghiệp</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n workshop(s)</source>
            <translation>
                <numerusform>%n khóa tập huấn</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n survey response(s)</source>
            <translation>
                <numerusform>%n phiếu trả lời khảo sát</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It also holds %n attached photo(s) or file(s) (%1).</source>
            <translation>
                <numerusform>Bản sao lưu còn có %n ảnh hoặc tệp đính kèm (%1).</numerusform>
            </translation>
        </message>
        <message>
            <source>Why it was made: %1</source>
            <translation>Lý do tạo: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n attached photo(s) or file(s) were put back.</source>
            <translation>
                <numerusform>Đã khôi phục %n ảnh hoặc tệp đính kèm.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attached file(s) could not be put back (damaged in the backup). Files like these come from headquarters when opened, if it has them.</source>
            <translation>
                <numerusform>%n tệp đính kèm trong bản sao lưu bị hỏng nên không được khôi phục; khi mở, các tệp này sẽ được tải từ trụ sở chính nếu trụ sở chính có.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The end of the backup is damaged: %n attached file(s) could not be read.</source>
            <translation>
                <numerusform>Phần cuối của bản sao lưu bị hỏng: không đọc được %n tệp đính kèm.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Every 30 minutes</source>
            <translation>30 phút một lần</translation>
        </message>
        <message>
            <source>At start, after GMS Desk was not closed properly</source>
            <translation>Khi khởi động, sau lần GMS Desk không được đóng đúng cách</translation>
        </message>
        <message>
            <source>Backed up by hand</source>
            <translation>Sao lưu thủ công</translation>
        </message>
        <message>
            <source>Before the database was upgraded</source>
            <translation>Trước khi nâng cấp cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Trước khi nhập dữ liệu</translation>
        </message>
        <message>
            <source>Before a backup was restored</source>
            <translation>Trước khi khôi phục một bản sao lưu</translation>
        </message>
        <message>
            <source>Before many records were deleted</source>
            <translation>Trước khi xóa nhiều bản ghi</translation>
        </message>
        <message>
            <source>Before a form version was retired</source>
            <translation>Trước khi ngừng dùng một phiên bản biểu mẫu</translation>
        </message>
        <message>
            <source>an unknown date</source>
            <translation>ngày không xác định</translation>
        </message>
        <message>
            <source>Checking the database…</source>
            <translation>Đang kiểm tra cơ sở dữ liệu…</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Đang khôi phục…</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>Cơ sở dữ liệu bị hỏng</translation>
        </message>
        <message>
            <source>The database on this computer is damaged, so GMS Desk will not open it for writing.</source>
            <translation>Cơ sở dữ liệu trên máy tính này bị hỏng nên GMS Desk sẽ không mở để ghi.</translation>
        </message>
        <message>
            <source>The newest backup was made on %1 (%2). Restore it? The damaged database is kept as it is in the backups folder.</source>
            <translation>Bản sao lưu mới nhất được tạo vào %1 (%2). Khôi phục bản này? Cơ sở dữ liệu bị hỏng vẫn được giữ nguyên trong thư mục sao lưu.</translation>
        </message>
        <message>
            <source>Restore this backup</source>
            <translation>Khôi phục bản sao lưu này</translation>
        </message>
        <message>
            <source>There is no backup of it on this computer. Restore one from a file (a USB stick), or copy the folder %1 for your support contact.</source>
            <translation>Máy tính này không có bản sao lưu nào của cơ sở dữ liệu. Hãy khôi phục từ một tệp (ví dụ trên USB), hoặc sao chép thư mục %1 để gửi cho bộ phận hỗ trợ kỹ thuật.</translation>
        </message>
        <message>
            <source>Restore from a file…</source>
            <translation>Khôi phục từ tệp…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Thoát</translation>
        </message>
        <message>
            <source>Restore from a file</source>
            <translation>Khôi phục từ tệp</translation>
        </message>
        <message>
            <source>GMS Desk backups (%1)</source>
            <translation>Bản sao lưu GMS Desk (%1)</translation>
        </message>
        <message>
            <source>Making a backup first…</source>
            <translation>Đang tạo bản sao lưu trước…</translation>
        </message>
    </context>
    <context>
        <name>BackupsPanel</name>
        <message>
            <source>GMS Desk backs up your data every 30 minutes while something changes, when it starts after it was not closed properly, and before risky work such as an import or a restore. Each backup is checked when it is made.</source>
            <translation>GMS Desk tự động sao lưu dữ liệu của bạn 30 phút một lần khi có thay đổi, khi khởi động sau lần không được đóng đúng cách, và trước những thao tác có rủi ro như nhập dữ liệu hay khôi phục. Mỗi bản sao lưu đều được kiểm tra ngay khi tạo.</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Sao lưu ngay</translation>
        </message>
        <message>
            <source>Back up to…</source>
            <translation>Sao lưu vào…</translation>
        </message>
        <message>
            <source>A copy in a folder you choose, such as a USB stick, encrypted with a passphrase if you give one</source>
            <translation>Một bản sao trong thư mục bạn chọn, ví dụ trên USB, được mã hóa bằng mật khẩu nếu bạn đặt mật khẩu</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Khôi phục…</translation>
        </message>
        <message>
            <source>Put the selected backup back</source>
            <translation>Khôi phục bản sao lưu đang chọn</translation>
        </message>
        <message>
            <source>Restore from a file…</source>
            <translation>Khôi phục từ tệp…</translation>
        </message>
        <message>
            <source>Kept in</source>
            <translation>Lưu tại</translation>
        </message>
        <message>
            <source>Room for backups</source>
            <translation>Dung lượng dành cho sao lưu</translation>
        </message>
        <message>
            <source>Automatic (%1)</source>
            <translation>Tự động (%1)</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Tự động</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s), %1 in all</source>
            <translation>
                <numerusform>%n bản sao lưu, tổng cộng %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Đang sao lưu…</translation>
        </message>
        <message>
            <source>Back up to</source>
            <translation>Sao lưu vào</translation>
        </message>
        <message>
            <source>The backup was written, encrypted, to %1.</source>
            <translation>Đã ghi bản sao lưu (có mã hóa) vào %1.</translation>
        </message>
        <message>
            <source>The backup was written to %1.</source>
            <translation>Đã ghi bản sao lưu vào %1.</translation>
        </message>
        <message>
            <source>Restore from a file</source>
            <translation>Khôi phục từ tệp</translation>
        </message>
        <message>
            <source>Reading the backup…</source>
            <translation>Đang đọc bản sao lưu…</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Khôi phục bản sao lưu</translation>
        </message>
        <message>
            <source>Restoring replaces the data on this computer with this backup. What is here now is backed up first. Changes already sent to headquarters come back at the next sync.</source>
            <translation>Khi khôi phục, dữ liệu trên máy tính này sẽ được thay bằng bản sao lưu này. Dữ liệu hiện có sẽ được sao lưu trước. Những thay đổi đã gửi lên trụ sở chính sẽ được nhận lại ở lần đồng bộ tiếp theo.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Khôi phục</translation>
        </message>
        <message>
            <source>GMS Desk backups (%1)</source>
            <translation>Bản sao lưu GMS Desk (%1)</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sao lưu</translation>
        </message>
        <message>
            <source>The backup was restored.</source>
            <translation>Đã khôi phục bản sao lưu.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Đang khôi phục…</translation>
        </message>
    </context>
    <context>
        <name>BarcodeWidget</name>
        <message>
            <source>Read from a photo of the barcode…</source>
            <translation>Đọc từ ảnh chụp mã vạch…</translation>
        </message>
        <message>
            <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</source>
            <translation>Ảnh (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</translation>
        </message>
        <message>
            <source>No barcode could be read in this photo. Type the number under the bars instead.</source>
            <translation>Không đọc được mã vạch nào trong ảnh này. Hãy gõ dãy số in dưới các vạch.</translation>
        </message>
    </context>
    <context>
        <name>BenchmarkView</name>
        <message>
            <source>Indicator</source>
            <translation>Chỉ số</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>So sánh</translation>
        </message>
        <message>
            <source>Benchmark</source>
            <translation>Bảng so sánh</translation>
        </message>
        <message>
            <source>compared by</source>
            <translation>so sánh theo</translation>
        </message>
        <message>
            <source>Benchmarking ranks agencies, provinces or economies side by side on one indicator, for the period and the places chosen above, each against its own target. Choose the indicator and what to compare them by; the ranking shows here once its figures are computed.</source>
            <translation>Phần So sánh xếp hạng các đơn vị, tỉnh/thành phố hoặc quốc gia/khu vực cạnh nhau theo một chỉ số, trong kỳ và tại các địa bàn đã chọn ở trên, mỗi nơi so với chỉ tiêu của riêng mình. Hãy chọn chỉ số và tiêu chí so sánh; bảng xếp hạng sẽ hiện ở đây khi số liệu được tính xong.</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Provinces</source>
            <translation>Tỉnh/thành phố</translation>
        </message>
        <message>
            <source>Economies</source>
            <translation>Quốc gia/khu vực</translation>
        </message>
        <message>
            <source>Nothing was recorded for this selection.</source>
            <translation>Không có dữ liệu nào được ghi nhận cho lựa chọn này.</translation>
        </message>
        <message>
            <source>No indicator can be compared here: benchmarking needs an indicator counted by province or economy (by agency too, on a headquarters laptop).</source>
            <translation>Không có chỉ số nào so sánh được ở đây: phần So sánh cần một chỉ số được tính theo tỉnh/thành phố hoặc quốc gia/khu vực (trên máy tính của trụ sở chính thì cả theo đơn vị).</translation>
        </message>
        <message>
            <source>Nothing to rank: no records count towards “%1” for the period and the places chosen above. Once records of it are entered here or received by sync, they show here, ranked; a longer period or fewer filters may find some.</source>
            <translation>Không có gì để xếp hạng: không có bản ghi nào được tính vào “%1” trong kỳ và tại các địa bàn đã chọn ở trên. Khi các bản ghi cho chỉ số này được nhập tại đây hoặc nhận được qua đồng bộ, chúng sẽ được xếp hạng và hiện ở đây; chọn kỳ dài hơn hoặc bớt bộ lọc có thể tìm thấy một số bản ghi.</translation>
        </message>
        <message>
            <source>Ranked by the actual value. Each is measured against its own target; double-click a row to see the records behind it.</source>
            <translation>Xếp hạng theo giá trị thực tế. Mỗi dòng được so với chỉ tiêu của riêng nó; nhấp đúp vào một dòng để xem các bản ghi tạo nên số liệu đó.</translation>
        </message>
    </context>
    <context>
        <name>BreakdownView</name>
        <message>
            <source>Indicator</source>
            <translation>Chỉ số</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Hàng</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Cột</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>Phân tổ</translation>
        </message>
        <message>
            <source>by</source>
            <translation>theo</translation>
        </message>
        <message>
            <source>and</source>
            <translation>và</translation>
        </message>
        <message>
            <source>(nothing else)</source>
            <translation>(không phân thêm)</translation>
        </message>
        <message>
            <source>Nothing was recorded for this selection.</source>
            <translation>Không có dữ liệu nào được ghi nhận cho lựa chọn này.</translation>
        </message>
        <message>
            <source>Double-click a number to see the records behind it.</source>
            <translation>Nhấp đúp vào một số để xem các bản ghi tạo nên số đó.</translation>
        </message>
    </context>
    <context>
        <name>CameraDialog</name>
        <message>
            <source>Take a photo</source>
            <translation>Chụp ảnh</translation>
        </message>
        <message>
            <source>Take</source>
            <translation>Chụp</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
    </context>
    <context>
        <name>CertificatePreviewDialog</name>
        <message>
            <source>Certificates — preview</source>
            <translation>Giấy chứng nhận — xem trước</translation>
        </message>
        <message>
            <source>Certificates in this file</source>
            <translation>Các giấy chứng nhận trong tệp này</translation>
        </message>
        <message>
            <source>(new)</source>
            <translation>(mới)</translation>
        </message>
        <message>
            <source>← &amp;Previous</source>
            <translation>← &amp;Trang trước</translation>
        </message>
        <message>
            <source>&amp;Next →</source>
            <translation>Trang &amp;sau →</translation>
        </message>
        <message>
            <source>Open in the PDF &amp;viewer</source>
            <translation>Mở bằng trình &amp;xem PDF</translation>
        </message>
        <message>
            <source>The certificates cannot be shown here: this computer has no program to draw PDF pages in GMS Desk.

To check them before they are issued, press “Open in the PDF viewer” below. Or save the PDF and open it from its folder.</source>
            <translation>Không thể hiển thị giấy chứng nhận tại đây: máy tính này không có chương trình để hiển thị trang PDF trong GMS Desk.

Để kiểm tra trước khi cấp, hãy nhấn “Mở bằng trình xem PDF” bên dưới. Hoặc lưu tệp PDF rồi mở từ thư mục chứa tệp.</translation>
        </message>
        <message numerus="yes">
            <source>Saving gives %n new certificate number(s), dated %1. Numbers once given stay with the person.</source>
            <translation>
                <numerusform>Khi lưu sẽ cấp %n số giấy chứng nhận mới, ghi ngày %1. Số đã cấp sẽ gắn với người được cấp.</numerusform>
            </translation>
        </message>
        <message>
            <source>Everyone here already holds a certificate number: saving writes the PDF again.</source>
            <translation>Mọi người ở đây đều đã có số giấy chứng nhận: khi lưu, tệp PDF sẽ được ghi lại.</translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s) in this file.</source>
            <translation>
                <numerusform>Tệp này có %n giấy chứng nhận.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Issue and save PDF…</source>
            <translation>&amp;Cấp số và lưu PDF…</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>&amp;Lưu PDF…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Trang %1/%2</translation>
        </message>
        <message numerus="yes">
            <source>Only the first %n page(s) are shown here; the PDF has them all.</source>
            <translation>
                <numerusform>Tại đây chỉ hiển thị %n trang đầu; tệp PDF có đầy đủ các trang.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CertificateSettings</name>
        <message>
            <source>Logo…</source>
            <translation>Logo…</translation>
        </message>
        <message>
            <source>Choose the agency's logo: a PNG or JPEG image of at most 2 MB</source>
            <translation>Chọn logo của đơn vị: ảnh PNG hoặc JPEG, tối đa 2 MB</translation>
        </message>
        <message>
            <source>Remove logo</source>
            <translation>Bỏ logo</translation>
        </message>
        <message>
            <source>Printed at the top of every certificate, above the agency's name. GMS Desk keeps a copy: the file chosen may be moved or deleted afterwards.</source>
            <translation>In ở đầu mỗi giấy chứng nhận, phía trên tên đơn vị. GMS Desk giữ một bản sao: sau đó có thể di chuyển hoặc xóa tệp đã chọn.</translation>
        </message>
        <message>
            <source>New workshops start with this rule, and so does a workshop that has none of its own. Each workshop keeps its own rule, set when it is edited, the same on every computer.</source>
            <translation>Khóa tập huấn mới bắt đầu với quy định này, khóa chưa có quy định riêng cũng vậy. Mỗi khóa giữ quy định riêng của mình, đặt khi sửa khóa, giống nhau trên mọi máy tính.</translation>
        </message>
        <message>
            <source>Issuing agency</source>
            <translation>Đơn vị cấp</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Attendance for a certificate</source>
            <translation>Mức chuyên cần để được cấp giấy chứng nhận</translation>
        </message>
        <message>
            <source>Not known until this computer is enrolled in the Sync area</source>
            <translation>Chưa xác định cho đến khi máy tính này được đăng ký trong mục Đồng bộ</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Không có logo</translation>
        </message>
        <message>
            <source>Choose the agency's logo</source>
            <translation>Chọn logo của đơn vị</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
            <translation>Ảnh (*.png *.jpg *.jpeg);;Tất cả các tệp (*)</translation>
        </message>
        <message>
            <source>Certificates print this logo from now on.</source>
            <translation>Từ nay giấy chứng nhận sẽ in logo này.</translation>
        </message>
        <message>
            <source>Certificates print no logo from now on.</source>
            <translation>Từ nay giấy chứng nhận sẽ không in logo.</translation>
        </message>
    </context>
    <context>
        <name>CertificatesView</name>
        <message>
            <source>Share of the days a participant must be present</source>
            <translation>Tỷ lệ số ngày học viên phải có mặt</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>Tất cả các ngày</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Latin letters</source>
            <translation>Chữ Latinh</translation>
        </message>
        <message>
            <source>Days present</source>
            <translation>Số ngày có mặt</translation>
        </message>
        <message>
            <source>Modules completed</source>
            <translation>Học phần đã hoàn thành</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Giấy chứng nhận</translation>
        </message>
        <message>
            <source>&amp;Issue and save certificates…</source>
            <translation>&amp;Cấp và lưu giấy chứng nhận…</translation>
        </message>
        <message>
            <source>Preview the certificates, then give their numbers and save them as one PDF</source>
            <translation>Xem trước giấy chứng nhận, sau đó cấp số và lưu tất cả vào một tệp PDF</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Mở thư mục</translation>
        </message>
        <message>
            <source>Present on at &amp;least:</source>
            <translation>Có mặt tối th&amp;iểu:</translation>
        </message>
        <message>
            <source>&amp;Date on the certificates:</source>
            <translation>&amp;Ngày ghi trên giấy chứng nhận:</translation>
        </message>
        <message>
            <source>&amp;Language of the PDF:</source>
            <translation>N&amp;gôn ngữ của tệp PDF:</translation>
        </message>
        <message>
            <source>Never before the last day (%1).</source>
            <translation>Không được trước ngày kết thúc khóa (%1).</translation>
        </message>
        <message>
            <source>Qualifies: numbered when you issue</source>
            <translation>Đủ điều kiện: được cấp số khi bạn cấp giấy</translation>
        </message>
        <message>
            <source>modules not all completed</source>
            <translation>chưa hoàn thành hết học phần</translation>
        </message>
        <message>
            <source>present %1 of the %2 days needed</source>
            <translation>có mặt %1/%2 ngày cần thiết</translation>
        </message>
        <message>
            <source>Not yet: %1</source>
            <translation>Chưa đủ: %1</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message numerus="yes">
            <source>of the days (%1 of %n day(s))</source>
            <translation>
                <numerusform>số ngày (%1/%n ngày)</numerusform>
            </translation>
        </message>
        <message>
            <source>A certificate goes to each participant who completed every module and was present on enough days.</source>
            <translation>Giấy chứng nhận được cấp cho mỗi học viên đã hoàn thành mọi học phần và có mặt đủ số ngày.</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) qualify;</source>
            <translation>
                <numerusform>%n học viên đủ điều kiện;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s) issued.</source>
            <translation>
                <numerusform>đã cấp %n giấy chứng nhận.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more will be numbered when you issue.</source>
            <translation>
                <numerusform>%n giấy nữa sẽ được cấp số khi bạn cấp giấy.</numerusform>
            </translation>
        </message>
        <message>
            <source>This computer is not enrolled with an agency yet: the certificates will not name the issuing agency. Enrol it in the Sync area first.</source>
            <translation>Máy tính này chưa được đăng ký với đơn vị nào: giấy chứng nhận sẽ không ghi tên đơn vị cấp. Hãy đăng ký máy tính trong mục Đồng bộ trước.</translation>
        </message>
        <message>
            <source>This workshop has not started yet (first day: %1). Certificates are issued after its last day.</source>
            <translation>Khóa tập huấn này chưa bắt đầu (ngày đầu tiên: %1). Giấy chứng nhận được cấp sau ngày học cuối cùng.</translation>
        </message>
        <message>
            <source>This workshop is “%1” until its last day (%2). Certificates are issued after it.</source>
            <translation>Khóa tập huấn này ở trạng thái “%1” cho đến ngày cuối cùng (%2). Giấy chứng nhận được cấp sau ngày đó.</translation>
        </message>
        <message>
            <source>Issue certificates now anyway? They are dated %1 and go only to those who already meet every rule.</source>
            <translation>Vẫn cấp giấy chứng nhận ngay bây giờ? Giấy sẽ ghi ngày %1 và chỉ cấp cho những người đã đáp ứng mọi điều kiện.</translation>
        </message>
        <message>
            <source>Workshop not over</source>
            <translation>Khóa tập huấn chưa kết thúc</translation>
        </message>
        <message>
            <source>Issue before the end</source>
            <translation>Cấp trước khi kết thúc</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Preparing the preview…</source>
            <translation>Đang chuẩn bị bản xem trước…</translation>
        </message>
        <message>
            <source>Cancelled; nothing was issued or saved.</source>
            <translation>Đã hủy; chưa cấp và chưa lưu gì.</translation>
        </message>
        <message>
            <source>Preparing the certificates</source>
            <translation>Đang chuẩn bị giấy chứng nhận</translation>
        </message>
        <message>
            <source>Save certificates</source>
            <translation>Lưu giấy chứng nhận</translation>
        </message>
        <message>
            <source>Certificates — %1.pdf</source>
            <translation>Giấy chứng nhận — %1.pdf</translation>
        </message>
        <message>
            <source>PDF file (*.pdf)</source>
            <translation>Tệp PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved; nothing was issued.</source>
            <translation>Chưa lưu; chưa cấp giấy nào.</translation>
        </message>
        <message>
            <source>Writing certificates…</source>
            <translation>Đang tạo giấy chứng nhận…</translation>
        </message>
        <message>
            <source>Cancelled; no file was written.</source>
            <translation>Đã hủy; không có tệp nào được ghi.</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n certificate(s) to %1.</source>
            <translation>
                <numerusform>Đã lưu %n giấy chứng nhận vào %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Issued %n new certificate(s).</source>
            <translation>
                <numerusform>Đã cấp %n giấy chứng nhận mới.</numerusform>
            </translation>
        </message>
        <message>
            <source>Writing certificates</source>
            <translation>Đang tạo giấy chứng nhận</translation>
        </message>
    </context>
    <context>
        <name>ConflictTableModel</name>
        <message>
            <source>Record</source>
            <translation>Bản ghi</translation>
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
            <source>%1: %2</source>
            <translation>%1: %2</translation>
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
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
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
        <name>DashboardView</name>
        <message>
            <source>No indicators yet.</source>
            <translation>Chưa có chỉ số nào.</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Chỉ số</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Thực tế</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <source>Against target</source>
            <translation>So với chỉ tiêu</translation>
        </message>
        <message>
            <source>Trend (dashed: target)</source>
            <translation>Xu hướng (nét đứt: chỉ tiêu)</translation>
        </message>
        <message>
            <source>What this indicator counts</source>
            <translation>Chỉ số này đếm gì</translation>
        </message>
        <message>
            <source>Show the records behind this number</source>
            <translation>Xem các bản ghi tạo nên số này</translation>
        </message>
        <message>
            <source>Break this indicator down (by sex, province, agency…)</source>
            <translation>Phân tổ chỉ số này (theo giới tính, tỉnh/thành phố, đơn vị…)</translation>
        </message>
        <message>
            <source>No definition was given.</source>
            <translation>Chưa có định nghĩa.</translation>
        </message>
        <message>
            <source>Not counted by %1</source>
            <translation>Không tính theo %1</translation>
        </message>
        <message>
            <source>Baseline: %1</source>
            <translation>Giá trị cơ sở: %1</translation>
        </message>
        <message>
            <source>No target for this selection. The wider target that applies is %1.</source>
            <translation>Không có chỉ tiêu cho lựa chọn này. Chỉ tiêu ở phạm vi rộng hơn đang áp dụng là %1.</translation>
        </message>
        <message>
            <source>No target for this selection.</source>
            <translation>Không có chỉ tiêu cho lựa chọn này.</translation>
        </message>
        <message>
            <source>In several currencies: choose an economy</source>
            <translation>Có nhiều loại tiền tệ: hãy chọn một quốc gia/khu vực</translation>
        </message>
        <message>
            <source>target %1</source>
            <translation>chỉ tiêu %1</translation>
        </message>
    </context>
    <context>
        <name>DemoBanner</name>
        <message>
            <source>Remove demo data…</source>
            <translation>Xóa dữ liệu mẫu…</translation>
        </message>
        <message>
            <source>Delete every record the demo made; what you entered yourself is kept</source>
            <translation>Xóa mọi bản ghi do chế độ dùng thử tạo ra; dữ liệu bạn tự nhập vẫn được giữ</translation>
        </message>
        <message numerus="yes">
            <source>Demo data: %Ln record(s) on this computer were made by the demo, to try GMS Desk out. They are never sent to headquarters.</source>
            <translation>
                <numerusform>Dữ liệu mẫu: %Ln bản ghi trên máy tính này do chế độ dùng thử tạo ra để bạn làm quen với GMS Desk. Các bản ghi này không bao giờ được gửi lên trụ sở chính.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove demo data</source>
            <translation>Xóa dữ liệu mẫu</translation>
        </message>
        <message numerus="yes">
            <source>Remove the %Ln demo record(s) from this computer? Records you entered yourself are kept. Removed demo data cannot be brought back (run the demo again for new data).</source>
            <translation>
                <numerusform>Xóa %Ln bản ghi mẫu khỏi máy tính này? Các bản ghi bạn tự nhập vẫn được giữ. Dữ liệu mẫu đã xóa không lấy lại được (hãy chạy lại chế độ dùng thử để có dữ liệu mới).</numerusform>
            </translation>
        </message>
        <message>
            <source>Removing demo data…</source>
            <translation>Đang xóa dữ liệu mẫu…</translation>
        </message>
    </context>
    <context>
        <name>DemoFolderBanner</name>
        <message>
            <source>Leave demo data…</source>
            <translation>Thoát dữ liệu mẫu…</translation>
        </message>
        <message>
            <source>Demo data: you are trying GMS Desk in a separate folder of made-up records. Nothing here is ever sent to headquarters, and your own data is not here.</source>
            <translation>Dữ liệu mẫu: bạn đang dùng thử GMS Desk trong một thư mục riêng chứa dữ liệu giả định. Không có gì ở đây được gửi lên trụ sở chính, và dữ liệu của bạn không nằm ở đây.</translation>
        </message>
    </context>
    <context>
        <name>DemoPage</name>
        <message>
            <source>Try it out</source>
            <translation>Dùng thử</translation>
        </message>
        <message>
            <source>Made-up SMEs, workshops and events to try GMS Desk with, before you enter your own.</source>
            <translation>Doanh nghiệp, khóa tập huấn và sự kiện giả định để bạn dùng thử GMS Desk trước khi nhập dữ liệu của mình.</translation>
        </message>
        <message>
            <source>Try it with demo data</source>
            <translation>Dùng thử với dữ liệu mẫu</translation>
        </message>
        <message>
            <source>The demo data is kept in a separate demo data folder: it never mixes with your own data, and nothing in it is ever sent to headquarters. A yellow banner shows while you are in it; “Leave demo data” deletes it and opens your own data.</source>
            <translation>Dữ liệu mẫu được lưu trong một thư mục dữ liệu mẫu riêng: không bao giờ lẫn với dữ liệu của bạn, và không có gì trong đó được gửi lên trụ sở chính. Trong lúc dùng dữ liệu mẫu sẽ có một dải thông báo màu vàng; “Thoát dữ liệu mẫu” sẽ xóa dữ liệu mẫu và mở dữ liệu của bạn.</translation>
        </message>
    </context>
    <context>
        <name>DrillDialog</name>
        <message>
            <source>Loading…</source>
            <translation>Đang tải…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Xuất ra tệp…</translation>
        </message>
        <message>
            <source>Save every record behind this number as an Excel workbook or a CSV file</source>
            <translation>Lưu mọi bản ghi tạo nên số này thành tệp Excel hoặc tệp CSV</translation>
        </message>
        <message>
            <source>Opening the records</source>
            <translation>Đang mở các bản ghi</translation>
        </message>
        <message>
            <source>The first %1 records; the export writes them all.</source>
            <translation>Hiển thị %1 bản ghi đầu tiên; khi xuất sẽ ghi tất cả.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n bản ghi</numerusform>
            </translation>
        </message>
        <message>
            <source>The records could not be read.</source>
            <translation>Không đọc được các bản ghi.</translation>
        </message>
        <message>
            <source>Export records</source>
            <translation>Xuất bản ghi</translation>
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
            <source>Exported %n record(s) to %1.</source>
            <translation>
                <numerusform>Đã xuất %n bản ghi ra %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting records</source>
            <translation>Đang xuất bản ghi</translation>
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message>
            <source>Enrol participants</source>
            <translation>Ghi danh học viên</translation>
        </message>
        <message>
            <source>Search people and SMEs: name, phone…</source>
            <translation>Tìm cá nhân và doanh nghiệp: tên, điện thoại…</translation>
        </message>
        <message>
            <source>&amp;Enrol this person</source>
            <translation>&amp;Ghi danh người này</translation>
        </message>
        <message>
            <source>Already known</source>
            <translation>Đã có trong dữ liệu</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Cá nhân</translation>
        </message>
        <message>
            <source>Search people and SMEs</source>
            <translation>Tìm cá nhân và doanh nghiệp</translation>
        </message>
        <message>
            <source>SMEs</source>
            <translation>Doanh nghiệp</translation>
        </message>
        <message>
            <source>&amp;People</source>
            <translation>&amp;Cá nhân</translation>
        </message>
        <message>
            <source>SMEs (pick one for a new person)</source>
            <translation>Doanh nghiệp (chọn một doanh nghiệp cho người mới)</translation>
        </message>
        <message>
            <source>e.g. owner, marketing staff</source>
            <translation>ví dụ: chủ doanh nghiệp, nhân viên tiếp thị</translation>
        </message>
        <message>
            <source>New S&amp;ME…</source>
            <translation>Doanh nghiệp &amp;mới…</translation>
        </message>
        <message>
            <source>No SME</source>
            <translation>Không có doanh nghiệp</translation>
        </message>
        <message>
            <source>&amp;Add and enrol</source>
            <translation>&amp;Thêm và ghi danh</translation>
        </message>
        <message>
            <source>Add this person and enrol them (Enter in any of their fields)</source>
            <translation>Thêm người này và ghi danh (nhấn Enter ở bất kỳ ô nào của người này)</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>Người mới</translation>
        </message>
        <message>
            <source>&amp;Name (own script):</source>
            <translation>Tê&amp;n (chữ viết bản địa):</translation>
        </message>
        <message>
            <source>Name in &amp;Latin letters:</source>
            <translation>Tên bằng chữ &amp;Latinh:</translation>
        </message>
        <message>
            <source>&amp;Gender:</source>
            <translation>G&amp;iới tính:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Vai trò:</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>Điện t&amp;hoại:</translation>
        </message>
        <message>
            <source>Nobody found. Enter starts a new person with this name.</source>
            <translation>Không tìm thấy ai. Nhấn Enter để thêm người mới với tên này.</translation>
        </message>
        <message>
            <source>No SME found.</source>
            <translation>Không tìm thấy doanh nghiệp nào.</translation>
        </message>
        <message>
            <source>Type a name or phone number above to search; Enter enrols the highlighted person.</source>
            <translation>Nhập tên hoặc số điện thoại ở trên để tìm; nhấn Enter để ghi danh người đang được chọn.</translation>
        </message>
        <message>
            <source>Type above to find an SME for a new person.</source>
            <translation>Nhập ở trên để tìm doanh nghiệp cho người mới.</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) in this workshop.</source>
            <translation>
                <numerusform>Khóa tập huấn này có %n học viên.</numerusform>
            </translation>
        </message>
        <message>
            <source>Discard the new person?</source>
            <translation>Bỏ người mới?</translation>
        </message>
        <message>
            <source>You started typing a new person who is not enrolled yet. Close and discard what you typed?</source>
            <translation>Bạn đã bắt đầu nhập một người mới chưa được ghi danh. Đóng và bỏ những gì đã nhập?</translation>
        </message>
        <message>
            <source>SME:</source>
            <translation>Doanh nghiệp:</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>This person may already be known. Enrol them instead of adding them again, or add them if it is someone else:</source>
            <translation>Người này có thể đã có trong dữ liệu. Hãy ghi danh người đã có thay vì thêm lại, hoặc thêm mới nếu đó là người khác:</translation>
        </message>
        <message>
            <source>Enrol this one</source>
            <translation>Ghi danh người này</translation>
        </message>
        <message>
            <source>Nobody known matches “%1”. Add them as a new person: their details, then Enter.</source>
            <translation>Không có ai khớp với “%1”. Hãy thêm người mới: nhập thông tin rồi nhấn Enter.</translation>
        </message>
        <message>
            <source>(already enrolled)</source>
            <translation>(đã ghi danh)</translation>
        </message>
        <message>
            <source>%1 is already enrolled in this workshop.</source>
            <translation>%1 đã được ghi danh vào khóa tập huấn này.</translation>
        </message>
        <message>
            <source>New: %1 (saved with the person)</source>
            <translation>Mới: %1 (sẽ được lưu cùng người này)</translation>
        </message>
        <message>
            <source>None — pick one on the left, or add a new SME</source>
            <translation>Chưa có — hãy chọn một doanh nghiệp ở bên trái, hoặc thêm doanh nghiệp mới</translation>
        </message>
        <message>
            <source>Enter the person's name.</source>
            <translation>Vui lòng nhập tên người này.</translation>
        </message>
        <message>
            <source>Look at the yellow box first: enrol the person already known, or press Enter again to add a new one.</source>
            <translation>Hãy xem ô màu vàng trước: ghi danh người đã có, hoặc nhấn Enter lần nữa để thêm người mới.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>same name</source>
            <translation>trùng tên</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>trùng số điện thoại</translation>
        </message>
        <message>
            <source>Enrolled %1.</source>
            <translation>Đã ghi danh %1.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>GMS Desk may not write to this place. Choose another folder.</source>
            <translation>GMS Desk không được phép ghi vào vị trí này. Vui lòng chọn thư mục khác.</translation>
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
        <message>
            <source>Headquarters published this record for every agency: it can be read here but not changed.</source>
            <translation>Trụ sở chính ban hành bản ghi này cho mọi đơn vị: tại đây chỉ xem được, không sửa được.</translation>
        </message>
        <message>
            <source>The disk is full. Free some space, then try again; what you saved before is safe.</source>
            <translation>Ổ đĩa đã đầy. Hãy giải phóng bớt dung lượng rồi thử lại; những gì bạn đã lưu trước đó vẫn an toàn.</translation>
        </message>
        <message>
            <source>The database is busy: another program, perhaps a second copy of GMS Desk, is writing to it. Wait a moment, then try again; what you saved before is safe.</source>
            <translation>Cơ sở dữ liệu đang bận: một chương trình khác, có thể là một bản GMS Desk thứ hai, đang ghi vào đó. Hãy chờ một lát rồi thử lại; những gì bạn đã lưu trước đó vẫn an toàn.</translation>
        </message>
        <message>
            <source>GMS Desk may not write to its database file or to the folder it is in. Allow writing there (or ask whoever looks after this computer), then try again; what you saved before is safe.</source>
            <translation>GMS Desk không được phép ghi vào tệp cơ sở dữ liệu hoặc thư mục chứa tệp đó. Hãy cho phép ghi ở đó (hoặc nhờ người quản lý máy tính này), rồi thử lại; những gì bạn đã lưu trước đó vẫn an toàn.</translation>
        </message>
        <message>
            <source>This file is damaged or is not a GMS Desk database. Do not delete it: restore the database from a backup, or ask your support contact for help.</source>
            <translation>Tệp này bị hỏng hoặc không phải là cơ sở dữ liệu GMS Desk. Đừng xóa tệp: hãy khôi phục cơ sở dữ liệu từ bản sao lưu, hoặc nhờ người hỗ trợ kỹ thuật giúp đỡ.</translation>
        </message>
        <message>
            <source>The database file could not be read or written (a disk or network error). Check that the disk or USB drive is still connected, then try again.</source>
            <translation>Không đọc hoặc ghi được tệp cơ sở dữ liệu (lỗi ổ đĩa hoặc lỗi mạng). Hãy kiểm tra ổ đĩa hoặc USB vẫn đang được kết nối, rồi thử lại.</translation>
        </message>
        <message>
            <source>The copy of the database did not pass its check, so it was not kept: the database itself may be damaged. Restore the newest good backup (Settings, Backups), or ask your support contact for help.</source>
            <translation>Bản sao của cơ sở dữ liệu không vượt qua bước kiểm tra nên không được giữ lại: có thể chính cơ sở dữ liệu đã bị hỏng. Hãy khôi phục bản sao lưu tốt mới nhất (Cài đặt, Sao lưu), hoặc nhờ bộ phận hỗ trợ kỹ thuật giúp đỡ.</translation>
        </message>
        <message>
            <source>This file is not a GMS Desk backup, or it is damaged. Choose another backup.</source>
            <translation>Tệp này không phải là bản sao lưu GMS Desk hoặc đã bị hỏng. Vui lòng chọn bản sao lưu khác.</translation>
        </message>
        <message>
            <source>This backup is encrypted. Enter its passphrase.</source>
            <translation>Bản sao lưu này được mã hóa. Vui lòng nhập mật khẩu.</translation>
        </message>
        <message>
            <source>The passphrase is not the one this backup was encrypted with. Check it (capital letters count) and try again.</source>
            <translation>Mật khẩu không đúng với mật khẩu đã dùng để mã hóa bản sao lưu này. Hãy kiểm tra lại (phân biệt chữ hoa, chữ thường) rồi thử lại.</translation>
        </message>
        <message>
            <source>This backup file was changed or cut short after it was made, so it cannot be trusted and was not used. Use another copy of it.</source>
            <translation>Tệp sao lưu này đã bị thay đổi hoặc bị cắt ngắn sau khi được tạo nên không đáng tin cậy và đã không được dùng. Hãy dùng một bản sao khác của tệp.</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>Edit event</source>
            <translation>Sửa sự kiện</translation>
        </message>
        <message>
            <source>New event</source>
            <translation>Thêm sự kiện</translation>
        </message>
        <message>
            <source>Listeners, viewers or readers the media reached</source>
            <translation>Số người nghe, người xem hoặc người đọc mà truyền thông tiếp cận được</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Loại:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Tên sự kiện:</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Ngày đầu</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Ngày cuối</translation>
        </message>
        <message>
            <source>&amp;Dates:</source>
            <translation>Thời &amp;gian:</translation>
        </message>
        <message>
            <source>&amp;Economy:</source>
            <translation>&amp;Quốc gia/khu vực:</translation>
        </message>
        <message>
            <source>&amp;Province:</source>
            <translation>Tỉnh/thành &amp;phố:</translation>
        </message>
        <message>
            <source>&amp;Venue:</source>
            <translation>Đị&amp;a điểm:</translation>
        </message>
        <message>
            <source>&amp;Organiser:</source>
            <translation>Đơn vị tổ &amp;chức:</translation>
        </message>
        <message>
            <source>Who came</source>
            <translation>Người tham dự</translation>
        </message>
        <message>
            <source>&amp;Women:</source>
            <translation>&amp;Nữ:</translation>
        </message>
        <message>
            <source>&amp;Men:</source>
            <translation>Na&amp;m:</translation>
        </message>
        <message>
            <source>Ot&amp;her or not recorded:</source>
            <translation>&amp;Khác hoặc không ghi nhận:</translation>
        </message>
        <message>
            <source>Or&amp;ganisations represented:</source>
            <translation>Số tổ c&amp;hức tham dự:</translation>
        </message>
        <message>
            <source>Media &amp;reach:</source>
            <translation>Tiếp cận qua t&amp;ruyền thông:</translation>
        </message>
        <message>
            <source>In all:</source>
            <translation>Tổng cộng:</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>Gh&amp;i chú</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>Save (Enter or Ctrl+S)</source>
            <translation>Lưu (Enter hoặc Ctrl+S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>SMEs reached</source>
            <translation>Doanh nghiệp được tiếp cận</translation>
        </message>
        <message>
            <source>Type a name or phone, then Enter</source>
            <translation>Gõ tên hoặc số điện thoại rồi nhấn Enter</translation>
        </message>
        <message>
            <source>Find an SME</source>
            <translation>Tìm doanh nghiệp</translation>
        </message>
        <message>
            <source>SMEs found</source>
            <translation>Doanh nghiệp tìm thấy</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>&amp;Xóa</translation>
        </message>
        <message>
            <source>Remove the SME chosen (Del)</source>
            <translation>Xóa doanh nghiệp đã chọn khỏi danh sách (Del)</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>Tìm &amp;doanh nghiệp:</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n ngày</numerusform>
            </translation>
        </message>
        <message>
            <source>(chosen)</source>
            <translation>(đã chọn)</translation>
        </message>
        <message numerus="yes">
            <source>%n SME(s) chosen</source>
            <translation>
                <numerusform>Đã chọn %n doanh nghiệp</numerusform>
            </translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>Bỏ các thay đổi?</translation>
        </message>
        <message>
            <source>Discard your changes?</source>
            <translation>Bạn có muốn bỏ các thay đổi vừa thực hiện không?</translation>
        </message>
    </context>
    <context>
        <name>EventTableModel</name>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Sự kiện</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Thời gian</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Địa điểm</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Nữ</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Nam</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Người tham dự</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Tổ chức</translation>
        </message>
        <message>
            <source>Media reach</source>
            <translation>Tiếp cận qua truyền thông</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Đơn vị</translation>
        </message>
    </context>
    <context>
        <name>Events</name>
        <message>
            <source>Road show</source>
            <translation>Roadshow</translation>
        </message>
        <message>
            <source>Media campaign</source>
            <translation>Chiến dịch truyền thông</translation>
        </message>
        <message>
            <source>Launch</source>
            <translation>Lễ ra mắt</translation>
        </message>
        <message>
            <source>Stakeholder consultation</source>
            <translation>Tham vấn các bên liên quan</translation>
        </message>
        <message>
            <source>Seminar</source>
            <translation>Hội thảo</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Khác</translation>
        </message>
    </context>
    <context>
        <name>EventsView</name>
        <message>
            <source>New event</source>
            <translation>Thêm sự kiện</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Sửa…</translation>
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
            <source>Export…</source>
            <translation>Xuất ra tệp…</translation>
        </message>
        <message>
            <source>No awareness events yet. Press Ctrl+N to record a road show, media campaign, launch, consultation or seminar: who came, how many women and men, and the SMEs it reached.</source>
            <translation>Chưa có sự kiện nâng cao nhận thức nào. Nhấn Ctrl+N để ghi lại một buổi roadshow, chiến dịch truyền thông, lễ ra mắt, buổi tham vấn hoặc hội thảo: ai đã tham dự, bao nhiêu nữ và nam, và những doanh nghiệp được tiếp cận.</translation>
        </message>
        <message>
            <source>Search title, organiser, venue…</source>
            <translation>Tìm theo tên, đơn vị tổ chức, địa điểm…</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Mọi loại</translation>
        </message>
        <message>
            <source>Deleted events</source>
            <translation>Sự kiện đã xóa</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>Quốc gia/khu vực</translation>
        </message>
        <message>
            <source>Any economy</source>
            <translation>Tất cả quốc gia/khu vực</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Tỉnh/thành phố</translation>
        </message>
        <message>
            <source>Any province</source>
            <translation>Tất cả tỉnh/thành phố</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Thời gian</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Mọi thời gian</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Từ ngày</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Đến ngày</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>All agencies</source>
            <translation>Tất cả đơn vị</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>Quý này</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>Quý trước</translation>
        </message>
        <message>
            <source>Dates…</source>
            <translation>Chọn ngày…</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n sự kiện</numerusform>
            </translation>
        </message>
        <message>
            <source>audience %1: %2 women, %3 men, %4 other or not recorded</source>
            <translation>người tham dự %1: %2 nữ, %3 nam, %4 khác hoặc không ghi nhận</translation>
        </message>
        <message>
            <source>%1 organisations</source>
            <translation>%1 tổ chức</translation>
        </message>
        <message>
            <source>media reach %1</source>
            <translation>tiếp cận qua truyền thông %1</translation>
        </message>
        <message>
            <source>Organiser: %1</source>
            <translation>Đơn vị tổ chức: %1</translation>
        </message>
        <message>
            <source>SMEs reached (%1): %2</source>
            <translation>Doanh nghiệp được tiếp cận (%1): %2</translation>
        </message>
        <message>
            <source>add “%1”</source>
            <translation>thêm “%1”</translation>
        </message>
        <message>
            <source>edit “%1”</source>
            <translation>sửa “%1”</translation>
        </message>
        <message>
            <source>“%1” saved. Undo with Ctrl+Z.</source>
            <translation>Đã lưu “%1”. Nhấn Ctrl+Z để hoàn tác.</translation>
        </message>
        <message>
            <source>delete “%1”</source>
            <translation>xóa “%1”</translation>
        </message>
        <message>
            <source>“%1” deleted. Undo with Ctrl+Z, or find it under “Deleted events”.</source>
            <translation>Đã xóa “%1”. Nhấn Ctrl+Z để hoàn tác, hoặc tìm lại trong mục “Sự kiện đã xóa”.</translation>
        </message>
        <message>
            <source>restore “%1”</source>
            <translation>khôi phục “%1”</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Tệp Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV file (*.csv)</source>
            <translation>Tệp CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export events</source>
            <translation>Xuất dữ liệu sự kiện</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n event(s) to %1.</source>
            <translation>
                <numerusform>Đã xuất %n sự kiện ra %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>The export failed; no file was written.</source>
            <translation>Xuất dữ liệu không thành công; không có tệp nào được ghi.</translation>
        </message>
        <message>
            <source>Exporting events</source>
            <translation>Đang xuất dữ liệu sự kiện</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Choose a .csv or .xlsx file.</source>
            <translation>Vui lòng chọn tệp .csv hoặc .xlsx.</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
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
        <message>
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Ngành nghề</translation>
        </message>
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
            <source>Track</source>
            <translation>Cấp độ</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Mô tả</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Thứ tự</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>Học phần</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Ngày đầu</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Ngày cuối</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Địa điểm</translation>
        </message>
        <message>
            <source>Trainers</source>
            <translation>Giảng viên</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Đơn vị phối hợp</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Khóa tập huấn</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Nhãn</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Họ tên</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Đã ngừng dùng</translation>
        </message>
        <message>
            <source>Agency code</source>
            <translation>Mã đơn vị</translation>
        </message>
        <message>
            <source>Agency name</source>
            <translation>Tên đơn vị</translation>
        </message>
        <message>
            <source>Name in other languages</source>
            <translation>Tên bằng ngôn ngữ khác</translation>
        </message>
        <message>
            <source>Headquarters</source>
            <translation>Trụ sở chính</translation>
        </message>
        <message>
            <source>Provinces served</source>
            <translation>Tỉnh/thành phố phục vụ</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Người liên hệ</translation>
        </message>
        <message>
            <source>Languages spoken</source>
            <translation>Ngôn ngữ giao tiếp</translation>
        </message>
        <message>
            <source>E-business services offered</source>
            <translation>Dịch vụ kinh doanh điện tử cung cấp</translation>
        </message>
        <message>
            <source>E-procurement</source>
            <translation>Đấu thầu điện tử</translation>
        </message>
        <message>
            <source>Attendance for a certificate</source>
            <translation>Mức chuyên cần để được cấp giấy chứng nhận</translation>
        </message>
        <message>
            <source>Name in Latin letters</source>
            <translation>Tên bằng chữ Latinh</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Giới tính</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>Doanh nghiệp</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Cá nhân</translation>
        </message>
        <message>
            <source>Pre-test score</source>
            <translation>Điểm kiểm tra đầu vào</translation>
        </message>
        <message>
            <source>Post-test score</source>
            <translation>Điểm kiểm tra đầu ra</translation>
        </message>
        <message>
            <source>Certificate number</source>
            <translation>Số chứng nhận</translation>
        </message>
        <message>
            <source>Certificate issued on</source>
            <translation>Ngày cấp chứng nhận</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Có mặt</translation>
        </message>
        <message>
            <source>Marked on</source>
            <translation>Thời điểm điểm danh</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Học phần</translation>
        </message>
        <message>
            <source>Date reached</source>
            <translation>Ngày đạt</translation>
        </message>
        <message>
            <source>Reverted by</source>
            <translation>Hủy bởi</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Dịch vụ</translation>
        </message>
        <message>
            <source>Delivered on</source>
            <translation>Ngày cung cấp</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Cán bộ thực hiện</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Phí</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Đơn vị tiền tệ</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Đã thanh toán</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>Ngày nhận</translation>
        </message>
        <message>
            <source>From country</source>
            <translation>Từ quốc gia</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kênh</translation>
        </message>
        <message>
            <source>Through service</source>
            <translation>Nhận qua dịch vụ</translation>
        </message>
        <message>
            <source>Through</source>
            <translation>Nhận qua kênh trực tuyến</translation>
        </message>
        <message>
            <source>Order value</source>
            <translation>Giá trị đơn hàng</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Portal or marketplace</source>
            <translation>Cổng thông tin hoặc sàn giao dịch</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Từ ngày</translation>
        </message>
        <message>
            <source>Products displayed</source>
            <translation>Số sản phẩm trưng bày</translation>
        </message>
        <message>
            <source>Set up by service</source>
            <translation>Thiết lập qua dịch vụ</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Đơn vị tổ chức</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Nữ</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Nam</translation>
        </message>
        <message>
            <source>Other or not recorded</source>
            <translation>Khác hoặc không ghi nhận</translation>
        </message>
        <message>
            <source>Organisations represented</source>
            <translation>Số tổ chức tham dự</translation>
        </message>
        <message>
            <source>Media reach</source>
            <translation>Tiếp cận qua truyền thông</translation>
        </message>
        <message>
            <source>SMEs</source>
            <translation>Doanh nghiệp</translation>
        </message>
        <message>
            <source>Form id</source>
            <translation>Mã biểu mẫu</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Phiên bản</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Câu hỏi</translation>
        </message>
        <message>
            <source>Title in other languages</source>
            <translation>Tên bằng ngôn ngữ khác</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Lĩnh vực</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Định nghĩa</translation>
        </message>
        <message>
            <source>What it counts</source>
            <translation>Nội dung được đếm</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Chỉ số</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Phạm vi</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Áp dụng cho</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Từ ngày</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Đến ngày</translation>
        </message>
        <message>
            <source>Target value</source>
            <translation>Giá trị chỉ tiêu</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Giá trị cơ sở</translation>
        </message>
        <message>
            <source>Baseline date</source>
            <translation>Ngày đo giá trị cơ sở</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Biểu mẫu</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Câu trả lời</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Bắt đầu lúc</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Nộp lúc</translation>
        </message>
        <message>
            <source>Corrects</source>
            <translation>Sửa cho phiếu</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>Loại bản ghi</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Bản ghi</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Mục</translation>
        </message>
        <message>
            <source>Kept value</source>
            <translation>Giá trị được giữ</translation>
        </message>
        <message>
            <source>Other value</source>
            <translation>Giá trị khác</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Đã giải quyết</translation>
        </message>
        <message>
            <source>Audience in all</source>
            <translation>Tổng số người tham dự</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <source>Making demo data…</source>
            <translation>Đang tạo dữ liệu mẫu…</translation>
        </message>
        <message>
            <source>The demo data could not be made, so GMS Desk opens your own data folder.</source>
            <translation>Không tạo được dữ liệu mẫu, nên GMS Desk sẽ mở thư mục dữ liệu của bạn.</translation>
        </message>
        <message>
            <source>&amp;Demo</source>
            <translation>&amp;Dùng thử</translation>
        </message>
        <message>
            <source>Leave demo data…</source>
            <translation>Thoát dữ liệu mẫu…</translation>
        </message>
        <message>
            <source>Leave demo data</source>
            <translation>Thoát dữ liệu mẫu</translation>
        </message>
        <message>
            <source>Leave the demo data and open your own data? The demo data folder is deleted, with what you tried in it; nothing in it was ever sent to headquarters.</source>
            <translation>Thoát dữ liệu mẫu và mở dữ liệu của bạn? Thư mục dữ liệu mẫu sẽ bị xóa cùng những gì bạn đã thử trong đó; không có gì trong đó từng được gửi lên trụ sở chính.</translation>
        </message>
        <message>
            <source>The password needs at least %n characters.</source>
            <translation>Mật khẩu cần có ít nhất %n ký tự.</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>Hai mật khẩu không khớp nhau.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Welcome to GMS Desk</source>
            <translation>Chào mừng bạn đến với GMS Desk</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Bắt đầu</translation>
        </message>
    </context>
    <context>
        <name>FormRenderer</name>
        <message>
            <source>Form language:</source>
            <translation>Ngôn ngữ biểu mẫu:</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Close (keep draft)</source>
            <translation>Đóng (giữ bản nháp)</translation>
        </message>
        <message>
            <source>Everything entered so far is kept as a draft; resume it from the Drafts list.</source>
            <translation>Mọi nội dung đã nhập được giữ lại dưới dạng bản nháp; bạn có thể tiếp tục từ danh sách Bản nháp.</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Quay lại</translation>
        </message>
        <message>
            <source>Previous page (Page Up)</source>
            <translation>Trang trước (Page Up)</translation>
        </message>
        <message>
            <source>Next →</source>
            <translation>Tiếp →</translation>
        </message>
        <message>
            <source>Next page (Page Down or Ctrl+Enter)</source>
            <translation>Trang sau (Page Down hoặc Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>Nộp</translation>
        </message>
        <message>
            <source>Check every answer and mark the response complete</source>
            <translation>Kiểm tra mọi câu trả lời và đánh dấu phiếu là đã hoàn tất</translation>
        </message>
        <message>
            <source>This form has no questions.</source>
            <translation>Biểu mẫu này không có câu hỏi nào.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Trang %1/%2</translation>
        </message>
        <message>
            <source>Some answers on this page need attention (marked in red).</source>
            <translation>Một số câu trả lời trên trang này cần xem lại (được đánh dấu màu đỏ).</translation>
        </message>
        <message>
            <source>The draft could not be saved!</source>
            <translation>Không lưu được bản nháp!</translation>
        </message>
        <message>
            <source>Draft saved at %1.</source>
            <translation>Đã lưu bản nháp lúc %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) still need attention.</source>
            <translation>
                <numerusform>Còn %n câu trả lời cần xem lại.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not submitted; the draft is kept.</source>
            <translation>Chưa nộp; bản nháp vẫn được giữ lại.</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <source>The list '{dataset}' cannot be updated by GMS Desk: a form can update only the SME record. Write smes as the list_name.</source>
            <translation>GMS Desk không thể cập nhật danh sách '{dataset}': biểu mẫu chỉ cập nhật được hồ sơ doanh nghiệp. Hãy ghi smes làm list_name.</translation>
        </message>
        <message>
            <source>The list '{dataset}' cannot be updated by GMS Desk: a form can update only the SME record (did you mean '{suggestion}'?).</source>
            <translation>GMS Desk không thể cập nhật danh sách '{dataset}': biểu mẫu chỉ cập nhật được hồ sơ doanh nghiệp (có phải ý bạn là '{suggestion}'?).</translation>
        </message>
        <message>
            <source>save_to '{field}': the SME record has no such field. Write the name of an SME field, for example employees_total or website.</source>
            <translation>save_to '{field}': hồ sơ doanh nghiệp không có trường này. Hãy ghi tên một trường của doanh nghiệp, ví dụ employees_total hoặc website.</translation>
        </message>
        <message>
            <source>save_to '{field}': the SME record has no such field (did you mean '{suggestion}'?).</source>
            <translation>save_to '{field}': hồ sơ doanh nghiệp không có trường này (có phải ý bạn là '{suggestion}'?).</translation>
        </message>
        <message>
            <source>save_to '{field}': GMS Desk keeps this field of the SME record itself; a form may not write it. Remove the save_to.</source>
            <translation>save_to '{field}': GMS Desk tự quản lý trường này của hồ sơ doanh nghiệp; biểu mẫu không được ghi vào trường này. Hãy bỏ save_to.</translation>
        </message>
        <message>
            <source>save_to '{field}': a {type} question cannot fill this SME field; a question of type {types} can. Change the question's type or its save_to.</source>
            <translation>save_to '{field}': câu hỏi loại {type} không thể điền vào trường này của doanh nghiệp; câu hỏi loại {types} thì được. Hãy đổi loại câu hỏi hoặc save_to của câu hỏi.</translation>
        </message>
        <message>
            <source>save_to '{field}': this SME field is a yes/no flag, so the choices of list '{list}' must be named yes, no, 1, 0, true or false; these are not: {choices}.</source>
            <translation>save_to '{field}': trường này của doanh nghiệp là dạng có/không, nên các lựa chọn của danh sách '{list}' phải được đặt tên là yes, no, 1, 0, true hoặc false; các lựa chọn sau không đúng: {choices}.</translation>
        </message>
        <message>
            <source>save_to '{field}': this SME field holds a number, so the choices of list '{list}' must be named with numbers; these are not: {choices}.</source>
            <translation>save_to '{field}': trường này của doanh nghiệp chứa một số, nên các lựa chọn của danh sách '{list}' phải được đặt tên bằng số; các lựa chọn sau không đúng: {choices}.</translation>
        </message>
        <message>
            <source>save_to '{field}': the choices of list '{list}' must be named with the codes of this SME field ({codes}); these are not: {choices}.</source>
            <translation>save_to '{field}': các lựa chọn của danh sách '{list}' phải được đặt tên theo mã của trường này của doanh nghiệp ({codes}); các lựa chọn sau không đúng: {choices}.</translation>
        </message>
        <message>
            <source>save_to '{field}': the question on row {other} already writes this SME field; only one question may.</source>
            <translation>save_to '{field}': câu hỏi ở dòng {other} đã ghi vào trường này của doanh nghiệp; chỉ một câu hỏi được ghi vào mỗi trường.</translation>
        </message>
        <message>
            <source>save_to '{field}': a question inside a repeat cannot update the SME record (a repeat has many answers, the SME one value). Move the question out of the repeat or remove its save_to.</source>
            <translation>save_to '{field}': câu hỏi nằm trong nhóm lặp (repeat) không thể cập nhật hồ sơ doanh nghiệp (nhóm lặp có nhiều câu trả lời, còn doanh nghiệp chỉ có một giá trị). Hãy chuyển câu hỏi ra khỏi nhóm lặp hoặc bỏ save_to của câu hỏi.</translation>
        </message>
        <message>
            <source>entity_id is not read: a response updates the SME it is linked to when it is started.</source>
            <translation>entity_id không được đọc: phiếu trả lời cập nhật doanh nghiệp được gắn với phiếu khi bắt đầu điền.</translation>
        </message>
        <message>
            <source>create_if is ignored: GMS Desk does not create SMEs from a form; only the SME a response is linked to is updated.</source>
            <translation>create_if bị bỏ qua: GMS Desk không tạo doanh nghiệp từ biểu mẫu; chỉ doanh nghiệp được gắn với phiếu trả lời mới được cập nhật.</translation>
        </message>
        <message>
            <source>update_if '{source}': {error}</source>
            <translation>update_if '{source}': {error}</translation>
        </message>
        <message>
            <source>these questions depend on each other in a circle: {names}; break the circle in relevant/calculation</source>
            <translation>các câu hỏi này phụ thuộc lẫn nhau thành vòng tròn: {names}; hãy phá vòng này trong relevant/calculation</translation>
        </message>
        <message>
            <source>unexpected character {character} at position {position}</source>
            <translation>ký tự không hợp lệ {character} ở vị trí {position}</translation>
        </message>
        <message>
            <source>{reference} is not a valid reference to a question</source>
            <translation>{reference} không phải là tham chiếu hợp lệ tới một câu hỏi</translation>
        </message>
        <message>
            <source>expected {expected} but found the end at position {position}</source>
            <translation>cần {expected} nhưng biểu thức đã kết thúc ở vị trí {position}</translation>
        </message>
        <message>
            <source>expected {expected} but found {found} at position {position}</source>
            <translation>cần {expected} nhưng gặp {found} ở vị trí {position}</translation>
        </message>
        <message>
            <source>the expression is empty</source>
            <translation>biểu thức để trống</translation>
        </message>
        <message>
            <source>the expression ends too early</source>
            <translation>biểu thức kết thúc quá sớm</translation>
        </message>
        <message>
            <source>a path after {reference} is not supported</source>
            <translation>không hỗ trợ đường dẫn sau {reference}</translation>
        </message>
        <message>
            <source>an empty predicate '[]' at position {position}</source>
            <translation>điều kiện lọc rỗng '[]' ở vị trí {position}</translation>
        </message>
        <message>
            <source>attributes ('@') are not supported</source>
            <translation>không hỗ trợ thuộc tính ('@')</translation>
        </message>
        <message>
            <source>wildcards ('*') in paths are not supported</source>
            <translation>không hỗ trợ ký tự đại diện ('*') trong đường dẫn</translation>
        </message>
        <message>
            <source>the path ends with '/'</source>
            <translation>đường dẫn kết thúc bằng '/'</translation>
        </message>
        <message>
            <source>a path cannot contain {token} (position {position})</source>
            <translation>đường dẫn không được chứa {token} (vị trí {position})</translation>
        </message>
        <message>
            <source>search() is an appearance of a select question (its choices from a CSV file), not a function for calculations</source>
            <translation>search() là một appearance của câu hỏi select (lấy lựa chọn từ tệp CSV), không phải là hàm dùng để tính toán</translation>
        </message>
        <message>
            <source>unexpected {token} at position {position}</source>
            <translation>không mong đợi {token} ở vị trí {position}</translation>
        </message>
        <message>
            <source>'//' paths are not supported</source>
            <translation>không hỗ trợ đường dẫn '//'</translation>
        </message>
        <message>
            <source>predicates ('[...]') on the form's own questions are not supported; use indexed-repeat()</source>
            <translation>không hỗ trợ điều kiện lọc ('[...]') trên các câu hỏi của chính biểu mẫu; hãy dùng indexed-repeat()</translation>
        </message>
        <message>
            <source>{function}() takes no arguments</source>
            <translation>{function}() không nhận đối số nào</translation>
        </message>
        <message numerus="yes">
            <source>{function}() takes %n argument(s), not {given}</source>
            <translation>
                <numerusform>{function}() nhận %n đối số, không phải {given}</numerusform>
            </translation>
        </message>
        <message>
            <source>there is no question named '{name}'</source>
            <translation>không có câu hỏi nào tên là '{name}'</translation>
        </message>
        <message>
            <source>'{path}' is not understood: refer to a question as {reference}</source>
            <translation>không hiểu '{path}': hãy tham chiếu tới câu hỏi dưới dạng {reference}</translation>
        </message>
        <message>
            <source>'{path}' is not a column of the choices</source>
            <translation>'{path}' không phải là một cột của danh sách lựa chọn</translation>
        </message>
        <message>
            <source>instance() takes the name of a secondary instance in quotes, e.g. instance('fruits')</source>
            <translation>instance() nhận tên của một instance phụ đặt trong dấu nháy, ví dụ instance('fruits')</translation>
        </message>
        <message>
            <source>instance('{name}') names no file attached to the form and no list of the choices sheet: attach {name}.csv or {name}.xml (declared by a select_one_from_file, csv-external or xml-external row) or use a choice list</source>
            <translation>instance('{name}') không trỏ tới tệp nào đính kèm biểu mẫu, cũng không trỏ tới danh sách nào trên trang tính choices: hãy đính kèm {name}.csv hoặc {name}.xml (khai báo bằng một dòng select_one_from_file, csv-external hoặc xml-external) hoặc dùng một danh sách lựa chọn</translation>
        </message>
        <message>
            <source>predicates ('[...]') and paths after the form's own questions are not supported; use indexed-repeat()</source>
            <translation>không hỗ trợ điều kiện lọc ('[...]') và đường dẫn sau các câu hỏi của chính biểu mẫu; hãy dùng indexed-repeat()</translation>
        </message>
        <message>
            <source>the function {function}() is not known</source>
            <translation>không có hàm {function}()</translation>
        </message>
        <message numerus="yes">
            <source>{function}() takes %n or more argument(s), not {given}</source>
            <translation>
                <numerusform>{function}() nhận từ %n đối số trở lên, không phải {given}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{function}() takes {low} to %n argument(s), not {given}</source>
            <translation>
                <numerusform>{function}() nhận từ {low} đến %n đối số, không phải {given}</numerusform>
            </translation>
        </message>
        <message>
            <source>weighted-checklist() takes a minimum, a maximum, then pairs of a value and its weight</source>
            <translation>weighted-checklist() nhận một giá trị tối thiểu, một giá trị tối đa, sau đó là các cặp gồm một giá trị và trọng số của giá trị đó</translation>
        </message>
        <message>
            <source>digest(): unknown algorithm '{algorithm}'; use one of {algorithms}</source>
            <translation>digest(): không có thuật toán '{algorithm}'; hãy dùng một trong các thuật toán {algorithms}</translation>
        </message>
        <message>
            <source>digest(): unknown encoding '{encoding}'; use 'base64' or 'hex'</source>
            <translation>digest(): không có kiểu mã hóa '{encoding}'; hãy dùng 'base64' hoặc 'hex'</translation>
        </message>
        <message>
            <source>jr:itext() takes one text id in quotes, such as jr:itext('/data/q:label'); for the label of an answer write {example}</source>
            <translation>jr:itext() nhận một mã văn bản đặt trong dấu nháy, ví dụ jr:itext('/data/q:label'); để lấy nhãn của một câu trả lời, hãy viết {example}</translation>
        </message>
        <message>
            <source>jr:itext('{id}') names no text of the form: use an id such as '/data/q:label' or 'list_name-0', or for the label of an answer write {example}</source>
            <translation>jr:itext('{id}') không trỏ tới văn bản nào của biểu mẫu: hãy dùng mã như '/data/q:label' hoặc 'list_name-0', hoặc để lấy nhãn của một câu trả lời, hãy viết {example}</translation>
        </message>
        <message>
            <source>jr:choice-name() needs the question as its second argument, e.g. {example}</source>
            <translation>jr:choice-name() cần câu hỏi làm đối số thứ hai, ví dụ {example}</translation>
        </message>
        <message>
            <source>jr:choice-name(): '{name}' is not a select question</source>
            <translation>jr:choice-name(): '{name}' không phải là câu hỏi select</translation>
        </message>
        <message>
            <source>indexed-repeat() takes a ${question} inside a repeat, then a ${repeat} and a position (and more pairs for repeats inside repeats)</source>
            <translation>indexed-repeat() nhận một ${question} nằm trong nhóm lặp (repeat), sau đó là một ${repeat} và một vị trí (thêm các cặp nữa cho nhóm lặp nằm trong nhóm lặp)</translation>
        </message>
        <message>
            <source>indexed-repeat(): '{repeat}' is not a repeat around '{name}'</source>
            <translation>indexed-repeat(): '{repeat}' không phải là nhóm lặp chứa '{name}'</translation>
        </message>
        <message>
            <source>position() takes at most one argument</source>
            <translation>position() nhận nhiều nhất một đối số</translation>
        </message>
        <message>
            <source>pulldata() takes 4 arguments: the file's name (without .csv), the column to read, the column to match and the value to find</source>
            <translation>pulldata() nhận 4 đối số: tên tệp (không có .csv), cột cần đọc, cột để so khớp và giá trị cần tìm</translation>
        </message>
        <message>
            <source>pulldata(): name the file in quotes, e.g. pulldata('fruits', 'price', 'name', ${fruit})</source>
            <translation>pulldata(): hãy ghi tên tệp trong dấu nháy, ví dụ pulldata('fruits', 'price', 'name', ${fruit})</translation>
        </message>
        <message>
            <source>pulldata() reads '{file}', which is not attached to the form</source>
            <translation>pulldata() đọc '{file}', nhưng tệp này không được đính kèm biểu mẫu</translation>
        </message>
        <message>
            <source>pulldata(): '{file}' has no column '{column}' (its columns: {columns})</source>
            <translation>pulldata(): '{file}' không có cột '{column}' (các cột của tệp: {columns})</translation>
        </message>
        <message>
            <source>the file '{file}' ({why}) could not be read: {error}</source>
            <translation>không đọc được tệp '{file}' ({why}): {error}</translation>
        </message>
        <message>
            <source>the form needs the file '{file}' ({why}), but it is not attached: put it in {where} and import the form again</source>
            <translation>biểu mẫu cần tệp '{file}' ({why}) nhưng tệp chưa được đính kèm: hãy đặt tệp vào {where} rồi nhập lại biểu mẫu</translation>
        </message>
        <message>
            <source>'{file}' is not UTF-8 text: save it as "CSV UTF-8" (or as UTF-8) and import the form again</source>
            <translation>'{file}' không phải là văn bản UTF-8: hãy lưu tệp dưới dạng "CSV UTF-8" (hoặc UTF-8) rồi nhập lại biểu mẫu</translation>
        </message>
        <message>
            <source>the files attached to the form take {size}; a form version travels with its files, which may take at most {limit} together: make the images smaller</source>
            <translation>các tệp đính kèm biểu mẫu có tổng dung lượng {size}; mỗi phiên bản biểu mẫu được gửi kèm các tệp của nó, tổng cộng tối đa {limit}: hãy giảm kích thước hình ảnh</translation>
        </message>
        <message>
            <source>'{file}' is not a CSV file ODK can read: {error}</source>
            <translation>'{file}' không phải là tệp CSV mà ODK đọc được: {error}</translation>
        </message>
        <message>
            <source>'{file}' has no header row: its first row must name the columns (for example name,label)</source>
            <translation>'{file}' không có dòng tiêu đề: dòng đầu tiên phải ghi tên các cột (ví dụ name,label)</translation>
        </message>
        <message>
            <source>'{file}' has two columns named '{column}'</source>
            <translation>'{file}' có hai cột cùng tên '{column}'</translation>
        </message>
        <message>
            <source>'{file}' declares a DOCTYPE or entities, which ODK does not read</source>
            <translation>'{file}' khai báo DOCTYPE hoặc entity, là những thứ ODK không đọc</translation>
        </message>
        <message>
            <source>'{file}' is not well-formed XML: {error}</source>
            <translation>'{file}' không phải là XML đúng định dạng: {error}</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>không phải là số</translation>
        </message>
        <message>
            <source>a position needs a longitude and a latitude</source>
            <translation>một vị trí cần có kinh độ và vĩ độ</translation>
        </message>
        <message>
            <source>a feature needs a geometry</source>
            <translation>một đối tượng (feature) cần có dạng hình học (geometry)</translation>
        </message>
        <message>
            <source>geometry type {type} is not one ODK reads (Point, LineString, Polygon)</source>
            <translation>ODK không đọc được dạng hình học {type} (chỉ đọc Point, LineString, Polygon)</translation>
        </message>
        <message>
            <source>'{file}' is not valid JSON: {error}</source>
            <translation>'{file}' không phải là JSON hợp lệ: {error}</translation>
        </message>
        <message>
            <source>'{file}' is not a GeoJSON FeatureCollection</source>
            <translation>'{file}' không phải là GeoJSON FeatureCollection</translation>
        </message>
        <message>
            <source>'{file}': feature {number} is not an object</source>
            <translation>'{file}': đối tượng {number} không phải là object</translation>
        </message>
        <message>
            <source>'{file}': feature {number}: {error}</source>
            <translation>'{file}': đối tượng {number}: {error}</translation>
        </message>
        <message>
            <source>'{file}' is not a data file ODK reads (CSV, XML or GeoJSON)</source>
            <translation>'{file}' không phải là tệp dữ liệu mà ODK đọc được (CSV, XML hoặc GeoJSON)</translation>
        </message>
        <message>
            <source>the audit log of ODK Collect is not recorded by GMS Desk</source>
            <translation>GMS Desk không ghi nhật ký kiểm tra (audit) của ODK Collect</translation>
        </message>
        <message>
            <source>metadata '{type}' ({name}) is ignored: {reason}</source>
            <translation>siêu dữ liệu '{type}' ({name}) bị bỏ qua: {reason}</translation>
        </message>
        <message>
            <source>{column} '{source}': {error}</source>
            <translation>{column} '{source}': {error}</translation>
        </message>
        <message>
            <source>type '{type}' takes its choices from the answers to a question inside a repeat, but '{name}' is not a question inside a repeat</source>
            <translation>loại '{type}' lấy lựa chọn từ câu trả lời của một câu hỏi trong nhóm lặp (repeat), nhưng '{name}' không phải là câu hỏi trong nhóm lặp</translation>
        </message>
        <message>
            <source>type '{type}' takes its choices from the answers to a question inside a repeat, but '{name}' is not a question of the form</source>
            <translation>loại '{type}' lấy lựa chọn từ câu trả lời của một câu hỏi trong nhóm lặp (repeat), nhưng '{name}' không phải là câu hỏi của biểu mẫu</translation>
        </message>
        <message>
            <source>the name '{name}' is used more than once; GMS Desk needs every question and group name to be unique in its group</source>
            <translation>tên '{name}' được dùng nhiều lần; GMS Desk cần tên của mỗi câu hỏi và nhóm là duy nhất trong nhóm chứa nó</translation>
        </message>
        <message>
            <source>the file '{file}' is not attached to the form</source>
            <translation>tệp '{file}' không được đính kèm biểu mẫu</translation>
        </message>
        <message>
            <source>type '{type}' ({name}) is not supported by GMS Desk; supported types: {types}, groups and repeats. Remove the row or change its type</source>
            <translation>GMS Desk không hỗ trợ loại '{type}' ({name}); các loại được hỗ trợ: {types}, nhóm (group) và nhóm lặp (repeat). Hãy xóa dòng này hoặc đổi loại</translation>
        </message>
        <message>
            <source>the loop's %(name)s or %(label)s could not be filled in for '{choice}': {error}</source>
            <translation>không điền được %(name)s hoặc %(label)s của vòng lặp cho '{choice}': {error}</translation>
        </message>
        <message>
            <source>the list '{list}' is not on the external_choices sheet</source>
            <translation>danh sách '{list}' không có trên trang tính external_choices</translation>
        </message>
        <message>
            <source>the choice list '{list}' is not on the choices sheet</source>
            <translation>danh sách lựa chọn '{list}' không có trên trang tính choices</translation>
        </message>
        <message>
            <source>'{file}' has no column '{column}' for the choices' values (its columns: {columns})</source>
            <translation>'{file}' không có cột '{column}' cho giá trị của các lựa chọn (các cột của tệp: {columns})</translation>
        </message>
        <message>
            <source>search() takes the CSV file's name in quotes, then optionally 'contains', 'startswith', 'endswith' or 'matches', a column and the text to find</source>
            <translation>search() nhận tên tệp CSV đặt trong dấu nháy, tiếp theo (không bắt buộc) là 'contains', 'startswith', 'endswith' hoặc 'matches', một cột và văn bản cần tìm</translation>
        </message>
        <message>
            <source>search() needs a row on the choices sheet naming the file's value column (name) and label column (label)</source>
            <translation>search() cần một dòng trên trang tính choices ghi tên cột giá trị (name) và cột nhãn (label) của tệp</translation>
        </message>
        <message>
            <source>search(): name the column in quotes and search for text in quotes, a number or a ${question}</source>
            <translation>search(): hãy ghi tên cột trong dấu nháy, và tìm theo văn bản trong dấu nháy, một số hoặc một ${question}</translation>
        </message>
        <message>
            <source>range parameter {parameter}='{value}' is not a number</source>
            <translation>tham số range {parameter}='{value}' không phải là số</translation>
        </message>
        <message>
            <source>range parameter step must be greater than 0</source>
            <translation>tham số step của range phải lớn hơn 0</translation>
        </message>
        <message>
            <source>repeat_count '{source}' reads a question inside the repeat it counts; count from a question before it</source>
            <translation>repeat_count '{source}' đọc một câu hỏi nằm trong chính nhóm lặp mà nó đếm; hãy đếm từ một câu hỏi đứng trước nhóm lặp</translation>
        </message>
        <message>
            <source>choice_filter only applies to select questions; it is ignored</source>
            <translation>choice_filter chỉ áp dụng cho câu hỏi select; cột này bị bỏ qua</translation>
        </message>
        <message>
            <source>the label refers to {reference}, but there is no question named '{name}'</source>
            <translation>nhãn tham chiếu tới {reference}, nhưng không có câu hỏi nào tên là '{name}'</translation>
        </message>
        <message>
            <source>the form definition is damaged: {error}</source>
            <translation>định nghĩa biểu mẫu bị hỏng: {error}</translation>
        </message>
        <message>
            <source>guidance hints are not shown by GMS Desk</source>
            <translation>GMS Desk không hiển thị gợi ý hướng dẫn (guidance hint)</translation>
        </message>
        <message>
            <source>trigger (recalculate when another question changes) is not supported</source>
            <translation>không hỗ trợ trigger (tính lại khi một câu hỏi khác thay đổi)</translation>
        </message>
        <message>
            <source>instance attributes are not supported</source>
            <translation>không hỗ trợ thuộc tính instance</translation>
        </message>
        <message>
            <source>GMS Desk does not use it</source>
            <translation>GMS Desk không dùng đến</translation>
        </message>
        <message>
            <source>column '{column}' is ignored: {reason}</source>
            <translation>cột '{column}' bị bỏ qua: {reason}</translation>
        </message>
        <message>
            <source>pyxform, the XLSForm reader ODK uses, says: {message}</source>
            <translation>pyxform, chương trình đọc XLSForm mà ODK dùng, báo: {message}</translation>
        </message>
        <message>
            <source>type '{type}' is not an XLSForm question type</source>
            <translation>'{type}' không phải là loại câu hỏi của XLSForm</translation>
        </message>
        <message>
            <source>the {column} on the {sheet} sheet is not a valid name: a name begins with a letter or an underscore, followed by letters, digits, underscores, hyphens or periods</source>
            <translation>{column} trên trang tính {sheet} không phải là tên hợp lệ: tên phải bắt đầu bằng một chữ cái hoặc dấu gạch dưới, tiếp theo là chữ cái, chữ số, dấu gạch dưới, dấu gạch ngang hoặc dấu chấm</translation>
        </message>
        <message>
            <source>a choice list names the same choice twice: give each choice of a list its own name, or set allow_choice_duplicates to yes on the settings sheet</source>
            <translation>một danh sách lựa chọn có hai lựa chọn trùng tên: hãy đặt cho mỗi lựa chọn trong danh sách một tên riêng, hoặc đặt allow_choice_duplicates là yes trên trang tính settings</translation>
        </message>
        <message>
            <source>the choice has no name: fill in its name column</source>
            <translation>lựa chọn chưa có tên: hãy điền cột name</translation>
        </message>
        <message>
            <source>the {column} refers to '{name}', which is not a name on the survey sheet</source>
            <translation>{column} tham chiếu tới '{name}', nhưng đây không phải là tên nào trên trang tính survey</translation>
        </message>
        <message>
            <source>the {column} refers to '{name}', a name used more than once on the survey sheet: a name referred to must be used only once</source>
            <translation>{column} tham chiếu tới '{name}', một tên được dùng nhiều lần trên trang tính survey: tên được tham chiếu chỉ được dùng một lần</translation>
        </message>
        <message>
            <source>'begin {type}' {name} has no 'end {type}' after it</source>
            <translation>'begin {type}' {name} không có 'end {type}' ở sau</translation>
        </message>
        <message>
            <source>'end {type}' {name} has no 'begin {type}' before it</source>
            <translation>'end {type}' {name} không có 'begin {type}' ở trước</translation>
        </message>
        <message>
            <source>the question or group has no name: fill in its name column</source>
            <translation>câu hỏi hoặc nhóm chưa có tên: hãy điền cột name</translation>
        </message>
        <message>
            <source>the workbook has no sheet named 'survey'</source>
            <translation>tệp Excel không có trang tính nào tên là 'survey'</translation>
        </message>
        <message>
            <source>the column '{column}' is in the header row twice</source>
            <translation>cột '{column}' xuất hiện hai lần trong dòng tiêu đề</translation>
        </message>
        <message>
            <source>omit_instanceID cannot be used with encryption (public_key): encrypted forms need the instanceID</source>
            <translation>không dùng được omit_instanceID cùng với mã hóa (public_key): biểu mẫu được mã hóa cần instanceID</translation>
        </message>
        <message>
            <source>the language '{language}' has no text in these {sheet} columns: {columns}</source>
            <translation>ngôn ngữ '{language}' không có văn bản trong các cột sau của trang tính {sheet}: {columns}</translation>
        </message>
        <message>
            <source>these languages have no valid language code: {languages}; write them as 'Khmer (km)'. Learn more: {link}</source>
            <translation>các ngôn ngữ sau chưa có mã ngôn ngữ hợp lệ: {languages}; hãy ghi theo dạng 'Khmer (km)'. Xem thêm: {link}</translation>
        </message>
        <message>
            <source>add the parameter max-pixels (for example max-pixels=1024) to make photos smaller. Learn more: {link}</source>
            <translation>hãy thêm tham số max-pixels (ví dụ max-pixels=1024) để giảm kích thước ảnh. Xem thêm: {link}</translation>
        </message>
        <message>
            <source>'{name}' has neither a label nor a hint</source>
            <translation>'{name}' không có cả nhãn lẫn gợi ý</translation>
        </message>
        <message>
            <source>the file '{file}' was not found</source>
            <translation>không tìm thấy tệp '{file}'</translation>
        </message>
        <message>
            <source>'{file}' is not an Excel workbook: save the XLSForm as .xlsx and import it again</source>
            <translation>'{file}' không phải là tệp Excel: hãy lưu XLSForm dưới dạng .xlsx rồi nhập lại</translation>
        </message>
        <message>
            <source>the file '{file}' could not be read: {error}</source>
            <translation>không đọc được tệp '{file}': {error}</translation>
        </message>
        <message>
            <source>the folder '{folder}'</source>
            <translation>thư mục '{folder}'</translation>
        </message>
        <message>
            <source>the folder '{folder}' next to the form</source>
            <translation>thư mục '{folder}' bên cạnh biểu mẫu</translation>
        </message>
        <message>
            <source>the files given with the form</source>
            <translation>các tệp được cung cấp kèm biểu mẫu</translation>
        </message>
        <message>
            <source>the form could not be read: {error}</source>
            <translation>không đọc được biểu mẫu: {error}</translation>
        </message>
        <message>
            <source>'select_multiple {name}' (several of the answers given in a repeat) cannot be read: pyxform does not read a select_multiple of a repeat's answers; use 'select_one {name}', or a list on the choices sheet</source>
            <translation>không đọc được 'select_multiple {name}' (chọn nhiều trong các câu trả lời của một nhóm lặp): pyxform không đọc select_multiple từ câu trả lời của nhóm lặp; hãy dùng 'select_one {name}', hoặc một danh sách trên trang tính choices</translation>
        </message>
        <message>
            <source>the file could not be read as an XLSForm workbook (.xlsx or .xls): {error}</source>
            <translation>không đọc được tệp dưới dạng tệp Excel XLSForm (.xlsx hoặc .xls): {error}</translation>
        </message>
        <message>
            <source>the form has no questions to ask: add rows with a question type (text, integer, select_one ...) to the survey sheet</source>
            <translation>biểu mẫu không có câu hỏi nào: hãy thêm các dòng có loại câu hỏi (text, integer, select_one ...) vào trang tính survey</translation>
        </message>
        <message>
            <source>{what} needs the choice list '{list}', but the workbook has no choices sheet</source>
            <translation>{what} cần danh sách lựa chọn '{list}', nhưng tệp Excel không có trang tính choices</translation>
        </message>
        <message>
            <source>the choice list '{list}' is not on the choices sheet{suggestion}</source>
            <translation>danh sách lựa chọn '{list}' không có trên trang tính choices{suggestion}</translation>
        </message>
        <message>
            <source>type '{type}' is not supported by GMS Desk; use select_multiple instead</source>
            <translation>GMS Desk không hỗ trợ loại '{type}'; hãy dùng select_multiple</translation>
        </message>
        <message>
            <source>type '{type}'</source>
            <translation>loại '{type}'</translation>
        </message>
        <message>
            <source>type '{type}' is not supported by GMS Desk; supported types: {types}, metadata (start, end, today, deviceid, username), groups, repeats and loops. Remove the row or change its type</source>
            <translation>GMS Desk không hỗ trợ loại '{type}'; các loại được hỗ trợ: {types}, siêu dữ liệu (start, end, today, deviceid, username), nhóm (group), nhóm lặp (repeat) và vòng lặp (loop). Hãy xóa dòng này hoặc đổi loại</translation>
        </message>
        <message>
            <source>type '{type}' is not an XLSForm question type{suggestion}</source>
            <translation>'{type}' không phải là loại câu hỏi của XLSForm{suggestion}</translation>
        </message>
        <message>
            <source>the name '{name}' is already used on row {row} in the same group; a name may be used again only in another group</source>
            <translation>tên '{name}' đã được dùng ở dòng {row} trong cùng nhóm; chỉ được dùng lại một tên ở nhóm khác</translation>
        </message>
        <message>
            <source> (did you mean '{name}'?)</source>
            <translation> (có phải ý bạn là '{name}'?)</translation>
        </message>
        <message>
            <source>appearance '{appearance}' is ignored on the desktop</source>
            <translation>appearance '{appearance}' bị bỏ qua trên máy tính</translation>
        </message>
        <message>
            <source>parameters '{parameters}' are ignored for type '{type}'</source>
            <translation>tham số '{parameters}' bị bỏ qua với loại '{type}'</translation>
        </message>
        <message>
            <source>media is not shown by GMS Desk</source>
            <translation>GMS Desk không hiển thị media</translation>
        </message>
        <message>
            <source>setting '{setting}' is ignored: GMS Desk does not use it</source>
            <translation>thiết lập '{setting}' bị bỏ qua: GMS Desk không dùng đến</translation>
        </message>
        <message>
            <source>no form_id: using '{id}' (from the file name); set form_id so re-imports of a renamed file are recognised as the same form</source>
            <translation>không có form_id: dùng '{id}' (lấy từ tên tệp); hãy đặt form_id để khi nhập lại một tệp đã đổi tên, biểu mẫu vẫn được nhận ra là cùng một biểu mẫu</translation>
        </message>
        <message>
            <source>no version: using '{version}' (from the form's content); set version so responses can be matched to the form they were collected with</source>
            <translation>không có version: dùng '{version}' (tính từ nội dung biểu mẫu); hãy đặt version để các phiếu trả lời được gắn đúng với biểu mẫu đã dùng để thu thập</translation>
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
        <name>GeoTraceWidget</name>
        <message>
            <source>One point a line: latitude longitude, for example 11.5564 104.9282</source>
            <translation>Mỗi dòng một điểm: vĩ độ kinh độ, ví dụ 11.5564 104.9282</translation>
        </message>
        <message>
            <source>Line %1 is not a point: write the latitude and the longitude, for example 11.5564 104.9282.</source>
            <translation>Dòng %1 không phải là một điểm: hãy ghi vĩ độ và kinh độ, ví dụ 11.5564 104.9282.</translation>
        </message>
        <message>
            <source>A shape needs at least three points.</source>
            <translation>Một vùng cần ít nhất ba điểm.</translation>
        </message>
        <message>
            <source>A line needs at least two points.</source>
            <translation>Một đường cần ít nhất hai điểm.</translation>
        </message>
        <message>
            <source>%1 points · %2 m²</source>
            <translation>%1 điểm · %2 m²</translation>
        </message>
        <message>
            <source>%1 points · %2 m long</source>
            <translation>%1 điểm · dài %2 m</translation>
        </message>
    </context>
    <context>
        <name>GeopointWidget</name>
        <message>
            <source>Latitude</source>
            <translation>Vĩ độ</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>Kinh độ</translation>
        </message>
        <message>
            <source>Altitude (m)</source>
            <translation>Độ cao (m)</translation>
        </message>
        <message>
            <source>Accuracy (m)</source>
            <translation>Độ chính xác (m)</translation>
        </message>
        <message>
            <source>Write the numbers as decimals, for example 11.5564.</source>
            <translation>Hãy ghi số dưới dạng thập phân, ví dụ 11.5564.</translation>
        </message>
        <message>
            <source>Give both the latitude and the longitude.</source>
            <translation>Vui lòng nhập cả vĩ độ và kinh độ.</translation>
        </message>
        <message>
            <source>The latitude is between -90 and 90 and the longitude between -180 and 180.</source>
            <translation>Vĩ độ nằm trong khoảng -90 đến 90 và kinh độ trong khoảng -180 đến 180.</translation>
        </message>
        <message>
            <source>The accuracy is a distance in metres: 0 or more.</source>
            <translation>Độ chính xác là khoảng cách tính bằng mét: từ 0 trở lên.</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Find</source>
            <translation>Tìm</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>In</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Làm mới</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Thêm mới</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Trợ &amp;giúp</translation>
        </message>
        <message>
            <source>Keyboard shortcuts and guide</source>
            <translation>Phím tắt và hướng dẫn</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>GMS Desk help</source>
            <translation>Trợ giúp GMS Desk</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Phím</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Chức năng</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Áp dụng ở</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>Mọi nơi</translation>
        </message>
        <message>
            <source>The keys of the area you are in work there; those marked Everywhere work in every area.</source>
            <translation>Phím tắt của mục bạn đang mở chỉ dùng được trong mục đó; các phím được đánh dấu Mọi nơi dùng được ở mọi mục.</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Phím tắt</translation>
        </message>
        <message>
            <source>Guide</source>
            <translation>Hướng dẫn</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>GMS Desk keeps your agency's SMEs, workshops, surveys and reports on this computer. Everything works without a connection: what you change waits, and is sent to headquarters when you sync.</source>
            <translation>GMS Desk lưu doanh nghiệp, khóa tập huấn, khảo sát và báo cáo của đơn vị bạn trên máy tính này. Mọi chức năng đều dùng được khi không có kết nối mạng: các thay đổi của bạn sẽ chờ và được gửi lên trụ sở chính khi bạn đồng bộ.</translation>
        </message>
        <message>
            <source>&lt;b&gt;SMEs&lt;/b&gt;: register a business with New SME; GMS Desk tells you when it may be registered already. The services, training, online presence and inquiries of an SME are kept with it.</source>
            <translation>&lt;b&gt;Doanh nghiệp&lt;/b&gt;: đăng ký một doanh nghiệp bằng nút Thêm doanh nghiệp; GMS Desk sẽ báo nếu doanh nghiệp có thể đã được đăng ký. Dịch vụ, đào tạo, kênh trực tuyến và lượt hỏi hàng của doanh nghiệp được lưu cùng doanh nghiệp đó.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Training&lt;/b&gt;: plan a workshop, enrol its participants, mark attendance and progress, and print certificates. &lt;b&gt;Surveys&lt;/b&gt;: fill in a form for an SME; the answers are summed up for you. &lt;b&gt;Reports&lt;/b&gt;: the programme's figures for a period, to print or export.</source>
            <translation>&lt;b&gt;Đào tạo&lt;/b&gt;: lên kế hoạch khóa tập huấn, ghi danh học viên, điểm danh, ghi nhận tiến độ và in giấy chứng nhận. &lt;b&gt;Khảo sát&lt;/b&gt;: điền biểu mẫu cho một doanh nghiệp; câu trả lời được tổng hợp sẵn cho bạn. &lt;b&gt;Báo cáo&lt;/b&gt;: số liệu của chương trình trong một kỳ, để in hoặc xuất ra tệp.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sync&lt;/b&gt;: enrol this computer once with the code headquarters gave you. Changes are then sent and received whenever there is a connection; without one, a sync bundle on a USB stick does the same.</source>
            <translation>&lt;b&gt;Đồng bộ&lt;/b&gt;: đăng ký máy tính này một lần bằng mã mà trụ sở chính đã cấp cho bạn. Sau đó, các thay đổi sẽ được gửi và nhận mỗi khi có kết nối mạng; khi không có mạng, có thể dùng gói đồng bộ trên USB để làm việc này.</translation>
        </message>
        <message>
            <source>In a form, Ctrl+S saves, Esc closes it without saving, and Tab moves to the next field. Ctrl+Z takes back the last change. &lt;b&gt;Settings&lt;/b&gt; holds the language, the text size, your name and the administrator role.</source>
            <translation>Trong một biểu mẫu nhập liệu, Ctrl+S để lưu, Esc để đóng mà không lưu, và Tab để chuyển sang ô tiếp theo. Ctrl+Z hoàn tác thay đổi vừa làm. &lt;b&gt;Cài đặt&lt;/b&gt; gồm ngôn ngữ, cỡ chữ, tên của bạn và vai trò quản trị viên.</translation>
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
        <name>IctTimeline</name>
        <message>
            <source>ICT history</source>
            <translation>Lịch sử ứng dụng CNTT</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Nội dung thay đổi</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Người thực hiện</translation>
        </message>
        <message>
            <source>No changes recorded yet.</source>
            <translation>Chưa ghi nhận thay đổi nào.</translation>
        </message>
        <message>
            <source>%1 ICT level: %2</source>
            <translation>%1 Mức độ ứng dụng CNTT: %2</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Được đăng ký vào hệ thống</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Bị xóa</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Được khôi phục</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>có</translation>
        </message>
        <message>
            <source>no</source>
            <translation>không</translation>
        </message>
        <message>
            <source>now %1</source>
            <translation>nay là %1</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>đã bị xóa</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>đã được khôi phục</translation>
        </message>
        <message>
            <source>registered</source>
            <translation>đã đăng ký</translation>
        </message>
        <message>
            <source>displaying products</source>
            <translation>đang trưng bày sản phẩm</translation>
        </message>
        <message>
            <source>inactive</source>
            <translation>không hoạt động</translation>
        </message>
        <message>
            <source>Online presence</source>
            <translation>Kênh trực tuyến</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>The file's text encoding is not recognised. Save it as CSV UTF-8 and try again.</source>
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
            <source>The workbook unpacks to far more data than a spreadsheet of its size holds, so it was not opened. Open it in Excel or LibreOffice, save it as CSV UTF-8 and import that.</source>
            <translation>Khi giải nén, tệp Excel này chứa nhiều dữ liệu hơn hẳn mức một bảng tính cỡ đó có thể chứa, nên đã không được mở. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu dưới dạng CSV UTF-8 rồi nhập tệp đó.</translation>
        </message>
        <message>
            <source>The sheet has more rows than Excel allows in one sheet. Split it into smaller files and import each.</source>
            <translation>Trang tính có nhiều dòng hơn mức Excel cho phép trong một trang tính. Hãy chia thành các tệp nhỏ hơn rồi nhập từng tệp.</translation>
        </message>
        <message>
            <source>The first row has too many columns to be a list of SMEs. Check that it is the right file.</source>
            <translation>Dòng đầu tiên có quá nhiều cột, không thể là danh sách doanh nghiệp. Hãy kiểm tra xem có đúng tệp không.</translation>
        </message>
        <message>
            <source>A line of the file is too long to be a row of a table. Check that it is a CSV file.</source>
            <translation>Một dòng trong tệp quá dài, không thể là một hàng của bảng. Hãy kiểm tra xem đây có phải tệp CSV không.</translation>
        </message>
        <message>
            <source>Part of the file is not in the same text encoding as the rest, so it cannot be read.</source>
            <translation>Một phần của tệp không cùng bảng mã với phần còn lại nên không đọc được.</translation>
        </message>
        <message>
            <source>Unicode (UTF-8)</source>
            <translation>Unicode (UTF-8)</translation>
        </message>
        <message>
            <source>Unicode (UTF-16)</source>
            <translation>Unicode (UTF-16)</translation>
        </message>
        <message>
            <source>Unicode (UTF-32)</source>
            <translation>Unicode (UTF-32)</translation>
        </message>
        <message>
            <source>Thai (Windows-874)</source>
            <translation>Tiếng Thái (Windows-874)</translation>
        </message>
        <message>
            <source>Vietnamese (Windows-1258)</source>
            <translation>Tiếng Việt (Windows-1258)</translation>
        </message>
        <message>
            <source>Chinese, simplified (GB18030)</source>
            <translation>Tiếng Trung giản thể (GB18030)</translation>
        </message>
        <message>
            <source>Chinese, traditional (Big5)</source>
            <translation>Tiếng Trung phồn thể (Big5)</translation>
        </message>
        <message>
            <source>The file's text can be read in more than one way. Choose the reading in which the names look right.</source>
            <translation>Văn bản trong tệp có thể được đọc theo nhiều cách. Hãy chọn cách đọc mà các tên hiển thị đúng.</translation>
        </message>
        <message>
            <source>The file has no rows.</source>
            <translation>Tệp không có dòng dữ liệu nào.</translation>
        </message>
        <message>
            <source>Reading the file was stopped.</source>
            <translation>Đã dừng đọc tệp.</translation>
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
            <source>Its text is read as %1.</source>
            <translation>Văn bản của tệp được đọc theo bảng mã %1.</translation>
        </message>
        <message>
            <source>The file has column names but no rows below them. Choose another file.</source>
            <translation>Tệp có tên cột nhưng không có dòng dữ liệu nào bên dưới. Vui lòng chọn tệp khác.</translation>
        </message>
        <message>
            <source>The text of this file can be read in more than one way. Choose the reading in which the names look right; the file is then read that way.</source>
            <translation>Văn bản trong tệp này có thể được đọc theo nhiều cách. Hãy chọn cách đọc mà các tên hiển thị đúng; tệp sẽ được đọc theo cách đó.</translation>
        </message>
        <message>
            <source>Read the file as %1</source>
            <translation>Đọc tệp theo %1</translation>
        </message>
        <message>
            <source>The first rows read as %1</source>
            <translation>Các dòng đầu khi đọc theo %1</translation>
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
            <source>The first %1 are listed; correct those and import again to see the rest.</source>
            <translation>Chỉ liệt kê %1 dòng đầu; hãy sửa các dòng đó rồi nhập lại để xem các dòng còn lại.</translation>
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
            <translation>Trang tính</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Dòng</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Mức độ</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Vấn đề</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Lỗi</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Cảnh báo</translation>
        </message>
    </context>
    <context>
        <name>Indicators</name>
        <message>
            <source>Evaluation: relevance</source>
            <translation>Đánh giá: Tính phù hợp</translation>
        </message>
        <message>
            <source>Evaluation: efficiency</source>
            <translation>Đánh giá: Hiệu suất</translation>
        </message>
        <message>
            <source>Evaluation: effectiveness</source>
            <translation>Đánh giá: Hiệu quả</translation>
        </message>
        <message>
            <source>Evaluation: impact</source>
            <translation>Đánh giá: Tác động</translation>
        </message>
        <message>
            <source>Evaluation: sustainability</source>
            <translation>Đánh giá: Tính bền vững</translation>
        </message>
        <message>
            <source>Workshops held</source>
            <translation>Số khóa tập huấn đã tổ chức</translation>
        </message>
        <message>
            <source>Training workshops marked running or done, counted in the period of their first day, where they took place.</source>
            <translation>Các khóa tập huấn có trạng thái “Đang diễn ra” hoặc “Đã kết thúc”, được tính vào kỳ chứa ngày đầu tiên của khóa và tại nơi tổ chức khóa.</translation>
        </message>
        <message>
            <source>People trained</source>
            <translation>Số người được đào tạo</translation>
        </message>
        <message>
            <source>People who completed at least one training module in the period, each counted once. A person is placed where their SME is; a person with no SME, where the first workshop they took part in was held.</source>
            <translation>Những người đã hoàn thành ít nhất một học phần đào tạo trong kỳ, mỗi người chỉ tính một lần. Mỗi người được tính theo nơi doanh nghiệp của họ đặt trụ sở; người không thuộc doanh nghiệp nào được tính theo nơi tổ chức khóa tập huấn đầu tiên mà họ tham gia.</translation>
        </message>
        <message>
            <source>People who completed their track</source>
            <translation>Số người hoàn thành trọn cấp độ</translation>
        </message>
        <message>
            <source>People who completed every module of a workshop's track, counted in the period they completed the last one, each person once.</source>
            <translation>Những người đã hoàn thành mọi học phần thuộc cấp độ của một khóa tập huấn, được tính vào kỳ họ hoàn thành học phần cuối cùng, mỗi người chỉ tính một lần.</translation>
        </message>
        <message>
            <source>SMEs with a person trained</source>
            <translation>Số doanh nghiệp có người được đào tạo</translation>
        </message>
        <message>
            <source>SMEs with at least one person who completed a training module in the period.</source>
            <translation>Các doanh nghiệp có ít nhất một người đã hoàn thành một học phần đào tạo trong kỳ.</translation>
        </message>
        <message>
            <source>Completion rate</source>
            <translation>Tỷ lệ hoàn thành</translation>
        </message>
        <message>
            <source>Of the people enrolled in the workshops held that started in the period, the share who completed every module of their workshop.</source>
            <translation>Trong số những người đã ghi danh vào các khóa tập huấn được tổ chức và bắt đầu trong kỳ, tỷ lệ người đã hoàn thành mọi học phần của khóa mình tham gia.</translation>
        </message>
        <message>
            <source>Average score gain</source>
            <translation>Mức tăng điểm trung bình</translation>
        </message>
        <message>
            <source>Post-test score minus pre-test score (points out of 100), averaged over the participants with both scores in the workshops held that started in the period.</source>
            <translation>Điểm kiểm tra đầu ra trừ điểm kiểm tra đầu vào (thang điểm 100), tính trung bình trên các học viên có đủ cả hai điểm trong các khóa tập huấn được tổ chức và bắt đầu trong kỳ.</translation>
        </message>
        <message>
            <source>Awareness events held</source>
            <translation>Số sự kiện nâng cao nhận thức đã tổ chức</translation>
        </message>
        <message>
            <source>Road shows, media campaigns, launches, consultations and seminars held in the period (by their first day).</source>
            <translation>Các buổi roadshow, chiến dịch truyền thông, lễ ra mắt, buổi tham vấn và hội thảo được tổ chức trong kỳ (tính theo ngày đầu tiên của sự kiện).</translation>
        </message>
        <message>
            <source>People reached by events</source>
            <translation>Số người được tiếp cận qua sự kiện</translation>
        </message>
        <message>
            <source>The audiences of the awareness events held in the period, added up, by sex as recorded.</source>
            <translation>Tổng số người tham dự các sự kiện nâng cao nhận thức được tổ chức trong kỳ, phân theo giới tính như đã ghi nhận.</translation>
        </message>
        <message>
            <source>Agencies offering e-business services</source>
            <translation>Số đơn vị cung cấp dịch vụ kinh doanh điện tử</translation>
        </message>
        <message>
            <source>Agencies of the network whose profile lists at least one e-business service, as of the end of the period.</source>
            <translation>Các đơn vị trong mạng lưới có hồ sơ liệt kê ít nhất một dịch vụ kinh doanh điện tử, tính đến cuối kỳ.</translation>
        </message>
        <message>
            <source>Agencies active</source>
            <translation>Số đơn vị có hoạt động</translation>
        </message>
        <message>
            <source>Agencies that recorded a service delivered, a workshop held or an awareness event in the period.</source>
            <translation>Các đơn vị đã ghi nhận một dịch vụ đã cung cấp, một khóa tập huấn đã tổ chức hoặc một sự kiện nâng cao nhận thức trong kỳ.</translation>
        </message>
        <message>
            <source>Services delivered</source>
            <translation>Số dịch vụ đã cung cấp</translation>
        </message>
        <message>
            <source>E-business services delivered to SMEs in the period.</source>
            <translation>Các dịch vụ kinh doanh điện tử đã cung cấp cho doanh nghiệp trong kỳ.</translation>
        </message>
        <message>
            <source>SMEs served</source>
            <translation>Số doanh nghiệp được phục vụ</translation>
        </message>
        <message>
            <source>SMEs that received at least one e-business service in the period.</source>
            <translation>Các doanh nghiệp đã nhận ít nhất một dịch vụ kinh doanh điện tử trong kỳ.</translation>
        </message>
        <message>
            <source>Fees collected</source>
            <translation>Phí đã thu</translation>
        </message>
        <message>
            <source>Fees paid for the services delivered in the period, by currency.</source>
            <translation>Phí đã được thanh toán cho các dịch vụ cung cấp trong kỳ, theo từng loại tiền tệ.</translation>
        </message>
        <message>
            <source>Share of services paid</source>
            <translation>Tỷ lệ dịch vụ đã thu phí</translation>
        </message>
        <message>
            <source>Of the services delivered in the period, the share with a fee that was paid (cost recovery).</source>
            <translation>Trong số các dịch vụ cung cấp trong kỳ, tỷ lệ dịch vụ có thu phí và phí đã được thanh toán (bù đắp chi phí).</translation>
        </message>
        <message>
            <source>SMEs online</source>
            <translation>Số doanh nghiệp hiện diện trực tuyến</translation>
        </message>
        <message>
            <source>SMEs with a website, a social media page, an e-marketplace listing or online payment (ICT level 2 or 3) as of the end of the period: since the earliest of these they have now was set.</source>
            <translation>Các doanh nghiệp có website, trang mạng xã hội, gian hàng trên sàn thương mại điện tử hoặc thanh toán trực tuyến (mức độ ứng dụng CNTT 2 hoặc 3) tính đến cuối kỳ; được tính từ ngày ghi nhận sớm nhất trong số các hình thức mà doanh nghiệp hiện vẫn có.</translation>
        </message>
        <message>
            <source>SMEs on e-marketplaces</source>
            <translation>Số doanh nghiệp trên sàn thương mại điện tử</translation>
        </message>
        <message>
            <source>SMEs selling on an e-marketplace or an agency portal, as of the end of the period.</source>
            <translation>Các doanh nghiệp bán hàng trên sàn thương mại điện tử hoặc cổng thông tin của đơn vị, tính đến cuối kỳ.</translation>
        </message>
        <message>
            <source>SMEs registered for e-procurement</source>
            <translation>Số doanh nghiệp đăng ký đấu thầu điện tử</translation>
        </message>
        <message>
            <source>SMEs registered for e-procurement, as of the end of the period.</source>
            <translation>Các doanh nghiệp đã đăng ký đấu thầu điện tử, tính đến cuối kỳ.</translation>
        </message>
        <message>
            <source>SMEs registered on a portal</source>
            <translation>Số doanh nghiệp đăng ký trên cổng thông tin</translation>
        </message>
        <message>
            <source>SMEs registered on an agency portal (or displaying products there), as of the end of the period.</source>
            <translation>Các doanh nghiệp đã đăng ký trên cổng thông tin của đơn vị (hoặc đang trưng bày sản phẩm tại đó), tính đến cuối kỳ.</translation>
        </message>
        <message>
            <source>SMEs displaying products on a portal</source>
            <translation>Số doanh nghiệp trưng bày sản phẩm trên cổng thông tin</translation>
        </message>
        <message>
            <source>SMEs displaying products on an agency portal, as of the end of the period.</source>
            <translation>Các doanh nghiệp đang trưng bày sản phẩm trên cổng thông tin của đơn vị, tính đến cuối kỳ.</translation>
        </message>
        <message>
            <source>Inquiries received</source>
            <translation>Số lượt hỏi hàng nhận được</translation>
        </message>
        <message>
            <source>Inquiries SMEs received in the period.</source>
            <translation>Các lượt hỏi hàng mà doanh nghiệp nhận được trong kỳ.</translation>
        </message>
        <message>
            <source>Inquiries from abroad</source>
            <translation>Số lượt hỏi hàng từ nước ngoài</translation>
        </message>
        <message>
            <source>Inquiries received in the period from another country than the SME's (for an SME of Yunnan, China is not abroad).</source>
            <translation>Các lượt hỏi hàng nhận được trong kỳ từ một quốc gia khác với quốc gia của doanh nghiệp (với doanh nghiệp ở Vân Nam, Trung Quốc không được coi là nước ngoài).</translation>
        </message>
        <message>
            <source>Domestic inquiries</source>
            <translation>Số lượt hỏi hàng trong nước</translation>
        </message>
        <message>
            <source>Inquiries received in the period from the SME's own country.</source>
            <translation>Các lượt hỏi hàng nhận được trong kỳ từ chính quốc gia của doanh nghiệp.</translation>
        </message>
        <message>
            <source>Orders reported</source>
            <translation>Số đơn hàng được báo cáo</translation>
        </message>
        <message>
            <source>Inquiries received in the period that became an order.</source>
            <translation>Các lượt hỏi hàng nhận được trong kỳ đã dẫn đến đơn hàng.</translation>
        </message>
        <message>
            <source>Value of orders reported</source>
            <translation>Giá trị đơn hàng được báo cáo</translation>
        </message>
        <message>
            <source>The value of the orders from inquiries received in the period, by currency.</source>
            <translation>Giá trị các đơn hàng từ những lượt hỏi hàng nhận được trong kỳ, theo từng loại tiền tệ.</translation>
        </message>
        <message>
            <source>SMEs that moved up the ICT ladder</source>
            <translation>Số doanh nghiệp nâng mức độ ứng dụng CNTT</translation>
        </message>
        <message>
            <source>SMEs whose ICT level (traditional, e-mail, web presence, e-business) at the end of the period was higher than at its start, or than when they were registered if that was later (without a start: than when they were registered).</source>
            <translation>Các doanh nghiệp có mức độ ứng dụng CNTT (truyền thống, email, hiện diện trên mạng, kinh doanh điện tử) vào cuối kỳ cao hơn so với đầu kỳ, hoặc so với lúc đăng ký nếu doanh nghiệp đăng ký sau đầu kỳ (nếu kỳ không có ngày bắt đầu: so với lúc đăng ký).</translation>
        </message>
        <message>
            <source>The average rating (1 to 5) participants gave the workshop for this criterion in the workshop evaluation form, in the responses submitted in the period.</source>
            <translation>Điểm đánh giá trung bình (từ 1 đến 5) mà học viên chấm cho khóa tập huấn theo tiêu chí này trong biểu mẫu đánh giá khóa tập huấn, tính trên các phiếu trả lời đã nộp trong kỳ.</translation>
        </message>
        <message>
            <source>Choose what the indicator counts: survey responses or SMEs.</source>
            <translation>Vui lòng chọn nội dung chỉ số đếm: phiếu trả lời khảo sát hoặc doanh nghiệp.</translation>
        </message>
        <message>
            <source>Enter the id of the survey form.</source>
            <translation>Vui lòng nhập mã biểu mẫu khảo sát.</translation>
        </message>
        <message>
            <source>Enter the question's name as the form has it, for example r_relevance.</source>
            <translation>Vui lòng nhập tên câu hỏi đúng như trong biểu mẫu, ví dụ r_relevance.</translation>
        </message>
        <message>
            <source>Enter one answer as the form stores it, for example yes.</source>
            <translation>Vui lòng nhập một câu trả lời đúng như biểu mẫu lưu, ví dụ yes.</translation>
        </message>
        <message>
            <source>Pick the SMEs by one or more of their fields, for example sector = tourism.</source>
            <translation>Vui lòng chọn doanh nghiệp theo một hoặc nhiều trường thông tin, ví dụ sector = tourism.</translation>
        </message>
        <message>
            <source>Use letters, digits, dots, dashes and underscores for the code.</source>
            <translation>Mã chỉ được dùng chữ cái, chữ số, dấu chấm, dấu gạch ngang và dấu gạch dưới.</translation>
        </message>
        <message>
            <source>Another indicator has this code.</source>
            <translation>Mã này đã được một chỉ số khác sử dụng.</translation>
        </message>
    </context>
    <context>
        <name>InquiriesView</name>
        <message>
            <source>Abroad</source>
            <translation>Nước ngoài</translation>
        </message>
        <message>
            <source>Domestic</source>
            <translation>Trong nước</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Không rõ</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>Tất cả kênh</translation>
        </message>
        <message>
            <source>All outcomes</source>
            <translation>Mọi kết quả</translation>
        </message>
        <message>
            <source>From anywhere</source>
            <translation>Mọi nơi gửi</translation>
        </message>
        <message numerus="yes">
            <source>%Ln inquiry(ies)</source>
            <translation>
                <numerusform>%Ln lượt hỏi hàng</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 from abroad, %2 domestic, %3 not known</source>
            <translation>%1 từ nước ngoài, %2 trong nước, %3 không rõ</translation>
        </message>
        <message numerus="yes">
            <source>%Ln order(s)</source>
            <translation>
                <numerusform>%Ln đơn hàng</numerusform>
            </translation>
        </message>
        <message>
            <source>Abroad or domestic</source>
            <translation>Nước ngoài hay trong nước</translation>
        </message>
        <message>
            <source>Export inquiries</source>
            <translation>Xuất dữ liệu lượt hỏi hàng</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln inquiry(ies) to %1.</source>
            <translation>
                <numerusform>Đã xuất %Ln lượt hỏi hàng ra %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InquiryDialog</name>
        <message>
            <source>Inquiry received</source>
            <translation>Lượt hỏi hàng nhận được</translation>
        </message>
        <message>
            <source>Edit inquiry</source>
            <translation>Sửa lượt hỏi hàng</translation>
        </message>
        <message>
            <source>Type to search, e.g. Japan</source>
            <translation>Gõ để tìm, ví dụ Nhật Bản</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Chọn…</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Không rõ</translation>
        </message>
        <message>
            <source>Service: %1</source>
            <translation>Dịch vụ: %1</translation>
        </message>
        <message>
            <source>Deleted since</source>
            <translation>Đã bị xóa sau đó</translation>
        </message>
        <message>
            <source>Not known yet</source>
            <translation>Chưa rõ</translation>
        </message>
        <message>
            <source>When it led to an order</source>
            <translation>Khi dẫn đến đơn hàng</translation>
        </message>
        <message>
            <source>Received on:</source>
            <translation>Ngày nhận:</translation>
        </message>
        <message>
            <source>Channel:</source>
            <translation>Kênh:</translation>
        </message>
        <message>
            <source>From country:</source>
            <translation>Từ quốc gia:</translation>
        </message>
        <message>
            <source>Through:</source>
            <translation>Nhận qua:</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>Kết quả:</translation>
        </message>
        <message>
            <source>Order value:</source>
            <translation>Giá trị đơn hàng:</translation>
        </message>
        <message>
            <source>Staff:</source>
            <translation>Cán bộ thực hiện:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Ghi chú:</translation>
        </message>
    </context>
    <context>
        <name>LabelMedia</name>
        <message>
            <source>Play the recording</source>
            <translation>Phát bản ghi âm</translation>
        </message>
        <message>
            <source>Play the video</source>
            <translation>Phát video</translation>
        </message>
        <message>
            <source>%1 did not come with the form, so it cannot be played.</source>
            <translation>%1 không đi kèm biểu mẫu nên không phát được.</translation>
        </message>
        <message>
            <source>%1 could not be made ready to play: %2</source>
            <translation>Không chuẩn bị được %1 để phát: %2</translation>
        </message>
        <message>
            <source>No program on this computer plays %1.</source>
            <translation>Máy tính này không có chương trình nào phát được %1.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>%1 (no. %2)</source>
            <translation>%1 (bản %2)</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 byte</translation>
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
            <translation>dữ liệu mẫu</translation>
        </message>
        <message>
            <source>someone (no name given)</source>
            <translation>một người (không ghi tên)</translation>
        </message>
    </context>
    <context>
        <name>LadderStrip</name>
        <message>
            <source>ICT level, %1 to %2: %3</source>
            <translation>Mức độ ứng dụng CNTT từ %1 đến %2: %3</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Welcome to GMS Desk</source>
            <translation>Chào mừng bạn đến với GMS Desk</translation>
        </message>
        <message>
            <source>Choose the language GMS Desk speaks. You can change it later in Settings.</source>
            <translation>Chọn ngôn ngữ hiển thị của GMS Desk. Bạn có thể đổi lại sau trong Cài đặt.</translation>
        </message>
    </context>
    <context>
        <name>LanguagesDialog</name>
        <message>
            <source>Languages</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <source>Search languages</source>
            <translation>Tìm ngôn ngữ</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
    </context>
    <context>
        <name>LanguagesField</name>
        <message>
            <source>None chosen</source>
            <translation>Chưa chọn</translation>
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
            <source>Network</source>
            <translation>Mạng lưới</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Báo cáo</translation>
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
            <source>Go to %1</source>
            <translation>Chuyển đến %1</translation>
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
        <name>MapDialog</name>
        <message>
            <source>Map</source>
            <translation>Bản đồ</translation>
        </message>
        <message>
            <source>Zoom in (+)</source>
            <translation>Phóng to (+)</translation>
        </message>
        <message>
            <source>The answer on the map. Drag to move the map; turn the mouse wheel or press + and - to zoom.</source>
            <translation>Câu trả lời trên bản đồ. Kéo để di chuyển bản đồ; lăn chuột hoặc nhấn + và - để phóng to, thu nhỏ.</translation>
        </message>
        <message>
            <source>Click the place to put the point there (or press Space for the cross in the middle). Drag to move the map; turn the mouse wheel or press + and - to zoom.</source>
            <translation>Nhấp vào vị trí để đặt điểm tại đó (hoặc nhấn phím cách để đặt tại dấu chữ thập ở giữa). Kéo để di chuyển bản đồ; lăn chuột hoặc nhấn + và - để phóng to, thu nhỏ.</translation>
        </message>
        <message>
            <source>Click each corner of the shape in turn (or press Space for the cross in the middle); the shape closes by itself. Backspace removes the last corner. Drag to move the map; the mouse wheel or + and - zoom.</source>
            <translation>Lần lượt nhấp vào từng góc của vùng (hoặc nhấn phím cách để dùng dấu chữ thập ở giữa); vùng sẽ tự khép lại. Phím Backspace xóa góc vừa đặt. Kéo để di chuyển bản đồ; lăn chuột hoặc nhấn + và - để phóng to, thu nhỏ.</translation>
        </message>
        <message>
            <source>Click each point of the line in turn (or press Space for the cross in the middle). Backspace removes the last point. Drag to move the map; the mouse wheel or + and - zoom.</source>
            <translation>Lần lượt nhấp vào từng điểm của đường (hoặc nhấn phím cách để dùng dấu chữ thập ở giữa). Phím Backspace xóa điểm vừa đặt. Kéo để di chuyển bản đồ; lăn chuột hoặc nhấn + và - để phóng to, thu nhỏ.</translation>
        </message>
        <message>
            <source>Zoom out (-)</source>
            <translation>Thu nhỏ (-)</translation>
        </message>
        <message>
            <source>Choose map tiles…</source>
            <translation>Chọn ô bản đồ…</translation>
        </message>
        <message>
            <source>An MBTiles file…</source>
            <translation>Một tệp MBTiles…</translation>
        </message>
        <message>
            <source>A folder of tiles (zoom/x/y.png)…</source>
            <translation>Một thư mục ô bản đồ (zoom/x/y.png)…</translation>
        </message>
        <message>
            <source>Remove last point</source>
            <translation>Xóa điểm cuối</translation>
        </message>
        <message>
            <source>Remove the point</source>
            <translation>Xóa điểm</translation>
        </message>
        <message>
            <source>Remove all</source>
            <translation>Xóa tất cả</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Use this answer (Ctrl+Enter)</source>
            <translation>Dùng câu trả lời này (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>No map tiles are set up on this laptop, so no map can be shown. Choose map tiles kept on this laptop: an MBTiles file, or a folder of tiles (zoom/x/y.png). You can also close this and type the location.</source>
            <translation>Máy tính này chưa được thiết lập ô bản đồ (map tiles) nên không hiển thị được bản đồ. Hãy chọn ô bản đồ lưu trên máy tính này: một tệp MBTiles, hoặc một thư mục ô bản đồ (zoom/x/y.png). Bạn cũng có thể đóng cửa sổ này và nhập vị trí.</translation>
        </message>
        <message>
            <source>The map tiles chosen for this laptop (%1) are no longer there. Choose map tiles again, or close this and type the location.</source>
            <translation>Ô bản đồ đã chọn cho máy tính này (%1) không còn nữa. Hãy chọn lại ô bản đồ, hoặc đóng cửa sổ này và nhập vị trí.</translation>
        </message>
        <message>
            <source>%1 holds vector tiles, which GMS Desk cannot draw. Choose raster tiles (PNG or JPEG pictures) instead.</source>
            <translation>%1 chứa ô bản đồ dạng vector, GMS Desk không vẽ được. Hãy chọn ô bản đồ dạng ảnh (ảnh PNG hoặc JPEG).</translation>
        </message>
        <message>
            <source>%1 holds no map tiles. Choose an MBTiles file or a folder of tiles (zoom/x/y.png).</source>
            <translation>%1 không chứa ô bản đồ nào. Hãy chọn một tệp MBTiles hoặc một thư mục ô bản đồ (zoom/x/y.png).</translation>
        </message>
        <message>
            <source>%1 cannot be read as map tiles. Choose an MBTiles file or a folder of tiles (zoom/x/y.png).</source>
            <translation>Không đọc được %1 dưới dạng ô bản đồ. Hãy chọn một tệp MBTiles hoặc một thư mục ô bản đồ (zoom/x/y.png).</translation>
        </message>
        <message>
            <source>These map tiles could not be remembered for next time.</source>
            <translation>Không ghi nhớ được các ô bản đồ này cho lần sau.</translation>
        </message>
        <message>
            <source>Choose map tiles</source>
            <translation>Chọn ô bản đồ</translation>
        </message>
        <message>
            <source>Map tiles (*.mbtiles);;All files (*)</source>
            <translation>Ô bản đồ (*.mbtiles);;Tất cả các tệp (*)</translation>
        </message>
        <message>
            <source>Choose a folder of map tiles</source>
            <translation>Chọn thư mục ô bản đồ</translation>
        </message>
        <message>
            <source>A line needs at least two points.</source>
            <translation>Một đường cần ít nhất hai điểm.</translation>
        </message>
        <message>
            <source>A shape needs at least three points.</source>
            <translation>Một vùng cần ít nhất ba điểm.</translation>
        </message>
        <message>
            <source>Latitude %1, longitude %2</source>
            <translation>Vĩ độ %1, kinh độ %2</translation>
        </message>
        <message>
            <source>No point yet.</source>
            <translation>Chưa có điểm.</translation>
        </message>
        <message>
            <source>Points: %1</source>
            <translation>Số điểm: %1</translation>
        </message>
        <message>
            <source>No points yet.</source>
            <translation>Chưa có điểm nào.</translation>
        </message>
        <message>
            <source>Map…</source>
            <translation>Bản đồ…</translation>
        </message>
        <message>
            <source>Pick the place on a map kept on this laptop (no internet needed)</source>
            <translation>Chọn vị trí trên bản đồ lưu trên máy tính này (không cần internet)</translation>
        </message>
    </context>
    <context>
        <name>MediaWidget</name>
        <message>
            <source>Choose a photo…</source>
            <translation>Chọn ảnh…</translation>
        </message>
        <message>
            <source>Choose a file…</source>
            <translation>Chọn tệp…</translation>
        </message>
        <message>
            <source>Take a photo…</source>
            <translation>Chụp ảnh…</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Phát</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Mở</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>No file yet.</source>
            <translation>Chưa có tệp.</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Không có ảnh</translation>
        </message>
        <message>
            <source>Not on this laptop: it is fetched from headquarters when you open it.</source>
            <translation>Tệp không có trên máy tính này: tệp sẽ được tải từ trụ sở chính khi bạn mở.</translation>
        </message>
        <message>
            <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</source>
            <translation>Ảnh (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</translation>
        </message>
        <message>
            <source>Recordings (*.m4a *.mp3 *.wav *.ogg *.opus *.amr *.aac *.3gp)</source>
            <translation>Bản ghi âm (*.m4a *.mp3 *.wav *.ogg *.opus *.amr *.aac *.3gp)</translation>
        </message>
        <message>
            <source>Videos (*.mp4 *.mov *.avi *.mkv *.webm *.3gp)</source>
            <translation>Video (*.mp4 *.mov *.avi *.mkv *.webm *.3gp)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tất cả các tệp (*)</translation>
        </message>
        <message>
            <source>Files can be attached only to a response being filled in.</source>
            <translation>Chỉ đính kèm được tệp vào phiếu trả lời đang điền.</translation>
        </message>
        <message>
            <source>The file could not be read: %1</source>
            <translation>Không đọc được tệp: %1</translation>
        </message>
        <message>
            <source>Fetching the file</source>
            <translation>Đang tải tệp</translation>
        </message>
    </context>
    <context>
        <name>Network</name>
        <message>
            <source>Whole programme</source>
            <translation>Toàn chương trình</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>Quốc gia/khu vực</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Tỉnh/thành phố</translation>
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
            <translation>Tìm theo đơn vị, tỉnh/thành phố, ngôn ngữ (ví dụ tiếng Nhật), dịch vụ…</translation>
        </message>
        <message>
            <source>Type a language's name, such as Japanese, to find who translates into it; Enter or Down goes to the list.</source>
            <translation>Gõ tên ngôn ngữ, ví dụ tiếng Nhật, để tìm nơi dịch sang ngôn ngữ đó; nhấn Enter hoặc ↓ để chuyển xuống danh sách.</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>Các đơn vị</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Sửa…</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Tìm</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Hoàn tác</translation>
        </message>
        <message>
            <source>E-business support network</source>
            <translation>Mạng lưới hỗ trợ kinh doanh điện tử</translation>
        </message>
        <message>
            <source>Published by headquarters</source>
            <translation>Do trụ sở chính ban hành</translation>
        </message>
        <message>
            <source>Edit this agency's profile (Ctrl+E)</source>
            <translation>Sửa hồ sơ của đơn vị này (Ctrl+E)</translation>
        </message>
        <message numerus="yes">
            <source>%n agency(ies)</source>
            <translation>
                <numerusform>%n đơn vị</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 agencies</source>
            <translation>%1/%2 đơn vị</translation>
        </message>
        <message>
            <source>No agency matches “%1”.</source>
            <translation>Không có đơn vị nào khớp với “%1”.</translation>
        </message>
        <message>
            <source>No agencies yet. Headquarters publishes the support network; it arrives with the next sync.</source>
            <translation>Chưa có đơn vị nào. Trụ sở chính ban hành mạng lưới hỗ trợ; dữ liệu sẽ đến ở lần đồng bộ tiếp theo.</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Liên hệ</translation>
        </message>
        <message>
            <source>None listed yet.</source>
            <translation>Chưa có dịch vụ nào.</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Dịch vụ</translation>
        </message>
        <message>
            <source>Indicative fee</source>
            <translation>Phí tham khảo</translation>
        </message>
        <message>
            <source>Language pairs</source>
            <translation>Cặp ngôn ngữ</translation>
        </message>
        <message>
            <source>edit %1</source>
            <translation>sửa %1</translation>
        </message>
        <message>
            <source>Saved “%1”.</source>
            <translation>Đã lưu “%1”.</translation>
        </message>
    </context>
    <context>
        <name>NewResponseDialog</name>
        <message>
            <source>This laptop's agency</source>
            <translation>Đơn vị của máy tính này</translation>
        </message>
        <message>
            <source>New response</source>
            <translation>Phiếu trả lời mới</translation>
        </message>
        <message>
            <source>An SME</source>
            <translation>Doanh nghiệp</translation>
        </message>
        <message>
            <source>A workshop</source>
            <translation>Khóa tập huấn</translation>
        </message>
        <message>
            <source>An agency</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Type a name or phone number to find the SME</source>
            <translation>Gõ tên hoặc số điện thoại để tìm doanh nghiệp</translation>
        </message>
        <message>
            <source>No workshop</source>
            <translation>Không thuộc khóa tập huấn nào</translation>
        </message>
        <message>
            <source>Form:</source>
            <translation>Biểu mẫu:</translation>
        </message>
        <message>
            <source>About:</source>
            <translation>Đối tượng:</translation>
        </message>
        <message>
            <source>SME (optional):</source>
            <translation>Doanh nghiệp (không bắt buộc):</translation>
        </message>
        <message>
            <source>Agency:</source>
            <translation>Đơn vị:</translation>
        </message>
        <message>
            <source>Workshop (optional):</source>
            <translation>Khóa tập huấn (không bắt buộc):</translation>
        </message>
        <message>
            <source>No workshops recorded yet</source>
            <translation>Chưa có khóa tập huấn nào được ghi nhận</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Bắt đầu</translation>
        </message>
        <message>
            <source>Start (Ctrl+Enter)</source>
            <translation>Bắt đầu (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>— no SME —</source>
            <translation>— không có doanh nghiệp —</translation>
        </message>
        <message>
            <source>Type a name or phone number above to find the SME.</source>
            <translation>Gõ tên hoặc số điện thoại ở trên để tìm doanh nghiệp.</translation>
        </message>
    </context>
    <context>
        <name>PairsDialog</name>
        <message>
            <source>Language pairs</source>
            <translation>Cặp ngôn ngữ</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Từ</translation>
        </message>
        <message>
            <source>Into</source>
            <translation>Sang</translation>
        </message>
        <message>
            <source>Add pair</source>
            <translation>Thêm cặp</translation>
        </message>
        <message>
            <source>Remove pair</source>
            <translation>Xóa cặp</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Choose two different languages from the lists.</source>
            <translation>Vui lòng chọn hai ngôn ngữ khác nhau trong danh sách.</translation>
        </message>
    </context>
    <context>
        <name>PairsField</name>
        <message>
            <source>No language pairs</source>
            <translation>Chưa có cặp ngôn ngữ</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Passphrase</source>
            <translation>Mật khẩu</translation>
        </message>
        <message>
            <source>To encrypt the copy, give it a passphrase; without the passphrase nobody can read it, you included. Leave both empty for a copy that is not encrypted.</source>
            <translation>Để mã hóa bản sao, hãy đặt mật khẩu; không có mật khẩu thì không ai đọc được bản sao, kể cả bạn. Để trống cả hai ô nếu không cần mã hóa.</translation>
        </message>
        <message>
            <source>This backup is encrypted. Enter its passphrase.</source>
            <translation>Bản sao lưu này được mã hóa. Vui lòng nhập mật khẩu.</translation>
        </message>
        <message>
            <source>Again</source>
            <translation>Nhập lại</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Hai mật khẩu không khớp nhau.</translation>
        </message>
        <message>
            <source>Enter the passphrase.</source>
            <translation>Vui lòng nhập mật khẩu.</translation>
        </message>
    </context>
    <context>
        <name>Pickers</name>
        <message>
            <source>Choose…</source>
            <translation>Chọn…</translation>
        </message>
    </context>
    <context>
        <name>PivotModel</name>
        <message>
            <source>Value</source>
            <translation>Giá trị</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Tổng cộng</translation>
        </message>
    </context>
    <context>
        <name>PlaceChoice</name>
        <message>
            <source>Choose…</source>
            <translation>Chọn…</translation>
        </message>
        <message>
            <source>Type or choose a province</source>
            <translation>Nhập hoặc chọn tỉnh/thành phố</translation>
        </message>
    </context>
    <context>
        <name>Presence</name>
        <message>
            <source>Own website</source>
            <translation>Website riêng</translation>
        </message>
        <message>
            <source>Agency portal</source>
            <translation>Cổng thông tin của đơn vị</translation>
        </message>
        <message>
            <source>E-marketplace</source>
            <translation>Sàn thương mại điện tử</translation>
        </message>
        <message>
            <source>Social media page</source>
            <translation>Trang mạng xã hội</translation>
        </message>
        <message>
            <source>E-procurement registration</source>
            <translation>Đăng ký đấu thầu điện tử</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Đã đăng ký</translation>
        </message>
        <message>
            <source>Displaying products</source>
            <translation>Đang trưng bày sản phẩm</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Không hoạt động</translation>
        </message>
    </context>
    <context>
        <name>PresenceDialog</name>
        <message>
            <source>Edit online presence</source>
            <translation>Sửa kênh trực tuyến</translation>
        </message>
        <message>
            <source>Online presence</source>
            <translation>Kênh trực tuyến</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Chọn…</translation>
        </message>
        <message>
            <source>e.g. the provincial trade portal</source>
            <translation>ví dụ: cổng thương mại của tỉnh</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Không rõ</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Không có</translation>
        </message>
        <message>
            <source>since</source>
            <translation>từ ngày</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Loại:</translation>
        </message>
        <message>
            <source>Portal or marketplace:</source>
            <translation>Cổng thông tin hoặc sàn giao dịch:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Địa chỉ web:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Trạng thái:</translation>
        </message>
        <message>
            <source>Products displayed:</source>
            <translation>Số sản phẩm trưng bày:</translation>
        </message>
        <message>
            <source>Set up by service:</source>
            <translation>Thiết lập qua dịch vụ:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Ghi chú:</translation>
        </message>
    </context>
    <context>
        <name>PrintNames</name>
        <message>
            <source>Characters that cannot be printed</source>
            <translation>Ký tự không in được</translation>
        </message>
        <message>
            <source>No font of the PDF has these characters, so they would print as empty boxes: %1

They are in the names of: %2</source>
            <translation>Không phông chữ nào của PDF có các ký tự này, nên chúng sẽ in ra thành ô trống: %1

Chúng có trong tên của: %2</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Tiếp tục</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
    </context>
    <context>
        <name>ProgressModel</name>
        <message>
            <source>Moved back by %1</source>
            <translation>Đã bị lùi lại bởi %1</translation>
        </message>
        <message>
            <source>A score is a number from 0 to 100.</source>
            <translation>Điểm là một số từ 0 đến 100.</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Học viên</translation>
        </message>
        <message>
            <source>Pre-test</source>
            <translation>Kiểm tra đầu vào</translation>
        </message>
        <message>
            <source>Post-test</source>
            <translation>Kiểm tra đầu ra</translation>
        </message>
    </context>
    <context>
        <name>ProgressView</name>
        <message>
            <source>Next step (Space)</source>
            <translation>Bước tiếp theo (phím cách)</translation>
        </message>
        <message>
            <source>Complete module for all selected</source>
            <translation>Hoàn thành học phần cho mọi ô đã chọn</translation>
        </message>
        <message>
            <source>Move back…</source>
            <translation>Lùi lại…</translation>
        </message>
        <message>
            <source>Move one cell's progress back; needs a reason and is recorded</source>
            <translation>Lùi tiến độ của một ô; cần nêu lý do và việc này sẽ được ghi lại</translation>
        </message>
        <message>
            <source>Modules: %1</source>
            <translation>Học phần: %1</translation>
        </message>
        <message>
            <source>◐ in progress   ✔ completed   ↺ moved back by an administrator. Space moves the selected cells one step forward; type a score in the test columns.</source>
            <translation>◐ đang học   ✔ đã hoàn thành   ↺ bị quản trị viên lùi lại. Phím cách đưa các ô đã chọn tiến thêm một bước; nhập điểm vào các cột kiểm tra.</translation>
        </message>
        <message>
            <source>Select module cells first.</source>
            <translation>Vui lòng chọn các ô học phần trước.</translation>
        </message>
        <message>
            <source>Select the module cell to move back first.</source>
            <translation>Vui lòng chọn trước ô học phần cần lùi lại.</translation>
        </message>
        <message>
            <source>Progress only moves forward. To correct a mistake, use “Move back…”: it asks for a reason and records who did it.</source>
            <translation>Tiến độ chỉ có thể tiến lên. Để sửa chỗ nhầm, hãy dùng “Lùi lại…”: chức năng này yêu cầu nêu lý do và ghi lại người thực hiện.</translation>
        </message>
    </context>
    <context>
        <name>RankModel</name>
        <message>
            <source>Rank</source>
            <translation>Hạng</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Thực tế</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <source>Against target</source>
            <translation>So với chỉ tiêu</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>Agency</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Ngành nghề</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>Doanh nghiệp</translation>
        </message>
        <message>
            <source>Training module</source>
            <translation>Học phần đào tạo</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Khóa tập huấn</translation>
        </message>
        <message>
            <source>Workshop day</source>
            <translation>Ngày tập huấn</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Cá nhân</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Học viên</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Điểm danh</translation>
        </message>
        <message>
            <source>Module progress</source>
            <translation>Tiến độ học phần</translation>
        </message>
        <message>
            <source>E-business service</source>
            <translation>Dịch vụ kinh doanh điện tử</translation>
        </message>
        <message>
            <source>Inquiry</source>
            <translation>Lượt hỏi hàng</translation>
        </message>
        <message>
            <source>Online presence</source>
            <translation>Kênh trực tuyến</translation>
        </message>
        <message>
            <source>Awareness event</source>
            <translation>Sự kiện nâng cao nhận thức</translation>
        </message>
        <message>
            <source>Survey form</source>
            <translation>Biểu mẫu khảo sát</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Chỉ số</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <source>Survey response</source>
            <translation>Phiếu trả lời khảo sát</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>Xung đột</translation>
        </message>
    </context>
    <context>
        <name>RepeatBlock</name>
        <message>
            <source>Add another</source>
            <translation>Thêm một mục</translation>
        </message>
        <message>
            <source>None yet. Press “Add another” to add one.</source>
            <translation>Chưa có mục nào. Nhấn “Thêm một mục” để thêm.</translation>
        </message>
        <message>
            <source>%1 — no. %2</source>
            <translation>%1 — số %2</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Remove %1 — no. %2 and its answers?</source>
            <translation>Xóa %1 — số %2 cùng các câu trả lời trong đó?</translation>
        </message>
    </context>
    <context>
        <name>ReportFilters</name>
        <message>
            <source>Kind of period</source>
            <translation>Loại kỳ</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Năm</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quý</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Tháng</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Khoảng ngày</translation>
        </message>
        <message>
            <source>Quarter or month</source>
            <translation>Quý hoặc tháng</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Từ ngày</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Đến ngày</translation>
        </message>
        <message>
            <source>All economies</source>
            <translation>Tất cả quốc gia/khu vực</translation>
        </message>
        <message>
            <source>All provinces</source>
            <translation>Tất cả tỉnh/thành phố</translation>
        </message>
        <message>
            <source>All agencies</source>
            <translation>Tất cả đơn vị</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>All sectors</source>
            <translation>Tất cả ngành nghề</translation>
        </message>
        <message>
            <source>Women and men</source>
            <translation>Nữ và nam</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Giới tính</translation>
        </message>
        <message>
            <source>Counts people of one sex, for the indicators that count people by sex; the others show that they are not counted by sex.</source>
            <translation>Chỉ đếm người thuộc một giới tính, với các chỉ số đếm người theo giới tính; các chỉ số khác sẽ hiển thị là không phân theo giới tính.</translation>
        </message>
        <message>
            <source>Q%1</source>
            <translation>Quý %1</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Awareness-raising and training</source>
            <translation>Nâng cao nhận thức và đào tạo</translation>
        </message>
        <message>
            <source>E-business support network</source>
            <translation>Mạng lưới hỗ trợ kinh doanh điện tử</translation>
        </message>
        <message>
            <source>E-marketplaces and e-procurement</source>
            <translation>Sàn thương mại điện tử và đấu thầu điện tử</translation>
        </message>
        <message>
            <source>From surveys</source>
            <translation>Từ khảo sát</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>Xu hướng</translation>
        </message>
        <message>
            <source>Record id</source>
            <translation>Mã bản ghi</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>Quốc gia/khu vực</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Giới tính</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>Doanh nghiệp</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Khóa tập huấn</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Người tham dự</translation>
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
            <source>Province</source>
            <translation>Tỉnh/thành phố</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Ngành nghề</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Cấp độ</translation>
        </message>
        <message>
            <source>Type of service</source>
            <translation>Loại dịch vụ</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kênh</translation>
        </message>
        <message>
            <source>Kind of event</source>
            <translation>Loại sự kiện</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Không ghi nhận</translation>
        </message>
        <message>
            <source>Q%1 %2</source>
            <translation>Quý %1/%2</translation>
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
            <translation>Đạt chỉ tiêu</translation>
        </message>
        <message>
            <source>Near target</source>
            <translation>Gần đạt chỉ tiêu</translation>
        </message>
        <message>
            <source>Behind target</source>
            <translation>Chưa đạt chỉ tiêu</translation>
        </message>
        <message>
            <source>No target</source>
            <translation>Không có chỉ tiêu</translation>
        </message>
    </context>
    <context>
        <name>ReportsArea</name>
        <message>
            <source>Dashboard</source>
            <translation>Bảng tổng quan</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>Phân tổ</translation>
        </message>
        <message>
            <source>Benchmarking</source>
            <translation>So sánh</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Report pack…</source>
            <translation>Bộ báo cáo…</translation>
        </message>
        <message>
            <source>These figures for headquarters and donors: a PDF and an XLSX workbook, in the language you choose</source>
            <translation>Các số liệu này dành cho trụ sở chính và nhà tài trợ: một tệp PDF và một bảng tính XLSX, bằng ngôn ngữ bạn chọn</translation>
        </message>
        <message>
            <source>Compute again</source>
            <translation>Tính lại</translation>
        </message>
        <message>
            <source>Indicators against targets</source>
            <translation>Chỉ số so với chỉ tiêu</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Đang tính…</translation>
        </message>
        <message>
            <source>Stopped. Press F5 to compute again.</source>
            <translation>Đã dừng. Nhấn F5 để tính lại.</translation>
        </message>
        <message>
            <source>The figures could not be computed.</source>
            <translation>Không tính được số liệu.</translation>
        </message>
        <message>
            <source>Report pack</source>
            <translation>Bộ báo cáo</translation>
        </message>
        <message>
            <source>Language of the pack:</source>
            <translation>Ngôn ngữ của bộ báo cáo:</translation>
        </message>
        <message>
            <source>Indicators against targets %1.pdf</source>
            <translation>Chỉ số so với chỉ tiêu %1.pdf</translation>
        </message>
        <message>
            <source>Save the report pack</source>
            <translation>Lưu bộ báo cáo</translation>
        </message>
        <message>
            <source>PDF file (*.pdf)</source>
            <translation>Tệp PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Making the report pack…</source>
            <translation>Đang tạo bộ báo cáo…</translation>
        </message>
        <message>
            <source>The report pack was cancelled; no file was left half written.</source>
            <translation>Đã hủy tạo bộ báo cáo; không có tệp nào bị ghi dở dang.</translation>
        </message>
        <message>
            <source>The report pack was cancelled.</source>
            <translation>Đã hủy tạo bộ báo cáo.</translation>
        </message>
        <message>
            <source>Report pack written: %1 and %2.</source>
            <translation>Đã ghi bộ báo cáo: %1 và %2.</translation>
        </message>
        <message>
            <source>The report pack could not be written.</source>
            <translation>Không ghi được bộ báo cáo.</translation>
        </message>
    </context>
    <context>
        <name>RevertDialog</name>
        <message>
            <source>Move progress back</source>
            <translation>Lùi tiến độ</translation>
        </message>
        <message>
            <source>Progress only moves forward. Moving it back is recorded with your name and the reason, and headquarters sees it.

%1 — %2: now “%3”.</source>
            <translation>Tiến độ chỉ có thể tiến lên. Việc lùi tiến độ sẽ được ghi lại kèm tên của bạn và lý do, và trụ sở chính sẽ thấy việc này.

%1 — %2: hiện là “%3”.</translation>
        </message>
        <message>
            <source>Move back to:</source>
            <translation>Lùi về:</translation>
        </message>
        <message>
            <source>Reason (required):</source>
            <translation>Lý do (bắt buộc):</translation>
        </message>
        <message>
            <source>Your name:</source>
            <translation>Tên của bạn:</translation>
        </message>
        <message>
            <source>Move back</source>
            <translation>Lùi lại</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Say why the progress is moved back.</source>
            <translation>Vui lòng nêu lý do lùi tiến độ.</translation>
        </message>
        <message>
            <source>Enter your name.</source>
            <translation>Vui lòng nhập tên của bạn.</translation>
        </message>
        <message>
            <source>There is nothing earlier to move back to.</source>
            <translation>Không có bước nào trước đó để lùi về.</translation>
        </message>
    </context>
    <context>
        <name>RosterModel</name>
        <message>
            <source>present</source>
            <translation>có mặt</translation>
        </message>
        <message>
            <source>not yet here</source>
            <translation>chưa đến</translation>
        </message>
        <message>
            <source>Here</source>
            <translation>Có mặt</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Name (Latin letters)</source>
            <translation>Tên (chữ Latinh)</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>Doanh nghiệp</translation>
        </message>
    </context>
    <context>
        <name>SelectOneWidget</name>
        <message>
            <source>— not answered —</source>
            <translation>— chưa trả lời —</translation>
        </message>
    </context>
    <context>
        <name>ServiceDialog</name>
        <message>
            <source>Edit service</source>
            <translation>Sửa dịch vụ</translation>
        </message>
        <message>
            <source>Service delivered</source>
            <translation>Dịch vụ đã cung cấp</translation>
        </message>
        <message>
            <source>0 when free of charge</source>
            <translation>Nhập 0 nếu miễn phí</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Đã thanh toán</translation>
        </message>
        <message>
            <source>The SME has paid the fee.</source>
            <translation>Doanh nghiệp đã thanh toán phí.</translation>
        </message>
        <message>
            <source>e.g. 12 products listed on the provincial portal; 3 inquiries in the first month</source>
            <translation>ví dụ: 12 sản phẩm được đăng trên cổng thông tin của tỉnh; 3 lượt hỏi hàng trong tháng đầu</translation>
        </message>
        <message>
            <source>Service:</source>
            <translation>Dịch vụ:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Ngày:</translation>
        </message>
        <message>
            <source>Staff:</source>
            <translation>Cán bộ thực hiện:</translation>
        </message>
        <message>
            <source>Fee charged:</source>
            <translation>Phí đã thu:</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>Kết quả:</translation>
        </message>
    </context>
    <context>
        <name>ServicesEditor</name>
        <message>
            <source>Service</source>
            <translation>Dịch vụ</translation>
        </message>
        <message>
            <source>Indicative fee</source>
            <translation>Phí tham khảo</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Đơn vị tiền tệ</translation>
        </message>
        <message>
            <source>Language pairs</source>
            <translation>Cặp ngôn ngữ</translation>
        </message>
        <message>
            <source>e.g. 50 per page</source>
            <translation>ví dụ: 50 mỗi trang</translation>
        </message>
        <message>
            <source>For translation: each language pair, from one language into another.</source>
            <translation>Dành cho dịch thuật: mỗi cặp ngôn ngữ là dịch từ một ngôn ngữ sang một ngôn ngữ khác.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Remove this service</source>
            <translation>Xóa dịch vụ này</translation>
        </message>
    </context>
    <context>
        <name>ServicesView</name>
        <message>
            <source>Free</source>
            <translation>Miễn phí</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Đã thanh toán</translation>
        </message>
        <message>
            <source>Not paid</source>
            <translation>Chưa thanh toán</translation>
        </message>
        <message>
            <source>All services</source>
            <translation>Tất cả dịch vụ</translation>
        </message>
        <message>
            <source>Paid or not</source>
            <translation>Mọi trạng thái thanh toán</translation>
        </message>
        <message numerus="yes">
            <source>%Ln service(s)</source>
            <translation>
                <numerusform>%Ln dịch vụ</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 with a fee, %2 free</source>
            <translation>%1 có thu phí, %2 miễn phí</translation>
        </message>
        <message>
            <source>%1 (paid %2, not paid %3)</source>
            <translation>%1 (đã thanh toán %2, chưa thanh toán %3)</translation>
        </message>
        <message>
            <source>Fees: %1</source>
            <translation>Phí: %1</translation>
        </message>
        <message>
            <source>Export services</source>
            <translation>Xuất dữ liệu dịch vụ</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln service(s) to %1.</source>
            <translation>
                <numerusform>Đã xuất %Ln dịch vụ ra %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsArea</name>
        <message>
            <source>Apply language</source>
            <translation>Áp dụng ngôn ngữ</translation>
        </message>
        <message>
            <source>Your full name, as colleagues know you</source>
            <translation>Họ và tên đầy đủ của bạn, như đồng nghiệp vẫn biết</translation>
        </message>
        <message>
            <source>Allow unencrypted connections (http://) to a sync server on the local network</source>
            <translation>Cho phép kết nối không mã hóa (http://) tới máy chủ đồng bộ trong mạng nội bộ</translation>
        </message>
        <message>
            <source>Such a connection is not encrypted: anyone on the network can read what is sent, this computer's sync key included.</source>
            <translation>Kết nối như vậy không được mã hóa: bất kỳ ai trong mạng cũng có thể đọc những gì được gửi đi, kể cả khóa đồng bộ của máy tính này.</translation>
        </message>
        <message>
            <source>Automatic (%1)</source>
            <translation>Tự động (%1)</translation>
        </message>
        <message>
            <source>Automatic sets Khmer, Lao and Burmese a little larger than the other languages. Windows opened from now on use the new size.</source>
            <translation>Chế độ Tự động hiển thị tiếng Khmer, tiếng Lào và tiếng Myanmar lớn hơn một chút so với các ngôn ngữ khác. Các cửa sổ mở từ bây giờ sẽ dùng cỡ chữ mới.</translation>
        </message>
        <message>
            <source>Buddhist era: %1</source>
            <translation>Phật lịch: %1</translation>
        </message>
        <message>
            <source>Gregorian: %1</source>
            <translation>Dương lịch: %1</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Cỡ chữ</translation>
        </message>
        <message>
            <source>Digits</source>
            <translation>Chữ số</translation>
        </message>
        <message>
            <source>Years in Thai</source>
            <translation>Cách ghi năm trong tiếng Thái</translation>
        </message>
        <message>
            <source>Your name (saved with every change)</source>
            <translation>Tên của bạn (được lưu kèm mỗi thay đổi)</translation>
        </message>
        <message>
            <source>Your agency's economy and province</source>
            <translation>Quốc gia/khu vực và tỉnh/thành phố của đơn vị bạn</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Quản trị viên</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Đồng bộ</translation>
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
        <message>
            <source>Certificates</source>
            <translation>Giấy chứng nhận</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sao lưu</translation>
        </message>
    </context>
    <context>
        <name>SmeActivityDialog</name>
        <message>
            <source>Training and services — %1</source>
            <translation>Đào tạo và dịch vụ — %1</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Họ tên</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Khóa tập huấn</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Đã hoàn thành</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>Modules completed</source>
            <translation>Học phần đã hoàn thành</translation>
        </message>
        <message>
            <source>Last step</source>
            <translation>Bước gần nhất</translation>
        </message>
        <message>
            <source>People and modules</source>
            <translation>Học viên và học phần</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Dịch vụ</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Cán bộ thực hiện</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Phí</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>Miễn phí</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Đã thanh toán</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Có</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <source>Add service…</source>
            <translation>Thêm dịch vụ…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Sửa…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>E-business services delivered</source>
            <translation>Dịch vụ kinh doanh điện tử đã cung cấp</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Portal or marketplace</source>
            <translation>Cổng thông tin hoặc sàn giao dịch</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Từ ngày</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Sản phẩm</translation>
        </message>
        <message>
            <source>Add presence…</source>
            <translation>Thêm kênh trực tuyến…</translation>
        </message>
        <message>
            <source>Online presence</source>
            <translation>Kênh trực tuyến</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Ngày nhận</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Nơi gửi</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kênh</translation>
        </message>
        <message>
            <source>Through</source>
            <translation>Nhận qua</translation>
        </message>
        <message>
            <source>Order value</source>
            <translation>Giá trị đơn hàng</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <source>Add inquiry…</source>
            <translation>Thêm lượt hỏi hàng…</translation>
        </message>
        <message>
            <source>Inquiries received</source>
            <translation>Lượt hỏi hàng nhận được</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Nobody from this SME has been to training yet.</source>
            <translation>Chưa có ai của doanh nghiệp này tham gia tập huấn.</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) of this SME known from training.</source>
            <translation>
                <numerusform>%n người của doanh nghiệp này đã tham gia đào tạo.</numerusform>
            </translation>
        </message>
        <message>
            <source>No module completed yet.</source>
            <translation>Chưa hoàn thành học phần nào.</translation>
        </message>
        <message numerus="yes">
            <source>%n module(s) completed</source>
            <translation>
                <numerusform>%n lượt hoàn thành học phần,</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>by %n of them.</source>
            <translation>
                <numerusform>do %n người trong số đó đạt được.</numerusform>
            </translation>
        </message>
        <message>
            <source>An online presence</source>
            <translation>Một kênh trực tuyến</translation>
        </message>
        <message>
            <source>A service</source>
            <translation>Một dịch vụ</translation>
        </message>
        <message>
            <source>add service</source>
            <translation>thêm dịch vụ</translation>
        </message>
        <message>
            <source>Service added.</source>
            <translation>Đã thêm dịch vụ.</translation>
        </message>
        <message>
            <source>edit service</source>
            <translation>sửa dịch vụ</translation>
        </message>
        <message>
            <source>Service saved.</source>
            <translation>Đã lưu dịch vụ.</translation>
        </message>
        <message>
            <source>delete service</source>
            <translation>xóa dịch vụ</translation>
        </message>
        <message>
            <source>Service deleted. Undo with Ctrl+Z.</source>
            <translation>Đã xóa dịch vụ. Nhấn Ctrl+Z để hoàn tác.</translation>
        </message>
        <message>
            <source>add online presence</source>
            <translation>thêm kênh trực tuyến</translation>
        </message>
        <message>
            <source>Online presence added.</source>
            <translation>Đã thêm kênh trực tuyến.</translation>
        </message>
        <message>
            <source>edit online presence</source>
            <translation>sửa kênh trực tuyến</translation>
        </message>
        <message>
            <source>Online presence saved.</source>
            <translation>Đã lưu kênh trực tuyến.</translation>
        </message>
        <message>
            <source>delete online presence</source>
            <translation>xóa kênh trực tuyến</translation>
        </message>
        <message>
            <source>Online presence deleted. Undo with Ctrl+Z.</source>
            <translation>Đã xóa kênh trực tuyến. Nhấn Ctrl+Z để hoàn tác.</translation>
        </message>
        <message>
            <source>add inquiry</source>
            <translation>thêm lượt hỏi hàng</translation>
        </message>
        <message>
            <source>Inquiry added.</source>
            <translation>Đã thêm lượt hỏi hàng.</translation>
        </message>
        <message>
            <source>edit inquiry</source>
            <translation>sửa lượt hỏi hàng</translation>
        </message>
        <message>
            <source>Inquiry saved.</source>
            <translation>Đã lưu lượt hỏi hàng.</translation>
        </message>
        <message>
            <source>delete inquiry</source>
            <translation>xóa lượt hỏi hàng</translation>
        </message>
        <message>
            <source>Inquiry deleted. Undo with Ctrl+Z.</source>
            <translation>Đã xóa lượt hỏi hàng. Nhấn Ctrl+Z để hoàn tác.</translation>
        </message>
    </context>
    <context>
        <name>SmeArea</name>
        <message>
            <source>Undo</source>
            <translation>Hoàn tác</translation>
        </message>
        <message>
            <source>SMEs</source>
            <translation>Doanh nghiệp</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Dịch vụ</translation>
        </message>
        <message>
            <source>Inquiries</source>
            <translation>Lượt hỏi hàng</translation>
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
            <source>Import…</source>
            <translation>Nhập từ tệp…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Xuất ra tệp…</translation>
        </message>
        <message>
            <source>Training and services…</source>
            <translation>Đào tạo và dịch vụ…</translation>
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
            <source>Agency</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>All agencies</source>
            <translation>Tất cả đơn vị</translation>
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
            <source>More than %1 SMEs</source>
            <translation>Hơn %1 doanh nghiệp</translation>
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
            <source>Nothing was deleted: the backup made first was stopped.</source>
            <translation>Chưa xóa gì cả: việc tạo bản sao lưu trước đã bị dừng.</translation>
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
            <source>Added by %1, %2</source>
            <translation>Người thêm: %1, %2</translation>
        </message>
        <message>
            <source>last changed by %1, %2</source>
            <translation>sửa lần cuối: %1, %2</translation>
        </message>
        <message>
            <source>agency: %1</source>
            <translation>đơn vị: %1</translation>
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
        <name>SmeTableModel</name>
        <message>
            <source>Agency</source>
            <translation>Đơn vị</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Where to start</source>
            <translation>Bắt đầu từ đâu</translation>
        </message>
        <message>
            <source>A few first steps; press F1 at any time for the keyboard shortcuts and a short guide.</source>
            <translation>Một vài bước đầu tiên; nhấn F1 bất cứ lúc nào để xem phím tắt và hướng dẫn ngắn.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Register an SME&lt;/b&gt; in SMEs, with New SME: GMS Desk tells you when the business may be registered already.</source>
            <translation>&lt;b&gt;Đăng ký doanh nghiệp&lt;/b&gt; trong mục Doanh nghiệp, bằng nút Thêm doanh nghiệp: GMS Desk sẽ báo nếu doanh nghiệp có thể đã được đăng ký.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Plan a workshop&lt;/b&gt; in Training, with New workshop: enrol people, then mark attendance and progress, and print certificates.</source>
            <translation>&lt;b&gt;Lên kế hoạch khóa tập huấn&lt;/b&gt; trong mục Đào tạo, bằng nút Thêm khóa tập huấn: ghi danh học viên, sau đó điểm danh, ghi nhận tiến độ và in giấy chứng nhận.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Run a survey&lt;/b&gt; in Surveys, with New response, for an SME.</source>
            <translation>&lt;b&gt;Thực hiện khảo sát&lt;/b&gt; trong mục Khảo sát, bằng nút Phiếu trả lời mới, cho một doanh nghiệp.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sync&lt;/b&gt; in Sync: enrol this computer once with the code headquarters gave you; your changes are then sent whenever there is a connection.</source>
            <translation>&lt;b&gt;Đồng bộ&lt;/b&gt; trong mục Đồng bộ: đăng ký máy tính này một lần bằng mã mà trụ sở chính đã cấp cho bạn; sau đó các thay đổi của bạn sẽ được gửi đi mỗi khi có kết nối mạng.</translation>
        </message>
    </context>
    <context>
        <name>SummaryWindow</name>
        <message>
            <source>All versions</source>
            <translation>Tất cả phiên bản</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Phiên bản %1</translation>
        </message>
        <message>
            <source>All provinces</source>
            <translation>Tất cả tỉnh/thành phố</translation>
        </message>
        <message>
            <source>All sectors</source>
            <translation>Tất cả ngành nghề</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Từ</translation>
        </message>
        <message>
            <source>to</source>
            <translation>đến</translation>
        </message>
        <message>
            <source>Labels in:</source>
            <translation>Hiển thị nhãn bằng:</translation>
        </message>
        <message>
            <source>Export responses (CSV/XLSX)…</source>
            <translation>Xuất phiếu trả lời (CSV/XLSX)…</translation>
        </message>
        <message>
            <source>Summary PDF…</source>
            <translation>Bản tổng hợp PDF…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Summary — %1</source>
            <translation>Tổng hợp — %1</translation>
        </message>
        <message>
            <source>submitted %1 to %2</source>
            <translation>nộp từ %1 đến %2</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Đang đếm…</translation>
        </message>
        <message>
            <source>Summarising</source>
            <translation>Đang tổng hợp</translation>
        </message>
        <message numerus="yes">
            <source>%n response(s)</source>
            <translation>
                <numerusform>%n phiếu trả lời</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n tệp</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>From %n point(s) of the latest answers</source>
            <translation>
                <numerusform>Từ %n điểm trong các câu trả lời mới nhất</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n response(s) to %1.</source>
            <translation>
                <numerusform>Đã xuất %n phiếu trả lời ra %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) and file(s) copied to %1.</source>
            <translation>
                <numerusform>Đã sao chép %n ảnh và tệp vào %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>version %1: %2</source>
            <translation>phiên bản %1: %2</translation>
        </message>
        <message>
            <source>This form has no questions to summarise.</source>
            <translation>Biểu mẫu này không có câu hỏi nào để tổng hợp.</translation>
        </message>
        <message>
            <source>%1 answered</source>
            <translation>%1 phiếu đã trả lời</translation>
        </message>
        <message>
            <source>in each “%1”</source>
            <translation>trong mỗi “%1”</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Trung bình</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Trung vị</translation>
        </message>
        <message>
            <source>Lowest</source>
            <translation>Thấp nhất</translation>
        </message>
        <message>
            <source>Highest</source>
            <translation>Cao nhất</translation>
        </message>
        <message>
            <source>No numbers yet.</source>
            <translation>Chưa có số liệu.</translation>
        </message>
        <message>
            <source>Latest answers:</source>
            <translation>Các câu trả lời mới nhất:</translation>
        </message>
        <message>
            <source>No answers yet.</source>
            <translation>Chưa có câu trả lời nào.</translation>
        </message>
        <message>
            <source>No files yet.</source>
            <translation>Chưa có tệp nào.</translation>
        </message>
        <message>
            <source>%1 of the latest photos are not on this laptop yet (they come with the next sync).</source>
            <translation>%1 ảnh trong số ảnh mới nhất chưa có trên máy tính này (sẽ được tải về ở lần đồng bộ tới).</translation>
        </message>
        <message>
            <source>No locations yet.</source>
            <translation>Chưa có vị trí nào.</translation>
        </message>
        <message>
            <source>Centre: %1, %2</source>
            <translation>Tâm: %1, %2</translation>
        </message>
        <message>
            <source>Between latitudes %1 and %2, longitudes %3 and %4</source>
            <translation>Trong khoảng vĩ độ %1 đến %2, kinh độ %3 đến %4</translation>
        </message>
        <message>
            <source>Export responses</source>
            <translation>Xuất phiếu trả lời</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translation>Tệp Excel (*.xlsx);;Tệp CSV (*.csv)</translation>
        </message>
        <message>
            <source>%1 are not on this laptop: open them in their responses to fetch them, then export again.</source>
            <translation>%1 tệp không có trên máy tính này: hãy mở các tệp đó trong phiếu trả lời tương ứng để tải về, rồi xuất lại.</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>Đã hủy xuất dữ liệu; không có tệp nào được ghi.</translation>
        </message>
        <message>
            <source>The export failed; no file was written.</source>
            <translation>Xuất dữ liệu không thành công; không có tệp nào được ghi.</translation>
        </message>
        <message>
            <source>Exporting responses</source>
            <translation>Đang xuất phiếu trả lời</translation>
        </message>
        <message>
            <source>Summary PDF</source>
            <translation>Bản tổng hợp PDF</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Tài liệu PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Summary saved to %1.</source>
            <translation>Đã lưu bản tổng hợp vào %1.</translation>
        </message>
        <message>
            <source>Writing the summary PDF</source>
            <translation>Đang tạo bản tổng hợp PDF</translation>
        </message>
    </context>
    <context>
        <name>Survey</name>
        <message>
            <source>This answer is required.</source>
            <translation>Câu hỏi này bắt buộc phải trả lời.</translation>
        </message>
        <message>
            <source>This answer is not allowed.</source>
            <translation>Câu trả lời này không được chấp nhận.</translation>
        </message>
        <message>
            <source>This answer is not in the expected form.</source>
            <translation>Câu trả lời này không đúng định dạng.</translation>
        </message>
        <message>
            <source>Enter a whole number, for example 12.</source>
            <translation>Vui lòng nhập số nguyên, ví dụ 12.</translation>
        </message>
        <message>
            <source>Enter a number, for example 2.5.</source>
            <translation>Vui lòng nhập một số, ví dụ 2.5.</translation>
        </message>
    </context>
    <context>
        <name>Surveys</name>
        <message>
            <source>Choose a file name ending in .csv or .xlsx.</source>
            <translation>Vui lòng chọn tên tệp có đuôi .csv hoặc .xlsx.</translation>
        </message>
        <message>
            <source>(not answered)</source>
            <translation>(chưa trả lời)</translation>
        </message>
        <message>
            <source>Version {version} of form {form_id} is already here with different questions. Change the version in the form's settings sheet and import it again.</source>
            <translation>Phiên bản {version} của biểu mẫu {form_id} đã có sẵn nhưng với các câu hỏi khác. Vui lòng đổi phiên bản trong trang tính settings của biểu mẫu rồi nhập lại.</translation>
        </message>
        <message>
            <source>Version {version} of form {form_id} is already here with other attached files ({files}). Change the version in the form's settings sheet and import it again.</source>
            <translation>Phiên bản {version} của biểu mẫu {form_id} đã có sẵn nhưng với các tệp đính kèm khác ({files}). Vui lòng đổi phiên bản trong trang tính settings của biểu mẫu rồi nhập lại.</translation>
        </message>
        <message>
            <source>The answers are not a set of named values.</source>
            <translation>Các câu trả lời không phải là một tập hợp giá trị có tên.</translation>
        </message>
        <message>
            <source>This form version has responses or drafts, so it cannot be deleted.</source>
            <translation>Phiên bản biểu mẫu này đã có phiếu trả lời hoặc bản nháp nên không thể xóa.</translation>
        </message>
        <message>
            <source>Enter a date as YYYY-MM-DD, for example 2024-03-15.</source>
            <translation>Vui lòng nhập ngày theo dạng YYYY-MM-DD, ví dụ 2024-03-15.</translation>
        </message>
        <message>
            <source>This response was already corrected. Correct the newest one instead.</source>
            <translation>Phiếu trả lời này đã được sửa. Vui lòng sửa phiếu mới nhất.</translation>
        </message>
        <message>
            <source>Headquarters published version {version} of form {form_id} with different questions; it can be read here but not changed. Change the version in the form's settings sheet and import it again.</source>
            <translation>Trụ sở chính đã ban hành phiên bản {version} của biểu mẫu {form_id} với các câu hỏi khác; tại đây chỉ xem được, không sửa được. Vui lòng đổi phiên bản trong trang tính settings của biểu mẫu rồi nhập lại.</translation>
        </message>
        <message>
            <source>This form version is retired: it takes no new responses. Its responses and drafts are kept.</source>
            <translation>Phiên bản biểu mẫu này đã ngừng dùng: không nhận phiếu trả lời mới. Các phiếu trả lời và bản nháp của nó vẫn được giữ lại.</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Phiếu trả lời</translation>
        </message>
        <message>
            <source>Form version</source>
            <translation>Phiên bản biểu mẫu</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Bắt đầu lúc</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Đã nộp</translation>
        </message>
        <message>
            <source>SME ID</source>
            <translation>Mã doanh nghiệp</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>Doanh nghiệp</translation>
        </message>
        <message>
            <source>Workshop ID</source>
            <translation>Mã khóa tập huấn</translation>
        </message>
        <message>
            <source>About agency</source>
            <translation>Đơn vị được khảo sát</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <source>Corrects response</source>
            <translation>Sửa cho phiếu</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>Người nhập</translation>
        </message>
        <message>
            <source>Agency code</source>
            <translation>Mã đơn vị</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Mục lặp</translation>
        </message>
    </context>
    <context>
        <name>SurveysArea</name>
        <message>
            <source>Surveys</source>
            <translation>Khảo sát</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Tiếp tục</translation>
        </message>
        <message>
            <source>Delete draft…</source>
            <translation>Xóa bản nháp…</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Xem</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>Sửa lại…</translation>
        </message>
        <message>
            <source>Make a corrected copy to fill in; once submitted it replaces this response, which is kept for the record.</source>
            <translation>Tạo một bản sao để sửa; khi được nộp, bản sao này sẽ thay thế phiếu trả lời hiện tại, còn phiếu cũ vẫn được lưu lại làm hồ sơ.</translation>
        </message>
        <message>
            <source>Show replaced responses</source>
            <translation>Hiện các phiếu đã được thay thế</translation>
        </message>
        <message>
            <source>Drafts</source>
            <translation>Bản nháp</translation>
        </message>
        <message>
            <source>Responses</source>
            <translation>Phiếu trả lời</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>Biểu mẫu</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Biểu mẫu</translation>
        </message>
        <message>
            <source>Form ID</source>
            <translation>Mã biểu mẫu</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Phiên bản</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Số phiên bản</translation>
        </message>
        <message>
            <source>Imported from</source>
            <translation>Nhập từ</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>Doanh nghiệp</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Bắt đầu lúc</translation>
        </message>
        <message>
            <source>Last saved</source>
            <translation>Lưu lần cuối</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Số câu trả lời</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Đã nộp</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Người nhập</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>New response…</source>
            <translation>Phiếu trả lời mới…</translation>
        </message>
        <message>
            <source>Import XLSForm…</source>
            <translation>Nhập XLSForm…</translation>
        </message>
        <message>
            <source>Summary and export…</source>
            <translation>Tổng hợp và xuất dữ liệu…</translation>
        </message>
        <message>
            <source>Installing the forms that come with GMS Desk…</source>
            <translation>Đang cài đặt các biểu mẫu có sẵn trong GMS Desk…</translation>
        </message>
        <message>
            <source>Installing forms</source>
            <translation>Đang cài đặt biểu mẫu</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>Bản sửa</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Mới</translation>
        </message>
        <message>
            <source>Drafts (%1)</source>
            <translation>Bản nháp (%1)</translation>
        </message>
        <message>
            <source>Replaced by a correction</source>
            <translation>Đã được thay bằng bản sửa</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>All agencies</source>
            <translation>Tất cả đơn vị</translation>
        </message>
        <message>
            <source>Show every version</source>
            <translation>Hiện mọi phiên bản</translation>
        </message>
        <message>
            <source>Export with labels…</source>
            <translation>Xuất kèm nhãn…</translation>
        </message>
        <message>
            <source>Every response to the selected form in a spreadsheet for people to read: the questions' text and the answers' labels, in the language you choose</source>
            <translation>Mọi phiếu trả lời của biểu mẫu đang chọn trong một bảng tính dễ đọc: nội dung câu hỏi và nhãn của câu trả lời, bằng ngôn ngữ bạn chọn</translation>
        </message>
        <message>
            <source>Retire version</source>
            <translation>Ngừng dùng phiên bản</translation>
        </message>
        <message>
            <source>Delete version…</source>
            <translation>Xóa phiên bản…</translation>
        </message>
        <message numerus="yes">
            <source>%n form(s) ready to fill in.</source>
            <translation>
                <numerusform>%n biểu mẫu đã sẵn sàng để điền.</numerusform>
            </translation>
        </message>
        <message>
            <source>Version %1: %2, %3</source>
            <translation>Phiên bản %1: %2, %3</translation>
        </message>
        <message numerus="yes">
            <source>%n response(s)</source>
            <translation>
                <numerusform>%n phiếu trả lời</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n draft(s)</source>
            <translation>
                <numerusform>%n bản nháp</numerusform>
            </translation>
        </message>
        <message>
            <source>retired</source>
            <translation>đã ngừng dùng</translation>
        </message>
        <message>
            <source>Published by headquarters</source>
            <translation>Do trụ sở chính ban hành</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Đã ngừng dùng</translation>
        </message>
        <message>
            <source>Retired: not offered for new responses. Its responses and drafts are kept, and can be viewed, corrected and exported.</source>
            <translation>Đã ngừng dùng: không dùng cho phiếu trả lời mới. Các phiếu trả lời và bản nháp vẫn được giữ lại, vẫn xem, sửa và xuất được.</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>Đang dùng</translation>
        </message>
        <message>
            <source>Offered for new responses.</source>
            <translation>Đang dùng cho phiếu trả lời mới.</translation>
        </message>
        <message>
            <source>Responses (%1)</source>
            <translation>Phiếu trả lời (%1)</translation>
        </message>
        <message>
            <source>Responses to “%1” (%2)</source>
            <translation>Phiếu trả lời cho “%1” (%2)</translation>
        </message>
        <message>
            <source>The responses could not be loaded: %1</source>
            <translation>Không tải được các phiếu trả lời: %1</translation>
        </message>
        <message>
            <source>Bring back</source>
            <translation>Dùng lại</translation>
        </message>
        <message>
            <source>Offer version %1 of “%2” for new responses again.</source>
            <translation>Dùng lại phiên bản %1 của “%2” cho phiếu trả lời mới.</translation>
        </message>
        <message>
            <source>Retire version %1 of “%2”: it is no longer offered for new responses; its responses and drafts are kept.</source>
            <translation>Ngừng dùng phiên bản %1 của “%2”: không dùng cho phiếu trả lời mới nữa; các phiếu trả lời và bản nháp vẫn được giữ lại.</translation>
        </message>
        <message>
            <source>Delete version %1 of “%2”: nobody has answered it.</source>
            <translation>Xóa phiên bản %1 của “%2”: chưa có ai trả lời.</translation>
        </message>
        <message>
            <source>Only an administrator can retire a form version or bring it back: “Administrator…” in Settings asks for the administrator password.</source>
            <translation>Chỉ quản trị viên mới được ngừng dùng hoặc dùng lại một phiên bản biểu mẫu: nút “Quản trị viên…” trong Cài đặt sẽ hỏi mật khẩu quản trị viên.</translation>
        </message>
        <message>
            <source>Version %1 of “%2” was not retired: the backup made first was stopped.</source>
            <translation>Chưa ngừng dùng phiên bản %1 của “%2”: việc tạo bản sao lưu trước đã bị dừng.</translation>
        </message>
        <message>
            <source>Version %1 of “%2” is offered for new responses again.</source>
            <translation>Phiên bản %1 của “%2” đã được dùng lại cho phiếu trả lời mới.</translation>
        </message>
        <message>
            <source>Version %1 of “%2” retired: it is no longer offered for new responses; its responses and drafts are kept.</source>
            <translation>Đã ngừng dùng phiên bản %1 của “%2”: không dùng cho phiếu trả lời mới nữa; các phiếu trả lời và bản nháp vẫn được giữ lại.</translation>
        </message>
        <message>
            <source>Delete form version</source>
            <translation>Xóa phiên bản biểu mẫu</translation>
        </message>
        <message>
            <source>Delete version %1 of “%2”? Nobody has answered it yet.</source>
            <translation>Xóa phiên bản %1 của “%2”? Chưa có ai trả lời.</translation>
        </message>
        <message>
            <source>Version %1 of “%2” deleted.</source>
            <translation>Đã xóa phiên bản %1 của “%2”.</translation>
        </message>
        <message>
            <source>%1 (version %2)</source>
            <translation>%1 (phiên bản %2)</translation>
        </message>
        <message>
            <source>Every form version is retired. Bring one back, or import a new version.</source>
            <translation>Mọi phiên bản biểu mẫu đều đã ngừng dùng. Hãy dùng lại một phiên bản, hoặc nhập phiên bản mới.</translation>
        </message>
        <message>
            <source>There is no form yet. Import an XLSForm first.</source>
            <translation>Chưa có biểu mẫu nào. Vui lòng nhập một XLSForm trước.</translation>
        </message>
        <message>
            <source>Agency: %1</source>
            <translation>Đơn vị: %1</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Phiên bản %1</translation>
        </message>
        <message>
            <source>SME: %1</source>
            <translation>Doanh nghiệp: %1</translation>
        </message>
        <message>
            <source>Correction of a submitted response</source>
            <translation>Bản sửa của một phiếu đã nộp</translation>
        </message>
        <message>
            <source>Response submitted. It will be sent with the next sync.</source>
            <translation>Đã nộp phiếu trả lời. Phiếu sẽ được gửi đi ở lần đồng bộ tiếp theo.</translation>
        </message>
        <message>
            <source>Update the SME from a survey</source>
            <translation>Cập nhật doanh nghiệp từ khảo sát</translation>
        </message>
        <message>
            <source>No SME is linked to the response, so no SME record was updated.</source>
            <translation>Phiếu trả lời không gắn với doanh nghiệp nào nên không có hồ sơ doanh nghiệp nào được cập nhật.</translation>
        </message>
        <message>
            <source>The SME is not on this laptop, so its record was not updated.</source>
            <translation>Doanh nghiệp không có trên máy tính này nên hồ sơ của doanh nghiệp không được cập nhật.</translation>
        </message>
        <message>
            <source>The SME belongs to another agency: its record can be read here but not changed, so it was not updated.</source>
            <translation>Doanh nghiệp thuộc đơn vị khác: tại đây chỉ xem được hồ sơ, không sửa được, nên hồ sơ không được cập nhật.</translation>
        </message>
        <message>
            <source>The form's update condition (update_if) was not met, so the SME record was not updated.</source>
            <translation>Điều kiện cập nhật (update_if) của biểu mẫu không được thỏa mãn nên hồ sơ doanh nghiệp không được cập nhật.</translation>
        </message>
        <message>
            <source>SME record updated: %1.</source>
            <translation>Đã cập nhật hồ sơ doanh nghiệp: %1.</translation>
        </message>
        <message>
            <source>The SME record already held these answers.</source>
            <translation>Hồ sơ doanh nghiệp đã có sẵn các câu trả lời này.</translation>
        </message>
        <message>
            <source>Not written to the SME record, as the answer does not fit it: %1.</source>
            <translation>Không ghi vào hồ sơ doanh nghiệp vì câu trả lời không phù hợp với trường thông tin: %1.</translation>
        </message>
        <message>
            <source>No answer for the SME record was given, so it was not updated.</source>
            <translation>Không có câu trả lời nào dành cho hồ sơ doanh nghiệp nên hồ sơ không được cập nhật.</translation>
        </message>
        <message>
            <source>The draft is kept: resume it any time from the Drafts list.</source>
            <translation>Bản nháp đã được giữ lại: bạn có thể tiếp tục bất cứ lúc nào từ danh sách Bản nháp.</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>Xóa bản nháp</translation>
        </message>
        <message>
            <source>Delete this draft of “%1” and the answers in it? This cannot be undone.</source>
            <translation>Xóa bản nháp này của “%1” cùng các câu trả lời trong đó? Thao tác này không thể hoàn tác.</translation>
        </message>
        <message>
            <source>Draft deleted.</source>
            <translation>Đã xóa bản nháp.</translation>
        </message>
        <message>
            <source>Submitted %1</source>
            <translation>Nộp lúc %1</translation>
        </message>
        <message>
            <source>replaced by a correction</source>
            <translation>đã được thay bằng bản sửa</translation>
        </message>
        <message>
            <source>Import an XLSForm</source>
            <translation>Nhập XLSForm</translation>
        </message>
        <message>
            <source>XLSForm spreadsheet (*.xlsx *.xls)</source>
            <translation>Bảng tính XLSForm (*.xlsx *.xls)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Đang đọc %1…</translation>
        </message>
        <message>
            <source>Importing form</source>
            <translation>Đang nhập biểu mẫu</translation>
        </message>
        <message>
            <source>Files the form needs</source>
            <translation>Các tệp biểu mẫu cần</translation>
        </message>
        <message>
            <source>“%1” needs %2 file(s) that are not in its folder: %3.

Choose them now? (ODK keeps them in a folder named %4 next to the form.)</source>
            <translation>“%1” cần %2 tệp không có trong thư mục của biểu mẫu: %3.

Chọn các tệp đó ngay bây giờ? (ODK lưu các tệp này trong thư mục tên là %4, nằm cạnh biểu mẫu.)</translation>
        </message>
        <message>
            <source>Choose the form's files</source>
            <translation>Chọn các tệp của biểu mẫu</translation>
        </message>
        <message>
            <source>Files the form names (%1);;All files (*)</source>
            <translation>Các tệp biểu mẫu có nêu tên (%1);;Tất cả các tệp (*)</translation>
        </message>
        <message numerus="yes">
            <source>“%1” cannot be used as a form: %n problem(s) must be fixed in the spreadsheet first.</source>
            <translation>
                <numerusform>Không thể dùng “%1” làm biểu mẫu: cần sửa %n lỗi trong bảng tính trước.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s): what GMS Desk ignored is listed below.</source>
            <translation>
                <numerusform>%n cảnh báo: những phần GMS Desk đã bỏ qua được liệt kê dưới đây.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n response(s) with labels to %1.</source>
            <translation>
                <numerusform>Đã xuất %n phiếu trả lời kèm nhãn ra %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Form not imported</source>
            <translation>Chưa nhập được biểu mẫu</translation>
        </message>
        <message>
            <source>Version %1 of “%2” is already here; nothing changed.</source>
            <translation>Phiên bản %1 của “%2” đã có sẵn; không có gì thay đổi.</translation>
        </message>
        <message>
            <source>Form already imported</source>
            <translation>Biểu mẫu đã được nhập trước đó</translation>
        </message>
        <message>
            <source>Imported “%1”, version %2.</source>
            <translation>Đã nhập “%1”, phiên bản %2.</translation>
        </message>
        <message>
            <source>Form imported</source>
            <translation>Đã nhập biểu mẫu</translation>
        </message>
        <message>
            <source>Export with labels</source>
            <translation>Xuất kèm nhãn</translation>
        </message>
        <message>
            <source>Questions and answers in:</source>
            <translation>Câu hỏi và câu trả lời bằng:</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translation>Tệp Excel (*.xlsx);;Tệp CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>Đã hủy xuất dữ liệu; không có tệp nào được ghi.</translation>
        </message>
        <message>
            <source>The export failed; no file was written.</source>
            <translation>Xuất dữ liệu không thành công; không có tệp nào được ghi.</translation>
        </message>
        <message>
            <source>Exporting responses</source>
            <translation>Đang xuất phiếu trả lời</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>This address starts with http://, so the connection would not be encrypted: this computer's key and your data could be read on the way. Use an https:// address. For a server on your local network, an administrator can allow unencrypted connections to it.</source>
            <translation>Địa chỉ này bắt đầu bằng http://, nên kết nối sẽ không được mã hóa: khóa của máy tính này và dữ liệu của bạn có thể bị đọc trên đường truyền. Hãy dùng địa chỉ https://. Với máy chủ trong mạng nội bộ của bạn, quản trị viên có thể cho phép kết nối không mã hóa tới máy chủ đó.</translation>
        </message>
        <message>
            <source>Unencrypted connections are allowed only to a server on your local network, and this address is on the Internet. Use an https:// address.</source>
            <translation>Kết nối không mã hóa chỉ được phép tới máy chủ trong mạng nội bộ của bạn, còn địa chỉ này nằm trên Internet. Hãy dùng địa chỉ https://.</translation>
        </message>
        <message>
            <source>The server's certificate could not be verified. Check the server address and this computer's date and time; if both are right, tell headquarters. Nothing was sent.</source>
            <translation>Không xác minh được chứng chỉ của máy chủ. Hãy kiểm tra địa chỉ máy chủ cùng ngày giờ của máy tính này; nếu cả hai đều đúng, hãy báo cho trụ sở chính. Chưa có dữ liệu nào được gửi đi.</translation>
        </message>
        <message>
            <source>This database is not enrolled on this computer: it was copied from another computer, or the key that lets it sync is missing. Enrol this computer again with a new code from headquarters.</source>
            <translation>Cơ sở dữ liệu này chưa được đăng ký trên máy tính này: nó được sao chép từ máy tính khác, hoặc khóa cho phép đồng bộ đã bị mất. Hãy đăng ký lại máy tính này bằng mã mới do trụ sở chính cấp.</translation>
        </message>
        <message>
            <source>The server address is not valid. It looks like https://hq.example.org.</source>
            <translation>Địa chỉ máy chủ không hợp lệ. Địa chỉ đúng có dạng https://hq.example.org.</translation>
        </message>
        <message>
            <source>Headquarters cannot be reached. Your changes are kept and will be sent when the connection is back.</source>
            <translation>Không kết nối được với trụ sở chính. Các thay đổi của bạn vẫn được giữ lại và sẽ được gửi khi có kết nối trở lại.</translation>
        </message>
        <message>
            <source>Headquarters could not process the enrolment. Try again later; if it keeps failing, tell headquarters.</source>
            <translation>Trụ sở chính không xử lý được yêu cầu đăng ký. Vui lòng thử lại sau; nếu vẫn không được, hãy báo cho trụ sở chính.</translation>
        </message>
        <message>
            <source>Too many enrolment attempts from this network. Wait a minute, then try again.</source>
            <translation>Có quá nhiều lần thử đăng ký từ mạng này. Vui lòng chờ một phút rồi thử lại.</translation>
        </message>
        <message>
            <source>This version of GMS Desk is too old to sync with headquarters. Please install GMS Desk %1 or newer; this laptop has %2. Your data is kept until then.</source>
            <translation>Phiên bản GMS Desk này quá cũ nên không đồng bộ được với trụ sở chính. Vui lòng cài GMS Desk %1 hoặc mới hơn; máy tính này đang dùng bản %2. Dữ liệu của bạn vẫn được giữ nguyên cho đến lúc đó.</translation>
        </message>
        <message>
            <source>This is the demo data folder: nothing in it is ever sent to headquarters. Leave demo data (in the Demo menu), then enrol this computer with your own data.</source>
            <translation>Đây là thư mục dữ liệu mẫu: không có gì trong đó được gửi lên trụ sở chính. Hãy thoát dữ liệu mẫu (trong menu Dùng thử), rồi đăng ký máy tính này với dữ liệu của bạn.</translation>
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
        <message>
            <source>This record belongs to another agency.</source>
            <translation>Bản ghi này thuộc về đơn vị khác.</translation>
        </message>
        <message>
            <source>Headquarters published this record; it cannot be changed here.</source>
            <translation>Bản ghi này do trụ sở chính ban hành; không sửa được tại đây.</translation>
        </message>
        <message>
            <source>Headquarters does not know this kind of record yet (it runs an older version).</source>
            <translation>Trụ sở chính chưa nhận biết loại bản ghi này (đang dùng phiên bản cũ hơn).</translation>
        </message>
        <message>
            <source>Headquarters does not know this field yet (it runs an older version).</source>
            <translation>Trụ sở chính chưa nhận biết trường dữ liệu này (đang dùng phiên bản cũ hơn).</translation>
        </message>
        <message>
            <source>Headquarters has no such conflict.</source>
            <translation>Trụ sở chính không có xung đột này.</translation>
        </message>
        <message>
            <source>The key that lets this computer sync could not be saved in the data folder. Check that the folder can be written to, then enrol again.</source>
            <translation>Không lưu được khóa cho phép máy tính này đồng bộ vào thư mục dữ liệu. Hãy kiểm tra xem có ghi được vào thư mục đó không, rồi đăng ký lại.</translation>
        </message>
        <message>
            <source>The key that lets this computer sync could not be read from the system's password store (it may be locked). Unlock it, then sync again.</source>
            <translation>Không đọc được khóa cho phép máy tính này đồng bộ từ kho mật khẩu của hệ thống (kho có thể đang bị khóa). Hãy mở khóa rồi đồng bộ lại.</translation>
        </message>
        <message>
            <source>This file is not a GMS Desk sync bundle.</source>
            <translation>Tệp này không phải là gói đồng bộ GMS Desk.</translation>
        </message>
        <message>
            <source>This sync bundle was made by a newer version of GMS Desk. Update GMS Desk on this computer, then import it again.</source>
            <translation>Gói đồng bộ này được tạo bởi phiên bản GMS Desk mới hơn. Hãy cập nhật GMS Desk trên máy tính này rồi nhập lại.</translation>
        </message>
        <message>
            <source>This sync bundle is damaged or incomplete (it may have been cut short while it was copied). Nothing was imported. Copy it again, or make a new one.</source>
            <translation>Gói đồng bộ này bị hỏng hoặc không đầy đủ (có thể bị cắt ngắn khi sao chép). Chưa có dữ liệu nào được nhập. Hãy sao chép lại, hoặc tạo gói mới.</translation>
        </message>
        <message>
            <source>This sync bundle was changed after it was made, or was not made for this computer. Nothing was imported.</source>
            <translation>Gói đồng bộ này đã bị thay đổi sau khi được tạo, hoặc không được tạo cho máy tính này. Chưa có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <source>This sync bundle is encrypted. Enter the passphrase it was made with.</source>
            <translation>Gói đồng bộ này được mã hóa. Vui lòng nhập mật khẩu đã dùng khi tạo gói.</translation>
        </message>
        <message>
            <source>The passphrase is not the one this sync bundle was made with, or the bundle was changed after it was made. Nothing was imported.</source>
            <translation>Mật khẩu không đúng với mật khẩu đã dùng khi tạo gói đồng bộ này, hoặc gói đã bị thay đổi sau khi được tạo. Chưa có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <source>Encrypted sync bundles need the “cryptography” package, which is not installed with this copy of GMS Desk.</source>
            <translation>Gói đồng bộ được mã hóa cần gói phần mềm “cryptography”, nhưng gói này chưa được cài cùng bản GMS Desk này.</translation>
        </message>
        <message>
            <source>This computer is not enrolled with headquarters, so it cannot make or read sync bundles. Enrol it first.</source>
            <translation>Máy tính này chưa được đăng ký với trụ sở chính nên không thể tạo hoặc đọc gói đồng bộ. Hãy đăng ký máy tính trước.</translation>
        </message>
        <message>
            <source>This sync bundle was made on this computer. Take it to headquarters, or to another computer of your agency, and import it there.</source>
            <translation>Gói đồng bộ này được tạo trên chính máy tính này. Hãy mang gói đến trụ sở chính, hoặc đến một máy tính khác của đơn vị bạn, rồi nhập tại đó.</translation>
        </message>
        <message>
            <source>This reply from headquarters is for another computer. Import it on the computer whose id it names.</source>
            <translation>Phản hồi này của trụ sở chính dành cho máy tính khác. Hãy nhập trên máy tính có mã được ghi trong phản hồi.</translation>
        </message>
        <message>
            <source>This sync bundle comes from a computer of another agency. Only bundles of your own agency's computers, and replies from headquarters for this computer, can be imported here.</source>
            <translation>Gói đồng bộ này đến từ máy tính của một đơn vị khác. Tại đây chỉ nhập được gói từ các máy tính của đơn vị bạn và phản hồi của trụ sở chính dành cho máy tính này.</translation>
        </message>
        <message>
            <source>This sync bundle comes from a computer whose clock is ahead. Correct the date and time on that computer, sync it or make a new bundle there, and import that one. Nothing was imported.</source>
            <translation>Gói đồng bộ này đến từ một máy tính có đồng hồ chạy nhanh hơn thực tế. Hãy chỉnh ngày giờ trên máy tính đó, đồng bộ hoặc tạo gói mới tại đó, rồi nhập gói mới. Chưa có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <source>The sync bundle could not be read.</source>
            <translation>Không đọc được gói đồng bộ.</translation>
        </message>
        <message>
            <source>The sync bundle could not be written. Check that the folder (or USB stick) is there, can be written to and has room. Nothing is lost: make the bundle again.</source>
            <translation>Không ghi được gói đồng bộ. Hãy kiểm tra thư mục (hoặc USB) vẫn còn đó, cho phép ghi và còn dung lượng trống. Không có dữ liệu nào bị mất: hãy tạo lại gói.</translation>
        </message>
        <message>
            <source>This sync bundle comes from a computer that headquarters has not told this one about: it was enrolled since, or may no longer sync. Sync this computer with headquarters (or import its newest reply for this computer), then import the bundle again; or take the bundle to headquarters. Nothing was imported.</source>
            <translation>Gói đồng bộ này đến từ một máy tính mà trụ sở chính chưa thông báo cho máy này: máy đó mới được đăng ký, hoặc có thể không còn được đồng bộ. Hãy đồng bộ máy tính này với trụ sở chính (hoặc nhập phản hồi mới nhất của trụ sở chính dành cho máy này), rồi nhập lại gói; hoặc mang gói đến trụ sở chính. Chưa có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <source>This sync bundle was made by an older version of GMS Desk, which does not sign its bundles, so this computer cannot check who made it. Update GMS Desk on the computer that made it and make a new bundle there, or take this one to headquarters. Nothing was imported.</source>
            <translation>Gói đồng bộ này được tạo bởi một phiên bản GMS Desk cũ hơn, phiên bản này không ký gói đồng bộ, nên máy tính này không kiểm tra được ai đã tạo gói. Hãy cập nhật GMS Desk trên máy tính đã tạo gói và tạo gói mới tại đó, hoặc mang gói này đến trụ sở chính. Chưa có dữ liệu nào được nhập.</translation>
        </message>
        <message>
            <source>This sync bundle was changed after it was made, or was not made by the computer it names. Nothing was imported. Ask for a new bundle from that computer.</source>
            <translation>Gói đồng bộ này đã bị thay đổi sau khi được tạo, hoặc không phải do máy tính có tên trong gói tạo ra. Chưa có dữ liệu nào được nhập. Hãy xin một gói mới từ máy tính đó.</translation>
        </message>
        <message>
            <source>Stopped. Nothing was written or imported.</source>
            <translation>Đã dừng. Chưa ghi hoặc nhập dữ liệu nào.</translation>
        </message>
        <message>
            <source>Headquarters answered at this address: the connection works.</source>
            <translation>Trụ sở chính đã trả lời tại địa chỉ này: kết nối hoạt động tốt.</translation>
        </message>
        <message>
            <source>No server of this name was found. Check the address for a typing mistake; if it is right, this computer may not be connected to the network.</source>
            <translation>Không tìm thấy máy chủ nào có tên này. Hãy kiểm tra xem địa chỉ có gõ nhầm không; nếu địa chỉ đúng, có thể máy tính này chưa kết nối mạng.</translation>
        </message>
        <message>
            <source>The server did not answer. Check this computer's network connection; if websites open, the server may be down: try again later or tell headquarters.</source>
            <translation>Máy chủ không trả lời. Hãy kiểm tra kết nối mạng của máy tính này; nếu vẫn mở được các trang web, có thể máy chủ đang ngừng hoạt động: hãy thử lại sau hoặc báo cho trụ sở chính.</translation>
        </message>
        <message>
            <source>A server answered at this address, but it is not a GMS Desk headquarters server. Check the address.</source>
            <translation>Có máy chủ trả lời tại địa chỉ này, nhưng đó không phải máy chủ GMS Desk của trụ sở chính. Vui lòng kiểm tra lại địa chỉ.</translation>
        </message>
        <message>
            <source>Headquarters' server answered with an error. Try again later; if it keeps failing, tell headquarters.</source>
            <translation>Máy chủ của trụ sở chính báo lỗi. Vui lòng thử lại sau; nếu vẫn không được, hãy báo cho trụ sở chính.</translation>
        </message>
        <message>
            <source>Photos and files could not all be sent: the connection keeps dropping. They are kept and sending goes on from where it stopped at the next sync.</source>
            <translation>Chưa gửi được hết ảnh và tệp: kết nối liên tục bị ngắt. Các tệp vẫn được giữ lại và việc gửi sẽ tiếp tục từ chỗ đã dừng ở lần đồng bộ tới.</translation>
        </message>
        <message>
            <source>Headquarters does not accept a file this large; it stays on this laptop.</source>
            <translation>Trụ sở chính không nhận tệp lớn như vậy; tệp vẫn được giữ trên máy tính này.</translation>
        </message>
        <message>
            <source>The file could not be fetched from headquarters. Try again when the connection is better.</source>
            <translation>Không tải được tệp từ trụ sở chính. Hãy thử lại khi kết nối tốt hơn.</translation>
        </message>
        <message>
            <source>Headquarters does not have this file (yet): the laptop that attached it has not sent it.</source>
            <translation>Trụ sở chính chưa có tệp này: máy tính đã đính kèm tệp chưa gửi tệp lên.</translation>
        </message>
    </context>
    <context>
        <name>SyncArea</name>
        <message>
            <source>Sync with headquarters</source>
            <translation>Đồng bộ với trụ sở chính</translation>
        </message>
        <message>
            <source>Everything you enter is kept on this computer, and every change waits here until it is sent. To send your changes to headquarters and receive your colleagues' work, enrol this computer once with the code headquarters gave you.</source>
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
            <source>Test connection</source>
            <translation>Kiểm tra kết nối</translation>
        </message>
        <message>
            <source>Try the server address and say what happened; nothing is sent</source>
            <translation>Thử kết nối tới địa chỉ máy chủ và cho biết kết quả; không gửi dữ liệu nào</translation>
        </message>
        <message>
            <source>Allow an unencrypted connection to this server on the local network</source>
            <translation>Cho phép kết nối không mã hóa tới máy chủ này trong mạng nội bộ</translation>
        </message>
        <message>
            <source>The connection is not encrypted: anyone on the network can read what is sent, this computer's key included. Allow it only for a server of your office's own network.</source>
            <translation>Kết nối này không được mã hóa: bất kỳ ai trong mạng cũng có thể đọc những gì được gửi đi, kể cả khóa của máy tính này. Chỉ cho phép với máy chủ thuộc mạng riêng của văn phòng bạn.</translation>
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
            <source>Connection not encrypted (allowed for this local server)</source>
            <translation>Kết nối không mã hóa (được phép với máy chủ nội bộ này)</translation>
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
            <source>This computer's id</source>
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
        <message>
            <source>Not stored</source>
            <translation>Chưa lưu được</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Sao chép</translation>
        </message>
        <message>
            <source>Copy the selected lines (or all) as text</source>
            <translation>Sao chép các dòng đã chọn (hoặc tất cả) dưới dạng văn bản</translation>
        </message>
        <message>
            <source>Discard refused…</source>
            <translation>Bỏ thay đổi bị từ chối…</translation>
        </message>
        <message>
            <source>Forget the selected refused changes (all, if none is selected)</source>
            <translation>Bỏ các thay đổi bị từ chối đã chọn (hoặc tất cả nếu không chọn dòng nào)</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) on this computer will be sent after enrolment.</source>
            <translation>
                <numerusform>%n thay đổi trên máy tính này sẽ được gửi sau khi đăng ký.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Demo data waiting too: %Ln change(s), dropped, never sent.</source>
            <translation>
                <numerusform>Ngoài ra còn %Ln thay đổi của dữ liệu mẫu: sẽ bị bỏ, không bao giờ được gửi.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 — headquarters: holds every agency's records</source>
            <translation>%1 — trụ sở chính: lưu dữ liệu của mọi đơn vị</translation>
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
        <message numerus="yes">
            <source>(%Ln of demo data: dropped at the next sync, never sent)</source>
            <translation>
                <numerusform>(trong đó %Ln thay đổi là dữ liệu mẫu: sẽ bị bỏ ở lần đồng bộ tới, không bao giờ được gửi)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln photo(s) and file(s) sent</source>
            <translation>
                <numerusform>đã gửi %Ln ảnh và tệp</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln still to send</source>
            <translation>
                <numerusform>còn %Ln chưa gửi</numerusform>
            </translation>
        </message>
        <message>
            <source>Trying %1…</source>
            <translation>Đang thử %1…</translation>
        </message>
        <message>
            <source>Sync by file…</source>
            <translation>Đồng bộ qua tệp…</translation>
        </message>
        <message>
            <source>No connection? Take your changes to headquarters on a USB stick, and bring its reply back</source>
            <translation>Không có kết nối mạng? Hãy mang các thay đổi của bạn đến trụ sở chính bằng USB, rồi mang phản hồi của trụ sở chính về</translation>
        </message>
        <message>
            <source>Export bundle…</source>
            <translation>Xuất gói đồng bộ…</translation>
        </message>
        <message>
            <source>Import bundle…</source>
            <translation>Nhập gói đồng bộ…</translation>
        </message>
        <message>
            <source>Export sync bundle</source>
            <translation>Xuất gói đồng bộ</translation>
        </message>
        <message>
            <source>Sync bundles (*%1)</source>
            <translation>Gói đồng bộ (*%1)</translation>
        </message>
        <message>
            <source>A passphrase to encrypt the bundle with (leave it empty not to encrypt; whoever imports it will need it):</source>
            <translation>Mật khẩu để mã hóa gói (để trống nếu không mã hóa; người nhập gói sẽ cần mật khẩu này):</translation>
        </message>
        <message>
            <source>Export stopped: no bundle was written.</source>
            <translation>Đã dừng xuất: chưa ghi gói đồng bộ nào.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1: %n change(s). Take it to headquarters, then import the reply it gives you here.</source>
            <translation>
                <numerusform>Đã ghi %1: %n thay đổi. Hãy mang tệp này đến trụ sở chính, rồi nhập tại đây tệp phản hồi mà trụ sở chính đưa cho bạn.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It carries %n photo(s) and file(s) too.</source>
            <translation>
                <numerusform>Tệp này còn mang theo %n ảnh và tệp đính kèm.</numerusform>
            </translation>
        </message>
        <message>
            <source>Writing the sync bundle…</source>
            <translation>Đang ghi gói đồng bộ…</translation>
        </message>
        <message>
            <source>Import sync bundle</source>
            <translation>Nhập gói đồng bộ</translation>
        </message>
        <message>
            <source>Import stopped: nothing was imported. Import the bundle again when you are ready.</source>
            <translation>Đã dừng nhập: chưa có dữ liệu nào được nhập. Hãy nhập lại gói đồng bộ khi bạn sẵn sàng.</translation>
        </message>
        <message>
            <source>The passphrase this bundle was made with:</source>
            <translation>Mật khẩu đã dùng khi tạo gói này:</translation>
        </message>
        <message numerus="yes">
            <source>Imported headquarters' reply: %n change(s) received.</source>
            <translation>
                <numerusform>Đã nhập phản hồi của trụ sở chính: nhận được %n thay đổi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Headquarters confirmed %n change(s) of yours.</source>
            <translation>
                <numerusform>Trụ sở chính đã xác nhận %n thay đổi của bạn.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Headquarters has %n of your photos and files now.</source>
            <translation>
                <numerusform>Trụ sở chính đã có %n ảnh và tệp của bạn.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported another computer's bundle: %n change(s). They go on to headquarters with your next bundle.</source>
            <translation>
                <numerusform>Đã nhập gói của một máy tính khác: %n thay đổi. Các thay đổi này sẽ được chuyển lên trụ sở chính cùng gói tiếp theo của bạn.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It carried %n photo(s) and file(s), kept here and carried on.</source>
            <translation>
                <numerusform>Tệp này mang theo %n ảnh và tệp, đã được giữ ở đây và sẽ chuyển tiếp.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in it did not match what the bundle lists (damaged or changed) and stayed out.</source>
            <translation>
                <numerusform>%n tệp trong đó không khớp với danh sách của gói (bị hỏng hoặc bị sửa) nên không được nhận.</numerusform>
            </translation>
        </message>
        <message>
            <source>This computer could not check which computer made it (it has not synced with headquarters, or imported its reply, yet); headquarters checks it when the bundle reaches it.</source>
            <translation>Máy tính này không kiểm tra được máy tính nào đã tạo gói (máy này chưa đồng bộ với trụ sở chính hoặc chưa nhập phản hồi của trụ sở chính); trụ sở chính sẽ kiểm tra khi nhận được gói.</translation>
        </message>
        <message>
            <source>Reading the sync bundle…</source>
            <translation>Đang đọc gói đồng bộ…</translation>
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
            <source>%n changes received could not be stored on this computer: kept here, to be applied after an update of GMS Desk.</source>
            <translation>
                <numerusform>%n thay đổi nhận được không lưu được trên máy tính này; chúng được giữ lại và sẽ được áp dụng khi GMS Desk nhận biết được chúng (sau khi cập nhật).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes were refused by headquarters: kept here, not sent again.</source>
            <translation>
                <numerusform>%n thay đổi đã bị trụ sở chính từ chối: vẫn được giữ ở đây và sẽ không được gửi lại.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing</source>
            <translation>Không có</translation>
        </message>
        <message>
            <source>received</source>
            <translation>đã nhận</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>bị từ chối</translation>
        </message>
        <message>
            <source>%1 — %2 “%3” (refused): %4</source>
            <translation>%1 — %2 “%3” (bị từ chối): %4</translation>
        </message>
        <message>
            <source>Discard refused changes</source>
            <translation>Bỏ các thay đổi bị từ chối</translation>
        </message>
        <message numerus="yes">
            <source>Forget %n refused change(s)? What was typed stays on this computer only; copy it first if someone needs it.</source>
            <translation>
                <numerusform>Bỏ %n thay đổi bị từ chối? Các giá trị này chỉ còn trên máy tính này; nếu ai đó cần, hãy sao chép trước.</numerusform>
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
        <message numerus="yes">
            <source>%Ln change(s) of demo data kept here</source>
            <translation>
                <numerusform>%Ln thay đổi của dữ liệu mẫu được giữ lại tại máy này</numerusform>
            </translation>
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
            <source>Syncing… %1 of %2 changes sent</source>
            <translation>Đang đồng bộ… đã gửi %1/%2 thay đổi</translation>
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
        <name>Targets</name>
        <message>
            <source>Enter the first and the last day of the period.</source>
            <translation>Vui lòng nhập ngày đầu và ngày cuối của kỳ.</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>Kỳ kết thúc trước khi bắt đầu.</translation>
        </message>
        <message>
            <source>Enter a target value or a baseline.</source>
            <translation>Vui lòng nhập giá trị chỉ tiêu hoặc giá trị cơ sở.</translation>
        </message>
        <message>
            <source>Enter the agency's code, for example kh-sr.</source>
            <translation>Vui lòng nhập mã đơn vị, ví dụ kh-sr.</translation>
        </message>
        <message>
            <source>Enter the province.</source>
            <translation>Vui lòng nhập tỉnh/thành phố.</translation>
        </message>
        <message>
            <source>A target for the whole programme is for no one place: leave “for” empty.</source>
            <translation>Chỉ tiêu cho toàn chương trình không gắn với nơi nào cụ thể: hãy để trống cột “for”.</translation>
        </message>
        <message>
            <source>Only headquarters sets targets for the whole programme and for economies.</source>
            <translation>Chỉ trụ sở chính mới đặt chỉ tiêu cho toàn chương trình và cho các quốc gia/khu vực.</translation>
        </message>
        <message>
            <source>An agency sets targets for itself and for the provinces it serves only.</source>
            <translation>Mỗi đơn vị chỉ đặt chỉ tiêu cho chính mình và cho các tỉnh/thành phố mà đơn vị phục vụ.</translation>
        </message>
        <message>
            <source>Set by headquarters: this target cannot be changed here.</source>
            <translation>Do trụ sở chính đặt: không thể sửa chỉ tiêu này tại đây.</translation>
        </message>
        <message>
            <source>There is no indicator with this code.</source>
            <translation>Không có chỉ số nào có mã này.</translation>
        </message>
        <message>
            <source>Choose an .xlsx file.</source>
            <translation>Vui lòng chọn tệp .xlsx.</translation>
        </message>
        <message>
            <source>The first row must name the columns: indicator, scope, for, from, to, target, baseline, baseline date, notes.</source>
            <translation>Dòng đầu tiên phải là tên các cột: indicator, scope, for, from, to, target, baseline, baseline date, notes.</translation>
        </message>
        <message>
            <source>This file could not be read as a spreadsheet.</source>
            <translation>Không đọc được tệp này dưới dạng bảng tính.</translation>
        </message>
        <message>
            <source>Provinces</source>
            <translation>Tỉnh/thành phố</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Economies</source>
            <translation>Quốc gia/khu vực</translation>
        </message>
        <message>
            <source>Whole programme</source>
            <translation>Toàn chương trình</translation>
        </message>
        <message>
            <source>Set by headquarters</source>
            <translation>Do trụ sở chính đặt</translation>
        </message>
        <message>
            <source>Baseline: %1</source>
            <translation>Giá trị cơ sở: %1</translation>
        </message>
        <message>
            <source>Target: %1</source>
            <translation>Chỉ tiêu: %1</translation>
        </message>
        <message>
            <source>Baseline measured on %1</source>
            <translation>Giá trị cơ sở đo ngày %1</translation>
        </message>
        <message>
            <source>“%1” is not a number. Type a number of 0 or more, or nothing to clear the cell.</source>
            <translation>“%1” không phải là số. Hãy nhập một số từ 0 trở lên, hoặc để trống để xóa ô.</translation>
        </message>
        <message>
            <source>Row %1, column “%2”: %3</source>
            <translation>Dòng %1, cột “%2”: %3</translation>
        </message>
    </context>
    <context>
        <name>TargetsEditor</name>
        <message>
            <source>Year</source>
            <translation>Năm</translation>
        </message>
        <message>
            <source>Whole year or quarter</source>
            <translation>Cả năm hoặc quý</translation>
        </message>
        <message>
            <source>Whole year</source>
            <translation>Cả năm</translation>
        </message>
        <message>
            <source>Quarter %1</source>
            <translation>Quý %1</translation>
        </message>
        <message>
            <source>Targets for</source>
            <translation>Chỉ tiêu cho</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>Quốc gia/khu vực</translation>
        </message>
        <message>
            <source>All economies</source>
            <translation>Tất cả quốc gia/khu vực</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Nhập</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <source>Baselines</source>
            <translation>Giá trị cơ sở</translation>
        </message>
        <message>
            <source>Baseline date</source>
            <translation>Ngày đo giá trị cơ sở</translation>
        </message>
        <message>
            <source>The day the baselines typed now were measured (usually the day before the period starts)</source>
            <translation>Ngày đo các giá trị cơ sở đang nhập (thường là ngày trước khi kỳ bắt đầu)</translation>
        </message>
        <message>
            <source>measured on</source>
            <translation>đo ngày</translation>
        </message>
        <message>
            <source>Import XLSX…</source>
            <translation>Nhập XLSX…</translation>
        </message>
        <message>
            <source>Set targets from a spreadsheet with the columns indicator, scope, for, from, to, target, baseline, baseline date, notes (as an export writes them)</source>
            <translation>Đặt chỉ tiêu từ một bảng tính có các cột indicator, scope, for, from, to, target, baseline, baseline date, notes (giống như tệp được xuất ra)</translation>
        </message>
        <message>
            <source>Export XLSX…</source>
            <translation>Xuất XLSX…</translation>
        </message>
        <message>
            <source>Every target and baseline in one sheet</source>
            <translation>Mọi chỉ tiêu và giá trị cơ sở trong một trang tính</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Clear the selected cells (Del)</source>
            <translation>Xóa các ô đã chọn (Del)</translation>
        </message>
        <message>
            <source>Type a number and press Enter or Tab; paste a block copied from a spreadsheet with Ctrl+V; Del clears. Grey cells were set by headquarters.</source>
            <translation>Nhập một số rồi nhấn Enter hoặc Tab; dán một vùng sao chép từ bảng tính bằng Ctrl+V; Del để xóa. Các ô màu xám do trụ sở chính đặt.</translation>
        </message>
        <message>
            <source>No places to set targets for yet: provinces come from the agencies' profiles and the SMEs recorded.</source>
            <translation>Chưa có nơi nào để đặt chỉ tiêu: danh sách tỉnh/thành phố lấy từ hồ sơ của các đơn vị và các doanh nghiệp đã ghi nhận.</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>giá trị cơ sở</translation>
        </message>
        <message>
            <source>target</source>
            <translation>chỉ tiêu</translation>
        </message>
        <message>
            <source>clear %1 of %2 for %3</source>
            <translation>xóa %1 của %2 cho %3</translation>
        </message>
        <message>
            <source>set %1 of %2 for %3</source>
            <translation>đặt %1 của %2 cho %3</translation>
        </message>
        <message numerus="yes">
            <source>clear %n cell(s)</source>
            <translation>
                <numerusform>xóa %n ô</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left %n cell(s) set by headquarters as they are.</source>
            <translation>
                <numerusform>%n ô do trụ sở chính đặt được giữ nguyên.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left out %n pasted value(s): not a number.</source>
            <translation>
                <numerusform>%n giá trị được dán không phải là số nên đã bị bỏ qua.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left out %n row(s); correct the file and import it again.</source>
            <translation>
                <numerusform>%n dòng đã bị bỏ qua; hãy sửa trong tệp rồi nhập lại.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>paste %n cell(s)</source>
            <translation>
                <numerusform>dán %n ô</numerusform>
            </translation>
        </message>
        <message>
            <source>Import targets</source>
            <translation>Nhập chỉ tiêu</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Tệp Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export targets</source>
            <translation>Xuất chỉ tiêu</translation>
        </message>
        <message>
            <source>Importing targets…</source>
            <translation>Đang nhập chỉ tiêu…</translation>
        </message>
        <message>
            <source>%1 added, %2 changed, %3 already as in the file.</source>
            <translation>Thêm mới %1, thay đổi %2, %3 đã giống trong tệp.</translation>
        </message>
        <message numerus="yes">
            <source>%n target(s) exported.</source>
            <translation>
                <numerusform>Đã xuất %n chỉ tiêu.</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting targets…</source>
            <translation>Đang xuất chỉ tiêu…</translation>
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
            <translation>Cơ bản</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>Nâng cao</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Đã lên kế hoạch</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Đang diễn ra</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Đã kết thúc</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Chưa bắt đầu</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Đang học</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Đã hoàn thành</translation>
        </message>
        <message>
            <source>Website set-up</source>
            <translation>Xây dựng website</translation>
        </message>
        <message>
            <source>Catalogue or e-marketplace listing</source>
            <translation>Đăng sản phẩm lên danh mục hoặc sàn thương mại điện tử</translation>
        </message>
        <message>
            <source>Content creation</source>
            <translation>Xây dựng nội dung</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>Dịch thuật</translation>
        </message>
        <message>
            <source>Online payment set-up</source>
            <translation>Thiết lập thanh toán trực tuyến</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Đào tạo</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>Tư vấn</translation>
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
            <source>E-marketplace</source>
            <translation>Sàn thương mại điện tử</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>Mạng xã hội</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Khác</translation>
        </message>
        <message>
            <source>No reply</source>
            <translation>Không có phản hồi</translation>
        </message>
        <message>
            <source>In discussion</source>
            <translation>Đang trao đổi</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Có đơn hàng</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Không thành công</translation>
        </message>
    </context>
    <context>
        <name>TrainingArea</name>
        <message>
            <source>← All workshops</source>
            <translation>← Tất cả khóa tập huấn</translation>
        </message>
        <message>
            <source>Back to the workshop list (Alt+Left)</source>
            <translation>Quay lại danh sách khóa tập huấn (Alt+←)</translation>
        </message>
        <message>
            <source>New workshop</source>
            <translation>Thêm khóa tập huấn</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Mở</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Sửa…</translation>
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
            <source>Search title, venue, trainer, partner…</source>
            <translation>Tìm theo tên khóa, địa điểm, giảng viên, đơn vị phối hợp…</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Mọi trạng thái</translation>
        </message>
        <message>
            <source>Deleted workshops</source>
            <translation>Khóa tập huấn đã xóa</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>All agencies</source>
            <translation>Tất cả đơn vị</translation>
        </message>
        <message>
            <source>No workshops yet. Press Ctrl+N to plan one: title, track and modules, dates, venue and trainers.</source>
            <translation>Chưa có khóa tập huấn nào. Nhấn Ctrl+N để lên kế hoạch một khóa: tên khóa, cấp độ và học phần, thời gian, địa điểm và giảng viên.</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Đào tạo</translation>
        </message>
        <message>
            <source>&amp;Workshops</source>
            <translation>&amp;Khóa tập huấn</translation>
        </message>
        <message>
            <source>Awareness &amp;events</source>
            <translation>&amp;Sự kiện nâng cao nhận thức</translation>
        </message>
        <message numerus="yes">
            <source>%n workshop(s)</source>
            <translation>
                <numerusform>%n khóa tập huấn</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 workshops</source>
            <translation>%1/%2 khóa tập huấn</translation>
        </message>
        <message>
            <source>delete “%1”</source>
            <translation>xóa “%1”</translation>
        </message>
        <message>
            <source>“%1” deleted. Undo with Ctrl+Z, or find it under “Deleted workshops”.</source>
            <translation>Đã xóa “%1”. Nhấn Ctrl+Z để hoàn tác, hoặc tìm lại trong mục “Khóa tập huấn đã xóa”.</translation>
        </message>
        <message>
            <source>restore “%1”</source>
            <translation>khôi phục “%1”</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>Undo</source>
            <translation>Hoàn tác</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Làm lại</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>Enter the business name.</source>
            <translation>Vui lòng nhập tên doanh nghiệp.</translation>
        </message>
        <message>
            <source>This cannot be empty.</source>
            <translation>Mục này không được để trống.</translation>
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
            <source>Enter a number, for example 12.5.</source>
            <translation>Hãy nhập một số, ví dụ 12.5.</translation>
        </message>
        <message>
            <source>The number cannot be negative.</source>
            <translation>Số này không được âm.</translation>
        </message>
        <message>
            <source>This number is out of range.</source>
            <translation>Số này nằm ngoài phạm vi cho phép.</translation>
        </message>
        <message>
            <source>Choose a value from the list.</source>
            <translation>Hãy chọn một giá trị trong danh sách.</translation>
        </message>
        <message>
            <source>This is not in the expected form.</source>
            <translation>Giá trị này không đúng định dạng.</translation>
        </message>
        <message>
            <source>Female employees cannot be more than all employees.</source>
            <translation>Số lao động nữ không được lớn hơn tổng số lao động.</translation>
        </message>
        <message>
            <source>Choose services from the list.</source>
            <translation>Vui lòng chọn dịch vụ trong danh sách.</translation>
        </message>
        <message>
            <source>Enter the agency's name.</source>
            <translation>Vui lòng nhập tên đơn vị.</translation>
        </message>
        <message>
            <source>Enter a year between 1900 and this year.</source>
            <translation>Vui lòng nhập năm từ 1900 đến năm nay.</translation>
        </message>
        <message>
            <source>Choose no reply, in discussion, order or lost.</source>
            <translation>Vui lòng chọn Không có phản hồi, Đang trao đổi, Có đơn hàng hoặc Không thành công.</translation>
        </message>
        <message>
            <source>Choose where the SME is online.</source>
            <translation>Vui lòng chọn nơi doanh nghiệp hiện diện trực tuyến.</translation>
        </message>
        <message>
            <source>Choose registered, displaying products or inactive.</source>
            <translation>Vui lòng chọn Đã đăng ký, Đang trưng bày sản phẩm hoặc Không hoạt động.</translation>
        </message>
        <message>
            <source>The last day cannot be before the first.</source>
            <translation>Ngày kết thúc không được trước ngày bắt đầu.</translation>
        </message>
        <message>
            <source>Choose the kind of event.</source>
            <translation>Vui lòng chọn loại sự kiện.</translation>
        </message>
        <message>
            <source>Choose the area.</source>
            <translation>Vui lòng chọn lĩnh vực.</translation>
        </message>
        <message>
            <source>Choose the indicator.</source>
            <translation>Vui lòng chọn chỉ số.</translation>
        </message>
        <message>
            <source>Choose programme, economy, agency or province.</source>
            <translation>Vui lòng chọn Toàn chương trình, Quốc gia/khu vực, Đơn vị hoặc Tỉnh/thành phố.</translation>
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
            <translation>Vui lòng nhập tên khóa tập huấn.</translation>
        </message>
        <message>
            <source>Enter the person's name.</source>
            <translation>Vui lòng nhập tên người này.</translation>
        </message>
        <message>
            <source>Choose basic or advanced.</source>
            <translation>Vui lòng chọn Cơ bản hoặc Nâng cao.</translation>
        </message>
        <message>
            <source>Choose planned, running or done.</source>
            <translation>Vui lòng chọn Đã lên kế hoạch, Đang diễn ra hoặc Đã kết thúc.</translation>
        </message>
        <message>
            <source>Enter a date as YYYY-MM-DD, for example 2025-03-14.</source>
            <translation>Vui lòng nhập ngày theo dạng YYYY-MM-DD, ví dụ 2025-03-14.</translation>
        </message>
        <message>
            <source>Enter the date.</source>
            <translation>Vui lòng nhập ngày.</translation>
        </message>
        <message>
            <source>The last day cannot be before the first day.</source>
            <translation>Ngày kết thúc không được trước ngày bắt đầu.</translation>
        </message>
        <message>
            <source>Enter the first day too.</source>
            <translation>Vui lòng nhập cả ngày bắt đầu.</translation>
        </message>
        <message>
            <source>A workshop can last at most 60 days.</source>
            <translation>Một khóa tập huấn chỉ kéo dài tối đa 60 ngày.</translation>
        </message>
        <message>
            <source>Enter a two-letter country code, for example JP.</source>
            <translation>Vui lòng nhập mã quốc gia gồm hai chữ cái, ví dụ JP.</translation>
        </message>
        <message>
            <source>Choose modules from the catalogue.</source>
            <translation>Vui lòng chọn học phần trong danh mục.</translation>
        </message>
        <message>
            <source>Choose an SME from the registry.</source>
            <translation>Vui lòng chọn một doanh nghiệp có trong danh sách doanh nghiệp.</translation>
        </message>
        <message>
            <source>Choose a service delivered to this SME.</source>
            <translation>Vui lòng chọn một dịch vụ đã cung cấp cho doanh nghiệp này.</translation>
        </message>
        <message>
            <source>Enter a score from 0 to 100.</source>
            <translation>Vui lòng nhập điểm từ 0 đến 100.</translation>
        </message>
        <message>
            <source>Enter an amount of 0 or more, for example 150.</source>
            <translation>Vui lòng nhập số tiền từ 0 trở lên, ví dụ 150.</translation>
        </message>
        <message>
            <source>Enter a three-letter currency code, for example USD.</source>
            <translation>Vui lòng nhập mã tiền tệ gồm ba chữ cái, ví dụ USD.</translation>
        </message>
        <message>
            <source>Choose the kind of service.</source>
            <translation>Vui lòng chọn loại dịch vụ.</translation>
        </message>
        <message>
            <source>Choose how the inquiry came in.</source>
            <translation>Vui lòng chọn kênh nhận lượt hỏi hàng.</translation>
        </message>
        <message>
            <source>Choose not started, in progress or completed.</source>
            <translation>Vui lòng chọn Chưa bắt đầu, Đang học hoặc Đã hoàn thành.</translation>
        </message>
        <message>
            <source>Progress only moves forward; an administrator can revert it, with a reason.</source>
            <translation>Tiến độ chỉ có thể tiến lên; quản trị viên có thể lùi lại nếu nêu lý do.</translation>
        </message>
        <message>
            <source>A revert must go back to an earlier step.</source>
            <translation>Chỉ có thể lùi về một bước trước đó.</translation>
        </message>
        <message>
            <source>Give a reason for the revert.</source>
            <translation>Vui lòng nêu lý do lùi tiến độ.</translation>
        </message>
        <message>
            <source>Say who reverts it.</source>
            <translation>Vui lòng cho biết ai là người lùi tiến độ.</translation>
        </message>
        <message>
            <source>This module is not part of the workshop.</source>
            <translation>Học phần này không thuộc khóa tập huấn.</translation>
        </message>
        <message>
            <source>This person is not enrolled in the workshop.</source>
            <translation>Người này chưa được ghi danh vào khóa tập huấn.</translation>
        </message>
        <message>
            <source>This day is not part of the workshop.</source>
            <translation>Ngày này không nằm trong thời gian của khóa tập huấn.</translation>
        </message>
        <message>
            <source>Choose a workshop.</source>
            <translation>Vui lòng chọn khóa tập huấn.</translation>
        </message>
        <message>
            <source>A retired module cannot be added to a workshop: choose another one.</source>
            <translation>Không thể thêm học phần đã ngừng dùng vào khóa tập huấn: vui lòng chọn học phần khác.</translation>
        </message>
        <message>
            <source>Choose one of this SME's online presences.</source>
            <translation>Vui lòng chọn một kênh trực tuyến của doanh nghiệp này.</translation>
        </message>
        <message>
            <source>An order value goes with the outcome “Order”: choose that outcome or clear the value.</source>
            <translation>Giá trị đơn hàng chỉ đi kèm kết quả “Có đơn hàng”: hãy chọn kết quả đó hoặc xóa giá trị.</translation>
        </message>
        <message>
            <source>This workshop is not over yet: certificates are issued after its last day.</source>
            <translation>Khóa tập huấn này chưa kết thúc: giấy chứng nhận được cấp sau ngày học cuối cùng.</translation>
        </message>
        <message>
            <source>A certificate cannot be dated before the workshop's last day.</source>
            <translation>Giấy chứng nhận không được ghi ngày trước ngày cuối cùng của khóa tập huấn.</translation>
        </message>
        <message>
            <source>Enter a share of the days from 0 to 100 %.</source>
            <translation>Vui lòng nhập tỷ lệ số ngày từ 0 đến 100 %.</translation>
        </message>
        <message>
            <source>Write languages as codes separated by commas, for example km, en, ja.</source>
            <translation>Vui lòng ghi ngôn ngữ bằng mã, cách nhau bằng dấu phẩy, ví dụ km, en, ja.</translation>
        </message>
        <message>
            <source>Write each language pair as two codes joined by a dash, for example km-ja.</source>
            <translation>Vui lòng ghi mỗi cặp ngôn ngữ bằng hai mã nối với nhau bằng dấu gạch ngang, ví dụ km-ja.</translation>
        </message>
        <message>
            <source>Write each currency as three capital letters, for example USD.</source>
            <translation>Vui lòng ghi mỗi loại tiền tệ bằng ba chữ cái in hoa, ví dụ USD.</translation>
        </message>
        <message>
            <source>Choose SMEs from the registry.</source>
            <translation>Vui lòng chọn doanh nghiệp có trong danh sách doanh nghiệp.</translation>
        </message>
        <message>
            <source>An earlier row of this file describes the same business with other values. Keep one of the two rows.</source>
            <translation>Một dòng phía trước trong tệp này mô tả cùng doanh nghiệp nhưng với các giá trị khác. Hãy giữ lại một trong hai dòng.</translation>
        </message>
        <message>
            <source>Nobody in this workshop has a certificate yet: a certificate goes to each participant who completed every module and was present on enough of its days.</source>
            <translation>Chưa có học viên nào của khóa tập huấn này được cấp giấy chứng nhận: giấy chứng nhận được cấp cho mỗi học viên đã hoàn thành mọi học phần và có mặt đủ số ngày.</translation>
        </message>
        <message>
            <source>The logo file could not be read. Check that it is still there and that you may open it, then choose it again.</source>
            <translation>Không đọc được tệp logo. Hãy kiểm tra xem tệp vẫn còn đó và bạn có quyền mở tệp, rồi chọn lại.</translation>
        </message>
        <message>
            <source>The logo file is larger than 2 MB. Choose a smaller image: a logo needs a few hundred pixels across, no more.</source>
            <translation>Tệp logo lớn hơn 2 MB. Hãy chọn ảnh nhỏ hơn: logo chỉ cần rộng vài trăm điểm ảnh là đủ.</translation>
        </message>
        <message>
            <source>This file is not a PNG or JPEG image (or it is damaged). Choose a logo saved as PNG or JPEG.</source>
            <translation>Tệp này không phải ảnh PNG hoặc JPEG (hoặc đã bị hỏng). Hãy chọn logo được lưu dưới dạng PNG hoặc JPEG.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopDialog</name>
        <message>
            <source>Edit workshop</source>
            <translation>Sửa khóa tập huấn</translation>
        </message>
        <message>
            <source>New workshop</source>
            <translation>Thêm khóa tập huấn</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>Học phần</translation>
        </message>
        <message>
            <source>Names, separated by commas</source>
            <translation>Họ tên, cách nhau bằng dấu phẩy</translation>
        </message>
        <message>
            <source>%1 (set by hand)</source>
            <translation>%1 (đặt thủ công)</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Tên khóa:</translation>
        </message>
        <message>
            <source>Trac&amp;k:</source>
            <translation>&amp;Cấp độ:</translation>
        </message>
        <message>
            <source>&amp;Modules:</source>
            <translation>&amp;Học phần:</translation>
        </message>
        <message>
            <source>&amp;Dates:</source>
            <translation>Thời gia&amp;n:</translation>
        </message>
        <message>
            <source>&amp;Venue:</source>
            <translation>Đị&amp;a điểm:</translation>
        </message>
        <message>
            <source>&amp;Economy:</source>
            <translation>&amp;Quốc gia/khu vực:</translation>
        </message>
        <message>
            <source>&amp;Province:</source>
            <translation>Tỉnh/thành &amp;phố:</translation>
        </message>
        <message>
            <source>T&amp;rainers:</source>
            <translation>&amp;Giảng viên:</translation>
        </message>
        <message>
            <source>P&amp;artner organisation:</source>
            <translation>Đơn &amp;vị phối hợp:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>T&amp;rạng thái:</translation>
        </message>
        <message>
            <source>Attendance for a &amp;certificate:</source>
            <translation>Mức chuyên cần để được cấp giấy &amp;chứng nhận:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>Gh&amp;i chú:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>%1 (retired)</source>
            <translation>%1 (đã ngừng dùng)</translation>
        </message>
        <message>
            <source>Retired: new workshops are not offered it; workshops that have it keep it.</source>
            <translation>Đã ngừng dùng: không chọn được cho khóa tập huấn mới; các khóa đã có học phần này vẫn giữ nguyên.</translation>
        </message>
        <message>
            <source>Published by headquarters: it can be read here but not changed.</source>
            <translation>Do trụ sở chính ban hành: tại đây chỉ xem được, không sửa được.</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n ngày</numerusform>
            </translation>
        </message>
        <message>
            <source>As the dates say (now: %1)</source>
            <translation>Theo thời gian của khóa (hiện tại: %1)</translation>
        </message>
        <message>
            <source>Follows the dates: planned before the first day, running until the last, then done.</source>
            <translation>Theo thời gian của khóa: đã lên kế hoạch trước ngày đầu tiên, đang diễn ra cho đến ngày cuối cùng, sau đó là đã kết thúc.</translation>
        </message>
        <message>
            <source>The dates already make it “%1”: setting it by hand changes nothing.</source>
            <translation>Theo thời gian, khóa đã ở trạng thái “%1”: đặt thủ công không thay đổi gì.</translation>
        </message>
        <message>
            <source>Running from now on, before its first day: for a workshop started early. After its last day it is done.</source>
            <translation>Đang diễn ra kể từ bây giờ, trước ngày đầu tiên: dùng cho khóa bắt đầu sớm. Sau ngày cuối cùng, khóa sẽ chuyển sang đã kết thúc.</translation>
        </message>
        <message>
            <source>Done from now on, before its last day: for a workshop finished or called off early.</source>
            <translation>Đã kết thúc kể từ bây giờ, trước ngày cuối cùng: dùng cho khóa kết thúc sớm hoặc bị hủy.</translation>
        </message>
        <message>
            <source>Enter the workshop's title.</source>
            <translation>Vui lòng nhập tên khóa tập huấn.</translation>
        </message>
        <message>
            <source>Tick at least one module.</source>
            <translation>Vui lòng đánh dấu ít nhất một học phần.</translation>
        </message>
        <message>
            <source>The last day cannot be before the first.</source>
            <translation>Ngày kết thúc không được trước ngày bắt đầu.</translation>
        </message>
        <message>
            <source>A workshop can last at most 60 days.</source>
            <translation>Một khóa tập huấn chỉ kéo dài tối đa 60 ngày.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopPage</name>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;Chi tiết</translation>
        </message>
        <message>
            <source>&amp;Participants</source>
            <translation>&amp;Học viên</translation>
        </message>
        <message>
            <source>&amp;Workshop mode (attendance)</source>
            <translation>Chế độ lớp học (điểm &amp;danh)</translation>
        </message>
        <message>
            <source>Pro&amp;gress &amp;&amp; scores</source>
            <translation>&amp;Tiến độ và điểm</translation>
        </message>
        <message>
            <source>&amp;Certificates</source>
            <translation>&amp;Giấy chứng nhận</translation>
        </message>
        <message>
            <source>Dates:</source>
            <translation>Thời gian:</translation>
        </message>
        <message>
            <source>Track:</source>
            <translation>Cấp độ:</translation>
        </message>
        <message>
            <source>Modules:</source>
            <translation>Học phần:</translation>
        </message>
        <message>
            <source>Venue:</source>
            <translation>Địa điểm:</translation>
        </message>
        <message>
            <source>Trainers:</source>
            <translation>Giảng viên:</translation>
        </message>
        <message>
            <source>Partner:</source>
            <translation>Đơn vị phối hợp:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Trạng thái:</translation>
        </message>
        <message>
            <source>Participants:</source>
            <translation>Học viên:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Ghi chú:</translation>
        </message>
        <message>
            <source>Edit workshop…</source>
            <translation>Sửa khóa tập huấn…</translation>
        </message>
        <message>
            <source>Start workshop mode (F5)</source>
            <translation>Bắt đầu chế độ lớp học (F5)</translation>
        </message>
        <message>
            <source>Sign-in &amp;sheet… (%1)</source>
            <translation>&amp;Bảng điểm danh… (%1)</translation>
        </message>
        <message>
            <source>Print a day's sign-in sheet for people to sign</source>
            <translation>In bảng điểm danh của một ngày học để mọi người ký tên</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Latin letters</source>
            <translation>Tên (chữ Latinh)</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Giới tính</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>Doanh nghiệp</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Số chứng nhận</translation>
        </message>
        <message>
            <source>&amp;Enrol…</source>
            <translation>Gh&amp;i danh…</translation>
        </message>
        <message>
            <source>Enrol people (Ctrl+E)</source>
            <translation>Ghi danh học viên (Ctrl+E)</translation>
        </message>
        <message>
            <source>Remove from workshop</source>
            <translation>Rút khỏi khóa tập huấn</translation>
        </message>
        <message>
            <source>Only an administrator can move progress back: “Administrator…” in Settings asks for the administrator password.</source>
            <translation>Chỉ quản trị viên mới có thể lùi tiến độ: nút “Quản trị viên…” trong Cài đặt sẽ hỏi mật khẩu quản trị viên.</translation>
        </message>
        <message>
            <source>Save sign-in sheet</source>
            <translation>Lưu bảng điểm danh</translation>
        </message>
        <message>
            <source>Sign-in sheet %1.pdf</source>
            <translation>Bảng điểm danh %1.pdf</translation>
        </message>
        <message>
            <source>Writing the sign-in sheet…</source>
            <translation>Đang tạo bảng điểm danh…</translation>
        </message>
        <message>
            <source>Writing the sign-in sheet</source>
            <translation>Đang tạo bảng điểm danh</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Mở thư mục</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n học viên</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n day(s))</source>
            <translation>
                <numerusform>(%n ngày)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n enrolled</source>
            <translation>
                <numerusform>%n người đã ghi danh</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n women</source>
            <translation>
                <numerusform>%n nữ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %n participant(s) from this workshop? Their attendance and progress are kept and come back if they are enrolled again.</source>
            <translation>
                <numerusform>Rút %n học viên khỏi khóa tập huấn này? Dữ liệu điểm danh và tiến độ của họ vẫn được giữ lại và sẽ hiện lại nếu họ được ghi danh lại.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s) moved forward.</source>
            <translation>
                <numerusform>Đã đưa %n ô tiến thêm một bước.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to move forward: the selected cells are already completed.</source>
            <translation>Không có ô nào để tiến thêm: các ô đã chọn đều đã hoàn thành.</translation>
        </message>
        <message>
            <source>This module has not been started.</source>
            <translation>Học phần này chưa bắt đầu.</translation>
        </message>
        <message>
            <source>Moved back to “%1”; the reason is recorded.</source>
            <translation>Đã lùi về “%1”; lý do đã được ghi lại.</translation>
        </message>
        <message>
            <source>PDF file (*.pdf)</source>
            <translation>Tệp PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Cancelled; no file was written.</source>
            <translation>Đã hủy; không có tệp nào được ghi.</translation>
        </message>
        <message numerus="yes">
            <source>Saved the sign-in sheet (%n page(s)) to %1.</source>
            <translation>
                <numerusform>Đã lưu bảng điểm danh (%n trang) vào %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkshopTableModel</name>
        <message>
            <source>Workshop</source>
            <translation>Khóa tập huấn</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Thời gian</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Cấp độ</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Địa điểm</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Học viên</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
    </context>
    <context>
        <name>YouPage</name>
        <message>
            <source>You and your agency</source>
            <translation>Bạn và đơn vị của bạn</translation>
        </message>
        <message>
            <source>Your name is saved with every change you make. New SMEs, workshops and events start with your agency's economy and province; you can still change them there.</source>
            <translation>Tên của bạn được lưu kèm mỗi thay đổi bạn thực hiện. Doanh nghiệp, khóa tập huấn và sự kiện mới sẽ mặc định theo quốc gia/khu vực và tỉnh/thành phố của đơn vị bạn; bạn vẫn có thể thay đổi khi nhập.</translation>
        </message>
        <message>
            <source>Your full name, as colleagues know you</source>
            <translation>Họ và tên đầy đủ của bạn, như đồng nghiệp vẫn biết</translation>
        </message>
        <message>
            <source>Settings changes any of this later.</source>
            <translation>Bạn có thể thay đổi các thông tin này sau trong Cài đặt.</translation>
        </message>
    </context>
    <context>
        <name>_OptionalValueWidget</name>
        <message>
            <source>Not answered</source>
            <translation>Chưa trả lời</translation>
        </message>
    </context>
    <context>
        <name>_RecordDialog</name>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>Save (Ctrl+Enter)</source>
            <translation>Lưu (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
    </context>
</TS>
