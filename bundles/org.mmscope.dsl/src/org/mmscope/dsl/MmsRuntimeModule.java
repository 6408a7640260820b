package org.mmscope.dsl;

import com.google.inject.Binder;
import com.google.inject.name.Names;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.eclipse.xtext.validation.CompositeEValidator;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.IAstFactory;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.mmscope.dsl.conversion.MmsElementFactory;
import org.mmscope.dsl.conversion.MmsValueConverters;
import org.mmscope.dsl.generator.NothingToGenerate;
import org.mmscope.dsl.linking.MmsLinkingDiagnosticMessages;
import org.mmscope.dsl.parser.MmsSyntaxErrorMessages;
import org.mmscope.dsl.resource.MmsResourceDescriptionManager;
import org.mmscope.dsl.resource.ResourceLevelCache;
import org.mmscope.dsl.resource.MmsResourceDescriptionStrategy;

/** Guice bindings of the scenario language runtime. */
public class MmsRuntimeModule extends AbstractMmsRuntimeModule {
    @Override
    public Class<? extends IValueConverterService> bindIValueConverterService() {
        return MmsValueConverters.class;
    }

    public Class<? extends IAstFactory> bindIAstFactory() {
        return MmsElementFactory.class;
    }

    public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
        return MmsLinkingDiagnosticMessages.class;
    }

    public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
        return MmsSyntaxErrorMessages.class;
    }

    public Class<? extends IShouldGenerate> bindIShouldGenerate() {
        return NothingToGenerate.class;
    }

    public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
        return MmsResourceDescriptionStrategy.class;
    }

    /** Cached values (FileOrderNames, the index description) live until the next parse (see ResourceLevelCache). */
    public Class<? extends IResourceScopeCache> bindIResourceScopeCache() {
        return ResourceLevelCache.class;
    }

    /** The linker asks for Xtext's cache class itself. */
    public Class<? extends OnChangeEvictingCache> bindOnChangeEvictingCache() {
        return ResourceLevelCache.class;
    }

    public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
        return MmsResourceDescriptionManager.class;
    }

    /**
     * EMF's generic checks (multiplicities, data values, containment, proxies) are off: the parser and the linker
     * already report what they would find in a parsed scenario, and on 10,000 lines they were a third of each
     * validation.
     */
    public void configureUseEObjectValidator(Binder binder) {
        binder.bind(Boolean.class).annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).toInstance(false);
    }
}
