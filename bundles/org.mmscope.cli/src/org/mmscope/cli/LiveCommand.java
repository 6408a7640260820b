package org.mmscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.mmscope.live.LiveSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** mmscope live: run a scenario on the live kernel as a C program and compare it step by step with linux-6.12. */
@Command(name = "live", mixinStandardHelpOptions = true,
        description = { "Translate scenarios into C programs, run them on this machine's kernel (as root) and compare what the kernel "
                + "did with what mmscope predicts for linux-6.12, step by step.",
                "Pins are io_uring registered buffers (FOLL_PIN|FOLL_LONGTERM) and the device's DMA is READ_FIXED/WRITE_FIXED on "
                        + "them; get_user_pages is vmsplice() into a pipe (FOLL_GET); reclaim is MADV_PAGEOUT of every page. "
                        + "Steps with no host counterpart are listed as not translatable, and the run stops before the first." },
        footer = { "",
                "Exit status: 0 every compared step agrees, 1 a disagreement, 2 bad input, 3 the host cannot run it (reason printed)." })
final class LiveCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files (.mms)")
    List<Path> files;

    @Option(names = "--keep-c", paramLabel = "DIR", description = "keep the generated C program (scenario.c) and its binary in DIR")
    Path keepC;

    @Option(names = "--allow-swapfile", description = "when a scenario pages memory out and the host has no swap: switch on a temporary "
            + "64 MiB swap file for the run (removed at exit, also after a failure). This changes the host while it runs.")
    boolean allowSwapfile;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "limit for one program (default: ${DEFAULT-VALUE})")
    long timeout;

    @Option(names = "--quiet", description = "print only the summary per file, not the tables")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = Terminal.printable(spec.commandLine().getOut());
        PrintWriter err = Terminal.printable(spec.commandLine().getErr());
        List<Inputs.Input> inputs = Inputs.loadAll(files, err);
        boolean bad = inputs.stream().anyMatch(in -> in.scenario() == null); // the other files still run
        int status = LiveSession.AGREE;
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i).scenario() == null) {
                continue;
            }
            Path keep = keepC == null ? null : inputs.size() == 1 ? keepC : keepC.resolve(String.valueOf(i + 1));
            LiveSession.Outcome o = LiveSession.run(inputs.get(i).scenario(), files.get(i).toString(),
                    new LiveSession.Options(keep, allowSwapfile, timeout, quiet), out);
            if (o.status() == LiveSession.DISAGREE) {
                status = LiveSession.DISAGREE; // a disagreement outranks a host that could not run another file
            } else if (o.status() == LiveSession.HOST && status == LiveSession.AGREE) {
                status = LiveSession.HOST;
            }
        }
        return bad && status != LiveSession.DISAGREE ? 2 : status;
    }
}
