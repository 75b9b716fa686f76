package org.parley.cli.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.cli.command.Arguments;
import org.parley.cli.command.Command;
import org.parley.cli.command.CommandContext;
import org.parley.cli.command.CoreServices;
import org.parley.cli.internal.DemoData.DemoStaff;
import org.parley.core.model.Role;
import org.parley.core.service.Store;
import org.parley.core.service.UserDraft;
import org.parley.core.service.UserService;

/**
 * {@code parley-cli demo-data --cases N [--clients M] [--seed S]}: fills the database with realistic demo
 * history, fast enough for a million cases (JDBC batches, one transaction per {@value DemoData#CHUNK} cases).
 */
final class DemoDataCommand implements Command {

    static final long MAX_CASES = 1_000_000;

    /** The demo department: agents on the front line, supervisors one level up, a department head, an admin. */
    static final List<UserDraft> STAFF = List.of(
            new UserDraft("m.ionescu", "Maria Ionescu", Role.AGENT, 0, true, "north"),
            new UserDraft("o.smirnova", "Ольга Смирнова", Role.AGENT, 0, false, "north"),
            new UserDraft("j.smith", "James Smith", Role.AGENT, 0, false, "south"),
            new UserDraft("k.nowak", "Katarzyna Nowak", Role.AGENT, 0, true, "south"),
            new UserDraft("a.popescu", "Andrei Popescu", Role.SUPERVISOR, 1, true, "north"),
            new UserDraft("d.morozov", "Дмитрий Морозов", Role.SUPERVISOR, 1, true, "south"),
            new UserDraft("e.walker", "Emily Walker", Role.DEPARTMENT_HEAD, 2, true),
            new UserDraft("r.vance", "Rachel Vance", Role.DIRECTOR, 3, true),
            new UserDraft("admin", "Parley Admin", Role.ADMIN, 3, true));

    @Override
    public List<String> words() {
        return List.of("demo-data");
    }

    @Override
    public List<String> valueFlags() {
        return List.of("cases", "clients", "seed", "problem-client");
    }

    @Override
    public String usage() {
        return "parley-cli demo-data --cases N [--clients M] [--seed S] [--problem-client yes|no]";
    }

    @Override
    public String summary() {
        return CliText.demo_summary;
    }

    @Override
    public String details() {
        return CliText.demo_details;
    }

    @Override
    public void run(Arguments arguments, CommandContext context) {
        arguments.required("cases");
        long cases = arguments.number("cases", 0, 1, MAX_CASES);
        int clients = (int) arguments.number("clients", Math.max(1, cases / 3), 1, MAX_CASES);
        long seed = arguments.number("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        boolean problemClient = arguments.choice("problem-client", "yes", List.of("yes", "no")).equals("yes");

        CoreServices services = context.services();
        Store store = services.store();
        String actor = services.session().login(); // signs in (or creates the first admin) before the bulk work
        Instant today = services.clock().now().truncatedTo(ChronoUnit.DAYS);
        int newUsers = ensureStaff(services.users());
        DemoData data = new DemoData(store, seed, today, staff(store));

        Progress progress = new Progress(context.out(), context.terminal(), cases, CliText.demo_unit);
        data.writeClients(clients);
        data.writeCases(cases, progress::done);
        progress.finish();
        if (problemClient) {
            DemoProblemClient.write(services, services.clock().now());
            context.out().println(CliText.bind(CliText.demo_problemClient, DemoProblemClient.NAME));
        }

        String what = CliText.bind(CliText.demo_audit, cases, clients, seed);
        store.audit("demo-data.generated", "database", 0, null, what, "parley-cli demo-data (" + actor + ")");
        context.out().println(CliText.bind(CliText.demo_done, cases, clients, data.interactions, data.commitments,
                newUsers, String.format(java.util.Locale.ROOT, "%.1f", progress.seconds()), progress.rate(cases)));
    }

    /** Creates the staff accounts that are missing, through the user service so each is validated and audited. */
    private static int ensureStaff(UserService users) {
        int created = 0;
        for (UserDraft u : STAFF) {
            if (users.find(u.login()).isEmpty()) {
                users.create(u);
                created++;
            }
        }
        return created;
    }

    private static DemoStaff staff(Store store) {
        Map<String, Long> ids = store.inTransaction(() -> store.jdbc(c -> {
            Map<String, Long> found = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT login, id FROM parley_user WHERE login = ?")) {
                for (UserDraft u : STAFF) {
                    s.setString(1, u.login());
                    try (ResultSet rs = s.executeQuery()) {
                        if (rs.next()) {
                            found.put(rs.getString(1), rs.getLong(2));
                        }
                    }
                }
            }
            return found;
        }));
        List<String> agents = logins(Role.AGENT, false);
        return new DemoStaff(ids, agents, logins(Role.AGENT, true), logins(Role.SUPERVISOR, false),
                logins(Role.DEPARTMENT_HEAD, false));
    }

    private static List<String> logins(Role role, boolean trainedOnly) {
        return STAFF.stream().filter(u -> u.role() == role && (!trainedOnly || u.trainedForConflicts()))
                .map(UserDraft::login).toList();
    }
}
