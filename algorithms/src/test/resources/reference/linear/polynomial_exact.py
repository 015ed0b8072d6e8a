"""Exact least-squares solutions of polynomial designs of rising degree, for the accuracy-vs-condition table.

Usage: /usr/bin/python3 polynomial_exact.py > polynomial_exact.txt
Design: x = 0, 1, ..., 20 (21 rows), columns x, x^2, ..., x^d (d = 1..10), intercept.
Two targets: "exact", y = 1 + x + ... + x^d (Wampler1's construction; every coefficient 1, residual 0);
"noisy", the same plus (-1)^i * (i mod 3) (non-zero residuals). The solutions are computed in exact
rational arithmetic (fractions) from the normal equations, then printed as doubles (17 digits).
Lines: "<target>.<d>.coef,b0,b1,...,bd" and "<target>.<d>.cond,<condition number of [1, X], numpy 2-norm>".
"""
from fractions import Fraction
import numpy as np
print(f"# exact rational arithmetic (Python fractions); condition numbers numpy {np.__version__}")

def solve_exact(A, b):
    n = len(A)
    M = [row[:] + [b[i]] for i, row in enumerate(A)]
    for c in range(n):
        piv = next(r for r in range(c, n) if M[r][c] != 0)
        M[c], M[piv] = M[piv], M[c]
        for r in range(n):
            if r != c and M[r][c] != 0:
                f = M[r][c] / M[c][c]
                M[r] = [M[r][k] - f * M[c][k] for k in range(n + 1)]
    return [M[i][n] / M[i][i] for i in range(n)]

xs = list(range(21))
for d in range(1, 11):
    X = [[Fraction(x) ** k for k in range(0, d + 1)] for x in xs]
    for target in ["exact", "noisy"]:
        y = [sum(Fraction(x) ** k for k in range(0, d + 1)) for x in xs]
        if target == "noisy":
            y = [y[i] + (-1) ** i * (i % 3) for i in range(len(xs))]
        XtX = [[sum(X[i][a] * X[i][b] for i in range(len(xs))) for b in range(d + 1)] for a in range(d + 1)]
        Xty = [sum(X[i][a] * y[i] for i in range(len(xs))) for a in range(d + 1)]
        beta = solve_exact(XtX, Xty)
        print(f"{target}.{d}.coef," + ",".join(repr(float(v)) for v in beta))
    Xf = np.array([[float(v) for v in row] for row in X])
    print(f"exact.{d}.cond,{np.linalg.cond(Xf)!r}")
    Xc = Xf[:, 1:] - Xf[:, 1:].mean(axis=0)
    Xs = Xc / np.linalg.norm(Xc, axis=0)
    print(f"exact.{d}.scaled_cond,{np.linalg.cond(Xs)!r}")
