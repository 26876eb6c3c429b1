package org.reportstats.tech;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reportstats.text.Tokens;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the taxonomy YAML (format documented in {@code models/technologies.yaml} and the README) and merges a
 * user's file over the bundled one: an entry with the same name replaces the bundled entry, a group with the
 * same name replaces the bundled group, stop phrases add up. Errors name the file and line.
 */
public final class TaxonomyLoader {
    public static final String DEFAULT_RESOURCE = "/models/technologies.yaml";
    private static final Set<String> TOP_KEYS = Set.of("version", "groups", "stop_phrases", "technologies");
    private static final Set<String> ENTRY_KEYS = Set.of("name", "category", "company", "family", "aliases");
    private static final Set<String> ALIAS_KEYS = Set.of("text", "case", "forbid_before", "forbid_after",
            "require_near", "forbid_near", "window", "plural");

    private TaxonomyLoader() {
    }

    /** The bundled taxonomy, merged with {@code override} when given. */
    public static Taxonomy load(Optional<Path> override) throws TaxonomyException {
        String bundled = readBundled();
        Parsed merged = parse(bundled, "bundled " + DEFAULT_RESOURCE);
        StringBuilder fingerprintInput = new StringBuilder(bundled);
        if (override.isPresent()) {
            Path file = override.get();
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new TaxonomyException("cannot read taxonomy file " + file + ": " + e.getMessage());
            }
            merged = merged.overriddenBy(parse(text, file.toString()));
            fingerprintInput.append('\u0000').append(text);
        }
        return merged.toTaxonomy(sha256(fingerprintInput.toString()));
    }

    public static Taxonomy loadDefault() {
        try {
            return load(Optional.empty());
        } catch (TaxonomyException e) {
            throw new IllegalStateException("the bundled taxonomy is broken: " + e.getMessage(), e);
        }
    }

    /** Parses one taxonomy text; {@code source} names it in error messages. */
    static Parsed parse(String text, String source) throws TaxonomyException {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            // the context mark is where the broken construct starts; the problem mark is often the end of the file
            Mark mark = e.getContextMark() != null ? e.getContextMark() : e.getProblemMark();
            throw new TaxonomyException(source + ":" + (mark == null ? "?" : mark.getLine() + 1) + ": "
                    + (e.getProblem() == null ? "invalid YAML" : e.getProblem()));
        } catch (YAMLException e) {
            throw new TaxonomyException(source + ": invalid YAML: " + e.getMessage());
        }
        if (root == null) {
            return new Parsed(new LinkedHashMap<>(), new LinkedHashMap<>(), new ArrayList<>());
        }
        return new Reader(source).read(root);
    }

    /** A taxonomy file as read, before merging and validation of cross references. */
    record Parsed(Map<String, Entry> technologies, Map<String, Located<List<String>>> groups,
                  List<Located<String>> stopPhrases) {

        Parsed overriddenBy(Parsed user) {
            Map<String, Entry> techs = new LinkedHashMap<>(technologies);
            user.technologies.forEach((name, entry) -> {
                techs.remove(name);
                techs.put(name, entry);
            });
            Map<String, Located<List<String>>> mergedGroups = new LinkedHashMap<>(groups);
            mergedGroups.putAll(user.groups);
            List<Located<String>> phrases = new ArrayList<>(stopPhrases);
            phrases.addAll(user.stopPhrases);
            return new Parsed(techs, mergedGroups, phrases);
        }

        Taxonomy toTaxonomy(String fingerprint) throws TaxonomyException {
            Map<String, List<String>> groupMembers = new LinkedHashMap<>();
            for (Map.Entry<String, Located<List<String>>> g : groups.entrySet()) {
                for (String member : g.getValue().value()) {
                    if (!technologies.containsKey(member)) {
                        throw new TaxonomyException(g.getValue().where() + ": group '" + g.getKey()
                                + "' names '" + member + "', which is not a technology in the taxonomy");
                    }
                }
                groupMembers.put(g.getKey(), g.getValue().value());
            }
            List<List<String>> phrases = new ArrayList<>();
            for (Located<String> phrase : stopPhrases) {
                List<String> terms = Tokens.terms(phrase.value());
                if (terms.isEmpty()) {
                    throw new TaxonomyException(phrase.where() + ": stop phrase '" + phrase.value() + "' has no words");
                }
                phrases.add(terms);
            }
            return new Taxonomy(technologies.values().stream().map(Entry::technology).toList(), groupMembers, phrases,
                    fingerprint);
        }
    }

    record Entry(Technology technology, String where) {
    }

    record Located<T>(T value, String where) {
    }

    /** Walks the YAML node tree, keeping line numbers for every message. */
    private static final class Reader {
        private final String source;

        Reader(String source) {
            this.source = source;
        }

        Parsed read(Node root) throws TaxonomyException {
            MappingNode top = mapping(root, "the top level");
            Map<String, Entry> techs = new LinkedHashMap<>();
            Map<String, Located<List<String>>> groups = new LinkedHashMap<>();
            List<Located<String>> stopPhrases = new ArrayList<>();
            for (NodeTuple tuple : top.getValue()) {
                String key = keyOf(tuple, TOP_KEYS);
                Node value = tuple.getValueNode();
                switch (key) {
                    case "version" -> scalar(value, "version");
                    case "groups" -> {
                        for (NodeTuple g : mapping(value, "groups").getValue()) {
                            String name = scalar(g.getKeyNode(), "group name").toLowerCase(Locale.ROOT);
                            groups.put(name, new Located<>(strings(g.getValueNode(), "group " + name), where(g.getValueNode())));
                        }
                    }
                    case "stop_phrases" -> {
                        for (Node phrase : sequence(value, "stop_phrases").getValue()) {
                            stopPhrases.add(new Located<>(scalar(phrase, "stop phrase"), where(phrase)));
                        }
                    }
                    default -> {
                        for (Node item : sequence(value, "technologies").getValue()) {
                            Technology t = technology(item);
                            if (techs.containsKey(t.name())) {
                                throw error(item, "technology '" + t.name() + "' is defined twice (first at "
                                        + techs.get(t.name()).where() + ")");
                            }
                            techs.put(t.name(), new Entry(t, where(item)));
                        }
                    }
                }
            }
            return new Parsed(techs, groups, stopPhrases);
        }

        private Technology technology(Node node) throws TaxonomyException {
            Map<String, Node> fields = fields(mapping(node, "a technology entry"), ENTRY_KEYS);
            String name = required(fields, "name", node);
            String category = required(fields, "category", node);
            String company = fields.containsKey("company") ? scalar(fields.get("company"), "company") : "";
            String family = fields.containsKey("family") ? scalar(fields.get("family"), "family") : name;
            List<Alias> aliases = new ArrayList<>();
            if (!fields.containsKey("aliases")) {
                aliases.add(alias(name, Map.of(), node));
            } else {
                for (Node a : sequence(fields.get("aliases"), "aliases of " + name).getValue()) {
                    aliases.add(a instanceof ScalarNode s ? alias(s.getValue(), Map.of(), a)
                            : alias(null, fields(mapping(a, "an alias"), ALIAS_KEYS), a));
                }
            }
            return new Technology(name, category, company, family, aliases);
        }

        private Alias alias(String plainText, Map<String, Node> rules, Node node) throws TaxonomyException {
            String text = plainText != null ? plainText : required(rules, "text", node);
            List<String> terms = Tokens.terms(text);
            if (terms.isEmpty()) {
                throw error(node, "alias '" + text + "' has no words");
            }
            Alias.CaseRule caseRule = Alias.CaseRule.ANY;
            if (rules.containsKey("case")) {
                String value = scalar(rules.get("case"), "case");
                try {
                    caseRule = Alias.CaseRule.valueOf(value.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw error(rules.get("case"), "case must be any, exact or capitalized, not '" + value + "'");
                }
            }
            int window = Alias.DEFAULT_WINDOW;
            if (rules.containsKey("window")) {
                String value = scalar(rules.get("window"), "window");
                try {
                    window = Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    window = -1;
                }
                if (window < 1 || window > 100) {
                    throw error(rules.get("window"), "window must be a whole number from 1 to 100, not '" + value + "'");
                }
            }
            boolean plural = rules.containsKey("plural") && Boolean.parseBoolean(scalar(rules.get("plural"), "plural"));
            return new Alias(text, terms, caseRule, words(rules, "forbid_before"), words(rules, "forbid_after"),
                    words(rules, "require_near"), words(rules, "forbid_near"), window, plural);
        }

        private Set<String> words(Map<String, Node> rules, String key) throws TaxonomyException {
            if (!rules.containsKey(key)) {
                return Set.of();
            }
            Set<String> words = new LinkedHashSet<>();
            for (String w : strings(rules.get(key), key)) {
                words.addAll(Tokens.terms(w));
            }
            return words;
        }

        private Map<String, Node> fields(MappingNode node, Set<String> allowed) throws TaxonomyException {
            Map<String, Node> fields = new LinkedHashMap<>();
            for (NodeTuple t : node.getValue()) {
                fields.put(keyOf(t, allowed), t.getValueNode());
            }
            return fields;
        }

        private String keyOf(NodeTuple tuple, Set<String> allowed) throws TaxonomyException {
            String key = scalar(tuple.getKeyNode(), "key");
            if (!allowed.contains(key)) {
                throw error(tuple.getKeyNode(), "unknown key '" + key + "' (expected one of " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
            return key;
        }

        private String required(Map<String, Node> fields, String key, Node owner) throws TaxonomyException {
            if (!fields.containsKey(key)) {
                throw error(owner, "'" + key + "' is missing");
            }
            String value = scalar(fields.get(key), key);
            if (value.isBlank()) {
                throw error(fields.get(key), "'" + key + "' is empty");
            }
            return value.strip();
        }

        private List<String> strings(Node node, String what) throws TaxonomyException {
            List<String> values = new ArrayList<>();
            for (Node n : sequence(node, what).getValue()) {
                values.add(scalar(n, what).strip());
            }
            return values;
        }

        private MappingNode mapping(Node node, String what) throws TaxonomyException {
            if (node instanceof MappingNode m) {
                return m;
            }
            throw error(node, what + " must be a mapping (key: value)");
        }

        private SequenceNode sequence(Node node, String what) throws TaxonomyException {
            if (node instanceof SequenceNode s) {
                return s;
            }
            throw error(node, what + " must be a list");
        }

        private String scalar(Node node, String what) throws TaxonomyException {
            if (node instanceof ScalarNode s) {
                return s.getValue();
            }
            throw error(node, what + " must be a single value");
        }

        private String where(Node node) {
            return source + ":" + (node.getStartMark().getLine() + 1);
        }

        private TaxonomyException error(Node node, String message) {
            return new TaxonomyException(where(node) + ": " + message);
        }
    }

    private static String readBundled() {
        try (InputStream in = TaxonomyLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled taxonomy " + DEFAULT_RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled taxonomy", e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
