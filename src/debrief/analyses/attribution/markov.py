"""Markov-chain attribution with exact removal effects (Anderl et al. 2016).

Journeys are walks on an absorbing chain: ``start`` -> channel states -> ``conversion`` or
``null``. At order ``k`` a state is the last (up to) ``k`` channels of the path, so the first
``k - 1`` states of a path are its shorter prefixes. Transition probabilities are the observed
transition counts normalised per state; each path contributes ``conversions + nulls`` journeys.

The conversion probability from ``start`` is exact: with ``Q`` the transient-to-transient
probabilities and ``r`` the one-step probability of converting, ``x = (I - Q)^-1 r`` and
``P(conv) = x[start]``. Removing a channel sends every transition into a state that contains it to
``null``; that is the same system with those states' rows and columns deleted. The removal effect
is ``1 - P_without / P``; credits are the removal effects normalised to sum to 1, times the total
conversions. Value uses the same chain with reward ``r_v`` = value absorbed per journey leaving the
state, so its removal effects are on expected value per journey.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from debrief.analyses.attribution.pathset import PathSet

if TYPE_CHECKING:
    import scipy.sparse as sp

#: Above this many transient states the chain is held sparse (scipy.sparse, imported only then:
#: the import costs ~0.1 s, a tenth of the whole attribution at 1M people, for chains of a few
#: states at order 1). Up to it a dense (n x n) matrix is at most 18 MB.
_DENSE_LIMIT = 1500


@dataclass(frozen=True)
class Chain:
    """An absorbing chain over transient states ``0..n-1`` (state 0 is ``start``).

    ``counts`` is the (n x n) transient transition count matrix (a numpy array up to
    ``_DENSE_LIMIT`` states, a ``scipy.sparse.csr_matrix`` above), ``conv``/``null`` the
    counts of absorptions per state, ``value`` the value absorbed per state. ``members[s]`` is the
    set of channel codes in state ``s``.
    """

    counts: np.ndarray | sp.csr_matrix
    conv: np.ndarray
    null: np.ndarray
    value: np.ndarray
    members: tuple[frozenset[int], ...]


@dataclass(frozen=True)
class ChainLayout:
    """Where each path's transitions go, so a chain can be rebuilt for any counts (bootstrap).

    ``inner`` maps paths to transient transitions (start -> first state and state -> state), each
    weighted by the path's journeys; ``last`` is each path's final state.
    """

    n_states: int
    inner_from: np.ndarray
    inner_to: np.ndarray
    inner_path: np.ndarray
    last: np.ndarray
    members: tuple[frozenset[int], ...]

    def chain(self, conversions: np.ndarray, value: np.ndarray, nulls: np.ndarray) -> Chain:
        n = self.n_states
        journeys = (conversions + nulls)[self.inner_path]
        if n <= _DENSE_LIMIT:
            cell = self.inner_from * n + self.inner_to
            counts = np.bincount(cell, weights=journeys, minlength=n * n).reshape(n, n)
        else:
            import scipy.sparse as sp

            counts = sp.csr_matrix((journeys, (self.inner_from, self.inner_to)), shape=(n, n))
        conv = np.bincount(self.last, weights=conversions, minlength=n)
        null = np.bincount(self.last, weights=nulls, minlength=n)
        val = np.bincount(self.last, weights=value, minlength=n)
        return Chain(counts, conv, null, val, self.members)


def chain_layout(ps: PathSet, order: int = 1) -> ChainLayout:
    """The transition layout of ``ps`` at Markov ``order`` (states = last ``order`` channels)."""
    if order < 1:
        raise ValueError("Markov order must be >= 1")
    k = len(ps.channels)
    base = k + 1
    if base**order >= 2**62:
        raise ValueError(f"Markov order {order} is too high for {k} channels")
    pos = ps.position
    # A state id packs the last `order` codes (+1, so 0 means "before the path started").
    sid = np.zeros(len(ps.codes), dtype=np.int64)
    for j in range(order):
        valid = pos >= j
        shifted = np.zeros(len(ps.codes), dtype=np.int64)
        idx = np.nonzero(valid)[0]
        shifted[idx] = ps.codes[idx - j] + 1
        sid += shifted * base**j
    uniq, state = np.unique(sid, return_inverse=True)
    state = state.astype(np.int64) + 1  # 0 is start
    members: list[frozenset[int]] = [frozenset()]
    for s in uniq:
        m, v = set(), int(s)
        while v:
            d = v % base
            if d:
                m.add(d - 1)
            v //= base
        members.append(frozenset(m))
    pidx = ps.path_of_touch
    prev = np.empty_like(state)
    prev[1:] = state[:-1]
    prev[pos == 0] = 0
    last = state[ps.offsets[1:] - 1] if len(state) else np.zeros(0, dtype=np.int64)
    return ChainLayout(len(uniq) + 1, prev, state, pidx, last, tuple(members))


class _System:
    """``I - Q`` and the one-step rewards of a chain, ready to be solved on subsets of states.

    Small chains (the usual case: one state per channel at order 1) are held dense, so each of
    the ``channels + 1`` solves costs microseconds; large ones stay sparse.
    """

    def __init__(self, chain: Chain) -> None:
        out = np.asarray(chain.counts.sum(axis=1)).ravel() + chain.conv + chain.null
        with np.errstate(divide="ignore", invalid="ignore"):
            inv = np.where(out > 0, 1.0 / out, 0.0)
        n = len(out)
        self.dense = isinstance(chain.counts, np.ndarray)
        if self.dense:
            self.a = np.eye(n) - chain.counts * inv[:, None]
        else:
            import scipy.sparse as sp

            self.a = (sp.identity(n) - sp.diags(inv) @ chain.counts).tocsr()
        self.r_conv = chain.conv * inv
        self.r_value = chain.value * inv

    def solve(self, keep: np.ndarray | None, reward: np.ndarray) -> float:
        """Expected reward from ``start`` with only states ``keep`` (start included) transient."""
        if keep is None:
            a, r = self.a, reward
        else:
            idx = np.nonzero(keep)[0]
            a = self.a[np.ix_(idx, idx)] if self.dense else self.a[idx][:, idx]
            r = reward[idx]
        if self.dense:
            x = np.linalg.solve(a, r)
        else:
            import scipy.sparse.linalg as spla

            x = spla.spsolve(a.tocsc(), r)
        return float(x[0])  # start is the first kept state


@dataclass(frozen=True)
class RemovalEffects:
    """``p_conv``: conversion probability per journey; ``effects[c]``: removal effect of channel
    code ``c`` on conversions (0-1); ``value_per_journey`` and ``value_effects`` the same on value
    (zeros when not asked for)."""

    p_conv: float
    effects: np.ndarray
    value_per_journey: float
    value_effects: np.ndarray


def removal_effects(chain: Chain, n_channels: int, value: bool = True) -> RemovalEffects:
    """Exact removal effects of every channel on conversions (and on value when ``value``)."""
    system = _System(chain)
    p = system.solve(None, system.r_conv)
    v = system.solve(None, system.r_value) if value else 0.0
    eff = np.zeros(n_channels)
    veff = np.zeros(n_channels)
    for c in range(n_channels):
        keep = np.array([c not in m for m in chain.members], dtype=bool)
        keep[0] = True
        if keep.all():  # channel never seen: removing it changes nothing
            continue
        if p > 0:
            eff[c] = 1.0 - system.solve(keep, system.r_conv) / p
        if v > 0:
            veff[c] = 1.0 - system.solve(keep, system.r_value) / v
    return RemovalEffects(p, eff, v, veff)


def _normalise(effects: np.ndarray, total: float) -> np.ndarray:
    s = effects.sum()
    return effects / s * total if s > 0 else np.zeros_like(effects)


def markov(ps: PathSet, order: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """Markov credits ``(conversions, value)`` per channel code, summing to the totals."""
    layout = chain_layout(ps, order)
    re = removal_effects(layout.chain(ps.conversions, ps.value, ps.nulls), len(ps.channels))
    return _normalise(re.effects, ps.total_conversions), _normalise(
        re.value_effects, ps.total_value
    )
