"""`scope_query`: the sandbox rules of `ctx.db`, shared by the in-memory fake and the host.

A module's query is confined to the request it is serving: ids left None mean the request's
own, any other id is refused, permissions from the manifest are enforced, limits are capped.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from raptscallions.sdk import PermissionDenied
from raptscallions.sdk._db import (
    DEFAULT_LIMIT,
    MAX_LIMIT,
    ExtractionQuery,
    Identity,
    StoredExtraction,
    check_emit_allowed,
    matches,
    scope_query,
)

ME = Identity(user_id="user-1", session_id="session-1", class_id="class-1")
ALL = ["extractions:read", "sessions:read"]
METHODS = [
    "get_session_extractions",
    "get_user_extractions",
    "get_extractions_by_type",
    "count_extractions",
]


def scope(
    method: str,
    params: dict[str, Any] | None = None,
    *,
    bound: Identity = ME,
    permissions: list[str] | None = None,
) -> ExtractionQuery:
    if method == "get_extractions_by_type":
        params = {"type": "t", **(params or {})}
    return scope_query("reader", method, params or {}, bound, permissions)


# -- identity ----------------------------------------------------------------------------------


def test_ids_left_none_mean_the_requests_own() -> None:
    assert scope("get_session_extractions") == ExtractionQuery(
        user_id="user-1", session_id="session-1", limit=MAX_LIMIT
    )
    assert scope("get_user_extractions") == ExtractionQuery(
        user_id="user-1", class_id="class-1", limit=MAX_LIMIT
    )
    assert scope("get_extractions_by_type") == ExtractionQuery(
        user_id="user-1", type="t", limit=DEFAULT_LIMIT
    )
    assert scope("count_extractions") == ExtractionQuery(user_id="user-1")


def test_asking_for_the_requests_own_ids_is_allowed() -> None:
    own = {"session_id": "session-1", "user_id": "user-1"}
    assert scope("get_session_extractions", {"session_id": "session-1"}).session_id == "session-1"
    assert scope("get_user_extractions", {"user_id": "user-1", "class_id": "class-1"}) == (
        ExtractionQuery(user_id="user-1", class_id="class-1", limit=MAX_LIMIT)
    )
    assert scope("get_extractions_by_type", own).session_id == "session-1"
    assert scope("count_extractions", own).session_id == "session-1"


@pytest.mark.parametrize(
    ("method", "params", "kind"),
    [
        ("get_session_extractions", {"session_id": "session-2"}, "session_id"),
        ("get_user_extractions", {"user_id": "user-2"}, "user_id"),
        ("get_user_extractions", {"class_id": "class-2"}, "class_id"),
        ("get_extractions_by_type", {"user_id": "user-2"}, "user_id"),
        ("get_extractions_by_type", {"session_id": "session-2"}, "session_id"),
        ("count_extractions", {"user_id": "user-2"}, "user_id"),
        ("count_extractions", {"session_id": "session-2"}, "session_id"),
    ],
)
def test_another_users_or_sessions_ids_are_refused(
    method: str, params: dict[str, Any], kind: str
) -> None:
    with pytest.raises(PermissionDenied) as info:
        scope(method, params, permissions=ALL)
    message = str(info.value)
    assert "module 'reader'" in message
    assert f"ctx.db.{method}" in message
    assert f"for {kind} {params[kind]!r}" in message
    assert "not the current request's" in message


def test_a_class_id_outside_a_class_is_refused() -> None:
    with pytest.raises(PermissionDenied, match="class_id"):
        scope("get_user_extractions", {"class_id": "class-1"}, bound=Identity("user-1"))


@pytest.mark.parametrize("method", METHODS[1:])
def test_user_id_is_checked_even_when_it_is_falsy(method: str) -> None:
    with pytest.raises(PermissionDenied):
        scope(method, {"user_id": ""})


@pytest.mark.parametrize(
    ("method", "params"),
    [
        ("get_session_extractions", {"session_id": 7}),
        ("get_user_extractions", {"user_id": ["user-1"]}),
        ("count_extractions", {"session_id": b"session-1"}),
    ],
)
def test_ids_must_be_strings(method: str, params: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="must be a string"):
        scope(method, params)


def test_session_extractions_need_a_session() -> None:
    with pytest.raises(PermissionDenied, match="outside a session"):
        scope("get_session_extractions", bound=Identity("user-1"))


def test_without_a_session_id_the_filters_span_the_users_sessions() -> None:
    assert scope("get_extractions_by_type").session_id is None
    assert scope("count_extractions").session_id is None


# -- permissions -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "granted", "allowed"),
    [
        ("get_session_extractions", [], False),
        ("get_session_extractions", ["extractions:write"], False),
        ("get_session_extractions", ["sessions:read"], True),
        ("get_session_extractions", ["extractions:read"], True),
        ("get_user_extractions", ["sessions:read"], False),
        ("get_user_extractions", ["extractions:read"], True),
        ("get_extractions_by_type", ["sessions:read", "events:emit"], False),
        ("get_extractions_by_type", ["extractions:read"], True),
        ("count_extractions", ["extractions:write"], False),
        ("count_extractions", ["extractions:read"], True),
    ],
)
def test_permissions_are_enforced(method: str, granted: list[str], allowed: bool) -> None:
    if allowed:
        scope(method, permissions=granted)
    else:
        with pytest.raises(PermissionDenied) as info:
            scope(method, permissions=granted)
        message = str(info.value)
        assert f"module 'reader' called ctx.db.{method}" in message
        assert "'extractions:read'" in message and "add it under permissions" in message


@pytest.mark.parametrize("method", METHODS)
def test_no_manifest_means_every_permission(method: str) -> None:
    scope(method, permissions=None)


def test_the_permission_is_checked_before_the_ids() -> None:
    with pytest.raises(PermissionDenied, match="does not grant"):
        scope("get_user_extractions", {"class_id": "class-9"}, permissions=[])


@pytest.mark.parametrize(
    ("granted", "allowed"),
    [
        (None, True),
        ([], False),
        (["extractions:read"], False),
        (["extractions:write"], True),
        (["events:emit"], True),
    ],
)
def test_check_emit_allowed(granted: list[str] | None, allowed: bool) -> None:
    if allowed:
        check_emit_allowed("writer", granted)
    else:
        with pytest.raises(PermissionDenied, match=r"module 'writer' called ctx\.emit"):
            check_emit_allowed("writer", granted)


# -- parameters --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("limit", "expected"), [(1, 1), (100, 100), (1000, 1000), (1001, 1000), (10**9, 1000)]
)
def test_limit_is_capped(limit: int, expected: int) -> None:
    assert scope("get_extractions_by_type", {"limit": limit}).limit == expected


@pytest.mark.parametrize("limit", [0, -1, True, False, 1.5, "10", None])
def test_a_bad_limit_is_refused(limit: object) -> None:
    with pytest.raises(ValueError, match="limit must be a positive integer"):
        scope("get_extractions_by_type", {"limit": limit})


@pytest.mark.parametrize("type_", [None, "", 5])
def test_extractions_by_type_needs_a_type(type_: object) -> None:
    with pytest.raises(ValueError, match="type must be a non-empty string"):
        scope_query("reader", "get_extractions_by_type", {"type": type_}, ME, None)


def test_count_filters() -> None:
    since = datetime(2025, 1, 1, tzinfo=UTC)
    query = scope("count_extractions", {"type": "t", "since": since})
    assert query.type == "t" and query.since == since
    with pytest.raises(ValueError, match="type must be a string"):
        scope("count_extractions", {"type": 3})
    with pytest.raises(ValueError, match="since must be a datetime"):
        scope("count_extractions", {"since": "2025-01-01"})


def test_a_naive_since_is_utc_as_on_the_wire() -> None:
    query = scope("count_extractions", {"since": datetime(2025, 1, 1, 12, 0)})
    assert query.since == datetime(2025, 1, 1, 12, 0, tzinfo=UTC)


def test_an_unknown_method_is_refused() -> None:
    with pytest.raises(ValueError, match=r"unknown ctx\.db method 'drop_table'"):
        scope_query("reader", "drop_table", {}, ME, None)


# -- the property: nothing outside the request ever reaches a query ----------------------------

some_ids = st.none() | st.sampled_from(["user-1", "user-2", "session-1", "session-2", "class-1"])


@given(
    method=st.sampled_from(METHODS),
    user_id=some_ids,
    session_id=some_ids,
    class_id=some_ids,
    bound_session=st.none() | st.just("session-1"),
    bound_class=st.none() | st.just("class-1"),
)
def test_a_query_is_always_confined_to_the_request(
    method: str,
    user_id: str | None,
    session_id: str | None,
    class_id: str | None,
    bound_session: str | None,
    bound_class: str | None,
) -> None:
    bound = Identity("user-1", bound_session, bound_class)
    params = {"user_id": user_id, "session_id": session_id, "class_id": class_id, "type": "t"}
    try:
        query = scope_query("reader", method, params, bound, ALL)
    except PermissionDenied:
        return
    assert query.user_id == "user-1"
    assert query.session_id in {None, bound_session}
    assert query.class_id in {None, bound_class}
    assert query.limit <= MAX_LIMIT


# -- matches -----------------------------------------------------------------------------------

T0 = datetime(2025, 1, 1, tzinfo=UTC)


def row(**changes: Any) -> StoredExtraction:
    fields: dict[str, Any] = {
        "id": "e",
        "module": "m",
        "type": "t",
        "data": {},
        "created_at": T0,
        "user_id": "user-1",
        "session_id": "session-1",
        "class_id": "class-1",
    }
    return StoredExtraction(**{**fields, **changes})


@pytest.mark.parametrize(
    ("stored", "query", "matched"),
    [
        (row(), ExtractionQuery(user_id="user-1"), True),
        (row(user_id="user-2"), ExtractionQuery(user_id="user-1"), False),
        (row(user_id=None), ExtractionQuery(user_id="user-1"), False),
        (row(session_id="session-2"), ExtractionQuery("user-1", session_id="session-1"), False),
        (row(session_id="session-2"), ExtractionQuery("user-1"), True),
        (row(class_id="class-2"), ExtractionQuery("user-1", class_id="class-1"), False),
        (row(type="u"), ExtractionQuery("user-1", type="t"), False),
        (row(), ExtractionQuery("user-1", since=T0), True),
        (row(), ExtractionQuery("user-1", since=T0 + timedelta(microseconds=1)), False),
    ],
)
def test_matches(stored: StoredExtraction, query: ExtractionQuery, matched: bool) -> None:
    assert matches(stored, query) is matched
