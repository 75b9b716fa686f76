package org.parley.core.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One conflict with a client, from the first complaint (or the company's own first step) to closing.
 * The conflict is resolved one organisational level above the level where it arose.
 * The JPA entity name is {@code ConflictCase} because {@code CASE} is a JPQL keyword.
 */
@Entity(name = "ConflictCase")
@Table(name = "conflict_case")
public class Case {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_seq")
    @SequenceGenerator(name = "case_seq", sequenceName = "case_seq", allocationSize = 50)
    private long id;

    @Version
    private long version;

    /** Human-readable reference given to the client, e.g. {@code P-000042}. */
    @Column(name = "case_number", nullable = false, unique = true, length = 32)
    private String number;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "description", length = 20000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    private CaseStatus status = CaseStatus.NEW;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, length = 12)
    private Severity severity = Severity.NORMAL;

    /** The channel the conflict first came through. */
    @Column(name = "channel", nullable = false, length = 40)
    private String channel;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", nullable = false)
    private Client client;

    /** A copy of the client's name kept with the case, so that case lists sort and filter by it cheaply. */
    @Column(name = "client_name", nullable = false, length = 200)
    private String clientName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private User owner;

    @Column(name = "level_arisen", nullable = false)
    private int levelArisen;

    @Column(name = "level_handling", nullable = false)
    private int levelHandling;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("P-(\\d{1,18})");

    protected Case() {
    }

    /** The number Parley gives the case with this id: {@code P-} and the id zero-padded to seven digits. */
    public static String numberFor(long id) {
        return String.format("P-%07d", id);
    }

    /** The id a Parley case number stands for, or -1 for a number another system gave. */
    public static long idOfNumber(String number) {
        java.util.regex.Matcher m = NUMBER.matcher(number == null ? "" : number.strip());
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }

    public Case(Client client, String title, String channel, Instant openedAt) {
        this.client = client;
        this.clientName = client.getName();
        this.title = title;
        this.channel = channel;
        this.openedAt = openedAt;
    }

    public long getId() { return id; }
    public long getVersion() { return version; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public CaseStatus getStatus() { return status; }
    public void setStatus(CaseStatus status) { this.status = status; }
    public Severity getSeverity() { return severity; }
    public void setSeverity(Severity severity) { this.severity = severity; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public Client getClient() { return client; }
    public String getClientName() { return clientName; }
    public User getOwner() { return owner; }
    public void setOwner(User owner) { this.owner = owner; }
    public int getLevelArisen() { return levelArisen; }
    public void setLevelArisen(int level) { this.levelArisen = level; }
    public int getLevelHandling() { return levelHandling; }
    public void setLevelHandling(int level) { this.levelHandling = level; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getAcknowledgedAt() { return acknowledgedAt; }
    public void setAcknowledgedAt(Instant at) { this.acknowledgedAt = at; }
    public Instant getClosedAt() { return closedAt; }
    public void setClosedAt(Instant at) { this.closedAt = at; }

    @Override
    public String toString() {
        return number + " " + title;
    }
}
