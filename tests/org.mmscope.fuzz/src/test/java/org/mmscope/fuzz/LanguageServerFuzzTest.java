package org.mmscope.fuzz;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.services.TextDocumentService;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The language server's document handling on fuzzed documents: didOpen of a mutated example (or raw text), then
 * edits (incremental ranges, also outside the text, and whole-text changes) interleaved with completion, hover
 * and documentSymbol at positions in and outside the text, then didClose. Every request must be answered (no
 * exception, within 20 s: the per-input time limit of this test), nothing may be logged as an ERROR (Xtext swallows exceptions of builds and
 * validations into its log), and every published diagnostic must have a range with non-negative coordinates and
 * a message that shows no Java internals.
 */
class LanguageServerFuzzTest {
    private static final AtomicInteger DOCUMENTS = new AtomicInteger();

    @FuzzTest
    void documentSession(FuzzedDataProvider data) throws Exception {
        LanguageServerSession lsp = LanguageServerSession.get();
        TextDocumentService docs = lsp.server.getTextDocumentService();
        String uri = lsp.root.resolve("doc" + DOCUMENTS.incrementAndGet() + ".mms").toUri().toString();
        String text = data.consumeBoolean() ? ScenarioMutator.mutate(data) : data.consumeString(400);
        StringBuilder texts = new StringBuilder(text); // everything sent: a diagnostic may quote it
        docs.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "mms", 1, text)));
        TextDocumentIdentifier id = new TextDocumentIdentifier(uri);
        int version = 1;
        int operations = data.consumeInt(1, 8);
        for (int i = 0; i < operations; i++) {
            switch (data.consumeInt(0, 4)) {
            case 0 -> {
                TextDocumentContentChangeEvent change = data.consumeBoolean()
                        ? new TextDocumentContentChangeEvent(new Range(position(data), position(data)), data.consumeString(30))
                        : new TextDocumentContentChangeEvent(
                                data.consumeBoolean() ? ScenarioMutator.mutate(data) : data.consumeString(200));
                texts.append('\n').append(change.getText());
                docs.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, ++version), List.of(change)));
            }
            case 1 -> answered("completion", docs.completion(new CompletionParams(id, position(data))));
            case 2 -> answered("hover", docs.hover(new HoverParams(id, position(data))));
            default -> answered("documentSymbol", docs.documentSymbol(new DocumentSymbolParams(id)));
            }
        }
        answered("documentSymbol", docs.documentSymbol(new DocumentSymbolParams(id))); // waits for the last build
        docs.didClose(new DidCloseTextDocumentParams(id));
        for (PublishDiagnosticsParams p : lsp.takePublished().stream().filter(q -> q.getUri().equals(uri)).toList()) {
            for (Diagnostic d : p.getDiagnostics()) {
                Range r = d.getRange();
                ScenarioPipeline
                        .require(r != null && r.getStart().getLine() >= 0 && r.getStart().getCharacter() >= 0 && r.getEnd().getLine() >= 0
                                && r.getEnd().getCharacter() >= 0, "diagnostic with a bad range: " + d);
                String message = d.getMessage().isLeft() ? d.getMessage().getLeft() : d.getMessage().getRight().getValue();
                ScenarioPipeline.require(!ScenarioPipeline.showsJavaInternals(message, texts.toString()),
                        "diagnostic that shows Java internals: " + message);
            }
        }
        List<String> errors = lsp.takeErrors();
        ScenarioPipeline.require(errors.isEmpty(), "the server logged errors: " + errors);
    }

    /** A position near or inside a small document, sometimes far outside it or negative. */
    private static Position position(FuzzedDataProvider data) {
        return data.consumeInt(0, 9) == 0 ? new Position(data.consumeInt(), data.consumeInt())
                : new Position(data.consumeInt(0, 40), data.consumeInt(0, 60));
    }

    private static void answered(String request, CompletableFuture<?> answer) throws InterruptedException {
        try {
            answer.get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError(request + " failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError(request + " was not answered within 20 s");
        }
    }
}
