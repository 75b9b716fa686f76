package org.parley.store.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.core.model.Case;
import org.parley.core.model.Client;
import org.parley.core.model.FieldTarget;
import org.parley.core.model.FieldType;
import org.parley.core.service.CustomField;
import org.parley.core.service.CustomFieldDraft;
import org.parley.core.service.CustomFields;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.NotFoundException;
import org.parley.core.service.UserService;

/** Custom field definitions and values in the database; definitions are changed by admins only, all audited. */
@Component(service = CustomFields.class)
public class JpaCustomFields implements CustomFields {

    private final JpaStore store;
    private final UserService users;

    @Activate
    public JpaCustomFields(@Reference JpaStore store, @Reference UserService users) {
        this.store = store;
        this.users = users;
    }

    @Override
    public List<CustomField> list(FieldTarget target) {
        return store.read(em -> fields(em, target));
    }

    @Override
    public Optional<CustomField> find(FieldTarget target, String code) {
        return store.read(em -> entry(em, target, code).map(CustomFieldEntry::toField));
    }

    /** The fields of {@code target} in display order, read with {@code em}. */
    static List<CustomField> fields(EntityManager em, FieldTarget target) {
        return em.createQuery("SELECT f FROM CustomField f WHERE f.target = :t ORDER BY f.position, f.id",
                CustomFieldEntry.class).setParameter("t", target).getResultStream().map(CustomFieldEntry::toField).toList();
    }

    private static Optional<CustomFieldEntry> entry(EntityManager em, FieldTarget target, String code) {
        return em.createQuery("SELECT f FROM CustomField f WHERE f.target = :t AND f.code = :c", CustomFieldEntry.class)
                .setParameter("t", target).setParameter("c", code).getResultStream().findFirst();
    }

    @Override
    public CustomField define(CustomFieldDraft draft) {
        Objects.requireNonNull(draft, "draft");
        return store.write(em -> {
            requireAdmin();
            if (entry(em, draft.target(), draft.code()).isPresent()) {
                throw new InvalidInputException("code", StoreText.get("customField.codeTaken", draft.code(),
                        targetName(draft.target())));
            }
            CustomFieldEntry e = new CustomFieldEntry();
            e.target = draft.target();
            e.code = draft.code();
            e.type = draft.type();
            e.active = true;
            e.position = em.createQuery("SELECT COALESCE(MAX(f.position), 0) FROM CustomField f WHERE f.target = :t",
                    Integer.class).setParameter("t", draft.target()).getSingleResult() + 1;
            e.apply(draft);
            em.persist(e);
            em.flush();
            store.audit("customField.defined", EntityNames.CUSTOM_FIELD, e.id, null, AuditSnapshot.of(e), null);
            posted(e);
            return e.toField();
        });
    }

    @Override
    public CustomField change(long fieldId, long expectedVersion, CustomFieldDraft draft) {
        Objects.requireNonNull(draft, "draft");
        return edit(fieldId, expectedVersion, "customField.changed", e -> {
            if (e.target != draft.target() || !e.code.equals(draft.code())) {
                throw new InvalidInputException("code", StoreText.get("customField.codeFixed", e.code));
            }
            if (e.type != draft.type()) {
                throw new InvalidInputException("type", StoreText.get("customField.typeFixed", e.code, e.type));
            }
            e.apply(draft);
        });
    }

    @Override
    public CustomField setActive(long fieldId, long expectedVersion, boolean active) {
        return edit(fieldId, expectedVersion, active ? "customField.reinstated" : "customField.retired",
                e -> e.active = active);
    }

    private CustomField edit(long fieldId, long expectedVersion, String action,
            java.util.function.Consumer<CustomFieldEntry> change) {
        return store.write(em -> {
            requireAdmin();
            CustomFieldEntry e = em.find(CustomFieldEntry.class, fieldId);
            if (e == null) {
                throw new NotFoundException("field", StoreText.get("customField.notFound", fieldId));
            }
            JpaStore.checkVersion(EntityNames.CUSTOM_FIELD, fieldId, expectedVersion, e.version);
            String before = AuditSnapshot.of(e);
            change.accept(e);
            em.flush();
            store.audit(action, EntityNames.CUSTOM_FIELD, fieldId, before, AuditSnapshot.of(e), null);
            posted(e);
            return e.toField();
        });
    }

    @Override
    public List<CustomField> reorder(FieldTarget target, List<String> codes) {
        Objects.requireNonNull(target, "target");
        return store.write(em -> {
            requireAdmin();
            List<CustomFieldEntry> all = new ArrayList<>(em.createQuery(
                    "SELECT f FROM CustomField f WHERE f.target = :t ORDER BY f.position, f.id", CustomFieldEntry.class)
                    .setParameter("t", target).getResultList());
            List<CustomFieldEntry> ordered = new ArrayList<>();
            for (String code : codes) {
                CustomFieldEntry e = all.stream().filter(f -> f.code.equals(code)).findFirst()
                        .orElseThrow(() -> new InvalidInputException(code,
                                StoreText.get("customField.unknown", code, targetName(target))));
                if (!ordered.contains(e)) {
                    ordered.add(e);
                }
            }
            all.stream().filter(e -> !ordered.contains(e)).forEach(ordered::add);
            for (int i = 0; i < ordered.size(); i++) {
                CustomFieldEntry e = ordered.get(i);
                if (e.position != i + 1) {
                    String before = AuditSnapshot.of(e);
                    e.position = i + 1;
                    em.flush();
                    store.audit("customField.moved", EntityNames.CUSTOM_FIELD, e.id, before, AuditSnapshot.of(e), null);
                    posted(e);
                }
            }
            em.flush();
            return ordered.stream().map(CustomFieldEntry::toField).toList();
        });
    }

    @Override
    public Map<String, String> values(FieldTarget target, long ownerId) {
        return values(target, List.of(ownerId)).getOrDefault(ownerId, Map.of());
    }

    @Override
    public Map<Long, Map<String, String>> values(FieldTarget target, Collection<Long> ownerIds) {
        Objects.requireNonNull(target, "target");
        if (ownerIds.isEmpty()) {
            return Map.of();
        }
        return store.read(em -> {
            List<CustomField> fields = fields(em, target);
            if (fields.isEmpty()) {
                return Map.<Long, Map<String, String>>of();
            }
            Map<Long, CustomField> byId = new HashMap<>();
            fields.forEach(f -> byId.put(f.id(), f));
            Map<Long, Map<String, String>> out = new HashMap<>();
            List<Long> owners = List.copyOf(new java.util.LinkedHashSet<>(ownerIds));
            for (int from = 0; from < owners.size(); from += 1000) {
                List<Long> chunk = owners.subList(from, Math.min(owners.size(), from + 1000));
                for (CustomFieldValueEntry v : em.createQuery("SELECT v FROM CustomFieldValue v "
                        + "WHERE v.ownerId IN :owners AND v.fieldId IN :fields", CustomFieldValueEntry.class)
                        .setParameter("owners", chunk).setParameter("fields", List.copyOf(byId.keySet()))
                        .getResultList()) {
                    String value = v.canonical();
                    if (value != null) {
                        out.computeIfAbsent(v.ownerId, k -> new HashMap<>()).put(byId.get(v.fieldId).code(), value);
                    }
                }
            }
            // each owner's values in display order
            Map<Long, Map<String, String>> ordered = new HashMap<>();
            out.forEach((owner, vs) -> {
                Map<String, String> m = new LinkedHashMap<>();
                fields.stream().filter(f -> vs.containsKey(f.code())).forEach(f -> m.put(f.code(), vs.get(f.code())));
                ordered.put(owner, m);
            });
            return ordered;
        });
    }

    @Override
    public Map<String, String> check(FieldTarget target, long ownerId, Map<String, String> values) {
        Objects.requireNonNull(target, "target");
        return store.read(em -> check(target, fields(em, target), ownerId == 0 ? Map.of() : values(target, ownerId),
                values));
    }

    private static Map<String, String> check(FieldTarget target, List<CustomField> fields, Map<String, String> stored,
            Map<String, String> values) {
        Map<String, String> in = values == null ? Map.of() : values;
        for (Map.Entry<String, String> v : in.entrySet()) {
            Optional<CustomField> f = fields.stream().filter(x -> x.code().equals(v.getKey())).findFirst();
            if (f.isEmpty()) {
                throw new InvalidInputException(String.valueOf(v.getKey()),
                        StoreText.get("customField.unknown", v.getKey(), targetName(target)));
            }
            if (!f.get().active() && !sameValue(v.getValue(), stored.get(v.getKey()))) {
                throw new InvalidInputException(v.getKey(), StoreText.get("customField.retiredValue", f.get().label()));
            }
        }
        Map<String, String> clean = new LinkedHashMap<>();
        for (CustomField f : fields) {
            if (!f.active()) {
                continue;
            }
            String raw = in.get(f.code());
            String old = stored.get(f.code());
            // a choice since removed from the list stays acceptable where it is already stored
            String value = f.type() == FieldType.CHOICE && raw != null && old != null && raw.strip().equals(old) ? old
                    : f.normalize(raw);
            if (value != null) {
                clean.put(f.code(), value);
            }
        }
        return clean;
    }

    private static boolean sameValue(String a, String b) {
        String x = a == null || a.isBlank() ? null : a.strip();
        return Objects.equals(x, b);
    }

    @Override
    public Map<String, String> setValues(FieldTarget target, long ownerId, Map<String, String> values) {
        Objects.requireNonNull(target, "target");
        return store.write(em -> {
            boolean exists = target == FieldTarget.CASE ? em.find(Case.class, ownerId) != null
                    : em.find(Client.class, ownerId) != null;
            if (!exists) {
                throw target == FieldTarget.CASE
                        ? new NotFoundException("case", StoreText.get("case.notFound", ownerId))
                        : new NotFoundException("client", StoreText.get("client.notFound", ownerId));
            }
            List<CustomField> fields = fields(em, target);
            Map<String, String> before = values(target, ownerId);
            Map<String, String> clean = check(target, fields, before, values);
            Map<String, String> after = new LinkedHashMap<>();
            for (CustomField f : fields) {
                if (!f.active()) {
                    if (before.containsKey(f.code())) {
                        after.put(f.code(), before.get(f.code()));
                    }
                    continue;
                }
                String value = clean.get(f.code());
                if (Objects.equals(value, before.get(f.code()))) {
                    if (value != null) {
                        after.put(f.code(), value);
                    }
                    continue;
                }
                CustomFieldValueEntry v = em.find(CustomFieldValueEntry.class,
                        new CustomFieldValueEntry.Key(f.id(), ownerId));
                if (value == null) {
                    if (v != null) {
                        em.remove(v);
                    }
                    continue;
                }
                if (v == null) {
                    v = new CustomFieldValueEntry();
                    v.fieldId = f.id();
                    v.ownerId = ownerId;
                    v.set(f, value);
                    em.persist(v);
                } else {
                    v.set(f, value);
                }
                after.put(f.code(), value);
            }
            em.flush();
            if (!before.equals(after)) {
                String type = target == FieldTarget.CASE ? EntityNames.CASE : EntityNames.CLIENT;
                store.audit(type + ".fields", type, ownerId, AuditSnapshot.ofValues(before), AuditSnapshot.ofValues(after),
                        null);
            }
            return after;
        });
    }

    private void requireAdmin() {
        if (!users.isAdmin(store.actor())) {
            throw new InvalidInputException("role", StoreText.get("customField.adminOnly", store.actor()));
        }
    }

    private void posted(CustomFieldEntry e) {
        store.postAfterCommit(TOPIC_CHANGED, Map.of("id", e.id, "target", e.target.name()));
    }

    static String targetName(FieldTarget target) {
        return StoreText.get(target == FieldTarget.CASE ? "entity.cases" : "entity.clients");
    }
}
