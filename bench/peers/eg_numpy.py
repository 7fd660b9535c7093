#!/usr/bin/python3
"""Ellison-Glaeser gamma, G and plant Herfindahl with NumPy bincount and with pandas groupby.

Side-by-side peer of bench/ClusterScope.Benchmarks/Agglomeration/EllisonGlaeserBenchmarks.cs: the same sizes
(4 million plants, 2,850 regions, 600 industries) and the same generator shape (uniform region and industry,
lognormal plant sizes with mu 2 and sigma 1.2, rounded up to whole jobs), drawn from NumPy's PCG64 with a fixed
seed. The timed part starts from the plant arrays and ends with gamma, G and H per industry, as
EllisonGlaeser.Agglomeration(region, industry, employment, ...) does.

Usage: /usr/bin/python3 bench/peers/eg_numpy.py [--plants N] [--repeat K]
"""

import argparse
import time

import numpy as np
import pandas as pd

REGIONS = 2_850
INDUSTRIES = 600


def generate(plants, seed=20250101):
    rng = np.random.default_rng(seed)
    region = rng.integers(0, REGIONS, plants, dtype=np.int32)
    industry = rng.integers(0, INDUSTRIES, plants, dtype=np.int32)
    employment = np.ceil(rng.lognormal(2.0, 1.2, plants))
    return region, industry, employment


def gamma_from_cells(cells, squares):
    """EG (1997) eq. 4 from industry x region employment and per-industry sums of squared plant employment."""
    totals = cells.sum(axis=1)
    x = cells.sum(axis=0) / totals.sum()
    spread = 1.0 - np.dot(x, x)
    shares = cells / totals[:, None]
    g = ((shares - x) ** 2).sum(axis=1)
    h = squares / totals**2
    gamma = (g - spread * h) / (spread * (1.0 - h))
    return gamma, g, h


def eg_bincount(region, industry, employment):
    cell = industry.astype(np.int64) * REGIONS + region
    cells = np.bincount(cell, weights=employment, minlength=INDUSTRIES * REGIONS).reshape(INDUSTRIES, REGIONS)
    squares = np.bincount(industry, weights=employment * employment, minlength=INDUSTRIES)
    return gamma_from_cells(cells, squares)


def eg_pandas(region, industry, employment):
    frame = pd.DataFrame({"region": region, "industry": industry, "employment": employment})
    frame["squared"] = frame["employment"] ** 2
    cells = (frame.groupby(["industry", "region"])["employment"].sum()
             .unstack(fill_value=0.0).reindex(index=range(INDUSTRIES), columns=range(REGIONS), fill_value=0.0))
    squares = frame.groupby("industry")["squared"].sum().reindex(range(INDUSTRIES), fill_value=0.0)
    return gamma_from_cells(cells.to_numpy(), squares.to_numpy())


def best_of(function, arguments, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = function(*arguments)
        times.append(time.perf_counter() - start)
    return min(times), float(np.median(times)), result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plants", type=int, default=4_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    data = generate(args.plants)
    print(f"numpy {np.__version__}, pandas {pd.__version__}; {args.plants:,} plants, {REGIONS:,} regions, {INDUSTRIES} industries")
    fast, fast_median, (gamma_np, _, _) = best_of(eg_bincount, data, args.repeat)
    slow, slow_median, (gamma_pd, _, _) = best_of(eg_pandas, data, max(1, args.repeat // 2))
    print(f"numpy bincount : best {fast * 1000:8.1f} ms, median {fast_median * 1000:8.1f} ms")
    print(f"pandas groupby : best {slow * 1000:8.1f} ms, median {slow_median * 1000:8.1f} ms")
    print(f"max |gamma_numpy - gamma_pandas| = {np.nanmax(np.abs(gamma_np - gamma_pd)):.3e}")


if __name__ == "__main__":
    main()
