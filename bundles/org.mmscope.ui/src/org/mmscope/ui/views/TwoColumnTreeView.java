package org.mmscope.ui.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.part.ViewPart;

/**
 * A view that shows the run in focus as a two-column tree (name, detail), rebuilt whenever the focus changes:
 * the Mappings and DMA views.
 */
abstract class TwoColumnTreeView extends ViewPart implements RunContext.Listener {
    protected Tree tree;

    /** The header of the first column and the widths of both. */
    protected abstract String firstColumn();

    protected abstract int[] widths();

    /** Fills the (emptied) tree for the focus. */
    protected abstract void fill(RunContext c);

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        tree = new Tree(parent, SWT.BORDER | SWT.FULL_SELECTION);
        tree.setHeaderVisible(true);
        String[] names = { firstColumn(), "detail" };
        for (int i = 0; i < names.length; i++) {
            TreeColumn col = new TreeColumn(tree, SWT.LEFT);
            col.setText(names[i]);
            col.setWidth(widths()[i]);
        }
        RunContext.get().addListener(this);
        focusChanged(RunContext.get());
    }

    @Override
    public final void focusChanged(RunContext c) {
        if (tree.isDisposed()) {
            return;
        }
        tree.removeAll();
        fill(c);
        expandAll(tree.getItems());
    }

    /** Top-down, so GTK keeps nested items open. */
    private static void expandAll(TreeItem[] items) {
        for (TreeItem it : items) {
            it.setExpanded(true);
            expandAll(it.getItems());
        }
    }

    protected TreeItem item(TreeItem parent, String a, String b) {
        TreeItem it = parent == null ? new TreeItem(tree, SWT.NONE) : new TreeItem(parent, SWT.NONE);
        it.setText(new String[] { a, b });
        return it;
    }

    @Override
    public void dispose() {
        RunContext.get().removeListener(this);
        super.dispose();
    }

    @Override
    public void setFocus() {
        tree.setFocus();
    }
}
