package org.mmscope.debug.dap;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.debug.Source;
import org.eclipse.lsp4j.debug.StackFrame;

/**
 * A thread's DAP stack: the active kernel calls, innermost first (e.g. {@code do_wp_page [pfn 1]},
 * {@code handle_pte_fault}, {@code handle_mm_fault}), each at the line of the step that made it, then the scenario
 * frame ({@code line 26: parent: write ...}, or {@code boot}) at the line the position shows. Frame ids are
 * {@code threadId * }{@value #PER_THREAD}{@code  + depth}: every frame of a thread shows the same state.
 */
final class Frames {
    static final int PER_THREAD = 1000;

    private Frames() {
    }

    static List<StackFrame> of(DapThread t, Source source, int lineBase) {
        List<String> names = t.core.stack();
        List<StackFrame> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            boolean scenarioFrame = i == names.size() - 1;
            StackFrame f = new StackFrame();
            f.setId(t.id * PER_THREAD + i);
            f.setName(names.get(i));
            f.setSource(source);
            f.setLine((scenarioFrame ? t.line() : t.core.line()) - 1 + lineBase);
            f.setColumn(lineBase);
            out.add(f);
        }
        return out;
    }

    static int threadOf(int frameId) {
        return frameId / PER_THREAD;
    }
}
