package org.mmscope.dsl.formatting2;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.preferences.ITypedPreferenceValues;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.preferences.TypedPreferenceValues;
import org.mmscope.dsl.mms.MachineDecl;
import org.mmscope.dsl.mms.Parallel;
import org.mmscope.dsl.mms.Scenario;

/**
 * Formats scenario files the way LANGUAGE.md writes them: one statement per line (at most one blank line kept),
 * single spaces between tokens, none around {@code . [ ] ..} or before {@code : ,}, blocks indented by one
 * level. Gaps that hold a comment are left exactly as written, so aligned trailing comments survive.
 */
public class MmsFormatter extends AbstractJavaFormatter {
    private static final Set<String> NO_SPACE_BEFORE = Set.of(":", ",", "]", "..", ".", "[");
    private static final Set<String> NO_SPACE_AFTER = Set.of(".", "[", "..");

    /** Four spaces per level unless the client asks otherwise (LANGUAGE.md's examples use four). */
    @Override
    public void initialize(FormatterRequest request) {
        ITypedPreferenceValues given = request.getPreferences();
        if (given == null || given.getPreference(FormatterPreferenceKeys.indentation).equals("\t")) {
            MapBasedPreferenceValues prefs = new MapBasedPreferenceValues(
                    given, new HashMap<>());
            prefs.put(FormatterPreferenceKeys.indentation, "    ");
            request.setPreferences(TypedPreferenceValues.castOrWrap(prefs));
        }
        super.initialize(request);
    }

    protected void format(Scenario scenario, IFormattableDocument doc) {
        Set<IHiddenRegion> lineStarts = new HashSet<>();
        lineStart(lineStarts, scenario.getKernel());
        lineStart(lineStarts, scenario.getMachine());
        scenario.getDeclarations().forEach(d -> lineStart(lineStarts, d));
        scenario.getStatements().forEach(s -> lineStart(lineStarts, s));
        if (scenario.getMachine() != null) {
            scenario.getMachine().getSettings().forEach(s -> lineStart(lineStarts, s));
            block(doc, scenario.getMachine());
        }
        for (EObject s : scenario.getStatements()) {
            if (s instanceof Parallel p) {
                p.getSteps().forEach(st -> lineStart(lineStarts, st));
                block(doc, p);
            }
        }
        ISemanticRegion previous = null;
        for (ISemanticRegion r : textRegionExtensions.allSemanticRegions(scenario)) {
            if (previous != null) {
                gap(doc, lineStarts, previous, r);
            }
            previous = r;
        }
        if (previous != null) {
            IHiddenRegion end = previous.getNextHiddenRegion();
            if (!end.containsComment()) {
                doc.set(end, f -> f.setNewLines(1));
            }
        }
    }

    private void lineStart(Set<IHiddenRegion> starts, EObject o) {
        if (o != null && textRegionExtensions.regionForEObject(o) != null) {
            starts.add(textRegionExtensions.regionForEObject(o).getPreviousHiddenRegion());
        }
    }

    private void block(IFormattableDocument doc, EObject owner) {
        ISemanticRegion open = textRegionExtensions.regionFor(owner).keyword("{");
        ISemanticRegion close = textRegionExtensions.regionFor(owner).keyword("}");
        if (open != null && close != null) {
            doc.interior(open, close, IHiddenRegionFormatter::indent);
        }
    }

    private void gap(IFormattableDocument doc, Set<IHiddenRegion> lineStarts, ISemanticRegion a, ISemanticRegion b) {
        IHiddenRegion h = a.getNextHiddenRegion();
        if (h.containsComment()) {
            return;
        }
        String at = a.getText();
        String bt = b.getText();
        if (lineStarts.contains(h) || (bt.equals("}") && isKeyword(b)) || (at.equals("{") && isKeyword(a))) {
            doc.set(h, f -> f.setNewLines(1, 1, 2));
        } else if (bt.equals("[") && isKeyword(b) && isKeyword(a)) {
            doc.set(h, f -> f.oneSpace()); // expect [linux-6.12] ...; but buf[0]
        } else if ((NO_SPACE_BEFORE.contains(bt) && isKeyword(b)) || (NO_SPACE_AFTER.contains(at) && isKeyword(a))) {
            doc.set(h, f -> f.noSpace());
        } else {
            doc.set(h, f -> f.oneSpace());
        }
    }

    private static boolean isKeyword(ISemanticRegion r) {
        return r.getGrammarElement() instanceof Keyword;
    }

    protected void format(MachineDecl machine, IFormattableDocument doc) {
        // handled by the line-oriented pass over the whole scenario
    }
}
