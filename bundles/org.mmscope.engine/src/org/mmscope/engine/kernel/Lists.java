package org.mmscope.engine.kernel;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.EList;

/** Removal from large EMF containment lists without equals(): an identity scan of the backing array from the end. */
final class Lists {
    private Lists() {
    }

    static <T> void removeIdentity(EList<T> list, T item) {
        if (list instanceof BasicEList<T> basic) {
            Object[] data = basic.data();
            for (int i = basic.size() - 1; i >= 0; i--) {
                if (data[i] == item) {
                    list.remove(i);
                    return;
                }
            }
            return;
        }
        list.remove(item);
    }
}
