package org.parley.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A member of the department: who signs in, what role they hold and on which organisational level they work. */
@Entity(name = "ParleyUser")
@Table(name = "parley_user")
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_seq")
    @SequenceGenerator(name = "user_seq", sequenceName = "user_seq", allocationSize = 50)
    private long id;

    @Version
    private long version;

    @Column(name = "login", nullable = false, unique = true, length = 64)
    private String login;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    /** 0 is the front line; each step up is one level of the organisation (team lead, department head, ...). */
    @Column(name = "org_level", nullable = false)
    private int level;

    /** Only users trained for conflicts may receive a case handed down a level. */
    @Column(name = "conflict_trained", nullable = false)
    private boolean trainedForConflicts;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    /** The team the user works in (empty when none): gesture budgets are kept per team. */
    @Column(name = "team", nullable = false, length = 64)
    private String team = "";

    protected User() {
    }

    public User(String login, String displayName, Role role, int level) {
        this.login = login;
        this.displayName = displayName;
        this.role = role;
        this.level = level;
    }

    public long getId() { return id; }
    public long getVersion() { return version; }
    public String getLogin() { return login; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public int getLevel() { return level; }
    public void setLevel(int level) { this.level = level; }
    public boolean isTrainedForConflicts() { return trainedForConflicts; }
    public void setTrainedForConflicts(boolean trained) { this.trainedForConflicts = trained; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public String getTeam() { return team == null ? "" : team; }
    public void setTeam(String team) { this.team = team == null ? "" : team; }

    @Override
    public String toString() {
        return displayName + " (" + login + ")";
    }
}
