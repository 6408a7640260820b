package org.mmscope.dsl.parser;

import java.util.Set;
import java.util.TreeSet;

import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.NoViableAltException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.mmscope.dsl.parser.antlr.internal.InternalMmsParser;
import org.mmscope.dsl.services.MmsGrammarAccess;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Syntax errors at a name spelled like a reserved keyword say so: "`write` is a keyword and cannot be a name".
 * Keywords that cannot start or end a statement are names wherever a name is expected (the grammar's
 * {@code ValidID}); the others ({@code write}, {@code expect}, {@code map}, ...) would make a line ambiguous.
 */
@Singleton
public class MmsSyntaxErrorMessages extends SyntaxErrorMessageProvider {
    public static final String KEYWORD_AS_NAME = "org.mmscope.dsl.keywordAsName";

    private final Set<String> reserved = new TreeSet<>();

    @Inject
    void reserved(MmsGrammarAccess grammar) {
        for (String k : GrammarUtil.getAllKeywords(grammar.getGrammar())) {
            if (k.matches("[A-Za-z_][A-Za-z0-9_-]*")) {
                reserved.add(k);
            }
        }
        for (Keyword k : GrammarUtil.containedKeywords(grammar.getValidIDRule())) {
            reserved.remove(k.getValue());
        }
    }

    /** The keywords that cannot be names. */
    public Set<String> reserved() {
        return reserved;
    }

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
        RecognitionException e = context.getRecognitionException();
        if (e != null && e.token != null && e.token.getText() != null) {
            if (reserved.contains(e.token.getText()) && nameExpected(e) && previous(e) != null
                    && previous(e).getLine() == e.token.getLine()) {
                return keyword(e.token.getText());
            }
            Token before = previous(e);
            if ("=".equals(e.token.getText()) && before != null && before.getText() != null && reserved.contains(before.getText())) {
                return keyword(before.getText()); // 'p: write = mmap ...': the parser took 'write' for the operation
            }
        }
        return super.getSyntaxErrorMessage(context);
    }

    private static SyntaxErrorMessage keyword(String word) {
        return new SyntaxErrorMessage("`" + word + "` is a keyword and cannot be a name; choose another name", KEYWORD_AS_NAME,
                new String[] { word });
    }

    /** A name was expected: an identifier was the token the parser wanted, or no alternative fit at a name. */
    private static boolean nameExpected(RecognitionException e) {
        return e instanceof NoViableAltException || e instanceof MismatchedTokenException m && m.expecting == InternalMmsParser.RULE_ID;
    }

    /** The token before the offending one, or null (at the start a keyword is a new statement, not a name). */
    private static Token previous(RecognitionException e) {
        if (!(e.input instanceof TokenStream tokens)) {
            return null;
        }
        for (int i = e.token.getTokenIndex() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                return t;
            }
        }
        return null;
    }
}
