package org.opsdesk.platform.rest;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list answer: {@code {"items": [...], "total": n, "page": p, "size": s}}. */
@Schema(requiredProperties = {"items", "total", "page", "size"})
public record Page<T>(List<T> items, long total, int page, int size) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, page, size);
    }
}
