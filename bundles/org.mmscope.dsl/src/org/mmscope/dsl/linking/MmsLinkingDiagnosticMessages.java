package org.mmscope.dsl.linking;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.mmscope.dsl.mms.MmsPackage.Literals;
import org.mmscope.dsl.mms.Named;
import org.mmscope.dsl.mms.PageRef;
import org.mmscope.dsl.mms.RangeRef;
import org.mmscope.dsl.mms.Step;
import org.mmscope.dsl.scoping.FileOrderNames;
import org.mmscope.dsl.scoping.MmsScopeProvider;
import org.mmscope.dsl.validation.IssueCodes;

/**
 * What an unresolved name means, in the file's words: "unknown handle 'rx'", "'app' has no mapping named 'x'".
 * A name that cannot resolve because the name before it did not (the owner of {@code p.v}, the actor of a step,
 * a device's own "mappings") gets no second message: the first one says what is wrong.
 */
public class MmsLinkingDiagnosticMessages extends LinkingDiagnosticMessageProvider {
    @Override
    public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
        String message = message(context.getContext(), context.getReference(), context.getLinkText());
        return message == null ? null : new DiagnosticMessage(message, Severity.ERROR, IssueCodes.UNKNOWN_NAME, context.getLinkText());
    }

    private static String message(EObject o, EReference ref, String name) {
        if (ref == Literals.STEP__ACTOR) {
            return "unknown process or device '" + name + "'";
        }
        if (ref == Literals.EXPECT_DMA_READ__ACTOR) {
            return "unknown device '" + name + "'";
        }
        if (ref == Literals.EXPECT_READ__ACTOR || ref == Literals.RANGE_REF__OWNER || ref == Literals.PAGE_REF__OWNER) {
            return "unknown process '" + name + "'";
        }
        if (ref == Literals.RELEASE_OP__HANDLE || ref == Literals.DMA_MAP_OP__HANDLE || ref == Literals.DMA_UNMAP_OP__HANDLE) {
            return "unknown handle '" + name + "'";
        }
        if (MmsScopeProvider.namesAHandle(o) && (ref == Literals.RANGE_REF__TARGET || ref == Literals.PAGE_REF__TARGET)) {
            String owner = writtenOwner(o);
            return o instanceof PageRef ? "unknown handle '" + name + "' (a process page is written p." + name + "[i])"
                    : "unknown handle '" + (owner != null ? owner + "." : "") + name + "'";
        }
        if (writtenOwner(o) == null && EcoreUtil2.getContainerOfType(o, Step.class) instanceof Step step && step.isKernel()) {
            return "name the process: p." + name;
        }
        Named process = MmsScopeProvider.processOf(o);
        if (process == null || process.eIsProxy() || FileOrderNames.isDevice(process)) {
            return null; // the owner or the actor is what is wrong, and has its own message
        }
        return "'" + process.getName() + "' has no mapping named '" + name + "'";
    }

    /** The {@code p} of {@code p.v} as written, or null. */
    private static String writtenOwner(EObject o) {
        if (!(o instanceof RangeRef) && !(o instanceof PageRef)) {
            return null;
        }
        List<INode> nodes = NodeModelUtils.findNodesForFeature(o,
                o instanceof RangeRef ? Literals.RANGE_REF__OWNER : Literals.PAGE_REF__OWNER);
        return nodes.isEmpty() ? null : NodeModelUtils.getTokenText(nodes.get(0));
    }
}
