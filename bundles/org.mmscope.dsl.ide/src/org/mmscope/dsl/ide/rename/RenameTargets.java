package org.mmscope.dsl.ide.rename;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.mmscope.dsl.mms.MmsPackage;
import org.mmscope.dsl.mms.Named;

import com.google.inject.Inject;

/** What a rename at an offset renames, and where its name is written: its declaration and every resolved use. */
public class RenameTargets {
    @Inject
    private EObjectAtOffsetHelper at;

    /** The declared element whose name or use is at {@code offset} (or just before it), or null. */
    public Named at(XtextResource resource, int offset) {
        INode n = nameNodeAt(resource, offset);
        if (n == null) {
            return null;
        }
        INode ref = at.getCrossReferenceNode(resource, new TextRegion(n.getOffset(), 0));
        EObject o = ref != null ? at.resolveCrossReferencedElementAt(resource, n.getOffset())
                : NodeModelUtils.findActualSemanticObjectFor(n);
        return o instanceof Named named && !named.eIsProxy() ? named : null;
    }

    /** The node of the name or the resolved use at {@code offset} (or ending there), or null. */
    public INode nameNodeAt(XtextResource resource, int offset) {
        INode n = nameNodeAt0(resource, offset);
        return n != null || offset == 0 ? n : nameNodeAt0(resource, offset - 1);
    }

    private INode nameNodeAt0(XtextResource resource, int offset) {
        if (resource.getParseResult() == null || offset < 0) {
            return null;
        }
        INode ref = at.getCrossReferenceNode(resource, new TextRegion(offset, 0));
        if (ref != null) {
            EObject target = at.resolveCrossReferencedElementAt(resource, offset);
            return target instanceof Named && !target.eIsProxy() ? ref : null;
        }
        ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
        if (leaf == null || leaf.isHidden() || !(leaf.getSemanticElement() instanceof Named named)) {
            return null;
        }
        INode name = nameNode(named);
        return name != null && name.getOffset() <= offset && offset < name.getEndOffset() ? name : null;
    }

    /** The declaration's name, then every use of it in its file, in file order. */
    public List<INode> occurrences(Named target) {
        List<INode> out = new ArrayList<>();
        INode name = nameNode(target);
        if (name != null) {
            out.add(name);
        }
        for (Iterator<EObject> it = target.eResource().getAllContents(); it.hasNext();) {
            EObject o = it.next();
            for (EReference ref : o.eClass().getEAllReferences()) {
                if (!ref.isContainment() && !ref.isContainer() && !ref.isMany() && o.eGet(ref, true) == target) {
                    NodeModelUtils.findNodesForFeature(o, ref).stream().findFirst().ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private static INode nameNode(Named n) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(n, MmsPackage.Literals.NAMED__NAME);
        return nodes.isEmpty() ? null : nodes.get(0);
    }
}
