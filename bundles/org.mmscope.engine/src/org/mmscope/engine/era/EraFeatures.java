package org.mmscope.engine.era;

/**
 * What an era's kernel has at all; the DSL validator and the engine both ask this (a call the kernel version
 * does not have is a validation error, like calling a function that does not exist).
 *
 * @param follPin        pin_user_pages / FOLL_PIN (5.6+)
 * @param follLongterm   FOLL_LONGTERM (5.2+)
 * @param wipeOnFork     MADV_WIPEONFORK (4.14+)
 * @param madvPageout    MADV_PAGEOUT (5.4+)
 * @param longtermNeedsPin FOLL_LONGTERM without FOLL_PIN is refused with EINVAL and a WARN_ON_ONCE
 *                       (mm/gup.c: is_valid_gup_flags (5.10–6.2); is_valid_gup_args (6.3–6.12))
 */
public record EraFeatures(boolean follPin, boolean follLongterm, boolean wipeOnFork, boolean madvPageout, boolean longtermNeedsPin) {
}
