#!/usr/bin/python3
"""Reference values of scikit-learn's metrics for classicml's metrics module.

Run from this folder with Debian's interpreter (python3-sklearn):
    /usr/bin/python3 metrics_reference.py
Writes one text file per family (classification.txt, curves.txt, multiclass.txt, regression.txt,
clustering.txt, ranking.txt). Every line is `<case>.<field> <value> <value> ...`: the inputs of a
case (generated here from fixed seeds) and scikit-learn's outputs for it, floats written with
repr() so that they read back exactly. Matrices are written row after row with their shape in a
separate field. The first line of every file records the versions.
"""
import itertools

import numpy as np
import scipy
import sklearn
from sklearn.cluster import KMeans
from sklearn.metrics import (accuracy_score, average_precision_score, balanced_accuracy_score,
                             brier_score_loss, cohen_kappa_score, confusion_matrix, dcg_score,
                             explained_variance_score, fbeta_score, log_loss,
                             matthews_corrcoef, mean_absolute_error,
                             mean_absolute_percentage_error, mean_squared_error,
                             median_absolute_error, multilabel_confusion_matrix, ndcg_score,
                             precision_recall_curve, precision_recall_fscore_support, r2_score,
                             recall_score, precision_score, roc_auc_score, roc_curve,
                             silhouette_samples, silhouette_score)

VERSIONS = f"# scikit-learn {sklearn.__version__}, numpy {np.__version__}, scipy {scipy.__version__}"


class Out:
    def __init__(self, name):
        self.f = open(name, "w")
        self.f.write(VERSIONS + "\n")

    def put(self, key, values):
        values = np.asarray(values).ravel()
        parts = []
        for v in values:
            if isinstance(v, (bool, np.bool_)):
                parts.append("1" if v else "0")
            elif isinstance(v, (int, np.integer)):
                parts.append(str(int(v)))
            else:
                parts.append(repr(float(v)))
        self.f.write(key + " " + " ".join(parts) + "\n")

    def close(self):
        self.f.close()


# ---------------------------------------------------------------- classification (confusion based)
def classification_cases():
    r = np.random.RandomState(11)
    cases = {}
    y = r.randint(0, 2, 200)
    cases["binary"] = (y, np.where(r.rand(200) < 0.7, y, 1 - y), 2)
    y = (r.rand(300) < 0.05).astype(int)
    cases["imbalanced"] = (y, np.where(r.rand(300) < 0.9, y, 1 - y), 2)
    y = r.randint(0, 3, 150)
    cases["three"] = (y, np.where(r.rand(150) < 0.6, y, r.randint(0, 3, 150)), 3)
    # five classes, class 4 rare, class 3 never predicted: zero-division for its precision
    y = r.choice(5, 400, p=[0.4, 0.3, 0.15, 0.1, 0.05])
    p = np.where(r.rand(400) < 0.5, y, r.choice(5, 400, p=[0.4, 0.3, 0.2, 0.0, 0.1]))
    p[p == 3] = 0
    cases["fiveSkewed"] = (y, p, 5)
    # class 2 predicted but never actual (recall 0/0), class 3 in neither (precision and recall 0/0)
    y = r.randint(0, 2, 60)
    p = np.where(r.rand(60) < 0.7, y, 2)
    cases["absentClasses"] = (y, p, 4)
    y = r.randint(0, 3, 40)
    cases["constantPrediction"] = (y, np.zeros(40, dtype=int), 3)
    y = r.randint(0, 4, 30)
    cases["perfect"] = (y, y.copy(), 4)
    return cases


def write_classification():
    out = Out("classification.txt")
    for name, (y, p, k) in classification_cases().items():
        labels = list(range(k))
        out.put(name + ".k", [k])
        out.put(name + ".actual", y)
        out.put(name + ".predicted", p)
        out.put(name + ".matrix", confusion_matrix(y, p, labels=labels))
        mcm = multilabel_confusion_matrix(y, p, labels=labels)   # per class [[TN, FP], [FN, TP]]
        out.put(name + ".tn", mcm[:, 0, 0])
        out.put(name + ".fp", mcm[:, 0, 1])
        out.put(name + ".fn", mcm[:, 1, 0])
        out.put(name + ".tp", mcm[:, 1, 1])
        for zd in (0, 1):
            for beta in (1.0, 0.5, 2.0):
                pr, rc, f, s = precision_recall_fscore_support(y, p, labels=labels, beta=beta, average=None,
                                                               zero_division=zd)
                if beta == 1.0:
                    out.put(f"{name}.zd{zd}.precision", pr)
                    out.put(f"{name}.zd{zd}.recall", rc)
                    out.put(f"{name}.zd{zd}.support", s)
                out.put(f"{name}.zd{zd}.f{beta:g}", f)
                for avg in ("macro", "weighted", "micro"):
                    pa, ra, fa, _ = precision_recall_fscore_support(y, p, labels=labels, beta=beta, average=avg,
                                                                    zero_division=zd)
                    if beta == 1.0:
                        out.put(f"{name}.zd{zd}.{avg}.precision", [pa])
                        out.put(f"{name}.zd{zd}.{avg}.recall", [ra])
                    out.put(f"{name}.zd{zd}.{avg}.f{beta:g}", [fa])
            # specificity and NPV of class c are recall and precision of "not c"
            spec = [recall_score(y != c, p != c, zero_division=zd) for c in labels]
            npv = [precision_score(y != c, p != c, zero_division=zd) for c in labels]
            out.put(f"{name}.zd{zd}.specificity", spec)
            out.put(f"{name}.zd{zd}.npv", npv)
            # the one-vs-rest MCC of each class
            out.put(f"{name}.zd{zd}.classMcc", [matthews_corrcoef(y == c, p == c) for c in labels])
        out.put(name + ".accuracy", [accuracy_score(y, p)])
        out.put(name + ".balancedAccuracy", [balanced_accuracy_score(y, p)])
        out.put(name + ".mcc", [matthews_corrcoef(y, p)])
        out.put(name + ".kappa", [cohen_kappa_score(y, p, labels=labels)])
    out.close()


# ---------------------------------------------------------------- binary curves and probabilities
def curve_cases():
    r = np.random.RandomState(12)
    cases = {}
    cases["small"] = (np.array([0, 0, 1, 1, 0, 1, 0, 1, 1, 0]),
                      np.array([0.1, 0.4, 0.35, 0.8, 0.4, 0.4, 0.2, 0.9, 0.35, 0.1]))
    y = r.randint(0, 2, 500)
    cases["ties"] = (y, np.round(np.clip(0.5 + 0.25 * (y - 0.5) + 0.2 * r.randn(500), 0, 1), 1))
    y = r.randint(0, 2, 400)
    cases["continuous"] = (y, 1 / (1 + np.exp(-(r.randn(400) + 1.2 * y))))
    y = (r.rand(1000) < 0.02).astype(int)
    cases["imbalanced"] = (y, np.round(1 / (1 + np.exp(-(r.randn(1000) + 2 * y - 2))), 2))
    y = r.randint(0, 2, 50)
    cases["oneScore"] = (y, np.full(50, 0.5))
    # longer than the radix sort's threshold: mixed signs, -0.0 and 0.0, huge and tiny magnitudes
    n = 3000
    y = (r.rand(n) < 0.4).astype(int)
    s = np.round(r.randn(n) * 3 + y, 1)
    s[r.rand(n) < 0.05] = -0.0
    s[r.rand(n) < 0.02] = 1e300
    s[r.rand(n) < 0.02] = -1e-300
    s[r.rand(n) < 0.02] = 5e-324
    cases["mixedSigns"] = (y, s)
    y = r.randint(0, 2, 80)
    cases["integers"] = (y, r.randint(-3, 4, 80).astype(float))
    # probabilities with exact 0 and 1, where log-loss clipping matters
    y = r.randint(0, 2, 60)
    pr = np.round(r.rand(60), 1)
    pr[:5] = [0.0, 1.0, 1.0, 0.0, 0.5]
    cases["extremes"] = (y, pr)
    return cases


def write_curves():
    out = Out("curves.txt")
    for name, (y, s) in curve_cases().items():
        out.put(name + ".actual", y)
        out.put(name + ".scores", s)
        for drop in (True, False):
            fpr, tpr, th = roc_curve(y, s, drop_intermediate=drop)
            tag = "roc" if drop else "rocAll"
            out.put(f"{name}.{tag}.fpr", fpr)
            out.put(f"{name}.{tag}.tpr", tpr)
            out.put(f"{name}.{tag}.thresholds", th)
        out.put(name + ".auc", [roc_auc_score(y, s)])
        p, rc, th = precision_recall_curve(y, s)
        out.put(name + ".pr.precision", p)
        out.put(name + ".pr.recall", rc)
        out.put(name + ".pr.thresholds", th)
        out.put(name + ".ap", [average_precision_score(y, s)])
        if s.min() >= 0 and s.max() <= 1:
            out.put(name + ".logLoss", [log_loss(y, s, labels=[0, 1])])
            out.put(name + ".logLossEps1e-15", [log_loss(y, s, eps=1e-15, labels=[0, 1])])
            out.put(name + ".brier", [brier_score_loss(y, s)])
    out.close()


# ---------------------------------------------------------------- multi-class AUC and log loss
def multiclass_cases():
    r = np.random.RandomState(13)
    cases = {}
    # rows drawn from six prototype probability vectors: heavy ties in every column
    protos = np.array([[0.7, 0.2, 0.1], [0.2, 0.6, 0.2], [0.1, 0.3, 0.6],
                       [0.4, 0.4, 0.2], [0.3, 0.3, 0.4], [0.5, 0.25, 0.25]])
    y = r.randint(0, 3, 200)
    pick = np.where(r.rand(200) < 0.6, y, r.randint(3, 6, 200))
    cases["prototypes"] = (y, protos[pick])
    # four classes, class 3 rare, continuous softmax scores
    y = r.choice(4, 300, p=[0.4, 0.3, 0.25, 0.05])
    z = r.randn(300, 4) + 1.5 * np.eye(4)[y]
    cases["skewed"] = (y, np.exp(z) / np.exp(z).sum(axis=1, keepdims=True))
    # five classes with probabilities rounded to tenths that still sum to 1 (ties, exact 0 and 1)
    y = r.randint(0, 5, 150)
    pr = np.zeros((150, 5))
    for i in range(150):
        tenths = r.multinomial(10, np.full(5, 0.1) + 0.5 * np.eye(5)[y[i]])
        pr[i] = tenths / 10
    cases["tenths"] = (y, pr)
    return cases


def write_multiclass():
    out = Out("multiclass.txt")
    for name, (y, pr) in multiclass_cases().items():
        out.put(name + ".actual", y)
        out.put(name + ".shape", pr.shape)
        out.put(name + ".probabilities", pr)
        out.put(name + ".ovr.perClass", roc_auc_score(y, pr, multi_class="ovr", average=None))
        for avg in ("macro", "weighted", "micro"):
            out.put(f"{name}.ovr.{avg}", [roc_auc_score(y, pr, multi_class="ovr", average=avg)])
        for avg in ("macro", "weighted"):
            out.put(f"{name}.ovo.{avg}", [roc_auc_score(y, pr, multi_class="ovo", average=avg)])
        out.put(name + ".logLoss", [log_loss(y, pr, labels=list(range(pr.shape[1])))])
    # rows that do not sum to 1: log loss renormalises them
    y = np.array([0, 1, 2, 1])
    pr = np.array([[0.5, 0.5, 0.5], [0.1, 0.2, 0.3], [0.0, 0.0, 1.0], [0.2, 0.8, 0.0]])
    out.put("unnormalised.actual", y)
    out.put("unnormalised.shape", pr.shape)
    out.put("unnormalised.probabilities", pr)
    out.put("unnormalised.logLoss", [log_loss(y, pr)])
    out.close()


# ---------------------------------------------------------------- regression
def write_regression():
    r = np.random.RandomState(14)
    out = Out("regression.txt")
    cases = {}
    y = r.randn(50) * 10 + 3
    cases["noisy"] = (y, y + r.randn(50) * 2)
    y = r.randn(41)
    p = y + 0.3 * r.randn(41)
    p[:3] += [25, -40, 60]
    cases["outliers"] = (y, p)
    y = np.round(r.randn(30), 1)
    y[:4] = 0.0
    cases["zeros"] = (y, y + 0.5)                       # MAPE divides by max(|y|, eps)
    cases["constantPerfect"] = (np.full(6, 2.5), np.full(6, 2.5))
    cases["constantImperfect"] = (np.full(6, 2.5), np.array([2.5, 2.5, 2.5, 2.5, 2.5, 2.6]))
    cases["biased"] = (np.arange(10.0), np.arange(10.0) + 1.0)   # explained variance 1, R² < 1
    cases["two"] = (np.array([1.0, 3.0]), np.array([2.0, 2.5]))
    for name, (y, p) in cases.items():
        out.put(name + ".actual", y)
        out.put(name + ".predicted", p)
        out.put(name + ".mse", [mean_squared_error(y, p)])
        out.put(name + ".rmse", [mean_squared_error(y, p, squared=False)])
        out.put(name + ".mae", [mean_absolute_error(y, p)])
        out.put(name + ".medae", [median_absolute_error(y, p)])
        out.put(name + ".mape", [mean_absolute_percentage_error(y, p)])
        out.put(name + ".r2", [r2_score(y, p)])
        out.put(name + ".explainedVariance", [explained_variance_score(y, p)])
    out.close()


# ---------------------------------------------------------------- clustering
def write_clustering():
    r = np.random.RandomState(15)
    out = Out("clustering.txt")
    cases = {}
    centres = np.array([[0, 0], [6, 1], [2, 7]])
    lab = r.randint(0, 3, 60)
    x = centres[lab] + r.randn(60, 2)
    cases["blobs"] = (x, lab)
    x2 = np.vstack([x[:20], [[30.0, 30.0]]])
    lab2 = np.concatenate([lab[:20] % 2, [2]])          # cluster 2 is a single row
    cases["singleton"] = (x2, lab2)
    cases["gaps"] = (x[:30], np.array([2, 5, 9])[lab[:30]])   # labels need not be consecutive
    x4 = np.array([[0.0, 0], [0, 0], [0, 0], [1, 1], [1, 1], [5, 5]])
    cases["duplicates"] = (x4, np.array([0, 1, 0, 1, 1, 2]))  # equal points in different clusters
    x5 = r.randn(40, 5)
    cases["noise"] = (x5, r.randint(0, 4, 40))
    for name, (x, lab) in cases.items():
        out.put(name + ".shape", x.shape)
        out.put(name + ".rows", x)
        out.put(name + ".labels", lab)
        out.put(name + ".silhouetteSamples", silhouette_samples(x, lab))
        out.put(name + ".silhouetteScore", [silhouette_score(x, lab)])
        # inertia against the clusters' means (numpy, not scikit-learn: it has no such function)
        out.put(name + ".inertiaMeans", [sum(((x[lab == c] - x[lab == c].mean(axis=0)) ** 2).sum()
                                             for c in np.unique(lab))])
    km = KMeans(n_clusters=3, n_init=1, random_state=0).fit(cases["blobs"][0])
    out.put("kmeans.shape", cases["blobs"][0].shape)
    out.put("kmeans.rows", cases["blobs"][0])
    out.put("kmeans.labels", km.labels_)
    out.put("kmeans.centres", km.cluster_centers_)
    out.put("kmeans.inertia", [km.inertia_])
    out.close()


# ---------------------------------------------------------------- ranking
def write_ranking():
    r = np.random.RandomState(16)
    out = Out("ranking.txt")
    cases = {}
    rel = r.randint(0, 4, (6, 12)).astype(float)
    cases["graded"] = (rel, rel + r.randn(6, 12))
    rel = r.randint(0, 3, (5, 10)).astype(float)
    cases["ties"] = (rel, np.round(rel + r.randn(5, 10), 0))       # scores with many ties
    rel = r.randint(0, 3, (4, 8)).astype(float)
    rel[1] = 0                                                      # a query without relevant items
    cases["irrelevant"] = (rel, r.rand(4, 8))
    rel = (r.rand(5, 15) < 0.3).astype(float)
    rel[:, 0] = 1                                                  # every query has a relevant item
    cases["binary"] = (rel, r.rand(5, 15))
    for name, (rel, s) in cases.items():
        out.put(name + ".shape", rel.shape)
        out.put(name + ".relevance", rel)
        out.put(name + ".scores", s)
        for k in (None, 1, 3, 5):
            tag = "all" if k is None else str(k)
            out.put(f"{name}.ndcg.{tag}", [ndcg_score(rel, s, k=k)])
            out.put(f"{name}.dcg.{tag}", [dcg_score(rel, s, k=k)])
            out.put(f"{name}.ndcgPerQuery.{tag}", [ndcg_score(rel[q:q + 1], s[q:q + 1], k=k)
                                                   for q in range(rel.shape[0])]
                    if rel.shape[1] > 1 else [])
        if name == "binary":
            # with distinct scores, per-query average precision is scikit-learn's average_precision_score
            out.put(name + ".ap", [average_precision_score(rel[q] > 0, s[q]) for q in range(rel.shape[0])])
    out.close()


if __name__ == "__main__":
    write_classification()
    write_curves()
    write_multiclass()
    write_regression()
    write_clustering()
    write_ranking()
