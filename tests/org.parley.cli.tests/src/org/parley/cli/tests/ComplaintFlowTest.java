package org.parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.cli.ParleyCommandLine;
import org.parley.cli.tests.Cli.Result;

/**
 * The complaint log through parley-cli, as an agent and a supervisor without the workbench would use it: a
 * WhatsApp complaint taken, acknowledged, a call-back promised and kept, the case escalated, investigated and
 * closed with a drafted message; the book exported; bulk intake all or nothing.
 */
class ComplaintFlowTest {

    private static final String WORDS = "Comanda mea a întârziat de două ori.\nNimeni nu m-a sunat înapoi!";

    private Path dir;

    @BeforeEach
    void emptyDatabase() throws Exception {
        Cli.wipe(false);
        dir = Files.createTempDirectory("parley-complaints-cli-");
    }

    @Test
    void aWhatsAppComplaintGoesFromIntakeToAClosingMessageInTheClientsLanguage() throws Exception {
        Result taken = Cli.ok("complaint", "take", "--channel", "whatsapp", "--client", "Ana Rusu", "--language", "ro",
                "--reference", "+373 69 000 111", "--words", WORDS, "--severity", "high");
        String number = find("(P-\\d{7})", taken.out());
        assertEquals(WORDS, Cli.strings("SELECT client_words FROM complaint").get(0), "the client's words verbatim");

        Result again = Cli.run("complaint", "take", "--channel", "whatsapp", "--client", "Ana Rusu", "--words", WORDS);
        assertEquals(ParleyCommandLine.FAILURE, again.exit(), again.out() + again.err());
        assertTrue(again.out().contains(number), "the duplicate names the earlier case: " + again.out());
        assertEquals(1, Cli.count("SELECT COUNT(*) FROM complaint"), "a duplicate is never stored silently");

        Cli.ok("case", "status", number, "acknowledged");
        Result promised = Cli.ok("complaint", "promise", number, "--text", "Call Ana back with the new delivery date",
                "--within", "2h");
        String commitment = find("(\\d+)", promised.out());
        Cli.ok("commitment", "keep", commitment, "--note", "Called, new date agreed");
        assertEquals(List.of("KEPT"), Cli.strings("SELECT state FROM commitment WHERE kind = 'CALL_BACK'"));

        int before = (int) Cli.count("SELECT level_handling FROM conflict_case");
        Cli.ok("complaint", "escalate", number, "--reason", "The client asks for the department head");
        assertEquals(before + 1, Cli.count("SELECT level_handling FROM conflict_case"));
        assertEquals(1, Cli.count("SELECT COUNT(*) FROM case_transfer"));

        Result early = Cli.run("complaint", "investigate", number, "--conclude", "Courier lost the parcel");
        assertEquals(ParleyCommandLine.FAILURE, early.exit(), "no verdict without facts and evidence: " + early.out());
        Cli.ok("complaint", "investigate", number, "--facts", "The parcel stayed 6 days at the courier's depot",
                "--emotions", "Angry, feels ignored", "--root-cause", "late-delivery", "--evidence",
                "Courier tracking log", "--evidence-reference", "TRK-5521");
        Cli.ok("complaint", "investigate", number, "--conclude", "The courier missed two delivery slots");

        Result closed = Cli.ok("complaint", "close", number, "--outcome", "remedied", "--remedy", "10% off the next order",
                "--remedy-use", "Quote code ANA10 when ordering", "--changes", "Daily check of parcels older than 2 days");
        assertTrue(closed.out().contains(" ro"), "drafted in the client's language: " + closed.out());
        assertTrue(closed.out().contains("ANA10"), closed.out());
        assertEquals(List.of("CLOSED"), Cli.strings("SELECT status FROM conflict_case"));

        Result shown = Cli.ok("complaint", "show", number);
        assertTrue(shown.out().contains("Nimeni nu m-a sunat înapoi!"), shown.out());
        assertTrue(shown.out().contains("TRK-5521"), shown.out());

        Path csv = dir.resolve("book.csv");
        Cli.ok("complaint", "book", "--output", csv.toString(), "--channel", "whatsapp");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.size() >= 2 && String.join("\n", lines).contains(number), String.join("\n", lines));
        Path html = dir.resolve("book.html");
        Cli.ok("complaint", "book", "--output", html.toString());
        String page = Files.readString(html);
        assertTrue(page.contains("<table") && page.contains(number), page);
    }

    @Test
    void aBulkIntakeWithOneBadRowStoresNothingAndAGoodOneFlagsDuplicates() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, String.join("\n",
                "client_name,language,channel,reference,received_at,words",
                "Jan Nowak,pl,email,jan@example.pl,2026-01-10T09:00:00Z,Paczka przyszła uszkodzona.",
                "Jan Nowak,pl,email,jan@example.pl,not-a-time,Druga wiadomość",
                "Ivan Petrov,ru,telegram,@ivan,2026-01-10T10:00:00Z,") + "\n");
        Result refused = Cli.run("import", "complaints", bad.toString());
        assertEquals(ParleyCommandLine.FAILURE, refused.exit(), refused.out() + refused.err());
        assertTrue(refused.out().contains("line 3") && refused.out().contains("received_at"), refused.out());
        assertTrue(refused.out().contains("line 4") && refused.out().contains("words"), refused.out());
        assertEquals(0, Cli.count("SELECT COUNT(*) FROM complaint"));
        assertEquals(0, Cli.count("SELECT COUNT(*) FROM client"), "no client created half-way");

        Path good = dir.resolve("good.json");
        Files.writeString(good, """
                {"complaints": [
                  {"client_name": "Jan Nowak", "language": "pl", "channel": "email", "reference": "jan@example.pl",
                   "received_at": "2026-01-10T09:00:00Z", "words": "Paczka przyszła uszkodzona, proszę o zwrot."},
                  {"client_name": "Jan Nowak", "channel": "email", "reference": "jan@example.pl",
                   "received_at": "2026-01-10T11:00:00Z", "words": "Paczka przyszła uszkodzona, proszę o zwrot!"},
                  {"client_name": "Ivan Petrov", "language": "ru", "channel": "telegram", "reference": "@ivan_petrov",
                   "received_at": "2026-01-11T08:30:00Z", "words": "Мне до сих пор не вернули деньги."}
                ]}
                """);
        Result imported = Cli.ok("import", "complaints", good.toString());
        assertTrue(imported.out().contains("3") && imported.out().contains("1 flagged"), imported.out());
        assertEquals(3, Cli.count("SELECT COUNT(*) FROM complaint"));
        assertEquals(2, Cli.count("SELECT COUNT(*) FROM client"), "one client per name");
        Result flagged = Cli.ok("complaint", "duplicates");
        assertTrue(flagged.out().contains("Jan Nowak"), flagged.out());
    }

    private static String find(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex + " not in: " + text);
        return m.group(1);
    }
}
