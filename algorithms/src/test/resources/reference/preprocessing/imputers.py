#!/usr/bin/python3
"""Reference values of scikit-learn's SimpleImputer and KNNImputer.

Run from this folder with Debian's interpreter (python3-sklearn):
    /usr/bin/python3 imputers.py
Writes imputers.csv, lines "case,imputer,what,values...". The cases are seeded random matrices with
about 20 % missing entries (numpy's default_rng; the matrices themselves are written as lines
"case,data,row<i>,values" with "nan" for missing, so the Java test reads the same numbers) and a small
matrix with repeated values for the most-frequent ties; nan_euclidean_distances of the first 3 rows to
the others ("nan_euclidean"). For each imputer setting: statistics_ where it
exists and every transformed row ("row<i>"), indicator columns included.
"""
import csv

import numpy as np
import sklearn
from sklearn.impute import KNNImputer, SimpleImputer
from sklearn.metrics.pairwise import nan_euclidean_distances


def fmt(a):
    return [repr(float(v)) for v in a]


rng = np.random.default_rng(12)
cases = {}
for name, (n, p, scale) in {"rand_30x4": (30, 4, 1.0), "rand_57x6": (57, 6, 100.0)}.items():
    X = rng.normal(size=(n, p)) * scale + rng.normal(size=p) * scale
    X = np.round(X, 6)
    mask = rng.random((n, p)) < 0.2
    mask[0, :] = False  # the first row complete, every column observed
    X[mask] = np.nan
    cases[name] = X
cases["ties"] = np.array([[1.0, 2.0, np.nan], [3.0, np.nan, 5.0], [3.0, 2.0, 5.0], [1.0, 4.0, 6.0],
                          [np.nan, 4.0, 6.0], [2.0, np.nan, 7.0]])

imputers = {"mean": SimpleImputer(strategy="mean"),
            "median": SimpleImputer(strategy="median"),
            "most_frequent": SimpleImputer(strategy="most_frequent"),
            "constant": SimpleImputer(strategy="constant", fill_value=-7.5, add_indicator=True),
            "mean_indicator": SimpleImputer(strategy="mean", add_indicator=True),
            "knn5": KNNImputer(),
            "knn3_distance": KNNImputer(n_neighbors=3, weights="distance"),
            "knn1_indicator": KNNImputer(n_neighbors=1, add_indicator=True)}
with open("imputers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["# sklearn " + sklearn.__version__ + ", numpy " + np.__version__])
    for name, X in cases.items():
        for i, row in enumerate(X):
            w.writerow([name, "data", "row" + str(i)] + fmt(row))
        d = nan_euclidean_distances(X[:3], X[3:])  # off the diagonal: no self-distances
        for i, row in enumerate(d):
            w.writerow([name, "nan_euclidean", "row" + str(i)] + fmt(row))
        for iname, imp in imputers.items():
            m = sklearn.base.clone(imp).fit(X)
            if hasattr(m, "statistics_"):
                w.writerow([name, iname, "statistics"] + fmt(m.statistics_))
            for i, row in enumerate(m.transform(X)):
                w.writerow([name, iname, "row" + str(i)] + fmt(row))
