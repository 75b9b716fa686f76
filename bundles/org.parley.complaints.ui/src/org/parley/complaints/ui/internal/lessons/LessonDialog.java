package org.parley.complaints.ui.internal.lessons;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.parley.complaints.ActionStatus;
import org.parley.complaints.Lesson;
import org.parley.complaints.LessonDraft;
import org.parley.complaints.LessonService;
import org.parley.complaints.RootCause;
import org.parley.complaints.ui.internal.Labels;
import org.parley.complaints.ui.internal.Messages;
import org.parley.core.model.User;
import org.parley.ui.workbench.DraftDialog;

/** A new lesson, or a change to one: the root cause, what was learnt, who owns the corrective action, its status. */
public class LessonDialog extends DraftDialog<Lesson> {

    private final LessonService lessons;
    private final List<RootCause> causes;
    private final List<User> users;
    private final Lesson editing;
    private Combo cause;
    private Text title;
    private Combo owner;
    private Text action;
    private Combo status;

    public LessonDialog(Shell parent, LessonService lessons, List<RootCause> causes, List<User> users, Lesson editing) {
        super(parent);
        this.lessons = lessons;
        this.causes = causes.stream().filter(RootCause::active).toList();
        this.users = users;
        this.editing = editing;
    }

    @Override
    protected String title() {
        return editing == null ? Messages.lesson_newTitle : Messages.lesson_editTitle;
    }

    @Override
    protected String description() {
        return Messages.lesson_description;
    }

    @Override
    protected Point preferredSize() {
        return new Point(640, 480);
    }

    @Override
    protected void createFields(Composite parent) {
        Label causeLabel = label(parent, Messages.lesson_cause);
        cause = field("rootCause", causeLabel, new Combo(parent, SWT.READ_ONLY));
        causes.forEach(r -> cause.add(r.name()));
        Label titleLabel = label(parent, Messages.lesson_title);
        title = field("title", titleLabel, new Text(parent, SWT.BORDER));
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Label ownerLabel = label(parent, Messages.lesson_owner);
        owner = field("owner", ownerLabel, new Combo(parent, SWT.READ_ONLY));
        owner.add(Messages.lesson_ownerNone);
        users.forEach(u -> owner.add(u.toString()));
        Label actionLabel = topLabel(parent, Messages.lesson_action);
        action = field("correctiveAction", actionLabel, new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL));
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = action.getLineHeight() * 5;
        action.setLayoutData(data);
        Label statusLabel = label(parent, Messages.lesson_status);
        status = field("status", statusLabel, new Combo(parent, SWT.READ_ONLY));
        for (ActionStatus s : ActionStatus.values()) {
            status.add(Labels.status(s));
        }
        cause.select(0);
        owner.select(0);
        status.select(0);
        if (editing != null) {
            for (int i = 0; i < causes.size(); i++) {
                if (causes.get(i).code().equals(editing.rootCause())) {
                    cause.select(i);
                }
            }
            title.setText(editing.title());
            for (int i = 0; i < users.size(); i++) {
                if (users.get(i).getLogin().equals(editing.ownerLogin())) {
                    owner.select(i + 1);
                }
            }
            action.setText(editing.correctiveAction() == null ? "" : editing.correctiveAction());
            status.select(editing.status().ordinal());
        }
        title.setFocus();
    }

    @Override
    protected Supplier<Lesson> submission() {
        int c = cause.getSelectionIndex();
        int o = owner.getSelectionIndex();
        LessonDraft draft = new LessonDraft(c < 0 || causes.isEmpty() ? null : causes.get(c).code(), title.getText(),
                o <= 0 ? null : users.get(o - 1).getLogin(), action.getText(), ActionStatus.values()[status.getSelectionIndex()]);
        return editing == null ? () -> lessons.create(draft)
                : () -> lessons.update(editing.id(), editing.version(), draft);
    }
}
