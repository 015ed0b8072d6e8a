"""Reference trees from scikit-learn 1.2.1 for classicml's tree package (see README.md).

For each case: generate data whose feature values are exact in float32 (multiples of 1/16) and whose
targets are exact dyadic numbers, fit scikit-learn's tree, and check that the best split of every
internal node is unique (by brute force over all candidates, 1e-9 relative margin) and, for best-first
growth, that the improvements of the nodes differ; if not, the next data seed is tried. Writes
data_<case>.csv (features, target, sample weight) and tree_<case>.csv (settings, nodes, importances,
leaves of the training rows, pruning path).
"""
import sys
import numpy as np
import sklearn
from sklearn.tree import DecisionTreeClassifier, DecisionTreeRegressor

HEADER = "# scikit-learn %s, numpy %s" % (sklearn.__version__, np.__version__)


def classification_data(seed, n=120, p=5, classes=3):
    rng = np.random.default_rng(seed)
    x = np.round(rng.normal(size=(n, p)) * 3 * 16) / 16
    score = x[:, 0] + rng.normal(size=n)
    for j in range(1, p):
        score += (0.7 if j % 2 else -0.4) * x[:, j]
    edges = np.quantile(score, np.linspace(0, 1, classes + 1)[1:-1])
    y = np.searchsorted(edges, score)
    return x, y


def regression_data(seed, n=100, p=4):
    rng = np.random.default_rng(seed)
    x = np.round(rng.normal(size=(n, p)) * 3 * 16) / 16
    y = 3 * (x[:, 0] > 0) + rng.normal(size=n)
    for j in range(1, p):
        y += (1.0 if j % 2 else -0.5) * x[:, j]
    return x, np.round(y * 8) / 8


def proxy_classification(y, w, classes, criterion):
    counts = np.array([w[y == c].sum() for c in range(classes)])
    total = counts.sum()
    if criterion == "gini":
        return total * (1 - (counts ** 2).sum() / total ** 2)
    share = counts[counts > 0] / total
    return total * -(share * np.log2(share)).sum()


def cost_regression(y, w, criterion):
    total = w.sum()
    if criterion == "absolute_error":
        order = np.argsort(y, kind="stable")
        cumulative = np.cumsum(w[order])
        median = y[order][np.searchsorted(cumulative, total / 2.0)]
        return (w * np.abs(y - median)).sum()
    mean = (w * y).sum() / total
    return (w * (y - mean) ** 2).sum()


def check_unique(model, x, y, w, kind, criterion, min_leaf, classes):
    """True when every internal node's chosen split is the unique best candidate."""
    tree = model.tree_
    keep = w > 0
    x, y, w = x[keep], y[keep], w[keep]
    paths = model.decision_path(x.astype(np.float32)).toarray().astype(bool)
    for node in range(tree.node_count):
        if tree.children_left[node] == -1:
            continue
        rows = paths[:, node]
        xs, ys, ws = x[rows], y[rows], w[rows]
        scores = []
        for f in range(x.shape[1]):
            values = np.unique(xs[:, f])
            for a, b in zip(values[:-1], values[1:]):
                if b <= a + 1e-7:
                    continue
                left = xs[:, f] <= a
                if left.sum() < min_leaf or (~left).sum() < min_leaf:
                    continue
                if kind == "classification":
                    s = proxy_classification(ys[left], ws[left], classes, criterion) + \
                        proxy_classification(ys[~left], ws[~left], classes, criterion)
                else:
                    s = cost_regression(ys[left], ws[left], criterion) + cost_regression(ys[~left], ws[~left], criterion)
                scores.append((s, f, a / 2.0 + b / 2.0))
        scores.sort()
        best = scores[0]
        # candidates as good as the best (within rounding) must all be on one feature: both libraries
        # then take its lowest threshold; across features the order of visits would decide
        group = [s for s in scores if s[0] - best[0] <= 1e-9 * max(1.0, abs(best[0]))]
        if len({s[1] for s in group}) > 1:
            return False
        lowest = min(s[2] for s in group)
        if best[1] != tree.feature[node] or abs(lowest - tree.threshold[node]) > 1e-12:
            return False
    return True


def improvements_distinct(model):
    t = model.tree_
    imp = []
    for node in range(t.node_count):
        l, r = t.children_left[node], t.children_right[node]
        if l != -1:
            imp.append(t.weighted_n_node_samples[node] * t.impurity[node]
                       - t.weighted_n_node_samples[l] * t.impurity[l] - t.weighted_n_node_samples[r] * t.impurity[r])
    imp = np.sort(np.array(imp))
    return len(imp) < 2 or np.min(np.diff(imp)) > 1e-9


def write_case(name, kind, params, x, y, w, seed, model, path=None):
    with open("data_%s.csv" % name, "w") as out:
        out.write(HEADER + "\n")
        for i in range(x.shape[0]):
            out.write(",".join(repr(float(v)) for v in x[i]) + ",%r,%r\n" % (float(y[i]), float(w[i])))
    t = model.tree_
    with open("tree_%s.csv" % name, "w") as out:
        out.write(HEADER + "\n")
        out.write("kind,%s\n" % kind)
        out.write("seed,%d\n" % seed)
        for key in sorted(params):
            out.write("param,%s,%s\n" % (key, params[key]))
        for node in range(t.node_count):
            value = t.value[node][0]
            out.write("node,%d,%d,%r,%d,%d,%r,%d,%r,%s\n" % (
                node, t.feature[node], float(t.threshold[node]), t.children_left[node], t.children_right[node],
                float(t.impurity[node]), t.n_node_samples[node], float(t.weighted_n_node_samples[node]),
                ",".join(repr(float(v)) for v in value)))
        for j, v in enumerate(model.feature_importances_):
            out.write("importance,%d,%r\n" % (j, float(v)))
        for i, leaf in enumerate(model.apply(x.astype(np.float32))):
            out.write("leaf,%d,%d\n" % (i, leaf))
        if path is not None:
            for k, (a, imp) in enumerate(zip(path.ccp_alphas, path.impurities)):
                out.write("path,%d,%r,%r\n" % (k, float(a), float(imp)))


def weights_for(x, seed):
    rng = np.random.default_rng(seed + 1000)
    return rng.choice([0.0, 0.5, 1.0, 1.5, 2.0, 3.0], size=x.shape[0])


def run(name, kind, params, p, weighted=False, ccp_from_path=False, best_first=False, classes=3):
    for seed in range(200):
        if kind == "classification":
            x, y = classification_data(seed, p=p, classes=classes)
            estimator = DecisionTreeClassifier
        else:
            x, y = regression_data(seed, p=p)
            estimator = DecisionTreeRegressor
            classes = 0
        w = weights_for(x, seed) if weighted else np.ones(x.shape[0])
        fit_params = dict(params)
        path = None
        if ccp_from_path:
            full = estimator(random_state=0, **fit_params)
            path = full.cost_complexity_pruning_path(x, y, sample_weight=w)
            alphas = path.ccp_alphas
            k = len(alphas) // 2
            if len(alphas) < 4 or alphas[k + 1] - alphas[k] < 1e-9:
                continue
            fit_params["ccp_alpha"] = (alphas[k] + alphas[k + 1]) / 2
            unpruned = full.fit(x, y, sample_weight=w)
            if not check_unique(unpruned, x, y, w, kind, params.get("criterion", "gini" if classes else "squared_error"),
                                params.get("min_samples_leaf", 1), classes):
                continue
        model = estimator(random_state=0, **fit_params).fit(x, y, sample_weight=w)
        criterion = params.get("criterion", "gini" if kind == "classification" else "squared_error")
        effective = w.copy()
        if params.get("class_weight") == "balanced":
            counts = np.bincount(y)
            effective = w * (len(y) / (len(counts) * counts))[y]
        elif "class_weight" in params:
            effective = w * np.array([params["class_weight"][c] for c in y])
        if not check_unique(model, x, y, effective, kind, criterion, params.get("min_samples_leaf", 1), classes):
            continue
        if best_first and not improvements_distinct(model):
            continue
        write_case(name, kind, fit_params, x, y, w, seed, model, path)
        print("%s: seed %d, %d nodes" % (name, seed, model.tree_.node_count), flush=True)
        return
    raise SystemExit("no tie-free data for " + name)


run("gini", "classification", {}, 1)
run("entropy", "classification", {"criterion": "entropy"}, 1)
run("gini_deep", "classification", {"min_samples_leaf": 4}, 4)
run("entropy_deep", "classification", {"criterion": "entropy", "min_samples_leaf": 4}, 4)
run("gini_limits", "classification", {"max_depth": 4, "min_samples_split": 10, "min_samples_leaf": 3}, 5)
run("gini_leaves", "classification", {"max_leaf_nodes": 8}, 4, best_first=True)
run("gini_decrease", "classification", {"min_impurity_decrease": 0.01}, 4)
run("gini_weighted", "classification", {"class_weight": {0: 1.0, 1: 2.0, 2: 0.5}, "min_samples_leaf": 4}, 3,
    weighted=True)
run("gini_balanced", "classification", {"class_weight": "balanced", "max_depth": 5}, 4)
run("gini_ccp", "classification", {}, 1, ccp_from_path=True)
run("gini_ccp_deep", "classification", {"min_samples_leaf": 3}, 4, ccp_from_path=True)
run("binary", "classification", {}, 1, classes=2)
run("binary_deep", "classification", {"min_samples_leaf": 4}, 4, classes=2)
run("binary_weighted", "classification", {"min_samples_leaf": 3}, 3, weighted=True, classes=2)
run("binary_entropy_leaves", "classification", {"criterion": "entropy", "max_leaf_nodes": 6}, 4, best_first=True,
    classes=2)
run("squared", "regression", {}, 1)
run("squared_deep", "regression", {"min_samples_leaf": 4}, 4)
run("squared_limits", "regression", {"max_depth": 5, "min_samples_leaf": 2}, 4)
run("absolute", "regression", {"criterion": "absolute_error", "max_depth": 4, "min_samples_leaf": 3}, 3)
run("absolute_full", "regression", {"criterion": "absolute_error"}, 1)
run("friedman_leaves", "regression", {"criterion": "friedman_mse", "max_leaf_nodes": 10}, 4, best_first=True)
run("squared_weighted", "regression", {"min_samples_leaf": 3}, 3, weighted=True)
run("squared_ccp", "regression", {}, 1, ccp_from_path=True)
