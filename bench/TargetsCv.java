import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.reportstats.nlp.AnalyzedSentence;
import org.reportstats.nlp.Pipeline;
import org.reportstats.nlp.ReportAnalyzer;
import org.reportstats.nlp.TargetSentiment;

/**
 * 5-fold cross-validation of target-classifier settings on the development half of targets.tsv plus the
 * training-only targets-train-extra.tsv and targets-written-train.tsv (folds by the second byte of each sentence's
 * SHA-256; the held-out test files are never read). Usage: {@code java -cp target/reportstats.jar
 * bench/TargetsCv.java [ALGO:cutoff:param ...]} (NAIVEBAYES, MAXENT with iterations, or MAXENT_QN with its L2
 * cost); feature groups are chosen by the prefixes of TargetClassifier.Features#names. Prints
 * accuracy/macro-F1 over all folds, and over the dev-half and extra-file pairs apart. Missed technologies count
 * as predicted neutral, as in {@code eval targets}.
 */
public class TargetsCv {
    record Pair(String gold, int fold, boolean extra, String rule, List<String> names) {
    }

    static final List<String> CLASSES = List.of("positive", "neutral", "negative");

    public static void main(String[] args) throws Exception {
        ReportAnalyzer rules = Pipeline.load(Optional.empty()).analyzer().rulesOnly();
        var pipeline = Pipeline.load(Optional.empty());
        List<Pair> pairs = new ArrayList<>();
        read(Path.of("src/test/resources/eval/targets.tsv"), false, pipeline, rules, pairs);
        for (String extra : List.of("targets-train-extra.tsv", "targets-written-train.tsv")) {
            read(Path.of("src/test/resources/eval", extra), true, pipeline, rules, pairs);
        }
        System.out.printf("%d pairs (%d dev, %d extra)%n", pairs.size(), pairs.stream().filter(p -> !p.extra).count(),
                pairs.stream().filter(p -> p.extra).count());
        report("rules only", pairs, pairs.stream().map(Pair::rule).toList());
        Set<String> cues = Set.of("prev", "tech_before", "tech_after", "opinion", "contrast");
        Set<String> window = Set.of("left1", "left2", "left3", "right1", "right2", "right3", "around");
        Set<String> clause = Set.of("clause_left", "clause_right");
        Set<String> opinions = Set.of("op", "op_word", "marker");
        Set<String> context = new java.util.HashSet<>();
        for (Set<String> g : List.of(cues, window, clause, opinions)) {
            context.addAll(g);
        }
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        groups.put("base", Set.of());
        groups.put("base+cues", cues);
        groups.put("base+cues+window", union(cues, window));
        groups.put("base+cues+opinions", union(cues, opinions));
        groups.put("base+cues+window+opinions", union(cues, window, opinions));
        groups.put("all", context);
        List<String> algos = args.length > 0 ? List.of(args) : List.of("NAIVEBAYES:1:0", "MAXENT_QN:1:1", "MAXENT_QN:1:8");
        for (String algo : algos) {
            for (var g : groups.entrySet()) {
                List<String> predicted = crossValidate(pairs, algo, n -> {
                    String prefix = n.substring(0, Math.max(0, n.indexOf('=')));
                    return !context.contains(prefix) || g.getValue().contains(prefix);
                });
                report(algo + " " + g.getKey(), pairs, predicted);
            }
        }
    }

    @SafeVarargs
    static Set<String> union(Set<String>... sets) {
        Set<String> u = new java.util.HashSet<>();
        for (Set<String> s : sets) {
            u.addAll(s);
        }
        return u;
    }

    static List<String> crossValidate(List<Pair> pairs, String algo, java.util.function.Predicate<String> keep)
            throws Exception {
        String[] a = algo.split(":");
        String[] predicted = new String[pairs.size()];
        for (int k = 0; k < 5; k++) {
            List<Event> events = new ArrayList<>();
            for (Pair p : pairs) {
                if (p.fold != k && p.names != null) {
                    events.add(new Event(p.gold, p.names.stream().filter(keep).toArray(String[]::new)));
                }
            }
            TrainingParameters params = new TrainingParameters();
            params.put(TrainingParameters.ALGORITHM_PARAM, a[0]);
            params.put(TrainingParameters.CUTOFF_PARAM, Integer.parseInt(a[1]));
            if (a[0].equals("MAXENT_QN")) {
                params.put("L2Cost", Double.parseDouble(a[2]));
                params.put("L1Cost", 0.0);
                params.put("Threads", 1);
            } else if (!a[0].equals("NAIVEBAYES")) {
                params.put(TrainingParameters.ITERATIONS_PARAM, Integer.parseInt(a[2]));
            }
            MaxentModel model = TrainerFactory.getEventTrainer(params, null).train(ObjectStreamUtils.createObjectStream(events));
            for (int i = 0; i < pairs.size(); i++) {
                Pair p = pairs.get(i);
                if (p.fold == k) {
                    predicted[i] = p.names == null ? "neutral"
                            : model.getBestOutcome(model.eval(p.names.stream().filter(keep).toArray(String[]::new)));
                }
            }
        }
        return List.of(predicted);
    }

    static void report(String name, List<Pair> pairs, List<String> predicted) {
        System.out.printf(Locale.ROOT, "%-36s all %s  dev %s  extra %s%n", name, figures(pairs, predicted, null),
                figures(pairs, predicted, false), figures(pairs, predicted, true));
    }

    static String figures(List<Pair> pairs, List<String> predicted, Boolean extra) {
        int n = 0;
        int right = 0;
        int[][] m = new int[3][3];
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            if (extra != null && p.extra != extra) {
                continue;
            }
            n++;
            right += p.gold.equals(predicted.get(i)) ? 1 : 0;
            int pi = CLASSES.indexOf(predicted.get(i));
            m[CLASSES.indexOf(p.gold)][pi < 0 ? 1 : pi]++;
        }
        double f1 = 0;
        for (int c = 0; c < 3; c++) {
            int tp = m[c][c];
            int fp = m[0][c] + m[1][c] + m[2][c] - tp;
            int fn = m[c][0] + m[c][1] + m[c][2] - tp;
            f1 += tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
        return String.format(Locale.ROOT, "%.3f/%.3f", (double) right / n, f1 / 3);
    }

    static void read(Path file, boolean extra, Pipeline pipeline, ReportAnalyzer rules, List<Pair> pairs)
            throws Exception {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            String sentence = f[2];
            byte[] h = MessageDigest.getInstance("SHA-256").digest(sentence.strip().getBytes(StandardCharsets.UTF_8));
            if (!extra && (h[0] & 1) == 1) {
                continue; // the test half: never read
            }
            String tech = pipeline.taxonomy().find(f[1].strip()).orElseThrow().name();
            AnalyzedSentence s = rules.analyze(0, 0, sentence);
            Optional<TargetSentiment> t = s.sentiment().targets().stream().filter(x -> x.technology().equals(tech)).findFirst();
            pairs.add(new Pair(f[0].strip().toLowerCase(Locale.ROOT), (h[1] & 0xff) % 5, extra,
                    t.map(x -> x.label().key()).orElse("neutral"),
                    t.map(x -> rules.features(x, s.sentiment(), s.text(), s.mentions()).names()).orElse(null)));
        }
    }
}
