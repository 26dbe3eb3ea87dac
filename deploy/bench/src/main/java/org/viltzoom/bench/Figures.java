package org.viltzoom.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Measured values by figure name, one per run, in the order the figures were first recorded. */
final class Figures {

    /** A figure's unit and runs; the summary is min, median and max over the runs. */
    static final class Figure {
        final String unit;
        final List<Double> values = new ArrayList<>();

        Figure(String unit) {
            this.unit = unit;
        }

        double min() {
            return sorted().get(0);
        }

        double max() {
            List<Double> sorted = sorted();
            return sorted.get(sorted.size() - 1);
        }

        /** The middle value; for an even count, the mean of the two middle values. */
        double median() {
            List<Double> sorted = sorted();
            int middle = sorted.size() / 2;
            return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        }

        private List<Double> sorted() {
            if (values.isEmpty()) {
                throw new IllegalStateException("no values recorded");
            }
            return values.stream().sorted().toList();
        }
    }

    private final Map<String, Figure> figures = new LinkedHashMap<>();

    void add(String name, String unit, double value) {
        figures.computeIfAbsent(name, key -> new Figure(unit)).values.add(value);
    }

    Map<String, Figure> all() {
        return figures;
    }

    Figure get(String name) {
        Figure figure = figures.get(name);
        if (figure == null) {
            throw new IllegalArgumentException("no figure named " + name);
        }
        return figure;
    }

    boolean has(String name) {
        return figures.containsKey(name);
    }
}
