#!/usr/bin/python3
"""Reference values of scikit-learn's OneHotEncoder, OrdinalEncoder and ColumnTransformer (on colour, size, weight and count).

Run from this folder with Debian's interpreter (python3-sklearn, python3-pandas):
    /usr/bin/python3 encoders.py
Writes encoders_train.csv and encoders_test.csv (a small table with text columns colour and size and
numeric columns weight and count, and a yes/no column organic; the test table has categories unseen in training; organic is a yes/no column for drop="if_binary"), and
encoders.csv, lines "setting,what,values...": for each encoder setting its output names
("names", get_feature_names_out), its categories ("categories<j>") and the encoded rows of the
training table ("train<i>") and, where the setting accepts unseen categories, of the test table
("test<i>").
"""
import csv

import numpy as np
import pandas as pd
import sklearn
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, OrdinalEncoder, StandardScaler

train = pd.DataFrame({
    "colour": ["red", "green", "blue", "green", "red", "Red", "green", "blue"],
    "size": ["M", "S", "XL", "L", "M", "S", "L", "M"],
    "weight": [1.5, 2.25, 3.0, 0.5, 4.0, 2.0, 1.0, 3.5],
    "count": [3.0, 1.0, 2.0, 3.0, 10.0, 1.0, 2.0, 3.0],
    "organic": ["yes", "no", "no", "yes", "yes", "no", "yes", "no"]})
test = pd.DataFrame({
    "colour": ["blue", "purple", "red"],
    "size": ["XS", "M", "L"],
    "weight": [2.0, 2.5, 9.0],
    "count": [3.0, 7.0, 10.0],
    "organic": ["no", "yes", "maybe"]})
train.to_csv("encoders_train.csv", index=False)
test.to_csv("encoders_test.csv", index=False)


def fmt(a):
    return [repr(float(v)) for v in a]


settings = {
    "onehot": (OneHotEncoder(sparse_output=False), ["colour", "size", "count"], False),
    "onehot_drop_first": (OneHotEncoder(sparse_output=False, drop="first"), ["colour", "size", "count"], False),
    "onehot_ignore": (OneHotEncoder(sparse_output=False, handle_unknown="ignore"), ["colour", "size", "count"], True),
    "onehot_if_binary": (OneHotEncoder(sparse_output=False, drop="if_binary"), ["colour", "organic", "count"], False),
    "onehot_if_binary_ignore": (OneHotEncoder(sparse_output=False, drop="if_binary", handle_unknown="ignore"),
                                ["organic", "size"], True),
    "ordinal": (OrdinalEncoder(), ["colour", "size", "count"], False),
    "ordinal_unknown": (OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1),
                        ["colour", "size", "count"], True),
    "column_transformer": (ColumnTransformer([("onehot", OneHotEncoder(sparse_output=False, drop="first"), ["colour", "size"]),
                                              ("scale", StandardScaler(), ["weight"])], remainder="passthrough"),
                           None, False),
}
with open("encoders.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["# sklearn " + sklearn.__version__ + ", numpy " + np.__version__ + ", pandas " + pd.__version__])
    for name, (est, cols, unknown) in settings.items():
        X = train[cols or ["colour", "size", "weight", "count"]]
        m = sklearn.base.clone(est).fit(X)
        w.writerow([name, "names"] + list(m.get_feature_names_out()))
        if hasattr(m, "categories_"):
            for j, c in enumerate(m.categories_):
                w.writerow([name, "categories" + str(j)] + [str(v) for v in c])
        for i, row in enumerate(m.transform(X)):
            w.writerow([name, "train" + str(i)] + fmt(row))
        if unknown:
            for i, row in enumerate(m.transform(test[cols or ["colour", "size", "weight", "count"]])):
                w.writerow([name, "test" + str(i)] + fmt(row))
