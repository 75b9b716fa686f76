package org.parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.core.model.CaseStatus;
import org.parley.core.model.CommitmentKind;
import org.parley.core.model.ContactPoint;
import org.parley.core.model.Direction;
import org.parley.core.model.Language;
import org.parley.core.model.Role;
import org.parley.core.model.Severity;
import org.parley.core.model.StandardChannel;
import org.parley.core.service.CaseDraft;
import org.parley.core.service.CaseQuery;
import org.parley.core.service.ClientDraft;
import org.parley.core.service.CommitmentDraft;
import org.parley.core.service.InteractionDraft;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.UserDraft;

/** Bad input is refused where it enters, naming the field, in the user's language. */
class DraftValidationTest {

    private Locale saved;

    @BeforeEach
    void english() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    private static InvalidInputException rejected(String field, Executable input) {
        InvalidInputException e = assertThrows(InvalidInputException.class, input);
        assertEquals(field, e.field(), e.getMessage());
        assertFalse(e.getMessage().contains("{"), "placeholders filled in: " + e.getMessage());
        return e;
    }

    @Test
    void aClientNeedsANameAndAKnownKindOfLanguageCode() {
        assertEquals("Name is required.", rejected("name", () -> new ClientDraft("   ", "en")).getMessage());
        assertTrue(rejected("language", () -> new ClientDraft("Ana", "romanian")).getMessage().contains("romanian"));
        assertTrue(rejected("name", () -> new ClientDraft("x".repeat(201), "en")).getMessage().contains("201"));
        rejected("contactChannel", () -> new ClientDraft("Ana", "ro", List.of(new ContactPoint("Viber!", "+40")), null));
        rejected("contactAddress", () -> new ClientDraft("Ana", "ro", List.of(new ContactPoint("viber", " ")), null));
        rejected("notes", () -> new ClientDraft("Ana", "ro", List.of(), "bell\u0007"));
    }

    @Test
    void aClientDraftIsNormalised() {
        ClientDraft d = new ClientDraft("  Ana Popescu ", "RO", List.of(new ContactPoint("Viber", " +40 700 000 000 "),
                new ContactPoint("viber", "+40 700 000 000")), "  ");
        assertEquals("Ana Popescu", d.name());
        assertEquals("ro", d.language());
        assertEquals(List.of(new ContactPoint("viber", "+40 700 000 000")), d.contactPoints(), "duplicates merged");
        assertNull(d.notes());
        assertEquals("en", new ClientDraft("Bob", null).language());
    }

    @Test
    void aCaseNeedsAClientATitleAndAChannel() {
        rejected("client", () -> new CaseDraft(0, "Late delivery", "phone"));
        rejected("title", () -> new CaseDraft(1, "", "phone"));
        rejected("channel", () -> new CaseDraft(1, "Late delivery", "carrier pigeon"));
        rejected("levelArisen", () -> new CaseDraft(1, "t", null, "phone", Severity.LOW, -1, null));
        rejected("owner", () -> new CaseDraft(1, "t", null, "phone", Severity.LOW, 0, "Not A Login"));
        CaseDraft d = new CaseDraft(1, " Late ", null, "WhatsApp", null, 0, " ");
        assertEquals("whatsapp", d.channel());
        assertEquals(Severity.NORMAL, d.severity());
        assertNull(d.ownerLogin());
    }

    @Test
    void theClientsWordsAreKeptVerbatimButSomethingMustBeWritten() {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");
        InteractionDraft d = new InteractionDraft("phone", Direction.INBOUND, now, "  You never call back!  \n", null);
        assertEquals("  You never call back!  \n", d.clientWords());
        rejected("clientWords", () -> new InteractionDraft("phone", Direction.INBOUND, now, " ", " "));
        rejected("direction", () -> new InteractionDraft("phone", null, now, "words", null));
        rejected("occurredAt", () -> new InteractionDraft("phone", Direction.OUTBOUND, null, "words", null));
        rejected("clientWords", () -> new InteractionDraft("sms", Direction.INBOUND, now, "w".repeat(20001), null));
    }

    @Test
    void aPromiseNeedsWhatAndWhen() {
        rejected("kind", () -> new CommitmentDraft(null, "Call back", Instant.now(), null));
        rejected("description", () -> new CommitmentDraft(CommitmentKind.CALL_BACK, "", Instant.now(), null));
        rejected("dueAt", () -> new CommitmentDraft(CommitmentKind.CALL_BACK, "Call back", null, null));
    }

    @Test
    void usersHaveValidLoginsAndLevels() {
        rejected("login", () -> new UserDraft("a", "A", Role.AGENT, 0, false));
        rejected("login", () -> new UserDraft("anna smith", "Anna", Role.AGENT, 0, false));
        rejected("role", () -> new UserDraft("anna", "Anna", null, 0, false));
        rejected("level", () -> new UserDraft("anna", "Anna", Role.AGENT, 21, false));
        assertEquals("anna.k", new UserDraft("Anna.K", "Anna", Role.AGENT, 0, true).login());
    }

    @ParameterizedTest
    @CsvSource({ "ru,обязательно", "ro,obligatoriu", "pl,wymagane" })
    void messagesAreInTheUsersLanguage(String language, String word) {
        Locale.setDefault(Locale.forLanguageTag(language));
        assertTrue(rejected("title", () -> new CaseDraft(1, "", "phone")).getMessage().contains(word));
    }

    @Test
    void theLifecycleOnlyAllowsMovesThePracticeKnows() {
        assertTrue(CaseStatus.NEW.canMoveTo(CaseStatus.ACKNOWLEDGED));
        assertFalse(CaseStatus.CLOSED.canMoveTo(CaseStatus.NEW));
        assertTrue(CaseStatus.CLOSED.canMoveTo(CaseStatus.INVESTIGATING), "a closed case can be reopened");
        assertFalse(CaseStatus.RESOLVED.isOpen());
        for (CaseStatus s : CaseStatus.values()) {
            assertFalse(s.canMoveTo(s), s + " cannot move to itself");
        }
    }

    @Test
    void channelsAndLanguagesAreKnownByCode() {
        assertEquals(StandardChannel.IN_PERSON, StandardChannel.ofCode("in-person"));
        assertNull(StandardChannel.ofCode("company-portal"), "a plug-in's channel is not standard");
        assertEquals(Language.PL, Language.ofCode(" PL "));
        assertNull(Language.ofCode("de"));
        rejected("filter", () -> new CaseQuery("x".repeat(201), null, null, null, null, null, false));
    }
}
