package org.mmscope.dsl.ide.hover;

import java.util.Map;

/** What each operation keyword does, and which kernel functions stand behind it in each era (hover text). */
final class OperationDocs {
    private OperationDocs() {
    }

    private static final Map<String, String> DOCS = Map.ofEntries(
            Map.entry("get_user_pages", "**get_user_pages** — takes a plain page reference on each page (FOLL_GET, +FOLL_WRITE with `write`).\n\n"
                    + "- linux-2.6.31: `mm/memory.c __get_user_pages` → `follow_page` → `get_page`; faults pages in, breaks COW only with `write`; nothing marks the page as pinned.\n"
                    + "- linux-6.12: `mm/gup.c __get_user_pages` → `try_grab_folio` (refcount +1); invisible to `folio_maybe_dma_pinned`, so fork does not copy early and reclaim may still unmap the page."),
            Map.entry("pin_user_pages", "**pin_user_pages** — FOLL_PIN (5.6+): refcount + GUP_PIN_COUNTING_BIAS (1024) per small folio, sets MMF_HAS_PINNED.\n\n"
                    + "- linux-6.12: `mm/gup.c try_grab_folio`; a read-only pin of a shared anon page unshares first (`gup_must_unshare`); `longterm` migrates pages out of ZONE_MOVABLE (`__gup_longterm_locked`).\n"
                    + "- linux-2.6.31: does not exist (validation error)."),
            Map.entry("pin", "**pin** — what a driver of the era does: `get_user_pages` in linux-2.6.31, `pin_user_pages` in linux-5.10 and linux-6.12. Release with `unpin`."),
            Map.entry("put_page", "**put_page** — drops the references a `get_user_pages` took (`mm/swap.c put_page`); the frame is freed when its refcount reaches 0."),
            Map.entry("unpin_user_pages", "**unpin_user_pages** — drops FOLL_PIN pins (`mm/gup.c unpin_user_page` → `gup_put_folio`: refcount − 1024)."),
            Map.entry("unpin", "**unpin** — releases a `pin`: `put_page` in linux-2.6.31, `unpin_user_pages` in linux-5.10 and linux-6.12."),
            Map.entry("fork", "**fork** — `kernel/fork.c dup_mmap`.\n\n"
                    + "- linux-2.6.31: `copy_one_pte` write-protects private pages in both processes (mapcount +1); whoever writes first gets the copy (`do_wp_page` / `reuse_swap_page`).\n"
                    + "- linux-6.12: `copy_present_ptes`; a maybe-pinned exclusive anon page is copied for the child at once (`copy_present_page`), the parent keeps its page."),
            Map.entry("reclaim", "**reclaim** — one pass of the era's shrink path over the LRU, every page cold.\n\n"
                    + "- linux-2.6.31: `mm/vmscan.c shrink_page_list`: add_to_swap, `try_to_unmap` (no reference check), `pageout` only if `is_page_cache_freeable`.\n"
                    + "- linux-6.12: `shrink_folio_list`: maybe-pinned folios are not added to the swap cache; `try_to_unmap_one` refuses pinned exclusive anon pages."),
            Map.entry("migrate", "**migrate** — `mm/migrate.c`: migration entries, then the reference count must match what mappings and caches explain (`migrate_page_move_mapping` / `folio_migrate_mapping`); extra references give EAGAIN."),
            Map.entry("offline", "**offline block** — memory hot-remove (`mm/memory_hotplug.c offline_pages`): 2.6.31 gives up after its 120 s timeout (EAGAIN); 5.10 and 6.12 retry until interrupted (EINTR), after moving every page that can move."),
            Map.entry("compact", "**compact** — try to migrate every movable page (`mm/compaction.c`; 2.6.31 had only explicit migration, modelled the same way)."),
            Map.entry("mlock", "**mlock** — VM_LOCKED and PG_mlocked: the page stays in RAM (`mm/mlock.c`), but it can still be migrated. mlock is not a pin."),
            Map.entry("madvise", "**madvise** — dontfork/dofork (VM_DONTCOPY), wipeonfork (4.14+), dontneed (zap, no pin check), pageout (5.4+, reclaim these pages)."),
            Map.entry("mmap", "**mmap** — a new VMA (`do_mmap`); no pages until touched."),
            Map.entry("munmap", "**munmap** — `zap_page_range` over the mapping; frames held by a driver outlive it."),
            Map.entry("map", "**map** — `dma_map_sg`: the device records the physical frames of the handle now; later PTE changes are invisible to it."),
            Map.entry("dma", "**dma write / dma read** — the device accesses the frames it mapped, whatever the page tables say."),
            Map.entry("write", "**write** — a store at the start of each page: faults (`do_anonymous_page`, `do_wp_page`, `do_swap_page`) as the era does them."),
            Map.entry("read", "**read** — a load from each page, faulting as needed."),
            Map.entry("touch", "**touch** — a read fault on each page."),
            Map.entry("mprotect", "**mprotect** — `mprotect_fixup`; a COW-shared page never becomes writable here (6.12 `can_change_pte_writable`)."));

    static String of(String keyword) {
        return DOCS.get(keyword);
    }
}
