#!/usr/bin/python3
"""scikit-learn's answers for the bayes-spam example (examples/.../BayesSpamExample.java).

Run from this folder with Debian's interpreter (python3-sklearn):
    /usr/bin/python3 spam_example.py ../../../../../../examples/src/main/resources/io/github/classicml/examples/spam/messages.csv

Tokenises as classicml's BagOfWords (maximal runs of letters, lower-cased) and drops the same stop
words (BagOfWords.ENGLISH_STOP_WORDS, copied below), fits MultinomialNB() on the 40 messages and
prints P(spam | message) for the example's messages, then the leave-one-out accuracy (vocabulary and
model from the other 39 messages each time) and the vocabulary size.
"""
import csv
import re
import sys

import numpy as np
import sklearn
from sklearn.naive_bayes import MultinomialNB

STOP = set("""a about after all am an and any are as at be because been before but by can could did do does for
from had has have he her him his how i if in into is it its me my no not of on or our she so that the their them
then there these they this those to up us was we were what when which who will with would you your""".split())
MESSAGES = [
    "Free tickets for the team lunch on Friday, reply to claim your seat.",
    "Claim your free prize now, click here!",
    "Can we move the meeting to Monday morning?",
    "You won a free lunch at the library, call now",
]


def tokens(text):
    return [w for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in STOP]


def vectoriser(docs):
    vocab = sorted({w for d in docs for w in d})
    index = {w: j for j, w in enumerate(vocab)}

    def vec(d):
        x = np.zeros(len(vocab))
        for w in d:
            if w in index:
                x[index[w]] += 1
        return x
    return vocab, vec


rows = list(csv.reader(open(sys.argv[1])))[1:]
docs = [tokens(r[1]) for r in rows]
y = np.array([0 if r[0] == "ham" else 1 for r in rows])     # classes sorted: ham, spam
vocab, vec = vectoriser(docs)
model = MultinomialNB().fit(np.array([vec(d) for d in docs]), y)
print("# sklearn", sklearn.__version__, "numpy", np.__version__)
for message in MESSAGES:
    print("P(spam | %r) = %r" % (message, model.predict_proba([vec(tokens(message))])[0][1]))
correct = 0
for i in range(len(y)):
    others = [d for k, d in enumerate(docs) if k != i]
    _, v = vectoriser(others)
    m = MultinomialNB().fit(np.array([v(d) for d in others]), np.delete(y, i))
    correct += int(m.predict([v(docs[i])])[0] == y[i])
print("leave-one-out: %d of %d" % (correct, len(y)))
print("vocabulary:", len(vocab), "words")
