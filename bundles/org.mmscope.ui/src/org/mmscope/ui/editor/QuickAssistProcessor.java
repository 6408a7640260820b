package org.mmscope.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.texteditor.MarkerAnnotation;

/** Ctrl+1 in the editor: the quick fixes of the problem markers on the caret's line. */
final class QuickAssistProcessor implements IQuickAssistProcessor {
    private final MmsEditor editor;

    QuickAssistProcessor(MmsEditor editor) {
        this.editor = editor;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public boolean canFix(Annotation annotation) {
        return annotation instanceof MarkerAnnotation m && new QuickFixes().hasResolutions(m.getMarker());
    }

    @Override
    public boolean canAssist(IQuickAssistInvocationContext context) {
        return false;
    }

    @Override
    public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
        return proposalsAt(context.getOffset()).toArray(new ICompletionProposal[0]);
    }

    /** The fixes for the markers on the line of {@code offset}. */
    private List<ICompletionProposal> proposalsAt(int offset) {
        List<ICompletionProposal> out = new ArrayList<>();
        if (!(editor.getEditorInput() instanceof IFileEditorInput in)) {
            return out;
        }
        IFile file = in.getFile();
        IDocument doc = editor.getDocumentProvider().getDocument(in);
        try {
            int line = doc.getLineOfOffset(offset) + 1;
            QuickFixes fixes = new QuickFixes();
            for (IMarker m : file.findMarkers(MmsEditor.MARKER, false, IResource.DEPTH_ZERO)) {
                if (m.getAttribute(IMarker.LINE_NUMBER, -1) == line && fixes.hasResolutions(m)) {
                    for (IMarkerResolution r : fixes.getResolutions(m)) {
                        out.add(new Proposal(r, m));
                    }
                }
            }
        } catch (CoreException | BadLocationException e) {
            // no markers to offer
        }
        return out;
    }

    private record Proposal(IMarkerResolution resolution, IMarker marker) implements ICompletionProposal {
        @Override
        public void apply(IDocument document) {
            resolution.run(marker);
        }

        @Override
        public Point getSelection(IDocument document) {
            return null;
        }

        @Override
        public String getAdditionalProposalInfo() {
            return marker.getAttribute(IMarker.MESSAGE, "");
        }

        @Override
        public String getDisplayString() {
            return resolution.getLabel();
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public IContextInformation getContextInformation() {
            return null;
        }
    }
}
