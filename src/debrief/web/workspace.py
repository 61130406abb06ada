"""The pages' reads of the workspace: opened read-only for each read, results remembered until
the workspace changes.

What the pages read from the workspace is small (the campaigns awaiting a post-mortem, one
campaign's plan, the benchmarks table), but opening a DuckDB file and running the query costs
~60 ms, a third of a page's budget. A DuckDB workspace is a file: a result is kept while the file
and its write-ahead log keep their size and modification time. A workspace URL (a warehouse)
has no such signal: its results are kept for :data:`URL_TTL_SECONDS`.

The connection is never kept open between reads, so ``debrief ingest`` can write the workspace
while the server runs; the next page then reads the new data.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import TypeVar

from debrief.workspace import Workspace

__all__ = ["URL_TTL_SECONDS", "WorkspaceReader"]

T = TypeVar("T")
URL_TTL_SECONDS = 60
_SIZE = 256


class WorkspaceReader:
    def __init__(self, target: str) -> None:
        self.target = target
        self._is_file = "://" not in target and Path(target).is_file()
        self._cache: OrderedDict[Hashable, object] = OrderedDict()
        self._lock = threading.Lock()

    def open(self) -> Workspace:
        """The workspace, read-only when it is a file."""
        return Workspace.open(self.target, read_only=self._is_file)

    def _version(self) -> Hashable:
        if not self._is_file:
            return int(time.monotonic() // URL_TTL_SECONDS)
        stats = []
        for p in (Path(self.target), Path(self.target + ".wal")):
            try:
                st = p.stat()
                stats.append((st.st_mtime_ns, st.st_size))
            except FileNotFoundError:
                stats.append(None)
        return tuple(stats)

    def read(self, key: Hashable, fn: Callable[[Workspace], T]) -> T:
        """``fn(workspace)``, or its remembered result for ``key`` while the workspace is
        unchanged. An error (a locked or missing workspace) is raised, never remembered."""
        k = (key, self._version())
        with self._lock:
            if k in self._cache:
                self._cache.move_to_end(k)
                return self._cache[k]  # type: ignore[return-value]
        with self.open() as ws:
            value = fn(ws)
        with self._lock:
            self._cache[k] = value
            while len(self._cache) > _SIZE:
                self._cache.popitem(last=False)
        return value
