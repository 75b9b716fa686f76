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

/** One contact with the client on a case. The client's words are kept verbatim, apart from the agent's summary. */
@Entity(name = "Interaction")
@Table(name = "interaction")
public class Interaction {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "interaction_seq")
    @SequenceGenerator(name = "interaction_seq", sequenceName = "interaction_seq", allocationSize = 50)
    private long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private Case conflictCase;

    @Column(name = "channel", nullable = false, length = 40)
    private String channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", nullable = false, length = 10)
    private Direction direction;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** Login of the staff member who had the contact. */
    @Column(name = "author_login", nullable = false, length = 64)
    private String author;

    @Column(name = "client_words", length = 20000)
    private String clientWords;

    @Column(name = "agent_summary", length = 20000)
    private String agentSummary;

    protected Interaction() {
    }

    public Interaction(Case conflictCase, String channel, Direction direction, Instant occurredAt, String author) {
        this.conflictCase = conflictCase;
        this.channel = channel;
        this.direction = direction;
        this.occurredAt = occurredAt;
        this.author = author;
    }

    public long getId() { return id; }
    public long getVersion() { return version; }
    public Case getCase() { return conflictCase; }
    public String getChannel() { return channel; }
    public Direction getDirection() { return direction; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getAuthor() { return author; }
    public String getClientWords() { return clientWords; }
    public void setClientWords(String words) { this.clientWords = words; }
    public String getAgentSummary() { return agentSummary; }
    public void setAgentSummary(String summary) { this.agentSummary = summary; }
}
