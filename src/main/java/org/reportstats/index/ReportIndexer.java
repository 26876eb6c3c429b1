package org.reportstats.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.reportstats.nlp.AnalyzedSentence;
import org.reportstats.tech.Taxonomy;
import org.reportstats.text.Tokens;

/**
 * The local engine's writing side: one IndexWriter (thread-safe, so {@link CorpusSync} feeds it from several
 * threads) over an index folder. Nothing is visible before {@link #commit}, so a crash leaves the previous
 * index intact.
 */
public final class ReportIndexer implements ReportSink {
    private static final Duration LOCK_POLL = Duration.ofMillis(200);

    private final Path indexDir;
    private final Directory directory;
    private final IndexWriter writer;
    private final SentenceDocuments documents;

    private ReportIndexer(Path indexDir, Directory directory, IndexWriter writer, Taxonomy taxonomy) {
        this.indexDir = indexDir;
        this.directory = directory;
        this.writer = writer;
        this.documents = new SentenceDocuments(taxonomy);
    }

    /**
     * Opens the index for writing, waiting up to {@code lockWait} for another process to finish.
     *
     * @throws IndexLockedException when another process still holds the index after the wait
     */
    public static ReportIndexer open(Path indexDir, Taxonomy taxonomy, Duration lockWait) throws IOException, IndexLockedException, IndexDamagedException {
        IndexLocation.checkUsable(indexDir);
        Files.createDirectories(indexDir);
        // plain reads, not memory maps: merges of a large index would otherwise count every mapped segment page
        // in the process's resident memory (1.9 GB RSS on 1 GB of reports with MMapDirectory)
        Directory directory = new NIOFSDirectory(indexDir);
        long deadline = System.nanoTime() + lockWait.toNanos();
        while (true) {
            try {
                IndexWriterConfig config = new IndexWriterConfig(Tokens.analyzer())
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                        .setRAMBufferSizeMB(64)
                        .setCommitOnClose(false);
                return new ReportIndexer(indexDir, directory, new IndexWriter(directory, config), taxonomy);
            } catch (LockObtainFailedException e) {
                if (System.nanoTime() > deadline) {
                    directory.close();
                    throw new IndexLockedException("index " + indexDir + " is locked by another reportstats process;"
                            + " wait for it to finish and try again");
                }
                sleep(LOCK_POLL);
            } catch (IOException | RuntimeException e) {
                directory.close();
                throw IndexLocation.damaged(indexDir, e);
            }
        }
    }

    @Override
    public IndexState currentState() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return IndexState.EMPTY;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return IndexState.read(reader);
        }
    }

    @Override
    public void deleteAll() throws IOException {
        writer.deleteAll();
    }

    @Override
    public void deleteReport(String id) throws IOException {
        writer.deleteDocuments(new Term(Fields.REPORT_ID, id));
    }

    @Override
    public void addReport(IndexedReport report, List<AnalyzedSentence> sentences) throws IOException {
        writer.addDocuments(documents.build(report, sentences));
    }

    @Override
    public void replaceReportDocument(IndexedReport report) throws IOException {
        writer.updateDocument(new Term(Fields.REPORT_KEY, report.id()), documents.reportOnly(report));
    }

    @Override
    public void addSkipped(SkippedFile file) throws IOException {
        writer.addDocument(file.toDocument());
    }

    @Override
    public void commit(Map<String, String> commitData) throws IOException {
        writer.setLiveCommitData(commitData.entrySet());
        writer.commit();
    }

    private static void sleep(Duration d) throws IOException {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the index lock", e);
        }
    }

    public Path indexDir() {
        return indexDir;
    }

    /** Closes without committing: anything not committed by {@link #commit} is discarded. */
    @Override
    public void close() throws IOException {
        try {
            writer.rollback();
        } finally {
            directory.close();
        }
    }
}
