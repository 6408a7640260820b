package org.mmscope.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.mmscope.dsl.conversion.MmsValueConverters;

/** Guice bindings of the scenario language runtime. */
public class MmsRuntimeModule extends AbstractMmsRuntimeModule {
    @Override
    public Class<? extends IValueConverterService> bindIValueConverterService() {
        return MmsValueConverters.class;
    }
}
