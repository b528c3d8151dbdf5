"""The server fuzzed from its own OpenAPI document (bounded): whatever schemathesis sends,
enrolled or not, no answer is a 5xx and every answer is as the document says (status,
content type, body schema)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.generation import GenerationMode

from gmsdesk.server.app import create_app
from gmsdesk.server.store import Store, create_schema, make_engine
from gmsdesk.sync import protocol

CHECKS = (not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, str]]:
    folder: Path = tmp_path_factory.mktemp("fuzz")
    engine = make_engine(str(folder / "server.sqlite3"))
    create_schema(engine)
    store = Store(engine)
    store.add_agency("kh-sr", "Siem Reap Provincial Chamber of Commerce")
    store.add_agency("hq", "Headquarters", hq=True)
    result = store.enroll(store.create_enrollment("kh-sr"), "fuzzed laptop")
    assert result is not None
    yield create_app(store), result[1]
    engine.dispose()


def test_the_document_resolves_and_says_what_the_routes_need(served: tuple[Any, str]) -> None:
    app, _token = served
    document = app.openapi()
    schemas = document["components"]["schemas"]
    text = str(document)
    for name in ("Push", "SyncResponse", "EnrollResponse", "ErrorBody", "Pushed"):
        assert name in schemas
    assert "#/$defs/" not in text  # every $ref resolves in the document itself
    sync = document["paths"]["/v1/sync"]["post"]
    assert sync["security"] == [{"bearer": []}]
    assert document["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"
    assert [p["name"] for p in sync["parameters"]] == [protocol.PROTOCOL_HEADER]
    assert {"401", "413", "422", "426"} <= set(sync["responses"])


def _fuzz(operation: str, served: tuple[Any, str], examples: int,
          mode: GenerationMode) -> None:
    app, token = served
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operation_ = schema[operation]["POST"]

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(operation_.as_strategy(mode))
    def run(case: Any) -> None:
        headers = {protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL_VERSION)}
        if operation == "/v1/sync":
            headers["Authorization"] = f"Bearer {token}"
        case.call_and_validate(headers=headers, checks=CHECKS)

    run()


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_fuzzed_syncs_never_fail_on_the_server(served: tuple[Any, str],
                                              mode: GenerationMode) -> None:
    _fuzz("/v1/sync", served, 60, mode)


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_fuzzed_enrolments_never_fail_on_the_server(served: tuple[Any, str],
                                                    mode: GenerationMode) -> None:
    _fuzz("/v1/enroll", served, 40, mode)
