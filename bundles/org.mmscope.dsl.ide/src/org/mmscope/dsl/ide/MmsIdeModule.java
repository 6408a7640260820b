package org.mmscope.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.mmscope.dsl.ide.codeactions.MmsCodeActionService;
import org.mmscope.dsl.ide.contentassist.MmsContentAssistContextFactory;
import org.mmscope.dsl.ide.contentassist.MmsContentAssistService;
import org.mmscope.dsl.ide.contentassist.MmsContentProposalProvider;
import org.mmscope.dsl.ide.highlighting.MmsSemanticHighlightingCalculator;
import org.mmscope.dsl.ide.hover.MmsHoverService;
import org.mmscope.dsl.ide.server.SizeLimitedResource;
import org.mmscope.dsl.ide.symbols.MmsDocumentSymbolService;
import org.mmscope.dsl.ide.symbols.MmsDocumentSymbols;
import org.mmscope.dsl.ide.rename.MmsRenameService;

/** Guice bindings of the scenario language's IDE services (shared by the language server and the editor). */
public class MmsIdeModule extends AbstractMmsIdeModule {
    /** A text above the size limit is one error instead of a parse (see SizeLimitedResource). */
    public Class<? extends XtextResource> bindXtextResource() {
        return SizeLimitedResource.class;
    }

    public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
        return MmsContentProposalProvider.class;
    }

    public Class<? extends ContentAssistService> bindContentAssistService() {
        return MmsContentAssistService.class;
    }

    /** Content assist whose cost does not grow with the caret's distance from the start of the file. */
    public Class<? extends ContentAssistContextFactory> bindContentAssistContextFactory() {
        return MmsContentAssistContextFactory.class;
    }

    public Class<? extends IHoverService> bindIHoverService() {
        return MmsHoverService.class;
    }

    public Class<? extends ICodeActionService2> bindICodeActionService2() {
        return MmsCodeActionService.class;
    }

    public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
        return MmsSemanticHighlightingCalculator.class;
    }

    public Class<? extends DocumentSymbolService> bindDocumentSymbolService() {
        return MmsDocumentSymbolService.class;
    }

    /** Rename of a declared name and its resolved uses (see MmsRenameService). */
    public Class<? extends IRenameService2> bindIRenameService2() {
        return MmsRenameService.class;
    }

    public Class<? extends DocumentSymbolMapper.DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
        return MmsDocumentSymbols.Names.class;
    }

    public Class<? extends DocumentSymbolMapper.DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
        return MmsDocumentSymbols.Kinds.class;
    }

    public Class<? extends DocumentSymbolMapper.DocumentSymbolDetailsProvider> bindDocumentSymbolDetailsProvider() {
        return MmsDocumentSymbols.Details.class;
    }
}
