package org.mmscope.ui.tests.debug;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/** Files in a test project and the shipped examples (waiting on the UI thread: {@link org.mmscope.ui.tests.Ui#waitFor}). */
final class Workspace {
    private Workspace() {
    }

    static IFile file(String name, String text) throws CoreException {
        IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject("debug-test");
        if (!p.exists()) {
            p.create(null);
        }
        p.open(null);
        IFile f = p.getFile(name);
        var in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        if (f.exists()) {
            f.setContents(in, true, false, null);
        } else {
            f.create(in, true, null);
        }
        return f;
    }

    static String example(String name) throws java.io.IOException {
        Path root = Path.of(System.getProperty("mmscope.root", "../..")).toAbsolutePath().normalize();
        return Files.readString(root.resolve("examples").resolve(name));
    }
}
