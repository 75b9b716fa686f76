/**
 * Extension points of the complaint log: intake channels ({@link org.parley.complaints.extension.ComplaintChannel}), who takes an escalated case ({@link org.parley.complaints.extension.EscalationPolicy}) and the remedy a closing message names ({@link org.parley.complaints.extension.RemedySource}).
 */
package org.parley.complaints.extension;
