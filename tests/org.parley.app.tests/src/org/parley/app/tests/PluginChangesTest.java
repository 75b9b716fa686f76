package org.parley.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.parley.app.internal.PluginChanges;
import org.parley.app.internal.RestartNotice;

/**
 * A plug-in installed or removed while Parley runs: one that adds menus or views through an e4 model fragment
 * (read only at start-up) makes Parley ask for a restart, in a window that does not block the user; one that
 * only registers services (picked up and dropped by themselves) does not.
 */
class PluginChangesTest {

    @Test
    void aBundleWithAModelFragmentAsksForARestartWhenInstalledOrRemoved() throws Exception {
        TestWorkbench bench = TestWorkbench.get();
        BundleContext context = TestWorkbench.bundleContext();
        Path dir = Files.createTempDirectory("parley-plugins-");
        Path withMenus = jar(dir.resolve("menus.jar"), "com.example.parley.menus", "Example menus", Map.of(
                "plugin.xml", "<?xml version=\"1.0\"?>\n<plugin>\n  <extension id=\"fragment\" "
                        + "point=\"org.eclipse.e4.workbench.model\">\n    <fragment uri=\"fragment.e4xmi\" "
                        + "apply=\"always\"/>\n  </extension>\n</plugin>\n"));
        Path servicesOnly = jar(dir.resolve("services.jar"), "com.example.parley.services", "Example services",
                Map.of("README.txt", "only services"));

        List<String> notices = new CopyOnWriteArrayList<>();
        PluginChanges changes = new PluginChanges(context, notices::add);
        changes.start();
        Bundle menus = null;
        Bundle services = null;
        try {
            services = context.installBundle(servicesOnly.toUri().toString());
            menus = context.installBundle(withMenus.toUri().toString());
            bench.waitUntil("the installed bundle with menus is noticed", 10, () -> notices.size() == 1);
            assertEquals("Example menus was installed: restart Parley to see its menus and views.", notices.get(0));

            menus.uninstall();
            menus = null;
            bench.waitUntil("the removed bundle with menus is noticed", 10, () -> notices.size() == 2);
            assertEquals("Example menus was removed: restart Parley to remove its menus and views.", notices.get(1));
            services.uninstall();
            services = null;
            bench.settle(500);
            assertEquals(2, notices.size(), "a bundle of services only needs no restart: " + notices);
        } finally {
            changes.stop();
            if (menus != null) {
                menus.uninstall();
            }
            if (services != null) {
                services.uninstall();
            }
        }

        Shell shell = bench.shell("Parley \u2014 plug-ins", 0, 0, 700, 400);
        shell.open();
        RestartNotice notice = new RestartNotice();
        notice.add(shell, notices.get(0));
        notice.add(shell, notices.get(1));
        bench.settle(200);
        Shell window = notice.shell();
        assertNotNull(window, "the notice is shown");
        assertEquals(0, window.getStyle() & (SWT.APPLICATION_MODAL | SWT.PRIMARY_MODAL | SWT.SYSTEM_MODAL),
                "the notice does not block the workbench");
        assertTrue(notice.text().contains(notices.get(0)) && notice.text().contains(notices.get(1)), notice.text());
        window.close();
        shell.dispose();
    }

    private static Path jar(Path file, String symbolicName, String name, Map<String, String> entries)
            throws Exception {
        Manifest manifest = new Manifest();
        Attributes a = manifest.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", symbolicName + ";singleton:=true");
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Bundle-Name", name);
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(e.getKey()));
                jar.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return file;
    }
}
