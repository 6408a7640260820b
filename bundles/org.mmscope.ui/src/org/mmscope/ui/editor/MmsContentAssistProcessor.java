package org.mmscope.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;

/** Ctrl+Space: completion items of the in-process language server, as Eclipse proposals. */
public class MmsContentAssistProcessor implements IContentAssistProcessor {
    private final MmsEditor editor;

    public MmsContentAssistProcessor(MmsEditor editor) {
        this.editor = editor;
    }

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        IDocument doc = viewer.getDocument();
        String uri = editor.uri();
        if (uri == null) {
            return new ICompletionProposal[0];
        }
        try {
            var at = EditorCommands.position(doc, offset);
            MmsLanguageService.get().sync(uri);
            String prefix = prefix(doc, offset);
            List<ICompletionProposal> out = new ArrayList<>();
            for (CompletionItem item : MmsLanguageService.get().complete(uri, at.getLine(), at.getCharacter(), 3000)) {
                String text = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
                if (!text.startsWith(prefix)) {
                    continue;
                }
                out.add(new CompletionProposal(text, offset - prefix.length(), prefix.length(), text.length(), null, item.getLabel(), null,
                        item.getDetail()));
            }
            return out.toArray(new ICompletionProposal[0]);
        } catch (BadLocationException e) {
            return new ICompletionProposal[0];
        }
    }

    private static String prefix(IDocument doc, int offset) throws BadLocationException {
        int start = offset;
        while (start > 0) {
            char c = doc.getChar(start - 1);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '-' && c != '.') {
                break;
            }
            start--;
        }
        String p = doc.get(start, offset - start);
        int dot = p.lastIndexOf('.');
        return dot >= 0 && !p.startsWith("linux") ? p.substring(dot + 1) : p;
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return new char[] { ' ', '.' };
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
