package org.parley.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MContribution;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.commands.MHandler;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.model.application.impl.ApplicationPackageImpl;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.parley.app.internal.Messages;
import org.parley.ui.workbench.CaseEditors;

/**
 * The application model as shipped: the window, the stacks and the case editor descriptor the code relies on,
 * the commands with their handlers and keys, classes that exist, and every label translated.
 */
class ApplicationModelTest {

    private static final List<String> LANGUAGES = List.of("", "_ru", "_ro", "_pl");

    private static Bundle app;
    private static MApplication model;

    @BeforeAll
    static void load() throws IOException {
        app = FrameworkUtil.getBundle(Messages.class);
        ApplicationPackageImpl.init();
        XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("platform:/plugin/org.parley.app/Application.e4xmi"));
        try (InputStream in = app.getEntry("Application.e4xmi").openStream()) {
            resource.load(in, null);
        }
        model = (MApplication) resource.getContents().get(0);
    }

    @Test
    void windowStacksAndCaseEditorDescriptorAreWhereTheCodeLooks() {
        MTrimmedWindow window = (MTrimmedWindow) model.getChildren().get(0);
        assertEquals("org.parley.app.window.main", window.getElementId());
        assertNotNull(window.getMainMenu());
        assertFalse(window.getTrimBars().isEmpty(), "a toolbar");
        List<String> stacks = new ArrayList<>();
        ((EObject) window).eAllContents().forEachRemaining(o -> {
            if (o instanceof MPartStack s) {
                stacks.add(s.getElementId());
            }
        });
        assertTrue(stacks.contains(CaseEditors.STACK_ID), stacks.toString());
        MPartDescriptor editor = model.getDescriptors().stream()
                .filter(d -> d.getElementId().equals(CaseEditors.DESCRIPTOR_ID)).findFirst().orElseThrow();
        assertTrue(editor.isCloseable());
        assertTrue(editor.isAllowMultiple());
    }

    @Test
    void everyCommandHasAHandlerAndTheDocumentedKeys() {
        Set<String> handled = new TreeSet<>();
        for (MHandler h : model.getHandlers()) {
            handled.add(h.getCommand().getElementId());
        }
        for (MCommand c : model.getCommands()) {
            assertTrue(handled.contains(c.getElementId()), "no handler for " + c.getElementId());
        }
        MBindingTable window = model.getBindingTables().stream()
                .filter(t -> t.getBindingContext().getElementId().equals("org.eclipse.ui.contexts.window"))
                .findFirst().orElseThrow();
        Map<String, String> keys = new HashMap<>();
        for (MKeyBinding b : window.getBindings()) {
            String before = keys.put(b.getKeySequence(), b.getCommand().getElementId());
            assertEquals(null, before, "two commands on " + b.getKeySequence());
        }
        assertEquals("org.parley.app.command.newCase", keys.get("M1+N"));
        assertEquals("org.parley.app.command.newClient", keys.get("M1+M2+N"));
        assertEquals("org.parley.app.command.addInteraction", keys.get("M1+I"));
        assertEquals("org.parley.app.command.addCommitment", keys.get("M1+M2+K"));
    }

    @Test
    void everyContributedClassExists() throws Exception {
        TreeIterator<EObject> all = ((EObject) model).eAllContents();
        int checked = 0;
        while (all.hasNext()) {
            if (all.next() instanceof MContribution c && c.getContributionURI() != null) {
                String[] parts = c.getContributionURI().substring("bundleclass://".length()).split("/");
                Bundle owner = parts[0].equals(app.getSymbolicName()) ? app
                        : List.of(app.getBundleContext().getBundles()).stream()
                                .filter(b -> b.getSymbolicName().equals(parts[0])).findFirst().orElseThrow(
                                        () -> new AssertionError("bundle " + parts[0] + " is not installed"));
                assertNotNull(owner.loadClass(parts[1]), c.getContributionURI());
                checked++;
            }
        }
        assertTrue(checked > 10, "parts, handlers and add-ons were checked: " + checked);
    }

    @Test
    void everyLabelIsTranslatedIntoEveryLanguage() throws IOException {
        Set<String> used = new TreeSet<>();
        TreeIterator<EObject> all = ((EObject) model).eAllContents();
        while (all.hasNext()) {
            EObject o = all.next();
            for (EAttribute a : o.eClass().getEAllAttributes()) {
                if (o.eGet(a) instanceof String s && s.startsWith("%")) {
                    used.add(s.substring(1));
                }
            }
        }
        Set<String> messages = new TreeSet<>();
        for (java.lang.reflect.Field f : Messages.class.getFields()) {
            messages.add(f.getName());
        }
        // the model's labels live in bundle*.properties, the Java code's texts in messages*.properties
        assertTranslated("bundle", used);
        assertTranslated("messages", messages);
    }

    private static void assertTranslated(String file, Set<String> used) throws IOException {
        Properties english = properties(file, "");
        for (String language : LANGUAGES) {
            Properties texts = properties(file, language);
            for (String key : used) {
                String text = texts.getProperty(key);
                assertNotNull(text, key + " missing in " + file + language + ".properties");
                assertFalse(text.isBlank(), key + " empty in " + file + language + ".properties");
            }
            assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(texts.stringPropertyNames()),
                    file + language + ".properties has the same keys as the English file");
        }
    }

    private static Properties properties(String file, String suffix) throws IOException {
        URL entry = app.getEntry("OSGI-INF/l10n/" + file + suffix + ".properties");
        assertNotNull(entry, file + suffix + ".properties");
        Properties p = new Properties();
        try (InputStream in = entry.openStream()) {
            p.load(in);
        }
        return p;
    }
}
