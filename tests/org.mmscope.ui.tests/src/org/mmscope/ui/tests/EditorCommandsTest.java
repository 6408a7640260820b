package org.mmscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.mmscope.dsl.ScenarioLoader;
import org.mmscope.engine.scenario.RunResult;
import org.mmscope.engine.scenario.ScenarioRunner;
import org.mmscope.ui.editor.MmsEditor;
import org.mmscope.ui.views.RunContext;
import org.mmscope.ui.wizards.NewScenarioWizard;

/** Editor commands through their command ids (as the key bindings run them), and the new-scenario wizard. */
class EditorCommandsTest {
    private static final String UGLY = "scenario \"cmd\"\nprocess app\napp:   buf=mmap anon 1 page read   write\napp: write buf \"x\"\n";

    private static MmsEditor open(String name, String text) throws Exception {
        return Ui.open("commands-test", name, text);
    }

    @Test
    void formatToggleCommentAndRunThroughTheirCommands() throws Exception {
        MmsEditor editor = open("cmd.mms", UGLY);
        IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());

        Ui.execute(MmsEditor.FORMAT_COMMAND);
        Ui.waitFor(() -> doc.get().contains("app: buf = mmap anon 1 page read write"), 10_000);
        assertTrue(doc.get().contains("app: buf = mmap anon 1 page read write\n"), doc.get());

        int line3 = doc.getLineOffset(2);
        editor.getSelectionProvider().setSelection(new TextSelection(line3, doc.getLineOffset(3) + 3 - line3));
        Ui.execute(MmsEditor.TOGGLE_COMMENT_COMMAND);
        assertEquals("// app: buf = mmap anon 1 page read write", doc.get(doc.getLineOffset(2), doc.getLineLength(2) - 1));
        assertEquals("// app: write buf \"x\"", doc.get(doc.getLineOffset(3), doc.getLineLength(3) - 1));
        editor.getSelectionProvider()
                .setSelection(new TextSelection(doc.getLineOffset(2), doc.getLineOffset(3) + 3 - doc.getLineOffset(2)));
        Ui.execute(MmsEditor.TOGGLE_COMMENT_COMMAND);
        assertEquals("app: write buf \"x\"", doc.get(doc.getLineOffset(3), doc.getLineLength(3) - 1), "toggled back");

        RunResult before = RunContext.get().run();
        doc.replace(doc.getLength(), 0, "app: write buf \"unsaved\"\nexpect app: read buf == \"unsaved\"\n");
        Ui.execute("org.mmscope.ui.runScenario");
        Ui.waitFor(() -> RunContext.get().run() != before, 20_000);
        RunResult run = RunContext.get().run();
        assertEquals("cmd", run.scenario().title());
        assertTrue(run.passed(), "the editor's unsaved text was run: " + run);
        editor.doRevertToSaved();
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeEditor(editor, false);
    }

    @Test
    void outlineListsTheSymbolsAndSelectingOneSelectsItInTheEditor() throws Exception {
        MmsEditor editor = open("outline.mms", "scenario \"o\"\ndevice nic\nprocess app\napp: buf = mmap anon 1 page read write\n"
                + "app: rx = pin buf write\napp: kid = fork\n");
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.showView("org.eclipse.ui.views.ContentOutline");
        page.activate(editor);
        Ui.waitFor(() -> EditorProbe.outline() != null && EditorProbe.labels(EditorProbe.outline()).size() >= 5, 20_000);
        Tree outline = EditorProbe.outline();
        var labels = EditorProbe.labels(outline);
        for (String name : new String[] { "nic", "app", "buf", "rx", "kid" }) {
            assertTrue(labels.stream().anyMatch(l -> l.startsWith(name + " ")), name + " in " + labels);
        }
        assertTrue(EditorProbe.selectInOutline(outline, "buf"));
        var sel = (org.eclipse.jface.text.ITextSelection) editor.getSelectionProvider().getSelection();
        assertEquals("buf", sel.getText(), "the declaration is selected in the editor");
        assertEquals(3, sel.getStartLine());

        IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        int use = doc.get().indexOf("pin buf") + "pin b".length();
        editor.getSelectionProvider().setSelection(new TextSelection(use, 0));
        Ui.execute(MmsEditor.OPEN_DECLARATION_COMMAND); // F3
        Ui.waitFor(() -> ((org.eclipse.jface.text.ITextSelection) editor.getSelectionProvider().getSelection()).getLength() > 0, 10_000);
        sel = (org.eclipse.jface.text.ITextSelection) editor.getSelectionProvider().getSelection();
        assertEquals("buf", sel.getText());
        assertEquals(3, sel.getStartLine(), "F3 on a use selects the mapping's declaration; selection " + sel.getOffset() + "+"
                + sel.getLength() + " use " + use + " in " + doc.get());
        page.closeEditor(editor, false);
    }

    @Test
    void semanticHighlightingColoursNamesByWhatTheyAre() throws Exception {
        MmsEditor editor = open("semantic.mms", "scenario \"s\"\ndevice nic\nprocess app\napp: buf = mmap anon 1 page read write\n"
                + "app: rx = pin buf write\nnic: map rx from_device\nexpect hazard dma-diverged\n");
        IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        int actor = doc.get().indexOf("app: buf");
        Ui.waitFor(() -> EditorProbe.colourAt(editor, actor) != null, 20_000);
        assertEquals("0,102,153", EditorProbe.colourAt(editor, actor), "a process (class)");
        assertEquals("153,92,0", EditorProbe.colourAt(editor, doc.get().indexOf("nic: map")), "a device (interface)");
        assertEquals("0,0,192", EditorProbe.colourAt(editor, doc.get().indexOf("buf =")), "a mapping (variable)");
        assertEquals("128,0,128", EditorProbe.colourAt(editor, doc.get().indexOf("rx =")), "a handle (parameter)");
        assertEquals("192,0,0", EditorProbe.colourAt(editor, doc.get().indexOf("dma-diverged")), "a hazard (event)");
        doc.replace(0, 0, "// typed\n");
        // typing drops the tokens until the next validation: redrawn now (as new occurrence marks redraw it), no
        // process colour lands on the text that is now at the old offset of 'app' (inside the keyword 'process'),
        // and the moved 'app' is plain until the server has validated the new text
        EditorProbe.repaint(editor);
        assertEquals("process", doc.get(actor - 3, "process".length()), doc.get());
        assertEquals("127,0,85", EditorProbe.colourAt(editor, actor), "typing drops the tokens until the next validation");
        int moved = doc.get().indexOf("app: buf");
        assertEquals(null, EditorProbe.colourAt(editor, moved), "the moved name: no stale colour");
        Ui.waitFor(() -> EditorProbe.colourAt(editor, moved) != null, 20_000);
        assertEquals("0,102,153", EditorProbe.colourAt(editor, moved), "the next validation colours it again");
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeEditor(editor, false);
    }

    @Test
    void quickFixesFromTheEditorAndFromTheProblemsView() throws Exception {
        MmsEditor editor = open("fix.mms", "scenario \"f\"\nkernel linux-6.1\nprocess app\n");
        IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        int at = doc.get().indexOf("linux-6.1") + 2;
        String label = "Change 'linux-6.1' to 'linux-6.12'";
        if (!Ui.waitFor(() -> quickFixes(editor, at).contains(label), 20_000)) {
            // no diagnostics yet (seen once, on the first run of a fresh clone): a keystroke and its undo make the
            // editor send the text again, as typing would
            int end = doc.getLength();
            doc.replace(end, 0, " ");
            doc.replace(end, 1, "");
            Ui.waitFor(() -> quickFixes(editor, at).contains(label), 20_000);
        }
        assertEquals(java.util.List.of(label), EditorProbe.quickFixes(editor, at), "Ctrl+1 on the line");
        assertTrue(EditorProbe.applyQuickFix(editor, at, label));
        assertTrue(doc.get().contains("kernel linux-6.12\n"), doc.get());
        assertTrue(editor.isDirty(), "the fix is an edit in the open editor, not saved behind the user's back");
        editor.doRevertToSaved();
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeEditor(editor, false);

        // the Problems view's Quick Fix on a file that is not open: the same fix, saved
        IFile f = Ui.project("commands-test").getFile("fix.mms");
        org.eclipse.core.resources.IMarker[] markers = f.findMarkers(MmsEditor.MARKER, false, 0);
        assertEquals(1, markers.length);
        var resolutions = org.eclipse.ui.ide.IDE.getMarkerHelpRegistry().getResolutions(markers[0]);
        assertEquals(1, resolutions.length);
        assertEquals(label, resolutions[0].getLabel());
        resolutions[0].run(markers[0]);
        try (var in = f.getContents()) {
            assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("kernel linux-6.12\n"));
        }
    }

    @Test
    void newScenarioWizardCreatesARunnableFileAndOpensIt() throws Exception {
        IProject p = Ui.project("commands-test");
        if (p.getFile("scenario.mms").exists()) {
            p.getFile("scenario.mms").delete(true, null);
        }
        NewScenarioWizard wizard = new NewScenarioWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(p));
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.create();
        assertTrue(wizard.canFinish(), "the template's defaults are complete");
        assertTrue(wizard.performFinish());
        dialog.close();
        IFile f = p.getFile("scenario.mms");
        assertTrue(f.exists());
        try (var in = f.getContents()) {
            assertEquals(NewScenarioWizard.TEMPLATE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertNotNull(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().findEditor(new org.eclipse.ui.part.FileEditorInput(f)),
                "opened in the editor");
        var loaded = ScenarioLoader.create().load(NewScenarioWizard.TEMPLATE, "scenario.mms");
        assertTrue(loaded.problems().isEmpty(), loaded.problems().toString());
        assertTrue(new ScenarioRunner().run(loaded.scenario()).passed(), "the template's expectations hold in both eras");
    }

    @Test
    void newScenarioWizardDoesNotWriteIntoTheShippedExamples() throws Exception {
        IProject examples = ResourcesPlugin.getWorkspace().getRoot().getProject(org.mmscope.ui.startup.ExamplesImporter.PROJECT);
        if (!examples.exists()) {
            examples.create(null);
        }
        examples.open(null);
        NewScenarioWizard wizard = new NewScenarioWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(examples));
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.create();
        IProject scenarios = ResourcesPlugin.getWorkspace().getRoot().getProject(NewScenarioWizard.DEFAULT_PROJECT);
        if (scenarios.getFile("scenario.mms").exists()) {
            scenarios.getFile("scenario.mms").delete(true, null);
        }
        assertTrue(wizard.performFinish());
        dialog.close();
        assertTrue(scenarios.getFile("scenario.mms").exists(), "created in the project " + NewScenarioWizard.DEFAULT_PROJECT);
        assertTrue(!examples.getFile("scenario.mms").exists());
    }

    /** Ctrl+1's labels (a waiting condition: a failure to read them is no labels). */
    private static java.util.List<String> quickFixes(MmsEditor editor, int at) {
        try {
            return EditorProbe.quickFixes(editor, at);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.List.of();
        }
    }
}
