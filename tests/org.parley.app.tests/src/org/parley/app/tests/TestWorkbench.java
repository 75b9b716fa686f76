package org.parley.app.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.swt.DisplayUISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.parley.app.internal.parts.CaseEditorPart;
import org.parley.app.internal.parts.CaseNavigatorPart;
import org.parley.core.service.CaseService;
import org.parley.core.service.ClientService;
import org.parley.core.service.Clock;
import org.parley.core.service.Session;
import org.parley.core.service.Store;
import org.parley.ui.workbench.CaseEditors;

/**
 * The workbench as the tests see it: a real display, the real store on an H2 database in a temporary
 * directory, and the real parts made through e4 dependency injection inside plain shells. Opening a case
 * puts its editor in a shell of its own, where the application would put it in the editor stack.
 */
public final class TestWorkbench implements CaseEditors {

    private static final long SERVICE_TIMEOUT_MS = 60_000;

    public final Display display;
    public final IEclipseContext context;
    public final CaseService cases;
    public final ClientService clients;
    public final Store store;
    public final Session session;
    public final Map<Long, CaseEditorPart> editors = new LinkedHashMap<>();
    public final Map<Long, Shell> editorShells = new LinkedHashMap<>();

    private static TestWorkbench instance;

    /** The one workbench of this test run: the store reads its database settings only once. */
    public static synchronized TestWorkbench get() throws Exception {
        if (instance == null) {
            Path dir = Files.createTempDirectory("parley-app-tests");
            System.setProperty("parley.db.url", "jdbc:h2:file:" + dir.resolve("parley").toAbsolutePath());
            instance = new TestWorkbench();
        }
        return instance;
    }

    private TestWorkbench() throws InterruptedException {
        display = Display.getDefault();
        BundleContext bundle = bundleContext();
        cases = service(bundle, CaseService.class);
        clients = service(bundle, ClientService.class);
        store = service(bundle, Store.class);
        session = service(bundle, Session.class);
        context = EclipseContextFactory.getServiceContext(bundle).createChild("parley-ui-tests");
        context.set(CaseService.class, cases);
        context.set(ClientService.class, clients);
        context.set(Store.class, store);
        context.set(Session.class, session);
        context.set(Clock.class, service(bundle, Clock.class));
        context.set(UISynchronize.class, new DisplayUISynchronize(display));
        context.set(CaseEditors.class, this);
        // what E4Application does: @UIEventTopic delivery finds the UI thread through the default context
        ContextInjectionFactory.setDefault(context);
    }

    /**
     * This bundle's context; started first when another test bundle uses the workbench (a bundle that is only
     * resolved has no context).
     */
    public static BundleContext bundleContext() {
        org.osgi.framework.Bundle bundle = FrameworkUtil.getBundle(TestWorkbench.class);
        if (bundle.getBundleContext() == null) {
            try {
                bundle.start(org.osgi.framework.Bundle.START_TRANSIENT);
            } catch (org.osgi.framework.BundleException e) {
                throw new IllegalStateException(e);
            }
        }
        return bundle.getBundleContext();
    }

    /** Any OSGi service the tests need besides the ones the parts get. */
    public static <T> T osgiService(Class<T> type) throws InterruptedException {
        return service(bundleContext(), type);
    }

    private static <T> T service(BundleContext bundle, Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(bundle, type, null);
        tracker.open();
        T service = tracker.waitForService(SERVICE_TIMEOUT_MS);
        if (service == null) {
            fail("no " + type.getSimpleName() + " service within " + SERVICE_TIMEOUT_MS + " ms");
        }
        return service;
    }

    /** A shell at a fixed place on the screen with a composite that fills it, as a part's parent. */
    public Shell shell(String title, int x, int y, int width, int height) {
        Shell shell = new Shell(display, SWT.SHELL_TRIM);
        shell.setText(title);
        shell.setLayout(new FillLayout());
        shell.setBounds(x, y, width, height);
        return shell;
    }

    /** Creates the case navigator in {@code shell} through dependency injection, as the workbench does. */
    public CaseNavigatorPart navigator(Shell shell) {
        IEclipseContext partContext = context.createChild("navigator");
        Composite parent = new Composite(shell, SWT.NONE);
        partContext.set(Composite.class, parent);
        CaseNavigatorPart part = ContextInjectionFactory.make(CaseNavigatorPart.class, partContext);
        shell.open();
        return part;
    }

    @Override
    public void open(long caseId, String label) {
        Shell existing = editorShells.get(caseId);
        if (existing != null && !existing.isDisposed()) {
            existing.setActive();
            return;
        }
        MPart part = MBasicFactory.INSTANCE.createPart();
        part.setElementId(DESCRIPTOR_ID);
        part.setLabel(label);
        part.getPersistedState().put(CASE_ID, Long.toString(caseId));
        Shell shell = shell(label, 0, 0, 1180, 940);
        IEclipseContext partContext = context.createChild("editor " + caseId);
        Composite parent = new Composite(shell, SWT.NONE);
        partContext.set(Composite.class, parent);
        partContext.set(MPart.class, part);
        CaseEditorPart editor = ContextInjectionFactory.make(CaseEditorPart.class, partContext);
        shell.addListener(SWT.Dispose, e -> {
            ContextInjectionFactory.uninject(editor, partContext);
            partContext.dispose();
        });
        shell.open();
        editors.put(caseId, editor);
        editorShells.put(caseId, shell);
    }

    /** Opens the case's editor and waits until it has read the case; returns the editor's shell. */
    public Shell editor(long caseId) {
        open(caseId, cases.find(caseId).orElseThrow().getNumber());
        waitUntil("the editor has read the case", 30, () -> editors.get(caseId).isLoaded());
        return editorShells.get(caseId);
    }

    /** Brings the editor tab labelled {@code label} to the front, as a click on it does; returns its page. */
    public Control tab(Shell editor, String label) {
        CTabFolder folder = Widgets.find(editor, CTabFolder.class);
        waitUntil("the " + label + " tab is there", 20,
                () -> java.util.List.of(folder.getItems()).stream().anyMatch(i -> i.getText().equals(label)));
        for (CTabItem item : folder.getItems()) {
            if (item.getText().equals(label)) {
                folder.setSelection(item);
                Event e = new Event();
                e.item = item;
                folder.notifyListeners(SWT.Selection, e);
            }
        }
        settle(300);
        return folder.getSelection().getControl();
    }

    /** Makes a part as the workbench would, in {@code shell}, and opens the shell. */
    public <T> T part(Class<T> type, Shell shell) {
        IEclipseContext partContext = context.createChild(type.getSimpleName());
        Composite parent = new Composite(shell, SWT.NONE);
        partContext.set(Composite.class, parent);
        T made = ContextInjectionFactory.make(type, partContext);
        shell.open();
        return made;
    }

    /** Signs {@code login} in, for the services and for the parts (which read the login from the context). */
    public void signIn(String login) {
        session.signIn(login);
        context.set(org.parley.ui.workbench.SignedIn.LOGIN, login);
    }

    /** Presses the enabled button labelled {@code label} (mnemonic included) under {@code root}, as a click does. */
    public void click(Control root, String label) {
        org.eclipse.swt.widgets.Button b = Widgets.button(root, label);
        if (b == null) {
            fail(label + " among " + Widgets.buttonTexts(root));
        }
        if (!b.isEnabled()) {
            fail(label + " is not enabled");
        }
        b.notifyListeners(SWT.Selection, new Event());
        settle(100);
    }

    /** Runs the event loop until {@code condition} holds; fails with {@code what} after {@code seconds}. */
    public void waitUntil(String what, int seconds, BooleanSupplier condition) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("timed out after " + seconds + " s waiting until " + what);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail("interrupted waiting until " + what);
                }
            }
        }
    }

    /** Scrolls a case editor down to its contributed pages, as a user would before reading them. */
    public void scrollToEnd(Shell shell) {
        org.eclipse.swt.custom.ScrolledComposite scroller = Widgets.find(shell, org.eclipse.swt.custom.ScrolledComposite.class);
        scroller.setOrigin(0, scroller.getContent().getSize().y);
        settle(300);
    }

    /** Lets pending paints and timers run for a moment. */
    public void settle(int millis) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (System.nanoTime() < end) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Saves what the screen shows of {@code shell} as {@code docs/screenshots/<name>} in the repository
     * ({@code -Dparley.repo}), or under the working directory when that is not set.
     */
    public Path screenshot(Shell shell, String name) throws IOException {
        shell.moveAbove(null);
        shell.forceActive();
        shell.layout(true, true);
        shell.redraw();
        shell.update();
        settle(700);
        // the client area: without a window manager nobody draws the title bar the bounds allow for
        Rectangle client = display.map(shell, null, shell.getClientArea());
        Rectangle visible = client.intersection(display.getBounds());
        Image image = new Image(display, visible.width, visible.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, visible.x, visible.y);
        } finally {
            gc.dispose();
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {image.getImageData()};
        image.dispose();
        String repo = System.getProperty("parley.repo");
        Path dir = (repo == null || repo.isBlank() ? Paths.get("") : Paths.get(repo)).resolve("docs")
                .resolve("screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        loader.save(file.toString(), SWT.IMAGE_PNG);
        return file;
    }
}
