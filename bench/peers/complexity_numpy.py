"""Vectorised NumPy/OpenBLAS version of the economic-complexity pipeline, timed on the benchmark's data.

Same steps as ClusterScope's EconomicComplexity.Compute (py-ecomplexity 0.5.2 conventions): RCA, M, diversity,
ubiquity, ECI/PCI from the symmetric form of M_pp (numpy.linalg.eigh), proximity (min conditional probability,
diagonal 1), density (self included), COI, COG. Data: the formula in synthetic_values() below, which
bench/ClusterScope.Benchmarks/Complexity/ComplexityData.cs implements identically (integer hashes, no RNG).

Run: /usr/bin/python3 bench/peers/complexity_numpy.py [--years 10]
"""
import sys
import time
import numpy as np

REGIONS, INDUSTRIES = 2850, 1200
MASK = np.uint64(0xFFFFFFFF)


def synthetic_values(year=0, regions=REGIONS, industries=INDUSTRIES):
    c = np.arange(regions, dtype=np.uint64)[:, None]
    p = np.arange(industries, dtype=np.uint64)[None, :]
    idx = (np.uint64(year) * np.uint64(regions) + c) * np.uint64(industries) + p
    u = ((idx * np.uint64(2654435761) + np.uint64(12345)) & MASK).astype(np.float64) / 4294967296.0
    v = (((idx * np.uint64(40503) + np.uint64(7)) * np.uint64(2246822519)) & MASK).astype(np.float64) / 4294967296.0
    capability = (np.arange(regions)[:, None] + 0.5) / regions
    complexity = (np.arange(industries)[None, :] + 0.5) / industries
    boost = np.where(capability >= 0.9 * complexity, 4.0, 1.0)
    values = np.exp(6.0 * v) * boost
    values[u < 0.3] = 0.0
    return values


def pipeline(x, timings):
    t = time.perf_counter()
    rca = (x / x.sum(axis=1)[:, None]) / (x.sum(axis=0) / x.sum())[None, :]
    m = (rca >= 1.0).astype(np.float64)
    kc, kp = m.sum(axis=1), m.sum(axis=0)
    timings["rca_m"] += time.perf_counter() - t

    t = time.perf_counter()
    w = m / np.sqrt(kc)[:, None] / np.sqrt(kp)[None, :]
    s = w.T @ w
    timings["gram_S"] += time.perf_counter() - t
    t = time.perf_counter()
    _, vecs = np.linalg.eigh(s)
    u = vecs[:, -2]
    kp_vec = u / np.sqrt(kp)
    kp_vec /= np.linalg.norm(kp_vec)
    kc_vec = (m @ kp_vec) / kc
    sign = np.sign(np.corrcoef(kc, kc_vec)[0, 1])
    kc_vec, kp_vec = sign * kc_vec, sign * kp_vec
    timings["eigen"] += time.perf_counter() - t

    t = time.perf_counter()
    co = m.T @ m
    phi = co / np.maximum(kp[:, None], kp[None, :])
    timings["proximity"] += time.perf_counter() - t

    t = time.perf_counter()
    rowsum = phi.sum(axis=1)
    density = (m @ phi.T) / rowsum[None, :]
    timings["density"] += time.perf_counter() - t

    t = time.perf_counter()
    coi = ((density * (1 - m)) * kp_vec).sum(axis=1)
    y = phi * (kp_vec / rowsum)[:, None]
    cog = (1 - m) * (y.sum(axis=0)[None, :] - m @ y)
    timings["coi_cog"] += time.perf_counter() - t

    mean, sd = kc_vec.mean(), kc_vec.std()
    eci = (kc_vec - mean) / sd
    pci = (kp_vec - mean) / sd
    cog = cog / sd
    coi = (coi - coi.mean()) / coi.std()
    return eci, pci, density, coi, cog


def main():
    years = int(sys.argv[sys.argv.index("--years") + 1]) if "--years" in sys.argv else 1
    data = [synthetic_values(t) for t in range(years)]
    pipeline(data[0], {k: 0.0 for k in ["rca_m", "gram_S", "eigen", "proximity", "density", "coi_cog"]})
    best = None
    for _ in range(5):
        timings = {k: 0.0 for k in ["rca_m", "gram_S", "eigen", "proximity", "density", "coi_cog"]}
        start = time.perf_counter()
        for x in data:
            eci, pci, *_ = pipeline(x, timings)
        total = time.perf_counter() - start
        if best is None or total < best[0]:
            best = (total, timings)
    total, timings = best
    print(f"years={years} total={total:.3f} s (best of 5)")
    for k, v in timings.items():
        print(f"  {k:10s} {v:.3f} s")
    print("eci[0:3]", eci[:3], "pci[0:3]", pci[:3])
    import resource
    print("max RSS MB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


if __name__ == "__main__":
    main()
