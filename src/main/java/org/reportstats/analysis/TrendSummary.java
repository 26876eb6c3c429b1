package org.reportstats.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The plain-English paragraph under the trend table, computed from the rows. */
final class TrendSummary {
    private static final int TECHS_DESCRIBED = 3;

    private TrendSummary() {
    }

    static String of(List<String> periods, List<String> techs, List<TrendRow> rows, Period by) {
        List<String> active = periods.stream()
                .filter(p -> rows.stream().anyMatch(r -> r.period().equals(p) && r.mentions() > 0)).toList();
        if (active.isEmpty()) {
            return "None of " + String.join(", ", techs) + " is mentioned in the selected reports.";
        }
        List<String> ranked = new ArrayList<>(techs);
        ranked.sort(Comparator.comparingLong((String t) -> -total(rows, t)).thenComparing(t -> t));
        List<String> sentences = new ArrayList<>();
        String first = active.get(0);
        String last = active.get(active.size() - 1);
        String where = by == Period.EVENT ? "at " : by == Period.YEAR ? "in " : "for ";
        if (active.size() > 1 && (by == Period.AUTHOR || by == Period.REPORT)) {
            // authors and reports are not a time line: compare them instead of telling a rise or fall
            List<String> spreads = new ArrayList<>();
            for (String t : ranked.subList(0, Math.min(TECHS_DESCRIBED, ranked.size()))) {
                if (total(rows, t) == 0) {
                    continue;
                }
                TrendRow high = active.stream().map(p -> row(rows, p, t)).max(Comparator.comparingDouble(TrendRow::shareOfVoice)).orElseThrow();
                TrendRow low = active.stream().map(p -> row(rows, p, t)).min(Comparator.comparingDouble(TrendRow::shareOfVoice)).orElseThrow();
                spreads.add(String.format(Locale.ROOT, "%s from %s %s%s to %s %s%s", possessive(t, spreads.isEmpty()),
                        TrendAnalyzer.percent(low.shareOfVoice()), where, low.period(), TrendAnalyzer.percent(high.shareOfVoice()),
                        where, high.period()));
            }
            sentences.add(capitalise(String.join("; ", spreads).replaceFirst(" share of voice from", " share of voice ranges from")) + ".");
        } else if (active.size() == 1) {
            List<String> shares = new ArrayList<>();
            for (String t : ranked.subList(0, Math.min(TECHS_DESCRIBED, ranked.size()))) {
                shares.add(t + " " + TrendAnalyzer.percent(row(rows, first, t).shareOfVoice()));
            }
            sentences.add("Share of voice " + where + first + ": " + String.join(", ", shares) + ".");
        } else {
            List<String> moves = new ArrayList<>();
            for (String t : ranked.subList(0, Math.min(TECHS_DESCRIBED, ranked.size()))) {
                if (total(rows, t) == 0) {
                    continue;
                }
                double a = row(rows, first, t).shareOfVoice();
                double b = row(rows, last, t).shareOfVoice();
                String verb = Math.abs(b - a) < 0.02 ? "held" : b > a ? "rose" : "fell";
                moves.add(String.format(Locale.ROOT, "%s %s from %s %s%s to %s %s%s", possessive(t, moves.isEmpty()), verb,
                        TrendAnalyzer.percent(a), where, first, TrendAnalyzer.percent(b), where, last));
            }
            sentences.add(capitalise(String.join("; ", moves)) + ".");
        }
        TrendRow peak = rows.stream().max(Comparator.comparingDouble(TrendRow::mentionsPer10kWords)).orElseThrow();
        if (peak.mentions() > 0) {
            sentences.add(String.format(Locale.ROOT, "%s was mentioned most densely %s%s, with %.1f mentions per 10,000 words.",
                    peak.technology(), where, peak.period(), peak.mentionsPer10kWords()));
        }
        String tone = tone(rows, techs);
        if (!tone.isEmpty()) {
            sentences.add(tone);
        }
        return String.join(" ", sentences);
    }

    private static String tone(List<TrendRow> rows, List<String> techs) {
        record Mean(String tech, double mean, int n) {
        }
        List<Mean> means = new ArrayList<>();
        for (String t : techs) {
            double sum = 0;
            int n = 0;
            for (TrendRow r : rows) {
                int k = r.positive() + r.neutral() + r.negative();
                if (r.technology().equals(t) && k > 0) {
                    sum += r.sentimentMean() * k;
                    n += k;
                }
            }
            if (n >= 3) {
                means.add(new Mean(t, sum / n, n));
            }
        }
        if (means.size() < 2) {
            return "";
        }
        means.sort(Comparator.comparingDouble(Mean::mean));
        Mean warm = means.get(means.size() - 1);
        Mean cool = means.get(0);
        return String.format(Locale.ROOT, "The tone was warmest about %s (mean %+.2f over %d sentences) and coolest about %s (%+.2f over %d).",
                warm.tech(), warm.mean(), warm.n(), cool.tech(), cool.mean(), cool.n());
    }

    private static long total(List<TrendRow> rows, String tech) {
        return rows.stream().filter(r -> r.technology().equals(tech)).mapToLong(TrendRow::mentions).sum();
    }

    private static TrendRow row(List<TrendRow> rows, String period, String tech) {
        return rows.stream().filter(r -> r.period().equals(period) && r.technology().equals(tech)).findFirst().orElseThrow();
    }

    private static String possessive(String tech, boolean withNoun) {
        String owner = tech.endsWith("s") ? tech + "'" : tech + "'s";
        return withNoun ? owner + " share of voice" : tech;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
