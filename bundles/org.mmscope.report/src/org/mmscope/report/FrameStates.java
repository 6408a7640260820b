package org.mmscope.report;

import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.LruList;

/** The one state a frame is coloured by in frame maps (reports and the IDE's Frames view), most telling first. */
public enum FrameStates {
    DMA("under DMA (device-mapped)", "#8c564b"), PINNED("pinned / GUP-held", "#d62728"), MLOCKED("mlocked", "#9467bd"), SWAPCACHE(
            "swap cache", "#ff7f0e"), FILE("page cache",
                    "#2ca02c"), ANON("anonymous", "#1f77b4"), ZERO("zero page", "#bbbbbb"), FREE("free (touched earlier)", "#ffffff");

    final String label;
    final String color;

    FrameStates(String label, String color) {
        this.label = label;
        this.color = color;
    }

    public String label() {
        return label;
    }

    /** The colour as #rrggbb. */
    public String color() {
        return color;
    }

    public static FrameStates of(Frame f, boolean held, boolean deviceMapped) {
        if (f.isZeroPage()) {
            return ZERO;
        }
        if (deviceMapped) {
            return DMA;
        }
        if (held || f.getPincount() > 0) {
            return PINNED;
        }
        if (f.isMlocked() || f.getLru() == LruList.UNEVICTABLE) {
            return MLOCKED;
        }
        if (f.isSwapcache()) {
            return SWAPCACHE;
        }
        return f.getFile() != null ? FILE : ANON;
    }

    public static String flags(Frame f) {
        StringBuilder b = new StringBuilder();
        if (f.isAnon())
            b.append("anon ");
        if (f.isDirty())
            b.append("dirty ");
        if (f.isSwapcache())
            b.append("swapcache(slot ").append(f.getSwapSlot()).append(") ");
        if (f.isMlocked())
            b.append("mlocked ");
        if (f.isAnonExclusive())
            b.append("anon-exclusive ");
        if (f.getFile() != null)
            b.append("file(").append(f.getFile().getName()).append('#').append(f.getFileIndex()).append(") ");
        if (f.getLru() != LruList.NONE)
            b.append("lru=").append(f.getLru().getName().toLowerCase());
        return b.toString().trim();
    }
}
