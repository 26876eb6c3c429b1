package org.reportstats.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML front matter at the top of a Markdown file, between two {@code ---} lines.
 *
 * @param fields the scalar fields, as strings (dates stay as written)
 * @param body   the text after the closing {@code ---}
 */
record FrontMatter(Map<String, String> fields, String body) {
    private static final int MAX_FRONT_MATTER_CHARS = 64 * 1024;

    FrontMatter {
        fields = Map.copyOf(fields);
    }

    /** Splits off front matter if present; malformed YAML yields no fields and a warning. */
    static FrontMatter split(String text, List<String> warnings) {
        String normalized = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!normalized.startsWith("---")) {
            return new FrontMatter(Map.of(), normalized);
        }
        int firstNewline = normalized.indexOf('\n');
        if (firstNewline < 0 || !normalized.substring(0, firstNewline).strip().equals("---")) {
            return new FrontMatter(Map.of(), normalized);
        }
        int close = findClosingFence(normalized, firstNewline + 1);
        if (close < 0) {
            warnings.add("front matter is not closed by a '---' line; read as text");
            return new FrontMatter(Map.of(), normalized);
        }
        String yaml = normalized.substring(firstNewline + 1, close);
        int afterFence = normalized.indexOf('\n', close);
        String body = afterFence < 0 ? "" : normalized.substring(afterFence + 1);
        return new FrontMatter(parseFields(yaml, warnings), body);
    }

    private static int findClosingFence(String text, int from) {
        int lineStart = from;
        while (lineStart < text.length() && lineStart - from < MAX_FRONT_MATTER_CHARS) {
            int lineEnd = text.indexOf('\n', lineStart);
            String line = (lineEnd < 0 ? text.substring(lineStart) : text.substring(lineStart, lineEnd)).strip();
            if (line.equals("---") || line.equals("...")) {
                return lineStart;
            }
            if (lineEnd < 0) {
                return -1;
            }
            lineStart = lineEnd + 1;
        }
        return -1;
    }

    private static Map<String, String> parseFields(String yaml, List<String> warnings) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_FRONT_MATTER_CHARS);
        Object parsed;
        try {
            DumperOptions dumperOptions = new DumperOptions();
            parsed = new Yaml(new SafeConstructor(options), new Representer(dumperOptions), dumperOptions, options,
                    new StringsOnlyResolver()).load(yaml);
        } catch (YAMLException | ClassCastException e) {
            warnings.add("front matter is not valid YAML (" + firstLine(e.getMessage()) + "); ignored");
            return Map.of();
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            if (parsed != null) {
                warnings.add("front matter is not a YAML mapping; ignored");
            }
            return Map.of();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            Object value = entry.getValue();
            if (entry.getKey() != null && value != null && !(value instanceof Map) && !(value instanceof List)) {
                fields.put(entry.getKey().toString().strip().toLowerCase(java.util.Locale.ROOT), scalarText(value));
            }
        }
        return fields;
    }

    private static String scalarText(Object value) {
        return value.toString().strip();
    }

    /**
     * Keeps every scalar a string: SnakeYAML's timestamp resolver would silently turn {@code 2017-13-45}
     * into a real date in 2018, and we want to see what the author wrote.
     */
    private static final class StringsOnlyResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            // no implicit types: every scalar is a string
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        String line = message.strip().split("\\R", 2)[0];
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }
}
