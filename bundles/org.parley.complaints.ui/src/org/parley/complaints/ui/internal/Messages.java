package org.parley.complaints.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The complaint log UI's texts, from {@code OSGI-INF/l10n/messages*.properties} (apart from
 * {@code bundle*.properties}, which localise the manifest and the model fragment), in the user's language.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.messages";

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
