package org.reportstats.index;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The compact doc-values form of a sentence's mention counts, {@code Kubernetes=2;Mesos=1}: read per
 * document when aggregating, far cheaper than stored fields. Names never contain {@code ;} or {@code =}
 * (the taxonomy loader would have to allow it first); they are escaped anyway.
 */
final class TechCounts {
    private TechCounts() {
    }

    static String encode(Map<String, Integer> counts) {
        StringBuilder out = new StringBuilder();
        counts.forEach((tech, n) -> {
            if (out.length() > 0) {
                out.append(';');
            }
            out.append(tech.replace("\\", "\\\\").replace(";", "\\;").replace("=", "\\=")).append('=').append(n);
        });
        return out.toString();
    }

    static Map<String, Integer> decode(String encoded) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        StringBuilder name = new StringBuilder();
        int i = 0;
        while (i < encoded.length()) {
            char c = encoded.charAt(i);
            if (c == '\\' && i + 1 < encoded.length()) {
                name.append(encoded.charAt(i + 1));
                i += 2;
            } else if (c == '=') {
                int end = encoded.indexOf(';', i);
                end = end < 0 ? encoded.length() : end;
                counts.put(name.toString(), Integer.parseInt(encoded.substring(i + 1, end)));
                name.setLength(0);
                i = end + 1;
            } else {
                name.append(c);
                i++;
            }
        }
        return counts;
    }
}
