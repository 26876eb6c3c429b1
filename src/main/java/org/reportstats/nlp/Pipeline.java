package org.reportstats.nlp;

import java.nio.file.Path;
import java.util.Optional;
import org.reportstats.tech.MentionDetector;
import org.reportstats.tech.Taxonomy;
import org.reportstats.tech.TaxonomyException;
import org.reportstats.tech.TaxonomyLoader;

/**
 * Everything that turns a report into analysed sentences, with a fingerprint that changes whenever the
 * result would (taxonomy or lexicon edited), so that an index built by another pipeline is rebuilt.
 */
public final class Pipeline {
    private final Taxonomy taxonomy;
    private final MentionDetector mentions;
    private final ReportAnalyzer analyzer;

    private Pipeline(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        this.mentions = new MentionDetector(taxonomy);
        this.analyzer = new ReportAnalyzer(mentions);
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

    public ReportAnalyzer analyzer() {
        return analyzer;
    }

    public String fingerprint() {
        return "taxonomy=" + taxonomy.fingerprint();
    }
}
