package org.mmscope.debug.ui.breakpoints;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.source.IVerticalRulerInfo;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.IUpdate;

/**
 * The editor ruler's *Breakpoint Properties…*: the properties (Kernel Eras) of the mmscope line breakpoint on the
 * clicked line, found through the breakpoint manager as Toggle Breakpoint finds it.
 */
public final class RulerBreakpointPropertiesAction extends Action implements IUpdate {
    private final ITextEditor editor;
    private final IVerticalRulerInfo ruler;

    public RulerBreakpointPropertiesAction(ITextEditor editor, IVerticalRulerInfo ruler) {
        super("Breakpoint Properties…");
        this.editor = editor;
        this.ruler = ruler;
    }

    /** The mmscope line breakpoint on the ruler's last clicked line, or null. */
    public MmLineBreakpoint breakpointAtClickedLine() {
        IResource file = editor.getEditorInput() == null ? null : editor.getEditorInput().getAdapter(IResource.class);
        try {
            return file == null ? null : LineBreakpointToggler.at(file, ruler.getLineOfLastMouseButtonActivity() + 1);
        } catch (CoreException e) {
            return null;
        }
    }

    @Override
    public void update() {
        setEnabled(breakpointAtClickedLine() != null);
    }

    @Override
    public void run() {
        MmLineBreakpoint b = breakpointAtClickedLine();
        if (b != null) {
            PreferencesUtil.createPropertyDialogOn(editor.getSite().getShell(), b, BreakpointErasPage.ID, null, null).open();
        }
    }
}
