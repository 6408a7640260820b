package org.mmscope.dsl.ide.contentassist;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.scoping.IScope;
import org.mmscope.dsl.mms.Parallel;
import org.mmscope.dsl.mms.Scenario;
import org.mmscope.dsl.mms.Statement;
import org.mmscope.dsl.scoping.MmsScopeProvider;
import org.mmscope.dsl.validation.MmsValidator;
import org.mmscope.engine.era.Eras;
import org.mmscope.engine.kernel.Errno;

import com.google.inject.Inject;

/**
 * Content assist beyond keywords: the names in scope at the cursor (processes and devices as actors, the
 * actor's own and inherited mappings, {@code p.} owners, handles; all from MmsScopeProvider), kernel eras, hazard
 * kinds and error names.
 */
public class MmsContentProposalProvider extends IdeContentProposalProvider {
    @Inject
    private MmsScopeProvider scopes;

    @Override
    protected void _createProposals(Assignment a, ContentAssistContext ctx, IIdeContentProposalAcceptor acceptor) {
        String rule = EcoreUtil2.getContainerOfType(a, ParserRule.class).getName();
        List<String> proposals = switch (rule + "." + a.getFeature()) {
        case "KernelDecl.eras", "Expectation.eras" -> Eras.names();
        case "ExpectHazard.kind" -> MmsValidator.HAZARDS.stream().sorted().toList();
        case "ExpectError.errno" -> Arrays.stream(Errno.values()).map(Errno::name).toList();
        default -> List.of();
        };
        for (String p : proposals) {
            ContentAssistEntry entry = getProposalCreator().createProposal(p, ctx);
            if (entry != null) {
                acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
            }
        }
        super._createProposals(a, ctx, acceptor);
    }

    /**
     * Names in scope at the cursor, from the one resolution (MmsScopeProvider) at the cursor's position in the
     * file: a new line after a fork proposes the child, a child's step its inherited mappings.
     */
    @Override
    protected void _createProposals(CrossReference reference, ContentAssistContext ctx, IIdeContentProposalAcceptor acceptor) {
        Assignment assignment = GrammarUtil.containingAssignment(reference);
        EObject model = ctx.getCurrentModel();
        if (assignment == null || model == null || !(ctx.getRootModel() instanceof Scenario root)) {
            return;
        }
        EClass type = EcoreUtil2.getContainerOfType(assignment, ParserRule.class).getType().getClassifier() instanceof EClass c
                ? c : null;
        EReference ref = type == null ? null : GrammarUtil.getReference(reference, type);
        if (ref == null) {
            return;
        }
        IScope scope = scopes.getScope(model, ref, statementsBefore(root, ctx.getOffset()));
        getCrossrefProposalProvider().lookupCrossReference(scope, reference, ctx, acceptor, getCrossrefFilter(reference, ctx));
    }

    /**
     * The number of statements that start before {@code offset}: the names they make are in scope there. The steps of a
     * {@code parallel} block count one each. Statements are in file order, so the last one that starts before the
     * offset is found by bisection (a completion on a 10,000-line file must not ask every statement for its offset).
     */
    private static int statementsBefore(Scenario root, int offset) {
        List<Statement> statements = root.getStatements();
        int last = Statements.lastStartingBefore(statements, offset);
        int n = 0;
        for (int i = 0; i <= last; i++) {
            Statement st = statements.get(i);
            if (!(st instanceof Parallel p)) {
                n++;
            } else if (i < last) {
                n += p.getSteps().size();
            } else { // the block the offset may be inside: its steps that start before it
                for (EObject step : p.getSteps()) {
                    if (!Statements.startsBefore(step, offset)) {
                        break;
                    }
                    n++;
                }
            }
        }
        return n;
    }

    /** Calls and advice that some era of the file lacks are not proposed (validation would reject them). */
    @Override
    protected boolean filterKeyword(Keyword keyword, ContentAssistContext ctx) {
        if ("ValidID".equals(GrammarUtil.containingRule(keyword).getName())) {
            return false; // a keyword that may be a name is not proposed where a name goes
        }
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
}
