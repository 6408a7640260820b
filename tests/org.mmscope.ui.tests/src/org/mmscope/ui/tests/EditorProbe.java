package org.mmscope.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.part.PageBookView;
import org.eclipse.ui.texteditor.ITextEditor;
import org.mmscope.ui.editor.MmsEditor;
import org.mmscope.ui.editor.MmsTextHover;

/**
 * What an editor shows, read as a user sees it: the colours and backgrounds of its text widget, the proposal and
 * quick-fix popups Ctrl+Space and Ctrl+1 open (read from their tables, closed with Escape, chosen with Enter), the
 * references popup, the Outline's tree, and the hover text (the editor's text hover asked as the platform's hover
 * manager asks it).
 */
public final class EditorProbe {
    private EditorProbe() {
    }

    /** The editor's text widget ({@code AbstractTextEditor} adapts to it). */
    public static StyledText text(ITextEditor editor) {
        return (StyledText) editor.getAdapter(Control.class);
    }

    /** The editor's text viewer. */
    public static ITextViewer viewer(ITextEditor editor) {
        return editor.getAdapter(ITextViewer.class);
    }

    private static int widgetOffset(ITextEditor editor, int offset) {
        return viewer(editor) instanceof ITextViewerExtension5 v ? v.modelOffset2WidgetOffset(offset) : offset;
    }

    private static int modelOffset(ITextEditor editor, int offset) {
        return viewer(editor) instanceof ITextViewerExtension5 v ? v.widgetOffset2ModelOffset(offset) : offset;
    }

    /** The colour the text is drawn in at a document offset, "r,g,b", or null for the widget's default colour. */
    public static String colourAt(ITextEditor editor, int offset) {
        StyleRange r = text(editor).getStyleRangeAtOffset(widgetOffset(editor, offset));
        return r == null || r.foreground == null ? null : rgb(r.foreground);
    }

    private static String rgb(Color c) {
        return c.getRed() + "," + c.getGreen() + "," + c.getBlue();
    }

    /**
     * Redraws the styles of the whole text, as the viewer does when its presentation is invalidated (a change of
     * the colour preferences, new marks of the occurrences).
     */
    public static void repaint(ITextEditor editor) {
        viewer(editor).invalidateTextPresentation();
    }

    /** The stretches of text drawn on a background (the marked occurrences), as document "offset+length". */
    public static List<String> marked(ITextEditor editor) {
        List<String> out = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (StyleRange r : text(editor).getStyleRanges()) {
            if (r.background == null || r.length == 0) {
                continue;
            }
            if (r.start == end) {
                end += r.length; // one mark split by the styles of the words under it
                continue;
            }
            if (start >= 0) {
                out.add(range(editor, start, end));
            }
            start = r.start;
            end = r.start + r.length;
        }
        if (start >= 0) {
            out.add(range(editor, start, end));
        }
        return out;
    }

    private static String range(ITextEditor editor, int widgetStart, int widgetEnd) {
        int start = modelOffset(editor, widgetStart);
        return start + "+" + (modelOffset(editor, widgetEnd) - start);
    }

    /** Puts the caret at {@code offset}, as a click there does. */
    public static void caret(ITextEditor editor, int offset) {
        editor.getSelectionProvider().setSelection(new TextSelection(offset, 0));
    }

    /**
     * Ctrl+Space at {@code offset}: the rows of the proposal popup once it shows the server's answer, read within
     * {@code ms} (empty when no popup opens: nothing to propose); the popup is closed again with Escape.
     */
    public static List<String> proposals(ITextEditor editor, int offset, long ms) throws InterruptedException {
        caret(editor, offset);
        viewer(editor).getTextOperationTarget().doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
        List<String> rows = popupRows(ms, r -> !r.isEmpty() && r.stream().noneMatch(s -> s.startsWith("Computing")));
        escape(editor);
        return rows;
    }

    /** Ctrl+1 at {@code offset}: the labels of the quick-fix popup (empty when none opens); closed again with Escape. */
    public static List<String> quickFixes(ITextEditor editor, int offset) throws InterruptedException {
        caret(editor, offset);
        viewer(editor).getTextOperationTarget().doOperation(ISourceViewer.QUICK_ASSIST);
        List<String> rows = popupRows(100, r -> !r.isEmpty()); // Ctrl+1 computes on the UI thread: open at once or never
        escape(editor);
        return rows;
    }

    /** Ctrl+1 at {@code offset}, then Enter on the fix labelled {@code label}; false (the popup closed) when it is not offered. */
    public static boolean applyQuickFix(ITextEditor editor, int offset, String label) throws InterruptedException {
        caret(editor, offset);
        viewer(editor).getTextOperationTarget().doOperation(ISourceViewer.QUICK_ASSIST);
        popupRows(100, r -> r.contains(label));
        Table table = proposalTable();
        int row = table == null ? -1 : rows(table).indexOf(label);
        if (row < 0) {
            escape(editor);
            return false;
        }
        enter(table, row);
        return true;
    }

    /** Presses Escape in the editor (closes its proposal popups); a popup still open after it is closed. */
    private static void escape(ITextEditor editor) throws InterruptedException {
        Event e = new Event();
        e.keyCode = SWT.ESC;
        e.character = SWT.ESC;
        text(editor).notifyListeners(SWT.KeyDown, e);
        Ui.waitFor(() -> proposalTable() == null, 200);
        Table table = proposalTable();
        if (table != null) {
            table.getShell().close();
        }
    }

    private static List<String> popupRows(long ms, Predicate<List<String>> complete) throws InterruptedException {
        List<List<String>> seen = new ArrayList<>(List.of(List.of()));
        Ui.waitFor(() -> {
            Table t = proposalTable();
            seen.set(0, t == null ? List.of() : rows(t));
            return complete.test(seen.get(0));
        }, ms);
        return seen.get(0);
    }

    /** The table of the open proposal popup (a popup shell of the editor holding a table, not the references popup). */
    private static Table proposalTable() {
        for (Shell s : Ui.popups()) {
            if (Ui.find(s, Label.class, l -> l.getText().contains(" reference(s) to ")) == null) {
                Table t = Ui.find(s, Table.class, x -> true);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    private static List<String> rows(Table t) {
        List<String> out = new ArrayList<>();
        for (TableItem it : t.getItems()) {
            out.add(it.getText());
        }
        return out;
    }

    /** Selects row {@code row} of {@code table} and presses Enter on it. */
    static void enter(Table table, int row) {
        table.setSelection(row);
        Event e = new Event();
        e.item = table.getItem(row);
        table.notifyListeners(SWT.DefaultSelection, e);
    }

    /** The table of the open references popup (Ctrl+Shift+G), or null when none is open. */
    private static Table referencesTable() {
        for (Shell s : Ui.popups()) {
            if (Ui.find(s, Label.class, l -> l.getText().contains(" reference(s) to ")) != null) {
                return Ui.find(s, Table.class, x -> true);
            }
        }
        return null;
    }

    /** The rows of the open references popup, "line: text"; empty when none is open. */
    public static List<String> referenceRows() {
        Table t = referencesTable();
        return t == null ? List.of() : rows(t);
    }

    /** Enter on row {@code index} of the open references popup. */
    public static void goToReference(int index) {
        Table t = referencesTable();
        if (t != null) {
            enter(t, index);
        }
    }

    /** The Outline view's tree for the active editor, or null before the Outline shows one. */
    public static Tree outline() {
        var view = Ui.page().findView(IPageLayout.ID_OUTLINE);
        if (!(view instanceof PageBookView book) || book.getCurrentPage() == null) {
            return null;
        }
        return book.getCurrentPage().getControl() instanceof Tree t && !t.isDisposed() ? t : null;
    }

    /** The labels of a tree, depth first. */
    public static List<String> labels(Tree tree) {
        List<String> out = new ArrayList<>();
        collect(tree.getItems(), out);
        return out;
    }

    private static void collect(TreeItem[] items, List<String> out) {
        for (TreeItem it : items) {
            out.add(it.getText());
            collect(it.getItems(), out);
        }
    }

    /** Clicks the first row of the Outline's tree labelled "{@code name} — …"; false when there is none. */
    public static boolean selectInOutline(Tree tree, String name) {
        TreeItem item = findItem(tree.getItems(), name + " — ");
        if (item == null) {
            return false;
        }
        tree.setSelection(item);
        Event e = new Event();
        e.item = item;
        tree.notifyListeners(SWT.Selection, e);
        return true;
    }

    private static TreeItem findItem(TreeItem[] items, String prefix) {
        for (TreeItem it : items) {
            if (it.getText().startsWith(prefix)) {
                return it;
            }
            TreeItem in = findItem(it.getItems(), prefix);
            if (in != null) {
                return in;
            }
        }
        return null;
    }

    /**
     * The hover text at {@code offset}: the editor's text hover (made as its source viewer configuration makes it)
     * asked for the region under the mouse and then for that region's text, as the platform's hover manager asks it.
     */
    public static String hover(MmsEditor editor, int offset) {
        ITextViewer v = viewer(editor);
        ITextHover h = new MmsTextHover(editor);
        IRegion region = h.getHoverRegion(v, offset);
        return h.getHoverInfo(v, region);
    }
}
