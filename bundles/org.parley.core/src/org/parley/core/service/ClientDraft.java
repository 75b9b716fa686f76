package org.parley.core.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.parley.core.model.ContactPoint;

/**
 * What a user entered for a new or changed client. Construction validates and normalises the input, so a
 * draft that exists is a draft that can be stored.
 */
public record ClientDraft(String name, String language, List<ContactPoint> contactPoints, String notes) {

    public ClientDraft {
        name = Require.text("name", name, 200);
        language = language == null || language.isBlank() ? "en" : Require.language("language", language);
        List<ContactPoint> points = new ArrayList<>();
        for (ContactPoint p : contactPoints == null ? List.<ContactPoint>of() : contactPoints) {
            Require.present("contactPoint", p);
            points.add(new ContactPoint(Require.channel("contactChannel", p.getChannel()),
                    Require.text("contactAddress", p.getAddress(), 320)));
        }
        contactPoints = List.copyOf(new LinkedHashSet<>(points));
        notes = Require.optionalText("notes", notes, 4000);
    }

    public ClientDraft(String name, String language) {
        this(name, language, List.of(), null);
    }
}
