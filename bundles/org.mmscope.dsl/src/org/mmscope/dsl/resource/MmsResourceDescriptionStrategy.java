package org.mmscope.dsl.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;

/**
 * What a scenario file puts into the index: nothing. Names do not cross files (MmsScopeProvider never looks
 * past its own file), so exporting every process, mapping and handle, and describing every reference, would
 * only cost time on each change (a URI per object, computed by position in long statement lists). The index
 * still lists the file, which is what find references needs to search it.
 */
public class MmsResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {
    @Override
    public boolean createEObjectDescriptions(EObject eObject, IAcceptor<IEObjectDescription> acceptor) {
        return false;
    }

    @Override
    public boolean createReferenceDescriptions(EObject from, URI exportedContainerURI, IAcceptor<IReferenceDescription> acceptor) {
        return false;
    }
}
