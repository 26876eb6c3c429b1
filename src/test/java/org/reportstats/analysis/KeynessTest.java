package org.reportstats.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KeynessTest {
    /** Worked by hand: a=10 in c=1000, b=10 in d=9000; E1=2, E2=18; G² = 2(10 ln 5 + 10 ln(10/18)). */
    @Test
    void logLikelihoodMatchesTheHandComputation() {
        double expected = 2 * (10 * Math.log(10 / 2.0) + 10 * Math.log(10 / 18.0));
        assertEquals(expected, Keyness.logLikelihood(10, 10, 1000, 9000), 1e-12);
        assertEquals(20.4330, Keyness.logLikelihood(10, 10, 1000, 9000), 1e-4);
        assertEquals(0.0, Keyness.logLikelihood(1, 9, 1000, 9000), 1e-12, "same rate: no keyness");
    }
}
