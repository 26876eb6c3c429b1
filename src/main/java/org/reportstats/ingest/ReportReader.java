package org.reportstats.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one corpus file into a {@link Report}: decoding, markup stripping, metadata. */
public final class ReportReader {
    /** Larger files are almost certainly not trip reports (dumps, logs, binaries); --max-file-mb changes it. */
    public static final long DEFAULT_MAX_FILE_BYTES = 8L * 1024 * 1024;
    private static final int LAST_LINES = 3;

    private ReportReader() {
    }

    public static Report read(CorpusFile file) throws UnreadableReportException {
        return parse(file, readBytes(file, DEFAULT_MAX_FILE_BYTES));
    }

    /** The file's bytes, refusing files too large to be a report. */
    public static byte[] readBytes(CorpusFile file, long maxBytes) throws UnreadableReportException {
        if (file.size() > maxBytes) {
            throw new UnreadableReportException(String.format(java.util.Locale.ROOT,
                    "%.1f MB is larger than the %d MB limit for one report; not read (raise it with --max-file-mb)",
                    file.size() / (1024.0 * 1024), maxBytes / (1024 * 1024)));
        }
        try {
            return Files.readAllBytes(file.path());
        } catch (AccessDeniedException e) {
            throw new UnreadableReportException("permission denied");
        } catch (IOException e) {
            throw new UnreadableReportException("cannot be read: " + e.getMessage());
        }
    }

    /** Decodes and parses bytes already read from {@code file}. */
    public static Report parse(CorpusFile file, byte[] bytes) throws UnreadableReportException {
        List<String> warnings = new ArrayList<>();
        return parse(file.id(), file.format(), TextDecoder.decode(bytes, warnings), warnings);
    }

    /** Parses already-decoded text; {@code id} is used for file-name heuristics. */
    public static Report parse(String id, ReportFormat format, String text, List<String> warnings)
            throws UnreadableReportException {
        if (text.isBlank()) {
            throw new UnreadableReportException("empty file");
        }
        MetadataExtractor.Sources sources;
        Prose prose;
        switch (format) {
            case HTML -> {
                HtmlProse.Page page = HtmlProse.extract(text);
                prose = page.prose();
                sources = new MetadataExtractor.Sources(id, Map.of(), page.title(), page.heading(), page.author(),
                        page.date(), firstParagraphs(prose), lastParagraphs(prose));
            }
            case MARKDOWN -> {
                FrontMatter fm = FrontMatter.split(text, warnings);
                MarkdownProse.Page page = MarkdownProse.extract(fm.body());
                prose = page.prose();
                sources = new MetadataExtractor.Sources(id, fm.fields(), Optional.empty(), page.heading(),
                        Optional.empty(), Optional.empty(), firstParagraphs(prose), lastParagraphs(prose));
            }
            default -> {
                FrontMatter fm = FrontMatter.split(text, warnings);
                prose = PlainProse.extract(fm.body());
                sources = new MetadataExtractor.Sources(id, fm.fields(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), firstParagraphs(prose), lastParagraphs(prose));
            }
        }
        if (prose.text().isBlank()) {
            throw new UnreadableReportException("no readable prose after removing markup");
        }
        ReportMetadata metadata = MetadataExtractor.extract(sources, warnings);
        return new Report(id, metadata, prose.text(), prose.paragraphs(), warnings);
    }

    private static List<String> firstParagraphs(Prose prose) {
        List<Span> spans = prose.paragraphs();
        return spans.subList(0, Math.min(MetadataExtractor.headerLineCount(), spans.size())).stream()
                .map(s -> s.of(prose.text())).toList();
    }

    private static List<String> lastParagraphs(Prose prose) {
        List<Span> spans = prose.paragraphs();
        return spans.subList(Math.max(0, spans.size() - LAST_LINES), spans.size()).stream()
                .map(s -> s.of(prose.text())).toList();
    }
}
