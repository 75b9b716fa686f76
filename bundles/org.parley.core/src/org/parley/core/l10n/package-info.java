/** Localised texts for bundles that do not depend on Equinox. */
package org.parley.core.l10n;
