package org.mmscope.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.mmscope.dsl.mms.Scenario;
import org.mmscope.dsl.mms.Step;
import org.mmscope.dsl.validation.MmsValidator;
import org.mmscope.dsl.validation.NameChecker;
import org.mmscope.engine.era.Eras;
import org.mmscope.engine.kernel.Errno;

/**
 * Content assist beyond keywords: the names in scope at the cursor (processes and devices as actors, the
 * actor's own mappings, {@code p.} owners, handles), kernel eras, hazard kinds and error names.
 */
public class MmsContentProposalProvider extends IdeContentProposalProvider {
    @Override
    protected void _createProposals(Assignment a, ContentAssistContext ctx, IIdeContentProposalAcceptor acceptor) {
        String feature = a.getFeature();
        String rule = EcoreUtil2.getContainerOfType(a, org.eclipse.xtext.ParserRule.class).getName();
        Scenario root = ctx.getRootModel() instanceof Scenario s ? s : null;
        NameChecker names = root == null ? null : NameChecker.symbols(root);
        List<String> proposals = new ArrayList<>();
        switch (rule + "." + feature) {
        case "KernelDecl.eras", "Expectation.eras" -> proposals.addAll(Eras.names());
        case "ExpectHazard.kind" -> proposals.addAll(MmsValidator.HAZARDS.stream().sorted().toList());
        case "ExpectError.errno" -> {
            for (Errno e : Errno.values()) {
                proposals.add(e.name());
            }
        }
        case "Step.actor" -> {
            if (names != null) {
                proposals.addAll(names.processes().keySet());
                proposals.addAll(names.devices());
            }
        }
        case "ExpectRead.actor" -> {
            if (names != null) {
                proposals.addAll(names.processes().keySet());
            }
        }
        case "ExpectDmaRead.actor" -> {
            if (names != null) {
                proposals.addAll(names.devices());
            }
        }
        case "RangeRef.owner", "PageRef.owner" -> {
            if (names != null) {
                proposals.addAll(names.processes().keySet());
            }
        }
        case "RangeRef.name", "PageRef.name", "ReleaseOp.handle", "DmaMapOp.handle", "DmaUnmapOp.handle", "Munmap.target" -> {
            if (names != null) {
                proposals.addAll(rangeNames(names, ctx.getCurrentModel(), rule, feature));
            }
        }
        default -> {
            super._createProposals(a, ctx, acceptor);
            return;
        }
        }
        for (String p : proposals) {
            ContentAssistEntry entry = getProposalCreator().createProposal(p, ctx);
            if (entry != null) {
                acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
            }
        }
        super._createProposals(a, ctx, acceptor);
    }

    /** Calls and advice that some era of the file lacks are not proposed (validation would reject them). */
    @Override
    protected boolean filterKeyword(org.eclipse.xtext.Keyword keyword, ContentAssistContext ctx) {
        Scenario root = ctx.getRootModel() instanceof Scenario s ? s : null;
        if (root != null) {
            List<String> eras = root.getKernel() == null ? List.of(Eras.DEFAULT) : root.getKernel().getEras();
            for (String name : eras) {
                var era = Eras.byName(name);
                if (era.isEmpty()) {
                    continue;
                }
                var f = era.get().features();
                switch (keyword.getValue()) {
                case "pin_user_pages", "unpin_user_pages" -> {
                    if (!f.follPin()) {
                        return false;
                    }
                }
                case "wipeonfork" -> {
                    if (!f.wipeOnFork()) {
                        return false;
                    }
                }
                case "pageout" -> {
                    if (!f.madvPageout()) {
                        return false;
                    }
                }
                default -> {
                }
                }
            }
        }
        return super.filterKeyword(keyword, ctx);
    }

    /** Mapping names of the step's process (or handles, for a device or a release), then handles. */
    private static Collection<String> rangeNames(NameChecker names, EObject current, String rule, String feature) {
        List<String> out = new ArrayList<>();
        Step step = EcoreUtil2.getContainerOfType(current, Step.class);
        String actor = step == null ? null : step.getActor();
        boolean handlesOnly = feature.equals("handle") || (actor != null && names.devices().contains(actor));
        if (!handlesOnly) {
            Map<String, Long> own = actor == null ? null : names.processes().get(actor);
            if (own != null) {
                out.addAll(own.keySet());
            } else {
                names.processes().values().forEach(m -> m.keySet().stream().filter(n -> !out.contains(n)).forEach(out::add));
            }
        }
        if (!feature.equals("target")) {
            out.addAll(names.handles());
        }
        return out;
    }
}
