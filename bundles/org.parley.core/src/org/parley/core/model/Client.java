package org.parley.core.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person or company the department serves, with the ways to reach them and the language they speak. */
@Entity(name = "Client")
@Table(name = "client")
public class Client {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_seq")
    @SequenceGenerator(name = "client_seq", sequenceName = "client_seq", allocationSize = 50)
    private long id;

    @Version
    private long version;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    /** ISO 639-1 code; picks the language of templates and scripts for this client. */
    @Column(name = "language", nullable = false, length = 8)
    private String language;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "client_contact", joinColumns = @JoinColumn(name = "client_id"))
    @OrderColumn(name = "position")
    private List<ContactPoint> contactPoints = new ArrayList<>();

    @Column(name = "notes", length = 4000)
    private String notes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Client() {
    }

    public Client(String name, String language, Instant createdAt) {
        this.name = name;
        this.language = language;
        this.createdAt = createdAt;
    }

    public long getId() { return id; }
    public long getVersion() { return version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public List<ContactPoint> getContactPoints() { return contactPoints; }
    public void setContactPoints(List<ContactPoint> points) { this.contactPoints = new ArrayList<>(points); }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public Instant getCreatedAt() { return createdAt; }

    @Override
    public String toString() {
        return name;
    }
}
