package org.opsdesk.review.support;

import static org.opsdesk.review.support.Fixtures.as;

/** Drives a review through its deliverables over the API, as its owner and the CIO would. */
public final class Flows {

    private Flows() {
    }

    public static void write(String reviewId, String section, String content) {
        as("strategic-initiatives").body("{\"content\": \"" + content + "\"}")
                .when().put("/api/v1/reviews/" + reviewId + "/sections/" + section).then().statusCode(200);
    }

    /** Writes every section a deliverable requires by default. */
    public static void writeRequired(String reviewId) {
        write(reviewId, "IMPACT", "All agencies");
        write(reviewId, "ROOT_CAUSE", "Firmware");
        write(reviewId, "STRENGTHS", "Bridge opened in minutes");
        write(reviewId, "WEAKNESSES", "Paging list outdated");
        write(reviewId, "AREAS_FOR_IMPROVEMENT", "Review the paging list monthly");
        write(reviewId, "CUSTOMER_SUMMARY", "Payroll was unavailable for three hours; a firmware fix restored it");
    }

    /** Writes what each deliverable requires, then submits, approves and distributes it. */
    public static void distribute(String reviewId, String kind) {
        writeRequired(reviewId);
        String base = "/api/v1/reviews/" + reviewId + "/deliverables/" + kind;
        as("strategic-initiatives").when().post(base + "/submit").then().statusCode(200);
        as("cio").when().post(base + "/approve").then().statusCode(200);
        as("strategic-initiatives").when().post(base + "/distribute").then().statusCode(200);
    }
}
