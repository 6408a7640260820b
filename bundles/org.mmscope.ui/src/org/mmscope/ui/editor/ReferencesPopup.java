package org.mmscope.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Location;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * The result of Find References (Ctrl+Shift+G): the declaration and every use of a name, one row per line
 * ("12: parent: write buf "x""); Enter or a double-click selects that use in the editor.
 */
final class ReferencesPopup extends PopupDialog {
    private final MmsEditor editor;
    private final IDocument document;
    private final List<Location> locations;
    private final List<String> rows = new ArrayList<>();
    private Table table;

    ReferencesPopup(Shell parent, MmsEditor editor, IDocument document, String name, List<Location> locations) {
        super(parent, PopupDialog.INFOPOPUPRESIZE_SHELLSTYLE, true, false, false, false, false,
                locations.size() + " reference(s) to '" + name + "'", "Enter or double-click: go there");
        this.editor = editor;
        this.document = document;
        this.locations = List.copyOf(locations);
        for (Location l : locations) {
            int line = l.getRange().getStart().getLine();
            rows.add((line + 1) + ": " + lineText(line));
        }
    }

    private String lineText(int line) {
        try {
            return document.get(document.getLineOffset(line), document.getLineLength(line)).strip();
        } catch (BadLocationException e) {
            return "";
        }
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION);
        table.setLayoutData(new GridData(GridData.FILL_BOTH));
        for (String row : rows) {
            new TableItem(table, SWT.NONE).setText(row);
        }
        if (!rows.isEmpty()) {
            table.setSelection(0);
        }
        table.addListener(SWT.DefaultSelection, e -> go(table.getSelectionIndex()));
        return table;
    }

    /** Selects reference {@code index} in the editor and closes the popup. */
    private void go(int index) {
        if (index >= 0 && index < locations.size()) {
            try {
                EditorCommands.select(editor, document, locations.get(index).getRange());
            } catch (BadLocationException e) {
                // the range no longer fits the text
            }
        }
        close();
    }

}
