package org.mmscope.engine.ops;

import java.util.ArrayList;
import java.util.List;

import org.mmscope.engine.kernel.Contents;
import org.mmscope.engine.kernel.Errno;
import org.mmscope.engine.kernel.Kernel;
import org.mmscope.engine.kernel.PageTables;
import org.mmscope.engine.kernel.SyscallException;
import org.mmscope.engine.trace.HazardKind;
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

    /**
     * The device stores the text and one zero byte in every page of the range. Through a released handle the
     * bytes land wherever the frame is now (dma-use-after-free): a new owner's page, or a free frame.
     */
    public static void write(Kernel k, String device, Op.HandleRange r, String text) throws SyscallException {
        byte[] bytes = Contents.stored(text, k.state().getMachine().getPageSize());
        Transfer t = transfer(k, device, r, true);
        for (long pfn : t.pfns()) {
            Frame f = k.frames().get(pfn);
            if (t.handle().isReleased()) {
                useAfterFree(k, device, t.handle(), pfn, f, "wrote to");
            }
            if (f == null) {
                k.event("dma write", null, device + " wrote " + bytes.length + " byte(s) to free pfn " + pfn + ": lost");
                continue;
            }
            f.setContent(Contents.overwrite(f.getContent(), bytes));
            k.event("dma write", f, device + " wrote " + bytes.length + " byte(s)");
            if (!reachable(k, f)) {
                k.hazard(HazardKind.DMA_ORPHANED, f.getPfn(), device + " wrote to pfn " + f.getPfn() + ", which no process maps any more");
            }
        }
    }

    /** The {@code dma read} step: what the device reads from each page (a free frame reads as zeros). */
    public static List<String> read(Kernel k, String device, Op.HandleRange r) throws SyscallException {
        return read(k, device, r, true);
    }

    /**
     * What the device would read, for an expectation: the same bytes, but an observation is not a transfer, so
     * it raises no dma-use-after-free.
     */
    public static List<String> peek(Kernel k, String device, Op.HandleRange r) throws SyscallException {
        return read(k, device, r, false);
    }

    private static List<String> read(Kernel k, String device, Op.HandleRange r, boolean transfer) throws SyscallException {
        Transfer t = transfer(k, device, r, false);
        List<String> out = new ArrayList<>();
        for (long pfn : t.pfns()) {
            Frame f = k.frames().get(pfn);
            if (transfer && t.handle().isReleased()) {
                useAfterFree(k, device, t.handle(), pfn, f, "read from");
            }
            out.add(f == null ? "" : Contents.readString(f.getContent()));
        }
        return out;
    }

    /** The handle and the bus addresses (pfns) a transfer goes to. */
    private record Transfer(PinHandle handle, List<Long> pfns) {
    }

    private static Transfer transfer(Kernel k, String device, Op.HandleRange r, boolean write) throws SyscallException {
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
        return new Transfer(h, List.copyOf(m.getBusPfns().subList((int) from, (int) to + 1)));
    }

    /** dma-use-after-free: the driver released the handle while the device kept its mapping. */
    private static void useAfterFree(Kernel k, String device, PinHandle h, long pfn, Frame f, String verb) {
        String where;
        if (f == null) {
            where = "a free frame (no one will see the bytes)";
        } else {
            List<String> owners = k.pageTables().mappers(f).stream().map(pte -> PageTables.processOf(pte).getName()).distinct().toList();
            where = owners.isEmpty() ? "a frame no process maps" : "a page of " + String.join(", ", owners);
        }
        k.hazard(HazardKind.DMA_USE_AFTER_FREE, pfn, device + " " + verb + " pfn " + pfn + " through " + h.getName()
                + ", which was released while still mapped for DMA: pfn " + pfn + " is now " + where);
    }

    /** Whether any process can still see the frame: mapped, cached for a swap entry, or in a file's page cache. */
    public static boolean reachable(Kernel k, Frame f) {
        if (f.getMapcount() > 0 || f.getFile() != null) {
            return true;
        }
        return f.isSwapcache() && k.swap().count(f.getSwapSlot()) > 0;
    }
}
