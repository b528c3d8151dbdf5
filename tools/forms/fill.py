"""Small builders for the fill sidecars, so that the form tables stay readable."""

from __future__ import annotations

from typing import Any

Step = dict[str, Any]


def put(name: str, value: Any, index: int | None = None) -> Step:
    """Answer `name` (index: the n-th instance the fill added to the repeat, 0 = first)."""
    return {"set": name, "value": value, "index": index}


def add(repeat: str) -> Step:
    return {"add_repeat": repeat}


def relevant(name: str, is_: bool, index: int | None = None) -> Step:
    return {"expect_relevant": name, "is": is_, "index": index}


def value(name: str, is_: Any, index: int | None = None) -> Step:
    """The current value (a calculation, a default, an answer); numbers compare to 1e-9."""
    return {"expect_value": name, "is": is_, "index": index}


def error(name: str, code: str | None, index: int | None = None, text: str | None = None) -> Step:
    """The error shown on `name` now: "required", "constraint", "type", or None for none."""
    step: Step = {"expect_error": name, "code": code, "index": index}
    if text is not None:
        step["text"] = text
    return step


def choices(name: str, are: list[str], index: int | None = None) -> Step:
    """The choice names offered now, after choice_filter, in order."""
    return {"expect_choices": name, "are": are, "index": index}


def fill(
    description: str,
    steps: list[Step],
    answers: dict[str, Any],
    *,
    today: str | None = None,
    lang: str | None = None,
    form: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A whole sidecar: the steps, then complete with `answers` as a subset of answers()."""
    out: dict[str, Any] = {"description": description}
    if today:
        out["today"] = today
    if lang:
        out["lang"] = lang
    if form:
        out["expect_form"] = form
    out["steps"] = steps
    out["expect_complete"] = True
    out["expect_answers"] = answers
    return out
