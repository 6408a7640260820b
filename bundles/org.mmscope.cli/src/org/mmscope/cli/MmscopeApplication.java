package org.mmscope.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless application org.mmscope.cli.app: the {@code mmscope} command line inside the product. */
public class MmscopeApplication implements IApplication {
    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        int code = Main.run(args == null ? new String[0] : args);
        return Integer.valueOf(code);
    }

    @Override
    public void stop() {
    }
}
