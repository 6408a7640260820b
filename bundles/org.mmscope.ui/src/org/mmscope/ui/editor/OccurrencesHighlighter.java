package org.mmscope.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;

/**
 * Marks the uses of the name under the caret (and its declaration) with a background, from the language server's
 * document highlights: asked in a job shortly after the caret stops, shown only while the text is the one asked
 * about (typing clears them).
 */
final class OccurrencesHighlighter implements ITextPresentationListener {
    private static final int DELAY_MS = 150;
    private final ISourceViewer viewer;
    private final Supplier<String> uri;
    private final Color background;
    private List<StyleRange> ranges = List.of();
    private Job job;

    OccurrencesHighlighter(ISourceViewer viewer, Supplier<String> uri) {
        this.viewer = viewer;
        this.uri = uri;
        this.background = new Color(viewer.getTextWidget().getDisplay(), 212, 220, 240);
        if (viewer instanceof ITextViewerExtension4 v) {
            v.addTextPresentationListener(this);
        }
        viewer.getTextWidget().addCaretListener(e -> caretMoved());
        viewer.getTextWidget().addListener(SWT.Dispose, e -> background.dispose());
    }

    /** The document changed: the marks no longer fit it. */
    void clear() {
        if (!ranges.isEmpty()) {
            ranges = List.of();
            viewer.invalidateTextPresentation();
        }
    }

    private void caretMoved() {
        IDocument doc = viewer.getDocument();
        String u = uri.get();
        if (doc == null || u == null) {
            return;
        }
        String text = doc.get();
        int offset = viewer.getSelectedRange().x;
        var display = viewer.getTextWidget().getDisplay();
        if (job != null) {
            job.cancel();
        }
        job = Job.create("Marking occurrences", (IProgressMonitor m) -> {
            Position at;
            try {
                at = EditorCommands.position(new Document(text), offset);
            } catch (BadLocationException e) {
                return Status.OK_STATUS;
            }
            var found = MmsLanguageService.get().highlights(u, text, at.getLine(), at.getCharacter(), 5000);
            if (!m.isCanceled()) {
                display.asyncExec(() -> show(doc, text, found));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule(DELAY_MS);
    }

    private void show(IDocument doc, String text, List<Range> found) {
        if (viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed() || !doc.get().equals(text)) {
            return;
        }
        List<StyleRange> out = new ArrayList<>();
        for (var r : found) {
            try {
                int start = EditorCommands.offset(doc, r.getStart());
                out.add(new StyleRange(start, EditorCommands.offset(doc, r.getEnd()) - start, null, background));
            } catch (BadLocationException e) {
                // a range past the end: skip it
            }
        }
        ranges = out;
        viewer.invalidateTextPresentation();
    }

    @Override
    public void applyTextPresentation(TextPresentation presentation) {
        IRegion extent = presentation.getExtent();
        for (StyleRange r : ranges) {
            if (r.start >= extent.getOffset() && r.start + r.length <= extent.getOffset() + extent.getLength()) {
                presentation.mergeStyleRange((StyleRange) r.clone());
            }
        }
    }

}
