package org.parley.store.tests.contribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A label a company attaches to a case: the kind of data another bundle adds without touching core tables. */
@Entity(name = "CaseTag")
@Table(name = "case_tag")
public class CaseTag {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_tag_seq")
    @SequenceGenerator(name = "case_tag_seq", sequenceName = "case_tag_seq", allocationSize = 50)
    private long id;

    @Version
    private long version;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "label", nullable = false, length = 80)
    private String label;

    protected CaseTag() {
    }

    public CaseTag(long caseId, String label) {
        this.caseId = caseId;
        this.label = label;
    }

    public long getId() { return id; }
    public long getCaseId() { return caseId; }
    public String getLabel() { return label; }
}
