package org.reportstats.analysis;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A tab-separated evaluation file: '#' comments and blank lines are skipped; errors name the line. */
public final class LabeledFile {
    /** One data line, split on tabs, with its 1-based line number. */
    public record Line(int number, List<String> fields) {
    }

    private LabeledFile() {
    }

    /**
     * @param minFields lines with fewer tab-separated fields are errors
     * @param maxFields the last field takes the rest of the line (it may be text)
     */
    public static List<Line> read(Path file, int minFields, int maxFields) throws EvalFileException {
        List<String> raw;
        try {
            raw = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new EvalFileException(file + ": no such file");
        } catch (MalformedInputException e) {
            throw new EvalFileException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new EvalFileException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String text = raw.get(i);
            if (i == 0 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            List<String> fields = List.of(text.split("\t", maxFields));
            if (fields.size() < minFields) {
                throw new EvalFileException(file + ":" + (i + 1) + ": expected " + minFields
                        + " tab-separated fields, found " + fields.size());
            }
            lines.add(new Line(i + 1, fields));
        }
        if (lines.isEmpty()) {
            throw new EvalFileException(file + ": no labeled lines");
        }
        return lines;
    }

    /** A file that cannot be evaluated: the message names the file and line. */
    public static final class EvalFileException extends Exception {
        public EvalFileException(String message) {
            super(message);
        }
    }
}
