package org.mmscope.cli;

import org.mmscope.engine.era.Eras;

import picocli.CommandLine.IVersionProvider;

/** --version: the tool version and the kernel eras it knows. */
public final class Version implements IVersionProvider {
    public static final String VERSION = "0.1.0";

    @Override
    public String[] getVersion() {
        return new String[] { "mmscope " + VERSION, "kernel eras: " + String.join(", ", Eras.names()),
                "Java " + System.getProperty("java.version") };
    }
}
