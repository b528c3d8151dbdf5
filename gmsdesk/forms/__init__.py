"""XLSForm surveys without Qt: import (pyxform), the expression language, and filling in."""

from gmsdesk.forms.engine import FormState, Key, Message, ReadOnlyError
from gmsdesk.forms.model import Choice, Form, Group, Page, Question
from gmsdesk.forms.problems import FormDefinitionError, Problem
from gmsdesk.forms.xlsform import load_xlsform, load_xlsform_bytes

__all__ = [
    "Choice",
    "Form",
    "FormDefinitionError",
    "FormState",
    "Group",
    "Key",
    "Message",
    "Page",
    "Problem",
    "Question",
    "ReadOnlyError",
    "load_xlsform",
    "load_xlsform_bytes",
]
