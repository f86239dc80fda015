package org.triadcsr.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Line and column of every value and field in a JSON text, by JSON pointer, so that problems found on the
 * parsed tree can be reported where an author will look for them. Call only on well-formed JSON.
 */
public final class JsonLocations {
    private final Map<String, long[]> byPointer;

    private JsonLocations(Map<String, long[]> byPointer) {
        this.byPointer = byPointer;
    }

    public static JsonLocations index(JsonFactory factory, String json) throws IOException {
        Map<String, long[]> map = new HashMap<>();
        try (JsonParser parser = factory.createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                JsonStreamContext context = parser.getParsingContext();
                JsonStreamContext owner = token.isStructStart() ? context.getParent() : context;
                if (token.isStructEnd() || owner == null) {
                    continue;
                }
                String pointer = owner.pathAsPointer().toString();
                JsonLocation at = parser.currentTokenLocation();
                map.putIfAbsent(pointer, new long[] {at.getLineNr(), at.getColumnNr()});
            }
        }
        map.putIfAbsent("", new long[] {1, 1});
        return new JsonLocations(map);
    }

    /** {line, column} of the pointer, or of its nearest ancestor that has one. */
    public long[] of(String pointer) {
        String p = pointer;
        while (true) {
            long[] at = byPointer.get(p);
            if (at != null) {
                return at;
            }
            int slash = p.lastIndexOf('/');
            if (slash < 0) {
                return new long[] {1, 1};
            }
            p = p.substring(0, slash);
        }
    }
}
