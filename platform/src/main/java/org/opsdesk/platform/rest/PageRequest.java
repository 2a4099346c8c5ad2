package org.opsdesk.platform.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** The {@code page} (from 0) and {@code size} (1 to 200) query parameters of every list. */
public class PageRequest {

    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    public int size;

    public static PageRequest of(int page, int size) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        return request;
    }

    public int offset() {
        return page * size;
    }
}
