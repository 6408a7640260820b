package org.mmscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.mmscope.ui.editor.MmsEditor;

/** The editor: a .mms file opens in it, Ctrl+Space proposes names in scope, an error becomes a marker while typing. */
class EditorTest {
    private static final String TEXT = "scenario \"ed\"\ndevice nic\nprocess app\napp: buf = mmap anon 1 page read write\n";

    @Test
    void contentAssistAndMarkersWhileTyping() throws Exception {
        IFile f = Ui.newFile("editor-test", "e.mms", TEXT);
        IWorkbenchPage page = Ui.page();
        MmsEditor editor = (MmsEditor) IDE.openEditor(page, f, MmsEditor.ID);
        IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        doc.replace(doc.getLength(), 0, "app: write ");
        List<String> proposals = List.of();
        for (int i = 0; i < 100 && !proposals.contains("buf"); i++) {
            proposals = EditorProbe.proposals(editor, doc.getLength(), 3000);
            Ui.spin(50);
        }
        assertTrue(proposals.contains("buf"), "the process's own mapping is proposed: " + proposals);
        String hover = EditorProbe.hover(editor, TEXT.indexOf("mmap") + 1);
        assertTrue(hover != null && hover.contains("mmap") && hover.contains("do_mmap"), "hover on mmap: " + hover);
        doc.replace(doc.getLength(), 0, "nothing \"x\"\n");
        // the markers of the text before this keystroke (the unfinished "app: write ") may still be there: wait for
        // those of the text now
        IMarker[] markers = new IMarker[0];
        for (int i = 0; i < 200 && Arrays.stream(markers).noneMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains("'nothing'")); i++) {
            Ui.spin(50);
            markers = f.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO);
        }
        assertEquals(1, markers.length, "one marker while typing, before any save");
        assertEquals(5, markers[0].getAttribute(IMarker.LINE_NUMBER, -1));
        assertTrue(markers[0].getAttribute(IMarker.MESSAGE, "").contains("no mapping named 'nothing'"),
                markers[0].getAttribute(IMarker.MESSAGE, "") + " in:\n" + doc.get());
        editor.doRevertToSaved();
        page.closeEditor(editor, false);
    }
}
