package org.mmscope.debug.ui.launch;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.mmscope.engine.scenario.EraRun;
import org.mmscope.engine.scenario.ExpectationResult;
import org.mmscope.engine.scenario.RunResult;

/**
 * A run's failed expectations as problem markers on their lines (one per line, naming the eras it failed in),
 * and a run that stopped early (budget, invariant) as an error at its line. Each run replaces the previous markers.
 */
public final class ExpectationMarkers {
    public static final String TYPE = "org.mmscope.debug.ui.expectation";

    private ExpectationMarkers() {
    }

    public static void replace(IFile file, RunResult r) throws CoreException {
        file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
        Map<Integer, String> failed = new LinkedHashMap<>();
        for (EraRun era : r.eras()) {
            for (ExpectationResult e : era.expectations()) {
                if (!e.passed()) {
                    failed.merge(e.line(), "expectation fails in " + era.era() + ": " + e.text() + " (found: " + e.actual() + ")",
                            (a, b) -> a + "; " + b.substring("expectation fails in ".length()));
                }
            }
            if (era.budget() != null) {
                failed.merge(era.budget().line(), era.era() + ": " + era.budget().message(), (a, b) -> a + "; " + b);
            }
            if (era.violation() != null) {
                failed.merge(era.violationLine(), era.era() + ": invariant violated: " + era.violation(), (a, b) -> a + "; " + b);
            }
        }
        for (Map.Entry<Integer, String> f : failed.entrySet()) {
            IMarker m = file.createMarker(TYPE);
            m.setAttribute(IMarker.LINE_NUMBER, Math.max(1, f.getKey()));
            m.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
            m.setAttribute(IMarker.MESSAGE, f.getValue());
        }
    }
}
