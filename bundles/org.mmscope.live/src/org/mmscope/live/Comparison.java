package org.mmscope.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.mmscope.live.LivePlan.LiveStep;
import org.mmscope.live.Snapshot.PageKey;

/**
 * Step-by-step comparison of the kernel's and the engine's snapshots. Frames are compared as identity only:
 * which pages share a frame (each page names the first page in the table with the same frame), whether a
 * page's frame changed since the previous step ("moved"), and the zero page. Besides: present/swapped/absent,
 * PageAnonExclusive, mapcount, the content the process reads, what devices see, and the step's outcome.
 */
public final class Comparison {
    /** One row of a step's table: a page or a device view; {@code differs} lists what disagrees. */
    public record Row(String key, String kernel, String model, List<String> differs) {
        public boolean agrees() {
            return differs.isEmpty();
        }
    }

    public record Step(int index, LiveStep step, String kernelResult, String modelResult, List<Row> rows) {
        public boolean resultDiffers() {
            return step.compareResult() && !kernelResult.equals(modelResult);
        }

        public int disagreements() {
            return (resultDiffers() ? 1 : 0) + (int) rows.stream().filter(r -> !r.agrees()).count();
        }
    }

    private Comparison() {
    }

    public static List<Step> compare(LivePlan plan, List<Snapshot> kernel, List<Snapshot> model) {
        List<Step> out = new ArrayList<>();
        Snapshot prevK = null;
        Snapshot prevM = null;
        int n = Math.min(plan.steps().size(), Math.min(kernel.size(), model.size()));
        for (int i = 0; i < n; i++) {
            Snapshot k = kernel.get(i);
            Snapshot m = model.get(i);
            if (k == null || m == null) {
                break;
            }
            out.add(step(i + 1, plan.steps().get(i), k, m, prevK, prevM));
            prevK = k;
            prevM = m;
        }
        return out;
    }

    private static Step step(int index, LiveStep s, Snapshot k, Snapshot m, Snapshot prevK, Snapshot prevM) {
        Map<PageKey, String> sameK = sharers(k);
        Map<PageKey, String> sameM = sharers(m);
        List<Row> rows = new ArrayList<>();
        TreeSet<PageKey> keys = new TreeSet<>(k.pages().keySet());
        keys.addAll(m.pages().keySet());
        for (PageKey key : keys) {
            PageView a = k.pages().getOrDefault(key, PageView.ABSENT);
            PageView b = m.pages().getOrDefault(key, PageView.ABSENT);
            boolean movedK = moved(prevK, key, a);
            boolean movedM = moved(prevM, key, b);
            List<String> differs = new ArrayList<>();
            if (a.state() != b.state()) {
                differs.add("state");
            } else if (a.present()) {
                if (a.zeroPage() != b.zeroPage()) {
                    differs.add("zero page");
                }
                if (!Objects.equals(sameK.get(key), sameM.get(key))) {
                    differs.add("frame sharing");
                }
                if (movedK != movedM) {
                    differs.add("moved");
                }
                if (a.exclusive() != null && b.exclusive() != null && !a.exclusive().equals(b.exclusive())) {
                    differs.add("anon-exclusive");
                }
                if (!Objects.equals(a.mapcount(), b.mapcount())) {
                    differs.add("mapcount");
                }
                if (a.content() != null && b.content() != null && !a.content().equals(b.content())) {
                    differs.add("content");
                }
            }
            rows.add(new Row(key.toString(), cell(a, sameK.get(key), movedK), cell(b, sameM.get(key), movedM), differs));
        }
        TreeSet<String> devices = new TreeSet<>(k.device().keySet());
        devices.addAll(m.device().keySet());
        for (String d : devices) {
            String a = k.device().get(d);
            String b = m.device().get(d);
            rows.add(new Row(d + " (device)", deviceCell(a), deviceCell(b), Objects.equals(a, b) ? List.of() : List.of("device sees")));
        }
        return new Step(index, s, k.result(), m.result(), rows);
    }

    /** For each present page that shares its frame with an earlier page of the table: that earlier page. */
    private static Map<PageKey, String> sharers(Snapshot s) {
        Map<Long, PageKey> first = new HashMap<>();
        Map<PageKey, String> out = new HashMap<>();
        for (Map.Entry<PageKey, PageView> e : s.pages().entrySet()) {
            if (!e.getValue().present()) {
                continue;
            }
            PageKey owner = first.putIfAbsent(e.getValue().pfn(), e.getKey());
            out.put(e.getKey(), owner == null ? null : owner.toString());
        }
        return out;
    }

    private static boolean moved(Snapshot prev, PageKey key, PageView now) {
        if (prev == null || !now.present()) {
            return false;
        }
        PageView before = prev.pages().get(key);
        return before != null && before.present() && before.pfn() != now.pfn();
    }

    static String cell(PageView v, String sharesWith, boolean moved) {
        if (!v.present()) {
            return v.state().name().toLowerCase();
        }
        StringBuilder s = new StringBuilder(v.zeroPage() ? "zero page" : "present");
        if (sharesWith != null) {
            s.append(" =").append(sharesWith);
        }
        if (moved) {
            s.append(" moved");
        }
        if (Boolean.TRUE.equals(v.exclusive())) {
            s.append(" excl");
        }
        if (v.mapcount() != null) {
            s.append(" map=").append(v.mapcount());
        }
        if (v.content() != null) {
            s.append(' ').append(quote(v.content()));
        }
        return s.toString();
    }

    private static String deviceCell(String content) {
        return content == null ? "(no handle)" : quote(content);
    }

    /** Printable, quoted: control and non-ASCII bytes as \xNN, like the scenario language writes them. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 32 || c > 126) {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
