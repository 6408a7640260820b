package org.mmscope.dsl.resource;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;

/**
 * Describes a scenario to the index as importing no name and referring to nothing outside it, without walking its
 * cross-references to find that out: names never cross files (see MmsResourceDescriptionStrategy), and Xtext's
 * description walked every reference of the file twice per change (its imported names, its outgoing references).
 */
public class MmsResourceDescriptionManager extends DefaultResourceDescriptionManager {
    @Override
    protected IResourceDescription internalGetResourceDescription(Resource resource, IDefaultResourceDescriptionStrategy strategy) {
        return new DefaultResourceDescription(resource, strategy, getCache()) {
            @Override
            public Iterable<QualifiedName> getImportedNames() {
                return Set.of();
            }

            @Override
            public Iterable<IReferenceDescription> getReferenceDescriptions() {
                return List.of();
            }
        };
    }
}
