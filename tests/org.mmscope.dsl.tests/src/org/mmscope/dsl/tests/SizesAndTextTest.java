package org.mmscope.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmscope.dsl.ScenarioLoader;
import org.mmscope.engine.scenario.RunResult;
import org.mmscope.engine.scenario.ScenarioRunner;

/**
 * Hostile sizes and numbers end in one positioned error at the number (never "Error executing EValidator" at 0:0,
 * never a second, spurious error); old line endings parse; eras chosen on the command line are validated.
 */
class SizesAndTextTest {
    private static final ScenarioLoader LOADER = ScenarioLoader.create();

    private static List<String> problems(String text) {
        return LOADER.load(text, "t.mms").problems().stream().map(Object::toString).toList();
    }

    private static String machine(String setting) {
        return "scenario \"t\"\nmachine {\n " + setting + "\n}\n";
    }

    private static String mapping(String size) {
        return "scenario \"t\"\nprocess app\napp: buf = mmap anon " + size + " read write\n";
    }

    /**
     * What the language server fuzz test found: a recovered parse can hand a missing value to the number converter or
     * to a primitive attribute, and Xtext then reported "A NullPointerException occured. This indicates a missing
     * value converter or a bug in its implementation." as the node's diagnostic. Both say it in words now.
     */
    @Test
    void aMissingValueIsReportedInWordsNotAsANullPointerException() throws Exception {
        var injector = new org.mmscope.dsl.MmsStandaloneSetup().createInjectorAndDoEMFRegistration();
        var converters = injector.getInstance(org.eclipse.xtext.conversion.IValueConverterService.class);
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.eclipse.xtext.conversion.ValueConverterException.class,
                () -> converters.toValue(null, "LONG", null));
        assertEquals("a number is missing here", e.getMessage());
        // the scenario fuzz campaign's input, cut down: a string where the swap size's number should be
        List<String> swap = problems("scenario \"t\"\nmachine {\n    ram 64 MiB\n    swap\"99999999999999999999 MiB\n}\nprocess app\n");
        assertFalse(swap.isEmpty());
        assertTrue(swap.stream().noneMatch(p -> p.contains("NullPointerException")), swap.toString());
        // and where any converter still trips over a missing value, the element factory says it in words
        var factory = (org.mmscope.dsl.conversion.MmsElementFactory) injector.getInstance(org.eclipse.xtext.parser.IAstFactory.class);
        factory.setConverterService(new org.eclipse.xtext.conversion.IValueConverterService() {
            @Override
            public String toString(Object value, String lexerRule) {
                return String.valueOf(value);
            }

            @Override
            public Object toValue(String string, String lexerRule, org.eclipse.xtext.nodemodel.INode node) {
                return string.trim(); // a converter with the bug the fuzzer met: null text
            }
        });
        var size = org.mmscope.dsl.mms.MmsFactory.eINSTANCE.createSize();
        var f = org.junit.jupiter.api.Assertions.assertThrows(org.eclipse.xtext.conversion.ValueConverterException.class,
                () -> factory.set(size, "value", null, "LONG", null));
        assertEquals("a value is missing here", f.getMessage());
    }

    @Test
    void pageSizesAreTheOnesTheKernelHas() {
        assertEquals(List.of("t.mms:3:7: error: page size must be 4 KiB, 16 KiB or 64 KiB (the base page sizes Linux has, e.g. arm64's "
                + "CONFIG_ARM64_4K/16K/64K_PAGES, and the ones mmscope models), not 4 GiB"), problems(machine("page 4 GiB")));
        assertEquals(List.of("t.mms:3:7: error: page size must be 4 KiB, 16 KiB or 64 KiB (the base page sizes Linux has, e.g. arm64's "
                + "CONFIG_ARM64_4K/16K/64K_PAGES, and the ones mmscope models), not 2 GiB"), problems(machine("page 2 GiB")));
        assertEquals(List.of("t.mms:3:7: error: page size must be given in bytes units (B, KiB, MiB, GiB), e.g. page 64 KiB"),
                problems(machine("page 2 pages")));
        assertEquals(List.of("t.mms:3:7: error: page size must be 4 KiB, 16 KiB or 64 KiB (the base page sizes Linux has, e.g. arm64's "
                + "CONFIG_ARM64_4K/16K/64K_PAGES, and the ones mmscope models), not 99999999999 GiB"),
                problems(machine("page 99999999999 GiB")));
    }

    @Test
    void aSixtyFourKibPageHoldsWhatIsWritten() {
        ScenarioLoader.Loaded l = LOADER.load("scenario \"t\"\nmachine {\n ram 64 MiB\n page 64 KiB\n}\nprocess app\n"
                + "app: buf = mmap anon 1 page read write\napp: write buf \"x\"\nexpect app: read buf == \"x\"\n", "t.mms");
        assertFalse(l.hasErrors(), l.problems().toString());
        RunResult r = new ScenarioRunner().run(l.scenario());
        assertTrue(r.passed(), r.eras().toString());
    }

    @Test
    void ramBeyondWhatTheModelHoldsIsAnErrorAtTheNumber() {
        assertEquals(List.of("t.mms:3:6: error: ram must be at most 1 PiB, the largest machine mmscope models "
                + "(99999999999 GiB does not even fit in 64 bits)"), problems(machine("ram 99999999999 GiB")));
        assertEquals(List.of("t.mms:3:6: error: ram must be at most 1 PiB, the largest machine mmscope models "
                + "(1048577 GiB is 1125900980584448 bytes)"), problems(machine("ram 1048577 GiB")));
        assertEquals(List.of(), problems(machine("ram 1048576 GiB")));
        assertEquals(List.of("t.mms:3:7: error: swap must be at most 1 PiB, the largest machine mmscope models "
                + "(9223372036854775807 pages does not even fit in 64 bits)"), problems(machine("swap 9223372036854775807 pages")));
    }

    @Test
    void zonesThatAddUpBeyondSixtyFourBitsAreOneErrorAtTheMachine() {
        String zones = " zone normal 1048576 GiB\n".repeat(8193);
        assertEquals(List.of("t.mms:3:2: error: the zones add up to more than 2^63 bytes but ram is 1125899906842624 bytes"),
                problems(machine("ram 1048576 GiB\n" + zones)));
    }

    @Test
    void mappingsFitInTheUserAddressSpace() {
        assertEquals(List.of("t.mms:3:22: error: a mapping must fit in the 47-bit user address space: at most 128 TiB "
                + "(9223372036854775807 B is 9223372036854775807 bytes)"),
                problems(mapping("9223372036854775807 B") + "app: write buf[5] \"x\"\n"));
        assertEquals(List.of("t.mms:3:22: error: a mapping must fit in the 47-bit user address space: at most 128 TiB "
                + "(99999999999 GiB does not even fit in 64 bits)"), problems(mapping("99999999999 GiB") + "app: touch buf[3]\n"));
        assertEquals(List.of(), problems(mapping("131072 GiB")));
        List<String> file = LOADER.load("scenario \"t\"\nprocess app\napp: f = mmap file \"x\" 99999999999 GiB read\n", "t.mms")
                .problems().stream().map(Object::toString).toList();
        assertEquals(List.of("t.mms:3:24: error: a mapping must fit in the 47-bit user address space: at most 128 TiB "
                + "(99999999999 GiB does not even fit in 64 bits)"), file);
    }

    @Test
    void aNumberTooLargeForSixtyFourBitsIsOneErrorAtTheNumber() {
        assertEquals(List.of("t.mms:3:6: error: number too large: 99999999999999999999 (the largest is 9223372036854775807)"),
                problems(machine("ram 99999999999999999999 GiB")));
        assertEquals(List.of("t.mms:4:19: error: number too large: 99999999999999999999 (the largest is 9223372036854775807)"),
                problems(mapping("2 pages") + "app: touch buf[1..99999999999999999999]\n"));
    }

    @Test
    void carriageReturnLineEndingsParseWithTheirLineNumbers() {
        String text = "scenario \"t\" // old Mac\nprocess app\napp: buf = mmap anon 1 page read write\napp: write buf \"x\"\n"
                + "expect app: read buf == \"x\"\napp: touch nothing\n";
        assertEquals(List.of("t.mms:6:12: error: 'app' has no mapping named 'nothing'"), problems(text.replace("\n", "\r")));
        assertEquals(List.of("t.mms:6:12: error: 'app' has no mapping named 'nothing'"), problems(text.replace("\n", "\r\n")));
        ScenarioLoader.Loaded l = LOADER.load(text.replace("app: touch nothing\n", "").replace("\n", "\r"), "t.mms");
        assertFalse(l.hasErrors(), l.problems().toString());
        assertEquals(5, l.scenario().items().get(l.scenario().items().size() - 1).line());
        assertTrue(new ScenarioRunner().run(l.scenario()).passed());
    }

    @Test
    void erasChosenWhenLoadingAreValidatedAsIfTheFileNamedThem() {
        String text = "scenario \"t\"\nkernel linux-6.12\nprocess app\napp: buf = mmap anon 1 page read write\n"
                + "app: rx = pin_user_pages buf write\napp: madvise buf pageout\napp: madvise buf wipeonfork\n";
        assertFalse(LOADER.load(text, "t.mms").hasErrors());
        List<String> ps = LOADER.load(text, "t.mms", List.of("linux-2.6.31")).problems().stream().map(Object::toString).toList();
        assertEquals(List.of(
                "t.mms:5:11: error: pin_user_pages does not exist in linux-2.6.31 (FOLL_PIN came with 5.6); use 'pin' to compare eras",
                "t.mms:6:18: error: MADV_PAGEOUT does not exist in linux-2.6.31 (it came with 5.4)",
                "t.mms:7:18: error: MADV_WIPEONFORK does not exist in linux-2.6.31 (it came with 4.14)"), ps);
    }
}
