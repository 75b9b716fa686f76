/** Dialogs that enter new records: cases, clients, interactions and commitments. */
package org.parley.app.internal.dialogs;
