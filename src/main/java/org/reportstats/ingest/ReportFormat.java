package org.reportstats.ingest;

import java.util.Locale;
import java.util.Optional;

/** The file formats a corpus may hold, recognised by extension. */
public enum ReportFormat {
    TEXT("txt"), MARKDOWN("md", "markdown"), HTML("html", "htm");

    private final String[] extensions;

    ReportFormat(String... extensions) {
        this.extensions = extensions;
    }

    public static Optional<ReportFormat> of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ReportFormat format : values()) {
            for (String e : format.extensions) {
                if (e.equals(ext)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }
}
