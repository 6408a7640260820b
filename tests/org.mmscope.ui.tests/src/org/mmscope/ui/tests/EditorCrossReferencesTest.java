package org.mmscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.mmscope.ui.editor.MmsEditor;

/** Names in the editor: the uses of the name under the caret are marked, Ctrl+Shift+G lists them, rename changes them. */
class EditorCrossReferencesTest {
    private static final String TEXT = String.join("\n", "scenario \"x\"", "device nic", "process app",
            "app: buf = mmap anon 2 pages read write", // line 3 (0-based)
            "app: rx = pin buf write", // 4
            "app: kid = fork", // 5
            "kid: write buf \"k\"", // 6: the child's inherited buf
            "nic: map rx to_device", // 7
            "expect app.buf[0] pinned", // 8
            "");

    @Test
    void marksListsAndRenamesTheUsesOfAName() throws Exception {
        MmsEditor editor = open("xref.mms", TEXT);
        IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());

        // the caret in the child's use of buf marks the parent's declaration and every use
        editor.getSelectionProvider().setSelection(new TextSelection(TEXT.indexOf("write buf") + "write b".length(), 0));
        Ui.waitFor(() -> EditorProbe.marked(editor).size() == 4, 20_000);
        assertEquals(4, EditorProbe.marked(editor).size(), EditorProbe.marked(editor).toString());
        assertTrue(EditorProbe.marked(editor).contains(TEXT.indexOf("buf =") + "+3"), EditorProbe.marked(editor).toString());

        // Ctrl+Shift+G on the handle in the device's step: its declaration and its use
        editor.getSelectionProvider().setSelection(new TextSelection(TEXT.indexOf("map rx") + "map r".length(), 0));
        // asked again if the first answer came from a server still busy with the previous tests' files (seen once,
        // on the first run of a fresh clone: the declaration alone)
        for (int attempt = 0; attempt < 3 && EditorProbe.referenceRows().size() != 2; attempt++) {
            Ui.execute(MmsEditor.FIND_REFERENCES_COMMAND);
            Ui.waitFor(() -> EditorProbe.referenceRows().size() == 2, 10_000);
        }
        assertEquals(List.of("5: app: rx = pin buf write", "8: nic: map rx to_device"), EditorProbe.referenceRows());
        EditorProbe.goToReference(0);
        ITextSelection sel = (ITextSelection) editor.getSelectionProvider().getSelection();
        assertEquals("rx", sel.getText());
        assertEquals(4, sel.getStartLine(), "Enter on the first row selects the declaration");

        // rename from the p.v use: the declaration, the pin, the child's use and the expectation change; one undo step
        editor.rename(TEXT.indexOf("app.buf") + "app.b".length(), "ring");
        Ui.waitFor(() -> doc.get().contains("kid: write ring"), 10_000);
        assertEquals(TEXT.replace("buf", "ring"), doc.get());
        editor.getAdapter(ITextOperationTarget.class).doOperation(ITextOperationTarget.UNDO);
        assertEquals(TEXT, doc.get(), "one undo takes the whole rename back");

        // Alt+Shift+R (the rename command): the dialog proposes the name under the caret; OK renames every use
        editor.getSelectionProvider().setSelection(new TextSelection(TEXT.indexOf("map rx") + "map r".length(), 0));
        answerRenameDialog("Rename 'rx'", "dmabuf");
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().activate(editor); // the popup had the focus
        Ui.waitFor(() -> false, 200);
        Ui.execute(MmsEditor.RENAME_COMMAND);
        Ui.waitFor(() -> doc.get().contains("map dmabuf"), 20_000);
        assertEquals(TEXT.replace(" rx ", " dmabuf "), doc.get(), "the handle's declaration and its use");
        editor.getAdapter(ITextOperationTarget.class).doOperation(ITextOperationTarget.UNDO);
        assertEquals(TEXT, doc.get());

        // a reserved keyword is refused with the parser's words, in an error dialog; the text stays
        String[] refused = new String[1];
        Ui.answerDialog("Rename", shell -> {
            refused[0] = String.join("\n", Ui.texts(shell));
            Ui.press(shell, "OK");
        });
        editor.rename(TEXT.indexOf("buf"), "write");
        Ui.waitFor(() -> refused[0] != null, 10_000);
        assertTrue(refused[0] != null && refused[0].contains("`write` is a keyword"), "the dialog says why: " + refused[0]);
        assertEquals(TEXT, doc.get());
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeEditor(editor, false);
    }

    /** When a dialog titled {@code title} opens, types {@code name} into it and presses OK (as a user would). */
    private static void answerRenameDialog(String title, String name) {
        Ui.answerDialog(title, shell -> {
            Text field = Ui.find(shell, Text.class, t -> true);
            assertEquals(title.substring("Rename '".length(), title.length() - 1), field.getText(), "the dialog proposes the current name");
            field.setText(name);
            Ui.press(shell, "OK");
        });
    }

    private static MmsEditor open(String name, String text) throws Exception {
        return Ui.open("xref-test", name, text);
    }
}
