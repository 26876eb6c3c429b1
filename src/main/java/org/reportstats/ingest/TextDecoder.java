package org.reportstats.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, and a Windows-1252
 * fallback for legacy files. Binary content is refused.
 */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int BINARY_SNIFF_BYTES = 8192;

    private TextDecoder() {
    }

    /** The decoded text; {@code warnings} receives a line when a fallback encoding was used. */
    static String decode(byte[] bytes, List<String> warnings) throws UnreadableReportException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strictUtf8(bytes, 3).orElseWrap(bytes, warnings);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (looksBinary(bytes)) {
            throw new UnreadableReportException("binary file (contains NUL bytes), not a text report");
        }
        return strictUtf8(bytes, 0).orElseWrap(bytes, warnings);
    }

    private static Utf8Attempt strictUtf8(byte[] bytes, int offset) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return new Utf8Attempt(text);
        } catch (CharacterCodingException e) {
            return new Utf8Attempt(null);
        }
    }

    private record Utf8Attempt(String text) {
        String orElseWrap(byte[] bytes, List<String> warnings) {
            if (text != null) {
                return text;
            }
            warnings.add("not valid UTF-8; read as Windows-1252");
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        int limit = Math.min(bytes.length, BINARY_SNIFF_BYTES);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
