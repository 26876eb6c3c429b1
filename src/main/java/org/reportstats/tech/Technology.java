package org.reportstats.tech;

import java.util.List;
import java.util.Objects;

/**
 * A technology of the taxonomy.
 *
 * @param name     canonical name, e.g. {@code Docker Swarm}
 * @param category e.g. {@code orchestration}
 * @param company  the company behind it, or empty
 * @param family   the roll-up family, e.g. {@code Mesos} for DC/OS; the name itself when it has none
 */
public record Technology(String name, String category, String company, String family, List<Alias> aliases) {
    public Technology {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        company = company == null ? "" : company;
        family = family == null || family.isBlank() ? name : family;
        aliases = List.copyOf(aliases);
    }
}
