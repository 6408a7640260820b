package org.mmscope.dsl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.mmscope.dsl.translate.ScenarioTranslator;
import org.mmscope.dsl.validation.EraOverride;
import org.mmscope.engine.IoErrors;
import org.mmscope.engine.scenario.Scenario;

import com.google.inject.Injector;

/**
 * Parses, validates and translates scenario files for headless users (command line, tests, reports).
 * Problems come back as {@code file:line:col: severity: message}, never as exceptions.
 */
public final class ScenarioLoader {
    /** One problem in a file, positioned at its token. */
    public record Problem(String file, int line, int column, boolean error, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": " + (error ? "error" : "warning") + ": " + message;
        }
    }

    /** A loaded file: the scenario (null when there were errors) and every problem found. */
    public record Loaded(Scenario scenario, List<Problem> problems) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::error);
        }
    }

    private final Injector injector;

    private ScenarioLoader(Injector injector) {
        this.injector = injector;
    }

    private static Injector shared;

    /**
     * A loader on one runtime injector per JVM. The language is registered with EMF only when nothing registered
     * it before: in the IDE the language server's setup has registered it with the IDE services (hover,
     * completion, definitions), and a runtime registration would replace them for every later request.
     */
    public static synchronized ScenarioLoader create() {
        if (shared == null) {
            boolean registered = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().containsKey("mms");
            shared = registered ? new MmsStandaloneSetup().createInjector() : new MmsStandaloneSetup().createInjectorAndDoEMFRegistration();
        }
        return new ScenarioLoader(shared);
    }

    public Loaded load(Path file) {
        return load(file, null);
    }

    /**
     * Loads a file to run in the given eras instead of those it names ({@code run --kernel E}): everything an era
     * lacks is validated as if the file's kernel line named them. Null: the file's own eras.
     */
    public Loaded load(Path file, List<String> eras) {
        String text;
        if (Files.isDirectory(file)) {
            return new Loaded(null,
                    List.of(new Problem(file.toString(), 1, 1, true, "cannot read: it is a directory, not a scenario file")));
        }
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            return new Loaded(null, List.of(new Problem(file.toString(), 1, 1, true, "not UTF-8 text")));
        } catch (IOException e) {
            return new Loaded(null, List.of(new Problem(file.toString(), 1, 1, true, "cannot read: " + IoErrors.reason(e))));
        }
        return load(text, file.toString(), eras);
    }

    public Loaded load(String text, String name) {
        return load(text, name, null);
    }

    /** Like {@link #load(Path, List)} for text already read; {@code name} is the file name problems are reported with. */
    public Loaded load(String text, String name, List<String> eras) {
        XtextResourceSet rs = injector.getInstance(XtextResourceSet.class);
        Resource r = rs.createResource(URI.createURI("dummy:/" + Math.abs(name.hashCode()) + ".mms"));
        if (eras != null) {
            EraOverride.set(r, eras);
        }
        // \r\n and a lone \r (old Mac files) end a line as \n does: one line each, so line numbers stay those of the file
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        try {
            r.load(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), rs.getLoadOptions());
        } catch (IOException e) {
            return new Loaded(null, List.of(new Problem(name, 0, 0, true, "cannot parse: " + e.getMessage())));
        }
        IResourceValidator validator = ((XtextResource) r).getResourceServiceProvider().getResourceValidator();
        List<Issue> issues = validator.validate(r, CheckMode.ALL, CancelIndicator.NullImpl);
        List<Problem> problems = new ArrayList<>();
        for (Issue i : issues) {
            problems.add(new Problem(name, i.getLineNumber() == null ? 0 : i.getLineNumber(), i.getColumn() == null ? 0 : i.getColumn(),
                    i.getSeverity() == Severity.ERROR, i.getMessage()));
        }
        problems.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column()));
        Loaded bad = new Loaded(null, problems);
        if (bad.hasErrors() || r.getContents().isEmpty()) {
            return bad;
        }
        org.mmscope.dsl.mms.Scenario ast = (org.mmscope.dsl.mms.Scenario) r.getContents().get(0);
        return new Loaded(ScenarioTranslator.translate(ast, name), problems);
    }
}
