package org.mmscope.debug.dap;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.debug.EvaluateResponse;
import org.mmscope.debug.Variable;
import org.mmscope.debug.VariableNames;
import org.mmscope.dsl.ScenarioLoader;
import org.mmscope.engine.RunCursor.Stop;
import org.mmscope.engine.Simulation;
import org.mmscope.engine.check.Expect;
import org.mmscope.engine.check.ExpectationEvaluator;
import org.mmscope.engine.check.ExpectationEvaluator.Verdict;
import org.mmscope.engine.kernel.Kernel;
import org.mmscope.engine.scenario.Scenario;
import org.mmscope.engine.trace.HazardRecord;

/**
 * DAP {@code evaluate} (also for hovers) at a thread's position. A name gives its current value: a process
 * ({@code parent}), a mapping ({@code buf} — in every process that has it —, {@code parent.buf}, {@code child.buf[0]}),
 * a handle ({@code rx}, {@code rx[0]}), a device ({@code nic}), {@code swap}, {@code hazards}, or any dotted path of
 * the Variables ({@code processes.parent.buf.0.refcount}). An expectation ({@code expect parent: read buf == "new"},
 * the {@code expect} optional) is parsed by the scenario language after the file's own text — so every name of the
 * file is in scope — and evaluated on a copy of the state at the position: the debugged run is never changed (a read
 * that would fault pages in faults them in the copy). {@code moved} compares with the state before the previous step
 * and is refused here.
 */
final class Evaluation {
    private final String source;
    private final String fileName;
    private final VariableHandles handles;

    Evaluation(String source, String fileName, VariableHandles handles) {
        this.source = source.replace("\r\n", "\n").replace('\r', '\n'); // the loader counts lines so
        this.fileName = fileName;
        this.handles = handles;
    }

    EvaluateResponse evaluate(DapThread t, String expression) {
        String e = expression == null ? "" : expression.strip();
        if (e.isEmpty()) {
            throw DapErrors.error(
                    "nothing to evaluate: give a name (buf, parent.buf[0], rx) or an expectation (expect parent: read buf == \"x\")");
        }
        Variable root = t.core.variables();
        Variable v = e.startsWith("expect ") ? null : VariableNames.resolve(root, e);
        if (v != null) {
            EvaluateResponse r = new EvaluateResponse();
            r.setResult(v.value());
            r.setVariablesReference(handles.reference(t.id, v));
            r.setPresentationHint(VariableHandles.hint(v));
            return r;
        }
        if (VariableNames.NAME.matcher(e).matches()) {
            throw DapErrors.error("no '" + e + "' at this position in " + t.era()
                    + " (names: processes, their mappings, handles, devices, swap, hazards)");
        }
        return expectation(t, e);
    }

    private EvaluateResponse expectation(DapThread t, String e) {
        String expr = e.startsWith("expect ") ? e : "expect " + e;
        int shift = expr.length() - e.length();
        String prefix = source.endsWith("\n") ? source : source + "\n";
        int exprLine = (int) prefix.chars().filter(c -> c == '\n').count() + 1;
        ScenarioLoader.Loaded l = ScenarioLoader.create().load(prefix + expr + "\n", fileName, List.of(t.era()));
        for (ScenarioLoader.Problem p : l.problems()) {
            if (p.error()) {
                throw DapErrors.error(p.line() == exprLine ? "expression:1:" + Math.max(1, p.column() - shift) + ": " + p.message()
                        : "the expression cannot be evaluated here: " + p);
            }
        }
        List<Scenario.Item> items = l.scenario().items();
        if (items.isEmpty() || !(items.get(items.size() - 1) instanceof Scenario.ExpectItem x) || x.line() != exprLine) {
            throw DapErrors.error("not an expectation: " + e);
        }
        if (x.expect() instanceof Expect.Moved) {
            throw DapErrors.error(
                    "'moved' compares with the state before the previous step: it is evaluated only where the file has it (see the run's output)");
        }
        Verdict v = ExpectationEvaluator.evaluate(scratch(t.core.simulation()), runView(t), x.expect());
        EvaluateResponse r = new EvaluateResponse();
        r.setResult((v.holds() ? "holds" : "fails") + " (" + v.actual() + ")");
        r.setVariablesReference(0);
        return r;
    }

    /** A copy of the state at the cursor that an evaluation may change (a read faults pages in). */
    private static Kernel scratch(Simulation sim) {
        return new Kernel(EcoreUtil.copy(sim.state()), sim.era());
    }

    /** The run as far as the cursor: the last step's errno, the hazards raised so far. */
    private static ExpectationEvaluator.RunView runView(DapThread t) {
        Simulation sim = t.core.simulation();
        Stop at = t.core.at();
        int done = at.call() != null ? at.step() - 1 : at.step();
        List<String> kinds = sim.trace().hazardsUpTo(done).stream().map(HazardRecord::kind).distinct().toList();
        String errno = done == 0 ? null : sim.trace().steps().get(done - 1).errno();
        return new ExpectationEvaluator.RunView() {
            @Override
            public String lastErrno() {
                return errno;
            }

            @Override
            public boolean hazardRaised(String kind) {
                return kinds.contains(kind);
            }

            @Override
            public List<String> hazardsRaised() {
                return kinds;
            }

            @Override
            public long pfnBeforeLastStep(org.mmscope.model.mm.Pte pte, long current) {
                return sim.pfnBeforeLastStep(pte, current); // the simulation answers for its cursor's position
            }
        };
    }
}
