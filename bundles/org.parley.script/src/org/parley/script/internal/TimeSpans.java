package org.parley.script.internal;

import java.time.Duration;

import org.parley.core.model.Language;

/**
 * A span of time as a script says it to the client, with the number agreeing with its unit in the script's
 * language ("2 часа", "5 часов", "24 de ore", "2 godzin"): whole days from a day on, else whole hours.
 */
public final class TimeSpans {

    private TimeSpans() {
    }

    public static String say(Duration span, Language language) {
        long hours = Math.max(1, Math.round(span.toMinutes() / 60.0));
        boolean days = hours >= 24 && hours % 24 == 0;
        long n = days ? hours / 24 : hours;
        return switch (language) {
            case EN -> n + (days ? (n == 1 ? " day" : " days") : (n == 1 ? " hour" : " hours"));
            case RU -> n + " " + russian(n, days ? new String[] { "день", "дня", "дней" }
                    : new String[] { "час", "часа", "часов" });
            // "potrzebuję" takes the genitive: godziny, 2 godzin; doby, 2 dni
            case PL -> n == 1 ? (days ? "doby" : "godziny") : n + (days ? " dni" : " godzin");
            // Romanian puts "de" between a number from 20 on and its noun
            case RO -> n == 1 ? (days ? "o zi" : "o oră")
                    : n + (n % 100 >= 20 || n % 100 == 0 ? " de " : " ") + (days ? "zile" : "ore");
        };
    }

    private static String russian(long n, String[] forms) {
        long tens = n % 100;
        long units = n % 10;
        if (tens >= 11 && tens <= 14) {
            return forms[2];
        }
        return units == 1 ? forms[0] : units >= 2 && units <= 4 ? forms[1] : forms[2];
    }
}
