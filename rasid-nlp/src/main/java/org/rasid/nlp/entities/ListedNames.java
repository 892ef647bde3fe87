package org.rasid.nlp.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rasid.nlp.ner.EntityType;
import org.rasid.nlp.ner.Mention;

/**
 * A {@link EntityLinker.MentionSource} over a fixed list of names: every whole-word occurrence of a listed name is a
 * mention of its type, the way a correct tagger over whitespace tokens would give it — up to two proclitics glued
 * to the name (و، ف، ب، ل، ك) are part of the mention, longer names are placed first and a shorter name inside one is
 * not tagged again. The stand-in for the tagger in tests, where the mentions must be known exactly. Not
 * thread-safe while names are being added.
 */
public final class ListedNames implements EntityLinker.MentionSource {
  private static final String PROCLITICS = "وفبلك";
  private static final int MAX_PROCLITICS = 2;

  private final Map<String, EntityType> names = new LinkedHashMap<>();

  public ListedNames person(String... surfaces) {
    return add(EntityType.PERSON, surfaces);
  }

  public ListedNames place(String... surfaces) {
    return add(EntityType.LOCATION, surfaces);
  }

  public ListedNames org(String... surfaces) {
    return add(EntityType.ORGANIZATION, surfaces);
  }

  private ListedNames add(EntityType type, String... surfaces) {
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
        while (start > 0 && PROCLITICS.indexOf(text.charAt(start - 1)) >= 0 && i - start < MAX_PROCLITICS) {
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
