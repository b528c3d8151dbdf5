<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AcknowledgeWidget</name>
    <message>
        <source>OK</source>
        <translation>Xác nhận</translation>
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
        <source>Codes, separated by commas: km, en, ja</source>
        <translation>Mã, cách nhau bằng dấu phẩy: km, en, ja</translation>
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
        <source>Enter marks the highlighted person present (press it again to undo the mark); ↑ ↓ choose another; Esc clears; Ctrl+Z undoes.</source>
        <translation>Enter: đánh dấu người đang chọn là có mặt (nhấn lần nữa để bỏ đánh dấu); ↑ ↓: chọn người khác; Esc: xóa ô tìm; Ctrl+Z: hoàn tác.</translation>
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
        <source>%1 marked absent again.</source>
        <translation>Đã chuyển %1 về vắng mặt.</translation>
    </message>
    <message>
        <source>Present %1 of %2</source>
        <translation>Có mặt %1/%2</translation>
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
        <source>New person</source>
        <translation>Người mới</translation>
    </message>
    <message>
        <source>Name (own script):</source>
        <translation>Tên (chữ viết bản địa):</translation>
    </message>
    <message>
        <source>Name in Latin letters:</source>
        <translation>Tên bằng chữ Latinh:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Giới tính:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
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
        <source>(already enrolled)</source>
        <translation>(đã ghi danh)</translation>
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
        <source>Enter the person&apos;s name.</source>
        <translation>Vui lòng nhập tên người này.</translation>
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
    <message>
        <source>%1 answer(s) still need attention.</source>
        <translation>Còn %1 câu trả lời cần xem lại.</translation>
    </message>
    <message>
        <source>Not submitted; the draft is kept.</source>
        <translation>Chưa nộp; bản nháp vẫn được giữ lại.</translation>
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
    <name>InquiryDialog</name>
    <message>
        <source>Inquiry received</source>
        <translation>Lượt hỏi hàng nhận được</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Ngày nhận:</translation>
    </message>
    <message>
        <source>From country (two letters):</source>
        <translation>Từ quốc gia (mã hai chữ cái):</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kênh:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
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
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>Tiếng Khmer</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>Tiếng Lào</translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation>Tiếng Myanmar</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Tiếng Thái</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Tiếng Trung</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Tiếng Nhật</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Tiếng Hàn</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>Tiếng Mã Lai</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Tiếng Indonesia</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Tiếng Pháp</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Tiếng Đức</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Tiếng Nga</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Tiếng Tây Ban Nha</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Tiếng Hindi</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Tiếng Ả Rập</translation>
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
        <translation>Tìm theo đơn vị, tỉnh/thành phố, ngôn ngữ (ví dụ ja), dịch vụ…</translation>
    </message>
    <message>
        <source>Type a language code such as ja to find who translates into Japanese; Enter or Down goes to the list.</source>
        <translation>Gõ mã ngôn ngữ, ví dụ ja, để tìm nơi dịch sang tiếng Nhật; nhấn Enter hoặc ↓ để chuyển xuống danh sách.</translation>
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
        <source>Edit this agency&apos;s profile (Ctrl+E)</source>
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
        <source>New response</source>
        <translation>Phiếu trả lời mới</translation>
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
        <source>SME (optional):</source>
        <translation>Doanh nghiệp (không bắt buộc):</translation>
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
        <source>— no SME —</source>
        <translation>— không có doanh nghiệp —</translation>
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
        <source>Move one cell&apos;s progress back; needs a reason and is recorded</source>
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
        <source>Survey form</source>
        <translation>Biểu mẫu khảo sát</translation>
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
        <source>e.g. km-ja, km-th</source>
        <translation>ví dụ: km-ja, km-th</translation>
    </message>
    <message>
        <source>For translation: from-to language codes, separated by commas (km-ja is Khmer into Japanese).</source>
        <translation>Dành cho dịch thuật: mã ngôn ngữ nguồn-đích, cách nhau bằng dấu phẩy (km-ja là dịch từ tiếng Khmer sang tiếng Nhật).</translation>
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
    <name>SettingsArea</name>
    <message>
        <source>Apply language</source>
        <translation>Áp dụng ngôn ngữ</translation>
    </message>
    <message>
        <source>Administrator on this computer (may move training progress back, with a reason that is recorded)</source>
        <translation>Quản trị viên trên máy tính này (được phép lùi tiến độ đào tạo, kèm lý do được ghi lại)</translation>
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
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Add inquiry…</source>
        <translation>Thêm lượt hỏi hàng…</translation>
    </message>
    <message>
        <source>Inquiries received through its online presence</source>
        <translation>Lượt hỏi hàng nhận được qua kênh trực tuyến</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) of this SME known from training.</source>
        <translation>
            <numerusform>%n người của doanh nghiệp này đã tham gia đào tạo.</numerusform>
        </translation>
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
        <source>add inquiry</source>
        <translation>thêm lượt hỏi hàng</translation>
    </message>
    <message>
        <source>Inquiry added.</source>
        <translation>Đã thêm lượt hỏi hàng.</translation>
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
    <message>
        <source>%1 response(s)</source>
        <translation>%1 phiếu trả lời</translation>
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
        <source>Export responses</source>
        <translation>Xuất phiếu trả lời</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Tệp Excel (*.xlsx);;Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 response(s) to %2.</source>
        <translation>Đã xuất %1 phiếu trả lời ra %2.</translation>
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
        <source>Version {version} of form {form_id} is already here with different questions. Change the version in the form&apos;s settings sheet and import it again.</source>
        <translation>Phiên bản {version} của biểu mẫu {form_id} đã có sẵn nhưng với các câu hỏi khác. Vui lòng đổi phiên bản trong trang tính settings của biểu mẫu rồi nhập lại.</translation>
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
        <source>Headquarters published version {version} of form {form_id} with different questions; it can be read here but not changed. Change the version in the form&apos;s settings sheet and import it again.</source>
        <translation>Trụ sở chính đã ban hành phiên bản {version} của biểu mẫu {form_id} với các câu hỏi khác; tại đây chỉ xem được, không sửa được. Vui lòng đổi phiên bản trong trang tính settings của biểu mẫu rồi nhập lại.</translation>
    </message>
    <message>
        <source>This form version is retired: it takes no new responses. Its responses and drafts are kept.</source>
        <translation>Phiên bản biểu mẫu này đã ngừng dùng: không nhận phiếu trả lời mới. Các phiếu trả lời và bản nháp của nó vẫn được giữ lại.</translation>
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
        <source>%1 form(s) ready to fill in.</source>
        <translation>%1 biểu mẫu đã sẵn sàng để điền.</translation>
    </message>
    <message>
        <source>Installing forms</source>
        <translation>Đang cài đặt biểu mẫu</translation>
    </message>
    <message>
        <source>Version %1: %2 response(s), %3 draft(s)</source>
        <translation>Phiên bản %1: %2 phiếu trả lời, %3 bản nháp</translation>
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
        <source>Retire version</source>
        <translation>Ngừng dùng phiên bản</translation>
    </message>
    <message>
        <source>Delete version…</source>
        <translation>Xóa phiên bản…</translation>
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
        <source>“%1” cannot be used as a form: %2 problem(s) must be fixed in the spreadsheet first.</source>
        <translation>Không thể dùng “%1” làm biểu mẫu: cần sửa %2 lỗi trong bảng tính trước.</translation>
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
        <source>%1 warning(s): what GMS Desk ignored is listed below.</source>
        <translation>%1 cảnh báo: những phần GMS Desk đã bỏ qua được liệt kê dưới đây.</translation>
    </message>
    <message>
        <source>Form imported</source>
        <translation>Đã nhập biểu mẫu</translation>
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
    <message>
        <source>%1 — headquarters: holds every agency&apos;s records</source>
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
        <source>Enter the agency&apos;s name.</source>
        <translation>Vui lòng nhập tên đơn vị.</translation>
    </message>
    <message>
        <source>Enter a year between 1900 and this year.</source>
        <translation>Vui lòng nhập năm từ 1900 đến năm nay.</translation>
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
        <source>Enter the person&apos;s name.</source>
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
        <source>No certificate has been issued for this workshop yet: only participants who completed every module get one.</source>
        <translation>Khóa tập huấn này chưa cấp giấy chứng nhận nào: chỉ học viên hoàn thành mọi học phần mới được cấp.</translation>
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
        <source>Enter the workshop&apos;s title.</source>
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
        <source>&amp;Issue certificates</source>
        <translation>Cấ&amp;p giấy chứng nhận</translation>
    </message>
    <message>
        <source>Give a certificate number to every participant who completed all modules</source>
        <translation>Cấp số giấy chứng nhận cho mọi học viên đã hoàn thành tất cả học phần</translation>
    </message>
    <message>
        <source>&amp;Save certificates PDF…</source>
        <translation>&amp;Lưu giấy chứng nhận (PDF)…</translation>
    </message>
    <message>
        <source>Print &amp;attendance sheet…</source>
        <translation>In &amp;bảng điểm danh…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Language of the PDF:</source>
        <translation>Ngôn ngữ của tệp PDF:</translation>
    </message>
    <message>
        <source>Sign-in sheet for:</source>
        <translation>Bảng điểm danh cho:</translation>
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
    <message>
        <source>Day %1 — %2</source>
        <translation>Ngày %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) completed every module.</source>
        <translation>
            <numerusform>%n học viên đã hoàn thành tất cả học phần.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) issued.</source>
        <translation>
            <numerusform>Đã cấp %n giấy chứng nhận.</numerusform>
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
        <source>Only an administrator can move progress back. An administrator turns on “Administrator on this computer” in Settings.</source>
        <translation>Chỉ quản trị viên mới có thể lùi tiến độ. Quản trị viên cần bật “Quản trị viên trên máy tính này” trong phần Cài đặt.</translation>
    </message>
    <message>
        <source>This module has not been started.</source>
        <translation>Học phần này chưa bắt đầu.</translation>
    </message>
    <message>
        <source>Moved back to “%1”; the reason is recorded.</source>
        <translation>Đã lùi về “%1”; lý do đã được ghi lại.</translation>
    </message>
    <message numerus="yes">
        <source>%n new certificate number(s) given.</source>
        <translation>
            <numerusform>Đã cấp %n số giấy chứng nhận mới.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) in all.</source>
        <translation>
            <numerusform>Tổng cộng có %n giấy chứng nhận.</numerusform>
        </translation>
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
    <message>
        <source>Writing certificates</source>
        <translation>Đang tạo giấy chứng nhận</translation>
    </message>
    <message>
        <source>Save attendance sheet</source>
        <translation>Lưu bảng điểm danh</translation>
    </message>
    <message>
        <source>Attendance %1.pdf</source>
        <translation>Điểm danh %1.pdf</translation>
    </message>
    <message numerus="yes">
        <source>Saved the sign-in sheet (%n page(s)) to %1.</source>
        <translation>
            <numerusform>Đã lưu bảng điểm danh (%n trang) vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the attendance sheet</source>
        <translation>Đang tạo bảng điểm danh</translation>
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
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
</TS>
