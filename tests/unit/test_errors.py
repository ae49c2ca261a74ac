"""Unit tests for lsclient.core.errors: how Label Studio's error answers become exceptions."""

from __future__ import annotations

import json

import httpx
import pytest

from lsclient.core.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    JobFailedError,
    JobTimeoutError,
    LsClientError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    error_from_parts,
    error_from_response,
    error_from_transport,
    parse_retry_after,
    raise_for_status,
    redact_url,
)

JSON = {"Content-Type": "application/json"}


def ls_body(status: int, detail: str, **extra: object) -> bytes:
    """Label Studio's error envelope."""
    body = {"id": "6f1c-req", "status_code": status, "version": "1.23.2", "detail": detail, "exc_info": None}
    body.update(extra)
    return json.dumps(body).encode()


def respond(status: int, content: bytes = b"", headers: dict[str, str] | None = None) -> httpx.Response:
    """A response to ``GET /api/projects/999/`` sent through a MockTransport, as a client would see it."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers=headers or {})

    with httpx.Client(transport=httpx.MockTransport(handler), base_url="http://ls.test") as client:
        return client.get("/api/projects/999/")


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (405, APIStatusError),
        (409, ConflictError),
        (410, NotFoundError),
        (418, APIStatusError),
        (422, BadRequestError),
        (429, RateLimitError),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
        (599, ServerError),
    ],
)
def test_status_maps_to_exception_class(status: int, expected: type[APIStatusError]) -> None:
    with pytest.raises(APIStatusError) as info:
        raise_for_status(respond(status, ls_body(status, "nope"), JSON))
    assert type(info.value) is expected
    assert isinstance(info.value, LsClientError)
    assert info.value.status_code == status
    assert info.value.method == "GET"
    assert info.value.url == "/api/projects/999/"


@pytest.mark.parametrize("status", [200, 201, 204, 302, 399])
def test_raise_for_status_is_silent_below_400(status: int) -> None:
    raise_for_status(respond(status, b"{}", JSON))


def test_label_studio_404_message_and_fields() -> None:
    err = error_from_response(respond(404, ls_body(404, "No Project matches the given query."), JSON))
    assert str(err) == "404 Not Found on GET /api/projects/999/: No Project matches the given query."
    assert err.detail == "No Project matches the given query."
    assert err.request_id == "6f1c-req"
    assert isinstance(err.body, dict) and err.body["status_code"] == 404
    assert err.validation_errors == {}


def test_validation_errors_are_rendered_per_field() -> None:
    body = ls_body(
        400,
        "Validation error",
        validation_errors={
            "label_config": ['Tag "View" is expected'],
            "title": ["Ensure this field has at least 3 characters.", "Second message."],
        },
    )
    err = error_from_parts(400, body, JSON, "POST", "/api/projects/")
    assert isinstance(err, BadRequestError)
    assert err.validation_errors == {
        "label_config": ['Tag "View" is expected'],
        "title": ["Ensure this field has at least 3 characters.", "Second message."],
    }
    lines = str(err).splitlines()
    assert lines[0] == "400 Bad Request on POST /api/projects/: Validation error"
    assert '  label_config: Tag "View" is expected' in lines
    assert "  title: Ensure this field has at least 3 characters. Second message." in lines


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"title": ["Too short."]}, {"title": ["Too short."]}),
        ({"non_field_errors": ["Bad combination."]}, {"non_field_errors": ["Bad combination."]}),
        ({"data": {"image": ["Required."]}}, {"data.image": ["Required."]}),
        ({"items": [{"x": ["Must be > 0."]}, {}]}, {"items[0].x": ["Must be > 0."]}),
        ({"title": "A plain string."}, {"title": ["A plain string."]}),
    ],
)
def test_bare_drf_validation_bodies_are_flattened(body: dict[str, object], expected: dict[str, list[str]]) -> None:
    err = error_from_parts(400, json.dumps(body).encode(), JSON, "POST", "/api/tasks/")
    assert err.validation_errors == expected


def test_html_404_page_is_reduced_to_its_title() -> None:
    page = (
        b"<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>404 | Label Studio</title></head><body>"
        + b"<div>" * 40_000
        + b"</body></html>"
    )
    assert len(page) > 170_000
    err = error_from_response(respond(404, page, {"Content-Type": "text/html; charset=utf-8"}))
    assert isinstance(err, NotFoundError)
    assert str(err) == "404 Not Found on GET /api/projects/999/: HTML error page (404 | Label Studio)"
    assert err.body == "HTML error page (404 | Label Studio)"
    assert err.detail is None


def test_html_without_title_or_content_type() -> None:
    err = error_from_parts(403, b"<html><body>CSRF verification failed</body></html>", {}, "POST", "/user/login/")
    assert isinstance(err, PermissionDeniedError)
    assert err.body == "HTML error page"
    assert str(err) == "403 Forbidden on POST /user/login/: HTML error page"


def test_plain_text_body_becomes_the_detail() -> None:
    err = error_from_response(respond(404, b"Export is not completed", {"Content-Type": "text/plain"}))
    assert err.detail == "Export is not completed"
    assert str(err).endswith(": Export is not completed")


def test_long_text_body_is_truncated() -> None:
    err = error_from_parts(500, b"x" * 100_000, {"Content-Type": "text/plain"}, "GET", "/api/x")
    assert isinstance(err.body, str) and len(err.body) <= 501
    assert len(str(err)) < 600


@pytest.mark.parametrize(
    ("content", "headers"),
    [
        (b"", JSON),
        (b"{not json", JSON),
        (b"\xff\xfe\x00garbage", {"Content-Type": "application/octet-stream"}),
        (b"[1, 2]", JSON),
        (b"42", JSON),
        (b'{"detail": {"nested": true}}', JSON),
    ],
)
def test_odd_bodies_never_crash(content: bytes, headers: dict[str, str]) -> None:
    err = error_from_parts(502, content, headers, "GET", "/api/projects/")
    assert isinstance(err, ServerError)
    assert str(err).startswith("502 Bad Gateway on GET /api/projects/")


def test_streamed_unread_response_is_read() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, content=ls_body(404, "Gone fishing."), headers=JSON)

    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        with client.stream("GET", "http://ls.test/api/tasks/1/") as response:
            err = error_from_response(response)
    assert err.detail == "Gone fishing."


def test_closed_unread_response_still_gives_an_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503, content=iter([b"busy"]), headers={"Content-Type": "text/plain"})

    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        with client.stream("GET", "http://ls.test/api/tasks/1/") as response:
            pass  # closed without reading: the body is gone
    err = error_from_response(response)
    assert isinstance(err, ServerError)
    assert str(err) == "503 Service Unavailable on GET /api/tasks/1/"


def test_generated_layer_response_parts() -> None:
    from http import HTTPStatus

    from lsclient.api_client.types import Response

    generated: Response[None] = Response(
        status_code=HTTPStatus.CONFLICT,
        content=ls_body(409, "You already have a valid token."),
        headers=httpx.Headers(JSON),
        parsed=None,
    )
    err = error_from_parts(generated.status_code, generated.content, generated.headers, "POST", "/api/token/")
    assert isinstance(err, ConflictError)
    assert str(err) == "409 Conflict on POST /api/token/: You already have a valid token."


def test_rate_limit_retry_after() -> None:
    err = error_from_response(respond(429, b"slow down", {"Retry-After": "7"}))
    assert isinstance(err, RateLimitError)
    assert err.retry_after == 7.0
    no_hint = error_from_response(respond(429))
    assert isinstance(no_hint, RateLimitError) and no_hint.retry_after is None


def test_summary_and_forced_class() -> None:
    err = error_from_parts(
        401, ls_body(401, "Token is invalid"), JSON, "POST", "/api/token/refresh/", summary="refresh failed"
    )
    assert str(err) == "401 Unauthorized on POST /api/token/refresh/: refresh failed: Token is invalid"
    forced = error_from_parts(400, b"", {}, "POST", "/api/token/refresh/", error_class=AuthenticationError)
    assert type(forced) is AuthenticationError


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://ls.test/api/projects/1/", "/api/projects/1/"),
        ("https://user:secret@ls.test/api/tasks?project=1&page=2", "/api/tasks?project=1&page=2"),
        ("http://ls.test/api/x?token=abc&project=3", "/api/x?project=3"),
        ("http://ls.test/api/x?api_key=abc&Password=p&access_token=t&X-Amz-Signature=s", "/api/x"),
        ("/api/relative/?page=1", "/api/relative/?page=1"),
    ],
)
def test_redact_url(url: str, expected: str) -> None:
    assert redact_url(url) == expected


def test_error_url_has_no_credentials() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, content=ls_body(404, "no"), headers=JSON)

    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        response = client.get("http://admin:pw@ls.test/api/files?token=SECRET123&name=a")
    err = error_from_response(response)
    assert err.url == "/api/files?name=a"
    assert "SECRET123" not in str(err) and "pw" not in str(err)


@pytest.mark.parametrize(
    ("value", "now", "expected"),
    [
        ("3", None, 3.0),
        ("0.5", None, 0.5),
        ("-4", None, 0.0),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 1445412470.0, 10.0),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 1445412500.0, 0.0),
        ("soon", None, None),
        ("", None, None),
        (None, None, None),
        ("nan", None, None),
    ],
)
def test_parse_retry_after(value: str | None, now: float | None, expected: float | None) -> None:
    assert parse_retry_after(value, now=now) == expected


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (httpx.ConnectError("refused"), APIConnectionError),
        (httpx.RemoteProtocolError("disconnected"), APIConnectionError),
        (httpx.ReadTimeout("slow"), APITimeoutError),
        (httpx.ConnectTimeout("slow"), APITimeoutError),
    ],
)
def test_transport_errors_are_wrapped(exc: httpx.TransportError, expected: type[APIConnectionError]) -> None:
    request = httpx.Request("GET", "http://u:pw@ls.test:8080/api/tasks?token=SECRET&page=2")
    err = error_from_transport(exc, request)
    assert type(err) is expected
    assert err.method == "GET" and err.url == "/api/tasks?page=2"
    assert "ls.test:8080/api/tasks?page=2" in str(err)
    assert "SECRET" not in str(err) and "pw" not in str(err)


def test_configuration_error_is_a_value_error() -> None:
    assert issubclass(ConfigurationError, ValueError)
    assert issubclass(ConfigurationError, LsClientError)
    assert issubclass(APITimeoutError, APIConnectionError)


def test_job_errors() -> None:
    failed = JobFailedError(job="export 12 of project 3", status="failed", traceback="Traceback...\nKeyError: 'x'")
    assert str(failed) == "export 12 of project 3 failed with status 'failed': KeyError: 'x'"
    assert failed.traceback is not None and failed.job == "export 12 of project 3"
    timeout = JobTimeoutError(job="sync of storage 4", timeout=30.0, last_status="in_progress")
    assert str(timeout) == "sync of storage 4 did not finish within 30 s (last status: 'in_progress')"
    assert timeout.last_status == "in_progress"


def test_a_header_httpx_refuses_is_not_quoted_in_the_error() -> None:
    """h11 refuses a header value holding a control character and quotes it ("Illegal header value b'...'"); the
    value may be a secret of the caller's own httpx client, so lsclient's error names the problem without it."""
    import socket

    import lsclient

    with socket.socket() as listener:  # accepts the connection (backlog): the request fails while being written
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        own = httpx.Client(headers={"X-Team-Secret": "s3cr3t-v4lue\x00zq9xw"})
        with pytest.raises(lsclient.LsClientError) as info:  # at the first request (make_client asks the version)
            with lsclient.make_client(f"http://127.0.0.1:{port}", "0" * 40, httpx_client=own, max_retries=0) as client:
                client.projects.retrieve(1)
    import traceback

    text = f"{info.value!r} " + "".join(traceback.format_exception(info.value))  # the chained exceptions too
    assert "s3cr3t" not in text and "zq9xw" not in text, text
    assert "header is not valid HTTP" in text, text


def test_the_scrub_leaves_the_caller_s_own_exception_alone() -> None:
    """An exception being handled when the request failed is in the chain too: only the HTTP libraries' are cleaned."""
    import socket

    import lsclient

    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        own = httpx.Client(headers={"X-Team-Secret": "s3cr3t\x00"})
        mine = ValueError("CSV row 12: missing header 'email'")
        try:
            raise mine
        except ValueError:
            with pytest.raises(lsclient.LsClientError):
                with lsclient.make_client(f"http://127.0.0.1:{port}", "0" * 40, httpx_client=own, max_retries=0) as c:
                    c.projects.retrieve(1)
    assert str(mine) == "CSV row 12: missing header 'email'"
