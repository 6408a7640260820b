package org.mmscope.dsl.ide.hover;

import java.util.Map;

import org.mmscope.engine.era.Eras;

/**
 * What each operation keyword does (hover text), followed by what each era's kernel does for it — which the era
 * classes say ({@code KernelEra.operationDoc}), so that a new era brings its own lines.
 */
final class OperationDocs {
    private OperationDocs() {
    }

    private static final Map<String, String> DOCS = Map.ofEntries(
            Map.entry("get_user_pages",
                    "**get_user_pages** — takes a plain page reference on each page (FOLL_GET, +FOLL_WRITE with `write`)."),
            Map.entry("pin_user_pages",
                    "**pin_user_pages** — FOLL_PIN (5.6+): refcount + GUP_PIN_COUNTING_BIAS (1024) per small folio, sets MMF_HAS_PINNED."),
            Map.entry("pin",
                    "**pin** — what a driver of the era does: `get_user_pages` in linux-2.6.31, `pin_user_pages` in linux-5.10 and linux-6.12. Release with `unpin`."),
            Map.entry("put_page",
                    "**put_page** — drops the references a `get_user_pages` took (`mm/swap.c put_page`); the frame is freed when its refcount reaches 0."),
            Map.entry("unpin_user_pages",
                    "**unpin_user_pages** — drops FOLL_PIN pins (`mm/gup.c unpin_user_page` → `gup_put_folio`: refcount − 1024)."),
            Map.entry("unpin",
                    "**unpin** — releases a `pin`: `put_page` in linux-2.6.31, `unpin_user_pages` in linux-5.10 and linux-6.12."),
            Map.entry("fork", "**fork** — `kernel/fork.c dup_mmap`."),
            Map.entry("reclaim", "**reclaim** — one pass of the era's shrink path over the LRU, every page cold."),
            Map.entry("migrate",
                    "**migrate** — `mm/migrate.c`: migration entries, then the reference count must match what mappings and caches explain (`migrate_page_move_mapping` / `folio_migrate_mapping`); extra references give EAGAIN."),
            Map.entry("offline", "**offline block** — memory hot-remove (`mm/memory_hotplug.c offline_pages`)."),
            Map.entry("compact",
                    "**compact** — try to migrate every movable page (`mm/compaction.c`; 2.6.31 had only explicit migration, modelled the same way)."),
            Map.entry("mlock",
                    "**mlock** — VM_LOCKED and PG_mlocked: the page stays in RAM (`mm/mlock.c`), but it can still be migrated. mlock is not a pin."),
            Map.entry("madvise",
                    "**madvise** — dontfork/dofork (VM_DONTCOPY), wipeonfork (4.14+), dontneed (zap, no pin check), pageout (5.4+, reclaim these pages)."),
            Map.entry("mmap", "**mmap** — a new VMA (`do_mmap`); no pages until touched."),
            Map.entry("munmap", "**munmap** — `zap_page_range` over the mapping; frames held by a driver outlive it."),
            Map.entry("map",
                    "**map** — `dma_map_sg`: the device records the physical frames of the handle now; later PTE changes are invisible to it."),
            Map.entry("dma", "**dma write / dma read** — the device accesses the frames it mapped, whatever the page tables say."),
            Map.entry("write",
                    "**write** — a store at the start of each page: faults (`do_anonymous_page`, `do_wp_page`, `do_swap_page`) as the era does them."),
            Map.entry("read", "**read** — a load from each page, faulting as needed."),
            Map.entry("touch", "**touch** — a read fault on each page."),
            Map.entry("mprotect",
                    "**mprotect** — `mprotect_fixup`; a COW-shared page never becomes writable here (6.12 `can_change_pte_writable`)."));

    static String of(String keyword) {
        String head = DOCS.get(keyword);
        if (head == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(head);
        String sep = "\n\n";
        for (String name : Eras.names()) {
            String line = Eras.byName(name).map(e -> e.operationDoc(keyword)).orElse(null);
            if (line != null) {
                b.append(sep).append("- ").append(name).append(": ").append(line);
                sep = "\n";
            }
        }
        return b.toString();
    }
}
