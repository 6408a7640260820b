package org.mmscope.engine.kernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.mmscope.engine.BudgetExceeded;
import org.mmscope.engine.Budgets;
import org.mmscope.engine.era.KernelEra;
import org.mmscope.engine.trace.Call;
import org.mmscope.engine.trace.EventSink;
import org.mmscope.engine.trace.HazardKind;
import org.mmscope.model.mm.Binding;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.LruList;
import org.mmscope.model.mm.Mm;
import org.mmscope.model.mm.MmFile;
import org.mmscope.model.mm.MmState;
import org.mmscope.model.mm.PinHandle;
import org.mmscope.model.mm.Process;
import org.mmscope.model.mm.Pte;
import org.mmscope.model.mm.PteKind;
import org.mmscope.model.mm.SwapSlot;
import org.mmscope.model.mm.Vma;
import org.mmscope.model.mm.ZoneType;

/**
 * One simulated kernel: the EMF state, the era's rules and the indexes over the state. The helpers here are
 * the era-independent pieces of mm/ (page reference counting, LRU, page cache, zap); everything an era does
 * differently is in its {@link KernelEra}.
 */
public final class Kernel {
    final MmState state;
    final KernelEra era;
    final FrameTable frames;
    final PageTables pt;
    final SwapTable swap;
    final VmaIndex vmas;
    private EventSink events = EventSink.NONE;
    private final Map<Mm, Map<String, Binding>> bindings = new IdentityHashMap<>();

    public Kernel(MmState state, KernelEra era) {
        this.state = state;
        this.era = era;
        this.frames = new FrameTable(state);
        this.pt = new PageTables(state.getProcesses());
        this.swap = new SwapTable(state.getSwap());
        this.vmas = new VmaIndex(state.getProcesses());
    }

    // ---- what callers read: the state (the EMF model) and read-only views of the indexes ----

    /** The simulated machine's state (the EMF model the trace records and the views show). */
    public MmState state() {
        return state;
    }

    /** The rule set of this kernel's era. */
    public KernelEra era() {
        return era;
    }

    /** The page allocator's pfn index. */
    public FrameView frames() {
        return frames;
    }

    /** Every page table and the reverse map. */
    public PageTableView pageTables() {
        return pt;
    }

    /** The swap device and its slots. */
    public SwapView swap() {
        return swap;
    }

    /** Each mm's VMAs by address. */
    public VmaView vmas() {
        return vmas;
    }

    // ---- named mutations of what the indexes are built from (every such change passes here) ----

    /** alloc_pid + the new task in the task list: {@code p} (with its mm) joins the state; its pid is the next one. */
    public void addProcess(Process p) {
        p.setPid(state.getNextPid());
        state.setNextPid(p.getPid() + 1);
        state.getProcesses().add(p);
        pt.index(p.getMm());
    }

    /** A file the scenario names (its inode and page cache). */
    public void addFile(MmFile f) {
        state.getFiles().add(f);
    }

    /** A driver's get_user_pages / pin_user_pages handle. */
    public void addHandle(PinHandle h) {
        state.getHandles().add(h);
    }

    /** set_pte_at() of a present entry (the reverse map follows). */
    public Pte setPtePresent(Mm mm, long vpn, Frame f, boolean writable, boolean dirty) {
        return pt.setPresent(mm, vpn, f, writable, dirty);
    }

    /** set_pte_at() of a swap entry (with the exclusive marker where the era has one). */
    public Pte setPteSwap(Mm mm, long vpn, int slot, boolean exclusive) {
        return pt.setSwap(mm, vpn, slot, exclusive);
    }

    /** pte_clear(): the entry becomes none. */
    public void pteClear(Mm mm, long vpn) {
        pt.clear(mm, vpn);
    }

    /** alloc_pages(): a new frame with refcount 1 from the preferred zone (or its fallback), or ENOMEM. */
    public Frame allocPages(ZoneType preferred) throws SyscallException {
        return frames.alloc(preferred);
    }

    /** __free_pages() once nothing references the frame: the object goes, the pfn is free again. */
    public void freePages(Frame f) {
        frames.free(f);
    }

    /** start_isolate_page_range(): nothing is allocated from [start, end) until {@link #undoIsolatePageRange}. */
    public void startIsolatePageRange(long start, long end) {
        frames.isolate(start, end);
    }

    public void undoIsolatePageRange() {
        frames.clearIsolation();
    }

    /** get_swap_page(): a free slot, or null when there is no swap or it is full. */
    public SwapSlot getSwapPage() {
        return swap.allocSlot();
    }

    /** add_to_swap_cache(): the frame caches the slot; the cache holds one reference. */
    public void addToSwapCache(Frame f, SwapSlot s) {
        swap.addToSwapCache(f, s);
    }

    /** delete_from_swap_cache() (the caller drops the cache's reference); the slot goes if nothing names it. */
    public void deleteFromSwapCache(Frame f) {
        swap.deleteFromSwapCache(f);
    }

    /** swap_duplicate(): one more swap PTE names the slot. */
    public void swapDuplicate(int slot) {
        swap.duplicate(slot);
    }

    /** swap_free(): one swap PTE fewer; returns the slot's swap-cache frame, if any. */
    public Frame swapFree(int slot) {
        return swap.free(slot);
    }

    /** insert_vm_struct(): a new VMA in mm's tree. */
    public void insertVma(Mm mm, Vma v) {
        vmas.add(mm, v);
    }

    /** remove_vma(): the VMA leaves mm's tree (munmap). */
    public void removeVma(Mm mm, Vma v) {
        vmas.remove(mm, v);
    }

    /** split_vma(): {@code v} keeps [start, at), {@code tail} (a copy) takes [at, end). */
    public void splitVma(Mm mm, Vma v, Vma tail, long at) {
        vmas.split(mm, v, tail, at);
    }

    /** exit_mmap(): every VMA of the mm goes. */
    public void removeAllVmas(Mm mm) {
        vmas.clear(mm);
    }

    private Budgets budgets = Budgets.NONE;

    /** The run's budgets: pages per step, frames and PTEs at once, wall time ({@code Budgets.NONE} for replays). */
    public void setBudgets(Budgets b) {
        budgets = b;
        frames.limit = b.frames();
        pt.limit = b.ptes();
    }

    /**
     * A step is about to touch {@code n} pages (one range: a load, a store, mlock, GUP): more than the page budget
     * stops the run before the first of them — a touch of 2^40 pages ends at once instead of building PTEs for
     * minutes. Also where the wall-clock budget is looked at inside a step.
     */
    public void touchPages(long n) {
        if (n > budgets.pagesPerStep()) {
            throw new BudgetExceeded("page budget", "--max-pages-per-step", "page budget exceeded: the step touches " + n
                    + " pages, more than " + budgets.pagesPerStep() + " per step");
        }
        budgets.checkDeadline();
    }

    public Budgets budgets() {
        return budgets;
    }

    public void setEventSink(EventSink sink) {
        this.events = sink == null ? EventSink.NONE : sink;
    }

    /**
     * Opens a kernel call about frame {@code f} (null: not about one frame); close it with try-with-resources.
     * What the kernel reports until then nests inside it.
     */
    public Call enter(String function, Frame f, String detail) {
        return events.enter(function, f == null ? -1 : f.getPfn(), detail);
    }

    public Call enter(String function, Frame f) {
        return enter(function, f, "");
    }

    /** Whether anyone records the calls (so that a hot path builds no text nobody reads). */
    public boolean recording() {
        return events.recordsCalls();
    }

    /** Records what a kernel function did (a call without calls of its own), for the trace. */
    public void event(String function, Frame f, String detail) {
        events.event(function, f == null ? -1 : f.getPfn(), detail);
    }

    public void hazard(HazardKind kind, long pfn, String message) {
        events.hazard(kind.id(), pfn, message);
    }

    // ---- reference counting (include/linux/mm.h get_page / put_page) ----

    public void getPage(Frame f, int n) {
        f.setRefcount(f.getRefcount() + n);
    }

    /** put_page(): drops references; at zero the frame is freed (__put_page → free_unref_page). */
    public void putPage(Frame f, int n) {
        f.setRefcount(f.getRefcount() - n);
        if (f.getRefcount() == 0 && !f.isZeroPage()) {
            event("free_unref_page", f, "refcount reached 0: frame freed");
            frames.free(f);
        }
    }

    // ---- LRU (mm/swap.c lru_cache_add, putback_lru_page) ----

    public void lruAdd(Frame f, LruList list) {
        f.setLru(list);
        f.setLruSeq(state.getLruClock());
        state.setLruClock(state.getLruClock() + 1);
    }

    public static LruList inactiveListOf(Frame f) {
        return f.isAnon() ? LruList.INACTIVE_ANON : LruList.INACTIVE_FILE;
    }

    public static LruList activeListOf(Frame f) {
        return f.isAnon() ? LruList.ACTIVE_ANON : LruList.ACTIVE_FILE;
    }

    // ---- allocation of user pages ----

    /** alloc_page_vma(GFP_HIGHUSER_MOVABLE) for an anonymous page: zeroed, on the inactive anon LRU. */
    public Frame allocAnonPage() throws SyscallException {
        Frame f = frames.alloc(ZoneType.MOVABLE);
        f.setAnon(true);
        lruAdd(f, LruList.INACTIVE_ANON);
        return f;
    }

    /**
     * find_get_page / __do_page_cache_readahead: the page-cache page of {@code file} at {@code index}, read from
     * "disk" into a new frame if it is not cached. The page cache holds one reference.
     */
    public Frame findOrReadPageCachePage(MmFile file, long index) throws SyscallException {
        Frame f = findPageCachePage(file, index);
        if (f != null && f.isReclaim()) {
            f.setReclaim(false); // filemap_fault → do_async_mmap_readahead: the bit reads as PG_readahead, and is cleared
        }
        if (f != null && shmemWrittenOut(f)) {
            f.setDirty(true); // shmem_swapin_folio: back in the page cache, the swap copy freed — folio_mark_dirty
        }
        return f != null ? f : readPageCachePage(file, index, "filemap_fault");
    }

    /**
     * A shmem page that reclaim wrote out (shmem_writepage) and still keeps: in the kernel it has left the page
     * cache for the swap cache (the mapping holds a swap entry, which filemap_map_pages skips: xa_is_value) until
     * a fault brings it back. The engine writes shmem to the file's blocks and keeps the frame in the page cache,
     * so such a page is the clean one that has a block.
     */
    public static boolean shmemWrittenOut(Frame f) {
        MmFile file = f.getFile();
        return file != null && file.isShmem() && !f.isDirty() && file.getDisk().stream().anyMatch(b -> b.getIndex() == f.getFileIndex());
    }

    /** filemap_get_folio / find_get_page without reading: the cached page of {@code file} at {@code index}, or null. */
    public Frame findPageCachePage(MmFile file, long index) {
        for (Frame f : file.getPageCache()) {
            if (f.getFileIndex() == index) {
                return f;
            }
        }
        return null;
    }

    /**
     * A page of {@code file} that is not cached read into a new frame and added to the page cache (one reference,
     * the inactive file LRU); {@code function} names the kernel path that reads it (filemap_fault, readahead).
     */
    public Frame readPageCachePage(MmFile file, long index, String function) throws SyscallException {
        Frame f = frames.alloc(ZoneType.MOVABLE);
        f.setFile(file);
        f.setFileIndex(index);
        file.getDisk().stream().filter(b -> b.getIndex() == index).findFirst()
                .ifPresent(b -> f.setContent(Contents.copy(b.getContent())));
        file.getPageCache().add(f);
        lruAdd(f, LruList.INACTIVE_FILE);
        if (file.isShmem() && f.getContent() != null) {
            f.setDirty(true); // shmem_swapin_folio: folio_mark_dirty, the swap copy is freed
        }
        event(function, f, "read page " + index + " of \"" + file.getName() + "\" into the page cache");
        return f;
    }

    // ---- VMAs ----

    /** The scenario name {@code var} of {@code mm}, or null. */
    public Binding binding(Mm mm, String var) {
        return bindings.computeIfAbsent(mm, m -> {
            Map<String, Binding> map = new HashMap<>();
            m.getBindings().forEach(b -> map.put(b.getName(), b));
            return map;
        }).get(var);
    }

    /** Forgets the names looked up so far (they are looked up again from the state). */
    void forgetNames() {
        bindings.clear();
    }

    /**
     * A repair of this kernel's indexes for changes about to be undone or redone behind their back (the cursor);
     * {@link #repairIndexes} applies it.
     */
    public IndexRepair indexRepair() {
        return new IndexRepair(this);
    }

    /** Repairs the entries the noted changes touched; false if that cannot be done and the indexes must be built afresh. */
    public boolean repairIndexes(IndexRepair r) {
        return r.apply();
    }

    /** Adds a name to an mm (mmap, fork). */
    public void addBinding(Mm mm, Binding b) {
        mm.getBindings().add(b);
        bindings.remove(mm);
    }

    /** find_vma(): the VMA containing {@code vpn}, or null. */
    public Vma findVma(Mm mm, long vpn) {
        return vmas.find(mm, vpn);
    }

    /** Whether the VMA maps anonymous memory (private anon, or the private COW layer of a file mapping). */
    public static boolean isCowMapping(Vma v) {
        return !v.isShared() && v.isMayWrite();
    }

    // ---- zap (mm/memory.c zap_pte_range) ----

    /** zap_pte_range() over a list of entries of one mm. */
    public void zapRange(Mm mm, List<Pte> ptes) {
        pt.beginZap(mm);
        try {
            for (Pte pte : ptes) {
                zapPte(mm, pte);
            }
        } finally {
            pt.endZap();
        }
    }

    /** zap_pte_range() for one entry: drops the mapping's reference, or the swap entry. */
    public void zapPte(Mm mm, Pte pte) {
        long vpn = pte.getVpn();
        if (pte.getKind() == PteKind.PRESENT) {
            Frame f = pte.getFrame();
            if (pte.isDirty() && !f.isAnon()) {
                f.setDirty(true); // set_page_dirty on a dirty file pte
            }
            pt.clear(mm, vpn);
            if (f.isZeroPage()) {
                return;
            }
            pageRemoveRmap(f);
            if (f.getMapcount() == 0 && f.isAnon()) {
                f.setAnonExclusive(false);
            }
            putPage(f, 1);
        } else {
            int slot = pte.getSwapSlot();
            pt.clear(mm, vpn);
            freeSwapAndCache(slot);
        }
    }

    /**
     * page_remove_rmap(): one mapping fewer (the PTE is already gone); an mlocked page that no VM_LOCKED mapping
     * maps any more is munlocked — mm/rmap.c folio_remove_rmap_pte → munlock_vma_folio (6.12); in 2.6.31 the
     * munlock at munmap/exit (munlock_vma_pages_all → try_to_munlock) has the same outcome.
     */
    public void pageRemoveRmap(Frame f) {
        f.setMapcount(f.getMapcount() - 1);
        if (f.isMlocked() && !mappedInLockedVma(f, null)) {
            f.setMlocked(false);
            lruAdd(f, inactiveListOf(f));
        }
    }

    /** Whether a VM_LOCKED VMA of another mm than {@code except} (null: any) maps {@code f}. */
    public boolean mappedInLockedVma(Frame f, Mm except) {
        for (Pte p : pt.mappers(f)) {
            Mm m = PageTables.mmOf(p);
            Vma v = m == except ? null : findVma(m, p.getVpn());
            if (v != null && v.isLocked()) {
                return true;
            }
        }
        return false;
    }

    /** free_swap_and_cache(): swap_free, then drop an unmapped swap-cache page whose slot nothing names. */
    public void freeSwapAndCache(int slot) {
        Frame cached = swap.free(slot);
        if (cached != null && swap.count(slot) == 0 && cached.getMapcount() == 0) {
            swap.deleteFromSwapCache(cached);
            event("free_swap_and_cache", cached, "last swap entry gone: dropped from the swap cache");
            putPage(cached, 1);
        }
    }

    public SwapSlot slot(int index) {
        return swap.slot(index);
    }

    public static Process processOf(Mm mm) {
        return (Process) mm.eContainer();
    }

    /**
     * What differs between this kernel's indexes and indexes built afresh from its state (empty when they agree):
     * a check for code that changes the state behind the indexes' back (the cursor's undo and redo).
     */
    public List<String> indexDisagreements() {
        Kernel fresh = new Kernel(state, era);
        List<String> out = new ArrayList<>();
        for (Frame f : state.getFrames()) {
            if (frames.get(f.getPfn()) != f) {
                out.add("frame index: pfn " + f.getPfn());
            }
            if (!new HashSet<>(pt.mappers(f)).equals(new HashSet<>(fresh.pt.mappers(f)))) {
                out.add("rmap of pfn " + f.getPfn());
            }
        }
        for (Process p : state.getProcesses()) {
            Mm mm = p.getMm();
            for (Pte pte : mm.getPtes()) {
                if (pt.get(mm, pte.getVpn()) != pte) {
                    out.add("page table of " + p.getName() + " at vpn " + pte.getVpn());
                }
            }
            if (!vmas.all(mm).equals(fresh.vmas.all(mm))) {
                out.add("VMAs of " + p.getName());
            }
            for (Binding b : mm.getBindings()) {
                if (binding(mm, b.getName()) != b) {
                    out.add("name " + b.getName() + " of " + p.getName());
                }
            }
        }
        if (state.getSwap() != null) {
            for (SwapSlot s : state.getSwap().getUsed()) {
                if (swap.slot(s.getIndex()) != s) {
                    out.add("swap slot " + s.getIndex());
                }
            }
            if (swap.full() != fresh.swap.full()) {
                out.add("swap use count");
            }
        }
        return out;
    }

    /** Whether a live get_user_pages / pin_user_pages handle holds this frame (the driver's view). */
    public boolean heldByDriver(Frame f) {
        for (PinHandle h : state.getHandles()) {
            if (!h.isReleased() && h.getPfns().contains(f.getPfn())) {
                return true;
            }
        }
        return false;
    }
}
