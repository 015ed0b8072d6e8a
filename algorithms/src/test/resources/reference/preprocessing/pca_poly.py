#!/usr/bin/python3
"""Reference values of scikit-learn's PCA (full solver) and PolynomialFeatures.

Run from this folder with Debian's interpreter (python3-sklearn):
    /usr/bin/python3 pca_poly.py ../../../../../../core/src/main/resources/io/github/classicml/core/io/datasets
Writes pca.csv, lines "case,setting,what,values...", for wine and iris features, a seeded wide 6 x 9
matrix (written as "wide,data,row<i>" lines) and settings all components, 3 components, 3 whitened, and
variance 0.95: components_ ("component<c>"), explained_variance_, explained_variance_ratio_,
singular_values_, noise_variance_, the first 5 transformed rows ("row<i>") and inverse_transform of
those ("inverse<i>").
Writes poly.csv, lines "setting,what,values...": get_feature_names_out(["a", "b", "c"]) ("names"),
powers_ flattened ("powers") and the transformed rows of a 3 x 3 matrix ("row<i>").
"""
import csv
import os
import sys

import numpy as np
import sklearn
from sklearn.decomposition import PCA
from sklearn.preprocessing import PolynomialFeatures

DIR = sys.argv[1]


def load(name, target):
    with open(os.path.join(DIR, name)) as f:
        rows = list(csv.reader(f))
    t = rows[0].index(target)
    return np.array([[float(v) for j, v in enumerate(r) if j != t] for r in rows[1:]])


def fmt(a):
    return [repr(float(v)) for v in np.ravel(a)]


rng = np.random.default_rng(7)
cases = {"wine": load("wine.csv", "cultivar"), "iris": load("iris.csv", "species"),
         "wide": np.round(rng.normal(size=(6, 9)) * 3 + 1, 6)}
settings = {"all": dict(), "k3": dict(n_components=3), "k3_whiten": dict(n_components=3, whiten=True),
            "var95": dict(n_components=0.95, svd_solver="full")}
with open("pca.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["# sklearn " + sklearn.__version__ + ", numpy " + np.__version__])
    for i, row in enumerate(cases["wide"]):
        w.writerow(["wide", "data", "row" + str(i)] + fmt(row))
    for name, X in cases.items():
        for sname, kw in settings.items():
            m = PCA(svd_solver=kw.pop("svd_solver", "full"), **kw).fit(X)
            for c, comp in enumerate(m.components_):
                w.writerow([name, sname, "component" + str(c)] + fmt(comp))
            w.writerow([name, sname, "explained_variance"] + fmt(m.explained_variance_))
            w.writerow([name, sname, "explained_variance_ratio"] + fmt(m.explained_variance_ratio_))
            w.writerow([name, sname, "singular_values"] + fmt(m.singular_values_))
            w.writerow([name, sname, "noise_variance"] + fmt([m.noise_variance_]))
            t = m.transform(X[:5])
            for i, row in enumerate(t):
                w.writerow([name, sname, "row" + str(i)] + fmt(row))
            for i, row in enumerate(m.inverse_transform(t)):
                w.writerow([name, sname, "inverse" + str(i)] + fmt(row))

X = np.array([[1.0, 2.0, 3.0], [-0.5, 4.0, 0.25], [2.0, -1.0, 1.5]])
poly = {"d2": PolynomialFeatures(2), "d3": PolynomialFeatures(3),
        "d3_interaction_nobias": PolynomialFeatures(3, interaction_only=True, include_bias=False),
        "d1_nobias": PolynomialFeatures(1, include_bias=False)}
with open("poly.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["# sklearn " + sklearn.__version__ + ", numpy " + np.__version__])
    for name, p in poly.items():
        p.fit(X)
        w.writerow([name, "names"] + list(p.get_feature_names_out(["a", "b", "c"])))
        w.writerow([name, "powers"] + [str(int(v)) for v in np.ravel(p.powers_)])
        for i, row in enumerate(p.transform(X)):
            w.writerow([name, "row" + str(i)] + fmt(row))
