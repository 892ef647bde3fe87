package org.rasid.bench.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.rasid.core.json.Json;

/** Writes a tiny SaudiNewsNet-shaped corpus (made-up articles) under a temporary shared folder. */
final class TestCorpus {
  private TestCorpus() {}

  static final String P1 = "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المنطقة الشرقية بسعة مئتي سرير،"
      + " ويضم أقسامًا للطوارئ والعناية المركزة والأطفال.";
  static final String P2 = "وقال المتحدث باسم الوزارة إن المستشفى سيبدأ استقبال المرضى مطلع الشهر المقبل بعد"
      + " اكتمال تجهيزاته الطبية وتعيين الكوادر اللازمة.";
  static final String P3 = "وأضاف أن الوزارة تعمل على مشاريع مماثلة في عدد من المحافظات خلال العامين المقبلين.";

  /** An article that keeps all its text. */
  static Map<String, Object> clean(String source, int n) {
    return item(source, "http://example.com/" + source + "/" + n, P1 + "\n\n " + P2 + "\n\n" + P3);
  }

  /** An article most of whose text is one paragraph repeated: well over 20% dropped. */
  static Map<String, Object> repetitive(String source, int n) {
    return item(source, "http://example.com/" + source + "/r" + n, P1 + "\n\n" + P1 + "\n\n" + P1 + "\n\n" + P1);
  }

  static Map<String, Object> item(String source, String url, String content) {
    return Map.of("source", source, "url", url, "date_extracted", "2015-07-21 02:51:32", "title", "عنوان",
        "author", "الرياض: كاتب", "content", content);
  }

  /** Writes {@code days} as dataset/&lt;name&gt;.zip, each holding one JSON array; returns the shared folder. */
  static Path write(Path shared, Map<String, List<Map<String, Object>>> days) throws IOException {
    Path dir = SaudiNewsNet.datasetDir(shared);
    Files.createDirectories(dir);
    for (Map.Entry<String, List<Map<String, Object>>> day : days.entrySet()) {
      try (OutputStream os = Files.newOutputStream(dir.resolve(day.getKey() + ".zip"));
          ZipOutputStream zip = new ZipOutputStream(os)) {
        zip.putNextEntry(new ZipEntry(day.getKey() + ".json"));
        zip.write(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(day.getValue()));
        zip.closeEntry();
      }
    }
    return shared;
  }

  static List<Map<String, Object>> cleanArticles(String source, int count) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      list.add(clean(source, i));
    }
    return list;
  }
}
