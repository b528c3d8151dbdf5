"""Forms that must be refused with a clear message: unsupported types, broken structure, typos.

Each expect sidecar names the problem a user must see: its sheet, its 1-based spreadsheet row (as
Excel shows it; None when the whole file is at fault) and words the message must contain.
"""

from __future__ import annotations

from build_forms import Spec, Table

SPECS: list[Spec] = []

CHOICES: Table = [
    ["list_name", "name", "label"],
    ["yes_no", "yes", "Yes"],
    ["yes_no", "no", "No"],
]


def bad(
    name: str,
    why: str,
    sheets: dict[str, Table],
    *,
    sheet: str | None,
    row: int | None,
    message: str,
    raw: bytes | None = None,
    media: dict[str, bytes] | None = None,
) -> None:
    """A form refused with `message` on `sheet`, `row`; `media`: the files beside it
    (NAME-media/, written by corpus_forms.py)."""
    expect = {"description": why, "sheet": sheet, "row": row, "message": message,
              "severity": "error"}
    SPECS.append(Spec(name, sheets, expect, kind="bad", raw=raw,
                      extra={"media": media} if media else {}))


def text_file(*lines: str) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf-8")


bad(
    "background_audio_question",
    "A recording made in the background while the form is open (ODK Collect's "
    "background-audio) cannot be honoured on a laptop: refused on its row, by the type written",
    {
        "survey": [
            ["type", "name", "label"],
            ["text", "shop", "Shop name"],
            ["background-audio", "interview_audio", ""],
            ["integer", "staff", "Staff"],
        ],
    },
    sheet="survey", row=3, message="type 'background-audio' is not supported",
)

bad(
    "unknown_choice_list",
    "A select_one names a list the choices sheet does not have",
    {
        "survey": [
            ["type", "name", "label"],
            ["select_one yes_no", "registered", "Is the business registered?"],
            ["select_one colours", "colour", "Main colour of the product"],
        ],
        "choices": CHOICES,
    },
    sheet="survey", row=3, message="colours",
)

bad(
    "unclosed_group",
    "A begin group with no end group",
    {
        "survey": [
            ["type", "name", "label"],
            ["text", "name", "Name"],
            ["begin group", "household", "Household"],
            ["integer", "size", "Household size"],
            ["text", "village", "Village"],
        ],
    },
    sheet="survey", row=3, message="household",
)

bad(
    "end_group_without_begin",
    "An end group with nothing to close",
    {
        "survey": [
            ["type", "name", "label"],
            ["text", "name", "Name"],
            ["integer", "age", "Age"],
            ["end group", "", ""],
        ],
    },
    sheet="survey", row=4, message="end",
)

bad(
    "bad_expression_syntax",
    "A relevant with an unclosed parenthesis cannot be read",
    {
        "survey": [
            ["type", "name", "label", "relevant"],
            ["integer", "age", "Age", ""],
            ["select_one yes_no", "works", "Do you work?", "(${age} >= 15"],
        ],
        "choices": CHOICES,
    },
    sheet="survey", row=3, message="relevant",
)

bad(
    "missing_survey_sheet",
    "The questions are on a sheet called 'questions', not 'survey'",
    {
        "questions": [
            ["type", "name", "label"],
            ["text", "name", "Name"],
        ],
        "choices": CHOICES,
    },
    sheet=None, row=None, message="survey",
)

bad(
    "duplicate_names",
    "Two questions share the name 'phone'",
    {
        "survey": [
            ["type", "name", "label"],
            ["text", "owner", "Owner"],
            ["text", "phone", "Shop phone"],
            ["text", "manager", "Manager"],
            ["text", "phone", "Manager's phone"],
        ],
    },
    sheet="survey", row=5, message="phone",
)

bad(
    "undefined_reference",
    "A calculation refers to ${income}, which no question is called",
    {
        "survey": [
            ["type", "name", "label", "calculation"],
            ["decimal", "revenue", "Revenue last month", ""],
            ["calculate", "tax", "", "${income} * 0.1"],
        ],
    },
    sheet="survey", row=3, message="income",
)

bad(
    "unknown_type_typo",
    "A misspelt type: 'select_won'",
    {
        "survey": [
            ["type", "name", "label"],
            ["select_won yes_no", "registered", "Is the business registered?"],
        ],
        "choices": CHOICES,
    },
    sheet="survey", row=2, message="select_won",
)

bad(
    "not_a_workbook",
    "A text file saved with an .xlsx name",
    {},
    sheet=None, row=None, message="",
    raw=b"type,name,label\ntext,name,Name\n",
)

bad(
    "no_questions",
    "Only metadata and a calculation: nothing to ask, so nothing is imported",
    {
        "survey": [
            ["type", "name", "label", "calculation"],
            ["start", "start", "", ""],
            ["end", "end", "", ""],
            ["calculate", "stamp", "", "now()"],
        ],
        "settings": [["form_id", "version"], ["empty_form", "1"]],
    },
    sheet="survey", row=None, message="the form has no questions to ask",
)

bad(
    "doubled_space_typo",
    "`select_one  colors` (two spaces, as pyxform reads it) names a list that is `colours`",
    {
        "survey": [
            ["TYPE", "NAME", "LABEL"],
            ["text", "product", "Product"],
            ["select_one  colors", "colour", "Main colour"],
        ],
        "choices": [
            ["LIST_NAME", "NAME", "LABEL"],
            ["colours", "red", "Red"],
            ["colours", "blue", "Blue"],
        ],
    },
    sheet="survey", row=3,
    message="the choice list 'colors' is not on the choices sheet (did you mean 'colours'?)",
)

bad(
    "loop_unknown_list",
    "`begin loop over` a list the choices sheet does not have",
    {
        "survey": [
            ["type", "name", "label"],
            ["begin loop over livestock", "animals", "Animals"],
            ["integer", "count", "How many %(label)s?"],
            ["end loop", "", ""],
        ],
        "choices": CHOICES,
    },
    sheet="survey", row=2, message="the choice list 'livestock' is not on the choices sheet",
)

bad(
    "pyxform_error_kept",
    "GMS Desk refuses row 3 (background-audio); pyxform's own error about the whole form (an "
    "encrypted form cannot leave out its instanceID) is still shown",
    {
        "survey": [
            ["type", "name", "label"],
            ["text", "shop", "Shop name"],
            ["background-audio", "interview_audio", ""],
        ],
        "settings": [
            ["form_id", "version", "public_key", "omit_instanceID"],
            ["shops", "1", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", "yes"],
        ],
    },
    sheet=None, row=None, message="Cannot omit instanceID, it is required for encryption",
)

bad(
    "pyxform_error_other_row",
    "GMS Desk refuses row 3 (background-audio); pyxform's own error on row 4 is still shown",
    {
        "survey": [
            ["type", "name", "label"],
            ["text", "shop", "Shop name"],
            ["background-audio", "interview_audio", ""],
            ["text", "owner name", "Owner's name"],
        ],
    },
    sheet="survey", row=4, message="the 'name' value is invalid",
)

bad(
    "duplicate_choice_names",
    "Two choices named alike twice: pyxform's one message becomes one problem per row",
    {
        "survey": [
            ["type", "name", "label"],
            ["select_one size", "size", "Size of the business"],
        ],
        "choices": [
            ["list_name", "name", "label"],
            ["size", "micro", "Micro (1-4)"],
            ["size", "small", "Small (5-49)"],
            ["size", "micro", "Micro (1-9)"],
            ["size", "small", "Small (10-49)"],
        ],
    },
    sheet="choices", row=5, message="Choice names must be unique",
)

bad(
    "digest_unknown_algorithm",
    "digest() with an algorithm ODK does not have",
    {
        "survey": [
            ["type", "name", "label", "calculation"],
            ["text", "owner", "Owner", ""],
            ["calculate", "owner_hash", "", "digest(${owner}, 'SHA256')"],
        ],
    },
    sheet="survey", row=3, message="digest(): unknown algorithm 'SHA256'",
)

# -- forms and the files attached to them ------------------------------------------------------

bad(
    "missing_csv_attachment",
    "select_one_from_file names a CSV that is not in the form's media folder",
    {
        "survey": [
            ["type", "name", "label"],
            ["text", "shop", "Shop name"],
            ["select_one_from_file prices.csv", "product", "Product"],
        ],
    },
    sheet="survey", row=3,
    message="the form needs the file 'prices.csv' (select_one_from_file), but it is not "
            "attached: put it in the folder 'missing_csv_attachment-media' next to the form",
)

bad(
    "missing_label_image",
    "A label's media::image names a picture nobody put beside the form",
    {
        "survey": [
            ["type", "name", "label", "media::image"],
            ["note", "welcome", "Welcome", "logo.png"],
            ["integer", "staff", "Staff", ""],
        ],
    },
    sheet="survey", row=2, message="the form needs the file 'logo.png' (media::image)",
    media={"logo.jpg": b"\xff\xd8\xff\xe0 not the file the form names"},
)

bad(
    "pulldata_unknown_column",
    "pulldata() reads a column the attached CSV does not have (a typo: 'prise')",
    {
        "survey": [
            ["type", "name", "label", "calculation"],
            ["csv-external", "prices", "", ""],
            ["text", "product", "Product code", ""],
            ["calculate", "price", "", "pulldata('prices', 'prise', 'code', ${product})"],
        ],
    },
    sheet="survey", row=4,
    message="pulldata(): 'prices.csv' has no column 'prise' (its columns: code, label, price)",
    media={"prices.csv": text_file("code,label,price", "R1,Rice,3200", "F1,Fish,8000")},
)

bad(
    "instance_unknown_name",
    "instance('regions') names no attached file and no choice list",
    {
        "survey": [
            ["type", "name", "label", "calculation"],
            ["text", "region", "Region code", ""],
            ["calculate", "region_name", "",
             "instance('regions')/root/item[code=${region}]/name"],
        ],
    },
    sheet="survey", row=3, message="instance('regions') names no file attached to the form",
)

bad(
    "csv_duplicate_column",
    "The attached CSV has two columns called 'name'",
    {
        "survey": [
            ["type", "name", "label"],
            ["select_one_from_file products.csv", "product", "Product"],
        ],
    },
    sheet="survey", row=2, message="'products.csv' has two columns named 'name'",
    media={"products.csv": text_file("name,label,name", "rice,Rice,rice2")},
)

bad(
    "file_value_column_missing",
    "parameters value=code, but the attached file has no code column",
    {
        "survey": [
            ["type", "name", "label", "parameters"],
            ["select_one_from_file crops.csv", "crop", "Crop", "value=code"],
        ],
    },
    sheet="survey", row=2,
    message="'crops.csv' has no column 'code' for the choices' values (its columns: name, "
            "label)",
    media={"crops.csv": text_file("name,label", "rice,Rice", "maize,Maize")},
)

bad(
    "xml_not_well_formed",
    "The attached XML file is cut short",
    {
        "survey": [
            ["type", "name", "label"],
            ["select_one_from_file villages.xml", "village", "Village"],
        ],
    },
    sheet="survey", row=2, message="'villages.xml' is not well-formed XML",
    media={"villages.xml": text_file("<root><item><name>v1</name><label>Prek Leap</label>")},
)

bad(
    "external_list_missing",
    "select_one_external names a list the external_choices sheet does not have",
    {
        "survey": [
            ["type", "name", "label", "choice_filter"],
            ["select_one province", "province", "Province", ""],
            ["select_one_external commune", "commune", "Commune", "province=${province}"],
        ],
        "choices": [["list_name", "name", "label"], ["province", "kampot", "Kampot"]],
        "external_choices": [["list_name", "name", "label", "province"],
                             ["district", "kampot_city", "Kampot City", "kampot"]],
    },
    sheet="survey", row=3, message="List name not in external choices sheet: commune",
)

bad(
    "same_name_same_group",
    "Two questions called 'age' in the same group (other groups may use it again)",
    {
        "survey": [
            ["type", "name", "label"],
            ["begin group", "mother", "Mother"],
            ["integer", "age", "Age"],
            ["integer", "age", "Age at marriage"],
            ["end group", "", ""],
            ["begin group", "father", "Father"],
            ["integer", "age", "Age"],
            ["end group", "", ""],
        ],
    },
    sheet="survey", row=4, message="the name 'age' is already used on row 3 in the same group",
)
