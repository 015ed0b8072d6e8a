"""Reference values for classicml's linear regression family (algorithms.linear).

Usage: /usr/bin/python3 linear_reference.py <core datasets folder>
Writes one text file per case in this folder: lines "key,v1,v2,..." (a leading '#' line names versions).
"""
import sys, os, itertools
import numpy as np
import sklearn, statsmodels, scipy
import statsmodels.api as sm
from statsmodels.stats.outliers_influence import variance_inflation_factor, OLSInfluence
from sklearn.linear_model import LinearRegression, Ridge, Lasso, ElasticNet, lasso_path, enet_path

root = sys.argv[1]
VERSIONS = f"# sklearn {sklearn.__version__}, statsmodels {statsmodels.__version__}, scipy {scipy.__version__}, numpy {np.__version__}"

def load(name):
    path = os.path.join(root, name)
    with open(path) as f:
        header = f.readline().strip().split(',')
    data = np.loadtxt(path, delimiter=',', skiprows=1)
    return header, data[:, :-1], data[:, -1]

def write(name, entries):
    with open(name, 'w') as f:
        f.write(VERSIONS + "\n")
        for key, values in entries:
            values = np.atleast_1d(np.asarray(values, dtype=float)).ravel()
            f.write(key + "," + ",".join(repr(float(v)) for v in values) + "\n")

def weights(n):
    # the same formula in the Java tests: w_i = 1 + (i mod 7) / 3
    return 1.0 + (np.arange(n) % 7) / 3.0

_, X, y = load("diabetes.csv")
n, p = X.shape
w = weights(n)

# ---- OLS coefficients: scikit-learn
entries = []
for tag, kw, sw in [("intercept", dict(fit_intercept=True), None), ("nointercept", dict(fit_intercept=False), None),
                    ("weighted", dict(fit_intercept=True), w), ("weighted_nointercept", dict(fit_intercept=False), w)]:
    m = LinearRegression(**kw).fit(X, y, sample_weight=sw)
    entries.append((tag + ".intercept", m.intercept_))
    entries.append((tag + ".coef", m.coef_))
write("ols_sklearn_diabetes.txt", entries)

# ---- OLS statistics: statsmodels (OLS; WLS for the weighted fit)
def stats(res, exog, prefix, const):
    e = []
    e.append((prefix + ".params", res.params))
    e.append((prefix + ".bse", res.bse))
    e.append((prefix + ".tvalues", res.tvalues))
    e.append((prefix + ".pvalues", res.pvalues))
    ci = res.conf_int(0.05)
    e.append((prefix + ".ci_lower", ci[:, 0]))
    e.append((prefix + ".ci_upper", ci[:, 1]))
    e.append((prefix + ".ci90_lower", res.conf_int(0.10)[:, 0]))
    e.append((prefix + ".rsquared", res.rsquared))
    e.append((prefix + ".rsquared_adj", res.rsquared_adj))
    e.append((prefix + ".fvalue", res.fvalue))
    e.append((prefix + ".f_pvalue", res.f_pvalue))
    e.append((prefix + ".scale_sqrt", np.sqrt(res.scale)))
    e.append((prefix + ".llf", res.llf))
    e.append((prefix + ".aic", res.aic))
    e.append((prefix + ".bic", res.bic))
    e.append((prefix + ".condition_number", res.condition_number))
    e.append((prefix + ".ssr", res.ssr))
    e.append((prefix + ".df_resid", res.df_resid))
    e.append((prefix + ".cov", res.cov_params()))
    start = 1 if const else 0
    e.append((prefix + ".vif", [variance_inflation_factor(exog, j) for j in range(start, exog.shape[1])]))
    return e

entries = []
Xc = sm.add_constant(X)
res = sm.OLS(y, Xc).fit()
entries += stats(res, Xc, "ols", True)
infl = OLSInfluence(res)
entries.append(("ols.leverage", infl.hat_matrix_diag))
entries.append(("ols.cooks", infl.cooks_distance[0]))
res0 = sm.OLS(y, X).fit()
entries += stats(res0, X, "ols_nointercept", False)
resw = sm.WLS(y, Xc, weights=w).fit()
e = stats(resw, Xc, "wls", True)
entries += [x for x in e if not x[0].endswith(".vif")]
write("ols_statsmodels_diabetes.txt", entries)

# Longley via statsmodels too (certified values live in core's nist/certified.json)
hl, XL, yL = load("longley.csv")
resL = sm.OLS(yL, sm.add_constant(XL)).fit()
write("ols_statsmodels_longley.txt", stats(resL, sm.add_constant(XL), "ols", True))

# ---- Ridge: scikit-learn
entries = []
alphas = [1e-3, 0.1, 1.0, 10.0, 1000.0]
for a in alphas:
    for tag, kw, sw in [("intercept", dict(fit_intercept=True), None), ("nointercept", dict(fit_intercept=False), None),
                        ("weighted", dict(fit_intercept=True), w)]:
        m = Ridge(alpha=a, **kw).fit(X, y, sample_weight=sw)
        entries.append((f"{tag}.{a!r}.intercept", m.intercept_))
        entries.append((f"{tag}.{a!r}.coef", m.coef_))
write("ridge_sklearn_diabetes.txt", entries)

# a wide design (more columns than rows), generated here and written out
rng = np.random.default_rng(2024)
Xw = rng.normal(size=(30, 60))
beta = np.zeros(60); beta[:5] = [3, -2, 1.5, 0, 4]
yw = Xw @ beta + 0.5 * rng.normal(size=30) + 7
np.savetxt("data_wide.csv", np.column_stack([Xw, yw]), delimiter=",", fmt="%.17g",
           header=",".join([f"x{j}" for j in range(60)] + ["y"]), comments="")
entries = []
for a in [0.01, 1.0, 100.0]:
    m = Ridge(alpha=a).fit(Xw, yw)
    entries.append((f"ridge.{a!r}.intercept", m.intercept_))
    entries.append((f"ridge.{a!r}.coef", m.coef_))

# ---- Lasso / ElasticNet: scikit-learn coordinate descent, tight tolerance
TOL, MAXIT = 1e-12, 1000000
for a in [0.05, 0.3]:
    m = Lasso(alpha=a, tol=TOL, max_iter=MAXIT).fit(Xw, yw)
    entries.append((f"lasso.{a!r}.intercept", m.intercept_))
    entries.append((f"lasso.{a!r}.coef", m.coef_))
    m = ElasticNet(alpha=a, l1_ratio=0.5, tol=TOL, max_iter=MAXIT).fit(Xw, yw)
    entries.append((f"enet.{a!r}.intercept", m.intercept_))
    entries.append((f"enet.{a!r}.coef", m.coef_))
write("wide_sklearn.txt", entries)

entries = []
ymean = y.mean(); xmean = X.mean(axis=0)
alpha_max = np.max(np.abs((X - xmean).T @ (y - ymean))) / n
for frac in [0.5, 0.1, 0.01, 0.001]:
    a = alpha_max * frac
    for tag, kw in [("intercept", dict(fit_intercept=True)), ("nointercept", dict(fit_intercept=False))]:
        m = Lasso(alpha=a, tol=TOL, max_iter=MAXIT, **kw).fit(X, y)
        entries.append((f"lasso.{tag}.{frac!r}.alpha", a))
        entries.append((f"lasso.{tag}.{frac!r}.intercept", m.intercept_))
        entries.append((f"lasso.{tag}.{frac!r}.coef", m.coef_))
    for rho in [0.2, 0.7]:
        a2 = alpha_max * frac / rho
        m = ElasticNet(alpha=a2, l1_ratio=rho, tol=TOL, max_iter=MAXIT).fit(X, y)
        entries.append((f"enet.{rho!r}.{frac!r}.alpha", a2))
        entries.append((f"enet.{rho!r}.{frac!r}.intercept", m.intercept_))
        entries.append((f"enet.{rho!r}.{frac!r}.coef", m.coef_))
# sample weights (scikit-learn rescales them to sum to n_samples)
for frac in [0.1, 0.01]:
    a = alpha_max * frac
    m = Lasso(alpha=a, tol=TOL, max_iter=MAXIT).fit(X, y, sample_weight=w)
    entries.append((f"lasso.weighted.{frac!r}.alpha", a))
    entries.append((f"lasso.weighted.{frac!r}.intercept", m.intercept_))
    entries.append((f"lasso.weighted.{frac!r}.coef", m.coef_))
    m = ElasticNet(alpha=a, l1_ratio=0.5, tol=TOL, max_iter=MAXIT).fit(X, y, sample_weight=w)
    entries.append((f"enet.weighted.{frac!r}.intercept", m.intercept_))
    entries.append((f"enet.weighted.{frac!r}.coef", m.coef_))
# the path on centred data (equivalent to fitting with intercept): default grid, 100 alphas, eps 1e-3
alphas_l, coefs_l, _ = lasso_path(X - xmean, y - ymean, eps=1e-3, n_alphas=100, tol=TOL, max_iter=MAXIT)
entries.append(("lasso_path.alphas", alphas_l))
for i in range(len(alphas_l)):
    entries.append((f"lasso_path.{i}.coef", coefs_l[:, i]))
alphas_e, coefs_e, _ = enet_path(X - xmean, y - ymean, l1_ratio=0.5, eps=1e-3, n_alphas=20, tol=TOL, max_iter=MAXIT)
entries.append(("enet_path.alphas", alphas_e))
for i in range(len(alphas_e)):
    entries.append((f"enet_path.{i}.coef", coefs_e[:, i]))
write("lasso_sklearn_diabetes.txt", entries)

# ---- Stepwise selection by AIC and BIC with statsmodels OLS (with constant), forward and backward
names = load("diabetes.csv")[0][:-1]
def crit(cols, which):
    exog = sm.add_constant(X[:, cols]) if cols else np.ones((n, 1))
    r = sm.OLS(y, exog).fit()
    return r.aic if which == "aic" else r.bic

entries = []
for which in ["aic", "bic"]:
    # forward: start empty, add the column that lowers the criterion most, stop when none lowers it
    cols = []; cur = crit(cols, which); steps = [(-1, cur)]
    while True:
        best = None
        for j in range(p):
            if j in cols: continue
            v = crit(sorted(cols + [j]), which)
            if best is None or v < best[1]: best = (j, v)
        if best is None or best[1] >= cur: break
        cols.append(best[0]); cur = best[1]; steps.append(best)
    entries.append((f"forward.{which}.columns", [s[0] for s in steps]))
    entries.append((f"forward.{which}.scores", [s[1] for s in steps]))
    # backward: start full, drop the column whose removal lowers the criterion most
    cols = list(range(p)); cur = crit(cols, which); steps = [(-1, cur)]
    while cols:
        best = None
        for j in cols:
            v = crit([c for c in cols if c != j], which)
            if best is None or v < best[1]: best = (j, v)
        if best[1] >= cur: break
        cols.remove(best[0]); cur = best[1]; steps.append(best)
    entries.append((f"backward.{which}.columns", [s[0] for s in steps]))
    entries.append((f"backward.{which}.scores", [s[1] for s in steps]))
write("stepwise_statsmodels_diabetes.txt", entries)
