package org.mmscope.ui.editor;

import java.util.List;
import java.util.ListResourceBundle;
import java.util.ResourceBundle;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;

/**
 * The editor for {@code .mms} files: the platform text editor, wired in-process to the scenario language
 * server. Validation runs in the server while you type (markers in the editor and the Problems view);
 * Ctrl+Space asks the server for completion. Partial (issue 7): hover, outline, quick fixes and formatting
 * are served by the language server but not yet wired here.
 */
public class MmsEditor extends TextEditor {
    public static final String ID = "org.mmscope.ui.editor";
    /** Problem markers from the language server (declared in plugin.xml). */
    public static final String MARKER = "org.mmscope.ui.problem";
    private String uri;

    public MmsEditor() {
        setSourceViewerConfiguration(new MmsSourceViewerConfiguration(this));
    }

    @Override
    protected void createActions() {
        super.createActions();
        ResourceBundle bundle = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] { { "ContentAssistProposal.label", "Content Assist" } };
            }
        };
        ContentAssistAction assist = new ContentAssistAction(bundle, "ContentAssistProposal.", this);
        assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
        setAction("ContentAssistProposal", assist);
    }

    @Override
    protected void doSetInput(IEditorInput input) throws org.eclipse.core.runtime.CoreException {
        super.doSetInput(input);
        if (!(input instanceof IFileEditorInput fi)) {
            return;
        }
        IFile file = fi.getFile();
        uri = file.getLocationURI().toString();
        IDocument doc = getDocumentProvider().getDocument(input);
        String text = doc.get();
        Job open = Job.create("Starting the mmscope language server", (IProgressMonitor m) -> {
            MmsLanguageService.get().open(uri, text, (u, diagnostics) -> new DiagnosticMarkers(file, diagnostics).schedule());
            return Status.OK_STATUS;
        });
        open.setSystem(true);
        open.schedule();
        doc.addDocumentListener(new IDocumentListener() {
            @Override
            public void documentAboutToBeChanged(DocumentEvent event) {
            }

            @Override
            public void documentChanged(DocumentEvent event) {
                String now = event.getDocument().get();
                Job change = Job.create("Validating " + file.getName(), (IProgressMonitor m) -> {
                    MmsLanguageService.get().change(uri, now);
                    return (IStatus) Status.OK_STATUS;
                });
                change.setSystem(true);
                change.schedule();
            }
        });
    }

    /** The file URI the language server knows this document by. */
    public String uri() {
        return uri;
    }

    /** What Ctrl+Space proposes at {@code offset} (tests). */
    public List<String> proposalsAt(int offset) {
        ICompletionProposal[] ps = new MmsContentAssistProcessor(this).computeCompletionProposals(getSourceViewer(), offset);
        return java.util.Arrays.stream(ps).map(ICompletionProposal::getDisplayString).toList();
    }

    /** The hover text at {@code offset} (tests). */
    public String hoverAt(int offset) {
        return new MmsTextHover(this).hoverAt(getSourceViewer().getDocument(), offset);
    }

    /** LSP diagnostics → problem markers on the file (off the UI thread). */
    static final class DiagnosticMarkers extends org.eclipse.core.resources.WorkspaceJob {
        private final IFile file;
        private final List<Diagnostic> diagnostics;

        DiagnosticMarkers(IFile file, List<Diagnostic> diagnostics) {
            super("Updating markers of " + file.getName());
            this.file = file;
            this.diagnostics = List.copyOf(diagnostics);
            setRule(file);
            setSystem(true);
        }

        @Override
        public IStatus runInWorkspace(IProgressMonitor monitor) throws org.eclipse.core.runtime.CoreException {
            if (!file.exists()) {
                return Status.OK_STATUS;
            }
            file.deleteMarkers(MARKER, false, org.eclipse.core.resources.IResource.DEPTH_ZERO);
            for (Diagnostic d : diagnostics) {
                var m = file.createMarker(MARKER);
                m.setAttribute(org.eclipse.core.resources.IMarker.LINE_NUMBER, d.getRange().getStart().getLine() + 1);
                m.setAttribute(org.eclipse.core.resources.IMarker.MESSAGE,
                        d.getMessage().isLeft() ? d.getMessage().getLeft() : d.getMessage().getRight().getValue());
                m.setAttribute(org.eclipse.core.resources.IMarker.SEVERITY, d.getSeverity() == org.eclipse.lsp4j.DiagnosticSeverity.Error
                        ? org.eclipse.core.resources.IMarker.SEVERITY_ERROR : org.eclipse.core.resources.IMarker.SEVERITY_WARNING);
            }
            return Status.OK_STATUS;
        }
    }
}
