package org.parley.cli.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongConsumer;

import org.parley.cli.internal.DemoCatalogue.Complaint;
import org.parley.cli.internal.DemoCatalogue.Names;
import org.parley.cli.internal.Records.CaseRecord;
import org.parley.cli.internal.Records.ClientRecord;
import org.parley.cli.internal.Records.CommitmentRecord;
import org.parley.cli.internal.Records.InteractionRecord;
import org.parley.core.model.Case;
import org.parley.core.model.CaseStatus;
import org.parley.core.model.CommitmentKind;
import org.parley.core.model.CommitmentState;
import org.parley.core.model.ContactPoint;
import org.parley.core.model.Direction;
import org.parley.core.model.Severity;
import org.parley.core.model.StandardChannel;
import org.parley.core.service.Store;

/**
 * Writes a department's worth of believable history: clients in four languages reachable on several
 * channels, and cases in every status with the client's own words, follow-up calls and promises, some kept,
 * some broken, some overdue. Everything drawn from one seeded {@link Random}, so a seed and a day give the same
 * data; times lie before {@code today} (the clock's day), recent cases still open.
 */
final class DemoData {

    /** Cases (with their clients' rows before them) written per transaction, so memory stays flat. */
    static final int CHUNK = 10_000;
    private static final StandardChannel[] CHANNELS = StandardChannel.values();
    private static final String[] MESSENGERS = { "viber", "whatsapp", "telegram", "sms" };

    private final Store store;
    private final Random random;
    private final Instant today;
    private final DemoStaff staff;
    private final IdBlocks clientIds = new IdBlocks("client_seq");
    private final IdBlocks caseIds = new IdBlocks("case_seq");
    private final IdBlocks interactionIds = new IdBlocks("interaction_seq");
    private final IdBlocks commitmentIds = new IdBlocks("commitment_seq");

    private long[] clients;
    private byte[] clientLanguage;
    /** first name index * 100 + last name index: the name again without keeping a million strings */
    private short[] clientName;
    long interactions;
    long commitments;

    DemoData(Store store, long seed, Instant today, DemoStaff staff) {
        this.store = store;
        this.random = new Random(seed);
        this.today = today;
        this.staff = staff;
    }

    void writeClients(int count) {
        clients = new long[count];
        clientLanguage = new byte[count];
        clientName = new short[count];
        for (int from = 0; from < count; from += CHUNK) {
            int start = from;
            int end = Math.min(count, from + CHUNK);
            store.inTransaction(() -> store.jdbc(c -> {
                try (BatchInserts rows = new BatchInserts(c)) {
                    for (int i = start; i < end; i++) {
                        // the first clients cover every language, however few are asked for
                        int language = i < DemoCatalogue.LANGUAGES.size() ? i : pickLanguage();
                        clientLanguage[i] = (byte) language;
                        clients[i] = clientIds.next(c);
                        rows.client(clients[i], client(DemoCatalogue.LANGUAGES.get(language), i));
                    }
                    rows.flush();
                }
                return null;
            }));
        }
    }

    /** Writes {@code count} cases with their interactions and commitments; {@code progress} gets the cases done. */
    void writeCases(long count, LongConsumer progress) {
        for (long from = 0; from < count; from += CHUNK) {
            long start = from;
            long end = Math.min(count, from + CHUNK);
            store.inTransaction(() -> store.jdbc(c -> {
                try (BatchInserts rows = new BatchInserts(c)) {
                    for (long i = start; i < end; i++) {
                        writeCase(c, rows, i);
                        if ((i + 1) % BatchInserts.BATCH == 0) {
                            progress.accept(i + 1);
                        }
                    }
                    rows.flush();
                }
                return null;
            }));
            progress.accept(end);
        }
    }

    private int pickLanguage() {
        int r = random.nextInt(10);
        return r < 3 ? 0 : r < 6 ? 1 : r < 8 ? 2 : 3;
    }

    private ClientRecord client(String language, int index) {
        Names names = DemoCatalogue.names(language);
        int f = random.nextInt(names.first().size());
        int l = 2 * random.nextInt(names.last().size() / 2) + f % 2;
        clientName[index] = (short) (f * 100 + l);
        String[] first = names.first().get(f);
        String[] last = names.last().get(l);
        String phone = names.phonePrefix() + digits(2) + " " + digits(3) + " " + digits(3);
        List<ContactPoint> points = new ArrayList<>();
        points.add(new ContactPoint(StandardChannel.PHONE.code(), phone));
        if (random.nextInt(10) < 7) {
            points.add(new ContactPoint(StandardChannel.EMAIL.code(),
                    first[1] + "." + last[1] + digits(2) + "@" + names.mailDomain()));
        }
        if (random.nextBoolean()) {
            points.add(new ContactPoint(MESSENGERS[random.nextInt(MESSENGERS.length)], phone));
        }
        if (random.nextInt(20) == 0) {
            points.add(new ContactPoint(StandardChannel.PUBLIC_REVIEW.code(), "@" + first[1] + "_" + last[1]));
        }
        Instant created = today.minus(Duration.ofDays(400 + random.nextInt(1100))).plusSeconds(random.nextInt(86_400));
        return new ClientRecord(null, name(names, f, l), language, points, null, created);
    }

    private static String name(Names names, int first, int last) {
        return names.first().get(first)[0] + " " + names.last().get(last)[0];
    }

    private String digits(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    private void writeCase(Connection c, BatchInserts rows, long index) throws SQLException {
        // a few clients complain again and again: a fifth of the cases belong to one client in fifty
        int who = random.nextInt(5) == 0 ? random.nextInt(Math.max(1, clients.length / 50)) : random.nextInt(clients.length);
        String language = DemoCatalogue.LANGUAGES.get(clientLanguage[who]);
        List<Complaint> complaints = DemoCatalogue.complaints(language);
        Complaint complaint = complaints.get(random.nextInt(complaints.size()));
        String channel = (index < CHANNELS.length ? CHANNELS[(int) index] : CHANNELS[random.nextInt(CHANNELS.length)]).code();

        Instant opened = openedAt();
        long ageDays = Duration.between(opened, today).toDays();
        CaseStatus status = status(ageDays);
        Severity severity = severity();
        int arisen = random.nextInt(100) < 85 ? 0 : random.nextInt(100) < 80 ? 1 : 2;
        int handling = arisen + 1;
        String owner = status == CaseStatus.NEW && random.nextInt(10) < 4 ? null : staff.ownerFor(handling, random);
        Instant acknowledged = status == CaseStatus.NEW ? null : before(opened.plusSeconds(300 + random.nextInt(2 * 86_400)));
        Instant closed = status == CaseStatus.CLOSED ? before(acknowledged.plus(Duration.ofDays(1 + random.nextInt(20)))) : null;

        long id = caseIds.next(c);
        String number = Case.numberFor(id);
        String title = complaint.title();
        Names names = DemoCatalogue.names(language);
        rows.conflictCase(id, clients[who], name(names, clientName[who] / 100, clientName[who] % 100),
                owner == null ? null : staff.idOf(owner),
                new CaseRecord(number, null, title, complaint.description(), status, severity, channel, owner,
                        arisen, handling, opened, acknowledged, closed));

        String intakeAgent = staff.anyAgent(random);
        String words = complaint.clientWords().get(random.nextInt(complaint.clientWords().size()));
        interaction(c, rows, id, new InteractionRecord(number, opened, channel, Direction.INBOUND, intakeAgent, words, null));
        String keeper = owner == null ? intakeAgent : owner;
        if (status == CaseStatus.NEW) {
            commitment(c, rows, id, CommitmentKind.ACKNOWLEDGE, language, opened.plus(Duration.ofHours(4)), keeper,
                    opened, false);
            return;
        }
        Instant call = acknowledged.plusSeconds(600 + random.nextInt(86_400));
        interaction(c, rows, id, new InteractionRecord(number, before(call), StandardChannel.PHONE.code(),
                Direction.OUTBOUND, keeper, null, complaint.agentSummary()));
        if (random.nextInt(10) < 3) {
            String again = complaint.clientWords().get(random.nextInt(complaint.clientWords().size()));
            interaction(c, rows, id, new InteractionRecord(number, before(call.plus(Duration.ofHours(20))), channel,
                    Direction.INBOUND, keeper, again, DemoCatalogue.followUp(language)));
        }
        boolean finished = !status.isOpen();
        commitment(c, rows, id, CommitmentKind.CALL_BACK, language, call.plus(Duration.ofHours(24 + random.nextInt(48))),
                keeper, call, finished);
        if (random.nextInt(10) < 3) {
            CommitmentKind remedy = switch (random.nextInt(3)) {
                case 0 -> CommitmentKind.REPLACE;
                case 1 -> CommitmentKind.PAY;
                default -> CommitmentKind.INVESTIGATE;
            };
            commitment(c, rows, id, remedy, language, call.plus(Duration.ofDays(3 + random.nextInt(7))), keeper, call,
                    finished);
        }
        if (finished) {
            Instant end = closed != null ? closed : before(call.plus(Duration.ofDays(2)));
            interaction(c, rows, id, new InteractionRecord(number, end, StandardChannel.PHONE.code(), Direction.OUTBOUND,
                    keeper, DemoCatalogue.thanks(language), DemoCatalogue.closing(language)));
        }
    }

    private void interaction(Connection c, BatchInserts rows, long caseId, InteractionRecord record) throws SQLException {
        rows.interaction(interactionIds.next(c), caseId, record);
        interactions++;
    }

    /**
     * A promise on a finished case was kept or (now and then) broken; on an open case it is still open, and
     * overdue when its time has passed, unless it was kept already.
     */
    private void commitment(Connection c, BatchInserts rows, long caseId, CommitmentKind kind, String language,
            Instant due, String owner, Instant created, boolean caseFinished) throws SQLException {
        CommitmentState state;
        Instant settled = null;
        if (caseFinished || (due.isBefore(today.minus(Duration.ofDays(3))) && random.nextBoolean())) {
            boolean broken = random.nextInt(100) < 12;
            state = broken ? CommitmentState.BROKEN : CommitmentState.KEPT;
            settled = before(broken ? due.plus(Duration.ofHours(6)) : due.minusSeconds(random.nextInt(3_600 * 20)));
            if (settled.isBefore(created)) {
                settled = created;
            }
        } else {
            state = CommitmentState.OPEN;
        }
        rows.commitment(commitmentIds.next(c), caseId, new CommitmentRecord(null, kind,
                DemoCatalogue.promise(language, kind), due, owner, state, created, settled, null));
        commitments++;
    }

    private Instant openedAt() {
        int r = random.nextInt(100);
        long days = r < 5 ? random.nextInt(3) : r < 25 ? 3 + random.nextInt(27) : 30 + random.nextInt(335);
        return today.minus(Duration.ofDays(days + 1)).plusSeconds(8 * 3_600 + random.nextInt(12 * 3_600));
    }

    private CaseStatus status(long ageDays) {
        int r = random.nextInt(100);
        if (ageDays < 3) {
            return r < 40 ? CaseStatus.NEW : r < 70 ? CaseStatus.ACKNOWLEDGED : CaseStatus.INVESTIGATING;
        }
        if (ageDays < 30) {
            return r < 10 ? CaseStatus.ACKNOWLEDGED : r < 45 ? CaseStatus.INVESTIGATING
                    : r < 65 ? CaseStatus.WAITING_FOR_CLIENT : r < 85 ? CaseStatus.RESOLVED : CaseStatus.CLOSED;
        }
        return r < 85 ? CaseStatus.CLOSED : r < 95 ? CaseStatus.RESOLVED : CaseStatus.WAITING_FOR_CLIENT;
    }

    private Severity severity() {
        int r = random.nextInt(100);
        return r < 20 ? Severity.LOW : r < 70 ? Severity.NORMAL : r < 92 ? Severity.HIGH : Severity.CRITICAL;
    }

    /** Nothing in the demo history happens after the end of today's clock day. */
    private Instant before(Instant t) {
        return t.isAfter(today) ? today.minusSeconds(60) : t;
    }

    /** The demo department's staff as logins with their ids, to pick owners from. */
    record DemoStaff(Map<String, Long> ids, List<String> agents, List<String> trainedAgents, List<String> supervisors,
            List<String> heads) {

        long idOf(String login) {
            return ids.get(login);
        }

        String anyAgent(Random random) {
            return agents.get(random.nextInt(agents.size()));
        }

        /** Conflicts are handled one level above where they arose, sometimes by an agent trained for them. */
        String ownerFor(int level, Random random) {
            if (level <= 1) {
                return random.nextInt(10) < 3 ? trainedAgents.get(random.nextInt(trainedAgents.size()))
                        : supervisors.get(random.nextInt(supervisors.size()));
            }
            return heads.get(random.nextInt(heads.size()));
        }
    }
}
