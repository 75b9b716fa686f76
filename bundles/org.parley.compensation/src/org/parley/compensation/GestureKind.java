package org.parley.compensation;

/**
 * What a gesture gives the client. The kind decides what its value means: a percentage off, an amount of money,
 * or nothing countable (a gift, a repair, a firm new date).
 */
public enum GestureKind {
    /** A sincere apology with a small gift, when the company was at fault. */
    APOLOGY_GIFT(ValueKind.NONE),
    /** A percentage off this or the next order. */
    DISCOUNT_PERCENT(ValueKind.PERCENT),
    /** An amount credited to the client's account. */
    FIXED_CREDIT(ValueKind.MONEY),
    /** Money paid back. */
    REFUND(ValueKind.MONEY),
    /** The faulty goods replaced. */
    REPLACEMENT(ValueKind.NONE),
    /** The faulty goods repaired. */
    REPAIR(ValueKind.NONE),
    /** A free service outside the order, which builds trust. */
    EXTRA_SERVICE(ValueKind.NONE),
    /** A firm new delivery date, for a missed deadline; the offer names the date. */
    NEW_DELIVERY_DATE(ValueKind.NONE),
    /** Attention and a fix instead of a gesture: a recorded, justified outcome. */
    NO_GESTURE(ValueKind.NONE);

    /** What the value of an item of this kind is. */
    public enum ValueKind {
        NONE, PERCENT, MONEY
    }

    private final ValueKind valueKind;

    GestureKind(ValueKind valueKind) {
        this.valueKind = valueKind;
    }

    public ValueKind valueKind() {
        return valueKind;
    }

    /** Money the client receives is itself a cost to the company, on top of the item's own cost. */
    public boolean paysMoney() {
        return valueKind == ValueKind.MONEY;
    }

    /** The code used in files and the database, e.g. {@code apology-gift}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The kind with this code (or enum name), or null. */
    public static GestureKind ofCode(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip();
        for (GestureKind k : values()) {
            if (k.code().equalsIgnoreCase(c) || k.name().equalsIgnoreCase(c)) {
                return k;
            }
        }
        return null;
    }
}
