package org.parley.app.internal.dialogs;

import org.parley.ui.workbench.DraftDialog;

import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.prefs.BackingStoreException;
import org.parley.app.internal.Messages;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.Store;
import org.parley.ui.workbench.StoreCall;

/**
 * File › Database connection: shows the database in use and keeps the connection to a department's server in
 * the Eclipse preferences of {@code org.parley.store}, which the store reads at start-up (after system
 * properties and a {@code parley-db.properties} file, before the embedded default). Takes effect on restart.
 */
public class DatabaseDialog extends DraftDialog<Boolean> {

    private final Store store;
    private Label inUse;
    private Text url;
    private Text user;
    private Text password;

    public DatabaseDialog(Shell parent, Store store) {
        super(parent);
        this.store = store;
    }

    @Override
    protected String title() {
        return Messages.database_title;
    }

    @Override
    protected String description() {
        return Messages.database_description;
    }

    @Override
    protected Point preferredSize() {
        return new Point(760, 420);
    }

    @Override
    protected void createFields(Composite parent) {
        Label inUseLabel = topLabel(parent, Messages.database_inUse);
        inUse = new Label(parent, SWT.WRAP);
        inUse.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        inUse.setText(Messages.database_reading);
        field("inUse", inUseLabel, inUse);
        if (store != null) {
            StoreCall.run(inUse, Messages.database_reading, store::info, info -> inUse.setText(NLS.bind(
                    Messages.database_inUseText, new Object[] { info.url(), info.product(), info.schemas().stream()
                            .map(s -> s.contribution() + " " + (s.appliedVersion() == null ? "-" : s.appliedVersion()))
                            .collect(Collectors.joining(", ")) })),
                    failure -> inUse.setText(failure.getMessage()));
        }

        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(Store.PREFERENCE_NODE);
        Label urlLabel = label(parent, Messages.database_url);
        url = field("url", urlLabel, new Text(parent, SWT.BORDER));
        url.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        url.setMessage(Messages.database_urlHint);
        url.setText(prefs.get(Store.PREFERENCE_URL, ""));

        Label userLabel = label(parent, Messages.database_user);
        user = field("user", userLabel, new Text(parent, SWT.BORDER));
        user.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        user.setText(prefs.get(Store.PREFERENCE_USER, ""));

        Label passwordLabel = label(parent, Messages.database_password);
        password = field("password", passwordLabel, new Text(parent, SWT.BORDER | SWT.PASSWORD));
        password.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        password.setText(prefs.get(Store.PREFERENCE_PASSWORD, ""));

        new Label(parent, SWT.NONE);
        Label note = new Label(parent, SWT.WRAP);
        note.setText(Messages.database_note);
        GridData noteData = new GridData(SWT.FILL, SWT.TOP, true, false);
        noteData.widthHint = 560;
        note.setLayoutData(noteData);
        url.setFocus();
    }

    @Override
    protected Supplier<Boolean> submission() {
        String u = url.getText().strip();
        if (!u.isEmpty() && !Store.isSupportedUrl(u)) {
            throw new InvalidInputException("url", NLS.bind(Messages.database_urlUnsupported, u));
        }
        if (u.startsWith("jdbc:postgresql://") && user.getText().isBlank()) {
            throw new InvalidInputException("user", Messages.database_userMissing);
        }
        String name = user.getText().strip();
        String secret = password.getText();
        return () -> {
            IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(Store.PREFERENCE_NODE);
            if (u.isEmpty()) {
                // back to the embedded database (or whatever system properties or the file say)
                prefs.remove(Store.PREFERENCE_URL);
                prefs.remove(Store.PREFERENCE_USER);
                prefs.remove(Store.PREFERENCE_PASSWORD);
            } else {
                prefs.put(Store.PREFERENCE_URL, u);
                prefs.put(Store.PREFERENCE_USER, name);
                prefs.put(Store.PREFERENCE_PASSWORD, secret);
            }
            try {
                prefs.flush();
            } catch (BackingStoreException e) {
                throw new IllegalStateException(NLS.bind(Messages.database_notSaved, e.getMessage()), e);
            }
            return Boolean.TRUE;
        };
    }

    /** The URL field: for tests. */
    public Text urlField() {
        return url;
    }

    /** The user field: for tests. */
    public Text userField() {
        return user;
    }
}
