"""Reference answers of scikit-learn's LogisticRegression and statsmodels' Logit for classicml's tests.

Run in this folder:
    /usr/bin/python3 logistic_reference.py ../../../../../../core/src/main/resources/io/github/classicml/core/io/datasets

Features are standardised with StandardScaler (population standard deviation) on all rows; classes are
indices 0..k-1 in sorted label order, as classicml numbers them. For every case it writes
logistic_<case>.csv: a comment line (versions, estimator), then a line `coef` per weight vector
(weights then intercept), then one line per data row: predict_proba. To show the reference fits are at
the minimiser, every lbfgs case is refitted independently with scipy's L-BFGS-B on the same objective
(gtol 1e-12, ftol 0) and the largest probability difference is printed.

Why two solvers: scikit-learn 1.2.1's lbfgs passes tol to scipy as gtol but leaves scipy's default
ftol = 2.2e-9 (relative decrease of the objective), which stops it first: at tol=1e-10 its fits on
these data end with gradient entries up to 3e-4 and probabilities 1e-5 to 4e-5 away from the
minimiser. So every smooth case is written twice: logistic_<case>.csv from scikit-learn's Newton
solvers (newton-cholesky for two classes, newton-cg for more), which reach the minimiser (the printed
difference to scipy is about 1e-8), and logistic_<case>_lbfgs.csv from scikit-learn's lbfgs.
"""
import csv
import os
import sys

import numpy as np
import scipy
import sklearn
import statsmodels
import statsmodels.api as sm
from scipy import optimize
from scipy.special import logsumexp
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

datasets_dir = sys.argv[1]
VERSIONS = "scikit-learn %s, statsmodels %s, scipy %s, numpy %s" % (
    sklearn.__version__, statsmodels.__version__, scipy.__version__, np.__version__)


def load(name, target):
    with open(os.path.join(datasets_dir, name + ".csv")) as f:
        rows = list(csv.reader(f))
    header = rows[0]
    t = header.index(target)
    X = np.array([[float(v) for j, v in enumerate(r) if j != t] for r in rows[1:]])
    labels = [r[t] for r in rows[1:]]
    classes = sorted(set(labels))
    y = np.array([classes.index(v) for v in labels])
    return StandardScaler().fit_transform(X), y


def write(case, description, coef, intercept, proba):
    with open("logistic_%s.csv" % case, "w", newline="") as f:
        f.write("# %s; %s\n" % (VERSIONS, description))
        w = csv.writer(f)
        for c in range(coef.shape[0]):
            w.writerow(["coef"] + [repr(float(v)) for v in coef[c]] + [repr(float(intercept[c]))])
        for row in proba:
            w.writerow([repr(float(v)) for v in row])


def independent_lbfgs(X, y, C, sw, multinomial):
    """C * sum sw_i logloss_i + 1/2 ||W||^2, by scipy directly (not through scikit-learn)."""
    n, p = X.shape
    k = y.max() + 1 if multinomial else 1
    Y = np.eye(k)[y] if multinomial else None

    def f(theta):
        W = theta.reshape(k, p + 1)
        Z = X @ W[:, :p].T + W[:, p]
        if multinomial:
            lse = logsumexp(Z, axis=1)
            loss = np.sum(sw * (lse - np.sum(Z * Y, axis=1)))
            R = (np.exp(Z - lse[:, None]) - Y) * sw[:, None]
        else:
            z = Z[:, 0]
            loss = np.sum(sw * (np.logaddexp(0, z) - y * z))
            R = ((1 / (1 + np.exp(-z)) - y) * sw)[:, None]
        G = np.hstack([R.T @ X, R.sum(axis=0)[:, None]]) * C
        G[:, :p] += W[:, :p]
        return C * loss + 0.5 * np.sum(W[:, :p] ** 2), G.ravel()

    r = optimize.minimize(f, np.zeros(k * (p + 1)), jac=True, method="L-BFGS-B",
                          options=dict(gtol=1e-12, ftol=0, maxiter=100000, maxcor=30))
    W = r.x.reshape(k, p + 1)
    Z = X @ W[:, :p].T + W[:, p]
    if multinomial:
        return np.exp(Z - logsumexp(Z, axis=1)[:, None])
    q = 1 / (1 + np.exp(-Z[:, 0]))
    return np.column_stack([1 - q, q])


def smooth_case(name, X, y, sample_weight=None, **params):
    newton = "newton-cholesky" if y.max() == 1 else "newton-cg"
    case(name, X, y, sample_weight=sample_weight, solver=newton, **params)
    case(name + "_lbfgs", X, y, sample_weight=sample_weight, solver="lbfgs", **params)


def case(name, X, y, check_lbfgs=True, sample_weight=None, **params):
    max_iter = 100000 if params.get("solver") == "saga" else 1000
    model = LogisticRegression(tol=1e-10, max_iter=max_iter, **params).fit(X, y, sample_weight=sample_weight)
    proba = model.predict_proba(X)
    description = "LogisticRegression(%s, tol=1e-10, max_iter=%d)%s; n_iter %s" % (
        ", ".join("%s=%r" % kv for kv in sorted(params.items())), max_iter,
        "" if sample_weight is None else " with sample_weight", model.n_iter_.tolist())
    write(name, description, model.coef_, model.intercept_, proba)
    message = "%s: n_iter %s" % (name, model.n_iter_.tolist())
    if check_lbfgs:
        sw = np.ones(len(y)) if sample_weight is None else np.asarray(sample_weight, dtype=float)
        if params.get("class_weight") == "balanced":
            counts = np.bincount(y)
            sw = sw * (len(y) / (len(counts) * counts))[y]
        C = params.get("C", 1.0) if params.get("penalty", "l2") == "l2" else 1e12
        ref = independent_lbfgs(X, y, C, sw, y.max() > 1)
        message += ", max |p_sklearn - p_scipy| = %.2e" % np.abs(ref - proba).max()
    print(message)


bc_X, bc_y = load("breast_cancer", "diagnosis")
wine_X, wine_y = load("wine", "cultivar")
iris_X, iris_y = load("iris", "species")

smooth_case("breast_cancer_l2_c1", bc_X, bc_y, C=1.0)
smooth_case("breast_cancer_l2_c01", bc_X, bc_y, C=0.1)
smooth_case("wine_multinomial_c1", wine_X, wine_y, C=1.0)
smooth_case("iris_multinomial_c1", iris_X, iris_y, C=1.0)
weights = np.array([1.0 + (i % 5) for i in range(len(bc_y))])
smooth_case("breast_cancer_l2_balanced_weighted", bc_X, bc_y, C=0.5, class_weight="balanced",
            sample_weight=weights)
case("breast_cancer_l1_saga_c01", bc_X, bc_y, check_lbfgs=False, solver="saga", penalty="l1", C=0.1)
case("wine_elasticnet_saga_c05", wine_X, wine_y, check_lbfgs=False, solver="saga", penalty="elasticnet",
     l1_ratio=0.5, C=0.5)

# unpenalised binary fit on four standardised breast-cancer columns (not separable): probabilities from
# scikit-learn (penalty=None), standard errors from statsmodels' Logit
cols = [0, 1, 4, 8]
Xs = bc_X[:, cols]
case("breast_cancer_4_unpenalised", Xs, bc_y, check_lbfgs=False, solver="newton-cholesky", penalty="none")
logit = sm.Logit(bc_y, sm.add_constant(Xs)).fit(method="newton", tol=1e-12, maxiter=200, disp=0)
with open("logistic_statsmodels_breast_cancer_4.csv", "w", newline="") as f:
    f.write("# %s; statsmodels Logit on breast cancer columns %s (standardised), newton tol=1e-12; "
            "rows: params, bse (intercept first)\n" % (VERSIONS, cols))
    w = csv.writer(f)
    w.writerow([repr(float(v)) for v in logit.params])
    w.writerow([repr(float(v)) for v in logit.bse])
print("statsmodels llf %.6f" % logit.llf)
