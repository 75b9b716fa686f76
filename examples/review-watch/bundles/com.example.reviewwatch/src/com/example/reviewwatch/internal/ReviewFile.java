package com.example.reviewwatch.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parley.core.model.Client;
import org.parley.core.service.ClientService;
import org.parley.core.service.InvalidInputException;
import org.parley.format.CsvReader;

/** Reads and checks a whole review file before anything is stored; one bad line refuses the file. */
final class ReviewFile {

    static final List<String> COLUMNS = List.of("client", "source", "url", "posted", "rating", "author", "text");

    /** One checked line of the file. */
    record Line(int line, long clientId, String source, String url, LocalDate postedOn, int rating, String author,
            String text) {

        /** Two imports of the same published review are recognised by where it was published. */
        String key() {
            return source.toLowerCase(Locale.ROOT) + "|" + (url == null ? text : url);
        }
    }

    private final ClientService clients;
    private final LocalDate today;
    private final Map<String, Long> clientByReference = new HashMap<>();

    ReviewFile(ClientService clients, LocalDate today) {
        this.clients = clients;
        this.today = today;
    }

    List<Line> read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        } catch (IOException e) {
            throw refuse(ReviewText.get("file.unreadable", file, e.getMessage()));
        }
    }

    List<Line> read(Reader in) throws IOException {
        CsvReader csv = new CsvReader(in);
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        try {
            List<String> header = csv.next();
            if (header == null) {
                throw refuse(ReviewText.get("file.empty"));
            }
            if (!header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList().equals(COLUMNS)) {
                throw refuse(ReviewText.get("file.header", String.join(",", COLUMNS), String.join(",", header)));
            }
            for (List<String> record = csv.next(); record != null; record = csv.next()) {
                Line line = line(csv.recordLine(), record);
                Integer earlier = seen.putIfAbsent(line.key(), line.line());
                if (earlier != null) {
                    throw refuse(ReviewText.get("file.duplicate", line.line(), earlier));
                }
                lines.add(line);
            }
        } catch (CsvReader.CsvSyntaxException e) {
            throw refuse(ReviewText.get("file.syntax", e.line, e.getMessage()));
        }
        return lines;
    }

    private Line line(int n, List<String> f) {
        if (f.size() != COLUMNS.size()) {
            throw refuse(ReviewText.get("file.columns", n, COLUMNS.size(), f.size()));
        }
        String source = f.get(1).strip();
        if (source.isEmpty()) {
            throw refuse(ReviewText.get("file.source", n));
        }
        if (source.length() > 60) {
            throw refuse(ReviewText.get("file.sourceLong", n));
        }
        String url = blankToNull(f.get(2));
        if (url != null && !(url.startsWith("https://") || url.startsWith("http://")) || url != null && url.length() > 1000) {
            throw refuse(ReviewText.get("file.url", n, url));
        }
        LocalDate posted;
        try {
            posted = LocalDate.parse(f.get(3).strip());
        } catch (DateTimeParseException e) {
            throw refuse(ReviewText.get("file.posted", n, f.get(3)));
        }
        if (posted.isAfter(today)) {
            throw refuse(ReviewText.get("file.future", n, posted));
        }
        int rating;
        try {
            rating = Integer.parseInt(f.get(4).strip());
        } catch (NumberFormatException e) {
            rating = 0;
        }
        if (rating < 1 || rating > 5) {
            throw refuse(ReviewText.get("file.rating", n, f.get(4)));
        }
        String author = blankToNull(f.get(5));
        String text = f.get(6).strip();
        if (text.isEmpty()) {
            throw refuse(ReviewText.get("file.text", n));
        }
        if (text.length() > 4000) {
            throw refuse(ReviewText.get("file.textLong", n));
        }
        long clientId = clientByReference.computeIfAbsent(f.get(0).strip(), r -> client(n, r));
        return new Line(n, clientId, source, url, posted, rating, author == null ? null : cut(author, 200), text);
    }

    private long client(int n, String reference) {
        List<Client> matching = ClientReference.matching(clients, reference);
        if (matching.isEmpty()) {
            throw refuse(ReviewText.get("file.client", n, reference));
        }
        if (matching.size() > 1) {
            throw refuse(ReviewText.get("file.clientAmbiguous", n, matching.size(), reference));
        }
        return matching.get(0).getId();
    }

    private static String blankToNull(String s) {
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static InvalidInputException refuse(String message) {
        return new InvalidInputException("file", message);
    }
}
