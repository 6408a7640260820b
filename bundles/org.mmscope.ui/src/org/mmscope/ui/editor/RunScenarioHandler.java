package org.mmscope.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.mmscope.ui.views.FramesView;

/** "Run Scenario" (Ctrl+F11 in the editor, and its context menu): runs the editor's text and shows the Frames view. */
public final class RunScenarioHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        try {
            FramesView frames = (FramesView) page.showView(FramesView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
            frames.run(editor);
        } catch (PartInitException e) {
            throw new ExecutionException("cannot open the Frames view", e);
        }
        return null;
    }
}
