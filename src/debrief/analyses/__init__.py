"""One module per stage. Importing this package registers every stage and data-quality check."""

from __future__ import annotations

import importlib

# Each module registers itself with debrief.engine.STAGES / CHECKS on import. A module that is
# not written yet is simply absent.
_MODULES = (
    "debrief.analyses.data_quality",
    "debrief.analyses.campaign_performance",
    "debrief.analyses.funnel_health",
    "debrief.analyses.attribution",
    "debrief.analyses.content_performance",
    "debrief.analyses.lead_quality",
    "debrief.analyses.budget",
    "debrief.synthesis.executive",
)

for _name in _MODULES:
    try:
        importlib.import_module(_name)
    except ModuleNotFoundError as exc:
        if exc.name != _name:
            raise
