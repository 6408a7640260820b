package org.mmscope.engine.kernel;

import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.mmscope.engine.BudgetExceeded;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.LruList;
import org.mmscope.model.mm.MemoryBlock;
import org.mmscope.model.mm.MmFactory;
import org.mmscope.model.mm.MmState;
import org.mmscope.model.mm.Zone;
import org.mmscope.model.mm.ZoneType;

/**
 * The page allocator and the pfn index. Only allocated frames have objects. Allocation is deterministic: the
 * zones are tried in zonelist order (a movable user allocation, GFP_HIGHUSER_MOVABLE, prefers ZONE_MOVABLE and
 * falls back to ZONE_NORMAL; a kernel or non-movable allocation uses ZONE_NORMAL only); inside a zone the frame
 * freed last is reused first (like the per-cpu free lists), otherwise the lowest never-used pfn. Frames in an
 * offline or isolated memory block are never handed out.
 */
public final class FrameTable implements FrameView {
    private final MmState state;
    private final LongMap<Frame> byPfn = new LongMap<>();
    private long isolatedStart = -1;
    private long isolatedEnd = -1;

    FrameTable(MmState state) {
        this.state = state;
        for (Frame f : state.getFrames()) {
            byPfn.put(f.getPfn(), f);
        }
    }

    @Override
    public Frame get(long pfn) {
        return byPfn.get(pfn);
    }

    @Override
    public boolean isAllocated(long pfn) {
        return byPfn.containsKey(pfn);
    }

    /** Marks [start,end) as isolated (start_isolate_page_range): no allocation from there until cleared. */
    void isolate(long start, long end) {
        isolatedStart = start;
        isolatedEnd = end;
    }

    void clearIsolation() {
        isolatedStart = isolatedEnd = -1;
    }

    /** Models alloc_pages(): returns a new frame with refcount 1, or throws ENOMEM. */
    Frame alloc(ZoneType preferred) throws SyscallException {
        List<ZoneType> order = preferred == ZoneType.MOVABLE ? List.of(ZoneType.MOVABLE, ZoneType.NORMAL) : List.of(ZoneType.NORMAL);
        for (ZoneType type : order) {
            for (Zone zone : state.getMachine().getZones()) {
                if (zone.getType() != type) {
                    continue;
                }
                long pfn = take(zone);
                if (pfn >= 0) {
                    return create(pfn, type);
                }
            }
        }
        throw new SyscallException(Errno.ENOMEM, "out of memory: no free frame in " + order);
    }

    private long take(Zone zone) {
        EList<Long> free = zone.getFreeList();
        for (int i = free.size() - 1; i >= 0; i--) {
            long pfn = free.get(i);
            if (usable(pfn)) {
                free.remove(i);
                return pfn;
            }
        }
        long end = zone.getStartPfn() + zone.getPages();
        for (long pfn = zone.getNextUnused(); pfn < end; pfn++) {
            if (usable(pfn)) {
                for (long skipped = zone.getNextUnused(); skipped < pfn; skipped++) {
                    free.add(0, skipped); // unusable now (offline/isolated), free again later
                }
                zone.setNextUnused(pfn + 1);
                return pfn;
            }
            pfn = nextUsableCandidate(pfn);
        }
        return -1;
    }

    private long nextUsableCandidate(long pfn) {
        if (pfn >= isolatedStart && pfn < isolatedEnd) {
            return isolatedEnd - 1;
        }
        MemoryBlock b = offlineBlockAt(pfn);
        return b != null ? b.getStartPfn() + b.getPages() - 1 : pfn;
    }

    private boolean usable(long pfn) {
        if (pfn >= isolatedStart && pfn < isolatedEnd) {
            return false;
        }
        return offlineBlockAt(pfn) == null;
    }

    /** The offline memory block holding {@code pfn}, or null; only offline blocks are objects ({@link MemoryBlocks}). */
    private MemoryBlock offlineBlockAt(long pfn) {
        return state.getMachine().getBlocks().isEmpty() ? null : MemoryBlocks.offlineAt(state.getMachine(), pfn);
    }

    /** The frame budget ({@code --max-frames}): the most frames allocated at once. */
    long limit = Long.MAX_VALUE;

    /** How many frames are allocated now (the zero page included). */
    @Override
    public long count() {
        return byPfn.size();
    }

    private Frame create(long pfn, ZoneType zone) {
        if (byPfn.size() >= limit) {
            throw new BudgetExceeded("frame budget", "--max-frames", "frame budget exceeded: more than " + limit
                    + " frames allocated at once");
        }
        Frame f = MmFactory.eINSTANCE.createFrame();
        f.setPfn(pfn);
        f.setZone(zone);
        f.setRefcount(1);
        state.getFrames().add(f);
        byPfn.put(pfn, f);
        return f;
    }

    /** Models __free_pages() once the refcount reached zero: the frame object goes, the pfn is free again. */
    void free(Frame f) {
        byPfn.remove(f.getPfn());
        Lists.removeIdentity(state.getFrames(), f); // recently allocated frames are freed most often
        Zone zone = zoneOf(f.getPfn());
        if (zone != null) {
            zone.getFreeList().add(f.getPfn());
        }
        f.setLru(LruList.NONE);
    }

    /** After undo/redo: {@code f} is in the state again (indexed under its pfn) or left it (unless another frame has the pfn now). */
    void reindex(Frame f, boolean inState) {
        if (inState) {
            byPfn.put(f.getPfn(), f);
        } else if (byPfn.get(f.getPfn()) == f) {
            byPfn.remove(f.getPfn());
        }
    }

    /** The zone a pfn belongs to, or null. */
    @Override
    public Zone zoneOf(long pfn) {
        for (Zone zone : state.getMachine().getZones()) {
            if (pfn >= zone.getStartPfn() && pfn < zone.getStartPfn() + zone.getPages()) {
                return zone;
            }
        }
        return null;
    }
}
