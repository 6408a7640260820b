package org.mmscope.ui.editor;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline of a scenario: the language server's document symbols (devices, processes, mappings, handles,
 * forked children), fetched in a job after every validation; selecting one selects it in the editor.
 */
public final class MmsOutlinePage extends ContentOutlinePage {
    private final MmsEditor editor;
    private Job refresh;

    MmsOutlinePage(MmsEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object e) {
                List<DocumentSymbol> c = ((DocumentSymbol) e).getChildren();
                return c == null ? new Object[0] : c.toArray();
            }

            @Override
            public Object getParent(Object e) {
                return null;
            }

            @Override
            public boolean hasChildren(Object e) {
                List<DocumentSymbol> c = ((DocumentSymbol) e).getChildren();
                return c != null && !c.isEmpty();
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object e) {
                DocumentSymbol s = (DocumentSymbol) e;
                String kind = s.getDetail() != null && !s.getDetail().isBlank() ? s.getDetail() : s.getKind().name().toLowerCase();
                return s.getName() + " — " + kind;
            }
        });
        viewer.setInput(List.of());
        refresh();
    }

    /** Fetches the symbols off the UI thread and shows them (any thread may call). */
    public void refresh() {
        String uri = editor.uri();
        if (uri == null) {
            return;
        }
        if (refresh != null) {
            refresh.cancel();
        }
        refresh = Job.create("Outline of " + editor.getTitle(), (IProgressMonitor m) -> {
            List<DocumentSymbol> symbols = MmsLanguageService.get().symbols(uri, 5000);
            TreeViewer v = getTreeViewer();
            if (v != null && !v.getControl().isDisposed() && !m.isCanceled()) {
                v.getControl().getDisplay().asyncExec(() -> {
                    if (!v.getControl().isDisposed()) {
                        v.setInput(symbols);
                        v.expandAll();
                    }
                });
            }
            return Status.OK_STATUS;
        });
        refresh.setSystem(true);
        refresh.schedule();
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event);
        if (event.getSelection() instanceof IStructuredSelection sel && sel.getFirstElement() instanceof DocumentSymbol s) {
            IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
            try {
                EditorCommands.select(editor, doc, s.getSelectionRange());
            } catch (BadLocationException e) {
                // the document changed since the symbols were computed; the next refresh fixes it
            }
        }
    }
}
