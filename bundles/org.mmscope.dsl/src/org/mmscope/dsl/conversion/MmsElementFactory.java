package org.mmscope.dsl.conversion;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.DefaultEcoreElementFactory;

/**
 * Xtext's element factory, except that a value it cannot set says so in the user's words: where a converter or a
 * primitive attribute meets a missing value (a half-written statement the parser recovered from), Xtext reports
 * "A NullPointerException occured. This indicates a missing value converter or a bug in its implementation." as
 * the diagnostic of that node; here it is "a value is missing here". Found by the language server fuzz test.
 * <p>
 * The objects it makes send no change notifications: nothing listens to a scenario's objects (Xtext's cache watches
 * the resource, see ResourceLevelCache), and every feature the parser and the linker set made one for the node model's
 * adapter to ignore (a ninth of what a rebuild of 10,000 lines allocated).
 */
public class MmsElementFactory extends DefaultEcoreElementFactory {
    private static final String XTEXT_NPE = "A NullPointerException occured";

    @Override
    public EObject create(EClassifier classifier) {
        EObject object = super.create(classifier);
        if (object != null) {
            object.eSetDeliver(false);
        }
        return object;
    }

    @Override
    public void set(EObject object, String feature, Object value, String ruleName, INode node) throws ValueConverterException {
        try {
            super.set(object, feature, value, ruleName, node);
        } catch (ValueConverterException e) {
            throw inWords(e, node);
        }
    }

    @Override
    public void add(EObject object, String feature, Object value, String ruleName, INode node) throws ValueConverterException {
        try {
            super.add(object, feature, value, ruleName, node);
        } catch (ValueConverterException e) {
            throw inWords(e, node);
        }
    }

    private static ValueConverterException inWords(ValueConverterException e, INode node) {
        if (e.getMessage() != null && e.getMessage().startsWith(XTEXT_NPE)) {
            return new ValueConverterException("a value is missing here", node, null);
        }
        return e;
    }
}
