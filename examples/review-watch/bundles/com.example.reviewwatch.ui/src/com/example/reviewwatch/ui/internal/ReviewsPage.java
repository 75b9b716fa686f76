package com.example.reviewwatch.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parley.core.service.InvalidInputException;
import org.parley.ui.api.CaseEditorPage;
import org.parley.ui.api.CasePageContext;

import com.example.reviewwatch.OnlineReview;
import com.example.reviewwatch.ReviewWatch;

/** The case editor's "Online reviews" tab: the public reviews of the case's client and the company's answers. */
@Component
public class ReviewsPage implements CaseEditorPage {

    @Reference
    ReviewWatch reviews;

    @Override
    public String id() {
        return "com.example.reviewwatch.page";
    }

    @Override
    public String label(Locale locale) {
        return ReviewUiText.get("page.label");
    }

    @Override
    public int rank() {
        return 500;
    }

    @Override
    public Control createControl(Composite parent, CasePageContext context) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        Label summary = new Label(page, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        summary.setText(ReviewUiText.get("page.loading"));
        Button answer = new Button(page, SWT.PUSH);
        answer.setText(ReviewUiText.get("page.answerButton"));
        answer.setEnabled(false);
        Table table = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        tableData.heightHint = 160;
        table.setLayoutData(tableData);
        String[] heads = { "page.posted", "page.source", "page.rating", "page.text", "page.answer" };
        int[] widths = { 100, 120, 70, 420, 300 };
        for (int i = 0; i < heads.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(ReviewUiText.get(heads[i]));
            column.setWidth(widths[i]);
        }
        table.addListener(SWT.Selection, e -> answer.setEnabled(table.getSelectionIndex() >= 0));
        answer.addListener(SWT.Selection, e -> {
            int index = table.getSelectionIndex();
            if (index < 0) {
                return;
            }
            OnlineReview review = (OnlineReview) table.getItem(index).getData();
            InputDialog dialog = new InputDialog(page.getShell(), ReviewUiText.get("page.answerTitle"),
                    ReviewUiText.get("page.answerPrompt", "R-" + review.id()), review.answer(),
                    text -> text.isBlank() ? ReviewUiText.get("page.answerEmpty") : null);
            if (dialog.open() == IDialogConstants.OK_ID) {
                String text = dialog.getValue();
                inBackground(page, () -> reviews.answer(review.id(), text), saved -> load(page, summary, table, context),
                        text);
            }
        });
        load(page, summary, table, context);
        return page;
    }

    @Override
    public void caseChanged(Control control, CasePageContext context) {
        Composite page = (Composite) control;
        load(page, (Label) page.getChildren()[0], (Table) page.getChildren()[2], context);
    }

    private void load(Composite page, Label summary, Table table, CasePageContext context) {
        long clientId = context.currentCase().getClient().getId();
        String clientName = context.currentCase().getClientName();
        inBackground(page, () -> reviews.ofClient(clientId), list -> show(summary, table, clientName, list), null);
    }

    private static void show(Label summary, Table table, String clientName, List<OnlineReview> list) {
        long low = list.stream().filter(OnlineReview::low).count();
        long open = list.stream().filter(r -> r.low() && !r.answered()).count();
        summary.setText(ReviewUiText.get("page.client", clientName, list.size(), low, open));
        table.removeAll();
        for (OnlineReview r : list) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setData(r);
            item.setText(new String[] { r.postedOn().toString(), r.source(), "\u2605".repeat(r.rating()),
                    r.text(), r.answer() == null ? "" : r.answer() });
            if (r.low() && !r.answered()) {
                item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
        }
        summary.getParent().layout(true);
    }

    /** Reads or writes in a Job, never on the UI thread; a refusal is shown and what the user typed kept. */
    private static <T> void inBackground(Composite page, Supplier<T> work, Consumer<T> then, String typed) {
        Job.create(ReviewUiText.get("page.label"), monitor -> {
            try {
                T result = work.get();
                page.getDisplay().asyncExec(() -> {
                    if (!page.isDisposed()) {
                        then.accept(result);
                    }
                });
            } catch (InvalidInputException | IllegalStateException e) {
                page.getDisplay().asyncExec(() -> {
                    if (!page.isDisposed()) {
                        MessageDialog.openError(page.getShell(), ReviewUiText.get("page.label"),
                                ReviewUiText.get("page.failed", e.getMessage())
                                        + (typed == null ? "" : "\n\n" + typed));
                    }
                });
            }
            return Status.OK_STATUS;
        }).schedule();
    }
}
