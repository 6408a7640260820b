package org.mmscope.ui.views;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
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
import org.eclipse.ui.texteditor.ITextEditor;
import org.mmscope.dsl.ScenarioLoader;
import org.mmscope.engine.kernel.Contents;
import org.mmscope.engine.scenario.EraRun;
import org.mmscope.engine.scenario.RunResult;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.MmState;

/**
 * The Frames view: a grid of the physical frames around the touched ones (per zone and memory block, coloured
 * by state, tooltips) above a table of every allocated frame with its counters and flags, for the era and step
 * in focus. Selecting a frame (grid or table) shows it in the Properties view and makes the Trace, Mappings and
 * DMA views highlight what involves it. "Run" runs the active editor's scenario in a cancellable job.
 */
public class FramesView extends ViewPart implements RunContext.Listener {
    public static final String ID = "org.mmscope.ui.views.frames";
    static final String[] COLUMNS = { "pfn", "zone", "refcount", "mapcount", "pins", "flags", "content" };
    private Label title;
    private Combo era;
    private Table table;
    private FrameGrid grid;
    private final ISelectionProvider selection = new FrameSelectionProvider();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        title = new Label(parent, SWT.NONE);
        title.setText("Run a scenario (toolbar: Run) to see its frames.");
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        era = new Combo(parent, SWT.READ_ONLY);
        era.addListener(SWT.Selection, e -> RunContext.get().focusEra(era.getSelectionIndex()));
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        grid = new FrameGrid(sash);
        grid.onSelect(this::selectFrame);
        table = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.addListener(SWT.Selection, e -> {
            if (e.item != null && e.item.getData() instanceof Long pfn) {
                selectFrame(pfn);
            }
        });
        sash.setWeights(2, 3);
        getSite().setSelectionProvider(selection);
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
        if (!Arrays.equals(eras, era.getItems())) {
            era.setItems(eras);
        }
        era.select(c.eraIndex());
        era.getParent().layout();
        fill(c.state(), c.frame());
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

    private void fill(MmState state, long focus) {
        table.removeAll();
        grid.show(state, focus);
        if (state == null) {
            return;
        }
        List<Frame> frames = new ArrayList<>(state.getFrames());
        frames.sort(Comparator.comparingLong(Frame::getPfn));
        for (Frame f : frames) {
            TableItem it = new TableItem(table, SWT.NONE);
            it.setText(new String[] { Long.toString(f.getPfn()), f.getZone().getLiteral(), Integer.toString(f.getRefcount()),
                    Integer.toString(f.getMapcount()), Integer.toString(f.getPincount()), flags(f), Contents.readString(f.getContent()) });
            it.setData(f.getPfn());
            if (f.getPfn() == focus) {
                table.setSelection(it);
            }
        }
        Frame focused = frames.stream().filter(f -> f.getPfn() == focus).findFirst().orElse(null);
        ((FrameSelectionProvider) selection).set(focused == null ? StructuredSelection.EMPTY
                : new StructuredSelection(new FrameProperties(state, focused)));
    }

    /**
     * Selects a frame as a click in the grid or the table does: the Properties view shows it, and the other views
     * highlight the steps, mappings, handles and devices that involve it.
     */
    private void selectFrame(long pfn) {
        RunContext.get().focusFrame(pfn);
    }

    /** The site's selection: the frame in focus as {@link FrameProperties}. */
    private static final class FrameSelectionProvider implements ISelectionProvider {
        private final List<ISelectionChangedListener> listeners = new CopyOnWriteArrayList<>();
        private ISelection current = StructuredSelection.EMPTY;

        void set(ISelection s) {
            current = s;
            var event = new SelectionChangedEvent(this, s);
            listeners.forEach(l -> l.selectionChanged(event));
        }

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener l) {
            listeners.add(l);
        }

        @Override
        public ISelection getSelection() {
            return current;
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener l) {
            listeners.remove(l);
        }

        @Override
        public void setSelection(ISelection s) {
            set(s);
        }
    }

    private static String flags(Frame f) {
        StringBuilder b = new StringBuilder();
        if (f.isZeroPage())
            b.append("zero-page ");
        if (f.isAnon())
            b.append("anon ");
        if (f.isAnonExclusive())
            b.append("exclusive ");
        if (f.isDirty())
            b.append("dirty ");
        if (f.isSwapcache())
            b.append("swapcache ");
        if (f.isMlocked())
            b.append("mlocked ");
        if (f.getFile() != null)
            b.append("file ");
        return b.toString().trim();
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
        String unsaved = ed instanceof ITextEditor te
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
                    showRun(RunContext.runner().run(l.scenario()));
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
