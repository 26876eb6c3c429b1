package org.reportstats.tech;

/**
 * A technology named in a sentence.
 *
 * @param technology canonical name
 * @param start      offset of the first character in the sentence
 * @param end        offset after the last character
 * @param surface    the text as written, e.g. {@code K8s}
 */
public record Mention(String technology, int start, int end, String surface) {
}
