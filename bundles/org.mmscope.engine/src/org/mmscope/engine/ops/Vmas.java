package org.mmscope.engine.ops;

import java.util.List;
import java.util.function.Predicate;

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
        return splitRange(k, mm, start, end, v -> true);
    }

    /**
     * {@link #splitRange} for a change of VMA flags: a VMA at either end of the range is split only when the change
     * alters it ({@code changes}) — mprotect_fixup, mlock_fixup and madvise_update_vma return early, leaving the VMA
     * whole, when the new flags equal the old (mm/mprotect.c, mm/mlock.c, mm/madvise.c, every era).
     */
    public static List<Vma> splitRange(Kernel k, Mm mm, long start, long end, Predicate<Vma> changes) throws SyscallException {
        for (long at : new long[] { start, end }) {
            Vma v = k.vmas().find(mm, at);
            if (v != null && changes.test(v)) {
                split(k, mm, at);
            }
        }
        return coveringRange(k, mm, start, end);
    }

    /**
     * The VMAs covering [start, end) in address order, without splitting them (for the madvise advice that changes
     * no VMA flags); a hole in the range fails with ENOMEM, as {@link #splitRange} does.
     */
    public static List<Vma> coveringRange(Kernel k, Mm mm, long start, long end) throws SyscallException {
        List<Vma> out = k.vmas().overlapping(mm, start, end);
        long expect = start;
        for (Vma v : out) {
            if (v.getStartVpn() > expect) {
                throw new SyscallException(Errno.ENOMEM, "range is not fully mapped");
            }
            expect = v.getEndVpn();
        }
        if (expect < end) {
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
