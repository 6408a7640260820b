package org.mmscope.dsl.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.mmscope.dsl.mms.Assignment;
import org.mmscope.dsl.mms.DeviceDecl;
import org.mmscope.dsl.mms.ForkOp;
import org.mmscope.dsl.mms.GupOp;
import org.mmscope.dsl.mms.MachineDecl;
import org.mmscope.dsl.mms.MmapAnon;
import org.mmscope.dsl.mms.MmapFile;
import org.mmscope.dsl.mms.Parallel;
import org.mmscope.dsl.mms.ProcessDecl;
import org.mmscope.dsl.mms.Step;

/**
 * Document symbols (Outline, "go to symbol") of a scenario: the machine, devices, processes, and what steps
 * create — mappings, pin handles, forked children — plus parallel blocks. References (a mapping named in a
 * later step) are not symbols: Xtext's default would list every name it meets.
 */
public final class MmsDocumentSymbols {
    private MmsDocumentSymbols() {
    }

    public static final class Names extends DocumentSymbolMapper.DocumentSymbolNameProvider {
        @Override
        public String getName(EObject o) {
            return switch (o) {
            case DeviceDecl d -> d.getName();
            case ProcessDecl p -> p.getName();
            case Assignment a -> a.getName();
            case MachineDecl m -> "machine";
            case Parallel p -> "parallel";
            default -> null;
            };
        }
    }

    public static final class Kinds extends DocumentSymbolMapper.DocumentSymbolKindProvider {
        @Override
        public SymbolKind getSymbolKind(EObject o) {
            return switch (o) {
            case DeviceDecl d -> SymbolKind.Interface;
            case ProcessDecl p -> SymbolKind.Class;
            case Assignment a -> a.getValue() instanceof ForkOp ? SymbolKind.Class
                    : a.getValue() instanceof GupOp ? SymbolKind.Key : SymbolKind.Variable;
            case MachineDecl m -> SymbolKind.Module;
            case Parallel p -> SymbolKind.Namespace;
            default -> SymbolKind.Property;
            };
        }
    }

    /** The detail: what the symbol is, in the file's words ("parent: mmap anon 2 pages read write"). */
    public static final class Details extends DocumentSymbolMapper.DocumentSymbolDetailsProvider {
        @Override
        public String getDetails(EObject o) {
            return switch (o) {
            case DeviceDecl d -> "device";
            case ProcessDecl p -> "process";
            case Assignment a ->
                (a.eContainer() instanceof Step s && s.getActor() != null ? s.getActor().getName() + ": " : "") + describe(a);
            case Parallel p -> p.getSteps().size() + " step(s) that explore interleaves";
            case MachineDecl m -> tokenText(m).replaceFirst("^machine \\{ *", "")
                    .replaceFirst(" *\\}$", "");
            default -> "";
            };
        }

        private static String describe(Assignment a) {
            if (a.getValue() == null) { // half-written ("p: b =" while typing): the parser recovered without a value
                return tokenText(a);
            }
            String text = tokenText(a.getValue());
            return switch (a.getValue()) {
            case MmapAnon m -> text;
            case MmapFile m -> text;
            case ForkOp f -> "fork (a child process)";
            case GupOp g -> text + " (a pin handle)";
            default -> text;
            };
        }

        /** The text of {@code o}'s tokens, or "" when the parser made it without a node (error recovery). */
        private static String tokenText(EObject o) {
            ICompositeNode node = NodeModelUtils.findActualNodeFor(o);
            return node == null ? "" : NodeModelUtils.getTokenText(node);
        }
    }
}
