package org.mmscope.engine.state;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.mmscope.engine.kernel.Kernel;
import org.mmscope.model.mm.Binding;
import org.mmscope.model.mm.Device;
import org.mmscope.model.mm.DmaMapping;
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
import org.mmscope.model.mm.Zone;

/**
 * The canonical abstract hash of a state: equal for states no later step or expectation can tell apart, so
 * that the explorer can merge them. Frames and swap slots are renamed by first reachability — processes by
 * name, their VMAs by address, PTEs by address; then handles and devices by name; then files — and are
 * described by what can be observed of them (zone and memory block instead of the raw pfn, counters, flags,
 * contents, their LRU list and rank on it). Left out because nothing observes them: the step index, the LRU
 * clock and raw sequence numbers, pids, PTE accessed bits (reclaim treats every page as cold), raw swap slot
 * numbers. Kept because a later step can observe them: each LRU list's order (which pages {@code reclaim N
 * pages} takes first), the allocator's free lists and next never-used frame (which frame — and which block —
 * the next allocation gets, and whether a stale device mapping lands in it), the hazards raised so far and the
 * last step's errno (expectations read them), and, for PTEs the last step changed, what they mapped before it
 * ({@code moved}).
 * <p>
 * One walk feeds either readable text ({@link #text}) or a 128-bit hash of the same tokens ({@link #of}); the
 * hash builds no text.
 */
public final class CanonicalHash {
    private static final String[] HANDLE_FLAGS = { "w", "lt", "released" };
    private static final String[] VMA_FLAGS = { "r", "w", "mw", "s", "locked", "dontcopy", "wipeonfork", "anon_vma" };
    private static final String[] PTE_FLAGS = { "w", "d", "excl" };
    private static final String[] FRAME_FLAGS = { "anon", "locked", "dirty", "mlocked", "excl", "reclaim" };
    private final Kernel k;
    private final CanonicalSink out;
    private final PfnIds frameIds = new PfnIds();
    private final PfnIds slotIds = new PfnIds();
    /** The reached pfns in id order, and the frame object of each when the walk came to it through one (else null). */
    private long[] frameOrder = new long[64];
    private Frame[] frameObjects = new Frame[64];
    private int reached;
    /** What the PTEs the last step rewrote mapped before it ({@code moved}). */
    private final Map<Pte, Long> pfnBefore;
    private final List<Integer> slotOrder = new ArrayList<>();

    private CanonicalHash(Kernel k, CanonicalSink out, Map<Pte, Long> pfnBefore) {
        this.k = k;
        this.out = out;
        this.pfnBefore = pfnBefore;
        int n = Math.max(64, k.state().getFrames().size() + 16);
        frameOrder = new long[n];
        frameObjects = new Frame[n];
    }

    /**
     * The hash (32 hex digits) of the kernel's state, with what the run has shown so far (hazard kinds, the last
     * errno) and what the PTEs the last step rewrote mapped before it ({@code pfnBefore}: pte → pfn, -1 for none).
     */
    public static String of(Kernel k, List<String> hazardKinds, String lastErrno, Map<Pte, Long> pfnBefore) {
        return digest(k, hazardKinds, lastErrno, pfnBefore).hex();
    }

    /** The same hash as its two 64-bit halves (the explorer keys its visited states by them, without text). */
    public static Digest digest(Kernel k, List<String> hazardKinds, String lastErrno, Map<Pte, Long> pfnBefore) {
        Hash128 h = new Hash128();
        new CanonicalHash(k, h, pfnBefore).write(hazardKinds, lastErrno);
        long[] v = h.finish();
        return new Digest(v[0], v[1]);
    }

    /** A 128-bit canonical hash. */
    public record Digest(long high, long low) {
        /** The hash as 32 hex digits. */
        public String hex() {
            return String.format("%016x%016x", high, low);
        }
    }

    /** The canonical text the hash is taken of (to read when two hashes differ): the same walk, as lines. */
    public static String text(Kernel k, List<String> hazardKinds, String lastErrno, Map<Pte, Long> pfnBefore) {
        CanonicalText t = new CanonicalText();
        new CanonicalHash(k, t, pfnBefore).write(hazardKinds, lastErrno);
        return t.toString();
    }

    private void write(List<String> hazardKinds, String errno) {
        MmState s = k.state();
        out.word("errno").word(String.valueOf(errno)).word("hazards");
        new TreeSet<>(hazardKinds).forEach(out::word);
        out.end();
        List<Process> processes = new ArrayList<>(s.getProcesses());
        processes.sort(Comparator.comparing(Process::getName));
        for (Process p : processes) {
            process(p);
        }
        List<PinHandle> handles = new ArrayList<>(s.getHandles());
        handles.sort(Comparator.comparing(PinHandle::getName));
        for (PinHandle h : handles) {
            out.word("handle").word(h.getName()).name(h.getKind()).flags(bits(h.isWrite(), h.isLongterm(), h.isReleased()), HANDLE_FLAGS)
                    .word("owner").word(h.getOwner() == null ? "-" : h.getOwner().getName())
                    .word("at").num(h.getStartVpn()).word("[");
            h.getPfns().forEach(pfn -> out.num(frame(pfn)));
            out.word("]").end();
        }
        List<Device> devices = new ArrayList<>(s.getDevices());
        devices.sort(Comparator.comparing(Device::getName));
        for (Device d : devices) {
            out.word("device").word(d.getName());
            for (DmaMapping m : d.getMappings()) {
                out.word("{").word(m.getHandle().getName()).name(m.getDirection()).word("[");
                m.getBusPfns().forEach(pfn -> out.num(frame(pfn)));
                out.word("]}");
            }
            out.end();
        }
        List<MmFile> files = new ArrayList<>(s.getFiles());
        files.sort(Comparator.comparing(MmFile::getName));
        for (MmFile f : files) {
            out.word("file").word(f.getName()).word("pages").num(f.getPages()).flags(bits(f.isShmem()), "shmem").word("cache=[");
            f.getPageCache().stream().sorted(Comparator.comparingLong(Frame::getFileIndex)).forEach(fr -> out.num(frame(fr)));
            out.word("]").word("disk=[");
            f.getDisk().stream().sorted(Comparator.comparingLong(x -> x.getIndex()))
                    .forEach(d -> out.num(d.getIndex()).bytes(d.getContent()));
            out.word("]").end();
        }
        // every reached frame and swap slot, by canonical id; describing one may reach more (a swap-cache frame)
        int frames = 0;
        int slots = 0;
        while (frames < reached || slots < slotOrder.size()) {
            if (frames < reached) {
                long pfn = frameOrder[frames];
                Frame f = frameObjects[frames] != null ? frameObjects[frames] : k.frames().get(pfn);
                frames++;
                out.word("f").num(frameIds.get(pfn));
                if (f == null) {
                    out.word("free").word("b").num(blockOf(pfn));
                } else {
                    describe(out, f, true);
                }
                out.end();
            } else {
                swapSlot(slotOrder.get(slots++));
            }
        }
        // frames nothing above reaches (no process, handle, device, file or swap entry names them), by content
        List<CanonicalSink> rest = new ArrayList<>();
        for (Frame f : s.getFrames()) {
            if (!frameIds.contains(f.getPfn()) && !f.isZeroPage()) {
                CanonicalSink c = out.child();
                describe(c.word("unreached"), f, false);
                rest.add(c.end());
            }
        }
        out.unordered(rest);
        lruOrder();
        allocator();
        if (s.getSwap() != null) {
            out.word("swap").word("used").num(s.getSwap().getUsed().size()).word("of").num(s.getSwap().getSlots()).end();
        }
    }

    private void process(Process p) {
        Mm mm = p.getMm();
        out.word("process").word(p.getName()).flags(bits(p.isExited(), mm.isHasPinned()), "exited", "pinned").word("parent")
                .word(p.getParent() == null ? "-" : p.getParent().getName()).word("next")
                .num(mm.getNextVpn()).end();
        mm.getBindings().stream().sorted(Comparator.comparing(Binding::getName))
                .forEach(x -> out.word("name").word(x.getName()).num(x.getStartVpn()).num(x.getPages()).end());
        List<Vma> vmas = k.vmas().all(mm);
        for (Vma v : vmas) {
            out.word("vma").num(v.getStartVpn()).num(v.getEndVpn())
                    .flags(bits(v.isRead(), v.isWrite(), v.isMayWrite(), v.isShared(), v.isLocked(),
                            v.isDontcopy(), v.isWipeonfork(), v.isHasAnonVma()), VMA_FLAGS);
            if (v.getFile() != null) {
                out.word("file").word(v.getFile().getName()).num(v.getFilePgoff());
            }
            out.end();
        }
        for (Pte pte : ptesInAddressOrder(mm)) {
            pte(pte);
        }
    }

    /** The mm's PTEs by address (the list is mostly in address order already, which the sort runs through in one pass). */
    private static List<Pte> ptesInAddressOrder(Mm mm) {
        List<Pte> ptes = new ArrayList<>(mm.getPtes());
        ptes.sort(Comparator.comparingLong(Pte::getVpn));
        return ptes;
    }

    private void pte(Pte pte) {
        out.word("pte").num(pte.getVpn());
        if (pte.getKind() == PteKind.PRESENT) {
            if (pte.getFrame().isZeroPage()) {
                out.word("zero");
            } else {
                out.word("f").num(frame(pte.getFrame()));
            }
        } else {
            out.word("swap").num(slot(pte.getSwapSlot()));
        }
        out.flags(bits(pte.isWritable(), pte.isDirty(), pte.isSwapExclusive()), PTE_FLAGS);
        long now = pte.getKind() == PteKind.PRESENT ? pte.getFrame().getPfn() : -1;
        Long before = pfnBefore.isEmpty() ? null : pfnBefore.get(pte);
        if (before != null && before >= 0 && now >= 0 && before != now) {
            out.word("moved-from").num(frame(before)); // what `expect ... moved` sees
        }
        out.end();
    }

    /** Bit i set iff {@code facts[i]}. */
    private static int bits(boolean... facts) {
        int b = 0;
        for (int i = 0; i < facts.length; i++) {
            if (facts[i]) {
                b |= 1 << i;
            }
        }
        return b;
    }

    /** The canonical id of a pfn: its order of first reachability. */
    private int frame(long pfn) {
        int id = frameIds.get(pfn);
        if (id < 0) {
            id = frameIds.add(pfn);
            reach(pfn, null);
        }
        return id;
    }

    private int frame(Frame f) {
        int id = frameIds.get(f.getPfn());
        if (id < 0) {
            id = frameIds.add(f.getPfn());
            reach(f.getPfn(), f.eContainer() == k.state() ? f : null); // a frame no longer in the state is looked up (free)
        }
        return id;
    }

    private void reach(long pfn, Frame f) {
        if (reached == frameOrder.length) {
            frameOrder = Arrays.copyOf(frameOrder, reached * 2);
            frameObjects = Arrays.copyOf(frameObjects, reached * 2);
        }
        frameOrder[reached] = pfn;
        frameObjects[reached++] = f;
    }

    private int slot(int index) {
        int id = slotIds.get(index);
        if (id < 0) {
            id = slotIds.add(index);
            slotOrder.add(index);
        }
        return id;
    }

    private void describe(CanonicalSink to, Frame f, boolean reached) {
        to.name(f.getZone()).word("b").num(blockOf(f.getPfn())).word("ref").num(f.getRefcount()).word("map").num(f.getMapcount())
                .word("pin").num(f.getPincount())
                .flags(bits(f.isAnon(), f.isLocked(), f.isDirty(), f.isMlocked(), f.isAnonExclusive(), f.isReclaim()), FRAME_FLAGS)
                .word("lru").name(f.getLru());
        if (f.isSwapcache()) {
            to.word("swapcache");
            if (reached) {
                to.num(slot(f.getSwapSlot()));
            }
        }
        if (f.getFile() != null) {
            to.word("file").word(f.getFile().getName()).num(f.getFileIndex());
        }
        to.word("content").bytes(f.getContent());
    }

    /** The memory block of a pfn (what offline block N and block of RANGE see of a frame's place). */
    private long blockOf(long pfn) {
        return pfn / k.state().getMachine().getBlockPages();
    }

    /** Each LRU list as the order reclaim walks it (by sequence), in canonical frame ids ({@code -1}: a frame nothing reaches). */
    private void lruOrder() {
        LruList[] lists = LruList.values();
        List<List<Frame>> on = new ArrayList<>(lists.length);
        for (int i = 0; i < lists.length; i++) {
            on.add(new ArrayList<>());
        }
        for (Frame f : k.state().getFrames()) {
            if (f.getLru() != LruList.NONE && !f.isZeroPage()) {
                on.get(f.getLru().ordinal()).add(f);
            }
        }
        for (LruList list : lists) {
            List<Frame> frames = on.get(list.ordinal());
            if (frames.isEmpty()) {
                continue;
            }
            frames.sort(Comparator.comparingLong(Frame::getLruSeq));
            out.word("lru").name(list);
            for (Frame f : frames) {
                out.num(frameIds.get(f.getPfn()));
            }
            out.end();
        }
    }

    /** The allocator: which frames come next (a known frame by id, else its block), and the next never-used frame. */
    private void allocator() {
        for (Zone z : k.state().getMachine().getZones()) {
            out.word("zone").name(z.getType()).word("next").num(z.getNextUnused()).word("free=[");
            z.getFreeList().forEach(pfn -> {
                int id = frameIds.get(pfn);
                if (id >= 0) {
                    out.word("f").num(id);
                } else {
                    out.word("b").num(blockOf(pfn));
                }
            });
            out.word("]").end();
        }
        k.state().getMachine().getBlocks().forEach(mb -> {
            if (!mb.isOnline()) {
                out.word("offline").num(mb.getIndex()).end();
            }
        });
    }

    private void swapSlot(int index) {
        SwapSlot sl = k.slot(index);
        out.word("s").num(slotIds.get(index));
        if (sl == null) {
            out.word("free");
        } else {
            out.word("count").num(sl.getCount()).flags(bits(sl.isWritten()), "written").word("cache");
            if (sl.getCacheFrame() == null) {
                out.word("-");
            } else {
                out.num(frame(sl.getCacheFrame()));
            }
            out.bytes(sl.getContent());
        }
        out.end();
    }
}
