<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my_MM">
    <context>
        <name>ConflictTableModel</name>
        <message>
            <source>SME</source>
            <translation>SME လုပ်ငန်း</translation>
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
        <name>Errors</name>
        <message>
            <source>GMS Desk may not write to this place. Choose another folder.</source>
            <translation>GMS Desk သည် ဤနေရာတွင် သိမ်းဆည်းခွင့် မရှိပါ။ အခြားဖိုင်တွဲတစ်ခုကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>The disk is full. Free some space and try again; nothing was lost.</source>
            <translation>ဒစ်ခ် ပြည့်နေပါပြီ။ နေရာလွတ် ပြုလုပ်ပြီး ထပ်စမ်းကြည့်ပါ။ မည်သည့်ဒေတာမျှ မပျောက်ပါ။</translation>
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
    </context>
    <context>
        <name>Field</name>
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
            <source>Sector</source>
            <translation>ကဏ္ဍ</translation>
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
            <source>The file has no rows.</source>
            <translation>ဖိုင်တွင် အတန်း မရှိပါ။</translation>
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
            <source>The file has column names but no rows below them. Choose another file.</source>
            <translation>ဖိုင်တွင် ကော်လံအမည်များ ပါသော်လည်း အောက်တွင် အတန်း မရှိပါ။ အခြားဖိုင်ကို ရွေးပါ။</translation>
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
            <source>Workshops, attendance, module progress, services delivered and certificates come in the next release.</source>
            <translation>အလုပ်ရုံဆွေးနွေးပွဲများ၊ တက်ရောက်မှု၊ သင်ခန်းစာအလိုက် တိုးတက်မှု၊ ပေးအပ်ခဲ့သော ဝန်ဆောင်မှုများနှင့် လက်မှတ်များကို နောက်ဗားရှင်းတွင် ထည့်သွင်းပါမည်။</translation>
        </message>
        <message>
            <source>Surveys</source>
            <translation>စစ်တမ်း</translation>
        </message>
        <message>
            <source>Needs-assessment and evaluation surveys (XLSForm) come in a later release.</source>
            <translation>လိုအပ်ချက် ဆန်းစစ်ခြင်းနှင့် အကဲဖြတ်ခြင်း စစ်တမ်းများ (XLSForm) ကို နောင်ဗားရှင်းများတွင် ထည့်သွင်းပါမည်။</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>အစီရင်ခံစာ</translation>
        </message>
        <message>
            <source>Indicator reports for headquarters come in a later release.</source>
            <translation>ဌာနချုပ်အတွက် ညွှန်ကိန်း အစီရင်ခံစာများကို နောင်ဗားရှင်းများတွင် ထည့်သွင်းပါမည်။</translation>
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
        <name>SettingsArea</name>
        <message>
            <source>Apply language</source>
            <translation>ဘာသာစကား ပြောင်းရန်</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ဘာသာစကား</translation>
        </message>
        <message>
            <source>Your name (saved with every change)</source>
            <translation>သင့်အမည် (ပြောင်းလဲမှုတိုင်းနှင့်အတူ မှတ်တမ်းတင်ပါမည်)</translation>
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
    </context>
    <context>
        <name>SmeArea</name>
        <message>
            <source>Undo</source>
            <translation>နောက်ပြန်</translation>
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
            <source>Redo</source>
            <translation>ပြန်လုပ်</translation>
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
        <name>Sync</name>
        <message>
            <source>The server address is not valid. It looks like https://hq.example.org.</source>
            <translation>ဆာဗာလိပ်စာ မမှန်ကန်ပါ။ https://hq.example.org ကဲ့သို့ ဖြစ်ရပါမည်။</translation>
        </message>
        <message>
            <source>Headquarters cannot be reached. Your changes are kept and will be sent when the connection is back.</source>
            <translation>ဌာနချုပ်သို့ ချိတ်ဆက်၍ မရပါ။ သင်၏ ပြောင်းလဲမှုများကို သိမ်းထားပြီး ချိတ်ဆက်မှု ပြန်ရသောအခါ ပို့ပါမည်။</translation>
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
        <message numerus="yes">
            <source>%n change(s) on this computer will be sent after enrolment.</source>
            <translation>
                <numerusform>ဤကွန်ပျူတာရှိ ပြောင်းလဲမှု %n ခုကို မှတ်ပုံတင်ပြီးနောက် ပို့ပါမည်။</numerusform>
            </translation>
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
        <message>
            <source>No sync since GMS Desk started</source>
            <translation>GMS Desk ဖွင့်ပြီးကတည်းက ဒေတာ ချိန်ကိုက်ခြင်း မပြုလုပ်ရသေးပါ</translation>
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
            <source>Sent %1, received %2, %n conflict(s)</source>
            <translation>
                <numerusform>ပို့ပြီး %1၊ လက်ခံပြီး %2၊ ကွဲလွဲမှု %n ခု</numerusform>
            </translation>
        </message>
        <message>
            <source>Sent %1, received %2</source>
            <translation>ပို့ပြီး %1၊ လက်ခံပြီး %2</translation>
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
            <source>Syncing… %1 %</source>
            <translation>ဒေတာ ချိန်ကိုက်နေသည်… %1%</translation>
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
        <name>Task</name>
        <message>
            <source>Cancel</source>
            <translation>ပယ်ဖျက်ရန်</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>Enter the business name.</source>
            <translation>လုပ်ငန်းအမည် ထည့်ပါ။</translation>
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
            <source>The number cannot be negative.</source>
            <translation>အနုတ်ကိန်း မဖြစ်ရပါ။</translation>
        </message>
        <message>
            <source>Female employees cannot be more than all employees.</source>
            <translation>အမျိုးသမီးဝန်ထမ်းဦးရေသည် စုစုပေါင်းဝန်ထမ်းဦးရေထက် မများရပါ။</translation>
        </message>
        <message>
            <source>Enter a year between 1900 and this year.</source>
            <translation>1900 မှ ယခုနှစ်အထိ ခရစ်နှစ်တစ်ခု ထည့်ပါ။</translation>
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
    </context>
</TS>
