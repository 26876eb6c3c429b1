package org.reportstats.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.reportstats.nlp.Pipeline;
import org.reportstats.tech.TaxonomyException;
import picocli.CommandLine.Option;

/** Which taxonomy to use: shared by every command that finds technologies. */
public final class TaxonomyOptions {
    @Option(names = "--taxonomy", paramLabel = "FILE",
            description = "YAML file of technologies merged over the bundled models/technologies.yaml.")
    Path file;

    /** The analysis pipeline with this taxonomy; a malformed file is a usage error naming the line. */
    Pipeline pipeline() {
        try {
            return Pipeline.load(Optional.ofNullable(file));
        } catch (TaxonomyException e) {
            throw UserError.usage(e.getMessage());
        }
    }
}
