/** Core internals: not API, not exported. */
package org.parley.core.internal;
