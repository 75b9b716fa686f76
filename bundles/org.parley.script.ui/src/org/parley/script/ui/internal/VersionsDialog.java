package org.parley.script.ui.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.parley.script.ScriptLibrary;
import org.parley.script.StoredScript;
import org.parley.ui.api.CaseText;
import org.parley.ui.workbench.StoreCall;

/** Every saved version of a script in one language, each readable as its file, retired ones included. */
final class VersionsDialog extends Dialog {

    private final ScriptLibrary library;
    private final StoredScript script;
    private List<StoredScript> versions = List.of();
    private Table table;
    private Text text;

    VersionsDialog(Shell parent, ScriptLibrary library, StoredScript script) {
        super(parent);
        this.library = library;
        this.script = script;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.ver_title, script.script().title(), script.script().language().code()));
    }

    @Override
    protected Point getInitialSize() {
        return new Point(860, 640);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.TOP, true, false);
        tableData.heightHint = 120;
        table.setLayoutData(tableData);
        String[] headers = { Messages.lib_colVersion, Messages.lib_colTitle, Messages.lib_colSavedBy,
                Messages.lib_colSaved, Messages.lib_colState };
        int[] widths = { 70, 300, 110, 150, 90 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(headers[i]);
            c.setWidth(widths[i]);
        }
        text = new Text(area, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.READ_ONLY);
        text.setFont(JFaceResources.getTextFont());
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.addListener(SWT.Selection, e -> show());
        StoreCall.run(table, Messages.lib_loading, () -> library.versions(script.code(), script.script().language()),
                list -> {
                    versions = list;
                    for (StoredScript v : list) {
                        new TableItem(table, SWT.NONE).setText(new String[] { Integer.toString(v.version()),
                                v.script().title(), v.savedBy(), CaseText.dateTime(v.savedAt(), Locale.getDefault()),
                                v.retired() ? Messages.lib_retired : Messages.lib_inUse });
                    }
                    table.select(list.size() - 1);
                    show();
                });
        return area;
    }

    private void show() {
        int i = table.getSelectionIndex();
        text.setText(i < 0 ? "" : library.export(versions.get(i).script()));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, Messages.ed_close, true);
    }

    @Override
    protected void buttonPressed(int id) {
        close();
    }
}
