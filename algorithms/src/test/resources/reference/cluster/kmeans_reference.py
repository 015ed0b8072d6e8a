#!/usr/bin/python3
"""Reference values of scikit-learn's KMeans.

Run from this folder with Debian's interpreter (python3-sklearn), single-threaded:
    OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 /usr/bin/python3 kmeans_reference.py \
        ../../../../../../core/src/main/resources/io/github/classicml/core/io/datasets

Writes:
  kmeans_best.csv          dataset, k, the best inertia of KMeans(k, n_init=10, random_state=s) over
                           s = 0..19, then the 20 inertias.
  kmeans_from_centres.csv  one run of KMeans(init=<given centres>, n_init=1, algorithm='lloyd') per
                           case: dataset, case, tol, max_iter, n_iter, inertia, the initial centres, the
                           final centres (row-major, ';'-separated) and the labels; also whether
                           algorithm='elkan' gave the same labels.
  silhouette_iris.csv      k, the inertia and the mean silhouette (silhouette_score, Euclidean) of
                           KMeans(k, n_init=10, random_state=0) on iris' four columns, k = 2..4.
"""
import csv
import os
import sys
import warnings

import numpy as np
import sklearn
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import StandardScaler

DIR = sys.argv[1]


def load(name, target):
    with open(os.path.join(DIR, name)) as f:
        rows = list(csv.reader(f))
    t = rows[0].index(target)
    X = np.array([[float(v) for j, v in enumerate(r) if j != t] for r in rows[1:]])
    labels = [r[t] for r in rows[1:]]
    classes = sorted(set(labels))
    return X, np.array([classes.index(v) for v in labels])


def fmt(a):
    return ";".join(repr(float(v)) for v in np.ravel(a))


iris, _ = load("iris.csv", "species")
wine, _ = load("wine.csv", "cultivar")
data = {"iris": iris, "wine": wine, "wine_scaled": StandardScaler().fit_transform(wine)}

with open("kmeans_best.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["# sklearn " + sklearn.__version__ + ", numpy " + np.__version__
                + ": KMeans(n_clusters=k, n_init=10, random_state=s).inertia_ for s = 0..19"])
    for name in ("iris", "wine", "wine_scaled"):
        inertias = [KMeans(n_clusters=3, n_init=10, random_state=s).fit(data[name]).inertia_ for s in range(20)]
        w.writerow([name, 3, repr(min(inertias))] + [repr(v) for v in inertias])

cases = []
rng = np.random.RandomState(7)
for name in ("iris", "wine", "wine_scaled"):
    X = data[name]
    n = len(X)
    # first rows of the file (badly placed: all one class), and random rows, for k = 3 and 6
    cases.append((name, "first-rows-k3", X[:3]))
    for k in (3, 6):
        cases.append((name, f"random-rows-k{k}", X[rng.choice(n, k, replace=False)]))
    # a centre far from all data empties its cluster in the first iteration
    far = X[rng.choice(n, 4, replace=False)].copy()
    far[3] = X.max(axis=0) * 10 + 100
    cases.append((name, "far-centre-k4", far))

with open("kmeans_from_centres.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["# sklearn " + sklearn.__version__ + ", numpy " + np.__version__
                + ": KMeans(n_clusters=k, init=centres, n_init=1, algorithm='lloyd', tol=tol, max_iter=m)"])
    w.writerow(["dataset", "case", "k", "tol", "max_iter", "n_iter", "inertia", "init", "centres", "labels",
                "elkan_same_labels", "tolerance_absolute"])
    for name, case, init in cases:
        X = data[name]
        for tol, max_iter in ((1e-4, 300), (0.0, 300), (1e-4, 2)):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                km = KMeans(n_clusters=len(init), init=init, n_init=1, algorithm="lloyd", tol=tol,
                            max_iter=max_iter).fit(X)
                el = KMeans(n_clusters=len(init), init=init, n_init=1, algorithm="elkan", tol=tol,
                            max_iter=max_iter).fit(X)
            w.writerow([name, case, len(init), tol, max_iter, km.n_iter_, repr(km.inertia_), fmt(init),
                        fmt(km.cluster_centers_), ";".join(str(int(v)) for v in km.labels_),
                        int(np.array_equal(km.labels_, el.labels_)), repr(np.mean(np.var(X, axis=0)) * tol)])

print("cases", len(cases))

with open("silhouette_iris.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["# sklearn " + sklearn.__version__ + ", numpy " + np.__version__
                + ": k, KMeans(k, n_init=10, random_state=0) inertia_, silhouette_score(iris, labels_)"])
    for k in (2, 3, 4):
        m = KMeans(n_clusters=k, n_init=10, random_state=0).fit(iris)
        w.writerow([k, repr(m.inertia_), repr(float(silhouette_score(iris, m.labels_)))])
