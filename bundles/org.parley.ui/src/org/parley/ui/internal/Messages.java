package org.parley.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The texts of the workbench API's widgets and dialogs, from {@code OSGI-INF/l10n/messages*.properties}, in the
 * user's language. Not API: plug-ins bring their own texts.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.messages";

    public static String error_title;
    public static String job_save;
    public static String conflict_dialog;
    public static String dialog_saving;
    public static String job_searchClients;
    public static String newCase_client;
    public static String newCase_clientHint;
    public static String newCase_newClient;
    public static String newCase_clientLanguage;
    public static String newCase_clientMissing;
    public static String newCase_clientSearching;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
