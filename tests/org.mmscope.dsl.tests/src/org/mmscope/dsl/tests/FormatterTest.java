package org.mmscope.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.mmscope.dsl.MmsStandaloneSetup;

import com.google.inject.Injector;

/** The formatter: well-formatted files stay as they are, messy ones come out in the house style. */
class FormatterTest {
    private static final Injector INJECTOR = new MmsStandaloneSetup().createInjectorAndDoEMFRegistration();

    static String format(String text) throws IOException {
        XtextResourceSet rs = INJECTOR.getInstance(XtextResourceSet.class);
        XtextResource r = (XtextResource) rs.createResource(URI.createURI("dummy:/f.mms"));
        r.load(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), null);
        ITextRegionAccess access = INJECTOR.getInstance(TextRegionAccessBuilder.class).forNodeModel(r).create();
        FormatterRequest req = INJECTOR.getInstance(FormatterRequest.class);
        req.setTextRegionAccess(access);
        IFormatter2 f = INJECTOR.getInstance(IFormatter2.class);
        StringBuilder out = new StringBuilder(text);
        java.util.List<ITextReplacement> reps = new java.util.ArrayList<>(f.format(req));
        reps.sort((a, b) -> Integer.compare(b.getOffset(), a.getOffset()));
        for (ITextReplacement rep : reps) {
            out.replace(rep.getOffset(), rep.getEndOffset(), rep.getReplacementText());
        }
        return out.toString();
    }

    @Test
    void messyInputComesOutInHouseStyle() throws IOException {
        String messy = "scenario   \"m\"   kernel linux-2.6.31 ,linux-6.12\nmachine{ram 64 MiB swap 0 B}\ndevice nic process app\n"
                + "app :  buf=mmap anon 2 pages read   write\n\n\n\napp: write buf [ 0 .. 1 ] \"x\"\nexpect app . buf [ 1 ] present\n"
                + "parallel { app: touch buf nic: map rx to_device }";
        String expected = "scenario \"m\"\nkernel linux-2.6.31, linux-6.12\nmachine {\n    ram 64 MiB\n    swap 0 B\n}\ndevice nic\nprocess app\n"
                + "app: buf = mmap anon 2 pages read write\n\napp: write buf[0..1] \"x\"\nexpect app.buf[1] present\n"
                + "parallel {\n    app: touch buf\n    nic: map rx to_device\n}\n";
        assertEquals(expected, format(messy));
        assertEquals(expected, format(expected), "formatting is idempotent");
    }

    @Test
    void sharedCasesAndExamplesAreAlreadyFormatted() throws IOException {
        for (Path p : Files.examples()) {
            String text = java.nio.file.Files.readString(p);
            assertEquals(text, format(text), p.toString());
        }
    }
}
