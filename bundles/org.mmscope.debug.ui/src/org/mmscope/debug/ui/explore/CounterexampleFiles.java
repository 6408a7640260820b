package org.mmscope.debug.ui.explore;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.mmscope.engine.explore.Counterexample;
import org.mmscope.engine.explore.EraOutcome;
import org.mmscope.engine.scenario.Scenario;

/**
 * Writes an exploration's counterexamples into the launched file's project, folder {@code counterexamples/}: one
 * scenario file per distinct failing schedule (eras that fail with the same schedule share it, as on the command
 * line), named {@code <file>.counterexample[-<eras>].mms}, with {@code -2}, {@code -3}, … when that name is taken.
 */
final class CounterexampleFiles {
    static final String FOLDER = "counterexamples";

    private CounterexampleFiles() {
    }

    static List<IFile> write(IFile launched, String text, Scenario s, List<EraOutcome> eras, IProgressMonitor monitor)
            throws CoreException {
        Map<List<Scenario.StepItem>, List<EraOutcome>> groups = new LinkedHashMap<>();
        for (EraOutcome e : eras) {
            if (e.shortest() != null) {
                groups.computeIfAbsent(e.shortest().schedule(), k -> new ArrayList<>()).add(e);
            }
        }
        List<IFile> out = new ArrayList<>();
        if (groups.isEmpty()) {
            return out;
        }
        IFolder folder = launched.getProject().getFolder(FOLDER);
        if (!folder.exists()) {
            folder.create(true, true, monitor);
        }
        List<String> lines = text.lines().toList();
        String base = launched.getName().replaceAll("\\.mms$", "");
        for (List<EraOutcome> group : groups.values()) {
            String suffix = groups.size() == 1 ? "" : "-" + String.join("-", group.stream().map(EraOutcome::era).toList());
            String ce = Counterexample.render(lines, launched.getName(), s, group.get(0).shortest(),
                    group.stream().map(EraOutcome::era).toList(),
                    group.stream().map(e -> e.era() + ": " + e.shortest().reason()).toList());
            IFile f = unique(folder, base + ".counterexample" + suffix);
            f.create(new ByteArrayInputStream(ce.getBytes(StandardCharsets.UTF_8)), true, monitor);
            out.add(f);
        }
        return out;
    }

    private static IFile unique(IFolder folder, String stem) {
        IFile f = folder.getFile(stem + ".mms");
        for (int n = 2; f.exists(); n++) {
            f = folder.getFile(stem + "-" + n + ".mms");
        }
        return f;
    }
}
