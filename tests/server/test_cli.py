"""`gmsdesk-server` admin commands, run in-process against a real SQLite server database."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from gmsdesk.server.cli import main, open_store
from gmsdesk.server.store import AmbiguousDevice, NoSuchDevice, Store


@pytest.fixture
def database(tmp_path: Path) -> str:
    return str(tmp_path / "server.sqlite3")


def enrol(store: Store, count: int) -> dict[str, str]:
    """`count` laptops enrolled with one agency: device id -> its token."""
    store.add_agency("kh-sr", "Siem Reap Provincial Chamber of Commerce")
    tokens = {}
    for i in range(count):
        enrolled = store.enroll(store.create_enrollment("kh-sr"), f"laptop {i}")
        assert enrolled is not None
        tokens[enrolled[0]] = enrolled[1]
    return tokens


REFUSED = ("gmsdesk-server: refused: give the device's id, or enough of its start to be unique; "
           "`gmsdesk-server devices` lists them.\n")


def revoked(store: Store) -> set[str]:
    return {row["id"] for row in store.list_devices() if row["revoked"]}


def test_revoke_refuses_an_id_that_names_no_device_or_several(
        database: str, capsys: pytest.CaptureFixture[str]) -> None:
    store = open_store(database)
    tokens = enrol(store, 17)  # 17 ids, 16 hex digits: two start alike
    first, _n = Counter(one[0] for one in tokens).most_common(1)[0]
    sharing = sorted(one for one in tokens if one.startswith(first))
    assert len(sharing) > 1

    for empty in ("", "   "):  # `startswith("")` once revoked every device
        assert main(["--database", database, "revoke", empty]) == 2
        assert capsys.readouterr() == ("", REFUSED)
    assert main(["--database", database, "revoke", first]) == 2
    out, err = capsys.readouterr()
    names = {one: f"laptop {i}" for i, one in enumerate(tokens)}
    assert out == ""
    assert err.splitlines() == [
        f"gmsdesk-server: ambiguous: {len(sharing)} devices start with '{first}'; type more of "
        "the id. Nothing was revoked.",
        *(f"  {one}\tkh-sr\t{names[one]}" for one in sharing)]
    for unknown in ("zz", "%", "_"):  # LIKE's wildcards are plain text here
        assert main(["--database", database, "revoke", unknown]) == 2
        assert capsys.readouterr() == (
            "", f"gmsdesk-server: no device {unknown!r}; `gmsdesk-server devices` lists them.\n")
    assert revoked(store) == set()
    assert all(store.authenticate(token) is not None for token in tokens.values())


def test_revoke_takes_the_id_or_a_unique_start_of_it(
        database: str, capsys: pytest.CaptureFixture[str]) -> None:
    store = open_store(database)
    tokens = enrol(store, 3)
    one, other, third = sorted(tokens)
    unique = next(one[:n] for n in range(1, len(one))
                  if not any(o.startswith(one[:n]) for o in (other, third)))
    assert main(["--database", database, "revoke", unique.upper()]) == 0
    out, err = capsys.readouterr()
    assert (out, err) == (f"Revoked {one}\n", "")
    assert revoked(store) == {one}
    assert store.authenticate(tokens[one]) is None  # it may not sync any more
    assert store.authenticate(tokens[other]) is not None

    assert main(["--database", database, "revoke", other]) == 0  # the whole id
    assert capsys.readouterr() == (f"Revoked {other}\n", "")
    assert revoked(store) == {one, other}
    assert main(["--database", database, "devices"]) == 0
    states = {line.split("\t")[0]: line.split("\t")[-1] for line in
              capsys.readouterr().out.splitlines()}
    assert states == {one: "revoked", other: "revoked", third: "active"}


def test_store_refuses_the_same_without_the_command_line(database: str) -> None:
    store = open_store(database)
    tokens = enrol(store, 17)
    with pytest.raises(NoSuchDevice):
        store.revoke("")
    first = Counter(one[0] for one in tokens).most_common(1)[0][0]
    with pytest.raises(AmbiguousDevice) as err:
        store.revoke(first)
    sharing = sorted(one for one in tokens if one.startswith(first))
    assert len(sharing) > 1 and err.value.matches == sharing
    assert revoked(store) == set()


def test_administrator_sees_agencies_devices_and_what_each_has_received(
        database: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database", database, "agency", "add", "kh-sr", "Siem Reap Chamber"]) == 0
    assert main(["--database", database, "agency", "add", "la-vt", "Vientiane TPC"]) == 0
    assert main(["--database", database, "agency", "add", "--hq", "hq", "Headquarters"]) == 0
    store = open_store(database)
    made = {}
    for agency, name in (("kh-sr", "siem-reap-1"), ("la-vt", "vientiane-1"), ("hq", "hq-desk")):
        enrolled = store.enroll(store.create_enrollment(agency), name)
        assert enrolled is not None
        made[name] = store.authenticate(enrolled[1])
    capsys.readouterr()
    assert main(["--database", database, "agency", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith("hq\tHeadquarters (headquarters)\t1\tnever")
    assert [line.split("\t")[0] for line in lines[1:]] == ["hq", "kh-sr", "la-vt"]
    assert main(["--database", database, "devices", "--agency", "la-vt"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1 and "\tvientiane-1\tnever\tactive" in out[0]
    assert main(["--database", database, "devices", "--agency", "nowhere"]) == 2
    assert "no agency 'nowhere'" in capsys.readouterr().err
    # Headquarters publishes a module; the Siem Reap laptop pulls, the Lao one has not yet.
    hq_device = made["hq-desk"]
    assert hq_device is not None
    store.push(hq_device, "hq-batch-1", 0, [["modules", "m-1", "code", "A09", 1 << 20],
                                            ["modules", "m-1", "title", "E-procurement",
                                             1 << 20]])
    kh_device = made["siem-reap-1"]
    assert kh_device is not None
    page = store.pull(kh_device, 0, 1 << 20)
    assert {c[0] for c in page.changes} == {"agency_profiles", "modules"}
    assert main(["--database", database, "publish"]) == 0
    report = capsys.readouterr().out.splitlines()
    assert report[0] == "Published: 3 agency_profiles, 1 modules"
    status = {line.split("\t")[1]: line.split("\t")[2] for line in report[1:]}
    assert status["siem-reap-1"] == "has everything"
    assert status["vientiane-1"] == "waits for 3 agency_profiles, 1 modules"
    assert status["hq-desk"] == "waits for 3 agency_profiles"  # its own module it has
