"""The executive one-pager: what leadership reads first, in every format (HTML, Markdown, PDF).

Built from the finished report's summary, never from the data: the KPI tiles (value, target status
in words, change against the prior month with a good/bad cue from the metric's direction, the
six-month trend where the executive summary carries one), the key insights as sentences, the top
five actions with owner, due date, measure, expected impact and resources required (team,
people-hours and budget, :func:`resources_words`; where team and hours are default assumptions a
note under the plan says so), and next month's focus.

Expected impact reads as what it is: a **forecast** with its interval where a model gave one (the
budget stage's reallocation forecast, cited by the action), else the **gap** to the reference the
action closes ("$189,916.32 gap" rather than a forecast the data does not support).

Renderers draw :class:`OnePager`; they compute nothing. Every number is written by
:func:`debrief.numbers.fmt`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from debrief.metrics.catalogue import favourable_change, in_sentence, label
from debrief.numbers import fmt
from debrief.postmortem.funnel import problem_meaning
from debrief.render.format import metric_unit
from debrief.results import Action, Finding, Report

__all__ = [
    "ActionLine",
    "OnePager",
    "Tile",
    "action_table",
    "impact_words",
    "one_pager",
    "resources_words",
    "spark_points",
]

#: KPI status -> (words, colour class). Words state the fact; the colour is the cue.
_STATUS = {
    "met": ("target met", "good"),
    "within_tolerance": ("within tolerance of target", "near"),
    "not_met": ("target not met", "bad"),
    "in_progress": ("month in progress", "near"),
    "no_target": ("no target set", "none"),
    "no_data": ("no data", "none"),
}
#: Units a KPI value can be written in; anything else reads as a number.
_TILE_UNITS = frozenset({"money", "rate", "ratio", "count"})
#: Actions on the one-pager.
TOP_ACTIONS = 5


@dataclass(frozen=True)
class Tile:
    metric: str
    label: str
    value: str
    #: ``good`` / ``near`` / ``bad`` / ``none``: the target status as a colour class.
    status: str
    status_text: str
    #: "−14.7% vs prior month" or "" when unknown.
    change: str = ""
    #: ``good`` / ``bad`` / ``flat`` / ``none``: the change read with the metric's direction.
    cue: str = "none"
    #: The last six months, oldest first (None where unknown), for the sparkline.
    trend: tuple[float | None, ...] = ()
    #: "+35.3% vs prior quarter" (the last three months against the three before) or "".
    quarter: str = ""
    quarter_cue: str = "none"


@dataclass(frozen=True)
class ActionLine:
    title: str
    owner: str
    due: str
    measure: str
    impact: str
    #: "Demand gen, 4 h, no new budget" or "" when the action carries no resources.
    resources: str = ""


@dataclass(frozen=True)
class OnePager:
    tiles: tuple[Tile, ...]
    insights: tuple[str, ...]
    actions: tuple[ActionLine, ...]
    focus: tuple[str, ...]
    follow_up: tuple[str, ...] = ()
    #: A post-mortem's diagnosis in words; None for a monthly review.
    headline: str | None = None
    #: Said under the action plan: how a gap reads, where team and hours come from ("" if none).
    resources_note: str = ""


def _unit(metric: str, row: dict[str, Any]) -> str:
    unit = row.get("unit")
    return unit if unit in _TILE_UNITS else metric_unit(metric)


def _value(metric: str, value: Any, unit: str, currency: str) -> str:
    if unit == "count" and isinstance(value, float) and value.is_integer():
        value = int(value)
    return fmt(value, unit, style="cell", currency=currency, symbol=True)


def _cue(metric: str, change: float | None, direction: str | None) -> str:
    """How a change reads: ``flat``, ``good`` or ``bad`` by the metric's direction
    (:func:`~debrief.metrics.catalogue.favourable_change`), ``none`` when it is not read so."""
    if change is None or direction not in ("min", "max"):
        return "none"
    if abs(change) < 0.005:
        return "flat"
    good = favourable_change(metric, change, direction)
    return "none" if good is None else ("good" if good else "bad")


def _trend(report: Report) -> dict[str, tuple[float | None, ...]]:
    stage = report.stages.get("executive_summary")
    rows = stage.tables.get("trend", []) if stage is not None else []
    metrics = [k for k in (rows[0] if rows else {}) if k not in ("month", "coverage")]
    return {
        m: tuple(r.get(m) for r in rows)
        for m in metrics
        if any(isinstance(r.get(m), int | float) for r in rows)
    }


def _criteria(report: Report) -> dict[str, dict[str, Any]]:
    """A post-mortem's campaign-level success criteria by metric: its KPIs' targets."""
    stage = report.stages.get("success_criteria")
    rows = stage.tables.get("criteria", []) if stage is not None else []
    out: dict[str, dict[str, Any]] = {}
    for r in rows:
        if r.get("channel") is None and r.get("target") is not None and r["metric"] not in out:
            met = r.get("met")
            status = "no_data" if met is None else "met" if met else "not_met"
            out[r["metric"]] = {
                "target": r["target"],
                "direction": r.get("direction"),
                "status": status,
            }
    return out


def _quarters(report: Report) -> dict[str, float | None]:
    """Each KPI's change over the last three months against the three before (the follow_up
    stage's ``quarter`` table)."""
    stage = report.stages.get("follow_up")
    rows = stage.tables.get("quarter", []) if stage is not None else []
    return {r["metric"]: r.get("change") for r in rows if "metric" in r}


def _change_text(change: Any, against: str) -> str:
    if not isinstance(change, int | float) or isinstance(change, bool):
        return ""
    return f"{fmt(change, 'rate', style='cell', signed=True, minus='−')} vs {against}"


def _tiles(report: Report, currency: str) -> tuple[Tile, ...]:
    trends = _trend(report)
    quarters = _quarters(report)
    criteria = _criteria(report) if report.kind == "post_mortem" else {}
    tiles = []
    for metric, v in report.summary.kpis.items():
        row = (
            v
            if isinstance(v, dict)
            else {"actual": v, "status": "no_target", **criteria.get(metric, {})}
        )
        actual = row.get("actual")
        if actual is not None and (not isinstance(actual, int | float) or isinstance(actual, bool)):
            continue  # a word (a post-mortem's diagnosis) is the headline, not a tile
        unit = _unit(metric, row)
        words, colour = _STATUS.get(str(row.get("status")), ("", "none"))
        target = row.get("target")
        if target is not None and words:
            bound = "at most" if row.get("direction") == "max" else "at least"
            # a count's target reads whole, as the sentences write it (37, not 37.1)
            style = "sentence" if unit == "count" else "cell"
            words += f" ({bound} {fmt(target, unit, style=style, currency=currency, symbol=True)})"
        change = row.get("change")
        tiles.append(
            Tile(
                metric=metric,
                label=str(row.get("label") or label(metric)),
                value=_value(metric, actual, unit, currency),
                status=colour,
                status_text=words,
                change=_change_text(change, "prior month"),
                cue=_cue(metric, change, row.get("direction")),
                trend=trends.get(metric, ()),
                quarter=_change_text(quarters.get(metric), "prior quarter"),
                quarter_cue=_cue(metric, quarters.get(metric), row.get("direction")),
            )
        )
    return tuple(tiles)


#: Findings whose money at stake is spend, and what that spend is.
_SPEND_AT_STAKE = {"tracking_gap": "untracked", "no_conversions": "with no conversions recorded"}


def impact_words(action: Action, findings: dict[str, Finding], currency: str = "USD") -> str:
    """An action's expected impact in words: a forecast with its interval where a finding the
    action cites carries one, else the gap it closes, in money or in the metric's unit."""
    for fid in action.finding_ids:
        f = findings.get(fid)
        ev = f.evidence if f is not None else {}
        if f is not None and f.actual is not None and "low" in ev and "high" in ev:
            money = "money"
            return (
                f"forecast {fmt(f.actual, money, style='cell', signed=True, currency=currency)} "
                f"{in_sentence('revenue') if 'revenue' in str(f.metric) else in_sentence(str(f.metric))}"
                f" (90% interval {fmt(ev['low'], money, style='cell', currency=currency)} to "
                f"{fmt(ev['high'], money, style='cell', currency=currency)})"
            )
    imp = action.expected_impact
    value, unit, metric = imp.get("value"), str(imp.get("unit") or ""), str(imp.get("metric") or "")
    if not isinstance(value, int | float):
        return "n/a"
    lead = findings.get(action.finding_ids[0]) if action.finding_ids else None
    # spend that the fix makes measurable, or that bought nothing: said as such, not as a gap
    what = _SPEND_AT_STAKE.get(lead.kind) if lead is not None and metric == "spend" else None
    if what is not None:
        return f"{fmt(abs(value), 'money', style='cell', currency=currency)} of spend {what}"
    if unit.upper() == currency.upper() or unit in ("money", "currency"):
        what = "" if metric == "money_at_stake" else f" {in_sentence(metric)}"
        return f"{fmt(abs(value), 'money', style='cell', currency=currency)}{what} gap"
    if metric == "findings_addressed":  # a data correction closes findings, not a gap
        n = int(value)
        return f"resolves {fmt(n, 'count', style='cell')} finding{'s' if n != 1 else ''}"
    if unit in ("rate", "fraction"):
        return f"{fmt(abs(value), 'points', places=1)} pts {in_sentence(metric)} gap"
    return f"{fmt(abs(value), metric_unit(metric), style='cell')} {in_sentence(metric)} gap"


#: Said under the action plan when a team or people-hours figure is a default assumption.
ASSUMED = (
    "Team and people-hours per action kind are planning assumptions (defaults; set your own under "
    "summary.resources in the settings file), not measurements."
)
OWN = "Team and people-hours per action kind come from summary.resources in the settings file."
#: Said under the action plan when an expected impact is a gap, not a forecast.
GAP = (
    "An expected impact is a forecast only where it says so; a gap is the shortfall the action "
    "addresses, not a prediction of what it will recover."
)


def resources_words(res: dict[str, Any], currency: str = "USD") -> str:
    """An action's resources in words: "Demand gen, 4 h, no new budget ($23,225.11 moved
    between channels)"; "" when unknown."""
    if not res:
        return ""
    team = str(res.get("team") or "").replace("_", " ")
    parts = [team[:1].upper() + team[1:]] if team else []
    hours = res.get("hours")
    if isinstance(hours, int | float):
        parts.append(f"{fmt(hours, 'number', style='cell', sig=3)} h")
    budget, moved = res.get("budget"), res.get("moved")
    if isinstance(budget, int | float) and budget > 0:
        money = f"{fmt(budget, 'money', style='cell', currency=currency)} new budget"
    else:
        money = "no new budget"
    if isinstance(moved, int | float) and moved > 0:
        money += f" ({fmt(moved, 'money', style='cell', currency=currency)} moved between channels)"
    parts.append(money)
    return ", ".join(parts)


def _plan_note(actions: tuple[ActionLine, ...], originals: tuple[Action, ...]) -> str:
    """The notes under the action plan: how to read a gap, where team and hours come from."""
    notes = [GAP] if any(a.impact.endswith("gap") for a in actions) else []
    bases = {a.resources.get("basis") for a in originals if a.resources}
    if "default assumption" in bases:
        notes.append(ASSUMED)
    elif bases:
        notes.append(OWN)
    return " ".join(notes)


def _headline(report: Report) -> str | None:
    """A post-mortem's diagnosis in words: the layer and what it points to."""
    stage = report.stages.get("funnel_review")
    rows = stage.tables.get("diagnosis") if stage is not None else None
    if report.kind != "post_mortem" or not rows:
        return None
    layer, problem = rows[0].get("layer"), rows[0].get("problem")
    if not layer:
        return f"Diagnosis: {problem_meaning(problem)}." if problem not in (None, "none") else None
    return f"Diagnosis: the {layer} layer, pointing to {problem_meaning(problem)}."


def one_pager(report: Report, currency: str | None = None) -> OnePager:
    """The one-pager of ``report`` (money in ``currency``, by default the report's)."""
    currency = currency or report.currency
    s = report.summary
    findings = {f.id: f for f in report.all_findings()}
    findings.update({f.id: f for f in s.insights})
    actions = tuple(
        ActionLine(
            title=a.title,
            owner=a.owner,
            due=a.due.isoformat(),
            measure=a.measure,
            impact=impact_words(a, findings, currency),
            resources=resources_words(a.resources, currency),
        )
        for a in s.actions[:TOP_ACTIONS]
    )
    return OnePager(
        tiles=_tiles(report, currency),
        insights=tuple(f.statement for f in s.insights[:5]),
        actions=actions,
        focus=tuple(s.focus),
        follow_up=tuple(s.follow_up),
        headline=_headline(report),
        resources_note=_plan_note(actions, s.actions[:TOP_ACTIONS]),
    )


def action_table(page: OnePager) -> list[dict[str, str]]:
    """The one-pager's actions as table rows, the same in every format (a resources column
    when any action carries resources)."""
    with_resources = any(a.resources for a in page.actions)
    return [
        {
            "action": a.title,
            "owner": a.owner,
            "due": a.due,
            "measure": a.measure,
            "expected impact": a.impact,
            **({"resources required": a.resources or "n/a"} if with_resources else {}),
        }
        for a in page.actions
    ]


def spark_points(values: tuple[float | None, ...], width: float, height: float) -> list[tuple]:
    """Polyline runs ``[(x, y), ...]`` of a sparkline in a ``width`` x ``height`` box (y down);
    an unknown month breaks the line (unknown is not zero)."""
    known = [v for v in values if v is not None]
    if len(values) < 2 or len(known) < 2:
        return []
    lo, hi = min(known), max(known)
    span = (hi - lo) or 1.0
    step = width / (len(values) - 1)
    runs: list[list[tuple[float, float]]] = [[]]
    for i, v in enumerate(values):
        if v is None:
            runs.append([])
            continue
        runs[-1].append((round(i * step, 1), round(height - (v - lo) / span * height, 1)))
    return [tuple(r) for r in runs if len(r) >= 2]
