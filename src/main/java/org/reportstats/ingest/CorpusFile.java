package org.reportstats.ingest;

import java.nio.file.Path;

/**
 * A candidate report found in the corpus folder.
 *
 * @param id           path relative to the corpus root, forward slashes
 * @param path         where to read it
 * @param size         bytes
 * @param lastModified milliseconds since the epoch
 */
public record CorpusFile(String id, Path path, ReportFormat format, long size, long lastModified) {
}
