"""The printed wording of certificates, attendance sheets, survey summaries and the report pack
(indicators against targets), per language.

PDFs are made outside Qt (and often in a language other than the UI's), so their wording lives
here rather than in the Qt `.ts` files; so do the built-in indicators' titles and definitions
as the report pack prints them. Numbers, digits, dates and eras follow `gmsdesk.i18n_format`,
the rule the screens follow too (Thai years in the Buddhist era, Burmese in Myanmar digits, the
user's choices applied).
"""

from __future__ import annotations

import datetime as dt

from gmsdesk import i18n_format

LANGS = ("en", "km", "lo", "my", "th", "vi", "zh_CN")

_STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "cert_title": "Certificate of Completion",
        "certify": "This is to certify that",
        "of_sme": "of {sme}",
        "completed": "has completed the workshop",
        "track_basic": "Basic e-business modules",
        "track_advanced": "Advanced e-business modules",
        "partner": "in partnership with {partner}",
        "modules": "Modules covered",
        "cert_no": "Certificate No.",
        "issued_on": "Issued on",
        "trainer": "Trainer",
        "for_agency": "On behalf of the agency",
        "attendance": "Attendance sheet",
        "workshop": "Workshop",
        "day": "Day",
        "venue": "Venue",
        "trainers": "Trainers",
        "col_no": "No.",
        "col_name": "Name",
        "col_sme": "SME",
        "col_role": "Role",
        "col_phone": "Phone",
        "col_signature": "Signature",
        "page": "Page {n} of {m}",
        "total": "Total responses: {n}",
        "answered": "{n} answered",
        "mean": "Mean",
        "median": "Median",
        "min": "Min",
        "max": "Max",
        "samples": "Sample answers",
        "no_answers": "No answers yet",
        # rows of a summary's charts: the same words as the screen's ("Surveys" and
        # "AcknowledgeWidget" in translations/*.ts)
        "not_answered": "(not answered)",
        "acknowledged": "OK",
        "generated": "Generated on {date}",
        # the report pack: indicators against targets
        "pack_title": "Indicators against targets",
        "pack_subtitle": "Report pack for headquarters and donors",
        "period": "Period",
        "scope": "Scope",
        "scope_programme": "Whole programme",
        "scope_economy": "Economy: {name}",
        "scope_agency": "Agency: {name}",
        "scope_province": "Province: {name}",
        "scope_none": "No target is set for a selection by sector or sex, or by an agency and "
                      "a province together.",
        "selection": "Selection",
        "prepared_by": "Prepared by",
        "headquarters": "Headquarters",
        "made_on": "Made on",
        "language": "Language",
        "at_a_glance": "At a glance",
        "contents": "Contents",
        "reading": "Percent of target: the actual value divided by the target set for this "
                   "scope and period. A target in brackets is a wider scope's, shown for "
                   "reference and not measured against.",
        "status_met": "Target met",
        "status_near": "Near target",
        "status_behind": "Behind target",
        "status_none": "No target",
        "rule_met": "100% of target or more",
        "rule_near": "80% to 99% of target",
        "rule_behind": "below 80% of target",
        "rule_none": "no target for this scope and period",
        "section_indicators": "Indicators by area",
        "col_indicator": "Indicator",
        "col_actual": "Actual",
        "col_target": "Target",
        "col_percent": "% of target",
        "col_status": "Status",
        "not_counted": "Not counted by {names}",
        "several_currencies": "In several currencies: choose an economy",
        "trend": "Trend over the last periods",
        "legend_actual": "Actual",
        "legend_target": "Target",
        "no_data": "No records in this period",
        "section_disaggregations": "Disaggregations",
        "by_one": "{what} by {a}",
        "by_two": "{what} by {a} and {b}",
        "sum_total": "Total",
        "col_all": "All",
        "not_recorded": "Not recorded",
        "dim_economy": "Economy",
        "dim_province": "Province",
        "dim_agency": "Agency",
        "dim_sector": "Sector",
        "dim_sex": "Sex",
        "dim_track": "Track",
        "dim_type": "Type of service",
        "dim_channel": "Channel",
        "dim_kind": "Kind of event",
        "dim_criterion": "Criterion",
        "inquiries_origin": "Inquiries from abroad and domestic",
        "origin_abroad": "From abroad",
        "origin_domestic": "Domestic",
        "origin_all": "All inquiries",
        "section_evaluation": "Workshop evaluation: the five criteria",
        "evaluation_note": "Mean rating from 1 (poor) to 5 (excellent) that participants gave "
                           "in the workshop evaluation form, in the responses submitted in the "
                           "period.",
        "evaluation_by_sex": "Mean ratings by sex",
        "responses_n": "{n} responses",
        "crit_relevance": "Relevance",
        "crit_efficiency": "Efficiency",
        "crit_effectiveness": "Effectiveness",
        "crit_impact": "Impact",
        "crit_sustainability": "Sustainability",
        "eval_title": "Evaluation: {c}",
        "eval_definition": "The average rating (1 to 5) participants gave the workshop for this "
                           "criterion in the workshop evaluation form, in the responses "
                           "submitted in the period.",
        "section_definitions": "Definitions of the indicators",
        "col_code": "Code",
        "col_unit": "Unit",
        "col_split": "Split by",
        "col_definition": "Definition",
        "col_area": "Area",
        "unit_count": "Count",
        "unit_percent": "Percent",
        "unit_money": "Money, by currency",
        "unit_score": "Mean score",
        "area_training": "Awareness-raising and training",
        "area_network": "E-business support network",
        "area_marketplaces": "E-marketplaces and e-procurement",
        "area_surveys": "From surveys",
        "sex_female": "Female",
        "sex_male": "Male",
        "sex_other": "Other",
        "trk_basic": "Basic",
        "trk_advanced": "Advanced",
        "svc_website": "Website set-up",
        "svc_listing": "Catalogue or e-marketplace listing",
        "svc_content": "Content creation",
        "svc_translation": "Translation",
        "svc_payment": "Online payment set-up",
        "svc_training": "Training",
        "svc_advice": "Advice",
        "ch_email": "E-mail",
        "ch_website": "Website",
        "ch_emarketplace": "E-marketplace",
        "ch_social_media": "Social media",
        "ch_phone": "Phone",
        "ch_fax": "Fax",
        "ch_other": "Other",
        "ev_road_show": "Road show",
        "ev_media_campaign": "Media campaign",
        "ev_launch": "Launch",
        "ev_consultation": "Stakeholder consultation",
        "ev_seminar": "Seminar",
        "ev_other": "Other",
        "year": "{y}",
        "quarter": "Q{q} {y}",
        "month_year": "{month} {y}",
        "col_currency": "Currency",
        "col_part": "Counted",
        "col_whole": "Out of",
        "col_wider": "Target of a wider scope",
        "col_baseline": "Baseline",
        "col_baseline_on": "Baseline date",
        "col_scope": "Scope",
        "col_for": "For",
        "col_from": "From",
        "col_to": "To",
        "col_notes": "Notes",
        "col_measured": "Measured against here",
        "yes": "Yes",
        "no": "No",
        "trend_target": "{period} target",
        "sheet_about": "About",
        "sheet_definitions": "Definitions",
        "sheet_targets": "Targets",
    },
    "km": {
        "cert_title": "វិញ្ញាបនបត្របញ្ចប់វគ្គសិក្សា",
        "certify": "សូមបញ្ជាក់ថា",
        "of_sme": "មកពី {sme}",
        "completed": "បានបញ្ចប់វគ្គសិក្ខាសាលា",
        "track_basic": "មេរៀនមូលដ្ឋានស្ដីពីអាជីវកម្មអេឡិចត្រូនិក",
        "track_advanced": "មេរៀនកម្រិតខ្ពស់ស្ដីពីអាជីវកម្មអេឡិចត្រូនិក",
        "partner": "សហការជាមួយ {partner}",
        "modules": "មេរៀនដែលបានសិក្សា",
        "cert_no": "លេខវិញ្ញាបនបត្រ",
        "issued_on": "ចេញឱ្យនៅថ្ងៃ",
        "trainer": "គ្រូបណ្ដុះបណ្ដាល",
        "for_agency": "តំណាងស្ថាប័ន",
        "attendance": "បញ្ជីវត្តមាន",
        "workshop": "សិក្ខាសាលា",
        "day": "ថ្ងៃ",
        "venue": "ទីកន្លែង",
        "trainers": "គ្រូបណ្ដុះបណ្ដាល",
        "col_no": "ល.រ",
        "col_name": "ឈ្មោះ",
        "col_sme": "សហគ្រាស",
        "col_role": "តួនាទី",
        "col_phone": "ទូរស័ព្ទ",
        "col_signature": "ហត្ថលេខា",
        "page": "ទំព័រ {n} នៃ {m}",
        "total": "ចំនួនចម្លើយសរុប៖ {n}",
        "answered": "មាន {n} នាក់ឆ្លើយ",
        "mean": "មធ្យម",
        "median": "មេដ្យាន",
        "min": "អប្បបរមា",
        "max": "អតិបរមា",
        "samples": "ឧទាហរណ៍ចម្លើយ",
        "no_answers": "មិនទាន់មានចម្លើយ",
        "not_answered": "(មិនទាន់ឆ្លើយ)",
        "acknowledged": "យល់ព្រម",
        "generated": "បង្កើតនៅ {date}",
        "pack_title": "សូចនាករធៀបនឹងគោលដៅ",
        "pack_subtitle": "កញ្ចប់របាយការណ៍សម្រាប់ទីស្នាក់ការកណ្ដាល និងម្ចាស់ជំនួយ",
        "period": "រយៈពេល",
        "scope": "វិសាលភាព",
        "scope_programme": "កម្មវិធីទាំងមូល",
        "scope_economy": "សេដ្ឋកិច្ច៖ {name}",
        "scope_agency": "ស្ថាប័ន៖ {name}",
        "scope_province": "ខេត្ត៖ {name}",
        "scope_none": "គ្មានគោលដៅកំណត់សម្រាប់ការជ្រើសរើសតាមវិស័យ ឬភេទ "
                      "ឬតាមស្ថាប័ន និងខេត្តរួមគ្នាទេ។",
        "selection": "ការជ្រើសរើស",
        "prepared_by": "រៀបចំដោយ",
        "headquarters": "ទីស្នាក់ការកណ្ដាល",
        "made_on": "ធ្វើនៅថ្ងៃ",
        "language": "ភាសា",
        "at_a_glance": "សង្ខេប",
        "contents": "មាតិកា",
        "reading": "ភាគរយនៃគោលដៅ៖ តម្លៃជាក់ស្ដែងចែកនឹងគោលដៅដែលបានកំណត់សម្រាប់វិសាលភាព "
                   "និងរយៈពេលនេះ។ គោលដៅក្នុងវង់ក្រចក គឺជាគោលដៅនៃវិសាលភាពធំជាង "
                   "បង្ហាញសម្រាប់ជាឯកសារយោង មិនមែនសម្រាប់វាស់វែងទេ។",
        "status_met": "សម្រេចគោលដៅ",
        "status_near": "ជិតសម្រេចគោលដៅ",
        "status_behind": "នៅក្រោយគោលដៅ",
        "status_none": "គ្មានគោលដៅ",
        "rule_met": "100% នៃគោលដៅ ឬច្រើនជាងនេះ",
        "rule_near": "ពី 80% ដល់ 99% នៃគោលដៅ",
        "rule_behind": "ក្រោម 80% នៃគោលដៅ",
        "rule_none": "គ្មានគោលដៅសម្រាប់វិសាលភាព និងរយៈពេលនេះ",
        "section_indicators": "សូចនាករតាមផ្នែក",
        "col_indicator": "សូចនាករ",
        "col_actual": "ជាក់ស្ដែង",
        "col_target": "គោលដៅ",
        "col_percent": "% នៃគោលដៅ",
        "col_status": "ស្ថានភាព",
        "not_counted": "មិនរាប់តាម {names}",
        "several_currencies": "ជារូបិយប័ណ្ណច្រើន៖ សូមជ្រើសរើសសេដ្ឋកិច្ចមួយ",
        "trend": "និន្នាការក្នុងរយៈពេលកន្លងមក",
        "legend_actual": "ជាក់ស្ដែង",
        "legend_target": "គោលដៅ",
        "no_data": "គ្មានកំណត់ត្រាក្នុងរយៈពេលនេះ",
        "section_disaggregations": "ការបំបែកទិន្នន័យ",
        "by_one": "{what} តាម{a}",
        "by_two": "{what} តាម{a} និង{b}",
        "sum_total": "សរុប",
        "col_all": "ទាំងអស់",
        "not_recorded": "មិនបានកត់ត្រា",
        "dim_economy": "សេដ្ឋកិច្ច",
        "dim_province": "ខេត្ត",
        "dim_agency": "ស្ថាប័ន",
        "dim_sector": "វិស័យ",
        "dim_sex": "ភេទ",
        "dim_track": "កម្រិតវគ្គ",
        "dim_type": "ប្រភេទសេវា",
        "dim_channel": "មធ្យោបាយ",
        "dim_kind": "ប្រភេទព្រឹត្តិការណ៍",
        "dim_criterion": "លក្ខណៈវិនិច្ឆ័យ",
        "inquiries_origin": "ការសាកសួរពីបរទេស និងក្នុងស្រុក",
        "origin_abroad": "ពីបរទេស",
        "origin_domestic": "ក្នុងស្រុក",
        "origin_all": "ការសាកសួរទាំងអស់",
        "section_evaluation": "ការវាយតម្លៃសិក្ខាសាលា៖ លក្ខណៈវិនិច្ឆ័យទាំងប្រាំ",
        "evaluation_note": "ពិន្ទុមធ្យមពី 1 (ខ្សោយ) ដល់ 5 (ល្អប្រសើរ) ដែលអ្នកចូលរួមបានផ្ដល់"
                           "ក្នុងទម្រង់វាយតម្លៃសិក្ខាសាលា ក្នុងចម្លើយដែលបានដាក់ក្នុងរយៈពេលនេះ។",
        "evaluation_by_sex": "ពិន្ទុមធ្យមតាមភេទ",
        "responses_n": "ចម្លើយ {n}",
        "crit_relevance": "ភាពពាក់ព័ន្ធ",
        "crit_efficiency": "ប្រសិទ្ធភាព",
        "crit_effectiveness": "ប្រសិទ្ធផល",
        "crit_impact": "ផលប៉ះពាល់",
        "crit_sustainability": "និរន្តរភាព",
        "eval_title": "ការវាយតម្លៃ៖ {c}",
        "eval_definition": "ពិន្ទុមធ្យម (ពី 1 ដល់ 5) ដែលអ្នកចូលរួមបានផ្ដល់ឱ្យសិក្ខាសាលា"
                           "សម្រាប់លក្ខណៈវិនិច្ឆ័យនេះ ក្នុងទម្រង់វាយតម្លៃសិក្ខាសាលា "
                           "ក្នុងចម្លើយដែលបានដាក់ក្នុងរយៈពេលនេះ។",
        "section_definitions": "និយមន័យនៃសូចនាករ",
        "col_code": "កូដ",
        "col_unit": "ឯកតា",
        "col_split": "បំបែកតាម",
        "col_definition": "និយមន័យ",
        "col_area": "ផ្នែក",
        "unit_count": "ចំនួន",
        "unit_percent": "ភាគរយ",
        "unit_money": "ប្រាក់ តាមរូបិយប័ណ្ណ",
        "unit_score": "ពិន្ទុមធ្យម",
        "area_training": "ការលើកកម្ពស់ការយល់ដឹង និងការបណ្ដុះបណ្ដាល",
        "area_network": "បណ្ដាញគាំទ្រអាជីវកម្មអេឡិចត្រូនិក",
        "area_marketplaces": "ទីផ្សារអេឡិចត្រូនិក និងលទ្ធកម្មអេឡិចត្រូនិក",
        "area_surveys": "ពីការស្ទង់មតិ",
        "sex_female": "ស្រី",
        "sex_male": "ប្រុស",
        "sex_other": "ផ្សេងទៀត",
        "trk_basic": "មូលដ្ឋាន",
        "trk_advanced": "កម្រិតខ្ពស់",
        "svc_website": "បង្កើតគេហទំព័រ",
        "svc_listing": "ដាក់ក្នុងកាតាឡុក ឬទីផ្សារអេឡិចត្រូនិក",
        "svc_content": "បង្កើតមាតិកា",
        "svc_translation": "ការបកប្រែ",
        "svc_payment": "រៀបចំការទូទាត់តាមអនឡាញ",
        "svc_training": "ការបណ្ដុះបណ្ដាល",
        "svc_advice": "ការប្រឹក្សា",
        "ch_email": "អ៊ីមែល",
        "ch_website": "គេហទំព័រ",
        "ch_emarketplace": "ទីផ្សារអេឡិចត្រូនិក",
        "ch_social_media": "បណ្ដាញសង្គម",
        "ch_phone": "ទូរស័ព្ទ",
        "ch_fax": "ទូរសារ",
        "ch_other": "ផ្សេងទៀត",
        "ev_road_show": "ការផ្សព្វផ្សាយចល័ត",
        "ev_media_campaign": "យុទ្ធនាការប្រព័ន្ធផ្សព្វផ្សាយ",
        "ev_launch": "ពិធីសម្ពោធ",
        "ev_consultation": "ការពិគ្រោះយោបល់ជាមួយភាគីពាក់ព័ន្ធ",
        "ev_seminar": "សិក្ខាសាលា",
        "ev_other": "ផ្សេងទៀត",
        "year": "ឆ្នាំ{y}",
        "quarter": "ត្រីមាសទី{q} ឆ្នាំ{y}",
        "month_year": "ខែ{month} ឆ្នាំ{y}",
        "col_currency": "រូបិយប័ណ្ណ",
        "col_part": "ចំនួនដែលរាប់",
        "col_whole": "ក្នុងចំណោម",
        "col_wider": "គោលដៅនៃវិសាលភាពធំជាង",
        "col_baseline": "ទិន្នន័យមូលដ្ឋាន",
        "col_baseline_on": "កាលបរិច្ឆេទទិន្នន័យមូលដ្ឋាន",
        "col_scope": "វិសាលភាព",
        "col_for": "សម្រាប់",
        "col_from": "ពី",
        "col_to": "ដល់",
        "col_notes": "កំណត់សម្គាល់",
        "col_measured": "ប្រើសម្រាប់វាស់នៅទីនេះ",
        "yes": "បាទ/ចាស",
        "no": "ទេ",
        "trend_target": "គោលដៅ {period}",
        "sheet_about": "អំពី",
        "sheet_definitions": "និយមន័យ",
        "sheet_targets": "គោលដៅ",
    },
    "lo": {
        "cert_title": "ໃບຢັ້ງຢືນການສຳເລັດການຝຶກອົບຮົມ",
        "certify": "ຂໍຢັ້ງຢືນວ່າ",
        "of_sme": "ຈາກ {sme}",
        "completed": "ໄດ້ສຳເລັດການຝຶກອົບຮົມ",
        "track_basic": "ບົດຮຽນພື້ນຖານດ້ານທຸລະກິດເອເລັກໂຕຣນິກ",
        "track_advanced": "ບົດຮຽນຂັ້ນສູງດ້ານທຸລະກິດເອເລັກໂຕຣນິກ",
        "partner": "ຮ່ວມມືກັບ {partner}",
        "modules": "ບົດຮຽນທີ່ໄດ້ຮຽນ",
        "cert_no": "ເລກທີໃບຢັ້ງຢືນ",
        "issued_on": "ອອກໃຫ້ວັນທີ",
        "trainer": "ຄູຝຶກ",
        "for_agency": "ຕາງໜ້າອົງການ",
        "attendance": "ໃບລົງຊື່ເຂົ້າຮ່ວມ",
        "workshop": "ການຝຶກອົບຮົມ",
        "day": "ວັນທີ",
        "venue": "ສະຖານທີ່",
        "trainers": "ຄູຝຶກ",
        "col_no": "ລ/ດ",
        "col_name": "ຊື່ ແລະ ນາມສະກຸນ",
        "col_sme": "ວິສາຫະກິດ",
        "col_role": "ຕຳແໜ່ງ",
        "col_phone": "ເບີໂທ",
        "col_signature": "ລາຍເຊັນ",
        "page": "ໜ້າ {n} ຈາກ {m}",
        "total": "ຈຳນວນຄຳຕອບທັງໝົດ: {n}",
        "answered": "ຕອບ {n} ຄົນ",
        "mean": "ສະເລ່ຍ",
        "median": "ຄ່າກາງ",
        "min": "ຕ່ຳສຸດ",
        "max": "ສູງສຸດ",
        "samples": "ຕົວຢ່າງຄຳຕອບ",
        "no_answers": "ຍັງບໍ່ມີຄຳຕອບ",
        "not_answered": "(ບໍ່ໄດ້ຕອບ)",
        "acknowledged": "ຕົກລົງ",
        "generated": "ສ້າງວັນທີ {date}",
        "pack_title": "ຕົວຊີ້ວັດທຽບກັບຄາດໝາຍ",
        "pack_subtitle": "ຊຸດລາຍງານສຳລັບສຳນັກງານໃຫຍ່ ແລະ ຜູ້ໃຫ້ທຶນ",
        "period": "ໄລຍະເວລາ",
        "scope": "ຂອບເຂດ",
        "scope_programme": "ທັງໂຄງການ",
        "scope_economy": "ເສດຖະກິດ: {name}",
        "scope_agency": "ອົງການ: {name}",
        "scope_province": "ແຂວງ: {name}",
        "scope_none": "ບໍ່ມີຄາດໝາຍສຳລັບການເລືອກຕາມຂະແໜງ ຫຼື ເພດ, ຫຼື ຕາມອົງການ ແລະ "
                      "ແຂວງພ້ອມກັນ.",
        "selection": "ການເລືອກ",
        "prepared_by": "ກະກຽມໂດຍ",
        "headquarters": "ສຳນັກງານໃຫຍ່",
        "made_on": "ສ້າງວັນທີ",
        "language": "ພາສາ",
        "at_a_glance": "ສະຫຼຸບຫຍໍ້",
        "contents": "ສາລະບານ",
        "reading": "ເປີເຊັນຂອງຄາດໝາຍ: ຄ່າຕົວຈິງຫານໃຫ້ຄາດໝາຍທີ່ກຳນົດສຳລັບຂອບເຂດ ແລະ "
                   "ໄລຍະເວລານີ້. ຄາດໝາຍໃນວົງເລັບແມ່ນຂອງຂອບເຂດທີ່ກວ້າງກວ່າ, ສະແດງໄວ້ເພື່ອອ້າງອີງ "
                   "ແລະ ບໍ່ໄດ້ນຳໃຊ້ວັດແທກ.",
        "status_met": "ບັນລຸຄາດໝາຍ",
        "status_near": "ໃກ້ບັນລຸຄາດໝາຍ",
        "status_behind": "ຕ່ຳກວ່າຄາດໝາຍ",
        "status_none": "ບໍ່ມີຄາດໝາຍ",
        "rule_met": "100% ຂອງຄາດໝາຍ ຫຼື ຫຼາຍກວ່າ",
        "rule_near": "80% ຫາ 99% ຂອງຄາດໝາຍ",
        "rule_behind": "ຕ່ຳກວ່າ 80% ຂອງຄາດໝາຍ",
        "rule_none": "ບໍ່ມີຄາດໝາຍສຳລັບຂອບເຂດ ແລະ ໄລຍະເວລານີ້",
        "section_indicators": "ຕົວຊີ້ວັດຕາມຂົງເຂດ",
        "col_indicator": "ຕົວຊີ້ວັດ",
        "col_actual": "ຕົວຈິງ",
        "col_target": "ຄາດໝາຍ",
        "col_percent": "% ຂອງຄາດໝາຍ",
        "col_status": "ສະຖານະ",
        "not_counted": "ບໍ່ໄດ້ນັບຕາມ {names}",
        "several_currencies": "ເປັນຫຼາຍສະກຸນເງິນ: ກະລຸນາເລືອກເສດຖະກິດໜຶ່ງ",
        "trend": "ແນວໂນ້ມໃນໄລຍະທີ່ຜ່ານມາ",
        "legend_actual": "ຕົວຈິງ",
        "legend_target": "ຄາດໝາຍ",
        "no_data": "ບໍ່ມີຂໍ້ມູນໃນໄລຍະເວລານີ້",
        "section_disaggregations": "ການແຍກຂໍ້ມູນ",
        "by_one": "{what} ຕາມ{a}",
        "by_two": "{what} ຕາມ{a} ແລະ {b}",
        "sum_total": "ລວມ",
        "col_all": "ທັງໝົດ",
        "not_recorded": "ບໍ່ໄດ້ບັນທຶກ",
        "dim_economy": "ເສດຖະກິດ",
        "dim_province": "ແຂວງ",
        "dim_agency": "ອົງການ",
        "dim_sector": "ຂະແໜງ",
        "dim_sex": "ເພດ",
        "dim_track": "ລະດັບຫຼັກສູດ",
        "dim_type": "ປະເພດການບໍລິການ",
        "dim_channel": "ຊ່ອງທາງ",
        "dim_kind": "ປະເພດກິດຈະກຳ",
        "dim_criterion": "ເກນ",
        "inquiries_origin": "ການສອບຖາມຈາກຕ່າງປະເທດ ແລະ ພາຍໃນປະເທດ",
        "origin_abroad": "ຈາກຕ່າງປະເທດ",
        "origin_domestic": "ພາຍໃນປະເທດ",
        "origin_all": "ການສອບຖາມທັງໝົດ",
        "section_evaluation": "ການປະເມີນການຝຶກອົບຮົມ: ຫ້າເກນ",
        "evaluation_note": "ຄະແນນສະເລ່ຍແຕ່ 1 (ອ່ອນ) ຫາ 5 (ດີເລີດ) ທີ່ຜູ້ເຂົ້າຮ່ວມໃຫ້ໃນແບບຟອມ"
                           "ປະເມີນການຝຶກອົບຮົມ, ໃນຄຳຕອບທີ່ສົ່ງໃນໄລຍະເວລານີ້.",
        "evaluation_by_sex": "ຄະແນນສະເລ່ຍຕາມເພດ",
        "responses_n": "{n} ຄຳຕອບ",
        "crit_relevance": "ຄວາມກ່ຽວຂ້ອງ",
        "crit_efficiency": "ປະສິດທິພາບ",
        "crit_effectiveness": "ປະສິດທິຜົນ",
        "crit_impact": "ຜົນກະທົບ",
        "crit_sustainability": "ຄວາມຍືນຍົງ",
        "eval_title": "ການປະເມີນ: {c}",
        "eval_definition": "ຄະແນນສະເລ່ຍ (1 ຫາ 5) ທີ່ຜູ້ເຂົ້າຮ່ວມໃຫ້ການຝຶກອົບຮົມສຳລັບເກນນີ້ "
                           "ໃນແບບຟອມປະເມີນການຝຶກອົບຮົມ, ໃນຄຳຕອບທີ່ສົ່ງໃນໄລຍະເວລານີ້.",
        "section_definitions": "ຄຳນິຍາມຂອງຕົວຊີ້ວັດ",
        "col_code": "ລະຫັດ",
        "col_unit": "ຫົວໜ່ວຍ",
        "col_split": "ແຍກຕາມ",
        "col_definition": "ຄຳນິຍາມ",
        "col_area": "ຂົງເຂດ",
        "unit_count": "ຈຳນວນ",
        "unit_percent": "ເປີເຊັນ",
        "unit_money": "ເງິນ, ຕາມສະກຸນເງິນ",
        "unit_score": "ຄະແນນສະເລ່ຍ",
        "area_training": "ການປູກຈິດສຳນຶກ ແລະ ການຝຶກອົບຮົມ",
        "area_network": "ເຄືອຂ່າຍສະໜັບສະໜູນທຸລະກິດເອເລັກໂຕຣນິກ",
        "area_marketplaces": "ຕະຫຼາດເອເລັກໂຕຣນິກ ແລະ ການຈັດຊື້ເອເລັກໂຕຣນິກ",
        "area_surveys": "ຈາກການສຳຫຼວດ",
        "sex_female": "ຍິງ",
        "sex_male": "ຊາຍ",
        "sex_other": "ອື່ນໆ",
        "trk_basic": "ພື້ນຖານ",
        "trk_advanced": "ຂັ້ນສູງ",
        "svc_website": "ສ້າງເວັບໄຊ",
        "svc_listing": "ລົງລາຍການໃນແຄັດຕາລັອກ ຫຼື ຕະຫຼາດເອເລັກໂຕຣນິກ",
        "svc_content": "ສ້າງເນື້ອຫາ",
        "svc_translation": "ການແປພາສາ",
        "svc_payment": "ຕັ້ງລະບົບຊຳລະເງິນອອນລາຍ",
        "svc_training": "ການຝຶກອົບຮົມ",
        "svc_advice": "ການໃຫ້ຄຳປຶກສາ",
        "ch_email": "ອີເມວ",
        "ch_website": "ເວັບໄຊ",
        "ch_emarketplace": "ຕະຫຼາດເອເລັກໂຕຣນິກ",
        "ch_social_media": "ສື່ສັງຄົມ",
        "ch_phone": "ໂທລະສັບ",
        "ch_fax": "ແຟັກ",
        "ch_other": "ອື່ນໆ",
        "ev_road_show": "ການເຜີຍແຜ່ເຄື່ອນທີ່",
        "ev_media_campaign": "ການໂຄສະນາຜ່ານສື່",
        "ev_launch": "ພິທີເປີດຕົວ",
        "ev_consultation": "ການປຶກສາຫາລືກັບພາກສ່ວນກ່ຽວຂ້ອງ",
        "ev_seminar": "ການສຳມະນາ",
        "ev_other": "ອື່ນໆ",
        "year": "ປີ {y}",
        "quarter": "ໄຕມາດ {q} ປີ {y}",
        "month_year": "ເດືອນ{month} {y}",
        "col_currency": "ສະກຸນເງິນ",
        "col_part": "ຈຳນວນທີ່ນັບ",
        "col_whole": "ຈາກທັງໝົດ",
        "col_wider": "ຄາດໝາຍຂອງຂອບເຂດທີ່ກວ້າງກວ່າ",
        "col_baseline": "ຂໍ້ມູນພື້ນຖານ",
        "col_baseline_on": "ວັນທີຂໍ້ມູນພື້ນຖານ",
        "col_scope": "ຂອບເຂດ",
        "col_for": "ສຳລັບ",
        "col_from": "ແຕ່",
        "col_to": "ຫາ",
        "col_notes": "ໝາຍເຫດ",
        "col_measured": "ໃຊ້ວັດແທກຢູ່ນີ້",
        "yes": "ແມ່ນ",
        "no": "ບໍ່",
        "trend_target": "ຄາດໝາຍ {period}",
        "sheet_about": "ກ່ຽວກັບ",
        "sheet_definitions": "ຄຳນິຍາມ",
        "sheet_targets": "ຄາດໝາຍ",
    },
    "my": {
        "cert_title": "သင်တန်းဆင်းလက်မှတ်",
        "certify": "အောက်ပါပုဂ္ဂိုလ်သည်",
        "of_sme": "{sme} မှ",
        "completed": "အောက်ပါသင်တန်းကို အောင်မြင်စွာ တက်ရောက်ပြီးဆုံးကြောင်း အသိအမှတ်ပြုပါသည်",
        "track_basic": "အခြေခံ အီလက်ထရောနစ်စီးပွားရေး သင်ခန်းစာများ",
        "track_advanced": "အဆင့်မြင့် အီလက်ထရောနစ်စီးပွားရေး သင်ခန်းစာများ",
        "partner": "{partner} နှင့် ပူးပေါင်း၍",
        "modules": "သင်ကြားခဲ့သော သင်ခန်းစာများ",
        "cert_no": "လက်မှတ်အမှတ်",
        "issued_on": "ထုတ်ပေးသည့်ရက်",
        "trainer": "သင်တန်းဆရာ",
        "for_agency": "အဖွဲ့အစည်းကိုယ်စား",
        "attendance": "တက်ရောက်သူစာရင်း",
        "workshop": "သင်တန်း",
        "day": "နေ့",
        "venue": "နေရာ",
        "trainers": "သင်တန်းဆရာများ",
        "col_no": "စဉ်",
        "col_name": "အမည်",
        "col_sme": "လုပ်ငန်း",
        "col_role": "ရာထူး",
        "col_phone": "ဖုန်း",
        "col_signature": "လက်မှတ်",
        "page": "စာမျက်နှာ {n} / {m}",
        "total": "ဖြေဆိုမှု စုစုပေါင်း {n}",
        "answered": "ဖြေဆိုသူ {n}",
        "mean": "ပျမ်းမျှ",
        "median": "အလယ်ကိန်း",
        "min": "အနည်းဆုံး",
        "max": "အများဆုံး",
        "samples": "နမူနာအဖြေများ",
        "no_answers": "အဖြေ မရှိသေးပါ",
        "not_answered": "(မဖြေထားပါ)",
        "acknowledged": "သိရှိပါသည်",
        "generated": "ထုတ်သည့်ရက် {date}",
        "pack_title": "ပန်းတိုင်နှင့် နှိုင်းယှဉ်ထားသော ညွှန်းကိန်းများ",
        "pack_subtitle": "ဌာနချုပ်နှင့် အလှူရှင်များအတွက် အစီရင်ခံစာအစုံ",
        "period": "ကာလ",
        "scope": "အကျုံးဝင်မှု",
        "scope_programme": "အစီအစဉ်တစ်ခုလုံး",
        "scope_economy": "စီးပွားရေးဒေသ - {name}",
        "scope_agency": "အဖွဲ့အစည်း - {name}",
        "scope_province": "ပြည်နယ်/တိုင်း - {name}",
        "scope_none": "လုပ်ငန်းကဏ္ဍ သို့မဟုတ် ကျား/မ အလိုက်၊ သို့မဟုတ် အဖွဲ့အစည်းနှင့် "
                      "ပြည်နယ်/တိုင်း နှစ်ခုလုံးအလိုက် ရွေးချယ်မှုအတွက် ပန်းတိုင် "
                      "သတ်မှတ်ထားခြင်း မရှိပါ။",
        "selection": "ရွေးချယ်မှု",
        "prepared_by": "ပြုစုသူ",
        "headquarters": "ဌာနချုပ်",
        "made_on": "ပြုလုပ်သည့်ရက်",
        "language": "ဘာသာစကား",
        "at_a_glance": "အကျဉ်းချုပ်",
        "contents": "မာတိကာ",
        "reading": "ပန်းတိုင်၏ ရာခိုင်နှုန်း - အမှန်တကယ်တန်ဖိုးကို ဤအကျုံးဝင်မှုနှင့် ကာလအတွက် "
                   "သတ်မှတ်ထားသော ပန်းတိုင်ဖြင့် စားထားခြင်း ဖြစ်သည်။ ကွင်းအတွင်းရှိ ပန်းတိုင်သည် "
                   "ပိုကျယ်သော အကျုံးဝင်မှု၏ ပန်းတိုင်ဖြစ်ပြီး ကိုးကားရန်သာ ပြထား၍ "
                   "တိုင်းတာရာတွင် မသုံးပါ။",
        "status_met": "ပန်းတိုင်ပြည့်မီ",
        "status_near": "ပန်းတိုင်နီးကပ်",
        "status_behind": "ပန်းတိုင်နောက်ကျ",
        "status_none": "ပန်းတိုင်မရှိ",
        "rule_met": "ပန်းတိုင်၏ 100% နှင့်အထက်",
        "rule_near": "ပန်းတိုင်၏ 80% မှ 99%",
        "rule_behind": "ပန်းတိုင်၏ 80% အောက်",
        "rule_none": "ဤအကျုံးဝင်မှုနှင့် ကာလအတွက် ပန်းတိုင်မရှိ",
        "section_indicators": "နယ်ပယ်အလိုက် ညွှန်းကိန်းများ",
        "col_indicator": "ညွှန်းကိန်း",
        "col_actual": "အမှန်တကယ်",
        "col_target": "ပန်းတိုင်",
        "col_percent": "ပန်းတိုင်၏ %",
        "col_status": "အခြေအနေ",
        "not_counted": "{names} အလိုက် မရေတွက်ပါ",
        "several_currencies": "ငွေကြေးအမျိုးမျိုးဖြင့် ဖြစ်သည် - စီးပွားရေးဒေသတစ်ခု ရွေးပါ",
        "trend": "ယခင်ကာလများအတွင်း လမ်းကြောင်း",
        "legend_actual": "အမှန်တကယ်",
        "legend_target": "ပန်းတိုင်",
        "no_data": "ဤကာလတွင် မှတ်တမ်းမရှိပါ",
        "section_disaggregations": "ခွဲခြားဖော်ပြချက်များ",
        "by_one": "{a} အလိုက် {what}",
        "by_two": "{a} နှင့် {b} အလိုက် {what}",
        "sum_total": "စုစုပေါင်း",
        "col_all": "အားလုံး",
        "not_recorded": "မှတ်တမ်းမတင်ထား",
        "dim_economy": "စီးပွားရေးဒေသ",
        "dim_province": "ပြည်နယ်/တိုင်း",
        "dim_agency": "အဖွဲ့အစည်း",
        "dim_sector": "လုပ်ငန်းကဏ္ဍ",
        "dim_sex": "ကျား/မ",
        "dim_track": "သင်တန်းအဆင့်",
        "dim_type": "ဝန်ဆောင်မှုအမျိုးအစား",
        "dim_channel": "ဆက်သွယ်လမ်းကြောင်း",
        "dim_kind": "လှုပ်ရှားမှုအမျိုးအစား",
        "dim_criterion": "စံနှုန်း",
        "inquiries_origin": "နိုင်ငံခြားနှင့် ပြည်တွင်းမှ စုံစမ်းမေးမြန်းမှုများ",
        "origin_abroad": "နိုင်ငံခြားမှ",
        "origin_domestic": "ပြည်တွင်း",
        "origin_all": "စုံစမ်းမေးမြန်းမှု အားလုံး",
        "section_evaluation": "သင်တန်းအကဲဖြတ်ချက် - စံနှုန်းငါးခု",
        "evaluation_note": "ဤကာလအတွင်း တင်သွင်းသော အဖြေများတွင် သင်တန်းသားများက "
                           "သင်တန်းအကဲဖြတ်ပုံစံ၌ ပေးသော 1 (အားနည်း) မှ 5 (အလွန်ကောင်း) "
                           "အထိ ပျမ်းမျှအမှတ်။",
        "evaluation_by_sex": "ကျား/မ အလိုက် ပျမ်းမျှအမှတ်",
        "responses_n": "အဖြေ {n} ခု",
        "crit_relevance": "သက်ဆိုင်မှု",
        "crit_efficiency": "ထိရောက်စွာ အသုံးချမှု",
        "crit_effectiveness": "ထိရောက်မှု",
        "crit_impact": "အကျိုးသက်ရောက်မှု",
        "crit_sustainability": "ရေရှည်တည်တံ့မှု",
        "eval_title": "အကဲဖြတ်ချက် - {c}",
        "eval_definition": "ဤကာလအတွင်း တင်သွင်းသော အဖြေများတွင် သင်တန်းသားများက "
                           "သင်တန်းအကဲဖြတ်ပုံစံ၌ ဤစံနှုန်းအတွက် သင်တန်းကို ပေးသော "
                           "ပျမ်းမျှအမှတ် (1 မှ 5)။",
        "section_definitions": "ညွှန်းကိန်းများ၏ အဓိပ္ပာယ်ဖွင့်ဆိုချက်",
        "col_code": "ကုဒ်",
        "col_unit": "ယူနစ်",
        "col_split": "ခွဲခြားနိုင်ပုံ",
        "col_definition": "အဓိပ္ပာယ်",
        "col_area": "နယ်ပယ်",
        "unit_count": "အရေအတွက်",
        "unit_percent": "ရာခိုင်နှုန်း",
        "unit_money": "ငွေ၊ ငွေကြေးအလိုက်",
        "unit_score": "ပျမ်းမျှအမှတ်",
        "area_training": "အသိပညာမြှင့်တင်ခြင်းနှင့် သင်တန်း",
        "area_network": "အီလက်ထရောနစ်စီးပွားရေး ပံ့ပိုးမှုကွန်ရက်",
        "area_marketplaces": "အီလက်ထရောနစ်ဈေးကွက်နှင့် အီလက်ထရောနစ်ဝယ်ယူရေး",
        "area_surveys": "စစ်တမ်းများမှ",
        "sex_female": "အမျိုးသမီး",
        "sex_male": "အမျိုးသား",
        "sex_other": "အခြား",
        "trk_basic": "အခြေခံ",
        "trk_advanced": "အဆင့်မြင့်",
        "svc_website": "ဝက်ဘ်ဆိုက် တည်ဆောက်ခြင်း",
        "svc_listing": "ကတ်တလောက် သို့မဟုတ် အီလက်ထရောနစ်ဈေးကွက်တွင် တင်ခြင်း",
        "svc_content": "အကြောင်းအရာ ဖန်တီးခြင်း",
        "svc_translation": "ဘာသာပြန်ခြင်း",
        "svc_payment": "အွန်လိုင်းငွေပေးချေမှု စနစ်ထည့်ခြင်း",
        "svc_training": "သင်တန်း",
        "svc_advice": "အကြံပေးခြင်း",
        "ch_email": "အီးမေးလ်",
        "ch_website": "ဝက်ဘ်ဆိုက်",
        "ch_emarketplace": "အီလက်ထရောနစ်ဈေးကွက်",
        "ch_social_media": "ဆိုရှယ်မီဒီယာ",
        "ch_phone": "ဖုန်း",
        "ch_fax": "ဖက်စ်",
        "ch_other": "အခြား",
        "ev_road_show": "လှည့်လည်ပြသပွဲ",
        "ev_media_campaign": "မီဒီယာလှုံ့ဆော်မှု",
        "ev_launch": "မိတ်ဆက်ပွဲ",
        "ev_consultation": "သက်ဆိုင်သူများနှင့် တိုင်ပင်ဆွေးနွေးပွဲ",
        "ev_seminar": "ဆွေးနွေးပွဲ",
        "ev_other": "အခြား",
        "year": "{y} ခုနှစ်",
        "quarter": "{y} ခုနှစ် သုံးလပတ် {q}",
        "month_year": "{y} ခုနှစ် {month}လ",
        "col_currency": "ငွေကြေး",
        "col_part": "ရေတွက်သည့်အရေအတွက်",
        "col_whole": "စုစုပေါင်းထဲမှ",
        "col_wider": "ပိုကျယ်သော အကျုံးဝင်မှု၏ ပန်းတိုင်",
        "col_baseline": "အခြေခံတန်ဖိုး",
        "col_baseline_on": "အခြေခံတန်ဖိုး ရက်စွဲ",
        "col_scope": "အကျုံးဝင်မှု",
        "col_for": "အတွက်",
        "col_from": "မှ",
        "col_to": "ထိ",
        "col_notes": "မှတ်ချက်",
        "col_measured": "ဤနေရာတွင် တိုင်းတာရန် သုံးသည်",
        "yes": "ဟုတ်",
        "no": "မဟုတ်",
        "trend_target": "{period} ပန်းတိုင်",
        "sheet_about": "အကြောင်း",
        "sheet_definitions": "အဓိပ္ပာယ်",
        "sheet_targets": "ပန်းတိုင်များ",
    },
    "th": {
        "cert_title": "ประกาศนียบัตรผ่านการอบรม",
        "certify": "ประกาศนียบัตรฉบับนี้ให้ไว้เพื่อแสดงว่า",
        "of_sme": "จาก {sme}",
        "completed": "ได้ผ่านการอบรมเชิงปฏิบัติการ",
        "track_basic": "หลักสูตรธุรกิจอิเล็กทรอนิกส์ระดับพื้นฐาน",
        "track_advanced": "หลักสูตรธุรกิจอิเล็กทรอนิกส์ระดับสูง",
        "partner": "ร่วมกับ {partner}",
        "modules": "หัวข้อการอบรม",
        "cert_no": "เลขที่ประกาศนียบัตร",
        "issued_on": "ให้ไว้ ณ วันที่",
        "trainer": "วิทยากร",
        "for_agency": "ในนามหน่วยงาน",
        "attendance": "ใบลงชื่อเข้าร่วมการอบรม",
        "workshop": "การอบรม",
        "day": "วันที่",
        "venue": "สถานที่",
        "trainers": "วิทยากร",
        "col_no": "ลำดับ",
        "col_name": "ชื่อ-นามสกุล",
        "col_sme": "สถานประกอบการ",
        "col_role": "ตำแหน่ง",
        "col_phone": "โทรศัพท์",
        "col_signature": "ลายมือชื่อ",
        "page": "หน้า {n} จาก {m}",
        "total": "จำนวนผู้ตอบทั้งหมด {n} คน",
        "answered": "ตอบ {n} คน",
        "mean": "ค่าเฉลี่ย",
        "median": "มัธยฐาน",
        "min": "ต่ำสุด",
        "max": "สูงสุด",
        "samples": "ตัวอย่างคำตอบ",
        "no_answers": "ยังไม่มีคำตอบ",
        "not_answered": "(ไม่ได้ตอบ)",
        "acknowledged": "รับทราบ",
        "generated": "จัดทำเมื่อ {date}",
        "pack_title": "ตัวชี้วัดเทียบกับเป้าหมาย",
        "pack_subtitle": "ชุดรายงานสำหรับสำนักงานใหญ่และผู้ให้ทุน",
        "period": "ช่วงเวลา",
        "scope": "ขอบเขต",
        "scope_programme": "ทั้งโครงการ",
        "scope_economy": "เขตเศรษฐกิจ: {name}",
        "scope_agency": "หน่วยงาน: {name}",
        "scope_province": "จังหวัด: {name}",
        "scope_none": "ไม่มีการกำหนดเป้าหมายสำหรับการเลือกตามสาขาธุรกิจหรือเพศ "
                      "หรือตามหน่วยงานและจังหวัดพร้อมกัน",
        "selection": "การเลือก",
        "prepared_by": "จัดทำโดย",
        "headquarters": "สำนักงานใหญ่",
        "made_on": "จัดทำเมื่อ",
        "language": "ภาษา",
        "at_a_glance": "สรุปโดยย่อ",
        "contents": "สารบัญ",
        "reading": "ร้อยละของเป้าหมาย: ค่าจริงหารด้วยเป้าหมายที่กำหนดสำหรับขอบเขตและช่วงเวลานี้ "
                   "เป้าหมายในวงเล็บเป็นของขอบเขตที่กว้างกว่า แสดงไว้เพื่ออ้างอิงและไม่ได้ใช้วัดผล",
        "status_met": "บรรลุเป้าหมาย",
        "status_near": "ใกล้บรรลุเป้าหมาย",
        "status_behind": "ต่ำกว่าเป้าหมาย",
        "status_none": "ไม่มีเป้าหมาย",
        "rule_met": "ตั้งแต่ 100% ของเป้าหมายขึ้นไป",
        "rule_near": "80% ถึง 99% ของเป้าหมาย",
        "rule_behind": "ต่ำกว่า 80% ของเป้าหมาย",
        "rule_none": "ไม่มีเป้าหมายสำหรับขอบเขตและช่วงเวลานี้",
        "section_indicators": "ตัวชี้วัดตามด้าน",
        "col_indicator": "ตัวชี้วัด",
        "col_actual": "ผลจริง",
        "col_target": "เป้าหมาย",
        "col_percent": "% ของเป้าหมาย",
        "col_status": "สถานะ",
        "not_counted": "ไม่ได้นับตาม{names}",
        "several_currencies": "มีหลายสกุลเงิน: โปรดเลือกเขตเศรษฐกิจ",
        "trend": "แนวโน้มในช่วงที่ผ่านมา",
        "legend_actual": "ผลจริง",
        "legend_target": "เป้าหมาย",
        "no_data": "ไม่มีข้อมูลในช่วงเวลานี้",
        "section_disaggregations": "ข้อมูลจำแนก",
        "by_one": "{what} จำแนกตาม{a}",
        "by_two": "{what} จำแนกตาม{a}และ{b}",
        "sum_total": "รวม",
        "col_all": "ทั้งหมด",
        "not_recorded": "ไม่ได้บันทึก",
        "dim_economy": "เขตเศรษฐกิจ",
        "dim_province": "จังหวัด",
        "dim_agency": "หน่วยงาน",
        "dim_sector": "สาขาธุรกิจ",
        "dim_sex": "เพศ",
        "dim_track": "ระดับหลักสูตร",
        "dim_type": "ประเภทบริการ",
        "dim_channel": "ช่องทาง",
        "dim_kind": "ประเภทกิจกรรม",
        "dim_criterion": "เกณฑ์",
        "inquiries_origin": "การสอบถามจากต่างประเทศและในประเทศ",
        "origin_abroad": "จากต่างประเทศ",
        "origin_domestic": "ในประเทศ",
        "origin_all": "การสอบถามทั้งหมด",
        "section_evaluation": "การประเมินการอบรม: เกณฑ์ห้าด้าน",
        "evaluation_note": "คะแนนเฉลี่ยตั้งแต่ 1 (ควรปรับปรุง) ถึง 5 (ดีเยี่ยม) ที่ผู้เข้าอบรมให้"
                           "ในแบบประเมินการอบรม จากคำตอบที่ส่งในช่วงเวลานี้",
        "evaluation_by_sex": "คะแนนเฉลี่ยจำแนกตามเพศ",
        "responses_n": "{n} คำตอบ",
        "crit_relevance": "ความสอดคล้อง",
        "crit_efficiency": "ประสิทธิภาพ",
        "crit_effectiveness": "ประสิทธิผล",
        "crit_impact": "ผลกระทบ",
        "crit_sustainability": "ความยั่งยืน",
        "eval_title": "การประเมิน: {c}",
        "eval_definition": "คะแนนเฉลี่ย (1 ถึง 5) ที่ผู้เข้าอบรมให้กับการอบรมในเกณฑ์นี้"
                           "ในแบบประเมินการอบรม จากคำตอบที่ส่งในช่วงเวลานี้",
        "section_definitions": "คำนิยามของตัวชี้วัด",
        "col_code": "รหัส",
        "col_unit": "หน่วย",
        "col_split": "จำแนกได้ตาม",
        "col_definition": "คำนิยาม",
        "col_area": "ด้าน",
        "unit_count": "จำนวน",
        "unit_percent": "ร้อยละ",
        "unit_money": "เงิน แยกตามสกุลเงิน",
        "unit_score": "คะแนนเฉลี่ย",
        "area_training": "การสร้างความตระหนักและการฝึกอบรม",
        "area_network": "เครือข่ายสนับสนุนธุรกิจอิเล็กทรอนิกส์",
        "area_marketplaces": "ตลาดอิเล็กทรอนิกส์และการจัดซื้อจัดจ้างอิเล็กทรอนิกส์",
        "area_surveys": "จากการสำรวจ",
        "sex_female": "หญิง",
        "sex_male": "ชาย",
        "sex_other": "อื่น ๆ",
        "trk_basic": "พื้นฐาน",
        "trk_advanced": "ขั้นสูง",
        "svc_website": "จัดทำเว็บไซต์",
        "svc_listing": "ลงรายการในแคตตาล็อกหรือตลาดอิเล็กทรอนิกส์",
        "svc_content": "สร้างเนื้อหา",
        "svc_translation": "การแปล",
        "svc_payment": "ติดตั้งระบบชำระเงินออนไลน์",
        "svc_training": "การฝึกอบรม",
        "svc_advice": "การให้คำปรึกษา",
        "ch_email": "อีเมล",
        "ch_website": "เว็บไซต์",
        "ch_emarketplace": "ตลาดอิเล็กทรอนิกส์",
        "ch_social_media": "สื่อสังคมออนไลน์",
        "ch_phone": "โทรศัพท์",
        "ch_fax": "โทรสาร",
        "ch_other": "อื่น ๆ",
        "ev_road_show": "โรดโชว์",
        "ev_media_campaign": "การรณรงค์ผ่านสื่อ",
        "ev_launch": "งานเปิดตัว",
        "ev_consultation": "การหารือกับผู้มีส่วนได้ส่วนเสีย",
        "ev_seminar": "การสัมมนา",
        "ev_other": "อื่น ๆ",
        "year": "{era} {y}",  # พ.ศ. or ค.ศ., as the user chose (i18n_format.era)
        "quarter": "ไตรมาส {q}/{y}",
        "month_year": "{month} {y}",
        "col_currency": "สกุลเงิน",
        "col_part": "จำนวนที่นับ",
        "col_whole": "จากทั้งหมด",
        "col_wider": "เป้าหมายของขอบเขตที่กว้างกว่า",
        "col_baseline": "ค่าฐาน",
        "col_baseline_on": "วันที่ของค่าฐาน",
        "col_scope": "ขอบเขต",
        "col_for": "สำหรับ",
        "col_from": "ตั้งแต่",
        "col_to": "ถึง",
        "col_notes": "หมายเหตุ",
        "col_measured": "ใช้วัดผลที่นี่",
        "yes": "ใช่",
        "no": "ไม่ใช่",
        "trend_target": "เป้าหมาย {period}",
        "sheet_about": "เกี่ยวกับ",
        "sheet_definitions": "คำนิยาม",
        "sheet_targets": "เป้าหมาย",
    },
    "vi": {
        "cert_title": "Giấy chứng nhận hoàn thành",
        "certify": "Chứng nhận",
        "of_sme": "Đơn vị: {sme}",
        "completed": "đã hoàn thành khóa tập huấn",
        "track_basic": "Các học phần kinh doanh điện tử cơ bản",
        "track_advanced": "Các học phần kinh doanh điện tử nâng cao",
        "partner": "phối hợp với {partner}",
        "modules": "Các học phần đã học",
        "cert_no": "Số chứng nhận",
        "issued_on": "Cấp ngày",
        "trainer": "Giảng viên",
        "for_agency": "Đại diện cơ quan",
        "attendance": "Danh sách điểm danh",
        "workshop": "Khóa tập huấn",
        "day": "Ngày",
        "venue": "Địa điểm",
        "trainers": "Giảng viên",
        "col_no": "STT",
        "col_name": "Họ và tên",
        "col_sme": "Doanh nghiệp",
        "col_role": "Chức vụ",
        "col_phone": "Điện thoại",
        "col_signature": "Chữ ký",
        "page": "Trang {n}/{m}",
        "total": "Tổng số phiếu trả lời: {n}",
        "answered": "{n} người trả lời",
        "mean": "Trung bình",
        "median": "Trung vị",
        "min": "Nhỏ nhất",
        "max": "Lớn nhất",
        "samples": "Một số câu trả lời",
        "no_answers": "Chưa có câu trả lời",
        "not_answered": "(chưa trả lời)",
        "acknowledged": "Xác nhận",
        "generated": "Lập ngày {date}",
        "pack_title": "Chỉ số so với mục tiêu",
        "pack_subtitle": "Bộ báo cáo cho trụ sở chính và nhà tài trợ",
        "period": "Kỳ báo cáo",
        "scope": "Phạm vi",
        "scope_programme": "Toàn chương trình",
        "scope_economy": "Nền kinh tế: {name}",
        "scope_agency": "Cơ quan: {name}",
        "scope_province": "Tỉnh: {name}",
        "scope_none": "Không có mục tiêu cho lựa chọn theo ngành hoặc giới tính, hoặc theo cả "
                      "cơ quan và tỉnh.",
        "selection": "Lựa chọn",
        "prepared_by": "Đơn vị lập",
        "headquarters": "Trụ sở chính",
        "made_on": "Ngày lập",
        "language": "Ngôn ngữ",
        "at_a_glance": "Tóm tắt",
        "contents": "Mục lục",
        "reading": "Phần trăm mục tiêu: giá trị thực tế chia cho mục tiêu đặt ra cho phạm vi "
                   "và kỳ này. Mục tiêu trong ngoặc là của phạm vi rộng hơn, chỉ để tham khảo, "
                   "không dùng để đánh giá.",
        "status_met": "Đạt mục tiêu",
        "status_near": "Gần đạt mục tiêu",
        "status_behind": "Chưa đạt mục tiêu",
        "status_none": "Không có mục tiêu",
        "rule_met": "từ 100% mục tiêu trở lên",
        "rule_near": "từ 80% đến 99% mục tiêu",
        "rule_behind": "dưới 80% mục tiêu",
        "rule_none": "không có mục tiêu cho phạm vi và kỳ này",
        "section_indicators": "Chỉ số theo lĩnh vực",
        "col_indicator": "Chỉ số",
        "col_actual": "Thực tế",
        "col_target": "Mục tiêu",
        "col_percent": "% mục tiêu",
        "col_status": "Tình trạng",
        "not_counted": "Không tính theo {names}",
        "several_currencies": "Nhiều loại tiền tệ: hãy chọn một nền kinh tế",
        "trend": "Xu hướng qua các kỳ gần đây",
        "legend_actual": "Thực tế",
        "legend_target": "Mục tiêu",
        "no_data": "Không có dữ liệu trong kỳ này",
        "section_disaggregations": "Số liệu phân tách",
        "by_one": "{what} theo {a}",
        "by_two": "{what} theo {a} và {b}",
        "sum_total": "Tổng",
        "col_all": "Tất cả",
        "not_recorded": "Không ghi nhận",
        "dim_economy": "Nền kinh tế",
        "dim_province": "Tỉnh",
        "dim_agency": "Cơ quan",
        "dim_sector": "Ngành",
        "dim_sex": "Giới tính",
        "dim_track": "Cấp độ khóa học",
        "dim_type": "Loại dịch vụ",
        "dim_channel": "Kênh",
        "dim_kind": "Loại sự kiện",
        "dim_criterion": "Tiêu chí",
        "inquiries_origin": "Yêu cầu từ nước ngoài và trong nước",
        "origin_abroad": "Từ nước ngoài",
        "origin_domestic": "Trong nước",
        "origin_all": "Tất cả yêu cầu",
        "section_evaluation": "Đánh giá khóa tập huấn: năm tiêu chí",
        "evaluation_note": "Điểm trung bình từ 1 (kém) đến 5 (xuất sắc) mà học viên cho trong "
                           "phiếu đánh giá khóa tập huấn, trong các phiếu nộp trong kỳ.",
        "evaluation_by_sex": "Điểm trung bình theo giới tính",
        "responses_n": "{n} phiếu trả lời",
        "crit_relevance": "Tính phù hợp",
        "crit_efficiency": "Hiệu suất",
        "crit_effectiveness": "Hiệu quả",
        "crit_impact": "Tác động",
        "crit_sustainability": "Tính bền vững",
        "eval_title": "Đánh giá: {c}",
        "eval_definition": "Điểm trung bình (1 đến 5) học viên cho khóa tập huấn theo tiêu chí "
                           "này trong phiếu đánh giá khóa tập huấn, trong các phiếu nộp trong kỳ.",
        "section_definitions": "Định nghĩa các chỉ số",
        "col_code": "Mã",
        "col_unit": "Đơn vị",
        "col_split": "Phân tách theo",
        "col_definition": "Định nghĩa",
        "col_area": "Lĩnh vực",
        "unit_count": "Số lượng",
        "unit_percent": "Phần trăm",
        "unit_money": "Tiền, theo loại tiền tệ",
        "unit_score": "Điểm trung bình",
        "area_training": "Nâng cao nhận thức và tập huấn",
        "area_network": "Mạng lưới hỗ trợ kinh doanh điện tử",
        "area_marketplaces": "Sàn thương mại điện tử và mua sắm công điện tử",
        "area_surveys": "Từ khảo sát",
        "sex_female": "Nữ",
        "sex_male": "Nam",
        "sex_other": "Khác",
        "trk_basic": "Cơ bản",
        "trk_advanced": "Nâng cao",
        "svc_website": "Thiết lập trang web",
        "svc_listing": "Đăng trên danh mục hoặc sàn thương mại điện tử",
        "svc_content": "Tạo nội dung",
        "svc_translation": "Dịch thuật",
        "svc_payment": "Thiết lập thanh toán trực tuyến",
        "svc_training": "Tập huấn",
        "svc_advice": "Tư vấn",
        "ch_email": "Thư điện tử",
        "ch_website": "Trang web",
        "ch_emarketplace": "Sàn thương mại điện tử",
        "ch_social_media": "Mạng xã hội",
        "ch_phone": "Điện thoại",
        "ch_fax": "Fax",
        "ch_other": "Khác",
        "ev_road_show": "Quảng bá lưu động",
        "ev_media_campaign": "Chiến dịch truyền thông",
        "ev_launch": "Lễ ra mắt",
        "ev_consultation": "Tham vấn các bên liên quan",
        "ev_seminar": "Hội thảo",
        "ev_other": "Khác",
        "year": "Năm {y}",
        "quarter": "Quý {q} năm {y}",
        "month_year": "Tháng {m} năm {y}",
        "col_currency": "Loại tiền",
        "col_part": "Số được tính",
        "col_whole": "Trên tổng số",
        "col_wider": "Mục tiêu của phạm vi rộng hơn",
        "col_baseline": "Giá trị cơ sở",
        "col_baseline_on": "Ngày của giá trị cơ sở",
        "col_scope": "Phạm vi",
        "col_for": "Cho",
        "col_from": "Từ",
        "col_to": "Đến",
        "col_notes": "Ghi chú",
        "col_measured": "Dùng để đánh giá ở đây",
        "yes": "Có",
        "no": "Không",
        "trend_target": "Mục tiêu {period}",
        "sheet_about": "Giới thiệu",
        "sheet_definitions": "Định nghĩa",
        "sheet_targets": "Mục tiêu",
    },
    "zh_CN": {
        "cert_title": "结业证书",
        "certify": "兹证明",
        "of_sme": "单位：{sme}",
        "completed": "已完成以下培训班的学习",
        "track_basic": "电子商务基础模块",
        "track_advanced": "电子商务高级模块",
        "partner": "合作单位：{partner}",
        "modules": "所学模块",
        "cert_no": "证书编号",
        "issued_on": "颁发日期",
        "trainer": "培训讲师",
        "for_agency": "机构代表",
        "attendance": "签到表",
        "workshop": "培训班",
        "day": "日期",
        "venue": "地点",
        "trainers": "讲师",
        "col_no": "序号",
        "col_name": "姓名",
        "col_sme": "企业",
        "col_role": "职务",
        "col_phone": "电话",
        "col_signature": "签名",
        "page": "第 {n} 页，共 {m} 页",
        "total": "答卷总数：{n}",
        "answered": "{n} 人作答",
        "mean": "平均值",
        "median": "中位数",
        "min": "最小值",
        "max": "最大值",
        "samples": "部分回答",
        "no_answers": "暂无回答",
        "not_answered": "（未作答）",
        "acknowledged": "确认",
        "generated": "生成日期：{date}",
        "pack_title": "指标与目标对照",
        "pack_subtitle": "提交总部和捐助方的报告包",
        "period": "报告期",
        "scope": "范围",
        "scope_programme": "整个项目",
        "scope_economy": "经济体：{name}",
        "scope_agency": "机构：{name}",
        "scope_province": "省份：{name}",
        "scope_none": "按行业或性别、或同时按机构和省份筛选时，没有设定目标。",
        "selection": "筛选条件",
        "prepared_by": "编制单位",
        "headquarters": "总部",
        "made_on": "编制日期",
        "language": "语言",
        "at_a_glance": "概览",
        "contents": "目录",
        "reading": "目标完成百分比：实际值除以为该范围和报告期设定的目标。括号中的目标属于更大的"
                   "范围，仅供参考，不用于衡量。",
        "status_met": "已达成目标",
        "status_near": "接近目标",
        "status_behind": "落后于目标",
        "status_none": "无目标",
        "rule_met": "达到目标的100%及以上",
        "rule_near": "目标的80%至99%",
        "rule_behind": "低于目标的80%",
        "rule_none": "该范围和报告期没有目标",
        "section_indicators": "按领域列出的指标",
        "col_indicator": "指标",
        "col_actual": "实际",
        "col_target": "目标",
        "col_percent": "目标完成%",
        "col_status": "状态",
        "not_counted": "未按{names}统计",
        "several_currencies": "涉及多种货币：请选择一个经济体",
        "trend": "近几期趋势",
        "legend_actual": "实际",
        "legend_target": "目标",
        "no_data": "本期没有记录",
        "section_disaggregations": "分类数据",
        "by_one": "{what}（按{a}）",
        "by_two": "{what}（按{a}和{b}）",
        "sum_total": "合计",
        "col_all": "全部",
        "not_recorded": "未记录",
        "dim_economy": "经济体",
        "dim_province": "省份",
        "dim_agency": "机构",
        "dim_sector": "行业",
        "dim_sex": "性别",
        "dim_track": "课程级别",
        "dim_type": "服务类型",
        "dim_channel": "渠道",
        "dim_kind": "活动类型",
        "dim_criterion": "标准",
        "inquiries_origin": "来自国外和国内的询盘",
        "origin_abroad": "来自国外",
        "origin_domestic": "国内",
        "origin_all": "全部询盘",
        "section_evaluation": "培训评估：五项标准",
        "evaluation_note": "学员在培训评估表中给出的平均评分，从1（差）到5（优秀），统计本期提交的"
                           "回答。",
        "evaluation_by_sex": "按性别的平均评分",
        "responses_n": "{n} 份回答",
        "crit_relevance": "相关性",
        "crit_efficiency": "效率",
        "crit_effectiveness": "有效性",
        "crit_impact": "影响",
        "crit_sustainability": "可持续性",
        "eval_title": "评估：{c}",
        "eval_definition": "学员在培训评估表中针对该标准给培训班的平均评分（1至5），统计本期提交的"
                           "回答。",
        "section_definitions": "指标定义",
        "col_code": "代码",
        "col_unit": "单位",
        "col_split": "可分类维度",
        "col_definition": "定义",
        "col_area": "领域",
        "unit_count": "数量",
        "unit_percent": "百分比",
        "unit_money": "金额（按货币）",
        "unit_score": "平均分",
        "area_training": "意识提升与培训",
        "area_network": "电子商务支持网络",
        "area_marketplaces": "电子市场与电子采购",
        "area_surveys": "来自调查",
        "sex_female": "女",
        "sex_male": "男",
        "sex_other": "其他",
        "trk_basic": "基础",
        "trk_advanced": "高级",
        "svc_website": "网站建设",
        "svc_listing": "目录或电子市场上架",
        "svc_content": "内容制作",
        "svc_translation": "翻译",
        "svc_payment": "在线支付开通",
        "svc_training": "培训",
        "svc_advice": "咨询",
        "ch_email": "电子邮件",
        "ch_website": "网站",
        "ch_emarketplace": "电子市场",
        "ch_social_media": "社交媒体",
        "ch_phone": "电话",
        "ch_fax": "传真",
        "ch_other": "其他",
        "ev_road_show": "路演",
        "ev_media_campaign": "媒体宣传",
        "ev_launch": "发布会",
        "ev_consultation": "利益相关方磋商",
        "ev_seminar": "研讨会",
        "ev_other": "其他",
        "year": "{y}年",
        "quarter": "{y}年第{q}季度",
        "month_year": "{y}年{m}月",
        "col_currency": "货币",
        "col_part": "计入数",
        "col_whole": "总数",
        "col_wider": "更大范围的目标",
        "col_baseline": "基线",
        "col_baseline_on": "基线日期",
        "col_scope": "范围",
        "col_for": "对象",
        "col_from": "起",
        "col_to": "止",
        "col_notes": "备注",
        "col_measured": "此处用于衡量",
        "yes": "是",
        "no": "否",
        "trend_target": "{period}目标",
        "sheet_about": "说明",
        "sheet_definitions": "定义",
        "sheet_targets": "目标",
    },
}

_COUNTRIES: dict[str, dict[str, str]] = {
    "en": {"KH": "Cambodia", "LA": "Lao PDR", "MM": "Myanmar", "TH": "Thailand",
           "VN": "Viet Nam", "YN": "Yunnan, China"},
    "km": {"KH": "កម្ពុជា", "LA": "ឡាវ", "MM": "មីយ៉ាន់ម៉ា", "TH": "ថៃ", "VN": "វៀតណាម",
           "YN": "យូណាន ប្រទេសចិន"},
    "lo": {"KH": "ກຳປູເຈຍ", "LA": "ສປປ ລາວ", "MM": "ມຽນມາ", "TH": "ໄທ", "VN": "ຫວຽດນາມ",
           "YN": "ຢູນນານ ຈີນ"},
    "my": {"KH": "ကမ္ဘောဒီးယား", "LA": "လာအို", "MM": "မြန်မာ", "TH": "ထိုင်း", "VN": "ဗီယက်နမ်",
           "YN": "ယူနန်၊ တရုတ်"},
    "th": {"KH": "กัมพูชา", "LA": "สปป. ลาว", "MM": "เมียนมา", "TH": "ประเทศไทย",
           "VN": "เวียดนาม", "YN": "ยูนนาน จีน"},
    "vi": {"KH": "Campuchia", "LA": "Lào", "MM": "Myanmar", "TH": "Thái Lan", "VN": "Việt Nam",
           "YN": "Vân Nam, Trung Quốc"},
    "zh_CN": {"KH": "柬埔寨", "LA": "老挝", "MM": "缅甸", "TH": "泰国", "VN": "越南",
              "YN": "中国云南"},
}

_MONTHS = i18n_format.MONTHS


def lang_or_default(lang: str) -> str:
    """`lang` if we have its wording (also accepts "zh" / "zh-CN"), else English."""
    if lang in _STRINGS:
        return lang
    if lang.replace("-", "_").lower().startswith("zh"):
        return "zh_CN"
    return "en"


class _Placeholders(dict[str, object]):
    """Values for `str.format_map`; a placeholder without one stays as written."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def t(lang: str, key: str, **values: object) -> str:
    """The printed wording `key` in `lang`, with `{placeholders}` filled in (one given no value
    is printed as it is written rather than failing the whole document)."""
    text = _STRINGS[lang_or_default(lang)].get(key) or _STRINGS["en"][key]
    return text.format_map(_Placeholders(values)) if values else text


def t_or(lang: str, key: str, default: str) -> str:
    """`t(lang, key)`, or `default` when there is no such wording (a code added since, such as
    a new kind of service, is printed as recorded)."""
    return t(lang, key) if key in _STRINGS["en"] else default


def country(lang: str, code: str | None) -> str:
    if not code:
        return ""
    return _COUNTRIES[lang_or_default(lang)].get(code.upper(), code)


def local_digits(lang: str, text: str) -> str:
    """`text` with its digits in those `lang` is written in (Burmese: Myanmar digits; Khmer,
    Lao and Thai when the user chose their own digits): the rule of `gmsdesk.i18n_format`."""
    return i18n_format.localize_digits(lang, text)


def format_number(lang: str, value: float | int, *, decimals: int = 2,
                  grouping: bool = True) -> str:
    """A number as printed in `lang`: its separators and digits, at most `decimals` decimals,
    not grouped when `grouping` is False (years, codes)."""
    return i18n_format.format_number(lang, value, decimals=decimals, grouping=grouping)


def format_percent(lang: str, share: float) -> str:
    """A share of 0 to 100 as a whole percentage, the same precision everywhere."""
    return i18n_format.format_percent(lang, share)


def parse_date(value: str | None) -> dt.date | None:
    """An ISO date (or the date part of an ISO timestamp); None if empty or unreadable."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def format_date(lang: str, value: str | dt.date | None) -> str:
    """A date as printed in `lang` (the long form of `i18n_format.format_date`: the month
    spelled out, the era and digits of the language); an unreadable value is printed as
    given."""
    day = value if isinstance(value, dt.date) else parse_date(value)
    if day is None:
        return value if isinstance(value, str) else ""
    return i18n_format.format_date(lang_or_default(lang), day)


def format_date_range(lang: str, start: str | None, end: str | None) -> str:
    """"3 March 2026 – 5 March 2026", or one date when both are the same or one is missing."""
    first, last = format_date(lang, start), format_date(lang, end)
    if not first or not last or first == last:
        return first or last
    return f"{first} – {last}"


def _year(lang: str, y: int) -> int:
    return i18n_format.year(lang_or_default(lang), y)


def format_period(lang: str, start: str, end: str) -> str:
    """A reporting period as people say it: "2026", "Q3 2026", "July 2026", else its dates."""
    first, last = parse_date(start), parse_date(end)
    if first is None or last is None:
        return format_date_range(lang, start, end)
    lang = lang_or_default(lang)
    whole_months = first.day == 1 and (last + dt.timedelta(days=1)).day == 1
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    y = _year(lang, first.year)
    if whole_months and months == 12 and first.month == 1:
        text = t(lang, "year", y=y, era=i18n_format.era(lang)).strip()
    elif whole_months and months == 3 and first.month % 3 == 1:
        text = t(lang, "quarter", q=(first.month - 1) // 3 + 1, y=y)
    elif whole_months and months == 1:
        names = _MONTHS.get(lang, _MONTHS["en"])
        text = t(lang, "month_year", month=names[first.month - 1], m=first.month, y=y)
    else:
        return format_date_range(lang, start, end)
    return local_digits(lang, text)


# The built-in indicators' titles and definitions in English, as `gmsdesk.storage.indicators`
# declares them: a translation below is used only while the English it was made from is
# unchanged, so a reworded indicator prints in English rather than with a stale meaning.
_INDICATOR_SOURCES: dict[str, tuple[str, str]] = {
    "workshops_held": (
        "Workshops held",
        "Training workshops marked running or done, counted in the period of their first "
        "day, where they took place."),
    "people_trained": (
        "People trained",
        "People who completed at least one training module in the period, each counted once. "
        "A person is placed where their SME is; a person with no SME, where the first workshop "
        "they took part in was held."),
    "people_completed_track": (
        "People who completed their track",
        "People who completed every module of a workshop's track, counted in the period they "
        "completed the last one, each person once."),
    "smes_trained": (
        "SMEs with a person trained",
        "SMEs with at least one person who completed a training module in the period."),
    "completion_rate": (
        "Completion rate",
        "Of the people enrolled in the workshops held that started in the period, the share who "
        "completed every module of their workshop."),
    "score_gain": (
        "Average score gain",
        "Post-test score minus pre-test score (points out of 100), averaged over the "
        "participants with both scores in the workshops held that started in the period."),
    "events_held": (
        "Awareness events held",
        "Road shows, media campaigns, launches, consultations and seminars held in the period "
        "(by their first day)."),
    "people_reached": (
        "People reached by events",
        "The audiences of the awareness events held in the period, added up, by sex as "
        "recorded."),
    "agencies_offering": (
        "Agencies offering e-business services",
        "Agencies of the network whose profile lists at least one e-business service, as of the "
        "end of the period."),
    "agencies_active": (
        "Agencies active",
        "Agencies that recorded a service delivered, a workshop held or an awareness event in "
        "the period."),
    "services_delivered": (
        "Services delivered",
        "E-business services delivered to SMEs in the period."),
    "smes_served": (
        "SMEs served",
        "SMEs that received at least one e-business service in the period."),
    "fees_collected": (
        "Fees collected",
        "Fees paid for the services delivered in the period, by currency."),
    "services_paid_share": (
        "Share of services paid",
        "Of the services delivered in the period, the share with a fee that was paid (cost "
        "recovery)."),
    "smes_online": (
        "SMEs online",
        "SMEs with a website, a social media page, an e-marketplace listing or online payment "
        "(ICT level 2 or 3) as of the end of the period: since the earliest of these they have "
        "now was set."),
    "smes_emarketplace": (
        "SMEs on e-marketplaces",
        "SMEs selling on an e-marketplace or an agency portal, as of the end of the period."),
    "smes_eprocurement": (
        "SMEs registered for e-procurement",
        "SMEs registered for e-procurement, as of the end of the period."),
    "smes_portal_registered": (
        "SMEs registered on a portal",
        "SMEs registered on an agency portal (or displaying products there), as of the end of "
        "the period."),
    "smes_portal_displaying": (
        "SMEs displaying products on a portal",
        "SMEs displaying products on an agency portal, as of the end of the period."),
    "inquiries_received": (
        "Inquiries received",
        "Inquiries SMEs received in the period."),
    "inquiries_abroad": (
        "Inquiries from abroad",
        "Inquiries received in the period from another country than the SME's (for an SME of "
        "Yunnan, China is not abroad)."),
    "inquiries_domestic": (
        "Domestic inquiries",
        "Inquiries received in the period from the SME's own country."),
    "orders_reported": (
        "Orders reported",
        "Inquiries received in the period that became an order."),
    "order_value": (
        "Value of orders reported",
        "The value of the orders from inquiries received in the period, by currency."),
    "smes_moved_up": (
        "SMEs that moved up the ICT ladder",
        "SMEs whose ICT level (traditional, e-mail, web presence, e-business) at the end of the "
        "period was higher than at its start, or than when they were registered if that was "
        "later (without a start: than when they were registered)."),
}

_INDICATOR_TEXTS: dict[str, dict[str, tuple[str, str]]] = {
    "km": {
        "workshops_held": (
            "សិក្ខាសាលាដែលបានរៀបចំ",
            "សិក្ខាសាលាបណ្ដុះបណ្ដាលដែលមានស្ថានភាពកំពុងដំណើរការ ឬបានបញ្ចប់ "
            "រាប់ក្នុងរយៈពេលនៃថ្ងៃដំបូងរបស់វា នៅកន្លែងដែលវាបានប្រព្រឹត្តទៅ។"),
        "people_trained": (
            "មនុស្សដែលបានបណ្ដុះបណ្ដាល",
            "មនុស្សដែលបានបញ្ចប់មេរៀនបណ្ដុះបណ្ដាលយ៉ាងហោចណាស់មួយក្នុងរយៈពេលនេះ រាប់ម្នាក់ម្ដង។ "
            "មនុស្សម្នាក់ត្រូវបានរាប់តាមទីតាំងសហគ្រាសរបស់គាត់ ហើយអ្នកដែលគ្មានសហគ្រាស "
            "តាមទីកន្លែងនៃសិក្ខាសាលាដំបូងដែលគាត់បានចូលរួម។"),
        "people_completed_track": (
            "មនុស្សដែលបានបញ្ចប់កម្រិតវគ្គរបស់ខ្លួន",
            "មនុស្សដែលបានបញ្ចប់គ្រប់មេរៀននៃកម្រិតវគ្គរបស់សិក្ខាសាលា "
            "រាប់ក្នុងរយៈពេលដែលគាត់បានបញ្ចប់មេរៀនចុងក្រោយ ម្នាក់ម្ដង។"),
        "smes_trained": (
            "សហគ្រាសដែលមានមនុស្សបានបណ្ដុះបណ្ដាល",
            "សហគ្រាសធុនតូច និងមធ្យមដែលមានមនុស្សយ៉ាងហោចណាស់ម្នាក់"
            "បានបញ្ចប់មេរៀនបណ្ដុះបណ្ដាលក្នុងរយៈពេលនេះ។"),
        "completion_rate": (
            "អត្រាបញ្ចប់",
            "ក្នុងចំណោមអ្នកចុះឈ្មោះក្នុងសិក្ខាសាលាដែលបានរៀបចំ និងចាប់ផ្ដើមក្នុងរយៈពេលនេះ "
            "ភាគរយនៃអ្នកដែលបានបញ្ចប់គ្រប់មេរៀននៃសិក្ខាសាលារបស់ខ្លួន។"),
        "score_gain": (
            "ការកើនឡើងពិន្ទុជាមធ្យម",
            "ពិន្ទុតេស្តក្រោយ ដកពិន្ទុតេស្តមុន (ពិន្ទុលើ 100) ជាមធ្យមលើអ្នកចូលរួម"
            "ដែលមានពិន្ទុទាំងពីរ ក្នុងសិក្ខាសាលាដែលបានរៀបចំ និងចាប់ផ្ដើមក្នុងរយៈពេលនេះ។"),
        "events_held": (
            "ព្រឹត្តិការណ៍លើកកម្ពស់ការយល់ដឹងដែលបានរៀបចំ",
            "ការផ្សព្វផ្សាយចល័ត យុទ្ធនាការប្រព័ន្ធផ្សព្វផ្សាយ ពិធីសម្ពោធ ការពិគ្រោះយោបល់ "
            "និងសិក្ខាសាលា ដែលបានរៀបចំក្នុងរយៈពេលនេះ (តាមថ្ងៃដំបូង)។"),
        "people_reached": (
            "មនុស្សដែលព្រឹត្តិការណ៍បានឈានដល់",
            "ចំនួនអ្នកចូលរួមនៃព្រឹត្តិការណ៍លើកកម្ពស់ការយល់ដឹងដែលបានរៀបចំក្នុងរយៈពេលនេះ "
            "បូកបញ្ចូលគ្នា តាមភេទដូចដែលបានកត់ត្រា។"),
        "agencies_offering": (
            "ស្ថាប័នដែលផ្ដល់សេវាអាជីវកម្មអេឡិចត្រូនិក",
            "ស្ថាប័ននៃបណ្ដាញ ដែលប្រវត្តិរូបរបស់ខ្លួនរាយសេវាអាជីវកម្មអេឡិចត្រូនិក"
            "យ៉ាងហោចណាស់មួយ គិតត្រឹមចុងរយៈពេល។"),
        "agencies_active": (
            "ស្ថាប័នសកម្ម",
            "ស្ថាប័នដែលបានកត់ត្រាសេវាដែលបានផ្ដល់ សិក្ខាសាលាដែលបានរៀបចំ "
            "ឬព្រឹត្តិការណ៍លើកកម្ពស់ការយល់ដឹង ក្នុងរយៈពេលនេះ។"),
        "services_delivered": (
            "សេវាដែលបានផ្ដល់",
            "សេវាអាជីវកម្មអេឡិចត្រូនិកដែលបានផ្ដល់ជូនសហគ្រាសក្នុងរយៈពេលនេះ។"),
        "smes_served": (
            "សហគ្រាសដែលទទួលសេវា",
            "សហគ្រាសដែលបានទទួលសេវាអាជីវកម្មអេឡិចត្រូនិកយ៉ាងហោចណាស់មួយក្នុងរយៈពេលនេះ។"),
        "fees_collected": (
            "ថ្លៃសេវាដែលបានប្រមូល",
            "ថ្លៃដែលបានបង់សម្រាប់សេវាដែលបានផ្ដល់ក្នុងរយៈពេលនេះ តាមរូបិយប័ណ្ណ។"),
        "services_paid_share": (
            "ភាគរយសេវាដែលបានបង់ថ្លៃ",
            "ក្នុងចំណោមសេវាដែលបានផ្ដល់ក្នុងរយៈពេលនេះ ភាគរយនៃសេវាដែលមានថ្លៃ "
            "ហើយត្រូវបានបង់ (ការទូទាត់ថ្លៃដើមវិញ)។"),
        "smes_online": (
            "សហគ្រាសដែលមានវត្តមានលើអនឡាញ",
            "សហគ្រាសដែលមានគេហទំព័រ ទំព័របណ្ដាញសង្គម ការដាក់លក់លើទីផ្សារអេឡិចត្រូនិក "
            "ឬការទូទាត់តាមអនឡាញ (កម្រិត ICT 2 ឬ 3) គិតត្រឹមចុងរយៈពេល៖ "
            "ចាប់តាំងពីពេលដែលធាតុដំបូងបំផុតក្នុងចំណោមធាតុដែលខ្លួនមាននាពេលនេះត្រូវបានកំណត់។"),
        "smes_emarketplace": (
            "សហគ្រាសលើទីផ្សារអេឡិចត្រូនិក",
            "សហគ្រាសដែលលក់លើទីផ្សារអេឡិចត្រូនិក ឬវិបផតថលរបស់ស្ថាប័ន គិតត្រឹមចុងរយៈពេល។"),
        "smes_eprocurement": (
            "សហគ្រាសដែលបានចុះឈ្មោះលទ្ធកម្មអេឡិចត្រូនិក",
            "សហគ្រាសដែលបានចុះឈ្មោះសម្រាប់លទ្ធកម្មអេឡិចត្រូនិក គិតត្រឹមចុងរយៈពេល។"),
        "smes_portal_registered": (
            "សហគ្រាសដែលបានចុះឈ្មោះលើវិបផតថល",
            "សហគ្រាសដែលបានចុះឈ្មោះលើវិបផតថលរបស់ស្ថាប័ន (ឬកំពុងដាក់បង្ហាញផលិតផលនៅទីនោះ) "
            "គិតត្រឹមចុងរយៈពេល។"),
        "smes_portal_displaying": (
            "សហគ្រាសដែលដាក់បង្ហាញផលិតផលលើវិបផតថល",
            "សហគ្រាសដែលកំពុងដាក់បង្ហាញផលិតផលលើវិបផតថលរបស់ស្ថាប័ន គិតត្រឹមចុងរយៈពេល។"),
        "inquiries_received": (
            "ការសាកសួរដែលបានទទួល",
            "ការសាកសួរដែលសហគ្រាសបានទទួលក្នុងរយៈពេលនេះ។"),
        "inquiries_abroad": (
            "ការសាកសួរពីបរទេស",
            "ការសាកសួរដែលបានទទួលក្នុងរយៈពេលនេះពីប្រទេសផ្សេងក្រៅពីប្រទេសរបស់សហគ្រាស "
            "(សម្រាប់សហគ្រាសនៅយូណាន ប្រទេសចិនមិនចាត់ទុកជាបរទេសទេ)។"),
        "inquiries_domestic": (
            "ការសាកសួរក្នុងស្រុក",
            "ការសាកសួរដែលបានទទួលក្នុងរយៈពេលនេះពីប្រទេសរបស់សហគ្រាសផ្ទាល់។"),
        "orders_reported": (
            "ការបញ្ជាទិញដែលបានរាយការណ៍",
            "ការសាកសួរដែលបានទទួលក្នុងរយៈពេលនេះ ហើយបានក្លាយជាការបញ្ជាទិញ។"),
        "order_value": (
            "តម្លៃនៃការបញ្ជាទិញដែលបានរាយការណ៍",
            "តម្លៃនៃការបញ្ជាទិញពីការសាកសួរដែលបានទទួលក្នុងរយៈពេលនេះ តាមរូបិយប័ណ្ណ។"),
        "smes_moved_up": (
            "សហគ្រាសដែលបានឡើងកម្រិត ICT",
            "សហគ្រាសដែលកម្រិត ICT (ប្រពៃណី អ៊ីមែល វត្តមានលើបណ្ដាញ អាជីវកម្មអេឡិចត្រូនិក) "
            "នៅចុងរយៈពេលខ្ពស់ជាងនៅដើមរយៈពេល ឬខ្ពស់ជាងពេលចុះឈ្មោះ "
            "ប្រសិនបើការចុះឈ្មោះនោះក្រោយជាង (បើគ្មានថ្ងៃចាប់ផ្ដើម៖ ខ្ពស់ជាងពេលចុះឈ្មោះ)។"),
    },
    "lo": {
        "workshops_held": (
            "ການຝຶກອົບຮົມທີ່ໄດ້ຈັດ",
            "ການຝຶກອົບຮົມທີ່ມີສະຖານະກຳລັງດຳເນີນ ຫຼື ສຳເລັດແລ້ວ, ນັບໃນໄລຍະເວລາຂອງວັນທຳອິດ, "
            "ຢູ່ບ່ອນທີ່ຈັດ."),
        "people_trained": (
            "ຄົນທີ່ໄດ້ຮັບການຝຶກອົບຮົມ",
            "ຄົນທີ່ຮຽນຈົບຢ່າງໜ້ອຍໜຶ່ງບົດຮຽນໃນໄລຍະເວລານີ້, ນັບຄົນລະເທື່ອດຽວ. "
            "ຄົນໜຶ່ງຖືກນັບຢູ່ບ່ອນທີ່ວິສາຫະກິດຂອງລາວຕັ້ງຢູ່; ຄົນທີ່ບໍ່ມີວິສາຫະກິດ, "
            "ຢູ່ບ່ອນທີ່ຈັດການຝຶກອົບຮົມຄັ້ງທຳອິດທີ່ລາວເຂົ້າຮ່ວມ."),
        "people_completed_track": (
            "ຄົນທີ່ຮຽນຈົບຫຼັກສູດຂອງຕົນ",
            "ຄົນທີ່ຮຽນຈົບທຸກບົດຮຽນຂອງຫຼັກສູດການຝຶກອົບຮົມ, ນັບໃນໄລຍະເວລາທີ່ຮຽນຈົບບົດສຸດທ້າຍ, "
            "ຄົນລະເທື່ອດຽວ."),
        "smes_trained": (
            "ວິສາຫະກິດທີ່ມີຄົນໄດ້ຮັບການຝຶກອົບຮົມ",
            "ວິສາຫະກິດຂະໜາດນ້ອຍ ແລະ ກາງທີ່ມີຢ່າງໜ້ອຍໜຶ່ງຄົນຮຽນຈົບບົດຮຽນໃນໄລຍະເວລານີ້."),
        "completion_rate": (
            "ອັດຕາການຮຽນຈົບ",
            "ໃນຈຳນວນຄົນທີ່ລົງທະບຽນໃນການຝຶກອົບຮົມທີ່ໄດ້ຈັດ ແລະ ເລີ່ມໃນໄລຍະເວລານີ້, "
            "ສ່ວນຮ້ອຍຂອງຄົນທີ່ຮຽນຈົບທຸກບົດຮຽນ."),
        "score_gain": (
            "ຄະແນນທີ່ເພີ່ມຂຶ້ນສະເລ່ຍ",
            "ຄະແນນຫຼັງຝຶກອົບຮົມລົບຄະແນນກ່ອນຝຶກອົບຮົມ (ຄະແນນເຕັມ 100), "
            "ສະເລ່ຍໃນຜູ້ເຂົ້າຮ່ວມທີ່ມີຄະແນນທັງສອງ ໃນການຝຶກອົບຮົມທີ່ໄດ້ຈັດ ແລະ "
            "ເລີ່ມໃນໄລຍະເວລານີ້."),
        "events_held": (
            "ກິດຈະກຳປູກຈິດສຳນຶກທີ່ໄດ້ຈັດ",
            "ການເຜີຍແຜ່ເຄື່ອນທີ່, ການໂຄສະນາຜ່ານສື່, ພິທີເປີດຕົວ, ການປຶກສາຫາລື ແລະ ການສຳມະນາ "
            "ທີ່ຈັດໃນໄລຍະເວລານີ້ (ຕາມວັນທຳອິດ)."),
        "people_reached": (
            "ຄົນທີ່ກິດຈະກຳເຂົ້າເຖິງ",
            "ຈຳນວນຜູ້ເຂົ້າຮ່ວມກິດຈະກຳປູກຈິດສຳນຶກທີ່ຈັດໃນໄລຍະເວລານີ້, ລວມກັນ, "
            "ຕາມເພດທີ່ໄດ້ບັນທຶກ."),
        "agencies_offering": (
            "ອົງການທີ່ໃຫ້ບໍລິການທຸລະກິດເອເລັກໂຕຣນິກ",
            "ອົງການໃນເຄືອຂ່າຍທີ່ຂໍ້ມູນຂອງຕົນລະບຸການບໍລິການທຸລະກິດເອເລັກໂຕຣນິກຢ່າງໜ້ອຍໜຶ່ງຢ່າງ, "
            "ນັບຮອດທ້າຍໄລຍະເວລາ."),
        "agencies_active": (
            "ອົງການທີ່ເຄື່ອນໄຫວ",
            "ອົງການທີ່ໄດ້ບັນທຶກການບໍລິການ, ການຝຶກອົບຮົມ ຫຼື ກິດຈະກຳປູກຈິດສຳນຶກ "
            "ໃນໄລຍະເວລານີ້."),
        "services_delivered": (
            "ການບໍລິການທີ່ໄດ້ໃຫ້",
            "ການບໍລິການທຸລະກິດເອເລັກໂຕຣນິກທີ່ໃຫ້ແກ່ວິສາຫະກິດໃນໄລຍະເວລານີ້."),
        "smes_served": (
            "ວິສາຫະກິດທີ່ໄດ້ຮັບບໍລິການ",
            "ວິສາຫະກິດທີ່ໄດ້ຮັບການບໍລິການທຸລະກິດເອເລັກໂຕຣນິກຢ່າງໜ້ອຍໜຶ່ງຢ່າງໃນໄລຍະເວລານີ້."),
        "fees_collected": (
            "ຄ່າທຳນຽມທີ່ເກັບໄດ້",
            "ຄ່າທຳນຽມທີ່ຈ່າຍສຳລັບການບໍລິການທີ່ໃຫ້ໃນໄລຍະເວລານີ້, ຕາມສະກຸນເງິນ."),
        "services_paid_share": (
            "ສ່ວນຮ້ອຍຂອງການບໍລິການທີ່ໄດ້ຈ່າຍເງິນ",
            "ໃນຈຳນວນການບໍລິການທີ່ໃຫ້ໃນໄລຍະເວລານີ້, ສ່ວນຮ້ອຍທີ່ມີຄ່າທຳນຽມ ແລະ ໄດ້ຈ່າຍແລ້ວ "
            "(ການຄືນທຶນ)."),
        "smes_online": (
            "ວິສາຫະກິດທີ່ຢູ່ອອນລາຍ",
            "ວິສາຫະກິດທີ່ມີເວັບໄຊ, ໜ້າສື່ສັງຄົມ, ລາຍການໃນຕະຫຼາດເອເລັກໂຕຣນິກ "
            "ຫຼື ການຊຳລະເງິນອອນລາຍ (ລະດັບ ICT 2 ຫຼື 3) ນັບຮອດທ້າຍໄລຍະເວລາ: "
            "ນັບແຕ່ເວລາທີ່ສິ່ງທຳອິດໃນບັນດາສິ່ງທີ່ມີຢູ່ປັດຈຸບັນຖືກຕັ້ງ."),
        "smes_emarketplace": (
            "ວິສາຫະກິດໃນຕະຫຼາດເອເລັກໂຕຣນິກ",
            "ວິສາຫະກິດທີ່ຂາຍໃນຕະຫຼາດເອເລັກໂຕຣນິກ ຫຼື ເວັບທ່າຂອງອົງການ, "
            "ນັບຮອດທ້າຍໄລຍະເວລາ."),
        "smes_eprocurement": (
            "ວິສາຫະກິດທີ່ລົງທະບຽນການຈັດຊື້ເອເລັກໂຕຣນິກ",
            "ວິສາຫະກິດທີ່ລົງທະບຽນສຳລັບການຈັດຊື້ເອເລັກໂຕຣນິກ, ນັບຮອດທ້າຍໄລຍະເວລາ."),
        "smes_portal_registered": (
            "ວິສາຫະກິດທີ່ລົງທະບຽນໃນເວັບທ່າ",
            "ວິສາຫະກິດທີ່ລົງທະບຽນໃນເວັບທ່າຂອງອົງການ (ຫຼື ສະແດງສິນຄ້າຢູ່ທີ່ນັ້ນ), "
            "ນັບຮອດທ້າຍໄລຍະເວລາ."),
        "smes_portal_displaying": (
            "ວິສາຫະກິດທີ່ສະແດງສິນຄ້າໃນເວັບທ່າ",
            "ວິສາຫະກິດທີ່ສະແດງສິນຄ້າໃນເວັບທ່າຂອງອົງການ, ນັບຮອດທ້າຍໄລຍະເວລາ."),
        "inquiries_received": (
            "ການສອບຖາມທີ່ໄດ້ຮັບ",
            "ການສອບຖາມທີ່ວິສາຫະກິດໄດ້ຮັບໃນໄລຍະເວລານີ້."),
        "inquiries_abroad": (
            "ການສອບຖາມຈາກຕ່າງປະເທດ",
            "ການສອບຖາມທີ່ໄດ້ຮັບໃນໄລຍະເວລານີ້ຈາກປະເທດອື່ນທີ່ບໍ່ແມ່ນປະເທດຂອງວິສາຫະກິດ "
            "(ສຳລັບວິສາຫະກິດຢູ່ຢູນນານ, ຈີນບໍ່ຖືວ່າເປັນຕ່າງປະເທດ)."),
        "inquiries_domestic": (
            "ການສອບຖາມພາຍໃນປະເທດ",
            "ການສອບຖາມທີ່ໄດ້ຮັບໃນໄລຍະເວລານີ້ຈາກປະເທດຂອງວິສາຫະກິດເອງ."),
        "orders_reported": (
            "ຄຳສັ່ງຊື້ທີ່ລາຍງານ",
            "ການສອບຖາມທີ່ໄດ້ຮັບໃນໄລຍະເວລານີ້ ທີ່ກາຍເປັນຄຳສັ່ງຊື້."),
        "order_value": (
            "ມູນຄ່າຄຳສັ່ງຊື້ທີ່ລາຍງານ",
            "ມູນຄ່າຂອງຄຳສັ່ງຊື້ຈາກການສອບຖາມທີ່ໄດ້ຮັບໃນໄລຍະເວລານີ້, ຕາມສະກຸນເງິນ."),
        "smes_moved_up": (
            "ວິສາຫະກິດທີ່ຂຶ້ນລະດັບ ICT",
            "ວິສາຫະກິດທີ່ລະດັບ ICT (ແບບດັ້ງເດີມ, ອີເມວ, ມີໜ້າເວັບ, ທຸລະກິດເອເລັກໂຕຣນິກ) "
            "ໃນທ້າຍໄລຍະເວລາສູງກວ່າຕອນເລີ່ມ, ຫຼື ສູງກວ່າຕອນລົງທະບຽນຖ້າການລົງທະບຽນມາພາຍຫຼັງ "
            "(ບໍ່ມີວັນເລີ່ມ: ສູງກວ່າຕອນລົງທະບຽນ)."),
    },
    "my": {
        "workshops_held": (
            "ကျင်းပခဲ့သော သင်တန်းများ",
            "ဆောင်ရွက်ဆဲ သို့မဟုတ် ပြီးဆုံးပြီဟု မှတ်သားထားသော သင်တန်းများကို "
            "ပထမနေ့ရှိသည့် ကာလတွင် ကျင်းပသည့်နေရာအလိုက် ရေတွက်သည်။"),
        "people_trained": (
            "သင်တန်းတက်ရောက်ပြီးသူများ",
            "ဤကာလအတွင်း သင်ခန်းစာ အနည်းဆုံးတစ်ခု ပြီးဆုံးခဲ့သူများ၊ တစ်ဦးလျှင် "
            "တစ်ကြိမ်သာ ရေတွက်သည်။ လူတစ်ဦးကို ၎င်း၏လုပ်ငန်းရှိရာနေရာတွင်၊ "
            "လုပ်ငန်းမရှိသူကို ပထမဆုံးတက်ရောက်ခဲ့သော သင်တန်းကျင်းပရာနေရာတွင် ထည့်တွက်သည်။"),
        "people_completed_track": (
            "မိမိသင်တန်းအဆင့်ကို ပြီးဆုံးသူများ",
            "သင်တန်းအဆင့်တစ်ခု၏ သင်ခန်းစာအားလုံးကို ပြီးဆုံးသူများ၊ "
            "နောက်ဆုံးသင်ခန်းစာ ပြီးဆုံးသည့်ကာလတွင် တစ်ဦးလျှင် တစ်ကြိမ် ရေတွက်သည်။"),
        "smes_trained": (
            "သင်တန်းတက်ပြီးသူရှိသော လုပ်ငန်းများ",
            "ဤကာလအတွင်း သင်ခန်းစာတစ်ခု ပြီးဆုံးသူ အနည်းဆုံးတစ်ဦးရှိသော "
            "အသေးစားနှင့် အလတ်စား လုပ်ငန်းများ။"),
        "completion_rate": (
            "ပြီးဆုံးနှုန်း",
            "ဤကာလတွင် စတင်ကျင်းပသော သင်တန်းများသို့ စာရင်းသွင်းသူများအနက် "
            "မိမိသင်တန်း၏ သင်ခန်းစာအားလုံး ပြီးဆုံးသူ ရာခိုင်နှုန်း။"),
        "score_gain": (
            "ပျမ်းမျှ အမှတ်တိုးတက်မှု",
            "သင်တန်းအပြီး စာမေးပွဲအမှတ်မှ သင်တန်းမတိုင်မီ စာမေးပွဲအမှတ်ကို နုတ်ထားခြင်း "
            "(အမှတ် 100 ပြည့်)၊ ဤကာလတွင် စတင်ကျင်းပသော သင်တန်းများ၌ "
            "အမှတ်နှစ်ခုလုံးရှိသော သင်တန်းသားများအပေါ် ပျမ်းမျှ။"),
        "events_held": (
            "ကျင်းပခဲ့သော အသိပညာပေးပွဲများ",
            "ဤကာလအတွင်း (ပထမနေ့အလိုက်) ကျင်းပခဲ့သော လှည့်လည်ပြသပွဲ၊ မီဒီယာလှုံ့ဆော်မှု၊ "
            "မိတ်ဆက်ပွဲ၊ တိုင်ပင်ဆွေးနွေးပွဲနှင့် ဆွေးနွေးပွဲများ။"),
        "people_reached": (
            "အသိပညာပေးပွဲများမှ ရောက်ရှိခဲ့သူများ",
            "ဤကာလအတွင်း ကျင်းပခဲ့သော အသိပညာပေးပွဲများ၏ ပါဝင်သူများ စုစုပေါင်း၊ "
            "မှတ်တမ်းတင်ထားသည့် ကျား/မ အလိုက်။"),
        "agencies_offering": (
            "အီလက်ထရောနစ်စီးပွားရေး ဝန်ဆောင်မှုပေးသော အဖွဲ့အစည်းများ",
            "ကာလအဆုံးတွင် ၎င်းတို့၏ ကိုယ်ရေးအချက်အလက်၌ အီလက်ထရောနစ်စီးပွားရေး "
            "ဝန်ဆောင်မှု အနည်းဆုံးတစ်ခု ဖော်ပြထားသော ကွန်ရက်အဖွဲ့အစည်းများ။"),
        "agencies_active": (
            "လှုပ်ရှားနေသော အဖွဲ့အစည်းများ",
            "ဤကာလအတွင်း ဝန်ဆောင်မှုပေးခြင်း၊ သင်တန်းကျင်းပခြင်း သို့မဟုတ် "
            "အသိပညာပေးပွဲ မှတ်တမ်းတင်ခဲ့သော အဖွဲ့အစည်းများ။"),
        "services_delivered": (
            "ပေးခဲ့သော ဝန်ဆောင်မှုများ",
            "ဤကာလအတွင်း လုပ်ငန်းများသို့ ပေးခဲ့သော အီလက်ထရောနစ်စီးပွားရေး ဝန်ဆောင်မှုများ။"),
        "smes_served": (
            "ဝန်ဆောင်မှုရရှိသော လုပ်ငန်းများ",
            "ဤကာလအတွင်း အီလက်ထရောနစ်စီးပွားရေး ဝန်ဆောင်မှု အနည်းဆုံးတစ်ခု "
            "ရရှိခဲ့သော လုပ်ငန်းများ။"),
        "fees_collected": (
            "ကောက်ခံရရှိသော ဝန်ဆောင်ခများ",
            "ဤကာလအတွင်း ပေးခဲ့သော ဝန်ဆောင်မှုများအတွက် ပေးချေခဲ့သော ဝန်ဆောင်ခများ၊ "
            "ငွေကြေးအလိုက်။"),
        "services_paid_share": (
            "ငွေပေးချေထားသော ဝန်ဆောင်မှု ရာခိုင်နှုန်း",
            "ဤကာလအတွင်း ပေးခဲ့သော ဝန်ဆောင်မှုများအနက် ဝန်ဆောင်ခရှိပြီး ပေးချေပြီးသော "
            "ရာခိုင်နှုန်း (ကုန်ကျစရိတ် ပြန်လည်ရရှိမှု)။"),
        "smes_online": (
            "အွန်လိုင်းပေါ်ရှိ လုပ်ငန်းများ",
            "ကာလအဆုံးတွင် ဝက်ဘ်ဆိုက်၊ ဆိုရှယ်မီဒီယာစာမျက်နှာ၊ အီလက်ထရောနစ်ဈေးကွက်စာရင်း "
            "သို့မဟုတ် အွန်လိုင်းငွေပေးချေမှု (ICT အဆင့် 2 သို့မဟုတ် 3) ရှိသော လုပ်ငန်းများ - "
            "ယခုရှိသည့်အရာများအနက် အစောဆုံးတစ်ခု သတ်မှတ်ခဲ့သည့်အချိန်မှစ၍။"),
        "smes_emarketplace": (
            "အီလက်ထရောနစ်ဈေးကွက်ပေါ်ရှိ လုပ်ငန်းများ",
            "ကာလအဆုံးတွင် အီလက်ထရောနစ်ဈေးကွက် သို့မဟုတ် အဖွဲ့အစည်း၏ ပေါ်တယ်တွင် "
            "ရောင်းချနေသော လုပ်ငန်းများ။"),
        "smes_eprocurement": (
            "အီလက်ထရောနစ်ဝယ်ယူရေးတွင် မှတ်ပုံတင်ထားသော လုပ်ငန်းများ",
            "ကာလအဆုံးတွင် အီလက်ထရောနစ်ဝယ်ယူရေးအတွက် မှတ်ပုံတင်ထားသော လုပ်ငန်းများ။"),
        "smes_portal_registered": (
            "ပေါ်တယ်တွင် မှတ်ပုံတင်ထားသော လုပ်ငန်းများ",
            "ကာလအဆုံးတွင် အဖွဲ့အစည်း၏ ပေါ်တယ်တွင် မှတ်ပုံတင်ထားသော "
            "(သို့မဟုတ် ထိုတွင် ကုန်ပစ္စည်းပြသနေသော) လုပ်ငန်းများ။"),
        "smes_portal_displaying": (
            "ပေါ်တယ်တွင် ကုန်ပစ္စည်းပြသနေသော လုပ်ငန်းများ",
            "ကာလအဆုံးတွင် အဖွဲ့အစည်း၏ ပေါ်တယ်တွင် ကုန်ပစ္စည်းပြသနေသော လုပ်ငန်းများ။"),
        "inquiries_received": (
            "ရရှိသော စုံစမ်းမေးမြန်းမှုများ",
            "ဤကာလအတွင်း လုပ်ငန်းများ ရရှိခဲ့သော စုံစမ်းမေးမြန်းမှုများ။"),
        "inquiries_abroad": (
            "နိုင်ငံခြားမှ စုံစမ်းမေးမြန်းမှုများ",
            "ဤကာလအတွင်း လုပ်ငန်း၏နိုင်ငံမှလွဲ၍ အခြားနိုင်ငံမှ ရရှိသော "
            "စုံစမ်းမေးမြန်းမှုများ (ယူနန်ရှိ လုပ်ငန်းအတွက် တရုတ်သည် နိုင်ငံခြား မဟုတ်ပါ)။"),
        "inquiries_domestic": (
            "ပြည်တွင်း စုံစမ်းမေးမြန်းမှုများ",
            "ဤကာလအတွင်း လုပ်ငန်း၏ ကိုယ်ပိုင်နိုင်ငံမှ ရရှိသော စုံစမ်းမေးမြန်းမှုများ။"),
        "orders_reported": (
            "အစီရင်ခံထားသော အော်ဒါများ",
            "ဤကာလအတွင်း ရရှိပြီး အော်ဒါဖြစ်လာသော စုံစမ်းမေးမြန်းမှုများ။"),
        "order_value": (
            "အစီရင်ခံထားသော အော်ဒါတန်ဖိုး",
            "ဤကာလအတွင်း ရရှိသော စုံစမ်းမေးမြန်းမှုများမှ အော်ဒါများ၏ တန်ဖိုး၊ "
            "ငွေကြေးအလိုက်။"),
        "smes_moved_up": (
            "ICT အဆင့် တက်လာသော လုပ်ငန်းများ",
            "ကာလအဆုံးတွင် ICT အဆင့် (ရိုးရာ၊ အီးမေးလ်၊ ဝက်ဘ်တွင်ရှိခြင်း၊ "
            "အီလက်ထရောနစ်စီးပွားရေး) သည် ကာလအစထက်၊ သို့မဟုတ် မှတ်ပုံတင်ချိန်က "
            "နောက်ကျပါက မှတ်ပုံတင်ချိန်ထက် မြင့်လာသော လုပ်ငန်းများ "
            "(ကာလအစမရှိလျှင် - မှတ်ပုံတင်ချိန်ထက်)။"),
    },
    "th": {
        "workshops_held": (
            "การอบรมที่จัดขึ้น",
            "การอบรมที่มีสถานะกำลังดำเนินการหรือเสร็จสิ้นแล้ว นับในช่วงเวลาของวันแรกของการอบรม "
            "ณ สถานที่จัด"),
        "people_trained": (
            "ผู้ผ่านการอบรม",
            "ผู้ที่เรียนจบอย่างน้อยหนึ่งหน่วยการเรียนในช่วงเวลานี้ นับคนละหนึ่งครั้ง "
            "โดยนับตามที่ตั้งของสถานประกอบการของผู้นั้น ส่วนผู้ที่ไม่มีสถานประกอบการ "
            "นับตามสถานที่จัดการอบรมครั้งแรกที่เข้าร่วม"),
        "people_completed_track": (
            "ผู้ที่เรียนจบหลักสูตรของตน",
            "ผู้ที่เรียนจบทุกหน่วยการเรียนของหลักสูตรการอบรม นับในช่วงเวลาที่เรียนจบหน่วยสุดท้าย "
            "คนละหนึ่งครั้ง"),
        "smes_trained": (
            "สถานประกอบการที่มีผู้ผ่านการอบรม",
            "วิสาหกิจขนาดกลางและขนาดย่อมที่มีผู้เรียนจบหน่วยการเรียนอย่างน้อยหนึ่งคน"
            "ในช่วงเวลานี้"),
        "completion_rate": (
            "อัตราการเรียนจบ",
            "ในบรรดาผู้ลงทะเบียนในการอบรมที่จัดขึ้นและเริ่มในช่วงเวลานี้ "
            "ร้อยละของผู้ที่เรียนจบทุกหน่วยการเรียนของการอบรมนั้น"),
        "score_gain": (
            "คะแนนที่เพิ่มขึ้นเฉลี่ย",
            "คะแนนหลังการอบรมลบคะแนนก่อนการอบรม (คะแนนเต็ม 100) "
            "เฉลี่ยจากผู้เข้าอบรมที่มีคะแนนทั้งสองครั้ง ในการอบรมที่จัดขึ้นและเริ่มในช่วงเวลานี้"),
        "events_held": (
            "กิจกรรมสร้างความตระหนักที่จัดขึ้น",
            "โรดโชว์ การรณรงค์ผ่านสื่อ งานเปิดตัว การหารือ และการสัมมนา "
            "ที่จัดขึ้นในช่วงเวลานี้ (นับตามวันแรก)"),
        "people_reached": (
            "ผู้ที่กิจกรรมเข้าถึง",
            "จำนวนผู้เข้าร่วมกิจกรรมสร้างความตระหนักที่จัดขึ้นในช่วงเวลานี้ รวมกัน "
            "จำแนกตามเพศตามที่บันทึกไว้"),
        "agencies_offering": (
            "หน่วยงานที่ให้บริการธุรกิจอิเล็กทรอนิกส์",
            "หน่วยงานในเครือข่ายที่ข้อมูลหน่วยงานระบุบริการธุรกิจอิเล็กทรอนิกส์"
            "อย่างน้อยหนึ่งบริการ ณ สิ้นช่วงเวลา"),
        "agencies_active": (
            "หน่วยงานที่มีการดำเนินงาน",
            "หน่วยงานที่บันทึกการให้บริการ การจัดอบรม หรือกิจกรรมสร้างความตระหนัก "
            "ในช่วงเวลานี้"),
        "services_delivered": (
            "บริการที่ให้แล้ว",
            "บริการธุรกิจอิเล็กทรอนิกส์ที่ให้แก่สถานประกอบการในช่วงเวลานี้"),
        "smes_served": (
            "สถานประกอบการที่ได้รับบริการ",
            "สถานประกอบการที่ได้รับบริการธุรกิจอิเล็กทรอนิกส์อย่างน้อยหนึ่งครั้งในช่วงเวลานี้"),
        "fees_collected": (
            "ค่าบริการที่จัดเก็บได้",
            "ค่าบริการที่ชำระแล้วสำหรับบริการที่ให้ในช่วงเวลานี้ แยกตามสกุลเงิน"),
        "services_paid_share": (
            "สัดส่วนบริการที่ชำระค่าบริการ",
            "ในบรรดาบริการที่ให้ในช่วงเวลานี้ ร้อยละของบริการที่มีค่าบริการและชำระแล้ว "
            "(การคืนทุน)"),
        "smes_online": (
            "สถานประกอบการที่อยู่บนออนไลน์",
            "สถานประกอบการที่มีเว็บไซต์ เพจสื่อสังคมออนไลน์ รายการสินค้าในตลาดอิเล็กทรอนิกส์ "
            "หรือการชำระเงินออนไลน์ (ระดับ ICT 2 หรือ 3) ณ สิ้นช่วงเวลา "
            "นับตั้งแต่สิ่งแรกในบรรดาสิ่งที่มีอยู่ในปัจจุบันถูกตั้งค่า"),
        "smes_emarketplace": (
            "สถานประกอบการในตลาดอิเล็กทรอนิกส์",
            "สถานประกอบการที่ขายในตลาดอิเล็กทรอนิกส์หรือพอร์ทัลของหน่วยงาน ณ สิ้นช่วงเวลา"),
        "smes_eprocurement": (
            "สถานประกอบการที่ลงทะเบียนจัดซื้อจัดจ้างอิเล็กทรอนิกส์",
            "สถานประกอบการที่ลงทะเบียนในระบบจัดซื้อจัดจ้างอิเล็กทรอนิกส์ ณ สิ้นช่วงเวลา"),
        "smes_portal_registered": (
            "สถานประกอบการที่ลงทะเบียนในพอร์ทัล",
            "สถานประกอบการที่ลงทะเบียนในพอร์ทัลของหน่วยงาน (หรือแสดงสินค้าอยู่ที่นั่น) "
            "ณ สิ้นช่วงเวลา"),
        "smes_portal_displaying": (
            "สถานประกอบการที่แสดงสินค้าในพอร์ทัล",
            "สถานประกอบการที่แสดงสินค้าในพอร์ทัลของหน่วยงาน ณ สิ้นช่วงเวลา"),
        "inquiries_received": (
            "การสอบถามที่ได้รับ",
            "การสอบถามที่สถานประกอบการได้รับในช่วงเวลานี้"),
        "inquiries_abroad": (
            "การสอบถามจากต่างประเทศ",
            "การสอบถามที่ได้รับในช่วงเวลานี้จากประเทศอื่นที่ไม่ใช่ประเทศของสถานประกอบการ "
            "(สำหรับสถานประกอบการในยูนนาน จีนไม่นับเป็นต่างประเทศ)"),
        "inquiries_domestic": (
            "การสอบถามในประเทศ",
            "การสอบถามที่ได้รับในช่วงเวลานี้จากประเทศของสถานประกอบการเอง"),
        "orders_reported": (
            "คำสั่งซื้อที่รายงาน",
            "การสอบถามที่ได้รับในช่วงเวลานี้ที่กลายเป็นคำสั่งซื้อ"),
        "order_value": (
            "มูลค่าคำสั่งซื้อที่รายงาน",
            "มูลค่าของคำสั่งซื้อจากการสอบถามที่ได้รับในช่วงเวลานี้ แยกตามสกุลเงิน"),
        "smes_moved_up": (
            "สถานประกอบการที่ยกระดับ ICT",
            "สถานประกอบการที่ระดับ ICT (แบบดั้งเดิม อีเมล มีตัวตนบนเว็บ ธุรกิจอิเล็กทรอนิกส์) "
            "ณ สิ้นช่วงเวลาสูงกว่าตอนต้นช่วงเวลา หรือสูงกว่าตอนลงทะเบียนหากลงทะเบียนภายหลัง "
            "(ถ้าไม่มีวันเริ่มต้น: สูงกว่าตอนลงทะเบียน)"),
    },
    "vi": {
        "workshops_held": (
            "Số khóa tập huấn đã tổ chức",
            "Các khóa tập huấn có trạng thái đang diễn ra hoặc đã xong, tính vào kỳ chứa ngày "
            "đầu tiên của khóa, tại nơi tổ chức."),
        "people_trained": (
            "Số người được tập huấn",
            "Những người đã hoàn thành ít nhất một học phần trong kỳ, mỗi người tính một lần. "
            "Một người được tính theo nơi doanh nghiệp của họ; người không có doanh nghiệp, "
            "theo nơi tổ chức khóa tập huấn đầu tiên họ tham gia."),
        "people_completed_track": (
            "Số người hoàn thành chương trình",
            "Những người đã hoàn thành mọi học phần của chương trình một khóa tập huấn, tính "
            "vào kỳ họ hoàn thành học phần cuối cùng, mỗi người một lần."),
        "smes_trained": (
            "Số doanh nghiệp có người được tập huấn",
            "Các doanh nghiệp nhỏ và vừa có ít nhất một người hoàn thành một học phần trong "
            "kỳ."),
        "completion_rate": (
            "Tỷ lệ hoàn thành",
            "Trong số người ghi danh vào các khóa tập huấn đã tổ chức và bắt đầu trong kỳ, tỷ "
            "lệ người hoàn thành mọi học phần của khóa."),
        "score_gain": (
            "Mức tăng điểm trung bình",
            "Điểm kiểm tra sau trừ điểm kiểm tra trước (thang 100), tính trung bình trên các "
            "học viên có cả hai điểm, trong các khóa tập huấn đã tổ chức và bắt đầu trong kỳ."),
        "events_held": (
            "Số sự kiện nâng cao nhận thức đã tổ chức",
            "Các chương trình quảng bá lưu động, chiến dịch truyền thông, lễ ra mắt, buổi tham "
            "vấn và hội thảo tổ chức trong kỳ (theo ngày đầu tiên)."),
        "people_reached": (
            "Số người được tiếp cận qua sự kiện",
            "Tổng số người tham dự các sự kiện nâng cao nhận thức tổ chức trong kỳ, theo giới "
            "tính như đã ghi nhận."),
        "agencies_offering": (
            "Số cơ quan cung cấp dịch vụ kinh doanh điện tử",
            "Các cơ quan trong mạng lưới có hồ sơ liệt kê ít nhất một dịch vụ kinh doanh điện "
            "tử, tính đến cuối kỳ."),
        "agencies_active": (
            "Số cơ quan hoạt động",
            "Các cơ quan đã ghi nhận một dịch vụ đã cung cấp, một khóa tập huấn đã tổ chức hoặc "
            "một sự kiện nâng cao nhận thức trong kỳ."),
        "services_delivered": (
            "Số dịch vụ đã cung cấp",
            "Các dịch vụ kinh doanh điện tử đã cung cấp cho doanh nghiệp trong kỳ."),
        "smes_served": (
            "Số doanh nghiệp được phục vụ",
            "Các doanh nghiệp đã nhận ít nhất một dịch vụ kinh doanh điện tử trong kỳ."),
        "fees_collected": (
            "Phí đã thu",
            "Phí đã thanh toán cho các dịch vụ cung cấp trong kỳ, theo loại tiền tệ."),
        "services_paid_share": (
            "Tỷ lệ dịch vụ có thu phí",
            "Trong số dịch vụ cung cấp trong kỳ, tỷ lệ dịch vụ có phí và đã được thanh toán "
            "(bù đắp chi phí)."),
        "smes_online": (
            "Số doanh nghiệp trực tuyến",
            "Các doanh nghiệp có trang web, trang mạng xã hội, gian hàng trên sàn thương mại "
            "điện tử hoặc thanh toán trực tuyến (mức ICT 2 hoặc 3) tính đến cuối kỳ: kể từ khi "
            "điều sớm nhất trong số những điều họ hiện có được thiết lập."),
        "smes_emarketplace": (
            "Số doanh nghiệp trên sàn thương mại điện tử",
            "Các doanh nghiệp bán hàng trên sàn thương mại điện tử hoặc cổng thông tin của cơ "
            "quan, tính đến cuối kỳ."),
        "smes_eprocurement": (
            "Số doanh nghiệp đăng ký đấu thầu điện tử",
            "Các doanh nghiệp đã đăng ký tham gia đấu thầu điện tử, tính đến cuối kỳ."),
        "smes_portal_registered": (
            "Số doanh nghiệp đăng ký trên cổng thông tin",
            "Các doanh nghiệp đã đăng ký trên cổng thông tin của cơ quan (hoặc đang trưng bày "
            "sản phẩm ở đó), tính đến cuối kỳ."),
        "smes_portal_displaying": (
            "Số doanh nghiệp trưng bày sản phẩm trên cổng thông tin",
            "Các doanh nghiệp đang trưng bày sản phẩm trên cổng thông tin của cơ quan, tính "
            "đến cuối kỳ."),
        "inquiries_received": (
            "Số yêu cầu nhận được",
            "Các yêu cầu doanh nghiệp nhận được trong kỳ."),
        "inquiries_abroad": (
            "Số yêu cầu từ nước ngoài",
            "Các yêu cầu nhận được trong kỳ từ một nước khác nước của doanh nghiệp (với doanh "
            "nghiệp ở Vân Nam, Trung Quốc không tính là nước ngoài)."),
        "inquiries_domestic": (
            "Số yêu cầu trong nước",
            "Các yêu cầu nhận được trong kỳ từ chính nước của doanh nghiệp."),
        "orders_reported": (
            "Số đơn hàng được báo cáo",
            "Các yêu cầu nhận được trong kỳ đã trở thành đơn hàng."),
        "order_value": (
            "Giá trị đơn hàng được báo cáo",
            "Giá trị các đơn hàng từ những yêu cầu nhận được trong kỳ, theo loại tiền tệ."),
        "smes_moved_up": (
            "Số doanh nghiệp tăng bậc ICT",
            "Các doanh nghiệp có mức ICT (truyền thống, thư điện tử, hiện diện trên web, kinh "
            "doanh điện tử) vào cuối kỳ cao hơn đầu kỳ, hoặc cao hơn lúc đăng ký nếu đăng ký "
            "sau đó (không có ngày bắt đầu: cao hơn lúc đăng ký)."),
    },
    "zh_CN": {
        "workshops_held": (
            "举办的培训班",
            "状态为进行中或已完成的培训班，按首日所在的报告期、在举办地统计。"),
        "people_trained": (
            "接受培训的人数",
            "本期至少完成一个培训模块的人，每人只计一次。有企业的人按其企业所在地统计；"
            "没有企业的人按其参加的第一个培训班的举办地统计。"),
        "people_completed_track": (
            "完成本级课程的人数",
            "完成某培训班所属课程全部模块的人，按完成最后一个模块的报告期统计，每人一次。"),
        "smes_trained": (
            "有人员接受培训的中小企业",
            "本期至少有一人完成培训模块的中小企业。"),
        "completion_rate": (
            "完成率",
            "在本期开始举办的培训班的报名者中，完成所在培训班全部模块的比例。"),
        "score_gain": (
            "平均分数提高",
            "培训后测验分数减去培训前测验分数（满分100），按本期开始举办的培训班中两次分数都有的"
            "学员取平均。"),
        "events_held": (
            "举办的宣传活动",
            "本期举办的路演、媒体宣传、发布会、磋商会和研讨会（按首日统计）。"),
        "people_reached": (
            "活动覆盖人数",
            "本期举办的宣传活动的受众人数合计，按记录的性别统计。"),
        "agencies_offering": (
            "提供电子商务服务的机构",
            "截至报告期末，档案中列有至少一项电子商务服务的网络机构。"),
        "agencies_active": (
            "活跃机构",
            "本期记录了所提供的服务、举办的培训班或宣传活动的机构。"),
        "services_delivered": (
            "提供的服务",
            "本期向中小企业提供的电子商务服务。"),
        "smes_served": (
            "获得服务的中小企业",
            "本期至少获得一项电子商务服务的中小企业。"),
        "fees_collected": (
            "收取的费用",
            "本期所提供服务已支付的费用，按货币统计。"),
        "services_paid_share": (
            "付费服务比例",
            "本期所提供服务中，有收费且已支付的比例（成本回收）。"),
        "smes_online": (
            "上网的中小企业",
            "截至报告期末拥有网站、社交媒体主页、电子市场店铺或在线支付（ICT等级2或3）的"
            "中小企业：自其现有各项中最早一项设立之时起计。"),
        "smes_emarketplace": (
            "入驻电子市场的中小企业",
            "截至报告期末在电子市场或机构门户网站上销售的中小企业。"),
        "smes_eprocurement": (
            "注册电子采购的中小企业",
            "截至报告期末已注册电子采购的中小企业。"),
        "smes_portal_registered": (
            "在门户网站注册的中小企业",
            "截至报告期末在机构门户网站注册（或在其上展示产品）的中小企业。"),
        "smes_portal_displaying": (
            "在门户网站展示产品的中小企业",
            "截至报告期末在机构门户网站上展示产品的中小企业。"),
        "inquiries_received": (
            "收到的询盘",
            "本期中小企业收到的询盘。"),
        "inquiries_abroad": (
            "来自国外的询盘",
            "本期收到的来自企业所在国以外国家的询盘（对云南企业而言，中国不算国外）。"),
        "inquiries_domestic": (
            "国内询盘",
            "本期收到的来自企业本国的询盘。"),
        "orders_reported": (
            "报告的订单",
            "本期收到并转化为订单的询盘。"),
        "order_value": (
            "报告的订单金额",
            "本期收到的询盘所产生订单的金额，按货币统计。"),
        "smes_moved_up": (
            "ICT等级提升的中小企业",
            "报告期末ICT等级（传统、电子邮件、网络存在、电子商务）高于期初的中小企业；"
            "若登记晚于期初，则与登记时相比（无期初时：与登记时相比）。"),
    },
}

# The evaluation criteria's indicators are named by the criterion; their definition is one.
_EVALUATION_SOURCE = ("Evaluation: ", "The average rating (1 to 5) participants gave the "
                      "workshop for this criterion in the workshop evaluation form, in the "
                      "responses submitted in the period.")


def indicator_text(lang: str, code: str, title: str, definition: str) -> tuple[str, str]:
    """A built-in indicator's title and definition in `lang`; as given (English, or what was
    typed for an indicator added as data) when no translation of that wording exists."""
    lang = lang_or_default(lang)
    if lang == "en":
        return title, definition
    if code.startswith("evaluation_"):
        criterion = code.removeprefix("evaluation_")
        prefix, source = _EVALUATION_SOURCE
        if title == prefix + criterion and f"crit_{criterion}" in _STRINGS[lang]:
            title = t(lang, "eval_title", c=t(lang, f"crit_{criterion}"))
        if definition == source:
            definition = t(lang, "eval_definition")
        return title, definition
    source_title, source_definition = _INDICATOR_SOURCES.get(code, ("", ""))
    translated_title, translated_definition = _INDICATOR_TEXTS.get(lang, {}).get(code, ("", ""))
    return (translated_title if title == source_title and translated_title else title,
            translated_definition if definition == source_definition and translated_definition
            else definition)
