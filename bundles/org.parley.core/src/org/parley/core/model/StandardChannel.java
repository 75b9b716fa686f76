package org.parley.core.model;

/**
 * The channels the source practice names. A channel is stored by its {@link #code()}, so a company bundle
 * can add channels of its own without changing this list.
 */
public enum StandardChannel {
    LETTER("letter"), EMAIL("email"), SMS("sms"), VIBER("viber"), WHATSAPP("whatsapp"), TELEGRAM("telegram"),
    PHONE("phone"), IN_PERSON("in-person"), COMPLAINT_BOOK("complaint-book"), PUBLIC_REVIEW("public-review");

    private final String code;

    StandardChannel(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The standard channel with this code, or null for a channel contributed by a plug-in. */
    public static StandardChannel ofCode(String code) {
        for (StandardChannel c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        return null;
    }
}
