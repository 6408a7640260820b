package org.mmscope.dsl.ide.rename;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/**
 * Whether a rename would break the file: the renamed text is parsed and validated on its own (a fresh resource set,
 * never the server's), and an error it has that the file did not have — a second process of that name, a mapping
 * the process already has, a taken handle, a name that now resolves elsewhere — is the clash. A rename changes
 * columns only, so errors are compared by line and message.
 */
final class RenameClashes {
    private RenameClashes() {
    }

    /** The first error the renamed text has and {@code resource}'s text does not, as "line L: message", or null. */
    static String clash(XtextResource resource, String text, List<INode> occurrences, String newName) {
        StringBuilder renamed = new StringBuilder(text);
        // from the last occurrence back, so earlier offsets stay valid
        List<INode> byOffset = occurrences.stream().sorted((a, b) -> Integer.compare(b.getOffset(), a.getOffset())).toList();
        for (INode n : byOffset) {
            renamed.replace(n.getOffset(), n.getEndOffset(), newName);
        }
        Set<String> before = new HashSet<>();
        for (Issue i : errors(resource, text)) {
            before.add(i.getLineNumber() + ": " + i.getMessage());
        }
        for (Issue i : errors(resource, renamed.toString())) {
            if (!before.contains(i.getLineNumber() + ": " + i.getMessage())) {
                return "line " + i.getLineNumber() + " would read: " + i.getMessage();
            }
        }
        return null;
    }

    private static List<Issue> errors(XtextResource like, String text) {
        XtextResourceSet set = like.getResourceServiceProvider().get(XtextResourceSet.class);
        XtextResource r = (XtextResource) set.createResource(URI.createURI("rename-check.mms"));
        try {
            r.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    java.util.Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
        } catch (IOException e) {
            return List.of(); // an in-memory stream does not fail
        }
        return like.getResourceServiceProvider().getResourceValidator().validate(r, CheckMode.ALL, CancelIndicator.NullImpl).stream()
                .filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).toList();
    }
}
