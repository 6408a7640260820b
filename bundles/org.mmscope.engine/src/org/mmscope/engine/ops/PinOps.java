package org.mmscope.engine.ops;

import org.mmscope.engine.era.GupFlags;
import org.mmscope.engine.kernel.Errno;
import org.mmscope.engine.kernel.Kernel;
import org.mmscope.engine.kernel.SyscallException;
import org.mmscope.model.mm.HandleKind;
import org.mmscope.model.mm.PinHandle;

/** get_user_pages / pin_user_pages and their release, as a driver calls them. */
public final class PinOps {
    private PinOps() {
    }

    public static void gup(Kernel k, Op.Gup op) throws SyscallException {
        Names.Pages pages = Names.pages(k, op.range());
        k.touchPages(pages.count());
        boolean pin = switch (op.call()) {
        case GET_USER_PAGES -> false;
        case PIN_USER_PAGES -> true;
        case DRIVER_PIN -> k.era().features().follPin();
        };
        if (pin && !k.era().features().follPin()) {
            throw new SyscallException(Errno.EINVAL, "pin_user_pages does not exist in " + k.era().name());
        }
        boolean longterm = op.longterm() && k.era().features().follLongterm(); // ignored before FOLL_LONGTERM existed
        GupFlags flags = new GupFlags(pin, op.write(), longterm);
        PinHandle h = k.era().getUserPages(k, pages.process().getMm(), pages.start(), pages.count(), flags);
        h.setName(op.handle());
        k.addHandle(h);
    }

    /** put_page (FOLL_GET) or unpin_user_pages (FOLL_PIN) on every page of the handle. */
    public static void release(Kernel k, String handle) throws SyscallException {
        PinHandle h = Names.handle(k, handle);
        if (h.isReleased()) {
            throw new SyscallException(Errno.EINVAL, "handle " + handle + " was already released");
        }
        k.era().releaseUserPages(k, h);
        k.event(h.getKind() == HandleKind.PIN ? "unpin_user_pages" : "put_page", null, "released " + handle);
    }
}
