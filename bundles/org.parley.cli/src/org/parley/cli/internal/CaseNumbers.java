package org.parley.cli.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The store's case numbers: {@code P-} and the case's id zero-padded to seven digits (as
 * {@code JpaCaseService.numberFor} in org.parley.store, which does not export it).
 */
final class CaseNumbers {

    private static final Pattern STORE_NUMBER = Pattern.compile("P-(\\d{1,18})");

    private CaseNumbers() {
    }

    static String of(long caseId) {
        return String.format("P-%07d", caseId);
    }

    /** The id a store-made number stands for, or -1 for a number given by another system. */
    static long idOf(String number) {
        Matcher m = STORE_NUMBER.matcher(number);
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }
}
