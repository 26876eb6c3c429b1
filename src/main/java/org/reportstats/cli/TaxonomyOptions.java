package org.reportstats.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.reportstats.nlp.Pipeline;
import org.reportstats.tech.Taxonomy;
import org.reportstats.tech.TaxonomyException;
import org.reportstats.tech.Technology;
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

    /** The canonical name of a technology given by any name or alias; an unknown one is a usage error with suggestions. */
    static String technology(Taxonomy taxonomy, String name) {
        return taxonomy.find(name.strip()).map(Technology::name).orElseThrow(() -> UserError.usage("unknown technology '"
                + name.strip() + "'; closest: " + String.join(", ", taxonomy.closest(name, 5)) + " (see 'reportstats techs')"));
    }

    /** The members of a rivalry group; an unknown group is a usage error naming the closest and all groups. */
    static List<String> group(Taxonomy taxonomy, String group) {
        return taxonomy.group(group).orElseThrow(() -> UserError.usage("unknown group '" + group + "'; closest: "
                + String.join(", ", taxonomy.closest(group, 3).stream().filter(c -> taxonomy.groups().containsKey(c)).toList())
                + " (groups: " + String.join(", ", taxonomy.groups().keySet()) + ")"));
    }
}
