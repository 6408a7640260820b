package org.mmscope.dsl.ide.symbols;

import java.util.List;

import org.eclipse.lsp4j.Location;
import org.eclipse.xtext.findReferences.IReferenceFinder.IResourceAccess;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Go to declaration (LSP definition, F3 in the editor) and find references, on the cross-references the linker
 * resolved (MmsScopeProvider's file-order rules). Only a use has a declaration to go to: on a declaration's own
 * name there is none (Xtext's default would answer the declaration itself).
 */
@Singleton
public class MmsDocumentSymbolService extends DocumentSymbolService {
    @Inject
    private EObjectAtOffsetHelper at;

    @Override
    public List<? extends Location> getDefinitions(XtextResource resource, int offset, IResourceAccess access, CancelIndicator ci) {
        if (isReference(resource, offset)) {
            return super.getDefinitions(resource, offset, access, ci);
        }
        if (offset > 0 && isReference(resource, offset - 1)) { // the cursor just after a name
            return super.getDefinitions(resource, offset - 1, access, ci);
        }
        return List.of();
    }

    private boolean isReference(XtextResource resource, int offset) {
        return resource.getParseResult() != null && at.getCrossReferenceNode(resource, new TextRegion(offset, 0)) != null;
    }
}
