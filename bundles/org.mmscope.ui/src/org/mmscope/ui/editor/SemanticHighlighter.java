package org.mmscope.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.lsp4j.Position;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * Semantic highlighting from the language server's semantic tokens, over the lexical colours: processes,
 * devices, mappings, handles, eras and errno names, hazard kinds. Fetched in a job after every validation for
 * exactly the text validated; shown only while the editor still has that text (typing clears them until the
 * next validation, so no colour lands on the wrong word).
 */
final class SemanticHighlighter implements ITextPresentationListener {
    private static final Map<String, RGB> COLORS = Map.of("class", new RGB(0, 102, 153), "interface", new RGB(153, 92, 0), "variable",
            new RGB(0, 0, 192), "parameter", new RGB(128, 0, 128), "enumMember", new RGB(0, 128, 128), "event", new RGB(192, 0, 0));
    private static final Map<String, Integer> STYLES = Map.of("class", SWT.BOLD, "interface", SWT.BOLD, "parameter", SWT.ITALIC,
            "enumMember", SWT.ITALIC);

    private final ISourceViewer viewer;
    private final Map<String, Color> colors = new HashMap<>();
    private List<StyleRange> ranges = List.of();

    SemanticHighlighter(ISourceViewer viewer) {
        this.viewer = viewer;
        if (viewer instanceof ITextViewerExtension4 v) {
            v.addTextPresentationListener(this);
        }
        viewer.getTextWidget().addListener(SWT.Dispose, e -> colors.values().forEach(Color::dispose));
    }

    /** The document changed: the tokens no longer fit it. */
    void clear() {
        ranges = List.of();
    }

    /** Asks the server for the tokens of the current text (UI thread) and shows them when they arrive. */
    void refresh(String uri) {
        IDocument doc = viewer.getDocument();
        if (doc == null || uri == null) {
            return;
        }
        String text = doc.get();
        var display = viewer.getTextWidget().getDisplay();
        Job job = Job.create("Semantic highlighting", (IProgressMonitor m) -> {
            var tokens = MmsLanguageService.get().semanticTokens(uri, text, 5000);
            display.asyncExec(() -> {
                if (viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed() || !doc.get().equals(text)) {
                    return;
                }
                ranges = toRanges(doc, tokens);
                viewer.invalidateTextPresentation();
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private List<StyleRange> toRanges(IDocument doc, List<MmsLanguageService.SemanticToken> tokens) {
        List<StyleRange> out = new ArrayList<>();
        for (var t : tokens) {
            RGB rgb = COLORS.get(t.type());
            if (rgb == null) {
                continue;
            }
            try {
                StyleRange r = new StyleRange(EditorCommands.offset(doc, new Position(t.line(), t.character())), t.length(),
                        colors.computeIfAbsent(t.type(), k -> new Color(viewer.getTextWidget().getDisplay(), rgb)), null,
                        STYLES.getOrDefault(t.type(), SWT.NORMAL));
                out.add(r);
            } catch (BadLocationException e) {
                // a token past the end: skip it
            }
        }
        return out;
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
