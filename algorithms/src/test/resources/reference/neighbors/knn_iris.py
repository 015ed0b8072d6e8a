#!/usr/bin/python3
"""Reference predictions of scikit-learn's brute-force k-nearest-neighbours classifier on iris.

Run from this folder with Debian's interpreter (python3-sklearn):
    /usr/bin/python3 knn_iris.py ../../../../../../core/src/main/resources/io/github/classicml/core/io/datasets/iris.csv
Writes knn_iris.csv: one row per test row, with its iris row index, the predicted class index and
the class probabilities. The train/test split (stratified, 30 % test, random_state=42) is recorded as
the iris row indices, so the Java test uses exactly the same split.
"""
import csv
import sys

import numpy as np
import sklearn
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

path = sys.argv[1]
with open(path) as f:
    rows = list(csv.reader(f))
header, body = rows[0], rows[1:]
X = np.array([[float(v) for v in r[:-1]] for r in body])
labels = [r[-1] for r in body]
classes = sorted(set(labels))              # same order as classicml's CsvLoader
y = np.array([classes.index(v) for v in labels])

idx = np.arange(len(y))
train, test = train_test_split(idx, test_size=0.3, random_state=42, stratify=y)
clf = KNeighborsClassifier(n_neighbors=5, algorithm="brute").fit(X[train], y[train])
pred = clf.predict(X[test])
proba = clf.predict_proba(X[test])

with open("knn_iris.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["# sklearn " + sklearn.__version__ + ", numpy " + np.__version__
                + ": KNeighborsClassifier(n_neighbors=5, algorithm='brute'); split train_test_split(test_size=0.3, random_state=42, stratify=y)"])
    w.writerow(["train"] + [int(i) for i in train])
    w.writerow(["test_row", "predicted", "p_setosa", "p_versicolor", "p_virginica"])
    for i, p, pr in zip(test, pred, proba):
        w.writerow([int(i), int(p)] + [repr(float(v)) for v in pr])
print("accuracy", (pred == y[test]).mean())
