package org.parley.store.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.core.model.User;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.NotFoundException;
import org.parley.core.service.UserDraft;
import org.parley.core.service.UserService;

/** Users in the database, audited like every other change. */
@Component(service = UserService.class)
public class JpaUserService implements UserService {

    private final JpaStore store;

    @Activate
    public JpaUserService(@Reference JpaStore store) {
        this.store = store;
    }

    @Override
    public User create(UserDraft draft) {
        return store.write(em -> {
            if (find(draft.login()).isPresent()) {
                throw new InvalidInputException("login", StoreText.get("user.loginTaken", draft.login()));
            }
            User u = new User(draft.login(), draft.displayName(), draft.role(), draft.level());
            u.setTrainedForConflicts(draft.trainedForConflicts());
            u.setTeam(draft.team());
            em.persist(u);
            em.flush();
            store.audit("user.created", EntityNames.USER, u.getId(), null, AuditSnapshot.of(u), null);
            store.postAfterCommit("org/parley/user/changed", Map.of("id", u.getId()));
            return u;
        });
    }

    @Override
    public User update(String login, long expectedVersion, UserDraft draft) {
        return store.write(em -> {
            User u = find(login).orElseThrow(() -> new NotFoundException("login", StoreText.get("user.notFound", login)));
            JpaStore.checkVersion(EntityNames.USER, u.getId(), expectedVersion, u.getVersion());
            if (!login.equals(draft.login())) {
                throw new InvalidInputException("login", StoreText.get("user.loginImmutable", login));
            }
            String before = AuditSnapshot.of(u);
            u.setDisplayName(draft.displayName());
            u.setRole(draft.role());
            u.setLevel(draft.level());
            u.setTrainedForConflicts(draft.trainedForConflicts());
            u.setTeam(draft.team());
            em.flush();
            store.audit("user.updated", EntityNames.USER, u.getId(), before, AuditSnapshot.of(u), null);
            return u;
        });
    }

    @Override
    public Optional<User> find(String login) {
        if (login == null) {
            return Optional.empty();
        }
        return store.read(em -> em.createQuery("SELECT u FROM ParleyUser u WHERE u.login = :login", User.class)
                .setParameter("login", login.toLowerCase(java.util.Locale.ROOT)).getResultStream().findFirst());
    }

    @Override
    public List<User> list() {
        return store.read(em -> em.createQuery("SELECT u FROM ParleyUser u ORDER BY u.displayName, u.login", User.class)
                .getResultList());
    }

    boolean isEmpty() {
        return store.read(em -> em.createQuery("SELECT COUNT(u) FROM ParleyUser u", Long.class).getSingleResult() == 0);
    }
}
