package org.switchboard.manager.pjsip;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The fields of a sorcery object as AMI lists them (res_pjsip ast_sip_sorcery_object_to_ami):
 * {@code ObjectType}, {@code ObjectName}, then each field in the order sorcery keeps its fields,
 * a 29-bucket hash container keyed by the field name (sorcery.c OBJECT_FIELD_BUCKETS,
 * strings.h ast_str_hash), the name written in camel case (utils.c ast_to_camel_case).
 */
final class SorceryObjectSet {
    private static final int FIELD_BUCKETS = 29;

    private SorceryObjectSet() { }

    /**
     * Appends the object's lines to {@code b}.
     *
     * @param fields the fields in their registration order, name (as registered) to value
     */
    static void append(StringBuilder b, String type, String name, List<Map.Entry<String, String>> fields) {
        append(b, type, name, fields, UnaryOperator.identity());
    }

    /** As above, with {@code header} turning a camel-cased name into the header written. */
    static void append(StringBuilder b, String type, String name, List<Map.Entry<String, String>> fields,
                       UnaryOperator<String> header) {
        b.append("ObjectType: ").append(type).append("\r\n");
        b.append("ObjectName: ").append(name).append("\r\n");
        for (Map.Entry<String, String> f : inSorceryOrder(fields)) {
            b.append(header.apply(camelCase(f.getKey()))).append(": ").append(f.getValue()).append("\r\n");
        }
    }

    /** Bucket order, registration order within a bucket (astobj2_hash.c inserts at the tail). */
    static List<Map.Entry<String, String>> inSorceryOrder(List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> sorted = new ArrayList<>(fields);
        sorted.sort(Comparator.comparingInt(f -> bucket(f.getKey())));
        return sorted;
    }

    private static int bucket(String name) {
        int hash = 5381;
        for (int i = 0; i < name.length(); i++) {
            hash = hash * 33 ^ (name.charAt(i) & 0xff);
        }
        return (hash & Integer.MAX_VALUE) % FIELD_BUCKETS;
    }

    /** ast_to_camel_case: the first letter and each letter after '_' in upper case, '_' dropped. */
    static String camelCase(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean upper = true;
        for (char c : name.toCharArray()) {
            if (c == '_') {
                upper = true;
                continue;
            }
            out.append(upper ? Character.toUpperCase(c) : c);
            upper = false;
        }
        return out.toString();
    }
}
