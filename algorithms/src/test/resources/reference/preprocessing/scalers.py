#!/usr/bin/python3
"""Reference values of scikit-learn's MinMaxScaler, RobustScaler and MaxAbsScaler.

Run from this folder with Debian's interpreter (python3-sklearn):
    /usr/bin/python3 scalers.py ../../../../../../core/src/main/resources/io/github/classicml/core/io/datasets
Writes scalers.csv, lines "case,scaler,what,values...": for each case (wine features; a small matrix
with an outlier, a constant column and an even row count written here) and each scaler setting, the
fitted attributes and the transformed first 6 rows ("row<i>"); the scalers' inverse_transform of
those rows is the data itself, which the Java test checks directly.
"""
import csv
import os
import sys

import numpy as np
import sklearn
from sklearn.preprocessing import MaxAbsScaler, MinMaxScaler, RobustScaler

DIR = sys.argv[1]


def load(name, target):
    with open(os.path.join(DIR, name)) as f:
        rows = list(csv.reader(f))
    t = rows[0].index(target)
    return np.array([[float(v) for j, v in enumerate(r) if j != t] for r in rows[1:]])


def fmt(a):
    return [repr(float(v)) for v in a]


cases = {"wine": load("wine.csv", "cultivar"),
         "small": np.array([[1.0, 7.0, -0.5, 0.0], [2.0, 7.0, 0.25, 0.0], [4.0, 7.0, -3.0, 0.0],
                            [8.0, 7.0, 0.125, 0.0], [1000.0, 7.0, 2.0, 0.0], [3.0, 7.0, 0.75, 0.0]])}
scalers = {"minmax": (MinMaxScaler(), ["data_min_", "data_max_", "scale_", "min_"]),
           "minmax_m2_3": (MinMaxScaler(feature_range=(-2, 3)), ["scale_", "min_"]),
           "robust": (RobustScaler(), ["center_", "scale_"]),
           "robust_10_90": (RobustScaler(quantile_range=(10.0, 90.0)), ["center_", "scale_"]),
           "robust_33_41": (RobustScaler(quantile_range=(33.0, 41.5), with_centering=False), ["scale_"]),
           "maxabs": (MaxAbsScaler(), ["max_abs_", "scale_"])}
with open("scalers.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["# sklearn " + sklearn.__version__ + ", numpy " + np.__version__])
    for name, X in cases.items():
        for sname, (scaler, attrs) in scalers.items():
            s = sklearn.base.clone(scaler).fit(X)
            for a in attrs:
                w.writerow([name, sname, a] + fmt(getattr(s, a)))
            for i, row in enumerate(s.transform(X[:6])):
                w.writerow([name, sname, "row" + str(i)] + fmt(row))
