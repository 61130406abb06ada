"""The web app: routes, templates, and the one write (a change's status).

Pages are rendered on the server from Jinja templates (autoescaped: every value from the data is
escaped) and carry no script. The workspace is opened read-only for each page that needs it; the
knowledge base is written only through :meth:`KnowledgeBase.set_change_status`, as
``debrief kb change`` does.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import threading
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from debrief.config import Settings
from debrief.cycle.receipts import RECEIPT_PATH, verify_receipt
from debrief.kb import CHANGE_STATUSES, deliveries_of, record_read, set_action_status
from debrief.render.html import REPORT_CSS
from debrief.web import pages
from debrief.web.campaign import campaign_page
from debrief.web.compare import compare_page
from debrief.web.knowledge import kb_page
from debrief.web.library import Library
from debrief.web.security import Access, SecurityMiddleware
from debrief.web.workspace import WorkspaceReader

__all__ = ["ServeConfig", "create_app"]

log = logging.getLogger(__name__)

#: The largest form body accepted (a status change is well under 1 kB).
MAX_FORM_BYTES = 16_384
DOWNLOADS = {"report.json": "json", "report.md": "md", "report.html": "html"}


@dataclass(frozen=True)
class ServeConfig:
    workspace: str
    kb_url: str
    access: Access
    settings: Settings = field(default_factory=Settings)
    today: Callable[[], dt.date] = dt.date.today
    #: Render every stored report once in the background at start (fills the chart cache).
    warm: bool = True
    #: The secret of the signed read-receipt links (``$DEBRIEF_RECEIPT_SECRET``); None: the
    #: server records no read receipts.
    receipt_secret: str | None = None


def create_app(config: ServeConfig) -> Starlette:
    lib = Library(config.kb_url)
    access = config.access
    currency = config.settings.currency
    env = Environment(
        loader=PackageLoader("debrief.web", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        report_css=Markup(REPORT_CSS),
        statuses=CHANGE_STATUSES,
        workspace=config.workspace,
    )

    ws = WorkspaceReader(config.workspace)

    def page(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        html = env.get_template(name).render(
            request=request,
            csrf=access.csrf,
            path=request.url.path,
            signed_in=access.authorised(request),  # a receipt link's reader sees no workspace
            **ctx,
        )
        return HTMLResponse(html, status_code=status)

    def home(request: Request) -> Response:
        ctx = pages.home_page(
            lib, ws, config.today(), config.settings.postmortem.window_days, currency
        )
        return page(request, "home.html", **ctx)

    def report(request: Request) -> Response:
        rid = int(request.path_params["report_id"])
        ctx = pages.report_page(lib, rid, currency)
        if ctx is None:
            raise HTTPException(404, f"There is no report {rid} in the knowledge base.")
        ctx["body"] = Markup(ctx["body"])  # escaped by the report renderer
        return page(request, "report.html", **ctx)

    def download(request: Request) -> Response:
        rid = int(request.path_params["report_id"])
        fmt = DOWNLOADS.get(request.path_params["name"])
        found = lib.report(rid) if fmt else None
        if found is None:
            raise HTTPException(404, "No such report file.")
        stored, cur = found
        cur = cur or currency
        if fmt == "json":
            return JSONResponse(stored.to_json_dict())
        from debrief.render import to_html, to_markdown

        if fmt == "md":
            return Response(to_markdown(stored, cur), media_type="text/markdown; charset=utf-8")
        return HTMLResponse(to_html(stored, cur))

    def knowledge(request: Request) -> Response:
        q = request.query_params.get("q", "")[:200]
        return page(request, "kb.html", **kb_page(lib, ws, q, currency))

    def compare(request: Request) -> Response:
        metric = request.query_params.get("metric") or None
        campaign = request.query_params.get("campaign") or None
        return page(request, "compare.html", **compare_page(lib, metric, campaign, currency))

    def campaign(request: Request) -> Response:
        cid = request.path_params["campaign_id"]
        ctx = campaign_page(lib, ws, cid, currency)
        if not ctx["known"]:
            raise HTTPException(404, "Nothing is known about this campaign.")
        return page(request, "campaign.html", **ctx)

    async def set_status(
        request: Request, setter: Callable[[Any, int, str], None], what: str, anchor: str
    ) -> Response:
        """A status form: the token (checked by the middleware), the CSRF value and this Origin,
        then the knowledge base's own function, as the CLI calls it."""
        item_id = int(request.path_params["item_id"])
        kind = request.headers.get("content-type", "").split(";")[0].strip()
        if kind != "application/x-www-form-urlencoded":
            raise HTTPException(415, "Send the form as application/x-www-form-urlencoded.")
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_FORM_BYTES:
                raise HTTPException(413, "The form is too large.")
        form = {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace")).items()}
        if not access.csrf_ok(request, form.get("csrf")):
            raise HTTPException(
                403, "This form is out of date or came from another site: reload the page."
            )
        kb = lib.kb()
        if kb is None:
            raise HTTPException(404, "There is no knowledge base yet.")
        status = form.get("status", "")
        try:
            await run_in_threadpool(setter, kb, item_id, status)
        except KeyError:
            raise HTTPException(404, f"There is no {what} {item_id}.") from None
        except ValueError as exc:
            raise HTTPException(400, str(exc)) from None
        log.info("%s %s set to %s from the web", what, item_id, status)
        return RedirectResponse(_local(form.get("next")) or f"/kb#{anchor}-{item_id}", 303)

    async def change_status(request: Request) -> Response:
        return await set_status(
            request, lambda kb, i, s: kb.set_change_status(i, s), "change", "change"
        )

    async def action_status(request: Request) -> Response:
        return await set_status(
            request, lambda kb, i, s: set_action_status(kb, i, s), "monthly action", "action"
        )

    def read_receipt(request: Request) -> Response:
        """A signed link from a pre-read email: record the read, then show the review to whoever
        may read it here, and a thank-you (no data) to anyone else."""
        token = request.path_params["token"]
        delivery_id = (
            verify_receipt(token, config.receipt_secret) if config.receipt_secret else None
        )
        kb = lib.kb() if delivery_id is not None else None
        if delivery_id is None or kb is None:
            raise HTTPException(404, "This link is not valid on this server.")
        try:
            record_read(kb, delivery_id, via="link")
        except KeyError:
            raise HTTPException(404, "This link is not valid on this server.") from None
        [delivery] = [d for d in deliveries_of(kb) if d.id == delivery_id]
        rid = delivery.report_id
        if access.authorised(request) and rid is not None and lib.index(rid) is not None:
            return RedirectResponse(f"/reports/{rid}", 303)
        return page(request, "read.html", delivery=delivery)

    async def http_error(request: Request, exc: Exception) -> Response:
        code = exc.status_code if isinstance(exc, HTTPException) else 500
        detail = exc.detail if isinstance(exc, HTTPException) else "Not found."
        if code == 404 and not isinstance(exc, HTTPException):
            detail = "Not found."
        return page(request, "error.html", status=code, code=code, detail=detail)

    async def server_error(request: Request, exc: Exception) -> Response:
        log.exception("page %s failed", request.url.path, exc_info=exc)
        return page(
            request,
            "error.html",
            status=500,
            code=500,
            detail="This page could not be shown; the server log has the details.",
        )

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if config.warm:
            threading.Thread(target=_warm, args=(lib, currency), daemon=True).start()
        yield
        lib.close()

    routes = [
        Route("/", home),
        Route("/reports/{report_id:int}", report),
        Route("/reports/{report_id:int}/{name}", download),
        Route("/kb", knowledge),
        Route("/compare", compare),
        Route("/campaigns/{campaign_id:path}", campaign),  # an id may hold "/"
        Route("/changes/{item_id:int}/status", change_status, methods=["POST"]),
        Route("/actions/{item_id:int}/status", action_status, methods=["POST"]),
        # the signature is the authorisation: no access token (see debrief.cycle.receipts)
        Route(RECEIPT_PATH + "{token}", read_receipt),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={HTTPException: http_error, 404: http_error, 500: server_error},
        lifespan=lifespan,
    )
    app.add_middleware(SecurityMiddleware, access=access, open_paths=(RECEIPT_PATH,))
    app.state.library = lib
    return app


def _local(target: str | None) -> str | None:
    """``target`` if it is a path on this server (no scheme, no host), else None."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return None
    parts = urlsplit(target)
    return target if not parts.scheme and not parts.netloc else None


def _warm(lib: Library, currency: str) -> None:
    """Index and render every stored report once, so the first reader waits for nothing."""
    try:
        for idx in lib.indexes():
            pages.report_page(lib, idx.id, currency)
    except Exception:  # a warm-up failure must not stop the server; the page will say why
        log.exception("warming the report cache failed")
