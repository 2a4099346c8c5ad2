package org.opsdesk.platform.testing;

import static io.restassured.RestAssured.get;

/** Reads one series of the application's Prometheus endpoint, as a scrape would. */
public final class Metrics {

    private Metrics() {
    }

    /** @param series name and labels as exposed, e.g. {@code opsdesk_deliveries_total{channel="SMS",outcome="sent"}}; 0 when absent */
    public static double value(String series) {
        return value("", series);
    }

    /** The series on the service at {@code baseUri} (e.g. http://127.0.0.1:8081). */
    public static double value(String baseUri, String series) {
        return get(baseUri + "/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(series + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1).trim().split(" ")[0]))
                .findFirst().orElse(0);
    }
}
