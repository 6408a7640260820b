package org.mmscope.engine.ops;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.mmscope.engine.era.FaultKind;
import org.mmscope.engine.kernel.Contents;
import org.mmscope.engine.kernel.Errno;
import org.mmscope.engine.kernel.Kernel;
import org.mmscope.engine.kernel.SyscallException;
import org.mmscope.engine.trace.Call;
import org.mmscope.model.mm.Binding;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.Mm;
import org.mmscope.model.mm.MmFactory;
import org.mmscope.model.mm.MmFile;
import org.mmscope.model.mm.Process;
import org.mmscope.model.mm.Pte;
import org.mmscope.model.mm.PteKind;
import org.mmscope.model.mm.Vma;

/** The system calls and memory accesses of a process: mmap, munmap, loads and stores, fork, exit. */
public final class ProcessOps {
    /** Where the first mapping of every process starts (in pages): 0x7f0000000000, like an x86-64 mmap base. */
    public static final long MMAP_BASE_VPN = 0x7f0000000L;

    private ProcessOps() {
    }

    public static Process createProcess(Kernel k, String name) {
        Process p = MmFactory.eINSTANCE.createProcess();
        p.setName(name);
        Mm mm = MmFactory.eINSTANCE.createMm();
        mm.setNextVpn(MMAP_BASE_VPN);
        p.setMm(mm);
        k.addProcess(p);
        return p;
    }

    /** do_mmap(): a new VMA above the previous ones (a one-page guard gap keeps VMAs from merging). */
    public static void mmap(Kernel k, String process, String var, long pages, boolean read, boolean write, boolean shared,
            MmFile file) throws SyscallException {
        Process p = Names.process(k, process);
        if (pages <= 0) {
            throw new SyscallException(Errno.EINVAL, "mmap of zero pages");
        }
        Mm mm = p.getMm();
        Vma v = MmFactory.eINSTANCE.createVma();
        v.setStartVpn(mm.getNextVpn());
        v.setEndVpn(mm.getNextVpn() + pages);
        v.setRead(read || write);
        v.setWrite(write);
        v.setMayWrite(true);
        v.setShared(shared);
        v.setFile(file);
        k.insertVma(mm, v);
        mm.setNextVpn(v.getEndVpn() + 1);
        Binding b = k.binding(mm, var);
        if (b == null) {
            b = MmFactory.eINSTANCE.createBinding();
            b.setName(var);
            k.addBinding(mm, b);
        }
        b.setStartVpn(v.getStartVpn());
        b.setPages(pages);
        k.event("do_mmap", null, p.getName() + ": " + var + " = 0x" + Long.toHexString(v.getStartVpn() << 12) + ", "
                + pages + " page(s)" + (file == null ? " anon" : " of \"" + file.getName() + "\"") + (shared ? " shared" : " private"));
    }

    /** The file of that name, created with zero bytes of the given size if it does not exist yet. */
    public static MmFile file(Kernel k, String name, long pages, boolean shmem) {
        for (MmFile f : k.state().getFiles()) {
            if (f.getName().equals(name)) {
                f.setPages(Math.max(f.getPages(), pages));
                return f;
            }
        }
        MmFile f = MmFactory.eINSTANCE.createMmFile();
        f.setName(name);
        f.setPages(pages);
        f.setShmem(shmem);
        k.addFile(f);
        return f;
    }

    /** munmap(): zap_page_range over the mapping, then the VMAs go. */
    public static void munmap(Kernel k, String process, String var) throws SyscallException {
        Process p = Names.process(k, process);
        Binding b = Names.binding(k, p, var);
        unmapRange(k, p.getMm(), b.getStartVpn(), b.getStartVpn() + b.getPages());
    }

    static void unmapRange(Kernel k, Mm mm, long start, long end) throws SyscallException {
        try (Call c = k.enter("unmap_vmas", null, Kernel.processOf(mm).getName() + ": 0x" + Long.toHexString(start << 12))) {
            k.zapRange(mm, k.pageTables().range(mm, start, end));
        }
        List<Vma> doomed = k.vmas().overlapping(mm, start, end);
        if (!doomed.isEmpty()) {
            doomed = Vmas.splitRange(k, mm, Math.max(start, doomed.get(0).getStartVpn()),
                    Math.min(end, doomed.get(doomed.size() - 1).getEndVpn()));
        }
        for (Vma v : doomed) {
            k.removeVma(mm, v);
        }
    }

    // ------------------------------------------------------------------ loads and stores

    /** A store of {@code text} at the start of every page of the range (faulting as the era does). */
    public static void write(Kernel k, Op.Range r, String text) throws SyscallException {
        Names.Pages pages = Names.pages(k, r);
        k.touchPages(pages.count());
        byte[] bytes = Contents.stored(text, k.state().getMachine().getPageSize());
        for (long vpn = pages.start(); vpn < pages.end(); vpn++) {
            Pte pte = access(k, pages.process().getMm(), vpn, FaultKind.WRITE);
            Frame f = pte.getFrame();
            f.setContent(Contents.overwrite(f.getContent(), bytes));
            pte.setDirty(true);
            pte.setYoung(true);
        }
    }

    /**
     * What each page of the range reads, as an observer sees it: present pages are read without touching
     * anything (not even the accessed bit); a page that is not present is faulted in as a load would.
     */
    public static List<String> peek(Kernel k, Op.Range r) throws SyscallException {
        Names.Pages pages = Names.pages(k, r);
        k.touchPages(pages.count());
        Mm mm = pages.process().getMm();
        List<String> out = new ArrayList<>();
        for (long vpn = pages.start(); vpn < pages.end(); vpn++) {
            Vma vma = k.findVma(mm, vpn);
            Pte pte = k.pageTables().get(mm, vpn);
            if (vma == null || !vma.isRead() || pte == null || pte.getKind() != PteKind.PRESENT) {
                pte = access(k, mm, vpn, FaultKind.READ);
            }
            out.add(Contents.readString(pte.getFrame().getContent()));
        }
        return out;
    }

    /** Whether a load from the range would fault (some page is not present); false when the range is bad. */
    public static boolean readFaults(Kernel k, Op.Range r) {
        try {
            Names.Pages pages = Names.pages(k, r);
            k.touchPages(pages.count());
            Mm mm = pages.process().getMm();
            for (long vpn = pages.start(); vpn < pages.end(); vpn++) {
                Vma vma = k.findVma(mm, vpn);
                Pte pte = k.pageTables().get(mm, vpn);
                if (vma != null && vma.isRead() && (pte == null || pte.getKind() != PteKind.PRESENT)) {
                    return true;
                }
            }
            return false;
        } catch (SyscallException e) {
            return false;
        }
    }

    /** The {@code read}/{@code touch} step: a load from each page (faults as needed), nothing returned. */
    public static void touch(Kernel k, Op.Range r) throws SyscallException {
        Names.Pages pages = Names.pages(k, r);
        k.touchPages(pages.count());
        for (long vpn = pages.start(); vpn < pages.end(); vpn++) {
            access(k, pages.process().getMm(), vpn, FaultKind.READ).setYoung(true);
        }
    }

    private static String where(Mm mm, long vpn) {
        return Kernel.processOf(mm).getName() + " at 0x" + Long.toHexString(vpn << 12);
    }

    /** The CPU's access: a missing VMA or protection is SIGSEGV; otherwise fault until the PTE allows it. */
    static Pte access(Kernel k, Mm mm, long vpn, FaultKind kind) throws SyscallException {
        Vma vma = k.findVma(mm, vpn);
        if (vma == null) {
            throw new SyscallException(Errno.SIGSEGV, "no mapping: " + where(mm, vpn));
        }
        if (kind == FaultKind.WRITE ? !vma.isWrite() : !vma.isRead()) {
            throw new SyscallException(Errno.SIGSEGV, "protection: " + where(mm, vpn));
        }
        for (int attempt = 0; attempt < 4; attempt++) {
            Pte pte = k.pageTables().get(mm, vpn);
            if (pte != null && pte.getKind() == PteKind.PRESENT && (kind == FaultKind.READ || pte.isWritable())) {
                return pte;
            }
            k.era().handleMmFault(k, mm, vma, vpn, kind);
        }
        throw new SyscallException(Errno.EFAULT, "fault did not resolve: " + where(mm, vpn));
    }

    // ------------------------------------------------------------------ fork and exit

    /** kernel/fork.c dup_mmap(): VMAs, names and page tables as the era copies them. */
    public static void fork(Kernel k, String parentName, String childName) throws SyscallException {
        Process parent = Names.process(k, parentName);
        Process child = createProcess(k, childName);
        child.setParent(parent);
        Mm src = parent.getMm();
        Mm dst = child.getMm();
        dst.setNextVpn(src.getNextVpn());
        for (Binding b : src.getBindings()) {
            k.addBinding(dst, EcoreUtil.copy(b));
        }
        try (Call c = k.enter("dup_mmap", null, parentName + " forks " + childName + " (pid " + child.getPid() + ")")) {
            dupMmap(k, src, dst);
        }
    }

    /** dup_mmap()'s loop over the parent's VMAs: copy_page_range where the child needs the PTEs. */
    private static void dupMmap(Kernel k, Mm src, Mm dst) throws SyscallException {
        for (Vma v : k.vmas().all(src)) {
            if (v.isDontcopy()) {
                k.event("dup_mmap", null, "VM_DONTCOPY: 0x" + Long.toHexString(v.getStartVpn() << 12) + " not copied to the child");
                continue;
            }
            Vma cv = EcoreUtil.copy(v);
            cv.setLocked(false); // the child never inherits VM_LOCKED
            k.insertVma(dst, cv);
            if (v.isWipeonfork()) {
                cv.setHasAnonVma(false);
                k.event("dup_mmap", null, "VM_WIPEONFORK: the child gets 0x" + Long.toHexString(v.getStartVpn() << 12) + " empty");
                continue;
            }
            if (!v.isHasAnonVma()) {
                continue; // copy_page_range / vma_needs_copy: the child faults these in itself
            }
            for (Pte pte : k.pageTables().range(src, v.getStartVpn(), v.getEndVpn())) {
                k.era().copyPte(k, dst, cv, v, pte);
            }
        }
    }

    /** do_exit → exit_mmap: every mapping is zapped; the frames live on while a driver holds them. */
    public static void exit(Kernel k, String name) throws SyscallException {
        Process p = Names.process(k, name);
        Mm mm = p.getMm();
        try (Call c = k.enter("exit_mmap", null, name + " exits")) {
            k.zapRange(mm, new ArrayList<>(mm.getPtes()));
            k.removeAllVmas(mm);
        }
        p.setExited(true);
    }
}
