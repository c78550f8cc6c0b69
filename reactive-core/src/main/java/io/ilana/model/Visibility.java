package io.ilana.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which attributes a model shows when turned into a map or JSON: hidden, visible, appends. */
final class Visibility {
  private final Set<String> hidden;
  private final Set<String> visible;
  private final List<String> appends;

  Visibility(List<String> hidden, List<String> visible, List<String> appends) {
    this.hidden = Set.copyOf(hidden);
    this.visible = Set.copyOf(visible);
    this.appends = List.copyOf(appends);
  }

  Map<String, Object> toMap(Model<?> model) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String key : model.attributes().keySet()) {
      if (shows(key)) {
        out.put(key, model.get(key));
      }
    }
    for (String key : appends) {
      if (shows(key)) {
        out.put(key, model.get(key));
      }
    }
    model
        .relations()
        .forEach(
            (name, loaded) -> {
              if (shows(name)) {
                out.put(name, shown(loaded));
              }
            });
    return out;
  }

  private static Object shown(Object loaded) {
    if (loaded instanceof Model<?> related) {
      return related.toMap();
    }
    if (loaded instanceof List<?> list) {
      return list.stream().map(Visibility::shown).toList();
    }
    return loaded;
  }

  private boolean shows(String key) {
    return !hidden.contains(key) && (visible.isEmpty() || visible.contains(key));
  }
}
