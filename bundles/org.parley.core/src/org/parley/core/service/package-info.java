/** Services over the case model, the input rules they apply, and the exceptions they report. */
package org.parley.core.service;
