package org.reportstats.nlp;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.io.QNModelReader;
import opennlp.tools.ml.maxent.io.QNModelWriter;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.PlainTextFileDataReader;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.reportstats.tech.Mention;

/**
 * A maximum-entropy classifier (Apache OpenNLP, L-BFGS with an L2 penalty) that takes the rules' verdict about a
 * technology, with where the technology stands in the sentence and the words and opinion words around it
 * ({@link TargetContext}), and gives the final label. It is trained on the development half of
 * {@code targets.tsv} plus the training-only {@code targets-train-extra.tsv} and {@code targets-written-train.tsv}
 * (see {@code reportstats eval targets --train-model --train-extra} and {@code models/classifier/SOURCES.md}) and
 * ships as readable text in
 * {@code models/classifier/}; the test half stays held out. Where the rules and the classifier disagree the score
 * moves into the classifier's band, so that scores and labels tell the same story. Thread-safe.
 */
public final class TargetClassifier {
    static final String MODEL_RESOURCE = "/models/classifier/targets-maxent.txt";
    /** Weight of the L2 penalty, chosen by cross-validation on the training data (see SOURCES.md). */
    static final double L2_COST = 8.0;

    private final MaxentModel model;
    private final String fingerprint;

    /** The model's answer for one combination of features: P(positive), P(neutral), P(negative) and the label. */
    private record Verdict(double positive, double neutral, double negative, SentimentLabel label) {
    }

    private TargetClassifier(MaxentModel model, String fingerprint) {
        this.model = model;
        this.fingerprint = fingerprint;
    }

    /** The model shipped in the jar. */
    public static TargetClassifier standard() {
        return Standard.MODEL;
    }

    /** Loaded on first use, so that training a new model does not need the old one. */
    private static final class Standard {
        static final TargetClassifier MODEL = load(MODEL_RESOURCE);
    }

    public String fingerprint() {
        return fingerprint;
    }

    /** One training example: the gold label and what {@link #features} says about the technology. */
    public record Example(String label, Features features) {
    }

    /**
     * What the classifier sees about one technology: the rules' label and score band, the sentence's, how many
     * technologies the sentence names (3 for three or more), where this one first stands, its category and the
     * cues of its context ({@link TargetContext}, already as feature names); {@link #names()} spells them out.
     */
    public record Features(SentimentLabel rule, int ruleBand, SentimentLabel sentence, int sentenceBand,
                           int technologies, String rank, boolean opens, String category, List<String> context) {
        public Features {
            context = List.copyOf(context);
        }

        /** The feature names the model was trained on. */
        public List<String> names() {
            String r = rule.key();
            boolean company = "company".equals(category);
            List<String> names = new ArrayList<>(List.of("rule=" + r, "rule_band=" + BANDS[ruleBand],
                    "sentence=" + sentence.key(), "sentence_band=" + BANDS[sentenceBand], "technologies=" + technologies,
                    "rule|technologies=" + r + technologies, "rank=" + rank, "opens=" + opens, "category=" + category,
                    "company=" + company, "rule|company=" + r + company));
            names.addAll(context);
            return names;
        }
    }

    public static Features features(TargetSentiment rule, SentenceSentiment sentence, String text,
                                    List<Mention> mentions, String category) {
        return features(rule, sentence, TargetContext.prepare(text, mentions), mentions, category);
    }

    /** The same with the sentence's words already read, once for all its technologies. */
    static Features features(TargetSentiment rule, SentenceSentiment sentence, TargetContext.Prepared words,
                             List<Mention> mentions, String category) {
        int technologies = 0;
        for (int m = 0; m < mentions.size() && technologies < 3; m++) {
            boolean seen = false;
            for (int k = 0; k < m; k++) {
                seen |= mentions.get(k).technology().equals(mentions.get(m).technology());
            }
            technologies += seen ? 0 : 1;
        }
        int index = 0;
        while (index < mentions.size() && !mentions.get(index).technology().equals(rule.technology())) {
            index++;
        }
        String rank = index == 0 ? "first" : index >= mentions.size() - 1 ? "last" : "middle";
        return new Features(rule.label(), band(rule.score()), SentimentLabel.of(sentence.score()), band(sentence.score()),
                technologies, rank, index < mentions.size() && mentions.get(index).start() < 3, category,
                TargetContext.features(words, rule.technology()));
    }

    private static final String[] BANDS = {"n3", "n2", "n1", "zero", "p1", "p2", "p3"};

    private static int band(double score) {
        return score < -0.5 ? 0 : score < -0.2 ? 1 : score < -0.05 ? 2 : score <= 0.05 ? 3 : score <= 0.2 ? 4
                : score <= 0.5 ? 5 : 6;
    }

    /**
     * The final tone about one technology. The label is the classifier's; the score is the rules' when both agree
     * on the label, otherwise the classifier's P(positive) − P(negative), kept inside the label's band.
     */
    public TargetSentiment refine(TargetSentiment rule, Features features, boolean explain) {
        Verdict v = evaluate(features);
        SentimentLabel label = v.label();
        if (label == rule.label() && !explain) {
            return rule;
        }
        double margin = v.positive() - v.negative();
        double score = label == rule.label() ? rule.score() : switch (label) {
            case POSITIVE -> Math.max(SentimentLabel.NEUTRAL_BAND, margin);
            case NEGATIVE -> Math.min(-SentimentLabel.NEUTRAL_BAND, margin);
            default -> 0;
        };
        List<String> reasons = new ArrayList<>(rule.explanation());
        if (explain) {
            reasons.add(String.format(Locale.ROOT, "classifier: positive %.2f, neutral %.2f, negative %.2f → %s%s",
                    v.positive(), v.neutral(), v.negative(), label.key(),
                    label == rule.label() ? "" : String.format(Locale.ROOT, " (score %.3f)", score)));
        }
        return new TargetSentiment(rule.technology(), score, label, reasons);
    }

    private Verdict evaluate(Features features) {
        double[] p = model.eval(features.names().toArray(new String[0]));
        return new Verdict(probability(p, "positive"), probability(p, "neutral"), probability(p, "negative"),
                SentimentLabel.valueOf(model.getBestOutcome(p).toUpperCase(Locale.ROOT)));
    }

    private double probability(double[] p, String outcome) {
        int i = model.getIndex(outcome);
        return i < 0 ? 0 : p[i];
    }

    /**
     * Trains a maximum-entropy model (OpenNLP's L-BFGS trainer with an L2 penalty, one thread) on {@code examples};
     * deterministic, so the same examples give the same text.
     */
    public static String train(List<Example> examples) {
        List<Event> events = examples.stream().map(e -> new Event(e.label(), e.features().names().toArray(new String[0]))).toList();
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(QNTrainer.L1COST_PARAM, 0.0);
        params.put(QNTrainer.L2COST_PARAM, L2_COST);
        params.put(QNTrainer.THREADS_PARAM, 1);
        try {
            AbstractModel model = (AbstractModel) TrainerFactory.getEventTrainer(params, null)
                    .train(ObjectStreamUtils.createObjectStream(events));
            StringWriter text = new StringWriter();
            new PlainTextWriter(model, new BufferedWriter(text)).persist(); // persist() closes it
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot train the target classifier", e);
        }
    }

    /**
     * OpenNLP writes L-BFGS models in binary only; this writes the same values one per line, the layout that
     * {@link PlainTextFileDataReader} reads back, so that the shipped model is readable and diffable.
     */
    private static final class PlainTextWriter extends QNModelWriter {
        private final BufferedWriter out;

        PlainTextWriter(AbstractModel model, BufferedWriter out) {
            super(model);
            this.out = out;
        }

        @Override
        public void writeUTF(String s) throws IOException {
            out.write(s);
            out.newLine();
        }

        @Override
        public void writeInt(int i) throws IOException {
            writeUTF(Integer.toString(i));
        }

        @Override
        public void writeDouble(double d) throws IOException {
            writeUTF(Double.toString(d));
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    private static TargetClassifier load(String resource) {
        try (InputStream in = TargetClassifier.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("target classifier " + resource + " is not on the classpath");
            }
            byte[] bytes = in.readAllBytes();
            MaxentModel model = new QNModelReader(new PlainTextFileDataReader(new BufferedReader(new InputStreamReader(
                    new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)))).getModel();
            return new TargetClassifier(model, HexFormat.of().formatHex(sha256(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the target classifier " + resource, e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
