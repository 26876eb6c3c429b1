package org.reportstats.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.reportstats.ingest.CorpusListing;
import org.reportstats.ingest.CorpusWalker;
import org.reportstats.nlp.Pipeline;

/** The index of one corpus folder: brings it up to date, or tells that it already is. */
public final class CorpusIndex {

    private final Path corpus;
    private final Path index;
    private final Pipeline pipeline;
    private final long maxFileBytes;

    public CorpusIndex(Path corpus, Path index, Pipeline pipeline, long maxFileBytes) {
        this.corpus = corpus;
        this.index = index;
        this.pipeline = pipeline;
        this.maxFileBytes = maxFileBytes;
    }

    public Path indexDir() {
        return index;
    }

    /** Indexes new and changed files, removes deleted ones; {@code rebuild} re-reads everything. */
    public IndexSummary update(boolean rebuild, Duration lockWait, IndexListener listener)
            throws IOException, IndexLockedException, IndexDamagedException {
        CorpusListing listing = CorpusWalker.walk(corpus);
        if (rebuild) {
            IndexLocation.clearIfDamaged(index);
        }
        try (ReportIndexer indexer = ReportIndexer.open(index, pipeline.taxonomy(), lockWait)) {
            return sync(indexer).run(listing, rebuild, listener);
        }
    }

    /** Brings another engine's documents (a Solr collection) in line with the corpus, as {@link #update} does locally. */
    public IndexSummary update(ReportSink sink, boolean rebuild, IndexListener listener) throws IOException {
        return sync(sink).run(CorpusWalker.walk(corpus), rebuild, listener);
    }

    /**
     * Updates the index when it is missing or older than the corpus; empty when it was already current.
     * When another process is writing, the last committed index is used as it is.
     */
    public Optional<IndexSummary> ensureCurrent(IndexListener listener)
            throws IOException, IndexLockedException, IndexDamagedException {
        CorpusListing listing = CorpusWalker.walk(corpus);
        IndexState state = IndexLocation.readState(index);
        if (state.isCurrentFor(listing, fingerprint())) {
            return Optional.empty();
        }
        try (ReportIndexer indexer = ReportIndexer.open(index, pipeline.taxonomy(), Duration.ZERO)) {
            return Optional.of(sync(indexer).run(listing, false, listener));
        } catch (IndexLockedException e) {
            if (IndexLocation.exists(index)) {
                listener.warning(index.toString(), "another reportstats process is updating the index; using its last committed state");
                return Optional.empty();
            }
            throw e;
        }
    }

    /** A sync of this corpus into any engine: the local index, or a Solr collection. */
    public CorpusSync sync(ReportSink sink) {
        return new CorpusSync(sink, pipeline.analyzer(), fingerprint(pipeline), maxFileBytes);
    }

    /** Changes whenever documents would come out differently: an engine built by another pipeline is rebuilt. */
    public static String fingerprint(Pipeline pipeline) {
        return "schema=" + Fields.SCHEMA_VERSION + ";" + pipeline.fingerprint();
    }

    private String fingerprint() {
        return fingerprint(pipeline);
    }
}
