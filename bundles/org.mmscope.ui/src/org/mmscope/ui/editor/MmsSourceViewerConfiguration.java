package org.mmscope.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/** Lexical highlighting: keywords, strings, comments and numbers of the scenario language. */
public class MmsSourceViewerConfiguration extends TextSourceViewerConfiguration {
    private final MmsEditor editor;

    public MmsSourceViewerConfiguration(MmsEditor editor) {
        this.editor = editor;
    }

    @Override
    public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
        return new MmsTextHover(editor);
    }

    /** Content assist from the language server, computed off the UI thread (asynchronous ContentAssistant). */
    @Override
    public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
        ContentAssistant ca = new ContentAssistant(true);
        ca.setContentAssistProcessor(new MmsContentAssistProcessor(editor), IDocument.DEFAULT_CONTENT_TYPE);
        ca.enableAutoActivation(false);
        ca.setInformationControlCreator(getInformationControlCreator(sourceViewer));
        return ca;
    }
    static final String[] KEYWORDS = { "scenario", "kernel", "machine", "ram", "swap", "page", "pages", "zone", "block", "device",
            "process", "mmap", "anon", "file", "munmap", "write", "read", "touch", "mlock", "munlock", "mprotect", "madvise", "fork",
            "exit", "get_user_pages", "pin_user_pages", "pin", "unpin", "put_page", "unpin_user_pages", "map", "unmap", "dma",
            "reclaim", "migrate", "compact", "offline", "of", "expect", "not", "same", "frame", "as", "present", "swapped", "absent",
            "pinned", "moved", "refcount", "mapcount", "pincount", "free", "allocated", "ok", "error", "hazard", "no", "parallel",
            "shared", "longterm", "none", "dontfork", "dofork", "wipeonfork", "dontneed", "pageout", "to_device", "from_device",
            "bidirectional", "normal", "movable" };

    @Override
    public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
        QuickAssistAssistant a = new QuickAssistAssistant();
        a.setQuickAssistProcessor(new QuickAssistProcessor(editor));
        a.setInformationControlCreator(getInformationControlCreator(sourceViewer));
        return a;
    }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        PresentationReconciler r = new PresentationReconciler();
        DefaultDamagerRepairer dr = new DefaultDamagerRepairer(scanner());
        r.setDamager(dr, IDocument.DEFAULT_CONTENT_TYPE);
        r.setRepairer(dr, IDocument.DEFAULT_CONTENT_TYPE);
        return r;
    }

    private static RuleBasedScanner scanner() {
        Display d = Display.getCurrent();
        IToken keyword = new Token(new TextAttribute(new Color(d, new RGB(127, 0, 85)), null, SWT.BOLD));
        IToken string = new Token(new TextAttribute(new Color(d, new RGB(42, 0, 255))));
        IToken comment = new Token(new TextAttribute(new Color(d, new RGB(63, 127, 95))));
        WordRule words = new WordRule(new IWordDetector() {
            @Override
            public boolean isWordStart(char c) {
                return Character.isLetter(c) || c == '_';
            }

            @Override
            public boolean isWordPart(char c) {
                return Character.isLetterOrDigit(c) || c == '_' || c == '-';
            }
        }, Token.UNDEFINED);
        for (String k : KEYWORDS) {
            words.addWord(k, keyword);
        }
        RuleBasedScanner s = new RuleBasedScanner();
        s.setRules(new IRule[] { new EndOfLineRule("//", comment), new MultiLineRule("/*", "*/", comment),
                new SingleLineRule("\"", "\"", string, '\\'), words });
        return s;
    }
}
