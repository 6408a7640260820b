package org.mmscope.report.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Checks a JSON value against the subset of JSON Schema that docs/report-schema.json uses (type, const, enum,
 * required, properties, additionalProperties=false, items, and local $ref into $defs — the call tree is recursive). No schema library is among the project's allowed
 * dependencies, and this subset is small.
 */
final class SchemaCheck {
    static List<String> validate(JsonElement value, JsonObject schema) {
        List<String> errors = new ArrayList<>();
        new SchemaCheck(schema).check(value, schema, "$", errors);
        return errors;
    }

    private final JsonObject root;

    private SchemaCheck(JsonObject root) {
        this.root = root;
    }

    private void check(JsonElement v, JsonObject schema, String path, List<String> errors) {
        JsonObject s = schema;
        if (s.has("$ref")) {
            String ref = s.get("$ref").getAsString();
            if (!ref.startsWith("#/$defs/")) {
                throw new IllegalArgumentException("only local $refs into $defs are supported: " + ref);
            }
            s = root.getAsJsonObject("$defs").getAsJsonObject(ref.substring("#/$defs/".length()));
        }
        if (s.has("const") && !s.get("const").equals(v)) {
            errors.add(path + ": expected " + s.get("const") + ", found " + v);
        }
        if (s.has("enum") && !s.getAsJsonArray("enum").contains(v)) {
            errors.add(path + ": " + v + " is not one of " + s.get("enum"));
        }
        if (s.has("type") && !hasType(v, s.get("type").getAsString())) {
            errors.add(path + ": expected " + s.get("type").getAsString() + ", found " + v);
            return;
        }
        if (v.isJsonObject()) {
            JsonObject o = v.getAsJsonObject();
            JsonObject props = s.has("properties") ? s.getAsJsonObject("properties") : new JsonObject();
            if (s.has("required")) {
                for (JsonElement r : s.getAsJsonArray("required")) {
                    if (!o.has(r.getAsString())) {
                        errors.add(path + ": missing " + r.getAsString());
                    }
                }
            }
            for (Map.Entry<String, JsonElement> e : o.entrySet()) {
                if (props.has(e.getKey())) {
                    check(e.getValue(), props.getAsJsonObject(e.getKey()), path + "." + e.getKey(), errors);
                } else if (s.has("additionalProperties") && !s.get("additionalProperties").getAsBoolean()) {
                    errors.add(path + ": unexpected property " + e.getKey());
                }
            }
        }
        if (v.isJsonArray() && s.has("items")) {
            JsonArray a = v.getAsJsonArray();
            for (int i = 0; i < a.size(); i++) {
                check(a.get(i), s.getAsJsonObject("items"), path + "[" + i + "]", errors);
            }
        }
    }

    private static boolean hasType(JsonElement v, String type) {
        return switch (type) {
        case "object" -> v.isJsonObject();
        case "array" -> v.isJsonArray();
        case "string" -> v.isJsonPrimitive() && ((JsonPrimitive) v).isString();
        case "boolean" -> v.isJsonPrimitive() && ((JsonPrimitive) v).isBoolean();
        case "integer" -> v.isJsonPrimitive() && ((JsonPrimitive) v).isNumber() && v.getAsDouble() == Math.rint(v.getAsDouble());
        default -> throw new IllegalArgumentException("schema type " + type + " not supported by this check");
        };
    }
}
