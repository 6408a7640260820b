package org.mmscope.live.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The differential campaign: {@code -Dmmscope.campaign=N} (or {@code MMSCOPE_CAMPAIGN=N}) runs N generated
 * scenarios live from seed {@code mmscope.campaign.seed} (default 1) on; each disagreement's scenario and
 * comparison go to {@code mmscope.campaign.out} (default {@code target/campaign}), and the first
 * {@code mmscope.campaign.shrink} (default 3) distinct ones are shrunk by statement deletion. Skipped
 * without N. Run it with {@code scripts/live-campaign.sh N SEED}.
 */
class LiveCampaign {
    private static String setting(String property, String env, String fallback) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank() || v.equals("-") || v.startsWith("$")) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? fallback : v;
    }

    /**
     * {@code -Dmmscope.campaign.files=A.mms,B.mms}: runs each file live, and shrinks it by statement deletion when
     * it disagrees; the shrunk scenario and its comparison go to the output folder as min-NAME.mms/.txt.
     */
    @Test
    void files() throws IOException {
        String files = setting("mmscope.campaign.files", "MMSCOPE_CAMPAIGN_FILES", "");
        Assumptions.assumeTrue(!files.isBlank(), "no files asked for (-Dmmscope.campaign.files=A.mms,B.mms)");
        Path out = Path.of(setting("mmscope.campaign.out", "MMSCOPE_CAMPAIGN_OUT", "target/campaign")).toAbsolutePath();
        Files.createDirectories(out);
        for (String f : files.split(",")) {
            Path file = Path.of(f.trim());
            Campaign.Run r = Campaign.run(Files.readString(file));
            String name = file.getFileName().toString().replaceAll("\\.mms$", "");
            System.out.println("file " + file + ": " + (r.hostProblem() != null ? "host: " + r.hostProblem()
                    : r.disagrees() ? "DISAGREE " + r.signature() : "agree") + ", " + r.compared() + " steps compared");
            if (r.disagrees()) {
                Campaign.Run min = Campaign.shrink(r);
                Files.writeString(out.resolve("min-" + name + ".mms"), min.text());
                Files.writeString(out.resolve("min-" + name + ".txt"), min.table());
                System.out.println("  shrunk to " + out.resolve("min-" + name + ".mms") + ":\n" + min.text());
            }
        }
    }

    @Test
    void campaign() throws IOException {
        int n = Integer.parseInt(setting("mmscope.campaign", "MMSCOPE_CAMPAIGN", "0"));
        Assumptions.assumeTrue(n > 0, "no campaign asked for (-Dmmscope.campaign=N)");
        long seed = Long.parseLong(setting("mmscope.campaign.seed", "MMSCOPE_CAMPAIGN_SEED", "1"));
        int shrinkMax = Integer.parseInt(setting("mmscope.campaign.shrink", "MMSCOPE_CAMPAIGN_SHRINK", "3"));
        Path out = Path.of(setting("mmscope.campaign.out", "MMSCOPE_CAMPAIGN_OUT", "target/campaign")).toAbsolutePath();
        Files.createDirectories(out);
        int run = 0;
        int host = 0;
        long steps = 0;
        int disagreeing = 0;
        Map<String, Integer> bySignature = new LinkedHashMap<>();
        Map<String, Long> firstSeed = new LinkedHashMap<>();
        StringBuilder log = new StringBuilder();
        long start = System.nanoTime();
        for (long s = seed; s < seed + n; s++) {
            Campaign.Run r = Campaign.run(Campaign.generate(s));
            if (r.hostProblem() != null) {
                host++;
                log.append("seed ").append(s).append(": host: ").append(r.hostProblem()).append('\n');
                continue;
            }
            run++;
            steps += r.compared();
            if (r.disagrees()) {
                disagreeing++;
                Files.writeString(out.resolve("seed-" + s + ".mms"), r.text());
                Files.writeString(out.resolve("seed-" + s + ".txt"), r.table());
                bySignature.merge(r.signature(), 1, Integer::sum);
                firstSeed.putIfAbsent(r.signature(), s);
                log.append("seed ").append(s).append(": DISAGREE ").append(r.signature()).append('\n');
                System.out.println("campaign: seed " + s + " DISAGREE " + r.signature());
            }
        }
        StringBuilder summary = new StringBuilder();
        summary.append(String.format("campaign: seeds %d..%d, %d scenarios run live, %d not runnable on the host, %d steps compared, "
                + "%d scenarios disagree (%d distinct), %.0f s%n", seed, seed + n - 1, run, host, steps, disagreeing, bySignature.size(),
                (System.nanoTime() - start) / 1e9));
        bySignature
                .forEach((sig, count) -> summary.append(String.format("  %4d x  %s  (first: seed %d)%n", count, sig, firstSeed.get(sig))));
        int shrunk = 0;
        for (Map.Entry<String, Long> e : firstSeed.entrySet()) {
            if (shrunk++ >= shrinkMax) {
                break;
            }
            long s = e.getValue();
            Campaign.Run min = Campaign.shrink(Campaign.run(Files.readString(out.resolve("seed-" + s + ".mms"))));
            Files.writeString(out.resolve("min-" + s + ".mms"), min.text());
            Files.writeString(out.resolve("min-" + s + ".txt"), min.table());
            summary.append("shrunk seed ").append(s).append(" (").append(e.getKey()).append(") to min-").append(s).append(".mms\n");
        }
        Files.writeString(out.resolve("summary.txt"), summary + "\n" + log);
        System.out.print(summary);
    }
}
