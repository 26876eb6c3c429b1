package org.reportstats.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.reportstats.index.CorpusIndex;
import org.reportstats.index.IndexDamagedException;
import org.reportstats.index.IndexLockedException;
import org.reportstats.index.ReportSearcher;
import org.reportstats.nlp.Pipeline;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where the reports and the index are, and which taxonomy to use: shared by index, search, techs, trends. */
public final class CorpusOptions {
    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
            description = "Folder of trip reports (.txt, .md, .markdown, .html, .htm), read recursively.")
    Path corpus;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "output/index",
            description = "Folder of the Lucene index; created and refreshed as needed.")
    Path index;

    @Mixin
    TaxonomyOptions taxonomy;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "8",
            description = "Files larger than this are skipped with a warning (trip reports are far smaller).")
    int maxFileMb;

    Pipeline pipeline() {
        return taxonomy.pipeline();
    }

    /**
     * Brings the index up to date (saying so on {@code err} when it changed) and opens it for reading. When
     * another process is writing, the last committed index is read as it is.
     */
    ReportSearcher openCurrentIndex(Pipeline pipeline, PrintWriter err, boolean terminal) throws IOException {
        return openLocal(pipeline, err, terminal);
    }

    /** The engine's documents for reading: the local index (refreshed first) or the Solr collection as it is. */
    org.reportstats.index.ReportStore openStore(EngineOptions engine, Pipeline pipeline, PrintWriter err, boolean terminal)
            throws IOException {
        if (engine.solr()) {
            return engine.openStore(pipeline, err);
        }
        engine.checkLocal();
        return openLocal(pipeline, err, terminal);
    }

    private ReportSearcher openLocal(Pipeline pipeline, PrintWriter err, boolean terminal) throws IOException {
        CorpusIndex corpusIndex = corpusIndex(pipeline);
        try (ConsoleListener listener = new ConsoleListener(err, terminal)) {
            corpusIndex.ensureCurrent(listener).ifPresent(s -> err.printf(
                    "Index refreshed: %d new, %d changed, %d removed report(s).%n", s.added(), s.updated(), s.removed()));
            err.flush();
            return ReportSearcher.open(corpusIndex.indexDir());
        } catch (IndexLockedException | IndexDamagedException e) {
            throw new UserError(ExitCode.FAILURE, e.getMessage(), e);
        }
    }

    /** The index of the corpus; a missing corpus folder or an index path that is a file is a usage error. */
    CorpusIndex corpusIndex(Pipeline pipeline) {
        if (!Files.isDirectory(corpus)) {
            throw UserError.usage(Files.exists(corpus) ? "--corpus " + corpus + " is a file, not a folder"
                    : "corpus folder " + corpus + " does not exist; pass --corpus DIR");
        }
        if (Files.exists(index) && !Files.isDirectory(index)) {
            throw UserError.usage("--index " + index + " is a file, not a folder; choose another --index");
        }
        if (maxFileMb < 1) {
            throw UserError.usage("--max-file-mb must be at least 1");
        }
        return new CorpusIndex(corpus, index, pipeline, maxFileMb * 1024L * 1024L);
    }
}
