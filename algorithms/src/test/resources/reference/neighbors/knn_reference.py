#!/usr/bin/python3
"""Reference predictions, probabilities and neighbours of scikit-learn's k-nearest neighbours, beside
the answers of classicml's documented tie rule evaluated in exact arithmetic.

Run from this folder with Debian's interpreter (python3-sklearn), single-threaded:
    OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 /usr/bin/python3 knn_reference.py \
        ../../../../../../core/src/main/resources/io/github/classicml/core/io/datasets

Writes:
  knn_splits.csv       dataset, then the row indices of the training part of
                       train_test_split(test_size=0.3, random_state=42, stratify=y) (no stratify for
                       diabetes); the test part is every other row, in the order listed in the files below.
  knn_predictions.csv  one line per (dataset, configuration, test row): scikit-learn's predicted class
                       and probabilities (algorithm="brute"), the documented rule's class and
                       probabilities, and whether the two neighbour sets agree.
  knn_regression.csv   the same for KNeighborsRegressor on diabetes.
  knn_neighbors.csv    the first 12 test rows of each dataset: scikit-learn's k = 5 neighbour indices and
                       distances and the rule's, for every distance.

The rule (classicml's KnnClassifier): the neighbours are every training row strictly nearer than the
k-th smallest distance D, then the lowest-indexed rows at distance D; listed by distance, equal
distances by index. For the decimal datasets the distances are computed exactly, in integers (each
value times 10^decimals), so exact ties are exact; for the scaled wine data and for the cosine distance,
which are not decimal, in float64 with ties within a relative 1e-10 (the library's TIE_TOLERANCE).
"""
import csv
import os
import sys
from decimal import Decimal
from fractions import Fraction

import numpy as np
import sklearn
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier, KNeighborsRegressor
from sklearn.preprocessing import StandardScaler

TOL = 1e-10
DIR = sys.argv[1]


def load(name, target, numeric_target=False):
    with open(os.path.join(DIR, name)) as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    t = header.index(target)
    text = [[v for j, v in enumerate(r) if j != t] for r in body]
    labels = [r[t] for r in body]
    if numeric_target:
        y = np.array([float(v) for v in labels])
    else:
        try:
            classes = sorted(set(labels), key=float)
        except ValueError:
            classes = sorted(set(labels))
        y = np.array([classes.index(v) for v in labels])
    return text, y


def exact_ints(text):
    """Decimal strings -> Python ints scaled by a common power of ten (exact)."""
    places = max(-Decimal(v).as_tuple().exponent for r in text for v in r)
    scale = 10 ** max(places, 0)
    return [[int(Decimal(v) * scale) for v in r] for r in text], scale


METRICS = {
    "euclidean": dict(metric="euclidean"),
    "manhattan": dict(metric="manhattan"),
    "chebyshev": dict(metric="chebyshev"),
    "minkowski3": dict(metric="minkowski", p=3),
    "cosine": dict(metric="cosine"),
}
CONFIGS = [(5, m, w) for m in METRICS for w in ("uniform", "distance")] + \
          [(k, "euclidean", w) for k in (1, 10) for w in ("uniform", "distance")]


def exact_reduced(q, X, metric):
    """Reduced distances (order-preserving, exact) from integer row q to integer rows X."""
    out = []
    for x in X:
        d = [abs(a - b) for a, b in zip(q, x)]
        if metric == "euclidean":
            out.append(sum(v * v for v in d))
        elif metric == "manhattan":
            out.append(sum(d))
        elif metric == "chebyshev":
            out.append(max(d))
        elif metric == "minkowski3":
            out.append(sum(v ** 3 for v in d))
    return out


def to_distance(reduced, metric, scale):
    """Exact reduced (integer-scaled) -> float distance."""
    if metric == "euclidean":
        return float(np.sqrt(float(Fraction(reduced, scale * scale))))
    if metric == "minkowski3":
        return float(Fraction(reduced, scale ** 3)) ** (1.0 / 3.0)
    return float(Fraction(reduced, scale))


def float_reduced(q, X, metric):
    if metric == "cosine":
        nq = np.sqrt(q @ q)
        nx = np.sqrt(np.einsum("ij,ij->i", X, X))
        with np.errstate(invalid="ignore", divide="ignore"):
            d = 1 - (X @ q) / (nx * nq)
        d[(nx == 0) | (nq == 0)] = 1.0
        return np.clip(d, 0, 2)
    d = np.abs(X - q)
    return {"euclidean": (d * d).sum(1), "manhattan": d.sum(1), "chebyshev": d.max(1),
            "minkowski3": (d ** 3).sum(1)}[metric]


def rule(reduced, k, exact):
    """The documented rule on reduced distances: indices nearest first."""
    n = len(reduced)
    kth = sorted(reduced)[k - 1]
    if exact:
        nearer = [i for i in range(n) if reduced[i] < kth]
        tied = [i for i in range(n) if reduced[i] == kth]
    else:
        nearer = [i for i in range(n) if reduced[i] < kth - TOL * kth]
        tied = [i for i in range(n) if not reduced[i] < kth - TOL * kth and not kth < reduced[i] - TOL * reduced[i]]
    chosen = nearer + sorted(tied)[: k - len(nearer)]
    return sorted(chosen, key=lambda i: (reduced[i], i))


def weights_of(dist, weights):
    dist = np.asarray(dist, dtype=float)
    if weights == "uniform":
        return np.ones_like(dist)
    if (dist == 0).any():
        return (dist == 0).astype(float)
    return 1.0 / dist


def fmt(values):
    return ";".join(repr(float(v)) for v in values)


datasets = {}
for name, file, target in (("iris", "iris.csv", "species"), ("wine", "wine.csv", "cultivar"),
                           ("breast_cancer", "breast_cancer.csv", "diagnosis")):
    text, y = load(file, target)
    datasets[name] = (text, y)

splits = {}
rows_out, nbr_out = [], []
for name in ("iris", "wine", "wine_scaled", "breast_cancer"):
    base = "wine" if name == "wine_scaled" else name
    text, y = datasets[base]
    X = np.array([[float(v) for v in r] for r in text])
    idx = np.arange(len(y))
    train, test = train_test_split(idx, test_size=0.3, random_state=42, stratify=y)
    splits[base] = train
    Xtr, Xte = X[train], X[test]
    if name == "wine_scaled":
        sc = StandardScaler().fit(Xtr)
        Xtr, Xte = sc.transform(Xtr), sc.transform(Xte)
        ints = None
    else:
        ints, scale = exact_ints(text)
        itr = [ints[i] for i in train]
    for k, metric, weights in CONFIGS:
        clf = KNeighborsClassifier(n_neighbors=k, algorithm="brute", weights=weights, **METRICS[metric])
        clf.fit(Xtr, y[train])
        pred = clf.predict(Xte)
        proba = clf.predict_proba(Xte)
        sk_dist, sk_ind = clf.kneighbors(Xte)
        for t, row in enumerate(test):
            exact = ints is not None and metric != "cosine"
            if exact:
                red = exact_reduced(ints[row], itr, metric)
                nb = rule(red, k, True)
                dist = [to_distance(red[i], metric, scale) for i in nb]
            else:
                red = float_reduced(Xte[t], Xtr, metric)
                nb = rule(list(red), k, False)
                dist = [float(np.sqrt(red[i])) if metric == "euclidean" else
                        float(red[i]) ** (1 / 3) if metric == "minkowski3" else float(red[i]) for i in nb]
            w = weights_of(dist, weights)
            votes = np.zeros(proba.shape[1])
            for i, wi in zip(nb, w):
                votes[y[train][i]] += wi
            rule_proba = votes / votes.sum()
            same = set(nb) == set(sk_ind[t].tolist())
            rows_out.append([name, k, metric, weights, int(row), int(pred[t]), fmt(proba[t]),
                             int(np.argmax(votes)), fmt(rule_proba), int(same)])
            if k == 5 and weights == "uniform" and t < 12:
                nbr_out.append([name, metric, int(row), ";".join(str(int(i)) for i in sk_ind[t]), fmt(sk_dist[t]),
                                ";".join(str(i) for i in nb), fmt(dist)])

with open("knn_splits.csv", "w", newline="") as f:
    w = csv.writer(f)
    for name, train in splits.items():
        w.writerow([name] + [int(i) for i in train])

header = "# sklearn " + sklearn.__version__ + ", numpy " + np.__version__ + \
         ": KNeighborsClassifier(algorithm='brute'); split train_test_split(test_size=0.3, random_state=42, stratify=y)"
with open("knn_predictions.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow([header])
    w.writerow(["dataset", "k", "metric", "weights", "test_row", "sklearn_class", "sklearn_proba",
                "rule_class", "rule_proba", "same_neighbours"])
    w.writerows(rows_out)
with open("knn_neighbors.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow([header])
    w.writerow(["dataset", "metric", "test_row", "sklearn_rows", "sklearn_distances", "rule_rows", "rule_distances"])
    w.writerows(nbr_out)

# regression on diabetes (raw features)
text, yd = load("diabetes.csv", "progression", numeric_target=True)
X = np.array([[float(v) for v in r] for r in text])
ints, scale = exact_ints(text)
train, test = train_test_split(np.arange(len(yd)), test_size=0.3, random_state=42)
itr = [ints[i] for i in train]
reg_out = []
for k, metric, weights in [(5, m, w) for m in ("euclidean", "manhattan", "chebyshev") for w in ("uniform", "distance")]:
    reg = KNeighborsRegressor(n_neighbors=k, algorithm="brute", weights=weights, **METRICS[metric])
    reg.fit(X[train], yd[train])
    pred = reg.predict(X[test])
    _, sk_ind = reg.kneighbors(X[test])
    for t, row in enumerate(test):
        red = exact_reduced(ints[row], itr, metric)
        nb = rule(red, k, True)
        dist = [to_distance(red[i], metric, scale) for i in nb]
        wts = weights_of(dist, weights)
        rule_pred = float(np.sum(yd[train][nb] * wts) / np.sum(wts))
        reg_out.append(["diabetes", k, metric, weights, int(row), repr(float(pred[t])), repr(rule_pred),
                        int(set(nb) == set(sk_ind[t].tolist()))])
with open("knn_regression.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["# sklearn " + sklearn.__version__ + ": KNeighborsRegressor(algorithm='brute'); split "
                "train_test_split(test_size=0.3, random_state=42); train rows: knn_splits.csv line diabetes"])
    w.writerow(["dataset", "k", "metric", "weights", "test_row", "sklearn_prediction", "rule_prediction",
                "same_neighbours"])
    w.writerows(reg_out)
with open("knn_splits.csv", "a", newline="") as f:
    csv.writer(f).writerow(["diabetes"] + [int(i) for i in train])

agree = sum(r[-1] for r in rows_out)
print(f"classification lines {len(rows_out)}, neighbour sets equal to sklearn's: {agree}")
print(f"regression lines {len(reg_out)}, equal sets: {sum(r[-1] for r in reg_out)}")
