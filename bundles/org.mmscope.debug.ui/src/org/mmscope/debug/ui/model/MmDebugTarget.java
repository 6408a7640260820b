package org.mmscope.debug.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IBreakpointManager;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IMemoryBlock;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IThread;
import org.mmscope.debug.Breakpoint;
import org.mmscope.debug.DebugSession;
import org.mmscope.debug.EraThread;
import org.mmscope.debug.ui.breakpoints.MmBreakpoint;
import org.mmscope.debug.ui.breakpoints.MmLineBreakpoint;
import org.mmscope.engine.scenario.RunResult;
import org.mmscope.engine.scenario.Scenario;

/**
 * A debugged scenario (PDA's PDADebugTarget over the core's {@link DebugSession}): one {@link MmThread} per
 * kernel era. It installs the workspace's mmscope breakpoints into the session — line breakpoints of its own file
 * only, enabled ones only — and follows the breakpoint manager as they are added, changed and removed.
 */
public final class MmDebugTarget extends MmDebugElement implements IDebugTarget, org.eclipse.debug.core.IBreakpointManagerListener {
    private final ILaunch launch;
    private final IFile file;
    private final DebugSession session;
    private final RunResult run;
    private final List<MmThread> threads = new ArrayList<>();
    private final Map<IBreakpoint, Breakpoint> installed = new ConcurrentHashMap<>();
    private volatile boolean terminated;

    public MmDebugTarget(ILaunch launch, IFile file, Scenario scenario, DebugSession session) {
        super(null);
        this.launch = launch;
        this.file = file;
        this.session = session;
        this.run = new RunResult(scenario, session.threads().stream().map(EraThread::run).toList());
        for (EraThread t : session.threads()) {
            threads.add(new MmThread(this, t, threads.size(), session));
        }
        IBreakpointManager manager = DebugPlugin.getDefault().getBreakpointManager();
        for (IBreakpoint b : manager.getBreakpoints(MODEL_ID)) {
            breakpointAdded(b);
        }
        manager.addBreakpointListener(this);
        manager.addBreakpointManagerListener(this);
    }

    /** Announces the target and runs each era to its first breakpoint (or the end); call once it is in its launch. */
    public void start() {
        fireCreationEvent();
        threads.forEach(MmThread::start);
    }

    @Override
    public IDebugTarget getDebugTarget() {
        return this;
    }

    @Override
    public ILaunch getLaunch() {
        return launch;
    }

    /** The scenario file being debugged. */
    public IFile file() {
        return file;
    }

    /** The eras' recorded runs as one result (what the mmscope views show). */
    public RunResult run() {
        return run;
    }

    public List<MmThread> eraThreads() {
        return List.copyOf(threads);
    }

    @Override
    public IProcess getProcess() {
        return null;
    }

    @Override
    public IThread[] getThreads() {
        return terminated ? new IThread[0] : threads.toArray(IThread[]::new);
    }

    @Override
    public boolean hasThreads() {
        return !terminated;
    }

    @Override
    public String getName() {
        return "mmscope: " + file.getName() + " (" + String.join(", ", run.eras().stream().map(e -> e.era()).toList()) + ")";
    }

    // ------------------------------------------------------------------ breakpoints

    @Override
    public boolean supportsBreakpoint(IBreakpoint b) {
        if (!(b instanceof MmBreakpoint) || !MODEL_ID.equals(b.getModelIdentifier())) {
            return false;
        }
        return !(b instanceof MmLineBreakpoint) || file.equals(b.getMarker().getResource());
    }

    @Override
    public void breakpointAdded(IBreakpoint b) {
        try {
            if (!terminated && supportsBreakpoint(b) && b.isEnabled() && DebugPlugin.getDefault().getBreakpointManager().isEnabled()) {
                Breakpoint core = ((MmBreakpoint) b).toCore();
                installed.put(b, core);
                session.add(core);
            }
        } catch (org.eclipse.core.runtime.CoreException e) {
            // a breakpoint whose marker is gone is not installed
        }
    }

    @Override
    public void breakpointRemoved(IBreakpoint b, IMarkerDelta delta) {
        Breakpoint core = installed.remove(b);
        if (core != null) {
            session.remove(core);
        }
    }

    @Override
    public void breakpointChanged(IBreakpoint b, IMarkerDelta delta) {
        breakpointRemoved(b, delta);
        breakpointAdded(b);
    }

    /** Skip All Breakpoints: the session's breakpoints go, and come back when it is turned off. */
    @Override
    public void breakpointManagerEnablementChanged(boolean enabled) {
        installed.keySet().forEach(b -> breakpointRemoved(b, null));
        if (enabled) {
            for (IBreakpoint b : DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(MODEL_ID)) {
                breakpointAdded(b);
            }
        }
    }

    /** The platform breakpoint a core breakpoint was installed for (the Debug view shows it on the thread), or null. */
    IBreakpoint platformBreakpoint(Breakpoint core) {
        return installed.entrySet().stream().filter(e -> e.getValue() == core).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    // ------------------------------------------------------------------ resume / suspend / terminate

    @Override
    public boolean canResume() {
        return threads.stream().anyMatch(MmThread::canResume);
    }

    @Override
    public boolean canSuspend() {
        return false;
    }

    @Override
    public boolean isSuspended() {
        return !terminated;
    }

    @Override
    public void resume() {
        threads.forEach(MmThread::resume);
    }

    @Override
    public void suspend() {
        // every command finishes at once: nothing to suspend
    }

    @Override
    public boolean canTerminate() {
        return !terminated;
    }

    @Override
    public boolean isTerminated() {
        return terminated;
    }

    @Override
    public void terminate() {
        if (terminated) {
            return;
        }
        terminated = true;
        DebugPlugin.getDefault().getBreakpointManager().removeBreakpointListener(this);
        DebugPlugin.getDefault().getBreakpointManager().removeBreakpointManagerListener(this);
        threads.forEach(MmThread::terminated);
        fireTerminateEvent();
    }

    @Override
    public boolean canDisconnect() {
        return false;
    }

    @Override
    public void disconnect() {
        // a recorded run has nothing to disconnect from
    }

    @Override
    public boolean isDisconnected() {
        return false;
    }

    @Override
    public boolean supportsStorageRetrieval() {
        return false;
    }

    @Override
    public IMemoryBlock getMemoryBlock(long startAddress, long length) throws org.eclipse.debug.core.DebugException {
        throw notSupported("memory blocks");
    }
}
