package org.mmscope.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.mmscope.engine.era.Eras;

/** Picking an era by name and by the release of a running kernel (mmscope live compares against the host's). */
class ErasTest {
    @Test
    void aRunningKernelFollowsTheNewestEraNotNewerThanIt() {
        assertEquals("linux-6.12", Eras.forKernelRelease("6.18.44-fc-v973").name());
        assertEquals("linux-6.12", Eras.forKernelRelease("6.12.0").name());
        assertEquals("linux-5.10", Eras.forKernelRelease("6.11.9-generic").name());
        assertEquals("linux-5.10", Eras.forKernelRelease("5.10.262").name());
        assertEquals("linux-2.6.31", Eras.forKernelRelease("5.9").name());
        assertEquals("linux-2.6.31", Eras.forKernelRelease("2.6.31.14").name());
    }

    @Test
    void aReleaseOlderThanEveryEraOrUnreadableGetsTheOldest() {
        assertEquals("linux-2.6.31", Eras.forKernelRelease("2.4.37").name());
        assertEquals("linux-2.6.31", Eras.forKernelRelease("not a version").name());
        assertEquals("linux-2.6.31", Eras.forKernelRelease(null).name());
    }
}
