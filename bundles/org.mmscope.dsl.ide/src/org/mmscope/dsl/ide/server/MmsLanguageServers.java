package org.mmscope.dsl.ide.server;

import java.nio.file.Paths;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.mmscope.dsl.ide.MmsIdeSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.util.Modules;

/**
 * The Xtext language server of the scenario language, usable inside OSGi: over stdio ({@code mmscope lsp})
 * and in-process (the Eclipse editor). One implementation for both front ends.
 */
public final class MmsLanguageServers {
    private MmsLanguageServers() {
    }

    /** Tolerates clients that send neither workspace folders nor a root (Xtext 2.42 would NPE). */
    public static class MmsLanguageServer extends LanguageServerImpl {
        @Override
        protected URI getBaseDir(InitializeParams params) {
            URI base = super.getBaseDir(params);
            return base != null ? base : URI.createFileURI(Paths.get("").toAbsolutePath() + "/");
        }
    }

    /**
     * Registers the language with the global registries (ServiceLoader sees nothing inside Equinox) and builds
     * the server injector; 'exit' never calls System.exit unless an override binds another handler.
     */
    public static Injector createInjector(Module... overrides) {
        new MmsIdeSetup().createInjectorAndDoEMFRegistration();
        Module osgi = binder -> {
            binder.bind(IResourceServiceProvider.Registry.class).toInstance(IResourceServiceProvider.Registry.INSTANCE);
            binder.bind(LanguageServerImpl.class).to(MmsLanguageServer.class);
            binder.bind(ILanguageServerShutdownAndExitHandler.class).to(ILanguageServerShutdownAndExitHandler.NullImpl.class);
        };
        return Guice.createInjector(Modules.override(new ServerModule()).with(Modules.override(osgi).with(overrides)));
    }
}
