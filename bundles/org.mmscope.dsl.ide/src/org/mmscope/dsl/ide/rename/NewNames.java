package org.mmscope.dsl.ide.rename;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.mmscope.dsl.MmsStandaloneSetup;
import org.mmscope.dsl.parser.MmsSyntaxErrorMessages;

/** Whether a rename's new name can be a name: an identifier, or a keyword the grammar allows as a name. */
public final class NewNames {
    private static final String NAME = "[A-Za-z_][A-Za-z0-9_-]*";
    private static volatile MmsSyntaxErrorMessages keywords;

    private NewNames() {
    }

    /** Why {@code name} cannot be a name, or null when it can. */
    public static String problem(String name) {
        if (name == null || !name.matches(NAME)) {
            return "'" + name + "' is not a name: a name is a letter or '_' followed by letters, digits, '_' or '-'";
        }
        if (keywords().reserved().contains(name)) {
            return "`" + name + "` is a keyword and cannot be a name; choose another name";
        }
        return null;
    }

    private static MmsSyntaxErrorMessages keywords() {
        if (keywords == null) {
            // the language's own services, as registered by its setup (the server's, in the IDE)
            IResourceServiceProvider p = IResourceServiceProvider.Registry.INSTANCE.getResourceServiceProvider(URI.createURI("name.mms"));
            keywords = p != null ? p.get(MmsSyntaxErrorMessages.class)
                    : new MmsStandaloneSetup().createInjector().getInstance(MmsSyntaxErrorMessages.class);
        }
        return keywords;
    }
}
