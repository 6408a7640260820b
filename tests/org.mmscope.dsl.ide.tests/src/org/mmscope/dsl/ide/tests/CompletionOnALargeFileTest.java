package org.mmscope.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.Modules2;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mmscope.dsl.MmsRuntimeModule;
import org.mmscope.dsl.ide.MmsIdeModule;
import org.mmscope.dsl.ide.MmsIdeSetup;
import org.mmscope.dsl.ide.bench.GeneratedScenario;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.util.Modules;

/**
 * Completion that no longer walks or parses the whole file before the caret (MmsContentAssistContextFactory) proposes
 * exactly what Xtext's own factory, which does, proposes: at every offset of scenarios with comments, a parallel
 * block, half-written lines and syntax errors, and at many positions of a large generated scenario. The reference is
 * the language's injector with Xtext's {@link ContentAssistContextFactory} bound back; both answer through the
 * language server's completion service, without Xtext's limit of 100 proposals.
 */
class CompletionOnALargeFileTest {
    static final Path REPO = Path.of(System.getProperty("mmscope.root", "../..")).toAbsolutePath().normalize();

    static Injector fast;
    static Injector xtext;

    @BeforeAll
    static void injectors() {
        new MmsIdeSetup().createInjectorAndDoEMFRegistration();
        Module unlimited = binder -> binder.bind(IdeContentProposalAcceptor.class).to(Unlimited.class);
        fast = Guice.createInjector(Modules.override(Modules2.mixin(new MmsRuntimeModule(), new MmsIdeModule())).with(unlimited));
        xtext = Guice
                .createInjector(Modules.override(Modules2.mixin(new MmsRuntimeModule(), new MmsIdeModule())).with(unlimited, binder -> {
                    try {
                        binder.bind(ContentAssistContextFactory.class).toConstructor(ContentAssistContextFactory.class.getConstructor());
                    } catch (NoSuchMethodException e) {
                        throw new IllegalStateException(e);
                    }
                }));
        assertNotEquals(fast.getInstance(ContentAssistContextFactory.class).getClass(),
                xtext.getInstance(ContentAssistContextFactory.class).getClass());
    }

    /**
     * Xtext keeps the first 100 proposals its contexts (computed in parallel) offer, so which 100 of a longer list come
     * back is a race: both sides take them all here.
     */
    public static final class Unlimited extends IdeContentProposalAcceptor {
        @Override
        public boolean canAcceptMoreProposals() {
            return true;
        }
    }

    @Test
    void everyOffsetOfSmallScenariosProposesWhatTheWholePrefixWould() throws Exception {
        String halfWritten = String.join("\n", "scenario \"half\"", "kernel linux-6.12", "// a comment before the steps", "device nic",
                "process p", "p: a = mmap anon 2 pages read write", "p: write a \"x\" /* a block", "comment */ p: rx = pin a write",
                "nic: map rx", "p: b = mmap", "p: wri", "p: c = fork", "c: write a \"c\" )) garbage", "parallel {", "  c: touch a",
                "  p: ", "}", "expect hazard ", "");
        int proposed = 0;
        for (String text : List.of(example("15-explore-fork-race.mms"), example("16-dma-use-after-free.mms"), halfWritten)) {
            List<int[]> positions = new ArrayList<>();
            String[] lines = text.split("\n", -1);
            for (int line = 0; line < lines.length; line++) {
                for (int column = 0; column <= lines[line].length(); column++) {
                    positions.add(new int[] { line, column });
                }
            }
            proposed += compareAt(text, positions);
        }
        assertTrue(proposed > 1000, "proposals compared: " + proposed);
    }

    @Test
    void aLargeFileProposesWhatTheWholePrefixWould() throws Exception {
        GeneratedScenario scenario = GeneratedScenario.of(3000);
        String[] lines = scenario.text().split("\n", -1);
        Random random = new Random(23);
        List<int[]> positions = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            int line = random.nextInt(lines.length);
            positions.add(new int[] { line, random.nextInt(lines[line].length() + 1) });
        }
        List<GeneratedScenario.Line> writes = scenario.writeLines();
        for (GeneratedScenario.Line l : writes.subList(writes.size() - 20, writes.size())) { // a name after 'write '
            positions.add(new int[] { l.number(), l.text().indexOf("write ") + "write ".length() });
        }
        int compared = compareAt(scenario.text(), positions);
        assertTrue(compared > 20 * 40, "late writes propose the process's many mappings: " + compared);
    }

    private static String example(String name) throws Exception {
        return Files.readString(REPO.resolve("examples").resolve(name)).replace("\r\n", "\n");
    }

    /** Asks both at each position; returns how many proposals were compared. */
    private static int compareAt(String text, List<int[]> positions) throws Exception {
        Asker expected = new Asker(xtext, text);
        Asker actual = new Asker(fast, text);
        int compared = 0;
        for (int[] p : positions) {
            List<String> proposals = expected.complete(p[0], p[1]);
            assertEquals(proposals, actual.complete(p[0], p[1]), "line " + (p[0] + 1) + " column " + (p[1] + 1));
            compared += proposals.size();
        }
        return compared;
    }

    /** A scenario loaded by one injector's language, and its completion service. */
    private static final class Asker {
        private final ContentAssistService service;
        private final XtextResource resource;
        private final Document document;

        Asker(Injector injector, String text) throws Exception {
            service = injector.getInstance(ContentAssistService.class);
            XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
            resource = (XtextResource) injector.getInstance(IResourceFactory.class).createResource(URI.createURI("file:/t/f.mms"));
            set.getResources().add(resource);
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
            document = new Document(1, text);
        }

        List<String> complete(int line, int character) {
            CompletionList list = service.createCompletionList(document, resource,
                    new CompletionParams(new TextDocumentIdentifier("file:/t/f.mms"), new Position(line, character)),
                    CancelIndicator.NullImpl);
            return list.getItems().stream().map(Asker::text).toList();
        }

        /** A proposal as "label l:c-l:c newText". */
        private static String text(CompletionItem item) {
            TextEdit edit = item.getTextEdit().getLeft();
            Range r = edit.getRange();
            return item.getLabel() + " " + r.getStart().getLine() + ":" + r.getStart().getCharacter() + "-" + r.getEnd().getLine() + ":"
                    + r.getEnd().getCharacter() + " " + edit.getNewText();
        }
    }
}
