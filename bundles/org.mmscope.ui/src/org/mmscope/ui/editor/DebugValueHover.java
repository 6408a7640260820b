package org.mmscope.ui.editor;

import java.util.List;

import org.eclipse.core.resources.IFile;

/**
 * What a debugger adds to the editor's hover: the current value of a name while a debug session of the editor's
 * file is suspended. An adapter of {@link MmsEditor} (org.mmscope.debug.ui contributes it), so the editor does not
 * depend on the debugger; without one, or when it answers null, the editor shows its normal hover.
 */
public interface DebugValueHover {
    /**
     * The value text of the first of {@code names} (most specific first, as {@link HoverNames} gives them) at the
     * position of the suspended session of {@code file}, or null (no such session, or no such name there).
     */
    String valueOf(IFile file, List<String> names);
}
