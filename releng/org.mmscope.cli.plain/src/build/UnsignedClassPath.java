import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Build step of org.mmscope.cli.plain (run by the pom as a Java source file): copies the jars of a Maven class path
 * into one folder without their signatures and writes the java argument file that names them, in the same order.
 * Why unsigned: the JDK's AOT cache leaves out every class of a signed jar (Eclipse's, EMF's and Xtext's jars are
 * signed), and verifying the signatures costs start-up time as well. The copies are never redistributed as signed
 * jars; the classes in them are unchanged.
 *
 * Arguments: CLASSPATH-FILE (one line, entries separated by the path separator) OUT-DIR ARGFILE
 */
public final class UnsignedClassPath {
    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)|META-INF/SIG-[^/]+");

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: UnsignedClassPath CLASSPATH-FILE OUT-DIR ARGFILE");
        }
        String classPath = Files.readString(Path.of(args[0])).strip();
        Path out = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(out);
        try (var old = Files.list(out)) { // a dependency dropped since the last build must not stay on the class path
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(Pattern.quote(java.io.File.pathSeparator))) {
            Path jar = Path.of(entry);
            if (!entry.endsWith(".jar") || !Files.isRegularFile(jar)) {
                throw new IllegalStateException("not a jar on the class path: " + entry);
            }
            Path copy = out.resolve(jar.getFileName());
            copyWithoutSignatures(jar, copy);
            entries.add(copy.toString());
        }
        // the java launcher's argument-file syntax: a quoted value with forward slashes needs no escapes
        Files.writeString(Path.of(args[2]), "-cp \"" + String.join(java.io.File.pathSeparator, entries) + "\"\n");
    }

    private static void copyWithoutSignatures(Path jar, Path copy) throws IOException {
        try (ZipFile in = new ZipFile(jar.toFile()); OutputStream file = Files.newOutputStream(copy);
                ZipOutputStream zip = new ZipOutputStream(file)) {
            Enumeration<? extends ZipEntry> all = in.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                if (SIGNATURE.matcher(e.getName()).matches()) {
                    continue;
                }
                ZipEntry c = new ZipEntry(e.getName());
                c.setTime(e.getTime());
                zip.putNextEntry(c);
                try (InputStream data = in.getInputStream(e)) {
                    data.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
    }
}
