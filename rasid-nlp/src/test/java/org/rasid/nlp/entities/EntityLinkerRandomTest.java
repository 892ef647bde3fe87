package org.rasid.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rasid.core.model.Entity;
import org.rasid.core.model.EntityMention;
import org.rasid.nlp.ner.EntityType;
import org.rasid.nlp.ner.Mention;

/**
 * Random texts and random (also malformed) mentions through the linker and the registry: nothing throws, every
 * mention written is a valid span of its text, and every input mention is either in an entity or counted unlinked. Replays from
 * the printed seed ({@code -Dentities.seed=N}).
 */
class EntityLinkerRandomTest {
  private static final String[] WORDS = {"رئيس", "الوزراء", "العراقي", "الإيرانية", "الرئيس", "مصطفى", "الكاظمي",
      "والكاظمي", "لطهران", "طهران", "وإيران", "السابق", "،", "في", "بغداد", "للعراق", "ال", "و", "x", "ـ", "\u064E",
      " ", "وزير", "الخارجية", "السعودي", "رويترز", "لل", "ب"};

  @Test
  void randomArticlesNeverBreakTheLinker() {
    long seed = Long.getLong("entities.seed", System.nanoTime());
    System.out.println("EntityLinkerRandomTest seed " + seed);
    Random rnd = new Random(seed);
    EntityLinker linker = EntityLinker.defaults();
    EntityRegistry registry = new EntityRegistry();
    EntityType[] types = EntityType.values();
    for (int round = 0; round < 300; round++) {
      List<String> texts = new ArrayList<>();
      List<List<Mention>> mentions = new ArrayList<>();
      int wellFormed = 0;
      java.util.Set<String> expected = new java.util.HashSet<>();
      for (int t = 0, n = 1 + rnd.nextInt(4); t < n; t++) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0, m = rnd.nextInt(30); w < m; w++) {
          sb.append(WORDS[rnd.nextInt(WORDS.length)]).append(rnd.nextInt(4) == 0 ? "" : " ");
        }
        String text = sb.toString();
        texts.add(text);
        List<Mention> ms = new ArrayList<>();
        for (int k = 0, m = rnd.nextInt(8); k < m; k++) {
          int start = text.isEmpty() ? 0 : rnd.nextInt(text.length() + 2) - 1;
          int end = start + rnd.nextInt(20) - 2;
          boolean ok = start >= 0 && end <= text.length() && start < end
              && !NameKeys.key(text.substring(start, end)).isEmpty();
          wellFormed += ok ? 1 : 0;
          if (ok) {
            expected.add((t - 1) + ":" + start + ":" + end);
          }
          ms.add(new Mention(types[rnd.nextInt(types.length)], ok ? text.substring(start, end) : "?", start, end, 0,
              0));
        }
        mentions.add(ms);
      }
      EntityLinker.Linked linked = linker.link(texts, mentions);
      java.util.Set<String> written = new java.util.HashSet<>();
      for (Entity e : linked.entities()) {
        assertThat(e.id()).as("seed %d", seed).matches("[plo]-[0-9a-f]{16}");
        for (EntityMention m : e.mentions()) {
          String text = texts.get(m.block() + 1);
          assertThat(text.substring(m.start(), m.end())).as("seed %d", seed).isEqualTo(m.text());
          written.add(m.block() + ":" + m.start() + ":" + m.end());
        }
        registry.add(e);
        registry.canonicalId(e.type(), e.canonical());
      }
      int input = mentions.stream().mapToInt(List::size).sum();
      assertThat(linked.unlinked()).as("seed %d", seed).isEqualTo(input - wellFormed);
      // Every linked input mention is in some entity (role phrases the linker found may add more).
      assertThat(written).as("seed %d", seed).containsAll(expected);
    }
  }
}
