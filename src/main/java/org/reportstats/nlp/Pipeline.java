package org.reportstats.nlp;

import java.nio.file.Path;
import java.util.Optional;
import org.reportstats.tech.MentionDetector;
import org.reportstats.tech.Taxonomy;
import org.reportstats.tech.TaxonomyException;
import org.reportstats.tech.TaxonomyLoader;

/**
 * Everything that turns a report into analysed sentences, with a fingerprint that changes whenever the
 * result would (taxonomy, lexicon, rules or target model changed), so that an index built by another pipeline
 * is rebuilt.
 */
public final class Pipeline {
    /** Bump when the sentiment or attribution rules change, so that indexes built by older rules are rebuilt. */
    static final String RULES_VERSION = "8";

    private final Taxonomy taxonomy;
    private final MentionDetector mentions;
    private final SentimentScorer sentiment;
    private final ReportAnalyzer analyzer;

    private Pipeline(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        this.mentions = new MentionDetector(taxonomy);
        this.sentiment = new SentimentScorer(Lexicon.standard());
        this.analyzer = new ReportAnalyzer(mentions, sentiment);
    }

    public static Pipeline load(Optional<Path> taxonomyFile) throws TaxonomyException {
        return new Pipeline(TaxonomyLoader.load(taxonomyFile));
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    public MentionDetector mentionDetector() {
        return mentions;
    }

    public SentimentScorer sentimentScorer() {
        return sentiment;
    }

    public ReportAnalyzer analyzer() {
        return analyzer;
    }

    public String fingerprint() {
        return "taxonomy=" + taxonomy.fingerprint() + ";lexicon=" + sentiment.fingerprint() + ";rules=" + RULES_VERSION
                + ";targets=" + NeuralTargets.fingerprint().substring(0, 16) + ";sentences=" + NeuralSentences.fingerprint().substring(0, 16);
    }
}
