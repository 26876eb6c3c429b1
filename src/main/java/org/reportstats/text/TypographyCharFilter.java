package org.reportstats.text;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/** Plain quotes and dashes for the tokenizer; one char for one, so offsets need no correction. */
final class TypographyCharFilter extends CharFilter {
    TypographyCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = input.read(buffer, offset, length);
        for (int i = offset; i < offset + Math.max(n, 0); i++) {
            buffer[i] = Typography.plain(buffer[i]);
        }
        return n;
    }

    @Override
    protected int correct(int currentOff) {
        return currentOff;
    }
}
