package org.reportstats.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Three-class classification figures: accuracy, per-class precision/recall/F1, macro- and support-weighted F1,
 * the confusion matrix, and Pearson's r when gold and predicted scores are given.
 */
public final class Classification {
    public static final List<String> CLASSES = List.of("positive", "neutral", "negative");

    private final int[][] confusion = new int[3][3]; // [gold][predicted]
    private double sumX;
    private double sumY;
    private double sumXX;
    private double sumYY;
    private double sumXY;
    private int scored;

    public void add(String gold, String predicted) {
        confusion[index(gold)][index(predicted)]++;
    }

    public void addScores(double gold, double predicted) {
        sumX += gold;
        sumY += predicted;
        sumXX += gold * gold;
        sumYY += predicted * predicted;
        sumXY += gold * predicted;
        scored++;
    }

    private static int index(String label) {
        int i = CLASSES.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("label must be positive, neutral or negative, not '" + label + "'");
        }
        return i;
    }

    public int n() {
        int n = 0;
        for (int[] row : confusion) {
            for (int v : row) {
                n += v;
            }
        }
        return n;
    }

    public double accuracy() {
        int correct = 0;
        for (int i = 0; i < 3; i++) {
            correct += confusion[i][i];
        }
        return n() == 0 ? 0 : (double) correct / n();
    }

    /** Per class: precision, recall, f1, support. */
    public Map<String, double[]> perClass() {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int c = 0; c < 3; c++) {
            int tp = confusion[c][c];
            int predicted = 0;
            int gold = 0;
            for (int k = 0; k < 3; k++) {
                predicted += confusion[k][c];
                gold += confusion[c][k];
            }
            double p = predicted == 0 ? 0 : (double) tp / predicted;
            double r = gold == 0 ? 0 : (double) tp / gold;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            out.put(CLASSES.get(c), new double[] {p, r, f, gold});
        }
        return out;
    }

    /** Mean F1 over the classes that occur in the gold labels. */
    public double macroF1() {
        double sum = 0;
        int classes = 0;
        for (double[] v : perClass().values()) {
            if (v[3] > 0) {
                sum += v[2];
                classes++;
            }
        }
        return classes == 0 ? 0 : sum / classes;
    }

    /** F1 averaged with each class weighted by its support, as the VADER paper's tables report. */
    public double weightedF1() {
        double sum = 0;
        double support = 0;
        for (double[] v : perClass().values()) {
            sum += v[2] * v[3];
            support += v[3];
        }
        return support == 0 ? 0 : sum / support;
    }

    public boolean hasScores() {
        return scored > 1;
    }

    public double pearson() {
        double cov = sumXY - sumX * sumY / scored;
        double vx = sumXX - sumX * sumX / scored;
        double vy = sumYY - sumY * sumY / scored;
        return vx <= 0 || vy <= 0 ? 0 : cov / Math.sqrt(vx * vy);
    }

    public int[][] confusion() {
        int[][] copy = new int[3][];
        for (int i = 0; i < 3; i++) {
            copy[i] = confusion[i].clone();
        }
        return copy;
    }
}
