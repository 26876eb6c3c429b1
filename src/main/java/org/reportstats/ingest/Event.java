package org.reportstats.ingest;

import java.util.Objects;

/**
 * A conference edition.
 *
 * @param key    stable identifier, e.g. {@code kubecon-europe-2017}
 * @param name   display name, e.g. {@code KubeCon Europe 2017}
 * @param series the conference series, e.g. {@code KubeCon}
 */
public record Event(String key, String name, String series) {
    public static final Event UNKNOWN = new Event("unknown", "Unknown event", "Unknown");

    public Event {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(series, "series");
    }
}
