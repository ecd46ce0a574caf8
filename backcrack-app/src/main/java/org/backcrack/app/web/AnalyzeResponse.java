package org.backcrack.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.backcrack.core.SoundClass;
import org.backcrack.core.SoundEvent;

/**
 * What {@code POST /api/v1/analyze} returns: {@code {duration, sample_rate, events[{onset, offset, class}],
 * counts{cavitation, soft_tissue_snap, crepitus}}}, times in seconds, events in time order.
 */
final class AnalyzeResponse {
    private AnalyzeResponse() {}

    static ObjectNode of(double duration, int sampleRate, List<SoundEvent> events) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("duration", duration);
        o.put("sample_rate", sampleRate);
        ArrayNode list = o.putArray("events");
        Map<SoundClass, Integer> counts = new EnumMap<>(SoundClass.class);
        for (SoundClass c : SoundClass.values()) {
            counts.put(c, 0);
        }
        events.stream()
                .sorted(java.util.Comparator.comparingDouble(SoundEvent::onset))
                .forEach(e -> {
                    list.addObject()
                            .put("onset", e.onset())
                            .put("offset", e.offset())
                            .put("class", e.soundClass().id());
                    counts.merge(e.soundClass(), 1, Integer::sum);
                });
        ObjectNode c = o.putObject("counts");
        counts.forEach((k, v) -> c.put(k.id(), v));
        return o;
    }
}
