#!/usr/bin/python3
"""Reference values of scipy's boxcox and scikit-learn's PowerTransformer.

Run from this folder with Debian's interpreter (python3-scipy, python3-sklearn):
    /usr/bin/python3 power.py ../../../../../../core/src/main/resources/io/github/classicml/core/io/datasets
Writes power_data.csv (the seeded columns, so the Java test reads the same numbers) and power.csv, lines "case,what,values...". Cases: the ten raw diabetes features (all positive), a
seeded lognormal column, a seeded column of mixed signs with a long right tail, 6 hand values, and breast cancer's worst_area
(the Box-Cox example's column).
For each: scipy.stats.boxcox's lambda per column ("boxcox_lambda", positive cases only) and
boxcox_llf at lambda -1, 0, 0.5, 2 for column 0 ("boxcox_llf"); PowerTransformer lambdas_
("pt_boxcox_lambdas", "pt_yeojohnson_lambdas"); the Yeo-Johnson log-likelihood as scikit-learn
computes it at lambda -1, 0, 0.5, 2 for column 0 ("yj_llf"); and the first 5 transformed rows with
and without standardisation ("pt_<method>_std_row<i>", "pt_<method>_raw_row<i>").
"""
import csv
import os
import sys

import numpy as np
import scipy
import sklearn
from scipy import stats
from sklearn.preprocessing import PowerTransformer

DIR = sys.argv[1]


def load(name, target):
    with open(os.path.join(DIR, name)) as f:
        rows = list(csv.reader(f))
    t = rows[0].index(target)
    return np.array([[float(v) for j, v in enumerate(r) if j != t] for r in rows[1:]])


def fmt(a):
    return [repr(float(v)) for v in a]


rng = np.random.default_rng(2026)
cases = {"diabetes": load("diabetes.csv", "progression"),
         "lognormal": np.round(rng.lognormal(1.0, 0.8, size=(80, 1)), 6),
         "mixed": np.round(np.concatenate([rng.normal(0, 1, 50), rng.exponential(6, 30)]).reshape(-1, 1), 6),
         "hand": np.array([[0.5], [1.0], [2.0], [4.0], [8.0], [30.0]])}
bc = load("breast_cancer.csv", "diagnosis")
with open(os.path.join(DIR, "breast_cancer.csv")) as f:
    header = next(csv.reader(f))
cases["worst_area"] = bc[:, [header.index("worst_area")]]  # right-skewed: the Box-Cox example's column
with open("power_data.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["# the seeded columns of power.py"])
    for name in ("lognormal", "mixed"):
        w.writerow([name, "data"] + fmt(cases[name][:, 0]))
with open("power.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["# scipy " + scipy.__version__ + ", sklearn " + sklearn.__version__ + ", numpy " + np.__version__])
    for name, X in cases.items():
        lams = [-1.0, 0.0, 0.5, 2.0]
        methods = ["yeo-johnson"]
        if (X > 0).all():
            methods.insert(0, "box-cox")
            w.writerow([name, "boxcox_lambda"] + fmt([stats.boxcox(X[:, j])[1] for j in range(X.shape[1])]))
            w.writerow([name, "boxcox_llf"] + fmt([stats.boxcox_llf(l, X[:, 0]) for l in lams]))
        pt = PowerTransformer(method="yeo-johnson", standardize=False)
        llf = []
        for l in lams:
            xt = pt._yeo_johnson_transform(X[:, 0], l)
            llf.append(-X.shape[0] / 2 * np.log(xt.var()) + (l - 1) * (np.sign(X[:, 0]) * np.log1p(np.abs(X[:, 0]))).sum())
        w.writerow([name, "yj_llf"] + fmt(llf))
        for method in methods:
            key = method.replace("-", "")
            for std in (True, False):
                m = PowerTransformer(method=method, standardize=std).fit(X)
                if std:
                    w.writerow([name, "pt_" + key + "_lambdas"] + fmt(m.lambdas_))
                for i, row in enumerate(m.transform(X[:5])):
                    w.writerow([name, "pt_" + key + ("_std" if std else "_raw") + "_row" + str(i)] + fmt(row))
