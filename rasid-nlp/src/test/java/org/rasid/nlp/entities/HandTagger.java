package org.rasid.nlp.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rasid.nlp.ner.EntityType;
import org.rasid.nlp.ner.Mention;

/**
 * A stand-in for the tagger in tests: tags every whole-word occurrence of the names it is given, the way a correct
 * tagger over whitespace tokens would: a proclitic glued to the name (و، ف، ب، ل، ك) is part of the mention, longer
 * names are placed first and a shorter name inside one is not tagged again.
 */
final class HandTagger implements EntityLinker.MentionSource {
  private final Map<String, EntityType> names = new LinkedHashMap<>();

  HandTagger person(String... surfaces) {
    return add(EntityType.PERSON, surfaces);
  }

  HandTagger place(String... surfaces) {
    return add(EntityType.LOCATION, surfaces);
  }

  HandTagger org(String... surfaces) {
    return add(EntityType.ORGANIZATION, surfaces);
  }

  private HandTagger add(EntityType type, String... surfaces) {
    for (String s : surfaces) {
      names.put(s, type);
    }
    return this;
  }

  @Override
  public List<Mention> mentions(String text) {
    List<Mention> out = new ArrayList<>();
    List<String> longestFirst = names.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
        .toList();
    for (String name : longestFirst) {
      for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
        int start = i;
        while (start > 0 && "وفبلك".indexOf(text.charAt(start - 1)) >= 0 && i - start < 2) {
          start--;
        }
        boolean wordStart = start == 0 || !Character.isLetter(text.charAt(start - 1));
        int end = i + name.length();
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
