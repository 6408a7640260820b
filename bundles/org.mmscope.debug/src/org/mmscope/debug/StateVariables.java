package org.mmscope.debug;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mmscope.engine.RunCursor.Stop;
import org.mmscope.engine.Simulation;
import org.mmscope.engine.kernel.Contents;
import org.mmscope.engine.kernel.Kernel;
import org.mmscope.engine.trace.HazardRecord;
import org.mmscope.engine.trace.TraceStep;
import org.mmscope.model.mm.Binding;
import org.mmscope.model.mm.Device;
import org.mmscope.model.mm.DmaMapping;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.PinHandle;
import org.mmscope.model.mm.Process;
import org.mmscope.model.mm.Pte;
import org.mmscope.model.mm.PteKind;

/**
 * The Variables of a stop, in the order a driver writer asks: the step, each process's mappings page by page
 * (PTE → frame with its counters and flags), the handles and the frames they hold, the devices and their bus
 * addresses, swap, and the hazards so far. A mapping shows its first {@value #PAGES_SHOWN} pages.
 */
final class StateVariables {
    static final int PAGES_SHOWN = 64;

    private StateVariables() {
    }

    /** Every variable's value by path (what "changed since the previous stop" compares). */
    static Map<String, String> values(Simulation sim, Stop at) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten(build(sim, at, Map.of()), out);
        return out;
    }

    private static void flatten(Variable v, Map<String, String> out) {
        out.put(v.path(), v.value());
        v.children().forEach(c -> flatten(c, out));
    }

    static Variable of(Simulation sim, Stop at, Map<String, String> previous) {
        return build(sim, at, previous);
    }

    private static Variable build(Simulation sim, Stop at, Map<String, String> previous) {
        Kernel k = sim.kernel();
        Node root = new Node("", "state", sim.era().name(), previous);
        int done = at.step();
        if (at.call() != null) {
            done = at.step() - 1;
        }
        TraceStep step = done > 0 ? sim.trace().steps().get(done - 1) : null;
        Node st = root.add("step", step == null ? "boot" : done + ", line " + step.line() + ": " + step.actor() + ": " + step.text());
        if (step != null) {
            st.add("errno", step.errno() == null ? "ok" : step.errno());
        }
        if (at.call() != null) {
            st.add("in", at.call().function() + (at.exit() ? " (returned)" : " (entered)"));
        }
        Node procs = root.add("processes", k.state().getProcesses().size() + "");
        for (Process p : k.state().getProcesses()) {
            Node pn = procs.add(p.getName(), "pid " + p.getPid() + (p.isExited() ? ", exited" : ""));
            for (Binding b : p.getMm().getBindings()) {
                Node bn = pn.add(b.getName(), b.getPages() + " page(s) at 0x" + Long.toHexString(b.getStartVpn() << 12));
                for (long i = 0; i < Math.min(b.getPages(), PAGES_SHOWN); i++) {
                    page(bn, k, k.pageTables().get(p.getMm(), b.getStartVpn() + i), i);
                }
            }
        }
        Node handles = root.add("handles", k.state().getHandles().size() + "");
        for (PinHandle h : k.state().getHandles()) {
            Node hn = handles.add(h.getName(), h.getKind() + (h.isWrite() ? " write" : "") + (h.isLongterm() ? " longterm" : "")
                    + (h.isReleased() ? ", released" : ""));
            for (int i = 0; i < h.getPfns().size(); i++) {
                long pfn = h.getPfns().get(i);
                frame(hn.add(String.valueOf(i), "pfn " + pfn), k.frames().get(pfn));
            }
        }
        Node devices = root.add("devices", k.state().getDevices().size() + "");
        for (Device d : k.state().getDevices()) {
            Node dn = devices.add(d.getName(), d.getMappings().size() + " mapping(s)");
            for (DmaMapping m : d.getMappings()) {
                dn.add(m.getHandle().getName(), m.getDirection() + ", bus pfns " + m.getBusPfns());
            }
        }
        root.add("swap", k.state().getSwap() == null ? "none"
                : k.state().getSwap().getUsed().size() + " of " + k.state().getSwap().getSlots() + " slots used");
        List<HazardRecord> hz = sim.trace().hazardsUpTo(done);
        Node hazards = root.add("hazards", hz.size() + "");
        for (int i = 0; i < hz.size(); i++) {
            hazards.add(i + " " + hz.get(i).kind(), hz.get(i).message());
        }
        return root.freeze();
    }

    private static void page(Node parent, Kernel k, Pte pte, long i) {
        if (pte == null) {
            parent.add(String.valueOf(i), "absent");
        } else if (pte.getKind() == PteKind.SWAP) {
            parent.add(String.valueOf(i), "swapped, slot " + pte.getSwapSlot());
        } else {
            Frame f = pte.getFrame();
            Node n = parent.add(String.valueOf(i),
                    (f.isZeroPage() ? "zero page" : "pfn " + f.getPfn()) + (pte.isWritable() ? ", writable" : ", read-only")
                            + (pte.isDirty() ? ", dirty" : ""));
            frame(n, f);
        }
    }

    private static void frame(Node n, Frame f) {
        if (f == null) {
            n.add("frame", "free");
            return;
        }
        n.add("refcount", String.valueOf(f.getRefcount()));
        n.add("mapcount", String.valueOf(f.getMapcount()));
        n.add("pincount", String.valueOf(f.getPincount()));
        n.add("flags", (f.isAnon() ? "anon " : "") + (f.isAnonExclusive() ? "exclusive " : "") + (f.isDirty() ? "dirty " : "")
                + (f.isMlocked() ? "mlocked " : "") + (f.isSwapcache() ? "swapcache " : "") + "lru=" + f.getLru());
        byte[] c = f.getContent();
        n.add("content", "\"" + Contents.readString(c) + "\""); // readString: "" for a page never written
    }

    /** A variable under construction. */
    private static final class Node {
        final String path;
        final String name;
        final String value;
        final Map<String, String> previous;
        final List<Node> children = new ArrayList<>();

        Node(String path, String name, String value, Map<String, String> previous) {
            this.path = path;
            this.name = name;
            this.value = value;
            this.previous = previous;
        }

        Node add(String childName, String childValue) {
            Node c = new Node(path.isEmpty() ? childName : path + "." + childName, childName, childValue, previous);
            children.add(c);
            return c;
        }

        Variable freeze() {
            List<Variable> kids = children.stream().map(Node::freeze).toList();
            boolean changed = !previous.isEmpty() && (!value.equals(previous.get(path)) || kids.stream().anyMatch(Variable::changed));
            return new Variable(path, name, value, kids, changed);
        }
    }
}
