package org.mmscope.debug.ui.breakpoints;

import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.mmscope.engine.era.Eras;

/**
 * "Add mmscope Breakpoint…" (Breakpoints view toolbar, editor context menu): a kernel function, a frame event,
 * a hazard, a failing expectation or a broken invariant, limited to some eras or none.
 */
public final class AddBreakpointDialog extends TitleAreaDialog {
    /** The first entry of the kind list; the rest are {@link MmEventBreakpoint.Kind}s in order. */
    static final String FUNCTION = "kernel function entered";
    private Combo kind;
    private Text argument;
    private Text eras;
    private final String initialFunction;
    private String[] result;

    public AddBreakpointDialog(Shell shell, String initialFunction) {
        super(shell);
        this.initialFunction = initialFunction == null ? "" : initialFunction;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Add mmscope Breakpoint");
        setMessage("Stop where a kernel function is entered, or where something happens to a frame.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite c = new Composite(area, SWT.NONE);
        c.setLayout(new GridLayout(2, false));
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new Label(c, SWT.NONE).setText("Stop when:");
        kind = new Combo(c, SWT.READ_ONLY);
        kind.add(FUNCTION);
        Arrays.stream(MmEventBreakpoint.Kind.values()).forEach(k -> kind.add(k.label));
        kind.select(0);
        new Label(c, SWT.NONE).setText("Function / pfn / hazard:");
        argument = new Text(c, SWT.BORDER);
        argument.setText(initialFunction);
        argument.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(c, SWT.NONE).setText("Only in eras:");
        eras = new Text(c, SWT.BORDER);
        eras.setMessage("empty: every era; else e.g. " + Eras.names().get(0));
        eras.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        kind.addListener(SWT.Selection, e -> check());
        argument.addModifyListener(e -> check());
        eras.addModifyListener(e -> check());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        check();
    }

    private void check() {
        String problem = problem(kind.getSelectionIndex(), argument.getText(), eras.getText());
        setErrorMessage(problem);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
        }
    }

    /** What is wrong with the fields, or null: {@code kindIndex} 0 is a kernel function, then the event kinds. */
    static String problem(int kindIndex, String argument, String eras) {
        for (String era : eras.split(",")) {
            if (!era.isBlank() && !Eras.names().contains(era.trim())) {
                return "Unknown kernel era '" + era.trim() + "' (known: " + String.join(", ", Eras.names()) + ").";
            }
        }
        if (kindIndex == 0) {
            return argument.trim().matches("[A-Za-z_][A-Za-z0-9_ ]*") ? null : "Name the kernel function, e.g. do_wp_page.";
        }
        return MmEventBreakpoint.problem(MmEventBreakpoint.Kind.values()[kindIndex - 1], argument);
    }

    @Override
    protected void okPressed() {
        result = new String[] { Integer.toString(kind.getSelectionIndex()), argument.getText().trim(), eras.getText().trim() };
        super.okPressed();
    }

    /** Creates and registers the breakpoint the dialog was filled in for (after OK). */
    public org.eclipse.debug.core.model.IBreakpoint createBreakpoint() throws org.eclipse.core.runtime.CoreException {
        return add(Integer.parseInt(result[0]), result[1], result[2]);
    }

    /** Creates and registers a breakpoint as the dialog would ({@code kindIndex} as in {@link #problem}). */
    public static org.eclipse.debug.core.model.IBreakpoint add(int kindIndex, String argument, String eras)
            throws org.eclipse.core.runtime.CoreException {
        var b = kindIndex == 0 ? new MmFunctionBreakpoint(argument, eras)
                : new MmEventBreakpoint(MmEventBreakpoint.Kind.values()[kindIndex - 1], argument, eras);
        org.eclipse.debug.core.DebugPlugin.getDefault().getBreakpointManager().addBreakpoint(b);
        return b;
    }
}
