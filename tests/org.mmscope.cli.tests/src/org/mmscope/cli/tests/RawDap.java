package org.mmscope.cli.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A Debug Adapter Protocol client at the byte level, for {@code mmscope dap} as a command: writes requests as
 * {@code Content-Length} frames, reads every frame the adapter writes (anything else on its stdout is a failure) and
 * hands out responses and events.
 */
final class RawDap {
    private final OutputStream toAdapter;
    private final List<JsonObject> received = new ArrayList<>();
    private final StringBuilder junk = new StringBuilder();
    private int seq;

    RawDap(InputStream fromAdapter, OutputStream toAdapter) {
        this.toAdapter = toAdapter;
        Thread reader = new Thread(() -> read(fromAdapter), "raw-dap-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(InputStream in) {
        try {
            while (true) {
                int length = -1;
                StringBuilder line = new StringBuilder();
                for (int c; (c = in.read()) >= 0;) {
                    if (c == '\n') {
                        String l = line.toString().strip();
                        line.setLength(0);
                        if (l.isEmpty()) {
                            break;
                        }
                        if (l.startsWith("Content-Length:")) {
                            length = Integer.parseInt(l.substring(15).trim());
                        } else {
                            synchronized (junk) {
                                junk.append(l).append('\n');
                            }
                        }
                    } else {
                        line.append((char) c);
                    }
                }
                if (length < 0) {
                    return;
                }
                JsonObject m = JsonParser.parseString(new String(in.readNBytes(length), StandardCharsets.UTF_8)).getAsJsonObject();
                synchronized (received) {
                    received.add(m);
                }
            }
        } catch (IOException e) {
            // the adapter closed its output
        }
    }

    /** What reached stdout outside protocol frames. */
    String junk() {
        synchronized (junk) {
            return junk.toString();
        }
    }

    /** Sends a request and returns its response. */
    JsonObject request(String command, String arguments) throws IOException {
        int id = ++seq;
        String json = "{\"seq\":" + id + ",\"type\":\"request\",\"command\":\"" + command + "\""
                + (arguments == null ? "" : ",\"arguments\":" + arguments) + "}";
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        synchronized (toAdapter) {
            toAdapter.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            toAdapter.write(body);
            toAdapter.flush();
        }
        return take(m -> "response".equals(m.get("type").getAsString()) && m.get("request_seq").getAsInt() == id);
    }

    JsonObject event(String name, Predicate<JsonObject> test) {
        return take(m -> "event".equals(m.get("type").getAsString()) && name.equals(m.get("event").getAsString()) && test.test(m));
    }

    private JsonObject take(Predicate<JsonObject> test) {
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            synchronized (received) {
                for (Iterator<JsonObject> i = received.iterator(); i.hasNext();) {
                    JsonObject m = i.next();
                    if (test.test(m)) {
                        i.remove();
                        return m;
                    }
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        synchronized (received) {
            return fail("no such message from the adapter; got " + received + (junk().isEmpty() ? "" : ", and outside frames: " + junk()));
        }
    }
}
