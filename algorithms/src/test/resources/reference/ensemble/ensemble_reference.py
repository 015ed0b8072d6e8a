"""Reference values for classicml's ensembles from scikit-learn 1.2.1 (Debian /usr/bin/python3).

Usage: OMP_NUM_THREADS=1 /usr/bin/python3 ensemble_reference.py DATASETS [SEEDS]
Writes, in the current folder:
  gb_regression.csv      data (x0..x3, y; first 80 rows train, last 20 probes) and staged predictions
  gb_binary.csv          same for binary log-loss: staged probability of class 1
  gb_multinomial.csv     same for 3 classes: staged probabilities
  samme.csv              data and AdaBoost SAMME estimator weights and errors (depth-1 trees)
  accuracy.csv           per dataset, seed and method: scikit-learn's test accuracy, with the split
"""
import sys
import numpy as np
import sklearn
from sklearn.ensemble import (GradientBoostingRegressor, GradientBoostingClassifier, AdaBoostClassifier,
                              BaggingClassifier, RandomForestClassifier, ExtraTreesClassifier)
from sklearn.tree import DecisionTreeClassifier
from sklearn.model_selection import train_test_split

assert sklearn.__version__ == "1.2.1", sklearn.__version__


def exact_data(rng, n, p):
    # every column a permutation of distinct multiples of 1/8 (exact in float32, no ties)
    x = np.empty((n, p))
    for j in range(p):
        x[:, j] = rng.permutation(n) / 8.0 + j
    return x


def write(name, header, rows):
    with open(name, "w") as f:
        f.write(",".join(header) + "\n")
        for r in rows:
            f.write(",".join(repr(float(v)) if not isinstance(v, str) else v for v in r) + "\n")


def gradient_boosting():
    rng = np.random.RandomState(20)
    # 300 training rows and at least 5 per leaf, so that no node has two features that cut its rows into
    # the same two sets (a tie that scikit-learn breaks by its random feature order)
    n = 320
    x = exact_data(rng, n, 4)
    y = np.sin(x[:, 0] / 4) * 3 + x[:, 1] * 0.05 - (x[:, 2] > 22) * 2 + rng.normal(0, 0.3, n)
    y = y.astype(np.float32).astype(np.float64)
    train, probe = slice(0, 300), slice(300, n)
    stages = 30
    gb = GradientBoostingRegressor(n_estimators=stages, learning_rate=0.1, max_depth=3, min_samples_leaf=5,
                                   random_state=0)
    gb.fit(x[train], y[train])
    staged = np.array(list(gb.staged_predict(x[probe])))  # stages x probes
    rows = [list(x[i]) + [y[i]] for i in range(n)]
    rows += [["stage%d" % m] + list(staged[m]) for m in range(stages)]
    write("gb_regression.csv", ["x0", "x1", "x2", "x3", "y"], rows)

    yb = (y > np.median(y)).astype(int)
    gbc = GradientBoostingClassifier(n_estimators=stages, learning_rate=0.1, max_depth=3, min_samples_leaf=5,
                                     random_state=0)
    gbc.fit(x[train], yb[train])
    staged = np.array([p[:, 1] for p in gbc.staged_predict_proba(x[probe])])
    rows = [list(x[i]) + [yb[i]] for i in range(n)]
    rows += [["stage%d" % m] + list(staged[m]) for m in range(stages)]
    write("gb_binary.csv", ["x0", "x1", "x2", "x3", "y"], rows)

    y3 = np.digitize(y, np.quantile(y, [1 / 3, 2 / 3]))
    gbm = GradientBoostingClassifier(n_estimators=stages, learning_rate=0.1, max_depth=2, min_samples_leaf=5,
                                     random_state=0)
    gbm.fit(x[train], y3[train])
    staged = np.array([p.ravel() for p in gbm.staged_predict_proba(x[probe])])  # probe-major, 3 classes
    rows = [list(x[i]) + [y3[i]] for i in range(n)]
    rows += [["stage%d" % m] + list(staged[m]) for m in range(stages)]
    write("gb_multinomial.csv", ["x0", "x1", "x2", "x3", "y"], rows)


def samme():
    rng = np.random.RandomState(21)
    x = exact_data(rng, 90, 3)
    score = np.sin(x[:, 0]) + 0.3 * x[:, 1] + rng.normal(0, 0.5, 90)
    y = np.digitize(score, np.quantile(score, [1 / 3, 2 / 3]))
    ada = AdaBoostClassifier(DecisionTreeClassifier(max_depth=1), n_estimators=25, algorithm="SAMME",
                             random_state=0)
    ada.fit(x, y)
    rows = [list(x[i]) + [y[i]] for i in range(90)]
    rows.append(["weights"] + list(ada.estimator_weights_))
    rows.append(["errors"] + list(ada.estimator_errors_))
    write("samme.csv", ["x0", "x1", "x2", "y"], rows)


METHODS = {
    "bagging": lambda s: BaggingClassifier(DecisionTreeClassifier(), n_estimators=10, random_state=s),
    "random_forest": lambda s: RandomForestClassifier(n_estimators=100, random_state=s),
    "extra_trees": lambda s: ExtraTreesClassifier(n_estimators=100, random_state=s),
    "gradient_boosting": lambda s: GradientBoostingClassifier(n_estimators=100, random_state=s),
    "adaboost": lambda s: AdaBoostClassifier(DecisionTreeClassifier(max_depth=1), n_estimators=50,
                                             algorithm="SAMME", random_state=s),
}


def accuracy(datasets, seeds):
    import csv
    rows = []
    for name, target in [("iris", "species"), ("wine", "cultivar"), ("breast_cancer", "diagnosis")]:
        with open(datasets + "/" + name + ".csv") as f:
            reader = csv.reader(f)
            header = next(reader)
            data = list(reader)
        t = header.index(target)
        x = np.array([[float(v) for k, v in enumerate(r) if k != t] for r in data])
        labels = sorted(set(r[t] for r in data))
        y = np.array([labels.index(r[t]) for r in data])
        for seed in range(seeds):
            idx = np.arange(len(y))
            tr, te = train_test_split(idx, test_size=0.3, random_state=seed, stratify=y)
            for method, make in METHODS.items():
                model = make(seed).fit(x[tr], y[tr])
                acc = float(np.mean(model.predict(x[te]) == y[te]))
                rows.append([name, str(seed), method, acc, " ".join(str(i) for i in sorted(tr))])
    with open("accuracy.csv", "w") as f:
        f.write("dataset,seed,method,accuracy,train_rows\n")
        for r in rows:
            f.write("%s,%s,%s,%r,%s\n" % tuple(r))


if __name__ == "__main__":
    gradient_boosting()
    samme()
    if len(sys.argv) > 2 and sys.argv[2] == "--no-accuracy":
        sys.exit(0)
    accuracy(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10)
