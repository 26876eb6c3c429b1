package org.reportstats.tech;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The technologies reportstats knows, their rivalry groups and the phrases that are never a mention. */
public final class Taxonomy {
    private final Map<String, Technology> byName;
    private final Map<String, List<String>> groups;
    private final List<List<String>> stopPhrases;
    private final Map<String, Technology> byLookupKey = new LinkedHashMap<>();
    private final String fingerprint;

    Taxonomy(Collection<Technology> technologies, Map<String, List<String>> groups, List<List<String>> stopPhrases,
             String fingerprint) {
        this.byName = new LinkedHashMap<>();
        technologies.forEach(t -> byName.put(t.name(), t));
        this.groups = new LinkedHashMap<>();
        groups.forEach((k, v) -> this.groups.put(k, List.copyOf(v)));
        this.stopPhrases = List.copyOf(stopPhrases);
        this.fingerprint = fingerprint;
        for (Technology t : byName.values()) {
            for (Alias a : t.aliases()) {
                byLookupKey.putIfAbsent(lookupKey(a.text()), t);
            }
        }
        for (Technology t : byName.values()) {
            byLookupKey.put(lookupKey(t.name()), t); // a canonical name always wins over someone's alias
        }
    }

    public List<Technology> technologies() {
        return List.copyOf(byName.values());
    }

    public Map<String, List<String>> groups() {
        return groups;
    }

    List<List<String>> stopPhrases() {
        return stopPhrases;
    }

    /** Changes whenever the content of any loaded taxonomy file changes; used to invalidate the index. */
    public String fingerprint() {
        return fingerprint;
    }

    /** A technology by canonical name or any alias, ignoring case, spacing and punctuation. */
    public Optional<Technology> find(String nameOrAlias) {
        Technology exact = byName.get(nameOrAlias); // the common case, on the indexing path: no normalising needed
        return exact != null ? Optional.of(exact) : Optional.ofNullable(byLookupKey.get(lookupKey(nameOrAlias)));
    }

    /** The family a technology counts toward (Mesos for DC/OS); a name the taxonomy does not know is its own. */
    public String familyOf(String nameOrAlias) {
        return find(nameOrAlias).map(Technology::family).orElse(nameOrAlias);
    }

    public Optional<List<String>> group(String name) {
        return Optional.ofNullable(groups.get(name.toLowerCase(Locale.ROOT).replace('-', '_')));
    }

    /** The groups a technology belongs to, in taxonomy order. */
    public List<String> groupsOf(String technology) {
        return groups.entrySet().stream().filter(e -> e.getValue().contains(technology)).map(Map.Entry::getKey).toList();
    }

    /** Names and aliases closest to a misspelt one, for "did you mean" messages. */
    public List<String> closest(String wrong, int limit) {
        String key = lookupKey(wrong);
        List<String> candidates = new ArrayList<>(byName.keySet());
        candidates.addAll(groups.keySet());
        return candidates.stream()
                .sorted(Comparator.comparingInt((String c) -> EditDistance.between(key, lookupKey(c))).thenComparing(c -> c))
                .limit(limit)
                .collect(Collectors.toList());
    }

    static String lookupKey(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
