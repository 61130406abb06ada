"""The analyses: one package per stage of the monthly review, and the data-quality checks.

Each package declares its stage in its ``__init__`` (:class:`debrief.registry.Stage`: name, order,
title, settings section, tables read, column units). :func:`register_all` imports every package
found here, so adding a stage touches its own package (and its docs page) only. Importing this
package alone loads nothing else: a command that uses one analysis imports that one.
"""

from __future__ import annotations

import importlib
import pkgutil

__all__ = ["register_all", "stage_packages"]


def stage_packages() -> list[str]:
    """The module names of the packages found here (each declares a stage or checks)."""
    return sorted(f"{__name__}.{m.name}" for m in pkgutil.iter_modules(__path__) if m.ispkg)


def register_all() -> None:
    """Import every stage package, which declares its stage or checks (idempotent: Python imports
    each once)."""
    for name in stage_packages():
        importlib.import_module(name)
