/** The desk's review of complaints flagged as likely duplicates (bulk intake): merge them or keep them apart. */
package org.parley.complaints.ui.internal.duplicates;
