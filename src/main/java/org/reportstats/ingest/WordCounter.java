package org.reportstats.ingest;

/** Counts words the way a reader would: runs of characters that contain a letter or digit. */
public final class WordCounter {
    private WordCounter() {
    }

    public static int count(CharSequence text) {
        int words = 0;
        boolean inWord = false;
        boolean wordHasAlnum = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inWord && wordHasAlnum) {
                    words++;
                }
                inWord = false;
                wordHasAlnum = false;
            } else {
                inWord = true;
                wordHasAlnum |= Character.isLetterOrDigit(c);
            }
        }
        return inWord && wordHasAlnum ? words + 1 : words;
    }
}
