"""CLI: ``debrief serve`` — the web app over a workspace and its knowledge base."""

from __future__ import annotations

import os
import socket
from pathlib import Path
from typing import Annotated

import typer

from debrief.cli.common import DEFAULT_WS, KbOpt, WorkspaceOpt, cli_errors
from debrief.errors import UserError

__all__ = ["bind", "serve_command"]


def bind(host: str, port: int) -> socket.socket:
    """The listening socket, bound before anything is printed: a port in use is a clear error,
    and ``--port 0`` picks a free one that the printed address names."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit this: without it a keep-alive response written in two parts
    # (headers, body) waits ~40 ms for the browser's delayed ACK.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise UserError(
            f"cannot listen on {host}:{port}: {exc.strerror}",
            fix="pass another --port (0 picks a free one), or stop what holds this one",
        ) from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


@cli_errors
def serve_command(
    workspace: WorkspaceOpt = DEFAULT_WS,
    kb: KbOpt = None,
    host: Annotated[
        str, typer.Option(help="Address to listen on. Any other than 127.0.0.1 needs a token.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port (0: any free port).")] = 8765,
    token_env: Annotated[
        str | None,
        typer.Option(
            help="Environment variable holding the access token (default DEBRIEF_SERVE_TOKEN; "
            "required off 127.0.0.1, random per run on it when unset)."
        ),
    ] = None,
    config: Annotated[Path | None, typer.Option(help="Settings YAML (currency...).")] = None,
) -> None:
    """Browse the team's reviews, post-mortems and changes in a web browser."""
    import uvicorn

    from debrief.engine import load_settings
    from debrief.kb import default_kb_url
    from debrief.web import DEFAULT_TOKEN_ENV, Access, ServeConfig, TokenError, create_app
    from debrief.web.security import MIN_TOKEN_LENGTH, is_loopback, resolve_token

    settings = load_settings(config)
    if "://" not in workspace and not Path(workspace).is_file():
        raise UserError(
            "no workspace to serve",
            where=workspace,
            fix=f"load data with `debrief ingest FILES -w {workspace}` (or run `make demo`), "
            "or pass -w PATH",
        )
    name = token_env or DEFAULT_TOKEN_ENV
    try:
        token = resolve_token(host, name, dict(os.environ), token_env is not None)
    except TokenError as exc:
        raise UserError(
            str(exc),
            fix=f"export {name}=$(python3 -c 'import secrets; print(secrets.token_urlsafe(24))')"
            " and start again, or serve on 127.0.0.1",
        ) from None
    # The same variable `debrief tick` signs its links with (settings delivery.receipt_secret_env)
    secret_env = settings.delivery.receipt_secret_env
    secret = os.environ.get(secret_env) or None
    if secret is not None and len(secret) < MIN_TOKEN_LENGTH:
        raise UserError(
            f"the read-receipt secret in ${secret_env} is {len(secret)} characters long; "
            f"use at least {MIN_TOKEN_LENGTH}",
            fix=f"set ${secret_env} to the secret `debrief tick` signs its links with",
        )
    sock = bind(host, port)
    port = sock.getsockname()[1]
    url = kb or default_kb_url(workspace)
    app = create_app(
        ServeConfig(
            workspace=workspace,
            kb_url=url,
            access=Access.for_server(token, host, port),
            settings=settings,
            receipt_secret=secret,
        )
    )
    shown = socket.gethostname() if host in ("0.0.0.0", "::") else host
    shown = f"[{shown}]" if ":" in shown else shown
    typer.echo(f"Debrief is serving {workspace} (knowledge base {url}).")
    typer.echo(f"Open http://{shown}:{port}/?token={token}")
    if not is_loopback(host):
        typer.echo(f"Listening on {host}: anyone who can reach it needs the token.")
    if secret is None:
        typer.echo(f"Read receipts are off: set ${secret_env} to record them.", err=True)
    typer.echo("Press Ctrl+C to stop.", err=True)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    server.run(sockets=[sock])
