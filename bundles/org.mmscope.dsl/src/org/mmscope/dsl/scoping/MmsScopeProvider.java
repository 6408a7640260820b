package org.mmscope.dsl.scoping;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.AbstractScope;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.mmscope.dsl.mms.Assignment;
import org.mmscope.dsl.mms.DmaReadOp;
import org.mmscope.dsl.mms.DmaWriteOp;
import org.mmscope.dsl.mms.ExpectDmaRead;
import org.mmscope.dsl.mms.ExpectRead;
import org.mmscope.dsl.mms.Expectation;
import org.mmscope.dsl.mms.MmsPackage.Literals;
import org.mmscope.dsl.mms.Named;
import org.mmscope.dsl.mms.PageRef;
import org.mmscope.dsl.mms.RangeRef;
import org.mmscope.dsl.mms.Scenario;
import org.mmscope.dsl.mms.Step;

import com.google.inject.Inject;

/**
 * The one resolution of names in a scenario, in file order (../shared/LANGUAGE.md): a name exists from the step
 * after the one that creates it; a bare mapping name in a process step is that process's own, {@code p.v} is
 * process p's; a child sees its parent's mappings as they were at the fork; handles are global. Linking,
 * validation, go to definition, hover, references, rename, completion and the translation to the engine all
 * read it.
 *
 * <p>Each scope is a short chain, as in the Xtext Arithmetics example: forked children before the declared
 * processes and devices; a process's own mappings before those it inherited at its fork, then its parent's
 * inherited ones, and so on. Every layer answers a name with a lookup in {@link FileOrderNames}, which is built
 * once per parse of the resource.
 */
public class MmsScopeProvider extends AbstractMmsScopeProvider {
    @Inject
    private IResourceScopeCache cache;

    /** The file-order table of the resource of {@code o} (built once per parse, shared by every reference). */
    public FileOrderNames names(EObject o) {
        Scenario s = EcoreUtil2.getContainerOfType(o, Scenario.class);
        if (s == null) {
            return null;
        }
        Resource r = s.eResource();
        return r == null ? FileOrderNames.of(s) : cache.get(FileOrderNames.class.getName(), r, () -> FileOrderNames.of(s));
    }

    @Override
    public IScope getScope(EObject context, EReference reference) {
        FileOrderNames names = names(context);
        return names == null ? IScope.NULLSCOPE : getScope(context, reference, names, names.positionOf(context));
    }

    /**
     * The scope of {@code reference} seen from {@code context} at statement {@code position}; content assist
     * passes the position of the cursor (a new line after a fork sees the child).
     */
    public IScope getScope(EObject context, EReference reference, int position) {
        FileOrderNames names = names(context);
        return names == null ? IScope.NULLSCOPE : getScope(context, reference, names, position);
    }

    private IScope getScope(EObject context, EReference reference, FileOrderNames names, int position) {
        if (reference == Literals.STEP__ACTOR) {
            return actors(names, position, n -> true);
        }
        if (reference == Literals.EXPECT_DMA_READ__ACTOR) {
            return actors(names, position, FileOrderNames::isDevice);
        }
        if (reference == Literals.EXPECT_READ__ACTOR || reference == Literals.RANGE_REF__OWNER || reference == Literals.PAGE_REF__OWNER) {
            return actors(names, position, n -> names.process(n) != null);
        }
        if (reference == Literals.RELEASE_OP__HANDLE || reference == Literals.DMA_MAP_OP__HANDLE
                || reference == Literals.DMA_UNMAP_OP__HANDLE) {
            return handles(names, position);
        }
        if (reference == Literals.MUNMAP__TARGET || reference == Literals.RANGE_REF__TARGET || reference == Literals.PAGE_REF__TARGET) {
            if (namesAHandle(context)) {
                return hasOwner(context) ? IScope.NULLSCOPE : handles(names, position);
            }
            return mappings(names.process(processOf(context)), position);
        }
        return IScope.NULLSCOPE;
    }

    /** Whether the range or page at {@code context} is of a pin handle: a device's range, or a page without owner. */
    public static boolean namesAHandle(EObject context) {
        if (context instanceof PageRef p) {
            return p.getOwner() == null;
        }
        if (context instanceof RangeRef r) {
            EObject op = r.eContainer();
            return op instanceof DmaWriteOp || op instanceof DmaReadOp || op instanceof ExpectDmaRead;
        }
        if (EcoreUtil2.getContainerOfType(context, ExpectRead.class) != null) {
            return false;
        }
        Step step = EcoreUtil2.getContainerOfType(context, Step.class);
        if (step != null) {
            return FileOrderNames.isDevice(step.getActor());
        }
        return EcoreUtil2.getContainerOfType(context, Expectation.class) != null;
    }

    private static boolean hasOwner(EObject context) {
        return context instanceof RangeRef r && r.getOwner() != null || context instanceof PageRef p && p.getOwner() != null;
    }

    /** The process whose mappings a bare name at {@code context} means: {@code p.} if written, else the actor's. */
    public static Named processOf(EObject context) {
        if (context instanceof RangeRef r && r.getOwner() != null) {
            return r.getOwner();
        }
        if (context instanceof PageRef p && p.getOwner() != null) {
            return p.getOwner();
        }
        ExpectRead read = EcoreUtil2.getContainerOfType(context, ExpectRead.class);
        if (read != null) {
            return read.getActor();
        }
        Step step = EcoreUtil2.getContainerOfType(context, Step.class);
        return step == null || step.isKernel() ? null : step.getActor();
    }

    /** Forked children that exist at {@code position}, then the declared processes and devices. */
    private static IScope actors(FileOrderNames names, int position, Predicate<Named> kind) {
        IScope declared = new Layer<>(IScope.NULLSCOPE, name -> keep(names.declaration(name), kind),
                () -> names.actors(FileOrderNames.DECLARATIONS).stream().filter(kind).toList());
        return new Layer<>(declared, name -> names.actor(name, position) instanceof Assignment child ? keep(child, kind) : null,
                () -> names.actors(position).stream().filter(n -> n instanceof Assignment).filter(kind).toList());
    }

    private static Named keep(Named n, Predicate<Named> kind) {
        return n != null && kind.test(n) ? n : null;
    }

    private static IScope handles(FileOrderNames names, int position) {
        return new Layer<>(IScope.NULLSCOPE, name -> names.handle(name, position), () -> names.handles(position));
    }

    /** The process's own mappings before {@code position}, then what it inherited at its fork, and so on. */
    private static IScope mappings(FileOrderNames.Process p, int position) {
        if (p == null) {
            return IScope.NULLSCOPE;
        }
        IScope inherited = mappings(FileOrderNames.parent(p), FileOrderNames.forkedAt(p));
        return new Layer<>(inherited, name -> FileOrderNames.ownMapping(p, name, position), () -> FileOrderNames.ownMappings(p, position));
    }

    /** One layer of a chain: answers a name with one lookup, lists its elements only when asked (completion). */
    private static final class Layer<T extends Named> extends AbstractScope {
        private final Function<String, T> lookup;
        private final Supplier<List<? extends T>> all;

        Layer(IScope parent, Function<String, T> lookup, Supplier<List<? extends T>> all) {
            super(parent, false);
            this.lookup = lookup;
            this.all = all;
        }

        @Override
        protected IEObjectDescription getSingleLocalElementByName(QualifiedName name) {
            T found = name.getSegmentCount() == 1 ? lookup.apply(name.getFirstSegment()) : null;
            return found == null ? null : EObjectDescription.create(name, found);
        }

        @Override
        protected Iterable<IEObjectDescription> getLocalElementsByName(QualifiedName name) {
            IEObjectDescription d = getSingleLocalElementByName(name);
            return d == null ? List.of() : List.of(d);
        }

        @Override
        protected Iterable<IEObjectDescription> getAllLocalElements() {
            return all.get().stream().filter(n -> n.getName() != null)
                    .map(n -> EObjectDescription.create(QualifiedName.create(n.getName()), n)).toList();
        }
    }
}
