#!/usr/bin/python3
"""Reference values of scikit-learn's StandardScaler.

Run from this folder with Debian's interpreter (python3-sklearn):
    /usr/bin/python3 standard_scaler.py ../../../../../../core/src/main/resources/io/github/classicml/core/io/datasets
Writes standard_scaler.csv: for wine and breast cancer (features only), the lines mean, var and scale
(sklearn's mean_, var_, scale_), then the first 5 transformed rows; and the same for a small matrix with
a constant column (scale 1) written here.
"""
import csv
import os
import sys

import numpy as np
import sklearn
from sklearn.preprocessing import StandardScaler

DIR = sys.argv[1]


def load(name, target):
    with open(os.path.join(DIR, name)) as f:
        rows = list(csv.reader(f))
    t = rows[0].index(target)
    return np.array([[float(v) for j, v in enumerate(r) if j != t] for r in rows[1:]])


def fmt(a):
    return [repr(float(v)) for v in a]


cases = {"wine": load("wine.csv", "cultivar"), "breast_cancer": load("breast_cancer.csv", "diagnosis"),
         "constant": np.array([[1.0, 7.0, 0.1], [2.0, 7.0, 0.2], [4.0, 7.0, 0.3], [8.0, 7.0, 0.1]])}
with open("standard_scaler.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["# sklearn " + sklearn.__version__ + ", numpy " + np.__version__ + ": StandardScaler().fit(X)"])
    for name, X in cases.items():
        s = StandardScaler().fit(X)
        w.writerow([name, "mean"] + fmt(s.mean_))
        w.writerow([name, "var"] + fmt(s.var_))
        w.writerow([name, "scale"] + fmt(s.scale_))
        for i, row in enumerate(s.transform(X[:5])):
            w.writerow([name, "row" + str(i)] + fmt(row))
