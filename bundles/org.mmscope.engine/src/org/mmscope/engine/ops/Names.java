package org.mmscope.engine.ops;

import org.mmscope.engine.kernel.Errno;
import org.mmscope.engine.kernel.Kernel;
import org.mmscope.engine.kernel.SyscallException;
import org.mmscope.model.mm.Binding;
import org.mmscope.model.mm.Device;
import org.mmscope.model.mm.DmaMapping;
import org.mmscope.model.mm.PinHandle;
import org.mmscope.model.mm.Process;

/** Resolves the scenario's names (processes, mappings, handles, devices) against the state. */
public final class Names {
    private Names() {
    }

    /** A resolved page range of one process: vpns [start, end). */
    public record Pages(Process process, long start, long end) {
        public long count() {
            return end - start;
        }
    }

    public static Process process(Kernel k, String name) throws SyscallException {
        for (Process p : k.state().getProcesses()) {
            if (p.getName().equals(name)) {
                if (p.isExited()) {
                    throw new SyscallException(Errno.ESRCH, "process " + name + " has exited");
                }
                return p;
            }
        }
        throw new SyscallException(Errno.EINVAL, "no process " + name);
    }

    public static Binding binding(Kernel k, Process p, String var) throws SyscallException {
        Binding b = k.binding(p.getMm(), var);
        if (b != null) {
            return b;
        }
        throw new SyscallException(Errno.EINVAL, "process " + p.getName() + " has no mapping named " + var);
    }

    public static Pages pages(Kernel k, Op.Range r) throws SyscallException {
        Process p = process(k, r.process());
        Binding b = binding(k, p, r.var());
        long from = r.from() == null ? 0 : r.from();
        long to = r.to() == null ? b.getPages() - 1 : r.to();
        if (from < 0 || to >= b.getPages() || from > to) {
            throw new SyscallException(Errno.EINVAL, "range " + r + " is outside " + r.var() + " (" + b.getPages() + " pages)");
        }
        return new Pages(p, b.getStartVpn() + from, b.getStartVpn() + to + 1);
    }

    public static PinHandle handle(Kernel k, String name) throws SyscallException {
        for (int i = k.state().getHandles().size() - 1; i >= 0; i--) {
            PinHandle h = k.state().getHandles().get(i);
            if (h.getName().equals(name)) {
                return h;
            }
        }
        throw new SyscallException(Errno.EINVAL, "no handle " + name);
    }

    public static Device device(Kernel k, String name) throws SyscallException {
        for (Device d : k.state().getDevices()) {
            if (d.getName().equals(name)) {
                return d;
            }
        }
        throw new SyscallException(Errno.ENODEV, "no device " + name);
    }

    public static DmaMapping mapping(Device d, PinHandle h) {
        for (DmaMapping m : d.getMappings()) {
            if (m.getHandle() == h) {
                return m;
            }
        }
        return null;
    }
}
