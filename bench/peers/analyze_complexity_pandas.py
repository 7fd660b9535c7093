"""What `clusterscope analyze complexity --input FILE.csv` does, written as an analyst would with pandas and NumPy.

Reads the long CSV (year, region, industry, value; zero cells omitted) that `gen_data.py export --csv` writes with
pandas.read_csv, pivots it to the dense regions x industries matrix of each year, runs wl1_complexity.complexity_numpy
(RCA, M, diversity, ubiquity, ECI, PCI, proximity, density, COI, COG) and writes the table the product writes
(level, region, industry, measure, value: diversity, ECI, COI per region; ubiquity, PCI per industry; COG per cell),
so that the whole process can be timed against the product's command on the same file.

Run: /usr/bin/python3 bench/peers/analyze_complexity_pandas.py FILE.csv OUT.csv
"""

import sys

import numpy as np
import pandas as pd

from wl1_complexity import complexity_numpy


def main() -> None:
    source, target = sys.argv[1], sys.argv[2]
    df = pd.read_csv(source)
    frames = []
    for year, part in df.groupby("year", sort=True):
        regions = np.sort(part["region"].unique())
        industries = np.sort(part["industry"].unique())
        x = np.zeros((len(regions), len(industries)))
        x[np.searchsorted(regions, part["region"].to_numpy()), np.searchsorted(industries, part["industry"].to_numpy())] = part["value"].to_numpy()
        out = complexity_numpy(x)
        nr, ni = len(regions), len(industries)
        frames.append(pd.DataFrame({"year": year, "level": "region", "region": np.repeat(regions, 3), "industry": "",
                                    "measure": np.tile(["diversity", "eci", "coi"], nr),
                                    "value": np.column_stack([out["diversity"], out["eci"], out["coi"]]).ravel()}))
        frames.append(pd.DataFrame({"year": year, "level": "industry", "region": "", "industry": np.repeat(industries, 2),
                                    "measure": np.tile(["ubiquity", "pci"], ni),
                                    "value": np.column_stack([out["ubiquity"], out["pci"]]).ravel()}))
        frames.append(pd.DataFrame({"year": year, "level": "region-industry", "region": np.repeat(regions, ni), "industry": np.tile(industries, nr),
                                    "measure": "cog", "value": out["cog"].ravel()}))
    pd.concat(frames).to_csv(target, index=False)


if __name__ == "__main__":
    main()
