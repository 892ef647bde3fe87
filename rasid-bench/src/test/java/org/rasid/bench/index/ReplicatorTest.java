package org.rasid.bench.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplicatorTest {
  @TempDir
  Path dir;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Five articles: a title and three paragraphs with numbers in both scripts. */
  private Path base() throws IOException {
    Path base = dir.resolve("base.jsonl");
    String[] topics = {"الصحة", "التعليم", "النقل", "الإسكان", "الزراعة"};
    try (Writer w = Files.newBufferedWriter(base, StandardCharsets.UTF_8)) {
      for (int i = 0; i < topics.length; i++) {
        String text = "وزارة " + topics[i] + " تعلن خطة جديدة\n\n"
            + "أعلنت وزارة " + topics[i] + " اليوم عن خطة تمتد " + (3 + i) + " سنوات بتكلفة 1250 مليون ريال.\n\n"
            + "وقال المتحدث باسم الوزارة إن المرحلة الأولى تبدأ في ٢٠١٦ وتشمل ١٢ مدينة.\n\n"
            + "وأضاف أن الخطة تهدف إلى تحسين الخدمات في جميع المناطق " + topics[i] + ".";
        Replicator.writeLine(w, new Replicator.Line(text, "http://example.com/news/" + i));
      }
    }
    return base;
  }

  private static List<JsonNode> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(l -> {
      try {
        return MAPPER.readTree(l);
      } catch (IOException e) {
        throw new AssertionError("not valid JSON: " + l, e);
      }
    }).toList();
  }

  @Test
  void sameSeedSameBytesAndShorterRunsArePrefixes() throws IOException {
    Path base = base();
    assertThat(Replicator.replicate(base, 23, 7, dir.resolve("a.jsonl"))).isEqualTo(23);
    Replicator.replicate(base, 23, 7, dir.resolve("b.jsonl"));
    Replicator.replicate(base, 12, 7, dir.resolve("short.jsonl"));
    Replicator.replicate(base, 23, 8, dir.resolve("other-seed.jsonl"));
    byte[] a = Files.readAllBytes(dir.resolve("a.jsonl"));
    assertThat(Files.readAllBytes(dir.resolve("b.jsonl"))).isEqualTo(a);
    assertThat(Files.readAllLines(dir.resolve("a.jsonl")).subList(0, 12))
        .isEqualTo(Files.readAllLines(dir.resolve("short.jsonl")));
    assertThat(Files.readAllBytes(dir.resolve("other-seed.jsonl"))).isNotEqualTo(a);
  }

  @Test
  void copiesHaveDistinctUrlsAndDifferentTextFromTheCorpusVocabulary() throws IOException {
    Path base = base();
    Path out = dir.resolve("out.jsonl");
    Replicator.replicate(base, 40, 42, out);
    List<JsonNode> baseLines = lines(base);
    List<JsonNode> copies = lines(out);
    assertThat(copies).hasSize(40).allSatisfy(n -> {
      assertThat(n.get("text").isTextual()).isTrue();
      assertThat(n.get("url").isTextual()).isTrue();
    });
    Set<String> urls = new HashSet<>();
    copies.forEach(n -> urls.add(n.get("url").asText()));
    assertThat(urls).as("every line its own url, so its own article id").hasSize(40);

    Set<String> baseWords = new HashSet<>();
    baseLines.forEach(n -> baseWords.addAll(List.of(n.get("text").asText().split("\\s+"))));
    int differing = 0;
    for (int k = 0; k < copies.size(); k++) {
      JsonNode original = baseLines.get(k % 5);
      String text = copies.get(k).get("text").asText();
      if (k < 5) {
        assertThat(copies.get(k)).as("copy 0 is the corpus as is").isEqualTo(original);
        continue;
      }
      assertThat(copies.get(k).get("url").asText()).isEqualTo(original.get("url").asText() + "#r" + (k / 5));
      if (!text.equals(original.get("text").asText())) {
        differing++;
      }
      assertThat(text.split("\n\n")[0].replaceAll("\\d", "")).as("title first")
          .isEqualTo(original.get("text").asText().split("\n\n")[0].replaceAll("\\d", ""));
      for (String word : text.split("\\s+")) {
        if (!word.matches(".*\\p{Nd}.*")) {
          assertThat(baseWords).as("words come from the corpus").contains(word);
        }
      }
    }
    assertThat(differing).as("perturbed copies").isGreaterThanOrEqualTo(33); // of 35: a copy may come out unchanged
    long distinctTexts = copies.stream().map(n -> n.get("text").asText()).distinct().count();
    assertThat(distinctTexts).isGreaterThanOrEqualTo(38);
  }

  @Test
  void numbersChangeButKeepTheirLengthAndScript() {
    SplittableRandom random = new SplittableRandom(1);
    boolean changed = false;
    for (int i = 0; i < 20; i++) {
      String s = Replicator.changeNumbers("عام 2015 و١٢ مدينة و7", random);
      assertThat(s).matches("عام [1-9]\\d{3} و[١-٩][٠-٩] مدينة و\\d");
      changed |= !s.equals("عام 2015 و١٢ مدينة و7");
    }
    assertThat(changed).isTrue();
    assertThat(Replicator.changeNumbers("لا أرقام هنا", random)).isEqualTo("لا أرقام هنا");
  }

  @Test
  void swapsOnlyWords() {
    SplittableRandom random = new SplittableRandom(3);
    assertThat(Replicator.swapWord("123 ، 456", "كلمة", random)).isEqualTo("123 ، 456");
    assertThat(Replicator.swapWord("كتب 123", "قرأ", random)).isEqualTo("قرأ 123");
  }
}
