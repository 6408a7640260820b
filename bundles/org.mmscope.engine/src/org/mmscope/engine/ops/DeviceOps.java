package org.mmscope.engine.ops;

import java.util.ArrayList;
import java.util.List;

import org.mmscope.engine.check.InvariantViolation;
import org.mmscope.engine.kernel.Contents;
import org.mmscope.engine.kernel.Errno;
import org.mmscope.engine.kernel.Kernel;
import org.mmscope.engine.kernel.SyscallException;
import org.mmscope.model.mm.Device;
import org.mmscope.model.mm.DmaDirection;
import org.mmscope.model.mm.DmaMapping;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.MmFactory;
import org.mmscope.model.mm.PinHandle;

/**
 * The DMA device: dma_map_sg records the physical frames of a handle once; transfers then go to those frames
 * whatever the page tables say (SEMANTICS.md §6).
 */
public final class DeviceOps {
    private DeviceOps() {
    }

    public static void map(Kernel k, String device, String handle, DmaDirection dir) throws SyscallException {
        Device d = Names.device(k, device);
        PinHandle h = Names.handle(k, handle);
        if (h.isReleased()) {
            throw new SyscallException(Errno.EINVAL, "dma_map_sg: handle " + handle + " was released");
        }
        DmaMapping m = Names.mapping(d, h);
        if (m == null) {
            m = MmFactory.eINSTANCE.createDmaMapping();
            m.setHandle(h);
            d.getMappings().add(m);
        }
        m.setDirection(dir);
        m.getBusPfns().clear();
        m.getBusPfns().addAll(h.getPfns());
        k.event("dma_map_sg", null, device + " maps " + handle + " (" + dir + "): bus addresses = pfns " + h.getPfns());
    }

    public static void unmap(Kernel k, String device, String handle) throws SyscallException {
        Device d = Names.device(k, device);
        DmaMapping m = Names.mapping(d, Names.handle(k, handle));
        if (m == null) {
            throw new SyscallException(Errno.EINVAL, "dma_unmap_sg: " + handle + " is not mapped by " + device);
        }
        d.getMappings().remove(m);
        k.event("dma_unmap_sg", null, device + " unmaps " + handle);
    }

    public static void write(Kernel k, String device, Op.HandleRange r, String text) throws SyscallException {
        byte[] bytes = Contents.bytes(text);
        for (Frame f : frames(k, device, r, true)) {
            f.setContent(Contents.overwrite(f.getContent(), bytes));
            k.event("dma write", f, device + " wrote " + bytes.length + " byte(s)");
            if (!reachable(k, f)) {
                k.hazard("dma-orphaned", f.getPfn(), device + " wrote to pfn " + f.getPfn() + ", which no process maps any more");
            }
        }
    }

    public static List<String> read(Kernel k, String device, Op.HandleRange r) throws SyscallException {
        List<String> out = new ArrayList<>();
        for (Frame f : frames(k, device, r, false)) {
            out.add(Contents.readString(f.getContent()));
        }
        return out;
    }

    private static List<Frame> frames(Kernel k, String device, Op.HandleRange r, boolean write) throws SyscallException {
        Device d = Names.device(k, device);
        PinHandle h = Names.handle(k, r.handle());
        DmaMapping m = Names.mapping(d, h);
        if (m == null) {
            throw new SyscallException(Errno.EFAULT, "DMA on " + r.handle() + ", which " + device + " has not mapped");
        }
        if (write && m.getDirection() == DmaDirection.TO_DEVICE) {
            throw new SyscallException(Errno.EIO, "DMA write on a to_device mapping (IOMMU fault)");
        }
        int n = m.getBusPfns().size();
        long from = r.from() == null ? 0 : r.from();
        long to = r.to() == null ? n - 1 : r.to();
        if (from < 0 || to >= n || from > to) {
            throw new SyscallException(Errno.EINVAL, "handle range outside " + r.handle() + " (" + n + " pages)");
        }
        List<Frame> out = new ArrayList<>();
        for (long i = from; i <= to; i++) {
            long pfn = m.getBusPfns().get((int) i);
            Frame f = k.frames.get(pfn);
            if (f == null) {
                throw new InvariantViolation("DMA " + (write ? "write" : "read") + " by " + device + " to free pfn " + pfn
                        + " (use after free: the handle was released while the device kept its mapping)");
            }
            out.add(f);
        }
        return out;
    }

    /** Whether any process can still see the frame: mapped, cached for a swap entry, or in a file's page cache. */
    public static boolean reachable(Kernel k, Frame f) {
        if (f.getMapcount() > 0 || f.getFile() != null) {
            return true;
        }
        return f.isSwapcache() && k.swap.count(f.getSwapSlot()) > 0;
    }
}
