package org.mmscope.dsl.resource;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.OnChangeEvictingCache;

/**
 * Xtext's per-resource cache, watching the resource instead of every object in it. Xtext's cache adapter is a content
 * adapter: it attached itself to each of a scenario's objects after every parse (a seventh of each rebuild on 10,000
 * lines), made every later change of those objects a notification, and walked the tree again to detach on unload.
 * The cache is still emptied whenever the text is parsed (XtextResource clears it before linking, for full and partial
 * parses alike) and when the resource's contents change; mmscope never changes a parsed scenario's objects otherwise
 * (rename, quick fixes and formatting edit the text).
 */
public class ResourceLevelCache extends OnChangeEvictingCache {
    @Override
    protected CacheAdapter createCacheAdapter() {
        return new CacheAdapter() {
            @Override
            protected void setTarget(Resource target) {
                basicSetTarget(target);
            }

            @Override
            protected void unsetTarget(Resource target) {
                basicUnsetTarget(target);
            }

            @Override
            protected void handleContainment(Notification notification) {
                // the objects added to or removed from the resource are not watched
            }
        };
    }
}
