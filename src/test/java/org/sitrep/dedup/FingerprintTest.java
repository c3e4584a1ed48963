package org.sitrep.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintTest {

    static final String STORY = "Senior ISIS members are planning mass prison breaks in Iraq and Syria, the head of Iraqi military "
            + "intelligence said on Monday. He said the group had sleeper cells in several provinces and was raising money through "
            + "extortion. Officials in Baghdad warned of attacks on prisons holding thousands of fighters. Kurdish forces hold about "
            + "ten thousand fighters in camps in the north east of Syria, and the United States has urged countries to take back "
            + "their citizens. The spy chief said the group was trying to regroup after the death of its leader last month.";

    @Test
    void aTrimmedRecreditedCopyIsACopy() {
        String copy = "BAGHDAD (Reuters) - " + STORY.substring(0, STORY.indexOf(" Kurdish forces")).replace("warned", "cautioned");
        Fingerprint a = Fingerprint.of(STORY), b = Fingerprint.of(copy);
        assertThat(a.containment(b)).isGreaterThan(0.8);
        assertThat(NearDuplicates.copies(a, b)).isTrue();
        assertThat(shareKey(a, b)).isTrue();
    }

    @Test
    void anotherStoryOnTheSameSubjectIsNot() {
        String other = "Iraqi forces said on Tuesday they had arrested five members of the Islamic State group in Mosul. The men "
                + "were planning attacks on markets, a military spokesman said. Security has been tightened around prisons in the "
                + "north of the country since the Turkish offensive in Syria began last month, officials said.";
        assertThat(NearDuplicates.copies(Fingerprint.of(STORY), Fingerprint.of(other))).isFalse();
    }

    @Test
    void tooShortToJudge() {
        assertThat(NearDuplicates.similarity(Fingerprint.of("Breaking news"), Fingerprint.of("Breaking news"))).isZero();
    }

    private static boolean shareKey(Fingerprint a, Fingerprint b) {
        for (long x : a.bands()) for (long y : b.bands()) if (x == y) return true;
        return false;
    }
}
