package org.mmscope.engine;

import java.util.List;

import org.mmscope.model.mm.Device;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.LruList;
import org.mmscope.model.mm.Machine;
import org.mmscope.model.mm.MmFactory;
import org.mmscope.model.mm.MmState;
import org.mmscope.model.mm.SwapDevice;
import org.mmscope.model.mm.Zone;
import org.mmscope.model.mm.ZoneType;

/**
 * Builds the booted state of a machine: zones, the block size (blocks themselves are computed), an empty swap device, and the shared zero page,
 * which the kernel image reserves at pfn 0 (so block 0 always holds an unmovable page).
 */
final class MachineBuilder {
    private MachineBuilder() {
    }

    static MmState boot(MachineSpec spec, String era) {
        MmFactory mf = MmFactory.eINSTANCE;
        MmState s = mf.createMmState();
        s.setEra(era);
        Machine m = mf.createMachine();
        long ps = spec.pageSize();
        m.setPageSize(spec.pageSize());
        m.setRamPages(spec.ramBytes() / ps);
        m.setBlockPages(Math.max(1, spec.blockBytes() / ps));
        long pfn = 0;
        var zones = spec.zones().isEmpty() ? List.of(new MachineSpec.ZoneSpec(ZoneType.NORMAL, spec.ramBytes())) : spec.zones();
        for (MachineSpec.ZoneSpec z : zones) {
            Zone zone = mf.createZone();
            zone.setType(z.type());
            zone.setStartPfn(pfn);
            zone.setPages(z.bytes() / ps);
            zone.setNextUnused(pfn);
            m.getZones().add(zone);
            pfn += zone.getPages();
        }
        // memory blocks are computed (kernel/MemoryBlocks): none is an object until it goes offline, so boot costs
        // O(zones + devices) whatever the RAM size
        s.setMachine(m);
        SwapDevice swap = mf.createSwapDevice();
        swap.setSlots((int) Math.min(Integer.MAX_VALUE, spec.swapBytes() / ps));
        s.setSwap(swap);
        Frame zero = mf.createFrame();
        zero.setPfn(0);
        zero.setZone(m.getZones().get(0).getType());
        zero.setZeroPage(true);
        zero.setRefcount(1);
        zero.setLru(LruList.NONE);
        s.getFrames().add(zero);
        m.getZones().get(0).setNextUnused(1);
        for (String d : spec.devices()) {
            Device dev = mf.createDevice();
            dev.setName(d);
            s.getDevices().add(dev);
        }
        return s;
    }
}
