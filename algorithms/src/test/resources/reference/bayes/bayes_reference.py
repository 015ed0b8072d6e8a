#!/usr/bin/python3
"""Reference answers of scikit-learn's naive Bayes classifiers for classicml's tests.

Run from this folder with Debian's interpreter (python3-sklearn):
    /usr/bin/python3 bayes_reference.py ../../../../../../core/src/main/resources/io/github/classicml/core/io/datasets \
        ../../../../../../examples/src/main/resources/io/github/classicml/examples/spam/messages.csv

Writes, for the generated data sets, one CSV of features and class each (data_*.csv: header x0..x{p-1}
or the words, then `class`), and for every case one CSV (case_*.csv):
    line 1  "# ..." the scikit-learn and numpy versions, the estimator, the data, the split
    line 2  train,<row indices of the training part>
    line 3  header: row,predicted,p_0..p_{k-1},jll_0..jll_{k-1}
    then one line per row of the whole data set (training and test rows) that the model can score:
    its row index, the predicted class index, predict_proba and predict_joint_log_proba.
Classes are indices 0..k-1 in sorted label order, as classicml numbers them.
"""
import csv
import os
import re
import sys

import numpy as np
import sklearn
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import BernoulliNB, CategoricalNB, ComplementNB, GaussianNB, MultinomialNB

datasets_dir, messages_path = sys.argv[1], sys.argv[2]
VERSIONS = "sklearn " + sklearn.__version__ + ", numpy " + np.__version__


def numeric_label_key(labels):
    try:
        return sorted(set(labels), key=float)
    except ValueError:
        return sorted(set(labels))


def load_bundled(name):
    with open(os.path.join(datasets_dir, name + ".csv")) as f:
        rows = list(csv.reader(f))
    body = rows[1:]
    X = np.array([[float(v) for v in r[:-1]] for r in body])
    labels = [r[-1] for r in body]
    classes = numeric_label_key(labels)        # classicml: numeric order if all numeric, else sorted
    y = np.array([classes.index(v) for v in labels])
    return X, y


def write_data(name, X, y, header=None):
    with open("data_" + name + ".csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow((header or ["x%d" % j for j in range(X.shape[1])]) + ["class"])
        for row, c in zip(X, y):
            w.writerow([repr(float(v)) if v != int(v) else int(v) for v in row] + [int(c)])


def digit_counts():
    """Digit-like integer counts: 8 x 8 "images", intensities 0..16, 10 classes, 30 rows per class.
    Each class has a random template; the two outer pixel columns are always 0 (constant features)."""
    rng = np.random.RandomState(2024)
    templates = rng.uniform(0, 1, size=(10, 8, 8)) ** 2
    templates[:, :, 0] = 0
    templates[:, :, 7] = 0
    X, y = [], []
    for i in range(300):
        c = i % 10
        X.append(rng.binomial(16, templates[c].ravel()))
        y.append(c)
    return np.array(X, dtype=float), np.array(y)


def word_counts():
    """The spam-filter messages as word counts: letters-only tokens, lower-cased, sorted vocabulary."""
    with open(messages_path) as f:
        rows = list(csv.reader(f))[1:]
    labels = [r[0] for r in rows]
    docs = [re.findall(r"[^\W\d_]+", r[1].lower()) for r in rows]
    vocab = sorted({w for d in docs for w in d})
    index = {w: j for j, w in enumerate(vocab)}
    X = np.zeros((len(docs), len(vocab)))
    for i, d in enumerate(docs):
        for w in d:
            X[i, index[w]] += 1
    classes = sorted(set(labels))
    return X, np.array([classes.index(v) for v in labels]), vocab


def quantile_codes(X, bins):
    """Category codes 0..bins-1 per column from the column's quantiles over all rows."""
    out = np.zeros(X.shape)
    for j in range(X.shape[1]):
        edges = np.quantile(X[:, j], np.linspace(0, 1, bins + 1)[1:-1])
        out[:, j] = np.searchsorted(edges, X[:, j], side="right")
    return out


data = {name: load_bundled(name) for name in ("iris", "wine", "breast_cancer")}
data["digits"] = digit_counts()
write_data("digits", *data["digits"])
Xw, yw, vocab = word_counts()
data["words"] = (Xw, yw)
write_data("words", Xw, yw, vocab)
data["iris_codes"] = (np.floor(data["iris"][0]), data["iris"][1])
write_data("iris_codes", *data["iris_codes"])
data["wine_codes"] = (quantile_codes(data["wine"][0], 4), data["wine"][1])
write_data("wine_codes", *data["wine_codes"])
data["breast_cancer_codes"] = (quantile_codes(data["breast_cancer"][0], 5), data["breast_cancer"][1])
write_data("breast_cancer_codes", *data["breast_cancer_codes"])

CASES = [
    ("gaussian_iris", "GaussianNB()", "iris"),
    ("gaussian_wine", "GaussianNB()", "wine"),
    ("gaussian_breast_cancer", "GaussianNB()", "breast_cancer"),
    ("gaussian_wine_priors", "GaussianNB(priors=[0.2, 0.3, 0.5], var_smoothing=1e-3)", "wine"),
    ("gaussian_digits", "GaussianNB()", "digits"),
    ("multinomial_iris", "MultinomialNB()", "iris"),
    ("multinomial_wine", "MultinomialNB(alpha=0.5)", "wine"),
    ("multinomial_breast_cancer", "MultinomialNB()", "breast_cancer"),
    ("multinomial_digits", "MultinomialNB(alpha=0.1, fit_prior=False)", "digits"),
    ("multinomial_words", "MultinomialNB()", "words"),
    ("multinomial_words_priors", "MultinomialNB(alpha=0.5, class_prior=[0.3, 0.7])", "words"),
    ("complement_iris", "ComplementNB()", "iris"),
    ("complement_wine", "ComplementNB(norm=True)", "wine"),
    ("complement_breast_cancer", "ComplementNB(alpha=2.0)", "breast_cancer"),
    ("complement_digits", "ComplementNB()", "digits"),
    ("complement_digits_norm", "ComplementNB(alpha=0.5, norm=True)", "digits"),
    ("complement_words", "ComplementNB()", "words"),
    ("bernoulli_iris", "BernoulliNB(binarize=2.5)", "iris"),
    ("bernoulli_wine", "BernoulliNB(binarize=3.0, alpha=0.5)", "wine"),
    ("bernoulli_breast_cancer", "BernoulliNB(binarize=0.1)", "breast_cancer"),
    ("bernoulli_digits", "BernoulliNB(binarize=7.0, fit_prior=False)", "digits"),
    ("bernoulli_words", "BernoulliNB()", "words"),
    ("categorical_iris", "CategoricalNB()", "iris_codes"),
    ("categorical_wine", "CategoricalNB(alpha=0.5)", "wine_codes"),
    ("categorical_breast_cancer", "CategoricalNB(class_prior=[0.5, 0.5])", "breast_cancer_codes"),
    ("categorical_digits", "CategoricalNB(alpha=2.0)", "digits"),
]

for name, estimator, data_name in CASES:
    X, y = data[data_name]
    idx = np.arange(len(y))
    train, _ = train_test_split(idx, test_size=0.3, random_state=0, stratify=y)
    est = eval(estimator)
    if hasattr(est, "force_alpha"):
        est.set_params(force_alpha=True)
    est.fit(X[train], y[train])
    rows = idx
    if isinstance(est, CategoricalNB):
        # scikit-learn cannot score codes above a column's training range; classicml's rule for them is tested apart
        rows = idx[(X < est.n_categories_).all(axis=1)]
    proba = est.predict_proba(X[rows])
    jll = est.predict_joint_log_proba(X[rows])
    pred = est.predict(X[rows])
    k = proba.shape[1]
    with open("case_" + name + ".csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["# " + VERSIONS + ": " + repr(est) + " on " + data_name
                    + "; train_test_split(test_size=0.3, random_state=0, stratify=y)"])
        w.writerow(["train"] + [int(i) for i in train])
        w.writerow(["row", "predicted"] + ["p_%d" % c for c in range(k)] + ["jll_%d" % c for c in range(k)])
        for i, c, pr, jl in zip(rows, pred, proba, jll):
            w.writerow([int(i), int(c)] + [repr(float(v)) for v in pr] + [repr(float(v)) for v in jl])
    print(name, "rows", len(rows), "of", len(y), "training accuracy", (est.predict(X[train]) == y[train]).mean())
