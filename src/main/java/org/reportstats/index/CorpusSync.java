package org.reportstats.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.reportstats.ingest.CorpusFile;
import org.reportstats.ingest.CorpusListing;
import org.reportstats.ingest.Report;
import org.reportstats.ingest.ReportReader;
import org.reportstats.ingest.UnreadableReportException;
import org.reportstats.nlp.AnalyzedSentence;
import org.reportstats.nlp.ReportAnalyzer;

/**
 * Brings an engine in line with the corpus, whichever engine it is: new and changed files are analysed (in
 * parallel, one file per task), deleted files are removed, unchanged files are skipped by size, time and
 * content hash. Everything is made visible by one commit at the end.
 */
public final class CorpusSync {
    private final ReportSink sink;
    private final ReportAnalyzer analyzer;
    private final String pipeline;
    private final long maxFileBytes;

    /** @param pipeline fingerprint of the schema and analysis: an engine built by another one is rebuilt */
    public CorpusSync(ReportSink sink, ReportAnalyzer analyzer, String pipeline, long maxFileBytes) {
        this.sink = sink;
        this.analyzer = analyzer;
        this.pipeline = pipeline;
        this.maxFileBytes = maxFileBytes;
    }

    /** Indexes {@code listing}; {@code rebuild} re-analyses every file. */
    public IndexSummary run(CorpusListing listing, boolean rebuild, IndexListener listener) throws IOException {
        long started = System.nanoTime();
        IndexState before = sink.currentState();
        boolean fullRebuild = rebuild || !pipeline.equals(before.commitData().get(Fields.COMMIT_PIPELINE));
        Map<String, IndexedReport> known = fullRebuild ? Map.of() : before.reports();
        Map<String, SkippedFile> knownSkipped = fullRebuild ? Map.of() : before.skipped();
        List<CorpusListing.Notice> skipped = new ArrayList<>(listing.skipped());
        if (fullRebuild) {
            sink.deleteAll();
        }
        List<CorpusFile> toRead = new ArrayList<>();
        int unchanged = 0;
        Set<String> present = new HashSet<>();
        for (CorpusFile f : listing.files()) {
            present.add(f.id());
            IndexedReport r = known.get(f.id());
            SkippedFile bad = knownSkipped.get(f.id());
            if (r != null && r.size() == f.size() && r.lastModified() == f.lastModified()) {
                unchanged++;
            } else if (bad != null && bad.size() == f.size() && bad.lastModified() == f.lastModified()) {
                skipped.add(bad.notice()); // still unreadable: say so again, without reading it again
                listener.skipped(bad.notice());
            } else {
                toRead.add(f);
            }
        }
        for (String id : knownSkipped.keySet()) {
            if (!present.contains(id)) {
                sink.deleteReport(id);
            }
        }
        int removed = 0;
        for (String id : known.keySet()) {
            if (!present.contains(id)) {
                sink.deleteReport(id);
                removed++;
            }
        }
        listing.skipped().forEach(listener::skipped);
        listener.started(toRead.size());

        Set<String> held = new HashSet<>(known.keySet()); // files with documents to delete before new ones go in
        held.addAll(knownSkipped.keySet());
        List<FileOutcome> outcomes = analyseInParallel(toRead, known, held, listener);
        List<IndexedReport> processed = new ArrayList<>();
        int added = 0;
        int updated = 0;
        int sentences = 0;
        for (FileOutcome o : outcomes) {
            switch (o.kind()) {
                case INDEXED -> {
                    processed.add(o.report());
                    sentences += o.report().sentences();
                    if (known.containsKey(o.report().id())) {
                        updated++;
                    } else {
                        added++;
                    }
                }
                case SAME_CONTENT -> unchanged++;
                case SKIPPED -> {
                    skipped.add(o.notice());
                    if (known.containsKey(o.notice().path())) {
                        removed++;
                    }
                }
            }
        }
        Map<String, String> commitData = new HashMap<>();
        commitData.put(Fields.COMMIT_SCHEMA, Fields.SCHEMA_VERSION);
        commitData.put(Fields.COMMIT_PIPELINE, pipeline);
        sink.commit(commitData);
        int total = added + updated + unchanged;
        return new IndexSummary(processed, added, updated, unchanged, removed, skipped, sentences, total, fullRebuild,
                java.time.Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    private enum Kind { INDEXED, SAME_CONTENT, SKIPPED }

    private record FileOutcome(Kind kind, IndexedReport report, CorpusListing.Notice notice) {
    }

    private List<FileOutcome> analyseInParallel(List<CorpusFile> files, Map<String, IndexedReport> known, Set<String> held,
                                                IndexListener listener) throws IOException {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), files.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "reportstats-index");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletionService<FileOutcome> done = new ExecutorCompletionService<>(pool);
            for (CorpusFile f : files) {
                done.submit(() -> indexOne(f, known.get(f.id()), held.contains(f.id()), listener));
            }
            List<FileOutcome> outcomes = new ArrayList<>(files.size());
            for (int i = 0; i < files.size(); i++) {
                FileOutcome outcome = done.take().get();
                outcomes.add(outcome);
                listener.fileDone(outcome.kind() == Kind.SKIPPED ? outcome.notice().path() : outcome.report().id());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("indexing was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof org.reportstats.nlp.ModelException model) {
                throw model;
            }
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException("indexing failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** @param held whether the engine holds documents of this file (deleted before the new ones; saves a
     *             delete per file on a first run, which in Solr costs a round trip to every shard) */
    private FileOutcome indexOne(CorpusFile file, IndexedReport previous, boolean held, IndexListener listener)
            throws IOException {
        try {
            byte[] bytes = ReportReader.readBytes(file, maxFileBytes);
            String hash = sha256(bytes);
            if (previous != null && previous.hash().equals(hash)) {
                IndexedReport touched = previous.withFileState(file.size(), file.lastModified());
                sink.replaceReportDocument(touched);
                return new FileOutcome(Kind.SAME_CONTENT, touched, null);
            }
            Report report = ReportReader.parse(file, bytes);
            report.warnings().forEach(w -> listener.warning(file.id(), w));
            List<AnalyzedSentence> sentences = analyzer.analyze(report);
            IndexedReport indexed = new IndexedReport(file.id(), hash, file.size(), file.lastModified(),
                    report.metadata(), report.wordCount(), sentences.size(), report.warnings());
            if (held) {
                sink.deleteReport(file.id());
            }
            sink.addReport(indexed, sentences);
            return new FileOutcome(Kind.INDEXED, indexed, null);
        } catch (UnreadableReportException e) {
            if (held) {
                sink.deleteReport(file.id());
            }
            sink.addSkipped(new SkippedFile(file.id(), file.size(), file.lastModified(), e.getMessage()));
            CorpusListing.Notice notice = new CorpusListing.Notice(file.id(), e.getMessage());
            listener.skipped(notice);
            return new FileOutcome(Kind.SKIPPED, null, notice);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
