package org.mmscope.debug.dap;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.lsp4j.debug.services.IDebugProtocolClient;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.debug.DebugLauncher;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;

/**
 * {@code mmscope dap}: the debugger core served with the Debug Adapter Protocol (LSP4J's {@code org.eclipse.lsp4j.debug})
 * on a pair of streams — stdin/stdout for VS Code, Neovim's nvim-dap and other clients. Only protocol frames are
 * written to {@code out}.
 */
public final class MmsDebugServer {
    private MmsDebugServer() {
    }

    /**
     * Serves one debug session until the client disconnects or the input ends. Returns the exit code of the
     * command: 0 after 'disconnect', 1 when the input ended without one.
     */
    public static int serve(InputStream in, OutputStream out) {
        MmsDebugAdapter adapter = new MmsDebugAdapter();
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "mmscope-dap");
            t.setDaemon(true);
            return t;
        });
        AtomicReference<Future<Void>> listening = new AtomicReference<>();
        Launcher<IDebugProtocolClient> launcher = new DebugLauncher.Builder<IDebugProtocolClient>().setLocalService(adapter)
                .setRemoteInterface(IDebugProtocolClient.class).setInput(in).setOutput(out).setExecutorService(executor)
                .setExceptionHandler(DapErrors::of).wrapMessages(consumer -> message -> {
                    consumer.consume(message);
                    if (message instanceof ResponseMessage) { // a response written: now the events its request caused
                        adapter.flushEvents();
                        if (adapter.disconnected() && listening.get() != null) {
                            listening.get().cancel(true);
                        }
                    }
                }).create();
        adapter.connect(launcher.getRemoteProxy());
        listening.set(launcher.startListening());
        try {
            listening.get().get();
        } catch (CancellationException | ExecutionException | InterruptedException e) {
            // 'disconnect', or the input failed
        } finally {
            executor.shutdownNow();
        }
        return adapter.disconnected() ? 0 : 1;
    }
}
