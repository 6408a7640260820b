package org.mmscope.engine;

import java.util.ArrayList;
import java.util.List;

import org.mmscope.model.mm.ZoneType;

/**
 * The machine of a scenario (LANGUAGE.md "machine { ... }") plus its declared devices and processes.
 * Sizes are in bytes. Zones are laid out in the order given; without zones all RAM is ZONE_NORMAL.
 */
public final class MachineSpec {
    public record ZoneSpec(ZoneType type, long bytes) {
    }

    long ramBytes = 64L << 20;
    long swapBytes = 64L << 20;
    int pageSize = 4096;
    Long blockBytes;
    final List<ZoneSpec> zones = new ArrayList<>();
    final List<String> devices = new ArrayList<>();
    final List<String> processes = new ArrayList<>();

    public static MachineSpec defaults() {
        return new MachineSpec();
    }

    public MachineSpec ram(long bytes) {
        ramBytes = bytes;
        return this;
    }

    public MachineSpec swap(long bytes) {
        swapBytes = bytes;
        return this;
    }

    public MachineSpec page(int bytes) {
        pageSize = bytes;
        return this;
    }

    public MachineSpec zone(ZoneType type, long bytes) {
        zones.add(new ZoneSpec(type, bytes));
        return this;
    }

    /** Memory block size for hot-remove; default 128 MiB, or the whole RAM if smaller. */
    public MachineSpec block(long bytes) {
        blockBytes = bytes;
        return this;
    }

    public MachineSpec device(String name) {
        devices.add(name);
        return this;
    }

    public MachineSpec process(String name) {
        processes.add(name);
        return this;
    }

    public long ramBytes() {
        return ramBytes;
    }

    public int pageSize() {
        return pageSize;
    }

    public long blockBytes() {
        return blockBytes != null ? blockBytes : Math.min(128L << 20, ramBytes);
    }

    public long swapBytes() {
        return swapBytes;
    }

    public List<ZoneSpec> zones() {
        return List.copyOf(zones);
    }

    public List<String> devices() {
        return List.copyOf(devices);
    }

    public List<String> processes() {
        return List.copyOf(processes);
    }
}
