package org.mmscope.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.mmscope.dsl.ide.server.MmsLanguageServers;

import picocli.CommandLine.Command;

/**
 * mmscope lsp: the scenario language server over stdin/stdout (LSP base protocol) for VS Code, Neovim and
 * friends. Only protocol frames reach stdout; everything else goes to stderr.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true, description = "Serve the scenario language over the Language Server Protocol on stdin/stdout.")
final class LspCommand implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        InputStream in = System.in;
        PrintStream out = System.out;
        System.setOut(System.err);
        Future<?>[] listening = new Future<?>[1];
        LanguageServerImpl server = MmsLanguageServers.createInjector(binder -> binder
                .bind(ILanguageServerShutdownAndExitHandler.class).toInstance(new ILanguageServerShutdownAndExitHandler() {
                    @Override
                    public void shutdown() {
                    }

                    @Override
                    public void exit() {
                        if (listening[0] != null) {
                            listening[0].cancel(true);
                        }
                    }
                })).getInstance(LanguageServerImpl.class);
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "mmscope-lsp");
            t.setDaemon(true);
            return t;
        });
        Launcher<LanguageClient> launcher = new Launcher.Builder<LanguageClient>().setLocalService(server)
                .setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out).setExecutorService(executor).create();
        server.connect(launcher.getRemoteProxy());
        listening[0] = launcher.startListening();
        try {
            listening[0].get();
        } catch (Exception e) {
            // stdin closed, or 'exit'
        } finally {
            executor.shutdownNow();
        }
        return 0;
    }
}
