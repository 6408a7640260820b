package org.mmscope.engine.ops;

import org.mmscope.engine.kernel.Kernel;
import org.mmscope.engine.kernel.SyscallException;

/** Dispatches a step to the operation that implements it; a kernel error becomes the step's errno. */
public final class OpExecutor {
    /** How a step ended: errno null means success. */
    public record Result(String errno, String message) {
        static final Result OK = new Result(null, null);
    }

    private OpExecutor() {
    }

    public static Result execute(Kernel k, Op op) {
        try {
            run(k, op);
            return Result.OK;
        } catch (SyscallException e) {
            k.event("error", null, e.errno() + ": " + e.getMessage());
            return new Result(e.errno().name(), e.getMessage());
        }
    }

    private static void run(Kernel k, Op op) throws SyscallException {
        switch (op) {
        case Op.MmapAnon m -> ProcessOps.mmap(k, m.process(), m.var(), m.pages(), m.read(), m.write(), m.shared(),
                m.shared() ? ProcessOps.file(k, "shmem:" + m.process() + "." + m.var() + "#" + k.state().getFiles().size(), m.pages(), true)
                        : null);
        case Op.MmapFile m -> ProcessOps.mmap(k, m.process(), m.var(), m.pages(), m.read(), m.write(), m.shared(),
                ProcessOps.file(k, m.file(), m.pages(), false));
        case Op.Munmap m -> ProcessOps.munmap(k, m.process(), m.var());
        case Op.Write w -> ProcessOps.write(k, w.range(), w.text());
        case Op.Read r -> ProcessOps.touch(k, r.range());
        case Op.Mlock m -> MemoryPolicyOps.mlock(k, m.range(), m.lock());
        case Op.Mprotect m -> MemoryPolicyOps.mprotect(k, m.range(), m.prot());
        case Op.Madvise m -> MemoryPolicyOps.madvise(k, m.range(), m.advice());
        case Op.Fork f -> ProcessOps.fork(k, f.process(), f.child());
        case Op.Exit e -> ProcessOps.exit(k, e.process());
        case Op.Gup g -> PinOps.gup(k, g);
        case Op.Release r -> PinOps.release(k, r.handle());
        case Op.DmaMap m -> DeviceOps.map(k, m.device(), m.handle(), m.direction());
        case Op.DmaUnmap m -> DeviceOps.unmap(k, m.device(), m.handle());
        case Op.DmaWrite w -> DeviceOps.write(k, w.device(), w.range(), w.text());
        case Op.DmaRead r -> DeviceOps.read(k, r.device(), r.range());
        case Op.Reclaim r -> KernelOps.reclaim(k, r.pages());
        case Op.Migrate m -> KernelOps.migrate(k, m.range());
        case Op.Compact c -> KernelOps.compact(k);
        case Op.Offline o -> KernelOps.offline(k, o.block() != null ? o.block() : KernelOps.blockOf(k, o.of()));
        }
    }

    /** Who performs the step: a process, a device, or the kernel. */
    public static String actorOf(Op op) {
        return switch (op) {
        case Op.MmapAnon m -> m.process();
        case Op.MmapFile m -> m.process();
        case Op.Munmap m -> m.process();
        case Op.Write w -> w.range().process();
        case Op.Read r -> r.range().process();
        case Op.Mlock m -> m.range().process();
        case Op.Mprotect m -> m.range().process();
        case Op.Madvise m -> m.range().process();
        case Op.Fork f -> f.process();
        case Op.Exit e -> e.process();
        case Op.Gup g -> g.range().process();
        case Op.Release r -> r.process();
        case Op.DmaMap m -> m.device();
        case Op.DmaUnmap m -> m.device();
        case Op.DmaWrite w -> w.device();
        case Op.DmaRead r -> r.device();
        case Op.Reclaim r -> "kernel";
        case Op.Migrate m -> "kernel";
        case Op.Compact c -> "kernel";
        case Op.Offline o -> "kernel";
        };
    }

    /** A one-line description of the step for traces and reports. */
    public static String describe(Op op) {
        return switch (op) {
        case Op.MmapAnon m -> m.var() + " = mmap anon " + m.pages() + " page(s)" + (m.shared() ? " shared" : "");
        case Op.MmapFile m -> m.var() + " = mmap file \"" + m.file() + "\" " + m.pages() + " page(s)" + (m.shared() ? " shared" : "");
        case Op.Munmap m -> "munmap " + m.var();
        case Op.Write w -> "write " + w.range() + " \"" + w.text() + "\"";
        case Op.Read r -> "read " + r.range();
        case Op.Mlock m -> (m.lock() ? "mlock " : "munlock ") + m.range();
        case Op.Mprotect m -> "mprotect " + m.range() + " " + m.prot();
        case Op.Madvise m -> "madvise " + m.range() + " " + m.advice().name().toLowerCase();
        case Op.Fork f -> f.child() + " = fork";
        case Op.Exit e -> "exit";
        case Op.Gup g -> g.handle() + " = " + (g.call() == Op.GupCall.DRIVER_PIN ? "pin" : g.call().name().toLowerCase()) + " " + g.range()
                + (g.write() ? " write" : "")
                + (g.longterm() ? " longterm" : "");
        case Op.Release r -> "release " + r.handle();
        case Op.DmaMap m -> "map " + m.handle() + " " + m.direction().name().toLowerCase();
        case Op.DmaUnmap m -> "unmap " + m.handle();
        case Op.DmaWrite w -> "dma write " + w.range().handle() + " \"" + w.text() + "\"";
        case Op.DmaRead r -> "dma read " + r.range().handle();
        case Op.Reclaim r -> r.pages() > 0 ? "reclaim " + r.pages() + " pages" : "reclaim";
        case Op.Migrate m -> "migrate " + m.range();
        case Op.Compact c -> "compact";
        case Op.Offline o -> o.block() != null ? "offline block " + o.block() : "offline block of " + o.of();
        };
    }
}
