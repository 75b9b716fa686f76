package org.parley.complaints.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.complaints.ChannelRegistry;
import org.parley.complaints.ComplaintDraft;
import org.parley.complaints.ComplaintRecord;
import org.parley.complaints.ComplaintService;
import org.parley.complaints.DuplicateCandidate;
import org.parley.complaints.ProactiveDraft;
import org.parley.complaints.extension.ComplaintChannel;
import org.parley.core.model.Case;
import org.parley.core.model.CaseStatus;
import org.parley.core.model.Client;
import org.parley.core.model.CommitmentKind;
import org.parley.core.model.Direction;
import org.parley.core.model.Language;
import org.parley.core.model.User;
import org.parley.core.service.CaseDraft;
import org.parley.core.service.CaseService;
import org.parley.core.service.ClientService;
import org.parley.core.service.Clock;
import org.parley.core.service.CommitmentDraft;
import org.parley.core.service.InteractionDraft;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.NotFoundException;
import org.parley.core.service.Require;
import org.parley.core.service.Store;
import org.parley.core.service.UserService;

/**
 * Takes complaints: opens the case through the core service, keeps the client's words verbatim on the complaint
 * and on the case timeline, and says when a complaint looks like one already taken.
 *
 * <p>Who owns the new case: the agent who takes it when they work at the level that handles it (one above
 * where it arose), otherwise nobody yet - a supervisor of that level picks it up. The agent still sees the
 * acknowledgement deadline of every complaint they took in "My day".
 */
@Component(service = ComplaintService.class)
public class ComplaintIntake implements ComplaintService {

    /** Complaints received this close together can be duplicates ({@code -Dparley.duplicates.window.hours}). */
    static final Duration DUPLICATE_WINDOW = Duration.ofHours(Long.getLong("parley.duplicates.window.hours", 72));
    /** A receipt time a little ahead of this machine's clock is another machine's clock, not the future. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final int TITLE_LENGTH = 80;
    static final String TOPIC_TAKEN = "org/parley/complaint/taken";

    private final Store store;
    private final CaseService cases;
    private final ClientService clients;
    private final UserService users;
    private final ChannelRegistry channels;
    private final Clock clock;

    @Activate
    public ComplaintIntake(@Reference Store store, @Reference CaseService cases, @Reference ClientService clients,
            @Reference UserService users, @Reference ChannelRegistry channels, @Reference Clock clock) {
        this.store = store;
        this.cases = cases;
        this.clients = clients;
        this.users = users;
        this.channels = channels;
        this.clock = clock;
    }

    @Override
    public List<DuplicateCandidate> likelyDuplicates(ComplaintDraft draft) {
        if (draft.clientId() <= 0 || draft.channel() == null || draft.receivedAt() == null) {
            return List.of();
        }
        return duplicatesOf(draft.clientId(), draft.channel().strip().toLowerCase(Locale.ROOT), draft.receivedAt(),
                draft.clientWords(), 0);
    }

    private List<DuplicateCandidate> duplicatesOf(long clientId, String channel, Instant receivedAt, String words,
            long except) {
        List<ComplaintEntry> near = store.read(em -> em.createQuery("SELECT c FROM Complaint c WHERE c.clientId = :client"
                + " AND c.channel = :channel AND c.receivedAt BETWEEN :from AND :to AND c.id <> :except", ComplaintEntry.class)
                .setParameter("client", clientId).setParameter("channel", channel)
                .setParameter("from", receivedAt.minus(DUPLICATE_WINDOW)).setParameter("to", receivedAt.plus(DUPLICATE_WINDOW))
                .setParameter("except", except).setMaxResults(200).getResultList());
        List<DuplicateCandidate> found = new ArrayList<>();
        for (ComplaintEntry e : near) {
            double similarity = TextSimilarity.of(words, e.clientWords);
            if (similarity >= TextSimilarity.DUPLICATE_THRESHOLD) {
                found.add(new DuplicateCandidate(record(e), similarity));
            }
        }
        found.sort(Comparator.comparingDouble(DuplicateCandidate::similarity).reversed());
        return found;
    }

    @Override
    public ComplaintRecord take(ComplaintDraft draft) {
        return store.inTransaction(() -> {
            Checked c = check(draft);
            Case opened = cases.open(new CaseDraft(c.clientId, c.title, null, c.channel, draft.severity(),
                    draft.levelArisen(), ownerFor(draft.levelArisen() + 1)));
            return store(opened, c, null);
        });
    }

    @Override
    public ComplaintRecord takeInto(long caseId, ComplaintDraft draft) {
        return store.inTransaction(() -> {
            Checked c = check(draft);
            Case into = cases.find(caseId).orElseThrow(() -> new NotFoundException("case",
                    ComplaintText.get("complaint.noSuchCase", caseId)));
            if (into.getClient().getId() != c.clientId) {
                throw new InvalidInputException("case", ComplaintText.get("complaint.otherClient", into.getNumber(),
                        into.getClientName()));
            }
            if (!into.getStatus().isOpen()) {
                throw new InvalidInputException("case", ComplaintText.get("complaint.caseClosed", into.getNumber()));
            }
            return store(into, c, null);
        });
    }

    @Override
    public List<ComplaintRecord> takeAll(List<ComplaintDraft> drafts) {
        return store.inTransaction(() -> {
            List<ComplaintRecord> taken = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                ComplaintDraft d = drafts.get(i);
                try {
                    Checked c = check(d);
                    List<DuplicateCandidate> earlier = duplicatesOf(c.clientId, c.channel, c.receivedAt, c.words, 0);
                    Case opened = cases.open(new CaseDraft(c.clientId, c.title, null, c.channel, d.severity(),
                            d.levelArisen(), ownerFor(d.levelArisen() + 1)));
                    taken.add(store(opened, c, earlier.isEmpty() ? null : earlier.get(0).complaint().id()));
                } catch (InvalidInputException e) {
                    throw new InvalidInputException(e.field(), ComplaintText.get("complaint.record", i + 1, e.getMessage()));
                }
            }
            return taken;
        });
    }

    @Override
    public ComplaintRecord merge(long complaintId, long intoCaseId, String reason) {
        String why = Input.text("reason", reason, 2000);
        return store.inTransaction(() -> {
            ComplaintEntry e = entry(complaintId);
            Case from = cases.find(e.caseId).orElseThrow();
            Case into = cases.find(intoCaseId).orElseThrow(() -> new NotFoundException("case",
                    ComplaintText.get("complaint.noSuchCase", intoCaseId)));
            if (into.getId() == from.getId()) {
                throw new InvalidInputException("case", ComplaintText.get("complaint.mergeSameCase", into.getNumber()));
            }
            if (into.getClient().getId() != e.clientId) {
                throw new InvalidInputException("case", ComplaintText.get("complaint.otherClient", into.getNumber(),
                        into.getClientName()));
            }
            String before = snapshot(e);
            store.write(em -> {
                ComplaintEntry managed = em.find(ComplaintEntry.class, complaintId);
                managed.caseId = into.getId();
                managed.mergedFromCaseId = from.getId();
                managed.suspectedDuplicateOf = null;
                return managed;
            });
            cases.addInteraction(into.getId(), new InteractionDraft(e.channel, Direction.INBOUND, e.receivedAt, e.clientWords,
                    ComplaintText.get("complaint.mergedNote", from.getNumber(), why)));
            store.audit("complaint.merge", "complaint", complaintId, before, snapshot(entry(complaintId)), why);
            long left = store.read(em -> em.createQuery("SELECT COUNT(c) FROM Complaint c WHERE c.caseId = :case", Long.class)
                    .setParameter("case", from.getId()).getSingleResult());
            if (left == 0 && from.getStatus() != CaseStatus.CLOSED) {
                Case current = cases.find(from.getId()).orElseThrow();
                cases.changeStatus(current.getId(), current.getVersion(), CaseStatus.CLOSED,
                        ComplaintText.get("complaint.mergedInto", into.getNumber(), why));
            }
            post(into.getId());
            return record(entry(complaintId));
        });
    }

    @Override
    public ComplaintRecord keepApart(long complaintId, String reason) {
        String why = Input.text("reason", reason, 2000);
        return store.inTransaction(() -> {
            String before = snapshot(entry(complaintId));
            ComplaintEntry e = store.write(em -> {
                ComplaintEntry managed = em.find(ComplaintEntry.class, complaintId);
                managed.suspectedDuplicateOf = null;
                return managed;
            });
            store.audit("complaint.keepApart", "complaint", complaintId, before, snapshot(e), why);
            return record(e);
        });
    }

    @Override
    public List<ComplaintRecord> suspectedDuplicates(int limit) {
        return store.read(em -> em.createQuery("SELECT c FROM Complaint c WHERE c.suspectedDuplicateOf IS NOT NULL"
                + " ORDER BY c.receivedAt, c.id", ComplaintEntry.class).setMaxResults(limit).getResultList())
                .stream().map(this::record).toList();
    }

    @Override
    public List<ComplaintRecord> complaintsOf(long caseId) {
        return store.read(em -> em.createQuery("SELECT c FROM Complaint c WHERE c.caseId = :case ORDER BY c.receivedAt, c.id",
                ComplaintEntry.class).setParameter("case", caseId).getResultList()).stream().map(this::record).toList();
    }

    @Override
    public List<Long> openProactive(ProactiveDraft draft) {
        List<Long> ids = draft.clientIds() == null ? List.of() : draft.clientIds();
        if (ids.isEmpty()) {
            throw new InvalidInputException("clients", ComplaintText.get("proactive.noClients"));
        }
        Set<Long> seen = new HashSet<>();
        for (Long id : ids) {
            if (id == null || !seen.add(id)) {
                throw new InvalidInputException("clients", ComplaintText.get("proactive.clientTwice", id));
            }
        }
        String title = Input.text("title", draft.title(), 200);
        String description = Input.optional("description", draft.description(), 20000);
        String channel = knownChannel(draft.channel());
        Instant tellBy = Input.present("tellBy", draft.tellBy());
        Instant now = clock.now();
        if (!tellBy.isAfter(now)) {
            throw new InvalidInputException("tellBy", ComplaintText.get("proactive.tellByPast"));
        }
        return store.inTransaction(() -> {
            List<Long> opened = new ArrayList<>();
            for (long clientId : ids) {
                Client client = clients.find(clientId).orElseThrow(() -> new InvalidInputException("clients",
                        ComplaintText.get("complaint.noSuchClient", clientId)));
                Language language = Language.ofCode(client.getLanguage());
                java.util.Locale locale = language == null ? Locale.ENGLISH : language.locale();
                Case c = cases.open(new CaseDraft(clientId, title,
                        ComplaintText.in(locale, "proactive.description", description == null ? "" : description).strip(),
                        channel, draft.severity(), 0, null));
                cases.addInteraction(c.getId(), new InteractionDraft(channel, Direction.OUTBOUND, now, null,
                        ComplaintText.get("proactive.note", title)));
                cases.addCommitment(c.getId(), new CommitmentDraft(CommitmentKind.INFORM,
                        ComplaintText.in(locale, "proactive.commitment", title), tellBy, null));
                opened.add(c.getId());
            }
            return opened;
        });
    }

    /** A draft with everything that needs the database, the clock or the channels checked. */
    private record Checked(long clientId, String channel, String reference, Instant receivedAt, String words,
            String title) {
    }

    private Checked check(ComplaintDraft d) {
        if (d == null) {
            throw new InvalidInputException("complaint", ComplaintText.get("complaint.empty"));
        }
        String words = d.clientWords();
        if (words == null || words.isBlank()) {
            throw new InvalidInputException("clientWords", ComplaintText.get("complaint.wordsMissing"));
        }
        // verbatim: only the blank lines and spaces around the words go, nothing inside
        words = words.strip();
        if (words.length() > 20000) {
            throw new InvalidInputException("clientWords", ComplaintText.get("complaint.wordsTooLong", words.length()));
        }
        String channel = knownChannel(d.channel());
        String reference = Input.optional("channelReference", d.channelReference(), 500);
        if (reference != null) {
            String problem = channels.find(channel).orElseThrow().checkReference(reference, Locale.getDefault());
            if (problem != null) {
                throw new InvalidInputException("channelReference", problem);
            }
        }
        Instant received = d.receivedAt();
        if (received == null) {
            throw new InvalidInputException("receivedAt", ComplaintText.get("complaint.receivedMissing"));
        }
        if (received.isAfter(clock.now().plus(CLOCK_SKEW))) {
            throw new InvalidInputException("receivedAt", ComplaintText.get("complaint.receivedFuture"));
        }
        Require.level("levelArisen", d.levelArisen());
        String title = Input.optional("title", d.title(), 200);
        if (title == null) {
            String first = TextSimilarity.normalised(words).isEmpty() ? words : words.strip().lines().findFirst().orElse(words);
            title = first.length() <= TITLE_LENGTH ? first : first.substring(0, TITLE_LENGTH - 1).strip() + "…";
        }
        long clientId = d.clientId();
        if (clientId > 0) {
            if (clients.find(clientId).isEmpty()) {
                throw new InvalidInputException("client", ComplaintText.get("complaint.noSuchClient", clientId));
            }
        } else if (d.newClient() != null) {
            clientId = clients.create(d.newClient()).getId();
        } else {
            throw new InvalidInputException("client", ComplaintText.get("complaint.clientMissing"));
        }
        return new Checked(clientId, channel, reference, received, words, title);
    }

    private String knownChannel(String code) {
        String channel = Require.channel("channel", code);
        if (channels.find(channel).isEmpty()) {
            throw new InvalidInputException("channel", ComplaintText.get("complaint.unknownChannel", channel,
                    String.join(", ", channels.channels().stream().map(ComplaintChannel::code).toList())));
        }
        return channel;
    }

    private ComplaintRecord store(Case c, Checked checked, Long suspectedDuplicateOf) {
        ComplaintEntry e = new ComplaintEntry();
        e.caseId = c.getId();
        e.clientId = checked.clientId;
        e.channel = checked.channel;
        e.channelReference = checked.reference;
        e.receivedAt = checked.receivedAt;
        e.clientWords = checked.words;
        e.recordedBy = store.actor();
        e.recordedAt = clock.now();
        e.suspectedDuplicateOf = suspectedDuplicateOf;
        store.write(em -> {
            em.persist(e);
            em.flush();
            return e;
        });
        cases.addInteraction(c.getId(), new InteractionDraft(checked.channel, Direction.INBOUND, checked.receivedAt,
                checked.words, checked.reference == null ? null : ComplaintText.get("complaint.referenceNote", checked.reference)));
        store.audit("complaint.take", "complaint", e.id, null, snapshot(e), null);
        post(c.getId());
        return record(e);
    }

    /** The taker owns the case when they work at the level that handles it. */
    private String ownerFor(int handlingLevel) {
        String login = store.actor();
        return users.find(login).filter(User::isActive).filter(u -> u.getLevel() >= handlingLevel)
                .map(User::getLogin).orElse(null);
    }

    private void post(long caseId) {
        store.postAfterCommit(TOPIC_TAKEN, Map.of("caseId", caseId, "id", caseId));
    }

    private ComplaintEntry entry(long complaintId) {
        ComplaintEntry e = store.read(em -> em.find(ComplaintEntry.class, complaintId));
        if (e == null) {
            throw new NotFoundException("complaint", ComplaintText.get("complaint.noSuchComplaint", complaintId));
        }
        return e;
    }

    private ComplaintRecord record(ComplaintEntry e) {
        Case c = cases.find(e.caseId).orElseThrow();
        return new ComplaintRecord(e.id, e.version, e.caseId, c.getNumber(), e.clientId, c.getClientName(), e.channel,
                e.channelReference, e.receivedAt, e.clientWords, e.recordedBy, e.recordedAt,
                e.suspectedDuplicateOf == null ? 0 : e.suspectedDuplicateOf);
    }

    private static String snapshot(ComplaintEntry e) {
        return Json.object("caseId", e.caseId, "clientId", e.clientId, "channel", e.channel, "reference",
                e.channelReference, "receivedAt", e.receivedAt, "suspectedDuplicateOf", e.suspectedDuplicateOf,
                "mergedFromCaseId", e.mergedFromCaseId);
    }
}
