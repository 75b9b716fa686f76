/**
 * What a bundle implements to extend Parley's workbench without depending on its internals: pages of the case
 * editor, and the shared wording and formatting of the case model (statuses, channels, times) so that every
 * bundle shows them the same way in the user's language.
 */
package org.parley.ui.api;
