/**
 * Problem clients: classification from the record with its evidence, expectations set before a contract with a
 * screening checklist and a polite refusal, and a termination checklist that ends a relationship only when every
 * obligation was fulfilled.
 */
package org.parley.termination;
