package org.reportstats.index;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The compact doc-values form of a per-technology map, {@code Kubernetes=2;Mesos=1}: read per document when
 * aggregating, far cheaper than stored fields. Names are escaped, so any name round-trips.
 */
public final class TechCounts {
    private TechCounts() {
    }

    public static String encode(Map<String, ?> values) {
        StringBuilder out = new StringBuilder();
        values.forEach((tech, value) -> {
            if (out.length() > 0) {
                out.append(';');
            }
            out.append(tech.replace("\\", "\\\\").replace(";", "\\;").replace("=", "\\=")).append('=').append(value);
        });
        return out.toString();
    }

    public static Map<String, Integer> decodeInts(String encoded) {
        Map<String, Integer> out = new LinkedHashMap<>();
        decode(encoded).forEach((k, v) -> out.put(k, Integer.parseInt(v)));
        return out;
    }

    public static Map<String, Double> decodeDoubles(String encoded) {
        Map<String, Double> out = new LinkedHashMap<>();
        decode(encoded).forEach((k, v) -> out.put(k, Double.parseDouble(v)));
        return out;
    }

    private static Map<String, String> decode(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
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
                values.put(name.toString(), encoded.substring(i + 1, end));
                name.setLength(0);
                i = end + 1;
            } else {
                name.append(c);
                i++;
            }
        }
        return values;
    }
}
