package org.mmscope.dsl.scoping;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.mmscope.dsl.mms.Assignment;
import org.mmscope.dsl.mms.Declaration;
import org.mmscope.dsl.mms.DeviceDecl;
import org.mmscope.dsl.mms.Expectation;
import org.mmscope.dsl.mms.ForkOp;
import org.mmscope.dsl.mms.GupOp;
import org.mmscope.dsl.mms.MmapAnon;
import org.mmscope.dsl.mms.MmapFile;
import org.mmscope.dsl.mms.MmsPackage;
import org.mmscope.dsl.mms.Named;
import org.mmscope.dsl.mms.Parallel;
import org.mmscope.dsl.mms.ProcessDecl;
import org.mmscope.dsl.mms.Scenario;
import org.mmscope.dsl.mms.Statement;
import org.mmscope.dsl.mms.Step;

/**
 * What every name of a scenario denotes, from one walk over the file in written order (the steps of a
 * {@code parallel} block in their written order): declared processes and devices, forked children (a child exists
 * from the step after its fork), each process's mappings (a child sees its parent's mappings as they were at the
 * fork, then its own), and global pin handles (from the step after the one that takes them). The walk reads the
 * names as written, so building it resolves no reference; {@link MmsScopeProvider} answers every reference from it
 * with lookups by name and position (no re-walk per name).
 *
 * <p>Re-declarations follow the rules the validator reports: a second process or device of a name is ignored, a
 * fork to a taken name makes no child, a second handle of a name is ignored, and a second mapping of a name in a
 * process replaces the first for the steps after it. Steps of an actor that is not a process declare nothing.
 */
public final class FileOrderNames {
    /** A process: declared, or forked by {@code parent} at {@code forkedAt}; its own mappings by name, in file order. */
    public static final class Process {
        private final Named declaration;
        private final Process parent;
        private final int forkedAt;
        private final Map<String, List<Entry>> mappings = new LinkedHashMap<>();

        Process(Named declaration, Process parent, int forkedAt) {
            this.declaration = declaration;
            this.parent = parent;
            this.forkedAt = forkedAt;
        }

        public Named declaration() {
            return declaration;
        }
    }

    private record Entry(int position, Assignment assignment) {
    }

    /** The position of the declarations before the first statement. */
    public static final int DECLARATIONS = -1;

    private final Map<String, Declaration> declared = new LinkedHashMap<>();
    private final Map<String, Process> children = new LinkedHashMap<>();
    private final Map<Named, Process> processes = new IdentityHashMap<>();
    private final Map<String, Entry> handles = new LinkedHashMap<>();
    private final Map<EObject, Integer> positions = new IdentityHashMap<>();
    private int statements;

    private FileOrderNames() {
    }

    public static FileOrderNames of(Scenario s) {
        FileOrderNames names = new FileOrderNames();
        names.walk(s);
        return names;
    }

    private void walk(Scenario s) {
        for (Declaration d : s.getDeclarations()) {
            if (d.getName() != null && !declared.containsKey(d.getName())) {
                declared.put(d.getName(), d);
                if (d instanceof ProcessDecl p) {
                    processes.put(p, new Process(p, null, DECLARATIONS));
                }
            }
        }
        for (Statement st : s.getStatements()) {
            if (st instanceof Parallel par) {
                par.getSteps().forEach(step -> step(step, statements++));
            } else if (st instanceof Step step) {
                step(step, statements++);
            } else if (st instanceof Expectation e) {
                positions.put(e, statements++);
            }
        }
    }

    private void step(Step step, int position) {
        positions.put(step, position);
        if (step.isKernel() || !(step.getOp() instanceof Assignment a) || a.getName() == null || a.getValue() == null) {
            return;
        }
        Process actor = process(writtenActor(step), position);
        if (actor == null) {
            return; // an unknown actor or a device: the validator says so, nothing is declared
        }
        String name = a.getName();
        switch (a.getValue()) {
        case MmapAnon m -> actor.mappings.computeIfAbsent(name, n -> new ArrayList<>()).add(new Entry(position, a));
        case MmapFile m -> actor.mappings.computeIfAbsent(name, n -> new ArrayList<>()).add(new Entry(position, a));
        case ForkOp f -> {
            if (!declared.containsKey(name) && !children.containsKey(name)) {
                Process child = new Process(a, actor, position);
                children.put(name, child);
                processes.put(a, child);
            }
        }
        case GupOp g -> handles.putIfAbsent(name, new Entry(position, a));
        default -> {
        }
        }
    }

    /** The actor's name as written (the reference is not resolved: resolving it reads this table). */
    private static String writtenActor(Step step) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(step, MmsPackage.Literals.STEP__ACTOR);
        return nodes.isEmpty() ? null : NodeModelUtils.getTokenText(nodes.get(0));
    }

    /** The position of a statement (steps and expectations count, in written order), or {@link #DECLARATIONS}. */
    public int positionOf(EObject o) {
        for (EObject x = o; x != null; x = x.eContainer()) {
            Integer p = positions.get(x);
            if (p != null) {
                return p;
            }
        }
        return o instanceof Scenario ? statements : DECLARATIONS;
    }

    /** The number of statements: the position after the last one. */
    public int end() {
        return statements;
    }

    /** The process or device named {@code name} that exists at {@code position}, or null. */
    public Named actor(String name, int position) {
        Declaration d = declared.get(name);
        if (d != null) {
            return d;
        }
        Process child = children.get(name);
        return child != null && child.forkedAt < position ? child.declaration : null;
    }

    /** The process named {@code name} at {@code position} (declared, or forked before it), or null. */
    public Process process(String name, int position) {
        Named n = name == null ? null : actor(name, position);
        return n == null ? null : processes.get(n);
    }

    /** The process a resolved actor or owner denotes, or null (a device, or not a process). */
    public Process process(Named n) {
        return n == null ? null : processes.get(n);
    }

    /** The processes and devices that exist at {@code position}, declarations first. */
    public List<Named> actors(int position) {
        List<Named> out = new ArrayList<>(declared.values());
        children.values().stream().filter(c -> c.forkedAt < position).forEach(c -> out.add(c.declaration));
        return out;
    }

    public static boolean isDevice(Named n) {
        return n instanceof DeviceDecl;
    }

    /**
     * The mapping {@code name} of process {@code p} before {@code position}: its own latest, else the one it
     * inherited at its fork (the parent's as it was then), and so on up.
     */
    public Assignment mapping(Process p, String name, int position) {
        int bound = position;
        for (Process q = p; q != null; bound = q.forkedAt, q = q.parent) {
            Assignment a = latestBefore(q.mappings.get(name), bound);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    /** The latest mapping {@code name} that {@code p} itself made before {@code position} (not inherited ones). */
    public static Assignment ownMapping(Process p, String name, int position) {
        return latestBefore(p.mappings.get(name), position);
    }

    /** The mappings {@code p} itself made before {@code position}, the latest of each name. */
    public static List<Assignment> ownMappings(Process p, int position) {
        List<Assignment> out = new ArrayList<>();
        for (List<Entry> entries : p.mappings.values()) {
            Assignment a = latestBefore(entries, position);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    /** The process {@code p} was forked from, or null for a declared one. */
    public static Process parent(Process p) {
        return p.parent;
    }

    /** The position of the fork that made {@code p}. */
    public static int forkedAt(Process p) {
        return p.forkedAt;
    }

    /** Every mapping name process {@code p} can use before {@code position}, each with what it denotes there. */
    public Map<String, Assignment> mappings(Process p, int position) {
        Map<String, Assignment> out = new LinkedHashMap<>();
        int bound = position;
        for (Process q = p; q != null; bound = q.forkedAt, q = q.parent) {
            for (Map.Entry<String, List<Entry>> e : q.mappings.entrySet()) {
                if (!out.containsKey(e.getKey())) {
                    Assignment a = latestBefore(e.getValue(), bound);
                    if (a != null) {
                        out.put(e.getKey(), a);
                    }
                }
            }
        }
        return out;
    }

    /** The pin handle {@code name} taken before {@code position}, or null. */
    public Assignment handle(String name, int position) {
        Entry e = handles.get(name);
        return e != null && e.position() < position ? e.assignment() : null;
    }

    /** The handles taken before {@code position}. */
    public List<Assignment> handles(int position) {
        return handles.values().stream().filter(e -> e.position() < position).map(Entry::assignment).toList();
    }

    private static Assignment latestBefore(List<Entry> entries, int position) {
        if (entries == null) {
            return null;
        }
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).position() < position) {
                return entries.get(i).assignment();
            }
        }
        return null;
    }

    /** The first declaration of a process or device name (a later one is a duplicate). */
    public Declaration declaration(String name) {
        return declared.get(name);
    }

    /** The child forked under {@code name}, if a fork made one. */
    public Named child(String name) {
        Process c = children.get(name);
        return c == null ? null : c.declaration;
    }

    /** The handle of this name that counts (the first; a later one is a duplicate). */
    public Assignment firstHandle(String name) {
        Entry e = handles.get(name);
        return e == null ? null : e.assignment();
    }
}
