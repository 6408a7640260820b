package org.mmscope.debug.ui.breakpoints;

import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.source.IVerticalRulerInfo;
import org.eclipse.ui.texteditor.AbstractRulerActionDelegate;
import org.eclipse.ui.texteditor.ITextEditor;

/** Contributes {@link RulerBreakpointPropertiesAction} to the .mms editor's ruler context menu. */
public final class RulerBreakpointPropertiesActionDelegate extends AbstractRulerActionDelegate {
    @Override
    protected IAction createAction(ITextEditor editor, IVerticalRulerInfo rulerInfo) {
        return new RulerBreakpointPropertiesAction(editor, rulerInfo);
    }
}
