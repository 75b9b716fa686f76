package org.parley.ui.api;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.parley.core.model.CaseStatus;
import org.parley.core.model.CommitmentKind;
import org.parley.core.model.CommitmentState;
import org.parley.core.model.Direction;
import org.parley.core.model.Severity;
import org.parley.core.model.StandardChannel;

/**
 * How the case model reads to a user: statuses, severities, channels, directions and promises by name, and
 * times in the user's locale and time zone. Every Parley view uses these, so a status or a channel is called
 * the same everywhere; bundles that add pages should use them too.
 */
public final class CaseText {

    private static final String BUNDLE = "OSGI-INF.l10n.bundle";

    private CaseText() {
    }

    public static String status(CaseStatus status, Locale locale) {
        return status == null ? "" : text(locale, "status." + status.name());
    }

    public static String severity(Severity severity, Locale locale) {
        return severity == null ? "" : text(locale, "severity." + severity.name());
    }

    /**
     * The name of a channel: standard channels by their translated name, channels a plug-in contributed by
     * their code.
     */
    public static String channel(String code, Locale locale) {
        if (code == null) {
            return "";
        }
        StandardChannel standard = StandardChannel.ofCode(code);
        return standard == null ? code : text(locale, "channel." + standard.name());
    }

    public static String direction(Direction direction, Locale locale) {
        return direction == null ? "" : text(locale, "direction." + direction.name());
    }

    public static String commitmentKind(CommitmentKind kind, Locale locale) {
        return kind == null ? "" : text(locale, "commitmentKind." + kind.name());
    }

    public static String commitmentState(CommitmentState state, Locale locale) {
        return state == null ? "" : text(locale, "commitmentState." + state.name());
    }

    /** Date and time in the user's time zone, short form; empty for no time. */
    public static String dateTime(Instant at, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(at);
    }

    /** How far past due a promise is, e.g. "overdue by 2 d 3 h". */
    public static String overdueBy(Duration late, Locale locale) {
        return text(locale, "overdueBy", span(late, locale));
    }

    /** A length of time rounded to what matters for a promise: days and hours, or minutes when under an hour. */
    public static String span(Duration duration, Locale locale) {
        Duration d = duration.isNegative() ? duration.negated() : duration;
        long days = d.toDays();
        long hours = d.toHoursPart();
        if (days > 0) {
            return text(locale, "span.daysHours", days, hours);
        }
        if (hours > 0) {
            return text(locale, "span.hoursMinutes", hours, d.toMinutesPart());
        }
        return text(locale, "span.minutes", Math.max(1, d.toMinutesPart()));
    }

    /** A text of this bundle's localisation, formatted with {@link MessageFormat} in {@code locale}. */
    static String text(Locale locale, String key, Object... args) {
        String pattern;
        try {
            // No fallback to the default locale: asking for English must give English on a Russian desktop.
            pattern = ResourceBundle.getBundle(BUNDLE, locale, CaseText.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
