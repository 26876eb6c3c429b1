package org.reportstats.analysis;

import java.util.List;
import java.util.Optional;

/**
 * Which technologies to compare and how to slice the corpus.
 *
 * @param technologies canonical names (or family names with {@code families})
 * @param families     count each technology toward its family (DC/OS and Marathon as Mesos)
 */
public record TrendRequest(List<String> technologies, boolean families, Period by, Optional<Integer> fromYear,
                           Optional<Integer> toYear) {
    public TrendRequest {
        technologies = List.copyOf(technologies);
        if (technologies.isEmpty()) {
            throw new IllegalArgumentException("no technologies to compare");
        }
    }
}
