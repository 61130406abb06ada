"""What to run: the request every command hands to :func:`debrief.engine.run`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from debrief.config import Settings


@dataclass(frozen=True)
class Request:
    """What to run. ``workspace`` is a DuckDB path or an Ibis backend URL.

    ``monthly_review`` needs ``month``; ``post_mortem`` ``campaign_id``; ``attribution`` (stage 3
    on its own, ``debrief attribution``) runs ``models`` over ``month`` (default: the latest month
    with a conversion)."""

    kind: Literal["monthly_review", "post_mortem", "attribution"]
    workspace: str
    month: str | None = None
    campaign_id: str | None = None
    stages: tuple[str, ...] | None = None  # None: every declared stage
    settings: Settings = field(default_factory=Settings)
    as_of: dt.date | None = None
    progress: Callable[[str], None] | None = None
    #: Knowledge base URL (default: the SQLite file beside the workspace, when it exists).
    kb: str | None = None
    #: Attribution: the models to run, by name (None: every model).
    models: tuple[str, ...] | None = None
