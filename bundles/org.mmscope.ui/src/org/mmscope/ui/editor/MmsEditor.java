package org.mmscope.ui.editor;

import java.util.List;
import java.util.ListResourceBundle;
import java.util.ResourceBundle;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.window.Window;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.mmscope.dsl.ide.rename.NewNames;

/**
 * The editor for {@code .mms} files: the platform text editor, wired in-process to the scenario language
 * server. Validation runs in the server while you type (markers in the editor and the Problems view);
 * Ctrl+Space asks the server for completion, hover comes from it, and Ctrl+Shift+F formats through it (in a
 * job; the edits are applied only if the text did not change meanwhile). Ctrl+/ toggles {@code //} comments,
 * semantic highlighting comes from the server's tokens,
 * brackets are matched, the Outline shows the server's document symbols, and F3 selects the declaration of the
 * name under the cursor (the server's definition); Ctrl+1 and the Problems view offer the server's quick fixes.
 * Alt+Shift+R renames the name under the cursor (its declaration and every use the server resolved to it),
 * Ctrl+Shift+G lists its references in a popup, and the uses of the name under the caret are marked.
 */
public class MmsEditor extends TextEditor {
    public static final String ID = "org.mmscope.ui.editor";
    /** Problem markers from the language server (declared in plugin.xml). */
    public static final String MARKER = "org.mmscope.ui.problem";
    private String uri;
    private MmsOutlinePage outline;
    private SemanticHighlighter semantic;
    private OccurrencesHighlighter occurrences;
    private ReferencesPopup references;
    private Job sync;

    /** Command ids (plugin.xml binds them in the editor's context). */
    public static final String FORMAT_COMMAND = "org.mmscope.ui.format";
    public static final String TOGGLE_COMMENT_COMMAND = "org.mmscope.ui.toggleComment";
    public static final String OPEN_DECLARATION_COMMAND = "org.mmscope.ui.openDeclaration";
    public static final String RENAME_COMMAND = "org.mmscope.ui.rename";
    public static final String FIND_REFERENCES_COMMAND = "org.mmscope.ui.findReferences";
    private static final String MATCHING_BRACKETS = "org.mmscope.ui.matchingBrackets";
    private static final String MATCHING_BRACKETS_COLOR = "org.mmscope.ui.matchingBracketsColor";

    /** The id of the editor's ruler context menu (the debugger contributes Toggle Breakpoint there). */
    public static final String RULER_CONTEXT_MENU = "#MmsRulerContext";

    public MmsEditor() {
        setSourceViewerConfiguration(new MmsSourceViewerConfiguration(this));
        setRulerContextMenuId(RULER_CONTEXT_MENU);
    }

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        semantic = new SemanticHighlighter(getSourceViewer());
        semantic.refresh(uri); // if the server validated before this viewer existed; otherwise its next validation does
        occurrences = new OccurrencesHighlighter(getSourceViewer(), () -> uri);
    }

    @Override
    protected void initializeKeyBindingScopes() {
        setKeyBindingScopes(new String[] { "org.mmscope.ui.editorContext" });
    }

    @Override
    protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
        var store = EditorsUI.getPreferenceStore();
        store.setDefault(MATCHING_BRACKETS, true);
        PreferenceConverter.setDefault(store, MATCHING_BRACKETS_COLOR, new RGB(128, 128, 128));
        support.setCharacterPairMatcher(new DefaultCharacterPairMatcher(new char[] { '{', '}', '[', ']', '(', ')' }));
        support.setMatchingCharacterPainterPreferenceKeys(MATCHING_BRACKETS, MATCHING_BRACKETS_COLOR);
        super.configureSourceViewerDecorationSupport(support);
    }

    /**
     * What a request to the language server about one place in the editor needs: the document, the text it asks
     * about (a result is applied only if the document still holds it), the server's uri, the display to apply the
     * result on, and the position of the offset in that text.
     */
    private record Ask(IDocument doc, String text, String uri, Display display, Position at) {
        int line() {
            return at.getLine();
        }

        int character() {
            return at.getCharacter();
        }

        boolean stillCurrent() {
            return doc.get().equals(text);
        }
    }

    /** The request about {@code offset} in the current text, or null for an offset outside it. */
    private Ask ask(int offset) {
        IDocument doc = getDocumentProvider().getDocument(getEditorInput());
        String text = doc.get();
        try {
            return new Ask(doc, text, uri, getSite().getShell().getDisplay(), EditorCommands.position(doc, offset));
        } catch (BadLocationException e) {
            return null;
        }
    }

    /** Runs {@code work} in a scheduled job named {@code name} (the language server is never asked on the UI thread). */
    private static Job inBackground(String name, Runnable work) {
        Job job = Job.create(name, (IProgressMonitor m) -> {
            work.run();
            return Status.OK_STATUS;
        });
        job.schedule();
        return job;
    }

    /** Formats the document through the language server in a job (Ctrl+Shift+F). */
    public Job format() {
        Ask a = ask(0);
        return inBackground("Formatting " + getTitle(), () -> {
            var edits = MmsLanguageService.get().format(a.uri(), a.text(), 5000);
            a.display().asyncExec(() -> {
                if (!a.stillCurrent() || edits.isEmpty()) {
                    return; // typed meanwhile, or nothing to do: formatting stale text would lose the typing
                }
                try {
                    EditorCommands.apply(a.doc(), edits);
                } catch (BadLocationException e) {
                    // the edits did not fit the text; leave it as it is
                }
            });
        });
    }

    /**
     * Selects the declaration of the name at {@code offset} (F3): asked of the language server in a job, applied
     * only if the text did not change meanwhile. Returns the job (null for an offset outside the text).
     */
    public Job openDeclaration(int offset) {
        Ask a = ask(offset);
        if (a == null) {
            return null;
        }
        return inBackground("Finding the declaration", () -> {
            var location = MmsLanguageService.get().definition(a.uri(), a.text(), a.line(), a.character(), 5000);
            if (location != null) {
                a.display().asyncExec(() -> {
                    if (a.stillCurrent()) {
                        try {
                            EditorCommands.select(this, a.doc(), location.getRange());
                        } catch (BadLocationException e) {
                            // the server's range does not fit the text; nothing to select
                        }
                    }
                });
            }
        });
    }

    /**
     * Renames the name at {@code offset} to {@code newName} through the language server (its declaration and every
     * use), in a job; applied as one undo step only if the text did not change meanwhile. A name the server refuses
     * is shown in an error dialog, with the server's reason.
     */
    public Job rename(int offset, String newName) {
        Ask a = ask(offset);
        if (a == null) {
            return null;
        }
        return inBackground("Renaming", () -> {
            var r = MmsLanguageService.get().rename(a.uri(), a.text(), a.line(), a.character(), newName, 5000);
            a.display().asyncExec(() -> applyRename(a, r));
        });
    }

    private void applyRename(Ask a, MmsLanguageService.Rename r) {
        if (r.problem() != null) {
            MessageDialog.openError(getSite().getShell(), "Rename", r.problem());
            return;
        }
        if (!a.stillCurrent() || r.edits().isEmpty()) {
            return; // typed meanwhile, or no name there
        }
        var target = getAdapter(IRewriteTarget.class);
        if (target != null) {
            target.beginCompoundChange();
        }
        try {
            EditorCommands.apply(a.doc(), r.edits());
        } catch (BadLocationException e) {
            // the edits did not fit the text; what was applied stays one undo step
        } finally {
            if (target != null) {
                target.endCompoundChange();
            }
        }
    }

    /** Alt+Shift+R: asks the server what the name at the caret is, then the new name in a dialog, then renames. */
    public void renameInteractively() {
        int offset = ((ITextSelection) getSelectionProvider().getSelection()).getOffset();
        Ask a = ask(offset);
        if (a == null) {
            return;
        }
        inBackground("Preparing rename", () -> {
            String name = MmsLanguageService.get().renamePlaceholder(a.uri(), a.text(), a.line(), a.character(), 5000);
            a.display().asyncExec(() -> {
                if (name == null || !a.stillCurrent()) {
                    getStatusLineManager().setErrorMessage("Rename: no process, device, mapping or handle name here");
                    return;
                }
                var dialog = new InputDialog(getSite().getShell(), "Rename '" + name + "'",
                        "New name (its declaration and every use change):", name, NewNames::problem);
                if (dialog.open() == Window.OK && !dialog.getValue().equals(name)) {
                    rename(offset, dialog.getValue());
                }
            });
        });
    }

    /**
     * Ctrl+Shift+G: the declaration and the uses of the name at {@code offset}, asked of the server in a job and
     * shown in a popup (nothing when there is no name there). Returns the job (null for an offset outside the text).
     */
    public Job findReferences(int offset) {
        Ask a = ask(offset);
        if (a == null) {
            return null;
        }
        return inBackground("Finding references", () -> {
            var found = MmsLanguageService.get().references(a.uri(), a.text(), a.line(), a.character(), 5000);
            a.display().asyncExec(() -> {
                IDocument doc = a.doc();
                if (found.isEmpty() || !a.stillCurrent()) {
                    getStatusLineManager().setMessage("Find References: no process, device, mapping or handle name here");
                    return;
                }
                var r = found.get(0).getRange();
                String name;
                try {
                    int start = EditorCommands.offset(doc, r.getStart());
                    name = doc.get(start, EditorCommands.offset(doc, r.getEnd()) - start);
                } catch (BadLocationException e) {
                    name = "?";
                }
                if (references != null) {
                    references.close();
                }
                references = new ReferencesPopup(getSite().getShell(), this, doc, name, found);
                references.open();
            });
        });
    }

    /** Toggles {@code //} on the selected lines (Ctrl+/). */
    public void toggleComment() {
        try {
            EditorCommands.toggleComment(getDocumentProvider().getDocument(getEditorInput()),
                    (ITextSelection) getSelectionProvider().getSelection());
        } catch (BadLocationException e) {
            // a selection outside the document: nothing to toggle
        }
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
        Action format = new Action("Format") {
            @Override
            public void run() {
                format();
            }
        };
        format.setActionDefinitionId(FORMAT_COMMAND);
        setAction("Format", format);
        Action comment = new Action("Toggle Comment") {
            @Override
            public void run() {
                toggleComment();
            }
        };
        comment.setActionDefinitionId(TOGGLE_COMMENT_COMMAND);
        setAction("ToggleComment", comment);
        Action declaration = new Action("Open Declaration") {
            @Override
            public void run() {
                openDeclaration(((ITextSelection) getSelectionProvider().getSelection()).getOffset());
            }
        };
        declaration.setActionDefinitionId(OPEN_DECLARATION_COMMAND);
        setAction("OpenDeclaration", declaration);
        Action rename = new Action("Rename…") {
            @Override
            public void run() {
                renameInteractively();
            }
        };
        rename.setActionDefinitionId(RENAME_COMMAND);
        setAction("Rename", rename);
        Action refs = new Action("Find References") {
            @Override
            public void run() {
                findReferences(((ITextSelection) getSelectionProvider().getSelection()).getOffset());
            }
        };
        refs.setActionDefinitionId(FIND_REFERENCES_COMMAND);
        setAction("FindReferences", refs);
    }

    @Override
    protected void doSetInput(IEditorInput input) throws CoreException {
        super.doSetInput(input);
        if (!(input instanceof IFileEditorInput fi)) {
            return;
        }
        IFile file = fi.getFile();
        uri = file.getLocationURI().toString();
        IDocument doc = getDocumentProvider().getDocument(input);
        String text = doc.get();
        Job open = Job.create("Starting the mmscope language server", (IProgressMonitor m) -> {
            MmsLanguageService.get().open(uri, text, (u, diagnostics) -> {
                new DiagnosticMarkers(file, diagnostics, doc).schedule();
                MmsOutlinePage o = outline;
                if (o != null) {
                    o.refresh(); // validated: the symbols may have changed
                }
                var widget = getSourceViewer() == null ? null : getSourceViewer().getTextWidget();
                if (widget != null && !widget.isDisposed()) {
                    widget.getDisplay().asyncExec(() -> {
                        if (semantic != null) {
                            semantic.refresh(uri);
                        }
                    });
                }
            });
            return Status.OK_STATUS;
        });
        open.setSystem(true);
        open.schedule();
        sync = Job.create("Validating " + file.getName(), (IProgressMonitor m) -> {
            MmsLanguageService.get().sync(uri);
            return (IStatus) Status.OK_STATUS;
        });
        sync.setSystem(true);
        doc.addDocumentListener(new IDocumentListener() {
            @Override
            public void documentAboutToBeChanged(DocumentEvent event) {
            }

            @Override
            public void documentChanged(DocumentEvent event) {
                if (semantic != null) {
                    semantic.clear();
                }
                if (occurrences != null) {
                    occurrences.clear();
                }
                MmsLanguageService.get().edited(uri, event.getDocument().get()); // UI thread: in edit order
                sync.schedule(); // one job: runs again after the current run if more edits came
            }
        });
    }

    @Override
    public void dispose() {
        if (uri != null) {
            // at once, not in a job: an editor opened next on the same file must find it closed (didClose only queues)
            MmsLanguageService.get().close(uri);
        }
        super.dispose();
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IContentOutlinePage.class) {
            if (outline == null) {
                outline = new MmsOutlinePage(this);
            }
            return type.cast(outline);
        }
        return super.getAdapter(type);
    }

    /** The file URI the language server knows this document by. */
    public String uri() {
        return uri;
    }

    /**
     * LSP diagnostics → problem markers on the file (off the UI thread). Each marker keeps the diagnostic (range,
     * issue code) so that quick fixes can ask the server for code actions later.
     */
    static final class DiagnosticMarkers extends WorkspaceJob {
        private final IFile file;
        private final List<Diagnostic> diagnostics;
        private final IDocument document;

        DiagnosticMarkers(IFile file, List<Diagnostic> diagnostics, IDocument document) {
            super("Updating markers of " + file.getName());
            this.file = file;
            this.diagnostics = List.copyOf(diagnostics);
            this.document = document;
            setRule(file);
            setSystem(true);
        }

        @Override
        public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
            if (!file.exists()) {
                return Status.OK_STATUS;
            }
            file.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
            for (Diagnostic d : diagnostics) {
                var m = file.createMarker(MARKER);
                m.setAttribute(IMarker.LINE_NUMBER, d.getRange().getStart().getLine() + 1);
                m.setAttribute(IMarker.MESSAGE,
                        d.getMessage().isLeft() ? d.getMessage().getLeft() : d.getMessage().getRight().getValue());
                m.setAttribute(IMarker.SEVERITY, d.getSeverity() == DiagnosticSeverity.Error
                        ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
                QuickFixes.remember(m, d, document);
            }
            return Status.OK_STATUS;
        }
    }
}
