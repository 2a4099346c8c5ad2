package org.opsdesk.platform.audit;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.opsdesk.platform.text.Text;

/**
 * The summary of a change, from the fields of a record: {@code tier: 1 → 2; escalatesTo: none → tier-2} for a change,
 * {@code name: Network, tier: 2} for what was created or deleted. Long texts are cut short;
 * sets are shown sorted.
 */
public final class ChangeSummary {

    static final int LONGEST_VALUE = 80;

    private ChangeSummary() {
    }

    /** The fields that have a value. */
    public static String of(Record state) {
        List<String> parts = new ArrayList<>();
        for (RecordComponent field : state.getClass().getRecordComponents()) {
            Object value = value(field, state);
            if (value != null && !(value instanceof Collection<?> c && c.isEmpty())) {
                parts.add(field.getName() + ": " + text(value));
            }
        }
        return String.join(", ", parts);
    }

    /** The fields that differ; both records are of the same type. */
    public static String between(Record before, Record after) {
        List<String> parts = new ArrayList<>();
        for (RecordComponent field : after.getClass().getRecordComponents()) {
            Object old = value(field, before);
            Object now = value(field, after);
            if (!Objects.equals(old, now)) {
                parts.add(field.getName() + ": " + text(old) + " → " + text(now));
            }
        }
        return parts.isEmpty() ? "no change" : String.join("; ", parts);
    }

    private static Object value(RecordComponent field, Record state) {
        try {
            Method accessor = field.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(state);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }

    private static String text(Object value) {
        String text = value == null ? "none"
                : value instanceof Set<?> set ? set.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ", "[", "]"))
                : String.valueOf(value);
        return Text.clip(text, LONGEST_VALUE);
    }
}
