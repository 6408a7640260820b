package org.mmscope.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.mmscope.model.mm.Frame;
import org.mmscope.model.mm.MmPackage;
import org.mmscope.model.mm.Pte;
import org.mmscope.model.mm.SwapSlot;

/**
 * A canonical serialization of a state and its SHA-256: equal for states that differ only in the order of
 * unordered sets (frames by pfn, PTEs by address, swap slots by index). Exploration uses it to detect states
 * already seen; tests use it to compare a replayed state with the live one.
 */
public final class StateDigest {
    private StateDigest() {
    }

    public static String of(EObject state) {
        StringBuilder b = new StringBuilder();
        write(b, state);
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The canonical text itself (for debugging a digest mismatch). */
    public static String canonical(EObject state) {
        StringBuilder b = new StringBuilder();
        write(b, state);
        return b.toString();
    }

    private static void write(StringBuilder b, EObject o) {
        b.append(o.eClass().getName()).append('{');
        for (EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
            if (f.isTransient()) {
                continue; // engine bookkeeping, not machine state
            }
            b.append(f.getName()).append('=');
            Object v = o.eGet(f);
            if (f instanceof EAttribute) {
                b.append(v instanceof byte[] bytes ? Arrays.toString(bytes) : String.valueOf(v));
            } else if (((EReference) f).isContainment()) {
                if (f.isMany()) {
                    for (EObject c : sorted(f, (List<?>) v)) {
                        write(b, c);
                    }
                } else if (v != null) {
                    write(b, (EObject) v);
                }
            } else if (f.isMany()) {
                for (Object r : sorted(f, (List<?>) v)) {
                    b.append(ref((EObject) r)).append(',');
                }
            } else {
                b.append(ref((EObject) v));
            }
            b.append(';');
        }
        b.append('}');
    }

    private static List<EObject> sorted(EStructuralFeature f, List<?> list) {
        List<EObject> l = new ArrayList<>();
        for (Object o : list) {
            l.add((EObject) o);
        }
        if (f == MmPackage.Literals.MM_STATE__FRAMES || f == MmPackage.Literals.MM_FILE__PAGE_CACHE) {
            l.sort(Comparator.comparingLong(x -> ((Frame) x).getPfn()));
        } else if (f == MmPackage.Literals.MM__PTES) {
            l.sort(Comparator.comparingLong(x -> ((Pte) x).getVpn()));
        } else if (f == MmPackage.Literals.SWAP_DEVICE__USED) {
            l.sort(Comparator.comparingInt(x -> ((SwapSlot) x).getIndex()));
        }
        return l;
    }

    private static String ref(EObject r) {
        if (r == null) {
            return "null";
        }
        if (r instanceof Frame f) {
            return "pfn:" + f.getPfn();
        }
        EStructuralFeature name = r.eClass().getEStructuralFeature("name");
        return r.eClass().getName() + ":" + (name != null ? r.eGet(name) : r.hashCode());
    }
}
