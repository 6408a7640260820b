package org.mmscope.debug.ui.launch;

import java.io.IOException;

import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.MessageConsoleStream;

/** The console "mmscope" that runs write their output to (cleared per run, brought to the front). */
public final class RunConsole {
    public static final String NAME = "mmscope";

    private RunConsole() {
    }

    /** The console of the last run, or null. */
    public static MessageConsole current() {
        for (IConsole c : ConsolePlugin.getDefault().getConsoleManager().getConsoles()) {
            if (NAME.equals(c.getName()) && c instanceof MessageConsole m) {
                return m;
            }
        }
        return null;
    }

    /** Shows {@code text} in a fresh "mmscope" console (the previous run's console goes). */
    public static MessageConsole show(String text) {
        var manager = ConsolePlugin.getDefault().getConsoleManager();
        MessageConsole old = current();
        if (old != null) {
            manager.removeConsoles(new IConsole[] { old });
        }
        MessageConsole c = new MessageConsole(NAME, null);
        manager.addConsoles(new IConsole[] { c });
        try (MessageConsoleStream s = c.newMessageStream()) {
            s.print(text);
        } catch (IOException e) {
            // a message console's stream does not fail on close
        }
        manager.showConsoleView(c);
        return c;
    }

    /** Adds {@code text} to the "mmscope" console (a fresh one when there is none). */
    public static void append(String text) {
        MessageConsole c = current();
        if (c == null) {
            show(text);
            return;
        }
        try (MessageConsoleStream s = c.newMessageStream()) {
            s.print(text);
        } catch (IOException e) {
            // a message console's stream does not fail on close
        }
    }
}
