package org.parley.termination.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.core.model.Client;
import org.parley.core.model.User;
import org.parley.core.service.ClientService;
import org.parley.core.service.Clock;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.NotFoundException;
import org.parley.core.service.Store;
import org.parley.core.service.UserService;
import org.parley.termination.Expectations;
import org.parley.termination.ExpectationsDraft;
import org.parley.termination.PreContractService;
import org.parley.termination.RedFlag;

/** Expectations set at the first meeting, each record kept (the newest in force), with the red flags seen. */
@Component(service = PreContractService.class)
public class ExpectationsRegister implements PreContractService {

    static final List<String> RED_FLAGS = List.of("haggles", "vague-scope", "unrealistic-deadline",
            "blames-previous", "no-contact", "early-threats", "nothing-in-writing");
    /** A phone number: digits with spaces, dashes, dots, brackets and a leading +; at least six digits. */
    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9 ().-]{6,30}");

    private final Store store;
    private final ClientService clients;
    private final UserService users;
    private final Clock clock;

    @Activate
    public ExpectationsRegister(@Reference Store store, @Reference ClientService clients, @Reference UserService users,
            @Reference Clock clock) {
        this.store = store;
        this.clients = clients;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public Expectations record(ExpectationsDraft d) {
        if (d == null) {
            throw new InvalidInputException("expectations", TerminationText.get("expectations.missing"));
        }
        client(d.clientId());
        if (d.deadline() == null) {
            throw new InvalidInputException("deadline", TerminationText.get("expectations.deadline"));
        }
        if (d.deadline().isBefore(LocalDate.ofInstant(clock.now(), ZoneId.systemDefault()))) {
            throw new InvalidInputException("deadline", TerminationText.get("expectations.deadlinePast", d.deadline()));
        }
        String scope = text("scope", d.scope(), 4000, true);
        String price = text("price", d.price(), 200, true);
        String person = text("contactPerson", d.contactPerson(), 200, true);
        String number = text("contactNumber", d.contactNumber(), 64, true);
        long digits = number.chars().filter(Character::isDigit).count();
        if (!NUMBER.matcher(number).matches() || digits < 6) {
            throw new InvalidInputException("contactNumber", TerminationText.get("expectations.badNumber", number));
        }
        for (String f : d.redFlags()) {
            if (!RED_FLAGS.contains(f)) {
                throw new InvalidInputException("redFlags", TerminationText.get("expectations.unknownFlag", f,
                        String.join(", ", RED_FLAGS)));
            }
        }
        String note = text("note", d.note(), 4000, false);
        return store.inTransaction(() -> store.write(em -> {
            ExpectationsEntry e = new ExpectationsEntry();
            e.clientId = d.clientId();
            e.deadline = d.deadline();
            e.scope = scope;
            e.price = price;
            e.contactPerson = person;
            e.contactNumber = number;
            e.confirmedByClient = d.confirmedByClient();
            e.redFlags = String.join(" ", d.redFlags());
            e.note = note;
            e.recordedBy = store.actor();
            e.recordedAt = clock.now();
            em.persist(e);
            em.flush();
            store.audit("expectations.record", "client-expectations", e.id, null,
                    e.deadline + " " + e.price + (e.redFlags.isEmpty() ? "" : " flags: " + e.redFlags), null);
            return record(e);
        }));
    }

    @Override
    public Optional<Expectations> of(long clientId) {
        return store.read(em -> em.createQuery("SELECT e FROM ClientExpectations e WHERE e.clientId = :c "
                + "ORDER BY e.recordedAt DESC, e.id DESC", ExpectationsEntry.class).setParameter("c", clientId)
                .setMaxResults(1).getResultList().stream().findFirst().map(ExpectationsRegister::record));
    }

    @Override
    public List<RedFlag> redFlags() {
        List<RedFlag> out = new ArrayList<>();
        for (String code : RED_FLAGS) {
            out.add(new RedFlag(code, TerminationText.get("flag." + code)));
        }
        return out;
    }

    @Override
    public String refusalLetter(long clientId) {
        Client c = client(clientId);
        String agent = users.find(store.actor()).map(User::getDisplayName).orElse(store.actor());
        return ClientTerminations.template("refusal", ClientTerminations.languageOf(c)).replace("{client}", c.getName())
                .replace("{agent}", agent).strip();
    }

    private Client client(long clientId) {
        return clients.find(clientId).orElseThrow(
                () -> new NotFoundException("client", TerminationText.get("client.noSuch", clientId)));
    }

    private static String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new InvalidInputException(field, TerminationText.get("expectations.required",
                        TerminationText.get("field." + field)));
            }
            return null;
        }
        if (value.strip().length() > max) {
            throw new InvalidInputException(field, TerminationText.get("text.tooLong", max));
        }
        return value.strip();
    }

    private static Expectations record(ExpectationsEntry e) {
        List<String> flags = e.redFlags.isBlank() ? List.of() : Arrays.asList(e.redFlags.split(" "));
        return new Expectations(e.id, e.clientId, e.deadline, e.scope, e.price, e.contactPerson, e.contactNumber,
                e.confirmedByClient, flags, e.note, e.recordedBy, e.recordedAt);
    }
}
