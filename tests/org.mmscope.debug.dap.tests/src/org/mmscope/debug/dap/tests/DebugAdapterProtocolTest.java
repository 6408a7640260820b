package org.mmscope.debug.dap.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmscope.debug.dap.tests.DapClient.error;
import static org.mmscope.debug.dap.tests.DapClient.get;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.debug.Breakpoint;
import org.eclipse.lsp4j.debug.Capabilities;
import org.eclipse.lsp4j.debug.ConfigurationDoneArguments;
import org.eclipse.lsp4j.debug.ContinueArguments;
import org.eclipse.lsp4j.debug.DisconnectArguments;
import org.eclipse.lsp4j.debug.EvaluateArguments;
import org.eclipse.lsp4j.debug.ExceptionBreakpointsFilter;
import org.eclipse.lsp4j.debug.ExceptionFilterOptions;
import org.eclipse.lsp4j.debug.ExceptionInfoArguments;
import org.eclipse.lsp4j.debug.ExitedEventArguments;
import org.eclipse.lsp4j.debug.FunctionBreakpoint;
import org.eclipse.lsp4j.debug.NextArguments;
import org.eclipse.lsp4j.debug.ReverseContinueArguments;
import org.eclipse.lsp4j.debug.SetBreakpointsArguments;
import org.eclipse.lsp4j.debug.SetExceptionBreakpointsArguments;
import org.eclipse.lsp4j.debug.SetFunctionBreakpointsArguments;
import org.eclipse.lsp4j.debug.Source;
import org.eclipse.lsp4j.debug.SourceBreakpoint;
import org.eclipse.lsp4j.debug.StackFrame;
import org.eclipse.lsp4j.debug.StepBackArguments;
import org.eclipse.lsp4j.debug.StepInArguments;
import org.eclipse.lsp4j.debug.StoppedEventArguments;
import org.eclipse.lsp4j.debug.TerminatedEventArguments;
import org.eclipse.lsp4j.debug.Thread;
import org.eclipse.lsp4j.debug.ThreadEventArguments;
import org.eclipse.lsp4j.debug.Variable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmscope.debug.dap.MmsDebugServer;

/**
 * mmscope dap at protocol level: {@link MmsDebugServer#serve} (what the command runs on stdin/stdout) on a byte pipe,
 * driven by LSP4J's DAP client, on the examples 01 (fork, then the parent writes) and 16 (DMA after unpin).
 */
class DebugAdapterProtocolTest {
    static final String OLD = "linux-2.6.31";
    static final String NEW = "linux-6.12";
    static final Path ROOT = Path.of(System.getProperty("mmscope.root", "../..")).toAbsolutePath().normalize();
    static final Path EXAMPLE_01 = ROOT.resolve("examples/01-fork-parent-writes-first.mms");
    static final Path EXAMPLE_16 = ROOT.resolve("examples/16-dma-use-after-free.mms");

    @TempDir
    Path tmp;
    DapClient client;
    CompletableFuture<Integer> exitCode;
    OutputStream toServer;

    @BeforeEach
    void start() throws Exception {
        Pipe in = Pipe.open();
        Pipe out = Pipe.open();
        InputStream serverIn = Channels.newInputStream(in.source());
        OutputStream serverOut = Channels.newOutputStream(out.sink());
        exitCode = CompletableFuture.supplyAsync(() -> MmsDebugServer.serve(serverIn, serverOut));
        client = DapClient.over(in, out);
    }

    @AfterEach
    void stop() throws Exception {
        if (!exitCode.isDone()) {
            get(client.server.disconnect(new DisconnectArguments()));
        }
        assertEquals(0, exitCode.get(30, TimeUnit.SECONDS), "mmscope dap exits 0 after 'disconnect'");
    }

    private static Map<String, Object> program(Path file, Object... more) {
        Map<String, Object> m = new HashMap<>();
        m.put("program", file.toString());
        for (int i = 0; i < more.length; i += 2) {
            m.put((String) more[i], more[i + 1]);
        }
        return m;
    }

    private Breakpoint[] lines(Path file, int... lines) {
        SetBreakpointsArguments a = new SetBreakpointsArguments();
        Source s = new Source();
        s.setPath(file.toString());
        a.setSource(s);
        List<SourceBreakpoint> bps = new ArrayList<>();
        for (int l : lines) {
            SourceBreakpoint b = new SourceBreakpoint();
            b.setLine(l);
            bps.add(b);
        }
        a.setBreakpoints(bps.toArray(SourceBreakpoint[]::new));
        return get(client.server.setBreakpoints(a)).getBreakpoints();
    }

    private void configurationDone() {
        get(client.server.configurationDone(new ConfigurationDoneArguments()));
    }

    /** The thread ids by era name. */
    private Map<String, Integer> threads() {
        Map<String, Integer> ids = new HashMap<>();
        for (Thread t : get(client.server.threads()).getThreads()) {
            ids.put(t.getName(), t.getId());
        }
        return ids;
    }

    private void stepIn(int thread) {
        StepInArguments a = new StepInArguments();
        a.setThreadId(thread);
        get(client.server.stepIn(a));
        assertEquals("step", client.stopped(thread).getReason());
    }

    private void next(int thread) {
        NextArguments a = new NextArguments();
        a.setThreadId(thread);
        get(client.server.next(a));
        assertEquals("step", client.stopped(thread).getReason());
    }

    private void stepBack(int thread) {
        StepBackArguments a = new StepBackArguments();
        a.setThreadId(thread);
        get(client.server.stepBack(a));
        client.stopped(thread);
    }

    private String evaluate(int thread, String expression) {
        EvaluateArguments a = new EvaluateArguments();
        a.setExpression(expression);
        a.setFrameId(client.stack(thread).get(0).getId());
        a.setContext("hover");
        return get(client.server.evaluate(a)).getResult();
    }

    @Test
    void initializeAnnouncesStepBackFunctionBreakpointsAndTheExceptionFilters() {
        Capabilities c = client.initialize();
        assertEquals(Boolean.TRUE, c.getSupportsStepBack());
        assertEquals(Boolean.TRUE, c.getSupportsFunctionBreakpoints());
        assertEquals(Boolean.TRUE, c.getSupportsConfigurationDoneRequest());
        assertEquals(Boolean.TRUE, c.getSupportsEvaluateForHovers());
        assertEquals(
                List.of("hazard", "expectation", "invariant", "frame-freed", "frame-swapped-out", "frame-migrated", "frame-pinned",
                        "frame-unpinned",
                        "frame-device-write"),
                List.of(c.getExceptionBreakpointFilters()).stream().map(ExceptionBreakpointsFilter::getFilter).toList());
        assertTrue(List.of(c.getExceptionBreakpointFilters()).stream().filter(f -> f.getFilter().startsWith("frame-"))
                .allMatch(f -> Boolean.TRUE.equals(f.getSupportsCondition())), "a frame event takes the pfn as its condition");
    }

    @Test
    void aLineBreakpointStopsBothErasThenStepInEntersTheKernelCallsOfTheWrite() {
        client.initialize();
        client.launch(program(EXAMPLE_01));
        Breakpoint[] set = lines(EXAMPLE_01, 26, 14, 27);
        assertTrue(set[0].isVerified(), "line 26 is a step");
        assertFalse(set[1].isVerified(), "line 14 is '}' of the machine block");
        assertTrue(set[1].getMessage().contains("no step or expectation on line 14"), set[1].getMessage());
        assertTrue(set[2].isVerified(), "line 27 is an expectation");
        configurationDone();
        Map<String, Integer> ids = threads();
        assertEquals(java.util.Set.of(OLD, NEW), ids.keySet(), "one thread per era");
        for (int id : ids.values()) {
            StoppedEventArguments s = client.stopped(id);
            assertEquals("breakpoint", s.getReason());
            assertArrayEquals(new Integer[] { set[0].getId() }, s.getHitBreakpointIds());
        }
        int old = ids.get(OLD);
        List<StackFrame> stack = client.stack(old);
        assertEquals(1, stack.size(), "between steps: only the scenario frame");
        assertEquals("line 23: parent: child = fork (done)", stack.get(0).getName());
        assertEquals(26, stack.get(0).getLine(), "the write runs next");
        assertEquals(EXAMPLE_01.toString(), stack.get(0).getSource().getPath());

        List<String> entered = new ArrayList<>();
        while (entered.isEmpty() || !entered.get(entered.size() - 1).startsWith("do_wp_page")) {
            assertTrue(entered.size() < 10, "do_wp_page never came: " + entered);
            stepIn(old);
            entered.add(client.frameNames(old).get(0));
        }
        assertEquals(List.of("handle_mm_fault", "handle_pte_fault", "do_wp_page [pfn 1]"), entered, "step in follows the fault down");
        assertEquals(List.of("do_wp_page [pfn 1]", "handle_pte_fault", "handle_mm_fault", "line 26: parent: write parent.buf \"new\""),
                client.frameNames(old),
                "kernel calls innermost first, then the scenario step");
        assertTrue(client.stack(old).stream().allMatch(f -> f.getLine() == 26), "every frame is at the write's line");
        stepIn(old);
        assertEquals("cow_user_page [pfn 2]", client.frameNames(old).get(0), "linux-2.6.31 names the copy cow_user_page");
    }

    @Test
    void theVariablesShowProcessMappingPteAndFrameAndStepBackRestoresThem() {
        client.initialize();
        client.launch(program(EXAMPLE_01, "kernel", List.of(OLD)));
        lines(EXAMPLE_01, 26);
        configurationDone();
        int t = threads().get(OLD);
        client.stopped(t);
        Variable pte = client.variable(t, "processes", "parent", "buf", "0");
        assertEquals("pfn 1, read-only, dirty *", pte.getValue(),
                "after fork: the PTE maps frame 1 read-only (new since the booted machine)");
        assertEquals("2 *", client.variable(t, "processes", "parent", "buf", "0", "mapcount").getValue(), "parent and child map it");
        assertEquals("\"old\" *", client.variable(t, "processes", "parent", "buf", "0", "content").getValue());
        assertEquals("processes.parent.buf.0", pte.getEvaluateName());

        next(t);
        assertEquals("pfn 2, writable, dirty *", client.variable(t, "processes", "parent", "buf", "0").getValue(),
                "the write copied: marked as changed");
        assertEquals("\"new\" *", client.variable(t, "processes", "parent", "buf", "0", "content").getValue());
        assertEquals("1 *", client.variable(t, "processes", "child", "buf", "0", "mapcount").getValue(),
                "the child's frame lost a mapping");
        assertEquals("0", client.variable(t, "processes", "child", "buf", "0", "pincount").getValue(), "unchanged: no mark");
        assertEquals("pfn 1, read-only, dirty *", client.variable(t, "processes", "child", "buf", "0").getValue(),
                "the child's PTE is as it was, marked because its frame's mapcount below it changed");

        stepBack(t);
        assertEquals("pfn 1, read-only, dirty *", client.variable(t, "processes", "parent", "buf", "0").getValue(),
                "step back: the PTE before the write");
        assertEquals("2 *", client.variable(t, "processes", "parent", "buf", "0", "mapcount").getValue());
        assertEquals(26, client.stack(t).get(0).getLine());

        lines(EXAMPLE_01, 20, 26);
        ReverseContinueArguments back = new ReverseContinueArguments();
        back.setThreadId(t);
        get(client.server.reverseContinue(back));
        assertEquals("breakpoint", client.stopped(t).getReason(), "reverse continue: back to the previous breakpoint");
        assertEquals(20, client.stack(t).get(0).getLine());
        assertEquals("absent *", client.variable(t, "processes", "parent", "buf", "0").getValue(), "before the first write: no page yet");
        get(client.server.reverseContinue(back));
        assertEquals("entry", client.stopped(t).getReason(), "no breakpoint before: the booted machine");
    }

    @Test
    void evaluateGivesNamesTheirCurrentValueAndChecksExpectExpressions() {
        client.initialize();
        client.launch(program(EXAMPLE_01, "kernel", OLD));
        lines(EXAMPLE_01, 26);
        configurationDone();
        int t = threads().get(OLD);
        client.stopped(t);
        assertEquals("pfn 1, read-only, dirty", evaluate(t, "parent.buf[0]"));
        assertEquals("parent: 1 page(s) at 0x" + evaluate(t, "parent.buf").split("0x")[1] + "; child: " + evaluate(t, "child.buf"),
                evaluate(t, "buf"),
                "a bare mapping name: in every process that has it");
        assertEquals("GET write", evaluate(t, "rx"));
        assertEquals("pfn 1", evaluate(t, "rx[0]"));
        assertTrue(evaluate(t, "nic").startsWith("1 mapping(s)"), evaluate(t, "nic"));
        assertEquals("holds (read \"old\")", evaluate(t, "expect parent: read buf == \"old\""));
        assertTrue(evaluate(t, "parent.buf[0] same frame as child.buf[0]").startsWith("holds"));
        next(t);
        assertEquals("fails (read \"new\")", evaluate(t, "parent: read buf == \"old\""), "after the write");
        assertTrue(evaluate(t, "parent.buf[0] not same frame as child.buf[0]").startsWith("holds"));
        assertTrue(error(evaluateRequest(t, "nobody")).contains("no 'nobody'"));
        String bad = error(evaluateRequest(t, "expect parent: read buf =="));
        assertTrue(bad.startsWith("expression:1:"), bad);
    }

    private CompletableFuture<?> evaluateRequest(int thread, String expression) {
        EvaluateArguments a = new EvaluateArguments();
        a.setExpression(expression);
        a.setFrameId(client.stack(thread).get(0).getId());
        return client.server.evaluate(a);
    }

    @Test
    void aFunctionBreakpointWithAnEraConditionStopsOnlyThatEra() {
        client.initialize();
        client.launch(program(EXAMPLE_01));
        SetFunctionBreakpointsArguments a = new SetFunctionBreakpointsArguments();
        FunctionBreakpoint copy = new FunctionBreakpoint();
        copy.setName("wp_page_copy");
        copy.setCondition(NEW);
        FunctionBreakpoint missing = new FunctionBreakpoint();
        missing.setName("cow_user_page");
        missing.setCondition(NEW);
        a.setBreakpoints(new FunctionBreakpoint[] { copy, missing });
        Breakpoint[] set = get(client.server.setFunctionBreakpoints(a)).getBreakpoints();
        assertTrue(set[0].isVerified(), set[0].getMessage());
        assertFalse(set[1].isVerified(), "linux-6.12 has no cow_user_page: " + set[1].getMessage());
        Map<String, Integer> ids = threads();
        configurationDone();
        StoppedEventArguments s = client.stopped(ids.get(NEW));
        assertEquals("function breakpoint", s.getReason());
        assertEquals("wp_page_copy [pfn 2]", client.frameNames(ids.get(NEW)).get(0));
        ThreadEventArguments ended = client.next(ThreadEventArguments.class, e -> e.getThreadId() == ids.get(OLD));
        assertEquals("exited", ended.getReason(), "linux-2.6.31 ran to its end: the breakpoint is for linux-6.12 only");
        assertTrue(client.output().contains("  linux-2.6.31:\n    PASS  line 24:"), client.output());
    }

    @Test
    void theHazardFilterStopsWhereTheDeviceWritesIntoTheFreedFrame() {
        client.initialize();
        client.launch(program(EXAMPLE_16, "kernel", List.of(NEW)));
        SetExceptionBreakpointsArguments a = new SetExceptionBreakpointsArguments();
        a.setFilters(new String[0]);
        ExceptionFilterOptions o = new ExceptionFilterOptions();
        o.setFilterId("hazard");
        o.setCondition("dma-use-after-free");
        a.setFilterOptions(new ExceptionFilterOptions[] { o });
        assertTrue(get(client.server.setExceptionBreakpoints(a)).getBreakpoints()[0].isVerified());
        configurationDone();
        int t = threads().get(NEW);
        StoppedEventArguments s = client.stopped(t);
        assertEquals("exception", s.getReason());
        assertTrue(s.getText().contains("dma-use-after-free"), s.getText());
        assertEquals("line 32: nic: dma write rx \"packet\" (done)", client.frameNames(t).get(0), "the DMA write raised it");
        ExceptionInfoArguments info = new ExceptionInfoArguments();
        info.setThreadId(t);
        assertEquals("dma-use-after-free", get(client.server.exceptionInfo(info)).getExceptionId());
        assertEquals("\"packet\" *", client.variable(t, "processes", "other", "secret", "0", "content").getValue(),
                "the packet landed in the other process's page");
    }

    private Breakpoint[] exceptionFilters(String... idAndCondition) {
        SetExceptionBreakpointsArguments a = new SetExceptionBreakpointsArguments();
        a.setFilters(new String[0]);
        List<ExceptionFilterOptions> options = new ArrayList<>();
        for (int i = 0; i < idAndCondition.length; i += 2) {
            ExceptionFilterOptions o = new ExceptionFilterOptions();
            o.setFilterId(idAndCondition[i]);
            o.setCondition(idAndCondition[i + 1]);
            options.add(o);
        }
        a.setFilterOptions(options.toArray(ExceptionFilterOptions[]::new));
        return get(client.server.setExceptionBreakpoints(a)).getBreakpoints();
    }

    @Test
    void frameEventFiltersStopWhereAFrameIsFreedAndWhereTheDeviceWritesThatFrameWithThePfnAsCondition() {
        client.initialize();
        client.launch(program(EXAMPLE_16, "kernel", List.of(NEW)));
        assertTrue(exceptionFilters("frame-freed", "")[0].isVerified());
        configurationDone();
        int t = threads().get(NEW);
        StoppedEventArguments freed = client.stopped(t);
        assertEquals("exception", freed.getReason());
        assertTrue(client.frameNames(t).get(0).startsWith("line 27: app: "), "the driver's unpin freed the frame: " + client.frameNames(t));
        assertTrue(freed.getText().contains("freed"), freed.getText());
        ExceptionInfoArguments info = new ExceptionInfoArguments();
        info.setThreadId(t);
        assertEquals("frame-freed", get(client.server.exceptionInfo(info)).getExceptionId());
        String rx = evaluate(t, "rx[0]"); // the frame the NIC still maps, e.g. "pfn 1"
        assertTrue(rx.matches("pfn \\d+.*"), rx);
        long pfn = Long.parseLong(rx.replaceAll("pfn (\\d+).*", "$1"));

        Breakpoint[] set = exceptionFilters("frame-device-write", "pfn " + pfn, "frame-pinned", Long.toString(pfn + 1000), "frame-unpinned",
                "pfn banana",
                "frame-freed", pfn + ", " + OLD);
        assertTrue(set[0].isVerified() && set[1].isVerified(), "a pfn, with or without 'pfn'");
        assertFalse(set[2].isVerified(), "not a pfn nor an era");
        assertTrue(set[2].getMessage().contains("pfn") && set[2].getMessage().contains("banana"), set[2].getMessage());
        assertFalse(set[3].isVerified(), "an era this session does not run");
        assertTrue(set[3].getMessage().contains("does not run " + OLD), set[3].getMessage());
        ContinueArguments c = new ContinueArguments();
        c.setThreadId(t);
        get(client.server.continue_(c));
        StoppedEventArguments written = client.stopped(t);
        assertEquals("exception", written.getReason(), "the pin of another pfn does not stop");
        assertEquals("line 32: nic: dma write rx \"packet\" (done)", client.frameNames(t).get(0));
        assertTrue(written.getText().startsWith("frame pfn " + pfn + " written by a device"), written.getText());
        assertEquals(List.of(set[0].getId()), List.of(written.getHitBreakpointIds()));
        assertEquals("frame-device-write", get(client.server.exceptionInfo(info)).getExceptionId());
    }

    @Test
    void continuingToTheEndPrintsTheRunAndExitsWithItsCode() throws Exception {
        client.initialize();
        client.launch(program(EXAMPLE_01));
        configurationDone();
        assertEquals(0, client.next(ExitedEventArguments.class, e -> true).getExitCode(), "every expectation of example 01 holds");
        client.next(TerminatedEventArguments.class, e -> true);
        assertEquals(0, get(client.server.threads()).getThreads().length, "every era ran to its end");
        String out = client.output();
        assertTrue(out.startsWith(EXAMPLE_01 + ": Parent writes first"), out);
        assertTrue(out.contains("  linux-6.12:\n") && out.contains("    ok: 6/6 expectations hold, 7 steps"), out);

        Path failing = Files.writeString(tmp.resolve("fails.mms"),
                "scenario \"f\"\nprocess p\np: buf = mmap anon 1 page read write\np: write buf \"a\"\n"
                        + "expect p: read buf == \"b\"\n");
        restart();
        client.initialize();
        client.launch(program(failing));
        configurationDone();
        assertEquals(1, client.next(ExitedEventArguments.class, e -> true).getExitCode(), "as mmscope run: 1 when an expectation fails");
        assertTrue(client.output().contains("FAIL  line 5: expect p: read buf == \"b\"   (found: read \"a\")"), client.output());
    }

    private void restart() throws Exception {
        stop();
        start();
    }

    @Test
    void stopOnEntryStopsEveryEraAtTheBootedMachineAndTheResponseComesBeforeTheEvent() {
        client.initialize();
        client.launch(program(EXAMPLE_01, "stopOnEntry", true));
        configurationDone();
        Map<String, Integer> ids = threads();
        for (int id : ids.values()) {
            assertEquals("entry", client.stopped(id).getReason());
        }
        int t = ids.get(NEW);
        assertEquals(List.of("boot"), client.frameNames(t));
        assertEquals(19, client.stack(t).get(0).getLine(), "the first step runs next");
        client.incoming.clear();
        ContinueArguments c = new ContinueArguments();
        c.setThreadId(t);
        assertFalse(get(client.server.continue_(c)).getAllThreadsContinued(), "the eras run on their own");
        client.next(ThreadEventArguments.class, e -> e.getThreadId() == t);
        List<String> order = List.copyOf(client.incoming);
        assertTrue(
                order.indexOf("event thread") > order.stream().filter(m -> m.startsWith("response")).map(order::indexOf).findFirst()
                        .orElse(99),
                "the response first, then its events: " + order);
    }

    @Test
    void badInputIsAnErrorResponseWithFileLineAndColumn() throws Exception {
        client.initialize();
        Path bad = Files.writeString(tmp.resolve("bad.mms"), "scenario \"b\"\nkernel linux-9.99\nprocess p\n");
        String message = error(client.server.launch(program(bad)));
        assertTrue(message.startsWith(bad + ":2:8: error: "), message);
        assertFalse(message.contains("\tat "), "no stack trace");
        assertTrue(error(client.server.launch(program(tmp.resolve("none.mms")))).contains("no such file"));
        assertTrue(error(client.server.launch(program(EXAMPLE_01, "kernel", "linux-9.99"))).contains("unknown kernel era 'linux-9.99'"));
        assertTrue(error(client.server.launch(Map.of("stopOnEntry", true))).contains("\"program\""));
        assertTrue(
                error(client.server.threads().thenCompose(x -> client.server.stackTrace(new org.eclipse.lsp4j.debug.StackTraceArguments())))
                        .contains("no scenario is launched"));
    }
}
