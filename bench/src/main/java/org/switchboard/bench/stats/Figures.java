package org.switchboard.bench.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one line a mode prints: {@code key=value} pairs in a fixed order, separated by blanks.
 * Values never contain blanks (text values have them replaced by '_'), so the line splits
 * trivially in scripts.
 */
public final class Figures {
    private final List<String> pairs = new ArrayList<>();

    public Figures put(String key, String value) {
        pairs.add(key + "=" + value.replace(' ', '_'));
        return this;
    }

    public Figures put(String key, long value) {
        pairs.add(key + "=" + value);
        return this;
    }

    /** A measured figure, with three decimals at most; {@code na} when not measured (NaN). */
    public Figures put(String key, double value) {
        if (Double.isNaN(value)) {
            pairs.add(key + "=na");
            return this;
        }
        String text = String.format(Locale.ROOT, "%.3f", value);
        if (text.contains(".")) {
            text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        pairs.add(key + "=" + text);
        return this;
    }

    /** A rate, rounded to whole units. */
    public Figures rate(String key, double perSecond) {
        pairs.add(key + "=" + Math.round(perSecond));
        return this;
    }

    /** Nanoseconds shown as microseconds with one decimal. */
    public Figures micros(String key, long nanos) {
        pairs.add(key + "=" + String.format(Locale.ROOT, "%.1f", nanos / 1000.0));
        return this;
    }

    @Override
    public String toString() {
        return String.join(" ", pairs);
    }
}
