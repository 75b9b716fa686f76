/**
 * The compensation catalogue: gestures admins configure, with role limits, team budgets, ranked alternatives per
 * case, the proposal-to-fulfilment workflow and spend reports. Services return records; entities stay internal.
 */
package org.parley.compensation;
