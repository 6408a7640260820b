package org.mmscope.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.mmscope.dsl.ide.server.FrameReader;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The language server's frame reader ({@code mmscope lsp}'s stdin) on arbitrary bytes followed by one valid
 * request. It must never throw and must end; what it hands to LSP4J must be well-formed frames only
 * ({@code Content-Length: N}, a blank line, N bytes beginning with a JSON object or array); and when the garbage
 * holds no {@code Content-Length:} header of its own — so it cannot announce a length that reaches into the
 * request — the valid request must come out whole as the last frame.
 */
class FrameReaderFuzzTest {
    static final String REQUEST = "{\"jsonrpc\":\"2.0\",\"id\":42,\"method\":\"shutdown\"}";

    @FuzzTest
    void garbageThenRequest(byte[] garbage) {
        Watchdog.within("reading " + garbage.length + " bytes of garbage and a request", () -> check(garbage));
    }

    private static void check(byte[] garbage) {
        byte[] request = ("Content-Length: " + REQUEST.length() + "\r\n\r\n" + REQUEST).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.write(garbage, 0, garbage.length);
        in.write(request, 0, request.length);
        byte[] out;
        try (FrameReader reader = new FrameReader(new ByteArrayInputStream(in.toByteArray()))) {
            out = reader.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> bodies = frames(out);
        if (!new String(garbage, StandardCharsets.ISO_8859_1).contains("Content-Length:")) {
            ScenarioPipeline.require(!bodies.isEmpty() && bodies.get(bodies.size() - 1).equals(REQUEST),
                    "the request after " + garbage.length + " bytes of garbage was lost: frames " + bodies);
        }
    }

    /** The bodies of {@code out}, which must be nothing but well-formed frames. */
    private static List<String> frames(byte[] out) {
        List<String> bodies = new ArrayList<>();
        String s = new String(out, StandardCharsets.ISO_8859_1);
        int at = 0;
        while (at < s.length()) {
            int end = s.indexOf("\r\n\r\n", at);
            ScenarioPipeline.require(end > at && s.startsWith("Content-Length: ", at), "not a frame header at " + at);
            int length = Integer.parseInt(s.substring(at + "Content-Length: ".length(), end));
            ScenarioPipeline.require(end + 4 + length <= s.length(), "a frame longer than the output");
            String body = s.substring(end + 4, end + 4 + length);
            String b = body.strip();
            ScenarioPipeline.require(b.startsWith("{") || b.startsWith("["), "a body that is no JSON object or array: " + body);
            bodies.add(body);
            at = end + 4 + length;
        }
        return bodies;
    }
}
