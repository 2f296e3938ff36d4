package org.switchboard.manager.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the eventfilter parser and matcher (docs/hardening.md). An input is three parts cut at
 * the first two LF bytes: the criteria (a manager.conf key such as {@code eventfilter(...)}), the
 * pattern, and an event text to match. Seeds: the eventfilter lines of the capture configuration,
 * spec 01 §4's examples, and captured events. For any input:
 *
 * <ul>
 *   <li>the filter is accepted or refused (format or compile error); nothing else escapes, and a
 *       refusal always carries the warning Asterisk would log;</li>
 *   <li>an accepted filter matches any event text without failing; with no header option, the
 *       plain methods mean what their names say (exact, starts_with, ends_with, contains on the
 *       whole text; none matches everything), and a name option never matches another name;</li>
 *   <li>the same filter added through the Filter action ({@code eventfilter(<criteria>)}) is
 *       judged the same way as in manager.conf.</li>
 * </ul>
 */
class EventFilterFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void parseAndMatch(byte[] input) {
        String text = new String(input, StandardCharsets.ISO_8859_1);
        String[] parts = text.split("\n", 3);
        String criteria = parts[0];
        String pattern = parts.length > 1 ? parts[1] : "";
        String eventText = parts.length > 2 ? parts[2] : "Event: UserEvent\r\nPrivilege: user,all\r\n\r\n";
        String name = eventText.startsWith("Event: ") ? eventText.substring(7).split("\r\n", 2)[0] : "";
        TestEvent event = new TestEvent(name, eventText);

        FilterParseResult result = EventFilterParser.parse(criteria, pattern);
        if (result instanceof FilterParseResult.Rejected rejected) {
            assertThat(rejected.warning()).isNotEmpty();
            return;
        }
        EventFilter filter = ((FilterParseResult.Accepted) result).filter();
        boolean matches = filter.matches(event);
        FilterSet.of(List.of(filter)).accepts(event);

        if (filter.eventName().isPresent() && !filter.eventName().get().equals(name)) {
            assertThat(matches).as("a name(...) filter matched another event").isFalse();
        }
        if (filter.eventName().isEmpty() && filter.headerName().isEmpty()) {
            String p = filter.pattern();
            switch (filter.method()) {
                case EXACT -> assertThat(matches).isEqualTo(eventText.equals(p));
                case STARTS_WITH -> assertThat(matches).isEqualTo(eventText.startsWith(p));
                case ENDS_WITH -> assertThat(matches).isEqualTo(eventText.endsWith(p));
                case CONTAINS -> assertThat(matches).isEqualTo(eventText.contains(p));
                case NONE -> assertThat(matches).isTrue();
                default -> { }
            }
        }

        if (criteria.startsWith("eventfilter(") && criteria.endsWith(")")) {
            String matchCriteria = criteria.substring("eventfilter(".length(), criteria.length() - 1);
            FilterParseResult viaAction = EventFilterParser.parse(
                    EventFilterParser.filterActionCriteria(matchCriteria), pattern);
            assertThat(viaAction).isInstanceOf(FilterParseResult.Accepted.class);
        }
    }
}
