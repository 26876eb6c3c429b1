package org.reportstats.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.reportstats.report.AtomicWrite;

/** Small file outputs of commands, written atomically. */
final class AtomicFiles {
    private AtomicFiles() {
    }

    static void writeLines(Path file, List<String> lines) throws IOException {
        AtomicWrite.write(file, out -> {
            for (String line : lines) {
                out.write(line.replace('\n', ' ').getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
        });
    }
}
