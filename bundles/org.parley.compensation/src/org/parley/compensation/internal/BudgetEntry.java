package org.parley.compensation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** What a team may spend on gestures in a period. */
@Entity(name = "GestureBudget")
@Table(name = "gesture_budget")
class BudgetEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gesture_budget_seq")
    @SequenceGenerator(name = "gesture_budget_seq", sequenceName = "gesture_budget_seq", allocationSize = 50)
    long id;

    @Version
    long version;

    @Column(name = "team", nullable = false, length = 64)
    String team;

    @Column(name = "period_from", nullable = false)
    LocalDate from;

    @Column(name = "period_to", nullable = false)
    LocalDate to;

    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    BigDecimal amount;
}
