package org.parley.complaints.ui.internal.settings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.parley.complaints.ClosingTemplate;
import org.parley.complaints.DeadlinePolicy;
import org.parley.complaints.DeadlineService;
import org.parley.complaints.EscalationLevel;
import org.parley.complaints.EscalationService;
import org.parley.complaints.InvestigationService;
import org.parley.complaints.Outcome;
import org.parley.complaints.ResolutionService;
import org.parley.complaints.RootCause;
import org.parley.complaints.WorkCalendar;
import org.parley.complaints.ui.internal.Labels;
import org.parley.complaints.ui.internal.Messages;
import org.parley.complaints.ui.internal.PageLayout;
import org.parley.core.model.Language;
import org.parley.core.model.Role;
import org.parley.core.model.Severity;
import org.parley.core.model.User;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.UserService;
import org.parley.ui.api.CaseText;
import org.parley.ui.workbench.StoreCall;

/**
 * Complaint settings for administrators, one tab each: deadline policies, the working calendar, the levels, the
 * root-cause categories and the closing-message templates. Every "Save" stores its tab in the background; a
 * refusal is shown above the tabs and nothing typed is lost.
 */
public class SettingsDialog extends TitleAreaDialog {

    /** Everything the tabs show, read in one go. */
    public record Settings(List<DeadlinePolicy> policies, WorkCalendar calendar, List<EscalationLevel> levels,
            List<RootCause> causes, List<ClosingTemplate> templates, boolean admin) {
    }

    private final DeadlineService deadlines;
    private final EscalationService escalation;
    private final InvestigationService investigations;
    private final ResolutionService resolutions;
    private final Settings settings;
    private final Locale locale = Locale.getDefault();

    private Table policies;
    private Combo policyChannel;
    private Combo policySeverity;
    private Spinner[] policyHours = new Spinner[3];
    private Text zone;
    private Button[] days = new Button[7];
    private Spinner dayStart;
    private Spinner dayEnd;
    private Table holidays;
    private DateTime holidayDate;
    private Text holidayName;
    private Text levels;
    private Table causes;
    private Text causeCode;
    private Text causeName;
    private Combo templateOutcome;
    private Combo templateLanguage;
    private Text templateBody;
    private TabFolder tabs;

    public SettingsDialog(Shell parent, DeadlineService deadlines, EscalationService escalation,
            InvestigationService investigations, ResolutionService resolutions, Settings settings) {
        super(parent);
        this.deadlines = deadlines;
        this.escalation = escalation;
        this.investigations = investigations;
        this.resolutions = resolutions;
        this.settings = settings;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** Reads every tab's settings and whether {@code login} may change them (the services check it again). */
    public static Settings read(DeadlineService deadlines, EscalationService escalation,
            InvestigationService investigations, ResolutionService resolutions, UserService users, String login) {
        boolean admin = login != null && users.find(login).filter(User::isActive).map(u -> u.getRole() == Role.ADMIN)
                .orElse(false);
        return new Settings(deadlines.policies(), deadlines.calendar(), escalation.levels(), investigations.rootCauses(),
                resolutions.templates(), admin);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.settings_title);
    }

    @Override
    protected Point getInitialSize() {
        return new Point(900, 700);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.CLOSE_ID) {
            close();
        }
        super.buttonPressed(id);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.settings_title);
        setMessage(Messages.settings_description);
        tabs = new TabFolder(area, SWT.TOP);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        policiesTab();
        calendarTab();
        levelsTab();
        causesTab();
        templatesTab();
        if (!settings.admin()) {
            // non-admins may read how deadlines are counted, but not change them
            setMessage(Messages.settings_readOnly, org.eclipse.jface.dialogs.IMessageProvider.WARNING);
            for (TabItem item : tabs.getItems()) {
                readOnly(item.getControl());
            }
        }
        return area;
    }

    private static void readOnly(Control control) {
        if (control instanceof Text t) {
            t.setEditable(false);
        } else if (control instanceof Composite parent && !(control instanceof Table)) {
            for (Control child : parent.getChildren()) {
                readOnly(child);
            }
        } else if (control instanceof Button || control instanceof Combo || control instanceof Spinner
                || control instanceof DateTime) {
            control.setEnabled(false);
        }
    }

    private Composite tab(String label, int columns) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(label);
        Composite c = new Composite(tabs, SWT.NONE);
        GridLayout layout = new GridLayout(columns, false);
        layout.marginWidth = 10;
        layout.marginHeight = 10;
        c.setLayout(layout);
        item.setControl(c);
        return c;
    }

    private void save(String what, Supplier<?> work, Runnable done) {
        setErrorMessage(null);
        StoreCall.run(tabs, NLS.bind(Messages.settings_saving, what), work, r -> {
            setMessage(NLS.bind(Messages.settings_saved, what));
            if (done != null) {
                done.run();
            }
        }, e -> setErrorMessage(e.getMessage()));
    }

    private void policiesTab() {
        Composite c = tab(Messages.settings_policies, 2);
        Label hint = new Label(c, SWT.WRAP);
        hint.setText(Messages.settings_policiesHint);
        hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        policies = PageLayout.table(c, 2, 6, new String[] { Messages.settings_channel, Messages.settings_severity,
                Messages.settings_acknowledge, Messages.settings_callBack, Messages.settings_resolve },
                new int[] { 160, 120, 190, 170, 170 });
        showPolicies(settings.policies());
        new Label(c, SWT.NONE).setText(Messages.settings_channel);
        policyChannel = new Combo(c, SWT.NONE);
        policyChannel.add(Messages.settings_any);
        for (org.parley.core.model.StandardChannel ch : org.parley.core.model.StandardChannel.values()) {
            policyChannel.add(ch.code());
        }
        policyChannel.select(0);
        new Label(c, SWT.NONE).setText(Messages.settings_severity);
        policySeverity = new Combo(c, SWT.READ_ONLY);
        policySeverity.add(Messages.settings_any);
        for (Severity s : Severity.values()) {
            policySeverity.add(CaseText.severity(s, locale));
        }
        policySeverity.select(0);
        String[] labels = { Messages.settings_acknowledge, Messages.settings_callBack, Messages.settings_resolve };
        int[] defaults = { 4, 8, 80 };
        for (int i = 0; i < 3; i++) {
            new Label(c, SWT.NONE).setText(labels[i]);
            Composite row = new Composite(c, SWT.NONE);
            GridLayout rowLayout = new GridLayout(2, false);
            rowLayout.marginWidth = 0;
            rowLayout.marginHeight = 0;
            row.setLayout(rowLayout);
            policyHours[i] = new Spinner(row, SWT.BORDER);
            policyHours[i].setValues(defaults[i], 1, 2000, 0, 1, 8);
            new Label(row, SWT.NONE).setText(Messages.settings_workingHours);
        }
        policies.addListener(SWT.Selection, e -> policyChosen());
        Composite buttons = new Composite(c, SWT.NONE);
        buttons.setLayout(new GridLayout(3, false));
        buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false, 2, 1));
        Button add = new Button(buttons, SWT.PUSH);
        add.setText(Messages.settings_policyAdd);
        add.addListener(SWT.Selection, e -> savePolicy(null));
        Button change = new Button(buttons, SWT.PUSH);
        change.setText(Messages.settings_policyChange);
        change.setToolTipText(Messages.settings_policyChangeTip);
        change.addListener(SWT.Selection, e -> {
            int i = policies.getSelectionIndex();
            if (i >= 0) {
                savePolicy((DeadlinePolicy) policies.getItem(i).getData());
            }
        });
        Button delete = new Button(buttons, SWT.PUSH);
        delete.setText(Messages.settings_policyDelete);
        delete.addListener(SWT.Selection, e -> {
            int i = policies.getSelectionIndex();
            if (i >= 0) {
                long id = ((DeadlinePolicy) policies.getItem(i).getData()).id();
                save(Messages.settings_policies, () -> {
                    deadlines.deletePolicy(id);
                    return null;
                }, () -> reloadPolicies());
            }
        });
    }

    /** The selected policy's values go into the fields below the table, ready to be changed. */
    private void policyChosen() {
        int i = policies.getSelectionIndex();
        if (i < 0) {
            return;
        }
        DeadlinePolicy p = (DeadlinePolicy) policies.getItem(i).getData();
        if (p.channel() == null) {
            policyChannel.select(0);
        } else {
            policyChannel.setText(p.channel());
        }
        policySeverity.select(p.severity() == null ? 0 : p.severity().ordinal() + 1);
        int[] minutes = { p.acknowledgeMinutes(), p.firstCallbackMinutes(), p.resolveMinutes() };
        for (int k = 0; k < 3; k++) {
            policyHours[k].setSelection(Math.max(1, Math.round(minutes[k] / 60f)));
        }
    }

    /** Stores the fields as a new policy ({@code changed} null) or as the new values of {@code changed}. */
    private void savePolicy(DeadlinePolicy changed) {
        String typed = policyChannel.getText().strip();
        String channel = policyChannel.getSelectionIndex() == 0 || typed.isEmpty()
                || typed.equals(Messages.settings_any) ? null : typed;
        int sv = policySeverity.getSelectionIndex();
        DeadlinePolicy p = new DeadlinePolicy(changed == null ? 0 : changed.id(), changed == null ? 0 : changed.version(),
                channel, sv <= 0 ? null : Severity.values()[sv - 1], policyHours[0].getSelection() * 60,
                policyHours[1].getSelection() * 60, policyHours[2].getSelection() * 60);
        save(Messages.settings_policies, () -> deadlines.savePolicy(p), () -> reloadPolicies());
    }

    private void reloadPolicies() {
        StoreCall.run(policies, Messages.settings_title, deadlines::policies, this::showPolicies);
    }

    private void showPolicies(List<DeadlinePolicy> list) {
        // the policy being edited stays selected, so "Save changes" can be pressed again after a refusal
        int was = policies.getSelectionIndex();
        long selectedId = was < 0 ? 0 : ((DeadlinePolicy) policies.getItem(was).getData()).id();
        policies.removeAll();
        for (DeadlinePolicy p : list) {
            TableItem item = new TableItem(policies, SWT.NONE);
            item.setData(p);
            if (p.id() == selectedId) {
                policies.select(policies.getItemCount() - 1);
            }
            item.setText(new String[] { p.channel() == null ? Messages.settings_any : p.channel(),
                    p.severity() == null ? Messages.settings_any : CaseText.severity(p.severity(), locale),
                    hours(p.acknowledgeMinutes()), hours(p.firstCallbackMinutes()), hours(p.resolveMinutes()) });
        }
    }

    private static String hours(int minutes) {
        return NLS.bind(Messages.settings_hours, minutes % 60 == 0 ? Integer.toString(minutes / 60)
                : String.format(Locale.ROOT, "%.1f", minutes / 60.0));
    }

    private void calendarTab() {
        Composite c = tab(Messages.settings_calendar, 2);
        WorkCalendar cal = settings.calendar();
        new Label(c, SWT.NONE).setText(Messages.settings_zone);
        zone = new Text(c, SWT.BORDER);
        zone.setText(cal.zone().getId());
        zone.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(c, SWT.NONE).setText(Messages.settings_days);
        Composite dayRow = new Composite(c, SWT.NONE);
        dayRow.setLayout(new GridLayout(7, false));
        for (DayOfWeek d : DayOfWeek.values()) {
            days[d.ordinal()] = new Button(dayRow, SWT.CHECK);
            days[d.ordinal()].setText(d.getDisplayName(TextStyle.SHORT, locale));
            days[d.ordinal()].setSelection(cal.workingDays().contains(d));
        }
        new Label(c, SWT.NONE).setText(Messages.settings_hoursOfDay);
        Composite hoursRow = new Composite(c, SWT.NONE);
        hoursRow.setLayout(new GridLayout(3, false));
        dayStart = new Spinner(hoursRow, SWT.BORDER);
        dayStart.setValues(cal.dayStart().getHour(), 0, 23, 0, 1, 4);
        new Label(hoursRow, SWT.NONE).setText("\u2013");
        dayEnd = new Spinner(hoursRow, SWT.BORDER);
        dayEnd.setValues(cal.dayEnd().getHour() == 0 ? 24 : cal.dayEnd().getHour(), 1, 24, 0, 1, 4);
        Label holidaysLabel = new Label(c, SWT.NONE);
        holidaysLabel.setText(Messages.settings_holidays);
        holidaysLabel.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
        Composite box = new Composite(c, SWT.NONE);
        GridLayout boxLayout = new GridLayout(4, false);
        boxLayout.marginWidth = 0;
        boxLayout.marginHeight = 0;
        box.setLayout(boxLayout);
        box.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        holidays = PageLayout.table(box, 4, 0, new String[] { Messages.settings_holidayDate, Messages.settings_holidayName },
                new int[] { 140, 360 });
        cal.holidays().forEach(this::putHoliday);
        holidayDate = new DateTime(box, SWT.DATE | SWT.MEDIUM | SWT.DROP_DOWN | SWT.BORDER);
        holidayName = new Text(box, SWT.BORDER);
        holidayName.setMessage(Messages.settings_holidayName);
        holidayName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button addHoliday = new Button(box, SWT.PUSH);
        addHoliday.setText(Messages.settings_holidayAdd);
        addHoliday.addListener(SWT.Selection, e -> putHoliday(LocalDate.of(holidayDate.getYear(), holidayDate.getMonth() + 1,
                holidayDate.getDay()), holidayName.getText().strip()));
        Button removeHoliday = new Button(box, SWT.PUSH);
        removeHoliday.setText(Messages.settings_holidayRemove);
        removeHoliday.addListener(SWT.Selection, e -> {
            if (holidays.getSelectionIndex() >= 0) {
                holidays.remove(holidays.getSelectionIndex());
            }
        });
        button(c, Messages.settings_save, () -> {
            WorkCalendar changed;
            try {
                changed = calendar();
            } catch (InvalidInputException ex) {
                setErrorMessage(ex.getMessage());
                return;
            }
            save(Messages.settings_calendar, () -> deadlines.saveCalendar(changed), null);
        });
    }

    /** Adds a holiday to the list in date order, or renames it when the date is listed already. */
    private void putHoliday(LocalDate day, String name) {
        int at = 0;
        for (TableItem item : holidays.getItems()) {
            int order = ((LocalDate) item.getData()).compareTo(day);
            if (order == 0) {
                item.setText(1, name);
                return;
            }
            if (order > 0) {
                break;
            }
            at++;
        }
        TableItem item = new TableItem(holidays, SWT.NONE, at);
        item.setData(day);
        item.setText(new String[] { day.toString(), name });
    }

    /** The calendar as entered; a malformed zone is refused naming the field. */
    private WorkCalendar calendar() {
        ZoneId z;
        try {
            z = ZoneId.of(zone.getText().strip());
        } catch (RuntimeException e) {
            throw new InvalidInputException("zone", NLS.bind(Messages.settings_badZone, zone.getText()));
        }
        Set<DayOfWeek> working = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (days[d.ordinal()].getSelection()) {
                working.add(d);
            }
        }
        TreeMap<LocalDate, String> free = new TreeMap<>();
        for (TableItem item : holidays.getItems()) {
            free.put((LocalDate) item.getData(), item.getText(1));
        }
        LocalTime end = dayEnd.getSelection() == 24 ? LocalTime.of(23, 59) : LocalTime.of(dayEnd.getSelection(), 0);
        return new WorkCalendar(z, working, LocalTime.of(dayStart.getSelection(), 0), end, free);
    }

    private void levelsTab() {
        Composite c = tab(Messages.settings_levels, 1);
        Label hint = new Label(c, SWT.WRAP);
        hint.setText(Messages.settings_levelsHint);
        hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        levels = new Text(c, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        levels.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        StringBuilder text = new StringBuilder();
        settings.levels().forEach(l -> text.append(l.name()).append('\n'));
        levels.setText(text.toString());
        button(c, Messages.settings_save, () -> {
            List<EscalationLevel> list = new ArrayList<>();
            for (String line : levels.getText().split("\\R")) {
                if (!line.isBlank()) {
                    list.add(new EscalationLevel(list.size(), line.strip()));
                }
            }
            save(Messages.settings_levels, () -> escalation.saveLevels(list), null);
        });
    }

    private void causesTab() {
        Composite c = tab(Messages.settings_causes, 4);
        Label hint = new Label(c, SWT.WRAP);
        hint.setText(Messages.settings_causesTableHint);
        hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        causes = new Table(c, SWT.BORDER | SWT.CHECK | SWT.FULL_SELECTION | SWT.SINGLE);
        causes.setHeaderVisible(true);
        causes.setLinesVisible(true);
        causes.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        String[] headers = { Messages.settings_causeCode, Messages.settings_causeName };
        int[] widths = { 220, 420 };
        for (int i = 0; i < headers.length; i++) {
            org.eclipse.swt.widgets.TableColumn column = new org.eclipse.swt.widgets.TableColumn(causes, SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        settings.causes().forEach(r -> putCause(r.code(), r.name(), r.active()));
        causes.addListener(SWT.Selection, e -> {
            int i = causes.getSelectionIndex();
            if (i >= 0) {
                causeCode.setText(causes.getItem(i).getText(0));
                causeName.setText(causes.getItem(i).getText(1));
            }
        });
        new Label(c, SWT.NONE).setText(Messages.settings_causeCode);
        causeCode = new Text(c, SWT.BORDER);
        causeCode.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        ((GridData) causeCode.getLayoutData()).widthHint = 160;
        new Label(c, SWT.NONE).setText(Messages.settings_causeName);
        causeName = new Text(c, SWT.BORDER);
        causeName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Composite buttons = new Composite(c, SWT.NONE);
        buttons.setLayout(new GridLayout(2, false));
        buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false, 4, 1));
        Button put = new Button(buttons, SWT.PUSH);
        put.setText(Messages.settings_causeAdd);
        put.addListener(SWT.Selection, e -> putCause(causeCode.getText().strip(), causeName.getText().strip(), true));
        Button save = new Button(buttons, SWT.PUSH);
        save.setText(Messages.settings_save);
        save.addListener(SWT.Selection, e -> {
            List<RootCause> list = new ArrayList<>();
            for (TableItem item : causes.getItems()) {
                list.add(new RootCause(item.getText(0), item.getText(1), item.getChecked()));
            }
            save(Messages.settings_causes, () -> investigations.saveRootCauses(list), null);
        });
    }

    /** Adds a category (ticked: active), or renames the one with this code; the service checks the code. */
    private void putCause(String code, String name, boolean active) {
        for (TableItem item : causes.getItems()) {
            if (item.getText(0).equals(code)) {
                item.setText(1, name);
                return;
            }
        }
        TableItem item = new TableItem(causes, SWT.NONE);
        item.setText(new String[] { code, name });
        item.setChecked(active);
    }

    private void templatesTab() {
        Composite c = tab(Messages.settings_templates, 4);
        new Label(c, SWT.NONE).setText(Messages.settings_outcome);
        templateOutcome = new Combo(c, SWT.READ_ONLY);
        for (Outcome o : Outcome.values()) {
            templateOutcome.add(Labels.outcome(o));
        }
        new Label(c, SWT.NONE).setText(Messages.settings_language);
        templateLanguage = new Combo(c, SWT.READ_ONLY);
        for (Language l : Language.values()) {
            templateLanguage.add(l.locale().getDisplayLanguage(locale));
        }
        templateOutcome.select(0);
        templateLanguage.select(0);
        Label hint = new Label(c, SWT.WRAP);
        hint.setText(Messages.settings_placeholders);
        hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        templateBody = new Text(c, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        templateBody.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        templateOutcome.addListener(SWT.Selection, e -> showTemplate(settings.templates()));
        templateLanguage.addListener(SWT.Selection, e -> showTemplate(settings.templates()));
        showTemplate(settings.templates());
        Composite buttons = new Composite(c, SWT.NONE);
        buttons.setLayout(new GridLayout(2, false));
        buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false, 4, 1));
        Button save = new Button(buttons, SWT.PUSH);
        save.setText(Messages.settings_save);
        save.addListener(SWT.Selection, e -> {
            Outcome o = Outcome.values()[templateOutcome.getSelectionIndex()];
            Language l = Language.values()[templateLanguage.getSelectionIndex()];
            String body = templateBody.getText();
            save(Messages.settings_templates, () -> resolutions.saveTemplate(o, l, body), null);
        });
        Button reset = new Button(buttons, SWT.PUSH);
        reset.setText(Messages.settings_reset);
        reset.addListener(SWT.Selection, e -> {
            Outcome o = Outcome.values()[templateOutcome.getSelectionIndex()];
            Language l = Language.values()[templateLanguage.getSelectionIndex()];
            StoreCall.run(templateBody, Messages.settings_templates, () -> resolutions.resetTemplate(o, l),
                    t -> templateBody.setText(t.body()), ex -> setErrorMessage(ex.getMessage()));
        });
    }

    private void showTemplate(List<ClosingTemplate> all) {
        Outcome o = Outcome.values()[templateOutcome.getSelectionIndex()];
        Language l = Language.values()[templateLanguage.getSelectionIndex()];
        all.stream().filter(t -> t.outcome() == o && t.language() == l).findFirst()
                .ifPresent(t -> templateBody.setText(t.body()));
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        GridData data = new GridData(SWT.END, SWT.CENTER, true, false);
        data.horizontalSpan = ((GridLayout) parent.getLayout()).numColumns;
        b.setLayoutData(data);
        b.addListener(SWT.Selection, e -> action.run());
    }

    /** The policy table: for tests. */
    public Table policyTable() {
        return policies;
    }

    /** The fields of the policy being added or changed, and the buttons: for tests. */
    public Spinner[] policyHours() {
        return policyHours;
    }

    /** The holidays and the root-cause categories as listed: for tests. */
    public Table holidayTable() {
        return holidays;
    }

    public Table causeTable() {
        return causes;
    }

    public TabFolder tabs() {
        return tabs;
    }
}
