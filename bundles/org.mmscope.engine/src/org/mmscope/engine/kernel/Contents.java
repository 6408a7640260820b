package org.mmscope.engine.kernel;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Page contents: only the written prefix of a page is stored; everything after it reads as zero. */
public final class Contents {
    private Contents() {
    }

    /** Stores {@code text} at the start of a page whose current prefix is {@code old}; returns the new prefix. */
    public static byte[] overwrite(byte[] old, byte[] text) {
        if (old == null || old.length <= text.length) {
            return text.clone();
        }
        byte[] merged = old.clone();
        System.arraycopy(text, 0, merged, 0, text.length);
        return merged;
    }

    /** What a reader sees at the start of the page, up to the first zero byte. */
    public static String readString(byte[] content) {
        if (content == null) {
            return "";
        }
        int end = 0;
        while (end < content.length && content[end] != 0) {
            end++;
        }
        return new String(content, 0, end, StandardCharsets.ISO_8859_1);
    }

    /**
     * What a {@code write}/{@code dma write} of {@code text} stores: its bytes and one zero byte, as strcpy
     * would (LANGUAGE.md), cut to one page — a store at the start of a page does not reach the next one.
     */
    public static byte[] stored(String text, int pageSize) {
        byte[] b = bytes(text);
        byte[] out = Arrays.copyOf(b, Math.min(b.length + 1, pageSize));
        return out;
    }

    public static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] copy(byte[] content) {
        return content == null ? null : Arrays.copyOf(content, content.length);
    }
}
