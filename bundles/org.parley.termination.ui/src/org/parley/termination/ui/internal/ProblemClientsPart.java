package org.parley.termination.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.UserService;
import org.parley.termination.ClassificationRules;
import org.parley.termination.ClientClassifier;
import org.parley.termination.Finding;
import org.parley.termination.TerminatedClient;
import org.parley.termination.TerminationService;
import org.parley.ui.workbench.SignedIn;
import org.parley.ui.workbench.StoreCall;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Problem clients for the department: the thresholds that classify a client (admins change them), and the report of
 * ended relationships with the evidence each rested on, where a supervisor can take one up again.
 */
public class ProblemClientsPart {

    private final ClientClassifier classifier;
    private final TerminationService terminations;
    private final UserService users;
    private String login;

    public Text window;
    public Text problemAt;
    public Text attempts;
    public Composite thresholdBox;
    public Button save;
    public Label status;
    public Table report;
    public Button reverse;
    private final Map<String, Text> thresholdFields = new HashMap<>();
    private List<TerminatedClient> ended = List.of();

    @Inject
    public ProblemClientsPart(ClientClassifier classifier, TerminationService terminations, UserService users) {
        this.classifier = classifier;
        this.terminations = terminations;
        this.users = users;
    }

    @Inject
    @Optional
    void signedIn(@Named(SignedIn.LOGIN) String login) {
        this.login = login;
        if (report != null && !report.isDisposed()) {
            refresh();
        }
    }

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Group rules = new Group(parent, SWT.NONE);
        rules.setText(Messages.pc_rules);
        rules.setLayout(new GridLayout(1, false));
        rules.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite fields = new Composite(rules, SWT.NONE);
        fields.setLayout(new GridLayout(6, false));
        window = field(fields, Messages.pc_window);
        problemAt = field(fields, Messages.pc_problemAt);
        attempts = field(fields, Messages.pc_attempts);
        Label thresholdsTitle = new Label(rules, SWT.NONE);
        thresholdsTitle.setText(Messages.pc_threshold);
        // one field per installed warning sign, two signs to a row
        thresholdBox = new Composite(rules, SWT.NONE);
        thresholdBox.setLayout(new GridLayout(4, false));
        thresholdBox.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite saveRow = new Composite(rules, SWT.NONE);
        saveRow.setLayout(new GridLayout(2, false));
        saveRow.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        status = new Label(saveRow, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        save = new Button(saveRow, SWT.PUSH);
        save.setText(Messages.pc_save);
        save.addListener(SWT.Selection, e -> save());

        Group endedGroup = new Group(parent, SWT.NONE);
        endedGroup.setText(Messages.pc_ended);
        endedGroup.setLayout(new GridLayout(1, false));
        endedGroup.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        report = new Table(endedGroup, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        report.setHeaderVisible(true);
        report.setLinesVisible(true);
        report.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        String[] headers = { Messages.pc_client, Messages.pc_endedOn, Messages.pc_endedBy, Messages.pc_reason,
                Messages.pc_evidence };
        int[] widths = { 180, 100, 110, 300, 520 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn c = new TableColumn(report, SWT.LEFT);
            c.setText(headers[i]);
            c.setWidth(widths[i]);
        }
        report.addListener(SWT.Selection, e -> reverse.setEnabled(report.getSelectionIndex() >= 0));
        reverse = new Button(endedGroup, SWT.PUSH);
        reverse.setText(Messages.pc_reverse);
        reverse.setEnabled(false);
        reverse.addListener(SWT.Selection, e -> reverse());
        refresh();
    }

    @Focus
    public void focus() {
        report.setFocus();
    }

    private record View(ClassificationRules rules, Map<String, String> labels, boolean admin,
            List<TerminatedClient> ended) {
    }

    void refresh() {
        String who = login;
        StoreCall.run(report, Messages.job_checklist, () -> {
            return new View(classifier.rules(), classifier.indicators(), who != null && users.isAdmin(who),
                    terminations.terminated());
        }, this::show);
    }

    private void show(View v) {
        ClassificationRules r = v.rules();
        window.setText(Integer.toString(r.windowDays()));
        problemAt.setText(Integer.toString(r.problemAt()));
        attempts.setText(Integer.toString(r.minimumAttempts()));
        for (org.eclipse.swt.widgets.Control c : thresholdBox.getChildren()) {
            c.dispose();
        }
        thresholdFields.clear();
        r.thresholds().keySet().stream().sorted().forEach(id -> {
            Label name = new Label(thresholdBox, SWT.NONE);
            name.setText(v.labels().getOrDefault(id, id));
            Text value = new Text(thresholdBox, SWT.BORDER);
            GridData d = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
            d.widthHint = 60;
            value.setLayoutData(d);
            value.setText(Integer.toString(r.thresholds().get(id)));
            value.setEditable(v.admin());
            thresholdFields.put(id, value);
        });
        for (Text t : new Text[] { window, problemAt, attempts }) {
            t.setEditable(v.admin());
        }
        save.setEnabled(v.admin());
        status.setText(v.admin() ? Messages.pc_help : Messages.pc_readOnly);
        status.setForeground(null);
        ended = v.ended();
        report.removeAll();
        for (TerminatedClient t : ended) {
            StringBuilder evidence = new StringBuilder();
            for (Finding f : t.evidence()) {
                evidence.append(evidence.length() == 0 ? "" : "; ").append(f.label()).append(" (").append(f.count())
                        .append(')');
            }
            new TableItem(report, SWT.NONE).setText(new String[] { t.clientName(), EvidenceTable.DAY.format(t.endedAt()),
                    t.endedBy(), t.reason() + (t.overrideReason() == null ? "" : " \u2014 " + NLS.bind(
                            Messages.check_overridden, t.overrideReason())), evidence.toString() });
        }
        reverse.setEnabled(false);
        report.getParent().getParent().layout(true, true);
    }

    private void save() {
        ClassificationRules r;
        try {
            Map<String, Integer> values = new HashMap<>();
            for (Map.Entry<String, Text> e : thresholdFields.entrySet()) {
                values.put(e.getKey(), whole(e.getKey(), e.getValue().getText()));
            }
            r = new ClassificationRules(whole(Messages.pc_window, window.getText()),
                    whole(Messages.pc_problemAt, problemAt.getText()), values,
                    whole(Messages.pc_attempts, attempts.getText()));
        } catch (InvalidInputException e) {
            error(e.getMessage());
            return;
        }
        StoreCall.run(report, Messages.job_saving, () -> classifier.saveRules(r), saved -> {
            refresh();
            status.setText(Messages.pc_saved);
        }, e -> error(e.getMessage()));
    }

    private void reverse() {
        int i = report.getSelectionIndex();
        if (i < 0 || i >= ended.size()) {
            return;
        }
        TerminatedClient t = ended.get(i);
        InputDialog d = new InputDialog(report.getShell(), Messages.check_reverseTitle, Messages.check_reverseMessage,
                "", s -> s.isBlank() ? Messages.reason_required : null);
        if (d.open() == Window.OK) {
            String reason = d.getValue();
            StoreCall.run(report, Messages.job_saving, () -> terminations.reverse(t.clientId(), reason),
                    x -> refresh());
        }
    }

    private void error(String message) {
        status.setText(message);
        status.setForeground(status.getDisplay().getSystemColor(SWT.COLOR_RED));
        status.getParent().layout(true);
    }

    private static int whole(String label, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("rules", NLS.bind(Messages.pc_notANumber, label, text.strip()));
        }
    }

    private static Text field(Composite parent, String label) {
        new Label(parent, SWT.NONE).setText(label);
        Text t = new Text(parent, SWT.BORDER);
        GridData d = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
        d.widthHint = 70;
        t.setLayoutData(d);
        return t;
    }
}
