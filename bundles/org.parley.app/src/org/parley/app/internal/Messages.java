package org.parley.app.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The workbench's user-facing texts, from {@code OSGI-INF/l10n/messages*.properties} (apart from
 * {@code bundle*.properties}, which localise the manifest and the application model, so NLS finds no unused keys), in the user's language.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.messages";

    public static String about_title;
    public static String database_title;
    public static String database_description;
    public static String database_inUse;
    public static String database_reading;
    public static String database_inUseText;
    public static String database_url;
    public static String database_urlHint;
    public static String database_user;
    public static String database_password;
    public static String database_note;
    public static String database_urlUnsupported;
    public static String database_userMissing;
    public static String database_notSaved;
    public static String database_restart;
    public static String editor_edit;
    public static String editCase_title;
    public static String editCase_description;
    public static String editCase_caseTitle;
    public static String editCase_severity;
    public static String editCase_text;
    public static String editCase_owner;
    public static String editCase_ownerHint;
    public static String editCase_reason;
    public static String editCase_reasonHint;
    public static String editCase_nothingChanged;
    public static String about_message;
    public static String window_titleSignedIn;
    public static String window_titleNoStore;
    public static String window_titleSignInFailed;
    public static String job_signIn;
    public static String job_countCases;
    public static String job_readCases;
    public static String job_readCase;
    public static String job_searchClients;
    public static String job_changeStatus;
    public static String job_settleCommitment;
    public static String conflict_title;
    public static String conflict_message;
    public static String conflict_reload;
    public static String navigator_filterHint;
    public static String navigator_statusAll;
    public static String navigator_statusOpen;
    public static String navigator_statusHint;
    public static String navigator_count;
    public static String navigator_countFailed;
    public static String navigator_loading;
    public static String navigator_notSortable;
    public static String column_number;
    public static String column_title;
    public static String column_client;
    public static String column_status;
    public static String column_severity;
    public static String column_channel;
    public static String column_owner;
    public static String column_opened;
    public static String editor_loading;
    public static String editor_caseGone;
    public static String editor_status;
    public static String editor_moveTo;
    public static String editor_severity;
    public static String editor_owner;
    public static String editor_unassigned;
    public static String editor_channel;
    public static String editor_levels;
    public static String editor_levelsValue;
    public static String editor_opened;
    public static String editor_acknowledged;
    public static String editor_closed;
    public static String editor_client;
    public static String editor_clientName;
    public static String editor_clientLanguage;
    public static String editor_clientContacts;
    public static String editor_noContacts;
    public static String editor_description;
    public static String editor_noDescription;
    public static String editor_timeline;
    public static String editor_noInteractions;
    public static String editor_addInteraction;
    public static String editor_commitments;
    public static String editor_noCommitments;
    public static String editor_addCommitment;
    public static String editor_reload;
    public static String editor_actionRunning;
    public static String timeline_time;
    public static String timeline_channel;
    public static String timeline_direction;
    public static String timeline_author;
    public static String timeline_clientWords;
    public static String timeline_summary;
    public static String timeline_clientWordsFull;
    public static String timeline_summaryFull;
    public static String commitments_due;
    public static String commitments_kind;
    public static String commitments_description;
    public static String commitments_owner;
    public static String commitments_state;
    public static String commitments_remark;
    public static String commitments_kept;
    public static String commitments_broken;
    public static String commitments_settleNote;
    public static String clients_searchHint;
    public static String clients_name;
    public static String clients_language;
    public static String clients_contact;
    public static String clients_noMatch;
    public static String clients_noneSelected;
    public static String clients_details;
    public static String clients_caseCount;
    public static String newCase_title;
    public static String newCase_description;
    public static String newCase_caseTitle;
    public static String newCase_caseTitleHint;
    public static String newCase_channel;
    public static String newCase_severity;
    public static String newCase_levelArisen;
    public static String newCase_levelHint;
    public static String newCase_assignToMe;
    public static String newCase_caseDescription;
    public static String newCase_caseDescriptionHint;
    public static String newClient_title;
    public static String newClient_description;
    public static String newClient_name;
    public static String newClient_language;
    public static String newClient_contacts;
    public static String newClient_addContact;
    public static String newClient_removeContact;
    public static String newClient_addressHint;
    public static String newClient_notes;
    public static String interaction_title;
    public static String interaction_description;
    public static String interaction_channel;
    public static String interaction_direction;
    public static String interaction_time;
    public static String interaction_clientWords;
    public static String interaction_clientWordsHint;
    public static String interaction_summary;
    public static String interaction_summaryHint;
    public static String commitment_title;
    public static String commitment_description;
    public static String commitment_kind;
    public static String commitment_what;
    public static String commitment_whatHint;
    public static String commitment_due;
    public static String commitment_owner;
    public static String commitment_ownerHint;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
