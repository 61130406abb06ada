"""``debrief serve``: the team's reviews, post-mortems and commitments in a browser.

A small Starlette app over the workspace (opened read-only) and the knowledge base: the home page
(reviews and post-mortems, newest first, and the campaigns due a post-mortem), each stored report
rendered by the report renderer itself (:func:`debrief.render.html.report_body`) with links to the
campaigns its findings name and earlier reviews of the same metric, the knowledge base (search,
changes with their status, playbook, benchmark history) and a month-by-month comparison. Pages are
server-rendered Jinja templates with no script; see :mod:`debrief.web.security` for who may read
and write. :func:`create_app` builds the app; ``debrief serve`` runs it with uvicorn.
"""

from __future__ import annotations

from debrief.web.app import ServeConfig, create_app
from debrief.web.security import DEFAULT_TOKEN_ENV, Access, TokenError, resolve_token

__all__ = [
    "DEFAULT_TOKEN_ENV",
    "Access",
    "ServeConfig",
    "TokenError",
    "create_app",
    "resolve_token",
]
