package org.parley.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextSimilarityTest {

    @Test
    void theSameWordsWithOtherCasePunctuationAndAccentsAreAlike() {
        assertEquals(1.0, TextSimilarity.of("Comanda mea a întârziat!!", "comanda mea a intarziat"));
        assertEquals(1.0, TextSimilarity.of("Мне не вернули деньги.", "мне  не вернули деньги"));
    }

    @Test
    void aNearCopyIsAboveTheThresholdAndAnotherComplaintBelow() {
        String first = "Paczka przyszła uszkodzona, proszę o zwrot pieniędzy.";
        assertTrue(TextSimilarity.of(first, "Paczka przyszła uszkodzona, proszę o zwrot pieniędzy!!! Pilne.")
                >= TextSimilarity.DUPLICATE_THRESHOLD);
        assertTrue(TextSimilarity.of(first, "Kurier był niegrzeczny i nie zostawił awizo.")
                < TextSimilarity.DUPLICATE_THRESHOLD);
    }
}
