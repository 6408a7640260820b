package org.mmscope.engine.ops;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.mmscope.engine.kernel.Errno;
import org.mmscope.engine.kernel.Kernel;
import org.mmscope.engine.kernel.SyscallException;
import org.mmscope.model.mm.Mm;
import org.mmscope.model.mm.Vma;

/** VMA bookkeeping of mm/mmap.c: split_vma at range boundaries so a flag change covers exactly the range. */
public final class Vmas {
    private Vmas() {
    }

    /**
     * Splits VMAs at {@code start} and {@code end} and returns the VMAs covering [start, end) in address order.
     * A hole in the range fails with ENOMEM, as mlock/mprotect/madvise do.
     */
    public static List<Vma> splitRange(Kernel k, Mm mm, long start, long end) throws SyscallException {
        split(k, mm, start);
        split(k, mm, end);
        List<Vma> out = k.vmas().overlapping(mm, start, end);
        long expect = start;
        for (Vma v : out) {
            if (v.getStartVpn() != expect) {
                throw new SyscallException(Errno.ENOMEM, "range is not fully mapped");
            }
            expect = v.getEndVpn();
        }
        if (expect != end) {
            throw new SyscallException(Errno.ENOMEM, "range is not fully mapped");
        }
        return out;
    }

    private static void split(Kernel k, Mm mm, long at) {
        Vma v = k.vmas().find(mm, at);
        if (v != null && at > v.getStartVpn()) {
            Vma tail = EcoreUtil.copy(v);
            if (tail.getFile() != null) {
                tail.setFilePgoff(v.getFilePgoff() + (at - v.getStartVpn()));
            }
            k.splitVma(mm, v, tail, at);
        }
    }
}
