package org.mmscope.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.mmscope.engine.era.Eras;

import picocli.CommandLine.IVersionProvider;

/** --version: the tool version, the commit it was built from, the kernel eras it knows and the Java it runs on. */
public final class Version implements IVersionProvider {
    public static final String VERSION = "0.1.0";

    @Override
    public String[] getVersion() {
        return new String[] { "mmscope " + VERSION, "commit " + commit(), "kernel eras: " + String.join(", ", Eras.names()),
                "Java " + System.getProperty("java.version") };
    }

    /**
     * The short hash of the commit this bundle was built from: org/mmscope/cli/commit.txt, written by the Maven build
     * ({@code git rev-parse --short HEAD}, see the bundle's pom.xml); "unknown" when the build had no git or no repository,
     * or the classes were not built by Maven.
     */
    static String commit() {
        try (InputStream in = Version.class.getResourceAsStream("commit.txt")) {
            if (in != null) {
                String c = new String(in.readNBytes(256), StandardCharsets.US_ASCII).trim();
                if (c.matches("[0-9a-f]{4,64}")) {
                    return c;
                }
            }
        } catch (IOException e) {
            // unknown, like a build without git
        }
        return "unknown";
    }
}
