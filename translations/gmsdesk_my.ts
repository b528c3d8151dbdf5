<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my_MM">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>&amp;About GMS Desk</source>
            <translation>GMS Desk အကြောင်း(&amp;A)</translation>
        </message>
        <message>
            <source>About GMS Desk</source>
            <translation>GMS Desk အကြောင်း</translation>
        </message>
        <message>
            <source>Qt %1, PySide6 %2, Python %3</source>
            <translation>Qt %1၊ PySide6 %2၊ Python %3</translation>
        </message>
        <message>
            <source>GMS Desk</source>
            <translation>GMS Desk</translation>
        </message>
        <message>
            <source>Version %1 (build %2)</source>
            <translation>ဗားရှင်း %1 (build %2)</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>ဒေတာ ဖိုင်တွဲ</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>ကူးယူရန်</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>ဖိုင်တွဲ ဖွင့်ရန်</translation>
        </message>
        <message>
            <source>Your records, settings, backups and log are in this folder. Installing a new version of GMS Desk, or uninstalling it, leaves the folder as it is.</source>
            <translation>သင်၏ မှတ်တမ်းများ၊ ဆက်တင်များ၊ အရန်ဖိုင်များနှင့် log ဖိုင်တို့သည် ဤဖိုင်တွဲတွင် ရှိပါသည်။ GMS Desk ဗားရှင်းအသစ် ထည့်သွင်းသည့်အခါ သို့မဟုတ် GMS Desk ကို ဖြုတ်သည့်အခါ ဤဖိုင်တွဲကို မူလအတိုင်း ထားခဲ့ပါမည်။</translation>
        </message>
        <message>
            <source>GMS Desk is free software under the MIT licence. Its fonts are under the SIL Open Font Licence (Noto) and the Bitstream Vera licence (GMS Symbols).</source>
            <translation>GMS Desk သည် MIT လိုင်စင်ဖြင့် ထုတ်ဝေသော အခမဲ့ ဆော့ဖ်ဝဲ ဖြစ်ပါသည်။ ၎င်း၏ ဖောင့်များသည် SIL Open Font Licence (Noto) နှင့် Bitstream Vera လိုင်စင် (GMS Symbols) အောက်တွင် ရှိပါသည်။</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>အသေးစိတ် ကူးယူရန်</translation>
        </message>
    </context>
    <context>
        <name>AcknowledgeWidget</name>
        <message>
            <source>OK</source>
            <translation>သိရှိပါသည်</translation>
        </message>
    </context>
    <context>
        <name>ActivityList</name>
        <message>
            <source>Any date</source>
            <translation>ရက်စွဲ အားလုံး</translation>
        </message>
        <message>
            <source>Open SME</source>
            <translation>SME လုပ်ငန်းကို ဖွင့်ရန်</translation>
        </message>
        <message>
            <source>Search SME name…</source>
            <translation>SME လုပ်ငန်းအမည် ရှာရန်…</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>စစ်ထုတ်မှုများ ရှင်းရန်</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>ရေတွက်နေသည်…</translation>
        </message>
        <message>
            <source>The list could not be loaded: %1</source>
            <translation>စာရင်းကို ဖွင့်၍ မရပါ: %1</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <source>Administrator</source>
            <translation>စီမံခန့်ခွဲသူ</translation>
        </message>
        <message>
            <source>An administrator may move training progress back and retire survey forms. Anyone else can do everything else.</source>
            <translation>စီမံခန့်ခွဲသူသည် သင်တန်း တိုးတက်မှုကို နောက်ပြန်ရွှေ့နိုင်ပြီး စစ်တမ်းပုံစံများကို အသုံးပြုမှု ရပ်နိုင်ပါသည်။ ကျန်လုပ်ဆောင်ချက် အားလုံးကို မည်သူမဆို လုပ်နိုင်ပါသည်။</translation>
        </message>
        <message>
            <source>No administrator on this computer for now</source>
            <translation>ဤကွန်ပျူတာတွင် လောလောဆယ် စီမံခန့်ခွဲသူ မထားပါ</translation>
        </message>
        <message>
            <source>Protect the administrator role with a password</source>
            <translation>စီမံခန့်ခွဲသူ အခန်းကဏ္ဍကို စကားဝှက်ဖြင့် ကာကွယ်ရန်</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>စကားဝှက်:</translation>
        </message>
        <message>
            <source>Password again:</source>
            <translation>စကားဝှက် (ထပ်မံ ရိုက်ပါ):</translation>
        </message>
        <message>
            <source>Headquarters can also make this computer an administrator's when it enrols it: then no password is needed. The password is kept on this computer only; Settings sets or changes it later.</source>
            <translation>ဌာနချုပ်က ဤကွန်ပျူတာကို မှတ်ပုံတင်ပေးစဉ် စီမံခန့်ခွဲသူ၏ ကွန်ပျူတာအဖြစ်လည်း သတ်မှတ်ပေးနိုင်ပါသည်- ထိုအခါ စကားဝှက် မလိုပါ။ စကားဝှက်ကို ဤကွန်ပျူတာတွင်သာ သိမ်းထားပါသည်။ နောက်ပိုင်းတွင် ဆက်တင်များ၌ သတ်မှတ်ခြင်း သို့မဟုတ် ပြောင်းလဲခြင်း ပြုလုပ်နိုင်ပါသည်။</translation>
        </message>
    </context>
    <context>
        <name>AdminPanel</name>
        <message>
            <source>This computer is an administrator's: headquarters made it so when it enrolled it. It may move training progress back and retire survey forms.</source>
            <translation>ဤကွန်ပျူတာသည် စီမံခန့်ခွဲသူ၏ ကွန်ပျူတာ ဖြစ်ပါသည်- ဌာနချုပ်က မှတ်ပုံတင်ပေးစဉ် ထိုသို့ သတ်မှတ်ခဲ့ပါသည်။ သင်တန်း တိုးတက်မှုကို နောက်ပြန်ရွှေ့နိုင်ပြီး စစ်တမ်းပုံစံများကို အသုံးပြုမှု ရပ်နိုင်ပါသည်။</translation>
        </message>
        <message>
            <source>Administrator mode is on until GMS Desk closes: training progress may be moved back and survey forms retired.</source>
            <translation>GMS Desk ကို ပိတ်သည်အထိ စီမံခန့်ခွဲသူ မုဒ် ဖွင့်ထားပါသည်- သင်တန်း တိုးတက်မှုကို နောက်ပြန်ရွှေ့နိုင်ပြီး စစ်တမ်းပုံစံများကို အသုံးပြုမှု ရပ်နိုင်ပါသည်။</translation>
        </message>
        <message>
            <source>Only an administrator may move training progress back and retire survey forms. “Administrator…” asks for the password.</source>
            <translation>စီမံခန့်ခွဲသူသာ သင်တန်း တိုးတက်မှုကို နောက်ပြန်ရွှေ့နိုင်ပြီး စစ်တမ်းပုံစံများကို အသုံးပြုမှု ရပ်နိုင်ပါသည်။ “စီမံခန့်ခွဲသူ…” က စကားဝှက်ကို တောင်းပါမည်။</translation>
        </message>
        <message>
            <source>No administrator password is set on this computer: set one to allow moving training progress back and retiring survey forms here.</source>
            <translation>ဤကွန်ပျူတာတွင် စီမံခန့်ခွဲသူ စကားဝှက် မသတ်မှတ်ရသေးပါ- ဤကွန်ပျူတာတွင် သင်တန်း တိုးတက်မှုကို နောက်ပြန်ရွှေ့ခြင်းနှင့် စစ်တမ်းပုံစံများကို အသုံးပြုမှု ရပ်ခြင်း ပြုလုပ်နိုင်ရန် စကားဝှက်တစ်ခု သတ်မှတ်ပါ။</translation>
        </message>
        <message>
            <source>End administrator mode</source>
            <translation>စီမံခန့်ခွဲသူ မုဒ် ပိတ်ရန်</translation>
        </message>
        <message>
            <source>Administrator…</source>
            <translation>စီမံခန့်ခွဲသူ…</translation>
        </message>
        <message>
            <source>Change administrator password…</source>
            <translation>စီမံခန့်ခွဲသူ စကားဝှက် ပြောင်းရန်…</translation>
        </message>
        <message>
            <source>Set administrator password…</source>
            <translation>စီမံခန့်ခွဲသူ စကားဝှက် သတ်မှတ်ရန်…</translation>
        </message>
    </context>
    <context>
        <name>AdminPasswordDialog</name>
        <message>
            <source>Administrator password</source>
            <translation>စီမံခန့်ခွဲသူ စကားဝှက်</translation>
        </message>
        <message>
            <source>An administrator may move training progress back and retire survey forms. The password is kept on this computer only, never sent.</source>
            <translation>စီမံခန့်ခွဲသူသည် သင်တန်း တိုးတက်မှုကို နောက်ပြန်ရွှေ့နိုင်ပြီး စစ်တမ်းပုံစံများကို အသုံးပြုမှု ရပ်နိုင်ပါသည်။ စကားဝှက်ကို ဤကွန်ပျူတာတွင်သာ သိမ်းထားပြီး မည်သည့်နေရာသို့မျှ မပို့ပါ။</translation>
        </message>
        <message>
            <source>Current password:</source>
            <translation>လက်ရှိ စကားဝှက်:</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>စကားဝှက် အသစ်:</translation>
        </message>
        <message>
            <source>New password again:</source>
            <translation>စကားဝှက် အသစ် (ထပ်မံ ရိုက်ပါ):</translation>
        </message>
        <message>
            <source>Set password</source>
            <translation>စကားဝှက် သတ်မှတ်ရန်</translation>
        </message>
        <message>
            <source>The current password is not right.</source>
            <translation>လက်ရှိ စကားဝှက် မမှန်ပါ။</translation>
        </message>
    </context>
    <context>
        <name>AdminUnlockDialog</name>
        <message>
            <source>Administrator</source>
            <translation>စီမံခန့်ခွဲသူ</translation>
        </message>
        <message>
            <source>This is not the administrator password.</source>
            <translation>ဤစကားဝှက်သည် စီမံခန့်ခွဲသူ စကားဝှက် မဟုတ်ပါ။</translation>
        </message>
        <message>
            <source>Administrator mode lets you move training progress back and retire survey forms. It lasts until GMS Desk closes.</source>
            <translation>စီမံခန့်ခွဲသူ မုဒ်တွင် သင်တန်း တိုးတက်မှုကို နောက်ပြန်ရွှေ့နိုင်ပြီး စစ်တမ်းပုံစံများကို အသုံးပြုမှု ရပ်နိုင်ပါသည်။ GMS Desk ကို ပိတ်သည်အထိ ဆက်ဖွင့်ထားပါမည်။</translation>
        </message>
        <message>
            <source>Administrator password:</source>
            <translation>စီမံခန့်ခွဲသူ စကားဝှက်:</translation>
        </message>
        <message>
            <source>Administrator mode</source>
            <translation>စီမံခန့်ခွဲသူ မုဒ်</translation>
        </message>
    </context>
    <context>
        <name>AgencyDialog</name>
        <message>
            <source>Edit agency — %1</source>
            <translation>အဖွဲ့အစည်း ပြင်ဆင်ရန် — %1</translation>
        </message>
        <message>
            <source>Headquarters gave this code when it added the agency.</source>
            <translation>ဤအဖွဲ့အစည်းကို ထည့်သွင်းစဉ်က ဌာနချုပ်က ဤကုဒ်ကို ပေးခဲ့သည်။</translation>
        </message>
        <message>
            <source>Names, separated by commas</source>
            <translation>အမည်များကို ကော်မာ (,) ဖြင့် ခြားပါ</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>ဆက်သွယ်ရန်</translation>
        </message>
        <message>
            <source>Add service</source>
            <translation>ဝန်ဆောင်မှု ထည့်ရန်</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>သိမ်းရန်</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>သိမ်းရန် (Ctrl+S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ပယ်ဖျက်ရန်</translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>ပြောင်းလဲမှုများကို စွန့်ပစ်မလား?</translation>
        </message>
        <message>
            <source>Discard your changes?</source>
            <translation>သင် ပြုလုပ်ထားသော ပြောင်းလဲမှုများကို စွန့်ပစ်မလား?</translation>
        </message>
    </context>
    <context>
        <name>AgencyTableModel</name>
        <message>
            <source>Agency</source>
            <translation>အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>ဝန်ဆောင်မှုများ</translation>
        </message>
    </context>
    <context>
        <name>Attachments</name>
        <message>
            <source>This file is %1 MB; files up to %2 MB can be attached. Choose a smaller file (a photo taken at a lower resolution, a shorter recording).</source>
            <translation>ဤဖိုင်သည် %1 MB ရှိပါသည်။ %2 MB အထိသာ ပူးတွဲနိုင်ပါသည်။ ပိုသေးသော ဖိုင်ကို ရွေးပါ (ပုံရိပ် ပြတ်သားမှု နိမ့်သော ဓာတ်ပုံ၊ ပိုတိုသော အသံဖိုင်)။</translation>
        </message>
    </context>
    <context>
        <name>AttendanceRuleEdit</name>
        <message>
            <source>Present every day</source>
            <translation>နေ့တိုင်း တက်ရောက်ရမည်</translation>
        </message>
        <message>
            <source>Present on at least</source>
            <translation>အနည်းဆုံး တက်ရောက်ရမည့် အချိုး</translation>
        </message>
        <message>
            <source>Share of the days a participant must be present</source>
            <translation>တက်ရောက်သူတစ်ဦး တက်ရောက်ရမည့် ရက်အချိုး</translation>
        </message>
        <message>
            <source>of the workshop's days; 0 % asks no attendance</source>
            <translation>အလုပ်ရုံဆွေးနွေးပွဲ ရက်များ၏ ရာခိုင်နှုန်း၊ 0 % ဆိုလျှင် တက်ရောက်မှု မလိုပါ</translation>
        </message>
    </context>
    <context>
        <name>AttendanceSheetDialog</name>
        <message>
            <source>Sign-in sheet</source>
            <translation>လက်မှတ်ထိုးစာရင်း</translation>
        </message>
        <message>
            <source>Day %1 — %2</source>
            <translation>%1 ရက်မြောက်နေ့ — %2</translation>
        </message>
        <message>
            <source>Print &amp;phone numbers</source>
            <translation>ဖုန်းနံပါတ်များ ပုံနှိပ်ရန်(&amp;P)</translation>
        </message>
        <message>
            <source>The sheet goes round the room for everyone to sign: phone numbers are left off unless you need them on paper.</source>
            <translation>စာရွက်ကို အခန်းထဲတွင် လှည့်ပတ်ပေးပြီး လူတိုင်း လက်မှတ်ထိုးကြမည် ဖြစ်သည်- စာရွက်ပေါ်တွင် မလိုအပ်ပါက ဖုန်းနံပါတ်များကို မထည့်ပါ။</translation>
        </message>
        <message>
            <source>This workshop has no days yet: give it dates first.</source>
            <translation>ဤအလုပ်ရုံဆွေးနွေးပွဲတွင် ကျင်းပရက် မရှိသေးပါ- ရက်စွဲများကို ဦးစွာ သတ်မှတ်ပါ။</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>နေ့(&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>ဘာသာစကား(&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>PDF သိမ်းရန်(&amp;S)…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ပယ်ဖျက်ရန်</translation>
        </message>
    </context>
    <context>
        <name>AttendanceView</name>
        <message>
            <source>Session &amp;day:</source>
            <translation>သင်တန်းနေ့(&amp;D):</translation>
        </message>
        <message>
            <source>Type a name, then press Enter</source>
            <translation>အမည်ကို ရိုက်ပြီး Enter နှိပ်ပါ</translation>
        </message>
        <message>
            <source>Find a participant</source>
            <translation>တက်ရောက်သူ ရှာရန်</translation>
        </message>
        <message>
            <source>Enter marks the highlighted person present; ↑ ↓ choose another; Esc clears the search. %1 takes a mark off; Ctrl+Z undoes the last step.</source>
            <translation>Enter နှိပ်လျှင် ရွေးထားသူကို ရောက်ရှိကြောင်း မှတ်ပါမည်။ ↑ ↓ ဖြင့် အခြားသူကို ရွေးပါ။ Esc ဖြင့် ရှာဖွေမှုကို ရှင်းပါ။ %1 ဖြင့် မှတ်ထားသည်ကို ပြန်ဖြုတ်ပါ။ Ctrl+Z ဖြင့် နောက်ဆုံးအဆင့်ကို နောက်ပြန်ပါ။</translation>
        </message>
        <message>
            <source>Not &amp;here (take the mark off)</source>
            <translation>မရောက်ပါ (မှတ်ထားသည်ကို ဖြုတ်ရန်)(&amp;H)</translation>
        </message>
        <message>
            <source>Take the present mark off the highlighted person (%1)</source>
            <translation>ရွေးထားသူ၏ ရောက်ရှိကြောင်း မှတ်ချက်ကို ဖြုတ်ရန် (%1)</translation>
        </message>
        <message>
            <source>Sign-in &amp;sheet…</source>
            <translation>လက်မှတ်ထိုးစာရင်း(&amp;S)…</translation>
        </message>
        <message>
            <source>Print the day's sign-in sheet for people to sign (Ctrl+P)</source>
            <translation>လူများ လက်မှတ်ထိုးရန် ဤနေ့၏ လက်မှတ်ထိုးစာရင်းကို ပုံနှိပ်ရန် (Ctrl+P)</translation>
        </message>
        <message>
            <source>Day %1 — %2</source>
            <translation>%1 ရက်မြောက်နေ့ — %2</translation>
        </message>
        <message>
            <source>Nobody enrolled matches “%1”.</source>
            <translation>“%1” နှင့် ကိုက်ညီသော စာရင်းသွင်းထားသူ မရှိပါ။</translation>
        </message>
        <message>
            <source>%1 is already marked present. To take the mark off, press %2.</source>
            <translation>%1 ကို ရောက်ရှိကြောင်း မှတ်ပြီးသား ဖြစ်သည်။ မှတ်ထားသည်ကို ဖြုတ်ရန် %2 ကို နှိပ်ပါ။</translation>
        </message>
        <message>
            <source>%1 is not marked present.</source>
            <translation>%1 ကို ရောက်ရှိကြောင်း မှတ်ထားခြင်း မရှိပါ။</translation>
        </message>
        <message>
            <source>mark %1 present</source>
            <translation>%1 ရောက်ရှိကြောင်း မှတ်ခြင်း</translation>
        </message>
        <message>
            <source>mark %1 absent</source>
            <translation>%1 မရောက်ကြောင်း မှတ်ခြင်း</translation>
        </message>
        <message>
            <source>✔ %1 is here.</source>
            <translation>✔ %1 ရောက်ရှိပါပြီ။</translation>
        </message>
        <message>
            <source>The mark is off: %1 is not marked present.</source>
            <translation>မှတ်ထားသည်ကို ဖြုတ်ပြီးပါပြီ- %1 ကို ရောက်ရှိကြောင်း မှတ်ထားခြင်း မရှိတော့ပါ။</translation>
        </message>
        <message>
            <source>Present %1 of %2</source>
            <translation>ရောက်ရှိသူ %1/%2</translation>
        </message>
    </context>
    <context>
        <name>BackupModel</name>
        <message>
            <source>Made</source>
            <translation>ပြုလုပ်ချိန်</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>အကြောင်းရင်း</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>အရွယ်အစား</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>စစ်ဆေးမှု</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>အောင်မြင်</translation>
        </message>
    </context>
    <context>
        <name>BackupPreview</name>
        <message>
            <source>This backup was made on %1. It holds %2, %3 and %4.</source>
            <translation>ဤအရန်ဖိုင်ကို %1 တွင် ပြုလုပ်ခဲ့သည်။ ၎င်းတွင် %2၊ %3 နှင့် %4 ပါဝင်သည်။</translation>
        </message>
        <message numerus="yes">
            <source>%n SME(s)</source>
            <translation>
                <numerusform>SME လုပ်ငန်း %n ခု</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n workshop(s)</source>
            <translation>
                <numerusform>အလုပ်ရုံဆွေးနွေးပွဲ %n ခု</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n survey response(s)</source>
            <translation>
                <numerusform>စစ်တမ်း ဖြေဆိုချက် %n ခု</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It also holds %n attached photo(s) or file(s) (%1).</source>
            <translation>
                <numerusform>ပူးတွဲ ဓာတ်ပုံ သို့မဟုတ် ဖိုင် %n ခု (%1) လည်း ပါဝင်သည်။</numerusform>
            </translation>
        </message>
        <message>
            <source>Why it was made: %1</source>
            <translation>ပြုလုပ်ရသည့် အကြောင်း: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n attached photo(s) or file(s) were put back.</source>
            <translation>
                <numerusform>ပူးတွဲ ဓာတ်ပုံ သို့မဟုတ် ဖိုင် %n ခုကို ပြန်ထည့်ပြီးပါပြီ။</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attached file(s) could not be put back (damaged in the backup). Files like these come from headquarters when opened, if it has them.</source>
            <translation>
                <numerusform>အရန်ဖိုင်ထဲရှိ ပူးတွဲဖိုင် %n ခု ပျက်စီးနေသဖြင့် ပြန်မထည့်ရပါ။ ၎င်းတို့ကို ဖွင့်သောအခါ ဌာနချုပ်တွင် ရှိပါက ဌာနချုပ်မှ ရယူပါမည်။</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The end of the backup is damaged: %n attached file(s) could not be read.</source>
            <translation>
                <numerusform>အရန်ဖိုင်၏ နောက်ဆုံးပိုင်း ပျက်စီးနေသည်: ပူးတွဲဖိုင် %n ခုကို ဖတ်၍ မရပါ။</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Every 30 minutes</source>
            <translation>မိနစ် 30 တိုင်း</translation>
        </message>
        <message>
            <source>At start, after GMS Desk was not closed properly</source>
            <translation>GMS Desk ကို မှန်ကန်စွာ မပိတ်ခဲ့သဖြင့် ပြန်စချိန်တွင်</translation>
        </message>
        <message>
            <source>Backed up by hand</source>
            <translation>ကိုယ်တိုင် အရန်ကူးထားသည်</translation>
        </message>
        <message>
            <source>Before the database was upgraded</source>
            <translation>ဒေတာဘေ့စ်ကို အဆင့်မြှင့်မီ</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>တင်သွင်းခြင်း မပြုလုပ်မီ</translation>
        </message>
        <message>
            <source>Before a backup was restored</source>
            <translation>အရန်ဖိုင်တစ်ခုကို ပြန်လည်ရယူမီ</translation>
        </message>
        <message>
            <source>Before many records were deleted</source>
            <translation>မှတ်တမ်းများစွာကို မဖျက်မီ</translation>
        </message>
        <message>
            <source>Before a form version was retired</source>
            <translation>ပုံစံ ဗားရှင်းတစ်ခုကို အသုံးပြုမှု မရပ်မီ</translation>
        </message>
        <message>
            <source>an unknown date</source>
            <translation>မသိရသော ရက်စွဲ</translation>
        </message>
        <message>
            <source>Checking the database…</source>
            <translation>ဒေတာဘေ့စ်ကို စစ်ဆေးနေသည်…</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>ပြန်လည်ရယူနေသည်…</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>ဒေတာဘေ့စ် ပျက်စီးနေသည်</translation>
        </message>
        <message>
            <source>The database on this computer is damaged, so GMS Desk will not open it for writing.</source>
            <translation>ဤကွန်ပျူတာရှိ ဒေတာဘေ့စ် ပျက်စီးနေသဖြင့် GMS Desk သည် ၎င်းကို ရေးသားရန် မဖွင့်ပါ။</translation>
        </message>
        <message>
            <source>The newest backup was made on %1 (%2). Restore it? The damaged database is kept as it is in the backups folder.</source>
            <translation>နောက်ဆုံး အရန်ဖိုင်ကို %1 (%2) တွင် ပြုလုပ်ခဲ့သည်။ ၎င်းကို ပြန်လည်ရယူမလား? ပျက်စီးနေသော ဒေတာဘေ့စ်ကို အရန်ဖိုင်များ ဖိုင်တွဲထဲတွင် မူလအတိုင်း ဆက်ထားပါမည်။</translation>
        </message>
        <message>
            <source>Restore this backup</source>
            <translation>ဤအရန်ဖိုင်ကို ပြန်လည်ရယူရန်</translation>
        </message>
        <message>
            <source>There is no backup of it on this computer. Restore one from a file (a USB stick), or copy the folder %1 for your support contact.</source>
            <translation>ဤကွန်ပျူတာတွင် ၎င်း၏ အရန်ဖိုင် မရှိပါ။ ဖိုင်တစ်ခု (USB stick) မှ ပြန်လည်ရယူပါ၊ သို့မဟုတ် %1 ဖိုင်တွဲကို နည်းပညာ အကူအညီပေးသူအတွက် ကူးယူပါ။</translation>
        </message>
        <message>
            <source>Restore from a file…</source>
            <translation>ဖိုင်မှ ပြန်လည်ရယူရန်…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>ထွက်ရန်</translation>
        </message>
        <message>
            <source>Restore from a file</source>
            <translation>ဖိုင်မှ ပြန်လည်ရယူရန်</translation>
        </message>
        <message>
            <source>GMS Desk backups (%1)</source>
            <translation>GMS Desk အရန်ဖိုင်များ (%1)</translation>
        </message>
        <message>
            <source>Making a backup first…</source>
            <translation>အရန်ဖိုင် ဦးစွာ ပြုလုပ်နေသည်…</translation>
        </message>
    </context>
    <context>
        <name>BackupsPanel</name>
        <message>
            <source>GMS Desk backs up your data every 30 minutes while something changes, when it starts after it was not closed properly, and before risky work such as an import or a restore. Each backup is checked when it is made.</source>
            <translation>GMS Desk သည် ပြောင်းလဲမှု ရှိနေစဉ် မိနစ် 30 တိုင်း၊ မှန်ကန်စွာ မပိတ်ခဲ့ပြီးနောက် ပြန်စချိန်တွင်နှင့် တင်သွင်းခြင်း သို့မဟုတ် ပြန်လည်ရယူခြင်းကဲ့သို့ အန္တရာယ်ရှိနိုင်သော လုပ်ငန်းများ မလုပ်မီ သင်၏ ဒေတာကို အရန်ကူးပါသည်။ အရန်ဖိုင်တိုင်းကို ပြုလုပ်ချိန်တွင် စစ်ဆေးပါသည်။</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>ယခု အရန်ကူးရန်</translation>
        </message>
        <message>
            <source>Back up to…</source>
            <translation>အခြားနေရာသို့ အရန်ကူးရန်…</translation>
        </message>
        <message>
            <source>A copy in a folder you choose, such as a USB stick, encrypted with a passphrase if you give one</source>
            <translation>USB stick ကဲ့သို့ သင်ရွေးသော ဖိုင်တွဲထဲရှိ မိတ္တူ၊ စကားဝှက် ပေးပါက ၎င်းဖြင့် ကုဒ်ဝှက်ထားမည်</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>ပြန်လည်ရယူရန်…</translation>
        </message>
        <message>
            <source>Put the selected backup back</source>
            <translation>ရွေးထားသော အရန်ဖိုင်ကို ပြန်ထည့်ရန်</translation>
        </message>
        <message>
            <source>Restore from a file…</source>
            <translation>ဖိုင်မှ ပြန်လည်ရယူရန်…</translation>
        </message>
        <message>
            <source>Kept in</source>
            <translation>သိမ်းထားရာ နေရာ</translation>
        </message>
        <message>
            <source>Room for backups</source>
            <translation>အရန်ဖိုင်များအတွက် နေရာ</translation>
        </message>
        <message>
            <source>Automatic (%1)</source>
            <translation>အလိုအလျောက် (%1)</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>အလိုအလျောက်</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s), %1 in all</source>
            <translation>
                <numerusform>အရန်ဖိုင် %n ခု၊ စုစုပေါင်း %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>အရန်ကူးနေသည်…</translation>
        </message>
        <message>
            <source>Back up to</source>
            <translation>အရန်ကူးမည့် နေရာ</translation>
        </message>
        <message>
            <source>The backup was written, encrypted, to %1.</source>
            <translation>အရန်ဖိုင်ကို ကုဒ်ဝှက်၍ %1 တွင် ရေးသားပြီးပါပြီ။</translation>
        </message>
        <message>
            <source>The backup was written to %1.</source>
            <translation>အရန်ဖိုင်ကို %1 တွင် ရေးသားပြီးပါပြီ။</translation>
        </message>
        <message>
            <source>Restore from a file</source>
            <translation>ဖိုင်မှ ပြန်လည်ရယူရန်</translation>
        </message>
        <message>
            <source>Reading the backup…</source>
            <translation>အရန်ဖိုင်ကို ဖတ်နေသည်…</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>အရန်ဖိုင် ပြန်လည်ရယူရန်</translation>
        </message>
        <message>
            <source>Restoring replaces the data on this computer with this backup. What is here now is backed up first. Changes already sent to headquarters come back at the next sync.</source>
            <translation>ပြန်လည်ရယူခြင်းသည် ဤကွန်ပျူတာရှိ ဒေတာကို ဤအရန်ဖိုင်ဖြင့် အစားထိုးပါမည်။ လက်ရှိ ဒေတာကို ဦးစွာ အရန်ကူးထားပါမည်။ ဌာနချုပ်သို့ ပို့ပြီးသော ပြောင်းလဲမှုများသည် နောက်တစ်ကြိမ် ဒေတာ ချိန်ကိုက်သောအခါ ပြန်ရောက်လာပါမည်။</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>ပြန်လည်ရယူရန်</translation>
        </message>
        <message>
            <source>GMS Desk backups (%1)</source>
            <translation>GMS Desk အရန်ဖိုင်များ (%1)</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>အရန်ဖိုင်များ</translation>
        </message>
        <message>
            <source>The backup was restored.</source>
            <translation>အရန်ဖိုင်ကို ပြန်လည်ရယူပြီးပါပြီ။</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>ပြန်လည်ရယူနေသည်…</translation>
        </message>
    </context>
    <context>
        <name>BarcodeWidget</name>
        <message>
            <source>Read from a photo of the barcode…</source>
            <translation>ဘားကုဒ် ဓာတ်ပုံမှ ဖတ်ရန်…</translation>
        </message>
        <message>
            <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</source>
            <translation>ဓာတ်ပုံများ (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</translation>
        </message>
        <message>
            <source>No barcode could be read in this photo. Type the number under the bars instead.</source>
            <translation>ဤဓာတ်ပုံမှ ဘားကုဒ်ကို ဖတ်၍ မရပါ။ ဘားကုဒ်အောက်ရှိ နံပါတ်ကို ရိုက်ထည့်ပါ။</translation>
        </message>
    </context>
    <context>
        <name>BenchmarkView</name>
        <message>
            <source>Indicator</source>
            <translation>ညွှန်ကိန်း</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>နှိုင်းယှဉ်ရန်</translation>
        </message>
        <message>
            <source>Benchmark</source>
            <translation>နှိုင်းယှဉ် ဇယား</translation>
        </message>
        <message>
            <source>compared by</source>
            <translation>နှိုင်းယှဉ်မည့် အုပ်စု</translation>
        </message>
        <message>
            <source>Benchmarking ranks agencies, provinces or economies side by side on one indicator, for the period and the places chosen above, each against its own target. Choose the indicator and what to compare them by; the ranking shows here once its figures are computed.</source>
            <translation>နှိုင်းယှဉ်ချက်သည် အထက်တွင် ရွေးထားသော ကာလနှင့် နေရာများအတွက် အဖွဲ့အစည်းများ၊ တိုင်း/ပြည်နယ်များ သို့မဟုတ် နိုင်ငံ/ဒေသများကို ညွှန်ကိန်း တစ်ခုတည်းဖြင့် ဘေးချင်းယှဉ်၍ အဆင့်စီပေးပြီး တစ်ခုစီကို ၎င်း၏ ကိုယ်ပိုင် ပန်းတိုင်နှင့် နှိုင်းယှဉ်သည်။ ညွှန်ကိန်းနှင့် နှိုင်းယှဉ်မည့် အုပ်စုကို ရွေးပါ၊ ကိန်းဂဏန်းများကို တွက်ချက်ပြီးသည်နှင့် အဆင့်စီချက်ကို ဤနေရာတွင် ပြပါမည်။</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>အဖွဲ့အစည်းများ</translation>
        </message>
        <message>
            <source>Provinces</source>
            <translation>တိုင်း/ပြည်နယ်များ</translation>
        </message>
        <message>
            <source>Economies</source>
            <translation>နိုင်ငံ/ဒေသများ</translation>
        </message>
        <message>
            <source>Nothing was recorded for this selection.</source>
            <translation>ဤရွေးချယ်မှုအတွက် မှတ်တမ်းတင်ထားသည့်အရာ မရှိပါ။</translation>
        </message>
        <message>
            <source>No indicator can be compared here: benchmarking needs an indicator counted by province or economy (by agency too, on a headquarters laptop).</source>
            <translation>ဤနေရာတွင် နှိုင်းယှဉ်နိုင်သော ညွှန်ကိန်း မရှိပါ: နှိုင်းယှဉ်ချက်အတွက် တိုင်း/ပြည်နယ် သို့မဟုတ် နိုင်ငံ/ဒေသ အလိုက် ရေတွက်သော ညွှန်ကိန်း လိုအပ်ပါသည် (ဌာနချုပ်၏ ကွန်ပျူတာတွင် အဖွဲ့အစည်း အလိုက်လည်း ရပါသည်)။</translation>
        </message>
        <message>
            <source>Nothing to rank: no records count towards “%1” for the period and the places chosen above. Once records of it are entered here or received by sync, they show here, ranked; a longer period or fewer filters may find some.</source>
            <translation>အဆင့်စီစရာ မရှိပါ: အထက်တွင် ရွေးထားသော ကာလနှင့် နေရာများအတွက် “%1” တွင် ထည့်တွက်သော မှတ်တမ်း မရှိပါ။ ၎င်း၏ မှတ်တမ်းများကို ဤနေရာတွင် ထည့်သွင်းသည့်အခါ သို့မဟုတ် ဒေတာ ချိန်ကိုက်ခြင်းဖြင့် လက်ခံရရှိသည့်အခါ ဤနေရာတွင် အဆင့်စီ၍ ပြပါမည်။ ကာလကို ပိုရှည်စွာ ရွေးခြင်း သို့မဟုတ် စစ်ထုတ်မှုများကို လျှော့ခြင်းဖြင့် အချို့ကို တွေ့နိုင်ပါသည်။</translation>
        </message>
        <message>
            <source>Ranked by the actual value. Each is measured against its own target; double-click a row to see the records behind it.</source>
            <translation>လက်တွေ့ တန်ဖိုးအလိုက် အဆင့်စီထားသည်။ တစ်ခုစီကို ၎င်း၏ ကိုယ်ပိုင် ပန်းတိုင်နှင့် နှိုင်းယှဉ် တိုင်းတာထားသည်။ နောက်ကွယ်ရှိ မှတ်တမ်းများကို ကြည့်ရန် အတန်းတစ်ခုကို နှစ်ချက်နှိပ်ပါ။</translation>
        </message>
    </context>
    <context>
        <name>BreakdownView</name>
        <message>
            <source>Indicator</source>
            <translation>ညွှန်ကိန်း</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>အတန်းများ</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>ကော်လံများ</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>ခွဲခြမ်းပြ ဇယား</translation>
        </message>
        <message>
            <source>by</source>
            <translation>ခွဲခြမ်းရန်</translation>
        </message>
        <message>
            <source>and</source>
            <translation>နှင့်</translation>
        </message>
        <message>
            <source>(nothing else)</source>
            <translation>(ထပ်မခွဲပါ)</translation>
        </message>
        <message>
            <source>Nothing was recorded for this selection.</source>
            <translation>ဤရွေးချယ်မှုအတွက် မှတ်တမ်းတင်ထားသည့်အရာ မရှိပါ။</translation>
        </message>
        <message>
            <source>Double-click a number to see the records behind it.</source>
            <translation>နောက်ကွယ်ရှိ မှတ်တမ်းများကို ကြည့်ရန် ဂဏန်းတစ်ခုကို နှစ်ချက်နှိပ်ပါ။</translation>
        </message>
    </context>
    <context>
        <name>CameraDialog</name>
        <message>
            <source>Take a photo</source>
            <translation>ဓာတ်ပုံ ရိုက်ရန်</translation>
        </message>
        <message>
            <source>Take</source>
            <translation>ရိုက်ရန်</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ပယ်ဖျက်ရန်</translation>
        </message>
    </context>
    <context>
        <name>CertificatePreviewDialog</name>
        <message>
            <source>Certificates — preview</source>
            <translation>လက်မှတ်များ — အစမ်းကြည့်ရန်</translation>
        </message>
        <message>
            <source>Certificates in this file</source>
            <translation>ဤဖိုင်ရှိ လက်မှတ်များ</translation>
        </message>
        <message>
            <source>(new)</source>
            <translation>(အသစ်)</translation>
        </message>
        <message>
            <source>← &amp;Previous</source>
            <translation>← ယခင်(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Next →</source>
            <translation>နောက်တစ်ခု(&amp;N) →</translation>
        </message>
        <message>
            <source>Open in the PDF &amp;viewer</source>
            <translation>PDF ဖတ်သည့် ပရိုဂရမ်ဖြင့် ဖွင့်ရန်(&amp;V)</translation>
        </message>
        <message>
            <source>The certificates cannot be shown here: this computer has no program to draw PDF pages in GMS Desk.

To check them before they are issued, press “Open in the PDF viewer” below. Or save the PDF and open it from its folder.</source>
            <translation>လက်မှတ်များကို ဤနေရာတွင် ပြ၍ မရပါ: ဤကွန်ပျူတာတွင် GMS Desk ထဲ၌ PDF စာမျက်နှာများကို ပြပေးမည့် ပရိုဂရမ် မရှိပါ။

လက်မှတ်များ မထုတ်ပေးမီ စစ်ဆေးရန် အောက်ရှိ “PDF ဖတ်သည့် ပရိုဂရမ်ဖြင့် ဖွင့်ရန်” ကို နှိပ်ပါ။ သို့မဟုတ် PDF ကို သိမ်းပြီး ၎င်း၏ ဖိုင်တွဲမှ ဖွင့်ပါ။</translation>
        </message>
        <message numerus="yes">
            <source>Saving gives %n new certificate number(s), dated %1. Numbers once given stay with the person.</source>
            <translation>
                <numerusform>သိမ်းလိုက်လျှင် %1 ရက်စွဲဖြင့် လက်မှတ်အမှတ်အသစ် %n ခု ပေးပါမည်။ ပေးပြီးသော အမှတ်များသည် ထိုသူနှင့်အတူ အမြဲ ရှိနေပါမည်။</numerusform>
            </translation>
        </message>
        <message>
            <source>Everyone here already holds a certificate number: saving writes the PDF again.</source>
            <translation>ဤနေရာရှိ လူတိုင်းတွင် လက်မှတ်အမှတ် ရှိပြီးသား ဖြစ်သည်- သိမ်းလိုက်လျှင် PDF ကို ထပ်မံ ရေးသားပါမည်။</translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s) in this file.</source>
            <translation>
                <numerusform>ဤဖိုင်တွင် လက်မှတ် %n စောင် ပါဝင်သည်။</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Issue and save PDF…</source>
            <translation>ထုတ်ပေးပြီး PDF သိမ်းရန်(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>PDF သိမ်းရန်(&amp;S)…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ပယ်ဖျက်ရန်</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>စာမျက်နှာ %1/%2</translation>
        </message>
        <message numerus="yes">
            <source>Only the first %n page(s) are shown here; the PDF has them all.</source>
            <translation>
                <numerusform>ဤနေရာတွင် ပထမ စာမျက်နှာ %n မျက်နှာကိုသာ ပြထားသည်။ PDF တွင် အားလုံး ပါဝင်သည်။</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CertificateSettings</name>
        <message>
            <source>Logo…</source>
            <translation>လိုဂို…</translation>
        </message>
        <message>
            <source>Choose the agency's logo: a PNG or JPEG image of at most 2 MB</source>
            <translation>အဖွဲ့အစည်း၏ လိုဂိုကို ရွေးပါ- 2 MB ထက် မကြီးသော PNG သို့မဟုတ် JPEG ပုံ</translation>
        </message>
        <message>
            <source>Remove logo</source>
            <translation>လိုဂို ဖယ်ရှားရန်</translation>
        </message>
        <message>
            <source>Printed at the top of every certificate, above the agency's name. GMS Desk keeps a copy: the file chosen may be moved or deleted afterwards.</source>
            <translation>လက်မှတ်တိုင်း၏ ထိပ်ပိုင်း၊ အဖွဲ့အစည်းအမည်၏ အပေါ်တွင် ပုံနှိပ်ပါမည်။ GMS Desk က မိတ္တူတစ်ခု သိမ်းထားသဖြင့် ရွေးထားသော ဖိုင်ကို နောက်ပိုင်းတွင် ရွှေ့ခြင်း သို့မဟုတ် ဖျက်ခြင်း ပြုလုပ်နိုင်ပါသည်။</translation>
        </message>
        <message>
            <source>New workshops start with this rule, and so does a workshop that has none of its own. Each workshop keeps its own rule, set when it is edited, the same on every computer.</source>
            <translation>သင်တန်းအသစ်များသည် ဤစည်းမျဉ်းဖြင့် စတင်ပြီး ကိုယ်ပိုင်စည်းမျဉ်းမရှိသော သင်တန်းသည်လည်း ဤစည်းမျဉ်းကို သုံးသည်။ သင်တန်းတစ်ခုစီတွင် ပြင်ဆင်စဉ် သတ်မှတ်ထားသော ကိုယ်ပိုင်စည်းမျဉ်းရှိပြီး ကွန်ပျူတာတိုင်းတွင် တူညီသည်။</translation>
        </message>
        <message>
            <source>Issuing agency</source>
            <translation>ထုတ်ပေးသည့် အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>လိုဂို</translation>
        </message>
        <message>
            <source>Attendance for a certificate</source>
            <translation>လက်မှတ်ရရန် တက်ရောက်မှု</translation>
        </message>
        <message>
            <source>Not known until this computer is enrolled in the Sync area</source>
            <translation>ဤကွန်ပျူတာကို “ဒေတာ ချိန်ကိုက်ခြင်း” စာမျက်နှာတွင် မှတ်ပုံတင်ပြီးမှ သိရပါမည်</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>လိုဂို မရှိပါ</translation>
        </message>
        <message>
            <source>Choose the agency's logo</source>
            <translation>အဖွဲ့အစည်း၏ လိုဂိုကို ရွေးရန်</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
            <translation>ပုံများ (*.png *.jpg *.jpeg);;ဖိုင်အားလုံး (*)</translation>
        </message>
        <message>
            <source>Certificates print this logo from now on.</source>
            <translation>ယခုမှစ၍ လက်မှတ်များတွင် ဤလိုဂိုကို ပုံနှိပ်ပါမည်။</translation>
        </message>
        <message>
            <source>Certificates print no logo from now on.</source>
            <translation>ယခုမှစ၍ လက်မှတ်များတွင် လိုဂို ပုံနှိပ်မည် မဟုတ်ပါ။</translation>
        </message>
    </context>
    <context>
        <name>CertificatesView</name>
        <message>
            <source>Share of the days a participant must be present</source>
            <translation>တက်ရောက်သူ ရောက်ရှိရမည့် ရက်အချိုး</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>နေ့တိုင်း</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>အမည်</translation>
        </message>
        <message>
            <source>Latin letters</source>
            <translation>အင်္ဂလိပ်အက္ခရာ</translation>
        </message>
        <message>
            <source>Days present</source>
            <translation>ရောက်ရှိသည့် ရက်</translation>
        </message>
        <message>
            <source>Modules completed</source>
            <translation>ပြီးဆုံးသော သင်ခန်းစာ</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>လက်မှတ်</translation>
        </message>
        <message>
            <source>&amp;Issue and save certificates…</source>
            <translation>လက်မှတ်များ ထုတ်ပေးပြီး သိမ်းရန်(&amp;I)…</translation>
        </message>
        <message>
            <source>Preview the certificates, then give their numbers and save them as one PDF</source>
            <translation>လက်မှတ်များကို အစမ်းကြည့်ပြီး အမှတ်များ ပေးကာ PDF တစ်ဖိုင်အဖြစ် သိမ်းရန်</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>ဖိုင်တွဲ ဖွင့်ရန်</translation>
        </message>
        <message>
            <source>Present on at &amp;least:</source>
            <translation>အနည်းဆုံး ရောက်ရှိရမည့် ရက်(&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Date on the certificates:</source>
            <translation>လက်မှတ်ပေါ်ရှိ ရက်စွဲ(&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Language of the PDF:</source>
            <translation>PDF ၏ ဘာသာစကား(&amp;L):</translation>
        </message>
        <message>
            <source>Never before the last day (%1).</source>
            <translation>နောက်ဆုံးနေ့ (%1) မတိုင်မီ မဖြစ်ရပါ။</translation>
        </message>
        <message>
            <source>Qualifies: numbered when you issue</source>
            <translation>အရည်အချင်း ပြည့်မီသည်- ထုတ်ပေးသောအခါ အမှတ် ပေးပါမည်</translation>
        </message>
        <message>
            <source>modules not all completed</source>
            <translation>သင်ခန်းစာအားလုံး မပြီးဆုံးသေး</translation>
        </message>
        <message>
            <source>present %1 of the %2 days needed</source>
            <translation>လိုအပ်သော %2 ရက်အနက် %1 ရက်သာ ရောက်ရှိ</translation>
        </message>
        <message>
            <source>Not yet: %1</source>
            <translation>မပြည့်မီသေး: %1</translation>
        </message>
        <message>
            <source>; </source>
            <translation>၊ </translation>
        </message>
        <message numerus="yes">
            <source>of the days (%1 of %n day(s))</source>
            <translation>
                <numerusform>ရက်ပေါင်း (%n ရက်အနက် %1 ရက်)</numerusform>
            </translation>
        </message>
        <message>
            <source>A certificate goes to each participant who completed every module and was present on enough days.</source>
            <translation>သင်ခန်းစာအားလုံး ပြီးဆုံးပြီး လုံလောက်သော ရက်များ ရောက်ရှိခဲ့သည့် တက်ရောက်သူတိုင်း လက်မှတ် ရရှိပါမည်။</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) qualify;</source>
            <translation>
                <numerusform>တက်ရောက်သူ %n ဦး အရည်အချင်း ပြည့်မီသည်၊</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s) issued.</source>
            <translation>
                <numerusform>လက်မှတ် %n စောင် ထုတ်ပေးပြီးပါပြီ။</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more will be numbered when you issue.</source>
            <translation>
                <numerusform>ထုတ်ပေးသောအခါ နောက်ထပ် %n ဦးကို အမှတ် ပေးပါမည်။</numerusform>
            </translation>
        </message>
        <message>
            <source>This computer is not enrolled with an agency yet: the certificates will not name the issuing agency. Enrol it in the Sync area first.</source>
            <translation>ဤကွန်ပျူတာကို အဖွဲ့အစည်းတစ်ခုနှင့် မှတ်ပုံတင်ထားခြင်း မရှိသေးပါ- လက်မှတ်များတွင် ထုတ်ပေးသည့် အဖွဲ့အစည်း အမည် ပါမည် မဟုတ်ပါ။ “ဒေတာ ချိန်ကိုက်ခြင်း” စာမျက်နှာတွင် ဦးစွာ မှတ်ပုံတင်ပါ။</translation>
        </message>
        <message>
            <source>This workshop has not started yet (first day: %1). Certificates are issued after its last day.</source>
            <translation>ဤအလုပ်ရုံဆွေးနွေးပွဲ မစတင်သေးပါ (ပထမနေ့: %1)။ လက်မှတ်များကို ၎င်း၏ နောက်ဆုံးနေ့ ပြီးမှ ထုတ်ပေးပါသည်။</translation>
        </message>
        <message>
            <source>This workshop is “%1” until its last day (%2). Certificates are issued after it.</source>
            <translation>ဤအလုပ်ရုံဆွေးနွေးပွဲသည် ၎င်း၏ နောက်ဆုံးနေ့ (%2) အထိ “%1” ဖြစ်နေပါသည်။ လက်မှတ်များကို ထိုနေ့ ပြီးမှ ထုတ်ပေးပါသည်။</translation>
        </message>
        <message>
            <source>Issue certificates now anyway? They are dated %1 and go only to those who already meet every rule.</source>
            <translation>လက်မှတ်များကို ယခုပင် ထုတ်ပေးမလား? ၎င်းတို့တွင် %1 ရက်စွဲ ပါမည်ဖြစ်ပြီး စည်းကမ်းချက်အားလုံး ပြည့်မီပြီးသူများသာ ရရှိပါမည်။</translation>
        </message>
        <message>
            <source>Workshop not over</source>
            <translation>အလုပ်ရုံဆွေးနွေးပွဲ မပြီးသေးပါ</translation>
        </message>
        <message>
            <source>Issue before the end</source>
            <translation>မပြီးမီ ထုတ်ပေးရန်</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ပယ်ဖျက်ရန်</translation>
        </message>
        <message>
            <source>Preparing the preview…</source>
            <translation>အစမ်းကြည့်ရန် ပြင်ဆင်နေသည်…</translation>
        </message>
        <message>
            <source>Cancelled; nothing was issued or saved.</source>
            <translation>ပယ်ဖျက်လိုက်ပါပြီ။ မည်သည့်အရာမျှ ထုတ်ပေးခြင်း သို့မဟုတ် သိမ်းခြင်း မပြုလုပ်ရပါ။</translation>
        </message>
        <message>
            <source>Preparing the certificates</source>
            <translation>လက်မှတ်များ ပြင်ဆင်နေသည်</translation>
        </message>
        <message>
            <source>Save certificates</source>
            <translation>လက်မှတ်များ သိမ်းရန်</translation>
        </message>
        <message>
            <source>Certificates — %1.pdf</source>
            <translation>လက်မှတ်များ — %1.pdf</translation>
        </message>
        <message>
            <source>PDF file (*.pdf)</source>
            <translation>PDF ဖိုင် (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved; nothing was issued.</source>
            <translation>မသိမ်းရပါ။ မည်သည့်အရာမျှ ထုတ်ပေးခြင်း မပြုလုပ်ရပါ။</translation>
        </message>
        <message>
            <source>Writing certificates…</source>
            <translation>လက်မှတ်များ ရေးသားနေသည်…</translation>
        </message>
        <message>
            <source>Cancelled; no file was written.</source>
            <translation>ပယ်ဖျက်လိုက်ပါပြီ။ မည်သည့်ဖိုင်မျှ မရေးသားရပါ။</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n certificate(s) to %1.</source>
            <translation>
                <numerusform>လက်မှတ် %n စောင်ကို %1 တွင် သိမ်းပြီးပါပြီ။</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Issued %n new certificate(s).</source>
            <translation>
                <numerusform>လက်မှတ်အသစ် %n စောင် ထုတ်ပေးပြီးပါပြီ။</numerusform>
            </translation>
        </message>
        <message>
            <source>Writing certificates</source>
            <translation>လက်မှတ်များ ရေးသားနေသည်</translation>
        </message>
    </context>
    <context>
        <name>ConflictTableModel</name>
        <message>
            <source>Record</source>
            <translation>မှတ်တမ်း</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>အချက်အလက်</translation>
        </message>
        <message>
            <source>Value in use</source>
            <translation>အသုံးပြုနေသော တန်ဖိုး</translation>
        </message>
        <message>
            <source>Changed on</source>
            <translation>ပြင်ဆင်ခဲ့သည့် နေရာ၊ အချိန်</translation>
        </message>
        <message>
            <source>Other value</source>
            <translation>အခြား တန်ဖိုး</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <source>(empty)</source>
            <translation>(ဗလာ)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>ဟုတ်ကဲ့</translation>
        </message>
        <message>
            <source>No</source>
            <translation>မဟုတ်ပါ</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>ဤကွန်ပျူတာ</translation>
        </message>
        <message>
            <source>computer %1</source>
            <translation>ကွန်ပျူတာ %1</translation>
        </message>
        <message>
            <source>another computer</source>
            <translation>အခြား ကွန်ပျူတာ</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1၊ %2</translation>
        </message>
        <message>
            <source>Keep this</source>
            <translation>ဤတန်ဖိုးကို ထားရန်</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <source>← Back to sync</source>
            <translation>← ဒေတာ ချိန်ကိုက်ခြင်းသို့ ပြန်သွားရန်</translation>
        </message>
        <message>
            <source>Conflicts to resolve</source>
            <translation>ဖြေရှင်းရန် ကွဲလွဲမှုများ</translation>
        </message>
        <message>
            <source>Two people changed the same field before their computers synced. Every computer now shows the value in use; check which value is right and keep it, or type the right value. Your choice is sent to everyone at the next sync.</source>
            <translation>ကွန်ပျူတာများ ဒေတာ ချိန်ကိုက်ခြင်း မပြုမီ လူနှစ်ဦးက အချက်အလက်တစ်ခုတည်းကို ပြင်ဆင်ခဲ့ကြသည်။ ယခု ကွန်ပျူတာတိုင်းတွင် အသုံးပြုနေသော တန်ဖိုးကို ပြသထားပါသည်။ မည်သည့်တန်ဖိုး မှန်သည်ကို စစ်ဆေးပြီး ထိုတန်ဖိုးကို ထားပါ၊ သို့မဟုတ် မှန်ကန်သော တန်ဖိုးကို ရိုက်ထည့်ပါ။ သင်၏ ရွေးချယ်မှုကို နောက်တစ်ကြိမ် ဒေတာ ချိန်ကိုက်သောအခါ လူတိုင်းထံ ပို့ပါမည်။</translation>
        </message>
        <message>
            <source>No conflicts to resolve.</source>
            <translation>ဖြေရှင်းရန် ကွဲလွဲမှု မရှိပါ။</translation>
        </message>
        <message>
            <source>Value in use now</source>
            <translation>ယခု အသုံးပြုနေသော တန်ဖိုး</translation>
        </message>
        <message>
            <source>Other value</source>
            <translation>အခြား တန်ဖိုး</translation>
        </message>
        <message>
            <source>Type the right value</source>
            <translation>မှန်ကန်သော တန်ဖိုးကို ရိုက်ထည့်ပါ</translation>
        </message>
        <message>
            <source>Use this value</source>
            <translation>ဤတန်ဖိုးကို သုံးရန်</translation>
        </message>
        <message>
            <source>Or the right value:</source>
            <translation>သို့မဟုတ် မှန်ကန်သော တန်ဖိုး:</translation>
        </message>
        <message>
            <source>Changed on %1</source>
            <translation>%1 တွင် ပြင်ဆင်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>ဟုတ်ကဲ့</translation>
        </message>
        <message>
            <source>No</source>
            <translation>မဟုတ်ပါ</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(ဗလာ)</translation>
        </message>
    </context>
    <context>
        <name>Country</name>
        <message>
            <source>Cambodia</source>
            <translation>ကမ္ဘောဒီးယား</translation>
        </message>
        <message>
            <source>Lao PDR</source>
            <translation>လာအို</translation>
        </message>
        <message>
            <source>Myanmar</source>
            <translation>မြန်မာ</translation>
        </message>
        <message>
            <source>Thailand</source>
            <translation>ထိုင်း</translation>
        </message>
        <message>
            <source>Viet Nam</source>
            <translation>ဗီယက်နမ်</translation>
        </message>
        <message>
            <source>Yunnan (China)</source>
            <translation>ယူနန် (တရုတ်)</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>No indicators yet.</source>
            <translation>ညွှန်ကိန်း မရှိသေးပါ။</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>ညွှန်ကိန်း</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>လက်တွေ့ တန်ဖိုး</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>ပန်းတိုင်</translation>
        </message>
        <message>
            <source>Against target</source>
            <translation>ပန်းတိုင်နှင့် နှိုင်းယှဉ်ချက်</translation>
        </message>
        <message>
            <source>Trend (dashed: target)</source>
            <translation>လမ်းကြောင်း (မျဉ်းပြတ်: ပန်းတိုင်)</translation>
        </message>
        <message>
            <source>What this indicator counts</source>
            <translation>ဤညွှန်ကိန်းက ရေတွက်သည့်အရာ</translation>
        </message>
        <message>
            <source>Show the records behind this number</source>
            <translation>ဤဂဏန်း၏ နောက်ကွယ်ရှိ မှတ်တမ်းများကို ပြရန်</translation>
        </message>
        <message>
            <source>Break this indicator down (by sex, province, agency…)</source>
            <translation>ဤညွှန်ကိန်းကို ခွဲခြမ်းရန် (ကျား/မ၊ တိုင်း/ပြည်နယ်၊ အဖွဲ့အစည်း… အလိုက်)</translation>
        </message>
        <message>
            <source>No definition was given.</source>
            <translation>အဓိပ္ပာယ်ဖွင့်ဆိုချက် မပေးထားပါ။</translation>
        </message>
        <message>
            <source>Not counted by %1</source>
            <translation>%1 အလိုက် မရေတွက်ပါ</translation>
        </message>
        <message>
            <source>Baseline: %1</source>
            <translation>အခြေခံ တန်ဖိုး: %1</translation>
        </message>
        <message>
            <source>No target for this selection. The wider target that applies is %1.</source>
            <translation>ဤရွေးချယ်မှုအတွက် ပန်းတိုင် မရှိပါ။ သက်ဆိုင်သော ပိုကျယ်ပြန့်သည့် ပန်းတိုင်မှာ %1 ဖြစ်သည်။</translation>
        </message>
        <message>
            <source>No target for this selection.</source>
            <translation>ဤရွေးချယ်မှုအတွက် ပန်းတိုင် မရှိပါ။</translation>
        </message>
        <message>
            <source>In several currencies: choose an economy</source>
            <translation>ငွေကြေး အမျိုးမျိုး ပါဝင်သည်: နိုင်ငံ/ဒေသ တစ်ခုကို ရွေးပါ</translation>
        </message>
        <message>
            <source>target %1</source>
            <translation>ပန်းတိုင် %1</translation>
        </message>
    </context>
    <context>
        <name>DemoBanner</name>
        <message>
            <source>Remove demo data…</source>
            <translation>နမူနာ ဒေတာ ဖယ်ရှားရန်…</translation>
        </message>
        <message>
            <source>Delete every record the demo made; what you entered yourself is kept</source>
            <translation>နမူနာက ပြုလုပ်ခဲ့သော မှတ်တမ်းအားလုံးကို ဖျက်ရန်၊ သင်ကိုယ်တိုင် ထည့်သွင်းထားသည်များကို ဆက်ထားပါမည်</translation>
        </message>
        <message numerus="yes">
            <source>Demo data: %Ln record(s) on this computer were made by the demo, to try GMS Desk out. They are never sent to headquarters.</source>
            <translation>
                <numerusform>နမူနာ ဒေတာ: ဤကွန်ပျူတာရှိ မှတ်တမ်း %Ln ခုကို GMS Desk စမ်းသုံးရန်အတွက် နမူနာအဖြစ် ပြုလုပ်ထားပါသည်။ ၎င်းတို့ကို ဌာနချုပ်သို့ ဘယ်တော့မှ မပို့ပါ။</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove demo data</source>
            <translation>နမူနာ ဒေတာ ဖယ်ရှားရန်</translation>
        </message>
        <message numerus="yes">
            <source>Remove the %Ln demo record(s) from this computer? Records you entered yourself are kept. Removed demo data cannot be brought back (run the demo again for new data).</source>
            <translation>
                <numerusform>နမူနာ မှတ်တမ်း %Ln ခုကို ဤကွန်ပျူတာမှ ဖယ်ရှားမလား? သင်ကိုယ်တိုင် ထည့်သွင်းထားသော မှတ်တမ်းများကို ဆက်ထားပါမည်။ ဖယ်ရှားပြီးသော နမူနာ ဒေတာကို ပြန်ယူ၍ မရပါ (ဒေတာအသစ် လိုပါက နမူနာကို ထပ်မံ စတင်ပါ)။</numerusform>
            </translation>
        </message>
        <message>
            <source>Removing demo data…</source>
            <translation>နမူနာ ဒေတာ ဖယ်ရှားနေသည်…</translation>
        </message>
    </context>
    <context>
        <name>DemoFolderBanner</name>
        <message>
            <source>Leave demo data…</source>
            <translation>နမူနာ ဒေတာမှ ထွက်ရန်…</translation>
        </message>
        <message>
            <source>Demo data: you are trying GMS Desk in a separate folder of made-up records. Nothing here is ever sent to headquarters, and your own data is not here.</source>
            <translation>နမူနာ ဒေတာ- သင်သည် GMS Desk ကို စမ်းသပ်ရန် ဖန်တီးထားသော မှတ်တမ်းများပါသည့် သီးခြား ဖိုင်တွဲတွင် စမ်းသုံးနေပါသည်။ ဤနေရာမှ မည်သည့်အရာကိုမျှ ဌာနချုပ်သို့ ဘယ်တော့မှ မပို့ပါ၊ သင်၏ ကိုယ်ပိုင် ဒေတာလည်း ဤနေရာတွင် မရှိပါ။</translation>
        </message>
    </context>
    <context>
        <name>DemoPage</name>
        <message>
            <source>Try it out</source>
            <translation>စမ်းသုံးကြည့်ရန်</translation>
        </message>
        <message>
            <source>Made-up SMEs, workshops and events to try GMS Desk with, before you enter your own.</source>
            <translation>သင်၏ ကိုယ်ပိုင် ဒေတာကို မထည့်မီ GMS Desk ကို စမ်းသုံးရန်အတွက် ဖန်တီးထားသော နမူနာ SME လုပ်ငန်းများ၊ အလုပ်ရုံဆွေးနွေးပွဲများနှင့် ပွဲများ။</translation>
        </message>
        <message>
            <source>Try it with demo data</source>
            <translation>နမူနာ ဒေတာဖြင့် စမ်းသုံးရန်</translation>
        </message>
        <message>
            <source>The demo data is kept in a separate demo data folder: it never mixes with your own data, and nothing in it is ever sent to headquarters. A yellow banner shows while you are in it; “Leave demo data” deletes it and opens your own data.</source>
            <translation>နမူနာ ဒေတာကို သီးခြား နမူနာ ဒေတာ ဖိုင်တွဲတွင် သိမ်းထားပါသည်- သင်၏ ကိုယ်ပိုင် ဒေတာနှင့် ဘယ်တော့မှ မရောနှောဘဲ ၎င်းထဲမှ မည်သည့်အရာကိုမျှ ဌာနချုပ်သို့ မပို့ပါ။ ၎င်းကို အသုံးပြုနေစဉ် အဝါရောင် ဘန်နာ ပြသနေပါမည်။ “နမူနာ ဒေတာမှ ထွက်ရန်” က ၎င်းကို ဖျက်ပြီး သင်၏ ကိုယ်ပိုင် ဒေတာကို ဖွင့်ပါမည်။</translation>
        </message>
    </context>
    <context>
        <name>DrillDialog</name>
        <message>
            <source>Loading…</source>
            <translation>ဖွင့်နေသည်…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>ထုတ်ယူရန်…</translation>
        </message>
        <message>
            <source>Save every record behind this number as an Excel workbook or a CSV file</source>
            <translation>ဤဂဏန်း၏ နောက်ကွယ်ရှိ မှတ်တမ်းအားလုံးကို Excel ဖိုင် သို့မဟုတ် CSV ဖိုင်အဖြစ် သိမ်းရန်</translation>
        </message>
        <message>
            <source>Opening the records</source>
            <translation>မှတ်တမ်းများကို ဖွင့်နေသည်</translation>
        </message>
        <message>
            <source>The first %1 records; the export writes them all.</source>
            <translation>ပထမ မှတ်တမ်း %1 ခု။ ထုတ်ယူပါက အားလုံးကို ရေးသားပါမည်။</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>မှတ်တမ်း %n ခု</numerusform>
            </translation>
        </message>
        <message>
            <source>The records could not be read.</source>
            <translation>မှတ်တမ်းများကို ဖတ်၍ မရပါ။</translation>
        </message>
        <message>
            <source>Export records</source>
            <translation>မှတ်တမ်းများ ထုတ်ယူရန်</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translation>Excel ဖိုင် (*.xlsx);;CSV ဖိုင် (*.csv)</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>ထုတ်ယူခြင်းကို ပယ်ဖျက်လိုက်ပါပြီ။ မည်သည့်ဖိုင်မျှ မရေးသားရပါ။</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n record(s) to %1.</source>
            <translation>
                <numerusform>မှတ်တမ်း %n ခုကို %1 သို့ ထုတ်ယူပြီးပါပြီ။</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting records</source>
            <translation>မှတ်တမ်းများ ထုတ်ယူနေသည်</translation>
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message>
            <source>Enrol participants</source>
            <translation>တက်ရောက်သူများ စာရင်းသွင်းရန်</translation>
        </message>
        <message>
            <source>Search people and SMEs: name, phone…</source>
            <translation>လူနှင့် SME လုပ်ငန်း ရှာရန်: အမည်၊ ဖုန်း…</translation>
        </message>
        <message>
            <source>&amp;Enrol this person</source>
            <translation>ဤသူကို စာရင်းသွင်းရန်(&amp;E)</translation>
        </message>
        <message>
            <source>Already known</source>
            <translation>ရှိပြီးသား စာရင်း</translation>
        </message>
        <message>
            <source>People</source>
            <translation>လူများ</translation>
        </message>
        <message>
            <source>Search people and SMEs</source>
            <translation>လူနှင့် SME လုပ်ငန်း ရှာရန်</translation>
        </message>
        <message>
            <source>SMEs</source>
            <translation>SME လုပ်ငန်းများ</translation>
        </message>
        <message>
            <source>&amp;People</source>
            <translation>လူများ(&amp;P)</translation>
        </message>
        <message>
            <source>SMEs (pick one for a new person)</source>
            <translation>SME လုပ်ငန်းများ (လူသစ်အတွက် တစ်ခု ရွေးပါ)</translation>
        </message>
        <message>
            <source>e.g. owner, marketing staff</source>
            <translation>ဥပမာ ပိုင်ရှင်၊ ဈေးကွက်ရှာဖွေရေး ဝန်ထမ်း</translation>
        </message>
        <message>
            <source>New S&amp;ME…</source>
            <translation>SME လုပ်ငန်းသစ်(&amp;M)…</translation>
        </message>
        <message>
            <source>No SME</source>
            <translation>SME လုပ်ငန်း မရှိ</translation>
        </message>
        <message>
            <source>&amp;Add and enrol</source>
            <translation>ထည့်ပြီး စာရင်းသွင်းရန်(&amp;A)</translation>
        </message>
        <message>
            <source>Add this person and enrol them (Enter in any of their fields)</source>
            <translation>ဤသူကို ထည့်ပြီး စာရင်းသွင်းရန် (၎င်း၏ မည်သည့်အကွက်တွင်မဆို Enter နှိပ်ပါ)</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>လူသစ်</translation>
        </message>
        <message>
            <source>&amp;Name (own script):</source>
            <translation>အမည် (ဒေသခံဘာသာဖြင့်)(&amp;N):</translation>
        </message>
        <message>
            <source>Name in &amp;Latin letters:</source>
            <translation>အမည် (အင်္ဂလိပ်အက္ခရာဖြင့်)(&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Gender:</source>
            <translation>ကျား/မ(&amp;G):</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>ရာထူး(&amp;R):</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>ဖုန်း(&amp;H):</translation>
        </message>
        <message>
            <source>Nobody found. Enter starts a new person with this name.</source>
            <translation>မည်သူမျှ မတွေ့ပါ။ Enter နှိပ်လျှင် ဤအမည်ဖြင့် လူသစ်တစ်ဦး စတင်ထည့်ပါမည်။</translation>
        </message>
        <message>
            <source>No SME found.</source>
            <translation>SME လုပ်ငန်း မတွေ့ပါ။</translation>
        </message>
        <message>
            <source>Type a name or phone number above to search; Enter enrols the highlighted person.</source>
            <translation>ရှာရန် အထက်တွင် အမည် သို့မဟုတ် ဖုန်းနံပါတ်ကို ရိုက်ပါ။ Enter နှိပ်လျှင် ရွေးထားသောသူကို စာရင်းသွင်းပါမည်။</translation>
        </message>
        <message>
            <source>Type above to find an SME for a new person.</source>
            <translation>လူသစ်အတွက် SME လုပ်ငန်း ရှာရန် အထက်တွင် ရိုက်ပါ။</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) in this workshop.</source>
            <translation>
                <numerusform>ဤအလုပ်ရုံဆွေးနွေးပွဲတွင် တက်ရောက်သူ %n ဦး ရှိသည်။</numerusform>
            </translation>
        </message>
        <message>
            <source>Discard the new person?</source>
            <translation>လူသစ်ကို စွန့်ပစ်မလား?</translation>
        </message>
        <message>
            <source>You started typing a new person who is not enrolled yet. Close and discard what you typed?</source>
            <translation>စာရင်းမသွင်းရသေးသော လူသစ်တစ်ဦး၏ အချက်အလက်ကို ရိုက်ထည့်နေပါသည်။ ပိတ်ပြီး ရိုက်ထည့်ထားသည်ကို စွန့်ပစ်မလား?</translation>
        </message>
        <message>
            <source>SME:</source>
            <translation>SME လုပ်ငန်း:</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ပိတ်ရန်</translation>
        </message>
        <message>
            <source>This person may already be known. Enrol them instead of adding them again, or add them if it is someone else:</source>
            <translation>ဤသူကို သိရှိပြီးသား ဖြစ်နိုင်ပါသည်။ ထပ်မထည့်ဘဲ ရှိပြီးသားသူကို စာရင်းသွင်းပါ၊ သို့မဟုတ် အခြားသူ ဖြစ်ပါက ထည့်ပါ:</translation>
        </message>
        <message>
            <source>Enrol this one</source>
            <translation>ဤသူကို စာရင်းသွင်းရန်</translation>
        </message>
        <message>
            <source>Nobody known matches “%1”. Add them as a new person: their details, then Enter.</source>
            <translation>“%1” နှင့် ကိုက်ညီသော သိရှိပြီးသူ မရှိပါ။ လူသစ်အဖြစ် ထည့်ပါ- ၎င်း၏ အသေးစိတ်ကို ဖြည့်ပြီး Enter နှိပ်ပါ။</translation>
        </message>
        <message>
            <source>(already enrolled)</source>
            <translation>(စာရင်းသွင်းပြီး)</translation>
        </message>
        <message>
            <source>%1 is already enrolled in this workshop.</source>
            <translation>%1 ကို ဤအလုပ်ရုံဆွေးနွေးပွဲတွင် စာရင်းသွင်းပြီးသား ဖြစ်သည်။</translation>
        </message>
        <message>
            <source>New: %1 (saved with the person)</source>
            <translation>အသစ်: %1 (ဤသူနှင့်အတူ သိမ်းပါမည်)</translation>
        </message>
        <message>
            <source>None — pick one on the left, or add a new SME</source>
            <translation>မရှိသေးပါ — ဘယ်ဘက်မှ တစ်ခု ရွေးပါ၊ သို့မဟုတ် SME လုပ်ငန်းသစ် ထည့်ပါ</translation>
        </message>
        <message>
            <source>Enter the person's name.</source>
            <translation>ထိုသူ၏ အမည်ကို ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Look at the yellow box first: enrol the person already known, or press Enter again to add a new one.</source>
            <translation>အဝါရောင်အကွက်ကို ဦးစွာ ကြည့်ပါ- သိရှိပြီးသူကို စာရင်းသွင်းပါ၊ သို့မဟုတ် လူသစ် ထည့်ရန် Enter ကို ထပ်နှိပ်ပါ။</translation>
        </message>
        <message>
            <source>, </source>
            <translation>၊ </translation>
        </message>
        <message>
            <source>same name</source>
            <translation>အမည် တူသည်</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>ဖုန်း တူသည်</translation>
        </message>
        <message>
            <source>Enrolled %1.</source>
            <translation>%1 ကို စာရင်းသွင်းပြီးပါပြီ။</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>GMS Desk may not write to this place. Choose another folder.</source>
            <translation>GMS Desk သည် ဤနေရာတွင် သိမ်းဆည်းခွင့် မရှိပါ။ အခြားဖိုင်တွဲတစ်ခုကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>The file was not found.</source>
            <translation>ဖိုင်ကို ရှာမတွေ့ပါ။</translation>
        </message>
        <message>
            <source>GMS Desk</source>
            <translation>GMS Desk</translation>
        </message>
        <message>
            <source>GMS Desk — unexpected error</source>
            <translation>GMS Desk — မမျှော်လင့်ထားသော အမှား</translation>
        </message>
        <message>
            <source>Something went wrong inside GMS Desk. Your saved work is safe. Please send the details below to your support contact.</source>
            <translation>GMS Desk အတွင်း တစ်ခုခု မှားယွင်းသွားပါသည်။ သိမ်းထားပြီးသော အလုပ်များ လုံခြုံပါသည်။ အောက်ပါ အသေးစိတ်ကို သင်၏ နည်းပညာအကူအညီပေးသူထံ ပို့ပေးပါ။</translation>
        </message>
        <message>
            <source>Headquarters published this record for every agency: it can be read here but not changed.</source>
            <translation>ဌာနချုပ်က ဤမှတ်တမ်းကို အဖွဲ့အစည်းအားလုံးအတွက် ထုတ်ပြန်ထားသည်- ဤနေရာတွင် ကြည့်ရှုနိုင်သော်လည်း ပြင်ဆင်၍ မရပါ။</translation>
        </message>
        <message>
            <source>The disk is full. Free some space, then try again; what you saved before is safe.</source>
            <translation>ဒစ်ခ် ပြည့်နေပါသည်။ နေရာလွတ် အချို့ ပြုလုပ်ပြီး ထပ်မံ ကြိုးစားပါ။ ယခင်က သိမ်းထားသမျှ ဘေးကင်းပါသည်။</translation>
        </message>
        <message>
            <source>The database is busy: another program, perhaps a second copy of GMS Desk, is writing to it. Wait a moment, then try again; what you saved before is safe.</source>
            <translation>ဒေတာဘေ့စ် အလုပ်များနေပါသည်- အခြား ပရိုဂရမ်တစ်ခု (GMS Desk နောက်တစ်ခု ဖြစ်နိုင်သည်) က ထိုဖိုင်ထဲသို့ ရေးသားနေပါသည်။ ခဏစောင့်ပြီး ထပ်မံ ကြိုးစားပါ။ ယခင်က သိမ်းထားသမျှ ဘေးကင်းပါသည်။</translation>
        </message>
        <message>
            <source>GMS Desk may not write to its database file or to the folder it is in. Allow writing there (or ask whoever looks after this computer), then try again; what you saved before is safe.</source>
            <translation>GMS Desk သည် ဒေတာဘေ့စ်ဖိုင် သို့မဟုတ် ထိုဖိုင်ရှိသော ဖိုဒါထဲသို့ ရေးသားခွင့် မရှိပါ။ ထိုနေရာတွင် ရေးသားခွင့် ပေးပါ (သို့မဟုတ် ဤကွန်ပျူတာကို စောင့်ရှောက်သူကို မေးပါ)၊ ထို့နောက် ထပ်မံ ကြိုးစားပါ။ ယခင်က သိမ်းထားသမျှ ဘေးကင်းပါသည်။</translation>
        </message>
        <message>
            <source>This file is damaged or is not a GMS Desk database. Do not delete it: restore the database from a backup, or ask your support contact for help.</source>
            <translation>ဤဖိုင်သည် ပျက်စီးနေသည် သို့မဟုတ် GMS Desk ဒေတာဘေ့စ် မဟုတ်ပါ။ မဖျက်ပါနှင့်- ဒေတာဘေ့စ်ကို အရန်ကူးထားသော ဖိုင်မှ ပြန်လည်ရယူပါ သို့မဟုတ် နည်းပညာ အကူအညီပေးသူထံ အကူအညီ တောင်းပါ။</translation>
        </message>
        <message>
            <source>The database file could not be read or written (a disk or network error). Check that the disk or USB drive is still connected, then try again.</source>
            <translation>ဒေတာဘေ့စ်ဖိုင်ကို ဖတ်၍ သို့မဟုတ် ရေး၍ မရပါ (ဒစ်ခ် သို့မဟုတ် ကွန်ရက် အမှား)။ ဒစ်ခ် သို့မဟုတ် USB ဒရိုက် ချိတ်ဆက်ထားဆဲ ဖြစ်မဖြစ် စစ်ဆေးပြီး ထပ်မံ ကြိုးစားပါ။</translation>
        </message>
        <message>
            <source>The copy of the database did not pass its check, so it was not kept: the database itself may be damaged. Restore the newest good backup (Settings, Backups), or ask your support contact for help.</source>
            <translation>ဒေတာဘေ့စ် မိတ္တူသည် စစ်ဆေးမှုကို မအောင်မြင်သဖြင့် မသိမ်းထားပါ- ဒေတာဘေ့စ် ကိုယ်တိုင် ပျက်စီးနေနိုင်ပါသည်။ နောက်ဆုံး ကောင်းမွန်သော အရန်ဖိုင်ကို ပြန်လည်ရယူပါ (ဆက်တင်များ၊ အရန်ဖိုင်များ)၊ သို့မဟုတ် နည်းပညာ အကူအညီပေးသူထံ အကူအညီ တောင်းပါ။</translation>
        </message>
        <message>
            <source>This file is not a GMS Desk backup, or it is damaged. Choose another backup.</source>
            <translation>ဤဖိုင်သည် GMS Desk အရန်ဖိုင် မဟုတ်ပါ၊ သို့မဟုတ် ပျက်စီးနေပါသည်။ အခြား အရန်ဖိုင်ကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>This backup is encrypted. Enter its passphrase.</source>
            <translation>ဤအရန်ဖိုင်ကို ကုဒ်ဝှက်ထားပါသည်။ ၎င်း၏ စကားဝှက်ကို ထည့်ပါ။</translation>
        </message>
        <message>
            <source>The passphrase is not the one this backup was encrypted with. Check it (capital letters count) and try again.</source>
            <translation>ဤစကားဝှက်သည် ဤအရန်ဖိုင်ကို ကုဒ်ဝှက်ခဲ့သည့် စကားဝှက် မဟုတ်ပါ။ စစ်ဆေးပြီး (စာလုံးအကြီးအသေး ကွဲပြားပါသည်) ထပ်မံ ကြိုးစားပါ။</translation>
        </message>
        <message>
            <source>This backup file was changed or cut short after it was made, so it cannot be trusted and was not used. Use another copy of it.</source>
            <translation>ဤအရန်ဖိုင်ကို ပြုလုပ်ပြီးနောက် ပြောင်းလဲထားခြင်း သို့မဟုတ် တစ်စိတ်တစ်ပိုင်း ပြတ်တောက်သွားခြင်း ဖြစ်သဖြင့် ယုံကြည်၍ မရသောကြောင့် အသုံးမပြုခဲ့ပါ။ ၎င်း၏ အခြား မိတ္တူကို သုံးပါ။</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>Edit event</source>
            <translation>ပွဲ ပြင်ဆင်ရန်</translation>
        </message>
        <message>
            <source>New event</source>
            <translation>ပွဲ အသစ်</translation>
        </message>
        <message>
            <source>Listeners, viewers or readers the media reached</source>
            <translation>မီဒီယာမှတစ်ဆင့် ရောက်ရှိခဲ့သော နားထောင်သူ၊ ကြည့်ရှုသူ သို့မဟုတ် စာဖတ်သူ</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>အမျိုးအစား(&amp;K):</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>ခေါင်းစဉ်(&amp;T):</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>ပထမရက်</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>နောက်ဆုံးရက်</translation>
        </message>
        <message>
            <source>&amp;Dates:</source>
            <translation>ရက်စွဲများ(&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Economy:</source>
            <translation>နိုင်ငံ/ဒေသ(&amp;E):</translation>
        </message>
        <message>
            <source>&amp;Province:</source>
            <translation>တိုင်း/ပြည်နယ်(&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Venue:</source>
            <translation>ကျင်းပရာနေရာ(&amp;V):</translation>
        </message>
        <message>
            <source>&amp;Organiser:</source>
            <translation>စီစဉ်သူ(&amp;O):</translation>
        </message>
        <message>
            <source>Who came</source>
            <translation>တက်ရောက်သူများ</translation>
        </message>
        <message>
            <source>&amp;Women:</source>
            <translation>အမျိုးသမီး(&amp;W):</translation>
        </message>
        <message>
            <source>&amp;Men:</source>
            <translation>အမျိုးသား(&amp;M):</translation>
        </message>
        <message>
            <source>Ot&amp;her or not recorded:</source>
            <translation>အခြား သို့မဟုတ် မှတ်တမ်းမတင်ရ(&amp;H):</translation>
        </message>
        <message>
            <source>Or&amp;ganisations represented:</source>
            <translation>ကိုယ်စားလှယ် တက်ရောက်သော အဖွဲ့အစည်း အရေအတွက်(&amp;G):</translation>
        </message>
        <message>
            <source>Media &amp;reach:</source>
            <translation>မီဒီယာမှတစ်ဆင့် ရောက်ရှိမှု(&amp;R):</translation>
        </message>
        <message>
            <source>In all:</source>
            <translation>စုစုပေါင်း:</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>မှတ်ချက်(&amp;N)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>သိမ်းရန်</translation>
        </message>
        <message>
            <source>Save (Enter or Ctrl+S)</source>
            <translation>သိမ်းရန် (Enter သို့မဟုတ် Ctrl+S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ပယ်ဖျက်ရန်</translation>
        </message>
        <message>
            <source>SMEs reached</source>
            <translation>ရောက်ရှိခဲ့သော SME လုပ်ငန်းများ</translation>
        </message>
        <message>
            <source>Type a name or phone, then Enter</source>
            <translation>အမည် သို့မဟုတ် ဖုန်းနံပါတ် ရိုက်ပြီး Enter နှိပ်ပါ</translation>
        </message>
        <message>
            <source>Find an SME</source>
            <translation>SME လုပ်ငန်း ရှာရန်</translation>
        </message>
        <message>
            <source>SMEs found</source>
            <translation>တွေ့ရှိသော SME လုပ်ငန်းများ</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>ဖယ်ရှားရန်(&amp;M)</translation>
        </message>
        <message>
            <source>Remove the SME chosen (Del)</source>
            <translation>ရွေးထားသော SME လုပ်ငန်းကို ဖယ်ရှားရန် (Del)</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>ရှာရန်(&amp;F):</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n ရက်</numerusform>
            </translation>
        </message>
        <message>
            <source>(chosen)</source>
            <translation>(ရွေးထားပြီး)</translation>
        </message>
        <message numerus="yes">
            <source>%n SME(s) chosen</source>
            <translation>
                <numerusform>SME လုပ်ငန်း %n ခု ရွေးထားသည်</numerusform>
            </translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>ပြောင်းလဲမှုများကို စွန့်ပစ်မလား?</translation>
        </message>
        <message>
            <source>Discard your changes?</source>
            <translation>သင် ပြုလုပ်ထားသော ပြောင်းလဲမှုများကို စွန့်ပစ်မလား?</translation>
        </message>
    </context>
    <context>
        <name>EventTableModel</name>
        <message>
            <source>Kind</source>
            <translation>အမျိုးအစား</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>ပွဲ</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>ရက်စွဲများ</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>နေရာ</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>အမျိုးသမီး</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>အမျိုးသား</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>တက်ရောက်သူ ဦးရေ</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>အဖွဲ့အစည်း အရေအတွက်</translation>
        </message>
        <message>
            <source>Media reach</source>
            <translation>မီဒီယာမှတစ်ဆင့် ရောက်ရှိမှု</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>အဖွဲ့အစည်း</translation>
        </message>
    </context>
    <context>
        <name>Events</name>
        <message>
            <source>Road show</source>
            <translation>လှည့်လည် ပြသပွဲ</translation>
        </message>
        <message>
            <source>Media campaign</source>
            <translation>မီဒီယာ လှုံ့ဆော်ရေး</translation>
        </message>
        <message>
            <source>Launch</source>
            <translation>မိတ်ဆက်ပွဲ</translation>
        </message>
        <message>
            <source>Stakeholder consultation</source>
            <translation>သက်ဆိုင်သူများနှင့် တိုင်ပင်ဆွေးနွေးပွဲ</translation>
        </message>
        <message>
            <source>Seminar</source>
            <translation>ဟောပြောဆွေးနွေးပွဲ</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>အခြား</translation>
        </message>
    </context>
    <context>
        <name>EventsView</name>
        <message>
            <source>New event</source>
            <translation>ပွဲ အသစ်</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>ပြင်ဆင်ရန်…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ဖျက်ရန်</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>ပြန်ယူရန်</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>ထုတ်ယူရန်…</translation>
        </message>
        <message>
            <source>No awareness events yet. Press Ctrl+N to record a road show, media campaign, launch, consultation or seminar: who came, how many women and men, and the SMEs it reached.</source>
            <translation>အသိပညာပေးပွဲ မရှိသေးပါ။ လှည့်လည် ပြသပွဲ၊ မီဒီယာ လှုံ့ဆော်ရေး၊ မိတ်ဆက်ပွဲ၊ တိုင်ပင်ဆွေးနွေးပွဲ သို့မဟုတ် ဟောပြောဆွေးနွေးပွဲကို မှတ်တမ်းတင်ရန် Ctrl+N ကို နှိပ်ပါ: တက်ရောက်သူများ၊ အမျိုးသမီးနှင့် အမျိုးသား ဦးရေ၊ ရောက်ရှိခဲ့သော SME လုပ်ငန်းများ။</translation>
        </message>
        <message>
            <source>Search title, organiser, venue…</source>
            <translation>ခေါင်းစဉ်၊ စီစဉ်သူ၊ ကျင်းပရာနေရာ ရှာရန်…</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>အမျိုးအစား</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>အမျိုးအစား အားလုံး</translation>
        </message>
        <message>
            <source>Deleted events</source>
            <translation>ဖျက်ထားသော ပွဲများ</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>နိုင်ငံ/ဒေသ</translation>
        </message>
        <message>
            <source>Any economy</source>
            <translation>နိုင်ငံ/ဒေသ အားလုံး</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>တိုင်း/ပြည်နယ်</translation>
        </message>
        <message>
            <source>Any province</source>
            <translation>တိုင်း/ပြည်နယ် အားလုံး</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>ကာလ</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>အချိန် အားလုံး</translation>
        </message>
        <message>
            <source>From</source>
            <translation>စတင်ရက်</translation>
        </message>
        <message>
            <source>To</source>
            <translation>ပြီးဆုံးရက်</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <source>All agencies</source>
            <translation>အဖွဲ့အစည်း အားလုံး</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>ယခု သုံးလပတ်</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>ယခင် သုံးလပတ်</translation>
        </message>
        <message>
            <source>Dates…</source>
            <translation>ရက်စွဲ ရွေးရန်…</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>ပွဲ %n ခု</numerusform>
            </translation>
        </message>
        <message>
            <source>audience %1: %2 women, %3 men, %4 other or not recorded</source>
            <translation>တက်ရောက်သူ %1 ဦး: အမျိုးသမီး %2၊ အမျိုးသား %3၊ အခြား သို့မဟုတ် မှတ်တမ်းမတင်ရ %4</translation>
        </message>
        <message>
            <source>%1 organisations</source>
            <translation>အဖွဲ့အစည်း %1 ခု</translation>
        </message>
        <message>
            <source>media reach %1</source>
            <translation>မီဒီယာမှတစ်ဆင့် ရောက်ရှိမှု %1</translation>
        </message>
        <message>
            <source>Organiser: %1</source>
            <translation>စီစဉ်သူ: %1</translation>
        </message>
        <message>
            <source>SMEs reached (%1): %2</source>
            <translation>ရောက်ရှိခဲ့သော SME လုပ်ငန်းများ (%1): %2</translation>
        </message>
        <message>
            <source>add “%1”</source>
            <translation>“%1” ကို ထည့်ရန်</translation>
        </message>
        <message>
            <source>edit “%1”</source>
            <translation>“%1” ကို ပြင်ဆင်ရန်</translation>
        </message>
        <message>
            <source>“%1” saved. Undo with Ctrl+Z.</source>
            <translation>“%1” ကို သိမ်းပြီးပါပြီ။ Ctrl+Z ဖြင့် နောက်ပြန်နိုင်သည်။</translation>
        </message>
        <message>
            <source>delete “%1”</source>
            <translation>“%1” ကို ဖျက်ရန်</translation>
        </message>
        <message>
            <source>“%1” deleted. Undo with Ctrl+Z, or find it under “Deleted events”.</source>
            <translation>“%1” ကို ဖျက်ပြီးပါပြီ။ Ctrl+Z ဖြင့် နောက်ပြန်နိုင်သည်၊ သို့မဟုတ် “ဖျက်ထားသော ပွဲများ” တွင် ရှာပါ။</translation>
        </message>
        <message>
            <source>restore “%1”</source>
            <translation>“%1” ကို ပြန်ယူရန်</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel ဖိုင် (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV file (*.csv)</source>
            <translation>CSV ဖိုင် (*.csv)</translation>
        </message>
        <message>
            <source>Export events</source>
            <translation>ပွဲ ဒေတာ ထုတ်ယူရန်</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n event(s) to %1.</source>
            <translation>
                <numerusform>ပွဲ %n ခုကို %1 သို့ ထုတ်ယူပြီးပါပြီ။</numerusform>
            </translation>
        </message>
        <message>
            <source>The export failed; no file was written.</source>
            <translation>ထုတ်ယူခြင်း မအောင်မြင်ပါ။ မည်သည့်ဖိုင်မျှ မရေးသားရပါ။</translation>
        </message>
        <message>
            <source>Exporting events</source>
            <translation>ပွဲ ဒေတာ ထုတ်ယူနေသည်</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Choose a .csv or .xlsx file.</source>
            <translation>.csv သို့မဟုတ် .xlsx ဖိုင်တစ်ခုကို ရွေးပါ။</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <source>ICT level</source>
            <translation>ICT အဆင့်</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>နောက်ဆုံးပြင်ဆင်ချိန်</translation>
        </message>
        <message>
            <source>Record id</source>
            <translation>မှတ်တမ်းအမှတ်</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>ပြင်ဆင်သူ</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>ကုဒ်</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>ကဏ္ဍ</translation>
        </message>
        <message>
            <source>Business name</source>
            <translation>လုပ်ငန်းအမည်</translation>
        </message>
        <message>
            <source>Name in local script</source>
            <translation>ဒေသခံဘာသာဖြင့် အမည်</translation>
        </message>
        <message>
            <source>Registration number</source>
            <translation>မှတ်ပုံတင်အမှတ်</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>နိုင်ငံ/ဒေသ</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>တိုင်း/ပြည်နယ်</translation>
        </message>
        <message>
            <source>District</source>
            <translation>ခရိုင်</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>လိပ်စာ</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>ဖုန်း</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>အီးမေးလ်</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>ဝက်ဘ်ဆိုက်</translation>
        </message>
        <message>
            <source>Owner or contact person</source>
            <translation>ပိုင်ရှင် သို့မဟုတ် ဆက်သွယ်ရမည့်သူ</translation>
        </message>
        <message>
            <source>Gender of contact</source>
            <translation>ဆက်သွယ်ရမည့်သူ၏ ကျား/မ</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>ဝန်ထမ်းဦးရေ</translation>
        </message>
        <message>
            <source>Female employees</source>
            <translation>အမျိုးသမီးဝန်ထမ်းဦးရေ</translation>
        </message>
        <message>
            <source>Year founded</source>
            <translation>တည်ထောင်သည့်နှစ်</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>ဖက်စ်</translation>
        </message>
        <message>
            <source>Fixed-line phone</source>
            <translation>ကြိုးဖုန်း</translation>
        </message>
        <message>
            <source>Mobile phone</source>
            <translation>မိုဘိုင်းဖုန်း</translation>
        </message>
        <message>
            <source>Own website</source>
            <translation>ကိုယ်ပိုင်ဝက်ဘ်ဆိုက်</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>ဆိုရှယ်မီဒီယာ</translation>
        </message>
        <message>
            <source>E-marketplace</source>
            <translation>အွန်လိုင်းဈေးကွက်</translation>
        </message>
        <message>
            <source>Online payment</source>
            <translation>အွန်လိုင်းငွေပေးချေမှု</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>မှတ်ချက်</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>သင်တန်းအဆင့်</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>ခေါင်းစဉ်</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>ဖော်ပြချက်</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>အစီအစဉ်</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>သင်ခန်းစာများ</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>ပထမရက်</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>နောက်ဆုံးရက်</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>ကျင်းပရာနေရာ</translation>
        </message>
        <message>
            <source>Trainers</source>
            <translation>သင်တန်းဆရာများ</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>ပူးပေါင်းအဖွဲ့အစည်း</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>အခြေအနေ</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>အလုပ်ရုံဆွေးနွေးပွဲ</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>ရက်</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>အမည်ပြ စာသား</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>အမည်</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>အသုံးမပြုတော့</translation>
        </message>
        <message>
            <source>Agency code</source>
            <translation>အဖွဲ့အစည်း ကုဒ်</translation>
        </message>
        <message>
            <source>Agency name</source>
            <translation>အဖွဲ့အစည်းအမည်</translation>
        </message>
        <message>
            <source>Name in other languages</source>
            <translation>အခြားဘာသာဖြင့် အမည်</translation>
        </message>
        <message>
            <source>Headquarters</source>
            <translation>ဌာနချုပ်</translation>
        </message>
        <message>
            <source>Provinces served</source>
            <translation>ဝန်ဆောင်ရာ တိုင်း/ပြည်နယ်</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>ဆက်သွယ်ရမည့်သူ</translation>
        </message>
        <message>
            <source>Languages spoken</source>
            <translation>ပြောဆိုနိုင်သော ဘာသာစကားများ</translation>
        </message>
        <message>
            <source>E-business services offered</source>
            <translation>ပေးသော အီလက်ထရောနစ် စီးပွားရေး ဝန်ဆောင်မှုများ</translation>
        </message>
        <message>
            <source>E-procurement</source>
            <translation>အီလက်ထရောနစ် ဝယ်ယူရေး</translation>
        </message>
        <message>
            <source>Attendance for a certificate</source>
            <translation>လက်မှတ်ရရန် တက်ရောက်မှု</translation>
        </message>
        <message>
            <source>Name in Latin letters</source>
            <translation>အမည် (အင်္ဂလိပ်အက္ခရာ)</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>ကျား/မ</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>ရာထူး</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>SME လုပ်ငန်း</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>ပုဂ္ဂိုလ်</translation>
        </message>
        <message>
            <source>Pre-test score</source>
            <translation>သင်တန်းမတိုင်မီ စစ်ဆေးမှု ရမှတ်</translation>
        </message>
        <message>
            <source>Post-test score</source>
            <translation>သင်တန်းပြီး စစ်ဆေးမှု ရမှတ်</translation>
        </message>
        <message>
            <source>Certificate number</source>
            <translation>လက်မှတ်အမှတ်</translation>
        </message>
        <message>
            <source>Certificate issued on</source>
            <translation>လက်မှတ် ထုတ်ပေးသည့်ရက်</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>တက်ရောက်</translation>
        </message>
        <message>
            <source>Marked on</source>
            <translation>မှတ်သားချိန်</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>သင်ခန်းစာ</translation>
        </message>
        <message>
            <source>Date reached</source>
            <translation>ရောက်ရှိသည့်ရက်</translation>
        </message>
        <message>
            <source>Reverted by</source>
            <translation>ပြန်ဖျက်သူ</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>ဝန်ဆောင်မှု</translation>
        </message>
        <message>
            <source>Delivered on</source>
            <translation>ဝန်ဆောင်မှုပေးသည့်ရက်</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>ဝန်ထမ်း</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>ဝန်ဆောင်ခ</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>ငွေကြေး</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>ရလဒ်</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>ပေးချေပြီး</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>ရရှိသည့်ရက်</translation>
        </message>
        <message>
            <source>From country</source>
            <translation>မူလနိုင်ငံ</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>နည်းလမ်း</translation>
        </message>
        <message>
            <source>Through service</source>
            <translation>ဝန်ဆောင်မှုမှတစ်ဆင့်</translation>
        </message>
        <message>
            <source>Through</source>
            <translation>အွန်လိုင်း ချန်နယ်မှတစ်ဆင့်</translation>
        </message>
        <message>
            <source>Order value</source>
            <translation>မှာယူမှု တန်ဖိုး</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>အမျိုးအစား</translation>
        </message>
        <message>
            <source>Portal or marketplace</source>
            <translation>ပေါ်တယ် သို့မဟုတ် အွန်လိုင်းဈေးကွက်</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>စတင်သည့်ရက်</translation>
        </message>
        <message>
            <source>Products displayed</source>
            <translation>ပြသထားသော ထုတ်ကုန် အရေအတွက်</translation>
        </message>
        <message>
            <source>Set up by service</source>
            <translation>တည်ဆောက်ပေးခဲ့သော ဝန်ဆောင်မှု</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>ရက်စွဲ</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>စီစဉ်သူ</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>အမျိုးသမီး</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>အမျိုးသား</translation>
        </message>
        <message>
            <source>Other or not recorded</source>
            <translation>အခြား သို့မဟုတ် မှတ်တမ်းမတင်ရ</translation>
        </message>
        <message>
            <source>Organisations represented</source>
            <translation>ကိုယ်စားလှယ် တက်ရောက်သော အဖွဲ့အစည်း အရေအတွက်</translation>
        </message>
        <message>
            <source>Media reach</source>
            <translation>မီဒီယာမှတစ်ဆင့် ရောက်ရှိမှု</translation>
        </message>
        <message>
            <source>SMEs</source>
            <translation>SME လုပ်ငန်းများ</translation>
        </message>
        <message>
            <source>Form id</source>
            <translation>ပုံစံ ID</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>ဗားရှင်း</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ဘာသာစကား</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>မေးခွန်းများ</translation>
        </message>
        <message>
            <source>Title in other languages</source>
            <translation>အခြားဘာသာဖြင့် ခေါင်းစဉ်</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>အကြောင်းအရာ နယ်ပယ်</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>အဓိပ္ပာယ်ဖွင့်ဆိုချက်</translation>
        </message>
        <message>
            <source>What it counts</source>
            <translation>ရေတွက်သည့်အရာ</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>ညွှန်ကိန်း</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>နယ်ပယ်</translation>
        </message>
        <message>
            <source>For</source>
            <translation>သက်ဆိုင်ရာ</translation>
        </message>
        <message>
            <source>From</source>
            <translation>စတင်ရက်</translation>
        </message>
        <message>
            <source>To</source>
            <translation>ပြီးဆုံးရက်</translation>
        </message>
        <message>
            <source>Target value</source>
            <translation>ပန်းတိုင် တန်ဖိုး</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>အခြေခံ တန်ဖိုး</translation>
        </message>
        <message>
            <source>Baseline date</source>
            <translation>အခြေခံ တန်ဖိုး တိုင်းတာသည့်ရက်</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>ပုံစံ</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>အဖြေများ</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>စတင်ချိန်</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>ပေးပို့ချိန်</translation>
        </message>
        <message>
            <source>Corrects</source>
            <translation>ပြင်ဆင်သည့် ဖြေဆိုချက်</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>မှတ်တမ်း အမျိုးအစား</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>မှတ်တမ်း</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>အချက်အလက်</translation>
        </message>
        <message>
            <source>Kept value</source>
            <translation>ထိန်းထားသော တန်ဖိုး</translation>
        </message>
        <message>
            <source>Other value</source>
            <translation>အခြား တန်ဖိုး</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>ဖြေရှင်းပြီး</translation>
        </message>
        <message>
            <source>Audience in all</source>
            <translation>တက်ရောက်သူ စုစုပေါင်း</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <source>Making demo data…</source>
            <translation>နမူနာ ဒေတာ ပြုလုပ်နေသည်…</translation>
        </message>
        <message>
            <source>The demo data could not be made, so GMS Desk opens your own data folder.</source>
            <translation>နမူနာ ဒေတာကို ပြုလုပ်၍ မရသဖြင့် GMS Desk က သင်၏ ကိုယ်ပိုင် ဒေတာ ဖိုင်တွဲကို ဖွင့်ပါမည်။</translation>
        </message>
        <message>
            <source>&amp;Demo</source>
            <translation>နမူနာ(&amp;D)</translation>
        </message>
        <message>
            <source>Leave demo data…</source>
            <translation>နမူနာ ဒေတာမှ ထွက်ရန်…</translation>
        </message>
        <message>
            <source>Leave demo data</source>
            <translation>နမူနာ ဒေတာမှ ထွက်ရန်</translation>
        </message>
        <message>
            <source>Leave the demo data and open your own data? The demo data folder is deleted, with what you tried in it; nothing in it was ever sent to headquarters.</source>
            <translation>နမူနာ ဒေတာမှ ထွက်ပြီး သင်၏ ကိုယ်ပိုင် ဒေတာကို ဖွင့်မလား? နမူနာ ဒေတာ ဖိုင်တွဲကို ၎င်းထဲတွင် စမ်းသုံးခဲ့သမျှနှင့်အတူ ဖျက်ပါမည်။ ၎င်းထဲမှ မည်သည့်အရာကိုမျှ ဌာနချုပ်သို့ မပို့ခဲ့ပါ။</translation>
        </message>
        <message>
            <source>The password needs at least %n characters.</source>
            <translation>စကားဝှက်တွင် အနည်းဆုံး စာလုံး %n လုံး ပါရပါမည်။</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>စကားဝှက် နှစ်ခု မတူညီပါ။</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Welcome to GMS Desk</source>
            <translation>GMS Desk မှ ကြိုဆိုပါသည်</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>စတင်ရန်(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>FormRenderer</name>
        <message>
            <source>Form language:</source>
            <translation>ပုံစံတွင် သုံးသော ဘာသာစကား:</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ပိတ်ရန်</translation>
        </message>
        <message>
            <source>Close (keep draft)</source>
            <translation>ပိတ်ရန် (မူကြမ်းကို သိမ်းထားမည်)</translation>
        </message>
        <message>
            <source>Everything entered so far is kept as a draft; resume it from the Drafts list.</source>
            <translation>ယခုအထိ ထည့်ထားသမျှကို မူကြမ်းအဖြစ် သိမ်းထားပါမည်။ “မူကြမ်းများ” စာရင်းမှ ဆက်လုပ်နိုင်ပါသည်။</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← နောက်သို့</translation>
        </message>
        <message>
            <source>Previous page (Page Up)</source>
            <translation>ယခင်စာမျက်နှာ (Page Up)</translation>
        </message>
        <message>
            <source>Next →</source>
            <translation>ရှေ့သို့ →</translation>
        </message>
        <message>
            <source>Next page (Page Down or Ctrl+Enter)</source>
            <translation>နောက်စာမျက်နှာ (Page Down သို့မဟုတ် Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>ပေးပို့ရန်</translation>
        </message>
        <message>
            <source>Check every answer and mark the response complete</source>
            <translation>အဖြေအားလုံးကို စစ်ဆေးပြီး ဖြေဆိုချက် ပြည့်စုံကြောင်း မှတ်ရန်</translation>
        </message>
        <message>
            <source>This form has no questions.</source>
            <translation>ဤပုံစံတွင် မေးခွန်း မရှိပါ။</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>စာမျက်နှာ %1/%2</translation>
        </message>
        <message>
            <source>Some answers on this page need attention (marked in red).</source>
            <translation>ဤစာမျက်နှာရှိ အဖြေအချို့ကို ပြန်စစ်ရန် လိုပါသည် (အနီရောင်ဖြင့် ပြထားသည်)။</translation>
        </message>
        <message>
            <source>The draft could not be saved!</source>
            <translation>မူကြမ်း သိမ်းဆည်း၍ မရပါ!</translation>
        </message>
        <message>
            <source>Draft saved at %1.</source>
            <translation>%1 တွင် မူကြမ်း သိမ်းပြီးပါပြီ။</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) still need attention.</source>
            <translation>
                <numerusform>ပြန်စစ်ရန် လိုသော အဖြေ %n ခု ရှိနေသေးသည်။</numerusform>
            </translation>
        </message>
        <message>
            <source>Not submitted; the draft is kept.</source>
            <translation>မပေးပို့ရသေးပါ။ မူကြမ်းကို သိမ်းထားပါသည်။</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <source>The list '{dataset}' cannot be updated by GMS Desk: a form can update only the SME record. Write smes as the list_name.</source>
            <translation>GMS Desk သည် '{dataset}' စာရင်းကို အပ်ဒိတ်လုပ်၍ မရပါ: ပုံစံတစ်ခုသည် SME လုပ်ငန်း မှတ်တမ်းကိုသာ အပ်ဒိတ်လုပ်နိုင်သည်။ list_name အဖြစ် smes ဟု ရေးပါ။</translation>
        </message>
        <message>
            <source>The list '{dataset}' cannot be updated by GMS Desk: a form can update only the SME record (did you mean '{suggestion}'?).</source>
            <translation>GMS Desk သည် '{dataset}' စာရင်းကို အပ်ဒိတ်လုပ်၍ မရပါ: ပုံစံတစ်ခုသည် SME လုပ်ငန်း မှတ်တမ်းကိုသာ အပ်ဒိတ်လုပ်နိုင်သည် ('{suggestion}' ဟု ဆိုလိုပါသလား?)။</translation>
        </message>
        <message>
            <source>save_to '{field}': the SME record has no such field. Write the name of an SME field, for example employees_total or website.</source>
            <translation>save_to '{field}': SME လုပ်ငန်း မှတ်တမ်းတွင် ဤအကွက် မရှိပါ။ SME လုပ်ငန်း အကွက်တစ်ခု၏ အမည်ကို ရေးပါ၊ ဥပမာ employees_total သို့မဟုတ် website။</translation>
        </message>
        <message>
            <source>save_to '{field}': the SME record has no such field (did you mean '{suggestion}'?).</source>
            <translation>save_to '{field}': SME လုပ်ငန်း မှတ်တမ်းတွင် ဤအကွက် မရှိပါ ('{suggestion}' ဟု ဆိုလိုပါသလား?)။</translation>
        </message>
        <message>
            <source>save_to '{field}': GMS Desk keeps this field of the SME record itself; a form may not write it. Remove the save_to.</source>
            <translation>save_to '{field}': SME လုပ်ငန်း မှတ်တမ်း၏ ဤအကွက်ကို GMS Desk ကိုယ်တိုင် ထိန်းသိမ်းသဖြင့် ပုံစံက ရေး၍ မရပါ။ save_to ကို ဖယ်ရှားပါ။</translation>
        </message>
        <message>
            <source>save_to '{field}': a {type} question cannot fill this SME field; a question of type {types} can. Change the question's type or its save_to.</source>
            <translation>save_to '{field}': {type} အမျိုးအစား မေးခွန်းသည် ဤ SME လုပ်ငန်း အကွက်ကို ဖြည့်၍ မရပါ၊ {types} အမျိုးအစား မေးခွန်းသာ ဖြည့်နိုင်သည်။ မေးခွန်း၏ အမျိုးအစား သို့မဟုတ် ၎င်း၏ save_to ကို ပြောင်းပါ။</translation>
        </message>
        <message>
            <source>save_to '{field}': this SME field is a yes/no flag, so the choices of list '{list}' must be named yes, no, 1, 0, true or false; these are not: {choices}.</source>
            <translation>save_to '{field}': ဤ SME လုပ်ငန်း အကွက်သည် ဟုတ်/မဟုတ် အမှတ်အသား ဖြစ်သဖြင့် '{list}' စာရင်း၏ ရွေးချယ်စရာများကို yes, no, 1, 0, true သို့မဟုတ် false ဟု အမည်ပေးရပါမည်။ ဤရွေးချယ်စရာများမှာ မကိုက်ညီပါ: {choices}။</translation>
        </message>
        <message>
            <source>save_to '{field}': this SME field holds a number, so the choices of list '{list}' must be named with numbers; these are not: {choices}.</source>
            <translation>save_to '{field}': ဤ SME လုပ်ငန်း အကွက်တွင် ဂဏန်း သိမ်းသဖြင့် '{list}' စာရင်း၏ ရွေးချယ်စရာများကို ဂဏန်းဖြင့် အမည်ပေးရပါမည်။ ဤရွေးချယ်စရာများမှာ ဂဏန်း မဟုတ်ပါ: {choices}။</translation>
        </message>
        <message>
            <source>save_to '{field}': the choices of list '{list}' must be named with the codes of this SME field ({codes}); these are not: {choices}.</source>
            <translation>save_to '{field}': '{list}' စာရင်း၏ ရွေးချယ်စရာများကို ဤ SME လုပ်ငန်း အကွက်၏ ကုဒ်များ ({codes}) ဖြင့် အမည်ပေးရပါမည်။ ဤရွေးချယ်စရာများမှာ မကိုက်ညီပါ: {choices}။</translation>
        </message>
        <message>
            <source>save_to '{field}': the question on row {other} already writes this SME field; only one question may.</source>
            <translation>save_to '{field}': အတန်း {other} ရှိ မေးခွန်းက ဤ SME လုပ်ငန်း အကွက်ကို ရေးပြီးဖြစ်သည်၊ မေးခွန်းတစ်ခုသာ ရေးနိုင်ပါသည်။</translation>
        </message>
        <message>
            <source>save_to '{field}': a question inside a repeat cannot update the SME record (a repeat has many answers, the SME one value). Move the question out of the repeat or remove its save_to.</source>
            <translation>save_to '{field}': repeat အတွင်းရှိ မေးခွန်းသည် SME လုပ်ငန်း မှတ်တမ်းကို အပ်ဒိတ်လုပ်၍ မရပါ (repeat တွင် အဖြေများစွာ ရှိပြီး SME လုပ်ငန်းတွင် တန်ဖိုးတစ်ခုသာ ရှိသည်)။ မေးခွန်းကို repeat အပြင်သို့ ရွှေ့ပါ သို့မဟုတ် ၎င်း၏ save_to ကို ဖယ်ရှားပါ။</translation>
        </message>
        <message>
            <source>entity_id is not read: a response updates the SME it is linked to when it is started.</source>
            <translation>entity_id ကို မဖတ်ပါ: ဖြေဆိုချက်သည် စတင်စဉ်က ချိတ်ဆက်ထားသော SME လုပ်ငန်းကို အပ်ဒိတ်လုပ်ပါသည်။</translation>
        </message>
        <message>
            <source>create_if is ignored: GMS Desk does not create SMEs from a form; only the SME a response is linked to is updated.</source>
            <translation>create_if ကို လျစ်လျူရှုပါသည်: GMS Desk သည် ပုံစံမှ SME လုပ်ငန်းအသစ် မဖန်တီးပါ၊ ဖြေဆိုချက်နှင့် ချိတ်ဆက်ထားသော SME လုပ်ငန်းကိုသာ အပ်ဒိတ်လုပ်ပါသည်။</translation>
        </message>
        <message>
            <source>update_if '{source}': {error}</source>
            <translation>update_if '{source}': {error}</translation>
        </message>
        <message>
            <source>these questions depend on each other in a circle: {names}; break the circle in relevant/calculation</source>
            <translation>ဤမေးခွန်းများသည် တစ်ခုနှင့်တစ်ခု စက်ဝိုင်းပုံ မှီခိုနေသည်: {names}၊ relevant/calculation တွင် ထိုစက်ဝိုင်းကို ဖြတ်ပါ</translation>
        </message>
        <message>
            <source>unexpected character {character} at position {position}</source>
            <translation>နေရာ {position} တွင် မမျှော်လင့်သော စာလုံး {character} ရှိနေသည်</translation>
        </message>
        <message>
            <source>{reference} is not a valid reference to a question</source>
            <translation>{reference} သည် မေးခွန်းတစ်ခုကို မှန်ကန်စွာ ရည်ညွှန်းခြင်း မဟုတ်ပါ</translation>
        </message>
        <message>
            <source>expected {expected} but found the end at position {position}</source>
            <translation>{expected} ကို မျှော်လင့်ထားသော်လည်း နေရာ {position} တွင် ဖော်မြူလာ ဆုံးသွားသည်</translation>
        </message>
        <message>
            <source>expected {expected} but found {found} at position {position}</source>
            <translation>{expected} ကို မျှော်လင့်ထားသော်လည်း နေရာ {position} တွင် {found} ကို တွေ့ရသည်</translation>
        </message>
        <message>
            <source>the expression is empty</source>
            <translation>ဖော်မြူလာ ဗလာ ဖြစ်နေသည်</translation>
        </message>
        <message>
            <source>the expression ends too early</source>
            <translation>ဖော်မြူလာ စောစီးစွာ ဆုံးသွားသည်</translation>
        </message>
        <message>
            <source>a path after {reference} is not supported</source>
            <translation>{reference} နောက်ရှိ path ကို အသုံးပြု၍ မရပါ</translation>
        </message>
        <message>
            <source>an empty predicate '[]' at position {position}</source>
            <translation>နေရာ {position} တွင် predicate အလွတ် '[]' ရှိနေသည်</translation>
        </message>
        <message>
            <source>attributes ('@') are not supported</source>
            <translation>attribute ('@') များကို အသုံးပြု၍ မရပါ</translation>
        </message>
        <message>
            <source>wildcards ('*') in paths are not supported</source>
            <translation>path ထဲတွင် wildcard ('*') များကို အသုံးပြု၍ မရပါ</translation>
        </message>
        <message>
            <source>the path ends with '/'</source>
            <translation>path သည် '/' ဖြင့် ဆုံးနေသည်</translation>
        </message>
        <message>
            <source>a path cannot contain {token} (position {position})</source>
            <translation>path ထဲတွင် {token} မပါရပါ (နေရာ {position})</translation>
        </message>
        <message>
            <source>search() is an appearance of a select question (its choices from a CSV file), not a function for calculations</source>
            <translation>search() သည် select မေးခွန်း၏ appearance (CSV ဖိုင်မှ ရွေးချယ်စရာများ ယူရန်) ဖြစ်ပြီး တွက်ချက်ရန် function မဟုတ်ပါ</translation>
        </message>
        <message>
            <source>unexpected {token} at position {position}</source>
            <translation>နေရာ {position} တွင် မမျှော်လင့်သော {token} ရှိနေသည်</translation>
        </message>
        <message>
            <source>'//' paths are not supported</source>
            <translation>'//' path များကို အသုံးပြု၍ မရပါ</translation>
        </message>
        <message>
            <source>predicates ('[...]') on the form's own questions are not supported; use indexed-repeat()</source>
            <translation>ပုံစံ၏ ကိုယ်ပိုင် မေးခွန်းများတွင် predicate ('[...]') များကို အသုံးပြု၍ မရပါ၊ indexed-repeat() ကို သုံးပါ</translation>
        </message>
        <message>
            <source>{function}() takes no arguments</source>
            <translation>{function}() သည် argument မယူပါ</translation>
        </message>
        <message numerus="yes">
            <source>{function}() takes %n argument(s), not {given}</source>
            <translation>
                <numerusform>{function}() သည် argument %n ခု ယူသည်၊ {given} ခု မဟုတ်ပါ</numerusform>
            </translation>
        </message>
        <message>
            <source>there is no question named '{name}'</source>
            <translation>'{name}' အမည်ရှိ မေးခွန်း မရှိပါ</translation>
        </message>
        <message>
            <source>'{path}' is not understood: refer to a question as {reference}</source>
            <translation>'{path}' ကို နားမလည်ပါ: မေးခွန်းကို {reference} ဟု ရည်ညွှန်းပါ</translation>
        </message>
        <message>
            <source>'{path}' is not a column of the choices</source>
            <translation>'{path}' သည် ရွေးချယ်စရာများ၏ ကော်လံ မဟုတ်ပါ</translation>
        </message>
        <message>
            <source>instance() takes the name of a secondary instance in quotes, e.g. instance('fruits')</source>
            <translation>instance() တွင် secondary instance ၏ အမည်ကို မျက်တောင်အဖွင့်အပိတ်ထဲ ထည့်ပေးရသည်၊ ဥပမာ instance('fruits')</translation>
        </message>
        <message>
            <source>instance('{name}') names no file attached to the form and no list of the choices sheet: attach {name}.csv or {name}.xml (declared by a select_one_from_file, csv-external or xml-external row) or use a choice list</source>
            <translation>instance('{name}') သည် ပုံစံနှင့် ပူးတွဲထားသော ဖိုင် သို့မဟုတ် choices sheet ရှိ စာရင်း တစ်ခုခုကို ရည်ညွှန်းခြင်း မရှိပါ: {name}.csv သို့မဟုတ် {name}.xml ကို ပူးတွဲပါ (select_one_from_file, csv-external သို့မဟုတ် xml-external အတန်းဖြင့် ကြေညာထားရမည်)၊ သို့မဟုတ် ရွေးချယ်စရာ စာရင်းကို သုံးပါ</translation>
        </message>
        <message>
            <source>predicates ('[...]') and paths after the form's own questions are not supported; use indexed-repeat()</source>
            <translation>ပုံစံ၏ ကိုယ်ပိုင် မေးခွန်းများနောက်တွင် predicate ('[...]') နှင့် path များကို အသုံးပြု၍ မရပါ၊ indexed-repeat() ကို သုံးပါ</translation>
        </message>
        <message>
            <source>the function {function}() is not known</source>
            <translation>{function}() function ကို မသိပါ</translation>
        </message>
        <message numerus="yes">
            <source>{function}() takes %n or more argument(s), not {given}</source>
            <translation>
                <numerusform>{function}() သည် argument %n ခု သို့မဟုတ် ထို့ထက်ပို ယူသည်၊ {given} ခု မဟုတ်ပါ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{function}() takes {low} to %n argument(s), not {given}</source>
            <translation>
                <numerusform>{function}() သည် argument {low} ခုမှ %n ခုအထိ ယူသည်၊ {given} ခု မဟုတ်ပါ</numerusform>
            </translation>
        </message>
        <message>
            <source>weighted-checklist() takes a minimum, a maximum, then pairs of a value and its weight</source>
            <translation>weighted-checklist() တွင် အနည်းဆုံး တန်ဖိုး၊ အများဆုံး တန်ဖိုး၊ ထို့နောက် တန်ဖိုးနှင့် ၎င်း၏ weight အတွဲများကို ထည့်ရသည်</translation>
        </message>
        <message>
            <source>digest(): unknown algorithm '{algorithm}'; use one of {algorithms}</source>
            <translation>digest(): '{algorithm}' algorithm ကို မသိပါ၊ {algorithms} ထဲမှ တစ်ခုကို သုံးပါ</translation>
        </message>
        <message>
            <source>digest(): unknown encoding '{encoding}'; use 'base64' or 'hex'</source>
            <translation>digest(): '{encoding}' encoding ကို မသိပါ၊ 'base64' သို့မဟုတ် 'hex' ကို သုံးပါ</translation>
        </message>
        <message>
            <source>jr:itext() takes one text id in quotes, such as jr:itext('/data/q:label'); for the label of an answer write {example}</source>
            <translation>jr:itext() တွင် jr:itext('/data/q:label') ကဲ့သို့ မျက်တောင်အဖွင့်အပိတ်ထဲရှိ text id တစ်ခု ထည့်ရသည်၊ အဖြေ၏ label အတွက် {example} ဟု ရေးပါ</translation>
        </message>
        <message>
            <source>jr:itext('{id}') names no text of the form: use an id such as '/data/q:label' or 'list_name-0', or for the label of an answer write {example}</source>
            <translation>jr:itext('{id}') သည် ပုံစံရှိ မည်သည့် text ကိုမျှ ရည်ညွှန်းခြင်း မရှိပါ: '/data/q:label' သို့မဟုတ် 'list_name-0' ကဲ့သို့ id ကို သုံးပါ၊ သို့မဟုတ် အဖြေ၏ label အတွက် {example} ဟု ရေးပါ</translation>
        </message>
        <message>
            <source>jr:choice-name() needs the question as its second argument, e.g. {example}</source>
            <translation>jr:choice-name() ၏ ဒုတိယ argument အဖြစ် မေးခွန်းကို ထည့်ရန် လိုသည်၊ ဥပမာ {example}</translation>
        </message>
        <message>
            <source>jr:choice-name(): '{name}' is not a select question</source>
            <translation>jr:choice-name(): '{name}' သည် select မေးခွန်း မဟုတ်ပါ</translation>
        </message>
        <message>
            <source>indexed-repeat() takes a ${question} inside a repeat, then a ${repeat} and a position (and more pairs for repeats inside repeats)</source>
            <translation>indexed-repeat() တွင် repeat အတွင်းရှိ ${question} တစ်ခု၊ ထို့နောက် ${repeat} တစ်ခုနှင့် နေရာ အမှတ် ထည့်ရသည် (repeat အတွင်းရှိ repeat များအတွက် အတွဲများ ထပ်ထည့်ပါ)</translation>
        </message>
        <message>
            <source>indexed-repeat(): '{repeat}' is not a repeat around '{name}'</source>
            <translation>indexed-repeat(): '{repeat}' သည် '{name}' ကို ဝန်းရံထားသော repeat မဟုတ်ပါ</translation>
        </message>
        <message>
            <source>position() takes at most one argument</source>
            <translation>position() သည် argument အများဆုံး တစ်ခုသာ ယူသည်</translation>
        </message>
        <message>
            <source>pulldata() takes 4 arguments: the file's name (without .csv), the column to read, the column to match and the value to find</source>
            <translation>pulldata() သည် argument 4 ခု ယူသည်: ဖိုင်အမည် (.csv မပါ)၊ ဖတ်မည့် ကော်လံ၊ တိုက်စစ်မည့် ကော်လံနှင့် ရှာမည့် တန်ဖိုး</translation>
        </message>
        <message>
            <source>pulldata(): name the file in quotes, e.g. pulldata('fruits', 'price', 'name', ${fruit})</source>
            <translation>pulldata(): ဖိုင်အမည်ကို မျက်တောင်အဖွင့်အပိတ်ထဲ ရေးပါ၊ ဥပမာ pulldata('fruits', 'price', 'name', ${fruit})</translation>
        </message>
        <message>
            <source>pulldata() reads '{file}', which is not attached to the form</source>
            <translation>pulldata() က '{file}' ကို ဖတ်သော်လည်း ၎င်းကို ပုံစံနှင့် ပူးတွဲမထားပါ</translation>
        </message>
        <message>
            <source>pulldata(): '{file}' has no column '{column}' (its columns: {columns})</source>
            <translation>pulldata(): '{file}' တွင် '{column}' ကော်လံ မရှိပါ (ရှိသော ကော်လံများ: {columns})</translation>
        </message>
        <message>
            <source>the file '{file}' ({why}) could not be read: {error}</source>
            <translation>'{file}' ဖိုင် ({why}) ကို ဖတ်၍ မရပါ: {error}</translation>
        </message>
        <message>
            <source>the form needs the file '{file}' ({why}), but it is not attached: put it in {where} and import the form again</source>
            <translation>ပုံစံအတွက် '{file}' ဖိုင် ({why}) လိုအပ်သော်လည်း ပူးတွဲမထားပါ: ၎င်းကို {where} ထဲ ထည့်ပြီး ပုံစံကို ထပ်မံ တင်သွင်းပါ</translation>
        </message>
        <message>
            <source>'{file}' is not UTF-8 text: save it as "CSV UTF-8" (or as UTF-8) and import the form again</source>
            <translation>'{file}' သည် UTF-8 စာသား မဟုတ်ပါ: ၎င်းကို "CSV UTF-8" (သို့မဟုတ် UTF-8) အဖြစ် သိမ်းပြီး ပုံစံကို ထပ်မံ တင်သွင်းပါ</translation>
        </message>
        <message>
            <source>the files attached to the form take {size}; a form version travels with its files, which may take at most {limit} together: make the images smaller</source>
            <translation>ပုံစံနှင့် ပူးတွဲထားသော ဖိုင်များ၏ အရွယ်အစား {size} ရှိသည်၊ ပုံစံ ဗားရှင်းသည် ၎င်း၏ ဖိုင်များနှင့်အတူ ပို့ရပြီး စုစုပေါင်း {limit} ထက် မပိုရပါ: ပုံများကို သေးအောင် ပြုလုပ်ပါ</translation>
        </message>
        <message>
            <source>'{file}' is not a CSV file ODK can read: {error}</source>
            <translation>'{file}' သည် ODK ဖတ်နိုင်သော CSV ဖိုင် မဟုတ်ပါ: {error}</translation>
        </message>
        <message>
            <source>'{file}' has no header row: its first row must name the columns (for example name,label)</source>
            <translation>'{file}' တွင် ခေါင်းစီး အတန်း မရှိပါ: ပထမ အတန်းတွင် ကော်လံ အမည်များ ရှိရမည် (ဥပမာ name,label)</translation>
        </message>
        <message>
            <source>'{file}' has two columns named '{column}'</source>
            <translation>'{file}' တွင် '{column}' အမည်ရှိ ကော်လံ နှစ်ခု ရှိနေသည်</translation>
        </message>
        <message>
            <source>'{file}' declares a DOCTYPE or entities, which ODK does not read</source>
            <translation>'{file}' တွင် ODK မဖတ်သော DOCTYPE သို့မဟုတ် entity များကို ကြေညာထားသည်</translation>
        </message>
        <message>
            <source>'{file}' is not well-formed XML: {error}</source>
            <translation>'{file}' သည် ပုံစံမှန် XML မဟုတ်ပါ: {error}</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>ဂဏန်း မဟုတ်ပါ</translation>
        </message>
        <message>
            <source>a position needs a longitude and a latitude</source>
            <translation>တည်နေရာတစ်ခုတွင် လောင်ဂျီကျုနှင့် လတ္တီကျု လိုအပ်သည်</translation>
        </message>
        <message>
            <source>a feature needs a geometry</source>
            <translation>feature တစ်ခုတွင် geometry လိုအပ်သည်</translation>
        </message>
        <message>
            <source>geometry type {type} is not one ODK reads (Point, LineString, Polygon)</source>
            <translation>geometry အမျိုးအစား {type} ကို ODK မဖတ်ပါ (Point, LineString, Polygon ကိုသာ ဖတ်သည်)</translation>
        </message>
        <message>
            <source>'{file}' is not valid JSON: {error}</source>
            <translation>'{file}' သည် မှန်ကန်သော JSON မဟုတ်ပါ: {error}</translation>
        </message>
        <message>
            <source>'{file}' is not a GeoJSON FeatureCollection</source>
            <translation>'{file}' သည် GeoJSON FeatureCollection မဟုတ်ပါ</translation>
        </message>
        <message>
            <source>'{file}': feature {number} is not an object</source>
            <translation>'{file}': feature {number} သည် object မဟုတ်ပါ</translation>
        </message>
        <message>
            <source>'{file}': feature {number}: {error}</source>
            <translation>'{file}': feature {number}: {error}</translation>
        </message>
        <message>
            <source>'{file}' is not a data file ODK reads (CSV, XML or GeoJSON)</source>
            <translation>'{file}' သည် ODK ဖတ်သော ဒေတာဖိုင် (CSV, XML သို့မဟုတ် GeoJSON) မဟုတ်ပါ</translation>
        </message>
        <message>
            <source>the audit log of ODK Collect is not recorded by GMS Desk</source>
            <translation>ODK Collect ၏ audit log ကို GMS Desk က မှတ်တမ်းမတင်ပါ</translation>
        </message>
        <message>
            <source>metadata '{type}' ({name}) is ignored: {reason}</source>
            <translation>metadata '{type}' ({name}) ကို လျစ်လျူရှုပါသည်: {reason}</translation>
        </message>
        <message>
            <source>{column} '{source}': {error}</source>
            <translation>{column} '{source}': {error}</translation>
        </message>
        <message>
            <source>type '{type}' takes its choices from the answers to a question inside a repeat, but '{name}' is not a question inside a repeat</source>
            <translation>'{type}' အမျိုးအစားသည် repeat အတွင်းရှိ မေးခွန်းတစ်ခု၏ အဖြေများမှ ရွေးချယ်စရာများကို ယူသော်လည်း '{name}' သည် repeat အတွင်းရှိ မေးခွန်း မဟုတ်ပါ</translation>
        </message>
        <message>
            <source>type '{type}' takes its choices from the answers to a question inside a repeat, but '{name}' is not a question of the form</source>
            <translation>'{type}' အမျိုးအစားသည် repeat အတွင်းရှိ မေးခွန်းတစ်ခု၏ အဖြေများမှ ရွေးချယ်စရာများကို ယူသော်လည်း '{name}' သည် ဤပုံစံ၏ မေးခွန်း မဟုတ်ပါ</translation>
        </message>
        <message>
            <source>the name '{name}' is used more than once; GMS Desk needs every question and group name to be unique in its group</source>
            <translation>'{name}' အမည်ကို တစ်ကြိမ်ထက်ပို သုံးထားသည်၊ GMS Desk တွင် မေးခွန်းနှင့် group အမည်တိုင်းသည် ၎င်း၏ group အတွင်း တစ်ခုတည်းသာ ဖြစ်ရမည်</translation>
        </message>
        <message>
            <source>the file '{file}' is not attached to the form</source>
            <translation>'{file}' ဖိုင်ကို ပုံစံနှင့် ပူးတွဲမထားပါ</translation>
        </message>
        <message>
            <source>type '{type}' ({name}) is not supported by GMS Desk; supported types: {types}, groups and repeats. Remove the row or change its type</source>
            <translation>'{type}' အမျိုးအစား ({name}) ကို GMS Desk တွင် အသုံးပြု၍ မရပါ၊ အသုံးပြုနိုင်သော အမျိုးအစားများ: {types}၊ group နှင့် repeat များ။ ထိုအတန်းကို ဖယ်ရှားပါ သို့မဟုတ် ၎င်း၏ အမျိုးအစားကို ပြောင်းပါ</translation>
        </message>
        <message>
            <source>the loop's %(name)s or %(label)s could not be filled in for '{choice}': {error}</source>
            <translation>'{choice}' အတွက် loop ၏ %(name)s သို့မဟုတ် %(label)s ကို ဖြည့်၍ မရပါ: {error}</translation>
        </message>
        <message>
            <source>the list '{list}' is not on the external_choices sheet</source>
            <translation>'{list}' စာရင်းသည် external_choices sheet တွင် မရှိပါ</translation>
        </message>
        <message>
            <source>the choice list '{list}' is not on the choices sheet</source>
            <translation>'{list}' ရွေးချယ်စရာ စာရင်းသည် choices sheet တွင် မရှိပါ</translation>
        </message>
        <message>
            <source>'{file}' has no column '{column}' for the choices' values (its columns: {columns})</source>
            <translation>'{file}' တွင် ရွေးချယ်စရာ တန်ဖိုးများအတွက် '{column}' ကော်လံ မရှိပါ (ရှိသော ကော်လံများ: {columns})</translation>
        </message>
        <message>
            <source>search() takes the CSV file's name in quotes, then optionally 'contains', 'startswith', 'endswith' or 'matches', a column and the text to find</source>
            <translation>search() တွင် CSV ဖိုင်အမည်ကို မျက်တောင်အဖွင့်အပိတ်ထဲ ထည့်ရပြီး လိုအပ်ပါက 'contains'၊ 'startswith'၊ 'endswith' သို့မဟုတ် 'matches'၊ ကော်လံတစ်ခုနှင့် ရှာမည့် စာသားကို ထည့်ပါ</translation>
        </message>
        <message>
            <source>search() needs a row on the choices sheet naming the file's value column (name) and label column (label)</source>
            <translation>search() အတွက် choices sheet တွင် ဖိုင်၏ တန်ဖိုး ကော်လံ (name) နှင့် label ကော်လံ (label) ကို ဖော်ပြသော အတန်းတစ်ခု လိုအပ်သည်</translation>
        </message>
        <message>
            <source>search(): name the column in quotes and search for text in quotes, a number or a ${question}</source>
            <translation>search(): ကော်လံကို မျက်တောင်အဖွင့်အပိတ်ထဲ ရေးပြီး မျက်တောင်အဖွင့်အပိတ်ထဲရှိ စာသား၊ ဂဏန်း သို့မဟုတ် ${question} ကို ရှာပါ</translation>
        </message>
        <message>
            <source>range parameter {parameter}='{value}' is not a number</source>
            <translation>range parameter {parameter}='{value}' သည် ဂဏန်း မဟုတ်ပါ</translation>
        </message>
        <message>
            <source>range parameter step must be greater than 0</source>
            <translation>range parameter step သည် 0 ထက် ကြီးရမည်</translation>
        </message>
        <message>
            <source>repeat_count '{source}' reads a question inside the repeat it counts; count from a question before it</source>
            <translation>repeat_count '{source}' သည် ၎င်း ရေတွက်သော repeat အတွင်းရှိ မေးခွန်းကို ဖတ်နေသည်၊ ထို repeat မတိုင်မီရှိ မေးခွန်းမှ ရေတွက်ပါ</translation>
        </message>
        <message>
            <source>choice_filter only applies to select questions; it is ignored</source>
            <translation>choice_filter သည် select မေးခွန်းများတွင်သာ သက်ရောက်သဖြင့် ၎င်းကို လျစ်လျူရှုပါသည်</translation>
        </message>
        <message>
            <source>the label refers to {reference}, but there is no question named '{name}'</source>
            <translation>label က {reference} ကို ရည်ညွှန်းသော်လည်း '{name}' အမည်ရှိ မေးခွန်း မရှိပါ</translation>
        </message>
        <message>
            <source>the form definition is damaged: {error}</source>
            <translation>ပုံစံ၏ အဓိပ္ပာယ်ဖွင့်ဆိုချက် ပျက်စီးနေသည်: {error}</translation>
        </message>
        <message>
            <source>guidance hints are not shown by GMS Desk</source>
            <translation>guidance hint များကို GMS Desk က မပြပါ</translation>
        </message>
        <message>
            <source>trigger (recalculate when another question changes) is not supported</source>
            <translation>trigger (အခြားမေးခွန်း ပြောင်းလဲသောအခါ ပြန်တွက်ခြင်း) ကို အသုံးပြု၍ မရပါ</translation>
        </message>
        <message>
            <source>instance attributes are not supported</source>
            <translation>instance attribute များကို အသုံးပြု၍ မရပါ</translation>
        </message>
        <message>
            <source>GMS Desk does not use it</source>
            <translation>GMS Desk က ၎င်းကို အသုံးမပြုပါ</translation>
        </message>
        <message>
            <source>column '{column}' is ignored: {reason}</source>
            <translation>'{column}' ကော်လံကို လျစ်လျူရှုပါသည်: {reason}</translation>
        </message>
        <message>
            <source>pyxform, the XLSForm reader ODK uses, says: {message}</source>
            <translation>ODK သုံးသော XLSForm ဖတ်သည့် ပရိုဂရမ် pyxform ၏ အကြောင်းကြားချက်: {message}</translation>
        </message>
        <message>
            <source>type '{type}' is not an XLSForm question type</source>
            <translation>'{type}' သည် XLSForm မေးခွန်း အမျိုးအစား မဟုတ်ပါ</translation>
        </message>
        <message>
            <source>the {column} on the {sheet} sheet is not a valid name: a name begins with a letter or an underscore, followed by letters, digits, underscores, hyphens or periods</source>
            <translation>{sheet} sheet ရှိ {column} သည် မှန်ကန်သော အမည် မဟုတ်ပါ: အမည်ကို စာလုံး သို့မဟုတ် underscore (_) ဖြင့် စရပြီး နောက်တွင် စာလုံး၊ ဂဏန်း၊ underscore၊ hyphen (-) သို့မဟုတ် period (.) များသာ ပါရမည်</translation>
        </message>
        <message>
            <source>a choice list names the same choice twice: give each choice of a list its own name, or set allow_choice_duplicates to yes on the settings sheet</source>
            <translation>ရွေးချယ်စရာ စာရင်းတစ်ခုတွင် ရွေးချယ်စရာ အမည်တူ နှစ်ခု ရှိနေသည်: စာရင်းရှိ ရွေးချယ်စရာတိုင်းကို ကိုယ်ပိုင်အမည် ပေးပါ၊ သို့မဟုတ် settings sheet တွင် allow_choice_duplicates ကို yes ဟု သတ်မှတ်ပါ</translation>
        </message>
        <message>
            <source>the choice has no name: fill in its name column</source>
            <translation>ရွေးချယ်စရာတွင် အမည် မရှိပါ: ၎င်း၏ name ကော်လံကို ဖြည့်ပါ</translation>
        </message>
        <message>
            <source>the {column} refers to '{name}', which is not a name on the survey sheet</source>
            <translation>{column} က '{name}' ကို ရည်ညွှန်းသော်လည်း ၎င်းသည် survey sheet ရှိ အမည် မဟုတ်ပါ</translation>
        </message>
        <message>
            <source>the {column} refers to '{name}', a name used more than once on the survey sheet: a name referred to must be used only once</source>
            <translation>{column} က '{name}' ကို ရည်ညွှန်းသော်လည်း ၎င်းကို survey sheet တွင် တစ်ကြိမ်ထက်ပို သုံးထားသည်: ရည်ညွှန်းခံရသော အမည်ကို တစ်ကြိမ်သာ သုံးရမည်</translation>
        </message>
        <message>
            <source>'begin {type}' {name} has no 'end {type}' after it</source>
            <translation>'begin {type}' {name} ၏ နောက်တွင် 'end {type}' မရှိပါ</translation>
        </message>
        <message>
            <source>'end {type}' {name} has no 'begin {type}' before it</source>
            <translation>'end {type}' {name} ၏ ရှေ့တွင် 'begin {type}' မရှိပါ</translation>
        </message>
        <message>
            <source>the question or group has no name: fill in its name column</source>
            <translation>မေးခွန်း သို့မဟုတ် group တွင် အမည် မရှိပါ: ၎င်း၏ name ကော်လံကို ဖြည့်ပါ</translation>
        </message>
        <message>
            <source>the workbook has no sheet named 'survey'</source>
            <translation>ဇယားဖိုင်တွင် 'survey' အမည်ရှိ sheet မရှိပါ</translation>
        </message>
        <message>
            <source>the column '{column}' is in the header row twice</source>
            <translation>'{column}' ကော်လံသည် ခေါင်းစီး အတန်းတွင် နှစ်ကြိမ် ပါနေသည်</translation>
        </message>
        <message>
            <source>omit_instanceID cannot be used with encryption (public_key): encrypted forms need the instanceID</source>
            <translation>omit_instanceID ကို ကုဒ်ဝှက်ခြင်း (public_key) နှင့်အတူ သုံး၍ မရပါ: ကုဒ်ဝှက်ထားသော ပုံစံများတွင် instanceID လိုအပ်သည်</translation>
        </message>
        <message>
            <source>the language '{language}' has no text in these {sheet} columns: {columns}</source>
            <translation>'{language}' ဘာသာစကားအတွက် ဤ {sheet} ကော်လံများတွင် စာသား မရှိပါ: {columns}</translation>
        </message>
        <message>
            <source>these languages have no valid language code: {languages}; write them as 'Khmer (km)'. Learn more: {link}</source>
            <translation>ဤဘာသာစကားများတွင် မှန်ကန်သော ဘာသာစကား ကုဒ် မရှိပါ: {languages}၊ ၎င်းတို့ကို 'Khmer (km)' ကဲ့သို့ ရေးပါ။ ပိုမိုသိရှိရန်: {link}</translation>
        </message>
        <message>
            <source>add the parameter max-pixels (for example max-pixels=1024) to make photos smaller. Learn more: {link}</source>
            <translation>ဓာတ်ပုံများကို သေးစေရန် max-pixels parameter (ဥပမာ max-pixels=1024) ကို ထည့်ပါ။ ပိုမိုသိရှိရန်: {link}</translation>
        </message>
        <message>
            <source>'{name}' has neither a label nor a hint</source>
            <translation>'{name}' တွင် label လည်း မရှိ၊ hint လည်း မရှိပါ</translation>
        </message>
        <message>
            <source>the file '{file}' was not found</source>
            <translation>'{file}' ဖိုင်ကို ရှာမတွေ့ပါ</translation>
        </message>
        <message>
            <source>'{file}' is not an Excel workbook: save the XLSForm as .xlsx and import it again</source>
            <translation>'{file}' သည် Excel ဖိုင် မဟုတ်ပါ: XLSForm ကို .xlsx အဖြစ် သိမ်းပြီး ထပ်မံ တင်သွင်းပါ</translation>
        </message>
        <message>
            <source>the file '{file}' could not be read: {error}</source>
            <translation>'{file}' ဖိုင်ကို ဖတ်၍ မရပါ: {error}</translation>
        </message>
        <message>
            <source>the folder '{folder}'</source>
            <translation>'{folder}' ဖိုင်တွဲ</translation>
        </message>
        <message>
            <source>the folder '{folder}' next to the form</source>
            <translation>ပုံစံ၏ ဘေးရှိ '{folder}' ဖိုင်တွဲ</translation>
        </message>
        <message>
            <source>the files given with the form</source>
            <translation>ပုံစံနှင့်အတူ ပေးထားသော ဖိုင်များ</translation>
        </message>
        <message>
            <source>the form could not be read: {error}</source>
            <translation>ပုံစံကို ဖတ်၍ မရပါ: {error}</translation>
        </message>
        <message>
            <source>'select_multiple {name}' (several of the answers given in a repeat) cannot be read: pyxform does not read a select_multiple of a repeat's answers; use 'select_one {name}', or a list on the choices sheet</source>
            <translation>'select_multiple {name}' (repeat တွင် ပေးထားသော အဖြေများထဲမှ အများအပြား) ကို ဖတ်၍ မရပါ: pyxform သည် repeat ၏ အဖြေများမှ select_multiple ကို မဖတ်ပါ၊ 'select_one {name}' သို့မဟုတ် choices sheet ရှိ စာရင်းကို သုံးပါ</translation>
        </message>
        <message>
            <source>the file could not be read as an XLSForm workbook (.xlsx or .xls): {error}</source>
            <translation>ဖိုင်ကို XLSForm ဇယားဖိုင် (.xlsx သို့မဟုတ် .xls) အဖြစ် ဖတ်၍ မရပါ: {error}</translation>
        </message>
        <message>
            <source>the form has no questions to ask: add rows with a question type (text, integer, select_one ...) to the survey sheet</source>
            <translation>ပုံစံတွင် မေးရန် မေးခွန်း မရှိပါ: survey sheet တွင် မေးခွန်း အမျိုးအစား (text, integer, select_one ...) ပါသော အတန်းများ ထည့်ပါ</translation>
        </message>
        <message>
            <source>{what} needs the choice list '{list}', but the workbook has no choices sheet</source>
            <translation>{what} အတွက် '{list}' ရွေးချယ်စရာ စာရင်း လိုအပ်သော်လည်း ဇယားဖိုင်တွင် choices sheet မရှိပါ</translation>
        </message>
        <message>
            <source>the choice list '{list}' is not on the choices sheet{suggestion}</source>
            <translation>'{list}' ရွေးချယ်စရာ စာရင်းသည် choices sheet တွင် မရှိပါ{suggestion}</translation>
        </message>
        <message>
            <source>type '{type}' is not supported by GMS Desk; use select_multiple instead</source>
            <translation>'{type}' အမျိုးအစားကို GMS Desk တွင် အသုံးပြု၍ မရပါ၊ ၎င်းအစား select_multiple ကို သုံးပါ</translation>
        </message>
        <message>
            <source>type '{type}'</source>
            <translation>'{type}' အမျိုးအစား</translation>
        </message>
        <message>
            <source>type '{type}' is not supported by GMS Desk; supported types: {types}, metadata (start, end, today, deviceid, username), groups, repeats and loops. Remove the row or change its type</source>
            <translation>'{type}' အမျိုးအစားကို GMS Desk တွင် အသုံးပြု၍ မရပါ၊ အသုံးပြုနိုင်သော အမျိုးအစားများ: {types}၊ metadata (start, end, today, deviceid, username)၊ group၊ repeat နှင့် loop များ။ ထိုအတန်းကို ဖယ်ရှားပါ သို့မဟုတ် ၎င်း၏ အမျိုးအစားကို ပြောင်းပါ</translation>
        </message>
        <message>
            <source>type '{type}' is not an XLSForm question type{suggestion}</source>
            <translation>'{type}' သည် XLSForm မေးခွန်း အမျိုးအစား မဟုတ်ပါ{suggestion}</translation>
        </message>
        <message>
            <source>the name '{name}' is already used on row {row} in the same group; a name may be used again only in another group</source>
            <translation>'{name}' အမည်ကို တူညီသော group အတွင်း အတန်း {row} တွင် သုံးပြီးဖြစ်သည်၊ အမည်တစ်ခုကို အခြား group တွင်သာ ထပ်သုံးနိုင်သည်</translation>
        </message>
        <message>
            <source> (did you mean '{name}'?)</source>
            <translation> ('{name}' ဟု ဆိုလိုပါသလား?)</translation>
        </message>
        <message>
            <source>appearance '{appearance}' is ignored on the desktop</source>
            <translation>appearance '{appearance}' ကို ကွန်ပျူတာပေါ်တွင် လျစ်လျူရှုပါသည်</translation>
        </message>
        <message>
            <source>parameters '{parameters}' are ignored for type '{type}'</source>
            <translation>'{type}' အမျိုးအစားအတွက် parameters '{parameters}' ကို လျစ်လျူရှုပါသည်</translation>
        </message>
        <message>
            <source>media is not shown by GMS Desk</source>
            <translation>media ကို GMS Desk က မပြပါ</translation>
        </message>
        <message>
            <source>setting '{setting}' is ignored: GMS Desk does not use it</source>
            <translation>setting '{setting}' ကို လျစ်လျူရှုပါသည်: GMS Desk က ၎င်းကို အသုံးမပြုပါ</translation>
        </message>
        <message>
            <source>no form_id: using '{id}' (from the file name); set form_id so re-imports of a renamed file are recognised as the same form</source>
            <translation>form_id မရှိပါ: (ဖိုင်အမည်မှ ယူထားသော) '{id}' ကို သုံးပါမည်၊ အမည်ပြောင်းထားသော ဖိုင်ကို ထပ်မံ တင်သွင်းသောအခါ တူညီသော ပုံစံအဖြစ် သိရှိနိုင်စေရန် form_id ကို သတ်မှတ်ပါ</translation>
        </message>
        <message>
            <source>no version: using '{version}' (from the form's content); set version so responses can be matched to the form they were collected with</source>
            <translation>version မရှိပါ: (ပုံစံ၏ အကြောင်းအရာမှ ယူထားသော) '{version}' ကို သုံးပါမည်၊ ဖြေဆိုချက်များကို ၎င်းတို့ ကောက်ယူခဲ့သော ပုံစံနှင့် ကိုက်ညီစေနိုင်ရန် version ကို သတ်မှတ်ပါ</translation>
        </message>
    </context>
    <context>
        <name>Gender</name>
        <message>
            <source>Female</source>
            <translation>အမျိုးသမီး</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>အမျိုးသား</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>အခြား</translation>
        </message>
    </context>
    <context>
        <name>GeoTraceWidget</name>
        <message>
            <source>One point a line: latitude longitude, for example 11.5564 104.9282</source>
            <translation>တစ်ကြောင်းလျှင် အမှတ်တစ်ခု- လတ္တီကျု လောင်ဂျီကျု၊ ဥပမာ 11.5564 104.9282</translation>
        </message>
        <message>
            <source>Line %1 is not a point: write the latitude and the longitude, for example 11.5564 104.9282.</source>
            <translation>စာကြောင်း %1 သည် အမှတ်တစ်ခု မဟုတ်ပါ- လတ္တီကျုနှင့် လောင်ဂျီကျုကို ရေးပါ၊ ဥပမာ 11.5564 104.9282။</translation>
        </message>
        <message>
            <source>A shape needs at least three points.</source>
            <translation>ဧရိယာ ပုံသဏ္ဌာန်တစ်ခုတွင် အနည်းဆုံး အမှတ် သုံးခု လိုအပ်ပါသည်။</translation>
        </message>
        <message>
            <source>A line needs at least two points.</source>
            <translation>မျဉ်းတစ်ကြောင်းတွင် အနည်းဆုံး အမှတ် နှစ်ခု လိုအပ်ပါသည်။</translation>
        </message>
        <message>
            <source>%1 points · %2 m²</source>
            <translation>အမှတ် %1 ခု · %2 m²</translation>
        </message>
        <message>
            <source>%1 points · %2 m long</source>
            <translation>အမှတ် %1 ခု · အရှည် %2 m</translation>
        </message>
    </context>
    <context>
        <name>GeopointWidget</name>
        <message>
            <source>Latitude</source>
            <translation>လတ္တီကျု</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>လောင်ဂျီကျု</translation>
        </message>
        <message>
            <source>Altitude (m)</source>
            <translation>အမြင့် (m)</translation>
        </message>
        <message>
            <source>Accuracy (m)</source>
            <translation>တိကျမှု (m)</translation>
        </message>
        <message>
            <source>Write the numbers as decimals, for example 11.5564.</source>
            <translation>ဂဏန်းများကို ဒဿမဖြင့် ရေးပါ၊ ဥပမာ 11.5564။</translation>
        </message>
        <message>
            <source>Give both the latitude and the longitude.</source>
            <translation>လတ္တီကျုနှင့် လောင်ဂျီကျု နှစ်ခုစလုံးကို ထည့်ပါ။</translation>
        </message>
        <message>
            <source>The latitude is between -90 and 90 and the longitude between -180 and 180.</source>
            <translation>လတ္တီကျုသည် -90 နှင့် 90 ကြား၊ လောင်ဂျီကျုသည် -180 နှင့် 180 ကြား ဖြစ်ရပါမည်။</translation>
        </message>
        <message>
            <source>The accuracy is a distance in metres: 0 or more.</source>
            <translation>တိကျမှုသည် မီတာဖြင့် ဖော်ပြသော အကွာအဝေး ဖြစ်ပါသည်- 0 သို့မဟုတ် ထို့ထက် ပိုရပါမည်။</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Find</source>
            <translation>ရှာရန်</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>ပုံနှိပ်ရန်</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>သိမ်းရန်</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>ပြန်လည် ဖော်ပြရန်</translation>
        </message>
        <message>
            <source>New</source>
            <translation>အသစ်</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ဖျက်ရန်</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>အကူအညီ(&amp;H)</translation>
        </message>
        <message>
            <source>Keyboard shortcuts and guide</source>
            <translation>ကီးဘုတ် ဖြတ်လမ်းများနှင့် လမ်းညွှန်</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>GMS Desk help</source>
            <translation>GMS Desk အကူအညီ</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>ကီးများ</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>လုပ်ဆောင်ချက်</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>နေရာ</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>နေရာတိုင်း</translation>
        </message>
        <message>
            <source>The keys of the area you are in work there; those marked Everywhere work in every area.</source>
            <translation>သင်ရောက်နေသော စာမျက်နှာ၏ ကီးများသည် ထိုစာမျက်နှာတွင် အလုပ်လုပ်ပါသည်။ “နေရာတိုင်း” ဟု ဖော်ပြထားသည်များသည် စာမျက်နှာတိုင်းတွင် အလုပ်လုပ်ပါသည်။</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>ကီးဘုတ် ဖြတ်လမ်းများ</translation>
        </message>
        <message>
            <source>Guide</source>
            <translation>လမ်းညွှန်</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ပိတ်ရန်</translation>
        </message>
        <message>
            <source>GMS Desk keeps your agency's SMEs, workshops, surveys and reports on this computer. Everything works without a connection: what you change waits, and is sent to headquarters when you sync.</source>
            <translation>GMS Desk သည် သင့်အဖွဲ့အစည်း၏ SME လုပ်ငန်းများ၊ အလုပ်ရုံဆွေးနွေးပွဲများ၊ စစ်တမ်းများနှင့် အစီရင်ခံစာများကို ဤကွန်ပျူတာတွင် သိမ်းထားပါသည်။ ချိတ်ဆက်မှု မရှိဘဲ အားလုံး အလုပ်လုပ်ပါသည်- သင် ပြောင်းလဲသမျှကို စောင့်ထားပြီး ဒေတာ ချိန်ကိုက်သောအခါ ဌာနချုပ်သို့ ပို့ပါမည်။</translation>
        </message>
        <message>
            <source>&lt;b&gt;SMEs&lt;/b&gt;: register a business with New SME; GMS Desk tells you when it may be registered already. The services, training, online presence and inquiries of an SME are kept with it.</source>
            <translation>&lt;b&gt;SME လုပ်ငန်းများ&lt;/b&gt;: “SME လုပ်ငန်းသစ်” ဖြင့် လုပ်ငန်းတစ်ခုကို မှတ်ပုံတင်ပါ။ မှတ်ပုံတင်ပြီးသား ဖြစ်နိုင်သည့်အခါ GMS Desk က အသိပေးပါမည်။ SME လုပ်ငန်းတစ်ခု၏ ဝန်ဆောင်မှုများ၊ သင်တန်း၊ အွန်လိုင်း တည်ရှိမှုနှင့် စုံစမ်းမေးမြန်းမှုများကို ၎င်းနှင့်အတူ သိမ်းထားပါသည်။</translation>
        </message>
        <message>
            <source>&lt;b&gt;Training&lt;/b&gt;: plan a workshop, enrol its participants, mark attendance and progress, and print certificates. &lt;b&gt;Surveys&lt;/b&gt;: fill in a form for an SME; the answers are summed up for you. &lt;b&gt;Reports&lt;/b&gt;: the programme's figures for a period, to print or export.</source>
            <translation>&lt;b&gt;သင်တန်း&lt;/b&gt;: အလုပ်ရုံဆွေးနွေးပွဲကို စီစဉ်ပါ၊ တက်ရောက်သူများကို စာရင်းသွင်းပါ၊ တက်ရောက်မှုနှင့် တိုးတက်မှုကို မှတ်သားပြီး လက်မှတ်များ ပုံနှိပ်ပါ။ &lt;b&gt;စစ်တမ်း&lt;/b&gt;: SME လုပ်ငန်းတစ်ခုအတွက် ပုံစံကို ဖြည့်ပါ၊ အဖြေများကို အနှစ်ချုပ်ပေးပါမည်။ &lt;b&gt;အစီရင်ခံစာ&lt;/b&gt;: ကာလတစ်ခုအတွက် အစီအစဉ်၏ ကိန်းဂဏန်းများကို ပုံနှိပ်ရန် သို့မဟုတ် ထုတ်ယူရန်။</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sync&lt;/b&gt;: enrol this computer once with the code headquarters gave you. Changes are then sent and received whenever there is a connection; without one, a sync bundle on a USB stick does the same.</source>
            <translation>&lt;b&gt;ဒေတာ ချိန်ကိုက်ခြင်း&lt;/b&gt;: ဌာနချုပ်က ပေးသော ကုဒ်ဖြင့် ဤကွန်ပျူတာကို တစ်ကြိမ် မှတ်ပုံတင်ပါ။ ထို့နောက် ချိတ်ဆက်မှု ရှိတိုင်း ပြောင်းလဲမှုများကို ပို့ပြီး လက်ခံပါမည်။ ချိတ်ဆက်မှု မရှိပါက USB stick ပေါ်ရှိ ဒေတာ ချိန်ကိုက်ဖိုင်ဖြင့် အလားတူ ပြုလုပ်နိုင်ပါသည်။</translation>
        </message>
        <message>
            <source>In a form, Ctrl+S saves, Esc closes it without saving, and Tab moves to the next field. Ctrl+Z takes back the last change. &lt;b&gt;Settings&lt;/b&gt; holds the language, the text size, your name and the administrator role.</source>
            <translation>ပုံစံတစ်ခုတွင် Ctrl+S ဖြင့် သိမ်းပါ၊ Esc ဖြင့် မသိမ်းဘဲ ပိတ်ပါ၊ Tab ဖြင့် နောက်အကွက်သို့ ရွှေ့ပါ။ Ctrl+Z ဖြင့် နောက်ဆုံး ပြောင်းလဲမှုကို ပြန်ရုပ်သိမ်းပါ။ &lt;b&gt;ဆက်တင်များ&lt;/b&gt; တွင် ဘာသာစကား၊ စာလုံး အရွယ်အစား၊ သင့်အမည်နှင့် စီမံခန့်ခွဲသူ အခန်းကဏ္ဍ ပါဝင်ပါသည်။</translation>
        </message>
    </context>
    <context>
        <name>IctLevel</name>
        <message>
            <source>Traditional (fax, phone)</source>
            <translation>ရိုးရာနည်းလမ်း (ဖက်စ်၊ ဖုန်း)</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>အီးမေးလ်</translation>
        </message>
        <message>
            <source>Web presence</source>
            <translation>အွန်လိုင်းပေါ်တွင် ရှိနေခြင်း</translation>
        </message>
        <message>
            <source>E-business</source>
            <translation>အီလက်ထရောနစ် စီးပွားရေး</translation>
        </message>
    </context>
    <context>
        <name>IctTimeline</name>
        <message>
            <source>ICT history</source>
            <translation>ICT သမိုင်းကြောင်း</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>ရက်စွဲ</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>ပြောင်းလဲခဲ့သည့်အရာ</translation>
        </message>
        <message>
            <source>By</source>
            <translation>ပြုလုပ်သူ</translation>
        </message>
        <message>
            <source>No changes recorded yet.</source>
            <translation>မှတ်တမ်းတင်ထားသော ပြောင်းလဲမှု မရှိသေးပါ။</translation>
        </message>
        <message>
            <source>%1 ICT level: %2</source>
            <translation>%1 ICT အဆင့်: %2</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>စနစ်တွင် မှတ်ပုံတင်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>ဖျက်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>ပြန်ယူခဲ့သည်</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ရှိ</translation>
        </message>
        <message>
            <source>no</source>
            <translation>မရှိ</translation>
        </message>
        <message>
            <source>now %1</source>
            <translation>ယခု %1</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>ဖျက်ခဲ့သည်</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>ပြန်ယူခဲ့သည်</translation>
        </message>
        <message>
            <source>registered</source>
            <translation>မှတ်ပုံတင်ပြီး</translation>
        </message>
        <message>
            <source>displaying products</source>
            <translation>ထုတ်ကုန်များ ပြသနေသည်</translation>
        </message>
        <message>
            <source>inactive</source>
            <translation>လှုပ်ရှားမှု မရှိ</translation>
        </message>
        <message>
            <source>Online presence</source>
            <translation>အွန်လိုင်း ချန်နယ်</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>The file's text encoding is not recognised. Save it as CSV UTF-8 and try again.</source>
            <translation>ဖိုင်၏ စာသား encoding ကို မသိရှိပါ။ CSV UTF-8 အဖြစ် သိမ်းပြီး ထပ်စမ်းကြည့်ပါ။</translation>
        </message>
        <message>
            <source>Choose a .csv or .xlsx file.</source>
            <translation>.csv သို့မဟုတ် .xlsx ဖိုင်တစ်ခုကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>The file could not be read as a table.</source>
            <translation>ဖိုင်ကို ဇယားအဖြစ် ဖတ်၍ မရပါ။</translation>
        </message>
        <message>
            <source>The workbook unpacks to far more data than a spreadsheet of its size holds, so it was not opened. Open it in Excel or LibreOffice, save it as CSV UTF-8 and import that.</source>
            <translation>ဤ Excel ဖိုင်ကို ဖြည်လိုက်သောအခါ ၎င်းအရွယ်အစားရှိ ဇယားဖိုင်တစ်ခုတွင် ပါနိုင်သည်ထက် ဒေတာ အလွန်များနေသဖြင့် မဖွင့်ခဲ့ပါ။ Excel သို့မဟုတ် LibreOffice ဖြင့် ဖွင့်ပြီး CSV UTF-8 အဖြစ် သိမ်းကာ ထိုဖိုင်ကို တင်သွင်းပါ။</translation>
        </message>
        <message>
            <source>The sheet has more rows than Excel allows in one sheet. Split it into smaller files and import each.</source>
            <translation>ဤ sheet တွင် Excel က sheet တစ်ခုအတွက် ခွင့်ပြုသည်ထက် အတန်း ပိုများနေပါသည်။ ဖိုင်ငယ်များအဖြစ် ခွဲပြီး တစ်ဖိုင်ချင်း တင်သွင်းပါ။</translation>
        </message>
        <message>
            <source>The first row has too many columns to be a list of SMEs. Check that it is the right file.</source>
            <translation>ပထမအတန်းတွင် ကော်လံ များလွန်းသဖြင့် SME လုပ်ငန်း စာရင်း ဖြစ်နိုင်ခြင်း မရှိပါ။ မှန်ကန်သော ဖိုင် ဟုတ်မဟုတ် စစ်ဆေးပါ။</translation>
        </message>
        <message>
            <source>A line of the file is too long to be a row of a table. Check that it is a CSV file.</source>
            <translation>ဖိုင်ရှိ စာကြောင်းတစ်ကြောင်းသည် ဇယား၏ အတန်းတစ်တန်း ဖြစ်ရန် ရှည်လွန်းပါသည်။ CSV ဖိုင် ဟုတ်မဟုတ် စစ်ဆေးပါ။</translation>
        </message>
        <message>
            <source>Part of the file is not in the same text encoding as the rest, so it cannot be read.</source>
            <translation>ဖိုင်၏ အစိတ်အပိုင်းတစ်ခုသည် ကျန်အပိုင်းများနှင့် စာသား encoding မတူသဖြင့် ဖတ်၍ မရပါ။</translation>
        </message>
        <message>
            <source>Unicode (UTF-8)</source>
            <translation>ယူနီကုဒ် (UTF-8)</translation>
        </message>
        <message>
            <source>Unicode (UTF-16)</source>
            <translation>ယူနီကုဒ် (UTF-16)</translation>
        </message>
        <message>
            <source>Unicode (UTF-32)</source>
            <translation>ယူနီကုဒ် (UTF-32)</translation>
        </message>
        <message>
            <source>Thai (Windows-874)</source>
            <translation>ထိုင်း (Windows-874)</translation>
        </message>
        <message>
            <source>Vietnamese (Windows-1258)</source>
            <translation>ဗီယက်နမ် (Windows-1258)</translation>
        </message>
        <message>
            <source>Chinese, simplified (GB18030)</source>
            <translation>တရုတ် ရိုးရှင်း (GB18030)</translation>
        </message>
        <message>
            <source>Chinese, traditional (Big5)</source>
            <translation>တရုတ် ရိုးရာ (Big5)</translation>
        </message>
        <message>
            <source>The file's text can be read in more than one way. Choose the reading in which the names look right.</source>
            <translation>ဤဖိုင်ရှိ စာသားကို နည်းလမ်းတစ်မျိုးထက်ပို၍ ဖတ်နိုင်ပါသည်။ အမည်များ မှန်ကန်စွာ ပေါ်သော ဖတ်ပုံကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>The file has no rows.</source>
            <translation>ဖိုင်တွင် အတန်း မရှိပါ။</translation>
        </message>
        <message>
            <source>Reading the file was stopped.</source>
            <translation>ဖိုင်ဖတ်ခြင်းကို ရပ်လိုက်ပါပြီ။</translation>
        </message>
        <message>
            <source>Choose which column holds the business name.</source>
            <translation>လုပ်ငန်းအမည် ပါသော ကော်လံကို ရွေးပါ။</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import SMEs from a file</source>
            <translation>ဖိုင်မှ SME လုပ်ငန်း ဒေတာ တင်သွင်းရန်</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>နောက်သို့(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>ရှေ့သို့(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>တင်သွင်းရန်(&amp;I)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ပယ်ဖျက်ရန်</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ပိတ်ရန်</translation>
        </message>
        <message>
            <source>Choose a spreadsheet with one SME per row and the column names in the first row. CSV and Excel (.xlsx) files work; of a workbook, the first sheet is read.</source>
            <translation>အတန်းတစ်တန်းလျှင် SME လုပ်ငန်းတစ်ခု ပါပြီး ပထမအတန်းတွင် ကော်လံအမည်များ ပါသော ဇယားဖိုင်ကို ရွေးပါ။ CSV နှင့် Excel (.xlsx) ဖိုင်များကို သုံးနိုင်သည်။ Excel ဖိုင်ဖြစ်ပါက ပထမ sheet ကိုသာ ဖတ်ပါမည်။</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>ဖိုင် မရွေးရသေးပါ</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>ဖိုင်ရွေးရန်(&amp;C)…</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>ဖိုင်:</translation>
        </message>
        <message>
            <source>You can also drop a file on this window.</source>
            <translation>ဖိုင်ကို ဤဝင်းဒိုးပေါ်သို့ ဆွဲချ၍လည်း ရပါသည်။</translation>
        </message>
        <message>
            <source>GMS Desk guessed which SME field each column holds from the column names. Check each line and change what is wrong; a field can be chosen for one column only. Columns set to “— do not import —” are left out.</source>
            <translation>GMS Desk သည် ကော်လံအမည်များကို ကြည့်၍ ကော်လံတစ်ခုစီတွင် SME လုပ်ငန်း၏ မည်သည့်အချက်အလက် ပါသည်ကို ခန့်မှန်းထားပါသည်။ အတန်းတစ်ခုစီကို စစ်ဆေးပြီး မှားနေသည်များကို ပြင်ပါ။ အချက်အလက်တစ်ခုကို ကော်လံတစ်ခုအတွက်သာ ရွေးနိုင်ပါသည်။ “— မတင်သွင်းပါ —” ဟု သတ်မှတ်ထားသော ကော်လံများကို ချန်ထားပါမည်။</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>ဖိုင်ရှိ ကော်လံ</translation>
        </message>
        <message>
            <source>Example</source>
            <translation>ဥပမာ</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>တင်သွင်းမည့် အချက်အလက်</translation>
        </message>
        <message>
            <source>You can cancel; the rows imported before that are kept.</source>
            <translation>ပယ်ဖျက်နိုင်ပါသည်။ ယခင် တင်သွင်းပြီးသော အတန်းများကို ဆက်ထားပါမည်။</translation>
        </message>
        <message>
            <source>These rows were not imported. Correct them in the file and import it again; the rows already imported will not be added twice.</source>
            <translation>ဤအတန်းများကို မတင်သွင်းရပါ။ ဖိုင်တွင် ပြင်ဆင်ပြီး ထပ်မံတင်သွင်းပါ။ တင်သွင်းပြီးသော အတန်းများကို နှစ်ခါ ထပ်မထည့်ပါ။</translation>
        </message>
        <message>
            <source>&amp;Save problem list…</source>
            <translation>ပြဿနာစာရင်း သိမ်းရန်(&amp;S)…</translation>
        </message>
        <message>
            <source>Step 1 of 3: Choose a file</source>
            <translation>အဆင့် 1/3: ဖိုင်ရွေးရန်</translation>
        </message>
        <message>
            <source>Step 2 of 3: Match the columns</source>
            <translation>အဆင့် 2/3: ကော်လံများ တွဲဖက်ရန်</translation>
        </message>
        <message>
            <source>Step 3 of 3: Check</source>
            <translation>အဆင့် 3/3: စစ်ဆေးရန်</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>တင်သွင်းနေသည်</translation>
        </message>
        <message>
            <source>Import cancelled</source>
            <translation>တင်သွင်းခြင်းကို ပယ်ဖျက်လိုက်ပါပြီ</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>တင်သွင်းခြင်း ပြီးဆုံးပါပြီ</translation>
        </message>
        <message>
            <source>Choose a file to import</source>
            <translation>တင်သွင်းမည့် ဖိုင်ကို ရွေးပါ</translation>
        </message>
        <message>
            <source>Spreadsheets</source>
            <translation>ဇယားဖိုင်များ</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>ဖိုင်ကို ဖတ်နေသည်…</translation>
        </message>
        <message>
            <source>Reading the file</source>
            <translation>ဖိုင်ကို ဖတ်နေသည်</translation>
        </message>
        <message numerus="yes">
            <source>The file has %n rows below the column names.</source>
            <translation>
                <numerusform>ဖိုင်တွင် ကော်လံအမည်များ အောက်၌ အတန်း %n တန်း ရှိသည်။</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n columns were matched to SME fields; check them in the next step.</source>
            <translation>
                <numerusform>ကော်လံ %n ခုကို SME လုပ်ငန်း အချက်အလက်များနှင့် တွဲဖက်ထားပါသည်။ နောက်အဆင့်တွင် စစ်ဆေးပါ။</numerusform>
            </translation>
        </message>
        <message>
            <source>Its text is read as %1.</source>
            <translation>၎င်း၏ စာသားကို %1 အဖြစ် ဖတ်ထားပါသည်။</translation>
        </message>
        <message>
            <source>The file has column names but no rows below them. Choose another file.</source>
            <translation>ဖိုင်တွင် ကော်လံအမည်များ ပါသော်လည်း အောက်တွင် အတန်း မရှိပါ။ အခြားဖိုင်ကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>The text of this file can be read in more than one way. Choose the reading in which the names look right; the file is then read that way.</source>
            <translation>ဤဖိုင်ရှိ စာသားကို နည်းလမ်းတစ်မျိုးထက်ပို၍ ဖတ်နိုင်ပါသည်။ အမည်များ မှန်ကန်စွာ ပေါ်သော ဖတ်ပုံကို ရွေးပါ။ ထို့နောက် ဖိုင်ကို ထိုနည်းအတိုင်း ဖတ်ပါမည်။</translation>
        </message>
        <message>
            <source>Read the file as %1</source>
            <translation>ဖိုင်ကို %1 အဖြစ် ဖတ်ရန်</translation>
        </message>
        <message>
            <source>The first rows read as %1</source>
            <translation>%1 အဖြစ် ဖတ်ထားသော ပထမ အတန်းများ</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>ဖိုင်ကို ဖတ်၍ မရပါ။</translation>
        </message>
        <message>
            <source>Open it in Excel or LibreOffice, save it again as .xlsx or as CSV UTF-8, and choose it again.</source>
            <translation>Excel သို့မဟုတ် LibreOffice ဖြင့် ဖွင့်ပြီး .xlsx သို့မဟုတ် CSV UTF-8 အဖြစ် ပြန်သိမ်းကာ ထပ်ရွေးပါ။</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>အသေးစိတ်: %1</translation>
        </message>
        <message>
            <source>Uses: %1</source>
            <translation>အသုံးပြုမှု: %1</translation>
        </message>
        <message>
            <source>(no name, column %1)</source>
            <translation>(အမည်မရှိ၊ ကော်လံ %1)</translation>
        </message>
        <message>
            <source>Column %1 of the file</source>
            <translation>ဖိုင်၏ ကော်လံ %1</translation>
        </message>
        <message>
            <source>— do not import —</source>
            <translation>— မတင်သွင်းပါ —</translation>
        </message>
        <message>
            <source>Import column “%1” as</source>
            <translation>ကော်လံ “%1” ကို တင်သွင်းမည့် အချက်အလက်</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>ပြဿနာများ</translation>
        </message>
        <message numerus="yes">
            <source>%n rows in the file;</source>
            <translation>
                <numerusform>ဖိုင်တွင် အတန်း %n တန်း ရှိသည်၊</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them have problems — those rows will be skipped and listed after the import.</source>
            <translation>
                <numerusform>၎င်းတို့အနက် %n တန်းတွင် ပြဿနာရှိသည် — ထိုအတန်းများကို ကျော်သွားပြီး တင်သွင်းပြီးနောက် စာရင်းပြပါမည်။</numerusform>
            </translation>
        </message>
        <message>
            <source>none of them have problems.</source>
            <translation>မည်သည့်အတန်းတွင်မျှ ပြဿနာ မရှိပါ။</translation>
        </message>
        <message numerus="yes">
            <source>%n of the first %1 have problems — those rows will be skipped and listed after the import.</source>
            <translation>
                <numerusform>ပထမ %1 တန်းအနက် %n တန်းတွင် ပြဿနာရှိသည် — ထိုအတန်းများကို ကျော်သွားပြီး တင်သွင်းပြီးနောက် စာရင်းပြပါမည်။</numerusform>
            </translation>
        </message>
        <message>
            <source>none of the first %1 have problems.</source>
            <translation>ပထမ %1 တန်းတွင် ပြဿနာ မရှိပါ။</translation>
        </message>
        <message numerus="yes">
            <source>Importing %n rows…</source>
            <translation>
                <numerusform>အတန်း %n တန်းကို တင်သွင်းနေသည်…</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing SMEs</source>
            <translation>SME လုပ်ငန်း ဒေတာ တင်သွင်းနေသည်</translation>
        </message>
        <message>
            <source>Stopping after the rows being saved now…</source>
            <translation>ယခု သိမ်းနေသော အတန်းများ ပြီးလျှင် ရပ်ပါမည်…</translation>
        </message>
        <message>
            <source>Added %1, updated %2, unchanged %3, with problems %4.</source>
            <translation>အသစ်ထည့် %1၊ ပြင်ဆင် %2၊ မပြောင်းလဲ %3၊ ပြဿနာရှိ %4။</translation>
        </message>
        <message>
            <source>The first %1 are listed; correct those and import again to see the rest.</source>
            <translation>ပထမ %1 တန်းကိုသာ စာရင်းပြထားပါသည်။ ၎င်းတို့ကို ပြင်ပြီး ထပ်မံ တင်သွင်းလျှင် ကျန်အတန်းများကို မြင်ရပါမည်။</translation>
        </message>
        <message>
            <source>Import cancelled; the rows before that are kept.</source>
            <translation>တင်သွင်းခြင်းကို ပယ်ဖျက်လိုက်ပါပြီ။ ယခင် တင်သွင်းပြီးသော အတန်းများကို ဆက်ထားပါသည်။</translation>
        </message>
        <message numerus="yes">
            <source>%n rows were not reached; import the file again to add them.</source>
            <translation>
                <numerusform>အတန်း %n တန်းကို မတင်သွင်းရသေးပါ။ ၎င်းတို့ကို ထည့်ရန် ဖိုင်ကို ထပ်မံတင်သွင်းပါ။</numerusform>
            </translation>
        </message>
        <message>
            <source>Row</source>
            <translation>အတန်း</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>အချက်အလက်</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>ပြဿနာ</translation>
        </message>
        <message>
            <source>problems</source>
            <translation>ပြဿနာများ</translation>
        </message>
        <message>
            <source>Save problem list</source>
            <translation>ပြဿနာစာရင်း သိမ်းရန်</translation>
        </message>
        <message>
            <source>CSV files</source>
            <translation>CSV ဖိုင်များ</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>%1 တွင် သိမ်းပြီးပါပြီ</translation>
        </message>
    </context>
    <context>
        <name>ImportProblemsDialog</name>
        <message>
            <source>Sheet</source>
            <translation>ဇယားစာရွက်</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>အတန်း</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>အဆင့်</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>ပြဿနာ</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>အမှား</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>သတိပေးချက်</translation>
        </message>
    </context>
    <context>
        <name>Indicators</name>
        <message>
            <source>Evaluation: relevance</source>
            <translation>အကဲဖြတ်ချက်: ဆီလျော်မှု</translation>
        </message>
        <message>
            <source>Evaluation: efficiency</source>
            <translation>အကဲဖြတ်ချက်: အရင်းအမြစ် ထိရောက်စွာ အသုံးချမှု</translation>
        </message>
        <message>
            <source>Evaluation: effectiveness</source>
            <translation>အကဲဖြတ်ချက်: ထိရောက်မှု</translation>
        </message>
        <message>
            <source>Evaluation: impact</source>
            <translation>အကဲဖြတ်ချက်: အကျိုးသက်ရောက်မှု</translation>
        </message>
        <message>
            <source>Evaluation: sustainability</source>
            <translation>အကဲဖြတ်ချက်: ရေရှည်တည်တံ့မှု</translation>
        </message>
        <message>
            <source>Workshops held</source>
            <translation>ကျင်းပခဲ့သော အလုပ်ရုံဆွေးနွေးပွဲများ</translation>
        </message>
        <message>
            <source>Training workshops marked running or done, counted in the period of their first day, where they took place.</source>
            <translation>“ကျင်းပနေသည်” သို့မဟုတ် “ကျင်းပပြီး” ဟု မှတ်သားထားသော သင်တန်း အလုပ်ရုံဆွေးနွေးပွဲများ၊ ၎င်းတို့၏ ပထမရက် ကျရောက်သည့် ကာလတွင် ကျင်းပရာ နေရာအလိုက် ရေတွက်သည်။</translation>
        </message>
        <message>
            <source>People trained</source>
            <translation>သင်တန်း တက်ရောက်ပြီးသူများ</translation>
        </message>
        <message>
            <source>People who completed at least one training module in the period, each counted once. A person is placed where their SME is; a person with no SME, where the first workshop they took part in was held.</source>
            <translation>ကာလအတွင်း သင်တန်း သင်ခန်းစာ အနည်းဆုံး တစ်ခု ပြီးဆုံးခဲ့သူများ၊ တစ်ဦးလျှင် တစ်ကြိမ်သာ ရေတွက်သည်။ လူတစ်ဦးကို ၎င်း၏ SME လုပ်ငန်း တည်ရှိရာ နေရာတွင် ထည့်တွက်ပြီး SME လုပ်ငန်း မရှိသူကို ၎င်း တက်ရောက်ခဲ့သော ပထမဆုံး အလုပ်ရုံဆွေးနွေးပွဲ ကျင်းပရာ နေရာတွင် ထည့်တွက်သည်။</translation>
        </message>
        <message>
            <source>People who completed their track</source>
            <translation>မိမိ သင်တန်းအဆင့်ကို ပြီးဆုံးခဲ့သူများ</translation>
        </message>
        <message>
            <source>People who completed every module of a workshop's track, counted in the period they completed the last one, each person once.</source>
            <translation>အလုပ်ရုံဆွေးနွေးပွဲ တစ်ခု၏ သင်တန်းအဆင့်ရှိ သင်ခန်းစာ အားလုံးကို ပြီးဆုံးခဲ့သူများ၊ နောက်ဆုံး သင်ခန်းစာကို ပြီးဆုံးသည့် ကာလတွင် ရေတွက်ပြီး တစ်ဦးလျှင် တစ်ကြိမ်သာ ရေတွက်သည်။</translation>
        </message>
        <message>
            <source>SMEs with a person trained</source>
            <translation>သင်တန်း တက်ရောက်ပြီးသူ ရှိသော SME လုပ်ငန်းများ</translation>
        </message>
        <message>
            <source>SMEs with at least one person who completed a training module in the period.</source>
            <translation>ကာလအတွင်း သင်တန်း သင်ခန်းစာ တစ်ခုကို ပြီးဆုံးခဲ့သူ အနည်းဆုံး တစ်ဦး ရှိသော SME လုပ်ငန်းများ။</translation>
        </message>
        <message>
            <source>Completion rate</source>
            <translation>ပြီးဆုံးမှု နှုန်း</translation>
        </message>
        <message>
            <source>Of the people enrolled in the workshops held that started in the period, the share who completed every module of their workshop.</source>
            <translation>ကာလအတွင်း စတင်ခဲ့ပြီး ကျင်းပခဲ့သော အလုပ်ရုံဆွေးနွေးပွဲများတွင် စာရင်းသွင်းထားသူများအနက် မိမိ အလုပ်ရုံဆွေးနွေးပွဲ၏ သင်ခန်းစာ အားလုံးကို ပြီးဆုံးခဲ့သူ အချိုး။</translation>
        </message>
        <message>
            <source>Average score gain</source>
            <translation>ပျမ်းမျှ ရမှတ် တိုးတက်မှု</translation>
        </message>
        <message>
            <source>Post-test score minus pre-test score (points out of 100), averaged over the participants with both scores in the workshops held that started in the period.</source>
            <translation>သင်တန်းပြီး စစ်ဆေးမှု ရမှတ်မှ သင်တန်းမတိုင်မီ စစ်ဆေးမှု ရမှတ်ကို နုတ်ထားခြင်း (100 မှတ် ပြည့်)၊ ကာလအတွင်း စတင်ခဲ့ပြီး ကျင်းပခဲ့သော အလုပ်ရုံဆွေးနွေးပွဲများတွင် ရမှတ် နှစ်မျိုးလုံး ရှိသော တက်ရောက်သူများအပေါ် ပျမ်းမျှ တွက်ထားသည်။</translation>
        </message>
        <message>
            <source>Awareness events held</source>
            <translation>ကျင်းပခဲ့သော အသိပညာပေးပွဲများ</translation>
        </message>
        <message>
            <source>Road shows, media campaigns, launches, consultations and seminars held in the period (by their first day).</source>
            <translation>ကာလအတွင်း ကျင်းပခဲ့သော လှည့်လည် ပြသပွဲများ၊ မီဒီယာ လှုံ့ဆော်ရေးများ၊ မိတ်ဆက်ပွဲများ၊ တိုင်ပင်ဆွေးနွေးပွဲများနှင့် ဟောပြောဆွေးနွေးပွဲများ (ပထမရက်အလိုက်)။</translation>
        </message>
        <message>
            <source>People reached by events</source>
            <translation>ပွဲများမှ ရောက်ရှိခဲ့သော လူဦးရေ</translation>
        </message>
        <message>
            <source>The audiences of the awareness events held in the period, added up, by sex as recorded.</source>
            <translation>ကာလအတွင်း ကျင်းပခဲ့သော အသိပညာပေးပွဲများ၏ တက်ရောက်သူ ပေါင်းလဒ်၊ မှတ်တမ်းတင်ထားသည့်အတိုင်း ကျား/မ အလိုက်။</translation>
        </message>
        <message>
            <source>Agencies offering e-business services</source>
            <translation>အီလက်ထရောနစ် စီးပွားရေး ဝန်ဆောင်မှု ပေးသော အဖွဲ့အစည်းများ</translation>
        </message>
        <message>
            <source>Agencies of the network whose profile lists at least one e-business service, as of the end of the period.</source>
            <translation>ကာလ အဆုံးသတ်ချိန်တွင် ၎င်းတို့၏ အချက်အလက်၌ အီလက်ထရောနစ် စီးပွားရေး ဝန်ဆောင်မှု အနည်းဆုံး တစ်ခု ဖော်ပြထားသော ကွန်ရက်ရှိ အဖွဲ့အစည်းများ။</translation>
        </message>
        <message>
            <source>Agencies active</source>
            <translation>လှုပ်ရှားဆောင်ရွက်သော အဖွဲ့အစည်းများ</translation>
        </message>
        <message>
            <source>Agencies that recorded a service delivered, a workshop held or an awareness event in the period.</source>
            <translation>ကာလအတွင်း ပေးအပ်ခဲ့သော ဝန်ဆောင်မှု၊ ကျင်းပခဲ့သော အလုပ်ရုံဆွေးနွေးပွဲ သို့မဟုတ် အသိပညာပေးပွဲ တစ်ခုခုကို မှတ်တမ်းတင်ခဲ့သော အဖွဲ့အစည်းများ။</translation>
        </message>
        <message>
            <source>Services delivered</source>
            <translation>ပေးအပ်ခဲ့သော ဝန်ဆောင်မှုများ</translation>
        </message>
        <message>
            <source>E-business services delivered to SMEs in the period.</source>
            <translation>ကာလအတွင်း SME လုပ်ငန်းများသို့ ပေးအပ်ခဲ့သော အီလက်ထရောနစ် စီးပွားရေး ဝန်ဆောင်မှုများ။</translation>
        </message>
        <message>
            <source>SMEs served</source>
            <translation>ဝန်ဆောင်မှု ရရှိခဲ့သော SME လုပ်ငန်းများ</translation>
        </message>
        <message>
            <source>SMEs that received at least one e-business service in the period.</source>
            <translation>ကာလအတွင်း အီလက်ထရောနစ် စီးပွားရေး ဝန်ဆောင်မှု အနည်းဆုံး တစ်ခု ရရှိခဲ့သော SME လုပ်ငန်းများ။</translation>
        </message>
        <message>
            <source>Fees collected</source>
            <translation>ကောက်ခံရရှိသော ဝန်ဆောင်ခ</translation>
        </message>
        <message>
            <source>Fees paid for the services delivered in the period, by currency.</source>
            <translation>ကာလအတွင်း ပေးအပ်ခဲ့သော ဝန်ဆောင်မှုများအတွက် ပေးချေခဲ့သော ဝန်ဆောင်ခ၊ ငွေကြေး အလိုက်။</translation>
        </message>
        <message>
            <source>Share of services paid</source>
            <translation>ဝန်ဆောင်ခ ပေးချေပြီးသော ဝန်ဆောင်မှု အချိုး</translation>
        </message>
        <message>
            <source>Of the services delivered in the period, the share with a fee that was paid (cost recovery).</source>
            <translation>ကာလအတွင်း ပေးအပ်ခဲ့သော ဝန်ဆောင်မှုများအနက် ဝန်ဆောင်ခ သတ်မှတ်ထားပြီး ပေးချေပြီးသော ဝန်ဆောင်မှု အချိုး (ကုန်ကျစရိတ် ပြန်လည်ရရှိမှု)။</translation>
        </message>
        <message>
            <source>SMEs online</source>
            <translation>အွန်လိုင်းပေါ်ရှိ SME လုပ်ငန်းများ</translation>
        </message>
        <message>
            <source>SMEs with a website, a social media page, an e-marketplace listing or online payment (ICT level 2 or 3) as of the end of the period: since the earliest of these they have now was set.</source>
            <translation>ကာလ အဆုံးသတ်ချိန်တွင် ဝက်ဘ်ဆိုက်၊ ဆိုရှယ်မီဒီယာ စာမျက်နှာ၊ အွန်လိုင်းဈေးကွက် စာရင်းတင်မှု သို့မဟုတ် အွန်လိုင်းငွေပေးချေမှု (ICT အဆင့် 2 သို့မဟုတ် 3) ရှိသော SME လုပ်ငန်းများ- ယခု ရှိနေသည့် ထိုအရာများအနက် အစောဆုံး တစ်ခုကို သတ်မှတ်ခဲ့သည့် အချိန်မှစ၍ ရေတွက်သည်။</translation>
        </message>
        <message>
            <source>SMEs on e-marketplaces</source>
            <translation>အွန်လိုင်းဈေးကွက်ပေါ်ရှိ SME လုပ်ငန်းများ</translation>
        </message>
        <message>
            <source>SMEs selling on an e-marketplace or an agency portal, as of the end of the period.</source>
            <translation>ကာလ အဆုံးသတ်ချိန်တွင် အွန်လိုင်းဈေးကွက် သို့မဟုတ် အဖွဲ့အစည်း ပေါ်တယ်တွင် ရောင်းချနေသော SME လုပ်ငန်းများ။</translation>
        </message>
        <message>
            <source>SMEs registered for e-procurement</source>
            <translation>အီလက်ထရောနစ် ဝယ်ယူရေးတွင် မှတ်ပုံတင်ထားသော SME လုပ်ငန်းများ</translation>
        </message>
        <message>
            <source>SMEs registered for e-procurement, as of the end of the period.</source>
            <translation>ကာလ အဆုံးသတ်ချိန်တွင် အီလက်ထရောနစ် ဝယ်ယူရေးတွင် မှတ်ပုံတင်ထားသော SME လုပ်ငန်းများ။</translation>
        </message>
        <message>
            <source>SMEs registered on a portal</source>
            <translation>ပေါ်တယ်တွင် မှတ်ပုံတင်ထားသော SME လုပ်ငန်းများ</translation>
        </message>
        <message>
            <source>SMEs registered on an agency portal (or displaying products there), as of the end of the period.</source>
            <translation>ကာလ အဆုံးသတ်ချိန်တွင် အဖွဲ့အစည်း ပေါ်တယ်တွင် မှတ်ပုံတင်ထားသော (သို့မဟုတ် ထိုနေရာတွင် ထုတ်ကုန်များ ပြသနေသော) SME လုပ်ငန်းများ။</translation>
        </message>
        <message>
            <source>SMEs displaying products on a portal</source>
            <translation>ပေါ်တယ်တွင် ထုတ်ကုန်များ ပြသထားသော SME လုပ်ငန်းများ</translation>
        </message>
        <message>
            <source>SMEs displaying products on an agency portal, as of the end of the period.</source>
            <translation>ကာလ အဆုံးသတ်ချိန်တွင် အဖွဲ့အစည်း ပေါ်တယ်တွင် ထုတ်ကုန်များ ပြသနေသော SME လုပ်ငန်းများ။</translation>
        </message>
        <message>
            <source>Inquiries received</source>
            <translation>လက်ခံရရှိသော စုံစမ်းမေးမြန်းမှုများ</translation>
        </message>
        <message>
            <source>Inquiries SMEs received in the period.</source>
            <translation>ကာလအတွင်း SME လုပ်ငန်းများ လက်ခံရရှိခဲ့သော စုံစမ်းမေးမြန်းမှုများ။</translation>
        </message>
        <message>
            <source>Inquiries from abroad</source>
            <translation>နိုင်ငံခြားမှ စုံစမ်းမေးမြန်းမှုများ</translation>
        </message>
        <message>
            <source>Inquiries received in the period from another country than the SME's (for an SME of Yunnan, China is not abroad).</source>
            <translation>ကာလအတွင်း SME လုပ်ငန်း၏ နိုင်ငံမဟုတ်သော အခြားနိုင်ငံမှ လက်ခံရရှိသော စုံစမ်းမေးမြန်းမှုများ (ယူနန်ရှိ SME လုပ်ငန်းအတွက် တရုတ်နိုင်ငံကို နိုင်ငံခြားဟု မသတ်မှတ်ပါ)။</translation>
        </message>
        <message>
            <source>Domestic inquiries</source>
            <translation>ပြည်တွင်း စုံစမ်းမေးမြန်းမှုများ</translation>
        </message>
        <message>
            <source>Inquiries received in the period from the SME's own country.</source>
            <translation>ကာလအတွင်း SME လုပ်ငန်း၏ ကိုယ်ပိုင်နိုင်ငံမှ လက်ခံရရှိသော စုံစမ်းမေးမြန်းမှုများ။</translation>
        </message>
        <message>
            <source>Orders reported</source>
            <translation>အစီရင်ခံထားသော မှာယူမှုများ</translation>
        </message>
        <message>
            <source>Inquiries received in the period that became an order.</source>
            <translation>ကာလအတွင်း လက်ခံရရှိပြီး မှာယူမှုအဖြစ် ပြောင်းလဲခဲ့သော စုံစမ်းမေးမြန်းမှုများ။</translation>
        </message>
        <message>
            <source>Value of orders reported</source>
            <translation>အစီရင်ခံထားသော မှာယူမှု တန်ဖိုး</translation>
        </message>
        <message>
            <source>The value of the orders from inquiries received in the period, by currency.</source>
            <translation>ကာလအတွင်း လက်ခံရရှိသော စုံစမ်းမေးမြန်းမှုများမှ ဖြစ်ပေါ်လာသော မှာယူမှု တန်ဖိုး၊ ငွေကြေး အလိုက်။</translation>
        </message>
        <message>
            <source>SMEs that moved up the ICT ladder</source>
            <translation>ICT အဆင့် တိုးတက်ခဲ့သော SME လုပ်ငန်းများ</translation>
        </message>
        <message>
            <source>SMEs whose ICT level (traditional, e-mail, web presence, e-business) at the end of the period was higher than at its start, or than when they were registered if that was later (without a start: than when they were registered).</source>
            <translation>ကာလ အဆုံးသတ်ချိန်၌ ICT အဆင့် (ရိုးရာနည်းလမ်း၊ အီးမေးလ်၊ အွန်လိုင်းပေါ်တွင် ရှိနေခြင်း၊ အီလက်ထရောနစ် စီးပွားရေး) သည် ကာလ အစထက်၊ သို့မဟုတ် မှတ်ပုံတင်ချိန်သည် ကာလ အစထက် နောက်ကျပါက မှတ်ပုံတင်ချိန်ထက် မြင့်မားသော SME လုပ်ငန်းများ (ကာလ၌ စတင်ရက် မရှိပါက- မှတ်ပုံတင်ချိန်ထက်)။</translation>
        </message>
        <message>
            <source>The average rating (1 to 5) participants gave the workshop for this criterion in the workshop evaluation form, in the responses submitted in the period.</source>
            <translation>ကာလအတွင်း ပေးပို့ခဲ့သော ဖြေဆိုချက်များအရ အလုပ်ရုံဆွေးနွေးပွဲ အကဲဖြတ် ပုံစံတွင် ဤစံနှုန်းအတွက် တက်ရောက်သူများက အလုပ်ရုံဆွေးနွေးပွဲကို ပေးခဲ့သော ပျမ်းမျှ အဆင့်သတ်မှတ်ချက် (1 မှ 5)။</translation>
        </message>
        <message>
            <source>Choose what the indicator counts: survey responses or SMEs.</source>
            <translation>ညွှန်ကိန်းက ရေတွက်မည့်အရာကို ရွေးပါ: စစ်တမ်း ဖြေဆိုချက်များ သို့မဟုတ် SME လုပ်ငန်းများ။</translation>
        </message>
        <message>
            <source>Enter the id of the survey form.</source>
            <translation>စစ်တမ်းပုံစံ ID ကို ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Enter the question's name as the form has it, for example r_relevance.</source>
            <translation>မေးခွန်း၏ အမည်ကို ပုံစံတွင် ပါသည့်အတိုင်း ထည့်ပါ၊ ဥပမာ r_relevance။</translation>
        </message>
        <message>
            <source>Enter one answer as the form stores it, for example yes.</source>
            <translation>အဖြေတစ်ခုကို ပုံစံက သိမ်းဆည်းသည့်အတိုင်း ထည့်ပါ၊ ဥပမာ yes။</translation>
        </message>
        <message>
            <source>Pick the SMEs by one or more of their fields, for example sector = tourism.</source>
            <translation>SME လုပ်ငန်းများကို ၎င်းတို့၏ အကွက် တစ်ခု သို့မဟုတ် တစ်ခုထက်ပို၍ ရွေးပါ၊ ဥပမာ sector = tourism။</translation>
        </message>
        <message>
            <source>Use letters, digits, dots, dashes and underscores for the code.</source>
            <translation>ကုဒ်အတွက် စာလုံး၊ ဂဏန်း၊ အစက် (.)၊ တုံးတို (-) နှင့် underscore (_) ကိုသာ သုံးပါ။</translation>
        </message>
        <message>
            <source>Another indicator has this code.</source>
            <translation>အခြား ညွှန်ကိန်းတစ်ခုတွင် ဤကုဒ် ရှိပြီးဖြစ်သည်။</translation>
        </message>
    </context>
    <context>
        <name>InquiriesView</name>
        <message>
            <source>Abroad</source>
            <translation>နိုင်ငံခြား</translation>
        </message>
        <message>
            <source>Domestic</source>
            <translation>ပြည်တွင်း</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>မသိရ</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>နည်းလမ်း အားလုံး</translation>
        </message>
        <message>
            <source>All outcomes</source>
            <translation>ရလဒ် အားလုံး</translation>
        </message>
        <message>
            <source>From anywhere</source>
            <translation>နေရာ အားလုံးမှ</translation>
        </message>
        <message numerus="yes">
            <source>%Ln inquiry(ies)</source>
            <translation>
                <numerusform>စုံစမ်းမေးမြန်းမှု %Ln ခု</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 from abroad, %2 domestic, %3 not known</source>
            <translation>နိုင်ငံခြားမှ %1၊ ပြည်တွင်း %2၊ မသိရ %3</translation>
        </message>
        <message numerus="yes">
            <source>%Ln order(s)</source>
            <translation>
                <numerusform>မှာယူမှု %Ln ခု</numerusform>
            </translation>
        </message>
        <message>
            <source>Abroad or domestic</source>
            <translation>နိုင်ငံခြား သို့မဟုတ် ပြည်တွင်း</translation>
        </message>
        <message>
            <source>Export inquiries</source>
            <translation>စုံစမ်းမေးမြန်းမှု ဒေတာ ထုတ်ယူရန်</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln inquiry(ies) to %1.</source>
            <translation>
                <numerusform>စုံစမ်းမေးမြန်းမှု %Ln ခုကို %1 သို့ ထုတ်ယူပြီးပါပြီ။</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InquiryDialog</name>
        <message>
            <source>Inquiry received</source>
            <translation>လက်ခံရရှိသော စုံစမ်းမေးမြန်းမှု</translation>
        </message>
        <message>
            <source>Edit inquiry</source>
            <translation>စုံစမ်းမေးမြန်းမှု ပြင်ဆင်ရန်</translation>
        </message>
        <message>
            <source>Type to search, e.g. Japan</source>
            <translation>ရှာရန် ရိုက်ပါ၊ ဥပမာ ဂျပန်</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>ရွေးရန်…</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>မသိရ</translation>
        </message>
        <message>
            <source>Service: %1</source>
            <translation>ဝန်ဆောင်မှု: %1</translation>
        </message>
        <message>
            <source>Deleted since</source>
            <translation>နောက်ပိုင်းတွင် ဖျက်ခဲ့ပြီး</translation>
        </message>
        <message>
            <source>Not known yet</source>
            <translation>မသိရသေး</translation>
        </message>
        <message>
            <source>When it led to an order</source>
            <translation>မှာယူမှု ဖြစ်လာသောအခါ</translation>
        </message>
        <message>
            <source>Received on:</source>
            <translation>ရရှိသည့်ရက်:</translation>
        </message>
        <message>
            <source>Channel:</source>
            <translation>ဆက်သွယ်လာသည့် နည်းလမ်း:</translation>
        </message>
        <message>
            <source>From country:</source>
            <translation>မေးမြန်းသည့် နိုင်ငံ:</translation>
        </message>
        <message>
            <source>Through:</source>
            <translation>ရောက်လာသည့် လမ်းကြောင်း:</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>ရလဒ်:</translation>
        </message>
        <message>
            <source>Order value:</source>
            <translation>မှာယူမှု တန်ဖိုး:</translation>
        </message>
        <message>
            <source>Staff:</source>
            <translation>ဝန်ထမ်း:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>မှတ်ချက်:</translation>
        </message>
    </context>
    <context>
        <name>LabelMedia</name>
        <message>
            <source>Play the recording</source>
            <translation>အသံဖိုင် ဖွင့်ရန်</translation>
        </message>
        <message>
            <source>Play the video</source>
            <translation>ဗီဒီယို ဖွင့်ရန်</translation>
        </message>
        <message>
            <source>%1 did not come with the form, so it cannot be played.</source>
            <translation>%1 သည် ပုံစံနှင့်အတူ ပါမလာသဖြင့် ဖွင့်၍ မရပါ။</translation>
        </message>
        <message>
            <source>%1 could not be made ready to play: %2</source>
            <translation>%1 ကို ဖွင့်ရန် အသင့်ပြင်၍ မရပါ: %2</translation>
        </message>
        <message>
            <source>No program on this computer plays %1.</source>
            <translation>ဤကွန်ပျူတာတွင် %1 ကို ဖွင့်နိုင်သော ပရိုဂရမ် မရှိပါ။</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>%1 (no. %2)</source>
            <translation>%1 (အမှတ် %2)</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 ဘိုက်</translation>
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
            <translation>နမူနာ ဒေတာ</translation>
        </message>
        <message>
            <source>someone (no name given)</source>
            <translation>တစ်စုံတစ်ဦး (အမည် မပေးထားပါ)</translation>
        </message>
    </context>
    <context>
        <name>LadderStrip</name>
        <message>
            <source>ICT level, %1 to %2: %3</source>
            <translation>ICT အဆင့်၊ %1 မှ %2 အထိ: %3</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Welcome to GMS Desk</source>
            <translation>GMS Desk မှ ကြိုဆိုပါသည်</translation>
        </message>
        <message>
            <source>Choose the language GMS Desk speaks. You can change it later in Settings.</source>
            <translation>GMS Desk တွင် အသုံးပြုမည့် ဘာသာစကားကို ရွေးပါ။ နောက်ပိုင်းတွင် ဆက်တင်များ၌ ပြောင်းနိုင်ပါသည်။</translation>
        </message>
    </context>
    <context>
        <name>LanguagesDialog</name>
        <message>
            <source>Languages</source>
            <translation>ဘာသာစကားများ</translation>
        </message>
        <message>
            <source>Search languages</source>
            <translation>ဘာသာစကား ရှာရန်</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>အိုကေ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ပယ်ဖျက်ရန်</translation>
        </message>
    </context>
    <context>
        <name>LanguagesField</name>
        <message>
            <source>None chosen</source>
            <translation>မရွေးရသေးပါ</translation>
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
            <translation>SME လုပ်ငန်းများ</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>သင်တန်း</translation>
        </message>
        <message>
            <source>Surveys</source>
            <translation>စစ်တမ်း</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>ကွန်ရက်</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>အစီရင်ခံစာ</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>ဒေတာ ချိန်ကိုက်ခြင်း</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>ဆက်တင်များ</translation>
        </message>
        <message>
            <source>Go to %1</source>
            <translation>%1 သို့ သွားရန်</translation>
        </message>
        <message>
            <source>Sync not set up</source>
            <translation>ဒေတာ ချိန်ကိုက်ခြင်း မသတ်မှတ်ရသေးပါ</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting for sync</source>
            <translation>
                <numerusform>ချိန်ကိုက်ရန် စောင့်နေသော ပြောင်းလဲမှု %n ခု</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MapDialog</name>
        <message>
            <source>Map</source>
            <translation>မြေပုံ</translation>
        </message>
        <message>
            <source>Zoom in (+)</source>
            <translation>ချဲ့ရန် (+)</translation>
        </message>
        <message>
            <source>The answer on the map. Drag to move the map; turn the mouse wheel or press + and - to zoom.</source>
            <translation>မြေပုံပေါ်ရှိ အဖြေ။ မြေပုံကို ရွှေ့ရန် ဆွဲပါ။ ချဲ့/ချုံ့ရန် mouse wheel ကို လှည့်ပါ သို့မဟုတ် + နှင့် - ကို နှိပ်ပါ။</translation>
        </message>
        <message>
            <source>Click the place to put the point there (or press Space for the cross in the middle). Drag to move the map; turn the mouse wheel or press + and - to zoom.</source>
            <translation>အမှတ် ချထားလိုသော နေရာကို နှိပ်ပါ (သို့မဟုတ် အလယ်ရှိ ကြက်ခြေခတ် နေရာအတွက် Space ကို နှိပ်ပါ)။ မြေပုံကို ရွှေ့ရန် ဆွဲပါ။ ချဲ့/ချုံ့ရန် mouse wheel ကို လှည့်ပါ သို့မဟုတ် + နှင့် - ကို နှိပ်ပါ။</translation>
        </message>
        <message>
            <source>Click each corner of the shape in turn (or press Space for the cross in the middle); the shape closes by itself. Backspace removes the last corner. Drag to move the map; the mouse wheel or + and - zoom.</source>
            <translation>ပုံသဏ္ဌာန်၏ ထောင့်တစ်ခုစီကို အစဉ်လိုက် နှိပ်ပါ (သို့မဟုတ် အလယ်ရှိ ကြက်ခြေခတ် နေရာအတွက် Space ကို နှိပ်ပါ)၊ ပုံသဏ္ဌာန်သည် အလိုအလျောက် ပိတ်သွားပါမည်။ Backspace က နောက်ဆုံး ထောင့်ကို ဖယ်ရှားသည်။ မြေပုံကို ရွှေ့ရန် ဆွဲပါ။ mouse wheel သို့မဟုတ် + နှင့် - ဖြင့် ချဲ့/ချုံ့ပါ။</translation>
        </message>
        <message>
            <source>Click each point of the line in turn (or press Space for the cross in the middle). Backspace removes the last point. Drag to move the map; the mouse wheel or + and - zoom.</source>
            <translation>မျဉ်း၏ အမှတ်တစ်ခုစီကို အစဉ်လိုက် နှိပ်ပါ (သို့မဟုတ် အလယ်ရှိ ကြက်ခြေခတ် နေရာအတွက် Space ကို နှိပ်ပါ)။ Backspace က နောက်ဆုံး အမှတ်ကို ဖယ်ရှားသည်။ မြေပုံကို ရွှေ့ရန် ဆွဲပါ။ mouse wheel သို့မဟုတ် + နှင့် - ဖြင့် ချဲ့/ချုံ့ပါ။</translation>
        </message>
        <message>
            <source>Zoom out (-)</source>
            <translation>ချုံ့ရန် (-)</translation>
        </message>
        <message>
            <source>Choose map tiles…</source>
            <translation>မြေပုံ tile များ ရွေးရန်…</translation>
        </message>
        <message>
            <source>An MBTiles file…</source>
            <translation>MBTiles ဖိုင်…</translation>
        </message>
        <message>
            <source>A folder of tiles (zoom/x/y.png)…</source>
            <translation>tile ဖိုင်တွဲ (zoom/x/y.png)…</translation>
        </message>
        <message>
            <source>Remove last point</source>
            <translation>နောက်ဆုံး အမှတ်ကို ဖယ်ရှားရန်</translation>
        </message>
        <message>
            <source>Remove the point</source>
            <translation>အမှတ်ကို ဖယ်ရှားရန်</translation>
        </message>
        <message>
            <source>Remove all</source>
            <translation>အားလုံး ဖယ်ရှားရန်</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ပိတ်ရန်</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ပယ်ဖျက်ရန်</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>အိုကေ</translation>
        </message>
        <message>
            <source>Use this answer (Ctrl+Enter)</source>
            <translation>ဤအဖြေကို သုံးရန် (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>No map tiles are set up on this laptop, so no map can be shown. Choose map tiles kept on this laptop: an MBTiles file, or a folder of tiles (zoom/x/y.png). You can also close this and type the location.</source>
            <translation>ဤကွန်ပျူတာတွင် မြေပုံ tile များ သတ်မှတ်ထားခြင်း မရှိသဖြင့် မြေပုံ ပြ၍ မရပါ။ ဤကွန်ပျူတာတွင် သိမ်းထားသော မြေပုံ tile များကို ရွေးပါ: MBTiles ဖိုင် သို့မဟုတ် tile ဖိုင်တွဲ (zoom/x/y.png)။ ဤဝင်းဒိုးကို ပိတ်ပြီး တည်နေရာကို ရိုက်ထည့်နိုင်ပါသည်။</translation>
        </message>
        <message>
            <source>The map tiles chosen for this laptop (%1) are no longer there. Choose map tiles again, or close this and type the location.</source>
            <translation>ဤကွန်ပျူတာအတွက် ရွေးထားသော မြေပုံ tile များ (%1) မရှိတော့ပါ။ မြေပုံ tile များကို ပြန်ရွေးပါ၊ သို့မဟုတ် ဤဝင်းဒိုးကို ပိတ်ပြီး တည်နေရာကို ရိုက်ထည့်ပါ။</translation>
        </message>
        <message>
            <source>%1 holds vector tiles, which GMS Desk cannot draw. Choose raster tiles (PNG or JPEG pictures) instead.</source>
            <translation>%1 တွင် GMS Desk က ပုံဖော်၍ မရသော vector tile များ ပါဝင်သည်။ ၎င်းအစား raster tile များ (PNG သို့မဟုတ် JPEG ပုံများ) ကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>%1 holds no map tiles. Choose an MBTiles file or a folder of tiles (zoom/x/y.png).</source>
            <translation>%1 တွင် မြေပုံ tile များ မပါဝင်ပါ။ MBTiles ဖိုင် သို့မဟုတ် tile ဖိုင်တွဲ (zoom/x/y.png) ကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>%1 cannot be read as map tiles. Choose an MBTiles file or a folder of tiles (zoom/x/y.png).</source>
            <translation>%1 ကို မြေပုံ tile များအဖြစ် ဖတ်၍ မရပါ။ MBTiles ဖိုင် သို့မဟုတ် tile ဖိုင်တွဲ (zoom/x/y.png) ကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>These map tiles could not be remembered for next time.</source>
            <translation>ဤမြေပုံ tile များကို နောက်တစ်ကြိမ်အတွက် မှတ်ထား၍ မရပါ။</translation>
        </message>
        <message>
            <source>Choose map tiles</source>
            <translation>မြေပုံ tile များ ရွေးရန်</translation>
        </message>
        <message>
            <source>Map tiles (*.mbtiles);;All files (*)</source>
            <translation>မြေပုံ tile ဖိုင်များ (*.mbtiles);;ဖိုင်အားလုံး (*)</translation>
        </message>
        <message>
            <source>Choose a folder of map tiles</source>
            <translation>မြေပုံ tile ဖိုင်တွဲ ရွေးရန်</translation>
        </message>
        <message>
            <source>A line needs at least two points.</source>
            <translation>မျဉ်းတစ်ကြောင်းတွင် အနည်းဆုံး အမှတ် နှစ်ခု လိုအပ်ပါသည်။</translation>
        </message>
        <message>
            <source>A shape needs at least three points.</source>
            <translation>ဧရိယာ ပုံသဏ္ဌာန်တစ်ခုတွင် အနည်းဆုံး အမှတ် သုံးခု လိုအပ်ပါသည်။</translation>
        </message>
        <message>
            <source>Latitude %1, longitude %2</source>
            <translation>လတ္တီကျု %1၊ လောင်ဂျီကျု %2</translation>
        </message>
        <message>
            <source>No point yet.</source>
            <translation>အမှတ် မရှိသေးပါ။</translation>
        </message>
        <message>
            <source>Points: %1</source>
            <translation>အမှတ်များ: %1</translation>
        </message>
        <message>
            <source>No points yet.</source>
            <translation>အမှတ်များ မရှိသေးပါ။</translation>
        </message>
        <message>
            <source>Map…</source>
            <translation>မြေပုံ…</translation>
        </message>
        <message>
            <source>Pick the place on a map kept on this laptop (no internet needed)</source>
            <translation>ဤကွန်ပျူတာတွင် သိမ်းထားသော မြေပုံပေါ်တွင် နေရာကို ရွေးရန် (အင်တာနက် မလိုပါ)</translation>
        </message>
    </context>
    <context>
        <name>MediaWidget</name>
        <message>
            <source>Choose a photo…</source>
            <translation>ဓာတ်ပုံ ရွေးရန်…</translation>
        </message>
        <message>
            <source>Choose a file…</source>
            <translation>ဖိုင် ရွေးရန်…</translation>
        </message>
        <message>
            <source>Take a photo…</source>
            <translation>ဓာတ်ပုံ ရိုက်ရန်…</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>ဖွင့်ရန်</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>ဖွင့်ရန်</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>ဖယ်ရှားရန်</translation>
        </message>
        <message>
            <source>No file yet.</source>
            <translation>ဖိုင် မရှိသေးပါ။</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>ဓာတ်ပုံ မရှိပါ</translation>
        </message>
        <message>
            <source>Not on this laptop: it is fetched from headquarters when you open it.</source>
            <translation>ဤကွန်ပျူတာတွင် မရှိပါ- ဖွင့်သောအခါ ဌာနချုပ်မှ ရယူပါမည်။</translation>
        </message>
        <message>
            <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</source>
            <translation>ဓာတ်ပုံများ (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)</translation>
        </message>
        <message>
            <source>Recordings (*.m4a *.mp3 *.wav *.ogg *.opus *.amr *.aac *.3gp)</source>
            <translation>အသံဖိုင်များ (*.m4a *.mp3 *.wav *.ogg *.opus *.amr *.aac *.3gp)</translation>
        </message>
        <message>
            <source>Videos (*.mp4 *.mov *.avi *.mkv *.webm *.3gp)</source>
            <translation>ဗီဒီယိုများ (*.mp4 *.mov *.avi *.mkv *.webm *.3gp)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>ဖိုင်အားလုံး (*)</translation>
        </message>
        <message>
            <source>Files can be attached only to a response being filled in.</source>
            <translation>ဖြည့်နေဆဲ ဖြေဆိုချက်တွင်သာ ဖိုင်များကို ပူးတွဲနိုင်ပါသည်။</translation>
        </message>
        <message>
            <source>The file could not be read: %1</source>
            <translation>ဖိုင်ကို ဖတ်၍ မရပါ: %1</translation>
        </message>
        <message>
            <source>Fetching the file</source>
            <translation>ဖိုင်ကို ရယူနေသည်</translation>
        </message>
    </context>
    <context>
        <name>Network</name>
        <message>
            <source>Whole programme</source>
            <translation>အစီအစဉ် တစ်ခုလုံး</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>နိုင်ငံ/ဒေသ</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>တိုင်း/ပြည်နယ်</translation>
        </message>
        <message>
            <source>, </source>
            <translation>၊ </translation>
        </message>
    </context>
    <context>
        <name>NetworkArea</name>
        <message>
            <source>Search agency, province, language (e.g. Japanese), service…</source>
            <translation>အဖွဲ့အစည်း၊ တိုင်း/ပြည်နယ်၊ ဘာသာစကား (ဥပမာ ဂျပန်)၊ ဝန်ဆောင်မှု ရှာရန်…</translation>
        </message>
        <message>
            <source>Type a language's name, such as Japanese, to find who translates into it; Enter or Down goes to the list.</source>
            <translation>ဘာသာစကားတစ်ခုသို့ ဘာသာပြန်ပေးသူကို ရှာရန် ဂျပန် ကဲ့သို့ ဘာသာစကား အမည်ကို ရိုက်ပါ။ စာရင်းသို့ သွားရန် Enter သို့မဟုတ် ↓ ကို နှိပ်ပါ။</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>အဖွဲ့အစည်းများ</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>ပြင်ဆင်ရန်…</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>ရှာရန်</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>နောက်ပြန်</translation>
        </message>
        <message>
            <source>E-business support network</source>
            <translation>အီလက်ထရောနစ် စီးပွားရေး ပံ့ပိုးမှု ကွန်ရက်</translation>
        </message>
        <message>
            <source>Published by headquarters</source>
            <translation>ဌာနချုပ်က ထုတ်ပြန်ထားသည်</translation>
        </message>
        <message>
            <source>Edit this agency's profile (Ctrl+E)</source>
            <translation>ဤအဖွဲ့အစည်း၏ အချက်အလက်များကို ပြင်ဆင်ရန် (Ctrl+E)</translation>
        </message>
        <message numerus="yes">
            <source>%n agency(ies)</source>
            <translation>
                <numerusform>အဖွဲ့အစည်း %n ခု</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 agencies</source>
            <translation>အဖွဲ့အစည်း %2 ခုအနက် %1 ခု</translation>
        </message>
        <message>
            <source>No agency matches “%1”.</source>
            <translation>“%1” နှင့် ကိုက်ညီသော အဖွဲ့အစည်း မရှိပါ။</translation>
        </message>
        <message>
            <source>No agencies yet. Headquarters publishes the support network; it arrives with the next sync.</source>
            <translation>အဖွဲ့အစည်း မရှိသေးပါ။ ပံ့ပိုးမှု ကွန်ရက်ကို ဌာနချုပ်က ထုတ်ပြန်ပြီး နောက်တစ်ကြိမ် ဒေတာ ချိန်ကိုက်သောအခါ ရောက်လာပါမည်။</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>ဆက်သွယ်ရန်</translation>
        </message>
        <message>
            <source>None listed yet.</source>
            <translation>ဝန်ဆောင်မှု စာရင်း မရှိသေးပါ။</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>ဝန်ဆောင်မှု</translation>
        </message>
        <message>
            <source>Indicative fee</source>
            <translation>ခန့်မှန်း ဝန်ဆောင်ခ</translation>
        </message>
        <message>
            <source>Language pairs</source>
            <translation>ဘာသာစကား အတွဲများ</translation>
        </message>
        <message>
            <source>edit %1</source>
            <translation>%1 ကို ပြင်ဆင်ရန်</translation>
        </message>
        <message>
            <source>Saved “%1”.</source>
            <translation>“%1” ကို သိမ်းပြီးပါပြီ။</translation>
        </message>
    </context>
    <context>
        <name>NewResponseDialog</name>
        <message>
            <source>This laptop's agency</source>
            <translation>ဤကွန်ပျူတာ၏ အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <source>New response</source>
            <translation>ဖြေဆိုချက်အသစ်</translation>
        </message>
        <message>
            <source>An SME</source>
            <translation>SME လုပ်ငန်း</translation>
        </message>
        <message>
            <source>A workshop</source>
            <translation>အလုပ်ရုံဆွေးနွေးပွဲ</translation>
        </message>
        <message>
            <source>An agency</source>
            <translation>အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <source>Type a name or phone number to find the SME</source>
            <translation>SME လုပ်ငန်းကို ရှာရန် အမည် သို့မဟုတ် ဖုန်းနံပါတ် ရိုက်ထည့်ပါ</translation>
        </message>
        <message>
            <source>No workshop</source>
            <translation>အလုပ်ရုံဆွေးနွေးပွဲ မရှိ</translation>
        </message>
        <message>
            <source>Form:</source>
            <translation>ပုံစံ:</translation>
        </message>
        <message>
            <source>About:</source>
            <translation>သက်ဆိုင်သည့်အရာ:</translation>
        </message>
        <message>
            <source>SME (optional):</source>
            <translation>SME လုပ်ငန်း (ရွေးချယ်နိုင်):</translation>
        </message>
        <message>
            <source>Agency:</source>
            <translation>အဖွဲ့အစည်း:</translation>
        </message>
        <message>
            <source>Workshop (optional):</source>
            <translation>အလုပ်ရုံဆွေးနွေးပွဲ (ရွေးချယ်နိုင်):</translation>
        </message>
        <message>
            <source>No workshops recorded yet</source>
            <translation>မှတ်တမ်းတင်ထားသော အလုပ်ရုံဆွေးနွေးပွဲ မရှိသေးပါ</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>စတင်ရန်</translation>
        </message>
        <message>
            <source>Start (Ctrl+Enter)</source>
            <translation>စတင်ရန် (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>— no SME —</source>
            <translation>— SME လုပ်ငန်း မရှိ —</translation>
        </message>
        <message>
            <source>Type a name or phone number above to find the SME.</source>
            <translation>လုပ်ငန်းကို ရှာရန် အထက်တွင် အမည် သို့မဟုတ် ဖုန်းနံပါတ် ရိုက်ထည့်ပါ။</translation>
        </message>
    </context>
    <context>
        <name>PairsDialog</name>
        <message>
            <source>Language pairs</source>
            <translation>ဘာသာစကား အတွဲများ</translation>
        </message>
        <message>
            <source>From</source>
            <translation>မူရင်း ဘာသာ</translation>
        </message>
        <message>
            <source>Into</source>
            <translation>ပြန်ဆိုမည့် ဘာသာ</translation>
        </message>
        <message>
            <source>Add pair</source>
            <translation>အတွဲ ထည့်ရန်</translation>
        </message>
        <message>
            <source>Remove pair</source>
            <translation>အတွဲ ဖယ်ရှားရန်</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>အိုကေ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ပယ်ဖျက်ရန်</translation>
        </message>
        <message>
            <source>Choose two different languages from the lists.</source>
            <translation>စာရင်းများမှ မတူညီသော ဘာသာစကား နှစ်ခုကို ရွေးပါ။</translation>
        </message>
    </context>
    <context>
        <name>PairsField</name>
        <message>
            <source>No language pairs</source>
            <translation>ဘာသာစကား အတွဲ မရှိပါ</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Passphrase</source>
            <translation>စကားဝှက်</translation>
        </message>
        <message>
            <source>To encrypt the copy, give it a passphrase; without the passphrase nobody can read it, you included. Leave both empty for a copy that is not encrypted.</source>
            <translation>မိတ္တူကို ကုဒ်ဝှက်ရန် စကားဝှက်တစ်ခု ပေးပါ- စကားဝှက် မရှိလျှင် သင်အပါအဝင် မည်သူမျှ ဖတ်၍ မရပါ။ ကုဒ်ဝှက်မထားသော မိတ္တူအတွက် အကွက်နှစ်ခုစလုံးကို ကွက်လပ် ထားပါ။</translation>
        </message>
        <message>
            <source>This backup is encrypted. Enter its passphrase.</source>
            <translation>ဤအရန်ဖိုင်ကို ကုဒ်ဝှက်ထားပါသည်။ ၎င်း၏ စကားဝှက်ကို ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Again</source>
            <translation>ထပ်မံ ထည့်ရန်</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>စကားဝှက် နှစ်ခု မတူညီပါ။</translation>
        </message>
        <message>
            <source>Enter the passphrase.</source>
            <translation>စကားဝှက်ကို ထည့်ပါ။</translation>
        </message>
    </context>
    <context>
        <name>Pickers</name>
        <message>
            <source>Choose…</source>
            <translation>ရွေးရန်…</translation>
        </message>
    </context>
    <context>
        <name>PivotModel</name>
        <message>
            <source>Value</source>
            <translation>တန်ဖိုး</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>စုစုပေါင်း</translation>
        </message>
    </context>
    <context>
        <name>PlaceChoice</name>
        <message>
            <source>Choose…</source>
            <translation>ရွေးရန်…</translation>
        </message>
        <message>
            <source>Type or choose a province</source>
            <translation>တိုင်း/ပြည်နယ်ကို ရိုက်ထည့်ပါ သို့မဟုတ် ရွေးပါ</translation>
        </message>
    </context>
    <context>
        <name>Presence</name>
        <message>
            <source>Own website</source>
            <translation>ကိုယ်ပိုင်ဝက်ဘ်ဆိုက်</translation>
        </message>
        <message>
            <source>Agency portal</source>
            <translation>အဖွဲ့အစည်း ပေါ်တယ်</translation>
        </message>
        <message>
            <source>E-marketplace</source>
            <translation>အွန်လိုင်းဈေးကွက်</translation>
        </message>
        <message>
            <source>Social media page</source>
            <translation>ဆိုရှယ်မီဒီယာ စာမျက်နှာ</translation>
        </message>
        <message>
            <source>E-procurement registration</source>
            <translation>အီလက်ထရောနစ် ဝယ်ယူရေး မှတ်ပုံတင်မှု</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>မှတ်ပုံတင်ပြီး</translation>
        </message>
        <message>
            <source>Displaying products</source>
            <translation>ထုတ်ကုန်များ ပြသနေသည်</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>လှုပ်ရှားမှု မရှိ</translation>
        </message>
    </context>
    <context>
        <name>PresenceDialog</name>
        <message>
            <source>Edit online presence</source>
            <translation>အွန်လိုင်း ချန်နယ် ပြင်ဆင်ရန်</translation>
        </message>
        <message>
            <source>Online presence</source>
            <translation>အွန်လိုင်း ချန်နယ်</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>ရွေးရန်…</translation>
        </message>
        <message>
            <source>e.g. the provincial trade portal</source>
            <translation>ဥပမာ တိုင်း/ပြည်နယ် ကုန်သွယ်ရေး ပေါ်တယ်</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>မသိရ</translation>
        </message>
        <message>
            <source>None</source>
            <translation>မရှိ</translation>
        </message>
        <message>
            <source>since</source>
            <translation>စတင်ရက်</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>အမျိုးအစား:</translation>
        </message>
        <message>
            <source>Portal or marketplace:</source>
            <translation>ပေါ်တယ် သို့မဟုတ် အွန်လိုင်းဈေးကွက်:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>ဝက်ဘ်လိပ်စာ:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>အခြေအနေ:</translation>
        </message>
        <message>
            <source>Products displayed:</source>
            <translation>ပြသထားသော ထုတ်ကုန် အရေအတွက်:</translation>
        </message>
        <message>
            <source>Set up by service:</source>
            <translation>တည်ဆောက်ပေးခဲ့သော ဝန်ဆောင်မှု:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>မှတ်ချက်:</translation>
        </message>
    </context>
    <context>
        <name>PrintNames</name>
        <message>
            <source>Characters that cannot be printed</source>
            <translation>ပုံနှိပ်၍ မရသော စာလုံးများ</translation>
        </message>
        <message>
            <source>No font of the PDF has these characters, so they would print as empty boxes: %1

They are in the names of: %2</source>
            <translation>PDF ၏ မည်သည့်ဖောင့်တွင်မျှ ဤစာလုံးများ မပါသဖြင့် ၎င်းတို့ကို အကွက်လွတ်များအဖြစ် ပုံနှိပ်မည်- %1

၎င်းတို့ပါသော အမည်များ- %2</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>ဆက်လုပ်ရန်</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ပယ်ဖျက်ရန်</translation>
        </message>
    </context>
    <context>
        <name>ProgressModel</name>
        <message>
            <source>Moved back by %1</source>
            <translation>%1 က နောက်ပြန်ရွှေ့ထားသည်</translation>
        </message>
        <message>
            <source>A score is a number from 0 to 100.</source>
            <translation>ရမှတ်သည် 0 မှ 100 အတွင်း ဂဏန်း ဖြစ်ရပါမည်။</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>တက်ရောက်သူ</translation>
        </message>
        <message>
            <source>Pre-test</source>
            <translation>သင်တန်းမတိုင်မီ စစ်ဆေးမှု</translation>
        </message>
        <message>
            <source>Post-test</source>
            <translation>သင်တန်းပြီး စစ်ဆေးမှု</translation>
        </message>
    </context>
    <context>
        <name>ProgressView</name>
        <message>
            <source>Next step (Space)</source>
            <translation>နောက်တစ်ဆင့် (Space)</translation>
        </message>
        <message>
            <source>Complete module for all selected</source>
            <translation>ရွေးထားသမျှအတွက် သင်ခန်းစာ ပြီးဆုံးကြောင်း မှတ်ရန်</translation>
        </message>
        <message>
            <source>Move back…</source>
            <translation>နောက်ပြန်ရွှေ့ရန်…</translation>
        </message>
        <message>
            <source>Move one cell's progress back; needs a reason and is recorded</source>
            <translation>အကွက်တစ်ကွက်၏ တိုးတက်မှုကို နောက်ပြန်ရွှေ့ရန်။ အကြောင်းပြချက် လိုအပ်ပြီး မှတ်တမ်းတင်ပါမည်</translation>
        </message>
        <message>
            <source>Modules: %1</source>
            <translation>သင်ခန်းစာများ: %1</translation>
        </message>
        <message>
            <source>◐ in progress   ✔ completed   ↺ moved back by an administrator. Space moves the selected cells one step forward; type a score in the test columns.</source>
            <translation>◐ သင်ယူနေဆဲ   ✔ ပြီးဆုံးပြီ   ↺ စီမံခန့်ခွဲသူက နောက်ပြန်ရွှေ့ထားသည်။ Space ဖြင့် ရွေးထားသော အကွက်များကို တစ်ဆင့် ရှေ့တိုးပါ။ စစ်ဆေးမှု ကော်လံများတွင် ရမှတ်ကို ရိုက်ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Select module cells first.</source>
            <translation>သင်ခန်းစာ အကွက်များကို ဦးစွာ ရွေးပါ။</translation>
        </message>
        <message>
            <source>Select the module cell to move back first.</source>
            <translation>နောက်ပြန်ရွှေ့မည့် သင်ခန်းစာ အကွက်ကို ဦးစွာ ရွေးပါ။</translation>
        </message>
        <message>
            <source>Progress only moves forward. To correct a mistake, use “Move back…”: it asks for a reason and records who did it.</source>
            <translation>တိုးတက်မှုသည် ရှေ့သို့သာ တိုးပါသည်။ အမှားကို ပြင်ရန် “နောက်ပြန်ရွှေ့ရန်…” ကို သုံးပါ။ ၎င်းက အကြောင်းပြချက်ကို မေးပြီး မည်သူ ပြုလုပ်သည်ကို မှတ်တမ်းတင်ပါသည်။</translation>
        </message>
    </context>
    <context>
        <name>RankModel</name>
        <message>
            <source>Rank</source>
            <translation>အဆင့်</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>လက်တွေ့ တန်ဖိုး</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>ပန်းတိုင်</translation>
        </message>
        <message>
            <source>Against target</source>
            <translation>ပန်းတိုင်နှင့် နှိုင်းယှဉ်ချက်</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>Agency</source>
            <translation>အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>ကဏ္ဍ</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>SME လုပ်ငန်း</translation>
        </message>
        <message>
            <source>Training module</source>
            <translation>သင်တန်း သင်ခန်းစာ</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>အလုပ်ရုံဆွေးနွေးပွဲ</translation>
        </message>
        <message>
            <source>Workshop day</source>
            <translation>အလုပ်ရုံဆွေးနွေးပွဲ ရက်</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>ပုဂ္ဂိုလ်</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>တက်ရောက်သူ</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>တက်ရောက်မှု</translation>
        </message>
        <message>
            <source>Module progress</source>
            <translation>သင်ခန်းစာ တိုးတက်မှု</translation>
        </message>
        <message>
            <source>E-business service</source>
            <translation>အီလက်ထရောနစ် စီးပွားရေး ဝန်ဆောင်မှု</translation>
        </message>
        <message>
            <source>Inquiry</source>
            <translation>စုံစမ်းမေးမြန်းမှု</translation>
        </message>
        <message>
            <source>Online presence</source>
            <translation>အွန်လိုင်း ချန်နယ်</translation>
        </message>
        <message>
            <source>Awareness event</source>
            <translation>အသိပညာပေးပွဲ</translation>
        </message>
        <message>
            <source>Survey form</source>
            <translation>စစ်တမ်းပုံစံ</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>ညွှန်ကိန်း</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>ပန်းတိုင်</translation>
        </message>
        <message>
            <source>Survey response</source>
            <translation>စစ်တမ်း ဖြေဆိုချက်</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>ကွဲလွဲမှု</translation>
        </message>
    </context>
    <context>
        <name>RepeatBlock</name>
        <message>
            <source>Add another</source>
            <translation>နောက်ထပ် ထည့်ရန်</translation>
        </message>
        <message>
            <source>None yet. Press “Add another” to add one.</source>
            <translation>မရှိသေးပါ။ ထည့်ရန် “နောက်ထပ် ထည့်ရန်” ကို နှိပ်ပါ။</translation>
        </message>
        <message>
            <source>%1 — no. %2</source>
            <translation>%1 — အမှတ် %2</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>ဖယ်ရှားရန်</translation>
        </message>
        <message>
            <source>Remove %1 — no. %2 and its answers?</source>
            <translation>%1 — အမှတ် %2 နှင့် ၎င်း၏ အဖြေများကို ဖယ်ရှားမလား?</translation>
        </message>
    </context>
    <context>
        <name>ReportFilters</name>
        <message>
            <source>Kind of period</source>
            <translation>ကာလ အမျိုးအစား</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>နှစ်</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>သုံးလပတ်</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>လ</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>ရက်စွဲ အပိုင်းအခြား</translation>
        </message>
        <message>
            <source>Quarter or month</source>
            <translation>သုံးလပတ် သို့မဟုတ် လ</translation>
        </message>
        <message>
            <source>From</source>
            <translation>စတင်ရက်</translation>
        </message>
        <message>
            <source>To</source>
            <translation>ပြီးဆုံးရက်</translation>
        </message>
        <message>
            <source>All economies</source>
            <translation>နိုင်ငံ/ဒေသ အားလုံး</translation>
        </message>
        <message>
            <source>All provinces</source>
            <translation>တိုင်း/ပြည်နယ် အားလုံး</translation>
        </message>
        <message>
            <source>All agencies</source>
            <translation>အဖွဲ့အစည်း အားလုံး</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <source>All sectors</source>
            <translation>ကဏ္ဍအားလုံး</translation>
        </message>
        <message>
            <source>Women and men</source>
            <translation>အမျိုးသမီးနှင့် အမျိုးသား</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>ကျား/မ</translation>
        </message>
        <message>
            <source>Counts people of one sex, for the indicators that count people by sex; the others show that they are not counted by sex.</source>
            <translation>လူကို ကျား/မ အလိုက် ရေတွက်သော ညွှန်ကိန်းများအတွက် ကျား/မ တစ်မျိုးတည်းကိုသာ ရေတွက်သည်။ အခြား ညွှန်ကိန်းများတွင် ကျား/မ အလိုက် မရေတွက်ကြောင်း ပြပါမည်။</translation>
        </message>
        <message>
            <source>Q%1</source>
            <translation>သုံးလပတ် %1</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Awareness-raising and training</source>
            <translation>အသိပညာပေးခြင်းနှင့် သင်တန်း</translation>
        </message>
        <message>
            <source>E-business support network</source>
            <translation>အီလက်ထရောနစ် စီးပွားရေး ပံ့ပိုးမှု ကွန်ရက်</translation>
        </message>
        <message>
            <source>E-marketplaces and e-procurement</source>
            <translation>အွန်လိုင်းဈေးကွက်များနှင့် အီလက်ထရောနစ် ဝယ်ယူရေး</translation>
        </message>
        <message>
            <source>From surveys</source>
            <translation>စစ်တမ်းများမှ</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>လမ်းကြောင်း</translation>
        </message>
        <message>
            <source>Record id</source>
            <translation>မှတ်တမ်းအမှတ်</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>နိုင်ငံ/ဒေသ</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>ကျား/မ</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>SME လုပ်ငန်း</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>အလုပ်ရုံဆွေးနွေးပွဲ</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>တက်ရောက်သူ ဦးရေ</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>ဟုတ်ကဲ့</translation>
        </message>
        <message>
            <source>No</source>
            <translation>မဟုတ်ပါ</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>တိုင်း/ပြည်နယ်</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>ကဏ္ဍ</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>သင်တန်းအဆင့်</translation>
        </message>
        <message>
            <source>Type of service</source>
            <translation>ဝန်ဆောင်မှု အမျိုးအစား</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>နည်းလမ်း</translation>
        </message>
        <message>
            <source>Kind of event</source>
            <translation>ပွဲ အမျိုးအစား</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>မှတ်တမ်းမတင်ရ</translation>
        </message>
        <message>
            <source>Q%1 %2</source>
            <translation>%2 ခုနှစ် သုံးလပတ် %1</translation>
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
            <translation>ပန်းတိုင် ပြည့်မီ</translation>
        </message>
        <message>
            <source>Near target</source>
            <translation>ပန်းတိုင်နှင့် နီးကပ်</translation>
        </message>
        <message>
            <source>Behind target</source>
            <translation>ပန်းတိုင်ထက် နောက်ကျ</translation>
        </message>
        <message>
            <source>No target</source>
            <translation>ပန်းတိုင် မရှိ</translation>
        </message>
    </context>
    <context>
        <name>ReportsArea</name>
        <message>
            <source>Dashboard</source>
            <translation>ဒက်ရှ်ဘုတ်</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>ခွဲခြမ်းစိတ်ဖြာချက်</translation>
        </message>
        <message>
            <source>Benchmarking</source>
            <translation>နှိုင်းယှဉ်ချက်</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>ပန်းတိုင်များ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ပယ်ဖျက်ရန်</translation>
        </message>
        <message>
            <source>Report pack…</source>
            <translation>အစီရင်ခံစာ အစုံ…</translation>
        </message>
        <message>
            <source>These figures for headquarters and donors: a PDF and an XLSX workbook, in the language you choose</source>
            <translation>ဌာနချုပ်နှင့် အလှူရှင်များအတွက် ဤကိန်းဂဏန်းများ- PDF ဖိုင်တစ်ခုနှင့် XLSX Excel ဖိုင်တစ်ခု၊ သင်ရွေးသော ဘာသာစကားဖြင့်</translation>
        </message>
        <message>
            <source>Compute again</source>
            <translation>ပြန်တွက်ရန်</translation>
        </message>
        <message>
            <source>Indicators against targets</source>
            <translation>ပန်းတိုင်နှင့် နှိုင်းယှဉ်ထားသော ညွှန်ကိန်းများ</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>တွက်ချက်နေသည်…</translation>
        </message>
        <message>
            <source>Stopped. Press F5 to compute again.</source>
            <translation>ရပ်လိုက်ပါပြီ။ ပြန်တွက်ရန် F5 ကို နှိပ်ပါ။</translation>
        </message>
        <message>
            <source>The figures could not be computed.</source>
            <translation>ကိန်းဂဏန်းများကို တွက်ချက်၍ မရပါ။</translation>
        </message>
        <message>
            <source>Report pack</source>
            <translation>အစီရင်ခံစာ အစုံ</translation>
        </message>
        <message>
            <source>Language of the pack:</source>
            <translation>အစီရင်ခံစာ အစုံ၏ ဘာသာစကား:</translation>
        </message>
        <message>
            <source>Indicators against targets %1.pdf</source>
            <translation>ပန်းတိုင်နှင့် နှိုင်းယှဉ်ထားသော ညွှန်ကိန်းများ %1.pdf</translation>
        </message>
        <message>
            <source>Save the report pack</source>
            <translation>အစီရင်ခံစာ အစုံကို သိမ်းရန်</translation>
        </message>
        <message>
            <source>PDF file (*.pdf)</source>
            <translation>PDF ဖိုင် (*.pdf)</translation>
        </message>
        <message>
            <source>Making the report pack…</source>
            <translation>အစီရင်ခံစာ အစုံကို ပြုလုပ်နေသည်…</translation>
        </message>
        <message>
            <source>The report pack was cancelled; no file was left half written.</source>
            <translation>အစီရင်ခံစာ အစုံကို ပယ်ဖျက်လိုက်ပါပြီ။ တစ်ဝက်တစ်ပျက် ရေးထားသော ဖိုင် မကျန်ပါ။</translation>
        </message>
        <message>
            <source>The report pack was cancelled.</source>
            <translation>အစီရင်ခံစာ အစုံကို ပယ်ဖျက်လိုက်ပါပြီ။</translation>
        </message>
        <message>
            <source>Report pack written: %1 and %2.</source>
            <translation>အစီရင်ခံစာ အစုံကို ရေးသားပြီးပါပြီ: %1 နှင့် %2။</translation>
        </message>
        <message>
            <source>The report pack could not be written.</source>
            <translation>အစီရင်ခံစာ အစုံကို ရေးသား၍ မရပါ။</translation>
        </message>
    </context>
    <context>
        <name>RevertDialog</name>
        <message>
            <source>Move progress back</source>
            <translation>တိုးတက်မှုကို နောက်ပြန်ရွှေ့ရန်</translation>
        </message>
        <message>
            <source>Progress only moves forward. Moving it back is recorded with your name and the reason, and headquarters sees it.

%1 — %2: now “%3”.</source>
            <translation>တိုးတက်မှုသည် ရှေ့သို့သာ တိုးပါသည်။ နောက်ပြန်ရွှေ့ခြင်းကို သင့်အမည်နှင့် အကြောင်းပြချက်နှင့်အတူ မှတ်တမ်းတင်ပြီး ဌာနချုပ်က မြင်ရပါမည်။

%1 — %2: ယခု “%3”။</translation>
        </message>
        <message>
            <source>Move back to:</source>
            <translation>နောက်ပြန်ရွှေ့မည့် အဆင့်:</translation>
        </message>
        <message>
            <source>Reason (required):</source>
            <translation>အကြောင်းပြချက် (မဖြစ်မနေ ထည့်ရန်):</translation>
        </message>
        <message>
            <source>Your name:</source>
            <translation>သင့်အမည်:</translation>
        </message>
        <message>
            <source>Move back</source>
            <translation>နောက်ပြန်ရွှေ့ရန်</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ပယ်ဖျက်ရန်</translation>
        </message>
        <message>
            <source>Say why the progress is moved back.</source>
            <translation>တိုးတက်မှုကို နောက်ပြန်ရွှေ့ရသည့် အကြောင်းပြချက်ကို ဖော်ပြပါ။</translation>
        </message>
        <message>
            <source>Enter your name.</source>
            <translation>သင့်အမည် ထည့်ပါ။</translation>
        </message>
        <message>
            <source>There is nothing earlier to move back to.</source>
            <translation>နောက်ပြန်ရွှေ့ရန် ယခင်အဆင့် မရှိပါ။</translation>
        </message>
    </context>
    <context>
        <name>RosterModel</name>
        <message>
            <source>present</source>
            <translation>ရောက်ရှိပြီ</translation>
        </message>
        <message>
            <source>not yet here</source>
            <translation>မရောက်သေးပါ</translation>
        </message>
        <message>
            <source>Here</source>
            <translation>ရောက်ရှိ</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>အမည်</translation>
        </message>
        <message>
            <source>Name (Latin letters)</source>
            <translation>အမည် (အင်္ဂလိပ်အက္ခရာ)</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>SME လုပ်ငန်း</translation>
        </message>
    </context>
    <context>
        <name>SelectOneWidget</name>
        <message>
            <source>— not answered —</source>
            <translation>— မဖြေရသေးပါ —</translation>
        </message>
    </context>
    <context>
        <name>ServiceDialog</name>
        <message>
            <source>Edit service</source>
            <translation>ဝန်ဆောင်မှု ပြင်ဆင်ရန်</translation>
        </message>
        <message>
            <source>Service delivered</source>
            <translation>ပေးအပ်ခဲ့သော ဝန်ဆောင်မှု</translation>
        </message>
        <message>
            <source>0 when free of charge</source>
            <translation>အခမဲ့ ဖြစ်လျှင် 0</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>ပေးချေပြီး</translation>
        </message>
        <message>
            <source>The SME has paid the fee.</source>
            <translation>SME လုပ်ငန်းက ဝန်ဆောင်ခကို ပေးချေပြီးပါပြီ။</translation>
        </message>
        <message>
            <source>e.g. 12 products listed on the provincial portal; 3 inquiries in the first month</source>
            <translation>ဥပမာ တိုင်း/ပြည်နယ် ပေါ်တယ်တွင် ထုတ်ကုန် 12 မျိုး တင်ထားသည်၊ ပထမလတွင် စုံစမ်းမေးမြန်းမှု 3 ခု ရရှိသည်</translation>
        </message>
        <message>
            <source>Service:</source>
            <translation>ဝန်ဆောင်မှု:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>ရက်စွဲ:</translation>
        </message>
        <message>
            <source>Staff:</source>
            <translation>ဝန်ထမ်း:</translation>
        </message>
        <message>
            <source>Fee charged:</source>
            <translation>ကောက်ခံသော ဝန်ဆောင်ခ:</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>ရလဒ်:</translation>
        </message>
    </context>
    <context>
        <name>ServicesEditor</name>
        <message>
            <source>Service</source>
            <translation>ဝန်ဆောင်မှု</translation>
        </message>
        <message>
            <source>Indicative fee</source>
            <translation>ခန့်မှန်း ဝန်ဆောင်ခ</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>ငွေကြေး</translation>
        </message>
        <message>
            <source>Language pairs</source>
            <translation>ဘာသာစကား အတွဲများ</translation>
        </message>
        <message>
            <source>e.g. 50 per page</source>
            <translation>ဥပမာ တစ်မျက်နှာလျှင် 50</translation>
        </message>
        <message>
            <source>For translation: each language pair, from one language into another.</source>
            <translation>ဘာသာပြန်ရန်အတွက်: ဘာသာစကား အတွဲတစ်ခုစီ (ဘာသာစကားတစ်ခုမှ အခြားတစ်ခုသို့)။</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>ဖယ်ရှားရန်</translation>
        </message>
        <message>
            <source>Remove this service</source>
            <translation>ဤဝန်ဆောင်မှုကို ဖယ်ရှားရန်</translation>
        </message>
    </context>
    <context>
        <name>ServicesView</name>
        <message>
            <source>Free</source>
            <translation>အခမဲ့</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>ပေးချေပြီး</translation>
        </message>
        <message>
            <source>Not paid</source>
            <translation>မပေးချေရသေး</translation>
        </message>
        <message>
            <source>All services</source>
            <translation>ဝန်ဆောင်မှု အားလုံး</translation>
        </message>
        <message>
            <source>Paid or not</source>
            <translation>ပေးချေပြီး သို့မဟုတ် မပေးချေရသေး</translation>
        </message>
        <message numerus="yes">
            <source>%Ln service(s)</source>
            <translation>
                <numerusform>ဝန်ဆောင်မှု %Ln ခု</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 with a fee, %2 free</source>
            <translation>ဝန်ဆောင်ခ ရှိ %1၊ အခမဲ့ %2</translation>
        </message>
        <message>
            <source>%1 (paid %2, not paid %3)</source>
            <translation>%1 (ပေးချေပြီး %2၊ မပေးချေရသေး %3)</translation>
        </message>
        <message>
            <source>Fees: %1</source>
            <translation>ဝန်ဆောင်ခ: %1</translation>
        </message>
        <message>
            <source>Export services</source>
            <translation>ဝန်ဆောင်မှု ဒေတာ ထုတ်ယူရန်</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln service(s) to %1.</source>
            <translation>
                <numerusform>ဝန်ဆောင်မှု %Ln ခုကို %1 သို့ ထုတ်ယူပြီးပါပြီ။</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsArea</name>
        <message>
            <source>Apply language</source>
            <translation>ဘာသာစကား ပြောင်းရန်</translation>
        </message>
        <message>
            <source>Your full name, as colleagues know you</source>
            <translation>လုပ်ဖော်ကိုင်ဖက်များ သိကြသည့် သင်၏ အမည်အပြည့်အစုံ</translation>
        </message>
        <message>
            <source>Allow unencrypted connections (http://) to a sync server on the local network</source>
            <translation>ဒေသတွင်း ကွန်ရက်ရှိ ဒေတာ ချိန်ကိုက်သည့် ဆာဗာသို့ ကုဒ်ဝှက်မထားသော ချိတ်ဆက်မှု (http://) ကို ခွင့်ပြုရန်</translation>
        </message>
        <message>
            <source>Such a connection is not encrypted: anyone on the network can read what is sent, this computer's sync key included.</source>
            <translation>ထိုသို့သော ချိတ်ဆက်မှုကို ကုဒ်ဝှက်ထားခြင်း မရှိပါ- ကွန်ရက်ပေါ်ရှိ မည်သူမဆို ပို့သမျှကို ဖတ်နိုင်ပြီး ဤကွန်ပျူတာ၏ ဒေတာ ချိန်ကိုက်ရေး ကီးလည်း ပါဝင်ပါသည်။</translation>
        </message>
        <message>
            <source>Automatic (%1)</source>
            <translation>အလိုအလျောက် (%1)</translation>
        </message>
        <message>
            <source>Automatic sets Khmer, Lao and Burmese a little larger than the other languages. Windows opened from now on use the new size.</source>
            <translation>“အလိုအလျောက်” သည် ခမာ၊ လာအိုနှင့် မြန်မာ စာလုံးများကို အခြား ဘာသာစကားများထက် အနည်းငယ် ကြီးစေပါသည်။ ယခုမှစ၍ ဖွင့်သော ဝင်းဒိုးများတွင် အရွယ်အစားအသစ်ကို အသုံးပြုပါမည်။</translation>
        </message>
        <message>
            <source>Buddhist era: %1</source>
            <translation>သာသနာနှစ်: %1</translation>
        </message>
        <message>
            <source>Gregorian: %1</source>
            <translation>ခရစ်နှစ်: %1</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ဘာသာစကား</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>စာလုံး အရွယ်အစား</translation>
        </message>
        <message>
            <source>Digits</source>
            <translation>ဂဏန်းများ</translation>
        </message>
        <message>
            <source>Years in Thai</source>
            <translation>ထိုင်းဘာသာရှိ ခုနှစ်များ</translation>
        </message>
        <message>
            <source>Your name (saved with every change)</source>
            <translation>သင့်အမည် (ပြောင်းလဲမှုတိုင်းနှင့်အတူ မှတ်တမ်းတင်ပါမည်)</translation>
        </message>
        <message>
            <source>Your agency's economy and province</source>
            <translation>သင့်အဖွဲ့အစည်း၏ နိုင်ငံ/ဒေသနှင့် တိုင်း/ပြည်နယ်</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>စီမံခန့်ခွဲသူ</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>ဒေတာ ချိန်ကိုက်ခြင်း</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>ဒေတာ ဖိုင်တွဲ</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>ဗားရှင်း</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>ဆက်တင်များ</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>လက်မှတ်များ</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>အရန်ဖိုင်များ</translation>
        </message>
    </context>
    <context>
        <name>SmeActivityDialog</name>
        <message>
            <source>Training and services — %1</source>
            <translation>သင်တန်းနှင့် ဝန်ဆောင်မှုများ — %1</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>ပုဂ္ဂိုလ်</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>အလုပ်ရုံဆွေးနွေးပွဲ</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>ပြီးဆုံးမှု</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>Modules completed</source>
            <translation>ပြီးဆုံးသော သင်ခန်းစာများ</translation>
        </message>
        <message>
            <source>Last step</source>
            <translation>နောက်ဆုံး အဆင့်</translation>
        </message>
        <message>
            <source>People and modules</source>
            <translation>လူများနှင့် သင်ခန်းစာများ</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>ရက်စွဲ</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>ဝန်ဆောင်မှု</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>ဝန်ထမ်း</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>ဝန်ဆောင်ခ</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>အခမဲ့</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>ပေးချေပြီး</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>ဟုတ်ကဲ့</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>ရလဒ်</translation>
        </message>
        <message>
            <source>Add service…</source>
            <translation>ဝန်ဆောင်မှု ထည့်ရန်…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>ပြင်ဆင်ရန်…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ဖျက်ရန်</translation>
        </message>
        <message>
            <source>E-business services delivered</source>
            <translation>ပေးအပ်ခဲ့သော အီလက်ထရောနစ် စီးပွားရေး ဝန်ဆောင်မှုများ</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>အမျိုးအစား</translation>
        </message>
        <message>
            <source>Portal or marketplace</source>
            <translation>ပေါ်တယ် သို့မဟုတ် အွန်လိုင်းဈေးကွက်</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>အခြေအနေ</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>စတင်သည့်ရက်</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>ထုတ်ကုန်များ</translation>
        </message>
        <message>
            <source>Add presence…</source>
            <translation>အွန်လိုင်း ချန်နယ် ထည့်ရန်…</translation>
        </message>
        <message>
            <source>Online presence</source>
            <translation>အွန်လိုင်း ချန်နယ်</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>ရရှိသည့်ရက်</translation>
        </message>
        <message>
            <source>From</source>
            <translation>နိုင်ငံ</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>နည်းလမ်း</translation>
        </message>
        <message>
            <source>Through</source>
            <translation>ရောက်လာသည့် လမ်းကြောင်း</translation>
        </message>
        <message>
            <source>Order value</source>
            <translation>မှာယူမှု တန်ဖိုး</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>မှတ်ချက်</translation>
        </message>
        <message>
            <source>Add inquiry…</source>
            <translation>စုံစမ်းမေးမြန်းမှု ထည့်ရန်…</translation>
        </message>
        <message>
            <source>Inquiries received</source>
            <translation>လက်ခံရရှိသော စုံစမ်းမေးမြန်းမှုများ</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ပိတ်ရန်</translation>
        </message>
        <message>
            <source>Nobody from this SME has been to training yet.</source>
            <translation>ဤလုပ်ငန်းမှ သင်တန်းတက်ဖူးသူ မရှိသေးပါ။</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) of this SME known from training.</source>
            <translation>
                <numerusform>သင်တန်းမှတ်တမ်းအရ ဤ SME လုပ်ငန်းမှ လူ %n ဦး ရှိသည်။</numerusform>
            </translation>
        </message>
        <message>
            <source>No module completed yet.</source>
            <translation>ပြီးဆုံးသည့် မော်ဂျူး မရှိသေးပါ။</translation>
        </message>
        <message numerus="yes">
            <source>%n module(s) completed</source>
            <translation>
                <numerusform>သင်ခန်းစာ %n ခုကို</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>by %n of them.</source>
            <translation>
                <numerusform>၎င်းတို့အနက် %n ဦးက ပြီးဆုံးထားသည်။</numerusform>
            </translation>
        </message>
        <message>
            <source>An online presence</source>
            <translation>အွန်လိုင်း ချန်နယ် တစ်ခု</translation>
        </message>
        <message>
            <source>A service</source>
            <translation>ဝန်ဆောင်မှု တစ်ခု</translation>
        </message>
        <message>
            <source>add service</source>
            <translation>ဝန်ဆောင်မှု ထည့်ခြင်း</translation>
        </message>
        <message>
            <source>Service added.</source>
            <translation>ဝန်ဆောင်မှု ထည့်ပြီးပါပြီ။</translation>
        </message>
        <message>
            <source>edit service</source>
            <translation>ဝန်ဆောင်မှု ပြင်ဆင်ခြင်း</translation>
        </message>
        <message>
            <source>Service saved.</source>
            <translation>ဝန်ဆောင်မှုကို သိမ်းပြီးပါပြီ။</translation>
        </message>
        <message>
            <source>delete service</source>
            <translation>ဝန်ဆောင်မှု ဖျက်ခြင်း</translation>
        </message>
        <message>
            <source>Service deleted. Undo with Ctrl+Z.</source>
            <translation>ဝန်ဆောင်မှုကို ဖျက်ပြီးပါပြီ။ Ctrl+Z ဖြင့် နောက်ပြန်နိုင်သည်။</translation>
        </message>
        <message>
            <source>add online presence</source>
            <translation>အွန်လိုင်း ချန်နယ် ထည့်ခြင်း</translation>
        </message>
        <message>
            <source>Online presence added.</source>
            <translation>အွန်လိုင်း ချန်နယ် ထည့်ပြီးပါပြီ။</translation>
        </message>
        <message>
            <source>edit online presence</source>
            <translation>အွန်လိုင်း ချန်နယ် ပြင်ဆင်ခြင်း</translation>
        </message>
        <message>
            <source>Online presence saved.</source>
            <translation>အွန်လိုင်း ချန်နယ်ကို သိမ်းပြီးပါပြီ။</translation>
        </message>
        <message>
            <source>delete online presence</source>
            <translation>အွန်လိုင်း ချန်နယ် ဖျက်ခြင်း</translation>
        </message>
        <message>
            <source>Online presence deleted. Undo with Ctrl+Z.</source>
            <translation>အွန်လိုင်း ချန်နယ်ကို ဖျက်ပြီးပါပြီ။ Ctrl+Z ဖြင့် နောက်ပြန်နိုင်သည်။</translation>
        </message>
        <message>
            <source>add inquiry</source>
            <translation>စုံစမ်းမေးမြန်းမှု ထည့်ခြင်း</translation>
        </message>
        <message>
            <source>Inquiry added.</source>
            <translation>စုံစမ်းမေးမြန်းမှု ထည့်ပြီးပါပြီ။</translation>
        </message>
        <message>
            <source>edit inquiry</source>
            <translation>စုံစမ်းမေးမြန်းမှု ပြင်ဆင်ခြင်း</translation>
        </message>
        <message>
            <source>Inquiry saved.</source>
            <translation>စုံစမ်းမေးမြန်းမှုကို သိမ်းပြီးပါပြီ။</translation>
        </message>
        <message>
            <source>delete inquiry</source>
            <translation>စုံစမ်းမေးမြန်းမှု ဖျက်ခြင်း</translation>
        </message>
        <message>
            <source>Inquiry deleted. Undo with Ctrl+Z.</source>
            <translation>စုံစမ်းမေးမြန်းမှုကို ဖျက်ပြီးပါပြီ။ Ctrl+Z ဖြင့် နောက်ပြန်နိုင်သည်။</translation>
        </message>
    </context>
    <context>
        <name>SmeArea</name>
        <message>
            <source>Undo</source>
            <translation>နောက်ပြန်</translation>
        </message>
        <message>
            <source>SMEs</source>
            <translation>SME လုပ်ငန်းများ</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>ဝန်ဆောင်မှုများ</translation>
        </message>
        <message>
            <source>Inquiries</source>
            <translation>စုံစမ်းမေးမြန်းမှုများ</translation>
        </message>
        <message>
            <source>New SME</source>
            <translation>SME လုပ်ငန်းသစ်</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>ပြင်ဆင်ရန်</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ဖျက်ရန်</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>ပြန်ယူရန်</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>တင်သွင်းရန်…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>ထုတ်ယူရန်…</translation>
        </message>
        <message>
            <source>Training and services…</source>
            <translation>သင်တန်းနှင့် ဝန်ဆောင်မှုများ…</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>ရှာရန်</translation>
        </message>
        <message>
            <source>Search name, phone, registration number, contact…</source>
            <translation>အမည်၊ ဖုန်း၊ မှတ်ပုံတင်အမှတ်၊ ဆက်သွယ်ရမည့်သူ ရှာရန်…</translation>
        </message>
        <message>
            <source>All sectors</source>
            <translation>ကဏ္ဍအားလုံး</translation>
        </message>
        <message>
            <source>All economies</source>
            <translation>နိုင်ငံ/ဒေသ အားလုံး</translation>
        </message>
        <message>
            <source>Any ICT level</source>
            <translation>ICT အဆင့် အားလုံး</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <source>All agencies</source>
            <translation>အဖွဲ့အစည်း အားလုံး</translation>
        </message>
        <message>
            <source>Deleted SMEs</source>
            <translation>ဖျက်ထားသည်များ</translation>
        </message>
        <message>
            <source>Show deleted SMEs, to restore them</source>
            <translation>ဖျက်ထားသော SME လုပ်ငန်းများကို ပြန်ယူနိုင်ရန် ပြပါ</translation>
        </message>
        <message>
            <source>All provinces</source>
            <translation>တိုင်း/ပြည်နယ် အားလုံး</translation>
        </message>
        <message numerus="yes">
            <source>%n SME(s)</source>
            <translation>
                <numerusform>SME လုပ်ငန်း %n ခု</numerusform>
            </translation>
        </message>
        <message>
            <source>More than %1 SMEs</source>
            <translation>SME လုပ်ငန်း %1 ခုထက် ပိုသည်</translation>
        </message>
        <message>
            <source>The list could not be loaded: %1</source>
            <translation>စာရင်းကို ဖွင့်၍ မရပါ: %1</translation>
        </message>
        <message>
            <source>add %1</source>
            <translation>%1 ထည့်ခြင်း</translation>
        </message>
        <message>
            <source>Saved “%1”.</source>
            <translation>“%1” ကို သိမ်းပြီးပါပြီ။</translation>
        </message>
        <message>
            <source>edit %1</source>
            <translation>%1 ပြင်ဆင်ခြင်း</translation>
        </message>
        <message>
            <source>Nothing was deleted: the backup made first was stopped.</source>
            <translation>ဦးစွာ ပြုလုပ်နေသော အရန်ဖိုင်ကို ရပ်လိုက်သဖြင့် မည်သည့်အရာကိုမျှ မဖျက်ရပါ။</translation>
        </message>
        <message>
            <source>Deleted “%1”.</source>
            <translation>“%1” ကို ဖျက်ပြီးပါပြီ။</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n SME(s).</source>
            <translation>
                <numerusform>SME လုပ်ငန်း %n ခုကို ဖျက်ပြီးပါပြီ။</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>delete %n SME(s)</source>
            <translation>
                <numerusform>SME လုပ်ငန်း %n ခု ဖျက်ခြင်း</numerusform>
            </translation>
        </message>
        <message>
            <source>Undo with Ctrl+Z, or find it under Deleted SMEs.</source>
            <translation>Ctrl+Z ဖြင့် နောက်ပြန်နိုင်သည်၊ သို့မဟုတ် “ဖျက်ထားသည်များ” တွင် ရှာပါ။</translation>
        </message>
        <message numerus="yes">
            <source>restore %n SME(s)</source>
            <translation>
                <numerusform>SME လုပ်ငန်း %n ခု ပြန်ယူခြင်း</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %n SME(s).</source>
            <translation>
                <numerusform>SME လုပ်ငန်း %n ခုကို ပြန်ယူပြီးပါပြီ။</numerusform>
            </translation>
        </message>
        <message>
            <source>Export SMEs</source>
            <translation>SME လုပ်ငန်း ဒေတာ ထုတ်ယူရန်</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translation>Excel ဖိုင် (*.xlsx);;CSV ဖိုင် (*.csv)</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>ထုတ်ယူခြင်းကို ပယ်ဖျက်လိုက်ပါပြီ။ မည်သည့်ဖိုင်မျှ မရေးသားရပါ။</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n SME(s) to %1.</source>
            <translation>
                <numerusform>SME လုပ်ငန်း %n ခုကို %1 သို့ ထုတ်ယူပြီးပါပြီ။</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting SMEs</source>
            <translation>SME လုပ်ငန်း ဒေတာ ထုတ်ယူနေသည်</translation>
        </message>
    </context>
    <context>
        <name>SmeFormDialog</name>
        <message>
            <source>New SME</source>
            <translation>SME လုပ်ငန်းသစ်</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>လုပ်ငန်း</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>တည်နေရာ</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>ဆက်သွယ်ရန်</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>အရွယ်အစား</translation>
        </message>
        <message>
            <source>Edit SME — %1</source>
            <translation>SME လုပ်ငန်း ပြင်ဆင်ရန် — %1</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>မှတ်ချက်</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>သိမ်းရန်</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>သိမ်းရန် (Ctrl+S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ပယ်ဖျက်ရန်</translation>
        </message>
        <message>
            <source>Added by %1, %2</source>
            <translation>%1 က ထည့်သွင်းခဲ့သည်၊ %2</translation>
        </message>
        <message>
            <source>last changed by %1, %2</source>
            <translation>နောက်ဆုံး ပြင်ဆင်သူ %1၊ %2</translation>
        </message>
        <message>
            <source>agency: %1</source>
            <translation>အဖွဲ့အစည်း: %1</translation>
        </message>
        <message>
            <source>Add sector…</source>
            <translation>ကဏ္ဍ ထည့်ရန်…</translation>
        </message>
        <message>
            <source>ICT and e-business use</source>
            <translation>ICT နှင့် အီလက်ထရောနစ် စီးပွားရေး အသုံးပြုမှု</translation>
        </message>
        <message>
            <source>Add sector</source>
            <translation>ကဏ္ဍ ထည့်ရန်</translation>
        </message>
        <message>
            <source>Name of the new sector:</source>
            <translation>ကဏ္ဍအသစ်၏ အမည်:</translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>ပြောင်းလဲမှုများကို စွန့်ပစ်မလား?</translation>
        </message>
        <message>
            <source>Discard your changes?</source>
            <translation>သင် ပြုလုပ်ထားသော ပြောင်းလဲမှုများကို စွန့်ပစ်မလား?</translation>
        </message>
        <message>
            <source>same name</source>
            <translation>အမည်တူ</translation>
        </message>
        <message>
            <source>similar name</source>
            <translation>အမည်ဆင်တူ</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>ဖုန်းနံပါတ်တူ</translation>
        </message>
        <message>
            <source>same registration number</source>
            <translation>မှတ်ပုံတင်အမှတ်တူ</translation>
        </message>
        <message>
            <source>This business may already be registered. Open it instead of adding it again, or save if it is a different one:</source>
            <translation>ဤလုပ်ငန်းကို မှတ်ပုံတင်ပြီး ဖြစ်နိုင်ပါသည်။ ထပ်မထည့်ဘဲ ရှိပြီးသားကို ဖွင့်ပါ၊ သို့မဟုတ် အခြားလုပ်ငန်း ဖြစ်ပါက သိမ်းပါ:</translation>
        </message>
        <message>
            <source>, </source>
            <translation>၊ </translation>
        </message>
        <message>
            <source>Open this one</source>
            <translation>ဤလုပ်ငန်းကို ဖွင့်ရန်</translation>
        </message>
    </context>
    <context>
        <name>SmeTableModel</name>
        <message>
            <source>Agency</source>
            <translation>အဖွဲ့အစည်း</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Where to start</source>
            <translation>စတင်ရန် လမ်းညွှန်</translation>
        </message>
        <message>
            <source>A few first steps; press F1 at any time for the keyboard shortcuts and a short guide.</source>
            <translation>ပထမဆုံး ခြေလှမ်း အနည်းငယ်။ ကီးဘုတ် ဖြတ်လမ်းများနှင့် လမ်းညွှန် အတိုကို ကြည့်ရန် အချိန်မရွေး F1 ကို နှိပ်ပါ။</translation>
        </message>
        <message>
            <source>&lt;b&gt;Register an SME&lt;/b&gt; in SMEs, with New SME: GMS Desk tells you when the business may be registered already.</source>
            <translation>&lt;b&gt;SME လုပ်ငန်း မှတ်ပုံတင်ရန်&lt;/b&gt; - “SME လုပ်ငန်းများ” တွင် “SME လုပ်ငန်းသစ်” ဖြင့်။ လုပ်ငန်းကို မှတ်ပုံတင်ပြီးသား ဖြစ်နိုင်သည့်အခါ GMS Desk က အသိပေးပါမည်။</translation>
        </message>
        <message>
            <source>&lt;b&gt;Plan a workshop&lt;/b&gt; in Training, with New workshop: enrol people, then mark attendance and progress, and print certificates.</source>
            <translation>&lt;b&gt;အလုပ်ရုံဆွေးနွေးပွဲ စီစဉ်ရန်&lt;/b&gt; - “သင်တန်း” တွင် “အလုပ်ရုံဆွေးနွေးပွဲ အသစ်” ဖြင့်။ လူများကို စာရင်းသွင်းပြီး တက်ရောက်မှုနှင့် တိုးတက်မှုကို မှတ်သားကာ လက်မှတ်များ ပုံနှိပ်ပါ။</translation>
        </message>
        <message>
            <source>&lt;b&gt;Run a survey&lt;/b&gt; in Surveys, with New response, for an SME.</source>
            <translation>&lt;b&gt;စစ်တမ်း ကောက်ယူရန်&lt;/b&gt; - “စစ်တမ်း” တွင် “ဖြေဆိုချက်အသစ်” ဖြင့် SME လုပ်ငန်းတစ်ခုအတွက်။</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sync&lt;/b&gt; in Sync: enrol this computer once with the code headquarters gave you; your changes are then sent whenever there is a connection.</source>
            <translation>&lt;b&gt;ဒေတာ ချိန်ကိုက်ရန်&lt;/b&gt; - “ဒေတာ ချိန်ကိုက်ခြင်း” တွင် ဌာနချုပ်က ပေးသော ကုဒ်ဖြင့် ဤကွန်ပျူတာကို တစ်ကြိမ် မှတ်ပုံတင်ပါ။ ထို့နောက် ချိတ်ဆက်မှု ရှိတိုင်း သင်၏ ပြောင်းလဲမှုများကို ပို့ပါမည်။</translation>
        </message>
    </context>
    <context>
        <name>SummaryWindow</name>
        <message>
            <source>All versions</source>
            <translation>ဗားရှင်းအားလုံး</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>ဗားရှင်း %1</translation>
        </message>
        <message>
            <source>All provinces</source>
            <translation>တိုင်း/ပြည်နယ် အားလုံး</translation>
        </message>
        <message>
            <source>All sectors</source>
            <translation>ကဏ္ဍအားလုံး</translation>
        </message>
        <message>
            <source>From</source>
            <translation>စရက်</translation>
        </message>
        <message>
            <source>to</source>
            <translation>ဆုံးရက်</translation>
        </message>
        <message>
            <source>Labels in:</source>
            <translation>ဖော်ပြမည့် ဘာသာစကား:</translation>
        </message>
        <message>
            <source>Export responses (CSV/XLSX)…</source>
            <translation>ဖြေဆိုချက်များ ထုတ်ယူရန် (CSV/XLSX)…</translation>
        </message>
        <message>
            <source>Summary PDF…</source>
            <translation>အနှစ်ချုပ် PDF…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ပိတ်ရန်</translation>
        </message>
        <message>
            <source>Summary — %1</source>
            <translation>အနှစ်ချုပ် — %1</translation>
        </message>
        <message>
            <source>submitted %1 to %2</source>
            <translation>%1 မှ %2 အထိ ပေးပို့ထားသည်</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>ရေတွက်နေသည်…</translation>
        </message>
        <message>
            <source>Summarising</source>
            <translation>အနှစ်ချုပ်နေသည်</translation>
        </message>
        <message numerus="yes">
            <source>%n response(s)</source>
            <translation>
                <numerusform>ဖြေဆိုချက် %n ခု</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>ဖိုင် %n ခု</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>From %n point(s) of the latest answers</source>
            <translation>
                <numerusform>နောက်ဆုံး အဖြေများမှ အမှတ် %n ခုအရ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n response(s) to %1.</source>
            <translation>
                <numerusform>ဖြေဆိုချက် %n ခုကို %1 သို့ ထုတ်ယူပြီးပါပြီ။</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) and file(s) copied to %1.</source>
            <translation>
                <numerusform>ဓာတ်ပုံနှင့် ဖိုင် %n ခုကို %1 သို့ ကူးယူပြီးပါပြီ။</numerusform>
            </translation>
        </message>
        <message>
            <source>version %1: %2</source>
            <translation>ဗားရှင်း %1: %2</translation>
        </message>
        <message>
            <source>This form has no questions to summarise.</source>
            <translation>ဤပုံစံတွင် အနှစ်ချုပ်ရန် မေးခွန်း မရှိပါ။</translation>
        </message>
        <message>
            <source>%1 answered</source>
            <translation>%1 ခု ဖြေထားသည်</translation>
        </message>
        <message>
            <source>in each “%1”</source>
            <translation>“%1” တစ်ခုစီတွင်</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>ပျမ်းမျှ</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>အလယ်ကိန်း</translation>
        </message>
        <message>
            <source>Lowest</source>
            <translation>အနိမ့်ဆုံး</translation>
        </message>
        <message>
            <source>Highest</source>
            <translation>အမြင့်ဆုံး</translation>
        </message>
        <message>
            <source>No numbers yet.</source>
            <translation>ဂဏန်း မရှိသေးပါ။</translation>
        </message>
        <message>
            <source>Latest answers:</source>
            <translation>နောက်ဆုံး အဖြေများ:</translation>
        </message>
        <message>
            <source>No answers yet.</source>
            <translation>အဖြေ မရှိသေးပါ။</translation>
        </message>
        <message>
            <source>No files yet.</source>
            <translation>ဖိုင် မရှိသေးပါ။</translation>
        </message>
        <message>
            <source>%1 of the latest photos are not on this laptop yet (they come with the next sync).</source>
            <translation>နောက်ဆုံး ဓာတ်ပုံများအနက် %1 ပုံသည် ဤကွန်ပျူတာတွင် မရှိသေးပါ (နောက်တစ်ကြိမ် ဒေတာ ချိန်ကိုက်သောအခါ ရောက်လာပါမည်)။</translation>
        </message>
        <message>
            <source>No locations yet.</source>
            <translation>တည်နေရာ မရှိသေးပါ။</translation>
        </message>
        <message>
            <source>Centre: %1, %2</source>
            <translation>ဗဟိုချက်: %1, %2</translation>
        </message>
        <message>
            <source>Between latitudes %1 and %2, longitudes %3 and %4</source>
            <translation>လတ္တီကျု %1 နှင့် %2 ကြား၊ လောင်ဂျီကျု %3 နှင့် %4 ကြား</translation>
        </message>
        <message>
            <source>Export responses</source>
            <translation>ဖြေဆိုချက်များ ထုတ်ယူရန်</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translation>Excel ဖိုင် (*.xlsx);;CSV ဖိုင် (*.csv)</translation>
        </message>
        <message>
            <source>%1 are not on this laptop: open them in their responses to fetch them, then export again.</source>
            <translation>%1 ခုသည် ဤကွန်ပျူတာတွင် မရှိပါ- ၎င်းတို့ကို ရယူရန် သက်ဆိုင်ရာ ဖြေဆိုချက်များတွင် ဖွင့်ပြီးနောက် ထပ်မံ ထုတ်ယူပါ။</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>ထုတ်ယူခြင်းကို ပယ်ဖျက်လိုက်ပါပြီ။ မည်သည့်ဖိုင်မျှ မရေးသားရပါ။</translation>
        </message>
        <message>
            <source>The export failed; no file was written.</source>
            <translation>ထုတ်ယူခြင်း မအောင်မြင်ပါ။ မည်သည့်ဖိုင်မျှ မရေးသားရပါ။</translation>
        </message>
        <message>
            <source>Exporting responses</source>
            <translation>ဖြေဆိုချက်များ ထုတ်ယူနေသည်</translation>
        </message>
        <message>
            <source>Summary PDF</source>
            <translation>အနှစ်ချုပ် PDF</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF စာရွက်စာတမ်း (*.pdf)</translation>
        </message>
        <message>
            <source>Summary saved to %1.</source>
            <translation>အနှစ်ချုပ်ကို %1 တွင် သိမ်းပြီးပါပြီ။</translation>
        </message>
        <message>
            <source>Writing the summary PDF</source>
            <translation>အနှစ်ချုပ် PDF ရေးသားနေသည်</translation>
        </message>
    </context>
    <context>
        <name>Survey</name>
        <message>
            <source>This answer is required.</source>
            <translation>ဤမေးခွန်းကို မဖြစ်မနေ ဖြေရပါမည်။</translation>
        </message>
        <message>
            <source>This answer is not allowed.</source>
            <translation>ဤအဖြေကို ခွင့်မပြုပါ။</translation>
        </message>
        <message>
            <source>This answer is not in the expected form.</source>
            <translation>ဤအဖြေသည် လိုအပ်သော ပုံစံနှင့် မကိုက်ညီပါ။</translation>
        </message>
        <message>
            <source>Enter a whole number, for example 12.</source>
            <translation>ကိန်းပြည့် ထည့်ပါ၊ ဥပမာ 12။</translation>
        </message>
        <message>
            <source>Enter a number, for example 2.5.</source>
            <translation>ဂဏန်း ထည့်ပါ၊ ဥပမာ 2.5။</translation>
        </message>
    </context>
    <context>
        <name>Surveys</name>
        <message>
            <source>Choose a file name ending in .csv or .xlsx.</source>
            <translation>.csv သို့မဟုတ် .xlsx ဖြင့် ဆုံးသော ဖိုင်အမည်ကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>(not answered)</source>
            <translation>(မဖြေထားပါ)</translation>
        </message>
        <message>
            <source>Version {version} of form {form_id} is already here with different questions. Change the version in the form's settings sheet and import it again.</source>
            <translation>ပုံစံ {form_id} ၏ ဗားရှင်း {version} သည် မေးခွန်းများ မတူဘဲ ရှိပြီးသား ဖြစ်နေသည်။ ပုံစံ၏ settings sheet တွင် ဗားရှင်းကို ပြောင်းပြီး ထပ်မံ တင်သွင်းပါ။</translation>
        </message>
        <message>
            <source>Version {version} of form {form_id} is already here with other attached files ({files}). Change the version in the form's settings sheet and import it again.</source>
            <translation>ပုံစံ {form_id} ၏ ဗားရှင်း {version} သည် အခြား ပူးတွဲဖိုင်များ ({files}) ဖြင့် ရှိပြီးသား ဖြစ်နေသည်။ ပုံစံ၏ settings sheet တွင် ဗားရှင်းကို ပြောင်းပြီး ထပ်မံ တင်သွင်းပါ။</translation>
        </message>
        <message>
            <source>The answers are not a set of named values.</source>
            <translation>အဖြေများသည် အမည်တပ်ထားသော တန်ဖိုးအစု မဟုတ်ပါ။</translation>
        </message>
        <message>
            <source>This form version has responses or drafts, so it cannot be deleted.</source>
            <translation>ဤပုံစံ ဗားရှင်းတွင် ဖြေဆိုချက် သို့မဟုတ် မူကြမ်းများ ရှိနေသဖြင့် ဖျက်၍ မရပါ။</translation>
        </message>
        <message>
            <source>Enter a date as YYYY-MM-DD, for example 2024-03-15.</source>
            <translation>ရက်စွဲကို YYYY-MM-DD ပုံစံဖြင့် ထည့်ပါ၊ ဥပမာ 2024-03-15။</translation>
        </message>
        <message>
            <source>This response was already corrected. Correct the newest one instead.</source>
            <translation>ဤဖြေဆိုချက်ကို ပြင်ဆင်ပြီး ဖြစ်သည်။ အသစ်ဆုံး ဖြေဆိုချက်ကိုသာ ပြင်ဆင်ပါ။</translation>
        </message>
        <message>
            <source>Headquarters published version {version} of form {form_id} with different questions; it can be read here but not changed. Change the version in the form's settings sheet and import it again.</source>
            <translation>ဌာနချုပ်က ပုံစံ {form_id} ၏ ဗားရှင်း {version} ကို မေးခွန်းများ မတူဘဲ ထုတ်ပြန်ထားပြီးဖြစ်သည်။ ဤနေရာတွင် ကြည့်ရှုနိုင်သော်လည်း ပြင်ဆင်၍ မရပါ။ ပုံစံ၏ settings sheet တွင် ဗားရှင်းကို ပြောင်းပြီး ထပ်မံ တင်သွင်းပါ။</translation>
        </message>
        <message>
            <source>This form version is retired: it takes no new responses. Its responses and drafts are kept.</source>
            <translation>ဤပုံစံ ဗားရှင်းကို အသုံးမပြုတော့ပါ- ဖြေဆိုချက်အသစ် လက်မခံတော့ပါ။ ၎င်း၏ ဖြေဆိုချက်များနှင့် မူကြမ်းများကို ဆက်ထားပါသည်။</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>ဖြေဆိုချက်</translation>
        </message>
        <message>
            <source>Form version</source>
            <translation>ပုံစံ ဗားရှင်း</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>စတင်ချိန်</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>ပေးပို့ချိန်</translation>
        </message>
        <message>
            <source>SME ID</source>
            <translation>SME လုပ်ငန်း ID</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>SME လုပ်ငန်း</translation>
        </message>
        <message>
            <source>Workshop ID</source>
            <translation>အလုပ်ရုံဆွေးနွေးပွဲ ID</translation>
        </message>
        <message>
            <source>About agency</source>
            <translation>သက်ဆိုင်သည့် အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ဘာသာစကား</translation>
        </message>
        <message>
            <source>Corrects response</source>
            <translation>ပြင်ဆင်သည့် ဖြေဆိုချက်</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>ထည့်သွင်းသူ</translation>
        </message>
        <message>
            <source>Agency code</source>
            <translation>အဖွဲ့အစည်း ကုဒ်</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>ထည့်သွင်းချက်</translation>
        </message>
    </context>
    <context>
        <name>SurveysArea</name>
        <message>
            <source>Surveys</source>
            <translation>စစ်တမ်း</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>ဆက်လုပ်ရန်</translation>
        </message>
        <message>
            <source>Delete draft…</source>
            <translation>မူကြမ်း ဖျက်ရန်…</translation>
        </message>
        <message>
            <source>View</source>
            <translation>ကြည့်ရန်</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>ပြင်ဆင်ရန်…</translation>
        </message>
        <message>
            <source>Make a corrected copy to fill in; once submitted it replaces this response, which is kept for the record.</source>
            <translation>ပြင်ဆင်ဖြည့်စွက်ရန် မိတ္တူတစ်ခု ပြုလုပ်ပါ။ ပေးပို့ပြီးသည်နှင့် ၎င်းက ဤဖြေဆိုချက်ကို အစားထိုးမည်ဖြစ်ပြီး မူလဖြေဆိုချက်ကို မှတ်တမ်းအဖြစ် ဆက်ထားပါမည်။</translation>
        </message>
        <message>
            <source>Show replaced responses</source>
            <translation>အစားထိုးခံရသော ဖြေဆိုချက်များကို ပြရန်</translation>
        </message>
        <message>
            <source>Drafts</source>
            <translation>မူကြမ်းများ</translation>
        </message>
        <message>
            <source>Responses</source>
            <translation>ဖြေဆိုချက်များ</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>ပုံစံများ</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>ပုံစံ</translation>
        </message>
        <message>
            <source>Form ID</source>
            <translation>ပုံစံ ID</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>ဗားရှင်း</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>ဗားရှင်းများ</translation>
        </message>
        <message>
            <source>Imported from</source>
            <translation>တင်သွင်းခဲ့သည့် ဖိုင်</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>SME လုပ်ငန်း</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>စတင်ချိန်</translation>
        </message>
        <message>
            <source>Last saved</source>
            <translation>နောက်ဆုံး သိမ်းချိန်</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>အဖြေများ</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>အမျိုးအစား</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>ပေးပို့ပြီး</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ဘာသာစကား</translation>
        </message>
        <message>
            <source>By</source>
            <translation>ပေးပို့သူ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>အခြေအနေ</translation>
        </message>
        <message>
            <source>New response…</source>
            <translation>ဖြေဆိုချက်အသစ်…</translation>
        </message>
        <message>
            <source>Import XLSForm…</source>
            <translation>XLSForm တင်သွင်းရန်…</translation>
        </message>
        <message>
            <source>Summary and export…</source>
            <translation>အနှစ်ချုပ်နှင့် ထုတ်ယူရန်…</translation>
        </message>
        <message>
            <source>Installing the forms that come with GMS Desk…</source>
            <translation>GMS Desk နှင့်အတူ ပါလာသော ပုံစံများကို ထည့်သွင်းနေသည်…</translation>
        </message>
        <message>
            <source>Installing forms</source>
            <translation>ပုံစံများ ထည့်သွင်းနေသည်</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>ပြင်ဆင်ချက်</translation>
        </message>
        <message>
            <source>New</source>
            <translation>အသစ်</translation>
        </message>
        <message>
            <source>Drafts (%1)</source>
            <translation>မူကြမ်းများ (%1)</translation>
        </message>
        <message>
            <source>Replaced by a correction</source>
            <translation>ပြင်ဆင်ချက်ဖြင့် အစားထိုးပြီး</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <source>All agencies</source>
            <translation>အဖွဲ့အစည်း အားလုံး</translation>
        </message>
        <message>
            <source>Show every version</source>
            <translation>ဗားရှင်းအားလုံးကို ပြရန်</translation>
        </message>
        <message>
            <source>Export with labels…</source>
            <translation>အမည်ပြ စာသားများဖြင့် ထုတ်ယူရန်…</translation>
        </message>
        <message>
            <source>Every response to the selected form in a spreadsheet for people to read: the questions' text and the answers' labels, in the language you choose</source>
            <translation>ရွေးထားသော ပုံစံ၏ ဖြေဆိုချက်အားလုံးကို လူဖတ်ရန် ဇယားဖိုင်တစ်ခုတွင်- မေးခွန်းများ၏ စာသားနှင့် အဖြေများ၏ အမည်ပြ စာသားများကို သင်ရွေးသော ဘာသာစကားဖြင့်</translation>
        </message>
        <message>
            <source>Retire version</source>
            <translation>ဗားရှင်းကို အသုံးပြုမှု ရပ်ရန်</translation>
        </message>
        <message>
            <source>Delete version…</source>
            <translation>ဗားရှင်း ဖျက်ရန်…</translation>
        </message>
        <message numerus="yes">
            <source>%n form(s) ready to fill in.</source>
            <translation>
                <numerusform>ပုံစံ %n ခု ဖြည့်ရန် အသင့်ဖြစ်ပါပြီ။</numerusform>
            </translation>
        </message>
        <message>
            <source>Version %1: %2, %3</source>
            <translation>ဗားရှင်း %1: %2၊ %3</translation>
        </message>
        <message numerus="yes">
            <source>%n response(s)</source>
            <translation>
                <numerusform>ဖြေဆိုချက် %n ခု</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n draft(s)</source>
            <translation>
                <numerusform>မူကြမ်း %n ခု</numerusform>
            </translation>
        </message>
        <message>
            <source>retired</source>
            <translation>အသုံးမပြုတော့</translation>
        </message>
        <message>
            <source>Published by headquarters</source>
            <translation>ဌာနချုပ်က ထုတ်ပြန်ထားသည်</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>အသုံးမပြုတော့</translation>
        </message>
        <message>
            <source>Retired: not offered for new responses. Its responses and drafts are kept, and can be viewed, corrected and exported.</source>
            <translation>အသုံးမပြုတော့ပါ- ဖြေဆိုချက်အသစ်အတွက် မပေးတော့ပါ။ ၎င်း၏ ဖြေဆိုချက်များနှင့် မူကြမ်းများကို ဆက်ထားပြီး ကြည့်ရှု၊ ပြင်ဆင်၊ ထုတ်ယူနိုင်ပါသည်။</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>အသုံးပြုနေသည်</translation>
        </message>
        <message>
            <source>Offered for new responses.</source>
            <translation>အဖြေအသစ်များအတွက် ရွေးချယ်နိုင်သည်။</translation>
        </message>
        <message>
            <source>Responses (%1)</source>
            <translation>ဖြေဆိုချက်များ (%1)</translation>
        </message>
        <message>
            <source>Responses to “%1” (%2)</source>
            <translation>“%1” အတွက် ဖြေဆိုချက်များ (%2)</translation>
        </message>
        <message>
            <source>The responses could not be loaded: %1</source>
            <translation>ဖြေဆိုချက်များကို ဖွင့်၍ မရပါ: %1</translation>
        </message>
        <message>
            <source>Bring back</source>
            <translation>ပြန်လည် အသုံးပြုရန်</translation>
        </message>
        <message>
            <source>Offer version %1 of “%2” for new responses again.</source>
            <translation>“%2” ၏ ဗားရှင်း %1 ကို ဖြေဆိုချက်အသစ်များအတွက် ပြန်လည် အသုံးပြုရန်။</translation>
        </message>
        <message>
            <source>Retire version %1 of “%2”: it is no longer offered for new responses; its responses and drafts are kept.</source>
            <translation>“%2” ၏ ဗားရှင်း %1 ကို အသုံးပြုမှု ရပ်ရန်- ဖြေဆိုချက်အသစ်များအတွက် မပေးတော့ပါ။ ၎င်း၏ ဖြေဆိုချက်များနှင့် မူကြမ်းများကို ဆက်ထားပါမည်။</translation>
        </message>
        <message>
            <source>Delete version %1 of “%2”: nobody has answered it.</source>
            <translation>“%2” ၏ ဗားရှင်း %1 ကို ဖျက်ရန်- မည်သူမျှ မဖြေဆိုရသေးပါ။</translation>
        </message>
        <message>
            <source>Only an administrator can retire a form version or bring it back: “Administrator…” in Settings asks for the administrator password.</source>
            <translation>စီမံခန့်ခွဲသူသာ ပုံစံ ဗားရှင်းကို အသုံးပြုမှု ရပ်ခြင်း သို့မဟုတ် ပြန်လည် အသုံးပြုခြင်း ပြုလုပ်နိုင်ပါသည်- ဆက်တင်များရှိ “စီမံခန့်ခွဲသူ…” က စီမံခန့်ခွဲသူ စကားဝှက်ကို တောင်းပါမည်။</translation>
        </message>
        <message>
            <source>Version %1 of “%2” was not retired: the backup made first was stopped.</source>
            <translation>“%2” ၏ ဗားရှင်း %1 ကို အသုံးပြုမှု မရပ်ရပါ- ဦးစွာ ပြုလုပ်နေသော အရန်ဖိုင်ကို ရပ်လိုက်သဖြင့် ဖြစ်ပါသည်။</translation>
        </message>
        <message>
            <source>Version %1 of “%2” is offered for new responses again.</source>
            <translation>“%2” ၏ ဗားရှင်း %1 ကို ဖြေဆိုချက်အသစ်များအတွက် ပြန်လည် အသုံးပြုနိုင်ပါပြီ။</translation>
        </message>
        <message>
            <source>Version %1 of “%2” retired: it is no longer offered for new responses; its responses and drafts are kept.</source>
            <translation>“%2” ၏ ဗားရှင်း %1 ကို အသုံးပြုမှု ရပ်လိုက်ပါပြီ- ဖြေဆိုချက်အသစ်များအတွက် မပေးတော့ပါ။ ၎င်း၏ ဖြေဆိုချက်များနှင့် မူကြမ်းများကို ဆက်ထားပါသည်။</translation>
        </message>
        <message>
            <source>Delete form version</source>
            <translation>ပုံစံ ဗားရှင်း ဖျက်ရန်</translation>
        </message>
        <message>
            <source>Delete version %1 of “%2”? Nobody has answered it yet.</source>
            <translation>“%2” ၏ ဗားရှင်း %1 ကို ဖျက်မလား? မည်သူမျှ မဖြေဆိုရသေးပါ။</translation>
        </message>
        <message>
            <source>Version %1 of “%2” deleted.</source>
            <translation>“%2” ၏ ဗားရှင်း %1 ကို ဖျက်ပြီးပါပြီ။</translation>
        </message>
        <message>
            <source>%1 (version %2)</source>
            <translation>%1 (ဗားရှင်း %2)</translation>
        </message>
        <message>
            <source>Every form version is retired. Bring one back, or import a new version.</source>
            <translation>ပုံစံ ဗားရှင်းအားလုံးကို အသုံးမပြုတော့ပါ။ တစ်ခုကို ပြန်လည် အသုံးပြုပါ သို့မဟုတ် ဗားရှင်းအသစ် တင်သွင်းပါ။</translation>
        </message>
        <message>
            <source>There is no form yet. Import an XLSForm first.</source>
            <translation>ပုံစံ မရှိသေးပါ။ XLSForm ကို ဦးစွာ တင်သွင်းပါ။</translation>
        </message>
        <message>
            <source>Agency: %1</source>
            <translation>အဖွဲ့အစည်း: %1</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>ဗားရှင်း %1</translation>
        </message>
        <message>
            <source>SME: %1</source>
            <translation>SME လုပ်ငန်း: %1</translation>
        </message>
        <message>
            <source>Correction of a submitted response</source>
            <translation>ပေးပို့ပြီးသော ဖြေဆိုချက်၏ ပြင်ဆင်ချက်</translation>
        </message>
        <message>
            <source>Response submitted. It will be sent with the next sync.</source>
            <translation>ဖြေဆိုချက်ကို ပေးပို့ပြီးပါပြီ။ နောက်တစ်ကြိမ် ဒေတာ ချိန်ကိုက်သောအခါ ဌာနချုပ်သို့ ပို့ပါမည်။</translation>
        </message>
        <message>
            <source>Update the SME from a survey</source>
            <translation>စစ်တမ်းမှ SME လုပ်ငန်းကို အပ်ဒိတ်လုပ်ခြင်း</translation>
        </message>
        <message>
            <source>No SME is linked to the response, so no SME record was updated.</source>
            <translation>ဖြေဆိုချက်နှင့် ချိတ်ဆက်ထားသော SME လုပ်ငန်း မရှိသဖြင့် မည်သည့် SME လုပ်ငန်း မှတ်တမ်းကိုမျှ အပ်ဒိတ်မလုပ်ခဲ့ပါ။</translation>
        </message>
        <message>
            <source>The SME is not on this laptop, so its record was not updated.</source>
            <translation>ဤကွန်ပျူတာတွင် ထို SME လုပ်ငန်း မရှိသဖြင့် ၎င်း၏ မှတ်တမ်းကို အပ်ဒိတ်မလုပ်ခဲ့ပါ။</translation>
        </message>
        <message>
            <source>The SME belongs to another agency: its record can be read here but not changed, so it was not updated.</source>
            <translation>ထို SME လုပ်ငန်းသည် အခြားအဖွဲ့အစည်းနှင့် သက်ဆိုင်သည်- ၎င်း၏ မှတ်တမ်းကို ဤနေရာတွင် ကြည့်ရှုနိုင်သော်လည်း ပြင်ဆင်၍ မရသဖြင့် အပ်ဒိတ်မလုပ်ခဲ့ပါ။</translation>
        </message>
        <message>
            <source>The form's update condition (update_if) was not met, so the SME record was not updated.</source>
            <translation>ပုံစံ၏ အပ်ဒိတ် အခြေအနေ (update_if) နှင့် မကိုက်ညီသဖြင့် SME လုပ်ငန်း မှတ်တမ်းကို အပ်ဒိတ်မလုပ်ခဲ့ပါ။</translation>
        </message>
        <message>
            <source>SME record updated: %1.</source>
            <translation>SME လုပ်ငန်း မှတ်တမ်းကို အပ်ဒိတ်လုပ်ပြီးပါပြီ: %1။</translation>
        </message>
        <message>
            <source>The SME record already held these answers.</source>
            <translation>SME လုပ်ငန်း မှတ်တမ်းတွင် ဤအဖြေများ ရှိပြီးသား ဖြစ်သည်။</translation>
        </message>
        <message>
            <source>Not written to the SME record, as the answer does not fit it: %1.</source>
            <translation>အဖြေသည် SME လုပ်ငန်း မှတ်တမ်းနှင့် မကိုက်ညီသဖြင့် မရေးသားခဲ့ပါ: %1။</translation>
        </message>
        <message>
            <source>No answer for the SME record was given, so it was not updated.</source>
            <translation>SME လုပ်ငန်း မှတ်တမ်းအတွက် အဖြေ မပေးထားသဖြင့် အပ်ဒိတ်မလုပ်ခဲ့ပါ။</translation>
        </message>
        <message>
            <source>The draft is kept: resume it any time from the Drafts list.</source>
            <translation>မူကြမ်းကို သိမ်းထားပါသည်။ “မူကြမ်းများ” စာရင်းမှ အချိန်မရွေး ဆက်လုပ်နိုင်ပါသည်။</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>မူကြမ်း ဖျက်ရန်</translation>
        </message>
        <message>
            <source>Delete this draft of “%1” and the answers in it? This cannot be undone.</source>
            <translation>“%1” ၏ ဤမူကြမ်းနှင့် ၎င်းတွင်ပါသော အဖြေများကို ဖျက်မလား? ပြန်ယူ၍ မရပါ။</translation>
        </message>
        <message>
            <source>Draft deleted.</source>
            <translation>မူကြမ်းကို ဖျက်ပြီးပါပြီ။</translation>
        </message>
        <message>
            <source>Submitted %1</source>
            <translation>%1 တွင် ပေးပို့ခဲ့သည်</translation>
        </message>
        <message>
            <source>replaced by a correction</source>
            <translation>ပြင်ဆင်ချက်ဖြင့် အစားထိုးပြီး</translation>
        </message>
        <message>
            <source>Import an XLSForm</source>
            <translation>XLSForm တင်သွင်းရန်</translation>
        </message>
        <message>
            <source>XLSForm spreadsheet (*.xlsx *.xls)</source>
            <translation>XLSForm ဇယားဖိုင် (*.xlsx *.xls)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>%1 ကို ဖတ်နေသည်…</translation>
        </message>
        <message>
            <source>Importing form</source>
            <translation>ပုံစံ တင်သွင်းနေသည်</translation>
        </message>
        <message>
            <source>Files the form needs</source>
            <translation>ပုံစံအတွက် လိုအပ်သော ဖိုင်များ</translation>
        </message>
        <message>
            <source>“%1” needs %2 file(s) that are not in its folder: %3.

Choose them now? (ODK keeps them in a folder named %4 next to the form.)</source>
            <translation>“%1” အတွက် ၎င်း၏ ဖိုင်တွဲထဲတွင် မရှိသော ဖိုင် %2 ခု လိုအပ်ပါသည်: %3။

ယခု ရွေးမလား? (ODK က ၎င်းတို့ကို ပုံစံ၏ ဘေးရှိ %4 အမည်ရှိ ဖိုင်တွဲတွင် ထားပါသည်။)</translation>
        </message>
        <message>
            <source>Choose the form's files</source>
            <translation>ပုံစံ၏ ဖိုင်များကို ရွေးရန်</translation>
        </message>
        <message>
            <source>Files the form names (%1);;All files (*)</source>
            <translation>ပုံစံတွင် ဖော်ပြထားသော ဖိုင်များ (%1);;ဖိုင်အားလုံး (*)</translation>
        </message>
        <message numerus="yes">
            <source>“%1” cannot be used as a form: %n problem(s) must be fixed in the spreadsheet first.</source>
            <translation>
                <numerusform>“%1” ကို ပုံစံအဖြစ် သုံး၍ မရပါ: ဇယားဖိုင်ထဲရှိ ပြဿနာ %n ခုကို ဦးစွာ ပြင်ရပါမည်။</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s): what GMS Desk ignored is listed below.</source>
            <translation>
                <numerusform>သတိပေးချက် %n ခု: GMS Desk က ထည့်မသွင်းခဲ့သည်များကို အောက်တွင် ဖော်ပြထားသည်။</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n response(s) with labels to %1.</source>
            <translation>
                <numerusform>ဖြေဆိုချက် %n ခုကို အမည်ပြ စာသားများဖြင့် %1 သို့ ထုတ်ယူပြီးပါပြီ။</numerusform>
            </translation>
        </message>
        <message>
            <source>Form not imported</source>
            <translation>ပုံစံကို မတင်သွင်းရပါ</translation>
        </message>
        <message>
            <source>Version %1 of “%2” is already here; nothing changed.</source>
            <translation>“%2” ၏ ဗားရှင်း %1 ရှိပြီးသား ဖြစ်သည်။ မည်သည့်အရာမျှ မပြောင်းလဲပါ။</translation>
        </message>
        <message>
            <source>Form already imported</source>
            <translation>ပုံစံကို တင်သွင်းပြီးသား ဖြစ်သည်</translation>
        </message>
        <message>
            <source>Imported “%1”, version %2.</source>
            <translation>“%1” ဗားရှင်း %2 ကို တင်သွင်းပြီးပါပြီ။</translation>
        </message>
        <message>
            <source>Form imported</source>
            <translation>ပုံစံ တင်သွင်းပြီးပါပြီ</translation>
        </message>
        <message>
            <source>Export with labels</source>
            <translation>အမည်ပြ စာသားများဖြင့် ထုတ်ယူရန်</translation>
        </message>
        <message>
            <source>Questions and answers in:</source>
            <translation>မေးခွန်းနှင့် အဖြေများ၏ ဘာသာစကား:</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translation>Excel ဖိုင် (*.xlsx);;CSV ဖိုင် (*.csv)</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>ထုတ်ယူခြင်းကို ပယ်ဖျက်လိုက်ပါပြီ။ မည်သည့်ဖိုင်မျှ မရေးသားရပါ။</translation>
        </message>
        <message>
            <source>The export failed; no file was written.</source>
            <translation>ထုတ်ယူခြင်း မအောင်မြင်ပါ။ မည်သည့်ဖိုင်မျှ မရေးသားရပါ။</translation>
        </message>
        <message>
            <source>Exporting responses</source>
            <translation>ဖြေဆိုချက်များ ထုတ်ယူနေသည်</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>This address starts with http://, so the connection would not be encrypted: this computer's key and your data could be read on the way. Use an https:// address. For a server on your local network, an administrator can allow unencrypted connections to it.</source>
            <translation>ဤလိပ်စာသည် http:// ဖြင့် စသဖြင့် ချိတ်ဆက်မှုကို ကုဒ်ဝှက်ထားမည် မဟုတ်ပါ- ဤကွန်ပျူတာ၏ ကီးနှင့် သင်၏ ဒေတာကို လမ်းခုလတ်တွင် ဖတ်ယူနိုင်ပါသည်။ https:// လိပ်စာကို သုံးပါ။ သင်၏ ဒေသတွင်း ကွန်ရက်ရှိ ဆာဗာအတွက်မူ စီမံခန့်ခွဲသူက ကုဒ်ဝှက်မထားသော ချိတ်ဆက်မှုကို ခွင့်ပြုနိုင်ပါသည်။</translation>
        </message>
        <message>
            <source>Unencrypted connections are allowed only to a server on your local network, and this address is on the Internet. Use an https:// address.</source>
            <translation>ကုဒ်ဝှက်မထားသော ချိတ်ဆက်မှုကို သင်၏ ဒေသတွင်း ကွန်ရက်ရှိ ဆာဗာသို့သာ ခွင့်ပြုထားပြီး ဤလိပ်စာသည် အင်တာနက်ပေါ်တွင် ရှိပါသည်။ https:// လိပ်စာကို သုံးပါ။</translation>
        </message>
        <message>
            <source>The server's certificate could not be verified. Check the server address and this computer's date and time; if both are right, tell headquarters. Nothing was sent.</source>
            <translation>ဆာဗာ၏ လုံခြုံရေး လက်မှတ် (certificate) ကို အတည်ပြု၍ မရပါ။ ဆာဗာလိပ်စာနှင့် ဤကွန်ပျူတာ၏ ရက်စွဲနှင့် အချိန်ကို စစ်ဆေးပါ။ နှစ်ခုစလုံး မှန်နေပါက ဌာနချုပ်သို့ အကြောင်းကြားပါ။ မည်သည့်အရာမျှ မပို့ရသေးပါ။</translation>
        </message>
        <message>
            <source>This database is not enrolled on this computer: it was copied from another computer, or the key that lets it sync is missing. Enrol this computer again with a new code from headquarters.</source>
            <translation>ဤဒေတာဘေ့စ်ကို ဤကွန်ပျူတာတွင် မှတ်ပုံတင်ထားခြင်း မရှိပါ- အခြားကွန်ပျူတာမှ ကူးယူလာခြင်း သို့မဟုတ် ဒေတာ ချိန်ကိုက်ခွင့်ပြုသော ကီး ပျောက်နေခြင်း ဖြစ်ပါသည်။ ဌာနချုပ်မှ ကုဒ်အသစ်ဖြင့် ဤကွန်ပျူတာကို ထပ်မံ မှတ်ပုံတင်ပါ။</translation>
        </message>
        <message>
            <source>The server address is not valid. It looks like https://hq.example.org.</source>
            <translation>ဆာဗာလိပ်စာ မမှန်ကန်ပါ။ https://hq.example.org ကဲ့သို့ ဖြစ်ရပါမည်။</translation>
        </message>
        <message>
            <source>Headquarters cannot be reached. Your changes are kept and will be sent when the connection is back.</source>
            <translation>ဌာနချုပ်သို့ ချိတ်ဆက်၍ မရပါ။ သင်၏ ပြောင်းလဲမှုများကို သိမ်းထားပြီး ချိတ်ဆက်မှု ပြန်ရသောအခါ ပို့ပါမည်။</translation>
        </message>
        <message>
            <source>Headquarters could not process the enrolment. Try again later; if it keeps failing, tell headquarters.</source>
            <translation>ဌာနချုပ်က မှတ်ပုံတင်ခြင်းကို ဆောင်ရွက်၍ မရပါ။ နောက်မှ ထပ်စမ်းကြည့်ပါ။ ဆက်လက် မအောင်မြင်ပါက ဌာနချုပ်သို့ အကြောင်းကြားပါ။</translation>
        </message>
        <message>
            <source>Too many enrolment attempts from this network. Wait a minute, then try again.</source>
            <translation>ဤကွန်ရက်မှ မှတ်ပုံတင်ရန် ကြိုးစားမှု များလွန်းပါသည်။ တစ်မိနစ် စောင့်ပြီး ထပ်စမ်းကြည့်ပါ။</translation>
        </message>
        <message>
            <source>This version of GMS Desk is too old to sync with headquarters. Please install GMS Desk %1 or newer; this laptop has %2. Your data is kept until then.</source>
            <translation>ဤ GMS Desk ဗားရှင်းသည် ဌာနချုပ်နှင့် ဒေတာ ချိန်ကိုက်ရန် ဟောင်းလွန်းပါသည်။ GMS Desk %1 သို့မဟုတ် ပိုသစ်သော ဗားရှင်းကို ထည့်သွင်းပါ (ဤကွန်ပျူတာတွင် %2 ရှိပါသည်)။ ထိုအချိန်အထိ သင်၏ ဒေတာကို သိမ်းထားပါမည်။</translation>
        </message>
        <message>
            <source>This is the demo data folder: nothing in it is ever sent to headquarters. Leave demo data (in the Demo menu), then enrol this computer with your own data.</source>
            <translation>ဤသည်မှာ နမူနာ ဒေတာ ဖိုင်တွဲ ဖြစ်ပါသည်- ၎င်းထဲမှ မည်သည့်အရာကိုမျှ ဌာနချုပ်သို့ ဘယ်တော့မှ မပို့ပါ။ နမူနာ ဒေတာမှ ထွက်ပြီး (“နမူနာ” မီနူးတွင်) သင်၏ ကိုယ်ပိုင် ဒေတာဖြင့် ဤကွန်ပျူတာကို မှတ်ပုံတင်ပါ။</translation>
        </message>
        <message>
            <source>Headquarters does not recognise this computer (not enrolled, or access was withdrawn). Enrol it again with a new code.</source>
            <translation>ဌာနချုပ်က ဤကွန်ပျူတာကို မသိပါ (မှတ်ပုံတင်မထားပါ၊ သို့မဟုတ် အသုံးပြုခွင့်ကို ရုပ်သိမ်းထားပါသည်)။ ကုဒ်အသစ်ဖြင့် ထပ်မံ မှတ်ပုံတင်ပါ။</translation>
        </message>
        <message>
            <source>This version of GMS Desk is too old to sync. Please update it; your data is kept until then.</source>
            <translation>ဤ GMS Desk ဗားရှင်းသည် ဒေတာ ချိန်ကိုက်ရန် ဟောင်းလွန်းပါသည်။ ဗားရှင်းသစ်သို့ အဆင့်မြှင့်ပါ။ ထိုအချိန်အထိ သင်၏ ဒေတာကို သိမ်းထားပါမည်။</translation>
        </message>
        <message>
            <source>Headquarters refused the request.</source>
            <translation>ဌာနချုပ်က တောင်းဆိုမှုကို ငြင်းပယ်ခဲ့ပါသည်။</translation>
        </message>
        <message>
            <source>Headquarters could not process the sync. Try again later.</source>
            <translation>ဌာနချုပ်က ဒေတာ ချိန်ကိုက်ခြင်းကို ဆောင်ရွက်၍ မရပါ။ နောက်မှ ထပ်စမ်းကြည့်ပါ။</translation>
        </message>
        <message>
            <source>This enrolment code is not valid or was used already. Ask headquarters for a new one.</source>
            <translation>ဤမှတ်ပုံတင် ကုဒ်သည် မမှန်ကန်ပါ၊ သို့မဟုတ် အသုံးပြုပြီး ဖြစ်ပါသည်။ ဌာနချုပ်ထံမှ ကုဒ်အသစ် တောင်းပါ။</translation>
        </message>
        <message>
            <source>This address does not answer like a GMS Desk headquarters server. Check the address.</source>
            <translation>ဤလိပ်စာသည် GMS Desk ဌာနချုပ် ဆာဗာကဲ့သို့ တုံ့ပြန်ခြင်း မရှိပါ။ လိပ်စာကို စစ်ဆေးပါ။</translation>
        </message>
        <message>
            <source>Sync is not set up: enrol this computer with headquarters first.</source>
            <translation>ဒေတာ ချိန်ကိုက်ခြင်းကို မသတ်မှတ်ရသေးပါ။ ဤကွန်ပျူတာကို ဌာနချုပ်တွင် ဦးစွာ မှတ်ပုံတင်ပါ။</translation>
        </message>
        <message>
            <source>Enter the server address and the enrolment code.</source>
            <translation>ဆာဗာလိပ်စာနှင့် မှတ်ပုံတင် ကုဒ်ကို ထည့်ပါ။</translation>
        </message>
        <message>
            <source>No GMS Desk headquarters answered at this address. Check the address (for example https://hq.example.org) and try again.</source>
            <translation>ဤလိပ်စာတွင် GMS Desk ဌာနချုပ်က တုံ့ပြန်ခြင်း မရှိပါ။ လိပ်စာကို စစ်ဆေးပြီး (ဥပမာ https://hq.example.org) ထပ်စမ်းကြည့်ပါ။</translation>
        </message>
        <message>
            <source>This record belongs to another agency.</source>
            <translation>ဤမှတ်တမ်းသည် အခြားအဖွဲ့အစည်း၏ မှတ်တမ်း ဖြစ်သည်။</translation>
        </message>
        <message>
            <source>Headquarters published this record; it cannot be changed here.</source>
            <translation>ဤမှတ်တမ်းကို ဌာနချုပ်က ထုတ်ပြန်ထားသဖြင့် ဤနေရာတွင် ပြင်ဆင်၍ မရပါ။</translation>
        </message>
        <message>
            <source>Headquarters does not know this kind of record yet (it runs an older version).</source>
            <translation>ဌာနချုပ်က ဤမှတ်တမ်းအမျိုးအစားကို မသိသေးပါ (ဗားရှင်းဟောင်းကို အသုံးပြုနေသည်)။</translation>
        </message>
        <message>
            <source>Headquarters does not know this field yet (it runs an older version).</source>
            <translation>ဌာနချုပ်က ဤအကွက်ကို မသိသေးပါ (ဗားရှင်းဟောင်းကို အသုံးပြုနေသည်)။</translation>
        </message>
        <message>
            <source>Headquarters has no such conflict.</source>
            <translation>ဌာနချုပ်တွင် ဤကွဲလွဲမှု မရှိပါ။</translation>
        </message>
        <message>
            <source>The key that lets this computer sync could not be saved in the data folder. Check that the folder can be written to, then enrol again.</source>
            <translation>ဤကွန်ပျူတာကို ဒေတာ ချိန်ကိုက်ခွင့်ပြုသော ကီးကို ဒေတာ ဖိုင်တွဲတွင် သိမ်း၍ မရပါ။ ထိုဖိုင်တွဲထဲသို့ ရေးသားနိုင်ကြောင်း စစ်ဆေးပြီး ထပ်မံ မှတ်ပုံတင်ပါ။</translation>
        </message>
        <message>
            <source>The key that lets this computer sync could not be read from the system's password store (it may be locked). Unlock it, then sync again.</source>
            <translation>ဤကွန်ပျူတာကို ဒေတာ ချိန်ကိုက်ခွင့်ပြုသော ကီးကို စနစ်၏ စကားဝှက် သိုလှောင်ရာမှ ဖတ်၍ မရပါ (သော့ခတ်ထားနိုင်သည်)။ သော့ဖွင့်ပြီး ဒေတာ ထပ်မံ ချိန်ကိုက်ပါ။</translation>
        </message>
        <message>
            <source>This file is not a GMS Desk sync bundle.</source>
            <translation>ဤဖိုင်သည် GMS Desk ဒေတာ ချိန်ကိုက်ဖိုင် မဟုတ်ပါ။</translation>
        </message>
        <message>
            <source>This sync bundle was made by a newer version of GMS Desk. Update GMS Desk on this computer, then import it again.</source>
            <translation>ဤဒေတာ ချိန်ကိုက်ဖိုင်ကို GMS Desk ဗားရှင်းအသစ်ဖြင့် ပြုလုပ်ထားပါသည်။ ဤကွန်ပျူတာရှိ GMS Desk ကို အဆင့်မြှင့်ပြီး ထပ်မံ တင်သွင်းပါ။</translation>
        </message>
        <message>
            <source>This sync bundle is damaged or incomplete (it may have been cut short while it was copied). Nothing was imported. Copy it again, or make a new one.</source>
            <translation>ဤဒေတာ ချိန်ကိုက်ဖိုင် ပျက်စီးနေသည် သို့မဟုတ် မပြည့်စုံပါ (ကူးယူစဉ် ပြတ်တောက်သွားခြင်း ဖြစ်နိုင်သည်)။ မည်သည့်အရာမျှ မတင်သွင်းရပါ။ ထပ်မံ ကူးယူပါ၊ သို့မဟုတ် အသစ်တစ်ခု ပြုလုပ်ပါ။</translation>
        </message>
        <message>
            <source>This sync bundle was changed after it was made, or was not made for this computer. Nothing was imported.</source>
            <translation>ဤဒေတာ ချိန်ကိုက်ဖိုင်ကို ပြုလုပ်ပြီးနောက် ပြောင်းလဲထားသည်၊ သို့မဟုတ် ဤကွန်ပျူတာအတွက် ပြုလုပ်ထားခြင်း မဟုတ်ပါ။ မည်သည့်အရာမျှ မတင်သွင်းရပါ။</translation>
        </message>
        <message>
            <source>This sync bundle is encrypted. Enter the passphrase it was made with.</source>
            <translation>ဤဒေတာ ချိန်ကိုက်ဖိုင်ကို ကုဒ်ဝှက်ထားပါသည်။ ၎င်းကို ပြုလုပ်စဉ်က သုံးခဲ့သော စကားဝှက်ကို ထည့်ပါ။</translation>
        </message>
        <message>
            <source>The passphrase is not the one this sync bundle was made with, or the bundle was changed after it was made. Nothing was imported.</source>
            <translation>ဤစကားဝှက်သည် ဤဒေတာ ချိန်ကိုက်ဖိုင်ကို ပြုလုပ်စဉ်က သုံးခဲ့သော စကားဝှက် မဟုတ်ပါ၊ သို့မဟုတ် ဖိုင်ကို ပြုလုပ်ပြီးနောက် ပြောင်းလဲထားပါသည်။ မည်သည့်အရာမျှ မတင်သွင်းရပါ။</translation>
        </message>
        <message>
            <source>Encrypted sync bundles need the “cryptography” package, which is not installed with this copy of GMS Desk.</source>
            <translation>ကုဒ်ဝှက်ထားသော ဒေတာ ချိန်ကိုက်ဖိုင်များအတွက် “cryptography” package လိုအပ်သော်လည်း ဤ GMS Desk တွင် ထည့်သွင်းထားခြင်း မရှိပါ။</translation>
        </message>
        <message>
            <source>This computer is not enrolled with headquarters, so it cannot make or read sync bundles. Enrol it first.</source>
            <translation>ဤကွန်ပျူတာကို ဌာနချုပ်တွင် မှတ်ပုံတင်ထားခြင်း မရှိသဖြင့် ဒေတာ ချိန်ကိုက်ဖိုင်များကို ပြုလုပ်ခြင်း သို့မဟုတ် ဖတ်ခြင်း မပြုနိုင်ပါ။ ဦးစွာ မှတ်ပုံတင်ပါ။</translation>
        </message>
        <message>
            <source>This sync bundle was made on this computer. Take it to headquarters, or to another computer of your agency, and import it there.</source>
            <translation>ဤဒေတာ ချိန်ကိုက်ဖိုင်ကို ဤကွန်ပျူတာတွင် ပြုလုပ်ခဲ့သည်။ ၎င်းကို ဌာနချုပ် သို့မဟုတ် သင့်အဖွဲ့အစည်း၏ အခြားကွန်ပျူတာသို့ ယူသွားပြီး ထိုနေရာတွင် တင်သွင်းပါ။</translation>
        </message>
        <message>
            <source>This reply from headquarters is for another computer. Import it on the computer whose id it names.</source>
            <translation>ဌာနချုပ်မှ ဤပြန်ကြားချက်သည် အခြားကွန်ပျူတာအတွက် ဖြစ်သည်။ ၎င်းတွင် ဖော်ပြထားသော အမှတ်ရှိ ကွန်ပျူတာတွင် တင်သွင်းပါ။</translation>
        </message>
        <message>
            <source>This sync bundle comes from a computer of another agency. Only bundles of your own agency's computers, and replies from headquarters for this computer, can be imported here.</source>
            <translation>ဤဒေတာ ချိန်ကိုက်ဖိုင်သည် အခြားအဖွဲ့အစည်း၏ ကွန်ပျူတာမှ ဖြစ်သည်။ သင့်အဖွဲ့အစည်း၏ ကွန်ပျူတာများမှ ဖိုင်များနှင့် ဤကွန်ပျူတာအတွက် ဌာနချုပ်၏ ပြန်ကြားချက်များကိုသာ ဤနေရာတွင် တင်သွင်းနိုင်ပါသည်။</translation>
        </message>
        <message>
            <source>This sync bundle comes from a computer whose clock is ahead. Correct the date and time on that computer, sync it or make a new bundle there, and import that one. Nothing was imported.</source>
            <translation>ဤဒေတာ ချိန်ကိုက်ဖိုင်သည် နာရီ ရှေ့ရောက်နေသော ကွန်ပျူတာမှ ဖြစ်သည်။ ထိုကွန်ပျူတာ၏ ရက်စွဲနှင့် အချိန်ကို ပြင်ပါ၊ ထိုကွန်ပျူတာတွင် ဒေတာ ချိန်ကိုက်ပါ သို့မဟုတ် ဖိုင်အသစ် ပြုလုပ်ပါ၊ ထို့နောက် ထိုဖိုင်ကို တင်သွင်းပါ။ မည်သည့်အရာမျှ မတင်သွင်းရပါ။</translation>
        </message>
        <message>
            <source>The sync bundle could not be read.</source>
            <translation>ဒေတာ ချိန်ကိုက်ဖိုင်ကို ဖတ်၍ မရပါ။</translation>
        </message>
        <message>
            <source>The sync bundle could not be written. Check that the folder (or USB stick) is there, can be written to and has room. Nothing is lost: make the bundle again.</source>
            <translation>ဒေတာ ချိန်ကိုက်ဖိုင်ကို ရေးသား၍ မရပါ။ ဖိုင်တွဲ (သို့မဟုတ် USB stick) ရှိမရှိ၊ ရေးသားခွင့် ရှိမရှိနှင့် နေရာလွတ် ရှိမရှိ စစ်ဆေးပါ။ မည်သည့်အရာမျှ မပျောက်ပါ- ဖိုင်ကို ထပ်မံ ပြုလုပ်ပါ။</translation>
        </message>
        <message>
            <source>This sync bundle comes from a computer that headquarters has not told this one about: it was enrolled since, or may no longer sync. Sync this computer with headquarters (or import its newest reply for this computer), then import the bundle again; or take the bundle to headquarters. Nothing was imported.</source>
            <translation>ဤဒေတာ ချိန်ကိုက်ဖိုင်သည် ဌာနချုပ်က ဤကွန်ပျူတာကို အသိမပေးရသေးသော ကွန်ပျူတာတစ်လုံးမှ ဖြစ်ပါသည်- ၎င်းကို နောက်မှ မှတ်ပုံတင်ခဲ့ခြင်း သို့မဟုတ် ဒေတာ ချိန်ကိုက်ခွင့် မရှိတော့ခြင်း ဖြစ်နိုင်ပါသည်။ ဤကွန်ပျူတာကို ဌာနချုပ်နှင့် ဒေတာ ချိန်ကိုက်ပါ (သို့မဟုတ် ဤကွန်ပျူတာအတွက် ဌာနချုပ်၏ နောက်ဆုံး ပြန်ကြားချက်ကို တင်သွင်းပါ)၊ ထို့နောက် ဖိုင်ကို ထပ်မံ တင်သွင်းပါ။ သို့မဟုတ် ဖိုင်ကို ဌာနချုပ်သို့ ယူသွားပါ။ မည်သည့်အရာမျှ မတင်သွင်းရပါ။</translation>
        </message>
        <message>
            <source>This sync bundle was made by an older version of GMS Desk, which does not sign its bundles, so this computer cannot check who made it. Update GMS Desk on the computer that made it and make a new bundle there, or take this one to headquarters. Nothing was imported.</source>
            <translation>ဤဒေတာ ချိန်ကိုက်ဖိုင်ကို GMS Desk ဗားရှင်းဟောင်းဖြင့် ပြုလုပ်ထားပါသည်။ ထိုဗားရှင်းသည် ဖိုင်များကို ဒစ်ဂျစ်တယ် လက်မှတ် မထိုးသဖြင့် မည်သူ ပြုလုပ်ခဲ့သည်ကို ဤကွန်ပျူတာက မစစ်ဆေးနိုင်ပါ။ ဖိုင်ကို ပြုလုပ်ခဲ့သော ကွန်ပျူတာရှိ GMS Desk ကို အဆင့်မြှင့်ပြီး ထိုကွန်ပျူတာတွင် ဖိုင်အသစ် ပြုလုပ်ပါ၊ သို့မဟုတ် ဤဖိုင်ကို ဌာနချုပ်သို့ ယူသွားပါ။ မည်သည့်အရာမျှ မတင်သွင်းရပါ။</translation>
        </message>
        <message>
            <source>This sync bundle was changed after it was made, or was not made by the computer it names. Nothing was imported. Ask for a new bundle from that computer.</source>
            <translation>ဤဒေတာ ချိန်ကိုက်ဖိုင်ကို ပြုလုပ်ပြီးနောက် ပြောင်းလဲထားသည်၊ သို့မဟုတ် ဖိုင်တွင် ဖော်ပြထားသော ကွန်ပျူတာက ပြုလုပ်ထားခြင်း မဟုတ်ပါ။ မည်သည့်အရာမျှ မတင်သွင်းရပါ။ ထိုကွန်ပျူတာမှ ဖိုင်အသစ် တောင်းပါ။</translation>
        </message>
        <message>
            <source>Stopped. Nothing was written or imported.</source>
            <translation>ရပ်လိုက်ပါပြီ။ မည်သည့်အရာမျှ မရေးသား၊ မတင်သွင်းရပါ။</translation>
        </message>
        <message>
            <source>Headquarters answered at this address: the connection works.</source>
            <translation>ဤလိပ်စာတွင် ဌာနချုပ်က တုံ့ပြန်ပါသည်- ချိတ်ဆက်မှု အဆင်ပြေပါသည်။</translation>
        </message>
        <message>
            <source>No server of this name was found. Check the address for a typing mistake; if it is right, this computer may not be connected to the network.</source>
            <translation>ဤအမည်ဖြင့် ဆာဗာ ရှာမတွေ့ပါ။ လိပ်စာတွင် စာလုံးပေါင်း အမှား ရှိမရှိ စစ်ဆေးပါ။ မှန်နေပါက ဤကွန်ပျူတာသည် ကွန်ရက်နှင့် ချိတ်ဆက်ထားခြင်း မရှိနိုင်ပါ။</translation>
        </message>
        <message>
            <source>The server did not answer. Check this computer's network connection; if websites open, the server may be down: try again later or tell headquarters.</source>
            <translation>ဆာဗာက မတုံ့ပြန်ပါ။ ဤကွန်ပျူတာ၏ ကွန်ရက် ချိတ်ဆက်မှုကို စစ်ဆေးပါ။ ဝက်ဘ်ဆိုက်များ ပွင့်ပါက ဆာဗာ ရပ်နေနိုင်ပါသည်- နောက်မှ ထပ်စမ်းကြည့်ပါ သို့မဟုတ် ဌာနချုပ်သို့ အကြောင်းကြားပါ။</translation>
        </message>
        <message>
            <source>A server answered at this address, but it is not a GMS Desk headquarters server. Check the address.</source>
            <translation>ဤလိပ်စာတွင် ဆာဗာတစ်ခု တုံ့ပြန်သော်လည်း GMS Desk ဌာနချုပ် ဆာဗာ မဟုတ်ပါ။ လိပ်စာကို စစ်ဆေးပါ။</translation>
        </message>
        <message>
            <source>Headquarters' server answered with an error. Try again later; if it keeps failing, tell headquarters.</source>
            <translation>ဌာနချုပ်၏ ဆာဗာက အမှားဖြင့် တုံ့ပြန်ပါသည်။ နောက်မှ ထပ်စမ်းကြည့်ပါ။ ဆက်လက် မအောင်မြင်ပါက ဌာနချုပ်သို့ အကြောင်းကြားပါ။</translation>
        </message>
        <message>
            <source>Photos and files could not all be sent: the connection keeps dropping. They are kept and sending goes on from where it stopped at the next sync.</source>
            <translation>ချိတ်ဆက်မှု မကြာခဏ ပြတ်နေသဖြင့် ဓာတ်ပုံများနှင့် ဖိုင်များ အားလုံးကို မပို့နိုင်ပါ။ ၎င်းတို့ကို သိမ်းထားပြီး နောက်တစ်ကြိမ် ဒေတာ ချိန်ကိုက်သောအခါ ရပ်ခဲ့သည့်နေရာမှ ဆက်ပို့ပါမည်။</translation>
        </message>
        <message>
            <source>Headquarters does not accept a file this large; it stays on this laptop.</source>
            <translation>ဌာနချုပ်က ဤမျှ ကြီးသော ဖိုင်ကို လက်မခံပါ- ဖိုင်သည် ဤကွန်ပျူတာတွင်သာ ရှိနေပါမည်။</translation>
        </message>
        <message>
            <source>The file could not be fetched from headquarters. Try again when the connection is better.</source>
            <translation>ဌာနချုပ်မှ ဖိုင်ကို ရယူ၍ မရပါ။ ချိတ်ဆက်မှု ပိုကောင်းသောအခါ ထပ်စမ်းကြည့်ပါ။</translation>
        </message>
        <message>
            <source>Headquarters does not have this file (yet): the laptop that attached it has not sent it.</source>
            <translation>ဌာနချုပ်တွင် ဤဖိုင် မရှိ(သေး)ပါ- ၎င်းကို ပူးတွဲခဲ့သော ကွန်ပျူတာက မပို့ရသေးပါ။</translation>
        </message>
    </context>
    <context>
        <name>SyncArea</name>
        <message>
            <source>Sync with headquarters</source>
            <translation>ဌာနချုပ်နှင့် ဒေတာ ချိန်ကိုက်ခြင်း</translation>
        </message>
        <message>
            <source>Everything you enter is kept on this computer, and every change waits here until it is sent. To send your changes to headquarters and receive your colleagues' work, enrol this computer once with the code headquarters gave you.</source>
            <translation>သင် ထည့်သွင်းသမျှကို ဤကွန်ပျူတာတွင် သိမ်းထားပြီး ပြောင်းလဲမှုတိုင်းသည် မပို့မချင်း ဤနေရာတွင် စောင့်နေပါမည်။ သင်၏ ပြောင်းလဲမှုများကို ဌာနချုပ်သို့ ပို့ရန်နှင့် လုပ်ဖော်ကိုင်ဖက်များ၏ အလုပ်ကို လက်ခံရယူရန် ဌာနချုပ်က ပေးထားသော ကုဒ်ဖြင့် ဤကွန်ပျူတာကို တစ်ကြိမ် မှတ်ပုံတင်ပါ။</translation>
        </message>
        <message>
            <source>The code from headquarters</source>
            <translation>ဌာနချုပ်က ပေးသော ကုဒ်</translation>
        </message>
        <message>
            <source>How headquarters will know this computer</source>
            <translation>ဌာနချုပ်က ဤကွန်ပျူတာကို သိရှိမည့် အမည်</translation>
        </message>
        <message>
            <source>Enrol this computer</source>
            <translation>ဤကွန်ပျူတာကို မှတ်ပုံတင်ရန်</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ပယ်ဖျက်ရန်</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>ချိတ်ဆက်မှု စမ်းသပ်ရန်</translation>
        </message>
        <message>
            <source>Try the server address and say what happened; nothing is sent</source>
            <translation>ဆာဗာလိပ်စာကို စမ်းကြည့်ပြီး ရလဒ်ကို ပြရန်၊ မည်သည့်အရာမျှ မပို့ပါ</translation>
        </message>
        <message>
            <source>Allow an unencrypted connection to this server on the local network</source>
            <translation>ဒေသတွင်း ကွန်ရက်ရှိ ဤဆာဗာသို့ ကုဒ်ဝှက်မထားသော ချိတ်ဆက်မှုကို ခွင့်ပြုရန်</translation>
        </message>
        <message>
            <source>The connection is not encrypted: anyone on the network can read what is sent, this computer's key included. Allow it only for a server of your office's own network.</source>
            <translation>ဤချိတ်ဆက်မှုကို ကုဒ်ဝှက်ထားခြင်း မရှိပါ- ကွန်ရက်ပေါ်ရှိ မည်သူမဆို ပို့သမျှကို ဖတ်နိုင်ပြီး ဤကွန်ပျူတာ၏ ကီးလည်း ပါဝင်ပါသည်။ သင့်ရုံး၏ ကိုယ်ပိုင် ကွန်ရက်ရှိ ဆာဗာအတွက်သာ ခွင့်ပြုပါ။</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>ဆာဗာလိပ်စာ</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>မှတ်ပုံတင် ကုဒ်</translation>
        </message>
        <message>
            <source>Name of this computer</source>
            <translation>ဤကွန်ပျူတာ၏ အမည်</translation>
        </message>
        <message>
            <source>Connection not encrypted (allowed for this local server)</source>
            <translation>ချိတ်ဆက်မှုကို ကုဒ်ဝှက်မထားပါ (ဤဒေသတွင်း ဆာဗာအတွက် ခွင့်ပြုထားသည်)</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>ယခု ဒေတာ ချိန်ကိုက်ရန်</translation>
        </message>
        <message>
            <source>Enrol again…</source>
            <translation>ထပ်မံ မှတ်ပုံတင်ရန်…</translation>
        </message>
        <message>
            <source>No conflicts to resolve.</source>
            <translation>ဖြေရှင်းရန် ကွဲလွဲမှု မရှိပါ။</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>အခြေအနေ</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>ဆာဗာ</translation>
        </message>
        <message>
            <source>This computer's id</source>
            <translation>ဤကွန်ပျူတာ၏ အမှတ်</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>နောက်ဆုံး ဒေတာ ချိန်ကိုက်ချိန်</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>ပို့ရန် စောင့်နေသည်</translation>
        </message>
        <message>
            <source>Last result</source>
            <translation>နောက်ဆုံး ရလဒ်</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>ကွဲလွဲမှုများ</translation>
        </message>
        <message>
            <source>Not stored</source>
            <translation>မသိမ်းရသေးပါ</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>ကူးယူရန်</translation>
        </message>
        <message>
            <source>Copy the selected lines (or all) as text</source>
            <translation>ရွေးထားသော စာကြောင်းများ (သို့မဟုတ် အားလုံး) ကို စာသားအဖြစ် ကူးယူရန်</translation>
        </message>
        <message>
            <source>Discard refused…</source>
            <translation>ငြင်းပယ်ခံရသည်များကို စွန့်ပစ်ရန်…</translation>
        </message>
        <message>
            <source>Forget the selected refused changes (all, if none is selected)</source>
            <translation>ရွေးထားသော ငြင်းပယ်ခံရသည့် ပြောင်းလဲမှုများကို စွန့်ပစ်ရန် (မရွေးထားပါက အားလုံး)</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) on this computer will be sent after enrolment.</source>
            <translation>
                <numerusform>ဤကွန်ပျူတာရှိ ပြောင်းလဲမှု %n ခုကို မှတ်ပုံတင်ပြီးနောက် ပို့ပါမည်။</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Demo data waiting too: %Ln change(s), dropped, never sent.</source>
            <translation>
                <numerusform>နမူနာ ဒေတာလည်း စောင့်နေသည်: ပြောင်းလဲမှု %Ln ခု၊ ဖယ်ရှားမည်ဖြစ်ပြီး ဘယ်တော့မှ မပို့ပါ။</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 — headquarters: holds every agency's records</source>
            <translation>%1 — ဌာနချုပ်: အဖွဲ့အစည်းအားလုံး၏ မှတ်တမ်းများ ရှိသည်</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>မရှိသေးပါ</translation>
        </message>
        <message>
            <source>Today at %1</source>
            <translation>ယနေ့ %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>ပြောင်းလဲမှု %n ခု</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%Ln of demo data: dropped at the next sync, never sent)</source>
            <translation>
                <numerusform>(နမူနာ ဒေတာ %Ln ခု- နောက်တစ်ကြိမ် ဒေတာ ချိန်ကိုက်သောအခါ ဖယ်ရှားမည်၊ ဘယ်တော့မှ မပို့ပါ)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln photo(s) and file(s) sent</source>
            <translation>
                <numerusform>ဓာတ်ပုံနှင့် ဖိုင် %Ln ခု ပို့ပြီး</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln still to send</source>
            <translation>
                <numerusform>ပို့ရန် %Ln ခု ကျန်သေးသည်</numerusform>
            </translation>
        </message>
        <message>
            <source>Trying %1…</source>
            <translation>%1 ကို စမ်းကြည့်နေသည်…</translation>
        </message>
        <message>
            <source>Sync by file…</source>
            <translation>ဖိုင်ဖြင့် ဒေတာ ချိန်ကိုက်ရန်…</translation>
        </message>
        <message>
            <source>No connection? Take your changes to headquarters on a USB stick, and bring its reply back</source>
            <translation>ချိတ်ဆက်မှု မရှိပါသလား? သင်၏ ပြောင်းလဲမှုများကို USB stick ဖြင့် ဌာနချုပ်သို့ ယူသွားပြီး ၎င်း၏ ပြန်ကြားချက်ကို ပြန်ယူလာပါ</translation>
        </message>
        <message>
            <source>Export bundle…</source>
            <translation>ချိန်ကိုက်ဖိုင် ထုတ်ယူရန်…</translation>
        </message>
        <message>
            <source>Import bundle…</source>
            <translation>ချိန်ကိုက်ဖိုင် တင်သွင်းရန်…</translation>
        </message>
        <message>
            <source>Export sync bundle</source>
            <translation>ဒေတာ ချိန်ကိုက်ဖိုင် ထုတ်ယူရန်</translation>
        </message>
        <message>
            <source>Sync bundles (*%1)</source>
            <translation>ဒေတာ ချိန်ကိုက်ဖိုင်များ (*%1)</translation>
        </message>
        <message>
            <source>A passphrase to encrypt the bundle with (leave it empty not to encrypt; whoever imports it will need it):</source>
            <translation>ဖိုင်ကို ကုဒ်ဝှက်ရန် စကားဝှက် (ကုဒ်မဝှက်လိုပါက ကွက်လပ် ထားပါ။ တင်သွင်းမည့်သူ ၎င်းကို လိုအပ်ပါမည်):</translation>
        </message>
        <message>
            <source>Export stopped: no bundle was written.</source>
            <translation>ထုတ်ယူခြင်းကို ရပ်လိုက်ပါပြီ- မည်သည့်ဖိုင်မျှ မရေးသားရပါ။</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1: %n change(s). Take it to headquarters, then import the reply it gives you here.</source>
            <translation>
                <numerusform>%1 ကို ရေးသားပြီးပါပြီ: ပြောင်းလဲမှု %n ခု။ ၎င်းကို ဌာနချုပ်သို့ ယူသွားပြီး ဌာနချုပ်က ပေးသော ပြန်ကြားချက်ကို ဤနေရာတွင် တင်သွင်းပါ။</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It carries %n photo(s) and file(s) too.</source>
            <translation>
                <numerusform>ဓာတ်ပုံနှင့် ဖိုင် %n ခုလည်း ပါဝင်သည်။</numerusform>
            </translation>
        </message>
        <message>
            <source>Writing the sync bundle…</source>
            <translation>ဒေတာ ချိန်ကိုက်ဖိုင်ကို ရေးသားနေသည်…</translation>
        </message>
        <message>
            <source>Import sync bundle</source>
            <translation>ဒေတာ ချိန်ကိုက်ဖိုင် တင်သွင်းရန်</translation>
        </message>
        <message>
            <source>Import stopped: nothing was imported. Import the bundle again when you are ready.</source>
            <translation>တင်သွင်းခြင်းကို ရပ်လိုက်ပါပြီ- မည်သည့်အရာမျှ မတင်သွင်းရပါ။ အဆင်သင့်ဖြစ်သောအခါ ဖိုင်ကို ထပ်မံ တင်သွင်းပါ။</translation>
        </message>
        <message>
            <source>The passphrase this bundle was made with:</source>
            <translation>ဤဖိုင်ကို ပြုလုပ်စဉ်က သုံးခဲ့သော စကားဝှက်:</translation>
        </message>
        <message numerus="yes">
            <source>Imported headquarters' reply: %n change(s) received.</source>
            <translation>
                <numerusform>ဌာနချုပ်၏ ပြန်ကြားချက်ကို တင်သွင်းပြီးပါပြီ: ပြောင်းလဲမှု %n ခု လက်ခံရရှိသည်။</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Headquarters confirmed %n change(s) of yours.</source>
            <translation>
                <numerusform>ဌာနချုပ်က သင်၏ ပြောင်းလဲမှု %n ခုကို အတည်ပြုပြီးပါပြီ။</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Headquarters has %n of your photos and files now.</source>
            <translation>
                <numerusform>ယခု ဌာနချုပ်တွင် သင်၏ ဓာတ်ပုံနှင့် ဖိုင် %n ခု ရှိနေပြီ။</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported another computer's bundle: %n change(s). They go on to headquarters with your next bundle.</source>
            <translation>
                <numerusform>အခြားကွန်ပျူတာ၏ ဖိုင်ကို တင်သွင်းပြီးပါပြီ: ပြောင်းလဲမှု %n ခု။ ၎င်းတို့ကို သင်၏ နောက်ထပ် ဖိုင်နှင့်အတူ ဌာနချုပ်သို့ ဆက်ပို့ပါမည်။</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It carried %n photo(s) and file(s), kept here and carried on.</source>
            <translation>
                <numerusform>ဓာတ်ပုံနှင့် ဖိုင် %n ခု ပါလာပြီး ဤနေရာတွင် သိမ်းထားကာ ဆက်လက်ပို့ဆောင်မည်။</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in it did not match what the bundle lists (damaged or changed) and stayed out.</source>
            <translation>
                <numerusform>၎င်းထဲရှိ ဖိုင် %n ခုသည် အစုအဝေးတွင် ဖော်ပြထားသည့်အတိုင်း မဟုတ်သဖြင့် (ပျက်စီး သို့မဟုတ် ပြောင်းလဲထား) လက်မခံပါ။</numerusform>
            </translation>
        </message>
        <message>
            <source>This computer could not check which computer made it (it has not synced with headquarters, or imported its reply, yet); headquarters checks it when the bundle reaches it.</source>
            <translation>ဤဖိုင်ကို မည်သည့်ကွန်ပျူတာက ပြုလုပ်ခဲ့သည်ကို ဤကွန်ပျူတာက မစစ်ဆေးနိုင်ပါ (ဌာနချုပ်နှင့် ဒေတာ ချိန်ကိုက်ခြင်း သို့မဟုတ် ၎င်း၏ ပြန်ကြားချက်ကို တင်သွင်းခြင်း မပြုရသေးပါ)။ ဖိုင် ဌာနချုပ်သို့ ရောက်သောအခါ ဌာနချုပ်က စစ်ဆေးပါမည်။</translation>
        </message>
        <message>
            <source>Reading the sync bundle…</source>
            <translation>ဒေတာ ချိန်ကိုက်ဖိုင်ကို ဖတ်နေသည်…</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>ဒေတာ ချိန်ကိုက်နေသည်…</translation>
        </message>
        <message numerus="yes">
            <source>Resolve %n conflict(s)…</source>
            <translation>
                <numerusform>ကွဲလွဲမှု %n ခုကို ဖြေရှင်းရန်…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes received could not be stored on this computer: kept here, to be applied after an update of GMS Desk.</source>
            <translation>
                <numerusform>လက်ခံရရှိသော ပြောင်းလဲမှု %n ခုကို ဤကွန်ပျူတာတွင် မသိမ်းနိုင်ပါ။ ထိုပြောင်းလဲမှုများကို ထိန်းသိမ်းထားပြီး GMS Desk က သိရှိလာသောအခါ (အဆင့်မြှင့်တင်ပြီးနောက်) အသုံးပြုပါမည်။</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes were refused by headquarters: kept here, not sent again.</source>
            <translation>
                <numerusform>ပြောင်းလဲမှု %n ခုကို ဌာနချုပ်က ငြင်းပယ်ခဲ့သည်- ဤနေရာတွင် ဆက်ထားပြီး ထပ်မံ မပို့တော့ပါ။</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing</source>
            <translation>မရှိပါ</translation>
        </message>
        <message>
            <source>received</source>
            <translation>လက်ခံရရှိ</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>ငြင်းပယ်ခံရ</translation>
        </message>
        <message>
            <source>%1 — %2 “%3” (refused): %4</source>
            <translation>%1 — %2 “%3” (ငြင်းပယ်ခံရ): %4</translation>
        </message>
        <message>
            <source>Discard refused changes</source>
            <translation>ငြင်းပယ်ခံရသော ပြောင်းလဲမှုများကို စွန့်ပစ်ရန်</translation>
        </message>
        <message numerus="yes">
            <source>Forget %n refused change(s)? What was typed stays on this computer only; copy it first if someone needs it.</source>
            <translation>
                <numerusform>ငြင်းပယ်ခံရသော ပြောင်းလဲမှု %n ခုကို စွန့်ပစ်မလား? ထိုတန်ဖိုးများသည် ဤကွန်ပျူတာတွင်သာ ရှိနေပါမည်။ တစ်စုံတစ်ဦး လိုအပ်ပါက ဦးစွာ ကူးယူထားပါ။</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent %1, received %2, %n conflict(s)</source>
            <translation>
                <numerusform>ပို့ပြီး %1၊ လက်ခံပြီး %2၊ ကွဲလွဲမှု %n ခု</numerusform>
            </translation>
        </message>
        <message>
            <source>Sent %1, received %2</source>
            <translation>ပို့ပြီး %1၊ လက်ခံပြီး %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln change(s) of demo data kept here</source>
            <translation>
                <numerusform>နမူနာ ဒေတာ ပြောင်းလဲမှု %Ln ခုကို ဤနေရာတွင် ထားရှိသည်</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>Enrolling this computer with headquarters…</source>
            <translation>ဤကွန်ပျူတာကို ဌာနချုပ်တွင် မှတ်ပုံတင်နေသည်…</translation>
        </message>
    </context>
    <context>
        <name>SyncService</name>
        <message>
            <source>Sync not set up</source>
            <translation>ဒေတာ ချိန်ကိုက်ခြင်း မသတ်မှတ်ရသေးပါ</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>ဒေတာ ချိန်ကိုက်နေသည်…</translation>
        </message>
        <message>
            <source>Sync is busy. Try again in a moment.</source>
            <translation>ဒေတာ ချိန်ကိုက်ခြင်း လုပ်ဆောင်နေဆဲ ဖြစ်သည်။ ခဏနေမှ ထပ်စမ်းကြည့်ပါ။</translation>
        </message>
        <message>
            <source>Syncing… %1 of %2 changes sent</source>
            <translation>ဒေတာ ချိန်ကိုက်နေသည်… ပြောင်းလဲမှု %2 ခုအနက် %1 ခု ပို့ပြီး</translation>
        </message>
        <message>
            <source>Sync problem: %1</source>
            <translation>ဒေတာ ချိန်ကိုက်ခြင်း ပြဿနာ: %1</translation>
        </message>
        <message>
            <source>Unexpected error (details in gmsdesk.log): %1</source>
            <translation>မမျှော်လင့်ထားသော အမှား (အသေးစိတ်ကို gmsdesk.log တွင် ကြည့်ပါ): %1</translation>
        </message>
        <message>
            <source>Enrolment failed unexpectedly (details in gmsdesk.log): %1</source>
            <translation>မှတ်ပုံတင်ခြင်း မမျှော်လင့်ဘဲ မအောင်မြင်ပါ (အသေးစိတ်ကို gmsdesk.log တွင် ကြည့်ပါ): %1</translation>
        </message>
        <message numerus="yes">
            <source>Offline — %n change(s) waiting</source>
            <translation>
                <numerusform>အော့ဖ်လိုင်း — ပြောင်းလဲမှု %n ခု စောင့်နေသည်</numerusform>
            </translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>ဒေတာ ချိန်ကိုက်ခြင်း မပြုလုပ်ရသေးပါ</translation>
        </message>
        <message>
            <source>Synced at %1</source>
            <translation>%1 တွင် ဒေတာ ချိန်ကိုက်ပြီးပါပြီ</translation>
        </message>
        <message>
            <source>Last synced %1</source>
            <translation>နောက်ဆုံး ဒေတာ ချိန်ကိုက်ခဲ့ချိန် %1</translation>
        </message>
    </context>
    <context>
        <name>Targets</name>
        <message>
            <source>Enter the first and the last day of the period.</source>
            <translation>ကာလ၏ ပထမရက်နှင့် နောက်ဆုံးရက်ကို ထည့်ပါ။</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>ကာလသည် မစတင်မီ ပြီးဆုံးနေသည်။</translation>
        </message>
        <message>
            <source>Enter a target value or a baseline.</source>
            <translation>ပန်းတိုင် တန်ဖိုး သို့မဟုတ် အခြေခံ တန်ဖိုး ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Enter the agency's code, for example kh-sr.</source>
            <translation>အဖွဲ့အစည်း ကုဒ်ကို ထည့်ပါ၊ ဥပမာ kh-sr။</translation>
        </message>
        <message>
            <source>Enter the province.</source>
            <translation>တိုင်း/ပြည်နယ်ကို ထည့်ပါ။</translation>
        </message>
        <message>
            <source>A target for the whole programme is for no one place: leave “for” empty.</source>
            <translation>အစီအစဉ် တစ်ခုလုံးအတွက် ပန်းတိုင်သည် မည်သည့်နေရာ တစ်ခုအတွက်မျှ မဟုတ်ပါ- “for” ကို ကွက်လပ် ထားပါ။</translation>
        </message>
        <message>
            <source>Only headquarters sets targets for the whole programme and for economies.</source>
            <translation>အစီအစဉ် တစ်ခုလုံးနှင့် နိုင်ငံ/ဒေသများအတွက် ပန်းတိုင်ကို ဌာနချုပ်ကသာ သတ်မှတ်သည်။</translation>
        </message>
        <message>
            <source>An agency sets targets for itself and for the provinces it serves only.</source>
            <translation>အဖွဲ့အစည်းတစ်ခုသည် မိမိအတွက်နှင့် မိမိ ဝန်ဆောင်ရာ တိုင်း/ပြည်နယ်များအတွက်သာ ပန်းတိုင် သတ်မှတ်နိုင်သည်။</translation>
        </message>
        <message>
            <source>Set by headquarters: this target cannot be changed here.</source>
            <translation>ဌာနချုပ်က သတ်မှတ်ထားသည်- ဤပန်းတိုင်ကို ဤနေရာတွင် ပြင်ဆင်၍ မရပါ။</translation>
        </message>
        <message>
            <source>There is no indicator with this code.</source>
            <translation>ဤကုဒ်ပါသော ညွှန်ကိန်း မရှိပါ။</translation>
        </message>
        <message>
            <source>Choose an .xlsx file.</source>
            <translation>.xlsx ဖိုင်တစ်ခုကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>The first row must name the columns: indicator, scope, for, from, to, target, baseline, baseline date, notes.</source>
            <translation>ပထမ အတန်းတွင် ကော်လံအမည်များ ပါရမည်: indicator, scope, for, from, to, target, baseline, baseline date, notes။</translation>
        </message>
        <message>
            <source>This file could not be read as a spreadsheet.</source>
            <translation>ဤဖိုင်ကို ဇယားဖိုင်အဖြစ် ဖတ်၍ မရပါ။</translation>
        </message>
        <message>
            <source>Provinces</source>
            <translation>တိုင်း/ပြည်နယ်များ</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>အဖွဲ့အစည်းများ</translation>
        </message>
        <message>
            <source>Economies</source>
            <translation>နိုင်ငံ/ဒေသများ</translation>
        </message>
        <message>
            <source>Whole programme</source>
            <translation>အစီအစဉ် တစ်ခုလုံး</translation>
        </message>
        <message>
            <source>Set by headquarters</source>
            <translation>ဌာနချုပ်က သတ်မှတ်ထားသည်</translation>
        </message>
        <message>
            <source>Baseline: %1</source>
            <translation>အခြေခံ တန်ဖိုး: %1</translation>
        </message>
        <message>
            <source>Target: %1</source>
            <translation>ပန်းတိုင်: %1</translation>
        </message>
        <message>
            <source>Baseline measured on %1</source>
            <translation>အခြေခံ တန်ဖိုးကို %1 တွင် တိုင်းတာခဲ့သည်</translation>
        </message>
        <message>
            <source>“%1” is not a number. Type a number of 0 or more, or nothing to clear the cell.</source>
            <translation>“%1” သည် ဂဏန်း မဟုတ်ပါ။ 0 သို့မဟုတ် ထို့ထက်များသော ဂဏန်းကို ရိုက်ပါ၊ သို့မဟုတ် အကွက်ကို ရှင်းရန် ဘာမျှ မရိုက်ပါနှင့်။</translation>
        </message>
        <message>
            <source>Row %1, column “%2”: %3</source>
            <translation>အတန်း %1၊ ကော်လံ “%2”: %3</translation>
        </message>
    </context>
    <context>
        <name>TargetsEditor</name>
        <message>
            <source>Year</source>
            <translation>နှစ်</translation>
        </message>
        <message>
            <source>Whole year or quarter</source>
            <translation>တစ်နှစ်လုံး သို့မဟုတ် သုံးလပတ်</translation>
        </message>
        <message>
            <source>Whole year</source>
            <translation>တစ်နှစ်လုံး</translation>
        </message>
        <message>
            <source>Quarter %1</source>
            <translation>သုံးလပတ် %1</translation>
        </message>
        <message>
            <source>Targets for</source>
            <translation>ပန်းတိုင် သတ်မှတ်ရာ</translation>
        </message>
        <message>
            <source>Economy</source>
            <translation>နိုင်ငံ/ဒေသ</translation>
        </message>
        <message>
            <source>All economies</source>
            <translation>နိုင်ငံ/ဒေသ အားလုံး</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>ထည့်သွင်းမည့်အရာ</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>ပန်းတိုင်များ</translation>
        </message>
        <message>
            <source>Baselines</source>
            <translation>အခြေခံ တန်ဖိုးများ</translation>
        </message>
        <message>
            <source>Baseline date</source>
            <translation>အခြေခံ တန်ဖိုး တိုင်းတာသည့်ရက်</translation>
        </message>
        <message>
            <source>The day the baselines typed now were measured (usually the day before the period starts)</source>
            <translation>ယခု ရိုက်ထည့်နေသော အခြေခံ တန်ဖိုးများကို တိုင်းတာခဲ့သည့်ရက် (ပုံမှန်အားဖြင့် ကာလ မစတင်မီ တစ်ရက်)</translation>
        </message>
        <message>
            <source>measured on</source>
            <translation>တိုင်းတာသည့်ရက်</translation>
        </message>
        <message>
            <source>Import XLSX…</source>
            <translation>XLSX တင်သွင်းရန်…</translation>
        </message>
        <message>
            <source>Set targets from a spreadsheet with the columns indicator, scope, for, from, to, target, baseline, baseline date, notes (as an export writes them)</source>
            <translation>indicator, scope, for, from, to, target, baseline, baseline date, notes ကော်လံများပါသော ဇယားဖိုင်မှ ပန်းတိုင်များ သတ်မှတ်ရန် (ထုတ်ယူသည့်ဖိုင်ကဲ့သို့)</translation>
        </message>
        <message>
            <source>Export XLSX…</source>
            <translation>XLSX ထုတ်ယူရန်…</translation>
        </message>
        <message>
            <source>Every target and baseline in one sheet</source>
            <translation>ပန်းတိုင်နှင့် အခြေခံ တန်ဖိုး အားလုံးကို sheet တစ်ခုတည်းတွင်</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>ရှင်းရန်</translation>
        </message>
        <message>
            <source>Clear the selected cells (Del)</source>
            <translation>ရွေးထားသော အကွက်များကို ရှင်းရန် (Del)</translation>
        </message>
        <message>
            <source>Type a number and press Enter or Tab; paste a block copied from a spreadsheet with Ctrl+V; Del clears. Grey cells were set by headquarters.</source>
            <translation>ဂဏန်းကို ရိုက်ပြီး Enter သို့မဟုတ် Tab နှိပ်ပါ။ ဇယားဖိုင်မှ ကူးယူထားသော အကွက်အစုကို Ctrl+V ဖြင့် ကူးထည့်ပါ။ Del ဖြင့် ရှင်းပါ။ မီးခိုးရောင် အကွက်များကို ဌာနချုပ်က သတ်မှတ်ထားသည်။</translation>
        </message>
        <message>
            <source>No places to set targets for yet: provinces come from the agencies' profiles and the SMEs recorded.</source>
            <translation>ပန်းတိုင် သတ်မှတ်ရန် နေရာ မရှိသေးပါ- တိုင်း/ပြည်နယ်များကို အဖွဲ့အစည်းများ၏ အချက်အလက်နှင့် မှတ်တမ်းတင်ထားသော SME လုပ်ငန်းများမှ ရယူသည်။</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>အခြေခံ တန်ဖိုး</translation>
        </message>
        <message>
            <source>target</source>
            <translation>ပန်းတိုင်</translation>
        </message>
        <message>
            <source>clear %1 of %2 for %3</source>
            <translation>%3 အတွက် %2 ၏ %1 ကို ရှင်းခြင်း</translation>
        </message>
        <message>
            <source>set %1 of %2 for %3</source>
            <translation>%3 အတွက် %2 ၏ %1 ကို သတ်မှတ်ခြင်း</translation>
        </message>
        <message numerus="yes">
            <source>clear %n cell(s)</source>
            <translation>
                <numerusform>အကွက် %n ကွက် ရှင်းခြင်း</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left %n cell(s) set by headquarters as they are.</source>
            <translation>
                <numerusform>ဌာနချုပ်က သတ်မှတ်ထားသော အကွက် %n ကွက်ကို မူလအတိုင်း ထားခဲ့သည်။</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left out %n pasted value(s): not a number.</source>
            <translation>
                <numerusform>ကူးထည့်ထားသော တန်ဖိုး %n ခုသည် ဂဏန်း မဟုတ်သဖြင့် ချန်ထားခဲ့သည်။</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left out %n row(s); correct the file and import it again.</source>
            <translation>
                <numerusform>အတန်း %n တန်းကို ချန်ထားခဲ့သည်။ ဖိုင်တွင် ပြင်ဆင်ပြီး ထပ်မံ တင်သွင်းပါ။</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>paste %n cell(s)</source>
            <translation>
                <numerusform>အကွက် %n ကွက် ကူးထည့်ခြင်း</numerusform>
            </translation>
        </message>
        <message>
            <source>Import targets</source>
            <translation>ပန်းတိုင်များ တင်သွင်းရန်</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel ဖိုင် (*.xlsx)</translation>
        </message>
        <message>
            <source>Export targets</source>
            <translation>ပန်းတိုင်များ ထုတ်ယူရန်</translation>
        </message>
        <message>
            <source>Importing targets…</source>
            <translation>ပန်းတိုင်များ တင်သွင်းနေသည်…</translation>
        </message>
        <message>
            <source>%1 added, %2 changed, %3 already as in the file.</source>
            <translation>အသစ်ထည့် %1၊ ပြောင်းလဲ %2၊ ဖိုင်အတိုင်း ရှိပြီးသား %3။</translation>
        </message>
        <message numerus="yes">
            <source>%n target(s) exported.</source>
            <translation>
                <numerusform>ပန်းတိုင် %n ခုကို ထုတ်ယူပြီးပါပြီ။</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting targets…</source>
            <translation>ပန်းတိုင်များ ထုတ်ယူနေသည်…</translation>
        </message>
    </context>
    <context>
        <name>Task</name>
        <message>
            <source>Cancel</source>
            <translation>ပယ်ဖျက်ရန်</translation>
        </message>
    </context>
    <context>
        <name>Training</name>
        <message>
            <source>Basic</source>
            <translation>အခြေခံ</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>အဆင့်မြင့်</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>စီစဉ်ထားသည်</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>ကျင်းပနေသည်</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>ကျင်းပပြီး</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>မစတင်ရသေး</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>သင်ယူနေဆဲ</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>ပြီးဆုံးပြီ</translation>
        </message>
        <message>
            <source>Website set-up</source>
            <translation>ဝက်ဘ်ဆိုက် တည်ဆောက်ပေးခြင်း</translation>
        </message>
        <message>
            <source>Catalogue or e-marketplace listing</source>
            <translation>ကတ်တလောက် သို့မဟုတ် အွန်လိုင်းဈေးကွက်တွင် စာရင်းတင်ပေးခြင်း</translation>
        </message>
        <message>
            <source>Content creation</source>
            <translation>အကြောင်းအရာ ဖန်တီးပေးခြင်း</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>ဘာသာပြန်ပေးခြင်း</translation>
        </message>
        <message>
            <source>Online payment set-up</source>
            <translation>အွန်လိုင်းငွေပေးချေမှု စီစဉ်ပေးခြင်း</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>သင်တန်းပေးခြင်း</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>အကြံပေးခြင်း</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>အီးမေးလ်</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>ဝက်ဘ်ဆိုက်</translation>
        </message>
        <message>
            <source>E-marketplace</source>
            <translation>အွန်လိုင်းဈေးကွက်</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>ဆိုရှယ်မီဒီယာ</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>ဖုန်း</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>ဖက်စ်</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>အခြား</translation>
        </message>
        <message>
            <source>No reply</source>
            <translation>ပြန်ကြားချက် မရှိ</translation>
        </message>
        <message>
            <source>In discussion</source>
            <translation>ညှိနှိုင်းဆဲ</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>မှာယူမှု ရရှိ</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>အရောင်းမဖြစ်</translation>
        </message>
    </context>
    <context>
        <name>TrainingArea</name>
        <message>
            <source>← All workshops</source>
            <translation>← အလုပ်ရုံဆွေးနွေးပွဲ အားလုံး</translation>
        </message>
        <message>
            <source>Back to the workshop list (Alt+Left)</source>
            <translation>အလုပ်ရုံဆွေးနွေးပွဲ စာရင်းသို့ ပြန်သွားရန် (Alt+Left)</translation>
        </message>
        <message>
            <source>New workshop</source>
            <translation>အလုပ်ရုံဆွေးနွေးပွဲ အသစ်</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>ဖွင့်ရန်</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>ပြင်ဆင်ရန်…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ဖျက်ရန်</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>ပြန်ယူရန်</translation>
        </message>
        <message>
            <source>Search title, venue, trainer, partner…</source>
            <translation>ခေါင်းစဉ်၊ ကျင်းပရာနေရာ၊ သင်တန်းဆရာ၊ ပူးပေါင်းအဖွဲ့အစည်း ရှာရန်…</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>အခြေအနေ အားလုံး</translation>
        </message>
        <message>
            <source>Deleted workshops</source>
            <translation>ဖျက်ထားသော အလုပ်ရုံဆွေးနွေးပွဲများ</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <source>All agencies</source>
            <translation>အဖွဲ့အစည်း အားလုံး</translation>
        </message>
        <message>
            <source>No workshops yet. Press Ctrl+N to plan one: title, track and modules, dates, venue and trainers.</source>
            <translation>အလုပ်ရုံဆွေးနွေးပွဲ မရှိသေးပါ။ တစ်ခု စီစဉ်ရန် Ctrl+N ကို နှိပ်ပါ: ခေါင်းစဉ်၊ သင်တန်းအဆင့်နှင့် သင်ခန်းစာများ၊ ရက်စွဲများ၊ ကျင်းပရာနေရာနှင့် သင်တန်းဆရာများ။</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>သင်တန်း</translation>
        </message>
        <message>
            <source>&amp;Workshops</source>
            <translation>အလုပ်ရုံဆွေးနွေးပွဲများ(&amp;W)</translation>
        </message>
        <message>
            <source>Awareness &amp;events</source>
            <translation>အသိပညာပေးပွဲများ(&amp;E)</translation>
        </message>
        <message numerus="yes">
            <source>%n workshop(s)</source>
            <translation>
                <numerusform>အလုပ်ရုံဆွေးနွေးပွဲ %n ခု</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 workshops</source>
            <translation>အလုပ်ရုံဆွေးနွေးပွဲ %2 ခုအနက် %1 ခု</translation>
        </message>
        <message>
            <source>delete “%1”</source>
            <translation>“%1” ကို ဖျက်ရန်</translation>
        </message>
        <message>
            <source>“%1” deleted. Undo with Ctrl+Z, or find it under “Deleted workshops”.</source>
            <translation>“%1” ကို ဖျက်ပြီးပါပြီ။ Ctrl+Z ဖြင့် နောက်ပြန်နိုင်သည်၊ သို့မဟုတ် “ဖျက်ထားသော အလုပ်ရုံဆွေးနွေးပွဲများ” တွင် ရှာပါ။</translation>
        </message>
        <message>
            <source>restore “%1”</source>
            <translation>“%1” ကို ပြန်ယူရန်</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>Undo</source>
            <translation>နောက်ပြန်</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>ပြန်လုပ်</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>Enter the business name.</source>
            <translation>လုပ်ငန်းအမည် ထည့်ပါ။</translation>
        </message>
        <message>
            <source>This cannot be empty.</source>
            <translation>ဤနေရာကို ကွက်လပ် မထားရပါ။</translation>
        </message>
        <message>
            <source>This is too long.</source>
            <translation>ဤစာသား ရှည်လွန်းပါသည်။</translation>
        </message>
        <message>
            <source>Enter a whole number, for example 12.</source>
            <translation>ကိန်းပြည့် ထည့်ပါ၊ ဥပမာ 12။</translation>
        </message>
        <message>
            <source>Enter a number, for example 12.5.</source>
            <translation>ဂဏန်း ထည့်ပါ၊ ဥပမာ 12.5။</translation>
        </message>
        <message>
            <source>The number cannot be negative.</source>
            <translation>အနုတ်ကိန်း မဖြစ်ရပါ။</translation>
        </message>
        <message>
            <source>This number is out of range.</source>
            <translation>ဤဂဏန်းသည် ခွင့်ပြုထားသော အပိုင်းအခြား ပြင်ပတွင် ရှိသည်။</translation>
        </message>
        <message>
            <source>Choose a value from the list.</source>
            <translation>စာရင်းထဲမှ တန်ဖိုးတစ်ခုကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>This is not in the expected form.</source>
            <translation>မျှော်မှန်းထားသော ပုံစံနှင့် မကိုက်ညီပါ။</translation>
        </message>
        <message>
            <source>Female employees cannot be more than all employees.</source>
            <translation>အမျိုးသမီးဝန်ထမ်းဦးရေသည် စုစုပေါင်းဝန်ထမ်းဦးရေထက် မများရပါ။</translation>
        </message>
        <message>
            <source>Choose services from the list.</source>
            <translation>စာရင်းထဲမှ ဝန်ဆောင်မှုများကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Enter the agency's name.</source>
            <translation>အဖွဲ့အစည်း၏ အမည်ကို ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Enter a year between 1900 and this year.</source>
            <translation>1900 မှ ယခုနှစ်အထိ ခရစ်နှစ်တစ်ခု ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Choose no reply, in discussion, order or lost.</source>
            <translation>ပြန်ကြားချက် မရှိ၊ ညှိနှိုင်းဆဲ၊ မှာယူမှု ရရှိ သို့မဟုတ် အရောင်းမဖြစ် ကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Choose where the SME is online.</source>
            <translation>SME လုပ်ငန်း အွန်လိုင်းပေါ်တွင် ရှိနေသည့် နေရာကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Choose registered, displaying products or inactive.</source>
            <translation>မှတ်ပုံတင်ပြီး၊ ထုတ်ကုန်များ ပြသနေသည် သို့မဟုတ် လှုပ်ရှားမှု မရှိ ကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>The last day cannot be before the first.</source>
            <translation>နောက်ဆုံးနေ့သည် ပထမနေ့ထက် စော၍ မရပါ။</translation>
        </message>
        <message>
            <source>Choose the kind of event.</source>
            <translation>ပွဲ အမျိုးအစားကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Choose the area.</source>
            <translation>အကြောင်းအရာ နယ်ပယ်ကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Choose the indicator.</source>
            <translation>ညွှန်ကိန်းကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Choose programme, economy, agency or province.</source>
            <translation>အစီအစဉ်၊ နိုင်ငံ/ဒေသ၊ အဖွဲ့အစည်း သို့မဟုတ် တိုင်း/ပြည်နယ် ကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>This does not look like an e-mail address.</source>
            <translation>ဤသည်မှာ မှန်ကန်သော အီးမေးလ်လိပ်စာ မဟုတ်ပါ။</translation>
        </message>
        <message>
            <source>This does not look like a web address.</source>
            <translation>ဤသည်မှာ မှန်ကန်သော ဝက်ဘ်လိပ်စာ မဟုတ်ပါ။</translation>
        </message>
        <message>
            <source>Use digits, spaces and + - ( ) only, at least 6 digits.</source>
            <translation>ဂဏန်း၊ ကွက်လပ်နှင့် + - ( ) ကိုသာ သုံးပါ၊ အနည်းဆုံး ဂဏန်း 6 လုံး ပါရမည်။</translation>
        </message>
        <message>
            <source>Choose a sector from the list.</source>
            <translation>စာရင်းမှ ကဏ္ဍတစ်ခုကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Choose one of the six economies.</source>
            <translation>နိုင်ငံ/ဒေသ ခြောက်ခုအနက် တစ်ခုကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Choose female, male or other.</source>
            <translation>အမျိုးသမီး၊ အမျိုးသား သို့မဟုတ် အခြား ကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Enter a name for the sector.</source>
            <translation>ကဏ္ဍအမည် ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Enter a title.</source>
            <translation>ခေါင်းစဉ် ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Enter the person's name.</source>
            <translation>ထိုသူ၏ အမည်ကို ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Choose basic or advanced.</source>
            <translation>အခြေခံ သို့မဟုတ် အဆင့်မြင့် ကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Choose planned, running or done.</source>
            <translation>စီစဉ်ထားသည်၊ ကျင်းပနေသည် သို့မဟုတ် ကျင်းပပြီး ကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Enter a date as YYYY-MM-DD, for example 2025-03-14.</source>
            <translation>ရက်စွဲကို YYYY-MM-DD ပုံစံဖြင့် ထည့်ပါ၊ ဥပမာ 2025-03-14။</translation>
        </message>
        <message>
            <source>Enter the date.</source>
            <translation>ရက်စွဲ ထည့်ပါ။</translation>
        </message>
        <message>
            <source>The last day cannot be before the first day.</source>
            <translation>နောက်ဆုံးနေ့သည် ပထမနေ့ထက် စော၍ မရပါ။</translation>
        </message>
        <message>
            <source>Enter the first day too.</source>
            <translation>ပထမနေ့ကိုလည်း ထည့်ပါ။</translation>
        </message>
        <message>
            <source>A workshop can last at most 60 days.</source>
            <translation>အလုပ်ရုံဆွေးနွေးပွဲ တစ်ခုသည် 60 ရက်ထက် မပိုရပါ။</translation>
        </message>
        <message>
            <source>Enter a two-letter country code, for example JP.</source>
            <translation>စာလုံး 2 လုံးပါ နိုင်ငံကုဒ် ထည့်ပါ၊ ဥပမာ JP။</translation>
        </message>
        <message>
            <source>Choose modules from the catalogue.</source>
            <translation>သင်ခန်းစာ စာရင်းထဲမှ သင်ခန်းစာများကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Choose an SME from the registry.</source>
            <translation>SME လုပ်ငန်း စာရင်းထဲမှ တစ်ခုကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Choose a service delivered to this SME.</source>
            <translation>ဤ SME လုပ်ငန်းသို့ ပေးအပ်ခဲ့သော ဝန်ဆောင်မှု တစ်ခုကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Enter a score from 0 to 100.</source>
            <translation>0 မှ 100 အတွင်း ရမှတ် ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Enter an amount of 0 or more, for example 150.</source>
            <translation>0 သို့မဟုတ် ထို့ထက်များသော ပမာဏ ထည့်ပါ၊ ဥပမာ 150။</translation>
        </message>
        <message>
            <source>Enter a three-letter currency code, for example USD.</source>
            <translation>စာလုံး 3 လုံးပါ ငွေကြေးကုဒ် ထည့်ပါ၊ ဥပမာ USD။</translation>
        </message>
        <message>
            <source>Choose the kind of service.</source>
            <translation>ဝန်ဆောင်မှု အမျိုးအစားကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Choose how the inquiry came in.</source>
            <translation>စုံစမ်းမေးမြန်းမှု ရောက်လာသည့် နည်းလမ်းကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Choose not started, in progress or completed.</source>
            <translation>မစတင်ရသေး၊ သင်ယူနေဆဲ သို့မဟုတ် ပြီးဆုံးပြီ ကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Progress only moves forward; an administrator can revert it, with a reason.</source>
            <translation>တိုးတက်မှုသည် ရှေ့သို့သာ တိုးပါသည်။ စီမံခန့်ခွဲသူက အကြောင်းပြချက်ဖြင့် နောက်ပြန်ရွှေ့နိုင်ပါသည်။</translation>
        </message>
        <message>
            <source>A revert must go back to an earlier step.</source>
            <translation>နောက်ပြန်ရွှေ့ခြင်းသည် ယခင်အဆင့်သို့ ဖြစ်ရပါမည်။</translation>
        </message>
        <message>
            <source>Give a reason for the revert.</source>
            <translation>နောက်ပြန်ရွှေ့ရသည့် အကြောင်းပြချက်ကို ဖော်ပြပါ။</translation>
        </message>
        <message>
            <source>Say who reverts it.</source>
            <translation>နောက်ပြန်ရွှေ့သူ၏ အမည်ကို ဖော်ပြပါ။</translation>
        </message>
        <message>
            <source>This module is not part of the workshop.</source>
            <translation>ဤသင်ခန်းစာသည် ဤအလုပ်ရုံဆွေးနွေးပွဲတွင် မပါဝင်ပါ။</translation>
        </message>
        <message>
            <source>This person is not enrolled in the workshop.</source>
            <translation>ဤသူသည် ဤအလုပ်ရုံဆွေးနွေးပွဲတွင် စာရင်းသွင်းထားခြင်း မရှိပါ။</translation>
        </message>
        <message>
            <source>This day is not part of the workshop.</source>
            <translation>ဤနေ့သည် အလုပ်ရုံဆွေးနွေးပွဲ ကျင်းပသည့်ရက် မဟုတ်ပါ။</translation>
        </message>
        <message>
            <source>Choose a workshop.</source>
            <translation>အလုပ်ရုံဆွေးနွေးပွဲ တစ်ခုကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>A retired module cannot be added to a workshop: choose another one.</source>
            <translation>အသုံးမပြုတော့သော သင်ခန်းစာကို အလုပ်ရုံဆွေးနွေးပွဲတွင် ထည့်၍ မရပါ- အခြားတစ်ခုကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Choose one of this SME's online presences.</source>
            <translation>ဤ SME လုပ်ငန်း၏ အွန်လိုင်း ချန်နယ်များအနက် တစ်ခုကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>An order value goes with the outcome “Order”: choose that outcome or clear the value.</source>
            <translation>မှာယူမှု တန်ဖိုးသည် “မှာယူမှု ရရှိ” ရလဒ်နှင့်သာ သက်ဆိုင်သည်- ထိုရလဒ်ကို ရွေးပါ သို့မဟုတ် တန်ဖိုးကို ရှင်းပါ။</translation>
        </message>
        <message>
            <source>This workshop is not over yet: certificates are issued after its last day.</source>
            <translation>ဤအလုပ်ရုံဆွေးနွေးပွဲ မပြီးသေးပါ- လက်မှတ်များကို ၎င်း၏ နောက်ဆုံးနေ့ ပြီးမှ ထုတ်ပေးပါသည်။</translation>
        </message>
        <message>
            <source>A certificate cannot be dated before the workshop's last day.</source>
            <translation>လက်မှတ်ကို အလုပ်ရုံဆွေးနွေးပွဲ၏ နောက်ဆုံးနေ့ မတိုင်မီ ရက်စွဲ ထား၍ မရပါ။</translation>
        </message>
        <message>
            <source>Enter a share of the days from 0 to 100 %.</source>
            <translation>ရက်အချိုးကို 0 မှ 100 % အတွင်း ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Write languages as codes separated by commas, for example km, en, ja.</source>
            <translation>ဘာသာစကားများကို ကော်မာဖြင့် ခြားထားသော ကုဒ်များအဖြစ် ရေးပါ၊ ဥပမာ km, en, ja။</translation>
        </message>
        <message>
            <source>Write each language pair as two codes joined by a dash, for example km-ja.</source>
            <translation>ဘာသာစကား အတွဲတိုင်းကို တုံးတို (-) ဖြင့် ဆက်ထားသော ကုဒ်နှစ်ခုအဖြစ် ရေးပါ၊ ဥပမာ km-ja။</translation>
        </message>
        <message>
            <source>Write each currency as three capital letters, for example USD.</source>
            <translation>ငွေကြေးတစ်ခုစီကို စာလုံးကြီး 3 လုံးဖြင့် ရေးပါ၊ ဥပမာ USD။</translation>
        </message>
        <message>
            <source>Choose SMEs from the registry.</source>
            <translation>SME လုပ်ငန်း စာရင်းထဲမှ SME လုပ်ငန်းများကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>An earlier row of this file describes the same business with other values. Keep one of the two rows.</source>
            <translation>ဤဖိုင်ရှိ ယခင်အတန်းတစ်တန်းသည် တူညီသော လုပ်ငန်းကို မတူညီသော တန်ဖိုးများဖြင့် ဖော်ပြထားပါသည်။ အတန်းနှစ်တန်းအနက် တစ်တန်းကိုသာ ထားပါ။</translation>
        </message>
        <message>
            <source>Nobody in this workshop has a certificate yet: a certificate goes to each participant who completed every module and was present on enough of its days.</source>
            <translation>ဤအလုပ်ရုံဆွေးနွေးပွဲတွင် လက်မှတ် ရရှိသူ မရှိသေးပါ- သင်ခန်းစာအားလုံး ပြီးဆုံးပြီး ကျင်းပရက် လုံလောက်စွာ ရောက်ရှိခဲ့သော တက်ရောက်သူတိုင်း လက်မှတ် ရရှိပါမည်။</translation>
        </message>
        <message>
            <source>The logo file could not be read. Check that it is still there and that you may open it, then choose it again.</source>
            <translation>လိုဂိုဖိုင်ကို ဖတ်၍ မရပါ။ ဖိုင် ရှိနေဆဲ ဖြစ်ပြီး ဖွင့်ခွင့် ရှိကြောင်း စစ်ဆေးပြီး ထပ်မံ ရွေးပါ။</translation>
        </message>
        <message>
            <source>The logo file is larger than 2 MB. Choose a smaller image: a logo needs a few hundred pixels across, no more.</source>
            <translation>လိုဂိုဖိုင်သည် 2 MB ထက် ကြီးပါသည်။ ပိုသေးသော ပုံကို ရွေးပါ- လိုဂိုအတွက် အကျယ် pixel ရာဂဏန်း အနည်းငယ်သာ လိုပါသည်။</translation>
        </message>
        <message>
            <source>This file is not a PNG or JPEG image (or it is damaged). Choose a logo saved as PNG or JPEG.</source>
            <translation>ဤဖိုင်သည် PNG သို့မဟုတ် JPEG ပုံ မဟုတ်ပါ (သို့မဟုတ် ပျက်စီးနေပါသည်)။ PNG သို့မဟုတ် JPEG အဖြစ် သိမ်းထားသော လိုဂိုကို ရွေးပါ။</translation>
        </message>
    </context>
    <context>
        <name>WorkshopDialog</name>
        <message>
            <source>Edit workshop</source>
            <translation>အလုပ်ရုံဆွေးနွေးပွဲ ပြင်ဆင်ရန်</translation>
        </message>
        <message>
            <source>New workshop</source>
            <translation>အလုပ်ရုံဆွေးနွေးပွဲ အသစ်</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>သင်ခန်းစာများ</translation>
        </message>
        <message>
            <source>Names, separated by commas</source>
            <translation>အမည်များ (ကော်မာဖြင့် ခြားပါ)</translation>
        </message>
        <message>
            <source>%1 (set by hand)</source>
            <translation>%1 (ကိုယ်တိုင် သတ်မှတ်)</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>ခေါင်းစဉ်(&amp;T):</translation>
        </message>
        <message>
            <source>Trac&amp;k:</source>
            <translation>သင်တန်းအဆင့်(&amp;K):</translation>
        </message>
        <message>
            <source>&amp;Modules:</source>
            <translation>သင်ခန်းစာများ(&amp;M):</translation>
        </message>
        <message>
            <source>&amp;Dates:</source>
            <translation>ရက်စွဲများ(&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Venue:</source>
            <translation>ကျင်းပရာနေရာ(&amp;V):</translation>
        </message>
        <message>
            <source>&amp;Economy:</source>
            <translation>နိုင်ငံ/ဒေသ(&amp;E):</translation>
        </message>
        <message>
            <source>&amp;Province:</source>
            <translation>တိုင်း/ပြည်နယ်(&amp;P):</translation>
        </message>
        <message>
            <source>T&amp;rainers:</source>
            <translation>သင်တန်းဆရာများ(&amp;R):</translation>
        </message>
        <message>
            <source>P&amp;artner organisation:</source>
            <translation>ပူးပေါင်းအဖွဲ့အစည်း(&amp;A):</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>အခြေအနေ(&amp;S):</translation>
        </message>
        <message>
            <source>Attendance for a &amp;certificate:</source>
            <translation>လက်မှတ်ရရန် တက်ရောက်မှု(&amp;C):</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>မှတ်ချက်(&amp;N):</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>သိမ်းရန်</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ပယ်ဖျက်ရန်</translation>
        </message>
        <message>
            <source>%1 (retired)</source>
            <translation>%1 (အသုံးမပြုတော့)</translation>
        </message>
        <message>
            <source>Retired: new workshops are not offered it; workshops that have it keep it.</source>
            <translation>အသုံးမပြုတော့ပါ- အလုပ်ရုံဆွေးနွေးပွဲအသစ်များအတွက် ရွေး၍ မရတော့ပါ။ ၎င်းပါဝင်ပြီးသော အလုပ်ရုံဆွေးနွေးပွဲများတွင် ဆက်ရှိနေပါမည်။</translation>
        </message>
        <message>
            <source>Published by headquarters: it can be read here but not changed.</source>
            <translation>ဌာနချုပ်က ထုတ်ပြန်ထားသည်- ဤနေရာတွင် ကြည့်ရှုနိုင်သော်လည်း ပြင်ဆင်၍ မရပါ။</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n ရက်</numerusform>
            </translation>
        </message>
        <message>
            <source>As the dates say (now: %1)</source>
            <translation>ရက်စွဲများအတိုင်း (ယခု: %1)</translation>
        </message>
        <message>
            <source>Follows the dates: planned before the first day, running until the last, then done.</source>
            <translation>ရက်စွဲများအတိုင်း လိုက်ပါသည်- ပထမနေ့ မတိုင်မီ စီစဉ်ထားသည်၊ နောက်ဆုံးနေ့အထိ ကျင်းပနေသည်၊ ထို့နောက် ကျင်းပပြီး။</translation>
        </message>
        <message>
            <source>The dates already make it “%1”: setting it by hand changes nothing.</source>
            <translation>ရက်စွဲများအရ “%1” ဖြစ်နေပြီးသား ဖြစ်သည်- ကိုယ်တိုင် သတ်မှတ်ခြင်းဖြင့် ဘာမျှ မပြောင်းလဲပါ။</translation>
        </message>
        <message>
            <source>Running from now on, before its first day: for a workshop started early. After its last day it is done.</source>
            <translation>ပထမနေ့ မတိုင်မီ ယခုမှစ၍ ကျင်းပနေသည်- စောစီးစွာ စတင်ခဲ့သော အလုပ်ရုံဆွေးနွေးပွဲအတွက်။ နောက်ဆုံးနေ့ ပြီးနောက် ကျင်းပပြီး ဖြစ်ပါမည်။</translation>
        </message>
        <message>
            <source>Done from now on, before its last day: for a workshop finished or called off early.</source>
            <translation>နောက်ဆုံးနေ့ မတိုင်မီ ယခုမှစ၍ ကျင်းပပြီး- စောစီးစွာ ပြီးဆုံးခဲ့သော သို့မဟုတ် ဖျက်သိမ်းခဲ့သော အလုပ်ရုံဆွေးနွေးပွဲအတွက်။</translation>
        </message>
        <message>
            <source>Enter the workshop's title.</source>
            <translation>အလုပ်ရုံဆွေးနွေးပွဲ ခေါင်းစဉ် ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Tick at least one module.</source>
            <translation>အနည်းဆုံး သင်ခန်းစာ တစ်ခုကို အမှန်ခြစ်ပါ။</translation>
        </message>
        <message>
            <source>The last day cannot be before the first.</source>
            <translation>နောက်ဆုံးနေ့သည် ပထမနေ့ထက် စော၍ မရပါ။</translation>
        </message>
        <message>
            <source>A workshop can last at most 60 days.</source>
            <translation>အလုပ်ရုံဆွေးနွေးပွဲ တစ်ခုသည် 60 ရက်ထက် မပိုရပါ။</translation>
        </message>
    </context>
    <context>
        <name>WorkshopPage</name>
        <message>
            <source>&amp;Details</source>
            <translation>အသေးစိတ်(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Participants</source>
            <translation>တက်ရောက်သူများ(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Workshop mode (attendance)</source>
            <translation>အလုပ်ရုံဆွေးနွေးပွဲ မုဒ် (တက်ရောက်မှု)(&amp;W)</translation>
        </message>
        <message>
            <source>Pro&amp;gress &amp;&amp; scores</source>
            <translation>တိုးတက်မှုနှင့် ရမှတ်များ(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Certificates</source>
            <translation>လက်မှတ်များ(&amp;C)</translation>
        </message>
        <message>
            <source>Dates:</source>
            <translation>ရက်စွဲများ:</translation>
        </message>
        <message>
            <source>Track:</source>
            <translation>သင်တန်းအဆင့်:</translation>
        </message>
        <message>
            <source>Modules:</source>
            <translation>သင်ခန်းစာများ:</translation>
        </message>
        <message>
            <source>Venue:</source>
            <translation>ကျင်းပရာနေရာ:</translation>
        </message>
        <message>
            <source>Trainers:</source>
            <translation>သင်တန်းဆရာများ:</translation>
        </message>
        <message>
            <source>Partner:</source>
            <translation>ပူးပေါင်းအဖွဲ့အစည်း:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>အခြေအနေ:</translation>
        </message>
        <message>
            <source>Participants:</source>
            <translation>တက်ရောက်သူများ:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>မှတ်ချက်:</translation>
        </message>
        <message>
            <source>Edit workshop…</source>
            <translation>အလုပ်ရုံဆွေးနွေးပွဲ ပြင်ဆင်ရန်…</translation>
        </message>
        <message>
            <source>Start workshop mode (F5)</source>
            <translation>အလုပ်ရုံဆွေးနွေးပွဲ မုဒ် စတင်ရန် (F5)</translation>
        </message>
        <message>
            <source>Sign-in &amp;sheet… (%1)</source>
            <translation>လက်မှတ်ထိုးစာရင်း(&amp;S)… (%1)</translation>
        </message>
        <message>
            <source>Print a day's sign-in sheet for people to sign</source>
            <translation>လူများ လက်မှတ်ထိုးရန် နေ့တစ်နေ့၏ လက်မှတ်ထိုးစာရင်းကို ပုံနှိပ်ရန်</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>အမည်</translation>
        </message>
        <message>
            <source>Latin letters</source>
            <translation>အင်္ဂလိပ်အက္ခရာ</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>ကျား/မ</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>ရာထူး</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>ဖုန်း</translation>
        </message>
        <message>
            <source>SME</source>
            <translation>SME လုပ်ငန်း</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>လက်မှတ်အမှတ်</translation>
        </message>
        <message>
            <source>&amp;Enrol…</source>
            <translation>စာရင်းသွင်းရန်(&amp;E)…</translation>
        </message>
        <message>
            <source>Enrol people (Ctrl+E)</source>
            <translation>လူများ စာရင်းသွင်းရန် (Ctrl+E)</translation>
        </message>
        <message>
            <source>Remove from workshop</source>
            <translation>အလုပ်ရုံဆွေးနွေးပွဲမှ ဖယ်ရှားရန်</translation>
        </message>
        <message>
            <source>Only an administrator can move progress back: “Administrator…” in Settings asks for the administrator password.</source>
            <translation>စီမံခန့်ခွဲသူသာ တိုးတက်မှုကို နောက်ပြန်ရွှေ့နိုင်ပါသည်- ဆက်တင်များရှိ “စီမံခန့်ခွဲသူ…” က စီမံခန့်ခွဲသူ စကားဝှက်ကို တောင်းပါမည်။</translation>
        </message>
        <message>
            <source>Save sign-in sheet</source>
            <translation>လက်မှတ်ထိုးစာရင်း သိမ်းရန်</translation>
        </message>
        <message>
            <source>Sign-in sheet %1.pdf</source>
            <translation>လက်မှတ်ထိုးစာရင်း %1.pdf</translation>
        </message>
        <message>
            <source>Writing the sign-in sheet…</source>
            <translation>လက်မှတ်ထိုးစာရင်း ရေးသားနေသည်…</translation>
        </message>
        <message>
            <source>Writing the sign-in sheet</source>
            <translation>လက်မှတ်ထိုးစာရင်း ရေးသားနေသည်</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>ဖိုင်တွဲ ဖွင့်ရန်</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>တက်ရောက်သူ %n ဦး</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n day(s))</source>
            <translation>
                <numerusform>(%n ရက်)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n enrolled</source>
            <translation>
                <numerusform>စာရင်းသွင်းသူ %n ဦး</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n women</source>
            <translation>
                <numerusform>အမျိုးသမီး %n ဦး</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %n participant(s) from this workshop? Their attendance and progress are kept and come back if they are enrolled again.</source>
            <translation>
                <numerusform>တက်ရောက်သူ %n ဦးကို ဤအလုပ်ရုံဆွေးနွေးပွဲမှ ဖယ်ရှားမလား? ၎င်းတို့၏ တက်ရောက်မှုနှင့် တိုးတက်မှုကို ဆက်ထားမည်ဖြစ်ပြီး ထပ်မံ စာရင်းသွင်းပါက ပြန်ပေါ်လာပါမည်။</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s) moved forward.</source>
            <translation>
                <numerusform>အကွက် %n ကွက်ကို ရှေ့တိုးပြီးပါပြီ။</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to move forward: the selected cells are already completed.</source>
            <translation>ရှေ့တိုးစရာ မရှိပါ: ရွေးထားသော အကွက်များ ပြီးဆုံးပြီး ဖြစ်သည်။</translation>
        </message>
        <message>
            <source>This module has not been started.</source>
            <translation>ဤသင်ခန်းစာကို မစတင်ရသေးပါ။</translation>
        </message>
        <message>
            <source>Moved back to “%1”; the reason is recorded.</source>
            <translation>“%1” သို့ နောက်ပြန်ရွှေ့ပြီးပါပြီ။ အကြောင်းပြချက်ကို မှတ်တမ်းတင်ထားပါသည်။</translation>
        </message>
        <message>
            <source>PDF file (*.pdf)</source>
            <translation>PDF ဖိုင် (*.pdf)</translation>
        </message>
        <message>
            <source>Cancelled; no file was written.</source>
            <translation>ပယ်ဖျက်လိုက်ပါပြီ။ မည်သည့်ဖိုင်မျှ မရေးသားရပါ။</translation>
        </message>
        <message numerus="yes">
            <source>Saved the sign-in sheet (%n page(s)) to %1.</source>
            <translation>
                <numerusform>လက်မှတ်ထိုးစာရင်း (စာမျက်နှာ %n မျက်နှာ) ကို %1 တွင် သိမ်းပြီးပါပြီ။</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkshopTableModel</name>
        <message>
            <source>Workshop</source>
            <translation>အလုပ်ရုံဆွေးနွေးပွဲ</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>ရက်စွဲများ</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>သင်တန်းအဆင့်</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>ကျင်းပရာနေရာ</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>တက်ရောက်သူ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>အခြေအနေ</translation>
        </message>
    </context>
    <context>
        <name>YouPage</name>
        <message>
            <source>You and your agency</source>
            <translation>သင်နှင့် သင့်အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <source>Your name is saved with every change you make. New SMEs, workshops and events start with your agency's economy and province; you can still change them there.</source>
            <translation>သင် ပြုလုပ်သော ပြောင်းလဲမှုတိုင်းနှင့်အတူ သင့်အမည်ကို မှတ်တမ်းတင်ပါမည်။ SME လုပ်ငန်းသစ်များ၊ အလုပ်ရုံဆွေးနွေးပွဲများနှင့် ပွဲများတွင် သင့်အဖွဲ့အစည်း၏ နိုင်ငံ/ဒေသနှင့် တိုင်း/ပြည်နယ်ကို ကြိုတင် ဖြည့်ထားပါမည်၊ ထိုနေရာတွင် ပြောင်းနိုင်ပါသေးသည်။</translation>
        </message>
        <message>
            <source>Your full name, as colleagues know you</source>
            <translation>လုပ်ဖော်ကိုင်ဖက်များ သိကြသည့် သင်၏ အမည်အပြည့်အစုံ</translation>
        </message>
        <message>
            <source>Settings changes any of this later.</source>
            <translation>ဤအချက်များကို နောက်ပိုင်းတွင် ဆက်တင်များ၌ ပြောင်းနိုင်ပါသည်။</translation>
        </message>
    </context>
    <context>
        <name>_OptionalValueWidget</name>
        <message>
            <source>Not answered</source>
            <translation>မဖြေရသေးပါ</translation>
        </message>
    </context>
    <context>
        <name>_RecordDialog</name>
        <message>
            <source>Save</source>
            <translation>သိမ်းရန်</translation>
        </message>
        <message>
            <source>Save (Ctrl+Enter)</source>
            <translation>သိမ်းရန် (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ပယ်ဖျက်ရန်</translation>
        </message>
    </context>
</TS>
