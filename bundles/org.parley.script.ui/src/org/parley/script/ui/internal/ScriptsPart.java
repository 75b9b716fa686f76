package org.parley.script.ui.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.parley.core.model.Language;
import org.parley.core.service.UserService;
import org.parley.script.ScriptLibrary;
import org.parley.script.ScriptRules;
import org.parley.script.StoredScript;
import org.parley.script.ToneRules;
import org.parley.ui.api.CaseText;
import org.parley.ui.workbench.SignedIn;
import org.parley.ui.workbench.StoreCall;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The department's script library: every script in every language with its newest version. Admins create, edit,
 * translate, import, export and retire scripts and reword the tone rules; everyone else reads and exports.
 */
public class ScriptsPart {

    private final ScriptLibrary library;
    private final ScriptRules rules;
    private final ToneRules tone;
    private final UserService users;
    private String login;
    private boolean admin;

    Table table;
    Label note;
    Button create;
    Button edit;
    Button translate;
    Button versions;
    Button importFile;
    Button exportFile;
    Button retire;
    Button toneRules;
    List<StoredScript> shown = List.of();

    @Inject
    public ScriptsPart(ScriptLibrary library, ScriptRules rules, ToneRules tone, UserService users) {
        this.library = library;
        this.rules = rules;
        this.tone = tone;
        this.users = users;
    }

    @Inject
    @Optional
    void signedIn(@Named(SignedIn.LOGIN) String login) {
        this.login = login;
        if (table != null && !table.isDisposed()) {
            refresh();
        }
    }

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        note = new Label(parent, SWT.WRAP);
        note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new GridLayout(8, false));
        create = button(buttons, Messages.lib_new, Messages.lib_newTip, this::createScript);
        edit = button(buttons, Messages.lib_edit, Messages.lib_editTip, this::editSelected);
        translate = button(buttons, Messages.lib_translate, Messages.lib_translateTip, this::translateSelected);
        versions = button(buttons, Messages.lib_versions, Messages.lib_versionsTip, this::showVersions);
        importFile = button(buttons, Messages.lib_import, Messages.lib_importTip, this::importScript);
        exportFile = button(buttons, Messages.lib_export, Messages.lib_exportTip, this::exportSelected);
        retire = button(buttons, Messages.lib_retire, Messages.lib_retireTip, this::retireSelected);
        toneRules = button(buttons, Messages.lib_tone, Messages.lib_toneTip, this::editToneRules);

        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        String[] headers = { Messages.lib_colTitle, Messages.lib_colCode, Messages.lib_colLanguage,
                Messages.lib_colVersion, Messages.lib_colState, Messages.lib_colSavedBy, Messages.lib_colSaved };
        int[] widths = { 260, 160, 100, 75, 90, 90, 140 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(headers[i]);
            c.setWidth(widths[i]);
        }
        table.addListener(SWT.Selection, e -> enable());
        table.addListener(SWT.DefaultSelection, e -> editSelected());
        enable();
        refresh();
    }

    @Focus
    public void focus() {
        table.setFocus();
    }

    /** Reads the library again in the background. */
    public void refresh() {
        String who = login;
        StoreCall.run(table, Messages.lib_loading, () -> {
            boolean isAdmin = who != null && users.isAdmin(who);
            return new Object[] { library.latest(), isAdmin };
        }, result -> {
            @SuppressWarnings("unchecked")
            List<StoredScript> list = (List<StoredScript>) result[0];
            admin = (Boolean) result[1];
            note.setText(admin ? Messages.lib_adminNote : Messages.lib_readOnlyNote);
            StoredScript selected = selected();
            shown = list;
            table.removeAll();
            for (StoredScript s : list) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] { s.script().title(), s.code(),
                        s.script().language().locale().getDisplayLanguage(Locale.getDefault()),
                        Integer.toString(s.version()), s.retired() ? Messages.lib_retired : Messages.lib_inUse,
                        s.savedBy(), CaseText.dateTime(s.savedAt(), Locale.getDefault()) });
                if (selected != null && selected.code().equals(s.code())
                        && selected.script().language() == s.script().language()) {
                    table.setSelection(item);
                }
            }
            enable();
            note.getParent().layout(true, true);
        });
    }

    StoredScript selected() {
        int i = table == null ? -1 : table.getSelectionIndex();
        return i < 0 || i >= shown.size() ? null : shown.get(i);
    }

    private void enable() {
        StoredScript s = selected();
        create.setEnabled(admin);
        edit.setEnabled(s != null);
        edit.setText(admin ? Messages.lib_edit : Messages.lib_view);
        translate.setEnabled(admin && s != null && missingLanguages(s).size() > 0);
        versions.setEnabled(s != null);
        importFile.setEnabled(admin);
        exportFile.setEnabled(s != null);
        retire.setEnabled(admin && s != null);
        retire.setText(s != null && s.retired() ? Messages.lib_reinstate : Messages.lib_retire);
        toneRules.setEnabled(true);
        edit.getParent().layout(true);
    }

    private List<Language> missingLanguages(StoredScript s) {
        List<Language> missing = new ArrayList<>(List.of(Language.values()));
        for (StoredScript other : shown) {
            if (other.code().equals(s.code())) {
                missing.remove(other.script().language());
            }
        }
        return missing;
    }

    private void createScript() {
        if (new ScriptEditorDialog(table.getShell(), library, rules, null, null, false).open() == 0) {
            refresh();
        }
    }

    private void editSelected() {
        StoredScript s = selected();
        if (s != null && new ScriptEditorDialog(table.getShell(), library, rules, s, null, !admin).open() == 0) {
            refresh();
        }
    }

    private void translateSelected() {
        StoredScript s = selected();
        if (s == null) {
            return;
        }
        List<Language> missing = missingLanguages(s);
        Language target = LanguageChoice.ask(table.getShell(), NLS.bind(Messages.lib_translateTo, s.script().title()),
                missing);
        if (target != null
                && new ScriptEditorDialog(table.getShell(), library, rules, s, target, false).open() == 0) {
            refresh();
        }
    }

    private void showVersions() {
        StoredScript s = selected();
        if (s != null) {
            new VersionsDialog(table.getShell(), library, s).open();
        }
    }

    private void importScript() {
        FileDialog dialog = new FileDialog(table.getShell(), SWT.OPEN);
        dialog.setText(Messages.lib_importTitle);
        dialog.setFilterExtensions(new String[] { "*.script", "*.*" });
        String file = dialog.open();
        if (file == null) {
            return;
        }
        Path path = Path.of(file);
        StoreCall.run(table, Messages.lib_importing, () -> {
            try {
                return library.importFile(path.getFileName().toString(),
                        Files.readString(path, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, saved -> {
            MessageDialog.openInformation(table.getShell(), Messages.lib_importTitle, NLS.bind(Messages.lib_imported,
                    new Object[] { saved.script().title(), saved.script().language().code(), saved.version() }));
            refresh();
        });
    }

    private void exportSelected() {
        StoredScript s = selected();
        if (s == null) {
            return;
        }
        FileDialog dialog = new FileDialog(table.getShell(), SWT.SAVE);
        dialog.setText(Messages.lib_exportTitle);
        dialog.setFilterExtensions(new String[] { "*.script" });
        dialog.setFileName(s.code() + "_" + s.script().language().code() + ".script");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file == null) {
            return;
        }
        exportTo(s, Path.of(file));
    }

    /** Writes the script file next to its target first, so a failed export leaves no half-written file. */
    void exportTo(StoredScript s, Path target) {
        StoreCall.run(table, Messages.lib_exporting, () -> {
            try {
                Path partial = target.resolveSibling(target.getFileName() + ".partial");
                Files.writeString(partial, library.export(s.script()), StandardCharsets.UTF_8);
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return target;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, written -> note.setText(NLS.bind(Messages.lib_exported, written)));
    }

    private void retireSelected() {
        StoredScript s = selected();
        if (s == null) {
            return;
        }
        boolean retiring = !s.retired();
        if (retiring && !MessageDialog.openConfirm(table.getShell(), Messages.lib_retireTitle,
                NLS.bind(Messages.lib_retireConfirm, s.script().title(), s.script().language().code()))) {
            return;
        }
        StoreCall.run(table, Messages.lib_retiring, () -> {
            library.retire(s.code(), s.script().language(), retiring);
            return s;
        }, done -> refresh());
    }

    private void editToneRules() {
        new ToneRulesDialog(table.getShell(), tone, admin).open();
    }

    private static Button button(Composite parent, String text, String tip, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setToolTipText(tip);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }
}
