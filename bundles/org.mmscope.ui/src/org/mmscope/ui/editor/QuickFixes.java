package org.mmscope.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/**
 * Quick fixes (Ctrl+1 in the editor, Quick Fix in the Problems view): the language server's code actions for
 * the diagnostic a marker stands for. The marker keeps the diagnostic's range and issue code; a fix applies
 * the action's edits to the file's shared text buffer, so an open editor shows them (and they stay unsaved
 * there), and a closed file is saved.
 */
public final class QuickFixes implements IMarkerResolutionGenerator2 {
    private static final String CODE = "org.mmscope.ui.code";
    private static final String RANGE = "org.mmscope.ui.range";

    /** Stores what {@link #diagnostic} needs on the marker, plus CHAR_START/CHAR_END for the editor. */
    static void remember(IMarker m, Diagnostic d, IDocument document) throws CoreException {
        Range r = d.getRange();
        m.setAttribute(RANGE, r.getStart().getLine() + ":" + r.getStart().getCharacter() + ":" + r.getEnd().getLine() + ":"
                + r.getEnd().getCharacter());
        if (d.getCode() != null && d.getCode().isLeft()) {
            m.setAttribute(CODE, d.getCode().getLeft());
        }
        try {
            int start = EditorCommands.offset(document, r.getStart());
            int end = EditorCommands.offset(document, r.getEnd());
            m.setAttribute(IMarker.CHAR_START, start);
            m.setAttribute(IMarker.CHAR_END, Math.max(end, start + 1));
        } catch (BadLocationException e) {
            // the text changed since it was validated: the line number is enough until the next validation
        }
    }

    static Diagnostic diagnostic(IMarker m) {
        String[] r = m.getAttribute(RANGE, "0:0:0:0").split(":");
        Diagnostic d = new Diagnostic(new Range(new Position(Integer.parseInt(r[0]), Integer.parseInt(r[1])),
                new Position(Integer.parseInt(r[2]), Integer.parseInt(r[3]))), m.getAttribute(IMarker.MESSAGE, ""));
        String code = m.getAttribute(CODE, null);
        if (code != null) {
            d.setCode(Either.forLeft(code));
        }
        return d;
    }

    @Override
    public boolean hasResolutions(IMarker marker) {
        return marker.getAttribute(CODE, null) != null;
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        if (!(marker.getResource() instanceof IFile file) || file.getLocationURI() == null) {
            return new IMarkerResolution[0];
        }
        List<IMarkerResolution> out = new ArrayList<>();
        for (CodeAction a : MmsLanguageService.get().codeActions(file.getLocationURI().toString(), diagnostic(marker), 5000)) {
            List<TextEdit> edits = new ArrayList<>();
            a.getEdit().getChanges().values().forEach(edits::addAll);
            out.add(new Fix(a.getTitle(), file, edits));
        }
        return out.toArray(new IMarkerResolution[0]);
    }

    /** One code action: its edits applied through the file's text buffer. */
    record Fix(String getLabel, IFile file, List<TextEdit> edits) implements IMarkerResolution {
        @Override
        public void run(IMarker marker) {
            ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
            try {
                manager.connect(file.getFullPath(), LocationKind.IFILE, null);
                try {
                    ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
                    boolean wasDirty = buffer.isDirty();
                    EditorCommands.apply(buffer.getDocument(), edits);
                    if (!wasDirty && !buffer.isShared()) {
                        buffer.commit(null, true); // nobody else has it open: save the fix
                    }
                } finally {
                    manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
                }
            } catch (CoreException | BadLocationException e) {
                ILog.of(QuickFixes.class).error("quick fix failed on " + file, e);
            }
        }
    }
}
