/** Extension points of the problem-client capability: client indicators and termination conditions. */
package org.parley.termination.extension;
