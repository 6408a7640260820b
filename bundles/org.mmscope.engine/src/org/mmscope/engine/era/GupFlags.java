package org.mmscope.engine.era;

/**
 * The FOLL_* flags of one get_user_pages / pin_user_pages call (include/linux/mm.h).
 *
 * @param pin      FOLL_PIN (pin_user_pages); otherwise FOLL_GET
 * @param write    FOLL_WRITE
 * @param longterm FOLL_LONGTERM
 */
public record GupFlags(boolean pin, boolean write, boolean longterm) {
    public String describe() {
        return (pin ? "FOLL_PIN" : "FOLL_GET") + (write ? "|FOLL_WRITE" : "") + (longterm ? "|FOLL_LONGTERM" : "");
    }
}
