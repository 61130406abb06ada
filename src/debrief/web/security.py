"""Who may read and write: an access token, a session cookie, a CSRF check, the Host header.

* Every page needs the token. ``debrief serve`` prints the address with ``?token=...``; opening it
  sets an HttpOnly, SameSite=Strict cookie (a value derived from the token, not the token) and
  redirects to the same address without the token, so it stays out of history and Referer
  headers. Scripts may send ``Authorization: Bearer <token>`` instead.
* On 127.0.0.1 (the default) the token is random for each run unless the environment variable
  names one; on any other address it must come from the environment variable (at least
  :data:`MIN_TOKEN_LENGTH` characters) or the server refuses to start (:func:`resolve_token`).
* Bound to a loopback address, requests must name that address in their Host header: a web page
  on another site cannot reach the server through DNS rebinding.
* A write (POST) also needs the CSRF value of the page's form and, when the browser sends one, an
  Origin of this server.
* Every response carries a Content-Security-Policy that allows no script at all (the pages have
  none), no framing, and no referrer to another site.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from starlette.datastructures import URL
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = [
    "DEFAULT_TOKEN_ENV",
    "MIN_TOKEN_LENGTH",
    "Access",
    "SecurityMiddleware",
    "TokenError",
    "is_loopback",
    "resolve_token",
]

DEFAULT_TOKEN_ENV = "DEBRIEF_SERVE_TOKEN"
MIN_TOKEN_LENGTH = 16
HEADERS = {
    "content-security-policy": (
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",  # "no-referrer" makes a form post send Origin: null
    "cache-control": "no-store",
}


class TokenError(ValueError):
    """The server cannot start safely: the message says what to set."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def resolve_token(host: str, env_name: str, environ: dict[str, str], explicit: bool) -> str:
    """The access token: from ``environ[env_name]``; on a loopback host, when the variable is
    unset and was not asked for by name (``explicit``), a random one for this run."""
    value = environ.get(env_name, "")
    if value:
        if len(value) < MIN_TOKEN_LENGTH:
            raise TokenError(
                f"the access token in ${env_name} is {len(value)} characters long; "
                f"use at least {MIN_TOKEN_LENGTH}"
            )
        return value
    if is_loopback(host) and not explicit:
        return secrets.token_urlsafe(24)
    where = "on " + host if not is_loopback(host) else "with --token-env"
    raise TokenError(
        f"refusing to serve {where} without an access token: set ${env_name} to a secret of at "
        f"least {MIN_TOKEN_LENGTH} characters"
    )


def _derive(token: str, purpose: str) -> str:
    return hmac.new(token.encode(), purpose.encode(), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Access:
    """The token's derived values and the rules of one server."""

    token: str
    cookie_name: str
    allowed_hosts: frozenset[str] | None  # None: any Host header (a non-loopback bind)

    @property
    def session(self) -> str:
        return _derive(self.token, "debrief-session")

    @property
    def csrf(self) -> str:
        return _derive(self.token, "debrief-csrf")

    def token_ok(self, value: str | None) -> bool:
        return bool(value) and hmac.compare_digest(str(value).encode(), self.token.encode())

    def authorised(self, request: Request) -> bool:
        cookie = request.cookies.get(self.cookie_name)
        if cookie and hmac.compare_digest(cookie.encode(), self.session.encode()):
            return True
        auth = request.headers.get("authorization", "")
        return auth.lower().startswith("bearer ") and self.token_ok(auth[7:].strip())

    def csrf_ok(self, request: Request, submitted: str | None) -> bool:
        """The form's CSRF value matches, and the browser's Origin (if sent) is this server."""
        if not submitted or not hmac.compare_digest(submitted.encode(), self.csrf.encode()):
            return False
        origin = request.headers.get("origin")  # "null" (an opaque origin) never matches
        if origin is not None and urlsplit(origin).netloc != request.headers.get("host", ""):
            return False
        site = request.headers.get("sec-fetch-site")
        return site in (None, "same-origin", "none")

    @staticmethod
    def for_server(token: str, host: str, port: int) -> Access:
        allowed = None
        if is_loopback(host):
            names = {"127.0.0.1", "localhost", "[::1]"}
            if host not in ("127.0.0.1", "localhost", "::1"):
                names.add(f"[{host}]" if ":" in host else host)
            allowed = frozenset(f"{n}:{port}" for n in names) | frozenset(
                names if port == 80 else ()
            )
        return Access(token=token, cookie_name=f"debrief_{port}", allowed_hosts=allowed)


class SecurityMiddleware:
    """Host check, token check (and the token-in-URL hand-over to a cookie), security headers.

    ``open_paths`` are reachable without the token (a signed read-receipt link checks its own
    signature)."""

    def __init__(self, app: ASGIApp, access: Access, open_paths: tuple[str, ...] = ()) -> None:
        self.app = app
        self.access = access
        self.open_paths = open_paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.decode().lower() for k, _ in headers}
                for k, v in HEADERS.items():
                    if k not in present:
                        headers.append((k.encode(), v.encode()))
                message = {**message, "headers": headers}
            await send(message)

        host = request.headers.get("host", "")
        if self.access.allowed_hosts is not None and host not in self.access.allowed_hosts:
            await _plain(400, "Unexpected Host header.")(scope, receive, send_with_headers)
            return
        path = scope.get("path", "")
        if any(path.startswith(p) for p in self.open_paths):
            await self.app(scope, receive, send_with_headers)
            return
        given = request.query_params.get("token")
        if given is not None:
            if not self.access.token_ok(given):
                await _denied()(scope, receive, send_with_headers)
                return
            rest = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
            target = URL(path=path, query=urlencode(rest))
            response = RedirectResponse(str(target), status_code=303)
            response.set_cookie(
                self.access.cookie_name,
                self.access.session,
                httponly=True,
                samesite="strict",
                path="/",
            )
            await response(scope, receive, send_with_headers)
            return
        if not self.access.authorised(request):
            await _denied()(scope, receive, send_with_headers)
            return
        await self.app(scope, receive, send_with_headers)


def _plain(status: int, text: str) -> Response:
    return Response(text + "\n", status_code=status, media_type="text/plain")


def _denied() -> Response:
    return Response(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Debrief: '
        "access token needed</title></head><body><main><h1>Access token needed</h1><p>Open the "
        "address that <code>debrief serve</code> printed when it started: it carries the access "
        "token. Scripts can send <code>Authorization: Bearer &lt;token&gt;</code>.</p></main>"
        "</body></html>\n",
        status_code=401,
        media_type="text/html",
    )
