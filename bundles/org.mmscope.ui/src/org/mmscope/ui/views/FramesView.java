package org.mmscope.ui.views;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.part.ViewPart;
import org.mmscope.dsl.ScenarioLoader;
import org.mmscope.engine.kernel.Contents;
import org.mmscope.engine.scenario.EraRun;
import org.mmscope.engine.scenario.RunResult;
import org.mmscope.engine.scenario.ScenarioRunner;
import org.mmscope.model.mm.Frame;

/**
 * The Frames view: every allocated frame of the last run's final state, per era, with its counters and flags.
 * "Run" runs the scenario of the active editor in a cancellable background job. Partial (issue 7): no frame
 * grid, selection or time travel yet.
 */
public class FramesView extends ViewPart implements RunContext.Listener {
    public static final String ID = "org.mmscope.ui.views.frames";
    static final String[] COLUMNS = { "pfn", "zone", "refcount", "mapcount", "pins", "flags", "content" };
    private Label title;
    private Combo era;
    private Table table;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        title = new Label(parent, SWT.NONE);
        title.setText("Run a scenario (toolbar: Run) to see its frames.");
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        era = new Combo(parent, SWT.READ_ONLY);
        era.addListener(SWT.Selection, e -> RunContext.get().focusEra(era.getSelectionIndex()));
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        for (String c : COLUMNS) {
            TableColumn col = new TableColumn(table, SWT.LEFT);
            col.setText(c);
            col.setWidth(c.equals("flags") ? 260 : c.equals("content") ? 160 : 80);
        }
        getViewSite().getActionBars().getToolBarManager().add(new Action("Run") {
            @Override
            public void run() {
                runActiveEditor();
            }
        });
        RunContext.get().addListener(this);
        focusChanged(RunContext.get());
    }

    @Override
    public void focusChanged(RunContext c) {
        if (table.isDisposed() || c.run() == null) {
            return;
        }
        RunResult result = c.run();
        title.setText(result.scenario().title() + (result.passed() ? " — all expectations hold" : " — FAILED")
                + (c.step() >= 0 ? " — state after step " + c.step() : " — final state"));
        String[] eras = result.eras().stream().map(EraRun::era).toArray(String[]::new);
        if (!java.util.Arrays.equals(eras, era.getItems())) {
            era.setItems(eras);
        }
        era.select(c.eraIndex());
        era.getParent().layout();
        fill(c.state());
    }

    @Override
    public void dispose() {
        RunContext.get().removeListener(this);
        super.dispose();
    }

    /** Shows a run in every mmscope view (any thread may call; the views update on the UI thread). */
    public void showRun(RunResult result) {
        table.getDisplay().asyncExec(() -> RunContext.get().publish(result));
    }

    private void fill(org.mmscope.model.mm.MmState state) {
        table.removeAll();
        if (state == null) {
            return;
        }
        List<Frame> frames = new ArrayList<>(state.getFrames());
        frames.sort(Comparator.comparingLong(Frame::getPfn));
        for (Frame f : frames) {
            TableItem it = new TableItem(table, SWT.NONE);
            it.setText(new String[] { Long.toString(f.getPfn()), f.getZone().getLiteral(), Integer.toString(f.getRefcount()),
                    Integer.toString(f.getMapcount()), Integer.toString(f.getPincount()), flags(f), Contents.readString(f.getContent()) });
        }
    }

    private static String flags(Frame f) {
        StringBuilder b = new StringBuilder();
        if (f.isZeroPage()) b.append("zero-page ");
        if (f.isAnon()) b.append("anon ");
        if (f.isAnonExclusive()) b.append("exclusive ");
        if (f.isDirty()) b.append("dirty ");
        if (f.isSwapcache()) b.append("swapcache ");
        if (f.isMlocked()) b.append("mlocked ");
        if (f.getFile() != null) b.append("file ");
        return b.toString().trim();
    }

    public int rowCount() {
        return table.getItemCount();
    }

    public String cell(int row, int column) {
        return table.getItem(row).getText(column);
    }

    private void runActiveEditor() {
        run(getSite().getPage().getActiveEditor());
    }

    /**
     * Runs the scenario of an editor in a cancellable job — the editor's text, saved or not — and shows the
     * run in every mmscope view. Returns the job, or null when the editor has no .mms file.
     */
    public Job run(IEditorPart ed) {
        if (ed == null || !(ed.getEditorInput() instanceof IFileEditorInput in)) {
            title.setText("Open a .mms file first.");
            return null;
        }
        IFile file = in.getFile();
        String unsaved = ed instanceof org.eclipse.ui.texteditor.ITextEditor te
                ? te.getDocumentProvider().getDocument(te.getEditorInput()).get() : null;
        Job job = new Job("Running " + file.getName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    String text = unsaved;
                    if (text == null) {
                        try (var s = file.getContents()) {
                            text = new String(s.readAllBytes(), StandardCharsets.UTF_8);
                        }
                    }
                    ScenarioLoader.Loaded l = ScenarioLoader.create().load(text, file.getName());
                    if (l.hasErrors()) {
                        return Status.warning(file.getName() + " has errors: " + l.problems().get(0));
                    }
                    if (monitor.isCanceled()) {
                        return Status.CANCEL_STATUS;
                    }
                    showRun(new ScenarioRunner().run(l.scenario()));
                    return Status.OK_STATUS;
                } catch (Exception e) {
                    return Status.error("cannot run " + file.getName(), e);
                }
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }
}
