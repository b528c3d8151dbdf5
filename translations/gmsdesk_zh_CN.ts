<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>&amp;About GMS Desk</source>
            <translation>关于 GMS Desk(&amp;A)</translation>
        </message>
        <message>
            <source>About GMS Desk</source>
            <translation>关于 GMS Desk</translation>
        </message>
        <message>
            <source>Qt %1, PySide6 %2, Python %3</source>
            <translation>Qt %1，PySide6 %2，Python %3</translation>
        </message>
        <message>
            <source>GMS Desk</source>
            <translation>GMS Desk</translation>
        </message>
        <message>
            <source>Version %1 (build %2)</source>
            <translation>版本 %1（构建 %2）</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>数据文件夹</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>打开文件夹</translation>
        </message>
        <message>
            <source>Your records, settings, backups and log are in this folder. Installing a new version of GMS Desk, or uninstalling it, leaves the folder as it is.</source>
            <translation>您的记录、设置、备份和日志都保存在此文件夹中。安装新版本的 GMS Desk 或卸载 GMS Desk 都不会改动此文件夹。</translation>
        </message>
        <message>
            <source>GMS Desk is free software under the MIT licence. Its fonts are under the SIL Open Font Licence (Noto) and the Bitstream Vera licence (GMS Symbols).</source>
            <translation>GMS Desk 是采用 MIT 许可证的自由软件。其字体采用 SIL 开放字体许可证（Noto）和 Bitstream Vera 许可证（GMS Symbols）。</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>复制详细信息</translation>
        </message>
    </context>
    <context>
        <name>AcknowledgeWidget</name>
        <message>
            <source>OK</source>
            <translation>确认</translation>
        </message>
    </context>
    <context>
        <name>ActivityList</name>
        <message>
            <source>Any date</source>
            <translation>任意日期</translation>
        </message>
        <message>
            <source>Open SME</source>
            <translation>打开中小企业</translation>
        </message>
        <message>
            <source>Search SME name…</source>
            <translation>搜索中小企业名称…</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>清除筛选条件</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>正在统计…</translation>
        </message>
        <message>
            <source>The list could not be loaded: %1</source>
            <translation>无法加载列表：%1</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <source>An administrator may move training progress back and retire survey forms. Anyone else can do everything else.</source>
            <translation>管理员可以退回培训进度和停用调查问卷。其他所有操作任何人都可以进行。</translation>
        </message>
        <message>
            <source>No administrator on this computer for now</source>
            <translation>本机暂不设管理员</translation>
        </message>
        <message>
            <source>Protect the administrator role with a password</source>
            <translation>用密码保护管理员角色</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <source>Password again:</source>
            <translation>再次输入密码：</translation>
        </message>
        <message>
            <source>Headquarters can also make this computer an administrator's when it enrols it: then no password is needed. The password is kept on this computer only; Settings sets or changes it later.</source>
            <translation>总部在注册本机时也可以将其设为管理员电脑，这样就不需要密码。密码只保存在本机上；以后可在“设置”中设置或修改。</translation>
        </message>
    </context>
    <context>
        <name>AdminPanel</name>
        <message>
            <source>This computer is an administrator's: headquarters made it so when it enrolled it. It may move training progress back and retire survey forms.</source>
            <translation>本机是管理员电脑：总部在注册本机时作了此设置。本机可以退回培训进度和停用调查问卷。</translation>
        </message>
        <message>
            <source>Administrator mode is on until GMS Desk closes: training progress may be moved back and survey forms retired.</source>
            <translation>管理员模式已开启，直到关闭 GMS Desk：可以退回培训进度和停用调查问卷。</translation>
        </message>
        <message>
            <source>Only an administrator may move training progress back and retire survey forms. “Administrator…” asks for the password.</source>
            <translation>只有管理员才能退回培训进度和停用调查问卷。点击“管理员…”将要求输入密码。</translation>
        </message>
        <message>
            <source>No administrator password is set on this computer: set one to allow moving training progress back and retiring survey forms here.</source>
            <translation>本机尚未设置管理员密码：设置密码后即可在本机退回培训进度和停用调查问卷。</translation>
        </message>
        <message>
            <source>End administrator mode</source>
            <translation>退出管理员模式</translation>
        </message>
        <message>
            <source>Administrator…</source>
            <translation>管理员…</translation>
        </message>
        <message>
            <source>Change administrator password…</source>
            <translation>修改管理员密码…</translation>
        </message>
        <message>
            <source>Set administrator password…</source>
            <translation>设置管理员密码…</translation>
        </message>
    </context>
    <context>
        <name>AdminPasswordDialog</name>
        <message>
            <source>Administrator password</source>
            <translation>管理员密码</translation>
        </message>
        <message>
            <source>An administrator may move training progress back and retire survey forms. The password is kept on this computer only, never sent.</source>
            <translation>管理员可以退回培训进度和停用调查问卷。密码只保存在本机上，永远不会发送出去。</translation>
        </message>
        <message>
            <source>Current password:</source>
            <translation>当前密码：</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>新密码：</translation>
        </message>
        <message>
            <source>New password again:</source>
            <translation>再次输入新密码：</translation>
        </message>
        <message>
            <source>Set password</source>
            <translation>设置密码</translation>
        </message>
        <message>
            <source>The current password is not right.</source>
            <translation>当前密码不正确。</translation>
        </message>
    </context>
    <context>
        <name>AdminUnlockDialog</name>
        <message>
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <source>This is not the administrator password.</source>
            <translation>这不是管理员密码。</translation>
        </message>
        <message>
            <source>Administrator mode lets you move training progress back and retire survey forms. It lasts until GMS Desk closes.</source>
            <translation>在管理员模式下可以退回培训进度和停用调查问卷。该模式持续到关闭 GMS Desk 为止。</translation>
        </message>
        <message>
            <source>Administrator password:</source>
            <translation>管理员密码：</translation>
        </message>
        <message>
            <source>Administrator mode</source>
            <translation>管理员模式</translation>
        </message>
    </context>
    <context>
        <name>AgencyDialog</name>
        <message>
            <source>Edit agency — %1</source>
            <translation>编辑机构 — %1</translation>
        </message>
        <message>
            <source>Headquarters gave this code when it added the agency.</source>
            <translation>此代码由总部在添加该机构时指定。</translation>
        </message>
        <message>
            <source>Names, separated by commas</source>
            <translation>名称，用逗号分隔</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>机构</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <source>Add service</source>
            <translation>添加服务</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>保存 (Ctrl+S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>放弃修改？</translation>
        </message>
        <message>
            <source>Discard your changes?</source>
            <translation>确定要放弃所做的修改吗？</translation>
        </message>
    </context>
    <context>
        <name>AgencyTableModel</name>
        <message>
            <source>Agency</source>
            <translation>机构</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>服务</translation>
        </message>
    </context>
    <context>
        <name>Attachments</name>
        <message>
            <source>This file is %1 MB; files up to %2 MB can be attached. Choose a smaller file (a photo taken at a lower resolution, a shorter recording).</source>
            <translation>此文件大小为 %1 MB；只能附加不超过 %2 MB 的文件。请选择较小的文件（以较低分辨率拍摄的照片、较短的录音）。</translation>
        </message>
    </context>
    <context>
        <name>AttendanceRuleEdit</name>
        <message>
            <source>Present every day</source>
            <translation>每天都出席</translation>
        </message>
        <message>
            <source>Present on at least</source>
            <translation>出席天数至少达到</translation>
        </message>
        <message>
            <source>Share of the days a participant must be present</source>
            <translation>学员必须出席的天数比例</translation>
        </message>
        <message>
            <source>of the workshop's days; 0 % asks no attendance</source>
            <translation>占培训班总天数的比例；0 % 表示不要求出勤</translation>
        </message>
    </context>
    <context>
        <name>AttendanceSheetDialog</name>
        <message>
            <source>Sign-in sheet</source>
            <translation>签到表</translation>
        </message>
        <message>
            <source>Day %1 — %2</source>
            <translation>第 %1 天 — %2</translation>
        </message>
        <message>
            <source>Print &amp;phone numbers</source>
            <translation>打印电话号码(&amp;P)</translation>
        </message>
        <message>
            <source>The sheet goes round the room for everyone to sign: phone numbers are left off unless you need them on paper.</source>
            <translation>签到表会在会场传阅，供大家签名，因此不打印电话号码，除非您需要在纸上列出。</translation>
        </message>
        <message>
            <source>This workshop has no days yet: give it dates first.</source>
            <translation>此培训班还没有日程：请先设置日期。</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>培训日(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>保存 PDF(&amp;S)…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>AttendanceView</name>
        <message>
            <source>Session &amp;day:</source>
            <translation>培训日(&amp;D)：</translation>
        </message>
        <message>
            <source>Type a name, then press Enter</source>
            <translation>输入姓名，然后按 Enter 键</translation>
        </message>
        <message>
            <source>Find a participant</source>
            <translation>查找学员</translation>
        </message>
        <message>
            <source>Enter marks the highlighted person present; ↑ ↓ choose another; Esc clears the search. %1 takes a mark off; Ctrl+Z undoes the last step.</source>
            <translation>按 Enter 键将选中的人标记为出席；↑ ↓ 选择其他人；Esc 清空搜索。%1 取消出席标记；Ctrl+Z 撤销上一步。</translation>
        </message>
        <message>
            <source>Not &amp;here (take the mark off)</source>
            <translation>未到（取消出席标记）(&amp;H)</translation>
        </message>
        <message>
            <source>Take the present mark off the highlighted person (%1)</source>
            <translation>取消选中人员的出席标记 (%1)</translation>
        </message>
        <message>
            <source>Sign-in &amp;sheet…</source>
            <translation>签到表(&amp;S)…</translation>
        </message>
        <message>
            <source>Print the day's sign-in sheet for people to sign (Ctrl+P)</source>
            <translation>打印当天的签到表供学员签名 (Ctrl+P)</translation>
        </message>
        <message>
            <source>Day %1 — %2</source>
            <translation>第 %1 天 — %2</translation>
        </message>
        <message>
            <source>Nobody enrolled matches “%1”.</source>
            <translation>没有与“%1”匹配的已报名学员。</translation>
        </message>
        <message>
            <source>%1 is already marked present. To take the mark off, press %2.</source>
            <translation>%1 已标记为出席。如需取消标记，请按 %2。</translation>
        </message>
        <message>
            <source>%1 is not marked present.</source>
            <translation>%1 未标记为出席。</translation>
        </message>
        <message>
            <source>mark %1 present</source>
            <translation>将 %1 标记为出席</translation>
        </message>
        <message>
            <source>mark %1 absent</source>
            <translation>将 %1 标记为缺席</translation>
        </message>
        <message>
            <source>✔ %1 is here.</source>
            <translation>✔ %1 已到。</translation>
        </message>
        <message>
            <source>The mark is off: %1 is not marked present.</source>
            <translation>已取消标记：%1 未标记为出席。</translation>
        </message>
        <message>
            <source>Present %1 of %2</source>
            <translation>出席 %1/%2</translation>
        </message>
    </context>
    <context>
        <name>BackupModel</name>
        <message>
            <source>Made</source>
            <translation>备份时间</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>检查</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>已通过</translation>
        </message>
    </context>
    <context>
        <name>BackupPreview</name>
        <message>
            <source>This backup was made on %1. It holds %2, %3 and %4.</source>
            <translation>此备份制作于 %1，包含 %2、%3 和 %4。</translation>
        </message>
        <message numerus="yes">
            <source>%n SME(s)</source>
            <translation>
                <numerusform>%n 家中小企业</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n workshop(s)</source>
            <translation>
                <numerusform>%n 个培训班</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n survey response(s)</source>
            <translation>
                <numerusform>%n 份调查答卷</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It also holds %n attached photo(s) or file(s) (%1).</source>
            <translation>
                <numerusform>此外还包含 %n 个附带的照片或文件（%1）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Why it was made: %1</source>
            <translation>备份原因：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n attached photo(s) or file(s) were put back.</source>
            <translation>
                <numerusform>已恢复 %n 个附带的照片或文件。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attached file(s) could not be put back (damaged in the backup). Files like these come from headquarters when opened, if it has them.</source>
            <translation>
                <numerusform>备份中有 %n 个附带的文件已损坏，未能恢复；打开时如果总部有这些文件，将从总部获取。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The end of the backup is damaged: %n attached file(s) could not be read.</source>
            <translation>
                <numerusform>备份末尾已损坏：有 %n 个附带的文件无法读取。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Every 30 minutes</source>
            <translation>每 30 分钟</translation>
        </message>
        <message>
            <source>At start, after GMS Desk was not closed properly</source>
            <translation>启动时（GMS Desk 上次未正常关闭）</translation>
        </message>
        <message>
            <source>Backed up by hand</source>
            <translation>手动备份</translation>
        </message>
        <message>
            <source>Before the database was upgraded</source>
            <translation>数据库升级前</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>导入前</translation>
        </message>
        <message>
            <source>Before a backup was restored</source>
            <translation>恢复备份前</translation>
        </message>
        <message>
            <source>Before many records were deleted</source>
            <translation>删除大量记录前</translation>
        </message>
        <message>
            <source>Before a form version was retired</source>
            <translation>停用问卷版本前</translation>
        </message>
        <message>
            <source>an unknown date</source>
            <translation>未知日期</translation>
        </message>
        <message>
            <source>Checking the database…</source>
            <translation>正在检查数据库…</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>正在恢复…</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>数据库已损坏</translation>
        </message>
        <message>
            <source>The database on this computer is damaged, so GMS Desk will not open it for writing.</source>
            <translation>本机的数据库已损坏，因此 GMS Desk 不会以可写方式打开它。</translation>
        </message>
        <message>
            <source>The newest backup was made on %1 (%2). Restore it? The damaged database is kept as it is in the backups folder.</source>
            <translation>最新的备份制作于 %1（%2）。要恢复此备份吗？已损坏的数据库会原样保留在备份文件夹中。</translation>
        </message>
        <message>
            <source>Restore this backup</source>
            <translation>恢复此备份</translation>
        </message>
        <message>
            <source>There is no backup of it on this computer. Restore one from a file (a USB stick), or copy the folder %1 for your support contact.</source>
            <translation>本机上没有它的备份。请从文件（如 U 盘）恢复，或复制文件夹 %1 交给技术支持人员。</translation>
        </message>
        <message>
            <source>Restore from a file…</source>
            <translation>从文件恢复…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Restore from a file</source>
            <translation>从文件恢复</translation>
        </message>
        <message>
            <source>GMS Desk backups (%1)</source>
            <translation>GMS Desk 备份 (%1)</translation>
        </message>
        <message>
            <source>Making a backup first…</source>
            <translation>正在先制作备份…</translation>
        </message>
    </context>
    <context>
        <name>BackupsPanel</name>
        <message>
            <source>GMS Desk backs up your data every 30 minutes while something changes, when it starts after it was not closed properly, and before risky work such as an import or a restore. Each backup is checked when it is made.</source>
            <translation>数据有变动时，GMS Desk 每 30 分钟备份一次；上次未正常关闭时，启动时会备份；在导入、恢复等有风险的操作之前也会备份。每个备份在生成时都会经过检查。</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>立即备份</translation>
        </message>
        <message>
            <source>Back up to…</source>
            <translation>备份到…</translation>
        </message>
        <message>
            <source>A copy in a folder you choose, such as a USB stick, encrypted with a passphrase if you give one</source>
            <translation>在您选择的文件夹（例如 U 盘）中保存一份副本；如果设置了密码，副本会加密</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>恢复…</translation>
        </message>
        <message>
            <source>Put the selected backup back</source>
            <translation>恢复选中的备份</translation>
        </message>
        <message>
            <source>Restore from a file…</source>
            <translation>从文件恢复…</translation>
        </message>
        <message>
            <source>Kept in</source>
            <translation>保存位置</translation>
        </message>
        <message>
            <source>Room for backups</source>
            <translation>备份占用空间上限</translation>
        </message>
        <message>
            <source>Automatic (%1)</source>
            <translation>自动（%1）</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>自动</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s), %1 in all</source>
            <translation>
                <numerusform>%n 个备份，共 %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>正在备份…</translation>
        </message>
        <message>
            <source>Back up to</source>
            <translation>备份到</translation>
        </message>
        <message>
            <source>The backup was written, encrypted, to %1.</source>
            <translation>已将加密备份写入 %1。</translation>
        </message>
        <message>
            <source>The backup was written to %1.</source>
            <translation>已将备份写入 %1。</translation>
        </message>
        <message>
            <source>Restore from a file</source>
            <translation>从文件恢复</translation>
        </message>
        <message>
            <source>Reading the backup…</source>
            <translation>正在读取备份…</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <source>Restoring replaces the data on this computer with this backup. What is here now is backed up first. Changes already sent to headquarters come back at the next sync.</source>
            <translation>恢复操作会用此备份替换本机上的数据，本机现有的数据会先备份。已发送到总部的修改会在下次同步时取回。</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>GMS Desk backups (%1)</source>
            <translation>GMS Desk 备份 (%1)</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>The backup was restored.</source>
            <translation>备份已恢复。</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>正在恢复…</translation>
        </message>
    </context>
    <context>
        <name>BarcodeWidget</name>
        <message>
            <source>Read from a photo of the barcode…</source>
            <translation>从条形码照片中读取…</translation>
        </message>
        <message>
            <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</source>
            <translation>照片 (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</translation>
        </message>
        <message>
            <source>No barcode could be read in this photo. Type the number under the bars instead.</source>
            <translation>无法从此照片中读取条形码。请改为输入条形码下方的数字。</translation>
        </message>
    </context>
    <context>
        <name>BenchmarkView</name>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>比较</translation>
        </message>
        <message>
            <source>Benchmark</source>
            <translation>对标表</translation>
        </message>
        <message>
            <source>compared by</source>
            <translation>比较对象</translation>
        </message>
        <message>
            <source>Benchmarking ranks agencies, provinces or economies side by side on one indicator, for the period and the places chosen above, each against its own target. Choose the indicator and what to compare them by; the ranking shows here once its figures are computed.</source>
            <translation>对标比较按同一指标，将上方所选期间和地点内的机构、省/州市或国家/地区并列排名，各自对照其自身的目标。请选择指标和比较对象；数据计算完成后，排名将显示在这里。</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>机构</translation>
        </message>
        <message>
            <source>Provinces</source>
            <translation>省/州市</translation>
        </message>
        <message>
            <source>Economies</source>
            <translation>国家/地区</translation>
        </message>
        <message>
            <source>Nothing was recorded for this selection.</source>
            <translation>所选范围内没有任何记录。</translation>
        </message>
        <message>
            <source>No indicator can be compared here: benchmarking needs an indicator counted by province or economy (by agency too, on a headquarters laptop).</source>
            <translation>此处没有可比较的指标：对标比较需要按省/州市或国家/地区统计的指标（在总部的电脑上，也可按机构统计）。</translation>
        </message>
        <message>
            <source>Nothing to rank: no records count towards “%1” for the period and the places chosen above. Once records of it are entered here or received by sync, they show here, ranked; a longer period or fewer filters may find some.</source>
            <translation>没有可排名的内容：在上方所选的期间和地点内，没有计入“%1”的记录。此类记录在本机录入或通过同步收到后，会在这里排名显示；延长期间或减少筛选条件也许能找到一些记录。</translation>
        </message>
        <message>
            <source>Ranked by the actual value. Each is measured against its own target; double-click a row to see the records behind it.</source>
            <translation>按实际值排名。各项均对照其自身的目标衡量；双击某行可查看其背后的记录。</translation>
        </message>
    </context>
    <context>
        <name>BreakdownView</name>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>分类统计</translation>
        </message>
        <message>
            <source>by</source>
            <translation>按</translation>
        </message>
        <message>
            <source>and</source>
            <translation>和</translation>
        </message>
        <message>
            <source>(nothing else)</source>
            <translation>（不再细分）</translation>
        </message>
        <message>
            <source>Nothing was recorded for this selection.</source>
            <translation>所选范围内没有任何记录。</translation>
        </message>
        <message>
            <source>Double-click a number to see the records behind it.</source>
            <translation>双击数字可查看其背后的记录。</translation>
        </message>
    </context>
    <context>
        <name>CameraDialog</name>
        <message>
            <source>Take a photo</source>
            <translation>拍照</translation>
        </message>
        <message>
            <source>Take</source>
            <translation>拍摄</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>CertificatePreviewDialog</name>
        <message>
            <source>Certificates — preview</source>
            <translation>证书 — 预览</translation>
        </message>
        <message>
            <source>Certificates in this file</source>
            <translation>此文件中的证书</translation>
        </message>
        <message>
            <source>(new)</source>
            <translation>（新）</translation>
        </message>
        <message>
            <source>← &amp;Previous</source>
            <translation>← 上一页(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Next →</source>
            <translation>下一页(&amp;N) →</translation>
        </message>
        <message>
            <source>Open in the PDF &amp;viewer</source>
            <translation>在 PDF 阅读器中打开(&amp;V)</translation>
        </message>
        <message>
            <source>The certificates cannot be shown here: this computer has no program to draw PDF pages in GMS Desk.

To check them before they are issued, press “Open in the PDF viewer” below. Or save the PDF and open it from its folder.</source>
            <translation>无法在此显示证书：本机没有可在 GMS Desk 中绘制 PDF 页面的程序。

如需在颁发前查看证书，请按下方的“在 PDF 阅读器中打开”。也可以保存 PDF，再从其所在的文件夹中打开。</translation>
        </message>
        <message numerus="yes">
            <source>Saving gives %n new certificate number(s), dated %1. Numbers once given stay with the person.</source>
            <translation>
                <numerusform>保存时将分配 %n 个新证书编号，日期为 %1。编号一经分配，永久归该学员所有。</numerusform>
            </translation>
        </message>
        <message>
            <source>Everyone here already holds a certificate number: saving writes the PDF again.</source>
            <translation>这里的每个人都已有证书编号：保存将重新生成 PDF。</translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s) in this file.</source>
            <translation>
                <numerusform>此文件中共有 %n 份证书。</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Issue and save PDF…</source>
            <translation>颁发并保存 PDF(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>保存 PDF(&amp;S)…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
        <message numerus="yes">
            <source>Only the first %n page(s) are shown here; the PDF has them all.</source>
            <translation>
                <numerusform>此处只显示前 %n 页；PDF 中包含全部页面。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CertificateSettings</name>
        <message>
            <source>Logo…</source>
            <translation>徽标…</translation>
        </message>
        <message>
            <source>Choose the agency's logo: a PNG or JPEG image of at most 2 MB</source>
            <translation>选择机构徽标：不超过 2 MB 的 PNG 或 JPEG 图片</translation>
        </message>
        <message>
            <source>Remove logo</source>
            <translation>删除徽标</translation>
        </message>
        <message>
            <source>Printed at the top of every certificate, above the agency's name. GMS Desk keeps a copy: the file chosen may be moved or deleted afterwards.</source>
            <translation>打印在每份证书的顶部、机构名称的上方。GMS Desk 会保存一份副本：之后可以移动或删除所选的文件。</translation>
        </message>
        <message>
            <source>New workshops start with this rule, and so does a workshop that has none of its own. Each workshop keeps its own rule, set when it is edited, the same on every computer.</source>
            <translation>新培训班默认采用此规则，没有自己规则的培训班也采用此规则。每个培训班都保留自己的规则（在编辑培训班时设置），在所有电脑上都相同。</translation>
        </message>
        <message>
            <source>Issuing agency</source>
            <translation>颁发机构</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>徽标</translation>
        </message>
        <message>
            <source>Attendance for a certificate</source>
            <translation>获得证书的出勤要求</translation>
        </message>
        <message>
            <source>Not known until this computer is enrolled in the Sync area</source>
            <translation>在“同步”页面注册本机后才能确定</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>无徽标</translation>
        </message>
        <message>
            <source>Choose the agency's logo</source>
            <translation>选择机构徽标</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
            <translation>图片 (*.png *.jpg *.jpeg);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Certificates print this logo from now on.</source>
            <translation>今后证书将打印此徽标。</translation>
        </message>
        <message>
            <source>Certificates print no logo from now on.</source>
            <translation>今后证书将不打印徽标。</translation>
        </message>
    </context>
    <context>
        <name>CertificatesView</name>
        <message>
            <source>Share of the days a participant must be present</source>
            <translation>学员须出席的天数比例</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>全部天数</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Latin letters</source>
            <translation>姓名（拉丁字母）</translation>
        </message>
        <message>
            <source>Days present</source>
            <translation>出席天数</translation>
        </message>
        <message>
            <source>Modules completed</source>
            <translation>已完成模块</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>证书</translation>
        </message>
        <message>
            <source>&amp;Issue and save certificates…</source>
            <translation>颁发并保存证书(&amp;I)…</translation>
        </message>
        <message>
            <source>Preview the certificates, then give their numbers and save them as one PDF</source>
            <translation>先预览证书，再分配编号并保存为一个 PDF 文件</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>打开文件夹</translation>
        </message>
        <message>
            <source>Present on at &amp;least:</source>
            <translation>至少出席(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Date on the certificates:</source>
            <translation>证书日期(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Language of the PDF:</source>
            <translation>PDF 语言(&amp;L)：</translation>
        </message>
        <message>
            <source>Never before the last day (%1).</source>
            <translation>不得早于最后一天（%1）。</translation>
        </message>
        <message>
            <source>Qualifies: numbered when you issue</source>
            <translation>符合条件：颁发时编号</translation>
        </message>
        <message>
            <source>modules not all completed</source>
            <translation>模块未全部完成</translation>
        </message>
        <message>
            <source>present %1 of the %2 days needed</source>
            <translation>出席 %1 天，需 %2 天</translation>
        </message>
        <message>
            <source>Not yet: %1</source>
            <translation>暂不符合：%1</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message numerus="yes">
            <source>of the days (%1 of %n day(s))</source>
            <translation>
                <numerusform>的天数（%n 天中的 %1 天）</numerusform>
            </translation>
        </message>
        <message>
            <source>A certificate goes to each participant who completed every module and was present on enough days.</source>
            <translation>完成全部模块且出席天数达到要求的学员均可获得证书。</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) qualify;</source>
            <translation>
                <numerusform>%n 名学员符合条件；</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s) issued.</source>
            <translation>
                <numerusform>已颁发 %n 份证书。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more will be numbered when you issue.</source>
            <translation>
                <numerusform>另有 %n 份将在颁发时编号。</numerusform>
            </translation>
        </message>
        <message>
            <source>This computer is not enrolled with an agency yet: the certificates will not name the issuing agency. Enrol it in the Sync area first.</source>
            <translation>本机尚未注册到任何机构：证书上不会显示颁发机构。请先在“同步”页面注册本机。</translation>
        </message>
        <message>
            <source>This workshop has not started yet (first day: %1). Certificates are issued after its last day.</source>
            <translation>此培训班尚未开始（第一天：%1）。证书在最后一天之后颁发。</translation>
        </message>
        <message>
            <source>This workshop is “%1” until its last day (%2). Certificates are issued after it.</source>
            <translation>此培训班在最后一天（%2）之前处于“%1”状态。证书在此之后颁发。</translation>
        </message>
        <message>
            <source>Issue certificates now anyway? They are dated %1 and go only to those who already meet every rule.</source>
            <translation>仍要现在颁发证书吗？证书日期为 %1，只颁发给已满足全部条件的学员。</translation>
        </message>
        <message>
            <source>Workshop not over</source>
            <translation>培训班尚未结束</translation>
        </message>
        <message>
            <source>Issue before the end</source>
            <translation>提前颁发</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Preparing the preview…</source>
            <translation>正在准备预览…</translation>
        </message>
        <message>
            <source>Cancelled; nothing was issued or saved.</source>
            <translation>已取消，未颁发或保存任何内容。</translation>
        </message>
        <message>
            <source>Preparing the certificates</source>
            <translation>正在准备证书</translation>
        </message>
        <message>
            <source>Save certificates</source>
            <translation>保存证书</translation>
        </message>
        <message>
            <source>Certificates — %1.pdf</source>
            <translation>证书 — %1.pdf</translation>
        </message>
        <message>
            <source>PDF file (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved; nothing was issued.</source>
            <translation>未保存，未颁发任何证书。</translation>
        </message>
        <message>
            <source>Writing certificates…</source>
            <translation>正在生成证书…</translation>
        </message>
        <message>
            <source>Cancelled; no file was written.</source>
            <translation>已取消，未写入任何文件。</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n certificate(s) to %1.</source>
            <translation>
                <numerusform>已将 %n 份证书保存到 %1。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Issued %n new certificate(s).</source>
            <translation>
                <numerusform>已颁发 %n 份新证书。</numerusform>
            </translation>
        </message>
        <message>
            <source>Writing certificates</source>
            <translation>正在生成证书</translation>
        </message>
    </context>
    <context>
        <name>ConflictTableModel</name>
        <message>
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Value in use</source>
            <translation>使用中的值</translation>
        </message>
        <message>
            <source>Changed on</source>
            <translation>修改于</translation>
        </message>
        <message>
            <source>Other value</source>
            <translation>另一个值</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>本机</translation>
        </message>
        <message>
            <source>computer %1</source>
            <translation>电脑 %1</translation>
        </message>
        <message>
            <source>another computer</source>
            <translation>另一台电脑</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1，%2</translation>
        </message>
        <message>
            <source>Keep this</source>
            <translation>保留此值</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <source>← Back to sync</source>
            <translation>← 返回同步</translation>
        </message>
        <message>
            <source>Conflicts to resolve</source>
            <translation>待解决的冲突</translation>
        </message>
        <message>
            <source>Two people changed the same field before their computers synced. Every computer now shows the value in use; check which value is right and keep it, or type the right value. Your choice is sent to everyone at the next sync.</source>
            <translation>有两个人在各自电脑同步之前修改了同一字段。现在所有电脑都显示使用中的值；请确认哪个值正确并保留它，或输入正确的值。您的选择将在下次同步时发送给所有人。</translation>
        </message>
        <message>
            <source>No conflicts to resolve.</source>
            <translation>没有待解决的冲突。</translation>
        </message>
        <message>
            <source>Value in use now</source>
            <translation>使用中的值</translation>
        </message>
        <message>
            <source>Other value</source>
            <translation>另一个值</translation>
        </message>
        <message>
            <source>Type the right value</source>
            <translation>输入正确的值</translation>
        </message>
        <message>
            <source>Use this value</source>
            <translation>使用此值</translation>
        </message>
        <message>
            <source>Or the right value:</source>
            <translation>或输入正确的值：</translation>
        </message>
        <message>
            <source>Changed on %1</source>
            <translation>修改于%1</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
    </context>
    <context>
        <name>Country</name>
        <message>
            <source>Cambodia</source>
            <translation>柬埔寨</translation>
        </message>
        <message>
            <source>Lao PDR</source>
            <translation>老挝</translation>
        </message>
        <message>
            <source>Myanmar</source>
            <translation>缅甸</translation>
        </message>
        <message>
            <source>Thailand</source>
            <translation>泰国</translation>
        </message>
        <message>
            <source>Viet Nam</source>
            <translation>越南</translation>
        </message>
        <message>
            <source>Yunnan (China)</source>
            <translation>中国云南</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>No indicators yet.</source>
            <translation>还没有指标。</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>实际值</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标值</translation>
        </message>
        <message>
            <source>Against target</source>
            <translation>对照目标</translation>
        </message>
        <message>
            <source>Trend (dashed: target)</source>
            <translation>趋势（虚线：目标）</translation>
        </message>
        <message>
            <source>What this indicator counts</source>
            <translation>此指标统计什么</translation>
        </message>
        <message>
            <source>Show the records behind this number</source>
            <translation>显示此数字背后的记录</translation>
        </message>
        <message>
            <source>Break this indicator down (by sex, province, agency…)</source>
            <translation>细分此指标（按性别、省/州市、机构…）</translation>
        </message>
        <message>
            <source>No definition was given.</source>
            <translation>未提供定义。</translation>
        </message>
        <message>
            <source>Not counted by %1</source>
            <translation>不按%1统计</translation>
        </message>
        <message>
            <source>Baseline: %1</source>
            <translation>基线值：%1</translation>
        </message>
        <message>
            <source>No target for this selection. The wider target that applies is %1.</source>
            <translation>所选范围没有目标。适用的上一级目标为 %1。</translation>
        </message>
        <message>
            <source>No target for this selection.</source>
            <translation>所选范围没有目标。</translation>
        </message>
        <message>
            <source>In several currencies: choose an economy</source>
            <translation>涉及多种货币：请选择国家/地区</translation>
        </message>
        <message>
            <source>target %1</source>
            <translation>目标 %1</translation>
        </message>
    </context>
    <context>
        <name>DemoBanner</name>
        <message>
            <source>Remove demo data…</source>
            <translation>删除演示数据…</translation>
        </message>
        <message>
            <source>Delete every record the demo made; what you entered yourself is kept</source>
            <translation>删除演示生成的所有记录；您自己录入的内容会保留</translation>
        </message>
        <message numerus="yes">
            <source>Demo data: %Ln record(s) on this computer were made by the demo, to try GMS Desk out. They are never sent to headquarters.</source>
            <translation>
                <numerusform>演示数据：本机上有 %Ln 条记录是演示生成的，供试用 GMS Desk。这些记录永远不会发送到总部。</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove demo data</source>
            <translation>删除演示数据</translation>
        </message>
        <message numerus="yes">
            <source>Remove the %Ln demo record(s) from this computer? Records you entered yourself are kept. Removed demo data cannot be brought back (run the demo again for new data).</source>
            <translation>
                <numerusform>要从本机删除 %Ln 条演示记录吗？您自己录入的记录会保留。删除的演示数据无法找回（可再次运行演示生成新数据）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Removing demo data…</source>
            <translation>正在删除演示数据…</translation>
        </message>
    </context>
    <context>
        <name>DemoFolderBanner</name>
        <message>
            <source>Leave demo data…</source>
            <translation>退出演示数据…</translation>
        </message>
        <message>
            <source>Demo data: you are trying GMS Desk in a separate folder of made-up records. Nothing here is ever sent to headquarters, and your own data is not here.</source>
            <translation>演示数据：您正在一个单独的文件夹中用虚构的记录试用 GMS Desk。这里的内容永远不会发送到总部，您自己的数据也不在这里。</translation>
        </message>
    </context>
    <context>
        <name>DemoPage</name>
        <message>
            <source>Try it out</source>
            <translation>试用</translation>
        </message>
        <message>
            <source>Made-up SMEs, workshops and events to try GMS Desk with, before you enter your own.</source>
            <translation>用虚构的中小企业、培训班和活动试用 GMS Desk，然后再录入您自己的数据。</translation>
        </message>
        <message>
            <source>Try it with demo data</source>
            <translation>使用演示数据试用</translation>
        </message>
        <message>
            <source>The demo data is kept in a separate demo data folder: it never mixes with your own data, and nothing in it is ever sent to headquarters. A yellow banner shows while you are in it; “Leave demo data” deletes it and opens your own data.</source>
            <translation>演示数据保存在单独的演示数据文件夹中：不会与您自己的数据混在一起，其中的内容也永远不会发送到总部。使用演示数据期间会显示黄色横幅；点击“退出演示数据”将删除演示数据并打开您自己的数据。</translation>
        </message>
    </context>
    <context>
        <name>DrillDialog</name>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>Save every record behind this number as an Excel workbook or a CSV file</source>
            <translation>将此数字背后的全部记录保存为 Excel 工作簿或 CSV 文件</translation>
        </message>
        <message>
            <source>Opening the records</source>
            <translation>正在打开记录</translation>
        </message>
        <message>
            <source>The first %1 records; the export writes them all.</source>
            <translation>显示前 %1 条记录；导出时会写入全部记录。</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n 条记录</numerusform>
            </translation>
        </message>
        <message>
            <source>The records could not be read.</source>
            <translation>无法读取记录。</translation>
        </message>
        <message>
            <source>Export records</source>
            <translation>导出记录</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>导出已取消，未写入任何文件。</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n record(s) to %1.</source>
            <translation>
                <numerusform>已将 %n 条记录导出到 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting records</source>
            <translation>正在导出记录</translation>
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message>
            <source>Enrol participants</source>
            <translation>学员报名</translation>
        </message>
        <message>
            <source>Search people and SMEs: name, phone…</source>
            <translation>搜索人员和中小企业：姓名、电话…</translation>
        </message>
        <message>
            <source>&amp;Enrol this person</source>
            <translation>为此人报名(&amp;E)</translation>
        </message>
        <message>
            <source>Already known</source>
            <translation>已有记录</translation>
        </message>
        <message>
            <source>People</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Search people and SMEs</source>
            <translation>搜索人员和中小企业</translation>
        </message>
        <message>
            <source>SMEs</source>
            <translation>中小企业</translation>
        </message>
        <message>
            <source>&amp;People</source>
            <translation>人员(&amp;P)</translation>
        </message>
        <message>
            <source>SMEs (pick one for a new person)</source>
            <translation>中小企业（为新人员选择一家）</translation>
        </message>
        <message>
            <source>e.g. owner, marketing staff</source>
            <translation>例如：企业主、营销人员</translation>
        </message>
        <message>
            <source>New S&amp;ME…</source>
            <translation>新增中小企业(&amp;M)…</translation>
        </message>
        <message>
            <source>No SME</source>
            <translation>无所属企业</translation>
        </message>
        <message>
            <source>&amp;Add and enrol</source>
            <translation>添加并报名(&amp;A)</translation>
        </message>
        <message>
            <source>Add this person and enrol them (Enter in any of their fields)</source>
            <translation>添加此人并为其报名（在任一栏中按 Enter 键）</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>新人员</translation>
        </message>
        <message>
            <source>&amp;Name (own script):</source>
            <translation>姓名（当地文字）(&amp;N)：</translation>
        </message>
        <message>
            <source>Name in &amp;Latin letters:</source>
            <translation>姓名（拉丁字母）(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Gender:</source>
            <translation>性别(&amp;G)：</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>职务(&amp;R)：</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>电话(&amp;H)：</translation>
        </message>
        <message>
            <source>Nobody found. Enter starts a new person with this name.</source>
            <translation>未找到任何人。按 Enter 键可用此姓名新建人员。</translation>
        </message>
        <message>
            <source>No SME found.</source>
            <translation>未找到中小企业。</translation>
        </message>
        <message>
            <source>Type a name or phone number above to search; Enter enrols the highlighted person.</source>
            <translation>在上方输入姓名或电话号码进行搜索；按 Enter 键为选中的人员报名。</translation>
        </message>
        <message>
            <source>Type above to find an SME for a new person.</source>
            <translation>在上方输入内容，为新人员查找中小企业。</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) in this workshop.</source>
            <translation>
                <numerusform>此培训班共有 %n 名学员。</numerusform>
            </translation>
        </message>
        <message>
            <source>Discard the new person?</source>
            <translation>放弃新人员？</translation>
        </message>
        <message>
            <source>You started typing a new person who is not enrolled yet. Close and discard what you typed?</source>
            <translation>您已开始录入一位尚未报名的新人员。要关闭并放弃已录入的内容吗？</translation>
        </message>
        <message>
            <source>SME:</source>
            <translation>中小企业：</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>This person may already be known. Enrol them instead of adding them again, or add them if it is someone else:</source>
            <translation>此人可能已有记录。请直接为其报名，不要重复添加；如果是另一个人，则添加新人员：</translation>
        </message>
        <message>
            <source>Enrol this one</source>
            <translation>为此人报名</translation>
        </message>
        <message>
            <source>Nobody known matches “%1”. Add them as a new person: their details, then Enter.</source>
            <translation>没有与“%1”匹配的已有人员。请作为新人员添加：填写其信息，然后按 Enter 键。</translation>
        </message>
        <message>
            <source>(already enrolled)</source>
            <translation>（已报名）</translation>
        </message>
        <message>
            <source>%1 is already enrolled in this workshop.</source>
            <translation>%1 已报名此培训班。</translation>
        </message>
        <message>
            <source>New: %1 (saved with the person)</source>
            <translation>新增：%1（与此人一并保存）</translation>
        </message>
        <message>
            <source>None — pick one on the left, or add a new SME</source>
            <translation>无 — 请在左侧选择一家，或新增中小企业</translation>
        </message>
        <message>
            <source>Enter the person's name.</source>
            <translation>请输入姓名。</translation>
        </message>
        <message>
            <source>Look at the yellow box first: enrol the person already known, or press Enter again to add a new one.</source>
            <translation>请先查看黄色框：为已有记录的人员报名，或再按一次 Enter 键添加新人员。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>same name</source>
            <translation>姓名相同</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>电话相同</translation>
        </message>
        <message>
            <source>Enrolled %1.</source>
            <translation>%1 已报名。</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>GMS Desk may not write to this place. Choose another folder.</source>
            <translation>GMS Desk 无权写入此位置，请选择其他文件夹。</translation>
        </message>
        <message>
            <source>The file was not found.</source>
            <translation>找不到文件。</translation>
        </message>
        <message>
            <source>GMS Desk</source>
            <translation>GMS Desk</translation>
        </message>
        <message>
            <source>GMS Desk — unexpected error</source>
            <translation>GMS Desk — 意外错误</translation>
        </message>
        <message>
            <source>Something went wrong inside GMS Desk. Your saved work is safe. Please send the details below to your support contact.</source>
            <translation>GMS Desk 内部出现错误。您已保存的数据是安全的。请将以下详细信息发送给您的技术支持人员。</translation>
        </message>
        <message>
            <source>Headquarters published this record for every agency: it can be read here but not changed.</source>
            <translation>此记录由总部发布给所有机构：在此只能查看，不能修改。</translation>
        </message>
        <message>
            <source>The disk is full. Free some space, then try again; what you saved before is safe.</source>
            <translation>磁盘已满。请释放一些空间后重试；之前保存的内容不会丢失。</translation>
        </message>
        <message>
            <source>The database is busy: another program, perhaps a second copy of GMS Desk, is writing to it. Wait a moment, then try again; what you saved before is safe.</source>
            <translation>数据库正忙：另一个程序（可能是另一个 GMS Desk）正在写入。请稍候再试；之前保存的内容不会丢失。</translation>
        </message>
        <message>
            <source>GMS Desk may not write to its database file or to the folder it is in. Allow writing there (or ask whoever looks after this computer), then try again; what you saved before is safe.</source>
            <translation>GMS Desk 无权写入其数据库文件或所在的文件夹。请允许在该处写入（或请本机的管理人员处理），然后重试；之前保存的内容不会丢失。</translation>
        </message>
        <message>
            <source>This file is damaged or is not a GMS Desk database. Do not delete it: restore the database from a backup, or ask your support contact for help.</source>
            <translation>此文件已损坏，或不是 GMS Desk 数据库。请勿删除：请从备份恢复数据库，或向技术支持人员求助。</translation>
        </message>
        <message>
            <source>The database file could not be read or written (a disk or network error). Check that the disk or USB drive is still connected, then try again.</source>
            <translation>无法读写数据库文件（磁盘或网络错误）。请检查磁盘或 U 盘是否仍然连接，然后重试。</translation>
        </message>
        <message>
            <source>The copy of the database did not pass its check, so it was not kept: the database itself may be damaged. Restore the newest good backup (Settings, Backups), or ask your support contact for help.</source>
            <translation>数据库副本未通过检查，因此未保留：数据库本身可能已损坏。请恢复最新的完好备份（“设置”中的“备份”），或向技术支持人员求助。</translation>
        </message>
        <message>
            <source>This file is not a GMS Desk backup, or it is damaged. Choose another backup.</source>
            <translation>此文件不是 GMS Desk 备份，或已损坏。请选择其他备份。</translation>
        </message>
        <message>
            <source>This backup is encrypted. Enter its passphrase.</source>
            <translation>此备份已加密。请输入其密码。</translation>
        </message>
        <message>
            <source>The passphrase is not the one this backup was encrypted with. Check it (capital letters count) and try again.</source>
            <translation>密码与加密此备份时使用的不一致。请检查（注意区分大小写）后重试。</translation>
        </message>
        <message>
            <source>This backup file was changed or cut short after it was made, so it cannot be trusted and was not used. Use another copy of it.</source>
            <translation>此备份文件在生成后被修改或截断，不可信，因此未使用。请使用它的另一份副本。</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>Edit event</source>
            <translation>编辑活动</translation>
        </message>
        <message>
            <source>New event</source>
            <translation>新建活动</translation>
        </message>
        <message>
            <source>Listeners, viewers or readers the media reached</source>
            <translation>媒体覆盖的听众、观众或读者人数</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K)：</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>名称(&amp;T)：</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <source>&amp;Dates:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Economy:</source>
            <translation>国家/地区(&amp;E)：</translation>
        </message>
        <message>
            <source>&amp;Province:</source>
            <translation>省/州市(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Venue:</source>
            <translation>地点(&amp;V)：</translation>
        </message>
        <message>
            <source>&amp;Organiser:</source>
            <translation>主办方(&amp;O)：</translation>
        </message>
        <message>
            <source>Who came</source>
            <translation>参加人员</translation>
        </message>
        <message>
            <source>&amp;Women:</source>
            <translation>女性(&amp;W)：</translation>
        </message>
        <message>
            <source>&amp;Men:</source>
            <translation>男性(&amp;M)：</translation>
        </message>
        <message>
            <source>Ot&amp;her or not recorded:</source>
            <translation>其他或未记录(&amp;H)：</translation>
        </message>
        <message>
            <source>Or&amp;ganisations represented:</source>
            <translation>参加单位数(&amp;G)：</translation>
        </message>
        <message>
            <source>Media &amp;reach:</source>
            <translation>媒体覆盖人数(&amp;R)：</translation>
        </message>
        <message>
            <source>In all:</source>
            <translation>合计：</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>备注(&amp;N)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Save (Enter or Ctrl+S)</source>
            <translation>保存 (Enter 或 Ctrl+S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>SMEs reached</source>
            <translation>覆盖的中小企业</translation>
        </message>
        <message>
            <source>Type a name or phone, then Enter</source>
            <translation>输入名称或电话，然后按 Enter 键</translation>
        </message>
        <message>
            <source>Find an SME</source>
            <translation>查找中小企业</translation>
        </message>
        <message>
            <source>SMEs found</source>
            <translation>找到的中小企业</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>移除(&amp;M)</translation>
        </message>
        <message>
            <source>Remove the SME chosen (Del)</source>
            <translation>移除所选中小企业 (Del)</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>查找(&amp;F)：</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>(chosen)</source>
            <translation>（已选）</translation>
        </message>
        <message numerus="yes">
            <source>%n SME(s) chosen</source>
            <translation>
                <numerusform>已选 %n 家中小企业</numerusform>
            </translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>放弃修改？</translation>
        </message>
        <message>
            <source>Discard your changes?</source>
            <translation>确定要放弃所做的修改吗？</translation>
        </message>
    </context>
    <context>
        <name>EventTableModel</name>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>活动</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>女性</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>男性</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>参加人数</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>单位数</translation>
        </message>
        <message>
            <source>Media reach</source>
            <translation>媒体覆盖人数</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>机构</translation>
        </message>
    </context>
    <context>
        <name>Events</name>
        <message>
            <source>Road show</source>
            <translation>路演</translation>
        </message>
        <message>
            <source>Media campaign</source>
            <translation>媒体宣传</translation>
        </message>
        <message>
            <source>Launch</source>
            <translation>启动仪式</translation>
        </message>
        <message>
            <source>Stakeholder consultation</source>
            <translation>利益相关方磋商会</translation>
        </message>
        <message>
            <source>Seminar</source>
            <translation>研讨会</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>EventsView</name>
        <message>
            <source>New event</source>
            <translation>新建活动</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>No awareness events yet. Press Ctrl+N to record a road show, media campaign, launch, consultation or seminar: who came, how many women and men, and the SMEs it reached.</source>
            <translation>还没有宣传活动。按 Ctrl+N 记录一次路演、媒体宣传、启动仪式、磋商会或研讨会：有谁参加、男女各多少人，以及覆盖了哪些中小企业。</translation>
        </message>
        <message>
            <source>Search title, organiser, venue…</source>
            <translation>搜索名称、主办方、地点…</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <source>Deleted events</source>
            <translation>已删除的活动</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>国家/地区</translation>
        </message>
        <message>
            <source>Any economy</source>
            <translation>全部国家/地区</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>省/州市</translation>
        </message>
        <message>
            <source>Any province</source>
            <translation>全部省/州市</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>时间段</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>全部时间</translation>
        </message>
        <message>
            <source>From</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>To</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>机构</translation>
        </message>
        <message>
            <source>All agencies</source>
            <translation>全部机构</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>本季度</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>上季度</translation>
        </message>
        <message>
            <source>Dates…</source>
            <translation>指定日期…</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n 场活动</numerusform>
            </translation>
        </message>
        <message>
            <source>audience %1: %2 women, %3 men, %4 other or not recorded</source>
            <translation>参加人数 %1：女性 %2，男性 %3，其他或未记录 %4</translation>
        </message>
        <message>
            <source>%1 organisations</source>
            <translation>%1 个单位</translation>
        </message>
        <message>
            <source>media reach %1</source>
            <translation>媒体覆盖 %1</translation>
        </message>
        <message>
            <source>Organiser: %1</source>
            <translation>主办方：%1</translation>
        </message>
        <message>
            <source>SMEs reached (%1): %2</source>
            <translation>覆盖的中小企业（%1）：%2</translation>
        </message>
        <message>
            <source>add “%1”</source>
            <translation>添加“%1”</translation>
        </message>
        <message>
            <source>edit “%1”</source>
            <translation>编辑“%1”</translation>
        </message>
        <message>
            <source>“%1” saved. Undo with Ctrl+Z.</source>
            <translation>已保存“%1”。按 Ctrl+Z 可撤销。</translation>
        </message>
        <message>
            <source>delete “%1”</source>
            <translation>删除“%1”</translation>
        </message>
        <message>
            <source>“%1” deleted. Undo with Ctrl+Z, or find it under “Deleted events”.</source>
            <translation>已删除“%1”。按 Ctrl+Z 可撤销，也可在“已删除的活动”中找回。</translation>
        </message>
        <message>
            <source>restore “%1”</source>
            <translation>恢复“%1”</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV file (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Export events</source>
            <translation>导出活动</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n event(s) to %1.</source>
            <translation>
                <numerusform>已将 %n 场活动导出到 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>The export failed; no file was written.</source>
            <translation>导出失败，未写入任何文件。</translation>
        </message>
        <message>
            <source>Exporting events</source>
            <translation>正在导出活动</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Choose a .csv or .xlsx file.</source>
            <translation>请选择 .csv 或 .xlsx 文件。</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <source>ICT level</source>
            <translation>信息化水平</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>最后修改时间</translation>
        </message>
        <message>
            <source>Record id</source>
            <translation>记录编号</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>修改人</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>Business name</source>
            <translation>企业名称</translation>
        </message>
        <message>
            <source>Name in local script</source>
            <translation>当地文字名称</translation>
        </message>
        <message>
            <source>Registration number</source>
            <translation>注册号</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>国家/地区</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>省/州市</translation>
        </message>
        <message>
            <source>District</source>
            <translation>县/市/区</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>Owner or contact person</source>
            <translation>企业主或联系人</translation>
        </message>
        <message>
            <source>Gender of contact</source>
            <translation>联系人性别</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>员工人数</translation>
        </message>
        <message>
            <source>Female employees</source>
            <translation>女性员工人数</translation>
        </message>
        <message>
            <source>Year founded</source>
            <translation>成立年份</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>传真</translation>
        </message>
        <message>
            <source>Fixed-line phone</source>
            <translation>固定电话</translation>
        </message>
        <message>
            <source>Mobile phone</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>Own website</source>
            <translation>自有网站</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>社交媒体</translation>
        </message>
        <message>
            <source>E-marketplace</source>
            <translation>电商平台</translation>
        </message>
        <message>
            <source>Online payment</source>
            <translation>在线支付</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>课程级别</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>顺序</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>模块</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Trainers</source>
            <translation>培训师</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>合作机构</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>培训班</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Agency code</source>
            <translation>机构代码</translation>
        </message>
        <message>
            <source>Agency name</source>
            <translation>机构名称</translation>
        </message>
        <message>
            <source>Name in other languages</source>
            <translation>其他语言名称</translation>
        </message>
        <message>
            <source>Headquarters</source>
            <translation>总部</translation>
        </message>
        <message>
            <source>Provinces served</source>
            <translation>服务地区</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Languages spoken</source>
            <translation>工作语言</translation>
        </message>
        <message>
            <source>E-business services offered</source>
            <translation>提供的电子商务服务</translation>
        </message>
        <message>
            <source>E-procurement</source>
            <translation>电子采购</translation>
        </message>
        <message>
            <source>Attendance for a certificate</source>
            <translation>获得证书的出勤要求</translation>
        </message>
        <message>
            <source>Name in Latin letters</source>
            <translation>姓名（拉丁字母）</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>中小企业</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Pre-test score</source>
            <translation>前测成绩</translation>
        </message>
        <message>
            <source>Post-test score</source>
            <translation>后测成绩</translation>
        </message>
        <message>
            <source>Certificate number</source>
            <translation>证书编号</translation>
        </message>
        <message>
            <source>Certificate issued on</source>
            <translation>证书颁发日期</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>出席</translation>
        </message>
        <message>
            <source>Marked on</source>
            <translation>签到时间</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>模块</translation>
        </message>
        <message>
            <source>Date reached</source>
            <translation>达成日期</translation>
        </message>
        <message>
            <source>Reverted by</source>
            <translation>撤销依据</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <source>Delivered on</source>
            <translation>服务日期</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>费用</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>成效</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付款</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>收到日期</translation>
        </message>
        <message>
            <source>From country</source>
            <translation>来自国家</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Through service</source>
            <translation>来源服务</translation>
        </message>
        <message>
            <source>Through</source>
            <translation>来源网上渠道</translation>
        </message>
        <message>
            <source>Order value</source>
            <translation>订单金额</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Portal or marketplace</source>
            <translation>门户网站或电商平台</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <source>Products displayed</source>
            <translation>展示产品数</translation>
        </message>
        <message>
            <source>Set up by service</source>
            <translation>协助开通的服务</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>主办方</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>女性</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>男性</translation>
        </message>
        <message>
            <source>Other or not recorded</source>
            <translation>其他或未记录</translation>
        </message>
        <message>
            <source>Organisations represented</source>
            <translation>参加单位数</translation>
        </message>
        <message>
            <source>Media reach</source>
            <translation>媒体覆盖人数</translation>
        </message>
        <message>
            <source>SMEs</source>
            <translation>中小企业</translation>
        </message>
        <message>
            <source>Form id</source>
            <translation>问卷 ID</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Title in other languages</source>
            <translation>其他语言名称</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>领域</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>定义</translation>
        </message>
        <message>
            <source>What it counts</source>
            <translation>统计内容</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>范围</translation>
        </message>
        <message>
            <source>For</source>
            <translation>适用对象</translation>
        </message>
        <message>
            <source>From</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>To</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <source>Target value</source>
            <translation>目标值</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>基线值</translation>
        </message>
        <message>
            <source>Baseline date</source>
            <translation>基线日期</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>问卷</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>答案</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>提交时间</translation>
        </message>
        <message>
            <source>Corrects</source>
            <translation>更正的答卷</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>机构</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>记录类型</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Kept value</source>
            <translation>保留的值</translation>
        </message>
        <message>
            <source>Other value</source>
            <translation>另一个值</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <source>Audience in all</source>
            <translation>参加总人数</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <source>Making demo data…</source>
            <translation>正在生成演示数据…</translation>
        </message>
        <message>
            <source>The demo data could not be made, so GMS Desk opens your own data folder.</source>
            <translation>无法生成演示数据，因此 GMS Desk 将打开您自己的数据文件夹。</translation>
        </message>
        <message>
            <source>&amp;Demo</source>
            <translation>演示(&amp;D)</translation>
        </message>
        <message>
            <source>Leave demo data…</source>
            <translation>退出演示数据…</translation>
        </message>
        <message>
            <source>Leave demo data</source>
            <translation>退出演示数据</translation>
        </message>
        <message>
            <source>Leave the demo data and open your own data? The demo data folder is deleted, with what you tried in it; nothing in it was ever sent to headquarters.</source>
            <translation>要退出演示数据并打开您自己的数据吗？演示数据文件夹及您在其中试用的内容将被删除；其中的内容从未发送到总部。</translation>
        </message>
        <message>
            <source>The password needs at least %n characters.</source>
            <translation>密码至少需要 %n 个字符。</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Welcome to GMS Desk</source>
            <translation>欢迎使用 GMS Desk</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>开始(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>FormRenderer</name>
        <message>
            <source>Form language:</source>
            <translation>问卷语言：</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Close (keep draft)</source>
            <translation>关闭（保留草稿）</translation>
        </message>
        <message>
            <source>Everything entered so far is kept as a draft; resume it from the Drafts list.</source>
            <translation>已填写的内容都会保存为草稿，可在“草稿”列表中继续填写。</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← 上一页</translation>
        </message>
        <message>
            <source>Previous page (Page Up)</source>
            <translation>上一页 (Page Up)</translation>
        </message>
        <message>
            <source>Next →</source>
            <translation>下一页 →</translation>
        </message>
        <message>
            <source>Next page (Page Down or Ctrl+Enter)</source>
            <translation>下一页 (Page Down 或 Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>提交</translation>
        </message>
        <message>
            <source>Check every answer and mark the response complete</source>
            <translation>检查所有答案，并将答卷标记为已完成</translation>
        </message>
        <message>
            <source>This form has no questions.</source>
            <translation>此问卷没有问题。</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
        <message>
            <source>Some answers on this page need attention (marked in red).</source>
            <translation>本页有些答案需要检查（已用红色标出）。</translation>
        </message>
        <message>
            <source>The draft could not be saved!</source>
            <translation>无法保存草稿！</translation>
        </message>
        <message>
            <source>Draft saved at %1.</source>
            <translation>草稿已于 %1 保存。</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) still need attention.</source>
            <translation>
                <numerusform>还有 %n 个答案需要检查。</numerusform>
            </translation>
        </message>
        <message>
            <source>Not submitted; the draft is kept.</source>
            <translation>未提交，草稿已保留。</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <source>The list '{dataset}' cannot be updated by GMS Desk: a form can update only the SME record. Write smes as the list_name.</source>
            <translation>GMS Desk 无法更新列表 '{dataset}'：问卷只能更新中小企业记录。请将 list_name 写为 smes。</translation>
        </message>
        <message>
            <source>The list '{dataset}' cannot be updated by GMS Desk: a form can update only the SME record (did you mean '{suggestion}'?).</source>
            <translation>GMS Desk 无法更新列表 '{dataset}'：问卷只能更新中小企业记录（您是否想写 '{suggestion}'？）。</translation>
        </message>
        <message>
            <source>save_to '{field}': the SME record has no such field. Write the name of an SME field, for example employees_total or website.</source>
            <translation>save_to '{field}'：中小企业记录中没有此字段。请填写中小企业字段的名称，例如 employees_total 或 website。</translation>
        </message>
        <message>
            <source>save_to '{field}': the SME record has no such field (did you mean '{suggestion}'?).</source>
            <translation>save_to '{field}'：中小企业记录中没有此字段（您是否想写 '{suggestion}'？）。</translation>
        </message>
        <message>
            <source>save_to '{field}': GMS Desk keeps this field of the SME record itself; a form may not write it. Remove the save_to.</source>
            <translation>save_to '{field}'：中小企业记录的此字段由 GMS Desk 自行维护，问卷不能写入。请删除该 save_to。</translation>
        </message>
        <message>
            <source>save_to '{field}': a {type} question cannot fill this SME field; a question of type {types} can. Change the question's type or its save_to.</source>
            <translation>save_to '{field}'：{type} 类型的问题不能填入此中小企业字段；{types} 类型的问题才可以。请修改该问题的类型或其 save_to。</translation>
        </message>
        <message>
            <source>save_to '{field}': this SME field is a yes/no flag, so the choices of list '{list}' must be named yes, no, 1, 0, true or false; these are not: {choices}.</source>
            <translation>save_to '{field}'：此中小企业字段为是/否标记，因此列表 '{list}' 的选项名称必须为 yes、no、1、0、true 或 false；以下选项不符合：{choices}。</translation>
        </message>
        <message>
            <source>save_to '{field}': this SME field holds a number, so the choices of list '{list}' must be named with numbers; these are not: {choices}.</source>
            <translation>save_to '{field}'：此中小企业字段存储数字，因此列表 '{list}' 的选项名称必须为数字；以下选项不符合：{choices}。</translation>
        </message>
        <message>
            <source>save_to '{field}': the choices of list '{list}' must be named with the codes of this SME field ({codes}); these are not: {choices}.</source>
            <translation>save_to '{field}'：列表 '{list}' 的选项名称必须使用此中小企业字段的代码（{codes}）；以下选项不符合：{choices}。</translation>
        </message>
        <message>
            <source>save_to '{field}': the question on row {other} already writes this SME field; only one question may.</source>
            <translation>save_to '{field}'：第 {other} 行的问题已写入此中小企业字段；每个字段只能由一个问题写入。</translation>
        </message>
        <message>
            <source>save_to '{field}': a question inside a repeat cannot update the SME record (a repeat has many answers, the SME one value). Move the question out of the repeat or remove its save_to.</source>
            <translation>save_to '{field}'：重复组（repeat）中的问题不能更新中小企业记录（重复组有多个答案，而中小企业只有一个值）。请将该问题移出重复组，或删除其 save_to。</translation>
        </message>
        <message>
            <source>entity_id is not read: a response updates the SME it is linked to when it is started.</source>
            <translation>不读取 entity_id：答卷更新的是开始填写时所关联的中小企业。</translation>
        </message>
        <message>
            <source>create_if is ignored: GMS Desk does not create SMEs from a form; only the SME a response is linked to is updated.</source>
            <translation>忽略 create_if：GMS Desk 不会根据问卷新建中小企业，只更新答卷所关联的中小企业。</translation>
        </message>
        <message>
            <source>update_if '{source}': {error}</source>
            <translation>update_if '{source}'：{error}</translation>
        </message>
        <message>
            <source>these questions depend on each other in a circle: {names}; break the circle in relevant/calculation</source>
            <translation>这些问题相互循环依赖：{names}；请在 relevant/calculation 中打破循环</translation>
        </message>
        <message>
            <source>unexpected character {character} at position {position}</source>
            <translation>位置 {position} 处出现意外的字符 {character}</translation>
        </message>
        <message>
            <source>{reference} is not a valid reference to a question</source>
            <translation>{reference} 不是对问题的有效引用</translation>
        </message>
        <message>
            <source>expected {expected} but found the end at position {position}</source>
            <translation>位置 {position} 处应为 {expected}，但表达式已结束</translation>
        </message>
        <message>
            <source>expected {expected} but found {found} at position {position}</source>
            <translation>位置 {position} 处应为 {expected}，但遇到的是 {found}</translation>
        </message>
        <message>
            <source>the expression is empty</source>
            <translation>表达式为空</translation>
        </message>
        <message>
            <source>the expression ends too early</source>
            <translation>表达式过早结束</translation>
        </message>
        <message>
            <source>a path after {reference} is not supported</source>
            <translation>不支持在 {reference} 之后接路径</translation>
        </message>
        <message>
            <source>an empty predicate '[]' at position {position}</source>
            <translation>位置 {position} 处有空的谓词 '[]'</translation>
        </message>
        <message>
            <source>attributes ('@') are not supported</source>
            <translation>不支持属性（'@'）</translation>
        </message>
        <message>
            <source>wildcards ('*') in paths are not supported</source>
            <translation>不支持在路径中使用通配符（'*'）</translation>
        </message>
        <message>
            <source>the path ends with '/'</source>
            <translation>路径以 '/' 结尾</translation>
        </message>
        <message>
            <source>a path cannot contain {token} (position {position})</source>
            <translation>路径中不能包含 {token}（位置 {position}）</translation>
        </message>
        <message>
            <source>search() is an appearance of a select question (its choices from a CSV file), not a function for calculations</source>
            <translation>search() 是选择题的 appearance（选项来自 CSV 文件），不是用于计算的函数</translation>
        </message>
        <message>
            <source>unexpected {token} at position {position}</source>
            <translation>位置 {position} 处出现意外的 {token}</translation>
        </message>
        <message>
            <source>'//' paths are not supported</source>
            <translation>不支持 '//' 路径</translation>
        </message>
        <message>
            <source>predicates ('[...]') on the form's own questions are not supported; use indexed-repeat()</source>
            <translation>不支持对问卷本身的问题使用谓词（'[...]'）；请使用 indexed-repeat()</translation>
        </message>
        <message>
            <source>{function}() takes no arguments</source>
            <translation>{function}() 不接受参数</translation>
        </message>
        <message numerus="yes">
            <source>{function}() takes %n argument(s), not {given}</source>
            <translation>
                <numerusform>{function}() 需要 %n 个参数，而不是 {given} 个</numerusform>
            </translation>
        </message>
        <message>
            <source>there is no question named '{name}'</source>
            <translation>没有名为 '{name}' 的问题</translation>
        </message>
        <message>
            <source>'{path}' is not understood: refer to a question as {reference}</source>
            <translation>无法理解 '{path}'：引用问题请写作 {reference}</translation>
        </message>
        <message>
            <source>'{path}' is not a column of the choices</source>
            <translation>'{path}' 不是选项表中的列</translation>
        </message>
        <message>
            <source>instance() takes the name of a secondary instance in quotes, e.g. instance('fruits')</source>
            <translation>instance() 需要用引号括起的辅助实例（secondary instance）名称，例如 instance('fruits')</translation>
        </message>
        <message>
            <source>instance('{name}') names no file attached to the form and no list of the choices sheet: attach {name}.csv or {name}.xml (declared by a select_one_from_file, csv-external or xml-external row) or use a choice list</source>
            <translation>instance('{name}') 所指的既不是附加到问卷的文件，也不是 choices 工作表中的列表：请附加 {name}.csv 或 {name}.xml（由 select_one_from_file、csv-external 或 xml-external 行声明），或使用选项列表</translation>
        </message>
        <message>
            <source>predicates ('[...]') and paths after the form's own questions are not supported; use indexed-repeat()</source>
            <translation>不支持在问卷本身的问题之后使用谓词（'[...]'）和路径；请使用 indexed-repeat()</translation>
        </message>
        <message>
            <source>the function {function}() is not known</source>
            <translation>未知函数 {function}()</translation>
        </message>
        <message numerus="yes">
            <source>{function}() takes %n or more argument(s), not {given}</source>
            <translation>
                <numerusform>{function}() 需要至少 %n 个参数，而不是 {given} 个</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{function}() takes {low} to %n argument(s), not {given}</source>
            <translation>
                <numerusform>{function}() 需要 {low} 到 %n 个参数，而不是 {given} 个</numerusform>
            </translation>
        </message>
        <message>
            <source>weighted-checklist() takes a minimum, a maximum, then pairs of a value and its weight</source>
            <translation>weighted-checklist() 的参数依次为：最小值、最大值，然后是若干对值及其权重</translation>
        </message>
        <message>
            <source>digest(): unknown algorithm '{algorithm}'; use one of {algorithms}</source>
            <translation>digest()：未知算法 '{algorithm}'；请使用以下之一：{algorithms}</translation>
        </message>
        <message>
            <source>digest(): unknown encoding '{encoding}'; use 'base64' or 'hex'</source>
            <translation>digest()：未知编码 '{encoding}'；请使用 'base64' 或 'hex'</translation>
        </message>
        <message>
            <source>jr:itext() takes one text id in quotes, such as jr:itext('/data/q:label'); for the label of an answer write {example}</source>
            <translation>jr:itext() 需要一个用引号括起的文本 id，例如 jr:itext('/data/q:label')；如需答案的标签，请写 {example}</translation>
        </message>
        <message>
            <source>jr:itext('{id}') names no text of the form: use an id such as '/data/q:label' or 'list_name-0', or for the label of an answer write {example}</source>
            <translation>jr:itext('{id}') 所指的文本在问卷中不存在：请使用 '/data/q:label' 或 'list_name-0' 这样的 id；如需答案的标签，请写 {example}</translation>
        </message>
        <message>
            <source>jr:choice-name() needs the question as its second argument, e.g. {example}</source>
            <translation>jr:choice-name() 的第二个参数须为该问题，例如 {example}</translation>
        </message>
        <message>
            <source>jr:choice-name(): '{name}' is not a select question</source>
            <translation>jr:choice-name()：'{name}' 不是选择题</translation>
        </message>
        <message>
            <source>indexed-repeat() takes a ${question} inside a repeat, then a ${repeat} and a position (and more pairs for repeats inside repeats)</source>
            <translation>indexed-repeat() 的参数依次为：重复组内的 ${question}、一个 ${repeat} 和一个位置（重复组内还有重复组时，需再加几对）</translation>
        </message>
        <message>
            <source>indexed-repeat(): '{repeat}' is not a repeat around '{name}'</source>
            <translation>indexed-repeat()：'{repeat}' 不是包含 '{name}' 的重复组</translation>
        </message>
        <message>
            <source>position() takes at most one argument</source>
            <translation>position() 最多接受一个参数</translation>
        </message>
        <message>
            <source>pulldata() takes 4 arguments: the file's name (without .csv), the column to read, the column to match and the value to find</source>
            <translation>pulldata() 需要 4 个参数：文件名（不含 .csv）、要读取的列、要匹配的列和要查找的值</translation>
        </message>
        <message>
            <source>pulldata(): name the file in quotes, e.g. pulldata('fruits', 'price', 'name', ${fruit})</source>
            <translation>pulldata()：请用引号括起文件名，例如 pulldata('fruits', 'price', 'name', ${fruit})</translation>
        </message>
        <message>
            <source>pulldata() reads '{file}', which is not attached to the form</source>
            <translation>pulldata() 读取的 '{file}' 未附加到问卷</translation>
        </message>
        <message>
            <source>pulldata(): '{file}' has no column '{column}' (its columns: {columns})</source>
            <translation>pulldata()：'{file}' 中没有 '{column}' 列（其列为：{columns}）</translation>
        </message>
        <message>
            <source>the file '{file}' ({why}) could not be read: {error}</source>
            <translation>无法读取文件 '{file}'（{why}）：{error}</translation>
        </message>
        <message>
            <source>the form needs the file '{file}' ({why}), but it is not attached: put it in {where} and import the form again</source>
            <translation>问卷需要文件 '{file}'（{why}），但未附加该文件：请将其放入{where}，然后重新导入问卷</translation>
        </message>
        <message>
            <source>'{file}' is not UTF-8 text: save it as "CSV UTF-8" (or as UTF-8) and import the form again</source>
            <translation>'{file}' 不是 UTF-8 文本：请另存为“CSV UTF-8”（或 UTF-8）格式，然后重新导入问卷</translation>
        </message>
        <message>
            <source>the files attached to the form take {size}; a form version travels with its files, which may take at most {limit} together: make the images smaller</source>
            <translation>附加到问卷的文件共 {size}；问卷版本会连同其文件一起传送，这些文件合计最多 {limit}：请缩小图片</translation>
        </message>
        <message>
            <source>'{file}' is not a CSV file ODK can read: {error}</source>
            <translation>'{file}' 不是 ODK 能读取的 CSV 文件：{error}</translation>
        </message>
        <message>
            <source>'{file}' has no header row: its first row must name the columns (for example name,label)</source>
            <translation>'{file}' 没有标题行：第一行必须是列名（例如 name,label）</translation>
        </message>
        <message>
            <source>'{file}' has two columns named '{column}'</source>
            <translation>'{file}' 中有两列都名为 '{column}'</translation>
        </message>
        <message>
            <source>'{file}' declares a DOCTYPE or entities, which ODK does not read</source>
            <translation>'{file}' 声明了 DOCTYPE 或实体，ODK 不读取这些内容</translation>
        </message>
        <message>
            <source>'{file}' is not well-formed XML: {error}</source>
            <translation>'{file}' 不是格式正确的 XML：{error}</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>不是数字</translation>
        </message>
        <message>
            <source>a position needs a longitude and a latitude</source>
            <translation>坐标位置需要经度和纬度</translation>
        </message>
        <message>
            <source>a feature needs a geometry</source>
            <translation>要素（feature）需要几何对象（geometry）</translation>
        </message>
        <message>
            <source>geometry type {type} is not one ODK reads (Point, LineString, Polygon)</source>
            <translation>几何类型 {type} 不是 ODK 可读取的类型（Point、LineString、Polygon）</translation>
        </message>
        <message>
            <source>'{file}' is not valid JSON: {error}</source>
            <translation>'{file}' 不是有效的 JSON：{error}</translation>
        </message>
        <message>
            <source>'{file}' is not a GeoJSON FeatureCollection</source>
            <translation>'{file}' 不是 GeoJSON FeatureCollection</translation>
        </message>
        <message>
            <source>'{file}': feature {number} is not an object</source>
            <translation>'{file}'：第 {number} 个要素不是对象</translation>
        </message>
        <message>
            <source>'{file}': feature {number}: {error}</source>
            <translation>'{file}'：第 {number} 个要素：{error}</translation>
        </message>
        <message>
            <source>'{file}' is not a data file ODK reads (CSV, XML or GeoJSON)</source>
            <translation>'{file}' 不是 ODK 可读取的数据文件（CSV、XML 或 GeoJSON）</translation>
        </message>
        <message>
            <source>the audit log of ODK Collect is not recorded by GMS Desk</source>
            <translation>GMS Desk 不记录 ODK Collect 的审计日志</translation>
        </message>
        <message>
            <source>metadata '{type}' ({name}) is ignored: {reason}</source>
            <translation>已忽略元数据 '{type}'（{name}）：{reason}</translation>
        </message>
        <message>
            <source>{column} '{source}': {error}</source>
            <translation>{column} '{source}'：{error}</translation>
        </message>
        <message>
            <source>type '{type}' takes its choices from the answers to a question inside a repeat, but '{name}' is not a question inside a repeat</source>
            <translation>类型 '{type}' 的选项来自重复组内某个问题的答案，但 '{name}' 不是重复组内的问题</translation>
        </message>
        <message>
            <source>type '{type}' takes its choices from the answers to a question inside a repeat, but '{name}' is not a question of the form</source>
            <translation>类型 '{type}' 的选项来自重复组内某个问题的答案，但 '{name}' 不是此问卷中的问题</translation>
        </message>
        <message>
            <source>the name '{name}' is used more than once; GMS Desk needs every question and group name to be unique in its group</source>
            <translation>名称 '{name}' 被使用了多次；GMS Desk 要求每个问题和组的名称在其所在组中唯一</translation>
        </message>
        <message>
            <source>the file '{file}' is not attached to the form</source>
            <translation>文件 '{file}' 未附加到问卷</translation>
        </message>
        <message>
            <source>type '{type}' ({name}) is not supported by GMS Desk; supported types: {types}, groups and repeats. Remove the row or change its type</source>
            <translation>GMS Desk 不支持类型 '{type}'（{name}）；支持的类型：{types}、组和重复组。请删除该行或更改其类型</translation>
        </message>
        <message>
            <source>the loop's %(name)s or %(label)s could not be filled in for '{choice}': {error}</source>
            <translation>无法为 '{choice}' 填入循环的 %(name)s 或 %(label)s：{error}</translation>
        </message>
        <message>
            <source>the list '{list}' is not on the external_choices sheet</source>
            <translation>external_choices 工作表中没有列表 '{list}'</translation>
        </message>
        <message>
            <source>the choice list '{list}' is not on the choices sheet</source>
            <translation>choices 工作表中没有选项列表 '{list}'</translation>
        </message>
        <message>
            <source>'{file}' has no column '{column}' for the choices' values (its columns: {columns})</source>
            <translation>'{file}' 中没有用作选项值的 '{column}' 列（其列为：{columns}）</translation>
        </message>
        <message>
            <source>search() takes the CSV file's name in quotes, then optionally 'contains', 'startswith', 'endswith' or 'matches', a column and the text to find</source>
            <translation>search() 的参数依次为：用引号括起的 CSV 文件名，然后可选 'contains'、'startswith'、'endswith' 或 'matches'，以及一列和要查找的文本</translation>
        </message>
        <message>
            <source>search() needs a row on the choices sheet naming the file's value column (name) and label column (label)</source>
            <translation>search() 需要 choices 工作表中有一行指明文件的值列（name）和标签列（label）</translation>
        </message>
        <message>
            <source>search(): name the column in quotes and search for text in quotes, a number or a ${question}</source>
            <translation>search()：请用引号括起列名；要查找的内容须为带引号的文本、数字或 ${question}</translation>
        </message>
        <message>
            <source>range parameter {parameter}='{value}' is not a number</source>
            <translation>range 参数 {parameter}='{value}' 不是数字</translation>
        </message>
        <message>
            <source>range parameter step must be greater than 0</source>
            <translation>range 参数 step 必须大于 0</translation>
        </message>
        <message>
            <source>repeat_count '{source}' reads a question inside the repeat it counts; count from a question before it</source>
            <translation>repeat_count '{source}' 读取的是它所计数的重复组内的问题；请改用该重复组之前的问题计数</translation>
        </message>
        <message>
            <source>choice_filter only applies to select questions; it is ignored</source>
            <translation>choice_filter 只适用于选择题，此处已忽略</translation>
        </message>
        <message>
            <source>the label refers to {reference}, but there is no question named '{name}'</source>
            <translation>标签引用了 {reference}，但没有名为 '{name}' 的问题</translation>
        </message>
        <message>
            <source>the form definition is damaged: {error}</source>
            <translation>问卷定义已损坏：{error}</translation>
        </message>
        <message>
            <source>guidance hints are not shown by GMS Desk</source>
            <translation>GMS Desk 不显示指导提示</translation>
        </message>
        <message>
            <source>trigger (recalculate when another question changes) is not supported</source>
            <translation>不支持 trigger（其他问题改变时重新计算）</translation>
        </message>
        <message>
            <source>instance attributes are not supported</source>
            <translation>不支持 instance 属性</translation>
        </message>
        <message>
            <source>GMS Desk does not use it</source>
            <translation>GMS Desk 不使用此列</translation>
        </message>
        <message>
            <source>column '{column}' is ignored: {reason}</source>
            <translation>已忽略列 '{column}'：{reason}</translation>
        </message>
        <message>
            <source>pyxform, the XLSForm reader ODK uses, says: {message}</source>
            <translation>pyxform（ODK 使用的 XLSForm 读取程序）提示：{message}</translation>
        </message>
        <message>
            <source>type '{type}' is not an XLSForm question type</source>
            <translation>类型 '{type}' 不是 XLSForm 问题类型</translation>
        </message>
        <message>
            <source>the {column} on the {sheet} sheet is not a valid name: a name begins with a letter or an underscore, followed by letters, digits, underscores, hyphens or periods</source>
            <translation>{sheet} 工作表中的 {column} 不是有效的名称：名称须以字母或下划线开头，后接字母、数字、下划线、连字符或句点</translation>
        </message>
        <message>
            <source>a choice list names the same choice twice: give each choice of a list its own name, or set allow_choice_duplicates to yes on the settings sheet</source>
            <translation>某个选项列表中有两个选项同名：请为列表中的每个选项分别命名，或在 settings 工作表中将 allow_choice_duplicates 设为 yes</translation>
        </message>
        <message>
            <source>the choice has no name: fill in its name column</source>
            <translation>该选项没有名称：请填写其 name 列</translation>
        </message>
        <message>
            <source>the {column} refers to '{name}', which is not a name on the survey sheet</source>
            <translation>{column} 引用了 '{name}'，但 survey 工作表中没有此名称</translation>
        </message>
        <message>
            <source>the {column} refers to '{name}', a name used more than once on the survey sheet: a name referred to must be used only once</source>
            <translation>{column} 引用了 '{name}'，但该名称在 survey 工作表中使用了多次：被引用的名称只能使用一次</translation>
        </message>
        <message>
            <source>'begin {type}' {name} has no 'end {type}' after it</source>
            <translation>'begin {type}' {name} 之后没有 'end {type}'</translation>
        </message>
        <message>
            <source>'end {type}' {name} has no 'begin {type}' before it</source>
            <translation>'end {type}' {name} 之前没有 'begin {type}'</translation>
        </message>
        <message>
            <source>the question or group has no name: fill in its name column</source>
            <translation>该问题或组没有名称：请填写其 name 列</translation>
        </message>
        <message>
            <source>the workbook has no sheet named 'survey'</source>
            <translation>工作簿中没有名为 'survey' 的工作表</translation>
        </message>
        <message>
            <source>the column '{column}' is in the header row twice</source>
            <translation>列 '{column}' 在标题行中出现了两次</translation>
        </message>
        <message>
            <source>omit_instanceID cannot be used with encryption (public_key): encrypted forms need the instanceID</source>
            <translation>omit_instanceID 不能与加密（public_key）同时使用：加密的问卷需要 instanceID</translation>
        </message>
        <message>
            <source>the language '{language}' has no text in these {sheet} columns: {columns}</source>
            <translation>语言 '{language}' 在 {sheet} 工作表的以下列中没有文字：{columns}</translation>
        </message>
        <message>
            <source>these languages have no valid language code: {languages}; write them as 'Khmer (km)'. Learn more: {link}</source>
            <translation>以下语言没有有效的语言代码：{languages}；请写成 'Khmer (km)' 的形式。详情请见：{link}</translation>
        </message>
        <message>
            <source>add the parameter max-pixels (for example max-pixels=1024) to make photos smaller. Learn more: {link}</source>
            <translation>请添加参数 max-pixels（例如 max-pixels=1024）以缩小照片。详情请见：{link}</translation>
        </message>
        <message>
            <source>'{name}' has neither a label nor a hint</source>
            <translation>'{name}' 既没有标签也没有提示</translation>
        </message>
        <message>
            <source>the file '{file}' was not found</source>
            <translation>找不到文件 '{file}'</translation>
        </message>
        <message>
            <source>'{file}' is not an Excel workbook: save the XLSForm as .xlsx and import it again</source>
            <translation>'{file}' 不是 Excel 工作簿：请将 XLSForm 另存为 .xlsx 后重新导入</translation>
        </message>
        <message>
            <source>the file '{file}' could not be read: {error}</source>
            <translation>无法读取文件 '{file}'：{error}</translation>
        </message>
        <message>
            <source>the folder '{folder}'</source>
            <translation>文件夹 '{folder}' 中</translation>
        </message>
        <message>
            <source>the folder '{folder}' next to the form</source>
            <translation>问卷旁边的文件夹 '{folder}' 中</translation>
        </message>
        <message>
            <source>the files given with the form</source>
            <translation>随问卷提供的文件中</translation>
        </message>
        <message>
            <source>the form could not be read: {error}</source>
            <translation>无法读取问卷：{error}</translation>
        </message>
        <message>
            <source>'select_multiple {name}' (several of the answers given in a repeat) cannot be read: pyxform does not read a select_multiple of a repeat's answers; use 'select_one {name}', or a list on the choices sheet</source>
            <translation>无法读取 'select_multiple {name}'（从重复组中给出的答案里选择多项）：pyxform 不支持基于重复组答案的 select_multiple；请使用 'select_one {name}'，或使用 choices 工作表中的列表</translation>
        </message>
        <message>
            <source>the file could not be read as an XLSForm workbook (.xlsx or .xls): {error}</source>
            <translation>无法将文件读取为 XLSForm 工作簿（.xlsx 或 .xls）：{error}</translation>
        </message>
        <message>
            <source>the form has no questions to ask: add rows with a question type (text, integer, select_one ...) to the survey sheet</source>
            <translation>问卷中没有要问的问题：请在 survey 工作表中添加带有问题类型（text、integer、select_one 等）的行</translation>
        </message>
        <message>
            <source>{what} needs the choice list '{list}', but the workbook has no choices sheet</source>
            <translation>{what} 需要选项列表 '{list}'，但工作簿中没有 choices 工作表</translation>
        </message>
        <message>
            <source>the choice list '{list}' is not on the choices sheet{suggestion}</source>
            <translation>choices 工作表中没有选项列表 '{list}'{suggestion}</translation>
        </message>
        <message>
            <source>type '{type}' is not supported by GMS Desk; use select_multiple instead</source>
            <translation>GMS Desk 不支持类型 '{type}'；请改用 select_multiple</translation>
        </message>
        <message>
            <source>type '{type}'</source>
            <translation>类型 '{type}'</translation>
        </message>
        <message>
            <source>type '{type}' is not supported by GMS Desk; supported types: {types}, metadata (start, end, today, deviceid, username), groups, repeats and loops. Remove the row or change its type</source>
            <translation>GMS Desk 不支持类型 '{type}'；支持的类型：{types}、元数据（start、end、today、deviceid、username）、组、重复组和循环。请删除该行或更改其类型</translation>
        </message>
        <message>
            <source>type '{type}' is not an XLSForm question type{suggestion}</source>
            <translation>类型 '{type}' 不是 XLSForm 问题类型{suggestion}</translation>
        </message>
        <message>
            <source>the name '{name}' is already used on row {row} in the same group; a name may be used again only in another group</source>
            <translation>名称 '{name}' 已在同一组的第 {row} 行使用；同一名称只能在其他组中再次使用</translation>
        </message>
        <message>
            <source> (did you mean '{name}'?)</source>
            <translation>（您是否想写 '{name}'？）</translation>
        </message>
        <message>
            <source>appearance '{appearance}' is ignored on the desktop</source>
            <translation>桌面版会忽略 appearance '{appearance}'</translation>
        </message>
        <message>
            <source>parameters '{parameters}' are ignored for type '{type}'</source>
            <translation>已忽略类型 '{type}' 的参数 '{parameters}'</translation>
        </message>
        <message>
            <source>media is not shown by GMS Desk</source>
            <translation>GMS Desk 不显示媒体</translation>
        </message>
        <message>
            <source>setting '{setting}' is ignored: GMS Desk does not use it</source>
            <translation>已忽略设置 '{setting}'：GMS Desk 不使用该设置</translation>
        </message>
        <message>
            <source>no form_id: using '{id}' (from the file name); set form_id so re-imports of a renamed file are recognised as the same form</source>
            <translation>没有 form_id：使用 '{id}'（取自文件名）；请设置 form_id，以便文件重命名后重新导入时仍被识别为同一问卷</translation>
        </message>
        <message>
            <source>no version: using '{version}' (from the form's content); set version so responses can be matched to the form they were collected with</source>
            <translation>没有 version：使用 '{version}'（根据问卷内容生成）；请设置 version，以便将答卷与收集时所用的问卷对应起来</translation>
        </message>
    </context>
    <context>
        <name>Gender</name>
        <message>
            <source>Female</source>
            <translation>女</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>男</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>GeoTraceWidget</name>
        <message>
            <source>One point a line: latitude longitude, for example 11.5564 104.9282</source>
            <translation>每行一个点：纬度 经度，例如 11.5564 104.9282</translation>
        </message>
        <message>
            <source>Line %1 is not a point: write the latitude and the longitude, for example 11.5564 104.9282.</source>
            <translation>第 %1 行不是一个点：请写出纬度和经度，例如 11.5564 104.9282。</translation>
        </message>
        <message>
            <source>A shape needs at least three points.</source>
            <translation>一个区域至少需要三个点。</translation>
        </message>
        <message>
            <source>A line needs at least two points.</source>
            <translation>一条线至少需要两个点。</translation>
        </message>
        <message>
            <source>%1 points · %2 m²</source>
            <translation>%1 个点 · %2 m²</translation>
        </message>
        <message>
            <source>%1 points · %2 m long</source>
            <translation>%1 个点 · 长 %2 m</translation>
        </message>
    </context>
    <context>
        <name>GeopointWidget</name>
        <message>
            <source>Latitude</source>
            <translation>纬度</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>经度</translation>
        </message>
        <message>
            <source>Altitude (m)</source>
            <translation>海拔 (m)</translation>
        </message>
        <message>
            <source>Accuracy (m)</source>
            <translation>精度 (m)</translation>
        </message>
        <message>
            <source>Write the numbers as decimals, for example 11.5564.</source>
            <translation>请用小数形式填写数字，例如 11.5564。</translation>
        </message>
        <message>
            <source>Give both the latitude and the longitude.</source>
            <translation>请同时填写纬度和经度。</translation>
        </message>
        <message>
            <source>The latitude is between -90 and 90 and the longitude between -180 and 180.</source>
            <translation>纬度应在 -90 到 90 之间，经度应在 -180 到 180 之间。</translation>
        </message>
        <message>
            <source>The accuracy is a distance in metres: 0 or more.</source>
            <translation>精度是以米为单位的距离：0 或以上。</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Find</source>
            <translation>查找</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Keyboard shortcuts and guide</source>
            <translation>快捷键和使用指南</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>GMS Desk help</source>
            <translation>GMS Desk 帮助</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>按键</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>功能</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>适用范围</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>所有页面</translation>
        </message>
        <message>
            <source>The keys of the area you are in work there; those marked Everywhere work in every area.</source>
            <translation>当前页面的快捷键只在该页面有效；标为“所有页面”的快捷键在每个页面都有效。</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>快捷键</translation>
        </message>
        <message>
            <source>Guide</source>
            <translation>使用指南</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>GMS Desk keeps your agency's SMEs, workshops, surveys and reports on this computer. Everything works without a connection: what you change waits, and is sent to headquarters when you sync.</source>
            <translation>GMS Desk 把您所在机构的中小企业、培训班、调查和报告保存在本机上。没有网络连接也能正常使用：您的修改会先保存在本机，在同步时发送到总部。</translation>
        </message>
        <message>
            <source>&lt;b&gt;SMEs&lt;/b&gt;: register a business with New SME; GMS Desk tells you when it may be registered already. The services, training, online presence and inquiries of an SME are kept with it.</source>
            <translation>&lt;b&gt;中小企业&lt;/b&gt;：使用“新增中小企业”登记企业；如果该企业可能已经登记过，GMS Desk 会提示您。中小企业的服务、培训、网上渠道和询盘都与该企业一起保存。</translation>
        </message>
        <message>
            <source>&lt;b&gt;Training&lt;/b&gt;: plan a workshop, enrol its participants, mark attendance and progress, and print certificates. &lt;b&gt;Surveys&lt;/b&gt;: fill in a form for an SME; the answers are summed up for you. &lt;b&gt;Reports&lt;/b&gt;: the programme's figures for a period, to print or export.</source>
            <translation>&lt;b&gt;培训&lt;/b&gt;：计划培训班、为学员报名、记录出勤和进度，并打印证书。&lt;b&gt;调查&lt;/b&gt;：为中小企业填写问卷；答案会自动汇总。&lt;b&gt;报告&lt;/b&gt;：项目在某一期间的数据，可打印或导出。</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sync&lt;/b&gt;: enrol this computer once with the code headquarters gave you. Changes are then sent and received whenever there is a connection; without one, a sync bundle on a USB stick does the same.</source>
            <translation>&lt;b&gt;同步&lt;/b&gt;：使用总部提供的注册码为本机注册一次。之后只要有网络连接，就会发送和接收修改；没有网络时，可用 U 盘上的同步文件包完成同样的工作。</translation>
        </message>
        <message>
            <source>In a form, Ctrl+S saves, Esc closes it without saving, and Tab moves to the next field. Ctrl+Z takes back the last change. &lt;b&gt;Settings&lt;/b&gt; holds the language, the text size, your name and the administrator role.</source>
            <translation>在表单中，按 Ctrl+S 保存，按 Esc 关闭且不保存，按 Tab 移到下一栏。按 Ctrl+Z 撤销上一次修改。&lt;b&gt;设置&lt;/b&gt;中包括语言、文字大小、您的姓名和管理员角色。</translation>
        </message>
    </context>
    <context>
        <name>IctLevel</name>
        <message>
            <source>Traditional (fax, phone)</source>
            <translation>传统方式（传真、电话）</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>Web presence</source>
            <translation>网上展示</translation>
        </message>
        <message>
            <source>E-business</source>
            <translation>电子商务</translation>
        </message>
    </context>
    <context>
        <name>IctTimeline</name>
        <message>
            <source>ICT history</source>
            <translation>信息化历程</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>变化内容</translation>
        </message>
        <message>
            <source>By</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>No changes recorded yet.</source>
            <translation>尚未记录任何变化。</translation>
        </message>
        <message>
            <source>%1 ICT level: %2</source>
            <translation>%1 信息化水平：%2</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>已登记</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>已删除</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>已恢复</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>有</translation>
        </message>
        <message>
            <source>no</source>
            <translation>无</translation>
        </message>
        <message>
            <source>now %1</source>
            <translation>现为%1</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>已删除</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>已恢复</translation>
        </message>
        <message>
            <source>registered</source>
            <translation>已注册</translation>
        </message>
        <message>
            <source>displaying products</source>
            <translation>展示产品</translation>
        </message>
        <message>
            <source>inactive</source>
            <translation>不活跃</translation>
        </message>
        <message>
            <source>Online presence</source>
            <translation>网上渠道</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>The file's text encoding is not recognised. Save it as CSV UTF-8 and try again.</source>
            <translation>无法识别文件的文字编码。请另存为 CSV UTF-8 格式后重试。</translation>
        </message>
        <message>
            <source>Choose a .csv or .xlsx file.</source>
            <translation>请选择 .csv 或 .xlsx 文件。</translation>
        </message>
        <message>
            <source>The file could not be read as a table.</source>
            <translation>无法将该文件读取为表格。</translation>
        </message>
        <message>
            <source>The workbook unpacks to far more data than a spreadsheet of its size holds, so it was not opened. Open it in Excel or LibreOffice, save it as CSV UTF-8 and import that.</source>
            <translation>该 Excel 工作簿解压后的数据量远超同等大小的电子表格应有的数据量，因此未打开。请用 Excel 或 LibreOffice 打开，另存为 CSV UTF-8 格式，然后导入该文件。</translation>
        </message>
        <message>
            <source>The sheet has more rows than Excel allows in one sheet. Split it into smaller files and import each.</source>
            <translation>该工作表的行数超过了 Excel 单个工作表允许的上限。请拆分为较小的文件，再逐个导入。</translation>
        </message>
        <message>
            <source>The first row has too many columns to be a list of SMEs. Check that it is the right file.</source>
            <translation>第一行的列数过多，不像是中小企业名单。请检查是否选对了文件。</translation>
        </message>
        <message>
            <source>A line of the file is too long to be a row of a table. Check that it is a CSV file.</source>
            <translation>文件中有一行过长，不像是表格中的一行。请检查它是否为 CSV 文件。</translation>
        </message>
        <message>
            <source>Part of the file is not in the same text encoding as the rest, so it cannot be read.</source>
            <translation>文件中有一部分的文字编码与其余部分不同，因此无法读取。</translation>
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
            <translation>泰文 (Windows-874)</translation>
        </message>
        <message>
            <source>Vietnamese (Windows-1258)</source>
            <translation>越南文 (Windows-1258)</translation>
        </message>
        <message>
            <source>Chinese, simplified (GB18030)</source>
            <translation>简体中文 (GB18030)</translation>
        </message>
        <message>
            <source>Chinese, traditional (Big5)</source>
            <translation>繁体中文 (Big5)</translation>
        </message>
        <message>
            <source>The file's text can be read in more than one way. Choose the reading in which the names look right.</source>
            <translation>该文件的文字可按多种方式读取。请选择名称显示正确的那一种。</translation>
        </message>
        <message>
            <source>The file has no rows.</source>
            <translation>该文件没有数据行。</translation>
        </message>
        <message>
            <source>Reading the file was stopped.</source>
            <translation>已停止读取文件。</translation>
        </message>
        <message>
            <source>Choose which column holds the business name.</source>
            <translation>请选择包含企业名称的列。</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import SMEs from a file</source>
            <translation>从文件导入中小企业</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>上一步(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>下一步(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Choose a spreadsheet with one SME per row and the column names in the first row. CSV and Excel (.xlsx) files work; of a workbook, the first sheet is read.</source>
            <translation>请选择一个电子表格：每行一家中小企业，第一行为列名。支持 CSV 和 Excel（.xlsx）文件；Excel 工作簿只读取第一个工作表。</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>未选择文件</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>选择文件(&amp;C)…</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <source>You can also drop a file on this window.</source>
            <translation>也可以将文件拖放到此窗口。</translation>
        </message>
        <message>
            <source>GMS Desk guessed which SME field each column holds from the column names. Check each line and change what is wrong; a field can be chosen for one column only. Columns set to “— do not import —” are left out.</source>
            <translation>GMS Desk 已根据列名推测每一列对应的中小企业字段。请逐行检查并更正错误；每个字段只能对应一列。设为“— 不导入 —”的列将被忽略。</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>文件中的列</translation>
        </message>
        <message>
            <source>Example</source>
            <translation>示例</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>导入为</translation>
        </message>
        <message>
            <source>You can cancel; the rows imported before that are kept.</source>
            <translation>可以取消；取消前已导入的行会保留。</translation>
        </message>
        <message>
            <source>These rows were not imported. Correct them in the file and import it again; the rows already imported will not be added twice.</source>
            <translation>以下各行未导入。请在文件中更正后重新导入；已导入的行不会重复添加。</translation>
        </message>
        <message>
            <source>&amp;Save problem list…</source>
            <translation>保存问题清单(&amp;S)…</translation>
        </message>
        <message>
            <source>Step 1 of 3: Choose a file</source>
            <translation>第 1 步（共 3 步）：选择文件</translation>
        </message>
        <message>
            <source>Step 2 of 3: Match the columns</source>
            <translation>第 2 步（共 3 步）：匹配列</translation>
        </message>
        <message>
            <source>Step 3 of 3: Check</source>
            <translation>第 3 步（共 3 步）：检查</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>正在导入</translation>
        </message>
        <message>
            <source>Import cancelled</source>
            <translation>导入已取消</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>导入完成</translation>
        </message>
        <message>
            <source>Choose a file to import</source>
            <translation>选择要导入的文件</translation>
        </message>
        <message>
            <source>Spreadsheets</source>
            <translation>电子表格</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>正在读取文件…</translation>
        </message>
        <message>
            <source>Reading the file</source>
            <translation>正在读取文件</translation>
        </message>
        <message numerus="yes">
            <source>The file has %n rows below the column names.</source>
            <translation>
                <numerusform>该文件列名下方共有 %n 行。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n columns were matched to SME fields; check them in the next step.</source>
            <translation>
                <numerusform>已有 %n 列与中小企业字段匹配，请在下一步中检查。</numerusform>
            </translation>
        </message>
        <message>
            <source>Its text is read as %1.</source>
            <translation>其文字按 %1 编码读取。</translation>
        </message>
        <message>
            <source>The file has column names but no rows below them. Choose another file.</source>
            <translation>该文件只有列名，下方没有数据行。请选择其他文件。</translation>
        </message>
        <message>
            <source>The text of this file can be read in more than one way. Choose the reading in which the names look right; the file is then read that way.</source>
            <translation>该文件的文字可按多种方式读取。请选择名称显示正确的那一种，文件随后将按此方式读取。</translation>
        </message>
        <message>
            <source>Read the file as %1</source>
            <translation>按 %1 读取文件</translation>
        </message>
        <message>
            <source>The first rows read as %1</source>
            <translation>按 %1 读取的前几行</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>无法读取该文件。</translation>
        </message>
        <message>
            <source>Open it in Excel or LibreOffice, save it again as .xlsx or as CSV UTF-8, and choose it again.</source>
            <translation>请用 Excel 或 LibreOffice 打开该文件，另存为 .xlsx 或 CSV UTF-8 格式，然后重新选择。</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>详细信息：%1</translation>
        </message>
        <message>
            <source>Uses: %1</source>
            <translation>使用：%1</translation>
        </message>
        <message>
            <source>(no name, column %1)</source>
            <translation>（无列名，第 %1 列）</translation>
        </message>
        <message>
            <source>Column %1 of the file</source>
            <translation>文件第 %1 列</translation>
        </message>
        <message>
            <source>— do not import —</source>
            <translation>— 不导入 —</translation>
        </message>
        <message>
            <source>Import column “%1” as</source>
            <translation>将列“%1”导入为</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>问题</translation>
        </message>
        <message numerus="yes">
            <source>%n rows in the file;</source>
            <translation>
                <numerusform>文件共 %n 行；</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them have problems — those rows will be skipped and listed after the import.</source>
            <translation>
                <numerusform>其中 %n 行有问题——这些行将被跳过，并在导入后列出。</numerusform>
            </translation>
        </message>
        <message>
            <source>none of them have problems.</source>
            <translation>均无问题。</translation>
        </message>
        <message numerus="yes">
            <source>%n of the first %1 have problems — those rows will be skipped and listed after the import.</source>
            <translation>
                <numerusform>前 %1 行中有 %n 行有问题——这些行将被跳过，并在导入后列出。</numerusform>
            </translation>
        </message>
        <message>
            <source>none of the first %1 have problems.</source>
            <translation>前 %1 行均无问题。</translation>
        </message>
        <message numerus="yes">
            <source>Importing %n rows…</source>
            <translation>
                <numerusform>正在导入 %n 行…</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing SMEs</source>
            <translation>正在导入中小企业</translation>
        </message>
        <message>
            <source>Stopping after the rows being saved now…</source>
            <translation>正在停止，当前各行保存完毕后即停止…</translation>
        </message>
        <message>
            <source>Added %1, updated %2, unchanged %3, with problems %4.</source>
            <translation>新增 %1，更新 %2，未变 %3，有问题 %4。</translation>
        </message>
        <message>
            <source>The first %1 are listed; correct those and import again to see the rest.</source>
            <translation>仅列出前 %1 行；请更正这些行后重新导入，以查看其余的行。</translation>
        </message>
        <message>
            <source>Import cancelled; the rows before that are kept.</source>
            <translation>导入已取消；之前已导入的行会保留。</translation>
        </message>
        <message numerus="yes">
            <source>%n rows were not reached; import the file again to add them.</source>
            <translation>
                <numerusform>还有 %n 行未导入；请重新导入该文件以添加这些行。</numerusform>
            </translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>problems</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Save problem list</source>
            <translation>保存问题清单</translation>
        </message>
        <message>
            <source>CSV files</source>
            <translation>CSV 文件</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>已保存到 %1</translation>
        </message>
    </context>
    <context>
        <name>ImportProblemsDialog</name>
        <message>
            <source>Sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>警告</translation>
        </message>
    </context>
    <context>
        <name>Indicators</name>
        <message>
            <source>Evaluation: relevance</source>
            <translation>评估：相关性</translation>
        </message>
        <message>
            <source>Evaluation: efficiency</source>
            <translation>评估：效率</translation>
        </message>
        <message>
            <source>Evaluation: effectiveness</source>
            <translation>评估：有效性</translation>
        </message>
        <message>
            <source>Evaluation: impact</source>
            <translation>评估：影响</translation>
        </message>
        <message>
            <source>Evaluation: sustainability</source>
            <translation>评估：可持续性</translation>
        </message>
        <message>
            <source>Workshops held</source>
            <translation>举办培训班数</translation>
        </message>
        <message>
            <source>Training workshops marked running or done, counted in the period of their first day, where they took place.</source>
            <translation>状态为“进行中”或“已结束”的培训班，按其首日所在期间统计，并计入举办地。</translation>
        </message>
        <message>
            <source>People trained</source>
            <translation>受训人数</translation>
        </message>
        <message>
            <source>People who completed at least one training module in the period, each counted once. A person is placed where their SME is; a person with no SME, where the first workshop they took part in was held.</source>
            <translation>在该期间内至少完成一个培训模块的人员，每人只计一次。人员按其所属中小企业的所在地计入；无所属企业的人员按其参加的第一个培训班的举办地计入。</translation>
        </message>
        <message>
            <source>People who completed their track</source>
            <translation>完成全部课程的人数</translation>
        </message>
        <message>
            <source>People who completed every module of a workshop's track, counted in the period they completed the last one, each person once.</source>
            <translation>完成某培训班所属课程级别全部模块的人员，按其完成最后一个模块的期间统计，每人只计一次。</translation>
        </message>
        <message>
            <source>SMEs with a person trained</source>
            <translation>有人员受训的中小企业数</translation>
        </message>
        <message>
            <source>SMEs with at least one person who completed a training module in the period.</source>
            <translation>在该期间内至少有一人完成一个培训模块的中小企业。</translation>
        </message>
        <message>
            <source>Completion rate</source>
            <translation>结业率</translation>
        </message>
        <message>
            <source>Of the people enrolled in the workshops held that started in the period, the share who completed every module of their workshop.</source>
            <translation>在该期间开始并已举办的培训班的报名学员中，完成所在培训班全部模块的人员所占比例。</translation>
        </message>
        <message>
            <source>Average score gain</source>
            <translation>平均成绩提升</translation>
        </message>
        <message>
            <source>Post-test score minus pre-test score (points out of 100), averaged over the participants with both scores in the workshops held that started in the period.</source>
            <translation>后测成绩减去前测成绩（满分 100 分），按该期间开始并已举办的培训班中两项成绩齐全的学员取平均值。</translation>
        </message>
        <message>
            <source>Awareness events held</source>
            <translation>举办宣传活动数</translation>
        </message>
        <message>
            <source>Road shows, media campaigns, launches, consultations and seminars held in the period (by their first day).</source>
            <translation>在该期间举办的路演、媒体宣传、启动仪式、磋商会和研讨会（按活动首日统计）。</translation>
        </message>
        <message>
            <source>People reached by events</source>
            <translation>宣传活动覆盖人数</translation>
        </message>
        <message>
            <source>The audiences of the awareness events held in the period, added up, by sex as recorded.</source>
            <translation>该期间举办的宣传活动的参加人数之和，按所记录的性别分列。</translation>
        </message>
        <message>
            <source>Agencies offering e-business services</source>
            <translation>提供电子商务服务的机构数</translation>
        </message>
        <message>
            <source>Agencies of the network whose profile lists at least one e-business service, as of the end of the period.</source>
            <translation>截至期末，资料中列有至少一项电子商务服务的网络内机构。</translation>
        </message>
        <message>
            <source>Agencies active</source>
            <translation>活跃机构数</translation>
        </message>
        <message>
            <source>Agencies that recorded a service delivered, a workshop held or an awareness event in the period.</source>
            <translation>在该期间记录了已提供的服务、已举办的培训班或宣传活动的机构。</translation>
        </message>
        <message>
            <source>Services delivered</source>
            <translation>提供服务次数</translation>
        </message>
        <message>
            <source>E-business services delivered to SMEs in the period.</source>
            <translation>该期间向中小企业提供的电子商务服务。</translation>
        </message>
        <message>
            <source>SMEs served</source>
            <translation>受服务中小企业数</translation>
        </message>
        <message>
            <source>SMEs that received at least one e-business service in the period.</source>
            <translation>该期间至少接受过一项电子商务服务的中小企业。</translation>
        </message>
        <message>
            <source>Fees collected</source>
            <translation>已收费用</translation>
        </message>
        <message>
            <source>Fees paid for the services delivered in the period, by currency.</source>
            <translation>该期间所提供服务已支付的费用，按币种分列。</translation>
        </message>
        <message>
            <source>Share of services paid</source>
            <translation>已付费服务占比</translation>
        </message>
        <message>
            <source>Of the services delivered in the period, the share with a fee that was paid (cost recovery).</source>
            <translation>在该期间提供的服务中，收取费用且费用已支付的服务所占比例（成本回收）。</translation>
        </message>
        <message>
            <source>SMEs online</source>
            <translation>已建立网上渠道的中小企业数</translation>
        </message>
        <message>
            <source>SMEs with a website, a social media page, an e-marketplace listing or online payment (ICT level 2 or 3) as of the end of the period: since the earliest of these they have now was set.</source>
            <translation>截至期末拥有网站、社交媒体主页、电商平台店铺或在线支付（信息化水平 2 或 3）的中小企业；自其现有各项中最早一项的记录日期起计入。</translation>
        </message>
        <message>
            <source>SMEs on e-marketplaces</source>
            <translation>入驻电商平台的中小企业数</translation>
        </message>
        <message>
            <source>SMEs selling on an e-marketplace or an agency portal, as of the end of the period.</source>
            <translation>截至期末在电商平台或机构门户网站上销售的中小企业。</translation>
        </message>
        <message>
            <source>SMEs registered for e-procurement</source>
            <translation>注册电子采购的中小企业数</translation>
        </message>
        <message>
            <source>SMEs registered for e-procurement, as of the end of the period.</source>
            <translation>截至期末已注册电子采购的中小企业。</translation>
        </message>
        <message>
            <source>SMEs registered on a portal</source>
            <translation>在门户网站注册的中小企业数</translation>
        </message>
        <message>
            <source>SMEs registered on an agency portal (or displaying products there), as of the end of the period.</source>
            <translation>截至期末在机构门户网站注册（或在该网站展示产品）的中小企业。</translation>
        </message>
        <message>
            <source>SMEs displaying products on a portal</source>
            <translation>在门户网站展示产品的中小企业数</translation>
        </message>
        <message>
            <source>SMEs displaying products on an agency portal, as of the end of the period.</source>
            <translation>截至期末在机构门户网站展示产品的中小企业。</translation>
        </message>
        <message>
            <source>Inquiries received</source>
            <translation>收到询盘数</translation>
        </message>
        <message>
            <source>Inquiries SMEs received in the period.</source>
            <translation>该期间中小企业收到的询盘。</translation>
        </message>
        <message>
            <source>Inquiries from abroad</source>
            <translation>境外询盘数</translation>
        </message>
        <message>
            <source>Inquiries received in the period from another country than the SME's (for an SME of Yunnan, China is not abroad).</source>
            <translation>该期间收到的、来自中小企业所在国以外国家的询盘（对于云南的中小企业，来自中国的询盘不算境外）。</translation>
        </message>
        <message>
            <source>Domestic inquiries</source>
            <translation>境内询盘数</translation>
        </message>
        <message>
            <source>Inquiries received in the period from the SME's own country.</source>
            <translation>该期间收到的、来自中小企业本国的询盘。</translation>
        </message>
        <message>
            <source>Orders reported</source>
            <translation>报告订单数</translation>
        </message>
        <message>
            <source>Inquiries received in the period that became an order.</source>
            <translation>该期间收到并促成订单的询盘。</translation>
        </message>
        <message>
            <source>Value of orders reported</source>
            <translation>报告订单金额</translation>
        </message>
        <message>
            <source>The value of the orders from inquiries received in the period, by currency.</source>
            <translation>该期间收到的询盘所促成订单的金额，按币种分列。</translation>
        </message>
        <message>
            <source>SMEs that moved up the ICT ladder</source>
            <translation>信息化水平提升的中小企业数</translation>
        </message>
        <message>
            <source>SMEs whose ICT level (traditional, e-mail, web presence, e-business) at the end of the period was higher than at its start, or than when they were registered if that was later (without a start: than when they were registered).</source>
            <translation>期末信息化水平（传统方式、电子邮件、网上展示、电子商务）高于期初的中小企业；若登记时间晚于期初，则与登记时相比（期间无起始日期时：与登记时相比）。</translation>
        </message>
        <message>
            <source>The average rating (1 to 5) participants gave the workshop for this criterion in the workshop evaluation form, in the responses submitted in the period.</source>
            <translation>学员在培训班评估问卷中就此项标准为培训班给出的平均评分（1 至 5 分），以该期间提交的答卷为准。</translation>
        </message>
        <message>
            <source>Choose what the indicator counts: survey responses or SMEs.</source>
            <translation>请选择指标统计的对象：调查答卷或中小企业。</translation>
        </message>
        <message>
            <source>Enter the id of the survey form.</source>
            <translation>请输入调查问卷的 ID。</translation>
        </message>
        <message>
            <source>Enter the question's name as the form has it, for example r_relevance.</source>
            <translation>请按问卷中的写法输入问题名称，例如 r_relevance。</translation>
        </message>
        <message>
            <source>Enter one answer as the form stores it, for example yes.</source>
            <translation>请按问卷存储的形式输入一个答案，例如 yes。</translation>
        </message>
        <message>
            <source>Pick the SMEs by one or more of their fields, for example sector = tourism.</source>
            <translation>请按中小企业的一个或多个字段筛选，例如 sector = tourism。</translation>
        </message>
        <message>
            <source>Use letters, digits, dots, dashes and underscores for the code.</source>
            <translation>代码只能使用字母、数字、点、连字符和下划线。</translation>
        </message>
        <message>
            <source>Another indicator has this code.</source>
            <translation>已有其他指标使用此代码。</translation>
        </message>
    </context>
    <context>
        <name>InquiriesView</name>
        <message>
            <source>Abroad</source>
            <translation>境外</translation>
        </message>
        <message>
            <source>Domestic</source>
            <translation>境内</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>不详</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>全部渠道</translation>
        </message>
        <message>
            <source>All outcomes</source>
            <translation>全部成效</translation>
        </message>
        <message>
            <source>From anywhere</source>
            <translation>全部来源</translation>
        </message>
        <message numerus="yes">
            <source>%Ln inquiry(ies)</source>
            <translation>
                <numerusform>%Ln 条询盘</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 from abroad, %2 domestic, %3 not known</source>
            <translation>境外 %1，境内 %2，不详 %3</translation>
        </message>
        <message numerus="yes">
            <source>%Ln order(s)</source>
            <translation>
                <numerusform>%Ln 笔订单</numerusform>
            </translation>
        </message>
        <message>
            <source>Abroad or domestic</source>
            <translation>境外或境内</translation>
        </message>
        <message>
            <source>Export inquiries</source>
            <translation>导出询盘</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln inquiry(ies) to %1.</source>
            <translation>
                <numerusform>已将 %Ln 条询盘导出到 %1。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InquiryDialog</name>
        <message>
            <source>Inquiry received</source>
            <translation>收到的询盘</translation>
        </message>
        <message>
            <source>Edit inquiry</source>
            <translation>编辑询盘</translation>
        </message>
        <message>
            <source>Type to search, e.g. Japan</source>
            <translation>输入国家名称搜索，例如：日本</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>请选择…</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>不详</translation>
        </message>
        <message>
            <source>Service: %1</source>
            <translation>服务：%1</translation>
        </message>
        <message>
            <source>Deleted since</source>
            <translation>后来已删除</translation>
        </message>
        <message>
            <source>Not known yet</source>
            <translation>尚不清楚</translation>
        </message>
        <message>
            <source>When it led to an order</source>
            <translation>促成订单时填写</translation>
        </message>
        <message>
            <source>Received on:</source>
            <translation>收到日期：</translation>
        </message>
        <message>
            <source>Channel:</source>
            <translation>渠道：</translation>
        </message>
        <message>
            <source>From country:</source>
            <translation>来自国家：</translation>
        </message>
        <message>
            <source>Through:</source>
            <translation>来源途径：</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>成效：</translation>
        </message>
        <message>
            <source>Order value:</source>
            <translation>订单金额：</translation>
        </message>
        <message>
            <source>Staff:</source>
            <translation>经办人：</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>备注：</translation>
        </message>
    </context>
    <context>
        <name>LabelMedia</name>
        <message>
            <source>Play the recording</source>
            <translation>播放录音</translation>
        </message>
        <message>
            <source>Play the video</source>
            <translation>播放视频</translation>
        </message>
        <message>
            <source>%1 did not come with the form, so it cannot be played.</source>
            <translation>%1 没有随问卷提供，因此无法播放。</translation>
        </message>
        <message>
            <source>%1 could not be made ready to play: %2</source>
            <translation>无法准备播放 %1：%2</translation>
        </message>
        <message>
            <source>No program on this computer plays %1.</source>
            <translation>本机上没有可播放 %1 的程序。</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>%1 (no. %2)</source>
            <translation>%1 第 %2 版</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 字节</translation>
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
            <translation>演示数据</translation>
        </message>
        <message>
            <source>someone (no name given)</source>
            <translation>某人（未填写姓名）</translation>
        </message>
    </context>
    <context>
        <name>LadderStrip</name>
        <message>
            <source>ICT level, %1 to %2: %3</source>
            <translation>信息化水平（%1 至 %2）：%3</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Welcome to GMS Desk</source>
            <translation>欢迎使用 GMS Desk</translation>
        </message>
        <message>
            <source>Choose the language GMS Desk speaks. You can change it later in Settings.</source>
            <translation>请选择 GMS Desk 的显示语言。以后可以在“设置”中更改。</translation>
        </message>
    </context>
    <context>
        <name>LanguagesDialog</name>
        <message>
            <source>Languages</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Search languages</source>
            <translation>搜索语言</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>LanguagesField</name>
        <message>
            <source>None chosen</source>
            <translation>未选择</translation>
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
            <translation>中小企业</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>培训</translation>
        </message>
        <message>
            <source>Surveys</source>
            <translation>调查</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>支持网络</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>报告</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>同步</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Go to %1</source>
            <translation>转到%1</translation>
        </message>
        <message>
            <source>Sync not set up</source>
            <translation>尚未设置同步</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting for sync</source>
            <translation>
                <numerusform>%n 项修改等待同步</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MapDialog</name>
        <message>
            <source>Map</source>
            <translation>地图</translation>
        </message>
        <message>
            <source>Zoom in (+)</source>
            <translation>放大 (+)</translation>
        </message>
        <message>
            <source>The answer on the map. Drag to move the map; turn the mouse wheel or press + and - to zoom.</source>
            <translation>答案在地图上的位置。拖动可移动地图；转动鼠标滚轮或按 + 和 - 键可缩放。</translation>
        </message>
        <message>
            <source>Click the place to put the point there (or press Space for the cross in the middle). Drag to move the map; turn the mouse wheel or press + and - to zoom.</source>
            <translation>单击某处即可将点放在那里（或按空格键使用中间的十字）。拖动可移动地图；转动鼠标滚轮或按 + 和 - 键可缩放。</translation>
        </message>
        <message>
            <source>Click each corner of the shape in turn (or press Space for the cross in the middle); the shape closes by itself. Backspace removes the last corner. Drag to move the map; the mouse wheel or + and - zoom.</source>
            <translation>依次单击区域的每个顶点（或按空格键使用中间的十字），区域会自动闭合。按 Backspace 键可删除最后一个顶点。拖动可移动地图；用鼠标滚轮或 + 和 - 键缩放。</translation>
        </message>
        <message>
            <source>Click each point of the line in turn (or press Space for the cross in the middle). Backspace removes the last point. Drag to move the map; the mouse wheel or + and - zoom.</source>
            <translation>依次单击线上的每个点（或按空格键使用中间的十字）。按 Backspace 键可删除最后一个点。拖动可移动地图；用鼠标滚轮或 + 和 - 键缩放。</translation>
        </message>
        <message>
            <source>Zoom out (-)</source>
            <translation>缩小 (-)</translation>
        </message>
        <message>
            <source>Choose map tiles…</source>
            <translation>选择地图瓦片…</translation>
        </message>
        <message>
            <source>An MBTiles file…</source>
            <translation>MBTiles 文件…</translation>
        </message>
        <message>
            <source>A folder of tiles (zoom/x/y.png)…</source>
            <translation>瓦片文件夹（zoom/x/y.png）…</translation>
        </message>
        <message>
            <source>Remove last point</source>
            <translation>删除最后一个点</translation>
        </message>
        <message>
            <source>Remove the point</source>
            <translation>删除该点</translation>
        </message>
        <message>
            <source>Remove all</source>
            <translation>全部删除</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <source>Use this answer (Ctrl+Enter)</source>
            <translation>使用此答案 (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>No map tiles are set up on this laptop, so no map can be shown. Choose map tiles kept on this laptop: an MBTiles file, or a folder of tiles (zoom/x/y.png). You can also close this and type the location.</source>
            <translation>本机上没有设置地图瓦片，因此无法显示地图。请选择保存在本机上的地图瓦片：MBTiles 文件或瓦片文件夹（zoom/x/y.png）。也可以关闭此窗口，直接输入位置。</translation>
        </message>
        <message>
            <source>The map tiles chosen for this laptop (%1) are no longer there. Choose map tiles again, or close this and type the location.</source>
            <translation>为本机选择的地图瓦片（%1）已不存在。请重新选择地图瓦片，或关闭此窗口，直接输入位置。</translation>
        </message>
        <message>
            <source>%1 holds vector tiles, which GMS Desk cannot draw. Choose raster tiles (PNG or JPEG pictures) instead.</source>
            <translation>%1 中是矢量瓦片，GMS Desk 无法绘制。请改为选择栅格瓦片（PNG 或 JPEG 图片）。</translation>
        </message>
        <message>
            <source>%1 holds no map tiles. Choose an MBTiles file or a folder of tiles (zoom/x/y.png).</source>
            <translation>%1 中没有地图瓦片。请选择 MBTiles 文件或瓦片文件夹（zoom/x/y.png）。</translation>
        </message>
        <message>
            <source>%1 cannot be read as map tiles. Choose an MBTiles file or a folder of tiles (zoom/x/y.png).</source>
            <translation>无法将 %1 读取为地图瓦片。请选择 MBTiles 文件或瓦片文件夹（zoom/x/y.png）。</translation>
        </message>
        <message>
            <source>These map tiles could not be remembered for next time.</source>
            <translation>无法记住这些地图瓦片供下次使用。</translation>
        </message>
        <message>
            <source>Choose map tiles</source>
            <translation>选择地图瓦片</translation>
        </message>
        <message>
            <source>Map tiles (*.mbtiles);;All files (*)</source>
            <translation>地图瓦片 (*.mbtiles);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Choose a folder of map tiles</source>
            <translation>选择地图瓦片文件夹</translation>
        </message>
        <message>
            <source>A line needs at least two points.</source>
            <translation>一条线至少需要两个点。</translation>
        </message>
        <message>
            <source>A shape needs at least three points.</source>
            <translation>一个区域至少需要三个点。</translation>
        </message>
        <message>
            <source>Latitude %1, longitude %2</source>
            <translation>纬度 %1，经度 %2</translation>
        </message>
        <message>
            <source>No point yet.</source>
            <translation>尚未放置点。</translation>
        </message>
        <message>
            <source>Points: %1</source>
            <translation>点数：%1</translation>
        </message>
        <message>
            <source>No points yet.</source>
            <translation>尚未放置任何点。</translation>
        </message>
        <message>
            <source>Map…</source>
            <translation>地图…</translation>
        </message>
        <message>
            <source>Pick the place on a map kept on this laptop (no internet needed)</source>
            <translation>在本机保存的地图上选取位置（无需联网）</translation>
        </message>
    </context>
    <context>
        <name>MediaWidget</name>
        <message>
            <source>Choose a photo…</source>
            <translation>选择照片…</translation>
        </message>
        <message>
            <source>Choose a file…</source>
            <translation>选择文件…</translation>
        </message>
        <message>
            <source>Take a photo…</source>
            <translation>拍照…</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>播放</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>No file yet.</source>
            <translation>尚无文件。</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>无照片</translation>
        </message>
        <message>
            <source>Not on this laptop: it is fetched from headquarters when you open it.</source>
            <translation>本机上没有此文件：打开时将从总部获取。</translation>
        </message>
        <message>
            <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</source>
            <translation>照片 (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</translation>
        </message>
        <message>
            <source>Recordings (*.m4a *.mp3 *.wav *.ogg *.opus *.amr *.aac *.3gp)</source>
            <translation>录音 (*.m4a *.mp3 *.wav *.ogg *.opus *.amr *.aac *.3gp)</translation>
        </message>
        <message>
            <source>Videos (*.mp4 *.mov *.avi *.mkv *.webm *.3gp)</source>
            <translation>视频 (*.mp4 *.mov *.avi *.mkv *.webm *.3gp)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>Files can be attached only to a response being filled in.</source>
            <translation>只能向正在填写的答卷附加文件。</translation>
        </message>
        <message>
            <source>The file could not be read: %1</source>
            <translation>无法读取文件：%1</translation>
        </message>
        <message>
            <source>Fetching the file</source>
            <translation>正在获取文件</translation>
        </message>
    </context>
    <context>
        <name>Network</name>
        <message>
            <source>Whole programme</source>
            <translation>整个项目</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>国家/地区</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>机构</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>省/州市</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>NetworkArea</name>
        <message>
            <source>Search agency, province, language (e.g. Japanese), service…</source>
            <translation>搜索机构、省/州市、语言（如日语）、服务…</translation>
        </message>
        <message>
            <source>Type a language's name, such as Japanese, to find who translates into it; Enter or Down goes to the list.</source>
            <translation>输入语言名称（如日语）可查找能译成该语言的机构；按 Enter 或 ↓ 转到列表。</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>机构</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>查找</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>E-business support network</source>
            <translation>电子商务支持网络</translation>
        </message>
        <message>
            <source>Published by headquarters</source>
            <translation>总部发布</translation>
        </message>
        <message>
            <source>Edit this agency's profile (Ctrl+E)</source>
            <translation>编辑该机构的资料 (Ctrl+E)</translation>
        </message>
        <message numerus="yes">
            <source>%n agency(ies)</source>
            <translation>
                <numerusform>%n 个机构</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 agencies</source>
            <translation>%1/%2 个机构</translation>
        </message>
        <message>
            <source>No agency matches “%1”.</source>
            <translation>没有与“%1”匹配的机构。</translation>
        </message>
        <message>
            <source>No agencies yet. Headquarters publishes the support network; it arrives with the next sync.</source>
            <translation>还没有机构。支持网络由总部发布，将在下次同步时送达。</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <source>None listed yet.</source>
            <translation>尚未列出服务。</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <source>Indicative fee</source>
            <translation>参考费用</translation>
        </message>
        <message>
            <source>Language pairs</source>
            <translation>语言对</translation>
        </message>
        <message>
            <source>edit %1</source>
            <translation>编辑 %1</translation>
        </message>
        <message>
            <source>Saved “%1”.</source>
            <translation>已保存“%1”。</translation>
        </message>
    </context>
    <context>
        <name>NewResponseDialog</name>
        <message>
            <source>This laptop's agency</source>
            <translation>本机构</translation>
        </message>
        <message>
            <source>New response</source>
            <translation>新建答卷</translation>
        </message>
        <message>
            <source>An SME</source>
            <translation>中小企业</translation>
        </message>
        <message>
            <source>A workshop</source>
            <translation>培训班</translation>
        </message>
        <message>
            <source>An agency</source>
            <translation>机构</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>机构</translation>
        </message>
        <message>
            <source>Type a name or phone number to find the SME</source>
            <translation>输入名称或电话号码查找中小企业</translation>
        </message>
        <message>
            <source>No workshop</source>
            <translation>不关联培训班</translation>
        </message>
        <message>
            <source>Form:</source>
            <translation>问卷：</translation>
        </message>
        <message>
            <source>About:</source>
            <translation>对象：</translation>
        </message>
        <message>
            <source>SME (optional):</source>
            <translation>中小企业（可选）：</translation>
        </message>
        <message>
            <source>Agency:</source>
            <translation>机构：</translation>
        </message>
        <message>
            <source>Workshop (optional):</source>
            <translation>培训班（可选）：</translation>
        </message>
        <message>
            <source>No workshops recorded yet</source>
            <translation>尚未记录任何培训班</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Start (Ctrl+Enter)</source>
            <translation>开始 (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>— no SME —</source>
            <translation>— 不关联中小企业 —</translation>
        </message>
        <message>
            <source>Type a name or phone number above to find the SME.</source>
            <translation>在上方输入名称或电话号码以查找中小企业。</translation>
        </message>
    </context>
    <context>
        <name>PairsDialog</name>
        <message>
            <source>Language pairs</source>
            <translation>语言对</translation>
        </message>
        <message>
            <source>From</source>
            <translation>源语言</translation>
        </message>
        <message>
            <source>Into</source>
            <translation>目标语言</translation>
        </message>
        <message>
            <source>Add pair</source>
            <translation>添加语言对</translation>
        </message>
        <message>
            <source>Remove pair</source>
            <translation>删除语言对</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Choose two different languages from the lists.</source>
            <translation>请从列表中选择两种不同的语言。</translation>
        </message>
    </context>
    <context>
        <name>PairsField</name>
        <message>
            <source>No language pairs</source>
            <translation>无语言对</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Passphrase</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>To encrypt the copy, give it a passphrase; without the passphrase nobody can read it, you included. Leave both empty for a copy that is not encrypted.</source>
            <translation>如需加密副本，请设置密码；没有密码，任何人（包括您自己）都无法读取。两栏都留空则生成不加密的副本。</translation>
        </message>
        <message>
            <source>This backup is encrypted. Enter its passphrase.</source>
            <translation>此备份已加密。请输入其密码。</translation>
        </message>
        <message>
            <source>Again</source>
            <translation>再次输入</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
        <message>
            <source>Enter the passphrase.</source>
            <translation>请输入密码。</translation>
        </message>
    </context>
    <context>
        <name>Pickers</name>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
    </context>
    <context>
        <name>PivotModel</name>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
    </context>
    <context>
        <name>PlaceChoice</name>
        <message>
            <source>Choose…</source>
            <translation>请选择…</translation>
        </message>
        <message>
            <source>Type or choose a province</source>
            <translation>输入或选择省/州市</translation>
        </message>
    </context>
    <context>
        <name>Presence</name>
        <message>
            <source>Own website</source>
            <translation>自有网站</translation>
        </message>
        <message>
            <source>Agency portal</source>
            <translation>机构门户网站</translation>
        </message>
        <message>
            <source>E-marketplace</source>
            <translation>电商平台</translation>
        </message>
        <message>
            <source>Social media page</source>
            <translation>社交媒体主页</translation>
        </message>
        <message>
            <source>E-procurement registration</source>
            <translation>电子采购注册</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>已注册</translation>
        </message>
        <message>
            <source>Displaying products</source>
            <translation>展示产品</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>不活跃</translation>
        </message>
    </context>
    <context>
        <name>PresenceDialog</name>
        <message>
            <source>Edit online presence</source>
            <translation>编辑网上渠道</translation>
        </message>
        <message>
            <source>Online presence</source>
            <translation>网上渠道</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>请选择…</translation>
        </message>
        <message>
            <source>e.g. the provincial trade portal</source>
            <translation>例如：省级贸易门户网站</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>不详</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>since</source>
            <translation>自</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <source>Portal or marketplace:</source>
            <translation>门户网站或电商平台：</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>网址：</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <source>Products displayed:</source>
            <translation>展示产品数：</translation>
        </message>
        <message>
            <source>Set up by service:</source>
            <translation>开通所用服务：</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>备注：</translation>
        </message>
    </context>
    <context>
        <name>PrintNames</name>
        <message>
            <source>Characters that cannot be printed</source>
            <translation>无法打印的字符</translation>
        </message>
        <message>
            <source>No font of the PDF has these characters, so they would print as empty boxes: %1

They are in the names of: %2</source>
            <translation>PDF 的字体中没有这些字符，它们会印成空白方框：%1

出现在以下人员的姓名中：%2</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>继续</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>ProgressModel</name>
        <message>
            <source>Moved back by %1</source>
            <translation>已由 %1 退回</translation>
        </message>
        <message>
            <source>A score is a number from 0 to 100.</source>
            <translation>成绩应为 0 到 100 之间的数字。</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>学员</translation>
        </message>
        <message>
            <source>Pre-test</source>
            <translation>前测</translation>
        </message>
        <message>
            <source>Post-test</source>
            <translation>后测</translation>
        </message>
    </context>
    <context>
        <name>ProgressView</name>
        <message>
            <source>Next step (Space)</source>
            <translation>推进一步（空格键）</translation>
        </message>
        <message>
            <source>Complete module for all selected</source>
            <translation>将所选全部标为已完成</translation>
        </message>
        <message>
            <source>Move back…</source>
            <translation>退回…</translation>
        </message>
        <message>
            <source>Move one cell's progress back; needs a reason and is recorded</source>
            <translation>将一个单元格的进度退回；需填写原因，并会留下记录</translation>
        </message>
        <message>
            <source>Modules: %1</source>
            <translation>模块：%1</translation>
        </message>
        <message>
            <source>◐ in progress   ✔ completed   ↺ moved back by an administrator. Space moves the selected cells one step forward; type a score in the test columns.</source>
            <translation>◐ 学习中   ✔ 已完成   ↺ 已由管理员退回。按空格键可使所选单元格前进一步；在测试列中直接输入成绩。</translation>
        </message>
        <message>
            <source>Select module cells first.</source>
            <translation>请先选择模块单元格。</translation>
        </message>
        <message>
            <source>Select the module cell to move back first.</source>
            <translation>请先选择要退回的模块单元格。</translation>
        </message>
        <message>
            <source>Progress only moves forward. To correct a mistake, use “Move back…”: it asks for a reason and records who did it.</source>
            <translation>进度只能前进。如需更正错误，请使用“退回…”：需要填写原因，并会记录操作人。</translation>
        </message>
    </context>
    <context>
        <name>RankModel</name>
        <message>
            <source>Rank</source>
            <translation>排名</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>实际值</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标值</translation>
        </message>
        <message>
            <source>Against target</source>
            <translation>对照目标</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>Agency</source>
            <translation>机构</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>中小企业</translation>
        </message>
        <message>
            <source>Training module</source>
            <translation>培训模块</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>培训班</translation>
        </message>
        <message>
            <source>Workshop day</source>
            <translation>培训日</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>学员</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>签到</translation>
        </message>
        <message>
            <source>Module progress</source>
            <translation>模块进度</translation>
        </message>
        <message>
            <source>E-business service</source>
            <translation>电子商务服务</translation>
        </message>
        <message>
            <source>Inquiry</source>
            <translation>询盘</translation>
        </message>
        <message>
            <source>Online presence</source>
            <translation>网上渠道</translation>
        </message>
        <message>
            <source>Awareness event</source>
            <translation>宣传活动</translation>
        </message>
        <message>
            <source>Survey form</source>
            <translation>问卷</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Survey response</source>
            <translation>答卷</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>冲突</translation>
        </message>
    </context>
    <context>
        <name>RepeatBlock</name>
        <message>
            <source>Add another</source>
            <translation>再添加一项</translation>
        </message>
        <message>
            <source>None yet. Press “Add another” to add one.</source>
            <translation>暂无内容。请按“再添加一项”添加。</translation>
        </message>
        <message>
            <source>%1 — no. %2</source>
            <translation>%1 — 第 %2 项</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Remove %1 — no. %2 and its answers?</source>
            <translation>要删除“%1 — 第 %2 项”及其答案吗？</translation>
        </message>
    </context>
    <context>
        <name>ReportFilters</name>
        <message>
            <source>Kind of period</source>
            <translation>期间类型</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>季度</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>日期范围</translation>
        </message>
        <message>
            <source>Quarter or month</source>
            <translation>季度或月份</translation>
        </message>
        <message>
            <source>From</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>To</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <source>All economies</source>
            <translation>全部国家/地区</translation>
        </message>
        <message>
            <source>All provinces</source>
            <translation>全部省/州市</translation>
        </message>
        <message>
            <source>All agencies</source>
            <translation>全部机构</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>机构</translation>
        </message>
        <message>
            <source>All sectors</source>
            <translation>全部行业</translation>
        </message>
        <message>
            <source>Women and men</source>
            <translation>全部性别</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Counts people of one sex, for the indicators that count people by sex; the others show that they are not counted by sex.</source>
            <translation>只统计一种性别的人员，适用于按性别统计人数的指标；其他指标会显示不按性别统计。</translation>
        </message>
        <message>
            <source>Q%1</source>
            <translation>第 %1 季度</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Awareness-raising and training</source>
            <translation>宣传与培训</translation>
        </message>
        <message>
            <source>E-business support network</source>
            <translation>电子商务支持网络</translation>
        </message>
        <message>
            <source>E-marketplaces and e-procurement</source>
            <translation>电商平台与电子采购</translation>
        </message>
        <message>
            <source>From surveys</source>
            <translation>来自调查</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>趋势</translation>
        </message>
        <message>
            <source>Record id</source>
            <translation>记录编号</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>国家/地区</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>中小企业</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>机构</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>培训班</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>参加人数</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>省/州市</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>课程级别</translation>
        </message>
        <message>
            <source>Type of service</source>
            <translation>服务类型</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Kind of event</source>
            <translation>活动类型</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <source>Q%1 %2</source>
            <translation>%2 年第 %1 季度</translation>
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
            <translation>已达标</translation>
        </message>
        <message>
            <source>Near target</source>
            <translation>接近目标</translation>
        </message>
        <message>
            <source>Behind target</source>
            <translation>未达目标</translation>
        </message>
        <message>
            <source>No target</source>
            <translation>无目标</translation>
        </message>
    </context>
    <context>
        <name>ReportsArea</name>
        <message>
            <source>Dashboard</source>
            <translation>仪表板</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>分类统计</translation>
        </message>
        <message>
            <source>Benchmarking</source>
            <translation>对标比较</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Report pack…</source>
            <translation>报告包…</translation>
        </message>
        <message>
            <source>These figures for headquarters and donors: a PDF and an XLSX workbook, in the language you choose</source>
            <translation>将这些数据生成一份 PDF 和一份 XLSX 工作簿，供总部和捐助方使用，语言由您选择</translation>
        </message>
        <message>
            <source>Compute again</source>
            <translation>重新计算</translation>
        </message>
        <message>
            <source>Indicators against targets</source>
            <translation>指标与目标对照</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>正在计算…</translation>
        </message>
        <message>
            <source>Stopped. Press F5 to compute again.</source>
            <translation>已停止。按 F5 重新计算。</translation>
        </message>
        <message>
            <source>The figures could not be computed.</source>
            <translation>无法计算数据。</translation>
        </message>
        <message>
            <source>Report pack</source>
            <translation>报告包</translation>
        </message>
        <message>
            <source>Language of the pack:</source>
            <translation>报告包语言：</translation>
        </message>
        <message>
            <source>Indicators against targets %1.pdf</source>
            <translation>指标与目标对照 %1.pdf</translation>
        </message>
        <message>
            <source>Save the report pack</source>
            <translation>保存报告包</translation>
        </message>
        <message>
            <source>PDF file (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Making the report pack…</source>
            <translation>正在生成报告包…</translation>
        </message>
        <message>
            <source>The report pack was cancelled; no file was left half written.</source>
            <translation>报告包已取消，没有留下写了一半的文件。</translation>
        </message>
        <message>
            <source>The report pack was cancelled.</source>
            <translation>报告包已取消。</translation>
        </message>
        <message>
            <source>Report pack written: %1 and %2.</source>
            <translation>报告包已生成：%1 和 %2。</translation>
        </message>
        <message>
            <source>The report pack could not be written.</source>
            <translation>无法生成报告包。</translation>
        </message>
    </context>
    <context>
        <name>RevertDialog</name>
        <message>
            <source>Move progress back</source>
            <translation>退回进度</translation>
        </message>
        <message>
            <source>Progress only moves forward. Moving it back is recorded with your name and the reason, and headquarters sees it.

%1 — %2: now “%3”.</source>
            <translation>进度只能前进。退回进度时会记录您的姓名和原因，总部也能看到。

%1 — %2：当前为“%3”。</translation>
        </message>
        <message>
            <source>Move back to:</source>
            <translation>退回到：</translation>
        </message>
        <message>
            <source>Reason (required):</source>
            <translation>原因（必填）：</translation>
        </message>
        <message>
            <source>Your name:</source>
            <translation>您的姓名：</translation>
        </message>
        <message>
            <source>Move back</source>
            <translation>退回</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Say why the progress is moved back.</source>
            <translation>请说明退回进度的原因。</translation>
        </message>
        <message>
            <source>Enter your name.</source>
            <translation>请输入您的姓名。</translation>
        </message>
        <message>
            <source>There is nothing earlier to move back to.</source>
            <translation>没有更早的步骤可以退回。</translation>
        </message>
    </context>
    <context>
        <name>RosterModel</name>
        <message>
            <source>present</source>
            <translation>已到</translation>
        </message>
        <message>
            <source>not yet here</source>
            <translation>未到</translation>
        </message>
        <message>
            <source>Here</source>
            <translation>已到</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Name (Latin letters)</source>
            <translation>姓名（拉丁字母）</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>中小企业</translation>
        </message>
    </context>
    <context>
        <name>SelectOneWidget</name>
        <message>
            <source>— not answered —</source>
            <translation>— 未作答 —</translation>
        </message>
    </context>
    <context>
        <name>ServiceDialog</name>
        <message>
            <source>Edit service</source>
            <translation>编辑服务</translation>
        </message>
        <message>
            <source>Service delivered</source>
            <translation>已提供的服务</translation>
        </message>
        <message>
            <source>0 when free of charge</source>
            <translation>免费请填 0</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付款</translation>
        </message>
        <message>
            <source>The SME has paid the fee.</source>
            <translation>中小企业已支付费用。</translation>
        </message>
        <message>
            <source>e.g. 12 products listed on the provincial portal; 3 inquiries in the first month</source>
            <translation>例如：12 种产品在省级门户网站上架；首月收到 3 条询盘</translation>
        </message>
        <message>
            <source>Service:</source>
            <translation>服务：</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <source>Staff:</source>
            <translation>经办人：</translation>
        </message>
        <message>
            <source>Fee charged:</source>
            <translation>收费：</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>成效：</translation>
        </message>
    </context>
    <context>
        <name>ServicesEditor</name>
        <message>
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <source>Indicative fee</source>
            <translation>参考费用</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <source>Language pairs</source>
            <translation>语言对</translation>
        </message>
        <message>
            <source>e.g. 50 per page</source>
            <translation>例如：每页 50</translation>
        </message>
        <message>
            <source>For translation: each language pair, from one language into another.</source>
            <translation>用于翻译：每个语言对表示从一种语言译成另一种语言。</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Remove this service</source>
            <translation>删除此服务</translation>
        </message>
    </context>
    <context>
        <name>ServicesView</name>
        <message>
            <source>Free</source>
            <translation>免费</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付款</translation>
        </message>
        <message>
            <source>Not paid</source>
            <translation>未付款</translation>
        </message>
        <message>
            <source>All services</source>
            <translation>全部服务</translation>
        </message>
        <message>
            <source>Paid or not</source>
            <translation>全部付款状态</translation>
        </message>
        <message numerus="yes">
            <source>%Ln service(s)</source>
            <translation>
                <numerusform>%Ln 项服务</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 with a fee, %2 free</source>
            <translation>收费 %1 项，免费 %2 项</translation>
        </message>
        <message>
            <source>%1 (paid %2, not paid %3)</source>
            <translation>%1（已付 %2，未付 %3）</translation>
        </message>
        <message>
            <source>Fees: %1</source>
            <translation>费用：%1</translation>
        </message>
        <message>
            <source>Export services</source>
            <translation>导出服务</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln service(s) to %1.</source>
            <translation>
                <numerusform>已将 %Ln 项服务导出到 %1。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsArea</name>
        <message>
            <source>Apply language</source>
            <translation>应用语言</translation>
        </message>
        <message>
            <source>Your full name, as colleagues know you</source>
            <translation>您的全名，即同事们所熟知的姓名</translation>
        </message>
        <message>
            <source>Allow unencrypted connections (http://) to a sync server on the local network</source>
            <translation>允许以未加密连接（http://）访问局域网内的同步服务器</translation>
        </message>
        <message>
            <source>Such a connection is not encrypted: anyone on the network can read what is sent, this computer's sync key included.</source>
            <translation>此类连接未加密：网络上的任何人都能读取发送的内容，包括本机的同步密钥。</translation>
        </message>
        <message>
            <source>Automatic (%1)</source>
            <translation>自动（%1）</translation>
        </message>
        <message>
            <source>Automatic sets Khmer, Lao and Burmese a little larger than the other languages. Windows opened from now on use the new size.</source>
            <translation>“自动”会把高棉文、老挝文和缅甸文显示得比其他语言稍大。此后打开的窗口将使用新的大小。</translation>
        </message>
        <message>
            <source>Buddhist era: %1</source>
            <translation>佛历：%1</translation>
        </message>
        <message>
            <source>Gregorian: %1</source>
            <translation>公历：%1</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>文字大小</translation>
        </message>
        <message>
            <source>Digits</source>
            <translation>数字</translation>
        </message>
        <message>
            <source>Years in Thai</source>
            <translation>泰文日期纪年（佛历/公历）</translation>
        </message>
        <message>
            <source>Your name (saved with every change)</source>
            <translation>您的姓名（随每次修改一起保存）</translation>
        </message>
        <message>
            <source>Your agency's economy and province</source>
            <translation>本机构所在的国家/地区和省/州市</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>同步</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>数据文件夹</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>证书</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>备份</translation>
        </message>
    </context>
    <context>
        <name>SmeActivityDialog</name>
        <message>
            <source>Training and services — %1</source>
            <translation>培训与服务 — %1</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>培训班</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>Modules completed</source>
            <translation>已完成的模块</translation>
        </message>
        <message>
            <source>Last step</source>
            <translation>最近进展</translation>
        </message>
        <message>
            <source>People and modules</source>
            <translation>人员与模块</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>费用</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>免费</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付款</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>成效</translation>
        </message>
        <message>
            <source>Add service…</source>
            <translation>添加服务…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>E-business services delivered</source>
            <translation>已提供的电子商务服务</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Portal or marketplace</source>
            <translation>门户网站或电商平台</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>产品数</translation>
        </message>
        <message>
            <source>Add presence…</source>
            <translation>添加网上渠道…</translation>
        </message>
        <message>
            <source>Online presence</source>
            <translation>网上渠道</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收到日期</translation>
        </message>
        <message>
            <source>From</source>
            <translation>来自国家</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Through</source>
            <translation>来源途径</translation>
        </message>
        <message>
            <source>Order value</source>
            <translation>订单金额</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Add inquiry…</source>
            <translation>添加询盘…</translation>
        </message>
        <message>
            <source>Inquiries received</source>
            <translation>收到的询盘</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Nobody from this SME has been to training yet.</source>
            <translation>该中小企业还没有人参加过培训。</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) of this SME known from training.</source>
            <translation>
                <numerusform>该企业有 %n 人参加过培训。</numerusform>
            </translation>
        </message>
        <message>
            <source>No module completed yet.</source>
            <translation>尚未完成任何模块。</translation>
        </message>
        <message numerus="yes">
            <source>%n module(s) completed</source>
            <translation>
                <numerusform>共完成 %n 个模块，</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>by %n of them.</source>
            <translation>
                <numerusform>完成者为其中 %n 人。</numerusform>
            </translation>
        </message>
        <message>
            <source>An online presence</source>
            <translation>某个网上渠道</translation>
        </message>
        <message>
            <source>A service</source>
            <translation>某项服务</translation>
        </message>
        <message>
            <source>add service</source>
            <translation>添加服务</translation>
        </message>
        <message>
            <source>Service added.</source>
            <translation>已添加服务。</translation>
        </message>
        <message>
            <source>edit service</source>
            <translation>编辑服务</translation>
        </message>
        <message>
            <source>Service saved.</source>
            <translation>服务已保存。</translation>
        </message>
        <message>
            <source>delete service</source>
            <translation>删除服务</translation>
        </message>
        <message>
            <source>Service deleted. Undo with Ctrl+Z.</source>
            <translation>服务已删除。按 Ctrl+Z 可撤销。</translation>
        </message>
        <message>
            <source>add online presence</source>
            <translation>添加网上渠道</translation>
        </message>
        <message>
            <source>Online presence added.</source>
            <translation>已添加网上渠道。</translation>
        </message>
        <message>
            <source>edit online presence</source>
            <translation>编辑网上渠道</translation>
        </message>
        <message>
            <source>Online presence saved.</source>
            <translation>网上渠道已保存。</translation>
        </message>
        <message>
            <source>delete online presence</source>
            <translation>删除网上渠道</translation>
        </message>
        <message>
            <source>Online presence deleted. Undo with Ctrl+Z.</source>
            <translation>网上渠道已删除。按 Ctrl+Z 可撤销。</translation>
        </message>
        <message>
            <source>add inquiry</source>
            <translation>添加询盘</translation>
        </message>
        <message>
            <source>Inquiry added.</source>
            <translation>已添加询盘。</translation>
        </message>
        <message>
            <source>edit inquiry</source>
            <translation>编辑询盘</translation>
        </message>
        <message>
            <source>Inquiry saved.</source>
            <translation>询盘已保存。</translation>
        </message>
        <message>
            <source>delete inquiry</source>
            <translation>删除询盘</translation>
        </message>
        <message>
            <source>Inquiry deleted. Undo with Ctrl+Z.</source>
            <translation>询盘已删除。按 Ctrl+Z 可撤销。</translation>
        </message>
    </context>
    <context>
        <name>SmeArea</name>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>SMEs</source>
            <translation>中小企业</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>服务</translation>
        </message>
        <message>
            <source>Inquiries</source>
            <translation>询盘</translation>
        </message>
        <message>
            <source>New SME</source>
            <translation>新增中小企业</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>导入…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>Training and services…</source>
            <translation>培训与服务…</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>查找</translation>
        </message>
        <message>
            <source>Search name, phone, registration number, contact…</source>
            <translation>搜索名称、电话、注册号、联系人…</translation>
        </message>
        <message>
            <source>All sectors</source>
            <translation>全部行业</translation>
        </message>
        <message>
            <source>All economies</source>
            <translation>全部国家/地区</translation>
        </message>
        <message>
            <source>Any ICT level</source>
            <translation>全部信息化水平</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>所属机构</translation>
        </message>
        <message>
            <source>All agencies</source>
            <translation>全部机构</translation>
        </message>
        <message>
            <source>Deleted SMEs</source>
            <translation>已删除的中小企业</translation>
        </message>
        <message>
            <source>Show deleted SMEs, to restore them</source>
            <translation>显示已删除的中小企业，以便恢复</translation>
        </message>
        <message>
            <source>All provinces</source>
            <translation>全部省/州市</translation>
        </message>
        <message numerus="yes">
            <source>%n SME(s)</source>
            <translation>
                <numerusform>%n 家中小企业</numerusform>
            </translation>
        </message>
        <message>
            <source>More than %1 SMEs</source>
            <translation>超过 %1 家中小企业</translation>
        </message>
        <message>
            <source>The list could not be loaded: %1</source>
            <translation>无法加载列表：%1</translation>
        </message>
        <message>
            <source>add %1</source>
            <translation>新增 %1</translation>
        </message>
        <message>
            <source>Saved “%1”.</source>
            <translation>已保存“%1”。</translation>
        </message>
        <message>
            <source>edit %1</source>
            <translation>编辑 %1</translation>
        </message>
        <message>
            <source>Nothing was deleted: the backup made first was stopped.</source>
            <translation>未删除任何内容：事先进行的备份已被中止。</translation>
        </message>
        <message>
            <source>Deleted “%1”.</source>
            <translation>已删除“%1”。</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n SME(s).</source>
            <translation>
                <numerusform>已删除 %n 家中小企业。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>delete %n SME(s)</source>
            <translation>
                <numerusform>删除 %n 家中小企业</numerusform>
            </translation>
        </message>
        <message>
            <source>Undo with Ctrl+Z, or find it under Deleted SMEs.</source>
            <translation>按 Ctrl+Z 可撤销，也可在“已删除的中小企业”中找回。</translation>
        </message>
        <message numerus="yes">
            <source>restore %n SME(s)</source>
            <translation>
                <numerusform>恢复 %n 家中小企业</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %n SME(s).</source>
            <translation>
                <numerusform>已恢复 %n 家中小企业。</numerusform>
            </translation>
        </message>
        <message>
            <source>Export SMEs</source>
            <translation>导出中小企业</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>导出已取消，未写入任何文件。</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n SME(s) to %1.</source>
            <translation>
                <numerusform>已将 %n 家中小企业导出到 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting SMEs</source>
            <translation>正在导出中小企业</translation>
        </message>
    </context>
    <context>
        <name>SmeFormDialog</name>
        <message>
            <source>New SME</source>
            <translation>新增中小企业</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>企业信息</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>所在地</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>规模</translation>
        </message>
        <message>
            <source>Edit SME — %1</source>
            <translation>编辑中小企业 — %1</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>保存 (Ctrl+S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Added by %1, %2</source>
            <translation>由 %1 于 %2 添加</translation>
        </message>
        <message>
            <source>last changed by %1, %2</source>
            <translation>最后由 %1 于 %2 修改</translation>
        </message>
        <message>
            <source>agency: %1</source>
            <translation>所属机构：%1</translation>
        </message>
        <message>
            <source>Add sector…</source>
            <translation>添加行业…</translation>
        </message>
        <message>
            <source>ICT and e-business use</source>
            <translation>信息技术和电子商务应用</translation>
        </message>
        <message>
            <source>Add sector</source>
            <translation>添加行业</translation>
        </message>
        <message>
            <source>Name of the new sector:</source>
            <translation>新行业名称：</translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>放弃修改？</translation>
        </message>
        <message>
            <source>Discard your changes?</source>
            <translation>确定要放弃所做的修改吗？</translation>
        </message>
        <message>
            <source>same name</source>
            <translation>名称相同</translation>
        </message>
        <message>
            <source>similar name</source>
            <translation>名称相似</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>电话相同</translation>
        </message>
        <message>
            <source>same registration number</source>
            <translation>注册号相同</translation>
        </message>
        <message>
            <source>This business may already be registered. Open it instead of adding it again, or save if it is a different one:</source>
            <translation>该企业可能已经登记。请打开已有记录，不要重复添加；如果是另一家企业，请直接保存：</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Open this one</source>
            <translation>打开此记录</translation>
        </message>
    </context>
    <context>
        <name>SmeTableModel</name>
        <message>
            <source>Agency</source>
            <translation>所属机构</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Where to start</source>
            <translation>从这里开始</translation>
        </message>
        <message>
            <source>A few first steps; press F1 at any time for the keyboard shortcuts and a short guide.</source>
            <translation>先完成以下几步；随时按 F1 可查看快捷键和简要指南。</translation>
        </message>
        <message>
            <source>&lt;b&gt;Register an SME&lt;/b&gt; in SMEs, with New SME: GMS Desk tells you when the business may be registered already.</source>
            <translation>&lt;b&gt;登记中小企业&lt;/b&gt;：在“中小企业”中点击“新增中小企业”；如果该企业可能已经登记过，GMS Desk 会提示您。</translation>
        </message>
        <message>
            <source>&lt;b&gt;Plan a workshop&lt;/b&gt; in Training, with New workshop: enrol people, then mark attendance and progress, and print certificates.</source>
            <translation>&lt;b&gt;计划培训班&lt;/b&gt;：在“培训”中点击“新建培训班”；为学员报名，然后记录出勤和进度，并打印证书。</translation>
        </message>
        <message>
            <source>&lt;b&gt;Run a survey&lt;/b&gt; in Surveys, with New response, for an SME.</source>
            <translation>&lt;b&gt;开展调查&lt;/b&gt;：在“调查”中点击“新建答卷”，为某家中小企业填写。</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sync&lt;/b&gt; in Sync: enrol this computer once with the code headquarters gave you; your changes are then sent whenever there is a connection.</source>
            <translation>&lt;b&gt;同步&lt;/b&gt;：在“同步”中使用总部提供的注册码为本机注册一次；之后只要有网络连接，您的修改就会发送出去。</translation>
        </message>
    </context>
    <context>
        <name>SummaryWindow</name>
        <message>
            <source>All versions</source>
            <translation>全部版本</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>版本 %1</translation>
        </message>
        <message>
            <source>All provinces</source>
            <translation>全部省/州市</translation>
        </message>
        <message>
            <source>All sectors</source>
            <translation>全部行业</translation>
        </message>
        <message>
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Labels in:</source>
            <translation>标签语言：</translation>
        </message>
        <message>
            <source>Export responses (CSV/XLSX)…</source>
            <translation>导出答卷 (CSV/XLSX)…</translation>
        </message>
        <message>
            <source>Summary PDF…</source>
            <translation>汇总 PDF…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Summary — %1</source>
            <translation>汇总 — %1</translation>
        </message>
        <message>
            <source>submitted %1 to %2</source>
            <translation>提交于 %1 至 %2</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>正在统计…</translation>
        </message>
        <message>
            <source>Summarising</source>
            <translation>正在汇总</translation>
        </message>
        <message numerus="yes">
            <source>%n response(s)</source>
            <translation>
                <numerusform>%n 份答卷</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n 个文件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>From %n point(s) of the latest answers</source>
            <translation>
                <numerusform>来自最新答案中的 %n 个点</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n response(s) to %1.</source>
            <translation>
                <numerusform>已将 %n 份答卷导出到 %1。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) and file(s) copied to %1.</source>
            <translation>
                <numerusform>已将 %n 张照片和文件复制到 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>version %1: %2</source>
            <translation>版本 %1：%2</translation>
        </message>
        <message>
            <source>This form has no questions to summarise.</source>
            <translation>此问卷没有可汇总的问题。</translation>
        </message>
        <message>
            <source>%1 answered</source>
            <translation>作答 %1 份</translation>
        </message>
        <message>
            <source>in each “%1”</source>
            <translation>每个“%1”中</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>平均值</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>中位数</translation>
        </message>
        <message>
            <source>Lowest</source>
            <translation>最低值</translation>
        </message>
        <message>
            <source>Highest</source>
            <translation>最高值</translation>
        </message>
        <message>
            <source>No numbers yet.</source>
            <translation>暂无数值。</translation>
        </message>
        <message>
            <source>Latest answers:</source>
            <translation>最新答案：</translation>
        </message>
        <message>
            <source>No answers yet.</source>
            <translation>暂无答案。</translation>
        </message>
        <message>
            <source>No files yet.</source>
            <translation>尚无文件。</translation>
        </message>
        <message>
            <source>%1 of the latest photos are not on this laptop yet (they come with the next sync).</source>
            <translation>最新照片中有 %1 张尚未在本机上（将在下次同步时获取）。</translation>
        </message>
        <message>
            <source>No locations yet.</source>
            <translation>尚无位置。</translation>
        </message>
        <message>
            <source>Centre: %1, %2</source>
            <translation>中心：%1，%2</translation>
        </message>
        <message>
            <source>Between latitudes %1 and %2, longitudes %3 and %4</source>
            <translation>纬度 %1 至 %2，经度 %3 至 %4 之间</translation>
        </message>
        <message>
            <source>Export responses</source>
            <translation>导出答卷</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>%1 are not on this laptop: open them in their responses to fetch them, then export again.</source>
            <translation>有 %1 个文件不在本机上：请在相应答卷中打开以获取这些文件，然后重新导出。</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>导出已取消，未写入任何文件。</translation>
        </message>
        <message>
            <source>The export failed; no file was written.</source>
            <translation>导出失败，未写入任何文件。</translation>
        </message>
        <message>
            <source>Exporting responses</source>
            <translation>正在导出答卷</translation>
        </message>
        <message>
            <source>Summary PDF</source>
            <translation>汇总 PDF</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <source>Summary saved to %1.</source>
            <translation>汇总已保存到 %1。</translation>
        </message>
        <message>
            <source>Writing the summary PDF</source>
            <translation>正在生成汇总 PDF</translation>
        </message>
    </context>
    <context>
        <name>Survey</name>
        <message>
            <source>This answer is required.</source>
            <translation>此题必须作答。</translation>
        </message>
        <message>
            <source>This answer is not allowed.</source>
            <translation>此答案不符合要求。</translation>
        </message>
        <message>
            <source>This answer is not in the expected form.</source>
            <translation>此答案的格式不正确。</translation>
        </message>
        <message>
            <source>Enter a whole number, for example 12.</source>
            <translation>请输入整数，例如 12。</translation>
        </message>
        <message>
            <source>Enter a number, for example 2.5.</source>
            <translation>请输入数字，例如 2.5。</translation>
        </message>
    </context>
    <context>
        <name>Surveys</name>
        <message>
            <source>Choose a file name ending in .csv or .xlsx.</source>
            <translation>请选择以 .csv 或 .xlsx 结尾的文件名。</translation>
        </message>
        <message>
            <source>(not answered)</source>
            <translation>（未作答）</translation>
        </message>
        <message>
            <source>Version {version} of form {form_id} is already here with different questions. Change the version in the form's settings sheet and import it again.</source>
            <translation>问卷 {form_id} 的版本 {version} 已存在，但问题不同。请在问卷的 settings 工作表中修改版本号，然后重新导入。</translation>
        </message>
        <message>
            <source>Version {version} of form {form_id} is already here with other attached files ({files}). Change the version in the form's settings sheet and import it again.</source>
            <translation>问卷 {form_id} 的版本 {version} 已存在，但附带的文件不同（{files}）。请在问卷的 settings 工作表中修改版本号，然后重新导入。</translation>
        </message>
        <message>
            <source>The answers are not a set of named values.</source>
            <translation>答案不是一组带名称的值。</translation>
        </message>
        <message>
            <source>This form version has responses or drafts, so it cannot be deleted.</source>
            <translation>此问卷版本已有答卷或草稿，无法删除。</translation>
        </message>
        <message>
            <source>Enter a date as YYYY-MM-DD, for example 2024-03-15.</source>
            <translation>请按 YYYY-MM-DD 格式输入日期，例如 2024-03-15。</translation>
        </message>
        <message>
            <source>This response was already corrected. Correct the newest one instead.</source>
            <translation>此答卷已被更正过。请更正最新的一份。</translation>
        </message>
        <message>
            <source>Headquarters published version {version} of form {form_id} with different questions; it can be read here but not changed. Change the version in the form's settings sheet and import it again.</source>
            <translation>总部已发布问卷 {form_id} 的版本 {version}，但问题不同；在此只能查看，不能修改。请在问卷的 settings 工作表中修改版本号，然后重新导入。</translation>
        </message>
        <message>
            <source>This form version is retired: it takes no new responses. Its responses and drafts are kept.</source>
            <translation>此问卷版本已停用：不再接收新答卷。已有的答卷和草稿会保留。</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>答卷</translation>
        </message>
        <message>
            <source>Form version</source>
            <translation>问卷版本</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>提交时间</translation>
        </message>
        <message>
            <source>SME ID</source>
            <translation>中小企业 ID</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>中小企业</translation>
        </message>
        <message>
            <source>Workshop ID</source>
            <translation>培训班 ID</translation>
        </message>
        <message>
            <source>About agency</source>
            <translation>对象机构</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Corrects response</source>
            <translation>所更正的答卷</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>录入人</translation>
        </message>
        <message>
            <source>Agency code</source>
            <translation>机构代码</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>机构</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>条目</translation>
        </message>
    </context>
    <context>
        <name>SurveysArea</name>
        <message>
            <source>Surveys</source>
            <translation>调查</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>继续填写</translation>
        </message>
        <message>
            <source>Delete draft…</source>
            <translation>删除草稿…</translation>
        </message>
        <message>
            <source>View</source>
            <translation>查看</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>更正…</translation>
        </message>
        <message>
            <source>Make a corrected copy to fill in; once submitted it replaces this response, which is kept for the record.</source>
            <translation>生成一份副本用于更正；提交后将替换此答卷，原答卷会留存备查。</translation>
        </message>
        <message>
            <source>Show replaced responses</source>
            <translation>显示已被替换的答卷</translation>
        </message>
        <message>
            <source>Drafts</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Responses</source>
            <translation>答卷</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>问卷</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>问卷</translation>
        </message>
        <message>
            <source>Form ID</source>
            <translation>问卷 ID</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>版本数</translation>
        </message>
        <message>
            <source>Imported from</source>
            <translation>导入来源</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>中小企业</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <source>Last saved</source>
            <translation>上次保存</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>答案数</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>已提交</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>By</source>
            <translation>填写人</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>New response…</source>
            <translation>新建答卷…</translation>
        </message>
        <message>
            <source>Import XLSForm…</source>
            <translation>导入 XLSForm…</translation>
        </message>
        <message>
            <source>Summary and export…</source>
            <translation>汇总和导出…</translation>
        </message>
        <message>
            <source>Installing the forms that come with GMS Desk…</source>
            <translation>正在安装 GMS Desk 自带的问卷…</translation>
        </message>
        <message>
            <source>Installing forms</source>
            <translation>正在安装问卷</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>更正</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>Drafts (%1)</source>
            <translation>草稿（%1）</translation>
        </message>
        <message>
            <source>Replaced by a correction</source>
            <translation>已被更正版替换</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>所属机构</translation>
        </message>
        <message>
            <source>All agencies</source>
            <translation>全部机构</translation>
        </message>
        <message>
            <source>Show every version</source>
            <translation>显示所有版本</translation>
        </message>
        <message>
            <source>Export with labels…</source>
            <translation>带标签导出…</translation>
        </message>
        <message>
            <source>Every response to the selected form in a spreadsheet for people to read: the questions' text and the answers' labels, in the language you choose</source>
            <translation>将所选问卷的全部答卷导出为便于阅读的电子表格：问题文字和答案标签使用您选择的语言</translation>
        </message>
        <message>
            <source>Retire version</source>
            <translation>停用此版本</translation>
        </message>
        <message>
            <source>Delete version…</source>
            <translation>删除版本…</translation>
        </message>
        <message numerus="yes">
            <source>%n form(s) ready to fill in.</source>
            <translation>
                <numerusform>%n 份问卷可以填写了。</numerusform>
            </translation>
        </message>
        <message>
            <source>Version %1: %2, %3</source>
            <translation>版本 %1：%2，%3</translation>
        </message>
        <message numerus="yes">
            <source>%n response(s)</source>
            <translation>
                <numerusform>%n 份答卷</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n draft(s)</source>
            <translation>
                <numerusform>%n 份草稿</numerusform>
            </translation>
        </message>
        <message>
            <source>retired</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Published by headquarters</source>
            <translation>总部发布</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Retired: not offered for new responses. Its responses and drafts are kept, and can be viewed, corrected and exported.</source>
            <translation>已停用：不再用于新答卷。已有的答卷和草稿会保留，仍可查看、更正和导出。</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>使用中</translation>
        </message>
        <message>
            <source>Offered for new responses.</source>
            <translation>可用于新答卷。</translation>
        </message>
        <message>
            <source>Responses (%1)</source>
            <translation>答卷（%1）</translation>
        </message>
        <message>
            <source>Responses to “%1” (%2)</source>
            <translation>“%1”的答卷（%2）</translation>
        </message>
        <message>
            <source>The responses could not be loaded: %1</source>
            <translation>无法加载答卷：%1</translation>
        </message>
        <message>
            <source>Bring back</source>
            <translation>恢复使用</translation>
        </message>
        <message>
            <source>Offer version %1 of “%2” for new responses again.</source>
            <translation>重新启用“%2”的版本 %1，用于新答卷。</translation>
        </message>
        <message>
            <source>Retire version %1 of “%2”: it is no longer offered for new responses; its responses and drafts are kept.</source>
            <translation>停用“%2”的版本 %1：不再用于新答卷；已有的答卷和草稿会保留。</translation>
        </message>
        <message>
            <source>Delete version %1 of “%2”: nobody has answered it.</source>
            <translation>删除“%2”的版本 %1：还没有人填写。</translation>
        </message>
        <message>
            <source>Only an administrator can retire a form version or bring it back: “Administrator…” in Settings asks for the administrator password.</source>
            <translation>只有管理员才能停用或恢复问卷版本：点击“设置”中的“管理员…”将要求输入管理员密码。</translation>
        </message>
        <message>
            <source>Version %1 of “%2” was not retired: the backup made first was stopped.</source>
            <translation>未停用“%2”的版本 %1：事先进行的备份已被中止。</translation>
        </message>
        <message>
            <source>Version %1 of “%2” is offered for new responses again.</source>
            <translation>“%2”的版本 %1 已重新启用，可用于新答卷。</translation>
        </message>
        <message>
            <source>Version %1 of “%2” retired: it is no longer offered for new responses; its responses and drafts are kept.</source>
            <translation>已停用“%2”的版本 %1：不再用于新答卷；已有的答卷和草稿会保留。</translation>
        </message>
        <message>
            <source>Delete form version</source>
            <translation>删除问卷版本</translation>
        </message>
        <message>
            <source>Delete version %1 of “%2”? Nobody has answered it yet.</source>
            <translation>要删除“%2”的版本 %1 吗？还没有人填写。</translation>
        </message>
        <message>
            <source>Version %1 of “%2” deleted.</source>
            <translation>已删除“%2”的版本 %1。</translation>
        </message>
        <message>
            <source>%1 (version %2)</source>
            <translation>%1（版本 %2）</translation>
        </message>
        <message>
            <source>Every form version is retired. Bring one back, or import a new version.</source>
            <translation>所有问卷版本均已停用。请恢复使用其中一个版本，或导入新版本。</translation>
        </message>
        <message>
            <source>There is no form yet. Import an XLSForm first.</source>
            <translation>还没有问卷。请先导入 XLSForm。</translation>
        </message>
        <message>
            <source>Agency: %1</source>
            <translation>机构：%1</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>版本 %1</translation>
        </message>
        <message>
            <source>SME: %1</source>
            <translation>中小企业：%1</translation>
        </message>
        <message>
            <source>Correction of a submitted response</source>
            <translation>对已提交答卷的更正</translation>
        </message>
        <message>
            <source>Response submitted. It will be sent with the next sync.</source>
            <translation>答卷已提交，将在下次同步时发送。</translation>
        </message>
        <message>
            <source>Update the SME from a survey</source>
            <translation>根据调查更新中小企业</translation>
        </message>
        <message>
            <source>No SME is linked to the response, so no SME record was updated.</source>
            <translation>此答卷未关联任何中小企业，因此没有更新中小企业记录。</translation>
        </message>
        <message>
            <source>The SME is not on this laptop, so its record was not updated.</source>
            <translation>本机上没有该中小企业，因此未更新其记录。</translation>
        </message>
        <message>
            <source>The SME belongs to another agency: its record can be read here but not changed, so it was not updated.</source>
            <translation>该中小企业属于其他机构：其记录在此只能查看，不能修改，因此未更新。</translation>
        </message>
        <message>
            <source>The form's update condition (update_if) was not met, so the SME record was not updated.</source>
            <translation>未满足问卷的更新条件（update_if），因此未更新中小企业记录。</translation>
        </message>
        <message>
            <source>SME record updated: %1.</source>
            <translation>已更新中小企业记录：%1。</translation>
        </message>
        <message>
            <source>The SME record already held these answers.</source>
            <translation>中小企业记录中已有这些答案。</translation>
        </message>
        <message>
            <source>Not written to the SME record, as the answer does not fit it: %1.</source>
            <translation>以下答案与中小企业记录的字段不符，未写入：%1。</translation>
        </message>
        <message>
            <source>No answer for the SME record was given, so it was not updated.</source>
            <translation>没有填写用于中小企业记录的答案，因此未更新。</translation>
        </message>
        <message>
            <source>The draft is kept: resume it any time from the Drafts list.</source>
            <translation>草稿已保留：可随时在“草稿”列表中继续填写。</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>删除草稿</translation>
        </message>
        <message>
            <source>Delete this draft of “%1” and the answers in it? This cannot be undone.</source>
            <translation>要删除“%1”的这份草稿及其中的答案吗？此操作无法撤销。</translation>
        </message>
        <message>
            <source>Draft deleted.</source>
            <translation>草稿已删除。</translation>
        </message>
        <message>
            <source>Submitted %1</source>
            <translation>提交于 %1</translation>
        </message>
        <message>
            <source>replaced by a correction</source>
            <translation>已被更正版替换</translation>
        </message>
        <message>
            <source>Import an XLSForm</source>
            <translation>导入 XLSForm</translation>
        </message>
        <message>
            <source>XLSForm spreadsheet (*.xlsx *.xls)</source>
            <translation>XLSForm 电子表格 (*.xlsx *.xls)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>正在读取 %1…</translation>
        </message>
        <message>
            <source>Importing form</source>
            <translation>正在导入问卷</translation>
        </message>
        <message>
            <source>Files the form needs</source>
            <translation>问卷所需的文件</translation>
        </message>
        <message>
            <source>“%1” needs %2 file(s) that are not in its folder: %3.

Choose them now? (ODK keeps them in a folder named %4 next to the form.)</source>
            <translation>“%1”需要 %2 个不在其文件夹中的文件：%3。

现在选择这些文件吗？（ODK 将它们保存在问卷旁边名为 %4 的文件夹中。）</translation>
        </message>
        <message>
            <source>Choose the form's files</source>
            <translation>选择问卷的文件</translation>
        </message>
        <message>
            <source>Files the form names (%1);;All files (*)</source>
            <translation>问卷中指定的文件 (%1);;所有文件 (*)</translation>
        </message>
        <message numerus="yes">
            <source>“%1” cannot be used as a form: %n problem(s) must be fixed in the spreadsheet first.</source>
            <translation>
                <numerusform>“%1”无法用作问卷：需先在电子表格中修正 %n 个问题。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s): what GMS Desk ignored is listed below.</source>
            <translation>
                <numerusform>%n 个警告：GMS Desk 忽略的内容列在下方。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n response(s) with labels to %1.</source>
            <translation>
                <numerusform>已将 %n 份答卷（带标签）导出到 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>Form not imported</source>
            <translation>问卷未导入</translation>
        </message>
        <message>
            <source>Version %1 of “%2” is already here; nothing changed.</source>
            <translation>“%2”的版本 %1 已存在，未作任何更改。</translation>
        </message>
        <message>
            <source>Form already imported</source>
            <translation>问卷已导入过</translation>
        </message>
        <message>
            <source>Imported “%1”, version %2.</source>
            <translation>已导入“%1”，版本 %2。</translation>
        </message>
        <message>
            <source>Form imported</source>
            <translation>问卷已导入</translation>
        </message>
        <message>
            <source>Export with labels</source>
            <translation>带标签导出</translation>
        </message>
        <message>
            <source>Questions and answers in:</source>
            <translation>问题和答案的语言：</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>导出已取消，未写入任何文件。</translation>
        </message>
        <message>
            <source>The export failed; no file was written.</source>
            <translation>导出失败，未写入任何文件。</translation>
        </message>
        <message>
            <source>Exporting responses</source>
            <translation>正在导出答卷</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>This address starts with http://, so the connection would not be encrypted: this computer's key and your data could be read on the way. Use an https:// address. For a server on your local network, an administrator can allow unencrypted connections to it.</source>
            <translation>此地址以 http:// 开头，连接不会加密：本机的密钥和您的数据可能在传输途中被读取。请使用 https:// 地址。对于您局域网内的服务器，管理员可以允许与其建立未加密连接。</translation>
        </message>
        <message>
            <source>Unencrypted connections are allowed only to a server on your local network, and this address is on the Internet. Use an https:// address.</source>
            <translation>只允许与您局域网内的服务器建立未加密连接，而此地址位于互联网上。请使用 https:// 地址。</translation>
        </message>
        <message>
            <source>The server's certificate could not be verified. Check the server address and this computer's date and time; if both are right, tell headquarters. Nothing was sent.</source>
            <translation>无法验证服务器的证书。请检查服务器地址以及本机的日期和时间；如果两者都正确，请告知总部。未发送任何内容。</translation>
        </message>
        <message>
            <source>This database is not enrolled on this computer: it was copied from another computer, or the key that lets it sync is missing. Enrol this computer again with a new code from headquarters.</source>
            <translation>此数据库未在本机注册：它是从另一台计算机复制来的，或者同步所需的密钥已丢失。请使用总部提供的新注册码重新注册本机。</translation>
        </message>
        <message>
            <source>The server address is not valid. It looks like https://hq.example.org.</source>
            <translation>服务器地址无效。正确的地址形如 https://hq.example.org。</translation>
        </message>
        <message>
            <source>Headquarters cannot be reached. Your changes are kept and will be sent when the connection is back.</source>
            <translation>无法连接总部。您的修改已保留，恢复连接后将发送。</translation>
        </message>
        <message>
            <source>Headquarters could not process the enrolment. Try again later; if it keeps failing, tell headquarters.</source>
            <translation>总部无法处理本次注册。请稍后重试；如果一直失败，请告知总部。</translation>
        </message>
        <message>
            <source>Too many enrolment attempts from this network. Wait a minute, then try again.</source>
            <translation>此网络的注册尝试次数过多。请等待一分钟后重试。</translation>
        </message>
        <message>
            <source>This version of GMS Desk is too old to sync with headquarters. Please install GMS Desk %1 or newer; this laptop has %2. Your data is kept until then.</source>
            <translation>此版本的 GMS Desk 太旧，无法与总部同步。请安装 GMS Desk %1 或更新版本；本机当前为 %2。在此之前您的数据会一直保留。</translation>
        </message>
        <message>
            <source>This is the demo data folder: nothing in it is ever sent to headquarters. Leave demo data (in the Demo menu), then enrol this computer with your own data.</source>
            <translation>这是演示数据文件夹：其中的内容永远不会发送到总部。请先退出演示数据（在“演示”菜单中），然后使用您自己的数据注册本机。</translation>
        </message>
        <message>
            <source>Headquarters does not recognise this computer (not enrolled, or access was withdrawn). Enrol it again with a new code.</source>
            <translation>总部无法识别本机（尚未注册，或访问权限已被撤销）。请使用新的注册码重新注册。</translation>
        </message>
        <message>
            <source>This version of GMS Desk is too old to sync. Please update it; your data is kept until then.</source>
            <translation>此版本的 GMS Desk 太旧，无法同步。请更新；在此之前您的数据会一直保留。</translation>
        </message>
        <message>
            <source>Headquarters refused the request.</source>
            <translation>总部拒绝了该请求。</translation>
        </message>
        <message>
            <source>Headquarters could not process the sync. Try again later.</source>
            <translation>总部无法处理本次同步，请稍后重试。</translation>
        </message>
        <message>
            <source>This enrolment code is not valid or was used already. Ask headquarters for a new one.</source>
            <translation>此注册码无效或已被使用。请向总部索取新的注册码。</translation>
        </message>
        <message>
            <source>This address does not answer like a GMS Desk headquarters server. Check the address.</source>
            <translation>该地址的响应不像 GMS Desk 总部服务器。请检查地址。</translation>
        </message>
        <message>
            <source>Sync is not set up: enrol this computer with headquarters first.</source>
            <translation>尚未设置同步：请先向总部注册本机。</translation>
        </message>
        <message>
            <source>Enter the server address and the enrolment code.</source>
            <translation>请输入服务器地址和注册码。</translation>
        </message>
        <message>
            <source>No GMS Desk headquarters answered at this address. Check the address (for example https://hq.example.org) and try again.</source>
            <translation>此地址没有 GMS Desk 总部服务器响应。请检查地址（例如 https://hq.example.org）后重试。</translation>
        </message>
        <message>
            <source>This record belongs to another agency.</source>
            <translation>此记录属于其他机构。</translation>
        </message>
        <message>
            <source>Headquarters published this record; it cannot be changed here.</source>
            <translation>此记录由总部发布，不能在此修改。</translation>
        </message>
        <message>
            <source>Headquarters does not know this kind of record yet (it runs an older version).</source>
            <translation>总部尚不认识此类记录（其版本较旧）。</translation>
        </message>
        <message>
            <source>Headquarters does not know this field yet (it runs an older version).</source>
            <translation>总部尚不认识此字段（其版本较旧）。</translation>
        </message>
        <message>
            <source>Headquarters has no such conflict.</source>
            <translation>总部没有此冲突。</translation>
        </message>
        <message>
            <source>The key that lets this computer sync could not be saved in the data folder. Check that the folder can be written to, then enrol again.</source>
            <translation>无法将本机同步所需的密钥保存到数据文件夹。请检查该文件夹是否可以写入，然后重新注册。</translation>
        </message>
        <message>
            <source>The key that lets this computer sync could not be read from the system's password store (it may be locked). Unlock it, then sync again.</source>
            <translation>无法从系统密码库读取本机同步所需的密钥（密码库可能已锁定）。请解锁后重新同步。</translation>
        </message>
        <message>
            <source>This file is not a GMS Desk sync bundle.</source>
            <translation>此文件不是 GMS Desk 同步文件包。</translation>
        </message>
        <message>
            <source>This sync bundle was made by a newer version of GMS Desk. Update GMS Desk on this computer, then import it again.</source>
            <translation>此同步文件包由较新版本的 GMS Desk 生成。请更新本机的 GMS Desk，然后重新导入。</translation>
        </message>
        <message>
            <source>This sync bundle is damaged or incomplete (it may have been cut short while it was copied). Nothing was imported. Copy it again, or make a new one.</source>
            <translation>此同步文件包已损坏或不完整（可能在复制时被截断）。未导入任何内容。请重新复制，或重新生成一个。</translation>
        </message>
        <message>
            <source>This sync bundle was changed after it was made, or was not made for this computer. Nothing was imported.</source>
            <translation>此同步文件包在生成后被修改过，或不是为本机生成的。未导入任何内容。</translation>
        </message>
        <message>
            <source>This sync bundle is encrypted. Enter the passphrase it was made with.</source>
            <translation>此同步文件包已加密。请输入生成时使用的密码。</translation>
        </message>
        <message>
            <source>The passphrase is not the one this sync bundle was made with, or the bundle was changed after it was made. Nothing was imported.</source>
            <translation>密码与生成此同步文件包时使用的不一致，或文件包在生成后被修改过。未导入任何内容。</translation>
        </message>
        <message>
            <source>Encrypted sync bundles need the “cryptography” package, which is not installed with this copy of GMS Desk.</source>
            <translation>加密的同步文件包需要“cryptography”软件包，但此 GMS Desk 未安装该软件包。</translation>
        </message>
        <message>
            <source>This computer is not enrolled with headquarters, so it cannot make or read sync bundles. Enrol it first.</source>
            <translation>本机尚未向总部注册，因此无法生成或读取同步文件包。请先注册本机。</translation>
        </message>
        <message>
            <source>This sync bundle was made on this computer. Take it to headquarters, or to another computer of your agency, and import it there.</source>
            <translation>此同步文件包是在本机生成的。请将它带到总部或本机构的另一台电脑上导入。</translation>
        </message>
        <message>
            <source>This reply from headquarters is for another computer. Import it on the computer whose id it names.</source>
            <translation>这份总部回复是给另一台电脑的。请在回复中所写编号对应的电脑上导入。</translation>
        </message>
        <message>
            <source>This sync bundle comes from a computer of another agency. Only bundles of your own agency's computers, and replies from headquarters for this computer, can be imported here.</source>
            <translation>此同步文件包来自其他机构的电脑。这里只能导入本机构电脑生成的文件包，以及总部发给本机的回复。</translation>
        </message>
        <message>
            <source>This sync bundle comes from a computer whose clock is ahead. Correct the date and time on that computer, sync it or make a new bundle there, and import that one. Nothing was imported.</source>
            <translation>此同步文件包来自一台时钟偏快的电脑。请更正那台电脑的日期和时间，在那台电脑上同步或重新生成文件包，然后导入新的文件包。未导入任何内容。</translation>
        </message>
        <message>
            <source>The sync bundle could not be read.</source>
            <translation>无法读取同步文件包。</translation>
        </message>
        <message>
            <source>The sync bundle could not be written. Check that the folder (or USB stick) is there, can be written to and has room. Nothing is lost: make the bundle again.</source>
            <translation>无法写入同步文件包。请检查文件夹（或 U 盘）是否存在、可以写入并有足够空间。数据不会丢失：请重新生成文件包。</translation>
        </message>
        <message>
            <source>This sync bundle comes from a computer that headquarters has not told this one about: it was enrolled since, or may no longer sync. Sync this computer with headquarters (or import its newest reply for this computer), then import the bundle again; or take the bundle to headquarters. Nothing was imported.</source>
            <translation>此同步文件包来自一台总部尚未告知本机的电脑：那台电脑是后来注册的，或者可能已不再同步。请将本机与总部同步（或导入总部发给本机的最新回复），然后重新导入此文件包；也可以将文件包带到总部。未导入任何内容。</translation>
        </message>
        <message>
            <source>This sync bundle was made by an older version of GMS Desk, which does not sign its bundles, so this computer cannot check who made it. Update GMS Desk on the computer that made it and make a new bundle there, or take this one to headquarters. Nothing was imported.</source>
            <translation>此同步文件包由旧版 GMS Desk 生成，旧版不会对文件包签名，因此本机无法核实是谁生成的。请在生成它的电脑上更新 GMS Desk 并重新生成文件包，或将此文件包带到总部。未导入任何内容。</translation>
        </message>
        <message>
            <source>This sync bundle was changed after it was made, or was not made by the computer it names. Nothing was imported. Ask for a new bundle from that computer.</source>
            <translation>此同步文件包在生成后被修改过，或并非由其中注明的电脑生成。未导入任何内容。请向那台电脑索取新的文件包。</translation>
        </message>
        <message>
            <source>Stopped. Nothing was written or imported.</source>
            <translation>已中止。未写入或导入任何内容。</translation>
        </message>
        <message>
            <source>Headquarters answered at this address: the connection works.</source>
            <translation>总部在此地址作出了响应：连接正常。</translation>
        </message>
        <message>
            <source>No server of this name was found. Check the address for a typing mistake; if it is right, this computer may not be connected to the network.</source>
            <translation>找不到此名称的服务器。请检查地址是否有输入错误；如果地址正确，本机可能未连接网络。</translation>
        </message>
        <message>
            <source>The server did not answer. Check this computer's network connection; if websites open, the server may be down: try again later or tell headquarters.</source>
            <translation>服务器没有响应。请检查本机的网络连接；如果能打开网站，可能是服务器出现故障：请稍后重试或告知总部。</translation>
        </message>
        <message>
            <source>A server answered at this address, but it is not a GMS Desk headquarters server. Check the address.</source>
            <translation>此地址有服务器响应，但它不是 GMS Desk 总部服务器。请检查地址。</translation>
        </message>
        <message>
            <source>Headquarters' server answered with an error. Try again later; if it keeps failing, tell headquarters.</source>
            <translation>总部服务器返回了错误。请稍后重试；如果一直失败，请告知总部。</translation>
        </message>
        <message>
            <source>Photos and files could not all be sent: the connection keeps dropping. They are kept and sending goes on from where it stopped at the next sync.</source>
            <translation>未能发送全部照片和文件：网络连接不断中断。这些文件会保留，下次同步时将从中断处继续发送。</translation>
        </message>
        <message>
            <source>Headquarters does not accept a file this large; it stays on this laptop.</source>
            <translation>总部不接收这么大的文件；文件保留在本机上。</translation>
        </message>
        <message>
            <source>The file could not be fetched from headquarters. Try again when the connection is better.</source>
            <translation>无法从总部获取文件。请在网络连接较好时重试。</translation>
        </message>
        <message>
            <source>Headquarters does not have this file (yet): the laptop that attached it has not sent it.</source>
            <translation>总部（尚）没有此文件：附加该文件的电脑还没有发送它。</translation>
        </message>
    </context>
    <context>
        <name>SyncArea</name>
        <message>
            <source>Sync with headquarters</source>
            <translation>与总部同步</translation>
        </message>
        <message>
            <source>Everything you enter is kept on this computer, and every change waits here until it is sent. To send your changes to headquarters and receive your colleagues' work, enrol this computer once with the code headquarters gave you.</source>
            <translation>您录入的所有内容都保存在本机，每项修改都会在本机等候，直到发送出去。要把您的修改发送到总部并接收同事的工作成果，请使用总部提供的注册码为本机注册一次。</translation>
        </message>
        <message>
            <source>The code from headquarters</source>
            <translation>总部提供的注册码</translation>
        </message>
        <message>
            <source>How headquarters will know this computer</source>
            <translation>总部用来识别本机的名称</translation>
        </message>
        <message>
            <source>Enrol this computer</source>
            <translation>注册本机</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>测试连接</translation>
        </message>
        <message>
            <source>Try the server address and say what happened; nothing is sent</source>
            <translation>测试服务器地址并显示结果；不会发送任何内容</translation>
        </message>
        <message>
            <source>Allow an unencrypted connection to this server on the local network</source>
            <translation>允许与局域网内的此服务器建立未加密连接</translation>
        </message>
        <message>
            <source>The connection is not encrypted: anyone on the network can read what is sent, this computer's key included. Allow it only for a server of your office's own network.</source>
            <translation>此连接未加密：网络上的任何人都能读取发送的内容，包括本机的密钥。仅对您办公室自己网络中的服务器允许此类连接。</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>服务器地址</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>注册码</translation>
        </message>
        <message>
            <source>Name of this computer</source>
            <translation>本机名称</translation>
        </message>
        <message>
            <source>Connection not encrypted (allowed for this local server)</source>
            <translation>连接未加密（已对此局域网服务器允许）</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>立即同步</translation>
        </message>
        <message>
            <source>Enrol again…</source>
            <translation>重新注册…</translation>
        </message>
        <message>
            <source>No conflicts to resolve.</source>
            <translation>没有待解决的冲突。</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>所属机构</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <source>This computer's id</source>
            <translation>本机编号</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>上次同步</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>等待发送</translation>
        </message>
        <message>
            <source>Last result</source>
            <translation>上次结果</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>冲突</translation>
        </message>
        <message>
            <source>Not stored</source>
            <translation>未保存</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Copy the selected lines (or all) as text</source>
            <translation>将选中的行（或全部）复制为文本</translation>
        </message>
        <message>
            <source>Discard refused…</source>
            <translation>丢弃被拒绝的修改…</translation>
        </message>
        <message>
            <source>Forget the selected refused changes (all, if none is selected)</source>
            <translation>丢弃选中的被拒绝修改（未选择时丢弃全部）</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) on this computer will be sent after enrolment.</source>
            <translation>
                <numerusform>本机上的 %n 项修改将在注册后发送。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Demo data waiting too: %Ln change(s), dropped, never sent.</source>
            <translation>
                <numerusform>另有演示数据等待中：%Ln 项修改，将被丢弃，不会发送。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 — headquarters: holds every agency's records</source>
            <translation>%1 — 总部：存有所有机构的记录</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>从未</translation>
        </message>
        <message>
            <source>Today at %1</source>
            <translation>今天 %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n 项修改</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%Ln of demo data: dropped at the next sync, never sent)</source>
            <translation>
                <numerusform>（其中 %Ln 项为演示数据：下次同步时丢弃，不会发送）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln photo(s) and file(s) sent</source>
            <translation>
                <numerusform>已发送 %Ln 张照片和文件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln still to send</source>
            <translation>
                <numerusform>还有 %Ln 个待发送</numerusform>
            </translation>
        </message>
        <message>
            <source>Trying %1…</source>
            <translation>正在测试 %1…</translation>
        </message>
        <message>
            <source>Sync by file…</source>
            <translation>通过文件同步…</translation>
        </message>
        <message>
            <source>No connection? Take your changes to headquarters on a USB stick, and bring its reply back</source>
            <translation>没有网络？可用 U 盘把您的修改带到总部，再把总部的回复带回来</translation>
        </message>
        <message>
            <source>Export bundle…</source>
            <translation>导出文件包…</translation>
        </message>
        <message>
            <source>Import bundle…</source>
            <translation>导入文件包…</translation>
        </message>
        <message>
            <source>Export sync bundle</source>
            <translation>导出同步文件包</translation>
        </message>
        <message>
            <source>Sync bundles (*%1)</source>
            <translation>同步文件包 (*%1)</translation>
        </message>
        <message>
            <source>A passphrase to encrypt the bundle with (leave it empty not to encrypt; whoever imports it will need it):</source>
            <translation>用于加密文件包的密码（留空则不加密；导入时需要输入此密码）：</translation>
        </message>
        <message>
            <source>Export stopped: no bundle was written.</source>
            <translation>导出已中止：未写入文件包。</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1: %n change(s). Take it to headquarters, then import the reply it gives you here.</source>
            <translation>
                <numerusform>已写入 %1：%n 项修改。请将它带到总部，然后在这里导入总部给您的回复。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It carries %n photo(s) and file(s) too.</source>
            <translation>
                <numerusform>其中还附带 %n 个照片和文件。</numerusform>
            </translation>
        </message>
        <message>
            <source>Writing the sync bundle…</source>
            <translation>正在写入同步文件包…</translation>
        </message>
        <message>
            <source>Import sync bundle</source>
            <translation>导入同步文件包</translation>
        </message>
        <message>
            <source>Import stopped: nothing was imported. Import the bundle again when you are ready.</source>
            <translation>导入已中止：未导入任何内容。准备好后请重新导入文件包。</translation>
        </message>
        <message>
            <source>The passphrase this bundle was made with:</source>
            <translation>生成此文件包时使用的密码：</translation>
        </message>
        <message numerus="yes">
            <source>Imported headquarters' reply: %n change(s) received.</source>
            <translation>
                <numerusform>已导入总部回复：收到 %n 项修改。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Headquarters confirmed %n change(s) of yours.</source>
            <translation>
                <numerusform>总部已确认您的 %n 项修改。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Headquarters has %n of your photos and files now.</source>
            <translation>
                <numerusform>总部现已收到您的 %n 个照片和文件。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported another computer's bundle: %n change(s). They go on to headquarters with your next bundle.</source>
            <translation>
                <numerusform>已导入另一台电脑的文件包：%n 项修改。这些修改将随您的下一个文件包一起发送到总部。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It carried %n photo(s) and file(s), kept here and carried on.</source>
            <translation>
                <numerusform>其中附带 %n 个照片和文件，已保存在本机并将转交。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in it did not match what the bundle lists (damaged or changed) and stayed out.</source>
            <translation>
                <numerusform>其中 %n 个文件与包内清单不符（已损坏或被更改），未予接收。</numerusform>
            </translation>
        </message>
        <message>
            <source>This computer could not check which computer made it (it has not synced with headquarters, or imported its reply, yet); headquarters checks it when the bundle reaches it.</source>
            <translation>本机无法核实文件包由哪台电脑生成（本机尚未与总部同步，或尚未导入总部的回复）；文件包送达总部时，总部会进行核实。</translation>
        </message>
        <message>
            <source>Reading the sync bundle…</source>
            <translation>正在读取同步文件包…</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>正在同步…</translation>
        </message>
        <message numerus="yes">
            <source>Resolve %n conflict(s)…</source>
            <translation>
                <numerusform>解决 %n 个冲突…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes received could not be stored on this computer: kept here, to be applied after an update of GMS Desk.</source>
            <translation>
                <numerusform>收到的 %n 项修改无法保存在本机；这些修改已保留，待 GMS Desk 能够识别时（更新后）再应用。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes were refused by headquarters: kept here, not sent again.</source>
            <translation>
                <numerusform>%n 项修改被总部拒绝：保留在本机，不再发送。</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing</source>
            <translation>无</translation>
        </message>
        <message>
            <source>received</source>
            <translation>收到</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>被拒绝</translation>
        </message>
        <message>
            <source>%1 — %2 “%3” (refused): %4</source>
            <translation>%1 — %2“%3”（被拒绝）：%4</translation>
        </message>
        <message>
            <source>Discard refused changes</source>
            <translation>丢弃被拒绝的修改</translation>
        </message>
        <message numerus="yes">
            <source>Forget %n refused change(s)? What was typed stays on this computer only; copy it first if someone needs it.</source>
            <translation>
                <numerusform>要丢弃 %n 项被拒绝的修改吗？这些值将只保留在本机；如有人需要，请先复制。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent %1, received %2, %n conflict(s)</source>
            <translation>
                <numerusform>已发送 %1，已接收 %2，%n 个冲突</numerusform>
            </translation>
        </message>
        <message>
            <source>Sent %1, received %2</source>
            <translation>已发送 %1，已接收 %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln change(s) of demo data kept here</source>
            <translation>
                <numerusform>本机保留 %Ln 项演示数据修改</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>Enrolling this computer with headquarters…</source>
            <translation>正在向总部注册本机…</translation>
        </message>
    </context>
    <context>
        <name>SyncService</name>
        <message>
            <source>Sync not set up</source>
            <translation>尚未设置同步</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>正在同步…</translation>
        </message>
        <message>
            <source>Sync is busy. Try again in a moment.</source>
            <translation>正在同步，请稍后再试。</translation>
        </message>
        <message>
            <source>Syncing… %1 of %2 changes sent</source>
            <translation>正在同步… 已发送 %1/%2 项修改</translation>
        </message>
        <message>
            <source>Sync problem: %1</source>
            <translation>同步出现问题：%1</translation>
        </message>
        <message>
            <source>Unexpected error (details in gmsdesk.log): %1</source>
            <translation>意外错误（详情见 gmsdesk.log）：%1</translation>
        </message>
        <message>
            <source>Enrolment failed unexpectedly (details in gmsdesk.log): %1</source>
            <translation>注册意外失败（详情见 gmsdesk.log）：%1</translation>
        </message>
        <message numerus="yes">
            <source>Offline — %n change(s) waiting</source>
            <translation>
                <numerusform>离线 — %n 项修改等待发送</numerusform>
            </translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>尚未同步</translation>
        </message>
        <message>
            <source>Synced at %1</source>
            <translation>已于 %1 同步</translation>
        </message>
        <message>
            <source>Last synced %1</source>
            <translation>上次同步：%1</translation>
        </message>
    </context>
    <context>
        <name>Targets</name>
        <message>
            <source>Enter the first and the last day of the period.</source>
            <translation>请输入期间的第一天和最后一天。</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>期间的结束日期早于开始日期。</translation>
        </message>
        <message>
            <source>Enter a target value or a baseline.</source>
            <translation>请输入目标值或基线值。</translation>
        </message>
        <message>
            <source>Enter the agency's code, for example kh-sr.</source>
            <translation>请输入机构代码，例如 kh-sr。</translation>
        </message>
        <message>
            <source>Enter the province.</source>
            <translation>请输入省/州市。</translation>
        </message>
        <message>
            <source>A target for the whole programme is for no one place: leave “for” empty.</source>
            <translation>整个项目的目标不针对某一地方：请将“for”列留空。</translation>
        </message>
        <message>
            <source>Only headquarters sets targets for the whole programme and for economies.</source>
            <translation>只有总部才能为整个项目和各国家/地区设定目标。</translation>
        </message>
        <message>
            <source>An agency sets targets for itself and for the provinces it serves only.</source>
            <translation>机构只能为本机构及其服务的省/州市设定目标。</translation>
        </message>
        <message>
            <source>Set by headquarters: this target cannot be changed here.</source>
            <translation>由总部设定：此目标不能在此修改。</translation>
        </message>
        <message>
            <source>There is no indicator with this code.</source>
            <translation>没有使用此代码的指标。</translation>
        </message>
        <message>
            <source>Choose an .xlsx file.</source>
            <translation>请选择 .xlsx 文件。</translation>
        </message>
        <message>
            <source>The first row must name the columns: indicator, scope, for, from, to, target, baseline, baseline date, notes.</source>
            <translation>第一行必须是列名：indicator, scope, for, from, to, target, baseline, baseline date, notes。</translation>
        </message>
        <message>
            <source>This file could not be read as a spreadsheet.</source>
            <translation>无法将此文件读取为电子表格。</translation>
        </message>
        <message>
            <source>Provinces</source>
            <translation>省/州市</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>机构</translation>
        </message>
        <message>
            <source>Economies</source>
            <translation>国家/地区</translation>
        </message>
        <message>
            <source>Whole programme</source>
            <translation>整个项目</translation>
        </message>
        <message>
            <source>Set by headquarters</source>
            <translation>由总部设定</translation>
        </message>
        <message>
            <source>Baseline: %1</source>
            <translation>基线值：%1</translation>
        </message>
        <message>
            <source>Target: %1</source>
            <translation>目标值：%1</translation>
        </message>
        <message>
            <source>Baseline measured on %1</source>
            <translation>基线值测量日期：%1</translation>
        </message>
        <message>
            <source>“%1” is not a number. Type a number of 0 or more, or nothing to clear the cell.</source>
            <translation>“%1”不是数字。请输入不小于 0 的数字，或不填以清空单元格。</translation>
        </message>
        <message>
            <source>Row %1, column “%2”: %3</source>
            <translation>第 %1 行，“%2”列：%3</translation>
        </message>
    </context>
    <context>
        <name>TargetsEditor</name>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Whole year or quarter</source>
            <translation>全年或季度</translation>
        </message>
        <message>
            <source>Whole year</source>
            <translation>全年</translation>
        </message>
        <message>
            <source>Quarter %1</source>
            <translation>第 %1 季度</translation>
        </message>
        <message>
            <source>Targets for</source>
            <translation>目标对象</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>国家/地区</translation>
        </message>
        <message>
            <source>All economies</source>
            <translation>全部国家/地区</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>录入</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>目标值</translation>
        </message>
        <message>
            <source>Baselines</source>
            <translation>基线值</translation>
        </message>
        <message>
            <source>Baseline date</source>
            <translation>基线日期</translation>
        </message>
        <message>
            <source>The day the baselines typed now were measured (usually the day before the period starts)</source>
            <translation>当前所录入基线值的测量日期（通常为期间开始的前一天）</translation>
        </message>
        <message>
            <source>measured on</source>
            <translation>测量日期</translation>
        </message>
        <message>
            <source>Import XLSX…</source>
            <translation>导入 XLSX…</translation>
        </message>
        <message>
            <source>Set targets from a spreadsheet with the columns indicator, scope, for, from, to, target, baseline, baseline date, notes (as an export writes them)</source>
            <translation>从包含 indicator, scope, for, from, to, target, baseline, baseline date, notes 列的电子表格设定目标（格式与导出文件相同）</translation>
        </message>
        <message>
            <source>Export XLSX…</source>
            <translation>导出 XLSX…</translation>
        </message>
        <message>
            <source>Every target and baseline in one sheet</source>
            <translation>所有目标值和基线值都在一个工作表中</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <source>Clear the selected cells (Del)</source>
            <translation>清除所选单元格 (Del)</translation>
        </message>
        <message>
            <source>Type a number and press Enter or Tab; paste a block copied from a spreadsheet with Ctrl+V; Del clears. Grey cells were set by headquarters.</source>
            <translation>输入数字后按 Enter 或 Tab；按 Ctrl+V 粘贴从电子表格复制的区域；按 Del 清除。灰色单元格由总部设定。</translation>
        </message>
        <message>
            <source>No places to set targets for yet: provinces come from the agencies' profiles and the SMEs recorded.</source>
            <translation>还没有可设定目标的地方：省/州市来自各机构的资料和已录入的中小企业。</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>基线值</translation>
        </message>
        <message>
            <source>target</source>
            <translation>目标值</translation>
        </message>
        <message>
            <source>clear %1 of %2 for %3</source>
            <translation>清除%3的“%2”%1</translation>
        </message>
        <message>
            <source>set %1 of %2 for %3</source>
            <translation>设定%3的“%2”%1</translation>
        </message>
        <message numerus="yes">
            <source>clear %n cell(s)</source>
            <translation>
                <numerusform>清除 %n 个单元格</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left %n cell(s) set by headquarters as they are.</source>
            <translation>
                <numerusform>由总部设定的 %n 个单元格保持不变。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left out %n pasted value(s): not a number.</source>
            <translation>
                <numerusform>粘贴的 %n 个值不是数字，已略过。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left out %n row(s); correct the file and import it again.</source>
            <translation>
                <numerusform>有 %n 行被略过；请在文件中更正后重新导入。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>paste %n cell(s)</source>
            <translation>
                <numerusform>粘贴 %n 个单元格</numerusform>
            </translation>
        </message>
        <message>
            <source>Import targets</source>
            <translation>导入目标</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Export targets</source>
            <translation>导出目标</translation>
        </message>
        <message>
            <source>Importing targets…</source>
            <translation>正在导入目标…</translation>
        </message>
        <message>
            <source>%1 added, %2 changed, %3 already as in the file.</source>
            <translation>新增 %1，修改 %2，%3 项已与文件一致。</translation>
        </message>
        <message numerus="yes">
            <source>%n target(s) exported.</source>
            <translation>
                <numerusform>已导出 %n 个目标。</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting targets…</source>
            <translation>正在导出目标…</translation>
        </message>
    </context>
    <context>
        <name>Task</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>Training</name>
        <message>
            <source>Basic</source>
            <translation>基础</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>高级</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>计划中</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已结束</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>未开始</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>学习中</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Website set-up</source>
            <translation>网站建设</translation>
        </message>
        <message>
            <source>Catalogue or e-marketplace listing</source>
            <translation>产品目录或电商平台上架</translation>
        </message>
        <message>
            <source>Content creation</source>
            <translation>内容制作</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>翻译</translation>
        </message>
        <message>
            <source>Online payment set-up</source>
            <translation>开通在线支付</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>培训</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>咨询</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>E-marketplace</source>
            <translation>电商平台</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>社交媒体</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>传真</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>No reply</source>
            <translation>无回复</translation>
        </message>
        <message>
            <source>In discussion</source>
            <translation>洽谈中</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>已下单</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>未成交</translation>
        </message>
    </context>
    <context>
        <name>TrainingArea</name>
        <message>
            <source>← All workshops</source>
            <translation>← 全部培训班</translation>
        </message>
        <message>
            <source>Back to the workshop list (Alt+Left)</source>
            <translation>返回培训班列表 (Alt+←)</translation>
        </message>
        <message>
            <source>New workshop</source>
            <translation>新建培训班</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Search title, venue, trainer, partner…</source>
            <translation>搜索名称、地点、培训师、合作机构…</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Deleted workshops</source>
            <translation>已删除的培训班</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>所属机构</translation>
        </message>
        <message>
            <source>All agencies</source>
            <translation>全部机构</translation>
        </message>
        <message>
            <source>No workshops yet. Press Ctrl+N to plan one: title, track and modules, dates, venue and trainers.</source>
            <translation>还没有培训班。按 Ctrl+N 新建一个：填写名称、课程级别和模块、日期、地点和培训师。</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>培训</translation>
        </message>
        <message>
            <source>&amp;Workshops</source>
            <translation>培训班(&amp;W)</translation>
        </message>
        <message>
            <source>Awareness &amp;events</source>
            <translation>宣传活动(&amp;E)</translation>
        </message>
        <message numerus="yes">
            <source>%n workshop(s)</source>
            <translation>
                <numerusform>%n 个培训班</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 workshops</source>
            <translation>%1/%2 个培训班</translation>
        </message>
        <message>
            <source>delete “%1”</source>
            <translation>删除“%1”</translation>
        </message>
        <message>
            <source>“%1” deleted. Undo with Ctrl+Z, or find it under “Deleted workshops”.</source>
            <translation>已删除“%1”。按 Ctrl+Z 可撤销，也可在“已删除的培训班”中找回。</translation>
        </message>
        <message>
            <source>restore “%1”</source>
            <translation>恢复“%1”</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>重做</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>Enter the business name.</source>
            <translation>请输入企业名称。</translation>
        </message>
        <message>
            <source>This cannot be empty.</source>
            <translation>此项不能为空。</translation>
        </message>
        <message>
            <source>This is too long.</source>
            <translation>内容太长。</translation>
        </message>
        <message>
            <source>Enter a whole number, for example 12.</source>
            <translation>请输入整数，例如 12。</translation>
        </message>
        <message>
            <source>Enter a number, for example 12.5.</source>
            <translation>请输入数字，例如 12.5。</translation>
        </message>
        <message>
            <source>The number cannot be negative.</source>
            <translation>数字不能为负数。</translation>
        </message>
        <message>
            <source>This number is out of range.</source>
            <translation>数字超出范围。</translation>
        </message>
        <message>
            <source>Choose a value from the list.</source>
            <translation>请从列表中选择一个值。</translation>
        </message>
        <message>
            <source>This is not in the expected form.</source>
            <translation>格式不正确。</translation>
        </message>
        <message>
            <source>Female employees cannot be more than all employees.</source>
            <translation>女性员工人数不能多于员工总数。</translation>
        </message>
        <message>
            <source>Choose services from the list.</source>
            <translation>请从列表中选择服务。</translation>
        </message>
        <message>
            <source>Enter the agency's name.</source>
            <translation>请输入机构名称。</translation>
        </message>
        <message>
            <source>Enter a year between 1900 and this year.</source>
            <translation>请输入 1900 年至今年之间的年份。</translation>
        </message>
        <message>
            <source>Choose no reply, in discussion, order or lost.</source>
            <translation>请选择无回复、洽谈中、已下单或未成交。</translation>
        </message>
        <message>
            <source>Choose where the SME is online.</source>
            <translation>请选择中小企业所在的网上渠道。</translation>
        </message>
        <message>
            <source>Choose registered, displaying products or inactive.</source>
            <translation>请选择已注册、展示产品或不活跃。</translation>
        </message>
        <message>
            <source>The last day cannot be before the first.</source>
            <translation>结束日期不能早于开始日期。</translation>
        </message>
        <message>
            <source>Choose the kind of event.</source>
            <translation>请选择活动类型。</translation>
        </message>
        <message>
            <source>Choose the area.</source>
            <translation>请选择领域。</translation>
        </message>
        <message>
            <source>Choose the indicator.</source>
            <translation>请选择指标。</translation>
        </message>
        <message>
            <source>Choose programme, economy, agency or province.</source>
            <translation>请选择整个项目、国家/地区、机构或省/州市。</translation>
        </message>
        <message>
            <source>This does not look like an e-mail address.</source>
            <translation>这不像是有效的电子邮箱地址。</translation>
        </message>
        <message>
            <source>This does not look like a web address.</source>
            <translation>这不像是有效的网址。</translation>
        </message>
        <message>
            <source>Use digits, spaces and + - ( ) only, at least 6 digits.</source>
            <translation>只能使用数字、空格和 + - ( )，且至少 6 位数字。</translation>
        </message>
        <message>
            <source>Choose a sector from the list.</source>
            <translation>请从列表中选择行业。</translation>
        </message>
        <message>
            <source>Choose one of the six economies.</source>
            <translation>请从六个国家/地区中选择一个。</translation>
        </message>
        <message>
            <source>Choose female, male or other.</source>
            <translation>请选择女、男或其他。</translation>
        </message>
        <message>
            <source>Enter a name for the sector.</source>
            <translation>请输入行业名称。</translation>
        </message>
        <message>
            <source>Enter a title.</source>
            <translation>请输入名称。</translation>
        </message>
        <message>
            <source>Enter the person's name.</source>
            <translation>请输入姓名。</translation>
        </message>
        <message>
            <source>Choose basic or advanced.</source>
            <translation>请选择基础或高级。</translation>
        </message>
        <message>
            <source>Choose planned, running or done.</source>
            <translation>请选择计划中、进行中或已结束。</translation>
        </message>
        <message>
            <source>Enter a date as YYYY-MM-DD, for example 2025-03-14.</source>
            <translation>请按 YYYY-MM-DD 格式输入日期，例如 2025-03-14。</translation>
        </message>
        <message>
            <source>Enter the date.</source>
            <translation>请输入日期。</translation>
        </message>
        <message>
            <source>The last day cannot be before the first day.</source>
            <translation>结束日期不能早于开始日期。</translation>
        </message>
        <message>
            <source>Enter the first day too.</source>
            <translation>请同时输入开始日期。</translation>
        </message>
        <message>
            <source>A workshop can last at most 60 days.</source>
            <translation>培训班最长为 60 天。</translation>
        </message>
        <message>
            <source>Enter a two-letter country code, for example JP.</source>
            <translation>请输入两个字母的国家代码，例如 JP。</translation>
        </message>
        <message>
            <source>Choose modules from the catalogue.</source>
            <translation>请从课程目录中选择模块。</translation>
        </message>
        <message>
            <source>Choose an SME from the registry.</source>
            <translation>请从中小企业名录中选择一家企业。</translation>
        </message>
        <message>
            <source>Choose a service delivered to this SME.</source>
            <translation>请选择已向该中小企业提供的服务。</translation>
        </message>
        <message>
            <source>Enter a score from 0 to 100.</source>
            <translation>请输入 0 到 100 之间的成绩。</translation>
        </message>
        <message>
            <source>Enter an amount of 0 or more, for example 150.</source>
            <translation>请输入不小于 0 的金额，例如 150。</translation>
        </message>
        <message>
            <source>Enter a three-letter currency code, for example USD.</source>
            <translation>请输入三个字母的货币代码，例如 USD。</translation>
        </message>
        <message>
            <source>Choose the kind of service.</source>
            <translation>请选择服务类型。</translation>
        </message>
        <message>
            <source>Choose how the inquiry came in.</source>
            <translation>请选择询盘的来源渠道。</translation>
        </message>
        <message>
            <source>Choose not started, in progress or completed.</source>
            <translation>请选择未开始、学习中或已完成。</translation>
        </message>
        <message>
            <source>Progress only moves forward; an administrator can revert it, with a reason.</source>
            <translation>进度只能前进；管理员可以退回，但须说明原因。</translation>
        </message>
        <message>
            <source>A revert must go back to an earlier step.</source>
            <translation>退回时必须回到更早的步骤。</translation>
        </message>
        <message>
            <source>Give a reason for the revert.</source>
            <translation>请说明退回的原因。</translation>
        </message>
        <message>
            <source>Say who reverts it.</source>
            <translation>请说明由谁退回。</translation>
        </message>
        <message>
            <source>This module is not part of the workshop.</source>
            <translation>该模块不属于此培训班。</translation>
        </message>
        <message>
            <source>This person is not enrolled in the workshop.</source>
            <translation>此人未报名该培训班。</translation>
        </message>
        <message>
            <source>This day is not part of the workshop.</source>
            <translation>该日期不在培训班日程内。</translation>
        </message>
        <message>
            <source>Choose a workshop.</source>
            <translation>请选择培训班。</translation>
        </message>
        <message>
            <source>A retired module cannot be added to a workshop: choose another one.</source>
            <translation>已停用的模块不能加入培训班：请选择其他模块。</translation>
        </message>
        <message>
            <source>Choose one of this SME's online presences.</source>
            <translation>请选择该中小企业的一个网上渠道。</translation>
        </message>
        <message>
            <source>An order value goes with the outcome “Order”: choose that outcome or clear the value.</source>
            <translation>订单金额只适用于“已下单”这一成效：请选择该成效，或清除金额。</translation>
        </message>
        <message>
            <source>This workshop is not over yet: certificates are issued after its last day.</source>
            <translation>此培训班尚未结束：证书在最后一天之后颁发。</translation>
        </message>
        <message>
            <source>A certificate cannot be dated before the workshop's last day.</source>
            <translation>证书日期不能早于培训班的最后一天。</translation>
        </message>
        <message>
            <source>Enter a share of the days from 0 to 100 %.</source>
            <translation>请输入 0 到 100 % 之间的天数比例。</translation>
        </message>
        <message>
            <source>Write languages as codes separated by commas, for example km, en, ja.</source>
            <translation>请用代码填写语言，以逗号分隔，例如 km, en, ja。</translation>
        </message>
        <message>
            <source>Write each language pair as two codes joined by a dash, for example km-ja.</source>
            <translation>每个语言对请写成用连字符连接的两个代码，例如 km-ja。</translation>
        </message>
        <message>
            <source>Write each currency as three capital letters, for example USD.</source>
            <translation>每种货币请写成三个大写字母，例如 USD。</translation>
        </message>
        <message>
            <source>Choose SMEs from the registry.</source>
            <translation>请从中小企业名录中选择企业。</translation>
        </message>
        <message>
            <source>An earlier row of this file describes the same business with other values. Keep one of the two rows.</source>
            <translation>此文件中前面有一行描述的是同一家企业，但数值不同。请只保留这两行中的一行。</translation>
        </message>
        <message>
            <source>Nobody in this workshop has a certificate yet: a certificate goes to each participant who completed every module and was present on enough of its days.</source>
            <translation>此培训班尚无人获得证书：完成全部模块且出席天数达到要求的学员均可获得证书。</translation>
        </message>
        <message>
            <source>The logo file could not be read. Check that it is still there and that you may open it, then choose it again.</source>
            <translation>无法读取徽标文件。请检查该文件是否仍在原处以及您是否有权打开它，然后重新选择。</translation>
        </message>
        <message>
            <source>The logo file is larger than 2 MB. Choose a smaller image: a logo needs a few hundred pixels across, no more.</source>
            <translation>徽标文件大于 2 MB。请选择较小的图片：徽标宽度只需几百像素即可。</translation>
        </message>
        <message>
            <source>This file is not a PNG or JPEG image (or it is damaged). Choose a logo saved as PNG or JPEG.</source>
            <translation>此文件不是 PNG 或 JPEG 图片（或已损坏）。请选择以 PNG 或 JPEG 格式保存的徽标。</translation>
        </message>
    </context>
    <context>
        <name>WorkshopDialog</name>
        <message>
            <source>Edit workshop</source>
            <translation>编辑培训班</translation>
        </message>
        <message>
            <source>New workshop</source>
            <translation>新建培训班</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>模块</translation>
        </message>
        <message>
            <source>Names, separated by commas</source>
            <translation>姓名，用逗号分隔</translation>
        </message>
        <message>
            <source>%1 (set by hand)</source>
            <translation>%1（手动设置）</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>名称(&amp;T)：</translation>
        </message>
        <message>
            <source>Trac&amp;k:</source>
            <translation>课程级别(&amp;K)：</translation>
        </message>
        <message>
            <source>&amp;Modules:</source>
            <translation>模块(&amp;M)：</translation>
        </message>
        <message>
            <source>&amp;Dates:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Venue:</source>
            <translation>地点(&amp;V)：</translation>
        </message>
        <message>
            <source>&amp;Economy:</source>
            <translation>国家/地区(&amp;E)：</translation>
        </message>
        <message>
            <source>&amp;Province:</source>
            <translation>省/州市(&amp;P)：</translation>
        </message>
        <message>
            <source>T&amp;rainers:</source>
            <translation>培训师(&amp;R)：</translation>
        </message>
        <message>
            <source>P&amp;artner organisation:</source>
            <translation>合作机构(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>状态(&amp;S)：</translation>
        </message>
        <message>
            <source>Attendance for a &amp;certificate:</source>
            <translation>获得证书的出勤要求(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>%1 (retired)</source>
            <translation>%1（已停用）</translation>
        </message>
        <message>
            <source>Retired: new workshops are not offered it; workshops that have it keep it.</source>
            <translation>已停用：新培训班不能再选用；已包含该模块的培训班保持不变。</translation>
        </message>
        <message>
            <source>Published by headquarters: it can be read here but not changed.</source>
            <translation>总部发布：在此只能查看，不能修改。</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>As the dates say (now: %1)</source>
            <translation>按日期自动（当前：%1）</translation>
        </message>
        <message>
            <source>Follows the dates: planned before the first day, running until the last, then done.</source>
            <translation>按日期确定：第一天之前为“计划中”，到最后一天为止为“进行中”，之后为“已结束”。</translation>
        </message>
        <message>
            <source>The dates already make it “%1”: setting it by hand changes nothing.</source>
            <translation>按日期已经是“%1”：手动设置不会改变任何内容。</translation>
        </message>
        <message>
            <source>Running from now on, before its first day: for a workshop started early. After its last day it is done.</source>
            <translation>从现在起即为“进行中”，即使尚未到第一天：适用于提前开始的培训班。最后一天过后即为“已结束”。</translation>
        </message>
        <message>
            <source>Done from now on, before its last day: for a workshop finished or called off early.</source>
            <translation>从现在起即为“已结束”，即使尚未到最后一天：适用于提前结束或取消的培训班。</translation>
        </message>
        <message>
            <source>Enter the workshop's title.</source>
            <translation>请输入培训班名称。</translation>
        </message>
        <message>
            <source>Tick at least one module.</source>
            <translation>请至少勾选一个模块。</translation>
        </message>
        <message>
            <source>The last day cannot be before the first.</source>
            <translation>结束日期不能早于开始日期。</translation>
        </message>
        <message>
            <source>A workshop can last at most 60 days.</source>
            <translation>培训班最长为 60 天。</translation>
        </message>
    </context>
    <context>
        <name>WorkshopPage</name>
        <message>
            <source>&amp;Details</source>
            <translation>详细信息(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Participants</source>
            <translation>学员(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Workshop mode (attendance)</source>
            <translation>现场签到模式(&amp;W)</translation>
        </message>
        <message>
            <source>Pro&amp;gress &amp;&amp; scores</source>
            <translation>进度和成绩(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Certificates</source>
            <translation>证书(&amp;C)</translation>
        </message>
        <message>
            <source>Dates:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <source>Track:</source>
            <translation>课程级别：</translation>
        </message>
        <message>
            <source>Modules:</source>
            <translation>模块：</translation>
        </message>
        <message>
            <source>Venue:</source>
            <translation>地点：</translation>
        </message>
        <message>
            <source>Trainers:</source>
            <translation>培训师：</translation>
        </message>
        <message>
            <source>Partner:</source>
            <translation>合作机构：</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <source>Participants:</source>
            <translation>学员：</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <source>Edit workshop…</source>
            <translation>编辑培训班…</translation>
        </message>
        <message>
            <source>Start workshop mode (F5)</source>
            <translation>启动现场签到模式 (F5)</translation>
        </message>
        <message>
            <source>Sign-in &amp;sheet… (%1)</source>
            <translation>签到表(&amp;S)… (%1)</translation>
        </message>
        <message>
            <source>Print a day's sign-in sheet for people to sign</source>
            <translation>打印某一天的签到表供学员签名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Latin letters</source>
            <translation>姓名（拉丁字母）</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>中小企业</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>证书编号</translation>
        </message>
        <message>
            <source>&amp;Enrol…</source>
            <translation>报名(&amp;E)…</translation>
        </message>
        <message>
            <source>Enrol people (Ctrl+E)</source>
            <translation>为学员报名 (Ctrl+E)</translation>
        </message>
        <message>
            <source>Remove from workshop</source>
            <translation>移出培训班</translation>
        </message>
        <message>
            <source>Only an administrator can move progress back: “Administrator…” in Settings asks for the administrator password.</source>
            <translation>只有管理员才能退回进度：点击“设置”中的“管理员…”将要求输入管理员密码。</translation>
        </message>
        <message>
            <source>Save sign-in sheet</source>
            <translation>保存签到表</translation>
        </message>
        <message>
            <source>Sign-in sheet %1.pdf</source>
            <translation>签到表 %1.pdf</translation>
        </message>
        <message>
            <source>Writing the sign-in sheet…</source>
            <translation>正在生成签到表…</translation>
        </message>
        <message>
            <source>Writing the sign-in sheet</source>
            <translation>正在生成签到表</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>打开文件夹</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n 名学员</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n day(s))</source>
            <translation>
                <numerusform>（%n 天）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n enrolled</source>
            <translation>
                <numerusform>已报名 %n 人</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n women</source>
            <translation>
                <numerusform>女性 %n 人</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %n participant(s) from this workshop? Their attendance and progress are kept and come back if they are enrolled again.</source>
            <translation>
                <numerusform>要将 %n 名学员移出此培训班吗？他们的出勤和进度记录会保留，重新报名后即可恢复。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s) moved forward.</source>
            <translation>
                <numerusform>已有 %n 个单元格前进一步。</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to move forward: the selected cells are already completed.</source>
            <translation>无可前进的内容：所选单元格均已完成。</translation>
        </message>
        <message>
            <source>This module has not been started.</source>
            <translation>该模块尚未开始。</translation>
        </message>
        <message>
            <source>Moved back to “%1”; the reason is recorded.</source>
            <translation>已退回到“%1”，原因已记录。</translation>
        </message>
        <message>
            <source>PDF file (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Cancelled; no file was written.</source>
            <translation>已取消，未写入任何文件。</translation>
        </message>
        <message numerus="yes">
            <source>Saved the sign-in sheet (%n page(s)) to %1.</source>
            <translation>
                <numerusform>已将签到表（%n 页）保存到 %1。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkshopTableModel</name>
        <message>
            <source>Workshop</source>
            <translation>培训班</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>所属机构</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>课程级别</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>学员</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>YouPage</name>
        <message>
            <source>You and your agency</source>
            <translation>您和您的机构</translation>
        </message>
        <message>
            <source>Your name is saved with every change you make. New SMEs, workshops and events start with your agency's economy and province; you can still change them there.</source>
            <translation>您的姓名会随您的每次修改一起保存。新建的中小企业、培训班和活动默认使用本机构所在的国家/地区和省/州市；您仍可在其中修改。</translation>
        </message>
        <message>
            <source>Your full name, as colleagues know you</source>
            <translation>您的全名，即同事们所熟知的姓名</translation>
        </message>
        <message>
            <source>Settings changes any of this later.</source>
            <translation>以后可以在“设置”中修改这些内容。</translation>
        </message>
    </context>
    <context>
        <name>_OptionalValueWidget</name>
        <message>
            <source>Not answered</source>
            <translation>未作答</translation>
        </message>
    </context>
    <context>
        <name>_RecordDialog</name>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Save (Ctrl+Enter)</source>
            <translation>保存 (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
</TS>
