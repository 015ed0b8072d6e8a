"""Reference values for the interview-tour examples (examples/src/test/.../TourExamplesTest.java).

Run from the repository root with Debian's python3 (see README.md beside this file):
    /usr/bin/python3 examples/src/test/resources/reference/tour_reference.py
Reads the bundled CSVs; prints one "name = value" line per reference value.
"""
import warnings

import numpy as np
import sklearn

warnings.filterwarnings("ignore")
DATA = "core/src/main/resources/io/github/classicml/core/io/datasets/"


def load(name):
    with open(DATA + name) as f:
        header = f.readline().strip().split(",")
        rows = [line.strip().split(",") for line in f if line.strip()]
    return header, rows


def show(name, value):
    print(f"{name} = {value!r}")


print(f"# scikit-learn {sklearn.__version__}, numpy {np.__version__}")

# learning-curves: diabetes progression above the median; test = rows i % 3 == 0, the pool = the others
from sklearn.linear_model import LogisticRegression
from sklearn.naive_bayes import GaussianNB

header, rows = load("diabetes.csv")
data = np.array(rows, dtype=float)
X, y = data[:, :-1], data[:, -1]
label = (y > np.median(y)).astype(int)
test = np.arange(len(y)) % 3 == 0
show("learning_curves.median", float(np.median(y)))
show("learning_curves.naive_bayes_whole_pool", GaussianNB().fit(X[~test], label[~test]).score(X[test], label[test]))
show("learning_curves.logistic_whole_pool",
     LogisticRegression(penalty="none", max_iter=10000).fit(X[~test], label[~test]).score(X[test], label[test]))
