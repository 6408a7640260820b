package org.mmscope.dsl.ide.rename;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.mmscope.dsl.mms.Named;

import com.google.inject.Inject;

/**
 * Rename (LSP {@code textDocument/rename} and {@code prepareRename}; Alt+Shift+R in the editor) of a process,
 * device, mapping, pin handle or forked child, from its declaration or from any use: the declaration's name and
 * every reference the linker resolved to it change, in this file (names do not cross files), so a mapping used as
 * {@code p.v} and through a child that inherited it at fork is renamed everywhere it means that mapping, and a
 * same-named mapping of another process is not. A new name must be a name (an identifier, or a keyword that
 * may be a name); a reserved keyword is refused with the syntax error's words. A new name that clashes with a name
 * already there (a second process or device, a mapping its process already has, a taken handle; see
 * {@link RenameClashes}) is refused with the error the renamed file would have.
 */
public class MmsRenameService implements IRenameService2 {
    @Inject
    private RenameTargets targets;

    @Override
    public WorkspaceEdit rename(Options options) {
        String uri = options.getRenameParams().getTextDocument().getUri();
        String newName = options.getRenameParams().getNewName();
        if (NewNames.problem(newName) != null) {
            return null; // the server refuses it first (MmsLanguageServer.rename); an in-process caller gets no edit
        }
        return read(options.getLanguageServerAccess(), uri, (document, resource) -> {
            Named target = targets.at(resource, document.getOffSet(options.getRenameParams().getPosition()));
            if (target == null) {
                return null;
            }
            List<TextEdit> edits = new ArrayList<>();
            List<INode> occurrences = targets.occurrences(target);
            for (INode n : occurrences) {
                edits.add(new TextEdit(range(document, n), newName));
            }
            String clash = RenameClashes.clash(resource, document.getContents(), occurrences, newName);
            if (clash != null) {
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, "cannot rename `"
                        + NodeModelUtils.getTokenText(occurrences.get(0)) + "` to `" + newName + "`: " + clash, null));
            }
            return new WorkspaceEdit(Map.of(uri, edits));
        });
    }

    @Override
    public Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(PrepareRenameOptions options) {
        String uri = options.getParams().getTextDocument().getUri();
        return read(options.getLanguageServerAccess(), uri, (document, resource) -> {
            int offset = document.getOffSet(options.getParams().getPosition());
            INode name = targets.nameNodeAt(resource, offset);
            if (name == null) {
                return null;
            }
            return Either3.forSecond(new PrepareRenameResult(range(document, name), NodeModelUtils.getTokenText(name)));
        });
    }

    private static Range range(Document document, INode n) {
        Position start = document.getPosition(n.getOffset());
        Position end = document.getPosition(n.getEndOffset());
        return new Range(start, end);
    }

    private interface Reader<T> {
        T read(Document document, XtextResource resource);
    }

    private static <T> T read(ILanguageServerAccess access, String uri, Reader<T> reader) {
        try {
            return access.doRead(uri, c -> c.getResource() instanceof XtextResource r ? reader.read(c.getDocument(), r) : null).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
