"""Forms benchmark: a 300-question XLSForm with 50 relevance rules, and a 50,000-response summary.

    python bench/forms.py [--responses 50000] [--keep] [--skip-summary]

Measures (issue 5):
  1. import + load: the .xlsx read through pyxform (to XForm and back), every expression
     compiled, the dependency plan sorted; then `Form.from_definition` alone (what opening a
     stored form costs) and a fresh FormState;
  2. re-evaluation after one answer: median and p95 of `FormState.set` over many answers to
     questions that drive relevance, calculations and choice filters (target < 30 ms);
  3. `bench_summary()`: `db.surveys.summary(...)` over 50,000 responses (target < 2 s), when
     storage has that method.
Figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"

QUESTIONS = 300
RELEVANCE_RULES = 50
LANGS = ("English (en)", "Khmer (km)")


def build_xlsform(path: Path) -> dict[str, int]:
    """Write the benchmark form; returns counts of what it holds."""
    from openpyxl import Workbook

    wb = Workbook()
    survey = wb.active
    assert survey is not None
    survey.title = "survey"
    survey.append(["type", "name", *(f"label::{lang}" for lang in LANGS), "relevant",
                   "constraint", "constraint_message::English (en)", "required", "calculation",
                   "choice_filter"])
    rnd = random.Random(5)
    counts = {"questions": 0, "relevant": 0, "calculate": 0, "constraint": 0}
    drivers: list[tuple[str, str]] = []  # (name, type) of questions others depend on

    def add(kind: str, name: str, label: str, relevant: str = "", constraint: str = "",
            required: str = "", calculation: str = "", choice_filter: str = "") -> None:
        survey.append([kind, name, label, f"{label} (km)", relevant, constraint,
                       "out of range" if constraint else "", required, calculation,
                       choice_filter])
        if not kind.startswith(("begin", "end")):
            counts["questions"] += 1
        if relevant:
            counts["relevant"] += 1
        if constraint:
            counts["constraint"] += 1
        if kind == "calculate":
            counts["calculate"] += 1

    add("select_one country", "country", "Country")
    add("select_one province", "province", "Province", choice_filter="country=${country}")
    drivers.append(("country", "select_one"))
    n = 2
    for section in range(10):
        group_rel = ""
        if section % 3 == 2 and counts["relevant"] < RELEVANCE_RULES:
            group_rel = f"${{s{section - 1}_q0}} > 2"
        add("begin group", f"s{section}", f"Section {section}", relevant=group_rel)
        for i in range(30):
            if n >= QUESTIONS - 2:
                break
            name = f"s{section}_q{i}"
            relevant = constraint = calculation = ""
            kind = ("integer", "text", "select_one yesno", "decimal", "select_multiple obst",
                    "date")[i % 6]
            if i == 29 or n == QUESTIONS - 3:
                kind = "calculate"
                calculation = f"${{s{section}_q0}} + ${{s{section}_q3}}"
            elif drivers and counts["relevant"] < RELEVANCE_RULES and i % 5 == 4:
                target, target_type = rnd.choice(drivers[-6:])
                relevant = (f"selected(${{{target}}}, 'yes')" if target_type == "select_one"
                            and target != "country" else f"${{{target}}} > 5"
                            if target_type == "integer" else f"${{{target}}} != ''")
            if kind == "integer":
                constraint = ". >= 0 and . <= 1000"
                drivers.append((name, "integer"))
            elif kind == "select_one yesno":
                drivers.append((name, "select_one"))
            add(kind, name, f"Question {n}", relevant=relevant, constraint=constraint,
                calculation=calculation)
            n += 1
        add("end group", "", "")
    add("calculate", "grand", "", calculation=" + ".join(
        f"coalesce(${{s{s}_q29}}, 0)" for s in range(9)))
    add("note", "total_note", "Grand total: ${grand}")
    choices = wb.create_sheet("choices")
    choices.append(["list_name", "name", *(f"label::{lang}" for lang in LANGS), "country"])
    for name in ("yes", "no"):
        choices.append(["yesno", name, name.title(), name, ""])
    for name in ("cost", "skills", "infrastructure", "security", "awareness"):
        choices.append(["obst", name, name.title(), name, ""])
    for code in ("KH", "LA", "MM", "TH", "VN", "CN"):
        choices.append(["country", code, code, code, ""])
        for p in range(20):
            choices.append(["province", f"{code}{p:02d}", f"{code} province {p}", "", code])
    settings = wb.create_sheet("settings")
    settings.append(["form_title", "form_id", "version", "default_language"])
    settings.append(["Benchmark survey", "bench_300", "1", "English (en)"])
    wb.save(path)
    return counts


def timed(fn: Any, *args: Any) -> tuple[Any, float]:
    start = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - start


def bench_engine(path: Path, answers: int) -> None:
    from gmsdesk.forms import Form, FormState, load_xlsform

    (form, problems), load_s = timed(load_xlsform, path)
    errors = [p for p in problems if p.is_error]
    if form is None:
        print("form did not load:", *errors, sep="\n  ")
        return
    rules = sum(1 for q in form.questions if q.relevant) + sum(
        1 for g in form.groups if g.relevant)
    print(f"form: {len(form.questions)} questions, {rules} relevance rules, "
          f"{sum(1 for q in form.questions if q.type == 'calculate')} calculates, "
          f"{sum(1 for q in form.questions if q.constraint)} constraints")
    print(f"import + load (.xlsx -> pyxform -> XForm -> Form): {load_s * 1000:.0f} ms")
    reload_times = []
    for _ in range(5):
        _, seconds = timed(Form.from_definition, form.definition)
        reload_times.append(seconds)
    print(f"Form.from_definition (opening a stored form): "
          f"{statistics.median(reload_times) * 1000:.1f} ms")
    state, state_s = timed(lambda: FormState(form, today=dt.date(2024, 5, 1)))
    print(f"new FormState: {state_s * 1000:.1f} ms")

    rnd = random.Random(7)
    inputs = [q for q in form.questions if q.is_input and q.repeat is None]
    drivers = [q for q in inputs if q.type in ("integer", "select_one")]
    times: list[float] = []
    touched: list[int] = []
    for i in range(answers):
        question = rnd.choice(drivers if i % 2 else inputs)
        if question.type == "integer":
            value: Any = rnd.randint(0, 10)
        elif question.type == "decimal":
            value = rnd.random() * 100
        elif question.type == "select_one":
            options = state.choices(question.name)
            value = rnd.choice(options).name if options else None
        elif question.type == "select_multiple":
            value = rnd.sample([c.name for c in question.choices], 2)
        elif question.type == "date":
            value = dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randint(0, 300))
        else:
            value = f"text {i}"
        start = time.perf_counter()
        changed = state.set(question.name, value)
        times.append(time.perf_counter() - start)
        touched.append(len(changed))
    times.sort()
    p95 = times[int(len(times) * 0.95)]
    print(f"re-evaluate after one answer ({answers} answers): median "
          f"{statistics.median(times) * 1000:.3f} ms, p95 {p95 * 1000:.3f} ms, max "
          f"{times[-1] * 1000:.3f} ms (target < 30 ms); keys changed per answer: median "
          f"{statistics.median(touched):.0f}, max {max(touched)}")
    _, errors_s = timed(state.errors)
    _, answers_s = timed(state.answers)
    print(f"errors() over the whole form: {errors_s * 1000:.2f} ms; answers(): "
          f"{answers_s * 1000:.2f} ms")


# -- summary (storage) -----------------------------------------------------------------------


def bench_summary(path: Path, responses: int = 50_000, keep: bool = False) -> None:
    """Time `db.surveys.summary(...)` over `responses` responses (target < 2 s)."""
    from gmsdesk.forms import FormState, load_xlsform
    from gmsdesk.storage.db import Database

    db_path = OUT / "forms-bench.sqlite3"
    if not keep:
        for suffix in ("", "-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
    db = Database(db_path, user="bench")
    try:
        surveys = db.surveys
        if not hasattr(surveys, "summary"):
            print("summary: not available yet")
            return
        form, _ = load_xlsform(path)
        assert form is not None
        surveys.import_form(form, path.name)
        have = surveys.count_responses(form.form_id) if hasattr(
            surveys, "count_responses") else 0
        if have < responses:
            _, fill_s = timed(_fill_responses, db, form, responses - have, FormState)
            print(f"stored {responses - have} responses in {fill_s:.1f} s")
        surveys.summary(form.form_id)  # warm the form cache, as an open screen would
        times = []
        for _ in range(3):
            _, seconds = timed(lambda: surveys.summary(form.form_id, lang="en"))
            times.append(seconds)
        print(f"summary of {responses} responses: median {statistics.median(times):.2f} s, "
              f"best {min(times):.2f} s (target < 2 s)")
    finally:
        db.close()


def _fill_responses(db: Any, form: Any, count: int, state_class: Any) -> None:
    """Realistic answers made by the engine itself (relevance applied), written in batches."""
    from gmsdesk.storage.surveys import RESPONSE_SPEC

    rnd = random.Random(11)
    ref = db.surveys.form_ref(form.form_id)
    inputs = [q for q in form.questions if q.is_input and q.repeat is None]
    templates = []
    for _ in range(50):
        state = state_class(form, today=dt.date(2024, 5, 1))
        for question in inputs:
            if rnd.random() < 0.15 or not state.relevant(question.name):
                continue
            if question.type == "integer":
                value: Any = rnd.randint(0, 10)
            elif question.type == "decimal":
                value = round(rnd.random() * 100, 2)
            elif question.type in ("select_one", "select_multiple"):
                options = [c.name for c in state.choices(question.name)]
                if not options:
                    continue
                value = (rnd.choice(options) if question.type == "select_one"
                         else rnd.sample(options, min(2, len(options))))
            elif question.type == "date":
                value = dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randint(0, 300))
            else:
                value = rnd.choice(["ok", "good", "slow internet", ""])
            state.set(question.name, value)
        templates.append(state.answers())
    now = dt.datetime(2024, 5, 1, 9, 0).isoformat()
    batch = 5000
    for start in range(0, count, batch):
        with db.atomic():
            for _ in range(min(batch, count - start)):
                db.surveys.writer.insert(RESPONSE_SPEC, {
                    "form_ref": ref, "form_id": form.form_id, "form_version": form.version,
                    "answers": rnd.choice(templates), "started_at": now, "submitted_at": now})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--responses", type=int, default=50_000)
    parser.add_argument("--answers", type=int, default=2000)
    parser.add_argument("--keep", action="store_true", help="reuse the responses database")
    parser.add_argument("--skip-summary", action="store_true")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / "forms-bench.xlsx"
    counts = build_xlsform(path)
    print(f"generated {path.name}: {counts}")
    bench_engine(path, args.answers)
    if not args.skip_summary:
        bench_summary(path, args.responses, args.keep)


if __name__ == "__main__":
    main()
