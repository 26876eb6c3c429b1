package org.reportstats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Solr configset's typography mapping is the local analysis chain's, character for character. */
class TypographyTest {
    private static final Pattern RULE = Pattern.compile("\"\\\\u([0-9A-Fa-f]{4})\" => \"(\\\\\"|.)\"");

    @Test
    void solrMappingFileAgreesWithTypography() throws Exception {
        Map<Character, Character> mapping = new HashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/org/reportstats/index/solr/configset/typography.txt")) {
            assertNotNull(in, "typography.txt is in the configset");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                Matcher m = RULE.matcher(line.strip());
                assertEquals(true, m.matches(), "rule: " + line);
                char to = m.group(2).equals("\\\"") ? '"' : m.group(2).charAt(0);
                mapping.put((char) Integer.parseInt(m.group(1), 16), to);
            }
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char expected = Typography.plain((char) c);
            assertEquals(expected, mapping.getOrDefault((char) c, (char) c), String.format("U+%04X", c));
        }
    }
}
