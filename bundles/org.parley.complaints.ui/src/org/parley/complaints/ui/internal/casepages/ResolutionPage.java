package org.parley.complaints.ui.internal.casepages;

import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.parley.complaints.InvestigationService;
import org.parley.complaints.Lesson;
import org.parley.complaints.LessonService;
import org.parley.complaints.Outcome;
import org.parley.complaints.Resolution;
import org.parley.complaints.ResolutionDraft;
import org.parley.complaints.ResolutionService;
import org.parley.complaints.RootCause;
import org.parley.complaints.ui.internal.Format;
import org.parley.complaints.ui.internal.Labels;
import org.parley.complaints.ui.internal.Messages;
import org.parley.complaints.ui.internal.PageLayout;
import org.parley.complaints.ui.internal.lessons.LessonDialog;
import org.parley.core.model.Case;
import org.parley.core.model.User;
import org.parley.core.service.InvalidInputException;
import org.parley.core.service.UserService;
import org.parley.script.ToneCheck;
import org.parley.script.ui.ToneHints;
import org.parley.ui.api.CaseEditorPage;
import org.parley.ui.api.CasePageContext;
import org.parley.ui.workbench.StoreCall;

/**
 * The case editor's "Resolution" tab: the outcome with only the fields it needs, the lesson the case feeds, the
 * closing message drafted in the client's language and edited by the agent, and closing the case.
 */
@Component(service = CaseEditorPage.class)
public class ResolutionPage implements CaseEditorPage {

    /** @param remedy what the client accepted (a gesture, for instance), to fill the remedy fields; may be null */
    record View(Resolution resolution, List<Lesson> lessons, List<RootCause> causes, List<User> users,
            org.parley.complaints.extension.RemedySource.Remedy remedy) {
    }

    private final ResolutionService resolutions;
    private final LessonService lessons;
    private final InvestigationService investigations;
    private final UserService users;
    private volatile ToneCheck tone;

    @Activate
    public ResolutionPage(@Reference ResolutionService resolutions, @Reference LessonService lessons,
            @Reference InvestigationService investigations, @Reference UserService users) {
        this.resolutions = resolutions;
        this.lessons = lessons;
        this.investigations = investigations;
        this.users = users;
    }

    /** The tone check, when one is installed: the closing message is checked as it is written. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setTone(ToneCheck check) {
        this.tone = check;
    }

    public void unsetTone(ToneCheck gone) {
        if (this.tone == gone) {
            this.tone = null;
        }
    }

    @Override
    public String id() {
        return "org.parley.complaints.ui.page.resolution";
    }

    @Override
    public String label(Locale locale) {
        return Messages.res_page;
    }

    @Override
    public int rank() {
        return 120;
    }

    static final class Controls {
        Composite page;
        Label state;
        Button[] outcomes = new Button[Outcome.values().length];
        Composite fields;
        Label remedyLabel;
        Text remedy;
        Label remedyUseLabel;
        Text remedyUse;
        Label explanationLabel;
        Text explanation;
        Label justificationLabel;
        Text justification;
        Text changes;
        Combo lesson;
        Link newLesson;
        Button draft;
        Text message;
        ToneHints tone;
        Button closeCase;
        View view;
    }

    @Override
    public Control createControl(Composite parent, CasePageContext context) {
        Controls c = new Controls();
        c.page = PageLayout.page(parent, 2);
        c.page.setData(c);
        c.state = new Label(c.page, SWT.WRAP);
        c.state.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(c.page, SWT.NONE).setText(Messages.res_outcome);
        Composite radios = new Composite(c.page, SWT.NONE);
        radios.setLayout(new GridLayout(4, false));
        for (Outcome o : Outcome.values()) {
            Button b = new Button(radios, SWT.RADIO);
            b.setText(Labels.outcome(o));
            b.addListener(SWT.Selection, e -> outcomeChosen(c));
            c.outcomes[o.ordinal()] = b;
        }
        c.outcomes[0].setSelection(true);
        c.remedyLabel = label(c.page, Messages.res_remedy);
        c.remedy = text(c.page, 1);
        c.remedyUseLabel = label(c.page, Messages.res_remedyUse);
        c.remedyUse = text(c.page, 1);
        c.explanationLabel = label(c.page, Messages.res_explanation);
        c.explanation = text(c.page, 4);
        c.explanationLabel.setToolTipText(Messages.res_explanationTip);
        c.justificationLabel = label(c.page, Messages.res_justification);
        c.justification = text(c.page, 2);
        label(c.page, Messages.res_changes);
        c.changes = text(c.page, 2);
        label(c.page, Messages.res_lesson);
        Composite lessonRow = new Composite(c.page, SWT.NONE);
        GridLayout lessonLayout = new GridLayout(2, false);
        lessonLayout.marginWidth = 0;
        lessonLayout.marginHeight = 0;
        lessonRow.setLayout(lessonLayout);
        lessonRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        c.lesson = new Combo(lessonRow, SWT.READ_ONLY);
        c.lesson.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        c.newLesson = new Link(lessonRow, SWT.NONE);
        c.newLesson.setText("<a>" + Messages.res_newLesson + "</a>");
        c.newLesson.setToolTipText(Messages.res_newLessonTip);
        c.newLesson.addListener(SWT.Selection, e -> newLesson(c));

        Composite buttons = new Composite(c.page, SWT.NONE);
        buttons.setLayout(new GridLayout(2, false));
        buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false, 2, 1));
        c.draft = new Button(buttons, SWT.PUSH);
        c.draft.setText(Messages.res_draft);
        c.draft.addListener(SWT.Selection, e -> draft(c, context));
        c.closeCase = new Button(buttons, SWT.PUSH);
        c.closeCase.setText(Messages.res_close);
        c.closeCase.addListener(SWT.Selection, e -> close(c, context));
        label(c.page, Messages.res_message);
        c.message = text(c.page, 12);
        c.message.setMessage(Messages.res_messageHint);
        c.tone = new ToneHints(c.page, 2, c.message, () -> tone, () -> {
            org.parley.core.model.Language l = org.parley.core.model.Language.ofCode(
                    context.currentCase().getClient().getLanguage());
            return l == null ? org.parley.core.model.Language.EN : l;
        });
        outcomeChosen(c);
        load(c, context);
        return c.page;
    }

    private static Label label(Composite parent, String text) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(text);
        l.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
        return l;
    }

    private static Text text(Composite parent, int lines) {
        Text t = new Text(parent, SWT.BORDER | (lines > 1 ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
        GridData data = new GridData(SWT.FILL, lines > 6 ? SWT.FILL : SWT.CENTER, true, lines > 6);
        if (lines > 1) {
            data.heightHint = t.getLineHeight() * lines;
        }
        t.setLayoutData(data);
        return t;
    }

    private static Outcome outcome(Controls c) {
        for (Outcome o : Outcome.values()) {
            if (c.outcomes[o.ordinal()].getSelection()) {
                return o;
            }
        }
        return Outcome.REMEDIED;
    }

    /** Only the fields the chosen outcome needs are shown. */
    private static void outcomeChosen(Controls c) {
        Outcome o = outcome(c);
        show(c.remedyLabel, c.remedy, o == Outcome.REMEDIED);
        show(c.remedyUseLabel, c.remedyUse, o == Outcome.REMEDIED);
        show(c.explanationLabel, c.explanation, o == Outcome.EXPLAINED);
        show(c.justificationLabel, c.justification, o == Outcome.NO_ACTION || o == Outcome.TERMINATION);
        c.page.layout(true, true);
    }

    private static void show(Label label, Text field, boolean visible) {
        for (Control x : new Control[] { label, field }) {
            x.setVisible(visible);
            ((GridData) x.getLayoutData()).exclude = !visible;
        }
    }

    @Override
    public void caseChanged(Control control, CasePageContext context) {
        if (control.getData() instanceof Controls c) {
            load(c, context);
        }
    }

    private void load(Controls c, CasePageContext context) {
        long caseId = context.caseId();
        StoreCall.run(c.page, Messages.res_job, () -> new View(resolutions.of(caseId).orElse(null), lessons.lessons(),
                investigations.rootCauses(), users.list(), resolutions.remedyGiven(caseId).orElse(null)),
                view -> {
                    c.view = view;
                    showLessons(c, 0);
                    Resolution r = view.resolution();
                    boolean open = r == null;
                    if (!open) {
                        c.outcomes[r.outcome().ordinal()].setSelection(true);
                        for (Button b : c.outcomes) {
                            b.setSelection(b == c.outcomes[r.outcome().ordinal()]);
                        }
                        c.message.setText(r.closingMessage());
                        c.state.setText(NLS.bind(Messages.res_closedState, new Object[] { Labels.outcome(r.outcome()),
                                Format.moment(r.resolvedAt()), r.resolvedBy(), r.language().code() }));
                        outcomeChosen(c);
                    } else {
                        c.state.setText(Messages.res_openState);
                        // what the client accepted is the remedy, unless the agent already wrote one
                        if (view.remedy() != null && c.remedy.getText().isBlank() && c.remedyUse.getText().isBlank()) {
                            c.remedy.setText(view.remedy().remedy());
                            c.remedyUse.setText(view.remedy().howToUse());
                        }
                    }
                    for (Control x : new Control[] { c.remedy, c.remedyUse, c.explanation, c.justification, c.changes,
                            c.lesson, c.newLesson, c.draft, c.closeCase, c.message }) {
                        x.setEnabled(open);
                    }
                    for (Button b : c.outcomes) {
                        b.setEnabled(open);
                    }
                });
    }

    /** Fills the lesson combo, selecting the lesson {@code selectedId} (0: none). */
    private static void showLessons(Controls c, long selectedId) {
        c.lesson.removeAll();
        c.lesson.add(Messages.res_lessonNone);
        c.lesson.select(0);
        for (Lesson l : c.view.lessons()) {
            c.lesson.add(l.title() + " (" + l.rootCause() + ")");
            if (l.id() == selectedId) {
                c.lesson.select(c.lesson.getItemCount() - 1);
            }
        }
    }

    /** A case that teaches something new gets its lesson written here and linked at once. */
    private void newLesson(Controls c) {
        if (c.view == null) {
            return;
        }
        LessonDialog dialog = new LessonDialog(c.page.getShell(), lessons, c.view.causes(), c.view.users(), null);
        dialog.onStored(stored -> StoreCall.run(c.page, Messages.res_job, lessons::lessons, all -> {
            c.view = new View(c.view.resolution(), all, c.view.causes(), c.view.users(), c.view.remedy());
            showLessons(c, stored.id());
        }));
        dialog.open();
    }

    private ResolutionDraft draftOf(Controls c) {
        int l = c.lesson.getSelectionIndex();
        long lessonId = l <= 0 || c.view == null ? 0 : c.view.lessons().get(l - 1).id();
        return new ResolutionDraft(outcome(c), c.remedy.getText(), c.remedyUse.getText(), c.explanation.getText(),
                c.justification.getText(), c.changes.getText(), lessonId);
    }

    void draft(Controls c, CasePageContext context) {
        ResolutionDraft d = draftOf(c);
        StoreCall.run(c.page, Messages.res_job, () -> resolutions.draftClosingMessage(context.caseId(), d), text -> {
            c.message.setText(text);
            c.state.setText(Messages.res_drafted);
            c.state.setForeground(null);
        }, e -> refused(c, e));
    }

    void close(Controls c, CasePageContext context) {
        ResolutionDraft d = draftOf(c);
        String message = c.message.getText();
        Case current = context.currentCase();
        StoreCall.run(c.page, Messages.res_job, () -> resolutions.close(current.getId(), current.getVersion(), d, message),
                done -> context.reload(), e -> refused(c, e));
    }

    private static void refused(Controls c, RuntimeException e) {
        if (!(e instanceof InvalidInputException)) {
            StoreCall.showFailure(c.page, e);
            return;
        }
        c.state.setText(e.getMessage());
        c.state.setForeground(c.page.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        c.page.layout(true, true);
    }
}
