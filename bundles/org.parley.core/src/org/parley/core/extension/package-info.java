/** Interfaces a bundle implements, as OSGi services, to extend Parley: entities, case actions, event topics. */
package org.parley.core.extension;
