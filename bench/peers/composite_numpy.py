"""Vectorised NumPy peer of the composite-index Monte Carlo benchmark (CompositeMonteCarloBench).

200 units x 40 indicators in 8 dimensions of 5; 10,000 replications; every weight (indicators and dimensions)
perturbed by U(-25 %, +25 %); per replication a normalisation (min-max 1..100 or z-score 100/10) and an
aggregation (arithmetic or geometric mean, at both levels) drawn uniformly; ranks with ties "min"; per unit
median and 5/95 % rank quantiles (type 7). Run with /usr/bin/python3.
"""
import time

import numpy as np

UNITS, INDICATORS, PILLAR, REPS = 200, 40, 5, 10_000


def data(rng):
    x = np.exp(rng.random((UNITS, INDICATORS)) * 3) + (np.arange(UNITS) % 11)[:, None]
    direction = np.where(np.arange(INDICATORS) % 7 == 3, -1.0, 1.0)
    w_ind = 0.5 + rng.random(INDICATORS)
    w_pil = 0.5 + rng.random(INDICATORS // PILLAR)
    return x * direction, w_ind, w_pil


def normalisations(x):
    lo, hi = x.min(axis=0), x.max(axis=0)
    minmax = (x - lo) / (hi - lo) * 99 + 1
    z = (x - x.mean(axis=0)) / x.std(axis=0, ddof=1) * 10 + 100
    return np.stack([minmax, z])  # (2, units, indicators)


def ranks_min(scores):
    """Ranks per row, 1 = highest, ties 'min' (scores: reps x units)."""
    order = np.argsort(-scores, axis=1, kind="stable")
    sorted_scores = np.take_along_axis(scores, order, axis=1)
    positions = np.arange(scores.shape[1])[None, :].repeat(scores.shape[0], axis=0)
    tie = np.concatenate([np.zeros((scores.shape[0], 1), bool), sorted_scores[:, 1:] == sorted_scores[:, :-1]], axis=1)
    positions = np.where(tie, 0, positions)
    positions = np.maximum.accumulate(positions, axis=1) + 1
    ranks = np.empty_like(positions)
    np.put_along_axis(ranks, order, positions, axis=1)
    return ranks


def monte_carlo(x, w_ind, w_pil, rng):
    z = normalisations(x)
    logz = np.log(z)
    pillars = INDICATORS // PILLAR
    wi = w_ind[None, :] * (1 + 0.25 * (2 * rng.random((REPS, INDICATORS)) - 1))
    wp = w_pil[None, :] * (1 + 0.25 * (2 * rng.random((REPS, pillars)) - 1))
    norm = rng.integers(0, 2, REPS)
    agg = rng.integers(0, 2, REPS)
    # indicators of one pillar are contiguous: weights as (reps, pillars, 5), normalised within the pillar
    wi = wi.reshape(REPS, pillars, PILLAR)
    wi = wi / wi.sum(axis=2, keepdims=True)
    wp = wp / wp.sum(axis=1, keepdims=True)
    index = np.empty((REPS, UNITS))
    for n in range(2):
        for a in range(2):
            sel = np.nonzero((norm == n) & (agg == a))[0]
            if sel.size == 0:
                continue
            t = (logz[n] if a == 1 else z[n]).reshape(UNITS, pillars, PILLAR)
            p = np.einsum("upk,rpk->rup", t, wi[sel], optimize=True)  # reps x units x pillars
            if a == 1:
                index[sel] = np.exp(np.einsum("rup,rp->ru", p, wp[sel], optimize=True))
            else:
                index[sel] = np.einsum("rup,rp->ru", p, wp[sel], optimize=True)
    ranks = ranks_min(index)
    return np.quantile(ranks, [0.05, 0.5, 0.95], axis=0)  # type 7 (numpy 'linear')


def main():
    rng = np.random.default_rng(7)
    x, w_ind, w_pil = data(rng)
    times = []
    for _ in range(5):
        start = time.perf_counter()
        q = monte_carlo(x, w_ind, w_pil, np.random.default_rng(1))
        times.append(time.perf_counter() - start)
    print(f"numpy {np.__version__}: {UNITS} units x {INDICATORS} indicators x {REPS} replications: "
          f"best {min(times):.3f} s, median {sorted(times)[2]:.3f} s; rank q50 of unit 0 = {q[1, 0]}")


if __name__ == "__main__":
    main()
