package org.parley.complaints.internal;

import java.util.Locale;
import java.util.regex.Pattern;

import org.parley.complaints.extension.ComplaintChannel;

/** One of the channels the source practice names, with the reference it carries and how that is checked. */
final class PracticeChannel implements ComplaintChannel {

    /** What a channel's reference must look like. */
    enum Reference {
        FREE(null),
        PHONE(Pattern.compile("\\+?[0-9][0-9 ()./-]{4,24}[0-9]")),
        EMAIL(Pattern.compile("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+|<[^<>\\s]+@[^<>\\s]+>")),
        TELEGRAM(Pattern.compile("@[A-Za-z0-9_]{5,32}|\\+?[0-9][0-9 ()./-]{4,24}[0-9]")),
        LINK(Pattern.compile("https?://\\S+"));

        final Pattern pattern;

        Reference(Pattern pattern) {
            this.pattern = pattern;
        }
    }

    private final org.parley.core.model.StandardChannel channel;
    private final Reference reference;
    private final int order;

    PracticeChannel(org.parley.core.model.StandardChannel channel, Reference reference, int order) {
        this.channel = channel;
        this.reference = reference;
        this.order = order;
    }

    @Override
    public String code() {
        return channel.code();
    }

    @Override
    public String label(Locale locale) {
        return ComplaintText.in(locale, "channel." + code());
    }

    @Override
    public String referenceLabel(Locale locale) {
        return ComplaintText.in(locale, "channel." + code() + ".reference");
    }

    @Override
    public String checkReference(String value, Locale locale) {
        if (reference.pattern == null || reference.pattern.matcher(value.strip()).matches()) {
            return null;
        }
        return ComplaintText.in(locale, "channel.badReference." + reference.name().toLowerCase(Locale.ROOT), value,
                label(locale));
    }

    @Override
    public int order() {
        return order;
    }
}
