#!/usr/bin/env python3
"""Which F1 convention gives the VADER paper's figures? Scores the reference VADER on ALL of each ground-truth file
(not a half) under the issue's 3-class convention and under two 2-class ones, next to the published figures.

Usage: bench/vader/conventions.py [VADER_DATA]   (run from the project root; needs Java, Node.js and npm)
Writes nothing in the project; plain Python 3, no packages.
"""
import math
import os
import subprocess
import sys
import tempfile

SETS = [  # name, published 3-class F1 and Pearson r (Hutto & Gilbert 2014, table 3)
    ('tweets', 0.96, 0.881), ('nytEditorialSnippets', 0.55, 0.492),
    ('movieReviewSnippets', 0.61, 0.451), ('amazonReviewSnippets', 0.63, 0.565)]


def f1(gold, predicted):
    """Macro and support-weighted F1 over the classes of gold."""
    classes = sorted(set(gold))
    scores, support = [], []
    for c in classes:
        tp = sum(1 for g, p in zip(gold, predicted) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, predicted) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, predicted) if g == c and p != c)
        precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
        scores.append(0 if precision + recall == 0 else 2 * precision * recall / (precision + recall))
        support.append(gold.count(c))
    return sum(scores) / len(scores), sum(s * n for s, n in zip(scores, support)) / sum(support)


def three_class(x):
    return 'positive' if x > 0.05 else 'negative' if x < -0.05 else 'neutral'


def pearson(a, b):
    ma, mb = sum(a) / len(a), sum(b) / len(b)
    cov = sum((x - ma) * (y - mb) for x, y in zip(a, b))
    return cov / math.sqrt(sum((x - ma) ** 2 for x in a) * sum((y - mb) ** 2 for y in b))


def main(data):
    if not os.path.isdir('bench/vader/node_modules'):
        subprocess.run(['npm', 'ci', '--silent', '--prefix', 'bench/vader'], check=True, stdout=subprocess.DEVNULL)
    print('| data set (all) | n | published F1 | 3-class (issue) macro / weighted | polar gold only, 2-class (weighted) | '
          'polar gold, 3-class prediction (weighted) | r (published) |')
    print('|---|---:|---:|---:|---:|---:|---:|')
    with tempfile.TemporaryDirectory() as tmp:
        for name, published_f1, published_r in SETS:
            path = os.path.join(data, name + '_GroundTruth.txt')
            texts, scores = os.path.join(tmp, name + '.txt'), os.path.join(tmp, name + '.vader')
            subprocess.run(['java', '-jar', 'target/reportstats.jar', 'eval', 'sentiment', path, '--rules-only',
                            '--format', 'json', '--write-texts', texts], check=True, stdout=subprocess.DEVNULL)
            subprocess.run(['node', 'bench/vader/score.js', texts, scores], check=True)
            with open(path, encoding='utf-8', errors='replace') as f:
                means = [float(line.split('\t')[1]) / 4 for line in f if line.strip()]
            with open(scores) as f:
                compound = [float(line) for line in f]
            gold3 = [three_class(m) for m in means]
            pred3 = [three_class(c) for c in compound]
            polar = [i for i, g in enumerate(gold3) if g != 'neutral']
            gold2 = [gold3[i] for i in polar]
            pred2 = ['positive' if compound[i] >= 0 else 'negative' for i in polar]
            print('| %s | %d | %.2f | %.3f / %.3f | %.3f | %.3f | %.3f (%.3f) |' % (
                name, len(means), published_f1, *f1(gold3, pred3), f1(gold2, pred2)[1],
                f1(gold2, [pred3[i] for i in polar])[1], pearson(means, compound), published_r))


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join('..', 'shared', 'eval', 'vader'))
