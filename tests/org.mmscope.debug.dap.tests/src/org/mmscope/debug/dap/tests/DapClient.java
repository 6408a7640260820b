package org.mmscope.debug.dap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.lsp4j.debug.Capabilities;
import org.eclipse.lsp4j.debug.ExitedEventArguments;
import org.eclipse.lsp4j.debug.InitializeRequestArguments;
import org.eclipse.lsp4j.debug.OutputEventArguments;
import org.eclipse.lsp4j.debug.ScopesArguments;
import org.eclipse.lsp4j.debug.StackFrame;
import org.eclipse.lsp4j.debug.StackTraceArguments;
import org.eclipse.lsp4j.debug.StoppedEventArguments;
import org.eclipse.lsp4j.debug.TerminatedEventArguments;
import org.eclipse.lsp4j.debug.ThreadEventArguments;
import org.eclipse.lsp4j.debug.Variable;
import org.eclipse.lsp4j.debug.VariablesArguments;
import org.eclipse.lsp4j.debug.launch.DSPLauncher;
import org.eclipse.lsp4j.debug.services.IDebugProtocolClient;
import org.eclipse.lsp4j.debug.services.IDebugProtocolServer;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;

/**
 * A real DAP client (LSP4J's client launcher) at the other end of a byte pipe: the events it receives in a queue,
 * every incoming message's kind in {@link #incoming} (so a test can check a response came before its events), and
 * helpers that walk the stack and the Variables as a client's views would.
 */
final class DapClient implements IDebugProtocolClient {
    final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    private final List<Object> received = new ArrayList<>();
    final List<String> incoming = Collections.synchronizedList(new ArrayList<>());
    final StringBuilder output = new StringBuilder();
    IDebugProtocolServer server;

    /** Connects to a server reading {@code serverIn} and writing {@code serverOut}, as the pipes' other ends. */
    static DapClient over(Pipe toServer, Pipe fromServer) {
        DapClient c = new DapClient();
        OutputStream out = Channels.newOutputStream(toServer.sink());
        InputStream in = Channels.newInputStream(fromServer.source());
        Launcher<IDebugProtocolServer> l = DSPLauncher.createClientLauncher(c, in, out, Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "dap-test-client");
            t.setDaemon(true);
            return t;
        }), consumer -> message -> {
            if (message instanceof ResponseMessage r) {
                c.incoming.add("response " + r.getId());
            } else if (message instanceof NotificationMessage n) {
                c.incoming.add("event " + n.getMethod());
            }
            consumer.consume(message);
        });
        c.server = l.getRemoteProxy();
        l.startListening();
        return c;
    }

    @Override
    public void initialized() {
        events.add("initialized");
    }

    @Override
    public void stopped(StoppedEventArguments args) {
        events.add(args);
    }

    @Override
    public void thread(ThreadEventArguments args) {
        events.add(args);
    }

    @Override
    public void output(OutputEventArguments args) {
        synchronized (output) {
            output.append(args.getOutput());
        }
    }

    @Override
    public void exited(ExitedEventArguments args) {
        events.add(args);
    }

    @Override
    public void terminated(TerminatedEventArguments args) {
        events.add(args);
    }

    String output() {
        synchronized (output) {
            return output.toString();
        }
    }

    // ------------------------------------------------------------------ requests

    static <T> T get(CompletableFuture<T> f) {
        try {
            return f.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ResponseErrorException r) {
                throw r;
            }
            throw new AssertionError(e.getCause());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The message of the error response a request got (it must fail). */
    static String error(CompletableFuture<?> f) {
        try {
            f.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ResponseErrorException r) {
                return r.getResponseError().getMessage();
            }
            throw new AssertionError(e.getCause());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return fail("the request succeeded");
    }

    Capabilities initialize() {
        InitializeRequestArguments a = new InitializeRequestArguments();
        a.setAdapterID("mmscope");
        a.setLinesStartAt1(true);
        a.setColumnsStartAt1(true);
        return get(server.initialize(a));
    }

    void launch(Map<String, Object> args) {
        get(server.launch(args));
        assertEquals("initialized", next(Object.class, e -> true), "initialized follows the launch");
    }

    /**
     * The first event not taken yet of that type matching the test (waiting at most 30 s for it); the events it passes
     * over stay for later calls.
     */
    @SuppressWarnings("unchecked")
    <T> T next(Class<T> type, Predicate<T> test) {
        long end = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < end) {
            synchronized (received) {
                events.drainTo(received);
                for (java.util.Iterator<Object> i = received.iterator(); i.hasNext();) {
                    Object e = i.next();
                    if (type.isInstance(e) && test.test((T) e)) {
                        i.remove();
                        return (T) e;
                    }
                }
            }
            try {
                java.lang.Thread.sleep(20);
            } catch (InterruptedException x) {
                throw new AssertionError(x);
            }
        }
        return fail("no " + type.getSimpleName() + " event came (pending: " + received + ")");
    }

    StoppedEventArguments stopped(int threadId) {
        return next(StoppedEventArguments.class, s -> s.getThreadId() == threadId);
    }

    List<StackFrame> stack(int threadId) {
        StackTraceArguments a = new StackTraceArguments();
        a.setThreadId(threadId);
        return List.of(get(server.stackTrace(a)).getStackFrames());
    }

    List<String> frameNames(int threadId) {
        return stack(threadId).stream().map(StackFrame::getName).toList();
    }

    /** The variable at a path of names below the thread's state scope (e.g. processes, parent, buf, 0). */
    Variable variable(int threadId, String... names) {
        ScopesArguments s = new ScopesArguments();
        s.setFrameId(stack(threadId).get(0).getId());
        int ref = get(server.scopes(s)).getScopes()[0].getVariablesReference();
        Variable found = null;
        for (String n : names) {
            VariablesArguments v = new VariablesArguments();
            v.setVariablesReference(ref);
            found = List.of(get(server.variables(v)).getVariables()).stream().filter(x -> x.getName().equals(n)).findFirst().orElse(null);
            assertNotNull(found, "no variable " + n + " on the way to " + String.join(".", names));
            ref = found.getVariablesReference();
        }
        return found;
    }

    void close() throws IOException {
        // the pipes close with the test's streams
    }
}
