package org.mmscope.dsl.ide.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;

/**
 * A scenario resource that refuses to parse a text above {@link #limit()} bytes: it holds an empty model and one
 * error, "document too large for mmscope: N bytes, limit M", at the first character. Scenarios are a few hundred
 * lines; a megabyte of text is a pasted log or a generated file, and parsing and validating it on every keystroke
 * would take the editor's language server down (seconds per version, hundreds of MB).
 */
public class SizeLimitedResource extends LazyLinkingResource {
    /** The system property that sets the limit (bytes). */
    public static final String LIMIT_PROPERTY = "mmscope.lsp.maxDocumentBytes";
    /** 1 MiB: about 30,000 scenario lines. */
    public static final long DEFAULT_LIMIT = 1L << 20;

    public static long limit() {
        try {
            long l = Long.parseLong(System.getProperty(LIMIT_PROPERTY, Long.toString(DEFAULT_LIMIT)).trim());
            return l > 0 ? l : DEFAULT_LIMIT;
        } catch (NumberFormatException e) {
            return DEFAULT_LIMIT;
        }
    }

    /** Whether {@code text} is above the limit (in UTF-8 bytes). */
    public static boolean exceeds(String text) {
        return utf8Length(text) > limit();
    }

    static long utf8Length(String text) {
        return text.length() * 3L > limit() ? text.getBytes(StandardCharsets.UTF_8).length : text.length();
    }

    public static String message(long bytes, long limit) {
        return "document too large for mmscope: " + bytes + " bytes, limit " + limit;
    }

    @Override
    protected void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        long limit = limit();
        byte[] bytes = inputStream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length <= limit) {
            super.doLoad(new ByteArrayInputStream(bytes), options);
            return;
        }
        long total = bytes.length;
        byte[] rest = new byte[1 << 16];
        for (int n; (n = inputStream.read(rest)) > 0;) {
            total += n;
        }
        super.doLoad(new ByteArrayInputStream(new byte[0]), options);
        getErrors().clear();
        getErrors().add(new TooLarge(message(total, limit)));
    }

    /**
     * An unloaded object becomes no proxy and keeps its adapters (they go with it): no other resource refers to it,
     * and EMF's proxy URI (the object's position in its list, found by a linear search) made every unload of an
     * n-statement file cost O(n²) — a third of each rebuild on 10,000 lines.
     */
    @Override
    protected void unloaded(InternalEObject object) {
    }

    @Override
    public void reparse(String newContent) throws IOException {
        long limit = limit();
        long bytes = utf8Length(newContent);
        if (bytes > limit) {
            super.reparse("");
            getErrors().clear();
            getErrors().add(new TooLarge(message(bytes, limit)));
            return;
        }
        super.reparse(newContent);
    }

    /** True when the resource holds the "too large" error instead of a model. */
    public boolean isTooLarge() {
        return !getErrors().isEmpty() && getErrors().get(0) instanceof TooLarge;
    }

    /** The error at line 1, column 1 (zero length), which LSP clients show on the first character. */
    static final class TooLarge implements org.eclipse.xtext.diagnostics.Diagnostic {
        private final String message;

        TooLarge(String message) {
            this.message = message;
        }

        @Override
        public String getMessage() {
            return message;
        }

        @Override
        public String getLocation() {
            return null;
        }

        @Override
        public int getLine() {
            return 1;
        }

        @Override
        public int getColumn() {
            return 1;
        }

        @Override
        public int getOffset() {
            return 0;
        }

        @Override
        public int getLength() {
            return 0;
        }

        @Override
        public int getLineEnd() {
            return 1;
        }

        @Override
        public int getColumnEnd() {
            return 1;
        }
    }
}
