package org.mmscope.dsl.validation;

import java.util.List;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The eras a resource is loaded to run in when they are chosen outside the file ({@code run --kernel E}): the
 * checks of what an era has then apply to these eras, as if the file's kernel line named them.
 */
public final class EraOverride extends AdapterImpl {
    private final List<String> eras;

    private EraOverride(List<String> eras) {
        this.eras = List.copyOf(eras);
    }

    public static void set(Resource r, List<String> eras) {
        r.eAdapters().removeIf(a -> a instanceof EraOverride);
        r.eAdapters().add(new EraOverride(eras));
    }

    /** The eras chosen for the resource, or null when it runs the eras its file names. */
    public static List<String> of(Resource r) {
        if (r == null) {
            return null;
        }
        for (Object a : r.eAdapters()) {
            if (a instanceof EraOverride o) {
                return o.eras;
            }
        }
        return null;
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == EraOverride.class;
    }
}
