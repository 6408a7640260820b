package org.mmscope.ui.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.mmscope.engine.kernel.Contents;
import org.mmscope.engine.kernel.PageTables;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.MmState;
import org.mmscope.model.mm.Pte;
import org.mmscope.report.FrameUsers;

/** A frame in the Properties view: its counters and flags, and who maps, holds or DMAs into it (read-only). */
public final class FrameProperties implements IPropertySource {
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final long pfn;

    public FrameProperties(MmState state, Frame f) {
        pfn = f.getPfn();
        values.put("pfn", f.getPfn());
        values.put("zone", f.getZone().getName());
        values.put("refcount", f.getRefcount());
        values.put("mapcount", f.getMapcount());
        values.put("pincount", f.getPincount());
        values.put("anon", f.isAnon());
        values.put("anon-exclusive", f.isAnonExclusive());
        values.put("dirty", f.isDirty());
        values.put("swap cache", f.isSwapcache() ? "slot " + f.getSwapSlot() : "no");
        values.put("mlocked", f.isMlocked());
        values.put("lru", f.getLru().getName().toLowerCase());
        values.put("page cache", f.getFile() == null ? "no" : f.getFile().getName() + " page " + f.getFileIndex());
        values.put("content", Contents.readString(f.getContent()));
        List<String> mappers = new ArrayList<>();
        for (Pte pte : FrameUsers.mappers(state, f)) {
            mappers.add(PageTables.processOf(pte).getName() + " @0x" + Long.toHexString(pte.getVpn() << 12)
                    + (pte.isWritable() ? " rw" : " ro"));
        }
        values.put("mapped by", String.join(", ", mappers));
        values.put("held by", String.join(", ", FrameUsers.heldBy(state, f.getPfn())));
        values.put("DMA", String.join(", ", FrameUsers.devices(state, f.getPfn())));
    }

    public long pfn() {
        return pfn;
    }

    @Override
    public Object getEditableValue() {
        return this;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        return values.keySet().stream().map(k -> {
            PropertyDescriptor d = new PropertyDescriptor(k, k);
            d.setCategory(k.equals("mapped by") || k.equals("held by") || k.equals("DMA") ? "users" : "struct page");
            return d;
        }).toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        return values.get(id);
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
    }

    @Override
    public String toString() {
        return "pfn " + pfn;
    }
}
