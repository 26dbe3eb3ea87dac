package org.viltzoom.attendance.adapter.in.rest;

import java.util.List;

/** One page of a report in the API's page shape. */
record ReportPage<T>(List<T> items, int page, int size, long total) {
}
