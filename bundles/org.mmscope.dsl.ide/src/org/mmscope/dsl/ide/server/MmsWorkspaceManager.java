package org.mmscope.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.WorkspaceManager;

/**
 * The workspace of the scenario language server. An incremental change whose range lies outside the text the
 * server has is not dropped (Xtext would throw, keep the old text and publish nothing): each end of the range is
 * clamped to the nearest position of the document (a line past the end is the end of the text, a column past the
 * end of its line is the end of that line, a reversed range is taken in order), the change is applied there, and
 * the build publishes diagnostics for the text the server now has. One line in the log says so.
 * <p>
 * Line endings are normalised to {@code \n} as the documents come in ({@link LineEndings}), as the command line
 * does: a file with CR-only line endings parses line by line instead of as one line.
 */
public class MmsWorkspaceManager extends WorkspaceManager {
    private static final Logger LOG = Logger.getLogger(MmsWorkspaceManager.class);

    /** The open document at {@code uri}, or null. */
    public Document openDocument(URI uri) {
        return getOpenDocuments().get(uri);
    }

    /** Whether a request may read {@code uri}: it is open, or a file of the workspace that exists. */
    public boolean isReadable(URI uri) {
        try {
            return isDocumentOpen(uri) || getProjectManager(uri) != null && exists(uri);
        } catch (RuntimeException e) {
            return false; // no workspace yet, or a URI no project contains
        }
    }

    @Override
    public BuildManager.Buildable didOpen(URI uri, Integer version, String content) {
        return super.didOpen(uri, version, LineEndings.normalize(content));
    }

    @Override
    public BuildManager.Buildable didChangeTextDocumentContent(URI uri, Integer version, Iterable<TextDocumentContentChangeEvent> changes) {
        Document document = openDocument(uri);
        if (document == null || changes == null) {
            return super.didChangeTextDocumentContent(uri, version, changes == null ? List.of() : changes);
        }
        List<TextDocumentContentChangeEvent> inRange = new ArrayList<>();
        String text = document.getContents();
        for (TextDocumentContentChangeEvent change : changes) {
            if (change == null) {
                continue;
            }
            String newText = change.getText() == null ? "" : LineEndings.normalize(change.getText());
            if (change.getRange() == null) {
                text = newText;
                inRange.add(new TextDocumentContentChangeEvent(newText));
                continue;
            }
            Range range = change.getRange();
            int start = Positions.offset(text, range.getStart());
            int end = Positions.offset(text, range.getEnd());
            if (start < 0 || end < 0 || end < start) {
                int s = Positions.clampedOffset(text, range.getStart());
                int e = Positions.clampedOffset(text, range.getEnd());
                start = Math.min(s, e);
                end = Math.max(s, e);
                LOG.warn("didChange of " + uri + " (version " + version + "): range " + Positions.toString(range) + " is outside the "
                        + Positions.lineCount(text) + "-line document; applied at "
                        + Positions.toString(new Range(Positions.position(text, start), Positions.position(text, end))));
            }
            inRange.add(
                    new TextDocumentContentChangeEvent(new Range(Positions.position(text, start), Positions.position(text, end)), newText));
            text = text.substring(0, start) + newText + text.substring(end);
        }
        return super.didChangeTextDocumentContent(uri, version, inRange);
    }
}
