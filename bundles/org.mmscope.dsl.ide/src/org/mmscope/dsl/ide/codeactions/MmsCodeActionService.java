package org.mmscope.dsl.ide.codeactions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.mmscope.dsl.validation.IssueCodes;
import org.mmscope.dsl.validation.MmsValidator;
import org.mmscope.engine.era.Eras;

/**
 * Quick fixes for the common validation errors: the release call that matches the handle, the era-neutral
 * {@code pin}/{@code unpin} instead of a call an era lacks, and the nearest known era or hazard name.
 */
public class MmsCodeActionService implements ICodeActionService2 {
    @Override
    public List<Either<Command, CodeAction>> getCodeActions(Options options) {
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        for (Diagnostic d : options.getCodeActionParams().getContext().getDiagnostics()) {
            if (d.getCode() == null || !d.getCode().isLeft()) {
                continue;
            }
            String code = d.getCode().getLeft();
            // Xtext 2.42 hands a code-action service neither the document nor the resource: the offending text is
            // taken from the message, which quotes it (or starts with it)
            String message = d.getMessage().isLeft() ? d.getMessage().getLeft() : d.getMessage().getRight().getValue();
            String text = code.equals(IssueCodes.MISSING_IN_ERA) ? message.substring(0, Math.max(0, message.indexOf(' ')))
                    : offendingText(message);
            String replacement = switch (code) {
            case IssueCodes.WRONG_RELEASE -> message.substring(message.lastIndexOf(' ') + 1);
            case IssueCodes.MISSING_IN_ERA -> Map.of("pin_user_pages", "pin", "unpin_user_pages", "unpin").get(text);
            case IssueCodes.UNKNOWN_ERA -> nearest(text, Eras.names());
            case IssueCodes.UNKNOWN_HAZARD -> nearest(text, MmsValidator.HAZARDS.stream().sorted().toList());
            default -> null;
            };
            if (replacement == null || replacement.equals(text)) {
                continue;
            }
            CodeAction a = new CodeAction("Change '" + text + "' to '" + replacement + "'");
            a.setKind(CodeActionKind.QuickFix);
            a.setDiagnostics(List.of(d));
            a.setEdit(new WorkspaceEdit(Map.of(options.getURI(), List.of(new TextEdit(d.getRange(), replacement)))));
            actions.add(Either.forRight(a));
        }
        return actions;
    }

    /** The first 'quoted' word of a message, or its first word. */
    static String offendingText(String message) {
        int q = message.indexOf('\'');
        if (q >= 0 && message.indexOf('\'', q + 1) > q) {
            return message.substring(q + 1, message.indexOf('\'', q + 1));
        }
        int sp = message.indexOf(' ');
        return sp < 0 ? message : message.substring(0, sp);
    }

    /** The candidate with the smallest edit distance. */
    static String nearest(String word, List<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int dist = distance(word, c);
            if (dist < bestDistance) {
                best = c;
                bestDistance = dist;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
