package org.mmscope.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.mmscope.dsl.ide.server.LspLogging;
import org.mmscope.dsl.ide.server.MmsLanguageServers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * mmscope lsp: the scenario language server over stdin/stdout (LSP base protocol) for VS Code, Neovim and
 * friends. Only protocol frames reach stdout; stderr gets one line per real problem, never a stack trace
 * ({@code --log FILE} keeps the details). Exit code 0 after 'shutdown' then 'exit', 1 for an 'exit' (or the end
 * of the input) without 'shutdown', as the LSP specification asks.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = "Serve the scenario language over the Language Server Protocol on stdin/stdout.")
final class LspCommand implements Callable<Integer> {
    @Option(names = "--log", paramLabel = "FILE", description = "Append the server's log (with stack traces) to FILE.")
    Path log;

    @Override
    public Integer call() throws Exception {
        InputStream in = System.in;
        PrintStream out = System.out;
        PrintStream err = System.err;
        System.setOut(err);
        LspLogging.install(err, log);
        return MmsLanguageServers.serve(in, out);
    }
}
