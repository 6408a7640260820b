package org.mmscope.dsl.ide.symbols;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Location;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.findReferences.IReferenceFinder.IResourceAccess;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.mmscope.dsl.mms.Assignment;
import org.mmscope.dsl.mms.Declaration;
import org.mmscope.dsl.mms.DmaReadOp;
import org.mmscope.dsl.mms.DmaWriteOp;
import org.mmscope.dsl.mms.ExpectDmaRead;
import org.mmscope.dsl.mms.ExpectRead;
import org.mmscope.dsl.mms.ForkOp;
import org.mmscope.dsl.mms.GupOp;
import org.mmscope.dsl.mms.PageRef;
import org.mmscope.dsl.mms.Parallel;
import org.mmscope.dsl.mms.RangeRef;
import org.mmscope.dsl.mms.Scenario;
import org.mmscope.dsl.mms.Statement;
import org.mmscope.dsl.mms.Step;

/**
 * Go to declaration (LSP definition, F3 in the editor). The language has no cross-references — names resolve in
 * file order (NameChecker) — so this follows the same rules: an actor or {@code p.} names a declared process or
 * device or a forked child; a bare mapping name is the latest earlier mapping of that name made by the process
 * or one of its ancestors (a child inherits them at fork); a handle is the latest earlier GUP of that name.
 */
public class MmsDefinitions extends DocumentSymbolService {
    @com.google.inject.Inject
    private org.eclipse.xtext.ide.server.DocumentExtensions documents;

    @Override
    public List<? extends Location> getDefinitions(XtextResource resource, int offset, IResourceAccess access, CancelIndicator ci) {
        if (resource.getParseResult() == null || !(resource.getContents().get(0) instanceof Scenario scenario)) {
            return List.of();
        }
        ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
        if (leaf != null && (leaf.isHidden() || GrammarUtil.containingAssignment(leaf.getGrammarElement()) == null) && offset > 0) {
            leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset - 1); // just after a name
        }
        if (leaf == null || leaf.isHidden()) {
            return List.of();
        }
        org.eclipse.xtext.Assignment grammar = GrammarUtil.containingAssignment(leaf.getGrammarElement());
        if (grammar == null) {
            return List.of();
        }
        EObject target = resolve(scenario, leaf.getSemanticElement(), grammar.getFeature(), leaf.getText());
        return target == null || target == leaf.getSemanticElement() ? List.of() : List.of(documents.newLocation(target));
    }

    private static EObject resolve(Scenario s, EObject at, String feature, String name) {
        Statement stmt = statementOf(at);
        switch (feature) {
        case "actor", "owner" -> {
            return actor(s, name, stmt);
        }
        case "handle" -> {
            return latest(s, stmt, name, null, true);
        }
        case "target" -> {
            return latest(s, stmt, name, actorOf(stmt), false);
        }
        case "name" -> {
            if (at instanceof PageRef p) {
                return p.getOwner() == null ? latest(s, stmt, name, null, true) : latest(s, stmt, name, p.getOwner(), false);
            }
            if (at instanceof RangeRef r) {
                EObject op = r.eContainer();
                if (op instanceof DmaWriteOp || op instanceof DmaReadOp || op instanceof ExpectDmaRead) {
                    return latest(s, stmt, name, null, true);
                }
                String process = r.getOwner() != null ? r.getOwner() : op instanceof ExpectRead e ? e.getActor() : actorOf(stmt);
                return latest(s, stmt, name, process, false);
            }
            return null;
        }
        default -> {
            return null;
        }
        }
    }

    private static EObject actor(Scenario s, String name, Statement before) {
        for (Declaration d : s.getDeclarations()) {
            if (name.equals(d.getName())) {
                return d;
            }
        }
        EObject found = null;
        for (Step step : stepsBefore(s, before)) {
            if (step.getOp() instanceof Assignment a && a.getValue() instanceof ForkOp && name.equals(a.getName())) {
                found = a;
            }
        }
        return found;
    }

    /**
     * The latest assignment named {@code name} before {@code before}: a GUP when {@code handle}, else a mapping
     * made by {@code process} or an ancestor of it (falling back to any process's).
     */
    private static EObject latest(Scenario s, Statement before, String name, String process, boolean handle) {
        Map<String, String> parents = new HashMap<>();
        EObject own = null;
        EObject any = null;
        for (Step step : stepsBefore(s, before)) {
            if (!(step.getOp() instanceof Assignment a)) {
                continue;
            }
            if (a.getValue() instanceof ForkOp) {
                parents.put(a.getName(), step.getActor());
            }
            if (!name.equals(a.getName()) || (a.getValue() instanceof GupOp) != handle || a.getValue() instanceof ForkOp) {
                continue;
            }
            any = a;
            if (handle || lineage(process, parents).contains(step.getActor())) {
                own = a;
            }
        }
        return own != null ? own : any;
    }

    private static List<String> lineage(String process, Map<String, String> parents) {
        List<String> out = new ArrayList<>();
        for (String p = process; p != null && !out.contains(p); p = parents.get(p)) {
            out.add(p);
        }
        return out;
    }

    /** The steps before {@code stop} in file order (a parallel block's steps in their written order). */
    private static List<Step> stepsBefore(Scenario s, Statement stop) {
        List<Step> out = new ArrayList<>();
        for (Statement st : s.getStatements()) {
            if (st instanceof Parallel par) {
                for (Step step : par.getSteps()) {
                    if (step == stop) {
                        return out;
                    }
                    out.add(step);
                }
            } else if (st == stop) {
                return out;
            } else if (st instanceof Step step) {
                out.add(step);
            }
        }
        return out;
    }

    private static Statement statementOf(EObject o) {
        for (EObject x = o; x != null; x = x.eContainer()) {
            if (x instanceof Statement st && !(x instanceof Parallel)) {
                return st;
            }
        }
        return null;
    }

    private static String actorOf(Statement st) {
        return st instanceof Step step ? step.getActor() : null;
    }
}
