package org.reportstats.tech;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One way of writing a technology's name, with the rules that tell a mention from an ordinary word.
 *
 * @param text         as written in the taxonomy, e.g. {@code DC/OS}
 * @param terms        {@code text} through the shared analysis chain, e.g. {@code [dc, os]}
 * @param caseRule     how the source text must be capitalised
 * @param forbidBefore not a mention when the previous token is one of these
 * @param forbidAfter  not a mention when the next token is one of these
 * @param requireNear  at least one of these must occur within {@code window} tokens (empty: no requirement)
 * @param forbidNear   none of these may occur within {@code window} tokens
 * @param plural       also match with an {@code s} on the last term
 */
public record Alias(String text, List<String> terms, CaseRule caseRule, Set<String> forbidBefore,
                    Set<String> forbidAfter, Set<String> requireNear, Set<String> forbidNear, int window,
                    boolean plural) {

    public static final int DEFAULT_WINDOW = 8;

    public enum CaseRule { ANY, EXACT, CAPITALIZED }

    public Alias {
        Objects.requireNonNull(text, "text");
        terms = List.copyOf(terms);
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("alias '" + text + "' has no words");
        }
        Objects.requireNonNull(caseRule, "caseRule");
        forbidBefore = Set.copyOf(forbidBefore);
        forbidAfter = Set.copyOf(forbidAfter);
        requireNear = Set.copyOf(requireNear);
        forbidNear = Set.copyOf(forbidNear);
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1");
        }
    }

    public boolean hasContextRules() {
        return caseRule != CaseRule.ANY || !forbidBefore.isEmpty() || !forbidAfter.isEmpty()
                || !requireNear.isEmpty() || !forbidNear.isEmpty();
    }
}
