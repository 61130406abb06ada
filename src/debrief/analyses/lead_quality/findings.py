"""Findings of the lead-quality stage: each one sentence, a measurement against a reference."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from debrief.metrics.catalogue import direction as target_direction
from debrief.numbers import fmt
from debrief.results import Finding

if TYPE_CHECKING:
    from debrief.analyses.lead_quality.settings import LeadQualitySettings
    from debrief.period import Period

STAGE = "lead_quality"
_LABEL = {
    "leads": "Leads",
    "mqls": "MQLs",
    "mql_rate": "Lead → MQL rate",
    "sqls": "SQLs from MQLs",
    "mql_to_sql": "MQL → SQL rate",
}
_RATES = {"mql_rate", "mql_to_sql"}


def _v(metric: str, v: float | None) -> str:
    if v is None:
        return "n/a"
    return fmt(v, "rate", places=1) if metric in _RATES else fmt(v, "number", places=0)


def _who(by: str | None, seg: str) -> str:
    return {"channel": f"channel {seg}", "campaign_id": f"campaign {seg}"}.get(
        by or "", "all leads"
    )


def volume_findings(
    rows: list[dict[str, Any]], by: str, s: LeadQualitySettings, period: Period, prior: Period
) -> list[Finding]:
    """MQL → SQL rates that moved against the prior month: q < alpha (BH over the segments),
    at least ``min_mqls`` MQLs in each month, and a relative change of at least
    ``min_rel_change``. Falls are warnings (critical from a 75% fall), rises info."""
    out = []
    for r in rows:
        mixed = r.get("mix_prior_mql_to_sql") is not None
        if mixed:  # like for like: the same campaigns, the prior month at this month's mix
            cur, pri, n1 = r["matched_mql_to_sql"], r["mix_prior_mql_to_sql"], r["matched_mqls"]
        else:
            cur, pri, n1 = r.get("mql_to_sql"), r.get("prior_mql_to_sql"), r["mqls"]
        q = r.get("q_value")
        if cur is None or pri is None or q is None or pri == 0:
            continue
        if min(n1, r["prior_mqls"]) < s.min_mqls or q >= s.alpha:
            continue
        rel = (cur - pri) / pri
        if abs(rel) < s.min_rel_change:
            continue
        seg = r[by]
        fall = rel < 0
        # Money at stake: the SQLs this month's MQLs would have reached at the reference rate,
        # valued at lead_value, which is the value of a lead reaching the outcome stage (so only
        # when that stage is SQL).
        short = max(pri - cur, 0.0) * n1
        impact = short * s.lead_value if s.outcome_stage == "sql" else 0.0
        # the test statistic (q_value) stays in the evidence, the table and the method notes: a
        # headline states the change and its reference, and a finding exists only when q < alpha
        ref = (
            f"{fmt(pri, 'rate', places=1)} for the same campaigns in {prior.label} at {period.label}'s campaign mix"
            if mixed
            else f"{fmt(pri, 'rate', places=1)} of {fmt(r['prior_mqls'], 'count')} in {prior.label}"
        )
        out.append(
            Finding(
                id=f"{STAGE}:mql_to_sql_{'fall' if fall else 'rise'}:{by}:{seg}",
                stage=STAGE,
                kind="below_prior_period" if fall else "above_prior_period",
                subject={by: seg, "stage": "mql_to_sql"},
                metric="mql_to_sql",
                actual=cur,
                reference=pri,
                reference_kind="prior_period",
                severity=("critical" if rel <= -0.75 else "warning") if fall else "info",
                statement=(
                    f"MQL → SQL for {_who(by, seg)} was {fmt(cur, 'rate', places=1)} of {fmt(n1, 'count')} MQLs in "
                    f"{period.label} against {ref}."
                ),
                evidence={
                    k: r.get(k)
                    for k in (
                        "mqls",
                        "sqls",
                        "prior_mqls",
                        "prior_sqls",
                        "matched_mqls",
                        "matched_mql_to_sql",
                        "mix_prior_mql_to_sql",
                        "p_value",
                        "q_value",
                    )
                }
                | {"sqls_short": short},
                impact=impact,
            )
        )
    return out


def target_findings(
    rows: list[dict[str, Any]], by: str | None, s: LeadQualitySettings, period: Period
) -> list[Finding]:
    """A metric on the wrong side of its monthly target by more than ``tolerance`` (relative)."""
    out = []
    for r in rows:
        seg = r.get(by) if by else "all"
        for m in _LABEL:
            target, actual = r.get(f"target_{m}"), r.get(m)
            if target is None or actual is None or target == 0:
                continue
            gap = (actual - target) / abs(target)
            short = gap < -s.tolerance if target_direction(m) == "min" else gap > s.tolerance
            if not short:
                continue
            out.append(
                Finding(
                    id=f"{STAGE}:below_target:{m}:{by or 'total'}:{seg}",
                    stage=STAGE,
                    kind="below_target",
                    subject={by: seg} if by else {},
                    metric=m,
                    actual=float(actual),
                    reference=float(target),
                    reference_kind="target",
                    severity="critical" if abs(gap) >= 0.5 else "warning",
                    statement=(
                        f"{_LABEL[m]} for {_who(by, str(seg))} were {_v(m, actual)} in "
                        f"{period.label} against a target of {_v(m, target)}."
                        if m not in _RATES
                        else f"{_LABEL[m]} for {_who(by, str(seg))} was {_v(m, actual)} in "
                        f"{period.label} against a target of {_v(m, target)}."
                    ),
                    evidence={"gap": gap},
                )
            )
    return out


def feedback_findings(
    rows: list[dict[str, Any]],
    overall: dict[str, Any],
    s: LeadQualitySettings,
    period: Period,
    prior: Period,
) -> list[Finding]:
    """A shift of the rejection reasons: chi-square p < alpha over the reasons, stated through
    the reasons whose share rose with q < alpha."""
    p = overall.get("chi2_p")
    if p is None or p >= s.alpha:
        return []
    risen = [
        r
        for r in rows
        if r["q_value"] is not None and r["q_value"] < s.alpha and (r["share_change"] or 0) > 0
    ]
    risen.sort(key=lambda r: -r["share_change"])
    parts = "; ".join(
        f"'{r['reason']}' {fmt(r['share'], 'rate', places=0)} of rejections against {fmt(r['prior_share'], 'rate', places=0)}"
        for r in risen[:3]
    )
    r0 = risen[0] if risen else None
    return [
        Finding(
            id=f"{STAGE}:feedback_shift",
            stage=STAGE,
            kind="feedback_shift",
            subject={"stage": "mql_to_sql"},
            metric="disqualified_reason_share",
            actual=r0["share"] if r0 else None,
            reference=r0["prior_share"] if r0 else None,
            reference_kind="prior_period",
            severity="warning",
            statement=(
                f"Sales rejection reasons for {period.label}'s MQLs differ from {prior.label}'s "
                f"(chi-square p={fmt(p, 'p', sig=2)}, {fmt(overall['disqualified'], 'count')} against "
                f"{fmt(overall['prior_disqualified'], 'count')} rejections)"
                + (f": {parts}." if r0 else ".")
            ),
            evidence={"overall": overall, "reasons": risen},
        )
    ]


def calibration_findings(
    rel: list[dict[str, Any]], perf: dict[str, Any], s: LeadQualitySettings
) -> list[Finding]:
    """One finding per flagged reliability band (recalibration needed there), plus the score's
    ranking power as information."""
    out = []
    if perf.get("auc") is not None:
        out.append(
            Finding(
                id=f"{STAGE}:score_ranking",
                stage=STAGE,
                kind="score_ranking",
                subject={"stage": s.outcome_stage},
                metric="auc",
                actual=perf["auc"],
                reference=0.5,
                reference_kind="benchmark",
                severity="info",
                statement=(
                    f"The lead score ranked leads that reached {s.outcome_stage.upper()} above "
                    f"those that did not with ROC-AUC {fmt(perf['auc'], 'number', places=3)} (95% CI "
                    f"{fmt(perf['auc_low'], 'number', places=3)}-{fmt(perf['auc_high'], 'number', places=3)}, {fmt(perf['n'], 'count')} leads; 0.5 is "
                    f"a random order)."
                ),
                evidence={k: perf.get(k) for k in ("n", "positives", "base_rate", "ap", "brier")},
            )
        )
    for i, r in enumerate(rel):
        if not r["flagged"]:
            continue
        stage = s.outcome_stage.upper()
        if r.get("step_observed") is not None and i > 0 and perf.get("scale") != "probability":
            b = rel[i - 1]
            detail = (
                f"against {fmt(b['observed_rate'], 'rate', places=1)} for leads scored {b['bin']} (n={fmt(b['n'], 'count')}): a "
                f"rise of {fmt(r['step_observed'], 'points', places=1)} points where the score's calibration "
                f"predicts {fmt(r['step_predicted'], 'points', places=1)} ({fmt(r['mean_score_prob'], 'rate', places=1)} against "
                f"{fmt(b['mean_score_prob'], 'rate', places=1)})"
            )
        else:
            detail = (
                f"against {fmt(r['mean_score_prob'], 'rate', places=1)} predicted by the score (interval "
                f"{fmt(r['pred_low'], 'rate', places=1)}-{fmt(r['pred_high'], 'rate', places=1)})"
            )
        out.append(
            Finding(
                id=f"{STAGE}:calibration_gap:{r['bin']}",
                stage=STAGE,
                kind="calibration_gap",
                subject={"segment": {"score_band": r["bin"]}, "stage": s.outcome_stage},
                metric=f"{s.outcome_stage}_rate",
                actual=r["observed_rate"],
                reference=r["mean_score_prob"],
                reference_kind="benchmark",
                severity="warning",
                statement=(
                    f"Leads scored {r['bin']} reached {stage} at {fmt(r['observed_rate'], 'rate', places=1)} "
                    f"(n={fmt(r['n'], 'count')}) {detail}; the recalibrated probability for the band is "
                    f"{fmt(r['recalibrated_prob'], 'rate', places=1)}."
                ),
                evidence=r,
            )
        )
    return out


def threshold_finding(
    rows: list[dict[str, Any]], how: str, s: LeadQualitySettings
) -> Finding | None:
    """The expected value of the best MQL threshold beside the current one's."""
    best = next(r for r in rows if r["kind"] == "optimal")
    cur = next((r for r in rows if r["kind"] == "current"), None)
    if cur is None or best["threshold"] == cur["threshold"]:
        return None
    gain = best["expected_value"] - cur["expected_value"]
    return Finding(
        id=f"{STAGE}:mql_threshold",
        stage=STAGE,
        kind="threshold_value",
        subject={"stage": "mql"},
        metric="expected_value",
        actual=cur["expected_value"],
        reference=best["expected_value"],
        reference_kind="benchmark",
        severity="info",
        statement=(
            f"An MQL threshold of {fmt(best['threshold'], 'number', sig=6)} gives an expected value of "
            f"{fmt(best['expected_value'], 'number', places=0)} on the evaluated leads against "
            f"{fmt(cur['expected_value'], 'number', places=0)} at the current threshold of {fmt(cur['threshold'], 'number', sig=6)} "
            f"({how}; value {fmt(s.lead_value, 'number', places=0)} per lead reaching {s.outcome_stage.upper()}, "
            f"handling cost {fmt(s.handling_cost, 'number', places=0)} per MQL)."
        ),
        evidence={"optimal": best, "current": cur, "difference": gain},
        impact=max(gain, 0.0),
    )


def recommendation(f: Finding, s: LeadQualitySettings) -> dict[str, Any] | None:
    """One suggestion per actionable finding, in observation language, tied by ``finding_id``;
    None for findings that are information only (the score's ranking power)."""
    subj = f.subject
    if f.metric == "mql_to_sql" and f.kind == "below_prior_period":
        who = _who(*next((k, v) for k, v in subj.items() if k != "stage"))
        text = (
            f"Review a sample of this month's MQLs from {who} with sales (rejection reasons, "
            f"fit to the ideal customer profile); their MQL → SQL rate was {_v('mql_to_sql', f.actual)} "
            f"against {_v('mql_to_sql', f.reference)}."
        )
    elif f.kind == "below_target":
        text = f"Compare the month's {_LABEL.get(f.metric or '', f.metric)} with the plan behind the target."
    elif f.kind == "feedback_shift":
        text = (
            "Go through the reasons that rose with sales before changing the scoring or targeting."
        )
    elif f.kind == "calibration_gap":
        band = subj["segment"]["score_band"]
        text = (
            f"Recalibrate the score for leads scored {band}: the isotonic mapping in the "
            f"reliability table gives {fmt(f.evidence.get('recalibrated_prob', 0), 'rate', places=1)} for the band, "
            f"against {fmt(f.reference, 'rate', places=1)} today."
            if f.reference is not None
            else f"Recalibrate the score for leads scored {band}."
        )
    elif f.kind == "threshold_value":
        best = f.evidence["optimal"]["threshold"]
        text = (
            f"Test an MQL threshold of {fmt(best, 'number', sig=6)} for a month and compare {s.outcome_stage.upper()}s "
            f"per MQL with the current threshold."
        )
    else:
        return None
    return {"finding_id": f.id, "kind": f.kind, "recommendation": text}
