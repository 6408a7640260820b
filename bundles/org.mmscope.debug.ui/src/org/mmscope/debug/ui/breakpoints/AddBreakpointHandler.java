package org.mmscope.debug.ui.breakpoints;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens {@link AddBreakpointDialog}; in the editor, a selected word is offered as the kernel function. */
public final class AddBreakpointHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        String word = HandlerUtil.getCurrentSelection(event) instanceof ITextSelection t && t.getText() != null
                && t.getText().matches("\\s*\\w+\\s*") ? t.getText().trim() : "";
        AddBreakpointDialog d = new AddBreakpointDialog(HandlerUtil.getActiveShellChecked(event), word);
        if (d.open() == Window.OK) {
            try {
                d.createBreakpoint();
            } catch (CoreException e) {
                throw new ExecutionException("cannot add the breakpoint", e);
            }
        }
        return null;
    }
}
