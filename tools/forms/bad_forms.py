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
) -> None:
    expect = {"description": why, "sheet": sheet, "row": row, "message": message,
              "severity": "error"}
    SPECS.append(Spec(name, sheets, expect, kind="bad", raw=raw))


bad(
    "geopoint_question",
    "GPS questions are not supported on a desktop: refused on their row",
    {
        "survey": [
            ["type", "name", "label"],
            ["text", "shop", "Shop name"],
            ["geopoint", "location", "Record the shop's location"],
            ["integer", "staff", "Staff"],
        ],
    },
    sheet="survey", row=3, message="geopoint",
)

bad(
    "photo_question",
    "Photo questions are not supported: refused on their row",
    {
        "survey": [
            ["type", "name", "label", "required"],
            ["text", "product", "Product name", "yes"],
            ["decimal", "price", "Price", "yes"],
            ["photo", "product_photo", "Take a photo of the product", ""],
        ],
    },
    sheet="survey", row=4, message="photo",
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
