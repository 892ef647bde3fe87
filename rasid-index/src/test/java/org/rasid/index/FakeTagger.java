package org.rasid.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rasid.nlp.entities.EntityLinker;
import org.rasid.nlp.ner.EntityType;
import org.rasid.nlp.ner.Mention;

/**
 * A stand-in for the named-entity tagger in tests: tags every whole-word occurrence of the names it is given (with a
 * glued proclitic و ف ب ل ك as part of the mention), longest names first, never two overlapping mentions.
 */
public final class FakeTagger implements EntityLinker.MentionSource {
  private final Map<String, EntityType> names = new LinkedHashMap<>();

  public FakeTagger person(String... surfaces) {
    return add(EntityType.PERSON, surfaces);
  }

  public FakeTagger place(String... surfaces) {
    return add(EntityType.LOCATION, surfaces);
  }

  public FakeTagger org(String... surfaces) {
    return add(EntityType.ORGANIZATION, surfaces);
  }

  private FakeTagger add(EntityType type, String... surfaces) {
    for (String s : surfaces) {
      names.put(s, type);
    }
    return this;
  }

  @Override
  public List<Mention> mentions(String text) {
    List<Mention> out = new ArrayList<>();
    List<String> longestFirst = names.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    for (String name : longestFirst) {
      for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
        int start = i;
        if (start > 0 && "وفبلك".indexOf(text.charAt(start - 1)) >= 0) {
          start--;
        }
        int end = i + name.length();
        boolean wordStart = start == 0 || !Character.isLetter(text.charAt(start - 1));
        boolean wordEnd = end == text.length() || !Character.isLetter(text.charAt(end));
        int s = start;
        if (wordStart && wordEnd && out.stream().noneMatch(m -> m.start() < end && s < m.end())) {
          out.add(new Mention(names.get(name), text.substring(start, end), start, end, 0, 0));
        }
      }
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }
}
