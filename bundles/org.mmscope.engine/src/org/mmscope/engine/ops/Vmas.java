package org.mmscope.engine.ops;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.mmscope.engine.kernel.Errno;
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
    public static List<Vma> splitRange(Mm mm, long start, long end) throws SyscallException {
        split(mm, start);
        split(mm, end);
        List<Vma> out = new ArrayList<>();
        long expect = start;
        for (Vma v : sorted(mm)) {
            if (v.getEndVpn() <= start || v.getStartVpn() >= end) {
                continue;
            }
            if (v.getStartVpn() != expect) {
                throw new SyscallException(Errno.ENOMEM, "range is not fully mapped");
            }
            out.add(v);
            expect = v.getEndVpn();
        }
        if (expect != end) {
            throw new SyscallException(Errno.ENOMEM, "range is not fully mapped");
        }
        return out;
    }

    private static void split(Mm mm, long at) {
        for (Vma v : mm.getVmas()) {
            if (at > v.getStartVpn() && at < v.getEndVpn()) {
                Vma tail = EcoreUtil.copy(v);
                tail.setStartVpn(at);
                if (tail.getFile() != null) {
                    tail.setFilePgoff(v.getFilePgoff() + (at - v.getStartVpn()));
                }
                v.setEndVpn(at);
                mm.getVmas().add(mm.getVmas().indexOf(v) + 1, tail);
                return;
            }
        }
    }

    public static List<Vma> sorted(Mm mm) {
        List<Vma> l = new ArrayList<>(mm.getVmas());
        l.sort((a, b) -> Long.compare(a.getStartVpn(), b.getStartVpn()));
        return l;
    }
}
