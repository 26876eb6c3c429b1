package org.reportstats.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.reportstats.index.CorpusIndex;
import org.reportstats.nlp.Pipeline;
import org.reportstats.tech.TaxonomyException;
import picocli.CommandLine.Option;

/** Where the reports and the index are, and which taxonomy to use: shared by index, search, techs, trends. */
public final class CorpusOptions {
    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
            description = "Folder of trip reports (.txt, .md, .markdown, .html, .htm), read recursively.")
    Path corpus;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "output/index",
            description = "Folder of the Lucene index; created and refreshed as needed.")
    Path index;

    @Option(names = "--taxonomy", paramLabel = "FILE",
            description = "YAML file of technologies merged over the bundled models/technologies.yaml.")
    Path taxonomy;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "16",
            description = "Files larger than this are skipped with a warning (trip reports are far smaller).")
    int maxFileMb;

    Pipeline pipeline() {
        try {
            return Pipeline.load(Optional.ofNullable(taxonomy));
        } catch (TaxonomyException e) {
            throw UserError.usage(e.getMessage());
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
