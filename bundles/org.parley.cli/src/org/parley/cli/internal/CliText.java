package org.parley.cli.internal;

import org.eclipse.osgi.util.NLS;

/** The CLI's user-facing texts, from OSGI-INF/l10n/bundle*.properties in the JVM's language. */
public final class CliText extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.messages";

    public static String report_listSummary;
    public static String report_runSummary;
    public static String report_runDetails;
    public static String report_none;
    public static String report_unknown;
    public static String report_notADate;
    public static String report_backwards;
    public static String report_head;
    public static String report_empty;
    public static String report_written;
    public static String input_badPath;
    public static String output_failed;
    public static String output_written;
    public static String input_caseReference;
    public static String input_noSuchCase;
    public static String input_notANumber;
    public static String input_notATime;
    public static String input_notUtf8;
    public static String input_unreadable;
    public static String caseStatus_badReference;
    public static String caseStatus_done;
    public static String caseStatus_noSuchCase;
    public static String caseStatus_summary;
    public static String caseStatus_unknown;
    public static String commitment_breakSummary;
    public static String commitment_done;
    public static String commitment_keepSummary;
    public static String commitment_noSuch;
    public static String csv_fieldCount;
    public static String csv_notUtf8;
    public static String demo_audit;
    public static String demo_details;
    public static String demo_done;
    public static String demo_problemClient;
    public static String demo_summary;
    public static String demo_unit;
    public static String error_prefix;
    public static String error_unexpected;
    public static String export_details;
    public static String export_done;
    public static String export_ioFailed;
    public static String export_outIsDirectory;
    public static String export_outIsFile;
    public static String export_summary;
    public static String field_active;
    public static String field_alreadyActive;
    public static String field_alreadyRetired;
    public static String field_changeDetails;
    public static String field_changeSummary;
    public static String field_changed;
    public static String field_choicesMissing;
    public static String field_choicesNotChoice;
    public static String field_defineDetails;
    public static String field_defineSummary;
    public static String field_defined;
    public static String field_heading;
    public static String field_listDetails;
    public static String field_listSummary;
    public static String field_none;
    public static String field_nothingToChange;
    public static String field_optional;
    public static String field_reinstateSummary;
    public static String field_reinstated;
    public static String field_required;
    public static String field_retireSummary;
    public static String field_retired;
    public static String field_retiredState;
    public static String field_unknown;
    public static String field_unknownTarget;
    public static String help_commands;
    public static String help_footer;
    public static String help_summary;
    public static String import_caseExists;
    public static String import_columnMissing;
    public static String import_columnTwice;
    public static String import_contactMalformed;
    public static String import_contactShape;
    public static String import_csvKindUnknown;
    public static String import_databaseFailed;
    public static String import_details;
    public static String import_done;
    public static String import_duplicate;
    public static String import_ioFailed;
    public static String import_jsonNeedsFile;
    public static String import_keyMissing;
    public static String import_moreErrors;
    public static String import_notABoolean;
    public static String import_notAChoice;
    public static String import_notANumber;
    public static String import_notAnInstant;
    public static String import_notText;
    public static String import_nothingFound;
    public static String import_pathMissing;
    public static String import_rejected;
    public static String import_settledMissing;
    public static String import_summary;
    public static String import_tooLong;
    public static String import_unknownCase;
    public static String import_unknownClient;
    public static String import_unknownColumn;
    public static String import_unknownField;
    public static String import_unknownCustomField;
    public static String import_unknownUser;
    public static String import_where;
    public static String info_product;
    public static String info_schema;
    public static String info_summary;
    public static String info_url;
    public static String info_user;
    public static String json_unknownKind;
    public static String io_accessDenied;
    public static String io_noSuchFile;
    public static String io_notDirectory;
    public static String json_notAnObject;
    public static String migrate_applied;
    public static String migrate_empty;
    public static String migrate_stillPending;
    public static String migrate_summary;
    public static String migrate_upToDate;
    public static String progress_line;
    public static String service_missing;
    public static String usage_badPath;
    public static String usage_flagNeedsValue;
    public static String usage_flagRequired;
    public static String usage_flagTwice;
    public static String usage_general;
    public static String usage_line;
    public static String usage_missingArgument;
    public static String usage_notAChoice;
    public static String usage_notANumber;
    public static String usage_outOfRange;
    public static String usage_subcommandMissing;
    public static String usage_unexpectedArgument;
    public static String usage_unknownCommand;
    public static String usage_unknownFlag;

    static {
        NLS.initializeMessages(BUNDLE_NAME, CliText.class);
    }

    private CliText() {
    }

    /** Fills {0}, {1}, ... of a message; numbers are written without grouping so that scripts can read them. */
    public static String bind(String message, Object... arguments) {
        return NLS.bind(message, arguments);
    }
}
