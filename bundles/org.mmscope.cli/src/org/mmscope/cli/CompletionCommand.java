package org.mmscope.cli;

import java.util.concurrent.Callable;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** mmscope completion bash|zsh: the shell completion script picocli generates from the command definitions. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = { "Print a completion script for bash or zsh, generated from mmscope's command definitions.",
                "bash: source <(mmscope completion bash) in ~/.bashrc, or save it as /etc/bash_completion.d/mmscope. "
                        + "zsh: source <(mmscope completion zsh) in ~/.zshrc (picocli's bash script through zsh's bashcompinit)." })
final class CompletionCommand implements Callable<Integer> {
    enum Shell {
        bash, zsh
    }

    @Parameters(index = "0", paramLabel = "SHELL", description = "bash or zsh")
    Shell shell;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        String bash = AutoComplete.bash("mmscope", root);
        StringBuilder b = new StringBuilder();
        if (shell == Shell.zsh) {
            // what picocli documents for zsh: its bash script, run through zsh's bash completion emulation
            b.append("#compdef mmscope\n")
                    .append("# mmscope completion for zsh: picocli's bash completion script through bashcompinit.\n")
                    .append("# Use: source <(mmscope completion zsh), e.g. in ~/.zshrc.\n")
                    .append("if ! type compdef > /dev/null 2>&1; then\n  autoload -U +X compinit && compinit\nfi\n")
                    .append("autoload -U +X bashcompinit && bashcompinit\n\n");
        }
        b.append(bash);
        if (!bash.endsWith("\n")) {
            b.append('\n');
        }
        spec.commandLine().getOut().print(b);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
