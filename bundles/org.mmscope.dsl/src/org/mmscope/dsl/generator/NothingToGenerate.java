package org.mmscope.dsl.generator;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Scenarios generate no code (MmsGenerator writes nothing), so a build never asks whether to generate: Xtext's
 * default would validate every changed file a second time to find out.
 */
public class NothingToGenerate implements IShouldGenerate {
    @Override
    public boolean shouldGenerate(Resource resource, CancelIndicator cancelIndicator) {
        return false;
    }
}
