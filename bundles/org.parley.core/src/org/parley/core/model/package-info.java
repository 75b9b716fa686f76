/** The shared case model: clients, cases, interactions, commitments, users and the audit trail, as JPA entities and value types. */
package org.parley.core.model;
