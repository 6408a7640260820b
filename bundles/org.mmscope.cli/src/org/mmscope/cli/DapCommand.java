package org.mmscope.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.mmscope.debug.dap.DapLogging;
import org.mmscope.debug.dap.MmsDebugServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * mmscope dap: the scenario debugger over the Debug Adapter Protocol on stdin/stdout, for VS Code, Neovim (nvim-dap)
 * and other DAP clients (docs/DEBUGGING.md). Only protocol frames reach stdout; stderr gets one line per real problem,
 * never a stack trace ({@code --log FILE} keeps the details). Exit code 0 after 'disconnect', 1 when the input ended
 * without one.
 */
@Command(name = "dap", mixinStandardHelpOptions = true,
        description = "Serve the scenario debugger over the Debug Adapter Protocol on stdin/stdout.")
final class DapCommand implements Callable<Integer> {
    @Option(names = "--log", paramLabel = "FILE", description = "Append the adapter's log (with stack traces) to FILE.")
    Path log;

    @Override
    public Integer call() throws Exception {
        InputStream in = System.in;
        PrintStream out = System.out;
        PrintStream err = System.err;
        System.setOut(err); // nothing but protocol frames on stdout
        try {
            try {
                DapLogging.install(err, log);
            } catch (IOException e) {
                err.println("mmscope dap: cannot write the log " + log + ": " + e.getMessage());
                return 2;
            }
            return MmsDebugServer.serve(in, out);
        } finally {
            System.setOut(out);
        }
    }
}
