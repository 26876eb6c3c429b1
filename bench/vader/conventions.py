#!/usr/bin/env python3
"""Which F1 convention gives the VADER paper's figures? Scores the reference VADER on ALL of each ground-truth file
(not a half) under the issue's 3-class convention and under two 2-class ones, next to the published figures. Every
figure comes from reportstats' own metric code (`eval sentiment --predictions`), as in bench/sentiment-vs-vader.

Usage: bench/vader/conventions.py [VADER_DATA]   (run from the project root; needs Java, Node.js and npm)
Writes nothing in the project; plain Python 3, no packages.
"""
import json
import os
import subprocess
import sys
import tempfile

SETS = [  # name, published 3-class F1 and Pearson r (Hutto & Gilbert 2014, table 3)
    ('tweets', 0.96, 0.881), ('nytEditorialSnippets', 0.55, 0.492),
    ('movieReviewSnippets', 0.61, 0.451), ('amazonReviewSnippets', 0.63, 0.565)]


def reportstats(*args):
    return subprocess.run(['java', '-jar', 'target/reportstats.jar', *args], check=True, capture_output=True,
                          text=True).stdout


def evaluate(lines, scores, base):
    """reportstats' figures for these ground-truth lines (id, mean, text) scored by these predictions."""
    with open(base + '.txt', 'w', encoding='utf-8') as f:
        f.writelines(lines)
    with open(base + '.scores', 'w') as f:
        f.writelines('%r\n' % s for s in scores)
    return json.loads(reportstats('eval', 'sentiment', base + '.txt', '--predictions', base + '.scores',
                                  '--format', 'json'))


def main(data):
    if not os.path.isdir('bench/vader/node_modules'):
        subprocess.run(['npm', 'ci', '--silent', '--prefix', 'bench/vader'], check=True, stdout=subprocess.DEVNULL)
    print('| data set (all) | n | published F1 | 3-class (issue) macro / weighted | polar gold only, 2-class (weighted) | '
          'polar gold, 3-class prediction (weighted) | r (published) |')
    print('|---|---:|---:|---:|---:|---:|---:|')
    with tempfile.TemporaryDirectory() as tmp:
        for name, published_f1, published_r in SETS:
            path = os.path.join(data, name + '_GroundTruth.txt')
            texts, vader = os.path.join(tmp, name + '.txt'), os.path.join(tmp, name + '.vader')
            reportstats('eval', 'sentiment', path, '--rules-only', '--format', 'json', '--write-texts', texts)
            subprocess.run(['node', 'bench/vader/score.js', texts, vader], check=True)
            with open(path, encoding='utf-8', errors='replace', newline='') as f:
                lines = [line for line in f if line.strip()]
            with open(vader) as f:
                compound = [float(line) for line in f]
            # the tweets humans rated polar: gold outside the neutral band, mean/4 within ±0.05
            polar = [i for i, line in enumerate(lines) if abs(float(line.split('\t')[1]) / 4) > 0.05]
            polar_lines = [lines[i] for i in polar]
            every = evaluate(lines, compound, os.path.join(tmp, name + '-all'))
            two = evaluate(polar_lines, [1.0 if compound[i] >= 0 else -1.0 for i in polar],
                           os.path.join(tmp, name + '-polar2'))
            three = evaluate(polar_lines, [compound[i] for i in polar], os.path.join(tmp, name + '-polar3'))
            # the figures as reportstats prints them (4 decimals), not rounded a second time
            print('| %s | %d | %.2f | %.4f / %.4f | %.4f | %.4f | %.4f (%.3f) |' % (
                name, every['n'], published_f1, every['macro_f1'], every['weighted_f1'], two['weighted_f1'],
                three['weighted_f1'], every['pearson_r'], published_r))


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join('..', 'shared', 'eval', 'vader'))
