package org.mmscope.dsl.ide.highlighting;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;
import org.mmscope.dsl.mms.Assignment;
import org.mmscope.dsl.mms.DeviceDecl;
import org.mmscope.dsl.mms.ExpectError;
import org.mmscope.dsl.mms.ExpectHazard;
import org.mmscope.dsl.mms.Expectation;
import org.mmscope.dsl.mms.ForkOp;
import org.mmscope.dsl.mms.GupOp;
import org.mmscope.dsl.mms.KernelDecl;
import org.mmscope.dsl.mms.MmsPackage;
import org.mmscope.dsl.mms.ProcessDecl;
import org.mmscope.dsl.mms.Step;

/**
 * Semantic highlighting (LSP semantic tokens; style ids are LSP token types): processes as classes, devices
 * as interfaces, mappings as variables, pin handles as parameters, eras and error names as enum members,
 * hazard kinds as events.
 */
public class MmsSemanticHighlightingCalculator extends DefaultSemanticHighlightingCalculator {
    private static final MmsPackage P = MmsPackage.eINSTANCE;

    @Override
    protected boolean highlightElement(EObject o, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
        switch (o) {
        case ProcessDecl p -> highlightFeature(acceptor, p, P.getNamed_Name(), "class");
        case DeviceDecl d -> highlightFeature(acceptor, d, P.getNamed_Name(), "interface");
        case Assignment a -> highlightFeature(acceptor, a, P.getNamed_Name(),
                a.getValue() instanceof ForkOp ? "class" : a.getValue() instanceof GupOp ? "parameter" : "variable");
        case Step s -> {
            if (!s.isKernel() && s.getActor() != null) {
                highlightFeature(acceptor, s, P.getStep_Actor(), s.getActor() instanceof DeviceDecl ? "interface" : "class");
            }
        }
        case KernelDecl k -> highlightEach(acceptor, k, P.getKernelDecl_Eras(), "enumMember");
        case Expectation e -> highlightEach(acceptor, e, P.getExpectation_Eras(), "enumMember");
        case ExpectHazard h -> highlightFeature(acceptor, h, P.getExpectHazard_Kind(), "event");
        case ExpectError e -> highlightFeature(acceptor, e, P.getExpectError_Errno(), "enumMember");
        default -> {
        }
        }
        return false;
    }

    /** Every value of a list feature ({@code highlightFeature} colours only the first). */
    private void highlightEach(IHighlightedPositionAcceptor acceptor, EObject o, EStructuralFeature f, String style) {
        for (INode n : NodeModelUtils.findNodesForFeature(o, f)) {
            highlightNode(acceptor, n, style);
        }
    }
}
