package org.mmscope.dsl.ide.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The LSP base protocol read defensively: an input stream that yields only well-formed frames
 * ({@code Content-Length: N\r\n\r\n} and N bytes holding one JSON value) to LSP4J's StreamMessageProducer, which
 * trusts the header: a length that is too small leaves the rest of the body to be read as headers, one that is
 * too large swallows the following messages (and waits for bytes that never come, so not even {@code shutdown} is
 * answered), one that is not a number makes it skip the frame and misread the next one.
 * <p>
 * Here a broken frame is skipped (one warning in the log) and reading resynchronises on the next
 * {@code Content-Length: <digits>} line. A raw {@code Content-Length: 12} followed by a line break cannot occur
 * inside JSON (a string cannot hold a raw line break), so finding one inside a body means the announced length
 * was too large: the body ends there and the new header is used. A body that does not hold exactly one complete
 * JSON object or array (too small a length cuts it short) is dropped, and so is everything up to the next header.
 * Other headers (Content-Type) are read and dropped; the body is passed on as sent (UTF-8, as LSP requires).
 */
public final class FrameReader extends InputStream {
    private static final Logger LOG = Logger.getLogger(FrameReader.class.getName());
    private static final byte[] HEADER = "Content-Length:".getBytes(StandardCharsets.US_ASCII);
    /** The largest body accepted (bytes); a larger announced length is a broken frame. */
    static final long MAX_BODY = Integer.MAX_VALUE - 64;

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] frame;
    private int framePosition;
    /** A Content-Length already read while scanning a body whose announced length was too large; -1 if none. */
    private long pendingLength = -1;

    public FrameReader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return frame[framePosition++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, frame.length - framePosition);
        System.arraycopy(frame, framePosition, b, off, n);
        framePosition += n;
        return n;
    }

    @Override
    public int available() {
        return frame == null ? 0 : frame.length - framePosition;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private boolean fill() throws IOException {
        while (frame == null || framePosition == frame.length) {
            byte[] body = nextBody();
            if (body == null) {
                return false;
            }
            byte[] header = ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            frame = new byte[header.length + body.length];
            System.arraycopy(header, 0, frame, 0, header.length);
            System.arraycopy(body, 0, frame, header.length, body.length);
            framePosition = 0;
        }
        return true;
    }

    /** The next well-formed body, or null at the end of the input. */
    private byte[] nextBody() throws IOException {
        boolean broken = false; // the rest of a broken frame is skipped without a second warning
        while (true) {
            long length = pendingLength;
            pendingLength = -1;
            if (length < 0) {
                Scan skip = scan(Long.MAX_VALUE, false);
                if (skip.skippedGarbage() && !broken) {
                    warn("skipped " + skip.count + " bytes that are not a frame (" + skip.preview() + ")");
                }
                if (skip.header < 0) {
                    return null;
                }
                length = skip.header;
            }
            int headers = skipOtherHeaders();
            if (headers < 0) {
                return null;
            }
            if (headers == 0) {
                warn("a header line that is not 'Name: value' after Content-Length " + length + "; frame skipped");
                broken = true;
                continue;
            }
            if (length > MAX_BODY) {
                warn("Content-Length " + (length == Long.MAX_VALUE ? "beyond 2^63" : Long.toString(length)) + " is larger than " + MAX_BODY
                        + "; frame skipped");
                broken = true;
                continue;
            }
            Scan body = scan(length, true);
            if (body.header >= 0) {
                warn("a frame announced " + length + " bytes but the next Content-Length header came after " + body.count
                        + "; the broken frame is skipped");
                pendingLength = body.header;
                continue;
            }
            if (body.count < length) {
                if (body.count > 0) {
                    warn("the input ended " + (length - body.count) + " bytes into a frame of " + length);
                }
                return null;
            }
            byte[] bytes = body.bytes.toByteArray();
            if (!holdsOneJsonValue(bytes)) {
                warn("a frame of " + length
                        + " bytes does not hold one complete JSON value (Content-Length too small?); skipped up to the next header");
                broken = true;
                continue;
            }
            return bytes;
        }
    }

    private static void warn(String message) {
        LOG.log(Level.WARNING, "LSP input: " + message);
    }

    private int next() throws IOException {
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++] & 0xff;
    }

    /**
     * Reads the header lines after Content-Length up to the empty line. 1 when they are well-formed, 0 when one
     * is not a header (then the frame is broken), -1 at the end of the input.
     */
    private int skipOtherHeaders() throws IOException {
        boolean wellFormed = true;
        StringBuilder line = new StringBuilder();
        while (true) {
            int c = next();
            if (c < 0) {
                return -1;
            }
            if (c == '\n') {
                String l = line.toString();
                if (l.isEmpty()) {
                    return wellFormed ? 1 : 0;
                }
                if (!l.matches("[!-9;-~]+:.*")) {
                    wellFormed = false;
                    if (l.startsWith("{") || l.startsWith("[")) {
                        return 0; // the body began without the empty line: nothing to skip to here
                    }
                }
                line.setLength(0);
            } else if (c != '\r' && line.length() < 4096) {
                line.append((char) c);
            }
        }
    }

    /** What {@link #scan} read. */
    private static final class Scan {
        final ByteArrayOutputStream bytes;
        final StringBuilder start = new StringBuilder();
        long count;
        /** The value of the Content-Length header the scan stopped after, or -1. */
        long header = -1;

        Scan(boolean keep) {
            bytes = keep ? new ByteArrayOutputStream() : null;
        }

        boolean skippedGarbage() {
            return !start.toString().isBlank() && !start.toString().matches("(?s)\\s*Content-Type:[^\n]*\n\\s*");
        }

        String preview() {
            String s = start.toString().strip().replaceAll("[\\p{Cntrl}]", "?");
            return s.length() > 60 ? s.substring(0, 60) + "..." : s;
        }
    }

    /**
     * Reads at most {@code max} bytes, stopping early after a raw {@code Content-Length: <digits>} line (whose
     * bytes are not part of what was read).
     */
    private Scan scan(long max, boolean keep) throws IOException {
        Scan s = new Scan(keep);
        int matched = 0; // bytes of HEADER matched
        int phase = 0; // 0: literal, 1: blanks, 2: digits, 3: blanks after digits, 4: after '\r'
        long value = 0;
        long matchStart = 0;
        while (s.count < max) {
            int c = next();
            if (c < 0) {
                break;
            }
            if (keep) {
                s.bytes.write(c);
            }
            if (s.start.length() < 200) {
                s.start.append((char) c);
            }
            s.count++;
            boolean reset = false;
            switch (phase) {
            case 0 :
                if (c == HEADER[matched]) {
                    if (matched == 0) {
                        matchStart = s.count - 1;
                    }
                    if (++matched == HEADER.length) {
                        phase = 1;
                    }
                } else {
                    reset = true;
                }
                break;
            case 1 :
                if (c >= '0' && c <= '9') {
                    value = c - '0';
                    phase = 2;
                } else if (c != ' ' && c != '\t') {
                    reset = true;
                }
                break;
            case 2 :
                if (c >= '0' && c <= '9') {
                    value = value > Long.MAX_VALUE / 10 - 1 ? Long.MAX_VALUE : value * 10 + (c - '0');
                } else if (c == ' ' || c == '\t') {
                    phase = 3;
                } else if (c == '\r') {
                    phase = 4;
                } else if (c == '\n') {
                    return matched(s, matchStart, value);
                } else {
                    reset = true;
                }
                break;
            case 3 :
                if (c == '\r') {
                    phase = 4;
                } else if (c == '\n') {
                    return matched(s, matchStart, value);
                } else if (c != ' ' && c != '\t') {
                    reset = true;
                }
                break;
            default :
                if (c == '\n') {
                    return matched(s, matchStart, value);
                }
                reset = true;
            }
            if (reset) {
                phase = 0;
                matched = c == HEADER[0] ? 1 : 0;
                if (matched == 1) {
                    matchStart = s.count - 1;
                }
            }
        }
        return s;
    }

    private static Scan matched(Scan s, long matchStart, long value) {
        s.count = matchStart;
        s.header = value;
        if (s.start.length() > matchStart) {
            s.start.setLength((int) matchStart);
        }
        if (s.bytes != null) {
            byte[] all = s.bytes.toByteArray();
            s.bytes.reset();
            s.bytes.write(all, 0, (int) matchStart);
        }
        return s;
    }

    /** Exactly one JSON object or array, with nothing but blanks around it. */
    static boolean holdsOneJsonValue(byte[] b) {
        int i = skipBlanks(b, 0);
        if (i == b.length || b[i] != '{' && b[i] != '[') {
            return false;
        }
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        for (; i < b.length; i++) {
            byte c = b[i];
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (--depth == 0) {
                    return skipBlanks(b, i + 1) == b.length;
                }
            }
        }
        return false;
    }

    private static int skipBlanks(byte[] b, int i) {
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        return i;
    }
}
