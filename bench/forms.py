"""Forms benchmark: a 300-question XLSForm with 50 relevance rules, and a 50,000-response summary.

    python bench/forms.py [--responses 50000] [--keep] [--skip-summary] [--runs 3]
                          [--writes] [--list-responses 100000]
                          [--only engine|writes|summary|list]

Measures (issue 5):
  1. import + load: the .xlsx read through pyxform (to XForm and back), every expression
     compiled, the dependency plan sorted; then `Form.from_definition` alone (what opening a
     stored form costs) and a fresh FormState;
  2. re-evaluation after one answer: median and p95 of `FormState.set` over many answers to
     questions that drive relevance, calculations and choice filters (target < 30 ms);
  3. `bench_summary()`: `db.surveys.summary(...)` over 50,000 responses (target < 2 s), the
     first call in fresh processes (nothing cached in memory; the OS file cache is warm), for
     the 300-question form and a 28-question form with a repeat in two versions; a repeat
     call, one province, and a plain count(*) of the same rows for scale;
  4. with --writes: the cost of `submit` and of applying 10,000 synced responses;
  5. `bench_list()`: the Surveys area's responses list in the real window with 100,000
     responses: the longest UI-thread stall (a 5 ms heartbeat) while the list opens, after an
     SME edit and after a new response (target: none over 50 ms).
Figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import subprocess
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


def build_xlsform(path: Path) -> dict[str, int]:  # noqa: C901 - straight-line: writes the sheets one after another
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


def bench_summary(path: Path, responses: int = 50_000, keep: bool = False, runs: int = 3) -> None:
    """Time `db.surveys.summary(...)` over `responses` responses (target < 2 s) on the FIRST
    call of a fresh process (`runs` processes, each also timing a repeat call and a plain
    count of the same rows), for the 300-question form and a 28-question form with a repeat
    in two versions."""
    from gmsdesk.forms import FormState, load_xlsform
    from gmsdesk.storage.db import Database

    for name, build, fill in (("forms-bench", None, _fill_responses),
                              ("forms-bench-28", build_repeat_form, _fill_repeat_responses)):
        db_path = OUT / f"{name}.sqlite3"
        if not keep:
            for suffix in ("", "-wal", "-shm"):
                Path(str(db_path) + suffix).unlink(missing_ok=True)
        db = Database(db_path, user="bench")
        try:
            loaded = [load_xlsform(path)[0]] if build is None else [
                load_xlsform(build(OUT / f"{name}-v{v}.xlsx", v))[0] for v in (1, 2)]
            forms = [form for form in loaded if form is not None]
            assert len(forms) == len(loaded)
            for form in forms:
                db.surveys.import_form(form, f"{name}.xlsx")
            form_id = forms[-1].form_id
            have = db.surveys.count_responses(form_id)
            if have < responses:
                _, fill_s = timed(fill, db, forms, responses - have, FormState)
                print(f"{form_id}: stored and encoded {responses - have} responses in "
                      f"{fill_s:.1f} s ({fill_s / (responses - have) * 1000:.2f} ms each)")
            db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            questions = len(forms[-1].questions)
        finally:
            db.close()
        figures = [_child_summary(db_path, form_id) for _ in range(runs)]
        warm = [_child_summary(db_path, form_id, preload=True) for _ in range(runs)]
        firsts = ", ".join(f"{f['first']:.2f}" for f in figures)
        first = statistics.median(f["first"] for f in figures)
        first_loaded = statistics.median(f["first"] for f in warm)
        repeat = statistics.median(f["repeat"] for f in figures)
        count = statistics.median(f["count"] for f in figures)
        province = statistics.median(f["province"] for f in figures)
        print(f"summary of {responses} responses of {form_id} ({questions} questions), "
              f"median of {runs} fresh processes: first call {first:.2f} s (target < 2 s), "
              f"repeat {repeat:.2f} s, one province {province:.2f} s; plain count(*) of the "
              f"same rows {count * 1000:.0f} ms (first call = {first / count:.0f}x it); "
              f"first calls: {firsts} s; first call with the form modules already imported "
              f"(as in the app, where the Surveys area has them): {first_loaded:.2f} s")


def _child_summary(db_path: Path, form_id: str, preload: bool = False) -> dict[str, float]:
    """Run `summary_child` in a new Python process: nothing cached in memory."""
    out = subprocess.run([sys.executable, __file__, "--summary-child", str(db_path), form_id,
                          *(["--preload"] if preload else [])],
                         capture_output=True, text=True, check=True).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def summary_child(db_path: str, form_id: str, preload: bool = False) -> None:
    """In a fresh process: a plain count of the rows, the first summary (`preload`: with the
    form and report modules imported before), a repeat, and the summary of one province;
    printed as JSON."""
    from gmsdesk.storage.db import Database

    if preload:
        import gmsdesk.forms.summary  # noqa: F401

    db = Database(Path(db_path), user="bench")
    try:
        _, count_s = timed(lambda: db.conn.execute(
            "SELECT count(*) FROM survey_responses WHERE form_id = ? AND deleted = 0",
            (form_id,)).fetchone())
        summary, first_s = timed(lambda: db.surveys.summary(form_id, lang="en"))
        _, repeat_s = timed(lambda: db.surveys.summary(form_id, lang="km"))
        _, province_s = timed(lambda: db.surveys.summary(form_id, province="Siem Reap"))
        assert summary.total > 0
    finally:
        db.close()
    print(json.dumps({"count": count_s, "first": first_s, "repeat": repeat_s,
                      "province": province_s}))


def _smes(db: Any, count: int = 500) -> list[str]:
    """SMEs to link responses to, in a few provinces (the province filter has work to do)."""
    rnd = random.Random(3)
    provinces = ("Siem Reap", "Phnom Penh", "Battambang", "Kampot", "Vientiane")
    ids = []
    with db.atomic():
        for i in range(count):
            ids.append(db.smes.create({"name": f"Bench SME {i}", "country": "KH",
                                       "province": rnd.choice(provinces),
                                       "sector": "handicrafts"})[0].record_id)
    return ids


def _insert_responses(db: Any, form: Any, answers: Any, count: int, smes: list[str]) -> None:
    """Write responses as submit does (the write path, then the answers encoded for
    summaries), in batches, over 300 days."""
    from gmsdesk.storage.surveys import RESPONSE_SPEC

    rnd = random.Random(13)
    ref = db.surveys.form_ref(form.form_id, form.version)
    start_day = dt.datetime(2024, 1, 1, 9, 0)
    batch = 2000
    for start in range(0, count, batch):
        with db.atomic():
            for i in range(start, min(start + batch, count)):
                when = (start_day + dt.timedelta(minutes=i * 8)).isoformat()
                [change] = db.surveys.writer.insert(RESPONSE_SPEC, {
                    "form_ref": ref, "form_id": form.form_id, "form_version": form.version,
                    "answers": answers(rnd, i), "sme_id": rnd.choice(smes),
                    "started_at": when, "submitted_at": when})
                db.surveys.index_response(change.record_id)


def _fill_responses(db: Any, forms: list[Any], count: int, state_class: Any) -> None:
    """Realistic answers made by the engine itself (relevance applied): 50 templates, with
    the free texts and decimals varied per response."""
    rnd = random.Random(11)
    form = forms[-1]
    inputs = [q for q in form.questions if q.is_input and q.repeat is None]
    kinds = {q.name: q.type for q in inputs}
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

    def answers(rnd: random.Random, i: int) -> dict[str, Any]:
        out = dict(rnd.choice(templates))
        for name, value in out.items():  # one in five texts and decimals new, as people write
            if kinds.get(name) == "text" and value and rnd.random() < 0.2:
                out[name] = f"{value} ({i})"
            elif kinds.get(name) == "decimal" and rnd.random() < 0.2:
                out[name] = round(rnd.random() * 1000, 2)
        return out

    _insert_responses(db, form, answers, count, _smes(db))


def build_repeat_form(path: Path, version: int) -> Path:
    """A 28-question needs form with a products repeat (version 2: a question more, one
    dropped, a new choice)."""
    from openpyxl import Workbook

    wb = Workbook()
    survey = wb.active
    assert survey is not None
    survey.title = "survey"
    survey.append(["type", "name", "label::English (en)", "label::Khmer (km)"])
    rows: list[tuple[str, str]] = [("select_one sector", "sector"), ("integer", "employees"),
                                   ("decimal", "revenue"), ("select_multiple tools", "tools"),
                                   ("select_one yesno", "website"), ("text", "website_url"),
                                   ("date", "founded"), ("select_one obstacle", "obstacle")]
    for i in range(10):
        rows.append(("select_one rating", f"rate_{i}"))
    rows += [("integer", "staff_trained"), ("decimal", "online_share"),
             ("select_one yesno", "sells_online"), ("text", "comment"), ("text", "contact_name")]
    if version == 2:
        rows.insert(3, ("integer", "customers_abroad"))
        rows = [r for r in rows if r[1] != "staff_trained"]
    survey.append(["note", "intro", "About your business", "km"])
    for kind, name in rows:
        survey.append([kind, name, name.replace("_", " ").title(), f"{name} (km)"])
    survey.append(["begin repeat", "products", "Products", "km"])
    for kind, name in (("text", "product_name"), ("decimal", "price"),
                       ("select_one channel", "channel"), ("integer", "units")):
        survey.append([kind, name, name.replace("_", " ").title(), f"{name} (km)"])
    survey.append(["end repeat", "", "", ""])
    choices = wb.create_sheet("choices")
    choices.append(["list_name", "name", "label::English (en)", "label::Khmer (km)"])
    lists = {"sector": ("tourism", "handicrafts", "manufacturing", "it", "agriculture"),
             "tools": ("fax", "phone", "email", "website", "social") + (
                 ("marketplace",) if version == 2 else ()),
             "yesno": ("yes", "no"), "obstacle": ("cost", "skills", "infra", "security"),
             "rating": ("1", "2", "3", "4", "5"), "channel": ("shop", "online", "agent")}
    for list_name, names in lists.items():
        for name in names:
            choices.append([list_name, name, name.title(), f"{name} (km)"])
    settings = wb.create_sheet("settings")
    settings.append(["form_title", "form_id", "version", "default_language"])
    settings.append(["Needs with products", "bench_28", str(version), "English (en)"])
    wb.save(path)
    return path


def _fill_repeat_responses(db: Any, forms: list[Any], count: int, state_class: Any) -> None:
    """Half the responses on each version; every free text and decimal its own; 0-4
    products each."""
    smes = _smes(db)
    for number, form in enumerate(forms):
        inputs = [q for q in form.questions if q.is_input and q.repeat is None]

        def answers(rnd: random.Random, i: int, inputs: list[Any] = inputs) -> dict[str, Any]:
            out: dict[str, Any] = {}
            for q in inputs:
                if rnd.random() < 0.1:
                    continue
                if q.type == "integer":
                    out[q.name] = rnd.randint(0, 200)
                elif q.type == "decimal":
                    out[q.name] = round(rnd.random() * 10_000, 2)
                elif q.type == "select_one":
                    out[q.name] = rnd.choice(q.choices).name
                elif q.type == "select_multiple":
                    out[q.name] = rnd.sample([c.name for c in q.choices], rnd.randint(1, 3))
                elif q.type == "date":
                    out[q.name] = (dt.date(1990, 1, 1) + dt.timedelta(
                        days=rnd.randint(0, 12_000))).isoformat()
                else:
                    out[q.name] = f"answer {q.name} {i}"
            out["products"] = [{"product_name": f"product {i}-{k}",
                                "price": round(rnd.random() * 100, 2),
                                "channel": rnd.choice(["shop", "online", "agent"]),
                                "units": rnd.randint(1, 500)} for k in range(rnd.randint(0, 4))]
            return out

        share = count // len(forms) if number < len(forms) - 1 else count - count // len(
            forms) * (len(forms) - 1)
        _insert_responses(db, form, answers, share, smes)


def bench_writes(path: Path, submits: int = 300, synced: int = 10_000) -> None:
    """The write cost: `submit` of the 300-question form (draft made, then submitted) on a new
    form (its answers' first codes are numbered) and after, and applying `synced` responses
    from headquarters in batches of 500, on a fresh database."""
    from gmsdesk.forms import load_xlsform
    from gmsdesk.storage.db import Database
    from gmsdesk.sync.hlc import pack, wall_ms

    db_path = OUT / "forms-bench-writes.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    db = Database(db_path, user="bench")
    try:
        form, _ = load_xlsform(path)
        assert form is not None
        db.surveys.import_form(form, path.name)
        ref = db.surveys.form_ref(form.form_id)
        rnd = random.Random(5)
        inputs = [q for q in form.questions if q.is_input and q.repeat is None]

        def answers(i: int) -> dict[str, Any]:
            out: dict[str, Any] = {}
            for q in inputs:
                if rnd.random() < 0.3:
                    continue
                out[q.name] = (rnd.randint(0, 10) if q.type == "integer" else
                               round(rnd.random() * 100, 2) if q.type == "decimal" else
                               rnd.choice(q.choices).name if q.type == "select_one" and
                               q.choices else f"text {i % 7}")
            return out

        for label in ("on a new form", "after those"):
            times = []
            for i in range(submits):
                draft = db.surveys.create_draft(ref)
                values = answers(i)
                start = time.perf_counter()
                db.surveys.submit(draft, values)
                times.append(time.perf_counter() - start)
            times.sort()
            print(f"submit (300-question form, {submits} times {label}): median "
                  f"{statistics.median(times) * 1000:.2f} ms, p95 "
                  f"{times[int(len(times) * 0.95)] * 1000:.2f} ms")
        clock = pack(wall_ms() - 3_600_000, 0)
        changes = []
        for i in range(synced):
            row_id = f"remote-{i:06d}"
            values = {"form_ref": ref, "form_id": form.form_id, "form_version": form.version,
                      "answers": answers(i), "submitted_at": "2024-05-01T09:00:00.000+07:00"}
            changes += [["survey_responses", row_id, k, v, clock + i, 0]
                        for k, v in values.items()]
        fields = 5
        start = time.perf_counter()
        for at in range(0, len(changes), 500 * fields):
            db.sync.apply_remote(changes[at:at + 500 * fields], ["hq"], 0)
        apply_s = time.perf_counter() - start
        print(f"applying {synced} synced responses (batches of 500): {apply_s:.1f} s "
              f"({apply_s / synced * 1000:.2f} ms each)")
    finally:
        db.close()


# -- the responses list in the window (UI thread) ----------------------------------------------

LIST_DIR = OUT / "forms-list"
SURVEYS_AREA = 2  # the Surveys area's row in the navigation list


def _build_list_db(data: Path, responses: int, keep: bool) -> str:
    """A data folder whose database holds `responses` responses of the 28-question form (one
    in a hundred corrected), linked to 500 SMEs; returns the form_id. As on a laptop in use,
    the forms GMS Desk ships count as offered already and everything was synced (the outbox
    is empty: with 100,000 changes waiting, counting them costs every publish ~60 ms in the
    window's sync label and Sync area, outside the Surveys area)."""
    from gmsdesk.forms import load_xlsform
    from gmsdesk.paths import DB_FILENAME, RESOURCES
    from gmsdesk.storage.db import Database
    from gmsdesk.storage.surveys import RESPONSE_SPEC

    data.mkdir(parents=True, exist_ok=True)
    db_path = data / DB_FILENAME
    if not keep:
        for suffix in ("", "-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
    db = Database(db_path, user="bench")
    try:
        form, _ = load_xlsform(build_repeat_form(data / "list-form.xlsx", 1))
        assert form is not None
        db.surveys.import_form(form, "list-form.xlsx")
        db.set_meta_atomic("surveys.shipped_forms", json.dumps(sorted(
            p.name for p in (RESOURCES / "forms").glob("*.xlsx"))))
        have = db.surveys.count_responses(form.form_id, include_superseded=True)
        if have >= responses:
            db.outbox.acknowledge(1 << 62)
            return str(form.form_id)
        with db.atomic():
            smes = [db.smes.create({"name": f"Bench SME {i}", "country": "KH"})[0].record_id
                    for i in range(500)]
        ref = db.surveys.form_ref(form.form_id)
        inputs = [q for q in form.questions if q.is_input and q.repeat is None]
        rnd = random.Random(17)
        start_day = dt.datetime(2024, 1, 1, 9, 0)
        started = time.perf_counter()
        previous = ""
        for at in range(have, responses, 2000):
            with db.atomic():
                for i in range(at, min(at + 2000, responses)):
                    answers = {q.name: (rnd.randint(0, 200) if q.type == "integer" else
                                        rnd.choice(q.choices).name if q.choices else
                                        f"answer {q.name} {i}")
                               for q in inputs if rnd.random() > 0.1}
                    when = (start_day + dt.timedelta(minutes=i * 3)).isoformat()
                    previous = db.surveys.writer.insert(RESPONSE_SPEC, {
                        "form_ref": ref, "form_id": form.form_id, "form_version": form.version,
                        "answers": answers, "sme_id": rnd.choice(smes), "language": "en",
                        "started_at": when, "submitted_at": when,
                        "supersedes": previous if i % 100 == 99 else None})[0].record_id
        print(f"stored {responses - have} responses in {time.perf_counter() - started:.1f} s")
        db.outbox.acknowledge(1 << 62)
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return str(form.form_id)
    finally:
        db.close()


class _Heartbeat:
    """A 5 ms timer on the UI thread: the largest gap between two ticks is the longest time
    the event loop was kept from running (a stall a person would feel)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.gap = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gap = max(self.gap, now - self.last)
        self.last = now

    def start(self) -> None:
        self.gap = 0.0
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        """The largest gap in ms since `start` (the tick that ends a stall included)."""
        self._tick()
        self.timer.stop()
        return self.gap * 1000


def _slot_timer(ctx: Any, area: Any) -> Any:
    """Times the Surveys area's own slots (changes from the bus; what its loader thread read),
    to tell its share of a stall from the other areas'. `restore()` puts the slots back."""
    from PySide6.QtCore import QObject, Slot

    answers = ("loaded", "counted", "named", "forms_loaded", "failed")

    class SlotTimer(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.longest = 0.0
            thread_side = area.loader.loader
            self.pairs = [(getattr(thread_side, name), getattr(area.loader, name),
                           getattr(self, name)) for name in answers]
            ctx.bus.changes_applied.disconnect(area._on_changes)
            ctx.bus.changes_applied.connect(self.changes)
            for source, target, slot in self.pairs:
                source.disconnect(target)
                source.connect(slot)

        def _time(self, slot: Any, *args: Any) -> None:
            start = time.perf_counter()
            slot(*args)
            self.longest = max(self.longest, time.perf_counter() - start)

        @Slot(object)
        def changes(self, changes: Any) -> None:
            self._time(area._on_changes, changes)

        @Slot(int, int, object)
        def loaded(self, *args: Any) -> None:
            self._time(area.loader.loaded.emit, *args)

        @Slot(int, int)
        def counted(self, *args: Any) -> None:
            self._time(area.loader.counted.emit, *args)

        @Slot(int, object)
        def named(self, *args: Any) -> None:
            self._time(area.loader.named.emit, *args)

        @Slot(int, object)
        def forms_loaded(self, *args: Any) -> None:
            self._time(area.loader.forms_loaded.emit, *args)

        @Slot(int, str, object)
        def failed(self, *args: Any) -> None:
            self._time(area.loader.failed.emit, *args)

        def take(self) -> float:
            """The longest slot in ms since the last call."""
            longest, self.longest = self.longest, 0.0
            return longest * 1000

        def restore(self) -> None:
            ctx.bus.changes_applied.disconnect(self.changes)
            ctx.bus.changes_applied.connect(area._on_changes)
            for source, target, slot in self.pairs:
                source.disconnect(slot)
                source.connect(target)

    return SlotTimer()


def _spin(until: Any, timeout: float = 60.0, settle: float = 0.3) -> float:
    """Run the event loop until `until()` holds, then `settle` seconds more; returns the
    seconds until it held (-1 on timeout)."""
    from PySide6.QtWidgets import QApplication

    start = time.perf_counter()
    held = -1.0
    while time.perf_counter() - start < timeout:
        QApplication.processEvents()
        if until():
            held = time.perf_counter() - start
            break
        time.sleep(0.001)
    end = time.perf_counter() + settle
    while time.perf_counter() < end:
        QApplication.processEvents()
        time.sleep(0.001)
    return held


def bench_list(responses: int = 100_000, keep: bool = False) -> None:
    """The Surveys area in the real window (offscreen) with `responses` responses of one form:
    the longest UI-thread stall (a 5 ms heartbeat's largest gap) while the list opens, after
    an SME edit (shown in the list, and not), and after a new response; the publish call's
    own time (every area's slots for that change); storage figures for scale. Target: no
    stall over 50 ms."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    form_id = _build_list_db(LIST_DIR, responses, keep)

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from gmsdesk.ui.application import AppContext, create_qapplication
    from gmsdesk.ui.surveys.rows import RecordRole

    create_qapplication([])
    ctx = AppContext(LIST_DIR, "en")
    db = ctx.db
    _, all_s = timed(lambda: sum(1 for _ in db.surveys.responses(form_id)))
    shown_total = db.surveys.count_responses(form_id)
    print(f"list of {form_id}: {shown_total} current responses of {responses}; storage, all "
          f"rows parsed (the old list): {all_s * 1000:.0f} ms")
    page = getattr(db.surveys, "responses_page", None)
    if page is not None:
        from gmsdesk.storage.surveys import ResponseFilter

        _, first_s = timed(lambda: page(form_id, ResponseFilter(), 0, 200))
        _, deep_s = timed(lambda: page(form_id, ResponseFilter(), shown_total - 200, 200))
        _, by_sme_s = timed(lambda: page(form_id, ResponseFilter(), 0, 200, sort="sme"))
        _, count_s = timed(lambda: db.surveys.count_responses(form_id))
        print(f"storage: first page of 200 {first_s * 1000:.1f} ms, last page "
              f"{deep_s * 1000:.1f} ms, first page by SME name {by_sme_s * 1000:.0f} ms, "
              f"count {count_s * 1000:.0f} ms")

    window: Any = ctx.open_window()
    _spin(lambda: not window.smes.model.loading)
    area = window.surveys
    table = area.responses_table

    def model() -> Any:
        return table.model()

    def ready() -> bool:
        return model().rowCount() > 0 and not getattr(area.responses_model, "loading", False)

    def first(column: int = 0, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return model().index(0, column).data(role)

    beat = _Heartbeat()
    beat.start()
    _spin(lambda: True, settle=1.0)
    print(f"idle: longest gap of the heartbeat with nothing to do {beat.stop():.0f} ms (what "
          "the machine's other work costs the figures below)")
    slots = _slot_timer(ctx, area)
    beat.start()
    started = time.perf_counter()
    window.show_area(SURVEYS_AREA)
    show_ms = (time.perf_counter() - started) * 1000
    shown = _spin(lambda: model().rowCount() > 0, settle=0)
    counted = _spin(ready, settle=0.5)
    stall = beat.stop()
    print(f"open the list: {model().rowCount()} rows shown {shown * 1000 + show_ms:.0f} ms "
          f"after the click, all counted after {counted * 1000 + shown * 1000 + show_ms:.0f} "
          f"ms; the click's own slot {show_ms:.0f} ms, the Surveys area's longest slot after "
          f"{slots.take():.1f} ms; longest UI-thread stall {stall:.0f} ms (target < 50 ms)")

    record = first(0, RecordRole)
    sme_id = record.sme_id
    for label, target in (("shown in the list", sme_id),
                          ("not shown", db.smes.create({"name": "Unlinked SME"})[0].record_id)):
        name = f"Renamed SME {time.perf_counter():.0f}"
        changes = db.smes.update(target, {"name": name})
        beat.start()
        started = time.perf_counter()
        ctx.bus.publish(changes)
        publish_ms = (time.perf_counter() - started) * 1000
        if target == sme_id:
            _spin(lambda name=name: first(2) == name, timeout=10)
        else:
            _spin(lambda: True)
        stall = beat.stop()
        print(f"SME edit ({label}): publish (every area's slots) {publish_ms:.0f} ms, longest "
              f"UI-thread stall {stall:.0f} ms (target < 50 ms), the Surveys area's longest "
              f"slot {slots.take():.1f} ms; SME name in the list: {first(2)!r}")

    draft = db.surveys.create_draft(db.surveys.form_ref(form_id), sme_id=sme_id)
    changes = db.surveys.submit(draft, {"employees": 3})
    beat.start()
    started = time.perf_counter()
    ctx.bus.publish(changes)
    publish_ms = (time.perf_counter() - started) * 1000
    _spin(lambda: getattr(first(0, RecordRole), "id", None) == changes[0].record_id and ready())
    stall = beat.stop()
    print(f"new response: publish {publish_ms:.0f} ms, longest UI-thread stall {stall:.0f} ms "
          f"(target < 50 ms), the Surveys area's longest slot {slots.take():.1f} ms")
    slots.restore()
    window.close()
    QApplication.processEvents()
    ctx.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--responses", type=int, default=50_000)
    parser.add_argument("--answers", type=int, default=2000)
    parser.add_argument("--keep", action="store_true", help="reuse the responses database")
    parser.add_argument("--skip-summary", action="store_true")
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per summary")
    parser.add_argument("--writes", action="store_true", help="time submit and sync apply")
    parser.add_argument("--only", choices=("engine", "writes", "summary", "list"),
                        help="run one section alone")
    parser.add_argument("--list-responses", type=int, default=100_000,
                        help="responses behind the Surveys list (the list section)")
    parser.add_argument("--summary-child", nargs=2, metavar=("DB", "FORM_ID"),
                        help=argparse.SUPPRESS)
    parser.add_argument("--preload", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.summary_child:
        db_arg, form_arg = args.summary_child
        summary_child(db_arg, form_arg, preload=args.preload)
        return
    OUT.mkdir(parents=True, exist_ok=True)
    if args.only == "list":
        bench_list(args.list_responses, args.keep)
        return
    path = OUT / "forms-bench.xlsx"
    counts = build_xlsform(path)
    print(f"generated {path.name}: {counts}")
    if args.only in (None, "engine"):
        bench_engine(path, args.answers)
    if args.writes or args.only == "writes":
        bench_writes(path)
    if args.only == "summary" or (args.only is None and not args.skip_summary):
        bench_summary(path, args.responses, args.keep, args.runs)
    if args.only is None:
        bench_list(args.list_responses, args.keep)


if __name__ == "__main__":
    main()
