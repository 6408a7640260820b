package org.mmscope.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;

/**
 * Hover from the language server: what an operation does and which kernel function stands for it, per era. While a
 * debug session of the file is suspended, a name's current value instead (a {@link DebugValueHover} adapter).
 */
public class MmsTextHover implements ITextHover {
    private final MmsEditor editor;

    public MmsTextHover(MmsEditor editor) {
        this.editor = editor;
    }

    @Override
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        return hoverAt(viewer.getDocument(), region.getOffset());
    }

    private String hoverAt(IDocument doc, int offset) {
        if (editor.uri() == null) {
            return null;
        }
        String value = debugValue(doc, offset);
        if (value != null) {
            return value;
        }
        try {
            var at = EditorCommands.position(doc, offset);
            MmsLanguageService.get().sync(editor.uri());
            String md = MmsLanguageService.get().hover(editor.uri(), at.getLine(), at.getCharacter(), 3000);
            return md == null ? null : md.replace("**", "").replace("`", "");
        } catch (BadLocationException e) {
            return null;
        }
    }

    private String debugValue(IDocument doc, int offset) {
        DebugValueHover debugger = Platform.getAdapterManager().getAdapter(editor, DebugValueHover.class);
        IFile file = editor.getEditorInput() == null ? null : editor.getEditorInput().getAdapter(IFile.class);
        return debugger == null || file == null ? null : debugger.valueOf(file, HoverNames.at(doc, offset));
    }

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        IDocument doc = viewer.getDocument();
        int start = offset;
        int end = offset;
        try {
            while (start > 0 && HoverNames.isWord(doc.getChar(start - 1))) {
                start--;
            }
            while (end < doc.getLength() && HoverNames.isWord(doc.getChar(end))) {
                end++;
            }
        } catch (BadLocationException e) {
            return new Region(offset, 0);
        }
        return new Region(start, end - start);
    }
}
