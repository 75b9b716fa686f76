package org.parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.parley.cli.ParleyCommandLine;
import org.parley.cli.tests.Cli.Result;

/** Exit codes and messages: 2 with a reason and the usage line for a wrong command line, 1 for a failure. */
class UsageTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "frobnicate|unknown command \"frobnicate\"|parley-cli COMMAND",
            "db|\"db\" needs a subcommand|parley-cli COMMAND",
            "db frob|unknown command \"db frob\"|parley-cli COMMAND",
            "demo-data|flag --cases is required|parley-cli demo-data --cases N",
            "demo-data --cases lots|--cases must be a whole number, not \"lots\"|parley-cli demo-data --cases N",
            "demo-data --cases 0|--cases is 0: it must lie between 1 and 1000000|parley-cli demo-data",
            "demo-data --cases 5 --colour red|unknown flag --colour|parley-cli demo-data",
            "demo-data --cases 5 -x|unknown flag -x|parley-cli demo-data",
            "demo-data --cases 5 --cases 6|flag --cases is given twice|parley-cli demo-data",
            "demo-data --cases|flag --cases needs a value|parley-cli demo-data",
            "export --format xml --out x|--format \"xml\" is not one of csv|parley-cli export",
            "export --format csv|flag --out is required|parley-cli export",
            "export --format csv --out x --what everything|--what \"everything\" is not one of|parley-cli export",
            "import --format csv|an argument is missing|parley-cli import",
            "import --format csv a b|unexpected argument \"b\"|parley-cli import",
            "db migrate now|unexpected argument \"now\"|parley-cli db migrate" })
    void wrongCommandLinesExitWithTwoAndShowTheUsage(String line, String reason, String usage) {
        Result r = Cli.run(line.split(" "));
        assertEquals(ParleyCommandLine.USAGE, r.exit(), r.err());
        assertEquals(2, r.errLines().size(), r.err());
        assertTrue(r.errLines().get(0).contains(reason), r.err());
        assertTrue(r.errLines().get(1).startsWith("usage: " + usage), r.err());
    }

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        Result r = Cli.ok("help");
        for (String command : new String[] { "db migrate", "db info", "demo-data", "export", "import" }) {
            assertTrue(r.out().contains("parley-cli " + command), r.out());
        }
        assertTrue(r.out().contains("Exit codes: 0"), r.out());
        assertEquals(r.out(), Cli.ok().out(), "no arguments shows the same help");
        assertEquals(r.out(), Cli.ok("--help").out());
    }

    @Test
    void everyCommandHasItsOwnHelp() {
        assertTrue(Cli.ok("demo-data", "--help").out().startsWith("usage: parley-cli demo-data --cases N"));
        assertTrue(Cli.ok("export", "--help").out().contains("--what"));
        assertTrue(Cli.ok("import", "--help").out().contains("nothing is imported"));
        assertTrue(Cli.ok("db", "migrate", "--help").out().startsWith("usage: parley-cli db migrate"));
        assertTrue(Cli.ok("help", "import").out().startsWith("usage: parley-cli import"));
    }

    @Test
    void aFailingCommandExitsWithOneAndOneLineOnStderr() throws Exception {
        Result r = Cli.run("import", "--format", "csv", "/nonexistent/parley/import");
        assertEquals(ParleyCommandLine.FAILURE, r.exit());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains("/nonexistent/parley/import does not exist"), r.err());

        var empty = Files.createTempDirectory("parley-empty-");
        r = Cli.run("import", "--format", "csv", empty.toString());
        assertEquals(ParleyCommandLine.FAILURE, r.exit());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains("nothing to import"), r.err());
    }

    @Test
    void databaseInfoAndMigrate() {
        Result migrate = Cli.ok("db", "migrate");
        assertTrue(migrate.out().contains("up to date") || migrate.out().contains("migrated"), migrate.out());
        assertTrue(Cli.ok("db", "migrate").out().contains("The database schema is up to date."));
        Result info = Cli.ok("db", "info");
        assertTrue(info.out().contains("Database: jdbc:h2:file:"), info.out());
        assertTrue(info.out().contains("Product:  H2"), info.out());
        assertTrue(info.out().contains("Schema core: version 3, 0 pending"), info.out());
        assertFalse(info.out().toLowerCase().contains("password="), info.out());
    }
}
