package org.parley.complaints.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.URL;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.e4.ui.model.application.MApplicationElement;
import org.eclipse.e4.ui.model.application.MContribution;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.model.application.commands.MParameter;
import org.eclipse.e4.ui.model.application.impl.ApplicationPackageImpl;
import org.eclipse.e4.ui.model.fragment.MModelFragment;
import org.eclipse.e4.ui.model.fragment.MModelFragments;
import org.eclipse.e4.ui.model.fragment.MStringModelFragment;
import org.eclipse.e4.ui.model.fragment.impl.FragmentPackageImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.parley.complaints.ui.internal.Messages;

/**
 * The complaint desk's part of the model fragment lands where the application has room for it (every parent
 * element exists), its classes load, Take a complaint answers Ctrl+Shift+T, every part a menu item shows exists,
 * and every desk text is there in English, Russian, Romanian and Polish.
 */
class DeskContributionsReachTheWorkbenchTest {

    private static final List<String> LANGUAGES = List.of("", "_ru", "_ro", "_pl");
    /** Java texts of the desk: intake, proactive cases, My day and reminders, the book, likely duplicates. */
    private static final List<String> DESK_PREFIXES = List.of("take_", "proactive_", "day_", "reminders_", "book_",
            "dup_");

    private static Bundle ui;
    private static MModelFragments fragment;
    private static Set<String> applicationIds;

    @BeforeAll
    static void load() throws IOException {
        ui = FrameworkUtil.getBundle(Messages.class);
        ApplicationPackageImpl.init();
        FragmentPackageImpl.init();
        fragment = (MModelFragments) read(ui, "fragment.e4xmi").getContents().get(0);
        Bundle app = FrameworkUtil.getBundle(org.parley.app.internal.Messages.class);
        applicationIds = ids(read(app, "Application.e4xmi").getContents().get(0));
    }

    private static Resource read(Bundle bundle, String path) throws IOException {
        XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("platform:/plugin/" + bundle.getSymbolicName()
                + "/" + path));
        try (InputStream in = bundle.getEntry(path).openStream()) {
            resource.load(in, null);
        }
        return resource;
    }

    private static Set<String> ids(EObject root) {
        Set<String> ids = new TreeSet<>();
        if (root instanceof MApplicationElement e && e.getElementId() != null) {
            ids.add(e.getElementId());
        }
        root.eAllContents().forEachRemaining(o -> {
            if (o instanceof MApplicationElement e && e.getElementId() != null) {
                ids.add(e.getElementId());
            }
        });
        return ids;
    }

    @Test
    void everyFragmentHasItsParentAndEveryDeskClassLoads() throws Exception {
        Set<String> known = new TreeSet<>(applicationIds);
        known.addAll(ids((EObject) fragment));
        int desk = 0;
        for (MModelFragment f : fragment.getFragments()) {
            String parent = ((MStringModelFragment) f).getParentElementId();
            assertTrue(known.contains(parent), "no element " + parent + " for " + ((EObject) f).eResource()
                    .getURIFragment((EObject) f));
            for (MApplicationElement element : f.getElements()) {
                if (element.getElementId().startsWith("org.parley.complaints.ui.desk.")) {
                    desk++;
                }
            }
        }
        assertTrue(desk >= 3, "the desk's own contributions: " + desk);
        int classes = 0;
        for (EObject o : (Iterable<EObject>) () -> ((EObject) fragment).eAllContents()) {
            if (o instanceof MContribution c && c.getContributionURI() != null) {
                String[] parts = c.getContributionURI().substring("bundleclass://".length()).split("/");
                assertEquals(ui.getSymbolicName(), parts[0]);
                assertNotNull(ui.loadClass(parts[1]), c.getContributionURI());
                classes++;
            }
        }
        assertTrue(classes >= 8, "parts, handlers and the add-on: " + classes);
    }

    @Test
    void menuItemsShowPartsThatExistAndTakeAComplaintHasItsKey() {
        Set<String> ids = ids((EObject) fragment);
        int shown = 0;
        for (EObject o : (Iterable<EObject>) () -> ((EObject) fragment).eAllContents()) {
            if (o instanceof MParameter p && "org.parley.app.commandparameter.partId".equals(p.getName())) {
                assertTrue(ids.contains(p.getValue()) || applicationIds.contains(p.getValue()), p.getValue());
                shown++;
            }
        }
        assertTrue(shown >= 6, "Complaints and Window menu items: " + shown);
        MKeyBinding take = null;
        for (EObject o : (Iterable<EObject>) () -> ((EObject) fragment).eAllContents()) {
            if (o instanceof MBindingTable table) {
                for (MKeyBinding b : table.getBindings()) {
                    if ("M1+M2+T".equals(b.getKeySequence())) {
                        take = b;
                    }
                }
            }
        }
        assertNotNull(take, "Ctrl+Shift+T is bound");
        assertEquals("org.parley.complaints.ui.command.take", take.getCommand().getElementId());
    }

    @Test
    void everyDeskTextIsThereInEveryLanguage() throws IOException {
        Set<String> labels = new TreeSet<>();
        collectLabels((EObject) fragment, labels);
        // the desk's labels; settings, lessons and the menu's own title belong to the case pages' side
        labels.removeIf(k -> !(k.contains("ake") || k.contains("roactive") || k.contains("MyDay")
                || k.contains("Book") || k.contains("uplicates")));
        assertTrue(labels.contains("fragment.partDuplicates"), labels.toString());
        Set<String> texts = new TreeSet<>();
        for (Field field : Messages.class.getFields()) {
            if (DESK_PREFIXES.stream().anyMatch(field.getName()::startsWith)) {
                texts.add(field.getName());
            }
        }
        assertTrue(texts.size() > 80, "desk texts: " + texts.size());
        for (String language : LANGUAGES) {
            assertPresent("bundle" + language, labels);
            assertPresent("messages" + language, texts);
        }
    }

    private static void collectLabels(EObject element, Set<String> labels) {
        List<EObject> all = new java.util.ArrayList<>(List.of(element));
        element.eAllContents().forEachRemaining(all::add);
        for (EObject o : all) {
            for (EAttribute a : o.eClass().getEAllAttributes()) {
                if (o.eGet(a) instanceof String s && s.startsWith("%")) {
                    labels.add(s.substring(1));
                }
            }
        }
    }

    private static void assertPresent(String file, Set<String> keys) throws IOException {
        URL entry = ui.getEntry("OSGI-INF/l10n/" + file + ".properties");
        assertNotNull(entry, file + ".properties");
        Properties texts = new Properties();
        try (InputStream in = entry.openStream()) {
            texts.load(in);
        }
        for (String key : keys) {
            String text = texts.getProperty(key);
            assertNotNull(text, key + " missing in " + file + ".properties");
            assertFalse(text.isBlank(), key + " empty in " + file + ".properties");
        }
    }
}
