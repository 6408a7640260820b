package org.mmscope.ui.export;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** "Export Report…" on a .mms file (context menu): asks where, then exports in a background job. */
public class ExportReportHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection sel)) {
            return null;
        }
        IFile file = Adapters.adapt(sel.getFirstElement(), IFile.class);
        if (file == null) {
            return null;
        }
        FileDialog d = new FileDialog(HandlerUtil.getActiveShell(event), SWT.SAVE);
        d.setText("Export mmscope report");
        d.setFilterExtensions(new String[] { "*.html", "*.md", "*.json", "*.xml" });
        d.setFilterNames(new String[] { "HTML report", "Markdown", "JSON", "JUnit XML" });
        d.setFileName(file.getName().replaceAll("\\.mms$", ".html"));
        d.setOverwrite(true);
        String out = d.open();
        if (out != null) {
            ReportExportJob.toFile(file, Path.of(out)).schedule();
        }
        return null;
    }
}
