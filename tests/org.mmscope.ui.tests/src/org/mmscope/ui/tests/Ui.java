package org.mmscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.mmscope.ui.editor.MmsEditor;

/**
 * What every UI test needs: running the event loop until the workbench has done something, finding the widgets of a
 * part or a popup as a user finds them on the screen, opening a file in the editor and running a command as its key
 * binding does. The tests read the UI through these widgets (and public platform API), never through accessors of
 * the production classes.
 */
public final class Ui {
    private Ui() {
    }

    /** Runs the UI event loop until {@code done} holds or {@code ms} pass; returns whether it held. */
    public static boolean waitFor(BooleanSupplier done, long ms) throws InterruptedException {
        Display d = Display.getCurrent();
        long end = System.currentTimeMillis() + ms;
        while (System.currentTimeMillis() < end) {
            while (d.readAndDispatch()) {
                // run pending UI work
            }
            if (done.getAsBoolean()) {
                return true;
            }
            Thread.sleep(10);
        }
        return done.getAsBoolean();
    }

    /** Runs the UI event loop for {@code ms}. */
    public static void spin(long ms) throws InterruptedException {
        waitFor(() -> false, ms);
    }

    /** The workbench page of the active window. */
    public static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Executes a command as its key binding does. */
    public static void execute(String command) throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
    }

    /** The project {@code name}, created and opened if needed. */
    public static IProject project(String name) throws CoreException {
        IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (!p.exists()) {
            p.create(null);
        }
        p.open(null);
        return p;
    }

    /** A new file {@code name} with {@code text} in the project {@code project} (an old one of that name is deleted first). */
    public static IFile newFile(String project, String name, String text) throws CoreException {
        IFile f = project(project).getFile(name);
        if (f.exists()) {
            f.delete(true, null);
        }
        f.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
        return f;
    }

    /** Opens a new file with {@code text} in the .mms editor and activates it. */
    public static MmsEditor open(String project, String name, String text) throws Exception {
        IFile f = newFile(project, name, text);
        MmsEditor editor = (MmsEditor) IDE.openEditor(page(), f, MmsEditor.ID);
        page().activate(editor);
        return editor;
    }

    /** The composite a view or editor drew its widgets into (the e4 part's widget). */
    public static Composite partControl(IWorkbenchPart part) {
        MPart model = part.getSite().getService(MPart.class);
        assertNotNull(model, "the part's model");
        return (Composite) model.getWidget();
    }

    /** The first widget of {@code type} that {@code part} shows (depth first). */
    public static <T extends Control> T control(IWorkbenchPart part, Class<T> type) {
        T found = find(partControl(part), type, c -> true);
        assertNotNull(found, part.getTitle() + " shows a " + type.getSimpleName());
        return found;
    }

    /** The first widget under {@code in} of {@code type} that {@code test} accepts (depth first), or null. */
    public static <T extends Control> T find(Composite in, Class<T> type, Predicate<? super T> test) {
        List<T> all = findAll(in, type);
        return all.stream().filter(test).findFirst().orElse(null);
    }

    /** Every widget under {@code in} of {@code type}, depth first. */
    public static <T extends Control> List<T> findAll(Composite in, Class<T> type) {
        List<T> out = new ArrayList<>();
        collect(in, type, out);
        return out;
    }

    private static <T extends Control> void collect(Composite in, Class<T> type, List<T> out) {
        for (Control c : in.getChildren()) {
            if (type.isInstance(c)) {
                out.add(type.cast(c));
            }
            if (c instanceof Composite sub) {
                collect(sub, type, out);
            }
        }
    }

    /** The visible shells other than the workbench window's (popups and dialogs), newest last. */
    public static List<Shell> popups() {
        List<Shell> windows = Arrays.stream(PlatformUI.getWorkbench().getWorkbenchWindows()).map(IWorkbenchWindow::getShell).toList();
        List<Shell> out = new ArrayList<>();
        for (Shell s : Display.getCurrent().getShells()) {
            if (!windows.contains(s) && !s.isDisposed() && s.isVisible()) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * When a dialog titled {@code title} opens (within 20 s), lets {@code answer} fill it in and close it, as a user
     * would; the dialog may be modal (its event loop runs the answer).
     */
    public static void answerDialog(String title, Consumer<Shell> answer) {
        Display d = Display.getCurrent();
        Runnable[] poll = new Runnable[1];
        long end = System.currentTimeMillis() + 20_000;
        poll[0] = () -> {
            for (Shell shell : d.getShells()) {
                if (!shell.isDisposed() && title.equals(shell.getText())) {
                    answer.accept(shell);
                    return;
                }
            }
            if (System.currentTimeMillis() < end) {
                d.timerExec(50, poll[0]);
            }
        };
        d.timerExec(50, poll[0]);
    }

    /** Presses the button labelled {@code label} (mnemonics ignored) in {@code shell}. */
    public static void press(Shell shell, String label) {
        Button b = find(shell, Button.class, x -> x.getText().replace("&", "").equals(label));
        assertNotNull(b, "a button '" + label + "' in " + shell.getText());
        b.notifyListeners(SWT.Selection, new Event());
    }

    /** The texts of the labels in {@code shell} (a dialog's message), top to bottom as laid out. */
    public static List<String> texts(Shell shell) {
        return findAll(shell, Label.class).stream().map(Label::getText).filter(t -> !t.isEmpty()).toList();
    }
}
