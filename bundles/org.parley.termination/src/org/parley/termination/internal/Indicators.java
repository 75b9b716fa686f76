package org.parley.termination.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;
import org.parley.core.model.StandardChannel;
import org.parley.termination.Evidence;
import org.parley.termination.extension.ClientHistory;
import org.parley.termination.extension.ClientHistory.ComplaintLine;
import org.parley.termination.extension.ClientHistory.ContactLine;
import org.parley.termination.extension.ClientHistory.GestureLine;
import org.parley.termination.extension.ClientIndicator;

/** Parley's client indicators, each read from the record with the facts that count as its evidence. */
final class Indicators {

    private Indicators() {
    }

    /** What shipped indicators share: an id, a label key and a default threshold. */
    abstract static class Shipped implements ClientIndicator {
        private final String id;
        private final int threshold;

        Shipped(String id, int threshold) {
            this.id = id;
            this.threshold = threshold;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String label(Locale locale) {
            return TerminationText.get("indicator." + id);
        }

        @Override
        public int defaultThreshold() {
            return threshold;
        }
    }

    /** Cases the client opened in the window. */
    @Component(service = ClientIndicator.class)
    public static final class Complaints extends Shipped {
        public Complaints() {
            super("complaints", 4);
        }

        @Override
        public List<Evidence> measure(ClientHistory h) {
            return h.cases().stream().map(c -> new Evidence(c.caseId(), c.number(), c.openedAt(), c.title())).toList();
        }
    }

    /** Gestures given after which the client still opened a new case: the gesture did not end the conflict. */
    @Component(service = ClientIndicator.class)
    public static final class GesturesWithoutEnd extends Shipped {
        public GesturesWithoutEnd() {
            super("gestures", 2);
        }

        @Override
        public List<Evidence> measure(ClientHistory h) {
            List<Evidence> out = new ArrayList<>();
            for (GestureLine g : h.gestures()) {
                boolean goesOn = h.cases().stream().anyMatch(c -> c.openedAt().isAfter(g.proposedAt()));
                if (g.spends() && goesOn) {
                    out.add(new Evidence(g.caseId(), g.caseNumber(), g.proposedAt(),
                            TerminationText.get("evidence.gesture", g.item(), plain(g.cost()))));
                }
            }
            return out;
        }
    }

    /** Each gesture proposed costlier than the one before: what the client demands keeps rising. */
    @Component(service = ClientIndicator.class)
    public static final class RisingDemands extends Shipped {
        public RisingDemands() {
            super("demands", 2);
        }

        @Override
        public List<Evidence> measure(ClientHistory h) {
            List<Evidence> out = new ArrayList<>();
            GestureLine before = null;
            for (GestureLine g : h.gestures()) {
                if (before != null && g.cost().compareTo(before.cost()) > 0) {
                    out.add(new Evidence(g.caseId(), g.caseNumber(), g.proposedAt(),
                            TerminationText.get("evidence.demand", plain(before.cost()), plain(g.cost()))));
                }
                before = g;
            }
            return out;
        }
    }

    /** Cases and complaints that came as public reviews (one per case). */
    @Component(service = ClientIndicator.class)
    public static final class PublicReviews extends Shipped {
        public PublicReviews() {
            super("reviews", 2);
        }

        @Override
        public List<Evidence> measure(ClientHistory h) {
            String review = StandardChannel.PUBLIC_REVIEW.code();
            List<Evidence> out = new ArrayList<>();
            java.util.Set<Long> seen = new java.util.HashSet<>();
            for (ComplaintLine c : h.complaints()) {
                if (review.equals(c.channel()) && seen.add(c.caseId())) {
                    out.add(new Evidence(c.caseId(), c.caseNumber(), c.receivedAt(), quote(c.words(), null)));
                }
            }
            for (ClientHistory.CaseLine c : h.cases()) {
                if (review.equals(c.channel()) && seen.add(c.caseId())) {
                    out.add(new Evidence(c.caseId(), c.number(), c.openedAt(), c.title()));
                }
            }
            return out;
        }
    }

    /** The client's own words threatening court, lawyers or the authorities, in any of Parley's languages. */
    @Component(service = ClientIndicator.class)
    public static final class LegalThreats extends Shipped {
        static final Pattern WORDS = Pattern.compile("(?iuU)\\b(court|sue|suing|lawyer|attorney|legal action|"
                + "ombudsman|police|суд(а|е|ом|у)?|судебн\\p{L}*|адвокат\\p{L}*|юрист\\p{L}*|прокуратур\\p{L}*|полици\\p{L}*|"
                + "judecat\\p{L}*|tribunal\\p{L}*|avocat\\p{L}*|poliți\\p{L}*|sąd(u|zie|em)?|sądow\\p{L}*|prawnik\\p{L}*|"
                + "adwokat\\p{L}*|pozew|policj\\p{L}*|rzecznik\\p{L}*)\\b");

        public LegalThreats() {
            super("legal", 1);
        }

        @Override
        public List<Evidence> measure(ClientHistory h) {
            return spoken(h, WORDS);
        }
    }

    /** Insults and abuse in the client's own words. */
    @Component(service = ClientIndicator.class)
    public static final class AbusiveContacts extends Shipped {
        static final Pattern WORDS = Pattern.compile("(?iuU)\\b(idiot\\p{L}*|stupid|moron\\p{L}*|incompetent|"
                + "useless|liars?|идиот\\p{L}*|дура\\p{L}*|тупиц\\p{L}*|бездар\\p{L}*|кретин\\p{L}*|"
                + "tâmpit\\p{L}*|incompetenț\\p{L}*|mincino\\p{L}*|nesimțit\\p{L}*|debil\\p{L}*|głupi\\p{L}*|"
                + "kretyn\\p{L}*|niekompetent\\p{L}*|kłamc\\p{L}*)\\b");

        public AbusiveContacts() {
            super("abuse", 2);
        }

        @Override
        public List<Evidence> measure(ClientHistory h) {
            return spoken(h, WORDS);
        }
    }

    /** Every complaint and contact whose client words match, quoted around the match. */
    static List<Evidence> spoken(ClientHistory h, Pattern words) {
        List<Evidence> out = new ArrayList<>();
        // a complaint is also on the case's timeline with the same words: count it once
        java.util.Set<String> complaints = new java.util.HashSet<>();
        for (ComplaintLine c : h.complaints()) {
            complaints.add(c.caseId() + "\n" + c.words());
            Matcher m = words.matcher(c.words() == null ? "" : c.words());
            if (m.find()) {
                out.add(new Evidence(c.caseId(), c.caseNumber(), c.receivedAt(), quote(c.words(), m)));
            }
        }
        for (ContactLine c : h.contacts()) {
            Matcher m = words.matcher(c.clientWords() == null ? "" : c.clientWords());
            if (!complaints.contains(c.caseId() + "\n" + c.clientWords()) && m.find()) {
                out.add(new Evidence(c.caseId(), c.caseNumber(), c.at(), quote(c.clientWords(), m)));
            }
        }
        out.sort(java.util.Comparator.comparing(Evidence::at));
        return out;
    }

    /** The client's words around the match (or the start), at most about 120 characters, in quotes. */
    static String quote(String words, Matcher match) {
        String w = words == null ? "" : words.replaceAll("\\s+", " ").strip();
        int at = match == null ? 0 : Math.max(0, match.start() - 50);
        int end = Math.min(w.length(), at + 120);
        return "\u201c" + (at > 0 ? "\u2026" : "") + w.substring(at, end) + (end < w.length() ? "\u2026" : "")
                + "\u201d";
    }

    static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }
}
