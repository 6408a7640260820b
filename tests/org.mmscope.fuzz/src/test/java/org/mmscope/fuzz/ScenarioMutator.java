package org.mmscope.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * Grammar-aware mutations of the seed scenarios, driven by the fuzzer's bytes: one seed, then up to a dozen edits
 * that keep most of the text a scenario — numbers replaced by edge values (0, -1, 2^31, 2^32, 2^63 - 1, 2^63,
 * 2^64, 20 digits), words by other words of the seeds (names, keywords, eras, units), lines deleted, duplicated,
 * swapped or spliced in from another seed, random text inserted, the file cut short, and other line endings.
 */
final class ScenarioMutator {
    static final List<String> NUMBERS = List.of("0", "-1", "1", "2", "7", "511", "512", "4095", "4096", "4097", "65536", "2147483647",
            "2147483648", "4294967295", "4294967296", "9007199254740993", "4611686018427387904", "9223372036854775807",
            "9223372036854775808", "18446744073709551615", "18446744073709551616", "99999999999999999999", "0x0", "0x1000",
            "0x7fffffffffffffff", "0xffffffffffffffff", "1000000");
    static final List<String> UNITS = List.of("B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "page", "pages", "k", "");

    private ScenarioMutator() {
    }

    static String mutate(FuzzedDataProvider data) {
        Seeds seeds = Seeds.get();
        List<String> lines = new ArrayList<>(Arrays.asList(data.pickValue(seeds.files).split("\n", -1)));
        int edits = data.consumeInt(0, 12);
        for (int i = 0; i < edits && !lines.isEmpty(); i++) {
            int at = data.consumeInt(0, lines.size() - 1);
            switch (data.consumeInt(0, 10)) {
            case 0 -> lines.set(at, replaceToken(lines.get(at), data, true, pickNumber(data)));
            case 1 -> lines.set(at, replaceToken(lines.get(at), data, false, data.pickValue(seeds.words)));
            case 2 -> lines.remove(at);
            case 3 -> lines.add(at, lines.get(at));
            case 4 -> {
                String[] other = data.pickValue(seeds.files).split("\n");
                lines.add(at, other[data.consumeInt(0, other.length - 1)]);
            }
            case 5 -> {
                int to = data.consumeInt(0, lines.size() - 1);
                String l = lines.get(at);
                lines.set(at, lines.get(to));
                lines.set(to, l);
            }
            case 6 -> {
                String l = lines.get(at);
                int pos = data.consumeInt(0, l.length());
                lines.set(at, l.substring(0, pos) + data.consumeString(24) + l.substring(pos));
            }
            case 7 -> lines.set(at, appendUnit(lines.get(at), data));
            case 8 -> {
                String l = lines.get(at);
                lines.subList(at, lines.size()).clear();
                lines.add(l.substring(0, data.consumeInt(0, l.length())));
            }
            case 9 -> lines.add(at, data.pickValue(seeds.words) + ": " + data.pickValue(seeds.words) + " = " + data.pickValue(seeds.words)
                    + " " + pickNumber(data) + " " + data.pickValue(UNITS));
            default -> lines.set(at, replaceToken(lines.get(at), data, false, data.consumeString(8)));
            }
        }
        String separator = data.pickValue(List.of("\n", "\n", "\n", "\r\n", "\r"));
        return String.join(separator, lines);
    }

    private static String pickNumber(FuzzedDataProvider data) {
        return data.consumeBoolean() ? data.pickValue(NUMBERS) : Long.toString(data.consumeLong());
    }

    /** Replaces one token of the line (a number token when {@code number}, else any word) by {@code with}. */
    private static String replaceToken(String line, FuzzedDataProvider data, boolean number, String with) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = Seeds.TOKEN.matcher(line);
        while (m.find()) {
            char c = m.group().charAt(0);
            boolean isNumber = Character.isDigit(c) || c == '-' && m.group().length() > 1;
            if (number == isNumber) {
                spans.add(new int[] { m.start(), m.end() });
            }
        }
        if (spans.isEmpty()) {
            return line + " " + with;
        }
        int[] s = data.pickValue(spans);
        return line.substring(0, s[0]) + with + line.substring(s[1]);
    }

    /** Puts a unit after a number of the line (or replaces the unit there). */
    private static String appendUnit(String line, FuzzedDataProvider data) {
        return line.replaceFirst("(\\d+)\\s*(B|KiB|MiB|GiB|TiB|PiB|pages?)?\\b", "$1 " + data.pickValue(UNITS));
    }
}
