/** Interfaces a bundle implements, as OSGi services, to extend Parley: entities, case actions, client alerts, reports, event topics. */
package org.parley.core.extension;
