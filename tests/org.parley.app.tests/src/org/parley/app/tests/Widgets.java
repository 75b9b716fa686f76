package org.parley.app.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.parley.core.model.CaseStatus;

/** Finds widgets below a shell the way a user's eye would: by kind, by text, by what a button stands for. */
public final class Widgets {

    private Widgets() {
    }

    /** {@code root} and every control below it, depth first. */
    public static List<Control> all(Control root) {
        List<Control> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Control root, List<Control> found) {
        if (root.isDisposed()) {
            return;
        }
        found.add(root);
        if (root instanceof Composite c) {
            for (Control child : c.getChildren()) {
                collect(child, found);
            }
        }
    }

    /** The first control of this kind, or null. */
    public static <T extends Control> T find(Control root, Class<T> type) {
        return all(root).stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
    }

    /** The first button with this text, or null. */
    public static Button button(Control root, String text) {
        return all(root).stream().filter(c -> c instanceof Button b && text.equals(b.getText())).map(Button.class::cast)
                .findFirst().orElse(null);
    }

    /** The editor's button that moves the case to {@code target}, or null when the lifecycle does not offer it. */
    public static Button statusButton(Control root, CaseStatus target) {
        return all(root).stream().filter(c -> c instanceof Button && c.getData() == target).map(Button.class::cast)
                .findFirst().orElse(null);
    }

    public static List<String> buttonTexts(Control root) {
        return all(root).stream().filter(Button.class::isInstance).map(c -> ((Button) c).getText()).toList();
    }

    public static List<String> labelTexts(Control root) {
        return all(root).stream().filter(Label.class::isInstance).map(c -> ((Label) c).getText()).toList();
    }
}
