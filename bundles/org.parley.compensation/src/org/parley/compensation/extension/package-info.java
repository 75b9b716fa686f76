/** Extension points of the compensation catalogue: advisors that propose gestures for a case. */
package org.parley.compensation.extension;
