package org.mmscope.debug.dap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.lsp4j.debug.Capabilities;
import org.eclipse.lsp4j.debug.ConfigurationDoneArguments;
import org.eclipse.lsp4j.debug.ContinueArguments;
import org.eclipse.lsp4j.debug.ContinueResponse;
import org.eclipse.lsp4j.debug.DisconnectArguments;
import org.eclipse.lsp4j.debug.EvaluateArguments;
import org.eclipse.lsp4j.debug.EvaluateResponse;
import org.eclipse.lsp4j.debug.ExceptionBreakMode;
import org.eclipse.lsp4j.debug.ExceptionInfoArguments;
import org.eclipse.lsp4j.debug.ExceptionInfoResponse;
import org.eclipse.lsp4j.debug.ExitedEventArguments;
import org.eclipse.lsp4j.debug.InitializeRequestArguments;
import org.eclipse.lsp4j.debug.NextArguments;
import org.eclipse.lsp4j.debug.OutputEventArguments;
import org.eclipse.lsp4j.debug.OutputEventArgumentsCategory;
import org.eclipse.lsp4j.debug.PauseArguments;
import org.eclipse.lsp4j.debug.ReverseContinueArguments;
import org.eclipse.lsp4j.debug.Scope;
import org.eclipse.lsp4j.debug.ScopesArguments;
import org.eclipse.lsp4j.debug.ScopesResponse;
import org.eclipse.lsp4j.debug.SetBreakpointsArguments;
import org.eclipse.lsp4j.debug.SetBreakpointsResponse;
import org.eclipse.lsp4j.debug.SetExceptionBreakpointsArguments;
import org.eclipse.lsp4j.debug.SetExceptionBreakpointsResponse;
import org.eclipse.lsp4j.debug.SetFunctionBreakpointsArguments;
import org.eclipse.lsp4j.debug.SetFunctionBreakpointsResponse;
import org.eclipse.lsp4j.debug.StackFrame;
import org.eclipse.lsp4j.debug.StackTraceArguments;
import org.eclipse.lsp4j.debug.StackTraceResponse;
import org.eclipse.lsp4j.debug.StepBackArguments;
import org.eclipse.lsp4j.debug.StepInArguments;
import org.eclipse.lsp4j.debug.StepOutArguments;
import org.eclipse.lsp4j.debug.StoppedEventArguments;
import org.eclipse.lsp4j.debug.StoppedEventArgumentsReason;
import org.eclipse.lsp4j.debug.TerminateArguments;
import org.eclipse.lsp4j.debug.TerminatedEventArguments;
import org.eclipse.lsp4j.debug.Thread;
import org.eclipse.lsp4j.debug.ThreadEventArguments;
import org.eclipse.lsp4j.debug.ThreadEventArgumentsReason;
import org.eclipse.lsp4j.debug.ThreadsResponse;
import org.eclipse.lsp4j.debug.VariablesArguments;
import org.eclipse.lsp4j.debug.VariablesResponse;
import org.eclipse.lsp4j.debug.services.IDebugProtocolClient;
import org.eclipse.lsp4j.debug.services.IDebugProtocolServer;
import org.mmscope.debug.EraThread;
import org.mmscope.debug.Variable;

/**
 * The Debug Adapter Protocol over the debugger core: one DAP thread per kernel era, each stopping and stepping on
 * its own over its recorded run. Requests are handled one after the other on the connection's thread and answered
 * at once; the events a request causes (stopped, output, thread, exited, terminated) are queued and sent right after
 * its response ({@link #flushEvents}), the order DAP clients expect.
 */
final class MmsDebugAdapter implements IDebugProtocolServer {
    private IDebugProtocolClient client;
    private final List<Runnable> pending = new ArrayList<>();
    private DapSession session;
    private int lineBase = 1;
    private boolean configured;
    private boolean terminated;
    private boolean disconnected;

    void connect(IDebugProtocolClient remote) {
        this.client = remote;
    }

    /** Sends the events queued by the request just answered. */
    void flushEvents() {
        List<Runnable> now = new ArrayList<>(pending);
        pending.clear();
        now.forEach(Runnable::run);
    }

    boolean disconnected() {
        return disconnected;
    }

    private void later(Runnable event) {
        pending.add(event);
    }

    private static <T> CompletableFuture<T> answer(Supplier<T> work) {
        try {
            return CompletableFuture.completedFuture(work.get());
        } catch (DapErrors.DapException e) {
            return DapErrors.failed(e.getMessage());
        }
    }

    private DapSession session() {
        if (session == null) {
            throw DapErrors.error("no scenario is launched yet: send 'launch' with \"program\" first");
        }
        return session;
    }

    // ------------------------------------------------------------------ set-up

    @Override
    public CompletableFuture<Capabilities> initialize(InitializeRequestArguments args) {
        if (args != null && Boolean.FALSE.equals(args.getLinesStartAt1())) {
            lineBase = 0;
        }
        return CompletableFuture.completedFuture(DapCapabilities.of());
    }

    @Override
    public CompletableFuture<Void> launch(Map<String, Object> args) {
        return answer(() -> {
            if (session != null) {
                throw DapErrors.error("a scenario is launched already: one launch per session");
            }
            session = DapSession.launch(LaunchArguments.of(args));
            String header = RunConsole.header(session.scenario);
            later(() -> output(header));
            later(client::initialized);
            return null;
        });
    }

    @Override
    public CompletableFuture<SetBreakpointsResponse> setBreakpoints(SetBreakpointsArguments args) {
        return answer(() -> {
            SetBreakpointsResponse r = new SetBreakpointsResponse();
            r.setBreakpoints(session().breakpoints.setLines(args.getSource(), args.getBreakpoints(), lineBase)
                    .toArray(org.eclipse.lsp4j.debug.Breakpoint[]::new));
            return r;
        });
    }

    @Override
    public CompletableFuture<SetFunctionBreakpointsResponse> setFunctionBreakpoints(SetFunctionBreakpointsArguments args) {
        return answer(() -> {
            SetFunctionBreakpointsResponse r = new SetFunctionBreakpointsResponse();
            r.setBreakpoints(session().breakpoints.setFunctions(args.getBreakpoints()).toArray(org.eclipse.lsp4j.debug.Breakpoint[]::new));
            return r;
        });
    }

    @Override
    public CompletableFuture<SetExceptionBreakpointsResponse> setExceptionBreakpoints(SetExceptionBreakpointsArguments args) {
        return answer(() -> {
            SetExceptionBreakpointsResponse r = new SetExceptionBreakpointsResponse();
            r.setBreakpoints(session().breakpoints.setExceptions(args.getFilters(), args.getFilterOptions())
                    .toArray(org.eclipse.lsp4j.debug.Breakpoint[]::new));
            return r;
        });
    }

    @Override
    public CompletableFuture<Void> configurationDone(ConfigurationDoneArguments args) {
        return answer(() -> {
            DapSession s = session();
            if (configured) {
                return null;
            }
            configured = true;
            if (s.args.noDebug()) {
                s.core.breakpoints().forEach(s.core::remove);
            }
            for (DapThread t : s.threads) {
                if (s.args.stopOnEntry() && !s.args.noDebug()) {
                    moved(t, EraThread.Reason.BOOT);
                } else {
                    moved(t, t.core.resume());
                }
            }
            return null;
        });
    }

    // ------------------------------------------------------------------ running and stepping

    @Override
    public CompletableFuture<ContinueResponse> continue_(ContinueArguments args) {
        return answer(() -> {
            DapThread t = session().live(args.getThreadId());
            moved(t, t.core.resume());
            ContinueResponse r = new ContinueResponse();
            r.setAllThreadsContinued(false);
            return r;
        });
    }

    @Override
    public CompletableFuture<Void> next(NextArguments args) {
        return step(args.getThreadId(), EraThread::stepOver);
    }

    @Override
    public CompletableFuture<Void> stepIn(StepInArguments args) {
        return step(args.getThreadId(), EraThread::stepInto);
    }

    @Override
    public CompletableFuture<Void> stepOut(StepOutArguments args) {
        return step(args.getThreadId(), EraThread::stepOut);
    }

    @Override
    public CompletableFuture<Void> stepBack(StepBackArguments args) {
        return step(args.getThreadId(), EraThread::stepBack);
    }

    @Override
    public CompletableFuture<Void> reverseContinue(ReverseContinueArguments args) {
        return step(args.getThreadId(), EraThread::reverseResume);
    }

    private CompletableFuture<Void> step(int threadId, Function<EraThread, EraThread.Reason> move) {
        return answer(() -> {
            DapThread t = session().live(threadId);
            moved(t, move.apply(t.core));
            return null;
        });
    }

    /** Every thread is always suspended between requests: pause answers with a stop where the thread is. */
    @Override
    public CompletableFuture<Void> pause(PauseArguments args) {
        return answer(() -> {
            DapThread t = session().live(args.getThreadId());
            StoppedEventArguments e = Stops.describe(t, EraThread.Reason.STEP, session.breakpoints);
            e.setReason(StoppedEventArgumentsReason.PAUSE);
            later(() -> client.stopped(e));
            return null;
        });
    }

    /**
     * After a thread moved: a stop (with its reason), or — when it went past the end of its recorded run — the
     * era's console output and the thread's exit; after the last thread, the exit code and the end of the session.
     */
    private void moved(DapThread t, EraThread.Reason reason) {
        DapSession s = session;
        s.handles.drop(t.id);
        if (reason == EraThread.Reason.END && t.atEndOfRun()) {
            t.ended = true;
            String text = RunConsole.era(t.core.run());
            later(() -> output(text));
            ThreadEventArguments e = new ThreadEventArguments();
            e.setReason(ThreadEventArgumentsReason.EXITED);
            e.setThreadId(t.id);
            later(() -> client.thread(e));
            if (s.allEnded()) {
                ExitedEventArguments x = new ExitedEventArguments();
                x.setExitCode(s.exitCode());
                later(() -> client.exited(x));
                terminate();
            }
            return;
        }
        StoppedEventArguments e = Stops.describe(t, reason, s.breakpoints);
        later(() -> client.stopped(e));
    }

    private void terminate() {
        if (!terminated) {
            terminated = true;
            later(() -> client.terminated(new TerminatedEventArguments()));
        }
    }

    @Override
    public CompletableFuture<Void> terminate(TerminateArguments args) {
        terminate();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> disconnect(DisconnectArguments args) {
        disconnected = true;
        return CompletableFuture.completedFuture(null);
    }

    // ------------------------------------------------------------------ inspecting

    @Override
    public CompletableFuture<ThreadsResponse> threads() {
        ThreadsResponse r = new ThreadsResponse();
        List<Thread> out = new ArrayList<>();
        if (session != null) {
            for (DapThread t : session.threads) {
                if (!t.ended) {
                    Thread d = new Thread();
                    d.setId(t.id);
                    d.setName(t.era());
                    out.add(d);
                }
            }
        }
        r.setThreads(out.toArray(Thread[]::new));
        return CompletableFuture.completedFuture(r);
    }

    @Override
    public CompletableFuture<StackTraceResponse> stackTrace(StackTraceArguments args) {
        return answer(() -> {
            DapThread t = session().live(args.getThreadId());
            List<StackFrame> all = Frames.of(t, session.source, lineBase);
            int from = args.getStartFrame() == null ? 0 : Math.min(all.size(), Math.max(0, args.getStartFrame()));
            int to = args.getLevels() == null || args.getLevels() <= 0 ? all.size() : Math.min(all.size(), from + args.getLevels());
            StackTraceResponse r = new StackTraceResponse();
            r.setStackFrames(all.subList(from, to).toArray(StackFrame[]::new));
            r.setTotalFrames(all.size());
            return r;
        });
    }

    @Override
    public CompletableFuture<ScopesResponse> scopes(ScopesArguments args) {
        return answer(() -> {
            DapThread t = session().live(Frames.threadOf(args.getFrameId()));
            Variable root = t.core.variables();
            Scope scope = new Scope();
            scope.setName(t.era() + " state");
            scope.setPresentationHint("locals");
            scope.setVariablesReference(session.handles.reference(t.id, root));
            scope.setNamedVariables(root.children().size());
            scope.setExpensive(false);
            ScopesResponse r = new ScopesResponse();
            r.setScopes(new Scope[] { scope });
            return r;
        });
    }

    @Override
    public CompletableFuture<VariablesResponse> variables(VariablesArguments args) {
        return answer(() -> {
            VariablesResponse r = new VariablesResponse();
            r.setVariables(session().handles.children(args.getVariablesReference()).toArray(org.eclipse.lsp4j.debug.Variable[]::new));
            return r;
        });
    }

    @Override
    public CompletableFuture<EvaluateResponse> evaluate(EvaluateArguments args) {
        return answer(() -> {
            DapSession s = session();
            DapThread t = args.getFrameId() != null ? s.live(Frames.threadOf(args.getFrameId()))
                    : s.threads.stream().filter(x -> !x.ended).findFirst()
                            .orElseThrow(() -> DapErrors.error("every thread has run to its end"));
            return s.evaluation.evaluate(t, args.getExpression());
        });
    }

    @Override
    public CompletableFuture<ExceptionInfoResponse> exceptionInfo(ExceptionInfoArguments args) {
        return answer(() -> {
            DapThread t = session().live(args.getThreadId());
            if (t.exceptionId == null) {
                throw DapErrors.error("the " + t.era() + " thread is not stopped at a hazard, a failing expectation or a broken invariant");
            }
            ExceptionInfoResponse r = new ExceptionInfoResponse();
            r.setExceptionId(t.exceptionId);
            r.setDescription(t.exceptionDescription);
            r.setBreakMode(ExceptionBreakMode.ALWAYS);
            return r;
        });
    }

    private void output(String text) {
        OutputEventArguments o = new OutputEventArguments();
        o.setCategory(OutputEventArgumentsCategory.STDOUT);
        o.setOutput(text);
        client.output(o);
    }
}
