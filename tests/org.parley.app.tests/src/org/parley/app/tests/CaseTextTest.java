package org.parley.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.parley.core.model.CaseStatus;
import org.parley.core.model.CommitmentKind;
import org.parley.core.model.CommitmentState;
import org.parley.core.model.Direction;
import org.parley.core.model.Severity;
import org.parley.core.model.StandardChannel;
import org.parley.ui.api.CaseText;

/** The shared wording of the case model exists in every language Parley ships, whatever the desktop's locale. */
class CaseTextTest {

    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"),
            Locale.forLanguageTag("ro"), Locale.forLanguageTag("pl"));

    @Test
    void everyValueHasItsOwnNameInEveryLanguage() {
        for (Locale locale : LOCALES) {
            distinctNames(CaseStatus.values(), s -> CaseText.status(s, locale), locale);
            distinctNames(Severity.values(), s -> CaseText.severity(s, locale), locale);
            distinctNames(Direction.values(), d -> CaseText.direction(d, locale), locale);
            distinctNames(CommitmentKind.values(), k -> CaseText.commitmentKind(k, locale), locale);
            distinctNames(CommitmentState.values(), s -> CaseText.commitmentState(s, locale), locale);
            distinctNames(StandardChannel.values(), c -> CaseText.channel(c.code(), locale), locale);
        }
        assertEquals("Waiting for client", CaseText.status(CaseStatus.WAITING_FOR_CLIENT, Locale.ENGLISH));
        assertEquals("Ждём клиента", CaseText.status(CaseStatus.WAITING_FOR_CLIENT, Locale.forLanguageTag("ru")));
    }

    @Test
    void englishIsEnglishOnADesktopInAnotherLanguage() {
        Locale desktop = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("pl"));
            assertEquals("Complaint book", CaseText.channel("complaint-book", Locale.ENGLISH));
        } finally {
            Locale.setDefault(desktop);
        }
    }

    @Test
    void aChannelAPlugInAddedIsShownByItsCode() {
        assertEquals("tiktok", CaseText.channel("tiktok", Locale.ENGLISH));
    }

    @Test
    void lateness() {
        assertEquals("overdue by 2 d 3 h", CaseText.overdueBy(Duration.ofHours(51), Locale.ENGLISH));
        assertEquals("overdue by 1 h 30 min", CaseText.overdueBy(Duration.ofMinutes(90), Locale.ENGLISH));
        assertEquals("overdue by 1 min", CaseText.overdueBy(Duration.ofSeconds(20), Locale.ENGLISH));
        assertEquals("просрочено на 2 д 3 ч", CaseText.overdueBy(Duration.ofHours(51), Locale.forLanguageTag("ru")));
        assertEquals("", CaseText.dateTime(null, Locale.ENGLISH));
        assertFalse(CaseText.dateTime(Instant.parse("2026-03-01T10:15:00Z"), Locale.ENGLISH).isBlank());
    }

    private static <T extends Enum<T>> void distinctNames(T[] values, Function<T, String> name, Locale locale) {
        Set<String> seen = new HashSet<>();
        for (T v : values) {
            String text = name.apply(v);
            assertFalse(text.isBlank(), v + " in " + locale);
            assertFalse(text.matches("[a-zA-Z]+\\.[A-Z_]+"), v + " has no text in " + locale + ": " + text);
            assertEquals(true, seen.add(text), "two values read \"" + text + "\" in " + locale);
        }
    }
}
