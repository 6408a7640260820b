package org.mmscope.engine.state;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.mmscope.engine.kernel.Kernel;
import org.mmscope.model.mm.Binding;
import org.mmscope.model.mm.Device;
import org.mmscope.model.mm.DmaMapping;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.LruList;
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
 */
public final class CanonicalHash {
    private final Kernel k;
    private final Map<Long, Integer> frameIds = new HashMap<>();
    private final Map<Integer, Integer> slotIds = new HashMap<>();
    private final List<Long> frameOrder = new ArrayList<>();
    private final List<Integer> slotOrder = new ArrayList<>();
    private final StringBuilder b = new StringBuilder(256);

    private CanonicalHash(Kernel k) {
        this.k = k;
    }

    /** The hash of the kernel's state, with what the run has shown so far (hazard kinds, the last errno). */
    public static String of(Kernel k, List<String> hazardKinds, String lastErrno) {
        return sha256(text(k, hazardKinds, lastErrno));
    }

    /** The canonical text the hash is taken of (to read when two hashes differ). */
    public static String text(Kernel k, List<String> hazardKinds, String lastErrno) {
        CanonicalHash h = new CanonicalHash(k);
        h.write(new TreeSet<>(hazardKinds).toString(), String.valueOf(lastErrno));
        return h.b.toString();
    }

    private void write(String hazards, String errno) {
        MmState s = k.state;
        b.append("errno=").append(errno).append(" hazards=").append(hazards).append('\n');
        List<Process> processes = new ArrayList<>(s.getProcesses());
        processes.sort(Comparator.comparing(Process::getName));
        for (Process p : processes) {
            process(p);
        }
        List<PinHandle> handles = new ArrayList<>(s.getHandles());
        handles.sort(Comparator.comparing(PinHandle::getName));
        for (PinHandle h : handles) {
            b.append("handle ").append(h.getName()).append(' ').append(h.getKind()).append(h.isWrite() ? " w" : "")
                    .append(h.isLongterm() ? " lt" : "").append(h.isReleased() ? " released" : "").append(" owner=")
                    .append(h.getOwner() == null ? "-" : h.getOwner().getName()).append(" at=").append(h.getStartVpn()).append(" [");
            h.getPfns().forEach(pfn -> b.append(frame(pfn)).append(','));
            b.append("]\n");
        }
        List<Device> devices = new ArrayList<>(s.getDevices());
        devices.sort(Comparator.comparing(Device::getName));
        for (Device d : devices) {
            b.append("device ").append(d.getName());
            for (DmaMapping m : d.getMappings()) {
                b.append(" {").append(m.getHandle().getName()).append(' ').append(m.getDirection()).append(" [");
                m.getBusPfns().forEach(pfn -> b.append(frame(pfn)).append(','));
                b.append("]}");
            }
            b.append('\n');
        }
        List<MmFile> files = new ArrayList<>(s.getFiles());
        files.sort(Comparator.comparing(MmFile::getName));
        for (MmFile f : files) {
            b.append("file ").append(f.getName()).append(" pages=").append(f.getPages()).append(f.isShmem() ? " shmem" : "").append(" cache=[");
            f.getPageCache().stream().sorted(Comparator.comparingLong(Frame::getFileIndex)).forEach(fr -> b.append(frame(fr.getPfn())).append(','));
            b.append("] disk=[");
            f.getDisk().stream().sorted(Comparator.comparingLong(x -> x.getIndex()))
                    .forEach(d -> b.append(d.getIndex()).append(':').append(Arrays.toString(d.getContent())).append(','));
            b.append("]\n");
        }
        // every reached frame and swap slot, by canonical id; describing one may reach more (a swap-cache frame)
        int frames = 0;
        int slots = 0;
        while (frames < frameOrder.size() || slots < slotOrder.size()) {
            if (frames < frameOrder.size()) {
                long pfn = frameOrder.get(frames++);
                Frame f = k.frames.get(pfn);
                b.append('f').append(frameIds.get(pfn)).append(' ').append(f == null ? "free b" + blockOf(pfn) : describe(f, true)).append('\n');
            } else {
                swapSlot(slotOrder.get(slots++));
            }
        }
        // frames nothing above reaches (no process, handle, device, file or swap entry names them), by content
        List<String> rest = new ArrayList<>();
        for (Frame f : s.getFrames()) {
            if (!frameIds.containsKey(f.getPfn()) && !f.isZeroPage()) {
                rest.add(describe(f, false));
            }
        }
        rest.sort(null);
        b.append("unreached ").append(rest).append('\n');
        lruOrder();
        allocator();
        if (s.getSwap() != null) {
            b.append("swap used=").append(s.getSwap().getUsed().size()).append('/').append(s.getSwap().getSlots()).append('\n');
        }
    }

    private void process(Process p) {
        b.append("process ").append(p.getName()).append(p.isExited() ? " exited" : "").append(" parent=")
                .append(p.getParent() == null ? "-" : p.getParent().getName()).append(" pinned=").append(p.getMm().isHasPinned())
                .append(" next=").append(p.getMm().getNextVpn()).append('\n');
        p.getMm().getBindings().stream().sorted(Comparator.comparing(Binding::getName))
                .forEach(x -> b.append("  ").append(x.getName()).append('@').append(x.getStartVpn()).append('+').append(x.getPages()).append('\n'));
        k.vmas.all(p.getMm()).stream().sorted(Comparator.comparingLong(Vma::getStartVpn)).forEach(v -> {
            b.append("  vma ").append(v.getStartVpn()).append('-').append(v.getEndVpn()).append(v.isRead() ? " r" : "").append(v.isWrite() ? " w" : "")
                    .append(v.isMayWrite() ? " mw" : "").append(v.isShared() ? " s" : "").append(v.isLocked() ? " locked" : "")
                    .append(v.isDontcopy() ? " dontcopy" : "").append(v.isWipeonfork() ? " wipeonfork" : "").append(v.isHasAnonVma() ? " anon_vma" : "")
                    .append(v.getFile() == null ? "" : " file=" + v.getFile().getName() + "+" + v.getFilePgoff()).append('\n');
        });
        p.getMm().getPtes().stream().sorted(Comparator.comparingLong(Pte::getVpn)).forEach(this::pte);
    }

    private void pte(Pte pte) {
        b.append("  pte ").append(pte.getVpn()).append(' ');
        if (pte.getKind() == PteKind.PRESENT) {
            b.append(pte.getFrame().isZeroPage() ? "zero" : "f" + frame(pte.getFrame().getPfn()));
        } else {
            b.append("swap s").append(slot(pte.getSwapSlot()));
        }
        b.append(pte.isWritable() ? " w" : "").append(pte.isDirty() ? " d" : "").append(pte.isSwapExclusive() ? " excl" : "");
        long now = pte.getKind() == PteKind.PRESENT ? pte.getFrame().getPfn() : -1;
        if (pte.getChangedInStep() == k.state.getStepIndex() && pte.getPfnBeforeStep() >= 0 && now >= 0 && pte.getPfnBeforeStep() != now) {
            b.append(" moved from f").append(frame(pte.getPfnBeforeStep())); // what `expect ... moved` sees
        }
        b.append('\n');
    }

    /** The canonical id of a pfn: its order of first reachability. */
    private int frame(long pfn) {
        Integer id = frameIds.get(pfn);
        if (id == null) {
            id = frameIds.size();
            frameIds.put(pfn, id);
            frameOrder.add(pfn);
        }
        return id;
    }

    private int slot(int index) {
        Integer id = slotIds.get(index);
        if (id == null) {
            id = slotIds.size();
            slotIds.put(index, id);
            slotOrder.add(index);
        }
        return id;
    }

    private String describe(Frame f, boolean reached) {
        return f.getZone() + " b" + blockOf(f.getPfn()) + " ref=" + f.getRefcount() + " map=" + f.getMapcount() + " pin=" + f.getPincount()
                + (f.isAnon() ? " anon" : "") + (f.isLocked() ? " locked" : "") + (f.isDirty() ? " dirty" : "")
                + (f.isMlocked() ? " mlocked" : "") + (f.isAnonExclusive() ? " excl" : "") + " lru=" + f.getLru()
                + (f.isSwapcache() ? " swapcache" + (reached ? "=s" + slot(f.getSwapSlot()) : "") : "")
                + (f.getFile() == null ? "" : " file=" + f.getFile().getName() + "#" + f.getFileIndex())
                + " content=" + Arrays.toString(f.getContent());
    }

    /** The memory block of a pfn (what offline block N and block of RANGE see of a frame's place). */
    private String blockOf(long pfn) {
        return String.valueOf(pfn / k.state.getMachine().getBlockPages());
    }

    /** Each LRU list as the order reclaim walks it (by sequence), in canonical frame ids. */
    private void lruOrder() {
        for (LruList list : LruList.values()) {
            if (list == LruList.NONE) {
                continue;
            }
            List<Frame> on = new ArrayList<>();
            for (Frame f : k.state.getFrames()) {
                if (f.getLru() == list && !f.isZeroPage()) {
                    on.add(f);
                }
            }
            if (on.isEmpty()) {
                continue;
            }
            on.sort(Comparator.comparingLong(Frame::getLruSeq));
            b.append("lru ").append(list);
            on.forEach(f -> b.append(' ').append(frameIds.containsKey(f.getPfn()) ? "f" + frameIds.get(f.getPfn()) : "u"));
            b.append('\n');
        }
    }

    /** The allocator: which frames come next (a known frame by id, else its block), and the next never-used frame. */
    private void allocator() {
        for (Zone z : k.state.getMachine().getZones()) {
            b.append("zone ").append(z.getType()).append(" next=").append(z.getNextUnused()).append(" free=[");
            z.getFreeList().forEach(pfn -> b.append(frameIds.containsKey(pfn) ? "f" + frameIds.get(pfn) : "b" + blockOf(pfn)).append(','));
            b.append("]\n");
        }
        k.state.getMachine().getBlocks().forEach(mb -> b.append(mb.isOnline() ? "" : "offline b" + mb.getIndex() + '\n'));
    }

    private void swapSlot(int index) {
        SwapSlot sl = k.slot(index);
        b.append('s').append(slotIds.get(index)).append(sl == null ? " free" : " count=" + sl.getCount() + (sl.isWritten() ? " written" : "")
                + " cache=" + (sl.getCacheFrame() == null ? "-" : "f" + frame(sl.getCacheFrame().getPfn())) + " " + Arrays.toString(sl.getContent()))
                .append('\n');
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
