package com.example.reviewwatch.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.core.service.ClientService;
import org.parley.core.service.Clock;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.NotFoundException;
import org.parley.core.service.Store;

import com.example.reviewwatch.ImportResult;
import com.example.reviewwatch.OnlineReview;
import com.example.reviewwatch.ReviewWatch;

/** The review watch on Parley's store: one transaction per import or answer, each audited. */
@Component(service = ReviewWatch.class)
public class ParleyReviewWatch implements ReviewWatch {

    static final String AUDIT_TYPE = "reviewwatch.review";

    @Reference
    Store store;

    @Reference
    ClientService clients;

    @Reference
    Clock clock;

    @Override
    public ImportResult importFile(Path file) {
        List<ReviewFile.Line> lines = new ReviewFile(clients, LocalDate.ofInstant(clock.now(), ZoneId.systemDefault()))
                .read(file);
        return store.write(em -> {
            // Only the file's clients can have imported one of its reviews before.
            Set<String> known = new HashSet<>();
            List<Long> fileClients = lines.stream().map(ReviewFile.Line::clientId).distinct().toList();
            for (int from = 0; from < fileClients.size(); from += 500) {
                em.createQuery("SELECT r.source, r.url, r.text FROM ReviewWatchReview r WHERE r.clientId IN :ids",
                        Object[].class).setParameter("ids", fileClients.subList(from, Math.min(from + 500,
                                fileClients.size())))
                        .getResultStream().forEach(r -> known.add(((String) r[0]).toLowerCase(java.util.Locale.ROOT)
                                + "|" + (r[1] == null ? r[2] : r[1])));
            }
            int imported = 0;
            int skipped = 0;
            Set<Long> clientIds = new HashSet<>();
            for (ReviewFile.Line line : lines) {
                if (!known.add(line.key())) {
                    skipped++;
                    continue;
                }
                ReviewEntry e = new ReviewEntry();
                e.clientId = line.clientId();
                e.source = line.source();
                e.url = line.url();
                e.postedOn = line.postedOn();
                e.rating = line.rating();
                e.author = line.author();
                e.text = line.text();
                e.importedAt = clock.now();
                em.persist(e);
                em.flush();
                store.audit("reviewwatch.imported", AUDIT_TYPE, e.id, null,
                        "client " + e.clientId + ", " + e.source + ", " + e.rating + "/5", null);
                imported++;
                clientIds.add(e.clientId);
            }
            return new ImportResult(imported, clientIds.size(), skipped);
        });
    }

    @Override
    public List<OnlineReview> ofClient(long clientId) {
        return store.read(em -> em.createQuery("SELECT r FROM ReviewWatchReview r WHERE r.clientId = :c "
                + "ORDER BY r.postedOn DESC, r.id DESC", ReviewEntry.class).setParameter("c", clientId)
                .getResultStream().map(ReviewEntry::toReview).toList());
    }

    @Override
    public List<OnlineReview> latest(int limit) {
        return store.read(em -> em.createQuery("SELECT r FROM ReviewWatchReview r ORDER BY r.postedOn DESC, r.id DESC",
                ReviewEntry.class).setMaxResults(Math.max(1, Math.min(limit, 10_000))).getResultStream()
                .map(ReviewEntry::toReview).toList());
    }

    @Override
    public OnlineReview answer(long reviewId, String answer) {
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("answer", ReviewText.get("answer.empty"));
        }
        if (text.length() > 4000) {
            throw new InvalidInputException("answer", ReviewText.get("answer.long"));
        }
        return store.write(em -> {
            ReviewEntry e = em.find(ReviewEntry.class, reviewId);
            if (e == null) {
                throw new NotFoundException("review", ReviewText.get("answer.noReview", reviewId));
            }
            String before = e.answer;
            e.answer = text;
            e.answeredBy = store.actor();
            e.answeredAt = clock.now();
            store.audit("reviewwatch.answered", AUDIT_TYPE, e.id, before, text, null);
            return e.toReview();
        });
    }
}
