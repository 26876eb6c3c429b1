package org.reportstats.index;

import org.apache.lucene.facet.FacetsConfig;

/** Field names of the index, used by the indexer and the searcher alike. */
public final class Fields {
    /** Bump when documents change shape: an index with another version is rebuilt. */
    public static final String SCHEMA_VERSION = "7";

    public static final String DOC_TYPE = "doc_type";
    public static final String TYPE_REPORT = "report";
    public static final String TYPE_SENTENCE = "sentence";
    /** A file that could not be read: remembered so it is not read again until it changes. */
    public static final String TYPE_SKIPPED = "skipped";
    public static final String REASON = "reason";

    /** On every document of a report: the report's path relative to the corpus. */
    public static final String REPORT_ID = "report_id";
    /** Only on the report document, so it can be replaced without touching its sentences. */
    public static final String REPORT_KEY = "report_key";
    public static final String HASH = "hash";
    public static final String SIZE = "size";
    public static final String MTIME = "mtime";
    public static final String TITLE = "title";
    public static final String EVENT = "event";
    public static final String EVENT_KEY = "event_key";
    public static final String EVENT_NAME = "event_name";
    public static final String SERIES = "series";
    public static final String DATE = "date";
    public static final String YEAR = "year";
    public static final String LOCATION = "location";
    public static final String AUTHOR = "author";
    public static final String AUTHOR_NAME = "author_name";
    public static final String WORDS = "words";
    public static final String SENTENCE_COUNT = "sentences";
    public static final String GUESSED = "guessed";
    public static final String WARNINGS = "warnings";

    public static final String POSITION = "position";
    public static final String OFFSET = "offset";
    /** The sentence, analysed by {@link org.reportstats.text.ProseAnalyzer}, stored with offsets for highlighting. */
    public static final String TEXT = "text";
    public static final String TECH = "tech";
    public static final String FAMILY = "family";
    /** Binary doc values: {@code Kubernetes=2;Mesos=1}, mention counts per technology, for aggregation. */
    public static final String TECH_COUNTS = "tech_counts";
    /** Sentence sentiment score in [-1, 1]: stored and as doc values. */
    public static final String SENTIMENT = "sentiment";
    /** positive, neutral, negative or mixed. */
    public static final String LABEL = "label";
    /** {@code Technology=label} per technology, for filtering ("Mesos=negative"). */
    public static final String TARGET = "target";
    /** Binary doc values: {@code Kubernetes=0.53;Mesos=-0.4}, the tone per technology, for aggregation. */
    public static final String TARGET_SCORES = "target_scores";
    /** JSON list of {technology, start, end, surface}. */
    public static final String MENTIONS = "mentions";

    /** Facet dimension: hit counts per event. */
    public static final String FACET_EVENT = "event_facet";

    /** Commit user data. */
    public static final String COMMIT_SCHEMA = "schema";
    public static final String COMMIT_PIPELINE = "pipeline";
    public static final String COMMIT_CORPUS = "corpus";

    private Fields() {
    }

    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(FACET_EVENT, false);
        return config;
    }
}
