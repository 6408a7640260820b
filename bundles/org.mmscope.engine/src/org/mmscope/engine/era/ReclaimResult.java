package org.mmscope.engine.era;

/** What one pass of shrink_page_list / shrink_folio_list did with one page (vmscan.c's goto targets). */
public enum ReclaimResult {
    /** freed (__remove_mapping succeeded) */
    FREED,
    /** unmapped and/or written, still allocated (keep / keep_locked after progress) */
    KEPT,
    /** put back on the active list (activate_locked) */
    ACTIVATED,
    /** moved to the unevictable list (cull_mlocked) */
    CULLED;

    public boolean progress() {
        return this == FREED;
    }
}
